"""The one definition of the invulschema: its sheets, columns and labels.

The writer lays the form out from this module and the reader finds its way
back through it; neither knows a header text or a column of its own.

The workbook has, in order:

- the voorblad (``Wijkanalyse``): wijk, CBS code, date, participatiemodel,
  the authors with their role, and an explanation of the columns, the
  criteria and their scale;
- one sheet per domain, titled by its number and short name (``I
  Privédomein``): the instrument's columns in its order, then the
  structured columns (`KOLOMMEN`); each theme is a shaded row with its name
  in the first column, followed by rows for signals;
- the ``Samenvatting`` sheet: the synthesis per domain, kennisleemtes,
  conclusions and recommendations (`SECTIES`);
- a hidden ``Lijsten`` sheet with the dropdown lists, the layout version
  and the order of the signals.

The reader finds columns by their header text and sections by their heading,
never by position, so rows a person inserts or deletes do not confuse it.
"""

from __future__ import annotations

import enum
import re
from typing import TYPE_CHECKING, Any

import attrs

from wijkanalyse.beoordeling import Criterium
from wijkanalyse.exporters.invulschema import waarden

if TYPE_CHECKING:
    from wijkanalyse.model import Domein, Participatiemodel

VERSIE = 1
"""The layout version written in the form; the reader refuses newer ones."""

KENMERK = "wijkanalyse-invulschema"
"""What the hidden sheet says the workbook is."""

VOORBLAD = "Wijkanalyse"
SAMENVATTING = "Samenvatting"
LIJSTEN = "Lijsten"

TITEL = "Wijkanalyse opbouwwerk: invulschema"
ONDERTITEL = (
    "Gebaseerd op het Instrument Wijkanalyse opbouwwerk "
    "(Verwey-Jonker Instituut, 2010)"
)

INDELING = "indeling"
"""The header of the hidden sheet's column holding `KENMERK` and `VERSIE`."""

VOLGORDE = "volgorde"
"""The header of the hidden sheet's column holding the signals' ids in the
analysis's order, so that reading restores it."""

KOPRIJ = 4
"""The row of column headers on a domain sheet, as written."""

TITELRIJEN = 2
"""The title rows above the headers; with the group row and the headers
they are repeated on every printed page."""

MAX_RIJ = 10_000
"""The last row read; a form never comes near it."""

MAX_KOLOM = 200
"""The last column read."""

RESERVE_LEEG = 4
"""Empty rows under a theme without signals."""

RESERVE_GEVULD = 2
"""Empty rows under a theme's signals."""

MAX_TEKST = 32_767
"""The most characters an Excel cell holds."""


class Soort(enum.Enum):
    """What a column holds, which decides how it is written and read."""

    THEMA = "thema"
    """A theme name; it sets the theme of the rows below it."""

    TEKST = "tekst"
    """Free text."""

    KEUZE = "keuze"
    """A value from a closed list."""

    THEMAS = "themas"
    """Theme names, one a line."""

    DATUM = "datum"
    """A date."""

    DOMEIN = "domein"
    """A domain, by its number and name."""

    ID = "id"
    """A signal's id."""


@attrs.frozen
class Kolom:
    """One column of a table in the form.

    Attributes:
        veld: The part of the analysis it holds, e.g. ``tekst``.
        kop: The header a person reads.
        breedte: Its width in characters.
        soort: How it is written and read.
        groep: The group header above it (domain sheets only).
        keuze: The closed list of a `Soort.KEUZE` column.
        uitleg: The input message shown on its cells.
    """

    veld: str
    kop: str
    breedte: float
    soort: Soort = Soort.TEKST
    groep: str = ""
    keuze: waarden.Keuzelijst[Any] | None = None
    uitleg: str = ""


def _criterium(criterium: Criterium) -> Kolom:
    label = criterium.label
    scale = (
        "niet, enigszins, duidelijk of sterk (of 0 tot 3)"
        if criterium.is_ordinal
        else "past in beleid, ontbreekt in beleid of onbekend"
    )
    longest = max(len(word) for word in label.split())
    return Kolom(
        criterium.value,
        label[0].upper() + label[1:],
        max(11, longest + 2),  # a bold header word must not break
        Soort.KEUZE,
        "Weging volgens de criteria",
        waarden.MATE if criterium.is_ordinal else waarden.BELEID,
        f"{label[0].upper()}{label[1:]}: {criterium.uitleg} Kies {scale}; "
        "leeg betekent: nog niet gewogen.",
    )


