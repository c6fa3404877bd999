"""The customer's access PDF: read back with pypdf, it states every Art. 15(1)(a)-(h)
element, every stored value and the consent history, in French or English; hostile names
print literally and change nothing else; every page carries the reference and its number."""

from __future__ import annotations

import copy
import io
import os
import re
import stat
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from desktop_app.core.registry import Registry
from desktop_app.core.rights.access_pdf import (
    WORDING,
    format_date,
    format_time,
    visual_words,
    write_access_pdf,
)
from desktop_app.core.rights.statement import access_statement
from tests.core.test_access_statement import NEWSLETTER_V2, REQUEST, make_customer
from tests.support.environment import require_command

HOSTILE = ["Jones <Ltd> & Co", "Ann <b>", "<img src=/etc/passwd>", "<font size=80>X"]
PLAIN = "Plainname"
OUTPUT = Path(__file__).resolve().parents[1] / "output"


@pytest.fixture
def statement(make_registry: Any) -> dict[str, Any]:
    registry: Registry = make_registry(clock=lambda: "2025-03-14T09:05:00+00:00").registry
    return access_statement(registry, make_customer(registry), dict(REQUEST))


def pdf_pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def flat(text: str) -> str:
    """Extracted text with every run of blanks (line breaks of wrapped cells) as one space."""
    return re.sub(r"\s+", " ", text).strip()


def render(statement: dict[str, Any], tmp_path: Path, lang: str, name: str = "a.pdf") -> str:
    path = tmp_path / name
    write_access_pdf(path, statement, lang)
    return flat(" ".join(pdf_pages(path)))


def with_last_name(statement: dict[str, Any], name: str) -> dict[str, Any]:
    changed = copy.deepcopy(statement)
    for row in changed["fields"]:
        if row["code"] == "last_name":
            row["value"] = name
            row["display"] = {"fr": name, "en": name}
    return changed


# -- Art. 15 content -----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_article_15_element_is_stated(
    statement: dict[str, Any], tmp_path: Path, lang: str
) -> None:
    text = render(statement, tmp_path, lang)
    words = WORDING[lang]

    def has(value: str) -> None:
        assert flat(value) in text, value

    for purpose in statement["purposes"]:
        has(purpose["name"][lang])  # (a) purpose
        has(purpose["text"][lang])
        has(purpose["legal_basis"]["label"][lang])
        for category in purpose["data_categories"]:  # (b)
            has(category["label"][lang])
        for recipient in purpose["recipients"]:  # (c)
            has(recipient[lang])
        has(purpose["retention"]["text"][lang])  # (d)
        if purpose["retention"]["ends_on"]:
            has(format_date(purpose["retention"]["ends_on"], lang))
        has(purpose["source"]["text"][lang])  # (g)
    for key in ("purpose_what", "categories", "recipients", "retention", "source"):
        has(words[key])
    for letter in "abcdg":  # the article reference beside each label
        has(words[f"art_{letter}"])
    for right in ("rectification", "erasure", "restriction", "objection"):  # (e)
        has(words[f"right_{right}"])
    for right in statement["rights"]:
        has(right["text"][lang])
    has(words["right_complaint"])  # (f), with the authority's address
    authority = statement["supervisory_authority"]
    for part in (authority["name"], authority["address"], authority["url"]):
        has(part)
    has(words["automated"])  # (h)
    has(statement["automated_decision_making"]["text"][lang])
    has(statement["transfers_outside_eu"]["text"][lang])
    has(words["no_recipients"])  # purposes with no outside recipient say so


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_business_contact_request_and_dates(
    statement: dict[str, Any], tmp_path: Path, lang: str
) -> None:
    text = render(statement, tmp_path, lang)
    for expected in (
        "Boutique Test",
        "12 rue du Marché 69001 Lyon",
        "bonjour@boutique.fr",
        "Marie Curie",
        "rgpd@boutique.fr",
        statement["customer"]["reference"],
        "R-2025-0042",
        format_date("2025-03-10", lang),
        format_date("2025-04-10", lang),
        WORDING[lang]["title"],
    ):
        assert expected in text
    assert ("10 mars 2025" if lang == "fr" else "10 March 2025") in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_stored_field_value_with_its_label(
    statement: dict[str, Any], tmp_path: Path, lang: str
) -> None:
    text = render(statement, tmp_path, lang)
    for row in statement["fields"]:
        assert row["label"][lang] in text
        assert flat(row["display"][lang]) in text
        assert flat(row["value"]) in text  # as stored too, when it is shown differently
    assert "+33612345678" in text and "06 12 34 56 78" in text
    assert "--07-14" in text and "14/07" in text
    assert format_date("2025-03-14", lang) in text  # collection date


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_consent_history_table_and_wordings(
    statement: dict[str, Any], tmp_path: Path, lang: str
) -> None:
    text = render(statement, tmp_path, lang)
    words = WORDING[lang]
    for key in ("when", "purpose", "action", "version", "channel", "staff"):
        assert words[key] in text
    for event in statement["consent_history"]:
        row = " ".join(
            [
                format_time(event["at"], lang),
                event["purpose_name"][lang],
                event["action_label"][lang] + (f", {words['signed']}" if event["signed"] else ""),
                str(event["wording_version"]),
                event["channel_label"][lang],
                event["staff"],
            ]
        )
        assert row in text
    assert NEWSLETTER_V2[lang] in text  # the exact text of version 2
    first = statement["consent_history"][0]["wording"]["text"][lang]
    assert flat(first) in text  # and of version 1


