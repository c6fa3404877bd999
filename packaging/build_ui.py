"""Build the generated GUI files from their sources, or check that they are up to date.

    python packaging/build_ui.py            # regenerate
    python packaging/build_ui.py --check    # exit 1 if any generated file is out of date

1. ``ui/<name>.ui`` -> ``desktop_app/gui/forms/ui_<name>.py`` (pyside6-uic)
2. the strings of ``desktop_app/gui/**/*.py`` (except the generated forms) and ``ui/*.ui``
   -> ``resources/translations/registre_fr.ts`` (pyside6-lupdate; the translations already
   written there are kept, strings no longer in the sources are dropped)
3. ``registre_fr.ts`` -> ``registre_fr.qm`` (pyside6-lrelease)

``--check`` does the same work in a temporary folder and compares the results byte for
byte with the files in the repository, so it never changes anything.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "ui"
GUI_DIR = ROOT / "desktop_app" / "gui"
FORMS_DIR = GUI_DIR / "forms"
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("fr",)


def tool(name: str) -> str:
    """The PySide6 tool ``name``, preferably the one beside this Python."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"build_ui: {name} not found (pip install PySide6-Essentials)")
    return found


def run(*args: str) -> None:
    result = subprocess.run(args, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"build_ui: {' '.join(args)} failed:\n{result.stdout}{result.stderr}")


def ui_files() -> list[Path]:
    return sorted(UI_DIR.glob("*.ui"))


def form_name(ui: Path) -> str:
    return f"ui_{ui.stem}.py"


def translation_sources() -> list[Path]:
    python = [
        path
        for path in sorted(GUI_DIR.rglob("*.py"))
        if FORMS_DIR not in path.parents and "__pycache__" not in path.parts
    ]
    return python + ui_files()


def compile_forms(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    for ui in ui_files():
        run(tool("pyside6-uic"), str(ui), "-o", str(out_dir / form_name(ui)))


def update_translations(ts: Path) -> None:
    lang = ts.stem.rsplit("_", 1)[-1]
    sources = [str(path) for path in translation_sources()]
    run(
        tool("pyside6-lupdate"),
        "-locations",
        "none",
        "-no-obsolete",
        "-source-language",
        "en",
        "-target-language",
        lang,
        *sources,
        "-ts",
        str(ts),
    )


def release_translations(ts: Path, qm: Path) -> None:
    run(tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm))


def build() -> None:
    compile_forms(FORMS_DIR)
    TRANSLATIONS_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = TRANSLATIONS_DIR / f"registre_{lang}.ts"
        update_translations(ts)
        release_translations(ts, ts.with_suffix(".qm"))


def check() -> list[str]:
    """The generated files that are missing, stale or out of date (empty when all is well)."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="registre-build-ui-") as tmp:
        tmp_dir = Path(tmp)
        forms = tmp_dir / "forms"
        compile_forms(forms)
        for ui in ui_files():
            target = FORMS_DIR / form_name(ui)
            if not target.exists():
                problems.append(f"{target.relative_to(ROOT)} is missing")
            elif not filecmp.cmp(forms / form_name(ui), target, shallow=False):
                problems.append(f"{target.relative_to(ROOT)} is out of date with {ui.name}")
        expected = {form_name(ui) for ui in ui_files()}
        for stale in sorted(FORMS_DIR.glob("ui_*.py")):
            if stale.name not in expected:
                problems.append(f"{stale.relative_to(ROOT)} has no ui/{stale.name[3:-3]}.ui")
        for lang in LANGUAGES:
            ts = TRANSLATIONS_DIR / f"registre_{lang}.ts"
            qm = ts.with_suffix(".qm")
            tmp_ts = tmp_dir / ts.name
            if ts.exists():
                shutil.copyfile(ts, tmp_ts)
            update_translations(tmp_ts)
            release_translations(tmp_ts, tmp_ts.with_suffix(".qm"))
            for made, target in ((tmp_ts, ts), (tmp_ts.with_suffix(".qm"), qm)):
                if not target.exists():
                    problems.append(f"{target.relative_to(ROOT)} is missing")
                elif not filecmp.cmp(made, target, shallow=False):
                    problems.append(f"{target.relative_to(ROOT)} is out of date")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 if anything is out of date"
    )
    args = parser.parse_args(argv)
    if not args.check:
        build()
        return 0
    problems = check()
    for problem in problems:
        print(f"build_ui: {problem}", file=sys.stderr)
    if problems:
        print("build_ui: run `python packaging/build_ui.py` and commit the result", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
