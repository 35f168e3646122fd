"""How the form looks and what a person may change in it.

Cells get one of the named styles below, registered once per workbook.
Protection follows Excel's rule that a row can only be deleted when none of
its cells is locked: title, header and theme rows are locked; a row for
signals is unlocked as a whole (its row style), so people can insert and
delete such rows, and type in it. The sheets are protected without a
password, which keeps structure from accidental change and lets anyone
who needs to lift it. The workbook's structure is locked too, so sheets
keep their names, which the reader relies on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from openpyxl.styles import (
    Alignment,
    Border,
    Font,
    NamedStyle,
    PatternFill,
    Protection,
    Side,
)
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.merge import MergedCellRange
from openpyxl.worksheet.protection import SheetProtection

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

    from wijkanalyse.exporters.invulschema.layout import Kolom

TITEL = "wa titel"
ONDERTITEL = "wa ondertitel"
GROEP = "wa groep"
SECTIE = "wa sectie"
KOP = "wa kop"
THEMA = "wa thema"
LABEL = "wa label"
VAST = "wa vast"
UITLEG = "wa uitleg"
INVOER = "wa invoer"
KEUZE = "wa keuze"
DATUM = "wa datum"
ID = "wa id"

_LIJN = Side(style="thin", color="A6A6A6")
_RAND = Border(left=_LIJN, right=_LIJN, top=_LIJN, bottom=_LIJN)
_OPEN = Protection(locked=False)
_DICHT = Protection(locked=True)
_BOVEN = Alignment(vertical="top", wrap_text=True)


def _font(
    size: float = 10,
    *,
    bold: bool = False,
    italic: bool = False,
    color: str | None = None,
) -> Font:
    return Font(
        name="Calibri", size=size, bold=bold, italic=italic, color=color
    )


def _stijl(name: str, **kwargs: object) -> NamedStyle:
    """A named style: 10-point text at the top, wrapped, locked.

    *kwargs* set any other attribute of the style, or replace these.
    """
    style = NamedStyle(name=name)
    style.font = _font()
    style.alignment = _BOVEN
    style.protection = _DICHT
    for key, value in kwargs.items():
        setattr(style, key, value)
    return style


_MIDDEN = Alignment(vertical="center")
_KOP_VULLING = PatternFill("solid", fgColor="DDEBF7")


def _stijlen() -> tuple[NamedStyle, ...]:
    invoer = {"border": _RAND, "protection": _OPEN, "number_format": "@"}
    return (
        _stijl(TITEL, font=_font(size=14, bold=True), alignment=_MIDDEN),
        _stijl(
            ONDERTITEL,
            font=_font(italic=True, color="595959"),
            alignment=_MIDDEN,
        ),
        _stijl(
            GROEP,
            font=_font(bold=True, color="FFFFFF"),
            fill=PatternFill("solid", fgColor="1F4E79"),
            border=_RAND,
            alignment=Alignment(horizontal="center", vertical="center"),
        ),
        _stijl(
            SECTIE,
            font=_font(bold=True, color="FFFFFF"),
            fill=PatternFill("solid", fgColor="1F4E79"),
            border=_RAND,
            alignment=_MIDDEN,
        ),
        _stijl(
            KOP,
            font=_font(bold=True),
            fill=_KOP_VULLING,
            border=_RAND,
            alignment=Alignment(vertical="center", wrap_text=True),
        ),
        _stijl(
            THEMA,
            font=_font(bold=True),
            fill=PatternFill("solid", fgColor="E2EFDA"),
            border=_RAND,
        ),
        _stijl(LABEL, font=_font(bold=True)),
        _stijl(
            VAST, fill=PatternFill("solid", fgColor="F2F2F2"), border=_RAND
        ),
        _stijl(UITLEG),
        _stijl(INVOER, **invoer),
        _stijl(
            KEUZE,
            alignment=Alignment(
                horizontal="center", vertical="top", wrap_text=True
            ),
            **invoer,
        ),
        _stijl(
            DATUM,
            border=_RAND,
            protection=_OPEN,
            number_format="DD-MM-YYYY",
            alignment=Alignment(horizontal="left", vertical="top"),
        ),
        _stijl(ID, font=_font(size=9, color="808080"), **invoer),
    )


_REGELHOOGTE = 13.0
"""Points per line of 10-point text."""

_TEKENS_PER_BREEDTE = 1.05
"""About how many characters of 10-point text fit in one unit of width."""


def regels(text: str, breedte: float) -> int:
    """About how many lines *text* takes in a cell *breedte* wide."""
    per_line = max(1, int(breedte * _TEKENS_PER_BREEDTE) - 1)
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))


def zet_hoogte(sheet: Worksheet, rij: int, aantal: int) -> None:
    """Make row *rij* tall enough for *aantal* lines of text.

    Neither Excel nor LibreOffice reliably fits row heights when a file is
    opened, so a row holding wrapped text gets an estimated height; rows of
    one line keep the default.
    """
    if aantal > 1:
        sheet.row_dimensions[rij].height = _REGELHOOGTE * aantal + 3


def registreer(workbook: Workbook) -> None:
    """Add the form's named styles to *workbook*."""
    for style in _stijlen():
        workbook.add_named_style(style)


