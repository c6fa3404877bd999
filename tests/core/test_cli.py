"""registre-cli, driven as a child process the way a script or a scheduler would.

The ``cli`` fixture runs ``python -m desktop_app.core.cli --data-dir DIR ...`` with the
passphrase in REGISTRE_PASSPHRASE, English messages, and a keyring backend that always
fails (as on a server with no desktop session).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.core.conftest import PASSPHRASE, REPO
from tests.support.files import snapshot

Cli = Callable[..., subprocess.CompletedProcess[str]]
DEFAULT_PURPOSES = {
    "customer_follow_up",
    "newsletter",
    "sms_offers",
    "loyalty_card",
    "invoicing",
    "birthday_offers",
}


def ok_json(result: subprocess.CompletedProcess[str]) -> Any:
    """The JSON a successful command printed."""
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    """A failed command exits non-zero with exactly one line on stderr, and prints nothing."""
    assert result.returncode != 0
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("registre-cli: ")
    assert result.stdout == ""
    return lines[0]


def bare_cli(
    *args: str, env: dict[str, str | None] | None = None
) -> subprocess.CompletedProcess[str]:
    """registre-cli without the fixture's leading --data-dir (to place options anywhere)."""
    full_env: dict[str, str | None] = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "REGISTRE_PASSPHRASE": PASSPHRASE,
        "REGISTRE_LANG": "en",
        "PYTHONPATH": str(REPO),
        **(env or {}),
    }
    return subprocess.run(
        [sys.executable, "-m", "desktop_app.core.cli", *args],
        capture_output=True,
        text=True,
        env={k: v for k, v in full_env.items() if v is not None},
        timeout=120,
    )


@pytest.fixture
def init(cli: Cli) -> dict[str, Any]:
    """A registry made with `registre-cli init`; its JSON answer."""
    return ok_json(cli("init", "--business-name", "Chez Zoé", "--owner-name", "Camille", "--json"))


def add(cli: Cli, *args: str) -> dict[str, Any]:
    result = ok_json(cli("customer", "add", *args, "--json"))
    assert isinstance(result, dict)
    return result


# -- init, status, purposes ---------------------------------------------------------------


def test_init_prints_the_recovery_code_and_the_unlock_methods(cli: Cli, data_dir: Path) -> None:
    """With no working keyring, the registry is unlocked by passphrase or recovery code."""
    created = ok_json(cli("init", "--business-name", "Chez Zoé", "--json"))

    assert len(created["recovery_code"].replace("-", "")) == 32
    assert created["unlock_methods"] == ["passphrase", "recovery"]
    assert created["keyring_error"]
    assert created["business_name"] == "Chez Zoé"
    assert created["encrypted"] is True
    assert sorted(p.name for p in data_dir.iterdir()) == [
        "registre.db",
        "registre.keys",
        "registre.lock",
    ]


def test_init_without_a_passphrase_and_without_a_keyring_is_refused(
    cli: Cli, data_dir: Path
) -> None:
    """The key would have nowhere safe to live: nothing is created."""
    line = one_line_error(
        cli("init", "--business-name", "Chez Zoé", env={"REGISTRE_PASSPHRASE": None})
    )
    assert "passphrase" in line
    assert not (data_dir / "registre.db").exists()


def test_init_on_an_existing_registry_is_refused(cli: Cli, data_dir: Path, init: dict) -> None:
    """A second init never overwrites a registry: exit 1, one line, every file unchanged."""
    before = snapshot(data_dir)
    line = one_line_error(cli("init", "--business-name", "Autre boutique", "--json"))
    assert "already exists" in line
    assert snapshot(data_dir) == before
    assert ok_json(cli("status", "--json"))["business_name"] == "Chez Zoé"


def test_status(cli: Cli, data_dir: Path, init: dict) -> None:
    """status --json tells what the registry is, where, and how it unlocks."""
    status = ok_json(cli("status", "--json"))
    assert status["data_dir"] == str(data_dir)
    assert status["registry_id"] == init["registry_id"]
    assert status["customers"] == 0
    assert status["purposes"] == 6
    assert status["schema_version"] >= 1
    assert status["unlock_methods"] == ["passphrase", "recovery"]


def test_purposes_list(cli: Cli, init: dict) -> None:
    """purposes list --json gives each purpose's code, legal basis and fields."""
    purposes = ok_json(cli("purposes", "list", "--json"))
    assert {p["code"] for p in purposes} == DEFAULT_PURPOSES
    by_code = {p["code"]: p for p in purposes}
    assert by_code["newsletter"]["legal_basis"] == "consent"
    assert by_code["newsletter"]["required_fields"] == ["email"]
    assert by_code["invoicing"]["legal_basis"] == "legal_obligation"
    assert "postal_address" in by_code["invoicing"]["optional_fields"]
    for purpose in purposes:
        assert {"code", "legal_basis", "required_fields", "optional_fields"} <= purpose.keys()


