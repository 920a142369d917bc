"""Welcome: the two settings in plain words, what the app will and won't do, and the
related settings a member may add to the run."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wizard.catalog.model import OptOut
from wizard.gui.context import WizardContext
from wizard.gui.screen import Screen


class WelcomeScreen(Screen):
    def __init__(self, ctx: WizardContext) -> None:
        super().__init__(ctx, expanding=True)
        self.setTitle(self.tr("Switch off two LinkedIn settings, and prove they stay off"))
        self.setSubTitle(
            self.tr(
                "About 5 minutes. You stay in charge: every change happens on the practice "
                "site (not LinkedIn)."
            )
            if ctx.practice
            else self.tr("About 5 minutes. You stay in charge: every change happens on LinkedIn.")
        )

        settings = "".join(
            f"<li><b>{escape(o.title)}</b><br>{escape(o.explanation)}</li>"
            for o in ctx.catalog.required()
        )
        lead = (
            self.tr(
                "The wizard takes you to each of these settings, on the practice site's pages "
                "(a replica, not LinkedIn), and helps you switch it off:"
            )
            if ctx.practice
            else self.tr(
                "The wizard takes you to each of these settings, on LinkedIn's own pages, "
                "and helps you switch it off:"
            )
        )
        does = self.tr(
            "<b>What the wizard does:</b> shows you the right page, tells you live whether "
            "the switch is off, and at the end checks again on its own, with a picture of each "
            "switch as proof."
        )
        never = self.tr(
            "<b>What it never does:</b> it never sees your password (you type it into "
            "LinkedIn's own page). It stores nothing unless you ask it to remember you, and "
            "then only in your system's keyring."
        )
        intro = QLabel(f"<p>{escape(lead)}</p><ol>{settings}</ol><p>{does}</p><p>{never}</p>")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setAccessibleName(self.tr("What the wizard does"))
        self.gpc = QCheckBox(self.tr("Send the Global &Privacy Control signal"))
        self.gpc.setChecked(ctx.gpc)
        self.gpc.setAccessibleName(self.tr("Send the Global Privacy Control signal"))
        self.gpc.toggled.connect(ctx.set_gpc)
        gpc_help = QLabel(
            self.tr(
                "Your browser tells LinkedIn you do not want your data sold or shared. "
                "LinkedIn says this opts members in the US out of data sharing. It is "
                "never taken as proof: the wizard still reads every switch."
            )
        )
        gpc_help.setWordWrap(True)
        self.gpc.setAccessibleDescription(gpc_help.text())

        # Everything below the banner scrolls: with the extras and large text it may
        # not fit, and the window must still fit a screen.
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(intro)
        inner.addWidget(self.gpc, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(gpc_help)
        # The related settings fold away behind one button: the screen leads with the
        # mission's two, and their boxes are made when first asked for.
        self.extras: dict[str, QCheckBox] = {}
        self._inner = inner
        self._extras_panel: QWidget | None = None
        optional = ctx.catalog.optional()
        self.more_button = QPushButton(
            self.tr("&Related settings you may add ({count})").format(count=len(optional))
        )
        self.more_button.setCheckable(True)
        self.more_button.setAccessibleName(self.tr("Related settings you may add"))
        self.more_button.setAccessibleDescription(
            self.tr("Shows optional settings you can switch off in the same run.")
        )
        self.more_button.toggled.connect(self.show_extras)
        self.more_button.setVisible(bool(optional))
        inner.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addStretch()
        self._scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setAccessibleName(self.tr("The settings, and what the wizard does"))
        self.body.addWidget(scroll, 1)
        if ctx.extras:
            self.show_extras()

    def show_extras(self, shown: bool = True) -> None:
        """Unfold (or fold) the related settings; their boxes are made the first time."""
        if self.more_button.isChecked() != shown:
            self.more_button.setChecked(shown)  # comes back here through toggled
            return
        if self._extras_panel is None and shown:
            panel = QWidget()
            column = QVBoxLayout(panel)
            column.setContentsMargins(0, 0, 0, 0)
            heading = QLabel(
                "<p><b>{}</b></p>".format(
                    escape(
                        self.tr(
                            "You can also switch off these related settings (optional; each "
                            "adds a step of about a minute):"
                        )
                    )
                )
            )
            heading.setWordWrap(True)
            heading.setTextFormat(Qt.TextFormat.RichText)
            column.addWidget(heading)
            for optout in self.ctx.catalog.optional():
                column.addWidget(self._extra(optout))
            self._inner.insertWidget(self._inner.indexOf(self.more_button) + 1, panel)
            self._extras_panel = panel
            before: QWidget = self.more_button  # Tab goes from the button into the boxes
            for box in self.extras.values():
                QWidget.setTabOrder(before, box)
                before = box
        if self._extras_panel is not None:
            self._extras_panel.setVisible(shown)
            if shown:
                self._scroll.ensureWidgetVisible(self._extras_panel)

    def _extra(self, optout: OptOut) -> QWidget:
        """One optional setting: its box, what it does, and what switching it off costs."""
        box = QCheckBox(optout.title)
        box.setChecked(optout.id in self.ctx.extras)
        box.setAccessibleName(self.tr("Also switch off: {title}").format(title=optout.title))
        loses = self.tr("What you give up: {loses}").format(loses=optout.loses)
        box.setAccessibleDescription(f"{optout.explanation} {loses}")
        box.toggled.connect(lambda on, optout_id=optout.id: self.ctx.choose(optout_id, on))
        self.extras[optout.id] = box
        about = QLabel(f"{escape(optout.explanation)}<br><i>{escape(loses)}</i>")
        about.setWordWrap(True)
        about.setTextFormat(Qt.TextFormat.RichText)
        indent = box.style().pixelMetric(box.style().PixelMetric.PM_IndicatorWidth) + 8
        about.setContentsMargins(indent, 0, 0, 0)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(box, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(about)
        return holder
