"""The purpose catalogue: why data is kept, on which legal basis, which fields, how long.

One mapping drives everything downstream: field -> purpose -> basis -> retention.
A purpose's wording (name and plain-language text, French and English) is
versioned: a change makes a new version and old versions stay, as proof of
what a customer saw when consenting.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from . import fields, permissions
from .errors import RegistreError, ValidationError
from .i18n import pick
from .resources import resource_path

LEGAL_BASES = (
    "consent",
    "contract",
    "legal_obligation",
    "legitimate_interest",
    "vital_interest",
    "public_task",
)
LEGAL_BASIS_LABELS: dict[str, dict[str, str]] = {
    "consent": {"fr": "Consentement", "en": "Consent"},
    "contract": {"fr": "Exécution d'un contrat", "en": "Performance of a contract"},
    "legal_obligation": {"fr": "Obligation légale", "en": "Legal obligation"},
    "legitimate_interest": {"fr": "Intérêt légitime", "en": "Legitimate interest"},
    "vital_interest": {"fr": "Intérêts vitaux", "en": "Vital interests"},
    "public_task": {"fr": "Mission d'intérêt public", "en": "Public task"},
}
RETENTION_FROM_LABELS: dict[str, dict[str, str]] = {
    "last_contact": {"fr": "après le dernier contact", "en": "after the last contact"},
    "collection": {"fr": "après la collecte", "en": "after collection"},
    "end_of_contract": {"fr": "après la fin du contrat", "en": "after the end of the contract"},
    "document_date": {"fr": "après la date du document", "en": "after the document date"},
}
_CODE = re.compile(r"^[a-z][a-z0-9_]{1,39}$")

# Direct marketing (Art. 21(2)-(3)): an objection removes a customer from these for good.
MARKETING_PURPOSES = frozenset({"newsletter", "sms_offers", "birthday_offers"})
MARKETING_BASES = ("consent", "legitimate_interest")


@dataclass(frozen=True)
class Purpose:
    code: str
    legal_basis: str
    required_fields: tuple[str, ...]
    optional_fields: tuple[str, ...]
    retention_months: int
    retention_from: str
    recipients: tuple[dict[str, str], ...]
    wording_version: int
    names: dict[str, str]
    texts: dict[str, str]
    position: int = 0
    active: bool = True

    @property
    def is_consent(self) -> bool:
        return self.legal_basis == "consent"

    @property
    def is_marketing(self) -> bool:
        return is_marketing(self)

    @property
    def allowed_fields(self) -> frozenset[str]:
        return frozenset(self.required_fields) | frozenset(self.optional_fields)

    def name(self, lang: str) -> str:
        return pick(self.names, lang)

    def text(self, lang: str) -> str:
        return pick(self.texts, lang)

    def retention_text(self, lang: str) -> str:
        months = self.retention_months
        if months % 12 == 0:
            years = months // 12
            amount = (
                f"{years} an{'s' if years > 1 else ''}"
                if lang == "fr"
                else f"{years} year{'s' if years > 1 else ''}"
            )
        else:
            amount = f"{months} mois" if lang == "fr" else f"{months} months"
        return f"{amount} {pick(RETENTION_FROM_LABELS[self.retention_from], lang)}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.names,
            "text": self.texts,
            "wording_version": self.wording_version,
            "legal_basis": self.legal_basis,
            "required_fields": list(self.required_fields),
            "optional_fields": list(self.optional_fields),
            "retention_months": self.retention_months,
            "retention_from": self.retention_from,
            "recipients": list(self.recipients),
            "active": self.active,
        }


def is_marketing(purpose: Purpose) -> bool:
    """Direct marketing: a marketing purpose code based on consent or legitimate interest."""
    return purpose.code in MARKETING_PURPOSES and purpose.legal_basis in MARKETING_BASES


_SELECT = """
SELECT p.code, p.legal_basis, p.required_fields, p.optional_fields, p.retention_months,
       p.retention_from, p.recipients, w.version, w.name_fr, w.name_en, w.text_fr, w.text_en,
       p.position, p.active
