"""Benchmark: the access PDF of a customer with 1,000 consent events and 50 requests,
against a bare reportlab document of the same text.

    python packaging/bench_access_pdf.py [--runs 5]

The customer is made in a real (SQLCipher) registry in a temporary folder: 500 grants and
500 withdrawals of the newsletter consent, and 50 requests in the request register
(``registry.requests``); without a register, the 50 requests are put into the statement
by hand.

"Bare" is the text of the access PDF (read back with pypdf, one paragraph per line) set
with reportlab's SimpleDocTemplate in the same DejaVu font: no tables, no footer pass, no
escaping, no atomic write. Targets: at most 0.5 s and at most 2x the bare document.
A "floor" is printed too: the same lines drawn with canvas.drawString, no layout at all.
Prints the median of ``--runs`` runs of each and the ratios.
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import reportlab
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate

from desktop_app.core.customers import CustomerDraft
from desktop_app.core.pdf.base import SANS, styles
from desktop_app.core.registry import Registry
from desktop_app.core.rights.access_pdf import RTL_SUPPORT, write_access_pdf
from desktop_app.core.rights.statement import access_statement

EVENTS = 1000
REQUESTS = 50


def make_statement(folder: Path) -> tuple[dict[str, Any], float]:
    created = Registry.create(
        folder / "registry",
        "Boulangerie Łukasz",
        passphrase="bench passphrase 123",
        use_keyring=False,
    )
    registry = created.registry
    try:
        with registry.transaction():
            registry.business.update(
                address="12 rue des Lilas\n75011 Paris",
                email="contact@boulangerie.fr",
                dpo_name="Marie Curie",
                dpo_email="rgpd@boulangerie.fr",
            )
            customer_id = registry.customers.add(
                CustomerDraft(
                    {
                        "last_name": "Nguyễn",
                        "first_name": "Łukasz",
                        "email": "lukasz@example.com",
                        "phone": "06 12 34 56 78",
                        "postal_address": "3 rue X\n75001 Paris",
                        "birthday": "14/07",
                    },
                    ["customer_follow_up", "invoicing"],
                    ["newsletter", "birthday_offers"],
                )
            )
        with registry.transaction():
            # one grant is there already: 499 withdraw/grant pairs and a last withdrawal,
            # plus the birthday grant, make 1,000 events
            for _ in range((EVENTS - 2) // 2):
                registry.customers.withdraw_consent(customer_id, "newsletter", "in_store")
                registry.customers.grant_consent(customer_id, "newsletter", "paper")
        register = getattr(registry, "requests", None)
        if register is not None and hasattr(register, "open"):
            # the request register is there: 50 real requests, received weekly, answered
            today = date.fromisoformat(registry.now()[:10])
            with registry.transaction():
                for n in range(REQUESTS):
                    kind = ("access", "rectification", "erasure", "objection")[n % 4]
                    received = today - timedelta(days=7 * (REQUESTS - n))
                    opened = register.open(customer_id, kind, received_on=received)
                    register.complete(opened.id, received + timedelta(days=3))
        request = {
            "reference": "R-2026-0050",
            "type": "access",
            "received_on": "2026-11-02",
            "due_on": "2026-12-02",
            "extension_months": 0,
            "status": "open",
            "completed_on": None,
        }
        start = time.perf_counter()
        statement = access_statement(registry, customer_id, request)
        statement_seconds = time.perf_counter() - start
        if not statement["request_history"]:
            statement["request_history"] = [
                dict(
                    request,
                    reference=f"R-{2022 + n // 20}-{n:04d}",
                    type=("access", "rectification", "erasure", "objection")[n % 4],
                    status="completed",
                    completed_on="2026-11-20",
                )
                for n in range(REQUESTS)
            ]
        assert len(statement["consent_history"]) == EVENTS, len(statement["consent_history"])
        return statement, statement_seconds
    finally:
        registry.close()


def bare_pdf(lines: list[str], path: Path) -> None:
    body = styles().body
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, invariant=1).build([Paragraph(escape(line), body) for line in lines])
    path.write_bytes(buffer.getvalue())


def floor_pdf(lines: list[str], path: Path) -> None:
    """The least reportlab can do with the text: drawString line by line, no layout at all."""
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    y = A4[1] - 60
    for line in lines:
        if y < 60:
            canvas.showPage()
            y = A4[1] - 60
        canvas.setFont(SANS, 9)
        canvas.drawString(55, y, line)
        y -= 12
    canvas.save()


def median_time(action: Callable[[], None], runs: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        statement, statement_seconds = make_statement(folder)
        ours_path, bare_path = folder / "access.pdf", folder / "bare.pdf"
        write_access_pdf(ours_path, statement, "fr")  # warm-up: fonts, styles
        reader = PdfReader(ours_path)
        pages = len(reader.pages)
        lines = [line for page in reader.pages for line in page.extract_text().splitlines()]
        bare_pdf(lines, bare_path)
        ours, ours_all = median_time(lambda: write_access_pdf(ours_path, statement, "fr"), runs)
        bare, bare_all = median_time(lambda: bare_pdf(lines, bare_path), runs)
        bare_pages = len(PdfReader(bare_path).pages)
        floor, floor_all = median_time(lambda: floor_pdf(lines, bare_path), runs)

    ratio = ours / bare
    load_after = os.getloadavg()
    print(
        f"Access PDF benchmark ({platform.python_implementation()} {platform.python_version()},"
        f" reportlab {reportlab.Version}, RTL shaping {'on' if RTL_SUPPORT else 'off'})"
    )
    print(
        f"customer: {EVENTS} consent events, {REQUESTS} requests, "
        f"{len(statement['fields'])} fields, {len(statement['purposes'])} purposes"
    )
    print(f"statement (dict from the registry): {statement_seconds:.3f} s (one run)")
    print(f"requests: {len(statement['request_history'])} in the statement")
    print(
        f"machine: {os.cpu_count()} CPU; load average (1/5/15 min) "
        f"{'/'.join(f'{x:.1f}' for x in load_before)} at start, "
        f"{'/'.join(f'{x:.1f}' for x in load_after)} at end"
    )
    print(f"access PDF: {pages} pages, {len(lines)} text lines")
    print(f"  Registre access PDF : median {ours:.3f} s  runs {[round(t, 3) for t in ours_all]}")
    print(
        f"  bare reportlab      : median {bare:.3f} s  runs {[round(t, 3) for t in bare_all]}"
        f"  ({bare_pages} pages)"
    )
    print(f"  ratio               : {ratio:.2f}x")
    print(
        f"  floor (drawString per line, no layout): median {floor:.3f} s"
        f"  runs {[round(t, 3) for t in floor_all]}; ratio {ours / floor:.2f}x"
    )
    print(
        f"targets: <= 0.5 s {'MET' if ours <= 0.5 else 'MISSED'}; "
        f"<= 2x bare {'MET' if ratio <= 2 else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
