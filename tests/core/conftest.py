"""Fixtures for core tests: real SQLCipher registries in temporary folders."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop_app.core.customers import CustomerDraft
from desktop_app.core.registry import Created, Registry

PASSPHRASE = "correct horse battery"
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "registry"


@pytest.fixture
def make_registry(data_dir: Path) -> Iterator[Callable[..., Created]]:
    """Create a registry (keyring slot in the test's memory keyring, plus a passphrase)."""
    made: list[Registry] = []

    def make(**options: object) -> Created:
        options.setdefault("passphrase", PASSPHRASE)
        created = Registry.create(
            data_dir, options.pop("business_name", "Boutique Test"), **options
        )  # type: ignore[arg-type]
        made.append(created.registry)
        return created

    yield make
    for registry in made:
        with contextlib.suppress(Exception):
            registry.close()


@pytest.fixture
def registry(make_registry: Callable[..., Created]) -> Registry:
    return make_registry().registry


def add_customer(registry: Registry, fields: dict[str, str], purposes=(), consents=()) -> int:
    with registry.transaction():
        return registry.customers.add(CustomerDraft(dict(fields), list(purposes), list(consents)))


@pytest.fixture
def cli(data_dir: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run registre-cli in a child process against ``data_dir``, passphrase unlock, English."""

    def run(*args: str, env: dict[str, str] | None = None, check: bool = False):
        full_env = {
            **os.environ,
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            "REGISTRE_PASSPHRASE": PASSPHRASE,
            "REGISTRE_LANG": "en",
            "PYTHONPATH": str(REPO),
        }
        full_env.update(env or {})
        result = subprocess.run(
            [sys.executable, "-m", "desktop_app.core.cli", "--data-dir", str(data_dir), *args],
            capture_output=True,
            text=True,
            env={k: v for k, v in full_env.items() if v is not None},
            timeout=120,
        )
        if check and result.returncode != 0:
            raise AssertionError(f"registre-cli {args} failed: {result.stderr}")
        return result

    return run
