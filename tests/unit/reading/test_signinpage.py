"""Which code a two-step page asks for, from its words."""

from __future__ import annotations

from wizard.reading.signinpage import CodeAsked, code_asked


def test_the_code_asked_for_is_told_from_the_catalogs_words(catalog):
    form = catalog.sign_in
    app = "Enter the code from your authenticator app. Or get a text message instead."
    assert code_asked(app, form.app_code_words, form.text_code_words) is CodeAsked.APP
    text = "We sent a code by text message to •••• 42."
    assert code_asked(text, form.app_code_words, form.text_code_words) is CodeAsked.TEXT
    german = "Geben Sie den Code aus Ihrer Authenticator-App ein."
    assert code_asked(german, form.app_code_words, form.text_code_words) is CodeAsked.APP
    assert code_asked("Welcome back", form.app_code_words, form.text_code_words) is None


def test_an_approval_in_linkedins_app_is_told_apart_from_an_apps_code(catalog):
    form = catalog.sign_in
    words = (form.app_code_words, form.text_code_words, form.approval_words)
    page = (
        "Check your LinkedIn app. We sent a notification to your signed in devices. "
        "Open your LinkedIn app and tap Yes to confirm it's you."
    )
    assert code_asked(page, *words) is CodeAsked.APPROVE
    german = "Öffnen Sie Ihre LinkedIn-App und tippen Sie auf „Ja“."
    assert code_asked(german, *words) is CodeAsked.APPROVE
    app = "Enter the code from your authenticator app."
    assert code_asked(app, *words) is CodeAsked.APP
