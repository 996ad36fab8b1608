"""Reliability: several processes on one database, newer and read-only databases, interrupted runs."""

from __future__ import annotations

import json
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


# --- bad corpus entries: one line each, the rest extracted ------------------------------------------------


def _run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "factcheck.cli", *args], env=_env(), capture_output=True,
                          text=True, timeout=300, cwd=cwd)


GOOD = "Der Gipfel dauerte drei Stunden, sagte ein Sprecher am Donnerstag in Berlin.\n"


def test_odd_entries_each_get_one_line_and_the_rest_is_extracted(tmp_path, monkeypatch):
    from factcheck.ingest import discover

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    (corpus / "dangling.txt").symlink_to(corpus / "missing.txt")
    (corpus / "loop.txt").symlink_to(corpus / "loop.txt")
    os.mkfifo(corpus / "pipe.txt")
    (corpus / "folder.txt").mkdir()
    (corpus / "folder.txt" / "inner.txt").write_text(GOOD.replace("drei", "vier"), encoding="utf-8")
    found = dict(discover([corpus]))
    assert "broken link" in found[corpus / "dangling.txt"]
    assert "loop" in found[corpus / "loop.txt"]
    assert "FIFO" in found[corpus / "pipe.txt"]
    assert found[corpus / "good.txt"] is None and found[corpus / "folder.txt" / "inner.txt"] is None
    db_path = tmp_path / "claims.db"
    done = _run_cli("extract", str(corpus), "--db", str(db_path), "--model", "hashing")
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr
    skipped = [line for line in done.stderr.splitlines() if line.startswith("skipped:")]
    assert len(skipped) == 5, done.stderr  # empty, binary, dangling, loop, fifo
    for name in ("empty.txt", "image.txt", "dangling.txt", "loop.txt", "pipe.txt"):
        assert sum(name in line for line in skipped) == 1
    db = service.open_db(db_path)
    assert [a["name"] for a in service.list_articles(db)] == ["folder.txt/inner.txt", "good.txt"]


def test_unreadable_file_is_reported_inside_the_per_file_guard(tmp_path, monkeypatch):
    from factcheck.ingest import readers

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    secret = corpus / "secret.txt"
    secret.write_text(GOOD, encoding="utf-8")
    secret.chmod(0o000)
    real_open = open

    def refusing_open(file, *args, **kwargs):  # what a non-root user meets (root reads mode 000 files anyway)
        if Path(file) == secret:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(readers, "open", refusing_open, raising=False)
    try:
        summary = service.extract(service.open_db(tmp_path / "claims.db"), [corpus], model="hashing")
    finally:
        secret.chmod(0o644)
    assert summary.articles == 1
    assert summary.problems == [f"{secret}: cannot read file (Permission denied)"]


