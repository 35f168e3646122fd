"""Reading a workbook's cells, bounded and safely, into plain rows.

openpyxl reads in read-only mode, which streams each sheet and does not
trust the sheet's stated size. Only rows that hold something are kept, as
lists of values from column A on; text has Excel's ``_xHHHH_`` escapes
decoded. Reading stops at `layout.MAX_RIJ` and `layout.MAX_KOLOM`: content
beyond the last row is an error, and a value in a row's last cell beyond the
last column is one too (other cells that far right are not looked at).

A formula is reported where it stands. Its cached value, which the
spreadsheet stored when it last calculated, is used when present: a second,
value-only pass reads those cells, and only when the first pass found a
formula. Error values such as ``#N/A`` are reported and read as empty.
openpyxl's own warnings about a file are silenced while reading: whatever
matters in them surfaces as a located problem here.
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Any, Protocol, cast

import attrs
import openpyxl
import openpyxl.xml
from defusedxml import DefusedXmlException

from wijkanalyse import meldingen
from wijkanalyse.errors import FileError
from wijkanalyse.exporters.invulschema import layout
from wijkanalyse.exporters.invulschema.cellen import ontsnap
from wijkanalyse.exporters.invulschema.plaatsen import cel

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    from wijkanalyse.exporters.invulschema.plaatsen import Verzamelaar


@attrs.define
class Rij:
    """One row that holds something.

    Attributes:
        nummer: Its row number.
        waarden: The values from column A on; `None` for an empty cell.
    """

    nummer: int
    waarden: list[object]

    def waarde(self, kolom: int) -> object:
        """The value in column *kolom* (1-based), `None` beyond the row."""
        if 0 < kolom <= len(self.waarden):
            return self.waarden[kolom - 1]
        return None


@attrs.define
class Blad:
    """A sheet's title, visibility and rows that hold something."""

    titel: str
    verborgen: bool
    rijen: list[Rij]


@attrs.frozen
class _Formule:
    blad: str
    rij: Rij
    kolom: int


def lees_werkmap(path: Path, verzamelaar: Verzamelaar) -> dict[str, Blad]:
    """Every sheet of the workbook at *path*, by title.

    Call `wijkanalyse.exporters.invulschema.archief.controleer` first.

    Raises:
        FileError: When the file turns out damaged or unsafe while parsing.
    """
    if not openpyxl.xml.DEFUSEDXML:
        raise FileError(meldingen.onveilig_ingesteld())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            bladen, formules = _eerste_lezing(path, verzamelaar)
            if formules:
                _lees_uitkomsten(path, formules, verzamelaar)
        except FileError:
            raise
        except Exception as exc:  # noqa: BLE001 (a damaged file fails in any way)
            unsafe = _onveilig(exc)
            if unsafe:
                raise FileError(meldingen.onveilige_werkmap(path)) from None
            raise FileError(meldingen.beschadigde_werkmap(path)) from None
    return bladen


def _onveilig(exc: BaseException | None) -> bool:
    """Whether defusedxml refused the XML, perhaps wrapped by openpyxl."""
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, DefusedXmlException):
            return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


def _eerste_lezing(
    path: Path, verzamelaar: Verzamelaar
) -> tuple[dict[str, Blad], list[_Formule]]:
    bladen: dict[str, Blad] = {}
    formules: list[_Formule] = []
    with path.open("rb") as stream:
        workbook = openpyxl.load_workbook(
            stream, read_only=True, data_only=False, keep_links=False
        )
        try:
            for sheet in workbook.worksheets:
                blad = Blad(sheet.title, sheet.sheet_state != "visible", [])
                for rij, formule in _rijen(sheet, blad.titel, verzamelaar):
                    blad.rijen.append(rij)
                    formules.extend(
                        _Formule(blad.titel, rij, k) for k in formule
                    )
                bladen[blad.titel] = blad
        finally:
            workbook.close()
    return bladen, formules


class _Cel(Protocol):
    """What the reader uses of openpyxl's read-only and empty cells."""

    value: Any
    data_type: str


def _rijen(
    sheet: ReadOnlyWorksheet, titel: str, verzamelaar: Verzamelaar
) -> Iterator[tuple[Rij, list[int]]]:
    """Yield each row that holds something, with its formula columns."""
    sheet.reset_dimensions()
    # The stubs type iter_rows for full worksheets only.
    rows: Iterator[tuple[_Cel, ...]] = cast("Any", sheet).iter_rows()
    for nummer, row in enumerate(rows, start=1):
        if not row:
            continue
        if nummer > layout.MAX_RIJ:
            if any(c.value is not None for c in row[: layout.MAX_KOLOM]):
                kolom = next(
                    i for i, c in enumerate(row, 1) if c.value is not None
                )
                verzamelaar.fout(
                    cel(titel, nummer, kolom), meldingen.buiten_schema()
                )
                return
            continue
        if len(row) > layout.MAX_KOLOM and row[-1].value is not None:
            verzamelaar.fout(
                cel(titel, nummer, len(row)), meldingen.buiten_schema()
            )
        waarden, formules = _waarden(row, titel, nummer, verzamelaar)
        if waarden is not None:
            yield Rij(nummer, waarden), formules


def _waarden(
    row: tuple[_Cel, ...], titel: str, nummer: int, verzamelaar: Verzamelaar
) -> tuple[list[object] | None, list[int]]:
    values: list[object] = []
    formules: list[int] = []
    filled = False
    for kolom, cell in enumerate(row[: layout.MAX_KOLOM], start=1):
        value = cell.value
        if value is not None:
            filled = True
            kind = cell.data_type
            if kind == "s":
                value = ontsnap(value)
            elif kind == "f":
                formules.append(kolom)
                value = None
            elif kind == "e":
                verzamelaar.fout(
                    cel(titel, nummer, kolom), meldingen.foutwaarde(str(value))
                )
                value = None
        values.append(value)
    return (values if filled else None), formules


def _lees_uitkomsten(
    path: Path, formules: list[_Formule], verzamelaar: Verzamelaar
) -> None:
    """Put each formula's cached value in its place, reporting each."""
    wanted: dict[str, dict[tuple[int, int], _Formule]] = {}
    for formule in formules:
        key = (formule.rij.nummer, formule.kolom)
        wanted.setdefault(formule.blad, {})[key] = formule
    with path.open("rb") as stream:
        workbook = openpyxl.load_workbook(
            stream, read_only=True, data_only=True, keep_links=False
        )
        try:
            for titel, cells in wanted.items():
                sheet = workbook[titel]
                sheet.reset_dimensions()
                last = max(row for row, _ in cells)
                for row in sheet.iter_rows(max_row=last):
                    for c in row:
                        key = (getattr(c, "row", 0), getattr(c, "column", 0))
                        found = cells.get(key)
                        if found is not None:
                            _uitkomst(found, c, verzamelaar)
        finally:
            workbook.close()


def _uitkomst(formule: _Formule, c: _Cel, verzamelaar: Verzamelaar) -> None:
    where = cel(formule.blad, formule.rij.nummer, formule.kolom)
    value = c.value
    if c.data_type == "e":
        verzamelaar.fout(where, meldingen.foutwaarde(str(value)))
        return
    if value is None:
        verzamelaar.fout(where, meldingen.formule_zonder_uitkomst())
        return
    if isinstance(value, str):
        value = ontsnap(value)
    formule.rij.waarden[formule.kolom - 1] = value
    verzamelaar.waarschuwing(where, meldingen.formule_gebruikt())
