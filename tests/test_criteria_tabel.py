"""Assessment indices and the per-assessment tables behind `select`.

`select` works per assessment instead of per signal; these tests hold it to
plain, signal-by-signal reference versions of the same rules.
"""

from __future__ import annotations

import copy
import datetime as dt
import pickle
from collections import Counter
from fractions import Fraction

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wijkanalyse import (
    Beleidstoets,
    Beoordeling,
    Criterium,
    Mate,
    Signaal,
    Wijk,
    Wijkanalyse,
    load_model,
    voorbeeld,
)
from wijkanalyse.beoordeling import AANTAL_BEOORDELINGEN, kolom
from wijkanalyse.criteria import (
    Selectieregels,
    Weging,
    redenen,
    score,
    select,
)
from wijkanalyse.testing import beoordelingen, selectieregels, wegingen

MODEL = load_model()


def test_every_assessment_has_its_own_index():
    """The columns list each of the 12,500 assessments once, at its index."""
    rows = list(zip(*(kolom(c) for c in Criterium), strict=True))
    assert len(rows) == AANTAL_BEOORDELINGEN == len(set(rows))
    for index in (0, 1, 4, 5, 777, AANTAL_BEOORDELINGEN - 1):
        assert Beoordeling(*rows[index]).index == index


@given(beoordelingen())
def test_index_gives_the_assessment_back(beoordeling):
    """Reading the columns at an assessment's index gives it back."""
    values = {c.veld: kolom(c)[beoordeling.index] for c in Criterium}
    assert Beoordeling(**values) == beoordeling


@given(beoordelingen(), beoordelingen())
def test_equal_assessments_share_an_index(one, other):
    """Indices are equal exactly when the assessments are."""
    assert (one.index == other.index) == (one == other)


def test_values_are_stored_as_members():
    """Plain values of a scale are taken and stored as its members."""
    beoordeling = Beoordeling(urgentie=3, beleid="ontbreekt in beleid")
    assert beoordeling.urgentie is Mate.STERK
    assert beoordeling.beleid is Beleidstoets.ONTBREEKT
    assert beoordeling == Beoordeling(
        urgentie=Mate.STERK, beleid=Beleidstoets.ONTBREEKT
    )


@pytest.mark.parametrize(
    "values",
    [
        {"urgentie": "hoog"},
        {"belang": 7},
        {"haalbaar": True},
        {"wmo_proof": 2.0},
        {"beleid": Mate.STERK},
        {"beleid": "past"},
    ],
)
def test_a_value_off_the_scale_is_refused(values):
    """A value off the scale is refused, naming what is allowed, not it."""
    with pytest.raises(ValueError, match="or None; this") as raised:
        Beoordeling(**values)
    assert repr(next(iter(values.values()))) not in str(raised.value)


def _exact_score(
    beoordeling: Beoordeling, weging: Weging
) -> tuple[Fraction | None, int]:
    """The weighted mean as an exact fraction, criterion by criterion."""
    total = weight = Fraction(0)
    count = 0
    for criterium in Criterium:
        w = Fraction(weging.gewicht(criterium))
        value = getattr(beoordeling, criterium.veld)
        if criterium.is_ordinal and value is not None:
            total += w * value / Mate.hoogste()
        elif value in (Beleidstoets.PAST, Beleidstoets.ONTBREEKT):
            total += w
        else:
            continue
        weight += w
        count += 1
    return (total / weight if weight else None), count


@given(beoordelingen(), wegingen())
def test_table_score_is_the_weighted_mean(beoordeling, weging):
    """The score looked up is the exact weighted mean, rounded once."""
    expected, dekking = _exact_score(beoordeling, weging)
    result = score(beoordeling, weging)
    assert result.dekking == dekking
    assert result.waarde == (None if expected is None else float(expected))


