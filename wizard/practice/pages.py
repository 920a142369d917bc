"""HTML of the practice site: plain strings, every value escaped.

Class names are hashed-looking on purpose (LinkedIn's are CSS-module hashes that
change), so nothing the app does can come to depend on them.
"""

from __future__ import annotations

import json
from html import escape
from urllib.parse import quote

from wizard.base.i18n import normalize_language
from wizard.practice import variants
from wizard.practice.accounts import PRACTICE_PIN, Account, Faults
from wizard.practice.settings import OTHER_ROWS, Setting, account_settings

BANNER = "Practice site — not LinkedIn"

# The page's own words, per language: the switch's On/Off, a failed save, and the
# notices of a setting not offered and of a page being redesigned.
WORDS = {
    "en": {
        "on": "On",
        "off": "Off",
        "save_failed": "Couldn’t save your change. Try again.",
        "not_offered": "This setting isn't available for your account.",
        "redesigned": "We're making changes to this page. Check back soon.",
        "load_failed": "Couldn’t load this setting. Reload the page.",
        "loading": "Loading…",
    },
    "de": {
        "on": "An",
        "off": "Aus",
        "save_failed": "Änderung nicht gespeichert.",
        "not_offered": "Diese Einstellung ist für Ihr Konto nicht verfügbar.",
        "redesigned": "Wir überarbeiten diese Seite. Schauen Sie bald wieder vorbei.",
        "load_failed": "Einstellung konnte nicht geladen werden. Laden Sie die Seite neu.",
        "loading": "Wird geladen…",
    },
    "fr": {
        "on": "Oui",
        "off": "Non",
        "save_failed": "Modification non enregistrée.",
        "not_offered": "Ce paramètre n’est pas disponible pour votre compte.",
        "redesigned": "Nous modifions cette page. Revenez bientôt.",
        "load_failed": "Impossible de charger ce paramètre. Rechargez la page.",
        "loading": "Chargement…",
    },
    "es": {
        "on": "Sí",
        "off": "No",
        "save_failed": "No se guardó el cambio.",
        "not_offered": "Este ajuste no está disponible para tu cuenta.",
        "redesigned": "Estamos haciendo cambios en esta página. Vuelve pronto.",
        "load_failed": "No se pudo cargar este ajuste. Vuelve a cargar la página.",
        "loading": "Cargando…",
    },
    "it": {
        "on": "Sì",
        "off": "No",
        "save_failed": "Modifica non salvata.",
        "not_offered": "Questa impostazione non è disponibile per il tuo account.",
        "redesigned": "Stiamo apportando modifiche a questa pagina. Torna presto.",
        "load_failed": "Impossibile caricare l’impostazione. Ricarica la pagina.",
        "loading": "Caricamento…",
    },
    "nl": {
        "on": "Aan",
        "off": "Uit",
        "save_failed": "Wijziging niet opgeslagen.",
        "not_offered": "Deze instelling is niet beschikbaar voor uw account.",
        "redesigned": "We passen deze pagina aan. Kom binnenkort terug.",
        "load_failed": "Deze instelling kon niet worden geladen. Laad de pagina opnieuw.",
        "loading": "Laden…",
    },
    "pl": {
        "on": "Wł.",
        "off": "Wył.",
        "save_failed": "Nie zapisano zmiany.",
        "not_offered": "To ustawienie jest niedostępne dla Twojego konta.",
        "redesigned": "Wprowadzamy zmiany na tej stronie. Wróć wkrótce.",
        "load_failed": "Nie udało się wczytać ustawienia. Odśwież stronę.",
        "loading": "Ładowanie…",
    },
    "pt": {
        "on": "Sim",
        "off": "Não",
        "save_failed": "A alteração não foi salva.",
        "not_offered": "Esta configuração não está disponível para sua conta.",
        "redesigned": "Estamos fazendo mudanças nesta página. Volte em breve.",
        "load_failed": "Não foi possível carregar esta configuração. Recarregue a página.",
        "loading": "Carregando…",
    },
    "sv": {
        "on": "På",
        "off": "Av",
        "save_failed": "Ändringen sparades inte.",
        "not_offered": "Den här inställningen är inte tillgänglig för ditt konto.",
        "redesigned": "Vi gör ändringar på den här sidan. Kom tillbaka snart.",
        "load_failed": "Inställningen kunde inte läsas in. Ladda om sidan.",
        "loading": "Läser in…",
    },
    "zh_Hant": {
        "on": "開啟",
        "off": "關閉",
        "save_failed": "無法儲存變更。",
        "not_offered": "您的帳戶無法使用此設定。",
        "redesigned": "我們正在修改此頁面，請稍後再回來查看。",
        "load_failed": "無法載入此設定，請重新載入頁面。",
        "loading": "載入中…",
    },
}
HTML_LANG = {"zh_Hant": "zh-Hant"}