def test_purposes_set_wording_makes_a_new_version(cli: Cli, init: dict) -> None:
    """A wording change from the command line is versioned like any other."""
    changed = ok_json(
        cli("purposes", "set-wording", "newsletter", "--text-en", "Monthly news.", "--json")
    )
    assert changed == {"code": "newsletter", "wording_version": 2}
    shown = ok_json(cli("purposes", "show", "newsletter", "--json"))
    assert [w["version"] for w in shown["wordings"]] == [1, 2]
    assert shown["wordings"][1]["text"]["en"] == "Monthly news."


# -- customers ---------------------------------------------------------------------------


def test_customer_add_show_edit_and_list(cli: Cli, init: dict) -> None:
    """The whole life of a customer record from a script."""
    added = add(
        cli,
        "--set",
        "last_name=Dupré",
        "--set",
        "first_name=Zoé",
        "--set",
        "email=zoe@exemple.fr",
        "--purpose",
        "customer_follow_up",
        "--consent",
        "newsletter",
        "--channel",
        "in_store",
    )
    customer_id = added["id"]
    assert isinstance(customer_id, int)

    shown = ok_json(cli("customer", "show", str(customer_id), "--json"))
    assert shown["id"] == customer_id
    assert shown["fields"] == {"last_name": "Dupré", "first_name": "Zoé", "email": "zoe@exemple.fr"}
    assert shown["purposes"] == ["customer_follow_up"]
    (newsletter,) = shown["consents"]
    assert newsletter["purpose"] == "newsletter" and newsletter["state"] == "granted"
    assert newsletter["history"][0]["channel"] == "in_store"
    assert newsletter["history"][0]["staff"] == "Camille"

    edited = ok_json(
        cli(
            "customer",
            "edit",
            str(customer_id),
            "--set",
            "last_name=Lefèvre",
            "--set",
            "phone=06 12 34 56 78",
            "--set",
            "first_name=",
            "--json",
        )
    )
    assert edited["fields"] == {
        "last_name": "Lefèvre",
        "email": "zoe@exemple.fr",
        "phone": "+33612345678",
    }

    found = ok_json(cli("customer", "list", "--search", "lefe", "--json"))
    assert [c["id"] for c in found] == [customer_id]
    assert ok_json(cli("customer", "list", "--search", "dupre", "--json")) == []
    assert [c["id"] for c in ok_json(cli("customer", "list", "--search", "06 12", "--json"))] == [
        customer_id
    ]
    assert ok_json(cli("status", "--json"))["customers"] == 1


def test_customer_list_without_search_is_sorted_by_name(cli: Cli, init: dict) -> None:
    """customer list --json is the whole list, by folded name, as objects with an id."""
    ids = {
        name: add(cli, "--set", f"last_name={name}", "--purpose", "invoicing")["id"]
        for name in ["Zola", "Éluard", "albert"]
    }
    listed = ok_json(cli("customer", "list", "--json"))
    assert [c["id"] for c in listed] == [ids["albert"], ids["Éluard"], ids["Zola"]]
    assert (
        ok_json(cli("customer", "list", "--limit", "1", "--offset", "1", "--json"))[0]["id"]
        == ids["Éluard"]
    )


def test_edit_can_detach_a_purpose_and_reports_what_was_erased(cli: Cli, init: dict) -> None:
    """--drop-purpose erases the fields only that purpose justified, and says which."""
    customer_id = add(
        cli,
        "--set",
        "last_name=Martin",
        "--set",
        "phone=0612345678",
        "--purpose",
        "customer_follow_up",
        "--purpose",
        "invoicing",
    )["id"]
    edited = ok_json(
        cli("customer", "edit", str(customer_id), "--drop-purpose", "customer_follow_up", "--json")
    )
    assert edited["erased_fields"] == ["phone"]
    assert edited["fields"] == {"last_name": "Martin"}
    assert edited["purposes"] == ["invoicing"]


def test_consent_grant_and_withdraw(cli: Cli, init: dict) -> None:
    """Consent from the command line: grant with the needed field, withdraw erases it."""
    customer_id = add(cli, "--set", "last_name=Martin", "--purpose", "invoicing")["id"]

    granted = ok_json(
        cli(
            "consent",
            "grant",
            str(customer_id),
            "sms_offers",
            "--channel",
            "phone",
            "--set",
            "phone=06 12 34 56 78",
            "--json",
        )
    )
    assert granted["fields"]["phone"] == "+33612345678"
    assert granted["consents"][0]["state"] == "granted"

    withdrawn = ok_json(
        cli("consent", "withdraw", str(customer_id), "sms_offers", "--channel", "email", "--json")
    )
    assert withdrawn["erased_fields"] == ["phone"]
    assert withdrawn["fields"] == {"last_name": "Martin"}
    history = withdrawn["consents"][0]["history"]
    assert [(e["action"], e["channel"]) for e in history] == [
        ("granted", "phone"),
        ("withdrawn", "email"),
    ]


