"""Streaming RDF writers: an N-Triples file re-written as Turtle or JSON-LD by Oxigraph.

The build streams its graph out as N-Triples, part by part; every other RDF format is made from
that file by pyoxigraph's parser and serializer, triple by triple, so no format ever needs the
whole graph in memory. The same N-Triples give the same bytes in every format.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from kg.export.atomic import AtomicFile
from kg.export.formats import RdfFormat, prefixes

PROGRESS_EVERY = 100_000
"""Triples between two updates of the progress bar."""


def convert(source: Path, target: Path, fmt: RdfFormat, progress: bool = False) -> Path:
    """Write the N-Triples file ``source`` as ``target`` in ``fmt``, atomically; returns ``target``.

    Turtle gets the project's prefixes and groups consecutive triples of one subject (the build's
    parts are sorted, so a subject's triples are together within a part); JSON-LD is one node
    object per run of a subject's triples, with full IRIs.
    """
    from tqdm import tqdm

    bar = tqdm(total=_count_lines(source) if progress else None, unit="triple", unit_scale=True,
               desc=f"writing {target.name}", disable=None if progress else True)
    out = AtomicFile(target)
    try:
        with source.open("rb") as handle:
            triples = _counted(ox.parse(handle, format=ox.RdfFormat.N_TRIPLES), bar)
            ox.serialize(triples, out.handle, format=fmt.oxigraph, prefixes=prefixes())
        return out.commit()
    finally:
        out.discard()
        bar.close()


def _counted(triples: Iterator, bar) -> Iterator:
    n = 0
    for triple in triples:
        yield triple
        n += 1
        if n == PROGRESS_EVERY:
            bar.update(n)
            n = 0
    bar.update(n)


def _count_lines(path: Path) -> int:
    lines = 0
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            lines += block.count(b"\n")
    return lines
