"""Writing the invulschema, empty or filled, as an xlsx workbook.

`schrijf` lays out the sheets `layout` describes. An empty form is the same
workbook without signals: the same code writes both, so a form someone
filled in reads back exactly like one written from an analysis.

Nothing is saved when a text cannot go into a cell (too long, or holding
characters XML cannot carry): every such text is reported at once, by its
path in the analysis, and no file is left behind.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.workbook.protection import WorkbookProtection

from wijkanalyse import meldingen
from wijkanalyse.errors import Problem, raise_for_errors
from wijkanalyse.exporters.invulschema import layout, stijl, waarden
from wijkanalyse.exporters.invulschema.pen import Pen
from wijkanalyse.exporters.invulschema.schrijven_domein import DomeinSchrijver
from wijkanalyse.exporters.invulschema.schrijven_samenvatting import (
    SamenvattingSchrijver,
)
from wijkanalyse.exporters.invulschema.uitleg import UITLEG
from wijkanalyse.files import atomic_write

if TYPE_CHECKING:
    import datetime as dt
    from pathlib import Path

    from openpyxl.worksheet.worksheet import Worksheet

    from wijkanalyse.analyse import Auteur, Signaal, Wijk, Wijkanalyse
    from wijkanalyse.model import Domein, Participatiemodel

_AUTEURS_RESERVE = 3
"""Empty author rows under the authors, at least."""

_UITLEG_BREEDTE = 85
"""About how many characters of explanation fit on a line of B:D."""


class Lijsten:
    """The dropdown lists, gathered while writing and put on the hidden
    sheet at the end, one column each with its name above it."""

    def __init__(self, model: Participatiemodel, wijzer: waarden.Themawijzer) -> None:
        """Prepare the lists of *model*'s domains and themes."""
        self._model = model
        self._wijzer = wijzer
        self._kolommen: dict[str, list[str]] = {}

    def _bereik(self, naam: str, values: list[str]) -> str:
        self._kolommen.setdefault(naam, values)
        letter = get_column_letter(list(self._kolommen).index(naam) + 1)
        last = len(self._kolommen[naam]) + 1
        return f"'{layout.LIJSTEN}'!${letter}$2:${letter}${last}"

    def keuze(self, lijst: waarden.Keuzelijst[object]) -> str:
        """The range holding the labels of *lijst*."""
        return self._bereik(lijst.naam, list(lijst.keuzes))

    def themas(self, domein: Domein | None = None) -> str:
        """The range of the theme names of *domein*, or of all themes."""
        vormen = domein.participatievormen if domein else self._model.themas
        naam = f"thema's {domein.nummer}" if domein else "thema's"
        return self._bereik(naam, [self._wijzer.label(v.sleutel) for v in vormen])

    def domeinen(self) -> str:
        """The range of the domains' labels."""
        labels = [layout.domeinlabel(d) for d in self._model.domeinen]
        return self._bereik("domeinen", labels)

    def schrijf(self, sheet: Worksheet, pen: Pen, volgorde: list[str]) -> None:
        """Fill the hidden *sheet*: the lists, the version, the order."""
        self._kolommen[layout.INDELING] = [layout.KENMERK]
        self._kolommen[layout.VOLGORDE] = volgorde
        for kolom, (naam, values) in enumerate(self._kolommen.items(), start=1):
            pen.tekst(sheet, 1, kolom, naam, stijl.UITLEG)
            for rij, value in enumerate(values, start=2):
                pen.tekst(sheet, rij, kolom, value, stijl.UITLEG, "lijst")
        indeling = list(self._kolommen).index(layout.INDELING) + 1
        pen.waarde(sheet, 3, indeling, layout.VERSIE, stijl.UITLEG)
        sheet.sheet_state = "hidden"


def schrijf(
    path: Path,
    model: Participatiemodel,
    wijk: Wijk,
    analyse: Wijkanalyse | None = None,
) -> None:
    """Write the form for *wijk* against *model*, filled with *analyse*.

    Raises:
        ValidationError: Naming every text that cannot go into a cell, or
            every signal whose theme *model* lacks; nothing is written.
        FileError: When the file cannot be written.
    """
    workbook = Workbook()
    stijl.registreer(workbook)
    pen = Pen()
    wijzer = waarden.Themawijzer(model)
    lijsten = Lijsten(model, wijzer)
    voorblad = workbook.active
    assert voorblad is not None  # noqa: S101 (a new workbook has a sheet)
    voorblad.title = layout.VOORBLAD
    _voorblad(voorblad, pen, lijsten, model, wijk, analyse)
    per_thema = _per_thema(analyse, model, pen)
    titels = layout.bladtitels(model)
    for domein in model.domeinen:
        sheet = workbook.create_sheet(titels[domein.nummer])
        DomeinSchrijver(sheet, pen, wijzer, lijsten).schrijf(
            domein, wijk.naam, per_thema
        )
    samenvatting = workbook.create_sheet(layout.SAMENVATTING)
    SamenvattingSchrijver(samenvatting, pen, wijzer, lijsten).schrijf(
        model, wijk.naam, analyse
    )
    volgorde = [s.id for s in analyse.signalen] if analyse else []
    lijsten.schrijf(workbook.create_sheet(layout.LIJSTEN), pen, volgorde)
    workbook.security = WorkbookProtection(lockStructure=True)
    raise_for_errors(meldingen.analyse_afgekeurd(path.name), pen.problemen)
    with atomic_write(path) as stream:
        workbook.save(stream)


