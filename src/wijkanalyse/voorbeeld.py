"""The built-in voorbeeld: a fictional but realistic filled instrument.

The wijk, its people and organisations are invented. The analysis is stored
as a JSON document in the package and is what ``wijkanalyse voorbeeld``
writes in every format.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wijkanalyse.analyse import Wijkanalyse


@functools.cache
def voorbeeld() -> Wijkanalyse:
    """The voorbeeld analysis of the fictional wijk De Vlinderhof."""
    from wijkanalyse import serialisatie  # noqa: PLC0415 (cheap import)

    resource = resources.files("wijkanalyse") / "voorbeeld.json"
    return serialisatie.loads(
        resource.read_text(encoding="utf-8"), source="voorbeeld.json"
    )
