"""Scoring and selecting 10^4, 10^5 and 10^6 signals: seconds per million.

Run: ``python benchmarks/bench_criteria.py``. Prints, per size, the best of
several runs (more for smaller sizes) of `wijkanalyse.criteria.select`
(scores, ranking and the choice of speerpunten), the cost per million
signals, its ratio to a bare single-pass loop over the same objects, and
the cost of putting together every signal's outcome with its reason.
Linear cost shows as a flat "s per million" column. Not a test: nothing
is asserted about time.

Two costs fall outside `select` and are printed on their own: the tables
for a weighing, made once per process and weighing, and the assessment
index that every `Beoordeling` works out when it is made.
"""

from __future__ import annotations

import datetime as dt
import heapq
import random
import time

from wijkanalyse import (
    Beleidstoets,
    Beoordeling,
    Bron,
    BronSoort,
    Mate,
    Signaal,
    Wijk,
    Wijkanalyse,
    load_model,
)
from wijkanalyse.beoordeling import kolom
from wijkanalyse.criteria import Selectieregels, Weging, select
from wijkanalyse.criteria.score import alle_scores
from wijkanalyse.criteria.tabel import tabel

MODEL = load_model()
THEMES = [v.sleutel for v in MODEL.themas]


def _maybe(rng: random.Random, values: list[object]) -> object:
    return None if rng.random() < 0.15 else rng.choice(values)


def make_analysis(size: int, seed: int = 1) -> Wijkanalyse:
    """An analysis with *size* signals of random assessment and sources."""
    rng = random.Random(seed)  # noqa: S311 (reproducible test data)
    mates = list(Mate)
    toetsen = list(Beleidstoets)
    kinds = list(BronSoort)
    signals = []
    for index in range(size):
        beoordeling = Beoordeling(
            urgentie=_maybe(rng, mates),
            belang=_maybe(rng, mates),
            toekomstgericht=_maybe(rng, mates),
            haalbaar=_maybe(rng, mates),
            wmo_proof=_maybe(rng, mates),
            beleid=_maybe(rng, toetsen),
        )
        bronnen = tuple(
            Bron(soort=rng.choice(kinds)) for _ in range(rng.randint(0, 3))
        )
        signals.append(
            Signaal(
                id=f"S{index:07d}",
                thema=rng.choice(THEMES),
                tekst="x",
                bronnen=bronnen,
                beoordeling=beoordeling,
            )
        )
    return Wijkanalyse(
        wijk=Wijk(naam="bench"),
        datum=dt.date(2026, 1, 1),
        signalen=tuple(signals),
    )


def bare(analyse: Wijkanalyse) -> list[tuple[float, str]]:
    """The bare arithmetic: read six criteria, weighted mean, top ten.

    The reference for what a single pass in plain Python costs here; it
    does no ranking, coverage, domains or reasons.
    """
    best: list[tuple[float, str]] = []
    for signaal in analyse.signalen:
        b = signaal.beoordeling
        total = count = 0.0
        for mate in (
            b.urgentie,
            b.belang,
            b.toekomstgericht,
            b.haalbaar,
            b.wmo_proof,
        ):
            if mate is not None:
                total += mate / 3
                count += 1
        if b.beleid is Beleidstoets.PAST or b.beleid is Beleidstoets.ONTBREEKT:
            total += 1
            count += 1
        if count:
            item = (total / count, signaal.id)
            if len(best) < 10:
                heapq.heappush(best, item)
            elif item > best[0]:
                heapq.heapreplace(best, item)
    return best


def best_of(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def tables_once() -> float:
    """Seconds to make the tables for the default weighing from nothing."""
    for cached in (kolom, alle_scores, tabel):
        cached.cache_clear()
    start = time.perf_counter()
    tabel(Weging(), Selectieregels())
    return time.perf_counter() - start


def index_per_million(analyse: Wijkanalyse) -> float:
    """Seconds per million to work out the index of an assessment again."""
    beoordelingen = [s.beoordeling for s in analyse.signalen]

    def work() -> None:
        for beoordeling in beoordelingen:
            beoordeling.__attrs_post_init__()

    return best_of(3, work) * 10**6 / len(beoordelingen)


def main() -> None:
    print(
        f"{'signalen':>10}  {'kaal s':>8}  {'select s':>9}  {'s/miljoen':>9}  "
        f"{'x kaal':>6}  {'+uitslagen s':>12}  {'s/miljoen':>9}"
    )
    for size in (10**4, 10**5, 10**6):
        analyse = make_analysis(size)
        runs = max(3, 10**6 // size)
        reference = best_of(runs, lambda a=analyse: bare(a))
        seconds = best_of(runs, lambda a=analyse: select(a, MODEL))
        full = best_of(1, lambda a=analyse: select(a, MODEL).uitslagen)
        print(
            f"{size:>10}  {reference:>8.3f}  {seconds:>9.3f}  "
            f"{seconds * 10**6 / size:>9.3f}  {seconds / reference:>6.2f}  "
            f"{full:>12.3f}  {full * 10**6 / size:>9.3f}"
        )
    print(f"tabellen voor een weging, eenmalig: {tables_once():.3f} s")
    print(
        "index van een beoordeling, bij het maken: "
        f"{index_per_million(analyse):.3f} s/miljoen"
    )


if __name__ == "__main__":
    main()
