"""The breach register (Art. 33, 34): the 72-hour clock, estimates taken from the registry,
the encrypted statement (Art. 34(3)(a)), audit entries, and the ``breach`` CLI group."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.core import audit, breaches
from desktop_app.core.errors import NotFoundError, ValidationError
from desktop_app.core.registry import Created, Registry
from tests.core.conftest import add_customer

Cli = Callable[..., subprocess.CompletedProcess[str]]
NOW = datetime(2026, 3, 14, 9, 0, tzinfo=UTC)


@pytest.fixture
def clocked(make_registry: Callable[..., Created]) -> tuple[Registry, list[datetime]]:
    """A registry whose clock is ``moment[0]``."""
    moment = [NOW]
    registry = make_registry(clock=lambda: moment[0].isoformat(timespec="seconds")).registry
    return registry, moment


def record(registry: Registry, **options: object) -> breaches.Breach:
    options.setdefault("discovered_at", NOW - timedelta(hours=2))
    options.setdefault("nature", ["confidentiality"])
    options.setdefault("description", "Laptop stolen from the shop")
    with registry.transaction():
        return registry.breaches.record(**options)  # type: ignore[arg-type]


def test_deadline_is_discovery_plus_72_hours() -> None:
    found = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)
    assert breaches.deadline(found) == datetime(2026, 3, 17, 9, 30, tzinfo=UTC)
    assert breaches.hours_left(found, found) == 72.0
    assert breaches.hours_left(found, found + timedelta(hours=71, minutes=30)) == 0.5
    assert breaches.hours_left(found, found + timedelta(hours=80)) == -8.0


def test_the_clock_runs_and_turns_overdue(clocked: tuple[Registry, list[datetime]]) -> None:
    registry, moment = clocked
    breach = record(registry, discovered_at=NOW - timedelta(hours=2))
    assert breach.reference == "B-2026-0001"
    assert breach.deadline == NOW + timedelta(hours=70)
    shown = breach.as_dict(registry.breaches.now())
    assert shown["hours_left"] == 70.0 and shown["overdue"] is False
    assert shown["deadline"] == "2026-03-17T07:00:00+00:00"
    moment[0] = NOW + timedelta(hours=71)
    late = registry.breaches.get(breach.id)
    assert late.overdue(registry.breaches.now()) and late.hours_left(registry.breaches.now()) == -1
    # Notified late: no longer overdue, but the delay must be explained.
    with registry.transaction():
        done = registry.breaches.notify_authority(breach.id)
    assert done.notified_authority_at == NOW + timedelta(hours=71)
    assert not done.overdue(registry.breaches.now()) and done.notified_late()


def test_notified_in_time_is_not_late(clocked: tuple[Registry, list[datetime]]) -> None:
    registry, _ = clocked
    breach = record(registry)
    with registry.transaction():
        done = registry.breaches.notify_authority(breach.id, NOW - timedelta(hours=1))
    assert not done.notified_late() and not done.late(NOW + timedelta(days=10))
    with registry.transaction(), pytest.raises(ValidationError) as error:
        registry.breaches.notify_authority(breach.id, NOW - timedelta(hours=3))
    assert error.value.code == "breach_notified_before_discovery"


def test_references_count_up(clocked: tuple[Registry, list[datetime]]) -> None:
    registry, _ = clocked
    assert [record(registry).reference for _ in range(3)] == [
        "B-2026-0001",
        "B-2026-0002",
        "B-2026-0003",
    ]
    assert len(registry.breaches.list()) == 3
    assert registry.breaches.by_reference("B-2026-0002").reference == "B-2026-0002"
    with pytest.raises(NotFoundError):
        registry.breaches.by_reference("B-2026-0009")


def test_estimates_match_the_registry(clocked: tuple[Registry, list[datetime]]) -> None:
    registry, _ = clocked
    empty = record(registry)
    assert (empty.people_count_estimate, empty.records_count_estimate) == (0, 0)
    assert empty.data_categories == ()
    add_customer(
        registry, {"last_name": "Dupré", "first_name": "Hélène"}, purposes=["customer_follow_up"]
    )
    add_customer(
        registry,
        {"last_name": "Martin", "email": "j.martin@example.fr"},
        purposes=["customer_follow_up"],
    )
    add_customer(
        registry,
        {"last_name": "Zoé", "phone": "06 12 34 56 78", "birthday": "14/03"},
        purposes=["customer_follow_up"],
        consents=["birthday_offers"],
    )
    counts = registry.conn.execute(
        "SELECT (SELECT COUNT(*) FROM customer), (SELECT COUNT(*) FROM customer_field)"
    ).fetchone()
    breach = record(registry)
    assert (breach.people_count_estimate, breach.records_count_estimate) == tuple(counts) == (3, 7)
    assert breach.data_categories == ("identity", "contact", "birthday")
    estimates = registry.breaches.estimates()
    assert (estimates.people, estimates.records) == (3, 7)
    # The user can narrow them down.
    narrowed = record(registry, people_count_estimate=1, data_categories=["contact"])
    assert narrowed.people_count_estimate == 1 and narrowed.records_count_estimate == 7
    assert narrowed.data_categories == ("contact",)


def test_no_customer_data_in_the_breach_table(clocked: tuple[Registry, list[datetime]]) -> None:
    registry, _ = clocked
    add_customer(
        registry,
        {"last_name": "Canarybreach", "email": "canary@example.fr"},
        purposes=["customer_follow_up"],
    )
    record(registry)
    dump = json.dumps(list(registry.conn.execute("SELECT * FROM breach")))
    assert "Canarybreach" not in dump and "canary@" not in dump


def test_encrypted_is_an_explicit_statement(clocked: tuple[Registry, list[datetime]]) -> None:
    registry, _ = clocked
    assert record(registry).encrypted is True  # encrypted at rest, key not compromised
    leaked = record(registry, encrypted=False)
    assert leaked.encrypted is False
    assert registry.breaches.get(leaked.id).as_dict()["encrypted"] is False


@pytest.mark.parametrize(
    ("options", "code"),
    [
        ({"nature": []}, "breach_nature_needed"),
        ({"nature": ["theft"]}, "breach_nature_unknown"),
        ({"description": "  "}, "breach_description_needed"),
        ({"discovered_at": NOW + timedelta(hours=1)}, "breach_discovered_future"),
        ({"data_categories": ["health"]}, "breach_category_unknown"),
        ({"people_count_estimate": -1}, "breach_count_negative"),
    ],
)
def test_invalid_breaches_are_refused(
    clocked: tuple[Registry, list[datetime]], options: dict[str, object], code: str
) -> None:
    registry, _ = clocked
    with pytest.raises(ValidationError) as error:
        record(registry, **options)
    assert error.value.code == code
    assert registry.breaches.list() == []


def test_each_change_is_audited_without_personal_data(
    clocked: tuple[Registry, list[datetime]],
) -> None:
    registry, _ = clocked
    add_customer(
        registry,
        {"last_name": "Dupré", "email": "helene@example.fr"},
        purposes=["customer_follow_up"],
    )
    breach = record(registry, description="Hélène Dupré's file seen")
    with registry.transaction():
        registry.breaches.notify_authority(breach.id)
    mine = [e for e in audit.entries(registry.conn) if e.target_ref == breach.reference]
    assert [e.action for e in mine] == ["breach_recorded", "breach_authority_notified"]
    assert mine[0].target_type == "registry"
    assert mine[0].detail == {
        "categories": ["identity", "contact"],
        "encrypted": True,
        "nature": ["confidentiality"],
        "people": 1,
        "records": 2,
    }
    assert mine[1].detail == {"late": False}
    assert "Dupré" not in json.dumps([e.as_dict() for e in audit.entries(registry.conn)])
    assert audit.verify(registry.conn).ok
    assert audit.action_label("breach_recorded")["fr"] != "breach_recorded"


def ok_json(result: subprocess.CompletedProcess[str]) -> object:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_cli_breach_commands(cli: Cli, data_dir: Path, tmp_path: Path) -> None:
    assert cli("init", "--business-name", "Chez Zoé", "--json").returncode == 0
    added_customer = cli(
        "customer",
        "add",
        "--set",
        "last_name=Dupré",
        "--set",
        "email=h@example.fr",
        "--purpose",
        "customer_follow_up",
    )
    assert added_customer.returncode == 0, added_customer.stderr
    discovered = (datetime.now() - timedelta(hours=3)).strftime("%Y-%m-%d %H:%M")
    added = ok_json(
        cli(
            "breach",
            "add",
            "--discovered",
            discovered,
            "--nature",
            "confidentiality",
            "--description",
            "Laptop <b> stolen & gone",
            "--measures",
            "Police report filed",
            "--json",
        )
    )
    assert isinstance(added, dict)
    assert added["reference"].startswith("B-") and added["encrypted"] is True
    assert added["people_count_estimate"] == 1 and added["records_count_estimate"] == 2
    assert 68.9 <= added["hours_left"] <= 69.1 and added["overdue"] is False
    assert added["measures_taken"] == "Police report filed"
    second = ok_json(
        cli(
            "breach",
            "add",
            "--discovered",
            discovered,
            "--nature",
            "integrity",
            "--nature",
            "availability",
            "--description",
            "USB key lost",
            "--not-encrypted",
            "--json",
        )
    )
    assert isinstance(second, dict)
    assert second["encrypted"] is False and second["nature"] == ["integrity", "availability"]

    listed = ok_json(cli("breach", "list", "--json"))
    assert isinstance(listed, list) and len(listed) == 2
    assert all("deadline" in b and "hours_left" in b for b in listed)

    at = (datetime.now() - timedelta(hours=1)).strftime("%Y-%m-%d %H:%M")
    notified = ok_json(cli("breach", "notified", added["reference"], "--at", at, "--json"))
    assert isinstance(notified, dict)
    assert notified["notified_authority_at"] and notified["notified_late"] is False

    pdf = tmp_path / "draft.pdf"
    result = cli("breach", "draft", added["reference"], "--pdf", str(pdf), "--lang", "fr")
    assert result.returncode == 0, result.stderr
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert added["reference"] in text and "Laptop <b> stolen & gone" in text

    bad = cli(
        "breach", "add", "--discovered", "yesterday", "--nature", "integrity", "--description", "x"
    )
    assert bad.returncode == 1 and "yesterday" in bad.stderr
    missing = cli("breach", "notified", "B-1999-0001")
    assert missing.returncode == 1 and "B-1999-0001" in missing.stderr
    assert ok_json(cli("audit", "verify", "--json"))["ok"] is True  # type: ignore[index]
