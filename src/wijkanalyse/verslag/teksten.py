"""The fixed Dutch wording of the verslag, in one place.

The structure follows appendix 2 of the instrument; every sentence here is
our own. Texts that depend on the analysis (the wijk, the number of domains,
the weighing used) are functions; the phrases that turn a signal's data
into prose (its kind, its sources, the judgement of the services) are
tables, so the wording can be read and changed without reading the code
that builds the report.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wijkanalyse.analyse import BronSoort, Oordeel, SignaalSoort
from wijkanalyse.beoordeling import Beleidstoets, Criterium, Mate
from wijkanalyse.verslag.taal import (
    getal,
    hoofdletter,
    opsomming,
    telwoord,
)

if TYPE_CHECKING:
    from wijkanalyse.criteria import Selectieregels, Weging

TITEL = "Verslag wijkanalyse opbouwwerk"
INHOUD = "Inhoud"
INLEIDING = "Inleiding"
CRITERIA = "Criteria"
SAMENVATTING = "Samenvatting en conclusies"
PER_DOMEIN = "Samenvatting per domein"
SPEERPUNTEN = "Speerpunten"
KENNIS_SPEERPUNT = "Kennisontwikkeling als speerpunt"
LACUNES = "Geconstateerde lacunes en mogelijke oplossingen"
BELEIDSLEEMTES = "Leemtes in het beleid van de gemeente"
AANBEVELINGEN = "Aanbevelingen"
BIJLAGE = "Bijlage: alle signalen en hun weging"


def samenvattende_analyse(nummer: str) -> str:
    """The heading of a domain's synthesis."""
    return f"Samenvattende analyse domein {nummer}"


def inleiding(wijk: str, domeinen: int) -> tuple[str, ...]:
    """The paragraphs of the introduction before the table of domains."""
    return (
        (
            "Dit verslag bundelt wat de auteurs met het Instrument "
            f"Wijkanalyse opbouwwerk over de wijk {wijk} hebben vastgelegd, "
            "en ordent en weegt die kennis. Het instrument maakt zichtbaar "
            "wat professionals met dagelijks contact met bewoners over een "
            "wijk weten: wat bewoners bezighoudt, waar zij sterk in zijn en "
            "waar zij vastlopen. Die kennis is strategisch: de "
            "welzijnsorganisatie, de gemeente, bewoners en partners in de "
            "wijk kunnen er samen prioriteiten mee stellen."
        ),
        (
            "Het instrument deelt het leven van bewoners in "
            f"{telwoord(domeinen)} leefdomeinen in. Elk domein staat voor een "
            "eigen vorm van zelfredzaamheid en kent een aantal "
            "participatievormen; dat zijn de thema's van dit verslag. Per "
            "thema is vastgelegd welke signalen de auteurs opvangen "
            "(problemen, kansen, behoeften en vragen, ook positieve), op "
            "welke bronnen die signalen rusten, hoe het bestaande aanbod "
            "erop aansluit en wat er nog moet worden uitgezocht. Een thema "
            "waarover de auteurs geen beeld hebben, heet een kennisleemte; "
            "ook dat is een uitkomst."
        ),
    )


def leeswijzer(deel: str) -> str:
    """The paragraph after the table of domains: how the report reads."""
    return (
        "Het verslag volgt deze indeling: per leefdomein een alinea per "
        "thema en een samenvattende analyse. Hoofdstuk "
        f"{deel} brengt de uitkomsten samen in speerpunten, lacunes in het "
        "aanbod met mogelijke oplossingen, en aanbevelingen. De bijlage "
        "geeft elk signaal met zijn beoordeling, score en onderbouwing."
    )


DOMEINTABEL = ("Domein en doel", "Participatievormen")

CRITERIA_INLEIDING = (
    "Niet elk signaal weegt even zwaar. Om te kiezen welke signalen "
    "voorrang krijgen, is elk signaal beoordeeld op zes criteria:"
)


def criteria_uitleg(weging: Weging, regels: Selectieregels) -> tuple[str, ...]:
    """How the criteria were weighed and the speerpunten chosen."""
    return (
        (
            "Per criterium hebben de auteurs aangegeven in welke mate een "
            "signaal eraan voldoet: niet, enigszins, duidelijk of sterk. Bij "
            "de toetsing aan beleid gaat het erom of het signaal past in het "
            "beleid van de gemeente of daarin juist ontbreekt; in beide "
            "gevallen is het een zaak voor de gemeente."
        ),
        (
            "Zo krijgt elk signaal een score tussen 0 en 1: het gewogen "
            "gemiddelde van de criteria die zijn beoordeeld. Een criterium "
            "dat niet is beoordeeld, telt niet mee; daarom staat bij elke "
            f"score op hoeveel criteria hij rust. {_gewichten(weging)}"
        ),
        _regels(regels),
    )


