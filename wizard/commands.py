"""The terminal's `verify` command. No Qt.

Output for people goes to stdout (the table, or JSON with --json); notes and
progress go to stderr, so `--json` output can be piped as is. Which accounts it runs
for is accountruns.py's; what a scheduled run leaves for later, laterrun.py's; the
smaller commands (forget, update-catalog, install-browser) are housekeeping.py's.
"""

from __future__ import annotations

import json
import tempfile
from contextlib import ExitStack
from dataclasses import dataclass, replace
from pathlib import Path

from wizard.accountruns import Run, accounts_to_check, chosen, display_account, not_checked
from wizard.base import i18n
from wizard.base.i18n import browser_locale, translate
from wizard.base.paths import resource
from wizard.base.site import Site
from wizard.catalog.model import Catalog, OptOut
from wizard.check.signin import SIGNS_IN_ANOTHER_WAY, Credentials
from wizard.check.verify import Progress, Verification, verify_all
from wizard.console import Console, load_catalog
from wizard.laterrun import LaterRun
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

__all__ = ["Console", "VerifyOptions", "run_verify"]  # Console: console.py, for the tests


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
    # --scheduled: run by the system's scheduler, nobody watching: notify, keep what
    # was found for the app's next start, arrange a retry when the keyring is locked.
    scheduled: bool = False


def run_verify(
    site: Site | None, options: VerifyOptions | None = None, console: Console | None = None
) -> int:
    """`optout-wizard verify`; site None means the practice site, started here."""
    options = options or VerifyOptions()
    console = console or Console.system()
    catalog = load_catalog(console)
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
    later = LaterRun(site, options) if options.scheduled else None
    found = accounts_to_check(
        site,
        options.account,
        options.sign_in,
        later.arrange_retry if later is not None else lambda: False,
    )
    if isinstance(found, str):
        console.note(found)
        return EXIT_USAGE
    for line in found.notes:
        console.note(line)
    runs = found.runs
    several = len(runs) > 1
    optouts = chosen(catalog, options.extras, options.every_setting)
    prepared: list[tuple[Run, VerifyOptions, Verification | Report, str | None]] = []
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
        if run.unreadable:
            prepared.append((run, own, not_checked(site, optouts, run), None))
            continue
        ready, email = _verification(site, catalog, console, own, run, optouts)
        prepared.append((run, own, ready, email))

    checked = iter(verify_all([v for _, _, v, _ in prepared if isinstance(v, Verification)]))
    reports = []
    outputs_failed = False
    for run, own, verification, email in prepared:
        if isinstance(verification, Report):  # nothing could be checked: its cause
            report, written = _kept(site, console, own, verification), True
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
    outputs_failed = not console.write(text + "\n") or outputs_failed
    if options.notify or options.scheduled:
        for report in reports:
            _notify(report, console)
    if later is not None:
        outputs_failed = not later.after(reports, console) or outputs_failed
    status = worst_status([r.exit_status() for r in reports])
    if outputs_failed:
        console.note(
            "The check ran (the result is above, if it could be written), but something it "
            "was to write was not written; exit status 3."
        )
        return max(status, EXIT_OUTPUT_FAILED)
    return status


def _kept(site: Site, console: Console, options: VerifyOptions, report: Report) -> Report:
    """An account that could not be checked, kept in the history with its cause (never
    as a sign-out that did not happen)."""
    if site.practice:
        return report
    try:
        (options.history or History()).keep(report)
    except OSError as exc:
        console.note(
            translate("History", "The result could not be added to the history: {why}").format(
                why=exc.strerror or exc
            )
        )
    return report


def worst_status(statuses: list[int]) -> int:
    """Could not tell (2) outranks on (1), which outranks all off (0)."""
    return max(statuses, default=EXIT_COULD_NOT_TELL)


def _per_account(path: Path, account: str | None) -> Path:
    return path.with_name(f"{path.stem}-{file_part(account)}{path.suffix}")


def _verification(
    site: Site,
    catalog: Catalog,
    console: Console,
    options: VerifyOptions,
    run: Run,
    optouts: tuple[OptOut, ...],
) -> tuple[Verification | Report, str | None]:
    """One account's check, ready to run; without a session, asks for a sign-in first
    (none given, and a cause known for why no session could be read: that cause is the
    answer). Also: the email signed in with (for remembering), if any."""
    login = None
    if run.session is None:
        login = _ask_credentials(console, site)
        if login is None and run.cause is not None:
            return not_checked(site, optouts, run), None
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
        if step is Progress.APPROVING:  # the member must act, terminal or not
            console.note(
                "Approve the sign-in in your LinkedIn app: open it on your phone and tap "
                f"Yes. Waiting up to {options.timeout_s:g} seconds…"
            )
            return
        if console.stderr.isatty() and not options.as_json:
            words = {Progress.BROWSER: "Starting the browser…", Progress.SIGNING_IN: "Signing in…"}
            if optout_id is None and step in words:
                console.note(words[step])

    if run.name is not None and console.stderr.isatty() and not options.as_json:
        console.note(f"Checking {display_account(run.name)}…")
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
    Also: whether everything it was to write (pictures, history, report, the session
    asked to be remembered) was written."""
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
    written = done.written
    if options.remember:
        written = _remember(site, console, verification, report, email) and written
    return report, written


def _remember(
    site: Site, console: Console, verification: Verification, report: Report, email: str | None
) -> bool:
    """--remember: keep the session signed in with; False (exit 3) when nothing was
    kept, so a script does not go on to schedule checks that could never run."""
    if verification.signed_in is None:
        console.note("Not remembered: the check did not sign in, so there is no session to keep.")
        return False
    name = report.account or email or ""
    try:
        credentials.remember(site, verification.signed_in, name)
    except credentials.KeyringProblem as exc:
        console.note(f"Not remembered: {credentials.described(exc)}")
        return False
    console.note(
        f"The session of {display_account(name)} is remembered in the system keyring "
        "for later checks."
    )
    return True


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
    """A desktop notification when the member should act: a setting read On, one that
    could not be checked (with why and what to do), a new setting that is on. "On" is
    said only of a switch read on."""
    from wizard.proof.notify import notify

    on = [report.titles.get(c.optout_id, c.optout_id) for c in report.checks if c.state is State.ON]
    unknown = [c for c in report.checks if c.state.could_not_tell and not c.done]
    added = report.listing.new_and_on() if report.listing is not None else ()
    if not (on or unknown or added):
        return
    whose = f" ({report.account})" if report.account else ""
    lines = []
    if on:
        lines.append(translate("Notify", "Still on: {titles}").format(titles=", ".join(on)))
    if unknown:
        lines.append(translate("Notify", "Could not check: {why}").format(why=unknown[0].reason))
    lines += [listed_notice(row) for row in added]
    headline = (
        report.summary()
        if on or unknown
        else translate("Report", "LinkedIn added a setting that is on.")
    )
    title = translate("Notify", "LinkedIn opt-out check{whose}: {headline}").format(
        whose=whose, headline=headline
    )
    if not notify(title, "\n".join(lines)):
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
