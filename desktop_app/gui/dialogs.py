"""Every modal dialog of Registre goes through this module, so that tests can pre-answer it.

Use these functions instead of ``QFileDialog``/``QMessageBox`` directly::

    path = dialogs.ask_save_path(self, self.tr("Save the recovery sheet"), suggested)
    if dialogs.confirm(self, self.tr("Erase this customer?"), details):
        ...

In tests, queue the answers before the action that opens the dialogs
(``tests/gui/conftest.py`` has a ``dialog_answers`` fixture doing this)::

    dialogs.preset(tmp_path / "sheet.pdf")      # the next dialog's answer
    dialogs.preset(True, None)                  # several dialogs, in order
    ... drive the widgets ...
    assert [c.kind for c in dialogs.calls] == ["ask_save_path"]

While ``dialogs.testing`` is on (the fixture turns it on), a dialog with no
queued answer raises ``UnexpectedDialog`` instead of blocking the test, and a
queued answer of the wrong type for its dialog raises too. Each call is
recorded in ``dialogs.calls`` (kind, title, text) either way.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

D = TypeVar("D", bound=QDialog)
A = TypeVar("A")

_answers: deque[object] = deque()
calls: list[DialogCall] = []
testing = False


@dataclass(frozen=True)
class DialogCall:
    kind: (
        str  # "ask_save_path", "ask_open_path", "ask_folder", "ask_print", "confirm", "show_error",
    )
    # "show_info", or the kind given to ask_with (e.g. "import_options")
    title: str
    text: str


class UnexpectedDialog(AssertionError):
    """A dialog opened in a test that queued no answer for it."""


def preset(*answers: object) -> None:
    """Queue answers for the next dialogs, in order (tests only).

    ``ask_save_path``/``ask_open_path``/``ask_folder``: a ``Path`` or ``None`` (cancelled);
    ``ask_with``: an answer of its type or ``None`` (cancelled);
    ``confirm``, ``ask_print``: ``True``/``False``; ``show_error``/``show_info``: ``None``.
    """
    _answers.extend(answers)


def pending() -> list[object]:
    """The answers queued and not used yet."""
    return list(_answers)


def reset() -> None:
    _answers.clear()
    calls.clear()


def _preset_answer(
    kind: str, title: str, text: str, types: tuple[type, ...]
) -> tuple[bool, object]:
    """(True, answer) when a test pre-answered this dialog; (False, None) to really show it."""
    calls.append(DialogCall(kind, title, text))
    if _answers:
        answer = _answers.popleft()
        if not isinstance(answer, types):
            raise UnexpectedDialog(f"{kind} ({title!r}) got the preset answer {answer!r}")
        return True, answer
    if testing:
        raise UnexpectedDialog(f"unexpected dialog {kind}: {title!r} {text!r}")
    return False, None


def ask_save_path(
    parent: QWidget | None, title: str, suggested: Path, name_filter: str = "PDF (*.pdf)"
) -> Path | None:
    """Where to save a file; ``None`` when cancelled."""
    answered, answer = _preset_answer("ask_save_path", title, str(suggested), (Path, type(None)))
    if answered:
        return answer if isinstance(answer, Path) else None
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), name_filter)
    return Path(name) if name else None


def ask_open_path(parent: QWidget | None, title: str, start: Path, name_filter: str) -> Path | None:
    """An existing file to read; ``None`` when cancelled."""
    answered, answer = _preset_answer("ask_open_path", title, str(start), (Path, type(None)))
    if answered:
        return answer if isinstance(answer, Path) else None
    name, _ = QFileDialog.getOpenFileName(parent, title, str(start), name_filter)
    return Path(name) if name else None


def ask_with(
    kind: str,
    title: str,
    make: Callable[[], D],
    read: Callable[[D], A],
    answer_type: type[A],
) -> A | None:
    """A dialog of our own: ``make()`` builds it, ``read(dialog)`` its answer once accepted.

    ``None`` when cancelled. Tests pre-answer it with an ``answer_type`` (or ``None``).
    """
    answered, answer = _preset_answer(kind, title, "", (answer_type, type(None)))
    if answered:
        return answer if isinstance(answer, answer_type) else None
    dialog = make()
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return read(dialog)
    finally:
        dialog.deleteLater()


def ask_folder(parent: QWidget | None, title: str, start: Path) -> Path | None:
    """A folder to open; ``None`` when cancelled."""
    answered, answer = _preset_answer("ask_folder", title, str(start), (Path, type(None)))
    if answered:
        return answer if isinstance(answer, Path) else None
    name = QFileDialog.getExistingDirectory(parent, title, str(start))
    return Path(name) if name else None


def ask_print(parent: QWidget | None, printer: QPrinter, title: str = "") -> bool:
    """The print dialog for ``printer`` (which it configures); False when cancelled.

    Tests pre-answer it with ``True``/``False`` after setting up ``printer`` themselves
    (``printer.setOutputFileName(...)`` prints to a PDF file).
    """
    answered, answer = _preset_answer("ask_print", title, "", (bool,))
    if answered:
        return bool(answer)
    from PySide6.QtPrintSupport import QPrintDialog  # late: only when printing

    dialog = QPrintDialog(printer, parent)
    if title:
        dialog.setWindowTitle(title)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def confirm(parent: QWidget | None, title: str, text: str, *, destructive: bool = False) -> bool:
    """Yes or no. ``destructive`` makes "No" the default button."""
    answered, answer = _preset_answer("confirm", title, text, (bool,))
    if answered:
        return bool(answer)
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(
        QMessageBox.StandardButton.No if destructive else QMessageBox.StandardButton.Yes
    )
    return box.exec() == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """An error that has no screen of its own to be shown in (prefer inline messages)."""
    answered, _ = _preset_answer("show_error", title, text, (type(None),))
    if answered:
        return
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, parent=parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    answered, _ = _preset_answer("show_info", title, text, (type(None),))
    if answered:
        return
    QMessageBox.information(parent, title, text)
