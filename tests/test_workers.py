"""`extract --workers N`: worker processes extract, this process writes, the database is the same for any N."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import sys

import pytest
from click.testing import CliRunner

from factcheck import service
from factcheck.cli import main
from factcheck.service import workers

VOLATILE = {"extracted_at", "mtime", "created_at", "updated_at", "at", "value"}
"""Columns holding the time of the run (and the meta table's values, which include timestamps)."""


def _rows(db_path) -> dict[str, list[tuple]]:
    """Every row of every table, sorted, without the columns that record when the run happened."""
    con = sqlite3.connect(db_path)
    tables = [r[0] for r in con.execute("select name from sqlite_master where type = 'table'")
              if not r[0].startswith(("sqlite_", "_"))]  # _sqlite_migrations records when it ran
    out = {}
    for table in tables:
        columns = [r[1] for r in con.execute(f"pragma table_info([{table}])")]
        keep = [c for c in columns if c not in VOLATILE or table == "values"]
        out[table] = sorted(map(repr, con.execute(f"select {', '.join(f'[{c}]' for c in keep)} from [{table}]")))
    con.close()
    return out


@pytest.fixture
def small_corpus(tmp_path, corpus_dir):
    target = tmp_path / "corpus"
    shutil.copytree(corpus_dir, target)
    (target / "binary.txt").write_bytes(bytes(range(256)) * 40)
    return target


@pytest.mark.slow  # runs the real pipeline
def test_one_and_two_workers_give_identical_databases(tmp_path, small_corpus, monkeypatch):
    used = []
    real_local, real_helper = workers.run_local, workers.run_helper

    def spy_local(jobs, count=1):
        used.append(f"{count} in pool" if count > 1 else "this process")
        return real_local(jobs, count)

    def spy_helper(jobs):
        used.append("helper")
        return real_helper(jobs)

    monkeypatch.setattr(workers, "run_local", spy_local)
    monkeypatch.setattr(workers, "run_helper", spy_helper)
    summaries = []
    for run, (n, per_worker) in enumerate(((1, 1), (2, 1), (2, workers.BYTES_PER_WORKER))):
        # the seed corpus is small: BYTES_PER_WORKER 1 uses the pool anyway; as it is, one helper extracts it
        monkeypatch.setattr(workers, "BYTES_PER_WORKER", per_worker)
        result = CliRunner().invoke(main, ["extract", str(small_corpus), "--db", str(tmp_path / f"run{run}.db"),
                                           "--model", "hashing", "--workers", str(n), "--json"],
                                    catch_exceptions=False)
        summaries.append(json.loads(result.stdout))
        assert "binary.txt" in result.stderr
    assert used == ["this process", "2 in pool", "helper"]
    assert summaries[0]["articles"] == 5
    assert summaries[0] == summaries[1] == summaries[2]
    one, two, helped = (_rows(tmp_path / f"run{run}.db") for run in range(3))
    assert len(one["quotes"]) > 20 and len(one["claims"]) > 20 and len(one["groups"]) > 0
    assert one == two == helped


def test_small_changes_stay_in_this_process():
    assert workers.useful_workers(4, [3_000]) == 1
    assert workers.useful_workers(2, [3_000] * 5) == 1
    assert workers.useful_workers(2, [80_000] * 5) == 2
    assert workers.useful_workers(8, [500_000] * 3) == 3


@pytest.mark.slow  # runs the real pipeline
def test_a_task_reports_instead_of_raising(tmp_path):
    missing = workers.extract_file(str(tmp_path / "nope.txt"))
    assert missing.error and "nope.txt" in missing.error and not missing.articles
    good = tmp_path / "good.txt"
    good.write_text("Kim trifft Putin\n\n„Wir werden sprechen“, sagte Putin am Mittwoch.", encoding="utf-8")
    result = workers.extract_file(str(good))
    assert result.error is None and len(result.articles) == 1
    assert result.articles[0].extraction is not None and result.articles[0].extraction.quotes
    assert result.articles[0].extraction.quotes[0].id  # ids are assigned in the worker


@pytest.mark.slow  # runs the real pipeline
def test_service_default_is_one_process(tmp_path, corpus_dir):
    db = service.open_db(tmp_path / "x.db")
    summary = service.extract(db, [corpus_dir], group=False)
    assert summary.articles == 5 and not summary.problems


def _dying_task(job):
    """A task that kills its worker process on files named "poison" (as an out-of-memory kill would)."""
    import os

    if "poison" in job[0]:
        os._exit(9)
    return workers.FileResult(job[0])


def test_a_worker_that_dies_costs_only_its_file():
    jobs = [(f"{name}.txt", None) for name in ("a", "b", "poison", "c", "d", "e")]
    results = list(workers.run_local(jobs, 2, task=_dying_task))
    assert [r.path for r in results] == [j[0] for j in jobs]
    failed = [r.path for r in results if r.error]
    assert failed == ["poison.txt"]
    assert "worker died" in results[2].error


def test_a_helper_that_dies_costs_only_its_file():
    jobs = [(f"{name}.txt", None) for name in ("a", "poison", "b", "c")]
    results = list(workers.run_helper(jobs, task=_dying_task))
    assert [r.path for r in results] == [j[0] for j in jobs]
    assert [r.path for r in results if r.error] == ["poison.txt"]
    assert "worker died" in results[1].error


def _where(job):
    """A task that says which process ran it."""
    import os

    return workers.FileResult(job[0], worker=os.getpid())


def test_the_helper_is_one_other_process():
    import os

    results = list(workers.run_helper([(f"{name}.txt", None) for name in "abc"], task=_where))
    assert [r.path for r in results] == ["a.txt", "b.txt", "c.txt"]
    assert len({r.worker for r in results}) == 1 and results[0].worker != os.getpid()


WRITER_THAT_DIES = """
import sys, time
from factcheck.service import workers

def task(job):
    return workers.FileResult(job[0], error="x" * 100_000)  # a result bigger than a pipe holds

results = workers.run_helper([(f"{n}.txt", None) for n in range(50)], task=task)
next(results)
import multiprocessing
print(multiprocessing.active_children()[0].pid, flush=True)
time.sleep(120)  # reads nothing more: the helper fills the pipe and waits, then this process is killed
"""


def _gone(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] == "Z"  # a zombie no one reaps has ended
    except OSError:
        return True


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_helper_ends_when_the_writer_is_killed():
    """A killed writer leaves no helper behind: the helper held the reading end of its own pipe (a fork copies
    it), so it waited forever to send its next result, holding a worker's memory and the database open."""
    import signal
    import subprocess
    import time

    writer = subprocess.Popen([sys.executable, "-c", WRITER_THAT_DIES], stdout=subprocess.PIPE, text=True)
    helper = int(writer.stdout.readline())
    time.sleep(0.5)
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    deadline = time.monotonic() + 10
    while not _gone(helper) and time.monotonic() < deadline:
        time.sleep(0.1)
    ended = _gone(helper)
    if not ended:
        os.kill(helper, signal.SIGKILL)
    assert ended


POOL_WRITER_THAT_DIES = """
import time
from factcheck.service import workers

results = workers.run_local([(f"{n}.txt", None) for n in range(8)], 2, task=workers.FileResult)
next(results)
print("started", flush=True)
time.sleep(120)  # the workers finish what is in flight and wait for more; then this process is killed
"""


def _descendants(pid: int) -> set[int]:
    found, todo = set(), [pid]
    while todo:
        current = todo.pop()
        for task in os.listdir(f"/proc/{current}/task"):
            with open(f"/proc/{current}/task/{task}/children") as handle:
                children = [int(c) for c in handle.read().split()]
            found.update(children)
            todo.extend(children)
    return found


@pytest.mark.slow  # the fork server loads the pipelines
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_pool_workers_and_their_fork_server_end_when_the_writer_is_killed():
    import signal
    import subprocess
    import time

    writer = subprocess.Popen([sys.executable, "-c", POOL_WRITER_THAT_DIES], stdout=subprocess.PIPE, text=True)
    assert writer.stdout.readline().strip() == "started"
    left = _descendants(writer.pid)  # the fork server, its two workers (and the resource tracker)
    assert len(left) >= 3
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    deadline = time.monotonic() + 15
    while not all(_gone(pid) for pid in left) and time.monotonic() < deadline:
        time.sleep(0.1)
    running = [pid for pid in left if not _gone(pid)]
    for pid in running:
        os.kill(pid, signal.SIGKILL)
    assert running == []


def _pipelines_at_hand(job):
    """A task that says how many language pipelines its worker had loaded before it ran."""
    import os
    import sys

    pipeline = sys.modules.get("factcheck.nlp.pipeline")
    loaded = pipeline.load_pipeline.cache_info().currsize if pipeline is not None else 0
    return workers.FileResult(job[0], error=str(loaded), worker=os.getpid())


@pytest.mark.slow  # the fork server loads the real pipelines
def test_workers_start_with_both_pipelines_loaded():
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork server on this platform: workers are spawned and load their pipelines themselves")
    jobs = [(f"{name}.txt", None, None) for name in "abcdef"]
    results = list(workers.run_local(jobs, 2, task=_pipelines_at_hand))
    assert [r.error for r in results] == ["2"] * len(jobs)  # German and English, loaded once in the server


def test_an_article_over_the_size_limit_is_one_line(tmp_path, monkeypatch):
    monkeypatch.setattr(workers, "MAX_ARTICLE_CHARS", 1_000)
    big = tmp_path / "big.txt"
    big.write_text("Titel\n\n" + "Der Minister sagte am Montag, es gehe voran. " * 100, encoding="utf-8")
    result = workers.extract_file(str(big))
    assert len(result.articles) == 1 and result.articles[0].extraction is None
    assert "too large to extract" in result.articles[0].error and "limit is" in result.articles[0].error
    assert "\n" not in result.articles[0].error