def test_french_and_english_differ_and_unknown_language_is_english(
    statement: dict[str, Any], tmp_path: Path
) -> None:
    french = render(statement, tmp_path, "fr", "fr.pdf")
    english = render(statement, tmp_path, "en", "en.pdf")
    assert "Vos droits" in french and "Vos droits" not in english
    assert "Your rights" in english and "Your rights" not in french
    assert render(statement, tmp_path, "de", "de.pdf") == english


def test_request_history_table(statement: dict[str, Any], tmp_path: Path) -> None:
    changed = copy.deepcopy(statement)
    changed["request_history"] = [
        dict(REQUEST, reference=f"R-2024-{n:04d}", type="erasure", status="completed")
        for n in range(3)
    ]
    text = render(changed, tmp_path, "fr")
    assert WORDING["fr"]["history"] in text
    for n in range(3):
        assert f"R-2024-{n:04d} Effacement 10 mars 2025 10 avril 2025 traitée" in text
    assert WORDING["fr"]["history"] not in render(statement, tmp_path, "fr", "b.pdf")


def test_without_a_request(statement: dict[str, Any], tmp_path: Path) -> None:
    changed = dict(statement, request=None)
    path = tmp_path / "a.pdf"
    write_access_pdf(path, changed, "en")
    pages = pdf_pages(path)
    assert "R-2025-0042" not in " ".join(pages)
    assert WORDING["en"]["no_request"] in flat(" ".join(pages))
    assert f"Data access · customer {statement['customer']['reference']}" in pages[0]


# -- hostile and international names -------------------------------------------------------------


@pytest.mark.parametrize("hostile", HOSTILE)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_hostile_name_prints_literally_and_changes_nothing_else(
    statement: dict[str, Any], tmp_path: Path, hostile: str, lang: str
) -> None:
    plain_path, hostile_path = tmp_path / "plain.pdf", tmp_path / "hostile.pdf"
    write_access_pdf(plain_path, with_last_name(statement, PLAIN), lang)
    write_access_pdf(hostile_path, with_last_name(statement, hostile), lang)
    plain_pages, hostile_pages = pdf_pages(plain_path), pdf_pages(hostile_path)
    assert len(plain_pages) == len(hostile_pages)
    plain, literal = flat(" ".join(plain_pages)), flat(" ".join(hostile_pages))
    assert literal.count(hostile) == plain.count(PLAIN) == 1
    assert literal.replace(hostile, PLAIN) == plain


def test_hostile_business_name_prints_literally_and_is_the_author(
    statement: dict[str, Any], tmp_path: Path
) -> None:
    name = "Jones <Ltd> & Co <b>"
    changed = copy.deepcopy(statement)
    changed["business"]["name"] = name
    path = tmp_path / "a.pdf"
    write_access_pdf(path, changed, "en")
    text = flat(" ".join(pdf_pages(path)))
    assert f"{name} gives you this document" in text
    info = PdfReader(path).metadata
    assert info is not None and info.author == name


@pytest.mark.parametrize("name", ["Łukasz Żółć", "Nguyễn Thị Minh Khai", "Ørsted Ångström"])
def test_latin_names_round_trip(statement: dict[str, Any], tmp_path: Path, name: str) -> None:
    typed = unicodedata.normalize("NFD", name)
    text = render(with_last_name(statement, typed), tmp_path, "fr")
    assert name in text


