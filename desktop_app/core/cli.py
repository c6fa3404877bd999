"""registre-cli: the scripting interface (like keepassxc-cli).

Every command takes ``--data-dir DIR``; every command that prints data takes
``--json``. Unlocking without a screen works as restic does: REGISTRE_PASSPHRASE
or ``--passphrase-file FILE``, else the OS keyring; REGISTRE_RECOVERY_CODE or
``--recovery-code-file FILE`` unlocks with the recovery code. Exit status 0 on
success; on error, 1 (2 for a usage error) with one clear line on stderr, and
nothing changed.

Language: the plain-text output and the error lines follow
``i18n.system_language()`` (REGISTRE_LANG, else the locale): French or English,
from the "CLI output" section of ``messages.py``. ``--json`` output is never
translated (codes and values, for scripts). The argparse help texts stay in
English: they are for developers and scripts, not for the shop counter.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from . import importer, messages
from .business import PROFILE_FIELDS
from .consent import ACTION_LABELS as CONSENT_LABELS
from .customers import CustomerDraft
from .errors import Cancelled, RegistreError, ValidationError
from .files import default_data_dir
from .i18n import pick, system_language
from .purposes import LEGAL_BASIS_LABELS
from .registry import Registry, Unlock

PROG = "registre-cli"


# -- argument parsing ----------------------------------------------------------


def _common() -> argparse.ArgumentParser:
    # SUPPRESS: an option given before the sub-command is not reset by the sub-parser.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS, help="registry folder")
    common.add_argument(
        "--passphrase-file", type=Path, default=argparse.SUPPRESS, help="read the passphrase here"
    )
    common.add_argument(
        "--recovery-code-file",
        type=Path,
        default=argparse.SUPPRESS,
        help="unlock with the recovery code read here",
    )
    common.add_argument(
        "--staff",
        default=argparse.SUPPRESS,
        metavar="NAME_OR_ID",
        help="unlock as this staff member (their PIN or passphrase: REGISTRE_PASSPHRASE "
        "or --passphrase-file)",
    )
    return common


def _json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON")


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = argparse.ArgumentParser(
        prog=PROG, parents=[common], description="Registre, the GDPR customer registry."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(
        group: Any, name: str, help_text: str, with_json: bool = False
    ) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = group.add_parser(name, parents=[common], help=help_text)
        if with_json:
            _json_flag(sub)
        return sub

    init = command(commands, "init", "create a new registry", with_json=True)
    init.add_argument("--business-name", required=True)
    init.add_argument("--owner-name")
    init.add_argument("--no-keyring", action="store_true", help="do not use the OS keyring")
    init.add_argument("--recovery-sheet", type=Path, help="write the recovery sheet PDF here")
    init.add_argument("--lang", choices=("fr", "en"), help="language of the recovery sheet")

    command(commands, "status", "show the registry's state", with_json=True)

    purposes = commands.add_parser("purposes", help="the purpose catalogue").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    command(purposes, "list", "list purposes", with_json=True)
    show_purpose = command(purposes, "show", "show one purpose and its wordings", with_json=True)
    show_purpose.add_argument("code")
    wording = command(purposes, "set-wording", "record a new wording version", with_json=True)
    wording.add_argument("code")
    for lang in ("fr", "en"):
        wording.add_argument(f"--name-{lang}")
        wording.add_argument(f"--text-{lang}")

    business = commands.add_parser("business", help="the business profile").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    command(business, "show", "show the business profile", with_json=True)
    set_business = command(business, "set", "change the business profile", with_json=True)
    set_business.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE")

    customer = commands.add_parser("customer", help="customers").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    add = command(customer, "add", "add a customer", with_json=True)
    add.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE")
    add.add_argument("--purpose", action="append", default=[], metavar="CODE")
    add.add_argument("--consent", action="append", default=[], metavar="CODE")
    add.add_argument("--channel", default="in_store")
    edit = command(customer, "edit", "change a customer", with_json=True)
    edit.add_argument("id", type=int)
    edit.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE")
    edit.add_argument("--purpose", action="append", default=[], metavar="CODE")
    edit.add_argument("--drop-purpose", action="append", default=[], metavar="CODE")
    show = command(customer, "show", "show a customer", with_json=True)
    show.add_argument("id", type=int)
    listing = command(customer, "list", "list or search customers", with_json=True)
    listing.add_argument("--search", default="")
    listing.add_argument("--limit", type=int, default=100)
    listing.add_argument("--offset", type=int, default=0)
    load = command(customer, "import", "import customers from CSV or JSON Lines", with_json=True)
    load.add_argument("file", type=Path)
    load.add_argument("--purpose", action="append", default=[], metavar="CODE")
    load.add_argument("--consent", action="append", default=[], metavar="CODE")
    load.add_argument("--channel", default="paper")
    load.add_argument("--batch-size", type=int, default=500)
    load.add_argument(
        "--progress", action="store_true", help="print each committed count as a JSON line"
    )

    consent = commands.add_parser("consent", help="the consent ledger").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    for name in ("grant", "withdraw"):
        sub = command(consent, name, f"{name} a consent", with_json=True)
        sub.add_argument("id", type=int)
        sub.add_argument("code")
        sub.add_argument("--channel", required=True)
        if name == "grant":
            sub.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE")

    passphrase = commands.add_parser("passphrase", help="the passphrase slot").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    set_pass = command(passphrase, "set", "add or change the passphrase")
    set_pass.add_argument(
        "--new-passphrase-file",
        type=Path,
        help="the new passphrase (else REGISTRE_NEW_PASSPHRASE)",
    )
    command(passphrase, "remove", "remove the passphrase (keyring must remain)")

    keyring_cmd = commands.add_parser("keyring", help="the OS keyring slot").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    command(keyring_cmd, "enable", "keep the key in the OS keyring too")
    command(keyring_cmd, "disable", "stop using the OS keyring (passphrase must remain)")

    recovery = commands.add_parser("recovery", help="the recovery code").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    renew = command(recovery, "renew", "make a new recovery code", with_json=True)
    renew.add_argument("--recovery-sheet", type=Path)
    renew.add_argument("--lang", choices=("fr", "en"))

    _request_parsers(commands, command)
    _audit_parsers(commands, command)
    _breach_parsers(commands, command)
    _staff_parsers(commands, command)
    _backup_parsers(commands, command)

    key = commands.add_parser("key", help="the database key").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    rotate = command(key, "rotate", "re-encrypt under a new key", with_json=True)
    rotate.add_argument("--recovery-sheet", type=Path)
    rotate.add_argument("--lang", choices=("fr", "en"))
    return parser


def _audit_parsers(commands: Any, command: Any) -> None:
    """``audit verify`` and ``audit list [--customer ID]``."""
    audit_cmd = commands.add_parser(
        "audit", help="the tamper-evident audit log (Art. 5(2))"
    ).add_subparsers(dest="action", required=True, metavar="ACTION")
    verify = command(
        audit_cmd, "verify", "check the hash chain; names the first broken entry", True
    )
    verify.add_argument(
        "--backups",
        type=Path,
        metavar="FOLDER",
        help="also check that the backups there hold the same history (a rewrite of the "
        "whole chain by a key holder shows there)",
    )
    audit_list = command(audit_cmd, "list", "the audit entries (codes only)", with_json=True)
    audit_list.add_argument("--customer", type=int, metavar="ID", help="only this customer's")


def _staff_parsers(commands: Any, command: Any) -> None:
    """``staff list|add|remove|rename|secret``: the people who unlock the registry."""
    staff_cmd = commands.add_parser(
        "staff", help="staff accounts, each with their own PIN or passphrase"
    ).add_subparsers(dest="action", required=True, metavar="ACTION")
    command(staff_cmd, "list", "the owner and the staff", with_json=True)
    secret_help = "their PIN or passphrase is read here (else REGISTRE_STAFF_SECRET)"
    add = command(staff_cmd, "add", "give a new person their own access", with_json=True)
    add.add_argument("name")
    add.add_argument("--secret-file", type=Path, help=secret_help)
    remove = command(staff_cmd, "remove", "revoke a person's access", with_json=True)
    remove.add_argument("person", metavar="NAME_OR_ID")
    rename = command(staff_cmd, "rename", "change a person's name", with_json=True)
    rename.add_argument("person", metavar="NAME_OR_ID")
    rename.add_argument("name")
    for name, help_text in (
        ("grant", "lend owner-only actions to a person"),
        ("revoke", "take lent actions back"),
    ):
        lend = command(staff_cmd, name, help_text, with_json=True)
        lend.add_argument("person", metavar="NAME_OR_ID")
        lend.add_argument("actions", nargs="+", choices=("export", "erase"), metavar="ACTION")
    secret = command(staff_cmd, "secret", "set a person's PIN or passphrase", with_json=True)
    secret.add_argument("person", metavar="NAME_OR_ID")
    secret.add_argument("--secret-file", type=Path, help=secret_help)


def _backup_parsers(commands: Any, command: Any) -> None:
    """``backup create --to FOLDER [--keep N]``, ``backup verify PATH``, ``backup restore PATH``."""
    from .backup import DEFAULT_KEEP

    backup_cmd = commands.add_parser("backup", help="encrypted, verified backups").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    create = command(backup_cmd, "create", "write a verified backup into FOLDER", True)
    create.add_argument("--to", type=Path, required=True, metavar="FOLDER")
    create.add_argument("--keep", type=int, default=DEFAULT_KEEP, help="backups to keep")
    verify = command(backup_cmd, "verify", "open a backup and check every page", True)
    verify.add_argument("path", type=Path, help="the backup's .db file")
    restore = command(backup_cmd, "restore", "put a backup back (erasures stay applied)", True)
    restore.add_argument("path", type=Path, help="the backup's .db file")


def _breach_parsers(commands: Any, command: Any) -> None:
    """``breach add|list|notified|draft``: the breach register (Art. 33)."""
    from .breaches import NATURES

    breach = commands.add_parser(
        "breach", help="the breach register and its 72-hour clock (Art. 33)"
    ).add_subparsers(dest="action", required=True, metavar="ACTION")
    add = command(breach, "add", "record a personal data breach", with_json=True)
    add.add_argument(
        "--discovered", required=True, metavar="'YYYY-MM-DD HH:MM'", help="starts the 72 hours"
    )
    add.add_argument("--nature", action="append", required=True, choices=NATURES)
    add.add_argument("--description", required=True, help="what happened (no customer names)")
    add.add_argument("--occurred", metavar="YYYY-MM-DD", help="start (default: discovery day)")
    add.add_argument("--occurred-until", metavar="YYYY-MM-DD")
    add.add_argument(
        "--encrypted",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="the data was unintelligible to others, Art. 34(3)(a) (default: yes, the "
        "registry is encrypted; say --not-encrypted if data left it in clear or the key leaked)",
    )
    add.add_argument("--not-encrypted", dest="encrypted", action="store_false")
    add.add_argument("--measures", default="", help="measures taken")
    add.add_argument("--measures-proposed", default="")
    add.add_argument("--consequences", default="", help="likely consequences")
    command(breach, "list", "the breach register with deadlines", with_json=True)
    notified = command(breach, "notified", "record the notification to the authority", True)
    notified.add_argument("reference")
    notified.add_argument("--at", metavar="'YYYY-MM-DD HH:MM'", help="default: now")
    draft = command(breach, "draft", "write the notification draft PDF")
    draft.add_argument("reference")
    draft.add_argument("--pdf", type=Path, required=True, metavar="PATH")
    draft.add_argument("--lang", choices=("fr", "en"))


def _request_parsers(commands: Any, command: Any) -> None:
    """``request TYPE ID ...`` records a data-subject request and answers it at once."""
    from .consent import CHANNELS
    from .requests import FILTERS, IDENTITY_CHECKS

    request = commands.add_parser(
        "request", help="data-subject requests (access, erasure, ...)"
    ).add_subparsers(dest="action", required=True, metavar="ACTION")

    def new(name: str, help_text: str) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = command(request, name, help_text)
        sub.add_argument("id", type=int, help="customer id")
        sub.add_argument("--received", metavar="YYYY-MM-DD", help="date received (default today)")
        sub.add_argument("--channel", choices=CHANNELS, default="in_store")
        sub.add_argument(
            "--identity-check",
            choices=IDENTITY_CHECKS,
            default="known_customer",
            help="how identity was checked (a document seen, never copied)",
        )
        sub.add_argument("--lang", choices=("fr", "en"), help="language of the documents")
        return sub

    access = new("access", "Art. 15: the statement of everything held, as PDF and JSON")
    access.add_argument("--pdf", type=Path, metavar="PATH")
    access.add_argument("--json", type=Path, metavar="PATH", dest="json_path")
    erase = new("erase", "Art. 17: erase (keeping what a legal obligation needs)")
    erase.add_argument("--pdf", type=Path, metavar="PATH", help="the erasure certificate")
    _json_flag(erase)
    rectify = new("rectify", "Art. 16: correct fields; lists the recipients to inform")
    rectify.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE")
    _json_flag(rectify)
    restrict = new("restrict", "Art. 18: keep in storage only")
    restrict.add_argument("--reason", required=True)
    _json_flag(restrict)
    objection = new("object", "Art. 21: objection to direct marketing, for good")
    _json_flag(objection)
    portability = new("portability", "Art. 20: the data given, as JSON")
    portability.add_argument("--json", type=Path, metavar="PATH", dest="json_path", required=True)

    listing = command(request, "list", "the request register with due dates", with_json=True)
    listing.add_argument("--filter", choices=FILTERS, default="all", dest="which")
    extend = command(request, "extend", "Art. 12(3): extend the deadline", with_json=True)
    extend.add_argument("reference")
    extend.add_argument("--months", type=int, choices=(1, 2), required=True)
    extend.add_argument("--reason", required=True)
    extend.add_argument("--letter-on", metavar="YYYY-MM-DD", help="date of the letter")
    refuse = command(request, "refuse", "Art. 12(4): refuse, with the reason", with_json=True)
    refuse.add_argument("reference")
    refuse.add_argument("--reason", required=True)
    for sub in (extend, refuse):
        sub.add_argument("--letter", type=Path, metavar="PATH", help="write the letter (PDF)")
        sub.add_argument("--lang", choices=("fr", "en"), help="language of the letter")


# -- helpers ---------------------------------------------------------------------


def _t(code: str, /, **params: object) -> str:
    """The CLI output line ``code`` in the user's language (see messages.py)."""
    return messages.text(code, system_language(), **params)


