"""The verslag as Markdown, for notebooks, wikis and diffs.

The output is CommonMark with GitHub-style tables. The report's title is
the one level-1 heading; a section of level *n* gets *n* + 1 hashes. Text
the authors wrote is escaped so that it shows as written and never turns
into formatting. A line break inside a paragraph becomes a hard break (a
backslash at the end of the line); inside a table cell it becomes
``<br>``.

Things that belong to paged formats are left out: the table of contents
(wikis and notebooks make their own), page breaks, landscape pages and
soft hyphens. Page budgets are a Word matter too, so the only warnings
returned are those found while building the report.
"""

from __future__ import annotations

import re
from typing import ClassVar

from wijkanalyse.exporters.tekstverslag import TekstVerslag
from wijkanalyse.verslag.model import (
    Alinea,
    Fragment,
    Inhoudsopgave,
    Nadruk,
    Opsomming,
    Sectie,
    Tabel,
    Verslag,
)

_SPECIAAL = re.compile(r"([\\`*_{}\[\]<>|~])")
_REGELBEGIN = re.compile(r"^(\s*)([#>+=-]|\d+[.)])", re.MULTILINE)
_ENTITEIT = re.compile(r"&(?=#?\w+;)")
_ZACHT = "\u00ad"


def escape(text: str) -> str:
    """*text* with every character that Markdown would interpret escaped."""
    text = _SPECIAAL.sub(r"\\\1", text.replace(_ZACHT, ""))
    text = _ENTITEIT.sub(r"\\&", text)
    return _REGELBEGIN.sub(_escape_regelbegin, text)


def _escape_regelbegin(match: re.Match[str]) -> str:
    indent, marker = match.groups()
    if marker[0].isdigit():
        return f"{indent}{marker[:-1]}\\{marker[-1]}"
    return f"{indent}\\{marker}"


def _fragment(fragment: Fragment) -> str:
    text = escape(fragment.tekst)
    if fragment.nadruk is Nadruk.GEEN or not text.strip():
        return text
    marker = "**" if fragment.nadruk is Nadruk.VET else "*"
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    return f"{lead}{marker}{text.strip()}{marker}{trail}"


def alinea(blok: Alinea) -> str:
    """A paragraph as Markdown; line breaks become hard breaks."""
    text = "".join(_fragment(f) for f in blok.fragmenten)
    if blok.toelichting:
        return "\\\n".join(f"> {line}" for line in text.split("\n"))
    return text.replace("\n", "\\\n")


def _opsomming(blok: Opsomming) -> str:
    lines = []
    for number, item in enumerate(blok.items, start=1):
        marker = f"{number}." if blok.genummerd else "-"
        pad = " " * (len(marker) + 1)
        body = alinea(item).replace("\n", f"\n{pad}")
        lines.append(f"{marker} {body}")
    return "\n".join(lines)


def _cel(text: str) -> str:
    return escape(text).replace("\n", "<br>") or " "


def _tabel(blok: Tabel) -> str:
    lines = [
        "| " + " | ".join(_cel(k) for k in blok.kolommen) + " |",
        "|" + "|".join(" --- " for _ in blok.kolommen) + "|",
    ]
    lines.extend(
        "| " + " | ".join(_cel(c) for c in rij) + " |" for rij in blok.rijen
    )
    return "\n".join(lines)


def _blokken(blokken: tuple[object, ...]) -> list[str]:
    parts: list[str] = []
    for blok in blokken:
        if isinstance(blok, Sectie):
            parts.append(f"{'#' * (blok.niveau + 1)} {escape(blok.kop)}")
            parts.extend(_blokken(blok.inhoud))
        elif isinstance(blok, Alinea):
            parts.append(alinea(blok))
        elif isinstance(blok, Opsomming):
            parts.append(_opsomming(blok))
        elif isinstance(blok, Tabel):
            parts.append(_tabel(blok))
        elif not isinstance(blok, Inhoudsopgave):
            msg = f"cannot write a {type(blok).__name__} as Markdown"
            raise TypeError(msg)
    return parts


def render(verslag: Verslag) -> str:
    """The whole report as one Markdown document."""
    kop = verslag.titelblok
    parts = [f"# {escape(kop.titel)}"]
    if kop.ondertitel:
        parts.append(f"*{escape(kop.ondertitel)}*")
    if kop.gegevens:
        parts.append(
            "\\\n".join(
                f"**{escape(label)}:** {escape(waarde)}"
                for label, waarde in kop.gegevens
            )
        )
    parts.extend(_blokken(verslag.inhoud))
    return "\n\n".join(parts) + "\n"


class MarkdownExporter(TekstVerslag):
    """Writes the verslag as a Markdown document."""

    name = "md"
    suffixes: ClassVar[tuple[str, ...]] = (".md", ".markdown")
    description = (
        "verslag als Markdown (voor wiki's, notebooks en vergelijken)"
    )

    def render(self, verslag: Verslag) -> str:
        """The whole report as text."""
        return render(verslag)