def test_visual_words_reorders_right_to_left_words_only() -> None:
    assert visual_words("Jean Dupont") == "Jean Dupont"
    assert visual_words("محمد علي") == "علي محمد"  # word order visual, letters logical
    assert visual_words("Nguyễn محمد علي") == "Nguyễn علي محمد"
    assert visual_words("محمد (Ali)") == "(Ali) محمد"  # brackets at an RTL level mirrored
    assert visual_words("محمد (علي)") == "(علي) محمد"
    assert visual_words("دانا\nכהן לוי") == "دانا\nלוי כהן"


def test_arabic_name_is_shaped_and_reads_back_in_order(
    statement: dict[str, Any], tmp_path: Path
) -> None:
    name = "محمد علي"
    path = tmp_path / "arabic.pdf"
    write_access_pdf(path, with_last_name(statement, name), "fr")
    raw = pdf_pages(path)[0]
    # Shaped: the letters are drawn in their joined forms (Arabic presentation forms B),
    # not as isolated letters.
    joined = [ch for ch in raw if "\ufe70" <= ch <= "\ufeff"]
    assert len(joined) == len(name.replace(" ", ""))
    assert "\ufee3" in joined  # meem, initial form
    # pypdf puts right-to-left text back in logical order: the name reads as typed.
    assert name in unicodedata.normalize("NFKC", raw)


# -- pages, footer, metadata, file ---------------------------------------------------------------


def many_events(statement: dict[str, Any], count: int) -> dict[str, Any]:
    changed = copy.deepcopy(statement)
    event = changed["consent_history"][0]
    changed["consent_history"] = [dict(event, staff=f"Staff {n}") for n in range(count)]
    return changed


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_page_has_the_reference_and_page_n_of_m(
    statement: dict[str, Any], tmp_path: Path, lang: str
) -> None:
    path = tmp_path / "long.pdf"
    write_access_pdf(path, many_events(statement, 150), lang)
    pages = pdf_pages(path)
    assert len(pages) >= 5
    reference = WORDING[lang]["footer"].format(
        request="R-2025-0042", customer=statement["customer"]["reference"]
    )
    for number, text in enumerate(pages, start=1):
        assert reference in text
        assert f"Page {number} / {len(pages)}" in text
    all_text = " ".join(pages)
    for n in range(150):
        assert f"Staff {n}\n" in all_text + "\n"
    for text in pages:  # the table's header row is repeated on each page it spans
        if re.search(r"Staff \d+", text):
            assert WORDING[lang]["staff"] in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_metadata_title_author_subject(
    statement: dict[str, Any], tmp_path: Path, lang: str
) -> None:
    path = tmp_path / "a.pdf"
    write_access_pdf(path, statement, lang)
    info = PdfReader(path).metadata
    assert info is not None
    assert info.title == WORDING[lang]["meta_title"].format(
        customer=statement["customer"]["reference"]
    )
    assert info.author == "Boutique Test"
    assert info.subject == WORDING[lang]["subject"]
    assert info.creator == "Registre"
    assert "Żółć" not in str(dict(info))  # no personal data in the metadata


def test_file_is_private_and_reproducible(statement: dict[str, Any], tmp_path: Path) -> None:
    first, second = tmp_path / "out" / "a.pdf", tmp_path / "out" / "b.pdf"
    write_access_pdf(first, statement, "fr")
    write_access_pdf(second, statement, "fr")
    assert first.read_bytes() == second.read_bytes()
    if os.name == "posix":
        assert stat.S_IMODE(first.stat().st_mode) == 0o600
    assert sorted(p.name for p in first.parent.iterdir()) == ["a.pdf", "b.pdf"]


def test_pdf_renders_to_images(statement: dict[str, Any]) -> None:
    pdftoppm = require_command("pdftoppm", "poppler-utils")
    OUTPUT.mkdir(exist_ok=True)
    pdf = OUTPUT / "access_test.pdf"
    write_access_pdf(pdf, with_last_name(statement, "Nguyễn محمد علي"), "fr")
    for old in OUTPUT.glob("access_test*.png"):
        old.unlink()
    subprocess.run(
        [pdftoppm, "-png", "-r", "50", str(pdf), str(OUTPUT / "access_test")], check=True
    )
    images = sorted(OUTPUT.glob("access_test*.png"))
    assert len(images) == len(PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert all(image.read_bytes().startswith(b"\x89PNG\r\n\x1a\n") for image in images)


def test_every_wording_key_exists_in_both_languages() -> None:
    assert WORDING["fr"].keys() == WORDING["en"].keys()
