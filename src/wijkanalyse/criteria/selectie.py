"""Choosing speerpunten: rank every signal and say why it is in or out.

`select` makes one pass over the signals. Every signal gets a score, its
coverage and its onderbouwing; the rank is shared by equal scores (1, 1,
3, ...), so the order of the input never matters. Signals assessed on
fewer criteria than the rules ask are ranked after every completely
assessed one.

Which signals become speerpunten:

1. A signal is a candidate when a forcing criterion reaches its level
   (by default urgentie "sterk"), or when it is completely assessed and
   its score reaches the threshold.
2. Candidates are taken in order — forced first, then by score, coverage
   and id — as long as neither the overall maximum nor the maximum of the
   signal's domain is reached.
3. A chosen signal whose onderbouwing is "geen" or "zwak" becomes a
   speerpunt for kennisontwikkeling: first find out more, then act.

Every signal also gets one Dutch sentence with the reason.
"""

from __future__ import annotations

import enum
import functools
import heapq
import operator
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

import attrs

from wijkanalyse.analyse import Oordeel, Signaal, Wijkanalyse
from wijkanalyse.beoordeling import Beleidstoets, Beoordeling, Criterium
from wijkanalyse.criteria import redenen
from wijkanalyse.criteria.onderbouwing import Onderbouwing, onderbouwing
from wijkanalyse.criteria.score import Score, scorer
from wijkanalyse.criteria.weging import Selectieregels, Weging
from wijkanalyse.model import Participatiemodel

if TYPE_CHECKING:
    from collections.abc import Callable

    import pandas as pd

_ZWAK = (Onderbouwing.GEEN, Onderbouwing.ZWAK)
_LACUNE = (Oordeel.DEELS, Oordeel.ONTBREEKT)


class Opname(enum.Enum):
    """Whether and how a signal is taken up."""

    SPEERPUNT = "speerpunt"
    """A speerpunt on its content."""

    KENNISONTWIKKELING = "kennisontwikkeling"
    """Urgent or important, but first to be substantiated."""

    NIET = "niet opgenomen"

    @property
    def opgenomen(self) -> bool:
        """Whether the signal is taken up at all."""
        return self is not Opname.NIET


@attrs.frozen
class Uitslag:
    """The outcome of the weighing for one signal.

    Attributes:
        signaal: The signal.
        domein: The number of the domain of its main theme.
        rang: Its rank; equal scores share a rank.
        score: Its score and coverage.
        onderbouwing: How well its sources substantiate it.
        opname: Whether and how it is taken up.
        reden: One Dutch sentence saying why.
    """

    signaal: Signaal
    domein: str
    rang: int
    score: Score
    onderbouwing: Onderbouwing
    opname: Opname
    reden: str


@attrs.frozen
class Lacune:
    """A gap in the services: answered partly or not at all.

    Attributes:
        signaal: The signal the services fall short on.
        domein: The number of its domain.
        oordeel: Partly sufficient or missing.
        oplossing: What is needed, the author's possible solution.
    """

    signaal: Signaal
    domein: str
    oordeel: Oordeel
    oplossing: str


