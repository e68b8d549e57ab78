"""A training profile: the store's side of ``desk demo-data``.

A profile becomes a training profile (meta ``training=1``) only while it
holds no real case and no unsent change; from then on every case is stored
``local_only`` and none of it can reach a server.
"""

from __future__ import annotations

from datetime import date

from desk.errors import InputError
from desk.store import meta
from desk.store.store import Store


def mark_training(store: Store) -> None:
    """Mark *store*'s profile as training, refusing one with real data."""
    with store.tx() as conn:
        real = conn.execute("SELECT count(*) FROM cases WHERE training = 0").fetchone()[0]
        queued = conn.execute("SELECT count(*) FROM outbox").fetchone()[0]
        if real or queued:
            raise InputError(
                "Dit profiel bevat echte contacten of niet-verzonden wijzigingen. "
                "Oefengegevens komen alleen in een apart oefenprofiel: start met een lege "
                "DESK_HOME-map."
            )
        store.set_meta(meta.TRAINING, "1", conn)


def settle_follow_ups(store: Store, before: date) -> None:
    """Mark most follow-ups due before *before* as handled; every tenth stays open.

    Generated data only: a real log's follow-ups are closed one by one.
    """
    with store.tx() as conn:
        conn.execute(
            "UPDATE cases SET follow_up_done = 1 WHERE follow_up_on < ? AND rowid % 10 != 0",
            (before.isoformat(),),
        )
