"""The library's exceptions and the problems they carry.

Every failure the library reports on purpose is a `WijkanalyseError`.
Errors about input a person made (a JSON document, a filled-in form, a model
or weging file) carry a tuple of `Problem` objects: each says where, what and
how to fix it, in Dutch, and never quotes the text a resident's signal holds.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from collections.abc import Iterable


class Severity(enum.Enum):
    """How bad a problem is."""

    FOUT = "fout"
    """The input cannot be used until this is fixed."""

    WAARSCHUWING = "waarschuwing"
    """The input can be used, but a person should look at this."""


@attrs.frozen
class Problem:
    """One located finding about input, with a Dutch message for its author.

    Attributes:
        where: The place, e.g. ``analyse.json, $.signalen[3].tekst`` or
            ``blad 'I Privédomein', cel D7``.
        message: A full Dutch sentence saying what is wrong and what to do.
        severity: Whether this blocks the input or only warns.
    """

    where: str
    message: str
    severity: Severity = Severity.FOUT

    @property
    def is_error(self) -> bool:
        """Whether this problem blocks the input."""
        return self.severity is Severity.FOUT

    def __str__(self) -> str:
        """Render as ``where: message``, the form the command line prints."""
        if not self.where:
            return self.message
        return f"{self.where}: {self.message}"


class WijkanalyseError(Exception):
    """Base class of every error the library raises on purpose.

    Its message is a Dutch sentence meant for the person who made the input.
    """


class ValidationError(WijkanalyseError, ValueError):
    """Input was rejected; `problems` holds every finding at once.

    Attributes:
        problems: All findings, errors and warnings, in document order.
    """

    def __init__(self, summary: str, problems: Iterable[Problem]) -> None:
        """Build the error from a one-line summary and its problems."""
        self.problems: tuple[Problem, ...] = tuple(problems)
        lines = [summary, *(f"- {p}" for p in self.errors)]
        super().__init__("\n".join(lines))
        self.summary = summary

    @property
    def errors(self) -> tuple[Problem, ...]:
        """Only the problems that block the input."""
        return tuple(p for p in self.problems if p.is_error)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        """Only the problems that merely warn."""
        return tuple(p for p in self.problems if not p.is_error)


class FileError(WijkanalyseError, OSError):
    """A file could not be read or written as a whole (missing, wrong kind).

    Its message names the file and says what to do.
    """


def raise_for_errors(summary: str, problems: Iterable[Problem]) -> None:
    """Raise a `ValidationError` when any of *problems* is an error.

    Raises:
        ValidationError: With all *problems*, warnings included.
    """
    problems = tuple(problems)
    if any(p.is_error for p in problems):
        raise ValidationError(summary, problems)
