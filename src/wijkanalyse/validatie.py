"""Check a well-formed analysis against its participatiemodel.

`validate` returns every problem at once, each naming the signal (by its
position and id) and the field, e.g. ``$.signalen[3] (S004).thema``; it
never quotes free text. `check` raises when any problem is an error.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from wijkanalyse import meldingen
from wijkanalyse.analyse import BronSoort, Rol, Signaal, Wijkanalyse
from wijkanalyse.errors import Problem, Severity, raise_for_errors

if TYPE_CHECKING:
    from collections.abc import Iterator

    from wijkanalyse.model import Participatiemodel

WAARSCHUWING = Severity.WAARSCHUWING

_CBS_CODE = re.compile(r"WK\d{6}|BU\d{8}")
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,39}")
_VERBODEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""Characters that neither Word nor Excel files can hold."""


def has_forbidden_characters(text: str) -> bool:
    """Whether *text* holds a character no Office document can store."""
    return _VERBODEN.search(text) is not None


def without_forbidden_characters(text: str) -> str:
    """*text* with every character no Office document can store removed."""
    return _VERBODEN.sub("", text)


def validate(
    analyse: Wijkanalyse, model: Participatiemodel, source: str = ""
) -> tuple[Problem, ...]:
    """Every problem of *analyse* measured against *model*.

    Args:
        analyse: A well-formed analysis.
        model: The participatiemodel to check against.
        source: How to name the document in places, e.g. its file name.
    """
    prefix = f"{source}, $" if source else "$"
    problems = [
        *_check_head(analyse, model, prefix),
        *_check_signals(analyse, model, prefix),
        *_check_closing(analyse, model, prefix),
        *_check_texts(analyse, prefix),
    ]
    return tuple(problems)


def check(
    analyse: Wijkanalyse, model: Participatiemodel, source: str = "analyse"
) -> tuple[Problem, ...]:
    """Validate and raise on errors; return the warnings otherwise.

    Raises:
        ValidationError: When any problem is an error; it carries all.
    """
    problems = validate(analyse, model, source)
    raise_for_errors(meldingen.analyse_afgekeurd(source), problems)
    return problems


def _check_head(
    analyse: Wijkanalyse, model: Participatiemodel, prefix: str
) -> Iterator[Problem]:
    if analyse.model != model.naam:
        yield Problem(
            f"{prefix}.model", meldingen.ander_model(analyse.model, model.naam)
        )
    if not analyse.wijk.naam:
        yield Problem(f"{prefix}.wijk.naam", meldingen.lege_naam())
    code = analyse.wijk.code
    if code is not None and code and not _CBS_CODE.fullmatch(code):
        yield Problem(f"{prefix}.wijk.code", meldingen.foute_cbs_code())
    if not analyse.auteurs:
        yield Problem(
            f"{prefix}.auteurs", meldingen.geen_auteurs(), WAARSCHUWING
        )
    for i, auteur in enumerate(analyse.auteurs):
        where = f"{prefix}.auteurs[{i}]"
        if not auteur.naam:
            yield Problem(f"{where}.naam", meldingen.lege_naam())
        if auteur.rol is Rol.ANDERS and not auteur.functie:
            yield Problem(
                f"{where}.functie",
                meldingen.anders_zonder_functie(),
                WAARSCHUWING,
            )


def _check_signals(
    analyse: Wijkanalyse, model: Participatiemodel, prefix: str
) -> Iterator[Problem]:
    counts = Counter(s.id for s in analyse.signalen)
    for i, signaal in enumerate(analyse.signalen):
        where = f"{prefix}.signalen[{i}]"
        if signaal.id and _ID.fullmatch(signaal.id):
            where = f"{where} ({signaal.id})"
            if counts[signaal.id] > 1:
                yield Problem(f"{where}.id", meldingen.dubbel_id(signaal.id))
        else:
            yield Problem(f"{where}.id", meldingen.fout_id())
        yield from _check_signal(signaal, model, where)


