"""Global Privacy Control (https://w3c.github.io/gpc/): one definition for both
engines, so the embedded view and the independent check send the same signal."""

from __future__ import annotations

HEADER = "Sec-GPC"
VALUE = "1"
# Defined on the prototype, as browsers that support GPC do; configurable so a page
# that probes it sees a normal property.
NAVIGATOR_SCRIPT = (
    "Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', "
    "{get: () => true, configurable: true, enumerable: true});"
)
