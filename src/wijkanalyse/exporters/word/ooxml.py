"""The few pieces of WordprocessingML that python-docx has no API for.

Everything else in the Word exporter uses python-docx's public API. What
is here, and why:

- fields (``TOC``, ``PAGE``, ``NUMPAGES``): Word computes them; a complex
  field is a run with ``w:fldChar`` begin, the instruction, a separator,
  the cached result and an end marker;
- ``w:updateFields`` in the settings, so Word refreshes the table of
  contents and page numbers when the document is opened;
- bookmarks and internal hyperlinks, so the cached table of contents
  links to the headings before Word refreshes it;
- ``w:tblHeader`` (repeat a table's header row on every page) and
  ``w:cantSplit`` (keep a row on one page), and cell shading;
- a paragraph style's outline level (``w:outlineLvl``), which makes a
  fallback heading style appear in the navigation pane and the contents;
- numbering: restarting a numbered list at 1 and reading whether a style
  is numbered;
- table borders for a fallback table style;
- removing the body content a house-style template came with;
- two fast paths for what a report does thousands of times. python-docx
  appends run text one character at a time (to turn tabs and line breaks
  into elements) and, on every style assignment, walks all styles of the
  template to find the default one. For a 30-page report that is most of
  the writing time. `add_text_run` and `set_paragraph_style` make the very
  same elements directly; a test checks they equal python-docx's output.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

if TYPE_CHECKING:
    from docx.document import Document
    from docx.oxml.xmlchemy import BaseOxmlElement
    from docx.styles.style import BaseStyle, ParagraphStyle
    from docx.table import _Cell, _Row
    from docx.text.paragraph import Paragraph


def _element(tag: str, **attributes: str) -> BaseOxmlElement:
    element = OxmlElement(tag)
    for name, value in attributes.items():
        element.set(qn(name.replace("_", ":", 1)), value)
    return element


_PRESERVE = qn("xml:space")


def add_text_run(
    paragraph: Paragraph,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    size: int | None = None,
) -> None:
    """Append a run of *text*, as ``paragraph.add_run(text)`` would.

    A line break in *text* becomes ``w:br``, a tab ``w:tab``.

    Args:
        paragraph: The paragraph to append to.
        text: The run's text, without characters XML cannot hold.
        bold: Whether the run is bold (``run.bold = True``).
        italic: Whether the run is italic (``run.italic = True``).
        size: The font size in half points (``run.font.size``), if set.
    """
    run = OxmlElement("w:r")
    if bold or italic or size:
        properties = OxmlElement("w:rPr")
        if bold:
            properties.append(OxmlElement("w:b"))
        if italic:
            properties.append(OxmlElement("w:i"))
        if size:
            properties.append(_element("w:sz", w_val=str(size)))
        run.append(properties)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for line_number, line in enumerate(text.split("\n")):
        if line_number:
            run.append(OxmlElement("w:br"))
        _append_line(run, line)
    paragraph._p.append(run)  # noqa: SLF001 (the w:p element)


def _append_line(run: BaseOxmlElement, line: str) -> None:
    for part_number, part in enumerate(line.split("\t")):
        if part_number:
            run.append(OxmlElement("w:tab"))
        if part:
            element = OxmlElement("w:t")
            element.text = part
            if part[0].isspace() or part[-1].isspace():
                element.set(_PRESERVE, "preserve")
            run.append(element)


def set_paragraph_style(paragraph: Paragraph, style_id: str) -> None:
    """Give *paragraph* the style with *style_id*, as ``paragraph.style``."""
    paragraph._p.style = style_id  # noqa: SLF001 (the w:p element)


def _run(*children: BaseOxmlElement) -> BaseOxmlElement:
    run = OxmlElement("w:r")
    for child in children:
        run.append(child)
    return run


def _text(text: str) -> BaseOxmlElement:
    element = _element("w:t", xml_space="preserve")
    element.text = text
    return element


def begin_field(target: BaseOxmlElement, instruction: str) -> None:
    """Append the start of a complex field (up to its result) to *target*.

    *target* is a paragraph's ``w:p`` or a hyperlink's element.
    """
    instr = _element("w:instrText", xml_space="preserve")
    instr.text = f" {instruction} "
    target.append(_run(_element("w:fldChar", w_fldCharType="begin")))
    target.append(_run(instr))
    target.append(_run(_element("w:fldChar", w_fldCharType="separate")))


def end_field(target: BaseOxmlElement) -> None:
    """Append the end marker of a complex field to *target*."""
    target.append(_run(_element("w:fldChar", w_fldCharType="end")))


def add_field(paragraph: Paragraph, instruction: str, cached: str) -> None:
    """Append a field (e.g. ``PAGE``) showing *cached* until it is updated."""
    begin_field(paragraph._p, instruction)  # noqa: SLF001 (the w:p element)
    paragraph._p.append(_run(_text(cached)))  # noqa: SLF001
    end_field(paragraph._p)  # noqa: SLF001


_NA_UPDATE_FIELDS = (
    "w:hdrShapeDefaults",
    "w:footnotePr",
    "w:endnotePr",
    "w:compat",
    "w:docVars",
    "w:rsids",
    "m:mathPr",
    "w:attachedSchema",
    "w:themeFontLang",
    "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures",
    "w:forceUpgrade",
    "w:captions",
    "w:readModeInkLockDown",
    "w:smartTagType",
    "sl:schemaLibrary",
    "w:shapeDefaults",
    "w:doNotEmbedSmartTags",
    "w:decimalSymbol",
    "w:listSeparator",
)
"""The settings that the schema puts after ``w:updateFields``, in order."""


def update_fields_on_open(document: Document) -> None:
    """Ask Word to refresh all fields (contents, page numbers) on opening."""
    settings = document.settings.element
    existing = settings.find(qn("w:updateFields"))
    if existing is None:
        existing = _element("w:updateFields")
        settings.insert_element_before(existing, *_NA_UPDATE_FIELDS)
    existing.set(qn("w:val"), "true")


def bookmark(paragraph: Paragraph, name: str, number: int) -> None:
    """Put a bookmark called *name* around the paragraph's content."""
    p = paragraph._p  # noqa: SLF001 (the w:p element)
    start = _element("w:bookmarkStart", w_id=str(number), w_name=name)
    ppr = p.pPr
    if ppr is None:
        p.insert(0, start)
    else:
        ppr.addnext(start)
    p.append(_element("w:bookmarkEnd", w_id=str(number)))


