"""Bulk import of customers from CSV or JSON Lines, checked whole before any write.

Every line is checked first; if any is wrong, nothing is written and the errors
name their lines. Then customers are written in batches, each batch its own
transaction, so an interrupted import (even SIGKILL) leaves a consistent
registry holding every batch committed before the interruption.

A file is imported in two passes over its bytes, read once into memory
(``ImportFile``; never copied to disk, the file holds personal data), so that
both passes see the same content even if the file changes meanwhile:

1. ``check_file`` parses and checks every line, keeping only the count and the
   problems (``ImportRejected`` if any);
2. ``CheckedImport.batches`` parses the same bytes again and prepares the
   customers one batch at a time, each written (``write_batches``) before the
   next is prepared.

Memory is then the file's size plus one batch, not one ``PreparedCustomer`` per
line (``check_all`` still returns them all, for drafts already in memory).

CSV: a header of field codes, plus optional ``purposes`` and ``consents`` columns
whose values are codes separated by ``;``. JSON Lines: one object per line,
``{"fields": {...}, "purposes": [...], "consents": [...]}``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from .customers import CustomerDraft, PreparedCustomer
from .errors import RegistreError, ValidationError
from .purposes import Purpose
from .registry import Registry

MAX_REPORTED_ERRORS = 20


@dataclass(frozen=True)
class ImportProblem:
    line: int
    error: RegistreError


class ImportRejected(RegistreError):
    """Some lines are wrong; nothing was imported."""

    code = "import_row_invalid"

    def __init__(self, problems: list[ImportProblem]) -> None:
        self.problems = problems
        first = problems[0]
        super().__init__("import_row_invalid", line=first.line, message=first.error.message("en"))

    def message(self, lang: str | None = None) -> str:
        from .i18n import system_language
        from .messages import text

        lang = lang or system_language()
        lines = [
            text("import_row_invalid", lang, line=p.line, message=p.error.message(lang))
            for p in self.problems
        ]
        return "\n".join(lines)


def read_drafts(path: Path) -> Iterator[tuple[int, CustomerDraft]]:
    """(line number, draft) for each customer in a CSV or JSON Lines file, read as it goes."""
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise RegistreError("file_unreadable", path=str(path), reason=exc.strerror) from None
    with handle:
        yield from _drafts(path, handle)


@dataclass(frozen=True)
class ImportFile:
    """A file's bytes, read once: every pass over them sees the same content."""

    path: Path
    data: bytes = field(repr=False)

    @classmethod
    def read(cls, path: Path) -> ImportFile:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise RegistreError("file_unreadable", path=str(path), reason=exc.strerror) from None
        return cls(path, data)

    def drafts(self) -> Iterator[tuple[int, CustomerDraft]]:
        """(line number, draft) for each customer, decoded line by line from the bytes.

        ``BytesIO`` shares the bytes (no copy) and the text is decoded in small chunks:
        the whole file is never held a second time, as text.
        """
        handle = io.TextIOWrapper(io.BytesIO(self.data), encoding="utf-8-sig", newline="")
        with handle:
            yield from _drafts(self.path, handle)


def _drafts(path: Path, handle: IO[str]) -> Iterator[tuple[int, CustomerDraft]]:
    try:
        if path.suffix.lower() in (".jsonl", ".ndjson", ".json"):
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    yield number, _json_draft(path, number, line)
        else:
            reader = csv.DictReader(handle)
            try:
                for row in reader:
                    yield reader.line_num, _csv_draft(row)
            except csv.Error as exc:
                raise RegistreError(
                    "import_format", path=str(path), reason=f"line {reader.line_num}: {exc}"
                ) from None
    except UnicodeDecodeError:
        raise RegistreError("import_format", path=str(path), reason="not UTF-8 text") from None


def _json_draft(path: Path, number: int, line: str) -> CustomerDraft:
    try:
        data = json.loads(line)
        return CustomerDraft(
            {str(k): str(v) for k, v in dict(data.get("fields", {})).items()},
            [str(c) for c in data.get("purposes", [])],
            [str(c) for c in data.get("consents", [])],
        )
    except (ValueError, TypeError, AttributeError) as exc:
        raise RegistreError(
            "import_format", path=str(path), reason=f"line {number}: {exc}"
        ) from None


def _csv_draft(row: dict[str, str]) -> CustomerDraft:
    def codes(name: str) -> list[str]:
        return [c.strip() for c in (row.get(name) or "").split(";") if c.strip()]

    values = {k: v for k, v in row.items() if k not in ("purposes", "consents") and k and v}
    return CustomerDraft(values, codes("purposes"), codes("consents"))


def _with_extras(
    draft: CustomerDraft, extra_purposes: Iterable[str], extra_consents: Iterable[str]
) -> CustomerDraft:
    draft.purposes = list(dict.fromkeys([*draft.purposes, *extra_purposes]))
    draft.consents = list(dict.fromkeys([*draft.consents, *extra_consents]))
    return draft


