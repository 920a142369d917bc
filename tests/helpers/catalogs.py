"""The shipped catalog as text, and a newer one made from it (for catalog updates)."""

from __future__ import annotations

import re

from wizard.catalog.model import default_catalog_path

SHIPPED = default_catalog_path().read_text(encoding="utf-8")
_VERSION = re.search(r'^version = "([^"]+)"', SHIPPED, re.M)
assert _VERSION is not None, "the shipped catalog has a version"
SHIPPED_VERSION = _VERSION.group(1)


def newer(version: str = "2027.1.1") -> str:
    return SHIPPED.replace(f'version = "{SHIPPED_VERSION}"', f'version = "{version}"')
