"""The catalogue schema's field types (codes, keys, non-empty text) and its frozen base model."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]
MatterCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2,4}-\d{4}$")]
FeeCode = Annotated[str, StringConstraints(pattern=r"^F-\d{3}$")]
DeptCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2,10}$")]
NonNegative = Annotated[int, Field(ge=0)]


class CatalogueModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
