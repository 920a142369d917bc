"""Catalog freshness and signed updates: only a newer, valid catalog signed with the
project's key is taken; anything else leaves the current catalog in place."""

from __future__ import annotations

import base64
import re

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.helpers.catalogs import SHIPPED_VERSION, newer
from tests.helpers.verifying import app_process
from wizard.catalog.update import UpdateRefused, newest_catalog, update_catalog, verified


def test_newer_signed_catalog_is_stored_and_used(release):
    release.publish(newer().replace("Data for Generative AI Improvement", "Data for GenAI", 1))
    updated = update_catalog(release.url, key=release.public, target=release.store)
    assert updated.version == "2027.1.1"
    catalog = newest_catalog(key=release.public, stored=release.store)
    assert catalog.version == "2027.1.1"
    assert catalog.get("ai-training").title == "Data for GenAI"


def test_one_changed_byte_in_the_catalog_is_refused(release):
    data = newer().encode()
    signature = base64.b64encode(Ed25519PrivateKey.generate().sign(data))  # some other key
    release.publish(newer(), signature)
    with pytest.raises(UpdateRefused, match="not signed with the project's key"):
        update_catalog(release.url, key=release.public, target=release.store)
    assert not release.store.exists()


@pytest.mark.parametrize("where", ["catalog", "signature"])
def test_byte_level_tampering_is_caught(release, where):
    release.publish(newer())
    served = release.store.parent / "release"
    if where == "catalog":
        data = bytearray((served / "optouts.toml").read_bytes())
        data[200] ^= 0x01  # one bit of one byte
        (served / "optouts.toml").write_bytes(bytes(data))
    else:
        raw = bytearray(base64.b64decode((served / "optouts.toml.sig").read_bytes()))
        raw[10] ^= 0x01
        (served / "optouts.toml.sig").write_bytes(base64.b64encode(bytes(raw)))
    with pytest.raises(UpdateRefused, match="not signed with the project's key"):
        update_catalog(release.url, key=release.public, target=release.store)
    assert not release.store.exists()


def test_signature_check_at_the_byte_level():
    key = Ed25519PrivateKey.generate()
    data = b"schema = 1\n"
    good = base64.b64encode(key.sign(data))
    assert verified(data, good, key.public_key())
    assert not verified(data + b" ", good, key.public_key())
    assert not verified(data, b"not base64!", key.public_key())
    assert not verified(data, base64.b64encode(b"\0" * 64), key.public_key())


def test_signed_but_invalid_catalog_is_refused(release):
    release.publish(newer().replace('wanted = "off"', 'wanted = "maybe"', 1))
    with pytest.raises(UpdateRefused, match=r"not valid: .*unknown state 'maybe'"):
        update_catalog(release.url, key=release.public, target=release.store)
    assert not release.store.exists()


def test_older_or_same_version_is_refused(release):
    release.publish(newer("2020.1.1"))
    with pytest.raises(
        UpdateRefused, match=rf"not newer than the one in use \({re.escape(SHIPPED_VERSION)}\)"
    ):
        update_catalog(release.url, key=release.public, target=release.store)


def test_network_failure_is_said_and_nothing_changes(release, tmp_path):
    with pytest.raises(UpdateRefused, match="could not be fetched"):
        update_catalog("http://127.0.0.1:9/optouts.toml", key=release.public, target=release.store)
    assert not release.store.exists()


def test_plain_http_elsewhere_is_refused(release):
    with pytest.raises(UpdateRefused, match="https only"):
        update_catalog("http://example.org/optouts.toml", key=release.public)


def test_a_stored_catalog_that_no_longer_verifies_is_ignored(release):
    release.publish(newer())
    update_catalog(release.url, key=release.public, target=release.store)
    stored = release.store / "optouts.toml"
    stored.write_text(stored.read_text().replace("Use my data", "Use my daat"))
    assert newest_catalog(key=release.public, stored=release.store).version == SHIPPED_VERSION


def test_command_refuses_a_catalog_not_signed_by_the_project(release):
    release.publish(newer())  # signed with the test key, not the project's
    proc = app_process("update-catalog", release.url, timeout=60)
    assert proc.returncode == 75  # EX_TEMPFAIL: never 1, which says a setting is on
    assert "not signed with the project's key" in proc.stderr
    assert f"The catalog in use ({SHIPPED_VERSION}) stays." in proc.stderr
