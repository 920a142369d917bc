"""Words of the practice site's realistic page faults: how LinkedIn might reword a
switch, the other switches it might put on a setting's page, a region notice in
new words, and a cookie-consent banner.

Written from how real sites change, not from the app's catalog: the detector must
recognise these without the catalog ever holding them.
"""

from __future__ import annotations

# A label changed by a word or two, as a site's copy edit does (mission settings).
REWORDED: dict[str, dict[str, str]] = {
    "ai-training": {
        "en": "Use my data to train content creation AI models",
        "de": "Daten für das Training von KI-Modellen zur Erstellung von Inhalten verwenden",
        "fr": "Utiliser mes données pour entraîner des modèles d’IA de création de contenu",
        "es": "Usar mis datos para el entrenamiento de modelos de IA de creación de contenido",
        "it": "Usa i miei dati per l’addestramento dei modelli di IA per la creazione di contenuti",
        "nl": "Mijn gegevens gebruiken om AI-modellen voor het maken van content te trainen",
        "pl": "Używaj moich danych do trenowania modeli AI, które tworzą treści",
        "pt": "Usar os meus dados para treinar modelos de IA que criam conteúdo",
        "sv": "Använd mina uppgifter för att träna AI-modeller som skapar innehåll",
        "zh_Hant": "使用我的資料來訓練生成內容的 AI 模型",
    },
    "affiliate-sharing": {
        "en": "Share your data with our affiliates and partners",
        "de": "Meine Daten mit verbundenen Unternehmen und Partnern teilen",
        "fr": "Partager mes données avec les sociétés affiliées et les partenaires",
        "es": "Compartir mis datos con filiales y socios",
        "it": "Condividi i miei dati con affiliate e partner",
        "nl": "Mijn gegevens delen met gelieerde ondernemingen en partners",
        "pl": "Udostępniaj moje dane podmiotom powiązanym i partnerom",
        "pt": "Compartilhar meus dados com afiliadas e parceiros",
        "sv": "Dela mina data med koncernbolag och partner",
        "zh_Hant": "與關係企業及合作夥伴分享我的資料",
    },
}

# Another setting's switch, with its own stable id and name, on the same page: a new
# AI-personalisation switch beside the training one, an e-mail switch elsewhere.
SECOND_SWITCH: dict[str, tuple[str, dict[str, str]]] = {
    "ai-training": (
        "allowAIPersonalization",
        {
            "en": "Use my data to personalise AI features for me",
            "de": "Meine Daten zur Personalisierung von KI-Funktionen verwenden",
            "fr": "Utiliser mes données pour personnaliser les fonctionnalités d’IA",
            "es": "Usar mis datos para personalizar las funciones de IA",
        },
    ),
    "": (
        "emailNotificationsToggle",
        {
            "en": "Email notifications",
            "de": "E-Mail-Benachrichtigungen",
            "fr": "Notifications par e-mail",
            "es": "Notificaciones por correo electrónico",
        },
    ),
}

# "Not offered here", in words the catalog does not hold.
REGION_WORDS: dict[str, str] = {
    "en": "This setting isn't available in your country or region.",
    "de": "Diese Einstellung ist in Ihrem Land nicht verfügbar.",
    "fr": "Ce paramètre n’est pas proposé dans votre pays.",
    "es": "Esta opción no está disponible en tu país.",
    "it": "Questa impostazione non è disponibile nel tuo paese.",
    "nl": "Deze instelling is niet beschikbaar in uw land.",
    "pl": "To ustawienie nie jest dostępne w Twoim kraju.",
    "pt": "Esta configuração não está disponível no seu país.",
    "sv": "Den här inställningen är inte tillgänglig i ditt land.",
    "zh_Hant": "此設定在您的國家/地區無法使用。",
}

# The EU cookie banner (LINKEDIN.md: Accept / Reject), in English only, as LinkedIn's
# own shows before the member's language is known.
CONSENT = {
    "text": "LinkedIn and 3rd parties use essential and non-essential cookies to provide, "
    "secure, analyse and improve our Services, and to show you relevant ads.",
    "accept": "Accept",
    "reject": "Reject",
}
CONSENT_COOKIE = "li_gc"


def reworded_label(setting_id: str, lang: str, fallback: str) -> str:
    return REWORDED.get(setting_id, {}).get(lang, fallback)


def second_switch(setting_id: str, lang: str) -> tuple[str, str]:
    """(stable id, label) of the other switch shown on this setting's page."""
    switch_id, labels = SECOND_SWITCH.get(setting_id, SECOND_SWITCH[""])
    return switch_id, labels.get(lang, labels["en"])
