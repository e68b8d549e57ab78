"""Assisted-service guides: the file format, its validator, search and the step runner.

Pure Python: no Qt, no storage. The UI loads a :class:`Library` with
:func:`load_library` off the GUI thread, searches it with
:meth:`Library.search`, and runs a guide with :class:`GuideRun`, whose
:class:`GuideSession` records go to the case log.
"""
