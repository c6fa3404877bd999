"""New and edit customer: purposes first, then only the fields they need (GDPR Art. 5(1)(c))."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QWidget

from desktop_app.core.registry import Registry
from desktop_app.gui.customer_form import CustomerForm
from tests.gui.fixtures_registry import (  # noqa: F401 - fixtures
    add_customer,
    english,
    no_dialogs,
    registry_fixture,
)

# Qt's offscreen platform warns whenever a shown window's size limits change.
OFFSCREEN_NOISE = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
pytestmark = [OFFSCREEN_NOISE, pytest.mark.usefixtures("english", "no_dialogs")]


@pytest.fixture
def form(qtbot, registry: Registry) -> CustomerForm:
    dialog = CustomerForm(registry)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def tick(qtbot, box: QCheckBox) -> None:
    """Click a tick box where people do: on its box, at the left."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def shown_fields(form: CustomerForm) -> list[str]:
    return [code for code, row in form.rows.items() if row.isVisible()]


def test_no_field_shows_until_a_purpose_is_chosen(form: CustomerForm) -> None:
    assert shown_fields(form) == []
    assert form.ui.noFieldsLabel.isVisible()
    assert not any(row.editor.isEnabled() for row in form.rows.values())


def test_choosing_purposes_shows_only_their_fields_and_marks_the_required(
    qtbot, form: CustomerForm
) -> None:
    tick(qtbot, form.purpose_boxes["loyalty_card"])
    assert shown_fields(form) == ["last_name", "first_name", "email", "phone"]
    assert form.rows["last_name"].label.text() == "Last name *"
    assert form.rows["email"].label.text() == "E-mail address"  # optional: unmarked

    tick(qtbot, form.consent_boxes["birthday_offers"])
    assert "birthday" in shown_fields(form)
    assert form.rows["birthday"].label.text() == "Birthday (day and month) *"

    tick(qtbot, form.consent_boxes["birthday_offers"])
    assert "birthday" not in shown_fields(form)
    tick(qtbot, form.purpose_boxes["loyalty_card"])
    assert shown_fields(form) == []


def test_an_unjustified_field_cannot_be_entered(qtbot, form: CustomerForm, registry) -> None:
    tick(qtbot, form.purpose_boxes["invoicing"])
    birthday = form.rows["birthday"].editor
    assert not birthday.isVisible() and not birthday.isEnabled()
    qtbot.keyClicks(birthday, "14/07")  # a disabled editor takes no keystroke
    assert form.rows["birthday"].value() == ""
    form.rows["last_name"].set_value("Rousseau")
    form.rows["birthday"].set_value("14/07")  # even set behind the form's back...
    assert form.save()
    (summary,) = registry.customers.find()
    assert registry.customers.get(summary.id).fields == {"last_name": "Rousseau"}  # ...not stored


def test_consent_toggles_start_unticked_with_their_full_wording(form: CustomerForm) -> None:
    assert set(form.consent_boxes) == {"newsletter", "sms_offers", "birthday_offers"}
    assert not any(box.isChecked() for box in form.consent_boxes.values())
    wording = form.findChild(type(form.ui.introLabel), "wording_newsletter")
    assert wording.text().startswith("I agree to receive the shop's newsletter by e-mail")
    assert not form.ui.proofGroup.isVisible()  # channel and signature only with a consent


def test_validation_errors_show_under_their_fields_and_keep_what_was_typed(
    qtbot, form: CustomerForm, registry: Registry
) -> None:
    tick(qtbot, form.purpose_boxes["loyalty_card"])
    tick(qtbot, form.consent_boxes["newsletter"])
    qtbot.keyClicks(form.rows["last_name"].editor, "Ébrard")
    qtbot.keyClicks(form.rows["email"].editor, "zoe@")
    qtbot.mouseClick(form.ui.buttonBox.buttons()[0], Qt.MouseButton.LeftButton)  # Save
    errors = form.errors()
    assert errors["first_name"] == "First name is required by the purpose 'Loyalty card'."
    assert errors["email"].startswith("This e-mail address is not valid")
    assert form.rows["email"].error.isVisible()
    assert form.rows["last_name"].value() == "Ébrard" and form.rows["email"].value() == "zoe@"
    assert form.isVisible() and registry.customers.count() == 0


