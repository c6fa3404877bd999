"""Erasure (Art. 17): nothing of the person is left but what a legal obligation keeps.

After an erasure, a clear (decrypted) copy of the registry holds none of the person's
name, e-mail or phone, and neither do the raw bytes of any file in the data folder.
A tombstone (no personal data) lets the erasure be applied again when an older backup
is put back.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from desktop_app.core import erasure
from desktop_app.core.customers import CustomerDraft
from desktop_app.core.errors import RestrictedError
from desktop_app.core.registry import Created, Registry, Unlock
from desktop_app.core.subject_rights import lift_restriction
from tests.core.conftest import PASSPHRASE, add_customer
from tests.core.test_canaries import clear_copy
from tests.support.files import files_containing

NOW = "2026-03-31T10:00:00+00:00"
PERSON = {
    "last_name": "Zqxjerasecanary",
    "first_name": "Vrümkaerasecanary",
    "email": "wombaterasecanary@example.org",
    "phone": "+33 6 99 88 77 66",
    "postal_address": "12 rue des Effaçables\n75011 Canarville",
}
NEEDLES = ["Zqxjerasecanary", "Vrümkaerasecanary", "wombaterasecanary", "+33699887766", "699887766"]
BYSTANDER = {"last_name": "Témoinbystander", "email": "temoin@example.org"}


@pytest.fixture
def registry(make_registry: Callable[..., Created]) -> Registry:
    return make_registry(clock=lambda: NOW).registry


def add_person(registry: Registry, purposes: list[str]) -> int:
    fields = dict(PERSON)
    if "invoicing" not in purposes:
        del fields["postal_address"]
    return add_customer(registry, fields, purposes, ["newsletter", "sms_offers"])


def erase(registry: Registry, customer_id: int) -> dict:
    with registry.transaction():
        request = registry.requests.open(customer_id, "erasure", received_on=date(2026, 3, 20))
        return erasure.erase(registry, customer_id, request.id)


def test_erasure_deletes_the_customer_and_leaves_a_tombstone(registry: Registry) -> None:
    bystander = add_customer(registry, BYSTANDER, ["customer_follow_up"])
    person = add_person(registry, ["customer_follow_up"])
    reference = registry.customers.get(person).reference

    certificate = erase(registry, person)

    assert json.loads(json.dumps(certificate)) == certificate
    assert certificate["schema"] == "registre-erasure/1"
    assert certificate["business"]["name"] == "Boutique Test"
    assert certificate["request"] == {
        "reference": "R-2026-0001",
        "type": "erasure",
        "received_on": "2026-03-20",
        "due_on": "2026-04-20",
        "completed_on": "2026-03-31",
    }
    assert certificate["customer_reference"] == reference
    assert certificate["erased"] == [
        {"field": "last_name"},
        {"field": "first_name"},
        {"field": "email"},
        {"field": "phone"},
    ]
    assert certificate["erased_consent_events"] == 2
    assert certificate["kept"] == []
    assert certificate["fully_erased"] is True
    assert certificate["completed_on"] == "2026-03-31"
    assert {r["en"] for r in certificate["recipients_to_inform"]} == {
        "Our e-mail sending provider",
        "Our text-message sending provider",
    }
    assert not registry.customers.exists(person)
    assert registry.customers.find("zqxj") == []
    assert [c.id for c in registry.customers.find("temoin")] == [bystander]
    (request,) = registry.requests.find()
    assert request.status == "completed" and request.customer_id is None
    assert request.customer_reference == reference
    (stone,) = erasure.tombstones(registry)
    assert stone == erasure.Tombstone(reference, "R-2026-0001", "2026-03-31", ())


def test_no_trace_in_a_clear_copy_nor_in_any_file(
    registry: Registry, data_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """The decrypted content (search index included) and the raw files hold nothing of them."""
    add_customer(registry, BYSTANDER, ["customer_follow_up"])
    person = add_person(registry, ["customer_follow_up"])
    with registry.transaction():  # an earlier name, replaced: must go too
        registry.customers.edit(person, {"first_name": "Vrümkaerasecanary"})
    before = clear_copy(registry, tmp_path_factory.mktemp("before"))
    assert set(files_containing(before.parent, NEEDLES)["clear.db"]) == set(NEEDLES)

    erase(registry, person)

    after = clear_copy(registry, tmp_path_factory.mktemp("after"))
    assert files_containing(after.parent, NEEDLES) == {}
    assert files_containing(after.parent, ["Témoinbystander"]) == {"clear.db": ["Témoinbystander"]}
    assert files_containing(data_dir, NEEDLES) == {}
    registry.close()
    assert files_containing(data_dir, NEEDLES) == {}
    assert {p.name for p in data_dir.iterdir()} == {
        "registre.db",
        "registre.keys",
        "registre.lock",
        "registre.erasures",
    }


def test_legal_retention_keeps_exactly_the_invoicing_fields(
    registry: Registry, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Invoices stay 10 years: name and postal address only, in storage only."""
    person = add_person(registry, ["customer_follow_up", "invoicing"])

    certificate = erase(registry, person)

    record = registry.customers.get(person)
    assert record.fields == {
        "last_name": PERSON["last_name"],
        "first_name": PERSON["first_name"],
        "postal_address": PERSON["postal_address"],
    }
    assert record.purposes == ["invoicing"]
    assert record.consents == {} and record.consent_history == []
    assert record.restricted_on == "2026-03-31"
    assert record.restriction_reason == "legal_retention"
    assert certificate["fully_erased"] is False
    assert certificate["erased"] == [{"field": "email"}, {"field": "phone"}]
    assert certificate["erased_consent_events"] == 2
    assert certificate["kept"] == [
        {
            "field": code,
            "purpose": "invoicing",
            "legal_basis": "legal_obligation",
            "reason": {"fr": "Facturation", "en": "Invoicing"},
            "until": "2036-03-31",
        }
        for code in ("last_name", "first_name", "postal_address")
    ]
    # The accountant keeps the invoices: only the senders of e-mails and texts are told.
    assert {r["en"] for r in certificate["recipients_to_inform"]} == {
        "Our e-mail sending provider",
        "Our text-message sending provider",
    }
    (stone,) = erasure.tombstones(registry)
    assert stone.kept_fields == ("last_name", "first_name", "postal_address")

    clear = clear_copy(registry, tmp_path_factory.mktemp("clear"))
    assert files_containing(clear.parent, ["wombaterasecanary", "699887766"]) == {}
    # Storage only: no edit, no consent, no use, no lifting.
    with pytest.raises(RestrictedError), registry.transaction():
        registry.customers.edit(person, {"first_name": "Autre"})
    with pytest.raises(RestrictedError), registry.transaction():
        registry.customers.grant_consent(person, "newsletter", "in_store", values=BYSTANDER)
    with pytest.raises(RestrictedError), registry.transaction():
        lift_restriction(registry, person)
    assert registry.customers.audience("invoicing") == []
    assert registry.customers.find("zqxj")[0].id == person  # still found, to answer an audit


