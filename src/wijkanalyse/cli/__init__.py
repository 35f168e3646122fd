"""The ``wijkanalyse`` command line.

Each command lives in its own module with a ``register`` function that adds
its sub-parser; `COMMANDS` lists them in the order ``--help`` shows. Errors
the library raises on purpose are printed as one Dutch line (plus located
problems) and exit with status 1; ``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from wijkanalyse import __version__
from wijkanalyse.cli import basis, invulschema, speerpunten, verslag
from wijkanalyse.cli.output import print_error
from wijkanalyse.cli.parser import Parser, dutch_argparse
from wijkanalyse.errors import WijkanalyseError

if TYPE_CHECKING:
    from collections.abc import Sequence

COMMANDS = (basis, invulschema, speerpunten, verslag)


def build_parser() -> Parser:
    """The complete parser with every command."""
    parser = Parser(
        prog="wijkanalyse",
        description=(
            "Wijkanalyse opbouwwerk: invulschema, controle, weging van "
            "signalen en verslag."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"wijkanalyse {__version__}",
        help="toon het versienummer en stop",
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        help="toon bij een fout de volledige technische melding",
    )
    commands = parser.add_subparsers(
        title="opdrachten", metavar="OPDRACHT", dest="opdracht", required=True
    )
    for module in COMMANDS:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    with dutch_argparse():
        parser = build_parser()
        args = parser.parse_args(argv)
    try:
        status: int = args.run(args)
    except WijkanalyseError as exc:
        if args.debug:
            raise
        print_error(exc)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader (e.g. `head`) went away; stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    return status