def test_equal_scores_from_different_criteria_share_a_rank():
    """Two assessments worth 5/6 each rank equal, whatever adds up to it."""
    one = Beoordeling(*[Mate.DUIDELIJK] * 2, Mate.STERK, Mate.STERK)
    one = attrs.evolve(one, wmo_proof=Mate.DUIDELIJK, beleid=Beleidstoets.PAST)
    other = Beoordeling(
        urgentie=Mate.DUIDELIJK,
        belang=Mate.DUIDELIJK,
        toekomstgericht=Mate.STERK,
        haalbaar=Mate.DUIDELIJK,
        wmo_proof=Mate.STERK,
        beleid=Beleidstoets.ONTBREEKT,
    )
    assert score(one).waarde == score(other).waarde
    analyse = Wijkanalyse(
        wijk=Wijk(naam="W"),
        datum=dt.date(2026, 1, 1),
        signalen=(
            Signaal(id="A", thema="opvoeding", tekst="t", beoordeling=one),
            Signaal(id="B", thema="sport", tekst="t", beoordeling=other),
        ),
    )
    selectie = select(analyse, MODEL)
    assert selectie.uitslag("A").rang == selectie.uitslag("B").rang == 1


# A reference selection -----------------------------------------------------


def _domain(signaal: Signaal) -> str:
    for domein in MODEL.domeinen:
        if any(v.sleutel == signaal.thema for v in domein.participatievormen):
            return domein.nummer
    return ""


def _forced(beoordeling: Beoordeling, regels: Selectieregels) -> bool:
    return any(
        (mate := beoordeling.mate(c)) is not None and mate >= level
        for c, level in regels.verplicht
    )


def _reference(
    analyse: Wijkanalyse, weging: Weging, regels: Selectieregels
) -> tuple[list[str], dict[str, int], dict[str, str]]:
    """Chosen ids in order, every rank and why the others are left out."""
    keys = {}
    candidates = []
    reasons = {}
    for signaal in analyse.signalen:
        result = score(signaal.beoordeling, weging)
        waarde = result.waarde
        incomplete = result.dekking < regels.min_dekking or waarde is None
        keys[signaal.id] = (incomplete, -(waarde or 0.0))
        forced = _forced(signaal.beoordeling, regels)
        if forced or (not incomplete and waarde >= regels.drempel):
            priority = (not forced, -(waarde or 0.0), -result.dekking)
            candidates.append((priority, signaal.id, _domain(signaal)))
        elif result.dekking < regels.min_dekking:
            reasons[signaal.id] = redenen.onvolledig(result, regels)
        else:
            reasons[signaal.id] = redenen.onder_drempel(result, regels)
    chosen: list[str] = []
    taken: Counter[str] = Counter()
    for _, signaal_id, domein in sorted(candidates):
        if len(chosen) < regels.max_speerpunten and (
            taken[domein] < regels.max_per_domein
        ):
            chosen.append(signaal_id)
            taken[domein] += 1
    for _, signaal_id, domein in candidates:
        if signaal_id not in chosen:
            reasons[signaal_id] = (
                redenen.domein_vol(domein, regels)
                if taken[domein] >= regels.max_per_domein
                else redenen.totaal_vol(regels)
            )
    ranks = {
        sid: 1 + sum(other < key for other in keys.values())
        for sid, key in keys.items()
    }
    return chosen, ranks, reasons


# Few themes in few domains and few distinct assessments, so that priority
# groups hold many signals and domains fill up.
THEMES = [
    "huishouding",
    "opvoeding",
    "opleiding",
    "betaald-werk",
    "recreatie",
    "ontmoeting",
]
OUTSIDE = "buiten-het-model"


