"""The people who work the registry: one owner and any number of staff.

Each person unlocks with a secret of their own (a key slot in the key file, see
keyfile.py); the database row only names them and gives their role. Removing a
person marks the row removed (their name stays on the consents they recorded)
and deletes their slot, so their secret no longer opens anything.

Once staff exist, the owner's OS-keyring slot is dropped: at a shared till anyone
sitting at the computer would otherwise open the registry as the owner.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import audit as audit_log
from . import keyring_store, permissions
from .errors import PermissionDeniedError, UnlockMethodError, ValidationError
from .keyfile import KeyFile

if TYPE_CHECKING:
    from .registry import Registry

MAX_NAME_LENGTH = 80


@dataclass(frozen=True)
class StaffMember:
    id: int
    name: str
    role: str
    created_at: str
    removed_at: str | None
    secret: str | None  # 'pin', 'passphrase' or None (no slot: cannot unlock yet)
    grants: frozenset[str] = frozenset()  # owner-only actions lent to this person

    def as_dict(self) -> dict[str, Any]:
        return {
            "grants": sorted(self.grants),
            "id": self.id,
            "name": self.name,
            "role": self.role,
            "created_at": self.created_at,
            "removed_at": self.removed_at,
            "secret": self.secret,
        }


@dataclass(frozen=True)
class UnlockChoice:
    """A person the unlock screen offers, read from the key file before any decryption."""

    staff_id: int | None  # None: the owner (keyring, passphrase or recovery code)
    label: str
    secret: str  # 'owner', 'pin' or 'passphrase'


def unlock_choices(keys_path: Path) -> list[UnlockChoice]:
    """The owner first, then each staff member with a slot, in the order they were added."""
    keyfile = KeyFile.load(keys_path)
    choices = [UnlockChoice(None, "", "owner")]
    for slot in keyfile.staff_slots():
        choices.append(
            UnlockChoice(int(slot["staff_id"]), str(slot.get("label", "")), str(slot["secret"]))
        )
    return choices


def _grants(text: Any) -> frozenset[str]:
    """The stored grants, keeping only what can be lent (a damaged value lends nothing)."""
    try:
        values = json.loads(text or "[]")
    except (TypeError, ValueError):
        return frozenset()
    if not isinstance(values, list):
        return frozenset()
    return frozenset(v for v in values if v in permissions.GRANTABLE)


def check_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError("staff_name_empty", field="name")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise ValidationError("staff_name_too_long", field="name", maximum=MAX_NAME_LENGTH)
    return cleaned


class StaffService:
    """Adding, listing and removing people; every change is the owner's (but one's own secret)."""

    def __init__(self, registry: Registry, key: Callable[[], bytes]) -> None:
        self._registry = registry
        self._key = key

    @property
    def _keyfile(self) -> KeyFile:
        return self._registry.keyfile

    def _secret_kind(self, staff_id: int, role: str) -> str | None:
        if role == "owner":
            return "owner"
        slot = self._keyfile.staff_slot(staff_id)
        return None if slot is None else str(slot["secret"])

    _SELECT = "SELECT id, name, role, created_at, removed_at, grants FROM staff"

    def _member(self, row: Any) -> StaffMember:
        staff_id, role = int(row[0]), str(row[2])
        grants = _grants(row[5]) if role == "staff" else frozenset()
        kind = self._secret_kind(staff_id, role)
        return StaffMember(staff_id, str(row[1]), role, str(row[3]), row[4], kind, grants)

    def list(self, include_removed: bool = False) -> list[StaffMember]:
        sql = self._SELECT + ("" if include_removed else " WHERE removed_at IS NULL")
        rows = self._registry.conn.execute(sql + " ORDER BY role = 'staff', id").fetchall()
        return [self._member(row) for row in rows]

    def get(self, staff_id: int) -> StaffMember:
        row = self._registry.conn.execute(self._SELECT + " WHERE id = ?", (staff_id,)).fetchone()
        if row is None:
            raise ValidationError("staff_unknown", name=str(staff_id))
        return self._member(row)

    def find(self, name_or_id: str) -> StaffMember:
        """By id, or by name (case-insensitive) among the people still here."""
        people = self.list()
        for member in people:
            if name_or_id.isdigit() and member.id == int(name_or_id):
                return member
        matches = [m for m in people if m.name.casefold() == name_or_id.strip().casefold()]
        if len(matches) != 1:
            raise ValidationError("staff_unknown", name=name_or_id)
        return matches[0]

    def add(self, name: str, secret: str) -> StaffMember:
        """A new staff member who unlocks with ``secret`` (a PIN or a passphrase)."""
        registry = self._registry
        registry.require(permissions.MANAGE_STAFF)
        name = check_name(name)
        if not self._keyfile.has("passphrase"):
            # With staff, the keyring slot goes: the owner needs a secret of their own.
            raise UnlockMethodError("owner_passphrase_needed")
        keyring_slots = [s for s in self._keyfile.slots if s["type"] == "keyring"]
        with self._keyfile_change(), registry.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO staff (name, role, created_at) VALUES (?, 'staff', ?)",
                (name, registry.now()),
            )
            staff_id = int(cursor.lastrowid)
            self._keyfile.add_staff_slot(self._key(), staff_id, name, secret)
            self._keyfile.slots = [s for s in self._keyfile.slots if s["type"] != "keyring"]
            registry.audit(
                "staff_added", "registry", audit_log.REGISTRY_TARGET, staff=staff_id, role="staff"
            )
            if keyring_slots:
                registry.audit("keyring_disabled", "registry", audit_log.REGISTRY_TARGET)
            # Saved inside the transaction: if saving fails, the row is rolled back too.
            self._keyfile.save()
        for slot in keyring_slots:  # only once the key file no longer points at them
            keyring_store.delete(self._keyfile.keyring_account(slot))
        return self.get(staff_id)

    @contextlib.contextmanager
    def _keyfile_change(self) -> Iterator[None]:
        """On failure, forget unsaved slot changes: the file on disk is the truth."""
        try:
            yield
        except BaseException:
            self._registry.keyfile = KeyFile.load(self._keyfile.path)
            raise

    def set_secret(self, staff_id: int, secret: str) -> StaffMember:
        """A new PIN or passphrase for a staff member: the owner's doing, or their own."""
        registry = self._registry
        if staff_id != registry.staff_id:
            registry.require(permissions.MANAGE_STAFF)
        member = self.get(staff_id)
        if member.role != "staff" or member.removed_at is not None:
            raise ValidationError("staff_unknown", name=str(staff_id))
        with self._keyfile_change():
            self._keyfile.add_staff_slot(self._key(), staff_id, member.name, secret)
            self._keyfile.save()
        with registry.transaction():
            registry.audit(
                "staff_secret_changed", "registry", audit_log.REGISTRY_TARGET, staff=staff_id
            )
        return self.get(staff_id)

    def set_grants(self, staff_id: int, grants: Iterable[str]) -> StaffMember:
        """Lend ``grants`` (a subset of permissions.GRANTABLE) to a staff member, no more."""
        registry = self._registry
        registry.require(permissions.MANAGE_STAFF)
        wanted = sorted(set(grants))
        if any(action not in permissions.GRANTABLE for action in wanted):
            raise ValidationError("grant_unknown", field="grants", actions=", ".join(wanted))
        member = self.get(staff_id)
        if member.role != "staff" or member.removed_at is not None:
            raise ValidationError("staff_unknown", name=str(staff_id))
        if set(wanted) == member.grants:
            return member
        with registry.transaction() as conn:
            conn.execute("UPDATE staff SET grants = ? WHERE id = ?", (json.dumps(wanted), staff_id))
            registry.audit(
                "staff_grants_changed",
                "registry",
                audit_log.REGISTRY_TARGET,
                staff=staff_id,
                grants=wanted,
            )
        return self.get(staff_id)

    def rename(self, staff_id: int, name: str) -> StaffMember:
        registry = self._registry
        registry.require(permissions.MANAGE_STAFF)
        name = check_name(name)
        member = self.get(staff_id)
        if member.removed_at is not None:
            raise ValidationError("staff_unknown", name=str(staff_id))
        with self._keyfile_change(), registry.transaction() as conn:
            conn.execute("UPDATE staff SET name = ? WHERE id = ?", (name, staff_id))
            slot = self._keyfile.staff_slot(staff_id)
            if slot is not None:
                # The label is outside the slot's authenticated data: only what the list shows.
                slot["label"] = name
                self._keyfile.save()
            registry.audit("staff_renamed", "registry", audit_log.REGISTRY_TARGET, staff=staff_id)
        return self.get(staff_id)

    def remove(self, staff_id: int) -> StaffMember:
        """Revoke a staff member: their slot is deleted, their row kept (history names them)."""
        registry = self._registry
        registry.require(permissions.MANAGE_STAFF)
        member = self.get(staff_id)
        if member.role == "owner":
            raise PermissionDeniedError("owner_cannot_be_removed")
        if member.removed_at is not None:
            raise ValidationError("staff_unknown", name=str(staff_id))
        with self._keyfile_change(), registry.transaction() as conn:
            conn.execute("UPDATE staff SET removed_at = ? WHERE id = ?", (registry.now(), staff_id))
            self._keyfile.remove_staff_slot(staff_id)
            registry.audit("staff_removed", "registry", audit_log.REGISTRY_TARGET, staff=staff_id)
            self._keyfile.save()
        if not self._keyfile.staff_slots():
            # The last PIN is gone: its pepper in the keyring serves nothing any more.
            keyring_store.delete(self._keyfile.pepper_account())
        return self.get(staff_id)
