"""Accounts, sessions and fault modes of the practice site, kept in memory.

Any email and password sign in; each account starts with every setting on, as
LinkedIn does. Faults are chosen per run (for every account) and per account, so
one server can hold a healthy account next to a broken one. A person practising
can pick faults from the sign-in form by tagging the email: ``me+pin+slow@x.org``.
"""

from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass, field, fields, replace

from wizard.practice.settings import NEW_SETTING, SETTINGS

PRACTICE_PIN = "424242"
SLOW_TAG_MS = 1500
LATE_TAG_MS = 4000
LAZY_TAG_MS = 1500
DRAWN_LATE_MS = 3500  # a spinner or a foreign "Loading…" before the switch
APPROVE_TAG_MS = 4000  # the member taps Yes in the LinkedIn app this long after
OBJECTION_LATE_MS = 2500  # the objection form's confirmation is drawn this late


@dataclass(frozen=True)
class Faults:
    """What goes wrong for an account. All off is a healthy LinkedIn."""

    delay_ms: int = 0  # every response waits this long
    error_500: bool = False  # setting pages answer HTTP 500
    redesigned: bool = False  # setting pages load but hold no switch
    relabelled: bool = False  # switch without its stable id, German label
    no_stable_id: bool = False  # switch without its stable id, in the page's language
    button_switch: bool = False  # an ARIA button switch instead of a checkbox
    dropped_saves: bool = False  # the switch flips, the save is silently dropped
    expired: bool = False  # every member page sends you to sign-in
    pin: bool = False  # a PIN check after sign-in
    captcha: bool = False  # a puzzle check after sign-in
    not_offered: bool = False  # the page says the setting is not offered here
    us: bool = False  # a US member: a GPC signal turns affiliate sharing off
    # How real single-page sites draw a setting page (the page script in pages.py):
    data_delay_ms: int = 0  # the member's value arrives this late (a slow data fetch)
    bare_skeleton: bool = False  # the loading skeleton carries no aria-busy: looks only
    placeholder: bool = False  # the switch is drawn at once, disabled and aria-busy, Off
    two_step: bool = False  # enabled with the default first, the member's value a moment later
    second_switch: bool = False  # another setting's named switch on the same page, Off
    reused: bool = False  # the page now holds only that other switch (ours has gone)
    reworded: bool = False  # the label reworded a little, without the stable id
    region_words: bool = False  # "not offered", in other words than the catalog's
    shadow: bool = False  # the card is a web component with an open shadow root
    iframe: bool = False  # the card is drawn in a same-origin iframe
    banner: bool = False  # a cookie-consent banner with a backdrop covers the page
    low: bool = False  # a long notice above the card: the switch lies below the first view
    lazy_ms: int = 0  # a "Loading…" box (no aria-busy, no request), the card drawn this late
    described: bool = False  # a div switch named only by its aria-describedby text
    spinner_ms: int = 0  # only a spinning ring (CSS, no words, no aria), the card this late
    foreign_loading_ms: int = 0  # "読み込み中…" (a language the catalog lacks), then the card
    untrusted: bool = False  # the page cancels clicks no person made (isTrusted false)
    covered: bool = False  # a clear layer over the switch takes every click
    # How members sign in:
    provider_only: bool = False  # no password: signs in only with the practice ID provider
    app_code: bool = False  # a two-step code from an authenticator app after sign-in
    approve_ms: int = 0  # "Check your LinkedIn app": approved on the phone this late
    approve_never: bool = False  # "Check your LinkedIn app", and nobody ever taps Yes
    # How the services judge the browser (LINKEDIN.md, "The services judge the browser"):
    bound: bool = False  # a session belongs to the User-Agent that signed in; another ends it
    headless: bool = False  # a browser that says HeadlessChrome gets a security check
    picky: bool = False  # Practice ID refuses embedded browsers, with Google's words
    # What LinkedIn does next:
    new_setting: bool = False  # a data-use setting the app does not know, on, in the lists
    list_error: bool = False  # the pages listing the settings answer HTTP 500
    # The Data Processing Objection form (practice/objection.py):
    objection_region: bool = False  # the form is not offered in the member's region
    objection_signout: bool = False  # the session has ended when the form is sent
    objection_late_ms: int = 0  # the confirmation is drawn this late ("Sending…" first)

    def merged(self, other: Faults) -> Faults:
        """Both sets of faults at once (the slower delay wins)."""
        values = {}
        for f in fields(self):
            a, b = getattr(self, f.name), getattr(other, f.name)
            values[f.name] = max(a, b) if isinstance(a, int) and not isinstance(a, bool) else a or b
        return Faults(**values)

    @classmethod
    def parse(cls, words: list[str] | tuple[str, ...]) -> Faults:
        """Faults from tags such as ``pin``, ``slow`` or ``slow=800``."""
        faults = cls()
        for word in words:
            name, _, value = word.partition("=")
            name = name.strip().lower()
            if name not in TAGS:
                known = ", ".join(sorted(TAGS))
                raise ValueError(f"unknown fault {name!r} (known: {known})")
            if name in DELAYS:
                try:
                    delay = int(value) if value else DELAYS[name][1]
                except ValueError:
                    raise ValueError(
                        f"{name}={value!r}: the delay must be whole milliseconds"
                    ) from None
                attr = DELAYS[name][0]
                faults = replace(faults, **{attr: max(getattr(faults, attr), delay)})
            else:
                faults = replace(faults, **{TAGS[name]: True})
        return faults

    def tags(self) -> list[str]:
        out = [
            f"{tag}={getattr(self, attr)}"
            for tag, (attr, _) in DELAYS.items()
            if getattr(self, attr)
        ]
        out += [tag for tag, attr in TAGS.items() if tag not in DELAYS and getattr(self, attr)]
        return out


