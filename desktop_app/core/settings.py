"""Application settings: one registry of typed keys with defaults (DESIGN.md rule 6).

Like Picard's ``options.py`` or KeePassXC's ``Config.cpp``, every setting is declared
once in ``OPTIONS`` with its type, default and allowed values; nothing else is read or
written. The file is JSON, ``settings.json`` in the user config folder
(``platformdirs.user_config_dir("Registre")``, or ``REGISTRE_CONFIG_DIR``)::

    {"auto_lock_minutes": 5, "backup_folder": "/media/usb/registre", "backup_keep": 10,
     "backup_interval_hours": 24, "backup_on_close": true, "backup_warning_days": 7,
     "language": "fr", "last_data_dir": "", "window_geometry": ""}

* A damaged file never stops Registre: unreadable JSON gives every default, a value of
  the wrong type or out of range gives that key's default, unknown keys are ignored
  (and not written back).
* Writes are atomic and private (``files.write_private_atomic``: 0600, fsync, rename).
* Never key material: the registry holds no passphrase, key, recovery code or secret,
  checked when this module is imported (``check_no_key_material``). Settings are not
  encrypted; they say how Registre looks, not what it protects.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, cast

import platformdirs

from .backup import DEFAULT_KEEP, OLD_BACKUP_AGE
from .files import APP_NAME, write_private_atomic
from .i18n import Language, system_language

log = logging.getLogger(__name__)

SETTINGS_NAME = "settings.json"
CONFIG_DIR_ENV = "REGISTRE_CONFIG_DIR"

LanguageSetting = Literal["system", "fr", "en"]
LANGUAGE_CHOICES: tuple[LanguageSetting, ...] = ("system", "fr", "en")

Value = str | int | bool

# Words that must never appear in a setting's name: settings are stored in clear.
KEY_MATERIAL_WORDS = frozenset(
    {"passphrase", "password", "key", "keys", "code", "secret", "recovery", "token", "kek"}
)


@dataclass(frozen=True)
class Option:
    """One setting: its name, type (from the default), default and allowed values."""

    name: str
    default: Value
    description: str
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    base64: bool = False

    def accepts(self, value: object) -> bool:
        """True when ``value`` is a valid value of this setting (same type, allowed, in range)."""
        if isinstance(self.default, bool) or isinstance(value, bool):
            # Booleans are their own type: JSON true must not pass for an int, nor 1 for true.
            return isinstance(self.default, bool) and isinstance(value, bool)
        if isinstance(self.default, int):
            if not isinstance(value, int):
                return False
            if self.minimum is not None and value < self.minimum:
                return False
            return self.maximum is None or value <= self.maximum
        if not isinstance(value, str):
            return False
        if self.choices and value not in self.choices:
            return False
        if self.base64 and value:
            try:
                base64.b64decode(value.encode("ascii"), validate=True)
            except (binascii.Error, UnicodeEncodeError, ValueError):
                return False
        return True


OPTIONS: dict[str, Option] = {
    option.name: option
    for option in (
        Option(
            "language",
            "system",
            "Interface language: 'system' follows the system, or 'fr' / 'en'.",
            choices=LANGUAGE_CHOICES,
        ),
        Option(
            "auto_lock_minutes",
            5,
            "Lock the registry after this many idle minutes (0: never).",
            minimum=0,
            maximum=24 * 60,
        ),
        Option("last_data_dir", "", "The registry folder opened last ('' for the default)."),
        Option(
            "backup_folder",
            "",
            "Where backups are written (a USB stick, a network share); '' when not chosen.",
        ),
        Option(
            "backup_keep",
            DEFAULT_KEEP,
            "How many backups to keep in the backup folder (the oldest are removed).",
            minimum=1,
            maximum=1000,
        ),
        Option(
            "backup_interval_hours",
            24,
            "Back up while Registre is open when the last backup is this many hours old (0: off).",
            minimum=0,
            maximum=24 * 31,
        ),
        Option("backup_on_close", True, "Back up when Registre closes (needs a backup folder)."),
        Option(
            "backup_warning_days",
            OLD_BACKUP_AGE.days,
            "Warn in the status bar when the last backup is older than this many days.",
            minimum=1,
            maximum=365,
        ),
        Option(
            "window_geometry",
            "",
            "The main window's geometry (QWidget.saveGeometry, base64).",
            base64=True,
        ),
    )
}


def check_no_key_material(names: Iterable[str]) -> None:
    """Refuse any setting whose name says it holds a secret (settings are stored in clear)."""
    for name in names:
        words = set(name.lower().replace("-", "_").split("_"))
        if words & KEY_MATERIAL_WORDS:
            raise ValueError(f"the setting {name!r} looks like key material; never store it")


check_no_key_material(OPTIONS)


def config_dir() -> Path:
    """Where settings live: ``REGISTRE_CONFIG_DIR``, else the platform's user config folder."""
    override = os.environ.get(CONFIG_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_path() -> Path:
    return config_dir() / SETTINGS_NAME


class Settings:
    """The settings in memory; ``save()`` writes them. Typed properties for each key."""

    def __init__(self, path: Path | None = None, values: dict[str, Value] | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self._values: dict[str, Value] = {name: option.default for name, option in OPTIONS.items()}
        for name, value in (values or {}).items():
            self.set(name, value)

    # -- reading and writing ---------------------------------------------------

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """The settings in ``path`` (default: ``default_path()``); defaults for what is unusable."""
        settings = cls(path)
        try:
            raw = settings.path.read_bytes()
        except FileNotFoundError:
            return settings
        except OSError as exc:
            log.warning("cannot read the settings (%s); using the defaults", type(exc).__name__)
            return settings
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            log.warning("the settings file is damaged; using the defaults")
            return settings
        if not isinstance(data, dict):
            log.warning("the settings file is not a JSON object; using the defaults")
            return settings
        for name, value in data.items():
            option = OPTIONS.get(name)
            if option is None:
                continue  # a key from another version, or a typo: ignored
            if option.accepts(value):
                settings._values[name] = value
            else:
                log.warning("the setting %s has an unusable value; using its default", name)
        return settings

    def save(self) -> None:
        """Write every setting to ``path`` (atomic, 0600). Raises OSError when it cannot."""
        data = {name: self._values[name] for name in sorted(OPTIONS)}
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_private_atomic(self.path, text.encode("utf-8"))

    # -- generic access ------------------------------------------------------------

    def get(self, name: str) -> Value:
        if name not in OPTIONS:
            raise KeyError(f"no setting {name!r}")
        return self._values[name]

    def set(self, name: str, value: Value) -> None:
        """Change a setting in memory (``save()`` writes it); ValueError when invalid."""
        option = OPTIONS.get(name)
        if option is None:
            raise KeyError(f"no setting {name!r}")
        if not option.accepts(value):
            raise ValueError(f"{value!r} is not a valid value for the setting {name!r}")
        self._values[name] = value

    def reset(self, name: str) -> None:
        self._values[name] = OPTIONS[name].default

    def as_dict(self) -> dict[str, Value]:
        return dict(self._values)

    # -- typed properties ---------------------------------------------------------------

    @property
    def language(self) -> LanguageSetting:
        return cast(LanguageSetting, self._values["language"])

    @language.setter
    def language(self, value: LanguageSetting) -> None:
        self.set("language", value)

    @property
    def auto_lock_minutes(self) -> int:
        return int(self._values["auto_lock_minutes"])

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, value: int) -> None:
        self.set("auto_lock_minutes", value)

    @property
    def last_data_dir(self) -> str:
        return str(self._values["last_data_dir"])

    @last_data_dir.setter
    def last_data_dir(self, value: str) -> None:
        self.set("last_data_dir", value)

    @property
    def backup_folder(self) -> str:
        return str(self._values["backup_folder"])

    @backup_folder.setter
    def backup_folder(self, value: str) -> None:
        self.set("backup_folder", value)

    @property
    def backup_keep(self) -> int:
        return int(self._values["backup_keep"])

    @backup_keep.setter
    def backup_keep(self, value: int) -> None:
        self.set("backup_keep", value)

    @property
    def backup_interval_hours(self) -> int:
        return int(self._values["backup_interval_hours"])

    @backup_interval_hours.setter
    def backup_interval_hours(self, value: int) -> None:
        self.set("backup_interval_hours", value)

    @property
    def backup_on_close(self) -> bool:
        return bool(self._values["backup_on_close"])

    @backup_on_close.setter
    def backup_on_close(self, value: bool) -> None:
        self.set("backup_on_close", value)

    @property
    def backup_warning_days(self) -> int:
        return int(self._values["backup_warning_days"])

    @backup_warning_days.setter
    def backup_warning_days(self, value: int) -> None:
        self.set("backup_warning_days", value)

    @property
    def window_geometry(self) -> bytes:
        """The geometry as bytes (stored base64); b'' when none was saved."""
        return base64.b64decode(str(self._values["window_geometry"]).encode("ascii"))

    @window_geometry.setter
    def window_geometry(self, value: bytes) -> None:
        self.set("window_geometry", base64.b64encode(value).decode("ascii"))


def effective_language(command_line: str | None, settings: Settings) -> Language:
    """The interface language: ``--lang`` when given, else the setting, else the system's."""
    if command_line in ("fr", "en"):
        return cast(Language, command_line)
    if settings.language in ("fr", "en"):
        return settings.language
    return system_language()
