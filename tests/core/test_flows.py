"""The first-run and unlock flows, driven as the screens drive them, over real registries."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from filelock import FileLock, Timeout
from keyring.backends import fail

from desktop_app.core.business import BusinessProfile
from desktop_app.core.flows import FirstRunFlow, FirstRunStep, FlowError, UnlockFlow, UnlockState
from desktop_app.core.keyfile import KeyFile
from desktop_app.core.registry import Created, Registry, Unlock
from tests.core.conftest import PASSPHRASE
from tests.support.files import snapshot
from tests.support.memory_keyring import MemoryKeyring, installed_keyring


@pytest.fixture
def no_keyring() -> Iterator[None]:
    with installed_keyring(fail.Keyring()):
        yield


@pytest.fixture
def flows_to_close() -> Iterator[list[FirstRunFlow | UnlockFlow]]:
    flows: list[FirstRunFlow | UnlockFlow] = []
    yield flows
    for flow in flows:
        if flow.registry is not None:
            flow.registry.close()


def profile(name: str = "Boulangerie Zoé") -> BusinessProfile:
    return BusinessProfile(name=name, email="contact@boulangerie.fr", dpo_name="Zoé Martin")


# -- first run -------------------------------------------------------------------------


def test_first_run_with_the_keyring_goes_profile_method_sheet_done(
    data_dir: Path, tmp_path: Path, flows_to_close: list[FirstRunFlow | UnlockFlow]
) -> None:
    flow = FirstRunFlow(data_dir, lang="fr")
    flows_to_close.append(flow)
    assert flow.step is FirstRunStep.PROFILE

    assert flow.set_profile(profile()) is FirstRunStep.UNLOCK_METHOD
    assert flow.keyring_available and flow.use_keyring

    assert flow.choose_keyring() is FirstRunStep.RECOVERY_SHEET
    assert flow.error is None
    assert flow.registry is not None
    assert flow.registry.unlock_methods() == ["keyring", "recovery"]
    # The whole profile was saved, not only the name.
    assert flow.registry.business.get().dpo_name == "Zoé Martin"

    # The sheet must be saved and the box ticked before going on.
    assert flow.finish() is FirstRunStep.RECOVERY_SHEET
    assert isinstance(flow.error, FlowError) and flow.error.code == "sheet_not_saved"
    sheet = tmp_path / "fiche.pdf"
    assert flow.save_sheet(sheet)
    assert sheet.read_bytes().startswith(b"%PDF")
    assert sheet.stat().st_mode & 0o077 == 0
    assert flow.finish() is FirstRunStep.RECOVERY_SHEET
    assert flow.error is not None and flow.error.code == "sheet_not_confirmed"
    assert "Cochez la case" in flow.error.message("fr")

    flow.confirm_sheet_saved(True)
    assert flow.finish() is FirstRunStep.DONE
    assert flow.error is None
    assert flow.registry.business.get().name == "Boulangerie Zoé"


def test_first_run_without_a_keyring_requires_a_matching_long_enough_passphrase(
    data_dir: Path, no_keyring: None, flows_to_close: list[FirstRunFlow | UnlockFlow]
) -> None:
    flow = FirstRunFlow(data_dir, lang="en")
    flows_to_close.append(flow)
    flow.set_profile(profile())
    assert not flow.keyring_available and not flow.use_keyring
    assert flow.keyring_reason

    assert flow.choose_keyring() is FirstRunStep.UNLOCK_METHOD
    assert flow.error is not None and flow.error.code == "keyring_not_available"

    assert flow.choose_passphrase("short", "short") is FirstRunStep.UNLOCK_METHOD
    assert flow.error is not None and flow.error.code == "passphrase_too_short"
    assert str(flow.min_passphrase_length) in flow.error.message("en")

    assert flow.choose_passphrase(PASSPHRASE, PASSPHRASE + "x") is FirstRunStep.UNLOCK_METHOD
    assert flow.error is not None and flow.error.code == "passphrase_mismatch"
    assert not data_dir.exists(), "nothing is created before the choice is valid"

    assert flow.choose_passphrase(PASSPHRASE, PASSPHRASE) is FirstRunStep.RECOVERY_SHEET
    assert flow.registry is not None
    assert flow.registry.unlock_methods() == ["passphrase", "recovery"]
    flow.registry.close()
    flow.registry.close()  # closing twice is harmless (the fixture closes again)
    with Registry.open(data_dir, Unlock(passphrase=PASSPHRASE)) as reopened:
        assert reopened.business.get().name == "Boulangerie Zoé"


def test_first_run_asks_for_the_business_name_and_can_go_back(data_dir: Path) -> None:
    flow = FirstRunFlow(data_dir, lang="fr")
    assert flow.set_profile(BusinessProfile(name="  ")) is FirstRunStep.PROFILE
    assert flow.error is not None and flow.error.code == "business_name_empty"
    assert flow.set_profile(profile()) is FirstRunStep.UNLOCK_METHOD
    assert flow.back() is FirstRunStep.PROFILE
    assert flow.set_profile(profile("Autre nom")) is FirstRunStep.UNLOCK_METHOD
    assert flow.profile is not None and flow.profile.name == "Autre nom"


def test_first_run_refuses_to_create_over_an_existing_registry(
    make_registry: Callable[..., Created], data_dir: Path
) -> None:
    make_registry().registry.close()
    before = snapshot(data_dir)
    flow = FirstRunFlow(data_dir)
    flow.set_profile(profile())
    assert flow.choose_passphrase(PASSPHRASE, PASSPHRASE) is FirstRunStep.UNLOCK_METHOD
    assert flow.error is not None and flow.error.code == "registry_exists"
    assert snapshot(data_dir) == before


def test_first_run_reports_an_unwritable_sheet_place(
    data_dir: Path, tmp_path: Path, flows_to_close: list[FirstRunFlow | UnlockFlow]
) -> None:
    flow = FirstRunFlow(data_dir, lang="en")
    flows_to_close.append(flow)
    flow.set_profile(profile())
    flow.choose_keyring()
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert not flow.save_sheet(blocker / "sheet.pdf")
    assert flow.error is not None and flow.error.code == "sheet_unwritable"
    assert flow.sheet_path is None


def test_first_run_actions_out_of_order_are_bugs(data_dir: Path) -> None:
    flow = FirstRunFlow(data_dir)
    with pytest.raises(RuntimeError):
        flow.choose_keyring()


# -- unlock ------------------------------------------------------------------------------


def test_unlock_tries_the_keyring_first(
    make_registry: Callable[..., Created],
    data_dir: Path,
    flows_to_close: list[FirstRunFlow | UnlockFlow],
) -> None:
    make_registry().registry.close()
    flow = UnlockFlow(data_dir)
    flows_to_close.append(flow)
    assert flow.start() is UnlockState.OPENED
    assert flow.registry is not None and flow.error is None


def test_unlock_asks_the_passphrase_when_the_keyring_lost_the_key(
    make_registry: Callable[..., Created],
    data_dir: Path,
    memory_keyring: MemoryKeyring,
    flows_to_close: list[FirstRunFlow | UnlockFlow],
) -> None:
    make_registry().registry.close()
    memory_keyring.secrets.clear()
    flow = UnlockFlow(data_dir)
    flows_to_close.append(flow)
    assert flow.start() is UnlockState.PASSPHRASE
    assert flow.error is not None and flow.error.code == "keyring_entry_missing"
    assert flow.submit_passphrase(PASSPHRASE) is UnlockState.OPENED


def test_a_wrong_passphrase_keeps_the_screen_and_changes_no_file(
    make_registry: Callable[..., Created],
    data_dir: Path,
    flows_to_close: list[FirstRunFlow | UnlockFlow],
) -> None:
    make_registry(use_keyring=False).registry.close()
    before = snapshot(data_dir)
    flow = UnlockFlow(data_dir)
    flows_to_close.append(flow)
    assert flow.start() is UnlockState.PASSPHRASE
    assert flow.error is None
    assert flow.submit_passphrase("") is UnlockState.PASSPHRASE
    assert flow.error is not None and flow.error.code == "passphrase_empty"
    assert flow.submit_passphrase("not the passphrase") is UnlockState.PASSPHRASE
    assert flow.error is not None and flow.error.code == "wrong_passphrase"
    assert "Phrase de passe incorrecte" in flow.error.message("fr")
    assert snapshot(data_dir) == before
    assert flow.submit_passphrase(PASSPHRASE) is UnlockState.OPENED


def test_unlock_with_the_recovery_code(
    make_registry: Callable[..., Created],
    data_dir: Path,
    flows_to_close: list[FirstRunFlow | UnlockFlow],
) -> None:
    created = make_registry(use_keyring=False)
    created.registry.close()
    flow = UnlockFlow(data_dir)
    flows_to_close.append(flow)
    flow.start()
    assert flow.use_recovery_code() is UnlockState.RECOVERY_CODE
    assert flow.submit_recovery_code("ABCD") is UnlockState.RECOVERY_CODE
    assert flow.error is not None and flow.error.code == "recovery_code_format"
    wrong = "0000-0000-0000-0000-0000-0000-0000-0000"
    assert flow.submit_recovery_code(wrong) is UnlockState.RECOVERY_CODE
    assert flow.error is not None and flow.error.code == "wrong_recovery_code"
    assert flow.use_passphrase() is UnlockState.PASSPHRASE
    flow.use_recovery_code()
    assert flow.submit_recovery_code(created.recovery_code.lower()) is UnlockState.OPENED


def test_a_registry_open_elsewhere_is_reported_and_can_be_retried(
    make_registry: Callable[..., Created],
    data_dir: Path,
    flows_to_close: list[FirstRunFlow | UnlockFlow],
) -> None:
    holder = make_registry().registry
    flow = UnlockFlow(data_dir)
    flows_to_close.append(flow)
    assert flow.start() is UnlockState.KEYRING
    assert flow.error is not None and flow.error.code == "registry_locked"
    holder.close()
    assert flow.retry_keyring() is UnlockState.OPENED


def test_missing_or_damaged_files_are_broken_and_left_alone(
    make_registry: Callable[..., Created], data_dir: Path
) -> None:
    make_registry().registry.close()
    keys = data_dir / "registre.keys"
    keys.write_text("{ not json")
    before = snapshot(data_dir)
    flow = UnlockFlow(data_dir)
    assert flow.start() is UnlockState.BROKEN
    assert flow.error is not None and flow.error.code == "key_file_damaged"
    keys.unlink()
    assert flow.start() is UnlockState.BROKEN
    assert flow.error is not None and flow.error.code == "key_file_missing"
    assert {k: v for k, v in before.items() if k != "registre.keys"} == snapshot(data_dir)


def test_a_database_that_is_not_a_registry_is_broken(
    make_registry: Callable[..., Created], data_dir: Path
) -> None:
    make_registry().registry.close()
    (data_dir / "registre.db").write_bytes(b"\0" * 8192)
    before = snapshot(data_dir)
    flow = UnlockFlow(data_dir)
    assert flow.start() is UnlockState.BROKEN
    assert flow.error is not None and flow.error.code == "not_a_registry"
    assert snapshot(data_dir) == before


def test_open_another_registry(
    make_registry: Callable[..., Created],
    data_dir: Path,
    tmp_path: Path,
    flows_to_close: list[FirstRunFlow | UnlockFlow],
) -> None:
    make_registry().registry.close()
    empty = tmp_path / "empty"
    empty.mkdir()
    flow = UnlockFlow(tmp_path / "nowhere")
    flows_to_close.append(flow)
    assert flow.start() is UnlockState.BROKEN
    assert flow.error is not None and flow.error.code == "no_registry"
    assert flow.open_other(empty) is UnlockState.BROKEN
    assert flow.error is not None and flow.error.code == "no_registry_there"
    assert flow.data_dir == tmp_path / "nowhere"
    assert flow.open_other(data_dir) is UnlockState.OPENED
    assert flow.data_dir == data_dir


def test_a_keyring_only_registry_falls_back_to_the_recovery_code(
    make_registry: Callable[..., Created],
    data_dir: Path,
    memory_keyring: MemoryKeyring,
    flows_to_close: list[FirstRunFlow | UnlockFlow],
) -> None:
    created = make_registry(passphrase=None)
    created.registry.close()
    assert KeyFile.load(data_dir / "registre.keys").slot_types() == ["keyring", "recovery"]
    memory_keyring.secrets.clear()
    flow = UnlockFlow(data_dir)
    flows_to_close.append(flow)
    assert flow.start() is UnlockState.RECOVERY_CODE
    assert flow.submit_recovery_code(created.recovery_code) is UnlockState.OPENED
    lock = FileLock(data_dir / "registre.lock", timeout=0)
    with pytest.raises(Timeout):  # the opened registry holds its lock
        lock.acquire()
