"""One writer per output directory: an advisory lock held for the whole of a build.

Two builds into one directory would interleave their exports and share one workspace; the
second one fails at once (or waits, when asked). The lock is ``fcntl.flock`` on a small file,
released by the kernel when the process ends, even on SIGKILL, so a killed build never leaves
a stale lock. Where ``fcntl`` is missing (Windows) builds are not locked.
"""

from __future__ import annotations

import os
from pathlib import Path

from kg.errors import KgFailure

try:
    import fcntl
except ImportError:  # not POSIX
    fcntl = None

LOCK_NAME = ".kg-build.lock"


class OutputBusyError(KgFailure):
    """Another process is building into the same directory or workspace."""


class BuildLock:
    """Holds ``path`` (a lock file) exclusively; ``wait`` blocks until the holder is done."""

    def __init__(self, path: str | Path, wait: bool = False, what: str = ""):
        self.path = Path(path)
        self.wait = wait
        self.what = what or str(self.path.parent)
        self._fd: int | None = None

    def __enter__(self) -> BuildLock:
        if fcntl is None:
            return self
        self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | (0 if self.wait else fcntl.LOCK_NB))
        except BlockingIOError:
            holder = os.pread(self._fd, 32, 0).decode("ascii", "replace").strip() or "another process"
            os.close(self._fd)
            self._fd = None
            raise OutputBusyError(f"{self.what} is in use by another kg build (process {holder}); "
                                  "wait for it to finish, or pass --wait") from None
        os.ftruncate(self._fd, 0)
        os.pwrite(self._fd, str(os.getpid()).encode(), 0)
        return self

    def __exit__(self, *exc) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing releases the lock; the file stays (removing it would race)
            self._fd = None
