"""Saying a change to a screen reader where the focus does not move.

A member who cannot see the strip turn from On to Off, or the check's answer appear,
hears it only if it is said. Moving the focus makes a screen reader read the newly
focused control, and the wizard keeps the focus moves it makes; where the focus stays
(already on the strip, on a button the member pressed, in the page), the change is
announced instead (Qt 6.8's QAccessibleAnnouncementEvent, which Qt's AT-SPI bridge
passes on as Orca's "object:announcement"): politely, after what is being read, or
assertively, at once, for what undoes what the member just did ("Still on").
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(source: QWidget, text: str, assertive: bool = False) -> None:
    """Have screen readers say text, on behalf of source (nothing when none listens)."""
    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if assertive
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
