"""The PDF preview: every page of a real access PDF on screen, Save as… and Print."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from desktop_app.core.registry import Registry
from desktop_app.core.rights.access_pdf import write_access_pdf
from desktop_app.core.rights.statement import access_statement
from desktop_app.gui import dialogs
from desktop_app.gui.pdf_preview import PdfPreview, private_pdf_path
from tests.gui.fixtures_registry import (  # noqa: F401 - fixtures
    add_customer,
    english,
    no_dialogs,
    registry_fixture,
)

pytestmark = pytest.mark.usefixtures("english", "no_dialogs")


@pytest.fixture
def access_pdf(registry: Registry) -> Path:
    customer = add_customer(
        registry,
        {"first_name": "Zoé", "last_name": "Ébrard", "email": "zoe.ebrard@example.fr"},
        ["customer_follow_up"],
        ["newsletter"],
    )
    with registry.transaction():
        request = registry.requests.open(customer, "access")
        done = registry.requests.complete(request.id)
    statement = access_statement(registry, customer, done.as_dict())
    path = private_pdf_path("access.pdf")
    write_access_pdf(path, statement, "en")
    return path


@pytest.fixture
def preview(qtbot, access_pdf: Path) -> PdfPreview:
    dialog = PdfPreview(access_pdf, "Access statement R-2026-0001", suggested_name="R.pdf")
    qtbot.addWidget(dialog)
    dialog.resize(900, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_temporary_pdf_is_private(access_pdf: Path) -> None:
    assert stat.S_IMODE(access_pdf.stat().st_mode) == 0o600
    assert stat.S_IMODE(access_pdf.parent.stat().st_mode) == 0o700


def test_every_page_of_a_real_access_pdf_is_shown(preview: PdfPreview, access_pdf: Path) -> None:
    pages = len(PdfReader(access_pdf).pages)
    assert pages >= 2
    assert preview.page_count() == pages
    assert preview.ui.pageLabel.text() == f"Page 1 of {pages}"
    assert preview.view.pageMode().name == "MultiPage"
    assert preview.view.zoomMode().name == "FitToWidth"
    preview.ui.zoomInButton.click()
    assert preview.view.zoomMode().name == "Custom"
    assert not preview.ui.fitWidthButton.isChecked()
    preview.ui.fitWidthButton.click()
    assert preview.view.zoomMode().name == "FitToWidth"


def test_save_as_writes_an_identical_private_copy(
    preview: PdfPreview, access_pdf: Path, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "copy.pdf"
    dialogs.preset(target)
    preview.ui.saveButton.click()
    assert target.read_bytes() == access_pdf.read_bytes()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert str(target) in preview.message()
    assert [c.kind for c in dialogs.calls] == ["ask_save_path"]


def test_save_as_cancelled_writes_nothing(preview: PdfPreview, tmp_path: Path) -> None:
    dialogs.preset(None)
    assert preview.save_copy() is None
    assert list(tmp_path.glob("*.pdf")) == []


def test_print_renders_every_page_to_the_chosen_printer(
    preview: PdfPreview, access_pdf: Path, tmp_path: Path
) -> None:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    dialogs.preset(True)
    assert preview.print_document(printer)
    assert out.exists()
    assert len(PdfReader(out).pages) == preview.page_count()
    assert [c.kind for c in dialogs.calls] == ["ask_print"]


def test_print_cancelled_prints_nothing(preview: PdfPreview, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFileName(str(tmp_path / "never.pdf"))
    dialogs.preset(False)
    assert not preview.print_document(printer)
    assert not (tmp_path / "never.pdf").exists()


def test_closing_removes_the_temporary_folder(qtbot, access_pdf: Path) -> None:
    dialog = PdfPreview(access_pdf, "Access")
    qtbot.addWidget(dialog)
    dialog.show()
    assert access_pdf.exists()
    dialog.close()
    assert not access_pdf.parent.exists()
