"""A draft of the breach notification to the supervisory authority (GDPR Art. 33 and 34).

Laid out along Art. 33(3): (a) the nature of the breach, with the categories and
approximate numbers of people and records concerned, (b) the contact point, (c) the
likely consequences, (d) the measures taken or proposed; then the 72-hour deadline
(Art. 33(1)) with a line for the reasons of a delay when it is late, and whether the
people must be told (Art. 34, with the encryption exemption of Art. 34(3)(a)).

It is a draft for the user to check, complete and send (the CNIL takes notifications
through its website); the authority's name and address come from the business profile.
Every user string goes through ``safe()`` (via ``user_paragraph``/``facts_table``).

``breach`` is :meth:`desktop_app.core.breaches.Breach.as_dict` (with ``now``);
``business`` is :meth:`desktop_app.core.business.BusinessProfile.as_dict`.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop_app.core import fields
from desktop_app.core.breaches import NATURE_LABELS
from desktop_app.core.pdf.base import CONTENT_WIDTH, SANS_BOLD, safe, styles, write_pdf
from desktop_app.core.rights.access_pdf import (
    _words_fix,
    contact_text,
    facts_table,
    format_date,
    pick,
    user_paragraph,
)

WORDING: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Notification d'une violation de données personnelles",
        "subtitle": "Brouillon à l'attention de l'autorité de contrôle (articles 33 et 34 du RGPD)",
        "draft": "<b>BROUILLON</b> : relisez, complétez les mentions « à compléter » et "
        "envoyez la notification à l'autorité (pour la CNIL, par son téléservice en ligne). "
        "Gardez ce document avec le registre des violations (article 33.5).",
        "to": "Destinataire",
        "controller": "Responsable du traitement",
        "reference": "Référence interne",
        "period": "Date de la violation",
        "period_range": "du {start} au {end}",
        "discovered": "Découverte le (début du délai)",
        "deadline": "Notification due au plus tard le",
        "notified": "Notifiée à l'autorité le",
        "not_yet": "Pas encore notifiée",
        "a": "a) Nature de la violation",
        "nature": "Nature",
        "description": "Ce qui s'est passé",
        "categories": "Catégories de données concernées",
        "no_category": "Aucune donnée client enregistrée",
        "people_kind": "Catégorie de personnes concernées",
        "customers": "Clients de l'entreprise",
        "people": "Nombre approximatif de personnes concernées",
        "records": "Nombre approximatif d'enregistrements concernés",
        "estimate_note": "Estimations pré-remplies à partir du registre (nombre de clients et "
        "de données enregistrées) : à corriger si seule une partie du registre est concernée.",
        "b": "b) Point de contact",
        "contact": "Délégué à la protection des données ou autre point de contact",
        "c": "c) Conséquences probables",
        "d": "d) Mesures prises ou proposées",
        "measures_taken": "Mesures prises",
        "measures_proposed": "Mesures proposées, y compris pour en atténuer les effets",
        "to_complete": "À compléter",
        "clock": "Délai de 72 heures (article 33.1)",
        "clock_text": "La violation a été découverte le {discovered}. La notification doit être "
        "faite dans les meilleurs délais et, si possible, 72 heures au plus tard après, soit "
        "avant le <b>{deadline}</b>.",
        "clock_left": "Temps restant : {hours} heures.",
        "clock_late": "<b>Le délai de 72 heures est dépassé.</b> La notification doit être "
        "accompagnée des motifs du retard (article 33.1).",
        "delay_reasons": "Motifs du retard :",
        "clock_ok": "Notifiée dans le délai de 72 heures.",
        "people_title": "Information des personnes concernées (article 34)",
        "people_rule": "Si la violation est susceptible d'engendrer un risque élevé pour les "
        "droits et libertés des personnes, celles-ci doivent en être informées dans les "
        "meilleurs délais, en des termes clairs et simples (article 34.1 et 34.2).",
        "encrypted_yes": "<b>Données chiffrées : oui.</b> Selon le responsable du traitement, "
        "les données concernées étaient incompréhensibles pour toute personne non autorisée "
        "(registre chiffré, clé non compromise). L'information des personnes n'est alors pas "
        "requise (article 34.3.a).",
        "encrypted_no": "<b>Données chiffrées : non.</b> L'exemption de l'article 34.3.a "
        "(données chiffrées) ne s'applique pas : si le risque est élevé, les personnes "
        "concernées doivent être informées.",
        "people_notified": "Personnes informées le : {date}.",
        "people_not_notified": "Motif de non-information des personnes :",
        "footer": "Notification de violation · {reference} · brouillon",
        "subject": "Notification de violation de données (RGPD, article 33)",
        "meta_title": "Notification de violation · {reference}",
    },
    "en": {
        "title": "Personal data breach notification",
        "subtitle": "Draft for the supervisory authority (GDPR Articles 33 and 34)",
        "draft": "<b>DRAFT</b>: check it, fill in the parts marked \u201cto be completed\u201d "
        "and send the notification to the authority (for the CNIL, through its online "
        "service). Keep this document with the breach register (Article 33(5)).",
        "to": "To",
        "controller": "Controller",
        "reference": "Internal reference",
        "period": "Date of the breach",
        "period_range": "from {start} to {end}",
        "discovered": "Discovered on (clock starts)",
        "deadline": "Notification due by",
        "notified": "Notified to the authority on",
        "not_yet": "Not notified yet",
        "a": "(a) Nature of the breach",
        "nature": "Nature",
        "description": "What happened",
        "categories": "Categories of data concerned",
        "no_category": "No customer data stored",
        "people_kind": "Categories of people concerned",
        "customers": "The business's customers",
        "people": "Approximate number of people concerned",
        "records": "Approximate number of records concerned",
        "estimate_note": "Estimates pre-filled from the registry (number of customers and of "
        "stored values): correct them if only part of the registry was concerned.",
        "b": "(b) Contact point",
        "contact": "Data protection officer or other contact point",
        "c": "(c) Likely consequences",
        "d": "(d) Measures taken or proposed",
        "measures_taken": "Measures taken",
        "measures_proposed": "Measures proposed, including to mitigate its effects",
        "to_complete": "To be completed",
        "clock": "72-hour deadline (Article 33(1))",
        "clock_text": "The breach was discovered on {discovered}. It must be notified without "
        "undue delay and, where feasible, not later than 72 hours after, that is before "
        "<b>{deadline}</b>.",
        "clock_left": "Time left: {hours} hours.",
        "clock_late": "<b>The 72-hour deadline has passed.</b> The notification must give the "
        "reasons for the delay (Article 33(1)).",
        "delay_reasons": "Reasons for the delay:",
        "clock_ok": "Notified within 72 hours.",
        "people_title": "Telling the people concerned (Article 34)",
        "people_rule": "When the breach is likely to result in a high risk to the rights and "
        "freedoms of people, they must be told without undue delay, in clear and plain "
        "language (Article 34(1) and (2)).",
        "encrypted_yes": "<b>Data encrypted: yes.</b> The controller states that the data "
        "concerned was unintelligible to anyone not authorised to access it (encrypted "
        "registry, key not compromised). Telling the people is then not required "
        "(Article 34(3)(a)).",
        "encrypted_no": "<b>Data encrypted: no.</b> The exemption of Article 34(3)(a) (encrypted "
        "data) does not apply: if the risk is high, the people concerned must be told.",
        "people_notified": "People told on: {date}.",
        "people_not_notified": "Why the people were not told:",
        "footer": "Breach notification · {reference} · draft",
        "subject": "Personal data breach notification (GDPR Article 33)",
        "meta_title": "Breach notification · {reference}",
    },
}


def _language(lang: str) -> str:
    return lang if lang in WORDING else "en"


def format_moment(value: str | None, lang: str) -> str:
    """'14 mars 2026 à 09:05 (UTC+01:00)' / '14 March 2026 at 09:05 (UTC+01:00)', in the
    computer's time zone."""
    if not value:
        return "—"
    try:
        moment = datetime.fromisoformat(value).astimezone()
    except ValueError:
        return value
    day = format_date(moment.date().isoformat(), lang)
    joiner = "à" if lang == "fr" else "at"
    offset = moment.strftime("%z")
    zone = "UTC" if offset in ("+0000", "") else f"UTC{offset[:3]}:{offset[3:]}"
    return f"{day} {joiner} {moment:%H:%M} ({zone})"


