"""Stage 3, the independent check: a browser for it, signing in, verifying every setting."""
