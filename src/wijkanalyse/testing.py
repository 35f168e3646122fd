"""Hypothesis strategies for every domain type, for our tests and yours.

A tool built on wijkanalyse can test itself against arbitrary analyses::

    from hypothesis import given
    from wijkanalyse.testing import analyses

    @given(analyses())
    def test_my_tool_accepts_any_analysis(analyse): ...

`analyses` builds analyses that pass validation against their model (the
default model unless one is given); the other strategies build the parts.
Text contains any Unicode a document can hold, including line breaks and
characters outside the Basic Multilingual Plane. Importing this module
requires hypothesis (the ``test`` extra).
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools

from hypothesis import strategies as st

from wijkanalyse.analyse import (
    AanbodAnalyse,
    Auteur,
    Bron,
    BronSoort,
    Kennisontwikkeling,
    Oordeel,
    Rol,
    Signaal,
    SignaalSoort,
    Synthese,
    Wijk,
    Wijkanalyse,
)
from wijkanalyse.beoordeling import (
    ORDINALE_CRITERIA,
    Beleidstoets,
    Beoordeling,
    Criterium,
    Mate,
)
from wijkanalyse.criteria.weging import Selectieregels, Weging
from wijkanalyse.model import (
    Domein,
    Participatiemodel,
    Participatievorm,
    load_model,
)

_FORBIDDEN = (
    "".join(chr(c) for c in [*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])
    + "\ufffe\uffff"
)


_ALPHABET = st.characters(
    exclude_categories=["Cs"], exclude_characters=_FORBIDDEN
)


_LASTIG = (
    "=",
    "+",
    "-",
    "@",
    "=1+1",
    '=HYPERLINK("http://example.org")',
    "-2",
    "_x0041_",
    "_x005F_",
    "'",
)
"""Beginnings that spreadsheets and their files treat specially: formula
signs, Excel's ``_xHHHH_`` escapes, the apostrophe that marks text."""


@functools.cache
def texts(*, min_size: int = 0, max_size: int = 60) -> st.SearchStrategy[str]:
    """Free text as people write it: any Unicode an Office file can hold.

    Some texts start with what a spreadsheet would take for a formula or
    an escape (``=``, ``+``, ``-``, ``@``, ``_x0041_``), so that every
    format is tested on storing them as plain text.
    """
    plain = st.text(_ALPHABET, min_size=min_size, max_size=max_size)
    if max_size < 1:
        return plain
    lastig = st.builds(
        lambda begin, rest: (begin + rest)[:max_size],
        st.sampled_from(_LASTIG),
        plain,
    ).filter(lambda t: len(t) >= min_size)
    return st.one_of(plain, lastig)


@functools.cache
def nonempty_texts(max_size: int = 60) -> st.SearchStrategy[str]:
    """Text that is not empty after surrounding white space is removed."""
    return texts(min_size=1, max_size=max_size).filter(lambda t: t.strip())


def keys() -> st.SearchStrategy[str]:
    """Theme keys: lowercase words joined by hyphens."""
    word = st.text(
        "abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=8
    )
    return st.lists(word, min_size=1, max_size=3).map("-".join)


def participatievormen() -> st.SearchStrategy[Participatievorm]:
    """A theme with a valid key and a name."""
    return st.builds(Participatievorm, sleutel=keys(), naam=nonempty_texts(30))


@st.composite
def participatiemodellen(draw: st.DrawFn) -> Participatiemodel:
    """A valid model: one to four domains; unique numbers, keys, names."""
    count = draw(st.integers(1, 4))
    all_keys = draw(
        st.lists(keys(), min_size=count, max_size=count * 6, unique=True)
    )
    cuts = (
        sorted(
            draw(
                st.lists(
                    st.integers(1, len(all_keys) - 1),
                    max_size=count - 1,
                    unique=True,
                )
            )
        )
        if len(all_keys) > 1
        else []
    )
    cuts = cuts[: count - 1]
    bounds = [0, *cuts, len(all_keys)]
    names = draw(
        st.lists(
            nonempty_texts(30).map(lambda n: " ".join(n.splitlines())),
            min_size=len(all_keys),
            max_size=len(all_keys),
            unique_by=lambda n: " ".join(n.casefold().split()),
        )
    )
    domeinen = []
    for number, (start, end) in enumerate(itertools.pairwise(bounds)):
        vormen = tuple(
            Participatievorm(sleutel=key, naam=name)
            for key, name in zip(
                all_keys[start:end], names[start:end], strict=True
            )
        )
        domeinen.append(
            Domein(
                nummer=["I", "II", "III", "IV"][number],
                naam=draw(nonempty_texts(40)).strip(),
                kort=draw(nonempty_texts(12)).strip(),
                zelfredzaamheid=draw(texts(max_size=30)),
                kern=draw(texts(max_size=30)),
                participatievormen=vormen,
            )
        )
    return Participatiemodel(
        naam=draw(keys()),
        versie=draw(texts(max_size=10)),
        omschrijving=draw(texts(max_size=60)),
        domeinen=tuple(domeinen),
    )


def mates() -> st.SearchStrategy[Mate | None]:
    """A value on the ordinal scale, or not assessed."""
    return st.none() | st.sampled_from(Mate)


def beoordelingen() -> st.SearchStrategy[Beoordeling]:
    """An assessment with any mix of assessed and open criteria."""
    return st.builds(
        Beoordeling,
        urgentie=mates(),
        belang=mates(),
        toekomstgericht=mates(),
        haalbaar=mates(),
        wmo_proof=mates(),
        beleid=st.none() | st.sampled_from(Beleidstoets),
    )


