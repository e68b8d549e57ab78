"""One module per ``desk`` subcommand: it parses the arguments and prints (no Qt here).

The work itself is the application layer's (:mod:`desk.app`), shared with the
GUI. Each module imports that work inside ``run()``: ``add_arguments()`` also
runs for ``desk OPDRACHT --help``, which should not load the store, the
keyring or the HTTP client.
"""
