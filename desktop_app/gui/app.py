"""The `registre` entry point: the Qt application.

A minimal window until the counter (main window, first run, unlock) is built:
it shows which registry folder Registre uses and what it holds.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

from desktop_app.core.files import default_data_dir
from desktop_app.core.i18n import system_language
from desktop_app.core.registry import RegistryPaths

TEXTS = {
    "fr": {
        "title": "Registre",
        "folder": "Dossier du registre : {path}",
        "absent": "Aucun registre ici pour l'instant. Créez-le avec « registre-cli init ».",
        "complete": "Un registre chiffré est présent.",
        "key_file_missing": "La base est présente mais son fichier de clés manque.",
        "database_missing": "Le fichier de clés est présent mais la base manque.",
    },
    "en": {
        "title": "Registre",
        "folder": "Registry folder: {path}",
        "absent": "No registry here yet. Create one with 'registre-cli init'.",
        "complete": "An encrypted registry is present.",
        "key_file_missing": "The database is here but its key file is missing.",
        "database_missing": "The key file is here but the database is missing.",
    },
}


class MainWindow(QMainWindow):
    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        texts = TEXTS[system_language()]
        self.setWindowTitle(texts["title"])
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.folder_label = QLabel(texts["folder"].format(path=data_dir), body)
        self.state_label = QLabel(texts[RegistryPaths(data_dir).state()], body)
        for label in (self.folder_label, self.state_label):
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addStretch(1)
        self.setCentralWidget(body)
        self.resize(640, 240)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="registre")
    parser.add_argument("--data-dir", type=Path, default=None)
    args, qt_args = parser.parse_known_args(argv)
    app = QApplication([sys.argv[0], *qt_args])
    window = MainWindow(args.data_dir or default_data_dir())
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
