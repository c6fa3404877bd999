"""The customer's copy of an access statement (GDPR Art. 15), as a PDF in French or English.

Built from the dict of :func:`desktop_app.core.rights.statement.access_statement` on the
shared PDF foundation (``pdf/base.py``): DejaVu fonts, every user string through
``safe()``, the reference and "Page N / M" on every page, title and author metadata,
atomic private writes.

Right-to-left names (Arabic, Hebrew) are shaped with HarfBuzz (``uharfbuzz``, through
reportlab's ``shaping`` paragraph option) and put in visual order with ``python-bidi``:
reportlab's own bidi option (``wordWrap='RTL'``) needs ``rlbidi``, which is not on PyPI.
See :func:`user_paragraph`. A right-to-left text that wraps over several lines is
reordered as one line first, so its lines read in reverse order; names and short values,
the texts that carry such scripts here, fit on one line.

The helpers here (:func:`user_paragraph`, :func:`cell`, :func:`format_date`...) are
shared with ``erasure_pdf``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop_app.core.pdf.base import (
    CONTENT_WIDTH,
    SANS_BOLD,
    clean,
    french_spacing,
    safe,
    styles,
    write_pdf,
)

try:  # dependencies of the package (pyproject.toml), but the core still prints without them
    # python-bidi's pure-Python algorithm: unlike its Rust get_display it mirrors brackets.
    from bidi.algorithm import (  # type: ignore[import-untyped,import-not-found,unused-ignore]
        get_display,
    )

    # reportlab shapes with HarfBuzz only when it could import uharfbuzz itself.
    RTL_SUPPORT = ttfonts.uharfbuzz is not None
except ImportError:  # pragma: no cover - only without the dependencies
    RTL_SUPPORT = False

# Strong right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic,
# Arabic supplements and presentation forms.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_MIRROR = str.maketrans("()[]{}<>«»", ")(][}{><»«")

CELL_PADDING = 3  # points, left and right, in every table here
LABEL_WIDTH = 48 * mm
FACTS_LABEL_WIDTH = 58 * mm  # "Réponse due au plus tard le" on one line
PURPOSE_ROOM = 50 * mm  # least room left on a page to start a purpose's block


# -- user text ----------------------------------------------------------------------------------


def has_rtl(text: str) -> bool:
    return bool(_RTL.search(text))


def visual_words(text: str) -> str:
    """``text`` with its words in visual (left-to-right) order, each right-to-left word kept
    in logical order so that HarfBuzz shapes it (and lays its letters out right to left).

    python-bidi reorders whole runs and mirrors brackets at right-to-left levels; the letters
    of each right-to-left word are put back in logical order, brackets un-mirrored, since the
    shaper reverses and mirrors them again.
    """
    lines = []
    for line in text.split("\n"):
        if not has_rtl(line):
            lines.append(line)
            continue
        words = []
        for word in str(get_display(line)).split(" "):
            words.append(word[::-1].translate(_MIRROR) if has_rtl(word) else word)
        lines.append(" ".join(words))
    return "\n".join(lines)


@cache
def _shaped(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}Shaped", parent=style, shaping=1)


def user_paragraph(text: str, style: ParagraphStyle, bullet: str | None = None) -> Paragraph:
    """A paragraph printing ``text`` (user data) literally, right-to-left scripts shaped;
    ``bullet`` is our own bullet text (not escaped)."""
    text = clean(text)
    if RTL_SUPPORT and has_rtl(text):
        return Paragraph(safe(visual_words(text)), _shaped(style), bulletText=bullet)
    return Paragraph(safe(text), style, bulletText=bullet)


def cell(text: str, style: ParagraphStyle, width: float) -> str | Paragraph:
    """A table cell for ``text``: a plain string when it fits on one line (fast, drawn
    literally by the table in ``style``'s font), else a wrapping :func:`user_paragraph`."""
    text = clean(text)
    if (
        "\n" not in text
        and not has_rtl(text)
        and pdfmetrics.stringWidth(text, style.fontName, style.fontSize) <= width - 2 * CELL_PADDING
    ):
        return text
    return user_paragraph(text, style)


def table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    style: ParagraphStyle,
    *,
    header: bool = False,
    grid: bool = True,
) -> Table:
    """A full-width table: top-aligned cells in ``style``'s font, optional bold header row
    repeated on each page, thin grid."""
    result = Table(list(rows), colWidths=list(widths), repeatRows=1 if header else 0, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), style.fontName, style.fontSize, style.leading),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if grid:
        commands.append(("GRID", (0, 0), (-1, -1), 0.4, colors.Color(0.55, 0.55, 0.55)))
    if header:
        commands += [
            ("FONT", (0, 0), (-1, 0), SANS_BOLD, style.fontSize, style.leading),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
        ]
    result.setStyle(TableStyle(commands))
    return result


