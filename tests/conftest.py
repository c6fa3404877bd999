"""Fixtures for the whole suite: an isolated keyring for every test, and the real Secret Service.

* Every test gets a fresh, empty :class:`MemoryKeyring` as *the* keyring (``keyring.set_keyring``),
  so no unit test can read or write the OS keyring.
* Tests marked ``@pytest.mark.secret_service`` get the real Secret Service instead (see
  ``secret_service_keyring``). ``bash packaging/test.sh`` runs the suite in a private D-Bus
  session with a throwaway gnome-keyring and sets ``REGISTRE_TEST_KEYRING=throwaway``; without
  that variable these tests refuse to write to what may be your own keyring, and skip
  (or fail when ``CI=true``, see ``tests/support/environment.py``).
"""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Iterator

import keyring
import keyring.backend
import pytest

from tests.support.environment import real_component_missing
from tests.support.memory_keyring import MemoryKeyring, installed_keyring

# Before any test creates a QApplication: tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SECRET_SERVICE_MARK = "secret_service"
PROBE_TIMEOUT_S = 15.0


@pytest.fixture(autouse=True)
def private_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """No test reads or writes the real user's data, settings or logs."""
    base = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("REGISTRE_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("REGISTRE_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("REGISTRE_LOG_DIR", str(base / "logs"))
    return base


@pytest.fixture(autouse=True)
def memory_keyring(request: pytest.FixtureRequest) -> Iterator[MemoryKeyring | None]:
    """A fresh in-memory keyring installed for each test (None for ``secret_service`` tests)."""
    if request.node.get_closest_marker(SECRET_SERVICE_MARK) is not None:
        request.getfixturevalue("secret_service_keyring")
        yield None
        return
    with installed_keyring(MemoryKeyring()) as backend:
        assert isinstance(backend, MemoryKeyring)
        yield backend


def _probe_secret_service() -> tuple[keyring.backend.KeyringBackend | None, str]:
    """Build the Secret Service backend and prove a set/get/delete round trip works.

    Returns ``(backend, "")`` or ``(None, reason)``. The round trip runs in a worker thread with
    a time limit: a locked collection would otherwise wait forever for an unlock prompt.
    """
    if os.environ.get("REGISTRE_TEST_KEYRING") != "throwaway":
        return None, (
            "REGISTRE_TEST_KEYRING is not 'throwaway': not writing to a Secret Service that "
            "may hold your own secrets (packaging/test.sh provides a throwaway one)"
        )
    try:
        from keyring.backends import SecretService

        SecretService.Keyring.priority  # noqa: B018 - raises RuntimeError when unusable
        backend = SecretService.Keyring()
    except Exception as exc:
        return None, f"no usable Secret Service: {type(exc).__name__}: {exc}"

    service = f"registre-tests-probe-{uuid.uuid4()}"
    outcome: list[BaseException | None] = []

    def round_trip() -> None:
        try:
            backend.set_password(service, "probe", "probe-secret")
            got = backend.get_password(service, "probe")
            backend.delete_password(service, "probe")
            if got != "probe-secret":
                raise RuntimeError(f"read back {got!r} instead of the secret just stored")
            if backend.get_password(service, "probe") is not None:
                raise RuntimeError("the secret is still there after delete_password")
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=round_trip, name="secret-service-probe", daemon=True)
    worker.start()
    worker.join(PROBE_TIMEOUT_S)
    if not outcome:
        return None, (
            f"the Secret Service did not answer a set/get/delete round trip within "
            f"{PROBE_TIMEOUT_S:g} s (locked collection waiting for a prompt?)"
        )
    error = outcome[0]
    if error is not None:
        return None, f"Secret Service round trip failed: {type(error).__name__}: {error}"
    return backend, ""


@pytest.fixture(scope="session")
def _secret_service_probe() -> tuple[keyring.backend.KeyringBackend | None, str]:
    return _probe_secret_service()


@pytest.fixture
def secret_service_keyring(
    request: pytest.FixtureRequest,
    _secret_service_probe: tuple[keyring.backend.KeyringBackend | None, str],
) -> Iterator[keyring.backend.KeyringBackend]:
    """The real Secret Service, installed as the keyring for a test marked ``secret_service``."""
    if request.node.get_closest_marker(SECRET_SERVICE_MARK) is None:
        pytest.fail(
            "secret_service_keyring is for tests marked @pytest.mark.secret_service "
            "(so that `-m 'not secret_service'` deselects them)",
            pytrace=False,
        )
    backend, reason = _secret_service_probe
    if backend is None:
        real_component_missing(reason)
    with installed_keyring(backend):
        yield backend