@attrs.frozen(kw_only=True)
class Selectie:
    """The weighing of a whole analysis.

    Build it with `select`. The per-signal outcomes are computed when first
    asked for.

    Attributes:
        analyse: The analysis weighed.
        model: Its participatiemodel.
        weging: The weights used.
        regels: The selection rules used.
    """

    analyse: Wijkanalyse
    model: Participatiemodel
    weging: Weging
    regels: Selectieregels
    _scores: tuple[Score, ...] = attrs.field(alias="scores", repr=False)
    _ranks: tuple[int, ...] = attrs.field(alias="ranks", repr=False)
    _gekozen: tuple[int, ...] = attrs.field(alias="gekozen", repr=False)
    _domeinen: tuple[str, ...] = attrs.field(alias="domeinen", repr=False)

    def _repr_html_(self) -> str:
        """The ranked signals as an HTML table, for notebooks."""
        from wijkanalyse.weergave import selectie_html  # noqa: PLC0415

        return selectie_html(self)

    def to_dataframe(self) -> pd.DataFrame:
        """Every signal's outcome as a pandas DataFrame, by rank.

        Needs pandas: ``pip install wijkanalyse[pandas]``.

        Raises:
            ModuleNotFoundError: When pandas is not installed.
        """
        try:
            import pandas as pd  # noqa: PLC0415 (optional dependency)
        except ModuleNotFoundError as exc:
            exc.msg = (
                "to_dataframe() needs pandas; install wijkanalyse[pandas]"
            )
            raise
        return pd.DataFrame(
            [
                {
                    "id": u.signaal.id,
                    "rang": u.rang,
                    "domein": u.domein,
                    "thema": u.signaal.thema,
                    "score": u.score.waarde,
                    "dekking": u.score.dekking,
                    "onderbouwing": u.onderbouwing.label,
                    "opname": u.opname.value,
                    "opgenomen": u.opname.opgenomen,
                    "reden": u.reden,
                }
                for u in self.uitslagen
            ]
        ).set_index("id")

    @functools.cached_property
    def uitslagen(self) -> tuple[Uitslag, ...]:
        """Every signal's outcome, by rank and then id."""
        items = [self._uitslag(i) for i in range(len(self.analyse.signalen))]
        items.sort(key=lambda u: (u.rang, u.signaal.id))
        return tuple(items)

    @property
    def speerpunten(self) -> tuple[Uitslag, ...]:
        """The signals taken up, in the order they were chosen."""
        by_signal = {id(u.signaal): u for u in self.uitslagen}
        return tuple(
            by_signal[id(self.analyse.signalen[i])] for i in self._gekozen
        )

    def speerpunten_van(self, domein: str) -> tuple[Uitslag, ...]:
        """The speerpunten of one domain, in the order chosen."""
        return tuple(u for u in self.speerpunten if u.domein == domein)

    def uitslag(self, signaal_id: str) -> Uitslag:
        """The outcome for the signal with this id.

        Raises:
            KeyError: When there is no such signal.
        """
        return self._by_id[signaal_id]

    @functools.cached_property
    def _by_id(self) -> dict[str, Uitslag]:
        return {u.signaal.id: u for u in self.uitslagen}

    @property
    def lacunes(self) -> tuple[Lacune, ...]:
        """Signals whose services fall short, by domain and rank."""
        return tuple(
            Lacune(u.signaal, u.domein, oordeel, u.signaal.aanbod.nodig)
            for u in sorted(
                self.uitslagen,
                key=lambda u: (
                    self._domain_order(u.domein),
                    u.rang,
                    u.signaal.id,
                ),
            )
            if (oordeel := u.signaal.aanbod.oordeel) in _LACUNE
        )

    @property
    def beleidsleemtes(self) -> tuple[Uitslag, ...]:
        """Signals the municipality's policy lacks, by rank."""
        return tuple(
            u
            for u in self.uitslagen
            if u.signaal.beoordeling.beleid is Beleidstoets.ONTBREEKT
        )

    def _domain_order(self, nummer: str) -> int:
        numbers = [d.nummer for d in self.model.domeinen]
        return numbers.index(nummer) if nummer in numbers else len(numbers)

    def _uitslag(self, index: int) -> Uitslag:
        signaal = self.analyse.signalen[index]
        score = self._scores[index]
        level = onderbouwing(signaal.bronnen)
        opname, reden = self._decide(index, signaal, score, level)
        return Uitslag(
            signaal,
            self._domeinen[index],
            self._ranks[index],
            score,
            level,
            opname,
            reden,
        )

    def _decide(
        self, index: int, signaal: Signaal, score: Score, level: Onderbouwing
    ) -> tuple[Opname, str]:
        regels = self.regels
        forced = _forcing(signaal.beoordeling, regels)
        if index in self._chosen_set:
            opname = (
                Opname.KENNISONTWIKKELING
                if level in _ZWAK
                else Opname.SPEERPUNT
            )
            return opname, redenen.opgenomen(
                opname, score, level, forced, regels
            )
        if not forced and score.dekking < regels.min_dekking:
            return Opname.NIET, redenen.onvolledig(score, regels)
        if not forced and (
            score.waarde is None or score.waarde < regels.drempel
        ):
            return Opname.NIET, redenen.onder_drempel(score, regels)
        domein = self._domeinen[index]
        if self._per_domain[domein] >= regels.max_per_domein:
            return Opname.NIET, redenen.domein_vol(domein, regels)
        return Opname.NIET, redenen.totaal_vol(regels)

    @functools.cached_property
    def _chosen_set(self) -> frozenset[int]:
        return frozenset(self._gekozen)

    @functools.cached_property
    def _per_domain(self) -> Counter[str]:
        return Counter(self._domeinen[i] for i in self._gekozen)


def _forcing(
    beoordeling: Beoordeling, regels: Selectieregels
) -> Criterium | None:
    for criterium, level in regels.verplicht:
        mate = beoordeling.mate(criterium)
        if mate is not None and mate >= level:
            return criterium
    return None