# -- dates --------------------------------------------------------------------------------------

MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "en": "January February March April May June July August September October November December",
}


def _parse(value: str) -> datetime | date:
    return datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)


def format_date(value: str | None, lang: str, empty: str = "—") -> str:
    """'14 mars 2025' / '14 March 2025' from an ISO date or date-time."""
    if not value:
        return empty
    try:
        day = _parse(value)
    except ValueError:
        return value
    month = MONTHS[lang].split()[day.month - 1]
    return f"{day.day} {month} {day.year}"


def format_time(value: str | None, lang: str) -> str:
    """'14/03/2025 09:05' (fr) / '2025-03-14 09:05' (en), in the time zone stored (UTC)."""
    if not value:
        return "—"
    try:
        moment = _parse(value)
    except ValueError:
        return value
    if not isinstance(moment, datetime):
        return format_date(value, lang)
    if lang == "fr":
        return moment.strftime("%d/%m/%Y %H:%M")
    return moment.strftime("%Y-%m-%d %H:%M")


def pick(texts: dict[str, str] | None, lang: str) -> str:
    if not texts:
        return ""
    return texts.get(lang) or texts.get("en") or next(iter(texts.values()), "")


# -- wording ------------------------------------------------------------------------------------

# Our own words, per language. They may hold markup; user data never goes in unescaped:
# placeholders are filled with safe() text.
WORDING: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Vos données personnelles",
        "subtitle": "Réponse à votre demande d'accès (article 15 du RGPD)",
        "intro": "<b>{business}</b> vous remet ce document parce que vous avez demandé quelles "
        "données personnelles nous détenons sur vous. Il contient une copie de toutes vos "
        "données, ce que nous en faisons et pourquoi, à qui elles sont transmises, combien de "
        "temps nous les gardons, d'où elles viennent, l'historique de vos consentements et vos "
        "droits.",
        "controller": "Responsable du traitement",
        "dpo": "Contact pour vos données",
        "dpo_same": "L'entreprise ci-dessus",
        "customer_reference": "Votre référence client",
        "request_reference": "Référence de la demande",
        "received_on": "Demande reçue le",
        "due_on": "Réponse due au plus tard le",
        "extension": "Délai prolongé de",
        "extension_months": "{months} mois",
        "completed_on": "Réponse donnée le",
        "made_on": "Document établi le",
        "no_request": "Document établi sans demande enregistrée",
        "copy": "1. Copie de vos données",
        "copy_article": "Article 15, paragraphe 3 : toutes les données enregistrées sur vous, "
        "telles qu'elles sont conservées, avec leur date de collecte.",
        "field": "Donnée",
        "value": "Valeur",
        "collected_on": "Collectée le",
        "stored_as": "enregistrée sous la forme",
        "no_fields": "Aucune donnée n'est enregistrée sur vous.",
        "purposes": "2. Pourquoi nous utilisons vos données",
        "purposes_article": "Article 15, paragraphe 1, a à d et g : pour chaque finalité, ce que "
        "nous faisons, sur quelle base légale, quelles catégories de données, pour qui, combien "
        "de temps et d'où viennent les données.",
        "status": "État",
        "purpose_what": "Ce que nous faisons (finalité)",
        "legal_basis": "Base légale",
        "categories": "Catégories de données",
        "no_categories": "Aucune donnée n'est plus utilisée pour cette finalité.",
        "recipients": "Destinataires",
        "no_recipients": "Aucun destinataire extérieur : seul notre personnel y a accès.",
        "retention": "Durée de conservation",
        "retention_end": "Fin de conservation prévue",
        "approximately": "vers le {date}",
        "no_end": "Non calculable",
        "source": "Source des données",
        "art_a": "art. 15.1.a",
        "art_b": "art. 15.1.b",
        "art_c": "art. 15.1.c",
        "art_d": "art. 15.1.d",
        "art_g": "art. 15.1.g",
        "no_purposes": "Aucune finalité n'est enregistrée pour vous.",
        "consents": "3. Historique de vos consentements",
        "consents_article": "Chaque consentement donné ou retiré, avec la version du texte qui "
        "vous a été présenté, le moyen, la personne qui l'a enregistré et l'heure (temps "
        "universel, UTC). Les textes de chaque version suivent le tableau.",
        "when": "Date (UTC)",
        "purpose": "Finalité",
        "action": "Action",
        "version": "Version",
        "channel": "Moyen",
        "staff": "Enregistré par",
        "signed": "signé",
        "no_consents": "Aucun consentement n'a été enregistré.",
        "wordings": "Textes présentés",
        "wording_head": "{purpose}, version {version}",
        "transfers": "4. Transferts hors de l'Union européenne",
        "automated": "5. Décisions automatisées",
        "automated_article": "Article 15, paragraphe 1, h.",
        "rights": "6. Vos droits",
        "rights_article": "Article 15, paragraphe 1, e et f. Vous pouvez à tout moment, "
        "gratuitement :",
        "right_rectification": "Rectification",
        "right_erasure": "Effacement",
        "right_restriction": "Limitation",
        "right_objection": "Opposition",
        "right_portability": "Portabilité",
        "right_withdraw_consent": "Retrait du consentement",
        "right_complaint": "Réclamation",
        "article": "article {article}",
        "authority": "Autorité de contrôle",
        "exercise": "Pour exercer ces droits, adressez-vous à {contact}. Nous répondons dans un "
        "délai d'un mois, qui peut être prolongé de deux mois si la demande est complexe ; nous "
        "vous en informerons alors.",
        "history": "7. Vos demandes",
        "history_article": "Les demandes que vous nous avez adressées au sujet de vos données.",
        "audit": "8. Historique des actions sur votre fiche",
        "audit_article": "Article 5, paragraphe 2. Ce que nous avons fait de votre fiche, d'après "
        "notre journal d'audit (heure en temps universel, UTC). Il ne contient aucune valeur, "
        "seulement le nom des données concernées.",
        "details": "Détails",
        "type": "Type",
        "reference": "Référence",
        "request_status": "État",
        "footer": "Accès aux données · demande {request} · client {customer}",
        "footer_no_request": "Accès aux données · client {customer}",
        "subject": "Réponse à une demande d'accès (RGPD, article 15)",
        "meta_title": "Vos données personnelles · {customer}",
    },
    "en": {
        "title": "Your personal data",
        "subtitle": "Answer to your access request (GDPR Article 15)",
        "intro": "<b>{business}</b> gives you this document because you asked which personal "
        "data we hold about you. It holds a copy of all your data, what we do with it and why, "
        "whom it is given to, how long we keep it, where it comes from, the history of your "
        "consents and your rights.",
        "controller": "Controller",
        "dpo": "Contact for your data",
        "dpo_same": "The business above",
        "customer_reference": "Your customer reference",
        "request_reference": "Request reference",
        "received_on": "Request received on",
        "due_on": "Answer due by",
        "extension": "Time limit extended by",
        "extension_months": "{months} month(s)",
        "completed_on": "Answered on",
        "made_on": "Document made on",
        "no_request": "Document made without a recorded request",
        "copy": "1. A copy of your data",
        "copy_article": "Article 15(3): every piece of data recorded about you, as it is "
        "stored, with the date it was collected.",
        "field": "Data",
        "value": "Value",
        "collected_on": "Collected on",
        "stored_as": "stored as",
        "no_fields": "No data is recorded about you.",
        "purposes": "2. Why we use your data",
        "purposes_article": "Article 15(1)(a) to (d) and (g): for each purpose, what we do, on "
        "which legal basis, which categories of data, for whom, how long, and where the data "
        "comes from.",
        "status": "Status",
        "purpose_what": "What we do (purpose)",
        "legal_basis": "Legal basis",
        "categories": "Categories of data",
        "no_categories": "No data is used for this purpose any more.",
        "recipients": "Recipients",
        "no_recipients": "No outside recipient: only our staff see it.",
        "retention": "How long we keep it",
        "retention_end": "Planned end of retention",
        "approximately": "around {date}",
        "no_end": "Cannot be computed",
        "source": "Source of the data",
        "art_a": "Art. 15(1)(a)",
        "art_b": "Art. 15(1)(b)",
        "art_c": "Art. 15(1)(c)",
        "art_d": "Art. 15(1)(d)",
        "art_g": "Art. 15(1)(g)",
        "no_purposes": "No purpose is recorded for you.",
        "consents": "3. History of your consents",
        "consents_article": "Each consent given or withdrawn, with the version of the text you "
        "were shown, how, who recorded it and when (universal time, UTC). The text of each "
        "version follows the table.",
        "when": "Date (UTC)",
        "purpose": "Purpose",
        "action": "Action",
        "version": "Version",
        "channel": "How",
        "staff": "Recorded by",
        "signed": "signed",
        "no_consents": "No consent has been recorded.",
        "wordings": "Texts you were shown",
        "wording_head": "{purpose}, version {version}",
        "transfers": "4. Transfers outside the European Union",
        "automated": "5. Automated decision-making",
        "automated_article": "Article 15(1)(h).",
        "rights": "6. Your rights",
        "rights_article": "Article 15(1)(e) and (f). At any time and free of charge, you can:",
        "right_rectification": "Rectification",
        "right_erasure": "Erasure",
        "right_restriction": "Restriction",
        "right_objection": "Objection",
        "right_portability": "Portability",
        "right_withdraw_consent": "Withdrawal of consent",
        "right_complaint": "Complaint",
        "article": "Article {article}",
        "authority": "Supervisory authority",
        "exercise": "To exercise these rights, contact {contact}. We answer within one month, "
        "which can be extended by two months for a complex request; we will tell you if so.",
        "history": "7. Your requests",
        "history_article": "The requests you made to us about your data.",
        "audit": "8. History of actions on your file",
        "audit_article": "Article 5(2). What we did with your file, from our audit log (times "
        "in Coordinated Universal Time, UTC). It holds no values, only which data was concerned.",
        "details": "Details",
        "type": "Type",
        "reference": "Reference",
        "request_status": "Status",
        "footer": "Data access · request {request} · customer {customer}",
        "footer_no_request": "Data access · customer {customer}",
        "subject": "Answer to an access request (GDPR Article 15)",
        "meta_title": "Your personal data · {customer}",
    },
}