FROM purpose p
JOIN purpose_wording w ON w.purpose_code = p.code
 AND w.version = (SELECT max(version) FROM purpose_wording WHERE purpose_code = p.code)
"""


def _from_row(row: Sequence[Any]) -> Purpose:
    return Purpose(
        code=row[0],
        legal_basis=row[1],
        required_fields=tuple(json.loads(row[2])),
        optional_fields=tuple(json.loads(row[3])),
        retention_months=row[4],
        retention_from=row[5],
        recipients=tuple(json.loads(row[6])),
        wording_version=row[7],
        names={"fr": row[8], "en": row[9]},
        texts={"fr": row[10], "en": row[11]},
        position=row[12],
        active=bool(row[13]),
    )


def default_catalogue() -> list[dict[str, Any]]:
    """The purposes a French shop starts with (resources/purposes/default.json)."""
    data = json.loads(resource_path("purposes", "default.json").read_text("utf-8"))
    return list(data["purposes"])


def _check_definition(
    code: str,
    legal_basis: str,
    required: Iterable[str],
    optional: Iterable[str],
    retention_months: int,
    retention_from: str,
    names: dict[str, str],
    texts: dict[str, str],
) -> None:
    if not _CODE.match(code):
        raise ValidationError("purpose_code_invalid", field="code")
    if legal_basis not in LEGAL_BASES:
        raise ValidationError("legal_basis_unknown", field="legal_basis", basis=legal_basis)
    required, optional = list(required), list(optional)
    for field in required + optional:
        fields.spec(field)
    for field in set(required) & set(optional):
        raise ValidationError("purpose_field_both", field=field)
    if retention_months <= 0 or retention_from not in RETENTION_FROM_LABELS:
        raise ValidationError("purpose_wording_empty", field="retention")
    _check_wording(names, texts)


def _check_wording(names: dict[str, str], texts: dict[str, str]) -> None:
    for lang in ("fr", "en"):
        if not names.get(lang, "").strip() or not texts.get(lang, "").strip():
            raise ValidationError("purpose_wording_empty", field="wording")


class PurposeCatalogue:
    """Reads and edits the purposes of one open registry."""

    def __init__(
        self,
        conn: Any,
        now: Callable[[], str],
        audit: Callable[..., None] | None = None,
        require: Callable[[str], None] = lambda _action: None,
    ) -> None:
        self._require = require  # raises unless the person unlocked may take the action
        self._audit = audit
        self._conn = conn
        self._now = now

    def all(self, include_inactive: bool = False) -> list[Purpose]:
        where = "" if include_inactive else " WHERE p.active = 1"
        rows = self._conn.execute(_SELECT + where + " ORDER BY p.position, p.code")
        return [_from_row(row) for row in rows]

    def get(self, code: str) -> Purpose:
        row = self._conn.execute(_SELECT + " WHERE p.code = ?", (code,)).fetchone()
        if row is None:
            raise RegistreError("purpose_unknown", code=code)
        return _from_row(row)

    def by_code(self) -> dict[str, Purpose]:
        return {p.code: p for p in self.all(include_inactive=True)}

    def wording(self, code: str, version: int) -> dict[str, dict[str, str]]:
        row = self._conn.execute(
            "SELECT name_fr, name_en, text_fr, text_en FROM purpose_wording "
            "WHERE purpose_code = ? AND version = ?",
            (code, version),
        ).fetchone()
        if row is None:
            raise RegistreError("purpose_unknown", code=f"{code} v{version}")
        return {"name": {"fr": row[0], "en": row[1]}, "text": {"fr": row[2], "en": row[3]}}

    def wording_history(self, code: str) -> list[dict[str, Any]]:
        rows = self._conn.execute(
            "SELECT version, name_fr, name_en, text_fr, text_en, created_at FROM purpose_wording "
            "WHERE purpose_code = ? ORDER BY version",
            (code,),
        )
        return [
            {
                "version": r[0],
                "name": {"fr": r[1], "en": r[2]},
                "text": {"fr": r[3], "en": r[4]},
                "created_at": r[5],
            }
            for r in rows
        ]

    def create(
        self,
        code: str,
        legal_basis: str,
        required_fields: Iterable[str],
        optional_fields: Iterable[str],
        retention_months: int,
        retention_from: str,
        recipients: Iterable[dict[str, str]],
        names: dict[str, str],
        texts: dict[str, str],
        position: int | None = None,
    ) -> Purpose:
        """Add a purpose (call inside a transaction)."""
        self._require(permissions.EDIT_PURPOSES)
        required, optional = list(required_fields), list(optional_fields)
        _check_definition(
            code, legal_basis, required, optional, retention_months, retention_from, names, texts
        )
        if self._conn.execute("SELECT 1 FROM purpose WHERE code = ?", (code,)).fetchone():
            raise ValidationError("purpose_exists", field="code", code=code)
        if position is None:
            position = int(
                self._conn.execute("SELECT coalesce(max(position), 0) + 1 FROM purpose").fetchone()[
                    0
                ]
            )
        now = self._now()
        self._conn.execute(
            "INSERT INTO purpose (code, legal_basis, required_fields, optional_fields, "
            "retention_months, retention_from, recipients, position, active, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
            (
                code,
                legal_basis,
                json.dumps(required),
                json.dumps(optional),
                retention_months,
                retention_from,
                json.dumps(list(recipients), ensure_ascii=False),
                position,
                now,
                now,
            ),
        )
        self._insert_wording(code, 1, names, texts)
        return self.get(code)

    def install_defaults(self) -> None:
        for position, item in enumerate(default_catalogue(), start=1):
            self.create(
                item["code"],
                item["legal_basis"],
                item["required_fields"],
                item["optional_fields"],
                item["retention_months"],
                item["retention_from"],
                item["recipients"],
                item["name"],
                item["text"],
                position=position,
            )

    def update_wording(self, code: str, names: dict[str, str], texts: dict[str, str]) -> int:
        """Record a new wording version when it differs; return the current version."""
        self._require(permissions.EDIT_PURPOSES)
        current = self.get(code)
        names = {lang: names.get(lang, current.names[lang]) for lang in ("fr", "en")}
        texts = {lang: texts.get(lang, current.texts[lang]) for lang in ("fr", "en")}
        _check_wording(names, texts)
        if names == current.names and texts == current.texts:
            return current.wording_version
        version = current.wording_version + 1
        self._insert_wording(code, version, names, texts)
        self._conn.execute("UPDATE purpose SET updated_at = ? WHERE code = ?", (self._now(), code))
        if self._audit is not None:
            self._audit("purpose_wording_changed", "purpose", code, purpose=code, version=version)
        return version

    def update_details(
        self,
        code: str,
        *,
        recipients: Iterable[dict[str, str]] | None = None,
        retention_months: int | None = None,
        retention_from: str | None = None,
        active: bool | None = None,
    ) -> Purpose:
        self._require(permissions.EDIT_PURPOSES)
        current = self.get(code)
        months = current.retention_months if retention_months is None else retention_months
        start = current.retention_from if retention_from is None else retention_from
        if months <= 0 or start not in RETENTION_FROM_LABELS:
            raise ValidationError("purpose_wording_empty", field="retention")
        self._conn.execute(
            "UPDATE purpose SET recipients = ?, retention_months = ?, retention_from = ?, "
            "active = ?, updated_at = ? WHERE code = ?",
            (
                json.dumps(
                    list(current.recipients if recipients is None else recipients),
                    ensure_ascii=False,
                ),
                months,
                start,
                int(current.active if active is None else active),
                self._now(),
                code,
            ),
        )
        if self._audit is not None:
            changed = [
                name
                for name, value in (
                    ("recipients", recipients),
                    ("retention_months", retention_months),
                    ("retention_from", retention_from),
                    ("active", active),
                )
                if value is not None
            ]
            self._audit("purpose_changed", "purpose", code, purpose=code, changed=changed)
        return self.get(code)

    def _insert_wording(
        self, code: str, version: int, names: dict[str, str], texts: dict[str, str]
    ) -> None:
        self._conn.execute(
            "INSERT INTO purpose_wording (purpose_code, version, name_fr, name_en, text_fr, "
            "text_en, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (code, version, names["fr"], names["en"], texts["fr"], texts["en"], self._now()),
        )
