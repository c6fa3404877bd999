"""The customer-facing consent view: the customer ticks, nothing is ticked for them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from desktop_app.core.registry import Registry
from desktop_app.gui.consent_view import ConsentView, present_consent_view
from desktop_app.gui.customer_form import CustomerForm
from desktop_app.gui.main_window import MainWindow
from tests.gui.fixtures_registry import (  # noqa: F401 - fixtures
    add_customer,
    english,
    no_dialogs,
    registry_fixture,
)

OFFSCREEN_NOISE = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
pytestmark = [OFFSCREEN_NOISE, pytest.mark.usefixtures("english", "no_dialogs")]


@pytest.fixture
def view(qtbot, registry: Registry) -> ConsentView:
    widget = ConsentView(registry.purposes.all(), customer_name="Zoé Ébrard")
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_one_unticked_card_per_consent_purpose_with_its_full_wording(
    view: ConsentView, registry: Registry
) -> None:
    consent_purposes = [p for p in registry.purposes.all() if p.is_consent]
    assert list(view.cards) == [p.code for p in consent_purposes]
    for purpose in consent_purposes:
        card = view.cards[purpose.code]
        assert not card.checkbox.isChecked()
        assert card.wording.text() == purpose.text("en")
    assert view.ui.titleLabel.text() == "Zoé Ébrard, your choices"
    assert view.font().pointSizeF() > view.ui.titleLabel.font().pointSizeF() / 1.5


def test_the_customer_ticks_by_touching_the_card_and_confirms(qtbot, view: ConsentView) -> None:
    card = view.cards["sms_offers"]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton, pos=QPoint(card.width() // 2, 8))
    assert card.checkbox.isChecked()
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton, pos=QPoint(card.width() // 2, 8))
    assert not card.checkbox.isChecked()
    view.cards["newsletter"].checkbox.setChecked(True)
    with qtbot.waitSignal(view.consents_confirmed) as confirmed:
        qtbot.mouseClick(view.ui.confirmButton, Qt.MouseButton.LeftButton)
    assert confirmed.args == [["newsletter"]]


def test_escape_or_back_cancels(qtbot, view: ConsentView) -> None:
    with qtbot.waitSignal(view.cancelled):
        qtbot.keyClick(view, Qt.Key.Key_Escape)
    with qtbot.waitSignal(view.cancelled):
        qtbot.mouseClick(view.ui.backButton, Qt.MouseButton.LeftButton)


def test_from_the_counter_the_choice_is_recorded_as_an_in_store_grant(
    qtbot, registry: Registry
) -> None:
    customer_id = add_customer(
        registry,
        {"last_name": "Ébrard", "first_name": "Zoé", "email": "zoe@example.fr"},
        ["loyalty_card"],
    )
    window = MainWindow(registry)
    qtbot.addWidget(window)
    window.show()
    assert window.select_customer(customer_id)
    view = window.show_consent_view()
    assert view is not None
    assert window.stack.currentWidget() is view  # one screen: the window turns to the customer
    assert not window.ui.mainToolBar.isVisible() and not window.menuBar().isVisible()
    view.cards["newsletter"].checkbox.setChecked(True)
    qtbot.mouseClick(view.ui.confirmButton, Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == 0 and window.consent_view is None
    record = registry.customers.get(customer_id)
    assert record.consents == {"newsletter": "granted"}
    assert record.consent_history[-1].channel == "in_store"
    assert "Granted" in window.consent_cards["newsletter"].history_texts()[0]


def test_only_consents_the_file_can_support_are_offered(qtbot, registry: Registry) -> None:
    customer_id = add_customer(
        registry, {"last_name": "Blin", "phone": "06 45 67 12 90"}, ["customer_follow_up"]
    )
    window = MainWindow(registry)
    qtbot.addWidget(window)
    window.show()
    window.select_customer(customer_id)
    view = window.show_consent_view()
    assert view is not None
    # No e-mail address, no birthday on file: those are asked through Edit, with the detail.
    assert list(view.cards) == ["sms_offers"]
    view.cancelled.emit()
    assert window.stack.currentIndex() == 0 and window.menuBar().isVisible()
    assert registry.customers.get(customer_id).consents == {}


def test_an_error_is_shown_on_the_customer_screen(qtbot, view: ConsentView) -> None:
    view.show_error("Something went wrong; nothing was recorded.")
    assert view.ui.errorLabel.isVisible()
    assert view.ui.errorLabel.text() == "Something went wrong; nothing was recorded."
    view.confirm()
    assert not view.ui.errorLabel.isVisible()


def test_from_the_form_the_customer_choice_ticks_the_toggles(qtbot, registry: Registry) -> None:
    form = CustomerForm(registry)
    qtbot.addWidget(form)
    form.show()
    form.ui.channelCombo.setCurrentIndex(form.ui.channelCombo.findData("phone"))
    view = form.show_to_customer()
    qtbot.addWidget(view)
    view.cards["birthday_offers"].checkbox.setChecked(True)
    view.confirm()
    assert form.chosen_consents() == ["birthday_offers"]
    assert form.ui.channelCombo.currentData() == "in_store"
    assert form.rows["birthday"].isVisible()
    assert form.consent_view is None


def test_one_screen_means_the_same_window(qtbot, registry: Registry) -> None:
    window = MainWindow(registry)
    qtbot.addWidget(window)
    window.show()
    view = ConsentView([])
    qtbot.addWidget(view)
    assert present_consent_view(view, window) == "same_window"
