"""Writing an analysis as an invulschema and reading it back."""

from __future__ import annotations

import tempfile
from pathlib import Path

import attrs
from hypothesis import HealthCheck, given, settings

from invulhulp import leeg_schema, vandaag, vul_kop
from wijkanalyse import documents, voorbeeld
from wijkanalyse.analyse import Signaal, Wijk
from wijkanalyse.exporters import Options
from wijkanalyse.exporters.invulschema import XlsxExporter
from wijkanalyse.model import load_model
from wijkanalyse.testing import analyses, participatiemodellen

EXPORTER = XlsxExporter()


def _round_trip(analyse, model=None):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "schema.xlsx"
        used = model or load_model(analyse.model)
        EXPORTER.write(analyse, path, Options(model=used))
        gelezen, _ = EXPORTER.read(path, model)
    return gelezen


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(analyses())
def test_round_trip_is_the_identity(analyse):
    """Any valid analysis, any Unicode text, comes back unchanged."""
    assert _round_trip(analyse) == analyse


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    participatiemodellen().flatmap(
        lambda m: analyses(m, max_signalen=4).map(lambda a: (m, a))
    )
)
def test_round_trip_holds_for_own_models(pair):
    """With an own model, even with odd names, the form round-trips."""
    model, analyse = pair
    assert _round_trip(analyse, model) == analyse


def test_voorbeeld_round_trips_through_documents(tmp_path):
    """The voorbeeld saved with documents.save reads back, no problems."""
    path = tmp_path / "invulschema.xlsx"
    assert documents.save(voorbeeld(), path) == ()

    gelezen = documents.read(path)

    assert gelezen.analyse == voorbeeld()
    assert gelezen.problems == ()


def test_signal_order_of_the_analysis_is_kept():
    """Signals come back in the analysis's order, not grouped by theme."""
    analyse = voorbeeld()
    reordered = attrs.evolve(analyse, signalen=analyse.signalen[::-1])

    assert _round_trip(reordered) == reordered


def test_empty_form_reads_as_an_analysis_without_signals(tmp_path):
    """A form with only a date and an author reads as an empty analysis."""
    path = leeg_schema(tmp_path)
    vul_kop(path)

    analyse, warnings = EXPORTER.read(path, None)

    assert analyse.wijk == Wijk(naam="Oost")
    assert analyse.datum == vandaag()
    assert analyse.signalen == ()
    assert analyse.synthese == ()
    assert analyse.conclusies == ""
    assert warnings == ()


def test_signal_with_several_sources_keeps_them_in_order():
    """Three sources of one signal come back as three, in order."""
    analyse = voorbeeld()
    signaal = analyse.signalen[0]
    more = attrs.evolve(signaal, bronnen=signaal.bronnen * 2)
    changed = attrs.evolve(analyse, signalen=(more, *analyse.signalen[1:]))

    gelezen = _round_trip(changed)

    assert gelezen.signalen[0].bronnen == more.bronnen
    assert isinstance(gelezen.signalen[0], Signaal)
