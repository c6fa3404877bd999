"""Import customers from a CSV or JSON Lines file, from the main window (File > Import).

1. the file (``dialogs.ask_open_path``);
2. the purposes to attach to every line, and the channel the file's consents were
   collected through (``ImportOptionsDialog``, through ``dialogs.ask_with``). Consent
   is never granted in bulk here: only a line's own ``consents`` column grants one;
3. the file's bytes read once (``importer.ImportFile``) and every line checked
   (``importer.check_file``) in a worker, keeping only the count and the problems:
   if any line is wrong, nothing is written and the lines are listed in one dialog;
4. the same bytes parsed again and the customers prepared and written batch by
   batch (``CheckedImport.batches``, ``importer.write_batches``), one transaction
   each, in the same worker behind the progress dialog, so memory holds the file and
   one batch, never every customer. Cancel stops between two batches: the batches
   already committed stay, and the dialog says how many.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import consent, importer
from desktop_app.core.errors import RegistreError
from desktop_app.core.i18n import pick
from desktop_app.core.purposes import Purpose
from desktop_app.core.registry import Registry
from desktop_app.gui import dialogs, tasks

IMPORT_BATCH = 1_000  # customers per transaction: small enough to cancel quickly
CHECK_REPORT_EVERY = 1_000  # lines between two progress reports while checking
FILE_FILTER = "CSV, JSON Lines (*.csv *.jsonl *.ndjson *.json)"
translate = QCoreApplication.translate


@dataclass(frozen=True)
class ImportOptions:
    """What applies to every line: purposes attached, channel of the file's consents."""

    purposes: list[str] = field(default_factory=list)
    channel: str = "paper"


@dataclass(frozen=True)
class ImportOutcome:
    written: int
    total: int
    cancelled: bool


