"""The empty invulschema: sheets, columns, dropdowns, protection, printing."""

from __future__ import annotations

import itertools

import attrs
import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from invulhulp import PRIVE, SOCIAAL, WERK, kolom, leeg_schema, themarij
from wijkanalyse.analyse import Wijk
from wijkanalyse.beoordeling import Criterium, Mate
from wijkanalyse.exporters.invulschema import XlsxExporter, layout
from wijkanalyse.model import (
    Domein,
    Participatiemodel,
    Participatievorm,
    load_model,
)

INSTRUMENT = [
    "Thema / participatievorm",
    "Signaal",
    "Bron",
    "Bestaand aanbod",
    "Vragen",
    "Methoden",
]


@pytest.fixture(scope="module")
def workbook(tmp_path_factory):
    """The empty form for the wijk Oost, opened as a person's Excel would."""
    path = leeg_schema(tmp_path_factory.mktemp("schema"))
    return openpyxl.load_workbook(path)


def _validation(sheet, cell):
    for validation in sheet.data_validations.dataValidation:
        if cell in validation.sqref:
            return validation
    raise LookupError(cell)


def _lijst(workbook, formula):
    sheet_part, cells = formula.split("!")
    sheet = workbook[sheet_part.strip("'")]
    return [c.value for row in sheet[cells.replace("$", "")] for c in row]


def test_sheets_are_voorblad_domains_samenvatting_and_hidden_lists(workbook):
    """One sheet per domain, titled by number and short name, lists hidden."""
    assert workbook.sheetnames == [
        layout.VOORBLAD,
        PRIVE,
        WERK,
        SOCIAAL,
        layout.SAMENVATTING,
        layout.LIJSTEN,
    ]
    assert workbook[layout.LIJSTEN].sheet_state == "hidden"
    assert workbook.security.lockStructure


def test_columns_follow_the_instrument_then_the_structured_ones(workbook):
    """The instrument's columns in its order, then the structured ones."""
    sheet = workbook[PRIVE]
    headers = [c.value for c in sheet[layout.KOPRIJ]]
    assert headers[:6] == INSTRUMENT
    assert headers[6:12] == [
        "Soort signaal",
        "Positief",
        "Ook bij thema's",
        "Soort bron",
        "Oordeel aanbod",
        "Wat is nodig",
    ]
    assert headers[12:18] == [
        c.label[0].upper() + c.label[1:] for c in Criterium
    ]
    assert headers[18] == "Id"


def test_every_theme_is_a_locked_row_with_empty_rows_under_it(workbook):
    """Themes in model order, each followed by open rows to fill in."""
    sheet = workbook[PRIVE]
    domein = load_model().domein("I")
    rows = [themarij(sheet, v.naam) for v in domein.participatievormen]
    assert rows == sorted(rows)
    gaps = {b - a for a, b in itertools.pairwise(rows)}
    assert gaps == {layout.RESERVE_LEEG + 1}
    theme = sheet.cell(rows[0], 1)
    assert theme.protection.locked
    assert sheet.cell(rows[0], 2).protection.locked
    invoer = sheet.cell(rows[0] + 1, 2)
    assert not invoer.protection.locked
    assert invoer.alignment.wrap_text
    assert not sheet.row_dimensions[rows[0] + 1].protection.locked
    assert sheet.cell(layout.KOPRIJ, 2).protection.locked


def test_sheets_are_protected_without_password_but_rows_can_change(workbook):
    """Protection keeps headers; inserting and deleting rows stays allowed."""
    for title in (layout.VOORBLAD, PRIVE, WERK, SOCIAAL, layout.SAMENVATTING):
        protection = workbook[title].protection
        assert protection.sheet
        assert not protection.password
        assert not protection.insertRows
        assert not protection.deleteRows
        assert not protection.formatRows


def test_criteria_have_dropdowns_that_reject_other_values(workbook):
    """Each criterion cell offers the scale, refuses other input, explains."""
    sheet = workbook[WERK]
    row = themarij(sheet, "Betaald werk") + 1
    validation = _validation(sheet, f"{kolom('urgentie')}{row}")
    assert validation.type == "list"
    assert validation.showErrorMessage
    assert validation.errorStyle == "stop"
    assert validation.showInputMessage
    assert "urgentie" in validation.prompt.lower()
    assert _lijst(workbook, validation.formula1) == [m.label for m in Mate]
    beleid = _validation(sheet, f"{kolom('beleid')}{row}")
    assert _lijst(workbook, beleid.formula1) == [
        "past in beleid",
        "ontbreekt in beleid",
        "onbekend",
    ]


def test_theme_column_offers_the_domains_themes(workbook):
    """The theme column's dropdown holds this domain's themes only."""
    sheet = workbook[SOCIAAL]
    validation = _validation(sheet, f"A{layout.KOPRIJ + 2}")
    themes = [v.naam for v in load_model().domein("III").participatievormen]
    assert _lijst(workbook, validation.formula1) == themes


def test_headers_frozen_widths_set_and_printable(workbook):
    """Frozen headers, fitted widths, landscape A4 two pages across, titles."""
    sheet = workbook[PRIVE]
    assert sheet.freeze_panes == f"B{layout.KOPRIJ + 1}"
    for number, item in enumerate(layout.KOLOMMEN, start=1):
        width = sheet.column_dimensions[get_column_letter(number)].width
        assert width == item.breedte
    setup = sheet.page_setup
    assert setup.orientation == "landscape"
    assert (setup.fitToWidth, setup.fitToHeight) == (2, 0)
    assert setup.pageOrder == "overThenDown"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == f"$1:${layout.KOPRIJ}"
    assert sheet.print_title_cols == "$A:$B"


def test_voorblad_explains_columns_criteria_and_scale(workbook):
    """The voorblad holds wijk, model and an explanation of all criteria."""
    sheet = workbook[layout.VOORBLAD]
    texts = " ".join(
        str(c.value) for row in sheet.iter_rows() for c in row if c.value
    )
    assert "Oost" in texts
    assert "pilot-2010" in texts
    for criterium in Criterium:
        assert criterium.uitleg[1:] in texts
    for mate in Mate:
        assert mate.label in texts
    assert sheet["B6"].number_format == "DD-MM-YYYY"


def test_own_model_with_awkward_names_gets_valid_unique_sheet_titles(tmp_path):
    """Titles drop characters Excel forbids and stay short; names stay text."""
    vorm = Participatievorm(sleutel="a", naam="=Gevaar [1]")
    domeinen = tuple(
        Domein(
            nummer=nummer,
            naam="Werk/inkomen: *alles*",
            kort="Werk/inkomen: *alles* en nog veel meer dan dat",
            zelfredzaamheid="",
            kern="",
            participatievormen=(
                Participatievorm(sleutel=f"t{nummer.lower()}", naam="Thema"),
            ),
        )
        for nummer in ("I", "II")
    )
    model = Participatiemodel(
        naam="eigen",
        versie="1",
        omschrijving="",
        domeinen=(
            attrs.evolve(domeinen[0], participatievormen=(vorm,)),
            domeinen[1],
        ),
    )
    path = tmp_path / "eigen.xlsx"

    XlsxExporter().write_empty(path, model, Wijk(naam="Oost"))

    titles = openpyxl.load_workbook(path).sheetnames
    assert titles[1:3] == [
        "I Werk inkomen alles en nog vee",
        "II Werk inkomen alles en nog ve",
    ]
    assert openpyxl.load_workbook(path)[titles[1]]["A5"].value == "=Gevaar [1]"
