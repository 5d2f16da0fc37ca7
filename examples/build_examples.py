"""Write the example blueprints and concepts: two founding cases, as-is and to-be, English and Dutch
(and the lost iPhone, from Gent, in French too).

Run from the project folder:

    .venv/bin/python examples/build_examples.py            # rewrites the shipped files in blueprint/resources/examples/
    .venv/bin/python examples/build_examples.py --out DIR  # writes them into DIR instead

Every file is written by the program's own savers, so it is exactly what the program
itself would save. The journeys are specified in the modules beside this script, each text
in English and Dutch side by side (the lost iPhone's in French too).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import birth_registration_as_is
import birth_registration_to_be
import lost_iphone_as_is
import lost_iphone_to_be
from example_builder import JourneySpec, build_blueprint, build_concept

from blueprint.model import save_blueprint, save_concept

JOURNEYS: tuple[JourneySpec, ...] = (
    lost_iphone_as_is.AS_IS,
    lost_iphone_to_be.TO_BE,
    birth_registration_as_is.AS_IS,
    birth_registration_to_be.TO_BE,
)
"""Every example journey; the to-be ones also get their concept in a file of its own."""

TO_BE_MARK = ".to-be"


def write_examples(folder: Path) -> list[Path]:
    """Write every example into ``folder``; the paths written, in order."""
    written = []
    for journey in JOURNEYS:
        for language in journey.languages:
            blueprint = build_blueprint(journey, language)
            path = folder / f"{journey.file_stem}.{language}.blueprint.json"
            save_blueprint(blueprint, path)
            written.append(path)
            if journey.file_stem.endswith(TO_BE_MARK):
                concept_path = folder / f"{journey.file_stem}.{language}.concept.json"
                save_concept(build_concept(journey.concept, language), concept_path)
                written.append(concept_path)
    return written


def main(argv: list[str] | None = None) -> int:
    """Write the examples; exit 0, or 2 with a plain message when the folder is missing."""
    parser = argparse.ArgumentParser(description="Write the example blueprints and concepts.")
    shipped = Path(__file__).resolve().parent.parent / "blueprint" / "resources" / "examples"
    parser.add_argument("--out", type=Path, default=shipped,
                        help="folder to write into (default: the examples shipped in the package)")
    folder = parser.parse_args(argv).out
    if not folder.is_dir():
        print(f"build_examples: there is no folder '{folder}'", file=sys.stderr)
        return 2
    for path in write_examples(folder):
        print(path.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
