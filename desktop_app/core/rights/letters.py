"""Letters to the customer about a request: the extension of the deadline (GDPR Art. 12(3))
and the refusal (Art. 12(4)-(5)).

Both are one-page letters on the business's letterhead (name, address, contact for personal
data), dated, addressed to the request's reference (the register holds no customer name),
signed by hand on a signature line, with the request and customer references in the footer.

* :func:`write_extension_letter`: the request (type, date received), the reason for the
  extension, the number of months, the new due date; it is sent within the first month
  (the initial due date is shown); whom to ask; the right to complain to the supervisory
  authority.
* :func:`write_refusal_letter`: the request, the reason for not acting on it, the right to
  lodge a complaint with the supervisory authority (name, address, website) and to seek a
  judicial remedy (Art. 12(4), 79); the answer is free of charge (Art. 12(5)).

``request`` is :meth:`desktop_app.core.requests.Request.as_dict`; ``business`` is
:meth:`desktop_app.core.business.BusinessProfile.as_dict`. Every user string (reason,
business fields) is printed literally (``safe()``); our own wording is in ``WORDING``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Paragraph, Spacer

from desktop_app.core import deadlines
from desktop_app.core.pdf.base import SANS_BOLD, safe, styles, write_pdf
from desktop_app.core.rights.access_pdf import (
    _words_fix,
    contact_text,
    facts_table,
    format_date,
    user_paragraph,
)

LANGS = ("fr", "en")

# How a request is named in a sentence: "votre demande {phrase}" / "your {phrase}".
REQUEST_PHRASES: dict[str, dict[str, str]] = {
    "access": {
        "fr": "d'accès à vos données (article 15 du RGPD)",
        "en": "request for access to your data (GDPR Article 15)",
    },
    "rectification": {
        "fr": "de rectification (article 16 du RGPD)",
        "en": "request for rectification (GDPR Article 16)",
    },
    "erasure": {
        "fr": "d'effacement (article 17 du RGPD)",
        "en": "request for erasure (GDPR Article 17)",
    },
    "restriction": {
        "fr": "de limitation du traitement (article 18 du RGPD)",
        "en": "request to restrict processing (GDPR Article 18)",
    },
    "objection": {
        "fr": "d'opposition (article 21 du RGPD)",
        "en": "objection to processing (GDPR Article 21)",
    },
    "portability": {
        "fr": "de portabilité (article 20 du RGPD)",
        "en": "request for data portability (GDPR Article 20)",
    },
}

# Our own words, per language. They may hold markup; placeholders get safe() text.
WORDING: dict[str, dict[str, str]] = {
    "fr": {
        "dpo": "Contact pour vos données personnelles : {contact}",
        "date": "Le {date}",
        "to": "Au client auteur de la demande <b>{reference}</b>",
        "salutation": "Madame, Monsieur,",
        "received": "Nous avons bien reçu le {received} votre demande {phrase}, enregistrée "
        "sous la référence <b>{reference}</b>.",
        "reference": "Référence de la demande",
        "customer": "Votre référence client",
        "type": "Type de demande",
        "received_on": "Demande reçue le",
        "closing": "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos "
        "salutations distinguées.",
        "for_business": "Pour {business},",
        "signature": "Nom, qualité et signature",
        "contact": "Pour toute question sur votre demande, adressez-vous à {contact}.",
        "months_1": "1 mois",
        "months_2": "2 mois",
        # extension
        "ext_subject": "Objet : prolongation du délai de réponse à votre demande",
        "ext_reason_intro": "En raison de la complexité ou du nombre des demandes, nous ne "
        "pouvons pas y répondre dans le délai d'un mois, pour le motif suivant :",
        "ext_extended": "Conformément à l'article 12, paragraphe 3, du règlement général sur "
        "la protection des données (RGPD), le délai de réponse est donc prolongé de "
        "{months}. Nous vous répondrons au plus tard le <b>{due}</b>.",
        "ext_within": "Cette lettre vous est adressée le {letter}, dans le mois qui suit la "
        "réception de votre demande (délai initial : {first_due}).",
        "first_due": "Délai initial de réponse",
        "new_due": "Nouvelle date limite",
        "ext_complaint": "Si vous estimez que vos droits ne sont pas respectés, vous pouvez "
        "introduire une réclamation auprès de l'autorité de contrôle :",
        "ext_title": "Prolongation du délai de réponse · {reference}",
        "ext_meta_subject": "Prolongation du délai de réponse (RGPD, article 12, paragraphe 3)",
        "ext_footer": "Prolongation du délai · demande {request} · client {customer}",
        # refusal
        "ref_subject": "Objet : réponse à votre demande – refus motivé",
        "ref_reason_intro": "Après examen, nous ne pouvons pas donner suite à votre demande, "
        "pour le motif suivant :",
        "ref_rights": "Conformément à l'article 12, paragraphe 4, du règlement général sur la "
        "protection des données (RGPD), vous pouvez :",
        "ref_complaint": "introduire une réclamation auprès de l'autorité de contrôle :",
        "ref_remedy": "former un recours juridictionnel devant les juridictions compétentes "
        "(article 79 du RGPD).",
        "ref_free": "Le traitement de votre demande et cette réponse sont gratuits (article 12, "
        "paragraphe 5, du RGPD).",
        "answered_on": "Date de la réponse",
        "ref_title": "Réponse à votre demande · {reference}",
        "ref_meta_subject": "Refus motivé d'une demande (RGPD, article 12, paragraphe 4)",
        "ref_footer": "Refus motivé · demande {request} · client {customer}",
    },
    "en": {
        "dpo": "Contact for your personal data: {contact}",
        "date": "{date}",
        "to": "To the customer who made request <b>{reference}</b>",
        "salutation": "Dear customer,",
        "received": "On {received} we received your {phrase}, registered under reference "
        "<b>{reference}</b>.",
        "reference": "Request reference",
        "customer": "Your customer reference",
        "type": "Type of request",
        "received_on": "Request received on",
        "closing": "Yours faithfully,",
        "for_business": "For {business},",
        "signature": "Name, position and signature",
        "contact": "For any question about your request, contact {contact}.",
        "months_1": "1 month",
        "months_2": "2 months",
        # extension
        "ext_subject": "Re: extension of the time to answer your request",
        "ext_reason_intro": "Because of the complexity or the number of requests, we cannot "
        "answer it within one month, for the following reason:",
        "ext_extended": "Under Article 12(3) of the General Data Protection Regulation (GDPR), "
        "the time to answer is therefore extended by {months}. We will answer by "
        "<b>{due}</b> at the latest.",
        "ext_within": "This letter is sent to you on {letter}, within one month of receiving "
        "your request (initial deadline: {first_due}).",
        "first_due": "Initial deadline",
        "new_due": "New deadline",
        "ext_complaint": "If you consider that your rights are not respected, you may lodge a "
        "complaint with the supervisory authority:",
        "ext_title": "Extension of the time to answer · {reference}",
        "ext_meta_subject": "Extension of the time to answer (GDPR Article 12(3))",
        "ext_footer": "Extension of the deadline · request {request} · customer {customer}",
        # refusal
        "ref_subject": "Re: answer to your request – refusal with reasons",
        "ref_reason_intro": "Having examined it, we cannot act on your request, for the "
        "following reason:",
        "ref_rights": "Under Article 12(4) of the General Data Protection Regulation (GDPR), "
        "you may:",
        "ref_complaint": "lodge a complaint with the supervisory authority:",
        "ref_remedy": "seek a judicial remedy before the competent courts (GDPR Article 79).",
        "ref_free": "Handling your request and this answer are free of charge (GDPR Article "
        "12(5)).",
        "answered_on": "Date of this answer",
        "ref_title": "Answer to your request · {reference}",
        "ref_meta_subject": "Refusal of a request, with reasons (GDPR Article 12(4))",
        "ref_footer": "Refusal with reasons · request {request} · customer {customer}",
    },
}


def _lang(lang: str) -> str:
    return lang if lang in LANGS else "en"


def _iso(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return value.isoformat() if isinstance(value, date) else str(value)


def first_due_date(request: dict[str, Any], country: str = "FR") -> str | None:
    """The due date before any extension (received + one month), as an ISO date."""
    received = _iso(request.get("received_on"))
    if received is None:
        return None
    day = date.fromisoformat(received)
    try:
        return deadlines.due_date(day, 0, country or "FR").isoformat()
    except (NotImplementedError, KeyError):  # a country the holidays package does not know
        return deadlines.due_date(day, 0, "FR").isoformat()


class _Letter:
    """What both letters share: styles, the wording, the letterhead and the ending."""

    def __init__(self, request: dict[str, Any], business: dict[str, Any], lang: str) -> None:
        self.request = request
        self.business = business
        self.lang = lang
        self.words = WORDING[lang]
        st = styles()
        self.body = ParagraphStyle("LetterBody", parent=st.body, spaceAfter=7)
        self.head = ParagraphStyle(
            "LetterHead", parent=st.body, fontName=SANS_BOLD, fontSize=14, leading=18
        )
        self.small = ParagraphStyle("LetterSmall", parent=st.body, fontSize=9, leading=12)
        self.right = ParagraphStyle("LetterRight", parent=st.body, alignment=TA_RIGHT)
        self.subject = ParagraphStyle(
            "LetterSubject", parent=st.body, fontName=SANS_BOLD, spaceBefore=6, spaceAfter=8
        )
        self.quote = ParagraphStyle(
            "LetterQuote", parent=st.body, leftIndent=8 * mm, fontName=SANS_BOLD, spaceAfter=8
        )
        self.indent = ParagraphStyle(
            "LetterIndent", parent=st.body, leftIndent=8 * mm, spaceAfter=7
        )
        self.bullet = ParagraphStyle(
            "LetterBullet", parent=self.body, leftIndent=6 * mm, bulletIndent=1 * mm
        )

    def w(self, key: str, **values: str) -> str:
        """Our wording for ``key``, each value escaped (printed literally)."""
        text = self.words[key]
        if values:
            text = text.format(**{k: safe(v) for k, v in values.items()})
        return _words_fix(text, self.lang)

    def date(self, value: Any) -> str:
        return format_date(_iso(value), self.lang)

    @property
    def reference(self) -> str:
        return str(self.request.get("reference") or "—")

    def phrase(self) -> str:
        kind = str(self.request.get("type") or "")
        texts = REQUEST_PHRASES.get(kind)
        return texts[self.lang] if texts else kind

    def letterhead(self, letter_on: Any) -> list[Flowable]:
        business = self.business
        lines = [business.get("address", ""), business.get("email", ""), business.get("phone", "")]
        story: list[Flowable] = [Paragraph(safe(business.get("name", "")), self.head)]
        address = "\n".join(line for line in lines if line and line.strip())
        if address:
            story.append(Paragraph(safe(address), self.small))
        dpo = contact_text(
            {
                "name": business.get("dpo_name", ""),
                "email": business.get("dpo_email", ""),
                "phone": business.get("dpo_phone", ""),
            }
        )
        if dpo:
            story.append(Paragraph(self.w("dpo", contact=dpo.replace("\n", ", ")), self.small))
        story += [
            Spacer(1, 2 * mm),
            HRFlowable(width="100%", thickness=0.6, spaceAfter=3 * mm),
            Paragraph(self.w("date", date=self.date(letter_on)), self.right),
            Paragraph(self.w("to", reference=self.reference), self.body),
        ]
        return story

    def received(self) -> Paragraph:
        return Paragraph(
            self.words["received"].format(
                received=safe(self.date(self.request.get("received_on"))),
                phrase=safe(self.phrase()),
                reference=safe(self.reference),
            ),
            self.body,
        )

    def reason(self, text: Any) -> Paragraph:
        return user_paragraph(str(text or "—"), self.quote)

    def authority(self) -> Paragraph:
        business = self.business
        parts = [
            business.get("authority_name", ""),
            business.get("authority_address", ""),
            business.get("authority_url", ""),
        ]
        return Paragraph(safe("\n".join(p for p in parts if p and p.strip())), self.indent)

    def contact(self) -> Paragraph:
        business = self.business
        contact = contact_text(
            {
                "name": business.get("dpo_name", ""),
                "email": business.get("dpo_email", ""),
                "phone": business.get("dpo_phone", ""),
            }
        ) or contact_text({k: business.get(k, "") for k in ("name", "email", "phone")})
        return Paragraph(self.w("contact", contact=contact.replace("\n", ", ")), self.body)

    def ending(self) -> list[Flowable]:
        return [
            Paragraph(self.w("closing"), self.body),
            KeepTogether(
                [
                    Spacer(1, 1 * mm),
                    Paragraph(
                        self.w("for_business", business=self.business.get("name", "")), self.body
                    ),
                    Spacer(1, 13 * mm),
                    HRFlowable(width=70 * mm, thickness=0.5, hAlign="LEFT", spaceAfter=1 * mm),
                    Paragraph(self.w("signature"), self.small),
                ]
            ),
        ]


def write_extension_letter(
    path: Path, request: dict[str, Any], business: dict[str, Any], lang: str
) -> None:
    """Write the letter telling the customer the deadline is extended (Art. 12(3)) to
    ``path`` (0600, atomic), in ``lang`` ("fr" or "en"; anything else gives English)."""
    lang = _lang(lang)
    letter = _Letter(request, business, lang)
    w = letter.w
    months = int(request.get("extension_months") or 0)
    months_text = w("months_2") if months >= 2 else w("months_1")
    letter_on = request.get("extension_letter_on") or date.today()
    first_due = first_due_date(request, str(business.get("country") or "FR"))
    due = letter.date(request.get("due_on") or request.get("due_date"))
    story = [
        *letter.letterhead(letter_on),
        Paragraph(w("ext_subject"), letter.subject),
        Paragraph(w("salutation"), letter.body),
        letter.received(),
        Paragraph(w("ext_reason_intro"), letter.body),
        letter.reason(request.get("extension_reason")),
        Paragraph(
            w("ext_extended", months=months_text, due=due),
            letter.body,
        ),
        Paragraph(
            w("ext_within", letter=letter.date(letter_on), first_due=letter.date(first_due)),
            letter.body,
        ),
        facts_table(
            [
                (w("reference"), letter.reference),
                (w("customer"), str(request.get("customer_reference") or "—")),
                (w("received_on"), letter.date(request.get("received_on"))),
                (w("first_due"), letter.date(first_due)),
                (w("new_due"), due),
            ],
            lang,
        ),
        Spacer(1, 3 * mm),
        letter.contact(),
        Paragraph(w("ext_complaint"), letter.body),
        letter.authority(),
        *letter.ending(),
    ]
    reference = letter.reference
    write_pdf(
        path,
        story,
        title=letter.words["ext_title"].format(reference=reference),
        author=str(business.get("name") or ""),
        subject=letter.words["ext_meta_subject"],
        reference=letter.words["ext_footer"].format(
            request=reference, customer=request.get("customer_reference") or "—"
        ),
        lang=lang,
    )


def write_refusal_letter(
    path: Path, request: dict[str, Any], business: dict[str, Any], lang: str
) -> None:
    """Write the letter telling the customer why their request is refused, their right to
    complain and to a judicial remedy (Art. 12(4)), free of charge (Art. 12(5)), to ``path``
    (0600, atomic), in ``lang`` ("fr" or "en"; anything else gives English)."""
    lang = _lang(lang)
    letter = _Letter(request, business, lang)
    w = letter.w
    answered_on = request.get("completed_on") or date.today()
    story = [
        *letter.letterhead(answered_on),
        Paragraph(w("ref_subject"), letter.subject),
        Paragraph(w("salutation"), letter.body),
        letter.received(),
        Paragraph(w("ref_reason_intro"), letter.body),
        letter.reason(request.get("refusal_reason")),
        Paragraph(w("ref_rights"), letter.body),
        Paragraph(w("ref_complaint"), letter.bullet, bulletText="•"),
        letter.authority(),
        Paragraph(w("ref_remedy"), letter.bullet, bulletText="•"),
        Paragraph(w("ref_free"), letter.body),
        facts_table(
            [
                (w("reference"), letter.reference),
                (w("customer"), str(request.get("customer_reference") or "—")),
                (w("received_on"), letter.date(request.get("received_on"))),
                (w("answered_on"), letter.date(answered_on)),
            ],
            lang,
        ),
        Spacer(1, 3 * mm),
        letter.contact(),
        *letter.ending(),
    ]
    reference = letter.reference
    write_pdf(
        path,
        story,
        title=letter.words["ref_title"].format(reference=reference),
        author=str(business.get("name") or ""),
        subject=letter.words["ref_meta_subject"],
        reference=letter.words["ref_footer"].format(
            request=reference, customer=request.get("customer_reference") or "—"
        ),
        lang=lang,
    )
