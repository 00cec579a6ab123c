"""The only package that uses PySide6: thin adapters over the services."""
