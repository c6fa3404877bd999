"""A real keyring backend that keeps its secrets in a dict, for fast unit tests.

It goes through the same ``keyring`` API as the OS keyring (``keyring.set_password`` and
friends), so code under test cannot tell the difference; it only forgets everything when
the test ends. Tests that must prove the real thing works use the ``secret_service`` marker.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import keyring
import keyring.core
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """An in-memory keyring: ``(service, username) -> password``."""

    # A plain class attribute overrides KeyringBackend's class property; 1 ranks above the
    # "fail" and "null" backends and below every real OS keyring.
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.secrets[(service, username)]
        except KeyError:
            raise PasswordDeleteError(f"no password for {username!r} in {service!r}") from None


@contextlib.contextmanager
def installed_keyring(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    """Make ``backend`` the process-wide keyring for the ``with`` block, then put back the old one.

    The previous backend is read from ``keyring.core`` directly: ``keyring.get_keyring()`` would
    first run keyring's backend detection (D-Bus calls) when no backend was chosen yet.
    """
    previous = getattr(keyring.core, "_keyring_backend", None)
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.core._keyring_backend = previous
