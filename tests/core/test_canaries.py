"""No customer data in clear on disk: not in the database, not in its WAL, not anywhere.

Two hundred customers carry distinctive canary strings in every field. The raw bytes of
every file in the test's temporary folder (data folder, WAL, shared memory, key file,
lock, and any temporary file) are searched for them while the registry is open, with
its last writes still in the WAL, and again after it is closed.

A control proves the search would see a leak: the same registry exported to a plain,
unencrypted SQLite file shows every canary.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.core.customers import CustomerDraft
from desktop_app.core.registry import Created, Registry, Unlock
from tests.core.conftest import PASSPHRASE
from tests.support.files import files_containing

CUSTOMERS = 200
EDITED = range(0, CUSTOMERS, 10)  # these customers' names change after capture
WITHDRAWN = range(5, CUSTOMERS, 10)  # these customers withdraw their consents

# Stored as typed (or as the e-mail and E.164 normal forms): must show in a clear copy.
CANARIES = [
    "Zqxjcanary",
    "Vrümkacanary",  # non-ASCII: also searched as UTF-16
    "wombatcanary@example.org",
    "wombatcanary",
    "+33699887766",
    "699887766",
    "rue des Canarivores",
    "75011 Canarville",
]
# The names the edited customers had first: no longer current data.
OLD_NAME = "Oldnamecanary"
# How the phone was typed, and its national form (a search token).
TYPED_ONLY = ["+33 6 99 88 77 66", "06 99 88 77 66", "0699887766"]
NEEDLES = [*CANARIES, OLD_NAME, *TYPED_ONLY]

ALLOWED_FILES_OPEN = {
    "registre.db",
    "registre.db-wal",
    "registre.db-shm",
    "registre.keys",
    "registre.lock",
}
ALLOWED_FILES_CLOSED = {"registre.db", "registre.keys", "registre.lock"}


def draft(i: int) -> CustomerDraft:
    """Customer ``i``: canaries in name, e-mail, phone and address; newsletter and SMS consent."""
    return CustomerDraft(
        fields={
            "last_name": f"Oldnamecanary{i:03d}" if i in EDITED else f"Zqxjcanary{i:03d}",
            "first_name": f"Vrümkacanary{i:03d}",
            "email": "wombatcanary@example.org" if i == 66 else f"wombatcanary{i}@example.org",
            "phone": f"+33 6 99 88 77 {i % 100:02d}",
            "postal_address": f"{i} rue des Canarivores\n75011 Canarville",
        },
        purposes=["customer_follow_up"],
        consents=["newsletter", "sms_offers"],
    )


def capture(registry: Registry) -> None:
    """Add the customers in small transactions, then edit some and record some withdrawals."""
    for start in range(0, CUSTOMERS, 20):
        with registry.transaction():
            for i in range(start, start + 20):
                registry.customers.add(draft(i))
    ids = sorted(registry.customers.iter_ids())
    with registry.transaction():
        for i in EDITED:
            registry.customers.edit(ids[i], {"last_name": f"Zqxjcanary{i:03d}"})
        for i in WITHDRAWN:
            registry.customers.withdraw_consent(ids[i], "sms_offers", "in_store")


def clear_copy(registry: Registry, folder: Path) -> Path:
    """The registry exported to an unencrypted SQLite file (outside the scanned folder)."""
    clear = folder / "clear.db"
    registry.conn.execute("ATTACH DATABASE ? AS clear KEY ''", (str(clear),))
    registry.conn.execute("SELECT sqlcipher_export('clear')")
    registry.conn.execute("DETACH DATABASE clear")
    return clear


@pytest.fixture
def filled(make_registry: Callable[..., Created]) -> Registry:
    """An open registry holding the canary customers, every write since opening in its WAL."""
    registry = make_registry().registry
    registry.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    # No automatic checkpoint: the canaries' pages stay in the WAL until close.
    registry.conn.execute("PRAGMA wal_autocheckpoint = 0")
    capture(registry)
    return registry


def test_canaries_are_stored_and_searchable(filled: Registry) -> None:
    """The canaries really are in the registry (so the scans below look for real data)."""
    assert filled.customers.count() == CUSTOMERS
    assert len(filled.customers.find("zqxjcanary", limit=500)) == CUSTOMERS
    assert len(filled.customers.find("06 99 88 77 66")) == 2  # customers 66 and 166
    record = filled.customers.get(sorted(filled.customers.iter_ids())[66])
    assert record.fields["email"] == "wombatcanary@example.org"
    assert record.fields["phone"] == "+33699887766"


def test_no_canary_in_any_file_while_open(filled: Registry, data_dir: Path, tmp_path: Path) -> None:
    """While the registry is open, its WAL holds the new pages: encrypted like the rest."""
    wal = data_dir / "registre.db-wal"
    assert wal.exists() and wal.stat().st_size > 100 * 4096
    assert {p.name for p in data_dir.iterdir()} <= ALLOWED_FILES_OPEN
    assert files_containing(tmp_path, NEEDLES) == {}


def test_no_canary_in_any_file_after_close(
    filled: Registry, data_dir: Path, tmp_path: Path
) -> None:
    """After close the WAL is folded into the database, which holds no canary either."""
    filled.close()
    assert {p.name for p in data_dir.iterdir()} == ALLOWED_FILES_CLOSED
    assert files_containing(tmp_path, NEEDLES) == {}
    with Registry.open(data_dir, Unlock(passphrase=PASSPHRASE)) as registry:
        assert len(registry.customers.find("wombatcanary", limit=500)) == CUSTOMERS
        assert files_containing(tmp_path, NEEDLES) == {}


def test_control_a_clear_copy_shows_every_canary(
    filled: Registry, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """The scan is not blind: exported without encryption, every canary is found."""
    clear = clear_copy(filled, tmp_path_factory.mktemp("clear-copy"))
    found = files_containing(clear.parent, CANARIES)
    assert found == {"clear.db": CANARIES}


def test_edited_names_leave_no_trace_in_a_clear_copy(
    filled: Registry, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """A name changed after capture is gone, even from the decrypted search index.

    FTS5 keeps the bytes of a replaced term as a page key until the segment is
    rewritten; the registry purges them when it closes (or on demand, as here).
    """
    assert filled.purge_search_residue() is True
    assert filled.purge_search_residue() is False  # nothing left to purge
    clear = clear_copy(filled, tmp_path_factory.mktemp("clear-copy"))
    assert filled.customers.find(OLD_NAME) == []
    assert files_containing(clear.parent, [OLD_NAME]) == {}


def test_closing_purges_replaced_terms(
    filled: Registry, data_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Without an explicit purge, closing the registry removes the old names too."""
    filled.close()
    with Registry.open(data_dir, Unlock(passphrase=PASSPHRASE)) as registry:
        clear = clear_copy(registry, tmp_path_factory.mktemp("clear-copy"))
        assert files_containing(clear.parent, [OLD_NAME]) == {}
