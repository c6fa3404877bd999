"""The audit log (Art. 5(2)): every service writes its entry in its own transaction, the
hash chain verifies, and changing, deleting or reordering any row is caught by verify,
which names the first broken entry. No entry holds a name, an e-mail or a phone.

The tampering is done as an attacker holding the key could: through the open
connection, with the append-only triggers dropped first.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core import audit, erasure, importer
from desktop_app.core import subject_rights as rights
from desktop_app.core.customers import CustomerDraft
from desktop_app.core.registry import Created, Registry, Unlock
from tests.core.conftest import PASSPHRASE, add_customer
from tests.core.test_cli import Cli, add, ok_json, one_line_error

NOW = "2026-03-31T10:00:00+00:00"
PERSON = {
    "last_name": "Zqxjauditcanary",
    "first_name": "Vrümkaauditcanary",
    "email": "wombatauditcanary@example.org",
    "phone": "+33 6 99 88 77 55",
}
CANARIES = [
    "Zqxjauditcanary",
    "Vrümkaauditcanary",
    "wombatauditcanary",
    "699887755",
    "Lefèvreauditcanary",
    "rectifiedauditcanary",
]


@pytest.fixture
def registry(make_registry: Callable[..., Created]) -> Registry:
    return make_registry(clock=lambda: NOW).registry


def actions(registry: Registry) -> list[str]:
    return [entry.action for entry in audit.entries(registry.conn)]


def reference(registry: Registry, customer_id: int) -> str:
    return registry.customers.get(customer_id).reference


def full_scenario(registry: Registry) -> int:
    """Add, edit, consent, rectify, restrict, object, erase: one customer's whole life."""
    person = add_customer(registry, PERSON, ["customer_follow_up", "invoicing"], ["newsletter"])
    with registry.transaction():
        registry.customers.edit(person, {"first_name": "Lefèvreauditcanary"})
        registry.customers.grant_consent(person, "sms_offers", "paper")
        registry.customers.withdraw_consent(person, "newsletter", "phone")
    with registry.transaction():
        request = registry.requests.open(person, "rectification")
        rights.rectify(registry, person, {"last_name": "rectifiedauditcanary"}, request.id)
    with registry.transaction():
        rights.restrict(registry, person, "contested accuracy of Zqxjauditcanary")
        rights.lift_restriction(registry, person)
    with registry.transaction():
        rights.object_to_marketing(registry, person)
    with registry.transaction():
        request = registry.requests.open(person, "erasure")
        erasure.erase(registry, person, request.id)
    return person


# -- entries written by the services ------------------------------------------------------


def test_a_new_registry_has_a_verifying_log(registry: Registry) -> None:
    result = audit.verify(registry.conn)
    assert result.ok and result.count == len(audit.entries(registry.conn))
    assert actions(registry) == ["business_profile_changed"]


def test_customer_services_write_their_entries(registry: Registry) -> None:
    person = add_customer(registry, PERSON, ["customer_follow_up"], ["newsletter"])
    ref = reference(registry, person)
    with registry.transaction():
        registry.customers.edit(person, {"phone": None}, attach=["loyalty_card"])
    with registry.transaction():
        registry.customers.grant_consent(
            person, "sms_offers", "paper", values={"phone": "06 11 22 33 44"}
        )
    with registry.transaction():
        registry.customers.withdraw_consent(person, "sms_offers", "phone")
    with registry.transaction():
        registry.customers.edit(person, {}, detach=["loyalty_card"])

    mine = audit.entries_for(registry.conn, ref)
    assert [(e.action, e.target_type, e.target_ref) for e in mine] == [
        ("customer_created", "customer", ref),
        ("purpose_attached", "customer", ref),
        ("fields_edited", "customer", ref),
        ("consent_granted", "customer", ref),
        ("consent_withdrawn", "customer", ref),
        ("purpose_detached", "customer", ref),
    ]
    created, attached, edited, granted, withdrawn, detached = (e.detail for e in mine)
    assert created == {
        "fields": ["email", "first_name", "last_name", "phone"],
        "purposes": ["customer_follow_up"],
        "consents": ["newsletter"],
        "channel": "in_store",
    }
    assert attached == {"purpose": "loyalty_card"}
    assert edited == {"fields": ["phone"], "erased": []}
    assert granted["purpose"] == "sms_offers" and granted["fields"] == ["phone"]
    assert granted["version"] == 1 and granted["channel"] == "paper"
    assert withdrawn["purpose"] == "sms_offers" and withdrawn["erased"] == []
    assert detached == {"purpose": "loyalty_card"}
    assert all(e.actor_id == registry.staff_id for e in mine)
    assert all(e.at == NOW for e in mine)
    assert audit.verify(registry.conn).ok


