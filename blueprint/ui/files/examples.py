"""The shipped example blueprints: where they are, what they are, and their pictures.

Examples ship inside the package (``blueprint/resources/examples``), so an installed
program shows the same gallery as a checkout. File names say what an example is: ``<case>.<as-is|to-be>.<language>.blueprint.json``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from blueprint.model.fileformat import BLUEPRINT_SUFFIX
from blueprint.shipped import examples_folder


def examples_dir() -> Path | None:
    """The folder holding the shipped examples, or None when there is none."""
    folder = examples_folder()
    if folder.is_dir() and any(folder.glob(f"*{BLUEPRINT_SUFFIX}")):
        return folder
    return None


def is_example(path: Path | str) -> bool:
    """Whether a file is one of the shipped examples (which open as copies)."""
    folder = examples_dir()
    if folder is None:
        return False
    try:
        return Path(path).resolve().parent == folder.resolve()
    except OSError:
        return False


@dataclass(frozen=True)
class Example:
    """One shipped example: its file, title, case, state (as-is / to-be) and language."""

    path: Path
    title: str
    case: str
    state: str  # "as-is", "to-be" or "" when the name does not say
    language: str

    @property
    def key(self) -> str:
        """A stable cache key that changes when the file changes."""
        stat = self.path.stat()
        text = f"{self.path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}"
        return hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]


def describe_example(path: Path) -> Example:
    """An Example from its file (title and language read from the file when it loads)."""
    from blueprint.model import LoadError, load_blueprint

    parts = path.name.removesuffix(BLUEPRINT_SUFFIX).split(".")
    case = parts[0]
    state = next((p for p in parts[1:] if p in ("as-is", "to-be")), "")
    language = parts[-1] if len(parts) > 2 else ""
    title = case.replace("-", " ").capitalize()
    try:
        blueprint = load_blueprint(path)
        title, language = blueprint.title, blueprint.language
    except LoadError:
        pass
    return Example(path, title, case, state, language)


def list_examples() -> list[Example]:
    """Every shipped example, grouped by case, as-is before to-be."""
    folder = examples_dir()
    if folder is None:
        return []
    examples = [describe_example(path) for path in folder.glob(f"*{BLUEPRINT_SUFFIX}")]
    order = {"as-is": 0, "to-be": 1, "": 2}
    return sorted(examples, key=lambda e: (e.case, e.language, order.get(e.state, 3), e.path.name))
