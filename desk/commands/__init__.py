"""One module per ``desk`` subcommand (no Qt here)."""
