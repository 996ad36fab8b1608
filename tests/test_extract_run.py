"""`factcheck extract` end to end on real files: incremental runs, reviews that survive, bad input."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from factcheck import service
from factcheck.service import extraction
from factcheck.cli import EXIT_SKIPPED, main


@pytest.fixture
def corpus_copy(tmp_path, corpus_dir):
    target = tmp_path / "corpus"
    shutil.copytree(corpus_dir, target)
    return target


def extract(*args: str):
    return CliRunner().invoke(main, ["extract", *args, "--model", "hashing"], catch_exceptions=False)


def test_seed_corpus_extracts_and_second_run_skips_everything(tmp_path, corpus_copy):
    db_path = tmp_path / "claims.db"
    first = extract(str(corpus_copy), "--db", str(db_path), "--json")
    assert first.exit_code == 0, first.output
    summary = json.loads(first.stdout)
    assert summary["articles"] == 5 and summary["quotes"] > 20 and summary["claims"] > 20
    second = extract(str(corpus_copy), "--db", str(db_path), "--json")
    again = json.loads(second.stdout)
    assert again["unchanged"] == 5 and again["extracted"] == 0
    assert again["quotes"] == 0


def test_changed_file_is_reextracted_and_review_survives(tmp_path, corpus_copy):
    db_path = tmp_path / "claims.db"
    extract(str(corpus_copy), "--db", str(db_path))
    db = service.open_db(db_path)
    quote = next(q for q in service.list_quotes(db) if q["text"].startswith("Wir werden über alle Themen"))
    service.set_verdict(db, quote["id"], "verified", note="matches Kremlin video", reviewer="ana")
    article = corpus_copy / "004_be66ece0abdb7be1.txt"
    article.write_text("Vorab: Ein neuer erster Absatz über das Treffen.\n\n" + article.read_text(encoding="utf-8"),
                       encoding="utf-8")
    result = extract(str(corpus_copy), "--db", str(db_path), "--json")
    assert json.loads(result.stdout)["extracted"] == 1
    after = next(q for q in service.list_quotes(db) if q["id"] == quote["id"])
    assert after["verdict"] == "verified" and after["note"] == "matches Kremlin video"
    assert after["start"] != quote["start"]


def test_removed_file_drops_articles_but_keeps_reviews(tmp_path, corpus_copy):
    db_path = tmp_path / "claims.db"
    extract(str(corpus_copy), "--db", str(db_path))
    db = service.open_db(db_path)
    claim = next(c for c in service.list_claims(db) if c["article"].startswith("003"))
    service.set_verdict(db, claim["id"], "unverifiable", reviewer="ana")
    (corpus_copy / "003_2a5cbfce9d54c221.txt").unlink()
    extract(str(corpus_copy), "--db", str(db_path))
    assert not [a for a in service.list_articles(db) if a["name"].startswith("003")]
    assert [o["id"] for o in service.orphan_reviews(db)] == [claim["id"]]


def test_bad_inputs_are_reported_and_the_rest_is_extracted(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text(
        "Kim trifft Putin\n\n„Wir werden über alle Themen sprechen“, sagte Putin am Mittwoch in Wostotschny.",
        encoding="utf-8")
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "broken.jsonl").write_text('{"text": "Putin sagte, er sei froh.", "title": "A"}\n{not json\n',
                                         encoding="utf-8")
    (folder / "unbalanced.txt").write_text(
        "Putin sagte: „Wir werden sehen. Das ist alles.\n\nKim reiste am Mittwoch nach Russland.", encoding="utf-8")
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 50)
    db_path = tmp_path / "claims.db"
    result = CliRunner().invoke(main, ["extract", str(folder), "--db", str(db_path), "--model", "hashing"])
    assert result.exit_code == EXIT_SKIPPED
    problems = [line for line in result.stderr.splitlines() if line.startswith("skipped:")]
    named = " ".join(problems)
    assert "empty.txt" in named and "binary.txt" in named and "broken.jsonl" in named
    assert "Traceback" not in result.output
    db = service.open_db(db_path)
    names = {a["name"] for a in service.list_articles(db)}
    assert {"good.txt", "unbalanced.txt"} <= names
    assert any(n.startswith("broken.jsonl") for n in names)
    unbalanced = [q for q in service.list_quotes(db) if q["article"] == "unbalanced.txt"]
    assert all("Kim reiste" not in q["text"] for q in unbalanced)


def test_published_override_is_stored_as_user(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text("Treffen\n\nKim traf Putin am Donnerstag in Wladiwostok.", encoding="utf-8")
    db_path = tmp_path / "claims.db"
    CliRunner().invoke(main, ["extract", str(folder), "--db", str(db_path), "--model", "hashing",
                              "--published", "2019-04-26"])
    db = service.open_db(db_path)
    article = service.list_articles(db)[0]
    assert (article["published"], article["published_source"]) == ("2019-04-26", "user")
    claim = next(service.list_claims(db))
    date = next(v for v in claim["values"] if v["type"] == "date")
    assert date["value"]["start"] == "2019-04-25"


def test_two_outlets_disagreeing_on_place_and_duration_are_flagged(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text("Gipfel in Fernost\n\nPutin und Kim trafen sich am Donnerstag in Wladiwostok zu "
                                  "ihrem ersten Gipfel. Die Gespräche dauerten zwei Stunden.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Gipfel in Fernost\n\nPutin und Kim trafen sich am Donnerstag in Chabarowsk zu "
                                  "ihrem ersten Gipfel. Die Gespräche dauerten drei Stunden.\n", encoding="utf-8")
    db_path = tmp_path / "claims.db"
    extract(str(folder), "--db", str(db_path), "--published", "2019-04-26")
    db = service.open_db(db_path)
    found = {c["type"]: c for c in service.list_conflicts(db)}
    assert set(found) == {"place", "duration"}
    place = found["place"]
    assert sorted(s["value"]["text"] for s in place["claims"]) == ["Chabarowsk", "Wladiwostok"]
    assert sorted(s["value"]["id"] for s in place["claims"]) == ["geonames:2013348", "geonames:2022890"]
    assert "a" in place["explanation"] and "Chabarowsk" in place["explanation"]


def test_unchanged_rerun_does_not_regroup(tmp_path, corpus_copy, monkeypatch):
    db_path = tmp_path / "claims.db"
    extract(str(corpus_copy), "--db", str(db_path))
    calls = []
    monkeypatch.setattr(extraction, "group_statements", lambda *a, **k: calls.append(1) or (0, 0))
    db = service.open_db(db_path)
    summary = service.extract(db, [corpus_copy], model="hashing")
    assert summary.unchanged == 5 and calls == []
    assert summary.groups == service.counts(db)["groups"]
    service.extract(db, [corpus_copy], model="use-multilingual")
    assert calls == [1]  # another model regroups


def test_file_that_turns_unreadable_loses_its_articles_not_its_reviews(tmp_path, corpus_copy):
    db_path = tmp_path / "claims.db"
    extract(str(corpus_copy), "--db", str(db_path))
    db = service.open_db(db_path)
    claim = next(c for c in service.list_claims(db) if c["article"].startswith("002"))
    service.set_verdict(db, claim["id"], "false", note="see Kremlin transcript", reviewer="ana")
    (corpus_copy / "002_a61c929ac57c7721.txt").write_bytes(b"\x00\x01\x02" * 1000)
    result = extract(str(corpus_copy), "--db", str(db_path))
    assert result.exit_code == EXIT_SKIPPED and "002_a61c929ac57c7721.txt" in result.stderr
    assert not [a for a in service.list_articles(db) if a["name"].startswith("002")]
    orphan = service.orphan_reviews(db)
    assert [(o["id"], o["note"]) for o in orphan] == [(claim["id"], "see Kremlin transcript")]
