"""The test plumbing itself, as examples of how tests use the keyring.

Unit tests get an empty in-memory keyring automatically; tests marked ``secret_service``
talk to a real Secret Service (gnome-keyring, started by ``bash packaging/test.sh``).
"""

from __future__ import annotations

import os
import uuid

import keyring
import pytest
from keyring.backends import SecretService
from keyring.errors import PasswordDeleteError

from tests.support.memory_keyring import MemoryKeyring


def test_every_test_gets_a_fresh_memory_keyring(memory_keyring: MemoryKeyring) -> None:
    assert keyring.get_keyring() is memory_keyring
    assert memory_keyring.secrets == {}


def test_memory_keyring_round_trips_a_secret() -> None:
    keyring.set_password("registre-test", "alice", "s3cret")

    assert keyring.get_password("registre-test", "alice") == "s3cret"
    assert keyring.get_password("registre-test", "bob") is None

    keyring.delete_password("registre-test", "alice")
    assert keyring.get_password("registre-test", "alice") is None


def test_memory_keyring_refuses_to_delete_what_it_does_not_hold() -> None:
    with pytest.raises(PasswordDeleteError):
        keyring.delete_password("registre-test", "nobody")


def test_qt_never_needs_a_screen() -> None:
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"


@pytest.mark.secret_service
def test_real_secret_service_stores_and_returns_a_secret() -> None:
    assert isinstance(keyring.get_keyring(), SecretService.Keyring)
    service = f"registre-test-{uuid.uuid4()}"

    keyring.set_password(service, "registry-key", "00" * 32)
    try:
        assert keyring.get_password(service, "registry-key") == "00" * 32
    finally:
        keyring.delete_password(service, "registry-key")
    assert keyring.get_password(service, "registry-key") is None
