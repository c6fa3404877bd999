"""The counter window: list, search-as-you-type, the customer's file, consent in one action."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHeaderView, QLabel

from desktop_app.core.registry import Registry
from desktop_app.gui import dialogs
from desktop_app.gui.customer_model import ROW_HEIGHT, Column
from desktop_app.gui.main_window import MainWindow
from tests.gui.fixtures_registry import (  # noqa: F401 - fixtures
    BUSINESS,
    add_customer,
    add_sample_customers,
    english,
    no_dialogs,
    registry_fixture,
)

OFFSCREEN_NOISE = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
pytestmark = [OFFSCREEN_NOISE, pytest.mark.usefixtures("english", "no_dialogs")]


@pytest.fixture
def window(qtbot, registry: Registry) -> MainWindow:
    add_sample_customers(registry)
    main = MainWindow(registry)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    return main


def names(window: MainWindow) -> list[str]:
    model = window.model
    return [model.index(r, Column.NAME).data() for r in range(model.rowCount())]


def select(window: MainWindow, registry: Registry, last_name: str) -> int:
    (summary,) = [
        s for s in registry.customers.find(last_name) if s.fields["last_name"] == last_name
    ]
    assert window.select_customer(summary.id)
    return summary.id


def test_title_names_the_business_and_the_status_bar_counts(window: MainWindow) -> None:
    assert BUSINESS in window.windowTitle()
    assert window.count_label.text() == "30 customers"


def test_the_list_has_a_fixed_row_height(window: MainWindow, qtmodeltester) -> None:
    header = window.ui.customerTable.verticalHeader()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    assert header.defaultSectionSize() == ROW_HEIGHT
    qtmodeltester.check(window.model)


def test_clicking_a_header_sorts_in_sql_by_name_or_reference(qtbot, window: MainWindow) -> None:
    header = window.ui.customerTable.horizontalHeader()
    header.setSortIndicator(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert names(window)[0] == "TRAORÉ Yasmine"
    header.setSortIndicator(Column.EMAIL, Qt.SortOrder.AscendingOrder)  # not an index: no-op
    assert header.sortIndicatorSection() == Column.NAME
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert names(window)[0] == "TRAORÉ Yasmine"


def test_typing_zoe_finds_zoe_after_a_short_pause(qtbot, window: MainWindow) -> None:
    qtbot.keyClicks(window.ui.searchEdit, "zoe")
    assert window.search_timer.isActive()  # debounced: no query per keystroke
    qtbot.waitUntil(lambda: names(window) == ["ÉBRARD Zoé"], timeout=2000)
    assert window.count_label.text() == "1 found · 30 customers in all"
    window.ui.searchEdit.clear()
    qtbot.waitUntil(lambda: len(names(window)) == 30, timeout=2000)


def test_search_covers_email_and_phone(qtbot, window: MainWindow) -> None:
    qtbot.keyClicks(window.ui.searchEdit, "07 81 22")
    qtbot.waitUntil(lambda: names(window) == ["MARTIN Anaïs"], timeout=2000)
    window.ui.searchEdit.setText("helene.gu")
    qtbot.waitUntil(lambda: names(window) == ["GUÉRIN Hélène"], timeout=2000)


def test_ctrl_f_focuses_the_search_box(qtbot, window: MainWindow) -> None:
    assert window.ui.actionSearch.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert window.ui.actionNewCustomer.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    window.ui.customerTable.setFocus()
    window.ui.actionSearch.trigger()
    qtbot.waitUntil(lambda: window.ui.searchEdit.hasFocus(), timeout=2000)


def test_down_goes_to_the_list_and_escape_clears_the_search(qtbot, window: MainWindow) -> None:
    qtbot.keyClicks(window.ui.searchEdit, "lef")
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Down)  # no need to wait for the timer
    assert names(window) == ["LEFÈVRE Jérôme"]
    assert window.ui.customerTable.currentIndex().row() == 0
    assert window.current_customer_id() is not None
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Escape)
    assert window.ui.searchEdit.text() == ""
    qtbot.waitUntil(lambda: len(names(window)) == 30, timeout=2000)


def test_the_detail_pane_shows_each_field_with_when_it_was_collected(
    window: MainWindow, registry: Registry
) -> None:
    select(window, registry, "Ébrard")
    pane = window.ui.detailContents
    assert pane.findChild(QLabel, "customerName").text() == "Zoé Ébrard"
    assert pane.findChild(QLabel, "value_phone").text() == "06 12 34 56 78"
    assert pane.findChild(QLabel, "value_email").text() == "zoe.ebrard@example.fr"
    assert pane.findChild(QLabel, "collected_email").text().startswith("collected ")
    assert "Loyalty card" in pane.findChild(QLabel, "purpose_loyalty_card").text()
    assert set(window.consent_cards) == {"newsletter", "sms_offers", "birthday_offers"}
    assert window.consent_cards["newsletter"].state_label.text() == "✔ Granted"


def test_grant_then_withdraw_appear_in_the_history(
    qtbot, window: MainWindow, registry: Registry
) -> None:
    customer_id = select(window, registry, "Martin")  # Anaïs: phone, SMS offers granted
    window.channel_combo.setCurrentIndex(window.channel_combo.findData("phone"))
    # Birthday offers need a birthday: refused inline, nothing recorded.
    qtbot.mouseClick(
        window.consent_cards["birthday_offers"].action_button, Qt.MouseButton.LeftButton
    )
    feedback = window.ui.detailContents.findChild(QLabel, "feedbackLabel").text()
    assert feedback.startswith("“Birthday offer” needs: Birthday (day and month).")
    assert dialogs.calls == []  # nothing asked: the detail is missing

    dialogs.preset(True)  # "Record that Anaïs Martin withdraws consent...?" -> yes
    qtbot.mouseClick(window.consent_cards["sms_offers"].action_button, Qt.MouseButton.LeftButton)
    assert [call.kind for call in dialogs.calls] == ["confirm"]
    assert "These details will be erased" not in dialogs.calls[0].text  # loyalty keeps the phone
    card = window.consent_cards["sms_offers"]
    assert card.state_label.text() == "✘ Withdrawn"
    history = card.history_texts()
    assert len(history) == 2
    assert "Granted" in history[0] and "In store" in history[0]
    assert "Withdrawn" in history[1] and "Phone" in history[1] and "wording v1" in history[1]

    dialogs.preset(True)  # "Record that Anaïs Martin agrees to this text...?" -> yes
    qtbot.mouseClick(card.action_button, Qt.MouseButton.LeftButton)  # grant again
    assert "I agree to receive the shop's offers" in dialogs.calls[-1].text
    assert "(Phone)" in dialogs.calls[-1].text
    history = window.consent_cards["sms_offers"].history_texts()
    assert [("Granted" in h, "Withdrawn" in h) for h in history] == [
        (True, False),
        (False, True),
        (True, False),
    ]
    assert registry.customers.get(customer_id).consents["sms_offers"] == "granted"


def test_withdrawing_says_which_fields_were_erased(
    qtbot, window: MainWindow, registry: Registry
) -> None:
    customer_id = add_customer(
        registry,
        {"last_name": "Roche", "email": "roche@example.fr"},
        ["invoicing"],
        ["newsletter"],
    )
    window.model.refresh()
    assert window.select_customer(customer_id)
    dialogs.preset(True)
    qtbot.mouseClick(window.consent_cards["newsletter"].action_button, Qt.MouseButton.LeftButton)
    assert "These details will be erased: E-mail address." in dialogs.calls[0].text
    feedback = window.ui.detailContents.findChild(QLabel, "feedbackLabel").text()
    assert feedback == "Consent to “E-mail newsletter” withdrawn. Erased: E-mail address."
    assert "email" not in registry.customers.get(customer_id).fields


def test_declining_the_confirmation_changes_nothing(
    qtbot, window: MainWindow, registry: Registry
) -> None:
    customer_id = select(window, registry, "Ébrard")
    dialogs.preset(False, False)  # neither the withdrawal nor the grant
    qtbot.mouseClick(window.consent_cards["newsletter"].action_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.consent_cards["sms_offers"].action_button, Qt.MouseButton.LeftButton)
    assert [call.title for call in dialogs.calls] == ["Withdraw consent", "Record consent"]
    assert registry.customers.get(customer_id).consents == {"newsletter": "granted"}


def test_new_customer_opens_the_form_without_blocking_and_lists_the_result(
    qtbot, window: MainWindow, registry: Registry
) -> None:
    window.ui.actionNewCustomer.trigger()
    form = window.customer_form
    assert form is not None and form.isVisible() and form.isModal()
    form.purpose_boxes["customer_follow_up"].setChecked(True)
    form.rows["last_name"].set_value("Aubert")
    form.rows["first_name"].set_value("Léon")
    with qtbot.waitSignal(form.customer_saved):
        form.save()
    assert window.count_label.text() == "31 customers"
    assert window.ui.detailContents.findChild(QLabel, "customerName").text() == "Léon Aubert"
    current = window.ui.customerTable.currentIndex()
    assert current != QModelIndex() and current.data() == "AUBERT Léon"


def test_edit_needs_a_selected_customer(window: MainWindow, registry: Registry) -> None:
    assert not window.ui.actionEditCustomer.isEnabled()
    select(window, registry, "Petit")
    assert window.ui.actionEditCustomer.isEnabled()
    window.ui.actionEditCustomer.trigger()
    assert window.customer_form is not None
    assert window.customer_form.windowTitle() == "Edit Chloé Petit"
    window.customer_form.reject()


def test_an_edit_that_drops_a_purpose_says_what_it_erased(
    window: MainWindow, registry: Registry
) -> None:
    customer_id = add_customer(
        registry,
        {
            "last_name": "Roche",
            "email": "roche@example.fr",
            "postal_address": "3 rue Haute, 69001 Lyon",
        },
        ["invoicing", "customer_follow_up"],
        ["newsletter"],
    )
    window.model.refresh()
    assert window.select_customer(customer_id)
    form = window.edit_customer()
    assert form is not None
    form.purpose_boxes["customer_follow_up"].setChecked(False)
    form.consent_boxes["newsletter"].setChecked(False)  # invoicing needs no e-mail address
    assert not form.rows["email"].isVisibleTo(form)
    assert form.save(), form.errors()
    assert form.erased == ["email"]
    feedback = window.ui.detailContents.findChild(QLabel, "feedbackLabel").text()
    assert feedback == "Saved. Erased because no purpose needs them any more: E-mail address."
    record = registry.customers.get(customer_id)
    assert set(record.fields) == {"last_name", "postal_address"}
    assert record.consents == {"newsletter": "withdrawn"}
