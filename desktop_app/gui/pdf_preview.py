"""An in-app preview of a PDF the shop hands to a customer, with Print and Save as….

The PDF is written first to a private temporary file (``private_pdf_path``: mode 0600
in a folder of its own, 0700) and the preview removes that folder when it closes, so
no copy of a customer's data stays behind in the temp folder::

    path = private_pdf_path("access-R-2026-0001.pdf")
    write_access_pdf(path, statement, "fr")
    preview = PdfPreview(path, self.tr("Access statement"), parent=self)
    preview.open()

Printing renders each page with ``QPdfDocument.render`` onto a ``QPrinter`` chosen in
the print dialog (``dialogs.ask_print``); saving copies the file atomically, 0600
(``core.files.write_private_atomic``).
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QCloseEvent, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from desktop_app.core.errors import RegistreError
from desktop_app.core.files import write_private_atomic
from desktop_app.gui import dialogs
from desktop_app.gui.customer_form import style_as_error
from desktop_app.gui.customer_model import ui_language
from desktop_app.gui.forms.ui_pdf_preview import Ui_PdfPreview

PRINT_DPI = 300  # pages are rendered at most this fine for the printer
ZOOM_STEP = 1.25
TEMP_PREFIX = "registre-preview-"


def private_pdf_path(name: str) -> Path:
    """A path for a PDF in a new private temporary folder (0700); the file is made 0600."""
    folder = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX))
    folder.chmod(0o700)
    path = folder / Path(name).name
    path.touch(mode=0o600)
    path.chmod(0o600)
    return path


def remove_private_folder(path: Path) -> None:
    """Remove the temporary folder ``private_pdf_path`` made for ``path``."""
    folder = path.parent
    if folder.name.startswith(TEMP_PREFIX):
        shutil.rmtree(folder, ignore_errors=True)


class PdfPreview(QDialog):
    """A PDF on screen (every page, fit to width), with Print… and Save as…."""

    def __init__(
        self,
        pdf_path: Path,
        title: str,
        *,
        suggested_name: str | None = None,
        remove_when_closed: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PdfPreview()
        self.ui.setupUi(self)
        self.lang = ui_language()
        self.pdf_path = Path(pdf_path)
        self.suggested_name = suggested_name or self.pdf_path.name
        self._remove_when_closed = remove_when_closed
        self._cleaned = False
        self.setWindowTitle(title)
        self.ui.titleLabel.setText(f"<b>{_escape(title)}</b>")
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName(title)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.ui.viewLayout.addWidget(self.view)
        self.ui.dialogLayout.setStretchFactor(self.ui.viewLayout, 1)
        self.ui.messageLabel.hide()
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter does not print or zoom by surprise
        self.ui.pageLabel.setContentsMargins(12, 0, 0, 0)
        self.ui.printButton.clicked.connect(self._on_print_button_clicked)
        self.ui.saveButton.clicked.connect(self._on_save_button_clicked)
        self.ui.closeButton.clicked.connect(self.close)
        self.ui.zoomInButton.clicked.connect(lambda: self._zoom(ZOOM_STEP))
        self.ui.zoomOutButton.clicked.connect(lambda: self._zoom(1 / ZOOM_STEP))
        self.ui.fitWidthButton.toggled.connect(self._on_fit_width_button_toggled)
        self.view.pageNavigator().currentPageChanged.connect(self._update_page_label)
        self.finished.connect(lambda _result: self._clean_up())
        error = self.document.load(str(self.pdf_path))
        if error != QPdfDocument.Error.None_:
            self.show_message(self.tr("This PDF cannot be shown (%1).").replace("%1", error.name))
            self.ui.printButton.setEnabled(False)
        self._update_page_label()

    # -- state -------------------------------------------------------------------

    def page_count(self) -> int:
        return int(self.document.pageCount())

    def _update_page_label(self, _page: int = 0) -> None:
        count = self.page_count()
        current = self.view.pageNavigator().currentPage() + 1 if count else 0
        text = self.tr("Page %1 of %2").replace("%1", str(current)).replace("%2", str(count))
        self.ui.pageLabel.setText(text)

    def add_button(self, text: str, slot: Callable[[], object], name: str) -> QPushButton:
        """An extra action beside Save as… (e.g. "Save JSON…")."""
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        self.ui.buttonLayout.insertWidget(2, button)
        return button

    def show_message(self, text: str, error: bool = True) -> None:
        label = self.ui.messageLabel
        label.setText(text)
        if error:
            style_as_error(label)
        else:
            label.setPalette(self.palette())
            label.setFont(self.font())
        label.setVisible(bool(text))

    def message(self) -> str:
        return self.ui.messageLabel.text() if self.ui.messageLabel.isVisible() else ""

    # -- zoom ----------------------------------------------------------------------

    def _on_fit_width_button_toggled(self, checked: bool) -> None:
        if checked:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)

    def _zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            # The fitted zoom as a factor: the page width against the viewport.
            size = self.document.pagePointSize(0)
            width = size.width() * self.logicalDpiX() / 72 if size.width() else 1
            current = max(0.1, self.view.viewport().width() / width)
        self.ui.fitWidthButton.blockSignals(True)
        self.ui.fitWidthButton.setChecked(False)
        self.ui.fitWidthButton.blockSignals(False)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(8.0, max(0.1, current * factor)))

    # -- print, save -------------------------------------------------------------------

    def _on_print_button_clicked(self) -> None:
        self.print_document()

    def print_document(self, printer: QPrinter | None = None) -> bool:
        """Ask for a printer, then print every page; False when cancelled or failed."""
        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name)
        if not dialogs.ask_print(self, printer, self.tr("Print")):
            return False
        ok = self.render_to(printer)
        if ok:
            self.show_message(self.tr("Sent to the printer."), error=False)
        else:
            self.show_message(self.tr("The document could not be printed."))
        return ok

    def render_to(self, printer: QPrinter) -> bool:
        """Draw every page of the document onto ``printer``, each scaled to its page."""
        count = self.page_count()
        if count == 0:
            return False
        dpi = min(PRINT_DPI, max(72, printer.resolution()))
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            for page in range(count):
                if page > 0 and not printer.newPage():
                    return False
                points = self.document.pagePointSize(page)
                size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                image = self.document.render(page, size)
                target = painter.viewport()
                scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(target.topLeft(), scaled), image)
        finally:
            painter.end()
        return True

    def _on_save_button_clicked(self) -> None:
        self.save_copy()

    def save_copy(self) -> Path | None:
        """Ask where, then write a copy of the PDF there (atomically, 0600)."""
        suggested = Path.home() / self.suggested_name
        path = dialogs.ask_save_path(self, self.tr("Save the PDF"), suggested, "PDF (*.pdf)")
        if path is None:
            return None
        try:
            write_private_atomic(path, self.pdf_path.read_bytes())
        except OSError as exc:
            error = RegistreError("file_unwritable", path=str(path), reason=exc.strerror)
            self.show_message(error.message(self.lang))
            return None
        self.show_message(self.tr("Saved to %1").replace("%1", str(path)), error=False)
        return path

    # -- closing --------------------------------------------------------------------

    def _clean_up(self) -> None:
        if self._cleaned:
            return
        self._cleaned = True
        self.document.close()
        if self._remove_when_closed:
            with contextlib.suppress(OSError):
                remove_private_folder(self.pdf_path)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._clean_up()
        super().closeEvent(event)


def _escape(text: str) -> str:
    import html

    return html.escape(text)
