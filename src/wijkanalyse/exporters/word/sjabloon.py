"""Templates: the shipped default and an organisation's house style.

The default template (``sjabloon.docx`` next to this module) is
python-docx's own template slimmed to the styles the report uses, set to A4
with 2.5 cm margins and Dutch as the language for spelling. It is built by
``tools/maak_sjabloon.py``; slimming it makes writing several times faster,
because python-docx looks styles up by walking all of them.

A house-style template is any Word document (``.docx``): its body is
emptied and the report is written in its place, so its page settings,
headers and footers (logo), fonts, colours and styles are used. A style the
report needs but the template lacks is added as a plain fallback, with a
warning; the report is never refused for it.
"""

from __future__ import annotations

import functools
import zipfile
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import attrs
import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.exceptions import PackageNotFoundError
from docx.shared import Pt
from docx.styles.style import ParagraphStyle

from wijkanalyse import meldingen
from wijkanalyse.errors import FileError, Problem, Severity
from wijkanalyse.exporters.word import ooxml

if TYPE_CHECKING:
    from docx.document import Document

PARAGRAAF = WD_STYLE_TYPE.PARAGRAPH
DOTX = frozenset({".dotx", ".dotm"})
MAX_UITGEPAKT = 200 * 1024 * 1024
"""The most a template may unpack to; real ones stay far below 50 MB."""
MAX_VERHOUDING = 100
"""The most a template may expand by; office files compress ~30x at most."""


_STANDAARD = resources.files("wijkanalyse.exporters.word") / "sjabloon.docx"


def default_template() -> Path:
    """The path of the shipped default template (installed on disk)."""
    return Path(str(_STANDAARD))


@functools.cache
def _default_bytes() -> bytes:
    return _STANDAARD.read_bytes()


def open_template(path: Path | None) -> Document:
    """Open a house-style template, or the default one, with an empty body.

    Raises:
        FileError: When the template is missing, a Word template (.dotx)
            rather than a document, suspiciously large when unpacked, or
            not a Word document at all. Each has its own message.
    """
    if path is None:
        import io  # noqa: PLC0415 (only for the default)

        return docx.Document(io.BytesIO(_default_bytes()))
    if not path.is_file():
        raise FileError(meldingen.sjabloon_niet_gevonden(path))
    if path.suffix.lower() in DOTX:
        raise FileError(meldingen.sjabloon_is_dotx(path))
    _check_archive(path)
    try:
        document = docx.Document(str(path))
    except ValueError as exc:
        if "template" in str(exc):
            raise FileError(meldingen.sjabloon_is_dotx(path)) from None
        raise FileError(meldingen.sjabloon_geen_word(path)) from None
    except (
        PackageNotFoundError,
        zipfile.BadZipFile,
        KeyError,
        OSError,
        SyntaxError,  # lxml's XMLSyntaxError: a part that is not XML
    ):
        raise FileError(meldingen.sjabloon_geen_word(path)) from None
    ooxml.clear_body(document)
    return document


def _check_archive(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError):
        raise FileError(meldingen.sjabloon_geen_word(path)) from None
    unpacked = sum(m.file_size for m in members)
    packed = max(1, path.stat().st_size)
    if unpacked > MAX_UITGEPAKT or unpacked / packed > MAX_VERHOUDING:
        raise FileError(meldingen.sjabloon_te_groot(path))


@attrs.frozen
class Fallback:
    """How to make a style the template lacks.

    Attributes:
        type: Paragraph or table style.
        size: Font size in points, if it differs from the body text.
        bold: Whether the text is bold.
        italic: Whether the text is italic.
        outline: The outline level (0 is top) for heading styles.
    """

    type: WD_STYLE_TYPE = WD_STYLE_TYPE.PARAGRAPH
    size: float | None = None
    bold: bool = False
    italic: bool = False
    outline: int | None = None


NODIG: dict[str, Fallback] = {
    "Title": Fallback(size=24, bold=True),
    "Subtitle": Fallback(size=14, italic=True),
    "Heading 1": Fallback(size=16, bold=True, outline=0),
    "Heading 2": Fallback(size=13, bold=True, outline=1),
    "Heading 3": Fallback(size=11, bold=True, italic=True, outline=2),
    "TOC Heading": Fallback(size=14, bold=True),
    "List Bullet": Fallback(),
    "List Number": Fallback(),
    "Table Grid": Fallback(type=WD_STYLE_TYPE.TABLE),
}
"""Every style the report uses, with the fallback for a template without it."""


@attrs.define
class Stijlen:
    """The styles the report is written with, looked up once.

    Attributes:
        alinea: Every paragraph style the report uses, by its name as Word
            shows it (e.g. "Heading 1").
        tabel: The table style ("Table Grid" or its fallback).
        bullet_numbering: The numbering of "List Bullet", or `None` when
            the bullets must be written as text.
        number_numbering: The numbering of "List Number", or `None`.
        footer: The template's footer style, if it has one.
    """

    alinea: dict[str, ParagraphStyle]
    tabel: ParagraphStyle
    bullet_numbering: int | None
    number_numbering: int | None
    footer: ParagraphStyle | None

    def __getitem__(self, name: str) -> ParagraphStyle:
        """The paragraph style called *name*."""
        return self.alinea[name]


def resolve_styles(
    document: Document, source: str | None
) -> tuple[Stijlen, tuple[Problem, ...]]:
    """Find every style the report needs; add a fallback for each missing.

    Args:
        document: The opened template.
        source: The template's file name for warnings; `None` for the
            default template, whose styles are known to be complete.

    Returns:
        The styles, and a warning per style that had to be added.
    """
    found: dict[str, ParagraphStyle] = {}
    for style in document.styles:
        name = style.name
        if isinstance(style, ParagraphStyle) and name and name not in found:
            found[name] = style
    problems: list[Problem] = []
    for name, fallback in NODIG.items():
        style = found.get(name)
        if style is not None and style.type == fallback.type:
            continue
        found[name] = _add_fallback(document, name, fallback, found)
        problems.append(
            Problem(
                f"sjabloon {source or 'standaard'}",
                meldingen.stijl_ontbreekt(name),
                Severity.WAARSCHUWING,
            )
        )
    footer = found.get("Footer")
    stijlen = Stijlen(
        alinea=found,
        tabel=found["Table Grid"],
        bullet_numbering=ooxml.numbering_id(found["List Bullet"]),
        number_numbering=ooxml.numbering_id(found["List Number"]),
        footer=footer if footer and footer.type == PARAGRAAF else None,
    )
    return stijlen, tuple(problems)


def _add_fallback(
    document: Document,
    name: str,
    fallback: Fallback,
    found: dict[str, ParagraphStyle],
) -> ParagraphStyle:
    taken = name in found
    style: ParagraphStyle = document.styles.add_style(
        f"{name} (wijkanalyse)" if taken else name, fallback.type
    )
    if fallback.type is WD_STYLE_TYPE.TABLE:
        ooxml.add_table_borders(style)
        return style
    normal = found.get("Normal")
    if normal is not None and normal.type == PARAGRAAF:
        style.base_style = normal
    font = style.font
    if fallback.size is not None:
        font.size = Pt(fallback.size)
    font.bold = fallback.bold or None
    font.italic = fallback.italic or None
    if fallback.outline is not None:
        ooxml.set_outline_level(style, fallback.outline)
        style.paragraph_format.keep_with_next = True
        style.paragraph_format.space_before = Pt(12)
        style.paragraph_format.space_after = Pt(4)
    return style
