"""The business profile: who the controller is and whom customers can turn to."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, fields
from typing import Any

from . import permissions
from .errors import ValidationError

CNIL_NAME = "Commission nationale de l'informatique et des libertés (CNIL)"
CNIL_ADDRESS = "3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07"
CNIL_URL = "https://www.cnil.fr"


@dataclass
class BusinessProfile:
    name: str
    address: str = ""
    email: str = ""
    phone: str = ""
    dpo_name: str = ""
    dpo_email: str = ""
    dpo_phone: str = ""
    authority_name: str = CNIL_NAME
    authority_address: str = CNIL_ADDRESS
    authority_url: str = CNIL_URL
    country: str = "FR"

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


PROFILE_FIELDS = tuple(f.name for f in fields(BusinessProfile))


class BusinessStore:
    def __init__(
        self,
        conn: Any,
        now: Callable[[], str],
        audit: Callable[..., None] | None = None,
        require: Callable[[str], None] = lambda _action: None,
    ) -> None:
        self._require = require  # raises unless the person unlocked may take the action
        self._conn = conn
        self._now = now
        self._audit = audit

    def get(self) -> BusinessProfile:
        row = self._conn.execute(
            f"SELECT {', '.join(PROFILE_FIELDS)} FROM business WHERE id = 1"
        ).fetchone()
        return BusinessProfile(*row)

    def save(self, profile: BusinessProfile) -> None:
        """Insert or replace the profile (call inside a transaction)."""
        self._require(permissions.MANAGE_SETTINGS)
        if not profile.name.strip():
            raise ValidationError("business_name_empty", field="name")
        values = {k: v.strip() for k, v in profile.as_dict().items()}
        row = self._conn.execute("SELECT 1 FROM business WHERE id = 1").fetchone()
        before = self.get().as_dict() if row else {}
        columns = ", ".join(PROFILE_FIELDS)
        marks = ", ".join("?" * len(PROFILE_FIELDS))
        updates = ", ".join(f"{name} = excluded.{name}" for name in PROFILE_FIELDS)
        self._conn.execute(
            f"INSERT INTO business (id, {columns}, updated_at) VALUES (1, {marks}, ?) "
            f"ON CONFLICT (id) DO UPDATE SET {updates}, updated_at = excluded.updated_at",
            (*[values[name] for name in PROFILE_FIELDS], self._now()),
        )
        changed = sorted(k for k in PROFILE_FIELDS if before.get(k, "") != values[k])
        if changed and self._audit is not None:
            self._audit("business_profile_changed", "registry", "registry", fields=changed)

    def update(self, **changes: str) -> BusinessProfile:
        """Change some fields of the profile (call inside a transaction)."""
        self._require(permissions.MANAGE_SETTINGS)
        profile = self.get()
        for key, value in changes.items():
            if key not in PROFILE_FIELDS:
                raise ValidationError("field_unknown", field=key)
            setattr(profile, key, value)
        self.save(profile)
        return profile
