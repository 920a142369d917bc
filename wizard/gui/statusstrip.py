"""The strip above the page that says, live, where the switch stands.

The state is told in words and a symbol as well as colour, and the strip takes
keyboard focus so a screen reader announces each change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from wizard.engine.livestate import Live, LiveView, looking

# Background colours: a quick cue only; the words carry the meaning. Set once, picked
# by a property, so a state change restyles nothing else.
_COLOURS = {
    Live.OFF: "#d7f0dc",
    Live.ON: "#fde2dc",
    Live.NOT_KEPT: "#fde2dc",
    Live.CONFIRMING: "#fff3cd",
    Live.LOOKING: "#e8eaed",
    Live.NOT_FOUND: "#fff3cd",
    Live.NOT_OFFERED: "#e8eaed",
    Live.SIGNED_OUT: "#fff3cd",
    Live.CHALLENGE: "#fff3cd",
    Live.PAGE_ERROR: "#fde2dc",
    Live.NOT_READY: "#fff3cd",
}


class StatusStrip(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusStrip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.symbol = QLabel()
        self.symbol.setObjectName("statusSymbol")
        self.headline = QLabel()
        self.headline.setObjectName("statusHeadline")
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.addWidget(self.symbol)
        layout.addWidget(self.headline)
        layout.addWidget(self.detail, 1)
        rules = "".join(
            f'#statusStrip[live="{live.value}"] {{ background: {colour}; }}'
            for live, colour in _COLOURS.items()
        )
        # Dark text on the light cue colours, whatever the system palette.
        self.setStyleSheet(
            f"#statusStrip {{ border-radius: 4px; }} {rules}"
            " #statusStrip QLabel { color: #1d1d1d; }"
        )
        self.view = looking()
        # Set before the first polish, so no re-polish (and no costly first style()
        # call from Python) is needed while the window is being built.
        self.setProperty("live", self.view.live.value)
        self.show_view(self.view)

    def show_view(self, view: LiveView) -> None:
        changed = view.live != self.view.live
        self.view = view
        self.symbol.setText(view.symbol)
        self.headline.setText(view.headline)
        self.detail.setText(view.detail)
        self.setAccessibleName(self.tr("Switch state: {state}").format(state=view.headline))
        self.setAccessibleDescription(view.detail)
        if self.property("live") != view.live.value:
            self.setProperty("live", view.live.value)
            self.style().unpolish(self)
            self.style().polish(self)
        if changed and self.window().isActiveWindow() and self.isVisible():
            # Moving focus here makes screen readers announce the new state.
            self.setFocus(Qt.FocusReason.OtherFocusReason)
