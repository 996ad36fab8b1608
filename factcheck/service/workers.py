"""Extraction of corpus files away from the writer: in this process, in worker processes, or on a Dask cluster.

A task is one file: read it, extract every article in it and give the results back as plain dataclasses
(:class:`FileResult`). Nothing here touches the database; the caller (``service.extraction.extract``) is the
only writer and stores each file's articles as the results arrive, in the order of the files, so the database
is the same for any number of workers. A task never raises: a file that cannot be read, or an article whose
extraction fails, comes back as a one-line problem and the run goes on.

Worker processes are forked from a fork server that has imported the code and loaded both language pipelines
once ("forkserver": Linux, macOS; the server is a fresh process, so threads in the writer do not matter), so a
worker starts ready; where there is no fork server they are spawned and each loads the pipelines it needs on
its first article.
"""

from __future__ import annotations

import functools
import os
import sys
import time
from collections import deque
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from factcheck.models import Article, Extraction


@dataclass(frozen=True)
class ArticleResult:
    """One article of a file with its extraction (ids assigned), or the reason extraction failed."""

    article: Article
    extraction: Extraction | None
    error: str | None = None


@dataclass(frozen=True)
class FileResult:
    """What extracting one file gave: its articles, problems with single records, or why it could not be read."""

    path: str
    articles: tuple[ArticleResult, ...] = ()
    problems: tuple[str, ...] = ()
    error: str | None = None
    seconds: float = 0.0
    peak_rss_mb: float = 0.0
    worker: int = field(default=0)


MAX_ARTICLE_CHARS = 5_000_000
"""Longer articles are reported and skipped: extraction is linear (about 90 s and 450 MB for a million
characters of German on a busy 2-core machine), so 5 million characters take minutes and a few GB."""


def _peak_rss_mb() -> float:
    """Peak resident memory of this process in MiB (0 where the platform does not say)."""
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if os.uname().sysname == "Darwin" else peak / 1024


def extract_file(path: str, published: str | None = None, name: str | None = None) -> FileResult:
    """Read one corpus file and extract every article in it (a task: never raises).

    ``name`` is the article's identity (its path relative to the corpus folder, see ``ingest.article_name``)."""
    from factcheck.ingest import IngestError, load_file_with_problems
    from factcheck.store.ids import assign_ids

    extract_text = _extractor()
    started = time.perf_counter()
    try:
        articles, problems = load_file_with_problems(Path(path), published=published, name=name)
    except IngestError as error:
        return FileResult(path, error=str(error), seconds=time.perf_counter() - started,
                          peak_rss_mb=_peak_rss_mb(), worker=os.getpid())
    except Exception as error:  # a reader bug must not stop the run either
        return FileResult(path, error=f"{path}: cannot read ({type(error).__name__}: {error})",
                          seconds=time.perf_counter() - started, peak_rss_mb=_peak_rss_mb(), worker=os.getpid())
    results = []
    for article in articles:
        if len(article.text) > MAX_ARTICLE_CHARS:
            results.append(ArticleResult(article, None, f"{path}: {article.name}: too large to extract "
                                                        f"({len(article.text) / 1e6:.1f} million characters; "
                                                        f"the limit is {MAX_ARTICLE_CHARS / 1e6:.0f} million)"))
            continue
        try:
            extraction = extract_text(article.text, language=article.language, published=article.published)
            results.append(ArticleResult(article, assign_ids(extraction, article.name)))
        except Exception as error:  # one bad article must not stop the run
            results.append(ArticleResult(article, None, f"{path}: {article.name}: extraction failed "
                                                        f"({type(error).__name__}: {error})"))
    return FileResult(path, tuple(results), tuple(str(p) for p in problems), None, time.perf_counter() - started,
                      _peak_rss_mb(), os.getpid())


@functools.lru_cache(maxsize=1)
def _extractor() -> Callable:
    """``nlp.extract.extract_text``, imported by the first task of a process with the garbage collector paused
    (``nlp.loading``: spaCy's import is most of a small run's time); once, as the freeze after it keeps whatever
    is alive then for good."""
    from factcheck.nlp import loading

    with loading():
        from factcheck.nlp.extract import extract_text
    return extract_text


Job = tuple[str, "str | None", "str | None"]
"""A task: (path, published override, article name)."""


def _task(job: Job) -> FileResult:
    """Pool entry point (module level, so it pickles under "spawn")."""
    return extract_file(*job)


def _worker_init(writer: int | None = None) -> None:
    """Keep each worker on one thread for numeric libraries: the processes are the parallelism. With ``writer``
    (its process id), end this worker when the writer has ended (``_end_with``)."""
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")
    if writer is not None and os.name == "posix":  # on Windows os.kill(pid, 0) would end the writer
        import threading

        threading.Thread(target=_end_with, args=(writer,), name="factcheck-writer-watch", daemon=True).start()


