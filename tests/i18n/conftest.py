"""Fixtures of the translation tests: the GUI tests' window and workshops, and the
interface put back in English after a test that switched it."""

from __future__ import annotations

import pytest

from tests.gui.conftest import (  # noqa: F401 (fixtures)
    FakeDialogs,
    _english_interface,
    demo_file,
    demo_template,
    window,
)


@pytest.fixture
def polish(qapp):
    """The interface in Polish for one test, English again afterwards."""
    from crm_workshop.gui import i18n

    i18n.install(qapp, "pl")
    yield
    i18n.install(qapp, "en")
