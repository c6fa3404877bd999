#!/usr/bin/env python3
"""Benchmark the Registre core on a large registry (default 1,000,000 customers).

A script, not a test: it builds a real encrypted registry of demo customers
through the real import path, then a plain (unencrypted) SQLite copy holding the
same rows, and prints open, unlock, import, search, size and memory figures
next to their targets::

    /tmp/venv/bin/python packaging/bench_core.py                      # 1M customers
    /tmp/venv/bin/python packaging/bench_core.py --customers 20000    # quick check
    /tmp/venv/bin/python packaging/bench_core.py --json results.json --workdir /var/tmp

Everything is written under --workdir (default: the system temp folder), which
must be on a local disk; the files are removed at the end unless --keep.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

import sqlcipher3  # noqa: E402

from desktop_app.core import consent, database, importer, schema, search  # noqa: E402
from desktop_app.core.customers import CustomerDraft  # noqa: E402
from desktop_app.core.demo import demo_drafts  # noqa: E402
from desktop_app.core.registry import Registry, Unlock  # noqa: E402

PASSPHRASE = "benchmark passphrase, not a secret"
BATCH = 5_000
OPENS = 20
UNLOCKS = 5
QUERIES = 200
LIMIT = 50
FIRST_PAGE_SQL = "SELECT id, reference FROM customer ORDER BY sort_key, id LIMIT 50"

TARGET_OPEN_MS = 50.0
TARGET_IMPORT_RATIO = 0.25
TARGET_SEARCH_P95_MS = 20.0
TARGET_SEARCH_VS_PLAIN = 1.5

_started = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - _started:7.1f} s] {message}", file=sys.stderr, flush=True)


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def p95_ms(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))] * 1000


def filesystem(path: Path) -> str:
    """The mount point and file system type holding ``path`` (to check it is a local disk)."""
    best = ("?", "", "?")
    where = str(path.resolve())
    try:
        for line in Path("/proc/mounts").read_text().splitlines():
            device, mount, fstype = line.split()[:3]
            inside = where == mount or where.startswith(mount.rstrip("/") + "/")
            if inside and len(mount) >= len(best[1]):
                best = (device, mount, fstype)
    except OSError:
        pass
    return f"{best[2]} on {best[0]}, mounted at {best[1]}"


def file_size(path: Path) -> int:
    return sum(
        p.stat().st_size
        for p in (path, path.with_name(path.name + "-wal"))
        if p.exists()  # the WAL is truncated by the checkpoint on close
    )


# -- environment -------------------------------------------------------------------


def environment() -> dict[str, Any]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.0f} GiB RAM"
                break
    except (OSError, ValueError):
        pass
    conn = sqlcipher3.connect(":memory:")
    sqlite_version = conn.execute("SELECT sqlite_version()").fetchone()[0]
    cipher_version = conn.execute("PRAGMA cipher_version").fetchone()[0]
    conn.close()
    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "host": platform.node(),
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "memory": memory,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite_version,
        "sqlcipher": cipher_version,
        "sqlcipher3_package": metadata.version("sqlcipher3"),
    }


# -- import ------------------------------------------------------------------------


class TimedDrafts:
    """Wraps the demo generator and counts the time spent generating, to subtract it."""

    def __init__(self, drafts: Iterator[CustomerDraft]) -> None:
        self._drafts = enumerate(drafts, start=1)
        self.spent = 0.0

    def __iter__(self) -> TimedDrafts:
        return self

    def __next__(self) -> tuple[int, CustomerDraft]:
        start = time.perf_counter()
        try:
            return next(self._drafts)
        finally:
            self.spent += time.perf_counter() - start


def import_encrypted(registry: Registry, count: int, seed: int) -> dict[str, float]:
    drafts = TimedDrafts(demo_drafts(count, seed))
    start = time.perf_counter()
    prepared = importer.check_all(registry, drafts, [], [])
    check_all = time.perf_counter() - start
    log(f"checked {len(prepared):,} customers")

    def progress(written: int) -> None:
        if written % 100_000 == 0 or written == count:
            log(f"written {written:,}")

    start = time.perf_counter()
    importer.write_batches(registry, prepared, "in_store", BATCH, progress)
    write = time.perf_counter() - start
    return {
        "generate_s": drafts.spent,
        "prepare_s": check_all - drafts.spent,
        "write_s": write,
    }


def _plain_connect(path: Path) -> Any:
    """Plain SQLite: sqlcipher3 without a key is the same engine (3.53) with no encryption."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(f"PRAGMA application_id = {database.APPLICATION_ID}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA cache_size = -64000")
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def _copy_rows(source: Any, target: Any, table: str) -> None:
    rows = source.execute(f"SELECT * FROM {table}").fetchall()
    if rows:
        marks = ",".join("?" * len(rows[0]))
        target.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)


