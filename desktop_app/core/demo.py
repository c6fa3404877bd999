"""Realistic, deterministic demo customers for a French shop (demo registry, benchmarks, tests).

``demo_drafts(count, seed)`` yields the same ``CustomerDraft`` sequence for the
same seed on every machine (it uses its own ``random.Random``). Each draft
carries only fields its purposes justify, taken from the default purpose
catalogue (resources/purposes/default.json): it passes
``CustomerService.prepare`` on a registry with the default purposes.

Names are common French names, accents and particles included; e-mail
addresses use reserved example domains only and phone numbers are French
mobile numbers (06/07) in the forms people type them.

``add_demo_requests(registry, seed)`` then files a register of data-subject
requests for some of the stored customers, dated in the past from the
registry's own clock: open ones (one overdue, a few due within the week),
extended ones, completed ones and a refusal.

``add_demo_breaches(registry, lang)`` records two breaches for the breach
register: one notified in time, one whose 72-hour clock is still running.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from .customers import CustomerDraft
from .purposes import default_catalogue
from .search import fold

if TYPE_CHECKING:
    from .breaches import Breach
    from .registry import Registry
    from .requests import Request

# fmt: off
LAST_NAMES: tuple[str, ...] = (
    "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau",
    "Laurent", "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel",
    "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent",
    "Muller", "Lefebvre", "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier",
    "Chevalier", "François", "Legrand", "Gauthier", "Garcia", "Perrin", "Robin", "Clément",
    "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Masson", "Marchand", "Duval", "Denis",
    "Dumont", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier", "Brun", "Blanchard", "Giraud",
    "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud", "Martinez", "Gérard",
    "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal", "Caron", "Picard", "Roger",
    "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier", "Philippe",
    "Bourgeois", "Benoît", "Rey", "Leclerc", "Payet", "Rolland", "Guillaume", "Lecomte", "Lopez",
    "Dupuy", "Guillot", "Hubert", "Berger", "Carpentier", "Sanchez", "Dupuis", "Moulin",
    "Deschamps", "Huet", "Vasseur", "Perez", "Boucher", "Fleury", "Royer", "Klein", "Jacquet",
    "Poirier", "Marty", "Aubry", "Guyot", "Carré", "Renault", "Charpentier", "Ménard",
    "Maillard", "Baron", "Bailly", "Hervé", "Schneider", "Fernandez", "Le Gall", "Le Goff",
    "Le Roux", "Le Bihan", "Léger", "Bouvier", "Prévost", "Perrot", "Langlois", "Rémy",
    "Pelletier", "Lévêque", "Lebrun", "Weber", "Hamon", "Boulanger", "Étienne", "Grondin",
    "Tessier", "Chauvin", "Da Silva", "Lemaître", "Maréchal", "Barthélemy", "Delaunay",
    "Dupré", "N'Diaye", "Diallo", "Nguyen", "Traoré", "Haddad", "Œuvray", "D'Almeida",
    "de La Fontaine", "Saint-Martin", "Kergoat", "Lefèvre-Durand",
)
FIRST_NAMES: tuple[str, ...] = (
    "Zoé", "Anaïs", "Élodie", "Noé", "Chloé", "Jérôme", "Léa", "Manon", "Camille", "Inès",
    "Léna", "Louise", "Jade", "Emma", "Alice", "Lina", "Rose", "Ambre", "Juliette", "Romane",
    "Lou", "Mila", "Clémence", "Margaux", "Mathilde", "Pauline", "Sarah", "Laura", "Marine",
    "Céline", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Françoise", "Monique", "Hélène",
    "Valérie", "Sandrine", "Stéphanie", "Aurélie", "Émilie", "Julie", "Sophie", "Christine",
    "Martine", "Brigitte", "Agnès", "Béatrice", "Gaëlle", "Maëlle", "Maëlys", "Océane",
    "Noémie", "Héloïse", "Salomé", "Agathe", "Capucine", "Apolline", "Joséphine",
    "Marie-Claire", "Anne-Sophie", "Marie", "Jeanne", "Fatima", "Aïcha", "Yasmine", "Amina",
    "Leïla", "Jean", "Pierre", "Michel", "Philippe", "Alain", "Patrick", "Nicolas",
    "Christophe", "Christian", "Daniel", "Bernard", "Éric", "Frédéric", "Laurent", "Stéphane",
    "David", "Olivier", "Pascal", "Thierry", "Sébastien", "Julien", "Jérémy", "Mathieu",
    "Guillaume", "Antoine", "Maxime", "Thomas", "Lucas", "Hugo", "Louis", "Gabriel", "Arthur",
    "Jules", "Raphaël", "Léo", "Adam", "Nathan", "Ethan", "Timothée", "Baptiste", "Théo",
    "Clément", "Romain", "Alexandre", "Benoît", "François", "Jean-Pierre", "Jean-Luc",
    "Jean-Marc", "Marc", "Yves", "Gérard", "René", "André", "Hervé", "Joël", "Gaël", "Loïc",
    "Yannick", "Mickaël", "Cédric", "Damien", "Florian", "Kévin", "Anthony", "Quentin",
    "Valentin", "Aurélien", "Bastien", "Gaëtan", "Élie", "Célestin", "Côme", "Éloi",
    "Mohamed", "Karim", "Mamadou", "Moussa", "Yanis", "Rayan", "Enzo", "Matéo", "Noah",
    "Sacha", "Eliott", "Anaëlle", "Thaïs",
)
TOWNS: tuple[tuple[str, str], ...] = (
    ("75011", "Paris"), ("75015", "Paris"), ("69003", "Lyon"), ("13006", "Marseille"),
    ("31000", "Toulouse"), ("44000", "Nantes"), ("67000", "Strasbourg"), ("33000", "Bordeaux"),
    ("59000", "Lille"), ("35000", "Rennes"), ("34000", "Montpellier"), ("06000", "Nice"),
    ("29200", "Brest"), ("29000", "Quimper"), ("22000", "Saint-Brieuc"), ("56100", "Lorient"),
    ("37000", "Tours"), ("45000", "Orléans"), ("21000", "Dijon"), ("25000", "Besançon"),
    ("63000", "Clermont-Ferrand"), ("87000", "Limoges"), ("86000", "Poitiers"),
    ("17000", "La Rochelle"), ("64000", "Pau"), ("66000", "Perpignan"), ("30000", "Nîmes"),
    ("84000", "Avignon"), ("13100", "Aix-en-Provence"), ("38000", "Grenoble"),
    ("73000", "Chambéry"), ("74000", "Annecy"), ("42000", "Saint-Étienne"), ("51100", "Reims"),
    ("80000", "Amiens"), ("76000", "Rouen"), ("14000", "Caen"), ("72000", "Le Mans"),
    ("49000", "Angers"), ("57000", "Metz"), ("54000", "Nancy"), ("18000", "Bourges"),
    ("24000", "Périgueux"), ("19100", "Brive-la-Gaillarde"), ("20000", "Ajaccio"),
)
STREET_TYPES: tuple[str, ...] = (
    "rue", "rue", "rue", "avenue", "boulevard", "place", "impasse", "allée", "chemin", "quai",
    "route", "cours",
)
STREET_NAMES: tuple[str, ...] = (
    "de la République", "Victor Hugo", "Jean Jaurès", "du Général de Gaulle", "de la Paix",
    "Pasteur", "des Écoles", "de l'Église", "du Moulin", "de la Gare", "Gambetta", "Émile Zola",
    "des Lilas", "du Château", "Saint-Michel", "Jules Ferry", "de Verdun", "du Port",
    "des Tilleuls", "de la Liberté", "Voltaire", "Carnot", "Aristide Briand", "Anatole France",
    "des Acacias", "du Stade", "de Bretagne", "du Marché", "des Peupliers", "des Roses",
)
# Reserved or example domains only: demo data must never reach a real mailbox.
EMAIL_DOMAINS: tuple[str, ...] = (
    "example.fr", "example.fr", "example.com", "example.com", "example.org", "exemple.fr",
    "exemple.com", "example.net",
)
# French mobile prefixes phonenumbers accepts as valid (063x and 069x are only partly
# allocated, 070-072 not yet).
MOBILE_PREFIXES: tuple[str, ...] = (
    "060", "061", "062", "064", "065", "066", "067", "068",
    "073", "074", "075", "076", "077", "078", "079",
)
# fmt: on

_FIELD_ORDER = ("last_name", "first_name", "email", "phone", "postal_address", "birthday")
# How often each optional field is filled in when a purpose allows it.
_OPTIONAL_RATE = {
    "first_name": 0.92,
    "email": 0.35,
    "phone": 0.55,
    "postal_address": 0.22,
    "birthday": 0.0,
    "last_name": 1.0,
}
_NOT_LOCAL = re.compile(r"[^a-z0-9]+")


def _purposes(rng: random.Random) -> list[str]:
    roll = rng.random()
    if roll < 0.02:
        return []  # a newsletter sign-up only (consent without any other purpose)
    if roll < 0.70:
        return ["customer_follow_up"]
    if roll < 0.82:
        return ["loyalty_card"]
    if roll < 0.90:
        return ["customer_follow_up", "loyalty_card"]
    if roll < 0.96:
        return ["invoicing"]
    return ["customer_follow_up", "invoicing"]


def _consents(rng: random.Random, purposes: list[str]) -> list[str]:
    consents: list[str] = []
    if not purposes or rng.random() < 0.39:
        consents.append("newsletter")
    if rng.random() < 0.20:
        consents.append("sms_offers")
    if rng.random() < 0.10:
        consents.append("birthday_offers")
    return consents


def _email(rng: random.Random, first: str, last: str) -> str:
    f = _NOT_LOCAL.sub("", fold(first))
    l_ = _NOT_LOCAL.sub("", fold(last))
    shape = rng.randrange(5)
    if shape == 0:
        local = f"{f}.{l_}"
    elif shape == 1:
        local = f"{f[0]}{l_}"
    elif shape == 2:
        local = f"{f}_{l_}"
    elif shape == 3:
        local = f"{l_}.{f}"
    else:
        local = f"{f}{l_}"
    if rng.random() < 0.7:
        local += str(rng.randrange(1, 100) if rng.random() < 0.6 else rng.randrange(1950, 2011))
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}"


def _phone(rng: random.Random) -> str:
    digits = rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10_000_000):07d}"
    shape = rng.random()
    if shape < 0.5:
        return " ".join(digits[i : i + 2] for i in range(0, 10, 2))
    if shape < 0.85:
        return digits
    national = digits[1:]
    return f"+33 {national[0]} " + " ".join(national[i : i + 2] for i in range(1, 9, 2))


def _address(rng: random.Random) -> str:
    number = str(rng.randrange(1, 120))
    if rng.random() < 0.06:
        number += " bis"
    postcode, town = rng.choice(TOWNS)
    street = f"{number} {rng.choice(STREET_TYPES)} {rng.choice(STREET_NAMES)}"
    return f"{street}\n{postcode} {town}"


def _birthday(rng: random.Random) -> str:
    month = rng.randrange(1, 13)
    days = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]
    return f"{rng.randrange(1, days + 1):02d}/{month:02d}"


def _value(rng: random.Random, code: str, first: str, last: str) -> str:
    if code == "last_name":
        return last
    if code == "first_name":
        return first
    if code == "email":
        return _email(rng, first, last)
    if code == "phone":
        return _phone(rng)
    if code == "postal_address":
        return _address(rng)
    return _birthday(rng)


def demo_drafts(count: int, seed: int = 0) -> Iterator[CustomerDraft]:
    """``count`` realistic customers, the same ones for the same ``seed``."""
    rules = {
        item["code"]: (tuple(item["required_fields"]), tuple(item["optional_fields"]))
        for item in default_catalogue()
    }
    rng = random.Random(seed)
    for _ in range(count):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        purposes = _purposes(rng)
        consents = _consents(rng, purposes)
        required: set[str] = set()
        allowed: set[str] = set()
        for code in purposes + consents:
            needed, optional = rules[code]
            required.update(needed)
            allowed.update(needed, optional)
        fields: dict[str, str] = {}
        for code in _FIELD_ORDER:
            rate = _OPTIONAL_RATE[code]
            if code == "postal_address" and "invoicing" in purposes:
                rate = 0.8
            if code in required or (code in allowed and rng.random() < rate):
                fields[code] = _value(rng, code, first, last)
        yield CustomerDraft(fields, purposes, consents)


@dataclass(frozen=True)
class DemoRequest:
    """One request of the demo register, dated in days before the registry's today."""

    type: str
    received_days_ago: int
    outcome: str = "open"  # "open", "extended", "completed" or "refused"
    closed_after_days: int = 0  # completed or refused this many days after receipt
    extension_months: int = 0
    reason: str = ""  # of the extension or of the refusal