def _number(value: int, lang: str) -> str:
    text = f"{value:,}"
    return text.replace(",", "\u202f") if lang == "fr" else text


def write_breach_notification_draft(
    path: Path, breach: dict[str, Any], business: dict[str, Any], lang: str
) -> None:
    """Write the draft notification of ``breach`` to ``path`` (0600, atomic) in ``lang``
    ("fr" or "en"; anything else gives English)."""
    lang = _language(lang)
    words = WORDING[lang]
    reference = str(breach["reference"])
    write_pdf(
        path,
        _story(breach, business, lang),
        title=words["meta_title"].format(reference=reference),
        author=str(business.get("name", "")),
        subject=words["subject"],
        reference=words["footer"].format(reference=reference),
        lang=lang,
    )


def _story(breach: dict[str, Any], business: dict[str, Any], lang: str) -> list[Flowable]:
    words = WORDING[lang]
    st = styles()

    def w(key: str, **values: str) -> str:
        """Our wording, with values (user text or not) escaped."""
        text = words[key]
        if values:
            text = text.format(**{k: safe(v) for k, v in values.items()})
        return _words_fix(text, lang)

    subtitle = ParagraphStyle(
        "BreachSubtitle", parent=st.body, fontName=SANS_BOLD, fontSize=11, spaceAfter=8
    )
    label = ParagraphStyle("BreachLabel", parent=st.body, fontName=SANS_BOLD, spaceAfter=1)
    bullet = ParagraphStyle(
        "BreachBullet", parent=st.body, leftIndent=5 * mm, bulletIndent=1 * mm, spaceAfter=3
    )
    line_style = ParagraphStyle("BreachLine", parent=st.body, spaceBefore=4)

    authority = "\n".join(
        part
        for part in (business.get("authority_name", ""), business.get("authority_address", ""))
        if part
    )
    controller = contact_text(
        {k: str(business.get(k, "")) for k in ("name", "address", "email", "phone")}
    )
    dpo = contact_text(
        {
            "name": str(business.get("dpo_name", "")),
            "email": str(business.get("dpo_email", "")),
            "phone": str(business.get("dpo_phone", "")),
        },
        {k: str(business.get(k, "")) for k in ("name", "email", "phone")},
    )
    start = format_date(breach.get("occurred_on"), lang)
    until = breach.get("occurred_until")
    period = (
        words["period_range"].format(start=start, end=format_date(until, lang))
        if until and until != breach.get("occurred_on")
        else start
    )
    discovered = format_moment(breach.get("discovered_at"), lang)
    due = format_moment(breach.get("deadline"), lang)
    notified_at = breach.get("notified_authority_at")
    story: list[Flowable] = [
        Paragraph(w("title"), st.title),
        Paragraph(w("subtitle"), subtitle),
        _boxed(Paragraph(w("draft"), st.body)),
        Spacer(1, 3 * mm),
        facts_table(
            [
                (w("to"), authority or words["to_complete"]),
                (w("controller"), controller),
                (w("reference"), str(breach["reference"])),
                (w("period"), period),
                (w("discovered"), discovered),
                (w("deadline"), due),
                (
                    w("notified"),
                    format_moment(notified_at, lang) if notified_at else words["not_yet"],
                ),
            ],
            lang,
        ),
    ]

    def block(title: str, text: str) -> list[Flowable]:
        return [Paragraph(w(title), label), _text_or_blank(text, st.body, words, lang)]

    # (a) nature, categories, numbers
    natures = [pick(NATURE_LABELS.get(code, {"en": code}), lang) for code in breach["nature"]]
    categories = [
        pick(fields.CATEGORY_LABELS.get(code, {"en": code}), lang)
        for code in breach.get("data_categories") or []
    ]
    story.append(Paragraph(w("a"), st.heading))
    story.append(Paragraph(w("nature"), label))
    story += [Paragraph(_words_fix(safe(text), lang), bullet, bulletText="•") for text in natures]
    story += block("description", str(breach.get("description", "")))
    story.append(Paragraph(w("categories"), label))
    if categories:
        story += [Paragraph(safe(text), bullet, bulletText="•") for text in categories]
    else:
        story.append(Paragraph(w("no_category"), st.body))
    story.append(Spacer(1, 2 * mm))
    story.append(
        facts_table(
            [
                (w("people_kind"), words["customers"]),
                (w("people"), _number(int(breach.get("people_count_estimate") or 0), lang)),
                (w("records"), _number(int(breach.get("records_count_estimate") or 0), lang)),
            ],
            lang,
        )
    )
    story.append(Paragraph(w("estimate_note"), st.small))

    # (b) contact point
    story.append(
        KeepTogether(
            [
                Paragraph(w("b"), st.heading),
                Paragraph(w("contact"), label),
                _text_or_blank(dpo, st.body, words, lang),
            ]
        )
    )
    # (c) likely consequences
    story.append(
        KeepTogether(
            [
                Paragraph(w("c"), st.heading),
                _text_or_blank(str(breach.get("likely_consequences", "")), st.body, words, lang),
            ]
        )
    )
    # (d) measures
    story.append(
        KeepTogether(
            [
                Paragraph(w("d"), st.heading),
                *block("measures_taken", str(breach.get("measures_taken", ""))),
                *block("measures_proposed", str(breach.get("measures_proposed", ""))),
            ]
        )
    )

    # the 72-hour clock
    clock: list[Flowable] = [
        Paragraph(w("clock"), st.heading),
        Paragraph(w("clock_text", discovered=discovered, deadline=due), st.body),
    ]
    late = bool(breach.get("late") or breach.get("notified_late") or breach.get("overdue"))
    if late:
        clock.append(Paragraph(w("clock_late"), st.body))
        clock.append(_blank_line(w("delay_reasons"), line_style))
    elif notified_at:
        clock.append(Paragraph(w("clock_ok"), st.body))
    elif breach.get("hours_left") is not None:
        clock.append(
            Paragraph(w("clock_left", hours=_decimal(float(breach["hours_left"]), lang)), st.body)
        )
    story.append(KeepTogether(clock))

    # Art. 34: telling the people
    people: list[Flowable] = [
        Paragraph(w("people_title"), st.heading),
        Paragraph(w("people_rule"), st.body),
        Paragraph(w("encrypted_yes" if breach.get("encrypted") else "encrypted_no"), st.body),
    ]
    if breach.get("notified_people_at"):
        people.append(
            Paragraph(
                w("people_notified", date=format_moment(breach["notified_people_at"], lang)),
                st.body,
            )
        )
    else:
        reason = str(breach.get("not_notified_reason") or "")
        if reason:
            people.append(Paragraph(w("people_not_notified"), label))
            people.append(user_paragraph(reason, st.body))
        else:
            people.append(_blank_line(w("people_not_notified"), line_style))
    story.append(KeepTogether(people))
    return story


