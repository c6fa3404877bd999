"""Versioned, forward-only schema migrations.

``PRAGMA user_version`` holds the schema version. Step N upgrades version N-1 to N
inside one transaction, so a crash mid-upgrade leaves the previous version intact.
Never edit a released step: add a new one. Each step is tested on a file made by
the version before it (tests/core/test_migrations.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import search

Step = Callable[[Any], None]

V1_TABLES = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE business (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    dpo_name TEXT NOT NULL DEFAULT '',
    dpo_email TEXT NOT NULL DEFAULT '',
    dpo_phone TEXT NOT NULL DEFAULT '',
    authority_name TEXT NOT NULL DEFAULT '',
    authority_address TEXT NOT NULL DEFAULT '',
    authority_url TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT 'FR',
    updated_at TEXT NOT NULL
);

CREATE TABLE staff (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('owner', 'staff')),
    created_at TEXT NOT NULL,
    removed_at TEXT
);

CREATE TABLE purpose (
    code TEXT PRIMARY KEY,
    legal_basis TEXT NOT NULL CHECK (legal_basis IN ('consent', 'contract', 'legal_obligation',
        'legitimate_interest', 'vital_interest', 'public_task')),
    required_fields TEXT NOT NULL,   -- JSON list of field codes
    optional_fields TEXT NOT NULL,   -- JSON list of field codes
    retention_months INTEGER NOT NULL CHECK (retention_months > 0),
    retention_from TEXT NOT NULL,
    recipients TEXT NOT NULL,        -- JSON list of {"fr": ..., "en": ...}
    position INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;

-- Each wording a customer may have seen is kept for good, as proof (Art. 7(1)).
CREATE TABLE purpose_wording (
    purpose_code TEXT NOT NULL REFERENCES purpose(code),
    version INTEGER NOT NULL CHECK (version > 0),
    name_fr TEXT NOT NULL,
    name_en TEXT NOT NULL,
    text_fr TEXT NOT NULL,
    text_en TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (purpose_code, version)
) WITHOUT ROWID;

CREATE TRIGGER purpose_wording_no_update BEFORE UPDATE ON purpose_wording
BEGIN SELECT RAISE(ABORT, 'purpose wordings are kept as proof and never changed'); END;
CREATE TRIGGER purpose_wording_no_delete BEFORE DELETE ON purpose_wording
BEGIN SELECT RAISE(ABORT, 'purpose wordings are kept as proof and never deleted'); END;

-- AUTOINCREMENT: an erased customer's id is never given to someone else, so audit
-- entries and erasure tombstones keep pointing at nobody rather than at a new person.
CREATE TABLE customer (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    reference TEXT NOT NULL UNIQUE,
    sort_key TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX customer_by_sort_key ON customer(sort_key, id);

CREATE TABLE customer_field (
    customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    collected_at TEXT NOT NULL,
    PRIMARY KEY (customer_id, field)
) WITHOUT ROWID;

-- Purposes with a basis other than consent; consent purposes come from the ledger.
CREATE TABLE customer_purpose (
    customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
    purpose_code TEXT NOT NULL REFERENCES purpose(code),
    attached_at TEXT NOT NULL,
    PRIMARY KEY (customer_id, purpose_code)
) WITHOUT ROWID;

CREATE TABLE consent_event (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
    purpose_code TEXT NOT NULL,
    wording_version INTEGER NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('granted', 'withdrawn')),
    channel TEXT NOT NULL CHECK (channel IN ('in_store', 'paper', 'phone', 'email')),
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    occurred_at TEXT NOT NULL,
    signature BLOB,
    FOREIGN KEY (purpose_code, wording_version) REFERENCES purpose_wording(purpose_code, version)
);
CREATE INDEX consent_event_by_customer ON consent_event(customer_id, purpose_code, id);

-- The ledger is append-only: no event is ever changed, and none is deleted while
-- its customer exists (erasing a customer takes the events with it).
CREATE TRIGGER consent_event_no_update BEFORE UPDATE ON consent_event
BEGIN SELECT RAISE(ABORT, 'the consent ledger is append-only'); END;
CREATE TRIGGER consent_event_no_delete BEFORE DELETE ON consent_event
WHEN EXISTS (SELECT 1 FROM customer WHERE id = OLD.customer_id)
BEGIN SELECT RAISE(ABORT, 'the consent ledger is append-only'); END;
"""


def _v1_tables(conn: Any) -> None:
    for statement in _statements(V1_TABLES):
        conn.execute(statement)


def _v2_search_index(conn: Any) -> None:
    """Accent-insensitive prefix search over name, e-mail and phone (FTS5).

    Contentless with secure-delete: the index holds only folded tokens, and
    deleting a row removes its tokens from the index pages rather than leaving
    them behind a delete marker.
    """
    conn.execute(search.CREATE_INDEX_SQL)
    conn.execute(search.SECURE_DELETE_SQL)
    search.rebuild(conn)


