"""The catalog's release signing key, for maintainers.

    python scripts/catalog-key.py new PRIVATE_KEY_FILE     # once: make the key pair
    python scripts/catalog-key.py sign PRIVATE_KEY_FILE resources/optouts.toml

`new` writes the private key (PEM, keep it offline, never in the repository) and
rewrites resources/catalog-signing.pub with its public half. `sign` writes
optouts.toml.sig next to the catalog: publish both files with a release, and
`optout-wizard update-catalog` will take them.
"""

from __future__ import annotations

import base64
import sys
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

PUBLIC = Path(__file__).resolve().parent.parent / "resources" / "catalog-signing.pub"


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "new":
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        Path(argv[1]).write_bytes(pem)
        Path(argv[1]).chmod(0o600)
        raw = key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        PUBLIC.write_text(base64.b64encode(raw).decode() + "\n")
        print(f"private key: {argv[1]} (keep it offline); public key: {PUBLIC}")
        return 0
    if len(argv) == 3 and argv[0] == "sign":
        key = serialization.load_pem_private_key(Path(argv[1]).read_bytes(), password=None)
        catalog = Path(argv[2])
        signature = key.sign(catalog.read_bytes())  # type: ignore[union-attr]
        catalog.with_name(catalog.name + ".sig").write_text(
            base64.b64encode(signature).decode() + "\n"
        )
        print(f"signed: {catalog}.sig")
        return 0
    print(__doc__, file=sys.stderr)
    return 64


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
