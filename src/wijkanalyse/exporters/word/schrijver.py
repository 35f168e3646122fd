"""Writing a `Verslag` into a Word document with python-docx.

Headings use Word's heading styles (so the navigation pane and the table
of contents work), lists use the list styles, tables the "Table Grid" style
with a header row that repeats on every page. The table of contents is a
Word field that Word fills in when the document is opened; until then it
shows the headings as links. The footer shows "Pagina X van Y". A section
marked landscape starts a new landscape page section.

Styles are looked up once (`sjabloon.resolve_styles`), tables are filled
row by row, and paragraphs and runs go through the two fast paths of
`ooxml` (the same elements python-docx would make, without its per-call
walk over all styles and per-character text handling).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, assert_never

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Emu, Pt

from wijkanalyse import meldingen
from wijkanalyse.errors import Problem, Severity
from wijkanalyse.exporters.word import ooxml
from wijkanalyse.validatie import (
    has_forbidden_characters,
    without_forbidden_characters,
)
from wijkanalyse.verslag.model import (
    Alinea,
    Blok,
    Fragment,
    Inhoudsopgave,
    Nadruk,
    Opsomming,
    Sectie,
    Tabel,
    Verslag,
)

if TYPE_CHECKING:
    from docx.document import Document
    from docx.section import Section
    from docx.table import _Cell
    from docx.text.paragraph import Paragraph

    from wijkanalyse.exporters.word.sjabloon import Stijlen

KLEINE_TABEL = 18
"""The font size of wide tables (six columns or more), in half points."""
BREDE_TABEL = 6
KOPARCERING = "E6E6E6"
INSPRINGING = Cm(0.63)
STANDAARDMARGE = Cm(2.5)
_EERSTE_BLADWIJZER = 100_000_000
_TOC_PLAATSHOUDER = (
    "Werk de inhoudsopgave bij: klik er met de rechtermuisknop op en kies "
    "'Veld bijwerken'."
)


def write_document(
    verslag: Verslag, document: Document, stijlen: Stijlen
) -> tuple[Problem, ...]:
    """Write *verslag* into *document*; return warnings about its text."""
    schrijver = _Schrijver(document, stijlen, verslag)
    schrijver.schrijf()
    return tuple(schrijver.problemen)


class _Schrijver:
    def __init__(
        self, document: Document, stijlen: Stijlen, verslag: Verslag
    ) -> None:
        self.doc = document
        self.stijlen = stijlen
        self.verslag = verslag
        self.problemen: list[Problem] = []
        self._ids = {
            naam: stijl.style_id for naam, stijl in stijlen.alinea.items()
        }
        self._gemeld: set[str] = set()
        self._plaats = "titelblok"
        self._liggend = False
        self._koppen = 0
        self.diepte = max(
            (b.diepte for b in verslag.inhoud if isinstance(b, Inhoudsopgave)),
            default=0,
        )

    # Text -------------------------------------------------------------------

    def veilig(self, tekst: str) -> str:
        """*tekst* without characters Word cannot store; reported once."""
        if not has_forbidden_characters(tekst):
            return tekst
        if self._plaats not in self._gemeld:
            self._gemeld.add(self._plaats)
            self.problemen.append(
                Problem(
                    f"verslag, {self._plaats}",
                    meldingen.teken_weggelaten(),
                    Severity.WAARSCHUWING,
                )
            )
        return without_forbidden_characters(tekst)

    def runs(
        self,
        paragraph: Paragraph,
        fragmenten: tuple[Fragment, ...],
        *,
        cursief: bool = False,
    ) -> None:
        """Append each fragment to *paragraph* as a run with its emphasis."""
        for fragment in fragmenten:
            ooxml.add_text_run(
                paragraph,
                self.veilig(fragment.tekst),
                bold=fragment.nadruk is Nadruk.VET,
                italic=cursief or fragment.nadruk is Nadruk.CURSIEF,
            )

    def alinea(self, stijl: str | None = None) -> Paragraph:
        """A new paragraph at the end of the document, in style *stijl*."""
        paragraph = self.doc.add_paragraph()
        if stijl is not None:
            ooxml.set_paragraph_style(paragraph, self._ids[stijl])
        return paragraph

    # Document ---------------------------------------------------------------

    def schrijf(self) -> None:
        self._eigenschappen()
        self._titelblok()
        for blok in self.verslag.inhoud:
            self.blok(blok, liggend=False)
        self._voettekst()
        ooxml.update_fields_on_open(self.doc)

    def _eigenschappen(self) -> None:
        props = self.doc.core_properties
        kop = self.verslag.titelblok
        props.title = self.veilig(kop.titel)
        props.subject = self.veilig(kop.ondertitel)
        props.author = self.veilig(self.verslag.auteur)
        props.last_modified_by = "wijkanalyse"
        props.keywords = "wijkanalyse; opbouwwerk"
        props.comments = ""
        props.language = "nl-NL"
        props.revision = 1
        now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
        props.created = now
        props.modified = now

    def _titelblok(self) -> None:
        kop = self.verslag.titelblok
        ooxml.add_text_run(self.alinea("Title"), self.veilig(kop.titel))
        if kop.ondertitel:
            ooxml.add_text_run(
                self.alinea("Subtitle"), self.veilig(kop.ondertitel)
            )
        for label, waarde in kop.gegevens:
            paragraph = self.alinea()
            paragraph.paragraph_format.space_after = Pt(2)
            self.runs(
                paragraph,
                (Fragment(f"{label}: ", Nadruk.VET), Fragment(waarde)),
            )

    def blok(self, blok: Blok, *, liggend: bool) -> None:
        """Write one block of the report."""
        if isinstance(blok, Sectie):
            self.sectie(blok, liggend=liggend)
        elif isinstance(blok, Alinea):
            self.runs(self.alinea(), blok.fragmenten, cursief=blok.toelichting)
        elif isinstance(blok, Opsomming):
            self.opsomming(blok)
        elif isinstance(blok, Tabel):
            self.tabel(blok)
        elif isinstance(blok, Inhoudsopgave):
            self.inhoudsopgave(blok)
        else:
            assert_never(blok)

    def sectie(self, sectie: Sectie, *, liggend: bool) -> None:
        """Write a heading and its content, switching orientation if asked."""
        self._plaats = (
            f"hoofdstuk '{without_forbidden_characters(sectie.kop)}'"
        )
        liggend = liggend or sectie.liggend
        nieuw = liggend != self._liggend
        if nieuw:
            self._nieuwe_paginasectie(liggend=liggend)
        kop = self.alinea(f"Heading {sectie.niveau}")
        if sectie.nieuwe_pagina and not nieuw:
            kop.paragraph_format.page_break_before = True
        ooxml.add_text_run(kop, self.veilig(sectie.kop))
        if sectie.niveau <= self.diepte:
            self._koppen += 1
            nummer = _EERSTE_BLADWIJZER + self._koppen
            ooxml.bookmark(kop, f"_Toc{nummer}", nummer)
        for blok in sectie.inhoud:
            self.blok(blok, liggend=liggend)

    def _nieuwe_paginasectie(self, *, liggend: bool) -> None:
        vorige = self.doc.sections[-1]
        nieuw = self.doc.add_section(WD_SECTION.NEW_PAGE)
        breed, hoog = vorige.page_width, vorige.page_height
        if breed is not None and hoog is not None:
            kort, lang = sorted((breed, hoog))
            nieuw.page_width, nieuw.page_height = (
                (lang, kort) if liggend else (kort, lang)
            )
        nieuw.orientation = (
            WD_ORIENT.LANDSCAPE if liggend else WD_ORIENT.PORTRAIT
        )
        self._liggend = liggend

    # Lists ------------------------------------------------------------------

    def opsomming(self, opsomming: Opsomming) -> None:
        """Write a list with Word's numbering, or as text without one."""
        if opsomming.genummerd:
            stijl = "List Number"
            nummering = self.stijlen.number_numbering
            if nummering is not None:
                nummering = ooxml.restart_numbering(self.doc, nummering)
        else:
            stijl = "List Bullet"
            nummering = self.stijlen.bullet_numbering
        for index, item in enumerate(opsomming.items, start=1):
            paragraph = self.alinea(stijl)
            if nummering is None:
                teken = f"{index}." if opsomming.genummerd else "•"
                format_ = paragraph.paragraph_format
                format_.left_indent = INSPRINGING
                format_.first_line_indent = -INSPRINGING
                format_.tab_stops.add_tab_stop(INSPRINGING)
                ooxml.add_text_run(paragraph, f"{teken}\t")
            elif opsomming.genummerd:
                ooxml.number_paragraph(paragraph, nummering)
            self.runs(paragraph, item.fragmenten, cursief=item.toelichting)

    # Tables -----------------------------------------------------------------

    def tabel(self, tabel: Tabel) -> None:
        """Write a table row by row; its header row repeats on each page."""
        count = len(tabel.kolommen)
        table = self.doc.add_table(rows=0, cols=count)
        table.style = self.stijlen.tabel
        table.autofit = False
        for column, width in zip(
            table.columns, self._breedtes(tabel), strict=True
        ):
            column.width = width
        grootte = KLEINE_TABEL if count >= BREDE_TABEL else None
        kop = table.add_row()
        ooxml.repeat_as_header(kop)
        for cell, tekst in zip(kop.cells, tabel.kolommen, strict=True):
            ooxml.shade(cell, KOPARCERING)
            self._cel(cell, tekst, grootte=grootte, vet=True)
        for rij in tabel.rijen:
            row = table.add_row()
            ooxml.keep_row_together(row)
            for cell, tekst in zip(row.cells, rij, strict=True):
                self._cel(cell, tekst, grootte=grootte)
        self.doc.add_paragraph()

    def _cel(
        self,
        cell: _Cell,
        tekst: str,
        *,
        grootte: int | None,
        vet: bool = False,
    ) -> None:
        ooxml.add_text_run(
            cell.paragraphs[0], self.veilig(tekst), bold=vet, size=grootte
        )

    def _breedtes(self, tabel: Tabel) -> list[Emu]:
        section = self.doc.sections[-1]
        page = section.page_width or Cm(21)
        left = section.left_margin
        right = section.right_margin
        usable = page - (STANDAARDMARGE if left is None else left)
        usable -= STANDAARDMARGE if right is None else right
        relative = tabel.breedtes or (1.0,) * len(tabel.kolommen)
        total = sum(relative)
        return [Emu(int(usable * r / total)) for r in relative]

    # Contents and footer ----------------------------------------------------

    def inhoudsopgave(self, opgave: Inhoudsopgave) -> None:
        """A TOC field whose cached result lists the headings as links."""
        ooxml.add_text_run(self.alinea("TOC Heading"), self.veilig(opgave.kop))
        koppen = [
            (nummer, sectie)
            for nummer, sectie in enumerate(
                (s for s in self.verslag.secties() if s.niveau <= self.diepte),
                start=1,
            )
            if sectie.niveau <= opgave.diepte
        ]
        instructie = f'TOC \\o "1-{opgave.diepte}" \\h \\z \\u'
        if not koppen:
            paragraph = self.doc.add_paragraph()
            ooxml.add_field(paragraph, instructie, _TOC_PLAATSHOUDER)
            return
        for index, (nummer, sectie) in enumerate(koppen):
            paragraph = self.doc.add_paragraph()
            format_ = paragraph.paragraph_format
            format_.space_after = Pt(2)
            format_.left_indent = Cm(0.6 * (sectie.niveau - 1))
            element = paragraph._p  # noqa: SLF001 (the w:p element)
            if index == 0:
                ooxml.begin_field(element, instructie)
            ooxml.internal_link(
                paragraph,
                without_forbidden_characters(sectie.kop),
                f"_Toc{_EERSTE_BLADWIJZER + nummer}",
            )
            if index == len(koppen) - 1:
                ooxml.end_field(element)

    def _voettekst(self) -> None:
        section: Section = self.doc.sections[0]
        footer = section.footer
        if ooxml.has_page_field(footer.part.element):
            return
        paragraphs = footer.paragraphs
        if len(paragraphs) == 1 and not paragraphs[0].text.strip():
            paragraph = paragraphs[0]
        else:
            paragraph = footer.add_paragraph()
        if self.stijlen.footer is not None:
            paragraph.style = self.stijlen.footer
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run("Pagina ")
        ooxml.add_field(paragraph, "PAGE", "1")
        paragraph.add_run(" van ")
        ooxml.add_field(paragraph, "NUMPAGES", "1")