def test_consent_grant_without_its_required_field_is_refused(cli: Cli, init: dict) -> None:
    """SMS offers need a phone number: one clear line, nothing recorded."""
    customer_id = add(cli, "--set", "last_name=Martin", "--purpose", "invoicing")["id"]
    line = one_line_error(
        cli("consent", "grant", str(customer_id), "sms_offers", "--channel", "in_store")
    )
    assert "Phone" in line
    shown = ok_json(cli("customer", "show", str(customer_id), "--json"))
    assert shown["consents"] == []


def test_an_unknown_channel_is_refused(cli: Cli, init: dict) -> None:
    """The channel must be one the ledger knows."""
    line = one_line_error(
        cli(
            "customer",
            "add",
            "--set",
            "email=a@exemple.fr",
            "--consent",
            "newsletter",
            "--channel",
            "fax",
        )
    )
    assert "fax" in line
    assert ok_json(cli("status", "--json"))["customers"] == 0


def test_an_unknown_customer(cli: Cli, init: dict) -> None:
    """show on an id that does not exist fails with one line."""
    assert "42" in one_line_error(cli("customer", "show", "42"))


def test_messages_follow_the_language(cli: Cli, init: dict) -> None:
    """REGISTRE_LANG=fr gives the same error in French."""
    line = one_line_error(cli("customer", "show", "42", env={"REGISTRE_LANG": "fr"}))
    assert "Il n'y a pas de client 42" in line


# -- the minimisation guard --------------------------------------------------------------


def test_the_minimisation_guard_refuses_an_unjustified_field(
    cli: Cli, data_dir: Path, init: dict
) -> None:
    """A birthday with only customer follow-up: exit 1, one line, every file unchanged."""
    add(cli, "--set", "last_name=Martin", "--purpose", "customer_follow_up")
    before = snapshot(data_dir)  # after a successful command: the WAL is checkpointed

    result = cli(
        "customer",
        "add",
        "--set",
        "last_name=Dupré",
        "--set",
        "birthday=14/07",
        "--purpose",
        "customer_follow_up",
        "--json",
    )

    assert result.returncode == 1
    line = one_line_error(result)
    assert "Birthday" in line and "cannot be recorded" in line
    assert snapshot(data_dir) == before
    assert [c["fields"]["last_name"] for c in ok_json(cli("customer", "list", "--json"))] == [
        "Martin"
    ]


def test_the_guard_also_refuses_an_unjustified_field_on_edit(
    cli: Cli, data_dir: Path, init: dict
) -> None:
    """Editing cannot add what no purpose of the customer needs."""
    customer_id = add(cli, "--set", "last_name=Martin", "--purpose", "invoicing")["id"]
    before = snapshot(data_dir)
    line = one_line_error(cli("customer", "edit", str(customer_id), "--set", "email=a@b.fr"))
    assert "E-mail" in line
    assert snapshot(data_dir) == before


# -- unlocking -----------------------------------------------------------------------------


def test_a_wrong_passphrase_changes_nothing(cli: Cli, data_dir: Path, init: dict) -> None:
    """Exit non-zero, one line, and every file exactly as it was."""
    before = snapshot(data_dir)
    line = one_line_error(cli("status", env={"REGISTRE_PASSPHRASE": "not the passphrase"}))
    assert "Wrong passphrase" in line
    assert snapshot(data_dir) == before


def test_no_passphrase_at_all_says_how_to_give_one(cli: Cli, data_dir: Path, init: dict) -> None:
    """Without a passphrase or a keyring slot the error names both ways to give it."""
    before = snapshot(data_dir)
    line = one_line_error(cli("status", env={"REGISTRE_PASSPHRASE": None}))
    assert "REGISTRE_PASSPHRASE" in line and "--passphrase-file" in line
    assert snapshot(data_dir) == before


@pytest.mark.parametrize("where", ["before", "after"])
def test_passphrase_file(cli: Cli, tmp_path: Path, init: dict, where: str) -> None:
    """--passphrase-file unlocks without the environment variable, before or after the command."""
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    option = ["--passphrase-file", str(secret)]
    args = [*option, "status", "--json"] if where == "before" else ["status", *option, "--json"]
    status = ok_json(cli(*args, env={"REGISTRE_PASSPHRASE": None}))
    assert status["registry_id"] == init["registry_id"]


