"""Each rights request through the GUI: from the customer's file to the answer.

The request dialog records the request and answers it in one transaction; the core's
errors show inline and leave nothing recorded.
"""

from __future__ import annotations

import json
import stat
import unicodedata
from pathlib import Path
from typing import TypeVar

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from desktop_app.core.errors import RestrictedError
from desktop_app.core.registry import Registry
from desktop_app.gui import dialogs
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.request_dialog import RequestDialog
from tests.gui.fixtures_registry import (  # noqa: F401 - fixtures
    add_customer,
    english,
    no_dialogs,
    registry_fixture,
)

T = TypeVar("T", bound=QWidget)
pytestmark = pytest.mark.usefixtures("english", "no_dialogs")


def pdf_text(path: Path) -> str:
    text = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return unicodedata.normalize("NFC", text)


@pytest.fixture
def customers(registry: Registry) -> dict[str, int]:
    return {
        "zoe": add_customer(
            registry,
            {
                "first_name": "Zoé",
                "last_name": "Ébrard",
                "email": "zoe.ebrard@example.fr",
                "phone": "06 12 34 56 78",
            },
            ["loyalty_card"],
            ["newsletter"],
        ),
        "elodie": add_customer(
            registry,
            {
                "first_name": "Élodie",
                "last_name": "Durand",
                "email": "elodie.durand@example.org",
                "postal_address": "12 quai de Jemmapes\n75010 Paris",
            },
            ["invoicing"],
            ["newsletter"],
        ),
    }


@pytest.fixture
def window(qtbot, registry: Registry, customers: dict[str, int]) -> MainWindow:
    main = MainWindow(registry)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    return main


def visible(window: MainWindow, kind: type[T], name: str) -> list[T]:
    """The widgets shown now (the detail pane's old widgets wait for deleteLater)."""
    QApplication.processEvents()  # a layout shows its new widgets from the event loop
    return [w for w in window.findChildren(kind, name) if w.isVisible()]


def open_request(window: MainWindow, customer_id: int, kind: str) -> RequestDialog:
    """Select the customer and click "Rights request…" in their file."""
    assert window.select_customer(customer_id)
    (button,) = visible(window, QPushButton, "rightsRequestButton")
    button.click()
    dialog = window.request_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.set_type(kind)
    return dialog


def test_the_customer_pane_and_the_menu_offer_a_rights_request(window: MainWindow) -> None:
    assert not window.action_rights_request.isEnabled()
    assert window.action_rights_desk.shortcut().toString() == "Ctrl+R"
    window.select_row(0)
    assert window.action_rights_request.isEnabled()
    window.action_rights_request.trigger()
    assert window.request_dialog is not None
    assert window.request_dialog.request_type() == "access"
    identity = window.request_dialog.ui.identityCombo
    texts = [identity.itemText(i) for i in range(identity.count())]
    assert "ID card seen (not copied)" in texts


def test_access_builds_the_pdf_in_a_task_and_shows_it(
    qtbot, window: MainWindow, customers: dict[str, int], registry: Registry, tmp_path: Path
) -> None:
    dialog = open_request(window, customers["zoe"], "access")
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("en"))
    dialog.run_button.click()
    assert dialog.error() == ""
    preview = dialog.preview
    assert preview is not None and preview.isVisible()
    text = pdf_text(preview.pdf_path)
    assert "Zoé" in text and "Ébrard" in text
    assert dialog.request is not None and dialog.request.reference in text
    assert preview.page_count() == len(PdfReader(preview.pdf_path).pages)
    assert stat.S_IMODE(preview.pdf_path.stat().st_mode) == 0o600
    (request,) = registry.requests.find("all")
    assert (request.type, request.status, request.identity_check) == (
        "access",
        "completed",
        "id_card_seen",
    )
    # The machine-readable copy, from the preview.
    target = tmp_path / "access.json"
    dialogs.preset(target)
    preview.findChild(QPushButton, "saveJsonButton").click()
    data = json.loads(target.read_text("utf-8"))
    assert data["customer"]["reference"] == registry.customers.get(customers["zoe"]).reference
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    pdf = preview.pdf_path
    preview.close()
    qtbot.waitUntil(lambda: not pdf.parent.exists(), timeout=2000)


def test_portability_saves_the_json(
    window: MainWindow, customers: dict[str, int], registry: Registry, tmp_path: Path
) -> None:
    dialog = open_request(window, customers["zoe"], "portability")
    target = tmp_path / "zoe.json"
    dialogs.preset(target)
    assert dialog.answer()
    data = json.loads(target.read_text("utf-8"))
    assert data["schema"] == "registre-portability/1"
    assert data["fields"]["first_name"] == "Zoé"
    assert data["request"]["status"] == "completed"
    assert str(target) in dialog.result_label.text()


