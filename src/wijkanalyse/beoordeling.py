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


@attrs.frozen
class Beoordeling:
    """An author's assessment of one signal on the six criteria.

    Every field is optional: `None` means the author did not assess it.
    """

    urgentie: Mate | None = None
    belang: Mate | None = None
    toekomstgericht: Mate | None = None
    haalbaar: Mate | None = None
    wmo_proof: Mate | None = None
    beleid: Beleidstoets | None = None

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
