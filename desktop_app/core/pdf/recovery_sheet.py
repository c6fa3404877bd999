"""The recovery sheet: one A4 page with the recovery code, to print and keep safe.

The code opens the registry when the OS keyring entry or the passphrase is lost.
The sheet is a secret: the file is written 0600 and the code never goes into the
PDF metadata (readable without opening the pages).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop_app.core.pdf.base import (
    CONTENT_WIDTH,
    MONO,
    SANS_BOLD,
    french_spacing,
    safe,
    styles,
    write_pdf,
)

# All the words on the sheet, per language.  Our own text, so it may hold markup.
WORDING: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Fiche de secours Registre",
        "warning": "<b>Confidentiel.</b> Quiconque détient cette fiche peut ouvrir votre fichier "
        "clients. Imprimez-la, puis rangez-la en lieu sûr.",
        "business": "Entreprise",
        "registry_id": "Identifiant du registre",
        "created": "Fiche établie le",
        "data_dir": "Dossier des données",
        "code": "Code de secours",
        "code_hint": "Saisissez-le en majuscules ou en minuscules, avec ou sans les tirets. "
        "Il ne contient pas les lettres O, I ni L : ce sont les chiffres 0 et 1.",
        "how": "À quoi sert ce code",
        "how_1": "Il ouvre le registre clients si la phrase de passe est oubliée ou si le "
        "trousseau du système, où Registre garde sa clé, est perdu (nouvel ordinateur, "
        "système réinstallé…).",
        "how_2": "Il ne remplace pas les fichiers : il faut aussi le dossier des données "
        "ci-dessus, ou une sauvegarde de ce dossier.",
        "keep": "Comment garder cette fiche",
        "keep_1": "Rangez-la en lieu sûr et loin de l'ordinateur (coffre, tiroir fermé à clé) : "
        "pas à côté du poste, ni dans la même sacoche.",
        "keep_2": "Ne la photographiez pas, ne l'envoyez pas par e-mail et n'en faites pas de "
        "copie dans un fichier.",
        "keep_3": "Si le code est renouvelé, Registre fait une nouvelle fiche qui remplace "
        "celle-ci : l'ancien code ne fonctionne plus. Détruisez alors cette fiche.",
        "by_hand": "À remplir à la main",
        "where": "Lieu où cette fiche est rangée",
        "date": "Date",
        "signature": "Signature",
        "subject": "Code de secours du registre {registry_id}",
        "footer": "Fiche de secours · registre {registry_id}",
        "date_format": "{day} {month} {year} à {time}",
        "months": "janvier février mars avril mai juin juillet août septembre octobre "
        "novembre décembre",
    },
    "en": {
        "title": "Registre recovery sheet",
        "warning": "<b>Confidential.</b> Whoever holds this sheet can open your customer file. "
        "Print it, then keep it somewhere safe.",
        "business": "Business",
        "registry_id": "Registry ID",
        "created": "Sheet made on",
        "data_dir": "Data folder",
        "code": "Recovery code",
        "code_hint": "Type it in upper or lower case, with or without the dashes. "
        "It has no letter O, I or L: read those shapes as the digits 0 and 1.",
        "how": "What this code does",
        "how_1": "It opens the customer registry if the passphrase is forgotten or if the "
        "system keyring, where Registre keeps its key, is lost (new computer, reinstalled "
        "system…).",
        "how_2": "It does not replace the files: you also need the data folder above, or a "
        "backup of it.",
        "keep": "How to keep this sheet",
        "keep_1": "Keep it somewhere safe and away from the computer (a safe, a locked drawer): "
        "not next to the computer, nor in the same bag.",
        "keep_2": "Do not photograph it, email it or copy it into a file.",
        "keep_3": "When the code is renewed, Registre makes a new sheet that replaces this one: "
        "the old code then stops working. Destroy this sheet then.",
        "by_hand": "To fill in by hand",
        "where": "Where this sheet is kept",
        "date": "Date",
        "signature": "Signature",
        "subject": "Recovery code for registry {registry_id}",
        "footer": "Recovery sheet · registry {registry_id}",
        "date_format": "{day} {month} {year}, {time}",
        "months": "January February March April May June July August September October "
        "November December",
    },
}

_CODE_FONT_SIZE = 19


def write_recovery_sheet(
    path: Path,
    *,
    business_name: str,
    registry_id: str,
    recovery_code: str,
    data_dir: str,
    created_at: datetime,
    lang: str = "fr",
) -> None:
    """Write the recovery sheet for a registry to ``path`` (0600, atomic), in ``lang``.

    ``lang`` is "fr" or "en"; any other value gives English.
    """
    lang = lang if lang in WORDING else "en"
    words = WORDING[lang]

    def text(key: str) -> str:
        return french_spacing(words[key]) if lang == "fr" else words[key]

    story = _story(
        text,
        business_name=business_name,
        registry_id=registry_id,
        recovery_code=recovery_code,
        data_dir=data_dir,
        created=_format_date(created_at, words),
    )
    write_pdf(
        path,
        story,
        title=words["title"],
        author=business_name,
        subject=words["subject"].format(registry_id=registry_id),
        reference=words["footer"].format(registry_id=registry_id),
        lang=lang,
    )


def _format_date(moment: datetime, words: dict[str, str]) -> str:
    month = words["months"].split()[moment.month - 1]
    return words["date_format"].format(
        day=moment.day, month=month, year=moment.year, time=moment.strftime("%H:%M")
    )


def _story(
    text: Callable[[str], str],
    *,
    business_name: str,
    registry_id: str,
    recovery_code: str,
    data_dir: str,
    created: str,
) -> list[Flowable]:
    st = styles()
    width = CONTENT_WIDTH
    label_style = ParagraphStyle("RecoveryLabel", parent=st.body, textColor=colors.black)
    value_style = ParagraphStyle("RecoveryValue", parent=st.body, fontName=SANS_BOLD)
    code_style = ParagraphStyle(
        "RecoveryCode",
        parent=st.mono,
        fontName=MONO,
        fontSize=_CODE_FONT_SIZE,
        leading=_CODE_FONT_SIZE * 1.3,
        alignment=TA_CENTER,
    )
    bullet_style = ParagraphStyle(
        "RecoveryBullet", parent=st.body, leftIndent=5 * mm, bulletIndent=1 * mm, spaceAfter=3
    )

    facts = Table(
        [
            [Paragraph(text(key), label_style), Paragraph(safe(value), value_style)]
            for key, value in (
                ("business", business_name),
                ("registry_id", registry_id),
                ("created", created),
                ("data_dir", data_dir),
            )
        ],
        colWidths=[48 * mm, width - 48 * mm],
        hAlign="LEFT",
    )
    facts.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )

    code_box = Table(
        [[Paragraph(safe(recovery_code), code_style)]],
        colWidths=[width],
    )
    code_box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.5, colors.black),
                ("TOPPADDING", (0, 0), (-1, -1), 5 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5 * mm),
                ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
            ]
        )
    )

    def bullets(*keys: str) -> list[Flowable]:
        return [Paragraph(text(key), bullet_style, bulletText="•") for key in keys]

    label_width = 58 * mm
    write_in = Table(
        [
            [Paragraph(text("where"), st.body), ""],
            ["", ""],
            [Paragraph(text("date"), st.body), ""],
            [Paragraph(text("signature"), st.body), ""],
        ],
        colWidths=[label_width, width - label_width],
        rowHeights=[12 * mm, 12 * mm, 12 * mm, 20 * mm],
        hAlign="LEFT",
    )
    write_in.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
                ("LINEBELOW", (0, 1), (0, 1), 0.6, colors.black),
            ]
        )
    )

    return [
        Paragraph(text("title"), st.title),
        Paragraph(text("warning"), st.body),
        Spacer(1, 4 * mm),
        facts,
        Paragraph(text("code"), st.heading),
        code_box,
        Spacer(1, 2 * mm),
        Paragraph(text("code_hint"), st.body),
        Paragraph(text("how"), st.heading),
        *bullets("how_1", "how_2"),
        Paragraph(text("keep"), st.heading),
        *bullets("keep_1", "keep_2", "keep_3"),
        Paragraph(text("by_hand"), st.heading),
        write_in,
    ]
