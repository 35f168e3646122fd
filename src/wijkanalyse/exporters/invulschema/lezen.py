"""Reading a filled invulschema back into a `Wijkanalyse`.

`lees` checks the archive, reads every sheet's cells, interprets the
voorblad, the domain sheets and the Samenvatting, settles ids and order,
and validates the result against the participatiemodel. Every problem is
collected first: reading fails, if it does, with one `ValidationError`
carrying all errors and warnings, each located at its sheet and cell.

Ids: a signal keeps the id in its row. A row without one (a signal a person
added) and the later of two rows with the same id (a copied row) get a
fresh id (`wijkanalyse.analyse.vrij_id`), never one another signal has or
had in this form; a repeated id is a warning.

Order: signals come in the order of the analysis the form was written from
(recorded on the hidden sheet), so that writing and reading an analysis
gives it back unchanged; new signals follow, in the form's order. A form
whose hidden sheet is gone reads in the form's order.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import attrs

from wijkanalyse import meldingen
from wijkanalyse.analyse import Wijk, Wijkanalyse, vrij_id
from wijkanalyse.errors import Problem, ValidationError, raise_for_errors
from wijkanalyse.exporters.invulschema import archief, layout
from wijkanalyse.exporters.invulschema.bladen import lees_werkmap
from wijkanalyse.exporters.invulschema.lezen_domein import (
    DomeinLezer,
    GelezenSignaal,
)
from wijkanalyse.exporters.invulschema.lezen_samenvatting import (
    Samenvatting,
    SamenvattingLezer,
)
from wijkanalyse.exporters.invulschema.lezen_voorblad import (
    Kop,
    VoorbladLezer,
    lees_boekhouding,
)
from wijkanalyse.exporters.invulschema.plaatsen import (
    Plaatsen,
    Verzamelaar,
)
from wijkanalyse.exporters.invulschema.plaatsen import blad as bladplek
from wijkanalyse.model import available_models, load_model
from wijkanalyse.validatie import validate

if TYPE_CHECKING:
    from pathlib import Path

    from wijkanalyse.exporters.invulschema.bladen import Blad
    from wijkanalyse.model import Participatiemodel

_ONBEKENDE_DATUM = dt.date(1900, 1, 1)
"""Stands in for a missing date while the other problems are collected."""


def lees(
    path: Path, model: Participatiemodel | None
) -> tuple[Wijkanalyse, tuple[Problem, ...]]:
    """Read the filled form at *path*.

    Args:
        path: The xlsx file.
        model: The participatiemodel to read against; `None` for the one
            the form names.

    Returns:
        The analysis and the warnings about it.

    Raises:
        FileError: When the file is no (safe) xlsx workbook.
        ValidationError: With every error and warning, when any is an error.
    """
    archief.controleer(path)
    verzamelaar = Verzamelaar()
    bladen = {
        b.titel.casefold(): b for b in lees_werkmap(path, verzamelaar).values()
    }
    summary = meldingen.analyse_afgekeurd(path.name)
    boekhouding = lees_boekhouding(bladen.get(layout.LIJSTEN.casefold()))
    if boekhouding.versie is not None and boekhouding.versie > layout.VERSIE:
        where = bladplek(layout.LIJSTEN)
        message = meldingen.nieuwere_indeling(str(boekhouding.versie))
        raise ValidationError(summary, [Problem(where, message)])
    plaatsen = Plaatsen(bladplek(layout.VOORBLAD))
    voorblad = _blad(bladen, layout.VOORBLAD, summary, verzamelaar)
    kop = VoorbladLezer(verzamelaar, plaatsen).lees(voorblad)
    model = model or _model(kop.model, plaatsen, summary, verzamelaar)
    gelezen = _lees_domeinen(bladen, model, verzamelaar)
    samenvatting = SamenvattingLezer(model, verzamelaar, plaatsen).lees(
        _blad(bladen, layout.SAMENVATTING, summary, verzamelaar)
    )
    _meld_extra_bladen(bladen, model, verzamelaar)
    ids = _ids(gelezen, boekhouding.volgorde, verzamelaar)
    signalen = _ordenen(ids, boekhouding.volgorde)
    analyse = _samenstellen(kop, signalen, samenvatting, model, plaatsen)
    for problem in validate(analyse, model):
        verzamelaar.voeg_toe(plaatsen.vertaal(problem))
    problems = verzamelaar.problemen()
    raise_for_errors(summary, problems)
    return analyse, problems


def _samenstellen(
    kop: Kop,
    signalen: list[GelezenSignaal],
    samenvatting: Samenvatting,
    model: Participatiemodel,
    plaatsen: Plaatsen,
) -> Wijkanalyse:
    """The analysis from its read parts; records each signal's cells."""
    for index, item in enumerate(signalen):
        for pad, plek in item.plekken.items():
            plaatsen.zet(f".signalen[{index}]{pad}", plek)
    return Wijkanalyse(
        wijk=Wijk(naam=kop.wijk, code=kop.code),
        auteurs=kop.auteurs,
        datum=kop.datum or _ONBEKENDE_DATUM,
        model=kop.model or model.naam,
        signalen=tuple(item.signaal for item in signalen),
        kennisleemtes=tuple(samenvatting.kennisleemtes),
        synthese=tuple(samenvatting.synthese),
        conclusies="\n\n".join(samenvatting.conclusies),
        aanbevelingen=tuple(samenvatting.aanbevelingen),
    )


