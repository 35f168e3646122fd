"""An argparse parser that speaks Dutch to the people who use it.

argparse writes its own words ("usage:", "options", error lines) in
English; this module replaces them so that all output of the command line
is Dutch.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from collections.abc import Iterator

_ARGPARSE_WORDS = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "the following arguments are required: %s": "verplicht: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ongeldige keuze: %(value)r (kies uit %(choices)s)"
    ),
    "expected one argument": "verwacht één waarde",
    "argument %(argument_name)s: %(message)s": (
        "%(argument_name)s: %(message)s"
    ),
    "ambiguous option: %(option)s could match %(matches)s": (
        "onduidelijke optie: %(option)s kan %(matches)s zijn"
    ),
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "show program's version number and exit": "toon het versienummer en stop",
}


def _dutch(text: str) -> str:
    return _ARGPARSE_WORDS.get(text, text)


@contextlib.contextmanager
def dutch_argparse() -> Iterator[None]:
    """Let argparse speak Dutch while the command line runs.

    argparse looks up its words through a module-level gettext function;
    it is swapped only for the duration, so other users of argparse in the
    same process are unaffected.
    """
    original = argparse._  # type: ignore[attr-defined]
    argparse._ = _dutch  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = original  # type: ignore[attr-defined]


class Parser(argparse.ArgumentParser):
    """An `argparse.ArgumentParser` with Dutch usage errors (exit 2)."""

    def error(self, message: str) -> NoReturn:
        """Print usage and the Dutch *message*, then exit with status 2."""
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fout: {message}\n")
