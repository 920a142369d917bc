"""The terminal commands: `verify` and `forget`. No Qt.

Output for people goes to stdout (the table, or JSON with --json); notes and
progress go to stderr, so `--json` output can be piped as is.
"""

from __future__ import annotations

import getpass
import io
import json
import sys
import tempfile
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TextIO

from wizard.base import i18n
from wizard.base.i18n import browser_locale, translate
from wizard.base.paths import resource
from wizard.base.site import Site
from wizard.catalog.model import Catalog, CatalogError
from wizard.check.signin import SIGNS_IN_ANOTHER_WAY, Credentials
from wizard.check.verify import Progress, Verification, verify_all
from wizard.proof.aftercheck import after_check
from wizard.proof.history import History
from wizard.reading.result import (
    EXIT_COULD_NOT_TELL,
    EXIT_OUTPUT_FAILED,
    EXIT_USAGE,
    Report,
    State,
    file_part,
    listed_notice,
)
from wizard.secrets import credentials
from wizard.secrets.logs import keep_secret
from wizard.secrets.session import Session


@dataclass
class Console:
    """Where the command reads and writes; tests hand in their own streams."""

    stdin: TextIO
    stdout: TextIO
    stderr: TextIO
    ask_secret: Callable[[str], str] = getpass.getpass

    @classmethod
    def system(cls) -> Console:
        """The process's own streams; a closed one (`verify <&-`) reads as empty and
        writes nowhere, rather than failing."""
        return cls(
            sys.stdin if sys.stdin is not None else io.StringIO(""),
            sys.stdout if sys.stdout is not None else io.StringIO(),
            sys.stderr if sys.stderr is not None else io.StringIO(),
        )

    @property
    def interactive(self) -> bool:
        try:
            return self.stdin.isatty()
        except (ValueError, OSError):  # closed
            return False

    def note(self, text: str) -> None:
        print(text, file=self.stderr, flush=True)

    def ask(self, prompt: str, secret: bool) -> str:
        """A line from the person: prompted on a terminal, else the next line of input
        (none, when the input is closed or at its end)."""
        try:
            if self.interactive:
                if secret:
                    return self.ask_secret(prompt).strip()
                self.stderr.write(prompt)
                self.stderr.flush()
            return self.stdin.readline().strip()
        except (EOFError, ValueError, OSError):
            return ""


def _load_catalog(console: Console) -> Catalog | None:
    try:
        from wizard.catalog.update import newest_catalog

        return newest_catalog()
    except CatalogError as exc:
        console.note(f"The app's settings catalog is broken: {exc}")
        return None


@dataclass(frozen=True)
class VerifyOptions:
    as_json: bool = False
    sign_in: bool = False
    remember: bool = False
    evidence: Path | None = None
    timeout_s: float = 30.0
    report: Path | None = None  # .html or .pdf
    notify: bool = False
    lang: str | None = None  # None: English (the terminal speaks what --lang asks)
    gpc: bool = True  # send Global Privacy Control, as the wizard does by default
    history: History | None = None  # None: the user's own history file
    account: str | None = None  # --account: only this remembered account
    extras: tuple[str, ...] = ()  # optional settings to check besides the mission's two
    every_setting: bool = False  # --all: every setting in the catalog


def run_verify(
    site: Site | None, options: VerifyOptions | None = None, console: Console | None = None
) -> int:
    """`optout-wizard verify`; site None means the practice site, started here."""
    options = options or VerifyOptions()
    console = console or Console.system()
    catalog = _load_catalog(console)
    if catalog is None:
        return EXIT_COULD_NOT_TELL
    extras = {o.id for o in catalog.optional()}
    unknown = [name for name in options.extras if name not in extras]
    if unknown:
        console.note(
            f"No optional setting called {', '.join(map(repr, unknown))}. "
            f"The optional settings are: {', '.join(sorted(extras)) or 'none'}."
        )
        return EXIT_USAGE
    before = (i18n.installed(), i18n.installed_language())
    try:
        lang = _use_language(options.lang, console)
        return _run_verify(site, replace(options, lang=lang), console, catalog.localized(lang))
    finally:
        i18n.install(*before)  # a language asked for once does not outlive the command


