"""The erasure certificate (GDPR Art. 17 and 19): what was erased, what was kept and why.

Given to the customer after an erasure request. It names the erased fields by their
labels only (never their values: the values are gone), lists what a legal obligation
keeps, with the purpose, legal basis, reason and the date until which it is kept, the
request's reference and dates, the recipients told of the erasure (Art. 19), and says
that the erasure is re-applied if an older backup is restored.

``certificate`` (schema ``registre-erasure/1``)::

    {"schema": "registre-erasure/1",
     "business": BusinessProfile.as_dict(),
     "request": {"reference", "type", "received_on", "due_on", "completed_on"},
     "customer_reference": str,
     "erased": [{"field": code}],
     "erased_consent_events": int,
     "kept": [{"field": code, "purpose": code, "legal_basis": str,
               "reason": {"fr", "en"}, "until": ISO date}],
     "recipients_to_inform": [{"fr", "en"}],
     "completed_on": ISO date,
     "fully_erased": bool}
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from desktop_app.core import fields
from desktop_app.core.pdf.base import CONTENT_WIDTH, SANS_BOLD, safe, styles, write_pdf
from desktop_app.core.purposes import LEGAL_BASIS_LABELS
from desktop_app.core.rights.access_pdf import (
    REQUEST_TYPES,
    _words_fix,
    cell,
    contact_text,
    facts_table,
    format_date,
    language,
    pick,
    table,
    user_paragraph,
)

SCHEMA = "registre-erasure/1"

WORDING: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Attestation d'effacement",
        "subtitle": "Réponse à votre demande d'effacement (article 17 du RGPD)",
        "intro_full": "<b>{business}</b> atteste avoir effacé toutes les données personnelles "
        "qu'elle détenait sur vous, à votre demande.",
        "intro_partial": "<b>{business}</b> atteste avoir effacé, à votre demande, toutes les "
        "données personnelles qu'aucune obligation légale ne nous impose de garder. Ce qui est "
        "gardé, pourquoi et jusqu'à quand est indiqué ci-dessous.",
        "controller": "Responsable du traitement",
        "dpo": "Contact pour vos données",
        "dpo_same": "L'entreprise ci-dessus",
        "customer_reference": "Votre référence client",
        "request_reference": "Référence de la demande",
        "request_type": "Type de demande",
        "received_on": "Demande reçue le",
        "due_on": "Réponse due au plus tard le",
        "completed_on": "Effacement effectué le",
        "erased": "1. Ce qui a été effacé",
        "erased_intro": "Les données suivantes ont été effacées de notre registre. Leurs valeurs "
        "ne figurent pas ici : elles n'existent plus.",
        "field": "Donnée",
        "category": "Catégorie",
        "none_erased": "Aucune donnée n'a été effacée.",
        "consent_events": "Historique de consentements effacé : {count} enregistrement(s).",
        "kept": "2. Ce qui est gardé, pourquoi et jusqu'à quand",
        "kept_intro": "Article 17, paragraphe 3 : une obligation légale nous impose de garder "
        "les seules données ci-dessous, pour la seule finalité indiquée. Elles ne servent à rien "
        "d'autre et seront effacées à la date indiquée.",
        "purpose": "Finalité",
        "legal_basis": "Base légale",
        "reason": "Raison",
        "until": "Gardée jusqu'au",
        "nothing_kept": "Rien n'est gardé : aucune donnée personnelle vous concernant ne reste "
        "dans notre registre.",
        "recipients": "3. Destinataires informés",
        "recipients_intro": "Article 19 : nous avons informé de l'effacement les destinataires "
        "à qui vos données avaient été communiquées :",
        "no_recipients": "Vos données n'avaient été communiquées à aucun destinataire extérieur.",
        "backups": "4. Sauvegardes",
        "backups_text": "Nos sauvegardes sont chiffrées. Si une sauvegarde plus ancienne que cet "
        "effacement devait être restaurée, l'effacement serait appliqué de nouveau "
        "automatiquement : une trace sans donnée personnelle (un identifiant aléatoire, la "
        "référence de la demande et sa date) est gardée à cette seule fin.",
        "contact": "Pour toute question, adressez-vous à {contact}. Vous pouvez aussi introduire "
        "une réclamation auprès de l'autorité de contrôle : {authority}.",
        "footer": "Attestation d'effacement · demande {request} · client {customer}",
        "subject": "Attestation d'effacement (RGPD, article 17)",
        "meta_title": "Attestation d'effacement · {customer}",
    },
    "en": {
        "title": "Erasure certificate",
        "subtitle": "Answer to your erasure request (GDPR Article 17)",
        "intro_full": "<b>{business}</b> certifies that it has erased all the personal data it "
        "held about you, as you asked.",
        "intro_partial": "<b>{business}</b> certifies that it has erased, as you asked, all the "
        "personal data that no legal obligation requires us to keep. What is kept, why and "
        "until when is shown below.",
        "controller": "Controller",
        "dpo": "Contact for your data",
        "dpo_same": "The business above",
        "customer_reference": "Your customer reference",
        "request_reference": "Request reference",
        "request_type": "Type of request",
        "received_on": "Request received on",
        "due_on": "Answer due by",
        "completed_on": "Erasure carried out on",
        "erased": "1. What was erased",
        "erased_intro": "The following data was erased from our registry. Its values are not "
        "shown here: they no longer exist.",
        "field": "Data",
        "category": "Category",
        "none_erased": "No data was erased.",
        "consent_events": "Consent history erased: {count} record(s).",
        "kept": "2. What is kept, why and until when",
        "kept_intro": "Article 17(3): a legal obligation requires us to keep only the data "
        "below, for the purpose shown only. It is used for nothing else and will be erased on "
        "the date shown.",
        "purpose": "Purpose",
        "legal_basis": "Legal basis",
        "reason": "Reason",
        "until": "Kept until",
        "nothing_kept": "Nothing is kept: no personal data about you remains in our registry.",
        "recipients": "3. Recipients informed",
        "recipients_intro": "Article 19: we told the recipients your data had been given to "
        "about the erasure:",
        "no_recipients": "Your data had not been given to any outside recipient.",
        "backups": "4. Backups",
        "backups_text": "Our backups are encrypted. Should a backup older than this erasure be "
        "restored, the erasure would be applied again automatically: a record holding no "
        "personal data (a random identifier, the request reference and its date) is kept for "
        "that purpose only.",
        "contact": "For any question, contact {contact}. You can also lodge a complaint with "
        "the supervisory authority: {authority}.",
        "footer": "Erasure certificate · request {request} · customer {customer}",
        "subject": "Erasure certificate (GDPR Article 17)",
        "meta_title": "Erasure certificate · {customer}",
    },
}

PURPOSE_NAMES: dict[str, dict[str, str]] = {
    "invoicing": {"fr": "Facturation", "en": "Invoicing"},
}


def write_erasure_certificate(path: Path, certificate: dict[str, Any], lang: str) -> None:
    """Write the erasure certificate to ``path`` (0600, atomic) in ``lang`` ("fr" or "en";
    anything else gives English)."""
    lang = language(lang)
    words = WORDING[lang]
    customer = certificate["customer_reference"]
    request = certificate.get("request") or {}
    write_pdf(
        path,
        _story(certificate, lang),
        title=words["meta_title"].format(customer=customer),
        author=certificate["business"]["name"],
        subject=words["subject"],
        reference=words["footer"].format(
            request=request.get("reference") or "—", customer=customer
        ),
        lang=lang,
    )


def _field_label(code: str, lang: str) -> str:
    spec = fields.FIELDS.get(code)
    return spec.label(lang) if spec else code


def _purpose_name(item: dict[str, Any], lang: str) -> str:
    """The purpose's name: ``purpose_name`` when the certificate gives one, else a known
    default, else its code."""
    name = item.get("purpose_name")
    if isinstance(name, dict):
        return pick(name, lang)
    return pick(PURPOSE_NAMES.get(item["purpose"], {}), lang) or str(item["purpose"])


def _story(cert: dict[str, Any], lang: str) -> list[Flowable]:
    words = WORDING[lang]
    st = styles()

    def w(key: str, **values: str) -> str:
        text = words[key]
        if values:
            text = text.format(**{k: safe(v) for k, v in values.items()})
        return _words_fix(text, lang)

    cell_style = ParagraphStyle("ErasureCell", parent=st.body, fontSize=9, leading=12)
    bold_cell = ParagraphStyle("ErasureHead", parent=cell_style, fontName=SANS_BOLD)
    subtitle = ParagraphStyle(
        "ErasureSubtitle", parent=st.body, fontName=SANS_BOLD, fontSize=11, spaceAfter=8
    )
    bullet = ParagraphStyle(
        "ErasureBullet", parent=st.body, leftIndent=5 * mm, bulletIndent=1 * mm, spaceAfter=3
    )
    business = cert["business"]
    request = cert.get("request") or {}
    kept = cert.get("kept") or []
    fully = bool(cert.get("fully_erased")) and not kept

    dpo = {
        "name": business.get("dpo_name", ""),
        "email": business.get("dpo_email", ""),
        "phone": business.get("dpo_phone", ""),
    }
    facts = [
        (w("controller"), contact_text(business)),
        (w("dpo"), contact_text(dpo) or words["dpo_same"]),
        (w("customer_reference"), cert["customer_reference"]),
        (w("request_reference"), request.get("reference") or "—"),
    ]
    if request.get("type"):
        facts.append(
            (
                w("request_type"),
                pick(REQUEST_TYPES.get(request["type"], {"en": request["type"]}), lang),
            )
        )
    facts += [
        (w("received_on"), format_date(request.get("received_on"), lang)),
        (w("due_on"), format_date(request.get("due_on"), lang)),
        (
            w("completed_on"),
            format_date(cert.get("completed_on") or request.get("completed_on"), lang),
        ),
    ]
    story: list[Flowable] = [
        Paragraph(w("title"), st.title),
        Paragraph(w("subtitle"), subtitle),
        Paragraph(
            w("intro_full" if fully else "intro_partial", business=business["name"]), st.body
        ),
        Spacer(1, 2 * mm),
        facts_table(facts, lang),
    ]

    # 1. erased
    story.append(Paragraph(w("erased"), st.heading))
    erased = cert.get("erased") or []
    if erased:
        story.append(Paragraph(w("erased_intro"), st.body))
        widths = [CONTENT_WIDTH / 2, CONTENT_WIDTH / 2]
        rows: list[list[Any]] = [
            [Paragraph(w("field"), bold_cell), Paragraph(w("category"), bold_cell)]
        ]
        for item in erased:
            spec = fields.FIELDS.get(item["field"])
            category = pick(fields.CATEGORY_LABELS[spec.category], lang) if spec else ""
            rows.append(
                [
                    cell(_field_label(item["field"], lang), cell_style, widths[0]),
                    cell(category, cell_style, widths[1]),
                ]
            )
        story.append(table(rows, widths, cell_style, header=True))
    else:
        story.append(Paragraph(w("none_erased"), st.body))
    count = int(cert.get("erased_consent_events") or 0)
    if count:
        story.append(Spacer(1, 2 * mm))
        story.append(Paragraph(w("consent_events", count=str(count)), st.body))

    # 2. kept
    kept_block: list[Flowable] = [Paragraph(w("kept"), st.heading)]
    if kept:
        kept_block.append(Paragraph(w("kept_intro"), st.body))
        widths = [30 * mm, 26 * mm, 31 * mm, 0.0, 27 * mm]
        widths[3] = CONTENT_WIDTH - sum(widths)
        rows = [
            [
                Paragraph(w(key), bold_cell)
                for key in ("field", "purpose", "legal_basis", "reason", "until")
            ]
        ]
        for item in kept:
            basis = item.get("legal_basis", "")
            rows.append(
                [
                    cell(_field_label(item["field"], lang), cell_style, widths[0]),
                    user_paragraph(_purpose_name(item, lang), cell_style),
                    user_paragraph(
                        pick(LEGAL_BASIS_LABELS.get(basis, {"en": basis}), lang), cell_style
                    ),
                    user_paragraph(pick(item.get("reason"), lang), cell_style),
                    cell(format_date(item.get("until"), lang), cell_style, widths[4]),
                ]
            )
        kept_block.append(Spacer(1, 1 * mm))
        story.append(KeepTogether(kept_block[:3]))
        story.append(table(rows, widths, cell_style, header=True))
    else:
        kept_block.append(Paragraph(w("nothing_kept"), st.body))
        story.append(KeepTogether(kept_block))

    # 3. recipients (Art. 19)
    recipients = [pick(r, lang) for r in cert.get("recipients_to_inform") or []]
    block: list[Flowable] = [Paragraph(w("recipients"), st.heading)]
    if recipients:
        block.append(Paragraph(w("recipients_intro"), st.body))
        block += [user_paragraph(name, bullet, "•") for name in recipients]
    else:
        block.append(Paragraph(w("no_recipients"), st.body))
    story.append(KeepTogether(block))

    # 4. backups, contact
    contact = contact_text(dpo) or contact_text(
        {k: business.get(k, "") for k in ("name", "email", "phone")}
    )
    authority = ", ".join(
        part
        for part in (
            business.get("authority_name", ""),
            business.get("authority_address", ""),
            business.get("authority_url", ""),
        )
        if part
    )
    story.append(
        KeepTogether(
            [
                Paragraph(w("backups"), st.heading),
                Paragraph(w("backups_text"), st.body),
                Spacer(1, 3 * mm),
                Paragraph(
                    w("contact", contact=contact.replace("\n", ", "), authority=authority),
                    st.body,
                ),
            ]
        )
    )
    return story
