"""The desk's link to the central API: enrollment, outbox, background sync.

No Qt here. :mod:`desk.sync.secrets` is the only module that touches the OS
keyring (device token, data key for field encryption).
"""