class ImportOptionsDialog(QDialog):
    """Purposes for every imported customer (none ticked in advance) and the channel."""

    def __init__(self, purposes: list[Purpose], lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importOptionsDialog")
        self.setWindowTitle(self.tr("Import customers"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Tick the purposes every customer of the file is kept for, on top of the "
                "file's own “purposes” column. Consents come only from the file's "
                "“consents” column: nothing is consented to on a customer's behalf."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        box = QGroupBox(self.tr("Purposes for every customer"))
        box_layout = QVBoxLayout(box)
        self.purpose_checks: dict[str, QCheckBox] = {}
        for purpose in purposes:
            if purpose.is_consent or not purpose.active:
                continue
            check = QCheckBox(purpose.name(lang))
            check.setObjectName(f"purpose_{purpose.code}")
            check.setAccessibleName(check.text())
            check.setChecked(False)
            self.purpose_checks[purpose.code] = check
            box_layout.addWidget(check)
        layout.addWidget(box)
        form = QFormLayout()
        self.channel_combo = QComboBox()
        self.channel_combo.setObjectName("channelCombo")
        for code in consent.CHANNELS:
            self.channel_combo.addItem(pick(consent.CHANNEL_LABELS[code], lang), code)
        self.channel_combo.setCurrentIndex(max(0, self.channel_combo.findData("paper")))
        channel_label = QLabel(self.tr("Consents in the file were &collected by:"))
        channel_label.setBuddy(self.channel_combo)
        self.channel_combo.setAccessibleName(self.tr("Channel of the file's consents"))
        form.addRow(channel_label, self.channel_combo)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Check and import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def options(self) -> ImportOptions:
        return ImportOptions(
            purposes=[code for code, check in self.purpose_checks.items() if check.isChecked()],
            channel=str(self.channel_combo.currentData() or "paper"),
        )


def ask_options(parent: QWidget | None, registry: Registry, lang: str) -> ImportOptions | None:
    purposes = registry.purposes.all()
    return dialogs.ask_with(
        "import_options",
        translate("Import", "Import customers"),
        lambda: ImportOptionsDialog(purposes, lang, parent),
        ImportOptionsDialog.options,
        ImportOptions,
    )


def _number(value: int) -> str:
    return QLocale().toString(value)


def import_file(
    parent: QWidget | None,
    registry: Registry,
    path: Path,
    options: ImportOptions,
    lang: str,
    batch_size: int | None = None,
) -> ImportOutcome | None:
    """Check then write ``path`` in a worker; None when cancelled while checking.

    Raises ``RegistreError`` (``importer.ImportRejected`` when lines are wrong) on the
    GUI thread: nothing was written then.
    """
    batch_size = batch_size or IMPORT_BATCH
    checking = translate("Import", "Checking line %1…")
    writing = translate("Import", "Writing customers: %1 of %2…")

    def work(ctx: tasks.TaskContext) -> ImportOutcome:
        def checking_line(count: int, line: int) -> None:
            if count % CHECK_REPORT_EVERY == 0:
                ctx.check_cancelled()
                ctx.report(count, 0, checking.replace("%1", str(line)))
            ctx.breathe()

        # Pass 1 keeps the file's bytes, the count and the problems; no customer.
        source = importer.ImportFile.read(path)
        checked = importer.check_file(registry, source, options.purposes, [], checking_line)
        total = checked.total
        ctx.check_cancelled()  # nothing written yet: a cancel here imports nothing
        written = 0
        ctx.report(0, total, writing.replace("%1", "0").replace("%2", str(total)))
        # Pass 2: the same bytes, prepared one batch at a time, each written before the next.
        for batch in checked.batches(registry, batch_size, lambda _line: ctx.breathe()):
            if ctx.cancelled:  # between two batches: every committed batch stays
                return ImportOutcome(written, total, cancelled=True)
            written += importer.write_batches(registry, batch, options.channel, len(batch))
            del batch
            ctx.report(
                written, total, writing.replace("%1", str(written)).replace("%2", str(total))
            )
            ctx.breathe()
        return ImportOutcome(written, total, cancelled=False)

    # Always long enough to deserve the dialog: shown at once (see tasks.Task.start).
    return tasks.run_task(parent, translate("Import", "Importing customers"), work, show_delay_ms=0)


def run_import(parent: QWidget | None, registry: Registry, lang: str) -> ImportOutcome | None:
    """The whole File > Import path, dialogs included; what was imported (None: nothing)."""
    path = dialogs.ask_open_path(
        parent, translate("Import", "Import customers"), Path.home(), FILE_FILTER
    )
    if path is None:
        return None
    options = ask_options(parent, registry, lang)
    if options is None:
        return None
    try:
        outcome = import_file(parent, registry, path, options, lang)
    except importer.ImportRejected as exc:
        shown = len(exc.problems)
        intro = translate(
            "Import", "Nothing was imported: fix these lines in the file, then import it again."
        )
        if shown >= importer.MAX_REPORTED_ERRORS:
            intro += " " + translate(
                "Import", "(The first %1 problems; there may be more.)"
            ).replace("%1", str(shown))
        dialogs.show_error(
            parent, translate("Import", "Nothing was imported"), intro + "\n\n" + exc.message(lang)
        )
        return None
    except RegistreError as exc:
        dialogs.show_error(parent, translate("Import", "Nothing was imported"), exc.message(lang))
        return None
    if outcome is None:  # cancelled while checking: nothing written
        return None
    if outcome.cancelled:
        text = translate(
            "Import",
            "Import cancelled. %1 of %2 customers were imported; the others were not. "
            "Importing the same file again would add the first ones twice.",
        )
        text = text.replace("%1", _number(outcome.written)).replace("%2", _number(outcome.total))
        dialogs.show_info(parent, translate("Import", "Import cancelled"), text)
    elif outcome.total == 0:
        dialogs.show_info(
            parent,
            translate("Import", "Import customers"),
            translate("Import", "The file holds no customer."),
        )
    else:
        text = (
            translate("Import", "1 customer imported.")
            if outcome.written == 1
            else translate("Import", "%1 customers imported.").replace(
                "%1", _number(outcome.written)
            )
        )
        dialogs.show_info(parent, translate("Import", "Import customers"), text)
    return outcome
