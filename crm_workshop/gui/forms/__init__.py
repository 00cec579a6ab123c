"""Designer forms compiled from ui/ by packaging/build_assets.py."""
