"""Auto-lock: idle time, Ctrl+L, the system session locking (a real D-Bus signal); the
customer form comes back after the same unlock."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import SLOT, QCoreApplication, QObject, Qt, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.core.registry import Registry, Unlock
from desktop_app.gui import app, autolock
from desktop_app.gui.customer_form import CustomerForm
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.unlock import UnlockScreen
from tests.gui.fixtures_registry import PASSPHRASE, english  # noqa: F401 - fixtures
from tests.support.environment import real_component_missing

pytestmark = pytest.mark.usefixtures("english")

IDLE_MS = 300


@pytest.fixture
def launch(
    qtbot: QtBot, data_dir: Path, make_registry: Callable[..., Registry]
) -> Iterator[Callable[[int], app.Launcher]]:
    made: list[app.Launcher] = []

    def make(idle_ms: int = IDLE_MS) -> app.Launcher:
        make_registry(use_keyring=False)
        launcher = app.Launcher(data_dir, "en", auto_lock_ms=idle_ms)
        made.append(launcher)
        screen = launcher.start()
        assert isinstance(screen, UnlockScreen)
        unlock(launcher, PASSPHRASE)
        assert isinstance(launcher.main_window, MainWindow)
        return launcher

    yield make
    for launcher in made:
        for window in (launcher.screen, launcher.main_window):
            if window is not None:
                window.close()
        launcher.shutdown()


def unlock(launcher: app.Launcher, secret: str) -> None:
    screen = launcher.screen
    assert isinstance(screen, UnlockScreen)
    screen.ui.secretEdit.setText(secret)
    screen.ui.unlockButton.click()


def assert_locked(launcher: app.Launcher, data_dir: Path) -> None:
    assert launcher.registry is None and launcher.main_window is None
    assert isinstance(launcher.screen, UnlockScreen) and launcher.screen.isVisible()
    # The lock is released: the registry opens from here.
    Registry.open(data_dir, Unlock(passphrase=PASSPHRASE, use_keyring=False)).close()


def test_idle_time_locks_the_registry(
    qtbot: QtBot, data_dir: Path, launch: Callable[[int], app.Launcher]
) -> None:
    launcher = launch(IDLE_MS)
    registry = launcher.registry
    assert registry is not None
    qtbot.waitUntil(lambda: launcher.registry is None, timeout=5000)
    assert_locked(launcher, data_dir)
    with pytest.raises(Exception):  # noqa: B017 - the connection is closed
        registry.conn.execute("SELECT 1")


def test_input_postpones_the_lock(
    qtbot: QtBot, data_dir: Path, launch: Callable[[int], app.Launcher]
) -> None:
    launcher = launch(IDLE_MS)
    window = launcher.main_window
    assert window is not None
    for _ in range(6):  # 6 x 100 ms of typing: twice the idle time, still open
        qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_A)
        qtbot.wait(100)
    assert launcher.registry is not None and launcher.main_window is window
    qtbot.waitUntil(lambda: launcher.registry is None, timeout=5000)
    assert_locked(launcher, data_dir)


def test_ctrl_l_locks_at_once(
    qtbot: QtBot, data_dir: Path, launch: Callable[[int], app.Launcher]
) -> None:
    launcher = launch(60_000)
    window = launcher.main_window
    assert isinstance(window, MainWindow)
    assert window.action_lock.shortcut().toString() == "Ctrl+L"
    assert window.action_lock in window.ui.menuFile.actions()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert_locked(launcher, data_dir)


def fill_half(qtbot: QtBot, form: CustomerForm) -> None:
    form.purpose_boxes["customer_follow_up"].setChecked(True)
    qtbot.keyClicks(form.rows["first_name"].editor, "Zoe")
    form.rows["last_name"].set_value("Ébrard")
    form.signature.add_stroke([(10.0, 10.0), (60.0, 40.0)])


def test_the_form_comes_back_after_the_right_passphrase(
    qtbot: QtBot, data_dir: Path, launch: Callable[[int], app.Launcher]
) -> None:
    launcher = launch(60_000)
    window = launcher.main_window
    assert isinstance(window, MainWindow)
    form = window.new_customer()
    fill_half(qtbot, form)
    window.action_lock.trigger()
    assert_locked(launcher, data_dir)
    assert not any(
        isinstance(w, CustomerForm) and w.isVisible() for w in QApplication.topLevelWidgets()
    )

    unlock(launcher, "not the passphrase")
    assert launcher.registry is None and launcher.main_window is None
    screen = launcher.screen
    assert isinstance(screen, UnlockScreen) and screen.ui.errorLabel.isVisible()
    assert not any(
        isinstance(w, CustomerForm) and w.isVisible() for w in QApplication.topLevelWidgets()
    )

    unlock(launcher, PASSPHRASE)
    window = launcher.main_window
    assert isinstance(window, MainWindow) and window.isVisible()
    back = window.customer_form
    assert back is not None and back is not form and back.isVisible()
    assert back.chosen_purposes() == ["customer_follow_up"]
    assert back.rows["first_name"].value() == "Zoe"
    assert back.rows["last_name"].value() == "Ébrard"
    assert not back.signature.is_empty()
    assert launcher.kept_form is None
    assert back.save()
    assert [c.display_name for c in window.registry.customers.find("Ébrard")] == ["Zoe Ébrard"]


def test_another_registry_does_not_get_the_form(
    qtbot: QtBot, tmp_path: Path, data_dir: Path, launch: Callable[[int], app.Launcher]
) -> None:
    launcher = launch(60_000)
    window = launcher.main_window
    assert isinstance(window, MainWindow)
    fill_half(qtbot, window.new_customer())
    other = tmp_path / "other"
    Registry.create(other, "Autre", passphrase=PASSPHRASE, use_keyring=False).registry.close()
    launcher.lock()
    screen = launcher.screen
    assert isinstance(screen, UnlockScreen)
    screen.flow.open_other(other)
    screen._render()
    unlock(launcher, PASSPHRASE)
    window = launcher.main_window
    assert isinstance(window, MainWindow)
    assert window.registry.paths.data_dir == other
    assert window.customer_form is None and launcher.kept_form is None


def test_the_idle_minutes_are_a_setting(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    make_registry: Callable[..., Registry],
    data_dir: Path,
) -> None:
    from desktop_app.core.settings import Settings
    from desktop_app.gui.autolock import AutoLock
    from desktop_app.gui.settings_dialog import SettingsDialog

    monkeypatch.setenv("REGISTRE_CONFIG_DIR", str(tmp_path / "cfg"))
    assert AutoLock().interval_ms == 5 * 60_000  # the default: 5 minutes
    make_registry(use_keyring=False)
    registry = Registry.open(data_dir, Unlock(passphrase=PASSPHRASE, use_keyring=False))
    try:
        dialog = SettingsDialog(registry)
        qtbot.addWidget(dialog)
        dialog.show_page("display")
        assert dialog.auto_lock_spin.value() == 5
        dialog.auto_lock_spin.setValue(12)
        assert Settings.load(tmp_path / "cfg" / "settings.json").auto_lock_minutes == 12
        assert AutoLock().interval_ms == 12 * 60_000
        dialog.close()
    finally:
        registry.close()


def test_a_running_task_postpones_the_lock(
    qtbot: QtBot,
    data_dir: Path,
    launch: Callable[[int], app.Launcher],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop_app.gui import tasks

    busy: list[object] = [object()]
    monkeypatch.setattr(tasks, "running", lambda: list(busy))
    launcher = launch(IDLE_MS)
    qtbot.wait(3 * IDLE_MS)
    assert launcher.registry is not None  # a task runs: still open
    busy.clear()
    qtbot.waitUntil(lambda: launcher.registry is None, timeout=5000)
    assert_locked(launcher, data_dir)


# -- the system session locks -----------------------------------------------------------------

SCREENSAVERS = [
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),  # KDE, Xfce, LXQt...
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
    ("org.mate.ScreenSaver", "/org/mate/ScreenSaver"),
]
SENDER = "registre-test-screensaver"


def session_bus() -> QDBusConnection:
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        real_component_missing(
            f"no D-Bus session bus ({bus.lastError().message()}); run the tests under "
            "dbus-run-session"
        )
    return bus


class Probe(QObject):
    """Another listener of the same signal, in this process: what the bus delivered."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[bool] = []

    @Slot(bool)
    def on_active_changed(self, active: bool) -> None:
        self.seen.append(active)


