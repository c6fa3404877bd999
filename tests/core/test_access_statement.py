"""The access statement (GDPR Art. 15): every stored field, every purpose with its basis,
categories, recipients, retention and source, the consent history with the exact wording
shown, the rights, and no automated decision — as JSON that follows its published schema."""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.customers import CustomerDraft
from desktop_app.core.errors import NotFoundError
from desktop_app.core.registry import Created, Registry
from desktop_app.core.resources import resource_path
from desktop_app.core.rights.statement import (
    ART15,
    REQUEST_KEYS,
    SCHEMA,
    access_statement,
    write_statement_json,
)

NOW = "2025-03-14T09:05:00+00:00"
REQUEST = {
    "reference": "R-2025-0042",
    "type": "access",
    "received_on": "2025-03-10",
    "due_on": "2025-04-10",
    "extension_months": 0,
    "status": "open",
    "completed_on": None,
}
VALUES = {
    "last_name": "Żółć-Nguyễn",
    "first_name": "Łukasz",
    "email": "lukasz@example.com",
    "phone": "06 12 34 56 78",
    "postal_address": "3 rue des Lilas\n75011 Paris",
    "birthday": "14/07",
}
NEWSLETTER_V2 = {
    "fr": "J'accepte de recevoir la lettre d'information (version 2).",
    "en": "I agree to receive the newsletter (version 2).",
}


def make_customer(registry: Registry, values: dict[str, str] | None = None) -> int:
    """A customer with attached purposes, consents given, one withdrawn, one given again
    under a newer wording: every status and two wording versions."""
    with registry.transaction():
        registry.business.update(
            address="12 rue du Marché\n69001 Lyon",
            email="bonjour@boutique.fr",
            phone="04 00 00 00 00",
            dpo_name="Marie Curie",
            dpo_email="rgpd@boutique.fr",
        )
        customer_id = registry.customers.add(
            CustomerDraft(
                dict(values or VALUES),
                ["customer_follow_up", "invoicing"],
                ["newsletter", "birthday_offers"],
            ),
            channel="in_store",
            signature=b"drawn",
        )
    with registry.transaction():
        registry.customers.withdraw_consent(customer_id, "newsletter", "email")
        registry.purposes.update_wording("newsletter", {}, NEWSLETTER_V2)
        registry.customers.grant_consent(customer_id, "newsletter", "paper")
        registry.customers.grant_consent(customer_id, "sms_offers", "phone")
        registry.customers.withdraw_consent(customer_id, "sms_offers", "phone")
    return customer_id


@pytest.fixture
def fixed_registry(make_registry: Callable[..., Created]) -> Registry:
    return make_registry(clock=lambda: NOW).registry


@pytest.fixture
def statement(fixed_registry: Registry) -> dict[str, Any]:
    return access_statement(fixed_registry, make_customer(fixed_registry), dict(REQUEST))