REQUEST_TYPES: dict[str, dict[str, str]] = {
    "access": {"fr": "Accès", "en": "Access"},
    "rectification": {"fr": "Rectification", "en": "Rectification"},
    "erasure": {"fr": "Effacement", "en": "Erasure"},
    "restriction": {"fr": "Limitation", "en": "Restriction"},
    "objection": {"fr": "Opposition", "en": "Objection"},
    "portability": {"fr": "Portabilité", "en": "Portability"},
}
REQUEST_STATUSES: dict[str, dict[str, str]] = {
    "open": {"fr": "en cours", "en": "open"},
    "extended": {"fr": "prolongée", "en": "extended"},
    "completed": {"fr": "traitée", "en": "completed"},
    "refused": {"fr": "refusée", "en": "refused"},
    "cancelled": {"fr": "annulée", "en": "cancelled"},
}


def labelled(
    words: dict[str, str] | Callable[[str], str], key: str, value: str | None
) -> tuple[str, str]:
    text = words(key) if callable(words) else words[key]
    return text, value or ""


def contact_text(person: dict[str, str] | None, fallback: dict[str, str] | None = None) -> str:
    """Name, e-mail and phone of a contact on separate lines (empty parts left out)."""
    for candidate in (person, fallback):
        if candidate:
            parts = [candidate.get(key, "") for key in ("name", "address", "email", "phone")]
            text = "\n".join(part for part in parts if part and part.strip())
            if text:
                return text
    return ""


