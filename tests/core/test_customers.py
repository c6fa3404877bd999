"""Customers through the core API: capture under the minimisation guard, edit, show, list.

Every test works on a real encrypted registry in a temporary folder.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop_app.core.customers import CustomerDraft
from desktop_app.core.errors import (
    MinimisationError,
    NotFoundError,
    RegistreError,
    ValidationError,
)
from desktop_app.core.registry import Created, Registry
from tests.core.conftest import add_customer


class FakeClock:
    """A clock the test moves by hand; returns ISO 8601 strings like the real one."""

    def __init__(self, now: str = "2024-01-10T09:00:00+00:00") -> None:
        self.now = now

    def __call__(self) -> str:
        return self.now


def assert_translated(error: RegistreError) -> None:
    """The error reads as a full sentence in French and in English, placeholders filled."""
    french, english = error.message("fr"), error.message("en")
    assert french.strip() and english.strip()
    assert french != english
    assert "{" not in french and "{" not in english


# -- capture -------------------------------------------------------------------


def test_add_stores_the_fields_of_the_chosen_purposes(registry: Registry) -> None:
    """A customer saved for follow-up keeps exactly the follow-up fields, cleaned."""
    customer_id = add_customer(
        registry,
        {
            "last_name": "  Dupré ",
            "first_name": "Zoé",
            "email": "Zoe.Dupre@Exemple.fr",
            "phone": "06 12 34 56 78",
            "postal_address": "3 rue des Lilas\n75020 Paris",
        },
        purposes=["customer_follow_up"],
    )

    record = registry.customers.get(customer_id)
    assert record.fields == {
        "last_name": "Dupré",
        "first_name": "Zoé",
        "email": "Zoe.Dupre@exemple.fr",
        "phone": "+33612345678",
        "postal_address": "3 rue des Lilas\n75020 Paris",
    }
    assert record.purposes == ["customer_follow_up"]
    assert record.consents == {}
    assert record.display_name == "Zoé Dupré"
    assert record.reference.startswith("C-")


def test_blank_values_are_not_stored(registry: Registry) -> None:
    """A field left blank on the form is simply absent, not stored as an empty string."""
    customer_id = add_customer(
        registry,
        {"last_name": "Martin", "email": "   ", "phone": ""},
        purposes=["customer_follow_up"],
    )
    assert registry.customers.get(customer_id).fields == {"last_name": "Martin"}


def test_a_required_field_is_enforced_and_named(registry: Registry) -> None:
    """Follow-up requires the last name: saving without it names that field, in both languages."""
    with pytest.raises(ValidationError) as caught:
        add_customer(registry, {"email": "a@exemple.fr"}, purposes=["customer_follow_up"])

    error = caught.value
    assert error.field == "last_name"
    assert error.code == "field_required"
    assert "Last name" in error.message("en") and "Customer follow-up" in error.message("en")
    assert "Nom" in error.message("fr") and "Suivi client" in error.message("fr")
    assert_translated(error)
    assert registry.customers.count() == 0


def test_a_customer_needs_a_purpose(registry: Registry) -> None:
    """Without any purpose there is no reason to keep data, so nothing is saved."""
    with pytest.raises(ValidationError) as caught:
        add_customer(registry, {"last_name": "Martin"})
    assert caught.value.code == "customer_needs_purpose"
    assert_translated(caught.value)
    assert registry.customers.count() == 0


def test_the_minimisation_guard_refuses_an_unjustified_field(registry: Registry) -> None:
    """A birthday is not needed for follow-up: the core refuses it and stores nothing."""
    with pytest.raises(MinimisationError) as caught:
        add_customer(
            registry,
            {"last_name": "Martin", "birthday": "14/07"},
            purposes=["customer_follow_up"],
        )

    error = caught.value
    assert error.field == "birthday"
    assert error.code == "field_not_justified"
    assert "Birthday" in error.message("en")
    assert_translated(error)
    assert registry.customers.count() == 0
    assert registry.conn.execute("SELECT count(*) FROM customer_field").fetchone()[0] == 0


def test_the_guard_allows_a_field_another_chosen_purpose_justifies(registry: Registry) -> None:
    """The same birthday is accepted once the customer consents to birthday offers."""
    customer_id = add_customer(
        registry,
        {"last_name": "Martin", "birthday": "14/07"},
        purposes=["customer_follow_up"],
        consents=["birthday_offers"],
    )
    record = registry.customers.get(customer_id)
    assert record.fields == {"last_name": "Martin", "birthday": "--07-14"}
    assert record.consents == {"birthday_offers": "granted"}


def test_an_unknown_field_is_refused(registry: Registry) -> None:
    """Only the fields Registre knows can be stored (no free-text comment field)."""
    with pytest.raises(ValidationError) as caught:
        add_customer(
            registry, {"last_name": "Martin", "comment": "nice"}, purposes=["customer_follow_up"]
        )
    assert caught.value.code == "field_unknown"
    assert caught.value.field == "comment"
    assert_translated(caught.value)


@pytest.mark.parametrize("purpose", ["invoicing", "loyalty_card"])
def test_consent_is_never_required_to_save_a_customer(registry: Registry, purpose: str) -> None:
    """Art. 7(4): a customer saved only for a legal obligation or a contract needs no consent."""
    customer_id = add_customer(
        registry, {"last_name": "Martin", "first_name": "Paul"}, purposes=[purpose]
    )
    record = registry.customers.get(customer_id)
    assert record.purposes == [purpose]
    assert record.consents == {}
    assert record.consent_history == []


def test_a_consent_only_customer(registry: Registry) -> None:
    """A newsletter subscriber can be just an e-mail address and a consent."""
    customer_id = add_customer(registry, {"email": "lecteur@exemple.fr"}, consents=["newsletter"])
    record = registry.customers.get(customer_id)
    assert record.fields == {"email": "lecteur@exemple.fr"}
    assert record.purposes == []
    assert record.consents == {"newsletter": "granted"}
    assert record.display_name == "lecteur@exemple.fr"


def test_a_consent_purpose_cannot_be_attached_as_a_plain_purpose(registry: Registry) -> None:
    """Consent is recorded in the ledger, never silently attached."""
    with pytest.raises(ValidationError) as caught:
        add_customer(registry, {"email": "a@exemple.fr"}, purposes=["newsletter"])
    assert caught.value.code == "purpose_is_consent"
    assert_translated(caught.value)


# -- when each field was collected -----------------------------------------------


def test_each_field_keeps_when_it_was_collected(
    make_registry: Callable[..., Created],
) -> None:
    """Art. 15(3): changing the phone updates its collection time only."""
    clock = FakeClock("2024-01-10T09:00:00+00:00")
    registry = make_registry(clock=clock).registry
    customer_id = add_customer(
        registry,
        {"last_name": "Dupré", "email": "zoe@exemple.fr", "phone": "0612345678"},
        purposes=["customer_follow_up"],
    )
    first = registry.customers.get(customer_id)
    assert first.collected_at == {
        "last_name": "2024-01-10T09:00:00+00:00",
        "email": "2024-01-10T09:00:00+00:00",
        "phone": "2024-01-10T09:00:00+00:00",
    }

    clock.now = "2024-06-01T15:30:00+00:00"
    with registry.transaction():
        registry.customers.edit(customer_id, {"phone": "07 98 76 54 32", "email": "zoe@exemple.fr"})

    after = registry.customers.get(customer_id)
    assert after.fields["phone"] == "+33798765432"
    assert after.collected_at == {
        "last_name": "2024-01-10T09:00:00+00:00",
        "email": "2024-01-10T09:00:00+00:00",  # same value typed again: not a new collection
        "phone": "2024-06-01T15:30:00+00:00",
    }
    assert after.created_at == "2024-01-10T09:00:00+00:00"
    assert after.updated_at == "2024-06-01T15:30:00+00:00"


# -- editing ---------------------------------------------------------------------


def test_edit_sets_and_removes_fields(registry: Registry) -> None:
    """None or an empty string removes a field; other values are cleaned and stored."""
    customer_id = add_customer(
        registry,
        {"last_name": "Martin", "email": "paul@exemple.fr", "phone": "0612345678"},
        purposes=["customer_follow_up"],
    )
    with registry.transaction():
        erased = registry.customers.edit(
            customer_id, {"first_name": " Paul ", "email": None, "phone": ""}
        )
    assert erased == []
    assert registry.customers.get(customer_id).fields == {
        "last_name": "Martin",
        "first_name": "Paul",
    }


def test_edit_cannot_remove_a_required_field(registry: Registry) -> None:
    """Removing the last name while follow-up needs it is refused; nothing changes."""
    customer_id = add_customer(registry, {"last_name": "Martin"}, purposes=["customer_follow_up"])
    with pytest.raises(ValidationError) as caught, registry.transaction():
        registry.customers.edit(customer_id, {"last_name": None})
    assert caught.value.field == "last_name"
    assert registry.customers.get(customer_id).fields == {"last_name": "Martin"}


def test_edit_applies_the_minimisation_guard(registry: Registry) -> None:
    """An edit cannot slip in a field the customer's purposes do not justify."""
    customer_id = add_customer(registry, {"last_name": "Martin"}, purposes=["invoicing"])
    with pytest.raises(MinimisationError) as caught, registry.transaction():
        registry.customers.edit(customer_id, {"email": "paul@exemple.fr"})
    assert caught.value.field == "email"
    assert registry.customers.get(customer_id).fields == {"last_name": "Martin"}