def open_rij(sheet: Worksheet, rij: int) -> None:
    """Unlock row *rij* as a whole: a person may type in it and delete it."""
    sheet.row_dimensions[rij].protection = _OPEN


def voeg_samen(sheet: Worksheet, rij: int, eerste: int, laatste: int) -> None:
    """Merge the cells of row *rij* from column *eerste* to *laatste*.

    The range is added to the sheet's merged ranges directly: openpyxl's
    ``merge_cells`` also restyles every covered cell, which costs about two
    milliseconds a merge and changes nothing here, since covered cells stay
    empty and the first cell's style is the one shown.
    """
    coord = (
        f"{get_column_letter(eerste)}{rij}:{get_column_letter(laatste)}{rij}"
    )
    sheet.merged_cells.add(MergedCellRange(sheet, coord))


def beveilig(sheet: Worksheet) -> None:
    """Protect *sheet* without a password.

    Rows may still be inserted, deleted and resized, columns resized.
    """
    sheet.protection = SheetProtection(
        sheet=True,
        formatColumns=False,
        formatRows=False,
        insertRows=False,
        deleteRows=False,
    )


def afdrukken(
    sheet: Worksheet,
    herhaal: str,
    breed: int = 1,
    kolommen: str | None = None,
) -> None:
    """Print *sheet* landscape on A4, fit to *breed* pages across.

    The rows *herhaal* (e.g. ``1:4``) are repeated on every page, and the
    columns *kolommen* (e.g. ``A:B``) on every page across, so that a
    wide sheet printed over two pages stays readable and each row can
    still be told apart.
    """
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = breed
    sheet.page_setup.pageOrder = "overThenDown"
    if kolommen is not None:
        sheet.print_title_cols = kolommen
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True  # type: ignore[union-attr]
    sheet.print_title_rows = herhaal
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6
    footer = sheet.oddFooter
    if footer is not None:
        footer.center.text = "&A – pagina &P van &N"


def keuzelijst(formule: str, kolom: Kolom, fout: str) -> DataValidation:
    """A dropdown from the range *formule* that refuses other input."""
    validation = DataValidation(
        type="list",
        formula1=formule,
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="stop",
        errorTitle="Ongeldige waarde",
        error=fout[:225],
    )
    return _met_uitleg(validation, kolom)


def invoerhulp(kolom: Kolom) -> DataValidation:
    """Only an input message, for a column that takes any text."""
    return _met_uitleg(DataValidation(allow_blank=True), kolom)


def _met_uitleg(validation: DataValidation, kolom: Kolom) -> DataValidation:
    if kolom.uitleg:
        validation.showInputMessage = True
        validation.promptTitle = kolom.kop[:32]
        validation.prompt = kolom.uitleg[:255]
    return validation
