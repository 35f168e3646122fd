"""The format-neutral verslag: structure, wording, cleaning and budgets."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given, settings

from verslagdata import MODEL, SIGNALEN, analyse
from wijkanalyse.criteria import Opname, Selectieregels, Weging, select
from wijkanalyse.errors import Severity
from wijkanalyse.testing import analyses
from wijkanalyse.verslag import (
    Alinea,
    Opsomming,
    Sectie,
    Tabel,
    Verslag,
    build_verslag,
    overschrijdingen,
    schat_paginas,
    taal,
)


@pytest.fixture(scope="module")
def verslag() -> Verslag:
    """The report of the test analysis."""
    return build_verslag(analyse(), MODEL)


def alle_tekst(sectie: Sectie) -> str:
    """Every text under *sectie*, paragraphs and list items joined."""
    delen: list[str] = []
    for blok in sectie.inhoud:
        if isinstance(blok, Alinea):
            delen.append(blok.tekst)
        elif isinstance(blok, Opsomming):
            delen.extend(item.tekst for item in blok.items)
        elif isinstance(blok, Tabel):
            delen.extend(" ".join(rij) for rij in blok.rijen)
        elif isinstance(blok, Sectie):
            delen.append(alle_tekst(blok))
    return "\n".join(delen)


def test_top_level_follows_appendix_2(verslag):
    """Introduction, criteria, I–III, IV and the appendix, in that order."""
    koppen = [b.kop for b in verslag.inhoud if isinstance(b, Sectie)]
    assert koppen == [
        "Inleiding",
        "Criteria",
        "I Privédomein",
        "II Domein van werk, sociale zekerheid en voorzieningen",
        "III Domein van het sociale leven",
        "IV Samenvatting en conclusies",
        "Bijlage: alle signalen en hun weging",
    ]


def test_title_block_names_wijk_authors_with_role_and_dutch_date(verslag):
    """The title block gives wijk, every author with role, and the date."""
    gegevens = dict(verslag.titelblok.gegevens)
    assert gegevens["Wijk"] == "De Duinrand (CBS-code WK123401)"
    assert gegevens["Auteurs"] == (
        "Fatima Bakker (opbouwwerker, Welzijn Kust); "
        "Jan de Wit (buurtconciërge)"
    )
    assert gegevens["Datum"] == "3 december 2026"


def test_every_theme_has_a_heading_under_its_domain(verslag):
    """Each domain holds one level-2 section per theme, then its synthesis."""
    for domein in MODEL.domeinen:
        sectie = verslag.sectie(domein.titel)
        koppen = [b.kop for b in sectie.inhoud if isinstance(b, Sectie)]
        namen = [v.naam for v in domein.participatievormen]
        assert koppen == [
            *namen,
            f"Samenvattende analyse domein {domein.nummer}",
        ]
        assert all(
            b.niveau == 2 for b in sectie.inhoud if isinstance(b, Sectie)
        )


def test_domain_budgets_follow_the_instrument(verslag):
    """Domains I and II get one page, III two."""
    budgets = {s.kop.split()[0]: s.budget for s in verslag.inhoud[3:6]}
    assert budgets == {"I": 1.0, "II": 1.0, "III": 2.0}


def test_signal_paragraph_names_its_sources_and_services(verslag):
    """A signal's text comes with its id, sources, services and questions."""
    tekst = alle_tekst(verslag.sectie("Mantelzorg"))
    assert "Mantelzorgers in de Meeuwenflat raken overbelast." in tekst
    assert (
        "Dit probleem (S001) komt naar voren uit een bewonersbijeenkomst "
        "(Avond in buurthuis De Schelp) en cijfers (Wijkmonitor 2025)."
    ) in tekst
    assert "Dat aanbod is maar deels toereikend: er is een lacune." in tekst
    assert "Mogelijke oplossing: Een spreekuur in de wijk." in tekst
    assert "Nog uit te zoeken: Hoeveel mantelzorgers zijn er?" in tekst
    assert "Deze vraag (S004)" in tekst


def test_signal_kind_and_positive_signal_read_naturally(verslag):
    """A positive signal is called one; a kans or vraag by its kind."""
    assert "Dit positieve signaal (S003)" in alle_tekst(
        verslag.sectie("Sport")
    )


def test_theme_without_signals_says_so(verslag):
    """A theme without any signal says none were recorded."""
    assert alle_tekst(verslag.sectie("Huishouding")) == (
        "Bij dit thema zijn geen signalen opgetekend."
    )


def test_kennisleemte_is_named_as_one(verslag):
    """A theme listed as kennisleemte is reported as a kennisleemte."""
    assert alle_tekst(verslag.sectie("Cultuur")).startswith("Kennisleemte.")


