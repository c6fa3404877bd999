"""Logs and crash reports hold no personal data: the files to scan, and the scan.

The root ``tests/conftest.py`` runs this after every test over the test's private log
folder (``REGISTRE_LOG_DIR``), every ``*.log`` file under its private data and config
folders and its ``tmp_path``, and every file a ``logging.FileHandler`` opened during
the test, wherever that was (``track_file_handlers``). The needles are the canary
strings of ``tests/core/test_canaries.py``, searched as UTF-8, UTF-16 (both byte orders)
and case-folded.
"""

from __future__ import annotations

import functools
import logging
import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

# registre.log, registre.log.1 (rotated), crash.log...
LOG_FILE_NAME = re.compile(r"\.log(\.\d+)?$")

opened_by_handlers: list[Path] = []  # the current test's, reset before each test


@functools.cache
def canaries() -> tuple[str, ...]:
    """The canary strings the suite puts into registries (tests/core/test_canaries.py)."""
    from tests.core import test_canaries

    return tuple(test_canaries.NEEDLES)


def track_file_handlers() -> Callable[[], None]:
    """Record the path of every ``logging.FileHandler`` (and rotating one) created from now
    on in ``opened_by_handlers``; returns the function that stops it."""
    original = logging.FileHandler.__init__

    @functools.wraps(original)
    def init(self: logging.FileHandler, filename: Any, *args: Any, **kwargs: Any) -> None:
        opened_by_handlers.append(Path(os.path.abspath(os.fspath(filename))))
        original(self, filename, *args, **kwargs)

    logging.FileHandler.__init__ = init  # type: ignore[method-assign]

    def stop() -> None:
        logging.FileHandler.__init__ = original  # type: ignore[method-assign]

    return stop


def files_to_scan(
    every_file_below: Iterable[Path],
    log_files_below: Iterable[Path],
    handler_files: Iterable[Path],
) -> list[Path]:
    """Every file below the first folders; files named ``*.log`` (or ``*.log.N``) below
    the second ones; each handler's file and its rotations (``name.1``, ...)."""
    found: set[Path] = set()
    for folder in every_file_below:
        if folder.is_dir():
            found.update(p for p in folder.rglob("*") if p.is_file())
    for folder in log_files_below:
        if folder.is_dir():
            found.update(
                p for p in folder.rglob("*") if p.is_file() and LOG_FILE_NAME.search(p.name)
            )
    for path in handler_files:
        if path.is_file():
            found.add(path)
        if path.parent.is_dir():
            rotated = re.compile(re.escape(path.name) + r"\.\d+$")
            found.update(p for p in path.parent.iterdir() if rotated.match(p.name))
    return sorted(found)


def _forms(needle: str) -> set[bytes]:
    forms: set[bytes] = set()
    for text in (needle, needle.casefold(), needle.lower(), needle.upper()):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            forms.add(text.encode(encoding))
    return forms


def canaries_in(path: Path, needles: Iterable[str]) -> list[str]:
    """The needles in the raw bytes of ``path``: as UTF-8 or UTF-16, in any letter case."""
    data = path.read_bytes()
    folded = [
        data.decode(encoding, errors="ignore").casefold()
        for encoding in ("utf-8", "utf-16-le", "utf-16-be")
    ]
    return [
        needle
        for needle in needles
        if any(form in data for form in _forms(needle))
        or any(needle.casefold() in text for text in folded)
    ]
