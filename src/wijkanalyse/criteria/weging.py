"""Weights per criterion and the rules for choosing speerpunten.

Both can be read from one small TOML file::

    # weging.toml — urgency counts double
    [gewichten]
    urgentie = 2

    [selectie]
    drempel = 0.5          # minimum score (0 to 1) for a speerpunt
    min_dekking = 4        # criteria that must be assessed (of 6)
    max_speerpunten = 10   # overall
    max_per_domein = 4

Criteria left out keep weight 1; settings left out keep their default.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeGuard

import attrs

from wijkanalyse import meldingen
from wijkanalyse.beoordeling import Criterium, Mate
from wijkanalyse.errors import Problem, raise_for_errors
from wijkanalyse.files import parse_toml, read_text

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence


def _weight(
    instance: object, attribute: attrs.Attribute[float], value: float
) -> None:
    del instance
    if not (
        isinstance(value, int | float) and math.isfinite(value) and value >= 0
    ):
        msg = f"weight {attribute.name} must be finite and >= 0: {value!r}"
        raise ValueError(msg)


@attrs.frozen(kw_only=True)
class Weging:
    """How much each criterion counts; equal (1 each) by default.

    Only the ratios matter: multiplying every weight by the same positive
    number changes no score.

    Raises:
        ValueError: For a negative or non-finite weight, or when every
            weight is zero.
    """

    urgentie: float = attrs.field(default=1.0, validator=_weight)
    belang: float = attrs.field(default=1.0, validator=_weight)
    toekomstgericht: float = attrs.field(default=1.0, validator=_weight)
    haalbaar: float = attrs.field(default=1.0, validator=_weight)
    wmo_proof: float = attrs.field(default=1.0, validator=_weight)
    beleid: float = attrs.field(default=1.0, validator=_weight)

    def __attrs_post_init__(self) -> None:
        """Refuse a weighing in which nothing counts."""
        if not any(self.gewicht(c) for c in Criterium):
            msg = "at least one weight must be greater than zero"
            raise ValueError(msg)

    def gewicht(self, criterium: Criterium) -> float:
        """The weight of *criterium*."""
        value: float = getattr(self, criterium.veld)
        return value


def _verplicht(
    rules: Iterable[Sequence[object]],
) -> tuple[tuple[Criterium, Mate], ...]:
    """The forcing rules as a tuple of (ordinal criterion, level) pairs."""
    pairs: list[tuple[Criterium, Mate]] = []
    for rule in rules:
        match tuple(rule):
            case (Criterium() as criterium, Mate() as level) if (
                criterium.is_ordinal
            ):
                pairs.append((criterium, level))
            case _:
                msg = (
                    "verplicht takes pairs of an ordinal Criterium and a"
                    " Mate, such as (Criterium.URGENTIE, Mate.STERK)."
                )
                raise ValueError(msg)
    return tuple(pairs)


@attrs.frozen(kw_only=True)
class Selectieregels:
    """The rules that turn ranked signals into speerpunten.

    Attributes:
        drempel: The minimum score (0 to 1) a signal needs.
        min_dekking: How many criteria must be assessed before a signal is
            ranked as complete; fewer marks it as incompletely assessed.
        verplicht: Criteria that force a signal in at or above a level,
            whatever its score (default: urgentie at "sterk").
        max_speerpunten: The most speerpunten overall.
        max_per_domein: The most speerpunten per leefdomein.
    """

    drempel: float = 0.5
    min_dekking: int = 4
    verplicht: tuple[tuple[Criterium, Mate], ...] = attrs.field(
        default=((Criterium.URGENTIE, Mate.STERK),), converter=_verplicht
    )
    max_speerpunten: int = 10
    max_per_domein: int = 4


@attrs.frozen
class Instellingen:
    """A weighing with its selection rules, as read from one file."""

    weging: Weging = Weging()
    regels: Selectieregels = Selectieregels()


_REGELS: dict[str, tuple[type[float | int], float, float | None]] = {
    "drempel": (float, 0.0, 1.0),
    "min_dekking": (int, 0, len(Criterium)),
    "max_speerpunten": (int, 0, None),
    "max_per_domein": (int, 0, None),
}


def load_instellingen(path: str | Path) -> Instellingen:
    """Read a weging file (see the module docstring).

    Raises:
        FileError: When the file is missing or unreadable.
        ValidationError: Listing every fault with its place.
    """
    path = Path(path)
    return parse_instellingen(read_text(path), source=path.name)


def parse_instellingen(text: str, source: str = "weging") -> Instellingen:
    """Build settings from TOML text, reporting every fault at once.

    Raises:
        ValidationError: Listing every fault with its place.
    """
    summary = meldingen.weging_afgekeurd(source)
    data = parse_toml(text, source, summary)
    problems = [
        Problem(f"{source}, {key}", meldingen.onbekende_velden([key]))
        for key in sorted(set(data) - {"gewichten", "selectie"})
    ]
    gewichten = _table(data, "gewichten", source, problems)
    regels = _table(data, "selectie", source, problems)
    weights = _weights(gewichten, source, problems)
    settings = _rules(regels, source, problems)
    raise_for_errors(summary, problems)
    return Instellingen(Weging(**weights), Selectieregels(**settings))


def _table(
    data: dict[str, object], name: str, source: str, problems: list[Problem]
) -> dict[str, object]:
    table = data.get(name, {})
    if isinstance(table, dict):
        return table
    problems.append(Problem(f"{source}, {name}", meldingen.geen_tabel(name)))
    return {}


def _weights(
    table: dict[str, object], source: str, problems: list[Problem]
) -> dict[str, float]:
    names = {c.value: c for c in Criterium}
    weights: dict[str, float] = {}
    for key, value in table.items():
        where = f"{source}, gewichten.{key}"
        if key not in names:
            problems.append(Problem(where, meldingen.onbekend_criterium(key)))
        elif not _is_number(value) or not 0 <= value < math.inf:
            problems.append(Problem(where, meldingen.fout_gewicht()))
        else:
            weights[names[key].veld] = float(value)
    total = sum(weights.get(c.veld, 1.0) for c in Criterium)
    if total == 0:
        problems.append(
            Problem(f"{source}, gewichten", meldingen.alle_gewichten_nul())
        )
    return weights


def _rules(
    table: dict[str, object], source: str, problems: list[Problem]
) -> dict[str, Any]:
    settings: dict[str, Any] = {}
    for key, value in table.items():
        where = f"{source}, selectie.{key}"
        if key not in _REGELS:
            problems.append(Problem(where, meldingen.onbekende_velden([key])))
            continue
        kind, low, high = _REGELS[key]
        number = value if _is_number(value) else None
        wrong_kind = kind is int and not _is_integer(value)
        too_high = high is not None and number is not None and number > high
        if number is None or wrong_kind or number < low or too_high:
            problems.append(
                Problem(where, meldingen.foute_instelling(key, low, high))
            )
        else:
            settings[key] = kind(number)
    return settings


def _is_number(value: object) -> TypeGuard[float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_integer(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)