def facts_table(rows: Sequence[tuple[str, str]], lang: str) -> Table:
    """Label / value rows: our labels (markup allowed), user values printed literally."""
    st = styles()
    value_width = CONTENT_WIDTH - FACTS_LABEL_WIDTH
    label_style = ParagraphStyle("RightsLabel", parent=st.body, fontName=SANS_BOLD)
    data = [
        [Paragraph(_words_fix(label, lang), label_style), user_paragraph(value, st.body)]
        for label, value in rows
    ]
    return table(data, [FACTS_LABEL_WIDTH, value_width], st.body, grid=False)


def _words_fix(text: str, lang: str) -> str:
    return french_spacing(text) if lang == "fr" else text


def language(lang: str) -> str:
    return lang if lang in WORDING else "en"


# -- the document -------------------------------------------------------------------------------


def write_access_pdf(path: Path, statement: dict[str, Any], lang: str) -> None:
    """Write the customer's copy of ``statement`` to ``path`` (0600, atomic) in ``lang``
    ("fr" or "en"; anything else gives English)."""
    lang = language(lang)
    words = WORDING[lang]
    customer = statement["customer"]["reference"]
    request = statement.get("request")
    footer = (
        words["footer"].format(request=request.get("reference") or "—", customer=customer)
        if request
        else words["footer_no_request"].format(customer=customer)
    )
    write_pdf(
        path,
        AccessDocument(statement, lang).story(),
        title=words["meta_title"].format(customer=customer),
        author=statement["business"]["name"],
        subject=words["subject"],
        reference=footer,
        lang=lang,
    )


