"""`factcheck browse`: claims.db served by Datasette with descriptions, facets and canned queries."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from factcheck.report.datasette import QUERIES, metadata

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str, deadline: float) -> dict | list:
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return json.loads(response.read().decode("utf-8"))
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def test_metadata_describes_every_table_and_column_that_exists(demo):
    db, _, _ = demo
    doc = metadata("claims")
    tables = doc["databases"]["claims"]["tables"]
    existing = set(db.table_names())
    described = {t for t, entry in tables.items() if "description" in entry}
    assert len(described) >= 10 and described <= existing
    for table in described:
        columns = set(db[table].columns_dict)
        assert set(tables[table].get("columns", {})) <= columns, table
        assert set(tables[table].get("facets", [])) <= columns, table
    assert tables["articles"]["facets"][0] == "outlet" and "verdict" in tables["reviews"]["facets"]
    assert "type" in tables["conflicts"]["facets"]
    assert len(QUERIES) == 3
    for query in QUERIES.values():
        db.execute(query["sql"]).fetchall()  # every canned query runs on the real schema


def test_browse_serves_the_database_with_canned_queries(demo):
    _, ids, path = demo
    port = free_port()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    server = subprocess.Popen([sys.executable, "-m", "factcheck.cli", "browse", "--db", str(path), "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        base = f"http://127.0.0.1:{port}/claims"
        open_ones = fetch(f"{base}/unreviewed_disagreements.json?_shape=array", deadline)
        assert {row["id"] for row in open_ones} == {ids["conflict_duration"], ids["conflict_wording"]}
        duration = next(row for row in open_ones if row["id"] == ids["conflict_duration"])
        assert duration["sides"] == "Welt: knapp zweistündigen · dpa: vier Stunden"
        by_outlet = fetch(f"{base}/conflicts_by_outlet.json?_shape=array", deadline)
        assert {row["outlet"] for row in by_outlet} == {"Welt", "dpa"}
        articles = fetch(f"{base}/articles.json?_shape=objects", deadline)
        assert len(articles["rows"]) == 3 and "outlet" in articles["facet_results"]
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=20)


def test_browse_without_a_database_says_so(tmp_path):
    from click.testing import CliRunner

    from factcheck.cli import main

    result = CliRunner().invoke(main, ["browse", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "does not exist yet" in result.output
