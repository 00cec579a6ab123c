"""Colours of presenter mode: light on near-black, for a projector in a bright room.

Shared by the presenter window and its answer bars. Current and target differ in
colour and in line style (filled vs dashed), so they stay apart without colour too.
"""

from __future__ import annotations

BACKGROUND = "#0A0A0A"
TEXT = "#FFFFFF"
ACCENT = "#FFD23F"  # current: yellow on near-black survives a washed-out projector
TARGET = "#5CC8FF"  # target: light blue and dashed, so it differs without colour too
MUTED = "#C8C8C8"
GRID = "#6E6E6E"