def backup(data_dir: Path, folder: Path) -> None:
    folder.mkdir()
    for name in ("registre.db", "registre.keys"):
        shutil.copy2(data_dir / name, folder / name)


def restore(folder: Path, data_dir: Path) -> None:
    for name in ("registre.db-wal", "registre.db-shm"):
        (data_dir / name).unlink(missing_ok=True)
    for name in ("registre.db", "registre.keys"):
        shutil.copy2(folder / name, data_dir / name)


@pytest.mark.parametrize("purposes", [["customer_follow_up"], ["customer_follow_up", "invoicing"]])
def test_an_older_backup_restored_is_erased_again(
    make_registry: Callable[..., Created],
    data_dir: Path,
    tmp_path: Path,
    tmp_path_factory: pytest.TempPathFactory,
    purposes: list[str],
) -> None:
    """A copy of registre.db + registre.keys taken before the erasure, put back: erased again."""
    registry = make_registry(clock=lambda: NOW).registry
    bystander = add_customer(registry, BYSTANDER, ["customer_follow_up"])
    person = add_person(registry, purposes)
    reference = registry.customers.get(person).reference
    registry.close()
    backup(data_dir, tmp_path / "backup")

    with Registry.open(data_dir, Unlock(passphrase=PASSPHRASE), clock=lambda: NOW) as registry:
        assert registry.reapplied_erasures == 0
        erase(registry, person)
        after_erasure = registry.customers.get(person).fields if len(purposes) == 2 else None

    restore(tmp_path / "backup", data_dir)
    with Registry.open(data_dir, Unlock(passphrase=PASSPHRASE), clock=lambda: NOW) as registry:
        assert registry.reapplied_erasures == 1
        if after_erasure is None:
            assert not registry.customers.exists(person)
        else:
            assert registry.customers.get(person).fields == after_erasure
            assert registry.customers.get(person).consent_history == []
        assert registry.customers.exists(bystander)
        assert erasure.reapply_tombstones(registry) == 0  # idempotent
        assert registry.requests.find() == []  # the restored file never saw the request
        assert [t.customer_reference for t in erasure.tombstones(registry)] == [reference]
        clear = clear_copy(registry, tmp_path_factory.mktemp("clear"))
    assert files_containing(clear.parent, ["wombaterasecanary", "699887766"]) == {}
    with Registry.open(data_dir, Unlock(passphrase=PASSPHRASE)) as registry:
        assert registry.reapplied_erasures == 0


