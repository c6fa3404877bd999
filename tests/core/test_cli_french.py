"""registre-cli speaks French in its plain-text output when REGISTRE_LANG=fr.

The lines come from the "CLI output" section of messages.py (codes ``cli_*``);
``--json`` stays the same in both languages (codes and values for scripts).
"""

from __future__ import annotations

import ast
import string
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.core import cli as cli_module
from desktop_app.core.messages import MESSAGES
from desktop_app.core.registry import Registry
from desktop_app.core.requests import STATUSES
from tests.core.conftest import REPO
from tests.core.test_cli import Cli, add, ok_json

FR = {"REGISTRE_LANG": "fr"}
CLI_CODES = sorted(code for code in MESSAGES if code.startswith("cli_"))


def fr(cli: Cli, *args: str, env: dict[str, str] | None = None) -> str:
    """The plain-text output of a successful command run in French."""
    result = cli(*args, env={**FR, **(env or {})})
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return str(result.stdout)


def test_init_status_and_a_customer_in_french(cli: Cli, data_dir: Path) -> None:
    out = fr(cli, "init", "--business-name", "Chez Zoé", "--owner-name", "Camille", "--no-keyring")
    lines = out.splitlines()
    assert lines[0] == (
        f"Registre créé dans {data_dir} (déverrouillage : phrase de passe, code de secours)."
    )
    assert lines[1].startswith(
        "Code de secours, affiché une seule fois ; gardez-le à l'écart de cet ordinateur : "
    )
    code = lines[1].rsplit(" : ", 1)[1]
    assert len(code.replace("-", "")) == 32

    status = fr(cli, "status").splitlines()
    assert f"Dossier : {data_dir}" in status
    assert "Nom de l'entreprise : Chez Zoé" in status
    assert "Clients : 0" in status
    assert "Chiffré : oui" in status
    assert "Se déverrouille avec : phrase de passe, code de secours" in status
    assert "Registry" not in "\n".join(status) and "customers" not in "\n".join(status)

    shown = fr(
        cli,
        "customer",
        "add",
        "--set",
        "last_name=Durand",
        "--set",
        "email=zoe@exemple.fr",
        "--purpose",
        "customer_follow_up",
        "--consent",
        "newsletter",
        "--channel",
        "paper",
    )
    assert "  last_name : Durand" in shown.splitlines()
    assert "  finalités : customer_follow_up" in shown
    assert "  consentement newsletter : donné" in shown

    # The same command answers the same JSON in both languages.
    in_french = ok_json(cli("status", "--json", env=FR))
    assert in_french == ok_json(cli("status", "--json"))
    assert in_french["unlock_methods"] == ["passphrase", "recovery"]
    assert in_french["encrypted"] is True


def test_staff_list_in_french(cli: Cli) -> None:
    fr(cli, "init", "--business-name", "Chez Zoé", "--owner-name", "Camille", "--no-keyring")
    # (A PIN needs the OS keyring for its pepper; the fixture has none: a passphrase then.)
    added = fr(cli, "staff", "add", "Léa", env={"REGISTRE_STAFF_SECRET": "la clé de Léa"})
    assert added.splitlines() == [
        "#1 Camille (propriétaire, phrase de passe, code de secours)",
        "#2 Léa (personnel, phrase de passe)",
    ]
    granted = fr(cli, "staff", "grant", "Léa", "export")
    assert "#2 Léa (personnel, phrase de passe ; peut aussi : export)" in granted.splitlines()
    # English stays as it was for scripts that read the text.
    english = cli("staff", "list", check=True).stdout.splitlines()
    assert english[1] == "#2 Léa (staff, passphrase; may also: export)"


def test_audit_and_backups_in_french(cli: Cli, tmp_path: Path) -> None:
    fr(cli, "init", "--business-name", "Chez Zoé", "--no-keyring")
    add(cli, "--set", "last_name=Durand", "--purpose", "customer_follow_up")
    folder = tmp_path / "backups"

    made = fr(cli, "backup", "create", "--to", str(folder))
    path = Path(made.split(" (", 1)[0])
    assert path.parent == folder and path.is_file()
    assert made.strip().endswith("(1 client(s), vérifiée)")

    count = ok_json(cli("audit", "verify", "--json"))["count"]
    assert fr(cli, "audit", "verify").strip() == f"journal intact : {count} entrée(s)"
    checked = fr(cli, "audit", "verify", "--backups", str(folder)).strip()
    assert checked.startswith("journal intact : ")
    assert checked.endswith(", même historique que 1 sauvegarde(s)")
    listed = fr(cli, "audit", "list").splitlines()
    assert len(listed) >= 2 and " personnel " in listed[0]
    assert any("customer_created" in line for line in listed)  # action codes stay codes

    verified = fr(cli, "backup", "verify", str(path)).strip()
    assert verified == f"sauvegarde intacte : {path} (1 client(s))"
    restored = fr(cli, "backup", "restore", str(path)).strip()
    assert restored == "restaurée : 1 client(s), 0 effacement(s) appliqué(s) de nouveau"


