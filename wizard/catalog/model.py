"""The opt-out catalog: resources/optouts.toml read into frozen records.

LinkedIn moves pages and rewords switches without notice; keeping that knowledge in
one data file makes such a change a data fix. The loader is strict so a broken edit
fails at start with the file, entry and field named, rather than as a wrong verdict
later.

The field checks are written here rather than with a schema library (msgspec,
pydantic), on purpose: the rules that matter are about meaning, not types (a path
on the site itself, a translation with as many menu steps as the English, a
language code, "not_available" only with "not_available_where"), and the messages
name the entry and the translation ("entry 'ai-training', text.de: field
'menu_route': missing") in words a catalog editor acts on; tests/unit/catalog/test_catalog.py
holds one case per message. A schema library would add a dependency to the start
path and still need these checks after it.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any

from wizard.base.paths import resource
from wizard.catalog.fields import _EMPTY, _LANG, CatalogError, Fields

__all__ = ["CatalogError"]  # re-exported: where every caller has found it

SCHEMA = 1
WANTED_STATES = ("off",)
STALE_AFTER_DAYS = 90

_ID = re.compile(r"^[a-z][a-z0-9-]*$")
_SWITCH_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")


def every_language(table: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """All languages' words of a by-language table, in one tuple."""
    return tuple(word for words in table.values() for word in words)


DEFAULT_SETTINGS_HUB = "/mypreferences/d/categories/account"  # known, LINKEDIN.md


@dataclass(frozen=True)
class PageRules:
    """How to tell, from where a page ended up, that LinkedIn refused to show it."""

    signed_out_paths: tuple[str, ...]
    challenge_paths: tuple[str, ...]
    not_offered_phrases: Mapping[str, tuple[str, ...]]
    account_name: tuple[str, ...]  # CSS selectors of the member's name on a page
    # Other wordings of "not offered": a notice with a word of each list.
    not_available: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: _EMPTY)
    not_available_where: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: _EMPTY)
    long_lived_requests: tuple[str, ...] = ()  # path prefixes of requests that never end
    # "Settings & Privacy", where the way by hand starts when a direct page moved.
    settings_hub: str = DEFAULT_SETTINGS_HUB
    # "Loading…", per language: a page that shows one is still drawing.
    loading_words: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: _EMPTY)

    def all_not_offered_phrases(self) -> tuple[str, ...]:
        return tuple(p for phrases in self.not_offered_phrases.values() for p in phrases)


@dataclass(frozen=True)
class SettingsLists:
    """The pages that list LinkedIn's data-use settings with their states, and the
    words a state is shown in (per language): how a setting LinkedIn adds is noticed."""

    paths: tuple[str, ...] = ()
    on_words: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: _EMPTY)
    off_words: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: _EMPTY)


@dataclass(frozen=True)
class Matching:
    """Words, per language, that the detector compares switch names in."""

    stop: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: _EMPTY)
    negations: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: _EMPTY)
    generic: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: _EMPTY)


@dataclass(frozen=True)
class SiteQuirk:
    """What the app's browser changes for one service's hosts, and why: a workaround
    kept as data with its public reports (qutebrowser's site-specific quirks)."""

    name: str
    hosts: tuple[str, ...]  # a host covers its subdomains
    user_agent: str  # "{system}": this computer's part of a User-Agent
    why: str
    reports: tuple[str, ...]
    enabled: bool = True
    practice: bool = False  # the practice site's own provider plays this service

    def user_agent_here(self, system: str) -> str:
        return self.user_agent.replace("{system}", system)