def _gewichten(weging: Weging) -> str:
    waarden = [weging.gewicht(c) for c in Criterium]
    if len(set(waarden)) == 1:
        return "Alle criteria wegen even zwaar."
    delen = [f"{c.label} {getal(weging.gewicht(c))}" for c in Criterium]
    return (
        "De criteria wegen niet even zwaar; de gewichten zijn "
        f"{opsomming(delen)}."
    )


def _regels(regels: Selectieregels) -> str:
    drempel = getal(regels.drempel)
    basis = (
        f"Een signaal wordt speerpunt als het op minstens "
        f"{telwoord(regels.min_dekking)} criteria is beoordeeld en een "
        f"score van minstens {drempel} heeft"
    )
    verplicht = [_verplicht(c, m) for c, m in regels.verplicht]
    if verplicht:
        basis += f", of als {opsomming(verplicht, 'of')}"
    return (
        f"{basis}. Per domein zijn er hoogstens "
        f"{telwoord(regels.max_per_domein)} speerpunten en in totaal "
        f"hoogstens {telwoord(regels.max_speerpunten)}; de hoogste scores "
        "gaan voor. Is een gekozen signaal niet of zwak onderbouwd, dan "
        "wordt het eerst een speerpunt voor kennisontwikkeling: eerst "
        "uitzoeken, dan handelen."
    )


def _verplicht(criterium: Criterium, mate: Mate) -> str:
    if mate is Mate.hoogste():
        return f"{criterium.label} als {mate.label} is beoordeeld"
    return f"{criterium.label} als minstens {mate.label} is beoordeeld"


def criterium_item(criterium: Criterium) -> tuple[str, str]:
    """A criterion's name and question, for the numbered list."""
    return hoofdletter(criterium.label), criterium.uitleg


ONDERWERP = {
    SignaalSoort.PROBLEEM: "Dit probleem",
    SignaalSoort.KANS: "Deze kans",
    SignaalSoort.BEHOEFTE: "Deze behoefte",
    SignaalSoort.VRAAG: "Deze vraag",
}
"""How a signal's sentence about its sources starts, per kind."""

ONDERWERP_POSITIEF = "Dit positieve signaal"

BRON = {
    BronSoort.EIGEN_RAPPORTAGE: "een eigen rapportage",
    BronSoort.GEMEENTE: "een rapportage van de gemeente",
    BronSoort.ANDERE_ORGANISATIE: "een rapportage van een andere organisatie",
    BronSoort.BEWONERSBIJEENKOMST: "een bewonersbijeenkomst",
    BronSoort.BIJEENKOMST_PARTNERS: "een bijeenkomst met partners",
    BronSoort.OBSERVATIE: "eigen systematische observatie",
    BronSoort.CIJFERS: "cijfers",
    BronSoort.ANDERS: "een andere bron",
}
"""Each kind of source as it reads inside a sentence."""

GEEN_BRON = "Voor dit signaal is nog geen bron genoemd."

OORDEEL_NA_AANBOD = {
    Oordeel.TOEREIKEND: "Dat aanbod is toereikend.",
    Oordeel.DEELS: "Dat aanbod is maar deels toereikend: er is een lacune.",
    Oordeel.ONTBREEKT: "Een passend aanbod ontbreekt: er is een lacune.",
}
"""The judgement of the services, after the author described them."""

OORDEEL_ZONDER_AANBOD = {
    Oordeel.TOEREIKEND: "Het bestaande aanbod is toereikend.",
    Oordeel.DEELS: (
        "Het bestaande aanbod is maar deels toereikend: er is een lacune."
    ),
    Oordeel.ONTBREEKT: "Een passend aanbod ontbreekt: er is een lacune.",
}
"""The judgement of the services, when the author described none."""

OORDEEL_KORT = {
    Oordeel.DEELS: "Het aanbod is maar deels toereikend.",
    Oordeel.ONTBREEKT: "Een passend aanbod ontbreekt.",
}
"""The judgement of a lacune, in the list of lacunes."""

AANBOD = "Aanbod:"
OPLOSSING = "Mogelijke oplossing:"
NODIG = "Nodig:"
GEEN_OPLOSSING = "Een oplossing is nog niet genoemd."
VRAGEN = "Nog uit te zoeken:"
METHODEN = "Aanpak:"

GEEN_SIGNALEN = "Bij dit thema zijn geen signalen opgetekend."
KENNISLEEMTE = "Kennisleemte."
KENNISLEEMTE_UITLEG = (
    "De auteurs hebben over dit thema geen beeld. Dat is zelf een "
    "bevinding: hier is kennisontwikkeling nodig, bij voorkeur samen met "
    "bewoners."
)