def _decimal(value: float, lang: str) -> str:
    text = f"{value:.1f}"
    return text.replace(".", ",") if lang == "fr" else text


def _text_or_blank(text: str, style: ParagraphStyle, words: dict[str, str], lang: str) -> Flowable:
    """The user's text, printed literally, or a "to be completed" line when empty."""
    if text.strip():
        return user_paragraph(text, style)
    colon = " :" if lang == "fr" else ":"
    return _blank_line(_words_fix(f"{words['to_complete']}{colon}", lang), style)


def _blank_line(label: str, style: ParagraphStyle) -> Flowable:
    """``label`` (our markup) followed by a ruled line to write on."""
    width = CONTENT_WIDTH
    result = Table(
        [[Paragraph(label, style)], [""], [""]],
        colWidths=[width],
        rowHeights=[None, 8 * mm, 8 * mm],
        hAlign="LEFT",
    )
    result.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 1), (-1, -1), 0.5, colors.Color(0.5, 0.5, 0.5)),
            ]
        )
    )
    return result


def _boxed(content: Flowable) -> Flowable:
    result = Table([[content]], colWidths=[CONTENT_WIDTH], hAlign="LEFT")
    result.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                ("BACKGROUND", (0, 0), (-1, -1), colors.Color(0.95, 0.95, 0.95)),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return result