_STYLE = """
body{font-family:system-ui,sans-serif;margin:0;background:#f4f2ee;color:#1d1d1d}
._banner_q81xz{background:#915907;color:#fff;padding:6px 12px;font-weight:600;text-align:center}
._nav_0pl2d{background:#fff;border-bottom:1px solid #ddd;padding:8px 16px;display:flex;gap:16px}
._nav_0pl2d a{color:#0a66c2;text-decoration:none}
main{max-width:720px;margin:24px auto;background:#fff;border-radius:8px;padding:24px}
._row_a8sd1{display:flex;justify-content:space-between;align-items:center;gap:16px;
 padding:12px 0;border-top:1px solid #eee}
._switch_12ycew{display:flex;align-items:center;gap:8px}
._state_k2j1{min-width:2.5em}
._error_9xk1a{color:#b24020}
._menuRow_c1m0s{display:flex;justify-content:space-between;padding:10px 0;
 border-top:1px solid #eee}
._muted_x4d8q{color:#666}
label._field_3kd1z{display:block;margin:12px 0 4px}
._loading_d2m1c div{background:#e8e6e1;border-radius:4px;height:14px;margin:10px 0}
._loading_d2m1c ._skel_h1_4kq{height:28px;width:60%}
._loading_d2m1c ._skel_row_2pd{height:36px}
._backdrop_0zq1{position:fixed;inset:0;background:rgba(0,0,0,.55);z-index:1000}
._consent_7xw2{position:fixed;left:0;right:0;bottom:0;z-index:1001;background:#fff;
 padding:16px 24px;box-shadow:0 -2px 8px rgba(0,0,0,.3)}
._consent_7xw2 button{margin-right:12px;padding:6px 16px}
"""


def document(title: str, body: str, lang: str = "en", account: Account | None = None) -> str:
    nav = ""
    if account is not None:
        nav = (
            '<nav class="_nav_0pl2d">'
            '<a href="/feed/">Home</a>'
            '<a href="/mypreferences/d/categories/account">Settings &amp; Privacy</a>'
            f'<span class="_me_2vk9d" data-member-name>{escape(account.display_name)}</span>'
            '<a href="/logout">Sign out</a>'
            "</nav>"
        )
    return (
        f'<!DOCTYPE html><html lang="{escape(lang)}"><head><meta charset="utf-8">'
        f"<title>Practice — {escape(title)}</title>"
        f"<style>{_STYLE}</style></head><body>"
        f'<div class="_banner_q81xz" role="note">{BANNER}</div>{nav}{body}</body></html>'
    )


def consent_banner() -> str:
    """The EU cookie banner: a dimming backdrop over the whole page and a dialog with
    Accept and Reject; either choice is kept in a cookie and the banner goes."""
    words = variants.CONSENT
    cookie = variants.CONSENT_COOKIE
    return f"""
<div class="_backdrop_0zq1" data-consent></div>
<div class="_consent_7xw2" role="dialog" aria-modal="true" aria-label="Cookie consent"
     data-consent>
  <p>{escape(words["text"])}</p>
  <button type="button" data-choice="accept">{escape(words["accept"])}</button>
  <button type="button" data-choice="reject">{escape(words["reject"])}</button>
</div>
<script>
document.querySelectorAll("[data-choice]").forEach((button) => {{
  button.addEventListener("click", () => {{
    document.cookie = "{cookie}=" + button.dataset.choice + "; path=/; SameSite=Lax";
    document.querySelectorAll("[data-consent]").forEach((node) => node.remove());
  }});
}});
</script>"""


