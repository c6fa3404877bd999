"""Multi-step flows as plain state machines (DESIGN.md rule 2): first run and unlock.

The GUI only renders these: it shows the current ``step`` (or ``state``), calls
one method per user action, and shows ``error.message(lang)`` inline when
``error`` is set. Every user-facing failure becomes ``error`` (the exception
object is kept for display); anything else is a bug and propagates.

First run::

    PROFILE --set_profile--> UNLOCK_METHOD --choose_keyring / choose_passphrase-->
    (Registry.create) RECOVERY_SHEET --save_sheet, confirm_sheet_saved--> DONE

Unlock::

    start(): key file has a keyring slot -> try the keyring -> OPENED
             otherwise (or the keyring failed) -> PASSPHRASE (or RECOVERY_CODE)
    submit_passphrase / submit_recovery_code -> OPENED, or the same state with ``error``
    files missing or damaged -> BROKEN (only "open another registry" helps)

Nothing here ever creates a registry over one that failed to open: the unlock
flow only calls ``Registry.open``, which never writes before the key is proven.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from . import keyring_store
from .business import BusinessProfile
from .errors import (
    KeyringUnavailableError,
    OpenError,
    RegistreError,
    RegistryLockedError,
    UnlockMethodError,
    ValidationError,
    WrongSecretError,
)
from .i18n import system_language
from .keyfile import KeyFile
from .registry import Created, Registry, RegistryPaths, Unlock
from .secrets import MIN_PASSPHRASE_LENGTH
from .staff import UnlockChoice, unlock_choices

# Messages only these flows need, in the same shape as messages.MESSAGES.
FLOW_MESSAGES: dict[str, dict[str, str]] = {
    "passphrase_mismatch": {
        "en": "The two passphrases are not the same. Type the same passphrase twice.",
        "fr": "Les deux phrases de passe ne sont pas identiques. "
        "Saisissez deux fois la même phrase de passe.",
    },
    "passphrase_empty": {
        "en": "Type the passphrase.",
        "fr": "Saisissez la phrase de passe.",
    },
    "recovery_code_empty": {
        "en": "Type the recovery code printed on the recovery sheet.",
        "fr": "Saisissez le code de secours imprimé sur la fiche de secours.",
    },
    "keyring_not_available": {
        "en": "The system keyring cannot be used on this computer ({reason}): choose a passphrase.",
        "fr": "Le trousseau du système est inutilisable sur cet ordinateur ({reason}) : "
        "choisissez une phrase de passe.",
    },
    "sheet_not_saved": {
        "en": "Save the recovery sheet first.",
        "fr": "Enregistrez d'abord la fiche de secours.",
    },
    "sheet_not_confirmed": {
        "en": "Tick the box to confirm that the recovery sheet is saved or printed "
        "and kept somewhere safe.",
        "fr": "Cochez la case pour confirmer que la fiche de secours est enregistrée ou "
        "imprimée, et rangée en lieu sûr.",
    },
    "sheet_unwritable": {
        "en": "The recovery sheet could not be saved in {path} ({reason}). Choose another place.",
        "fr": "Impossible d'enregistrer la fiche de secours dans {path} ({reason}). "
        "Choisissez un autre emplacement.",
    },
    "folder_unwritable": {
        "en": "The registry cannot be created in {path} ({reason}).",
        "fr": "Impossible de créer le registre dans {path} ({reason}).",
    },
    "no_registry_there": {
        "en": "There is no registry in {path}. Choose the folder that holds registre.db "
        "and registre.keys.",
        "fr": "Aucun registre dans {path}. Choisissez le dossier qui contient registre.db "
        "et registre.keys.",
    },
}


class FlowError(RegistreError):
    """A user-facing error only a flow raises; its text lives in ``FLOW_MESSAGES``."""

    def message(self, lang: str | None = None) -> str:
        lang = lang or system_language()
        texts = FLOW_MESSAGES[self.code]
        return (texts.get(lang) or texts["en"]).format(**self.params)


def _os_reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


# -- first run -----------------------------------------------------------------


class FirstRunStep(enum.Enum):
    PROFILE = "profile"
    UNLOCK_METHOD = "unlock_method"
    RECOVERY_SHEET = "recovery_sheet"
    DONE = "done"


@dataclass
class FirstRunFlow:
    """Create a registry: business profile, unlock method, recovery sheet."""

    data_dir: Path
    lang: str = "fr"
    probe: Callable[[], str | None] = keyring_store.probe
    step: FirstRunStep = FirstRunStep.PROFILE
    profile: BusinessProfile | None = None
    error: RegistreError | None = None
    keyring_reason: str | None = None  # why the keyring cannot be used; None when it can
    use_keyring: bool = False
    sheet_path: Path | None = None
    sheet_confirmed: bool = False
    _created: Created | None = field(default=None, repr=False)
    _recovery_code: str = field(default="", repr=False)
    _probed: bool = field(default=False, repr=False)

    # -- facts the screens show ---------------------------------------------

    @property
    def keyring_available(self) -> bool:
        return self._probed and self.keyring_reason is None

    @property
    def min_passphrase_length(self) -> int:
        return MIN_PASSPHRASE_LENGTH

    @property
    def registry(self) -> Registry | None:
        """The new registry, once created (it stays open: the caller owns it after DONE)."""
        return self._created.registry if self._created else None

    def suggested_sheet_name(self) -> str:
        name = "fiche-de-secours-registre" if self.lang == "fr" else "registre-recovery-sheet"
        return f"{name}.pdf"

    # -- step 1: business profile ---------------------------------------------

    def set_profile(self, profile: BusinessProfile) -> FirstRunStep:
        self._require(FirstRunStep.PROFILE, FirstRunStep.UNLOCK_METHOD)
        self.error = None
        if not profile.name.strip():
            self.error = ValidationError("business_name_empty", field="name")
            return self.step
        self.profile = profile
        if not self._probed:
            self.keyring_reason = self.probe()
            self._probed = True
        self.use_keyring = self.keyring_reason is None
        self.step = FirstRunStep.UNLOCK_METHOD
        return self.step

    # -- step 2: unlock method, then creation ---------------------------------

    def back(self) -> FirstRunStep:
        """One step back; impossible once the registry exists."""
        if self.step is FirstRunStep.UNLOCK_METHOD:
            self.error = None
            self.step = FirstRunStep.PROFILE
        return self.step

    def choose_keyring(self) -> FirstRunStep:
        self._require(FirstRunStep.UNLOCK_METHOD)
        self.error = None
        if not self.keyring_available:
            self.error = FlowError(
                "keyring_not_available", reason=self.keyring_reason or "not checked"
            )
            return self.step
        return self._create(passphrase=None, use_keyring=True)

    def choose_passphrase(self, passphrase: str, confirmation: str) -> FirstRunStep:
        self._require(FirstRunStep.UNLOCK_METHOD)
        self.error = None
        if len(passphrase) < MIN_PASSPHRASE_LENGTH:
            self.error = ValidationError(
                "passphrase_too_short", field="passphrase", minimum=MIN_PASSPHRASE_LENGTH
            )
            return self.step
        if passphrase != confirmation:
            self.error = FlowError("passphrase_mismatch")
            return self.step
        return self._create(passphrase=passphrase, use_keyring=False)

    def _create(self, *, passphrase: str | None, use_keyring: bool) -> FirstRunStep:
        assert self.profile is not None
        try:
            created = Registry.create(
                self.data_dir, self.profile.name, passphrase=passphrase, use_keyring=use_keyring
            )
        except RegistreError as exc:
            self.error = exc
            if isinstance(exc, KeyringUnavailableError):
                self.keyring_reason = str(exc.params.get("reason", "")) or exc.code
                self.use_keyring = False
            return self.step
        except OSError as exc:
            self.error = FlowError(
                "folder_unwritable", path=str(self.data_dir), reason=_os_reason(exc)
            )
            return self.step
        registry = created.registry
        try:
            with registry.transaction():
                registry.business.save(self.profile)
        except RegistreError as exc:
            # The registry exists with its name; the rest of the profile can be
            # filled in later from the settings. Say so, but go on.
            self.error = exc
        self._created = created
        self._recovery_code = created.recovery_code
        self.use_keyring = use_keyring
        self.step = FirstRunStep.RECOVERY_SHEET
        return self.step

    # -- step 3: the recovery sheet -------------------------------------------

    def save_sheet(self, path: Path, now: datetime | None = None) -> bool:
        """Write the recovery sheet PDF to ``path``; True when written."""
        self._require(FirstRunStep.RECOVERY_SHEET)
        registry = self.registry
        assert registry is not None and self.profile is not None
        from .pdf.recovery_sheet import write_recovery_sheet  # reportlab: load on demand

        self.error = None
        try:
            write_recovery_sheet(
                Path(path),
                business_name=self.profile.name.strip(),
                registry_id=registry.registry_id,
                recovery_code=self._recovery_code,
                data_dir=str(registry.paths.data_dir),
                created_at=now or datetime.now().astimezone(),
                lang=self.lang,
            )
        except OSError as exc:
            self.error = FlowError("sheet_unwritable", path=str(path), reason=_os_reason(exc))
            return False
        self.sheet_path = Path(path)
        return True

    def confirm_sheet_saved(self, confirmed: bool) -> FirstRunStep:
        """The user ticked (or unticked) "I have saved or printed it"."""
        self._require(FirstRunStep.RECOVERY_SHEET)
        self.sheet_confirmed = confirmed
        return self.step

    def finish(self) -> FirstRunStep:
        self._require(FirstRunStep.RECOVERY_SHEET)
        self.error = None
        if self.sheet_path is None:
            self.error = FlowError("sheet_not_saved")
        elif not self.sheet_confirmed:
            self.error = FlowError("sheet_not_confirmed")
        else:
            self._recovery_code = ""  # the sheet holds it now; keep no copy in memory
            self.step = FirstRunStep.DONE
        return self.step

    def _require(self, *steps: FirstRunStep) -> None:
        if self.step not in steps:
            raise RuntimeError(f"first run: not possible at step {self.step.value}")


# -- unlock ----------------------------------------------------------------------


class UnlockState(enum.Enum):
    START = "start"
    KEYRING = "keyring"  # the keyring is the way; "try again" retries it
    PASSPHRASE = "passphrase"
    RECOVERY_CODE = "recovery_code"
    BROKEN = "broken"  # files missing or damaged: only another registry helps
    OPENED = "opened"


@dataclass
class UnlockFlow:
    """Open an existing registry: keyring first, then passphrase or recovery code."""

    data_dir: Path
    state: UnlockState = UnlockState.START
    error: RegistreError | None = None
    slot_types: list[str] = field(default_factory=list)
    registry: Registry | None = None
    # Who is unlocking: the owner (None) or a staff member (their id), with the
    # people the key file lists; a single entry means there are no staff.
    people: list[UnlockChoice] = field(default_factory=list)
    person: int | None = None

    @property
    def has_passphrase(self) -> bool:
        return "passphrase" in self.slot_types

    @property
    def has_keyring(self) -> bool:
        return "keyring" in self.slot_types

    @property
    def has_recovery_code(self) -> bool:
        return "recovery" in self.slot_types

    def start(self, try_keyring: bool = True) -> UnlockState:
        """Read the key file; try the keyring when the registry keeps its key there.

        ``try_keyring=False`` (after a lock): never open by itself; a registry with only
        a keyring slot waits on "try again".
        """
        self.error = None
        self.registry = None
        paths = RegistryPaths(self.data_dir)
        try:
            paths.check_openable()
            self.slot_types = KeyFile.load(paths.keys).slot_types()
            self.people = unlock_choices(paths.keys)
        except OpenError as exc:
            self.slot_types = []
            self.people = []
            self.error = exc
            self.state = UnlockState.BROKEN
            return self.state
        if self.has_keyring and try_keyring:
            self.state = UnlockState.KEYRING
            return self._open(Unlock())
        if self.has_keyring and not self.has_passphrase:
            self.state = UnlockState.KEYRING
            return self.state
        self.state = self._fallback_state()
        return self.state

    @property
    def has_staff(self) -> bool:
        return len(self.people) > 1

    def choose_person(self, staff_id: int | None) -> UnlockState:
        """Who is at the keyboard: the owner (None) or a staff member, then their secret."""
        self._require(UnlockState.KEYRING, UnlockState.PASSPHRASE, UnlockState.RECOVERY_CODE)
        if staff_id is not None and staff_id not in {p.staff_id for p in self.people}:
            raise RuntimeError(f"unlock: no staff member {staff_id}")
        self.error = None
        self.person = staff_id
        self.state = UnlockState.PASSPHRASE if staff_id is not None else self._fallback_state()
        return self.state

    def retry_keyring(self) -> UnlockState:
        self._require(UnlockState.KEYRING, UnlockState.PASSPHRASE, UnlockState.RECOVERY_CODE)
        if not self.has_keyring:
            return self.state
        self.state = UnlockState.KEYRING
        self.error = None
        return self._open(Unlock())

    def submit_passphrase(self, passphrase: str) -> UnlockState:
        self._require(UnlockState.PASSPHRASE)
        self.error = None
        if not passphrase:
            self.error = FlowError("passphrase_empty")
            return self.state
        if self.person is not None:
            return self._open(Unlock(passphrase=passphrase, staff_id=self.person))
        return self._open(Unlock(passphrase=passphrase, use_keyring=False))

    def use_recovery_code(self) -> UnlockState:
        self._require(UnlockState.KEYRING, UnlockState.PASSPHRASE)
        self.error = None
        self.person = None  # the recovery code is the owner's
        self.state = UnlockState.RECOVERY_CODE
        return self.state

    def use_passphrase(self) -> UnlockState:
        self._require(UnlockState.RECOVERY_CODE, UnlockState.KEYRING)
        self.error = None
        self.state = self._fallback_state(prefer_recovery=False)
        return self.state

    def submit_recovery_code(self, code: str) -> UnlockState:
        self._require(UnlockState.RECOVERY_CODE)
        self.error = None
        if not code.strip():
            self.error = FlowError("recovery_code_empty")
            return self.state
        return self._open(Unlock(recovery_code=code, use_keyring=False))

    def open_other(self, data_dir: Path) -> UnlockState:
        """Switch to the registry in another folder; refused, with a message, when none is there."""
        if self.state is UnlockState.OPENED:
            raise RuntimeError("unlock: a registry is already open")
        if RegistryPaths(Path(data_dir)).state() == "absent":
            self.error = FlowError("no_registry_there", path=str(data_dir))
            return self.state
        self.data_dir = Path(data_dir)
        return self.start()

    def _fallback_state(self, prefer_recovery: bool = False) -> UnlockState:
        if self.has_passphrase and not prefer_recovery:
            return UnlockState.PASSPHRASE
        return UnlockState.RECOVERY_CODE

    def _open(self, unlock: Unlock) -> UnlockState:
        try:
            self.registry = Registry.open(self.data_dir, unlock)
        except (KeyringUnavailableError, UnlockMethodError) as exc:
            if unlock.staff_id is not None:
                self.error = exc  # no slot, removed, or a PIN without the keyring: say so here
                return self.state
            # The keyring failed or holds no entry: ask the passphrase (or the code).
            self.error = exc
            self.state = self._fallback_state()
            return self.state
        except (WrongSecretError, RegistryLockedError, ValidationError) as exc:
            self.error = exc  # try again on the same screen
            return self.state
        except OpenError as exc:
            self.error = exc
            self.state = UnlockState.BROKEN
            return self.state
        self.state = UnlockState.OPENED
        return self.state

    def _require(self, *states: UnlockState) -> None:
        if self.state not in states:
            raise RuntimeError(f"unlock: not possible in state {self.state.value}")
