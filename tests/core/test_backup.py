"""Backups (issue 5, item 4): encrypted, atomic, verified, rotated; restore keeps erasures.

Everything runs on real SQLCipher files; the SIGKILL test kills a real ``registre-cli``
child process while it writes a backup.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from keyring.backends import fail

from desktop_app.core import backup, importer
from desktop_app.core.demo import demo_drafts
from desktop_app.core.errors import BackupError, RegistryLockedError
from desktop_app.core.registry import Created, Registry, Unlock
from tests.core.conftest import PASSPHRASE, REPO, add_customer
from tests.core.test_canaries import NEEDLES, capture
from tests.core.test_erasure import BYSTANDER, add_person, erase
from tests.support.files import files_containing, snapshot
from tests.support.memory_keyring import installed_keyring


def writing_backup(entry: os.DirEntry[str]) -> bool:
    """A backup database temp file with bytes in it: sqlcipher_export is writing."""
    name = entry.name
    try:
        return name.startswith(".registre-") and ".db." in name and entry.stat().st_size > 0
    except FileNotFoundError:
        return False


def customer_refs(registry: Registry) -> set[str]:
    return {row[0] for row in registry.conn.execute("SELECT reference FROM customer")}


def test_backup_holds_no_canary_and_verifies(registry: Registry, tmp_path: Path) -> None:
    capture(registry)
    folder = tmp_path / "usb"
    path = backup.create_backup(registry, folder)
    assert path.name.startswith("registre-") and path.suffix == ".db"
    assert backup.keys_path(path).is_file()
    assert files_containing(folder, NEEDLES) == {}
    assert path.stat().st_mode & 0o777 == 0o600
    assert backup.keys_path(path).stat().st_mode & 0o777 == 0o600
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]  # no temp file left
    info = backup.verify_backup(path, Unlock(passphrase=PASSPHRASE))
    assert info.customers == registry.customers.count() == 200
    assert info.registry_id == registry.registry_id
    actions = [r[0] for r in registry.conn.execute("SELECT action FROM audit_entry ORDER BY id")]
    assert actions[-1] == "backup_created"
    age = backup.last_backup_age(folder)
    assert age is not None and age < timedelta(minutes=1) < backup.OLD_BACKUP_AGE


def test_rotation_keeps_the_newest(registry: Registry, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    assert backup.last_backup_age(folder) is None
    made = [backup.create_backup(registry, folder, keep=3) for _ in range(5)]
    kept = backup.list_backups(folder)
    assert kept == made[-3:]
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [p.name for p in kept] + [backup.keys_path(p).name for p in kept]
    )


def test_leftovers_of_a_crash_are_cleaned(registry: Registry, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / ".registre-20260101-000000.db.abc.tmp").write_bytes(b"half")
    (folder / "registre-20260101-000000.keys").write_bytes(b"{}")  # its .db never arrived
    path = backup.create_backup(registry, folder)
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [path.name, backup.keys_path(path).name]
    )


def test_erased_person_stays_erased_after_restore(
    make_registry: Callable[..., Created], data_dir: Path, tmp_path: Path
) -> None:
    registry = make_registry().registry
    bystander = add_customer(registry, BYSTANDER, ["customer_follow_up"])
    person = add_person(registry, ["customer_follow_up"])
    person_ref = registry.customers.get(person).reference
    bystander_ref = registry.customers.get(bystander).reference
    path = backup.create_backup(registry, tmp_path / "backups")
    erase(registry, person)
    other = add_customer(
        registry, {"last_name": "Later", "first_name": "Added"}, ["customer_follow_up"]
    )
    assert other
    registry.close()

    with (
        pytest.raises(RegistryLockedError),
        Registry.open(data_dir, Unlock(passphrase=PASSPHRASE)),
    ):
        backup.restore_backup(path, data_dir, Unlock(passphrase=PASSPHRASE))

    result = backup.restore_backup(path, data_dir, Unlock(passphrase=PASSPHRASE))
    assert result.reapplied_erasures == 1
    assert result.customers == 1  # the bystander; the person erased again on the copy
    assert result.before_restore is not None and result.before_restore.exists()
    with Registry.open(data_dir, Unlock(passphrase=PASSPHRASE)) as restored:
        refs = customer_refs(restored)
        assert bystander_ref in refs and person_ref not in refs
        assert restored.reapplied_erasures == 0  # done before the switch
        sql = "SELECT action FROM audit_entry ORDER BY id"
        actions = [r[0] for r in restored.conn.execute(sql)]
        assert "erasure_reapplied" in actions and actions[-1] == "backup_restored"
    for name in os.listdir(data_dir):
        assert not name.startswith(".registre-"), name


def test_restore_with_recovery_code_and_no_keyring(
    make_registry: Callable[..., Created], tmp_path: Path
) -> None:
    created = make_registry()
    registry = created.registry
    capture(registry)
    path = backup.create_backup(registry, tmp_path / "backups")
    registry.close()
    elsewhere = tmp_path / "new-machine"
    unlock = Unlock(recovery_code=created.recovery_code, use_keyring=False)
    with installed_keyring(fail.Keyring()):
        assert backup.verify_backup(path, unlock).customers == 200
        result = backup.restore_backup(path, elsewhere, unlock)
        assert result.customers == 200 and result.before_restore is None
        with Registry.open(elsewhere, unlock) as restored:
            assert restored.customers.count() == 200
    assert files_containing(elsewhere, NEEDLES) == {}


def test_corrupt_backup_is_refused_and_nothing_changes(
    registry: Registry, data_dir: Path, tmp_path: Path
) -> None:
    capture(registry)
    path = backup.create_backup(registry, tmp_path / "backups")
    registry.close()
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(64)
    path.write_bytes(bytes(data))
    before = snapshot(data_dir)
    with pytest.raises(BackupError) as caught:
        backup.restore_backup(path, data_dir, Unlock(passphrase=PASSPHRASE))
    assert caught.value.code == "backup_damaged"
    assert "damaged" in caught.value.message("en")
    assert snapshot(data_dir) == before
    with pytest.raises(BackupError):
        backup.verify_backup(path, Unlock(passphrase=PASSPHRASE))
    backup.keys_path(path).unlink()
    with pytest.raises(BackupError) as missing:
        backup.verify_backup(path, Unlock(passphrase=PASSPHRASE))
    assert missing.value.code == "backup_keys_missing"


def test_cli_backup_create_verify_restore(
    registry: Registry,
    data_dir: Path,
    tmp_path: Path,
    cli: Callable[..., subprocess.CompletedProcess[str]],
) -> None:
    capture(registry)
    registry.close()
    folder = tmp_path / "backups"
    made = cli("backup", "create", "--to", str(folder), "--keep", "2", "--json", check=True)
    assert '"customers": 200' in made.stdout
    path = backup.list_backups(folder)[-1]
    assert "ok" in cli("backup", "verify", str(path), check=True).stdout
    restored = cli("backup", "restore", str(path), "--json", check=True)
    assert '"customers": 200' in restored.stdout
    path.write_bytes(b"not a database at all" * 100)
    refused = cli("backup", "restore", str(path))
    assert refused.returncode == 1 and "damaged" in refused.stderr


def test_sigkill_during_backup_leaves_registry_and_previous_backup(
    data_dir: Path, tmp_path: Path
) -> None:
    created = Registry.create(data_dir, "Boutique", passphrase=PASSPHRASE, use_keyring=False)
    registry = created.registry
    try:
        prepared = importer.check_all(
            registry, enumerate(demo_drafts(20_000, seed=3), start=1), [], []
        )
        importer.write_batches(registry, prepared, "in_store", 2_000)
        count = registry.customers.count()
        folder = tmp_path / "backups"
        previous = backup.create_backup(registry, folder)
    finally:
        registry.close()
    previous_hash = snapshot(folder)

    env = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "REGISTRE_PASSPHRASE": PASSPHRASE,
        "PYTHONPATH": str(REPO),
    }
    command = [sys.executable, "-m", "desktop_app.core.cli", "--data-dir", str(data_dir)]
    command += ["backup", "create", "--to", str(folder)]
    killed_while_writing = False
    for _ in range(5):
        child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and child.poll() is None:
            with os.scandir(folder) as entries:
                writing = any(writing_backup(entry) for entry in entries)
            if writing:
                child.send_signal(signal.SIGKILL)
                child.wait()
                killed_while_writing = True
                break
        if child.poll() is None:
            child.kill()
        child.wait()
        child.stdout.close()  # type: ignore[union-attr]
        child.stderr.close()  # type: ignore[union-attr]
        if killed_while_writing:
            break
        # finished before the kill: drop its backup and try again
        for extra in backup.list_backups(folder):
            if extra != previous:
                extra.unlink()
                backup.keys_path(extra).unlink()
    assert killed_while_writing

    assert backup.list_backups(folder) == [previous]
    for name, digest in previous_hash.items():
        assert snapshot(folder)[name] == digest
    assert backup.verify_backup(previous, Unlock(passphrase=PASSPHRASE)).customers == count
    with Registry.open(data_dir, Unlock(passphrase=PASSPHRASE)) as reopened:
        assert reopened.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert reopened.customers.count() == count
        # the next run cleans up the temp file and makes a good backup
        newer = backup.create_backup(reopened, folder)
    assert backup.list_backups(folder) == [previous, newer]
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]


def test_last_backup_age_reads_the_name(tmp_path: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    for name in ("registre-20260301-120000.db", "registre-20260301-120000.keys"):
        (folder / name).write_bytes(b"")
    now = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
    assert backup.last_backup_age(folder, now) == timedelta(days=9)


def test_tombstones_of_the_live_database_count_without_the_file(
    make_registry: Callable[..., Created], data_dir: Path, tmp_path: Path
) -> None:
    registry = make_registry().registry
    person = add_person(registry, ["customer_follow_up"])
    person_ref = registry.customers.get(person).reference
    path = backup.create_backup(registry, tmp_path / "backups")
    erase(registry, person)
    registry.close()
    (data_dir / "registre.erasures").unlink()  # only the live database knows now
    result = backup.restore_backup(path, data_dir, Unlock(passphrase=PASSPHRASE))
    assert result.reapplied_erasures == 1
    assert sorted(os.listdir(data_dir)) == sorted(
        [
            "registre.db",
            "registre.keys",
            "registre.lock",
            "registre.erasures",
            backup.BEFORE_RESTORE,
        ]
    )
    with Registry.open(data_dir, Unlock(passphrase=PASSPHRASE)) as restored:
        assert person_ref not in customer_refs(restored)
