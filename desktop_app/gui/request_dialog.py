"""Record a customer's rights request and answer it, from the customer's file.

The request (type, received date, channel, how identity was checked) is recorded and
answered in one transaction, so that nothing is half-done: when the answer fails (a
file that cannot be written, a restricted customer), the request is not recorded
either and the core's message shows in this dialog.

* access (Art. 15): the statement and its PDF are built in a background task, then
  shown in the PDF preview (Print, Save as…, Save JSON…);
* portability (Art. 20): a JSON file, saved where the user says;
* rectification (Art. 16): the corrected fields, then the recipients to inform (Art. 19)
  as a checklist;
* erasure (Art. 17): after a confirmation that says what is erased and what is kept,
  the erasure certificate in the preview;
* restriction (Art. 18): with its reason; objection (Art. 21): after a confirmation.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import consent, fields, permissions
from desktop_app.core.customers import CustomerRecord
from desktop_app.core.errors import RegistreError
from desktop_app.core.files import write_private_atomic
from desktop_app.core.i18n import pick
from desktop_app.core.registry import Registry
from desktop_app.core.requests import IDENTITY_CHECK_LABELS, IDENTITY_CHECKS, TYPE_LABELS, TYPES
from desktop_app.core.requests import Request as RightsRequest
from desktop_app.gui import dialogs, tasks
from desktop_app.gui.customer_form import _editable, style_as_error
from desktop_app.gui.customer_model import ui_language
from desktop_app.gui.forms.ui_request_dialog import Ui_RequestDialog
from desktop_app.gui.pdf_preview import PdfPreview, private_pdf_path, remove_private_folder
from desktop_app.gui.rights_desk import format_date, to_date, to_qdate

T = TypeVar("T")

LETTER_LANGUAGES = {"fr": "Français", "en": "English"}
# Answers only the owner may give (a copy of the data, an erasure): staff record them.
OWNER_ONLY_ANSWERS = {
    "access": permissions.EXPORT,
    "portability": permissions.EXPORT,
    "erasure": permissions.ERASE,
}


def _write(path: Path, write: Callable[[], None]) -> None:
    """Run a file write, turning an OSError into the core's user-facing message."""
    try:
        write()
    except OSError as exc:
        raise RegistreError("file_unwritable", path=str(path), reason=exc.strerror) from None


