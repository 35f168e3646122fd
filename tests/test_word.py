"""The Word verslag, opened again with python-docx and checked."""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from verslagdata import MODEL, analyse
from wijkanalyse.criteria import Opname, select
from wijkanalyse.errors import FileError, Severity
from wijkanalyse.exporters import Options
from wijkanalyse.exporters.word import WordExporter, ooxml
from wijkanalyse.exporters.word.sjabloon import default_template
from wijkanalyse.testing import analyses
from wijkanalyse.verslag import (
    Alinea,
    Sectie,
    Titelblok,
    Verslag,
    build_verslag,
)

BIJLAGE = "Bijlage: alle signalen en hun weging"


def write(verslag: Verslag, path: Path, sjabloon: Path | None = None):
    """Write *verslag* as Word and return the warnings."""
    return WordExporter().write(
        verslag, path, Options(model=MODEL, sjabloon=sjabloon)
    )


def headings(document) -> list[tuple[int, str]]:
    """Every heading paragraph as (level, text)."""
    found = []
    for paragraph in document.paragraphs:
        name = paragraph.style.name if paragraph.style is not None else ""
        if name.startswith("Heading "):
            found.append((int(name.removeprefix("Heading ")), paragraph.text))
    return found


@pytest.fixture(scope="module")
def geschreven(tmp_path_factory):
    """The test analysis's report written once with the default template."""
    path = tmp_path_factory.mktemp("word") / "verslag.docx"
    problems = write(build_verslag(analyse(), MODEL), path)
    return docx.Document(str(path)), problems


def test_every_domain_and_theme_has_its_heading(geschreven):
    """Domains are level 1, their themes level 2, in the model's order."""
    document, _ = geschreven
    found = headings(document)
    for domein in MODEL.domeinen:
        index = found.index((1, domein.titel))
        themas = [(2, v.naam) for v in domein.participatievormen]
        assert found[index + 1 : index + 1 + len(themas)] == themas
        synthese = (2, f"Samenvattende analyse domein {domein.nummer}")
        assert found[index + 1 + len(themas)] == synthese


def test_chapters_are_level_one_headings_in_order(geschreven):
    """The level-1 headings follow appendix 2 of the instrument."""
    document, _ = geschreven
    assert [t for level, t in headings(document) if level == 1] == [
        "Inleiding",
        "Criteria",
        "I Privédomein",
        "II Domein van werk, sociale zekerheid en voorzieningen",
        "III Domein van het sociale leven",
        "IV Samenvatting en conclusies",
        BIJLAGE,
    ]


def test_title_block(geschreven):
    """Title, wijk and the labelled facts open the document."""
    document, _ = geschreven
    paragraphs = document.paragraphs
    assert paragraphs[0].style.name == "Title"
    assert paragraphs[0].text == "Verslag wijkanalyse opbouwwerk"
    assert paragraphs[1].text == "Wijk De Duinrand"
    texts = [p.text for p in paragraphs[2:6]]
    assert texts[0] == "Wijk: De Duinrand (CBS-code WK123401)"
    assert texts[1].startswith("Auteurs: Fatima Bakker (opbouwwerker")
    assert texts[2] == "Datum: 3 december 2026"
    assert paragraphs[2].runs[0].bold
    assert document.core_properties.author == "Fatima Bakker, Jan de Wit"
    assert document.core_properties.language == "nl-NL"


def test_speerpunten_are_listed_with_their_reasons(geschreven):
    """Every speerpunt appears as a list item together with its reason."""
    document, _ = geschreven
    items = [
        p.text for p in document.paragraphs if p.style.name == "List Bullet"
    ]
    for uitslag in select(analyse(), MODEL).speerpunten:
        matching = [t for t in items if f"({uitslag.signaal.id})" in t]
        assert any(uitslag.reden in t for t in matching)
        if uitslag.opname is Opname.KENNISONTWIKKELING:
            assert "kennisontwikkeling" in uitslag.reden


