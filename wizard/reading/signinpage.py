"""What a sign-in page asks of the member, told from its words (the catalog's):
a two-step page asks for an authenticator app's code or a text message's, or for an
approval in LinkedIn's own app on the phone (no code: the page waits for it)."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class CodeAsked(StrEnum):
    APPROVE = "approve"  # tap Yes in the LinkedIn app: nothing to type
    APP = "app"  # the code from an authenticator app
    TEXT = "text"  # a code sent by text message


def code_asked(
    page_text: str,
    app_words: Iterable[str],
    text_words: Iterable[str],
    approval_words: Iterable[str] = (),
) -> CodeAsked | None:
    """Which code the page asks for (None: it does not say in words the catalog knows).
    An approval in LinkedIn's app first (its words name LinkedIn's app, not an
    authenticator), then an app's code: its pages also mention text messages."""
    lowered = page_text.lower()
    if any(w.lower() in lowered for w in approval_words):
        return CodeAsked.APPROVE
    if any(w.lower() in lowered for w in app_words):
        return CodeAsked.APP
    if any(w.lower() in lowered for w in text_words):
        return CodeAsked.TEXT
    return None
