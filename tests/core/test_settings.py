"""Settings: one registry of typed keys with defaults, stored as JSON, never key material."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from desktop_app.core import settings as settings_module
from desktop_app.core.settings import (
    OPTIONS,
    Settings,
    check_no_key_material,
    config_dir,
    default_path,
    effective_language,
)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.json"


def test_a_missing_file_gives_every_default(path: Path) -> None:
    settings = Settings.load(path)
    assert settings.language == "system"
    assert settings.auto_lock_minutes == 5
    assert settings.last_data_dir == ""
    assert settings.window_geometry == b""
    assert not path.exists()  # reading never writes


def test_changes_are_saved_privately_and_read_back(path: Path) -> None:
    settings = Settings.load(path)
    settings.language = "fr"
    settings.auto_lock_minutes = 15
    settings.last_data_dir = "/srv/registre"
    settings.window_geometry = b"\x01\xd9\xd0\xcb geometry"
    settings.save()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]  # no temp file left

    again = Settings.load(path)
    assert again.language == "fr"
    assert again.auto_lock_minutes == 15
    assert again.last_data_dir == "/srv/registre"
    assert again.window_geometry == b"\x01\xd9\xd0\xcb geometry"
    assert json.loads(path.read_text("utf-8"))["language"] == "fr"


@pytest.mark.parametrize(
    "content",
    [b"", b"{not json", b"\xff\xfe\x00", b"[1, 2, 3]", b'"fr"', b"null"],
    ids=["empty", "broken-json", "not-utf8", "a-list", "a-string", "null"],
)
def test_a_damaged_file_never_crashes_and_gives_the_defaults(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    settings = Settings.load(path)
    assert settings.as_dict() == {name: option.default for name, option in OPTIONS.items()}


def test_wrong_values_fall_back_to_their_default_one_by_one(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(
        json.dumps(
            {
                "language": "de",  # not a choice
                "auto_lock_minutes": True,  # a bool is not an int here
                "last_data_dir": "/home/shop/registre",  # fine: kept
                "window_geometry": "not base64!",
                "unknown_key": 42,  # ignored
            }
        ),
        "utf-8",
    )
    settings = Settings.load(path)
    assert settings.language == "system"
    assert settings.auto_lock_minutes == 5
    assert settings.last_data_dir == "/home/shop/registre"
    assert settings.window_geometry == b""
    settings.save()
    assert "unknown_key" not in json.loads(path.read_text("utf-8"))


@pytest.mark.parametrize("value", [-1, 24 * 60 + 1, "5", 2.5, None])
def test_out_of_range_or_mistyped_numbers_are_refused(path: Path, value: object) -> None:
    settings = Settings(path)
    with pytest.raises(ValueError):
        settings.set("auto_lock_minutes", value)  # type: ignore[arg-type]
    assert settings.auto_lock_minutes == 5


def test_unknown_keys_cannot_be_set_or_read(path: Path) -> None:
    settings = Settings(path)
    with pytest.raises(KeyError):
        settings.set("theme", "dark")
    with pytest.raises(KeyError):
        settings.get("theme")


def test_no_setting_holds_key_material(path: Path) -> None:
    check_no_key_material(OPTIONS)  # the registry as declared passes
    for name in ("passphrase", "recovery_code", "db_key", "last_password", "keyring-secret"):
        with pytest.raises(ValueError, match="key material"):
            check_no_key_material([name])
    settings = Settings(path)
    settings.language = "en"
    settings.save()
    written = set(json.loads(path.read_text("utf-8")))
    assert written == set(OPTIONS)
    for name in written:
        assert not {"passphrase", "key", "code", "secret"} & set(name.split("_"))


def test_the_config_folder_can_be_chosen_by_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REGISTRE_CONFIG_DIR", str(tmp_path / "cfg"))
    assert config_dir() == tmp_path / "cfg"
    assert default_path() == tmp_path / "cfg" / "settings.json"
    Settings.load().save()
    assert (tmp_path / "cfg" / "settings.json").exists()
    monkeypatch.delenv("REGISTRE_CONFIG_DIR")
    assert config_dir().name == "Registre"


def test_effective_language_command_line_then_setting_then_system(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings_module, "system_language", lambda: "en")
    settings = Settings(path)
    assert effective_language(None, settings) == "en"  # "system": the system's
    settings.language = "fr"
    assert effective_language(None, settings) == "fr"  # the setting beats the system
    assert effective_language("en", settings) == "en"  # --lang beats the setting


# -- backups -----------------------------------------------------------------------------


def test_backup_settings_have_useful_defaults(path: Path) -> None:
    from desktop_app.core import backup

    settings = Settings.load(path)
    assert settings.backup_folder == ""  # not configured: no schedule, no backup on close
    assert settings.backup_keep == backup.DEFAULT_KEEP
    assert settings.backup_interval_hours == 24
    assert settings.backup_on_close is True
    assert settings.backup_warning_days == backup.OLD_BACKUP_AGE.days == 7


def test_backup_settings_are_saved_and_read_back(path: Path) -> None:
    settings = Settings.load(path)
    settings.backup_folder = "/media/claire/CLE USB/registre"
    settings.backup_keep = 3
    settings.backup_interval_hours = 0  # schedule off
    settings.backup_on_close = False
    settings.backup_warning_days = 2
    settings.save()
    data = json.loads(path.read_text("utf-8"))
    assert data["backup_on_close"] is False  # a JSON boolean, not 0
    again = Settings.load(path)
    assert again.backup_folder == "/media/claire/CLE USB/registre"
    assert again.backup_keep == 3
    assert again.backup_interval_hours == 0
    assert again.backup_on_close is False
    assert again.backup_warning_days == 2


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("backup_keep", 0),  # at least one backup is kept
        ("backup_keep", "10"),
        ("backup_interval_hours", -1),
        ("backup_interval_hours", True),  # a bool is not a number of hours
        ("backup_on_close", 1),  # nor a number a bool
        ("backup_on_close", "yes"),
        ("backup_warning_days", 0),
        ("backup_folder", 42),
    ],
)
def test_wrong_backup_values_are_refused(path: Path, name: str, value: object) -> None:
    settings = Settings(path)
    before = settings.get(name)
    with pytest.raises(ValueError):
        settings.set(name, value)  # type: ignore[arg-type]
    assert settings.get(name) == before


def test_wrong_backup_values_in_the_file_fall_back_to_their_defaults(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(
        json.dumps(
            {
                "backup_folder": "/mnt/nas/registre",  # fine: kept
                "backup_keep": -3,
                "backup_interval_hours": "daily",
                "backup_on_close": 0,
                "backup_warning_days": 10_000,
            }
        ),
        "utf-8",
    )
    settings = Settings.load(path)
    assert settings.backup_folder == "/mnt/nas/registre"
    assert settings.backup_keep == OPTIONS["backup_keep"].default
    assert settings.backup_interval_hours == 24
    assert settings.backup_on_close is True
    assert settings.backup_warning_days == 7
