"""The app icon: one SVG, and the PNG, ICO and ICNS files made from it, kept fresh."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@pytest.fixture
def icons(packaging_module, qapp):
    """packaging/icons.py, with the test session's QApplication for rendering (a
    QGuiApplication of its own would stop later widget tests from running)."""
    return packaging_module("icons")


def test_every_icon_file_matches_the_svg() -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build_assets.py"),
            "--icons",
            "--check",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("size", SIZES)
def test_png_has_its_size_and_transparent_corners(size) -> None:
    with Image.open(
        ROOT / "resources" / "icons" / "png" / f"crm-workshop-{size}.png"
    ) as png:
        assert png.size == (size, size)
        assert png.mode == "RGBA"
        assert png.getpixel((0, 0))[3] == 0  # rounded corner: see-through
        centre = png.getpixel((size // 2, size // 2))
        assert centre[3] == 255


def test_windows_icon_holds_every_size_up_to_256() -> None:
    with Image.open(ROOT / "packaging" / "windows" / "crm-workshop.ico") as ico:
        assert ico.format == "ICO"
        assert sorted(ico.info["sizes"]) == [(s, s) for s in SIZES if s <= 256]


def test_macos_icon_holds_the_retina_sizes() -> None:
    with Image.open(ROOT / "packaging" / "macos" / "crm-workshop.icns") as icns:
        assert icns.format == "ICNS"
        sizes = icns.info["sizes"]
        for points in (16, 32, 128, 256):
            assert (points, points, 1) in sizes
            assert (points, points, 2) in sizes
        assert (512, 512, 1) in sizes
        icns.load()
        assert icns.size == (512, 512)


def test_an_icon_edited_by_hand_is_named_stale(icons, tmp_path) -> None:
    folder = tmp_path / "png"
    icons.write_pngs(folder)
    ico, icns = tmp_path / "app.ico", tmp_path / "app.icns"
    ico.write_bytes(icons.ico_bytes(folder))
    icns.write_bytes(icons.icns_bytes(folder))
    assert icons.stale_files(folder, ico, icns) == []

    edited = icons.render(48)
    edited.invertPixels()
    edited.save(str(folder / "crm-workshop-48.png"))
    assert icons.stale_files(folder, ico, icns) == [
        folder / "crm-workshop-48.png",
        ico,
        icns,
    ]


def test_a_container_not_rebuilt_from_the_pngs_is_named_stale(icons, tmp_path) -> None:
    folder = tmp_path / "png"
    icons.write_pngs(folder)
    ico, icns = tmp_path / "app.ico", tmp_path / "app.icns"
    ico.write_bytes(icons.ico_bytes(folder)[:-10])
    icns.write_bytes(icons.icns_bytes(folder))
    assert icons.stale_files(folder, ico, icns) == [ico]
