"""Screenshots of the rights desk: the request dialog, the register, the PDF preview.

1366x768 screens in French and English, written to docs/screenshots/rights_*_<lang>.png:
the dialogs are drawn centred over the main window, as a shop owner sees them. The
registry's clock is fixed (Monday 23 November 2026) and customer references follow a
fixed sequence, so the images are the same on every run. A French screen with a visible
English string fails the test.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_app.core.business import BusinessProfile
from desktop_app.core.registry import Registry
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.rights_desk import Column
from tests.gui.conftest import FixedClock
from tests.gui.fixtures_registry import BUSINESS, PASSPHRASE, add_sample_customers
from tests.gui.test_screenshots_main import TS, assert_french
from tests.gui.test_screenshots_settings import screen_shot

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "docs" / "screenshots"
SCREEN = (1366, 768)
REASONS = {
    "fr": "Nombreuses demandes reçues en même temps",
    "en": "Many requests received at once",
}
RIGHTS_CONTEXTS = (
    "PdfPreview",
    "RightsDesk",
    "RequestTableModel",
    "ExtendDialog",
    "RefuseDialog",
    "RequestDialog",
)


def test_every_rights_string_has_a_french_translation() -> None:
    contexts = {c.findtext("name", ""): c for c in ET.parse(TS).getroot().iter("context")}
    untranslated = []
    for name in RIGHTS_CONTEXTS:
        assert name in contexts, f"no context {name} in {TS.name}"
        for message in contexts[name].iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") != "unfinished"
            if not done or not (translation.text or "").strip():
                untranslated.append(f"{name}: {message.findtext('source')!r}")
    assert untranslated == []


@pytest.fixture
def registry(tmp_path: Path, stable_screens: FixedClock) -> Iterator[Registry]:
    created = Registry.create(
        tmp_path / "registry",
        BUSINESS,
        passphrase=PASSPHRASE,
        owner_name="Claire Martin",
        clock=stable_screens,
    )
    registry = created.registry
    with registry.transaction():
        registry.business.save(
            BusinessProfile(
                name=BUSINESS,
                address="12 quai de Jemmapes, 75010 Paris",
                email="bonjour@librairie-canal.fr",
                phone="01 42 00 00 00",
                dpo_name="Claire Martin",
                dpo_email="donnees@librairie-canal.fr",
                dpo_phone="06 12 34 56 78",
            )
        )
    yield registry
    registry.close()


def add_requests(registry: Registry, ids: list[int], lang: str) -> None:
    """A register worth looking at: one overdue, one extended, one due soon, one answered."""
    with registry.transaction():
        requests = registry.requests
        requests.open(ids[1], "access", received_on=date(2026, 9, 14), channel="paper")
        extended = requests.open(ids[2], "access", received_on=date(2026, 10, 15))
        requests.extend(extended.id, 2, REASONS[lang], letter_on=date(2026, 11, 10))
        requests.open(
            ids[3],
            "rectification",
            received_on=date(2026, 10, 26),
            channel="email",
            identity_check="email_from_known_address",
        )
        requests.open(ids[4], "erasure", received_on=date(2026, 11, 16))
        done = requests.open(ids[5], "objection", received_on=date(2026, 11, 5), channel="phone")
        requests.complete(done.id)


def test_rights_screens(qtbot: QtBot, registry: Registry, ui_lang: str) -> None:
    ids = add_sample_customers(registry, 12)
    add_requests(registry, ids, ui_lang)
    zoe = ids[0]
    main = MainWindow(registry)
    qtbot.addWidget(main)
    main.resize(*SCREEN)
    main.show()
    qtbot.waitExposed(main)
    assert main.select_customer(zoe)
    SHOTS.mkdir(parents=True, exist_ok=True)

    def save(image_name: str, dialog: QWidget) -> None:
        qtbot.wait(50)
        image = screen_shot(main, dialog)
        assert (image.width(), image.height()) == SCREEN
        path = SHOTS / f"rights_{image_name}_{ui_lang}.png"
        assert image.save(str(path)), path
        assert_french(dialog, ui_lang)

    # 1. The request dialog, from Zoé's file: access, received by post a few days ago.
    dialog = main.new_rights_request("access")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.set_received(date(2026, 11, 19))
    dialog.ui.channelCombo.setCurrentIndex(dialog.ui.channelCombo.findData("paper"))
    dialog.resize(760, dialog.sizeHint().height())
    save("request", dialog)

    # 2. The PDF preview with the access statement.
    assert dialog.answer()
    preview = dialog.preview
    assert preview is not None
    qtbot.waitExposed(preview)
    preview.resize(1000, 720)
    save("preview", preview)
    preview.close()
    dialog.close()

    # 3. The register, every request, one overdue.
    desk = main.open_rights_desk()
    qtbot.waitExposed(desk)
    desk.set_filter("all")
    overdue = [desk.model.index(row, Column.STATUS).data() for row in range(desk.model.rowCount())]
    assert any(text.startswith("⚠") for text in overdue)
    extended = registry.requests.by_reference("R-2026-0002")
    assert desk.select_request(extended.id)
    desk.resize(*SCREEN)
    qtbot.wait(50)
    image = desk.grab()
    assert (image.width(), image.height()) == SCREEN
    assert image.save(str(SHOTS / f"rights_register_{ui_lang}.png"))
    assert_french(desk, ui_lang)
    desk.close()
