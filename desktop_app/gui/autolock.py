"""Auto-lock: ask to lock the registry after a stretch without user input.

An application-wide event filter restarts a single-shot timer on every mouse, keyboard,
wheel or touch event; when it runs out, ``lock_requested`` is emitted. A background task
(``tasks.running()``) postpones the lock until it ends. The interval comes from the
``auto_lock_minutes`` setting (0: never), or ``interval_ms`` (tests).

While it runs it also follows the system session: when the user's session locks,
``lock_requested`` is emitted at once (see ``SessionLockWatcher``; Linux only, over D-Bus).
"""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import SLOT, QCoreApplication, QEvent, QObject, QTimer, Signal, Slot

from desktop_app.core.settings import Settings
from desktop_app.gui import tasks

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection, QDBusPendingCallWatcher

log = logging.getLogger("registre.autolock")

POSTPONE_MS = 500  # while a task runs, look again this often

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


def interval_from_settings() -> int:
    """The idle time before locking, in milliseconds (0: never)."""
    return Settings.load().auto_lock_minutes * 60_000


# Screen savers and lock screens that broadcast ``ActiveChanged(bool)`` on the session bus
# (freedesktop: KDE, Xfce, LXQt...; GNOME, MATE and Cinnamon keep their own name).
SCREENSAVER_INTERFACES = (
    "org.freedesktop.ScreenSaver",
    "org.gnome.ScreenSaver",
    "org.mate.ScreenSaver",
    "org.cinnamon.ScreenSaver",
)
LOGIND_SERVICE = "org.freedesktop.login1"
LOGIND_MANAGER_PATH = "/org/freedesktop/login1"
LOGIND_MANAGER = "org.freedesktop.login1.Manager"
LOGIND_SESSION = "org.freedesktop.login1.Session"
LOGIND_TIMEOUT_MS = 5000


def system_bus() -> QDBusConnection:
    """The system bus, where logind lives (absent in containers and under CI)."""
    from PySide6.QtDBus import QDBusConnection

    return QDBusConnection.systemBus()


class SessionLockWatcher(QObject):
    """Emits ``session_locked`` when the platform says the user's session locked.

    Linux (and the BSDs) over D-Bus, never blocking: on the session bus, any screen
    saver's ``ActiveChanged(true)``; on the system bus, logind's ``Lock`` signal for our
    own session, whose object path an asynchronous ``GetSession`` call finds. A missing
    bus or logind is written to the log and skipped.

    Windows and macOS are not followed yet (Qt has no portable signal for it). Where
    they would hook: Windows, ``WTSRegisterSessionNotification`` on a window and
    ``WM_WTSSESSION_CHANGE`` / ``WTS_SESSION_LOCK`` through a ``QAbstractNativeEventFilter``;
    macOS, the ``com.apple.screenIsLocked`` distributed notification.
    """

    session_locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listening: list[str] = []  # what is followed, for the log and the tests
        self._started = False
        self._session_bus: QDBusConnection | None = None
        self._system_bus: QDBusConnection | None = None
        self._logind_path: str | None = None
        self._pending: QDBusPendingCallWatcher | None = None  # the GetSession call

    def start(self) -> None:
        """Listen (again); nothing happens if no bus answers."""
        if self._started or not sys.platform.startswith(("linux", "freebsd", "openbsd")):
            return
        self._started = True
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a Qt built without D-Bus
            log.info("session lock not followed: QtDBus is not available")
            return
        bus = QDBusConnection.sessionBus()
        if bus.isConnected():
            self._session_bus = bus
            for interface in SCREENSAVER_INTERFACES:
                if bus.connect(
                    "", "", interface, "ActiveChanged", self, SLOT("_on_screensaver_active(bool)")
                ):
                    self.listening.append(interface)
        else:
            log.info("session lock: no session bus (%s)", bus.lastError().name())
        system = system_bus()
        if not system.isConnected():
            log.info(
                "session lock: no system bus, logind not followed (%s)", system.lastError().name()
            )
            return
        self._system_bus = system
        if self._logind_path is not None:
            self._listen_logind()
        else:
            self._find_logind_session()

    def stop(self) -> None:
        """Stop listening (the registry is closed: nothing to lock)."""
        if self._session_bus is not None:
            for interface in SCREENSAVER_INTERFACES:
                self._session_bus.disconnect(
                    "", "", interface, "ActiveChanged", self, SLOT("_on_screensaver_active(bool)")
                )
        if self._system_bus is not None and self._logind_path is not None:
            self._system_bus.disconnect(
                LOGIND_SERVICE,
                self._logind_path,
                LOGIND_SESSION,
                "Lock",
                self,
                SLOT("_on_logind_lock()"),
            )
        self._session_bus = self._system_bus = None
        self._pending = None
        self.listening = []
        self._started = False

    def _find_logind_session(self) -> None:
        from PySide6.QtDBus import QDBusMessage, QDBusPendingCallWatcher

        assert self._system_bus is not None
        call = QDBusMessage.createMethodCall(
            LOGIND_SERVICE, LOGIND_MANAGER_PATH, LOGIND_MANAGER, "GetSession"
        )
        # XDG_SESSION_ID names our session; "auto" asks logind for the caller's own.
        call.setArguments([os.environ.get("XDG_SESSION_ID") or "auto"])
        pending = self._system_bus.asyncCall(call, LOGIND_TIMEOUT_MS)
        watcher = QDBusPendingCallWatcher(pending, self)
        watcher.finished.connect(self._on_get_session_finished)
        self._pending = watcher

    def _on_get_session_finished(self, watcher: QDBusPendingCallWatcher) -> None:
        from PySide6.QtDBus import QDBusMessage

        reply = watcher.reply()
        watcher.deleteLater()
        if watcher is not self._pending:  # stopped meanwhile
            return
        self._pending = None
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            log.info("session lock: logind not followed (%s)", reply.errorName())
            return
        path = reply.arguments()[0]
        self._logind_path = path.path() if hasattr(path, "path") else str(path)
        self._listen_logind()

    def _listen_logind(self) -> None:
        assert self._system_bus is not None and self._logind_path is not None
        if self._system_bus.connect(
            LOGIND_SERVICE,
            self._logind_path,
            LOGIND_SESSION,
            "Lock",
            self,
            SLOT("_on_logind_lock()"),
        ):
            self.listening.append(LOGIND_SESSION)
        else:
            log.info("session lock: could not follow logind's Lock signal")

    @Slot(bool)
    def _on_screensaver_active(self, active: bool) -> None:
        if active:
            log.info("the screen saver locked the session")
            self.session_locked.emit()

    @Slot()
    def _on_logind_lock(self) -> None:
        log.info("logind locked the session")
        self.session_locked.emit()