def select(
    analyse: Wijkanalyse,
    model: Participatiemodel,
    weging: Weging | None = None,
    regels: Selectieregels | None = None,
) -> Selectie:
    """Weigh every signal of *analyse* and choose the speerpunten.

    One pass over the signals; what follows from an assessment alone
    (score, rank key, whether it is a candidate) is worked out once per
    distinct assessment.

    Args:
        analyse: A valid analysis.
        model: Its participatiemodel (gives each signal its domain).
        weging: Weights per criterion; equal when omitted.
        regels: The selection rules; the defaults when omitted.
    """
    weging = weging or Weging()
    regels = regels or Selectieregels()
    assess = _assessor(weging, regels)
    domain_of = {
        v.sleutel: d.nummer
        for d in model.domeinen
        for v in d.participatievormen
    }
    cache: dict[tuple[object, ...], _Assessed] = {}
    criteria = _CRITERIA
    scores: list[Score] = []
    keys: list[tuple[int, float]] = []
    domeinen: list[str] = []
    candidates: dict[str, dict[tuple[int, float, int], list[int]]]
    candidates = defaultdict(lambda: defaultdict(list))
    # The loop allocates no new containers per signal: results are shared
    # per distinct assessment and candidates are kept as plain indices, so
    # the garbage collector stays out of the way on large analyses.
    for index, signaal in enumerate(analyse.signalen):
        b = signaal.beoordeling
        key = criteria(b)
        found = cache.get(key)
        if found is None:
            found = cache[key] = assess(b)
        score, rank_key, priority = found
        domein = domain_of.get(signaal.thema, "")
        scores.append(score)
        keys.append(rank_key)
        domeinen.append(domein)
        if priority is not None:
            candidates[domein][priority].append(index)
    return Selectie(
        analyse=analyse,
        model=model,
        weging=weging,
        regels=regels,
        scores=tuple(scores),
        ranks=_shared_ranks(keys),
        gekozen=_choose(analyse.signalen, candidates, regels),
        domeinen=tuple(domeinen),
    )


_Assessed = tuple[Score, tuple[int, float], tuple[int, float, int] | None]
"""An assessment's score, rank key, and candidate priority (or None)."""


_CRITERIA = operator.attrgetter(
    *(field.name for field in attrs.fields(Beoordeling))
)


def _assessor(
    weging: Weging, regels: Selectieregels
) -> Callable[[Beoordeling], _Assessed]:
    score_of = scorer(weging)

    def assess(beoordeling: Beoordeling) -> _Assessed:
        score = score_of(beoordeling)
        incomplete = score.dekking < regels.min_dekking or score.waarde is None
        negative = -(score.waarde or 0.0)
        forced = _forcing(beoordeling, regels) is not None
        eligible = forced or (not incomplete and -negative >= regels.drempel)
        priority = (int(not forced), negative, -score.dekking)
        return (
            score,
            (int(incomplete), negative),
            priority if eligible else None,
        )

    return assess


def _shared_ranks(keys: list[tuple[int, float]]) -> tuple[int, ...]:
    """Competition ranks: 1 + the number of strictly better keys."""
    counts = Counter(keys)
    rank_of: dict[tuple[int, float], int] = {}
    better = 0
    for key in sorted(counts):
        rank_of[key] = better + 1
        better += counts[key]
    return tuple(rank_of[key] for key in keys)


def _choose(
    signalen: tuple[Signaal, ...],
    candidates: dict[str, dict[tuple[int, float, int], list[int]]],
    regels: Selectieregels,
) -> tuple[int, ...]:
    """The indices of the chosen signals, in the order chosen.

    Candidates come grouped per domain and per priority (forced first, then
    score and coverage); only the best `max_per_domein` of each domain are
    ordered further by id. Taking the best `max_speerpunten` of those equals
    choosing greedily in order while skipping full domains.
    """
    limit = regels.max_per_domein
    best: list[tuple[tuple[int, float, int], str, int]] = []
    for groups in candidates.values():
        taken = 0
        for priority in sorted(groups):
            if taken >= limit:
                break
            indices = groups[priority]
            ids = heapq.nsmallest(
                limit - taken, ((signalen[i].id, i) for i in indices)
            )
            best.extend((priority, sid, i) for sid, i in ids)
            taken += len(ids)
    best.sort()
    return tuple(index for _, _, index in best[: regels.max_speerpunten])
