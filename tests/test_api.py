"""The typed Python API: factcheck.open_db and extract_corpus return the dataclasses of factcheck.models, and
the README's examples run as written."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import factcheck
from factcheck.models import Article, Claim, Conflict, Fact, FactMention, Group, Quote, Review, Story

README = Path(__file__).resolve().parent.parent / "README.md"


def readme_examples() -> list[str]:
    """The Python blocks of the README's Python API section that use a database."""
    section = README.read_text(encoding="utf-8").split("## Python API", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    return [b for b in blocks if "claims.db" in b]


def test_open_db_returns_dataclasses(demo):
    _, ids, path = demo
    with factcheck.open_db(path) as db:
        quotes = db.quotes()
        claims = db.claims()
        assert len(quotes) == 4 and all(isinstance(q, Quote) for q in quotes)
        assert len(claims) == 2 and all(isinstance(c, Claim) for c in claims)
        assert {q.id for q in db.quotes(speaker="Putin")} >= {ids["quote_2"]}
        long = next(c for c in claims if c.id == ids["claim_long"])
        assert [v.text for v in long.values if v.type == "duration"] == ["vier Stunden"]
        conflicts = db.conflicts()
        assert len(conflicts) == 2 and all(isinstance(c, Conflict) for c in conflicts)
        groups = db.groups()
        assert groups and all(isinstance(g, Group) and g.members for g in groups)
        articles = db.articles()
        assert [a.name for a in articles] == ["000_welt.txt", "002_dpa.txt", "004_wostotschny.txt"]
        assert all(isinstance(a, Article) and a.text for a in articles)
        saved = db.set_verdict(ids["quote_2"], "verified", reviewer="ana")
        assert [r.verdict for r in saved] == ["verified"]
        reviews = db.reviews()
        assert len(reviews) == 1 and isinstance(reviews[0], Review) and reviews[0].reviewer == "ana"


def test_article_lookup_is_exact_and_underscore_is_no_wildcard(demo):
    db, _, path = demo
    db.execute("update articles set name = 'A00xwelt.txt' where name = '000_welt.txt'")
    db.execute("update quotes set article = 'A00xwelt.txt' where article = '000_welt.txt'")
    db.conn.commit()
    with factcheck.open_db(path) as api:
        assert api.article("A00_welt.txt") is None  # "_" would match "x" in a LIKE pattern
        assert api.article("A00xwelt.txt").outlet == "Welt"
        assert [a.name for a in api.articles("A00_")] == []
        assert [a.name for a in api.articles("A00x")] == ["A00xwelt.txt"]
        assert api.quotes(article="A00_welt.txt") == []
        assert len(api.quotes(article="A00xwelt.txt")) == 2


def test_readme_database_example_runs_on_a_database(demo, monkeypatch, capsys):
    _, _, path = demo
    examples = readme_examples()
    assert len(examples) == 2, "the README should show extract_corpus and open_db"
    monkeypatch.chdir(path.parent)  # the demo database is claims.db there
    exec(compile(examples[1], "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "duration knapp zweistündigen vs vier Stunden" in out
    assert out.rstrip().endswith("verified")


@pytest.mark.slow
def test_readme_examples_run_on_the_seed_corpus(corpus_dir, tmp_path, monkeypatch, capsys):
    shutil.copytree(corpus_dir, tmp_path / "corpus")
    monkeypatch.chdir(tmp_path)
    for example in readme_examples():
        exec(compile(example, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "5 files extracted, 0 unchanged" in out
    assert "duration" in out and out.rstrip().endswith("verified")
    with factcheck.open_db("claims.db") as db:
        facts, stories = db.facts(), db.stories()
        assert len(facts) >= 1 and all(isinstance(f, Fact) and f.members for f in facts)
        assert all(isinstance(m, FactMention) for f in facts for m in f.members)
        assert any(not f.agree for f in facts) and db.facts(disagreeing=True)
        assert stories and all(isinstance(s, Story) for s in stories)
        assert any(len(c.claims) >= 2 for c in db.conflicts())
