"""The counter: customer list with search-as-you-type, and the selected customer's file.

The list is a lazy SQL-backed model (customer_model.py); a keystroke restarts a short
timer and only the last one searches. The detail pane shows every stored field with
when it was collected, the purposes, and each consent with its history; consent is
granted or withdrawn from here in one action, recorded in the ledger like a grant.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QDateTime, QEvent, QLocale, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import consent, fields, permissions
from desktop_app.core.customers import CustomerRecord
from desktop_app.core.errors import RegistreError
from desktop_app.core.i18n import pick
from desktop_app.core.purposes import LEGAL_BASIS_LABELS, Purpose
from desktop_app.core.registry import Registry
from desktop_app.gui import dialogs, icons
from desktop_app.gui.consent_view import ConsentView, present_consent_view
from desktop_app.gui.customer_form import CustomerForm, FormSnapshot
from desktop_app.gui.customer_model import ROW_HEIGHT, Column, CustomerTableModel, ui_language
from desktop_app.gui.forms.ui_main_window import Ui_MainWindow

if TYPE_CHECKING:
    from desktop_app.gui.audit_view import AuditCheckDialog
    from desktop_app.gui.breach_register import BreachRegisterWindow
    from desktop_app.gui.importing import ImportOutcome
    from desktop_app.gui.request_dialog import RequestDialog
    from desktop_app.gui.rights_desk import RightsDesk
    from desktop_app.gui.staff_dialog import StaffDialog

SEARCH_DELAY_MS = 150
SELECT_FETCH_LIMIT = 5  # windows read to find a customer to select (5 x 200 rows)


DAY_FORMAT = "d MMM yyyy"  # '29 Nov 2026', '29 nov. 2026': never ambiguous like 11/12/26


def format_when(iso: str) -> str:
    """An ISO 8601 timestamp from the core, in local time: '29 Nov 2026, 18:49'."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    local = moment.toLocalTime()
    return f"{QLocale().toString(local.date(), DAY_FORMAT)}, {local.toString('HH:mm')}"


def format_day(iso: str) -> str:
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    return QLocale().toString(moment.toLocalTime().date(), DAY_FORMAT)