WRITER_WATCH_SECONDS = 1.0
"""How often a pool worker looks whether its writer still runs."""


def _end_with(writer: int) -> None:
    """End this process once the writer process has ended. A pool worker waits for its next task on a queue
    whose writing end it holds itself, and the fork server lives as long as its workers: a writer killed (out of
    memory, kill -9) would leave both behind for good, holding the pipelines' memory."""
    import time

    while not _ended(writer):
        time.sleep(WRITER_WATCH_SECONDS)
    os._exit(0)


def _ended(pid: int) -> bool:
    """Whether process ``pid`` has ended (gone, or a zombie its parent has not reaped yet)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:  # no /proc (macOS): it runs
        return False


def preload() -> None:
    """What every worker needs, loaded once in the fork server (``_context``) before it forks the workers."""
    _worker_init()
    from factcheck.nlp.pipeline import load_pipeline

    for language in ("de", "en"):
        load_pipeline(language)


def _context(multiprocessing):  # noqa: ANN001, ANN202 - the module, and one of its contexts
    """Workers are forked from a server that has loaded the pipelines (``preload``, through
    ``factcheck.service.preload``) where the platform has one ("forkserver": Linux, macOS), so each starts
    ready instead of importing and loading them itself (about 3 s of CPU per worker); elsewhere spawned."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["factcheck.service.preload"])
    return context