def test_signal_on_another_theme_is_pointed_to(verslag):
    """A theme a signal also concerns refers to that signal."""
    tekst = alle_tekst(verslag.sectie("Sociale netwerken"))
    assert "signaal S001 bij Mantelzorg raakt dit thema wel" in tekst
    assert "geen signalen opgetekend" not in tekst


def test_author_synthesis_is_used_paragraph_by_paragraph(verslag):
    """The author's synthesis stands as written, split at blank lines."""
    sectie = verslag.sectie("Samenvattende analyse domein I")
    assert [b.tekst for b in sectie.inhoud] == [
        "Mantelzorg is de rode draad.",
        "Tweede alinea.",
    ]


def test_missing_synthesis_is_generated_and_labelled(verslag):
    """Without a synthesis, a labelled summary of the strongest signals."""
    sectie = verslag.sectie("Samenvattende analyse domein II")
    label = sectie.inhoud[0]
    assert isinstance(label, Alinea)
    assert label.toelichting
    assert "automatisch samengesteld uit de weging" in label.tekst
    assert "Gezinnen lopen achter met de huur." in alle_tekst(sectie)


def test_speerpunten_come_with_their_reason(verslag):
    """Each speerpunt is listed under its domain with the weighing's reason."""
    selectie = select(analyse(), MODEL)
    sectie = verslag.sectie("Speerpunten")
    tekst = alle_tekst(sectie)
    for uitslag in selectie.speerpunten:
        assert uitslag.signaal.id in tekst
        assert uitslag.reden in tekst


def test_knowledge_development_is_a_speerpunt_of_its_own(verslag):
    """Weakly substantiated choices and kennisleemtes get their own part."""
    tekst = alle_tekst(verslag.sectie("Kennisontwikkeling als speerpunt"))
    assert "(S002)" in tekst
    assert "Cultuur (domein III)" in tekst


def test_no_knowledge_part_when_nothing_applies():
    """Without weak speerpunten or kennisleemtes there is no such part."""
    sterk = tuple(s for s in SIGNALEN if s.id in {"S001", "S004"})
    verslag = build_verslag(analyse(signalen=sterk, kennisleemtes=()), MODEL)
    with pytest.raises(KeyError):
        verslag.sectie("Kennisontwikkeling als speerpunt")


def test_lacunes_come_with_possible_solutions(verslag):
    """Each lacune is listed with its solution, or says none was named."""
    tekst = alle_tekst(
        verslag.sectie("Geconstateerde lacunes en mogelijke oplossingen")
    )
    assert "Mogelijke oplossing: Een spreekuur in de wijk." in tekst
    assert "(S002)" in tekst
    assert "Een oplossing is nog niet genoemd." in tekst
    assert "Leemtes in het beleid" not in tekst


def test_aanbevelingen_are_numbered_sentences(verslag):
    """The recommendations form a numbered list of full sentences."""
    lijst = verslag.sectie("Aanbevelingen").inhoud[0]
    assert isinstance(lijst, Opsomming)
    assert lijst.genummerd
    assert [i.tekst for i in lijst.items] == [
        "Open een spreekuur.",
        "Zoek jonge mantelzorgers op.",
    ]


def test_appendix_has_one_row_per_signal_on_landscape_pages(verslag):
    """The appendix table has a row per signal and is landscape."""
    bijlage = verslag.sectie("Bijlage: alle signalen en hun weging")
    assert bijlage.liggend
    tabel = bijlage.inhoud[-1]
    assert isinstance(tabel, Tabel)
    assert sorted(r[1].split(":")[0] for r in tabel.rijen) == [
        "S001",
        "S002",
        "S003",
        "S004",
    ]
    rij = next(r for r in tabel.rijen if r[1].startswith("S002"))
    assert rij[3:9] == ("3", "2", "–", "–", "–", "–")
    assert rij[9] == "0,83\n2/6"
    assert rij[10] == "zwak"


def test_weighing_is_described_and_used():
    """A given weging changes the report's explanation and selection."""
    weging = Weging(urgentie=2)
    regels = Selectieregels(max_speerpunten=1)
    verslag = build_verslag(analyse(), MODEL, weging, regels)
    tekst = alle_tekst(verslag.sectie("Criteria"))
    assert "de gewichten zijn urgentie 2, belang 1," in tekst
    assert "in totaal hoogstens één" in tekst
    speerpunten = alle_tekst(verslag.sectie("Speerpunten"))
    assert speerpunten.count("(S0") == 1