# Days are chosen so that the states hold whatever today is: a request is due one
# month after receipt (28 to 31 days), moved to the next working day (up to 3 more).
DEMO_REQUESTS: tuple[DemoRequest, ...] = (
    DemoRequest("access", 45),  # overdue: the only one
    DemoRequest("erasure", 27),  # due within the week
    DemoRequest("rectification", 27),  # due within the week
    DemoRequest("access", 12),
    DemoRequest("portability", 6),
    DemoRequest("restriction", 15),
    DemoRequest("objection", 3),
    DemoRequest(
        "access",
        48,
        "extended",
        extension_months=2,
        reason="Demande portant sur dix ans de factures, archivées sur papier",
    ),
    DemoRequest(
        "portability",
        36,
        "extended",
        extension_months=1,
        reason="Export à reprendre depuis l'ancien logiciel de caisse",
    ),
    DemoRequest("access", 95, "completed", closed_after_days=9),
    DemoRequest("rectification", 70, "completed", closed_after_days=2),
    DemoRequest("portability", 130, "completed", closed_after_days=20),
    DemoRequest("objection", 31, "completed", closed_after_days=1),
    DemoRequest("access", 210, "completed", closed_after_days=15),
    DemoRequest(
        "erasure",
        52,
        "refused",
        closed_after_days=10,
        reason="Factures à conserver dix ans (obligation légale, art. 17(3)(b) du RGPD)",
    ),
)
_REQUEST_CHANNELS = ("in_store", "in_store", "email", "paper", "phone")
_IDENTITY_CHECKS = ("known_customer", "id_card_seen", "email_from_known_address", "passport_seen")