@dataclass(frozen=True)
class SignInForm:
    """Where LinkedIn's sign-in form is and how its fields are found."""

    path: str
    username: str
    password: str
    submit: str
    pin: str
    pin_submit: str
    consent_reject: tuple[str, ...] = ()  # a cookie banner's "refuse" button, by its words
    # Sign-in services LinkedIn hands members to (hosts; subdomains included).
    identity_providers: tuple[str, ...] = ()
    # Words of a two-step page that asks for an authenticator app's code, or a text's.
    app_code_words: tuple[str, ...] = ()
    text_code_words: tuple[str, ...] = ()
    # Words of a page that asks the member to approve the sign-in in LinkedIn's app.
    approval_words: tuple[str, ...] = ()
    # What a provider's page says when it refuses a browser built into an app.
    refusal_phrases: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: _EMPTY)
    quirks: tuple[SiteQuirk, ...] = ()
    # Where a member without a LinkedIn password asks for a link to set one.
    password_reset_path: str = ""

    def active_quirks(self) -> tuple[SiteQuirk, ...]:
        return tuple(q for q in self.quirks if q.enabled)


@dataclass(frozen=True)
class LocalText:
    """An opt-out's words in one language."""

    title: str
    explanation: str
    menu_route: tuple[str, ...]
    loses: str = ""


@dataclass(frozen=True)
class OptOut:
    """One setting the member wants in its wanted state."""

    id: str
    title: str
    explanation: str
    paths: tuple[str, ...]
    menu_route: tuple[str, ...]
    switch_id: str
    wanted: str
    labels: Mapping[str, tuple[str, ...]]
    last_verified: date = date(1970, 1, 1)  # when last compared with LinkedIn's page
    texts: Mapping[str, LocalText] = field(default_factory=lambda: MappingProxyType({}))
    optional: bool = False  # an extra the member may add; the mission's two are not
    loses: str = ""  # what the member gives up by switching it off (optional entries)
    english_title: str = ""  # the title before localized(); LinkedIn may show any language

    def all_titles(self) -> tuple[str, ...]:
        """The page's heading in every language the catalog knows, English first."""
        titles = [self.english_title or self.title, *(t.title for t in self.texts.values())]
        return tuple(dict.fromkeys(titles))

    def stale(self, today: date | None = None) -> bool:
        """Not compared with LinkedIn for over 90 days: the page may have moved."""
        return ((today or date.today()) - self.last_verified).days > STALE_AFTER_DAYS

    def localized(self, lang: str) -> OptOut:
        """The same opt-out with its words in lang (English where the catalog has no
        translation)."""
        text = self.texts.get(lang)
        if text is None:
            return self
        return replace(
            self,
            english_title=self.english_title or self.title,
            title=text.title,
            explanation=text.explanation,
            menu_route=text.menu_route,
            loses=text.loses or self.loses,
        )

    @property
    def path(self) -> str:
        """The preferred direct page."""
        return self.paths[0]

    def all_labels(self) -> tuple[str, ...]:
        """Every language's labels: a member's LinkedIn may be in any of them."""
        return tuple(label for labels in self.labels.values() for label in labels)


@dataclass(frozen=True)
class ObjectionForm:
    """LinkedIn's Data Processing Objection form: where it is, how its confirmation
    and a case number read, and the words the wizard offers. By-language tables;
    `localized` picks the member's language for what the wizard shows."""

    path: str
    confirmation: Mapping[str, tuple[str, ...]]
    case_words: Mapping[str, tuple[str, ...]]
    case_number: str  # a regular expression (JavaScript's and Python's alike)
    unavailable: Mapping[str, tuple[str, ...]]
    topic: Mapping[str, tuple[str, ...]]
    suggested: Mapping[str, tuple[str, ...]]
    last_verified: date = date(1970, 1, 1)

    def text(self, table: Mapping[str, tuple[str, ...]], lang: str) -> str:
        """A table's first entry in lang, else in English."""
        return (table.get(lang) or table["en"])[0]

    def suggestion(self, lang: str) -> str:
        return self.text(self.suggested, lang)

    def topic_in(self, lang: str) -> str:
        return self.text(self.topic, lang)

    def spec(self) -> dict[str, Any]:
        """What the page's reader looks for (resources/formread.js): every language's
        words, since LinkedIn may show any."""
        return {
            "confirmation": list(every_language(self.confirmation)),
            "caseWords": list(every_language(self.case_words)),
            "caseNumber": self.case_number,
            "unavailable": list(every_language(self.unavailable)),
        }