def test_an_edit_that_changes_nothing_writes_no_entry(registry: Registry) -> None:
    person = add_customer(registry, PERSON, ["customer_follow_up"])
    before = actions(registry)
    with registry.transaction():
        registry.customers.edit(person, {"last_name": PERSON["last_name"]})
    assert actions(registry) == before


def test_rights_requests_and_erasure_write_their_entries(registry: Registry) -> None:
    person = add_customer(registry, PERSON, ["customer_follow_up", "invoicing"], ["newsletter"])
    ref = reference(registry, person)
    with registry.transaction():
        rect = registry.requests.open(person, "rectification")
        rights.rectify(registry, person, {"first_name": "Lefèvreauditcanary"}, rect.id)
    with registry.transaction():
        rights.restrict(registry, person, "accuracy contested")
    with registry.transaction():
        rights.lift_restriction(registry, person)
    with registry.transaction():
        access = registry.requests.open(person, "access")
        registry.requests.extend(access.id, 1, "many records", date(2026, 3, 31))
        registry.requests.refuse(access.id, "manifestly unfounded")
    with registry.transaction():
        rights.object_to_marketing(registry, person)
    with registry.transaction():
        request = registry.requests.open(person, "erasure")
        erasure.erase(registry, person, request.id)

    mine = audit.entries_for(registry.conn, ref)
    assert [e.action for e in mine] == [
        "customer_created",
        "request_opened",
        "rectification",
        "request_completed",
        "restriction_set",
        "restriction_lifted",
        "request_opened",
        "request_extended",
        "request_refused",
        "consent_withdrawn",
        "objection",
        "request_opened",
        "customer_erased",
        "request_completed",
    ]
    by_action = {e.action: e for e in mine}
    assert by_action["rectification"].detail == {
        "fields": ["first_name"],
        "erased": [],
        "request": rect.reference,
    }
    assert by_action["request_extended"].target_ref == access.reference
    assert by_action["request_extended"].target_type == "request"
    assert by_action["request_extended"].detail == {
        "customer": ref,
        "type": "access",
        "months": 1,
    }
    assert by_action["objection"].detail == {"purposes": ["newsletter"]}
    erased = by_action["customer_erased"]
    assert erased.target_ref == ref  # the tombstone key stays valid after the erasure
    assert erased.detail["request"] == request.reference
    assert erased.detail["kept"] == ["last_name", "first_name"]  # invoicing keeps the name
    assert "email" in erased.detail["erased"]
    assert audit.verify(registry.conn).ok


def test_purpose_business_and_key_events_are_audited(registry: Registry) -> None:
    with registry.transaction():
        version = registry.purposes.update_wording(
            "newsletter", {"en": "Our news"}, {"en": "Our news, monthly."}
        )
        registry.purposes.update_details("newsletter", retention_months=12)
        registry.business.update(phone="01 02 03 04 05", email="shop@example.fr")
    registry.set_passphrase("another long passphrase")
    registry.renew_recovery_code()
    registry.rotate_key(passphrase="another long passphrase")

    entries = audit.entries(registry.conn)[1:]  # after the creation's profile entry
    assert [(e.action, e.target_type, e.target_ref, e.detail) for e in entries] == [
        (
            "purpose_wording_changed",
            "purpose",
            "newsletter",
            {"purpose": "newsletter", "version": version},
        ),
        (
            "purpose_changed",
            "purpose",
            "newsletter",
            {"purpose": "newsletter", "changed": ["retention_months"]},
        ),
        ("business_profile_changed", "registry", "registry", {"fields": ["email", "phone"]}),
        ("passphrase_set", "registry", "registry", {}),
        ("recovery_code_renewed", "registry", "registry", {}),
        ("key_rotated", "registry", "registry", {}),
    ]
    assert version == 2
    assert audit.verify(registry.conn).ok


def test_keyring_events_are_audited(registry: Registry) -> None:
    registry.disable_keyring()
    registry.enable_keyring()
    registry.remove_passphrase()
    assert actions(registry)[-3:] == ["keyring_disabled", "keyring_enabled", "passphrase_removed"]
    assert audit.verify(registry.conn).ok


