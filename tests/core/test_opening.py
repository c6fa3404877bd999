"""Opening a registry that cannot be opened: one clear error, and nothing on disk changes.

Every failure below leaves each file of the data folder byte for byte as it was, adds
no file and removes none (``registre.lock`` included), and never creates a registry.
Each error speaks French and English.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import keyring.backends.fail
import pytest
import sqlcipher3

from desktop_app.core import keyring_store, schema
from desktop_app.core.errors import (
    DatabaseMissingError,
    KeyFileDamagedError,
    KeyFileMissingError,
    KeyFileNewerError,
    KeyringUnavailableError,
    NoRegistryError,
    NotARegistryError,
    RegistreError,
    RegistryLockedError,
    SchemaNewerError,
    UnlockMethodError,
    ValidationError,
    WrongSecretError,
)
from desktop_app.core.registry import Created, Registry, Unlock
from desktop_app.core.secrets import new_recovery_code
from tests.core.conftest import PASSPHRASE, REPO, add_customer
from tests.support.files import snapshot
from tests.support.memory_keyring import MemoryKeyring

PAGE = 4096  # SQLCipher 4's default page size


# -- helpers -----------------------------------------------------------------------


def assert_translated(error: RegistreError) -> None:
    """The error reads in French and in English, with every placeholder filled in."""
    french, english = error.message("fr"), error.message("en")
    assert french.strip() and english.strip()
    assert french != english
    assert "{" not in french + english


@contextlib.contextmanager
def unchanged(folder: Path) -> Iterator[None]:
    """Assert that the block leaves ``folder`` exactly as it found it (or still absent)."""
    existed = folder.exists()
    before = snapshot(folder) if existed else {}
    yield
    assert folder.exists() == existed
    if existed:
        assert snapshot(folder) == before


def refused(
    data_dir: Path, unlock: Unlock | None, error: type[RegistreError], code: str | None = None
) -> RegistreError:
    """Registry.open raises ``error`` (with ``code``) and leaves the data folder untouched."""
    with unchanged(data_dir), pytest.raises(error) as caught:
        Registry.open(data_dir, unlock).close()
    if code is not None:
        assert caught.value.code == code
    assert_translated(caught.value)
    return caught.value


@pytest.fixture
def closed(make_registry: Callable[..., Created], data_dir: Path) -> Created:
    """A registry with one customer (keyring and passphrase slots), closed again."""
    created = make_registry()
    add_customer(created.registry, {"last_name": "Durand"}, purposes=["customer_follow_up"])
    created.registry.close()
    return created


@pytest.fixture
def db_key(make_registry: Callable[..., Created]) -> bytes:
    """The raw key of a registry with one customer, closed again (for direct SQLCipher access)."""
    created = make_registry()
    add_customer(created.registry, {"last_name": "Durand"}, purposes=["customer_follow_up"])
    key = created.registry._key
    created.registry.close()
    return key


@contextlib.contextmanager
def keyed(db: Path, key: bytes) -> Iterator[Any]:
    """A plain sqlcipher3 connection to ``db`` under the raw ``key``."""
    conn = sqlcipher3.connect(str(db), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        yield conn
    finally:
        conn.close()


def opens(data_dir: Path, unlock: Unlock | None = None) -> None:
    """The registry opens and shows its customer."""
    with Registry.open(data_dir, unlock) as registry:
        assert [c.display_name for c in registry.customers.find()] == ["Durand"]


# -- wrong secrets -------------------------------------------------------------------


def test_wrong_passphrase_is_refused_and_says_so(closed: Created, data_dir: Path) -> None:
    """A wrong passphrase is a WrongSecretError whose message names the passphrase."""
    error = refused(data_dir, Unlock(passphrase="not the passphrase"), WrongSecretError)
    assert "passphrase" in error.message("en").lower()
    assert "phrase de passe" in error.message("fr").lower()
    opens(data_dir, Unlock(passphrase=PASSPHRASE))


def test_wrong_recovery_code_is_refused(closed: Created, data_dir: Path) -> None:
    """A well-formed code from another sheet does not open this registry."""
    refused(
        data_dir,
        Unlock(recovery_code=new_recovery_code()),
        WrongSecretError,
        "wrong_recovery_code",
    )
    opens(data_dir, Unlock(recovery_code=closed.recovery_code))


@pytest.mark.parametrize(
    "code",
    [
        "ABCD-EFGH",
        "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789-0000",
        "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-67U!",
    ],
)
def test_malformed_recovery_code_is_a_validation_error(
    closed: Created, data_dir: Path, code: str
) -> None:
    """Too short, too long or with letters outside the code's alphabet: told how a code looks."""
    error = refused(data_dir, Unlock(recovery_code=code), ValidationError, "recovery_code_format")
    assert "32" in error.message("en") and "32" in error.message("fr")