class AccessDocument:
    """The story (list of flowables) of an access statement in one language."""

    def __init__(self, statement: dict[str, Any], lang: str) -> None:
        self.s = statement
        self.lang = language(lang)
        self.words = WORDING[self.lang]
        st = styles()
        self.st = st
        self.small = ParagraphStyle("RightsSmall", parent=st.small, spaceAfter=0)
        self.cell_style = ParagraphStyle("RightsCell", parent=st.body, fontSize=9, leading=12)
        self.tiny = ParagraphStyle("RightsTiny", parent=st.body, fontSize=8, leading=10.5)
        self.subtitle = ParagraphStyle(
            "RightsSubtitle", parent=st.body, fontName=SANS_BOLD, fontSize=11, spaceAfter=8
        )
        self.purpose_head = ParagraphStyle(
            "RightsPurpose", parent=st.heading, fontSize=11, leading=14, spaceBefore=8
        )
        self.flowing_heading = ParagraphStyle(
            "RightsHeadingFlowing", parent=st.heading, keepWithNext=0
        )
        self.purpose_block_head = ParagraphStyle(
            "RightsPurposeFlowing", parent=self.purpose_head, keepWithNext=0
        )
        self.bullet = ParagraphStyle(
            "RightsBullet", parent=st.body, leftIndent=5 * mm, bulletIndent=1 * mm, spaceAfter=3
        )

    def w(self, key: str, **values: str) -> str:
        """Our wording, placeholders filled with escaped user text."""
        text = self.words[key]
        if values:
            text = text.format(**{k: safe(v) for k, v in values.items()})
        return _words_fix(text, self.lang)

    def para(self, key: str, style: ParagraphStyle | None = None, **values: str) -> Paragraph:
        return Paragraph(self.w(key, **values), style or self.st.body)

    def header(self, style: ParagraphStyle, *keys: str) -> list[Paragraph]:
        """A table's header row: our words, bold, wrapping in their column."""
        bold = ParagraphStyle(f"{style.name}Head", parent=style, fontName=SANS_BOLD)
        return [Paragraph(self.w(key), bold) for key in keys]

    def story(self) -> list[Flowable]:
        st = self.st
        s = self.s
        story: list[Flowable] = [
            self.para("title", st.title),
            self.para("subtitle", self.subtitle),
            self.para("intro", business=s["business"]["name"]),
            Spacer(1, 2 * mm),
            self._facts(),
        ]
        story += self._fields()
        story += self._purposes()
        story += self._consents()
        story += self._plain_section("transfers", None, s["transfers_outside_eu"]["text"])
        story += self._plain_section(
            "automated", "automated_article", s["automated_decision_making"]["text"]
        )
        story += self._rights()
        story += self._history()
        story += self._audit()
        return story

    # -- blocks ------------------------------------------------------------------------------

    def _facts(self) -> Table:
        s, lang = self.s, self.lang
        rows = [
            (self.w("controller"), contact_text(s["business"])),
            (
                self.w("dpo"),
                contact_text(s.get("data_protection_contact")) or self.words["dpo_same"],
            ),
            (self.w("customer_reference"), s["customer"]["reference"]),
        ]
        request = s.get("request")
        if request:
            rows.append((self.w("request_reference"), request.get("reference") or "—"))
            rows.append((self.w("received_on"), format_date(request.get("received_on"), lang)))
            rows.append((self.w("due_on"), format_date(request.get("due_on"), lang)))
            months = int(request.get("extension_months") or 0)
            if months:
                rows.append(
                    (self.w("extension"), self.words["extension_months"].format(months=months))
                )
            if request.get("completed_on"):
                rows.append((self.w("completed_on"), format_date(request["completed_on"], lang)))
        rows.append((self.w("made_on"), format_date(s.get("generated_at"), lang)))
        if not request:
            rows.append((self.w("no_request"), ""))
        return facts_table(rows, lang)

    def _heading(self, key: str, article_key: str | None) -> list[Flowable]:
        out: list[Flowable] = [self.para(key, self.st.heading)]
        if article_key:
            out.append(self.para(article_key, self.small))
            out.append(Spacer(1, 1.5 * mm))
        return out

    def _fields(self) -> list[Flowable]:
        lang = self.lang
        out = self._heading("copy", "copy_article")
        rows = self.s["fields"]
        if not rows:
            return [*out, self.para("no_fields")]
        widths = [42 * mm, CONTENT_WIDTH - 42 * mm - 36 * mm, 36 * mm]
        style = self.cell_style
        data: list[list[Any]] = [self.header(style, "field", "value", "collected_on")]
        for row in rows:
            shown = pick(row["display"], lang)
            value: Any = user_paragraph(shown, style)
            if shown != row["value"]:
                value = [
                    user_paragraph(shown, style),
                    Paragraph(
                        f"{self.w('stored_as')} « {safe(row['value'])} »"
                        if lang == "fr"
                        else f"{self.w('stored_as')} “{safe(row['value'])}”",
                        self.tiny,
                    ),
                ]
            data.append(
                [
                    cell(pick(row["label"], lang), style, widths[0]),
                    value,
                    cell(format_date(row.get("collected_at"), lang), style, widths[2]),
                ]
            )
        out.append(table(data, widths, style, header=True))
        return out

    def _purposes(self) -> list[Flowable]:
        heading = self._heading("purposes", "purposes_article")
        if not self.s["purposes"]:
            return [*heading, self.para("no_purposes")]
        # A purpose's table may run on to the next page, but only once a good part of it
        # fits: each block starts on a new page when less than ROOM is left.
        heading[0] = self.para("purposes", self.flowing_heading)
        out: list[Flowable] = []
        for number, purpose in enumerate(self.s["purposes"]):
            out.append(CondPageBreak(PURPOSE_ROOM))
            if number == 0:
                out += heading
            out += self._purpose(purpose)
        return out

    def _label(self, key: str, article: str | None) -> Paragraph:
        text = f"<b>{self.w(key)}</b>"
        if article:
            text += f"<br/><font size=7>{self.w(article)}</font>"
        return Paragraph(text, self.cell_style)

    def _purpose(self, purpose: dict[str, Any]) -> list[Flowable]:
        lang = self.lang
        style = self.cell_style
        value_width = CONTENT_WIDTH - LABEL_WIDTH
        retention = purpose["retention"]
        if retention.get("ends_on"):
            end = format_date(retention["ends_on"], lang)
            if retention.get("approximate"):
                end = self.words["approximately"].format(date=end)
        else:
            end = self.words["no_end"]
        end_cell: list[Flowable] = [Paragraph(safe(end), style)]
        if retention.get("note"):
            end_cell.append(Paragraph(safe(pick(retention["note"], lang)), self.tiny))
        categories = [pick(c["label"], lang) for c in purpose["data_categories"]]
        recipients = [pick(r, lang) for r in purpose["recipients"]]
        rows: list[list[Any]] = [
            [
                self._label("status", None),
                user_paragraph(pick(purpose["status_label"], lang), style),
            ],
            [
                self._label("purpose_what", "art_a"),
                user_paragraph(pick(purpose["text"], lang), style),
            ],
            [
                self._label("legal_basis", None),
                user_paragraph(pick(purpose["legal_basis"]["label"], lang), style),
            ],
            [
                self._label("categories", "art_b"),
                user_paragraph(", ".join(categories), style)
                if categories
                else self.para("no_categories", style),
            ],
            [
                self._label("recipients", "art_c"),
                user_paragraph("\n".join(recipients), style)
                if recipients
                else self.para("no_recipients", style),
            ],
            [
                self._label("retention", "art_d"),
                user_paragraph(pick(retention["text"], lang), style),
            ],
            [self._label("retention_end", None), end_cell],
            [
                self._label("source", "art_g"),
                user_paragraph(pick(purpose["source"]["text"], lang), style),
            ],
        ]
        block = table(rows, [LABEL_WIDTH, value_width], style)
        head = user_paragraph(pick(purpose["name"], lang), self.purpose_block_head)
        return [head, block]

    def _consents(self) -> list[Flowable]:
        lang = self.lang
        out = self._heading("consents", "consents_article")
        events = self.s["consent_history"]
        if not events:
            return [*out, self.para("no_consents")]
        style = ParagraphStyle("RightsConsentCell", parent=self.st.body, fontSize=8, leading=10)
        widths = [27 * mm, 46 * mm, 21 * mm, 15 * mm, 27 * mm]
        widths.append(CONTENT_WIDTH - sum(widths))
        data: list[list[Any]] = [
            self.header(style, "when", "purpose", "action", "version", "channel", "staff")
        ]
        signed = self.words["signed"]
        for event in events:
            action = pick(event["action_label"], lang)
            if event.get("signed"):
                action = f"{action}, {signed}"
            data.append(
                [
                    format_time(event["at"], lang),
                    cell(pick(event["purpose_name"], lang), style, widths[1]),
                    cell(action, style, widths[2]),
                    str(event["wording_version"]),
                    cell(pick(event["channel_label"], lang), style, widths[4]),
                    cell(event["staff"], style, widths[5]),
                ]
            )
        out.append(table(data, widths, style, header=True))
        pending: list[Flowable] = [self.para("wordings", self.purpose_head)]
        seen: set[tuple[str, int]] = set()
        for event in events:
            key = (event["purpose"], int(event["wording_version"]))
            if key in seen:
                continue
            seen.add(key)
            head = self.w(
                "wording_head", purpose=pick(event["wording"]["name"], lang), version=str(key[1])
            )
            out.append(
                KeepTogether(
                    [
                        *pending,
                        Paragraph(f"<b>{head}</b>", self.cell_style),
                        user_paragraph(pick(event["wording"]["text"], lang), self.cell_style),
                        Spacer(1, 1.5 * mm),
                    ]
                )
            )
            pending = []
        return out

    def _plain_section(
        self, key: str, article_key: str | None, text: dict[str, str]
    ) -> list[Flowable]:
        out = self._heading(key, article_key)
        out.append(Paragraph(safe(pick(text, self.lang)), self.st.body))
        return out

    def _rights(self) -> list[Flowable]:
        lang = self.lang
        out = self._heading("rights", None)
        out.append(self.para("rights_article"))
        authority = self.s.get("supervisory_authority") or {}
        for right in self.s["rights"]:
            name = self.w(f"right_{right['code']}")
            article = self.w("article", article=str(right["article"]))
            text = (
                f"<b>{name}</b> ({article}) : " if lang == "fr" else f"<b>{name}</b> ({article}): "
            )
            text = _words_fix(text, lang) + safe(pick(right["text"], lang))
            out.append(Paragraph(text, self.bullet, bulletText="•"))
            if right["code"] == "complaint":
                who = right.get("authority") or authority
                out.append(
                    KeepTogether(
                        [
                            Spacer(1, 1 * mm),
                            facts_table(
                                [
                                    (
                                        self.w("authority"),
                                        "\n".join(
                                            part
                                            for part in (
                                                who.get("name", ""),
                                                who.get("address", ""),
                                                who.get("url", ""),
                                            )
                                            if part
                                        ),
                                    )
                                ],
                                lang,
                            ),
                        ]
                    )
                )
        business = self.s["business"]
        contact = contact_text(self.s.get("data_protection_contact"))
        if not contact:
            contact = ", ".join(
                part
                for part in (business.get("name"), business.get("email"), business.get("phone"))
                if part
            )
        out.append(Spacer(1, 2 * mm))
        out.append(self.para("exercise", contact=contact.replace("\n", ", ")))
        return out

    def _history(self) -> list[Flowable]:
        rows = self.s.get("request_history") or []
        if not rows:
            return []
        lang = self.lang
        out = self._heading("history", "history_article")
        style = ParagraphStyle("RightsHistoryCell", parent=self.st.body, fontSize=8, leading=10)
        widths = [34 * mm, 28 * mm, 30 * mm, 30 * mm]
        widths.append(CONTENT_WIDTH - sum(widths))
        data: list[list[Any]] = [
            self.header(style, "reference", "type", "received_on", "due_on", "request_status")
        ]
        for row in rows:
            kind = row.get("type") or ""
            status = row.get("status") or ""
            data.append(
                [
                    cell(row.get("reference") or "—", style, widths[0]),
                    cell(pick(REQUEST_TYPES.get(kind, {"en": kind}), lang), style, widths[1]),
                    format_date(row.get("received_on"), lang),
                    format_date(row.get("due_on"), lang),
                    cell(
                        pick(REQUEST_STATUSES.get(status, {"en": status}), lang), style, widths[4]
                    ),
                ]
            )
        out.append(table(data, widths, style, header=True))
        return out

    def _audit(self) -> list[Flowable]:
        rows = self.s.get("audit") or []
        if not rows:
            return []
        lang = self.lang
        out = self._heading("audit", "audit_article")
        style = ParagraphStyle("RightsAuditCell", parent=self.st.body, fontSize=8, leading=10)
        widths = [30 * mm, 50 * mm]
        widths.append(CONTENT_WIDTH - sum(widths))
        data: list[list[Any]] = [self.header(style, "when", "action", "details")]
        for row in rows:
            data.append(
                [
                    format_time(row.get("at"), lang),
                    cell(pick(row.get("action_label"), lang), style, widths[1]),
                    cell(audit_detail_text(row.get("detail") or {}, lang), style, widths[2]),
                ]
            )
        out.append(table(data, widths, style, header=True))
        return out