@st.composite
def crowded_analyses(draw: st.DrawFn) -> Wijkanalyse:
    """Up to 40 signals sharing at most four assessments and three themes.

    Themes may leave domains empty, and one lies outside the model.
    """
    pool = draw(st.lists(beoordelingen(), min_size=1, max_size=4))
    themes = draw(
        st.lists(
            st.sampled_from([*THEMES, OUTSIDE]),
            min_size=1,
            max_size=3,
            unique=True,
        )
    )
    size = draw(st.integers(0, 40))
    signalen = tuple(
        Signaal(
            id=f"S{draw(st.integers(0, 10**6)):07d}-{i}",
            thema=draw(st.sampled_from(themes)),
            tekst="t",
            beoordeling=draw(st.sampled_from(pool)),
        )
        for i in range(size)
    )
    return Wijkanalyse(
        wijk=Wijk(naam="W"), datum=dt.date(2026, 1, 1), signalen=signalen
    )


def test_themes_of_the_crowded_analyses_span_domains():
    """The themes used above lie in every domain of the model."""
    domains = {_domain(Signaal(id="x", thema=t, tekst="t")) for t in THEMES}
    assert domains == {d.nummer for d in MODEL.domeinen}
    assert _domain(Signaal(id="x", thema=OUTSIDE, tekst="t")) == ""


@settings(max_examples=150)
@given(crowded_analyses(), wegingen(), selectieregels())
def test_selection_equals_the_signal_by_signal_rules(analyse, weging, regels):
    """Choice, order, ranks and reasons match the plain greedy rules."""
    selectie = select(analyse, MODEL, weging, regels)
    chosen, ranks, reasons = _reference(analyse, weging, regels)
    assert [u.signaal.id for u in selectie.speerpunten] == chosen
    assert {u.signaal.id: u.rang for u in selectie.uitslagen} == ranks
    assert {
        u.signaal.id: u.reden
        for u in selectie.uitslagen
        if not u.opname.opgenomen
    } == reasons


def test_full_domains_make_the_search_look_further():
    """When the best group fills one domain, the next groups are used."""
    best = Beoordeling(*[Mate.STERK] * 5, Beleidstoets.PAST)
    good = attrs.evolve(best, haalbaar=Mate.DUIDELIJK)
    fair = attrs.evolve(good, belang=Mate.DUIDELIJK)
    signalen = [
        Signaal(id=f"A{i}", thema="huishouding", tekst="t", beoordeling=best)
        for i in range(6)
    ]
    signalen.append(
        Signaal(id="B", thema="opleiding", tekst="t", beoordeling=fair)
    )
    signalen.append(
        Signaal(id="C", thema="recreatie", tekst="t", beoordeling=good)
    )
    analyse = Wijkanalyse(
        wijk=Wijk(naam="W"),
        datum=dt.date(2026, 1, 1),
        signalen=tuple(signalen),
    )
    regels = Selectieregels(max_speerpunten=4, max_per_domein=2)
    selectie = select(analyse, MODEL, regels=regels)
    assert [u.signaal.id for u in selectie.speerpunten] == [
        "A0",
        "A1",
        "C",
        "B",
    ]


@given(beoordelingen())
def test_copies_keep_the_index(beoordeling):
    """Pickled and copied assessments work their index out again."""
    for copy_of in (
        pickle.loads(pickle.dumps(beoordeling)),  # noqa: S301 (own bytes)
        copy.copy(beoordeling),
        copy.deepcopy(beoordeling),
    ):
        assert copy_of == beoordeling
        assert copy_of.index == beoordeling.index


def test_index_is_not_a_field():
    """The six criteria are the fields; the index is derived from them."""
    beoordeling = Beoordeling(urgentie=Mate.STERK)
    assert [f.name for f in attrs.fields(Beoordeling)] == [
        c.veld for c in Criterium
    ]
    assert Beoordeling(**attrs.asdict(beoordeling)) == beoordeling


def test_a_pickled_selection_shares_the_kept_table():
    """Unpickling a selection finds its table again instead of a copy."""
    selectie = select(voorbeeld(), MODEL)
    again = pickle.loads(pickle.dumps(selectie))  # noqa: S301 (own bytes)
    assert again == selectie
    assert again.uitslagen == selectie.uitslagen
    assert again._tabel is selectie._tabel
