"""The six criteria and the values an author gives a signal on them.

The instrument weighs signals on urgentie, belang, toekomstgericht, haalbaar,
Wmo-proof and toetsing aan het gemeentelijk beleid. The first five are
ordinal: an author says to what degree (`Mate`) a signal meets them. The
sixth is categorical (`Beleidstoets`): a signal fits the municipality's
policy, or the policy lacks it — the latter is a finding, not a low score.

A criterion left open is `None`, never the lowest value: "not assessed" and
"not at all" mean different things. Weighing itself lives in
`wijkanalyse.criteria`.
"""

from __future__ import annotations

import enum
import functools
import math

import attrs


class Criterium(enum.Enum):
    """One of the six criteria of the instrument."""

    URGENTIE = "urgentie"
    BELANG = "belang"
    TOEKOMSTGERICHT = "toekomstgericht"
    HAALBAAR = "haalbaar"
    WMO_PROOF = "wmo-proof"
    BELEID = "beleid"

    @property
    def label(self) -> str:
        """The Dutch name as a person reads it."""
        return _LABELS[self]

    @property
    def uitleg(self) -> str:
        """A short Dutch explanation of what the criterion asks."""
        return _UITLEG[self]

    @property
    def veld(self) -> str:
        """The name of its field, in `Beoordeling` and in `Weging`."""
        return self.value.replace("-", "_")

    @property
    def is_ordinal(self) -> bool:
        """Whether the criterion is scored on the `Mate` scale."""
        return self is not Criterium.BELEID


_LABELS = {
    Criterium.URGENTIE: "urgentie",
    Criterium.BELANG: "belang",
    Criterium.TOEKOMSTGERICHT: "toekomstgericht",
    Criterium.HAALBAAR: "haalbaar",
    Criterium.WMO_PROOF: "Wmo-proof",
    Criterium.BELEID: "toetsing aan beleid",
}

_UITLEG = {
    Criterium.URGENTIE: "vraagt dit nu aandacht?",
    Criterium.BELANG: "speelt dit structureel in de wijk?",
    Criterium.TOEKOMSTGERICHT: (
        "kan hier iets veranderen, helpt het voorkomen van problemen?"
    ),
    Criterium.HAALBAAR: "zijn er mogelijkheden om er iets mee te doen?",
    Criterium.WMO_PROOF: (
        "kunnen bewoners meedoen en draagt het bij aan samenlevingsopbouw?"
    ),
    Criterium.BELEID: (
        "past het in het beleid van de gemeente, of ontbreekt het daarin?"
    ),
}

ORDINALE_CRITERIA: tuple[Criterium, ...] = tuple(
    c for c in Criterium if c.is_ordinal
)
"""The five criteria scored on the `Mate` scale, in the instrument's order."""


class Mate(enum.IntEnum):
    """The degree to which a signal meets an ordinal criterion."""

    NIET = 0
    ENIGSZINS = 1
    DUIDELIJK = 2
    STERK = 3

    @property
    def label(self) -> str:
        """The Dutch word used in forms and reports."""
        return self.name.lower()

    @classmethod
    def hoogste(cls) -> Mate:
        """The top of the scale."""
        return cls.STERK


class Beleidstoets(enum.StrEnum):
    """How a signal relates to the municipality's policy."""

    PAST = "past in beleid"
    ONTBREEKT = "ontbreekt in beleid"
    ONBEKEND = "onbekend"

    @property
    def label(self) -> str:
        """The Dutch words used in forms and reports."""
        return self.value


_MATE_VALUES = {m.value: m for m in Mate}
_TOETS_VALUES = {t.value: t for t in Beleidstoets}


def _mate(value: object) -> Mate | None:
    if value is None or type(value) is Mate:
        return value
    if type(value) is int and value in _MATE_VALUES:
        return _MATE_VALUES[value]
    raise ValueError(_not_allowed(Mate, value))


def _toets(value: object) -> Beleidstoets | None:
    if value is None or type(value) is Beleidstoets:
        return value
    if type(value) is str and value in _TOETS_VALUES:
        return _TOETS_VALUES[value]
    raise ValueError(_not_allowed(Beleidstoets, value))


def _not_allowed(kind: type[enum.Enum], value: object) -> str:
    allowed = ", ".join(repr(m.value) for m in kind)
    return (
        f"A criterion takes a {kind.__name__} ({allowed}) or None; this"
        f" {type(value).__name__} is neither."
    )


