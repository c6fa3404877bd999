#!/usr/bin/env python3
"""Benchmark the memory and time of a bulk import: the old way against the two-pass way.

A script, not a test. It writes a CSV of ``--count`` demo customers (default 200,000),
then imports it into a fresh encrypted registry, each way in its own child process:

- ``old``: the way before: ``read_drafts`` -> ``check_all`` (every line prepared and
  kept in one list) -> ``write_batches`` over that list; reimplemented here, as the
  baseline, with the same calls the CLI made;
- ``new``: ``importer.import_file`` as the CLI and the GUI do now: the file's bytes read
  once, pass 1 checks every line keeping only the count and the problems, pass 2 parses
  the same bytes again and prepares + writes batch by batch.

Each way runs twice: once untraced for the time and the peak RSS (Linux VmHWM, reset
after the registry is created so that Argon2's 64 MiB does not hide the import), and once
under tracemalloc for the peak of Python allocations (slower; ``--no-trace`` skips it)::

    .venv/bin/python packaging/bench_import.py                    # 200,000 customers
    .venv/bin/python packaging/bench_import.py --count 1000000    # the README figure

Files go under --workdir (default: the system temp folder, a private folder removed at
the end); the CSV holds demo data only.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from desktop_app.core import importer  # noqa: E402
from desktop_app.core.demo import demo_drafts  # noqa: E402
from desktop_app.core.registry import Registry  # noqa: E402

PASSPHRASE = "benchmark passphrase, not a secret"
BATCH = 500  # the CLI's default --batch-size
FIELDS = ("last_name", "first_name", "email", "phone", "postal_address", "birthday")


def write_csv(path: Path, count: int, seed: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([*FIELDS, "purposes", "consents"])
        for draft in demo_drafts(count, seed):
            writer.writerow(
                [
                    *(draft.fields.get(code, "") for code in FIELDS),
                    ";".join(draft.purposes),
                    ";".join(draft.consents),
                ]
            )


def _status_mb(key: str) -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _reset_peak_rss() -> bool:
    """Linux: reset VmHWM to the current RSS (``clear_refs`` 5)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def import_old(registry: Registry, path: Path) -> int:
    """Before: every line prepared and kept, then written from that list."""
    prepared = importer.check_all(registry, importer.read_drafts(path), [], [])
    return importer.write_batches(registry, prepared, "in_store", BATCH)


def import_new(registry: Registry, path: Path) -> int:
    """Now: the bytes once, check pass then prepare-and-write pass, batch by batch."""
    return importer.import_file(registry, path, "in_store", batch_size=BATCH)


def child(mode: str, path: Path, data_dir: Path, trace: bool) -> dict[str, Any]:
    registry = Registry.create(
        data_dir, "Boutique Bench", passphrase=PASSPHRASE, use_keyring=False
    ).registry
    run = import_old if mode == "old" else import_new
    try:
        reset = _reset_peak_rss()
        rss_before = _status_mb("VmRSS")
        if trace:
            tracemalloc.start()
        start = time.perf_counter()
        imported = run(registry, path)
        seconds = time.perf_counter() - start
        traced_peak = tracemalloc.get_traced_memory()[1] / 1e6 if trace else None
        if trace:
            tracemalloc.stop()
        peak_rss = _status_mb("VmHWM") if reset else None
        assert registry.customers.count() == imported
    finally:
        registry.close()
    return {
        "mode": mode,
        "traced": trace,
        "imported": imported,
        "seconds": seconds,
        "rss_before_mb": rss_before,
        "peak_rss_mb": peak_rss,
        "ru_maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "tracemalloc_peak_mb": traced_peak,
    }


