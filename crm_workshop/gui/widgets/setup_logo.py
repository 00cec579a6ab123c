"""The client's logo: a file is accepted only when Qt decodes it as an image.

At most 5 MB (the service's limit) and 10,000 pixels a side (checked from the header,
before decoding, so a small file cannot unpack into gigabytes). PNG and JPEG are kept
byte for byte; any other format Qt reads is stored as PNG so the PDF report can always
embed it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtGui import QImage, QImageReader

from crm_workshop.gui.i18n import number

MAX_LOGO_SIDE = 10_000  # pixels; larger images are refused before being decoded
KEPT_FORMATS = {b"png": "image/png", b"jpeg": "image/jpeg", b"jpg": "image/jpeg"}


class LogoRefused(Exception):
    """The chosen file cannot be the logo; the message says why (translated)."""


def read_logo(path: Path, limit: int) -> tuple[bytes, str, QImage]:
    """(content, MIME type, image) of a logo file, or ``LogoRefused`` with the reason."""

    def refuse(text: str, **values: object) -> LogoRefused:
        return LogoRefused(text.format(name=path.name, **values))

    try:
        size = path.stat().st_size
        if size > limit:
            raise refuse(
                QCoreApplication.translate(
                    "EngagementPage",
                    "“{name}” is {mb} MB; a logo may be at most {limit} MB.",
                ),
                mb=number(size / 1e6),
                limit=limit // 1_000_000,
            )
        data = path.read_bytes()
    except OSError as exc:
        raise refuse(
            QCoreApplication.translate(
                "EngagementPage", "“{name}” cannot be read: {reason}"
            ),
            reason=exc.strerror or str(exc),
        ) from None
    array = QByteArray(data)
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    image_format = bytes(reader.format().data()).lower()
    dimensions = reader.size()
    if dimensions.width() > MAX_LOGO_SIDE or dimensions.height() > MAX_LOGO_SIDE:
        raise refuse(
            QCoreApplication.translate(
                "EngagementPage",
                "“{name}” is {w}×{h} pixels; a logo may be at most {side} pixels wide "
                "and high.",
            ),
            w=dimensions.width(),
            h=dimensions.height(),
            side=MAX_LOGO_SIDE,
        )
    image = reader.read()
    if image.isNull():
        raise refuse(
            QCoreApplication.translate(
                "EngagementPage",
                "“{name}” is not an image CRM Workshop can read. Choose a PNG or JPEG "
                "file.",
            )
        )
    if image_format in KEPT_FORMATS:
        return data, KEPT_FORMATS[image_format], image
    out = QByteArray()
    target = QBuffer(out)
    target.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(target, "PNG")
    png = bytes(out.data())
    if len(png) > limit:
        raise refuse(
            QCoreApplication.translate(
                "EngagementPage",
                "“{name}” becomes larger than {limit} MB as PNG. Choose a smaller "
                "PNG or JPEG file.",
            ),
            limit=limit // 1_000_000,
        )
    return png, "image/png", image