# -- missing files -------------------------------------------------------------------


def test_missing_key_file(closed: Created, data_dir: Path) -> None:
    """A database without its key file cannot be opened, and no key file is made up."""
    (data_dir / "registre.keys").unlink()
    error = refused(data_dir, Unlock(passphrase=PASSPHRASE), KeyFileMissingError)
    assert "registre.keys" in error.message("en")


def test_missing_database(closed: Created, data_dir: Path) -> None:
    """A key file without its database: no empty database is created in its place."""
    (data_dir / "registre.db").unlink()
    error = refused(data_dir, Unlock(passphrase=PASSPHRASE), DatabaseMissingError)
    assert "registre.db" in error.message("en")
    assert not (data_dir / "registre.db").exists()


def test_empty_folder_is_no_registry_and_stays_empty(data_dir: Path) -> None:
    """Opening an empty folder creates nothing in it."""
    data_dir.mkdir()
    refused(data_dir, Unlock(passphrase=PASSPHRASE), NoRegistryError)
    assert list(data_dir.iterdir()) == []


def test_absent_folder_is_no_registry_and_stays_absent(data_dir: Path) -> None:
    """Opening a folder that does not exist does not create it."""
    refused(data_dir, None, NoRegistryError)
    assert not data_dir.exists()


# -- damaged or foreign databases ------------------------------------------------------


def _damage(db: Path, spans: list[tuple[int, int]]) -> None:
    data = bytearray(db.read_bytes())
    for start, length in spans:
        data[start : start + length] = bytes((b ^ 0x5A) for b in data[start : start + length])
    db.write_bytes(bytes(data))


def test_damaged_header_page_is_not_a_registry(closed: Created, data_dir: Path) -> None:
    """Bytes flipped in the first page (schema and header) make it unreadable."""
    db = data_dir / "registre.db"
    _damage(db, [(200, 64)])
    error = refused(data_dir, Unlock(passphrase=PASSPHRASE), NotARegistryError)
    assert "registre.db" in error.message("en")


