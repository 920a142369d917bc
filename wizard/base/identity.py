"""The browser identity a session presents: one per session, the same everywhere.

LinkedIn ties a session to the browser that signed in (tools that move `li_at` to
another browser report the session ended within minutes, linkedin-api #405/#489),
and challenges browsers that say they are headless. So whatever uses a session, the
embedded view, the independent check, `verify --sign-in` or next month's check,
presents the same identity: the User-Agent (header and `navigator.userAgent`), the
client hints (`Sec-CH-UA`, `-Mobile`, `-Platform`, and the high-entropy ones a page
may ask for) and Accept-Language. It travels with the session's cookies into the
keyring.

What an identity never is: stealthier than that. It names an ordinary Chrome-family
browser of the engine's real version; automation flags (`navigator.webdriver`) are
left alone, and a security check is always handed to the person.
"""

from __future__ import annotations

import platform
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

# Tokens that name an engine built into another app, or a headless one. Google's
# sign-in refuses them (qutebrowser #5147, #8492; Electron apps, 2019-2025) and
# LinkedIn challenges headless browsers (LINKEDIN.md, "The services judge the browser").
EMBEDDED_TOKENS = ("QtWebEngine", "HeadlessChrome", "Electron")

_TOKEN = re.compile(r"\s*\b(?:QtWebEngine|Electron)/[^\s]+")
_HEADLESS = re.compile(r"\bHeadlessChrome/")
_CHROME = re.compile(r"\bChrome/(\d+)(?:\.[0-9.]+)?")
_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)";v="([^"]*)"')

# Chromium's GREASE brand (components/embedder_support/user_agent_utils.cc,
# GenerateBrandVersionList): a made-up brand whose punctuation and version follow
# from the major version, so servers do not come to depend on the list's shape.
_GREASE_CHARS = (" ", "(", ":", "-", ".", "/", ")", ";", "=", "?", "_")
_GREASE_VERSIONS = ("8", "99", "24")


@dataclass(frozen=True)
class BrowserIdentity:
    """What a server can see that names the browser (never anything secret)."""

    user_agent: str
    # (brand, full version), in the browser's order: Sec-CH-UA takes the major part,
    # Sec-CH-UA-Full-Version-List the whole.
    brands: tuple[tuple[str, str], ...]
    accept_language: str
    platform: str = "Linux"
    platform_version: str = ""
    architecture: str = "x86"
    bitness: str = "64"
    mobile: bool = False

    def sec_ch_ua(self) -> str:
        """The Sec-CH-UA header: each brand with its major version."""
        return ", ".join(f'"{brand}";v="{_major(version)}"' for brand, version in self.brands)

    def names_embedded_engine(self) -> str | None:
        return embedded_engine(self.user_agent, self.sec_ch_ua())

    def languages(self) -> list[str]:
        """The Accept-Language tags without weights: what `navigator.languages` says."""
        return [part.split(";")[0].strip() for part in self.accept_language.split(",") if part]

    def cdp_override(self) -> dict[str, Any]:
        """Chromium's Emulation.setUserAgentOverride, with the client hints' metadata,
        so the header and `navigator.userAgentData` agree (Playwright's user_agent
        option alone leaves the browser's own brands, "HeadlessChrome" among them)."""
        return {
            "userAgent": self.user_agent,
            # A plain list: Chromium weights it itself (given weights, it doubles them).
            "acceptLanguage": ",".join(self.languages()),
            "platform": _NAVIGATOR_PLATFORM.get(self.platform, self.platform),
            "userAgentMetadata": {
                "brands": [{"brand": b, "version": _major(v)} for b, v in self.brands],
                "fullVersionList": [{"brand": b, "version": v} for b, v in self.brands],
                "fullVersion": self.full_version(),
                "platform": self.platform,
                "platformVersion": self.platform_version,
                "architecture": self.architecture,
                "bitness": self.bitness,
                "model": "",
                "mobile": self.mobile,
                "wow64": False,
            },
        }

    def full_version(self) -> str:
        for brand, version in self.brands:
            if brand in ("Chromium", "Google Chrome", "Microsoft Edge"):
                return version
        return self.brands[-1][1] if self.brands else ""

    def to_json(self) -> dict[str, Any]:
        """Compact on purpose: it shares a keyring entry with the cookies (Windows
        limits an entry to 2,560 bytes)."""
        return {
            "ua": self.user_agent,
            "b": [list(pair) for pair in self.brands],
            "al": self.accept_language,
            "p": self.platform,
            "pv": self.platform_version,
            "a": self.architecture,
            "bi": self.bitness,
            "m": self.mobile,
        }

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> BrowserIdentity:
        """Raises ValueError on anything that is not an identity this app wrote."""
        try:
            brands = tuple((str(b), str(v)) for b, v in raw["b"])
            identity = cls(
                user_agent=str(raw["ua"]),
                brands=brands,
                accept_language=str(raw["al"]),
                platform=str(raw.get("p", "Linux")),
                platform_version=str(raw.get("pv", "")),
                architecture=str(raw.get("a", "x86")),
                bitness=str(raw.get("bi", "64")),
                mobile=bool(raw.get("m", False)),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"not a browser identity: {exc}") from None
        if not identity.user_agent or not identity.brands:
            raise ValueError("not a browser identity: empty")
        return identity


_NAVIGATOR_PLATFORM = {"Linux": "Linux x86_64", "Windows": "Win32", "macOS": "MacIntel"}


def _major(version: str) -> str:
    return version.split(".", 1)[0]


def embedded_engine(user_agent: str, sec_ch_ua: str = "") -> str | None:
    """The embedded or headless engine a User-Agent or a Sec-CH-UA names, if any."""
    brands = {brand for brand, _ in _QUOTED.findall(sec_ch_ua or "")}
    for token in EMBEDDED_TOKENS:
        if f"{token}/" in user_agent or token in brands:
            return token
    return None


def ordinary_user_agent(user_agent: str) -> str:
    """The User-Agent an ordinary Chrome-family browser of the same engine sends: no
    QtWebEngine/Electron token, no "Headless", and Chrome's reduced version
    (major.0.0.0), as Chrome itself has sent since version 110."""
    text = _TOKEN.sub("", user_agent)
    text = _HEADLESS.sub("Chrome/", text)
    return _CHROME.sub(lambda m: f"Chrome/{m.group(1)}.0.0.0", text)


def chromium_brands(full_version: str) -> tuple[tuple[str, str], ...]:
    """The brand list an ordinary Chromium of this version sends: Chromium and the
    GREASE brand, in the order Chromium's own seed gives."""
    major = int(_major(full_version))
    n = len(_GREASE_CHARS)
    grease = f"Not{_GREASE_CHARS[major % n]}A{_GREASE_CHARS[(major + 1) % n]}Brand"
    pair = [("", ""), ("", "")]
    pair[major % 2] = (grease, f"{_GREASE_VERSIONS[major % 3]}.0.0.0")
    pair[(major + 1) % 2] = ("Chromium", full_version)
    return (pair[0], pair[1])


def this_system() -> dict[str, str]:
    """Platform, its version and the architecture as Chromium reports them here."""
    if sys.platform.startswith("linux"):
        name, version = "Linux", platform.release()
    elif sys.platform == "darwin":
        name, version = "macOS", platform.mac_ver()[0]
    elif sys.platform == "win32":
        name, version = "Windows", platform.version()
    else:
        name, version = sys.platform, ""
    machine = platform.machine().lower()
    arch = "arm" if machine.startswith(("arm", "aarch")) else "x86"
    bitness = "64" if sys.maxsize > 2**32 else "32"
    return {"platform": name, "platform_version": version, "architecture": arch, "bitness": bitness}


# The system part of Chrome's reduced User-Agent (fixed values, as Chrome sends them).
_UA_SYSTEM = {
    "Linux": "X11; Linux x86_64",
    "Windows": "Windows NT 10.0; Win64; x64",
    "macOS": "Macintosh; Intel Mac OS X 10_15_7",
}


# The same part as Firefox writes it, for the quirks' User-Agents ("{system}").
_FIREFOX_SYSTEM = {
    "Linux": "X11; Linux x86_64",
    "Windows": "Windows NT 10.0; Win64; x64",
    "macOS": "Macintosh; Intel Mac OS X 10.15",
}


def firefox_system() -> str:
    """This computer's part of a Firefox User-Agent."""
    return _FIREFOX_SYSTEM.get(this_system()["platform"], _FIREFOX_SYSTEM["Linux"])


def ordinary_chromium(full_version: str, accept_language: str) -> BrowserIdentity:
    """The identity of an ordinary Chromium of a browser's real version, on this
    system, for a session that begins in the check's own browser (`verify --sign-in`),
    or a remembered one kept before identities were (it then presents the check's
    engine, as it always did, only not as a headless one)."""
    system = this_system()
    major = _major(full_version)
    where = _UA_SYSTEM.get(system["platform"], _UA_SYSTEM["Linux"])
    return BrowserIdentity(
        user_agent=(
            f"Mozilla/5.0 ({where}) AppleWebKit/537.36 (KHTML, like Gecko) "
            f"Chrome/{major}.0.0.0 Safari/537.36"
        ),
        brands=chromium_brands(full_version),
        accept_language=accept_language,
        platform=system["platform"],
        platform_version=system["platform_version"],
        architecture=system["architecture"],
        bitness=system["bitness"],
    )
