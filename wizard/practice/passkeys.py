"""The practice site as a WebAuthn relying party: sign in with a passkey.

A real site checks an assertion the way this one does: the challenge it issued (once,
for a short time), the page's origin, the hash of its relying-party name, the
"member was present" flag, and the signature made with the private key the member's
authenticator holds. Only the public key stays here. Where the key pair comes from:
`add` makes one for an account and hands out the private half once, for the
authenticator that will hold it (in tests, Chromium's virtual authenticator), since a
practice account has no earlier visit on which a passkey was made.

WebAuthn needs a name, not a number: a relying party is a domain, so passkeys work on
http://localhost:PORT and never on http://127.0.0.1:PORT (the browser refuses with a
SecurityError, and the login page says so).
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

CHALLENGE_SECONDS = 120
USER_PRESENT = 0x01


class PasskeyRefused(Exception):
    """An assertion that signs nobody in, with the reason the page shows."""


@dataclass(frozen=True)
class Passkey:
    """What an authenticator holds: the credential's id and its private key."""

    email: str
    credential_id: bytes
    private_key_pkcs8: bytes
    user_handle: bytes

    def virtual_credential(self, rp_id: str = "localhost") -> dict[str, object]:
        """This passkey as Chromium's virtual authenticator takes it (WebAuthn.addCredential)."""
        return {
            "credentialId": base64.b64encode(self.credential_id).decode(),
            "isResidentCredential": False,
            "rpId": rp_id,
            "privateKey": base64.b64encode(self.private_key_pkcs8).decode(),
            "userHandle": base64.b64encode(self.user_handle).decode(),
            "signCount": 0,
        }


@dataclass
class _Credential:
    email: str
    public_key: ec.EllipticCurvePublicKey
    sign_count: int = 0


@dataclass(frozen=True)
class _Challenge:
    email: str
    value: bytes
    rp_id: str
    origin: str
    expires: float


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64url(text: str) -> bytes:
    if not isinstance(text, str) or len(text) > 8192:
        raise PasskeyRefused("The passkey answer was not readable.")
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (ValueError, TypeError) as error:
        raise PasskeyRefused("The passkey answer was not readable.") from error


class PasskeyRegistry:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._credentials: dict[bytes, _Credential] = {}
        self._challenges: dict[str, _Challenge] = {}

    def add(self, email: str) -> Passkey:
        """A new passkey for this account; the private key is handed out only here."""
        key = ec.generate_private_key(ec.SECP256R1())
        credential_id = secrets.token_bytes(32)
        with self._lock:
            self._credentials[credential_id] = _Credential(email.lower(), key.public_key())
        private = key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        user_handle = hashlib.sha256(email.lower().encode()).digest()[:16]
        return Passkey(email, credential_id, private, user_handle)

    def options(self, email: str, rp_id: str, origin: str) -> dict[str, object]:
        """What the page passes to navigator.credentials.get for this account."""
        email = email.strip().lower()
        with self._lock:
            ids = [cid for cid, cred in self._credentials.items() if cred.email == email]
            if not ids:
                raise PasskeyRefused(
                    "This account has no passkey here. Sign in with your password, or another way."
                )
            challenge = secrets.token_bytes(32)
            self._challenges[b64url(challenge)] = _Challenge(
                email, challenge, rp_id, origin, time.monotonic() + CHALLENGE_SECONDS
            )
        return {
            "challenge": b64url(challenge),
            "rpId": rp_id,
            "allowCredentials": [
                {"type": "public-key", "id": b64url(cid), "transports": ["usb", "internal"]}
                for cid in ids
            ],
            "userVerification": "preferred",
            "timeout": 60_000,
        }

    def verify(self, answer: dict[str, object]) -> str:
        """The account an assertion proves; PasskeyRefused says why it proves none."""
        client_data_raw = unb64url(str(answer.get("clientDataJSON", "")))
        authenticator_data = unb64url(str(answer.get("authenticatorData", "")))
        signature = unb64url(str(answer.get("signature", "")))
        credential_id = unb64url(str(answer.get("id", "")))
        try:
            client_data = json.loads(client_data_raw)
        except ValueError as error:
            raise PasskeyRefused("The passkey answer was not readable.") from error
        if not isinstance(client_data, dict) or client_data.get("type") != "webauthn.get":
            raise PasskeyRefused("The passkey answer was not a sign-in.")
        with self._lock:
            challenge = self._challenges.pop(str(client_data.get("challenge", "")), None)
            credential = self._credentials.get(credential_id)
        if challenge is None or challenge.expires < time.monotonic():
            raise PasskeyRefused("That passkey request has expired or was used. Try again.")
        if client_data.get("origin") != challenge.origin:
            raise PasskeyRefused("The passkey was used on another site's page.")
        if credential is None or credential.email != challenge.email:
            raise PasskeyRefused("That passkey is not one of this account's.")
        if len(authenticator_data) < 37:
            raise PasskeyRefused("The passkey answer was not readable.")
        if authenticator_data[:32] != hashlib.sha256(challenge.rp_id.encode()).digest():
            raise PasskeyRefused("The passkey was made for another site.")
        if not authenticator_data[32] & USER_PRESENT:
            raise PasskeyRefused("The security key was not touched.")
        signed = authenticator_data + hashlib.sha256(client_data_raw).digest()
        try:
            credential.public_key.verify(signature, signed, ec.ECDSA(hashes.SHA256()))
        except InvalidSignature as error:
            raise PasskeyRefused("The passkey's signature did not match.") from error
        count = int.from_bytes(authenticator_data[33:37], "big")
        with self._lock:
            if count and count <= credential.sign_count:
                raise PasskeyRefused("This passkey looks copied: its counter went back.")
            credential.sign_count = count
        return challenge.email
