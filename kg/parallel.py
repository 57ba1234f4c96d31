"""Run extraction over batches of papers: in this process, a local process pool, or Dask.

Every runner returns results in batch order with a bounded number of batches in flight, so
memory stays flat however long the input is, and the output is identical whichever runner
is used.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from kg.records import Extraction, Paper, RecordError

log = logging.getLogger("kg.parallel")

Result = list[Extraction | RecordError]
_EXTRACTORS: dict[tuple, Any] = {}


def extract_batch(papers: list[Paper], settings: tuple = ("packaged", None)) -> Result:
    """Extract a batch; a paper that makes the pipeline fail becomes a RecordError, not a crash.

    The Extractor is loaded once per process and reused for later batches.
    """
    from kg.extract import Extractor

    extractor = _EXTRACTORS.get(settings)
    if extractor is None:
        ner_model, rules = settings
        extractor = _EXTRACTORS[settings] = Extractor(ner_model=ner_model, rules=rules)
    try:
        return list(extractor.extract(papers))
    except Exception:  # isolate the record that broke the batch
        results: Result = []
        for paper in papers:
            try:
                results.extend(extractor.extract([paper]))
            except Exception as error:  # any failure of one record is reported, the run goes on
                source = paper.sources[0] if paper.sources else None
                results.append(RecordError(source.path if source else paper.id,
                                           source.position if source else None,
                                           f"extraction failed: {type(error).__name__}: {error}"))
        return results


def _windowed(submit, batches: Iterable[list[Paper]], window: int) -> Iterator[Result]:
    pending: deque = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= window:
            yield pending.popleft()()
    while pending:
        yield pending.popleft()()


def run_batches(batches: Iterable[list[Paper]], settings: tuple, workers: int = 1,
                dask: str | None = None) -> Iterator[Result]:
    """Extraction results of ``batches``, in order."""
    if dask:
        yield from _run_dask(batches, settings, dask)
    elif workers > 1:
        # "spawn" starts clean interpreters: no inherited threads or half-loaded models.
        context = multiprocessing.get_context("spawn")
        with context.Pool(workers) as pool:
            yield from _windowed(lambda b: pool.apply_async(extract_batch, (b, settings)).get,
                                 batches, window=2 * workers)
    else:
        for batch in batches:
            yield extract_batch(batch, settings)


def _run_dask(batches: Iterable[list[Paper]], settings: tuple, address: str) -> Iterator[Result]:
    from distributed import Client

    with Client(address) as client:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        log.info("extracting on the Dask cluster at %s (%d workers)", address, n_workers)
        yield from _windowed(lambda b: client.submit(extract_batch, b, settings, pure=False).result,
                             batches, window=2 * n_workers)
