"""Building blocks shared by every Registre PDF (recovery sheet, access export, ...).

Three rules hold for every document made here:

* user text goes through :func:`safe` before it reaches a ``Paragraph``: reportlab
  parses markup in paragraph text, so an unescaped ``Ann <b>`` crashes the build and
  ``<img src=...>`` reads a local file;
* text is set in the bundled DejaVu fonts (the 14 standard PDF fonts cover Latin-1
  only, so Polish or Vietnamese names would lose letters);
* the file is built in memory and written with :func:`write_private_atomic` (0600,
  fsync, rename), and ``invariant=1`` makes the bytes reproducible.

Right-to-left scripts (Arabic, Hebrew) are neither shaped nor reordered: the letters
print, in logical order and unjoined.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from desktop_app.core.files import write_private_atomic
from desktop_app.core.resources import resource_path

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
MONO = "DejaVuSansMono"

PAGE_SIZE = A4
MARGIN = 20 * mm
FOOTER_HEIGHT = 6 * mm  # kept free above the bottom margin for the footer
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN  # the text column; frames have no padding
FOOTER_FONT_SIZE = 8
CREATOR = "Registre"

_FONT_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    MONO: "DejaVuSansMono.ttf",
}

# C0/C1 control characters other than tab and newlines: they have no glyph and
# some of them are not even allowed in XML.  Tabs become spaces.
_CONTROL_MAP = {
    code: None for code in [*range(0x00, 0x20), *range(0x7F, 0xA0)] if chr(code) not in "\t\n\r"
} | {ord("\t"): " "}


@cache
def register_fonts() -> None:
    """Register the bundled DejaVu fonts with reportlab, once per process.

    ``DejaVuSans`` is registered as a family, so ``<b>`` in a paragraph switches to
    DejaVu Sans Bold.  No italic face is bundled: ``<i>`` keeps the upright face
    rather than failing.
    """
    for name, filename in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    pdfmetrics.registerFontFamily(
        SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD
    )
    pdfmetrics.registerFontFamily(MONO, normal=MONO, bold=MONO, italic=MONO, boldItalic=MONO)


def clean(text: str) -> str:
    """NFC-normalise ``text`` and drop control characters (for canvas strings)."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return text.translate(_CONTROL_MAP)


def safe(text: str) -> str:
    """Make a user string safe to put into a ``Paragraph``: it prints literally.

    NFC-normalises, drops control characters, escapes ``&``, ``<`` and ``>`` and
    turns line breaks into ``<br/>``.
    """
    return escape(clean(text)).replace("\n", "<br/>")


def french_spacing(text: str) -> str:
    """Glue French high punctuation and guillemets to their word with no-break spaces,
    so that a line never starts with ``:`` or ``»``.  For our own wording, not user text."""
    for before, after in (
        (" :", "\u00a0:"),
        (" ;", "\u00a0;"),
        (" !", "\u00a0!"),
        (" ?", "\u00a0?"),
        (" »", "\u00a0»"),
        ("« ", "«\u00a0"),
    ):
        text = text.replace(before, after)
    return text


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of Registre PDFs: black on white, DejaVu fonts."""

    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    mono: ParagraphStyle


@cache
def styles() -> Styles:
    """The shared styles (registers the fonts first).  Do not modify them: derive a
    variant with ``ParagraphStyle("Name", parent=styles().body, ...)``.

    ``mono`` (DejaVu Sans Mono) lacks most Vietnamese letters: use it for codes and
    identifiers, and the sans styles for anything a person typed.
    """
    register_fonts()
    body = ParagraphStyle(
        "RegistreBody",
        fontName=SANS,
        fontSize=10,
        leading=14,
        textColor=colors.black,
        alignment=TA_LEFT,
        spaceAfter=4,
    )
    return Styles(
        title=ParagraphStyle(
            "RegistreTitle",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=18,
            leading=23,
            spaceAfter=6,
        ),
        heading=ParagraphStyle(
            "RegistreHeading",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=12,
            leading=16,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        body=body,
        small=ParagraphStyle("RegistreSmall", parent=body, fontSize=8, leading=11),
        mono=ParagraphStyle("RegistreMono", parent=body, fontName=MONO, fontSize=10, leading=14),
    )


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis so that it fits in ``width`` points."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _footer_canvas(reference: str) -> type[Canvas]:
    """A canvas class that holds pages back until the end, then stamps each one with
    ``reference`` and "Page N / M" (M being known only once every page is laid out)."""

    class FooterCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # reportlab calls this at the end of each page
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            for number, state in enumerate(self._held_pages, start=1):
                self.__dict__.update(state)
                self._draw_footer(number, total)
                super().showPage()
            super().save()

        def _draw_footer(self, number: int, total: int) -> None:
            width, _ = self._pagesize
            y = MARGIN / 2
            page = f"Page {number} / {total}"
            page_width = pdfmetrics.stringWidth(page, SANS, FOOTER_FONT_SIZE)
            room = width - 2 * MARGIN - page_width - 10 * mm
            self.saveState()
            self.setFillColor(colors.black)
            self.setStrokeColor(colors.black)
            self.setLineWidth(0.4)
            self.line(MARGIN, y + 10, width - MARGIN, y + 10)
            self.setFont(SANS, FOOTER_FONT_SIZE)
            self.drawString(MARGIN, y, _fit(reference, SANS, FOOTER_FONT_SIZE, room))
            self.drawRightString(width - MARGIN, y, page)
            self.restoreState()

    return FooterCanvas


def render_pdf(
    story: Sequence[Flowable],
    *,
    title: str,
    author: str,
    subject: str,
    reference: str,
    lang: str = "fr",
) -> bytes:
    """Lay out ``story`` on A4 pages and return the PDF bytes.

    Metadata: ``title``, ``author``, ``subject``, creator "Registre", document
    language ``lang``.  Every page gets a footer with ``reference`` and
    "Page N / M".  The output is byte-for-byte reproducible (``invariant=1``).
    Never put a secret in the metadata: it is readable without opening the pages.
    """
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        title=clean(title),
        author=clean(author),
        subject=clean(subject),
        creator=CREATOR,
        lang=lang,
        invariant=1,
        initialFontName=SANS,
    )
    frame_bottom = MARGIN + FOOTER_HEIGHT
    frame = Frame(
        MARGIN,
        frame_bottom,
        CONTENT_WIDTH,
        PAGE_SIZE[1] - MARGIN - frame_bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(list(story), canvasmaker=_footer_canvas(clean(reference).replace("\n", " ")))
    return buffer.getvalue()


def write_pdf(
    path: Path,
    story: Sequence[Flowable],
    *,
    title: str,
    author: str,
    subject: str,
    reference: str,
    lang: str = "fr",
) -> None:
    """Render ``story`` (see :func:`render_pdf`) and write it to ``path`` atomically, mode 0600."""
    data = render_pdf(
        story, title=title, author=author, subject=subject, reference=reference, lang=lang
    )
    write_private_atomic(Path(path), data)
