"""Reads and validates maturity-model files (TOML, see docs/model-format.md).

The validator is imported on first use (``load_model`` and friends); the error types
are light and imported at once.
"""

from __future__ import annotations

from typing import Any

from crm_workshop.catalog.errors import ModelFileError, Problem

DEFAULT_MODEL_ID = "crm-maturity"
_LAZY = {"ModelInfo", "available_models", "default_model", "load_model", "parse_model"}

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


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from crm_workshop.catalog import loader

        return getattr(loader, name)
    raise AttributeError(name)
