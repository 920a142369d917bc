"""The Qt desktop app: screens, the embedded browser and its bridge.

Everything else in the package works without Qt; only what draws or hosts a web
view lives here.
"""
