"""Encrypted, verified, rotated backups, and a restore that keeps erasures erased.

A backup is a pair of files in the chosen folder (a USB stick, a network share)::

    registre-YYYYMMDD-HHMMSS.db     the database, exported with sqlcipher_export()
                                    under the SAME database key (so every key slot opens it)
    registre-YYYYMMDD-HHMMSS.keys   a copy of the key file (keyring, passphrase, recovery slots)

(times in UTC; ``-N`` is appended when two backups fall in the same second). Neither
file holds clear text. Writing follows DESIGN.md rule 7: each file is first written to
a private (0600) temp file ``.registre-....tmp`` in the target folder, synced, then
renamed into place, the key file first and the database last: a backup exists once
its ``.db`` is there. A crash leaves the previous backups as they were and at most
temp files (or a ``.keys`` without its ``.db``), which the next backup removes.
Each new backup is verified by reopening it read-only with the key
(``PRAGMA integrity_check`` must say ``ok``, the customer count must match), then
the oldest are removed so that ``keep`` remain.

Restore never writes over the live registry first: the backup is verified, copied
to a temp file beside ``registre.db``, checked again, every erasure tombstone the
live registry knows (``registre.erasures`` and the live database's own table, when
it can still be read) is applied again to the copy, and only then is the copy
renamed over ``registre.db``. The replaced database stays beside it as
``registre.db.before-restore`` (a hard link made before the switch, so some
``registre.db`` exists at every instant) until the next restore replaces it; delete
it by hand once the restored registry is known good. The registry lock is held
throughout: restoring an open registry is refused.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3

from . import audit as audit_log
from . import database, permissions, schema
from .errors import BackupError, PermissionDeniedError, RegistreError
from .files import sync_folder
from .keyfile import KeyFile

if TYPE_CHECKING:
    from .registry import Registry, Unlock

PREFIX = "registre-"
DB_SUFFIX = ".db"
KEYS_SUFFIX = ".keys"
TEMP_PREFIX = ".registre-"
TEMP_SUFFIX = ".tmp"
BEFORE_RESTORE = "registre.db.before-restore"
DEFAULT_KEEP = 10
# The GUI warns when the newest backup is older than this.
OLD_BACKUP_AGE = timedelta(days=7)

_NAME = re.compile(r"^registre-(\d{8}-\d{6})(?:-(\d+))?\.db$")
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    customers: int
    schema_version: int
    registry_id: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "customers": self.customers,
            "schema_version": self.schema_version,
            "registry_id": self.registry_id,
        }


@dataclass(frozen=True)
class RestoreResult:
    customers: int
    reapplied_erasures: int
    before_restore: Path | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "customers": self.customers,
            "reapplied_erasures": self.reapplied_erasures,
            "before_restore": None if self.before_restore is None else str(self.before_restore),
        }


# -- listing --------------------------------------------------------------------------


def keys_path(backup: Path) -> Path:
    """The key file of a backup (``registre-....keys`` beside ``registre-....db``)."""
    return backup.with_suffix(KEYS_SUFFIX)


def _stamp_of(path: Path) -> tuple[datetime, int] | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    when = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC)
    return when, int(match.group(2) or 0)


def backup_registry_id(backup: Path) -> str | None:
    """Which registry a backup belongs to, from its key file (None when unreadable)."""
    try:
        return KeyFile.load(keys_path(backup)).registry_id
    except RegistreError:
        return None


def list_backups(folder: Path, registry_id: str | None = None) -> list[Path]:
    """The complete backups in ``folder`` (``.db`` and ``.keys``), oldest first; only those
    of ``registry_id`` when given (a USB stick may hold the backups of two registries)."""
    found: list[tuple[tuple[datetime, int], Path]] = []
    with contextlib.suppress(FileNotFoundError, NotADirectoryError):
        for path in Path(folder).iterdir():
            stamp = _stamp_of(path)
            if stamp is not None and keys_path(path).is_file():
                found.append((stamp, path))
    backups = [path for _, path in sorted(found)]
    if registry_id is not None:
        backups = [path for path in backups if backup_registry_id(path) == registry_id]
    return backups


def last_backup_age(
    folder: Path, now: datetime | None = None, registry_id: str | None = None
) -> timedelta | None:
    """How old the newest backup in ``folder`` (of ``registry_id``, when given) is; None
    when there is none."""
    backups = list_backups(folder, registry_id)
    if not backups:
        return None
    stamp = _stamp_of(backups[-1])
    assert stamp is not None
    return (now or datetime.now(UTC)) - stamp[0]


def _clean_leftovers(folder: Path) -> None:
    """Temp files of an interrupted backup, and key files whose database never arrived."""
    for path in folder.iterdir():
        name = path.name
        if (name.startswith(TEMP_PREFIX) and TEMP_SUFFIX in name) or (
            name.startswith(PREFIX)
            and name.endswith(KEYS_SUFFIX)
            and _stamp_of(path.with_suffix(DB_SUFFIX)) is not None
            and not path.with_suffix(DB_SUFFIX).exists()
        ):
            path.unlink(missing_ok=True)


def _new_name(folder: Path, now: datetime) -> Path:
    """``registre-<UTC time>.db``, or ``-N`` after it: always after every backup already
    there with that time (rotation may have removed the first ones)."""
    base = f"{PREFIX}{now.strftime(_STAMP)}"
    taken = [
        stamp[1]
        for path in folder.iterdir()
        if path.name.startswith(base)
        and (stamp := _stamp_of(path.with_suffix(DB_SUFFIX))) is not None
    ]
    if not taken:
        return folder / f"{base}{DB_SUFFIX}"
    return folder / f"{base}-{max(taken) + 1}{DB_SUFFIX}"


def _private_temp(folder: Path, name: str) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{name}.", suffix=TEMP_SUFFIX, dir=folder)
    os.close(fd)
    os.chmod(tmp, 0o600)
    return Path(tmp)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# -- checking ---------------------------------------------------------------------------


def _check(path: Path, keys: list[bytes]) -> BackupInfo:
    """Open ``path`` read-only with the first key that works and check every page."""
    if not path.is_file():
        raise BackupError("backup_not_found", path=str(path))
    last: Exception | None = None
    for key in keys:
        conn = sqlcipher3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
        try:
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            if app_id != database.APPLICATION_ID:
                raise BackupError("backup_damaged", path=str(path), reason="not a Registre file")
            result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            if result != ["ok"]:
                raise BackupError("backup_damaged", path=str(path), reason=result[0])
            customers = int(conn.execute("SELECT count(*) FROM customer").fetchone()[0])
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            row = conn.execute("SELECT value FROM meta WHERE key = 'registry_id'").fetchone()
            return BackupInfo(path, customers, version, str(row[0]) if row else "")
        except BackupError as exc:
            last = exc
        except database.DatabaseError as exc:
            last = BackupError("backup_damaged", path=str(path), reason=str(exc))
        finally:
            conn.close()
    assert last is not None
    raise last


def _backup_keys(backup: Path, unlock: Unlock) -> list[bytes]:
    from .registry import unwrap_keys

    if not keys_path(backup).is_file():
        raise BackupError("backup_keys_missing", path=str(keys_path(backup)))
    return unwrap_keys(KeyFile.load(keys_path(backup)), unlock)


def verify_backup(path: Path, key: bytes | Unlock) -> BackupInfo:
    """Check a backup: it opens with ``key`` (or the unlock method, through its key file),
    every page passes ``PRAGMA integrity_check``. Raises BackupError with the reason."""
    path = Path(path)
    if not path.is_file():
        raise BackupError("backup_not_found", path=str(path))
    keys = [key] if isinstance(key, bytes) else _backup_keys(path, key)
    return _check(path, keys)


# -- creating ---------------------------------------------------------------------------


def create_backup(registry: Registry, folder: Path, keep: int = DEFAULT_KEEP) -> Path:
    """Write a verified encrypted backup of ``registry`` into ``folder``; keep the newest
    ``keep``; returns the new ``.db`` path."""
    registry.require(permissions.BACKUP)
    if keep < 1:
        raise ValueError("keep must be at least 1")
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _clean_leftovers(folder)
    except OSError as exc:
        raise BackupError("backup_folder_unusable", path=str(folder), reason=exc.strerror) from None
    key: bytes = registry._key
    target = _new_name(folder, datetime.now(UTC))
    tmp_db = _private_temp(folder, target.name)
    tmp_keys = _private_temp(folder, keys_path(target).name)
    conn = registry.conn
    try:
        customers = int(conn.execute("SELECT count(*) FROM customer").fetchone()[0])
        conn.execute(f"ATTACH DATABASE ? AS backup KEY \"x'{key.hex()}'\"", (str(tmp_db),))
        try:
            conn.execute("SELECT sqlcipher_export('backup')")
            conn.execute(f"PRAGMA backup.application_id = {database.APPLICATION_ID}")
            conn.execute(f"PRAGMA backup.user_version = {schema.version(conn)}")
        finally:
            conn.execute("DETACH DATABASE backup")
        for leftover in (Path(f"{tmp_db}-journal"),):
            leftover.unlink(missing_ok=True)
        _fsync(tmp_db)
        with open(tmp_keys, "wb") as handle:
            handle.write(registry.paths.keys.read_bytes())
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_keys, keys_path(target))
        os.replace(tmp_db, target)
        sync_folder(folder)
    except BaseException as exc:
        for path in (tmp_db, tmp_keys, Path(f"{tmp_db}-journal")):
            with contextlib.suppress(OSError):
                path.unlink()
        if isinstance(exc, OSError):
            raise BackupError(
                "backup_folder_unusable", path=str(folder), reason=exc.strerror
            ) from None
        if isinstance(exc, database.OperationalError):
            translated = database.translate(exc)
            if translated is not exc:
                raise translated from exc
        raise
    try:
        info = _check(target, [key])
        if info.customers != customers:
            raise BackupError(
                "backup_damaged", path=str(target), reason=f"{info.customers} != {customers}"
            )
    except BaseException:
        # A copy that does not verify is no backup: the older ones stay, untouched.
        target.unlink(missing_ok=True)
        keys_path(target).unlink(missing_ok=True)
        raise
    # Only this registry's: another registry's backups in the same folder are not ours to rotate.
    for old in list_backups(folder, registry.registry_id)[:-keep]:
        old.unlink(missing_ok=True)
        keys_path(old).unlink(missing_ok=True)
    with registry.transaction():
        registry.audit("backup_created", "registry", audit_log.REGISTRY_TARGET, customers=customers)
    return target


# -- restoring --------------------------------------------------------------------------


@dataclass(frozen=True)
class _LiveState:
    """What must survive a restore: erasures (Art. 17) and revoked staff access."""

    tombstones: list[tuple[str, str, str, str]]
    removed_staff: list[tuple[int, str]]  # (staff id, removed at)


def _live_tombstones(data_dir: Path, unlock: Unlock) -> _LiveState:
    """The live database's tombstones and removed staff, when ``unlock`` still opens it."""
    from .registry import RegistryPaths

    paths = RegistryPaths(data_dir)
    if paths.state() != "complete":
        return _LiveState([], [])
    sides = [Path(f"{paths.db}{side}") for side in ("-wal", "-shm")]
    absent = [side for side in sides if not side.exists()]
    try:
        return _read_live_tombstones(paths, unlock)
    finally:
        # A read-only look at a WAL database leaves empty -wal/-shm files: remove ours.
        for side in absent:
            with contextlib.suppress(OSError):
                if side.name.endswith("-shm") or side.stat().st_size == 0:
                    side.unlink()


