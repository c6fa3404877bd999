"""The key file beside the database: key slots that each wrap the database key.

Format (JSON, version 1)::

    {"format": "registre-keys", "version": 1, "registry_id": "...", "created_at": "...",
     "slots": [{"id": "...", "type": "keyring" | "passphrase" | "recovery" | "staff",
                "nonce": "...", "wrapped_key": "...", ...}]}

The keyring, passphrase and recovery slots are the owner's. A "staff" slot belongs
to one staff member (``staff_id``, and the ``label`` the unlock screen lists before
anything is decrypted); its secret is a passphrase, or a PIN that is combined with
a random pepper kept in the OS keyring, so that a copied disk alone does not let a
six-digit PIN be tried offline.

Each slot's AES-GCM associated data binds it to the registry id, slot id and type,
so slots cannot be moved between registries or relabelled.
"""

from __future__ import annotations

import json
import secrets as pyrandom
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import keyring_store, secrets
from .errors import (
    KeyFileDamagedError,
    KeyFileMissingError,
    KeyFileNewerError,
    KeyringUnavailableError,
    UnlockMethodError,
    WrongSecretError,
)
from .files import write_private_atomic

FORMAT = "registre-keys"
VERSION = 1
SLOT_TYPES = ("keyring", "passphrase", "recovery", "staff")
OWNER_SLOT_TYPES = ("keyring", "passphrase", "recovery")


