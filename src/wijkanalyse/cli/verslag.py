"""The ``verslag`` command: the report of an analysis, in Word or Markdown."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from wijkanalyse import criteria, documents, meldingen
from wijkanalyse.cli.basis import add_model_option, model_from
from wijkanalyse.cli.output import print_problems
from wijkanalyse.errors import FileError, Problem, Severity
from wijkanalyse.exporters import Content, Exporter, registry
from wijkanalyse.validatie import validate

if TYPE_CHECKING:
    import argparse


def register(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    """Add the ``verslag`` command to *commands*."""
    sub = commands.add_parser(
        "verslag",
        help="maak het verslag van een wijkanalyse (Word of Markdown)",
        description=(
            "Weegt de signalen van een wijkanalyse (.json of .xlsx) en "
            "schrijft het verslag volgens bijlage 2 van het instrument: per "
            "domein een alinea per thema en een samenvattende analyse, dan "
            "speerpunten, lacunes en aanbevelingen, en een bijlage met alle "
            "signalen. De extensie van het uitvoerbestand kiest het "
            "formaat: .docx voor Word, .md voor Markdown."
        ),
    )
    sub.add_argument(
        "bestand",
        metavar="BESTAND",
        type=Path,
        help="de wijkanalyse: een JSON-bestand of een ingevuld invulschema",
    )
    sub.add_argument(
        "-o",
        "--uit",
        metavar="VERSLAG",
        type=Path,
        required=True,
        help="het verslag om te schrijven, bijvoorbeeld verslag.docx of "
        "verslag.md; een bestaand bestand wordt vervangen",
    )
    sub.add_argument(
        "--weging",
        metavar="WEGING.toml",
        type=Path,
        help="gewichten per criterium en selectieregels (TOML); standaard "
        "wegen alle criteria even zwaar",
    )
    sub.add_argument(
        "--sjabloon",
        metavar="HUISSTIJL.docx",
        type=Path,
        help="een Word-document in de huisstijl van de organisatie; het "
        "verslag neemt de lettertypen, kleuren, kop- en voettekst en "
        "stijlen ervan over (alleen voor .docx)",
    )
    add_model_option(sub)
    sub.set_defaults(run=run_verslag)


def report_exporter(path: Path) -> Exporter:
    """The exporter that writes a verslag to *path*.

    Raises:
        FileError: When *path*'s suffix is not a report format.
    """
    exporters = [
        e for e in registry().exporters if e.content is Content.VERSLAG
    ]
    suffix = path.suffix.lower()
    for exporter in exporters:
        if suffix in exporter.suffixes:
            return exporter
    suffixes = [s for e in exporters for s in e.suffixes[:1]]
    raise FileError(meldingen.geen_verslagformaat(path, suffixes))


def run_verslag(args: argparse.Namespace) -> int:
    """Read, weigh and write the report; print every warning."""
    uit: Path = args.uit
    exporter = report_exporter(uit)
    model = model_from(args)
    analyse, gelezen = documents.load_checked(args.bestand, model)
    instellingen = (
        criteria.load_instellingen(args.weging) if args.weging else None
    )
    waarschuwingen = list(gelezen)
    if args.sjabloon and exporter.name != "docx":
        waarschuwingen.append(
            Problem(
                str(args.sjabloon),
                meldingen.sjabloon_genegeerd(),
                Severity.WAARSCHUWING,
            )
        )
    geschreven = documents.save(
        analyse,
        uit,
        formaat=exporter.name,
        model=model,
        sjabloon=args.sjabloon,
        instellingen=instellingen,
    )
    used = documents.resolve_model(analyse, model, args.bestand.name)
    al_gemeld = set(validate(analyse, used))
    waarschuwingen.extend(p for p in geschreven if p not in al_gemeld)
    print_problems(waarschuwingen)
    print(f"geschreven: {uit}")
    return 0
