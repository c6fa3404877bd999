"""Long work runs in a worker thread behind a progress dialog that can be cancelled safely."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desktop_app.core.errors import RegistreError
from desktop_app.gui import tasks
from desktop_app.gui.tasks import Task, TaskContext, run_task


def gui_thread() -> QThread:
    app = QApplication.instance()
    assert app is not None
    return app.thread()


def test_a_task_reports_progress_and_returns_its_result(qtbot: QtBot) -> None:
    threads: list[bool] = []

    def work(ctx: TaskContext) -> str:
        threads.append(QThread.currentThread() is gui_thread())
        for step in range(1, 4):
            ctx.report(step, 3)
        return "done"

    task: Task[str] = Task(None, "Counting", work)
    seen: list[tuple[int, int]] = []
    task.progressed.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(task.finished, timeout=5000) as finished:
        task.start()
    assert finished.args == ["done"]
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert threads == [False]  # the work ran off the GUI thread
    assert task.dialog.bar.value() == 3 and task.dialog.bar.maximum() == 3
    assert tasks.running() == []


def test_run_task_waits_and_returns_the_result(qtbot: QtBot) -> None:
    assert run_task(None, "Quick", lambda ctx: 6 * 7) == 42


def test_cancel_stops_between_steps_and_keeps_what_was_done(qtbot: QtBot) -> None:
    step_allowed = threading.Semaphore(0)
    finished_steps: list[int] = []

    def work(ctx: TaskContext) -> int:
        for step in range(1, 6):
            step_allowed.acquire()
            if ctx.cancelled:  # the safe point between two steps
                return len(finished_steps)
            finished_steps.append(step)
            ctx.report(step, 5)
        return len(finished_steps)

    task: Task[int] = Task(None, "Five steps", work, show_delay_ms=0)
    dialog = task.dialog

    def on_progressed(done: int, _total: int) -> None:
        if done == 2:  # the user clicks Cancel while step 3 waits
            dialog.cancel_button.click()
            assert not dialog.cancel_button.isEnabled()
            assert "Cancelling" in dialog.label.text()
        step_allowed.release()

    task.progressed.connect(on_progressed)
    with qtbot.waitSignal(task.finished, timeout=5000) as finished:
        task.start()
        step_allowed.release()
    assert finished.args == [2]
    assert finished_steps == [1, 2]
    assert not dialog.isVisible()


def test_esc_in_the_progress_dialog_asks_to_cancel_and_never_closes_it(qtbot: QtBot) -> None:
    release = threading.Event()

    def work(ctx: TaskContext) -> bool:
        release.wait(5)
        return ctx.cancelled

    task: Task[bool] = Task(None, "Waiting", work, show_delay_ms=0)
    with qtbot.waitSignal(task.finished, timeout=5000) as finished:
        task.start()
        qtbot.waitUntil(task.dialog.isVisible, timeout=2000)
        task.dialog.reject()  # what Esc does
        assert task.dialog.isVisible()
        assert task.context.cancelled
        release.set()
    assert finished.args == [True]


def test_work_that_raises_cancelled_returns_none(qtbot: QtBot) -> None:
    def work(ctx: TaskContext) -> int:
        ctx.cancel()
        ctx.check_cancelled()
        return 1

    assert run_task(None, "Cancelled at once", work) is None


def test_errors_arrive_on_the_gui_thread_and_are_raised_there(qtbot: QtBot) -> None:
    on_gui_thread: list[bool] = []

    def work(_ctx: TaskContext) -> None:
        raise RegistreError("disk_full")

    task: Task[None] = Task(None, "Failing", work)
    task.failed.connect(lambda _exc: on_gui_thread.append(QThread.currentThread() is gui_thread()))
    with qtbot.waitSignal(task.failed, timeout=5000) as failed:
        task.start()
    assert on_gui_thread == [True]
    error = failed.args[0]
    assert isinstance(error, RegistreError)
    assert error.message("fr")  # the caller shows it, translated, where it happened

    def bug(_ctx: TaskContext) -> None:
        raise ZeroDivisionError("a bug")

    with pytest.raises(ZeroDivisionError):  # raised again here, for the excepthook
        run_task(None, "Buggy", bug)


def test_user_input_to_other_windows_is_dropped_while_a_task_runs(qtbot: QtBot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    release = threading.Event()
    typed: list[str] = []

    def type_meanwhile() -> None:
        QTest.keyClicks(edit, "abc")
        typed.append(edit.text())
        release.set()

    QTimer.singleShot(50, type_meanwhile)
    assert run_task(None, "Busy", lambda ctx: release.wait(5)) is True
    assert typed == [""]
    QTest.keyClicks(edit, "abc")  # and it works again afterwards
    assert edit.text() == "abc"
