"""Use cases with intention-revealing names, over storage, catalog and domain."""
