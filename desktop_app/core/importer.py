"""Bulk import of customers from CSV or JSON Lines, checked whole before any write.

Every line is checked first; if any is wrong, nothing is written and the errors
name their lines. Then customers are written in batches, each batch its own
transaction, so an interrupted import (even SIGKILL) leaves a consistent
registry holding every batch committed before the interruption.

CSV: a header of field codes, plus optional ``purposes`` and ``consents`` columns
whose values are codes separated by ``;``. JSON Lines: one object per line,
``{"fields": {...}, "purposes": [...], "consents": [...]}``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .customers import CustomerDraft, PreparedCustomer
from .errors import RegistreError, ValidationError
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
    """(line number, draft) for each customer in a CSV or JSON Lines file."""
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise RegistreError("file_unreadable", path=str(path), reason=exc.strerror) from None
    with handle:
        if path.suffix.lower() in (".jsonl", ".ndjson", ".json"):
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    yield number, _json_draft(path, number, line)
        else:
            reader = csv.DictReader(handle)
            for row in reader:
                yield reader.line_num, _csv_draft(row)


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


def check_all(
    registry: Registry,
    drafts: Iterator[tuple[int, CustomerDraft]],
    extra_purposes: list[str],
    extra_consents: list[str],
) -> list[PreparedCustomer]:
    catalogue = registry.purposes.by_code()
    prepared: list[PreparedCustomer] = []
    problems: list[ImportProblem] = []
    for number, draft in drafts:
        draft.purposes = list(dict.fromkeys(draft.purposes + extra_purposes))
        draft.consents = list(dict.fromkeys(draft.consents + extra_consents))
        try:
            prepared.append(registry.customers.prepare(draft, catalogue))
        except ValidationError as exc:
            problems.append(ImportProblem(number, exc))
            if len(problems) >= MAX_REPORTED_ERRORS:
                break
    if problems:
        raise ImportRejected(problems)
    return prepared


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
