"""The explanation on the voorblad: how to fill in the form.

Each item is a term and a short Dutch explanation; the criteria and their
scale come from `wijkanalyse.beoordeling`, so the explanation cannot drift
from what the reader accepts.
"""

from __future__ import annotations

from wijkanalyse.beoordeling import Beleidstoets, Criterium, Mate
from wijkanalyse.exporters.invulschema import layout


def _schaal() -> str:
    woorden = [m.label for m in Mate]
    cijfers = [str(m.value) for m in Mate]
    beleid = [b.label for b in Beleidstoets]
    return (
        f"Bij de eerste vijf criteria kiest u {', '.join(woorden[:-1])} of "
        f"{woorden[-1]}; typen mag ook, in hoofd- of kleine letters, of als "
        f"cijfer {', '.join(cijfers[:-1])} of {cijfers[-1]}. Bij toetsing "
        f"aan beleid kiest u {', '.join(beleid[:-1])} of {beleid[-1]}: "
        "ontbreekt een onderwerp in het beleid, dan is dat juist een "
        "bevinding. Een lege cel betekent dat u het criterium (nog) niet "
        "hebt gewogen."
    )


def _criteria() -> tuple[tuple[str, str], ...]:
    return tuple(
        (c.label[0].upper() + c.label[1:], c.uitleg[0].upper() + c.uitleg[1:])
        for c in Criterium
    )


UITLEG: tuple[tuple[str, str], ...] = (
    (
        "Waarvoor",
        (
            "Met dit schema legt u vast wat u in de wijk waarneemt: per "
            "leefdomein en per thema uw signalen, waarop ze berusten, hoe het "
            "bestaande aanbod erop aansluit en wat u nog wilt uitzoeken. "
            "Daarna worden de signalen gewogen en samengevat in een verslag."
        ),
    ),
    (
        "Invullen",
        (
            "Elk leefdomein heeft een eigen blad. Onder elke gekleurde "
            "themaregel schrijft u één signaal per regel. Meer regels nodig? "
            "Klik met de rechtermuisknop op het regelnummer van een lege "
            "regel onder het thema en kies Invoegen. Lege regels mogen "
            "blijven staan."
        ),
    ),
    (
        "Signaal",
        (
            "Een probleem, kans, behoefte of vraag die u bij bewoners ziet. "
            "Ook positieve signalen tellen mee. Raakt een signaal meer "
            "thema's, noem die dan in de kolom 'Ook bij thema's', elk op een "
            "eigen regel in de cel (Alt+Enter). Zet niet meer signalen in één "
            "cel: elk signaal wordt apart gewogen."
        ),
    ),
    (
        "Bron",
        (
            "Waarop het signaal berust: een rapportage (van uw eigen "
            "organisatie, de gemeente of een andere organisatie), een "
            "bewonersbijeenkomst, een overleg met partners, uw eigen "
            "systematische observatie of cijfers. Eén bron per regel: een "
            "tweede bron zet u op een nieuwe regel direct onder het signaal, "
            "met alleen de kolommen Bron en Soort bron ingevuld."
        ),
    ),
    (
        "Analyse aanbod",
        (
            "De belangrijkste kolom: welk aanbod er al is en hoe het "
            "aansluit. Bij 'Oordeel aanbod' kiest u of het toereikend is, "
            "deels toereikend, of ontbreekt; bij 'Wat is nodig' schrijft u "
            "wat er moet komen."
        ),
    ),
    (
        "Kennisontwikkeling",
        (
            "Wat u nog wilt weten om het signaal te onderbouwen, en hoe u dat "
            "uitzoekt: liefst samen met bewoners, ook met wie minder goed in "
            "beeld is."
        ),
    ),
    *_criteria(),
    ("Schaal", _schaal()),
    (
        "Id",
        (
            "Het grijze nummer in de laatste kolom houdt een signaal "
            "herkenbaar als het schema weer wordt ingelezen. Laat het staan; "
            "een nieuw signaal krijgt vanzelf een nummer."
        ),
    ),
    (
        layout.SAMENVATTING,
        (
            "Op het laatste blad schrijft u per domein een samenvattende "
            "analyse, noemt u de thema's waarover u (nog) geen beeld hebt "
            "(kennisleemtes) en geeft u uw conclusies en aanbevelingen."
        ),
    ),
    (
        "Beveiliging",
        (
            "Koppen en thema's zijn beveiligd tegen per ongeluk wijzigen, "
            "zonder wachtwoord. Regels invoegen en verwijderen kan gewoon."
        ),
    ),
)
"""The explanation, term by term, in the order it is shown."""
