"""Weighing: scores, onderbouwing, selection and the weging file."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wijkanalyse import (
    AanbodAnalyse,
    Beleidstoets,
    Beoordeling,
    Bron,
    BronSoort,
    Criterium,
    Mate,
    Oordeel,
    Signaal,
    ValidationError,
    Wijk,
    Wijkanalyse,
    load_model,
)
from wijkanalyse.criteria import (
    Onderbouwing,
    Opname,
    Selectieregels,
    Weging,
    onderbouwing,
    parse_instellingen,
    score,
    select,
)
from wijkanalyse.testing import (
    analyses,
    beoordelingen,
    bronnen,
    selectieregels,
    wegingen,
)

MODEL = load_model()
B = BronSoort


def _bronnen(*soorten: BronSoort) -> tuple[Bron, ...]:
    return tuple(Bron(soort=s, omschrijving="x") for s in soorten)


@pytest.mark.parametrize(
    ("soorten", "level"),
    [
        ((), Onderbouwing.GEEN),
        ((B.OBSERVATIE,), Onderbouwing.ZWAK),
        ((B.OBSERVATIE, B.EIGEN_RAPPORTAGE, B.ANDERS), Onderbouwing.ZWAK),
        ((B.CIJFERS,), Onderbouwing.REDELIJK),
        ((B.BEWONERSBIJEENKOMST, B.OBSERVATIE), Onderbouwing.REDELIJK),
        ((B.EIGEN_RAPPORTAGE, B.BEWONERSBIJEENKOMST), Onderbouwing.STERK),
        ((B.GEMEENTE, B.BIJEENKOMST_PARTNERS), Onderbouwing.STERK),
        ((B.GEMEENTE, B.ANDERE_ORGANISATIE, B.CIJFERS), Onderbouwing.STERK),
    ],
)
def test_onderbouwing_rules(soorten, level):
    """The documented table: own voice is weak, report plus meeting strong."""
    assert onderbouwing(_bronnen(*soorten)) is level


@given(st.lists(bronnen()), bronnen())
def test_more_sources_never_weaken(sources, extra):
    """Adding a source never lowers the onderbouwing."""
    assert onderbouwing([*sources, extra]) >= onderbouwing(sources)


def test_score_is_mean_of_assessed_criteria():
    """Unassessed criteria are left out, not counted as zero."""
    result = score(Beoordeling(urgentie=Mate.STERK, belang=Mate.ENIGSZINS))
    assert result.waarde == pytest.approx(2 / 3)
    assert result.dekking == 2


def test_policy_fit_and_policy_gap_both_meet_the_criterion():
    """Fitting policy and lacking in it both count; unknown does not."""
    past = score(Beoordeling(beleid=Beleidstoets.PAST))
    ontbreekt = score(Beoordeling(beleid=Beleidstoets.ONTBREEKT))
    onbekend = score(Beoordeling(beleid=Beleidstoets.ONBEKEND))
    assert past == ontbreekt
    assert past.waarde == 1
    assert onbekend.waarde is None
    assert onbekend.dekking == 0


def test_nothing_assessed_has_no_score():
    """An empty assessment has no score rather than score zero."""
    assert score(Beoordeling()).waarde is None


def test_weights_shift_the_score():
    """A heavier criterion pulls the score towards its value."""
    beoordeling = Beoordeling(urgentie=Mate.STERK, belang=Mate.NIET)
    assert score(beoordeling).waarde == pytest.approx(0.5)
    assert score(beoordeling, Weging(urgentie=3)).waarde == pytest.approx(0.75)


def _signaal(
    signaal_id: str, thema: str = "huishouding", **kwargs: object
) -> Signaal:
    kwargs.setdefault("bronnen", _bronnen(B.CIJFERS, B.BEWONERSBIJEENKOMST))
    return Signaal(id=signaal_id, thema=thema, tekst="t", **kwargs)  # type: ignore[arg-type]


def _analyse(*signals: Signaal) -> Wijkanalyse:
    return Wijkanalyse(
        wijk=Wijk(naam="W"), datum=dt.date(2026, 1, 1), signalen=signals
    )


FULL = Beoordeling(
    urgentie=Mate.DUIDELIJK,
    belang=Mate.DUIDELIJK,
    toekomstgericht=Mate.DUIDELIJK,
    haalbaar=Mate.DUIDELIJK,
    wmo_proof=Mate.DUIDELIJK,
)


def test_urgent_but_weak_becomes_knowledge_speerpunt():
    """Urgent with only the author's own observation: kennisontwikkeling."""
    urgent = Beoordeling(urgentie=Mate.STERK)
    selectie = select(
        _analyse(
            _signaal("S1", beoordeling=urgent, bronnen=_bronnen(B.OBSERVATIE))
        ),
        MODEL,
    )
    uitslag = selectie.uitslag("S1")
    assert uitslag.opname is Opname.KENNISONTWIKKELING
    assert "kennisontwikkeling" in uitslag.reden
    assert "zwak" in uitslag.reden


