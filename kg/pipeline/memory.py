"""Keep a long build's resident memory at what it holds, not at what it once held.

glibc's malloc serves large blocks with ``mmap`` and hands them back when freed, but raises
that threshold (up to 32 MB) each time such a block is freed; after that, the multi-megabyte
buffers a build moves around (a batch's pickled results, its N-Triples) come from the heap,
whose freed pages stay resident and scattered. Pinning the threshold keeps large buffers on
``mmap``, so their pages go back to the system when freed. It is set only in a main process
whose extraction runs in workers: extraction allocates large numpy arrays many times per batch,
and mapping each afresh would slow the workers down. docs/performance.md has the figures.
"""

from __future__ import annotations

import ctypes
import ctypes.util

_M_MMAP_THRESHOLD = -3  # from glibc's malloc.h
LARGE_BLOCK = 1 << 20


def return_large_blocks(threshold: int = LARGE_BLOCK) -> bool:
    """Serve blocks of ``threshold`` bytes or more by ``mmap`` in this process, for good.

    True when the C library is glibc and took the setting; elsewhere nothing changes.
    """
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name)
        mallopt = libc.mallopt
    except (OSError, AttributeError, TypeError):  # no glibc (musl, macOS, Windows)
        return False
    return bool(mallopt(_M_MMAP_THRESHOLD, threshold))
