"""What ships inside the package: examples, translations, icons and the help pages.

Everything lives under ``blueprint/resources`` and is found with :mod:`importlib.resources`,
so an installed program (a wheel, ``pipx install``) finds exactly what a checkout does. No
Qt here: the check, the report and the command line use these paths too.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resource(*parts: str) -> Path:
    """The path of a shipped file or folder, e.g. ``resource("help", "metrics.md")``."""
    return Path(str(files("blueprint").joinpath("resources", *parts)))


def examples_folder() -> Path:
    """The shipped example blueprints and concepts."""
    return resource("examples")


def translations_folder() -> Path:
    """The compiled translations (``blueprint_<language>.qm``)."""
    return resource("translations")


def icon_path(size: int | None = None) -> Path:
    """The program's icon: the SVG, or the PNG of ``size`` pixels square."""
    return resource("icons", "blueprint.svg" if size is None else f"blueprint-{size}.png")


ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
"""The PNG sizes shipped beside the SVG (desktop entries, window icons, Windows)."""


def metrics_page() -> Path:
    """The page defining every metric."""
    return resource("help", "metrics.md")


def rules_index() -> Path:
    """The page listing every rule with its presets."""
    return resource("help", "rules", "README.md")


def rule_page(rule_id: str) -> Path:
    """The page of one rule: what it finds, why, and what to do instead."""
    return resource("help", "rules", f"{rule_id}.md")
