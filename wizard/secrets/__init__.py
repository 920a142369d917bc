"""The session and what may keep it: cookies in memory, the OS keyring only, logs that redact."""
