"""Fixtures for the extraction tests."""

from __future__ import annotations

from typing import Any

import pytest

from tarikh.registry import create


@pytest.fixture(scope="session")
def nlp() -> Any:
    """The spaCy component, loaded once; tests that need a parse skip when the model is not installed."""
    try:
        return create("tarikh.nlp.v1")
    except Exception:  # the model is not installed
        pytest.skip("spaCy model not installed")
