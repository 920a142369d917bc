"""Stage 1, what is known of LinkedIn's settings: the catalog, and its signed updates."""
