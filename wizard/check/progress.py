"""How far a check has come, as the checking thread tells its caller (no Playwright
here: the screens and the terminal import it before any check runs)."""

from __future__ import annotations

from enum import StrEnum


class Progress(StrEnum):
    """How far the check has come: for the whole run (starting the browser, signing
    in) or for one setting (opening its page, reading it, done)."""

    BROWSER = "browser"
    SIGNING_IN = "signing-in"
    OPENING = "opening"
    READING = "reading"
    DONE = "done"
    LISTING = "listing"  # the whole run: reading LinkedIn's lists of settings
    APPROVING = "approving"  # the whole run: waiting for an approval in LinkedIn's app
