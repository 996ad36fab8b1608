"""Reliability: several processes on one database, newer and read-only databases, interrupted runs."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from factcheck import service
from factcheck.models import Article, Claim, Extraction, Sentence
from factcheck.store.ids import assign_ids
from factcheck.store.writes import save_article

ROOT = Path(__file__).resolve().parent.parent


def _claims_db(path: Path, count: int) -> list[str]:
    """A database with `count` claims in one article; returns their ids."""
    texts = [f"Satz Nummer {i} sagt etwas." for i in range(count)]
    sentences, claims, offset = [], [], 0
    for text in texts:
        sentences.append(Sentence(text, offset, offset + len(text)))
        claims.append(Claim(text, offset, offset + len(text), text, offset, offset + len(text)))
        offset += len(text) + 1
    extraction = assign_ids(Extraction("de", tuple(sentences), (), tuple(claims), ()), "a.txt")
    db = service.open_db(path)
    with db.atomic():
        save_article(db, Article("a.txt", "a.txt", " ".join(texts), None, None, None, None, "none"), extraction)
    db.close()
    return [c.id for c in extraction.claims]


WRITER = textwrap.dedent("""
    import sys
    from factcheck import service
    path, reviewer, verdict, *ids = sys.argv[1:]
    for item in ids:
        db = service.open_db(path)          # a fresh connection per verdict, as `factcheck verdict` does
        service.set_verdict(db, item, verdict, note=reviewer, reviewer=reviewer)
        db.close()
    print("done", len(ids))
""")

HOGGER = textwrap.dedent("""
    import sys, time
    from factcheck import service
    db = service.open_db(sys.argv[1])
    end = time.monotonic() + float(sys.argv[2])
    while time.monotonic() < end:           # a long writer, like an extract storing articles
        with db.atomic():
            db.execute("insert or replace into meta (key, value) values ('hog', ?)", [str(time.time())])
            time.sleep(0.15)
        time.sleep(0.01)
""")


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def test_two_processes_record_80_verdicts_each_while_a_third_writes(tmp_path):
    path = tmp_path / "claims.db"
    ids = _claims_db(path, 80)
    assert len(ids) == 80
    hog = subprocess.Popen([sys.executable, "-c", HOGGER, str(path), "6"], env=_env())
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), name, verdict, *ids], env=_env(),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for name, verdict in (("ana", "verified"), ("ben", "false"))]
    outputs = [w.communicate(timeout=240) for w in writers]
    hog.wait(timeout=60)
    for writer, (out, err) in zip(writers, outputs):
        assert writer.returncode == 0, err
        assert out.strip() == "done 80"
        assert "locked" not in err
    db = service.open_db(path)
    rows = db.execute("select reviewer, count(*) from review_history where action = 'set' group by reviewer").fetchall()
    assert dict(rows) == {"ana": 80, "ben": 80}
    assert db.execute("select count(*) from reviews where verdict in ('verified', 'false')").fetchone()[0] == 80
    assert db.execute("pragma integrity_check").fetchone()[0] == "ok"


def test_write_transactions_take_the_lock_at_begin(tmp_path):
    db = service.open_db(tmp_path / "claims.db")
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    with db.atomic():
        db.execute("insert into meta (key, value) values ('k', 'v')")
    assert statements[0] == "BEGIN IMMEDIATE"
    assert db.execute("pragma journal_mode").fetchone()[0] == "wal"
    assert db.execute("pragma busy_timeout").fetchone()[0] >= 5000


def _add_unknown_migration(path: Path, name: str) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("insert into _sqlite_migrations (migration_set, name, applied_at) values ('factcheck', ?, 'x')",
                     [name])
        conn.execute("create table from_the_future (x)")
    conn.close()


def test_newer_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "claims.db"
    service.open_db(path).close()
    _add_unknown_migration(path, "m099_future")
    before = path.read_bytes()
    with pytest.raises(service.FactcheckError) as caught:
        service.open_db(path)
    message = str(caught.value)
    assert "99 (m099_future)" in message and "newer" in message
    from factcheck.store.db import known_migrations

    assert known_migrations()[-1] in message
    assert path.read_bytes() == before


def test_newer_database_on_the_command_line_is_one_line(tmp_path):
    path = tmp_path / "claims.db"
    service.open_db(path).close()
    _add_unknown_migration(path, "m099_future")
    before = path.read_bytes()
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Die Stadt hat 5000 Einwohner, sagte der Bürgermeister.\n", encoding="utf-8")
    for args in (["extract", str(corpus), "--model", "hashing"], ["articles"], ["verdict", "x", "verified"]):
        done = subprocess.run([sys.executable, "-m", "factcheck.cli", *args, "--db", str(path)], env=_env(),
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 1, done.stderr
        assert "Traceback" not in done.stderr
        assert "newer" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert path.read_bytes() == before


def test_read_only_database_can_be_read_but_not_written(tmp_path, demo, monkeypatch):
    db, ids, path = demo
    db.close()
    if os.geteuid() == 0:  # root ignores file permissions: make the access check see what a user would
        monkeypatch.setattr("factcheck.store.db._writable", lambda p: False)
    folder = path.parent
    os.chmod(path, 0o444)
    os.chmod(folder, 0o555)
    try:
        ro = service.open_db(path)
        assert service.is_read_only(ro)
        assert service.counts(ro)["claims"] > 0
        assert list(service.list_claims(ro))
        with pytest.raises(service.FactcheckError, match="read-only"):
            service.set_verdict(ro, ids["claim_short"], "verified", reviewer="ana")
        with pytest.raises(service.FactcheckError, match="read-only"):
            service.undo(ro, reviewer="ana")
        ro.close()
    finally:
        os.chmod(folder, 0o755)
        os.chmod(path, 0o644)
