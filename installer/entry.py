"""Entry point of the frozen Desk (PyInstaller runs this file as ``__main__``).

``--write-machine-config`` is the installer's hook (the MSI custom action in
windows/desk.wxs); everything else is the normal ``desk`` command line.
"""

import sys

if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--write-machine-config":
        from machine_config import main as write_config

        sys.exit(write_config(sys.argv[2:]))
    from desk.cli import main

    sys.exit(main())