def provider_buttons(identity: str, redirect: str) -> str:
    """Sign in with the practice identity provider, both ways real ones work: a popup
    that posts its answer back (Google's button), and a full-page redirect (Apple's)."""
    if not identity:
        return ""
    state = quote(redirect, safe="")
    popup = f"{identity}/authorize?flow=popup&state={state}"
    away = f"{identity}/authorize?flow=redirect&state={state}"
    posted = f"{identity}/authorize?flow=form_post&state={state}"
    company = f"/checkpoint/enterprise/login?session_redirect={state}"
    script = f"""
<script>
document.getElementById("practice-id-popup").addEventListener("click", () => {{
  window.open({json.dumps(popup)}, "practiceid", "width=480,height=600");
}});
window.addEventListener("message", (event) => {{
  if (event.origin !== {json.dumps(identity)} || !event.data || !event.data.practiceIdCode) return;
  location.href = "/oauth/practice-id/callback?code=" +
    encodeURIComponent(event.data.practiceIdCode) + "&state=" +
    encodeURIComponent(event.data.state || "");
}});
</script>"""
    return f"""
  <p class="_muted_x4d8q">or</p>
  <p><button type="button" id="practice-id-popup">Continue with Practice ID</button></p>
  <p><a id="practice-id-redirect" style="display: inline-block"
        href="{escape(away)}">Sign in with Practice ID, full page</a></p>
  <p><a id="practice-id-form-post" style="display: inline-block"
        href="{escape(posted)}">Sign in with Practice ID, the Apple way (answers by POST)</a></p>
  <p><a id="company-sign-in" style="display: inline-block"
        href="{escape(company)}">Sign in with your company’s account (single sign-on)</a></p>
  {script}"""


def passkey_button(redirect: str) -> str:
    """Sign in with a passkey, as a relying party asks for one: the account's email
    first, then navigator.credentials.get with the challenge the site issued; every
    way it can fail is said on the page, and the password form stays."""
    target = json.dumps(redirect).replace("<", "\\u003c")  # never ends the script
    return f"""
  <p><button type="button" id="passkey-sign-in">Sign in with a passkey</button></p>
  <p id="passkey-status" role="alert"></p>
<script>
(() => {{
  const redirect = {target};
  const status = document.getElementById("passkey-status");
  const bytes = (text) => Uint8Array.from(
    atob(text.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));
  const text = (buffer) => btoa(String.fromCharCode(...new Uint8Array(buffer)))
    .replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
  const post = (path, body) => fetch(path, {{
    method: "POST", headers: {{"Content-Type": "application/json"}},
    body: JSON.stringify(body)}}).then(async (r) => [r.ok, await r.json()]);
  const button = document.getElementById("passkey-sign-in");
  const say = (words, error = true) => {{
    status.textContent = words;
    status.className = error ? "_error_9xk1a" : "_muted_x4d8q";
  }};
  async function signIn(email) {{
    const [ok, options] = await post("/checkpoint/passkey/options", {{email}});
    if (!ok) return say(options.error);
    say("Waiting for your passkey or security key…", false);
    let credential;
    try {{
      credential = await navigator.credentials.get({{publicKey: {{
        challenge: bytes(options.challenge), rpId: options.rpId, timeout: options.timeout,
        userVerification: options.userVerification,
        allowCredentials: options.allowCredentials.map(
          (c) => ({{type: c.type, id: bytes(c.id), transports: c.transports}})),
      }}}});
    }} catch (error) {{
      return say(error.name === "NotAllowedError"
        ? "No passkey was used: it was cancelled, or no passkey or security key for " +
          "this account answered. Try again, or sign in another way."
        : "Passkeys can't be used here (" + error.name + "). Sign in another way.");
    }}
    const answer = credential.response;
    const [verified, result] = await post("/checkpoint/passkey/verify", {{
      id: text(credential.rawId), redirect,
      clientDataJSON: text(answer.clientDataJSON),
      authenticatorData: text(answer.authenticatorData),
      signature: text(answer.signature),
    }});
    if (!verified) return say(result.error);
    say("Signed in with your passkey.", false);
    location.href = result.next;
  }}
  button.addEventListener("click", async () => {{
    const email = document.getElementById("username").value.trim();
    if (!email) return say("Enter your email first, then choose Sign in with a passkey.");
    button.disabled = true;  // one request at a time, as browsers allow
    try {{
      await signIn(email);
    }} catch (error) {{
      say("The site did not answer. Try again, or sign in another way.");
    }} finally {{
      button.disabled = false;
    }}
  }});
}})();
</script>"""


