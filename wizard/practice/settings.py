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
        Setting(
            id="research",
            path="/mypreferences/d/settings/policy-and-academic-research",
            old_paths=(),
            switch_id="allowAnonymizedDataResearch",
            category="privacy",
            section="How LinkedIn uses your data",
            title={
                "en": "Social, economic and workplace research",
                "de": "Sozial-, Wirtschafts- und Arbeitsplatzforschung",
                "fr": "Recherche sociale, économique et sur le lieu de travail",
                "es": "Investigación social, económica y laboral",
                "it": "Ricerca sociale, economica e sul lavoro",
                "nl": "Sociaal, economisch en werkplekonderzoek",
                "pl": "Badania społeczne, ekonomiczne i dotyczące miejsca pracy",
                "pt": "Pesquisa social, econômica e sobre o local de trabalho",
                "sv": "Social, ekonomisk och arbetsplatsrelaterad forskning",
                "zh_Hant": "社會、經濟與職場研究",
            },
            label={
                "en": "Social, economic and workplace research",
                "de": "Sozial-, Wirtschafts- und Arbeitsplatzforschung",
                "fr": "Recherche sociale, économique et sur le lieu de travail",
                "es": "Investigación social, económica y laboral",
                "it": "Ricerca sociale, economica e sul lavoro",
                "nl": "Sociaal, economisch en werkplekonderzoek",
                "pl": "Badania społeczne, ekonomiczne i dotyczące miejsca pracy",
                "pt": "Pesquisa social, econômica e sobre o local de trabalho",
                "sv": "Social, ekonomisk och arbetsplatsrelaterad forskning",
                "zh_Hant": "社會、經濟與職場研究",
            },
            about={
                "en": "We may use your data, such as your profile and activity, for social, "
                "economic and workplace research, and share it with trusted researchers.",
                "de": "Wir können Ihre Daten, etwa Profil und Aktivitäten, für Sozial-, "
                "Wirtschafts- und Arbeitsplatzforschung nutzen und mit vertrauenswürdigen "
                "Forschenden teilen.",
                "fr": "Nous pouvons utiliser vos données, comme votre profil et votre activité, "
                "pour la recherche sociale et économique, et les partager avec des chercheurs "
                "de confiance.",
                "es": "Podemos usar tus datos, como tu perfil y tu actividad, para investigación "
                "social, económica y laboral, y compartirlos con investigadores de confianza.",
                "it": "Possiamo usare i tuoi dati, come profilo e attività, per ricerche sociali, "
                "economiche e sul lavoro, e condividerli con ricercatori fidati.",
                "nl": "We kunnen uw gegevens, zoals uw profiel en activiteit, gebruiken voor "
                "sociaal en economisch onderzoek en delen met vertrouwde onderzoekers.",
                "pl": "Możemy wykorzystywać Twoje dane, takie jak profil i aktywność, do badań "
                "społecznych i ekonomicznych oraz udostępniać je zaufanym badaczom.",
                "pt": "Podemos usar seus dados, como perfil e atividade, em pesquisas sociais, "
                "econômicas e sobre o trabalho, e compartilhá-los com pesquisadores "
                "confiáveis.",
                "sv": "Vi kan använda dina data, som profil och aktivitet, för social och "
                "ekonomisk forskning och dela dem med betrodda forskare.",
                "zh_Hant": "我們可能會將您的資料（例如個人檔案和活動）用於社會、經濟與職場研究，"
                "並與可信賴的研究人員分享。",
            },
        ),
        Setting(
            id="ads-off-linkedin",
            path="/mypreferences/d/settings/ads-beyond-linkedin",
            old_paths=(),
            switch_id="allowLinkedInAudienceNetwork",
            category="ads",
            section="Off LinkedIn data",
            title={
                "en": "Ads off LinkedIn",
                "de": "Werbung außerhalb von LinkedIn",
                "fr": "Publicités hors LinkedIn",
                "es": "Anuncios fuera de LinkedIn",
                "it": "Annunci al di fuori di LinkedIn",
                "nl": "Advertenties buiten LinkedIn",
                "pl": "Reklamy poza LinkedIn",
                "pt": "Anúncios fora do LinkedIn",
                "sv": "Annonser utanför LinkedIn",
                "zh_Hant": "LinkedIn 以外的廣告",
            },
            label={
                "en": "Ads off LinkedIn",
                "de": "Werbung außerhalb von LinkedIn",
                "fr": "Publicités hors LinkedIn",
                "es": "Anuncios fuera de LinkedIn",
                "it": "Annunci al di fuori di LinkedIn",
                "nl": "Advertenties buiten LinkedIn",
                "pl": "Reklamy poza LinkedIn",
                "pt": "Anúncios fora do LinkedIn",
                "sv": "Annonser utanför LinkedIn",
                "zh_Hant": "LinkedIn 以外的廣告",
            },
            about={
                "en": "We may use your LinkedIn data to show you ads on other apps and websites "
                "that work with us.",
                "de": "Wir können Ihre LinkedIn-Daten nutzen, um Ihnen Werbung in anderen Apps "
                "und auf Websites unserer Partner zu zeigen.",
                "fr": "Nous pouvons utiliser vos données LinkedIn pour vous montrer des "
                "publicités sur d’autres applications et sites partenaires.",
                "es": "Podemos usar tus datos de LinkedIn para mostrarte anuncios en otras "
                "aplicaciones y sitios web que colaboran con nosotros.",
                "it": "Possiamo usare i tuoi dati LinkedIn per mostrarti annunci su altre app e "
                "siti web partner.",
                "nl": "We kunnen uw LinkedIn-gegevens gebruiken om u advertenties te tonen in "
                "andere apps en op websites van partners.",
                "pl": "Możemy wykorzystywać Twoje dane z LinkedIn do wyświetlania reklam w innych "
                "aplikacjach i witrynach partnerów.",
                "pt": "Podemos usar seus dados do LinkedIn para mostrar anúncios em outros apps e "
                "sites parceiros.",
                "sv": "Vi kan använda dina LinkedIn-data för att visa dig annonser i andra appar "
                "och på webbplatser som samarbetar med oss.",
                "zh_Hant": "我們可能會使用您的 LinkedIn 資料，"
                "在與我們合作的其他應用程式和網站上向您顯示廣告。",
            },
        ),
        Setting(
            id="data-from-others",
            path="/mypreferences/d/settings/ads-interactions-with-business",
            old_paths=(),
            switch_id="allowUseOfThirdPartyData",
            category="ads",
            section="Off LinkedIn data",
            title={
                "en": "Data from others for ads",
                "de": "Daten von anderen für Werbung",
                "fr": "Données d’autres sources pour la publicité",
                "es": "Datos de terceros para anuncios",
                "it": "Dati di terzi per gli annunci",
                "nl": "Gegevens van anderen voor advertenties",
                "pl": "Dane od innych do reklam",
                "pt": "Dados de terceiros para anúncios",
                "sv": "Data från andra för annonser",
                "zh_Hant": "來自他方的廣告資料",
            },
            label={
                "en": "Data from others for ads",
                "de": "Daten von anderen für Werbung",
                "fr": "Données d’autres sources pour la publicité",
                "es": "Datos de terceros para anuncios",
                "it": "Dati di terzi per gli annunci",
                "nl": "Gegevens van anderen voor advertenties",
                "pl": "Dane od innych do reklam",
                "pt": "Dados de terceiros para anúncios",
                "sv": "Data från andra för annonser",
                "zh_Hant": "來自他方的廣告資料",
            },
            about={
                "en": "Advertisers and other partners may share information with us about your "
                "visits to their sites and use of their apps, which we use to show you ads.",
                "de": "Werbetreibende und andere Partner können uns Informationen über Ihre "
                "Besuche auf ihren Websites und die Nutzung ihrer Apps geben, die wir für "
                "Werbung nutzen.",
                "fr": "Les annonceurs et d’autres partenaires peuvent nous transmettre des "
                "informations sur vos visites de leurs sites et applications, utilisées pour "
                "les publicités.",
                "es": "Los anunciantes y otros socios pueden compartir con nosotros información "
                "sobre tus visitas a sus sitios y el uso de sus apps, que usamos para "
                "mostrarte anuncios.",
                "it": "Inserzionisti e altri partner possono condividere con noi informazioni "
                "sulle tue visite ai loro siti e app, che usiamo per mostrarti annunci.",
                "nl": "Adverteerders en andere partners kunnen ons informatie geven over uw "
                "bezoeken aan hun sites en apps, die we gebruiken voor advertenties.",
                "pl": "Reklamodawcy i inni partnerzy mogą przekazywać nam informacje o Twoich "
                "wizytach w ich witrynach i aplikacjach, których używamy do reklam.",
                "pt": "Anunciantes e outros parceiros podem compartilhar conosco informações "
                "sobre suas visitas aos sites e apps deles, que usamos para mostrar anúncios.",
                "sv": "Annonsörer och andra partner kan dela information med oss om dina besök på "
                "deras webbplatser och appar, som vi använder för annonser.",
                "zh_Hant": "廣告主和其他合作夥伴可能會與我們分享"
                "您造訪其網站和使用其應用程式的資訊，我們會用來向您顯示廣告。",
            },
        ),
        Setting(
            id="measure-ad-success",
            path="/mypreferences/d/settings/measure-ad-success",
            old_paths=(),
            switch_id="allowConversionTracking",
            category="ads",
            section="Off LinkedIn data",
            title={
                "en": "Measure ad success",
                "de": "Werbeerfolg messen",
                "fr": "Mesurer l’efficacité des publicités",
                "es": "Medir el éxito de los anuncios",
                "it": "Misura il successo degli annunci",
                "nl": "Advertentiesucces meten",
                "pl": "Mierzenie skuteczności reklam",
                "pt": "Medir o sucesso dos anúncios",
                "sv": "Mäta annonsers framgång",
                "zh_Hant": "衡量廣告成效",
            },
            label={
                "en": "Measure ad success",
                "de": "Werbeerfolg messen",
                "fr": "Mesurer l’efficacité des publicités",
                "es": "Medir el éxito de los anuncios",
                "it": "Misura il successo degli annunci",
                "nl": "Advertentiesucces meten",
                "pl": "Mierzenie skuteczności reklam",
                "pt": "Medir o sucesso dos anúncios",
                "sv": "Mäta annonsers framgång",
                "zh_Hant": "衡量廣告成效",
            },
            about={
                "en": "We may use information about actions you take on advertisers’ sites, such "
                "as a purchase after an ad, to measure how well their ads work.",
                "de": "Wir können Informationen über Ihre Aktionen auf Websites von "
                "Werbetreibenden, etwa einen Kauf nach einer Anzeige, zur Erfolgsmessung "
                "nutzen.",
                "fr": "Nous pouvons utiliser des informations sur vos actions sur les sites des "
                "annonceurs, comme un achat après une publicité, pour mesurer son efficacité.",
                "es": "Podemos usar información sobre lo que haces en los sitios de los "
                "anunciantes, como una compra tras un anuncio, para medir su eficacia.",
                "it": "Possiamo usare informazioni sulle azioni che compi sui siti degli "
                "inserzionisti, come un acquisto dopo un annuncio, per misurarne l’efficacia.",
                "nl": "We kunnen informatie over uw acties op sites van adverteerders, zoals een "
                "aankoop na een advertentie, gebruiken om het succes te meten.",
                "pl": "Możemy wykorzystywać informacje o Twoich działaniach w witrynach "
                "reklamodawców, np. zakupie po reklamie, do pomiaru skuteczności reklam.",
                "pt": "Podemos usar informações sobre suas ações nos sites de anunciantes, como "
                "uma compra após um anúncio, para medir o desempenho dos anúncios.",
                "sv": "Vi kan använda information om vad du gör på annonsörers webbplatser, till "
                "exempel ett köp efter en annons, för att mäta hur annonserna fungerar.",
                "zh_Hant": "我們可能會使用您在廣告主網站上的行為資訊（例如看到廣告後購買），"
                "來衡量廣告成效。",
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
        ),
        "Who can reach you": ("Invitations to connect", "Messages"),
    },
    "ads": {
        "Profile data": ("Connections", "Location", "Demographics"),
    },
}


