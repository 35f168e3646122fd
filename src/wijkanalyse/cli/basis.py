"""The basic commands: voorbeeld, modellen, controleer."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from wijkanalyse import documents
from wijkanalyse.cli.output import print_problems, tel
from wijkanalyse.errors import FileError
from wijkanalyse.exporters import Content, registry
from wijkanalyse.model import available_models, load_model
from wijkanalyse.voorbeeld import voorbeeld

if TYPE_CHECKING:
    import argparse

    from wijkanalyse.errors import Problem
    from wijkanalyse.model import Participatiemodel


def register(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    """Add the basic commands to *commands*."""
    sub = commands.add_parser(
        "voorbeeld",
        help="schrijf de voorbeeldwijkanalyse in elk beschikbaar formaat",
        description=(
            "Schrijft de ingebouwde voorbeeldanalyse van de verzonnen wijk "
            "De Vlinderhof in elk beschikbaar formaat naar een map."
        ),
    )
    sub.add_argument(
        "--uit",
        metavar="MAP",
        type=Path,
        default=Path("voorbeeld"),
        help="de map om in te schrijven; wordt zo nodig gemaakt "
        "(standaard: ./voorbeeld)",
    )
    sub.set_defaults(run=run_voorbeeld)

    sub = commands.add_parser(
        "modellen",
        help="toon de participatiemodellen, of de domeinen en thema's van één",
        description=(
            "Zonder NAAM: de meegeleverde participatiemodellen. Met NAAM (of "
            "het pad van een eigen TOML-model): de domeinen en thema's."
        ),
    )
    sub.add_argument(
        "naam", metavar="NAAM", nargs="?", help="model of TOML-bestand"
    )
    sub.set_defaults(run=run_modellen)

    sub = commands.add_parser(
        "controleer",
        help="controleer een wijkanalyse (.json of .xlsx) op fouten",
        description=(
            "Meldt elke fout en waarschuwing met de plek waar ze staat. "
            "Eindigt met status 1 als er een fout is."
        ),
    )
    sub.add_argument("bestand", metavar="BESTAND", type=Path)
    add_model_option(sub)
    sub.set_defaults(run=run_controleer)

    sub = commands.add_parser(
        "formaten",
        help="toon de beschikbare bestandsformaten",
        description=(
            "Toont elk formaat waarin wijkanalyse kan schrijven (en lezen), "
            "ook formaten die andere pakketten toevoegen."
        ),
    )
    sub.set_defaults(run=run_formaten)


def add_model_option(parser: argparse.ArgumentParser) -> None:
    """Add ``--model`` for analyses made with an own participatiemodel."""
    parser.add_argument(
        "--model",
        metavar="MODEL",
        help="een eigen participatiemodel (TOML-bestand) of de naam van een "
        "meegeleverd model; standaard het model dat de analyse noemt",
    )


def model_from(args: argparse.Namespace) -> Participatiemodel | None:
    """The model ``--model`` names, or `None` when it was not given."""
    return load_model(args.model) if args.model else None


def run_voorbeeld(args: argparse.Namespace) -> int:
    """Write the voorbeeld in every format to the folder ``--uit``."""
    folder: Path = args.uit
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise FileError(
            f"De map '{folder}' kan niet worden gemaakt. Kies een andere plek."
        ) from None
    analyse = voorbeeld()
    written = []
    warnings: list[Problem] = []
    for exporter in registry().exporters:
        for suffix in exporter.suffixes[:1]:
            path = folder / f"{_INHOUD[exporter.content]}{suffix}"
            warnings.extend(
                documents.save(analyse, path, formaat=exporter.name)
            )
            written.append(path)
            write_empty = getattr(exporter, "write_empty", None)
            if write_empty is not None:
                empty = folder / f"{_INHOUD[exporter.content]}-leeg{suffix}"
                write_empty(empty, load_model(analyse.model), analyse.wijk)
                written.append(empty)
    for path in written:
        print(f"geschreven: {path}")
    print_problems(dict.fromkeys(warnings))
    return 0


def run_modellen(args: argparse.Namespace) -> int:
    """List the shipped models, or show one model's domains and themes."""
    if args.naam is None:
        for name in available_models():
            model = load_model(name)
            print(f"{name:<12} {model.omschrijving}")
        return 0
    model = load_model(args.naam)
    print(f"{model.naam} (versie {model.versie})")
    print(model.omschrijving)
    for domein in model.domeinen:
        print()
        doel = domein.zelfredzaamheid.lower()
        print(f"{domein.titel} — {doel}; {domein.kern.lower()}")
        for vorm in domein.participatievormen:
            print(f"  {vorm.sleutel:<28} {vorm.naam}")
    themas = tel(len(model.themas), "thema", "thema's")
    domeinen = tel(len(model.domeinen), "domein", "domeinen")
    print()
    print(f"{themas} in {domeinen}.")
    return 0


def run_controleer(args: argparse.Namespace) -> int:
    """Check a file and print every problem; 1 when there is an error."""
    result = documents.read(args.bestand, model_from(args))
    errors, warnings = print_problems(result.problems)
    print(
        f"{args.bestand}: {tel(errors, 'fout', 'fouten')}, "
        f"{tel(warnings, 'waarschuwing', 'waarschuwingen')}."
    )
    return 1 if errors else 0


_INHOUD = {
    Content.ANALYSE: "analyse",
    Content.INVULSCHEMA: "invulschema",
    Content.VERSLAG: "verslag",
}


def run_formaten(args: argparse.Namespace) -> int:
    """List every exporter, and the plugins that failed to load."""
    del args
    reg = registry()
    rows = [
        (
            e.name,
            " ".join(e.suffixes),
            _INHOUD[e.content] + (", leest ook" if e.can_read else ""),
            e.description,
        )
        for e in reg.exporters
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        cells = [c.ljust(w) for c, w in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[3]]))
    for failure in reg.failures:
        print(
            f"waarschuwing: formaat '{failure.name}' kon niet worden geladen "
            f"({failure.reason}); de andere formaten werken gewoon.",
            file=sys.stderr,
        )
    return 0
