"""Whatever people type (or paste) into a field or the search box, the core answers sensibly.

For any Unicode text, ``fields.clean`` either refuses it with a translated ValidationError
or returns a value; a returned value is stored and read back exactly, through a real
encrypted registry. No other exception may escape.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from desktop_app.core import fields
from desktop_app.core.customers import CustomerDraft
from desktop_app.core.errors import ValidationError
from desktop_app.core.registry import Registry
from tests.core.conftest import PASSPHRASE

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

LONG = 10_000
# Hypothesis draws at most 8 KiB per example, so 10,000-character pastes are built from
# random pieces: any text repeated to 10,000 characters between random ends.
LONG_TEXT = st.tuples(
    st.text(max_size=20), st.text(min_size=1, max_size=20), st.text(max_size=20)
).map(lambda t: t[0] + (t[1] * LONG)[:LONG] + t[2])
BLANKS = st.sampled_from([" ", "\t", "\n", "\u3000", "\xa0", " \r\n", "\u2028"])
# Values that look like what a shop would type in each field, so that many examples are stored.
PLAUSIBLE: dict[str, st.SearchStrategy[str]] = {
    "last_name": st.text(
        alphabet=st.characters(categories=["L", "M", "Zs", "Pd", "Po"]), min_size=1, max_size=60
    ),
    "email": st.emails(),
    "phone": st.from_regex(r"\A(\+33 ?|0033|0)[1-9]([ .-]?\d\d){4}\Z"),
    "birthday": st.tuples(
        st.integers(0, 40), st.integers(0, 15), st.sampled_from(["/", ".", "-", " ", " / "])
    ).map(lambda t: f"{t[0]}{t[2]}{t[1]}"),
}
PLAUSIBLE["first_name"] = PLAUSIBLE["last_name"]
PLAUSIBLE["postal_address"] = st.lists(PLAUSIBLE["last_name"], min_size=1, max_size=4).map(
    "\n".join
)


def any_text(field: str) -> st.SearchStrategy[str]:
    """Any text (control characters included; st.text() omits unencodable surrogates),
    text around the field's length limit, 10,000-character pastes, and plausible values,
    bare or buried in 10,000 blanks."""
    plausible = PLAUSIBLE[field]
    return st.one_of(
        st.text(),
        st.text(alphabet="0123456789 +-./()@abcxyzé\n\t\r\x00\x1f\x7f\u200b", max_size=30),
        st.text(min_size=90, max_size=320),
        LONG_TEXT,
        plausible,
        plausible,
        st.tuples(BLANKS, plausible).map(lambda t: t[0] * LONG + t[1] + t[0] * LONG),
    )


# For each field: the purposes and other values that let a customer store it.
STORE_WITH: dict[str, tuple[dict[str, str], list[str], list[str]]] = {
    "last_name": ({}, ["customer_follow_up"], []),
    "first_name": ({"last_name": "Témoin"}, ["customer_follow_up"], []),
    "postal_address": ({"last_name": "Témoin"}, ["customer_follow_up"], []),
    "email": ({}, [], ["newsletter"]),
    "phone": ({}, [], ["sms_offers"]),
    "birthday": ({}, [], ["birthday_offers"]),
}
TEXT_FIELDS = ("last_name", "first_name", "postal_address")


@pytest.fixture(scope="module")
def fuzz_registry(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Registry]:
    """One registry for the whole module (passphrase only: the keyring fixture is per test)."""
    created = Registry.create(
        tmp_path_factory.mktemp("fuzz") / "registry",
        "Boutique Fuzz",
        passphrase=PASSPHRASE,
        use_keyring=False,
    )
    with created.registry as registry:
        yield registry


def check_refusal(error: ValidationError, field: str) -> None:
    """A refusal names the field and reads as a sentence in both languages."""
    assert error.field == field
    for lang in ("fr", "en"):
        message = error.message(lang)
        assert message.strip(), f"empty {lang} message for {error.code}"
        assert "{" not in message.replace(str(error.params.get("reason", "")), "")


def round_trip(registry: Registry, field: str, value: str) -> None:
    """clean() refuses or returns; what it returns is stored and read back unchanged."""
    try:
        cleaned = fields.clean(field, value)
    except ValidationError as error:
        check_refusal(error, field)
        event(f"refused: {error.code}")
        return

    assert isinstance(cleaned, str) and cleaned
    if field in TEXT_FIELDS:
        assert cleaned == value.strip()
    assert fields.clean(field, cleaned) == cleaned, "cleaning is idempotent"

    others, purposes, consents = STORE_WITH[field]
    with registry.transaction():
        customer_id = registry.customers.add(
            CustomerDraft({**others, field: value}, list(purposes), list(consents))
        )
    assert registry.customers.get(customer_id).fields[field] == cleaned
    stored = registry.conn.execute(
        "SELECT value FROM customer_field WHERE customer_id = ? AND field = ?",
        (customer_id, field),
    ).fetchone()[0]
    assert stored == cleaned
    event("stored")


@FUZZ
@given(value=any_text("last_name"))
@example(value="  Zoé Dupré  ")
@example(value="Jones <Ltd>\x00")
@example(value="\u0085Dupré\u2028")
def test_any_last_name(fuzz_registry: Registry, value: str) -> None:
    """Any last name is refused clearly or stored exactly as cleaned."""
    round_trip(fuzz_registry, "last_name", value)


@FUZZ
@given(value=any_text("first_name"))
@example(value="Zoé\x1b[31m")
def test_any_first_name(fuzz_registry: Registry, value: str) -> None:
    """Any first name is refused clearly or stored exactly as cleaned."""
    round_trip(fuzz_registry, "first_name", value)


@FUZZ
@given(value=any_text("postal_address"))
@example(value="3 rue des Lilas\n75020 Paris\n")
@example(value="3 rue des Lilas\r\n75020 Paris")
def test_any_postal_address(fuzz_registry: Registry, value: str) -> None:
    """Any postal address (multi-line) is refused clearly or stored exactly as cleaned."""
    round_trip(fuzz_registry, "postal_address", value)


@FUZZ
@given(value=any_text("email"))
@example(value="Zoe.Dupre@Exemple.FR")
@example(value="zoé@exemple.fr")
@example(value="a@b")
@example(value="@")
@example(value="x" * 64 + "@" + "y" * 250 + ".fr")
@example(value="zoe@xn--")
def test_any_email(fuzz_registry: Registry, value: str) -> None:
    """Any e-mail address is refused clearly or stored in its normal form."""
    round_trip(fuzz_registry, "email", value)


@FUZZ
@given(value=any_text("phone"))
@example(value="06 12 34 56 78")
@example(value="+33 (0)6 12 34 56 78")
@example(value="0612345678901234567890")
@example(value="+")
@example(value="tel:+33612345678")
@example(value="٠٦١٢٣٤٥٦٧٨")
def test_any_phone(fuzz_registry: Registry, value: str) -> None:
    """Any phone number is refused clearly or stored in E.164."""
    round_trip(fuzz_registry, "phone", value)


@FUZZ
@given(value=any_text("birthday"))
@example(value="14/07")
@example(value="29/02")
@example(value="31/02")
@example(value="14/07/1990")
@example(value="--07-14")
@example(value="٠١/٠٢")
@example(value="99999999999999999999/1")
def test_any_birthday(fuzz_registry: Registry, value: str) -> None:
    """Any birthday is refused clearly or stored as --MM-DD."""
    round_trip(fuzz_registry, "birthday", value)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.data_too_large])
@given(
    text=st.one_of(
        st.text(),
        st.text(alphabet='"*()-^:+ANDORNEAR zoe0612\x00é', max_size=30),
        LONG_TEXT,
    )
)
@example(text='"')
@example(text='zoe" OR "')
@example(text="NEAR(a b, 3)")
@example(text="\x00")
@example(text="+" * 500)
def test_the_search_box_never_fails(fuzz_registry: Registry, text: str) -> None:
    """Whatever is typed in the search box, find() returns a list of customers."""
    results = fuzz_registry.customers.find(text)
    assert isinstance(results, list)
    assert len(results) <= 100


@pytest.mark.parametrize("control", ["\u202e", "\u202d", "\u2066", "\u2069", "\x00", "\x1b"])
def test_bidi_overrides_and_control_characters_are_refused_in_names(control: str) -> None:
    """A right-to-left override could make 'Alice' display as another name in a PDF."""
    with pytest.raises(ValidationError) as caught:
        fields.clean("last_name", f"Ali{control}ce")
    assert caught.value.field == "last_name"