def _read_live_tombstones(paths: Any, unlock: Unlock) -> _LiveState:
    from .registry import unwrap_keys

    with contextlib.suppress(RegistreError, database.DatabaseError, OSError):
        keys = unwrap_keys(KeyFile.load(paths.keys), unlock)
        for key in keys:
            conn = sqlcipher3.connect(f"file:{paths.db}?mode=ro", uri=True, isolation_level=None)
            try:
                conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
                tombstones = [
                    (str(r[0]), str(r[1]), str(r[2]), str(r[3]))
                    for r in conn.execute(
                        "SELECT customer_reference, request_reference, erased_on, kept_fields "
                        "FROM erasure_tombstone"
                    )
                ]
                removed = [
                    (int(r[0]), str(r[1]))
                    for r in conn.execute(
                        "SELECT id, removed_at FROM staff WHERE removed_at IS NOT NULL"
                    )
                ]
                return _LiveState(tombstones, removed)
            except database.DatabaseError:
                continue
            finally:
                conn.close()
    return _LiveState([], [])


def _install_keys(
    paths: Any, backup_keys: KeyFile, key: bytes, unlock: Unlock, revoked: set[int]
) -> None:
    """Make sure ``registre.keys`` opens the restored database.

    When the live key file already unwraps ``key`` it stays. Otherwise (the key was
    rotated since the backup, or there is no live key file) the backup's slots are
    added to the live ones of the same registry (both databases open during the
    switch), or replace them for another registry; the old file is kept as
    ``registre.keys.before-restore``.
    """
    from .files import write_private_atomic
    from .registry import unwrap_keys

    live: KeyFile | None = None
    with contextlib.suppress(RegistreError):
        live = KeyFile.load(paths.keys)
    if live is not None:
        with contextlib.suppress(RegistreError):
            if key in unwrap_keys(live, unlock):
                return
        shutil.copyfile(paths.keys, paths.keys.with_name(paths.keys.name + ".before-restore"))
    if live is not None and live.registry_id == backup_keys.registry_id:
        kept = [s for s in backup_keys.slots if s.get("staff_id") not in revoked]
        merged = KeyFile(paths.keys, live.registry_id, live.created_at, kept + live.slots)
        merged.save()
        return
    write_private_atomic(paths.keys, backup_keys.path.read_bytes())