def _blad(
    bladen: dict[str, Blad], titel: str, summary: str, verzamelaar: Verzamelaar
) -> Blad:
    """The sheet *titel*; its absence stops reading, with what was found."""
    blad = bladen.get(titel.casefold())
    if blad is None:
        verzamelaar.fout(bladplek(titel), meldingen.blad_ontbreekt(titel))
        raise ValidationError(summary, verzamelaar.problemen())
    return blad


def _model(
    naam: str, plaatsen: Plaatsen, summary: str, verzamelaar: Verzamelaar
) -> Participatiemodel:
    """The shipped model the voorblad names; stops reading if unknown."""
    where = plaatsen.plek(".model")
    if not naam:
        verzamelaar.fout(where, meldingen.model_ontbreekt())
    elif naam not in available_models():
        verzamelaar.fout(where, meldingen.onbekend_model(naam))
    else:
        return load_model(naam)
    raise ValidationError(summary, verzamelaar.problemen())


def _lees_domeinen(
    bladen: dict[str, Blad], model: Participatiemodel, verzamelaar: Verzamelaar
) -> list[GelezenSignaal]:
    titels = layout.bladtitels(model)
    lezer = DomeinLezer(model, titels, verzamelaar)
    gelezen: list[GelezenSignaal] = []
    for domein in model.domeinen:
        titel = titels[domein.nummer]
        blad = bladen.get(titel.casefold())
        if blad is None:
            verzamelaar.fout(bladplek(titel), meldingen.blad_ontbreekt(titel))
        else:
            gelezen.extend(lezer.lees(blad, domein))
    return gelezen


def _meld_extra_bladen(
    bladen: dict[str, Blad], model: Participatiemodel, verzamelaar: Verzamelaar
) -> None:
    known = {
        t.casefold()
        for t in (
            layout.VOORBLAD,
            layout.SAMENVATTING,
            layout.LIJSTEN,
            *layout.bladtitels(model).values(),
        )
    }
    for key, blad in bladen.items():
        if key not in known and blad.rijen:
            verzamelaar.waarschuwing(
                bladplek(blad.titel), meldingen.extra_blad(blad.titel)
            )


def _ids(
    gelezen: list[GelezenSignaal],
    volgorde: tuple[str, ...],
    verzamelaar: Verzamelaar,
) -> list[tuple[GelezenSignaal, bool]]:
    """Each signal with a settled id, and whether it kept the form's id."""
    bezet = {item.signaal.id for item in gelezen} | set(volgorde)
    first: dict[str, str] = {}
    result: list[tuple[GelezenSignaal, bool]] = []
    for item in gelezen:
        signaal_id = item.signaal.id
        if signaal_id and signaal_id not in first:
            first[signaal_id] = item.plekken[".id"]
            result.append((item, True))
            continue
        nieuw = vrij_id(bezet)
        bezet.add(nieuw)
        if signaal_id:
            verzamelaar.waarschuwing(
                item.plekken[".id"],
                meldingen.id_al_gebruikt(signaal_id, first[signaal_id], nieuw),
            )
        item.signaal = attrs.evolve(item.signaal, id=nieuw)
        result.append((item, False))
    return result


def _ordenen(
    items: list[tuple[GelezenSignaal, bool]], volgorde: tuple[str, ...]
) -> list[GelezenSignaal]:
    """The analysis's order: known signals as recorded, then new ones."""
    rank = {signaal_id: i for i, signaal_id in enumerate(volgorde)}
    keyed = [
        (
            (0, rank[item.signaal.id])
            if kept and item.signaal.id in rank
            else (1, position),
            item,
        )
        for position, (item, kept) in enumerate(items)
    ]
    keyed.sort(key=lambda pair: pair[0])
    return [item for _, item in keyed]
