"""The Excel invulschema: the fill-in form, written and read back.

Community workers fill in the instrument in Excel or LibreOffice. This
exporter writes the form, empty (`XlsxExporter.write_empty`) or filled with
an analysis (`XlsxExporter.write`), and reads a filled form back
(`XlsxExporter.read`). Both directions follow one definition of the sheets
and columns, `wijkanalyse.exporters.invulschema.layout`; writing and then
reading an analysis gives it back unchanged.

The modules, one idea each:

- `layout`: the sheets, columns, labels and sections;
- `waarden`: the closed lists and how typed values and theme names match;
- `uitleg`: the explanation on the voorblad;
- `stijl`, `pen`, `schrijven`, `schrijven_domein`,
  `schrijven_samenvatting`: writing;
- `archief`: the checks on a file before it is parsed (zip bombs, files
  that are not xlsx);
- `bladen`, `cellen`, `koppen`, `plaatsen`: reading cells, converting
  values, finding columns, locating problems;
- `lezen`, `lezen_voorblad`, `lezen_domein`, `lezen_samenvatting`: reading
  the sheets back into an analysis.

openpyxl and defusedxml are imported only when a form is written or read,
never when wijkanalyse or this module is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from wijkanalyse.analyse import Wijkanalyse
from wijkanalyse.exporters import Content

if TYPE_CHECKING:
    from pathlib import Path

    from wijkanalyse.analyse import Wijk
    from wijkanalyse.errors import Problem
    from wijkanalyse.exporters import Options
    from wijkanalyse.model import Participatiemodel


class XlsxExporter:
    """Writes the invulschema as an Excel workbook and reads it back.

    Reading collects every problem of a filled form, located at its sheet
    and cell and validated against the participatiemodel (`validates` tells
    `wijkanalyse.documents` not to validate again with paths instead of
    cells).
    """

    name = "xlsx"
    suffixes: ClassVar[tuple[str, ...]] = (".xlsx",)
    description = (
        "invulschema voor Excel of LibreOffice "
        "(leeg of ingevuld, ook weer in te lezen)"
    )
    content = Content.INVULSCHEMA
    can_read = True
    validates = True

    def write(
        self, document: object, path: Path, options: Options
    ) -> tuple[Problem, ...]:
        """Write the analysis *document* as a filled form to *path*.

        Raises:
            ValidationError: For a text too long for a cell or holding
                characters a workbook cannot store; nothing is written.
            FileError: When the file cannot be written.
        """
        from wijkanalyse.exporters.invulschema import schrijven  # noqa: PLC0415 (openpyxl only when used)

        if not isinstance(document, Wijkanalyse):
            msg = "the xlsx exporter writes a Wijkanalyse"
            raise TypeError(msg)
        schrijven.schrijf(path, options.model, document.wijk, document)
        return ()

    def write_empty(
        self, path: Path, model: Participatiemodel, wijk: Wijk
    ) -> None:
        """Write an empty form for *wijk* against *model* to *path*.

        Raises:
            ValidationError: When a name cannot be stored in a cell.
            FileError: When the file cannot be written.
        """
        from wijkanalyse.exporters.invulschema import schrijven  # noqa: PLC0415 (openpyxl only when used)

        schrijven.schrijf(path, model, wijk)

    def read(
        self, path: Path, model: Participatiemodel | None
    ) -> tuple[Wijkanalyse, tuple[Problem, ...]]:
        """Read the filled form at *path*; see `lezen.lees`.

        Raises:
            FileError: When the file is no (safe) xlsx workbook.
            ValidationError: With every error and warning, located by sheet
                and cell, when any is an error.
        """
        from wijkanalyse.exporters.invulschema import lezen  # noqa: PLC0415 (openpyxl only when used)

        return lezen.lees(path, model)