def restore_backup(backup: Path, data_dir: Path, unlock: Unlock) -> RestoreResult:
    """Put ``backup`` back as the registry in ``data_dir`` (which must not be open)."""
    from .erasure import reapply_tombstones, save_tombstones
    from .registry import Registry, RegistryPaths, _lock

    if unlock.staff_id is not None:
        # Putting an older registry back over the live one is the owner's decision.
        raise PermissionDeniedError(action=permissions.ACTION_LABELS[permissions.RESTORE])
    backup = Path(backup)
    paths = RegistryPaths(Path(data_dir))
    backup_keys = _backup_keys(backup, unlock)
    info = _check(backup, backup_keys)
    paths.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    lock = _lock(paths)
    staged = _private_temp(paths.data_dir, "restore")
    conn = None
    try:
        shutil.copyfile(backup, staged)
        os.chmod(staged, 0o600)
        key = next((k for k in backup_keys if _opens(staged, k)), None)
        if key is None:
            raise BackupError("backup_damaged", path=str(backup), reason="copy unreadable")
        live = _live_tombstones(paths.data_dir, unlock)
        conn = database.open_existing(staged, key)
        conn.execute("PRAGMA journal_mode = WAL")
        with database.transaction(conn):
            conn.executemany(
                "INSERT INTO erasure_tombstone (customer_reference, request_reference, "
                "erased_on, kept_fields) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (customer_reference) DO NOTHING",
                live.tombstones,
            )
            # A person removed since the backup stays removed: their access is not restored.
            conn.executemany(
                "UPDATE staff SET removed_at = ? WHERE id = ? AND role = 'staff' "
                "AND removed_at IS NULL",
                [(at, staff_id) for staff_id, at in live.removed_staff],
            )
        keyfile = KeyFile.load(keys_path(backup))
        registry = Registry(paths, conn, keyfile, key, lock)
        reapplied = reapply_tombstones(registry)
        with registry.transaction():
            registry.audit(
                "backup_restored",
                "registry",
                audit_log.REGISTRY_TARGET,
                customers=info.customers,
                reapplied=reapplied,
                # Where history was cut: later backups legitimately differ after this entry.
                audit_count=audit_log.recorded_head(conn)[0],
            )
        save_tombstones(registry)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        conn = None
        checked = _check(staged, [key])
        for side in ("-wal", "-shm"):  # all checkpointed: what is left is empty
            Path(f"{staged}{side}").unlink(missing_ok=True)
        _fsync(staged)

        # The switch: some registre.db exists at every instant.
        before: Path | None = None
        if paths.db.exists():
            before = paths.data_dir / BEFORE_RESTORE
            before.unlink(missing_ok=True)
            os.link(paths.db, before)
            wal = Path(f"{paths.db}-wal")
            if wal.exists():
                os.replace(wal, Path(f"{before}-wal"))
            Path(f"{paths.db}-shm").unlink(missing_ok=True)
        revoked = {staff_id for staff_id, _at in live.removed_staff}
        _install_keys(paths, KeyFile.load(keys_path(backup)), key, unlock, revoked)
        os.replace(staged, paths.db)
        sync_folder(paths.data_dir)
    except BaseException:
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()
        for path in (staged, Path(f"{staged}-wal"), Path(f"{staged}-shm")):
            path.unlink(missing_ok=True)
        raise
    finally:
        lock.release()
    return RestoreResult(checked.customers, reapplied, before)