def _customer_batches(source: Any, count_max_id: int) -> Iterator[dict[str, list[Any]]]:
    """The rows the import wrote, read back per batch of BATCH customers, in insert order."""
    for low in range(1, count_max_id + 1, BATCH):
        high = low + BATCH - 1
        span = (low, high)
        fields_rows = source.execute(
            "SELECT customer_id, field, value, collected_at FROM customer_field "
            "WHERE customer_id BETWEEN ? AND ? ORDER BY customer_id",
            span,
        ).fetchall()
        by_customer: dict[int, dict[str, str]] = {}
        for cid, code, value, _ in fields_rows:
            by_customer.setdefault(cid, {})[code] = value
        yield {
            "customer": source.execute(
                "SELECT id, reference, sort_key, created_at, updated_at FROM customer "
                "WHERE id BETWEEN ? AND ? ORDER BY id",
                span,
            ).fetchall(),
            "customer_field": fields_rows,
            "customer_purpose": source.execute(
                "SELECT customer_id, purpose_code, attached_at FROM customer_purpose "
                "WHERE customer_id BETWEEN ? AND ? ORDER BY customer_id",
                span,
            ).fetchall(),
            "consent_event": source.execute(
                "SELECT customer_id, purpose_code, wording_version, action, channel, staff_id, "
                "occurred_at, signature FROM consent_event WHERE customer_id BETWEEN ? AND ? "
                "ORDER BY id",
                span,
            ).fetchall(),
            # Same function the import uses; the FTS table is contentless, so the
            # terms cannot be read back and are recomputed from the stored fields.
            "customer_search": [
                (cid, terms)
                for cid, values in sorted(by_customer.items())
                if (terms := search.terms_for(values))
            ],
        }


def build_plain(encrypted: Path, key: bytes, plain: Path, max_id: int) -> dict[str, float]:
    """Insert the same row tuples into a plain database; only the inserts are timed."""
    source = database.open_existing(encrypted, key)
    target = _plain_connect(plain)
    schema.migrate(target)
    target.execute("BEGIN IMMEDIATE")
    for table in ("meta", "business", "staff", "purpose", "purpose_wording"):
        _copy_rows(source, target, table)
    target.execute("COMMIT")
    statements = (
        (
            "customer",
            "INSERT INTO customer (id, reference, sort_key, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?)",
        ),
        (
            "customer_field",
            "INSERT INTO customer_field (customer_id, field, value, collected_at) "
            "VALUES (?, ?, ?, ?)",
        ),
        (
            "customer_purpose",
            "INSERT INTO customer_purpose (customer_id, purpose_code, attached_at) "
            "VALUES (?, ?, ?)",
        ),
        ("consent_event", consent.INSERT_SQL),
        ("customer_search", "INSERT INTO customer_search(rowid, terms) VALUES (?, ?)"),
    )
    spent = 0.0
    rows = 0
    for batch in _customer_batches(source, max_id):
        start = time.perf_counter()
        target.execute("BEGIN IMMEDIATE")
        for table, sql in statements:
            target.executemany(sql, batch[table])
        target.execute("COMMIT")
        spent += time.perf_counter() - start
        rows += sum(len(batch[table]) for table, _ in statements)
        done = batch["customer"][-1][0] if batch["customer"] else 0
        if done % 100_000 == 0:
            log(f"plain copy: {done:,}")
    source.close()
    target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    target.close()
    return {"plain_write_s": spent, "plain_rows": rows}


