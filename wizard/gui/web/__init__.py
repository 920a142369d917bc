"""The embedded browser: its off-the-record profile and session, the pane the
screens show, the bridge that reads the switch in an isolated world, the hidden
page that confirms an Off, the sign-in window for providers, and the passkey dialog.
QtWebEngine is imported only from here, and only when the first page is shown."""
