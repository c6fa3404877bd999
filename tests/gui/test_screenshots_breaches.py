"""Screenshots of the Security menu's screens: the breach register, recording a breach,
the notification draft, and both outcomes of the audit log check.

1366x768 screens in French and English, written to docs/screenshots/<name>_<lang>.png.
The registry's clock is fixed (Monday 23 November 2026, 10:30 in Paris) and customer
references follow a fixed sequence, so the images are the same on every run. A French
screen with a visible English string fails the test.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_app.core import audit
from desktop_app.core.business import BusinessProfile
from desktop_app.core.registry import Registry
from desktop_app.gui.main_window import MainWindow
from tests.gui.conftest import FixedClock
from tests.gui.fixtures_registry import BUSINESS, PASSPHRASE, add_sample_customers
from tests.gui.test_screenshots_main import TS, assert_french
from tests.gui.test_screenshots_settings import screen_shot

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "docs" / "screenshots"
SCREEN = (1366, 768)
PARIS = ZoneInfo("Europe/Paris")
CONTEXTS = (
    "BreachRegister",
    "BreachRegisterWindow",
    "BreachTableModel",
    "BreachDialog",
    "AuditCheckDialog",
    "AuditEntryModel",
)

# (discovered, occurred, nature, description, notified authority, people)
BREACHES = {
    "fr": [
        (
            datetime(2026, 11, 2, 9, 40, tzinfo=PARIS),
            date(2026, 11, 1),
            ["confidentiality"],
            "Courriel de relance envoyé à 40 clients avec les adresses de tous en copie visible.",
            datetime(2026, 11, 3, 16, 0, tzinfo=PARIS),
            datetime(2026, 11, 4, 10, 0, tzinfo=PARIS),
        ),
        (
            datetime(2026, 11, 19, 17, 15, tzinfo=PARIS),
            date(2026, 11, 18),
            ["availability"],
            "Disque de l'ordinateur de caisse tombé en panne ; registre restauré depuis la "
            "sauvegarde de la veille.",
            None,
            None,
        ),
        (
            datetime(2026, 11, 21, 8, 5, tzinfo=PARIS),
            date(2026, 11, 21),
            ["confidentiality", "availability"],
            "Ordinateur portable volé dans la réserve pendant la nuit.",
            None,
            None,
        ),
        (
            datetime(2026, 11, 22, 18, 30, tzinfo=PARIS),
            date(2026, 11, 22),
            ["integrity"],
            "Fiches clients modifiées par un ancien employé dont le compte était encore actif.",
            None,
            None,
        ),
    ],
    "en": [
        (
            datetime(2026, 11, 2, 9, 40, tzinfo=PARIS),
            date(2026, 11, 1),
            ["confidentiality"],
            "Reminder e-mail sent to 40 customers with every address visible in copy.",
            datetime(2026, 11, 3, 16, 0, tzinfo=PARIS),
            datetime(2026, 11, 4, 10, 0, tzinfo=PARIS),
        ),
        (
            datetime(2026, 11, 19, 17, 15, tzinfo=PARIS),
            date(2026, 11, 18),
            ["availability"],
            "The till computer's disk failed; the registry was restored from the previous "
            "day's backup.",
            None,
            None,
        ),
        (
            datetime(2026, 11, 21, 8, 5, tzinfo=PARIS),
            date(2026, 11, 21),
            ["confidentiality", "availability"],
            "Laptop stolen from the stock room overnight.",
            None,
            None,
        ),
        (
            datetime(2026, 11, 22, 18, 30, tzinfo=PARIS),
            date(2026, 11, 22),
            ["integrity"],
            "Customer files changed by a former employee whose account was still active.",
            None,
            None,
        ),
    ],
}
DIALOG_TEXTS = {
    "fr": (
        "Clé USB contenant un export de la liste des clients perdue lors d'un salon.",
        "Hameçonnage ciblé des clients (faux courriels au nom de la librairie).",
        "Clients prévenus par téléphone ; export supprimé de l'ordinateur.",
        "Ne plus exporter la liste sur une clé USB non chiffrée.",
    ),
    "en": (
        "USB stick holding an export of the customer list lost at a trade fair.",
        "Targeted phishing of the customers (fake e-mails in the bookshop's name).",
        "Customers called; the export deleted from the computer.",
        "No more exports of the list to an unencrypted USB stick.",
    ),
}


def test_every_security_string_has_a_french_translation() -> None:
    contexts = {c.findtext("name", ""): c for c in ET.parse(TS).getroot().iter("context")}
    untranslated = []
    for name in CONTEXTS:
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


def add_breaches(registry: Registry, lang: str) -> None:
    register = registry.breaches
    for discovered, occurred, nature, text, authority, people in BREACHES[lang]:
        with registry.transaction():
            breach = register.record(
                discovered_at=discovered,
                occurred_on=occurred,
                nature=nature,
                description=text,
                encrypted=nature != ["confidentiality"],
            )
            if authority is not None:
                register.notify_authority(breach.id, authority)
            if people is not None:
                register.notify_people(breach.id, people)


@pytest.mark.qt_log_ignore(r"This plugin does not support")
def test_security_screens(qtbot: QtBot, registry: Registry, ui_lang: str) -> None:
    add_sample_customers(registry, 20)
    add_breaches(registry, ui_lang)
    main = MainWindow(registry)
    qtbot.addWidget(main)
    main.resize(*SCREEN)
    main.show()
    qtbot.waitExposed(main)
    SHOTS.mkdir(parents=True, exist_ok=True)

    def save(name: str, image_of: QWidget, over: QWidget | None = None) -> None:
        qtbot.wait(50)
        image = screen_shot(over, image_of) if over is not None else image_of.grab()
        assert (image.width(), image.height()) == SCREEN
        path = SHOTS / f"{name}_{ui_lang}.png"
        assert image.save(str(path)), path
        assert_french(image_of, ui_lang)

    # 1. The register: one overdue, one under 24 hours, one open, one notified in time.
    window = main.open_breach_register()
    assert window is not None
    qtbot.waitExposed(window)
    window.resize(*SCREEN)
    assert window.model.rowCount() == 4
    clocks = [window.model.index(row, 3).data() for row in range(4)]
    assert [text[0] for text in clocks] == ["5", "⚠", "⚠", "✔"]
    save("breach_register", window)

    # 2. Recording a breach, pre-filled from the registry.
    dialog = window.record_breach()
    qtbot.waitExposed(dialog)
    description, consequences, taken, proposed = DIALOG_TEXTS[ui_lang]
    dialog.ui.descriptionEdit.setPlainText(description)
    dialog.ui.consequencesEdit.setPlainText(consequences)
    dialog.ui.measuresTakenEdit.setPlainText(taken)
    dialog.ui.measuresProposedEdit.setPlainText(proposed)
    dialog.ui.encryptedCheck.setChecked(False)
    dialog.set_occurred(datetime(2026, 11, 21, 15, 0, tzinfo=PARIS))
    dialog.set_discovered(datetime(2026, 11, 23, 9, 45, tzinfo=PARIS))
    dialog.resize(dialog.sizeHint().width(), dialog.sizeHint().height())
    save("breach_record", dialog, over=window)
    assert dialog.record() is not None

    # 3. The notification draft of the breach just recorded, in the PDF preview.
    preview = window.open_draft()
    assert preview is not None
    qtbot.waitExposed(preview)
    preview.resize(1000, 720)
    save("breach_draft", preview, over=window)
    preview.close()
    window.close()

    # 4. The audit log check: intact.
    check = main.check_audit_log()
    assert check is not None and check.outcome is not None and check.outcome.result.ok
    qtbot.waitExposed(check)
    check.resize(1100, 660)
    save("audit_intact", check, over=main)
    check.close()
    qtbot.waitUntil(lambda: main.audit_check is None, timeout=2000)

    # 5. After one entry was changed in the database: the first broken link, and advice.
    registry.conn.execute("DROP TRIGGER audit_entry_no_update")
    registry.conn.execute("UPDATE audit_entry SET actor_id = NULL WHERE id = 12")
    assert audit.verify(registry.conn).broken_id == 12
    check = main.check_audit_log()
    assert check is not None and check.outcome is not None
    assert check.outcome.result.broken_id == 12
    qtbot.waitExposed(check)
    check.resize(1100, 660)
    save("audit_broken", check, over=main)
    check.close()
