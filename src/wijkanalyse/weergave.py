"""HTML for notebooks: analyses and weighings shown as tables.

Jupyter calls ``_repr_html_`` on the last value of a cell; the domain types
delegate to the functions here. Every text a person wrote is escaped.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from wijkanalyse.analyse import Wijkanalyse
    from wijkanalyse.criteria import Selectie

_STYLE = (
    "<style>.wijkanalyse td,.wijkanalyse th{text-align:left;"
    "vertical-align:top;padding:2px 8px}</style>"
)


def table(
    headers: Sequence[str], rows: Iterable[Sequence[object]], caption: str
) -> str:
    """An escaped HTML table with a caption."""
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>"
        + "".join(
            f"<td>{escape('' if c is None else str(c))}</td>" for c in row
        )
        + "</tr>"
        for row in rows
    )
    return (
        f'{_STYLE}<table class="wijkanalyse"><caption>{escape(caption)}'
        f"</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def _kort(tekst: str, lengte: int = 120) -> str:
    eerste = tekst.splitlines()[0] if tekst else ""
    if len(eerste) <= lengte and eerste == tekst:
        return eerste
    return eerste[: lengte - 1].rstrip() + "…"


def analyse_html(analyse: Wijkanalyse) -> str:
    """The signals of an analysis as a table."""
    auteurs = ", ".join(f"{a.naam} ({a.rol.value})" for a in analyse.auteurs)
    caption = (
        f"Wijkanalyse {analyse.wijk.naam}, {analyse.datum.isoformat()}"
        f" — {auteurs or 'geen auteur'} — {len(analyse.signalen)} signalen"
    )
    rows = (
        (
            s.id,
            s.thema,
            s.soort.value + (" (positief)" if s.positief else ""),
            _kort(s.tekst),
            ", ".join(b.soort.value for b in s.bronnen),
            s.aanbod.oordeel.value if s.aanbod.oordeel else "",
        )
        for s in analyse.signalen
    )
    headers = ("id", "thema", "soort", "signaal", "bronnen", "aanbod")
    return table(headers, rows, caption)


def selectie_html(selectie: Selectie) -> str:
    """The weighing as a ranked table with reasons."""
    caption = (
        f"Weging van {selectie.analyse.wijk.naam}: "
        f"{len(selectie.speerpunten)} van {len(selectie.uitslagen)} "
        "signalen opgenomen"
    )
    rows = (
        (
            u.rang,
            u.signaal.id,
            u.domein,
            "" if u.score.waarde is None else f"{u.score.waarde:.2f}",
            f"{u.score.dekking}/6",
            u.onderbouwing.label,
            u.opname.value,
            u.reden,
        )
        for u in selectie.uitslagen
    )
    headers = (
        "rang",
        "id",
        "domein",
        "score",
        "criteria",
        "onderbouwing",
        "opname",
        "reden",
    )
    return table(headers, rows, caption)
