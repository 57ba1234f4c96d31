"""The query workers of ``kg serve``: worker processes over a read-only store, and the graph they serve.

A :class:`WorkerPool` holds ``size`` worker processes (:mod:`kg.sparql.worker`). A query first
waits for a free worker: at most ``queue_limit`` queries wait at once (one more is turned away
at once: :class:`Busy`, answered 503 with ``Retry-After``), and each waits at most
``queue_wait`` seconds (by default the time limit) before it is turned away the same way. Its
time limit starts only when a worker takes it, so time spent waiting is never charged to it; a
worker that runs past the limit is killed and replaced.
"""

from __future__ import annotations

import json
import logging
import os
import queue
import select
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KgFailure, KgUsageError, safe_text
from kg.sparql import summary
from kg.sparql.query import EXPORT_NAMES
from kg.sparql.store import is_store, rdf_format

log = logging.getLogger(__name__)


class ServeError(KgFailure):
    """A graph that cannot be served, with a message for people."""


class GraphNotFound(KgUsageError, ServeError):
    """A path that is neither a graph nor a store."""


class QueryTimeout(Exception):
    """The query ran past its time limit (its worker is killed)."""


class WorkerGone(Exception):
    """The worker process exited while answering."""


class Busy(Exception):
    """Every worker is taken and the queue is full, or the wait for a worker ran out."""


def default_workers() -> int:
    """Worker processes by default: one per core, plus two, so that a short query still finds a free
    worker while long ones hold every core (the operating system then shares the cores)."""
    return (os.cpu_count() or 1) + 2


class Worker:
    """One worker process and the pipes to it."""

    def __init__(self, store_dir: Path, start_timeout: float = 120.0):
        self.proc = subprocess.Popen([sys.executable, "-m", "kg.sparql.worker", str(store_dir)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.fd = self.proc.stdout.fileno()
        self.buffer = b""
        try:
            ready = json.loads(self._read_line(time.monotonic() + start_timeout))
        except (QueryTimeout, WorkerGone, ValueError) as error:
            self.kill()
            raise ServeError(f"the SPARQL worker did not start: {error}") from error
        if not ready.get("ready"):
            self.kill()
            raise ServeError("the SPARQL worker did not start")

    def ask(self, request: dict, timeout: float) -> tuple[dict, bytes]:
        deadline = time.monotonic() + timeout
        try:
            self.proc.stdin.write(json.dumps(request).encode() + b"\n")
            self.proc.stdin.flush()
        except OSError as error:
            raise WorkerGone(str(error)) from error
        header = json.loads(self._read_line(deadline))
        body = self._read_exactly(header.pop("length"), deadline)
        return header, body

    def _fill(self, deadline: float) -> None:
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([self.fd], [], [], left)[0]:
            raise QueryTimeout()
        chunk = os.read(self.fd, 1 << 16)
        if not chunk:
            raise WorkerGone("the worker exited")
        self.buffer += chunk

    def _read_line(self, deadline: float) -> bytes:
        while b"\n" not in self.buffer:
            self._fill(deadline)
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line

    def _read_exactly(self, n: int, deadline: float) -> bytes:
        while len(self.buffer) < n:
            self._fill(deadline)
        body, self.buffer = self.buffer[:n], self.buffer[n:]
        return body

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        for pipe in (self.proc.stdin, self.proc.stdout):
            try:
                pipe.close()
            except OSError:
                pass


class WorkerPool:
    """``size`` workers; a query waits for a free one (bounded queue), then runs under the time limit."""

    def __init__(self, store_dir: Path, size: int, timeout: float, queue_limit: int | None = None,
                 queue_wait: float | None = None):
        self.store_dir, self.timeout, self.size = store_dir, timeout, size
        self.queue_limit = 4 * size if queue_limit is None else queue_limit
        self.queue_wait = timeout if queue_wait is None else queue_wait
        self.idle: queue.Queue[Worker] = queue.Queue()
        self.waiting = 0
        self.lock = threading.Lock()
        self.closed = False
        started: list[Worker] = []
        try:
            for _ in range(size):
                started.append(Worker(store_dir))
        except BaseException:
            for worker in started:
                worker.kill()
            raise
        for worker in started:
            self.idle.put(worker)

    def run(self, request: dict) -> tuple[dict, bytes]:
        """The worker's answer to ``request``; raises Busy, QueryTimeout or WorkerGone."""
        worker = self._take()
        try:
            result = worker.ask(request, self.timeout)  # the time limit starts now, not while queued
        except (QueryTimeout, WorkerGone, ValueError, KeyError):
            worker.kill()
            threading.Thread(target=self._replace, daemon=True).start()
            raise
        self.idle.put(worker)
        return result

    def _take(self) -> Worker:
        try:
            return self.idle.get_nowait()
        except queue.Empty:
            pass
        with self.lock:
            if self.waiting >= self.queue_limit:
                raise Busy(f"{self.size} queries running and {self.waiting} waiting")
            self.waiting += 1
        try:
            return self.idle.get(timeout=self.queue_wait)
        except queue.Empty:
            raise Busy(f"no worker free within {self.queue_wait:g} s") from None
        finally:
            with self.lock:
                self.waiting -= 1

    def _replace(self) -> None:
        if self.closed:
            return
        try:
            worker = Worker(self.store_dir)
        except ServeError as error:
            log.error("%s", error)
            return
        if self.closed:
            worker.kill()
        else:
            self.idle.put(worker)

    def close(self) -> None:
        self.closed = True
        while True:
            try:
                self.idle.get_nowait().kill()
            except queue.Empty:
                return


class ServedGraph:
    """What a server serves: a store directory, or export files loaded into a temporary store."""

    def __init__(self, path: str | Path):
        path = Path(path)
        self.temp: Path | None = None
        if not path.exists():
            raise GraphNotFound(f"{path}: no such graph or store")
        if is_store(path):
            self.store_dir = path
            self.page = path / "graph.html"
        else:
            files = [path] if path.is_file() else [path / n for n in EXPORT_NAMES if (path / n).exists()][:1]
            if not files:
                raise GraphNotFound(f"{path}: neither a store nor an export file or directory ({', '.join(EXPORT_NAMES)})")
            self.page = files[0].with_name("graph.html")
            self.temp = Path(tempfile.mkdtemp(prefix="kg-serve-"))
            self.store_dir = self.temp / "store"
            try:
                store = ox.Store(str(self.store_dir))
                for file in files:
                    store.bulk_load(path=str(file), format=rdf_format(file))
                summary.refresh(store)
                store.flush()
                del store
            except (OSError, SyntaxError, ValueError) as error:
                self.close()
                raise ServeError(f"{files[0]}: cannot load: {safe_text(error)}") from error
            except BaseException:
                self.close()
                raise
        self.source = path

    def close(self) -> None:
        if self.temp is not None:
            shutil.rmtree(self.temp, ignore_errors=True)
            self.temp = None
