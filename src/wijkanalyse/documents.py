"""Reading and writing analyses, forms and reports by file name.

This is the edge where files meet the core: the format follows from the
file's suffix (or a format name) through the exporter registry, read
analyses are validated against their participatiemodel, and reports are
built from the analysis and its weighing before an exporter writes them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from wijkanalyse import meldingen
from wijkanalyse.analyse import Wijkanalyse
from wijkanalyse.errors import Problem, ValidationError, raise_for_errors
from wijkanalyse.exporters import Content, Exporter, Options, registry
from wijkanalyse.model import Participatiemodel, available_models, load_model
from wijkanalyse.validatie import validate

if TYPE_CHECKING:
    from wijkanalyse.criteria import Instellingen


@attrs.frozen
class Ingelezen:
    """An analysis read from a file, with every problem found on the way.

    Attributes:
        analyse: The analysis, or `None` when errors made it unusable.
        problems: Errors and warnings, located.
    """

    analyse: Wijkanalyse | None
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        """Whether no problem is an error."""
        return self.analyse is not None and not any(
            p.is_error for p in self.problems
        )


def resolve_model(
    analyse: Wijkanalyse, model: Participatiemodel | None, source: str
) -> Participatiemodel:
    """The model to check *analyse* against: the given one or its own.

    Raises:
        ValidationError: When the analysis names an unknown model.
    """
    if model is not None:
        return model
    if analyse.model not in available_models():
        raise_for_errors(
            meldingen.analyse_afgekeurd(source),
            [
                Problem(
                    f"{source}, $.model",
                    meldingen.onbekend_model(analyse.model),
                )
            ],
        )
    return load_model(analyse.model)


def read(
    path: str | Path, model: Participatiemodel | None = None
) -> Ingelezen:
    """Read and validate an analysis, collecting every problem.

    Args:
        path: A ``.json`` analysis or a filled ``.xlsx`` form (any suffix a
            reading exporter handles).
        model: The participatiemodel for an analysis made with an own
            model; shipped models are found by name.

    Raises:
        FileError: When the file cannot be read at all.
        UnknownFormatError: When no exporter reads its suffix.
    """
    path = Path(path)
    exporter = registry().for_path(path, reading=True)
    try:
        analyse, warnings = exporter.read(path, model)
        if getattr(exporter, "validates", False):
            return Ingelezen(analyse, warnings)
        used = resolve_model(analyse, model, path.name)
    except ValidationError as exc:
        return Ingelezen(None, exc.problems)
    return Ingelezen(analyse, (*warnings, *validate(analyse, used, path.name)))


def load_checked(
    path: str | Path, model: Participatiemodel | None = None
) -> tuple[Wijkanalyse, tuple[Problem, ...]]:
    """Read an analysis, refusing it on errors; return it with its warnings.

    Raises:
        ValidationError: With every problem, when any is an error.
        FileError: When the file cannot be read at all.
        UnknownFormatError: When no exporter reads its suffix.
    """
    result = read(path, model)
    summary = meldingen.analyse_afgekeurd(Path(path).name)
    if result.analyse is None or not result.ok:
        raise ValidationError(summary, result.problems)
    return result.analyse, result.problems


def load(
    path: str | Path, model: Participatiemodel | None = None
) -> Wijkanalyse:
    """Read an analysis from *path*, refusing it when it has errors.

    Warnings do not stop loading; use `read` to see them.

    Raises:
        ValidationError: With every problem, when any is an error.
        FileError: When the file cannot be read at all.
        UnknownFormatError: When no exporter reads its suffix.
    """
    return load_checked(path, model)[0]


def save(  # noqa: PLR0913 (keyword-only options of the one writing edge)
    analyse: Wijkanalyse,
    path: str | Path,
    *,
    formaat: str | None = None,
    model: Participatiemodel | None = None,
    sjabloon: str | Path | None = None,
    instellingen: Instellingen | None = None,
) -> tuple[Problem, ...]:
    """Write *analyse* to *path* in the format its suffix (or *formaat*) names.

    The analysis is validated first; one with errors is not written. A
    report format weighs the signals with *instellingen* (the default
    weighing when omitted) and builds the verslag from that.

    Args:
        analyse: The analysis to write.
        path: The file to write.
        formaat: An exporter's name, when the suffix does not say it.
        model: The participatiemodel for an analysis made with an own
            model; shipped models are found by name.
        sjabloon: A house-style template for report formats that use one.
        instellingen: Weights and selection rules for report formats,
            e.g. from `wijkanalyse.criteria.load_instellingen`.

    Returns:
        Warnings about the analysis and the written file.

    Raises:
        ValidationError: When the analysis has errors.
        FileError: When the file cannot be written; nothing is left behind.
        UnknownFormatError: When no exporter writes that format.
    """
    path = Path(path)
    exporter = _exporter(path, formaat)
    used = resolve_model(analyse, model, path.name)
    problems = validate(analyse, used)
    raise_for_errors(meldingen.analyse_afgekeurd(path.name), problems)
    options = Options(
        model=used, sjabloon=Path(sjabloon) if sjabloon else None
    )
    document: object = analyse
    if exporter.content is Content.VERSLAG:
        from wijkanalyse.verslag import build_verslag  # noqa: PLC0415 (lazy)

        weging = instellingen.weging if instellingen else None
        regels = instellingen.regels if instellingen else None
        document = build_verslag(analyse, used, weging, regels)
    return (*problems, *exporter.write(document, path, options))


def _exporter(path: Path, formaat: str | None) -> Exporter:
    reg = registry()
    return reg.by_name(formaat) if formaat else reg.for_path(path)
