"""Writing the voorblad: wijk, date, model, authors and explanation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from openpyxl.utils import get_column_letter

from wijkanalyse.exporters.invulschema import layout, stijl, waarden
from wijkanalyse.exporters.invulschema.uitleg import UITLEG

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

    from wijkanalyse.analyse import Auteur, Wijk, Wijkanalyse
    from wijkanalyse.exporters.invulschema.pen import Pen
    from wijkanalyse.exporters.invulschema.schrijven import Lijsten
    from wijkanalyse.model import Participatiemodel

_AUTEURS_RESERVE = 3
"""Rows in the authors' table, at least; one is always left empty."""

_UITLEG_BREEDTE = sum(k.breedte for k in layout.AUTEURKOLOMMEN[1:])
"""The width of the merged explanation cells, B to D."""

_DATUM = layout.Kolom("datum", "Datum", 12, uitleg="Bijvoorbeeld 15-03-2024.")


class VoorbladSchrijver:
    """Writes the voorblad."""

    def __init__(self, sheet: Worksheet, pen: Pen, lijsten: Lijsten) -> None:
        """Write into *sheet* with *pen*, taking dropdowns from *lijsten*."""
        self.sheet = sheet
        self.pen = pen
        self.lijsten = lijsten

    def schrijf(
        self,
        model: Participatiemodel,
        wijk: Wijk,
        analyse: Wijkanalyse | None,
    ) -> None:
        """Lay out the voorblad for *wijk*, filled from *analyse* if given."""
        sheet, pen = self.sheet, self.pen
        pen.tekst(sheet.cell(1, 1), layout.TITEL, stijl.TITEL)
        pen.tekst(sheet.cell(2, 1), layout.ONDERTITEL, stijl.ONDERTITEL)
        values = {
            "wijk": wijk.naam,
            "code": wijk.code or "",
            "model": model.naam,
        }
        rij = layout.TITELRIJEN + 2
        for key, label in layout.KOPVELDEN:
            pen.tekst(sheet.cell(rij, 1), label, stijl.LABEL)
            if key == "datum":
                self._datum(rij, analyse)
            else:
                style = stijl.VAST if key == "model" else stijl.INVOER
                pad = "$.model" if key == "model" else f"$.wijk.{key}"
                pen.tekst(sheet.cell(rij, 2), values[key], style, pad)
            rij += 1
        auteurs = analyse.auteurs if analyse else ()
        rij = self._auteurs(rij + 1, auteurs)
        self._uitleg(rij + 1)
        for kolom, item in enumerate(layout.AUTEURKOLOMMEN, start=1):
            letter = get_column_letter(kolom)
            sheet.column_dimensions[letter].width = item.breedte
        stijl.afdrukken(sheet, f"1:{layout.TITELRIJEN}")
        sheet.page_setup.orientation = "portrait"
        stijl.beveilig(sheet)

    def _datum(self, rij: int, analyse: Wijkanalyse | None) -> None:
        datum = analyse.datum if analyse else None
        self.pen.waarde(self.sheet.cell(rij, 2), datum, stijl.DATUM)
        validation = stijl.invoerhulp(_DATUM)
        validation.add(f"B{rij}")
        self.sheet.add_data_validation(validation)

    def _auteurs(self, rij: int, auteurs: tuple[Auteur, ...]) -> int:
        """Write the authors' table from row *rij*; return the next row."""
        sheet, pen = self.sheet, self.pen
        pen.tekst(sheet.cell(rij, 1), layout.KOP_AUTEURS, stijl.LABEL)
        for kolom, item in enumerate(layout.AUTEURKOLOMMEN, start=1):
            pen.tekst(sheet.cell(rij + 1, kolom), item.kop, stijl.KOP)
        first = rij + 2
        count = max(len(auteurs) + 1, _AUTEURS_RESERVE)
        for offset in range(count):
            auteur = auteurs[offset] if offset < len(auteurs) else None
            self._auteur(first + offset, offset, auteur)
        last = first + count - 1
        for kolom, item in enumerate(layout.AUTEURKOLOMMEN, start=1):
            if item.keuze is not None:
                keuzes = ", ".join(item.keuze.keuzes)
                validation = stijl.keuzelijst(
                    self.lijsten.keuze(item.keuze), item, f"Kies {keuzes}."
                )
            else:
                validation = stijl.invoerhulp(item)
            letter = get_column_letter(kolom)
            validation.add(f"{letter}{first}:{letter}{last}")
            sheet.add_data_validation(validation)
        return last + 1

    def _auteur(self, rij: int, index: int, auteur: Auteur | None) -> None:
        stijl.open_rij(self.sheet, rij)
        values = {}
        if auteur is not None:
            values = {
                "naam": auteur.naam,
                "rol": waarden.ROL.label(auteur.rol),
                "functie": auteur.functie,
                "organisatie": auteur.organisatie,
            }
        for kolom, item in enumerate(layout.AUTEURKOLOMMEN, start=1):
            style = stijl.KEUZE if item.keuze else stijl.INVOER
            pad = f"$.auteurs[{index}].{item.veld}"
            text = values.get(item.veld, "")
            self.pen.tekst(self.sheet.cell(rij, kolom), text, style, pad)

    def _uitleg(self, rij: int) -> None:
        sheet, pen = self.sheet, self.pen
        pen.tekst(sheet.cell(rij, 1), layout.KOP_UITLEG, stijl.LABEL)
        last = len(layout.AUTEURKOLOMMEN)
        for offset, (term, text) in enumerate(UITLEG, start=1):
            row = rij + offset
            pen.tekst(sheet.cell(row, 1), term, stijl.LABEL)
            pen.tekst(sheet.cell(row, 2), text, stijl.UITLEG)
            stijl.voeg_samen(sheet, row, 2, last)
            stijl.zet_hoogte(sheet, row, stijl.regels(text, _UITLEG_BREEDTE))
