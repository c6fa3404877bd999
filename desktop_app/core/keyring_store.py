"""The OS keyring as a home for one key-encryption key per registry.

Any failure of the keyring (no backend, locked collection, D-Bus gone) becomes a
``KeyringUnavailableError`` with a short reason, so that callers fall back to the
passphrase path with a clear message instead of a traceback.
"""

from __future__ import annotations

import contextlib

import keyring
from keyring.backends import fail

from .errors import KeyringUnavailableError

SERVICE = "Registre"


def _reason(exc: BaseException) -> str:
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__


def _backend() -> keyring.backend.KeyringBackend:
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        raise KeyringUnavailableError(reason="no keyring backend")
    return backend


def store(account: str, secret: bytes) -> None:
    try:
        _backend().set_password(SERVICE, account, secret.hex())
    except KeyringUnavailableError:
        raise
    except Exception as exc:  # every backend raises its own types
        raise KeyringUnavailableError(reason=_reason(exc)) from exc


def load(account: str) -> bytes | None:
    """The stored secret, or None when the keyring works but holds no such entry."""
    try:
        value = _backend().get_password(SERVICE, account)
    except KeyringUnavailableError:
        raise
    except Exception as exc:
        raise KeyringUnavailableError(reason=_reason(exc)) from exc
    if value is None:
        return None
    try:
        return bytes.fromhex(value)
    except ValueError:
        return None


def delete(account: str) -> None:
    """Remove an entry; a missing entry or an unusable keyring is not an error here."""
    with contextlib.suppress(Exception):
        _backend().delete_password(SERVICE, account)


def probe() -> str | None:
    """None when the keyring can store, read and delete a secret; else the reason it cannot."""
    account = "registre-probe"
    try:
        store(account, b"probe")
        ok = load(account) == b"probe"
        delete(account)
    except KeyringUnavailableError as exc:
        return str(exc.params.get("reason", exc))
    return None if ok else "the keyring did not give back what was stored"
