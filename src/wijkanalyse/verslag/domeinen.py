"""The domain chapters: a paragraph per theme and the domain's synthesis.

Each signal is written in its main theme as running text: a paragraph
with the author's words and one sentence naming its kind, id and sources;
a paragraph with the analysis of the services (what exists, whether it is
enough, what is needed); a paragraph with what is still to be found out.
A theme without signals says so; a theme that is a kennisleemte is named
as one; a signal that also concerns another theme is pointed to from
there. A domain without the author's synthesis gets a clearly labelled one
made from the weighing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wijkanalyse.criteria import Opname
from wijkanalyse.verslag import teksten
from wijkanalyse.verslag.budget import PAGINABUDGET
from wijkanalyse.verslag.model import (
    Alinea,
    Blok,
    Fragment,
    Nadruk,
    Opsomming,
    Sectie,
)
from wijkanalyse.verslag.taal import aantal, alineas, opsomming, score, zin

if TYPE_CHECKING:
    from wijkanalyse.analyse import Signaal
    from wijkanalyse.criteria import Uitslag
    from wijkanalyse.model import Domein, Participatievorm
    from wijkanalyse.verslag.context import Context

STERKSTE = 3
"""How many signals a generated synthesis names."""


def domein_sectie(ctx: Context, domein: Domein) -> Sectie:
    """The chapter of one domain, with its page budget."""
    inhoud: list[Blok] = []
    doel = ctx.domein_doel(domein)
    if doel:
        tekst = " · ".join(doel)
        inhoud.append(Alinea((Fragment(tekst, Nadruk.CURSIEF),)))
    inhoud.extend(thema_sectie(ctx, v) for v in domein.participatievormen)
    inhoud.append(synthese_sectie(ctx, domein))
    return Sectie(
        ctx.domein_titel(domein),
        1,
        tuple(inhoud),
        budget=PAGINABUDGET.get(domein.nummer),
        nieuwe_pagina=True,
    )


def thema_sectie(ctx: Context, vorm: Participatievorm) -> Sectie:
    """The paragraph(s) of one theme, under its own heading."""
    eigen = ctx.analyse.signalen_bij(vorm.sleutel)
    elders = tuple(
        s for s in ctx.analyse.signalen if vorm.sleutel in s.andere_themas
    )
    blokken: list[Blok] = [b for s in eigen for b in signaal_blokken(ctx, s)]
    if vorm.sleutel in ctx.analyse.kennisleemtes:
        blokken.append(
            Alinea(
                (
                    Fragment(teksten.KENNISLEEMTE, Nadruk.VET),
                    f" {teksten.KENNISLEEMTE_UITLEG}",
                )
            )
        )
    elif not eigen and not elders:
        blokken.append(Alinea((teksten.GEEN_SIGNALEN,)))
    if elders:
        blokken.append(Alinea((_verwijzing(ctx, elders, eigen=bool(eigen)),)))
    return Sectie(ctx.thema_naam(vorm.sleutel), 2, tuple(blokken))


def _verwijzing(
    ctx: Context, signalen: tuple[Signaal, ...], *, eigen: bool
) -> str:
    delen = [
        f"{ctx.signaal_id(s)} bij {ctx.thema_naam(s.thema)}" for s in signalen
    ]
    if len(delen) == 1:
        wie, werkwoord = f"signaal {delen[0]}", "raakt"
    else:
        wie, werkwoord = f"de signalen {opsomming(delen)}", "raken"
    if eigen:
        return f"Ook {wie} {werkwoord} dit thema."
    return (
        f"Er staan hier geen eigen signalen, maar {wie} {werkwoord} dit "
        "thema wel."
    )


def signaal_blokken(ctx: Context, signaal: Signaal) -> tuple[Alinea, ...]:
    """One signal as running text: what was seen, the services, questions.

    The first paragraph holds the author's words and the sentence naming
    the signal's kind, id and sources; the second the analysis of the
    services; the third what is still to be found out. Paragraphs without
    content are left out.
    """
    eerste: list[Fragment | str] = [
        ctx.signaaltekst(signaal),
        f" {_bronnen(ctx, signaal)}",
    ]
    andere = [
        ctx.thema_naam(t) for t in signaal.andere_themas if t != signaal.thema
    ]
    if len(andere) == 1:
        eerste.append(f" Het raakt ook het thema {andere[0]}.")
    elif andere:
        eerste.append(f" Het raakt ook de thema's {opsomming(andere)}.")
    rest = (_aanbod(ctx, signaal), _kennis(ctx, signaal))
    return (
        Alinea(tuple(eerste)),
        *(Alinea(tuple(delen)) for delen in rest if delen),
    )


def _label(tekst: str) -> Fragment:
    return Fragment(tekst, Nadruk.CURSIEF)


def _bronnen(ctx: Context, signaal: Signaal) -> str:
    if not signaal.bronnen:
        return teksten.GEEN_BRON
    delen = []
    for j, bron in enumerate(signaal.bronnen):
        soort = teksten.BRON[bron.soort]
        omschrijving = tussen_haakjes(
            ctx.veld(signaal, f"bronnen[{j}].omschrijving", bron.omschrijving)
        )
        delen.append(f"{soort} ({omschrijving})" if omschrijving else soort)
    onderwerp = (
        teksten.ONDERWERP_POSITIEF
        if signaal.positief
        else teksten.ONDERWERP[signaal.soort]
    )
    return (
        f"{onderwerp} ({ctx.signaal_id(signaal)}) komt naar voren uit "
        f"{opsomming(delen)}."
    )


def _aanbod(ctx: Context, signaal: Signaal) -> list[Fragment | str]:
    aanbod = signaal.aanbod
    bestaand = ctx.veld(signaal, "aanbod.bestaand", aanbod.bestaand)
    nodig = ctx.veld(signaal, "aanbod.nodig", aanbod.nodig)
    delen: list[Fragment | str] = []
    if bestaand:
        delen.extend((_label(teksten.AANBOD), f" {zin(bestaand)}"))
    if aanbod.oordeel is not None:
        oordelen = (
            teksten.OORDEEL_NA_AANBOD
            if bestaand
            else teksten.OORDEEL_ZONDER_AANBOD
        )
        delen.append(f" {oordelen[aanbod.oordeel]}")
    if nodig:
        label = teksten.OPLOSSING if aanbod.is_lacune else teksten.NODIG
        delen.extend((" ", _label(label), f" {zin(nodig)}"))
    return _zonder_voorloopspatie(delen)


def _kennis(ctx: Context, signaal: Signaal) -> list[Fragment | str]:
    kennis = signaal.kennisontwikkeling
    vragen = ctx.veld(signaal, "kennisontwikkeling.vragen", kennis.vragen)
    methoden = ctx.veld(
        signaal, "kennisontwikkeling.methoden", kennis.methoden
    )
    delen: list[Fragment | str] = []
    if vragen:
        delen.extend((_label(teksten.VRAGEN), f" {zin(vragen)}"))
    if methoden:
        delen.extend((" ", _label(teksten.METHODEN), f" {zin(methoden)}"))
    return _zonder_voorloopspatie(delen)


def _zonder_voorloopspatie(
    delen: list[Fragment | str],
) -> list[Fragment | str]:
    while delen and isinstance(delen[0], str) and not delen[0].strip():
        delen.pop(0)
    if delen and isinstance(delen[0], str):
        delen[0] = delen[0].lstrip()
    return delen


def tussen_haakjes(tekst: str) -> str:
    """*tekst* fit to stand between brackets: without a final full stop."""
    tekst = tekst.strip()
    if tekst.endswith(".") and not tekst.endswith(".."):
        return tekst[:-1].rstrip()
    return tekst


def synthese_sectie(ctx: Context, domein: Domein) -> Sectie:
    """The domain's synthesis: the author's, or one made from the weighing."""
    kop = teksten.samenvattende_analyse(domein.nummer)
    for i, item in enumerate(ctx.analyse.synthese):
        if item.domein == domein.nummer and item.tekst:
            eigen = ctx.tekst(
                item.tekst, f"synthese[{i}] (domein {item.domein})"
            )
            return Sectie(kop, 2, tuple(Alinea((a,)) for a in alineas(eigen)))
    return Sectie(kop, 2, _gegenereerd(ctx, domein))


def _gegenereerd(ctx: Context, domein: Domein) -> tuple[Blok, ...]:
    uitslagen = [
        u for u in ctx.selectie.uitslagen if u.domein == domein.nummer
    ]
    if not uitslagen:
        return (Alinea((teksten.GEEN_DOMEINSIGNALEN,), toelichting=True),)
    gescoord = [u for u in uitslagen if u.score.waarde is not None]
    if not gescoord:
        return (
            Alinea((teksten.GEGENEREERD_ZONDER_SCORE,), toelichting=True),
            Alinea((_telling(uitslagen),)),
        )
    return (
        Alinea((teksten.GEGENEREERD,), toelichting=True),
        Opsomming(tuple(_sterk(ctx, u) for u in gescoord[:STERKSTE])),
        Alinea((_telling(uitslagen),)),
    )


def _sterk(ctx: Context, uitslag: Uitslag) -> Alinea:
    return Alinea(
        (
            *ctx.aanduiding(uitslag.signaal),
            (
                f" Score {score(uitslag.score.waarde or 0.0)}, onderbouwing "
                f"{uitslag.onderbouwing.label}."
            ),
        )
    )


def _telling(uitslagen: list[Uitslag]) -> str:
    n = len(uitslagen)
    speerpunten = sum(u.opname is Opname.SPEERPUNT for u in uitslagen)
    kennis = sum(u.opname is Opname.KENNISONTWIKKELING for u in uitslagen)
    lacunes = sum(u.signaal.aanbod.is_lacune for u in uitslagen)
    eerste = (
        f"In dit domein {'is' if n == 1 else 'zijn'} "
        f"{aantal(n, 'signaal', 'signalen')} opgetekend"
    )
    if speerpunten or kennis:
        gekozen = [
            aantal(speerpunten, "speerpunt", "speerpunten")
            if speerpunten
            else "",
            f"{aantal(kennis, 'speerpunt', 'speerpunten')} voor "
            "kennisontwikkeling"
            if kennis
            else "",
        ]
        totaal = speerpunten + kennis
        eerste += (
            f"; daaruit {'volgt' if totaal == 1 else 'volgen'} "
            f"{opsomming(gekozen)}"
        )
    elif n == 1:
        eerste += "; het is geen speerpunt geworden"
    else:
        eerste += "; geen ervan is speerpunt geworden"
    tweede = (
        f"Er {'is' if lacunes == 1 else 'zijn'} "
        f"{aantal(lacunes, 'lacune', 'lacunes')} in het aanbod gesignaleerd."
    )
    return f"{eerste}. {tweede}"
