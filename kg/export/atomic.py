"""Atomic, deterministic file output."""

from __future__ import annotations

import atexit
import os
import secrets
from pathlib import Path

_UNCOMMITTED: dict[str, int] = {}
"""Temporary files made and neither committed nor discarded, with the process that made each: removed when that
process exits, so that a Ctrl-C that lands between making one and its caller holding it (where no ``finally`` of
the caller can see it yet) leaves nothing behind. (A forked child inherits the table but removes none of them.)"""


@atexit.register
def _remove_uncommitted() -> None:
    for tmp, pid in list(_UNCOMMITTED.items()):
        if pid == os.getpid():
            Path(tmp).unlink(missing_ok=True)
            _UNCOMMITTED.pop(tmp, None)


def _temporary(path: Path) -> tuple[int, str]:
    """A new temporary file beside ``path``, recorded in :data:`_UNCOMMITTED` before it exists.

    Not ``tempfile.mkstemp``: a Ctrl-C raises KeyboardInterrupt between any two bytecodes, so one that landed
    between making the file and recording it would leave the file behind. Holding SIGINT back around the two
    (``pthread_sigmask``) does not close that window once other threads run, as a process pool's do: the signal
    is then delivered to one of them and Python raises it in the main thread all the same. Recorded first, the
    file is removed at exit whenever the interrupt lands.
    """
    for _ in range(100):
        tmp = str(path.parent / f".{path.name}.{secrets.token_hex(4)}.tmp")
        _UNCOMMITTED[tmp] = os.getpid()  # an interrupt from here on leaves a name the exit handler removes
        try:
            return os.open(tmp, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600), tmp
        except FileExistsError:  # another file's name: never ours to remove
            _UNCOMMITTED.pop(tmp, None)
        except OSError:
            _UNCOMMITTED.pop(tmp, None)
            raise
    raise FileExistsError(f"no free temporary name beside {path}")


def atomic_write(path: str | Path, data: bytes | str) -> Path:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half.

    The bytes go to a temporary file in the same directory, are flushed to disk, and the
    file is renamed over ``path``.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = _temporary(path)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    finally:
        _UNCOMMITTED.pop(tmp, None)
    return path


class AtomicFile:
    """A file written in pieces that appears at ``path`` only when :meth:`commit` is called."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, self.tmp = _temporary(self.path)
        try:
            self.handle = os.fdopen(fd, "wb")
        except BaseException:  # Ctrl-C here must not leave the temporary file behind
            os.close(fd)
            Path(self.tmp).unlink(missing_ok=True)
            _UNCOMMITTED.pop(self.tmp, None)
            raise

    def write(self, data: bytes) -> None:
        self.handle.write(data)

    def commit(self) -> Path:
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()
        os.chmod(self.tmp, 0o644)
        os.replace(self.tmp, self.path)
        _UNCOMMITTED.pop(self.tmp, None)
        return self.path

    def discard(self) -> None:
        """Remove the temporary file unless it was committed (safe to call after commit)."""
        if not self.handle.closed:
            self.handle.close()
        Path(self.tmp).unlink(missing_ok=True)
        _UNCOMMITTED.pop(self.tmp, None)
