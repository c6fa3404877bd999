"""Long work off the GUI thread, behind a progress dialog that can be cancelled safely.

DESIGN.md rule 5: widgets are touched only on the GUI thread; the work runs in a
``QThread`` and talks to the GUI only through queued signals. The common case is
one blocking call that keeps the window painting::

    def work(ctx: TaskContext) -> int:
        for done, batch in enumerate(batches, start=1):
            if ctx.cancelled:          # checked between batches, never inside one
                break
            write(batch)
            ctx.report(done, len(batches))
            ctx.breathe()              # let the GUI thread have the GIL now and then
        return done

    written = tasks.run_task(self, self.tr("Importing customers"), work)

``run_task`` returns what ``work`` returned, or ``None`` when it raised
``Cancelled``. An exception raised by ``work`` is delivered to the GUI thread and
raised again there by ``run_task``: a ``RegistreError`` for the caller to show
inline, anything else for the one ``sys.excepthook``.

While a task runs, the registry connection belongs to the worker: user input to
every other window is dropped (a modal progress dialog, shown after a short delay so
that quick work does not flash), so nothing on the GUI thread can query it meanwhile.
Only the dialog's Cancel button (or Esc) gets through; cancelling only sets a flag
the work reads between steps, so what was committed stays committed.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import Cancelled

T = TypeVar("T")

SHOW_DELAY_MS = 400  # quicker work shows no dialog at all (0: shown at once)
# CPython's GIL "convoy": a worker that releases the GIL briefly and often (file reads,
# SQLite calls) takes it back before the waiting GUI thread wakes up, and the GUI can
# starve for hundreds of milliseconds. A real 1 ms sleep every 10 ms of work lets it in.
BREATHE_EVERY_S = 0.010
BREATHE_S = 0.001
# Every call from Qt into Python on the GUI thread (a slot, an event filter, a virtual
# method a Python class overrides) needs the GIL; while a worker computes, each waits up
# to the interpreter's switch interval (5 ms by default). Shorter while a task runs.
TASK_SWITCH_INTERVAL_S = 0.0005


class TaskContext:
    """What the work sees: report progress, read whether the user cancelled. Thread-safe."""

    def __init__(self, emit: Callable[[int, int, str], None] | None = None) -> None:
        self._cancel = threading.Event()
        self._emit = emit
        self._last_breath = time.perf_counter()

    @property
    def cancelled(self) -> bool:
        """True once the user asked to cancel: stop at the next safe point."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check_cancelled(self) -> None:
        """Raise ``Cancelled`` when the user cancelled (nothing more is done, silently)."""
        if self._cancel.is_set():
            raise Cancelled()

    def breathe(self) -> None:
        """Let the GUI thread run: call it often (every line, every batch) in long loops.

        Costs a clock read; every ``BREATHE_EVERY_S`` it sleeps ``BREATHE_S``.
        """
        now = time.perf_counter()
        if now - self._last_breath >= BREATHE_EVERY_S:
            time.sleep(BREATHE_S)
            self._last_breath = time.perf_counter()

    def report(self, done: int, total: int = 0, label: str = "") -> None:
        """``done`` of ``total`` steps (``total`` 0: unknown); ``label`` replaces the text."""
        if self._emit is not None:
            self._emit(done, total, label)


