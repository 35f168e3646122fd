"""Strict conversion between the domain types and plain data, and JSON.

One `cattrs` converter serves every document the library reads: analyses
(JSON), participatiemodellen (TOML) and wegingen (TOML). It is strict where
cattrs by default is lenient: unknown keys are errors, and no value is
coerced (``3.9`` is not an integer, ``"ja"`` is not a boolean, a string is
not a list). Failures are collected and turned into located Dutch problems
with JSON paths such as ``$.signalen[3].bronnen[0].soort``; values
themselves never appear in messages.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import typing
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
import cattrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)

from wijkanalyse import meldingen
from wijkanalyse.analyse import Wijkanalyse
from wijkanalyse.beoordeling import Mate
from wijkanalyse.errors import Problem, raise_for_errors

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

T = TypeVar("T")

SCHEMA = "wijkanalyse/1"
"""The value of the ``schema`` field of the JSON documents we write."""

_ATOMS: dict[type, str] = {
    str: "tekst",
    int: "een geheel getal",
    float: "een getal",
    bool: "true of false",
    dt.date: "een datum als JJJJ-MM-DD",
}


def _strict(kind: type) -> Callable[[object, type], object]:
    def hook(value: object, _: type) -> object:
        if type(value) is not kind and not (
            kind is float and type(value) is int
        ):
            msg = f"expected {kind.__name__}"
            raise TypeError(msg)
        return value

    return hook


def _structure_date(value: object, _: type) -> dt.date:
    if not isinstance(value, str):
        msg = "expected an ISO date string"
        raise TypeError(msg)
    return dt.date.fromisoformat(value)


def _structure_enum(value: object, kind: type[enum.Enum]) -> enum.Enum:
    if isinstance(value, bool) or not isinstance(value, str):
        msg = "expected one of the enum's values"
        raise ValueError(msg)  # noqa: TRY004 (cattrs reports ValueError as a wrong value)
    return kind(value)


def _structure_mate(value: object, _: type) -> Mate:
    for mate in Mate:
        if value == mate.label and isinstance(value, str):
            return mate
    msg = "expected a label of the Mate scale"
    raise ValueError(msg)


def _is_tuple(kind: Any) -> bool:  # noqa: ANN401 (any type form)
    return typing.get_origin(kind) is tuple


def _tuple_hook(
    converter: cattrs.Converter,
) -> Callable[[Any], Callable[[object, type], tuple[object, ...]]]:
    def factory(kind: Any) -> Callable[[object, type], tuple[object, ...]]:  # noqa: ANN401
        (item_type, _) = typing.get_args(kind)
        item_hook = converter.get_structure_hook(item_type)

        def hook(value: object, _: type) -> tuple[object, ...]:
            if not isinstance(value, list | tuple):
                msg = "expected a list"
                raise TypeError(msg)
            items, errors = [], []
            for index, item in enumerate(value):
                try:
                    items.append(item_hook(item, item_type))
                except Exception as exc:  # noqa: BLE001 (collected, re-raised)
                    note = IterableValidationNote(
                        f"Structuring {kind} @ index {index}", index, item_type
                    )
                    exc.__notes__ = [*getattr(exc, "__notes__", []), note]
                    errors.append(exc)
            if errors:
                msg = f"While structuring {kind}"
                raise IterableValidationError(msg, errors, kind)
            return tuple(items)

        return hook

    return factory


def make_converter() -> cattrs.Converter:
    """A fresh strict converter with the library's hooks.

    Another tool can take one and register hooks of its own for types it
    embeds our objects in.
    """
    converter = cattrs.Converter(
        forbid_extra_keys=True, detailed_validation=True
    )
    for kind in (str, int, float, bool):
        converter.register_structure_hook(kind, _strict(kind))
    converter.register_structure_hook(dt.date, _structure_date)
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    # Class hooks dispatch on the most specific class in the MRO, so the
    # str-based enums need their own entry ahead of str.
    converter.register_structure_hook(enum.Enum, _structure_enum)
    converter.register_structure_hook(enum.StrEnum, _structure_enum)
    converter.register_structure_hook(Mate, _structure_mate)
    converter.register_unstructure_hook(Mate, lambda m: m.label)
    converter.register_structure_hook_factory(
        _is_tuple, _tuple_hook(converter)
    )
    return converter


converter = make_converter()
"""The library's shared strict converter."""


def structure(
    data: object,
    kind: type[T],
    source: str,
    summary: Callable[[str], str],
) -> T:
    """Structure *data* into *kind*, or raise with every problem located.

    Args:
        data: Plain data, as parsed from JSON or TOML.
        kind: The attrs class to build.
        source: How to name the document in messages.
        summary: Builds the error's one-line summary from *source*.

    Raises:
        ValidationError: Listing every fault with its path.
    """
    try:
        return converter.structure(data, kind)
    except Exception as exc:
        problems = [
            Problem(f"{source}, {path}", message)
            for path, message in _describe(exc, "$", None)
        ]
        raise_for_errors(summary(source), problems)
        raise  # pragma: no cover (raise_for_errors always raises here)


