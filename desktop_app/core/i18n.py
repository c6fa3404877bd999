"""Language choice and the core's own translated messages.

The GUI translates its widgets with Qt's tools; the core's messages (errors, CLI
output, PDF text) come from the small catalogues in ``messages.py`` so that the
core stays free of Qt and the CLI speaks French too.
"""

from __future__ import annotations

import locale
import os
from typing import Literal

Language = Literal["fr", "en"]
LANGUAGES: tuple[Language, ...] = ("fr", "en")


def system_language() -> Language:
    """French when the system speaks French, English otherwise."""
    for var in ("REGISTRE_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    code = locale.getlocale()[0] or ""
    return "fr" if code.lower().startswith("fr") else "en"


def pick(texts: dict[str, str], lang: str) -> str:
    """The text in ``lang``, falling back to English then to any language."""
    return texts.get(lang) or texts.get("en") or next(iter(texts.values()), "")
