"""A bulk import killed with SIGKILL half-way leaves a sound registry holding every committed batch.

The import runs as a real ``registre-cli`` child process writing to a real SQLCipher file
(WAL, synchronous=FULL); the test kills it without warning once about 2,000 customers are
committed, then opens the registry and checks it from the inside.
"""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from desktop_app.core.registry import Registry, Unlock
from desktop_app.core.search import fold
from tests.core.conftest import PASSPHRASE, REPO

CUSTOMERS = 10_000
BATCH = 200
KILL_AFTER = 2_000


def words(text: str) -> list[str]:
    return text.split()


FIRST_NAMES = words(
    "Zoé Léa Chloé Inès Manon Camille Louise Jeanne Agathe Éléonore Héloïse Anaïs Maëlle "
    "Noémie Clémence Margaux Céline Hélène Françoise Thérèse Lucas Hugo Théo Noé Raphaël "
    "Gabriel Jules Arthur Louis Adam Mathéo Élie Jérôme François Benoît Clément Grégoire "
    "Loïc Aurélien Stéphane"
)
LAST_NAMES = words(
    "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent "
    "Lefèbvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefèvre "
    "Mercier Dupont Lambert Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc "
    "Guérin Muller Henry Roussel Nicolas Perrin Morin Mathieu Clément Gauthier Dumont Lopez "
    "Fontaine Chevalier Robin Dupré Œuvray Bélanger Crémieux Désiré Ménard Pâris Noël Lévêque"
)
DOMAINS = ("exemple.fr", "courriel.fr", "boite-mail.com", "laposte.example", "orange.example")


def realistic_customers(count: int) -> list[dict[str, str]]:
    """Distinct, plausible French customers: name, e-mail (unique), mobile number."""
    surnames = LAST_NAMES + [f"{a}-{b}" for a, b in itertools.permutations(LAST_NAMES, 2)]
    people = []
    for number, (last, first) in enumerate(itertools.product(surnames, FIRST_NAMES)):
        if number == count:
            break
        local = "".join(ch for ch in fold(f"{first}.{last}") if ch.isalnum() or ch in ".-")
        people.append(
            {
                "last_name": last,
                "first_name": first,
                "email": f"{local}.{number}@{DOMAINS[number % len(DOMAINS)]}",
                "phone": f"06{number:08d}",
            }
        )
    return people


def child_env() -> dict[str, str]:
    return {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "REGISTRE_PASSPHRASE": PASSPHRASE,
        "REGISTRE_LANG": "en",
        "PYTHONPATH": str(REPO),
    }


def test_an_import_killed_midway_keeps_every_committed_batch(tmp_path: Path) -> None:
    """SIGKILL after ~2,000 of 10,000: the file is intact, committed customers are all there."""
    data_dir = tmp_path / "registry"
    Registry.create(data_dir, "Boutique", passphrase=PASSPHRASE, use_keyring=False).registry.close()
    people = realistic_customers(CUSTOMERS)
    assert len({p["email"] for p in people}) == CUSTOMERS
    source = tmp_path / "customers.jsonl"
    source.write_text(
        "".join(json.dumps({"fields": p}, ensure_ascii=False) + "\n" for p in people),
        encoding="utf-8",
    )

    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "desktop_app.core.cli",
            "--data-dir",
            str(data_dir),
            "customer",
            "import",
            str(source),
            "--purpose",
            "customer_follow_up",
            "--batch-size",
            str(BATCH),
            "--progress",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    reported: list[int] = []
    try:
        assert child.stdout is not None
        for line in child.stdout:
            reported.append(json.loads(line)["committed"])
            if reported[-1] >= KILL_AFTER:
                child.send_signal(signal.SIGKILL)
                break
        # Lines the child wrote before it died are still in the pipe: they count too.
        rest, errors = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    reported += [json.loads(line)["committed"] for line in rest.splitlines()]

    assert child.returncode == -signal.SIGKILL, errors
    assert reported, "the import reported no committed batch before the kill"
    committed = reported[-1]
    assert KILL_AFTER <= committed < CUSTOMERS, "the import was not killed mid-way"
    assert reported == list(range(BATCH, committed + 1, BATCH))

    with Registry.open(data_dir, Unlock(passphrase=PASSPHRASE)) as registry:
        conn = registry.conn
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []

        count = registry.customers.count()
        assert count >= committed
        assert count % BATCH == 0, "a batch was half written"

        emails = {
            row[0] for row in conn.execute("SELECT value FROM customer_field WHERE field = 'email'")
        }
        missing = [p["email"] for p in people[:committed] if p["email"] not in emails]
        assert missing == []
        assert len(emails) == count
        assert emails <= {p["email"] for p in people[:count]}

        fields_per_customer = conn.execute(
            "SELECT count(*) FROM customer_field GROUP BY customer_id HAVING count(*) != 4"
        ).fetchall()
        assert fields_per_customer == []
        attached = conn.execute(
            "SELECT count(*) FROM customer_purpose WHERE purpose_code = 'customer_follow_up'"
        ).fetchone()[0]
        assert attached == count

        # The search index agrees with the table: one entry per customer, and they are findable.
        assert conn.execute("SELECT count(*) FROM customer_search").fetchone()[0] == count
        for person in (people[0], people[committed // 2], people[committed - 1]):
            hits = registry.customers.find(person["email"])  # prefixes: may find a few more
            assert person["email"] in [h.fields["email"] for h in hits]
            by_phone = registry.customers.find(person["phone"])
            assert [h.fields["email"] for h in by_phone] == [person["email"]]

        # And the registry works normally afterwards.
        with registry.transaction():
            registry.customers.edit(1, {"first_name": "Après"})
        assert registry.customers.get(1).fields["first_name"] == "Après"
