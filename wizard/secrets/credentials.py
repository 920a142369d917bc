"""The remembered session: in the operating system's keyring, and nowhere else.

Only the session cookies the verifier needs are kept (never the password), with
the browser identity the session signed in with, so a later check is the same
browser to LinkedIn as the sign-in was. Before
anything is stored the active keyring backend is checked: a backend that would
write a plain or weakly protected file, or none at all, is refused with a message
naming it and how to get a real one. There is no fallback file, ever.

Several LinkedIn accounts can be remembered, each under its own entry keyed by the
site and the account's name as the site shows it (display name, or the email used to
sign in; never a password). Keyrings cannot list their entries on every system, so
one more entry per site holds the list of remembered names. Every change of that list
holds a lock (a file in the app's data folder, holding nothing), so two copies of the
app remembering at once both stay listed; a damaged list is made again from the
keyring where it can be searched (the Secret Service can, by attribute), and said
plainly where it cannot. A session that cannot be used as kept is named
(SessionDamaged) and never spreads to the other accounts.

Service name: "linkedin-optout-wizard". Entries: the site's origin (e.g.
"https://www.linkedin.com") holds the list; "ORIGIN#NAME" holds that account's session.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.errors

from wizard.base import locks
from wizard.base.i18n import translate
from wizard.base.identity import BrowserIdentity
from wizard.base.paths import APP_DIR_NAME
from wizard.base.site import Site
from wizard.secrets import marker
from wizard.secrets.logs import keep_secret
from wizard.secrets.session import Cookie, Session, has_session

SERVICE = "linkedin-optout-wizard"

# What the verifier needs to be signed in and look like the same device again
# (fewer security checks). Kept small: Windows limits a credential to 2,560 bytes.
KEPT_COOKIES = ("li_at", "JSESSIONID", "liap", "li_rm", "bcookie", "bscookie")

# The only backends trusted with a session: the operating systems' own keyrings,
# which encrypt what they keep. Anything else (a plain or "encrypted" file, a
# backend of unknown make, one that stores nothing) is refused, whatever priority it
# claims: a list of what is known to be safe, not of what is known to be unsafe.
_ENCRYPTING = frozenset(
    {
        "keyring.backends.SecretService.Keyring",  # GNOME Keyring, KeePassXC, … (Linux)
        "keyring.backends.libsecret.Keyring",  # the same service, through libsecret
        "keyring.backends.kwallet.DBusKeyring",  # KWallet 5/6
        "keyring.backends.kwallet.DBusKeyringKWallet4",
        "keyring.backends.macOS.Keyring",  # the macOS Keychain
        "keyring.backends.Windows.WinVaultKeyring",  # Windows Credential Locker
    }
)


def get_a_keyring() -> str:
    return translate(
        "Keyring",
        "Set up your computer's password store: GNOME Keyring or KDE Wallet on Linux, "
        "the Keychain on macOS, or Windows Credential Manager.",
    )


def _nothing(action: str) -> str:
    """'so nothing was stored / read / deleted', in the person's language."""
    words = {
        "stored": translate("Keyring", "Nothing was stored."),
        "read": translate("Keyring", "Nothing was read."),
        "deleted": translate("Keyring", "Nothing was deleted."),
    }
    return words[action]


class KeyringProblem(Exception):
    """Nothing was stored or read; the message says why and what to do, in a member's
    words. `technical` names the parts (the keyring backend's class, its own error)
    for the terminal and the log, never for the window."""

    def __init__(self, message: str, technical: str = "") -> None:
        super().__init__(message)
        self.technical = technical


def described(problem: KeyringProblem) -> str:
    """For a terminal: the member's words, then the parts named."""
    return f"{problem} ({problem.technical})" if problem.technical else str(problem)


class KeyringUnavailable(KeyringProblem):
    """No usable keyring at all, or only an insecure one."""


class KeyringLocked(KeyringProblem):
    """The keyring is locked and was not unlocked."""


def account_key(site: Site) -> str:
    """The entry listing the remembered accounts of a site."""
    return site.origin