def by_code(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {item["code"]: item for item in items}


# -- content ------------------------------------------------------------------------------------


def test_statement_names_its_schema_business_contact_and_request(
    statement: dict[str, Any],
) -> None:
    assert statement["schema"] == SCHEMA == "registre-access/1"
    assert statement["business"]["name"] == "Boutique Test"
    assert statement["business"]["address"] == "12 rue du Marché\n69001 Lyon"
    assert statement["data_protection_contact"] == {
        "name": "Marie Curie",
        "email": "rgpd@boutique.fr",
        "phone": "",
    }
    assert statement["request"] == REQUEST
    assert statement["customer"]["reference"].startswith("C-")
    assert statement["generated_at"] == NOW


def test_every_stored_field_with_stored_and_displayed_value_and_collection_date(
    statement: dict[str, Any],
) -> None:
    rows = by_code(statement["fields"])
    assert list(rows) == list(VALUES)  # the registry's field order, nothing left out
    assert rows["phone"]["value"] == "+33612345678"
    assert rows["phone"]["display"] == {"fr": "06 12 34 56 78", "en": "06 12 34 56 78"}
    assert rows["birthday"]["value"] == "--07-14"
    assert rows["birthday"]["display"]["fr"] == "14/07"
    assert rows["last_name"]["value"] == "Żółć-Nguyễn"
    assert rows["email"]["category"] == "contact"
    assert rows["email"]["category_label"] == {"fr": "Coordonnées", "en": "Contact details"}
    assert rows["first_name"]["label"] == {"fr": "Prénom", "en": "First name"}
    assert all(row["collected_at"] == NOW for row in rows.values())


def test_every_purpose_attached_consented_or_withdrawn_is_listed(
    statement: dict[str, Any],
) -> None:
    purposes = by_code(statement["purposes"])
    assert {code: p["status"] for code, p in purposes.items()} == {
        "customer_follow_up": "attached",
        "invoicing": "attached",
        "newsletter": "consented",
        "birthday_offers": "consented",
        "sms_offers": "withdrawn",
    }
    assert statement["purposes"][-1]["code"] == "sms_offers"  # withdrawn ones last
    newsletter = purposes["newsletter"]
    assert newsletter["name"]["fr"] == "Lettre d'information par e-mail"
    assert newsletter["text"] == NEWSLETTER_V2
    assert newsletter["wording_version"] == 2
    assert newsletter["legal_basis"] == {
        "code": "consent",
        "label": {"fr": "Consentement", "en": "Consent"},
    }
    assert newsletter["fields"] == ["first_name", "email"]
    assert newsletter["recipients"] == [
        {"fr": "Notre prestataire d'envoi d'e-mails", "en": "Our e-mail sending provider"}
    ]
    assert newsletter["source"]["text"]["en"] == "Collected from you directly"
    assert purposes["sms_offers"]["fields"] == []
    assert purposes["sms_offers"]["data_categories"] == []


def test_data_categories_come_from_the_fields_the_purpose_uses(
    statement: dict[str, Any],
) -> None:
    purposes = by_code(statement["purposes"])
    codes = {code: [c["code"] for c in p["data_categories"]] for code, p in purposes.items()}
    assert codes["customer_follow_up"] == ["identity", "contact"]
    assert codes["birthday_offers"] == ["identity", "contact", "birthday"]
    assert purposes["birthday_offers"]["data_categories"][2]["label"]["fr"] == (
        "Date d'anniversaire (sans l'année)"
    )


def test_retention_end_dates_by_rule(statement: dict[str, Any]) -> None:
    purposes = by_code(statement["purposes"])
    follow_up = purposes["customer_follow_up"]["retention"]
    assert follow_up["months"] == 36
    assert follow_up["from"] == "last_contact"
    assert follow_up["text"]["fr"] == "3 ans après le dernier contact"
    assert (follow_up["starts_on"], follow_up["ends_on"]) == ("2025-03-14", "2028-03-14")
    assert follow_up["approximate"] is False
    invoicing = purposes["invoicing"]["retention"]
    assert (invoicing["from"], invoicing["ends_on"]) == ("document_date", "2035-03-14")
    assert invoicing["approximate"] is True  # from the record's creation, documented
    assert "approximate" in invoicing["note"]["en"].lower()
    withdrawn = purposes["sms_offers"]["retention"]
    assert withdrawn["ends_on"] is None
    assert "withdrew" in withdrawn["note"]["en"]


def test_collection_rule_counts_from_the_earliest_collection(
    make_registry: Callable[..., Created],
) -> None:
    times = iter(["2024-01-31T10:00:00+00:00"] * 50 + ["2024-06-01T10:00:00+00:00"] * 50)
    registry = make_registry(clock=lambda: next(times)).registry
    with registry.transaction():
        registry.purposes.create(
            "repairs",
            "contract",
            ["last_name"],
            ["phone"],
            13,
            "collection",
            [],
            {"fr": "Réparations", "en": "Repairs"},
            {"fr": "Suivi des réparations.", "en": "Repair follow-up."},
        )
        customer_id = registry.customers.add(CustomerDraft({"last_name": "Martin"}, ["repairs"]))
    for _ in range(60):  # move the clock to June
        registry.now()
    with registry.transaction():
        registry.customers.edit(customer_id, {"phone": "0612345678"})
    retention = by_code(access_statement(registry, customer_id, None)["purposes"])["repairs"][
        "retention"
    ]
    assert retention["starts_on"] == "2024-01-31"
    assert retention["ends_on"] == "2025-02-28"  # 13 months on, the month's last day


def test_consent_history_carries_the_exact_wording_of_each_version(
    statement: dict[str, Any],
) -> None:
    history = statement["consent_history"]
    assert [(e["purpose"], e["action"], e["wording_version"]) for e in history] == [
        ("newsletter", "granted", 1),
        ("birthday_offers", "granted", 1),
        ("newsletter", "withdrawn", 1),
        ("newsletter", "granted", 2),
        ("sms_offers", "granted", 1),
        ("sms_offers", "withdrawn", 1),
    ]
    first, regranted = history[0], history[3]
    assert first["wording"]["text"]["fr"].startswith("J'accepte de recevoir par e-mail")
    assert regranted["wording"]["text"] == NEWSLETTER_V2
    assert first["channel"] == "in_store"
    assert first["channel_label"] == {"fr": "En boutique", "en": "In store"}
    assert first["signed"] is True and regranted["signed"] is False
    assert first["staff"]  # the owner's name
    assert first["at"] == NOW
    assert history[2]["action_label"] == {"fr": "retiré", "en": "withdrawn"}


def test_rights_complaint_authority_and_no_automated_decision_or_transfer(
    statement: dict[str, Any],
) -> None:
    rights = by_code(statement["rights"])
    assert list(rights) == [
        "rectification",
        "erasure",
        "restriction",
        "objection",
        "portability",
        "withdraw_consent",
        "complaint",
    ]
    assert rights["complaint"]["authority"]["name"].endswith("(CNIL)")
    assert "Fontenoy" in rights["complaint"]["authority"]["address"]
    assert rights["complaint"]["authority"]["url"] == "https://www.cnil.fr"
    assert statement["supervisory_authority"] == rights["complaint"]["authority"]
    assert statement["automated_decision_making"]["used"] is False
    assert statement["transfers_outside_eu"]["used"] is False


def test_every_article_15_element_is_present(statement: dict[str, Any]) -> None:
    assert set(ART15) == set("abcdefgh") | {"3"}
    assert statement["art15"] == ART15
    for purpose in statement["purposes"]:
        assert purpose["name"]["fr"] and purpose["text"]["en"]  # (a)
        assert "data_categories" in purpose  # (b)
        assert "recipients" in purpose  # (c)
        assert purpose["retention"]["text"]["fr"]  # (d)
        assert purpose["source"]["code"] == "data_subject"  # (g)
    codes = {r["code"] for r in statement["rights"]}
    assert {"rectification", "erasure", "restriction", "objection"} <= codes  # (e)
    assert "complaint" in codes  # (f)
    assert statement["automated_decision_making"]["text"]["fr"]  # (h)
    assert statement["fields"]  # 15(3)


def test_authority_follows_the_business_profile(fixed_registry: Registry) -> None:
    customer_id = make_customer(fixed_registry)
    with fixed_registry.transaction():
        fixed_registry.business.update(
            authority_name="Autorité de protection des données",
            authority_address="Rue de la Presse 35, 1000 Bruxelles",
            authority_url="https://www.autoriteprotectiondonnees.be",
        )
    statement = access_statement(fixed_registry, customer_id, None)
    assert statement["supervisory_authority"]["address"] == "Rue de la Presse 35, 1000 Bruxelles"
    assert statement["request"] is None


def test_unknown_customer_is_refused(fixed_registry: Registry) -> None:
    with pytest.raises(NotFoundError):
        access_statement(fixed_registry, 999, None)


def test_request_keeps_only_the_documented_keys(fixed_registry: Registry) -> None:
    customer_id = make_customer(fixed_registry)
    request = {**REQUEST, "extension_months": None, "identity_check": "passport seen"}
    result = access_statement(fixed_registry, customer_id, request)["request"]
    assert result is not None
    assert tuple(result) == REQUEST_KEYS
    assert result["extension_months"] == 0


def test_request_history_comes_from_the_register_when_there_is_one(
    fixed_registry: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    customer_id = make_customer(fixed_registry)
    assert access_statement(fixed_registry, customer_id, None)["request_history"] == []

    class Register:
        def for_customer(self, wanted: int) -> list[dict[str, Any]]:
            assert wanted == customer_id
            return [dict(REQUEST, status="completed", completed_on="2025-03-20")]

    monkeypatch.setattr(fixed_registry, "requests", Register(), raising=False)
    history = access_statement(fixed_registry, customer_id, None)["request_history"]
    assert history == [dict(REQUEST, status="completed", completed_on="2025-03-20")]


# -- JSON file and schema ------------------------------------------------------------------------


def test_json_file_is_private_utf8_indented_and_round_trips(
    statement: dict[str, Any], tmp_path: Path
) -> None:
    path = tmp_path / "export" / "access.json"
    write_statement_json(path, statement)
    raw = path.read_bytes()
    assert "Żółć-Nguyễn".encode() in raw  # ensure_ascii=False
    assert raw.startswith(b'{\n  "schema": "registre-access/1"')
    assert json.loads(raw.decode("utf-8")) == statement
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in path.parent.iterdir()] == ["access.json"]


def load_schema() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resource_path("schemas", "access-export-v1.schema.json").read_text("utf-8")
    )
    return data


