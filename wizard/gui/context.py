"""What the wizard's screens share, handed to each explicitly (no globals).

The web session and the browser pane are made on first use: QtWebEngine is
imported only when the first screen that shows a page opens, so the Welcome
screen appears quickly.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from wizard.base.i18n import accept_language
from wizard.base.site import Site
from wizard.catalog.model import Catalog, OptOut
from wizard.proof.history import Change, History
from wizard.reading.result import Report

if TYPE_CHECKING:
    from wizard.gui.browserpane import BrowserPane
    from wizard.gui.websession import WebSession


class Outcome(StrEnum):
    """How the member left a setting's screen."""

    OFF = "off"
    SKIPPED = "skipped"
    NOT_FOUND = "not found"


@dataclass
class RunRecord:
    """What happened in this run: kept in memory, never written."""

    outcomes: dict[str, Outcome] = field(default_factory=dict)
    report: Report | None = None
    changes: list[Change] = field(default_factory=list)  # since the last kept check
    switched: set[str] = field(default_factory=set)  # switched off in this run (confirmed)
    signed_in_as: str | None = None  # the remembered account used to sign in, if one was

    def skipped(self) -> list[str]:
        return [i for i, o in self.outcomes.items() if o is Outcome.SKIPPED]


class WizardContext(QObject):
    # The member added or removed an optional setting on the Welcome screen.
    choice_changed = Signal()
    # A setting's page showed the member signed out (the session ended or expired).
    signed_out = Signal()

    def __init__(
        self,
        site: Site | None,
        catalog: Catalog,
        open_external: Callable[[QUrl], Any] | None = None,
        verify_options: dict[str, Any] | None = None,
        install_command: list[str] | None = None,
        start_site: Callable[[], Site] | None = None,
        history: History | None = None,
        scheduler: Any = None,
        once_scheduler: Any = None,
        lang: str = "en",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # The member's language: screens, LinkedIn's pages and the check all use it.
        self.lang = lang
        # Global Privacy Control: on unless the member turns it off (Welcome screen).
        self.gpc = True
        if site is None and start_site is None:
            raise ValueError("a site, or a way to start the practice site, is needed")
        self._site = site
        self._start_site = start_site
        self.catalog = catalog.localized(lang)
        # Optional settings the member added (the mission's two are always in).
        self.extras: set[str] = set()
        self.open_external = open_external or QDesktopServices.openUrl
        # Extra keyword arguments for the verifier (tests pass find_browsers).
        self.verify_options = dict(verify_options or {})
        # The browser installer's command (None: Playwright's own driver).
        self.install_command = install_command
        # Where verifications are kept (None: not kept, as in practice mode), and the
        # monthly re-check's scheduler (None: not offered).
        self.history = history
        self.scheduler = scheduler
        self.once_scheduler = once_scheduler  # "Check again tomorrow" (None: not offered)
        self.record = RunRecord()
        # Accounts finished earlier in this run ("Do this for another account").
        self.accounts_done: list[RunRecord] = []
        self._session: WebSession | None = None
        self._pane: BrowserPane | None = None
        self._evidence: Path | None = None
        self._evidence_earlier: list[Path] = []  # earlier accounts' pictures

    @property
    def site(self) -> Site:
        """The site; the in-process practice site starts on first use."""
        if self._site is None:
            assert self._start_site is not None
            self._site = self._start_site()
        return self._site

    @property
    def practice(self) -> bool:
        return self._site.practice if self._site is not None else True

    @property
    def session(self) -> WebSession:
        if self._session is None:
            from wizard.gui.websession import WebSession

            self._session = WebSession(self.site, self, accept_language(self.lang), self.gpc)
        return self._session

    def pane(self) -> BrowserPane:
        if self._pane is None:
            from wizard.gui.browserpane import BrowserPane

            self._pane = BrowserPane(self.session, self.open_external)
        return self._pane

    def chosen(self) -> tuple[OptOut, ...]:
        """The settings this run walks through and checks, in catalog order."""
        return self.catalog.chosen(self.extras)

    def choose(self, optout_id: str, on: bool) -> None:
        """Add or remove an optional setting (the mission's two cannot be removed)."""
        if not self.catalog.get(optout_id).optional:
            raise ValueError(f"{optout_id!r} is always in")
        before = set(self.extras)
        if on:
            self.extras.add(optout_id)
        else:
            self.extras.discard(optout_id)
            self.record.outcomes.pop(optout_id, None)
        if self.extras != before:
            self.choice_changed.emit()

    def set_gpc(self, on: bool) -> None:
        self.gpc = on
        if self._session is not None:
            self._session.set_gpc(on)

    def account_name(self) -> str:
        """Whose session this is, as remembered in the keyring: the name the page
        showed, else the remembered account signed in with, else "" (or "account N"
        when several are done in one run)."""
        report = self.record.report
        if report is not None and report.account:
            return report.account
        if self.record.signed_in_as is not None:
            return self.record.signed_in_as
        return f"account {len(self.accounts_done) + 1}" if self.accounts_done else ""

    def has_session(self) -> bool:
        return self._session is not None and self._session.signed_in()

    def evidence_dir(self) -> Path:
        """Pictures of this run's checks; removed when the app closes."""
        if self._evidence is None:
            self._evidence = Path(tempfile.mkdtemp(prefix="optout-evidence-"))
        return self._evidence

    def new_account(self) -> None:
        """Start over for another account: this account's results are kept aside, and
        the embedded browser gets a fresh off-the-record profile, so nothing of the
        first account (cookies, cache) reaches the second."""
        if self.record.report is not None or self.record.outcomes:
            self.accounts_done.append(self.record)
        self.record = RunRecord()
        if self._evidence is not None:
            self._evidence_earlier.append(self._evidence)  # the earlier reports show them
            self._evidence = None
        old = self._session
        if old is None:
            return
        self._session = None
        if self._pane is not None:
            self._pane.use_session(self.session)  # the view lets go of the old page first
        old.close()
        old.deleteLater()

    def close(self) -> None:
        """Pages before the profile (Qt requires it), then this run's pictures.

        The pane widget itself stays with the window that shows it; only its page
        goes now, with the session's other pages.
        """
        if self._pane is not None:
            self._pane.shutdown()  # a load still under way would time out on a deleted page
        if self._session is not None:
            self._session.close()
            self._session = None
        for folder in [*self._evidence_earlier, self._evidence]:
            if folder is not None:
                shutil.rmtree(folder, ignore_errors=True)
        self._evidence = None
        self._evidence_earlier.clear()
