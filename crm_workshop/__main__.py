"""``python -m crm_workshop`` runs the command line."""

from __future__ import annotations

import sys

from crm_workshop.cli import main

sys.exit(main())
