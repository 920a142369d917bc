"""Which accounts a terminal check runs for, and what it says of one it cannot run.

The remembered accounts come from the keyring. When the keyring cannot be read
(locked, missing, its list damaged) or one session is damaged, the check must say that
cause and its one next step, for that account or for all: never "signed out", which
would be a lie, and never "the browser stopped working" for every account because one
entry is bad. A session is forgotten only when LinkedIn itself said it has ended.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from wizard.base.i18n import translate
from wizard.base.site import Site
from wizard.catalog.model import Catalog, OptOut
from wizard.reading.result import Cause, Report, State, all_checks
from wizard.secrets import credentials
from wizard.secrets.session import Session


@dataclass(frozen=True)
class Run:
    """One account to check: its remembered session, or None to sign in now (and then
    `cause` and `reason`, when set, say why no remembered session could be used: the
    answer if no sign-in is given)."""

    name: str | None
    session: Session | None  # None: sign in now, or `cause` says why it cannot be checked
    cause: Cause | None = None
    reason: str = ""

    @property
    def unreadable(self) -> bool:
        """Nothing can be checked for this account: `cause` and `reason` say why."""
        return self.session is None and self.name is not None and self.cause is not None


def keyring_cause(
    problem: credentials.KeyringProblem, retry_at_login: bool = False
) -> tuple[Cause, str]:
    """The cause of a keyring that could not be read, and the sentence for the member
    (with the next step: for a scheduled check, the retry it arranged)."""
    if isinstance(problem, credentials.KeyringLocked):
        step = (
            translate(
                "Later",
                "Unlock it (it unlocks when you log in) and the check runs again at your "
                "next login.",
            )
            if retry_at_login
            else translate("Later", "Unlock it (it unlocks when you log in), then check again.")
        )
        return Cause.KEYRING_LOCKED, translate(
            "Later",
            "Your keyring is locked: the remembered session in your computer's password "
            "store could not be read, so nothing was checked.",
        ) + " " + step
    if isinstance(problem, credentials.IndexDamaged):
        return Cause.ACCOUNTS_LIST_DAMAGED, str(problem)
    return Cause.KEYRING_MISSING, translate(
        "Later",
        "No password store the app can use was found on this computer, so no remembered "
        "session could be read and nothing was checked. {get_one} Then sign in once in the "
        "wizard with “Remember me”.",
    ).format(get_one=credentials.get_a_keyring())


def display_account(name: str | None) -> str:
    return name if name else translate("Keyring", "(name not shown)")


@dataclass(frozen=True)
class Accounts:
    """The runs, and what the member should be told of the keyring on the way."""

    runs: list[Run]
    notes: list[str]


def accounts_to_check(
    site: Site,
    account: str | None,
    sign_in: bool,
    when_locked: Callable[[], bool] = lambda: False,
) -> Accounts | str:
    """What to check: the remembered accounts (one with `account`), or a sign-in. A
    string is bad usage, said in that sentence. `when_locked` is called once if the
    keyring is locked: a scheduled check arranges its retry there (True if it did)."""
    retry: list[bool] = []

    def retry_at_login() -> bool:
        if not retry:
            retry.append(when_locked())
        return retry[0]

    notes: list[str] = []
    if sign_in or site.practice:  # an in-process practice site is new
        if account is not None:
            return "The practice site remembers no accounts: sign in instead."
        return Accounts([Run(None, None)], notes)
    try:
        found = credentials.remembered(site)
    except credentials.KeyringProblem as exc:
        cause, reason = keyring_cause(exc, _locked(exc) and retry_at_login())
        notes.append(
            translate("Later", "Could not read the remembered sessions: {why}").format(
                why=credentials.described(exc)
            )
        )
        # Signing in now still works, if the member gives a sign-in; if not, the
        # keyring's cause is the answer.
        return Accounts([Run(account, None, cause, reason)], notes)
    names = list(found.names)
    if found.rebuilt:
        notes.append(
            translate(
                "Later",
                "The list of accounts remembered in your password store was damaged; it was "
                "made again from the sessions the store holds.",
            )
        )
    if account is not None:
        if account not in names:
            known = ", ".join(repr(display_account(n)) for n in names)
            return (
                f"No session is remembered for the account {account!r}. "
                + (f"Remembered: {known}." if names else "None is remembered yet.")
                + " To add it: verify --sign-in --remember."
            )
        names = [account]
    runs: list[Run] = []
    for name in names:
        try:
            session = credentials.load(site, name)
        except credentials.SessionDamaged as exc:
            runs.append(Run(name, None, Cause.SESSION_DAMAGED, str(exc)))
            continue
        except credentials.KeyringProblem as exc:
            # Locked, or refused: the session may be perfectly good. Not checked (it
            # is not "signed out") and never forgotten for it.
            cause, reason = keyring_cause(exc, _locked(exc) and retry_at_login())
            runs.append(Run(name, None, cause, reason))
            continue
        runs.append(Run(name, session or Session(())))  # none: reported as signed out
    return Accounts(runs or [Run(None, None)], notes)


def _locked(problem: credentials.KeyringProblem) -> bool:
    return isinstance(problem, credentials.KeyringLocked)


def not_checked(site: Site, optouts: tuple[OptOut, ...], run: Run) -> Report:
    """The report of an account nothing could be checked for, with its cause."""
    assert run.cause is not None
    return Report(
        site=site.origin,
        browser="none",
        checks=all_checks([o.id for o in optouts], State.ERROR, run.reason),
        titles={o.id: o.title for o in optouts},
        account=run.name,
        cause=run.cause,
    )


def chosen(catalog: Catalog, extras: tuple[str, ...], every_setting: bool) -> tuple[OptOut, ...]:
    return tuple(catalog.optouts if every_setting else catalog.chosen(extras))