def test_a_missing_passphrase_file(cli: Cli, tmp_path: Path, init: dict) -> None:
    """An unreadable passphrase file is one clear line naming it."""
    missing = tmp_path / "nope.txt"
    line = one_line_error(
        cli("status", "--passphrase-file", str(missing), env={"REGISTRE_PASSPHRASE": None})
    )
    assert str(missing) in line


def test_recovery_code_file_unlocks(cli: Cli, tmp_path: Path, init: dict) -> None:
    """The recovery code from init opens the registry when the passphrase is lost."""
    code = tmp_path / "code.txt"
    code.write_text(init["recovery_code"], encoding="utf-8")
    status = ok_json(
        cli(
            "status", "--recovery-code-file", str(code), "--json", env={"REGISTRE_PASSPHRASE": None}
        )
    )
    assert status["registry_id"] == init["registry_id"]


@pytest.mark.parametrize("where", ["before", "after"])
def test_data_dir_before_or_after_the_command(tmp_path: Path, where: str) -> None:
    """--data-dir is accepted on either side of the sub-command."""
    folder = tmp_path / f"registry-{where}"
    option = ["--data-dir", str(folder)]

    def args(*command: str) -> list[str]:
        return [*option, *command] if where == "before" else [*command, *option]

    created = ok_json(bare_cli(*args("init", "--business-name", "Chez Zoé", "--json")))
    assert created["data_dir"] == str(folder)
    added = ok_json(
        bare_cli(
            *args(
                "customer",
                "add",
                "--set",
                "last_name=Dupré",
                "--purpose",
                "invoicing",
                "--json",
            )
        )
    )
    listed = ok_json(bare_cli(*args("customer", "list", "--json")))
    assert [c["id"] for c in listed] == [added["id"]]


def test_data_dir_after_the_command_wins(cli: Cli, tmp_path: Path, data_dir: Path) -> None:
    """An option after the sub-command overrides the same option before it."""
    other = tmp_path / "other"
    ok_json(cli("init", "--data-dir", str(other), "--business-name", "Autre", "--json"))
    assert (other / "registre.db").exists()
    assert not data_dir.exists()


def test_no_registry_there(cli: Cli, data_dir: Path) -> None:
    """Opening where there is no registry says so and creates nothing."""
    line = one_line_error(cli("status"))
    assert "There is no registry" in line and "registre-cli init" in line
    assert not data_dir.exists()


def test_a_usage_error_exits_with_2(cli: Cli, init: dict) -> None:
    """argparse usage errors keep their usual exit status."""
    result = cli("consent", "grant", "1", "newsletter")  # --channel missing
    assert result.returncode == 2
    assert "--channel" in result.stderr


# -- import ----------------------------------------------------------------------------------


def test_import_a_csv(cli: Cli, tmp_path: Path, init: dict) -> None:
    """A clean CSV is imported whole, with the purposes given on the command line."""
    csv_file = tmp_path / "clients.csv"
    csv_file.write_text(
        "last_name,first_name,email,consents\nDupré,Zoé,zoe@exemple.fr,newsletter\nMartin,Paul,,\n",
        encoding="utf-8",
    )
    result = ok_json(
        cli("customer", "import", str(csv_file), "--purpose", "customer_follow_up", "--json")
    )
    assert result == {"imported": 2}
    zoe = ok_json(cli("customer", "list", "--search", "zoe", "--json"))
    shown = ok_json(cli("customer", "show", str(zoe[0]["id"]), "--json"))
    assert shown["consents"][0]["purpose"] == "newsletter"
    assert shown["consents"][0]["history"][0]["channel"] == "paper"


def test_import_with_one_bad_line_imports_nothing_and_names_the_line(
    cli: Cli, data_dir: Path, tmp_path: Path, init: dict
) -> None:
    """Every line is checked before any is written: one bad e-mail on line 3 stops it all."""
    csv_file = tmp_path / "clients.csv"
    csv_file.write_text(
        "last_name,first_name,email\n"
        "Dupré,Zoé,zoe@exemple.fr\n"
        "Martin,Paul,pas-une-adresse\n"
        "Durand,Léa,lea@exemple.fr\n",
        encoding="utf-8",
    )
    ok_json(cli("status", "--json"))
    before = snapshot(data_dir)

    line = one_line_error(
        cli("customer", "import", str(csv_file), "--purpose", "customer_follow_up")
    )

    assert line.startswith("registre-cli: Line 3:")
    assert "e-mail" in line
    assert snapshot(data_dir) == before
    assert ok_json(cli("status", "--json"))["customers"] == 0