def test_reapplying_with_nothing_to_do_writes_nothing(registry: Registry, data_dir: Path) -> None:
    person = add_person(registry, ["customer_follow_up", "invoicing"])
    erase(registry, person)
    registry.close()
    db = (data_dir / "registre.db").read_bytes()
    with Registry.open(data_dir, Unlock(passphrase=PASSPHRASE)) as reopened:
        assert reopened.reapplied_erasures == 0
    assert (data_dir / "registre.db").read_bytes() == db


def test_new_customers_are_never_caught_by_a_tombstone(registry: Registry) -> None:
    """References are random: a new customer with the same name is someone else."""
    person = add_person(registry, ["customer_follow_up"])
    erase(registry, person)
    with registry.transaction():
        again = registry.customers.add(
            CustomerDraft({"last_name": PERSON["last_name"]}, ["invoicing"])
        )
    assert erasure.reapply_tombstones(registry) == 0
    assert registry.customers.exists(again) and again != person


def test_a_backup_taken_while_the_request_was_open(
    make_registry: Callable[..., Created], data_dir: Path, tmp_path: Path
) -> None:
    """Put back, the request it still shows open is closed again with the erasure's date."""
    registry = make_registry(clock=lambda: NOW).registry
    person = add_person(registry, ["customer_follow_up"])
    with registry.transaction():
        request = registry.requests.open(person, "erasure", received_on=date(2026, 3, 20))
    registry.close()
    backup(data_dir, tmp_path / "backup")
    with (
        Registry.open(data_dir, Unlock(passphrase=PASSPHRASE), clock=lambda: NOW) as registry,
        registry.transaction(),
    ):
        erasure.erase(registry, person, request.id)
    restore(tmp_path / "backup", data_dir)
    with Registry.open(data_dir, Unlock(passphrase=PASSPHRASE), clock=lambda: NOW) as registry:
        assert registry.reapplied_erasures == 1
        assert not registry.customers.exists(person)
        closed = registry.requests.get(request.id)
        assert (closed.status, closed.completed_on) == ("completed", date(2026, 3, 31))
