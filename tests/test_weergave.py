"""Notebook display: readable, escaped HTML and an optional DataFrame."""

from __future__ import annotations

import attrs
import pytest

from wijkanalyse import load_model, voorbeeld
from wijkanalyse.criteria import select


def test_analysis_shows_as_table_of_signals():
    """An analysis renders one table row per signal."""
    analyse = voorbeeld()
    html = analyse._repr_html_()
    assert html.count("<tr>") == len(analyse.signalen) + 1
    assert "De Vlinderhof" in html


def test_user_text_is_escaped():
    """Markup in a signal's text is shown as text, never run."""
    analyse = voorbeeld()
    first = attrs.evolve(
        analyse.signalen[0], tekst="<script>alert(1)</script>"
    )
    html = attrs.evolve(analyse, signalen=(first,))._repr_html_()
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


def test_selection_shows_ranks_and_reasons():
    """A weighing renders rank, score and the reason per signal."""
    selectie = select(voorbeeld(), load_model())
    html = selectie._repr_html_()
    assert html.count("<tr>") == len(selectie.uitslagen) + 1
    assert selectie.uitslagen[0].reden in html.replace("&#x27;", "'")


def test_dataframe_of_scores():
    """to_dataframe gives one row per signal with its score, by rank."""
    pytest.importorskip("pandas")
    selectie = select(voorbeeld(), load_model())
    frame = selectie.to_dataframe()
    assert len(frame) == len(voorbeeld().signalen)
    assert list(frame["rang"]) == sorted(frame["rang"])
    assert {"score", "dekking", "onderbouwing", "reden"} <= set(frame.columns)