# -- opening -----------------------------------------------------------------------


def time_opens(db: Path, key: bytes) -> list[float]:
    samples = []
    for _ in range(OPENS):
        start = time.perf_counter()
        conn = database.open_existing(db, key)
        conn.execute(FIRST_PAGE_SQL).fetchall()
        samples.append(time.perf_counter() - start)
        conn.close()
    return samples


def time_unlocks(data_dir: Path) -> list[float]:
    samples = []
    for _ in range(UNLOCKS):
        start = time.perf_counter()
        registry = Registry.open(data_dir, Unlock(passphrase=PASSPHRASE, use_keyring=False))
        registry.customers.find("", limit=LIMIT)
        samples.append(time.perf_counter() - start)
        registry.close()
    return samples


# -- search ------------------------------------------------------------------------


def make_queries(conn: Any, max_id: int, seed: int) -> list[tuple[str, str]]:
    """(kind, text): what people type, from values really stored, accent-free."""
    rng = random.Random(seed)
    plan = (
        ["last_name"] * 70
        + ["first_name"] * 50
        + ["last_first"] * 20
        + ["email"] * 30
        + ["phone"] * 30
    )
    queries: list[tuple[str, str]] = []
    for kind in plan:
        while True:
            cid = rng.randrange(1, max_id + 1)
            values = dict(
                conn.execute(
                    "SELECT field, value FROM customer_field WHERE customer_id = ?", (cid,)
                ).fetchall()
            )
            text = _query_text(rng, kind, values)
            if text and len(text.strip()) >= 2:
                queries.append((kind, text))
                break
    rng.shuffle(queries)
    return queries


def _query_text(rng: random.Random, kind: str, values: dict[str, str]) -> str | None:
    if kind in ("last_name", "first_name"):
        name = values.get(kind)
        return search.fold(name)[: rng.randint(2, 6)].rstrip() if name else None
    if kind == "last_first":
        last, first = values.get("last_name"), values.get("first_name")
        if not (last and first):
            return None
        return f"{search.fold(last)} {search.fold(first)[: rng.randint(1, 3)]}"
    if kind == "email":
        email = values.get("email")
        return email[: rng.randint(3, 10)] if email else None
    phone = values.get("phone")
    if not phone:
        return None
    national = search.phone_tokens(phone)[0]  # '0612345678'
    digits = national[: rng.randint(4, 8)]
    if rng.random() < 0.3:  # typed with spaces: '06 12 34'
        return " ".join(digits[i : i + 2] for i in range(0, len(digits), 2))
    return digits


def time_queries(run: Callable[[str], object], queries: list[tuple[str, str]]) -> list[float]:
    samples = []
    for _, text in queries:
        start = time.perf_counter()
        run(text)
        samples.append(time.perf_counter() - start)
    return samples


def time_pairs(
    encrypted: Any, plain: Any, queries: list[tuple[str, str]]
) -> tuple[list[float], list[float]]:
    """Each query on both connections in turn (alternating which goes first), so that
    any load from other processes weighs on both sides alike."""
    samples: tuple[list[float], list[float]] = ([], [])
    for number, (_, text) in enumerate(queries):
        sides = [(samples[0], encrypted), (samples[1], plain)]
        for timings, conn in reversed(sides) if number % 2 else sides:
            start = time.perf_counter()
            search.search_ids(conn, text, LIMIT)
            timings.append(time.perf_counter() - start)
    return samples


