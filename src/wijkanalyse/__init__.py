"""wijkanalyse: the Instrument Wijkanalyse opbouwwerk as a Python library.

The names here are the ones a notebook needs: load and save an analysis,
the domain types, the shipped participatiemodellen and the voorbeeld.
Everything else is reached through its module, e.g. `wijkanalyse.criteria`.
Importing this package loads neither python-docx nor openpyxl; exporters
import them when they run.
"""

from __future__ import annotations

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
from wijkanalyse.beoordeling import Beleidstoets, Beoordeling, Criterium, Mate
from wijkanalyse.documents import load, read, save
from wijkanalyse.errors import Problem, ValidationError, WijkanalyseError
from wijkanalyse.model import Participatiemodel, available_models, load_model
from wijkanalyse.voorbeeld import voorbeeld

__version__ = "0.1.0.dev0"

__all__ = [
    "AanbodAnalyse",
    "Auteur",
    "Beleidstoets",
    "Beoordeling",
    "Bron",
    "BronSoort",
    "Criterium",
    "Kennisontwikkeling",
    "Mate",
    "Oordeel",
    "Participatiemodel",
    "Problem",
    "Rol",
    "Signaal",
    "SignaalSoort",
    "Synthese",
    "ValidationError",
    "Wijk",
    "Wijkanalyse",
    "WijkanalyseError",
    "__version__",
    "available_models",
    "load",
    "load_model",
    "read",
    "save",
    "voorbeeld",
]
