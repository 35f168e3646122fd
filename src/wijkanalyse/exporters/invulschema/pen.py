"""Putting values in cells safely.

Every text goes through `Pen.tekst`, which:

- stores it as text, never as a formula: openpyxl makes a formula of a
  string starting with ``=``, so the cell's type is set back to text, and a
  text starting with ``=``, ``+``, ``-`` or ``@`` gets Excel's quote prefix
  so that editing the cell later does not turn it into one either;
- escapes a literal ``_xHHHH_``, which Excel would otherwise decode;
- refuses, with its place, a text longer than an Excel cell holds or one
  with characters XML cannot carry, instead of letting openpyxl cut it off
  silently or fail with the whole text in its message.

Refusals are collected; the writer raises them together before anything is
saved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wijkanalyse import meldingen
from wijkanalyse.errors import Problem
from wijkanalyse.exporters.invulschema import layout
from wijkanalyse.exporters.invulschema.cellen import bescherm
from wijkanalyse.validatie import has_forbidden_characters

if TYPE_CHECKING:
    import datetime as dt

    from openpyxl.cell import Cell, MergedCell

_FORMULETEKENS = frozenset("=+-@")


class Pen:
    """Writes values and styles into cells, collecting refused texts."""

    def __init__(self) -> None:
        """Start with nothing refused."""
        self.problemen: list[Problem] = []

    def tekst(
        self, cell: Cell | MergedCell, text: str, stijl: str, pad: str = ""
    ) -> None:
        """Write *text* into *cell* with *stijl*; *pad* names it if refused.

        Args:
            cell: The cell.
            text: The text; an empty text leaves the cell empty.
            stijl: The name of a style from `stijl`.
            pad: Where the text comes from, e.g. ``$.signalen[2].tekst``.
        """
        cell.style = stijl
        if not text:
            return
        value = bescherm(text)
        veld = pad.rsplit(".", 1)[-1] or "tekst"
        if has_forbidden_characters(value):
            self.problemen.append(Problem(pad, meldingen.verboden_teken(veld)))
            return
        if len(value) > layout.MAX_TEKST:
            self.problemen.append(
                Problem(pad, meldingen.tekst_te_lang(veld, len(value)))
            )
            return
        cell.value = value
        cell.data_type = "s"
        if value[0] in _FORMULETEKENS:
            cell.quotePrefix = True

    def waarde(
        self, cell: Cell | MergedCell, value: dt.date | int | None, stijl: str
    ) -> None:
        """Write a value that is not text (a date, a number)."""
        cell.style = stijl
        cell.value = value

    def stijl(self, cell: Cell | MergedCell, stijl: str) -> None:
        """Give an empty *cell* the style *stijl*."""
        cell.style = stijl
