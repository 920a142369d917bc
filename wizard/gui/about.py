"""About: the app, the catalog in use, and a way to fetch a newer signed catalog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard import HELP_URL, SOURCE_URL, __version__
from wizard.gui.context import WizardContext
from wizard.gui.style import HEADLINE, scaled
from wizard.gui.widgets import shield


class AboutDialog(QDialog):
    def __init__(self, ctx: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("About the LinkedIn opt-out wizard"))
        name = QLabel(self.tr("LinkedIn opt-out wizard"))
        scaled(name, HEADLINE)
        version = QLabel(self.tr("Version {version}").format(version=__version__))
        version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        heading = QVBoxLayout()
        heading.addWidget(name)
        heading.addWidget(version)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(shield(48), 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)
        self.independence = QLabel(
            self.tr(
                "An independent tool: it is not made, endorsed or supported by LinkedIn or "
                "Microsoft."
            )
        )
        self.independence.setWordWrap(True)
        facts = QLabel(
            self.tr(
                "<p>It never sees your password and keeps nothing unless you ask, and then "
                "only in your computer's password store.</p>"
                "<p>Free software: you may use, study, share and change it under the GNU "
                "General Public License, version 3 or later.</p>"
                "<p>List of settings: version {catalog}.</p>"
            ).format(catalog=ctx.catalog.version)
        )
        facts.setWordWrap(True)
        facts.setTextFormat(Qt.TextFormat.RichText)
        facts.setAccessibleName(self.tr("About this app"))
        self.help_button = QPushButton(self.tr("&Help"))
        self.help_button.setAccessibleName(self.tr("Help: open the guide in your web browser"))
        self.help_button.clicked.connect(lambda: self._open(HELP_URL))
        self.source_button = QPushButton(self.tr("&Source code"))
        self.source_button.setAccessibleName(
            self.tr("Source code: open the project's page in your web browser")
        )
        self.source_button.clicked.connect(lambda: self._open(SOURCE_URL))
        links = QHBoxLayout()
        links.addWidget(self.help_button)
        links.addWidget(self.source_button)
        links.addStretch()
        self.update_button = QPushButton(self.tr("&Check for a newer list of settings"))
        self.update_button.setAccessibleName(self.tr("Check for a newer list of settings"))
        self.update_button.clicked.connect(self.check_for_update)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Update of the list of settings"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # Opened to read: the focus on Close (Enter and Escape close), not on Help.
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.independence)
        layout.addWidget(facts)
        layout.addLayout(links)
        layout.addWidget(self.update_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.setMaximumWidth(560)
        self._call: Any = None
        self.update_url: str | None = None  # tests point this at a loopback server
        self.update_key: Any = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.close_button.setFocus()

    def _open(self, url: str) -> None:
        """In the member's own browser: the project's pages are not LinkedIn's."""
        self.ctx.services.open_external(QUrl(url))

    def check_for_update(self) -> None:
        from wizard.catalog.update import RELEASE_URL, update_catalog
        from wizard.gui.background import BackgroundCall

        url, key, current = self.update_url or RELEASE_URL, self.update_key, self.ctx.catalog
        self.update_button.setEnabled(False)
        self.status.setText(self.tr("Checking for a newer list of settings…"))
        self._call = BackgroundCall(lambda: update_catalog(url, key=key, current=current), self)
        self._call.done.connect(self._updated)
        self._call.failed.connect(self._refused)
        self._call.start()

    def _updated(self, updated: Any) -> None:
        self._call.wait()
        self.update_button.setEnabled(True)
        self.status.setText(
            self.tr(
                "List of settings {version} is installed. Restart the wizard to use it."
            ).format(version=updated.version)
        )

    def _refused(self, error: object) -> None:
        self._call.wait()
        self.update_button.setEnabled(True)
        self.status.setText(self.tr("{why} The list of settings in use stays.").format(why=error))

    def done(self, result: int) -> None:  # the dialog closes: no thread left behind
        if self._call is not None:
            self._call.wait()
        super().done(result)
