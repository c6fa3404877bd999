"""Key material: the database key, passphrase and recovery-code derivation, wrapping.

The database key is 32 random bytes. It is never written in clear: each key slot
wraps it with AES-256-GCM under a key-encryption key (KEK) that comes from the OS
keyring, from a passphrase (Argon2id) or from the recovery code (Argon2id).
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import unicodedata
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .errors import ValidationError

KEY_BYTES = 32
MIN_PASSPHRASE_LENGTH = 8
# Crockford's base32: no I, L, O, U, so a code read aloud or retyped is unambiguous.
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_LENGTH = 32  # 160 bits
RECOVERY_GROUP = 4


@dataclass(frozen=True)
class Argon2Params:
    """Argon2id cost; stored in each slot so that costs can rise without breaking old slots."""

    time_cost: int = 3
    memory_kib: int = 65536
    parallelism: int = 2

    def as_dict(self) -> dict[str, int]:
        return {"t": self.time_cost, "m": self.memory_kib, "p": self.parallelism}

    @classmethod
    def from_dict(cls, data: dict[str, int]) -> Argon2Params:
        return cls(int(data["t"]), int(data["m"]), int(data["p"]))


PASSPHRASE_PARAMS = Argon2Params()
# The recovery code already carries 160 random bits; a lighter cost is enough.
RECOVERY_PARAMS = Argon2Params(time_cost=2, memory_kib=32768, parallelism=2)


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def derive_kek(secret: str, salt: bytes, params: Argon2Params) -> bytes:
    """Argon2id over the NFC form, so the same passphrase typed on any keyboard matches."""
    data = unicodedata.normalize("NFC", secret).encode("utf-8")
    return hash_secret_raw(
        secret=data,
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def wrap(kek: bytes, key: bytes, context: bytes) -> dict[str, str]:
    """Encrypt ``key`` under ``kek``; ``context`` binds it to one registry and slot."""
    nonce = secrets.token_bytes(12)
    return {"nonce": b64(nonce), "wrapped_key": b64(AESGCM(kek).encrypt(nonce, key, context))}


def unwrap(kek: bytes, slot: dict[str, str], context: bytes) -> bytes | None:
    """The key, or None when the KEK is wrong (or the slot was tampered with)."""
    try:
        return AESGCM(kek).decrypt(unb64(slot["nonce"]), unb64(slot["wrapped_key"]), context)
    except InvalidTag:
        return None


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError(
            "passphrase_too_short", field="passphrase", minimum=MIN_PASSPHRASE_LENGTH
        )


MIN_PIN_LENGTH = 6


def check_staff_secret(secret: str) -> str:
    """'pin' (digits only, at least MIN_PIN_LENGTH) or 'passphrase' (checked as one)."""
    if secret.isascii() and secret.isdigit():
        if len(secret) < MIN_PIN_LENGTH:
            raise ValidationError("pin_too_short", field="secret", minimum=MIN_PIN_LENGTH)
        return "pin"
    check_passphrase(secret)
    return "passphrase"


def combine(kek: bytes, pepper: bytes) -> bytes:
    """One KEK from a derived key and a pepper kept elsewhere: both are needed."""
    return hashlib.sha256(b"registre-pepper\0" + kek + pepper).digest()


def new_recovery_code() -> str:
    """A random recovery code, grouped for reading: ``ABCD-EFGH-...`` (8 groups of 4)."""
    raw = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_LENGTH))
    return format_recovery_code(raw)


def format_recovery_code(raw: str) -> str:
    return "-".join(raw[i : i + RECOVERY_GROUP] for i in range(0, len(raw), RECOVERY_GROUP))


def normalize_recovery_code(text: str) -> str:
    """Accept the code as people retype it: any case, spaces or dashes, O for 0, I or L for 1."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -_\t\r\n")
    cleaned = cleaned.translate(str.maketrans("OIL", "011"))
    if len(cleaned) != RECOVERY_LENGTH or any(ch not in RECOVERY_ALPHABET for ch in cleaned):
        raise ValidationError("recovery_code_format", field="recovery_code")
    return cleaned