KOLOMMEN: tuple[Kolom, ...] = (
    Kolom(
        "thema",
        "Thema / participatievorm",
        28,
        Soort.THEMA,
        "Thema's",
        uitleg="Het thema staat boven zijn regels. Een naam die u hier "
        "typt, geldt voor deze regel en de regels eronder.",
    ),
    Kolom(
        "tekst",
        "Signaal",
        42,
        groep="Signalen",
        uitleg="Eén signaal per regel: een probleem, kans, behoefte of "
        "vraag die u in de wijk ziet. Meer signalen? Voeg een regel in.",
    ),
    Kolom(
        "bron",
        "Bron",
        30,
        groep="Bronnen",
        uitleg="Waarop berust het signaal? Meer bronnen: zet elke volgende "
        "bron op een nieuwe regel direct onder het signaal en laat daar "
        "de kolom Signaal leeg.",
    ),
    Kolom(
        "bestaand",
        "Bestaand aanbod",
        36,
        groep="Analyse aanbod",
        uitleg="Welk aanbod is er al voor dit signaal en hoe sluit het "
        "aan bij wat bewoners nodig hebben?",
    ),
    Kolom(
        "vragen",
        "Vragen",
        28,
        groep="Kennisontwikkeling (vragen en methoden)",
        uitleg="Wat wilt u nog uitzoeken om het signaal te onderbouwen?",
    ),
    Kolom(
        "methoden",
        "Methoden",
        28,
        groep="Kennisontwikkeling (vragen en methoden)",
        uitleg="Hoe gaat u dat uitzoeken, liefst samen met bewoners?",
    ),
    Kolom(
        "soort",
        "Soort signaal",
        13,
        Soort.KEUZE,
        "Aanvulling",
        waarden.SIGNAALSOORT,
        "Probleem, kans, behoefte of vraag. Leeg telt als probleem.",
    ),
    Kolom(
        "positief",
        "Positief",
        9,
        Soort.KEUZE,
        "Aanvulling",
        waarden.JA_NEE,
        "Kies ja als het een positief signaal is. Leeg betekent nee.",
    ),
    Kolom(
        "ook_bij",
        "Ook bij thema's",
        22,
        Soort.THEMAS,
        "Aanvulling",
        uitleg="Raakt het signaal ook andere thema's? Zet elk thema op "
        "een eigen regel in de cel (Alt+Enter).",
    ),
    Kolom(
        "bronsoort",
        "Soort bron",
        20,
        Soort.KEUZE,
        "Aanvulling",
        waarden.BRONSOORT,
        "Wat voor bron staat er links in de kolom Bron?",
    ),
    Kolom(
        "oordeel",
        "Oordeel aanbod",
        14,
        Soort.KEUZE,
        "Aanvulling",
        waarden.OORDEEL,
        "Is het bestaande aanbod toereikend, deels toereikend, of "
        "ontbreekt het?",
    ),
    Kolom(
        "nodig",
        "Wat is nodig",
        32,
        groep="Aanvulling",
        uitleg="Wat is er nodig om het signaal te beantwoorden? Bij een "
        "lacune: de mogelijke oplossing.",
    ),
    *(_criterium(c) for c in Criterium),
    Kolom(
        "id",
        "Id",
        8,
        Soort.ID,
        uitleg="Hiermee herkent wijkanalyse het signaal. Niet veranderen; "
        "laat leeg bij een nieuw signaal.",
    ),
)
"""The columns of a domain sheet, left to right."""

BRONVELDEN = frozenset({"bron", "bronsoort"})
"""The columns that a row holding only an extra source fills."""

PADEN: dict[str, str] = {
    "thema": ".thema",
    "tekst": ".tekst",
    "bron": ".bronnen",
    "bestaand": ".aanbod.bestaand",
    "vragen": ".kennisontwikkeling.vragen",
    "methoden": ".kennisontwikkeling.methoden",
    "soort": ".soort",
    "positief": ".positief",
    "ook_bij": ".andere_themas",
    "bronsoort": ".bronnen",
    "oordeel": ".aanbod.oordeel",
    "nodig": ".aanbod.nodig",
    **{
        c.value: f".beoordeling.{c.value.replace('-', '_')}" for c in Criterium
    },
    "id": ".id",
}
"""Each column's place in a signal, as `wijkanalyse.validatie` names it."""