# -- the audit log, anchored in backups ---------------------------------------------------


@dataclass(frozen=True)
class AnchorCheck:
    """What a backup says about the live audit log.

    A backup kept on a USB stick holds the audit chain as it was: the live chain must
    still hold the same entry at the same place ('consistent'), unless a restore
    replaced the history after it ('superseded'). Anything else ('mismatch') means the
    chain was rewritten, which ``audit.verify`` alone cannot see when the rewriter held
    the key and re-hashed everything. 'unreadable': the backup is under another key.
    """

    path: Path
    audit_count: int
    status: str  # 'consistent', 'superseded', 'mismatch', 'unreadable'

    def as_dict(self) -> dict[str, Any]:
        return {"path": str(self.path), "audit_count": self.audit_count, "status": self.status}


def _entry_hash(conn: Any, entry_id: int) -> str | None:
    row = conn.execute("SELECT hash FROM audit_entry WHERE id = ?", (entry_id,)).fetchone()
    return None if row is None else str(row[0])


def check_audit_anchor(registry: Registry, backup: Path) -> AnchorCheck:
    """Compare the live audit chain with the one saved in ``backup`` (read-only, quick)."""
    registry.require(permissions.AUDIT)
    backup = Path(backup)
    if not backup.is_file():
        raise BackupError("backup_not_found", path=str(backup))
    conn = sqlcipher3.connect(f"file:{backup}?mode=ro", uri=True, isolation_level=None)
    try:
        try:
            conn.execute(f"PRAGMA key = \"x'{registry._key.hex()}'\"")
            count, head = audit_log.recorded_head(conn)
        except database.DatabaseError:
            return AnchorCheck(backup, 0, "unreadable")
        live = registry.conn
        if count == 0 or _entry_hash(live, count) == head:
            return AnchorCheck(backup, count, "consistent")
        for (detail,) in live.execute(
            "SELECT detail FROM audit_entry WHERE action = 'backup_restored' ORDER BY id"
        ):
            cut = int(json.loads(detail).get("audit_count", -1))
            if 0 <= cut < count and _entry_hash(live, cut) == _entry_hash(conn, cut):
                return AnchorCheck(backup, count, "superseded")
        return AnchorCheck(backup, count, "mismatch")
    finally:
        conn.close()


def check_audit_anchors(registry: Registry, folder: Path) -> list[AnchorCheck]:
    """Every backup in ``folder`` checked against the live audit chain, newest first."""
    return [
        check_audit_anchor(registry, path)
        for path in reversed(list_backups(folder, registry.registry_id))
    ]


def _opens(path: Path, key: bytes) -> bool:
    """Whether ``key`` opens ``path`` (the whole file is checked after the re-application)."""
    conn = sqlcipher3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return bool(app_id == database.APPLICATION_ID)
    except database.DatabaseError:
        return False
    finally:
        conn.close()
