"""The Markdown verslag: same content as Word, escaped, readable."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import docx
from hypothesis import given, settings

from verslagdata import MODEL, analyse
from wijkanalyse.exporters import Options
from wijkanalyse.exporters.markdown import MarkdownExporter, escape, render
from wijkanalyse.exporters.word import WordExporter
from wijkanalyse.testing import analyses
from wijkanalyse.verslag import (
    Alinea,
    Fragment,
    Nadruk,
    Sectie,
    Titelblok,
    Verslag,
    build_verslag,
)

_ESCAPE = re.compile(r"\\(.)", re.DOTALL)


def test_headings_match_the_word_report(tmp_path):
    """Markdown and Word have the same headings at the same levels."""
    verslag = build_verslag(analyse(), MODEL)
    WordExporter().write(verslag, tmp_path / "v.docx", Options(model=MODEL))
    document = docx.Document(str(tmp_path / "v.docx"))
    word = [
        (int(p.style.name[-1]), p.text)
        for p in document.paragraphs
        if p.style.name.startswith("Heading ")
    ]
    markdown = [
        (len(m.group(1)) - 1, _ESCAPE.sub(r"\1", m.group(2)))
        for m in re.finditer(r"^(#{2,}) (.*)$", render(verslag), re.MULTILINE)
    ]
    assert markdown == word


def test_paragraph_texts_match_the_word_report(tmp_path):
    """Every body paragraph of the Word report appears in the Markdown."""
    verslag = build_verslag(analyse(), MODEL)
    WordExporter().write(verslag, tmp_path / "v.docx", Options(model=MODEL))
    document = docx.Document(str(tmp_path / "v.docx"))
    plain = _ESCAPE.sub(r"\1", render(verslag).replace("*", ""))
    plain = " ".join(plain.split())
    for paragraph in document.paragraphs:
        if paragraph.style.name in {"Normal", "List Bullet", "List Number"}:
            text = " ".join(paragraph.text.split())
            if text and paragraph.runs:
                assert text in plain


def test_title_block_and_sections_render():
    """Title, facts with labels, level shifts and lists render as expected."""
    text = render(build_verslag(analyse(), MODEL))
    assert text.startswith(
        "# Verslag wijkanalyse opbouwwerk\n\n*Wijk De Duinrand*"
    )
    assert "**Datum:** 3 december 2026" in text
    assert "\n## I Privédomein\n" in text
    assert "\n### Mantelzorg\n" in text
    assert "\n1. **Urgentie**: vraagt dit nu aandacht?\n" in text
    assert (
        "> Voor dit domein is geen samenvattende analyse geschreven." in text
    )
    assert "| Nr. | Signaal |" in text
    assert "\u00ad" not in text


def test_author_text_cannot_become_markup():
    """Markdown characters in an author's text are escaped."""
    assert escape("*nadruk* en _ook_ [link](x) <b>") == (
        r"\*nadruk\* en \_ook\_ \[link\](x) \<b\>"
    )
    assert escape("# geen kop\n- geen lijst\n3. geen nummer") == (
        "\\# geen kop\n\\- geen lijst\n3\\. geen nummer"
    )
    assert escape("a | b &amp; c & d") == r"a \| b \&amp; c & d"


def test_line_breaks_and_emphasis():
    """Line breaks are hard breaks; emphasis keeps spaces outside markers."""
    verslag = Verslag(
        titelblok=Titelblok("T"),
        inhoud=(
            Sectie(
                "S",
                1,
                (
                    Alinea(
                        ("Eerste\nTweede ", Fragment(" vet ", Nadruk.VET), "x")
                    ),
                ),
            ),
        ),
    )
    assert "Eerste\\\nTweede  **vet** x" in render(verslag)


@settings(max_examples=25, deadline=None)
@given(analyses(max_signalen=6))
def test_markdown_writer_never_crashes(generated):
    """Any valid analysis gives a Markdown file with one row per signal."""
    verslag = build_verslag(generated, MODEL)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "v.md"
        MarkdownExporter().write(verslag, out, Options(model=MODEL))
        text = out.read_text(encoding="utf-8")
    bijlage = text.split("## Bijlage: alle signalen en hun weging")[1]
    rows = [
        line
        for line in bijlage.splitlines()
        if line.startswith("| ") and not line.startswith(("| Nr.", "| ---"))
    ]
    assert len(rows) == len(generated.signalen)