def test_well_substantiated_high_score_is_content_speerpunt():
    """A complete, high assessment with strong sources is a speerpunt."""
    selectie = select(_analyse(_signaal("S1", beoordeling=FULL)), MODEL)
    uitslag = selectie.uitslag("S1")
    assert uitslag.opname is Opname.SPEERPUNT
    assert uitslag.reden.startswith("Speerpunt")


def test_incomplete_assessment_is_ranked_after_complete_ones():
    """Two criteria at 'sterk' rank below six at 'duidelijk', with a reason."""
    partial = Beoordeling(belang=Mate.STERK, haalbaar=Mate.STERK)
    selectie = select(
        _analyse(
            _signaal("S1", beoordeling=partial),
            _signaal("S2", beoordeling=FULL),
        ),
        MODEL,
    )
    assert selectie.uitslag("S2").rang == 1
    assert selectie.uitslag("S1").rang == 2
    assert selectie.uitslag("S1").opname is Opname.NIET
    assert "minstens 4" in selectie.uitslag("S1").reden


def test_below_threshold_is_explained():
    """A complete but low assessment is left out with its score named."""
    low = attrs.evolve(
        FULL, urgentie=Mate.NIET, belang=Mate.NIET, haalbaar=Mate.NIET
    )
    uitslag = select(_analyse(_signaal("S1", beoordeling=low)), MODEL).uitslag(
        "S1"
    )
    assert uitslag.opname is Opname.NIET
    assert "drempel" in uitslag.reden


def test_domain_limit_is_explained():
    """Past the per-domain maximum, the reason names the domain."""
    signals = [_signaal(f"S{i}", beoordeling=FULL) for i in range(3)]
    regels = Selectieregels(max_per_domein=2)
    selectie = select(_analyse(*signals), MODEL, regels=regels)
    assert [u.signaal.id for u in selectie.speerpunten] == ["S0", "S1"]
    assert "domein I" in selectie.uitslag("S2").reden


def test_lacunes_and_policy_gaps_are_listed():
    """Insufficient services become lacunes; policy gaps are apart."""
    gap = attrs.evolve(FULL, beleid=Beleidstoets.ONTBREEKT)
    signals = (
        _signaal(
            "S1",
            aanbod=AanbodAnalyse(oordeel=Oordeel.ONTBREEKT, nodig="een plan"),
        ),
        _signaal(
            "S2",
            aanbod=AanbodAnalyse(oordeel=Oordeel.TOEREIKEND),
            beoordeling=gap,
        ),
        _signaal("S3", aanbod=AanbodAnalyse(oordeel=Oordeel.DEELS)),
    )
    selectie = select(_analyse(*signals), MODEL)
    assert [(lac.signaal.id, lac.oplossing) for lac in selectie.lacunes] == [
        ("S1", "een plan"),
        ("S3", ""),
    ]
    assert [u.signaal.id for u in selectie.beleidsleemtes] == ["S2"]


def test_doubling_urgency_moves_urgent_signals_up():
    """A weging that doubles urgentie ranks the urgent signal first."""
    urgent = attrs.evolve(FULL, urgentie=Mate.STERK, belang=Mate.ENIGSZINS)
    steady = attrs.evolve(FULL, urgentie=Mate.ENIGSZINS, belang=Mate.STERK)
    analyse = _analyse(
        _signaal("S1", beoordeling=steady), _signaal("S2", beoordeling=urgent)
    )
    regels = Selectieregels(verplicht=())
    equal = select(analyse, MODEL, regels=regels)
    doubled = select(analyse, MODEL, Weging(urgentie=2), regels)
    assert equal.uitslag("S1").rang == equal.uitslag("S2").rang
    assert doubled.uitslag("S2").rang < doubled.uitslag("S1").rang


# Properties -----------------------------------------------------------------


def _outcome(selectie):
    return [
        (u.signaal.id, u.rang, u.score, u.onderbouwing, u.opname, u.reden)
        for u in selectie.uitslagen
    ], [u.signaal.id for u in selectie.speerpunten]


@settings(max_examples=40)
@given(analyses(max_signalen=12), wegingen(), selectieregels(), st.randoms())
def test_input_order_does_not_matter(analyse, weging, regels, random):
    """Shuffling the signals gives the same ranking, choice and reasons."""
    shuffled = list(analyse.signalen)
    random.shuffle(shuffled)
    other = attrs.evolve(analyse, signalen=tuple(shuffled))
    assert _outcome(select(analyse, MODEL, weging, regels)) == _outcome(
        select(other, MODEL, weging, regels)
    )


@given(
    beoordelingen(),
    wegingen(),
    st.sampled_from(
        ["urgentie", "belang", "toekomstgericht", "haalbaar", "wmo_proof"]
    ),
    st.data(),
)
def test_raising_a_criterion_never_lowers_the_score(
    beoordeling, weging, name, data
):
    """A higher value on one assessed criterion never gives a lower score."""
    current = getattr(beoordeling, name)
    if current is None or current is Mate.STERK:
        return
    higher = data.draw(st.sampled_from([m for m in Mate if m > current]))
    before = score(beoordeling, weging).waarde
    after = score(attrs.evolve(beoordeling, **{name: higher}), weging).waarde
    assert (before is None) == (after is None)
    if before is not None:
        assert after >= before


