"""A file import holds the file's bytes and one batch, never every prepared customer.

Pass 1 (``check_file``) checks every line keeping only the count and the problems; pass 2
(``CheckedImport.batches``) parses the same bytes again and prepares the customers batch by
batch, each written before the next is prepared. Real SQLCipher registries throughout.
"""

from __future__ import annotations

import csv
import dataclasses
import gc
import json
import tracemalloc
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop_app.core import importer
from desktop_app.core.customers import CustomerDraft, PreparedCustomer
from desktop_app.core.demo import demo_drafts
from desktop_app.core.errors import RegistreError
from desktop_app.core.registry import Registry

FIELDS = ["last_name", "first_name", "email", "phone", "postal_address", "birthday"]


def write_csv(path: Path, count: int, seed: int = 3, bad: set[int] | None = None) -> Path:
    """``count`` demo customers with their own purposes and consents; ``bad``: 0-based
    customers given an e-mail address that is not one."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([*FIELDS, "purposes", "consents"])
        for number, draft in enumerate(demo_drafts(count, seed)):
            values = [draft.fields.get(c, "") for c in FIELDS]
            purposes = draft.purposes
            if bad and number in bad:
                values[FIELDS.index("email")] = "not an address"
                purposes = [*purposes, "customer_follow_up"]
            writer.writerow([*values, ";".join(purposes), ";".join(draft.consents)])
    return path


def stored_fields(registry: Registry) -> list[dict[str, str]]:
    ids = [row[0] for row in registry.conn.execute("SELECT id FROM customer ORDER BY id")]
    return [registry.customers.get(i).fields for i in ids]


class LiveCount:
    """Counts the PreparedCustomer objects alive at once (weak references, no copy kept)."""

    def __init__(self, registry: Registry, monkeypatch: pytest.MonkeyPatch) -> None:
        self.alive = 0
        self.most = 0
        self.made = 0
        real_prepare = registry.customers.prepare

        def prepare(draft: CustomerDraft, catalogue: object = None) -> PreparedCustomer:
            prepared = real_prepare(draft, catalogue)  # type: ignore[arg-type]
            self.made += 1
            self.alive += 1
            self.most = max(self.most, self.alive)
            weakref.finalize(prepared, self._gone)
            return prepared

        monkeypatch.setattr(registry.customers, "prepare", prepare)

    def _gone(self) -> None:
        self.alive -= 1


def test_no_more_prepared_customers_than_a_batch_are_ever_alive(
    registry: Registry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write_csv(tmp_path / "clients.csv", 2_000)
    live = LiveCount(registry, monkeypatch)
    committed: list[int] = []
    written = importer.import_file(
        registry, source, "paper", batch_size=100, on_commit=committed.append
    )
    assert written == 2_000 == registry.customers.count()
    assert committed == list(range(100, 2_001, 100))
    assert live.made == 4_000  # every line prepared twice: checked, then written
    assert live.most <= 100  # at most one batch alive, never the whole file

    # The old way, for contrast: check_all keeps them all.
    live.most = live.alive = 0
    kept = importer.check_all(registry, importer.read_drafts(source), [], [])
    assert live.most == len(kept) == 2_000


def test_peak_python_memory_of_a_20000_line_import_is_a_fraction_of_the_old_way(
    make_registry: Callable[..., object], tmp_path: Path
) -> None:
    """tracemalloc peak: file bytes + one batch, against every prepared customer at once."""
    source = write_csv(tmp_path / "clients.csv", 20_000)
    size = source.stat().st_size
    registry: Registry = make_registry().registry  # type: ignore[attr-defined]

    gc.collect()
    tracemalloc.start()
    try:
        # The old way's peak is at least what check_all holds when it returns.
        prepared = importer.check_all(registry, importer.read_drafts(source), [], [])
        _, old_peak = tracemalloc.get_traced_memory()
        del prepared
        gc.collect()
        tracemalloc.reset_peak()
        written = importer.import_file(registry, source, "paper", batch_size=500)
        _, new_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert written == 20_000
    assert new_peak < old_peak / 3, (new_peak, old_peak)
    # The file's bytes are held once (no second copy as text) plus about one batch.
    assert new_peak < size + 2_000_000, (new_peak, size)


def test_both_passes_see_the_bytes_read_once_even_if_the_file_changes(
    registry: Registry, tmp_path: Path
) -> None:
    source = tmp_path / "clients.csv"
    source.write_text("last_name,first_name\nDupré,Zoé\nMartin,Léa\n", encoding="utf-8")
    checked = importer.check_file(
        registry, importer.ImportFile.read(source), ["customer_follow_up"], []
    )
    assert checked.total == 2
    # The user edits the file between the two passes: a bad line, another name.
    source.write_text("last_name,email\nAutre,not an address\n", encoding="utf-8")
    assert importer.write_checked(registry, checked, "paper") == 2
    assert stored_fields(registry) == [
        {"last_name": "Dupré", "first_name": "Zoé"},
        {"last_name": "Martin", "first_name": "Léa"},
    ]


def test_the_written_customers_are_those_the_old_way_prepared(
    registry: Registry, tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "clients.csv", 300)
    expected = [
        p.fields for p in importer.check_all(registry, importer.read_drafts(source), [], [])
    ]
    assert importer.import_file(registry, source, "in_store", batch_size=64) == 300
    assert stored_fields(registry) == expected
    consents = registry.conn.execute("SELECT count(*) FROM consent_event").fetchone()[0]
    assert consents == sum(len(d.consents) for d in demo_drafts(300, 3))


def test_bad_lines_import_nothing_and_are_named_up_to_the_limit(
    registry: Registry, tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "clients.csv", 200, bad={10, 150})
    with pytest.raises(importer.ImportRejected) as caught:
        importer.import_file(registry, source, "paper")
    lines = [p.line for p in caught.value.problems]
    assert len(lines) == 2 and lines[0] > 11 and lines[1] > lines[0]
    assert registry.customers.count() == 0
    assert f"Line {lines[0]}:" in caught.value.message("en")

    many = write_csv(tmp_path / "many.csv", 200, bad=set(range(0, 200, 5)))
    with pytest.raises(importer.ImportRejected) as caught:
        importer.import_file(registry, many, "paper")
    assert len(caught.value.problems) == importer.MAX_REPORTED_ERRORS
    assert registry.customers.count() == 0


def test_a_bad_json_line_or_a_file_that_is_not_utf8_writes_nothing(
    registry: Registry, tmp_path: Path
) -> None:
    good = json.dumps({"fields": {"last_name": "Dupré"}, "purposes": ["customer_follow_up"]})
    source = tmp_path / "clients.jsonl"
    source.write_text(f"{good}\n{good}\n{{not json\n", encoding="utf-8")
    with pytest.raises(RegistreError) as caught:
        importer.import_file(registry, source, "paper")
    assert caught.value.code == "import_format"
    assert "line 3" in caught.value.message("en")

    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes("last_name,purposes\nDupré,customer_follow_up\n".encode("latin-1"))
    with pytest.raises(RegistreError) as caught:
        importer.import_file(registry, latin1, "paper")
    assert caught.value.code == "import_format"
    assert registry.customers.count() == 0

    with pytest.raises(RegistreError) as caught:
        importer.import_file(registry, tmp_path / "missing.csv", "paper")
    assert caught.value.code == "file_unreadable"


def test_purposes_and_consents_given_for_every_line_apply_in_both_passes(
    registry: Registry, tmp_path: Path
) -> None:
    source = tmp_path / "clients.jsonl"
    lines = [{"fields": {"last_name": f"Nom{n}", "email": f"n{n}@exemple.fr"}} for n in range(5)]
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    # Without a purpose, no line may be kept: minimisation is checked in pass 1.
    with pytest.raises(importer.ImportRejected) as caught:
        importer.import_file(registry, source, "paper")
    assert [p.line for p in caught.value.problems] == [1, 2, 3, 4, 5]
    written = importer.import_file(
        registry, source, "email", ["customer_follow_up"], ["newsletter"], batch_size=2
    )
    assert written == 5
    conn = registry.conn
    attached = conn.execute(
        "SELECT count(*) FROM customer_purpose WHERE purpose_code = 'customer_follow_up'"
    ).fetchone()[0]
    granted = conn.execute(
        "SELECT count(*) FROM consent_event WHERE purpose_code = 'newsletter' AND channel = 'email'"
    ).fetchone()[0]
    assert (attached, granted) == (5, 5)


def test_a_line_failing_in_pass_two_stops_before_its_batch(
    registry: Registry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cannot happen (same bytes, same catalogue); if it did, no half batch is written."""
    source = write_csv(tmp_path / "clients.csv", 50)
    checked = importer.check_file(registry, importer.ImportFile.read(source), [], [])

    class Altered(importer.ImportFile):
        def drafts(self) -> Iterator[tuple[int, CustomerDraft]]:
            for index, (line, draft) in enumerate(super().drafts()):
                if index == 25:
                    draft.fields["email"] = "not an address"
                    draft.purposes.append("customer_follow_up")
                yield line, draft

    checked = dataclasses.replace(checked, source=Altered(source, checked.source.data))
    with pytest.raises(importer.ImportRejected):
        importer.write_checked(registry, checked, "paper", batch_size=10)
    assert registry.customers.count() == 20
