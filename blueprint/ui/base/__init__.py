"""What every window stands on: document signals for Qt, progress and worker threads, the
crash handler, the program's icon and the check that a desktop can be shown."""