def test_appendix_has_one_row_per_signal_and_a_repeating_header(geschreven):
    """The last table has a header row that repeats, then a row per signal."""
    document, _ = geschreven
    table = document.tables[-1]
    assert len(table.rows) == 1 + len(analyse().signalen)
    assert table.rows[0].cells[1].text == "Signaal"
    header = table.rows[0]._tr.trPr
    assert header is not None
    assert header.find(qn("w:tblHeader")) is not None
    ids = sorted(row.cells[1].text.split(":")[0] for row in table.rows[1:])
    assert ids == ["S001", "S002", "S003", "S004"]


def test_appendix_is_in_a_landscape_section(geschreven):
    """The report starts portrait; the appendix section is landscape."""
    document, _ = geschreven
    first, last = document.sections[0], document.sections[-1]
    assert first.orientation == WD_ORIENT.PORTRAIT
    assert last.orientation == WD_ORIENT.LANDSCAPE
    assert last.page_width > last.page_height


def test_contents_field_is_filled_in_by_word_on_opening(geschreven):
    """A TOC field lists levels 1–2 and Word updates fields when opened."""
    document, _ = geschreven
    body = document.element.body
    instructions = [i.text for i in body.iter(qn("w:instrText"))]
    assert any("TOC" in i and '"1-2"' in i for i in instructions)
    update = document.settings.element.find(qn("w:updateFields"))
    assert update is not None
    assert update.get(qn("w:val")) == "true"
    links = [h.get(qn("w:anchor")) for h in body.iter(qn("w:hyperlink"))]
    marks = {b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))}
    assert links
    assert set(links) <= marks


def test_footer_shows_page_numbers(geschreven):
    """The footer holds PAGE and NUMPAGES fields."""
    document, _ = geschreven
    footer = document.sections[0].footer
    instructions = [
        i.text.strip() for i in footer.part.element.iter(qn("w:instrText"))
    ]
    assert instructions == ["PAGE", "NUMPAGES"]
    assert footer.paragraphs[0].text.startswith("Pagina ")


def test_numbered_lists_restart_at_one(geschreven):
    """Each numbered list gets its own numbering, starting again at 1."""
    document, _ = geschreven
    ids = set()
    for paragraph in document.paragraphs:
        if paragraph.style.name == "List Number":
            ids.add(paragraph._p.pPr.numPr.numId.val)
    assert len(ids) == 2


def test_default_template_is_slim_a4_and_dutch():
    """The shipped template keeps few styles, is A4 and checks Dutch."""
    document = docx.Document(str(default_template()))
    assert len(document.styles) < 30
    section = document.sections[0]
    assert round(section.page_width.cm, 1) == 21.0
    langs = {
        lang.get(qn("w:val"))
        for lang in document.styles.element.iter(qn("w:lang"))
    }
    assert langs == {"nl-NL"}


def test_short_report_has_no_budget_warning(geschreven):
    """A report within its page budgets writes without warnings."""
    _, problems = geschreven
    assert problems == ()


# House style --------------------------------------------------------------


def house_style(path: Path, *, without: tuple[str, ...] = ()) -> Path:
    """A house-style template with its own Heading 1 font and a header."""
    document = docx.Document()
    heading = document.styles["Heading 1"]
    heading.font.name = "Georgia"
    heading.font.color.rgb = RGBColor(0x7A, 0x1F, 0x2B)
    document.sections[0].header.paragraphs[0].text = "Gemeente Zandvoorde"
    document.add_paragraph("Voorbeeldtekst in het sjabloon")
    for name in without:
        document.styles[name].delete()
    document.save(str(path))
    return path


