"""The practice LinkedIn's Data Processing Objection form (/help/linkedin/ask/TS-DPRO).

As public guides describe the real one: name, e-mail, what you object to, free
text; LinkedIn answers by e-mail and shows that it received the request, with a
case number. Its words are in the account's language, validation errors too. The
faults the wizard must meet: the form not offered in the member's region, the
member signed out between opening the form and sending it, and the confirmation
drawn late (a "Sending…" state first). Every request sent is kept on the account,
so a test can tell that only the person's own click sent one.
"""

# ruff: noqa: E501  (the page's sentences, one a line per language, read best unbroken)
from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from html import escape

PATH = "/help/linkedin/ask/TS-DPRO"
LATE_MS = 2500  # objectionlate: the confirmation is drawn this long after sending
MIN_DETAILS = 20

# The page's words, per language (the catalog's wording for what the wizard reads:
# the confirmation's first sentence, "Case", and the region notice).
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Data Processing Objection Request",
        "lead": "Use this form to object to LinkedIn processing your personal data. We answer by email.",
        "name": "Full name",
        "email": "Email address",
        "topic": "What do you object to?",
        "choose": "Choose one",
        "ai": "Use of my personal data for AI and machine learning",
        "ads": "Use of my personal data for personalised advertising",
        "other": "Other processing of my personal data",
        "details": "Tell us more",
        "submit": "Submit",
        "err_name": "Enter your full name.",
        "err_email": "Enter a valid email address.",
        "err_topic": "Choose what you object to.",
        "err_details": "Tell us more (at least 20 characters).",
        "sent": "We received your request",
        "case": "Case number",
        "next": "We’ll reply by email. You don’t need to send it again.",
        "sending": "Sending your request…",
        "unavailable": "This form isn't available in your region.",
    },
    "de": {
        "title": "Antrag auf Widerspruch gegen die Datenverarbeitung",
        "lead": "Mit diesem Formular widersprechen Sie der Verarbeitung Ihrer personenbezogenen Daten durch LinkedIn. Wir antworten per E-Mail.",
        "name": "Vollständiger Name",
        "email": "E-Mail-Adresse",
        "topic": "Wogegen widersprechen Sie?",
        "choose": "Bitte wählen",
        "ai": "Nutzung meiner personenbezogenen Daten für KI und maschinelles Lernen",
        "ads": "Nutzung meiner personenbezogenen Daten für personalisierte Werbung",
        "other": "Andere Verarbeitung meiner personenbezogenen Daten",
        "details": "Weitere Angaben",
        "submit": "Absenden",
        "err_name": "Geben Sie Ihren vollständigen Namen ein.",
        "err_email": "Geben Sie eine gültige E-Mail-Adresse ein.",
        "err_topic": "Wählen Sie, wogegen Sie widersprechen.",
        "err_details": "Machen Sie weitere Angaben (mindestens 20 Zeichen).",
        "sent": "Wir haben Ihre Anfrage erhalten",
        "case": "Fallnummer",
        "next": "Wir antworten per E-Mail. Sie müssen die Anfrage nicht erneut senden.",
        "sending": "Ihre Anfrage wird gesendet…",
        "unavailable": "Dieses Formular ist in Ihrer Region nicht verfügbar.",
    },
    "fr": {
        "title": "Demande d’opposition au traitement des données",
        "lead": "Ce formulaire vous permet de vous opposer au traitement de vos données personnelles par LinkedIn. Nous répondons par e-mail.",
        "name": "Nom complet",
        "email": "Adresse e-mail",
        "topic": "À quoi vous opposez-vous ?",
        "choose": "Choisissez",
        "ai": "Utilisation de mes données personnelles pour l’IA et l’apprentissage automatique",
        "ads": "Utilisation de mes données personnelles pour la publicité personnalisée",
        "other": "Autre traitement de mes données personnelles",
        "details": "Dites-nous-en plus",
        "submit": "Envoyer",
        "err_name": "Saisissez votre nom complet.",
        "err_email": "Saisissez une adresse e-mail valide.",
        "err_topic": "Choisissez ce à quoi vous vous opposez.",
        "err_details": "Dites-nous-en plus (au moins 20 caractères).",
        "sent": "Nous avons bien reçu votre demande",
        "case": "Numéro de dossier",
        "next": "Nous vous répondrons par e-mail. Inutile de l’envoyer à nouveau.",
        "sending": "Envoi de votre demande…",
        "unavailable": "Ce formulaire n’est pas disponible dans votre région.",
    },
    "es": {
        "title": "Solicitud de oposición al tratamiento de datos",
        "lead": "Usa este formulario para oponerte a que LinkedIn trate tus datos personales. Respondemos por correo electrónico.",
        "name": "Nombre completo",
        "email": "Dirección de correo electrónico",
        "topic": "¿A qué te opones?",
        "choose": "Elige una opción",
        "ai": "Uso de mis datos personales para IA y aprendizaje automático",
        "ads": "Uso de mis datos personales para publicidad personalizada",
        "other": "Otro tratamiento de mis datos personales",
        "details": "Cuéntanos más",
        "submit": "Enviar",
        "err_name": "Escribe tu nombre completo.",
        "err_email": "Escribe una dirección de correo válida.",
        "err_topic": "Elige a qué te opones.",
        "err_details": "Cuéntanos más (al menos 20 caracteres).",
        "sent": "Hemos recibido tu solicitud",
        "case": "Número de caso",
        "next": "Te responderemos por correo electrónico. No hace falta enviarla de nuevo.",
        "sending": "Enviando tu solicitud…",
        "unavailable": "Este formulario no está disponible en tu región.",
    },
    "it": {
        "title": "Richiesta di opposizione al trattamento dei dati",
        "lead": "Usa questo modulo per opporti al trattamento dei tuoi dati personali da parte di LinkedIn. Rispondiamo via email.",
        "name": "Nome completo",
        "email": "Indirizzo email",
        "topic": "A cosa ti opponi?",
        "choose": "Scegli",
        "ai": "Uso dei miei dati personali per l’IA e l’apprendimento automatico",
        "ads": "Uso dei miei dati personali per la pubblicità personalizzata",
        "other": "Altro trattamento dei miei dati personali",
        "details": "Raccontaci di più",
        "submit": "Invia",
        "err_name": "Inserisci il tuo nome completo.",
        "err_email": "Inserisci un indirizzo email valido.",
        "err_topic": "Scegli a cosa ti opponi.",
        "err_details": "Raccontaci di più (almeno 20 caratteri).",
        "sent": "Abbiamo ricevuto la tua richiesta",
        "case": "Numero del caso",
        "next": "Ti risponderemo via email. Non serve inviarla di nuovo.",
        "sending": "Invio della richiesta…",
        "unavailable": "Questo modulo non è disponibile nella tua area geografica.",
    },
    "nl": {
        "title": "Verzoek tot bezwaar tegen gegevensverwerking",
        "lead": "Met dit formulier maak je bezwaar tegen de verwerking van je persoonsgegevens door LinkedIn. We antwoorden per e-mail.",
        "name": "Volledige naam",
        "email": "E-mailadres",
        "topic": "Waartegen maak je bezwaar?",
        "choose": "Kies er een",
        "ai": "Gebruik van mijn persoonsgegevens voor AI en machine learning",
        "ads": "Gebruik van mijn persoonsgegevens voor gepersonaliseerde advertenties",
        "other": "Andere verwerking van mijn persoonsgegevens",
        "details": "Vertel ons meer",
        "submit": "Verzenden",
        "err_name": "Vul je volledige naam in.",
        "err_email": "Vul een geldig e-mailadres in.",
        "err_topic": "Kies waartegen je bezwaar maakt.",
        "err_details": "Vertel ons meer (minstens 20 tekens).",
        "sent": "We hebben je verzoek ontvangen",
        "case": "Zaaknummer",
        "next": "We antwoorden per e-mail. Je hoeft het niet opnieuw te sturen.",
        "sending": "Je verzoek wordt verzonden…",
        "unavailable": "Dit formulier is niet beschikbaar in uw regio.",
    },
    "pl": {
        "title": "Wniosek o sprzeciw wobec przetwarzania danych",
        "lead": "W tym formularzu możesz sprzeciwić się przetwarzaniu Twoich danych osobowych przez LinkedIn. Odpowiadamy e-mailem.",
        "name": "Imię i nazwisko",
        "email": "Adres e-mail",
        "topic": "Czemu się sprzeciwiasz?",
        "choose": "Wybierz",
        "ai": "Wykorzystywanie moich danych osobowych do AI i uczenia maszynowego",
        "ads": "Wykorzystywanie moich danych osobowych do reklam spersonalizowanych",
        "other": "Inne przetwarzanie moich danych osobowych",
        "details": "Napisz więcej",
        "submit": "Wyślij",
        "err_name": "Podaj imię i nazwisko.",
        "err_email": "Podaj prawidłowy adres e-mail.",
        "err_topic": "Wybierz, czemu się sprzeciwiasz.",
        "err_details": "Napisz więcej (co najmniej 20 znaków).",
        "sent": "Otrzymaliśmy Twoją prośbę",
        "case": "Numer zgłoszenia",
        "next": "Odpowiemy e-mailem. Nie musisz wysyłać jej ponownie.",
        "sending": "Wysyłanie prośby…",
        "unavailable": "Ten formularz jest niedostępny w Twoim regionie.",
    },
    "pt": {
        "title": "Solicitação de oposição ao tratamento de dados",
        "lead": "Use este formulário para se opor ao tratamento dos seus dados pessoais pelo LinkedIn. Respondemos por e-mail.",
        "name": "Nome completo",
        "email": "Endereço de e-mail",
        "topic": "A que você se opõe?",
        "choose": "Escolha uma opção",
        "ai": "Uso dos meus dados pessoais para IA e aprendizado de máquina",
        "ads": "Uso dos meus dados pessoais para publicidade personalizada",
        "other": "Outro tratamento dos meus dados pessoais",
        "details": "Conte-nos mais",
        "submit": "Enviar",
        "err_name": "Digite seu nome completo.",
        "err_email": "Digite um endereço de e-mail válido.",
        "err_topic": "Escolha a que você se opõe.",
        "err_details": "Conte-nos mais (pelo menos 20 caracteres).",
        "sent": "Recebemos sua solicitação",
        "case": "Número do caso",
        "next": "Responderemos por e-mail. Não é preciso enviar de novo.",
        "sending": "Enviando sua solicitação…",
        "unavailable": "Este formulário não está disponível na sua região.",
    },
    "sv": {
        "title": "Begäran om invändning mot databehandling",
        "lead": "Med det här formuläret invänder du mot att LinkedIn behandlar dina personuppgifter. Vi svarar via e-post.",
        "name": "Fullständigt namn",
        "email": "E-postadress",
        "topic": "Vad invänder du mot?",
        "choose": "Välj ett alternativ",
        "ai": "Användning av mina personuppgifter för AI och maskininlärning",
        "ads": "Användning av mina personuppgifter för anpassad annonsering",
        "other": "Annan behandling av mina personuppgifter",
        "details": "Berätta mer",
        "submit": "Skicka",
        "err_name": "Ange ditt fullständiga namn.",
        "err_email": "Ange en giltig e-postadress.",
        "err_topic": "Välj vad du invänder mot.",
        "err_details": "Berätta mer (minst 20 tecken).",
        "sent": "Vi har tagit emot din begäran",
        "case": "Ärendenummer",
        "next": "Vi svarar via e-post. Du behöver inte skicka den igen.",
        "sending": "Din begäran skickas…",
        "unavailable": "Det här formuläret är inte tillgängligt i din region.",
    },
    "zh_Hant": {
        "title": "反對資料處理請求",
        "lead": "使用此表單反對 LinkedIn 處理您的個人資料。我們會以電子郵件回覆。",
        "name": "全名",
        "email": "電子郵件地址",
        "topic": "您反對的是什麼？",
        "choose": "請選擇",
        "ai": "將我的個人資料用於 AI 與機器學習",
        "ads": "將我的個人資料用於個人化廣告",
        "other": "對我的個人資料的其他處理",
        "details": "請提供更多說明",
        "submit": "送出",
        "err_name": "請輸入您的全名。",
        "err_email": "請輸入有效的電子郵件地址。",
        "err_topic": "請選擇您反對的項目。",
        "err_details": "請提供更多說明（至少 20 個字元）。",
        "sent": "我們已收到您的請求",
        "case": "案件編號",
        "next": "我們會以電子郵件回覆。您不需要再次送出。",
        "sending": "正在送出您的請求…",
        "unavailable": "您所在的地區無法使用此表單。",
    },
}
TOPICS = ("ai", "ads", "other")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def words(lang: str) -> dict[str, str]:
    return WORDS.get(lang, WORDS["en"])


