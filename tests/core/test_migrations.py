"""Schema migrations: a registry made by the previous version opens, upgraded, with its data.

Version 1 had the tables; version 2 added the accent-insensitive search index
(``customer_search``); version 3 added the request register, erasure tombstones and the
restriction and objection flags; version 4 added the hash-chained audit log; version 5
added the breach register (Art. 33). An older
file is made by this code with the migrations capped at its version
(``schema.migrate(conn, target=N)`` semantics). Version 1 cannot hold customers
without the search index this code writes to, so it is a version-2 registry whose
search index is dropped and whose ``user_version`` is set back to 1.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from desktop_app.core import audit, consent, schema, search
from desktop_app.core.registry import Created, Registry, Unlock
from tests.core.conftest import PASSPHRASE, add_customer
from tests.support.files import snapshot

OLD_CUSTOMERS = [
    {"last_name": "Dupré", "first_name": "Hélène", "email": "helene.dupre@example.fr"},
    {"last_name": "Œuvray", "first_name": "Zoé", "phone": "06 12 34 56 78"},
    {"last_name": "Martin", "first_name": "Jérôme"},
]


@contextlib.contextmanager
def keyed(db: Path, key: bytes) -> Iterator[Any]:
    """A plain sqlcipher3 connection to ``db`` under the raw ``key``."""
    conn = sqlcipher3.connect(str(db), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        yield conn
    finally:
        conn.close()


def user_version(db: Path, key: bytes) -> int:
    with keyed(db, key) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def schema_of(conn: Any) -> list[tuple[str, str, str]]:
    return sorted(conn.execute("SELECT type, name, sql FROM sqlite_master"))


@contextlib.contextmanager
def schema_capped_at(monkeypatch: pytest.MonkeyPatch, version: int) -> Iterator[None]:
    """Registries created inside are made the way the release of schema ``version`` did."""
    migrate = schema.migrate
    with monkeypatch.context() as patch:
        patch.setattr(
            schema,
            "migrate",
            lambda conn, target=version: migrate(conn, target=min(target, version)),
        )
        if version < 4:  # releases before the audit log wrote no entry
            patch.setattr(audit, "record", lambda *args, **kwargs: 0)
        yield


def make_old_registry(
    make_registry: Callable[..., Created], monkeypatch: pytest.MonkeyPatch, version: int
) -> bytes:
    """A closed registry at schema ``version`` holding OLD_CUSTOMERS; returns its raw key."""
    with schema_capped_at(monkeypatch, version):
        registry = make_registry().registry
        for fields in OLD_CUSTOMERS:
            add_customer(registry, fields, purposes=["customer_follow_up"])
        with registry.transaction():  # as the old release recorded a consent
            first = min(registry.customers.iter_ids())
            consent.append(
                registry.conn, first, "newsletter", 1, "granted", "paper", 1, registry.now()
            )
        key = registry._key
        registry.close()
    return key


@pytest.fixture
def v2_key(
    make_registry: Callable[..., Created], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> bytes:
    """A registry left as schema version 2 with three customers; returns its raw key."""
    key = make_old_registry(make_registry, monkeypatch, 2)
    assert user_version(data_dir / "registre.db", key) == 2
    return key


@pytest.fixture
def v1_key(
    make_registry: Callable[..., Created], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> bytes:
    """A registry left as schema version 1 with three customers; returns its raw key."""
    key = make_old_registry(make_registry, monkeypatch, 2)
    with keyed(data_dir / "registre.db", key) as conn:
        conn.execute("DROP TABLE customer_search")
        conn.execute("PRAGMA user_version = 1")
    return key


def test_the_hand_made_file_has_exactly_the_version_1_schema(v1_key: bytes, data_dir: Path) -> None:
    """The fixture is faithful: its schema is what step 1 alone creates."""
    reference = sqlcipher3.connect(":memory:", isolation_level=None)
    schema.migrate(reference, target=1)
    with keyed(data_dir / "registre.db", v1_key) as conn:
        assert schema_of(conn) == schema_of(reference)
        assert schema.version(conn) == 1
    reference.close()


def test_opening_a_version_1_registry_upgrades_it(v1_key: bytes, data_dir: Path) -> None:
    """Opening adds the search index over the existing customers and records the new version."""
    with Registry.open(data_dir, Unlock(passphrase=PASSPHRASE)) as registry:
        assert registry.schema_version() == schema.CURRENT_VERSION
        assert registry.customers.count() == len(OLD_CUSTOMERS)
        assert [c.display_name for c in registry.customers.find("helene")] == ["Hélène Dupré"]
        assert [c.display_name for c in registry.customers.find("OEUV")] == ["Zoé Œuvray"]
        assert [c.display_name for c in registry.customers.find("jerome mar")] == ["Jérôme Martin"]
        assert [c.display_name for c in registry.customers.find("0612 34")] == ["Zoé Œuvray"]
        assert registry.customers.find("durand") == []
        assert [c.display_name for c in registry.customers.find("helene.dupre")] == ["Hélène Dupré"]
    assert user_version(data_dir / "registre.db", v1_key) == schema.CURRENT_VERSION


def test_upgraded_registry_keeps_working(v1_key: bytes, data_dir: Path) -> None:
    """After the upgrade, new customers are indexed beside the old ones."""
    with Registry.open(data_dir, Unlock()) as registry:
        add_customer(
            registry, {"last_name": "Hélou", "first_name": "Chloé"}, purposes=["customer_follow_up"]
        )
        assert sorted(c.display_name for c in registry.customers.find("he")) == [
            "Chloé Hélou",
            "Hélène Dupré",
        ]


def test_the_hand_made_file_has_exactly_the_version_2_schema(v2_key: bytes, data_dir: Path) -> None:
    """The version-2 fixture is what steps 1 and 2 alone create."""
    reference = sqlcipher3.connect(":memory:", isolation_level=None)
    schema.migrate(reference, target=2)
    with keyed(data_dir / "registre.db", v2_key) as conn:
        assert schema_of(conn) == schema_of(reference)
        assert schema.version(conn) == 2
    reference.close()


def test_opening_a_version_2_registry_upgrades_it_with_its_customers_intact(
    v2_key: bytes, data_dir: Path
) -> None:
    """Step 3 adds the request register and the flags; every customer comes through whole."""
    with keyed(data_dir / "registre.db", v2_key) as conn:
        before = sorted(conn.execute("SELECT customer_id, field, value FROM customer_field"))
        events = sorted(conn.execute("SELECT * FROM consent_event"))
    with Registry.open(data_dir, Unlock(passphrase=PASSPHRASE)) as registry:
        assert registry.schema_version() == schema.CURRENT_VERSION
        assert registry.customers.count() == len(OLD_CUSTOMERS)
        assert (
            sorted(registry.conn.execute("SELECT customer_id, field, value FROM customer_field"))
            == before
        )
        assert sorted(registry.conn.execute("SELECT * FROM consent_event")) == events
        first = min(registry.customers.iter_ids())
        record = registry.customers.get(first)
        assert record.fields["last_name"] == "Dupré"
        assert record.consents == {"newsletter": "granted"}
        assert record.restricted_on is None and record.objected_on is None
        assert [c.display_name for c in registry.customers.find("oeuv")] == ["Zoé Œuvray"]
        assert registry.customers.audience("newsletter") == [first]
        # The new tables work on the upgraded file.
        with registry.transaction():
            request = registry.requests.open(first, "access")
        assert request.reference.startswith("R-") and request.status == "open"
        assert registry.requests.find("open") == [request]
    assert user_version(data_dir / "registre.db", v2_key) == schema.CURRENT_VERSION


@pytest.fixture
def v3_key(
    make_registry: Callable[..., Created], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> bytes:
    """A registry left as schema version 3 with three customers and a request."""
    with schema_capped_at(monkeypatch, 3):
        registry = make_registry().registry
        for fields in OLD_CUSTOMERS:
            add_customer(registry, fields, purposes=["customer_follow_up"])
        with registry.transaction():
            registry.requests.open(min(registry.customers.iter_ids()), "access")
        key = registry._key
        registry.close()
    assert user_version(data_dir / "registre.db", key) == 3
    return key


def test_the_hand_made_file_has_exactly_the_version_3_schema(v3_key: bytes, data_dir: Path) -> None:
    reference = sqlcipher3.connect(":memory:", isolation_level=None)
    schema.migrate(reference, target=3)
    with keyed(data_dir / "registre.db", v3_key) as conn:
        assert schema_of(conn) == schema_of(reference)
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        assert "audit_entry" not in tables
    reference.close()


def test_opening_a_version_3_registry_adds_an_empty_audit_log(
    v3_key: bytes, data_dir: Path
) -> None:
    """Step 4 adds the audit log, empty and verifying; the data comes through whole."""
    with keyed(data_dir / "registre.db", v3_key) as conn:
        before = sorted(conn.execute("SELECT customer_id, field, value FROM customer_field"))
        requests = sorted(conn.execute("SELECT * FROM request"))
    with Registry.open(data_dir, Unlock(passphrase=PASSPHRASE)) as registry:
        assert registry.schema_version() == schema.CURRENT_VERSION
        assert (
            sorted(registry.conn.execute("SELECT customer_id, field, value FROM customer_field"))
            == before
        )
        assert sorted(registry.conn.execute("SELECT * FROM request")) == requests
        assert audit.verify(registry.conn).ok and audit.verify(registry.conn).count == 0
        # The log works on the upgraded file, and is append-only there.
        first = min(registry.customers.iter_ids())
        with registry.transaction():
            registry.customers.edit(first, {"email": "x@example.fr"})
        result = audit.verify(registry.conn)
        assert result.ok and result.count == 1
        with pytest.raises(sqlcipher3.DatabaseError, match="append-only"):
            registry.conn.execute("DELETE FROM audit_entry")
        with pytest.raises(sqlcipher3.DatabaseError, match="append-only"):
            registry.conn.execute("UPDATE audit_entry SET action = 'x'")
    assert user_version(data_dir / "registre.db", v3_key) == schema.CURRENT_VERSION


@pytest.fixture
def v4_key(
    make_registry: Callable[..., Created], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> bytes:
    """A registry left as schema version 4 (with its audit log) holding OLD_CUSTOMERS."""
    key = make_old_registry(make_registry, monkeypatch, 4)
    assert user_version(data_dir / "registre.db", key) == 4
    return key


def test_the_hand_made_file_has_exactly_the_version_4_schema(v4_key: bytes, data_dir: Path) -> None:
    reference = sqlcipher3.connect(":memory:", isolation_level=None)
    schema.migrate(reference, target=4)
    with keyed(data_dir / "registre.db", v4_key) as conn:
        assert schema_of(conn) == schema_of(reference)
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        assert "audit_entry" in tables and "breach" not in tables
    reference.close()


def test_opening_a_version_4_registry_adds_an_empty_breach_register(
    v4_key: bytes, data_dir: Path
) -> None:
    """Step 5 adds the breach register, empty; the data and the audit chain come through."""
    with keyed(data_dir / "registre.db", v4_key) as conn:
        before = sorted(conn.execute("SELECT customer_id, field, value FROM customer_field"))
        entries = sorted(conn.execute("SELECT * FROM audit_entry"))
    assert entries  # the version-4 release audited the customers it created
    with Registry.open(data_dir, Unlock(passphrase=PASSPHRASE)) as registry:
        assert registry.schema_version() == schema.CURRENT_VERSION
        assert (
            sorted(registry.conn.execute("SELECT customer_id, field, value FROM customer_field"))
            == before
        )
        assert sorted(registry.conn.execute("SELECT * FROM audit_entry")) == entries
        assert audit.verify(registry.conn).ok
        assert registry.breaches.list() == []
        # The register works on the upgraded file, pre-filled from the old customers.
        with registry.transaction():
            breach = registry.breaches.record(
                discovered_at=datetime.now(UTC) - timedelta(hours=1),
                nature=["availability"],
                description="Disk failure",
            )
        assert breach.reference.startswith("B-") and breach.people_count_estimate == 3
        assert breach.records_count_estimate == len(before)
        result = audit.verify(registry.conn)
        assert result.ok and result.count == len(entries) + 1
    assert user_version(data_dir / "registre.db", v4_key) == schema.CURRENT_VERSION


@pytest.fixture
def v5_key(
    make_registry: Callable[..., Created], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> bytes:
    """A registry left as schema version 5 (staff rows without grants) with OLD_CUSTOMERS."""
    key = make_old_registry(make_registry, monkeypatch, 5)
    assert user_version(data_dir / "registre.db", key) == 5
    return key


def test_the_hand_made_file_has_exactly_the_version_5_schema(v5_key: bytes, data_dir: Path) -> None:
    reference = sqlcipher3.connect(":memory:", isolation_level=None)
    schema.migrate(reference, target=5)
    with keyed(data_dir / "registre.db", v5_key) as conn:
        assert schema_of(conn) == schema_of(reference)
        columns = [row[1] for row in conn.execute("PRAGMA table_info(staff)")]
        assert "grants" not in columns
    reference.close()


def test_opening_a_version_5_registry_lends_nothing_to_anyone(
    v5_key: bytes, data_dir: Path
) -> None:
    """Step 6 adds per-person grants, empty: every existing person keeps exactly their role."""
    with keyed(data_dir / "registre.db", v5_key) as conn:
        before = sorted(conn.execute("SELECT customer_id, field, value FROM customer_field"))
        entries = sorted(conn.execute("SELECT * FROM audit_entry"))
    with Registry.open(data_dir, Unlock(passphrase=PASSPHRASE)) as registry:
        assert registry.schema_version() == schema.CURRENT_VERSION
        assert (
            sorted(registry.conn.execute("SELECT customer_id, field, value FROM customer_field"))
            == before
        )
        assert sorted(registry.conn.execute("SELECT * FROM audit_entry")) == entries
        assert audit.verify(registry.conn).ok
        assert [m.grants for m in registry.staff.list()] == [frozenset()]
        lea = registry.staff.add("Léa", "a passphrase for lea").id
        assert registry.staff.set_grants(lea, ["export"]).grants == {"export"}
    assert user_version(data_dir / "registre.db", v5_key) == schema.CURRENT_VERSION


def test_a_failed_step_leaves_version_1_intact(
    v1_key: bytes, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A step that fails halfway is rolled back whole: the file reopens at version 1, unchanged."""
    db = data_dir / "registre.db"
    before = snapshot(data_dir)

    def half_done(conn: Any) -> None:
        conn.execute(search.CREATE_INDEX_SQL)
        raise RuntimeError("interrupted in the middle of step 2")

    monkeypatch.setattr(schema, "STEPS", [schema.STEPS[0], half_done, *schema.STEPS[2:]])
    with pytest.raises(RuntimeError, match="interrupted"):
        Registry.open(data_dir, Unlock(passphrase=PASSPHRASE))
    assert snapshot(data_dir) == before

    with keyed(db, v1_key) as conn:
        assert schema.version(conn) == 1
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        assert "customer_search" not in tables
        assert conn.execute("SELECT count(*) FROM customer").fetchone()[0] == len(OLD_CUSTOMERS)

    monkeypatch.undo()  # the next release ships a working step: the upgrade then succeeds
    with Registry.open(data_dir, Unlock(passphrase=PASSPHRASE)) as registry:
        assert registry.schema_version() == schema.CURRENT_VERSION
        assert [c.display_name for c in registry.customers.find("zoe")] == ["Zoé Œuvray"]


def test_an_up_to_date_registry_is_not_migrated(
    make_registry: Callable[..., Created], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening a registry already at the current version runs no step."""
    registry = make_registry().registry
    add_customer(registry, OLD_CUSTOMERS[0], purposes=["customer_follow_up"])
    key = registry._key
    registry.close()
    db = data_dir / "registre.db"
    digest = hashlib.sha256(db.read_bytes()).hexdigest()

    ran: list[int] = []
    monkeypatch.setattr(
        schema, "STEPS", [lambda conn, n=n: ran.append(n) for n in range(1, len(schema.STEPS) + 1)]
    )
    with Registry.open(data_dir, Unlock(passphrase=PASSPHRASE)) as registry:
        assert registry.schema_version() == schema.CURRENT_VERSION
    assert ran == []
    assert user_version(db, key) == schema.CURRENT_VERSION
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest


def test_versions_are_numbered_by_their_steps() -> None:
    """The current version is the number of steps, so a new step is a new version."""
    assert schema.CURRENT_VERSION == len(schema.STEPS) >= 2
