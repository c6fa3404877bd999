"""The request register (Art. 12(3)): references, due dates, extensions, closing, filters."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from desktop_app.core import deadlines
from desktop_app.core.errors import NotFoundError, RequestError, ValidationError
from desktop_app.core.registry import Created, Registry
from tests.core.conftest import add_customer

NOW = "2026-03-31T10:00:00+00:00"  # a Tuesday
TODAY = date(2026, 3, 31)


@pytest.fixture
def registry(make_registry: Callable[..., Created]) -> Registry:
    return make_registry(clock=lambda: NOW).registry


@pytest.fixture
def customer(registry: Registry) -> int:
    return add_customer(
        registry, {"last_name": "Dupré", "email": "zoe@exemple.fr"}, ["customer_follow_up"]
    )


def test_a_request_gets_a_reference_and_its_due_date(registry: Registry, customer: int) -> None:
    """Received today by default; due one month later, moved to the next working day."""
    with registry.transaction():
        request = registry.requests.open(customer, "access", identity_check="id_card_seen")
    assert request.reference == "R-2026-0001"
    assert request.received_on == TODAY
    # 30 April 2026 is a Thursday; 31 April does not exist: the month's last day.
    assert request.due_on == deadlines.due_date(TODAY) == date(2026, 4, 30)
    assert request.status == "open" and request.extension_months == 0
    assert request.customer_reference == registry.customers.get(customer).reference
    assert request.staff_id == registry.staff_id
    data = request.as_dict()
    assert data["due_date"] == data["due_on"] == "2026-04-30"
    assert data["identity_check"] == "id_card_seen"


def test_references_count_within_the_year_of_receipt(registry: Registry, customer: int) -> None:
    with registry.transaction():
        a = registry.requests.open(customer, "access", received_on=date(2025, 12, 30))
        b = registry.requests.open(customer, "erasure")
        c = registry.requests.open(customer, "objection", received_on=date(2026, 1, 2))
        d = registry.requests.open(customer, "portability", received_on=date(2025, 12, 31))
    assert [a.reference, b.reference, c.reference, d.reference] == [
        "R-2025-0001",
        "R-2026-0001",
        "R-2026-0002",
        "R-2025-0002",
    ]
    # Received on 30 December 2025: due 30 January 2026, a Friday.
    assert a.due_on == date(2026, 1, 30)
    assert registry.requests.by_reference("r-2026-0002") == c


@pytest.mark.parametrize(
    ("options", "code"),
    [
        ({"type": "complaint"}, "request_type_unknown"),
        ({"type": "access", "channel": "fax"}, "channel_unknown"),
        ({"type": "access", "identity_check": "photocopy"}, "identity_check_unknown"),
        ({"type": "access", "received_on": date(2026, 4, 1)}, "request_received_future"),
    ],
)
def test_bad_requests_are_refused(
    registry: Registry, customer: int, options: dict, code: str
) -> None:
    with pytest.raises(ValidationError) as caught, registry.transaction():
        registry.requests.open(customer, **options)
    assert caught.value.code == code
    assert registry.requests.find() == []


def test_a_request_needs_an_existing_customer(registry: Registry) -> None:
    with pytest.raises(NotFoundError), registry.transaction():
        registry.requests.open(99, "access")


def test_extension_needs_a_reason_and_recomputes_the_due_date(
    registry: Registry, customer: int
) -> None:
    with registry.transaction():
        request = registry.requests.open(customer, "access", received_on=date(2026, 3, 20))
    for months, reason, code in [(1, " ", "extension_reason_needed"), (3, "x", "extension_months")]:
        with pytest.raises(ValidationError) as caught, registry.transaction():
            registry.requests.extend(request.id, months, reason)
        assert caught.value.code == code
    with registry.transaction():
        once = registry.requests.extend(request.id, 1, "Many archives to search")
    assert once.due_on == date(2026, 5, 20)  # Wednesday 20 May 2026
    assert once.extension_letter_on == TODAY
    assert once.extension_reason == "Many archives to search"
    with registry.transaction():
        twice = registry.requests.extend(request.id, 2, "Still searching", letter_on=TODAY)
    # 20 June 2026 is a Saturday: the next working day.
    assert twice.due_on == date(2026, 6, 22) == deadlines.due_date(date(2026, 3, 20), 2)
    with pytest.raises(ValidationError), registry.transaction():
        registry.requests.extend(request.id, 1, "shorter")  # never shortened


def test_an_extension_must_be_announced_within_the_first_month(
    registry: Registry, customer: int
) -> None:
    with registry.transaction():
        request = registry.requests.open(customer, "erasure", received_on=date(2026, 1, 5))
    with pytest.raises(RequestError) as caught, registry.transaction():
        registry.requests.extend(request.id, 2, "Too late")
    assert caught.value.code == "extension_too_late"
    assert registry.requests.get(request.id).extension_months == 0


def test_complete_and_refuse(registry: Registry, customer: int) -> None:
    with registry.transaction():
        done = registry.requests.open(customer, "access")
        refused = registry.requests.open(customer, "erasure")
        registry.requests.complete(done.id)
    with pytest.raises(ValidationError) as caught, registry.transaction():
        registry.requests.refuse(refused.id, "")
    assert caught.value.code == "refusal_reason_needed"
    with registry.transaction():
        result = registry.requests.refuse(refused.id, "Invoices must be kept 10 years")
    assert result.status == "refused" and result.completed_on == TODAY
    assert result.refusal_reason == "Invoices must be kept 10 years"
    assert registry.requests.get(done.id).status == "completed"
    with pytest.raises(RequestError) as closed, registry.transaction():
        registry.requests.complete(done.id)
    assert closed.value.code == "request_closed"
    assert "R-2026-0001" in closed.value.message("en")


def test_open_due_soon_and_overdue_lists(registry: Registry, customer: int) -> None:
    """Each open request in at most one of due-soon and overdue; closed ones in neither."""
    with registry.transaction():
        overdue = registry.requests.open(customer, "access", received_on=date(2026, 2, 2))
        soon = registry.requests.open(customer, "erasure", received_on=date(2026, 3, 5))
        later = registry.requests.open(customer, "restriction", received_on=date(2026, 3, 30))
        closed = registry.requests.open(customer, "objection", received_on=date(2026, 1, 2))
        registry.requests.complete(closed.id)
    find = registry.requests.find
    assert overdue.due_on == date(2026, 3, 2) and soon.due_on == date(2026, 4, 7)
    assert [r.id for r in find("open")] == [overdue.id, soon.id, later.id]
    assert [r.id for r in find("overdue")] == [overdue.id]
    assert [r.id for r in find("due_soon")] == [soon.id]
    assert [r.id for r in find("all")] == [closed.id, overdue.id, soon.id, later.id]
    assert [r.urgency(TODAY) for r in find()] == ["closed", "overdue", "due_soon", "on_time"]
    # A week later the third one is due soon too; on its due date it is not yet overdue.
    assert [r.id for r in find("due_soon", today=date(2026, 4, 27))] == [later.id]
    assert find("overdue", today=date(2026, 4, 30)) == [overdue, soon]
