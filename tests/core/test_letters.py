"""The letters to the customer: the extension of the deadline (Art. 12(3)) and the refusal
with reasons and the right to complain (Art. 12(4)-(5)), in French and English."""

from __future__ import annotations

import re
import stat
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from desktop_app.core.business import CNIL_ADDRESS, CNIL_NAME, BusinessProfile
from desktop_app.core.rights.letters import (
    WORDING,
    first_due_date,
    write_extension_letter,
    write_refusal_letter,
)

HOSTILE = ["Jones <Ltd> & Co", "Ann <b>", "<img src=/etc/passwd>", "<font size=80>X"]


def business(**changes: str) -> dict[str, str]:
    profile = BusinessProfile(
        name="Boulangerie Łukasz",
        address="12 rue des Lilas\n75011 Paris",
        email="contact@boulangerie.fr",
        phone="01 23 45 67 89",
        dpo_name="Marie Curie",
        dpo_email="rgpd@boulangerie.fr",
    ).as_dict()
    profile.update(changes)
    return profile


def extended(**changes: Any) -> dict[str, Any]:
    request: dict[str, Any] = {
        "reference": "R-2026-0003",
        "customer_reference": "C-QJ16-CWQM-CQAJ",
        "type": "access",
        "received_on": "2026-11-20",
        "due_on": "2027-02-22",
        "extension_months": 2,
        "extension_reason": "Many requests at once",
        "extension_letter_on": "2026-11-26",
        "status": "open",
        "completed_on": None,
        "refusal_reason": None,
    }
    request.update(changes)
    return request


def refused(**changes: Any) -> dict[str, Any]:
    request = extended(
        extension_months=0,
        extension_reason=None,
        extension_letter_on=None,
        due_on="2026-12-21",
        status="refused",
        completed_on="2026-11-27",
        refusal_reason="Manifestly unfounded: fourth identical request this month",
        type="erasure",
    )
    request.update(changes)
    return request


def read(path: Path) -> tuple[list[str], PdfReader]:
    reader = PdfReader(path)
    return [page.extract_text() for page in reader.pages], reader


def flat(texts: list[str]) -> str:
    return re.sub(r"\s+", " ", " ".join(texts)).strip()


@pytest.mark.parametrize(
    ("lang", "due", "months", "first_due", "salutation", "article"),
    [
        (
            "fr",
            "22 février 2027",
            "prolongé de 2 mois",
            "21 décembre 2026",
            "Madame, Monsieur,",
            "article 12, paragraphe 3",
        ),
        (
            "en",
            "22 February 2027",
            "extended by 2 months",
            "21 December 2026",
            "Dear customer,",
            "Article 12(3)",
        ),
    ],
)
def test_the_extension_letter(
    tmp_path: Path,
    lang: str,
    due: str,
    months: str,
    first_due: str,
    salutation: str,
    article: str,
) -> None:
    path = tmp_path / "extension.pdf"
    write_extension_letter(path, extended(), business(), lang)
    pages, reader = read(path)
    text = flat(pages)
    assert len(pages) == 1  # a one-page letter
    for expected in (
        "Boulangerie Łukasz",
        "12 rue des Lilas",
        "rgpd@boulangerie.fr",  # the contact for personal data
        salutation,
        "R-2026-0003",
        "Many requests at once",  # the reason
        due,  # the new due date
        months,
        article,
        first_due,  # sent within the first month: the initial deadline is shown
        CNIL_NAME,  # the right to complain
        "75334 Paris Cedex 07",
    ):
        assert expected in text, (expected, text)
    assert ("26 novembre 2026" if lang == "fr" else "26 November 2026") in text  # letter date
    assert reader.metadata is not None
    assert reader.metadata.author == "Boulangerie Łukasz"
    assert "R-2026-0003" in (reader.metadata.title or "")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    ("lang", "complaint", "remedy", "free", "article"),
    [
        (
            "fr",
            "introduire une réclamation auprès de l'autorité de contrôle",
            "recours juridictionnel",
            "gratuits",
            "article 12, paragraphe 4",
        ),
        (
            "en",
            "lodge a complaint with the supervisory authority",
            "judicial remedy",
            "free of charge",
            "Article 12(4)",
        ),
    ],
)
def test_the_refusal_letter(
    tmp_path: Path, lang: str, complaint: str, remedy: str, free: str, article: str
) -> None:
    path = tmp_path / "refusal.pdf"
    write_refusal_letter(path, refused(), business(), lang)
    pages, reader = read(path)
    text = flat(pages)
    assert len(pages) == 1
    for expected in (
        "Manifestly unfounded: fourth identical request this month",
        complaint,
        CNIL_NAME,
        CNIL_ADDRESS,
        "https://www.cnil.fr",
        remedy,
        free,
        article,
        "R-2026-0003",
        "27 novembre 2026" if lang == "fr" else "27 November 2026",
        "20 novembre 2026" if lang == "fr" else "20 November 2026",
        "effacement" if lang == "fr" else "erasure",
    ):
        assert expected in text, (expected, text)
    assert reader.metadata is not None and reader.metadata.author == "Boulangerie Łukasz"


