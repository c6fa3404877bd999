"""Auto-lock: ask to lock the registry after a stretch without user input.

An application-wide event filter restarts a single-shot timer on every mouse, keyboard,
wheel or touch event; when it runs out, ``lock_requested`` is emitted. A background task
(``tasks.running()``) postpones the lock until it ends. The interval comes from the
``auto_lock_minutes`` setting (0: never), or ``interval_ms`` (tests).

Not done: locking when the system session locks (logind / ScreenSaver over D-Bus).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from desktop_app.core.settings import Settings
from desktop_app.gui import tasks

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


class AutoLock(QObject):
    """Emits ``lock_requested`` after ``interval_ms`` without input (0: never)."""

    lock_requested = Signal()

    def __init__(self, interval_ms: int | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fixed_ms = interval_ms
        self.interval_ms = interval_from_settings() if interval_ms is None else interval_ms
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.active = False

    def start(self) -> None:
        """Watch the input and start counting (nothing when the interval is 0)."""
        if self._fixed_ms is None:  # the setting may have changed since
            self.interval_ms = interval_from_settings()
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

    def postpone(self) -> None:
        """Look again shortly (a task is running)."""
        if self.active:
            self.timer.start(min(POSTPONE_MS, self.interval_ms))

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and self.active:
            self.timer.start(self.interval_ms)
        return False

    def _on_timer_timeout(self) -> None:
        if tasks.running():
            self.postpone()
            return
        self.lock_requested.emit()