def check_all(
    registry: Registry,
    drafts: Iterable[tuple[int, CustomerDraft]],
    extra_purposes: list[str],
    extra_consents: list[str],
) -> list[PreparedCustomer]:
    """Check drafts already in memory and return them all prepared (``ImportRejected``).

    Holds every prepared customer: a file goes through ``check_file`` instead.
    """
    catalogue = registry.purposes.by_code()
    prepared: list[PreparedCustomer] = []
    problems: list[ImportProblem] = []
    for number, draft in drafts:
        draft = _with_extras(draft, extra_purposes, extra_consents)
        try:
            prepared.append(registry.customers.prepare(draft, catalogue))
        except ValidationError as exc:
            problems.append(ImportProblem(number, exc))
            if len(problems) >= MAX_REPORTED_ERRORS:
                break
    if problems:
        raise ImportRejected(problems)
    return prepared


@dataclass(frozen=True)
class CheckedImport:
    """A file whose every line passed the checks (pass 1), ready to be written (pass 2)."""

    source: ImportFile
    extra_purposes: tuple[str, ...]
    extra_consents: tuple[str, ...]
    catalogue: Mapping[str, Purpose] = field(repr=False)
    total: int  # customers in the file

    def batches(
        self,
        registry: Registry,
        batch_size: int = 500,
        on_line: Callable[[int], None] | None = None,
    ) -> Iterator[list[PreparedCustomer]]:
        """Pass 2: the same bytes parsed again, prepared ``batch_size`` customers at a time.

        Only one batch is alive at a time if the caller writes each before asking for
        the next. The checks run again (same bytes, same catalogue, so the same result);
        a line failing now would be a bug, reported as ``ImportRejected`` all the same.
        ``on_line(line)`` is called before each customer is prepared.
        """
        batch_size = max(1, batch_size)
        batch: list[PreparedCustomer] = []
        for number, draft in self.source.drafts():
            if on_line is not None:
                on_line(number)
            draft = _with_extras(draft, self.extra_purposes, self.extra_consents)
            try:
                batch.append(registry.customers.prepare(draft, self.catalogue))
            except ValidationError as exc:
                raise ImportRejected([ImportProblem(number, exc)]) from None
            if len(batch) >= batch_size:
                yield batch
                batch = []
        if batch:
            yield batch


def check_file(
    registry: Registry,
    source: ImportFile,
    extra_purposes: Iterable[str],
    extra_consents: Iterable[str],
    on_line: Callable[[int, int], None] | None = None,
) -> CheckedImport:
    """Pass 1: check every line, keeping only the count and the problems.

    ``on_line(count, line)`` is called before each customer is checked (progress,
    cancel). Raises ``ImportRejected`` naming up to ``MAX_REPORTED_ERRORS`` lines.
    """
    purposes, consents = tuple(extra_purposes), tuple(extra_consents)
    catalogue = registry.purposes.by_code()
    total = 0
    problems: list[ImportProblem] = []
    for number, draft in source.drafts():
        total += 1
        if on_line is not None:
            on_line(total, number)
        draft = _with_extras(draft, purposes, consents)
        try:
            registry.customers.prepare(draft, catalogue)
        except ValidationError as exc:
            problems.append(ImportProblem(number, exc))
            if len(problems) >= MAX_REPORTED_ERRORS:
                break
    if problems:
        raise ImportRejected(problems)
    return CheckedImport(source, purposes, consents, catalogue, total)


def write_batches(
    registry: Registry,
    prepared: list[PreparedCustomer],
    channel: str,
    batch_size: int = 500,
    on_commit: Callable[[int], None] | None = None,
) -> int:
    """Write checked customers, one transaction per batch; returns how many were written."""
    written = 0
    for start in range(0, len(prepared), batch_size):
        batch = prepared[start : start + batch_size]
        with registry.transaction():
            registry.customers.insert_prepared(batch, channel)
        written += len(batch)
        if on_commit is not None:
            on_commit(written)
    return written


def write_checked(
    registry: Registry,
    checked: CheckedImport,
    channel: str,
    batch_size: int = 500,
    on_commit: Callable[[int], None] | None = None,
) -> int:
    """Pass 2 whole: prepare and write batch by batch; returns how many were written.

    ``on_commit(written)`` after each committed batch.
    """
    written = 0
    for batch in checked.batches(registry, batch_size):
        written += write_batches(registry, batch, channel, len(batch))
        del batch  # the next batch is prepared without this one alive
        if on_commit is not None:
            on_commit(written)
    return written


def import_file(
    registry: Registry,
    path: Path,
    channel: str,
    extra_purposes: Iterable[str] = (),
    extra_consents: Iterable[str] = (),
    batch_size: int = 500,
    on_commit: Callable[[int], None] | None = None,
) -> int:
    """Read ``path`` once, check every line, then write in batches; how many were written."""
    checked = check_file(registry, ImportFile.read(path), extra_purposes, extra_consents)
    return write_checked(registry, checked, channel, batch_size, on_commit)
