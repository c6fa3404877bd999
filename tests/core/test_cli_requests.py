"""registre-cli request ...: each request type from a script, with --received and the register."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.core import deadlines
from tests.core.test_cli import Cli, add, ok_json, one_line_error
from tests.support.files import files_containing, snapshot

ZOE = [
    "--set",
    "last_name=Zqxjclicanary",
    "--set",
    "first_name=Zoé",
    "--set",
    "email=zoe.cli@exemple.fr",
]


@pytest.fixture
def init(cli: Cli) -> dict:
    """A registry made with `registre-cli init`."""
    return dict(ok_json(cli("init", "--business-name", "Chez Zoé", "--json")))


def zoe(cli: Cli, *purposes: str) -> int:
    args = [*ZOE, "--set", "phone=06 99 88 77 66"]
    for code in purposes or ("customer_follow_up",):
        args += ["--purpose", code]
    return int(add(cli, *args, "--consent", "newsletter", "--consent", "sms_offers")["id"])


def register(cli: Cli) -> list[dict]:
    items = ok_json(cli("request", "list", "--json"))
    assert isinstance(items, list)
    return items


def test_access_writes_the_pdf_and_the_json(cli: Cli, tmp_path: Path, init: dict) -> None:
    customer = zoe(cli)
    pdf, statement = tmp_path / "access.pdf", tmp_path / "access.json"
    result = cli(
        "request",
        "access",
        str(customer),
        "--pdf",
        str(pdf),
        "--json",
        str(statement),
        "--identity-check",
        "id_card_seen",
        "--lang",
        "fr",
    )
    assert result.returncode == 0, result.stderr
    assert "R-" in result.stdout and "completed" in result.stdout
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "Zqxjclicanary" in statement.read_text(encoding="utf-8")
    (request,) = register(cli)
    assert request["type"] == "access" and request["status"] == "completed"
    assert request["identity_check"] == "id_card_seen"
    assert (
        request["due_date"]
        == deadlines.due_date(
            __import__("datetime").date.fromisoformat(request["received_on"])
        ).isoformat()
    )


def test_a_request_received_earlier_by_post(cli: Cli, init: dict) -> None:
    """--received dates the request; the register shows its due date, and it is overdue."""
    customer = zoe(cli)
    answer = ok_json(
        cli(
            "request",
            "restrict",
            str(customer),
            "--reason",
            "Accuracy contested",
            "--received",
            "2026-01-05",
            "--channel",
            "paper",
            "--json",
        )
    )
    assert answer["request"]["received_on"] == "2026-01-05"
    assert answer["request"]["due_date"] == "2026-02-05"
    assert answer["customer"]["restriction"]["reason"] == "Accuracy contested"
    # Restricted: storage only, even from the command line.
    line = one_line_error(cli("customer", "edit", str(customer), "--set", "first_name=Zoë"))
    assert "storage only" in line
    (listed,) = register(cli)
    assert listed["channel"] == "paper" and listed["status"] == "completed"
    assert {"reference", "type", "status", "received_on", "due_date", "customer_reference"} <= set(
        listed
    )


def test_erase_with_its_certificate(cli: Cli, data_dir: Path, tmp_path: Path, init: dict) -> None:
    customer = zoe(cli)
    certificate = tmp_path / "erasure.pdf"
    answer = ok_json(cli("request", "erase", str(customer), "--pdf", str(certificate), "--json"))
    assert answer["certificate"]["fully_erased"] is True
    assert answer["request"]["status"] == "completed"
    assert certificate.read_bytes().startswith(b"%PDF")
    assert "There is no customer" in one_line_error(cli("customer", "show", str(customer)))
    assert ok_json(cli("customer", "list", "--search", "zqxj", "--json")) == []
    (listed,) = register(cli)
    assert listed["customer_id"] is None
    assert listed["customer_reference"] == answer["certificate"]["customer_reference"]
    assert files_containing(data_dir, ["Zqxjclicanary", "zoe.cli", "699887766"]) == {}
    tombstones = (data_dir / "registre.erasures").read_text(encoding="utf-8")
    assert answer["certificate"]["customer_reference"] in tombstones


def test_rectify_object_and_portability(cli: Cli, tmp_path: Path, init: dict) -> None:
    customer = zoe(cli, "customer_follow_up", "invoicing")
    rectified = ok_json(
        cli("request", "rectify", str(customer), "--set", "last_name=Lefèvre", "--json")
    )
    assert rectified["customer"]["fields"]["last_name"] == "Lefèvre"
    assert {r["en"] for r in rectified["recipients_to_inform"]} == {
        "Our accountant",
        "Our e-mail sending provider",
        "Our text-message sending provider",
    }
    objected = ok_json(cli("request", "object", str(customer), "--channel", "email", "--json"))
    assert objected["withdrawn"] == ["newsletter", "sms_offers"]
    line = one_line_error(
        cli("consent", "grant", str(customer), "newsletter", "--channel", "in_store")
    )
    assert "objected" in line
    export = tmp_path / "portable.json"
    result = cli("request", "portability", str(customer), "--json", str(export))
    assert result.returncode == 0, result.stderr
    data = json.loads(export.read_text(encoding="utf-8"))
    assert data["schema"] == "registre-portability/1"
    assert [r["type"] for r in register(cli)] == ["rectification", "objection", "portability"]


def test_extend_and_refuse_by_reference(cli: Cli, init: dict) -> None:
    customer = zoe(cli)
    assert cli("request", "access", str(customer)).returncode == 0  # recorded, still open
    (request,) = register(cli)
    assert request["status"] == "open"
    extended = ok_json(
        cli(
            "request",
            "extend",
            request["reference"],
            "--months",
            "2",
            "--reason",
            "Archives",
            "--json",
        )
    )
    assert extended["extension_months"] == 2 and extended["due_date"] > request["due_date"]
    assert ok_json(cli("request", "list", "--filter", "open", "--json"))[0]["id"] == request["id"]
    refused = ok_json(
        cli("request", "refuse", request["reference"], "--reason", "Manifestly unfounded", "--json")
    )
    assert refused["status"] == "refused"
    assert ok_json(cli("request", "list", "--filter", "open", "--json")) == []


def test_errors_change_nothing(cli: Cli, data_dir: Path, init: dict) -> None:
    customer = zoe(cli)
    ok_json(cli("status", "--json"))
    before = snapshot(data_dir)
    assert "2026-13-01" in one_line_error(
        cli("request", "erase", str(customer), "--received", "2026-13-01")
    )
    assert "There is no customer 99" in one_line_error(cli("request", "erase", "99"))
    assert "future" in one_line_error(
        cli("request", "object", str(customer), "--received", "2999-01-01")
    )
    assert "reason" in one_line_error(cli("request", "restrict", str(customer), "--reason", " "))
    assert snapshot(data_dir) == before
    assert register(cli) == []


def test_an_unwritable_certificate_erases_nothing(
    cli: Cli, data_dir: Path, tmp_path: Path, init: dict
) -> None:
    """The certificate is written before the erasure is committed: no file, no erasure."""
    customer = zoe(cli)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    line = one_line_error(cli("request", "erase", str(customer), "--pdf", str(blocker / "c.pdf")))
    assert "Cannot write" in line
    assert ok_json(cli("customer", "show", str(customer), "--json"))["id"] == customer
    assert register(cli) == []
    assert not (data_dir / "registre.erasures").exists()
