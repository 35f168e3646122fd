"""Helpers that fill in an invulschema the way a person does, with openpyxl.

A test takes an empty form from the library, opens it as a person would
open it in Excel, types into it (with all the habits of real people), and
saves it, before the library reads it back.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from typing import TYPE_CHECKING

import openpyxl
from openpyxl.utils import get_column_letter

from wijkanalyse.analyse import Wijk
from wijkanalyse.exporters.invulschema import XlsxExporter, layout
from wijkanalyse.model import load_model

if TYPE_CHECKING:
    from pathlib import Path

    from openpyxl.worksheet.worksheet import Worksheet

PRIVE = "I Privédomein"
WERK = "II Werk"
SOCIAAL = "III Sociale leven"

_KOLOMMEN = {k.veld: i for i, k in enumerate(layout.KOLOMMEN, start=1)}


def kolom(veld: str) -> str:
    """The column letter of a domain sheet's field, e.g. ``B`` for tekst."""
    return get_column_letter(_KOLOMMEN[veld])


def leeg_schema(folder: Path, naam: str = "schema.xlsx") -> Path:
    """Write an empty form for the wijk Oost into *folder*."""
    path = folder / naam
    XlsxExporter().write_empty(path, load_model(), Wijk(naam="Oost"))
    return path


def themarij(sheet: Worksheet, thema: str) -> int:
    """The row of the theme named *thema* on *sheet*."""
    for row in range(1, sheet.max_row + 1):
        if sheet.cell(row, 1).value == thema:
            return row
    raise LookupError(thema)


def vul_kop(path: Path, datum: object = "15-3-2024") -> None:
    """Fill the voorblad's date and one author, as the minimum to read."""
    workbook = openpyxl.load_workbook(path)
    sheet = workbook[layout.VOORBLAD]
    zet(sheet, "B6", datum)
    zet(sheet, "A11", "Jan Jansen")
    workbook.save(path)


def zet(sheet: Worksheet, where: str, value: object) -> None:
    """Type *value* into the cell *where*, as Excel stores typed values."""
    sheet[where] = value


def met_formule_uitkomst(
    path: Path, blad: str, cel: str, uitkomst: str
) -> None:
    """Give the formula in *cel* a cached value, as Excel does on saving.

    openpyxl cannot write cached values, so the sheet's XML is edited.
    """
    workbook = openpyxl.load_workbook(path, read_only=True)
    index = workbook.sheetnames.index(blad) + 1
    workbook.close()
    part = f"xl/worksheets/sheet{index}.xml"
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    xml = parts[part].decode("utf-8")
    pattern = re.compile(rf'<c r="{cel}"([^>]*)><f>(.*?)</f><v\s*/?>(</v>)?')
    xml, count = pattern.subn(
        rf'<c r="{cel}"\1 t="str"><f>\2</f><v>{uitkomst}</v>', xml
    )
    assert count == 1, xml[:200]
    parts[part] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def vandaag() -> dt.date:
    """A fixed date for tests."""
    return dt.date(2024, 3, 15)
