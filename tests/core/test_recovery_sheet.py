"""The recovery sheet: one private A4 page with the code, in French or English."""

from __future__ import annotations

import os
import stat
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.core.pdf.recovery_sheet import WORDING, write_recovery_sheet
from tests.support.environment import require_command

CODE = "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789"
REGISTRY_ID = "7f3a9c2e-4b1d-4e8f-9a6b-2c5d8e1f0a3b"
OUTPUT = Path(__file__).resolve().parents[1] / "output"


def make_sheet(
    path: Path, lang: str = "fr", business_name: str = "Boulangerie Łukasz Żółć", **changes: str
) -> str:
    write_recovery_sheet(
        path,
        business_name=business_name,
        registry_id=REGISTRY_ID,
        recovery_code=changes.get("recovery_code", CODE),
        data_dir=changes.get("data_dir", "/home/marie/.local/share/Registre"),
        created_at=datetime(2025, 3, 14, 9, 5),
        lang=lang,
    )
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    return reader.pages[0].extract_text()


@pytest.mark.parametrize(
    ("lang", "title", "date"),
    [
        ("fr", "Fiche de secours Registre", "14 mars 2025"),
        ("en", "Registre recovery sheet", "14 March 2025"),
    ],
)
def test_sheet_shows_code_business_registry_and_date(
    tmp_path: Path, lang: str, title: str, date: str
) -> None:
    text = make_sheet(tmp_path / "sheet.pdf", lang)
    for expected in (title, CODE, "Boulangerie Łukasz Żółć", REGISTRY_ID, date, "Page 1 / 1"):
        assert expected in text
    assert "/home/marie/.local/share/Registre" in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_metadata_names_the_sheet_but_never_holds_the_code(tmp_path: Path, lang: str) -> None:
    path = tmp_path / "sheet.pdf"
    make_sheet(path, lang)
    info = PdfReader(path).metadata
    assert info is not None
    assert info.title == WORDING[lang]["title"]
    assert info.author == "Boulangerie Łukasz Żółć"
    assert info.creator == "Registre"
    assert all(CODE not in str(value) for value in info.values())


def test_french_and_english_sheets_differ_in_wording(tmp_path: Path) -> None:
    french = make_sheet(tmp_path / "fr.pdf", "fr")
    english = make_sheet(tmp_path / "en.pdf", "en")
    assert "Code de secours" in french and "Code de secours" not in english
    assert "Recovery code" in english and "Recovery code" not in french


def test_unknown_language_falls_back_to_english(tmp_path: Path) -> None:
    assert "Registre recovery sheet" in make_sheet(tmp_path / "sheet.pdf", "de")


def test_hostile_business_name_and_folder_print_literally(tmp_path: Path) -> None:
    text = make_sheet(
        tmp_path / "sheet.pdf",
        business_name="Jones <Ltd> & Co <b>",
        data_dir="/data/<img src=/etc/passwd>",
    )
    assert "Jones <Ltd> & Co <b>" in text
    assert "/data/<img src=/etc/passwd>" in text


def test_vietnamese_business_name_round_trips(tmp_path: Path) -> None:
    text = make_sheet(tmp_path / "sheet.pdf", business_name="Nguyễn Thị Minh Khai")
    assert "Nguyễn Thị Minh Khai" in text


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_sheet_is_private(tmp_path: Path) -> None:
    path = tmp_path / "sheet.pdf"
    make_sheet(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_new_sheet_replaces_the_old_one(tmp_path: Path) -> None:
    path = tmp_path / "sheet.pdf"
    make_sheet(path)
    renewed = "ZZZZ-YYYY-XXXX-WWWW-VVVV-TTTT-SSSS-RRRR"
    text = make_sheet(path, recovery_code=renewed)
    assert renewed in text
    assert CODE not in text
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]


def test_same_inputs_give_identical_bytes(tmp_path: Path) -> None:
    make_sheet(tmp_path / "a.pdf")
    make_sheet(tmp_path / "b.pdf")
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()


def test_every_wording_key_exists_in_both_languages() -> None:
    assert WORDING["fr"].keys() == WORDING["en"].keys()
    assert len(WORDING["fr"]["months"].split()) == len(WORDING["en"]["months"].split()) == 12


def test_sheet_renders_to_an_image(tmp_path: Path) -> None:
    pdftoppm = require_command("pdftoppm", "poppler-utils")
    OUTPUT.mkdir(exist_ok=True)
    pdf = OUTPUT / "recovery_sheet_test.pdf"
    make_sheet(pdf)
    prefix = OUTPUT / "recovery_sheet_test"
    for old in OUTPUT.glob("recovery_sheet_test*.png"):
        old.unlink()
    subprocess.run([pdftoppm, "-png", "-r", "60", str(pdf), str(prefix)], check=True)
    images = list(OUTPUT.glob("recovery_sheet_test*.png"))
    assert len(images) == 1
    assert images[0].read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