class AutoLock(QObject):
    """Emits ``lock_requested`` after ``interval_ms`` without input (0: never), or at
    once when the system session locks (``follow_session``)."""

    lock_requested = Signal()

    def __init__(
        self,
        interval_ms: int | None = None,
        parent: QObject | None = None,
        follow_session: bool = True,
    ) -> None:
        super().__init__(parent)
        self._fixed_ms = interval_ms
        self.interval_ms = interval_from_settings() if interval_ms is None else interval_ms
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.active = False  # counting idle time
        self.watching = False  # started: a session lock counts too
        self.session_lock_pending = False  # the session locked while a task ran
        self.session = SessionLockWatcher(self) if follow_session else None
        if self.session is not None:
            self.session.session_locked.connect(self._on_session_session_locked)

    def start(self) -> None:
        """Watch the input and start counting (no idle count when the interval is 0);
        follow the system session's lock."""
        if self._fixed_ms is None:  # the setting may have changed since
            self.interval_ms = interval_from_settings()
        if not self.watching:
            self.watching = True
            if self.session is not None:
                self.session.start()
        if self.active or self.interval_ms <= 0:
            return
        app = QCoreApplication.instance()
        if app is not None:
            # Widgets waiting for deleteLater() go first (see tasks.Task.start): a Python
            # event filter must never be handed an object half-way through its destruction.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            app.installEventFilter(self)
        self.active = True
        self.timer.start(self.interval_ms)

    def stop(self) -> None:
        self.timer.stop()
        if self.active:
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
        self.active = False
        self.watching = False
        self.session_lock_pending = False
        if self.session is not None:
            self.session.stop()

    def postpone(self) -> None:
        """Look again shortly (a task is running)."""
        if self.watching:
            ms = min(POSTPONE_MS, self.interval_ms) if self.interval_ms > 0 else POSTPONE_MS
            self.timer.start(ms)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and self.active and not self.session_lock_pending:
            self.timer.start(self.interval_ms)
        return False

    def _on_timer_timeout(self) -> None:
        if tasks.running():
            self.postpone()
            return
        self.lock_requested.emit()

    def _on_session_session_locked(self) -> None:
        if self.watching:  # now, or as soon as the running task ends (input or not)
            self.session_lock_pending = True
            self._on_timer_timeout()
