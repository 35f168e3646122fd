"""The filled instrument: immutability, normalisation, validation."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from wijkanalyse import (
    Auteur,
    Bron,
    BronSoort,
    Rol,
    Signaal,
    Synthese,
    Wijk,
    Wijkanalyse,
    load_model,
)
from wijkanalyse.analyse import vrij_id
from wijkanalyse.errors import ValidationError
from wijkanalyse.testing import analyses, signalen, texts
from wijkanalyse.validatie import check, validate

MODEL = load_model()


def _analyse(*signals: Signaal, **changes: object) -> Wijkanalyse:
    base = Wijkanalyse(
        wijk=Wijk(naam="De Vlinderhof"),
        auteurs=(Auteur(naam="A. de Vries"),),
        datum=dt.date(2026, 10, 1),
        signalen=signals,
    )
    return attrs.evolve(base, **changes)


def _signaal(signaal_id: str = "S001", **changes: object) -> Signaal:
    base = Signaal(
        id=signaal_id,
        thema="huishouding",
        tekst="Veel huishoudens kampen met vochtige woningen.",
        bronnen=(Bron(soort=BronSoort.CIJFERS, omschrijving="Wijkmonitor"),),
    )
    return attrs.evolve(base, **changes)


def test_texts_are_normalised_on_construction():
    """Windows line endings become newlines and outer space goes."""
    signaal = _signaal(tekst="  eerste regel\r\ntweede regel\r ")
    assert signaal.tekst == "eerste regel\ntweede regel"


@given(analyses())
def test_analyses_are_immutable(analyse):
    """No field of an analysis or its parts can be assigned."""
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        analyse.conclusies = "anders"
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        analyse.wijk.naam = "anders"
    if analyse.signalen:
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            analyse.signalen[0].beoordeling.urgentie = None
    assert isinstance(analyse.signalen, tuple)


@given(analyses())
def test_generated_analyses_are_valid(analyse):
    """Every analysis the shared strategy builds passes validation."""
    assert validate(analyse, MODEL) == ()


@given(signalen(), texts())
def test_normalisation_is_idempotent(signaal, text):
    """Normalising an already normalised text changes nothing."""
    once = attrs.evolve(signaal, tekst=text)
    assert attrs.evolve(once, tekst=once.tekst) == once


def test_valid_analysis_has_no_problems():
    """A small complete analysis passes without errors or warnings."""
    assert validate(_analyse(_signaal()), MODEL) == ()


def test_validation_names_signal_and_field_for_every_problem():
    """All problems come at once, each with signal position, id and field."""
    analyse = _analyse(
        _signaal("S001", thema="onbekend-thema"),
        _signaal("S001", tekst=" "),
        _signaal("S003", andere_themas=("sport", "sport")),
        _signaal("fout id!"),
        wijk=Wijk(naam="X", code="WK12"),
        kennisleemtes=("huishouding", "bestaat-niet"),
        synthese=(Synthese(domein="IV", tekst="x"),),
    )
    problems = {p.where: p for p in validate(analyse, MODEL)}
    assert "onbekend-thema" in problems["$.signalen[0] (S001).thema"].message
    assert problems["$.signalen[0] (S001).id"].is_error
    assert problems["$.signalen[1] (S001).id"].is_error
    assert problems["$.signalen[1] (S001).tekst"].is_error
    assert not problems["$.signalen[2] (S003).andere_themas[1]"].is_error
    assert problems["$.signalen[3].id"].is_error
    assert problems["$.wijk.code"].is_error
    assert not problems["$.kennisleemtes[0]"].is_error  # has signals: warns
    assert problems["$.kennisleemtes[1]"].is_error
    assert problems["$.synthese[0].domein"].is_error


def test_missing_sources_and_authors_warn():
    """No bronnen and no authors are warnings, not errors."""
    analyse = _analyse(_signaal(bronnen=()), auteurs=())
    problems = validate(analyse, MODEL)
    assert problems
    assert not any(p.is_error for p in problems)


def test_role_other_needs_a_description():
    """An author with role 'anders' and no functie gets a warning."""
    analyse = _analyse(auteurs=(Auteur(naam="B", rol=Rol.ANDERS),))
    (problem,) = validate(analyse, MODEL)
    assert problem.where == "$.auteurs[0].functie"


@pytest.mark.parametrize("code", ["WK054601", "BU05460101", None, ""])
def test_well_formed_cbs_codes_pass(code):
    """WK with six digits, BU with eight, or no code at all is accepted."""
    assert validate(_analyse(wijk=Wijk(naam="X", code=code)), MODEL) == ()


@pytest.mark.parametrize(
    "code", ["WK5460", "GM0546", "bu05460101", "WK0546011"]
)
def test_malformed_cbs_codes_fail(code):
    """Any other code is an error on the wijk's code field."""
    (problem,) = validate(_analyse(wijk=Wijk(naam="X", code=code)), MODEL)
    assert problem.where == "$.wijk.code"


def test_control_characters_are_reported_without_the_text():
    """A text no Office file can hold is an error naming only the field."""
    geheim = "Mevrouw Jansen\x07 op nummer 12"
    analyse = _analyse(_signaal(tekst=geheim))
    (problem,) = validate(analyse, MODEL, "a.json")
    assert problem.where == "a.json, $.signalen[0].tekst"
    assert "Jansen" not in str(problem)


def test_analysis_against_another_model_is_an_error():
    """Checking against a model other than the one named is an error."""
    kader = load_model("kader-2010")
    problems = validate(_analyse(), kader)
    assert [p.where for p in problems] == ["$.model"]


def test_check_raises_with_all_problems():
    """check() raises one ValidationError that carries every problem."""
    analyse = _analyse(_signaal(thema="x"), _signaal(thema="y"))
    with pytest.raises(ValidationError) as info:
        check(analyse, MODEL, "a.json")
    assert len(info.value.errors) == 4  # two themes, both duplicate ids
    assert "a.json" in str(info.value)


@given(st.sets(st.from_regex(r"S[0-9]{3}", fullmatch=True)))
def test_fresh_ids_are_free(taken):
    """vrij_id never returns an id already in use."""
    assert vrij_id(taken) not in taken
