"""Widgets more than one screen shows, defined once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel


def practice_banner() -> QLabel:
    banner = QLabel(
        QCoreApplication.translate(
            "PracticeBanner",
            "Practice mode: this is a replica of LinkedIn on your computer. "
            "Nothing you do here touches your LinkedIn account. "
            "Tip: any email and password sign in.",
        )
    )
    banner.setObjectName("practiceBanner")
    banner.setWordWrap(True)
    banner.setStyleSheet(
        "#practiceBanner { background: #915907; color: white; padding: 6px; border-radius: 4px; }"
    )
    banner.setAccessibleName(QCoreApplication.translate("PracticeBanner", "Practice mode"))
    return banner