def default_workers() -> int:
    """The number of cores this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


BYTES_PER_WORKER = 100_000
"""A worker process costs a few seconds to start (imports, pipelines), about what ~100 KB of text takes to
extract; fewer changed bytes than this per worker are extracted by fewer workers (or by one, see
``run_helper``)."""


def useful_workers(workers: int, sizes: Sequence[int]) -> int:
    """How many of the requested workers pay off for files of these sizes (1: one process extracts them all,
    the helper of ``run_helper`` when more than one worker was asked for, else this one)."""
    if workers <= 1 or len(sizes) <= 1:
        return 1
    return max(1, min(workers, len(sizes), sum(sizes) // BYTES_PER_WORKER))


def run_local(jobs: Iterable[Job], workers: int = 1,
              task: Callable[[Job], FileResult] = _task) -> Iterator[FileResult]:
    """Extract files in order, in this process (workers <= 1) or in a pool of spawned worker processes.

    Results come back in the order of ``jobs`` while later files are already being extracted; at most
    ``2 * workers`` files are in flight, so memory stays flat on a large corpus. When a worker dies (killed, out
    of memory, a crash in native code) the pool is started again and the file at the head of the line is retried
    alone: if it kills that worker too it is reported as a problem, otherwise the run goes on as before, so only
    the file that kills workers is lost.
    """
    jobs = list(jobs)
    if workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield task(job)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    context = _context(multiprocessing)
    workers = min(workers, len(jobs))
    pending = deque(jobs)
    suspect = False  # the next pool runs only the head job, alone
    while pending:
        size = 1 if suspect else workers
        pool = ProcessPoolExecutor(max_workers=size, mp_context=context, initializer=_worker_init,
                                   initargs=(os.getpid(),))
        in_flight: deque = deque()
        broken = False
        try:
            while pending or in_flight:
                while pending and len(in_flight) < (1 if suspect else 2 * size):
                    try:
                        future = pool.submit(task, pending[0])
                    except BrokenProcessPool:  # a worker died meanwhile: the file in flight will say so
                        break
                    in_flight.append((pending.popleft(), future))
                if not in_flight:  # broken before anything ran: start a fresh pool
                    broken = True
                    break
                job, future = in_flight.popleft()
                try:
                    result = future.result()
                except BrokenProcessPool:
                    broken = True
                    pending.extendleft(reversed([j for j, _ in in_flight]))
                    if suspect:
                        yield FileResult(job[0], error=f"{job[0]}: the extraction worker died on this file "
                                                       "(out of memory, killed or crashed)")
                        suspect = False
                    else:
                        pending.appendleft(job)
                        suspect = True
                    break
                yield result
                if suspect:  # the retried file was not the culprit: back to the full pool
                    suspect = False
                    break
        finally:
            pool.shutdown(wait=not broken, cancel_futures=True)


def helper_start_method() -> str:
    """How the helper process of ``run_helper`` starts: forked where that is safe (Linux: it starts at once,
    with what this process has imported), spawned elsewhere (macOS frameworks and Windows do not survive a fork)."""
    return "fork" if sys.platform.startswith("linux") else "spawn"


def run_helper(jobs: Iterable[Job], task: Callable[[Job], FileResult] = _task) -> Iterator[FileResult]:
    """Extract files in order in one helper process, started now; results come back as each file is done.

    For changes too small to pay for a pool (``useful_workers`` is 1) when more than one core may be used: this
    process is free meanwhile to load the encoder and embed what comes back (one changed article: about 0.7 s
    less on 2 cores). Call it before this process starts threads of its own: the helper is forked from it
    where the platform allows (``helper_start_method``), and a fork copies only the calling thread. When the
    helper dies (killed, out of memory, a crash in native code) the file it was on is reported as a problem and
    the rest are extracted in this process.
    """
    import multiprocessing

    jobs = list(jobs)
    context = multiprocessing.get_context(helper_start_method())
    receive, send = context.Pipe(duplex=False)
    forked = context.get_start_method() == "fork"
    process = context.Process(target=_extract_into, args=(jobs, send, task, receive if forked else None),
                              name="factcheck-extract", daemon=True)
    process.start()
    send.close()  # the helper holds the only sending end: its death reads as end of file here
    return _helper_results(jobs, process, receive, task)


def _extract_into(jobs: Sequence[Job], connection, task: Callable[[Job], FileResult],  # noqa: ANN001
                  writers_end) -> None:  # noqa: ANN001 - the writer's Connection, when forked
    """The helper process: extract the files one by one and send each result as soon as it is ready. Forked, it
    first closes its copy of the writer's reading end: while any process holds one, a writer that dies (killed,
    out of memory) leaves the pipe open, and the helper waits forever to send, holding its memory."""
    if writers_end is not None:
        writers_end.close()
        # Fresh standard streams: a fork copies the locks of the writer's streams (and of a progress bar drawing
        # on them from its own thread) in whatever state they were; a warning written here must not wait on them.
        sys.stdout = open(1, "w", closefd=False)  # noqa: SIM115 (lives as long as the process)
        sys.stderr = open(2, "w", closefd=False)  # noqa: SIM115
    _worker_init()
    try:
        for job in jobs:
            connection.send(task(job))
    except (KeyboardInterrupt, BrokenPipeError):  # the writer stops the run (Ctrl-C) or has gone away
        pass
    finally:
        connection.close()


def _helper_results(jobs: Sequence[Job], process, receive,  # noqa: ANN001 - a Process and a Connection
                    task: Callable[[Job], FileResult]) -> Iterator[FileResult]:
    try:
        for k, job in enumerate(jobs):
            try:
                result = receive.recv()
            except EOFError:  # the helper died on this file
                yield FileResult(job[0], error=f"{job[0]}: the extraction worker died on this file "
                                               "(out of memory, killed or crashed)")
                for rest in jobs[k + 1:]:
                    yield task(rest)
                return
            yield result
    finally:
        receive.close()
        if process.is_alive():  # the run stopped early (an error or Ctrl-C in this process)
            process.terminate()
        process.join()


CONNECT_TIMEOUT = "10s"


def run_dask(jobs: Iterable[Job], address: str, task: Callable[[Job], FileResult] = _task) -> Iterator[FileResult]:
    """Extract files as tasks on an existing Dask cluster; results come back in the order of ``jobs``.

    Needs the optional extra ``factcheck[dask]``. The workers must see the files at the same paths (a shared
    folder); each task reads its file there, at its absolute path (``_read_at``: a worker started in another
    folder than this process finds ``corpus/a.txt`` too), and reports it under the path it was given.
    """
    from factcheck.service.common import FactcheckError

    try:
        from distributed import Client
    except ImportError as error:
        raise FactcheckError("--dask needs the optional extra: pip install 'factcheck[dask]'") from error
    jobs = list(jobs)
    if not jobs:
        return
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as error:
        raise FactcheckError(f"cannot reach the Dask scheduler at {address} ({error})") from None
    try:
        window = max(4, 2 * sum(client.nthreads().values()))
        pending = deque(jobs)
        in_flight: deque = deque()
        while pending or in_flight:
            while pending and len(in_flight) < window:
                job = pending.popleft()
                in_flight.append((job, client.submit(_read_at, task, job, os.path.abspath(job[0]), pure=False)))
            job, future = in_flight.popleft()
            try:
                yield future.result()
            except Exception as error:  # a lost worker or a task error: report and go on
                yield FileResult(job[0], error=f"{job[0]}: extraction task failed ({type(error).__name__}: {error})")
            finally:
                future.release()
    finally:
        client.close()


def _read_at(task: Callable[[Job], FileResult], job: Job, where: str) -> FileResult:
    """A Dask task: ``task`` reads the job's file at ``where`` (its absolute path on the client), and the result
    is told under the job's own path, as a local run tells it (the files table, the articles' paths, messages)."""
    if where == job[0]:
        return task(job)
    result = task((where, *job[1:]))

    def told(text: str | None) -> str | None:
        return text.replace(where, job[0]) if text else text

    articles = tuple(replace(r, error=told(r.error),
                             article=replace(r.article, path=job[0]) if r.article.path == where else r.article)
                     for r in result.articles)
    return replace(result, path=job[0], articles=articles, error=told(result.error),
                   problems=tuple(told(p) or "" for p in result.problems))