def login_page(
    redirect: str, email: str = "", error: str = "", consent: bool = False, identity: str = ""
) -> str:
    err = f'<p class="_error_9xk1a" role="alert">{escape(error)}</p>' if error else ""
    body = f"""
<main>
  <h1>Sign in</h1>
  <p class="_muted_x4d8q">Any email and password work here. To try what can go wrong,
  add a tag to the email, e.g. <code>me+pin@example.com</code>: pin, totp, captcha, idp
  (no password: Practice ID only), slow, error, redesign, german, noid, button, dropsave,
  expired, region, lazy, described, bound, headless, picky. Setting pages take
  <code>?lang=de</code> (fr, es, it, nl, pl, pt, sv, zh_Hant).</p>
  {err}
  <form method="post" action="/checkpoint/lg/login-submit">
    <input type="hidden" name="session_redirect" value="{escape(redirect)}">
    <label class="_field_3kd1z" for="username">Email or phone</label>
    <input id="username" name="session_key" type="text" autocomplete="username"
           value="{escape(email)}" autofocus>
    <label class="_field_3kd1z" for="password">Password</label>
    <input id="password" name="session_password" type="password"
           autocomplete="current-password">
    <p><input id="rememberMeOptIn-checkbox" type="checkbox" name="rememberMeOptIn" checked>
       <label for="rememberMeOptIn-checkbox">Keep me logged in</label></p>
    <p><a id="forgot-password" href="/checkpoint/rp/request-password-reset">Forgot password?</a></p>
    <button type="submit" class="_primary_c0d3x">Sign in</button>
  </form>
  {provider_buttons(identity, redirect)}
  {passkey_button(redirect)}
</main>"""
    return document("Sign in", (consent_banner() if consent else "") + body)


def app_code_page(challenge_id: str, error: str = "", pin: str = PRACTICE_PIN) -> str:
    """Two-step verification with an authenticator app, as LinkedIn asks for it."""
    err = f'<p class="_error_9xk1a" role="alert">{escape(error)}</p>' if error else ""
    body = f"""
<main>
  <h1>Two-step verification</h1>
  <p>Enter the 6-digit code from your authenticator app. (Practice site: the code is
  <strong>{escape(pin)}</strong>.)</p>
  {err}
  <form method="post" action="/checkpoint/challenge/{escape(challenge_id)}">
    <label class="_field_3kd1z" for="input__phone_verification_pin">Verification code</label>
    <input id="input__phone_verification_pin" name="pin" type="text" inputmode="numeric"
           autocomplete="one-time-code" maxlength="32" autofocus>
    <button type="submit" id="two-step-submit-button">Verify</button>
  </form>
</main>"""
    return document("Two-step verification", body)


def approval_page(challenge_id: str) -> str:
    """LinkedIn's "Check your LinkedIn app": no code to type, the page waits for the
    member to tap Yes on their phone and moves on by itself (likely; public reports)."""
    body = f"""
<main>
  <h1>Check your LinkedIn app</h1>
  <p>We sent a notification to your signed in devices. Open your LinkedIn app and tap
  <strong>Yes</strong> to confirm it’s you.</p>
  <p class="_wait_2kd1">Waiting for your approval…</p>
</main>
<script>
(function () {{
  const id = {json.dumps(challenge_id)};
  const ask = () => fetch("/checkpoint/challenge/" + id + "/status", {{credentials: "same-origin"}})
    .then((r) => r.json())
    .then((answer) => {{
      if (answer.approved) location.href = "/checkpoint/challenge/" + id + "/done";
      else setTimeout(ask, 1000);
    }})
    .catch(() => setTimeout(ask, 1000));
  setTimeout(ask, 1000);
}})();
</script>"""
    return document("Check your LinkedIn app", body)


def pin_page(challenge_id: str, error: str = "", pin: str = PRACTICE_PIN) -> str:
    err = f'<p class="_error_9xk1a" role="alert">{escape(error)}</p>' if error else ""
    body = f"""
<main>
  <h1>Let’s do a quick verification</h1>
  <p>Enter the code we sent to your email. (Practice site: the code is
  <strong>{escape(pin)}</strong>.)</p>
  {err}
  <form method="post" action="/checkpoint/challenge/{escape(challenge_id)}">
    <label class="_field_3kd1z" for="input__email_verification_pin">Enter the code</label>
    <input id="input__email_verification_pin" name="pin" type="text" inputmode="numeric"
           autocomplete="one-time-code" maxlength="32" autofocus>
    <button type="submit" id="email-pin-submit-button">Submit</button>
  </form>
</main>"""
    return document("Security verification", body)


