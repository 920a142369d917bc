"""Stage 4, what a check leaves: history, reports, later checks, notifications."""
