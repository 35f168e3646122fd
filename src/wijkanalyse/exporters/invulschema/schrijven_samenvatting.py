"""Writing the Samenvatting sheet: one section per `layout.SECTIES` item.

Each section is a heading, an optional row of column headers, the
analysis's items in order, and empty rows to add more. A synthesis or
kennisleemte row names its domain or theme with the dropdown's own label.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from openpyxl.utils import get_column_letter

from wijkanalyse.exporters.invulschema import layout, stijl
from wijkanalyse.exporters.invulschema.layout import Soort

if TYPE_CHECKING:
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.worksheet import Worksheet

    from wijkanalyse.analyse import Wijkanalyse
    from wijkanalyse.exporters.invulschema.pen import Pen
    from wijkanalyse.exporters.invulschema.schrijven import Lijsten
    from wijkanalyse.exporters.invulschema.waarden import Themawijzer
    from wijkanalyse.model import Participatiemodel

Regel = tuple[tuple[str, str], ...]
"""A row to write: per column, its text and its path in the analysis."""

_MINIMUM = {
    "synthese": 0,
    "kennisleemtes": 3,
    "conclusies": 1,
    "aanbevelingen": 5,
}
"""How many rows a section has at least (synthese: one per domain)."""


class SamenvattingSchrijver:
    """Writes the Samenvatting sheet."""

    def __init__(
        self, sheet: Worksheet, pen: Pen, wijzer: Themawijzer, lijsten: Lijsten
    ) -> None:
        """Write into *sheet* with *pen*, *wijzer* and *lijsten*.

        Themes are named as *wijzer* reads them back; dropdowns come from
        *lijsten*.
        """
        self.sheet = sheet
        self.pen = pen
        self.wijzer = wijzer
        self.lijsten = lijsten
        self.rij = layout.TITELRIJEN + 2

    def schrijf(
        self, model: Participatiemodel, wijk: str, analyse: Wijkanalyse | None
    ) -> None:
        """Lay out every section, filled from *analyse* when given."""
        self.pen.tekst(self.sheet.cell(1, 1), layout.SAMENVATTING, stijl.TITEL)
        if wijk:
            self.pen.tekst(
                self.sheet.cell(2, 1), f"Wijk {wijk}", stijl.ONDERTITEL
            )
        minimum = dict(_MINIMUM, synthese=len(model.domeinen))
        for sectie in layout.SECTIES:
            regels = self._regels(sectie.veld, model, analyse)
            extra = max(minimum[sectie.veld] - len(regels), 1)
            if sectie.veld == "conclusies":
                extra = 0 if regels else 1
            self._sectie(sectie, regels, extra)
        for kolom, item in enumerate(layout.SECTIES[0].kolommen, start=1):
            self.sheet.column_dimensions[
                get_column_letter(kolom)
            ].width = item.breedte
        stijl.afdrukken(self.sheet, "1:2")
        stijl.beveilig(self.sheet)

    def _regels(
        self, veld: str, model: Participatiemodel, analyse: Wijkanalyse | None
    ) -> list[Regel]:
        if analyse is None:
            return []
        if veld == "synthese":
            labels = {d.nummer: layout.domeinlabel(d) for d in model.domeinen}
            return [
                (
                    (
                        labels.get(s.domein, s.domein),
                        f"$.synthese[{i}].domein",
                    ),
                    (s.tekst, f"$.synthese[{i}].tekst"),
                )
                for i, s in enumerate(analyse.synthese)
            ]
        if veld == "kennisleemtes":
            return [
                ((self.wijzer.label(k), f"$.kennisleemtes[{i}]"),)
                for i, k in enumerate(analyse.kennisleemtes)
            ]
        if veld == "conclusies":
            return [(("", ""), (analyse.conclusies, "$.conclusies"))]
        return [
            (("", ""), (text, f"$.aanbevelingen[{i}]"))
            for i, text in enumerate(analyse.aanbevelingen)
        ]

    def _sectie(
        self, sectie: layout.Sectie, regels: list[Regel], extra: int
    ) -> None:
        width = len(layout.SECTIES[0].kolommen)
        self.pen.tekst(self.sheet.cell(self.rij, 1), sectie.kop, stijl.SECTIE)
        stijl.voeg_samen(self.sheet, self.rij, 1, width)
        self.rij += 1
        if sectie.koprij:
            for kolom, item in enumerate(sectie.kolommen, start=1):
                self.pen.tekst(
                    self.sheet.cell(self.rij, kolom), item.kop, stijl.KOP
                )
            self.rij += 1
        first = self.rij
        for regel in [*regels, *[()] * extra]:
            self._regel(sectie, regel)
        self._keuzelijsten(sectie, first, self.rij - 1)
        self.rij += 1

    def _regel(self, sectie: layout.Sectie, regel: Regel) -> None:
        stijl.open_rij(self.sheet, self.rij)
        lines = 1
        for kolom, item in enumerate(sectie.kolommen, start=1):
            if not item.veld:
                continue
            text, pad = regel[kolom - 1] if regel else ("", "")
            style = stijl.INVOER
            self.pen.tekst(self.sheet.cell(self.rij, kolom), text, style, pad)
            lines = max(lines, stijl.regels(text, item.breedte))
        stijl.zet_hoogte(self.sheet, self.rij, lines)
        self.rij += 1

    def _keuzelijsten(
        self, sectie: layout.Sectie, first: int, last: int
    ) -> None:
        for kolom, item in enumerate(sectie.kolommen, start=1):
            if not item.veld:
                continue
            validation = self._validatie(item)
            letter = get_column_letter(kolom)
            validation.add(f"{letter}{first}:{letter}{last}")
            self.sheet.add_data_validation(validation)

    def _validatie(self, item: layout.Kolom) -> DataValidation:
        if item.soort is Soort.DOMEIN:
            return stijl.keuzelijst(
                self.lijsten.domeinen(), item, "Kies een domein uit de lijst."
            )
        if item.soort is Soort.THEMA:
            return stijl.keuzelijst(
                self.lijsten.themas(), item, "Kies een thema uit de lijst."
            )
        return stijl.invoerhulp(item)
