"""Build the Word exporter's default template from python-docx's own.

Run once after changing it, and commit the result::

    python tools/maak_sjabloon.py src/wijkanalyse/exporters/word/sjabloon.docx

python-docx's template carries 164 styles (most of them table styles) in a
438 kB styles part, plus a second copy of that part for Word 2010. Looking
up a style walks all of them, so writing a report on it is several times
slower than on a template with only the styles the report uses. This script
keeps those styles, drops the extra parts, sets the page to A4 with 2.5 cm
margins and the language to Dutch (so Word checks the spelling in Dutch),
and makes Calibri the body font as well as the heading font (python-docx's
theme has Cambria for body text, which reads poorly in small table type).
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.shared import Cm

KEEP = frozenset(
    {
        "Normal",
        "Default Paragraph Font",
        "Normal Table",
        "No List",
        "Header",
        "Header Char",
        "Footer",
        "Footer Char",
        "Title",
        "Title Char",
        "Subtitle",
        "Subtitle Char",
        "Heading 1",
        "Heading 1 Char",
        "Heading 2",
        "Heading 2 Char",
        "Heading 3",
        "Heading 3 Char",
        "List Paragraph",
        "List Bullet",
        "List Number",
        "TOC Heading",
        "Table Grid",
    }
)
"""The styles the report uses, and the styles they are linked to."""

DROP_RELATIONSHIPS = frozenset(
    {
        "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
        RT.CUSTOM_XML,
        RT.THUMBNAIL,
    }
)
LANGUAGE = "nl-NL"
THEME = "word/theme/theme1.xml"
BODY_FONT = (
    b'<a:minorFont>\n        <a:latin typeface="Cambria"/>',
    b'<a:minorFont>\n        <a:latin typeface="Calibri"/>',
)


def build(target: Path) -> None:
    """Write the slim template to *target*."""
    document = docx.Document()
    for style in list(document.styles):
        if style.name not in KEEP:
            style.delete()
    for owner in (document.part, document.part.package):
        for rid, rel in list(owner.rels.items()):
            if rel.reltype in DROP_RELATIONSHIPS:
                del owner.rels[rid]

    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("top", "bottom", "left", "right"):
        setattr(section, f"{side}_margin", Cm(2.5))
    section.header_distance = section.footer_distance = Cm(1.25)

    styles = document.styles.element
    for lang in styles.iter(qn("w:lang")):
        lang.set(qn("w:val"), LANGUAGE)
    settings = document.settings.element
    for name, value in (
        ("w:themeFontLang", LANGUAGE),
        ("w:decimalSymbol", ","),
        ("w:listSeparator", ";"),
    ):
        element = settings.find(qn(name))
        if element is not None:
            element.set(qn("w:val"), value)

    props = document.core_properties
    props.author = ""
    props.comments = ""
    props.title = ""
    props.language = LANGUAGE
    buffer = io.BytesIO()
    document.save(buffer)
    target.write_bytes(_with_body_font(buffer.getvalue()))


def _with_body_font(data: bytes) -> bytes:
    """The package *data* with Calibri as the theme's body font."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            content = source.read(item)
            if item.filename == THEME:
                old, new = BODY_FONT
                if old not in content:
                    msg = "the theme's body font is not where it was"
                    raise ValueError(msg)
                content = content.replace(old, new)
            target.writestr(item, content)
    return out.getvalue()


if __name__ == "__main__":
    build(Path(sys.argv[1]))