# Words a person can use (CLI --fault, or +tag in the email) → field names.
TAGS: dict[str, str] = {
    "slow": "delay_ms",
    "error": "error_500",
    "redesign": "redesigned",
    "german": "relabelled",
    "noid": "no_stable_id",
    "button": "button_switch",
    "dropsave": "dropped_saves",
    "expired": "expired",
    "pin": "pin",
    "idp": "provider_only",
    "totp": "app_code",
    "captcha": "captcha",
    "region": "not_offered",
    "us": "us",
    "late": "data_delay_ms",
    "skeleton": "bare_skeleton",
    "placeholder": "placeholder",
    "twostep": "two_step",
    "second": "second_switch",
    "reused": "reused",
    "reworded": "reworded",
    "regionwords": "region_words",
    "shadow": "shadow",
    "iframe": "iframe",
    "banner": "banner",
    "low": "low",
    "lazy": "lazy_ms",
    "spinner": "spinner_ms",
    "foreignloading": "foreign_loading_ms",
    "untrusted": "untrusted",
    "covered": "covered",
    "approve": "approve_ms",
    "approvenever": "approve_never",
    "described": "described",
    "bound": "bound",
    "headless": "headless",
    "picky": "picky",
    "newsetting": "new_setting",
    "listerror": "list_error",
    "objectionregion": "objection_region",
    "objectionsignout": "objection_signout",
    "objectionlate": "objection_late_ms",
}
# Tags that take a number of milliseconds: the field, and the default.
DELAYS: dict[str, tuple[str, int]] = {
    "slow": ("delay_ms", SLOW_TAG_MS),
    "late": ("data_delay_ms", LATE_TAG_MS),
    "lazy": ("lazy_ms", LAZY_TAG_MS),
    "spinner": ("spinner_ms", DRAWN_LATE_MS),
    "foreignloading": ("foreign_loading_ms", DRAWN_LATE_MS),
    "approve": ("approve_ms", APPROVE_TAG_MS),
    "objectionlate": ("objection_late_ms", OBJECTION_LATE_MS),
}


def faults_from_email(email: str) -> Faults:
    """``alex+pin+slow@example.com`` → PIN check and slow pages; unknown tags are ignored."""
    local = email.partition("@")[0]
    words = [w for w in local.split("+")[1:] if w.partition("=")[0].lower() in TAGS]
    return Faults.parse(words)


