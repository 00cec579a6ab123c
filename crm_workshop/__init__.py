"""CRM Workshop: run CRM Maturity Model workshops offline and turn them into a roadmap."""

__version__ = "0.1.0"
