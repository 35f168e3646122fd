r"""The filled instrument: a wijk, its authors and their signals.

Every class is frozen; change an analysis with `attrs.evolve`. Text fields are
normalised when an object is made (line endings become ``\\n``, surrounding
white space goes), so that an analysis written to any format and read back is
equal to the original. Whether an analysis fits its participatiemodel is
checked by `wijkanalyse.validatie.validate`, which reports every problem at
once rather than failing on the first.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import TYPE_CHECKING

import attrs

from wijkanalyse.beoordeling import Beoordeling
from wijkanalyse.model import DEFAULT_MODEL

if TYPE_CHECKING:
    from collections.abc import Iterable


def tekst(value: str) -> str:
    r"""Normalise free text: ``\\n`` line endings, no surrounding space.

    Non-strings pass through untouched so that validation can name them.
    """
    if not isinstance(value, str):
        return value  # type: ignore[unreachable]  # for validation to name
    return value.replace("\r\n", "\n").replace("\r", "\n").strip()


def teksten(values: Iterable[str]) -> tuple[str, ...]:
    """Normalise each text of a sequence and make it a tuple."""
    if isinstance(values, str):
        return values  # type: ignore[return-value]  # validation names it
    return tuple(tekst(v) for v in values)


def _field(default: str = "") -> str:
    return attrs.field(default=default, converter=tekst)


def _required() -> str:
    return attrs.field(converter=tekst)


class Rol(enum.StrEnum):
    """The profession from which an author fills in the instrument."""

    OPBOUWWERKER = "opbouwwerker"
    HUISARTS = "huisarts"
    WIJKVERPLEEGKUNDIGE = "wijkverpleegkundige"
    LEERKRACHT = "leerkracht"
    WELZIJNSWERKER = "welzijnswerker"
    ANDERS = "anders"


class SignaalSoort(enum.StrEnum):
    """What kind of observation a signal is."""

    PROBLEEM = "probleem"
    KANS = "kans"
    BEHOEFTE = "behoefte"
    VRAAG = "vraag"


class BronSoort(enum.StrEnum):
    """The kind of evidence a signal rests on."""

    EIGEN_RAPPORTAGE = "eigen rapportage"
    GEMEENTE = "rapportage gemeente"
    ANDERE_ORGANISATIE = "rapportage andere organisatie"
    BEWONERSBIJEENKOMST = "bewonersbijeenkomst"
    BIJEENKOMST_PARTNERS = "bijeenkomst met partners"
    OBSERVATIE = "eigen systematische observatie"
    CIJFERS = "cijfers"
    ANDERS = "anders"


class Oordeel(enum.StrEnum):
    """How well the existing services answer a signal."""

    TOEREIKEND = "toereikend"
    DEELS = "deels toereikend"
    ONTBREEKT = "ontbreekt"


@attrs.frozen(kw_only=True)
class Wijk:
    """The neighbourhood analysed.

    Attributes:
        naam: Its name, e.g. "Merenwijk".
        code: Optional CBS code: ``WK`` and six digits for a wijk, ``BU``
            and eight digits for a buurt.
    """

    naam: str = _required()
    code: str | None = attrs.field(
        default=None, converter=attrs.converters.optional(tekst)
    )


@attrs.frozen(kw_only=True)
class Auteur:
    """A professional who filled in (part of) the analysis.

    Attributes:
        naam: The author's name.
        rol: The profession they fill it in from.
        functie: Their own description of the role, needed for
            `Rol.ANDERS`.
        organisatie: The organisation they work for, if given.
    """

    naam: str = _required()
    rol: Rol = Rol.OPBOUWWERKER
    functie: str = _field()
    organisatie: str = _field()


@attrs.frozen(kw_only=True)
class Bron:
    """One piece of evidence for a signal.

    Attributes:
        soort: The kind of evidence.
        omschrijving: Which report, meeting, observation or figures.
    """

    soort: BronSoort
    omschrijving: str = _field()


@attrs.frozen(kw_only=True)
class AanbodAnalyse:
    """How existing services answer a signal: the instrument's key column.

    Attributes:
        bestaand: What exists now and how it reaches residents.
        oordeel: Whether that is enough, partly enough or missing.
        nodig: What is needed; for a lacune, the possible solution.
    """

    bestaand: str = _field()
    oordeel: Oordeel | None = None
    nodig: str = _field()

    @property
    def is_lacune(self) -> bool:
        """Whether the services fall short, partly or wholly."""
        return self.oordeel in {Oordeel.DEELS, Oordeel.ONTBREEKT}


@attrs.frozen(kw_only=True)
class Kennisontwikkeling:
    """What is still to be found out about a signal, and how.

    Attributes:
        vragen: The open questions.
        methoden: How to answer them, preferably together with residents.
    """

    vragen: str = _field()
    methoden: str = _field()

    @property
    def is_leeg(self) -> bool:
        """Whether nothing was written."""
        return not (self.vragen or self.methoden)


@attrs.frozen(kw_only=True)
class Signaal:
    """One observation: a problem, opportunity, need or question.

    Attributes:
        id: A stable identifier, kept through forms and reports.
        thema: The key of its main participatievorm.
        tekst: The observation in the author's words.
        soort: Problem, opportunity (kans), need or question.
        positief: Whether it is a positive signal.
        andere_themas: Keys of other themes it also concerns.
        bronnen: The evidence it rests on.
        aanbod: The analysis of existing services.
        kennisontwikkeling: What is still to be found out.
        beoordeling: The assessment on the six criteria.
    """

    id: str = _required()
    thema: str
    tekst: str = _required()
    soort: SignaalSoort = SignaalSoort.PROBLEEM
    positief: bool = False
    andere_themas: tuple[str, ...] = ()
    bronnen: tuple[Bron, ...] = ()
    aanbod: AanbodAnalyse = AanbodAnalyse()
    kennisontwikkeling: Kennisontwikkeling = Kennisontwikkeling()
    beoordeling: Beoordeling = Beoordeling()

    @property
    def themas(self) -> tuple[str, ...]:
        """The main theme followed by the other themes."""
        return (self.thema, *self.andere_themas)


@attrs.frozen(kw_only=True)
class Synthese:
    """The author's summarising analysis of one domain.

    Attributes:
        domein: The domain's number (I, II, III).
        tekst: How the signals hang together; which matter most.
    """

    domein: str
    tekst: str = _field()


@attrs.frozen(kw_only=True)
class Wijkanalyse:
    """A filled-in instrument for one wijk.

    Attributes:
        wijk: The neighbourhood.
        auteurs: Who filled it in, with their role.
        datum: When it was completed.
        model: The name of the participatiemodel it was filled against.
        signalen: The signals, in the order the authors gave them.
        kennisleemtes: Keys of themes the authors have no view on.
        synthese: The authors' summarising analysis per domain.
        conclusies: The closing conclusions.
        aanbevelingen: The recommendations, one per item.
    """

    wijk: Wijk
    auteurs: tuple[Auteur, ...] = ()
    datum: dt.date
    model: str = DEFAULT_MODEL
    signalen: tuple[Signaal, ...] = ()
    kennisleemtes: tuple[str, ...] = ()
    synthese: tuple[Synthese, ...] = ()
    conclusies: str = _field()
    aanbevelingen: tuple[str, ...] = attrs.field(default=(), converter=teksten)

    def _repr_html_(self) -> str:
        """The signals as an HTML table, for notebooks."""
        from wijkanalyse.weergave import analyse_html  # noqa: PLC0415

        return analyse_html(self)

    def signaal(self, signaal_id: str) -> Signaal:
        """The signal with this id.

        Raises:
            KeyError: When there is none.
        """
        for signaal in self.signalen:
            if signaal.id == signaal_id:
                return signaal
        raise KeyError(signaal_id)

    def signalen_bij(self, thema: str) -> tuple[Signaal, ...]:
        """The signals whose main theme is *thema*, in order."""
        return tuple(s for s in self.signalen if s.thema == thema)

    def synthese_van(self, domein: str) -> str:
        """The authors' synthesis of a domain, or an empty string."""
        for item in self.synthese:
            if item.domein == domein:
                return item.tekst
        return ""


def vrij_id(bezet: Iterable[str]) -> str:
    """The first id of the form ``S001`` that is not in *bezet*."""
    taken = set(bezet)
    n = 1
    while f"S{n:03d}" in taken:
        n += 1
    return f"S{n:03d}"