@dataclass
class Account:
    email: str
    faults: Faults
    lang: str | None = None  # None: the browser's language (Accept-Language)
    gpc_seen: bool = False  # a request of this member's carried Sec-GPC: 1
    settings: dict[str, bool] = field(default_factory=lambda: dict.fromkeys(SETTINGS, True))
    # Objection requests this member sent (the form's fields and its case number).
    objections: list[dict[str, str]] = field(default_factory=list)

    @property
    def display_name(self) -> str:
        """What the page shows as the member's name: 'alex.member+pin@…' → 'Alex Member'."""
        local = self.email.partition("@")[0].partition("+")[0]
        words = [w for w in local.replace("_", ".").replace("-", ".").split(".") if w]
        return " ".join(w.capitalize() for w in words) or "Practice Member"


@dataclass
class Session:
    token: str  # the li_at value
    csrf: str  # the JSESSIONID value, without quotes
    email: str
    # The User-Agent that signed in (None: opened without a browser, by a test; the
    # first browser to use it then owns it).
    user_agent: str | None = None


@dataclass
class Challenge:
    id: str
    email: str
    kind: str  # "pin", "app", "captcha", "approve" (the LinkedIn app on the phone), or
    # "browser" (a signed-in browser that looked automated)
    redirect: str
    attempts: int = 0
    opened_at: float = field(default_factory=time.monotonic)


def _add_new_setting(account: Account) -> None:
    """The setting LinkedIn adds comes on, for an account with that fault (once)."""
    if account.faults.new_setting:
        account.settings.setdefault(NEW_SETTING.id, True)


