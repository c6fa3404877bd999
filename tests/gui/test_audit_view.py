"""Security > Check the audit log…: the chain checked in a background task, said plainly.

On a fresh registry the log is intact; after one entry is changed directly in the
database (as someone holding the key could), the check names that entry as the first
broken link and says what to do. The latest entries list shows codes, never names.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.core import audit, backup, permissions
from desktop_app.core.errors import PermissionDeniedError
from desktop_app.core.permissions import ACTION_LABELS
from desktop_app.core.registry import Registry, Unlock
from desktop_app.core.settings import Settings
from desktop_app.gui import tasks
from desktop_app.gui.audit_view import AuditCheckDialog, Column
from desktop_app.gui.customer_form import ERROR_COLOR
from desktop_app.gui.main_window import MainWindow
from tests.gui.fixtures_registry import (
    BUSINESS,
    PASSPHRASE,
    SAMPLE_CUSTOMERS,
    add_sample_customers,
)


@pytest.fixture
def registry(tmp_path: Path) -> Iterator[Registry]:
    created = Registry.create(
        tmp_path / "registry", BUSINESS, passphrase=PASSPHRASE, owner_name="Claire Vasseur"
    )
    add_sample_customers(created.registry, 8)
    yield created.registry
    created.registry.close()


def tamper(registry: Registry, entry_id: int) -> None:
    """Change one audit row as someone with the key could: the triggers go first."""
    registry.conn.execute("DROP TRIGGER audit_entry_no_update")
    registry.conn.execute("UPDATE audit_entry SET target_ref = 'C-XXXX' WHERE id = ?", (entry_id,))


def all_texts(dialog: AuditCheckDialog) -> str:
    rows = [" ".join(dialog.model.row_texts(row)) for row in range(dialog.model.rowCount())]
    return "\n".join([dialog.summary(), dialog.advice.text(), *rows])


def test_a_fresh_registry_log_is_intact(qtbot: QtBot, registry: Registry, ui_lang: str) -> None:
    main = MainWindow(registry)
    qtbot.addWidget(main)
    started: list[tasks.Task[object]] = []
    tasks.monitor.task_started.connect(started.append)
    try:
        main.action_audit_check.trigger()
    finally:
        tasks.monitor.task_started.disconnect(started.append)
    dialog = main.audit_check
    assert isinstance(dialog, AuditCheckDialog)
    assert len(started) == 1  # verified in a background task
    count = audit.verify(registry.conn).count
    assert count > 8
    outcome = dialog.outcome
    assert outcome is not None and outcome.result.ok and outcome.result.count == count
    intact = {
        "en": f"✔ The audit log is intact: {count} entries, chain verified up to ",
        "fr": f"✔ Le journal d'audit est intact : {count} entrées, chaîne vérifiée jusqu'au ",
    }[ui_lang]
    assert dialog.result_title.text().replace("\xa0", " ").startswith(intact)
    assert not dialog.advice.isVisible()
    # The latest entries, newest first: who by name, the action in the UI language,
    # customers by code only.
    assert dialog.model.rowCount() == count
    newest = dialog.model.row_texts(0)
    assert newest[Column.NUMBER] == f"#{count}"
    assert newest[Column.WHO] == "Claire Vasseur"
    assert newest[Column.ACTION] == audit.action_label("customer_created")[ui_lang]
    assert newest[Column.TARGET].split()[-1].startswith("C-")
    shown = all_texts(dialog)
    for first, last, email, *_ in SAMPLE_CUSTOMERS[:8]:
        assert first not in shown and last not in shown
        assert not email or email not in shown
    dialog.close()


def test_a_changed_entry_is_named_as_the_first_broken_link(
    qtbot: QtBot, registry: Registry, ui_lang: str
) -> None:
    tamper(registry, 4)
    dialog = AuditCheckDialog(registry)
    qtbot.addWidget(dialog)
    dialog.show()
    outcome = dialog.check()
    assert outcome is not None
    assert (outcome.result.ok, outcome.result.broken_id) == (False, 4)
    assert outcome.result.reason == "hash_mismatch"
    title = {
        "en": "✘ The audit log is broken at entry #4.",
        "fr": "✘ Le journal d'audit est rompu à l'entrée n° 4.",
    }[ui_lang]
    assert dialog.result_title.text() == title
    changed = {
        "en": "Entry #4 was changed after it was written",
        "fr": "L'entrée n° 4 a été modifiée après son écriture",
    }[ui_lang]
    assert changed in dialog.result_text.text()
    assert {"en": "Entries #1 to #3 are intact", "fr": "Les entrées n° 1 à n° 3 sont intactes"}[
        ui_lang
    ] in dialog.result_text.text()
    advice = dialog.advice.text()
    assert dialog.advice.isVisible()
    assert {"en": "Restore the latest backup", "fr": "Restaurez la dernière sauvegarde"}[
        ui_lang
    ] in advice
    assert {"en": "it is evidence", "fr": "c'est une preuve"}[ui_lang] in advice
    # The broken entry is marked in the list, in words and in red.
    rows = [dialog.model.row_texts(row)[Column.NUMBER] for row in range(dialog.model.rowCount())]
    row = rows.index("⚠ #4")
    index = dialog.model.index(row, Column.NUMBER)
    assert index.data(Qt.ItemDataRole.ForegroundRole) == ERROR_COLOR
    assert dialog.table.currentIndex().row() == row  # selected, scrolled to


def test_a_deleted_last_entry_is_found_too(qtbot: QtBot, registry: Registry, ui_lang: str) -> None:
    count = audit.verify(registry.conn).count
    registry.conn.execute("DROP TRIGGER audit_entry_no_delete")
    registry.conn.execute("DELETE FROM audit_entry WHERE id = ?", (count,))
    dialog = AuditCheckDialog(registry)
    qtbot.addWidget(dialog)
    outcome = dialog.check()
    assert outcome is not None
    assert (outcome.result.broken_id, outcome.result.reason) == (count, "missing_last")
    assert f"{count}" in dialog.result_title.text()


def test_staff_cannot_run_the_check(qtbot: QtBot, registry: Registry, ui_lang: str) -> None:
    lea = registry.staff.add("Léa", "482915").id
    data_dir = registry.paths.data_dir
    registry.close()
    as_staff = Registry.open(data_dir, Unlock(passphrase="482915", staff_id=lea))
    try:
        dialog = AuditCheckDialog(as_staff)
        qtbot.addWidget(dialog)
        assert dialog.check() is None
        assert dialog.outcome is None
        assert dialog.model.rowCount() == 0
        refused = PermissionDeniedError(action=ACTION_LABELS[permissions.AUDIT]).message(ui_lang)
        assert dialog.result_title.text() == refused
    finally:
        as_staff.close()


def rewrite_whole_chain(registry: Registry) -> None:
    """What a key holder could do: change entry 1, then re-seal every entry after it."""
    conn = registry.conn
    conn.execute("DROP TRIGGER audit_entry_no_update")
    conn.execute("UPDATE audit_entry SET detail = '{\"rewritten\":true}' WHERE id = 1")
    previous = audit.GENESIS
    rows = conn.execute(
        "SELECT id, at, actor_id, action, target_type, target_ref, detail FROM audit_entry "
        "ORDER BY id"
    ).fetchall()
    for row in rows:
        sealed = audit.entry_hash(*row, previous)
        conn.execute(
            "UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE id = ?",
            (previous, sealed, row[0]),
        )
        previous = sealed
    conn.execute("UPDATE meta SET value = ? WHERE key = ?", (previous, audit.HEAD_KEY))


def test_a_rewritten_log_is_caught_by_the_backups(
    qtbot: QtBot, registry: Registry, ui_lang: str, tmp_path: Path
) -> None:
    folder = tmp_path / "usb"
    backup.create_backup(registry, folder)
    settings = Settings.load()
    settings.backup_folder = str(folder)
    settings.save()
    dialog = AuditCheckDialog(registry)
    qtbot.addWidget(dialog)
    outcome = dialog.check()
    assert outcome is not None and outcome.rewritten_since is None
    assert [a.status for a in outcome.anchors] == ["consistent"]
    same = {
        "en": "Backups in the backup folder holding the same history: 1.",
        "fr": "Sauvegardes du dossier de sauvegarde qui ont le même historique : 1.",
    }
    assert same[ui_lang] in dialog.summary()

    rewrite_whole_chain(registry)
    outcome = dialog.check()
    assert outcome is not None and outcome.result.ok  # every seal holds
    assert outcome.rewritten_since is not None
    title = {"en": "was rewritten after the backup", "fr": "a été réécrit après la sauvegarde"}
    assert title[ui_lang] in dialog.summary()
    assert dialog.advice.isVisible() or dialog.advice.text()