def bench_search(data_dir: Path, plain: Path, queries: list[tuple[str, str]]) -> dict[str, Any]:
    """Each sweep starts on freshly opened connections (empty page cache; OS cache warm)."""
    figures: dict[str, Any] = {}
    hits: dict[str, int] = {}

    registry = Registry.open(data_dir, Unlock(passphrase=PASSPHRASE, use_keyring=False))
    plain_conn = _plain_connect(plain)
    first, plain_first = time_pairs(registry.conn, plain_conn, queries)
    again, plain_again = time_pairs(registry.conn, plain_conn, queries)
    for _, text in queries:
        hits[text] = len(search.search_ids(registry.conn, text, LIMIT))
    plain_conn.close()
    registry.close()

    registry = Registry.open(data_dir, Unlock(passphrase=PASSPHRASE, use_keyring=False))
    find_first = time_queries(lambda t: registry.customers.find(t, limit=LIMIT), queries)
    find_again = time_queries(lambda t: registry.customers.find(t, limit=LIMIT), queries)
    registry.close()

    for name, samples in (
        ("search_encrypted_first", first),
        ("search_encrypted_repeat", again),
        ("search_plain_first", plain_first),
        ("search_plain_repeat", plain_again),
        ("find_encrypted_first", find_first),
        ("find_encrypted_repeat", find_again),
    ):
        figures[name] = {
            "median_ms": median_ms(samples),
            "p95_ms": p95_ms(samples),
            "max_ms": max(samples) * 1000,
        }
    slowest = sorted(zip(first, queries, strict=True), reverse=True)[:5]
    figures["slowest_encrypted_first"] = [
        {"ms": s * 1000, "kind": kind, "text": text, "hits": hits[text]}
        for s, (kind, text) in slowest
    ]
    figures["queries_with_full_page"] = sum(1 for n in hits.values() if n == LIMIT)
    figures["queries_without_hit"] = sum(1 for n in hits.values() if n == 0)
    return figures


# -- report ------------------------------------------------------------------------