def test_house_style_heading_font_is_honoured(tmp_path):
    """Headings use the template's own style: its font, no overrides."""
    template = house_style(tmp_path / "huisstijl.docx")
    out = tmp_path / "verslag.docx"
    problems = write(build_verslag(analyse(), MODEL), out, template)
    assert not [p for p in problems if "stijl" in p.message]
    document = docx.Document(str(out))
    style = document.styles["Heading 1"]
    assert style.font.name == "Georgia"
    assert style.font.color.rgb == RGBColor(0x7A, 0x1F, 0x2B)
    kop = [p for p in document.paragraphs if p.text == "Inleiding"][-1]
    assert kop.style.name == "Heading 1"
    assert all(run.font.name is None for run in kop.runs)
    header = document.sections[0].header.paragraphs[0].text
    assert header == "Gemeente Zandvoorde"
    texts = [p.text for p in document.paragraphs]
    assert "Voorbeeldtekst in het sjabloon" not in texts


def test_template_without_heading_styles_works_with_warnings(tmp_path):
    """Missing heading styles get a fallback and one warning each."""
    names = ("Heading 1", "Heading 2", "Heading 3")
    template = house_style(tmp_path / "kaal.docx", without=names)
    out = tmp_path / "verslag.docx"
    problems = write(build_verslag(analyse(), MODEL), out, template)
    warned = [p for p in problems if p.where == "sjabloon kaal.docx"]
    assert len(warned) == 3
    assert all(p.severity is Severity.WAARSCHUWING for p in warned)
    assert "'Heading 1'" in warned[0].message
    document = docx.Document(str(out))
    assert headings(document)[0] == (1, "Inleiding")
    style = document.styles["Heading 1"]
    level = style.element.pPr.find(qn("w:outlineLvl"))
    assert level.get(qn("w:val")) == "0"


def test_template_without_list_styles_writes_text_bullets(tmp_path):
    """Without list styles, items start with a bullet or number as text."""
    template = house_style(
        tmp_path / "lijstloos.docx", without=("List Bullet", "List Number")
    )
    out = tmp_path / "verslag.docx"
    problems = write(build_verslag(analyse(), MODEL), out, template)
    assert len(problems) == 2
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert "1.\tUrgentie: vraagt dit nu aandacht?" in texts
    assert any(t.startswith("•\tMantelzorg (S001)") for t in texts)


def test_missing_template_has_its_own_message(tmp_path):
    """A template that does not exist is named as missing."""
    with pytest.raises(FileError, match="bestaat niet"):
        write(
            build_verslag(analyse(), MODEL),
            tmp_path / "v.docx",
            tmp_path / "weg.docx",
        )
    assert not (tmp_path / "v.docx").exists()


def test_dotx_template_has_its_own_message(tmp_path):
    """A .dotx, by suffix or by content type, is asked to be saved as .docx."""
    dotx = tmp_path / "huisstijl.dotx"
    dotx.write_bytes(default_template().read_bytes())
    with pytest.raises(FileError, match="Word-sjabloon"):
        write(build_verslag(analyse(), MODEL), tmp_path / "v.docx", dotx)
    disguised = tmp_path / "huisstijl.docx"
    disguised.write_bytes(_as_template(default_template().read_bytes()))
    with pytest.raises(FileError, match="Word-sjabloon"):
        write(build_verslag(analyse(), MODEL), tmp_path / "v.docx", disguised)


def _as_template(data: bytes) -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w") as target,
    ):
        for item in source.infolist():
            content = source.read(item)
            if item.filename == "[Content_Types].xml":
                content = content.replace(
                    b"document.main+xml", b"template.main+xml"
                )
            target.writestr(item, content)
    return out.getvalue()


@pytest.mark.parametrize(
    "content", [b"geen word", b"PK\x03\x04 kapot", b"%PDF-1.7\n"]
)
def test_non_word_template_has_its_own_message(tmp_path, content):
    """Text, broken zips and PDFs are refused as not a Word document."""
    template = tmp_path / "huisstijl.docx"
    template.write_bytes(content)
    with pytest.raises(FileError, match="geen bruikbaar Word-document"):
        write(build_verslag(analyse(), MODEL), tmp_path / "v.docx", template)


