"""The desk's link to the central API: enrollment, outbox, background sync.

No Qt here. The OS keyring (device token, data key for field encryption) is
reached only through :mod:`desk.secrets`; the outbox and every other table
only through :mod:`desk.store` (:mod:`desk.store.outbox` for sync's part).
"""