def test_illegal_characters_are_removed_and_reported_by_place():
    """Control characters are dropped; the warning names id and field only."""
    geheim = "Geheim\x0b adres"
    signaal = attrs.evolve(
        SIGNALEN[0],
        aanbod=attrs.evolve(SIGNALEN[0].aanbod, bestaand=geheim),
    )
    verslag = build_verslag(analyse(signalen=(signaal, *SIGNALEN[1:])), MODEL)
    assert [p.where for p in verslag.problemen] == [
        "signaal S001, aanbod.bestaand"
    ]
    problem = verslag.problemen[0]
    assert problem.severity is Severity.WAARSCHUWING
    assert "Geheim" not in problem.message
    assert "Geheim adres" in alle_tekst(verslag.sectie("Mantelzorg"))


def test_budget_estimate_warns_only_when_over():
    """A short domain stays within budget; a long one is warned about."""
    kort = build_verslag(analyse(), MODEL)
    assert overschrijdingen(kort) == ()
    lang = tuple(
        attrs.evolve(SIGNALEN[0], id=f"L{i}", tekst="Een lange zin. " * 60)
        for i in range(6)
    )
    verslag = build_verslag(analyse(signalen=lang), MODEL)
    problems = overschrijdingen(verslag)
    assert [p.where for p in problems] == [
        "verslag, hoofdstuk 'I Privédomein'"
    ]
    assert schat_paginas(verslag.sectie("I Privédomein")) > 2
    assert "Er is niets ingekort" in problems[0].message


def test_custom_model_numbers_the_closing_chapter_after_its_domains():
    """A model with two domains closes with chapter III."""
    model = attrs.evolve(MODEL, domeinen=MODEL.domeinen[:2])
    signalen = tuple(s for s in SIGNALEN if s.thema != "sport")
    verslag = build_verslag(
        analyse(signalen=signalen, kennisleemtes=()), model
    )
    assert "III Samenvatting en conclusies" in [
        s.kop for s in verslag.secties()
    ]


@settings(max_examples=40, deadline=None)
@given(analyses())
def test_any_valid_analysis_gives_a_report(generated):
    """build_verslag accepts every analysis the strategies make."""
    verslag = build_verslag(generated, MODEL)
    uitslagen = select(generated, MODEL).uitslagen
    laatste = verslag.sectie("Bijlage: alle signalen en hun weging").inhoud[-1]
    if uitslagen:
        assert isinstance(laatste, Tabel)
        assert len(laatste.rijen) == len(uitslagen)
    else:
        assert isinstance(laatste, Alinea)
    tekst = alle_tekst(verslag.sectie("Speerpunten"))
    for uitslag in uitslagen:
        if uitslag.opname is not Opname.NIET:
            assert f"({uitslag.signaal.id})" in tekst
    koppen = {s.kop for s in verslag.secties() if s.niveau == 2}
    assert {v.naam for v in MODEL.themas} <= koppen


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.date(2026, 12, 3), "3 december 2026"),
        (dt.date(2025, 3, 1), "1 maart 2025"),
    ],
)
def test_dates_are_dutch(value, expected):
    """Dates read as day, month name and year."""
    assert taal.datum(value) == expected


def test_numbers_use_a_decimal_comma():
    """Numbers get a decimal comma; whole numbers stay whole."""
    assert taal.getal(0.5) == "0,5"
    assert taal.getal(2.0) == "2"
    assert taal.score(0.8) == "0,80"


def test_lists_and_counts_read_as_dutch():
    """Lists join with 'en', counts agree with their noun."""
    assert taal.opsomming(["a", "b", "c"]) == "a, b en c"
    assert taal.aantal(0, "lacune", "lacunes") == "geen lacunes"
    assert taal.aantal(1, "lacune", "lacunes") == "één lacune"
    assert taal.aantal(3, "lacune", "lacunes") == "drie lacunes"
    assert taal.aantal(27, "signaal", "signalen") == "27 signalen"
    assert taal.romeins(4) == "IV"


def test_sentences_end_with_a_full_stop_once():
    """A full stop is added only where a sentence lacks one."""
    assert taal.zin("Klaar") == "Klaar."
    assert taal.zin("Klaar?") == "Klaar?"
    assert taal.zin('Hij zei "ja."') == 'Hij zei "ja."'
    assert taal.zin("Lijst:") == "Lijst."


def test_first_sentence_skips_abbreviations():
    """The first sentence ends at a full stop that is not an abbreviation."""
    assert taal.eerste_zin("Zij helpen o.a. De Buren. Meer.") == (
        "Zij helpen o.a. De Buren."
    )
    assert taal.eerste_zin("Eén zin zonder punt") == "Eén zin zonder punt"