def test_attaching_a_purpose_allows_its_fields_and_enforces_its_requirements(
    registry: Registry,
) -> None:
    """A loyalty card needs a first name: attach it together with the first name."""
    customer_id = add_customer(registry, {"last_name": "Martin"}, purposes=["invoicing"])
    with pytest.raises(ValidationError) as caught, registry.transaction():
        registry.customers.edit(customer_id, {}, attach=["loyalty_card"])
    assert caught.value.field == "first_name"
    assert registry.customers.get(customer_id).purposes == ["invoicing"]

    with registry.transaction():
        registry.customers.edit(
            customer_id,
            {"first_name": "Paul", "email": "paul@exemple.fr"},
            attach=["loyalty_card"],
        )
    record = registry.customers.get(customer_id)
    assert record.purposes == ["invoicing", "loyalty_card"]
    assert record.fields["email"] == "paul@exemple.fr"


def test_detaching_a_purpose_erases_the_fields_nothing_else_justifies(
    registry: Registry,
) -> None:
    """Invoicing keeps the name and address; the e-mail only follow-up needed is erased."""
    customer_id = add_customer(
        registry,
        {
            "last_name": "Martin",
            "email": "paul@exemple.fr",
            "phone": "0612345678",
            "postal_address": "1 place du Marché",
        },
        purposes=["customer_follow_up", "invoicing"],
    )
    with registry.transaction():
        erased = registry.customers.edit(customer_id, {}, detach=["customer_follow_up"])

    assert erased == ["email", "phone"]
    record = registry.customers.get(customer_id)
    assert record.purposes == ["invoicing"]
    assert record.fields == {"last_name": "Martin", "postal_address": "1 place du Marché"}
    stored = registry.conn.execute(
        "SELECT field FROM customer_field WHERE customer_id = ? ORDER BY field", (customer_id,)
    ).fetchall()
    assert [row[0] for row in stored] == ["last_name", "postal_address"]


