"""Reading forms filled in the way people fill them in."""

from __future__ import annotations

import datetime as dt
import time

import openpyxl
import pytest

from invulhulp import (
    PRIVE,
    SOCIAAL,
    WERK,
    kolom,
    leeg_schema,
    met_formule_uitkomst,
    themarij,
    vandaag,
    vul_kop,
)
from wijkanalyse import documents, meldingen, voorbeeld
from wijkanalyse.analyse import Bron, BronSoort, Oordeel, Rol, SignaalSoort
from wijkanalyse.beoordeling import Beleidstoets, Beoordeling, Mate
from wijkanalyse.errors import ValidationError
from wijkanalyse.exporters.invulschema import XlsxExporter, layout
from wijkanalyse.model import load_model

EXPORTER = XlsxExporter()
B, C, J, OOK = (
    kolom("tekst"),
    kolom("bron"),
    kolom("bronsoort"),
    kolom("ook_bij"),
)
M = kolom("urgentie")


def _open(path):
    return openpyxl.load_workbook(path)


def _invulbaar(tmp_path, datum="15-3-2024"):
    """An empty form with the voorblad filled in, opened for filling."""
    path = leeg_schema(tmp_path)
    vul_kop(path, datum=datum)
    return path, _open(path)


def _lees_fout(path):
    with pytest.raises(ValidationError) as info:
        EXPORTER.read(path, None)
    return info.value


def _plaatsen(problems):
    return [p.where for p in problems]


def test_person_with_every_habit_is_read_correctly(tmp_path):
    """Every habit of point 3 at once is read without an error.

    Spaces, Alt+Enter, digits, capitals, inserted and deleted rows, blank
    rows, a misspelt theme and an extra column.
    """
    path, workbook = _invulbaar(tmp_path)
    sheet = workbook[PRIVE]
    r = themarij(sheet, "Huishouding") + 1
    values = {
        "tekst": "  Afval blijft staan\nin de bergingen  ",
        "bron": "Bewonersavond ",
        "bronsoort": "Bewonersbijeenkomst",
        "soort": "Kans",
        "positief": "Ja",
        "oordeel": "Deels Toereikend",
        "urgentie": "2",
        "belang": 3,
        "toekomstgericht": "STERK",
        "haalbaar": " enigszins ",
        "wmo-proof": 0.0,
        "beleid": "Past",
    }
    for veld, value in values.items():
        sheet[f"{kolom(veld)}{r}"] = value
    sheet[f"{C}{r + 2}"] = "Eigen ronde door de flats"  # after a blank row
    sheet[f"{J}{r + 2}"] = "eigen systematische observatie"
    sheet.insert_rows(r + 3)
    sheet[f"{B}{r + 3}"] = 2024  # a number where text is expected
    m = themarij(sheet, "Mantelzorg")
    sheet.delete_rows(m + 1)
    sheet[f"A{m + 1}"] = "mantelzrog"
    sheet[f"{B}{m + 1}"] = "Mantelzorgers raken overbelast"
    sheet[f"{OOK}{m + 1}"] = "Zorg voor gezondheid\n opvoeding "
    sheet["U4"] = "Opmerkingen"
    sheet[f"U{r}"] = "nog bellen"
    workbook.save(path)

    analyse, warnings = EXPORTER.read(path, None)

    eerste, tweede, derde = analyse.signalen
    assert eerste.tekst == "Afval blijft staan\nin de bergingen"
    assert eerste.thema == "huishouding"
    assert (eerste.soort, eerste.positief) == (SignaalSoort.KANS, True)
    assert eerste.bronnen == (
        Bron(
            soort=BronSoort.BEWONERSBIJEENKOMST, omschrijving="Bewonersavond"
        ),
        Bron(
            soort=BronSoort.OBSERVATIE,
            omschrijving="Eigen ronde door de flats",
        ),
    )
    assert eerste.aanbod.oordeel is Oordeel.DEELS
    assert eerste.beoordeling == Beoordeling(
        urgentie=Mate.DUIDELIJK,
        belang=Mate.STERK,
        toekomstgericht=Mate.STERK,
        haalbaar=Mate.ENIGSZINS,
        wmo_proof=Mate.NIET,
        beleid=Beleidstoets.PAST,
    )
    assert (tweede.tekst, tweede.thema) == ("2024", "huishouding")
    assert derde.thema == "mantelzorg"
    assert derde.andere_themas == ("zorg-voor-gezondheid", "opvoeding")
    assert [s.id for s in analyse.signalen] == ["S001", "S002", "S003"]
    assert all(not p.is_error for p in warnings)
    assert f"blad '{PRIVE}', cel A{m + 1}" in _plaatsen(warnings)
    assert f"blad '{PRIVE}', cel U{r}" in _plaatsen(warnings)