@settings(max_examples=40)
@given(
    analyses(max_signalen=10),
    wegingen(),
    selectieregels(),
    st.integers(1, 1000),
)
def test_scaling_all_weights_changes_nothing(analyse, weging, regels, factor):
    """Multiplying every weight by a positive number keeps the outcome."""
    scaled = Weging(
        **{
            f.name: getattr(weging, f.name) * factor
            for f in attrs.fields(Weging)
        }
    )
    assert _outcome(select(analyse, MODEL, weging, regels)) == _outcome(
        select(analyse, MODEL, scaled, regels)
    )


@settings(max_examples=40)
@given(analyses(max_signalen=14), wegingen(), selectieregels())
def test_limits_always_hold(analyse, weging, regels):
    """Never more speerpunten than allowed overall or per domain."""
    selectie = select(analyse, MODEL, weging, regels)
    chosen = selectie.speerpunten
    assert len(chosen) <= regels.max_speerpunten
    per_domain = Counter(u.domein for u in chosen)
    assert all(n <= regels.max_per_domein for n in per_domain.values())
    assert all(u.opname.opgenomen for u in chosen)
    assert sum(u.opname.opgenomen for u in selectie.uitslagen) == len(chosen)


@settings(max_examples=30)
@given(analyses(max_signalen=10), wegingen(), selectieregels())
def test_selection_is_deterministic(analyse, weging, regels):
    """Weighing the same analysis twice gives the same result."""
    assert _outcome(select(analyse, MODEL, weging, regels)) == _outcome(
        select(analyse, MODEL, weging, regels)
    )


@settings(max_examples=30)
@given(analyses(max_signalen=10))
def test_every_signal_gets_a_reason(analyse):
    """Each signal has exactly one outcome with a Dutch sentence."""
    selectie = select(analyse, MODEL)
    assert sorted(u.signaal.id for u in selectie.uitslagen) == sorted(
        s.id for s in analyse.signalen
    )
    assert all(u.reden.endswith(".") for u in selectie.uitslagen)


# Weging file ----------------------------------------------------------------


def test_weging_file_sets_weights_and_rules():
    """Weights and rules come from the file; the rest keeps defaults."""
    instellingen = parse_instellingen(
        "[gewichten]\nurgentie = 2\n[selectie]\nmax_per_domein = 2\n"
    )
    assert instellingen.weging.urgentie == 2
    assert instellingen.weging.belang == 1
    assert instellingen.regels.max_per_domein == 2
    assert instellingen.regels.max_speerpunten == 10


def test_faulty_weging_lists_every_fault():
    """Negative, unknown, wrong type and bad rule: one Dutch error."""
    text = (
        '[gewichten]\nurgentie = -1\nschoonheid = 2\nbelang = "veel"\n'
        "[selectie]\ndrempel = 2\nmax_speerpunten = 2.5\n"
    )
    with pytest.raises(ValidationError) as info:
        parse_instellingen(text, "w.toml")
    places = sorted(p.where for p in info.value.problems)
    assert places == [
        "w.toml, gewichten.belang",
        "w.toml, gewichten.schoonheid",
        "w.toml, gewichten.urgentie",
        "w.toml, selectie.drempel",
        "w.toml, selectie.max_speerpunten",
    ]
    assert "bevat fouten" in str(info.value)


def test_all_zero_weights_are_refused():
    """A weging in which nothing counts is an error."""
    names = (
        "urgentie",
        "belang",
        "toekomstgericht",
        "haalbaar",
        "wmo-proof",
        "beleid",
    )
    text = "[gewichten]\n" + "".join(f"{n} = 0\n" for n in names)
    with pytest.raises(ValidationError, match="Alle gewichten zijn 0"):
        parse_instellingen(text)


def test_weging_rejects_negative_weight_in_python():
    """Building a Weging with a negative weight is a programming error."""
    with pytest.raises(ValueError, match="urgentie"):
        Weging(urgentie=-1)


def test_forcing_rules_become_a_tuple():
    """Forcing rules given as lists are kept as a hashable tuple."""
    regels = Selectieregels(verplicht=[[Criterium.BELANG, Mate.DUIDELIJK]])
    assert regels.verplicht == ((Criterium.BELANG, Mate.DUIDELIJK),)
    assert hash(regels) == hash(
        Selectieregels(verplicht=((Criterium.BELANG, Mate.DUIDELIJK),))
    )


@pytest.mark.parametrize(
    "rule",
    [
        (Criterium.BELEID, Mate.STERK),
        (Criterium.URGENTIE, 3),
        ("urgentie", Mate.STERK),
        (Criterium.URGENTIE,),
    ],
)
def test_forcing_rule_needs_an_ordinal_criterion_and_a_level(rule):
    """Only an ordinal criterion with a level can force a signal in."""
    with pytest.raises(ValueError, match="ordinal Criterium and a Mate"):
        Selectieregels(verplicht=[rule])