def session_key(site: Site, account: str) -> str:
    """The entry holding one account's session."""
    return f"{site.origin}#{account}"


def backend_name(backend: keyring.backend.KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _is_secure(backend: keyring.backend.KeyringBackend) -> bool:
    if backend_name(backend) not in _ENCRYPTING:
        return False
    try:
        return float(backend.priority) > 0
    except Exception:  # one that cannot say it works here (no D-Bus, …): not trusted
        return False


def secure_backend(action: str = "stored") -> keyring.backend.KeyringBackend:
    """The active backend, if it keeps secrets properly; KeyringUnavailable otherwise.

    `action` words the refusal: "stored", "read" or "deleted".
    """
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # PYTHON_KEYRING_BACKEND naming a missing or broken one
        raise KeyringUnavailable(
            translate("Keyring", "Your computer's password store could not be opened.")
            + f" {_nothing(action)} {get_a_keyring()}",
            f"keyring could not be started: {type(exc).__name__}",
        ) from None
    members = getattr(backend, "backends", None)
    if members is not None:
        # A chainer: use its best secure member directly, so nothing is ever read
        # from, or written to, an insecure member alongside it.
        secure = sorted((b for b in members if _is_secure(b)), key=lambda b: -b.priority)
        if secure:
            return secure[0]
        names = ", ".join(backend_name(b) for b in members) or "-"
        raise KeyringUnavailable(
            translate("Keyring", "No password store on this computer keeps secrets safely.")
            + f" {_nothing(action)} {get_a_keyring()}",
            f"no secure keyring backend, found: {names}",
        )
    if not _is_secure(backend):
        raise KeyringUnavailable(
            translate("Keyring", "The password store in use does not keep secrets safely.")
            + f" {_nothing(action)} {get_a_keyring()}",
            f"keyring backend in use: {backend_name(backend)}",
        )
    return backend


class _NothingStored(Exception):
    """delete_password found nothing to delete."""


def _call(action: str, fn: Any, *args: Any) -> Any:
    try:
        return fn(*args)
    except keyring.errors.PasswordDeleteError:
        raise _NothingStored from None
    except keyring.errors.KeyringLocked:
        raise KeyringLocked(
            translate("Keyring", "Your password store is locked and was not unlocked.")
            + f" {_nothing(action)}"
        ) from None
    except keyring.errors.NoKeyringError:
        raise KeyringUnavailable(
            translate("Keyring", "This computer has no password store in use.")
            + f" {get_a_keyring()}",
            "no keyring backend",
        ) from None
    except keyring.errors.KeyringError as exc:
        # The backend's own message, which never holds the secret itself.
        raise KeyringUnavailable(
            translate("Keyring", "Your password store refused.") + f" {_nothing(action)}",
            f"keyring error: {exc}",
        ) from None


class SessionDamaged(Exception):
    """One remembered session cannot be used as it is kept (a field out of range, not
    a session at all): that account is named and the others are checked. It stays in
    the keyring, listed, until the member signs in again for it (remembering replaces
    it) or forgets it: an account never vanishes silently."""

    def __init__(self, account: str) -> None:
        shown = account or translate("Keyring", "(name not shown)")
        super().__init__(
            translate(
                "Keyring",
                "The session remembered for {name} is damaged: sign in again (in the wizard, "
                "with “Remember me”, or: optout-wizard verify --sign-in --remember).",
            ).format(name=shown)
        )
        self.account = account


class IndexDamaged(KeyringProblem):
    """The entry listing the accounts is damaged and this keyring cannot be searched
    to rebuild it."""


@dataclass(frozen=True)
class Remembered:
    """The accounts remembered for a site; `rebuilt` when their list was damaged and
    made again from what the keyring holds."""

    names: tuple[str, ...]
    rebuilt: bool = False


@contextlib.contextmanager
def _locked(action: str) -> Iterator[None]:
    """Every read-change-write of a list of accounts holds this lock: two copies of
    the app remembering at once must both stay listed. The lock file, in the app's
    data folder, holds nothing. A folder that cannot hold it (read-only, full), or
    another copy that keeps it, is a KeyringProblem in the member's words."""
    from platformdirs import user_data_dir

    lock = locks.held(Path(user_data_dir(APP_DIR_NAME, appauthor=False)) / ".keyring-index.lock")
    try:
        lock.__enter__()
    except OSError as exc:
        raise KeyringUnavailable(
            translate(
                "Keyring",
                "The app's data folder could not be used to keep the list of accounts in "
                "order ({why}).",
            ).format(why=exc.strerror or exc)
            + f" {_nothing(action)}",
            f"lock: {exc}",
        ) from None
    try:
        yield
    finally:
        lock.__exit__(None, None, None)


def accounts(site: Site) -> list[str]:
    """The names of the accounts remembered for the site, in the order remembered."""
    return list(remembered(site).names)


def remembered(site: Site) -> Remembered:
    """The accounts remembered for the site; a damaged list is rebuilt from the
    keyring where it can be searched (IndexDamaged where it cannot)."""
    backend = secure_backend("read")
    with _locked("read"):
        names = _read_index(backend, site)
        rebuilt = names is None
        if names is None:
            names = _rebuild_index(backend, site)
    marker.mark(site, bool(names))  # the keyring is the truth: the note follows it
    return Remembered(tuple(names), rebuilt)


def _read_index(backend: keyring.backend.KeyringBackend, site: Site) -> list[str] | None:
    """The listed names; None when the list is there but damaged."""
    blob = _call("read", backend.get_password, SERVICE, account_key(site))
    if not blob:
        return []
    try:
        raw = json.loads(blob)
    except ValueError:
        raw = None
    if isinstance(raw, dict) and isinstance(raw.get("cookies"), list):
        # An earlier version kept one unnamed session here: move it to its own entry.
        _call("stored", backend.set_password, SERVICE, session_key(site, ""), blob)
        _write_index(backend, site, [""])
        return [""]
    names = raw.get("accounts") if isinstance(raw, dict) else None
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        return None
    return list(dict.fromkeys(names))


def _entries(backend: keyring.backend.KeyringBackend) -> list[str] | None:
    """Every entry name (keyring "username") the app has in this keyring, or None where
    the keyring cannot be searched (only the Secret Service can, by attribute)."""
    get_collection = getattr(backend, "get_preferred_collection", None)
    query = getattr(backend, "_query", None)  # keyring's own attribute scheme
    schemes = getattr(backend, "schemes", None)
    if get_collection is None or query is None or schemes is None:
        return None
    attribute = schemes[backend.scheme]["username"]  # type: ignore[attr-defined] # with schemes

    def search() -> list[str]:
        collection = get_collection()
        with contextlib.closing(collection.connection):
            return [
                item.get_attributes().get(attribute, "")
                for item in collection.search_items(query(SERVICE))
            ]

    return [name for name in _call("read", search) if name]


def _rebuild_index(backend: keyring.backend.KeyringBackend, site: Site) -> list[str]:
    """The list made again from the sessions the keyring holds for the site."""
    entries = _entries(backend)
    if entries is None:
        raise IndexDamaged(
            translate(
                "Keyring",
                "The list of accounts remembered in your password store is damaged, and this "
                "password store cannot be searched to make it again. Sign in again with "
                "“Remember me” for each account.",
            ),
            f"damaged index entry {account_key(site)!r}; {backend_name(backend)} cannot search",
        )
    prefix = session_key(site, "")
    names = sorted(e[len(prefix) :] for e in entries if e.startswith(prefix))
    _write_index(backend, site, names)
    return names


def _write_index(backend: keyring.backend.KeyringBackend, site: Site, names: list[str]) -> None:
    if names:
        blob = json.dumps({"v": 2, "accounts": names}, separators=(",", ":"))
        _call("stored", backend.set_password, SERVICE, account_key(site), blob)
    else:
        with contextlib.suppress(_NothingStored):
            _call("deleted", backend.delete_password, SERVICE, account_key(site))


def remember(site: Site, session: Session, account: str = "") -> None:
    """Store the session of one account for the site; raises KeyringProblem and stores
    nothing on refusal. The same account remembered again replaces its session."""
    kept = [
        c
        for c in session.cookies
        if c.name in KEPT_COOKIES and site.cookie_domain_matches(c.domain)
    ]
    if not has_session(kept):
        raise ValueError("there is no signed-in session to remember")
    backend = secure_backend()
    entry: dict[str, object] = {"v": 2, "cookies": [c.to_dict() for c in kept]}
    if session.identity is not None:
        entry["identity"] = session.identity.to_json()
    blob = json.dumps(entry, separators=(",", ":"))
    with _locked("stored"):
        names = _read_index(backend, site)
        if names is None:
            names = _rebuild_index(backend, site)
        _call("stored", backend.set_password, SERVICE, session_key(site, account), blob)
        if account not in names:
            try:
                _write_index(backend, site, [*names, account])
            except KeyringProblem:
                # Not listed means never checked: take the session back out, keep nothing.
                with contextlib.suppress(KeyringProblem, _NothingStored):
                    _call("deleted", backend.delete_password, SERVICE, session_key(site, account))
                raise
    marker.mark(site, True)


def load(site: Site, account: str = "") -> Session | None:
    """One account's remembered session, or None when there is none. SessionDamaged
    when it is there but cannot be used as kept (every field is checked here, so a
    damaged one never reaches a browser). An entry kept before identities were (v1)
    has none."""
    backend = secure_backend("read")
    with _locked("read"):
        _read_index(backend, site)  # moves an earlier version's session to its entry
    blob = _call("read", backend.get_password, SERVICE, session_key(site, account))
    if not blob:
        return None
    try:
        raw = json.loads(blob)
        if not isinstance(raw, dict) or not isinstance(raw.get("cookies"), list):
            raise ValueError("not a session")
        cookies = [Cookie.from_dict(c) for c in raw["cookies"]]
    except (ValueError, KeyError, TypeError, RecursionError):
        raise SessionDamaged(account) from None
    keep_secret(*(c.value for c in cookies))
    identity = None
    if isinstance(raw.get("identity"), dict):
        try:
            identity = BrowserIdentity.from_json(raw["identity"])
        except ValueError:
            identity = None  # the cookies still work; the check presents its own engine
    session = Session.of(cookies, identity)
    return session if session.signed_in else None


def forget(site: Site, account: str | None = None) -> bool:
    """Delete one account's remembered session, or every account's of the site (None,
    found by the list, and where the keyring can be searched, by search too); True if
    there was something to delete."""
    backend = secure_backend("deleted")
    with _locked("deleted"):
        names = _read_index(backend, site)
        if names is None or account is None:
            entries = _entries(backend) or []
            prefix = session_key(site, "")
            found = [e[len(prefix) :] for e in entries if e.startswith(prefix)]
            names = list(dict.fromkeys([*(names or []), *found]))
        targets = names if account is None else [account]
        removed = False
        for name in targets:
            try:
                _call("deleted", backend.delete_password, SERVICE, session_key(site, name))
                removed = True
            except _NothingStored:
                pass
        left = [n for n in names if n not in targets]
        _write_index(backend, site, left)
    if not left:
        marker.mark(site, False)
    return removed


def forget_everything() -> int:
    """Every entry this app wrote, for every site (`forget --all`): by search where the
    keyring can be searched; the number deleted. IndexDamaged-like KeyringProblem where
    it cannot be searched: then only site by site is possible."""
    backend = secure_backend("deleted")
    with _locked("deleted"):
        entries = _entries(backend)
        if entries is None:
            raise KeyringProblem(
                translate(
                    "Keyring",
                    "This password store cannot be searched, so the app cannot find every "
                    "entry it wrote. Forget each site's sessions instead (optout-wizard "
                    "forget).",
                ),
                f"{backend_name(backend)} cannot search",
            )
        removed = 0
        for name in dict.fromkeys(entries):
            try:
                _call("deleted", backend.delete_password, SERVICE, name)
                removed += 1
            except _NothingStored:
                pass
    return removed