def _load(averages: tuple[float, float, float]) -> str:
    return "/".join(f"{a:.1f}" for a in averages)


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def report(results: dict[str, Any]) -> str:
    env, n = results["environment"], results["customers"]
    imp, srch = results["import"], results["search"]
    rows: list[tuple[str, str, str, str]] = []

    def row(label: str, value: str, target: str = "", status: str = "") -> None:
        rows.append((label, value, target, status))

    def spent(seconds: float) -> str:
        return f"{seconds:.1f} s ({seconds / n * 1e6:.1f} us/cust.)"

    def spread(figures: dict[str, float]) -> str:
        return f"{figures['median_ms']:.2f} / {figures['p95_ms']:.2f} ms"

    open_ms = results["open_ms"]
    row(
        "Open with raw key + first page (median of 20)",
        f"{open_ms:.2f} ms",
        f"<= {TARGET_OPEN_MS:.0f} ms",
        verdict(open_ms <= TARGET_OPEN_MS),
    )
    row("  (max of 20)", f"{results['open_max_ms']:.2f} ms")
    row("Unlock with passphrase: Argon2id + open (median of 5)", f"{results['unlock_ms']:.0f} ms")
    ratio = imp["rate"] / imp["plain_rate"]
    row("Import, real path (prepare + write_batches)", f"{imp['rate']:,.0f} customers/s")
    row("Import, plain SQLite executemany, same rows", f"{imp['plain_rate']:,.0f} customers/s")
    row(
        "Import ratio real / plain",
        f"{ratio:.1%}",
        f">= {TARGET_IMPORT_RATIO:.0%}",
        verdict(ratio >= TARGET_IMPORT_RATIO),
    )
    row("  prepare() (validation)", spent(imp["prepare_s"]))
    row("  write_batches (rows, FTS, SQLCipher)", spent(imp["write_s"]))
    row("  plain executemany (same tuples)", spent(imp["plain_write_s"]))
    write_ratio = imp["plain_write_s"] / imp["write_s"]
    row("  write only: real write / plain rate", f"{write_ratio:.1%}")
    row("  demo generation (not counted)", f"{imp['generate_s']:.1f} s")
    enc, plain = srch["search_encrypted_first"], srch["search_plain_first"]
    row("Prefix search search_ids, encrypted, median", f"{enc['median_ms']:.2f} ms")
    row(
        "Prefix search search_ids, encrypted, p95",
        f"{enc['p95_ms']:.2f} ms",
        f"<= {TARGET_SEARCH_P95_MS:.0f} ms",
        verdict(enc["p95_ms"] <= TARGET_SEARCH_P95_MS),
    )
    row("Prefix search, plain copy, median / p95", spread(plain))
    vs = enc["p95_ms"] / plain["p95_ms"] if plain["p95_ms"] else float("inf")
    row(
        "Search p95 encrypted / plain",
        f"{vs:.2f}x",
        f"<= {TARGET_SEARCH_VS_PLAIN}x",
        verdict(vs <= TARGET_SEARCH_VS_PLAIN),
    )
    vs_med = enc["median_ms"] / plain["median_ms"] if plain["median_ms"] else float("inf")
    row("  median encrypted / plain", f"{vs_med:.2f}x")
    rep, prep = srch["search_encrypted_repeat"], srch["search_plain_repeat"]
    row("  repeat (warm cache) enc / plain p95", f"{rep['p95_ms']:.2f} / {prep['p95_ms']:.2f} ms")
    row("customers.find(text, limit=50), median / p95", spread(srch["find_encrypted_first"]))
    row("  repeat (warm cache), median / p95", spread(srch["find_encrypted_repeat"]))
    sizes = results["sizes"]
    row(
        "File size encrypted / plain",
        f"{sizes['encrypted'] / 1e6:,.1f} / {sizes['plain'] / 1e6:,.1f} MB",
    )
    row("Peak RSS of the benchmark process", f"{results['peak_rss_mb']:,.0f} MB")

    width = max(len(r[0]) for r in rows)
    vwidth = max(len(r[1]) for r in rows)
    lines = [
        f"Registre core benchmark, {n:,} customers, {env['date']}",
        f"Machine: {env['nproc']} CPU ({env['cpu']}), {env['memory']}, {env['platform']}",
        f"Python {env['python']}, SQLite {env['sqlite']}, SQLCipher {env['sqlcipher']} "
        f"(sqlcipher3 {env['sqlcipher3_package']})",
        f"Work folder: {results['workdir']} ({results['filesystem']})",
        f"Whole run: {results['run_s']:.0f} s; load average (1/5/15 min) at start "
        f"{_load(results['load_average_start'])}, at end {_load(results['load_average_end'])}",
        "",
        f"{'Figure':<{width}}  {'Value':>{vwidth}}  {'Target':<10}  Status",
        "-" * (width + vwidth + 26),
    ]
    for label, value, target, status in rows:
        lines.append(f"{label:<{width}}  {value:>{vwidth}}  {target:<10}  {status}".rstrip())
    lines += ["", "Slowest encrypted searches (first run):"]
    for item in srch["slowest_encrypted_first"]:
        lines.append(
            f"  {item['ms']:7.2f} ms  {item['kind']:<10} {item['text']!r} ({item['hits']} ids)"
        )
    lines += [
        f"  {srch['queries_with_full_page']} of {QUERIES} queries filled a page of {LIMIT}, "
        f"{srch['queries_without_hit']} found nothing.",
        "",
        "How it is measured:",
        "- Open: database.open_existing(path, raw key) (keying, application_id/user_version/"
        "schema checks, pragmas) + the first list page (50 rows by sort_key); what",
        "  Registry.open costs once the key is unwrapped. Unlock: Registry.open with the "
        "passphrase (key file, Argon2id, AES-GCM unwrap, open) + first page.",
        f"- Import: demo drafts through importer.check_all (prepare, all validation) then "
        f"importer.write_batches(batch {BATCH:,}, one transaction each, WAL, synchronous FULL);",
        "  demo generation time is measured and subtracted. Baseline: the SAME row tuples "
        "(customer, customer_field, customer_purpose, consent_event, customer_search),",
        "  read back from the encrypted file (FTS terms recomputed with search.terms_for), "
        "inserted with executemany and the same SQL, same batches and transactions, same",
        "  pragmas, into a database made by the same schema.migrate with sqlcipher3.connect() "
        "and NO key (plain SQLite, same engine). Only the inserts and commits are timed.",
        f"- Search: {QUERIES} queries (prefixes of 2-6 letters of stored last and first names, "
        "accent-free, 'last f' pairs, e-mail prefixes, phone prefixes with or without spaces),",
        f"  search.search_ids(conn, text, {LIMIT}) on the encrypted registry and on the plain "
        "copy, each query on both in turn; 'first' = each query once on freshly opened",
        "  connections (empty SQLite page cache, OS file cache warm), 'repeat' = the same "
        "queries again. find() = CustomerService.find(text, limit=50), ids + rows.",
        "- Peak RSS: getrusage(RUSAGE_SELF).ru_maxrss; the import holds every prepared "
        "customer in memory before writing, as importer.check_all does.",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--workdir", type=Path, default=None, help="a folder on a local disk")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", action="store_true", help="keep the databases afterwards")
    args = parser.parse_args(argv)

    base = args.workdir or Path(tempfile.gettempdir())
    base.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="registre-bench-", dir=base))
    data_dir, plain = work / "registry", work / "plain.db"
    results: dict[str, Any] = {
        "customers": args.customers,
        "seed": args.seed,
        "workdir": str(work),
        "filesystem": filesystem(work),
        "environment": environment(),
        "load_average_start": os.getloadavg(),
    }
    try:
        log(f"creating the registry in {work}")
        created = Registry.create(
            data_dir, "Boutique Bench", passphrase=PASSPHRASE, use_keyring=False
        )
        registry = created.registry
        imp = import_encrypted(registry, args.customers, args.seed)
        max_id = registry.customers.count()
        key = registry.keyfile.unlock_with_passphrase(PASSPHRASE)[0]
        registry.close()
        log("import done; building the plain copy")
        imp.update(build_plain(data_dir / "registre.db", key, plain, max_id))
        n = args.customers
        imp["rate"] = n / (imp["prepare_s"] + imp["write_s"])
        imp["plain_rate"] = n / imp["plain_write_s"]
        imp["prepare_us"] = imp["prepare_s"] / n * 1e6
        imp["write_us"] = imp["write_s"] / n * 1e6
        imp["plain_us"] = imp["plain_write_s"] / n * 1e6
        results["import"] = imp
        results["sizes"] = {
            "encrypted": file_size(data_dir / "registre.db"),
            "plain": file_size(plain),
        }

        log("timing opens")
        opens = time_opens(data_dir / "registre.db", key)
        results["open_ms"] = median_ms(opens)
        results["open_max_ms"] = max(opens) * 1000
        log("timing unlocks")
        results["unlock_ms"] = median_ms(time_unlocks(data_dir))

        log("timing searches")
        conn = database.open_existing(data_dir / "registre.db", key)
        queries = make_queries(conn, max_id, args.seed + 1)
        conn.close()
        results["queries"] = queries
        results["search"] = bench_search(data_dir, plain, queries)
        results["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        results["run_s"] = time.perf_counter() - _started
        results["load_average_end"] = os.getloadavg()
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    table = report(results)
    print(table)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", "utf-8")
    log("done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
