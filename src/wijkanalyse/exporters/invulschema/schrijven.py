"""Writing the invulschema, empty or filled, as an xlsx workbook.

`schrijf` lays out the sheets `layout` describes. An empty form is the same
workbook without signals: the same code writes both, so a form someone
filled in reads back exactly like one written from an analysis.

Nothing is saved when a text cannot go into a cell (too long, or holding
characters XML cannot carry): every such text is reported at once, by its
path in the analysis, and no file is left behind.
"""

from __future__ import annotations

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
from wijkanalyse.exporters.invulschema.schrijven_voorblad import (
    VoorbladSchrijver,
)
from wijkanalyse.files import atomic_write

if TYPE_CHECKING:
    from pathlib import Path

    from openpyxl.worksheet.worksheet import Worksheet

    from wijkanalyse.analyse import Signaal, Wijk, Wijkanalyse
    from wijkanalyse.model import Domein, Participatiemodel


class Lijsten:
    """The dropdown lists, put on the hidden sheet once all are known.

    Each list is one column, its name in the first row.
    """

    def __init__(
        self, model: Participatiemodel, wijzer: waarden.Themawijzer
    ) -> None:
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
        return self._bereik(
            naam, [self._wijzer.label(v.sleutel) for v in vormen]
        )

    def domeinen(self) -> str:
        """The range of the domains' labels."""
        labels = [layout.domeinlabel(d) for d in self._model.domeinen]
        return self._bereik("domeinen", labels)

    def schrijf(self, sheet: Worksheet, pen: Pen, volgorde: list[str]) -> None:
        """Fill the hidden *sheet*: the lists, the version, the order."""
        self._kolommen[layout.INDELING] = [layout.KENMERK]
        self._kolommen[layout.VOLGORDE] = volgorde
        for kolom, (naam, values) in enumerate(
            self._kolommen.items(), start=1
        ):
            pen.tekst(sheet.cell(1, kolom), naam, stijl.UITLEG)
            for rij, value in enumerate(values, start=2):
                pen.tekst(sheet.cell(rij, kolom), value, stijl.UITLEG, "lijst")
        indeling = list(self._kolommen).index(layout.INDELING) + 1
        pen.waarde(sheet.cell(3, indeling), layout.VERSIE, stijl.UITLEG)
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
    VoorbladSchrijver(voorblad, pen, lijsten).schrijf(model, wijk, analyse)
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
    """The signals by main theme, with their index in the analysis.

    A theme the model lacks is refused: its signals would have no row.
    """
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
