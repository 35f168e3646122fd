"""The participatiemodel: leefdomeinen and their participatievormen.

A model is data, not code. Two models ship with the library, both taken from
the 2010 instrument: ``pilot-2010`` (the fill-in schema of its first
appendix, the default) and ``kader-2010`` (the frame of its second chapter).
An organisation that adapts the frame writes a TOML file of the same shape
and loads it with `load_model`.
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from pathlib import Path

import attrs

from wijkanalyse import meldingen
from wijkanalyse.errors import (
    Problem,
    ValidationError,
    raise_for_errors,
)
from wijkanalyse.files import parse_toml, read_text

DEFAULT_MODEL = "pilot-2010"
"""The name of the model used when none is given."""

_MEERREGELIG = re.compile(r"[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]")
_SLEUTEL = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@attrs.frozen
class Participatievorm:
    """A theme of the form: one row group, e.g. Huishouding.

    Attributes:
        sleutel: A stable key, lowercase words joined by hyphens, unique
            within its model; signals refer to their theme by it.
        naam: The name as a person reads it.
    """

    sleutel: str
    naam: str


@attrs.frozen
class Domein:
    """A leefdomein with the participatievormen that belong to it.

    Attributes:
        nummer: The Roman numeral the instrument gives it (I, II, III).
        naam: The full name, e.g. "Domein van het sociale leven".
        kort: A short name for sheet titles, e.g. "Sociale leven".
        zelfredzaamheid: The kind of zelfredzaamheid the domain serves.
        kern: The core phrase of the domain, e.g. "leren en werken".
        participatievormen: Its themes, in the form's order.
    """

    nummer: str
    naam: str
    kort: str
    zelfredzaamheid: str
    kern: str
    participatievormen: tuple[Participatievorm, ...]

    @property
    def titel(self) -> str:
        """The numbered heading, e.g. "II Domein van werk, ..."."""
        return f"{self.nummer} {self.naam}"


@attrs.frozen
class Participatiemodel:
    """A complete frame: its name, version and domains.

    Attributes:
        naam: The model's name, e.g. ``pilot-2010``.
        versie: The version of the frame.
        omschrijving: One sentence on where the frame comes from.
        domeinen: The leefdomeinen in order.
    """

    naam: str
    versie: str
    omschrijving: str
    domeinen: tuple[Domein, ...]

    @functools.cached_property
    def _per_sleutel(self) -> dict[str, tuple[Domein, Participatievorm]]:
        return {
            vorm.sleutel: (domein, vorm)
            for domein in self.domeinen
            for vorm in domein.participatievormen
        }

    @property
    def themas(self) -> tuple[Participatievorm, ...]:
        """All participatievormen of all domains, in order."""
        return tuple(vorm for _, vorm in self._per_sleutel.values())

    def heeft_thema(self, sleutel: str) -> bool:
        """Whether the model has a theme with this key."""
        return sleutel in self._per_sleutel

    def thema(self, sleutel: str) -> Participatievorm:
        """The theme with this key.

        Raises:
            KeyError: When the model has no such theme.
        """
        return self._per_sleutel[sleutel][1]

    def domein_van(self, sleutel: str) -> Domein:
        """The domain a theme belongs to.

        Raises:
            KeyError: When the model has no such theme.
        """
        return self._per_sleutel[sleutel][0]

    def domein(self, nummer: str) -> Domein:
        """The domain with this number.

        Raises:
            KeyError: When the model has no such domain.
        """
        for domein in self.domeinen:
            if domein.nummer == nummer:
                return domein
        raise KeyError(nummer)


def available_models() -> tuple[str, ...]:
    """The names of the models that ship with the library, sorted."""
    folder = resources.files("wijkanalyse") / "modellen"
    return tuple(
        sorted(
            entry.name.removesuffix(".toml")
            for entry in folder.iterdir()
            if entry.name.endswith(".toml")
        )
    )


def load_model(name_or_path: str | Path = DEFAULT_MODEL) -> Participatiemodel:
    """Load a shipped model by name, or a user's model from a TOML file.

    A string that names a shipped model loads that model; anything else is
    read as a path.

    Raises:
        FileError: When the file is missing or not TOML.
        ValidationError: Listing every fault in the model with its place.
    """
    if isinstance(name_or_path, str) and name_or_path in available_models():
        return _load_shipped(name_or_path)
    path = Path(name_or_path)
    text = read_text(path, missing=meldingen.model_niet_gevonden(path))
    return parse_model(text, source=path.name)


@functools.cache
def _load_shipped(name: str) -> Participatiemodel:
    resource = resources.files("wijkanalyse") / "modellen" / f"{name}.toml"
    return parse_model(resource.read_text(encoding="utf-8"), source=name)


def parse_model(text: str, source: str = "model") -> Participatiemodel:
    """Build a model from TOML text, checking it completely.

    Faults of form (unknown fields, wrong types) and of content (duplicate
    keys, empty domains) are reported together.

    Args:
        text: The TOML document.
        source: How to name the document in messages, e.g. its file name.

    Raises:
        ValidationError: Listing every fault with its place.
    """
    from wijkanalyse.serialisatie import structure  # noqa: PLC0415 (cycle)

    summary = meldingen.model_afgekeurd(source)
    data = parse_toml(text, source, summary)
    content = _check_data(data, source)
    try:
        model = structure(
            data, Participatiemodel, source, meldingen.model_afgekeurd
        )
    except ValidationError as exc:
        raise ValidationError(summary, (*exc.problems, *content)) from None
    raise_for_errors(summary, content)
    return model


def check_model(model: Participatiemodel, source: str) -> list[Problem]:
    """Every content fault of a model: empty parts and duplicates."""
    from wijkanalyse.serialisatie import converter  # noqa: PLC0415 (cycle)

    return _check_data(converter.unstructure(model), source)


def _check_data(data: object, source: str) -> list[Problem]:
    """Content faults in model data, as far as its shape allows checking."""
    domeinen = _items(data, "domeinen")
    if not domeinen:
        return [
            Problem(f"{source}, $.domeinen", meldingen.model_zonder_domeinen())
        ]
    problems: list[Problem] = []
    numbers: set[object] = set()
    keys: dict[str, str] = {}
    names: dict[str, str] = {}
    for i, domein in enumerate(domeinen):
        where = f"{source}, $.domeinen[{i}]"
        nummer = domein.get("nummer") if isinstance(domein, dict) else None
        if isinstance(nummer, str) and nummer in numbers:
            problems.append(
                Problem(f"{where}.nummer", meldingen.dubbel_domein(nummer))
            )
        numbers.add(nummer)
        for field in ("nummer", "naam", "kort"):
            value = domein.get(field) if isinstance(domein, dict) else None
            if isinstance(value, str) and not value.strip():
                problems.append(
                    Problem(f"{where}.{field}", meldingen.leeg_veld(field))
                )
        vormen = _items(domein, "participatievormen")
        if not vormen and isinstance(domein, dict):
            problems.append(Problem(where, meldingen.leeg_domein()))
        for j, vorm in enumerate(vormen):
            place = f"{where}.participatievormen[{j}]"
            problems.extend(_check_vorm(vorm, place, keys, names))
    return problems


def _items(data: object, key: str) -> list[object]:
    value = data.get(key) if isinstance(data, dict) else None
    return value if isinstance(value, list) else []


def _check_vorm(
    vorm: object, place: str, seen: dict[str, str], names: dict[str, str]
) -> list[Problem]:
    if not isinstance(vorm, dict):
        return []
    problems = []
    sleutel, naam = vorm.get("sleutel"), vorm.get("naam")
    if isinstance(sleutel, str):
        if not _SLEUTEL.fullmatch(sleutel):
            problems.append(
                Problem(f"{place}.sleutel", meldingen.foute_sleutel())
            )
        elif sleutel in seen:
            problems.append(
                Problem(
                    f"{place}.sleutel",
                    meldingen.dubbele_sleutel(sleutel, seen[sleutel]),
                )
            )
        else:
            seen[sleutel] = place.split(", ", 1)[-1]
    if isinstance(naam, str) and not naam.strip():
        problems.append(Problem(f"{place}.naam", meldingen.leeg_veld("naam")))
    elif isinstance(naam, str) and _MEERREGELIG.search(naam):
        problems.append(Problem(f"{place}.naam", meldingen.naam_meerregelig()))
    elif isinstance(naam, str):
        same = " ".join(naam.casefold().split())
        if same in names:
            problems.append(
                Problem(
                    f"{place}.naam",
                    meldingen.dubbele_themanaam(naam.strip(), names[same]),
                )
            )
        else:
            names[same] = place.split(", ", 1)[-1]
    return problems
