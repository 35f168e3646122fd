"""The HTML verslag: one self-contained, escaped, printable file."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import attrs
import pytest
from hypothesis import given, settings

from wijkanalyse import documents, load_model, voorbeeld
from wijkanalyse.exporters.html import fragment, render
from wijkanalyse.exporters.markdown import render as markdown
from wijkanalyse.testing import analyses
from wijkanalyse.verslag import build_verslag


@pytest.fixture(scope="module")
def verslag():
    """The voorbeeld's report."""
    return build_verslag(voorbeeld(), load_model())


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attributes):
        del attributes
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def _parse(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    return parser


def test_document_is_self_contained(verslag):
    """No scripts, no external resources; a print stylesheet is present."""
    html = render(verslag)
    tags = _parse(html).tags
    assert "script" not in tags
    assert "link" not in tags
    assert "img" not in tags
    assert "@media print" in html
    assert "landscape" in html


def test_headings_match_the_markdown(verslag):
    """Every heading of the Markdown report appears as an HTML heading."""
    md_heads = [
        line.lstrip("#").strip().replace("\\", "")
        for line in markdown(verslag).splitlines()
        if line.startswith("##")
    ]
    html_heads = re.findall(
        r"<h[2-4] id=\"h\d+\">(.*?)</h[2-4]>", render(verslag)
    )
    assert [h.replace("&#x27;", "'") for h in html_heads] == md_heads


def test_contents_link_to_every_domain(verslag):
    """The table of contents links to the headings it lists."""
    html = render(verslag)
    ids = set(re.findall(r'id="(h\d+)"', html))
    links = re.findall(r'href="#(h\d+)"', html)
    assert links
    assert set(links) <= ids


def test_user_text_is_escaped():
    """Markup in a signal is shown as text, never as markup."""
    analyse = voorbeeld()
    first = attrs.evolve(
        analyse.signalen[0], tekst="<b onclick=x>vet</b> & meer"
    )
    analyse = attrs.evolve(analyse, signalen=(first, *analyse.signalen[1:]))
    html = render(build_verslag(analyse, load_model()))
    assert "<b onclick" not in html
    assert "&lt;b onclick=x&gt;vet&lt;/b&gt; &amp; meer" in html


def test_notebook_display_is_the_fragment(verslag):
    """A Verslag shows in a notebook as the HTML body of the report."""
    assert verslag._repr_html_() == fragment(verslag)
    assert "<html" not in verslag._repr_html_()


def test_written_through_documents(tmp_path):
    """save() picks the html exporter by suffix and writes the file."""
    path = tmp_path / "verslag.html"
    documents.save(voorbeeld(), path)
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@settings(max_examples=25)
@given(analyses(max_signalen=5))
def test_any_analysis_renders(analyse):
    """Any valid analysis gives a well-formed page with every signal id."""
    html = render(build_verslag(analyse, load_model()))
    text = "".join(_parse(html).text)
    for signaal in analyse.signalen:
        assert signaal.id in text
