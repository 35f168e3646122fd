"""Finding a table's columns by their header texts.

People insert, move and add columns; the reader therefore never assumes a
column's position. It looks for the row that holds the headers of
`layout.KOLOMMEN` (or another table's columns) and maps each field to the
column where its header stands. Columns with other headers, or filled cells
under no header, are another person's addition: they are reported once per
column as a warning naming the first filled cell, and not read. A person's
own header is not quoted: it is free text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from wijkanalyse import meldingen
from wijkanalyse.exporters.invulschema.cellen import als_tekst, is_leeg
from wijkanalyse.exporters.invulschema.layout import Kolom
from wijkanalyse.exporters.invulschema.plaatsen import cel
from wijkanalyse.exporters.invulschema.waarden import normaal

if TYPE_CHECKING:
    from collections.abc import Iterable

    from wijkanalyse.exporters.invulschema.bladen import Rij
    from wijkanalyse.exporters.invulschema.plaatsen import Verzamelaar

ZOEK_RIJEN = 12
"""How many filled rows from the top may come before the header row."""


@attrs.frozen
class Koppen:
    """Where a table's columns are.

    Attributes:
        rij: The row number of the headers.
        kolommen: Each field's column (1-based), for the headers found.
        ontbrekend: The columns whose header is missing.
    """

    rij: int
    kolommen: dict[str, int]
    ontbrekend: tuple[Kolom, ...]


def zoek_koppen(
    rijen: Iterable[Rij], kolommen: tuple[Kolom, ...]
) -> Koppen | None:
    """Find the header row of *kolommen* among the first rows.

    The header row is the first one where more than half the headers
    stand; `None` when there is none.
    """
    wanted = {normaal(k.kop): k for k in kolommen if k.kop}
    for index, rij in enumerate(rijen):
        if index >= ZOEK_RIJEN:
            break
        texts = {
            i: normaal(als_tekst(v))
            for i, v in enumerate(rij.waarden, start=1)
            if isinstance(v, str)
        }
        found = {
            wanted[text].veld: i for i, text in texts.items() if text in wanted
        }
        if 2 * len(found) > len(wanted):
            missing = tuple(k for k in wanted.values() if k.veld not in found)
            return Koppen(rij.nummer, found, missing)
    return None


def meld_extra_kolommen(
    koppen: Koppen,
    rijen: Iterable[Rij],
    titel: str,
    verzamelaar: Verzamelaar,
) -> None:
    """Warn once for each column outside the table that holds something."""
    known = set(koppen.kolommen.values())
    first: dict[int, int] = {}
    counts: dict[int, int] = {}
    for rij in rijen:
        for kolom, value in enumerate(rij.waarden, start=1):
            if kolom not in known and not is_leeg(value):
                first.setdefault(kolom, rij.nummer)
                counts[kolom] = counts.get(kolom, 0) + 1
    for kolom in sorted(first):
        verzamelaar.waarschuwing(
            cel(titel, first[kolom], kolom),
            meldingen.extra_kolom(counts[kolom]),
        )