def test_requests_and_breaches_in_french(cli: Cli) -> None:
    fr(cli, "init", "--business-name", "Chez Zoé", "--no-keyring")
    customer = add(cli, "--set", "last_name=Durand", "--purpose", "customer_follow_up")["id"]

    answered = fr(cli, "request", "restrict", str(customer), "--reason", "contestation").strip()
    reference = answered.split(",", 1)[0]
    assert reference.startswith("R-")
    assert ", Limitation (art. 18) : traitée, échéance le " in answered

    listed = fr(cli, "request", "list").splitlines()
    assert len(listed) == 1 and listed[0].startswith(reference)
    assert "Limitation (art. 18)" in listed[0] and "traitée" in listed[0]
    assert " reçue le " in listed[0] and " échéance " in listed[0]
    assert "received" not in listed[0] and "completed" not in listed[0]

    discovered = (datetime.now() - timedelta(hours=2)).strftime("%Y-%m-%d %H:%M")
    recorded = fr(
        cli,
        "breach",
        "add",
        "--discovered",
        discovered,
        "--nature",
        "availability",
        "--description",
        "Ordinateur de la caisse volé",
    ).strip()
    breach_ref, rest = recorded.split(" : ", 1)
    assert rest.startswith("échéance ") and rest.endswith(" h)")
    breaches = fr(cli, "breach", "list").splitlines()
    assert len(breaches) == 1 and breaches[0].startswith(breach_ref)
    assert " découverte le " in breaches[0] and breaches[0].endswith(" h restantes")
    notified = fr(cli, "breach", "notified", breach_ref)
    assert notified.startswith(f"{breach_ref} : échéance ")
    assert " notifiée le " in fr(cli, "breach", "list")


def test_key_commands_in_french(cli: Cli) -> None:
    fr(cli, "init", "--business-name", "Chez Zoé", "--no-keyring")
    renewed = fr(cli, "recovery", "renew").strip()
    assert renewed.startswith("Nouveau code de secours (l'ancien ne fonctionne plus) : ")
    methods = fr(cli, "passphrase", "set", env={"REGISTRE_NEW_PASSPHRASE": "another long one"})
    prefix, listed = methods.strip().split(" : ")
    assert prefix == "Le registre se déverrouille avec"
    assert sorted(listed.split(", ")) == ["code de secours", "phrase de passe"]


# -- the catalogue ------------------------------------------------------------------------


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", CLI_CODES)
def test_every_cli_message_has_french_and_english_with_the_same_parameters(code: str) -> None:
    texts = MESSAGES[code]
    assert set(texts) == {"fr", "en"}
    assert texts["fr"].strip() and texts["en"].strip() and texts["fr"] != texts["en"]
    assert placeholders(texts["fr"]) == placeholders(texts["en"])


def _t_calls() -> list[tuple[str, set[str], int]]:
    """Every ``_t("cli_...", name=...)`` in cli.py: its code, its keyword names, its line."""
    tree = ast.parse((REPO / "desktop_app/core/cli.py").read_text(encoding="utf-8"))
    calls = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "_t":
            for first in node.args[:1]:
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    names = {k.arg for k in node.keywords if k.arg is not None}
                    calls.append((first.value, names, node.lineno))
                elif isinstance(first, ast.IfExp):  # _t("cli_yes" if value else "cli_no")
                    for branch in (first.body, first.orelse):
                        assert isinstance(branch, ast.Constant)
                        calls.append((str(branch.value), set(), node.lineno))
    return calls


def test_the_cli_fills_exactly_the_parameters_of_its_messages() -> None:
    calls = _t_calls()
    assert len(calls) > 25  # the whole plain-text output goes through _t
    for code, names, line in calls:
        assert code in MESSAGES, f"cli.py line {line}: no message {code}"
        assert names == placeholders(MESSAGES[code]["en"]), f"cli.py line {line}: {code}"


def test_every_word_the_cli_looks_up_has_a_message() -> None:
    # _label(kind, value) falls back to the code itself: make sure none is left untranslated.
    status_keys = {
        "data_dir",
        "registry_id",
        "schema_version",
        "business_name",
        "customers",
        "purposes",
        "unlock_methods",
        "encrypted",
    }
    wanted = (
        {f"cli_status_{key}" for key in status_keys}
        | {f"cli_method_{m}" for m in ("keyring", "passphrase", "recovery", "staff")}
        | {f"cli_role_{role}" for role in ("owner", "staff")}
        | {f"cli_secret_{kind}" for kind in ("pin", "passphrase", "none")}
        | {f"cli_request_{status}" for status in STATUSES}
    )
    assert wanted <= set(MESSAGES)
    assert cli_module._label("request", "completed") in ("completed", "traitée")


def test_status_has_a_label_for_every_key(registry: Registry) -> None:
    for key in registry.status():
        assert f"cli_status_{key}" in MESSAGES, key