# Text that XML cannot hold --------------------------------------------------


def test_illegal_characters_do_not_crash_and_are_reported(tmp_path):
    """A hand-built report with control characters is written and warned."""
    verslag = Verslag(
        titelblok=Titelblok("Titel"),
        inhoud=(
            Sectie("Test", 1, (Alinea(("Adres\x00 van\ud800 mevrouw",)),)),
        ),
    )
    out = tmp_path / "v.docx"
    problems = write(verslag, out)
    assert [p.where for p in problems] == ["verslag, hoofdstuk 'Test'"]
    assert "mevrouw" not in problems[0].message
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert "Adres van mevrouw" in texts


def test_illegal_characters_in_an_analysis_are_reported_by_signal(tmp_path):
    """Through build_verslag, the warning names the signal id and field."""
    import attrs  # noqa: PLC0415

    base = analyse()
    signaal = attrs.evolve(base.signalen[1], tekst="Huur\x0c achterstand")
    problems = write(
        build_verslag(
            attrs.evolve(
                base, signalen=(base.signalen[0], signaal, *base.signalen[2:])
            ),
            MODEL,
        ),
        tmp_path / "v.docx",
    )
    assert [p.where for p in problems] == ["signaal S002, tekst"]


@settings(max_examples=15, deadline=None)
@given(analyses(max_signalen=6))
def test_word_writer_never_crashes(generated):
    """Any valid analysis gives a Word file that python-docx opens again."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "v.docx"
        write(build_verslag(generated, MODEL), out)
        document = docx.Document(str(out))
    if generated.signalen:
        rows = document.tables[-1].rows
        assert len(rows) == 1 + len(generated.signalen)
    else:
        assert (
            document.paragraphs[-1].text == "Er zijn geen signalen opgetekend."
        )


# The fast paths make what python-docx makes ---------------------------------


@settings(max_examples=200, deadline=None)
@given(
    st.text(st.sampled_from("ab \t\nçé😀"), max_size=12),
    st.booleans(),
    st.booleans(),
    st.sampled_from([None, 18, 22]),
)
def test_fast_run_equals_python_docx_run(text, bold, italic, size):
    """add_text_run builds exactly the run python-docx's API would."""
    document = docx.Document()
    ours, theirs = document.add_paragraph(), document.add_paragraph()
    ooxml.add_text_run(ours, text, bold=bold, italic=italic, size=size)
    run = theirs.add_run(text)
    if bold:
        run.bold = True
    if italic:
        run.italic = True
    if size:
        run.font.size = Pt(size / 2)
    assert etree.tostring(ours._p) == etree.tostring(theirs._p)


def test_fast_style_equals_python_docx_style():
    """set_paragraph_style sets the same pStyle as paragraph.style."""
    document = docx.Document()
    style = document.styles["Heading 2"]
    ours, theirs = document.add_paragraph(), document.add_paragraph()
    ooxml.set_paragraph_style(ours, style.style_id)
    theirs.style = style
    assert etree.tostring(ours._p) == etree.tostring(theirs._p)


@settings(max_examples=10, deadline=None)
@given(st.data())
def test_any_model_gives_a_word_and_markdown_report(data):
    """An own participatiemodel of any shape still gives both reports."""
    from wijkanalyse.exporters.markdown import render  # noqa: PLC0415
    from wijkanalyse.testing import participatiemodellen  # noqa: PLC0415

    model = data.draw(participatiemodellen())
    generated = data.draw(analyses(model, max_signalen=4))
    verslag = build_verslag(generated, model)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "v.docx"
        WordExporter().write(verslag, out, Options(model=model))
        document = docx.Document(str(out))
    chapters = [t for level, t in headings(document) if level == 1]
    assert len(chapters) == len(model.domeinen) + 4
    assert render(verslag).startswith("# Verslag wijkanalyse opbouwwerk")
