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
one more entry per site holds the list of remembered names.

Service name: "linkedin-optout-wizard". Entries: the site's origin (e.g.
"https://www.linkedin.com") holds the list; "ORIGIN#NAME" holds that account's session.
"""

from __future__ import annotations

import contextlib
import json
from typing import Any

import keyring
import keyring.backend
import keyring.errors

from wizard.base.i18n import translate
from wizard.base.identity import BrowserIdentity
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


def accounts(site: Site) -> list[str]:
    """The names of the accounts remembered for the site, in the order remembered."""
    backend = secure_backend("read")
    names = _read_index(backend, site)
    marker.mark(site, bool(names))  # the keyring is the truth: the note follows it
    return names


def _read_index(backend: keyring.backend.KeyringBackend, site: Site) -> list[str]:
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
        return []  # unreadable: the sessions themselves are still found by name
    return list(dict.fromkeys(names))


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
    names = _read_index(backend, site)
    entry: dict[str, object] = {"v": 2, "cookies": [c.to_dict() for c in kept]}
    if session.identity is not None:
        entry["identity"] = session.identity.to_json()
    blob = json.dumps(entry, separators=(",", ":"))
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
    """One account's remembered session, or None when there is none (or it is
    unreadable). An entry kept before identities were (v1) has none."""
    backend = secure_backend("read")
    _read_index(backend, site)  # moves an earlier version's session to its entry
    blob = _call("read", backend.get_password, SERVICE, session_key(site, account))
    if not blob:
        return None
    try:
        raw = json.loads(blob)
        cookies = [Cookie.from_dict(c) for c in raw["cookies"]]
    except (ValueError, KeyError, TypeError):
        forget(site, account)  # unreadable: of no use to anyone
        return None
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
    """Delete one account's remembered session, or every account's (None); True if
    there was something to delete."""
    backend = secure_backend("deleted")
    names = _read_index(backend, site)
    targets = names if account is None else [account]
    removed = False
    for name in targets:
        try:
            _call("deleted", backend.delete_password, SERVICE, session_key(site, name))
            removed = True
        except _NothingStored:
            pass
    left = [n for n in names if n not in targets]
    if left != names or (not left and account is None):
        _write_index(backend, site, left)
    if not left:
        marker.mark(site, False)
    return removed
