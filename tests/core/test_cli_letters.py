"""registre-cli request extend/refuse --letter PATH: the letter to the customer is written in
the same transaction as the change, so a letter that cannot be written changes nothing."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from desktop_app.core.business import CNIL_NAME
from desktop_app.core.rights.access_pdf import format_date
from tests.core.test_cli import Cli, ok_json, one_line_error
from tests.core.test_cli_requests import init, register, zoe  # noqa: F401 - fixture
from tests.support.files import snapshot


def text_of(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(path).pages))


def open_request(cli: Cli) -> dict[str, Any]:
    customer = zoe(cli)
    assert cli("request", "access", str(customer)).returncode == 0  # recorded, still open
    (request,) = register(cli)
    return request


def test_extend_writes_the_letter(cli: Cli, tmp_path: Path, init: dict[str, Any]) -> None:  # noqa: F811
    request = open_request(cli)
    letter = tmp_path / "extension.pdf"
    extended = ok_json(
        cli(
            "request",
            "extend",
            request["reference"],
            "--months",
            "1",
            "--reason",
            "Archives <b> & co",
            "--letter",
            str(letter),
            "--lang",
            "fr",
            "--json",
        )
    )
    assert extended["letter"] == str(letter) and extended["extension_months"] == 1
    text = text_of(letter)
    assert "Archives <b> & co" in text
    assert request["reference"] in text and "prolongé de 1 mois" in text
    assert CNIL_NAME in text
    assert format_date(extended["due_date"], "fr") in text  # the new due date


def test_refuse_writes_the_letter_in_english(
    cli: Cli,
    tmp_path: Path,
    init: dict[str, Any],  # noqa: F811
) -> None:
    request = open_request(cli)
    letter = tmp_path / "refusal.pdf"
    result = cli(
        "request",
        "refuse",
        request["reference"],
        "--reason",
        "Jones <Ltd> & Co asked for it",
        "--letter",
        str(letter),
        "--lang",
        "en",
    )
    assert result.returncode == 0, result.stderr
    assert "refused" in result.stdout
    text = text_of(letter)
    assert "Jones <Ltd> & Co asked for it" in text
    assert "lodge a complaint with the supervisory authority" in text and CNIL_NAME in text
    assert "Chez Zoé" in text  # the letterhead


def test_an_unwritable_letter_changes_nothing(
    cli: Cli,
    data_dir: Path,
    tmp_path: Path,
    init: dict[str, Any],  # noqa: F811
) -> None:
    request = open_request(cli)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    before = snapshot(data_dir)
    for args in (
        ["extend", request["reference"], "--months", "2", "--reason", "Archives"],
        ["refuse", request["reference"], "--reason", "Unfounded"],
    ):
        line = one_line_error(cli("request", *args, "--letter", str(blocker / "letter.pdf")))
        assert "Cannot write" in line
    assert snapshot(data_dir) == before
    (after,) = register(cli)
    assert after["status"] == "open" and after["extension_months"] == 0
    assert after["due_date"] == request["due_date"]