@dataclass(frozen=True)
class Catalog:
    version: str
    source: Path
    pages: PageRules
    sign_in: SignInForm
    optouts: tuple[OptOut, ...]
    matching: Matching = field(default_factory=Matching)
    # None: a catalog signed before the lists were read (nothing is listed then).
    settings_lists: SettingsLists | None = None
    # None: a catalog signed before the objection step (the step is not offered then).
    objection: ObjectionForm | None = None

    def get(self, optout_id: str) -> OptOut:
        for optout in self.optouts:
            if optout.id == optout_id:
                return optout
        known = ", ".join(o.id for o in self.optouts)
        raise KeyError(f"no opt-out {optout_id!r} in the catalog (known: {known})")

    def ids(self) -> tuple[str, ...]:
        return tuple(o.id for o in self.optouts)

    def required(self) -> tuple[OptOut, ...]:
        """The mission's settings: always in every run."""
        return tuple(o for o in self.optouts if not o.optional)

    def optional(self) -> tuple[OptOut, ...]:
        """Extras a member may add on the Welcome screen."""
        return tuple(o for o in self.optouts if o.optional)

    def chosen(self, extras: Iterable[str] = ()) -> tuple[OptOut, ...]:
        """The mission's settings plus the named extras, in catalog order.

        Unknown names raise KeyError so a typo on the command line is not a silent
        no-op."""
        wanted = set(extras)
        for name in wanted:
            self.get(name)
        return tuple(o for o in self.optouts if not o.optional or o.id in wanted)

    def localized(self, lang: str) -> Catalog:
        """The catalog as a member reading lang sees it (switch labels stay all-language)."""
        return replace(self, optouts=tuple(o.localized(lang) for o in self.optouts))


def default_catalog_path() -> Path:
    return resource("optouts.toml")


