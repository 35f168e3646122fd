"""Weighing signals and choosing speerpunten — the one place it happens.

`select` scores every signal of an analysis on the six criteria, judges
its onderbouwing, ranks it, and chooses the speerpunten with a reason for
each signal. It knows nothing of files; `load_instellingen` reads a weging
file for callers that have one.
"""

from __future__ import annotations

from wijkanalyse.criteria.onderbouwing import Onderbouwing, onderbouwing
from wijkanalyse.criteria.score import Score, score, scorer
from wijkanalyse.criteria.selectie import (
    Lacune,
    Opname,
    Selectie,
    Uitslag,
    select,
)
from wijkanalyse.criteria.weging import (
    Instellingen,
    Selectieregels,
    Weging,
    load_instellingen,
    parse_instellingen,
)

__all__ = [
    "Instellingen",
    "Lacune",
    "Onderbouwing",
    "Opname",
    "Score",
    "Selectie",
    "Selectieregels",
    "Uitslag",
    "Weging",
    "load_instellingen",
    "onderbouwing",
    "parse_instellingen",
    "score",
    "scorer",
    "select",
]
