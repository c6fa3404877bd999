#!/usr/bin/env python3
"""Benchmark backups on a large registry (default 1,000,000 customers).

A script, not a test. It reuses the registry that ``packaging/bench_gui.py --workdir``
built (``registry-N-seed0``, passphrase from bench_core) or builds it the same way,
copies it to a scratch folder (the source is never written), then measures::

    plain copy        shutil.copyfile of registre.db + fsync (the reference)
    backup create     backup.create_backup: sqlcipher_export under the same key into a
                      private temp file, fsync, rename, reopen read-only, PRAGMA
                      integrity_check, customer count, rotation, audit entry
    backup verify     backup.verify_backup with the raw key (integrity_check + count)
    restore           backup.restore_backup with the passphrase: verify the backup, copy
                      it beside the registry, re-apply tombstones, checkpoint, check the
                      copy, switch (two integrity_checks, two Argon2id key-file unwraps)
    plain restore     shutil.copyfile of the backup over a scratch file + fsync

Usage::

    /tmp/venv/bin/python packaging/bench_backup.py --workdir /work/bench
    /tmp/venv/bin/python packaging/bench_backup.py --customers 20000 --workdir /var/tmp/bench

The figures go to stdout and to packaging/bench_backup_results.txt (--out).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
PACKAGING = Path(__file__).resolve().parent
if str(PACKAGING) not in sys.path:
    sys.path.insert(0, str(PACKAGING))

from bench_core import PASSPHRASE, environment, filesystem, log  # noqa: E402
from bench_gui import build_registry, registry_dir  # noqa: E402

from desktop_app.core import backup  # noqa: E402
from desktop_app.core.keyfile import KeyFile  # noqa: E402
from desktop_app.core.registry import Registry, Unlock  # noqa: E402


def fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def plain_copy(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    fsync(target)


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--workdir", type=Path, default=Path("/work/bench"))
    parser.add_argument("--out", type=Path, default=PACKAGING / "bench_backup_results.txt")
    args = parser.parse_args(argv)

    source = registry_dir(args.workdir, args.customers, 0)
    if not (source / "complete").exists():
        log(f"building {source} ...")
        build_registry(source, args.customers, 0)
    else:
        log(f"reusing {source}")
    scratch = args.workdir / f"bench-backup-{args.customers}"
    shutil.rmtree(scratch, ignore_errors=True)
    live = scratch / "live"
    live.mkdir(parents=True)
    for name in ("registre.db", "registre.keys"):
        plain_copy(source / name, live / name)
    size = (live / "registre.db").stat().st_size

    log("plain copy")
    copy_s, _ = timed(lambda: plain_copy(live / "registre.db", scratch / "plain-copy.db"))
    (scratch / "plain-copy.db").unlink()

    argon_s, _ = timed(
        lambda: KeyFile.load(live / "registre.keys").unlock_with_passphrase(PASSPHRASE)
    )
    registry = Registry.open(live, Unlock(passphrase=PASSPHRASE))
    customers = registry.customers.count()
    try:
        log("backup create")
        create_s, path = timed(lambda: backup.create_backup(registry, scratch / "backups"))
        key = registry._key
        log("backup verify")
        verify_s, info = timed(lambda: backup.verify_backup(path, key))
    finally:
        registry.close()
    assert info.customers == customers
    backup_size = path.stat().st_size

    log("plain restore copy")
    plain_restore_s, _ = timed(lambda: plain_copy(path, scratch / "plain-restore.db"))
    (scratch / "plain-restore.db").unlink()

    log("restore")
    restore_s, result = timed(
        lambda: backup.restore_backup(path, live, Unlock(passphrase=PASSPHRASE))
    )
    assert result.customers == customers

    env = environment()
    rows = [
        ("plain file copy (copyfile + fsync)", copy_s, 1.0),
        ("backup create (export+fsync+verify)", create_s, create_s / copy_s),
        ("backup verify (integrity_check)", verify_s, verify_s / copy_s),
        ("plain copy of the backup (restore ref.)", plain_restore_s, 1.0),
        ("verified restore (2 checks, 2 Argon2id)", restore_s, restore_s / plain_restore_s),
    ]
    lines = [
        "Registre backup benchmark",
        f"customers: {customers:,}; registre.db {size / 1e6:,.0f} MB; "
        f"backup {backup_size / 1e6:,.0f} MB",
        f"cpu: {env.get('cpu')}; cores: {os.cpu_count()}; disk: {filesystem(scratch)}",
        f"one Argon2id passphrase unwrap: {argon_s:.2f} s (restore does two)",
        "",
        f"{'step':<42} {'time':>9} {'x copy':>7}",
        f"{'-' * 42} {'-' * 9} {'-' * 7}",
    ]
    lines += [f"{name:<42} {sec:>8.2f}s {ratio:>6.1f}x" for name, sec, ratio in rows]
    text = "\n".join(lines) + "\n"
    print(text)
    args.out.write_text(text, encoding="utf-8")
    shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
