"""Reading the Samenvatting sheet: syntheses, kennisleemtes, conclusions.

The sheet is read by its section headings (`layout.SECTIES`) in the first
column; the rows under a heading, up to the next, belong to that section:

- a synthesis row names a domain (by the dropdown's label, its number or
  its name) and holds the text; a domain without text is kept as an empty
  synthesis, text without domain is an error;
- a kennisleemte row names a theme, matched like theme names elsewhere;
- conclusions are one text: several filled rows are joined with a blank
  line between them;
- each filled recommendation row is one recommendation.

Blank rows are skipped. A filled cell in a column the section does not use
is an error: it cannot be placed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from wijkanalyse import meldingen
from wijkanalyse.analyse import Synthese
from wijkanalyse.exporters.invulschema import layout
from wijkanalyse.exporters.invulschema.cellen import (
    als_tekst,
    is_leeg,
)
from wijkanalyse.exporters.invulschema.plaatsen import cel
from wijkanalyse.exporters.invulschema.waarden import Themawijzer, normaal

if TYPE_CHECKING:
    from wijkanalyse.exporters.invulschema.bladen import Blad, Rij
    from wijkanalyse.exporters.invulschema.plaatsen import (
        Plaatsen,
        Verzamelaar,
    )
    from wijkanalyse.model import Participatiemodel

_SECTIES = {normaal(s.kop): s for s in layout.SECTIES}


@attrs.define
class Samenvatting:
    """What the Samenvatting sheet says."""

    synthese: list[Synthese] = attrs.Factory(list)
    kennisleemtes: list[str] = attrs.Factory(list)
    conclusies: list[str] = attrs.Factory(list)
    aanbevelingen: list[str] = attrs.Factory(list)


class SamenvattingLezer:
    """Reads the Samenvatting sheet against a model."""

    def __init__(
        self,
        model: Participatiemodel,
        verzamelaar: Verzamelaar,
        plaatsen: Plaatsen,
    ) -> None:
        """Read into *verzamelaar* and *plaatsen*."""
        self.model = model
        self.verzamelaar = verzamelaar
        self.plaatsen = plaatsen
        self.wijzer = Themawijzer(model)
        self.domeinen: dict[str, str] = {}
        for domein in model.domeinen:
            for name in (
                layout.domeinlabel(domein),
                domein.nummer,
                domein.naam,
            ):
                self.domeinen.setdefault(normaal(name), domein.nummer)

    def lees(self, blad: Blad) -> Samenvatting:
        """Every section of *blad*."""
        result = Samenvatting()
        sectie: layout.Sectie | None = None
        for rij in blad.rijen:
            heading = _SECTIES.get(normaal(als_tekst(rij.waarde(1))))
            if heading is not None:
                sectie = heading
                self.verzamelaar.buiten_schema(blad.titel, rij, 1)
            elif sectie is None:
                if rij.nummer > layout.TITELRIJEN:
                    self.verzamelaar.buiten_schema(blad.titel, rij, 0)
            elif not _is_koprij(rij, sectie):
                self._lees_rij(blad.titel, rij, sectie, result)
        return result

    def _lees_rij(
        self, titel: str, rij: Rij, sectie: layout.Sectie, result: Samenvatting
    ) -> None:
        used = [i for i, k in enumerate(sectie.kolommen, start=1) if k.veld]
        for kolom, value in enumerate(rij.waarden, start=1):
            if kolom not in used and not is_leeg(value):
                self.verzamelaar.fout(
                    cel(titel, rij.nummer, kolom), meldingen.buiten_schema()
                )
        if all(is_leeg(rij.waarde(k)) for k in used):
            return
        if sectie.veld == "synthese":
            self._synthese(titel, rij, result.synthese)
        elif sectie.veld == "kennisleemtes":
            self._leemte(titel, rij, result.kennisleemtes)
        elif sectie.veld == "conclusies":
            where = cel(titel, rij.nummer, 2)
            if not result.conclusies:
                self.plaatsen.zet(".conclusies", where)
            result.conclusies.append(
                self.verzamelaar.tekst(rij.waarde(2), where)
            )
        else:
            where = cel(titel, rij.nummer, 2)
            pad = f".aanbevelingen[{len(result.aanbevelingen)}]"
            self.plaatsen.zet(pad, where)
            result.aanbevelingen.append(
                self.verzamelaar.tekst(rij.waarde(2), where)
            )

    def _synthese(self, titel: str, rij: Rij, target: list[Synthese]) -> None:
        where = cel(titel, rij.nummer, 1)
        text = self.verzamelaar.tekst(rij.waarde(2), cel(titel, rij.nummer, 2))
        name = normaal(als_tekst(rij.waarde(1)))
        if not name:
            self.verzamelaar.fout(where, meldingen.domein_ontbreekt())
            return
        nummer = self.domeinen.get(name)
        if nummer is None:
            self.verzamelaar.fout(where, meldingen.domein_onbekend())
            return
        pad = f".synthese[{len(target)}]"
        self.plaatsen.zet(pad, where)
        self.plaatsen.zet(f"{pad}.tekst", cel(titel, rij.nummer, 2))
        target.append(Synthese(domein=nummer, tekst=text))

    def _leemte(self, titel: str, rij: Rij, target: list[str]) -> None:
        where = cel(titel, rij.nummer, 1)
        sleutel = self.wijzer.lees(
            self.verzamelaar.tekst(rij.waarde(1), where),
            where,
            self.verzamelaar,
            meldingen.thema_onbekend(self.model.naam),
        )
        if sleutel is not None:
            self.plaatsen.zet(f".kennisleemtes[{len(target)}]", where)
            target.append(sleutel)


def _is_koprij(rij: Rij, sectie: layout.Sectie) -> bool:
    """Whether *rij* is the section's row of column headers."""
    if not sectie.koprij:
        return False
    texts = [normaal(als_tekst(v)) for v in rij.waarden]
    return texts[: len(sectie.kolommen)] == [
        normaal(k.kop) for k in sectie.kolommen
    ]
