"""What a test does when a real component it needs (Secret Service, pdftoppm, ...) is absent.

On a developer's machine the test is skipped, with the reason in the summary (``-ra``).
In CI (``CI=true``) it fails: CI must prove the real thing works, never skip it silently.
``bash packaging/test.sh`` installs and starts everything these tests need.
"""

from __future__ import annotations

import os
import shutil
from typing import NoReturn

import pytest


def in_ci() -> bool:
    return os.environ.get("CI") == "true"


def real_component_missing(reason: str) -> NoReturn:
    """Skip the current test, or fail it under ``CI=true``, because ``reason``."""
    if in_ci():
        pytest.fail(f"{reason} [required when CI=true]", pytrace=False)
    pytest.skip(f"{reason} [bash packaging/test.sh provides it]")


def require_command(name: str, debian_package: str) -> str:
    """Return the path of the program ``name``, or skip/fail the test if it is not installed."""
    path = shutil.which(name)
    if path is None:
        real_component_missing(f"`{name}` is not installed (Debian package {debian_package})")
    return path
