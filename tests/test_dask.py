"""`extract --dask ADDRESS`: per-file tasks on a Dask cluster, the same database as a local run."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from factcheck.cli import main

distributed = pytest.importorskip("distributed", reason="the optional extra factcheck[dask] is not installed")

from test_workers import _rows  # noqa: E402


@pytest.fixture
def small_corpus(tmp_path, corpus_dir):
    target = tmp_path / "corpus"
    shutil.copytree(corpus_dir, target)
    (target / "binary.txt").write_bytes(bytes(range(256)) * 40)
    return target


@pytest.mark.slow  # extracts with the real pipeline
def test_dask_run_gives_the_same_database_as_a_local_run(tmp_path, small_corpus):
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster:
        remote = CliRunner().invoke(main, ["extract", str(small_corpus), "--db", str(tmp_path / "dask.db"),
                                           "--model", "hashing", "--dask", cluster.scheduler_address, "--json"],
                                    catch_exceptions=False)
    local = CliRunner().invoke(main, ["extract", str(small_corpus), "--db", str(tmp_path / "local.db"),
                                      "--model", "hashing", "--workers", "1", "--json"], catch_exceptions=False)
    assert "binary.txt" in remote.stderr
    assert json.loads(remote.stdout) == json.loads(local.stdout)
    assert json.loads(remote.stdout)["articles"] == 5
    one, two = _rows(tmp_path / "dask.db"), _rows(tmp_path / "local.db")
    assert len(one["quotes"]) > 20 and one == two


def test_unreachable_scheduler_is_one_clear_line(tmp_path, corpus_dir):
    result = CliRunner().invoke(main, ["extract", str(corpus_dir), "--db", str(tmp_path / "x.db"),
                                       "--model", "hashing", "--dask", "tcp://127.0.0.1:9"])
    assert result.exit_code != 0
    assert "Dask scheduler" in result.output and "Traceback" not in result.output


SEEN: list[str] = []


def _reading_task(job):
    """A stand-in for extraction: reads the file at the path it is given and tells that path back."""
    from factcheck.models import Article
    from factcheck.service.workers import ArticleResult, FileResult

    SEEN.append(job[0])
    with open(job[0], encoding="utf-8") as handle:
        text = handle.read()
    article = Article(job[2], job[0], text, None, None, None, None, "de")
    return FileResult(job[0], (ArticleResult(article, None, f"{job[0]}: {job[2]}: extraction failed"),),
                      (f"{job[0]}: record 2 skipped",))


def test_a_relative_path_is_read_at_its_absolute_path_and_told_as_given(tmp_path, monkeypatch):
    """`factcheck extract corpus --dask ...`: a worker started in another folder must find corpus/a.txt, and
    the database must hold the paths a local run holds."""
    from factcheck.service import workers

    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text("Ein Satz.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    SEEN.clear()
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        (result,) = workers.run_dask([("corpus/a.txt", None, "a.txt")], cluster.scheduler_address,
                                     task=_reading_task)
    assert SEEN == [str(tmp_path / "corpus" / "a.txt")]
    assert result.path == "corpus/a.txt" and result.error is None
    assert result.problems == ("corpus/a.txt: record 2 skipped",)
    (article,) = result.articles
    assert article.article.path == "corpus/a.txt" and article.article.text == "Ein Satz."
    assert article.error == "corpus/a.txt: a.txt: extraction failed"
