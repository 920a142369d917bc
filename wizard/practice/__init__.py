"""A local replica of the LinkedIn pages the wizard touches, with fault modes.

It backs the tests, the benchmarks and the practice mode (`optout-wizard
--practice`), so a member can try the wizard without touching their account.
"""

from wizard.practice.accounts import PRACTICE_PIN, Faults
from wizard.practice.pages import BANNER
from wizard.practice.server import PracticeSite, Request, practice_site

__all__ = ["BANNER", "PRACTICE_PIN", "Faults", "PracticeSite", "Request", "practice_site"]
