"""Writing the form safely: no formulas, no cut texts, no leaked text."""

from __future__ import annotations

import subprocess
import sys
import zipfile

import attrs
import openpyxl
import pytest

from invulhulp import PRIVE, kolom, leeg_schema, themarij, vul_kop
from wijkanalyse import meldingen, voorbeeld
from wijkanalyse.errors import ValidationError
from wijkanalyse.exporters import Options
from wijkanalyse.exporters.invulschema import XlsxExporter
from wijkanalyse.model import load_model

EXPORTER = XlsxExporter()
OPTIONS = Options(model=load_model())
FORMULES = (
    '=HYPERLINK("http://example.org","klik")',
    "+31 6 12345678",
    "-2",
    "@SUM(A1)",
)


def _met_tekst(tekst=None, bestaand=None):
    analyse = voorbeeld()
    eerste = analyse.signalen[0]
    aanbod = eerste.aanbod
    if bestaand is not None:
        aanbod = attrs.evolve(aanbod, bestaand=bestaand)
    eerste = attrs.evolve(eerste, tekst=tekst or eerste.tekst, aanbod=aanbod)
    return attrs.evolve(analyse, signalen=(eerste, *analyse.signalen[1:]))


def test_texts_like_formulas_are_written_as_text(tmp_path):
    """Text starting with =, +, - or @ is stored as text, quote-prefixed."""
    analyse = voorbeeld()
    signalen = tuple(
        attrs.evolve(s, tekst=FORMULES[i % len(FORMULES)])
        for i, s in enumerate(analyse.signalen)
    )
    analyse = attrs.evolve(analyse, signalen=signalen)
    path = tmp_path / "formules.xlsx"

    EXPORTER.write(analyse, path, OPTIONS)

    with zipfile.ZipFile(path) as archive:
        sheets = [n for n in archive.namelist() if "worksheets/sheet" in n]
        assert not any(b"<f>" in archive.read(n) for n in sheets)
    sheet = openpyxl.load_workbook(path)[PRIVE]
    cell = sheet[f"{kolom('tekst')}{themarij(sheet, 'Huishouding') + 1}"]
    assert (cell.value, cell.data_type) == (FORMULES[0], "s")
    assert cell.quotePrefix
    assert EXPORTER.read(path, None)[0] == analyse


def test_excel_escapes_in_text_survive(tmp_path):
    """A literal '_x0041_' is escaped on writing and comes back unchanged."""
    analyse = _met_tekst(tekst="code _x0041_ en _x005F_")
    path = tmp_path / "escape.xlsx"

    EXPORTER.write(analyse, path, OPTIONS)

    assert EXPORTER.read(path, None)[0] == analyse


def test_text_too_long_for_a_cell_is_refused_with_its_place(tmp_path):
    """Over 32,767 characters: refused by path, no file, text not shown."""
    analyse = _met_tekst(tekst="Lang verhaal van mevrouw Bakker. " * 1100)
    path = tmp_path / "lang.xlsx"

    with pytest.raises(ValidationError) as info:
        EXPORTER.write(analyse, path, OPTIONS)

    lengte = len(analyse.signalen[0].tekst)
    assert [str(p) for p in info.value.errors] == [
        "$.signalen[0] (S001).tekst: "
        + meldingen.tekst_te_lang("tekst", lengte)
    ]
    assert "Bakker" not in str(info.value)
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("teken", ["\x01", "\x0b", "\ud800", "\uffff"])
def test_characters_xml_cannot_hold_are_refused_with_their_place(
    tmp_path, teken
):
    """Control characters and lone surrogates: refused by path, no file."""
    analyse = _met_tekst(bestaand=f"mevrouw Bakker{teken}belt")
    path = tmp_path / "teken.xlsx"

    with pytest.raises(ValidationError) as info:
        EXPORTER.write(analyse, path, OPTIONS)

    assert [p.where for p in info.value.errors] == [
        "$.signalen[0] (S001).aanbod.bestaand"
    ]
    assert "Bakker" not in str(info.value)
    assert not path.exists()


def test_control_character_escaped_in_a_cell_is_an_error_when_read(tmp_path):
    """Excel's '_x0001_' escape decodes to a control character: an error."""
    path = leeg_schema(tmp_path)
    vul_kop(path)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook[PRIVE]
    r = themarij(sheet, "Opvoeding") + 1
    sheet[f"{kolom('tekst')}{r}"] = "Bel_x0001_mevrouw"
    workbook.save(path)

    with pytest.raises(ValidationError) as info:
        EXPORTER.read(path, None)

    assert [str(e) for e in info.value.errors] == [
        f"blad '{PRIVE}', cel {kolom('tekst')}{r}: "
        + meldingen.stuurteken_in_cel()
    ]


def test_importing_wijkanalyse_loads_neither_openpyxl_nor_defusedxml():
    """Importing stays cheap: Excel libraries load only for a form."""
    code = (
        "import sys, wijkanalyse, wijkanalyse.exporters as e; e.registry(); "
        "print(sorted({m.split('.')[0] for m in sys.modules} "
        "& {'openpyxl', 'defusedxml', 'docx'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "[]"
