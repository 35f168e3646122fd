"""Reading a domain sheet: its rows become signals.

How rows are read, top to bottom under the header row:

- A name in the theme column sets the theme of that row and of the rows
  below it, up to the next name. The form writes each theme on a shaded
  row of its own, but a person may also type a theme next to a signal, as
  in the printed instrument. Names are matched forgivingly
  (`waarden.Themawijzer`); an approximate match is a warning.
- An empty row is skipped, wherever it stands.
- A row is one signal. Several signals written in one cell are read as one
  signal, with their line breaks: the other columns of the row (sources,
  services, criteria) cannot be divided among them. When the cell looks
  like a list (two or more lines starting with ``-``, ``•``, ``*`` or a
  number), a warning asks to give each signal its own row.
- A row that fills only the source columns (Bron, Soort bron) adds a source
  to the signal above it in the same theme, blank rows in between allowed.
  That is how a signal gets several sources: one source per row.
- A row with only an id left is a signal whose text was cleared: it is not
  read, with a warning.
- Content in a column the form does not have is a warning (`koppen`).

The id is read as it stands; `lezen` gives new and repeated ids a fresh one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import attrs

from wijkanalyse import meldingen
from wijkanalyse.analyse import (
    AanbodAnalyse,
    Bron,
    BronSoort,
    Kennisontwikkeling,
    Signaal,
    SignaalSoort,
)
from wijkanalyse.beoordeling import Beoordeling, Criterium
from wijkanalyse.exporters.invulschema import layout, waarden
from wijkanalyse.exporters.invulschema.cellen import (
    Onleesbaar,
    als_keuze,
    is_leeg,
)
from wijkanalyse.exporters.invulschema.koppen import (
    meld_extra_kolommen,
    zoek_koppen,
)
from wijkanalyse.exporters.invulschema.plaatsen import blad as bladplek
from wijkanalyse.exporters.invulschema.plaatsen import cel

if TYPE_CHECKING:
    from wijkanalyse.exporters.invulschema.bladen import Blad, Rij
    from wijkanalyse.exporters.invulschema.plaatsen import Verzamelaar
    from wijkanalyse.model import Domein, Participatiemodel

_OPSOMMING = re.compile(r"\s*(?:[-•*–·]|\d{1,2}[.)])\s")
_ONBEKEND = ""
"""The theme of rows under a name that matched no theme."""

_SIGNAALVELDEN = tuple(
    k.veld
    for k in layout.KOLOMMEN
    if k.veld not in layout.BRONVELDEN | {"thema", "id"}
)


@attrs.define
class GelezenSignaal:
    """A signal as read, before its id and place in the order are settled.

    Attributes:
        signaal: The signal; its id is ``''`` when the row had none.
        plekken: The cell of each part, by its path within the signal
            (``''`` for the signal itself, ``.tekst``, ``.bronnen[1]``).
    """

    signaal: Signaal
    plekken: dict[str, str]


class DomeinLezer:
    """Reads the domain sheets of one form against one model."""

    def __init__(
        self,
        model: Participatiemodel,
        titels: dict[str, str],
        verzamelaar: Verzamelaar,
    ) -> None:
        """Prepare to read sheets titled *titels* (by domain number)."""
        self.model = model
        self.titels = titels
        self.verzamelaar = verzamelaar
        self.wijzer = waarden.Themawijzer(model)

    def lees(self, blad: Blad, domein: Domein) -> list[GelezenSignaal]:
        """Every signal on *blad*, the sheet of *domein*, in row order."""
        koppen = zoek_koppen(blad.rijen, layout.KOLOMMEN)
        if koppen is None:
            self.verzamelaar.fout(
                bladplek(blad.titel), meldingen.koppen_ontbreken()
            )
            return []
        for kolom in koppen.ontbrekend:
            self.verzamelaar.fout(
                cel(blad.titel, koppen.rij, 1),
                meldingen.kolom_ontbreekt(kolom.kop),
            )
        rijen = [r for r in blad.rijen if r.nummer > koppen.rij]
        meld_extra_kolommen(koppen, rijen, blad.titel, self.verzamelaar)
        if {"thema", "tekst"} - koppen.kolommen.keys():
            return []
        blad_lezer = _BladLezer(self, blad.titel, koppen.kolommen, domein)
        return blad_lezer.lees(rijen)


class _BladLezer:
    """The state of reading one sheet: its columns and current theme."""

    def __init__(
        self,
        lezer: DomeinLezer,
        titel: str,
        kolommen: dict[str, int],
        domein: Domein,
    ) -> None:
        self.lezer = lezer
        self.titel = titel
        self.kolommen = kolommen
        self.domein = domein
        self.verzamelaar = lezer.verzamelaar
        self.thema: str | None = None
        self.thema_plek = ""
        self.laatste: GelezenSignaal | None = None

    def lees(self, rijen: list[Rij]) -> list[GelezenSignaal]:
        gelezen: list[GelezenSignaal] = []
        for rij in rijen:
            if not is_leeg(self.waarde(rij, "thema")):
                self.lees_thema(rij)
            soort = self.soort_regel(rij)
            if soort == "leeg":
                continue
            if self.thema is None:
                self.fout(rij, "tekst", meldingen.signaal_zonder_thema())
            elif soort == "id":
                self.waarschuwing(rij, "id", meldingen.alleen_id())
            elif soort == "bron":
                self.lees_extra_bron(rij)
            elif self.thema != _ONBEKEND:
                self.laatste = self.lees_signaal(rij, self.thema)
                gelezen.append(self.laatste)
        return gelezen

    # Cells ------------------------------------------------------------------

    def waarde(self, rij: Rij, veld: str) -> object:
        return rij.waarde(self.kolommen.get(veld, 0))

    def plek(self, rij: Rij, veld: str) -> str:
        return cel(self.titel, rij.nummer, self.kolommen.get(veld, 1))

    def fout(self, rij: Rij, veld: str, message: str) -> None:
        self.verzamelaar.fout(self.plek(rij, veld), message)

    def waarschuwing(self, rij: Rij, veld: str, message: str) -> None:
        self.verzamelaar.waarschuwing(self.plek(rij, veld), message)

    def tekst(self, rij: Rij, veld: str) -> str:
        """The text of a cell; control characters are an error."""
        return self.verzamelaar.tekst(
            self.waarde(rij, veld), self.plek(rij, veld)
        )

    def keuze(
        self, rij: Rij, veld: str, lijst: waarden.Keuzelijst[Any]
    ) -> Any:  # noqa: ANN401 (the list's type)
        try:
            return als_keuze(self.waarde(rij, veld), lijst, _naam(veld))
        except Onleesbaar as exc:
            self.fout(rij, veld, str(exc))
            return None

    def soort_regel(self, rij: Rij) -> str:
        """What *rij* holds: ``leeg``, ``id``, ``bron`` or ``signaal``."""
        signal = any(not is_leeg(self.waarde(rij, v)) for v in _SIGNAALVELDEN)
        if signal:
            return "signaal"
        if any(not is_leeg(self.waarde(rij, v)) for v in layout.BRONVELDEN):
            return "bron"
        return "leeg" if is_leeg(self.waarde(rij, "id")) else "id"

    # Themes -----------------------------------------------------------------

    def lees_thema(self, rij: Rij) -> None:
        """Set the current theme from the theme column of *rij*."""
        self.laatste = None
        self.thema_plek = self.plek(rij, "thema")
        model = self.lezer.model
        sleutel = self.lezer.wijzer.lees(
            self.tekst(rij, "thema"),
            self.thema_plek,
            self.verzamelaar,
            meldingen.thema_onbekend(model.naam),
        )
        self.thema = sleutel or _ONBEKEND
        if sleutel is None:
            return
        naam = model.thema(sleutel).naam
        eigen = model.domein_van(sleutel)
        if eigen.nummer != self.domein.nummer:
            self.waarschuwing(
                rij,
                "thema",
                meldingen.thema_ander_domein(
                    naam, self.lezer.titels[eigen.nummer]
                ),
            )

    def andere_themas(self, rij: Rij) -> tuple[str, ...]:
        """The keys named in the column 'Ook bij thema's', in order."""
        found: list[str] = []
        for line in self.tekst(rij, "ook_bij").split("\n"):
            if not line.strip():
                continue
            parts = [line]
            if self.lezer.wijzer.zoek(line) is None and ";" in line:
                parts = [p for p in line.split(";") if p.strip()]
            found.extend(self.thema_uit(rij, part) for part in parts)
        return tuple(key for key in found if key)

    def thema_uit(self, rij: Rij, text: str) -> str:
        onbekend = meldingen.ander_thema_onbekend(self.lezer.model.naam)
        where = self.plek(rij, "ook_bij")
        found = self.lezer.wijzer.lees(text, where, self.verzamelaar, onbekend)
        return found or ""

    # Signals and sources ----------------------------------------------------

    def lees_signaal(self, rij: Rij, thema: str) -> GelezenSignaal:
        text = self.tekst(rij, "tekst")
        if sum(bool(_OPSOMMING.match(line)) for line in text.split("\n")) > 1:
            self.waarschuwing(rij, "tekst", meldingen.meer_signalen_in_cel())
        plekken = {p: self.plek(rij, v) for v, p in layout.PADEN.items()}
        plekken[""] = self.plek(rij, "tekst")
        plekken[".bronnen"] = self.plek(rij, "bron")
        plekken[".thema"] = self.thema_plek
        bron = self.lees_bron(rij, plekken, 0)
        signaal = Signaal(
            id=self.tekst(rij, "id"),
            thema=thema,
            tekst=text,
            soort=self.keuze(rij, "soort", waarden.SIGNAALSOORT)
            or SignaalSoort.PROBLEEM,
            positief=bool(self.keuze(rij, "positief", waarden.JA_NEE)),
            andere_themas=self.andere_themas(rij),
            bronnen=() if bron is None else (bron,),
            aanbod=AanbodAnalyse(
                bestaand=self.tekst(rij, "bestaand"),
                oordeel=self.keuze(rij, "oordeel", waarden.OORDEEL),
                nodig=self.tekst(rij, "nodig"),
            ),
            kennisontwikkeling=Kennisontwikkeling(
                vragen=self.tekst(rij, "vragen"),
                methoden=self.tekst(rij, "methoden"),
            ),
            beoordeling=self.beoordeling(rij),
        )
        return GelezenSignaal(signaal, plekken)

    def beoordeling(self, rij: Rij) -> Beoordeling:
        values = {
            c.value.replace("-", "_"): self.keuze(
                rij, c.value, waarden.MATE if c.is_ordinal else waarden.BELEID
            )
            for c in Criterium
        }
        return Beoordeling(**values)

    def lees_bron(
        self, rij: Rij, plekken: dict[str, str], index: int
    ) -> Bron | None:
        """The source on *rij*, recording its cells as source *index*."""
        omschrijving = self.tekst(rij, "bron")
        soort = self.keuze(rij, "bronsoort", waarden.BRONSOORT)
        if soort is None and not omschrijving:
            return None
        if soort is None and is_leeg(self.waarde(rij, "bronsoort")):
            self.waarschuwing(rij, "bronsoort", meldingen.bron_zonder_soort())
        pad = f".bronnen[{index}]"
        plekken[pad] = self.plek(rij, "bron")
        plekken[f"{pad}.soort"] = self.plek(rij, "bronsoort")
        return Bron(soort=soort or BronSoort.ANDERS, omschrijving=omschrijving)

    def lees_extra_bron(self, rij: Rij) -> None:
        if self.thema == _ONBEKEND:
            return
        if self.laatste is None:
            self.fout(rij, "bron", meldingen.bron_zonder_signaal())
            return
        vorige = self.laatste.signaal
        bron = self.lees_bron(rij, self.laatste.plekken, len(vorige.bronnen))
        if bron is not None:
            self.laatste.signaal = attrs.evolve(
                vorige, bronnen=(*vorige.bronnen, bron)
            )


def _naam(veld: str) -> str:
    """How a column is named in a message: its criterion or its header."""
    for criterium in Criterium:
        if criterium.value == veld:
            return criterium.label
    for kolom in layout.KOLOMMEN:
        if kolom.veld == veld:
            return kolom.kop.lower()
    return veld
