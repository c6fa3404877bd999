"""The customer fields Registre knows, their labels, and how each value is checked.

``clean(code, raw)`` returns the value as stored, or raises ``ValidationError``
naming the field. Stored forms: text as typed without surrounding blanks; e-mail
in the normal form email-validator gives; phone in E.164; birthday as ISO 8601
'--MM-DD' (day and month only, never the year: minimisation).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from .errors import ValidationError
from .i18n import pick

DEFAULT_REGION = "FR"


@dataclass(frozen=True)
class FieldSpec:
    code: str
    labels: dict[str, str]
    category: str  # data category, for Art. 15 / Art. 30 statements
    max_length: int
    multiline: bool = False

    def label(self, lang: str) -> str:
        return pick(self.labels, lang)


FIELDS: dict[str, FieldSpec] = {
    spec.code: spec
    for spec in (
        FieldSpec("last_name", {"fr": "Nom", "en": "Last name"}, "identity", 100),
        FieldSpec("first_name", {"fr": "Prénom", "en": "First name"}, "identity", 100),
        FieldSpec("email", {"fr": "Adresse e-mail", "en": "E-mail address"}, "contact", 254),
        FieldSpec("phone", {"fr": "Téléphone", "en": "Phone"}, "contact", 40),
        FieldSpec(
            "postal_address",
            {"fr": "Adresse postale", "en": "Postal address"},
            "contact",
            300,
            multiline=True,
        ),
        FieldSpec(
            "birthday",
            {"fr": "Anniversaire (jour et mois)", "en": "Birthday (day and month)"},
            "birthday",
            20,
        ),
    )
}

CATEGORY_LABELS: dict[str, dict[str, str]] = {
    "identity": {"fr": "Identité", "en": "Identity"},
    "contact": {"fr": "Coordonnées", "en": "Contact details"},
    "birthday": {"fr": "Date d'anniversaire (sans l'année)", "en": "Birthday (without the year)"},
}


def spec(code: str) -> FieldSpec:
    try:
        return FIELDS[code]
    except KeyError:
        raise ValidationError("field_unknown", field=code) from None


def _error(code: str, field: str, **params: object) -> ValidationError:
    return ValidationError(code, field=field, **params)


# Explicit bidi embeddings, overrides and isolates can make a name display as
# another one on screen or in a PDF; no real name needs them.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _check_text(field: str, value: str) -> str:
    field_spec = FIELDS[field]
    value = value.strip()
    if not value:
        raise _error("field_empty", field)
    if len(value) > field_spec.max_length:
        raise _error("field_too_long", field, length=len(value), maximum=field_spec.max_length)
    allowed = "\n" if field_spec.multiline else ""
    for ch in value:
        if ch in _BIDI_CONTROLS or (ch not in allowed and unicodedata.category(ch) in ("Cc", "Cs")):
            raise _error("field_control_characters", field)
    return value


def _clean_email(raw: str) -> str:
    value = _check_text("email", raw)
    try:
        result = validate_email(value, check_deliverability=False)
    except EmailNotValidError as exc:
        raise _error("email_invalid", "email", reason=str(exc)) from None
    return str(result.normalized)


def _clean_phone(raw: str, region: str = DEFAULT_REGION) -> str:
    value = _check_text("phone", raw)
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        raise _error("phone_invalid", "phone") from None
    if not phonenumbers.is_valid_number(number):
        raise _error("phone_invalid", "phone")
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


_ISO_DAY_MONTH = re.compile(r"^--(\d{2})-(\d{2})$")
_DAY_MONTH = re.compile(r"^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})$")
_WITH_YEAR = re.compile(r"^\d{1,4}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{1,4}$")


def _clean_birthday(raw: str) -> str:
    value = _check_text("birthday", raw)
    if _WITH_YEAR.match(value):
        raise _error("birthday_with_year", "birthday")
    iso = _ISO_DAY_MONTH.match(value)
    if iso:
        month, day = int(iso.group(1)), int(iso.group(2))
    else:
        match = _DAY_MONTH.match(value)
        if not match:
            raise _error("birthday_invalid", "birthday")
        day, month = int(match.group(1)), int(match.group(2))
    try:
        date(2000, month, day)  # a leap year, so 29/02 is a real birthday
    except ValueError:
        raise _error("birthday_invalid", "birthday") from None
    return f"--{month:02d}-{day:02d}"


_CLEANERS: dict[str, Callable[[str], str]] = {
    "last_name": lambda raw: _check_text("last_name", raw),
    "first_name": lambda raw: _check_text("first_name", raw),
    "postal_address": lambda raw: _check_text("postal_address", raw),
    "email": _clean_email,
    "phone": _clean_phone,
    "birthday": _clean_birthday,
}


def clean(code: str, raw: str) -> str:
    """The stored form of ``raw`` for field ``code``, or a ValidationError naming the field."""
    spec(code)
    return _CLEANERS[code](raw)


def display(code: str, value: str, lang: str = "fr") -> str:
    """How a stored value is shown to people: '06 12 34 56 78', '14/07'."""
    if code == "phone":
        try:
            number = phonenumbers.parse(value, None)
        except phonenumbers.NumberParseException:
            return value
        fmt = (
            phonenumbers.PhoneNumberFormat.NATIONAL
            if phonenumbers.region_code_for_number(number) == DEFAULT_REGION
            else phonenumbers.PhoneNumberFormat.INTERNATIONAL
        )
        return str(phonenumbers.format_number(number, fmt))
    if code == "birthday":
        match = _ISO_DAY_MONTH.match(value)
        if match:
            month, day = match.group(1), match.group(2)
            return f"{day}/{month}" if lang == "fr" else f"{day}/{month} (day/month)"
    return value
