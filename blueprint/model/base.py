"""Shared pieces of the pydantic models: strict base class, ids and bounded field types."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$"

Id = Annotated[str, Field(pattern=ID_PATTERN)]
"""A stable element id: letters, digits and ``_ . : -``, at most 64 characters."""

Text = Annotated[str, Field(max_length=500)]
"""A short text: a title, a name, a label."""

LongText = Annotated[str, Field(max_length=20_000)]
"""A longer text: a description, notes, a concept answer."""

Minutes = Annotated[float, Field(ge=0, le=1_000_000, allow_inf_nan=False)]
"""A duration in minutes: never negative, never absurd (under two years)."""

Coordinate = Annotated[float, Field(ge=-1_000_000, le=1_000_000, allow_inf_nan=False)]
"""A canvas coordinate in scene units."""


class ModelBase(BaseModel):
    """Base of every model class: unknown keys are errors, assignments are validated, and a
    number is always finite (JSON cannot hold infinity or NaN, so a file could not be saved)."""

    model_config = ConfigDict(
        extra="forbid",
        allow_inf_nan=False,
        validate_assignment=True,
        use_enum_values=False,
        str_strip_whitespace=False,
    )
