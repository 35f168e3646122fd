"""The analysis as a JSON document: the lossless exchange format."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from wijkanalyse import serialisatie
from wijkanalyse.analyse import Wijkanalyse
from wijkanalyse.exporters import Content, Options
from wijkanalyse.files import read_text, write_text

if TYPE_CHECKING:
    from pathlib import Path

    from wijkanalyse.errors import Problem
    from wijkanalyse.model import Participatiemodel


class JsonExporter:
    """Writes and reads analyses as JSON with a schema version."""

    name = "json"
    suffixes: ClassVar[tuple[str, ...]] = (".json",)
    description = (
        "wijkanalyse als JSON-gegevens: volledig, om te bewaren en uit te "
        "wisselen"
    )
    content = Content.ANALYSE
    can_read = True

    def write(
        self, document: object, path: Path, options: Options
    ) -> tuple[Problem, ...]:
        """Write the analysis *document* as JSON to *path*."""
        del options
        if not isinstance(document, Wijkanalyse):
            msg = "the json exporter writes a Wijkanalyse"
            raise TypeError(msg)
        write_text(path, serialisatie.dumps(document))
        return ()

    def read(
        self, path: Path, model: Participatiemodel | None
    ) -> tuple[Wijkanalyse, tuple[Problem, ...]]:
        """Read an analysis from the JSON file at *path*.

        Raises:
            FileError: When the file is missing or not UTF-8 text.
            ValidationError: Listing every fault with its path.
        """
        del model
        return serialisatie.loads(read_text(path), source=path.name), ()