def active_changed(interface: str, path: str, active: bool) -> QDBusMessage:
    signal = QDBusMessage.createSignal(path, interface, "ActiveChanged")
    signal.setArguments([active])
    return signal


@pytest.mark.parametrize(("interface", "path"), SCREENSAVERS)
def test_the_session_locking_locks_the_registry(
    qtbot: QtBot,
    data_dir: Path,
    launch: Callable[[int], app.Launcher],
    interface: str,
    path: str,
) -> None:
    """A screen saver says ``ActiveChanged(true)`` on the session bus: locked at once."""
    bus = session_bus()
    launcher = launch(60_000)  # the idle time is far away
    watcher = launcher.autolock.session
    assert watcher is not None and interface in watcher.listening
    probe = Probe()
    assert bus.connect("", path, interface, "ActiveChanged", probe, SLOT("on_active_changed(bool)"))
    # A round trip on our connection: the bus daemon has every match rule before a signal.
    ping = QDBusMessage.createMethodCall(
        "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "GetId"
    )
    assert bus.call(ping).type() == QDBusMessage.MessageType.ReplyMessage
    # The screen saver is another connection to the bus, as a real one would be.
    screensaver = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, SENDER)
    try:
        assert screensaver.isConnected()
        assert screensaver.send(active_changed(interface, path, False))  # unlocked: nothing
        qtbot.waitUntil(lambda: probe.seen == [False], timeout=5000)
        QCoreApplication.processEvents()
        assert launcher.registry is not None and launcher.main_window is not None

        assert screensaver.send(active_changed(interface, path, True))
        qtbot.waitUntil(lambda: launcher.registry is None, timeout=5000)
    finally:
        QDBusConnection.disconnectFromBus(SENDER)
        bus.disconnect("", path, interface, "ActiveChanged", probe, SLOT("on_active_changed(bool)"))
    assert probe.seen == [False, True]
    assert_locked(launcher, data_dir)  # the lock file is released, the unlock screen shown
    assert watcher.listening == []  # locked: nothing more to lock

    unlock(launcher, PASSPHRASE)  # unlocked: following the session again
    assert launcher.registry is not None and interface in watcher.listening