class Store:
    """All server-side state; every method is safe to call from request threads."""

    def __init__(
        self, faults: Faults | None = None, pin: str = PRACTICE_PIN, render_delay_ms: int = 150
    ) -> None:
        self.run_faults = faults or Faults()
        self.pin = pin
        # LinkedIn draws its settings a moment after load; benchmarks set 0 to measure
        # the app rather than the page.
        self.render_delay_ms = render_delay_ms
        self._next_tokens: list[tuple[str, str]] = []
        self._lock = threading.Lock()
        self._accounts: dict[str, Account] = {}
        self._sessions: dict[str, Session] = {}
        self._challenges: dict[str, Challenge] = {}
        self._codes: dict[str, str] = {}  # one-time codes from the identity provider
        self._next_codes: list[str] = []
        # Sessions the site ended itself (email, why): a test asks "none ended?".
        self.ended: list[tuple[str, str]] = []
        # What the site does to an account's next member page, once (tests): "end" the
        # session, or ask for a security "check", as LinkedIn may on any day.
        self._next_judgement: dict[str, str] = {}
        self._objections_sent = 0

    @staticmethod
    def _key(email: str) -> str:
        return email.strip().lower()

    def account(self, email: str) -> Account:
        """The account for an email, created on first use with every setting on."""
        key = self._key(email)
        with self._lock:
            if key not in self._accounts:
                faults = self.run_faults.merged(faults_from_email(key))
                account = Account(email=key, faults=faults)
                _add_new_setting(account)
                self._accounts[key] = account
            return self._accounts[key]

    def configure(self, email: str, faults: Faults | None = None, lang: str | None = None) -> None:
        account = self.account(email)
        with self._lock:
            if faults is not None:
                account.faults = faults
                _add_new_setting(account)
            if lang is not None:
                account.lang = lang

    def settings_of(self, email: str) -> dict[str, bool]:
        account = self.account(email)
        with self._lock:
            return dict(account.settings)

    def save(self, email: str, setting_id: str, value: bool) -> bool:
        """Store a switch; returns False when the dropped-saves fault ate it."""
        account = self.account(email)
        with self._lock:
            if account.faults.dropped_saves:
                return False
            account.settings[setting_id] = value
            if setting_id == "ads-off-linkedin" and not value:
                # LinkedIn's help: opting out of ads off LinkedIn also stops data sharing.
                account.settings["affiliate-sharing"] = False
            return True

    def saw_gpc(self, email: str) -> None:
        """As LinkedIn describes for US members: the signal opts them out of sharing."""
        account = self.account(email)
        with self._lock:
            account.gpc_seen = True
            if account.faults.us:
                account.settings["affiliate-sharing"] = False

    def set_all(self, email: str, value: bool) -> None:
        account = self.account(email)
        with self._lock:
            account.settings = dict.fromkeys(account.settings, value)

    def queue_tokens(self, li_at: str, csrf: str) -> None:
        """The next session gets these values (tests use sentinels to trace them)."""
        with self._lock:
            self._next_tokens.append((li_at, csrf))

    def open_session(self, email: str, user_agent: str | None = None) -> Session:
        account = self.account(email)
        with self._lock:
            queued = self._next_tokens.pop(0) if self._next_tokens else None
        token, csrf = queued or (
            secrets.token_urlsafe(24),
            f"ajax:{secrets.randbelow(10**18):018d}",
        )
        session = Session(token=token, csrf=csrf, email=account.email, user_agent=user_agent)
        with self._lock:
            self._sessions[session.token] = session
        return session

    def same_browser(self, session: Session, user_agent: str) -> bool:
        """Is this the browser the session belongs to? A session opened without one
        belongs to the first that uses it."""
        with self._lock:
            if session.user_agent is None:
                session.user_agent = user_agent
            return session.user_agent == user_agent

    def judge_next(self, email: str, what: str) -> None:
        if what not in ("end", "check"):
            raise ValueError(f"judge_next: {what!r} is not 'end' or 'check'")
        with self._lock:
            self._next_judgement[self._key(email)] = what

    def take_judgement(self, email: str) -> str | None:
        with self._lock:
            return self._next_judgement.pop(self._key(email), None)

    def add_objection(self, email: str, form: dict[str, str]) -> str:
        """Keep a request sent with the objection form; its case number (running)."""
        from wizard.practice.objection import case_number

        account = self.account(email)
        with self._lock:
            self._objections_sent += 1
            case = case_number(self._objections_sent)
            account.objections.append({**form, "case": case})
        return case

    def end_session(self, token: str, why: str) -> None:
        """The site takes a session back: it is gone for every browser."""
        with self._lock:
            session = self._sessions.pop(token, None)
            if session is not None:
                self.ended.append((session.email, why))

    def session(self, token: str | None) -> Session | None:
        """The live session for an li_at value; None when signed out or expired."""
        if not token:
            return None
        with self._lock:
            session = self._sessions.get(token)
        if session is None or self.account(session.email).faults.expired:
            return None
        return session

    def close_session(self, token: str | None) -> None:
        with self._lock:
            self._sessions.pop(token or "", None)

    def expire_sessions(self, email: str) -> None:
        key = self._key(email)
        with self._lock:
            for token in [t for t, s in self._sessions.items() if s.email == key]:
                del self._sessions[token]

    def open_challenge(self, email: str, kind: str, redirect: str) -> Challenge:
        challenge = Challenge(secrets.token_hex(8), self._key(email), kind, redirect)
        with self._lock:
            self._challenges[challenge.id] = challenge
        return challenge

    def challenge(self, challenge_id: str) -> Challenge | None:
        with self._lock:
            return self._challenges.get(challenge_id)

    def close_challenge(self, challenge_id: str) -> None:
        with self._lock:
            self._challenges.pop(challenge_id, None)

    # The practice identity provider hands the site a one-time code, as OAuth does.

    def queue_code(self, code: str) -> None:
        """The next provider code is this value (tests trace it as a sentinel)."""
        with self._lock:
            self._next_codes.append(code)

    def grant_code(self, email: str) -> str:
        with self._lock:
            queued = self._next_codes.pop(0) if self._next_codes else None
        code = queued or secrets.token_urlsafe(16)
        with self._lock:
            self._codes[code] = self._key(email)
        return code

    def redeem_code(self, code: str) -> str | None:
        """The email a code was granted for; a code works once."""
        with self._lock:
            return self._codes.pop(code, None)
