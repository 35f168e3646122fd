"""The words a person types in the form, and what they mean.

Every closed list of the form (kind of signal, kind of source, judgment of
the services, the criteria, roles, yes or no) is a `Keuzelijst`: the labels
the dropdown offers, plus the other spellings the reader accepts. Matching
ignores capitalisation, accents and surrounding or repeated white space, so
``' Sterk'`` and ``'STERK'`` both read as `Mate.STERK`; the `Mate` scale
also accepts its digits 0 to 3, as a number or as text.

Theme names are matched by `Themawijzer`: exactly by name or key first,
then approximately with `difflib`, which the reader reports as a warning.
The writer uses the same wijzer, so that what it writes always reads back
as the theme it meant.
"""

from __future__ import annotations

import difflib
import enum
import unicodedata
from collections.abc import Mapping
from typing import TYPE_CHECKING, Generic, TypeVar

import attrs

from wijkanalyse import meldingen
from wijkanalyse.analyse import BronSoort, Oordeel, Rol, SignaalSoort
from wijkanalyse.beoordeling import Beleidstoets, Mate

if TYPE_CHECKING:
    from wijkanalyse.exporters.invulschema.plaatsen import Verzamelaar
    from wijkanalyse.model import Participatiemodel

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)

GELIJKENIS = 0.75
"""How close (0 to 1, `difflib` ratio) a typed theme name must come."""


def normaal(text: str) -> str:
    """*text* for comparison: no accents, case or extra white space."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.split())


@attrs.frozen
class Keuzelijst(Generic[T]):
    """A closed list: the labels offered and every spelling accepted.

    Attributes:
        naam: What the list is about, for messages (``'urgentie'``).
        labels: The values offered in the dropdown, in order, with what
            each means.
        aliassen: Further accepted spellings (already `normaal`).
    """

    naam: str
    labels: tuple[tuple[str, T], ...]
    aliassen: Mapping[str, T] = attrs.field(factory=dict)
    _index: dict[str, T] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        """Build the lookup table once."""
        index = {normaal(label): value for label, value in self.labels}
        index.update(self.aliassen)
        object.__setattr__(self, "_index", index)

    @property
    def keuzes(self) -> tuple[str, ...]:
        """The labels offered, in order."""
        return tuple(label for label, _ in self.labels)

    def label(self, value: T) -> str:
        """The label written for *value*.

        Raises:
            KeyError: When *value* is not on the list.
        """
        for label, candidate in self.labels:
            if candidate == value:
                return label
        raise KeyError(value)

    def lees(self, typed: str) -> T | None:
        """The value *typed* names, or `None` when it names none."""
        return self._index.get(normaal(typed))


def _enum_lijst(naam: str, kind: type[E]) -> Keuzelijst[E]:
    return Keuzelijst(naam, tuple((str(m.value), m) for m in kind))


SIGNAALSOORT = _enum_lijst("soort signaal", SignaalSoort)
BRONSOORT = _enum_lijst("soort bron", BronSoort)
OORDEEL = _enum_lijst("oordeel aanbod", Oordeel)
ROL = _enum_lijst("rol", Rol)

MATE = Keuzelijst(
    "de schaal",
    tuple((m.label, m) for m in Mate),
    {str(m.value): m for m in Mate},
)
"""The ordinal scale; digits are accepted as well as words."""

BELEID = Keuzelijst(
    "toetsing aan beleid",
    tuple((b.label, b) for b in Beleidstoets),
    {normaal(b.label.split()[0]): b for b in Beleidstoets},
)
"""The policy test; its first word alone (``past``) is accepted too."""

JA_NEE = Keuzelijst(
    "positief",
    (("ja", True), ("nee", False)),
    {"j": True, "n": False, "x": True, "waar": True, "onwaar": False},
)
"""Whether a signal is positive; Excel's WAAR/ONWAAR are accepted too."""


@attrs.frozen
class Thema:
    """A theme as the reader found it in a cell.

    Attributes:
        sleutel: The theme's key.
        precies: Whether the cell named it exactly (by name or key).
    """

    sleutel: str
    precies: bool


class Themawijzer:
    """Finds the theme a person meant from what they typed.

    A key or a name matches exactly (after `normaal`); otherwise the
    closest name above `GELIJKENIS` matches approximately. A name two
    themes share matches neither; their keys still do.
    """

    def __init__(self, model: Participatiemodel) -> None:
        """Index the themes of *model* by key and by name."""
        self._keys = {normaal(v.sleutel): v.sleutel for v in model.themas}
        names: dict[str, str | None] = {}
        for vorm in model.themas:
            name = normaal(vorm.naam)
            names[name] = None if name in names else vorm.sleutel
        self._names = names
        self._label = {v.sleutel: v.naam.strip() for v in model.themas}

    def zoek(self, typed: str) -> Thema | None:
        """The theme *typed* names, or `None` when none comes close."""
        text = normaal(typed)
        if text in self._keys:
            return Thema(self._keys[text], precies=True)
        if self._names.get(text):
            return Thema(self._names[text] or "", precies=True)
        close = difflib.get_close_matches(
            text, list(self._names), n=2, cutoff=GELIJKENIS
        )
        found = [self._names[name] for name in close if self._names[name]]
        if not found:
            return None
        return Thema(found[0] or "", precies=False)

    def lees(
        self, text: str, where: str, verzamelaar: Verzamelaar, onbekend: str
    ) -> str | None:
        """The key *text* names, reporting what a person should check.

        No match is the error *onbekend*; an approximate match is a
        warning naming the theme it was read as.
        """
        found = self.zoek(text)
        if found is None:
            verzamelaar.fout(where, onbekend)
            return None
        if not found.precies:
            naam = self._label[found.sleutel]
            verzamelaar.waarschuwing(where, meldingen.thema_benaderd(naam))
        return found.sleutel

    def label(self, sleutel: str) -> str:
        """What to write for theme *sleutel*: its name, or its key.

        The key is written only when the name would read back as another
        theme (two themes share it, or it is another theme's key).
        """
        name = self._label.get(sleutel, sleutel)
        found = self.zoek(name) if name else None
        if found is not None and found.precies and found.sleutel == sleutel:
            return name
        return sleutel
