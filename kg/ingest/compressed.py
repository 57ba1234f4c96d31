"""Inputs read as they are or through gzip, bzip2 or xz, told by the last extension.

``papers.jsonl.gz`` is read as ``papers.jsonl``: the format comes from the extension inside
(and from the content, as for any file).
"""

from __future__ import annotations

import bz2
import gzip
import lzma
import zlib
from pathlib import Path
from typing import BinaryIO

OPENERS = {".gz": gzip.open, ".bz2": bz2.open, ".xz": lzma.open}
READ_ERRORS = (OSError, EOFError, lzma.LZMAError, zlib.error)
"""What a damaged compressed file raises while it is read (gzip's BadGzipFile is an OSError)."""


def inner_suffix(path: str | Path) -> str:
    """The extension that tells the format: ``.jsonl`` for ``a.jsonl.gz`` and for ``a.jsonl``."""
    path = Path(path)
    if path.suffix.lower() in OPENERS:
        path = Path(path.stem)
    return path.suffix.lower()


def open_input(path: str | Path) -> BinaryIO:
    """``path`` opened for reading bytes, decompressed when its extension says so."""
    return OPENERS.get(Path(path).suffix.lower(), open)(path, "rb")


def read_input(path: str | Path) -> bytes:
    """Every byte of ``path``, decompressed when its extension says so."""
    with open_input(path) as handle:
        return handle.read()