# A small validator for the JSON Schema keywords the export schema uses (jsonschema is not
# a dependency of Registre). test_schema_uses_only_known_keywords keeps the two in step.
ANNOTATIONS = {"$schema", "$id", "title", "description", "format", "$defs"}
CHECKED = {
    "type",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "enum",
    "const",
    "pattern",
    "minimum",
    "maximum",
    "minLength",
    "anyOf",
    "$ref",
}
TYPES: dict[str, Callable[[Any], bool]] = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


def validate(value: Any, schema: dict[str, Any], root: dict[str, Any], at: str = "$") -> list[str]:
    errors: list[str] = []
    if "$ref" in schema:
        name = schema["$ref"].removeprefix("#/$defs/")
        errors += validate(value, root["$defs"][name], root, at)
    if "anyOf" in schema and all(validate(value, s, root, at) for s in schema["anyOf"]):
        errors.append(f"{at}: {value!r} matches none of anyOf")
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(TYPES[t](value) for t in types):
            return [*errors, f"{at}: {value!r} is not {types}"]
    if "const" in schema and value != schema["const"]:
        errors.append(f"{at}: {value!r} != {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{at}: {value!r} not in {schema['enum']}")
    if isinstance(value, str):
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append(f"{at}: {value!r} does not match {schema['pattern']}")
        if len(value) < schema.get("minLength", 0):
            errors.append(f"{at}: too short")
    if isinstance(value, int) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            errors.append(f"{at}: {value} < {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            errors.append(f"{at}: {value} > {schema['maximum']}")
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                errors.append(f"{at}: missing {key!r}")
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for key, item in value.items():
            if key in properties:
                errors += validate(item, properties[key], root, f"{at}.{key}")
            elif extra is False:
                errors.append(f"{at}: unexpected {key!r}")
            elif isinstance(extra, dict):
                errors += validate(item, extra, root, f"{at}.{key}")
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            errors += validate(item, schema["items"], root, f"{at}[{index}]")
    return errors


def keywords(schema: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(schema, dict):
        for key, item in schema.items():
            found.add(key)
            if key in ("properties", "$defs"):
                for sub in item.values():
                    found |= keywords(sub)
            elif key in ("items", "additionalProperties") and isinstance(item, dict):
                found |= keywords(item)
            elif key == "anyOf":
                for sub in item:
                    found |= keywords(sub)
    return found


def test_schema_uses_only_known_keywords() -> None:
    assert keywords(load_schema()) <= ANNOTATIONS | CHECKED


def test_statement_follows_the_published_schema(statement: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "access.json"
    write_statement_json(path, statement)
    schema = load_schema()
    assert validate(json.loads(path.read_text("utf-8")), schema, schema) == []


def test_statement_without_request_follows_the_schema(fixed_registry: Registry) -> None:
    statement = access_statement(fixed_registry, make_customer(fixed_registry), None)
    schema = load_schema()
    assert validate(statement, schema, schema) == []


def test_the_validator_catches_a_broken_statement(statement: dict[str, Any]) -> None:
    schema = load_schema()
    broken = json.loads(json.dumps(statement))
    broken["schema"] = "registre-access/2"
    del broken["automated_decision_making"]
    broken["purposes"][0]["retention"]["ends_on"] = "14/03/2028"
    broken["consent_history"][0]["action"] = "maybe"
    errors = "\n".join(validate(broken, schema, schema))
    for expected in ("registre-access/2", "automated_decision_making", "14/03/2028", "maybe"):
        assert expected in errors


def test_requests_from_the_real_register_are_listed_and_follow_the_schema(
    make_registry: Callable[..., Created],
) -> None:
    registry = make_registry().registry
    register = registry.requests
    customer_id = make_customer(registry)
    with registry.transaction():
        opened = register.open(customer_id, "access")
    statement = access_statement(registry, customer_id, opened.as_dict())
    assert statement["request"]["reference"] == opened.reference
    assert [r["reference"] for r in statement["request_history"]] == [opened.reference]
    assert statement["request_history"][0]["due_on"] == opened.due_on.isoformat()
    schema = load_schema()
    assert validate(statement, schema, schema) == []
