"""Qt side of sync: status bar, "Nu synchroniseren", enrollment dialog."""
