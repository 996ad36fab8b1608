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
