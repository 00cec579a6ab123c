"""The application icon in every format the platforms want, from one SVG.

``resources/icons/crm-workshop.svg`` is the source. Rendered from it (QtSvg, no
other tool): PNGs at the usual freedesktop sizes in ``resources/icons/png/`` (the app's
window icon and the Linux desktop entry), and assembled from those PNGs: the Windows
``.ico`` (installer, ``.exe`` and file association) and the macOS ``.icns`` (app
bundle). Both containers hold PNG-compressed images, which Windows Vista+ and macOS
10.7+ read; ``iconutil`` is therefore not needed (docs/packaging.md).

Used by ``packaging/build_assets.py``; the test suite checks the files are fresh.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QGuiApplication, QImage

ROOT = Path(__file__).resolve().parents[1]
ICONS_DIR = ROOT / "resources" / "icons"
SOURCE = ICONS_DIR / "crm-workshop.svg"
PNG_DIR = ICONS_DIR / "png"
ICO_FILE = ROOT / "packaging" / "windows" / "crm-workshop.ico"
ICNS_FILE = ROOT / "packaging" / "macos" / "crm-workshop.icns"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns element types holding PNG data, by pixel size (Apple's "icns" format).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"ic11", 32),  # 16 pt @2x
    (b"icp5", 32),
    (b"ic12", 64),  # 32 pt @2x
    (b"ic07", 128),
    (b"ic13", 256),  # 128 pt @2x
    (b"ic08", 256),
    (b"ic14", 512),  # 256 pt @2x
    (b"ic09", 512),
)
# Renderings of one SVG by two Qt versions differ by anti-aliasing only.
PIXEL_TOLERANCE = 24


def png_path(size: int, folder: Path = PNG_DIR) -> Path:
    return folder / f"crm-workshop-{size}.png"


def _application() -> QGuiApplication:
    # Qt is imported here, not at the top: only rendering needs it.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([])


def render(size: int, source: Path = SOURCE) -> QImage:
    """The SVG drawn on a transparent ``size`` × ``size`` image."""
    _application()
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"{source}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def write_pngs(folder: Path = PNG_DIR) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for size in PNG_SIZES:
        path = png_path(size, folder)
        if not render(size).save(str(path), "PNG"):
            raise SystemExit(f"{path}: could not be written")
        written.append(path)
    return written


def ico_bytes(folder: Path = PNG_DIR) -> bytes:
    """A Windows icon file whose images are the PNGs of ``ICO_SIZES``."""
    images = [png_path(size, folder).read_bytes() for size in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, data = b"", b""
    for size, png in zip(ICO_SIZES, images, strict=True):
        side = size % 256  # 0 means 256 in an icon directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        data += png
    return header + entries + data


def icns_bytes(folder: Path = PNG_DIR) -> bytes:
    """A macOS icon file whose elements are the PNGs of ``ICNS_TYPES``."""
    elements = b""
    for kind, size in ICNS_TYPES:
        png = png_path(size, folder).read_bytes()
        elements += kind + struct.pack(">I", 8 + len(png)) + png
    return b"icns" + struct.pack(">I", 8 + len(elements)) + elements


def build(folder: Path = PNG_DIR) -> list[Path]:
    """Render the PNGs, then assemble the .ico and .icns from them."""
    written = write_pngs(folder)
    for path, content in (
        (ICO_FILE, ico_bytes(folder)),
        (ICNS_FILE, icns_bytes(folder)),
    ):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        written.append(path)
    return written


def _differs(committed: Path, size: int) -> bool:
    from PySide6.QtGui import QImage

    fresh = render(size)
    old = QImage(str(committed)).convertToFormat(QImage.Format.Format_ARGB32)
    if old.size() != fresh.size():
        return True
    pairs = zip(bytes(old.constBits()), bytes(fresh.constBits()), strict=True)
    return any(abs(a - b) > PIXEL_TOLERANCE for a, b in pairs)


def stale_files(
    folder: Path = PNG_DIR, ico: Path = ICO_FILE, icns: Path = ICNS_FILE
) -> list[Path]:
    """Icon files that no longer match the SVG (the PNGs, within anti-aliasing) or
    the PNGs (the .ico and .icns, byte for byte)."""
    stale = [
        png_path(size, folder)
        for size in PNG_SIZES
        if not png_path(size, folder).is_file()
        or _differs(png_path(size, folder), size)
    ]
    if stale:  # the containers are assembled from the PNGs: all need rebuilding
        return [*stale, ico, icns]
    for path, expected in ((ico, ico_bytes), (icns, icns_bytes)):
        if not path.is_file() or path.read_bytes() != expected(folder):
            stale.append(path)
    return stale
