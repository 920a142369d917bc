"""What a sign-in page asks of the member, told from its words (the catalog's):
a two-step page asks for an authenticator app's code or a text message's."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class CodeAsked(StrEnum):
    APP = "app"  # the code from an authenticator app
    TEXT = "text"  # a code sent by text message


def code_asked(
    page_text: str, app_words: Iterable[str], text_words: Iterable[str]
) -> CodeAsked | None:
    """Which code the page asks for (None: it does not say in words the catalog knows).
    An app's code first: its pages also mention text messages as the other way."""
    lowered = page_text.lower()
    if any(w.lower() in lowered for w in app_words):
        return CodeAsked.APP
    if any(w.lower() in lowered for w in text_words):
        return CodeAsked.TEXT
    return None