def wegingen() -> st.SearchStrategy[Weging]:
    """Weights from 0 to 5, at least one above 0.

    Besides whole numbers they include fractions with a power of two below
    the line (0.125, 2.75), which floats hold exactly, so that multiplying
    every weight by a whole number keeps their ratios exactly.
    """
    weight = st.integers(0, 5) | st.sampled_from([0.125, 0.25, 1.5, 2.75])
    return (
        st.fixed_dictionaries({c.veld: weight for c in Criterium})
        .filter(lambda weights: any(weights.values()))
        .map(lambda weights: Weging(**weights))
    )


def selectieregels() -> st.SearchStrategy[Selectieregels]:
    """Selection rules with small maxima, so that limits are reached."""
    forcing = st.tuples(
        st.sampled_from(ORDINALE_CRITERIA), st.sampled_from(Mate)
    )
    return st.builds(
        Selectieregels,
        drempel=st.sampled_from([0.0, 0.3, 0.5, 0.8, 1.0]),
        min_dekking=st.integers(0, 6),
        verplicht=st.lists(forcing, max_size=2).map(tuple),
        max_speerpunten=st.integers(0, 8),
        max_per_domein=st.integers(0, 4),
    )


def bronnen() -> st.SearchStrategy[Bron]:
    """A source of any kind; one of kind 'anders' is described."""
    return st.builds(
        Bron,
        soort=st.sampled_from(BronSoort),
        omschrijving=nonempty_texts(),
    )


@functools.cache
def signalen(
    model: Participatiemodel | None = None,
    ids: st.SearchStrategy[str] | None = None,
) -> st.SearchStrategy[Signaal]:
    """A signal on themes of *model* (the default model when omitted)."""
    model = model or load_model()
    themas = [v.sleutel for v in model.themas]
    return st.builds(
        Signaal,
        id=ids
        if ids is not None
        else st.from_regex(r"S[0-9]{3}", fullmatch=True),
        thema=st.sampled_from(themas),
        tekst=nonempty_texts(120),
        soort=st.sampled_from(SignaalSoort),
        positief=st.booleans(),
        andere_themas=st.lists(
            st.sampled_from(themas), max_size=2, unique=True
        ).map(tuple),
        bronnen=st.lists(bronnen(), min_size=1, max_size=3).map(tuple),
        aanbod=aanbod_analyses(),
        kennisontwikkeling=st.builds(
            Kennisontwikkeling, vragen=texts(), methoden=texts()
        ),
        beoordeling=beoordelingen(),
    ).map(_without_repeated_theme)


def aanbod_analyses() -> st.SearchStrategy[AanbodAnalyse]:
    """An analysis of services; a lacune always says what is needed."""
    return st.one_of(
        st.builds(
            AanbodAnalyse,
            bestaand=texts(),
            oordeel=st.none() | st.just(Oordeel.TOEREIKEND),
            nodig=texts(),
        ),
        st.builds(
            AanbodAnalyse,
            bestaand=texts(),
            oordeel=st.sampled_from([Oordeel.DEELS, Oordeel.ONTBREEKT]),
            nodig=nonempty_texts(),
        ),
    )


def _without_repeated_theme(signaal: Signaal) -> Signaal:
    others = tuple(t for t in signaal.andere_themas if t != signaal.thema)
    if others == signaal.andere_themas:
        return signaal
    import attrs  # noqa: PLC0415 (only on this rare path)

    return attrs.evolve(signaal, andere_themas=others)


def auteurs() -> st.SearchStrategy[Auteur]:
    """An author with any role; role 'anders' comes with a functie."""
    return st.builds(
        Auteur,
        naam=nonempty_texts(40),
        rol=st.sampled_from(Rol),
        functie=nonempty_texts(30),
        organisatie=texts(max_size=40),
    )


def wijken() -> st.SearchStrategy[Wijk]:
    """A wijk with or without a well-formed CBS code."""
    code = st.none() | st.from_regex(r"WK[0-9]{6}|BU[0-9]{8}", fullmatch=True)
    return st.builds(Wijk, naam=nonempty_texts(40), code=code)


@st.composite
def analyses(
    draw: st.DrawFn,
    model: Participatiemodel | None = None,
    max_signalen: int = 8,
) -> Wijkanalyse:
    """An analysis that passes validation against *model*."""
    model = model or load_model()
    ids = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._-]{0,11}", fullmatch=True)
    items = tuple(
        draw(
            st.lists(
                signalen(model, ids=ids),
                max_size=max_signalen,
                unique_by=lambda s: s.id,
            )
        )
    )
    used = {t for s in items for t in s.themas}
    free = [v.sleutel for v in model.themas if v.sleutel not in used]
    leemtes = (
        draw(st.lists(st.sampled_from(free), unique=True, max_size=3))
        if free
        else []
    )
    numbers = [d.nummer for d in model.domeinen]
    synthese = tuple(
        Synthese(domein=n, tekst=draw(texts(max_size=120)))
        for n in draw(st.lists(st.sampled_from(numbers), unique=True))
    )
    return Wijkanalyse(
        wijk=draw(wijken()),
        auteurs=tuple(draw(st.lists(auteurs(), min_size=1, max_size=3))),
        datum=draw(st.dates(dt.date(2000, 1, 1), dt.date(2100, 12, 31))),
        model=model.naam,
        signalen=items,
        kennisleemtes=tuple(leemtes),
        synthese=synthese,
        conclusies=draw(texts(max_size=200)),
        aanbevelingen=tuple(draw(st.lists(nonempty_texts(), max_size=4))),
    )
