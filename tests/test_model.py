"""The participatiemodel: shipped models and models users write."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given

from wijkanalyse import ValidationError, available_models, load_model
from wijkanalyse.errors import FileError
from wijkanalyse.model import check_model, parse_model
from wijkanalyse.testing import participatiemodellen

PILOT = {
    "I": [
        "Huishouding",
        "Opvoeding",
        "Zorg voor gezondheid",
        "Contacten in de privésfeer",
        "Mantelzorg",
        "Zorg voor directe leefomgeving",
        "Persoonlijke ontwikkeling",
    ],
    "II": [
        "Opleiding (+her-, om- en bijscholing)",
        "Betaald werk",
        "Gebruik uitkeringen",
        "Gebruik voorzieningen",
        "Budgettering",
    ],
    "III": [
        "Recreatie",
        "Ontmoeting",
        "Activering",
        "Vrijwilligerswerk",
        "Belangenbehartiging",
        "Sociale netwerken",
        "Sport",
        "Cultuur",
        "Leefomgeving/wonen",
    ],
}

KADER = {
    "I": [
        "Huishouding",
        "Opvoeding",
        "Zorg voor gezondheid",
        "Administratie",
        "Contacten in privésfeer",
        "Mantelzorg",
        "Zorg voor milieu",
    ],
    "II": [
        "Opleiding (+her-, om- en bijscholing)",
        "Betaald werk",
        "Gebruik uitkeringen",
        "Gebruik voorzieningen",
    ],
    "III": [
        "Recreatie",
        "Welzijnswerk",
        "Vrijwilligerswerk",
        "Politiek",
        "Sociale netwerken",
        "Sport",
        "Cultuur",
    ],
}


def _themes(name: str) -> dict[str, list[str]]:
    model = load_model(name)
    return {
        d.nummer: [v.naam for v in d.participatievormen]
        for d in model.domeinen
    }


def test_both_models_ship():
    """The pilot schema and the chapter 2 frame are available by name."""
    assert set(available_models()) >= {"pilot-2010", "kader-2010"}


def test_pilot_model_matches_the_fill_in_schema():
    """pilot-2010 has the 7 + 5 + 9 themes of the instrument's appendix 1."""
    assert _themes("pilot-2010") == PILOT


def test_kader_model_matches_chapter_two():
    """kader-2010 has the 7 + 4 + 7 themes of the instrument's frame."""
    assert _themes("kader-2010") == KADER


def test_default_model_is_the_pilot():
    """Loading without a name gives the pilot schema."""
    assert load_model().naam == "pilot-2010"


def test_domains_carry_their_zelfredzaamheid():
    """Each domain names the kind of zelfredzaamheid it serves."""
    model = load_model()
    assert [d.zelfredzaamheid for d in model.domeinen] == [
        "Zorgzelfredzaamheid",
        "Financiële en fysieke zelfredzaamheid",
        "Sociale zelfredzaamheid",
    ]


def test_theme_lookup_gives_domain():
    """A theme key leads to its theme and its domain."""
    model = load_model()
    assert model.thema("budgettering").naam == "Budgettering"
    assert model.domein_van("budgettering").nummer == "II"
    assert not model.heeft_thema("administratie")


def test_own_model_loads_from_toml(tmp_path):
    """A user's TOML file with the documented shape loads as a model."""
    path = tmp_path / "eigen.toml"
    path.write_text(
        'naam = "eigen"\nversie = "1"\nomschrijving = "Voor de huisartsen."\n'
        '[[domeinen]]\nnummer = "I"\nnaam = "Gezondheid"\n'
        'kort = "Gezondheid"\n'
        'zelfredzaamheid = "Zorgzelfredzaamheid"\nkern = "Zorg"\n'
        "participatievormen = [\n"
        '  { sleutel = "leefstijl", naam = "Leefstijl" },\n]\n',
        encoding="utf-8",
    )
    model = load_model(path)
    assert model.naam == "eigen"
    assert [v.sleutel for v in model.themas] == ["leefstijl"]


FAULTY = """\
naam = "fout"
versie = "1"
omschrijving = "Vier fouten."
[[domeinen]]
nummer = "I"
naam = "Een"
kort = "Een"
zelfredzaamheid = "x"
kern = "x"
kleur = "rood"
participatievormen = [
  { sleutel = "wonen", naam = "Wonen" },
  { sleutel = "wonen", naam = "Nog eens wonen" },
]
[[domeinen]]
nummer = "II"
naam = "Twee"
kort = "Twee"
zelfredzaamheid = "x"
kern = "x"
participatievormen = []
[[domeinen]]
nummer = "III"
naam = 3
kort = "Drie"
zelfredzaamheid = "x"
kern = "x"
participatievormen = [{ sleutel = "sport", naam = "Sport" }]
"""


def test_faulty_model_reports_every_fault_at_once():
    """Unknown field, wrong type, duplicate key and empty domain: one error."""
    with pytest.raises(ValidationError) as info:
        parse_model(FAULTY, source="fout.toml")
    messages = {p.where: p.message for p in info.value.problems}
    assert "kleur" in messages["fout.toml, $.domeinen[0]"]
    assert "tekst" in messages["fout.toml, $.domeinen[2].naam"]
    duplicate = "fout.toml, $.domeinen[0].participatievormen[1].sleutel"
    assert "wonen" in messages[duplicate]
    assert "geen participatievormen" in messages["fout.toml, $.domeinen[1]"]
    assert len(info.value.errors) == 4


def test_model_that_is_not_toml_is_refused():
    """Broken TOML gives a located Dutch problem, not a traceback."""
    with pytest.raises(ValidationError, match="geen geldige TOML"):
        parse_model("naam = ", source="kapot.toml")


def test_missing_model_file_is_a_file_error(tmp_path):
    """A model name that is neither shipped nor a file says what to do."""
    with pytest.raises(FileError, match="wijkanalyse modellen"):
        load_model(tmp_path / "bestaat-niet.toml")


@given(participatiemodellen())
def test_generated_models_are_valid(model):
    """Every model the shared strategy builds passes the model check."""
    assert check_model(model, "x") == []


@given(participatiemodellen())
def test_models_are_immutable(model):
    """Models cannot be changed in place."""
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        model.naam = "anders"  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        model.domeinen[0].naam = "anders"  # type: ignore[misc]