def test_damaged_pages_after_the_header_are_not_a_registry(closed: Created, data_dir: Path) -> None:
    """Bytes flipped in the middle of every later page: caught on open, as a NotARegistryError."""
    db = data_dir / "registre.db"
    pages = db.stat().st_size // PAGE
    assert pages > 2
    _damage(db, [(page * PAGE + PAGE // 2, 32) for page in range(1, pages)])
    refused(data_dir, Unlock(passphrase=PASSPHRASE), NotARegistryError)


def test_damaged_table_page_read_while_opening(db_key: bytes, data_dir: Path) -> None:
    """A damaged page first read after the schema checks (the staff table) is still caught.

    It is a NotARegistryError, not a raw SQLite error, and the lock and connection are
    released: the next attempt reports the damage again rather than a locked registry.
    """
    db = data_dir / "registre.db"
    with keyed(db, db_key) as conn:
        (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'staff'").fetchone()
    _damage(db, [((root - 1) * PAGE + PAGE // 2, 32)])
    refused(data_dir, Unlock(passphrase=PASSPHRASE), NotARegistryError)
    refused(data_dir, Unlock(passphrase=PASSPHRASE), NotARegistryError)


def _plain_sqlite(path: Path) -> None:
    conn = sqlcipher3.connect(str(path), isolation_level=None)  # no key: plain SQLite
    conn.execute("CREATE TABLE customer (name TEXT)")
    conn.execute("INSERT INTO customer VALUES ('Durand')")
    conn.close()


def _random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(16 * PAGE))


def _empty_file(path: Path) -> None:
    path.write_bytes(b"")


@pytest.mark.parametrize(
    "make_foreign",
    [_plain_sqlite, _random_bytes, _empty_file],
    ids=["plain-sqlite", "random-bytes", "empty-file"],
)
def test_foreign_file_named_registre_db_is_not_a_registry(
    closed: Created, data_dir: Path, tmp_path: Path, make_foreign: Callable[[Path], None]
) -> None:
    """Another file put in the database's place is refused and left as it is."""
    foreign = tmp_path / "foreign.db"
    make_foreign(foreign)
    os.replace(foreign, data_dir / "registre.db")
    refused(data_dir, Unlock(passphrase=PASSPHRASE), NotARegistryError)


def test_sqlcipher_file_under_the_right_key_but_not_registre(db_key: bytes, data_dir: Path) -> None:
    """A SQLCipher database the key opens, without Registre's application id, is refused."""
    db = data_dir / "registre.db"
    db.unlink()
    with keyed(db, db_key) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
    refused(data_dir, Unlock(passphrase=PASSPHRASE), NotARegistryError)


# -- damaged or newer key files ----------------------------------------------------------


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],
        lambda raw: b'{"hello": "world"}',
        lambda raw: b"[1, 2, 3]",
        lambda raw: b"\xff\xfe not even text",
        lambda raw: raw.replace(b'"passphrase"', b'"fingerprint"'),
    ],
    ids=["truncated", "other-json", "json-list", "binary", "unknown-slot-type"],
)
def test_damaged_key_file(
    closed: Created, data_dir: Path, damage: Callable[[bytes], bytes]
) -> None:
    """A key file that is not a valid Registre key file is reported as damaged."""
    keys = data_dir / "registre.keys"
    keys.write_bytes(damage(keys.read_bytes()))
    error = refused(data_dir, Unlock(passphrase=PASSPHRASE), KeyFileDamagedError)
    assert "registre.keys" in error.message("en")


def test_key_file_from_a_newer_version(closed: Created, data_dir: Path) -> None:
    """A key file of a higher format version asks for an update instead of guessing."""
    keys = data_dir / "registre.keys"
    content = json.loads(keys.read_text())
    content["version"] += 1
    keys.write_text(json.dumps(content))
    refused(data_dir, Unlock(passphrase=PASSPHRASE), KeyFileNewerError)


# -- newer schema --------------------------------------------------------------------------


def test_registry_from_a_newer_schema(db_key: bytes, data_dir: Path) -> None:
    """A database of an unknown, higher schema version is neither opened nor touched."""
    with keyed(data_dir / "registre.db", db_key) as conn:
        conn.execute("PRAGMA user_version = 99")
    error = refused(data_dir, Unlock(passphrase=PASSPHRASE), SchemaNewerError)
    assert "99" in error.message("en") and str(schema.CURRENT_VERSION) in error.message("fr")
    with keyed(data_dir / "registre.db", db_key) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 99


# -- already open ----------------------------------------------------------------------------


def test_registry_open_twice_in_one_process(closed: Created, data_dir: Path) -> None:
    """The second opening is refused while the first holds the registry."""
    with Registry.open(data_dir, Unlock(passphrase=PASSPHRASE)):
        with pytest.raises(RegistryLockedError) as caught:
            Registry.open(data_dir, Unlock(passphrase=PASSPHRASE))
        assert_translated(caught.value)
    opens(data_dir, Unlock(passphrase=PASSPHRASE))


OPEN_IN_CHILD = """
import sys
from pathlib import Path
from desktop_app.core.errors import RegistryLockedError
from desktop_app.core.registry import Registry, Unlock

try:
    Registry.open(Path(sys.argv[1]), Unlock(passphrase=sys.argv[2])).close()
except RegistryLockedError as exc:
    print(exc.message("en"))
    sys.exit(3)
print("opened")
"""


def test_registry_open_in_another_process(closed: Created, data_dir: Path) -> None:
    """Another program cannot open a registry this one holds; the files stay as they were."""
    before = snapshot(data_dir)
    with Registry.open(data_dir, Unlock(passphrase=PASSPHRASE)):
        child = subprocess.run(
            [sys.executable, "-c", OPEN_IN_CHILD, str(data_dir), PASSPHRASE],
            capture_output=True,
            text=True,
            timeout=120,
            env={
                **os.environ,
                "PYTHONPATH": str(REPO),
                "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            },
        )
    assert child.returncode == 3, child.stderr
    assert child.stdout.strip() == RegistryLockedError().message("en")
    assert "already open" in child.stdout
    assert snapshot(data_dir) == before
    opens(data_dir, Unlock(passphrase=PASSPHRASE))


# -- the OS keyring --------------------------------------------------------------------------


def test_keyring_unavailable_at_open_then_passphrase_works(closed: Created, data_dir: Path) -> None:
    """With no usable keyring, unlocking by keyring says so clearly; the passphrase still opens."""
    keyring.set_keyring(keyring.backends.fail.Keyring())
    error = refused(data_dir, Unlock(), KeyringUnavailableError, "keyring_unavailable")
    assert "keyring" in error.message("en") and "passphrase" in error.message("en")
    assert "trousseau" in error.message("fr")
    opens(data_dir, Unlock(passphrase=PASSPHRASE))


def test_keyring_entry_deleted(
    closed: Created, data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    """A keyring that works but lost the registry's entry points to the other unlock methods."""
    entries = [key for key in memory_keyring.secrets if key[0] == keyring_store.SERVICE]
    assert len(entries) == 1
    del memory_keyring.secrets[entries[0]]
    error = refused(data_dir, Unlock(), KeyringUnavailableError, "keyring_entry_missing")
    assert "recovery code" in error.message("en")
    opens(data_dir, Unlock(passphrase=PASSPHRASE))


def test_passphrase_only_registry_asks_for_its_passphrase(
    make_registry: Callable[..., Created], data_dir: Path
) -> None:
    """Without a keyring slot, opening with nothing given asks for the passphrase."""
    created = make_registry(use_keyring=False)
    add_customer(created.registry, {"last_name": "Durand"}, purposes=["customer_follow_up"])
    created.registry.close()
    with unchanged(data_dir), pytest.raises(UnlockMethodError) as caught:
        Registry.open(data_dir, Unlock())
    assert caught.value.code == "passphrase_needed"
    assert_translated(caught.value)
    opens(data_dir, Unlock(passphrase=PASSPHRASE))


def test_no_keyring_and_no_passphrase_creates_nothing(data_dir: Path) -> None:
    """Refusing the keyring without giving a passphrase would leave the key nowhere: refused."""
    with pytest.raises(UnlockMethodError) as caught:
        Registry.create(data_dir, "Boutique Test", use_keyring=False)
    assert caught.value.code == "no_unlock_method"
    assert_translated(caught.value)
    assert not data_dir.exists()


def test_failing_keyring_and_no_passphrase_creates_nothing(data_dir: Path) -> None:
    """When the keyring cannot be used and no passphrase is given, no registry file appears."""
    keyring.set_keyring(keyring.backends.fail.Keyring())
    data_dir.mkdir()
    with pytest.raises(KeyringUnavailableError) as caught:
        Registry.create(data_dir, "Boutique Test")
    assert caught.value.code == "no_unlock_method"
    assert_translated(caught.value)
    assert list(data_dir.iterdir()) == []