class _Worker(QThread):
    # Emitted from the worker thread; the receivers live on the GUI thread (queued).
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[TaskContext], Any], parent: QObject | None) -> None:
        super().__init__(parent)
        self._work: Callable[[TaskContext], Any] | None = work
        self.context = TaskContext(self.progressed.emit)

    def run(self) -> None:
        work, self._work = self._work, None  # hold no reference to widgets once done
        try:
            assert work is not None, "a worker runs once"
            result = work(self.context)
        except BaseException as exc:  # delivered to the GUI thread, raised there
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class TaskDialog(QDialog):
    """The progress dialog: a label, a bar, and Cancel (which waits for a safe point)."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None, title: str, cancellable: bool) -> None:
        super().__init__(parent)
        self.setObjectName("taskDialog")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        self.label = QLabel(title)
        self.label.setObjectName("taskLabel")
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("taskProgress")
        self.bar.setRange(0, 0)  # busy until the first report with a total
        self.bar.setAccessibleName(title)
        buttons = QDialogButtonBox()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("taskCancelButton")
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.cancel_button.setVisible(cancellable)
        self._cancellable = cancellable
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(buttons)
        self._finished = False

    def set_progress(self, done: int, total: int, label: str) -> None:
        if label:
            self.label.setText(label)
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)

    def _on_cancel_button_clicked(self) -> None:
        if not self._cancellable or not self.cancel_button.isEnabled():
            return
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling: finishing the current step…"))
        self.cancel_requested.emit()

    def done_with(self) -> None:
        self._finished = True
        self.hide()

    def reject(self) -> None:
        """Esc asks to cancel; it never closes the dialog under running work."""
        self._on_cancel_button_clicked()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.reject()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._finished:
            event.accept()
            return
        event.ignore()
        self._on_cancel_button_clicked()


_USER_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.Shortcut,
    QEvent.Type.Close,
    QEvent.Type.ContextMenu,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}


class _InputBlocker(QObject):
    """Drops user input to every window but the task dialog while a task runs."""

    def __init__(self, dialog: TaskDialog) -> None:
        super().__init__()
        self._dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in _USER_INPUT:
            return False
        if isinstance(watched, QWidget) and (
            watched is self._dialog or self._dialog.isAncestorOf(watched)
        ):
            return False
        if event.type() == QEvent.Type.Close and not isinstance(watched, QWidget):
            return False
        if event.type() == QEvent.Type.Close:
            event.ignore()
        return True


class Task(QObject, Generic[T]):
    """One piece of work in a worker thread, with its progress dialog.

    Signals (GUI thread): ``progressed(done, total)``, ``finished(result)`` (the work
    returned), ``failed(exception)`` (it raised, ``Cancelled`` included). Start it with
    ``start()``; ``run_task`` does that and waits.
    """

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        work: Callable[[TaskContext], T],
        *,
        cancellable: bool = True,
        show_delay_ms: int = SHOW_DELAY_MS,
    ) -> None:
        super().__init__(None)  # not owned by the widget: freed with its last reference
        self.title = title
        self.dialog = TaskDialog(parent, title, cancellable)
        self._worker = _Worker(work, None)
        self._worker.progressed.connect(self._on_worker_progressed)
        self._worker.succeeded.connect(self._on_worker_succeeded)
        self._worker.failed.connect(self._on_worker_failed)
        self.dialog.cancel_requested.connect(self._worker.context.cancel)
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.setInterval(max(0, show_delay_ms))
        self._show_timer.timeout.connect(self._on_show_timer_timeout)
        self._blocker = _InputBlocker(self.dialog)
        self.running = False
        self.done = False
        self._switch_interval = sys.getswitchinterval()
        self.result: T | None = None
        self.error: BaseException | None = None

    @property
    def context(self) -> TaskContext:
        return self._worker.context

    def start(self) -> None:
        if self.running or self.done:
            raise RuntimeError("a task runs once")
        self.running = True
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(self._switch_interval, TASK_SWITCH_INTERVAL_S))
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        if self._show_timer.interval() <= 0:
            # Shown before the worker starts: the first show of new widgets calls into
            # Python many times, each a GIL wait once the worker computes; grab() paints it
            # once, off screen, so that its first real paint finds those answers cached.
            self.dialog.adjustSize()
            self.dialog.grab()
            self.dialog.show()
        else:
            app = QCoreApplication.instance()
            if app is not None:
                # Widgets waiting for deleteLater() go first: the Python event filter
                # must never be handed an object half-way through its destruction
                # (PySide looks up its wrapper and crashes).
                QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
                app.installEventFilter(self._blocker)
            self._show_timer.start()
        _register(self)
        self._worker.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next check (thread-safe, like the Cancel button)."""
        self._worker.context.cancel()

    def _on_show_timer_timeout(self) -> None:
        if self.running:
            self.dialog.show()
            # The modal dialog blocks input to the other windows from now on: the event
            # filter (a Python call, so a GIL wait, for every event) can go.
            self._remove_blocker()

    def _remove_blocker(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self._blocker)

    def _on_worker_progressed(self, done: int, total: int, label: str) -> None:
        self.dialog.set_progress(done, total, label)
        self.progressed.emit(done, total)

    def _end(self) -> None:
        self._worker.wait()
        self.running = False
        self.done = True
        self._show_timer.stop()
        self._remove_blocker()
        sys.setswitchinterval(self._switch_interval)
        QApplication.restoreOverrideCursor()
        self.dialog.done_with()
        self.dialog.setParent(None)  # Python owns it again: freed with the task
        _unregister(self)

    def _on_worker_succeeded(self, result: T) -> None:
        self.result = result
        self._end()
        self.finished.emit(result)

    def _on_worker_failed(self, exc: BaseException) -> None:
        self.error = exc
        self._end()
        self.failed.emit(exc)


class TaskMonitor(QObject):
    """Announces every task that starts (tests and benchmarks reach the running task here)."""

    task_started = Signal(object)


monitor = TaskMonitor()
_running: list[Task[Any]] = []


def _register(task: Task[Any]) -> None:
    _running.append(task)
    monitor.task_started.emit(task)


def _unregister(task: Task[Any]) -> None:
    if task in _running:
        _running.remove(task)


def running() -> list[Task[Any]]:
    """The tasks running now (at most one, in practice)."""
    return list(_running)


def run_task(
    parent: QWidget | None,
    title: str,
    work: Callable[[TaskContext], T],
    *,
    cancellable: bool = True,
    show_delay_ms: int = SHOW_DELAY_MS,
) -> T | None:
    """Run ``work`` in a worker thread and wait, the GUI still painting; its result.

    ``None`` when the work raised ``Cancelled``; any other exception is raised again
    here, on the GUI thread.
    """
    task: Task[T] = Task(parent, title, work, cancellable=cancellable, show_delay_ms=show_delay_ms)
    loop = QEventLoop()
    task.finished.connect(loop.quit)
    task.failed.connect(loop.quit)
    task.start()
    if task.running:
        loop.exec()
    if task.error is not None:
        if isinstance(task.error, Cancelled):
            return None
        raise task.error
    return task.result