def password_reset_page(sent_to: str = "") -> str:
    """LinkedIn's "Forgot password": a link to set a password, by email. A member who
    only ever signed in with Google or Apple sets their first password this way."""
    if sent_to:
        body = f"""
<main>
  <h1>Check your email</h1>
  <p id="reset-sent">We sent a link to set your password to {escape(sent_to)}.
  (Practice site: no email is sent.) Open it, choose a password, then
  <a href="/login">sign in</a> with it.</p>
</main>"""
    else:
        body = """
<main>
  <h1>Forgot password</h1>
  <p>We’ll send a link to set a new password to your email.</p>
  <form method="post" action="/checkpoint/rp/request-password-reset">
    <label class="_field_3kd1z" for="reset-email">Email or phone</label>
    <input id="reset-email" name="userName" type="text" autocomplete="username" autofocus>
    <p><button type="submit" id="reset-submit">Send link</button></p>
  </form>
  <p><a href="/login">Back to sign in</a></p>
</main>"""
    return document("Forgot password", body)


def captcha_page(challenge_id: str) -> str:
    body = f"""
<main>
  <h1>Let’s do a quick security check</h1>
  <p>A person has to solve this puzzle. (Practice site: press the button.)</p>
  <form method="post" action="/checkpoint/challenge/{escape(challenge_id)}">
    <input type="hidden" name="captcha" value="solved">
    <button type="submit" id="captcha-solve">I’m a person: start the puzzle</button>
  </form>
</main>"""
    return document("Security check", body)


def feed_page(account: Account) -> str:
    body = f"""
<main>
  <h1>Welcome, {escape(account.display_name)}</h1>
  <p>You are signed in to the practice site.</p>
  <p><a href="/mypreferences/d/categories/account">Settings &amp; Privacy</a></p>
</main>"""
    return document("Feed", body, account=account)


def hub_page(account: Account) -> str:
    body = """
<main>
  <h1>Settings</h1>
  <div class="_menuRow_c1m0s"><span>Account preferences</span></div>
  <div class="_menuRow_c1m0s"><span>Sign in &amp; security</span></div>
  <div class="_menuRow_c1m0s"><span>Visibility</span></div>
  <div class="_menuRow_c1m0s"><a href="/mypreferences/d/categories/privacy">Data privacy</a></div>
  <div class="_menuRow_c1m0s"><a href="/mypreferences/d/categories/ads">Advertising data</a></div>
  <div class="_menuRow_c1m0s"><span>Notifications</span></div>
</main>"""
    return document("Settings", body, account=account)


def category_page(
    account: Account, category: str, lang: str = "en", render_delay_ms: int = 150
) -> str:
    """A menu page listing settings, each row with its state in the page's language,
    drawn as LinkedIn's single-page app draws it: "Loading…" in a busy list first,
    the rows a moment later (kept in a <template> until then). Rows of settings the
    practice site does not replicate show no state."""
    lang = normalize_language(lang) or "en"
    heading = {"privacy": "Data privacy", "ads": "Advertising data"}[category]
    sections: dict[str, list[str]] = {}
    for section, rows in OTHER_ROWS[category].items():
        sections[section] = [
            f'<div class="_menuRow_c1m0s"><span>{escape(r)}</span>'
            '<span class="_muted_x4d8q">not in the practice site</span></div>'
            for r in rows
        ]
    words = WORDS[lang]
    for setting in account_settings(account.faults.new_setting).values():
        if setting.category != category:
            continue
        state = words["on"] if account.settings[setting.id] else words["off"]
        title = setting.title.get(lang, setting.title["en"])
        row = (
            f'<div class="_menuRow_c1m0s"><a href="{escape(setting.path)}">'
            f"{escape(title)}</a><span>{state}</span></div>"
        )
        sections.setdefault(setting.section, []).append(row)
    body = "".join(
        f"<section><h2>{escape(title)}</h2>{''.join(rows)}</section>"
        for title, rows in sections.items()
    )
    draw = f"""
<script>
  setTimeout(() => {{
    const list = document.querySelector("[data-list]");
    list.replaceChildren(document.getElementById("rows").content.cloneNode(true));
    list.removeAttribute("aria-busy");
  }}, {int(render_delay_ms)});
</script>"""
    main = (
        f"<main><h1>{escape(heading)}</h1>"
        f'<div data-list aria-busy="true"><p>{escape(words["loading"])}</p></div>'
        f'<template id="rows">{body}</template></main>{draw}'
    )
    return document(heading, main, lang=lang, account=account)


