"""The strip above the page that says, live, where the switch stands.

The state is told in words and a symbol, with a coloured edge as a quick cue (never
colour alone); its text is the palette's, so it reads in light and dark. The strip
takes keyboard focus so a screen reader announces each change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from wizard.engine.livestate import Live, LiveView, looking
from wizard.gui.announce import announce
from wizard.gui.style import HEADLINE, Tone, edge, scaled

# The edge's tone: a quick cue only; the words carry the meaning. "Still on" (a save
# LinkedIn dropped) is a warning of its own, not the same as On.
TONES = {
    Live.OFF: Tone.GOOD,
    Live.ON: Tone.BAD,
    Live.NOT_KEPT: Tone.WARN,
    Live.CONFIRMING: Tone.INFO,
    Live.LOOKING: Tone.INFO,
    Live.NOT_FOUND: Tone.WARN,
    Live.NOT_OFFERED: Tone.INFO,
    Live.SIGNED_OUT: Tone.WARN,
    Live.CHALLENGE: Tone.WARN,
    Live.PAGE_ERROR: Tone.ERROR,
    Live.NOT_READY: Tone.WARN,
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
        scaled(self.headline, HEADLINE)
        scaled(self.symbol, HEADLINE)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.addWidget(self.symbol)
        layout.addWidget(self.headline)
        layout.addWidget(self.detail, 1)
        palette = self.palette()
        rules = "".join(
            f'#statusStrip[live="{live.value}"] {{ border-left: 6px solid {edge(tone, palette)}; }}'
            f'#statusStrip[live="{live.value}"] #statusSymbol {{ color: {edge(tone, palette)}; }}'
            for live, tone in TONES.items()
        )
        self.setStyleSheet(
            "#statusStrip { border: 1px solid palette(mid); border-radius: 4px;"
            f" background: palette(base); }} {rules}"
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
            # The symbol's colour comes from a rule on the strip's state: it is polished
            # again too (Qt re-reads a rule only for the widget re-polished).
            for widget in (self, self.symbol):
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        if not changed or not self.isVisible():
            return
        if self.window().isActiveWindow() and not self.hasFocus():
            # Moving focus here makes screen readers read the new state.
            self.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        # The focus stays (already here, or the window is not the active one): said.
        # A save LinkedIn dropped undoes what the member just did: said at once.
        announce(
            self,
            self.tr("Switch state: {state}").format(state=view.headline),
            assertive=view.live is Live.NOT_KEPT,
        )
