"""One registry on disk: create it, open it, unlock it, and reach its services.

A data folder holds ``registre.db`` (SQLCipher), ``registre.keys`` (key slots)
and ``registre.lock``. Opening never creates or rewrites anything until the key
is unwrapped and the database is known to be a Registre file of a version this
code understands; every failure before that leaves each file byte for byte as
it was.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from . import audit as audit_log
from . import database, keyring_store, permissions, schema, search
from .breaches import BreachRegister
from .business import BusinessProfile, BusinessStore
from .customers import CustomerService
from .errors import (
    DatabaseMissingError,
    KeyFileMissingError,
    KeyringUnavailableError,
    NoRegistryError,
    NotARegistryError,
    PermissionDeniedError,
    RegistryExistsError,
    RegistryLockedError,
    UnlockMethodError,
)
from .i18n import system_language
from .keyfile import KeyFile
from .purposes import PurposeCatalogue
from .requests import RequestRegister
from .staff import StaffService

DB_NAME = "registre.db"
KEYS_NAME = "registre.keys"
LOCK_NAME = "registre.lock"


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class RegistryPaths:
    data_dir: Path

    @property
    def db(self) -> Path:
        return self.data_dir / DB_NAME

    @property
    def keys(self) -> Path:
        return self.data_dir / KEYS_NAME

    @property
    def lock(self) -> Path:
        return self.data_dir / LOCK_NAME

    def state(self) -> str:
        """'absent', 'complete', 'key_file_missing' or 'database_missing'."""
        db, keys = self.db.exists(), self.keys.exists()
        if db and keys:
            return "complete"
        if db:
            return "key_file_missing"
        if keys:
            return "database_missing"
        return "absent"

    def check_openable(self) -> None:
        state = self.state()
        if state == "absent":
            raise NoRegistryError(path=str(self.data_dir))
        if state == "key_file_missing":
            raise KeyFileMissingError(path=str(self.keys))
        if state == "database_missing":
            raise DatabaseMissingError(path=str(self.db))


@dataclass(frozen=True)
class Unlock:
    """How to unlock: a passphrase, a recovery code, or (neither given) the OS keyring."""

    passphrase: str | None = None
    recovery_code: str | None = None
    use_keyring: bool = True
    staff_id: int | None = None  # a staff member, whose PIN or passphrase is ``passphrase``


@dataclass(frozen=True)
class Created:
    registry: Registry
    recovery_code: str
    keyring_error: str | None  # why the keyring was not used, when it was wanted


def _lock(paths: RegistryPaths) -> FileLock:
    lock = FileLock(paths.lock, timeout=0, mode=0o600, thread_local=False)
    try:
        lock.acquire()
    except Timeout:
        raise RegistryLockedError() from None
    return lock


def unwrap_keys(keyfile: KeyFile, unlock: Unlock) -> list[bytes]:
    """The candidate database keys the chosen unlock method gives."""
    if unlock.staff_id is not None:
        return keyfile.unlock_as_staff(unlock.staff_id, unlock.passphrase or "")
    if unlock.passphrase is not None:
        return keyfile.unlock_with_passphrase(unlock.passphrase)
    if unlock.recovery_code is not None:
        return keyfile.unlock_with_recovery_code(unlock.recovery_code)
    if unlock.use_keyring and keyfile.has("keyring"):
        return keyfile.unlock_with_keyring()
    if keyfile.has("passphrase"):
        raise UnlockMethodError("passphrase_needed")
    raise UnlockMethodError("no_keyring_slot")


def _open_with_first_working(db: Path, keys: list[bytes]) -> tuple[Any, bytes]:
    first_error: NotARegistryError | None = None
    for key in keys:
        try:
            return database.open_existing(db, key), key
        except NotARegistryError as exc:
            first_error = first_error or exc
    assert first_error is not None
    raise first_error


class Registry:
    """An open, unlocked registry. Close it to release the lock and drop the key."""

    def __init__(
        self,
        paths: RegistryPaths,
        conn: Any,
        keyfile: KeyFile,
        key: bytes,
        lock: FileLock,
        clock: Callable[[], str] = utc_now,
    ) -> None:
        self.paths = paths
        self.conn = conn
        self.keyfile = keyfile
        self._key = key
        self._lock = lock
        self.now = clock
        self.staff_id = self._owner_id()
        self.business = BusinessStore(conn, self.now, self.audit, self.require)
        self.purposes = PurposeCatalogue(conn, self.now, self.audit, self.require)
        self.customers = CustomerService(
            conn, self.now, self.purposes, lambda: self.staff_id, self.audit, self.require
        )
        self.requests = RequestRegister(
            conn,
            self.now,
            lambda: self.staff_id,
            lambda: self.business.get().country,
            self.audit,
            self.require,
        )
        self.breaches = BreachRegister(
            conn, self.now, lambda: self.staff_id, self.audit, self.require
        )
        self.staff = StaffService(self, lambda: self._key)
        self.reapplied_erasures = 0  # erasures applied again when opening (see open())

    # -- lifecycle -------------------------------------------------------------

    @classmethod
    def create(
        cls,
        data_dir: Path,
        business_name: str,
        *,
        passphrase: str | None = None,
        use_keyring: bool = True,
        owner_name: str | None = None,
        clock: Callable[[], str] = utc_now,
    ) -> Created:
        """Make a new registry; refuses when any registry file is already there."""
        paths = RegistryPaths(Path(data_dir))
        if paths.state() != "absent":
            raise RegistryExistsError(path=str(paths.data_dir))
        if not business_name.strip():
            from .errors import ValidationError

            raise ValidationError("business_name_empty", field="business_name")
        if passphrase is not None:
            from .secrets import check_passphrase

            check_passphrase(passphrase)
        keyring_error = keyring_store.probe() if use_keyring else None
        if (not use_keyring or keyring_error) and passphrase is None:
            if keyring_error:
                raise KeyringUnavailableError("no_unlock_method")
            raise UnlockMethodError("no_unlock_method")

        from .secrets import new_key

        paths.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        lock = _lock(paths)
        # SQLite gives its files (and the WAL after them) the database's mode:
        # make it private before the first byte is written.
        paths.db.touch(mode=0o600)
        paths.db.chmod(0o600)
        key = new_key()
        keyfile = KeyFile(paths.keys, str(uuid.uuid4()), clock())
        conn = None
        try:
            if use_keyring and not keyring_error:
                keyfile.add_keyring_slot(key)
            if passphrase is not None:
                keyfile.add_passphrase_slot(key, passphrase)
            code = keyfile.add_recovery_slot(key)
            conn = database.create(paths.db, key)
            registry = cls(paths, conn, keyfile, key, lock, clock)
            with registry.transaction():
                conn.execute(
                    "INSERT INTO meta (key, value) VALUES ('registry_id', ?), ('created_at', ?)",
                    (keyfile.registry_id, clock()),
                )
                conn.execute(
                    "INSERT INTO staff (name, role, created_at) VALUES (?, 'owner', ?)",
                    (owner_name or _default_owner_name(), clock()),
                )
                registry.staff_id = registry._owner_id()
                registry.business.save(BusinessProfile(name=business_name.strip()))
                registry.purposes.install_defaults()
            # The key file is written last: until then a failed creation leaves no
            # half-registry that could be mistaken for a real one.
            keyfile.save()
        except BaseException:
            for slot in keyfile.slots:
                if slot["type"] == "keyring":
                    keyring_store.delete(keyfile.keyring_account(slot))
            if conn is not None:
                with contextlib.suppress(Exception):
                    conn.close()
            for leftover in (
                paths.db,
                paths.db.with_name(DB_NAME + "-wal"),
                paths.db.with_name(DB_NAME + "-shm"),
            ):
                leftover.unlink(missing_ok=True)
            lock.release()
            raise
        return Created(registry, code, keyring_error if use_keyring else None)

    @classmethod
    def open(
        cls, data_dir: Path, unlock: Unlock | None = None, clock: Callable[[], str] = utc_now
    ) -> Registry:
        """Unlock and open an existing registry; never creates one."""
        paths = RegistryPaths(Path(data_dir))
        paths.check_openable()
        keyfile = KeyFile.load(paths.keys)
        lock = _lock(paths)
        conn = None
        try:
            keys = unwrap_keys(keyfile, unlock or Unlock())
            conn, key = _open_with_first_working(paths.db, keys)
            registry = cls(paths, conn, keyfile, key, lock, clock)
            if unlock is not None and unlock.staff_id is not None:
                registry._become_staff(unlock.staff_id)
            # Erasures recorded since this database was saved (an older backup put
            # back) are applied again before anyone sees the data (Art. 17).
            from .erasure import reapply_tombstones

            registry.reapplied_erasures = reapply_tombstones(registry)
            return registry
        except BaseException as exc:
            if conn is not None:
                with contextlib.suppress(Exception):
                    conn.close()
            lock.release()
            # A damaged page read while opening (SQLITE_CORRUPT / SQLITE_NOTADB, raised
            # as DatabaseError itself, never as one of its subclasses).
            if type(exc) is database.DatabaseError:
                raise NotARegistryError(path=str(paths.db)) from exc
            raise

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.purge_search_residue()
        with contextlib.suppress(Exception):
            from .erasure import save_tombstones

            save_tombstones(self)
        with contextlib.suppress(Exception):
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()
        self._key = b""
        self._lock.release()

    def __enter__(self) -> Registry:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Any]:
        with database.transaction(self.conn) as conn:
            yield conn

    def audit(self, action: str, target_type: str, target_ref: str, **detail: Any) -> None:
        """Append an audit entry by the current staff member (inside the caller's transaction).

        ``detail`` holds codes only (field and purpose codes, counts), never values.
        """
        audit_log.record(
            self.conn, self.now(), self.staff_id or None, action, target_type, target_ref, detail
        )

    def _audit_key_event(self, action: str, **detail: Any) -> None:
        """Key events happen outside any database transaction: record them in their own."""
        with self.transaction():
            self.audit(action, "registry", audit_log.REGISTRY_TARGET, **detail)

    def purge_search_residue(self) -> bool:
        """Remove the bytes of changed or erased names from the search index (see search.py)."""
        with self.transaction():
            return search.purge_residue(self.conn)

    # -- facts -----------------------------------------------------------------

    @property
    def registry_id(self) -> str:
        return self.keyfile.registry_id

    def schema_version(self) -> int:
        return schema.version(self.conn)

    def unlock_methods(self) -> list[str]:
        return self.keyfile.slot_types()

    def _become_staff(self, staff_id: int) -> None:
        """Act as the staff member who unlocked, if they are still here."""
        row = self.conn.execute(
            "SELECT role FROM staff WHERE id = ? AND removed_at IS NULL", (staff_id,)
        ).fetchone()
        if row is None or row[0] != "staff":
            raise UnlockMethodError("staff_removed")
        self.staff_id = staff_id

    def _owner_id(self) -> int:
        row = self.conn.execute(
            "SELECT id FROM staff WHERE role = 'owner' AND removed_at IS NULL ORDER BY id LIMIT 1"
        ).fetchone()
        return int(row[0]) if row else 0

    @property
    def role(self) -> str:
        """The role of the person who unlocked: 'owner' or 'staff'."""
        row = self.conn.execute(
            "SELECT role FROM staff WHERE id = ? AND removed_at IS NULL", (self.staff_id,)
        ).fetchone()
        return str(row[0]) if row else ""

    def can(self, action: str) -> bool:
        """Whether the person who unlocked may take ``action`` (see permissions.py)."""
        role = self.role
        if role != "staff" or action not in permissions.GRANTABLE:
            return permissions.allowed(role, action)
        return permissions.allowed(role, action, self.staff.get(self.staff_id).grants)

    def require(self, action: str) -> None:
        """Raise PermissionDeniedError unless the person who unlocked may take ``action``."""
        if not self.can(action):
            raise PermissionDeniedError(action=permissions.ACTION_LABELS[action])

    def staff_name(self) -> str:
        row = self.conn.execute("SELECT name FROM staff WHERE id = ?", (self.staff_id,)).fetchone()
        return str(row[0]) if row else ""

    def status(self) -> dict[str, Any]:
        return {
            "data_dir": str(self.paths.data_dir),
            "registry_id": self.registry_id,
            "schema_version": self.schema_version(),
            "business_name": self.business.get().name,
            "customers": self.customers.count(),
            "purposes": len(self.purposes.all()),
            "unlock_methods": self.unlock_methods(),
            "encrypted": True,
        }

    # -- key management --------------------------------------------------------

    def set_passphrase(self, passphrase: str) -> None:
        """Add or change the passphrase slot (re-wraps the same database key)."""
        self.require(permissions.MANAGE_SETTINGS)
        self.keyfile.add_passphrase_slot(self._key, passphrase)
        self.keyfile.save()
        self._audit_key_event("passphrase_set")

    def remove_passphrase(self) -> None:
        self.require(permissions.MANAGE_SETTINGS)
        if not self.keyfile.has("keyring"):
            raise UnlockMethodError("last_unlock_method")
        self.keyfile.remove_slot("passphrase")
        self.keyfile.save()
        self._audit_key_event("passphrase_removed")

    def enable_keyring(self) -> None:
        self.require(permissions.MANAGE_SETTINGS)
        if self.keyfile.staff_slots():
            # Anyone at a shared computer could open as the owner: see staff.py.
            raise UnlockMethodError("keyring_off_with_staff")
        self.keyfile.add_keyring_slot(self._key)
        self.keyfile.save()
        self._audit_key_event("keyring_enabled")

    def disable_keyring(self) -> None:
        self.require(permissions.MANAGE_SETTINGS)
        if not self.keyfile.has("passphrase"):
            raise UnlockMethodError("last_unlock_method")
        self.keyfile.remove_slot("keyring")
        self.keyfile.save()
        self._audit_key_event("keyring_disabled")

    def renew_recovery_code(self) -> str:
        """A new recovery code; the previous one stops working. Print a new sheet."""
        self.require(permissions.MANAGE_SETTINGS)
        code = self.keyfile.add_recovery_slot(self._key)
        self.keyfile.save()
        self._audit_key_event("recovery_code_renewed")
        return code

    def rotate_key(self, passphrase: str | None = None) -> str:
        """Re-encrypt the database under a new random key (PRAGMA rekey).

        Every slot is re-made for the new key: the keyring slot directly, the
        passphrase slot with ``passphrase`` (required when there is one), and a
        new recovery code, which is returned: the old sheet stops working.
        Staff slots cannot be re-made without their secrets: they are dropped, and
        the owner gives each person a new PIN (what one wants after revoking someone).
        """
        self.require(permissions.MANAGE_SETTINGS)
        from .secrets import new_key

        if self.keyfile.has("passphrase"):
            if passphrase is None:
                raise UnlockMethodError("passphrase_needed")
            self.keyfile.unlock_with_passphrase(passphrase)  # proves it before any change
        new = new_key()
        old_slots = list(self.keyfile.slots)
        dropped_staff = len(self.keyfile.staff_slots())
        staged = KeyFile(self.keyfile.path, self.keyfile.registry_id, self.keyfile.created_at)
        if self.keyfile.has("keyring"):
            staged.add_keyring_slot(new)
        if passphrase is not None and self.keyfile.has("passphrase"):
            staged.add_passphrase_slot(new, passphrase)
        code = staged.add_recovery_slot(new)
        # Order matters for a crash: the new slots are saved beside the old ones
        # first, so whichever key the database holds, some slot still opens it.
        self.keyfile.slots = old_slots + staged.slots
        self.keyfile.save()
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        database.rekey(self.conn, new)
        for slot in old_slots:
            if slot["type"] == "keyring":
                keyring_store.delete(self.keyfile.keyring_account(slot))
        self.keyfile.slots = staged.slots
        self.keyfile.save()
        self._key = new
        detail = {"staff_slots_dropped": dropped_staff} if dropped_staff else {}
        self._audit_key_event("key_rotated", **detail)
        return code


def _default_owner_name() -> str:
    return "Propriétaire" if system_language() == "fr" else "Owner"
