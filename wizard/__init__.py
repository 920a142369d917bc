"""The LinkedIn opt-out wizard: switch two settings off, then prove they stayed off."""

__version__ = "0.1.0"

# Where the project lives: the About box links here (and packaging/linux's metainfo).
SOURCE_URL = "https://github.com/linkedin-optout-wizard/linkedin-optout-wizard"
HELP_URL = f"{SOURCE_URL}#readme"
