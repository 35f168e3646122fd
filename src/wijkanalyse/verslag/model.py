r"""The report as plain data: a title block and nested sections of blocks.

A `Verslag` says *what* the report contains, never how a format lays it
out: headings with their level, paragraphs made of text fragments, lists
and tables. Exporters (Word, Markdown, ...) walk it and decide the rest.
Every object is frozen, so a report can be built once and written to
several formats.

Text is kept as the author wrote it; a ``\n`` inside a text is a line
break within its paragraph. Characters that no document can hold have
already been removed by `wijkanalyse.verslag.build_verslag`, which reports
each removal in `Verslag.problemen`.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import TYPE_CHECKING, TypeAlias

import attrs

from wijkanalyse.errors import Problem

if TYPE_CHECKING:
    from collections.abc import Iterator

MAX_NIVEAU = 3
"""The deepest heading level a report uses."""


class Nadruk(enum.Enum):
    """How a fragment of text stands out from its paragraph."""

    GEEN = "geen"
    VET = "vet"
    CURSIEF = "cursief"


@attrs.frozen
class Fragment:
    r"""A piece of a paragraph's text with one kind of emphasis.

    Attributes:
        tekst: The text; may contain ``\n`` for a line break.
        nadruk: Plain, bold or italic.
    """

    tekst: str
    nadruk: Nadruk = Nadruk.GEEN


def _fragmenten(value: tuple[Fragment | str, ...]) -> tuple[Fragment, ...]:
    return tuple(v if isinstance(v, Fragment) else Fragment(v) for v in value)


@attrs.frozen
class Alinea:
    """A paragraph: a sequence of fragments.

    Plain strings given to the constructor become plain fragments, so
    ``Alinea(("Zie ", Fragment("bijlage", Nadruk.CURSIEF), "."))`` works.

    Attributes:
        fragmenten: The text, in order.
        toelichting: Whether this is a note about the report itself (for
            example that a summary was generated), set apart from the
            content so that no reader mistakes it for the author's words.
    """

    fragmenten: tuple[Fragment, ...] = attrs.field(converter=_fragmenten)
    toelichting: bool = False

    @property
    def tekst(self) -> str:
        """The paragraph's text without emphasis."""
        return "".join(f.tekst for f in self.fragmenten)


@attrs.frozen
class Opsomming:
    """A bulleted or numbered list; each item is one paragraph.

    Attributes:
        items: The items, in order.
        genummerd: Whether the items are numbered (from 1) or bulleted.
    """

    items: tuple[Alinea, ...]
    genummerd: bool = False


def _check_rijen(
    instance: Tabel,
    attribute: attrs.Attribute[tuple[tuple[str, ...], ...]],
    value: tuple[tuple[str, ...], ...],
) -> None:
    del attribute
    width = len(instance.kolommen)
    for rij in value:
        if len(rij) != width:
            msg = f"every row needs {width} cells, one has {len(rij)}"
            raise ValueError(msg)


@attrs.frozen
class Tabel:
    """A table with a header row of column names.

    Attributes:
        kolommen: The column names, shown in the header row.
        rijen: The rows, each with one text per column.
        breedtes: Relative column widths (any positive numbers), or
            `None` to let the format decide.
    """

    kolommen: tuple[str, ...]
    rijen: tuple[tuple[str, ...], ...] = attrs.field(validator=_check_rijen)
    breedtes: tuple[float, ...] | None = None

    def __attrs_post_init__(self) -> None:
        """Refuse widths that do not match the columns."""
        if self.breedtes is not None and (
            len(self.breedtes) != len(self.kolommen)
            or any(b <= 0 for b in self.breedtes)
        ):
            msg = "breedtes needs one positive number per column"
            raise ValueError(msg)


@attrs.frozen
class Inhoudsopgave:
    """The place of the table of contents.

    Formats that page (Word) put a table of contents here that lists the
    headings up to `diepte`; formats that do not may leave it out.

    Attributes:
        kop: The heading above it.
        diepte: The deepest heading level listed.
    """

    kop: str = "Inhoud"
    diepte: int = 2


def _check_niveau(
    instance: object, attribute: attrs.Attribute[int], value: int
) -> None:
    del instance
    if not 1 <= value <= MAX_NIVEAU:
        msg = f"{attribute.name} must be 1 to {MAX_NIVEAU}, got {value}"
        raise ValueError(msg)


@attrs.frozen
class Sectie:
    """A heading and everything under it, sub-sections included.

    Attributes:
        kop: The heading text.
        niveau: The heading level, 1 to 3.
        inhoud: Paragraphs, lists, tables and sub-sections, in order.
        budget: The number of pages the instrument allows this section,
            or `None` when it sets no limit.
        nieuwe_pagina: Whether the section starts on a new page.
        liggend: Whether its pages are landscape (for wide tables).
    """

    kop: str
    niveau: int = attrs.field(validator=_check_niveau)
    inhoud: tuple[Blok, ...] = ()
    budget: float | None = None
    nieuwe_pagina: bool = False
    liggend: bool = False

    def secties(self) -> Iterator[Sectie]:
        """This section and every section under it, depth first."""
        yield self
        for blok in self.inhoud:
            if isinstance(blok, Sectie):
                yield from blok.secties()


Blok: TypeAlias = "Alinea | Opsomming | Tabel | Inhoudsopgave | Sectie"
"""Anything that can stand in a section."""


@attrs.frozen
class Titelblok:
    """The head of the report: its title and the facts about it.

    Attributes:
        titel: The report's title.
        ondertitel: A second line, e.g. the wijk.
        gegevens: Labelled facts in order, e.g. ``("Datum", "3 maart
            2026")``.
    """

    titel: str
    ondertitel: str = ""
    gegevens: tuple[tuple[str, str], ...] = ()


@attrs.frozen(kw_only=True)
class Verslag:
    """A complete report, ready for an exporter.

    Attributes:
        titelblok: The title and the facts about the report.
        inhoud: The sections (and any blocks before the first one).
        auteur: The authors' names, for the document's properties.
        datum: The date of the analysis.
        problemen: Warnings found while building it, e.g. characters
            removed from the authors' text; exporters pass them on.
    """

    titelblok: Titelblok
    inhoud: tuple[Blok, ...]
    auteur: str = ""
    datum: dt.date | None = None
    problemen: tuple[Problem, ...] = ()

    def _repr_html_(self) -> str:
        """The report as HTML, for notebooks."""
        from wijkanalyse.exporters.html import fragment  # noqa: PLC0415

        return fragment(self)

    def secties(self) -> Iterator[Sectie]:
        """Every section of the report, depth first."""
        for blok in self.inhoud:
            if isinstance(blok, Sectie):
                yield from blok.secties()

    def sectie(self, kop: str) -> Sectie:
        """The first section with this heading.

        Raises:
            KeyError: When there is none.
        """
        for sectie in self.secties():
            if sectie.kop == kop:
                return sectie
        raise KeyError(kop)
