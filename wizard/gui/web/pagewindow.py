"""One of the site's own pages in a window of its own, on the session's profile: a
setting LinkedIn lists that the app does not know, opened from Done so the member
can read what it does and decide there (the app neither reads nor clicks it)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wizard.gui.fit import size_for_screen
from wizard.gui.web.websession import WebSession


class PageWindow(QDialog):
    def __init__(
        self,
        session: WebSession,
        url: str,
        title: str,
        open_external: Callable[[QUrl], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("LinkedIn's page: {title}").format(title=title))
        self.note = QLabel(
            self.tr(
                "This is LinkedIn's own page for “{title}”. The wizard does not know this "
                "setting, so it neither reads nor changes it: read what LinkedIn says it does, "
                "and switch it off here if you want to. Verify again to see its state in the "
                "list."
            ).format(title=title)
        )
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("About this page"))
        self.page = session.new_page()  # the session's rules: its own pages, nothing else
        self.page.externalLink.connect(open_external)
        self.view = QWebEngineView()
        self.view.setPage(self.page)
        self.view.setAccessibleName(self.tr("LinkedIn's page"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.accept)
        # Esc closes, as in any dialog, also with the keyboard in the page.
        escape_key = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.reject)
        escape_key.setContext(Qt.ShortcutContext.WindowShortcut)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        size_for_screen(self, 960, 760)
        self.page.load(QUrl(url))