def _run_verify(
    site: Site | None, options: VerifyOptions, console: Console, catalog: Catalog
) -> int:
    for folder in (options.evidence, options.report.parent if options.report else None):
        problem = _writable_folder(folder) if folder is not None else None
        if problem:
            console.note(problem)
            return EXIT_COULD_NOT_TELL
    with ExitStack() as stack:
        if site is None:
            from wizard.practice import practice_site

            running = stack.enter_context(practice_site())
            site = Site(running.url, practice=True)
            console.note(f"Practice site (not LinkedIn) at {site.origin}")
        if options.report is not None and options.evidence is None:
            # The report embeds the pictures; they need a place for the run's length.
            temporary = stack.enter_context(tempfile.TemporaryDirectory(prefix="optout-"))
            options = replace(options, evidence=Path(temporary))
        return _verify(site, catalog, console, options)


def _verify(site: Site, catalog: Catalog, console: Console, options: VerifyOptions) -> int:
    """Every remembered account (or the one asked for), or one signed in now; all in
    one browser."""
    runs = _accounts_to_check(site, console, options)
    if isinstance(runs, int):
        return runs
    several = len(runs) > 1
    prepared: list[tuple[Run, VerifyOptions, Verification | None, str | None]] = []
    for run in runs:
        own = options
        if several:  # each account's pictures and report apart from the others'
            own = replace(
                options,
                evidence=options.evidence / file_part(run.name) if options.evidence else None,
                report=_per_account(options.report, run.name) if options.report else None,
            )
            problem = _writable_folder(own.evidence) if own.evidence else None
            if problem:
                console.note(problem)
                return EXIT_COULD_NOT_TELL
        if run.unreadable is not None:
            prepared.append((run, own, None, None))
            continue
        ready, email = _verification(site, catalog, console, own, run)
        prepared.append((run, own, ready, email))

    checked = iter(verify_all([v for _, _, v, _ in prepared if v is not None]))
    reports = []
    outputs_failed = False
    for run, own, verification, email in prepared:
        if verification is None:
            report = _unreadable_report(site, catalog, own, run)
            written = True
        else:
            report, written = _after_check(
                site, console, own, run, verification, next(checked), email
            )
        reports.append(report)
        outputs_failed = outputs_failed or not written

    if options.as_json:
        if several:
            text = json.dumps([r.to_json() for r in reports], indent=2, ensure_ascii=False)
        else:
            text = reports[0].dumps()
    else:
        text = "\n\n".join(r.table() for r in reports)
    console.stdout.write(text + "\n")
    console.stdout.flush()
    status = worst_status([r.exit_status() for r in reports])
    if outputs_failed:
        console.note(
            "The check ran (the result is above), but something it was to write was not "
            "written; exit status 3."
        )
        return max(status, EXIT_OUTPUT_FAILED)
    return status


@dataclass(frozen=True)
class Run:
    """One account to check: its remembered session, or None to sign in now."""

    name: str | None
    session: Session | None  # None: sign in now
    unreadable: str | None = None  # why the keyring did not give its session


def _accounts_to_check(site: Site, console: Console, options: VerifyOptions) -> list[Run] | int:
    """What to check: the remembered accounts (one with --account), or a sign-in."""
    if options.sign_in or site.practice:  # an in-process practice site is new
        if options.account is not None:
            console.note("The practice site remembers no accounts: sign in instead.")
            return EXIT_USAGE
        return [Run(None, None)]
    try:
        names = credentials.accounts(site)
    except credentials.KeyringProblem as exc:
        console.note(f"Could not read the remembered sessions: {credentials.described(exc)}")
        if options.account is not None:
            return EXIT_COULD_NOT_TELL
        names = []
    if options.account is not None:
        if options.account not in names:
            known = ", ".join(repr(display_account(n)) for n in names)
            console.note(
                f"No session is remembered for the account {options.account!r}. "
                + (f"Remembered: {known}." if names else "None is remembered yet.")
                + " To add it: verify --sign-in --remember."
            )
            return EXIT_USAGE
        names = [options.account]
    runs: list[Run] = []
    for name in names:
        try:
            session = credentials.load(site, name)
        except credentials.KeyringProblem as exc:
            # Locked, or refused: the session may be perfectly good. Not checked (it
            # is not "signed out") and never forgotten for it.
            console.note(
                f"Could not read the session of {display_account(name)}: "
                f"{credentials.described(exc)}"
            )
            runs.append(Run(name, None, unreadable=str(exc)))
            continue
        runs.append(Run(name, session or Session(())))  # none: reported as signed out
    return runs or [Run(None, None)]


