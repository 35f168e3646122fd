"""The ``speerpunten`` command: the weighing of an analysis, readable."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from wijkanalyse import criteria, documents
from wijkanalyse.cli.basis import add_model_option, model_from
from wijkanalyse.cli.output import print_problems
from wijkanalyse.criteria.redenen import getal

if TYPE_CHECKING:
    import argparse

    from wijkanalyse.criteria import Selectie, Uitslag
    from wijkanalyse.errors import Problem


def register(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    """Add the ``speerpunten`` command to *commands*."""
    sub = commands.add_parser(
        "speerpunten",
        help="weeg de signalen en toon de speerpunten met hun reden",
        description=(
            "Weegt elk signaal op de zes criteria, bepaalt de onderbouwing "
            "en kiest de speerpunten. Toont per signaal de rang, score, "
            "onderbouwing, of het is opgenomen en waarom."
        ),
    )
    sub.add_argument("bestand", metavar="BESTAND", type=Path)
    sub.add_argument(
        "--weging",
        metavar="WEGING.toml",
        type=Path,
        help="gewichten per criterium en selectieregels (TOML)",
    )
    sub.add_argument(
        "--json",
        action="store_true",
        help="geef het resultaat als JSON in plaats van een tabel",
    )
    add_model_option(sub)
    sub.set_defaults(run=run_speerpunten)


def weigh(args: argparse.Namespace) -> tuple[Selectie, tuple[Problem, ...]]:
    """Load the analysis and weigh it; return the warnings found too."""
    model = model_from(args)
    analyse, warnings = documents.load_checked(args.bestand, model)
    instellingen = (
        criteria.load_instellingen(args.weging)
        if args.weging
        else criteria.Instellingen()
    )
    used = documents.resolve_model(analyse, model, args.bestand.name)
    selectie = criteria.select(
        analyse, used, instellingen.weging, instellingen.regels
    )
    return selectie, warnings


def run_speerpunten(args: argparse.Namespace) -> int:
    """Print the ranked signals as a table or as JSON."""
    selectie, warnings = weigh(args)
    if args.json:
        print(json.dumps(as_json(selectie), ensure_ascii=False, indent=2))
    else:
        print_table(selectie)
    print_problems(warnings)
    return 0


def as_json(selectie: Selectie) -> list[dict[str, object]]:
    """Every outcome as a plain object, by rank and id."""
    return [
        {
            "id": u.signaal.id,
            "rang": u.rang,
            "score": None
            if u.score.waarde is None
            else round(u.score.waarde, 4),
            "dekking": u.score.dekking,
            "domein": u.domein,
            "thema": u.signaal.thema,
            "onderbouwing": u.onderbouwing.label,
            "opgenomen": u.opname.opgenomen,
            "opname": u.opname.value,
            "reden": u.reden,
        }
        for u in selectie.uitslagen
    ]


_KOPPEN = (
    "rang",
    "id",
    "domein",
    "score",
    "criteria",
    "onderbouwing",
    "opname",
)


def _row(u: Uitslag) -> tuple[str, ...]:
    score = "–" if u.score.waarde is None else getal(u.score.waarde)
    return (
        str(u.rang),
        u.signaal.id,
        u.domein,
        score,
        f"{u.score.dekking}/6",
        u.onderbouwing.label,
        u.opname.value,
    )


def print_table(selectie: Selectie) -> None:
    """Print the outcomes as an aligned table, each with its reason below."""
    rows = [_row(u) for u in selectie.uitslagen]
    widths = [
        max(len(cell) for cell in column)
        for column in zip(_KOPPEN, *rows, strict=False)
    ]

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(
            c.ljust(w) for c, w in zip(cells, widths, strict=True)
        ).rstrip()

    print(line(_KOPPEN))
    for uitslag, row in zip(selectie.uitslagen, rows, strict=True):
        print(line(row))
        print(f"{' ' * (widths[0] + 2)}{uitslag.reden}")
    gekozen = selectie.speerpunten
    kennis = sum(
        u.opname is criteria.Opname.KENNISONTWIKKELING for u in gekozen
    )
    print()
    print(
        f"{len(gekozen)} van {len(rows)} signalen opgenomen, waarvan "
        f"{kennis} als speerpunt voor kennisontwikkeling."
    )
