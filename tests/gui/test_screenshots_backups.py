"""Screenshots of backups in the GUI, in French and English (docs/screenshots):

* ``backups_settings_<lang>.png``: Settings > Backups with three backups in the folder,
  the newest just verified;
* ``backups_warning_<lang>.png``: the main window whose status bar warns that the last
  backup is more than 7 days old.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.core import backup
from desktop_app.core.registry import Registry
from desktop_app.core.settings import Settings
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.settings_dialog import SettingsDialog
from tests.gui.conftest import FixedClock
from tests.gui.fixtures_registry import BUSINESS, PASSPHRASE, add_sample_customers
from tests.gui.test_screenshots_main import assert_french
from tests.gui.test_screenshots_settings import DIALOG, SCREEN, SHOTS, screen_shot

STAMPS = ("20261121-173000", "20261122-173000", "20261123-173000")
NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)  # 8 days after the last backup


@pytest.fixture
def registry(tmp_path: Path, stable_screens: FixedClock) -> Iterator[Registry]:
    created = Registry.create(
        tmp_path / "registry",
        BUSINESS,
        passphrase=PASSPHRASE,
        owner_name="Claire Martin",
        clock=stable_screens,
    )
    add_sample_customers(created.registry, 12)
    yield created.registry
    created.registry.close()


def test_backups_page_and_warning(
    qtbot: QtBot, registry: Registry, ui_lang: str, tmp_path: Path
) -> None:
    folder = tmp_path / "Sauvegardes"
    made = backup.create_backup(registry, folder)
    for stamp in STAMPS:  # the same backup, as made on three evenings
        target = folder / f"registre-{stamp}.db"
        shutil.copyfile(made, target)
        shutil.copyfile(backup.keys_path(made), backup.keys_path(target))
    made.unlink()
    backup.keys_path(made).unlink()
    settings = Settings.load()
    settings.backup_folder = str(folder)
    settings.save()

    main = MainWindow(registry)
    qtbot.addWidget(main)
    main.resize(*SCREEN)
    main.show()
    qtbot.waitExposed(main)
    main.backups.refresh_status(now=NOW)
    assert main.backups.warning
    SHOTS.mkdir(parents=True, exist_ok=True)
    qtbot.wait(30)
    image = main.grab()
    assert image.save(str(SHOTS / f"backups_warning_{ui_lang}.png"))
    assert_french(main, ui_lang)

    dialog = SettingsDialog(registry, Settings.load(), parent=main)
    qtbot.addWidget(dialog)
    dialog.resize(*DIALOG)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.show_page("backups")
    assert len(dialog.backups_listed()) == 3
    assert dialog.verify_selected_backup() is not None
    qtbot.wait(30)
    shot = screen_shot(main, dialog)
    assert shot.save(str(SHOTS / f"backups_settings_{ui_lang}.png"))
    assert_french(dialog, ui_lang)
    dialog.reject()
    settings.backup_on_close = False  # the window closes at the end of the test
    settings.save()
