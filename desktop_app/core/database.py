"""Opening the SQLCipher file: raw key, pragmas, known errors, schema migrations.

The database is keyed with a random 256-bit raw key (no SQLCipher PBKDF2: the key
slots derive keys themselves), uses WAL with synchronous=FULL, enforces foreign
keys and keeps temporary tables in memory so no clear-text temp file is written.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlcipher3 import dbapi2

from . import schema
from .errors import NotARegistryError, SchemaNewerError, StorageError

# sqlcipher3 ships no type information: connections are typed as Any.
Connection = Any
DatabaseError = dbapi2.DatabaseError
IntegrityError = dbapi2.IntegrityError
OperationalError = dbapi2.OperationalError

# 'RGST' as an integer: tells a Registre file from any other SQLCipher database.
APPLICATION_ID = 0x52475354


def _apply_key(conn: Connection, key: bytes) -> None:
    if len(key) != 32:
        raise ValueError("the database key must be 32 bytes")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")


def _raw_connect(path: Path) -> Connection:
    # isolation_level=None: transactions are explicit (see transaction()).
    return sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)


def _tune(conn: Connection) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA cache_size = -64000")
    conn.execute("PRAGMA busy_timeout = 5000")


def create(path: Path, key: bytes) -> Connection:
    """A new, empty, encrypted database at the current schema version."""
    conn = _raw_connect(path)
    try:
        _apply_key(conn, key)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        _tune(conn)
        schema.migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def open_existing(path: Path, key: bytes) -> Connection:
    """Open and upgrade an existing registry; nothing is written before it is known to be ours."""
    conn = _raw_connect(path)
    try:
        _apply_key(conn, key)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError as exc:
            raise NotARegistryError(path=str(path)) from exc
        if app_id != APPLICATION_ID:
            raise NotARegistryError(path=str(path))
        if version > schema.CURRENT_VERSION:
            raise SchemaNewerError(found=version, known=schema.CURRENT_VERSION)
        conn.execute("PRAGMA synchronous = FULL")
        _tune(conn)
        if version < schema.CURRENT_VERSION:
            schema.migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error; known storage errors translated."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except OperationalError as exc:
        with contextlib.suppress(OperationalError):
            conn.execute("ROLLBACK")
        raise translate(exc) from exc


def translate(exc: Exception) -> Exception:
    """Known database conditions become user-facing errors; anything else stays a bug."""
    message = str(exc).lower()
    if "database or disk is full" in message:
        return StorageError("disk_full")
    if "readonly" in message or "read-only" in message:
        return StorageError("read_only")
    return exc


def rekey(conn: Connection, new_key: bytes) -> None:
    """Re-encrypt every page under ``new_key`` (SQLCipher's PRAGMA rekey)."""
    conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")


def scalar(conn: Connection, sql: str, params: tuple[Any, ...] = ()) -> Any:
    row = conn.execute(sql, params).fetchone()
    return None if row is None else row[0]