def setting_page(
    account: Account,
    setting: Setting,
    lang: str,
    render_delay_ms: int = 150,
    *,
    in_frame: bool = False,
    consent_given: bool = False,
) -> str:
    """One setting page, drawn the way LinkedIn's single-page app draws it: a loading
    skeleton, then (after a data fetch) the card with the member's own value.

    The page's faults choose how the drawing goes (see Faults): a placeholder switch,
    a late or two-step value, another switch beside it, a web component, a frame."""
    faults: Faults = account.faults
    if faults.relabelled:
        lang = "de"
    lang = normalize_language(lang) or "en"
    no_id = faults.relabelled or faults.no_stable_id or faults.reworded
    label = setting.label.get(lang, setting.label["en"])
    if faults.reworded:
        label = variants.reworded_label(setting.id, lang, label)
    other_id, other_label = variants.second_switch(setting.id, lang)
    words = dict(WORDS[lang])
    if faults.region_words:
        words["not_offered"] = variants.REGION_WORDS[lang]
    mode = ""
    if faults.not_offered or faults.region_words:
        mode = "not-offered"
    elif faults.redesigned:
        mode = "redesigned"
    frame = faults.iframe and not in_frame
    drawn_late = faults.lazy_ms or faults.spinner_ms or faults.foreign_loading_ms
    data = {
        "id": setting.id,
        "api": f"/mysettings-api/settings/{setting.id}",
        "title": setting.title.get(lang, setting.title["en"]),
        "label": label,
        "about": setting.about.get(lang, setting.about["en"]),
        "switchId": None if no_id else setting.switch_id,
        "kind": "button" if faults.button_switch else "checkbox",
        "words": words,
        "mode": mode,
        "renderDelayMs": render_delay_ms,
        "placeholder": faults.placeholder,
        "twoStep": faults.two_step,
        "other": {"id": other_id, "label": other_label}
        if faults.second_switch or faults.reused
        else None,
        "ownSwitch": not faults.reused,
        # lazy: no fetch; the member's value is in the page, drawn by a timer.
        "lazyMs": drawn_late,
        "value": account.settings.get(setting.id, True) if drawn_late else None,
        "untrusted": faults.untrusted,
        "covered": faults.covered,
        "described": faults.described,
        "shadow": faults.shadow,
        "frame": f"{setting.path}?lang={lang}&frame=1" if frame else None,
    }
    # JSON inside <script>: "<" escaped so no value can close the element.
    blob = json.dumps(data).replace("<", "\\u003c")
    busy = "" if faults.bare_skeleton or drawn_late else ' aria-busy="true"'
    skeleton = (
        f'<div id="app-root" class="_loading_d2m1c"{busy}>'
        '<div class="_skel_h1_4kq"></div><div class="_skel_line_8mz"></div>'
        '<div class="_skel_line_8mz"></div><div class="_skel_row_2pd"></div></div>'
    )
    if faults.spinner_ms:
        # Only a spinning ring: a CSS animation, no words, no aria, a hashed class.
        skeleton = (
            "<style>@keyframes _q7r{to{transform:rotate(360deg)}}</style>"
            '<div id="app-root" class="_k2r8_q1"><div class="_r9z_0m" style="width:28px;'
            "height:28px;border:3px solid #ccc;border-top-color:#0a66c2;border-radius:50%;"
            'animation:_q7r .8s linear infinite"></div></div>'
        )
    elif faults.foreign_loading_ms:
        # "Loading…" in a language the catalog does not know (the page in Japanese).
        skeleton = (
            '<div id="app-root" class="_k2r8_q1"><div class="_b7x_3mv" '
            'style="padding:24px;color:#666">読み込み中…</div></div>'
        )
    elif faults.lazy_ms:
        # A placeholder that only says so in words, in a box whose class names nothing
        # (hashed, as LinkedIn's are): no aria-busy, no request in flight.
        skeleton = (
            '<div id="app-root" class="_k2r8_q1"><div class="_b7x_3mv" '
            'style="background:#e8e6e1;border-radius:4px;padding:24px;color:#666">'
            f"{escape(words['loading'])}</div></div>"
        )
    banner = consent_banner() if faults.banner and not consent_given and not in_frame else ""
    if faults.low:  # a notice longer than a screen, above the card
        banner += (
            '<div class="_n0t_4x" role="note" style="min-height:1400px;padding:24px">'
            "We updated our terms. Read what changed before you go on.</div>"
        )
    body = f"""{banner}
<main class="_main_8fk2q1">{skeleton}</main>
<script type="application/json" id="setting-data">{blob}</script>
<script>{_SETTING_SCRIPT}</script>"""
    if in_frame:
        return (
            f'<!DOCTYPE html><html lang="{escape(HTML_LANG.get(lang, lang))}"><head>'
            f'<meta charset="utf-8"><style>{_STYLE}</style></head><body>{body}</body></html>'
        )
    return document(str(data["title"]), body, lang=HTML_LANG.get(lang, lang), account=account)


