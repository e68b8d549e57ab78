"""Development tools for a Desk source checkout (never shipped: not in the wheel or the bundle).

Run them from the checkout's root, e.g. ``.venv/bin/python -m tools.i18n update``.
"""
