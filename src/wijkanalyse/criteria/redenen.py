"""The Dutch sentences that explain each signal's outcome.

Kept apart from the selection logic so the wording can be read and changed
in one place. Sentences name scores, criteria and domains, never the text
of a signal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wijkanalyse.beoordeling import Criterium

if TYPE_CHECKING:
    from wijkanalyse.criteria.onderbouwing import Onderbouwing
    from wijkanalyse.criteria.score import Score
    from wijkanalyse.criteria.selectie import Opname
    from wijkanalyse.criteria.weging import Selectieregels

_AANTAL = len(Criterium)


def getal(value: float) -> str:
    """A score with two decimals and a decimal comma: ``0,67``."""
    return f"{value:.2f}".replace(".", ",")


def _score(score: Score) -> str:
    if score.waarde is None:
        return "geen score"
    return f"score {getal(score.waarde)}"


def _dekking(score: Score) -> str:
    return f"{score.dekking} van {_AANTAL} criteria beoordeeld"


def opgenomen(
    opname: Opname,
    score: Score,
    level: Onderbouwing,
    forced: Criterium | None,
    regels: Selectieregels,
) -> str:
    """Why a signal was taken up, and as what."""
    from wijkanalyse.criteria.selectie import Opname  # noqa: PLC0415 (cycle)

    if forced is not None:
        grond = (
            f"de {forced.label} is {_forced_level(forced, regels)}"
            f" ({_score(score)})"
        )
    else:
        grond = f"{_score(score)} met {_dekking(score)}"
    if opname is Opname.KENNISONTWIKKELING:
        return (
            f"Speerpunt voor kennisontwikkeling: {grond}, maar de "
            f"onderbouwing is {level.label}; eerst nader onderzoeken."
        )
    soort = "Speerpunt met voorrang" if forced is not None else "Speerpunt"
    return f"{soort}: {grond}; onderbouwing {level.label}."


def _forced_level(criterium: Criterium, regels: Selectieregels) -> str:
    for forcing, level in regels.verplicht:
        if forcing is criterium:
            return (
                f"{level.label} of hoger"
                if level < level.hoogste()
                else level.label
            )
    return "hoog"


def onvolledig(score: Score, regels: Selectieregels) -> str:
    """Not taken up because too few criteria were assessed."""
    return (
        f"Niet opgenomen: {_dekking(score)}, voor een volledige weging zijn "
        f"er minstens {regels.min_dekking} nodig."
    )


def onder_drempel(score: Score, regels: Selectieregels) -> str:
    """Not taken up because the score is below the threshold."""
    return (
        f"Niet opgenomen: {_score(score)} ligt onder de drempel van "
        f"{getal(regels.drempel)}."
    )


def domein_vol(domein: str, regels: Selectieregels) -> str:
    """Not taken up because the domain already has its maximum."""
    return (
        f"Niet opgenomen: domein {domein} heeft al het maximum van "
        f"{regels.max_per_domein} speerpunten, gevuld door signalen met "
        "voorrang of met een gelijke of hogere score."
    )


def totaal_vol(regels: Selectieregels) -> str:
    """Not taken up because the overall maximum was reached."""
    return (
        f"Niet opgenomen: het maximum van {regels.max_speerpunten} "
        "speerpunten is al bereikt door signalen met voorrang of met een "
        "gelijke of hogere score."
    )