def _unreadable_report(site: Site, catalog: Catalog, options: VerifyOptions, run: Run) -> Report:
    from wizard.reading.result import all_checks

    optouts = catalog.optouts if options.every_setting else catalog.chosen(options.extras)
    reason = f"The remembered session could not be read from the keyring: {run.unreadable}"
    return Report(
        site=site.origin,
        browser="none",
        checks=all_checks([o.id for o in optouts], State.ERROR, reason),
        titles={o.id: o.title for o in optouts},
        account=run.name,
    )


def display_account(name: str | None) -> str:
    return name if name else "(name not shown)"


def worst_status(statuses: list[int]) -> int:
    """Could not tell (2) outranks on (1), which outranks all off (0)."""
    return max(statuses, default=EXIT_COULD_NOT_TELL)


def _per_account(path: Path, account: str | None) -> Path:
    return path.with_name(f"{path.stem}-{file_part(account)}{path.suffix}")


def _verification(
    site: Site, catalog: Catalog, console: Console, options: VerifyOptions, run: Run
) -> tuple[Verification, str | None]:
    """One account's check, ready to run; without a session, asks for a sign-in first.
    Also: the email signed in with (for remembering), if any."""
    login = None
    if run.session is None:
        login = _ask_credentials(console, site)
        if login is None:
            console.note("No session is remembered and no sign-in was given.")
    email = login.email if login else None

    def ask_pin(attempt: int) -> str | None:
        if attempt > 1 and not console.interactive:
            return None  # one line of input per question when not at a terminal
        again = " (that one was not accepted; try again)" if attempt > 1 else ""
        code = console.ask(f"Code LinkedIn sent you{again}: ", secret=True)
        keep_secret(code)
        return code or None

    def progress(optout_id: str | None, step: Progress) -> None:
        if console.stderr.isatty() and not options.as_json:
            words = {Progress.BROWSER: "Starting the browser…", Progress.SIGNING_IN: "Signing in…"}
            if optout_id is None and step in words:
                console.note(words[step])

    if run.name is not None and console.stderr.isatty() and not options.as_json:
        console.note(f"Checking {display_account(run.name)}…")
    optouts = catalog.optouts if options.every_setting else catalog.chosen(options.extras)
    verification = Verification(
        site,
        catalog,
        optouts,
        cookies=run.session.cookies if run.session else (),
        identity=run.session.identity if run.session else None,
        credentials=login,
        ask_pin=ask_pin,
        evidence_dir=options.evidence,
        timeout_s=options.timeout_s,
        progress=progress,
        locale=browser_locale(options.lang or "en"),
        gpc=options.gpc,
    )
    return verification, email


def _after_check(
    site: Site,
    console: Console,
    options: VerifyOptions,
    run: Run,
    verification: Verification,
    report: Report,
    email: str | None,
) -> tuple[Report, bool]:
    """What follows one account's check (aftercheck decides, this says and does).
    Also: whether everything it was to write (pictures, history, report) was written."""
    account = run.name
    if report.account is None and account:
        report = replace(report, account=account)  # the page did not show the name
    done = after_check(
        report,
        None if site.practice else (options.history or History()),
        verification.output_problems,
        options.report,
        site.practice,
        options.lang or "en",
    )
    report = done.report  # as kept: a listed setting dated by the history
    for line in (*done.notices, *done.problems):
        console.note(line)
    for change in done.changes:
        console.note(
            ("Changed: " if not change.worse else "Warning, changed: ") + change.sentence()
        )
    if done.report_saved:
        console.note(f"Report saved: {options.report}")
    if account is not None and done.signed_out:
        _forget_quietly(site, account, console)
    if options.remember and verification.signed_in is not None:
        name = report.account or email or ""
        try:
            credentials.remember(site, verification.signed_in, name)
            console.note(
                f"The session of {display_account(name)} is remembered in the system keyring "
                "for later checks."
            )
        except credentials.KeyringProblem as exc:
            console.note(f"Not remembered: {credentials.described(exc)}")
    added = report.listing.new_and_on() if report.listing is not None else ()
    if options.notify and (report.exit_status() != 0 or added):
        _notify(report, console)
    return report, done.written


def _use_language(requested: str | None, console: Console) -> str:
    """The terminal speaks English unless --lang asks otherwise (and its file exists)."""
    if not requested:
        return "en"
    lang = i18n.normalize_language(requested)
    if lang is None:
        console.note(f"The language {requested!r} is not one the wizard speaks; using English.")
        return "en"
    if lang != "en":
        translate_with = i18n.load_qm(str(resource(f"translations/optout_{lang}.qm")))
        if translate_with is None:
            console.note(
                f"No translation file for {lang} (run `make translations`); using English."
            )
            return "en"
        i18n.install(translate_with, lang)
    return lang


