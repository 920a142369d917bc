"""About: the app, the catalog in use, and a way to fetch a newer signed catalog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from wizard import __version__
from wizard.gui.context import WizardContext


class AboutDialog(QDialog):
    def __init__(self, ctx: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("About the LinkedIn opt-out wizard"))
        facts = QLabel(
            self.tr(
                "<p><b>LinkedIn opt-out wizard {version}</b></p>"
                "<p>Free software (GPL-3.0-or-later). It never sees your password and keeps "
                "nothing unless you ask, and then only in your system's keyring.</p>"
                "<p>Catalog of settings: version {catalog}.</p>"
            ).format(version=__version__, catalog=ctx.catalog.version)
        )
        facts.setWordWrap(True)
        facts.setTextFormat(Qt.TextFormat.RichText)
        facts.setAccessibleName(self.tr("About this app"))
        self.update_button = QPushButton(self.tr("&Check for a newer catalog"))
        self.update_button.setAccessibleName(self.tr("Check for a newer catalog"))
        self.update_button.clicked.connect(self.check_for_update)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Catalog update status"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(facts)
        layout.addWidget(self.update_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._call: Any = None
        self.update_url: str | None = None  # tests point this at a loopback server
        self.update_key: Any = None

    def check_for_update(self) -> None:
        from wizard.catalog.update import RELEASE_URL, update_catalog
        from wizard.gui.background import BackgroundCall

        url, key, current = self.update_url or RELEASE_URL, self.update_key, self.ctx.catalog
        self.update_button.setEnabled(False)
        self.status.setText(self.tr("Checking for a newer catalog…"))
        self._call = BackgroundCall(lambda: update_catalog(url, key=key, current=current), self)
        self._call.done.connect(self._updated)
        self._call.failed.connect(self._refused)
        self._call.start()

    def _updated(self, updated: Any) -> None:
        self._call.wait()
        self.update_button.setEnabled(True)
        self.status.setText(
            self.tr("Catalog {version} is installed. Restart the wizard to use it.").format(
                version=updated.version
            )
        )

    def _refused(self, error: object) -> None:
        self._call.wait()
        self.update_button.setEnabled(True)
        self.status.setText(self.tr("{why} The catalog in use stays.").format(why=error))

    def done(self, result: int) -> None:  # the dialog closes: no thread left behind
        if self._call is not None:
            self._call.wait()
        super().done(result)