def test_several_signals_in_one_cell_are_one_signal_with_a_warning(tmp_path):
    """A list of signals in one cell is kept as one signal and flagged."""
    path, workbook = _invulbaar(tmp_path)
    sheet = workbook[WERK]
    r = themarij(sheet, "Betaald werk") + 1
    sheet[f"{B}{r}"] = "- geen stageplekken\n- weinig banen\n- lange reistijd"
    sheet[f"{C}{r}"] = "Jongerenavond"
    sheet[f"{J}{r}"] = "bewonersbijeenkomst"
    workbook.save(path)

    analyse, warnings = EXPORTER.read(path, None)

    assert len(analyse.signalen) == 1
    assert analyse.signalen[0].tekst.count("\n") == 2
    assert [str(p) for p in warnings] == [
        f"blad '{WERK}', cel {B}{r}: {meldingen.meer_signalen_in_cel()}"
    ]


def test_new_and_copied_rows_get_fresh_ids_after_the_known_signals(tmp_path):
    """A new row and a copied row get unused ids, after the known ones."""
    path = tmp_path / "vb.xlsx"
    documents.save(voorbeeld(), path)
    workbook = _open(path)
    sheet = workbook[PRIVE]
    source = themarij(sheet, "Huishouding") + 1
    target = themarij(sheet, "Opvoeding") - 1  # a reserve row of Huishouding
    for column in range(1, len(layout.KOLOMMEN) + 1):
        sheet.cell(target, column).value = sheet.cell(source, column).value
    sociaal = workbook[SOCIAAL]
    new = themarij(sociaal, "Vrijwilligerswerk") - 1  # a reserve row
    sociaal[f"{B}{new}"] = "Het buurtkoor zoekt een repetitieruimte."
    sociaal[f"{C}{new}"] = "Gesprek met het koor"
    sociaal[f"{J}{new}"] = "anders"
    workbook.save(path)

    analyse, warnings = EXPORTER.read(path, None)

    ids = [s.id for s in analyse.signalen]
    known = [s.id for s in voorbeeld().signalen]
    assert ids == [*known, f"S{len(known) + 1:03d}", f"S{len(known) + 2:03d}"]
    assert analyse.signalen[-2].tekst == voorbeeld().signalen[0].tekst
    assert analyse.signalen[-1].thema == "activering"
    id_cel = f"blad '{PRIVE}', cel {kolom('id')}{target}"
    assert [p.where for p in warnings] == [id_cel]


def test_a_deleted_signals_id_is_not_given_to_a_new_one(tmp_path):
    """After deleting S001's row, a new signal does not take the id S001."""
    path = tmp_path / "vb.xlsx"
    documents.save(voorbeeld(), path)
    workbook = _open(path)
    sheet = workbook[PRIVE]
    r = themarij(sheet, "Huishouding") + 1
    sheet.delete_rows(r, 2)  # the signal and its second source
    sheet[f"{B}{r}"] = "Een nieuw signaal op de vrijgekomen plek."
    sheet[f"{C}{r}"] = "Eigen waarneming"
    sheet[f"{J}{r}"] = "eigen systematische observatie"
    workbook.save(path)

    analyse, _ = EXPORTER.read(path, None)

    ids = [s.id for s in analyse.signalen]
    assert "S001" not in ids
    assert ids[-1] == f"S{len(voorbeeld().signalen) + 1:03d}"


