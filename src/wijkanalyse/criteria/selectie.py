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

What follows from an assessment alone is looked up per assessment (see
`wijkanalyse.criteria.tabel`); the pass over the signals only counts
assessments and, to choose, finds the few signals of the best candidate
assessments. The outcome of each signal is put together when asked for.
"""

from __future__ import annotations

import enum
import functools
import heapq
import itertools
import operator
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

import attrs

from wijkanalyse.analyse import Oordeel, Signaal, Wijkanalyse
from wijkanalyse.beoordeling import Beleidstoets
from wijkanalyse.criteria import redenen
from wijkanalyse.criteria.onderbouwing import Onderbouwing, onderbouwing
from wijkanalyse.criteria.score import Score
from wijkanalyse.criteria.tabel import Tabel, tabel
from wijkanalyse.criteria.weging import Selectieregels, Weging
from wijkanalyse.model import Participatiemodel

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

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

    Build it with `select`. The per-signal outcomes are put together when
    first asked for.

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
    _indices: tuple[int, ...] = attrs.field(alias="indices", repr=False)
    _gekozen: tuple[int, ...] = attrs.field(alias="gekozen", repr=False)
    _ranks: tuple[int, ...] = attrs.field(alias="ranks", repr=False)
    _tabel: Tabel = attrs.field(alias="tabel", repr=False, eq=False)

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
        signalen = self.analyse.signalen
        ids = list(map(_ID, signalen))
        ranks = list(map(self._rank, self._indices))
        order = sorted(range(len(signalen)), key=ids.__getitem__)
        order.sort(key=ranks.__getitem__)
        return tuple(map(self._uitslag, order))

    @functools.cached_property
    def speerpunten(self) -> tuple[Uitslag, ...]:
        """The signals taken up, in the order they were chosen."""
        return tuple(map(self._uitslag, self._gekozen))

    def speerpunten_van(self, domein: str) -> tuple[Uitslag, ...]:
        """The speerpunten of one domain, in the order chosen."""
        return tuple(u for u in self.speerpunten if u.domein == domein)

    def uitslag(self, signaal_id: str) -> Uitslag:
        """The outcome for the signal with this id.

        Raises:
            KeyError: When there is no such signal.
        """
        return self._uitslag(self._position[signaal_id])

    @property
    def lacunes(self) -> tuple[Lacune, ...]:
        """Signals whose services fall short, by domain and rank."""
        order = {d.nummer: i for i, d in enumerate(self.model.domeinen)}
        lacunes = [
            Lacune(
                signaal, self._domein(signaal), oordeel, signaal.aanbod.nodig
            )
            for signaal in self.analyse.signalen
            if (oordeel := signaal.aanbod.oordeel) in _LACUNE
        ]
        lacunes.sort(
            key=lambda lacune: (
                order.get(lacune.domein, len(order)),
                self._rank_of(lacune.signaal),
                lacune.signaal.id,
            )
        )
        return tuple(lacunes)

    @property
    def beleidsleemtes(self) -> tuple[Uitslag, ...]:
        """Signals the municipality's policy lacks, by rank."""
        uitslagen = [
            self._uitslag(position)
            for position, signaal in enumerate(self.analyse.signalen)
            if signaal.beoordeling.beleid is Beleidstoets.ONTBREEKT
        ]
        uitslagen.sort(key=lambda u: (u.rang, u.signaal.id))
        return tuple(uitslagen)

    def _domein(self, signaal: Signaal) -> str:
        return self._domain_of.get(signaal.thema, "")

    def _rank_of(self, signaal: Signaal) -> int:
        return self._rank(signaal.beoordeling.index)

    def _rank(self, index: int) -> int:
        """The rank of the signals with assessment *index*."""
        return self._ranks[self._tabel.rank_class[index]]

    def _uitslag(self, position: int) -> Uitslag:
        signaal = self.analyse.signalen[position]
        index = self._indices[position]
        score = self._tabel.scores[index]
        domein = self._domein(signaal)
        level = onderbouwing(signaal.bronnen)
        if position in self._chosen:
            opname = (
                Opname.KENNISONTWIKKELING
                if level in _ZWAK
                else Opname.SPEERPUNT
            )
            reden = redenen.opgenomen(
                opname, score, level, self._tabel.forced[index], self.regels
            )
        else:
            opname = Opname.NIET
            reden = self._afwijzing(index, domein)
        return Uitslag(
            signaal,
            domein,
            self._rank(index),
            score,
            level,
            opname,
            reden,
        )

    def _afwijzing(self, index: int, domein: str) -> str:
        """Why a signal of assessment *index* in *domein* was left out.

        A signal that is no candidate is left out for its assessment, a
        candidate for lack of room; either sentence is made once.
        """
        if self._tabel.priority_class[index] is not None:
            reden = self._geen_plaats.get(domein)
            if reden is None:
                reden = self._geen_plaats[domein] = self._vol(domein)
            return reden
        reden = self._geen_kandidaat.get(index)
        if reden is None:
            score = self._tabel.scores[index]
            reden = self._geen_kandidaat[index] = (
                redenen.onvolledig(score, self.regels)
                if score.dekking < self.regels.min_dekking
                else redenen.onder_drempel(score, self.regels)
            )
        return reden

    def _vol(self, domein: str) -> str:
        if self._per_domain[domein] >= self.regels.max_per_domein:
            return redenen.domein_vol(domein, self.regels)
        return redenen.totaal_vol(self.regels)

    @functools.cached_property
    def _geen_kandidaat(self) -> dict[int, str]:
        return {}

    @functools.cached_property
    def _geen_plaats(self) -> dict[str, str]:
        return {}

    @functools.cached_property
    def _domain_of(self) -> dict[str, str]:
        return _domains(self.model)

    @functools.cached_property
    def _position(self) -> dict[str, int]:
        return {s.id: i for i, s in enumerate(self.analyse.signalen)}

    @functools.cached_property
    def _chosen(self) -> frozenset[int]:
        return frozenset(self._gekozen)

    @functools.cached_property
    def _per_domain(self) -> Counter[str]:
        return Counter(u.domein for u in self.speerpunten)


