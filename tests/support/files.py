"""Helpers to prove that files were left alone, or hold no clear text."""

from __future__ import annotations

import hashlib
from pathlib import Path


def snapshot(folder: Path) -> dict[str, str]:
    """Every file below ``folder`` (relative path -> SHA-256 of its bytes)."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def files_containing(folder: Path, needles: list[str]) -> dict[str, list[str]]:
    """For each file below ``folder``, the needles found in its raw bytes (UTF-8, UTF-16)."""
    found: dict[str, list[str]] = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        hits = [
            needle
            for needle in needles
            if needle.encode("utf-8") in data
            or needle.encode("utf-16-le") in data
            or needle.lower().encode("utf-8") in data
        ]
        if hits:
            found[str(path.relative_to(folder))] = hits
    return found