def internal_link(paragraph: Paragraph, text: str, anchor: str) -> None:
    """Append *text* as a link to the bookmark *anchor*."""
    link = _element("w:hyperlink", w_anchor=anchor, w_history="1")
    link.append(_run(_text(text)))
    paragraph._p.append(link)  # noqa: SLF001 (the w:p element)


def repeat_as_header(row: _Row) -> None:
    """Repeat *row* at the top of every page the table runs onto."""
    trpr = row._tr.get_or_add_trPr()  # noqa: SLF001 (the w:tr element)
    trpr.append(_element("w:tblHeader"))


def keep_row_together(row: _Row) -> None:
    """Keep *row* on one page rather than splitting it."""
    trpr = row._tr.get_or_add_trPr()  # noqa: SLF001 (the w:tr element)
    trpr.append(_element("w:cantSplit"))


def shade(cell: _Cell, fill: str) -> None:
    """Give *cell* a background colour (hex RGB such as ``F2F2F2``)."""
    tcpr = cell._tc.get_or_add_tcPr()  # noqa: SLF001 (the w:tc element)
    tcpr.append(_element("w:shd", w_val="clear", w_color="auto", w_fill=fill))


def set_outline_level(style: BaseStyle, level: int) -> None:
    """Make paragraphs of *style* outline headings of *level* (0 is top)."""
    ppr = style.element.get_or_add_pPr()
    for old in ppr.findall(qn("w:outlineLvl")):
        ppr.remove(old)
    ppr.append(_element("w:outlineLvl", w_val=str(level)))


def add_table_borders(style: BaseStyle) -> None:
    """Give a table style thin single borders around and between cells."""
    tblpr = style.element.find(qn("w:tblPr"))
    if tblpr is None:
        tblpr = _element("w:tblPr")
        style.element.append(tblpr)
    borders = _element("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(
            _element(
                f"w:{side}",
                w_val="single",
                w_sz="4",
                w_space="0",
                w_color="auto",
            )
        )
    tblpr.append(borders)


def numbering_id(style: ParagraphStyle) -> int | None:
    """The numbering a paragraph style applies, following its base styles."""
    seen: set[int] = set()
    current: ParagraphStyle | None = style
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        ppr = current.element.pPr
        numpr = ppr.numPr if ppr is not None else None
        if numpr is not None and numpr.numId is not None:
            value = int(numpr.numId.val)
            return value or None
        current = current.base_style
    return None


def restart_numbering(document: Document, num_id: int) -> int | None:
    """A new numbering like *num_id* that starts again at 1; its id.

    Returns `None` when the document has no such numbering.
    """
    numbering = document.part.numbering_part.element
    try:
        num = numbering.num_having_numId(num_id)
    except KeyError:
        return None
    fresh = numbering.add_num(num.abstractNumId.val)
    fresh.add_lvlOverride(ilvl=0).add_startOverride(1)
    return int(fresh.numId)


def number_paragraph(paragraph: Paragraph, num_id: int) -> None:
    """Make *paragraph* an item (level 0) of the numbering *num_id*."""
    numpr = paragraph._p.get_or_add_pPr().get_or_add_numPr()  # noqa: SLF001
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num_id


def clear_body(document: Document) -> None:
    """Remove all content from the body, keeping its page settings."""
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def has_page_field(part_element: BaseOxmlElement) -> bool:
    """Whether a header or footer already shows a page number."""
    for instr in part_element.iter(qn("w:instrText")):
        if "PAGE" in (instr.text or "").upper().split():
            return True
    for simple in part_element.iter(qn("w:fldSimple")):
        if "PAGE" in simple.get(qn("w:instr"), "").upper().split():
            return True
    return False
