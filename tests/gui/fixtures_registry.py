"""Shared pieces for the counter's GUI tests: a real encrypted registry, sample customers.

Import the fixtures into a test module (``from tests.gui.fixtures_registry import ...``);
tests/gui/conftest.py belongs to the application shell's tests.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from desktop_app.core.customers import CustomerDraft
from desktop_app.core.registry import Registry
from desktop_app.gui import dialogs

PASSPHRASE = "correct horse battery"
BUSINESS = "Librairie du Canal"

# (first name, last name, e-mail, phone, purposes, consents)
SAMPLE_CUSTOMERS: list[tuple[str, str, str, str, list[str], list[str]]] = [
    ("Zoé", "Ébrard", "zoe.ebrard@example.fr", "06 12 34 56 78", ["loyalty_card"], ["newsletter"]),
    ("Jérôme", "Lefèvre", "jerome.lefevre@example.com", "", ["customer_follow_up"], []),
    ("Anaïs", "Martin", "", "07 81 22 45 10", ["loyalty_card"], ["sms_offers"]),
    ("Élodie", "Durand", "elodie.durand@example.org", "", ["invoicing"], ["newsletter"]),
    ("Noé", "Bernard", "", "06 45 67 12 90", ["customer_follow_up"], []),
    ("Chloé", "Petit", "chloe.petit@example.fr", "06 98 76 54 32", ["loyalty_card"], []),
    ("Mathieu", "Rousseau", "", "", ["invoicing"], []),
    ("Inès", "Haddad", "ines.haddad@example.net", "07 66 12 88 41", ["loyalty_card"], []),
    ("Camille", "Le Gall", "camille.legall@example.fr", "", ["customer_follow_up"], []),
    ("François", "Œuvray", "", "06 30 20 10 05", ["loyalty_card"], ["sms_offers"]),
    ("Léa", "Moreau", "lea.moreau@example.com", "", ["loyalty_card"], ["newsletter"]),
    ("Hugo", "Fontaine", "", "06 55 44 33 22", ["customer_follow_up"], []),
    ("Manon", "Girard", "manon.girard@example.fr", "", ["loyalty_card"], []),
    ("Thierry", "N'Diaye", "", "07 61 22 33 44", ["customer_follow_up"], []),
    ("Sophie", "Garnier", "sophie.garnier@example.org", "06 77 88 99 00", ["loyalty_card"], []),
    ("Gabriel", "Nguyen", "gabriel.nguyen@example.com", "", ["invoicing"], []),
    ("Juliette", "Chevalier", "", "06 14 25 36 47", ["loyalty_card"], []),
    ("Antoine", "Mercier", "antoine.mercier@example.fr", "", ["customer_follow_up"], []),
    ("Salomé", "Da Silva", "salome.dasilva@example.net", "07 52 63 74 85", ["loyalty_card"], []),
    ("Louis", "Blanc", "", "", ["invoicing"], []),
    ("Hélène", "Guérin", "helene.guerin@example.fr", "", ["loyalty_card"], ["newsletter"]),
    ("Arthur", "Lambert", "", "06 21 43 65 87", ["customer_follow_up"], []),
    ("Maëlys", "Roux", "maelys.roux@example.com", "06 87 65 43 21", ["loyalty_card"], []),
    ("Pascal", "Dubois", "", "", ["invoicing"], []),
    ("Agathe", "de La Fontaine", "agathe.dlf@example.fr", "", ["loyalty_card"], []),
    ("Yasmine", "Traoré", "", "07 40 50 60 70", ["customer_follow_up"], []),
    ("Baptiste", "Kergoat", "baptiste.kergoat@example.org", "", ["loyalty_card"], []),
    ("Capucine", "Faure", "capucine.faure@example.fr", "06 09 08 07 06", ["loyalty_card"], []),
    ("Théo", "Saint-Martin", "", "06 33 44 55 66", ["customer_follow_up"], []),
    ("Aïcha", "Diallo", "aicha.diallo@example.com", "", ["loyalty_card"], []),
]


def add_customer(
    registry: Registry,
    values: dict[str, str],
    purposes: list[str] | tuple[str, ...] = ("customer_follow_up",),
    consents: list[str] | tuple[str, ...] = (),
) -> int:
    with registry.transaction():
        return registry.customers.add(CustomerDraft(dict(values), list(purposes), list(consents)))


def add_sample_customers(registry: Registry, count: int = len(SAMPLE_CUSTOMERS)) -> list[int]:
    catalogue = registry.purposes.by_code()
    ids = []
    for first, last, email, phone, purposes, consents in SAMPLE_CUSTOMERS[:count]:
        values = {"first_name": first, "last_name": last, "email": email, "phone": phone}
        if "invoicing" in purposes:
            values["postal_address"] = "12 quai de Jemmapes\n75010 Paris"
        allowed = set().union(*(catalogue[c].allowed_fields for c in [*purposes, *consents]))
        kept = {k: v for k, v in values.items() if v and k in allowed}
        ids.append(add_customer(registry, kept, purposes, consents))
    return ids


@pytest.fixture(name="registry")
def registry_fixture(tmp_path: Path) -> Iterator[Registry]:
    """A real SQLCipher registry with the default purposes (key in the test's memory keyring)."""
    created = Registry.create(tmp_path / "registry", BUSINESS, passphrase=PASSPHRASE)
    yield created.registry
    with contextlib.suppress(Exception):
        created.registry.close()


@pytest.fixture
def english() -> Iterator[None]:
    """The UI in English whatever the machine's locale."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def no_dialogs() -> Iterator[None]:
    """A dialog nobody pre-answered fails the test instead of blocking it."""
    dialogs.reset()
    previous = dialogs.testing
    dialogs.testing = True
    yield
    dialogs.testing = previous
    assert dialogs.pending() == [], "pre-answered dialogs never opened"
    dialogs.reset()
