"""The remembered session: in the operating system's keyring, and nowhere else.

Only the session cookies the verifier needs are kept (never the password). Before
anything is stored the active keyring backend is checked: a backend that would
write a plain or weakly protected file, or none at all, is refused with a message
naming it and how to get a real one. There is no fallback file, ever.

Service name: "linkedin-optout-wizard". Account key: the site's origin, e.g.
"https://www.linkedin.com".
"""

from __future__ import annotations

import json
from typing import Any

import keyring
import keyring.backend
import keyring.errors

from wizard.i18n import translate
from wizard.logs import keep_secret
from wizard.session import Cookie, has_session
from wizard.site import Site

SERVICE = "linkedin-optout-wizard"

# What the verifier needs to be signed in and look like the same device again
# (fewer security checks). Kept small: Windows limits a credential to 2,560 bytes.
KEPT_COOKIES = ("li_at", "JSESSIONID", "liap", "li_rm", "bcookie", "bscookie")

# Backends that store nothing, or store it where anyone with the file can read it.
_REFUSED_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def get_a_keyring() -> str:
    return translate(
        "Keyring",
        "Use your system's keyring: GNOME Keyring or KWallet on Linux (with the Secret "
        "Service running), the Keychain on macOS, or Windows Credential Manager.",
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
    """Nothing was stored or read; the message says why and what to do."""


class KeyringUnavailable(KeyringProblem):
    """No usable keyring at all, or only an insecure one."""


class KeyringLocked(KeyringProblem):
    """The keyring is locked and was not unlocked."""


def account_key(site: Site) -> str:
    return site.origin


def backend_name(backend: keyring.backend.KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _is_secure(backend: keyring.backend.KeyringBackend) -> bool:
    module = type(backend).__module__
    if any(module == m or module.startswith(m + ".") for m in _REFUSED_MODULES):
        return False
    try:
        return float(backend.priority) >= 1  # type: ignore[arg-type]
    except Exception:  # a backend that cannot say how good it is: not trusted
        return False


def secure_backend(action: str = "stored") -> keyring.backend.KeyringBackend:
    """The active backend, if it keeps secrets properly; KeyringUnavailable otherwise.

    `action` words the refusal: "stored", "read" or "deleted".
    """
    backend = keyring.get_keyring()
    members = getattr(backend, "backends", None)
    if members is not None:
        # A chainer: use its best secure member directly, so nothing is ever read
        # from, or written to, an insecure member alongside it.
        secure = sorted((b for b in members if _is_secure(b)), key=lambda b: -b.priority)
        if secure:
            return secure[0]
        names = ", ".join(backend_name(b) for b in members) or "-"
        raise KeyringUnavailable(
            translate("Keyring", "No secure keyring is available (found: {names}).").format(
                names=names
            )
            + f" {_nothing(action)} {get_a_keyring()}"
        )
    if not _is_secure(backend):
        raise KeyringUnavailable(
            translate(
                "Keyring", "The keyring in use ({name}) does not keep secrets safely."
            ).format(name=backend_name(backend))
            + f" {_nothing(action)} {get_a_keyring()}"
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
            translate("Keyring", "Your keyring is locked and was not unlocked.")
            + f" {_nothing(action)}"
        ) from None
    except keyring.errors.NoKeyringError:
        raise KeyringUnavailable(
            translate("Keyring", "No keyring is available.") + f" {get_a_keyring()}"
        ) from None
    except keyring.errors.KeyringError as exc:
        # The backend's own message, which never holds the secret itself.
        raise KeyringUnavailable(
            translate("Keyring", "The keyring refused: {why}.").format(why=exc)
            + f" {_nothing(action)}"
        ) from None


def remember(site: Site, cookies: list[Cookie]) -> None:
    """Store the session for the site; raises KeyringProblem and stores nothing on refusal."""
    kept = [c for c in cookies if c.name in KEPT_COOKIES and site.cookie_domain_matches(c.domain)]
    if not has_session(kept):
        raise ValueError("there is no signed-in session to remember")
    backend = secure_backend()
    blob = json.dumps({"v": 1, "cookies": [c.to_dict() for c in kept]}, separators=(",", ":"))
    _call("stored", backend.set_password, SERVICE, account_key(site), blob)


def load(site: Site) -> list[Cookie] | None:
    """The remembered session, or None when there is none (or it is unreadable)."""
    backend = secure_backend("read")
    blob = _call("read", backend.get_password, SERVICE, account_key(site))
    if not blob:
        return None
    try:
        raw = json.loads(blob)
        cookies = [Cookie.from_dict(c) for c in raw["cookies"]]
    except (ValueError, KeyError, TypeError):
        forget(site)  # unreadable: of no use to anyone
        return None
    keep_secret(*(c.value for c in cookies))
    return cookies if has_session(cookies) else None


def forget(site: Site) -> bool:
    """Delete the remembered session; True if there was one."""
    backend = secure_backend("deleted")
    try:
        _call("deleted", backend.delete_password, SERVICE, account_key(site))
    except _NothingStored:
        return False
    return True
