"""The score of a signal: a weighted mean over the criteria assessed.

Each ordinal criterion counts its `Mate` as a fraction of the scale (niet 0,
enigszins 1/3, duidelijk 2/3, sterk 1). Toetsing aan beleid counts as met (1)
when the signal fits the municipality's policy *and* when the policy lacks
it: both make it a matter for the municipality; "onbekend" counts as not
assessed. Criteria that were not assessed are left out of the mean rather
than counted as zero; how many were assessed is reported as the coverage
(dekking) next to the score, so that a signal judged on two criteria is not
mistaken for one judged on six.
"""

from __future__ import annotations

import operator
from fractions import Fraction
from typing import TYPE_CHECKING

import attrs

from wijkanalyse.beoordeling import (
    ORDINALE_CRITERIA,
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


def _normalised(weging: Weging) -> tuple[float, ...]:
    """Weights divided by their sum, computed exactly, in Criterium order.

    Exact division makes proportional weighings give identical floats.
    """
    exact = [Fraction(weging.gewicht(c)) for c in Criterium]
    total = sum(exact)
    return tuple(float(w / total) for w in exact)


def scorer(weging: Weging | None = None) -> Callable[[Beoordeling], Score]:
    """The scoring function for one weighing, with the weights prepared."""
    weights = dict(
        zip(Criterium, _normalised(weging or Weging()), strict=True)
    )
    read = operator.attrgetter(
        *(c.veld for c in ORDINALE_CRITERIA), Criterium.BELEID.veld
    )
    ordinal = tuple(weights[c] / _TOP for c in ORDINALE_CRITERIA)
    plain = tuple(weights[c] for c in ORDINALE_CRITERIA)
    beleid_weight = weights[Criterium.BELEID]

    def score(beoordeling: Beoordeling) -> Score:
        *mates, beleid = read(beoordeling)
        total = weight = 0.0
        count = 0
        for mate, scaled, w in zip(mates, ordinal, plain, strict=True):
            if mate is not None:
                total += scaled * mate
                weight += w
                count += 1
        if beleid in _MET:
            total += beleid_weight
            weight += beleid_weight
            count += 1
        return Score(total / weight if weight else None, count)

    return score


_MET = frozenset({Beleidstoets.PAST, Beleidstoets.ONTBREEKT})


def score(beoordeling: Beoordeling, weging: Weging | None = None) -> Score:
    """The score of one assessment under *weging* (equal weights if none)."""
    return scorer(weging)(beoordeling)
