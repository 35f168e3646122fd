"""How well a signal is substantiated by its bronnen.

The rules, in one place so an organisation can see and change them:

=========  ==============================================================
level      when
=========  ==============================================================
geen       the signal names no source at all
zwak       every source is the author's own: own systematic observation,
           own reports, or a source of kind "anders"
redelijk   at least one source from outside: a municipal or other
           organisation's report, figures, or a meeting with residents or
           partners — but not the combination that makes it strong
sterk      a written or quantitative source (any report, or figures) and a
           meeting (with residents or partners) together; or three or more
           different kinds of outside source
=========  ==============================================================

Independence is what counts: the author's impression, however often
repeated, stays one voice. A meeting brings in residents' or partners' own
words, a report or figures a record made by others (or made before).
"""

from __future__ import annotations

import enum
import functools
from typing import TYPE_CHECKING

from wijkanalyse.analyse import BronSoort

if TYPE_CHECKING:
    from collections.abc import Iterable

    from wijkanalyse.analyse import Bron


class Onderbouwing(enum.IntEnum):
    """The level of substantiation, ordered from none to strong."""

    GEEN = 0
    ZWAK = 1
    REDELIJK = 2
    STERK = 3

    @property
    def label(self) -> str:
        """The Dutch word used in forms and reports."""
        return self.name.lower()


EIGEN: frozenset[BronSoort] = frozenset(
    {BronSoort.OBSERVATIE, BronSoort.EIGEN_RAPPORTAGE, BronSoort.ANDERS}
)
"""Kinds that come from the author or whose independence is unknown."""

SCHRIFTELIJK: frozenset[BronSoort] = frozenset(
    {
        BronSoort.EIGEN_RAPPORTAGE,
        BronSoort.GEMEENTE,
        BronSoort.ANDERE_ORGANISATIE,
        BronSoort.CIJFERS,
    }
)
"""Written or quantitative kinds, i.e. reports and figures."""

BIJEENKOMST: frozenset[BronSoort] = frozenset(
    {BronSoort.BEWONERSBIJEENKOMST, BronSoort.BIJEENKOMST_PARTNERS}
)
"""Meetings where residents or partners speak for themselves."""


def onderbouwing(bronnen: Iterable[Bron]) -> Onderbouwing:
    """The level of substantiation *bronnen* give a signal."""
    mask = 0
    for bron in bronnen:
        mask |= _BIT[bron.soort]
    return _BY_MASK[mask]


@functools.cache
def level_of(soorten: frozenset[BronSoort]) -> Onderbouwing:
    """The level for a set of source kinds (see the module's table)."""
    if not soorten:
        return Onderbouwing.GEEN
    extern = soorten - EIGEN
    if not extern:
        return Onderbouwing.ZWAK
    if (soorten & SCHRIFTELIJK and soorten & BIJEENKOMST) or len(extern) >= 3:
        return Onderbouwing.STERK
    return Onderbouwing.REDELIJK


_BIT = {soort: 1 << i for i, soort in enumerate(BronSoort)}
_BY_MASK = tuple(
    level_of(frozenset(s for s, bit in _BIT.items() if mask & bit))
    for mask in range(1 << len(_BIT))
)
"""The level for every set of source kinds, indexed by bit mask."""