def test_an_import_writes_one_entry_per_batch(registry: Registry) -> None:
    """Bulk import: one 'customers_imported' entry per batch, not one per customer."""
    drafts = [CustomerDraft({"last_name": f"Import{n}"}, ["customer_follow_up"]) for n in range(7)]
    prepared = [registry.customers.prepare(draft) for draft in drafts]
    before = len(audit.entries(registry.conn))
    assert importer.write_batches(registry, prepared, "paper", batch_size=3) == 7
    entries = audit.entries(registry.conn)[before:]
    assert [(e.action, e.target_type, e.detail["count"]) for e in entries] == [
        ("customers_imported", "registry", 3),
        ("customers_imported", "registry", 3),
        ("customers_imported", "registry", 1),
    ]
    assert audit.verify(registry.conn).ok


def test_entries_are_written_in_the_callers_transaction(registry: Registry) -> None:
    """A rolled-back change leaves no entry behind, and the chain's head in meta rolls back too."""
    person = add_customer(registry, PERSON, ["customer_follow_up"])
    before = audit.entries(registry.conn)
    with pytest.raises(RuntimeError), registry.transaction():
        registry.customers.edit(person, {"first_name": "Lefèvreauditcanary"})
        registry.customers.add(CustomerDraft({"last_name": "Other"}, ["customer_follow_up"]))
        assert len(audit.entries(registry.conn)) == len(before) + 2
        raise RuntimeError("the form was cancelled")
    assert audit.entries(registry.conn) == before
    result = audit.verify(registry.conn)
    assert result.ok and result.count == len(before)
    add_customer(registry, {"last_name": "Next"}, ["customer_follow_up"])
    assert audit.verify(registry.conn).ok


def test_the_log_is_append_only(registry: Registry) -> None:
    add_customer(registry, PERSON, ["customer_follow_up"])
    with pytest.raises(Exception, match="append-only"):
        registry.conn.execute("UPDATE audit_entry SET action = 'nothing' WHERE id = 1")
    with pytest.raises(Exception, match="append-only"):
        registry.conn.execute("DELETE FROM audit_entry WHERE id = 1")
    assert audit.verify(registry.conn).ok


# -- tampering ---------------------------------------------------------------------------


def drop_triggers(registry: Registry) -> None:
    registry.conn.execute("DROP TRIGGER audit_entry_no_update")
    registry.conn.execute("DROP TRIGGER audit_entry_no_delete")


@pytest.fixture
def chained(registry: Registry) -> Registry:
    """A registry with at least six audit entries, its triggers dropped as an attacker would."""
    person = add_customer(registry, PERSON, ["customer_follow_up"], ["newsletter"])
    with registry.transaction():
        registry.customers.grant_consent(person, "sms_offers", "paper")
    with registry.transaction():
        registry.customers.withdraw_consent(person, "sms_offers", "paper")
    with registry.transaction():
        registry.requests.open(person, "access")
    with registry.transaction():
        registry.customers.edit(person, {"first_name": "Lefèvreauditcanary"})
    assert audit.verify(registry.conn).count == 6
    drop_triggers(registry)
    return registry


def columns(registry: Registry, entry_id: int) -> tuple[Any, ...]:
    return tuple(
        registry.conn.execute(
            "SELECT at, actor_id, action, target_type, target_ref, detail, prev_hash, hash "
            "FROM audit_entry WHERE id = ?",
            (entry_id,),
        ).fetchone()
    )


def put(registry: Registry, entry_id: int, values: tuple[Any, ...]) -> None:
    registry.conn.execute(
        "UPDATE audit_entry SET at = ?, actor_id = ?, action = ?, target_type = ?, "
        "target_ref = ?, detail = ?, prev_hash = ?, hash = ? WHERE id = ?",
        (*values, entry_id),
    )


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("at", "2020-01-01T00:00:00+00:00"),
        ("actor_id", 99),
        ("actor_id", None),
        ("action", "fields_edited"),
        ("target_type", "request"),
        ("target_ref", "C-AAAA-BBBB-CCCC"),
        ("detail", '{"purpose":"newsletter"}'),
        ("prev_hash", "1" * 64),
        ("hash", "2" * 64),
    ],
)
def test_a_changed_column_is_caught(chained: Registry, column: str, value: object) -> None:
    chained.conn.execute(f"UPDATE audit_entry SET {column} = ? WHERE id = 3", (value,))
    result = audit.verify(chained.conn)
    assert not result.ok and result.broken_id == 3
    assert result.reason in ("hash_mismatch", "prev_hash_mismatch")
    assert result.count == 2  # entries 1 and 2 are intact


