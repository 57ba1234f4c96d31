"""Keep a long build's resident memory at what it holds, not at what it once held, and its
garbage collector from walking what it holds over and over.

glibc's malloc serves large blocks with ``mmap`` and hands them back when freed, but raises
that threshold (up to 32 MB) each time such a block is freed; after that, the multi-megabyte
buffers a build moves around (a batch's pickled results, its N-Triples) come from the heap,
whose freed pages stay resident and scattered. Pinning the threshold keeps large buffers on
``mmap``, so their pages go back to the system when freed. It is set only in a main process
whose extraction runs in workers: extraction allocates large numpy arrays many times per batch,
and mapping each afresh would slow the workers down.

Python's cyclic collector runs a young collection every 700 new container objects, and a full one
(every object the process holds) whenever enough of them have lived through young ones. A build
makes millions of short-lived dicts, tuples and graph parts while it holds the resolver's tables
and the graph for the explorer, so with those defaults most of its full collections walk the same
long-lived objects again: on 10,000 real abstracts the main process spent 29% of its CPU time in
the collector. :func:`fewer_collections` lets young objects pile up longer first; most of them
are freed by their reference counts before any collection sees them. docs/performance.md has the
figures.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
from collections.abc import Iterator
from contextlib import contextmanager

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


YOUNG_OBJECTS = 50_000
"""New container objects between two young collections while a build runs (Python's default: 700)."""


def collect_less_often(young: int = YOUNG_OBJECTS) -> tuple[int, ...]:
    """Run the cyclic garbage collector after every ``young`` new container objects instead of
    Python's 700 (never more often than now); the older generations keep their own thresholds.
    Returns the thresholds before."""
    before = gc.get_threshold()
    gc.set_threshold(max(young, before[0]), *before[1:])
    return before


@contextmanager
def fewer_collections(young: int = YOUNG_OBJECTS) -> Iterator[None]:
    """:func:`collect_less_often` for the duration of the block; the process's thresholds are put back
    afterwards."""
    before = collect_less_often(young)
    try:
        yield
    finally:
        gc.set_threshold(*before)