_DETAIL_KEYS = {
    "fields": {"fr": "données", "en": "data"},
    "erased": {"fr": "effacées", "en": "erased"},
    "kept": {"fr": "conservées", "en": "kept"},
    "purpose": {"fr": "finalité", "en": "purpose"},
    "purposes": {"fr": "finalités", "en": "purposes"},
    "consents": {"fr": "consentements", "en": "consents"},
    "request": {"fr": "demande", "en": "request"},
    "type": {"fr": "type", "en": "type"},
    "months": {"fr": "mois", "en": "months"},
    "version": {"fr": "version", "en": "version"},
    "channel": {"fr": "moyen", "en": "channel"},
}
_FIELD_KEYS = ("fields", "erased", "kept")


def audit_detail_text(detail: dict[str, Any], lang: str) -> str:
    """An audit entry's codes in words: field codes become their labels; empties are left out."""
    from desktop_app.core import fields

    parts: list[str] = []
    for key, value in detail.items():
        if key in ("customer", "fully_erased") or value in ([], None, ""):
            continue
        items = value if isinstance(value, list) else [value]
        if key in _FIELD_KEYS:
            items = [
                pick(fields.FIELDS[code].labels, lang) if code in fields.FIELDS else code
                for code in items
            ]
        label = pick(_DETAIL_KEYS.get(key, {"en": key}), lang)
        colon = " : " if lang == "fr" else ": "  # French puts a space before ':' and ';'
        parts.append(f"{label}{colon}{', '.join(map(str, items))}")
    return (" ; " if lang == "fr" else "; ").join(parts)
