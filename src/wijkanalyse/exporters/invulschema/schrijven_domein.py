"""Writing a domain sheet: themes, signals, sources and dropdowns.

Rows, top to bottom: the domain's title, a line with its kind of
zelfredzaamheid, core phrase and the wijk, the column groups, the column
headers; then per theme a shaded, locked row with its name, the theme's
signals (each followed by one row per further source) and empty rows to
fill in. Signals of a theme come in the analysis's order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from openpyxl.utils import get_column_letter

from wijkanalyse.beoordeling import Criterium
from wijkanalyse.exporters.invulschema import layout, stijl, waarden
from wijkanalyse.exporters.invulschema.layout import Soort

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

    from wijkanalyse.analyse import Signaal
    from wijkanalyse.exporters.invulschema.pen import Pen
    from wijkanalyse.exporters.invulschema.schrijven import Lijsten
    from wijkanalyse.model import Domein

_STIJL = {
    Soort.KEUZE: stijl.KEUZE,
    Soort.ID: stijl.ID,
}
_EERSTE = layout.KOPRIJ + 1
_KOLOMMEN = tuple(enumerate(layout.KOLOMMEN, start=1))
_BEOORDELING = {c.value: c.value.replace("-", "_") for c in Criterium}


def celstijl(kolom: layout.Kolom) -> str:
    """The style of an input cell in *kolom*."""
    return _STIJL.get(kolom.soort, stijl.INVOER)


class DomeinSchrijver:
    """Writes one domain sheet."""

    def __init__(
        self,
        sheet: Worksheet,
        pen: Pen,
        wijzer: waarden.Themawijzer,
        lijsten: Lijsten,
    ) -> None:
        """Write into *sheet* with *pen*, *wijzer* and *lijsten*.

        Themes are named as *wijzer* reads them back; dropdowns come from
        *lijsten*.
        """
        self.sheet = sheet
        self.pen = pen
        self.wijzer = wijzer
        self.lijsten = lijsten
        self.rij = _EERSTE

    def schrijf(
        self,
        domein: Domein,
        wijk: str,
        signalen: dict[str, list[tuple[int, Signaal]]],
    ) -> None:
        """Lay out *domein* with *signalen*, by theme key and with index."""
        self._koppen(domein, wijk)
        for vorm in domein.participatievormen:
            self._thema(vorm.sleutel)
            items = signalen.get(vorm.sleutel, [])
            for index, signaal in items:
                self._signaal(index, signaal)
            reserve = layout.RESERVE_GEVULD if items else layout.RESERVE_LEEG
            for _ in range(reserve):
                self._lege_rij()
        self._keuzelijsten(domein)
        self._opmaak()

    def _koppen(self, domein: Domein, wijk: str) -> None:
        pen, sheet = self.pen, self.sheet
        where = f"participatiemodel, domein {domein.nummer}"
        pen.tekst(sheet.cell(1, 1), domein.titel, stijl.TITEL, where)
        details = [domein.zelfredzaamheid, domein.kern]
        if wijk:
            details.append(f"wijk {wijk}")
        line = " · ".join(d.strip() for d in details if d.strip())
        pen.tekst(sheet.cell(2, 1), line, stijl.ONDERTITEL, where)
        start = 1
        for kolom, item in _KOLOMMEN:
            pen.tekst(sheet.cell(layout.KOPRIJ, kolom), item.kop, stijl.KOP)
            following = (
                layout.KOLOMMEN[kolom] if kolom < len(_KOLOMMEN) else None
            )
            if following is None or following.groep != item.groep:
                self._groep(start, kolom, item.groep)
                start = kolom + 1

    def _groep(self, first: int, last: int, text: str) -> None:
        row = layout.KOPRIJ - 1
        for kolom in range(first, last + 1):
            self.pen.stijl(self.sheet.cell(row, kolom), stijl.GROEP)
        self.pen.tekst(self.sheet.cell(row, first), text, stijl.GROEP)
        if last > first:
            stijl.voeg_samen(self.sheet, row, first, last)

    def _thema(self, sleutel: str) -> None:
        label = self.wijzer.label(sleutel)
        for kolom, _ in _KOLOMMEN:
            self.pen.stijl(self.sheet.cell(self.rij, kolom), stijl.THEMA)
        self.pen.tekst(
            self.sheet.cell(self.rij, 1),
            label,
            stijl.THEMA,
            f"participatiemodel, thema {sleutel}",
        )
        breedte = layout.KOLOMMEN[0].breedte * 0.9  # bold is wider
        stijl.zet_hoogte(self.sheet, self.rij, stijl.regels(label, breedte))
        self.rij += 1

    def _signaal(self, index: int, signaal: Signaal) -> None:
        base = f"$.signalen[{index}] ({signaal.id})"
        paden = {veld: base + pad for veld, pad in layout.PADEN.items()}
        paden["bron"] = f"{base}.bronnen[0].omschrijving"
        self._rij(_waarden(signaal, self.wijzer), paden)
        for number, bron in enumerate(signaal.bronnen[1:], start=1):
            values = {
                "bron": bron.omschrijving,
                "bronsoort": waarden.BRONSOORT.label(bron.soort),
            }
            pad = f"{base}.bronnen[{number}].omschrijving"
            self._rij(values, {"bron": pad})

    def _rij(self, values: dict[str, str], paden: dict[str, str]) -> None:
        stijl.open_rij(self.sheet, self.rij)
        lines = 1
        for kolom, item in _KOLOMMEN:
            text = values.get(item.veld, "")
            pad = paden.get(item.veld, "")
            self.pen.tekst(
                self.sheet.cell(self.rij, kolom), text, celstijl(item), pad
            )
            if text:
                lines = max(lines, stijl.regels(text, item.breedte))
        stijl.zet_hoogte(self.sheet, self.rij, lines)
        self.rij += 1

    def _lege_rij(self) -> None:
        stijl.open_rij(self.sheet, self.rij)
        for kolom, item in _KOLOMMEN:
            self.pen.stijl(self.sheet.cell(self.rij, kolom), celstijl(item))
        self.rij += 1

    def _keuzelijsten(self, domein: Domein) -> None:
        last = max(self.rij - 1, _EERSTE)
        for kolom, item in _KOLOMMEN:
            if item.soort is Soort.THEMA:
                formula = self.lijsten.themas(domein)
                validation = stijl.keuzelijst(
                    formula,
                    item,
                    "Kies een thema van dit domein uit de lijst.",
                )
            elif item.keuze is not None:
                formula = self.lijsten.keuze(item.keuze)
                validation = stijl.keuzelijst(
                    formula, item, f"Kies {', '.join(item.keuze.keuzes)}."
                )
            else:
                validation = stijl.invoerhulp(item)
            letter = get_column_letter(kolom)
            validation.add(f"{letter}{_EERSTE}:{letter}{last}")
            self.sheet.add_data_validation(validation)

    def _opmaak(self) -> None:
        sheet = self.sheet
        for kolom, item in _KOLOMMEN:
            sheet.column_dimensions[
                get_column_letter(kolom)
            ].width = item.breedte
        sheet.row_dimensions[layout.KOPRIJ].height = 30
        sheet.freeze_panes = f"B{_EERSTE}"
        stijl.afdrukken(sheet, f"1:{layout.KOPRIJ}", breed=2, kolommen="A:B")
        stijl.beveilig(sheet)


def _waarden(signaal: Signaal, wijzer: waarden.Themawijzer) -> dict[str, str]:
    """What each column shows for *signaal*'s own row."""
    bron = signaal.bronnen[0] if signaal.bronnen else None
    beoordeling = signaal.beoordeling
    values = {
        "tekst": signaal.tekst,
        "bron": bron.omschrijving if bron else "",
        "bestaand": signaal.aanbod.bestaand,
        "vragen": signaal.kennisontwikkeling.vragen,
        "methoden": signaal.kennisontwikkeling.methoden,
        "soort": waarden.SIGNAALSOORT.label(signaal.soort),
        "positief": "ja" if signaal.positief else "",
        "ook_bij": "\n".join(wijzer.label(t) for t in signaal.andere_themas),
        "bronsoort": waarden.BRONSOORT.label(bron.soort) if bron else "",
        "oordeel": (
            waarden.OORDEEL.label(signaal.aanbod.oordeel)
            if signaal.aanbod.oordeel is not None
            else ""
        ),
        "nodig": signaal.aanbod.nodig,
        "id": signaal.id,
    }
    for veld, name in _BEOORDELING.items():
        value = getattr(beoordeling, name)
        if value is not None:
            values[veld] = value.label
    return values
