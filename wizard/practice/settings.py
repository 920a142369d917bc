"""The settings the practice site replicates, as LinkedIn shows them.

Deliberately not read from the app's catalog: the replica stands for LinkedIn, and
a wrong catalog must fail against it rather than agree with itself.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    id: str  # also the practice API key
    path: str  # the current direct page
    old_paths: tuple[str, ...]  # earlier pages that redirect to path
    switch_id: str  # the stable id the switch's aria-labelledby names
    category: str  # "privacy" or "ads": the menu page listing it
    section: str  # the menu section it sits under
    title: dict[str, str]  # by language, as LinkedIn shows it
    label: dict[str, str]
    about: dict[str, str]


SETTINGS: dict[str, Setting] = {
    s.id: s
    for s in (
        Setting(
            id="ai-training",
            path="/mypreferences/d/settings/data-for-ai-improvement",
            old_paths=(),
            switch_id="allowDataForGenerativeAI",
            category="privacy",
            section="How LinkedIn uses your data",
            title={
                "en": "Data for Generative AI Improvement",
                "de": "Daten zur Verbesserung generativer KI",
                "fr": "Données pour l’amélioration de l’IA générative",
                "es": "Datos para la mejora de la IA generativa",
                "it": "Dati per il miglioramento dell’IA generativa",
                "nl": "Gegevens voor verbetering van generatieve AI",
                "pl": "Dane do ulepszania generatywnej AI",
                "pt": "Dados para aprimoramento da IA generativa",
                "sv": "Data för förbättring av generativ AI",
                "zh_Hant": "用於改進生成式 AI 的資料",
            },
            label={
                "en": "Use my data for training content creation AI models",
                "de": "Meine Daten für das Training von KI-Modellen zur Erstellung von "
                "Inhalten verwenden",
                "fr": "Utiliser mes données pour l’entraînement des modèles d’IA de "
                "création de contenu",
                "es": "Usar mis datos para entrenar modelos de IA de creación de contenido",
                "it": "Usa i miei dati per addestrare i modelli di IA per la creazione di "
                "contenuti",
                "nl": "Mijn gegevens gebruiken voor het trainen van AI-modellen voor het "
                "maken van content",
                "pl": "Używaj moich danych do trenowania modeli AI tworzących treści",
                "pt": "Usar meus dados para treinar modelos de IA de criação de conteúdo",
                "sv": "Använd mina data för att träna AI-modeller som skapar innehåll",
                "zh_Hant": "使用我的資料訓練內容生成 AI 模型",
            },
            about={
                "en": "LinkedIn and its affiliates may use your personal data and content you "
                "create on LinkedIn to train content-generating AI models.",
                "de": "LinkedIn und verbundene Unternehmen dürfen Ihre personenbezogenen Daten "
                "und Inhalte zum Training von KI-Modellen verwenden, die Inhalte erzeugen.",
                "fr": "LinkedIn et ses sociétés affiliées peuvent utiliser vos données et vos "
                "contenus pour entraîner des modèles d’IA qui génèrent du contenu.",
                "es": "LinkedIn y sus filiales pueden usar tus datos personales y tu contenido "
                "para entrenar modelos de IA que generan contenido.",
                "it": "LinkedIn e le sue affiliate possono usare i tuoi dati personali e i tuoi "
                "contenuti per addestrare modelli di IA che generano contenuti.",
                "nl": "LinkedIn en gelieerde ondernemingen mogen uw persoonsgegevens en content "
                "gebruiken om AI-modellen te trainen die content maken.",
                "pl": "LinkedIn i podmioty powiązane mogą wykorzystywać Twoje dane i treści do "
                "trenowania modeli AI generujących treści.",
                "pt": "O LinkedIn e suas afiliadas podem usar seus dados pessoais e conteúdo "
                "para treinar modelos de IA que geram conteúdo.",
                "sv": "LinkedIn och dess koncernbolag får använda dina personuppgifter och ditt "
                "innehåll för att träna AI-modeller som skapar innehåll.",
                "zh_Hant": "LinkedIn 及其關係企業可能會使用您的個人資料和內容"
                "來訓練生成內容的 AI 模型。",
            },
        ),
        Setting(
            id="affiliate-sharing",
            path="/mypreferences/s/settings/share-data-with-trusted-partners",
            old_paths=("/mypreferences/d/settings/share-data-with-select-partners",),
            switch_id="shareDataWithTrustedPartners",
            category="ads",
            section="Off LinkedIn data",
            title={
                "en": "Share data with affiliates and partners",
                "de": "Daten mit verbundenen Unternehmen und Partnern teilen",
                "fr": "Partager des données avec les sociétés affiliées et les partenaires",
                "es": "Compartir datos con filiales y socios",
                "it": "Condividi i dati con affiliate e partner",
                "nl": "Gegevens delen met gelieerde ondernemingen en partners",
                "pl": "Udostępnianie danych podmiotom powiązanym i partnerom",
                "pt": "Compartilhar dados com afiliadas e parceiros",
                "sv": "Dela data med koncernbolag och partner",
                "zh_Hant": "與關係企業和合作夥伴分享資料",
            },
            label={
                "en": "Share data with affiliates and partners",
                "de": "Daten mit verbundenen Unternehmen und Partnern teilen",
                "fr": "Partager des données avec les sociétés affiliées et les partenaires",
                "es": "Compartir datos con filiales y socios",
                "it": "Condividi i dati con affiliate e partner",
                "nl": "Gegevens delen met gelieerde ondernemingen en partners",
                "pl": "Udostępniaj dane podmiotom powiązanym i partnerom",
                "pt": "Compartilhar dados com afiliadas e parceiros",
                "sv": "Dela data med koncernbolag och partner",
                "zh_Hant": "與關係企業和合作夥伴分享資料",
            },
            about={
                "en": "We may share data with our affiliates, such as Microsoft, and trusted "
                "partners so they can show you more relevant ads.",
                "de": "Wir können Daten mit verbundenen Unternehmen wie Microsoft und "
                "vertrauenswürdigen Partnern teilen, damit sie Ihnen passendere Werbung zeigen.",
                "fr": "Nous pouvons partager des données avec nos sociétés affiliées, comme "
                "Microsoft, et des partenaires de confiance pour des publicités plus pertinentes.",
                "es": "Podemos compartir datos con nuestras filiales, como Microsoft, y socios "
                "de confianza para mostrarte anuncios más relevantes.",
                "it": "Possiamo condividere dati con le nostre affiliate, come Microsoft, e "
                "partner fidati per mostrarti annunci più pertinenti.",
                "nl": "We kunnen gegevens delen met gelieerde ondernemingen, zoals Microsoft, en "
                "vertrouwde partners om u relevantere advertenties te tonen.",
                "pl": "Możemy udostępniać dane podmiotom powiązanym, takim jak Microsoft, i "
                "zaufanym partnerom, aby wyświetlać Ci trafniejsze reklamy.",
                "pt": "Podemos compartilhar dados com nossas afiliadas, como a Microsoft, e "
                "parceiros confiáveis para mostrar anúncios mais relevantes.",
                "sv": "Vi kan dela data med våra koncernbolag, som Microsoft, och betrodda "
                "partner så att de kan visa dig mer relevanta annonser.",
                "zh_Hant": "我們可能會與 Microsoft 等關係企業及可信賴的合作夥伴分享資料，"
                "以便向您顯示更相關的廣告。",
            },
        ),
    )
}

# Menu rows that exist on LinkedIn but that the practice site does not replicate.
OTHER_ROWS: dict[str, dict[str, tuple[str, ...]]] = {
    "privacy": {
        "How LinkedIn uses your data": (
            "Manage your data and activity",
            "Get a copy of your data",
            "Search history",
            "Social, economic and workplace research",
        ),
        "Who can reach you": ("Invitations to connect", "Messages"),
    },
    "ads": {
        "Profile data": ("Connections", "Location", "Demographics"),
        "Off LinkedIn data": (
            "Ads off LinkedIn",
            "Data from others for ads",
            "Measure ad success",
        ),
    },
}


def setting_for_path(path: str) -> tuple[Setting, bool] | None:
    """The setting a path shows, and whether the path is an old one to redirect."""
    trimmed = path.rstrip("/") or "/"
    for setting in SETTINGS.values():
        if trimmed == setting.path:
            return setting, False
        if trimmed in setting.old_paths:
            return setting, True
    return None
