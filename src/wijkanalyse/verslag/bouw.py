"""Build the `Verslag` of an analysis, in the order of appendix 2.

The report holds, in order: a title block (wijk, authors with their role,
date); a table of contents; an introduction with the table of domains and
participatievormen; the criteria and how they were weighed; a chapter per
domain (`wijkanalyse.verslag.domeinen`); the closing chapter and the
appendix (`wijkanalyse.verslag.slot`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wijkanalyse.analyse import Rol
from wijkanalyse.beoordeling import Criterium
from wijkanalyse.criteria import select
from wijkanalyse.verslag import teksten
from wijkanalyse.verslag.context import Context
from wijkanalyse.verslag.domeinen import domein_sectie
from wijkanalyse.verslag.model import (
    Alinea,
    Blok,
    Fragment,
    Inhoudsopgave,
    Nadruk,
    Opsomming,
    Sectie,
    Tabel,
    Titelblok,
    Verslag,
)
from wijkanalyse.verslag.slot import bijlage_sectie, slot_sectie
from wijkanalyse.verslag.taal import datum

if TYPE_CHECKING:
    from wijkanalyse.analyse import Auteur, Wijkanalyse
    from wijkanalyse.criteria import Selectie, Selectieregels, Weging
    from wijkanalyse.model import Participatiemodel


def build_verslag(
    analyse: Wijkanalyse,
    model: Participatiemodel,
    weging: Weging | None = None,
    regels: Selectieregels | None = None,
) -> Verslag:
    """Weigh *analyse* and build its report.

    The analysis need not have been validated: a text holding characters
    no document can store is cleaned, and each cleaning is reported as a
    warning in `Verslag.problemen` with the signal id and field.

    Args:
        analyse: The filled instrument.
        model: Its participatiemodel.
        weging: Weights per criterion; equal when omitted.
        regels: The rules for choosing speerpunten; the defaults when
            omitted.

    Returns:
        The report as plain data, ready for any report exporter.
    """
    return verslag_van(select(analyse, model, weging, regels))


def verslag_van(selectie: Selectie) -> Verslag:
    """The report of an analysis that has already been weighed."""
    ctx = Context(selectie)
    inhoud: tuple[Blok, ...] = (
        Inhoudsopgave(teksten.INHOUD, diepte=2),
        _inleiding(ctx),
        _criteria(ctx),
        *(domein_sectie(ctx, d) for d in ctx.model.domeinen),
        slot_sectie(ctx),
        bijlage_sectie(ctx),
    )
    titelblok = _titelblok(ctx)
    auteurs = ", ".join(
        ctx.tekst(a.naam, f"auteurs[{i}].naam")
        for i, a in enumerate(ctx.analyse.auteurs)
    )
    return Verslag(
        titelblok=titelblok,
        inhoud=inhoud,
        auteur=auteurs,
        datum=ctx.analyse.datum,
        problemen=tuple(ctx.problemen),
    )


def _titelblok(ctx: Context) -> Titelblok:
    analyse = ctx.analyse
    wijk = ctx.tekst(analyse.wijk.naam, "wijk.naam")
    code = ctx.tekst(analyse.wijk.code or "", "wijk.code")
    auteurs = [_auteur(ctx, i, a) for i, a in enumerate(analyse.auteurs)]
    model = ctx.model
    return Titelblok(
        titel=teksten.TITEL,
        ondertitel=f"Wijk {wijk}",
        gegevens=(
            ("Wijk", f"{wijk} (CBS-code {code})" if code else wijk),
            (
                "Auteur" if len(auteurs) == 1 else "Auteurs",
                "; ".join(auteurs) or "niet vermeld",
            ),
            ("Datum", datum(analyse.datum)),
            (
                "Participatiemodel",
                ctx.tekst(f"{model.naam} (versie {model.versie})", "model"),
            ),
        ),
    )


def _auteur(ctx: Context, index: int, auteur: Auteur) -> str:
    plaats = f"auteurs[{index}]"
    naam = ctx.tekst(auteur.naam, f"{plaats}.naam")
    rol = auteur.rol.value
    functie = ctx.tekst(auteur.functie, f"{plaats}.functie")
    if functie and auteur.rol is Rol.ANDERS:
        rol = functie
    organisatie = ctx.tekst(auteur.organisatie, f"{plaats}.organisatie")
    details = ", ".join(d for d in (rol, organisatie) if d)
    return f"{naam} ({details})"


def _inleiding(ctx: Context) -> Sectie:
    wijk = ctx.tekst(ctx.analyse.wijk.naam, "wijk.naam")
    blokken: list[Blok] = [
        Alinea((t,)) for t in teksten.inleiding(wijk, len(ctx.model.domeinen))
    ]
    blokken.append(_domeintabel(ctx))
    blokken.append(Alinea((teksten.leeswijzer(ctx.deel_slot),)))
    return Sectie(teksten.INLEIDING, 1, tuple(blokken), nieuwe_pagina=True)


def _domeintabel(ctx: Context) -> Tabel:
    rijen = []
    for domein in ctx.model.domeinen:
        kop = ctx.domein_titel(domein)
        doel = ctx.domein_doel(domein)
        vormen = "\n".join(
            ctx.thema_naam(v.sleutel) for v in domein.participatievormen
        )
        rijen.append(("\n".join((kop, *doel)), vormen))
    return Tabel(teksten.DOMEINTABEL, tuple(rijen), breedtes=(1.0, 1.0))


def _criteria(ctx: Context) -> Sectie:
    items = tuple(
        Alinea((Fragment(naam, Nadruk.VET), f": {vraag}"))
        for naam, vraag in map(teksten.criterium_item, Criterium)
    )
    uitleg = teksten.criteria_uitleg(ctx.selectie.weging, ctx.selectie.regels)
    return Sectie(
        teksten.CRITERIA,
        1,
        (
            Alinea((teksten.CRITERIA_INLEIDING,)),
            Opsomming(items, genummerd=True),
            *(Alinea((t,)) for t in uitleg),
        ),
    )
