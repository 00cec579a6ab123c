from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from crm_workshop.catalog import default_model
from crm_workshop.domain.engagement import Engagement
from crm_workshop.storage import repository as repo
from crm_workshop.storage.database import create_workshop_file


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def workshop_path(tmp_path: Path) -> Path:
    """A new, closed workshop file with an engagement, a round and one answer."""
    path = tmp_path / "Warsztat Łódź.crmw"
    ws = create_workshop_file(path)
    repo.init_engagement(
        ws, Engagement(client_name="Żółw sp. z o.o."), default_model(), "test"
    )
    ws.close()
    return path
