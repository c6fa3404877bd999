"""Accent-insensitive prefix search over name, e-mail and phone.

The FTS5 table ``customer_search`` holds, per customer, only folded tokens
(lower case, no accents; phone numbers as digit strings in national, E.164 and
bare forms) and no content column. It is kept in step with ``customer_field`` in
the same transactions by ``index_customer`` / ``unindex_customer``.

A keystroke reads tens of rows, not tens of thousands (DESIGN.md): prefix
indexes for 1-3 characters make short prefixes a single index lookup, and the
match streams newest-first with a LIMIT, so only one page of rows is decrypted.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

import phonenumbers

CREATE_INDEX_SQL = (
    "CREATE VIRTUAL TABLE customer_search USING fts5("
    "terms, content='', contentless_delete=1, "
    "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"
)
SECURE_DELETE_SQL = "INSERT INTO customer_search(customer_search, rank) VALUES('secure-delete', 1)"

SEARCHED_FIELDS = ("last_name", "first_name", "email", "phone")
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss", "ø": "o"})
_PHONE_LIKE = re.compile(r"^\+?[\d\s().\-/]+$")
_WORD = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    """Lower case without accents: 'Zoé Œuvray' -> 'zoe oeuvray'."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


def sort_key(fields: Mapping[str, str]) -> str:
    """The folded 'last first' key that orders the customer list (falls back to e-mail, phone)."""
    name = " ".join(fields[f] for f in ("last_name", "first_name") if fields.get(f))
    return fold(name or fields.get("email", "") or fields.get("phone", ""))


def phone_tokens(e164: str) -> list[str]:
    """'+33612345678' -> ['0612345678', '33612345678', '612345678'] so any way of typing matches."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return [re.sub(r"\D", "", e164)]
    national = re.sub(
        r"\D", "", phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    )
    digits = re.sub(r"\D", "", e164)
    return list(dict.fromkeys([national, digits, str(number.national_number)]))


def terms_for(fields: Mapping[str, str]) -> str:
    """The text indexed for one customer."""
    parts: list[str] = []
    for code in ("last_name", "first_name", "email"):
        if fields.get(code):
            parts.append(fold(fields[code]))
    if fields.get("phone"):
        parts.extend(phone_tokens(fields["phone"]))
    return " ".join(parts)


def match_expression(text: str) -> str | None:
    """An FTS5 MATCH expression: every typed word as a prefix, quoted against FTS syntax.

    A phone number typed with spaces ('06 12 34') is one token. None when nothing
    searchable was typed.
    """
    stripped = text.strip()
    if _PHONE_LIKE.match(stripped) and sum(ch.isdigit() for ch in stripped) >= 2:
        tokens = [re.sub(r"\D", "", stripped)]
    else:
        tokens = _WORD.findall(fold(stripped))
    tokens = [t.replace('"', '""') for t in tokens if t]
    if not tokens:
        return None
    return " AND ".join(f'"{token}"*' for token in tokens)


def index_customer(conn: Any, customer_id: int, fields: Mapping[str, str]) -> None:
    conn.execute("DELETE FROM customer_search WHERE rowid = ?", (customer_id,))
    terms = terms_for(fields)
    if terms:
        conn.execute(
            "INSERT INTO customer_search(rowid, terms) VALUES (?, ?)", (customer_id, terms)
        )


def index_many(conn: Any, rows: Iterable[tuple[int, str]]) -> None:
    """Bulk insert of (customer_id, terms) for new customers."""
    conn.executemany(
        "INSERT INTO customer_search(rowid, terms) VALUES (?, ?)", (r for r in rows if r[1])
    )


def unindex_customer(conn: Any, customer_id: int) -> None:
    conn.execute("DELETE FROM customer_search WHERE rowid = ?", (customer_id,))


def rebuild(conn: Any) -> None:
    """Index every customer again from customer_field (used by migrations and repair)."""
    conn.execute("DELETE FROM customer_search")
    current_id: int | None = None
    fields: dict[str, str] = {}
    batch: list[tuple[int, str]] = []
    cursor = conn.execute(
        "SELECT customer_id, field, value FROM customer_field "
        "WHERE field IN ('last_name', 'first_name', 'email', 'phone') ORDER BY customer_id"
    )
    for customer_id, field, value in cursor:
        if customer_id != current_id:
            if current_id is not None:
                batch.append((current_id, terms_for(fields)))
            current_id, fields = customer_id, {}
        fields[field] = value
    if current_id is not None:
        batch.append((current_id, terms_for(fields)))
    index_many(conn, batch)


# FTS5's secure-delete removes a replaced term from the index logically, but a
# leaf page can keep the bytes of a deleted term as its first key until the
# segment is rewritten. A changed or erased name, e-mail or phone therefore
# marks the index, and purge_residue() rewrites it ('optimize': about a second
# per 300,000 customers) when the registry closes, or at once after an erasure.
_RESIDUE_KEY = "search_residue"


def mark_residue(conn: Any) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, '1') ON CONFLICT (key) DO NOTHING",
        (_RESIDUE_KEY,),
    )


def purge_residue(conn: Any) -> bool:
    """Rewrite the index if a term was removed since the last purge; True if it did."""
    if conn.execute("SELECT 1 FROM meta WHERE key = ?", (_RESIDUE_KEY,)).fetchone() is None:
        return False
    conn.execute("INSERT INTO customer_search(customer_search) VALUES('optimize')")
    conn.execute("DELETE FROM meta WHERE key = ?", (_RESIDUE_KEY,))
    return True


def search_ids(conn: Any, text: str, limit: int) -> list[int]:
    """Ids of customers matching ``text``, newest first, at most ``limit``."""
    expression = match_expression(text)
    if expression is None:
        return []
    rows = conn.execute(
        "SELECT rowid FROM customer_search WHERE customer_search MATCH ? "
        "ORDER BY rowid DESC LIMIT ?",
        (expression, limit),
    )
    return [row[0] for row in rows]
