"""Page budgets: how long the instrument lets a domain's section be.

Appendix 2 of the instrument gives domains I and II about one page each and
domain III about two. The library never shortens an author's text to fit;
it estimates the length of each section that has a budget and warns when
the estimate runs over.

The estimate counts lines on an A4 page with 2.5 cm margins in an 11 pt
body font (the shipped Word template):

- a paragraph takes one line per `TEKENS_PER_REGEL` characters of each of
  its lines (rounded up), plus `WIT_NA_ALINEA` for the space after it;
- a list item is indented, so it holds `TEKENS_PER_REGEL - 6` characters
  per line, plus `WIT_NA_ITEM`;
- a heading takes `KOPREGELS[niveau]` lines, space around it included;
- a table row takes as many lines as its fullest cell needs in its share
  of the width, plus `WIT_IN_RIJ` for the cell padding;
- a page holds `REGELS_PER_PAGINA` lines.

These numbers were fitted to the voorbeeld verslag as LibreOffice renders
it with Carlito, which has the same metrics as Calibri, the body font of
the default template: the estimates for its three domains (4.9, 3.9 and
5.4 pages) were within about a tenth of a page of the rendered length
(4.75, 3.9 and 5.3). With a house style in larger or wider type the real
length is longer. The estimate is meant for "clearly too long", not for
typesetting.
"""

from __future__ import annotations

import math

from wijkanalyse import meldingen
from wijkanalyse.errors import Problem, Severity
from wijkanalyse.verslag.model import (
    Alinea,
    Inhoudsopgave,
    Opsomming,
    Sectie,
    Tabel,
    Verslag,
)

PAGINABUDGET: dict[str, float] = {"I": 1.0, "II": 1.0, "III": 2.0}
"""Pages per domain number, as appendix 2 of the instrument sets them."""

TEKENS_PER_REGEL = 100
REGELS_PER_PAGINA = 44
WIT_NA_ALINEA = 0.6
WIT_NA_ITEM = 0.1
WIT_IN_RIJ = 0.3
KOPREGELS = {1: 3.2, 2: 2.2, 3: 1.9}
MARGE = 0.1
"""How far (in pages) an estimate may exceed a budget before it warns."""


def _regels(tekst: str, breedte: float) -> float:
    return sum(
        max(1, math.ceil(len(deel) / breedte)) for deel in tekst.split("\n")
    )


def _blok(blok: object) -> float:
    if isinstance(blok, Sectie):
        return schat_regels(blok)
    if isinstance(blok, Alinea):
        return _regels(blok.tekst, TEKENS_PER_REGEL) + WIT_NA_ALINEA
    if isinstance(blok, Opsomming):
        return WIT_NA_ALINEA + sum(
            _regels(item.tekst, TEKENS_PER_REGEL - 6) + WIT_NA_ITEM
            for item in blok.items
        )
    if isinstance(blok, Tabel):
        return _tabel(blok)
    if isinstance(blok, Inhoudsopgave):
        return KOPREGELS[1]
    return 0.0


def _tabel(tabel: Tabel) -> float:
    count = len(tabel.kolommen)
    breedtes = tabel.breedtes or (1.0,) * count
    totaal = sum(breedtes)
    tekens = [max(4.0, TEKENS_PER_REGEL * b / totaal - 2) for b in breedtes]
    regels = WIT_NA_ALINEA
    for rij in (tabel.kolommen, *tabel.rijen):
        regels += WIT_IN_RIJ + max(
            _regels(cel, breedte)
            for cel, breedte in zip(rij, tekens, strict=True)
        )
    return regels


def schat_regels(sectie: Sectie) -> float:
    """The estimated number of body lines *sectie* fills, heading included."""
    return KOPREGELS[sectie.niveau] + sum(_blok(b) for b in sectie.inhoud)


def schat_paginas(sectie: Sectie) -> float:
    """The estimated number of pages *sectie* fills (see the module doc)."""
    return schat_regels(sectie) / REGELS_PER_PAGINA


def overschrijdingen(verslag: Verslag) -> tuple[Problem, ...]:
    """A warning for every section whose estimate runs over its budget."""
    problems = []
    for sectie in verslag.secties():
        if sectie.budget is None:
            continue
        geschat = schat_paginas(sectie)
        if geschat > sectie.budget + MARGE:
            problems.append(
                Problem(
                    f"verslag, hoofdstuk '{sectie.kop}'",
                    meldingen.budget_overschreden(geschat, sectie.budget),
                    Severity.WAARSCHUWING,
                )
            )
    return tuple(problems)
