"""The practice site's passkey checks, as a relying party makes them: each answer a
real site refuses is refused, with the reason the page shows. No browser: answers are
signed here with the key's private half, as an authenticator would."""

from __future__ import annotations

import hashlib
import json

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from wizard.practice.passkeys import Passkey, PasskeyRefused, PasskeyRegistry, b64url, unb64url

ORIGIN = "http://localhost:8123"


def assertion(
    key: Passkey,
    options: dict,
    origin: str = ORIGIN,
    rp_id: str = "localhost",
    flags: int = 0x05,
    count: int = 1,
) -> dict:
    """What an authenticator and the browser answer, signed with the key's private half."""
    client_data = json.dumps(
        {"type": "webauthn.get", "challenge": options["challenge"], "origin": origin}
    ).encode()
    auth_data = hashlib.sha256(rp_id.encode()).digest() + bytes([flags]) + count.to_bytes(4, "big")
    private = serialization.load_der_private_key(key.private_key_pkcs8, None)
    assert isinstance(private, ec.EllipticCurvePrivateKey)
    signature = private.sign(
        auth_data + hashlib.sha256(client_data).digest(), ec.ECDSA(hashes.SHA256())
    )
    return {
        "id": b64url(key.credential_id),
        "clientDataJSON": b64url(client_data),
        "authenticatorData": b64url(auth_data),
        "signature": b64url(signature),
    }


@pytest.fixture
def registry() -> PasskeyRegistry:
    return PasskeyRegistry()


def test_a_signed_answer_to_the_sites_own_challenge_signs_the_account_in(registry):
    key = registry.add("kim@practice.test")
    options = registry.options("Kim@practice.test", "localhost", ORIGIN)
    assert [c["id"] for c in options["allowCredentials"]] == [b64url(key.credential_id)]
    assert registry.verify(assertion(key, options)) == "kim@practice.test"


def test_every_answer_a_real_site_refuses_is_refused(registry):
    key = registry.add("kim@practice.test")
    other = registry.add("lee@practice.test")

    def refused(answer: dict, reason: str) -> None:
        with pytest.raises(PasskeyRefused, match=reason):
            registry.verify(answer)

    def fresh() -> dict:
        return registry.options("kim@practice.test", "localhost", ORIGIN)

    used = fresh()
    registry.verify(assertion(key, used))
    refused(assertion(key, used, count=2), "expired or was used")  # a replay
    refused(assertion(key, fresh(), origin="http://localhost:9999"), "another site's page")
    refused(assertion(key, fresh(), rp_id="example.com"), "made for another site")
    refused(assertion(key, fresh(), flags=0x04), "not touched")
    refused(assertion(other, fresh()), "not one of this account's")  # another member's key
    tampered = assertion(key, fresh(), count=5)
    tampered["authenticatorData"] = b64url(unb64url(tampered["authenticatorData"])[:-1] + b"\x06")
    refused(tampered, "signature did not match")
    refused(assertion(key, fresh(), count=1), "counter went back")  # a copied key
    refused({"clientDataJSON": "!!", "id": "x"}, "not readable")
    with pytest.raises(PasskeyRefused, match="no passkey here"):
        registry.options("nobody@practice.test", "localhost", ORIGIN)
