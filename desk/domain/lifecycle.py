"""The closed loop of an e-inclusion referral.

Both the desk and the central service enforce the same transitions, so the
table lives here, in pure code, and nowhere else.
"""

from __future__ import annotations

from typing import Final

SENT: Final = "sent"
RECEIVED: Final = "received"
CONTACT_MADE: Final = "contact_made"
FIRST_SESSION: Final = "first_session"
COMPLETED: Final = "completed"
NO_SHOW: Final = "no_show"
DECLINED: Final = "declined"
NO_CAPACITY: Final = "no_capacity"
REFERRED_ELSEWHERE: Final = "referred_elsewhere"
CANCELLED: Final = "cancelled"

#: The happy path, in order.
PROGRESS: Final[tuple[str, ...]] = (SENT, RECEIVED, CONTACT_MADE, FIRST_SESSION, COMPLETED)
#: End states off the happy path.
SIDE_EXITS: Final[tuple[str, ...]] = (NO_SHOW, DECLINED, NO_CAPACITY, REFERRED_ELSEWHERE, CANCELLED)
STATUSES: Final[tuple[str, ...]] = PROGRESS + SIDE_EXITS
#: No further change is possible. A no-show may still come to a next session,
#: and "no capacity" may still be referred elsewhere, so those are not final.
FINAL: Final[frozenset[str]] = frozenset({COMPLETED, DECLINED, REFERRED_ELSEWHERE, CANCELLED})

_ALLOWED: Final[dict[str, frozenset[str]]] = {
    SENT: frozenset({RECEIVED, CONTACT_MADE, NO_CAPACITY, DECLINED, REFERRED_ELSEWHERE, CANCELLED}),
    RECEIVED: frozenset({CONTACT_MADE, NO_CAPACITY, DECLINED, REFERRED_ELSEWHERE, CANCELLED}),
    CONTACT_MADE: frozenset({FIRST_SESSION, NO_SHOW, DECLINED, REFERRED_ELSEWHERE, CANCELLED}),
    # A citizen may miss a first session and still come to the next one.
    NO_SHOW: frozenset({FIRST_SESSION, CANCELLED, DECLINED}),
    FIRST_SESSION: frozenset({COMPLETED, DECLINED, REFERRED_ELSEWHERE, CANCELLED}),
    COMPLETED: frozenset(),
    DECLINED: frozenset(),
    NO_CAPACITY: frozenset({REFERRED_ELSEWHERE, CANCELLED}),
    REFERRED_ELSEWHERE: frozenset(),
    CANCELLED: frozenset(),
}


class IllegalTransition(ValueError):
    """Raised when a status change is not allowed by the referral lifecycle."""

    def __init__(self, current: str, new: str) -> None:
        super().__init__(f"status change {current!r} -> {new!r} is not allowed")
        self.current = current
        self.new = new


def allowed_next(current: str) -> frozenset[str]:
    """The statuses a referral in *current* may move to."""
    try:
        return _ALLOWED[current]
    except KeyError:
        raise ValueError(f"unknown referral status {current!r}") from None


#: Device roles that may take every step of the lifecycle.
STATUS_ROLES: Final[frozenset[str]] = frozenset({"social", "admin"})


def role_may_change(role: str, current: str, new: str, *, own: bool) -> bool:
    """Whether a device of *role* may move a referral from *current* to *new*.

    Social workers and admins may take every step the lifecycle allows. A counter may
    only cancel a referral it made itself (*own*); reviewers read statistics only.
    """
    if new not in allowed_next(current):
        return False
    if role in STATUS_ROLES:
        return True
    return role == "counter" and own and new == CANCELLED


def check_transition(current: str, new: str) -> None:
    """Raise :class:`IllegalTransition` unless *current* -> *new* is allowed."""
    if new not in _ALLOWED:
        raise ValueError(f"unknown referral status {new!r}")
    if new not in allowed_next(current):
        raise IllegalTransition(current, new)
