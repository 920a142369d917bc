"""Renders resources/icons/optout-wizard.svg to the PNG sizes desktops want, and to
.ico (Windows) and .icns (macOS) where Qt's image plugins can write them.

Run after changing the SVG: `python scripts/render-icons.py`; the results are committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication([sys.argv[0], "-platform", "offscreen"])
    renderer = QSvgRenderer(str(ICONS / "optout-wizard.svg"))
    if not renderer.isValid():
        print("the SVG icon does not render", file=sys.stderr)
        return 1
    images = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"optout-wizard-{size}.png"))
        images[size] = image
    formats = {bytes(f).decode() for f in QImageWriter.supportedImageFormats()}
    if "ico" in formats:
        images[256].save(str(ICONS / "optout-wizard.ico"))
    if "icns" in formats:
        images[512].save(str(ICONS / "optout-wizard.icns"))
    print("written:", ", ".join(sorted(p.name for p in ICONS.iterdir())))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
