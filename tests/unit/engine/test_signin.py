"""Which code a two-step page asks for, from its words."""

from __future__ import annotations

from wizard.engine.signin import CodeAsked, code_asked


def test_the_code_asked_for_is_told_from_the_catalogs_words(catalog):
    form = catalog.sign_in
    app = "Enter the code from your authenticator app. Or get a text message instead."
    assert code_asked(app, form.app_code_words, form.text_code_words) is CodeAsked.APP
    text = "We sent a code by text message to •••• 42."
    assert code_asked(text, form.app_code_words, form.text_code_words) is CodeAsked.TEXT
    german = "Geben Sie den Code aus Ihrer Authenticator-App ein."
    assert code_asked(german, form.app_code_words, form.text_code_words) is CodeAsked.APP
    assert code_asked("Welcome back", form.app_code_words, form.text_code_words) is None
