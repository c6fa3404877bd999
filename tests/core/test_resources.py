"""Bundled files are found from a checkout, and the wheel ships them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from desktop_app.core.resources import resource_path

REPO = Path(__file__).resolve().parents[2]


def test_fonts_and_purposes_are_found() -> None:
    assert resource_path("fonts", "DejaVuSans.ttf").stat().st_size > 100_000
    assert resource_path("purposes", "default.json").read_text("utf-8").startswith("{")


def test_a_missing_resource_is_named_in_the_error() -> None:
    with pytest.raises(FileNotFoundError, match=r"fonts/NoSuchFont\.ttf"):
        resource_path("fonts", "NoSuchFont.ttf")


def test_the_wheel_ships_resources_and_entry_points(tmp_path: Path) -> None:
    """An installed Registre must find its fonts and purposes without the source tree."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(tmp_path),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("registre-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    sources = {str(path.relative_to(REPO)) for path in (REPO / "desktop_app").rglob("*.py")}
    assert sources <= names, f"missing from the wheel: {sorted(sources - names)}"
    for needed in (
        "desktop_app/resources/fonts/DejaVuSans.ttf",
        "desktop_app/resources/fonts/DejaVuSans-Bold.ttf",
        "desktop_app/resources/purposes/default.json",
        "desktop_app/resources/icons/app.svg",
        "desktop_app/resources/icons/search.svg",
        "desktop_app/core/cli.py",
        "desktop_app/gui/app.py",
    ):
        assert needed in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "registre-cli = desktop_app.core.cli:main" in text
    assert "registre = desktop_app.gui.app:main" in text
