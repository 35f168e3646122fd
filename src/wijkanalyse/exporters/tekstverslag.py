"""A base for report formats that are one text file (Markdown, HTML)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wijkanalyse.exporters import Content, Options, WriteOnly
from wijkanalyse.files import write_text
from wijkanalyse.verslag.model import Verslag

if TYPE_CHECKING:
    from pathlib import Path

    from wijkanalyse.errors import Problem


class TekstVerslag(WriteOnly):
    """Writes a `Verslag` as the text its `render` method makes.

    Page budgets are a matter of paged formats, so the only warnings
    returned are those found while the report was built.
    """

    content = Content.VERSLAG

    def render(self, verslag: Verslag) -> str:
        """The whole report as text."""
        raise NotImplementedError

    def write(
        self, document: object, path: Path, options: Options
    ) -> tuple[Problem, ...]:
        """Write the `Verslag` *document* to *path*.

        Returns:
            The warnings found while the report was built.
        """
        del options
        if not isinstance(document, Verslag):
            msg = f"the {self.name} exporter writes a Verslag"
            raise TypeError(msg)
        write_text(path, self.render(document))
        return document.problemen
