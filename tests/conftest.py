"""Fixtures for the whole suite: an isolated keyring for every test, and the real Secret Service.

* Every test gets a fresh, empty :class:`MemoryKeyring` as *the* keyring (``keyring.set_keyring``),
  so no unit test can read or write the OS keyring.
* Tests marked ``@pytest.mark.secret_service`` get the real Secret Service instead (see
  ``secret_service_keyring``). ``bash packaging/test.sh`` runs the suite in a private D-Bus
  session with a throwaway gnome-keyring and sets ``REGISTRE_TEST_KEYRING=throwaway``; without
  that variable these tests refuse to write to what may be your own keyring, and skip
  (or fail when ``CI=true``, see ``tests/support/environment.py``).
* After every test, its logs and crash reports are scanned for the canary strings
  (``tests/support/log_scan.py``): a canary found fails that test, naming the file. The
  session ends by saying how many such files were scanned; under ``CI=true`` none at all
  fails the session (the check would have been empty).
"""

from __future__ import annotations

import logging
import os
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest

from tests.support import log_scan
from tests.support.environment import in_ci, real_component_missing
from tests.support.memory_keyring import MemoryKeyring, installed_keyring

# Before any test creates a QApplication: tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SECRET_SERVICE_MARK = "secret_service"
USER_FOLDERS = pytest.StashKey[Path]()
PROBE_TIMEOUT_S = 15.0


@pytest.fixture(autouse=True)
def private_user_folders(
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
):
    """No test reads or writes the real user's data, settings or logs."""
    base = tmp_path_factory.mktemp("user")
    request.node.stash[USER_FOLDERS] = base  # scanned for canaries after the test
    monkeypatch.setenv("REGISTRE_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("REGISTRE_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("REGISTRE_LOG_DIR", str(base / "logs"))
    return base


@pytest.fixture(autouse=True)
def suite_log(private_user_folders: Path) -> Iterator[Path]:
    """What the application logs during the test goes to a file in its log folder, as
    ``registre`` would log it (INFO and above): scanned for canaries after the test."""
    folder = private_user_folders / "logs"
    folder.mkdir(mode=0o700, exist_ok=True)
    handler = logging.FileHandler(folder / "tests.log", encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    loggers = [logging.getLogger(name) for name in ("registre", "desktop_app")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    yield folder / "tests.log"
    for logger, level in zip(loggers, levels, strict=True):
        logger.removeHandler(handler)
        logger.setLevel(level)
    handler.close()


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


# -- no canary in any log or crash report, after every test -----------------------------------


class _LogScan:
    """What the suite scanned: files (each test's are its own) and tests."""

    def __init__(self) -> None:
        self.files: set[Path] = set()
        self.tests = 0
        self.stop_tracking = log_scan.track_file_handlers()


_LOG_SCAN = pytest.StashKey[_LogScan]()


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_LOG_SCAN] = _LogScan()


def pytest_unconfigure(config: pytest.Config) -> None:
    scan = config.stash.get(_LOG_SCAN, None)
    if scan is not None:
        scan.stop_tracking()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    log_scan.opened_by_handlers.clear()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Iterator[pytest.TestReport]:
    report: pytest.TestReport = yield
    if call.when != "teardown":  # every fixture has been torn down: logs are complete
        return report
    scan = item.config.stash[_LOG_SCAN]
    scan.tests += 1
    base = item.stash.get(USER_FOLDERS, None)
    funcargs = getattr(item, "funcargs", None) or {}
    tmp_path = funcargs.get("tmp_path")
    files = log_scan.files_to_scan(
        every_file_below=[base / "logs"] if base else [],
        log_files_below=[p for p in (base, tmp_path) if isinstance(p, Path)],
        handler_files=log_scan.opened_by_handlers,
    )
    log_scan.opened_by_handlers.clear()
    scan.files.update(files)
    leaks = {
        str(p): found for p in files if (found := log_scan.canaries_in(p, log_scan.canaries()))
    }
    if leaks:
        message = "personal data in a log or crash report written by this test:\n" + "\n".join(
            f"  {path}: canary {', '.join(map(repr, found))}" for path, found in leaks.items()
        )
        if report.failed and report.longrepr:  # the teardown failed already: keep both
            message = f"{report.longrepr}\n\n{message}"
        report.outcome = "failed"
        report.longrepr = message
    return report


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    scan = config.stash.get(_LOG_SCAN, None)
    if scan is None or scan.tests == 0:
        return
    terminalreporter.write_line(
        f"log scan: {len(scan.files)} log/crash files scanned for canary strings after "
        f"{scan.tests} tests" + ("" if scan.files else " (none written: the check was empty)")
    )


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    scan = session.config.stash.get(_LOG_SCAN, None)
    if scan is not None and scan.tests and not scan.files and in_ci() and exitstatus == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
        terminal = session.config.pluginmanager.get_plugin("terminalreporter")
        if terminal is not None:
            terminal.write_line(
                "log scan: no log or crash report was written during the session: with "
                "CI=true the canary check must not be empty",
                red=True,
            )
