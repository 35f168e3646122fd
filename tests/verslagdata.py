"""A small, hand-made analysis whose report we can predict, for the tests."""

from __future__ import annotations

import datetime as dt

from wijkanalyse import (
    AanbodAnalyse,
    Auteur,
    Beleidstoets,
    Beoordeling,
    Bron,
    BronSoort,
    Kennisontwikkeling,
    Mate,
    Oordeel,
    Rol,
    Signaal,
    SignaalSoort,
    Synthese,
    Wijk,
    Wijkanalyse,
    load_model,
)

MODEL = load_model()

VOL = Beoordeling(
    urgentie=Mate.DUIDELIJK,
    belang=Mate.STERK,
    toekomstgericht=Mate.STERK,
    haalbaar=Mate.DUIDELIJK,
    wmo_proof=Mate.STERK,
    beleid=Beleidstoets.PAST,
)

SIGNALEN = (
    Signaal(
        id="S001",
        thema="mantelzorg",
        tekst=(
            "Mantelzorgers in de Meeuwenflat raken overbelast. Ze vragen "
            "zelden om hulp"
        ),
        bronnen=(
            Bron(
                soort=BronSoort.BEWONERSBIJEENKOMST,
                omschrijving="Avond in buurthuis De Schelp.",
            ),
            Bron(soort=BronSoort.CIJFERS, omschrijving="Wijkmonitor 2025"),
        ),
        andere_themas=("sociale-netwerken",),
        aanbod=AanbodAnalyse(
            bestaand="Het steunpunt mantelzorg zit in het centrum",
            oordeel=Oordeel.DEELS,
            nodig="Een spreekuur in de wijk",
        ),
        kennisontwikkeling=Kennisontwikkeling(
            vragen="Hoeveel mantelzorgers zijn er?",
            methoden="Keukentafelgesprekken met bewoners",
        ),
        beoordeling=VOL,
    ),
    Signaal(
        id="S002",
        thema="budgettering",
        tekst="Gezinnen lopen achter met de huur.",
        soort=SignaalSoort.PROBLEEM,
        bronnen=(
            Bron(soort=BronSoort.OBSERVATIE, omschrijving="Huisbezoeken"),
        ),
        aanbod=AanbodAnalyse(oordeel=Oordeel.ONTBREEKT, nodig=""),
        beoordeling=Beoordeling(urgentie=Mate.STERK, belang=Mate.DUIDELIJK),
    ),
    Signaal(
        id="S003",
        thema="sport",
        tekst="Het meidenvoetbal trekt elke week twintig meisjes.",
        soort=SignaalSoort.KANS,
        positief=True,
        bronnen=(
            Bron(
                soort=BronSoort.EIGEN_RAPPORTAGE,
                omschrijving="Presentielijsten",
            ),
        ),
        aanbod=AanbodAnalyse(
            bestaand="De buurtsportcoach", oordeel=Oordeel.TOEREIKEND
        ),
        beoordeling=Beoordeling(
            belang=Mate.ENIGSZINS,
            toekomstgericht=Mate.DUIDELIJK,
            haalbaar=Mate.STERK,
            wmo_proof=Mate.DUIDELIJK,
            beleid=Beleidstoets.ONTBREEKT,
        ),
    ),
    Signaal(
        id="S004",
        thema="mantelzorg",
        tekst="Jonge mantelzorgers zijn onzichtbaar.",
        soort=SignaalSoort.VRAAG,
        bronnen=(
            Bron(
                soort=BronSoort.BIJEENKOMST_PARTNERS,
                omschrijving="Zorgoverleg",
            ),
            Bron(soort=BronSoort.GEMEENTE, omschrijving="Jeugdnota"),
        ),
        beoordeling=VOL,
    ),
)


def analyse(**changes: object) -> Wijkanalyse:
    """The test analysis of the fictional wijk De Duinrand."""
    values: dict[str, object] = {
        "wijk": Wijk(naam="De Duinrand", code="WK123401"),
        "auteurs": (
            Auteur(
                naam="Fatima Bakker",
                rol=Rol.OPBOUWWERKER,
                organisatie="Welzijn Kust",
            ),
            Auteur(
                naam="Jan de Wit", rol=Rol.ANDERS, functie="buurtconciërge"
            ),
        ),
        "datum": dt.date(2026, 12, 3),
        "signalen": SIGNALEN,
        "kennisleemtes": ("cultuur",),
        "synthese": (
            Synthese(
                domein="I",
                tekst="Mantelzorg is de rode draad.\n\nTweede alinea.",
            ),
        ),
        "conclusies": "De wijk heeft veel eigen kracht.",
        "aanbevelingen": (
            "Open een spreekuur.",
            "Zoek jonge mantelzorgers op",
        ),
    }
    values.update(changes)
    return Wijkanalyse(**values)  # type: ignore[arg-type]
