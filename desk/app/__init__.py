"""The application layer: the use cases the GUI and the command line share.

Export, import, demo data, helpdesk diagnostics, the sync run and status,
enrolment and the statistics report live here, once. ``desk/commands/``
parses arguments and prints; ``desk/ui/`` shows forms and progress; both
call down into this package and never into each other.

No Qt here. Every function takes what it works on (the store, the config,
the moment) as an argument and reads no globals, so a test hands it a
temporary profile and the GUI runs it on the background worker.
"""
