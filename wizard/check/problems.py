"""What went wrong in the browser, in the member's words.

Playwright's errors are written for developers ("Page.goto: net::ERR_TOO_MANY_REDIRECTS
at …", "Protocol error (Network.setExtraHTTPHeaders): Target closed", then a call
log). The member needs the cause and the next step; the developer's text goes to the
log (--verbose), never into a result, a notification or the history.
"""

from __future__ import annotations

import re

from playwright.async_api import Error as PlaywrightError

from wizard.base.i18n import translate
from wizard.base.site import Site

_NET_CODE = re.compile(r"net::(ERR_[A-Z_]+)")


def first_line(exc: BaseException) -> str:
    """For the log: the first line of an error, or its kind."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _network_words() -> dict[str, str]:
    return {
        "ERR_CONNECTION_REFUSED": translate("Check", "the connection was refused"),
        "ERR_NAME_NOT_RESOLVED": translate("Check", "its name could not be looked up"),
        "ERR_INTERNET_DISCONNECTED": translate("Check", "this computer is offline"),
        "ERR_CONNECTION_RESET": translate("Check", "the connection was cut"),
        "ERR_CONNECTION_CLOSED": translate("Check", "the connection was cut"),
        "ERR_EMPTY_RESPONSE": translate("Check", "the connection was cut"),
        "ERR_NETWORK_CHANGED": translate("Check", "the network changed while it loaded"),
        "ERR_ADDRESS_UNREACHABLE": translate("Check", "it could not be reached from here"),
        "ERR_TIMED_OUT": translate("Check", "it did not answer in time"),
        "ERR_CONNECTION_TIMED_OUT": translate("Check", "it did not answer in time"),
        "ERR_CERT": translate("Check", "its security certificate was not valid"),
        "ERR_SSL": translate("Check", "a secure connection could not be made"),
        "ERR_PROXY": translate("Check", "the proxy refused the connection"),
        "ERR_TUNNEL": translate("Check", "the proxy refused the connection"),
    }


def network_problem(exc: PlaywrightError, site: Site) -> str:
    """A page that could not be opened: why, and what to do."""
    text = str(exc)
    found = _NET_CODE.search(text)
    code = found.group(1) if found else ""
    if code == "ERR_TOO_MANY_REDIRECTS":
        return translate(
            "Check",
            "{host} kept sending the browser from one address to another, and the page never "
            "opened. Try again later; if it keeps happening, sign in again in the wizard.",
        ).format(host=site.host)
    for prefix, words in _network_words().items():
        if code.startswith(prefix):
            return translate(
                "Check",
                "Could not reach {host}: {why}. Check your internet connection and try again.",
            ).format(host=site.host, why=words)
    if code:
        return translate(
            "Check",
            "Could not open the page on {host} (the browser said {code}). Check your internet "
            "connection and try again.",
        ).format(host=site.host, code=code)
    if "Timeout" in text:
        return translate(
            "Check", "{host} did not answer in time. Check your internet connection and try again."
        ).format(host=site.host)
    return browser_problem(exc)


def browser_problem(exc: PlaywrightError) -> str:
    """The browser itself failed under the check."""
    text = str(exc)
    if "crash" in text.lower():
        return translate(
            "Check", "The browser page crashed while reading the setting. Check again."
        )
    if "closed" in text:
        return translate(
            "Check", "The browser closed before the setting could be read. Check again."
        )
    return translate(
        "Check",
        "The browser for the check stopped answering before the setting was read. Check again.",
    )