def _heading(text: str, scale: float = 1.25) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def _muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    # The palette's placeholder colour: quieter than body text, readable in light and dark themes.
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class ConsentHistoryCard(QFrame):
    """One consent purpose of the selected customer: its state, its action, its history."""

    def __init__(self, purpose: Purpose, state: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"consent_{purpose.code}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.purpose = purpose
        self.state = state
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        lang = ui_language()
        title = _heading(purpose.name(lang), 1.05)
        self.state_label = QLabel(self._state_text(state))
        self.state_label.setObjectName("stateLabel")
        self.action_button = QPushButton(
            self.tr("Withdraw consent") if state == "granted" else self.tr("Record consent")
        )
        self.action_button.setObjectName("actionButton")
        self.action_button.setAccessibleName(f"{self.action_button.text()}: {purpose.name(lang)}")
        top.addWidget(title, 1)
        top.addWidget(self.state_label)
        top.addWidget(self.action_button)
        layout.addLayout(top)
        self.timeline = QVBoxLayout()
        self.timeline.setSpacing(2)
        layout.addLayout(self.timeline)

    def _state_text(self, state: str | None) -> str:
        if state == "granted":
            return self.tr("✔ Granted")
        if state == "withdrawn":
            return self.tr("✘ Withdrawn")
        return self.tr("Not given")

    def add_event(self, event: consent.ConsentEvent, lang: str) -> None:
        action = self.tr("Granted") if event.action == "granted" else self.tr("Withdrawn")
        parts = [
            format_when(event.occurred_at),
            action,
            pick(consent.CHANNEL_LABELS.get(event.channel, {"en": event.channel}), lang),
            event.staff_name,
            self.tr("wording v%1").replace("%1", str(event.wording_version)),
        ]
        if event.has_signature:
            parts.append(self.tr("signed"))
        marker = "●" if event.action == "granted" else "○"
        label = QLabel(f"{marker}  " + "  ·  ".join(parts))
        label.setObjectName("timelineEntry")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.timeline.addWidget(label)

    def history_texts(self) -> list[str]:
        texts = []
        for i in range(self.timeline.count()):
            item = self.timeline.itemAt(i)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                texts.append(widget.text())
        return texts


class MainWindow(QMainWindow):
    """The window a shop works in all day: find a customer, see their file, record consent."""

    customer_selected = Signal(int)
    consent_changed = Signal(int, str, str)  # customer id, purpose code, 'granted'/'withdrawn'
    lock_requested = Signal()  # File > Lock (Ctrl+L): the launcher closes the registry

    def __init__(self, registry: Registry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.lang = ui_language()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._current_id: int | None = None
        self._feedback = ""
        self._channel = "in_store"
        self._total: int | None = None
        self.consent_cards: dict[str, ConsentHistoryCard] = {}
        self.customer_form: CustomerForm | None = None
        self.consent_view: ConsentView | None = None

        # The consent view can take the whole window, turned toward the customer.
        self.stack = QStackedWidget(self)
        counter = self.takeCentralWidget()
        assert counter is not None
        self.stack.addWidget(counter)
        self.setCentralWidget(self.stack)

        self.model = CustomerTableModel(registry.customers, lang=self.lang, parent=self)
        table = self.ui.customerTable
        table.setModel(self.model)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._on_header_sort_indicator_changed)
        header.resizeSection(Column.NAME, 210)
        header.resizeSection(Column.EMAIL, 230)
        header.resizeSection(Column.PHONE, 130)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        table.activated.connect(lambda _index: self.edit_customer())
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.splitter.setSizes([760, 560])

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self._on_search_timer_timeout)
        self.ui.searchEdit.textChanged.connect(self._on_search_edit_text_changed)
        self.ui.searchEdit.returnPressed.connect(self._on_search_edit_return_pressed)
        self.ui.searchEdit.installEventFilter(self)

        self.ui.actionNewCustomer.setShortcut(QKeySequence.StandardKey.New)
        self.ui.actionSearch.setShortcut(QKeySequence.StandardKey.Find)
        self.ui.actionQuit.setShortcut(QKeySequence.StandardKey.Quit)
        self.ui.actionNewCustomer.triggered.connect(self.new_customer)
        self.ui.actionEditCustomer.triggered.connect(self.edit_customer)
        self.ui.actionConsentView.triggered.connect(self.show_consent_view)
        self.ui.actionSearch.triggered.connect(self.focus_search)
        self.ui.actionQuit.triggered.connect(self.close)
        # File > Import customers… (Ctrl+I), before Quit.
        self.action_import = QAction(self.tr("&Import customers…"), self)
        self.action_import.setObjectName("actionImportCustomers")
        self.action_import.setShortcut(QKeySequence("Ctrl+I"))
        self.action_import.setToolTip(self.tr("Add customers from a CSV or JSON Lines file"))
        self.action_import.triggered.connect(self.import_customers)
        self.ui.menuFile.insertAction(self.ui.actionQuit, self.action_import)
        self.ui.menuFile.insertSeparator(self.ui.actionQuit)
        # File > Settings… (Ctrl+,), just before Quit.
        self.action_settings = QAction(self.tr("&Settings…"), self)
        self.action_settings.setObjectName("actionSettings")
        self.action_settings.setShortcut(QKeySequence("Ctrl+,"))
        self.action_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action_settings.triggered.connect(self.open_settings)
        self.ui.menuFile.insertAction(self.ui.actionQuit, self.action_settings)
        self.ui.menuFile.insertSeparator(self.ui.actionQuit)
        self.settings_dialog: QWidget | None = None  # a SettingsDialog while open
        # File > Lock (Ctrl+L), just before Quit.
        self.action_lock = QAction(self.tr("&Lock"), self)
        self.action_lock.setObjectName("actionLock")
        self.action_lock.setShortcut(QKeySequence("Ctrl+L"))
        self.action_lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action_lock.setToolTip(self.tr("Close the registry until it is unlocked again"))
        self.action_lock.triggered.connect(self.lock_requested)
        self.ui.menuFile.insertAction(self.ui.actionQuit, self.action_lock)
        self.ui.menuFile.insertSeparator(self.ui.actionQuit)
        # Requests > Rights request… (from the selected customer) and the register (Ctrl+R).
        self.menu_requests = self.menuBar().addMenu(self.tr("&Requests"))
        self.menu_requests.setObjectName("menuRequests")
        self.action_rights_request = QAction(self.tr("Rights &request…"), self)
        self.action_rights_request.setObjectName("actionRightsRequest")
        self.action_rights_request.setToolTip(
            self.tr("Record and answer a request of the selected customer (access, erasure…)")
        )
        self.action_rights_request.triggered.connect(lambda: self.new_rights_request())
        self.action_rights_desk = QAction(self.tr("Request &register…"), self)
        self.action_rights_desk.setObjectName("actionRightsDesk")
        self.action_rights_desk.setShortcut(QKeySequence("Ctrl+R"))
        self.action_rights_desk.triggered.connect(self.open_rights_desk)
        self.menu_requests.addAction(self.action_rights_request)
        self.menu_requests.addAction(self.action_rights_desk)
        self.rights_desk: RightsDesk | None = None
        self.request_dialog: RequestDialog | None = None
        # Security: staff, backups, audit log check, breach register (owner's tools).
        self.menu_security = self.menuBar().addMenu(self.tr("&Security"))
        self.menu_security.setObjectName("menuSecurity")
        # Security > Staff… (the owner's list of people; staff: change my own PIN).
        self.action_staff = QAction(self.tr("S&taff…"), self)
        self.action_staff.setObjectName("actionStaff")
        self.action_staff.setToolTip(
            self.tr("Who works the registry and how each person unlocks it")
        )
        if not registry.can(permissions.MANAGE_STAFF):
            uses_pin = registry.staff.get(registry.staff_id).secret == "pin"
            self.action_staff.setText(
                self.tr("Change my &PIN…") if uses_pin else self.tr("Change my &passphrase…")
            )
            self.action_staff.setToolTip(self.tr("Change the PIN or passphrase you unlock with"))
        self.action_staff.triggered.connect(lambda: self.open_staff_dialog())
        self.menu_security.addAction(self.action_staff)
        self.menu_security.addSeparator()
        self.staff_dialog: StaffDialog | None = None
        # Security > Breach register… and Check the audit log… (owner only).
        self.action_breaches = QAction(self.tr("&Breach register…"), self)
        self.action_breaches.setObjectName("actionBreachRegister")
        self.action_breaches.setToolTip(
            self.tr("Record personal data breaches and notify them within 72 hours")
        )
        self.action_breaches.setEnabled(self.registry.can(permissions.BREACHES))
        self.action_breaches.triggered.connect(self.open_breach_register)
        self.action_audit_check = QAction(self.tr("Check the &audit log…"), self)
        self.action_audit_check.setObjectName("actionAuditCheck")
        self.action_audit_check.setToolTip(
            self.tr("Check that no entry of the audit log was changed or removed")
        )
        self.action_audit_check.setEnabled(self.registry.can(permissions.AUDIT))
        self.action_audit_check.triggered.connect(lambda: self.check_audit_log())
        self.menu_security.addAction(self.action_breaches)
        self.menu_security.addAction(self.action_audit_check)
        self.breach_register: BreachRegisterWindow | None = None
        self.audit_check: AuditCheckDialog | None = None
        # Security > Back up now, Restore a backup…; the last backup's age; the schedule.
        from desktop_app.gui.backups import BackupController

        self.backups = BackupController(self, registry)
        self.menu_security.addSeparator()
        self.menu_security.addActions(self.backups.actions())
        self.backups.settings_requested.connect(self.open_backup_settings)
        icons.decorate_main_window(self)  # toolbar and menu icons, text beside them
        self.action_lock.setIcon(icons.icon("lock"))

        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.statusBar().addPermanentWidget(self.count_label)
        # Who unlocked: "Léa · staff" / "Owner".
        self.person_label = QLabel(self.person_text(), self)
        self.person_label.setObjectName("personLabel")
        self.person_label.setContentsMargins(16, 0, 4, 0)
        self.statusBar().addPermanentWidget(self.person_label)

        self._update_title()
        self._update_count()
        self._show_customer(None)
        self._apply_role()

    # -- title, status ---------------------------------------------------------

    def _update_title(self) -> None:
        name = self.registry.business.get().name
        if self.registry.role == "staff":
            title = self.tr("%1 — %2 — Registre").replace("%2", self.person_text())
            self.setWindowTitle(title.replace("%1", name))
            return
        self.setWindowTitle(self.tr("%1 — Registre").replace("%1", name))

    def person_text(self) -> str:
        """Who unlocked, for the status bar and the title: "Léa · staff" or "Owner"."""
        if self.registry.role == "staff":
            return self.tr("%1 · staff").replace("%1", self.registry.staff_name())
        return self.tr("Owner")

    def _apply_role(self) -> None:
        """Staff: the owner's actions stay in sight, disabled, saying who can use them."""
        only_owner = self.tr("Only the owner can do this.")
        self.action_settings.setEnabled(self.registry.can(permissions.MANAGE_SETTINGS))
        actions = [self.action_settings] + [
            action
            for action in self.menu_security.actions()
            if not action.isSeparator() and action is not self.action_staff
        ]
        for action in actions:
            if not action.isEnabled():
                action.setToolTip(only_owner)
                action.setStatusTip(only_owner)
        self.ui.menuFile.setToolTipsVisible(True)
        self.menu_security.setToolTipsVisible(True)

    def _update_count(self, recount: bool = False) -> None:
        """Show how many customers there are (counted again only after a change)."""
        if recount or self._total is None:
            self._total = self.registry.customers.count()
        total = self._total
        if self.model.search_text:
            shown = self.model.rowCount()
            more = "+" if self.model.canFetchMore() else ""
            text = self.tr("%1%2 found · %3 customers in all")
            text = text.replace("%1", str(shown)).replace("%2", more).replace("%3", str(total))
        elif total == 1:
            text = self.tr("1 customer")
        else:
            text = self.tr("%1 customers").replace("%1", QLocale().toString(total))
        self.count_label.setText(text)

    def _on_header_sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        """Only name and reference are ordered (in SQL): keep the arrow where the order is."""
        if not self.model.sortable(column):
            header = self.ui.customerTable.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column, self.model.sort_order)
            header.blockSignals(False)

    # -- search ------------------------------------------------------------------

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def _on_search_edit_text_changed(self, _text: str) -> None:
        self.search_timer.start()  # restarts: only the last keystroke searches

    def _on_search_edit_return_pressed(self) -> None:
        self.search_timer.stop()
        self._on_search_timer_timeout()
        if self.model.rowCount() > 0:
            self.ui.customerTable.setFocus()
            self.select_row(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the search box, Down goes to the list and Escape clears the search."""
        if watched is self.ui.searchEdit and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Down and self.model.rowCount() > 0:
                self.search_timer.stop()
                self._on_search_timer_timeout()
                self.ui.customerTable.setFocus()
                if not self.ui.customerTable.currentIndex().isValid():
                    self.select_row(0)
                return True
            if key == Qt.Key.Key_Escape and self.ui.searchEdit.text():
                self.ui.searchEdit.clear()
                return True
        return super().eventFilter(watched, event)

    def _on_search_timer_timeout(self) -> None:
        self.model.set_search(self.ui.searchEdit.text())
        self._update_count()
        if self._current_id is not None and self.model.row_of(self._current_id) is not None:
            self.select_customer(self._current_id)
        elif self._current_id is not None:
            self._show_customer(None)

    # -- selection -----------------------------------------------------------------

    def select_row(self, row: int) -> None:
        index = self.model.index(row, Column.NAME)
        self.ui.customerTable.setCurrentIndex(index)
        self.ui.customerTable.scrollTo(index)

    def select_customer(self, customer_id: int) -> bool:
        """Select a customer in the list, reading a few more windows if needed.

        Returns False (the detail pane still shows them) when the customer is further
        down a long list than SELECT_FETCH_LIMIT windows: never read the whole list.
        """
        row = self.model.row_of(customer_id)
        fetches = 0
        while row is None and self.model.canFetchMore() and fetches < SELECT_FETCH_LIMIT:
            self.model.fetchMore()
            fetches += 1
            row = self.model.row_of(customer_id)
        if row is None:
            self._show_customer(customer_id)
            return False
        self.select_row(row)
        if self._current_id != customer_id:
            self._show_customer(customer_id)
        return True

    def current_customer_id(self) -> int | None:
        return self._current_id

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        customer_id = self.model.customer_id(current.row()) if current.isValid() else None
        if customer_id != self._current_id:
            self._feedback = ""
        self._show_customer(customer_id)
        if customer_id is not None:
            self.customer_selected.emit(customer_id)

    # -- detail pane ---------------------------------------------------------------

    def _clear_detail(self) -> None:
        _delete_layout(self.ui.detailLayout)
        self.consent_cards = {}

    def _show_customer(self, customer_id: int | None) -> None:
        self._clear_detail()
        self._current_id = customer_id
        has_customer = customer_id is not None
        self.ui.actionEditCustomer.setEnabled(has_customer)
        self.ui.actionConsentView.setEnabled(has_customer)
        self.action_rights_request.setEnabled(has_customer)
        layout = self.ui.detailLayout
        if customer_id is None:
            hint = _muted(
                self.tr(
                    "Select a customer to see what is kept about them and why, "
                    "or add one with New customer (Ctrl+N)."
                )
            )
            hint.setObjectName("emptyHint")
            hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addStretch(1)
            layout.addWidget(hint)
            layout.addStretch(2)
            return
        try:
            record = self.registry.customers.get(customer_id)
        except RegistreError as exc:
            layout.addWidget(QLabel(exc.message(self.lang)))
            layout.addStretch(1)
            return
        self._build_detail(record)

    def _build_detail(self, record: CustomerRecord) -> None:
        layout = self.ui.detailLayout
        lang = self.lang
        title = _heading(record.display_name, 1.5)
        title.setObjectName("customerName")
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(title)
        rights_button = QPushButton(self.tr("Rights request…"))
        rights_button.setObjectName("rightsRequestButton")
        rights_button.setToolTip(self.action_rights_request.toolTip())
        rights_button.clicked.connect(lambda _checked=False: self.new_rights_request())
        layout.addWidget(rights_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(
            _muted(
                self.tr("Reference %1 · customer since %2")
                .replace("%1", record.reference)
                .replace("%2", format_day(record.created_at))
            )
        )
        if self._feedback:
            feedback = QLabel(self._feedback)
            feedback.setObjectName("feedbackLabel")
            feedback.setWordWrap(True)
            feedback.setFrameShape(QFrame.Shape.StyledPanel)
            feedback.setMargin(8)
            layout.addWidget(feedback)

        layout.addSpacing(8)
        layout.addWidget(_heading(self.tr("Information kept")))
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setColumnStretch(1, 1)
        for row, (code, value) in enumerate(record.fields.items()):
            name = QLabel(fields.spec(code).label(lang))
            shown = QLabel(fields.display(code, value, lang))
            shown.setObjectName(f"value_{code}")
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            when = _muted(
                self.tr("collected %1").replace("%1", format_day(record.collected_at.get(code, "")))
            )
            when.setObjectName(f"collected_{code}")
            when.setWordWrap(False)
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(shown, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(when, row, 2, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(grid)

        catalogue = self.registry.purposes.by_code()
        layout.addSpacing(8)
        layout.addWidget(_heading(self.tr("Why it is kept")))
        if not record.purposes:
            layout.addWidget(_muted(self.tr("Only by consent (below).")))
        for code in record.purposes:
            purpose = catalogue.get(code)
            if purpose is None:
                continue
            line = QLabel(
                f"<b>{html.escape(purpose.name(lang))}</b> — "
                f"{html.escape(pick(LEGAL_BASIS_LABELS[purpose.legal_basis], lang))}"
            )
            line.setObjectName(f"purpose_{code}")
            line.setWordWrap(True)
            layout.addWidget(line)
            layout.addWidget(_muted(self.tr("Kept %1").replace("%1", purpose.retention_text(lang))))

        layout.addSpacing(8)
        consent_header = QHBoxLayout()
        consent_header.addWidget(_heading(self.tr("Consents")), 1)
        channel_label = QLabel(self.tr("Channel for changes:"))
        self.channel_combo = QComboBox()
        self.channel_combo.setObjectName("channelCombo")
        self.channel_combo.setAccessibleName(self.tr("Channel for consent changes"))
        for channel in consent.CHANNELS:
            self.channel_combo.addItem(pick(consent.CHANNEL_LABELS[channel], lang), channel)
        self.channel_combo.setCurrentIndex(max(0, self.channel_combo.findData(self._channel)))
        self.channel_combo.currentIndexChanged.connect(self._on_channel_combo_current_index_changed)
        channel_label.setBuddy(self.channel_combo)
        consent_header.addWidget(channel_label)
        consent_header.addWidget(self.channel_combo)
        layout.addLayout(consent_header)

        history: dict[str, list[consent.ConsentEvent]] = {}
        for event in record.consent_history:
            history.setdefault(event.purpose_code, []).append(event)
        consent_purposes = [
            p for p in catalogue.values() if p.is_consent and (p.active or p.code in history)
        ]
        consent_purposes.sort(key=lambda p: (p.position, p.code))
        for purpose in consent_purposes:
            card = ConsentHistoryCard(purpose, record.consents.get(purpose.code))
            for event in history.get(purpose.code, []):
                card.add_event(event, lang)
            if not history.get(purpose.code):
                empty = _muted(self.tr("Never asked."))
                card.timeline.addWidget(empty)
            card.action_button.clicked.connect(
                lambda _checked=False, code=purpose.code: self._on_consent_button_clicked(code)
            )
            self.consent_cards[purpose.code] = card
            layout.addWidget(card)
        layout.addStretch(1)

    def channel(self) -> str:
        """The channel consent changes are recorded with (kept from one customer to the next)."""
        return self._channel

    def _on_channel_combo_current_index_changed(self, _index: int) -> None:
        self._channel = str(self.channel_combo.currentData() or "in_store")

    # -- consent ------------------------------------------------------------------

    def _on_consent_button_clicked(self, purpose_code: str) -> None:
        if self._current_id is None:
            return
        state = self.registry.customers.get(self._current_id).consents.get(purpose_code)
        if state == "granted":
            self.withdraw_consent(purpose_code)
        else:
            self.grant_consent(purpose_code)

    def withdraw_consent(self, purpose_code: str, channel: str | None = None) -> list[str] | None:
        """Record a withdrawal for the selected customer; returns the erased fields."""
        customer_id = self._current_id
        if customer_id is None:
            return None
        purpose = self.registry.purposes.get(purpose_code)
        record = self.registry.customers.get(customer_id)
        remaining = [
            p
            for p in self.registry.customers.active_purposes(customer_id)
            if p.code != purpose_code
        ]
        allowed = set().union(*(p.allowed_fields for p in remaining)) if remaining else set()
        to_erase = [code for code in record.fields if code not in allowed]
        question = self.tr("Record that %1 withdraws consent to “%2”?")
        question = question.replace("%1", record.display_name).replace(
            "%2", purpose.name(self.lang)
        )
        if to_erase:
            question += "\n\n" + self.tr("These details will be erased: %1.").replace(
                "%1", self._field_labels(to_erase)
            )
        if not dialogs.confirm(self, self.tr("Withdraw consent"), question, destructive=True):
            return None
        try:
            with self.registry.transaction():
                erased = self.registry.customers.withdraw_consent(
                    customer_id, purpose_code, channel or self.channel()
                )
        except RegistreError as exc:
            self._feedback = exc.message(self.lang)
        else:
            self._feedback = self.tr("Consent to “%1” withdrawn.").replace(
                "%1", purpose.name(self.lang)
            )
            if erased:
                self._feedback += " " + self.tr("Erased: %1.").replace(
                    "%1", self._field_labels(erased)
                )
            self.consent_changed.emit(customer_id, purpose_code, "withdrawn")
            self._after_change(customer_id)
            return erased
        self._show_customer(customer_id)
        return None

    def grant_consent(self, purpose_code: str, channel: str | None = None) -> bool:
        """Record the selected customer's consent to a purpose (the wording they were shown)."""
        customer_id = self._current_id
        if customer_id is None:
            return False
        purpose = self.registry.purposes.get(purpose_code)
        record = self.registry.customers.get(customer_id)
        missing = [code for code in purpose.required_fields if not record.fields.get(code)]
        if missing:
            # Say so before asking anything: the form (Edit) is where the detail is added.
            self._feedback = self.tr(
                "“%1” needs: %2. Add it with Edit, where the customer can consent too."
            )
            self._feedback = self._feedback.replace("%1", purpose.name(self.lang)).replace(
                "%2", self._field_labels(missing)
            )
            self._show_customer(customer_id)
            return False
        channel = channel or self.channel()
        question = (
            self.tr("Record that %1 agrees to this text, as read to or by them (%2)?")
            .replace("%1", record.display_name)
            .replace("%2", pick(consent.CHANNEL_LABELS[channel], self.lang))
            + "\n\n"
            + purpose.text(self.lang)
        )
        if not dialogs.confirm(self, self.tr("Record consent"), question):
            return False
        try:
            with self.registry.transaction():
                self.registry.customers.grant_consent(customer_id, purpose_code, channel)
        except RegistreError as exc:
            self._feedback = exc.message(self.lang)
            self._show_customer(customer_id)
            return False
        self._feedback = self.tr("Consent to “%1” recorded.").replace("%1", purpose.name(self.lang))
        self.consent_changed.emit(customer_id, purpose_code, "granted")
        self._after_change(customer_id)
        return True

    def _field_labels(self, codes: Sequence[str]) -> str:
        return ", ".join(fields.spec(code).label(self.lang) for code in codes)

    def _after_change(self, customer_id: int) -> None:
        """Re-read the list (a name or e-mail may have changed) and show the customer again."""
        feedback = self._feedback
        self.model.refresh()
        self._update_count(recount=True)
        self.select_customer(customer_id)
        self._feedback = feedback
        self._show_customer(customer_id)

    # -- actions -------------------------------------------------------------------

    def import_customers(self) -> ImportOutcome | None:
        """File > Import: check the whole file, then write it in batches behind a progress
        dialog (the registry is the worker's meanwhile: no search runs on this thread)."""
        from desktop_app.gui.importing import run_import  # late: only when importing

        self.search_timer.stop()
        outcome = run_import(self, self.registry, self.lang)
        if outcome is not None and outcome.written:
            self._total = (self._total or 0) + outcome.written  # no count(*) over 1M rows
            self.model.refresh()
            self._update_count()
        return outcome

    def open_settings(self) -> QWidget:
        """File > Settings…: business, purposes, unlock methods, language (window-modal)."""
        from desktop_app.gui.settings_dialog import SettingsDialog  # late: not needed at start

        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return self.settings_dialog
        dialog = SettingsDialog(self.registry, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.business_saved.connect(self._update_title)
        dialog.wording_saved.connect(lambda _code, _version: self._show_customer(self._current_id))
        dialog.finished.connect(self._on_settings_dialog_finished)
        dialog.backups_changed.connect(self.backups.refresh_status)
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def open_backup_settings(self) -> QWidget:
        """Settings > Backups (the backup status in the status bar was clicked)."""
        dialog = self.open_settings()
        show_page = getattr(dialog, "show_page", None)
        if show_page is not None:
            show_page("backups")
        return dialog

    def _on_settings_dialog_finished(self, _result: int) -> None:
        self.settings_dialog = None

    def open_settings_page(self, page: str) -> QWidget:
        """Settings, opened on one page ("security": where the owner's passphrase is set)."""
        dialog = self.open_settings()
        show_page = getattr(dialog, "show_page", None)
        if show_page is not None:
            show_page(page)
        return dialog

    def open_staff_dialog(self) -> StaffDialog:
        """Security > Staff…: the people (owner), or Change my PIN… (staff)."""
        from desktop_app.gui.staff_dialog import StaffDialog  # late: not needed at start

        if self.staff_dialog is not None:
            self.staff_dialog.raise_()
            self.staff_dialog.activateWindow()
            return self.staff_dialog
        dialog = StaffDialog(self.registry, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.settings_requested.connect(self.open_settings_page)
        dialog.destroyed.connect(self._on_staff_dialog_destroyed)
        self.staff_dialog = dialog
        dialog.open()
        return dialog

    def _on_staff_dialog_destroyed(self, _obj: object = None) -> None:
        self.staff_dialog = None

    def open_rights_desk(self) -> RightsDesk:
        """Requests > Request register… (Ctrl+R): every request with its due date."""
        from desktop_app.gui.rights_desk import RightsDesk  # late: not needed at start

        if self.rights_desk is not None:
            self.rights_desk.refresh()
            self.rights_desk.raise_()
            self.rights_desk.activateWindow()
            return self.rights_desk
        desk = RightsDesk(self.registry, parent=self)
        desk.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        desk.destroyed.connect(self._on_rights_desk_destroyed)
        self.rights_desk = desk
        desk.resize(1100, 600)
        desk.show()
        return desk

    def _on_rights_desk_destroyed(self, _obj: object = None) -> None:
        self.rights_desk = None

    def open_breach_register(self) -> BreachRegisterWindow | None:
        """Security > Breach register…: every breach with its 72-hour clock (owner only)."""
        from desktop_app.gui.breach_register import BreachRegisterWindow  # late

        if not self.registry.can(permissions.BREACHES):
            return None
        if self.breach_register is not None:
            self.breach_register.refresh()
            self.breach_register.raise_()
            self.breach_register.activateWindow()
            return self.breach_register
        window = BreachRegisterWindow(self.registry, parent=self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(self._on_breach_register_destroyed)
        self.breach_register = window
        window.resize(1100, 600)
        window.show()
        return window

    def _on_breach_register_destroyed(self, _obj: object = None) -> None:
        self.breach_register = None

    def check_audit_log(self) -> AuditCheckDialog | None:
        """Security > Check the audit log…: the chain verified in the background (owner only)."""
        from desktop_app.gui.audit_view import AuditCheckDialog  # late

        if not self.registry.can(permissions.AUDIT):
            return None
        if self.audit_check is not None:
            self.audit_check.raise_()
            self.audit_check.activateWindow()
            self.audit_check.check()
            return self.audit_check
        dialog = AuditCheckDialog(self.registry, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._on_audit_check_destroyed)
        self.audit_check = dialog
        dialog.show()
        dialog.check()
        return dialog

    def _on_audit_check_destroyed(self, _obj: object = None) -> None:
        self.audit_check = None

    def new_rights_request(self, request_type: str = "access") -> RequestDialog | None:
        """Rights request… for the selected customer (window-modal, not blocking)."""
        from desktop_app.gui.request_dialog import RequestDialog  # late: not needed at start

        if self._current_id is None:
            return None
        dialog = RequestDialog(self.registry, self._current_id, request_type, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.request_done.connect(self._on_request_dialog_request_done)
        dialog.destroyed.connect(self._on_request_dialog_destroyed)
        self.request_dialog = dialog
        dialog.open()
        return dialog

    def _on_request_dialog_destroyed(self, _obj: object = None) -> None:
        self.request_dialog = None

    def _on_request_dialog_request_done(self, customer_id: int, kind: str, _request: int) -> None:
        if self.rights_desk is not None:
            self.rights_desk.refresh()
        if not self.registry.customers.exists(customer_id):  # erased whole
            self._feedback = ""
            self.model.refresh()
            self._update_count(recount=True)
            self._show_customer(None)
            return
        self._feedback = ""
        self._after_change(customer_id)

    def new_customer(self) -> CustomerForm:
        """Open the new customer form (window-modal, not blocking)."""
        form = CustomerForm(self.registry, parent=self)
        self._open_form(form)
        return form

    def edit_customer(self) -> CustomerForm | None:
        if self._current_id is None:
            return None
        form = CustomerForm(self.registry, customer_id=self._current_id, parent=self)
        self._open_form(form)
        return form

    def _open_form(self, form: CustomerForm) -> None:
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.customer_saved.connect(self._on_customer_form_customer_saved)
        self.customer_form = form
        form.open()

    def take_form_for_lock(self) -> FormSnapshot | None:
        """Before a lock: the open customer form's values (memory only); hide every dialog."""
        form = self.customer_form
        snapshot = None
        if form is not None and shiboken6.isValid(form) and form.isVisible():
            snapshot = form.snapshot()
        for dialog in self.findChildren(QDialog):
            dialog.hide()
        return snapshot

    def restore_form(self, snapshot: FormSnapshot) -> CustomerForm | None:
        """After an unlock: a fresh customer form with the values kept during the lock."""
        try:
            form = CustomerForm(self.registry, customer_id=snapshot.customer_id, parent=self)
        except RegistreError:  # the customer is gone: nothing to give back
            return None
        form.restore(snapshot)
        self._open_form(form)
        return form

    def _on_customer_form_customer_saved(self, customer_id: int) -> None:
        form = self.sender()
        erased = list(getattr(form, "erased", []))
        self._feedback = (
            self.tr("Saved. Erased because no purpose needs them any more: %1.").replace(
                "%1", self._field_labels(erased)
            )
            if erased
            else ""
        )
        self.ui.searchEdit.blockSignals(True)
        self.ui.searchEdit.clear()
        self.ui.searchEdit.blockSignals(False)
        self.model.set_search("")
        self._after_change(customer_id)

    def show_consent_view(self) -> ConsentView | None:
        """Turn the screen toward the customer: they tick what they agree to themselves."""
        customer_id = self._current_id
        if customer_id is None:
            return None
        record = self.registry.customers.get(customer_id)
        # Offer what the customer has not agreed to yet and can agree to now: a purpose
        # needing a detail the file lacks (a birthday) is asked through Edit, with the detail.
        offered = [
            p
            for p in self.registry.purposes.all()
            if p.is_consent
            and record.consents.get(p.code) != "granted"
            and all(record.fields.get(code) for code in p.required_fields)
        ]
        view = ConsentView(offered, customer_name=record.display_name, parent=None)
        view.consents_confirmed.connect(self._on_consent_view_consents_confirmed)
        view.cancelled.connect(self._close_consent_view)
        self.consent_view = view
        present_consent_view(view, self)
        return view

    def show_consent_view_in_window(self, view: ConsentView) -> None:
        """Used by present_consent_view when there is no second screen."""
        self._set_counter_chrome(False)
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        view.setFocus()

    def _close_consent_view(self) -> None:
        view = self.consent_view
        self.consent_view = None
        if view is None:
            return
        if self.stack.indexOf(view) >= 0:
            self.stack.setCurrentIndex(0)
            self.stack.removeWidget(view)
        view.close()
        view.deleteLater()
        self._set_counter_chrome(True)

    def _set_counter_chrome(self, shown: bool) -> None:
        """Hide the shop's menus and toolbar while the screen faces the customer."""
        for widget in (self.menuBar(), self.ui.mainToolBar, self.statusBar()):
            widget.setVisible(shown)
            widget.setEnabled(shown)

    def _on_consent_view_consents_confirmed(self, codes: list[str]) -> None:
        customer_id = self._current_id
        view = self.consent_view
        if customer_id is None or view is None:
            return
        try:
            with self.registry.transaction():
                for code in codes:
                    self.registry.customers.grant_consent(customer_id, code, "in_store")
        except RegistreError as exc:
            view.show_error(exc.message(self.lang))
            return
        names = [self.registry.purposes.get(code).name(self.lang) for code in codes]
        if names:
            self._feedback = self.tr("The customer agreed to: %1.").replace("%1", ", ".join(names))
        else:
            self._feedback = self.tr("The customer agreed to nothing; nothing was recorded.")
        self._close_consent_view()
        for code in codes:
            self.consent_changed.emit(customer_id, code, "granted")
        self._after_change(customer_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.search_timer.stop()
        self.backups.before_close()  # when quitting, with "back up on closing" on
        if self.consent_view is not None:
            self._close_consent_view()
        super().closeEvent(event)


def _delete_layout(layout: QLayout) -> None:
    """Empty a layout, deleting its widgets and nested layouts."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif inner is not None:
            _delete_layout(inner)