def test_all_problems_are_reported_together_with_sheet_and_cell(tmp_path):
    """Errors on several sheets come together, apart from warnings."""
    path, workbook = _invulbaar(tmp_path, datum="gisteren")
    werk = workbook[WERK]
    w = themarij(werk, "Budgettering") + 1
    werk[f"{B}{w}"] = "Huishoudens komen te laat bij de schuldhulp."
    werk[f"{M}{w}"] = "hoog"
    sociaal = workbook[SOCIAAL]
    s = themarij(sociaal, "Sport") + 1
    sociaal[f"A{s}"] = "Voetbalvereniging"
    sociaal[f"{B}{s}"] = "Het veld is te klein."
    prive = workbook[PRIVE]
    p = themarij(prive, "Opvoeding") + 1
    prive[f"{C}{p}"] = "Bron zonder signaal"
    prive[f"{J}{p}"] = "cijfers"
    samenvatting = workbook[layout.SAMENVATTING]
    samenvatting["C6"] = "losse notitie"
    workbook.save(path)

    error = _lees_fout(path)

    assert [str(e) for e in error.errors] == [
        "blad 'Wijkanalyse', cel B6: " + meldingen.geen_datum(),
        f"blad '{PRIVE}', cel {C}{p}: " + meldingen.bron_zonder_signaal(),
        (
            f"blad '{WERK}', cel {M}{w}: 'hoog' is geen waarde voor "
            "urgentie; kies niet, enigszins, duidelijk of sterk."
        ),
        f"blad '{SOCIAAL}', cel A{s}: "
        + meldingen.thema_onbekend("pilot-2010"),
        f"blad '{layout.SAMENVATTING}', cel C6: " + meldingen.buiten_schema(),
    ]
    assert all(not w.is_error for w in error.warnings)
    assert str(error).startswith(meldingen.analyse_afgekeurd("schema.xlsx"))


def test_messages_never_quote_what_residents_told(tmp_path):
    """Errors in a row full of personal detail name places, never that text."""
    path, workbook = _invulbaar(tmp_path)
    sheet = workbook[PRIVE]
    r = themarij(sheet, "Mantelzorg") + 1
    geheim = "Mevrouw Bakker, Lindelaan 7, zorgt alleen voor haar man"
    sheet[f"{B}{r}"] = geheim
    sheet[f"{C}{r}"] = geheim
    sheet[f"{M}{r}"] = geheim
    sheet[f"{OOK}{r}"] = geheim
    sheet[f"A{r + 1}"] = geheim
    workbook.save(path)

    error = _lees_fout(path)

    assert len(error.errors) >= 3
    for problem in error.problems:
        assert "Bakker" not in str(problem)
    assert "Bakker" not in str(error)


def test_formula_without_cached_value_is_an_error(tmp_path):
    """A formula the file holds no result for is reported at its cell."""
    path, workbook = _invulbaar(tmp_path)
    sheet = workbook[PRIVE]
    r = themarij(sheet, "Opvoeding") + 1
    sheet[f"{B}{r}"] = '="Ouders zoeken " & "contact"'
    workbook.save(path)

    error = _lees_fout(path)

    assert [str(e) for e in error.errors] == [
        f"blad '{PRIVE}', cel {B}{r}: " + meldingen.formule_zonder_uitkomst()
    ]


