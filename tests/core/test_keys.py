"""Key handling: the three ways to unlock, changing secrets, rotating the key, the key file.

The database key is random; the key file holds it only wrapped, once per unlock method
(OS keyring, passphrase, recovery code), each wrapping bound to its registry and slot.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import stat
from collections.abc import Callable
from pathlib import Path

import keyring.backend
import pytest

from desktop_app.core import audit, database, keyring_store
from desktop_app.core.errors import (
    NotARegistryError,
    UnlockMethodError,
    ValidationError,
    WrongSecretError,
)
from desktop_app.core.keyfile import KeyFile
from desktop_app.core.registry import Created, Registry, Unlock
from tests.core.conftest import PASSPHRASE, add_customer
from tests.support.memory_keyring import MemoryKeyring

NEW_PASSPHRASE = "un tout autre secret"


def _data_without_audit(conn: object) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table but the audit log (and the meta row that tracks its head)."""
    names = [
        row[0]
        for row in conn.execute(  # type: ignore[attr-defined]
            "SELECT name FROM sqlite_master WHERE type = 'table'"
            " AND name NOT LIKE 'customer_search%'"
            " AND name NOT IN ('audit_entry', 'sqlite_sequence')"
        )
    ]
    found = {name: sorted(conn.execute(f"SELECT * FROM {name}")) for name in names}  # type: ignore[attr-defined]
    found["meta"] = [row for row in found["meta"] if not str(row[0]).startswith("audit_")]
    return found


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def with_customers(created: Created) -> Registry:
    """The new registry, given two customers."""
    registry = created.registry
    add_customer(
        registry,
        {"last_name": "Dupré", "first_name": "Hélène", "email": "helene@example.fr"},
        purposes=["customer_follow_up"],
    )
    add_customer(registry, {"last_name": "Martin"}, purposes=["customer_follow_up"])
    return registry


def names(registry: Registry) -> list[str]:
    return [c.display_name for c in registry.customers.find()]


EXPECTED = ["Hélène Dupré", "Martin"]


@pytest.fixture
def closed(make_registry: Callable[..., Created]) -> Created:
    """A registry with keyring, passphrase and recovery slots and two customers, closed."""
    created = make_registry()
    with_customers(created).close()
    return created


# -- unlocking -----------------------------------------------------------------------


def test_unlock_with_the_keyring(closed: Created, data_dir: Path) -> None:
    """With nothing given, the key comes from the OS keyring."""
    with Registry.open(data_dir, Unlock()) as registry:
        assert names(registry) == EXPECTED
        assert registry.registry_id == closed.registry.registry_id


def test_unlock_with_the_passphrase(closed: Created, data_dir: Path) -> None:
    with Registry.open(data_dir, Unlock(passphrase=PASSPHRASE)) as registry:
        assert names(registry) == EXPECTED


@pytest.mark.parametrize(
    "retype",
    [
        lambda code: code,
        lambda code: code.lower(),
        lambda code: code.replace("-", " "),
        lambda code: f"  {code.lower().replace('-', ' ')}  ",
    ],
    ids=["as-printed", "lower-case", "spaces", "lower-case-spaces-padded"],
)
def test_unlock_with_the_recovery_code_as_people_retype_it(
    closed: Created, data_dir: Path, retype: Callable[[str], str]
) -> None:
    """The code from the recovery sheet opens the registry however it is retyped."""
    with Registry.open(data_dir, Unlock(recovery_code=retype(closed.recovery_code))) as registry:
        assert names(registry) == EXPECTED


# -- changing secrets ---------------------------------------------------------------------


def test_passphrase_change_rewraps_without_rewriting_the_database(
    closed: Created, data_dir: Path
) -> None:
    """The new passphrase opens, the old one no longer does, and the database is not re-keyed.

    The database gains only the audit entry of the change (Art. 5(2)).
    """
    db = data_dir / "registre.db"
    with Registry.open(data_dir, Unlock(passphrase=PASSPHRASE)) as registry:
        key = registry._key
        tables_before = _data_without_audit(registry.conn)
        registry.set_passphrase(NEW_PASSPHRASE)
        assert registry._key == key
        assert _data_without_audit(registry.conn) == tables_before
        assert audit.entries(registry.conn)[-1].action == "passphrase_set"
    database.open_existing(db, key).close()  # the same raw key still opens it

    with pytest.raises(WrongSecretError):
        Registry.open(data_dir, Unlock(passphrase=PASSPHRASE))
    with Registry.open(data_dir, Unlock(passphrase=NEW_PASSPHRASE)) as registry:
        assert names(registry) == EXPECTED
    with Registry.open(data_dir, Unlock()) as registry:  # the other slots are unchanged
        assert names(registry) == EXPECTED


