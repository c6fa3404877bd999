"""The unlock screen over real encrypted registries: keyring first, passphrase, recovery code."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop_app.core.registry import Registry, Unlock
from desktop_app.gui.unlock import UnlockScreen
from tests.gui.conftest import PASSPHRASE
from tests.support.files import snapshot
from tests.support.memory_keyring import MemoryKeyring


def unlock_screen(qtbot: QtBot, data_dir: Path, lang: str = "en") -> UnlockScreen:
    screen = UnlockScreen(data_dir, lang)
    qtbot.addWidget(screen)
    return screen


def show(qtbot: QtBot, screen: UnlockScreen) -> None:
    screen.show()
    qtbot.waitExposed(screen)


def test_the_keyring_opens_the_registry_without_showing_the_screen(
    qtbot: QtBot,
    data_dir: Path,
    make_registry: Callable[..., Registry],
    close_later: list[Registry],
) -> None:
    make_registry()
    screen = unlock_screen(qtbot, data_dir)
    with qtbot.waitSignal(screen.unlocked, timeout=5000) as opened:
        assert screen.start() is True
    close_later.append(opened.args[0])
    assert not screen.isVisible()


def test_the_right_passphrase_unlocks(
    qtbot: QtBot,
    data_dir: Path,
    make_registry: Callable[..., Registry],
    close_later: list[Registry],
) -> None:
    make_registry(use_keyring=False)
    screen = unlock_screen(qtbot, data_dir)
    assert screen.start() is False
    show(qtbot, screen)
    ui = screen.ui
    assert ui.secretEdit.isVisible() and screen.focusWidget() is ui.secretEdit
    assert ui.secretEdit.accessibleName() == "Passphrase"
    assert not ui.errorLabel.isVisible()
    qtbot.keyClicks(ui.secretEdit, PASSPHRASE)
    with qtbot.waitSignal(screen.unlocked, timeout=5000) as opened:
        qtbot.keyClick(ui.secretEdit, Qt.Key.Key_Return)
    registry = opened.args[0]
    close_later.append(registry)
    assert registry.business.get().name == "Boutique Test"
    assert ui.secretEdit.text() == ""


def test_a_wrong_passphrase_is_explained_inline_and_changes_nothing(
    qtbot: QtBot,
    data_dir: Path,
    make_registry: Callable[..., Registry],
    ui_lang: str,
) -> None:
    make_registry(use_keyring=False)
    before = snapshot(data_dir)
    screen = unlock_screen(qtbot, data_dir, ui_lang)
    screen.start()
    show(qtbot, screen)
    ui = screen.ui
    qtbot.keyClicks(ui.secretEdit, "not the passphrase")
    qtbot.mouseClick(ui.unlockButton, Qt.MouseButton.LeftButton)
    assert ui.errorLabel.isVisible()
    expected = {"fr": "Phrase de passe incorrecte.", "en": "Wrong passphrase."}
    assert ui.errorLabel.text().startswith(expected[ui_lang])
    assert ui.secretEdit.selectedText() == "not the passphrase"  # ready to retype
    assert screen.isVisible() and not screen.registry_opened
    assert snapshot(data_dir) == before
    # An empty passphrase is a message too, not a crash.
    ui.secretEdit.clear()
    qtbot.keyClick(ui.secretEdit, Qt.Key.Key_Return)
    empty = {"fr": "Saisissez la phrase de passe.", "en": "Type the passphrase."}
    assert ui.errorLabel.text() == empty[ui_lang]


def test_a_registry_open_elsewhere_shows_the_locked_message(
    qtbot: QtBot,
    data_dir: Path,
    make_registry: Callable[..., Registry],
) -> None:
    make_registry(use_keyring=False)
    with Registry.open(data_dir, Unlock(passphrase=PASSPHRASE)):
        before = snapshot(data_dir)
        screen = unlock_screen(qtbot, data_dir)
        screen.start()
        show(qtbot, screen)
        qtbot.keyClicks(screen.ui.secretEdit, PASSPHRASE)
        qtbot.keyClick(screen.ui.secretEdit, Qt.Key.Key_Return)
        assert screen.ui.errorLabel.isVisible()
        assert "already open in another Registre window" in screen.ui.errorLabel.text()
        assert not screen.registry_opened
        assert snapshot(data_dir) == before


def test_a_locked_keyring_registry_offers_to_try_again(
    qtbot: QtBot,
    data_dir: Path,
    make_registry: Callable[..., Registry],
    close_later: list[Registry],
) -> None:
    make_registry()
    holder = Registry.open(data_dir)
    screen = unlock_screen(qtbot, data_dir, "fr")
    assert screen.start() is False
    show(qtbot, screen)
    ui = screen.ui
    assert "déjà ouvert" in ui.errorLabel.text()
    assert not ui.secretEdit.isVisible()
    holder.close()
    with qtbot.waitSignal(screen.unlocked, timeout=5000) as opened:
        qtbot.mouseClick(ui.unlockButton, Qt.MouseButton.LeftButton)
    close_later.append(opened.args[0])


def test_the_recovery_code_path(
    qtbot: QtBot,
    data_dir: Path,
    memory_keyring: MemoryKeyring,
    close_later: list[Registry],
) -> None:
    created = Registry.create(data_dir, "Boutique Test", passphrase=None)  # keyring only
    created.registry.close()
    memory_keyring.secrets.clear()  # the keyring lost the key (new session, new computer)
    screen = unlock_screen(qtbot, data_dir)
    assert screen.start() is False
    show(qtbot, screen)
    ui = screen.ui
    assert "no longer holds this registry's key" in ui.errorLabel.text()
    assert ui.secretEdit.accessibleName() == "Recovery code"
    ui.secretEdit.setText("ABCD")
    qtbot.keyClick(ui.secretEdit, Qt.Key.Key_Return)
    assert "32 letters and digits" in ui.errorLabel.text()
    ui.secretEdit.setText(created.recovery_code.replace("-", " ").lower())
    with qtbot.waitSignal(screen.unlocked, timeout=5000) as opened:
        qtbot.mouseClick(ui.unlockButton, Qt.MouseButton.LeftButton)
    close_later.append(opened.args[0])


def test_switching_between_passphrase_and_recovery_code(
    qtbot: QtBot, data_dir: Path, make_registry: Callable[..., Registry]
) -> None:
    make_registry(use_keyring=False)
    screen = unlock_screen(qtbot, data_dir)
    screen.start()
    show(qtbot, screen)
    ui = screen.ui
    assert ui.switchButton.text() == "Use the &recovery code"
    qtbot.mouseClick(ui.switchButton, Qt.MouseButton.LeftButton)
    assert ui.secretLabel.text() == "&Recovery code"
    qtbot.keyClick(screen, Qt.Key.Key_Escape)  # Esc leaves the recovery path
    assert ui.secretLabel.text() == "&Passphrase"
    assert screen.isVisible()


def test_damaged_files_are_explained_and_another_registry_can_be_opened(
    qtbot: QtBot,
    data_dir: Path,
    tmp_path: Path,
    make_registry: Callable[..., Registry],
    dialog_answers: Callable[..., None],
    close_later: list[Registry],
) -> None:
    make_registry()
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "registre.db").write_bytes(b"\0" * 4096)  # a database without its key file
    before = snapshot(broken)
    screen = unlock_screen(qtbot, broken)
    assert screen.start() is False
    show(qtbot, screen)
    ui = screen.ui
    assert "key file" in ui.errorLabel.text()
    assert not ui.unlockButton.isVisible() and not ui.secretEdit.isVisible()
    assert screen.focusWidget() is ui.otherButton
    assert snapshot(broken) == before

    dialog_answers(tmp_path)  # a folder without a registry: refused, explained
    qtbot.mouseClick(ui.otherButton, Qt.MouseButton.LeftButton)
    assert "There is no registry in" in ui.errorLabel.text()

    dialog_answers(data_dir)  # the real one: the keyring opens it
    with qtbot.waitSignal(screen.unlocked, timeout=5000) as opened:
        qtbot.mouseClick(ui.otherButton, Qt.MouseButton.LeftButton)
    close_later.append(opened.args[0])
    assert snapshot(broken) == before


def test_quit_cancels(qtbot: QtBot, data_dir: Path, make_registry: Callable[..., Registry]) -> None:
    make_registry(use_keyring=False)
    screen = unlock_screen(qtbot, data_dir)
    screen.start()
    show(qtbot, screen)
    with qtbot.waitSignal(screen.cancelled, timeout=2000):
        qtbot.mouseClick(screen.ui.quitButton, Qt.MouseButton.LeftButton)


def test_keyboard_order(
    qtbot: QtBot, data_dir: Path, make_registry: Callable[..., Registry]
) -> None:
    make_registry(use_keyring=False)
    screen = unlock_screen(qtbot, data_dir)
    screen.start()
    show(qtbot, screen)
    ui = screen.ui
    assert screen.focusWidget() is ui.secretEdit
    for expected in (ui.unlockButton, ui.switchButton, ui.otherButton, ui.quitButton):
        qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_Tab)
        assert screen.focusWidget() is expected


# -- staff: "Who is unlocking?" ---------------------------------------------------------------

LEA_PIN = "246810"
MARC_PASSPHRASE = "marc's own passphrase"


def add_staff(data_dir: Path) -> dict[str, int]:
    """Léa (a PIN) and Marc (a passphrase), added by the owner through registry.staff."""
    registry = Registry.open(data_dir, Unlock(passphrase=PASSPHRASE, use_keyring=False))
    try:
        lea = registry.staff.add("Léa", LEA_PIN)
        marc = registry.staff.add("Marc", MARC_PASSPHRASE)
    finally:
        registry.close()
    return {"Léa": lea.id, "Marc": marc.id}


def test_without_staff_nobody_is_asked_who_is_unlocking(
    qtbot: QtBot, data_dir: Path, make_registry: Callable[..., Registry]
) -> None:
    make_registry(use_keyring=False)
    screen = unlock_screen(qtbot, data_dir)
    screen.start()
    show(qtbot, screen)
    assert not screen.ui.personCombo.isVisible() and not screen.ui.personLabel.isVisible()
    assert screen.ui.secretEdit.accessibleName() == "Passphrase"


def test_the_owner_and_each_staff_member_are_listed_owner_first(
    qtbot: QtBot,
    data_dir: Path,
    make_registry: Callable[..., Registry],
    ui_lang: str,
    close_later: list[Registry],
) -> None:
    make_registry()  # with a keyring slot: adding staff turns it off
    ids = add_staff(data_dir)
    screen = unlock_screen(qtbot, data_dir, ui_lang)
    assert screen.start() is False  # the keyring no longer opens it alone
    show(qtbot, screen)
    combo = screen.ui.personCombo
    assert combo.isVisible() and screen.ui.personLabel.isVisible()
    owner = "Propriétaire" if ui_lang == "fr" else "Owner"
    assert [combo.itemText(i) for i in range(combo.count())] == [owner, "Léa", "Marc"]
    assert combo.currentIndex() == 0 and screen.person() is None  # starts on the owner
    assert screen.ui.switchButton.isVisible()  # the owner keeps the recovery code
    screen.choose_person(ids["Léa"])
    assert screen.person() == ids["Léa"]
    assert not screen.ui.switchButton.isVisible()  # the recovery code is the owner's
    expected = "Code PIN ou phrase de passe" if ui_lang == "fr" else "PIN or passphrase"
    assert screen.ui.secretEdit.accessibleName() == expected
    assert screen.ui.secretEdit.echoMode() is QLineEdit.EchoMode.Password
    assert screen.focusWidget() is screen.ui.secretEdit
    qtbot.keyClicks(screen.ui.secretEdit, LEA_PIN)
    with qtbot.waitSignal(screen.unlocked, timeout=5000) as opened:
        qtbot.keyClick(screen.ui.secretEdit, Qt.Key.Key_Return)
    registry = opened.args[0]
    close_later.append(registry)
    assert registry.role == "staff" and registry.staff_id == ids["Léa"]
    assert registry.staff_name() == "Léa"
    assert not registry.can("export")


def test_a_staff_member_unlocks_with_a_passphrase_and_the_owner_still_can(
    qtbot: QtBot,
    data_dir: Path,
    make_registry: Callable[..., Registry],
    close_later: list[Registry],
) -> None:
    make_registry(use_keyring=False)
    ids = add_staff(data_dir)
    screen = unlock_screen(qtbot, data_dir)
    screen.start()
    screen.choose_person(ids["Marc"])
    screen.ui.secretEdit.setText(MARC_PASSPHRASE)
    with qtbot.waitSignal(screen.unlocked, timeout=5000) as opened:
        screen.ui.unlockButton.click()
    close_later.append(opened.args[0])
    assert opened.args[0].staff_name() == "Marc"
    opened.args[0].close()
    owner = unlock_screen(qtbot, data_dir)
    owner.start()
    owner.ui.secretEdit.setText(PASSPHRASE)
    with qtbot.waitSignal(owner.unlocked, timeout=5000) as opened:
        owner.ui.unlockButton.click()
    close_later.append(opened.args[0])
    assert opened.args[0].role == "owner"


def test_wrong_pin_and_another_persons_secret_are_explained_inline(
    qtbot: QtBot, data_dir: Path, make_registry: Callable[..., Registry], ui_lang: str
) -> None:
    make_registry(use_keyring=False)
    ids = add_staff(data_dir)
    before = snapshot(data_dir)
    screen = unlock_screen(qtbot, data_dir, ui_lang)
    screen.start()
    show(qtbot, screen)
    screen.choose_person(ids["Léa"])
    for wrong in ("135790", MARC_PASSPHRASE, PASSPHRASE):  # not hers: only her own opens
        screen.ui.secretEdit.setText(wrong)
        qtbot.mouseClick(screen.ui.unlockButton, Qt.MouseButton.LeftButton)
        assert screen.ui.errorLabel.isVisible()
        expected = (
            "Ce code PIN ou cette phrase de passe ne correspond pas. Rien n'a été ouvert."
            if ui_lang == "fr"
            else "This PIN or passphrase is not the right one. Nothing was opened."
        )
        assert screen.ui.errorLabel.text() == expected
        assert not screen.registry_opened and screen.person() == ids["Léa"]
    # Choosing someone else clears what was typed and the message.
    screen.choose_person(None)
    assert screen.ui.secretEdit.text() == "" and not screen.ui.errorLabel.isVisible()
    assert snapshot(data_dir) == before


def test_a_pin_without_the_keyring_is_explained(
    qtbot: QtBot,
    data_dir: Path,
    make_registry: Callable[..., Registry],
    memory_keyring: MemoryKeyring,
) -> None:
    make_registry(use_keyring=False)
    ids = add_staff(data_dir)
    memory_keyring.secrets.clear()  # another computer, or the keyring was reset: the pepper is gone
    screen = unlock_screen(qtbot, data_dir)
    screen.start()
    screen.choose_person(ids["Léa"])
    screen.ui.secretEdit.setText(LEA_PIN)
    screen.ui.unlockButton.click()
    assert not screen.registry_opened
    assert "PINs need the OS keyring" in screen.ui.errorLabel.text()
    # Marc's passphrase does not need the keyring.
    screen.choose_person(ids["Marc"])
    screen.ui.secretEdit.setText(MARC_PASSPHRASE)
    with qtbot.waitSignal(screen.unlocked, timeout=5000) as opened:
        screen.ui.unlockButton.click()
    opened.args[0].close()


def test_a_removed_staff_member_is_no_longer_offered_and_cannot_unlock(
    qtbot: QtBot, data_dir: Path, make_registry: Callable[..., Registry]
) -> None:
    make_registry(use_keyring=False)
    ids = add_staff(data_dir)
    screen = unlock_screen(qtbot, data_dir)  # opened before Léa is removed
    screen.start()
    registry = Registry.open(data_dir, Unlock(passphrase=PASSPHRASE, use_keyring=False))
    registry.staff.remove(ids["Léa"])
    registry.close()
    screen.choose_person(ids["Léa"])
    screen.ui.secretEdit.setText(LEA_PIN)
    screen.ui.unlockButton.click()
    assert not screen.registry_opened
    assert screen.ui.errorLabel.text() == (
        "This person has no PIN or passphrase yet: ask the owner to give them one."
    )
    fresh = unlock_screen(qtbot, data_dir)
    fresh.start()
    combo = fresh.ui.personCombo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Owner", "Marc"]