def load_catalog(path: Path | None = None) -> Catalog:
    """Read and check a catalog file; raise CatalogError naming what is wrong."""
    path = path or default_catalog_path()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CatalogError(f"{path}: cannot read the catalog: {exc.strerror or exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(f"{path}: not valid TOML: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise CatalogError(f"{path}: not UTF-8 text: {exc}") from exc
    return parse_catalog(raw, path)


def parse_catalog(raw: Mapping[str, Any], source: Path) -> Catalog:
    top = Fields(raw, f"{source}", "top level")
    schema = top.take("schema", int)
    if schema != SCHEMA:
        raise top.error("schema", f"schema {schema} is not supported (this app reads {SCHEMA})")
    version = top.take_text("version")
    pages = _parse_pages(Fields(top.take("pages", dict), f"{source}", "[pages]"))
    sign_in = _parse_sign_in(Fields(top.take("sign_in", dict), f"{source}", "[sign_in]"))
    matching = _parse_matching(
        Fields(top.take_optional("matching", dict) or {}, f"{source}", "[matching]")
    )
    lists = top.take_optional("settings_lists", dict)
    settings_lists = (
        _parse_settings_lists(Fields(lists, f"{source}", "[settings_lists]"))
        if lists is not None
        else None
    )
    objection_table = top.take_optional("objection", dict)
    objection = (
        _parse_objection(Fields(objection_table, f"{source}", "[objection]"))
        if objection_table is not None
        else None
    )
    entries = top.take("optout", list)
    top.done()
    if not entries:
        raise top.error("optout", "the catalog lists no opt-outs")

    optouts: list[OptOut] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            raise CatalogError(f"{source}: optout #{number}: must be a table ([[optout]])")
        name = entry.get("id") if isinstance(entry.get("id"), str) else f"#{number}"
        optout = _parse_optout(Fields(entry, f"{source}", f"entry {name!r}"))
        if optout.id in seen:
            raise CatalogError(f"{source}: entry {optout.id!r}: field 'id': duplicate id")
        seen.add(optout.id)
        optouts.append(optout)
    return Catalog(
        version=version,
        source=source,
        pages=pages,
        sign_in=sign_in,
        optouts=tuple(optouts),
        matching=matching,
        settings_lists=settings_lists,
        objection=objection,
    )


def _parse_pages(fields: Fields) -> PageRules:
    rules = PageRules(
        signed_out_paths=fields.take_paths("signed_out_paths"),
        challenge_paths=fields.take_paths("challenge_paths"),
        not_offered_phrases=fields.take_by_language("not_offered_phrases"),
        account_name=fields.take_texts("account_name"),
        not_available=fields.take_optional_by_language("not_available"),
        not_available_where=fields.take_optional_by_language("not_available_where"),
        long_lived_requests=fields.take_paths("long_lived_requests")
        if fields.has("long_lived_requests")
        else (),
        settings_hub=fields.take_path("settings_hub")
        if fields.has("settings_hub")
        else DEFAULT_SETTINGS_HUB,  # catalogs signed before it existed
        loading_words=fields.take_optional_by_language("loading_words"),
    )
    fields.done()
    if bool(rules.not_available) != bool(rules.not_available_where):
        raise fields.error("not_available", "goes with not_available_where: give both, or neither")
    return rules


def _parse_objection(fields: Fields) -> ObjectionForm:
    form = ObjectionForm(
        path=fields.take_path("path"),
        last_verified=fields.take("last_verified", date),
        case_number=fields.take_text("case_number"),
        confirmation=fields.take_by_language("confirmation"),
        case_words=fields.take_by_language("case_words"),
        unavailable=fields.take_by_language("unavailable"),
        topic=fields.take_by_language("topic"),
        suggested=fields.take_by_language("suggested"),
    )
    fields.done()
    try:
        pattern = re.compile(form.case_number)
    except re.error as exc:
        raise fields.error("case_number", f"not a regular expression: {exc}") from None
    if pattern.match(""):
        raise fields.error("case_number", "matches nothing at all: it would find a case anywhere")
    for name in ("confirmation", "case_words", "unavailable", "topic", "suggested"):
        if "en" not in getattr(form, name):
            raise fields.error(
                name, "needs English ('en'): the words shown where a language is missing"
            )
    return form


def _parse_settings_lists(fields: Fields) -> SettingsLists:
    lists = SettingsLists(
        paths=fields.take_paths("paths"),
        on_words=fields.take_by_language("on_words"),
        off_words=fields.take_by_language("off_words"),
    )
    fields.done()
    for lang, words in lists.on_words.items():
        both = set(words) & set(lists.off_words.get(lang, ()))
        if both:
            raise fields.error("on_words", f"{lang}: {sorted(both)} cannot mean on and off")
    return lists


def _parse_matching(fields: Fields) -> Matching:
    matching = Matching(
        stop=fields.take_optional_by_language("stop"),
        negations=fields.take_optional_by_language("negations"),
        generic=fields.take_optional_by_language("generic"),
    )
    fields.done()
    return matching


def _optional_texts(fields: Fields, name: str) -> tuple[str, ...]:
    return fields.take_texts(name) if fields.has(name) else ()


def _parse_sign_in(fields: Fields) -> SignInForm:
    form = SignInForm(
        path=fields.take_path("path"),
        username=fields.take_text("username"),
        password=fields.take_text("password"),
        submit=fields.take_text("submit"),
        pin=fields.take_text("pin"),
        pin_submit=fields.take_text("pin_submit"),
        consent_reject=fields.take_texts("consent_reject") if fields.has("consent_reject") else (),
        identity_providers=_optional_texts(fields, "identity_providers"),
        app_code_words=_optional_texts(fields, "app_code_words"),
        text_code_words=_optional_texts(fields, "text_code_words"),
        approval_words=_optional_texts(fields, "approval_words"),
        refusal_phrases=fields.take_optional_by_language("refusal_phrases"),
        quirks=_parse_quirks(fields),
        password_reset_path=fields.take_path("password_reset_path")
        if fields.has("password_reset_path")
        else "",
    )
    fields.done()
    return form


_HOST = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$")


def _parse_quirks(fields: Fields) -> tuple[SiteQuirk, ...]:
    entries = fields.take_optional("quirks", list) or []
    quirks: list[SiteQuirk] = []
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            raise fields.error("quirks", f"#{number} must be a table ([[sign_in.quirks]])")
        name = entry.get("name") if isinstance(entry.get("name"), str) else f"#{number}"
        sub = Fields(entry, fields.source, f"{fields.where}, quirk {name!r}")
        quirk = SiteQuirk(
            name=sub.take_text("name"),
            hosts=sub.take_texts("hosts"),
            user_agent=sub.take_text("user_agent"),
            why=sub.take_text("why"),
            reports=sub.take_texts("reports"),
            enabled=bool(sub.take("enabled", bool)) if sub.has("enabled") else True,
            practice=bool(sub.take("practice", bool)) if sub.has("practice") else False,
        )
        sub.done()
        for host in quirk.hosts:
            if not _HOST.match(host):
                raise sub.error("hosts", f"{host!r} is not a host name such as accounts.google.com")
        if any(ch in quirk.user_agent for ch in "\r\n\0"):
            raise sub.error("user_agent", "must be one line")
        for link in quirk.reports:
            if not link.startswith("https://"):
                raise sub.error("reports", f"{link!r} is not an https address")
        quirks.append(quirk)
    return tuple(quirks)


def _parse_optout(fields: Fields) -> OptOut:
    optout_id = fields.take_text("id")
    if not _ID.match(optout_id):
        raise fields.error("id", f"{optout_id!r} must be lowercase letters, digits and '-'")
    title = fields.take_text("title")
    explanation = fields.take_text("explanation")
    paths = fields.take_paths("paths")
    menu_route = fields.take_texts("menu_route")
    switch_id = fields.take_text("switch_id")
    if not _SWITCH_ID.match(switch_id):
        raise fields.error("switch_id", f"{switch_id!r} is not an HTML id")
    last_verified = fields.take("last_verified", date)
    wanted = fields.take_text("wanted")
    if wanted not in WANTED_STATES:
        expected = " or ".join(repr(s) for s in WANTED_STATES)
        raise fields.error("wanted", f"unknown state {wanted!r} (expected {expected})")
    labels = fields.take_by_language("labels")
    if "en" not in labels:
        raise fields.error("labels", "needs English labels ('en')")
    optional = fields.take_optional("optional", bool) or False
    loses = fields.take_optional("loses", str)
    if loses is not None and not loses.strip():
        raise fields.error("loses", "is empty")
    if optional and loses is None:
        raise fields.error("loses", "missing: an optional entry must say what the member loses")
    texts = _parse_texts(fields, len(menu_route), has_loses=loses is not None)
    fields.done()
    return OptOut(
        id=optout_id,
        title=title,
        explanation=explanation,
        paths=paths,
        menu_route=menu_route,
        switch_id=switch_id,
        wanted=wanted,
        labels=labels,
        last_verified=last_verified,
        texts=texts,
        optional=optional,
        loses=(loses or "").strip(),
    )


def _parse_texts(fields: Fields, steps: int, has_loses: bool) -> Mapping[str, LocalText]:
    """[optout.text.LANG] tables: optional, but each one complete (with 'loses' exactly
    when the English has it)."""
    table = fields.take_optional("text", dict) or {}
    texts: dict[str, LocalText] = {}
    for lang, raw in table.items():
        where = f"text.{lang}"
        if not _LANG.match(lang):
            raise fields.error(where, f"{lang!r} is not a language code such as 'de' or 'zh_Hant'")
        if not isinstance(raw, dict):
            raise fields.error(where, "must be a table")
        sub = Fields(raw, fields.source, f"{fields.where}, {where}")
        text = LocalText(
            title=sub.take_text("title"),
            explanation=sub.take_text("explanation"),
            menu_route=sub.take_texts("menu_route"),
            loses=sub.take_text("loses") if has_loses else "",
        )
        sub.done()
        if len(text.menu_route) != steps:
            raise fields.error(
                f"{where}.menu_route", f"has {len(text.menu_route)} steps; the English has {steps}"
            )
        texts[lang] = text
    return MappingProxyType(texts)