def test_formula_with_cached_value_is_read_with_a_warning(tmp_path):
    """A formula's cached result is used, and the formula is reported."""
    path, workbook = _invulbaar(tmp_path)
    sheet = workbook[PRIVE]
    r = themarij(sheet, "Opvoeding") + 1
    sheet[f"{B}{r}"] = '="Ouders zoeken " & "contact"'
    sheet[f"{C}{r}"] = "Inloopochtend"
    sheet[f"{J}{r}"] = "eigen rapportage"
    workbook.save(path)
    met_formule_uitkomst(path, PRIVE, f"{B}{r}", "Ouders zoeken contact")

    analyse, warnings = EXPORTER.read(path, None)

    assert analyse.signalen[0].tekst == "Ouders zoeken contact"
    assert [str(w) for w in warnings] == [
        f"blad '{PRIVE}', cel {B}{r}: " + meldingen.formule_gebruikt()
    ]


def test_voorblad_accepts_dates_and_roles_as_typed(tmp_path):
    """A real date or '15 maart 2024', and roles in any capitals, are read."""
    path, workbook = _invulbaar(tmp_path, datum=dt.datetime(2024, 3, 15))  # noqa: DTZ001 (as Excel stores it)
    sheet = workbook[layout.VOORBLAD]
    sheet["B11"] = "HUISARTS"
    sheet["A13"] = " Fatima Yilmaz "
    sheet["D13"] = "Huisartsenpraktijk"
    workbook.save(path)

    analyse, _ = EXPORTER.read(path, None)

    assert analyse.datum == vandaag()
    assert [(a.naam, a.rol) for a in analyse.auteurs] == [
        ("Jan Jansen", Rol.HUISARTS),
        ("Fatima Yilmaz", Rol.OPBOUWWERKER),
    ]

    workbook = _open(path)
    workbook[layout.VOORBLAD]["B6"] = "15 maart 2024"
    workbook.save(path)
    assert EXPORTER.read(path, None)[0].datum == vandaag()


def test_samenvatting_is_read_as_people_fill_it(tmp_path):
    """Domain by number, a misspelt kennisleemte, conclusions over two rows."""
    path, workbook = _invulbaar(tmp_path)
    sheet = workbook[layout.SAMENVATTING]
    rows = {sheet.cell(r, 1).value: r for r in range(1, sheet.max_row + 1)}
    synthese = rows[layout.SECTIES[0].kop] + 2
    sheet[f"A{synthese}"] = "ii"
    sheet[f"B{synthese}"] = "Geldzorgen overheersen."
    leemte = rows["Kennisleemtes"] + 2
    sheet[f"A{leemte}"] = "Cultuurr"
    conclusies = rows["Conclusies"] + 1
    sheet[f"B{conclusies}"] = "Eerste conclusie."
    sheet.insert_rows(conclusies + 1)
    sheet[f"B{conclusies + 1}"] = "Tweede conclusie."
    aanbeveling = rows["Aanbevelingen"] + 3  # shifted by the inserted row
    sheet[f"B{aanbeveling}"] = "Open het buurthuis 's avonds."
    workbook.save(path)

    analyse, warnings = EXPORTER.read(path, None)

    assert analyse.synthese_van("II") == "Geldzorgen overheersen."
    assert analyse.kennisleemtes == ("cultuur",)
    assert analyse.conclusies == "Eerste conclusie.\n\nTweede conclusie."
    assert analyse.aanbevelingen == ("Open het buurthuis 's avonds.",)
    assert [w.where for w in warnings] == [
        f"blad '{layout.SAMENVATTING}', cel A{leemte}"
    ]


