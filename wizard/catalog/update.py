"""A newer catalog, fetched and trusted only when signed by the project's release key.

LinkedIn moves pages; an abandoned catalog is how earlier tools died. So the catalog
can be updated without a new app: `optout-wizard update-catalog [URL]` (or About →
Check for a newer catalog) fetches `optouts.toml` and `optouts.toml.sig` (an Ed25519
signature, base64), checks the signature against the public key shipped in
resources/catalog-signing.pub, checks the catalog against the schema, and only a
newer version is stored in the user data folder. At start the app uses the newest
valid catalog, bundled or downloaded, checking the signature again.
"""

from __future__ import annotations

import base64
import binascii
import os
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from wizard.base.i18n import translate
from wizard.base.paths import APP_DIR_NAME, resource
from wizard.base.site import is_loopback
from wizard.catalog.model import Catalog, CatalogError, load_catalog, parse_catalog

if TYPE_CHECKING:
    # At start the app only looks for a stored catalog: the network and signature
    # code loads when there is something to fetch or to check.
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

RELEASE_URL = (
    "https://github.com/linkedin-optout-wizard/linkedin-optout-wizard/releases/latest/"
    "download/optouts.toml"
)
MAX_BYTES = 512 * 1024
TIMEOUT_S = 20


class UpdateRefused(Exception):
    """The fetched catalog was not taken; the message says why. The current one stays."""


@dataclass(frozen=True)
class Updated:
    version: str
    path: Path


def public_key(path: Path | None = None) -> Ed25519PublicKey:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    raw = base64.b64decode((path or resource("catalog-signing.pub")).read_text().strip())
    return Ed25519PublicKey.from_public_bytes(raw)


def store_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_DIR_NAME, appauthor=False)) / "catalog"


def version_key(version: str) -> tuple[int, ...]:
    """'2026.11.29' → (2026, 11, 29): catalog versions compare as dotted numbers."""
    try:
        return tuple(int(part) for part in version.split("."))
    except ValueError:
        return ()


def verified(data: bytes, signature: bytes, key: Ed25519PublicKey) -> bool:
    from cryptography.exceptions import InvalidSignature

    try:
        key.verify(base64.b64decode(signature.strip(), validate=True), data)
    except (InvalidSignature, binascii.Error, ValueError):
        return False
    return True


def _fetch(url: str) -> bytes:
    import urllib.error
    import urllib.request

    parts = urlsplit(url)
    if parts.scheme != "https" and not (
        parts.scheme == "http" and is_loopback(parts.hostname or "")
    ):
        raise UpdateRefused(
            translate(
                "Catalog", "Updates to the list of settings come over https only, not from {url}."
            ).format(url=url)
        )
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT_S) as answer:  # noqa: S310 (checked)
            data = answer.read(MAX_BYTES + 1)
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise UpdateRefused(
            translate("Catalog", "The newer list of settings could not be fetched ({why}).").format(
                why=reason
            )
        ) from None
    if len(data) > MAX_BYTES:
        raise UpdateRefused(translate("Catalog", "The fetched list of settings is too large."))
    return data


def _check(data: bytes, signature: bytes, key: Ed25519PublicKey, source: Path) -> Catalog:
    if not verified(data, signature, key):
        raise UpdateRefused(
            translate(
                "Catalog",
                "The fetched list of settings is not signed with the project's key: "
                "it was not used.",
            )
        )
    try:
        return parse_catalog(tomllib.loads(data.decode("utf-8")), source)
    except (CatalogError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise UpdateRefused(
            translate("Catalog", "The fetched list of settings is not valid: {why}").format(why=exc)
        ) from None


def update_catalog(
    url: str = RELEASE_URL,
    key: Ed25519PublicKey | None = None,
    target: Path | None = None,
    current: Catalog | None = None,
) -> Updated:
    """Fetch, check and store a newer catalog; UpdateRefused says why not."""
    key = key or public_key()
    target = target or store_dir()
    data = _fetch(url)
    signature = _fetch(url + ".sig")
    fresh = _check(data, signature, key, target / "optouts.toml")
    current = current or newest_catalog(key=key, stored=target)
    if version_key(fresh.version) <= version_key(current.version):
        raise UpdateRefused(
            translate(
                "Catalog",
                "The fetched list of settings ({new}) is not newer than the one in use ({old}).",
            ).format(new=fresh.version, old=current.version)
        )
    try:
        _store(target, data, signature)
    except OSError as exc:
        raise UpdateRefused(
            translate(
                "Catalog", "The list of settings could not be stored in {folder}: {why}."
            ).format(folder=target, why=exc.strerror or exc)
        ) from None
    return Updated(fresh.version, target / "optouts.toml")


def _store(target: Path, data: bytes, signature: bytes) -> None:
    """Both files written whole beside their places first (where a full disk fails),
    then put in place; the catalog stored before stays until then, and a catalog
    and signature that do not match are never trusted at start."""
    target.mkdir(parents=True, exist_ok=True)
    staged = []
    try:
        for name, content in (("optouts.toml.sig", signature), ("optouts.toml", data)):
            handle, temporary_name = tempfile.mkstemp(prefix=f".{name}.", dir=target)
            staged.append((Path(temporary_name), target / name))
            with os.fdopen(handle, "wb") as out:
                out.write(content)
                out.flush()
                os.fsync(out.fileno())
        for temporary, final in staged:
            os.replace(temporary, final)
    finally:
        for temporary, _final in staged:
            temporary.unlink(missing_ok=True)


def newest_catalog(key: Ed25519PublicKey | None = None, stored: Path | None = None) -> Catalog:
    """The bundled catalog, or a downloaded one if it is newer and still verifies."""
    bundled = load_catalog()
    folder = stored or store_dir()
    path, sig = folder / "optouts.toml", folder / "optouts.toml.sig"
    if not (path.is_file() and sig.is_file()):
        return bundled
    try:
        downloaded = _check(path.read_bytes(), sig.read_bytes(), key or public_key(), path)
    except (UpdateRefused, OSError):
        return bundled  # tampered or broken: the bundled one is still good
    if version_key(downloaded.version) > version_key(bundled.version):
        return downloaded
    return bundled
