"""Web pages served by desk-central: the partner inbox (``/partner/``) and insights
(``/insights/``) for viewers, with their accounts and sign-in.

Server-rendered HTML (Jinja2), plain forms, no JavaScript needed to act. Nothing here
is imported by the sync API; ``desk.central.app`` mounts :func:`routes.router`.
"""
