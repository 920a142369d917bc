"""What the wizard's screens share, handed to each explicitly (no globals), in three
parts that change at different paces:

- Services: what the wizard uses and never changes during a run (the catalog in
  the member's language, the history, the schedulers, how links leave the app);
- RunRecord (engine/run.py): what happened to this account in this run, changed
  only through its methods (a screen says what the member did);
- EmbeddedBrowser: the off-the-record session and the one browser pane, made on
  first use (QtWebEngine is imported only when the first screen that shows a page
  opens, so the Welcome screen appears quickly), replaced for another account, and
  closed pages-before-profile.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from wizard.base.i18n import accept_language
from wizard.base.site import Site
from wizard.catalog.model import Catalog, OptOut
from wizard.engine.run import Choices, RunRecord, StepOutcome

__all__ = ["RunRecord", "Services", "StepOutcome", "WizardContext"]  # RunRecord: engine/run.py

if TYPE_CHECKING:  # types only: the proof modules load when a check ends, not at start
    from wizard.gui.web.browserpane import BrowserPane
    from wizard.gui.web.websession import WebSession
    from wizard.proof.history import History
    from wizard.proof.laterruns import LaterRuns
    from wizard.proof.schedule import Scheduler


@dataclass(frozen=True)
class Services:
    """What the wizard uses, the same from start to close."""

    catalog: Catalog  # in the member's language (labels stay all-language)
    lang: str = "en"
    # How a link leaves the app for the system's browser (tests keep a list instead).
    open_external: Callable[[QUrl], object] = QDesktopServices.openUrl
    history: History | None = None  # None: nothing kept (practice mode)
    scheduler: Scheduler | None = None  # the monthly re-check (None: not offered)
    once_scheduler: Scheduler | None = None  # "Check again tomorrow" (None: not offered)
    # What the scheduled checks found while the wizard was closed (None: not shown).
    later_runs: LaterRuns | None = None
    # Extra keyword arguments for the verifier (tests pass find_browsers).
    verify_options: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    install_command: Sequence[str] | None = None  # the browser installer (None: Playwright's)

    @classmethod
    def make(cls, catalog: Catalog, lang: str = "en", **rest: Any) -> Services:
        """The catalog as the member reads it, and what else is given."""
        if "verify_options" in rest:
            rest["verify_options"] = MappingProxyType(dict(rest["verify_options"] or {}))
        return cls(catalog=catalog.localized(lang), lang=lang, **rest)


class EmbeddedBrowser:
    """The embedded view's session and pane: made on first use, one per account."""

    def __init__(
        self,
        site: Callable[[], Site],
        services: Services,
        owner: QObject,
        gpc: Callable[[], bool],
    ) -> None:
        self._site = site
        self._services = services
        self._owner = owner
        self._gpc = gpc
        self._session: WebSession | None = None
        self._pane: BrowserPane | None = None

    @property
    def session(self) -> WebSession:
        if self._session is None:
            from wizard.gui.web.websession import WebSession

            self._session = WebSession(
                self._site(),
                self._owner,
                accept_language(self._services.lang),
                self._gpc(),
                self._services.catalog.sign_in.quirks,
            )
        return self._session

    def pane(self) -> BrowserPane:
        if self._pane is None:
            from wizard.gui.web.browserpane import BrowserPane

            self._pane = BrowserPane(self.session, self._services.open_external)
        return self._pane

    def started(self) -> bool:
        return self._session is not None

    def signed_in(self) -> bool:
        return self._session is not None and self._session.signed_in()

    def set_gpc(self, on: bool) -> None:
        if self._session is not None:
            self._session.set_gpc(on)

    def renew(self) -> None:
        """A fresh off-the-record profile (another account): nothing of the first
        account (cookies, cache) reaches the second."""
        old = self._session
        if old is None:
            return
        self._session = None
        if self._pane is not None:
            self._pane.use_session(self.session)  # the view lets go of the old page first
        old.close()
        old.deleteLater()

    def close(self) -> None:
        """Pages before the profile (Qt requires it). The pane widget stays with the
        window that shows it; only its page goes now, with the session's others."""
        if self._pane is not None:
            self._pane.shutdown()  # a load still under way would time out on a deleted page
        if self._session is not None:
            self._session.close()
            self._session = None


class WizardContext(QObject):
    """The run: its site, the member's choices, the record, the browser."""

    # The member added or removed an optional setting on the Welcome screen.
    choiceChanged = Signal()
    # A page showed the member signed out (the session ended or expired).
    signedOut = Signal()

    def __init__(
        self,
        site: Site | None,
        services: Services,
        start_site: Callable[[], Site] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if site is None and start_site is None:
            raise ValueError("a site, or a way to start the practice site, is needed")
        self.services = services
        self._site = site
        self._start_site = start_site
        # Global Privacy Control: on unless the member turns it off (Welcome screen).
        self.gpc = True
        # The settings of this run (engine/run.py): the mission's two, and extras.
        self.choices = Choices(services.catalog)
        self.record = RunRecord()
        # Accounts finished earlier in this run ("Do this for another account").
        self.accounts_done: list[RunRecord] = []
        self.browser = EmbeddedBrowser(lambda: self.site, services, self, lambda: self.gpc)
        self._evidence: Path | None = None
        self._evidence_earlier: list[Path] = []  # earlier accounts' pictures

    # What every screen reads.

    @property
    def catalog(self) -> Catalog:
        return self.services.catalog

    @property
    def lang(self) -> str:
        """The member's language: screens, LinkedIn's pages and the check all use it."""
        return self.services.lang

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
        return self.browser.session

    def pane(self) -> BrowserPane:
        return self.browser.pane()

    def has_session(self) -> bool:
        return self.browser.signed_in()

    # The member's choices.

    @property
    def extras(self) -> set[str]:
        return self.choices.extras

    def chosen(self) -> tuple[OptOut, ...]:
        """The settings this run walks through and checks, in catalog order."""
        return self.choices.chosen()

    def choose(self, optout_id: str, on: bool) -> None:
        """Add or remove an optional setting (the mission's two cannot be removed)."""
        if not on:
            self.record.entered(optout_id)  # a step no longer taken says nothing
        if self.choices.choose(optout_id, on):
            self.choiceChanged.emit()

    def choose_objection(self, on: bool) -> None:
        """Add or remove the objection form's step (More options on Welcome)."""
        if self.choices.choose_objection(on):
            self.choiceChanged.emit()

    @property
    def objection_chosen(self) -> bool:
        return self.choices.objection

    def set_gpc(self, on: bool) -> None:
        self.gpc = on
        self.browser.set_gpc(on)

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

    def evidence_dir(self) -> Path:
        """Pictures of this run's checks; removed when the app closes."""
        if self._evidence is None:
            self._evidence = Path(tempfile.mkdtemp(prefix="optout-evidence-"))
        return self._evidence

    def new_account(self) -> None:
        """Start over for another account: this account's results are kept aside, and
        the embedded browser gets a fresh off-the-record profile."""
        if self.record.report is not None or self.record.outcomes:
            self.accounts_done.append(self.record)
        self.record = RunRecord()
        if self._evidence is not None:
            self._evidence_earlier.append(self._evidence)  # the earlier reports show them
            self._evidence = None
        self.browser.renew()

    def close(self) -> None:
        """The browser (pages before profile), then this run's pictures."""
        self.browser.close()
        for folder in [*self._evidence_earlier, self._evidence]:
            if folder is not None:
                shutil.rmtree(folder, ignore_errors=True)
        self._evidence = None
        self._evidence_earlier.clear()
