"""Engine, single-writer lock, backup-then-migrate, sessions. Qt-free."""
