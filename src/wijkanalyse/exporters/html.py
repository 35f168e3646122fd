"""The verslag as one self-contained HTML file, ready to read and to print.

Everything sits in the one file: no scripts, no fonts or pictures to fetch.
A screen stylesheet keeps lines readable; a print stylesheet gives A4
pages, starts chapters on a new page where the report asks for it, prints
wide tables on landscape pages and repeats table header rows. Every text
from the report is escaped, so what the authors wrote is shown, never run.

The table of contents links to the headings. Page budgets are a Word
matter, so the only warnings returned are those found while building the
report.
"""

from __future__ import annotations

import itertools
from html import escape
from typing import TYPE_CHECKING, ClassVar

from wijkanalyse.exporters.tekstverslag import TekstVerslag
from wijkanalyse.verslag.model import (
    Alinea,
    Blok,
    Fragment,
    Inhoudsopgave,
    Nadruk,
    Opsomming,
    Sectie,
    Tabel,
    Verslag,
)

if TYPE_CHECKING:
    from collections.abc import Iterator


STYLE = """\
body{font-family:Calibri,Carlito,"Segoe UI",Arial,sans-serif;line-height:1.45;
max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.9rem;margin-bottom:.2rem}
h2{font-size:1.45rem;margin-top:2.2rem;border-bottom:1px solid #bbb}
h3{font-size:1.15rem;margin-top:1.6rem}h4{font-size:1rem}
.ondertitel{font-size:1.2rem;color:#444;margin-top:0}
dl.gegevens{display:grid;grid-template-columns:max-content auto;gap:.1rem 1rem}
dl.gegevens dt{font-weight:bold}dl.gegevens dd{margin:0}
p.toelichting{font-style:italic;color:#555;border-left:3px solid #bbb;
padding-left:.6rem}
table{border-collapse:collapse;margin:1rem 0;font-size:.9rem}
th,td{border:1px solid #999;padding:.25rem .45rem;text-align:left;
vertical-align:top}
th{background:#eee}
section.liggend{max-width:none}
nav.inhoud ol{list-style:none;padding-left:1.2rem}
@media screen{section.liggend{overflow-x:auto}}
@page{size:A4;margin:2cm}
@page liggend{size:A4 landscape;margin:1.5cm}
@media print{
body{max-width:none;margin:0;padding:0;font-size:11pt}
a{color:inherit;text-decoration:none}
section.nieuwe-pagina{break-before:page}
section.liggend{page:liggend;break-before:page}
h2,h3,h4{break-after:avoid}
tr,li{break-inside:avoid}
thead{display:table-header-group}
}
"""


def _fragment(fragment: Fragment) -> str:
    text = escape(fragment.tekst).replace("\n", "<br>")
    if fragment.nadruk is Nadruk.VET:
        return f"<strong>{text}</strong>"
    if fragment.nadruk is Nadruk.CURSIEF:
        return f"<em>{text}</em>"
    return text


def _alinea(blok: Alinea) -> str:
    body = "".join(_fragment(f) for f in blok.fragmenten)
    klasse = ' class="toelichting"' if blok.toelichting else ""
    return f"<p{klasse}>{body}</p>"


def _opsomming(blok: Opsomming) -> str:
    tag = "ol" if blok.genummerd else "ul"
    items = "".join(
        f"<li>{''.join(_fragment(f) for f in item.fragmenten)}</li>"
        for item in blok.items
    )
    return f"<{tag}>{items}</{tag}>"


def _cel(tag: str, text: str) -> str:
    return f"<{tag}>{escape(text).replace(chr(10), '<br>')}</{tag}>"


def _tabel(blok: Tabel) -> str:
    head = "".join(_cel("th", k) for k in blok.kolommen)
    body = "".join(
        "<tr>" + "".join(_cel("td", c) for c in rij) + "</tr>"
        for rij in blok.rijen
    )
    return (
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


class _Renderer:
    """Walks a report, giving each heading an anchor for the contents."""

    def __init__(self, verslag: Verslag) -> None:
        self.verslag = verslag
        counter = itertools.count(1)
        self.anchors = {id(s): f"h{next(counter)}" for s in verslag.secties()}

    def blokken(self, blokken: tuple[Blok, ...]) -> Iterator[str]:
        for blok in blokken:
            if isinstance(blok, Sectie):
                yield self.sectie(blok)
            elif isinstance(blok, Alinea):
                yield _alinea(blok)
            elif isinstance(blok, Opsomming):
                yield _opsomming(blok)
            elif isinstance(blok, Tabel):
                yield _tabel(blok)
            else:
                yield self.inhoudsopgave(blok)

    def sectie(self, blok: Sectie) -> str:
        klassen = [
            naam
            for naam, aan in (
                ("nieuwe-pagina", blok.nieuwe_pagina),
                ("liggend", blok.liggend),
            )
            if aan
        ]
        attribuut = f' class="{" ".join(klassen)}"' if klassen else ""
        niveau = blok.niveau + 1
        kop = (
            f'<h{niveau} id="{self.anchors[id(blok)]}">'
            f"{escape(blok.kop)}</h{niveau}>"
        )
        inhoud = "".join(self.blokken(blok.inhoud))
        return f"<section{attribuut}>{kop}{inhoud}</section>"

    def inhoudsopgave(self, blok: Inhoudsopgave) -> str:
        return (
            f'<nav class="inhoud"><h2>{escape(blok.kop)}</h2>'
            f"{self.lijst(self.verslag.inhoud, 1, blok.diepte)}</nav>"
        )

    def lijst(
        self, blokken: tuple[Blok, ...], niveau: int, diepte: int
    ) -> str:
        items = []
        for blok in blokken:
            if not isinstance(blok, Sectie) or blok.niveau != niveau:
                continue
            sub = (
                self.lijst(blok.inhoud, niveau + 1, diepte)
                if niveau < diepte
                else ""
            )
            items.append(
                f'<li><a href="#{self.anchors[id(blok)]}">'
                f"{escape(blok.kop)}</a>{sub}</li>"
            )
        return f"<ol>{''.join(items)}</ol>" if items else ""

    def titelblok(self) -> str:
        kop = self.verslag.titelblok
        parts = [f"<h1>{escape(kop.titel)}</h1>"]
        if kop.ondertitel:
            parts.append(f'<p class="ondertitel">{escape(kop.ondertitel)}</p>')
        if kop.gegevens:
            rows = "".join(
                f"<dt>{escape(label)}</dt><dd>{escape(waarde)}</dd>"
                for label, waarde in kop.gegevens
            )
            parts.append(f'<dl class="gegevens">{rows}</dl>')
        return f"<header>{''.join(parts)}</header>"


def fragment(verslag: Verslag) -> str:
    """The report as an HTML fragment (title block and body), unstyled."""
    renderer = _Renderer(verslag)
    return renderer.titelblok() + "".join(renderer.blokken(verslag.inhoud))


def render(verslag: Verslag) -> str:
    """The report as one complete, self-contained HTML document."""
    titel = escape(verslag.titelblok.titel)
    return (
        '<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"\n<title>{titel}</title>\n<style>\n{STYLE}</style>\n</head>\n"
        f"<body>\n{fragment(verslag)}\n</body>\n</html>\n"
    )


class HtmlExporter(TekstVerslag):
    """Writes the verslag as one self-contained HTML file."""

    name = "html"
    suffixes: ClassVar[tuple[str, ...]] = (".html", ".htm")
    description = "verslag als één HTML-bestand, om te lezen en af te drukken"

    def render(self, verslag: Verslag) -> str:
        """The whole report as text."""
        return render(verslag)