def _describe(
    exc: BaseException, path: str, kind: object
) -> Iterator[tuple[str, str]]:
    """Yield ``(path, Dutch message)`` for every leaf failure in *exc*."""
    if isinstance(exc, ClassValidationError):
        fields, rest = exc.group_exceptions()
        for sub, field in fields:
            yield from _describe(sub, f"{path}.{field.name}", field.type)
        for sub in rest:
            yield from _describe(sub, path, exc.cl)
    elif isinstance(exc, IterableValidationError):
        items, rest = exc.group_exceptions()
        for sub, item in items:
            yield from _describe(sub, f"{path}[{item.index}]", item.type)
        for sub in rest:
            yield from _describe(sub, path, None)
    else:
        yield path, _message(exc, kind)


def _message(exc: BaseException, kind: object) -> str:
    if isinstance(exc, ForbiddenExtraKeysError):
        return meldingen.onbekende_velden(exc.extra_fields)
    if isinstance(exc, KeyError):
        return meldingen.veld_ontbreekt()
    kind = _without_none(kind)
    if kind is Mate:
        return meldingen.geen_keuze(m.label for m in Mate)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return meldingen.geen_keuze(str(m.value) for m in kind)
    return meldingen.verkeerde_waarde(_type_name(kind))


def _without_none(kind: object) -> object:
    args = [a for a in typing.get_args(kind) if a is not type(None)]
    if (
        typing.get_origin(kind) in {typing.Union, _UnionType}
        and len(args) == 1
    ):
        return args[0]
    return kind


_UnionType = type(int | None)


def _type_name(kind: object) -> str:
    if kind in _ATOMS:
        return _ATOMS[kind]
    if typing.get_origin(kind) is tuple:
        return "een lijst ([ ... ])"
    if isinstance(kind, type) and attrs.has(kind):
        return "een object met velden ({ ... })"
    return "een andere soort waarde"


# Analysis documents ---------------------------------------------------------


def to_document(analyse: Wijkanalyse) -> dict[str, Any]:
    """The analysis as plain data, led by its ``schema`` field."""
    data: dict[str, Any] = converter.unstructure(analyse)
    return {"schema": SCHEMA, **data}


def from_document(data: object, source: str = "analyse") -> Wijkanalyse:
    """Build an analysis from plain data, checking schema and types.

    This checks form, not meaning; `wijkanalyse.validatie` checks an
    analysis against its participatiemodel.

    Raises:
        ValidationError: Listing every fault with its path.
    """
    summary = meldingen.analyse_afgekeurd(source)
    if not isinstance(data, dict):
        raise_for_errors(summary, [Problem(source, meldingen.geen_object())])
    assert isinstance(data, dict)  # noqa: S101 (narrowing for the checker)
    schema = data.get("schema")
    if schema != SCHEMA:
        found = schema if isinstance(schema, str) else "ontbreekt"
        raise_for_errors(
            summary,
            [
                Problem(
                    f"{source}, $.schema",
                    meldingen.verkeerd_schema(found[:40], SCHEMA),
                )
            ],
        )
    body = {k: v for k, v in data.items() if k != "schema"}
    return structure(body, Wijkanalyse, source, meldingen.analyse_afgekeurd)


def dumps(analyse: Wijkanalyse) -> str:
    """The analysis as a JSON document (UTF-8 text, indented)."""
    return (
        json.dumps(to_document(analyse), ensure_ascii=False, indent=2) + "\n"
    )


def loads(text: str, source: str = "analyse") -> Wijkanalyse:
    """Parse a JSON document into an analysis, checking form and types.

    Raises:
        ValidationError: For invalid JSON, duplicate keys or any field of
            the wrong form; every problem at once, with its path.
    """
    duplicates: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in items:
            if key in result:
                duplicates.append(key)
            result[key] = value
        return result

    def refuse(name: str) -> None:
        msg = f"{name} is not JSON"
        raise ValueError(msg)

    try:
        data = json.loads(text, object_pairs_hook=pairs, parse_constant=refuse)
    except json.JSONDecodeError as exc:
        raise_for_errors(
            meldingen.analyse_afgekeurd(source),
            [Problem(source, meldingen.geen_json(exc.lineno, exc.colno))],
        )
    except ValueError:
        raise_for_errors(
            meldingen.analyse_afgekeurd(source),
            [Problem(source, meldingen.verkeerde_waarde("een getal"))],
        )
    if duplicates:
        raise_for_errors(
            meldingen.analyse_afgekeurd(source),
            [
                Problem(source, meldingen.dubbele_sleutel_json(key))
                for key in sorted(set(duplicates))
            ],
        )
    return from_document(data, source)
