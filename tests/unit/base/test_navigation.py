"""Where each page may go: the rules of the embedded view and of the sign-in window,
one row per case, without Qt."""

from __future__ import annotations

import pytest

from wizard.base.site import (
    LINKEDIN,
    Allow,
    External,
    Kind,
    Landed,
    Refuse,
    Site,
    ToProvider,
    host_listed,
    main_view,
    sign_in_window,
)

PRACTICE = Site("http://127.0.0.1:8000", practice=True, identity_hosts=("127.0.0.1:9000",))
GOOGLE = ("accounts.google.com", "appleid.apple.com")
LINK, REDIRECT, FORM, OTHER = Kind.LINK, Kind.REDIRECT, Kind.FORM, Kind.OTHER

MAIN_VIEW = [
    # site, url, kind, signing in, answer
    (LINKEDIN, "https://www.linkedin.com/feed/", LINK, False, Allow()),
    (LINKEDIN, "https://linkedin.com/help", REDIRECT, True, Allow()),
    (LINKEDIN, "about:blank", OTHER, False, Allow()),
    (LINKEDIN, "https://accounts.google.com/o/oauth2", LINK, True, ToProvider()),
    (LINKEDIN, "https://accounts.google.com/o/oauth2", REDIRECT, True, ToProvider()),
    (LINKEDIN, "https://accounts.google.com/o/oauth2", REDIRECT, False, Refuse("away")),
    (LINKEDIN, "https://accounts.google.com/o/oauth2", LINK, False, External()),
    (LINKEDIN, "https://eu.appleid.apple.com/auth", REDIRECT, True, ToProvider()),
    # A company's sign-in starting on its own host: the window (it says the host is
    # not one it knows), by redirect, form or script; a plain link still leaves.
    (LINKEDIN, "https://sso.example-corp.com/adfs/ls", REDIRECT, True, ToProvider()),
    (LINKEDIN, "https://sso.example-corp.com/adfs/ls", FORM, True, ToProvider()),
    (LINKEDIN, "https://sso.example-corp.com/adfs/ls", OTHER, True, ToProvider()),
    (LINKEDIN, "https://www.example.com/terms", LINK, True, External()),
    (LINKEDIN, "mailto:help@example.com", LINK, True, External()),
    (LINKEDIN, "http://sso.example-corp.com/", REDIRECT, True, Refuse("insecure")),
    (LINKEDIN, "http://127.0.0.1:9000/authorize", REDIRECT, True, Refuse("insecure")),
    (LINKEDIN, "http://www.example.com/", LINK, True, Refuse("scheme")),
    (LINKEDIN, "smb://server/share", LINK, False, Refuse("scheme")),
    (LINKEDIN, "file:///etc/passwd", OTHER, True, Refuse("away")),
    (LINKEDIN, "https://evil.example/", REDIRECT, False, Refuse("away")),
    (LINKEDIN, "https://www.linkedin.com.evil.example/", REDIRECT, True, ToProvider()),
    # A loopback test site: its other loopback origins are the test's providers.
    (PRACTICE, "http://127.0.0.1:8000/login", LINK, True, Allow()),
    (PRACTICE, "http://127.0.0.1:9000/authorize", LINK, True, ToProvider()),
    (PRACTICE, "http://127.0.0.1:9100/saml/sso", REDIRECT, True, ToProvider()),
    (PRACTICE, "http://localhost:9100/saml/sso", REDIRECT, True, ToProvider()),
    (PRACTICE, "http://127.0.0.1:9100/saml/sso", REDIRECT, False, Refuse("away")),
    (PRACTICE, "http://sso.example-corp.com/", REDIRECT, True, Refuse("insecure")),
    (PRACTICE, "http://127.0.0.1:9100/help", LINK, True, Refuse("scheme")),
]


@pytest.mark.parametrize(("site", "url", "kind", "signing_in", "answer"), MAIN_VIEW)
def test_the_main_view(site, url, kind, signing_in, answer):
    providers = (*GOOGLE, *site.identity_hosts)
    assert main_view(site, url, kind, True, signing_in, providers) == answer


def test_frames_are_never_judged_here():
    assert main_view(LINKEDIN, "https://evil.example/", OTHER, False, False) == Allow()


SIGN_IN_WINDOW = [
    (LINKEDIN, "https://accounts.google.com/signin", Allow()),
    (LINKEDIN, "https://sso.example-corp.com/adfs/ls", Allow()),
    (LINKEDIN, "https://www.linkedin.com/oauth/apple/callback", Landed()),
    (LINKEDIN, "http://sso.example-corp.com/", Refuse("insecure")),
    (LINKEDIN, "http://127.0.0.1:9000/", Refuse("insecure")),
    (PRACTICE, "http://127.0.0.1:9000/authorize", Allow()),
    (PRACTICE, "http://127.0.0.1:8000/oauth/practice-id/callback", Landed()),
    (PRACTICE, "http://example.com/", Refuse("insecure")),
]


@pytest.mark.parametrize(("site", "url", "answer"), SIGN_IN_WINDOW)
def test_the_sign_in_window(site, url, answer):
    assert sign_in_window(site, url, True) == answer


@pytest.mark.parametrize(
    ("url", "listed"),
    [
        ("https://accounts.google.com/o", True),
        ("https://eu.accounts.google.com/x", True),
        ("https://accounts.google.com.evil.example/", False),
        ("https://notaccounts.google.com/", False),
        ("http://127.0.0.1:4000/authorize", True),
        ("http://127.0.0.1:4001/authorize", False),
        ("http://127.0.0.1/authorize", False),
        ("http://127.0.0.1:99999/", False),
    ],
)
def test_hosts_are_listed_with_subdomains_and_ports_only_as_named(url, listed):
    assert host_listed(url, ("accounts.google.com", "127.0.0.1:4000")) is listed
