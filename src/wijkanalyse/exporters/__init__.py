"""Exporters: the plugins that write (and some read) files.

An exporter is any object with the attributes and methods of `Exporter`.
Exporters are found through the entry-point group ``wijkanalyse.exporters``;
the built-in ones are registered there exactly as a third party's would be,
in this package's ``pyproject.toml``. An entry point names a class or a
ready object; a class is instantiated without arguments.

Two optional attributes extend the protocol: an exporter whose ``read``
already validates the analysis against its model, locating problems in its
own terms (a sheet and cell rather than a path), sets ``validates = True``
so that `wijkanalyse.documents.read` does not validate a second time; an
exporter of forms may offer ``write_empty(path, model, wijk)``, which
``wijkanalyse voorbeeld`` and ``wijkanalyse schema`` use.

Exporters know nothing of criteria: a report exporter receives a finished
`wijkanalyse.verslag.Verslag`, an analysis or form exporter a
`wijkanalyse.analyse.Wijkanalyse`.
"""

from __future__ import annotations

import enum
import functools
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import attrs

from wijkanalyse.errors import WijkanalyseError
from wijkanalyse.model import Participatiemodel

if TYPE_CHECKING:
    from wijkanalyse.analyse import Wijkanalyse
    from wijkanalyse.errors import Problem

ENTRY_POINT_GROUP = "wijkanalyse.exporters"


class Content(enum.Enum):
    """What an exporter writes."""

    ANALYSE = "analyse"
    """The analysis as data, e.g. JSON."""

    INVULSCHEMA = "invulschema"
    """The fill-in form, empty or filled."""

    VERSLAG = "verslag"
    """The report."""


@attrs.frozen(kw_only=True)
class Options:
    """What the caller knows besides the document itself.

    Attributes:
        model: The participatiemodel the document is filled against.
        sjabloon: A house-style template for report exporters that use one.
    """

    model: Participatiemodel
    sjabloon: Path | None = None


@runtime_checkable
class Exporter(Protocol):
    """What the registry expects of an exporter.

    Attributes:
        name: Short unique name, used with ``--formaat``.
        suffixes: The file suffixes it handles, e.g. ``(".docx",)``.
        description: One Dutch line for ``wijkanalyse formaten``.
        content: Whether it writes an analysis, a form or a report.
        can_read: Whether `read` reads its files back into an analysis.
    """

    name: str
    suffixes: tuple[str, ...]
    description: str
    content: Content
    can_read: bool

    def write(
        self, document: object, path: Path, options: Options
    ) -> tuple[Problem, ...]:
        """Write *document* to *path*; return warnings about it.

        *document* is a `Wijkanalyse` unless `content` is
        `Content.VERSLAG`, when it is a `Verslag`. Write through
        `wijkanalyse.files.atomic_write` so no partial file is left.
        """
        ...

    def read(
        self, path: Path, model: Participatiemodel | None
    ) -> tuple[Wijkanalyse, tuple[Problem, ...]]:
        """Read an analysis and the warnings about it from *path*.

        *model* overrides the model the file names, for own models.

        Raises:
            ValidationError: With every error and warning found.
            FileError: When the file cannot be read at all.
        """
        ...


class WriteOnly:
    """A base for exporters whose files cannot be read back (reports).

    It sets `can_read` to false and gives the `read` the protocol asks for.
    """

    name: str
    can_read = False

    def read(
        self, path: Path, model: Participatiemodel | None
    ) -> tuple[Wijkanalyse, tuple[Problem, ...]]:
        """Refuse: this format cannot be read back into an analysis.

        Raises:
            NotImplementedError: Always.
        """
        del path, model
        msg = f"{self.name} files cannot be read back into an analysis"
        raise NotImplementedError(msg)


@attrs.frozen
class LoadFailure:
    """A plugin that could not be loaded, kept so the rest still works.

    Attributes:
        name: The entry point's name.
        reason: The exception's type and message.
    """

    name: str
    reason: str


@attrs.frozen
class Registry:
    """All exporters found, and the plugins that failed to load."""

    exporters: tuple[Exporter, ...]
    failures: tuple[LoadFailure, ...] = ()

    def by_name(self, name: str) -> Exporter:
        """The exporter called *name*.

        Raises:
            UnknownFormatError: Naming the available formats.
        """
        for exporter in self.exporters:
            if exporter.name == name.lower():
                return exporter
        raise UnknownFormatError(name, self)

    def for_path(self, path: Path, *, reading: bool = False) -> Exporter:
        """The exporter for *path*'s suffix (one that reads, if asked).

        Raises:
            UnknownFormatError: Naming the available formats.
        """
        suffix = path.suffix.lower()
        for exporter in self.exporters:
            if suffix in exporter.suffixes and (
                exporter.can_read or not reading
            ):
                return exporter
        raise UnknownFormatError(
            suffix or str(path.name), self, reading=reading
        )


class UnknownFormatError(WijkanalyseError, LookupError):
    """No exporter answers to a name or suffix."""

    def __init__(
        self, asked: str, registry: Registry, *, reading: bool = False
    ) -> None:
        """Build a Dutch message that lists what is available."""
        usable = [e for e in registry.exporters if e.can_read or not reading]
        names = ", ".join(f"{e.name} ({' '.join(e.suffixes)})" for e in usable)
        werk = "lezen" if reading else "schrijven"
        super().__init__(
            f"Het formaat '{asked}' is onbekend om te {werk}. "
            f"Beschikbaar: {names}."
        )


@functools.cache
def registry() -> Registry:
    """Every exporter from the entry-point group, loaded once.

    A plugin that fails to load is recorded in `Registry.failures` and the
    others remain usable.
    """
    from importlib import metadata  # noqa: PLC0415 (cheap import)

    exporters: list[Exporter] = []
    failures: list[LoadFailure] = []
    seen: set[str] = set()
    for entry in sorted(
        metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name
    ):
        if entry.name in seen:
            continue
        try:
            loaded = entry.load()
            exporter = loaded() if isinstance(loaded, type) else loaded
        except Exception as exc:  # noqa: BLE001 (a plugin may fail any way)
            failures.append(
                LoadFailure(entry.name, f"{type(exc).__name__}: {exc}")
            )
            continue
        if not isinstance(exporter, Exporter):
            failures.append(
                LoadFailure(
                    entry.name, "does not provide the Exporter attributes"
                )
            )
            continue
        seen.add(entry.name)
        exporters.append(exporter)
    return Registry(tuple(exporters), tuple(failures))