def test_too_short_passphrase_is_refused(registry: Registry, data_dir: Path) -> None:
    """A passphrase under eight characters is refused, and the old one stays."""
    keys_before = (data_dir / "registre.keys").read_bytes()
    with pytest.raises(ValidationError) as caught:
        registry.set_passphrase("short")
    assert caught.value.code == "passphrase_too_short"
    assert "8" in caught.value.message("en")
    assert (data_dir / "registre.keys").read_bytes() == keys_before
    registry.close()
    Registry.open(data_dir, Unlock(passphrase=PASSPHRASE)).close()


def test_too_short_passphrase_at_creation_creates_nothing(data_dir: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        Registry.create(data_dir, "Boutique Test", passphrase="1234567")
    assert caught.value.code == "passphrase_too_short"
    assert not data_dir.exists()


def test_renewed_recovery_code_replaces_the_old_one(closed: Created, data_dir: Path) -> None:
    """After a new sheet is printed, the old code stops working."""
    with Registry.open(data_dir, Unlock()) as registry:
        new_code = registry.renew_recovery_code()
    assert new_code != closed.recovery_code
    with pytest.raises(WrongSecretError) as caught:
        Registry.open(data_dir, Unlock(recovery_code=closed.recovery_code))
    assert caught.value.code == "wrong_recovery_code"
    with Registry.open(data_dir, Unlock(recovery_code=new_code)) as registry:
        assert names(registry) == EXPECTED


# -- key rotation ---------------------------------------------------------------------


def test_rotate_key_reencrypts_and_keeps_every_unlock_method(
    closed: Created, data_dir: Path
) -> None:
    """A new key re-encrypts every page; data, passphrase and keyring work; the old sheet fails."""
    db = data_dir / "registre.db"
    before = db.read_bytes()
    with Registry.open(data_dir, Unlock(passphrase=PASSPHRASE)) as registry:
        old_key = registry._key
        new_code = registry.rotate_key(passphrase=PASSPHRASE)
        new_key = registry._key
        assert new_key != old_key
        assert names(registry) == EXPECTED
    after = db.read_bytes()
    assert after != before
    # Not just the header: (nearly) every page changed.
    pages = [(before[i : i + 4096], after[i : i + 4096]) for i in range(0, len(before), 4096)]
    assert sum(old != new for old, new in pages) >= len(pages) - 1

    with pytest.raises(NotARegistryError):
        database.open_existing(db, old_key).close()
    with pytest.raises(WrongSecretError):
        Registry.open(data_dir, Unlock(recovery_code=closed.recovery_code))
    for unlock in (Unlock(recovery_code=new_code), Unlock(passphrase=PASSPHRASE), Unlock()):
        with Registry.open(data_dir, unlock) as registry:
            assert names(registry) == EXPECTED
            assert registry._key == new_key


def test_rotate_key_needs_the_passphrase(closed: Created, data_dir: Path) -> None:
    """Rotation re-makes the passphrase slot, so it asks for the passphrase and proves it first."""
    keys = data_dir / "registre.keys"
    with Registry.open(data_dir, Unlock()) as registry:
        before = keys.read_bytes(), sha256(data_dir / "registre.db")
        with pytest.raises(UnlockMethodError):
            registry.rotate_key()
        with pytest.raises(WrongSecretError):
            registry.rotate_key(passphrase="not the passphrase")
        assert (keys.read_bytes(), sha256(data_dir / "registre.db")) == before
        assert names(registry) == EXPECTED


def test_rotate_key_removes_the_old_keyring_entry(
    closed: Created, data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    """Only the new key's entry is left in the OS keyring."""
    entries_before = set(memory_keyring.secrets)
    with Registry.open(data_dir, Unlock()) as registry:
        registry.rotate_key(passphrase=PASSPHRASE)
    entries_after = set(memory_keyring.secrets)
    assert len(entries_before) == len(entries_after) == 1
    assert entries_before != entries_after


# -- the key file -----------------------------------------------------------------------


def key_spellings(key: bytes) -> list[bytes]:
    return [
        key,
        key.hex().encode(),
        key.hex().upper().encode(),
        base64.b64encode(key),
        base64.urlsafe_b64encode(key),
        base64.b64encode(key).rstrip(b"="),
        base64.b32encode(key),
    ]


def test_key_file_never_holds_the_raw_key(
    make_registry: Callable[..., Created], data_dir: Path
) -> None:
    """Neither the key nor its hex or base64 spelling is in the key file, even after rotation."""
    registry = with_customers(make_registry())
    keys = data_dir / "registre.keys"
    for change in (lambda: None, lambda: registry.set_passphrase(NEW_PASSPHRASE)):
        change()
        content = keys.read_bytes()
        assert all(spelling not in content for spelling in key_spellings(registry._key))
    registry.rotate_key(passphrase=NEW_PASSPHRASE)
    content = keys.read_bytes()
    assert all(spelling not in content for spelling in key_spellings(registry._key))


def test_key_file_is_private(registry: Registry, data_dir: Path) -> None:
    """Only the owner can read the key file (0600), also after it is rewritten."""
    keys = data_dir / "registre.keys"
    assert stat.S_IMODE(keys.stat().st_mode) == 0o600
    registry.set_passphrase(NEW_PASSPHRASE)
    assert stat.S_IMODE(keys.stat().st_mode) == 0o600
    registry.rotate_key(passphrase=NEW_PASSPHRASE)
    assert stat.S_IMODE(keys.stat().st_mode) == 0o600


def test_slot_copied_from_another_registry_does_not_unlock(
    closed: Created, data_dir: Path, tmp_path: Path
) -> None:
    """Each wrapping is bound to its registry: a slot moved into another key file is useless.

    The copied slot is refused as a wrong passphrase (the wrapping does not open at all),
    not as a wrong database key: the binding, not the database, stops it.
    """
    other_dir = tmp_path / "other"
    other_passphrase = "another shop's secret"
    Registry.create(other_dir, "Autre Boutique", passphrase=other_passphrase).registry.close()
    other_slot = next(
        s for s in KeyFile.load(other_dir / "registre.keys").slots if s["type"] == "passphrase"
    )

    keys = data_dir / "registre.keys"
    content = json.loads(keys.read_text())
    content["slots"] = [s for s in content["slots"] if s["type"] != "passphrase"] + [other_slot]
    keys.write_text(json.dumps(content))

    with pytest.raises(WrongSecretError):
        KeyFile.load(keys).unlock_with_passphrase(other_passphrase)
    with pytest.raises(WrongSecretError):
        Registry.open(data_dir, Unlock(passphrase=other_passphrase))
    # In its own key file the very same slot works.
    assert KeyFile.load(other_dir / "registre.keys").unlock_with_passphrase(other_passphrase)


def test_slot_relabelled_does_not_unlock(closed: Created, data_dir: Path) -> None:
    """A slot's type is bound too: the recovery slot relabelled as the passphrase slot fails."""
    keys = data_dir / "registre.keys"
    content = json.loads(keys.read_text())
    recovery = next(s for s in content["slots"] if s["type"] == "recovery")
    content["slots"] = [s for s in content["slots"] if s["type"] != "passphrase"]
    content["slots"].append({**recovery, "type": "passphrase"})
    keys.write_text(json.dumps(content))
    normalized = closed.recovery_code.replace("-", "")
    with pytest.raises(WrongSecretError):
        Registry.open(data_dir, Unlock(passphrase=normalized))


# -- the real Secret Service -----------------------------------------------------------------


@pytest.mark.secret_service
def test_keyring_unlock_through_the_real_secret_service(
    secret_service_keyring: keyring.backend.KeyringBackend, data_dir: Path
) -> None:
    """The key-encryption key lives in the Secret Service under 'Registre', and can leave it."""
    created = Registry.create(data_dir, "Boutique Test")
    assert created.keyring_error is None
    registry = created.registry
    keyfile = registry.keyfile
    (slot,) = (s for s in keyfile.slots if s["type"] == "keyring")
    account = keyfile.keyring_account(slot)
    try:
        with_customers(created).close()
        stored = secret_service_keyring.get_password(keyring_store.SERVICE, account)
        assert stored is not None and len(bytes.fromhex(stored)) == 32

        registry = Registry.open(data_dir, Unlock())
        assert names(registry) == EXPECTED
        assert registry.unlock_methods() == ["keyring", "recovery"]
        registry.set_passphrase(PASSPHRASE)
        registry.disable_keyring()
        assert "keyring" not in registry.unlock_methods()
        registry.close()

        assert secret_service_keyring.get_password(keyring_store.SERVICE, account) is None
        with pytest.raises(UnlockMethodError):
            Registry.open(data_dir, Unlock())
        with Registry.open(data_dir, Unlock(passphrase=PASSPHRASE)) as registry:
            assert names(registry) == EXPECTED
    finally:
        with contextlib.suppress(Exception):
            registry.close()
        keyring_store.delete(account)