def test_no_system_bus_is_skipped_quietly(
    qtbot: QtBot,
    data_dir: Path,
    launch: Callable[[int], app.Launcher],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Without a system bus (CI's dbus-run-session) logind is not followed: a log line only."""
    session_bus()
    # A real connection attempt to a bus that is not there, whatever this machine has.
    absent = QDBusConnection.connectToBus("unix:path=/nonexistent/registre-bus", "registre-nobus")
    assert not absent.isConnected()
    monkeypatch.setattr(autolock, "system_bus", lambda: absent)
    caplog.set_level(logging.INFO, logger="registre.autolock")
    launcher = launch(60_000)
    watcher = launcher.autolock.session
    assert watcher is not None
    assert "org.freedesktop.login1.Session" not in watcher.listening
    assert "org.freedesktop.ScreenSaver" in watcher.listening
    assert "no system bus, logind not followed" in caplog.text
    assert launcher.registry is not None


def test_a_running_task_postpones_the_session_lock(
    qtbot: QtBot,
    data_dir: Path,
    launch: Callable[[int], app.Launcher],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The session locks during an import: the registry closes as soon as it ends."""
    from desktop_app.gui import tasks

    bus = session_bus()
    busy: list[object] = [object()]
    monkeypatch.setattr(tasks, "running", lambda: list(busy))
    launcher = launch(60_000)
    window = launcher.main_window
    assert window is not None
    probe = Probe()
    interface, path = SCREENSAVERS[0]
    assert bus.connect("", path, interface, "ActiveChanged", probe, SLOT("on_active_changed(bool)"))
    screensaver = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, SENDER)
    try:
        assert screensaver.send(active_changed(interface, path, True))
        qtbot.waitUntil(lambda: probe.seen == [True], timeout=5000)
    finally:
        QDBusConnection.disconnectFromBus(SENDER)
        bus.disconnect("", path, interface, "ActiveChanged", probe, SLOT("on_active_changed(bool)"))
    QCoreApplication.processEvents()
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_A)  # input does not cancel it
    assert launcher.registry is not None  # a task runs: still open
    busy.clear()
    qtbot.waitUntil(lambda: launcher.registry is None, timeout=5000)
    assert_locked(launcher, data_dir)
