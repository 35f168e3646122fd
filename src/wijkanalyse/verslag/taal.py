"""Small helpers that make generated text read as Dutch.

Dates as "3 december 2026", decimal commas, lists joined with "en",
counts with the right noun form, sentences that end in a full stop.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable

MAANDEN = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)

_TELWOORDEN = (
    "nul",
    "één",
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
    "tien",
    "elf",
    "twaalf",
)

_ROMEINS = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)

_SLOT = ".!?…"
_AFSLUITERS = "\"')’”»"


def datum(value: dt.date) -> str:
    """A date the Dutch way: ``3 december 2026``."""
    return f"{value.day} {MAANDEN[value.month - 1]} {value.year}"


def getal(value: float, decimalen: int = 2) -> str:
    """A number with a decimal comma: ``0,83``; whole numbers stay whole.

    Args:
        value: The number.
        decimalen: The decimals shown for a number that is not whole.
    """
    if float(value).is_integer():
        return str(int(value))
    text = f"{value:.{decimalen}f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def score(value: float) -> str:
    """A score between 0 and 1, always with two decimals: ``0,80``."""
    return f"{value:.2f}".replace(".", ",")


def opsomming(items: Iterable[str], voegwoord: str = "en") -> str:
    """Join words the Dutch way: ``a, b en c``."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {voegwoord} {items[-1]}"


def telwoord(aantal: int) -> str:
    """A small count in words (``drie``), larger ones in digits."""
    if 0 <= aantal < len(_TELWOORDEN):
        return _TELWOORDEN[aantal]
    return str(aantal)


def aantal(n: int, enkelvoud: str, meervoud: str) -> str:
    """A count with its noun: ``geen lacunes``, ``één lacune``, ``drie …``.

    Counts up to twelve are written in words, as Dutch prose does.
    """
    if n == 0:
        return f"geen {meervoud}"
    return f"{telwoord(n)} {enkelvoud if n == 1 else meervoud}"


def romeins(n: int) -> str:
    """The Roman numeral of a positive number: ``4`` gives ``IV``.

    Raises:
        ValueError: For zero or a negative number.
    """
    if n < 1:
        msg = f"no Roman numeral for {n}"
        raise ValueError(msg)
    parts = []
    for value, letters in _ROMEINS:
        count, n = divmod(n, value)
        parts.append(letters * count)
    return "".join(parts)


def hoofdletter(text: str) -> str:
    """*text* with its first character in upper case, the rest untouched."""
    return text[:1].upper() + text[1:]


def zin(text: str) -> str:
    """*text* ending as a sentence: a full stop is added when none is there.

    A text that already ends in ``.``, ``!``, ``?`` or ``…`` (possibly
    followed by a closing quote or bracket) is returned as it is.
    """
    text = text.strip()
    if not text:
        return text
    stripped = text.rstrip(_AFSLUITERS)
    if stripped and stripped[-1] in _SLOT:
        return text
    if text[-1] in ":;,":
        text = text[:-1].rstrip()
    return f"{text}."


def alineas(text: str) -> tuple[str, ...]:
    """Split an author's text into paragraphs at blank lines."""
    parts = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n")]
    return tuple(p for p in parts if p)


_ZINSEINDE = re.compile(r"[.!?…][\"'’”)]*\s+(?=[A-ZÀ-ÖØ-Ý\"'‘“(])")
_AFKORTINGEN = frozenset(
    {
        "o.a.",
        "bijv.",
        "bv.",
        "m.n.",
        "i.p.v.",
        "ca.",
        "nr.",
        "dhr.",
        "mevr.",
        "mr.",
        "dr.",
        "drs.",
        "ir.",
        "ing.",
        "prof.",
        "st.",
        "z.g.",
        "e.d.",
        "e.a.",
        "resp.",
        "vgl.",
    }
)


def eerste_zin(text: str) -> str:
    """The first sentence of *text*, or all of it when it is one sentence.

    A full stop after a common Dutch abbreviation (``o.a.``, ``bijv.``)
    does not end a sentence.
    """
    text = text.strip()
    for match in _ZINSEINDE.finditer(text):
        voor = text[: match.end()].rstrip()
        laatste = voor.rsplit(maxsplit=1)[-1].lower()
        if laatste not in _AFKORTINGEN:
            return voor
    return text
