"""Reading the voorblad and the hidden sheet's bookkeeping.

The voorblad is read by its labels in the first column, not by row
numbers: ``Wijk``, ``CBS-code``, ``Datum`` and ``Participatiemodel`` with
their value in the second column, then the ``Auteurs`` table found by its
headers, up to the explanation, which is the form's own text and not read.
An author row needs only a name; an empty role counts as opbouwwerker. An
empty CBS code reads as none.

The hidden sheet holds the layout version, which must not be newer than
this reader's, and the order of the signals when the form was written.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import attrs

from wijkanalyse import meldingen
from wijkanalyse.analyse import Auteur, Rol
from wijkanalyse.exporters.invulschema import layout, waarden
from wijkanalyse.exporters.invulschema.cellen import (
    Onleesbaar,
    als_datum,
    als_keuze,
    als_tekst,
    is_leeg,
)
from wijkanalyse.exporters.invulschema.koppen import (
    meld_extra_kolommen,
    zoek_koppen,
)
from wijkanalyse.exporters.invulschema.plaatsen import blad as bladplek
from wijkanalyse.exporters.invulschema.plaatsen import cel
from wijkanalyse.exporters.invulschema.waarden import normaal

if TYPE_CHECKING:
    from wijkanalyse.exporters.invulschema.bladen import Blad, Rij
    from wijkanalyse.exporters.invulschema.plaatsen import (
        Plaatsen,
        Verzamelaar,
    )

_LABELS = {normaal(label): key for key, label in layout.KOPVELDEN}
_AUTEURS = normaal(layout.KOP_AUTEURS)
_UITLEG = normaal(layout.KOP_UITLEG)
_PADEN = {"wijk": ".wijk.naam", "code": ".wijk.code", "datum": ".datum"}


@attrs.frozen
class Kop:
    """What the voorblad says.

    Attributes:
        wijk: The wijk's name.
        code: Its CBS code, or `None`.
        datum: The date, or `None` when missing or unreadable (an error).
        model: The participatiemodel's name.
        auteurs: The authors in row order.
    """

    wijk: str
    code: str | None
    datum: dt.date | None
    model: str
    auteurs: tuple[Auteur, ...]


class VoorbladLezer:
    """Reads the voorblad, recording problems and the cell of each part."""

    def __init__(self, verzamelaar: Verzamelaar, plaatsen: Plaatsen) -> None:
        """Read into *verzamelaar* and *plaatsen*."""
        self.verzamelaar = verzamelaar
        self.plaatsen = plaatsen

    def lees(self, blad: Blad) -> Kop:
        """Everything the voorblad *blad* says."""
        velden: dict[str, object] = {}
        auteurs: list[Rij] = []
        seen_label = False
        for index, rij in enumerate(blad.rijen):
            label = normaal(als_tekst(rij.waarde(1)))
            if label == _UITLEG:
                break
            if label == _AUTEURS:
                self.plaatsen.zet(".auteurs", cel(blad.titel, rij.nummer, 1))
                auteurs = self._auteurrijen(blad.rijen[index + 1 :])
                break
            if label in _LABELS:
                seen_label = True
                velden[_LABELS[label]] = self._veld(blad.titel, rij, label)
            elif seen_label:
                self.verzamelaar.buiten_schema(blad.titel, rij, 0)
        for key, label in layout.KOPVELDEN:
            if key not in velden:
                self.verzamelaar.fout(
                    bladplek(blad.titel), meldingen.regel_ontbreekt(label)
                )
        return self._kop(blad, velden, auteurs)

    def _veld(self, titel: str, rij: Rij, label: str) -> object:
        key = _LABELS[label]
        where = cel(titel, rij.nummer, 2)
        self.plaatsen.zet(_PADEN.get(key, f".{key}"), where)
        self.verzamelaar.buiten_schema(titel, rij, 2)
        if key == "datum":
            return self._datum(where, rij.waarde(2))
        return self.verzamelaar.tekst(rij.waarde(2), where)

    def _datum(self, where: str, value: object) -> dt.date | None:
        try:
            datum = als_datum(value)
        except Onleesbaar as exc:
            self.verzamelaar.fout(where, str(exc))
            return None
        if datum is None:
            self.verzamelaar.fout(where, meldingen.datum_ontbreekt())
        return datum

    def _auteurrijen(self, rijen: list[Rij]) -> list[Rij]:
        """The rows of the authors' table, up to the explanation."""
        table: list[Rij] = []
        for rij in rijen:
            if normaal(als_tekst(rij.waarde(1))) == _UITLEG:
                break
            table.append(rij)
        return table

    def _kop(
        self, blad: Blad, velden: dict[str, object], rijen: list[Rij]
    ) -> Kop:
        code = str(velden.get("code") or "") or None
        datum = velden.get("datum")
        return Kop(
            wijk=str(velden.get("wijk") or ""),
            code=code,
            datum=datum if isinstance(datum, dt.date) else None,
            model=str(velden.get("model") or ""),
            auteurs=self._auteurs(blad.titel, rijen),
        )

    def _auteurs(self, titel: str, rijen: list[Rij]) -> tuple[Auteur, ...]:
        koppen = zoek_koppen(rijen, layout.AUTEURKOLOMMEN)
        if koppen is None:
            self.verzamelaar.fout(
                bladplek(titel), meldingen.regel_ontbreekt(layout.KOP_AUTEURS)
            )
            return ()
        data = [r for r in rijen if r.nummer > koppen.rij]
        meld_extra_kolommen(koppen, data, titel, self.verzamelaar)
        auteurs: list[Auteur] = []
        for rij in data:
            values = {
                veld: rij.waarde(kolom)
                for veld, kolom in koppen.kolommen.items()
            }
            if all(is_leeg(v) for v in values.values()):
                continue
            auteurs.append(
                self._auteur(titel, rij, koppen.kolommen, len(auteurs))
            )
        return tuple(auteurs)

    def _auteur(
        self, titel: str, rij: Rij, kolommen: dict[str, int], index: int
    ) -> Auteur:
        pad = f".auteurs[{index}]"
        texts: dict[str, str] = {}
        for veld, kolom in kolommen.items():
            where = cel(titel, rij.nummer, kolom)
            self.plaatsen.zet(f"{pad}.{veld}", where)
            if veld != "rol":
                texts[veld] = self.verzamelaar.tekst(rij.waarde(kolom), where)
        self.plaatsen.zet(pad, self.plaatsen.plek(f"{pad}.naam"))
        return Auteur(
            naam=texts.get("naam", ""),
            rol=self._rol(titel, rij, kolommen.get("rol", 0)),
            functie=texts.get("functie", ""),
            organisatie=texts.get("organisatie", ""),
        )

    def _rol(self, titel: str, rij: Rij, kolom: int) -> Rol:
        try:
            rol = als_keuze(rij.waarde(kolom), waarden.ROL, "rol")
        except Onleesbaar as exc:
            self.verzamelaar.fout(cel(titel, rij.nummer, kolom), str(exc))
            return Rol.OPBOUWWERKER
        return rol or Rol.OPBOUWWERKER


@attrs.frozen
class Boekhouding:
    """What the hidden sheet records.

    Attributes:
        versie: The layout version the form was written with, or `None`.
        volgorde: The signals' ids in the analysis's order.
    """

    versie: int | None
    volgorde: tuple[str, ...]


def lees_boekhouding(blad: Blad | None) -> Boekhouding:
    """The version and signal order from the hidden sheet *blad*.

    A workbook without it (its sheets copied into another workbook) reads
    in form order.
    """
    if blad is None or not blad.rijen or blad.rijen[0].nummer != 1:
        return Boekhouding(None, ())
    header = {
        normaal(als_tekst(v)): i
        for i, v in enumerate(blad.rijen[0].waarden, start=1)
    }
    column = {
        key: [r.waarde(header.get(key, 0)) for r in blad.rijen[1:]]
        for key in (layout.INDELING, layout.VOLGORDE)
    }
    versie = None
    indeling = column[layout.INDELING]
    if len(indeling) > 1 and str(indeling[1]).isdigit():
        versie = int(str(indeling[1]))
    ids = tuple(
        als_tekst(v) for v in column[layout.VOLGORDE] if not is_leeg(v)
    )
    return Boekhouding(versie, ids)