def test_detaching_the_last_purpose_is_refused(registry: Registry) -> None:
    """A customer always keeps a reason to be in the registry."""
    customer_id = add_customer(registry, {"last_name": "Martin"}, purposes=["invoicing"])
    with pytest.raises(ValidationError) as caught, registry.transaction():
        registry.customers.edit(customer_id, {}, detach=["invoicing"])
    assert caught.value.code == "customer_needs_purpose"
    assert registry.customers.get(customer_id).purposes == ["invoicing"]


def test_editing_an_unknown_customer(registry: Registry) -> None:
    """An id that does not exist gives a clear, translated error."""
    with pytest.raises(NotFoundError) as caught, registry.transaction():
        registry.customers.edit(4242, {"last_name": "X"})
    assert "4242" in caught.value.message("en")
    assert_translated(caught.value)


# -- show, list, count -------------------------------------------------------------


def test_show_list_and_count(registry: Registry) -> None:
    """get() shows one customer in full, find() lists summaries, count() counts."""
    assert registry.customers.count() == 0
    assert registry.customers.find() == []
    first = add_customer(
        registry, {"last_name": "Martin", "first_name": "Paul"}, purposes=["invoicing"]
    )
    second = add_customer(registry, {"email": "lea@exemple.fr"}, consents=["newsletter"])

    assert registry.customers.count() == 2
    assert registry.customers.exists(first) and not registry.customers.exists(999)
    listed = registry.customers.find()
    assert {s.id for s in listed} == {first, second}
    by_id = {s.id: s for s in listed}
    assert by_id[first].display_name == "Paul Martin"
    assert by_id[second].fields == {"email": "lea@exemple.fr"}

    shown = registry.customers.get(second).as_dict()
    assert shown["id"] == second
    assert shown["consents"][0]["purpose"] == "newsletter"
    assert shown["consents"][0]["state"] == "granted"

    with pytest.raises(NotFoundError):
        registry.customers.get(999)


def test_the_list_is_ordered_by_name_ignoring_accents_and_case(registry: Registry) -> None:
    """'Éluard' sorts with the E's and 'albert' with the A's, as people expect."""
    for last_name in ["Zola", "Éluard", "albert", "Dupont", "Œuvray", "Ebert"]:
        add_customer(registry, {"last_name": last_name}, purposes=["invoicing"])

    names = [s.fields["last_name"] for s in registry.customers.find()]
    assert names == ["albert", "Dupont", "Ebert", "Éluard", "Œuvray", "Zola"]


def test_the_list_is_paged(registry: Registry) -> None:
    """limit/offset walk the sorted list a page at a time."""
    for last_name in ["Alpha", "Bravo", "Charlie", "Delta", "Echo"]:
        add_customer(registry, {"last_name": last_name}, purposes=["invoicing"])
    pages = [
        [s.fields["last_name"] for s in registry.customers.find(limit=2, offset=offset)]
        for offset in (0, 2, 4)
    ]
    assert pages == [["Alpha", "Bravo"], ["Charlie", "Delta"], ["Echo"]]


def test_an_unknown_channel_is_refused_at_capture(registry: Registry) -> None:
    """The consent channel is one of in_store, paper, phone, email."""
    with pytest.raises(ValidationError) as caught, registry.transaction():
        registry.customers.add(
            CustomerDraft({"email": "a@exemple.fr"}, [], ["newsletter"]), channel="fax"
        )
    assert caught.value.field == "channel"
    assert "fax" in caught.value.message("en")
    assert_translated(caught.value)
    assert registry.customers.count() == 0
