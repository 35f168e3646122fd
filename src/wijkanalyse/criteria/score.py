"""The score of a signal: a weighted mean over the criteria assessed.

Each ordinal criterion counts its `Mate` as a fraction of the scale (niet 0,
enigszins 1/3, duidelijk 2/3, sterk 1). Toetsing aan beleid counts as met (1)
when the signal fits the municipality's policy *and* when the policy lacks
it: both make it a matter for the municipality; "onbekend" counts as not
assessed. Criteria that were not assessed are left out of the mean rather
than counted as zero; how many were assessed is reported as the coverage
(dekking) next to the score, so that a signal judged on two criteria is not
mistaken for one judged on six.

There are only `AANTAL_BEOORDELINGEN` different assessments, so the scores
of all of them are worked out together, once per weighing, and a signal's
score is looked up by its `Beoordeling.index`.
"""

from __future__ import annotations

import functools
import math
from fractions import Fraction
from typing import TYPE_CHECKING

import attrs

from wijkanalyse.beoordeling import (
    Beleidstoets,
    Beoordeling,
    Criterium,
    Mate,
)
from wijkanalyse.criteria.weging import Weging

if TYPE_CHECKING:
    from collections.abc import Callable

_TOP = int(Mate.hoogste())


@attrs.frozen
class Score:
    """A signal's score and how many criteria it rests on.

    Attributes:
        waarde: The weighted mean, 0 to 1; `None` when nothing counted.
        dekking: The number of criteria assessed (0 to 6).
    """

    waarde: float | None
    dekking: int


@attrs.frozen
class Scores:
    """The score of every possible assessment under one weighing.

    Attributes:
        waarden: The weighted mean per `Beoordeling.index`, or `None`.
        dekkingen: The coverage per `Beoordeling.index`.
    """

    waarden: tuple[float | None, ...]
    dekkingen: tuple[int, ...]
    _made: dict[int, Score] = attrs.field(
        init=False, factory=dict, repr=False, eq=False
    )

    def __getitem__(self, index: int) -> Score:
        """The score of the assessment with this index."""
        score = self._made.get(index)
        if score is None:
            score = self._made[index] = Score(
                self.waarden[index], self.dekkingen[index]
            )
        return score


@functools.lru_cache(maxsize=8)
def alle_scores(weging: Weging | None = None) -> Scores:
    """The scores of all assessments under *weging* (equal weights if none).

    Works through the criteria in `Beoordeling.index` order, extending
    every partial sum by each value the next criterion can take. A
    criterion not assessed adds nothing to the mean and its weight. The
    sums are kept in whole numbers and divided once, so scores that are
    equal as fractions are equal as floats and share a rank, whatever the
    criteria they come from.
    """
    weights = _whole(weging or Weging())
    sums: list[tuple[int, int, int]] = [(0, 0, 0)]
    for criterium, weight in zip(Criterium, weights, strict=True):
        options = _options(criterium, weight)
        sums = [
            (total + part, whole + full, count + n)
            for total, whole, count in sums
            for part, full, n in options
        ]
    return Scores(
        waarden=tuple(
            total / whole if whole else None for total, whole, _ in sums
        ),
        dekkingen=tuple(count for *_, count in sums),
    )


def _options(criterium: Criterium, weight: int) -> list[tuple[int, int, int]]:
    """What each value of *criterium*, in index order, adds to a sum.

    Each is (the value's share of the weight in steps of the scale, the
    whole weight in steps, 1) when it counts, and nothing when the
    criterion was not assessed.
    """
    nothing = (0, 0, 0)
    full = weight * _TOP
    if criterium.is_ordinal:
        return [nothing] + [(weight * mate, full, 1) for mate in Mate]
    return [nothing] + [
        (full, full, 1) if toets in _MET else nothing for toets in Beleidstoets
    ]


_MET = frozenset({Beleidstoets.PAST, Beleidstoets.ONTBREEKT})


def _whole(weging: Weging) -> tuple[int, ...]:
    """Whole numbers in the same ratios as the weights, in Criterium order.

    Every float is an exact fraction, so this loses nothing; weighings that
    differ by a factor give the same numbers.
    """
    exact = [Fraction(weging.gewicht(c)) for c in Criterium]
    common = math.lcm(*(w.denominator for w in exact))
    whole = [int(w * common) for w in exact]
    divisor = math.gcd(*whole)
    return tuple(w // divisor for w in whole)


def scorer(weging: Weging | None = None) -> Callable[[Beoordeling], Score]:
    """The scoring function for one weighing.

    The first use of a weighing works out the scores of all assessments
    (about a hundredth of a second); the most recent eight are kept.
    """
    scores = alle_scores(weging or Weging())

    def score(beoordeling: Beoordeling) -> Score:
        return scores[beoordeling.index]

    return score


def score(beoordeling: Beoordeling, weging: Weging | None = None) -> Score:
    """The score of one assessment under *weging* (equal weights if none)."""
    return scorer(weging)(beoordeling)