class RequestDialog(QDialog):
    """Rights request… (customer pane): record one request of this customer and answer it."""

    request_done = Signal(int, str, int)  # customer id, request type, request id

    def __init__(
        self,
        registry: Registry,
        customer_id: int,
        request_type: str = "access",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.registry = registry
        self.customer_id = customer_id
        self.lang = ui_language()
        self.ui = Ui_RequestDialog()
        self.ui.setupUi(self)
        self.record: CustomerRecord = registry.customers.get(customer_id)
        self.request: RightsRequest | None = None
        self.preview: PdfPreview | None = None
        self.statement: dict[str, Any] | None = None
        self.json_path: Path | None = None
        self.recipients: list[dict[str, str]] = []
        self.withdrawn: list[str] = []
        self.answered = False

        self.ui.customerLabel.setText(
            f"<b>{html.escape(self.record.display_name)}</b> · "
            + html.escape(self.tr("reference %1").replace("%1", self.record.reference))
        )
        self.ui.customerLabel.setTextFormat(Qt.TextFormat.RichText)
        for code in TYPES:
            self.ui.typeCombo.addItem(pick(TYPE_LABELS[code], self.lang), code)
        for channel in consent.CHANNELS:
            self.ui.channelCombo.addItem(pick(consent.CHANNEL_LABELS[channel], self.lang), channel)
        for check in IDENTITY_CHECKS:
            self.ui.identityCombo.addItem(pick(IDENTITY_CHECK_LABELS[check], self.lang), check)
        for code, name in LETTER_LANGUAGES.items():
            self.ui.languageCombo.addItem(name, code)
        self.ui.languageCombo.setCurrentIndex(self.ui.languageCombo.findData(self.lang))
        self.ui.identityCombo.setCurrentIndex(self.ui.identityCombo.findData("id_card_seen"))
        today = registry.requests.today()
        self.ui.receivedEdit.setDisplayFormat("dd/MM/yyyy")
        self.ui.receivedEdit.setMaximumDate(to_qdate(today))
        self.ui.receivedEdit.setDate(to_qdate(today))
        self.ui.errorLabel.hide()
        style_as_error(self.ui.errorLabel)

        self.pages: dict[str, QWidget] = {}
        self.field_edits: dict[str, QLineEdit] = {}
        self.restriction_reason = QPlainTextEdit()
        self.restriction_reason.setObjectName("restrictionReasonEdit")
        self.restriction_reason.setTabChangesFocus(True)
        self.restriction_reason.setFixedHeight(70)
        self._build_pages()
        self.result_label = QLabel()
        self.result_label.setObjectName("resultLabel")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recipient_list = QListWidget()
        self.recipient_list.setObjectName("recipientList")
        self.recipient_list.setAccessibleName(self.tr("Recipients to inform"))
        result = QWidget()
        result.setObjectName("resultPage")
        result_layout = QVBoxLayout(result)
        result_layout.setContentsMargins(0, 0, 0, 0)
        result_layout.addWidget(self.result_label)
        result_layout.addWidget(self.recipient_list)
        result_layout.addStretch(1)
        self.ui.typePages.addWidget(result)
        self.result_page = result

        self.run_button = QPushButton(self.tr("Record and &answer"))
        self.run_button.setObjectName("runButton")
        self.run_button.setDefault(True)
        self.ui.buttonBox.addButton(self.run_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.run_button.clicked.connect(self._on_run_button_clicked)
        self.ui.buttonBox.rejected.connect(self.reject)
        # Staff record any request; handing data out or erasing stays the owner's.
        self.owner_note = QLabel(
            self.tr(
                "Only the owner can answer this request: "
                "it stays in the register with its due date."
            )
        )
        self.owner_note.setObjectName("ownerNoteLabel")
        self.owner_note.setWordWrap(True)
        self.ui.dialogLayout.insertWidget(
            self.ui.dialogLayout.indexOf(self.ui.buttonBox), self.owner_note
        )
        self.record_button = QPushButton(self.tr("Record the &request"))
        self.record_button.setObjectName("recordButton")
        self.ui.buttonBox.addButton(self.record_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.record_button.clicked.connect(lambda: self.record_only())

        self.ui.typeCombo.currentIndexChanged.connect(self._on_type_combo_current_index_changed)
        self.ui.receivedEdit.dateChanged.connect(lambda _d: self._update_due())
        self.ui.typeCombo.setCurrentIndex(max(0, self.ui.typeCombo.findData(request_type)))
        self._on_type_combo_current_index_changed(self.ui.typeCombo.currentIndex())
        self._update_due()
        self.setMinimumWidth(680)

    # -- pages -------------------------------------------------------------------

    def _page(self, code: str, text: str) -> QVBoxLayout:
        page = QWidget()
        page.setObjectName(f"page_{code}")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        label = QLabel(text)
        label.setObjectName(f"explain_{code}")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(label)
        self.pages[code] = page
        self.ui.typePages.addWidget(page)
        return layout

    def _build_pages(self) -> None:
        lang = self.lang
        record = self.record
        self._page(
            "access",
            self.tr(
                "Prepares the customer's copy: a PDF stating everything kept about them, "
                "why, for how long and who receives it (Art. 15), with the consent history "
                "and their rights. You can print it, save it, and save the same data as a "
                "JSON file."
            ),
        ).addStretch(1)

        layout = self._page(
            "rectification",
            self.tr(
                "Correct or complete the details below. The change is logged, and the "
                "recipients of the customer's data who must be told (Art. 19) are listed "
                "afterwards."
            ),
        )
        grid = QGridLayout()
        allowed: set[str] = set()
        for purpose in self.registry.customers.active_purposes(self.customer_id):
            allowed |= purpose.allowed_fields
        codes = [c for c in fields.FIELDS if c in record.fields or c in allowed]
        for row, code in enumerate(codes):
            label = QLabel(fields.spec(code).label(lang))
            edit = QLineEdit(_editable(code, record.fields.get(code, ""), lang))
            edit.setObjectName(f"field_{code}")
            label.setBuddy(edit)
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1)
            self.field_edits[code] = edit
        layout.addLayout(grid)
        layout.addStretch(1)

        erased, kept = self.erasure_preview()
        text = self.tr("Erases: %1.").replace("%1", html.escape(self._labels(erased) or "—"))
        if kept:
            text += "<br>" + self.tr(
                "Keeps, for a legal obligation (invoices: 10 years), only: %1. "
                "The customer stays in the list, restricted to storage."
            ).replace("%1", html.escape(self._labels(kept)))
        else:
            text += "<br>" + self.tr("Nothing is kept: the customer leaves the list.")
        text += "<br>" + self.tr(
            "An erasure certificate is prepared for the customer. This cannot be undone."
        )
        self._page("erasure", text).addStretch(1)

        layout = self._page(
            "restriction",
            self.tr(
                "From now on the customer's data is only stored: no edits, no consent, "
                "no mailing or marketing use, until the restriction is lifted (Art. 18). "
                "Reason (e.g. accuracy contested, pending verification):"
            ),
        )
        layout.addWidget(self.restriction_reason)
        layout.addStretch(1)

        catalogue = self.registry.purposes.by_code()
        marketing = [
            catalogue[code].name(lang)
            for code, state in sorted(record.consents.items())
            if state == "granted" and code in catalogue and catalogue[code].is_marketing
        ]
        text = self.tr(
            "The customer objects to direct marketing (Art. 21): every marketing consent "
            "is withdrawn and none can be recorded again."
        )
        text += "<br>" + self.tr("Withdrawn now: %1.").replace(
            "%1", html.escape(", ".join(marketing) or self.tr("none"))
        )
        self._page("objection", text).addStretch(1)

        self._page(
            "portability",
            self.tr(
                "Saves the data the customer gave you, for the purposes based on their "
                "consent or on a contract, as a JSON file they can take to another "
                "business (Art. 20)."
            ),
        ).addStretch(1)

    def erasure_preview(self) -> tuple[list[str], list[str]]:
        """The field codes an erasure would remove and keep (what ``erasure.erase`` does)."""
        legal = [
            p
            for p in self.registry.customers.active_purposes(self.customer_id)
            if p.legal_basis == "legal_obligation"
        ]
        keep = set().union(*(p.allowed_fields for p in legal)) if legal else set()
        kept = [c for c in self.record.fields if c in keep]
        erased = [c for c in self.record.fields if c not in keep]
        return erased, kept

    def _labels(self, codes: list[str]) -> str:
        return ", ".join(fields.spec(code).label(self.lang) for code in codes)

    # -- state -------------------------------------------------------------------------

    def request_type(self) -> str:
        return str(self.ui.typeCombo.currentData())

    def set_type(self, code: str) -> None:
        self.ui.typeCombo.setCurrentIndex(self.ui.typeCombo.findData(code))

    def set_received(self, day: date) -> None:
        self.ui.receivedEdit.setDate(to_qdate(day))

    def received(self) -> date:
        return to_date(self.ui.receivedEdit.date())

    def error(self) -> str:
        return self.ui.errorLabel.text() if self.ui.errorLabel.isVisible() else ""

    def _show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))

    def _on_type_combo_current_index_changed(self, _index: int) -> None:
        if self.answered:
            return
        page = self.pages.get(self.request_type())
        if page is not None:
            self.ui.typePages.setCurrentWidget(page)
        self._show_error("")
        texts = {
            "access": self.tr("Record and prepare the &PDF"),
            "rectification": self.tr("Record and &correct"),
            "erasure": self.tr("Record and &erase…"),
            "restriction": self.tr("Record and re&strict"),
            "objection": self.tr("Record the &objection…"),
            "portability": self.tr("Record and save the &JSON…"),
        }
        self.run_button.setText(texts[self.request_type()])
        owner_only = OWNER_ONLY_ANSWERS.get(self.request_type())
        blocked = owner_only is not None and not self.registry.can(owner_only)
        self.run_button.setEnabled(not blocked)
        self.run_button.setToolTip(self.tr("Only the owner can do this.") if blocked else "")
        self.owner_note.setVisible(blocked)
        self.record_button.setVisible(blocked)
        self.record_button.setDefault(blocked)
        self.run_button.setDefault(not blocked)

    def _update_due(self) -> None:
        due = self.registry.requests.due_date(self.received())
        self.ui.dueLabel.setText(
            self.tr(
                "To be answered by %1 (one month; the next working day if that is not one)."
            ).replace("%1", format_date(due))
        )

    # -- answering ---------------------------------------------------------------------

    def _on_run_button_clicked(self) -> None:
        self.answer()

    def answer(self) -> bool:
        """Record the request and answer it; False (error shown, nothing recorded) otherwise."""
        if self.answered:
            return False
        self._show_error("")
        kind = self.request_type()
        handlers: dict[str, Callable[[], bool]] = {
            "access": self._answer_access,
            "rectification": self._answer_rectification,
            "erasure": self._answer_erasure,
            "restriction": self._answer_restriction,
            "objection": self._answer_objection,
            "portability": self._answer_portability,
        }
        try:
            done = handlers[kind]()
        except RegistreError as exc:
            self._show_error(exc.message(self.lang))
            return False
        if not done:
            return False
        self._finish(kind)
        return True

    def record_only(self) -> bool:
        """Staff: record the request, unanswered; the owner answers it by its due date."""
        if self.answered:
            return False
        self._show_error("")
        kind = self.request_type()
        try:
            request = self._open_request(kind)
        except RegistreError as exc:
            self._show_error(exc.message(self.lang))
            return False
        self.request = request
        head = self.tr("Request %1 recorded.").replace("%1", request.reference)
        due = self.tr("The owner answers it by %1.").replace("%1", format_date(request.due_on))
        self.result_label.setText(f"<b>{html.escape(head)}</b><br>{html.escape(due)}")
        self.recipient_list.hide()
        self.owner_note.hide()
        self._finish(kind)
        return True

    def _finish(self, kind: str) -> None:
        """Answered (or recorded): the form freezes, the result shows, Close remains."""
        self.answered = True
        assert self.request is not None
        for widget in (
            self.ui.typeCombo,
            self.ui.receivedEdit,
            self.ui.channelCombo,
            self.ui.identityCombo,
            self.ui.languageCombo,
        ):
            widget.setEnabled(False)
        self.run_button.hide()
        self.ui.dueLabel.hide()  # answered today: the result says so
        self.ui.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.ui.typePages.setCurrentWidget(self.result_page)
        self.record_button.hide()
        self.request_done.emit(self.customer_id, kind, self.request.id)

    def _opener(self, kind: str) -> Callable[[], RightsRequest]:
        """Records the request when called (on any thread: the widgets are read now)."""
        registry, customer_id, received = self.registry, self.customer_id, self.received()
        channel = str(self.ui.channelCombo.currentData())
        identity_check = str(self.ui.identityCombo.currentData())
        return lambda: registry.requests.open(
            customer_id,
            kind,
            received_on=received,
            channel=channel,
            identity_check=identity_check,
        )

    def _open_request(self, kind: str) -> RightsRequest:
        return self._opener(kind)()

    def _letter_language(self) -> str:
        return str(self.ui.languageCombo.currentData())

    def _done_text(self, request: RightsRequest, text: str) -> str:
        head = self.tr("Request %1 recorded and answered today.").replace("%1", request.reference)
        return f"<b>{html.escape(head)}</b><br>{text}"

    def _in_task(self, title: str, work: Callable[[tasks.TaskContext], T], pdf: Path) -> T | None:
        """Run ``work`` off the GUI thread; the temporary PDF goes if anything fails."""
        try:
            result = tasks.run_task(self, title, work, cancellable=False)
        except BaseException:
            remove_private_folder(pdf)
            raise
        if result is None:
            remove_private_folder(pdf)
        return result

    def _answer_access(self) -> bool:
        from desktop_app.core.rights.access_pdf import write_access_pdf
        from desktop_app.core.rights.statement import access_statement

        registry, lang, customer_id = self.registry, self._letter_language(), self.customer_id
        open_request = self._opener("access")
        pdf = private_pdf_path("access.pdf")

        def work(_ctx: tasks.TaskContext) -> tuple[RightsRequest, dict[str, Any]]:
            with registry.transaction():
                request = open_request()
                done = registry.requests.complete(request.id)
                statement = access_statement(registry, customer_id, done.as_dict())
                _write(pdf, lambda: write_access_pdf(pdf, statement, lang))
            return done, statement

        result = self._in_task(self.tr("Preparing the access statement"), work, pdf)
        if result is None:
            return False
        self.request, self.statement = result
        self.result_label.setText(
            self._done_text(
                self.request,
                html.escape(self.tr("The statement is shown in the preview: print it or save it.")),
            )
        )
        self.recipient_list.hide()
        self._open_preview(
            pdf, self.tr("Access statement %1").replace("%1", self.request.reference), "acces"
        )
        return True

    def _answer_erasure(self) -> bool:
        from desktop_app.core import erasure
        from desktop_app.core.rights.erasure_pdf import write_erasure_certificate

        erased, kept = self.erasure_preview()
        question = self.tr("Erase the data of %1?").replace("%1", self.record.display_name)
        question += "\n\n" + self.tr("Erased: %1.").replace("%1", self._labels(erased) or "—")
        if kept:
            question += "\n" + self.tr(
                "Kept for a legal obligation (invoices, 10 years): %1."
            ).replace("%1", self._labels(kept))
        question += "\n\n" + self.tr("This cannot be undone.")
        if not dialogs.confirm(self, self.tr("Erase the customer"), question, destructive=True):
            return False
        registry, lang, customer_id = self.registry, self._letter_language(), self.customer_id
        open_request = self._opener("erasure")
        pdf = private_pdf_path("erasure.pdf")

        def work(_ctx: tasks.TaskContext) -> tuple[RightsRequest, dict[str, Any]]:
            with registry.transaction():
                request = open_request()
                certificate = erasure.erase(registry, customer_id, request.id)
                _write(pdf, lambda: write_erasure_certificate(pdf, certificate, lang))
                done = registry.requests.get(request.id)
            erasure.save_tombstones(registry)
            return done, certificate

        result = self._in_task(self.tr("Erasing"), work, pdf)
        if result is None:
            return False
        self.request, certificate = result
        text = html.escape(
            self.tr("Erased: %1.").replace(
                "%1", self._labels([e["field"] for e in certificate["erased"]]) or "—"
            )
        )
        if certificate["kept"]:
            text += "<br>" + html.escape(
                self.tr("Kept for a legal obligation: %1.").replace(
                    "%1", self._labels([k["field"] for k in certificate["kept"]])
                )
            )
        self.result_label.setText(self._done_text(self.request, text))
        self._show_recipients(certificate["recipients_to_inform"])
        self._open_preview(
            pdf,
            self.tr("Erasure certificate %1").replace("%1", self.request.reference),
            "effacement",
        )
        return True

    def _answer_rectification(self) -> bool:
        from desktop_app.core import subject_rights

        changes: dict[str, str | None] = {}
        for code, edit in self.field_edits.items():
            before = _editable(code, self.record.fields.get(code, ""), self.lang)
            if edit.text().strip() != before.strip():
                changes[code] = edit.text().strip() or None
        if not changes:
            self._show_error(self.tr("Change at least one detail first."))
            return False
        with self.registry.transaction():
            request = self._open_request("rectification")
            recipients = subject_rights.rectify(
                self.registry, self.customer_id, changes, request.id
            )
            self.request = self.registry.requests.get(request.id)
        self.result_label.setText(
            self._done_text(
                self.request,
                html.escape(self.tr("Corrected: %1.").replace("%1", self._labels(list(changes)))),
            )
        )
        self._show_recipients(recipients)
        return True

    def _answer_restriction(self) -> bool:
        from desktop_app.core import subject_rights

        with self.registry.transaction():
            request = self._open_request("restriction")
            subject_rights.restrict(
                self.registry, self.customer_id, self.restriction_reason.toPlainText(), request.id
            )
            self.request = self.registry.requests.get(request.id)
        self.result_label.setText(
            self._done_text(
                self.request,
                html.escape(
                    self.tr(
                        "The customer's data is now only stored: it cannot be edited, no "
                        "consent can be recorded and it is left out of every mailing."
                    )
                ),
            )
        )
        self._show_recipients(subject_rights.recipients_of(self.registry, self.customer_id))
        return True

    def _answer_objection(self) -> bool:
        from desktop_app.core import subject_rights

        question = self.tr(
            "Record that %1 objects to direct marketing? Every marketing consent is "
            "withdrawn, for good."
        ).replace("%1", self.record.display_name)
        if not dialogs.confirm(self, self.tr("Objection to marketing"), question):
            return False
        with self.registry.transaction():
            request = self._open_request("objection")
            left = subject_rights.object_to_marketing(self.registry, self.customer_id, request.id)
            self.request = self.registry.requests.get(request.id)
        self.withdrawn = left
        catalogue = self.registry.purposes.by_code()
        names = [catalogue[c].name(self.lang) for c in left if c in catalogue]
        self.result_label.setText(
            self._done_text(
                self.request,
                html.escape(
                    self.tr("No more marketing for this customer. Withdrawn: %1.").replace(
                        "%1", ", ".join(names) or self.tr("none")
                    )
                ),
            )
        )
        self.recipient_list.hide()
        return True

    def _answer_portability(self) -> bool:
        from desktop_app.core import subject_rights

        suggested = Path.home() / f"{self.record.reference}-portabilite.json"
        path = dialogs.ask_save_path(
            self, self.tr("Save the portable data"), suggested, "JSON (*.json)"
        )
        if path is None:
            return False
        import json

        with self.registry.transaction():
            request = self._open_request("portability")
            export = subject_rights.portability_export(self.registry, self.customer_id, request.id)
            data = (json.dumps(export, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
            _write(path, lambda: write_private_atomic(path, data))
            self.request = self.registry.requests.get(request.id)
        self.json_path = path
        self.result_label.setText(
            self._done_text(
                self.request, html.escape(self.tr("Saved to %1").replace("%1", str(path)))
            )
        )
        self.recipient_list.hide()
        return True

    def _show_recipients(self, recipients: list[dict[str, str]]) -> None:
        """The recipients to tell about the change (Art. 19), each to tick once told."""
        self.recipients = recipients
        self.recipient_list.clear()
        if not recipients:
            item = QListWidgetItem(self.tr("No recipient to inform."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recipient_list.addItem(item)
            return
        heading = QListWidgetItem(self.tr("Inform these recipients (Art. 19), then tick them:"))
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.recipient_list.addItem(heading)
        for recipient in recipients:
            item = QListWidgetItem(pick(recipient, self.lang))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.recipient_list.addItem(item)

    def recipient_texts(self) -> list[str]:
        return [
            self.recipient_list.item(i).text()
            for i in range(self.recipient_list.count())
            if self.recipient_list.item(i).flags() & Qt.ItemFlag.ItemIsUserCheckable
        ]

    # -- preview ---------------------------------------------------------------------

    def _open_preview(self, pdf: Path, title: str, kind: str) -> None:
        assert self.request is not None
        preview = PdfPreview(
            pdf,
            title,
            suggested_name=f"{self.request.reference}-{kind}.pdf",
            parent=self,
        )
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.statement is not None:
            preview.add_button(self.tr("Save &JSON…"), self.save_json, "saveJsonButton")
        preview.destroyed.connect(self._on_preview_destroyed)
        self.preview = preview
        preview.resize(900, 720)
        preview.open()

    def _on_preview_destroyed(self, _obj: object = None) -> None:
        self.preview = None

    def save_json(self) -> Path | None:
        """Save the access statement's machine-readable copy (JSON) where the user says."""
        from desktop_app.core.rights.statement import statement_json

        if self.statement is None or self.request is None:
            return None
        suggested = Path.home() / f"{self.request.reference}-acces.json"
        path = dialogs.ask_save_path(
            self, self.tr("Save the JSON copy"), suggested, "JSON (*.json)"
        )
        if path is None:
            return None
        data = statement_json(self.statement)
        try:
            _write(path, lambda: write_private_atomic(path, data))
        except RegistreError as exc:
            if self.preview is not None:
                self.preview.show_message(exc.message(self.lang))
            else:
                self._show_error(exc.message(self.lang))
            return None
        if self.preview is not None:
            self.preview.show_message(self.tr("Saved to %1").replace("%1", str(path)), error=False)
        return path