def select(
    analyse: Wijkanalyse,
    model: Participatiemodel,
    weging: Weging | None = None,
    regels: Selectieregels | None = None,
) -> Selectie:
    """Weigh every signal of *analyse* and choose the speerpunten.

    Args:
        analyse: A valid analysis.
        model: Its participatiemodel (gives each signal its domain).
        weging: Weights per criterion; equal when omitted.
        regels: The selection rules; the defaults when omitted.
    """
    weging = weging or Weging()
    regels = regels or Selectieregels()
    table = tabel(weging, regels)
    indices = tuple(map(_INDEX, analyse.signalen))
    counts = Counter(indices)
    return Selectie(
        analyse=analyse,
        model=model,
        weging=weging,
        regels=regels,
        indices=indices,
        gekozen=_Keuze(analyse, indices, counts, table, model).choose(),
        ranks=_ranks(counts, table),
        tabel=table,
    )


_INDEX = operator.attrgetter("beoordeling.index")
_ID = operator.attrgetter("id")
_THEMA = operator.attrgetter("thema")


def _domains(model: Participatiemodel) -> dict[str, str]:
    """The number of the domain of every theme of *model*."""
    return {
        v.sleutel: d.nummer
        for d in model.domeinen
        for v in d.participatievormen
    }


def _ranks(counts: Counter[int], table: Tabel) -> tuple[int, ...]:
    """The competition rank of every rank class.

    A rank is 1 + the number of signals in better classes, so signals of
    one class share it (1, 1, 3, ...).
    """
    rank_class = table.rank_class
    per_class = [0] * (max(rank_class) + 1)
    for index, count in counts.items():
        per_class[rank_class[index]] += count
    ranks = []
    better = 0
    for count in per_class:
        ranks.append(better + 1)
        better += count
    return tuple(ranks)


_Item = tuple[int | None, str, int]
"""A candidate signal: its priority class, its id and its position."""