def test_the_authority_comes_from_the_business_profile(tmp_path: Path) -> None:
    profile = business(
        authority_name="Datatilsynet",
        authority_address="Carl Jacobsens Vej 35, 2500 Valby",
        authority_url="https://www.datatilsynet.dk",
    )
    for write, request in ((write_refusal_letter, refused()), (write_extension_letter, extended())):
        path = tmp_path / "letter.pdf"
        write(path, request, profile, "en")
        text = flat(read(path)[0])
        assert "Datatilsynet" in text and "2500 Valby" in text
        assert "CNIL" not in text


@pytest.mark.parametrize("hostile", HOSTILE)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_hostile_reasons_and_names_print_literally(tmp_path: Path, hostile: str, lang: str) -> None:
    profile = business(name=f"Shop {hostile}", dpo_name=hostile)
    ext = tmp_path / "ext.pdf"
    write_extension_letter(ext, extended(extension_reason=f"Reason {hostile} end"), profile, lang)
    ref = tmp_path / "ref.pdf"
    write_refusal_letter(ref, refused(refusal_reason=f"Reason {hostile} end"), profile, lang)
    for path in (ext, ref):
        pages, reader = read(path)
        text = flat(pages)
        assert f"Reason {hostile} end" in text
        assert f"Shop {hostile}" in text
        assert len(pages) == 1  # "<font size=80>" changed nothing on the page
        assert reader.metadata is not None and reader.metadata.author == f"Shop {hostile}"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_footer_carries_the_references(tmp_path: Path, lang: str) -> None:
    for write, request, key in (
        (write_extension_letter, extended(), "ext_footer"),
        (write_refusal_letter, refused(), "ref_footer"),
    ):
        path = tmp_path / "letter.pdf"
        write(path, request, business(), lang)
        (page,) = read(path)[0]
        footer = WORDING[lang][key].format(request="R-2026-0003", customer="C-QJ16-CWQM-CQAJ")
        assert footer in page
        assert "Page 1 / 1" in page


def test_a_long_reason_wraps_and_the_letter_stays_readable(tmp_path: Path) -> None:
    reason = "Archives on paper to search in three shops. " * 6
    path = tmp_path / "ext.pdf"
    write_extension_letter(path, extended(extension_reason=reason), business(), "fr")
    assert "Archives on paper to search in three shops." in flat(read(path)[0])


def test_one_month_extension_and_the_initial_deadline() -> None:
    assert first_due_date(extended()) == "2026-12-21"  # 20 Dec 2026 is a Sunday
    assert first_due_date(extended(), "XX") == "2026-12-21"  # unknown country: France's
    assert first_due_date({"received_on": None}) is None


def test_an_unknown_language_gives_english(tmp_path: Path) -> None:
    path = tmp_path / "ext.pdf"
    write_extension_letter(path, extended(extension_months=1), business(), "de")
    text = flat(read(path)[0])
    assert "Dear customer," in text and "extended by 1 month" in text
