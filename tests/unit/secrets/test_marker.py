"""The note that a session was remembered holds nothing: no name, no address."""

from __future__ import annotations

from wizard.base.site import Site
from wizard.secrets import marker


def test_the_note_is_an_empty_file_that_names_nothing():
    site = Site("http://127.0.0.1:8123")
    assert not marker.marked(site)
    marker.mark(site, True)
    assert marker.marked(site)
    note = marker._file(site)
    assert note.read_bytes() == b""
    assert "127.0.0.1" not in str(note) and "8123" not in str(note)
    assert not marker.marked(Site("http://127.0.0.1:8124"))  # per site
    marker.mark(site, False)
    assert not marker.marked(site)
    marker.mark(site, False)  # forgetting twice is fine