@attrs.define
class _Keuze:
    """Choosing the speerpunten from the counts per assessment.

    Candidates are ordered by priority (forced first, then score and
    coverage) and then id; each domain keeps its best `max_per_domein`,
    and the best `max_speerpunten` of those are chosen — the same as
    taking candidates greedily in order while skipping full domains.

    Two ways lead to that choice. Usually the best few priority classes
    hold enough signals: only their signals are looked at, and when enough
    are left after each domain's maximum (or every domain is full) the
    choice is final, as every other candidate has a lower priority.
    Otherwise the candidates are counted per domain and assessment, and
    each domain's own best are fetched.
    """

    analyse: Wijkanalyse
    indices: tuple[int, ...]
    counts: Counter[int]
    table: Tabel
    model: Participatiemodel

    @functools.cached_property
    def domain_of(self) -> dict[str, str]:
        """The number of the domain of every theme of the model."""
        return _domains(self.model)

    def choose(self) -> tuple[int, ...]:
        """The positions of the chosen signals, in the order chosen."""
        regels = self.table.regels
        if regels.max_speerpunten == 0 or regels.max_per_domein == 0:
            return ()
        per_domain = self._from_best_classes()
        chosen = self._take(per_domain)
        if len(chosen) == regels.max_speerpunten or self._all_full(per_domain):
            return chosen
        return self._take(self._each_domains_best())

    def _from_best_classes(self) -> dict[str, list[_Item]]:
        """The signals of the best classes that hold enough, per domain."""
        wanted: set[int] = set()
        found = 0
        for group in self.table.candidates:
            present = [index for index in group if index in self.counts]
            wanted.update(present)
            found += sum(self.counts[index] for index in present)
            if found >= self.table.regels.max_speerpunten:
                break
        per_domain: dict[str, list[_Item]] = defaultdict(list)
        for position in _positions(self.indices, wanted):
            signaal = self.analyse.signalen[position]
            per_domain[self.domain_of.get(signaal.thema, "")].append(
                self._item(position)
            )
        return per_domain

    def _each_domains_best(self) -> dict[str, list[_Item]]:
        """Each domain's best candidates, from counts per assessment."""
        numbers = [*(d.nummer for d in self.model.domeinen), ""]
        width = len(numbers)
        code = {
            thema: numbers.index(nummer)
            for thema, nummer in self.domain_of.items()
        }
        codes = map(
            code.get,
            map(_THEMA, self.analyse.signalen),
            itertools.repeat(width - 1),
        )
        keys = list(
            map(
                operator.add,
                map(operator.mul, self.indices, itertools.repeat(width)),
                codes,
            )
        )
        candidate = [p is not None for p in self.table.priority_class]
        per_key = Counter(
            itertools.compress(keys, map(candidate.__getitem__, self.indices))
        )
        wanted: set[int] = set()
        for offset in range(width):
            taken = 0
            for group in self.table.candidates:
                for index in group:
                    key = index * width + offset
                    if key in per_key:
                        wanted.add(key)
                        taken += per_key[key]
                if taken >= self.table.regels.max_per_domein:
                    break
        per_domain: dict[str, list[_Item]] = defaultdict(list)
        for position in _positions(keys, wanted):
            per_domain[numbers[keys[position] % width]].append(
                self._item(position)
            )
        return per_domain

    def _item(self, position: int) -> _Item:
        return (
            self.table.priority_class[self.indices[position]],
            self.analyse.signalen[position].id,
            position,
        )

    def _take(self, per_domain: dict[str, list[_Item]]) -> tuple[int, ...]:
        """The best of each domain, then the best of those overall."""
        regels = self.table.regels
        best = [
            item
            for items in per_domain.values()
            for item in heapq.nsmallest(regels.max_per_domein, items)
        ]
        best.sort()
        return tuple(position for *_, position in best)[
            : regels.max_speerpunten
        ]

    def _all_full(self, per_domain: dict[str, list[_Item]]) -> bool:
        """Whether every domain a signal can lie in has its maximum."""
        limit = self.table.regels.max_per_domein
        return all(
            len(per_domain.get(d.nummer, ())) >= limit
            for d in self.model.domeinen
        ) and set(self.domain_of).issuperset(
            map(_THEMA, self.analyse.signalen)
        )


def _positions(keys: Sequence[int], wanted: set[int]) -> Iterable[int]:
    """The positions of the *keys* that are in *wanted*."""
    return itertools.compress(
        itertools.count(), map(wanted.__contains__, keys)
    )