def test_row_with_only_an_id_is_dropped_with_a_warning(tmp_path):
    """Clearing a signal but leaving its id removes it, and says so."""
    path = tmp_path / "vb.xlsx"
    documents.save(voorbeeld(), path)
    workbook = _open(path)
    sheet = workbook[WERK]
    r = themarij(sheet, "Budgettering") + 1
    cleared = sheet[f"{kolom('id')}{r}"].value
    rows = [r]
    while (
        sheet.cell(rows[-1] + 1, 3).value
        and not sheet.cell(rows[-1] + 1, 2).value
    ):
        rows.append(rows[-1] + 1)  # the signal's further sources
    for row in rows:
        for column in range(2, len(layout.KOLOMMEN)):
            sheet.cell(row, column).value = None
    workbook.save(path)

    analyse, warnings = EXPORTER.read(path, None)

    assert cleared
    assert cleared not in [s.id for s in analyse.signalen]
    assert [str(w) for w in warnings] == [
        f"blad '{WERK}', cel {kolom('id')}{r}: " + meldingen.alleen_id()
    ]


def test_signal_above_the_first_theme_is_an_error(tmp_path):
    """A row typed between the headers and the first theme has no theme."""
    path, workbook = _invulbaar(tmp_path)
    sheet = workbook[PRIVE]
    first = layout.KOPRIJ + 1
    sheet.insert_rows(first)
    sheet[f"{B}{first}"] = "Zonder thema"
    workbook.save(path)

    error = _lees_fout(path)

    assert [e.where for e in error.errors] == [f"blad '{PRIVE}', cel B{first}"]


def test_missing_sheet_and_renamed_column_are_errors(tmp_path):
    """A removed sheet and a header no longer found are named."""
    path, workbook = _invulbaar(tmp_path)
    del workbook[SOCIAAL]
    workbook[WERK][f"{M}{layout.KOPRIJ}"] = "Dringend"
    workbook.save(path)

    error = _lees_fout(path)

    assert [str(e) for e in error.errors] == [
        f"blad '{WERK}', cel A{layout.KOPRIJ}: "
        + meldingen.kolom_ontbreekt("Urgentie"),
        f"blad '{SOCIAAL}': " + meldingen.blad_ontbreekt(SOCIAAL),
    ]


def test_theme_of_another_domain_is_read_with_a_warning(tmp_path):
    """Typing a theme of domain II on the sheet of domain I still reads it."""
    path, workbook = _invulbaar(tmp_path)
    sheet = workbook[PRIVE]
    r = themarij(sheet, "Opvoeding") + 1
    sheet[f"A{r}"] = "Betaald werk"
    sheet[f"{B}{r}"] = "Ouders vinden geen werk dat past bij schooltijden."
    sheet[f"{C}{r}"] = "Ouderavond"
    sheet[f"{J}{r}"] = "bewonersbijeenkomst"
    workbook.save(path)

    analyse, warnings = EXPORTER.read(path, None)

    assert analyse.signalen[0].thema == "betaald-werk"
    assert [str(w) for w in warnings] == [
        f"blad '{PRIVE}', cel A{r}: "
        + meldingen.thema_ander_domein("Betaald werk", WERK)
    ]


def test_form_read_against_another_model_is_refused_at_the_model_cell(
    tmp_path,
):
    """Reading a pilot form against the kader model points at its model."""
    path = leeg_schema(tmp_path)
    vul_kop(path)

    error = _lees_fout_met(path, load_model("kader-2010"))

    assert "blad 'Wijkanalyse', cel B7" in _plaatsen(error.errors)


def _lees_fout_met(path, model):
    with pytest.raises(ValidationError) as info:
        EXPORTER.read(path, model)
    return info.value


def test_stray_cells_far_away_are_errors_found_quickly(tmp_path):
    """A cell in the last row or far right is named, without a slow scan."""
    path, workbook = _invulbaar(tmp_path)
    sheet = workbook[PRIVE]
    sheet["B1048576"] = "verdwaald"
    sheet["ZZ7"] = "ver weg"
    workbook.save(path)

    start = time.perf_counter()
    error = _lees_fout(path)

    assert time.perf_counter() - start < 5
    assert [str(e) for e in error.errors] == [
        f"blad '{PRIVE}', cel ZZ7: " + meldingen.buiten_schema(),
        f"blad '{PRIVE}', cel B1048576: " + meldingen.buiten_schema(),
    ]
