"""What typed values, theme names and cell contents mean."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wijkanalyse import meldingen
from wijkanalyse.beoordeling import Beleidstoets, Mate
from wijkanalyse.exporters.invulschema import waarden
from wijkanalyse.exporters.invulschema.cellen import (
    Onleesbaar,
    als_datum,
    als_keuze,
    als_tekst,
    bescherm,
    ontsnap,
)
from wijkanalyse.model import load_model
from wijkanalyse.testing import texts


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("sterk", Mate.STERK),
        (" STERK ", Mate.STERK),
        ("Enigszins", Mate.ENIGSZINS),
        ("2", Mate.DUIDELIJK),
        (0, Mate.NIET),
        (3.0, Mate.STERK),
        (None, None),
        ("  ", None),
    ],
)
def test_scale_accepts_words_in_any_capitals_and_digits(typed, expected):
    """The Mate scale reads its words in any capitals, and 0 to 3."""
    assert als_keuze(typed, waarden.MATE, "urgentie") == expected


@pytest.mark.parametrize("typed", ["hoog", 4, 2.5, True])
def test_scale_refuses_anything_else(typed):
    """'hoog', 4, 2.5 and WAAR are no values of the scale."""
    with pytest.raises(Onleesbaar) as info:
        als_keuze(typed, waarden.MATE, "urgentie")
    assert "is geen waarde voor urgentie" in str(info.value)


def test_long_typed_value_is_not_quoted():
    """A sentence in a criterion cell is not repeated in the message."""
    zin = "mevrouw Bakker vindt dit heel dringend"
    with pytest.raises(Onleesbaar) as info:
        als_keuze(zin, waarden.MATE, "urgentie")
    assert str(info.value) == meldingen.geen_waarde_voor(
        None, "urgentie", waarden.MATE.keuzes
    )


def test_policy_test_accepts_its_first_word():
    """'Past' and 'ontbreekt' suffice for toetsing aan beleid."""
    assert waarden.BELEID.lees("Past") is Beleidstoets.PAST
    assert waarden.BELEID.lees("ontbreekt") is Beleidstoets.ONTBREEKT


@pytest.mark.parametrize(
    "typed",
    [
        dt.datetime(2024, 3, 15, 0, 0),  # noqa: DTZ001 (as Excel stores it)
        dt.date(2024, 3, 15),
        "15-03-2024",
        "15-3-2024",
        "15/3/24",
        "2024-03-15",
        "15 maart 2024",
        "15 mrt. 2024",
        45366,
    ],
)
def test_dates_are_read_as_people_type_them(typed):
    """Real dates, Dutch text dates and Excel serials all give the date."""
    assert als_datum(typed) == dt.date(2024, 3, 15)


@pytest.mark.parametrize(
    "typed", ["gisteren", "31-02-2024", 12.5, "15 foo 2024"]
)
def test_unreadable_dates_are_refused(typed):
    """Text that is no date, or no real day, is refused."""
    with pytest.raises(Onleesbaar):
        als_datum(typed)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (2024, "2024"),
        (2.0, "2"),
        (2.5, "2,5"),
        (True, "WAAR"),
        (dt.datetime(2024, 3, 15), "15-03-2024"),  # noqa: DTZ001
        ("  a\r\nb  ", "a\nb"),
    ],
)
def test_cells_as_text_look_as_in_a_dutch_spreadsheet(value, text):
    """Numbers, truth values and dates become the text a person saw."""
    assert als_tekst(value) == text


@given(texts(max_size=80))
def test_excel_escaping_is_undone_by_decoding(text):
    """Decoding what was escaped gives the text back, for any text."""
    assert ontsnap(bescherm(text)) == text


def test_decoding_turns_excel_escapes_into_characters():
    """Excel's _x000D_ and _x005F_ decode to a carriage return and '_'."""
    assert ontsnap("a_x000D_\nb_x005F_x0041_") == "a\r\nb_x0041_"


@pytest.mark.parametrize(
    ("typed", "sleutel", "precies"),
    [
        ("Huishouding", "huishouding", True),
        ("huishouding ", "huishouding", True),
        ("Contacten in de privesfeer", "contacten-privesfeer", True),
        ("zorg-voor-gezondheid", "zorg-voor-gezondheid", True),
        ("Huishoudng", "huishouding", False),
        ("Contacten privesfeer", "contacten-privesfeer", False),
    ],
)
def test_theme_names_match_exactly_or_approximately(typed, sleutel, precies):
    """Names and keys match; spelling slips match approximately."""
    found = waarden.Themawijzer(load_model()).zoek(typed)
    assert found == waarden.Thema(sleutel, precies)


@pytest.mark.parametrize("typed", ["Voetbal", "Mevrouw Bakker", ""])
def test_unrelated_text_matches_no_theme(typed):
    """Text far from every theme name matches none."""
    assert waarden.Themawijzer(load_model()).zoek(typed) is None


@given(st.sampled_from(load_model().themas))
def test_written_theme_label_reads_back_as_its_theme(vorm):
    """What the writer puts for a theme is read as that theme, exactly."""
    wijzer = waarden.Themawijzer(load_model())
    found = wijzer.zoek(wijzer.label(vorm.sleutel))
    assert found == waarden.Thema(vorm.sleutel, precies=True)
