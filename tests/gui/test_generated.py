"""Generated files are up to date, and the start screens are fully translated into French."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "registre_fr.ts"
# Contexts of the screens whose French is checked here (first run, unlock, error dialog).
START_CONTEXTS = ("FirstRunWizard", "UnlockScreen", "ExceptionHook")


def test_forms_and_translations_are_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build_ui.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr


def test_every_start_screen_string_has_a_french_translation() -> None:
    untranslated = []
    contexts = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name", "")
        contexts[name] = context
    for name in START_CONTEXTS:
        assert name in contexts, f"no context {name} in {TS.name}"
        for message in contexts[name].iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") == "unfinished" or not (translation.text or "").strip():
                untranslated.append(f"{name}: {message.findtext('source')!r}")
    assert untranslated == []


def test_the_french_translation_loads(qapp: object) -> None:
    from desktop_app.gui import translations

    translator = translations.registre_translator("fr")
    assert translator is not None
    assert translator.translate("UnlockScreen", "&Unlock") == "&Déverrouiller"
    assert translations.registre_translator("en") is None