def run_child(mode: str, path: Path, workdir: Path, trace: bool) -> dict[str, Any]:
    data_dir = workdir / f"registry-{mode}-{'traced' if trace else 'plain'}"
    command = [sys.executable, __file__, "--child", mode, "--file", str(path)]
    command += ["--data-dir", str(data_dir)] + (["--trace"] if trace else [])
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"child {mode} failed:\n{done.stderr}")
    shutil.rmtree(data_dir, ignore_errors=True)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _mb(value: float | None) -> str:
    return "n/a" if value is None else f"{value:,.0f} MB"


def report(count: int, size: int, results: list[dict[str, Any]]) -> str:
    by = {(r["mode"], r["traced"]): r for r in results}
    old, new = by[("old", False)], by[("new", False)]
    lines = [
        f"Bulk import memory, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, "
        f"Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} CPUs",
        f"customers: {count:,}; CSV file {size / 1e6:,.1f} MB; batch {BATCH:,} "
        "(one transaction each)",
        "",
        f"{'':44}{'old (prepare all)':>20}{'new (two passes)':>20}",
    ]

    def row(label: str, a: str, b: str) -> None:
        lines.append(f"{label:44}{a:>20}{b:>20}")

    row(
        "Peak RSS during the import (VmHWM)",
        _mb(old["peak_rss_mb"]),
        _mb(new["peak_rss_mb"]),
    )
    row(
        "RSS before the import (registry open)",
        _mb(old["rss_before_mb"]),
        _mb(new["rss_before_mb"]),
    )
    if old["peak_rss_mb"] and new["peak_rss_mb"]:
        grow_old = old["peak_rss_mb"] - old["rss_before_mb"]
        grow_new = new["peak_rss_mb"] - new["rss_before_mb"]
        row("Growth of RSS due to the import", _mb(grow_old), _mb(grow_new))
    row("Time (untraced)", f"{old['seconds']:,.1f} s", f"{new['seconds']:,.1f} s")
    row(
        "Rate (untraced)",
        f"{count / old['seconds']:,.0f} /s",
        f"{count / new['seconds']:,.0f} /s",
    )
    if ("old", True) in by and ("new", True) in by:
        told, tnew = by[("old", True)], by[("new", True)]
        row(
            "tracemalloc peak (Python allocations)",
            _mb(told["tracemalloc_peak_mb"]),
            _mb(tnew["tracemalloc_peak_mb"]),
        )
        row("Time under tracemalloc", f"{told['seconds']:,.1f} s", f"{tnew['seconds']:,.1f} s")
    lines += [
        "",
        "How it is measured: each way in its own child process, into a fresh encrypted registry",
        "(SQLCipher, WAL, synchronous FULL). Peak RSS = VmHWM from /proc/self/status, reset",
        "(/proc/self/clear_refs 5) after the registry is created, read after the import.",
        "old = read_drafts -> check_all (keeps every PreparedCustomer) -> write_batches;",
        "new = importer.import_file (ImportFile bytes once; check_file pass; batches pass).",
        "The new way parses and checks every line twice: that is its time cost.",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workdir", type=Path, default=None, help="a folder on a local disk")
    parser.add_argument("--no-trace", action="store_true", help="skip the tracemalloc runs")
    parser.add_argument("--output", type=Path, default=None, help="also write the report here")
    parser.add_argument("--child", choices=("old", "new"), help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        print(json.dumps(child(args.child, args.file, args.data_dir, args.trace)))
        return 0

    workdir = Path(tempfile.mkdtemp(prefix="registre-bench-import-", dir=args.workdir))
    try:
        source = workdir / "customers.csv"
        write_csv(source, args.count, args.seed)
        size = source.stat().st_size
        print(f"wrote {args.count:,} customers ({size / 1e6:,.1f} MB)", file=sys.stderr)
        results = []
        for trace in (False,) if args.no_trace else (False, True):
            for mode in ("old", "new"):
                results.append(run_child(mode, source, workdir, trace))
                print(json.dumps(results[-1]), file=sys.stderr)
        text = report(args.count, size, results)
        print(text)
        if args.output is not None:
            args.output.write_text(text + "\n", encoding="utf-8")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