def add_demo_requests(registry: Registry, seed: int = 0) -> list[Request]:
    """File ``DEMO_REQUESTS`` for customers of ``registry`` picked with ``seed``.

    Received dates lie in the past of the registry's clock, so the register shows
    one overdue request, some due soon, extended, completed and refused ones.
    Needs at least as many customers as requests; returns the requests as filed.
    """
    ids = [int(row[0]) for row in registry.conn.execute("SELECT id FROM customer ORDER BY id")]
    if len(ids) < len(DEMO_REQUESTS):
        raise ValueError(f"{len(DEMO_REQUESTS)} customers needed, {len(ids)} in the registry")
    rng = random.Random(seed)
    chosen = rng.sample(ids, len(DEMO_REQUESTS))
    register = registry.requests
    today = register.today()
    filed: list[Request] = []
    with registry.transaction():
        for customer_id, spec in zip(chosen, DEMO_REQUESTS, strict=True):
            received = today - timedelta(days=spec.received_days_ago)
            request = register.open(
                customer_id,
                spec.type,
                received_on=received,
                channel=rng.choice(_REQUEST_CHANNELS),
                identity_check=rng.choice(_IDENTITY_CHECKS),
            )
            closed_on = received + timedelta(days=spec.closed_after_days)
            if spec.outcome == "extended":
                # The letter goes out well within the first month, as Art. 12(3) asks.
                letter_on = min(received + timedelta(days=14), today)
                request = register.extend(
                    request.id, spec.extension_months, spec.reason, letter_on=letter_on
                )
            elif spec.outcome == "completed":
                request = register.complete(request.id, completed_on=closed_on)
            elif spec.outcome == "refused":
                request = register.refuse(request.id, spec.reason, refused_on=closed_on)
            filed.append(request)
    return filed


