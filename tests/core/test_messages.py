"""Every core message exists in French and English, with the same placeholders."""

from __future__ import annotations

import string

import pytest

from desktop_app.core.errors import ValidationError
from desktop_app.core.messages import MESSAGES


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_message_has_both_languages_with_the_same_placeholders(code: str) -> None:
    texts = MESSAGES[code]
    assert set(texts) == {"fr", "en"}
    assert texts["fr"].strip() and texts["en"].strip()
    assert texts["fr"] != texts["en"]
    if code != "email_invalid":  # the French text gives an example instead of the English reason
        assert placeholders(texts["fr"]) == placeholders(texts["en"])


def test_field_labels_follow_the_language() -> None:
    error = ValidationError("field_empty", field="first_name")
    assert error.message("fr") == "Le champ « Prénom » est vide."
    assert error.message("en") == "First name is empty."
