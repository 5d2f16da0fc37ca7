"""The JSON Schema of the two file formats, generated from the pydantic models (no Qt).

The schema is never written by hand: :func:`file_schema` takes the model's own schema
and adds the header every file starts with (``format``, ``version`` and the optional
``$schema`` naming the schema). ``blueprint schema`` prints it; ``docs/schema/*.json``
are the published copies, written by ``make schema`` and checked by a test.
"""

from __future__ import annotations

import json
from typing import Any

from blueprint.model.blueprint import Blueprint
from blueprint.model.concept import ServiceConcept
from blueprint.model.fileformat import BLUEPRINT_FORMAT, CONCEPT_FORMAT, FORMAT_VERSION, schema_id

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

KINDS: dict[str, tuple[str, type, str]] = {
    "blueprint": (BLUEPRINT_FORMAT, Blueprint, "A service blueprint (*.blueprint.json)"),
    "concept": (CONCEPT_FORMAT, ServiceConcept, "A service concept saved on its own (*.concept.json)"),
}
"""``blueprint schema KIND`` -> (format name, model, title)."""


def file_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema of a whole ``kind`` file ("blueprint" or "concept"), header included."""
    format_name, model, title = KINDS[kind]
    body = model.model_json_schema(mode="validation")
    header = {
        "$schema": {"type": "string", "description": "The schema this file follows (written on save)."},
        "format": {"const": format_name, "description": "What sort of file this is."},
        "version": {"type": "integer", "minimum": 1, "maximum": FORMAT_VERSION,
                    "description": "The file format's version; a newer program reads older versions."},
    }
    schema: dict[str, Any] = {"$schema": SCHEMA_DIALECT, "$id": schema_id(format_name), "title": title}
    schema.update({key: value for key, value in body.items() if key != "title"})
    schema["properties"] = {**header, **body.get("properties", {})}
    schema["required"] = ["format", "version", *body.get("required", [])]
    return schema


def schema_text(kind: str) -> str:
    """The schema as it is printed and published: sorted keys are not used, so the model's
    field order is kept; two-space indent and a final newline."""
    return json.dumps(file_schema(kind), indent=2, ensure_ascii=False) + "\n"