def _check_signal(
    signaal: Signaal, model: Participatiemodel, where: str
) -> Iterator[Problem]:
    if not model.heeft_thema(signaal.thema):
        yield Problem(
            f"{where}.thema",
            meldingen.onbekend_thema(signaal.thema, model.naam),
        )
    seen = {signaal.thema}
    for j, thema in enumerate(signaal.andere_themas):
        place = f"{where}.andere_themas[{j}]"
        if not model.heeft_thema(thema):
            yield Problem(place, meldingen.onbekend_thema(thema, model.naam))
        elif thema in seen:
            yield Problem(
                place, meldingen.thema_dubbel_genoemd(thema), WAARSCHUWING
            )
        seen.add(thema)
    if not signaal.tekst:
        yield Problem(f"{where}.tekst", meldingen.lege_tekst("tekst"))
    if not signaal.bronnen:
        yield Problem(
            f"{where}.bronnen", meldingen.geen_bronnen(), WAARSCHUWING
        )
    if signaal.aanbod.is_lacune and not signaal.aanbod.nodig:
        yield Problem(
            f"{where}.aanbod.nodig",
            meldingen.lacune_zonder_oplossing(),
            WAARSCHUWING,
        )
    for j, bron in enumerate(signaal.bronnen):
        if bron.soort is BronSoort.ANDERS and not bron.omschrijving:
            yield Problem(
                f"{where}.bronnen[{j}].omschrijving",
                meldingen.bron_anders_zonder_omschrijving(),
                WAARSCHUWING,
            )


def _check_closing(
    analyse: Wijkanalyse, model: Participatiemodel, prefix: str
) -> Iterator[Problem]:
    with_signals = {t for s in analyse.signalen for t in s.themas}
    seen: set[str] = set()
    for i, sleutel in enumerate(analyse.kennisleemtes):
        place = f"{prefix}.kennisleemtes[{i}]"
        if not model.heeft_thema(sleutel):
            yield Problem(place, meldingen.onbekend_thema(sleutel, model.naam))
        elif sleutel in seen:
            yield Problem(
                place, meldingen.dubbele_leemte(sleutel), WAARSCHUWING
            )
        elif sleutel in with_signals:
            yield Problem(
                place, meldingen.leemte_met_signalen(sleutel), WAARSCHUWING
            )
        seen.add(sleutel)
    numbers = {d.nummer for d in model.domeinen}
    domains: set[str] = set()
    for i, item in enumerate(analyse.synthese):
        place = f"{prefix}.synthese[{i}].domein"
        if item.domein not in numbers:
            yield Problem(
                place, meldingen.onbekend_domein(item.domein, model.naam)
            )
        elif item.domein in domains:
            yield Problem(place, meldingen.dubbele_synthese(item.domein))
        domains.add(item.domein)
    for i, tekst in enumerate(analyse.aanbevelingen):
        if not tekst:
            yield Problem(
                f"{prefix}.aanbevelingen[{i}]",
                meldingen.lege_aanbeveling(),
                WAARSCHUWING,
            )


def _check_texts(analyse: Wijkanalyse, prefix: str) -> Iterator[Problem]:
    for path, text in iter_texts(analyse):
        if has_forbidden_characters(text):
            yield Problem(f"{prefix}{path}", meldingen.verboden_teken(path))


def iter_texts(analyse: Wijkanalyse) -> Iterator[tuple[str, str]]:
    """Yield ``(path, text)`` for every free text in *analyse*.

    Paths are relative to the document root, e.g. ``.signalen[2].tekst``.
    """
    yield ".wijk.naam", analyse.wijk.naam
    for i, auteur in enumerate(analyse.auteurs):
        for name in ("naam", "functie", "organisatie"):
            yield f".auteurs[{i}].{name}", getattr(auteur, name)
    for i, s in enumerate(analyse.signalen):
        base = f".signalen[{i}]"
        yield f"{base}.id", s.id
        yield f"{base}.tekst", s.tekst
        for j, bron in enumerate(s.bronnen):
            yield f"{base}.bronnen[{j}].omschrijving", bron.omschrijving
        yield f"{base}.aanbod.bestaand", s.aanbod.bestaand
        yield f"{base}.aanbod.nodig", s.aanbod.nodig
        yield f"{base}.kennisontwikkeling.vragen", s.kennisontwikkeling.vragen
        yield (
            f"{base}.kennisontwikkeling.methoden",
            s.kennisontwikkeling.methoden,
        )
    for i, item in enumerate(analyse.synthese):
        yield f".synthese[{i}].tekst", item.tekst
    yield ".conclusies", analyse.conclusies
    for i, tekst in enumerate(analyse.aanbevelingen):
        yield f".aanbevelingen[{i}]", tekst