@dataclass
class KeyFile:
    path: Path
    registry_id: str
    created_at: str
    slots: list[dict[str, Any]] = field(default_factory=list)

    # -- reading and writing -------------------------------------------------

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise KeyFileMissingError(path=str(path)) from None
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise ValueError("not a Registre key file")
            version = int(data["version"])
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            raise KeyFileDamagedError(path=str(path)) from None
        if version > VERSION:
            raise KeyFileNewerError(path=str(path))
        try:
            slots = [dict(slot) for slot in data["slots"]]
            if any(slot["type"] not in SLOT_TYPES for slot in slots):
                raise ValueError("unknown slot type")
            for slot in slots:
                if slot["type"] == "staff" and (
                    type(slot["staff_id"]) is not int
                    or slot["secret"] not in ("pin", "passphrase")
                    or not isinstance(slot.get("label", ""), str)
                ):
                    raise ValueError("bad staff slot")
            return cls(path, str(data["registry_id"]), str(data["created_at"]), slots)
        except (ValueError, KeyError, TypeError):
            raise KeyFileDamagedError(path=str(path)) from None

    def save(self) -> None:
        data = {
            "format": FORMAT,
            "version": VERSION,
            "registry_id": self.registry_id,
            "created_at": self.created_at,
            "slots": self.slots,
        }
        write_private_atomic(self.path, (json.dumps(data, indent=2) + "\n").encode("utf-8"))

    # -- slots ---------------------------------------------------------------

    def slot_types(self) -> list[str]:
        return [slot["type"] for slot in self.slots]

    def has(self, slot_type: str) -> bool:
        return slot_type in self.slot_types()

    def _context(self, slot_id: str, slot_type: str) -> bytes:
        return f"registre:{self.registry_id}:{slot_id}:{slot_type}".encode()

    def _new_slot(self, slot_type: str, kek: bytes, key: bytes, **extra: Any) -> dict[str, Any]:
        slot_id = pyrandom.token_hex(8)
        slot: dict[str, Any] = {"id": slot_id, "type": slot_type, **extra}
        slot.update(secrets.wrap(kek, key, self._context(slot_id, slot_type)))
        return slot

    def _replace(self, slot_type: str, slot: dict[str, Any]) -> None:
        self.slots = [s for s in self.slots if s["type"] != slot_type] + [slot]

    def keyring_account(self, slot: dict[str, Any]) -> str:
        return f"{self.registry_id}/{slot['id']}"

    def add_keyring_slot(self, key: bytes) -> None:
        """Store a fresh KEK in the OS keyring and wrap the key with it (raises if unusable)."""
        old = [s for s in self.slots if s["type"] == "keyring"]
        kek = secrets.new_key()
        slot = self._new_slot("keyring", kek, key, service=keyring_store.SERVICE)
        keyring_store.store(self.keyring_account(slot), kek)
        self._replace("keyring", slot)
        for stale in old:
            keyring_store.delete(self.keyring_account(stale))

    def add_passphrase_slot(self, key: bytes, passphrase: str) -> None:
        secrets.check_passphrase(passphrase)
        self._replace("passphrase", self._derived_slot("passphrase", key, passphrase))

    def add_recovery_slot(self, key: bytes) -> str:
        """A new recovery code (returned, never stored) replacing any previous one."""
        code = secrets.new_recovery_code()
        normalized = secrets.normalize_recovery_code(code)
        self._replace("recovery", self._derived_slot("recovery", key, normalized))
        return code

    def _derived_slot(self, slot_type: str, key: bytes, secret: str) -> dict[str, Any]:
        params = secrets.PASSPHRASE_PARAMS if slot_type == "passphrase" else secrets.RECOVERY_PARAMS
        salt = pyrandom.token_bytes(16)
        kek = secrets.derive_kek(secret, salt, params)
        return self._new_slot(
            slot_type,
            kek,
            key,
            kdf="argon2id",
            salt=secrets.b64(salt),
            params=params.as_dict(),
        )

    # -- staff slots -----------------------------------------------------------

    def pepper_account(self) -> str:
        return f"{self.registry_id}/staff-pepper"

    def _pepper(self, create: bool) -> bytes:
        pepper = keyring_store.load(self.pepper_account())
        if pepper is None:
            if not create:
                raise KeyringUnavailableError("pin_needs_keyring")
            pepper = secrets.new_key()
            keyring_store.store(self.pepper_account(), pepper)
        return pepper

    def _staff_kek(self, slot: dict[str, Any], secret: str) -> bytes:
        kek = self._derive(slot, secret)
        if slot.get("pepper") == "keyring":
            kek = secrets.combine(kek, self._pepper(create=False))
        return kek

    def staff_slots(self) -> list[dict[str, Any]]:
        return self._slots("staff")

    def staff_slot(self, staff_id: int) -> dict[str, Any] | None:
        for slot in self._slots("staff"):
            if slot.get("staff_id") == staff_id:
                return slot
        return None

    def add_staff_slot(self, key: bytes, staff_id: int, label: str, secret: str) -> None:
        """Give one staff member a slot, replacing theirs if any (a PIN needs the keyring)."""
        is_pin = secrets.check_staff_secret(secret) == "pin"
        salt = pyrandom.token_bytes(16)
        params = secrets.PASSPHRASE_PARAMS
        kek = secrets.derive_kek(secret, salt, params)
        extra: dict[str, Any] = {
            "staff_id": staff_id,
            "label": label,
            "secret": "pin" if is_pin else "passphrase",
            "kdf": "argon2id",
            "salt": secrets.b64(salt),
            "params": params.as_dict(),
        }
        if is_pin:
            kek = secrets.combine(kek, self._pepper(create=True))
            extra["pepper"] = "keyring"
        slot = self._new_slot("staff", kek, key, **extra)
        self.slots = [s for s in self.slots if s.get("staff_id") != staff_id] + [slot]

    def remove_staff_slot(self, staff_id: int) -> bool:
        before = len(self.slots)
        self.slots = [
            s for s in self.slots if not (s["type"] == "staff" and s.get("staff_id") == staff_id)
        ]
        return len(self.slots) != before

    def unlock_as_staff(self, staff_id: int, secret: str) -> list[bytes]:
        slot = self.staff_slot(staff_id)
        if slot is None:
            raise UnlockMethodError("no_staff_slot")
        key = self._unwrap(slot, self._staff_kek(slot, secret))
        if key is None:
            raise WrongSecretError("wrong_staff_secret")
        return [key]

    def remove_slot(self, slot_type: str) -> None:
        for slot in self.slots:
            if slot["type"] == slot_type and slot_type == "keyring":
                keyring_store.delete(self.keyring_account(slot))
        self.slots = [s for s in self.slots if s["type"] != slot_type]

    # -- unlocking -------------------------------------------------------------
    # Each method returns every key its slots give, in slot order: during a key
    # rotation interrupted by a crash, the file briefly holds slots for both the
    # old and the new key, and the caller keeps the one that opens the database.

    def _slots(self, slot_type: str) -> list[dict[str, Any]]:
        return [s for s in self.slots if s["type"] == slot_type]

    def _unwrap(self, slot: dict[str, Any], kek: bytes) -> bytes | None:
        try:
            return secrets.unwrap(kek, slot, self._context(slot["id"], slot["type"]))
        except (KeyError, ValueError, TypeError):
            raise KeyFileDamagedError(path=str(self.path)) from None

    def unlock_with_keyring(self) -> list[bytes]:
        slots = self._slots("keyring")
        if not slots:
            raise UnlockMethodError("no_keyring_slot")
        keys = []
        for slot in slots:
            kek = keyring_store.load(self.keyring_account(slot))
            key = None if kek is None else self._unwrap(slot, kek)
            if key is not None:
                keys.append(key)
        if not keys:
            raise KeyringUnavailableError("keyring_entry_missing")
        return keys

    def unlock_with_passphrase(self, passphrase: str) -> list[bytes]:
        slots = self._slots("passphrase")
        if not slots:
            raise UnlockMethodError("no_passphrase_slot")
        keys = [k for slot in slots if (k := self._unwrap(slot, self._derive(slot, passphrase)))]
        if not keys:
            raise WrongSecretError("wrong_passphrase")
        return keys

    def unlock_with_recovery_code(self, code: str) -> list[bytes]:
        normalized = secrets.normalize_recovery_code(code)
        slots = self._slots("recovery")
        keys = [k for slot in slots if (k := self._unwrap(slot, self._derive(slot, normalized)))]
        if not keys:
            raise WrongSecretError("wrong_recovery_code")
        return keys

    def _derive(self, slot: dict[str, Any], secret: str) -> bytes:
        try:
            salt = secrets.unb64(slot["salt"])
            params = secrets.Argon2Params.from_dict(slot["params"])
        except (KeyError, ValueError, TypeError):
            raise KeyFileDamagedError(path=str(self.path)) from None
        return secrets.derive_kek(secret, salt, params)
