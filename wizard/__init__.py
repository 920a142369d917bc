"""The LinkedIn opt-out wizard: switch two settings off, then prove they stayed off."""

__version__ = "0.1.0"
