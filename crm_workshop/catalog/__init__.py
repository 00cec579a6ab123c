"""Reads and validates maturity-model files (TOML, see docs/model-format.md)."""

from __future__ import annotations

from crm_workshop.catalog.loader import (
    DEFAULT_MODEL_ID,
    ModelFileError,
    ModelInfo,
    Problem,
    available_models,
    default_model,
    load_model,
    parse_model,
)

__all__ = [
    "DEFAULT_MODEL_ID",
    "ModelFileError",
    "ModelInfo",
    "Problem",
    "available_models",
    "default_model",
    "load_model",
    "parse_model",
]