V3_RIGHTS = """
-- The register of data-subject requests (GDPR Art. 12 and 15-21). No personal data:
-- the customer is named by id (set to NULL when erased) and by random reference.
CREATE TABLE request (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    reference TEXT NOT NULL UNIQUE,
    customer_id INTEGER REFERENCES customer(id) ON DELETE SET NULL,
    customer_reference TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('access', 'rectification', 'erasure', 'restriction',
        'objection', 'portability')),
    received_on TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('in_store', 'paper', 'phone', 'email')),
    identity_check TEXT NOT NULL CHECK (identity_check IN ('id_card_seen', 'passport_seen',
        'known_customer', 'email_from_known_address', 'other')),
    due_on TEXT NOT NULL,
    extension_months INTEGER NOT NULL DEFAULT 0 CHECK (extension_months BETWEEN 0 AND 2),
    extension_reason TEXT,
    extension_letter_on TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'completed', 'refused')),
    completed_on TEXT,
    refusal_reason TEXT,
    staff_id INTEGER REFERENCES staff(id),
    created_at TEXT NOT NULL
);
CREATE INDEX request_by_status ON request(status, due_on);
CREATE INDEX request_by_customer ON request(customer_id);

-- What remains of an erasure (Art. 17): enough to apply it again to an older backup,
-- and no personal data.
CREATE TABLE erasure_tombstone (
    customer_reference TEXT PRIMARY KEY,
    request_reference TEXT NOT NULL,
    erased_on TEXT NOT NULL,
    kept_fields TEXT NOT NULL DEFAULT '[]'
) WITHOUT ROWID;

ALTER TABLE customer ADD COLUMN restricted_on TEXT;
ALTER TABLE customer ADD COLUMN restriction_reason TEXT;
ALTER TABLE customer ADD COLUMN objected_on TEXT;

-- An erasure that keeps an invoicing record must still delete the consent history
-- (no processing based on it continues): the ledger stays append-only except for a
-- customer an erasure tombstone names.
DROP TRIGGER consent_event_no_delete;
CREATE TRIGGER consent_event_no_delete BEFORE DELETE ON consent_event
WHEN EXISTS (SELECT 1 FROM customer WHERE id = OLD.customer_id)
 AND NOT EXISTS (SELECT 1 FROM customer c JOIN erasure_tombstone t
                 ON t.customer_reference = c.reference WHERE c.id = OLD.customer_id)
BEGIN SELECT RAISE(ABORT, 'the consent ledger is append-only'); END;
"""


def _v3_rights(conn: Any) -> None:
    """The request register, erasure tombstones, restriction and objection flags."""
    for statement in _statements(V3_RIGHTS):
        conn.execute(statement)


V4_AUDIT = """
-- The audit log (Art. 5(2)): append-only and hash-chained (see audit.py). No personal
-- data: targets are random references or purpose codes, details are codes only.
CREATE TABLE audit_entry (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor_id INTEGER,
    action TEXT NOT NULL,
    target_type TEXT NOT NULL CHECK (target_type IN ('customer', 'request', 'purpose',
        'registry')),
    target_ref TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '{}',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_entry_by_target ON audit_entry(target_ref, id);

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
"""


def _v4_audit(conn: Any) -> None:
    """The append-only, hash-chained audit log."""
    for statement in _statements(V4_AUDIT):
        conn.execute(statement)


V5_BREACHES = """
-- The breach register (Art. 33(5)): every personal data breach, notified or not. No
-- customer personal data: categories are field-category codes, counts are estimates.
CREATE TABLE breach (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    reference TEXT NOT NULL UNIQUE,
    occurred_on TEXT NOT NULL,
    occurred_until TEXT,
    discovered_at TEXT NOT NULL,
    nature TEXT NOT NULL,            -- JSON list: confidentiality, integrity, availability
    description TEXT NOT NULL,
    data_categories TEXT NOT NULL DEFAULT '[]',   -- JSON list of field category codes
    people_count_estimate INTEGER NOT NULL DEFAULT 0 CHECK (people_count_estimate >= 0),
    records_count_estimate INTEGER NOT NULL DEFAULT 0 CHECK (records_count_estimate >= 0),
    encrypted INTEGER NOT NULL CHECK (encrypted IN (0, 1)),
    likely_consequences TEXT NOT NULL DEFAULT '',
    measures_taken TEXT NOT NULL DEFAULT '',
    measures_proposed TEXT NOT NULL DEFAULT '',
    notified_authority_at TEXT,
    notified_people_at TEXT,
    not_notified_reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    staff_id INTEGER REFERENCES staff(id)
);
CREATE INDEX breach_by_discovery ON breach(discovered_at);
"""


def _v5_breaches(conn: Any) -> None:
    """The breach register (Art. 33(5)) with its 72-hour clock."""
    for statement in _statements(V5_BREACHES):
        conn.execute(statement)


def _v6_staff_grants(conn: Any) -> None:
    """Owner-only actions the owner lends to one staff member (export, erasure)."""
    conn.execute("ALTER TABLE staff ADD COLUMN grants TEXT NOT NULL DEFAULT '[]'")


def _statements(script: str) -> list[str]:
    """Split a script on statement ends, keeping trigger bodies whole."""
    parts: list[str] = []
    current: list[str] = []
    for line in script.splitlines():
        if line.strip().startswith("--") or not line.strip():
            continue
        current.append(line)
        joined = "\n".join(current)
        body_open = "BEGIN" in joined.upper() and "END;" not in joined.upper()
        if line.rstrip().endswith(";") and not body_open:
            parts.append(joined)
            current = []
    if current:
        parts.append("\n".join(current))
    return parts


STEPS: list[Step] = [
    _v1_tables,
    _v2_search_index,
    _v3_rights,
    _v4_audit,
    _v5_breaches,
    _v6_staff_grants,
]
CURRENT_VERSION = len(STEPS)


def version(conn: Any) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Any, target: int = CURRENT_VERSION) -> None:
    """Apply each missing step in its own transaction, up to ``target``."""
    current = version(conn)
    for number in range(current + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            STEPS[number - 1](conn)
            conn.execute(f"PRAGMA user_version = {number}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