def error_page(status: int, message: str) -> str:
    body = f"<main><h1>{status}</h1><p>{escape(message)}</p></main>"
    return document(f"Error {status}", body)


# Draws the setting card as LinkedIn's app does: a skeleton until the member's value
# arrives by fetch, then the card; each flip is saved at once, a PUT with the
# csrf-token header copied from the JSESSIONID cookie, no Save button.
_SETTING_SCRIPT = r"""
(function () {
  const data = JSON.parse(document.getElementById("setting-data").textContent);
  const el = (tag, attrs, text) => {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const csrf = () => {
    const m = document.cookie.match(/(?:^|;\s*)JSESSIONID=("?)([^";]*)\1/);
    return m ? m[2] : "";
  };

  // Where the card goes: the app root, or a web component's open shadow root.
  function container() {
    const root = document.getElementById("app-root");
    if (!data.shadow) return root;
    root.textContent = "";
    root.className = "_host_6ty1";
    root.removeAttribute("aria-busy");
    const host = el("li-setting-card", {});
    root.append(host);
    const shadow = host.attachShadow({mode: "open"});
    const style = el("style", {});
    style.textContent = "._row_a8sd1{display:flex;justify-content:space-between;" +
      "align-items:center;gap:16px;padding:12px 0;border-top:1px solid #eee}";
    shadow.append(style);
    const inner = el("div", {class: "_card_3kd9xa"});
    shadow.append(inner);
    return inner;
  }

  // A div switch whose only words are those aria-describedby names: no accessible
  // name at all (a real pattern of hand-made toggles).
  function describedSwitch(labelText, on) {
    const row = el("div", {class: "_row_a8sd1"});
    const words = el("p", {id: "desc-" + data.id, class: "_label_9sd7"}, labelText);
    const control = el("div", {role: "switch", tabindex: "0", class: "_toggle_7cz1a",
                               "aria-describedby": "desc-" + data.id,
                               style: "width:40px;height:22px;border-radius:11px;background:#888"});
    const stateText = el("span", {class: "_state_k2j1", "aria-hidden": "true"});
    const sw = {row, control, stateText, on};
    sw.show = (value) => {
      sw.on = value;
      control.setAttribute("aria-checked", value ? "true" : "false");
      stateText.textContent = value ? data.words.on : data.words.off;
    };
    sw.busy = () => {};
    sw.show(on);
    row.append(words, control, stateText);
    return sw;
  }

  function makeSwitch(id, labelText, on, busy) {
    if (data.described) return describedSwitch(labelText, on);
    const row = el("div", {class: "_row_a8sd1"});
    const switchBox = el("div", {class: "_switch_12ycew"});
    const generated = "ember" + (400 + labelText.length);
    const label = id
      ? el("span", {id: id, class: "_label_9sd7"}, labelText)
      : el("label", {for: generated + "-input", class: "_label_9sd7"}, labelText);
    const control = data.kind === "button"
      ? el("button", {type: "button", role: "switch", class: "_toggle_7cz1a"})
      : el("input", {type: "checkbox", role: "switch", class: "_switchCheckbox_12ycew"});
    if (id) control.setAttribute("aria-labelledby", id);
    else control.id = generated + "-input";
    const stateText = el("span", {class: "_state_k2j1", "aria-hidden": "true"});
    const sw = {row, control, stateText, on};
    sw.show = (value) => {
      sw.on = value;
      if (data.kind === "button") control.setAttribute("aria-checked", value ? "true" : "false");
      else control.checked = value;
      stateText.textContent = value ? data.words.on : data.words.off;
    };
    sw.busy = (value) => {
      control.disabled = value;
      if (value) control.setAttribute("aria-disabled", "true");
      else control.removeAttribute("aria-disabled");
    };
    sw.show(on);
    sw.busy(busy);
    if (data.untrusted) {
      // A common guard against scripts: a click no person made does nothing.
      control.addEventListener("click", (event) => {
        if (!event.isTrusted) {
          event.preventDefault();
          event.stopImmediatePropagation();
        }
      }, true);
    }
    switchBox.append(control, stateText);
    if (data.covered) {
      // A clear layer over the switch (a half-finished overlay) takes every click.
      switchBox.style.position = "relative";
      switchBox.append(el("div", {class: "_veil_4hd", style:
        "position:absolute;inset:-6px;background:rgba(255,255,255,0.01);z-index:5"}));
    }
    row.append(label, switchBox);
    return sw;
  }

  function wireSaves(sw, api, error) {
    const clicked = data.kind === "button" || sw.control.tagName !== "INPUT";
    const flip = () => {
      const wanted = clicked
        ? sw.control.getAttribute("aria-checked") !== "true" : sw.control.checked;
      const before = sw.on;
      sw.show(wanted);
      error.textContent = "";
      fetch(api, {
        method: "PUT",
        credentials: "same-origin",
        headers: {"content-type": "application/json", "csrf-token": csrf()},
        body: JSON.stringify({value: wanted}),
      }).then((r) => {
        if (!r.ok) throw new Error("HTTP " + r.status);
      }).catch(() => {
        sw.show(before);
        error.textContent = data.words.save_failed;
      });
    };
    if (clicked) sw.control.addEventListener("click", flip);
    else sw.control.addEventListener("change", flip);
  }

  // The card: title, text, and the switch(es); `value` null means not known yet.
  function drawCard(root, value) {
    root.className = "_card_3kd9xa";
    root.textContent = "";
    root.removeAttribute("aria-busy");
    const section = el("section", {class: "_section_5ba2"});
    if (value === null) section.setAttribute("aria-busy", "true");
    section.append(el("h1", {class: "_title_1x0a"}, data.title));
    section.append(el("p", {class: "_about_m2k1z"}, data.about));
    root.append(section);
    if (data.mode === "not-offered" || data.mode === "redesigned") {
      if (value !== null) {
        const key = data.mode === "redesigned" ? "redesigned" : "not_offered";
        section.append(el("p", {class: "_notice_p1q9w"}, data.words[key]));
      }
      return null;
    }
    const error = el("p", {class: "_error_9xk1a", role: "status"});
    let own = null;
    if (data.ownSwitch) {
      own = makeSwitch(data.switchId, data.label, value === true, value === null);
      wireSaves(own, data.api, error);
      section.append(own.row);
    }
    if (data.other) {
      // Another setting of LinkedIn's own: off, saved nowhere the tests look.
      const other = makeSwitch(data.other.id, data.other.label, false, value === null);
      wireSaves(other, "/mysettings-api/settings/other-" + data.id, error);
      section.append(other.row);
      if (value !== null) other.busy(false);
    }
    section.append(error);
    return own;
  }

  function boot() {
    if (data.frame) {
      const root = document.getElementById("app-root");
      root.textContent = "";
      root.className = "_host_6ty1";
      root.removeAttribute("aria-busy");
      const frame = el("iframe", {src: data.frame, title: data.title,
                                  style: "width:100%;height:420px;border:0"});
      root.append(frame);
      return;
    }
    const root = container();
    if (data.lazyMs) {
      // Drawn late by a timer, as code-split chunks, idle callbacks and hydration do:
      // nothing in flight meanwhile, only the word "Loading…" on the page.
      setTimeout(() => drawCard(root, data.value === true), data.lazyMs);
      return;
    }
    let placeholder = null;
    if (data.placeholder) placeholder = drawCard(root, null);
    fetch(data.api, {credentials: "same-origin", headers: {accept: "application/json"}})
      .then((r) => {
        if (!r.ok) throw new Error("HTTP " + r.status);
        return r.json();
      })
      .then((answer) => {
        const value = answer.value === true;
        if (placeholder && data.ownSwitch) {
          // The placeholder becomes the real switch: busy gone, the member's value in.
          placeholder.row.closest("section").removeAttribute("aria-busy");
          placeholder.busy(false);
          placeholder.show(value);
          root.querySelectorAll("[disabled]").forEach((n) => { n.disabled = false; });
          return;
        }
        if (data.twoStep) {
          const sw = drawCard(root, false);
          // A framework's deferred update: the value a frame or two after the card.
          if (sw) setTimeout(() => sw.show(value), 25);
          return;
        }
        drawCard(root, value);
      })
      .catch(() => {
        root.textContent = "";
        root.removeAttribute("aria-busy");
        root.append(el("p", {class: "_error_9xk1a", role: "alert"}, data.words.load_failed));
      });
  }
  setTimeout(boot, data.renderDelayMs);
})();
"""
