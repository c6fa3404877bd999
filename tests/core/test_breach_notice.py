"""The breach notification draft (Art. 33(3) a-d, 33(1), 34(3)(a)), in French and English:
each element present, the delay line when late, hostile strings printed literally."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from desktop_app.core.business import BusinessProfile
from desktop_app.core.pdf.breach_notice import (
    WORDING,
    format_moment,
    write_breach_notification_draft,
)

HOSTILE = ["Jones <Ltd> & Co", "Ann <b>", "<img src=/etc/passwd>", "<font size=80>X"]


def business() -> dict[str, Any]:
    return BusinessProfile(
        name="Boulangerie Łukasz",
        address="12 rue des Lilas\n75011 Paris",
        email="contact@boulangerie.fr",
        dpo_name="Marie Curie",
        dpo_email="rgpd@boulangerie.fr",
    ).as_dict()


def breach(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "reference": "B-2026-0003",
        "occurred_on": "2026-03-12",
        "occurred_until": "2026-03-13",
        "discovered_at": "2026-03-14T09:00:00+00:00",
        "deadline": "2026-03-17T09:00:00+00:00",
        "nature": ["confidentiality", "availability"],
        "description": "Laptop stolen from the back office",
        "data_categories": ["identity", "contact"],
        "people_count_estimate": 1234,
        "records_count_estimate": 4567,
        "encrypted": True,
        "likely_consequences": "Phishing e-mails to customers",
        "measures_taken": "Police report filed",
        "measures_proposed": "Full-disk encryption on every laptop",
        "notified_authority_at": None,
        "notified_people_at": None,
        "not_notified_reason": "",
        "notified_late": False,
        "hours_left": 20.0,
        "overdue": False,
        "late": False,
    }
    data.update(changes)
    return data


def pages(
    data: dict[str, Any], path: Path, lang: str, profile: dict[str, Any] | None = None
) -> list[str]:
    write_breach_notification_draft(path, data, profile or business(), lang)
    return [page.extract_text() for page in PdfReader(path).pages]


def flat(texts: list[str]) -> str:
    return re.sub(r"\s+", " ", " ".join(texts)).strip()


EXPECTED = {
    "fr": [
        "Notification d'une violation de données personnelles",
        "Commission nationale de l'informatique et des libertés (CNIL)",
        "3 place de Fontenoy",
        "a) Nature de la violation",
        "Atteinte à la confidentialité",
        "Atteinte à la disponibilité",
        "Identité",
        "Coordonnées",
        "1 234",
        "4 567",
        "b) Point de contact",
        "Marie Curie",
        "rgpd@boulangerie.fr",
        "c) Conséquences probables",
        "d) Mesures prises ou proposées",
        "du 12 mars 2026 au 13 mars 2026",
        "article 34.3.a",
    ],
    "en": [
        "Personal data breach notification",
        "Commission nationale de l'informatique et des libertés (CNIL)",
        "(a) Nature of the breach",
        "Confidentiality breach",
        "Availability breach",
        "Identity",
        "Contact details",
        "1,234",
        "4,567",
        "(b) Contact point",
        "Marie Curie",
        "(c) Likely consequences",
        "(d) Measures taken or proposed",
        "from 12 March 2026 to 13 March 2026",
        "Article 34(3)(a)",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_article_33_3_elements_are_present(tmp_path: Path, lang: str) -> None:
    text = flat(pages(breach(), tmp_path / "draft.pdf", lang))
    # The discovery and the deadline, 72 hours apart, in the computer's time zone.
    for moment in ("2026-03-14T09:00:00+00:00", "2026-03-17T09:00:00+00:00"):
        assert format_moment(moment, lang) in text
    for expected in EXPECTED[lang]:
        assert expected.replace("\u202f", " ") in text.replace("\u202f", " "), expected
    for user_text in (
        "Laptop stolen from the back office",
        "Phishing e-mails to customers",
        "Police report filed",
        "Full-disk encryption on every laptop",
        "B-2026-0003",
    ):
        assert user_text in text
    words = WORDING[lang]
    assert re.sub(r"<[^>]+>", "", words["delay_reasons"]) not in text  # not late: no delay line


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_late_notification_asks_for_the_reasons_of_the_delay(tmp_path: Path, lang: str) -> None:
    overdue = flat(
        pages(breach(hours_left=-5.0, overdue=True, late=True), tmp_path / "a.pdf", lang)
    )
    assert WORDING[lang]["delay_reasons"] in overdue
    notified_late = breach(
        notified_authority_at="2026-03-18T10:00:00+00:00", notified_late=True, late=True
    )
    assert WORDING[lang]["delay_reasons"] in flat(pages(notified_late, tmp_path / "b.pdf", lang))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_encryption_exemption_follows_the_statement(tmp_path: Path, lang: str) -> None:
    yes = flat(pages(breach(encrypted=True), tmp_path / "yes.pdf", lang))
    no = flat(pages(breach(encrypted=False), tmp_path / "no.pdf", lang))
    marker = {
        "fr": ("chiffrées : oui", "chiffrées : non"),
        "en": ("encrypted: yes", "encrypted: no"),
    }
    assert marker[lang][0] in yes.replace("\u00a0", " ") and marker[lang][1] not in yes
    assert marker[lang][1] in no.replace("\u00a0", " ")


def test_empty_parts_get_a_line_to_complete(tmp_path: Path) -> None:
    text = flat(
        pages(breach(likely_consequences="", measures_proposed=""), tmp_path / "d.pdf", "fr")
    )
    assert text.count("À compléter") >= 2
    english = flat(
        pages(breach(likely_consequences="", measures_proposed=""), tmp_path / "e.pdf", "en")
    )
    assert english.count("To be completed:") == 2 and "completed :" not in english


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_strings_print_literally(tmp_path: Path, hostile: str) -> None:
    def with_text(text: str) -> dict[str, Any]:
        data = copy.deepcopy(breach())
        data["description"] = text
        data["measures_taken"] = text
        return data

    plain_pages = pages(with_text("Plainname"), tmp_path / "plain.pdf", "fr")
    hostile_pages = pages(with_text(hostile), tmp_path / "hostile.pdf", "fr")
    plain, literal = flat(plain_pages), flat(hostile_pages)
    assert literal.count(hostile) == plain.count("Plainname") == 2
    assert literal.replace(hostile, "Plainname") == plain


def test_hostile_business_and_metadata(tmp_path: Path) -> None:
    profile = business()
    profile["name"] = "Jones <Ltd> & Co <b>"
    path = tmp_path / "m.pdf"
    text = flat(pages(breach(), path, "en", profile))
    assert "Jones <Ltd> & Co <b>" in text
    info = PdfReader(path).metadata
    assert info is not None and info.title == "Breach notification · B-2026-0003"
    assert info.author == "Jones <Ltd> & Co <b>"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_footer_on_every_page(tmp_path: Path, lang: str) -> None:
    texts = pages(breach(), tmp_path / "f.pdf", lang)
    footer = WORDING[lang]["footer"].format(reference="B-2026-0003")
    for number, text in enumerate(texts, start=1):
        assert footer in text and f"Page {number} / {len(texts)}" in text


def test_every_wording_key_exists_in_both_languages() -> None:
    assert set(WORDING["fr"]) == set(WORDING["en"])
