"""Every key of the ``meta`` table, defined once.

``meta`` holds small facts about this profile: its device id and training
flag, the enrollment (never the token: that lives in the keyring), where
sync stands, and what sync keeps until someone acts on it (conflicts,
status updates, the partner directory). Code that reads or writes a key
imports its name from here; the table of keys with their values is in
``desk/sync/README.md``.

Standard library only: the start-up path reads some of these.
"""

from __future__ import annotations

from typing import Final

# -- the profile -----------------------------------------------------------------------------
#: This desk's own id (made when the profile is created; before enrollment too).
DEVICE_ID: Final = "device_id"
#: "1" in a training profile (``desk demo-data``): nothing ever leaves this desk.
TRAINING: Final = "training"
#: Fingerprint of the key that sealed the referrals' personal fields.
REFERRALS_KEY_ID: Final = "referrals.key_id"
#: The office and channel the next quick log starts with.
QUICKLOG_OFFICE: Final = "quicklog.office"
QUICKLOG_CHANNEL: Final = "quicklog.channel"

# -- enrollment (no secret here) -------------------------------------------------------------
CENTRAL_SERVER: Final = "central.server"
CENTRAL_DEVICE_ID: Final = "central.device_id"
CENTRAL_ORG: Final = "central.org"
CENTRAL_OFFICE: Final = "central.office"
CENTRAL_ROLE: Final = "central.role"
CENTRAL_ENROLLED_AT: Final = "central.enrolled_at"

# -- where sync stands -----------------------------------------------------------------------
#: Pull cursor, saved in the transaction that applied its page.
SYNC_CURSOR: Final = "sync.cursor"
SYNC_LAST_SUCCESS: Final = "sync.last_success"
SYNC_LAST_ATTEMPT: Final = "sync.last_attempt"
SYNC_LAST_ERROR: Final = "sync.last_error"
SYNC_CLOCK_SKEW: Final = "sync.clock_skew"

# -- what sync keeps -------------------------------------------------------------------------
#: The partner directory as last published centrally (JSON) and its revision.
DIRECTORY: Final = "sync.directory"
DIRECTORY_REVISION: Final = "sync.directory_revision"
#: ``<prefix><referral id>``: the latest pulled status update of a referral.
REFERRAL_STATUS_PREFIX: Final = "sync.referral_status."
#: ``<prefix><kind>.<record id>``: an open conflict with the server's version.
CONFLICT_PREFIX: Final = "sync.conflict."

#: Keys that are facts about the device and sync, never about people
#: (the helpdesk diagnostics may show their values).
DIAGNOSTIC_KEYS: Final = (
    DEVICE_ID,
    TRAINING,
    CENTRAL_SERVER,
    CENTRAL_DEVICE_ID,
    CENTRAL_ORG,
    CENTRAL_OFFICE,
    CENTRAL_ROLE,
    CENTRAL_ENROLLED_AT,
    SYNC_CURSOR,
    SYNC_LAST_SUCCESS,
    SYNC_LAST_ATTEMPT,
    SYNC_LAST_ERROR,
    SYNC_CLOCK_SKEW,
    DIRECTORY_REVISION,
)
#: Key prefixes whose values can hold personal data: only counted, by this label.
COUNTED_PREFIXES: Final = {
    CONFLICT_PREFIX: "conflicts",
    REFERRAL_STATUS_PREFIX: "referral_statuses",
}


def conflict_key(kind: str, record_id: str) -> str:
    """The ``meta`` key of an open conflict of one record."""
    return f"{CONFLICT_PREFIX}{kind}.{record_id}"


def referral_status_key(referral_id: str) -> str:
    """The ``meta`` key of the latest pulled status update of one referral."""
    return f"{REFERRAL_STATUS_PREFIX}{referral_id}"