def errors_of(form: dict[str, str], lang: str) -> dict[str, str]:
    """Each field's error in the account's language (none: the form may be sent)."""
    w = words(lang)
    errors = {}
    if not form.get("name", "").strip():
        errors["name"] = w["err_name"]
    if not _EMAIL.match(form.get("email", "").strip()):
        errors["email"] = w["err_email"]
    if form.get("topic") not in TOPICS:
        errors["topic"] = w["err_topic"]
    if len(form.get("details", "").strip()) < MIN_DETAILS:
        errors["details"] = w["err_details"]
    return errors


def case_number(count: int, now: datetime | None = None) -> str:
    """As LinkedIn's help forms show one: the day, then a running number."""
    return f"{(now or datetime.now(UTC)):%y%m%d}-{count:06d}"


def _field(name: str, label: str, control: str, error: str | None) -> str:
    note = (
        f'<p class="_error_7hq2" id="{name}-error" role="alert">{escape(error)}</p>'
        if error
        else ""
    )
    return f'<label class="_field_3kd1z" for="ask-{name}">{escape(label)}</label>{control}{note}'


def _invalid(name: str, errors: dict[str, str]) -> str:
    if name in errors:
        return f' aria-invalid="true" aria-describedby="{name}-error"'
    return ""


def form_body(
    lang: str, form: dict[str, str] | None = None, errors: dict[str, str] | None = None
) -> str:
    """The form, with what was typed kept and each error beside its field."""
    w, form, errors = words(lang), form or {}, errors or {}
    options = "".join(
        f'<option value="{t}"{" selected" if form.get("topic") == t else ""}>{escape(w[t])}</option>'
        for t in TOPICS
    )
    fields = "".join(
        (
            _field(
                "name",
                w["name"],
                f'<input id="ask-name" name="name" type="text" autocomplete="name" '
                f'value="{escape(form.get("name", ""))}"{_invalid("name", errors)}>',
                errors.get("name"),
            ),
            _field(
                "email",
                w["email"],
                f'<input id="ask-email" name="email" type="email" autocomplete="email" '
                f'value="{escape(form.get("email", ""))}"{_invalid("email", errors)}>',
                errors.get("email"),
            ),
            _field(
                "topic",
                w["topic"],
                f'<select id="ask-topic" name="topic"{_invalid("topic", errors)}>'
                f'<option value="">{escape(w["choose"])}</option>{options}</select>',
                errors.get("topic"),
            ),
            _field(
                "details",
                w["details"],
                f'<textarea id="ask-details" name="details" rows="8" cols="60"'
                f"{_invalid('details', errors)}>{escape(form.get('details', ''))}</textarea>",
                errors.get("details"),
            ),
        )
    )
    return (
        f"<main><h1>{escape(w['title'])}</h1><p>{escape(w['lead'])}</p>"
        f'<form method="post" action="{PATH}" novalidate>{fields}'
        f'<p><button type="submit" id="ask-submit">{escape(w["submit"])}</button></p>'
        "</form></main>"
    )


def confirmation_main(lang: str, case: str) -> str:
    w = words(lang)
    return (
        f'<h1 id="ask-sent">{escape(w["sent"])}</h1>'
        f'<p>{escape(w["case"])}: <b id="ask-case">{escape(case)}</b></p>'
        f"<p>{escape(w['next'])}</p>"
    )


def sent_body(lang: str, case: str, late_ms: int = 0) -> str:
    """The confirmation; drawn late: "Sending…" (aria-busy) first, then the page's
    script draws the confirmation, as a single-page site does after its request."""
    if not late_ms:
        return f"<main>{confirmation_main(lang, case)}</main>"
    w = words(lang)
    drawn = json.dumps(confirmation_main(lang, case))
    return (
        f'<main aria-busy="true"><p role="status">{escape(w["sending"])}</p></main>'
        f"<script>setTimeout(() => {{ const m = document.querySelector('main');"
        f" m.innerHTML = {drawn}; m.removeAttribute('aria-busy'); }}, {int(late_ms)});</script>"
    )


def unavailable_body(lang: str) -> str:
    w = words(lang)
    return f'<main><h1>{escape(w["title"])}</h1><p id="ask-unavailable">{escape(w["unavailable"])}</p></main>'
