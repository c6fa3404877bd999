"""The `registre` entry point: the Qt application.

    registre [--data-dir DIR] [--demo] [--lang fr|en]

* no registry in the data folder -> the first-run wizard; a registry -> the unlock
  screen (which first tries the OS keyring and may open the registry at once);
  then the main window, ``MainWindow(registry)``.
* ``--demo``: a throwaway registry in a temporary folder, unlocked by a random
  passphrase kept in memory only, filled with demo customers; deleted on exit.
* ``--lang``: the interface language; by default the one chosen in the settings
  (``core.settings``), or the system's.

One ``sys.excepthook`` shows unexpected errors in a dialog and logs them to a file
in the platform's user log folder (or ``REGISTRE_LOG_DIR``), without personal data:
the log holds the exception type (and a ``RegistreError``'s code) and the traceback
frames (file, line, function), never the exception's message, source lines or local
variables.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import logging.handlers
import os
import secrets
import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import QCoreApplication, QObject, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.core.errors import Cancelled, RegistreError
from desktop_app.core.files import APP_NAME, default_data_dir
from desktop_app.core.i18n import LANGUAGES
from desktop_app.core.registry import Registry, RegistryPaths
from desktop_app.core.settings import Settings, effective_language
from desktop_app.gui import dialogs, icons, tasks, translations
from desktop_app.gui.autolock import AutoLock

log = logging.getLogger("registre")

LOG_NAME = "registre.log"
DEMO_CUSTOMERS = 300
MainWindowFactory = Callable[[Registry], QWidget]


# -- command line ----------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> tuple[argparse.Namespace, list[str]]:
    """(Registre's options, the remaining arguments for Qt)."""
    parser = argparse.ArgumentParser(prog="registre", description="Registre: customer registry")
    parser.add_argument("--data-dir", type=Path, default=None, help="the registry folder")
    parser.add_argument(
        "--demo", action="store_true", help="open a throwaway registry filled with demo customers"
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help="interface language (default: the setting, else the system's)",
    )
    return parser.parse_known_args(None if argv is None else list(argv))


# -- logging and the one exception hook ---------------------------------------------------


LOG_DIR_ENV = "REGISTRE_LOG_DIR"
# The application's own logger, and the modules' (``logging.getLogger(__name__)``).
LOGGERS = ("registre", "desktop_app")


def log_folder() -> Path:
    """``REGISTRE_LOG_DIR``, else the platform's user log folder."""
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def setup_logging(folder: Path | None = None) -> Path:
    """Log to ``registre.log`` in ``folder`` (the user log folder by default); its path."""
    folder = folder or log_folder()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = folder / LOG_NAME
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    teardown_logging()
    handler.registre_log = True  # type: ignore[attr-defined]
    for name in LOGGERS:
        logger = logging.getLogger(name)
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    return path


def teardown_logging() -> None:
    """Remove and close the log file handler ``setup_logging`` added."""
    for name in LOGGERS:
        logger = logging.getLogger(name)
        for old in [h for h in logger.handlers if getattr(h, "registre_log", False)]:
            logger.removeHandler(old)
            old.close()


def describe_exception(
    exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
) -> str:
    """The exception's type and frames, for the log: no message, no source line, no locals.

    Messages can quote what the database holds (a customer's name in a constraint
    error, say); frames name only our code. A ``RegistreError`` also gives its code.
    """
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    kind: type[BaseException] = exc_type
    while True:
        name = f"{kind.__module__}.{kind.__qualname__}"
        if isinstance(current, RegistreError):
            name += f" (code {current.code})"
        lines.append(name)
        for frame in traceback.extract_tb(tb):
            lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
        if current is None:
            break
        seen.add(id(current))
        if current.__cause__ is not None:
            following, label = current.__cause__, "caused by:"
        elif current.__context__ is not None and not current.__suppress_context__:
            following, label = current.__context__, "raised while handling:"
        else:
            break
        if id(following) in seen:
            break
        lines.append(label)
        current, kind, tb = following, type(following), following.__traceback__
    return "\n".join(lines)


class ExceptionHook:
    """``sys.excepthook``: log without personal data, then tell the user in a dialog."""

    def __init__(self, lang: str, log_path: Path | None) -> None:
        self.lang = lang
        self.log_path = log_path
        self._showing = False

    def __call__(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if issubclass(exc_type, Cancelled):
            return
        details = describe_exception(exc_type, exc, tb)
        log.error("unexpected error\n%s", details)
        if self._showing or QApplication.instance() is None:
            return
        translate = QCoreApplication.translate
        if isinstance(exc, RegistreError):
            text = exc.message(self.lang)
        else:
            text = translate(
                "ExceptionHook",
                "Registre ran into an unexpected problem ({0}). What you were doing may not "
                "have been saved; the data already saved in the registry is safe.",
            ).format(exc_type.__name__)
        if self.log_path is not None:
            text += "\n\n" + translate(
                "ExceptionHook", "The details were written to {0} (they hold no customer data)."
            ).format(self.log_path)
        self._showing = True
        try:
            parent = QApplication.activeWindow()
            dialogs.show_error(
                parent, translate("ExceptionHook", "Registre: unexpected error"), text, details
            )
        except Exception:  # the dialog itself failed: the log has it all
            # Not log.exception(): that would write the message, which may quote data.
            log.error("the error dialog failed\n%s", describe_exception(*sys.exc_info()))
        finally:
            self._showing = False


def install_excepthook(lang: str, log_path: Path | None) -> ExceptionHook:
    hook = ExceptionHook(lang, log_path)
    sys.excepthook = hook
    return hook


# -- demo registry --------------------------------------------------------------------------


def create_demo_registry(lang: str, count: int = DEMO_CUSTOMERS, seed: int = 0) -> Registry:
    """A throwaway registry in a new temporary folder, filled with ``count`` demo customers.

    It has no keyring slot: a random passphrase, kept in memory only, wraps its key.
    The caller deletes ``registry.paths.data_dir.parent`` after closing it.
    """
    folder = Path(tempfile.mkdtemp(prefix="registre-demo-"))
    name = "Boutique de démonstration" if lang == "fr" else "Demo shop"
    try:
        created = Registry.create(
            folder / "registry", name, passphrase=secrets.token_urlsafe(24), use_keyring=False
        )
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    registry = created.registry
    try:
        from desktop_app.core import demo
    except ModuleNotFoundError as exc:
        if exc.name != "desktop_app.core.demo":
            raise
        log.warning("no demo data module: the demo registry is empty")
        return registry
    from desktop_app.core import importer

    try:
        catalogue = registry.purposes.by_code()
        drafts = demo.demo_drafts(count, seed)
        prepared = [registry.customers.prepare(d, catalogue) for d in drafts]
        importer.write_batches(registry, prepared, channel="in_store")
        if count >= len(demo.DEMO_REQUESTS):  # the rights desk has requests to show
            demo.add_demo_requests(registry, seed)
        demo.add_demo_breaches(registry, lang)  # and the breach register, two entries
    except BaseException:
        registry.close()
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return registry


# -- what opens first -----------------------------------------------------------------------


def default_main_window(registry: Registry) -> QWidget:
    from desktop_app.gui.main_window import MainWindow  # late: the heaviest module

    return MainWindow(registry)


class Launcher(QObject):
    """Shows the first-run wizard or the unlock screen, then the main window."""

    def __init__(
        self,
        data_dir: Path,
        lang: str,
        main_window_factory: MainWindowFactory = default_main_window,
        demo: bool = False,
        auto_lock_ms: int | None = None,
    ) -> None:
        super().__init__()
        self.data_dir = Path(data_dir)
        self.lang = lang
        self.demo = demo
        self.main_window_factory = main_window_factory
        self.screen: QWidget | None = None
        self.main_window: QWidget | None = None
        self.registry: Registry | None = None
        # Auto-lock: idle time from the settings (or ``auto_lock_ms``), Ctrl+L, File > Lock.
        self.autolock = AutoLock(auto_lock_ms, self)
        self.autolock.lock_requested.connect(self.lock)
        self.locked_dir: Path | None = None  # the registry folder locked last
        self.kept_form: object | None = None  # the form's values while locked, memory only
        # Who locked it (registry id, staff id): the form goes back to that person only.
        self.locked_by: tuple[str, int] | None = None

    def start(self) -> QWidget:
        """Show the first window; returns it."""
        if self.demo:
            # A second or two (Argon2id, a few hundred customers): off the GUI thread.
            title = QCoreApplication.translate("Launcher", "Preparing the demo registry…")
            lang = self.lang
            registry = tasks.run_task(
                None, title, lambda _ctx: create_demo_registry(lang), cancellable=False
            )
            assert registry is not None  # not cancellable
            self._on_registry_ready(registry)
            assert self.main_window is not None
            return self.main_window
        if RegistryPaths(self.data_dir).state() == "absent":
            from desktop_app.gui.first_run import FirstRunWizard

            wizard = FirstRunWizard(self.data_dir, self.lang)
            wizard.registry_created.connect(self._on_registry_ready)
            self.screen = wizard
            wizard.show()
            return wizard
        from desktop_app.gui.unlock import UnlockScreen

        unlock = UnlockScreen(self.data_dir, self.lang)
        unlock.unlocked.connect(self._on_registry_ready)
        self.screen = unlock
        if unlock.start():  # the keyring opened it: straight to the main window
            assert self.main_window is not None
            return self.main_window
        unlock.show()
        return unlock

    def _on_registry_ready(self, registry: Registry) -> None:
        self.registry = registry
        window = self.main_window_factory(registry)
        self.main_window = window
        window.show()
        if self.screen is not None:
            screen, self.screen = self.screen, None
            screen.close()
            screen.deleteLater()
        kept, self.kept_form = self.kept_form, None
        same = self.locked_dir is not None and _same_dir(self.locked_dir, registry.paths.data_dir)
        # Someone else unlocking never sees it: the form is dropped, not kept for later.
        same = same and self.locked_by == (registry.registry_id, registry.staff_id)
        self.locked_dir = None
        self.locked_by = None
        lock_requested = getattr(window, "lock_requested", None)
        if lock_requested is not None:
            lock_requested.connect(self.lock)
        backups = getattr(window, "backups", None)  # Security > Restore a backup…
        if backups is not None:
            backups.restore_requested.connect(self.restore)
            if self.demo:
                backups.disable_for_demo()
        if kept is not None and same and hasattr(window, "restore_form"):
            window.restore_form(kept)
        if not self.demo:  # a throwaway registry has no passphrase to unlock it again
            self.autolock.start()

    def lock(self) -> bool:
        """Close the registry (drops the key, releases the lock) and show the unlock screen.

        The customer form being filled is kept in memory, hidden, and given back after
        the same person unlocks the same registry (anyone else: it is dropped). Postponed
        while a background task runs.
        """
        registry, window = self.registry, self.main_window
        if registry is None or window is None or self.demo:
            return False
        if tasks.running():
            self.autolock.postpone()
            return False
        from desktop_app.gui.unlock import UnlockScreen

        self.autolock.stop()
        take = getattr(window, "take_form_for_lock", None)
        self.kept_form = take() if take is not None else None
        self.locked_dir = registry.paths.data_dir
        self.locked_by = (registry.registry_id, registry.staff_id)
        self.registry = None
        self.main_window = None
        unlock = UnlockScreen(registry.paths.data_dir, self.lang)
        unlock.unlocked.connect(self._on_registry_ready)
        self.screen = unlock
        unlock.show()  # before the main window closes: the application must not quit
        window.close()
        window.deleteLater()
        with contextlib.suppress(Exception):
            registry.close()
        unlock.start(try_keyring=False)
        return True

    def restore(self, request: object) -> object:
        """Close the registry, put a backup back, open it again (gui/backups.py)."""
        from desktop_app.gui.backups import RestoreRequest, restore_and_reopen

        if self.demo or not isinstance(request, RestoreRequest):
            return None
        return restore_and_reopen(self, request)

    def shutdown(self) -> None:
        """Close the registry (releases its lock); delete a demo registry."""
        self.autolock.stop()
        self.kept_form = None
        registry, self.registry = self.registry, None
        if registry is not None:
            with contextlib.suppress(Exception):
                registry.close()
            if self.demo:
                shutil.rmtree(registry.paths.data_dir.parent, ignore_errors=True)


def _same_dir(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


class Started:
    """What ``start`` set up: the application, its launcher and the installed translators."""

    def __init__(
        self, app: QApplication, launcher: Launcher, translators: list[QTranslator]
    ) -> None:
        self.app = app
        self.launcher = launcher
        self.translators = translators
        app.aboutToQuit.connect(launcher.shutdown)

    def stop(self) -> None:
        """Close the registry and remove the translators (after the event loop)."""
        self.app.aboutToQuit.disconnect(self.launcher.shutdown)
        self.launcher.shutdown()
        translations.uninstall(self.app, self.translators)


def start(argv: Sequence[str]) -> Started:
    """Everything ``main`` does before the event loop: the first window is shown."""
    args, qt_args = parse_args(argv)
    # --lang, else the language chosen in the settings, else the system's.
    settings = Settings.load()
    lang = effective_language(args.lang, settings)
    if args.lang or settings.language != "system":
        os.environ["REGISTRE_LANG"] = lang  # the core's messages follow the choice too
    try:
        log_path: Path | None = setup_logging()
    except OSError:
        log_path = None
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *qt_args])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("registre")
    app.setWindowIcon(icons.app_icon())
    try:
        translators = translations.install(app, lang)
    except FileNotFoundError:  # a broken install: better in English than not at all
        log.warning("no translation for %s; the interface stays in English", lang)
        translators = []
    install_excepthook(lang, log_path)
    launcher = Launcher(args.data_dir or default_data_dir(), lang, demo=args.demo)
    started = Started(app, launcher, translators)
    launcher.start()
    return started


def main(argv: Sequence[str] | None = None) -> int:
    started = start(sys.argv[1:] if argv is None else argv)
    try:
        return started.app.exec()
    finally:
        started.stop()


if __name__ == "__main__":
    sys.exit(main())
