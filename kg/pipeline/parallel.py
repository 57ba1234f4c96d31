"""Run extraction over batches of papers: in this process, a local process pool, or Dask.

Every runner returns results in batch order with a bounded number of batches in flight, so
memory stays flat however long the input is, and the output is identical whichever runner
is used.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from kg.pipeline.memory import collect_less_often
from kg.records import Extraction, Paper, RecordError

log = logging.getLogger("kg.pipeline.parallel")

Result = list[Extraction | RecordError]
RELOAD_AFTER = 5_000
"""Papers one loaded extractor handles before it is loaded afresh. spaCy's vocabulary keeps
every new string it meets, so a worker that ran on for millions of abstracts would grow with
the corpus; reloading is cheap next to the time of 5,000 papers (docs/performance.md)."""
_ONE_BLAS_THREAD = {name: "1" for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")}
"""Environment of pool workers: one process per core already, so a BLAS that started threads of
its own would only make them compete (Dask's nanny sets the same for its workers)."""
_EXTRACTORS: dict[tuple, list] = {}  # settings → [Extractor, papers it has handled]


def extract_batch(papers: list[Paper], settings: tuple = ("packaged", None)) -> Result:
    """Extract a batch; a paper that makes the pipeline fail becomes a RecordError, not a crash.

    The Extractor is loaded once per process and reused for later batches, up to
    :data:`RELOAD_AFTER` papers.
    """
    if not papers:  # every paper of the batch came from the cache: no need to load the models
        return []
    from kg.extract import Extractor

    entry = _EXTRACTORS.get(settings)
    if entry is not None and entry[1] >= RELOAD_AFTER:
        del _EXTRACTORS[settings]
        entry = None
        gc.collect()  # free the old pipeline (its objects refer to each other) before loading anew
    if entry is None:
        ner_model, rules = settings
        entry = _EXTRACTORS[settings] = [Extractor(ner_model=ner_model, rules=rules), 0]
    extractor = entry[0]
    entry[1] += len(papers)
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


@contextmanager
def _environment(values: dict[str, str]) -> Iterator[None]:
    """Set environment variables the user has not set, for the duration of the block."""
    added = {name: value for name, value in values.items() if name not in os.environ}
    os.environ.update(added)
    try:
        yield
    finally:
        for name in added:
            os.environ.pop(name, None)


def _start_worker() -> None:
    """Pool workers leave Ctrl-C to the main process, which stops them all (``Runner.__exit__``):
    a worker that died of its own KeyboardInterrupt would leave the pool waiting for it. They
    collect garbage less often (:func:`kg.pipeline.memory.collect_less_often`): a full collection
    walks the loaded models, and the graph parts a worker makes would set one off every few batches."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    collect_less_often()


class Runner:
    """Runs a function over a stream of argument tuples, in order, with a bounded window.

    In this process (``workers=1``), in a local process pool that lives as long as the runner
    (``workers>1``), or on a Dask cluster (``dask=ADDRESS``). The function and its arguments
    must be picklable for the last two; results come back in input order.
    """

    def __init__(self, workers: int = 1, dask: str | None = None):
        self.workers = workers
        self.dask = dask
        self._pool = None
        self._client = None
        self._window = 1

    def __enter__(self) -> Runner:
        if self.dask:
            from distributed import Client

            self._client = Client(self.dask)
            n_workers = max(1, len(self._client.scheduler_info().get("workers", {})))
            log.info("running on the Dask cluster at %s (%d workers)", self.dask, n_workers)
            self._window = 2 * n_workers
        elif self.workers > 1:
            # "spawn" starts clean interpreters: no inherited threads or half-loaded models.
            with _environment(_ONE_BLAS_THREAD):
                self._pool = multiprocessing.get_context("spawn").Pool(self.workers, initializer=_start_worker)
            self._window = 2 * self.workers
        return self

    def __exit__(self, *exc) -> None:
        if self._pool is not None:
            self._pool.terminate() if exc[0] else self._pool.close()
            self._pool.join()
            self._pool = None
        if self._client is not None:
            self._client.close()
            self._client = None

    def submit(self, function: Callable, *args) -> Callable[[], Any]:
        """Start ``function(*args)`` on a worker of the local pool and return a call that waits for its result.

        Without a pool, or on Dask (whose workers may not see this machine's files), it runs here and now.
        """
        if self._pool is not None:
            return self._pool.apply_async(function, args).get
        result = function(*args)
        return lambda: result

    def map(self, function: Callable, arguments: Iterable[tuple]) -> Iterator[Any]:
        """``function(*args)`` for each tuple of ``arguments``, in order."""
        if self._client is not None:
            client = self._client
            submit = lambda args: client.submit(function, *args, pure=False).result  # noqa: E731
        elif self._pool is not None:
            pool = self._pool
            submit = lambda args: pool.apply_async(function, args).get  # noqa: E731
        else:
            yield from (function(*args) for args in arguments)
            return
        pending: deque = deque()
        for args in arguments:
            pending.append(submit(args))
            if len(pending) >= self._window:
                yield pending.popleft()()
        while pending:
            yield pending.popleft()()


def run_batches(batches: Iterable[list[Paper]], settings: tuple, workers: int = 1,
                dask: str | None = None, runner: Runner | None = None) -> Iterator[Result]:
    """Extraction results of ``batches``, in order, on ``runner`` (or a new one for ``workers``/``dask``)."""
    if runner is not None:
        yield from runner.map(extract_batch, ((batch, settings) for batch in batches))
        return
    with Runner(workers, dask) as own:
        yield from own.map(extract_batch, ((batch, settings) for batch in batches))