GEGENEREERD = (
    "Voor dit domein is geen samenvattende analyse geschreven. Wat volgt "
    "is automatisch samengesteld uit de weging: de signalen die in dit "
    "domein het zwaarst wegen."
)
GEGENEREERD_ZONDER_SCORE = (
    "Voor dit domein is geen samenvattende analyse geschreven, en geen van "
    "de signalen is op de criteria beoordeeld. Een samenvatting uit de "
    "weging is daarom niet te maken."
)
GEEN_DOMEINSIGNALEN = (
    "In dit domein zijn geen signalen opgetekend; er valt niets samen te "
    "vatten."
)

PER_DOMEIN_UITLEG = (
    "De tabel telt per domein de signalen, de inhoudelijke speerpunten, "
    "de speerpunten voor kennisontwikkeling, de lacunes in het aanbod en "
    "de thema's die een kennisleemte zijn. Hoe de signalen samenhangen, "
    "staat in de samenvattende analyse bij elk domein."
)
PER_DOMEIN_KOLOMMEN = (
    "Domein",
    "Signalen",
    "Speer\u00adpunten",
    "Kennis\u00adontwikkeling",
    "Lacunes",
    "Kennis\u00adleemtes",
)
PER_DOMEIN_BREEDTES = (5.0, 1.9, 2.1, 2.9, 1.8, 2.2)

GEEN_SPEERPUNTEN_DOMEIN = "In dit domein is geen signaal speerpunt geworden."
GEEN_SPEERPUNTEN = (
    "Geen enkel signaal voldoet aan de regels voor een speerpunt. Kijk of "
    "de signalen volledig zijn beoordeeld."
)
KENNIS_SPEERPUNT_UITLEG = (
    "Naast de inhoudelijke speerpunten is kennisontwikkeling zelf een "
    "speerpunt. De signalen hieronder wegen zwaar, maar rusten nog op te "
    "weinig bronnen. Zoek ze eerst verder uit, bij voorkeur samen met "
    "bewoners en met aandacht voor bewoners die minder goed in beeld zijn."
)
KENNISLEEMTES_ALS_SPEERPUNT = (
    "Ook over de volgende thema's is kennis nodig, omdat de auteurs er "
    "geen beeld van hebben:"
)

LACUNES_UITLEG = (
    "Er is een lacune waar het bestaande aanbod een signaal maar deels of "
    "helemaal niet beantwoordt. Per domein staan hier de lacunes, met de "
    "oplossing die de auteurs voor mogelijk houden."
)
GEEN_LACUNES_DOMEIN = (
    "In dit domein is geen lacune in het aanbod gesignaleerd."
)
BELEIDSLEEMTES_UITLEG = (
    "Bij deze signalen ontbreekt volgens de auteurs passend beleid van de "
    "gemeente:"
)
GEEN_AANBEVELINGEN = "De auteurs hebben geen aanbevelingen opgenomen."

BIJLAGE_UITLEG = (
    (
        "Deze tabel bevat elk signaal, in de volgorde van de weging; "
        "signalen met een gelijke score delen een plaats (Nr.). Het signaal "
        "staat er met zijn eerste zin; de volledige tekst staat bij zijn "
        "thema."
    ),
    (
        "De kolommen U, B, T, H en W geven de beoordeling op urgentie, "
        "belang, toekomstgericht, haalbaar en Wmo-proof: 0 niet, 1 "
        "enigszins, 2 duidelijk, 3 sterk; een streepje betekent niet "
        "beoordeeld. De kolom Beleid zegt of het signaal past in het beleid "
        "van de gemeente of daarin ontbreekt. De score is het gewogen "
        "gemiddelde van de beoordeelde criteria, van 0 tot 1; daaronder "
        "staat op hoeveel van de zes criteria hij rust."
    ),
    (
        "De onderbouwing volgt uit de bronnen: geen (geen bron genoemd), zwak "
        "(alleen eigen waarneming, eigen rapportage of een andere bron), "
        "redelijk (ook een bron van buiten) of sterk (een rapportage of "
        "cijfers én een bijeenkomst met bewoners of partners, of drie soorten "
        "bronnen van buiten). De laatste kolom zegt of en waarom het signaal "
        "is opgenomen."
    ),
)
BIJLAGE_KOLOMMEN = (
    "Nr.",
    "Signaal",
    "Thema",
    "U",
    "B",
    "T",
    "H",
    "W",
    "Beleid",
    "Score",
    "Onder\u00adbouwing",
    "Uitkomst",
)
BIJLAGE_BREEDTES = (1.0, 6.2, 3.3, 0.8, 0.8, 0.8, 0.8, 0.8, 2.3, 1.5, 2.2, 5.7)
BELEID_KORT = {
    Beleidstoets.PAST: "past",
    Beleidstoets.ONTBREEKT: "ontbreekt",
    Beleidstoets.ONBEKEND: "onbekend",
}
GEEN_SIGNALEN_BIJLAGE = "Er zijn geen signalen opgetekend."
NIET_BEOORDEELD = "–"