def test_a_failed_write_shows_inline_and_records_nothing(
    window: MainWindow, customers: dict[str, int], registry: Registry, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    dialog = open_request(window, customers["zoe"], "portability")
    dialogs.preset(blocker / "zoe.json")
    assert not dialog.answer()
    assert str(blocker) in dialog.error()
    assert registry.requests.find("all") == []
    assert dialog.run_button.isVisible()  # still there to try again


def test_rectification_changes_the_field_and_lists_the_recipients(
    window: MainWindow, customers: dict[str, int], registry: Registry
) -> None:
    dialog = open_request(window, customers["zoe"], "rectification")
    assert not dialog.answer()  # nothing changed yet
    assert dialog.error() == "Change at least one detail first."
    dialog.field_edits["last_name"].setText("Ebrard-Martin")
    assert dialog.answer()
    assert registry.customers.get(customers["zoe"]).fields["last_name"] == "Ebrard-Martin"
    assert dialog.recipient_texts() == ["Our e-mail sending provider"]
    (request,) = registry.requests.find("all")
    assert (request.type, request.status) == ("rectification", "completed")
    (name,) = visible(window, QLabel, "customerName")
    assert name.text() == "Zoé Ebrard-Martin"


def test_erasure_removes_the_customer_and_shows_the_certificate(
    window: MainWindow, customers: dict[str, int], registry: Registry
) -> None:
    before = window.model.rowCount()
    dialog = open_request(window, customers["zoe"], "erasure")
    explanation = dialog.pages["erasure"].findChild(QLabel, "explain_erasure").text()
    assert "Nothing is kept" in explanation
    dialogs.preset(True)
    assert dialog.answer()
    call = dialogs.calls[-1]
    assert call.kind == "confirm" and "E-mail address" in call.text
    assert not registry.customers.exists(customers["zoe"])
    assert window.model.rowCount() == before - 1
    assert window.current_customer_id() is None
    preview = dialog.preview
    assert preview is not None and preview.page_count() >= 1
    text = pdf_text(preview.pdf_path)
    assert dialog.request is not None and dialog.request.reference in text
    assert "Zoé" not in text  # the certificate names fields, never values


def test_erasure_keeps_invoicing_data_and_says_so(
    window: MainWindow, customers: dict[str, int], registry: Registry
) -> None:
    dialog = open_request(window, customers["elodie"], "erasure")
    dialogs.preset(True)
    assert dialog.answer()
    assert "Kept for a legal obligation (invoices, 10 years)" in dialogs.calls[-1].text
    record = registry.customers.get(customers["elodie"])
    assert record.restricted and "email" not in record.fields
    assert window.current_customer_id() == customers["elodie"]


def test_erasure_not_confirmed_does_nothing(
    window: MainWindow, customers: dict[str, int], registry: Registry
) -> None:
    dialog = open_request(window, customers["zoe"], "erasure")
    dialogs.preset(False)
    assert not dialog.answer()
    assert registry.customers.exists(customers["zoe"])
    assert registry.requests.find("all") == []


def test_restriction_needs_a_reason_then_blocks_edits(
    window: MainWindow, customers: dict[str, int], registry: Registry
) -> None:
    dialog = open_request(window, customers["zoe"], "restriction")
    assert not dialog.answer()
    assert dialog.error()  # the core's message, inline
    assert registry.requests.find("all") == []
    dialog.restriction_reason.setPlainText("Accuracy contested by the customer")
    assert dialog.answer()
    assert "only stored" in dialog.result_label.text()
    with pytest.raises(RestrictedError), registry.transaction():
        registry.customers.edit(customers["zoe"], {"last_name": "Other"})


def test_objection_withdraws_marketing_consents(
    window: MainWindow, customers: dict[str, int], registry: Registry
) -> None:
    assert registry.customers.get(customers["zoe"]).consents["newsletter"] == "granted"
    dialog = open_request(window, customers["zoe"], "objection")
    assert (
        "E-mail newsletter"
        in dialog.pages["objection"].findChild(QLabel, "explain_objection").text()
    )
    dialogs.preset(True)
    assert dialog.answer()
    record = registry.customers.get(customers["zoe"])
    assert record.consents["newsletter"] == "withdrawn"
    assert record.objected_on is not None
    assert dialog.withdrawn == ["newsletter"]
    assert "No more marketing" in dialog.result_label.text()


def test_a_request_received_earlier_by_post(
    window: MainWindow, customers: dict[str, int], registry: Registry, tmp_path: Path
) -> None:
    dialog = open_request(window, customers["zoe"], "portability")
    today = registry.requests.today()
    earlier = today.replace(day=1) if today.day > 1 else today
    dialog.set_received(earlier)
    dialog.ui.channelCombo.setCurrentIndex(dialog.ui.channelCombo.findData("paper"))
    dialogs.preset(tmp_path / "p.json")
    assert dialog.answer()
    (request,) = registry.requests.find("all")
    assert (request.received_on, request.channel) == (earlier, "paper")
    assert request.due_on == registry.requests.due_date(earlier)
