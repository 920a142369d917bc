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
    title: dict[str, str]
    label: dict[str, str]
    about: str


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
            },
            label={
                "en": "Use my data for training content creation AI models",
                "de": "Meine Daten für das Training von KI-Modellen zur Erstellung von "
                "Inhalten verwenden",
                "fr": "Utiliser mes données pour l’entraînement des modèles d’IA de "
                "création de contenu",
            },
            about="LinkedIn and its affiliates may use your personal data and content you "
            "create on LinkedIn to train content-generating AI models.",
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
            },
            label={
                "en": "Share data with affiliates and partners",
                "de": "Daten mit verbundenen Unternehmen und Partnern teilen",
                "fr": "Partager des données avec les sociétés affiliées et les partenaires",
            },
            about="We may share data with our affiliates, such as Microsoft, and trusted "
            "partners so they can show you more relevant ads.",
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
