"""What follows from an assessment alone, worked out once per assessment.

A signal's score, where it ranks and whether it may become a speerpunt
depend only on its `Beoordeling` and on the weighing and rules in force.
There are only `AANTAL_BEOORDELINGEN` (12,500) different assessments, so a
`Tabel` works all of them out at once for a weighing and its rules, and
`select` looks signals up by `Beoordeling.index`. The most recent tables
are kept, so weighing again under the same settings starts at once.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, TypeVar

import attrs

from wijkanalyse.beoordeling import (
    AANTAL_BEOORDELINGEN,
    Criterium,
    Mate,
    kolom,
)
from wijkanalyse.criteria.score import Scores, alle_scores
from wijkanalyse.criteria.weging import Selectieregels, Weging

if TYPE_CHECKING:
    from collections.abc import Callable

_Key = TypeVar("_Key", tuple[bool, float], tuple[bool, float, int])


@attrs.frozen(getstate_setstate=False)
class Tabel:
    """Every assessment's score, forcing criterion and order.

    Build it with `tabel`. Every field but `weging` and `regels` is
    indexed by `Beoordeling.index`. A pickled table holds only those two
    and is made again (or found among the kept ones) when unpickled.

    Attributes:
        weging: The weighing it was made for.
        regels: The selection rules it was made for.
        scores: The score and coverage.
        forced: The criterion that forces a signal to be a candidate for
            a speerpunt, if any.
        rank_class: The place of the assessment in the ranking among all
            assessments, best first; equal places share a rank.
            Incompletely assessed ones come after every complete one, then
            by falling score.
        priority_class: The place of a candidate among all candidates,
            best first: forced ones first, then by score and coverage;
            `None` when the assessment makes no candidate.
        candidates: The candidates, grouped by `priority_class`.
    """

    weging: Weging
    regels: Selectieregels
    scores: Scores
    forced: tuple[Criterium | None, ...]
    rank_class: tuple[int, ...]
    priority_class: tuple[int | None, ...]
    candidates: tuple[tuple[int, ...], ...]

    def __reduce__(
        self,
    ) -> tuple[Callable[[Weging, Selectieregels], Tabel], tuple[object, ...]]:
        """Pickle by weighing and rules only."""
        return tabel, (self.weging, self.regels)


@functools.lru_cache(maxsize=8)
def tabel(weging: Weging, regels: Selectieregels) -> Tabel:
    """The table of every assessment under *weging* and *regels*."""
    scores = alle_scores(weging)
    forced = _forced(regels)
    rank_keys = []
    priorities: list[tuple[bool, float, int] | None] = []
    for waarde, dekking, forcing in zip(
        scores.waarden, scores.dekkingen, forced, strict=True
    ):
        incomplete = dekking < regels.min_dekking or waarde is None
        negative = -(waarde or 0.0)
        rank_keys.append((incomplete, negative))
        eligible = forcing is not None or (
            not incomplete and -negative >= regels.drempel
        )
        priorities.append(
            (forcing is None, negative, -dekking) if eligible else None
        )
    rank_of = _places(rank_keys)
    place_of = _places([p for p in priorities if p is not None])
    priority_class = tuple(
        None if p is None else place_of[p] for p in priorities
    )
    groups: list[list[int]] = [[] for _ in place_of]
    for index, place in enumerate(priority_class):
        if place is not None:
            groups[place].append(index)
    return Tabel(
        weging=weging,
        regels=regels,
        scores=scores,
        forced=forced,
        rank_class=tuple(rank_of[key] for key in rank_keys),
        priority_class=priority_class,
        candidates=tuple(map(tuple, groups)),
    )


def _places(keys: list[_Key]) -> dict[_Key, int]:
    """The place of each distinct key in sorted order, from 0."""
    return {key: place for place, key in enumerate(sorted(set(keys)))}


def _forced(regels: Selectieregels) -> tuple[Criterium | None, ...]:
    """Per assessment, the first forcing criterion of *regels* it reaches.

    A criterion forces a signal to be a candidate when its value reaches
    the level `regels.verplicht` sets for it.
    """
    forced: list[Criterium | None] = [None] * AANTAL_BEOORDELINGEN
    for criterium, level in reversed(regels.verplicht):
        for index, mate in enumerate(kolom(criterium)):
            if isinstance(mate, Mate) and mate >= level:
                forced[index] = criterium
    return tuple(forced)