def _per_thema(
    analyse: Wijkanalyse | None, model: Participatiemodel, pen: Pen
) -> dict[str, list[tuple[int, Signaal]]]:
    """The signals by main theme, with their index; unknown themes are
    refused, since they would have no row to go to."""
    groups: dict[str, list[tuple[int, Signaal]]] = {}
    for index, signaal in enumerate(analyse.signalen if analyse else ()):
        if not model.heeft_thema(signaal.thema):
            pen.problemen.append(
                Problem(
                    f"$.signalen[{index}] ({signaal.id}).thema",
                    meldingen.onbekend_thema(signaal.thema, model.naam),
                )
            )
        groups.setdefault(signaal.thema, []).append((index, signaal))
    return groups


def _voorblad(
    sheet: Worksheet,
    pen: Pen,
    lijsten: Lijsten,
    model: Participatiemodel,
    wijk: Wijk,
    analyse: Wijkanalyse | None,
) -> None:
    pen.tekst(sheet, 1, 1, layout.TITEL, stijl.TITEL)
    pen.tekst(sheet, 2, 1, layout.ONDERTITEL, stijl.ONDERTITEL)
    rij = 4
    datum = analyse.datum if analyse else None
    for key, label in layout.KOPVELDEN:
        pen.tekst(sheet, rij, 1, label, stijl.LABEL)
        _kopwaarde(sheet, pen, rij, key, wijk, datum, model)
        rij += 1
    rij = _auteurs(sheet, pen, lijsten, rij + 1, analyse.auteurs if analyse else ())
    _uitleg(sheet, pen, rij + 1)
    for kolom, item in enumerate(layout.AUTEURKOLOMMEN, start=1):
        sheet.column_dimensions[get_column_letter(kolom)].width = item.breedte
    stijl.afdrukken(sheet, "1:2")
    sheet.page_setup.orientation = "portrait"
    stijl.beveilig(sheet)


def _kopwaarde(
    sheet: Worksheet,
    pen: Pen,
    rij: int,
    key: str,
    wijk: Wijk,
    datum: dt.date | None,
    model: Participatiemodel,
) -> None:
    if key == "datum":
        pen.waarde(sheet, rij, 2, datum, stijl.DATUM)
        validation = stijl.invoerhulp(
            layout.Kolom("datum", "Datum", 12, uitleg="Bijvoorbeeld 15-03-2024.")
        )
        validation.add(f"B{rij}")
        sheet.add_data_validation(validation)
    elif key == "model":
        pen.tekst(sheet, rij, 2, model.naam, stijl.VAST, "$.model")
    elif key == "code":
        pen.tekst(sheet, rij, 2, wijk.code or "", stijl.INVOER, "$.wijk.code")
    else:
        pen.tekst(sheet, rij, 2, wijk.naam, stijl.INVOER, "$.wijk.naam")


def _auteurs(
    sheet: Worksheet,
    pen: Pen,
    lijsten: Lijsten,
    rij: int,
    auteurs: tuple[Auteur, ...],
) -> int:
    """Write the authors' table from row *rij*; return the next free row."""
    pen.tekst(sheet, rij, 1, layout.KOP_AUTEURS, stijl.LABEL)
    for kolom, item in enumerate(layout.AUTEURKOLOMMEN, start=1):
        pen.tekst(sheet, rij + 1, kolom, item.kop, stijl.KOP)
    first = rij + 2
    count = max(len(auteurs) + 1, _AUTEURS_RESERVE)
    for offset in range(count):
        auteur = auteurs[offset] if offset < len(auteurs) else None
        _auteur(sheet, pen, first + offset, offset, auteur)
    last = first + count - 1
    for kolom, item in enumerate(layout.AUTEURKOLOMMEN, start=1):
        if item.keuze is not None:
            validation = stijl.keuzelijst(
                lijsten.keuze(item.keuze), item, f"Kies {', '.join(item.keuze.keuzes)}."
            )
        else:
            validation = stijl.invoerhulp(item)
        letter = get_column_letter(kolom)
        validation.add(f"{letter}{first}:{letter}{last}")
        sheet.add_data_validation(validation)
    return last + 1


def _auteur(
    sheet: Worksheet, pen: Pen, rij: int, index: int, auteur: Auteur | None
) -> None:
    stijl.open_rij(sheet, rij)
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
        pen.tekst(sheet, rij, kolom, values.get(item.veld, ""), style, pad)


def _uitleg(sheet: Worksheet, pen: Pen, rij: int) -> None:
    pen.tekst(sheet, rij, 1, layout.KOP_UITLEG, stijl.LABEL)
    last = len(layout.AUTEURKOLOMMEN)
    for offset, (term, text) in enumerate(UITLEG, start=1):
        row = rij + offset
        pen.tekst(sheet, row, 1, term, stijl.LABEL)
        pen.tekst(sheet, row, 2, text, stijl.UITLEG)
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=last)
        lines = math.ceil(len(text) / _UITLEG_BREEDTE)
        sheet.row_dimensions[row].height = 13.5 * lines + 3
