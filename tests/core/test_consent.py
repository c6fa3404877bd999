"""The consent ledger (GDPR Art. 7): proof of each grant and withdrawal, and what withdrawal erases.

Every test works on a real encrypted registry in a temporary folder.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlcipher3 import dbapi2

from desktop_app.core.errors import RegistreError, ValidationError
from desktop_app.core.registry import Created, Registry
from tests.core.conftest import add_customer


class FakeClock:
    """A clock the test moves by hand; returns ISO 8601 strings like the real one."""

    def __init__(self, now: str) -> None:
        self.now = now

    def __call__(self) -> str:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock("2024-03-01T10:00:00+00:00")


@pytest.fixture
def shop(make_registry: Callable[..., Created], clock: FakeClock) -> Registry:
    """A registry whose owner is Camille, on a clock the test controls."""
    return make_registry(owner_name="Camille", clock=clock).registry


def events(registry: Registry, customer_id: int) -> list[tuple[object, ...]]:
    """The ledger of one customer as (purpose, version, action, channel, staff, time) tuples."""
    return [
        (e.purpose_code, e.wording_version, e.action, e.channel, e.staff_name, e.occurred_at)
        for e in registry.customers.get(customer_id).consent_history
    ]


def test_grant_and_withdraw_are_recorded_with_their_proof(shop: Registry, clock: FakeClock) -> None:
    """Each event says which purpose, which wording, which channel, which staff member, when."""
    customer_id = add_customer(shop, {"last_name": "Dupré"}, purposes=["customer_follow_up"])

    clock.now = "2024-03-02T11:00:00+00:00"
    with shop.transaction():
        shop.customers.grant_consent(
            customer_id, "sms_offers", "in_store", values={"phone": "06 12 34 56 78"}
        )
    clock.now = "2024-04-15T16:45:00+00:00"
    with shop.transaction():
        shop.customers.withdraw_consent(customer_id, "sms_offers", "phone")

    assert events(shop, customer_id) == [
        ("sms_offers", 1, "granted", "in_store", "Camille", "2024-03-02T11:00:00+00:00"),
        ("sms_offers", 1, "withdrawn", "phone", "Camille", "2024-04-15T16:45:00+00:00"),
    ]
    assert shop.customers.get(customer_id).consents == {"sms_offers": "withdrawn"}


def test_a_consent_given_at_capture_is_in_the_ledger(shop: Registry, clock: FakeClock) -> None:
    """Ticking the newsletter box on the capture form records a grant event."""
    customer_id = add_customer(shop, {"email": "lea@exemple.fr"}, consents=["newsletter"])
    assert events(shop, customer_id) == [
        ("newsletter", 1, "granted", "in_store", "Camille", clock.now)
    ]


def test_a_drawn_signature_is_kept_with_the_grant(shop: Registry) -> None:
    """A signature drawn at the counter is stored with the event, as part of the proof."""
    customer_id = add_customer(shop, {"last_name": "Dupré"}, purposes=["customer_follow_up"])
    with shop.transaction():
        shop.customers.grant_consent(
            customer_id,
            "newsletter",
            "in_store",
            signature=b"\x89PNG fake strokes",
            values={"email": "zoe@exemple.fr"},
        )
    (event,) = shop.customers.get(customer_id).consent_history
    assert event.has_signature
    stored = shop.conn.execute("SELECT signature FROM consent_event WHERE id = ?", (event.id,))
    assert stored.fetchone()[0] == b"\x89PNG fake strokes"


def test_history_survives_withdrawal_and_a_new_grant(shop: Registry, clock: FakeClock) -> None:
    """Granted, withdrawn, granted again: all three stay, and the last one decides."""
    customer_id = add_customer(shop, {"email": "lea@exemple.fr"}, consents=["newsletter"])
    with shop.transaction():
        shop.customers.grant_consent(
            customer_id, "sms_offers", "paper", values={"phone": "0612345678"}
        )
    clock.now = "2024-05-01T09:00:00+00:00"
    with shop.transaction():
        shop.customers.withdraw_consent(customer_id, "sms_offers", "email")
    clock.now = "2024-09-01T09:00:00+00:00"
    with shop.transaction():
        shop.customers.grant_consent(
            customer_id, "sms_offers", "in_store", values={"phone": "0612345678"}
        )

    sms = [e for e in events(shop, customer_id) if e[0] == "sms_offers"]
    assert [(e[2], e[3]) for e in sms] == [
        ("granted", "paper"),
        ("withdrawn", "email"),
        ("granted", "in_store"),
    ]
    record = shop.customers.get(customer_id)
    assert record.consents == {"newsletter": "granted", "sms_offers": "granted"}
    assert record.fields["phone"] == "+33612345678"


def test_granting_twice_or_withdrawing_twice_is_refused(shop: Registry) -> None:
    """A second identical action adds nothing to the ledger and says why."""
    customer_id = add_customer(shop, {"email": "lea@exemple.fr"}, consents=["newsletter"])
    with pytest.raises(RegistreError) as caught, shop.transaction():
        shop.customers.grant_consent(customer_id, "newsletter", "in_store")
    assert caught.value.code == "consent_already"
    assert "granted" in caught.value.message("en") and "donné" in caught.value.message("fr")

    with shop.transaction():
        shop.customers.withdraw_consent(customer_id, "newsletter", "in_store")
    with pytest.raises(RegistreError) as caught, shop.transaction():
        shop.customers.withdraw_consent(customer_id, "newsletter", "in_store")
    assert "withdrawn" in caught.value.message("en")
    assert len(events(shop, customer_id)) == 2


# -- what withdrawal erases ---------------------------------------------------------


def test_withdrawal_keeps_a_field_another_purpose_still_justifies(shop: Registry) -> None:
    """Follow-up also allows the phone: withdrawing SMS offers keeps the number."""
    customer_id = add_customer(
        shop,
        {"last_name": "Dupré", "first_name": "Zoé", "phone": "06 12 34 56 78"},
        purposes=["customer_follow_up"],
        consents=["sms_offers"],
    )
    with shop.transaction():
        erased = shop.customers.withdraw_consent(customer_id, "sms_offers", "in_store")

    assert erased == []
    assert shop.customers.get(customer_id).fields == {
        "last_name": "Dupré",
        "first_name": "Zoé",
        "phone": "+33612345678",
    }
    assert [s.id for s in shop.customers.find("0612")] == [customer_id]


def test_withdrawal_erases_the_fields_only_that_consent_justified(shop: Registry) -> None:
    """Invoicing keeps the name; the e-mail was there only for the newsletter and goes."""
    customer_id = add_customer(
        shop,
        {"last_name": "Martin", "email": "paul.martin@exemple.fr"},
        purposes=["invoicing"],
        consents=["newsletter"],
    )
    assert [s.id for s in shop.customers.find("paul.martin@")] == [customer_id]

    with shop.transaction():
        erased = shop.customers.withdraw_consent(customer_id, "newsletter", "email")

    assert erased == ["email"]
    record = shop.customers.get(customer_id)
    assert record.fields == {"last_name": "Martin"}
    assert "email" not in record.collected_at
    rows = shop.conn.execute(
        "SELECT count(*) FROM customer_field WHERE value = 'paul.martin@exemple.fr'"
    ).fetchone()[0]
    assert rows == 0
    assert shop.customers.find("paul.martin@exemple") == []
    assert shop.customers.find("exemple") == []
    assert [s.id for s in shop.customers.find("martin")] == [customer_id]


def test_a_consent_only_customer_who_withdraws_keeps_no_personal_data(shop: Registry) -> None:
    """A newsletter-only subscriber who withdraws: the e-mail goes, the proof of both stays."""
    customer_id = add_customer(shop, {"email": "lea@exemple.fr"}, consents=["newsletter"])
    with shop.transaction():
        erased = shop.customers.withdraw_consent(customer_id, "newsletter", "in_store")
    assert erased == ["email"]
    record = shop.customers.get(customer_id)
    assert record.fields == {}
    assert [e.action for e in record.consent_history] == ["granted", "withdrawn"]
    assert shop.customers.find("lea") == []


# -- granting needs the purpose's data -------------------------------------------------


def test_granting_requires_the_purposes_required_field(shop: Registry) -> None:
    """SMS offers need a phone number: without one the grant is refused and nothing recorded."""
    customer_id = add_customer(shop, {"last_name": "Dupré"}, purposes=["customer_follow_up"])
    with pytest.raises(ValidationError) as caught, shop.transaction():
        shop.customers.grant_consent(customer_id, "sms_offers", "in_store")

    error = caught.value
    assert error.field == "phone"
    assert error.code == "consent_missing_field"
    assert "Phone" in error.message("en") and "Offers by text message" in error.message("en")
    assert "Téléphone" in error.message("fr")
    assert events(shop, customer_id) == []


def test_granting_accepts_the_required_field_in_the_same_call(shop: Registry) -> None:
    """The phone typed in the consent dialog is stored with the grant, under its purpose."""
    customer_id = add_customer(shop, {"last_name": "Dupré"}, purposes=["invoicing"])
    with shop.transaction():
        shop.customers.grant_consent(
            customer_id, "sms_offers", "in_store", values={"phone": "+33 6 12 34 56 78"}
        )
    record = shop.customers.get(customer_id)
    assert record.fields == {"last_name": "Dupré", "phone": "+33612345678"}
    assert record.consents == {"sms_offers": "granted"}


def test_a_grant_cannot_bring_a_field_no_purpose_justifies(shop: Registry) -> None:
    """The minimisation guard applies to values typed with a consent too."""
    customer_id = add_customer(shop, {"last_name": "Dupré"}, purposes=["invoicing"])
    with pytest.raises(ValidationError) as caught, shop.transaction():
        shop.customers.grant_consent(
            customer_id,
            "sms_offers",
            "in_store",
            values={"phone": "0612345678", "birthday": "14/07"},
        )
    assert caught.value.field == "birthday"
    assert shop.customers.get(customer_id).fields == {"last_name": "Dupré"}


def test_an_unknown_channel_is_refused(shop: Registry) -> None:
    """Only in_store, paper, phone and email are channels; nothing is recorded otherwise."""
    customer_id = add_customer(shop, {"email": "lea@exemple.fr"}, consents=["newsletter"])
    with pytest.raises(ValidationError) as caught, shop.transaction():
        shop.customers.withdraw_consent(customer_id, "newsletter", "carrier_pigeon")
    assert caught.value.field == "channel"
    assert "carrier_pigeon" in caught.value.message("fr")
    with pytest.raises(ValidationError), shop.transaction():
        shop.customers.grant_consent(customer_id, "sms_offers", "", values={"phone": "0612345678"})
    assert len(events(shop, customer_id)) == 1


def test_consent_to_a_non_consent_purpose_is_refused(shop: Registry) -> None:
    """Invoicing rests on a legal obligation: it is attached, never consented to."""
    customer_id = add_customer(shop, {"last_name": "Dupré"}, purposes=["customer_follow_up"])
    with pytest.raises(ValidationError) as caught, shop.transaction():
        shop.customers.grant_consent(customer_id, "invoicing", "in_store")
    assert caught.value.code == "purpose_not_consent"
    assert "invoicing" in caught.value.message("en")


# -- wording versions --------------------------------------------------------------------


def test_a_wording_change_makes_a_new_version_and_keeps_the_old_one(shop: Registry) -> None:
    """Proof of what a customer saw: version 1 stays readable after version 2 exists."""
    before = shop.purposes.get("newsletter")
    early = add_customer(shop, {"email": "early@exemple.fr"}, consents=["newsletter"])

    new_fr = "J'accepte de recevoir la lettre d'information une fois par mois."
    with shop.transaction():
        version = shop.purposes.update_wording(
            "newsletter", {}, {"fr": new_fr, "en": "I agree to a monthly newsletter."}
        )
    assert version == 2
    assert shop.purposes.get("newsletter").wording_version == 2
    assert shop.purposes.wording("newsletter", 1)["text"] == before.texts
    assert shop.purposes.wording("newsletter", 2)["text"]["fr"] == new_fr
    assert [w["version"] for w in shop.purposes.wording_history("newsletter")] == [1, 2]

    late = add_customer(shop, {"email": "late@exemple.fr"}, consents=["newsletter"])
    assert [e.wording_version for e in shop.customers.get(early).consent_history] == [1]
    assert [e.wording_version for e in shop.customers.get(late).consent_history] == [2]


def test_the_same_wording_again_makes_no_new_version(shop: Registry) -> None:
    """Saving the purpose editor unchanged does not invent a version."""
    current = shop.purposes.get("newsletter")
    with shop.transaction():
        version = shop.purposes.update_wording("newsletter", current.names, current.texts)
    assert version == 1
    assert len(shop.purposes.wording_history("newsletter")) == 1


def test_old_wordings_cannot_be_rewritten(shop: Registry) -> None:
    """The database itself refuses to change or delete a wording a customer may have seen."""
    with pytest.raises(dbapi2.IntegrityError, match="never changed"):
        shop.conn.execute("UPDATE purpose_wording SET text_fr = 'autre chose'")
    with pytest.raises(dbapi2.IntegrityError, match="never deleted"):
        shop.conn.execute("DELETE FROM purpose_wording WHERE purpose_code = 'newsletter'")
    assert shop.purposes.wording("newsletter", 1)["name"]["en"] == "E-mail newsletter"


# -- the ledger is append-only in the database ----------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE consent_event SET action = 'withdrawn'",
        "UPDATE consent_event SET occurred_at = '2000-01-01T00:00:00+00:00'",
        "UPDATE consent_event SET wording_version = wording_version",
        "DELETE FROM consent_event",
        "DELETE FROM consent_event WHERE purpose_code = 'newsletter'",
    ],
)
def test_the_ledger_cannot_be_changed_through_raw_sql(shop: Registry, statement: str) -> None:
    """Even a direct SQL statement on the open connection cannot rewrite or drop an event."""
    customer_id = add_customer(shop, {"email": "lea@exemple.fr"}, consents=["newsletter"])
    before = events(shop, customer_id)

    with pytest.raises(dbapi2.DatabaseError, match="append-only"):
        shop.conn.execute(statement)

    assert events(shop, customer_id) == before


def test_the_ledger_refuses_changes_inside_a_transaction_too(shop: Registry) -> None:
    """A trigger error aborts the statement inside an explicit transaction as well."""
    customer_id = add_customer(shop, {"email": "lea@exemple.fr"}, consents=["newsletter"])
    with pytest.raises(dbapi2.IntegrityError), shop.transaction() as conn:
        conn.execute("DELETE FROM consent_event WHERE customer_id = ?", (customer_id,))
    assert len(events(shop, customer_id)) == 1


def test_erasing_the_customer_takes_the_ledger_with_it(shop: Registry) -> None:
    """The events may go only together with their customer (Art. 17 erasure)."""
    customer_id = add_customer(shop, {"email": "lea@exemple.fr"}, consents=["newsletter"])
    with shop.transaction() as conn:
        conn.execute("DELETE FROM customer WHERE id = ?", (customer_id,))
    remaining = shop.conn.execute(
        "SELECT count(*) FROM consent_event WHERE customer_id = ?", (customer_id,)
    ).fetchone()[0]
    assert remaining == 0
