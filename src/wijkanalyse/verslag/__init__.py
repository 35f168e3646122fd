"""The verslag: a format-neutral report built from a weighed analysis.

`build_verslag` weighs an analysis with `wijkanalyse.criteria.select` and
returns a `Verslag`: plain frozen data (title block, sections, paragraphs,
lists, tables) that report exporters turn into Word, Markdown or anything
else. This package never imports a document library.
"""

from __future__ import annotations

from wijkanalyse.verslag.bouw import build_verslag, verslag_van
from wijkanalyse.verslag.budget import (
    PAGINABUDGET,
    overschrijdingen,
    schat_paginas,
)
from wijkanalyse.verslag.model import (
    Alinea,
    Blok,
    Fragment,
    Inhoudsopgave,
    Nadruk,
    Opsomming,
    Sectie,
    Tabel,
    Titelblok,
    Verslag,
)

__all__ = [
    "PAGINABUDGET",
    "Alinea",
    "Blok",
    "Fragment",
    "Inhoudsopgave",
    "Nadruk",
    "Opsomming",
    "Sectie",
    "Tabel",
    "Titelblok",
    "Verslag",
    "build_verslag",
    "overschrijdingen",
    "schat_paginas",
    "verslag_van",
]
