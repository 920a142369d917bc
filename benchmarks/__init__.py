"""Benchmarks: how fast and light the wizard is, against the bare floor. `make bench`."""
