"""Placing the window on the member's screen (engine/fit.py decides the size)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QWidget

from wizard.engine.fit import SHARE, fit, fits


def place(window: QWidget, saved: QByteArray | None = None) -> None:
    """Size the window for the screen it will appear on, before its first show. A saved
    geometry is used only when it still lies on that screen."""
    area = window.screen().availableGeometry()
    rect = (area.x(), area.y(), area.width(), area.height())
    if saved is not None and window.restoreGeometry(saved):
        frame = window.frameGeometry()
        if fits((frame.x(), frame.y(), frame.width(), frame.height()), rect):
            return
    chosen = fit(area.width(), area.height())
    window.resize(chosen.width, chosen.height)
    window.move(
        area.x() + (area.width() - chosen.width) // 2,
        area.y() + (area.height() - chosen.height) // 2,
    )
    if chosen.maximised:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def size_for_screen(window: QWidget, width: int, height: int) -> None:
    """A dialog's size: as asked, but never more than the screen's share (the sign-in
    window on a 1280×720 laptop)."""
    area = window.screen().availableGeometry()
    window.resize(min(width, int(area.width() * SHARE)), min(height, int(area.height() * SHARE)))