def test_json_lines_report_bad_records_and_broken_lines_by_line(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    lines = [
        json.dumps({"title": "Gut", "text": GOOD}),
        json.dumps({"text": 5}),
        "",
        '{"text": "kaputt',
        json.dumps({"text": GOOD.replace("drei", "zwei")}),
    ]
    (corpus / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = _run_cli("extract", str(corpus), "--db", str(tmp_path / "claims.db"), "--model", "hashing")
    assert done.returncode == 3 and "Traceback" not in done.stderr
    skipped = [line for line in done.stderr.splitlines() if line.startswith("skipped:")]
    assert len(skipped) == 2, done.stderr
    assert "(record 2, line 2)" in skipped[0] and "'text' is a number" in skipped[0]
    assert "(record 3, line 4)" in skipped[1] and "invalid JSON" in skipped[1]
    db = service.open_db(tmp_path / "claims.db")
    assert [a["name"] for a in service.list_articles(db)] == ["feed.jsonl#1", "feed.jsonl#4"]
    assert not [a for a in service.list_articles(db) if a["title"] == "5"]


@pytest.mark.parametrize("cell", ["=1+1", "  =HYPERLINK(\"x\")", " +1", "\t-2", "\r@SUM(A1)", "\n=1", "  @x"])
def test_csv_cells_that_would_run_as_formulas_are_neutralised(cell):
    from factcheck.report.csvout import _safe

    assert _safe(cell) == "'" + cell


def test_csv_plain_cells_are_kept():
    from factcheck.report.csvout import _safe

    assert [_safe(v) for v in ("Putin sagte", " a = b", 5, "", None)] == ["Putin sagte", " a = b", 5, "", None]


def test_faiss_keeps_stderr_quiet():
    script = textwrap.dedent("""
        import numpy as np
        from factcheck.match.neighbours import _faiss_topk
        v = np.random.default_rng(0).standard_normal((5001, 16)).astype("float32")
        v /= np.linalg.norm(v, axis=1, keepdims=True)
        idx, sims = _faiss_topk(v, 5)
        print(idx.shape[0])
    """)
    pytest.importorskip("faiss")
    done = subprocess.run([sys.executable, "-c", script], env=_env(), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "5001"
    assert done.stderr == ""


def test_html_ingest_works_with_the_runtime_dependencies():
    import importlib
    import tomllib

    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    assert any(d.lower().startswith("lxml_html_clean") for d in dependencies)
    importlib.import_module("lxml.html.clean")  # what justext (used by trafilatura) imports
    from factcheck.ingest.html_reader import read_html

    page = ("<html><head><title>Gipfel</title></head><body><nav>Menü</nav><article><h1>Gipfel in Berlin</h1>"
            + "".join(f"<p>{GOOD.strip()} Absatz {i} mit weiteren Worten über das Treffen.</p>" for i in range(6))
            + "</article><footer>Impressum</footer></body></html>")
    text, hints, extractor = read_html(page)
    assert extractor == "trafilatura"
    assert "drei Stunden" in text and "Impressum" not in text


# --- a killed extract: the next run ends where an uninterrupted one does ------------------------------


def _content(path: Path) -> dict[str, list]:
    """What the database says about the corpus (timestamps left out)."""
    conn = sqlite3.connect(path)
    queries = {
        "articles": "select name, path, title, outlet, published, language, content_hash, text from articles",
        "sentences": "select id, article, idx, start, [end] from sentences",
        "quotes": "select id, article, text, start, [end], speaker, cue from quotes",
        "claims": "select id, article, text, start, [end] from claims",
        "values": "select item_id, idx, type, text, value from [values]",
        "entities": "select article, start, [end], label, norm from entities",
        "files": "select path, hash, pipeline, articles, problem from files",
        "groups": "select id, kind, size from groups",
        "members": "select group_id, item_id from group_members",
        "conflicts": "select id, type, item_a, item_b from conflicts",
        "state": "select key, value from meta where key in ('groups_state', 'grouped_with')",
    }
    out = {name: sorted(conn.execute(sql).fetchall(), key=repr) for name, sql in queries.items()}
    conn.close()
    return out


@pytest.mark.slow
def test_extract_killed_at_random_points_then_rerun_ends_like_an_uninterrupted_run(tmp_path, corpus_dir):
    import random
    import shutil
    import signal
    import time

    corpus = tmp_path / "corpus"
    shutil.copytree(corpus_dir, corpus)
    reference = tmp_path / "reference.db"
    started = time.monotonic()
    done = _run_cli("extract", str(corpus), "--db", str(reference), "--model", "hashing")
    took = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    expected = _content(reference)
    assert expected["articles"] and expected["groups"] and expected["state"]
    rng = random.Random(12)
    for attempt in range(2):
        target = tmp_path / f"killed{attempt}.db"
        for _ in range(2):  # killed twice, then run to the end
            process = subprocess.Popen([sys.executable, "-m", "factcheck.cli", "extract", str(corpus), "--db",
                                        str(target), "--model", "hashing"], env=_env(),
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.3, took))
            process.send_signal(signal.SIGKILL)
            process.wait()
        final = _run_cli("extract", str(corpus), "--db", str(target), "--model", "hashing")
        assert final.returncode == 0, final.stderr
        assert _content(target) == expected
        conn = sqlite3.connect(target)
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        conn.close()


# --- the review desk beside other writers, and on a read-only database --------------------------------


def test_review_desk_saves_every_key_while_a_cli_loop_and_a_long_writer_write(demo):
    from test_tui import go_to, listing, loaded, run, settled

    db, ids, path = demo
    statements = [ids[k] for k in ("quote_0", "quote_2", "quote_4", "claim_short", "claim_long")]
    loop_ids = (statements * 16)[:80]
    hog = subprocess.Popen([sys.executable, "-c", HOGGER, str(path), "8"], env=_env())
    loop = subprocess.Popen([sys.executable, "-c", WRITER, str(path), "cli", "false", *loop_ids], env=_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seen: dict = {}

    async def scenario(pilot):
        await loaded(pilot, 8)
        for _ in range(3):
            for item in statements:
                await go_to(pilot, item)
                await pilot.press("v")
        await settled(pilot)
        seen["notes"] = [n.message for n in pilot.app._notifications]

    run(scenario, path)
    out, err = loop.communicate(timeout=240)
    hog.wait(timeout=60)
    assert loop.returncode == 0 and out.strip() == "done 80", err
    assert not [n for n in seen["notes"] if "Not saved" in n]
    check = service.open_db(path)
    counts = dict(check.execute("select reviewer, count(*) from review_history where action = 'set' group by reviewer"))
    assert counts == {"tess": 15, "cli": 80}


def test_review_desk_opens_a_read_only_database_and_says_so(demo, monkeypatch):
    from test_tui import go_to, loaded, run, settled

    db, ids, path = demo
    monkeypatch.setattr("factcheck.store.db._writable", lambda p: False)
    seen: dict = {}

    async def scenario(pilot):
        await loaded(pilot, 8)
        await go_to(pilot, ids["claim_short"])
        await pilot.press("v")
        await settled(pilot)
        await pilot.pause(0.1)
        seen["notes"] = [n.message for n in pilot.app._notifications]
        seen["title"] = pilot.app.sub_title

    run(scenario, path)
    assert "read-only" in seen["title"]
    assert any("read-only" in n and "not saved" in n for n in seen["notes"])
    assert any(n.startswith("Not saved") and "read-only" in n for n in seen["notes"])
    monkeypatch.undo()
    assert service.get_review(service.open_db(path), ids["claim_short"]) is None


def test_processes_creating_one_new_database_at_once_all_succeed(tmp_path):
    path = tmp_path / "new.db"
    script = "import sys; from factcheck import service; service.open_db(sys.argv[1]).close(); print('ok')"
    runs = [subprocess.Popen([sys.executable, "-c", script, str(path)], env=_env(), stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True) for _ in range(4)]
    results = [r.communicate(timeout=120) for r in runs]
    assert [r.returncode for r in runs] == [0] * 4, [err for _, err in results]
    from factcheck.store.db import known_migrations

    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("select name from _sqlite_migrations order by id")] == known_migrations()


def test_database_in_a_missing_folder_is_one_clear_line(tmp_path):
    with pytest.raises(service.FactcheckError, match="folder does not exist"):
        service.open_db(tmp_path / "missing" / "claims.db")
