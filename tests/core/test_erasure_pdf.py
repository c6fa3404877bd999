"""The erasure certificate (Art. 17, 19): erased fields by label (never a value), what is
kept, why and until when, the request and its dates, the recipients informed, and the
promise that a restored backup gets the erasure again."""

from __future__ import annotations

import copy
import os
import re
import stat
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from desktop_app.core.business import BusinessProfile
from desktop_app.core.rights.access_pdf import format_date
from desktop_app.core.rights.erasure_pdf import SCHEMA, WORDING, write_erasure_certificate

HOSTILE = ["Jones <Ltd> & Co", "Ann <b>", "<img src=/etc/passwd>", "<font size=80>X"]
INVOICES = {
    "fr": "Les factures doivent être conservées 10 ans (Code de commerce, art. L123-22).",
    "en": "Invoices must be kept for 10 years (French Commercial Code, art. L123-22).",
}
ACCOUNTANT = {"fr": "Notre expert-comptable", "en": "Our accountant"}
MAILER = {"fr": "Notre prestataire d'envoi d'e-mails", "en": "Our e-mail sending provider"}


def certificate(**changes: Any) -> dict[str, Any]:
    business = BusinessProfile(
        name="Boulangerie Łukasz",
        address="12 rue des Lilas\n75011 Paris",
        email="contact@boulangerie.fr",
        dpo_name="Marie Curie",
        dpo_email="rgpd@boulangerie.fr",
    ).as_dict()
    cert: dict[str, Any] = {
        "schema": SCHEMA,
        "business": business,
        "request": {
            "reference": "R-2026-0012",
            "type": "erasure",
            "received_on": "2026-01-30",
            "due_on": "2026-03-02",
            "completed_on": "2026-02-10",
        },
        "customer_reference": "C-QJ16-CWQM-CQAJ",
        "erased": [{"field": f} for f in ("email", "phone", "birthday", "postal_address")],
        "erased_consent_events": 5,
        "kept": [
            {
                "field": field,
                "purpose": "invoicing",
                "legal_basis": "legal_obligation",
                "reason": INVOICES,
                "until": "2036-02-10",
            }
            for field in ("last_name", "first_name")
        ],
        "recipients_to_inform": [MAILER, ACCOUNTANT],
        "completed_on": "2026-02-10",
        "fully_erased": False,
    }
    cert.update(changes)
    return cert


def pages(cert: dict[str, Any], path: Path, lang: str) -> list[str]:
    write_erasure_certificate(path, cert, lang)
    return [page.extract_text() for page in PdfReader(path).pages]


def flat(texts: list[str]) -> str:
    return re.sub(r"\s+", " ", " ".join(texts)).strip()


@pytest.mark.parametrize(
    ("lang", "erased_labels", "kept_labels", "basis"),
    [
        (
            "fr",
            ["Adresse e-mail", "Téléphone", "Anniversaire (jour et mois)", "Adresse postale"],
            ["Nom", "Prénom"],
            "Obligation légale",
        ),
        (
            "en",
            ["E-mail address", "Phone", "Birthday (day and month)", "Postal address"],
            ["Last name", "First name"],
            "Legal obligation",
        ),
    ],
)
def test_certificate_lists_erased_kept_why_until_when_and_recipients(
    tmp_path: Path, lang: str, erased_labels: list[str], kept_labels: list[str], basis: str
) -> None:
    text = flat(pages(certificate(), tmp_path / "c.pdf", lang))
    words = WORDING[lang]
    for label in erased_labels + kept_labels:
        assert label in text
    for key in ("title", "erased", "kept", "recipients", "backups"):
        assert flat([words[key]]) in text
    assert basis in text
    assert INVOICES[lang] in text
    assert ("Facturation" if lang == "fr" else "Invoicing") in text
    assert format_date("2036-02-10", lang) in text
    for day in ("2026-01-30", "2026-03-02", "2026-02-10"):
        assert format_date(day, lang) in text
    assert "R-2026-0012" in text and "C-QJ16-CWQM-CQAJ" in text
    assert MAILER[lang] in text and ACCOUNTANT[lang] in text
    assert flat([words["backups_text"]]) in text  # the erasure is re-applied after a restore
    assert words["consent_events"].format(count=5) in text
    assert "Boulangerie Łukasz" in text and "rgpd@boulangerie.fr" in text
    assert "Fontenoy" in text  # the supervisory authority


