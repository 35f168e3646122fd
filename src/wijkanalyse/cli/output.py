"""How the command line prints problems and results."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from wijkanalyse.errors import ValidationError, WijkanalyseError

if TYPE_CHECKING:
    from collections.abc import Iterable

    from wijkanalyse.errors import Problem


def print_problems(problems: Iterable[Problem]) -> tuple[int, int]:
    """Print errors, then warnings, to standard error; return their counts."""
    problems = tuple(problems)
    errors = [p for p in problems if p.is_error]
    warnings = [p for p in problems if not p.is_error]
    for problem in errors:
        print(f"fout: {problem}", file=sys.stderr)
    for problem in warnings:
        print(f"waarschuwing: {problem}", file=sys.stderr)
    return len(errors), len(warnings)


def tel(aantal: int, enkelvoud: str, meervoud: str) -> str:
    """``1 fout``, ``2 fouten``, ``geen fouten``."""
    if aantal == 0:
        return f"geen {meervoud}"
    return f"{aantal} {enkelvoud if aantal == 1 else meervoud}"


def print_error(exc: WijkanalyseError) -> None:
    """Print a library error as Dutch lines on standard error."""
    if isinstance(exc, ValidationError):
        print(f"fout: {exc.summary}", file=sys.stderr)
        print_problems(exc.problems)
    else:
        print(f"fout: {exc}", file=sys.stderr)