def _notify(report: Report, console: Console) -> None:
    from wizard.proof.notify import notify

    not_off = [report.titles.get(c.optout_id, c.optout_id) for c in report.checks if not c.done]
    added = report.listing.new_and_on() if report.listing is not None else ()
    whose = f" ({report.account})" if report.account else ""
    lines = []
    if not_off:
        lines.append("Not off: " + ", ".join(not_off))
    lines += [listed_notice(row) for row in added]
    headline = (
        report.summary()
        if not_off or not added
        else translate("Report", "LinkedIn added a setting that is on.")
    )
    shown = notify(f"LinkedIn opt-out check{whose}: {headline}", "\n".join(lines))
    if not shown:
        console.note("No desktop notification could be shown: " + headline)


def _ask_credentials(console: Console, site: Site) -> Credentials | None:
    where = "the practice site" if site.practice or not site.is_linkedin else "LinkedIn"
    if console.interactive:
        console.note(f"Sign in to {where}. The password is used once and not kept.")
        console.note(SIGNS_IN_ANOTHER_WAY)
    email = console.ask("Email: ", secret=False)
    if not email:
        return None
    password = console.ask("Password: ", secret=True)
    keep_secret(password)
    if not password:
        return None
    return Credentials(email, password)


def _forget_quietly(site: Site, account: str, console: Console) -> None:
    why = f"The remembered session of {display_account(account)} had expired"
    try:
        credentials.forget(site, account)
        console.note(
            f"{why}; it was removed from the keyring. Sign in again with --sign-in --remember."
        )
    except credentials.KeyringProblem as exc:
        console.note(f"{why}, but it could not be removed: {credentials.described(exc)}")


def _writable_folder(folder: Path) -> str | None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return f"Cannot use the folder {folder}: {exc.strerror or exc}"
    if not folder.is_dir():
        return f"Cannot use the folder {folder}: it is not a folder"
    return None


def run_update_catalog(url: str | None, console: Console | None = None) -> int:
    """`optout-wizard update-catalog [URL]`: 0 when the newest catalog is in place."""
    from wizard.catalog.update import RELEASE_URL, UpdateRefused, update_catalog

    console = console or Console.system()
    catalog = _load_catalog(console)
    if catalog is None:
        return EXIT_COULD_NOT_TELL
    try:
        updated = update_catalog(url or RELEASE_URL, current=catalog)
    except UpdateRefused as exc:
        console.note(f"{exc} The catalog in use ({catalog.version}) stays.")
        return 1
    console.stdout.write(f"Catalog updated to {updated.version}: {updated.path}\n")
    return 0


def run_forget(
    site: Site | None, account: str | None = None, console: Console | None = None
) -> int:
    """`optout-wizard forget [--account NAME]`: delete remembered sessions for the site."""
    console = console or Console.system()
    if site is None:
        console.note("The practice site keeps nothing to forget.")
        return 0
    whose = f"the session of {account!r}" if account is not None else "every session"
    try:
        removed = credentials.forget(site, account)
    except credentials.KeyringProblem as exc:
        console.note(credentials.described(exc))
        return 1
    if removed:
        console.stdout.write(
            f"Forgotten: {whose} for {site.origin} was removed from the keyring.\n"
        )
    else:
        console.stdout.write(f"Nothing to forget: {whose} for {site.origin} is not remembered.\n")
    return 0


def run_install_browser(console: Console | None = None) -> int:
    """`optout-wizard install-browser`: 0 when the check has a browser that starts.

    Installs Playwright's headless shell into the user's cache (what the Verify screen's
    button does), then starts the browser the check would use, so the answer is the
    check's own and not the installer's."""
    import subprocess

    from wizard.check import browsers

    console = console or Console.system()
    console.note("Installing Chromium's headless shell for the check (about 100 MB)…")
    try:
        done = subprocess.run(
            browsers.install_command(), env=browsers.install_environment(), check=False
        )
    except OSError as exc:
        console.note(f"The installer could not start ({exc}).")
        return 1
    if done.returncode != 0:
        console.note(
            "The browser could not be installed. Check your internet connection, "
            "or install Chromium's headless shell, Google Chrome or Chromium."
        )
        return 1
    return _say_browser(console)


def _say_browser(console: Console) -> int:
    from wizard.check import browsers

    try:
        used = browsers.which_browser()
    except browsers.NoBrowserError as exc:
        console.note(str(exc))
        return 1
    console.stdout.write(f"The check will use: {used}\n")
    return 0
