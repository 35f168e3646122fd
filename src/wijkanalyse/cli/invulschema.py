"""The commands for forms and conversions: schema, exporteer."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from wijkanalyse import documents, meldingen
from wijkanalyse.analyse import Wijk
from wijkanalyse.cli.basis import add_model_option, model_from
from wijkanalyse.cli.output import print_problems
from wijkanalyse.errors import ValidationError, WijkanalyseError
from wijkanalyse.exporters import Content, registry
from wijkanalyse.model import load_model

if TYPE_CHECKING:
    import argparse

    from wijkanalyse.errors import Problem


def register(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    """Add the commands schema and exporteer to *commands*."""
    _register_schema(commands)
    _register_exporteer(commands)


def _register_schema(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    sub = commands.add_parser(
        "schema",
        help="schrijf een leeg invulschema voor een wijk",
        description=(
            "Schrijft een leeg invulschema (Excel) voor een wijk: een "
            "voorblad met uitleg, een blad per leefdomein en een blad voor "
            "de samenvatting. Vul het in Excel of LibreOffice in en lees "
            "het terug met 'wijkanalyse exporteer' of 'wijkanalyse "
            "controleer'."
        ),
    )
    sub.add_argument(
        "--wijk", metavar="NAAM", required=True, help="de naam van de wijk"
    )
    sub.add_argument(
        "--code",
        metavar="CODE",
        help="de CBS-code van de wijk of buurt, bijvoorbeeld WK054601",
    )
    sub.add_argument(
        "--model",
        metavar="MODEL",
        help="een meegeleverd participatiemodel of een eigen TOML-bestand "
        "(standaard pilot-2010)",
    )
    sub.add_argument(
        "-o",
        "--uit",
        metavar="SCHEMA.xlsx",
        type=Path,
        required=True,
        help="het bestand om te schrijven",
    )
    sub.set_defaults(run=run_schema)


def _register_exporteer(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    sub = commands.add_parser(
        "exporteer",
        help="zet een wijkanalyse om naar een ander formaat",
        description=(
            "Leest een wijkanalyse (bijvoorbeeld een ingevuld invulschema "
            ".xlsx of een .json-bestand) en schrijft haar in het formaat "
            "dat de extensie van UIT noemt, of dat --formaat kiest. Bij een "
            "fout wordt niets geschreven."
        ),
    )
    sub.add_argument(
        "bron", metavar="IN", type=Path, help="het bestand om te lezen"
    )
    sub.add_argument(
        "-o",
        "--uit",
        metavar="UIT",
        type=Path,
        required=True,
        help="het bestand om te schrijven",
    )
    sub.add_argument(
        "--formaat",
        metavar="NAAM",
        help="het formaat om te schrijven als de extensie het niet zegt: "
        + ", ".join(e.name for e in registry().exporters),
    )
    add_model_option(sub)
    sub.set_defaults(run=run_exporteer)


def run_schema(args: argparse.Namespace) -> int:
    """Write an empty form for ``--wijk`` to ``--uit``."""
    path: Path = args.uit
    model = load_model(args.model) if args.model else load_model()
    wijk = Wijk(naam=args.wijk, code=args.code or None)
    suffix = path.suffix.lower()
    for exporter in registry().exporters:
        write_empty = getattr(exporter, "write_empty", None)
        if (
            exporter.content is Content.INVULSCHEMA
            and suffix in exporter.suffixes
            and write_empty is not None
        ):
            write_empty(path, model, wijk)
            print(f"geschreven: {path}")
            return 0
    raise WijkanalyseError(meldingen.geen_schemaformaat(path))


def run_exporteer(args: argparse.Namespace) -> int:
    """Read ``IN`` and write it to ``--uit``; print every problem."""
    model = model_from(args)
    gelezen = documents.read(args.bron, model)
    if not gelezen.ok or gelezen.analyse is None:
        raise ValidationError(
            meldingen.analyse_afgekeurd(Path(args.bron).name), gelezen.problems
        )
    geschreven = documents.save(
        gelezen.analyse, args.uit, formaat=args.formaat, model=model
    )
    print_problems([*gelezen.problems, *_nieuw(geschreven, gelezen.problems)])
    print(f"geschreven: {args.uit}")
    return 0


def _nieuw(
    problems: tuple[Problem, ...], al_gemeld: tuple[Problem, ...]
) -> list[Problem]:
    """*problems* without those already reported when reading.

    Saving validates the analysis again, which repeats the reading's
    warnings (located by path rather than by cell); they are shown once.
    """
    seen = Counter(p.message for p in al_gemeld)
    fresh = []
    for problem in problems:
        if seen[problem.message]:
            seen[problem.message] -= 1
        else:
            fresh.append(problem)
    return fresh
