"""What every part of the report needs while it is built.

`Context` carries the weighed analysis and its model, and is the one door
through which text enters the report: every text an author (or a model)
wrote passes `Context.tekst` or `Context.veld`, which remove characters no
document can hold and report each removal with its place — signal id and
field — never with the text itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wijkanalyse import meldingen
from wijkanalyse.errors import Problem, Severity
from wijkanalyse.validatie import (
    has_forbidden_characters,
    without_forbidden_characters,
)
from wijkanalyse.verslag.model import Fragment, Nadruk
from wijkanalyse.verslag.taal import eerste_zin, romeins, zin

if TYPE_CHECKING:
    from wijkanalyse.analyse import Signaal, Wijkanalyse
    from wijkanalyse.criteria import Selectie
    from wijkanalyse.model import Domein, Participatiemodel


class Context:
    """The weighed analysis, its model, and the problems found so far.

    Attributes:
        selectie: The weighing of the analysis.
        analyse: The analysis.
        model: Its participatiemodel.
        problemen: Warnings about removed characters, in the order found.
        deel_slot: The Roman numeral of the closing chapter.
    """

    def __init__(self, selectie: Selectie) -> None:
        """Start building from *selectie*."""
        self.selectie = selectie
        self.analyse: Wijkanalyse = selectie.analyse
        self.model: Participatiemodel = selectie.model
        self.problemen: list[Problem] = []
        self._gemeld: set[str] = set()
        self.deel_slot = romeins(len(self.model.domeinen) + 1)

    def tekst(self, tekst: str, plaats: str) -> str:
        """*tekst* without characters no document can hold.

        Args:
            tekst: An author's or a model's text.
            plaats: Where it comes from, e.g. ``wijk.naam``; a removal is
                reported once per place.
        """
        if not has_forbidden_characters(tekst):
            return tekst
        if plaats not in self._gemeld:
            self._gemeld.add(plaats)
            self.problemen.append(
                Problem(
                    plaats, meldingen.teken_weggelaten(), Severity.WAARSCHUWING
                )
            )
        return without_forbidden_characters(tekst)

    def veld(self, signaal: Signaal, veld: str, tekst: str) -> str:
        """A field of a signal, cleaned; its place names the id and field."""
        return self.tekst(tekst, f"signaal {self.signaal_id(signaal)}, {veld}")

    @staticmethod
    def signaal_id(signaal: Signaal) -> str:
        """The signal's id as it may be shown."""
        return without_forbidden_characters(signaal.id)

    def signaaltekst(self, signaal: Signaal) -> str:
        """The signal's own words, ending as a sentence."""
        return zin(self.veld(signaal, "tekst", signaal.tekst))

    def kern(self, signaal: Signaal) -> str:
        """The first sentence of the signal: how later chapters name it.

        The whole text stands in the signal's theme; the summary, the
        lists of speerpunten and lacunes and the appendix repeat only its
        first sentence, with the id to find the rest.
        """
        return zin(eerste_zin(self.veld(signaal, "tekst", signaal.tekst)))

    def aanduiding(self, signaal: Signaal) -> tuple[Fragment, ...]:
        """The lead of a list item: theme (bold), id and first sentence."""
        return (
            Fragment(self.thema_naam(signaal.thema), Nadruk.VET),
            Fragment(f" ({self.signaal_id(signaal)}): {self.kern(signaal)}"),
        )

    def thema_naam(self, sleutel: str) -> str:
        """The name of a theme, or its key when the model lacks it."""
        if not self.model.heeft_thema(sleutel):
            return without_forbidden_characters(sleutel)
        naam = self.model.thema(sleutel).naam
        return self.tekst(naam, f"model, thema '{sleutel}'")

    def domein_titel(self, domein: Domein) -> str:
        """The numbered heading of a domain, e.g. ``I Privédomein``."""
        return self.tekst(domein.titel, f"model, domein {domein.nummer}")

    def domein_doel(self, domein: Domein) -> tuple[str, ...]:
        """The domain's zelfredzaamheid and core phrase, those given."""
        plaats = f"model, domein {domein.nummer}"
        return tuple(
            self.tekst(t, plaats)
            for t in (domein.zelfredzaamheid, domein.kern)
            if t
        )