def test_a_changed_row_whose_hash_was_recomputed_breaks_the_next_link(chained: Registry) -> None:
    at, actor, action, ttype, ref, _, prev, _ = columns(chained, 3)
    forged = json.dumps({"purpose": "newsletter"})
    digest = audit.entry_hash(3, at, actor, action, ttype, ref, forged, prev)
    put(chained, 3, (at, actor, action, ttype, ref, forged, prev, digest))
    result = audit.verify(chained.conn)
    assert (result.ok, result.broken_id, result.reason) == (False, 4, "prev_hash_mismatch")


def test_a_changed_last_row_is_caught(chained: Registry) -> None:
    chained.conn.execute("UPDATE audit_entry SET detail = '{}' WHERE id = 6")
    result = audit.verify(chained.conn)
    assert (result.ok, result.broken_id, result.reason) == (False, 6, "hash_mismatch")


def test_a_deleted_middle_row_is_caught(chained: Registry) -> None:
    chained.conn.execute("DELETE FROM audit_entry WHERE id = 3")
    result = audit.verify(chained.conn)
    assert (result.ok, result.broken_id, result.reason) == (False, 3, "id_gap")


def test_a_deleted_and_renumbered_middle_row_is_caught(chained: Registry) -> None:
    """Closing the gap by renumbering the later rows still breaks the chain."""
    chained.conn.execute("DELETE FROM audit_entry WHERE id = 3")
    for entry_id in (4, 5, 6):
        chained.conn.execute("UPDATE audit_entry SET id = ? WHERE id = ?", (entry_id - 1, entry_id))
    result = audit.verify(chained.conn)
    assert (result.ok, result.broken_id) == (False, 3)


def test_a_deleted_first_row_is_caught(chained: Registry) -> None:
    chained.conn.execute("DELETE FROM audit_entry WHERE id = 1")
    result = audit.verify(chained.conn)
    assert (result.ok, result.broken_id, result.reason) == (False, 1, "id_gap")


def test_a_deleted_last_row_is_caught(chained: Registry) -> None:
    """The chain alone cannot show it: the head and count kept in meta do."""
    chained.conn.execute("DELETE FROM audit_entry WHERE id = 6")
    result = audit.verify(chained.conn)
    assert (result.ok, result.broken_id, result.reason) == (False, 6, "missing_last")
    assert result.count == 5


def test_a_deleted_whole_log_is_caught(chained: Registry) -> None:
    chained.conn.execute("DELETE FROM audit_entry")
    result = audit.verify(chained.conn)
    assert (result.ok, result.broken_id, result.reason) == (False, 1, "missing_last")


def test_swapped_rows_are_caught(chained: Registry) -> None:
    """Two rows' contents exchanged (a reordering): the first of them is named."""
    third, fourth = columns(chained, 3), columns(chained, 4)
    put(chained, 3, fourth)
    put(chained, 4, third)
    result = audit.verify(chained.conn)
    assert (result.ok, result.broken_id, result.reason) == (False, 3, "prev_hash_mismatch")


def test_swapped_ids_are_caught(chained: Registry) -> None:
    chained.conn.execute("UPDATE audit_entry SET id = -4 WHERE id = 4")
    chained.conn.execute("UPDATE audit_entry SET id = 4 WHERE id = 5")
    chained.conn.execute("UPDATE audit_entry SET id = 5 WHERE id = -4")
    result = audit.verify(chained.conn)
    assert (result.ok, result.broken_id) == (False, 4)


def test_tampering_survives_closing_and_reopening(chained: Registry, data_dir: Path) -> None:
    chained.conn.execute("DELETE FROM audit_entry WHERE id = 6")
    chained.close()
    with Registry.open(data_dir, Unlock(passphrase=PASSPHRASE)) as registry:
        assert audit.verify(registry.conn).broken_id == 6


# -- no personal data --------------------------------------------------------------------


