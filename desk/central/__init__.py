"""Desk central: the reference server desks sync with.

Layout: ``tables`` (schema), ``db`` and ``migrate`` (engine and Alembic),
``auth``, ``push``, ``pull``, ``referrals``, ``publish``, ``stats``,
``admin`` (the operations behind the CLI), ``app`` and ``middleware``
(HTTP), ``cli`` (``desk-central``). The wire protocol is in PROTOCOL.md.
"""
