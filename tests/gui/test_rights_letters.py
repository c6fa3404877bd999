"""The rights desk's letters: after an extension or a refusal, the letter to the customer
opens in the PDF preview, to print or save; nothing changes when it cannot be written."""

from __future__ import annotations

import re
import stat
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from desktop_app.core.business import CNIL_NAME
from desktop_app.core.registry import Registry
from desktop_app.gui import dialogs
from desktop_app.gui.rights_desk import Extension, RightsDesk
from tests.gui.fixtures_registry import english, no_dialogs  # noqa: F401 - fixtures
from tests.gui.test_rights_desk import desk, registry, select  # noqa: F401 - fixtures

pytestmark = pytest.mark.usefixtures("english", "no_dialogs")


def pdf_text(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in PdfReader(path).pages))


def test_extend_shows_the_letter_in_the_preview(qtbot: QtBot, desk: RightsDesk) -> None:  # noqa: F811
    select(desk, "R-2026-0003")
    dialogs.preset(Extension(2, "Many requests at once <b> & Jones <Ltd>", date(2026, 11, 26)))
    desk.ui.extendButton.click()
    preview = desk.preview
    assert preview is not None and preview.isVisible()
    qtbot.waitExposed(preview)
    assert preview.page_count() == 1
    assert "R-2026-0003" in preview.windowTitle()
    assert preview.suggested_name == "R-2026-0003-prolongation.pdf"
    text = pdf_text(preview.pdf_path)
    assert "Many requests at once <b> & Jones <Ltd>" in text
    assert "22 February 2027" in text and "extended by 2 months" in text
    assert CNIL_NAME in text
    assert stat.S_IMODE(preview.pdf_path.stat().st_mode) == 0o600
    folder = preview.pdf_path.parent
    preview.close()
    assert not folder.exists()  # no copy of the letter stays in the temp folder


def test_refuse_shows_the_letter_in_the_preview(qtbot: QtBot, desk: RightsDesk) -> None:  # noqa: F811
    select(desk, "R-2026-0002")
    dialogs.preset("Manifestly unfounded: fourth identical request this month")
    desk.ui.refuseButton.click()
    preview = desk.preview
    assert preview is not None and preview.isVisible()
    text = pdf_text(preview.pdf_path)
    assert "Manifestly unfounded: fourth identical request this month" in text
    assert "lodge a complaint with the supervisory authority" in text and CNIL_NAME in text
    assert preview.suggested_name == "R-2026-0002-refus.pdf"
    preview.close()


def test_no_letter_when_the_change_is_refused(desk: RightsDesk, registry: Registry) -> None:  # noqa: F811
    select(desk, "R-2026-0001")
    dialogs.preset(Extension(1, "Complex request", date(2026, 11, 27)))  # too late
    assert desk.extend_selected() is None
    assert desk.error() and desk.preview is None


def test_a_letter_that_cannot_be_written_changes_nothing(
    desk: RightsDesk,  # noqa: F811
    registry: Registry,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop_app.core.rights import letters

    def no_room(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(letters, "write_refusal_letter", no_room)
    select(desk, "R-2026-0002")
    dialogs.preset("Unfounded")
    assert desk.refuse_selected() is None
    assert "No space left on device" in desk.error()
    assert registry.requests.by_reference("R-2026-0002").status == "open"
    assert desk.preview is None