_DEMO_BREACHES = {
    "fr": (
        "Clé USB de sauvegarde oubliée dans le train ; retrouvée deux jours plus tard.",
        "Aucune : la sauvegarde est chiffrée et la phrase de passe n'était pas avec la clé.",
        "Sauvegardes sur une clé gardée à la boutique, dans le tiroir fermé.",
        "Courriel d'offre envoyé avec tous les destinataires en copie visible.",
        "Adresses e-mail des clients abonnés visibles par les autres destinataires.",
        "Message de rappel demandant de supprimer le courriel ; envois par la fonction "
        "« copie cachée » seulement.",
    ),
    "en": (
        "Backup USB stick left on a train; found two days later.",
        "None: the backup is encrypted and the passphrase was not with the stick.",
        "Backups on a stick kept at the shop, in the locked drawer.",
        "Offer e-mail sent with every recipient visible in copy.",
        "Subscribed customers' e-mail addresses seen by the other recipients.",
        "Recall message asking to delete the e-mail; mailings in blind copy only from now on.",
    ),
}


def add_demo_breaches(registry: Registry, lang: str = "fr") -> list[Breach]:
    """Two breaches for the register: one notified in time, one whose clock still runs."""
    lost, lost_effect, lost_measure, mail, mail_effect, mail_measure = _DEMO_BREACHES[
        "fr" if lang == "fr" else "en"
    ]
    register = registry.breaches
    now = datetime.fromisoformat(registry.now())
    with registry.transaction():
        notified = register.record(
            discovered_at=now - timedelta(days=40),
            nature=["availability"],
            description=lost,
            encrypted=True,
            likely_consequences=lost_effect,
            measures_taken=lost_measure,
        )
        notified = register.notify_authority(notified.id, now - timedelta(days=39))
        running = register.record(
            discovered_at=now - timedelta(hours=20),
            nature=["confidentiality"],
            description=mail,
            encrypted=False,
            data_categories=["contact"],
            people_count_estimate=42,
            records_count_estimate=42,
            likely_consequences=mail_effect,
            measures_taken=mail_measure,
        )
    return [notified, running]