# A setting LinkedIn has not added (yet): with the `newsetting` fault an account has
# it, on, listed with the others and with a page of its own, as LinkedIn added the
# generative-AI switch in 2024 (on for everyone, announced days later). The app's
# catalog does not know it, on purpose.
NEW_SETTING = Setting(
    id="ai-features",
    path="/mypreferences/d/settings/data-for-ai-powered-features",
    old_paths=(),
    switch_id="allowDataForAIFeatures",
    category="privacy",
    section="How LinkedIn uses your data",
    title={
        "en": "Data for AI-powered features",
        "de": "Daten für KI-gestützte Funktionen",
        "fr": "Données pour les fonctionnalités basées sur l’IA",
        "es": "Datos para funciones con IA",
        "it": "Dati per le funzionalità basate sull’IA",
        "nl": "Gegevens voor AI-functies",
        "pl": "Dane dla funkcji opartych na AI",
        "pt": "Dados para recursos com IA",
        "sv": "Data för AI-drivna funktioner",
        "zh_Hant": "用於 AI 功能的資料",
    },
    label={
        "en": "Use my data to improve AI-powered features",
        "de": "Meine Daten zur Verbesserung KI-gestützter Funktionen verwenden",
        "fr": "Utiliser mes données pour améliorer les fonctionnalités basées sur l’IA",
        "es": "Usar mis datos para mejorar las funciones con IA",
        "it": "Usa i miei dati per migliorare le funzionalità basate sull’IA",
        "nl": "Mijn gegevens gebruiken om AI-functies te verbeteren",
        "pl": "Używaj moich danych do ulepszania funkcji opartych na AI",
        "pt": "Usar meus dados para aprimorar recursos com IA",
        "sv": "Använd mina data för att förbättra AI-drivna funktioner",
        "zh_Hant": "使用我的資料改進 AI 功能",
    },
    about={
        "en": "LinkedIn may use your data and activity to improve features powered by AI.",
        "de": "LinkedIn darf Ihre Daten und Aktivitäten nutzen, um KI-gestützte Funktionen "
        "zu verbessern.",
        "fr": "LinkedIn peut utiliser vos données et votre activité pour améliorer les "
        "fonctionnalités basées sur l’IA.",
        "es": "LinkedIn puede usar tus datos y tu actividad para mejorar funciones con IA.",
        "it": "LinkedIn può usare i tuoi dati e la tua attività per migliorare le "
        "funzionalità basate sull’IA.",
        "nl": "LinkedIn mag uw gegevens en activiteit gebruiken om AI-functies te verbeteren.",
        "pl": "LinkedIn może używać Twoich danych i aktywności do ulepszania funkcji AI.",
        "pt": "O LinkedIn pode usar seus dados e atividades para aprimorar recursos com IA.",
        "sv": "LinkedIn får använda dina data och din aktivitet för att förbättra AI-drivna "
        "funktioner.",
        "zh_Hant": "LinkedIn 可能會使用您的資料與活動來改進 AI 功能。",
    },
)


def account_settings(with_new: bool = False) -> dict[str, Setting]:
    """The settings an account has: LinkedIn's, and the new one with its fault."""
    return {**SETTINGS, NEW_SETTING.id: NEW_SETTING} if with_new else SETTINGS


def setting_for_path(path: str, with_new: bool = False) -> tuple[Setting, bool] | None:
    """The setting a path shows, and whether the path is an old one to redirect."""
    trimmed = path.rstrip("/") or "/"
    for setting in account_settings(with_new).values():
        if trimmed == setting.path:
            return setting, False
        if trimmed in setting.old_paths:
            return setting, True
    return None
