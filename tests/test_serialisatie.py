"""JSON storage: lossless, strict, and readable when it refuses."""

from __future__ import annotations

import contextlib
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wijkanalyse import ValidationError, serialisatie
from wijkanalyse.serialisatie import SCHEMA, dumps, loads, to_document
from wijkanalyse.testing import analyses

SECRET = "Mevrouw Bakker van nummer 7"


@given(analyses())
def test_json_round_trip_is_the_identity(analyse):
    """Dumping and loading any analysis gives an equal analysis."""
    assert loads(dumps(analyse)) == analyse


@given(analyses())
def test_documents_carry_the_schema_first(analyse):
    """Every document starts with the schema field and its version."""
    document = json.loads(dumps(analyse))
    assert next(iter(document)) == "schema"
    assert document["schema"] == SCHEMA


def _document(**changes: object) -> dict[str, object]:
    document: dict[str, object] = {
        "schema": SCHEMA,
        "wijk": {"naam": "De Vlinderhof"},
        "datum": "2026-10-01",
        "signalen": [
            {
                "id": "S001",
                "thema": "huishouding",
                "tekst": SECRET,
                "bronnen": [{"soort": "cijfers", "omschrijving": "monitor"}],
                "beoordeling": {"urgentie": "sterk"},
            }
        ],
    }
    document.update(changes)
    return document


def _problems(document: object) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        loads(json.dumps(document), "a.json")
    return {p.where: p.message for p in info.value.problems}


def test_minimal_document_loads_with_defaults():
    """Fields left out take their defaults."""
    analyse = loads(json.dumps(_document()))
    assert analyse.signalen[0].beoordeling.belang is None
    assert analyse.model == "pilot-2010"


def test_unknown_keys_are_errors():
    """A key the schema does not know is refused, not ignored."""
    problems = _problems(_document(opmerking="x"))
    assert "opmerking" in problems["a.json, $"]


def test_no_silent_coercions():
    """3.9 is no criterion value, 1 is no boolean, a string is no list."""
    document = _document()
    signaal = document["signalen"][0]  # type: ignore[index]
    signaal["beoordeling"]["belang"] = 3.9
    signaal["positief"] = 1
    signaal["andere_themas"] = "sport"
    signaal["id"] = 17
    problems = _problems(document)
    assert set(problems) == {
        "a.json, $.signalen[0].beoordeling.belang",
        "a.json, $.signalen[0].positief",
        "a.json, $.signalen[0].andere_themas",
        "a.json, $.signalen[0].id",
    }


def test_three_planted_faults_are_all_named_with_paths():
    """Wrong enum, missing field and bad date are reported together."""
    document = _document(datum="2026-02-30")
    signaal = document["signalen"][0]  # type: ignore[index]
    signaal["bronnen"][0]["soort"] = "roddel"
    del signaal["thema"]
    problems = _problems(document)
    assert "cijfers" in problems["a.json, $.signalen[0].bronnen[0].soort"]
    assert "ontbreekt" in problems["a.json, $.signalen[0].thema"]
    assert "JJJJ-MM-DD" in problems["a.json, $.datum"]
    assert len(problems) == 3


def test_messages_never_quote_resident_text():
    """A wrongly typed field holding text is named, its text is not shown."""
    document = _document()
    document["signalen"][0]["tekst"] = [SECRET]  # type: ignore[index]
    document["conclusies"] = {SECRET: 1}
    with pytest.raises(ValidationError) as info:
        loads(json.dumps(document), "a.json")
    assert "Bakker" not in str(info.value)
    assert len(info.value.errors) == 2


def test_invalid_json_names_line_and_column():
    """Broken JSON gives its line and column in Dutch."""
    with pytest.raises(ValidationError, match="regel 2, kolom"):
        loads('{"schema": "wijkanalyse/1",\n "wijk": }', "a.json")


def test_duplicate_keys_are_refused():
    """A key given twice would lose a value, so it is an error."""
    text = json.dumps(_document()).replace(
        '"datum"', '"conclusies": "a", "conclusies": "b", "datum"'
    )
    with pytest.raises(ValidationError, match="conclusies"):
        loads(text, "a.json")


@pytest.mark.parametrize("schema", [None, "wijkanalyse/0", 1])
def test_other_schema_versions_are_refused(schema):
    """A document without our schema version is refused, saying why."""
    document = _document(schema=schema)
    if schema is None:
        del document["schema"]
    assert "schema" in _problems(document)["a.json, $.schema"]


def test_top_level_must_be_an_object():
    """A JSON list is not an analysis."""
    assert "object" in _problems([1, 2])["a.json"]


def test_nan_is_refused():
    """JSON's non-standard NaN constant is not accepted."""
    with pytest.raises(ValidationError):
        loads('{"schema": "wijkanalyse/1", "x": NaN}', "a.json")


_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=12,
)


@given(_JSON)
def test_arbitrary_json_raises_only_our_error(data):
    """Any JSON value either loads or raises ValidationError."""
    with contextlib.suppress(ValidationError):
        loads(json.dumps(data))


_PATHS = st.lists(
    st.sampled_from(
        [
            "wijk",
            "signalen",
            0,
            "bronnen",
            "beoordeling",
            "urgentie",
            "soort",
            "naam",
            "datum",
            "tekst",
            "auteurs",
            "synthese",
        ]
    ),
    min_size=1,
    max_size=4,
)


@settings(max_examples=200)
@given(analyses(max_signalen=2), _PATHS, _JSON)
def test_mutated_documents_raise_only_our_error(analyse, path, value):
    """Replacing any part of a valid document never escapes as a crash."""
    document = to_document(analyse)
    node: object = document
    for step in path[:-1]:
        if isinstance(node, dict) and step in node:
            node = node[step]
        elif isinstance(node, list) and isinstance(step, int) and node:
            node = node[0]
    last = path[-1]
    if isinstance(node, dict):
        node[last] = value
    elif isinstance(node, list) and node:
        node[0] = value
    with contextlib.suppress(ValidationError):
        serialisatie.from_document(document)
