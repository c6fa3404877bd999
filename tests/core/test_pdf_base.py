"""The shared PDF building blocks: user text prints literally, in any Latin script,
with metadata, a footer on every page, private reproducible files."""

from __future__ import annotations

import io
import os
import stat
import unicodedata
from pathlib import Path
from typing import cast

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, PageBreak, Paragraph

from desktop_app.core.pdf.base import (
    MONO,
    SANS,
    SANS_BOLD,
    clean,
    french_spacing,
    render_pdf,
    safe,
    styles,
    write_pdf,
)

HOSTILE = [
    "Jones <Ltd> & Co",
    "Ann <b>",
    "<img src=/etc/passwd>",
    "<font size=80>X",
    "</para><para>",
    "&amp; &lt; &#60; &nbsp;",
    '<a href="javascript:alert(1)">click</a>',
]
LATIN_NAMES = ["Łukasz Żółć", "Nguyễn Thị Minh Khai", "François Lefèvre-Œuvray", "Ørsted Ångström"]


def build(story: list[Flowable], **overrides: str) -> bytes:
    meta = {
        "title": "Test document",
        "author": "Boulangerie Test",
        "subject": "Testing",
        "reference": "REF-2025-001",
        "lang": "fr",
    } | overrides
    return render_pdf(story, **meta)


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def test_safe_escapes_markup_and_keeps_line_breaks() -> None:
    assert safe("Ann <b>") == "Ann &lt;b&gt;"
    assert safe("Jones & Co") == "Jones &amp; Co"
    assert safe("line 1\nline 2\r\nline 3") == "line 1<br/>line 2<br/>line 3"


def test_safe_normalises_to_nfc_and_drops_control_characters() -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn")
    assert decomposed != "Nguyễn"
    assert safe(decomposed) == "Nguyễn"
    assert clean("a\x00b\x07c\td") == "abc d"


@pytest.mark.parametrize("hostile", HOSTILE)
def test_markup_in_user_text_prints_literally(hostile: str) -> None:
    data = build([Paragraph(safe(hostile), styles().body)])
    assert hostile in page_texts(data)[0]


def test_all_hostile_strings_together_in_one_document() -> None:
    st = styles()
    story: list[Flowable] = [
        Paragraph(safe(text), style)
        for text in HOSTILE
        for style in (st.title, st.heading, st.body, st.small, st.mono)
    ]
    text = "".join(page_texts(build(story)))
    for hostile in HOSTILE:
        assert hostile in text


def test_hostile_metadata_and_reference_are_kept_literally() -> None:
    data = build(
        [Paragraph("x", styles().body)],
        title="Ann <b>",
        author="Jones <Ltd> & Co",
        reference="<font size=80>X",
    )
    reader = PdfReader(io.BytesIO(data))
    assert reader.metadata is not None
    assert reader.metadata.title == "Ann <b>"
    assert reader.metadata.author == "Jones <Ltd> & Co"
    assert "<font size=80>X" in reader.pages[0].extract_text()


@pytest.mark.parametrize("name", LATIN_NAMES)
def test_latin_names_round_trip_through_text_extraction(name: str) -> None:
    typed = unicodedata.normalize("NFD", name)  # as some keyboards and macOS files give it
    data = build([Paragraph(safe(typed), styles().body)])
    assert unicodedata.normalize("NFC", name) in page_texts(data)[0]


@pytest.mark.parametrize("font", [SANS, SANS_BOLD])
def test_text_fonts_have_every_glyph_of_polish_and_vietnamese_names(font: str) -> None:
    styles()  # registers the fonts
    glyphs = pdfmetrics.getFont(font).face.charToGlyph
    missing = {ch for name in LATIN_NAMES for ch in unicodedata.normalize("NFC", name)}
    assert {ch for ch in missing if ord(ch) not in glyphs} == set()


def test_bold_markup_in_our_own_text_uses_the_bold_face() -> None:
    data = build([Paragraph("plain <b>bold</b>", styles().body)])
    resources = cast(DictionaryObject, PdfReader(io.BytesIO(data)).pages[0]["/Resources"])
    fonts = cast(DictionaryObject, resources["/Font"])
    names = {str(font.get_object()["/BaseFont"]).split("+")[-1] for font in fonts.values()}
    assert {SANS, SANS_BOLD} <= names


def test_metadata() -> None:
    data = build([Paragraph("x", styles().body)], title="Export d'accès", author="Łukasz Żółć")
    info = PdfReader(io.BytesIO(data)).metadata
    assert info is not None
    assert info.title == "Export d'accès"
    assert info.author == "Łukasz Żółć"
    assert info.subject == "Testing"
    assert info.creator == "Registre"


def test_every_page_has_the_reference_and_page_n_of_m() -> None:
    st = styles()
    story: list[Flowable] = [Paragraph("one", st.body), PageBreak()]
    story += [Paragraph(f"line {i}", st.body) for i in range(50)]  # fills page 2, spills to 3
    texts = page_texts(build(story))
    assert len(texts) == 3
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} / 3" in text
        assert "REF-2025-001" in text


def test_a_long_reference_is_shortened_to_fit_beside_the_page_number() -> None:
    text = page_texts(build([Paragraph("x", styles().body)], reference="R" * 300))[0]
    assert "R" * 50 + "…" in text
    assert "R" * 200 not in text
    assert "Page 1 / 1" in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_single_page_footer_in_both_languages(lang: str) -> None:
    texts = page_texts(build([Paragraph("x", styles().body)], lang=lang))
    assert len(texts) == 1
    assert "Page 1 / 1" in texts[0]


def test_two_builds_give_identical_bytes(tmp_path: Path) -> None:
    story = [Paragraph(safe(name), styles().body) for name in LATIN_NAMES]
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    write_pdf(first, story, title="T", author="A", subject="S", reference="R", lang="fr")
    write_pdf(second, story, title="T", author="A", subject="S", reference="R", lang="fr")
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes().startswith(b"%PDF-")


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_written_file_is_private(tmp_path: Path) -> None:
    target = tmp_path / "out" / "doc.pdf"
    write_pdf(
        target, [Paragraph("x", styles().body)], title="T", author="A", subject="S", reference="R"
    )
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["doc.pdf"]  # no temp file left


def test_monospace_style_uses_the_mono_font() -> None:
    assert styles().mono.fontName == MONO
    assert styles().body.fontName == SANS


def test_french_spacing_glues_punctuation() -> None:
    assert (
        french_spacing("Date : « oui » ; non ?")
        == "Date\u00a0: «\u00a0oui\u00a0»\u00a0; non\u00a0?"
    )
