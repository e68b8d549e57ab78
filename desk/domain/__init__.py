"""Pure logic and validation: no Qt, no storage, no network.

Everything here can be used by the desk, the central service and the
command line alike, which is why it must stay free of side effects.
"""