def test_saving_stores_the_customer_with_consent_channel_and_signature(
    qtbot, form: CustomerForm, registry: Registry
) -> None:
    tick(qtbot, form.purpose_boxes["loyalty_card"])
    tick(qtbot, form.consent_boxes["newsletter"])
    form.rows["last_name"].set_value("Ébrard")
    form.rows["first_name"].set_value("Zoé")
    form.rows["email"].set_value("zoe.ebrard@example.fr")
    form.ui.channelCombo.setCurrentIndex(form.ui.channelCombo.findData("paper"))
    form.signature.add_stroke([(20, 80), (60, 40), (100, 90), (160, 50)])
    with qtbot.waitSignal(form.customer_saved) as saved:
        qtbot.mouseClick(form.ui.buttonBox.buttons()[0], Qt.MouseButton.LeftButton)
    record = registry.customers.get(saved.args[0])
    assert record.fields == {
        "last_name": "Ébrard",
        "first_name": "Zoé",
        "email": "zoe.ebrard@example.fr",
    }
    assert record.purposes == ["loyalty_card"]
    assert record.consents == {"newsletter": "granted"}
    (event,) = record.consent_history
    assert (event.channel, event.has_signature) == ("paper", True)
    assert form.result() == QDialog.DialogCode.Accepted


def test_the_signature_is_saved_as_png(qtbot, form: CustomerForm) -> None:
    pad = form.signature
    assert pad.to_png() is None
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=pad.rect().center())
    for dx in range(5, 60, 5):
        qtbot.mouseMove(pad, pad.rect().center() + type(pad.rect().center())(dx, dx // 3))
    pad.add_stroke([(10, 10), (40, 30)])
    png = pad.to_png()
    assert png is not None and png.startswith(b"\x89PNG")
    pad.clear()
    assert pad.to_png() is None


def test_escape_cancels_and_stores_nothing(qtbot, form: CustomerForm, registry) -> None:
    tick(qtbot, form.purpose_boxes["customer_follow_up"])
    form.rows["last_name"].set_value("Martin")
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert form.result() == QDialog.DialogCode.Rejected
    assert not form.isVisible()
    assert registry.customers.count() == 0


def test_editing_changes_fields_purposes_and_consents(qtbot, registry: Registry) -> None:
    customer_id = add_customer(
        registry,
        {"last_name": "Martin", "first_name": "Anaïs", "phone": "+33781224510"},
        ["loyalty_card"],
        ["sms_offers"],
    )
    form = CustomerForm(registry, customer_id=customer_id)
    qtbot.addWidget(form)
    assert form.windowTitle() == "Edit Anaïs Martin"
    assert form.purpose_boxes["loyalty_card"].isChecked()
    assert form.consent_boxes["sms_offers"].isChecked()  # the recorded state, not a pre-tick
    assert form.rows["phone"].value() == "07 81 22 45 10"
    form.consent_boxes["sms_offers"].setChecked(False)  # withdrawal
    form.consent_boxes["birthday_offers"].setChecked(True)  # new consent, with its field
    form.rows["birthday"].set_value("14/07")
    form.rows["first_name"].set_value("Anaïs-Marie")
    assert form.save(), form.errors()
    record = registry.customers.get(customer_id)
    assert record.fields["first_name"] == "Anaïs-Marie"
    assert record.fields["birthday"] == "--07-14"
    assert record.consents == {"sms_offers": "withdrawn", "birthday_offers": "granted"}


def test_tab_goes_purposes_then_consents_then_fields(qtbot, form: CustomerForm) -> None:
    boxes = list(form.purpose_boxes.values())
    consents = list(form.consent_boxes.values())
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is boxes[0])

    def tab_from(widget: QWidget) -> QWidget:
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        return QApplication.focusWidget()

    assert tab_from(boxes[0]) is boxes[1]
    assert tab_from(boxes[-1]) is consents[0]
    tick(qtbot, boxes[0])  # follow-up: last name first among its fields
    assert tab_from(consents[-1]) is form.rows["last_name"].editor
