"""The few exception types that carry meaning (DESIGN.md, rule 3).

* ``RegistreError`` and its subclasses are user-facing: the screen or command
  where they happen shows ``message(lang)`` as is. Nothing was changed.
* ``Cancelled`` is silent: the user stopped a flow.
* Anything else is a bug, shown by the one global handler and logged.
"""

from __future__ import annotations

from .i18n import pick, system_language
from .messages import text


class RegistreError(Exception):
    """A user-facing error with a translated message."""

    code = "generic"

    def __init__(self, message_code: str | None = None, /, **params: object) -> None:
        self.code = message_code or type(self).code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str | None = None) -> str:
        """The message in ``lang``; parameters given as {"fr": ..., "en": ...} are picked too."""
        lang = lang or system_language()
        params = {
            name: pick(value, lang) if isinstance(value, dict) else value
            for name, value in self.params.items()
        }
        return text(self.code, lang, **params)


class Cancelled(Exception):
    """The user cancelled; say nothing."""


class OpenError(RegistreError):
    """The registry could not be opened; every file is left as it was."""


class NoRegistryError(OpenError):
    code = "no_registry"


class RegistryExistsError(RegistreError):
    code = "registry_exists"


class KeyFileMissingError(OpenError):
    code = "key_file_missing"


class DatabaseMissingError(OpenError):
    code = "database_missing"


class KeyFileDamagedError(OpenError):
    code = "key_file_damaged"


class KeyFileNewerError(OpenError):
    code = "key_file_newer"


class NotARegistryError(OpenError):
    code = "not_a_registry"


class SchemaNewerError(OpenError):
    code = "schema_newer"


class RegistryLockedError(OpenError):
    code = "registry_locked"


class WrongSecretError(OpenError):
    """A passphrase or recovery code that does not unwrap the key."""

    code = "wrong_passphrase"


class KeyringUnavailableError(OpenError):
    code = "keyring_unavailable"


class UnlockMethodError(RegistreError):
    """The registry cannot be unlocked the way asked (no such slot, nothing given)."""


class ValidationError(RegistreError):
    """Bad input, reported for one field when ``field`` is set."""

    code = "field_empty"

    def __init__(
        self, message_code: str | None = None, /, field: str | None = None, **params: object
    ) -> None:
        self.field = field
        if field is not None:
            params.setdefault("field", field)  # e.g. "'{field}' is not a customer field"
        if field is not None and "label" not in params:
            from .fields import FIELDS  # late: fields imports this module

            params["label"] = FIELDS[field].labels if field in FIELDS else field
        super().__init__(message_code, **params)


class MinimisationError(ValidationError):
    """A field that no purpose of the customer justifies (GDPR Art. 5(1)(c))."""

    code = "field_not_justified"


class NotFoundError(RegistreError):
    code = "customer_not_found"


class RestrictedError(RegistreError):
    """The customer's data is restricted (Art. 18): storage only."""

    code = "customer_restricted"


class ObjectionError(RegistreError):
    """The customer objected to direct marketing (Art. 21): for good."""

    code = "customer_objected"


class RequestError(RegistreError):
    """A data-subject request that cannot be handled as asked."""

    code = "request_not_found"


class StorageError(RegistreError):
    """A known database condition: disk full, read-only folder."""

    code = "disk_full"


class AuditBrokenError(RegistreError):
    """``audit verify`` found a broken link in the audit log's hash chain."""

    code = "audit_broken"


class PermissionDeniedError(RegistreError):
    """The person unlocked does not have the role this action needs; nothing was changed."""

    code = "owner_only"


class BackupError(RegistreError):
    """A backup that cannot be written, found, opened or verified; nothing was changed."""

    code = "backup_damaged"