def _label(kind: str, value: str) -> str:
    """``cli_{kind}_{value}`` translated; the value itself when there is no such message."""
    code = f"cli_{kind}_{value}"
    return _t(code) if code in messages.MESSAGES else value


def _methods(methods: Sequence[str]) -> str:
    """Unlock methods in words, each once (one staff slot per person)."""
    return ", ".join(dict.fromkeys(_label("method", method) for method in methods))


def _field(label: str, value: object) -> str:
    return _t("cli_field", label=label, value=value)


def _read_secret_file(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RegistreError("file_unreadable", path=str(path), reason=exc.strerror) from None
    return text.splitlines()[0] if text.splitlines() else ""


def _data_dir(args: argparse.Namespace) -> Path:
    given = getattr(args, "data_dir", None)
    return Path(given) if given else default_data_dir()


def _passphrase(args: argparse.Namespace) -> str | None:
    path = getattr(args, "passphrase_file", None)
    if path is not None:
        return _read_secret_file(path)
    return os.environ.get("REGISTRE_PASSPHRASE") or None


def _staff_choice(args: argparse.Namespace, person: str) -> int:
    """The staff id named by ``--staff`` (an id or a name), read from the key file."""
    from .registry import RegistryPaths
    from .staff import unlock_choices

    paths = RegistryPaths(_data_dir(args))
    paths.check_openable()
    wanted = person.strip().casefold()
    for choice in unlock_choices(paths.keys):
        if choice.staff_id is not None and (
            str(choice.staff_id) == wanted or choice.label.casefold() == wanted
        ):
            return choice.staff_id
    raise ValidationError("staff_unknown", name=person)


def _unlock(args: argparse.Namespace) -> Unlock:
    passphrase = _passphrase(args)
    person = getattr(args, "staff", None)
    if person is not None:
        return Unlock(passphrase=passphrase or "", staff_id=_staff_choice(args, person))
    if passphrase is not None:
        return Unlock(passphrase=passphrase)
    path = getattr(args, "recovery_code_file", None)
    code = _read_secret_file(path) if path else os.environ.get("REGISTRE_RECOVERY_CODE")
    if code:
        return Unlock(recovery_code=code)
    return Unlock()


def _open(args: argparse.Namespace) -> Registry:
    return Registry.open(_data_dir(args), _unlock(args))


def _pairs(items: Sequence[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise ValidationError("set_syntax", text=item)
        values[name.strip()] = value
    return values


def _emit(args: argparse.Namespace, data: Any, text: str) -> None:
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(text)


def _write_sheet(registry: Registry, path: Path | None, code: str, lang: str | None) -> str | None:
    if path is None:
        return None
    from .pdf.recovery_sheet import write_recovery_sheet

    try:
        write_recovery_sheet(
            path,
            business_name=registry.business.get().name,
            registry_id=registry.registry_id,
            recovery_code=code,
            data_dir=str(registry.paths.data_dir),
            created_at=datetime.now().astimezone(),
            lang=lang or system_language(),
        )
    except OSError as exc:
        raise RegistreError("file_unwritable", path=str(path), reason=exc.strerror) from None
    return str(path)


def _customer_text(record: dict[str, Any]) -> str:
    lines = [f"#{record['id']} {record['display_name']} ({record['reference']})"]
    lines += ["  " + _field(code, value) for code, value in record["fields"].items()]
    if record["purposes"]:
        lines.append("  " + _t("cli_customer_purposes", purposes=", ".join(record["purposes"])))
    lang = system_language()
    for item in record["consents"]:
        state = pick(CONSENT_LABELS.get(item["state"], {"en": item["state"]}), lang)
        lines.append("  " + _t("cli_customer_consent", purpose=item["purpose"], state=state))
    return "\n".join(lines)


# -- commands --------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> None:
    created = Registry.create(
        _data_dir(args),
        args.business_name,
        passphrase=_passphrase(args),
        use_keyring=not args.no_keyring,
        owner_name=args.owner_name,
    )
    with created.registry as registry:
        sheet = _write_sheet(registry, args.recovery_sheet, created.recovery_code, args.lang)
        data = {
            **registry.status(),
            "recovery_code": created.recovery_code,
            "recovery_sheet": sheet,
            "keyring_error": created.keyring_error,
        }
    lines = [
        _t("cli_created", path=data["data_dir"], methods=_methods(data["unlock_methods"])),
        _t("cli_recovery_code_once", code=created.recovery_code),
    ]
    if sheet:
        lines.append(_t("cli_recovery_sheet_written", path=sheet))
    if created.keyring_error:
        lines.append(_t("cli_keyring_not_used", reason=created.keyring_error))
    _emit(args, data, "\n".join(lines))


def cmd_status(args: argparse.Namespace) -> None:
    with _open(args) as registry:
        data = registry.status()
    _emit(
        args,
        data,
        "\n".join(_field(_label("status", k), _status_value(v)) for k, v in data.items()),
    )


def _status_value(value: Any) -> str:
    if isinstance(value, bool):
        return _t("cli_yes" if value else "cli_no")
    if isinstance(value, list):
        return _methods(value)  # the only list in status(): unlock_methods
    return str(value)


def cmd_purposes(args: argparse.Namespace) -> None:
    lang = system_language()
    with _open(args) as registry:
        if args.action == "list":
            items = [p.as_dict() for p in registry.purposes.all()]
            text = "\n".join(
                f"{p['code']:<20} {LEGAL_BASIS_LABELS[p['legal_basis']][lang]:<28} "
                f"{', '.join(p['required_fields'])}"
                for p in items
            )
            _emit(args, items, text)
        elif args.action == "show":
            purpose = registry.purposes.get(args.code)
            data = {**purpose.as_dict(), "wordings": registry.purposes.wording_history(args.code)}
            _emit(args, data, json.dumps(data, ensure_ascii=False, indent=2))
        else:
            names = {lang: getattr(args, f"name_{lang}") for lang in ("fr", "en")}
            texts = {lang: getattr(args, f"text_{lang}") for lang in ("fr", "en")}
            with registry.transaction():
                version = registry.purposes.update_wording(
                    args.code,
                    {k: v for k, v in names.items() if v is not None},
                    {k: v for k, v in texts.items() if v is not None},
                )
            _emit(
                args,
                {"code": args.code, "wording_version": version},
                _t("cli_wording_version", version=version),
            )


def cmd_business(args: argparse.Namespace) -> None:
    with _open(args) as registry:
        if args.action == "set":
            changes = _pairs(args.set)
            for key in changes:
                if key not in PROFILE_FIELDS:
                    raise ValidationError("field_unknown", field=key)
            with registry.transaction():
                registry.business.update(**changes)
        data = registry.business.get().as_dict()
    _emit(args, data, "\n".join(_field(k, v) for k, v in data.items()))


def cmd_customer(args: argparse.Namespace) -> None:
    with _open(args) as registry:
        if args.action == "add":
            draft = CustomerDraft(_pairs(args.set), args.purpose, args.consent)
            with registry.transaction():
                customer_id = registry.customers.add(draft, channel=args.channel)
            data = registry.customers.get(customer_id).as_dict()
            _emit(args, data, _customer_text(data))
        elif args.action == "edit":
            with registry.transaction():
                erased = registry.customers.edit(
                    args.id, _pairs(args.set), attach=args.purpose, detach=args.drop_purpose
                )
            data = {**registry.customers.get(args.id).as_dict(), "erased_fields": erased}
            _emit(args, data, _customer_text(data))
        elif args.action == "show":
            data = registry.customers.get(args.id).as_dict()
            _emit(args, data, _customer_text(data))
        elif args.action == "list":
            items = [
                s.as_dict()
                for s in registry.customers.find(args.search, limit=args.limit, offset=args.offset)
            ]
            text = "\n".join(f"#{i['id']:<8} {i['display_name']}" for i in items)
            _emit(args, items, text)
        else:
            _import(args, registry)


def _import(args: argparse.Namespace, registry: Registry) -> None:
    # The file's bytes are read once; every line is checked (pass 1) before the
    # same bytes are prepared and written batch by batch (pass 2).
    checked = importer.check_file(
        registry, importer.ImportFile.read(args.file), args.purpose, args.consent
    )

    def report(count: int) -> None:
        if args.progress:
            print(json.dumps({"committed": count}), flush=True)

    written = importer.write_checked(
        registry, checked, args.channel, max(1, args.batch_size), on_commit=report
    )
    _emit(args, {"imported": written}, _t("cli_imported", count=written))


def cmd_consent(args: argparse.Namespace) -> None:
    with _open(args) as registry:
        with registry.transaction():
            if args.action == "grant":
                registry.customers.grant_consent(
                    args.id, args.code, args.channel, values=_pairs(args.set)
                )
                erased: list[str] = []
            else:
                erased = registry.customers.withdraw_consent(args.id, args.code, args.channel)
        data = {**registry.customers.get(args.id).as_dict(), "erased_fields": erased}
    _emit(args, data, _customer_text(data))


def cmd_passphrase(args: argparse.Namespace) -> None:
    with _open(args) as registry:
        if args.action == "set":
            path = args.new_passphrase_file
            new = _read_secret_file(path) if path else os.environ.get("REGISTRE_NEW_PASSPHRASE")
            if not new:
                raise ValidationError("passphrase_too_short", field="passphrase", minimum=8)
            registry.set_passphrase(new)
        else:
            registry.remove_passphrase()
        print(_t("cli_unlock_methods", methods=_methods(registry.unlock_methods())))


def cmd_keyring(args: argparse.Namespace) -> None:
    with _open(args) as registry:
        if args.action == "enable":
            registry.enable_keyring()
        else:
            registry.disable_keyring()
        print(_t("cli_unlock_methods", methods=_methods(registry.unlock_methods())))


def cmd_recovery(args: argparse.Namespace) -> None:
    with _open(args) as registry:
        code = registry.renew_recovery_code()
        sheet = _write_sheet(registry, args.recovery_sheet, code, args.lang)
    _emit(
        args,
        {"recovery_code": code, "recovery_sheet": sheet},
        _t("cli_recovery_renewed", code=code),
    )


def _staff_secret(args: argparse.Namespace) -> str:
    path = getattr(args, "secret_file", None)
    return _read_secret_file(path) if path else os.environ.get("REGISTRE_STAFF_SECRET", "")


def cmd_staff(args: argparse.Namespace) -> None:
    with _open(args) as registry:
        service = registry.staff
        if args.action == "add":
            service.add(args.name, _staff_secret(args))
        elif args.action == "remove":
            service.remove(service.find(args.person).id)
        elif args.action == "rename":
            service.rename(service.find(args.person).id, args.name)
        elif args.action == "secret":
            service.set_secret(service.find(args.person).id, _staff_secret(args))
        elif args.action in ("grant", "revoke"):
            member = service.find(args.person)
            if args.action == "grant":
                service.set_grants(member.id, member.grants | set(args.actions))
            else:
                service.set_grants(member.id, member.grants - set(args.actions))
        people = service.list()
        methods = registry.unlock_methods()
    lines = [_staff_line(m, methods) for m in people]
    _emit(
        args,
        {"staff": [m.as_dict() for m in people], "unlock_methods": methods},
        "\n".join(lines),
    )


def _staff_line(member: Any, methods: Sequence[str]) -> str:
    """``#1 Claire (owner, passphrase, recovery code)``, in the user's language.

    Lent actions keep their codes (``export``, ``erase``): they are what
    ``staff grant``/``revoke`` take.
    """
    if member.secret == "owner":  # the owner unlocks with the registry's own slots
        secret = _methods([m for m in methods if m != "staff"])
    else:
        secret = _label("secret", member.secret or "none")
    lent = ""
    if member.grants:
        lent = _t("cli_staff_may_also", actions=", ".join(sorted(member.grants)))
    return f"#{member.id} {member.name} ({_label('role', member.role)}, {secret}{lent})"


def cmd_key(args: argparse.Namespace) -> None:
    with _open(args) as registry:
        code = registry.rotate_key(_passphrase(args))
        sheet = _write_sheet(registry, args.recovery_sheet, code, args.lang)
    _emit(
        args,
        {"rotated": True, "recovery_code": code, "recovery_sheet": sheet},
        _t("cli_key_rotated", code=code),
    )


def cmd_request(args: argparse.Namespace) -> None:
    from . import erasure
    from . import subject_rights as rights
    from .requests import parse_date

    with _open(args) as registry:
        register = registry.requests
        if args.action == "list":
            items = [r.as_dict() for r in register.find(args.which)]
            text = "\n".join(
                _t(
                    "cli_request_line",
                    reference=r["reference"],
                    type=f"{_request_type(r['type']):<23}",
                    status=f"{_label('request', r['status']):<9}",
                    received=r["received_on"],
                    due=r["due_date"],
                    customer=r["customer_reference"],
                )
                for r in items
            )
            _emit(args, items, text)
            return
        if args.action in ("extend", "refuse"):
            reference = register.by_reference(args.reference)
            with registry.transaction():
                if args.action == "extend":
                    letter = parse_date(args.letter_on) if args.letter_on else None
                    changed = register.extend(reference.id, args.months, args.reason, letter)
                else:
                    changed = register.refuse(reference.id, args.reason)
                if args.letter is not None:  # in the transaction: no letter, no change
                    _write_letter(registry, args, changed.as_dict())
            shown = changed.as_dict()
            if args.letter is not None:
                shown["letter"] = str(args.letter)
            _emit(
                args,
                shown,
                _t(
                    "cli_request_decided",
                    reference=shown["reference"],
                    status=_label("request", shown["status"]),
                    due=shown["due_date"],
                ),
            )
            return

        kind = {
            "access": "access",
            "erase": "erasure",
            "rectify": "rectification",
            "restrict": "restriction",
            "object": "objection",
            "portability": "portability",
        }[args.action]
        received = parse_date(args.received) if args.received else None
        lang = args.lang or system_language()
        data: dict[str, Any] = {}
        with registry.transaction():
            request = register.open(
                args.id,
                kind,
                received_on=received,
                channel=args.channel,
                identity_check=args.identity_check,
            )
            if kind == "access":
                data = _answer_access(registry, args, request.id, lang)
            elif kind == "erasure":
                certificate = erasure.erase(registry, args.id, request.id)
                if args.pdf is not None:
                    from .rights.erasure_pdf import write_erasure_certificate

                    _write(args.pdf, lambda: write_erasure_certificate(args.pdf, certificate, lang))
                data = {"certificate": certificate, "pdf": _str(args.pdf)}
            elif kind == "rectification":
                recipients = rights.rectify(registry, args.id, _pairs(args.set), request.id)
                data = {"recipients_to_inform": recipients}
            elif kind == "restriction":
                rights.restrict(registry, args.id, args.reason, request.id)
            elif kind == "objection":
                data = {"withdrawn": rights.object_to_marketing(registry, args.id, request.id)}
            else:
                export = rights.portability_export(registry, args.id, request.id)
                path = args.json_path
                _write(path, lambda: _write_json(path, export))
                data = {"json": str(path)}
            request = register.get(request.id)
        if kind == "erasure":
            erasure.save_tombstones(registry)
        data = {"request": request.as_dict(), **data}
        if kind != "erasure" and registry.customers.exists(args.id):
            data.setdefault("customer", registry.customers.get(args.id).as_dict())
    _emit(
        args,
        data,
        _t(
            "cli_request_state",
            reference=request.reference,
            type=_request_type(request.type),
            status=_label("request", request.status),
            due=request.due_on.isoformat(),
        ),
    )


def _request_type(kind: str) -> str:
    from .requests import TYPE_LABELS

    return pick(TYPE_LABELS.get(kind, {"en": kind}), system_language())


def _answer_access(
    registry: Registry, args: argparse.Namespace, request_id: int, lang: str
) -> dict[str, Any]:
    """Complete an access request by writing its PDF and JSON (when asked)."""
    if args.pdf is None and args.json_path is None:
        return {}
    from .rights.statement import access_statement, write_statement_json

    done = registry.requests.complete(request_id)
    statement = access_statement(registry, args.id, done.as_dict())
    if args.pdf is not None:
        from .rights.access_pdf import write_access_pdf

        _write(args.pdf, lambda: write_access_pdf(args.pdf, statement, lang))
    if args.json_path is not None:
        _write(args.json_path, lambda: write_statement_json(args.json_path, statement))
    return {"pdf": _str(args.pdf), "json": _str(args.json_path)}


def _write_letter(registry: Registry, args: argparse.Namespace, request: dict[str, Any]) -> None:
    """The extension (Art. 12(3)) or refusal (Art. 12(4)) letter to the customer."""
    from .rights.letters import write_extension_letter, write_refusal_letter

    write = write_extension_letter if args.action == "extend" else write_refusal_letter
    business = registry.business.get().as_dict()
    lang = args.lang or system_language()
    _write(args.letter, lambda: write(args.letter, request, business, lang))


def _str(path: Path | None) -> str | None:
    return None if path is None else str(path)


def _write(path: Path, write: Any) -> None:
    try:
        write()
    except OSError as exc:
        raise RegistreError("file_unwritable", path=str(path), reason=exc.strerror) from None


def _write_json(path: Path, data: Any) -> None:
    from .files import write_private_atomic

    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    write_private_atomic(path, text.encode("utf-8"))


def cmd_backup(args: argparse.Namespace) -> None:
    from . import backup

    if args.action == "create":
        if args.keep < 1:
            raise ValidationError("set_syntax", text=f"--keep {args.keep}")
        with _open(args) as registry:
            path = backup.create_backup(registry, args.to, args.keep)
            info = backup.verify_backup(path, registry._key)
        _emit(args, info.as_dict(), _t("cli_backup_created", path=path, count=info.customers))
    elif args.action == "verify":
        info = backup.verify_backup(args.path, _unlock(args))
        _emit(args, info.as_dict(), _t("cli_backup_verified", path=args.path, count=info.customers))
    else:
        result = backup.restore_backup(args.path, _data_dir(args), _unlock(args))
        _emit(
            args,
            result.as_dict(),
            _t(
                "cli_backup_restored",
                customers=result.customers,
                erasures=result.reapplied_erasures,
            ),
        )


def cmd_audit(args: argparse.Namespace) -> None:
    from . import audit
    from .errors import AuditBrokenError

    with _open(args) as registry:
        if args.action == "verify":
            result = audit.verify(registry.conn)
            if not result.ok:
                raise AuditBrokenError(
                    id=result.broken_id, reason=result.reason, count=result.count
                )
            anchors = []
            if args.backups is not None:
                from .backup import check_audit_anchors

                anchors = check_audit_anchors(registry, args.backups)
                for anchor in anchors:
                    if anchor.status == "mismatch":
                        raise AuditBrokenError(
                            "audit_anchor_mismatch", path=str(anchor.path), id=anchor.audit_count
                        )
            checked = sum(a.status in ("consistent", "superseded") for a in anchors)
            _emit(
                args,
                {**result.as_dict(), "backups": [a.as_dict() for a in anchors]},
                _t("cli_audit_ok", count=result.count)
                + (_t("cli_audit_backups", count=checked) if anchors else ""),
            )
            return
        if args.customer is not None:
            reference = registry.customers.get(args.customer).reference
            found = audit.entries_for(registry.conn, reference)
        else:
            found = audit.entries(registry.conn)
        _emit(
            args,
            [entry.as_dict() for entry in found],
            "\n".join(
                _t(
                    "cli_audit_line",
                    id=e.id,
                    at=e.at,
                    actor=e.actor_id or "-",
                    action=e.action,
                    target_type=e.target_type,
                    target_ref=e.target_ref,
                    detail=json.dumps(e.detail, ensure_ascii=False, sort_keys=True),
                )
                for e in found
            ),
        )


def cmd_breach(args: argparse.Namespace) -> None:
    from .breaches import parse_moment
    from .requests import parse_date

    with _open(args) as registry:
        register = registry.breaches
        now = register.now()
        if args.action == "add":
            with registry.transaction():
                breach = register.record(
                    discovered_at=parse_moment(args.discovered),
                    nature=args.nature,
                    description=args.description,
                    encrypted=args.encrypted,
                    occurred_on=parse_date(args.occurred) if args.occurred else None,
                    occurred_until=parse_date(args.occurred_until) if args.occurred_until else None,
                    likely_consequences=args.consequences,
                    measures_taken=args.measures,
                    measures_proposed=args.measures_proposed,
                )
        elif args.action == "notified":
            found = register.by_reference(args.reference)
            at = parse_moment(args.at) if args.at else None
            with registry.transaction():
                breach = register.notify_authority(found.id, at)
        elif args.action == "draft":
            from .pdf.breach_notice import write_breach_notification_draft

            shown = register.by_reference(args.reference).as_dict(now)
            business = registry.business.get().as_dict()
            lang = args.lang or system_language()
            _write(
                args.pdf,
                lambda: write_breach_notification_draft(args.pdf, shown, business, lang),
            )
            print(str(args.pdf))
            return
        else:
            items = [b.as_dict(now) for b in register.list()]
            text = "\n".join(
                _t(
                    "cli_breach_line",
                    reference=b["reference"],
                    discovered=b["discovered_at"],
                    deadline=b["deadline"],
                    state=_breach_state(b),
                )
                for b in items
            )
            _emit(args, items, text)
            return
    shown = breach.as_dict(now)
    _emit(
        args,
        shown,
        _t(
            "cli_breach_recorded",
            reference=shown["reference"],
            deadline=shown["deadline"],
            hours=shown["hours_left"],
        ),
    )


def _breach_state(breach: dict[str, Any]) -> str:
    if breach["notified_authority_at"]:
        return _t("cli_breach_notified", at=breach["notified_authority_at"])
    if breach["overdue"]:
        return _t("cli_breach_overdue")
    return _t("cli_breach_hours_left", hours=breach["hours_left"])


COMMANDS = {
    "init": cmd_init,
    "audit": cmd_audit,
    "breach": cmd_breach,
    "status": cmd_status,
    "purposes": cmd_purposes,
    "business": cmd_business,
    "customer": cmd_customer,
    "consent": cmd_consent,
    "request": cmd_request,
    "passphrase": cmd_passphrase,
    "keyring": cmd_keyring,
    "recovery": cmd_recovery,
    "key": cmd_key,
    "backup": cmd_backup,
    "staff": cmd_staff,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        COMMANDS[args.command](args)
    except RegistreError as exc:
        message = exc.message(system_language())
        print(f"{PROG}: {message}", file=sys.stderr)
        return 1
    except (Cancelled, KeyboardInterrupt):
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