def test_a_full_erasure_says_nothing_is_kept(tmp_path: Path) -> None:
    cert = certificate(
        kept=[], fully_erased=True, erased=[{"field": "last_name"}, {"field": "email"}]
    )
    text = flat(pages(cert, tmp_path / "c.pdf", "en"))
    assert WORDING["en"]["nothing_kept"] in text
    assert "certifies that it has erased all the personal data it held about you" in text
    assert WORDING["en"]["kept_intro"][:40] not in text


def test_no_recipient_to_inform(tmp_path: Path) -> None:
    text = flat(pages(certificate(recipients_to_inform=[]), tmp_path / "c.pdf", "fr"))
    assert WORDING["fr"]["no_recipients"] in text


def test_values_never_appear_only_labels(tmp_path: Path) -> None:
    cert = certificate()
    cert["erased"][0]["value"] = "secret@example.com"  # even if a caller passed one
    text = flat(pages(cert, tmp_path / "c.pdf", "en"))
    assert "secret@example.com" not in text


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_strings_print_literally_and_change_nothing_else(
    tmp_path: Path, hostile: str
) -> None:
    def with_name(name: str) -> dict[str, Any]:
        cert = copy.deepcopy(certificate())
        cert["recipients_to_inform"] = [{"fr": name, "en": name}]
        cert["kept"][0]["reason"] = {"fr": name, "en": name}
        return cert

    plain_pages = pages(with_name("Plainname"), tmp_path / "plain.pdf", "fr")
    hostile_pages = pages(with_name(hostile), tmp_path / "hostile.pdf", "fr")
    assert len(plain_pages) == len(hostile_pages)
    plain, literal = flat(plain_pages), flat(hostile_pages)
    assert literal.count(hostile) == plain.count("Plainname") == 2
    assert literal.replace(hostile, "Plainname") == plain


def test_hostile_business_name_in_text_and_metadata(tmp_path: Path) -> None:
    cert = certificate()
    cert["business"]["name"] = "Jones <Ltd> & Co <b>"
    path = tmp_path / "c.pdf"
    text = flat(pages(cert, path, "en"))
    assert "Jones <Ltd> & Co <b> certifies" in text
    info = PdfReader(path).metadata
    assert info is not None and info.author == "Jones <Ltd> & Co <b>"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_footer_on_every_page_and_metadata(tmp_path: Path, lang: str) -> None:
    cert = certificate(
        kept=certificate()["kept"] * 15, recipients_to_inform=[ACCOUNTANT] * 20
    )  # long enough for several pages
    path = tmp_path / "c.pdf"
    texts = pages(cert, path, lang)
    assert len(texts) >= 3
    footer = WORDING[lang]["footer"].format(request="R-2026-0012", customer="C-QJ16-CWQM-CQAJ")
    for number, text in enumerate(texts, start=1):
        assert footer in text
        assert f"Page {number} / {len(texts)}" in text
    info = PdfReader(path).metadata
    assert info is not None
    assert info.title == WORDING[lang]["meta_title"].format(customer="C-QJ16-CWQM-CQAJ")
    assert info.author == "Boulangerie Łukasz"
    assert info.subject == WORDING[lang]["subject"]


def test_file_is_private_and_reproducible(tmp_path: Path) -> None:
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    write_erasure_certificate(first, certificate(), "fr")
    write_erasure_certificate(second, certificate(), "fr")
    assert first.read_bytes() == second.read_bytes()
    if os.name == "posix":
        assert stat.S_IMODE(first.stat().st_mode) == 0o600


def test_unknown_language_is_english(tmp_path: Path) -> None:
    assert WORDING["en"]["title"] in flat(pages(certificate(), tmp_path / "c.pdf", "de"))


def test_every_wording_key_exists_in_both_languages() -> None:
    assert WORDING["fr"].keys() == WORDING["en"].keys()