KOPVELDEN: tuple[tuple[str, str], ...] = (
    ("wijk", "Wijk"),
    ("code", "CBS-code"),
    ("datum", "Datum"),
    ("model", "Participatiemodel"),
)
"""The voorblad's labelled fields: key and label, top to bottom."""

KOP_AUTEURS = "Auteurs"
KOP_UITLEG = "Uitleg bij het invulschema"

AUTEURKOLOMMEN: tuple[Kolom, ...] = (
    Kolom("naam", "Naam", 28, uitleg="De naam van wie dit invult."),
    Kolom(
        "rol",
        "Rol",
        20,
        Soort.KEUZE,
        keuze=waarden.ROL,
        uitleg="Vanuit welk beroep vult u dit in? Leeg telt als opbouwwerker.",
    ),
    Kolom(
        "functie",
        "Functie",
        28,
        uitleg="Uw eigen omschrijving van uw functie; nodig bij rol anders.",
    ),
    Kolom("organisatie", "Organisatie", 30),
)
"""The columns of the authors' table on the voorblad."""


@attrs.frozen
class Sectie:
    """A part of the Samenvatting sheet: a heading, then its rows.

    Attributes:
        veld: The part of the analysis it holds.
        kop: The heading in the first column.
        kolommen: Its columns, from the first; an empty header leaves the
            column unused.
        koprij: Whether a row of column headers follows the heading.
    """

    veld: str
    kop: str
    kolommen: tuple[Kolom, ...]
    koprij: bool = True


_BREED = 100
"""The width of the Samenvatting's text column."""

SECTIES: tuple[Sectie, ...] = (
    Sectie(
        "synthese",
        "Samenvattende analyse per domein",
        (
            Kolom(
                "domein",
                "Domein",
                30,
                Soort.DOMEIN,
                uitleg="Kies het domein; schrijf ernaast uw samenvattende "
                "analyse.",
            ),
            Kolom(
                "tekst",
                "Samenvattende analyse",
                _BREED,
                uitleg="Hoe hangen de signalen van dit domein samen en "
                "welke wegen het zwaarst?",
            ),
        ),
    ),
    Sectie(
        "kennisleemtes",
        "Kennisleemtes",
        (
            Kolom(
                "thema",
                "Thema",
                30,
                Soort.THEMA,
                uitleg="Een thema waarover u (nog) geen beeld hebt; één "
                "thema per regel.",
            ),
        ),
    ),
    Sectie(
        "conclusies",
        "Conclusies",
        (
            Kolom("", "", 30),
            Kolom(
                "tekst",
                "Conclusies",
                _BREED,
                uitleg="De conclusies van de hele wijkanalyse.",
            ),
        ),
        koprij=False,
    ),
    Sectie(
        "aanbevelingen",
        "Aanbevelingen",
        (
            Kolom("", "", 30),
            Kolom(
                "tekst",
                "Aanbeveling",
                _BREED,
                uitleg="Eén aanbeveling per regel.",
            ),
        ),
        koprij=False,
    ),
)
"""The sections of the Samenvatting sheet, top to bottom."""

_VERBODEN_IN_TITEL = re.compile(r"[\[\]:*?/\\\x00-\x1f\x7f]")


def bladtitels(model: Participatiemodel) -> dict[str, str]:
    """The sheet title of each domain, by domain number.

    A title is the number and short name, without the characters Excel
    forbids, at most 31 characters, and unique ignoring case (a repeat
    gets a number).
    """
    taken = {VOORBLAD.casefold(), SAMENVATTING.casefold(), LIJSTEN.casefold()}
    titles: dict[str, str] = {}
    for domein in model.domeinen:
        title = _titel(domein)
        candidate, n = title, 1
        while candidate.casefold() in taken:
            n += 1
            suffix = f" ({n})"
            candidate = title[: 31 - len(suffix)].rstrip() + suffix
        taken.add(candidate.casefold())
        titles[domein.nummer] = candidate
    return titles


def _titel(domein: Domein) -> str:
    raw = f"{domein.nummer} {domein.kort}"
    clean = " ".join(_VERBODEN_IN_TITEL.sub(" ", raw).split())
    return clean[:31].strip(" '") or "Domein"


def domeinlabel(domein: Domein) -> str:
    """How a domain is named in the Samenvatting's dropdown."""
    return f"{domein.nummer} {domein.naam}".strip()


def kop_rij(kolommen: tuple[Kolom, ...]) -> dict[str, int]:
    """Each column's key and its position (1-based) as written."""
    return {k.veld: i for i, k in enumerate(kolommen, start=1) if k.veld}