_ORDINAL_VALUES: tuple[Mate | None, ...] = (None, *Mate)
_BELEID_VALUES: tuple[Beleidstoets | None, ...] = (None, *Beleidstoets)
_POSITIE: dict[object, int] = {
    **{value: i for i, value in enumerate(_ORDINAL_VALUES)},
    **{value: i for i, value in enumerate(_BELEID_VALUES)},
}
_ORDINAL_BASE = len(_ORDINAL_VALUES)
_BELEID_BASE = len(_BELEID_VALUES)

AANTAL_BEOORDELINGEN = _ORDINAL_BASE ** len(ORDINALE_CRITERIA) * _BELEID_BASE
"""The number of different assessments, 12,500; see `Beoordeling.index`."""


class _Indices(dict[tuple[object, ...], int]):
    """The index of each assessment seen so far, by its six values."""

    def __missing__(self, values: tuple[object, ...]) -> int:
        *mates, beleid = values
        index = 0
        for mate in mates:
            index = index * _ORDINAL_BASE + _POSITIE[mate]
        index = index * _BELEID_BASE + _POSITIE[beleid]
        self[values] = index
        return index


_INDICES = _Indices()


class _MetIndex:
    """Keeps `Beoordeling.index` in a slot of its own, outside the fields.

    So `attrs.fields`, `attrs.asdict` and the JSON show the six criteria
    only, and the index is never an argument.
    """

    __slots__ = ("index",)
    index: int


@attrs.frozen(getstate_setstate=False)
class Beoordeling(_MetIndex):
    """An author's assessment of one signal on the six criteria.

    Every field is optional: `None` means the author did not assess it.
    Values are taken as the enum members or their plain values (the int
    ``3``, the str ``"past in beleid"``) and stored as members; anything
    else, a bool or a float included, is a `ValueError`.

    Attributes:
        index: The assessment's place among all `AANTAL_BEOORDELINGEN`
            possible ones, worked out on construction: equal assessments
            share it, different ones never do. It lets a tool tabulate
            what follows from an assessment once per assessment rather
            than once per signal; `kolom` lists every assessment by index.
    """

    urgentie: Mate | None = attrs.field(default=None, converter=_mate)
    belang: Mate | None = attrs.field(default=None, converter=_mate)
    toekomstgericht: Mate | None = attrs.field(default=None, converter=_mate)
    haalbaar: Mate | None = attrs.field(default=None, converter=_mate)
    wmo_proof: Mate | None = attrs.field(default=None, converter=_mate)
    beleid: Beleidstoets | None = attrs.field(default=None, converter=_toets)

    def __attrs_post_init__(self) -> None:
        """Look up the `index`."""
        object.__setattr__(
            self,
            "index",
            _INDICES[
                self.urgentie,
                self.belang,
                self.toekomstgericht,
                self.haalbaar,
                self.wmo_proof,
                self.beleid,
            ],
        )

    def __reduce__(self) -> tuple[type[Beoordeling], tuple[object, ...]]:
        """Pickle and copy by the six values; the index follows anew."""
        return type(self), (
            self.urgentie,
            self.belang,
            self.toekomstgericht,
            self.haalbaar,
            self.wmo_proof,
            self.beleid,
        )

    def mate(self, criterium: Criterium) -> Mate | None:
        """The value given on an ordinal *criterium*, or `None`.

        Raises:
            ValueError: For `Criterium.BELEID`, which is not ordinal.
        """
        if not criterium.is_ordinal:
            msg = f"{criterium} is not scored on the Mate scale"
            raise ValueError(msg)
        value: Mate | None = getattr(self, criterium.veld)
        return value


@functools.cache
def kolom(criterium: Criterium) -> tuple[Mate | Beleidstoets | None, ...]:
    """The value of *criterium* in every possible assessment, by index.

    ``kolom(c)[b.index]`` is the value *b* gives on *c*; together the six
    columns list all `AANTAL_BEOORDELINGEN` assessments.
    """
    bases = [_ORDINAL_BASE] * len(ORDINALE_CRITERIA) + [_BELEID_BASE]
    position = list(Criterium).index(criterium)
    values = (
        _BELEID_VALUES if criterium is Criterium.BELEID else _ORDINAL_VALUES
    )
    before = math.prod(bases[:position])
    after = math.prod(bases[position + 1 :])
    return tuple(
        value for _ in range(before) for value in values for _ in range(after)
    )
