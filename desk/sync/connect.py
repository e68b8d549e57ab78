"""A client for this device: the server from the enrolment, the token from the keyring.

No Qt here. The sync run and the status built on it are the application
layer's (:mod:`desk.app.sync`).
"""

from __future__ import annotations

import threading

from desk.config import Config
from desk.messages import msg
from desk.store.store import Store
from desk.sync.client import CentralClient, TokenInvalid
from desk.sync.enrollment import Enrollment, TrainingProfile, load_token


class NotEnrolled(TokenInvalid):
    def __init__(self) -> None:
        super().__init__(
            msg(
                "Dit toestel is nog niet aangemeld bij de centrale server. Meld het aan via "
                "Bestand > Aanmelden bij de centrale server, met de aanmeldcode van IT. Uw "
                "gegevens blijven bewaard op deze computer."
            )
        )


def make_client(
    config: Config,
    server: str,
    token: str | None = None,
    *,
    cancel: threading.Event | None = None,
) -> CentralClient:
    return CentralClient(
        server, token, ca_bundle=config.ca_bundle, proxy=config.proxy, cancel=cancel
    )


def client_for(
    store: Store, config: Config, *, cancel: threading.Event | None = None
) -> CentralClient:
    """A client for this enrolled device (token from the keyring)."""
    if store.is_training:
        raise TrainingProfile()
    enrollment = Enrollment.load(store)
    if enrollment is None:
        raise NotEnrolled()
    token = load_token()
    if not token:
        raise NotEnrolled()
    return make_client(config, enrollment.server, token, cancel=cancel)
