"""Write a blueprint's HTML report: the check, the metrics, the concept and the picture.

The same steps for ``blueprint report`` and File › Write Report…: check the journey,
draw its picture in the report's language, build the page, write it atomically. Progress
is reported between the steps (a Cancelled leaves any existing report as it was).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale

from blueprint.check import analyse
from blueprint.check.finding import CheckResult
from blueprint.model.blueprint import Blueprint
from blueprint.model.concept import ServiceConcept
from blueprint.model.fileformat import write_atomically
from blueprint.progress import Progress, no_progress
from blueprint.report import render_report
from blueprint.render.export import blueprint_svg, headless_application
from blueprint.render.translation import speaking


def write_report(blueprint: Blueprint, output: Path | str, concept: ServiceConcept | None = None,
                 preset: str | None = None, language: str | None = None,
                 progress: Progress = no_progress) -> CheckResult:
    """Check ``blueprint`` and write its report to ``output``; returns the check's result.

    ``concept`` defaults to the blueprint's own, ``language`` to the blueprint's. OSError
    when the file cannot be written (nothing is left half-written).
    """
    language = language or blueprint.language
    concept = blueprint.concept if concept is None else concept
    progress(0.0)
    result, metrics = analyse(blueprint, concept, preset, language=language)
    progress(0.25)
    with speaking(headless_application(), QLocale(language)):  # the picture's legend in the report's language
        picture = blueprint_svg(blueprint, findings=result)
    progress(0.8)
    page = render_report(blueprint, result, metrics, concept, picture_svg=picture, language=language)
    progress(0.95)
    write_atomically(output, page)
    progress(1.0)
    return result