def test_no_entry_holds_personal_data(registry: Registry) -> None:
    full_scenario(registry)
    assert audit.verify(registry.conn).ok
    rows = list(registry.conn.execute("SELECT * FROM audit_entry"))
    rows += list(registry.conn.execute("SELECT * FROM meta WHERE key LIKE 'audit%'"))
    text = json.dumps([list(row) for row in rows], ensure_ascii=False).lower()
    for needle in CANARIES:
        assert needle.lower() not in text
    assert "contested accuracy" not in text  # free-text reasons stay out too
    assert {"customer_erased", "rectification", "consent_granted"} <= set(actions(registry))


def test_entries_for_a_customer_include_their_requests(registry: Registry) -> None:
    person = full_scenario(registry)
    other = add_customer(registry, {"last_name": "Other"}, ["customer_follow_up"])
    with registry.transaction():
        registry.requests.open(other, "access")
    ref = registry.conn.execute("SELECT customer_reference FROM erasure_tombstone").fetchone()[0]
    mine = audit.entries_for(registry.conn, ref)
    assert mine and all(e.target_ref == ref or e.detail.get("customer") == ref for e in mine), (
        person
    )
    assert not any(e.target_ref == reference(registry, other) for e in mine)


# -- registre-cli audit --------------------------------------------------------------------


def test_cli_audit_verify_and_list(cli: Cli, data_dir: Path) -> None:
    ok_json(cli("init", "--business-name", "Chez Zoé", "--json"))
    person = int(
        add(
            cli,
            "--set",
            "last_name=Zqxjauditcanary",
            "--set",
            "email=wombatauditcanary@example.org",
            "--purpose",
            "customer_follow_up",
        )["id"]
    )
    add(cli, "--set", "last_name=Other", "--purpose", "customer_follow_up")

    result = cli("audit", "verify")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok") and "3 entries" in result.stdout
    assert ok_json(cli("audit", "verify", "--json"))["count"] == 3

    listed = ok_json(cli("audit", "list", "--json"))
    assert [e["action"] for e in listed] == [
        "business_profile_changed",
        "customer_created",
        "customer_created",
    ]
    mine = ok_json(cli("audit", "list", "--customer", str(person), "--json"))
    assert [e["action"] for e in mine] == ["customer_created"]
    assert mine[0]["detail"]["fields"] == ["email", "last_name"]
    text = cli("audit", "list").stdout
    assert "customer_created" in text and "auditcanary" not in text

    with Registry.open(data_dir, Unlock(passphrase=PASSPHRASE)) as registry:
        drop_triggers(registry)
        registry.conn.execute("UPDATE audit_entry SET action = 'nothing' WHERE id = 2")
    line = one_line_error(cli("audit", "verify"))
    assert "entry 2" in line and "hash_mismatch" in line


# -- the customer's own entries in their access statement and PDF ------------------------------


def test_the_access_statement_lists_the_customers_entries(
    registry: Registry, tmp_path: Path
) -> None:
    from desktop_app.core.rights.access_pdf import write_access_pdf
    from desktop_app.core.rights.statement import access_statement
    from tests.core.test_access_pdf import flat, pdf_pages
    from tests.core.test_access_statement import load_schema, validate

    person = add_customer(registry, PERSON, ["customer_follow_up"], ["newsletter"])
    other = add_customer(registry, {"last_name": "Other"}, ["customer_follow_up"])
    with registry.transaction():
        registry.customers.withdraw_consent(person, "newsletter", "phone")
        registry.customers.edit(other, {"first_name": "Someone"})
    with registry.transaction():
        rect = registry.requests.open(person, "rectification")
        rights.rectify(registry, person, {"first_name": "Lefèvreauditcanary"}, rect.id)
    with registry.transaction():
        request = registry.requests.open(person, "access")
    statement = access_statement(registry, person, request.as_dict())

    rows = statement["audit"]
    assert [row["action"] for row in rows] == [
        "customer_created",
        "consent_withdrawn",
        "request_opened",
        "rectification",
        "request_completed",
        "request_opened",
    ]
    assert rows[3] == {
        "at": NOW,
        "action": "rectification",
        "action_label": {"fr": "Rectification (art. 16)", "en": "Rectification (Art. 16)"},
        "detail": {"fields": ["first_name"], "erased": [], "request": rect.reference},
    }
    assert all(set(row) == {"at", "action", "action_label", "detail"} for row in rows)
    schema = load_schema()
    assert validate(statement, schema, schema) == []

    for lang, heading, label, field in (
        ("en", "8. History of actions on your file", "Consent withdrawn", "First name"),
        ("fr", "8. Historique des actions sur votre fiche", "Consentement retiré", "Prénom"),
    ):
        path = tmp_path / f"access-{lang}.pdf"
        write_access_pdf(path, statement, lang)
        text = flat(" ".join(pdf_pages(path)))
        assert heading in text and label in text and field in text
        assert rect.reference in text


