"""Places in the form, and the problems found there.

A place reads ``blad 'I Privédomein', cel D7``. The reader collects every
problem in a `Verzamelaar` instead of stopping at the first, and records in
`Plaatsen` which cell each part of the analysis came from, so that the
problems `wijkanalyse.validatie.validate` finds (located by path, such as
``$.signalen[3] (S004).tekst``) can be reported at their cell.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wijkanalyse import meldingen
from wijkanalyse.errors import Problem, Severity
from wijkanalyse.exporters.invulschema.cellen import is_leeg, schone_tekst

if TYPE_CHECKING:
    from wijkanalyse.exporters.invulschema.bladen import Rij

MAX_MELDINGEN = 200
"""The most problems reported; the rest are counted."""


def kolomletter(kolom: int) -> str:
    """The letters of a column: 1 is ``A``, 27 is ``AA``."""
    letters = ""
    while kolom:
        kolom, rest = divmod(kolom - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cel(blad: str, rij: int, kolom: int) -> str:
    """The place of one cell, as a person reads it."""
    return f"blad '{blad}', cel {kolomletter(kolom)}{rij}"


def blad(titel: str) -> str:
    """The place of a whole sheet."""
    return f"blad '{titel}'"


class Verzamelaar:
    """Collects problems in document order, up to `MAX_MELDINGEN`."""

    def __init__(self) -> None:
        """Start with no problems."""
        self._problems: list[Problem] = []
        self._dropped = 0

    def fout(self, where: str, message: str) -> None:
        """Record an error at *where*."""
        self.voeg_toe(Problem(where, message))

    def waarschuwing(self, where: str, message: str) -> None:
        """Record a warning at *where*."""
        self.voeg_toe(Problem(where, message, Severity.WAARSCHUWING))

    def voeg_toe(self, problem: Problem) -> None:
        """Record *problem*, or count it when the list is full."""
        if len(self._problems) < MAX_MELDINGEN:
            self._problems.append(problem)
        else:
            self._dropped += 1

    def tekst(self, value: object, where: str) -> str:
        """The text of a cell at *where*; control characters are an error."""
        text, forbidden = schone_tekst(value)
        if forbidden:
            self.fout(where, meldingen.stuurteken_in_cel())
        return text

    def buiten_schema(self, titel: str, rij: Rij, laatste: int) -> None:
        """An error for each filled cell of *rij* right of *laatste*."""
        for kolom, value in enumerate(rij.waarden, start=1):
            if kolom > laatste and not is_leeg(value):
                self.fout(
                    cel(titel, rij.nummer, kolom), meldingen.buiten_schema()
                )

    @property
    def heeft_fouten(self) -> bool:
        """Whether any recorded problem is an error."""
        return any(p.is_error for p in self._problems)

    def problemen(self) -> tuple[Problem, ...]:
        """Every problem recorded, with a note on those left out."""
        if not self._dropped:
            return tuple(self._problems)
        note = Problem(
            "", meldingen.te_veel_meldingen(self._dropped), Severity.FOUT
        )
        return (*self._problems, note)


_ID_IN_PATH = re.compile(r"(\[\d+\]) \([^)]*\)")
_LAST_STEP = re.compile(r"(\.[^.\[]+|\[\d+\])$")


class Plaatsen:
    """Which cell each part of the analysis was read from.

    Parts are named by the paths of `wijkanalyse.validatie`, relative to
    the document root, e.g. ``.signalen[3].tekst``.
    """

    def __init__(self, standaard: str) -> None:
        """Start empty; *standaard* is the place of unknown parts."""
        self._cellen: dict[str, str] = {}
        self._standaard = standaard

    def zet(self, pad: str, plek: str) -> None:
        """Record that the part at *pad* was read from *plek*."""
        self._cellen[pad] = plek

    def plek(self, pad: str) -> str:
        """The cell of *pad*, or of the nearest part that contains it."""
        while pad:
            if pad in self._cellen:
                return self._cellen[pad]
            pad = _LAST_STEP.sub("", pad)
        return self._standaard

    def vertaal(self, problem: Problem) -> Problem:
        """*problem* located at its cell instead of its path."""
        where = problem.where
        if not where.startswith("$"):
            return problem
        pad = _ID_IN_PATH.sub(r"\1", where[1:])
        return Problem(self.plek(pad), problem.message, problem.severity)
