"""Fixtures for the GUI tests: pre-answered dialogs, the UI language, real registries.

* Every GUI test runs with ``dialogs.testing`` on: a modal dialog nobody pre-answered
  fails the test (``dialogs.UnexpectedDialog``) instead of waiting for a click forever.
* ``dialog_answers`` pre-answers dialogs through the one wrapper, ``desktop_app.gui.dialogs``::

      def test_x(dialog_answers):
          dialog_answers(tmp_path / "sheet.pdf")   # the next dialog returns this
          ...                                      # the test fails if it never opened

* ``ui_lang`` installs Registre's Qt translation for a language (create widgets after it).
"""

from __future__ import annotations

import contextlib
import random
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from desktop_app.core.registry import Registry
from desktop_app.gui import dialogs, translations
from tests.support.memory_keyring import installed_keyring

PASSPHRASE = "correct horse battery"

# Qt's offscreen platform (the tests' QT_QPA_PLATFORM) warns whenever a top-level
# window's size limits change, which layouts do as pages switch: not our bug.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def _dialogs_never_block() -> Iterator[None]:
    dialogs.reset()
    previous = dialogs.testing
    dialogs.testing = True
    yield
    dialogs.testing = previous
    dialogs.reset()


@pytest.fixture
def dialog_answers() -> Iterator[Callable[..., None]]:
    """Queue answers for the next dialogs; fails the test if some were never asked."""
    yield dialogs.preset
    unused = dialogs.pending()
    dialogs.reset()
    assert unused == [], f"pre-answered dialogs never opened: {unused!r}"


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """A machine where no OS keyring works (keyring's own 'fail' backend)."""
    with installed_keyring(fail.Keyring()):
        yield


@pytest.fixture(params=["fr", "en"])
def ui_lang(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The UI language, with its Qt translation installed for the test."""
    lang: str = request.param
    installed = translations.install(qapp, lang)
    yield lang
    translations.uninstall(qapp, installed)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "registry"


@pytest.fixture
def make_registry(data_dir: Path) -> Iterator[Callable[..., Registry]]:
    """Create a registry in ``data_dir`` and close it (passphrase; keyring slot by default)."""

    def make(*, use_keyring: bool = True, passphrase: str | None = PASSPHRASE) -> Registry:
        created = Registry.create(
            data_dir, "Boutique Test", passphrase=passphrase, use_keyring=use_keyring
        )
        created.registry.close()
        return created.registry

    yield make


@pytest.fixture
def close_later() -> Iterator[list[Registry]]:
    """Registries a test opened through the GUI: closed at the end."""
    opened: list[Registry] = []
    yield opened
    for registry in opened:
        with contextlib.suppress(Exception):
            registry.close()


# -- screenshots that do not change from one run to the next ------------------------------

SHOWN_DATA_DIR = "/home/claire/.local/share/Registre"
SHOWN_DOCUMENTS = "/home/claire/Documents"


class FixedClock:
    """A registry clock that starts at a fixed moment and ticks one second per reading."""

    def __init__(self, start: str = "2026-11-23T09:30:00+00:00") -> None:
        self._next = datetime.fromisoformat(start)

    def __call__(self) -> str:
        now, self._next = self._next, self._next + timedelta(seconds=1)
        return now.isoformat(timespec="seconds")


@pytest.fixture
def stable_screens(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[FixedClock]:
    """What screenshots show, made the same on every run: the folders shown (no pytest
    temporary path), the customer references, the time zone, a steady text cursor; yields
    a clock (fixed start, one second a reading) to create the registries with."""
    from desktop_app.core import customers
    from desktop_app.core.customers import RECOVERY_ALPHABET
    from desktop_app.gui import first_run

    real = first_run.display_path

    def shown(path: Path | str) -> str:
        text = real(path)
        for folder, fake in (
            (tmp_path / "Documents", SHOWN_DOCUMENTS),
            (tmp_path / "registry", SHOWN_DATA_DIR),
            (tmp_path / "Registre", SHOWN_DATA_DIR),
            (tmp_path, "/home/claire"),
        ):
            if text == str(folder) or text.startswith(f"{folder}/"):
                return fake + text[len(str(folder)) :]
        return text

    monkeypatch.setattr(first_run, "display_path", shown)
    # A blinking text cursor is on or off depending on when the grab happens: steady.
    hints = QGuiApplication.styleHints()
    flash_time = hints.cursorFlashTime()
    hints.setCursorFlashTime(0)
    # Customer references are random (60 bits): the same sequence on every run instead.
    references = random.Random(1366)

    def reference() -> str:
        raw = "".join(references.choice(RECOVERY_ALPHABET) for _ in range(12))
        return f"C-{raw[:4]}-{raw[4:8]}-{raw[8:]}"

    monkeypatch.setattr(customers, "new_reference", reference)
    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    yield FixedClock()
    hints.setCursorFlashTime(flash_time)
    monkeypatch.undo()
    time.tzset()


class PlaceholderMainWindow(QMainWindow):
    """Stands in for the main window in tests of what comes before it."""

    def __init__(self, registry: Registry) -> None:
        super().__init__()
        self.registry = registry
        self.setCentralWidget(QLabel(registry.business.get().name))