def test_a_statement_without_audit_entries_has_no_history_section(
    registry: Registry, tmp_path: Path
) -> None:
    from desktop_app.core.rights.access_pdf import write_access_pdf
    from desktop_app.core.rights.statement import access_statement
    from tests.core.test_access_pdf import flat, pdf_pages

    person = add_customer(registry, PERSON, ["customer_follow_up"])
    statement = access_statement(registry, person, None)
    statement["audit"] = []
    path = tmp_path / "access.pdf"
    write_access_pdf(path, statement, "en")
    assert "History of actions" not in flat(" ".join(pdf_pages(path)))


# -- anchoring in backups ------------------------------------------------------------------


def rewrite_whole_chain(registry: Registry, entry_id: int, detail: str) -> None:
    """What someone holding the key could do: change an entry, then re-hash every link."""
    drop_triggers(registry)
    registry.conn.execute("UPDATE audit_entry SET detail = ? WHERE id = ?", (detail, entry_id))
    previous = audit.GENESIS
    ids = [row[0] for row in registry.conn.execute("SELECT id FROM audit_entry ORDER BY id")]
    for current in ids:
        values = list(columns(registry, current))
        values[6] = previous
        values[7] = audit.entry_hash(current, *values[:7])
        put(registry, current, tuple(values))
        previous = values[7]
    registry.conn.execute("UPDATE meta SET value = ? WHERE key = ?", (previous, audit.HEAD_KEY))


def test_a_rewritten_chain_is_caught_by_an_older_backup(registry: Registry, tmp_path: Path) -> None:
    from desktop_app.core import backup

    person = add_customer(registry, PERSON, ["customer_follow_up"], ["newsletter"])
    folder = tmp_path / "usb"
    made = backup.create_backup(registry, folder)
    with registry.transaction():
        registry.requests.open(person, "access")
    assert [a.status for a in backup.check_audit_anchors(registry, folder)] == ["consistent"]

    rewrite_whole_chain(registry, 2, '{"fields": ["email"]}')
    assert audit.verify(registry.conn).ok  # the chain alone cannot tell
    (anchor,) = backup.check_audit_anchors(registry, folder)
    assert (anchor.path, anchor.status) == (made, "mismatch")


def test_backups_cut_off_by_a_restore_are_superseded_not_alarms(
    make_registry: Callable[..., Created], data_dir: Path, tmp_path: Path
) -> None:
    from desktop_app.core import backup

    registry = make_registry().registry
    person = add_customer(registry, PERSON, ["customer_follow_up"], ["newsletter"])
    folder = tmp_path / "usb"
    older = backup.create_backup(registry, folder)
    with registry.transaction():
        registry.requests.open(person, "access")
    newer = backup.create_backup(registry, folder)
    registry.close()
    backup.restore_backup(older, data_dir, Unlock(passphrase=PASSPHRASE, use_keyring=False))
    with Registry.open(data_dir, Unlock(passphrase=PASSPHRASE, use_keyring=False)) as restored:
        with restored.transaction():
            restored.requests.open(person, "rectification")
        assert audit.verify(restored.conn).ok
        statuses = {a.path: a.status for a in backup.check_audit_anchors(restored, folder)}
    assert statuses == {newer: "superseded", older: "consistent"}


def test_the_cli_checks_the_backups_too(registry: Registry, cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    add_customer(registry, PERSON, ["customer_follow_up"], ["newsletter"])
    registry.close()
    ok_json(cli("backup", "create", "--to", str(folder), "--json"))
    checked = ok_json(cli("audit", "verify", "--backups", str(folder), "--json"))
    assert [b["status"] for b in checked["backups"]] == ["consistent"]

    with Registry.open(registry.paths.data_dir, Unlock(passphrase=PASSPHRASE)) as reopened:
        rewrite_whole_chain(reopened, 1, '{"rewritten": true}')
    assert cli("audit", "verify").returncode == 0
    line = one_line_error(cli("audit", "verify", "--backups", str(folder)))
    assert "rewritten after that backup" in line
