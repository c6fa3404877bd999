"""The application shell: command line, what opens first, the demo registry, the error hook."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.core.errors import Cancelled
from desktop_app.core.registry import Registry
from desktop_app.gui import app, dialogs
from desktop_app.gui.first_run import FirstRunWizard
from desktop_app.gui.unlock import UnlockScreen
from tests.gui.conftest import PlaceholderMainWindow


@pytest.fixture
def launchers(qtbot: QtBot) -> Iterator[Callable[..., app.Launcher]]:
    made: list[app.Launcher] = []

    def make(data_dir: Path, lang: str = "en", demo: bool = False) -> app.Launcher:
        launcher = app.Launcher(data_dir, lang, PlaceholderMainWindow, demo=demo)
        made.append(launcher)
        return launcher

    yield make
    for launcher in made:
        for window in (launcher.screen, launcher.main_window):
            if window is not None:
                window.close()
        launcher.shutdown()


def test_command_line() -> None:
    args, qt_args = app.parse_args(["--data-dir", "/tmp/x", "--lang", "en", "-platform", "xcb"])
    assert args.data_dir == Path("/tmp/x") and args.lang == "en" and not args.demo
    assert qt_args == ["-platform", "xcb"]
    args, _ = app.parse_args(["--demo"])
    assert args.demo and args.lang is None and args.data_dir is None
    with pytest.raises(SystemExit):
        app.parse_args(["--lang", "de"])


def test_no_registry_opens_the_first_run_wizard(
    qtbot: QtBot, data_dir: Path, launchers: Callable[..., app.Launcher]
) -> None:
    first = launchers(data_dir).start()
    assert isinstance(first, FirstRunWizard) and first.isVisible()
    assert not data_dir.exists()


def test_a_registry_in_the_keyring_opens_straight_to_the_main_window(
    qtbot: QtBot,
    data_dir: Path,
    make_registry: Callable[..., Registry],
    launchers: Callable[..., app.Launcher],
) -> None:
    make_registry()
    launcher = launchers(data_dir)
    first = launcher.start()
    assert isinstance(first, PlaceholderMainWindow) and first.isVisible()
    assert first.registry is launcher.registry


def test_a_passphrase_registry_opens_on_the_unlock_screen(
    qtbot: QtBot,
    data_dir: Path,
    make_registry: Callable[..., Registry],
    launchers: Callable[..., app.Launcher],
) -> None:
    make_registry(use_keyring=False)
    launcher = launchers(data_dir)
    first = launcher.start()
    assert isinstance(first, UnlockScreen) and first.isVisible()
    first.ui.secretEdit.setText("correct horse battery")
    first.ui.unlockButton.click()
    assert isinstance(launcher.main_window, PlaceholderMainWindow)
    assert launcher.main_window.isVisible()
    assert launcher.screen is None


def test_the_demo_registry_is_throwaway_and_filled(
    qtbot: QtBot, launchers: Callable[..., app.Launcher], tmp_path: Path
) -> None:
    launcher = launchers(tmp_path / "unused", lang="fr", demo=True)
    window = launcher.start()
    assert isinstance(window, PlaceholderMainWindow)
    registry = launcher.registry
    assert registry is not None
    folder = registry.paths.data_dir.parent
    assert folder.name.startswith("registre-demo-")
    assert registry.unlock_methods() == ["passphrase", "recovery"]  # never the OS keyring
    try:
        import desktop_app.core.demo  # noqa: F401
    except ModuleNotFoundError:
        expected = 0
    else:
        expected = app.DEMO_CUSTOMERS
    assert registry.customers.count() == expected
    if expected:  # and requests in every state for the rights desk
        assert len(registry.requests.find("all")) == 15
        assert len(registry.requests.find("overdue")) == 1
        assert registry.requests.find("due_soon")
        notified, running = sorted(registry.breaches.list(), key=lambda b: b.discovered_at)
        assert notified.notified_authority_at is not None and not notified.notified_late()
        assert running.notified_authority_at is None and "Courriel" in running.description
    launcher.shutdown()
    assert not folder.exists()


def test_unexpected_errors_are_logged_without_personal_data_and_shown(
    qapp: object, tmp_path: Path, dialog_answers: Callable[..., None]
) -> None:
    log_path = app.setup_logging(tmp_path / "logs")
    try:
        check_the_hook(app.ExceptionHook("fr", log_path), log_path, dialog_answers)
    finally:
        app.teardown_logging()


def check_the_hook(
    hook: app.ExceptionHook, log_path: Path, dialog_answers: Callable[..., None]
) -> None:

    def failing() -> None:
        try:
            raise KeyError("zoe.ebrard@example.fr")
        except KeyError as exc:
            raise ValueError("customer Zoé Ébrard, 06 12 34 56 78") from exc

    try:
        failing()
    except ValueError:
        exc_type, exc, tb = sys.exc_info()
    assert exc_type is not None and exc is not None
    dialog_answers(None)
    hook(exc_type, exc, tb)
    for handler in logging.getLogger("registre").handlers:
        handler.flush()

    logged = log_path.read_text(encoding="utf-8")
    assert "builtins.ValueError" in logged and "builtins.KeyError" in logged
    assert "in failing" in logged
    for secret in ("Zoé", "Ébrard", "06 12 34 56 78", "zoe.ebrard"):
        assert secret not in logged
    assert log_path.stat().st_mode & 0o077 == 0
    (shown,) = dialogs.calls
    assert shown.kind == "show_error"
    assert "ValueError" in shown.text and "Zoé" not in shown.text

    dialogs.reset()
    hook(Cancelled, Cancelled(), None)  # cancelled: silent
    assert dialogs.calls == []


def test_after_unlocking_the_real_main_window_opens(
    qtbot: QtBot, data_dir: Path, make_registry: Callable[..., Registry]
) -> None:
    from desktop_app.gui import main_window

    make_registry()
    launcher = app.Launcher(data_dir, "en")  # the default factory: MainWindow(registry)
    try:
        window = launcher.start()
        qtbot.addWidget(window)
        assert isinstance(window, main_window.MainWindow) and window.isVisible()
    finally:
        if launcher.main_window is not None:
            launcher.main_window.close()
        launcher.shutdown()


def test_start_opens_the_unlock_screen_in_french(
    qtbot: QtBot,
    data_dir: Path,
    tmp_path: Path,
    make_registry: Callable[..., Registry],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What `registre --data-dir DIR --lang fr` does before its event loop."""
    make_registry(use_keyring=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.delenv("REGISTRE_LOG_DIR")  # the platform's log folder, under XDG_STATE_HOME
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setenv("REGISTRE_LANG", "en")  # start() sets it; restored after the test
    started = app.start(["--data-dir", str(data_dir), "--lang", "fr"])
    try:
        screen = started.launcher.screen
        assert isinstance(screen, UnlockScreen) and screen.isVisible()
        qtbot.addWidget(screen)
        assert screen.ui.unlockButton.text() == "&Déverrouiller"
        assert isinstance(sys.excepthook, app.ExceptionHook)
        assert (tmp_path / "state" / "Registre" / "log" / app.LOG_NAME).exists()
    finally:
        started.stop()
        app.teardown_logging()
