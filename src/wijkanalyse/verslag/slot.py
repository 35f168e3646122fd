"""The closing chapter (summary and conclusions) and the appendix.

The closing chapter follows the four items of appendix 2: a summary per
domain, the speerpunten (each with the reason the weighing gives, and
knowledge development as a speerpunt of its own where it applies), the
lacunes with their possible solutions, and the aanbevelingen. The
appendix lists every signal with its assessment, score and onderbouwing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wijkanalyse.beoordeling import ORDINALE_CRITERIA, Criterium
from wijkanalyse.criteria import Opname
from wijkanalyse.verslag import teksten
from wijkanalyse.verslag.model import (
    Alinea,
    Blok,
    Fragment,
    Nadruk,
    Opsomming,
    Sectie,
    Tabel,
)
from wijkanalyse.verslag.taal import aantal, alineas, opsomming, score, zin

if TYPE_CHECKING:
    from wijkanalyse.criteria import Lacune, Uitslag
    from wijkanalyse.model import Domein
    from wijkanalyse.verslag.context import Context

_AANTAL_CRITERIA = len(Criterium)


def slot_sectie(ctx: Context) -> Sectie:
    """The chapter "Samenvatting en conclusies"."""
    conclusies = ctx.tekst(ctx.analyse.conclusies, "conclusies")
    inhoud: list[Blok] = [Alinea((a,)) for a in alineas(conclusies)]
    inhoud.extend(
        (
            _per_domein(ctx),
            _speerpunten(ctx),
            _lacunes(ctx),
            _aanbevelingen(ctx),
        )
    )
    return Sectie(
        f"{ctx.deel_slot} {teksten.SAMENVATTING}",
        1,
        tuple(inhoud),
        nieuwe_pagina=True,
    )


def _per_domein(ctx: Context) -> Sectie:
    uitslagen = ctx.selectie.uitslagen
    rijen = []
    for domein in ctx.model.domeinen:
        eigen = [u for u in uitslagen if u.domein == domein.nummer]
        sleutels = {v.sleutel for v in domein.participatievormen}
        leemtes = sum(s in sleutels for s in set(ctx.analyse.kennisleemtes))
        rijen.append(
            (
                ctx.domein_titel(domein),
                str(len(eigen)),
                str(sum(u.opname is Opname.SPEERPUNT for u in eigen)),
                str(sum(u.opname is Opname.KENNISONTWIKKELING for u in eigen)),
                str(sum(u.signaal.aanbod.is_lacune for u in eigen)),
                str(leemtes),
            )
        )
    tabel = Tabel(
        teksten.PER_DOMEIN_KOLOMMEN,
        tuple(rijen),
        breedtes=teksten.PER_DOMEIN_BREEDTES,
    )
    return Sectie(
        teksten.PER_DOMEIN, 2, (Alinea((teksten.PER_DOMEIN_UITLEG,)), tabel)
    )


def _speerpunten(ctx: Context) -> Sectie:
    gekozen = ctx.selectie.speerpunten
    inhoudelijk = [u for u in gekozen if u.opname is Opname.SPEERPUNT]
    kennis = [u for u in gekozen if u.opname is Opname.KENNISONTWIKKELING]
    blokken: list[Blok] = [
        Alinea((_speerpunten_inleiding(inhoudelijk, kennis),))
    ]
    for domein in ctx.model.domeinen:
        items = [
            _speerpunt(ctx, u)
            for u in inhoudelijk
            if u.domein == domein.nummer
        ]
        blokken.append(
            Sectie(
                ctx.domein_titel(domein),
                3,
                (Opsomming(tuple(items)),)
                if items
                else (Alinea((teksten.GEEN_SPEERPUNTEN_DOMEIN,)),),
            )
        )
    if kennis or ctx.analyse.kennisleemtes:
        blokken.append(_kennis_speerpunt(ctx, kennis))
    return Sectie(teksten.SPEERPUNTEN, 2, tuple(blokken))


def _speerpunten_inleiding(
    inhoudelijk: list[Uitslag], kennis: list[Uitslag]
) -> str:
    totaal = len(inhoudelijk) + len(kennis)
    if not totaal:
        return teksten.GEEN_SPEERPUNTEN
    delen = [
        aantal(
            len(inhoudelijk),
            "inhoudelijk speerpunt",
            "inhoudelijke speerpunten",
        )
        if inhoudelijk
        else "",
        aantal(len(kennis), "speerpunt", "speerpunten")
        + " voor kennisontwikkeling"
        if kennis
        else "",
    ]
    return (
        f"Uit de weging {'volgt' if totaal == 1 else 'volgen'} "
        f"{opsomming(delen)}. Bij elk speerpunt staat waarom het is gekozen."
    )


def _speerpunt(ctx: Context, uitslag: Uitslag) -> Alinea:
    return Alinea(
        (
            *ctx.aanduiding(uitslag.signaal),
            "\n",
            Fragment(uitslag.reden, Nadruk.CURSIEF),
        )
    )


def _kennis_speerpunt(ctx: Context, kennis: list[Uitslag]) -> Sectie:
    blokken: list[Blok] = []
    if kennis:
        blokken.append(Alinea((teksten.KENNIS_SPEERPUNT_UITLEG,)))
        blokken.append(Opsomming(tuple(_kennisvraag(ctx, u) for u in kennis)))
    leemtes = [
        s for s in ctx.analyse.kennisleemtes if ctx.model.heeft_thema(s)
    ]
    if leemtes:
        blokken.append(Alinea((teksten.KENNISLEEMTES_ALS_SPEERPUNT,)))
        blokken.append(
            Opsomming(
                tuple(
                    Alinea(
                        (
                            (
                                f"{ctx.thema_naam(s)} (domein "
                                f"{ctx.model.domein_van(s).nummer})"
                            ),
                        )
                    )
                    for s in leemtes
                )
            )
        )
    return Sectie(teksten.KENNIS_SPEERPUNT, 3, tuple(blokken))


def _kennisvraag(ctx: Context, uitslag: Uitslag) -> Alinea:
    signaal = uitslag.signaal
    kennis = signaal.kennisontwikkeling
    vragen = ctx.veld(signaal, "kennisontwikkeling.vragen", kennis.vragen)
    methoden = ctx.veld(
        signaal, "kennisontwikkeling.methoden", kennis.methoden
    )
    delen: list[Fragment | str] = [*ctx.aanduiding(signaal)]
    if vragen:
        delen.extend(("\n", _label(teksten.VRAGEN), f" {zin(vragen)}"))
    if methoden:
        delen.extend(("\n", _label(teksten.METHODEN), f" {zin(methoden)}"))
    delen.extend(("\n", Fragment(uitslag.reden, Nadruk.CURSIEF)))
    return Alinea(tuple(delen))


def _lacunes(ctx: Context) -> Sectie:
    lacunes = ctx.selectie.lacunes
    blokken: list[Blok] = [
        Alinea((teksten.LACUNES_UITLEG,)),
        *(_lacunes_van(ctx, d, lacunes) for d in ctx.model.domeinen),
    ]
    leemtes = ctx.selectie.beleidsleemtes
    if leemtes:
        items = tuple(Alinea(ctx.aanduiding(u.signaal)) for u in leemtes)
        blokken.append(
            Sectie(
                teksten.BELEIDSLEEMTES,
                3,
                (Alinea((teksten.BELEIDSLEEMTES_UITLEG,)), Opsomming(items)),
            )
        )
    return Sectie(teksten.LACUNES, 2, tuple(blokken))


def _lacunes_van(
    ctx: Context, domein: Domein, lacunes: tuple[Lacune, ...]
) -> Sectie:
    items = []
    for lacune in lacunes:
        if lacune.domein != domein.nummer:
            continue
        signaal = lacune.signaal
        oplossing = ctx.veld(signaal, "aanbod.nodig", lacune.oplossing)
        slot: list[Fragment | str] = (
            [_label(teksten.OPLOSSING), f" {zin(oplossing)}"]
            if oplossing
            else [_label(teksten.GEEN_OPLOSSING)]
        )
        items.append(
            Alinea(
                (
                    *ctx.aanduiding(signaal),
                    f" {teksten.OORDEEL_KORT[lacune.oordeel]}\n",
                    *slot,
                )
            )
        )
    inhoud: tuple[Blok, ...] = (
        (Opsomming(tuple(items)),)
        if items
        else (Alinea((teksten.GEEN_LACUNES_DOMEIN,)),)
    )
    return Sectie(ctx.domein_titel(domein), 3, inhoud)


def _label(tekst: str) -> Fragment:
    return Fragment(tekst, Nadruk.CURSIEF)


def _aanbevelingen(ctx: Context) -> Sectie:
    items = tuple(
        Alinea((zin(ctx.tekst(t, f"aanbevelingen[{i}]")),))
        for i, t in enumerate(ctx.analyse.aanbevelingen)
        if t
    )
    inhoud: tuple[Blok, ...] = (
        (Opsomming(items, genummerd=True),)
        if items
        else (Alinea((teksten.GEEN_AANBEVELINGEN,)),)
    )
    return Sectie(teksten.AANBEVELINGEN, 2, inhoud)


def bijlage_sectie(ctx: Context) -> Sectie:
    """The appendix: every signal with its weighing, on landscape pages."""
    uitslagen = ctx.selectie.uitslagen
    inhoud: tuple[Blok, ...] = (
        (
            *(Alinea((t,)) for t in teksten.BIJLAGE_UITLEG),
            Tabel(
                teksten.BIJLAGE_KOLOMMEN,
                tuple(_bijlage_rij(ctx, u) for u in uitslagen),
                breedtes=teksten.BIJLAGE_BREEDTES,
            ),
        )
        if uitslagen
        else (Alinea((teksten.GEEN_SIGNALEN_BIJLAGE,)),)
    )
    return Sectie(teksten.BIJLAGE, 1, inhoud, nieuwe_pagina=True, liggend=True)


def _bijlage_rij(ctx: Context, uitslag: Uitslag) -> tuple[str, ...]:
    signaal = uitslag.signaal
    beoordeling = signaal.beoordeling
    leeg = teksten.NIET_BEOORDEELD
    mates = tuple(
        str(int(mate)) if (mate := beoordeling.mate(c)) is not None else leeg
        for c in ORDINALE_CRITERIA
    )
    beleid = (
        teksten.BELEID_KORT[beoordeling.beleid] if beoordeling.beleid else leeg
    )
    waarde = uitslag.score.waarde
    punten = score(waarde) if waarde is not None else leeg
    dekking = f"{uitslag.score.dekking}/{_AANTAL_CRITERIA}"
    thema = ctx.thema_naam(signaal.thema)
    return (
        str(uitslag.rang),
        f"{ctx.signaal_id(signaal)}: {ctx.kern(signaal)}",
        f"{thema} ({uitslag.domein})" if uitslag.domein else thema,
        *mates,
        beleid,
        f"{punten}\n{dekking}",
        uitslag.onderbouwing.label,
        uitslag.reden,
    )
