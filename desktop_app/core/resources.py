"""Find bundled files (fonts, translations, icons) wherever Registre runs.

Three cases: a source checkout (resources/ beside desktop_app/), an installed
wheel (resources/ shipped as the package ``desktop_app.resources``) and a frozen
PyInstaller bundle (``sys._MEIPASS/resources``).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    try:
        from desktop_app import resources as package  # type: ignore[attr-defined]

        return Path(package.__file__).resolve().parent
    except ImportError:
        return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """The path of a bundled file; raises FileNotFoundError naming it when absent."""
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"bundled resource missing: {'/'.join(parts)} (in {path.parent})")
    return path
