"""From what a cell holds to what the analysis needs.

A cell gives text, a number, a truth value or a date, depending on what a
person typed and how the cell was formatted. These functions accept every
reasonable form: a number where text is expected becomes its text (``2`` or
``2,5``), a criterion may be a digit or a word in any capitalisation, a date
may be a real date or text such as ``15-3-2024`` or ``15 maart 2024``.
Text is normalised as everywhere in the library (`wijkanalyse.analyse.tekst`):
line breaks kept, surrounding white space removed.

What cannot be read raises `Onleesbaar` carrying the Dutch message; the
reader adds the place.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, TypeVar

from wijkanalyse import meldingen
from wijkanalyse.analyse import tekst
from wijkanalyse.validatie import has_forbidden_characters

if TYPE_CHECKING:
    from wijkanalyse.exporters.invulschema.waarden import Keuzelijst

T = TypeVar("T")

_EXCEL_NUL = dt.date(1899, 12, 30)
"""Day zero of Excel's date serials (valid from 1 March 1900 on)."""

_MAANDEN = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "feb": 2,
    "maart": 3,
    "mrt": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "augustus": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
_DMJ = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})")
_JMD = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_D_MAAND_J = re.compile(r"(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})")
_GETYPT_MAX = 24
"""The longest typed value a message may quote."""


class Onleesbaar(ValueError):  # noqa: N818 (a Dutch domain word, like Oordeel)
    """A cell's content cannot be read; the message says why, in Dutch."""


def is_leeg(value: object) -> bool:
    """Whether a cell counts as empty: nothing, or only white space."""
    return value is None or (isinstance(value, str) and not value.strip())


def als_tekst(value: object) -> str:
    """The cell's content as normalised text; empty cells give ``''``."""
    if isinstance(value, str):
        return tekst(value)
    if value is None:
        return ""
    return _weergave(value)


def _weergave(value: object) -> str:
    """A number, truth value or date as a Dutch spreadsheet shows it."""
    if isinstance(value, bool):
        text = "WAAR" if value else "ONWAAR"
    elif isinstance(value, float):
        whole = value.is_integer()
        text = str(int(value)) if whole else repr(value).replace(".", ",")
    elif isinstance(value, dt.datetime):
        midnight = value.time() == dt.time()
        text = f"{value:%d-%m-%Y}" if midnight else f"{value:%d-%m-%Y %H:%M}"
    elif isinstance(value, dt.date):
        text = f"{value:%d-%m-%Y}"
    else:
        text = str(value)
    return text


def schone_tekst(value: object) -> tuple[str, bool]:
    """The cell's text without control characters, and whether it had any.

    A document cannot hold those characters; the caller reports them as an
    error, so the text is never used as if nothing had happened.
    """
    text = als_tekst(value)
    if not has_forbidden_characters(text):
        return text, False
    return "".join(c for c in text if not has_forbidden_characters(c)), True


def getypt(value: object) -> str | None:
    """What a person typed, if short enough to quote in a message.

    Only values meant for closed lists are ever passed here; even then a
    long or multi-line value is not quoted, since it is probably text put in
    the wrong cell.
    """
    text = als_tekst(value)
    if len(text) > _GETYPT_MAX or "\n" in text:
        return None
    return text


def als_keuze(value: object, lijst: Keuzelijst[T], veld: str) -> T | None:
    """The list value a cell names; `None` for an empty cell.

    Args:
        value: The cell's content.
        lijst: The closed list the column offers.
        veld: The column's name for the message, e.g. ``urgentie``.

    Raises:
        Onleesbaar: When the content names no value of the list.
    """
    if is_leeg(value):
        return None
    found = None if isinstance(value, bool) else lijst.lees(als_tekst(value))
    if found is None:
        raise Onleesbaar(
            meldingen.geen_waarde_voor(getypt(value), veld, lijst.keuzes)
        )
    return found


def als_datum(value: object) -> dt.date | None:
    """The date a cell holds; `None` for an empty cell.

    Raises:
        Onleesbaar: When the content is no date this reads.
    """
    if is_leeg(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _serial(value)
    found = _datum_uit_tekst(als_tekst(value).casefold())
    if found is None:
        raise Onleesbaar(meldingen.geen_datum())
    return found


def _serial(value: float) -> dt.date:
    if not float(value).is_integer() or not 61 <= value <= 2_958_465:
        raise Onleesbaar(meldingen.geen_datum())
    return _EXCEL_NUL + dt.timedelta(days=int(value))


def _datum_uit_tekst(text: str) -> dt.date | None:
    parts: tuple[int, int, int] | None = None
    if match := _JMD.fullmatch(text):
        year, month, day = (int(g) for g in match.groups())
        parts = (year, month, day)
    elif match := _DMJ.fullmatch(text):
        day, month, year = (int(g) for g in match.groups())
        parts = (year + 2000 if year < 100 else year, month, day)
    elif (match := _D_MAAND_J.fullmatch(text)) and match[2] in _MAANDEN:
        parts = (int(match[3]), _MAANDEN[match[2]], int(match[1]))
    if parts is None:
        return None
    try:
        return dt.date(*parts)
    except ValueError:
        return None


# Excel's escapes ------------------------------------------------------------

_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_NEEDS_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")


def ontsnap(value: str) -> str:
    """Decode Excel's ``_xHHHH_`` escapes, which openpyxl leaves in text.

    Excel writes a character XML cannot hold (and a literal ``_x0041_``)
    this way; ``_x005F_`` is an escaped underscore. LibreOffice decodes
    these escapes when it opens a file but does not escape a literal
    ``_x0041_`` when it saves one, so such a text, rare as it is, comes
    back from a form saved by LibreOffice as the character it spells.
    """
    if "_x" not in value:
        return value
    return _ESCAPE.sub(lambda m: chr(int(m[1], 16)), value)


def bescherm(value: str) -> str:
    """Escape text that Excel would otherwise decode as ``_xHHHH_``."""
    if "_x" not in value:
        return value
    return _NEEDS_ESCAPE.sub(r"_x005F_\1", value)
