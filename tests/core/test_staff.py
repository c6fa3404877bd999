"""Staff accounts: a slot per person, roles enforced by the core services themselves."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desktop_app.core import audit, backup, erasure, permissions, subject_rights
from desktop_app.core.errors import (
    KeyringUnavailableError,
    PermissionDeniedError,
    UnlockMethodError,
    ValidationError,
    WrongSecretError,
)
from desktop_app.core.keyfile import KeyFile
from desktop_app.core.registry import Created, Registry, Unlock
from desktop_app.core.rights.statement import access_statement
from desktop_app.core.staff import unlock_choices
from tests.core.conftest import PASSPHRASE, add_customer
from tests.support.files import snapshot
from tests.support.memory_keyring import MemoryKeyring

PIN = "482915"
LEA_PASSPHRASE = "lea garde la boutique"
CUSTOMER = {"last_name": "Durand", "first_name": "Aline", "email": "aline@example.org"}


@pytest.fixture
def owner(make_registry: Callable[..., Created]) -> Registry:
    registry = make_registry().registry
    add_customer(registry, CUSTOMER, ["customer_follow_up"], ["newsletter"])
    return registry


def add_staff(owner: Registry, name: str = "Léa", secret: str = PIN) -> int:
    return owner.staff.add(name, secret).id


def reopen_as(registry: Registry, staff_id: int | None, secret: str = PIN) -> Registry:
    data_dir = registry.paths.data_dir
    registry.close()
    if staff_id is None:
        return Registry.open(data_dir, Unlock(passphrase=PASSPHRASE, use_keyring=False))
    return Registry.open(data_dir, Unlock(passphrase=secret, staff_id=staff_id))


def test_a_staff_member_unlocks_with_their_own_pin(owner: Registry) -> None:
    lea = add_staff(owner)
    keys = owner.paths.keys
    assert [(c.staff_id, c.label, c.secret) for c in unlock_choices(keys)] == [
        (None, "", "owner"),
        (lea, "Léa", "pin"),
    ]
    assert PIN.encode() not in keys.read_bytes()

    registry = reopen_as(owner, lea)
    try:
        assert registry.role == "staff"
        assert registry.staff_name() == "Léa"
        assert registry.customers.count() == 1
    finally:
        registry.close()


def test_staff_capture_customers_consents_and_requests_in_their_own_name(owner: Registry) -> None:
    lea = add_staff(owner)
    registry = reopen_as(owner, lea)
    try:
        customer = add_customer(
            registry, {"last_name": "Martin", "email": "m@example.org"}, ["customer_follow_up"]
        )
        with registry.transaction():
            registry.customers.grant_consent(customer, "newsletter", "in_store")
            request = registry.requests.open(customer, "rectification")
            registry.customers.edit(customer, {"last_name": "Martins"})
        assert registry.requests.get(request.id).type == "rectification"
        record = registry.customers.get(customer)
        assert record.fields["last_name"] == "Martins"
        assert record.consents["newsletter"] == "granted"
        assert record.consent_history[-1].staff_name == "Léa"
        actors = {e.actor_id for e in audit.entries(registry.conn) if e.target_type != "registry"}
        assert lea in actors
    finally:
        registry.close()


def test_a_staff_account_cannot_export_erase_back_up_or_restore(
    owner: Registry, tmp_path: Path
) -> None:
    lea = add_staff(owner)
    customer = next(owner.customers.iter_ids())
    folder = tmp_path / "backups"
    owner_backup = backup.create_backup(owner, folder)
    registry = reopen_as(owner, lea)
    data_dir = registry.paths.data_dir
    try:
        with registry.transaction():
            request = registry.requests.open(customer, "erasure")
        entries_before = registry.conn.execute("SELECT count(*) FROM audit_entry").fetchone()
        refused: list[Callable[[], object]] = [
            lambda: access_statement(registry, customer, None),
            lambda: subject_rights.portability_export(registry, customer),
            lambda: registry.customers.audience("newsletter"),
            lambda: erasure.erase(registry, customer, request.id),
            lambda: backup.create_backup(registry, folder),
            lambda: registry.purposes.update_wording(
                "newsletter", {"fr": "Lettre", "en": "Letter"}, {"fr": "Texte", "en": "Text"}
            ),
            lambda: registry.business.update(name="Autre boutique"),
            lambda: registry.staff.add("Marc", "771903"),
            lambda: registry.staff.remove(registry.staff.find("Léa").id),
            lambda: registry.set_passphrase("a passphrase of my own"),
            lambda: registry.renew_recovery_code(),
            lambda: registry.rotate_key(PASSPHRASE),
            lambda: registry.requests.refuse(request.id, "manifestly unfounded"),
            lambda: registry.requests.extend(request.id, 1, "many requests"),
            lambda: registry.breaches.list(),
            lambda: registry.breaches.record(
                discovered_at=datetime(2026, 11, 1, tzinfo=UTC),
                nature=["confidentiality"],
                description="USB stick lost",
            ),
        ]
        for attempt in refused:
            with registry.transaction(), pytest.raises(PermissionDeniedError) as caught:
                attempt()
            assert "owner" in caught.value.message("en")
            assert "propriétaire" in caught.value.message("fr")
        assert registry.customers.exists(customer)
        assert registry.conn.execute("SELECT count(*) FROM audit_entry").fetchone() == (
            entries_before
        )
        assert backup.list_backups(folder) == [owner_backup]
    finally:
        registry.close()

    before = snapshot(data_dir)
    with pytest.raises(PermissionDeniedError):
        backup.restore_backup(owner_backup, data_dir, Unlock(passphrase=PIN, staff_id=lea))
    assert snapshot(data_dir) == before


def test_the_owner_may_do_everything(owner: Registry) -> None:
    assert owner.role == "owner"
    assert all(owner.can(action) for action in permissions.ACTIONS)
    assert not any(permissions.allowed("staff", a) for a in permissions.OWNER_ONLY)
    with pytest.raises(ValueError):
        permissions.allowed("owner", "launch_rockets")


def test_adding_staff_turns_the_keyring_slot_off(
    make_registry: Callable[..., Created], memory_keyring: MemoryKeyring
) -> None:
    registry = make_registry().registry
    assert registry.keyfile.has("keyring")
    lea = add_staff(registry)
    assert not registry.keyfile.has("keyring")
    assert KeyFile.load(registry.paths.keys).slot_types() == ["passphrase", "recovery", "staff"]
    # Only the PIN pepper is left in the keyring: no key-encryption key for the owner.
    assert [account for _service, account in memory_keyring.secrets] == [
        f"{registry.registry_id}/staff-pepper"
    ]
    with pytest.raises(UnlockMethodError) as caught:
        registry.enable_keyring()
    assert caught.value.code == "keyring_off_with_staff"
    registry.staff.remove(lea)
    registry.enable_keyring()
    assert registry.keyfile.has("keyring")


def test_staff_need_the_owner_to_have_a_passphrase(
    make_registry: Callable[..., Created],
) -> None:
    registry = make_registry(passphrase=None).registry
    with pytest.raises(UnlockMethodError) as caught:
        registry.staff.add("Léa", PIN)
    assert caught.value.code == "owner_passphrase_needed"
    assert registry.staff.list()[0].role == "owner"
    assert len(registry.staff.list()) == 1


def test_a_wrong_pin_opens_nothing_and_changes_nothing(owner: Registry) -> None:
    lea = add_staff(owner)
    data_dir = owner.paths.data_dir
    owner.close()
    before = snapshot(data_dir)
    with pytest.raises(WrongSecretError) as caught:
        Registry.open(data_dir, Unlock(passphrase="000000", staff_id=lea))
    assert caught.value.code == "wrong_staff_secret"
    with pytest.raises(UnlockMethodError):
        Registry.open(data_dir, Unlock(passphrase=PIN, staff_id=lea + 1))
    assert snapshot(data_dir) == before


def test_removing_a_person_revokes_their_slot_and_keeps_their_history(owner: Registry) -> None:
    lea = add_staff(owner)
    registry = reopen_as(owner, lea)
    customer = add_customer(
        registry, {"last_name": "Petit", "email": "p@example.org"}, ["customer_follow_up"]
    )
    with registry.transaction():
        registry.customers.grant_consent(customer, "newsletter", "in_store")
    registry = reopen_as(registry, None)
    try:
        removed = registry.staff.remove(lea)
        assert removed.removed_at is not None
        assert registry.keyfile.staff_slot(lea) is None
        assert [m.name for m in registry.staff.list()] == [registry.staff_name()]
        consent_events = registry.customers.get(customer).consent_history
        assert any(event.staff_name == "Léa" for event in consent_events)
        with pytest.raises(PermissionDeniedError):
            registry.staff.remove(registry.staff_id)  # the owner stays
    finally:
        data_dir = registry.paths.data_dir
        registry.close()
    with pytest.raises(UnlockMethodError) as caught:
        Registry.open(data_dir, Unlock(passphrase=PIN, staff_id=lea))
    assert caught.value.code == "no_staff_slot"
    assert [c.staff_id for c in unlock_choices(data_dir / "registre.keys")] == [None]


def test_a_pin_needs_the_keyring_pepper_but_a_passphrase_does_not(
    owner: Registry, memory_keyring: MemoryKeyring
) -> None:
    lea = add_staff(owner, "Léa", PIN)
    marc = add_staff(owner, "Marc", LEA_PASSPHRASE)
    assert owner.staff.get(marc).secret == "passphrase"
    data_dir = owner.paths.data_dir
    owner.close()
    memory_keyring.secrets.clear()  # a copied disk: no keyring comes with it
    with pytest.raises(KeyringUnavailableError) as caught:
        Registry.open(data_dir, Unlock(passphrase=PIN, staff_id=lea))
    assert caught.value.code == "pin_needs_keyring"
    with Registry.open(data_dir, Unlock(passphrase=LEA_PASSPHRASE, staff_id=marc)) as registry:
        assert registry.staff_name() == "Marc"


def test_secrets_are_checked(owner: Registry) -> None:
    for secret, code in (("12345", "pin_too_short"), ("short", "passphrase_too_short")):
        with pytest.raises(ValidationError) as caught:
            owner.staff.add("Léa", secret)
        assert caught.value.code == code
    with pytest.raises(ValidationError) as caught:
        owner.staff.add("   ", PIN)
    assert caught.value.code == "staff_name_empty"
    assert len(owner.staff.list()) == 1
    assert KeyFile.load(owner.paths.keys).staff_slots() == []


def test_staff_change_their_own_pin_but_not_anyone_elses(owner: Registry) -> None:
    lea = add_staff(owner, "Léa")
    marc = add_staff(owner, "Marc", "193377")
    registry = reopen_as(owner, lea)
    try:
        registry.staff.set_secret(lea, "600613")
        with pytest.raises(PermissionDeniedError):
            registry.staff.set_secret(marc, "600614")
    finally:
        registry.close()
    data_dir = registry.paths.data_dir
    with pytest.raises(WrongSecretError):
        Registry.open(data_dir, Unlock(passphrase=PIN, staff_id=lea))
    Registry.open(data_dir, Unlock(passphrase="600613", staff_id=lea)).close()
    Registry.open(data_dir, Unlock(passphrase="193377", staff_id=marc)).close()


def test_rotating_the_key_drops_staff_slots_until_the_owner_gives_new_ones(
    owner: Registry,
) -> None:
    lea = add_staff(owner)
    owner.rotate_key(PASSPHRASE)
    assert owner.staff.get(lea).secret is None
    owner.staff.set_secret(lea, "250871")
    registry = reopen_as(owner, lea, "250871")
    assert registry.role == "staff"
    registry.close()
    with pytest.raises(WrongSecretError):
        Registry.open(registry.paths.data_dir, Unlock(passphrase=PIN, staff_id=lea))


def test_renaming_updates_the_unlock_list(owner: Registry) -> None:
    lea = add_staff(owner)
    owner.staff.rename(lea, "Léa B.")
    assert [c.label for c in unlock_choices(owner.paths.keys)] == ["", "Léa B."]
    assert owner.staff.find("léa b.").id == lea
    owner.close()
    Registry.open(owner.paths.data_dir, Unlock(passphrase=PIN, staff_id=lea)).close()


def test_staff_events_are_audited_without_names(owner: Registry) -> None:
    lea = add_staff(owner)
    owner.staff.rename(lea, "Léa B.")
    owner.staff.remove(lea)
    staff_entries = [e for e in audit.entries(owner.conn) if e.action.startswith("staff_")]
    assert [e.action for e in staff_entries] == ["staff_added", "staff_renamed", "staff_removed"]
    assert all(e.detail["staff"] == lea for e in staff_entries)
    assert "Léa" not in str([e.as_dict() for e in staff_entries])
    assert audit.verify(owner.conn).ok


def test_a_request_opened_by_staff_is_theirs_with_the_same_clock(owner: Registry) -> None:
    lea = add_staff(owner)
    registry = reopen_as(owner, lea)
    try:
        customer = next(registry.customers.iter_ids())
        with registry.transaction():
            request = registry.requests.open(customer, "access", received_on=date(2026, 1, 31))
        assert request.staff_id == lea
        assert request.due_on == date(2026, 3, 2)  # 28 February 2026 is a Saturday
    finally:
        registry.close()


def test_the_cli_manages_staff_and_unlocks_as_them(cli: Callable[..., object]) -> None:
    cli("init", "--business-name", "Boutique Test", "--no-keyring", check=True)
    secret = {"REGISTRE_STAFF_SECRET": LEA_PASSPHRASE}
    added = cli("staff", "add", "Léa", "--json", env=secret, check=True)
    assert '"secret": "passphrase"' in added.stdout  # type: ignore[attr-defined]

    as_lea = {"REGISTRE_PASSPHRASE": LEA_PASSPHRASE}
    status = cli("--staff", "léa", "status", "--json", env=as_lea, check=True)
    assert '"customers": 0' in status.stdout  # type: ignore[attr-defined]
    refused = cli("--staff", "Léa", "backup", "create", "--to", "/tmp/nowhere", env=as_lea)
    assert refused.returncode == 1  # type: ignore[attr-defined]
    assert "Only the owner" in refused.stderr  # type: ignore[attr-defined]
    wrong = cli("--staff", "Léa", "status", env={"REGISTRE_PASSPHRASE": "not her passphrase"})
    assert "not the right one" in wrong.stderr  # type: ignore[attr-defined]

    cli("staff", "remove", "Léa", check=True)
    gone = cli("--staff", "Léa", "status", env=as_lea)
    assert "no staff member" in gone.stderr  # type: ignore[attr-defined]


@pytest.mark.parametrize("rotated", [False, True], ids=["same-key", "key-rotated-since"])
def test_a_person_removed_after_a_backup_stays_removed_when_it_is_restored(
    owner: Registry, tmp_path: Path, rotated: bool
) -> None:
    lea = add_staff(owner, "Léa", LEA_PASSPHRASE)
    folder = tmp_path / "usb"
    old = backup.create_backup(owner, folder)
    owner.staff.remove(lea)
    if rotated:  # the backup's slots are then merged into the live key file
        owner.rotate_key(PASSPHRASE)
    data_dir = owner.paths.data_dir
    owner.close()

    backup.restore_backup(old, data_dir, Unlock(passphrase=PASSPHRASE, use_keyring=False))

    with pytest.raises(UnlockMethodError):
        Registry.open(data_dir, Unlock(passphrase=LEA_PASSPHRASE, staff_id=lea))
    assert [c.staff_id for c in unlock_choices(data_dir / "registre.keys")] == [None]
    with Registry.open(data_dir, Unlock(passphrase=PASSPHRASE, use_keyring=False)) as restored:
        assert restored.staff.get(lea).removed_at is not None
        assert [m.role for m in restored.staff.list()] == ["owner"]


@pytest.mark.parametrize(
    "damage",
    [
        lambda slot: slot.pop("staff_id"),
        lambda slot: slot.update(staff_id="2"),
        lambda slot: slot.update(secret="fingerprint"),
        lambda slot: slot.update(label=["Léa"]),
    ],
    ids=["no-id", "id-as-text", "unknown-secret", "label-not-text"],
)
def test_a_damaged_staff_slot_is_reported_and_nothing_changes(
    owner: Registry, damage: Callable[[dict], object]
) -> None:
    import json

    from desktop_app.core.errors import KeyFileDamagedError

    add_staff(owner)
    data_dir = owner.paths.data_dir
    owner.close()
    keys = data_dir / "registre.keys"
    data = json.loads(keys.read_text(encoding="utf-8"))
    damage(next(s for s in data["slots"] if s["type"] == "staff"))
    keys.write_text(json.dumps(data), encoding="utf-8")
    before = snapshot(data_dir)
    with pytest.raises(KeyFileDamagedError):
        unlock_choices(keys)
    with pytest.raises(KeyFileDamagedError):
        Registry.open(data_dir, Unlock(passphrase=PASSPHRASE, use_keyring=False))
    assert snapshot(data_dir) == before


def test_the_owner_lends_export_and_erasure_one_by_one(owner: Registry) -> None:
    lea = add_staff(owner)
    customer = next(owner.customers.iter_ids())
    assert owner.staff.set_grants(lea, ["erase"]).grants == {"erase"}
    with pytest.raises(ValidationError) as caught:
        owner.staff.set_grants(lea, ["erase", "backup"])
    assert caught.value.code == "grant_unknown"
    with pytest.raises(ValidationError):
        owner.staff.set_grants(owner.staff_id, ["export"])  # the owner has everything already

    registry = reopen_as(owner, lea)
    try:
        assert registry.can(permissions.ERASE) and not registry.can(permissions.EXPORT)
        with registry.transaction():
            request = registry.requests.open(customer, "erasure")
        with registry.transaction(), pytest.raises(PermissionDeniedError):
            access_statement(registry, customer, None)
        with pytest.raises(PermissionDeniedError):
            registry.staff.set_grants(lea, ["erase", "export"])  # not one's own to lend
        with registry.transaction():
            erasure.erase(registry, customer, request.id)
        assert not registry.customers.exists(customer)
        assert not registry.can(permissions.BACKUP)  # nothing else came with it
    finally:
        registry.close()

    registry = reopen_as(registry, None)
    registry.staff.set_grants(lea, [])
    changes = [e for e in audit.entries(registry.conn) if e.action == "staff_grants_changed"]
    assert [e.detail["grants"] for e in changes] == [["erase"], []]
    registry = reopen_as(registry, lea)
    try:
        assert not registry.can(permissions.ERASE)
    finally:
        registry.close()


def test_the_cli_lends_and_takes_back(cli: Callable[..., object]) -> None:
    cli("init", "--business-name", "Boutique Test", "--no-keyring", check=True)
    cli("staff", "add", "Léa", env={"REGISTRE_STAFF_SECRET": LEA_PASSPHRASE}, check=True)
    granted = cli("staff", "grant", "Léa", "export", "erase", check=True)
    assert "may also: erase, export" in granted.stdout  # type: ignore[attr-defined]
    cli("staff", "revoke", "Léa", "erase", check=True)
    listed = cli("staff", "list", "--json", check=True)
    assert '"export"' in listed.stdout and '"erase"' not in listed.stdout  # type: ignore[attr-defined]
    revoked = cli("staff", "revoke", "Léa", "export", check=True)
    assert "may also" not in revoked.stdout  # type: ignore[attr-defined]
