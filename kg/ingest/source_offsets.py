"""Offsets into a cleaned title or abstract mapped back to the text as the record wrote it.

Cleaning (``kg.ingest.text``) collapses hard-wrap newlines, turns LaTeX into text and joins broken words, so an
offset into the cleaned text is not one into the record's own field. ``kg extract`` gives offsets into the field as
written: the two texts are aligned once (rapidfuzz's Indel opcodes, a few microseconds for an abstract) and each
offset is carried over the alignment.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from rapidfuzz.distance import Indel


class SourceOffsets:
    """Character offsets of ``cleaned`` carried to ``source``, the text it was cleaned from.

    A character cleaning kept maps to itself; one it made (``α`` of ``$\\alpha$``) to the source's characters it
    came from, a start to their first and an end to past their last.

    >>> offsets = SourceOffsets("deep  nets\\n  work", "deep nets work")
    >>> offsets.start(5), offsets.end(9), offsets.start(10)
    (6, 10, 13)
    >>> offsets = SourceOffsets("an $\\\\alpha$-GAN", "an α-GAN")
    >>> offsets.start(3), offsets.end(4), offsets.end(8)
    (3, 11, 15)
    """

    def __init__(self, source: str, cleaned: str) -> None:
        # Runs of changed characters as one block each: (cleaned start, cleaned end, source start, source end, equal).
        blocks: list[tuple[int, int, int, int, bool]] = []
        for op in Indel.opcodes(cleaned, source):
            equal = op.tag == "equal"
            if blocks and not equal and not blocks[-1][4]:
                first = blocks.pop()
                blocks.append((first[0], op.src_end, first[2], op.dest_end, False))
            else:
                blocks.append((op.src_start, op.src_end, op.dest_start, op.dest_end, equal))
        self._blocks = [block for block in blocks if block[0] < block[1]]  # those holding cleaned characters
        self._starts = [block[0] for block in self._blocks]
        self._lengths = (len(cleaned), len(source))

    def _block(self, index: int) -> tuple[int, int, int, int, bool]:
        return self._blocks[bisect_right(self._starts, index) - 1]

    def start(self, offset: int) -> int:
        """The source offset of the character at ``offset`` of the cleaned text."""
        if offset >= self._lengths[0] or not self._blocks:
            return self._lengths[1]
        start, _, source_start, _, equal = self._block(offset)
        return source_start + (offset - start) if equal else source_start

    def end(self, offset: int) -> int:
        """The source offset just past the character before ``offset`` of the cleaned text (a span's end)."""
        if offset <= 0 or not self._blocks:
            return 0
        start, _, source_start, source_end, equal = self._block(offset - 1)
        return source_start + (offset - start) if equal else source_end


def in_source(record: dict, source_title: str | None, title: str, source_abstract: str | None,
              abstract: str) -> dict:
    """A ``kg extract`` line (``Extraction.to_dict``) with its offsets carried to the title and abstract as the record
    wrote them (each None where cleaning left it as it was); the texts (``text``) stay the cleaned ones. A span whose
    text the source writes unchanged within a few characters of where the alignment puts it is that text."""
    sources = {"title": source_title, "abstract": source_abstract}
    maps = {field: SourceOffsets(source, cleaned) if source is not None else None
            for field, source, cleaned in (("title", source_title, title), ("abstract", source_abstract, abstract))}

    def moved(item: dict, field: str) -> None:
        offsets, source = maps[field], sources[field]
        if offsets is None:
            return
        start, end = offsets.start(item["start"]), offsets.end(item["end"])
        text = item.get("text")
        if text and source[start:end] != text:
            # where LaTeX wraps a name the source writes it whole ("\emph{multi-scale supervision}"), and the
            # alignment may pair its first letters with the command's ("mph{multi-scale ..."): the nearest place the
            # name is written as it reads
            found = [m.start() for m in re.finditer(re.escape(text), source[: end + 20])
                     if abs(m.start() - start) <= 20]
            if found:
                start = min(found, key=lambda at: abs(at - start))
                end = start + len(text)
        item["start"], item["end"] = start, end

    for entity in record["entities"]:
        moved(entity, entity["field"])
    for sentence in record["sentences"]:
        moved(sentence, "abstract")
    for claim in record["claims"]:
        moved(claim, "abstract")
        for value in claim["values"]:
            moved(value, "abstract")
    return record
