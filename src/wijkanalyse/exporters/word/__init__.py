"""The verslag as a Word document (.docx), optionally in a house style.

The exporter itself imports nothing heavy: python-docx is loaded when a
report is written, so that listing the formats stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from wijkanalyse.exporters import Content, Options, WriteOnly
from wijkanalyse.files import atomic_write
from wijkanalyse.verslag.budget import overschrijdingen
from wijkanalyse.verslag.model import Verslag

if TYPE_CHECKING:
    from pathlib import Path

    from wijkanalyse.errors import Problem


class WordExporter(WriteOnly):
    """Writes the verslag as a Word document."""

    name = "docx"
    suffixes: ClassVar[tuple[str, ...]] = (".docx",)
    description = "verslag als Word-document, desgewenst in de eigen huisstijl"
    content = Content.VERSLAG

    def write(
        self, document: object, path: Path, options: Options
    ) -> tuple[Problem, ...]:
        """Write the `Verslag` *document* to *path* as a Word document.

        With ``options.sjabloon`` the report is built on that house-style
        template; otherwise on the shipped default.

        Returns:
            Warnings: characters removed from the text, styles the template
            lacked (a fallback was used), and chapters estimated to run
            over the page budget of the instrument.

        Raises:
            FileError: When the template cannot be used (missing, a .dotx,
                not a Word document) or the file cannot be written.
        """
        if not isinstance(document, Verslag):
            msg = "the docx exporter writes a Verslag"
            raise TypeError(msg)
        from wijkanalyse.exporters.word import (  # noqa: PLC0415 (lazy docx)
            schrijver,
            sjabloon,
        )

        template = options.sjabloon
        word = sjabloon.open_template(template)
        stijlen, stijlproblemen = sjabloon.resolve_styles(
            word, template.name if template else None
        )
        tekstproblemen = schrijver.write_document(document, word, stijlen)
        with atomic_write(path) as stream:
            word.save(stream)
        return (
            *document.problemen,
            *stijlproblemen,
            *tekstproblemen,
            *overschrijdingen(document),
        )
