"""Write a blueprint's HTML report: the check, the metrics, the concept and the picture.

The same steps for ``blueprint report`` and File › Write Report…: check the journey, then
write the page atomically as it is made, the picture (in the report's language) drawn into
it a batch of cards at a time. Progress is reported along (a Cancelled leaves any existing
report as it was).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QLocale

from blueprint.check import analyse
from blueprint.check.finding import CheckResult
from blueprint.model.blueprint import Blueprint
from blueprint.model.concept import ServiceConcept
from blueprint.model.fileformat import written_atomically
from blueprint.progress import Progress, no_progress, part
from blueprint.render.export import blueprint_svg_pieces, headless_application
from blueprint.render.translation import speaking
from blueprint.report.html import PICTURE_MAX_STEPS, PictureLeftOut, report_parts


def write_report(blueprint: Blueprint, output: Path | str, concept: ServiceConcept | None = None,
                 preset: str | None = None, language: str | None = None,
                 progress: Progress = no_progress, source: str = "") -> CheckResult:
    """Check ``blueprint`` and write its report to ``output``; returns the check's result.

    ``concept`` defaults to the blueprint's own, ``language`` to the blueprint's. The page
    is written to disk as it is made, the picture a batch of cards at a time; a journey of
    more than :data:`~blueprint.report.html.PICTURE_MAX_STEPS` steps gets, instead of its
    picture, a note how to export it (``source``: the blueprint file's name, for the
    command). OSError when the file cannot be written (nothing is left half-written).
    """
    language = language or blueprint.language
    concept = blueprint.concept if concept is None else concept
    progress(0.0)
    result, metrics = analyse(blueprint, concept, preset, language=language)
    progress(0.25)
    picture: Iterable[str] | PictureLeftOut
    if len(blueprint.steps) > PICTURE_MAX_STEPS:
        picture = PictureLeftOut(len(blueprint.steps), Path(source).name if source else "")
    else:
        picture = blueprint_svg_pieces(blueprint, result, part(progress, 0.25, 0.9))
    with speaking(headless_application(), QLocale(language)), written_atomically(output) as stream:
        # the picture's legend in the report's language
        for piece in report_parts(blueprint, result, metrics, concept, picture, language=language):
            stream.write(piece.encode("utf-8"))
        progress(1.0)
    return result
