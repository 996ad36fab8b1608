"""`factcheck extract` end to end on real files: incremental runs, reviews that survive, bad input."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from factcheck import service
from factcheck.service import extraction
from factcheck.cli import EXIT_SKIPPED, main

pytestmark = pytest.mark.slow  # every test here runs the real spaCy pipelines


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


def test_no_group_run_leaves_groups_stale_and_the_next_run_builds_them(tmp_path, corpus_copy):
    db_path = tmp_path / "claims.db"
    first = extract(str(corpus_copy), "--db", str(db_path), "--no-group", "--json")
    assert first.exit_code == 0
    db = service.open_db(db_path)
    assert service.counts(db)["groups"] == 0
    second = extract(str(corpus_copy), "--db", str(db_path), "--json")
    summary = json.loads(second.stdout)
    assert summary["unchanged"] == 5 and summary["extracted"] == 0
    assert summary["groups"] > 0 and service.counts(db)["groups"] == summary["groups"]
    assert any("stale" in note for note in summary["notes"])


def test_groups_interrupted_before_they_were_stored_are_rebuilt(tmp_path, corpus_copy, monkeypatch):
    db_path = tmp_path / "claims.db"
    extract(str(corpus_copy), "--db", str(db_path))
    grouped = service.counts(service.open_db(db_path))["groups"]
    (corpus_copy / "005_new.txt").write_text(
        "Der Gipfel in Wladiwostok dauerte drei Stunden, sagte ein Sprecher des Kremls am Donnerstag.\n",
        encoding="utf-8")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(extraction, "group_statements", interrupted)
    with pytest.raises(KeyboardInterrupt):
        service.extract(service.open_db(db_path), [corpus_copy], model="hashing")
    monkeypatch.undo()
    db = service.open_db(db_path)
    summary = service.extract(db, [corpus_copy], model="hashing")
    assert summary.extracted == 0 and summary.unchanged == 6
    assert summary.groups is not None and summary.groups >= grouped
    members = {r[0] for r in db.execute("select article from group_members")}
    state = db.execute("select value from meta where key = 'groups_state'").fetchone()[0]
    assert state == extraction.current_groups_digest(db, "hashing")
    assert members  # groups exist and are current


def test_changed_pipeline_reextracts_with_a_note_and_keeps_reviews(tmp_path, corpus_copy, monkeypatch):
    db_path = tmp_path / "claims.db"
    extract(str(corpus_copy), "--db", str(db_path))
    db = service.open_db(db_path)
    claim = next(iter(service.list_claims(db)))
    service.set_verdict(db, claim["id"], "verified", reviewer="ana")
    monkeypatch.setattr(extraction, "PIPELINE_VERSION", "factcheck-0.1.0+changedcode")
    result = extract(str(corpus_copy), "--db", str(db_path), "--json")
    summary = json.loads(result.stdout)
    assert summary["extracted"] == 5 and summary["unchanged"] == 0
    assert any("pipeline changed" in note for note in summary["notes"])
    assert "note: re-extracted 5" in result.stderr
    assert service.get_review(db, claim["id"]).verdict == "verified"
    assert service.get_item(db, claim["id"])["verdict"] == "verified"


def test_pipeline_fingerprint_follows_the_extractor_source(tmp_path, monkeypatch):
    from factcheck.service import fingerprint

    package = tmp_path / "factcheck"
    for relative in ("nlp/cues_de.py", "ingest/readers.py", "values/numbers.py", "language/__init__.py"):
        (package / relative).parent.mkdir(parents=True, exist_ok=True)
        (package / relative).write_text("WORDS = ('sagte',)\n", encoding="utf-8")
    monkeypatch.setattr(fingerprint, "PACKAGE_ROOT", package)
    fingerprint.pipeline_fingerprint.cache_clear()
    try:
        before = fingerprint.pipeline_fingerprint()
        assert fingerprint.pipeline_fingerprint() == before  # cached and stable
        (package / "nlp/cues_de.py").write_text("WORDS = ('sagte', 'betonte')\n", encoding="utf-8")
        fingerprint.pipeline_fingerprint.cache_clear()
        assert fingerprint.pipeline_fingerprint() != before
    finally:
        fingerprint.pipeline_fingerprint.cache_clear()


def _nested_corpus(tmp_path, corpus_dir):
    root = tmp_path / "nested"
    for folder, source in (("bbc", "000_3448688e953642bf.txt"), ("dw", "001_fb2294b755947b61.txt")):
        (root / folder).mkdir(parents=True)
        shutil.copy(corpus_dir / source, root / folder / "report.txt")
    return root


def test_same_file_name_in_two_folders_gives_two_articles(tmp_path, corpus_dir):
    root = _nested_corpus(tmp_path, corpus_dir)
    db_path = tmp_path / "claims.db"
    result = extract(str(root), "--db", str(db_path), "--json")
    assert result.exit_code == 0, result.output
    db = service.open_db(db_path)
    names = [a["name"] for a in service.list_articles(db)]
    assert names == ["bbc/report.txt", "dw/report.txt"]
    assert len(service.list_articles(db, service.Filters(article="report"))) == 2
    assert {c["article"] for c in service.list_claims(db)} == set(names)


def test_renamed_unchanged_file_keeps_its_reviews(tmp_path, corpus_copy):
    db_path = tmp_path / "claims.db"
    extract(str(corpus_copy), "--db", str(db_path))
    db = service.open_db(db_path)
    claim = next(c for c in service.list_claims(db) if c["article"].startswith("003"))
    service.set_verdict(db, claim["id"], "misleading", note="context missing", reviewer="ana")
    (corpus_copy / "archive").mkdir()
    (corpus_copy / "003_2a5cbfce9d54c221.txt").rename(corpus_copy / "archive" / "003_renamed.txt")
    result = extract(str(corpus_copy), "--db", str(db_path), "--json")
    assert result.exit_code == 0
    moved = [c for c in service.list_claims(db) if c["text"] == claim["text"]]
    assert [c["article"] for c in moved] == ["archive/003_renamed.txt"]
    assert moved[0]["verdict"] == "misleading" and moved[0]["note"] == "context missing"
    assert service.orphan_reviews(db) == []
    actions = [h["action"] for h in service.history(db, moved[0]["id"])]
    assert actions == ["moved", "set"]


def test_database_with_bare_file_names_keeps_reviews_after_upgrade(tmp_path, corpus_dir, monkeypatch):
    from factcheck import ingest

    root = tmp_path / "nested"
    (root / "bbc").mkdir(parents=True)
    shutil.copy(corpus_dir / "000_3448688e953642bf.txt", root / "bbc" / "report.txt")
    db_path = tmp_path / "claims.db"
    monkeypatch.setattr(ingest, "article_name", lambda path, folder: path.name)  # what older versions stored
    monkeypatch.setattr(extraction, "PIPELINE_VERSION", "factcheck-0.1.0")
    service.extract(service.open_db(db_path), [root], model="hashing")
    db = service.open_db(db_path)
    claim = next(iter(service.list_claims(db)))
    assert claim["article"] == "report.txt"
    service.set_verdict(db, claim["id"], "false", reviewer="ana")
    monkeypatch.undo()
    (root / "dw").mkdir()
    shutil.copy(corpus_dir / "001_fb2294b755947b61.txt", root / "dw" / "report.txt")
    result = extract(str(root), "--db", str(db_path), "--json")
    assert result.exit_code == 0
    assert [a["name"] for a in service.list_articles(db)] == ["bbc/report.txt", "dw/report.txt"]
    found = [c for c in service.list_claims(db) if c["text"] == claim["text"]]
    assert [(c["article"], c["verdict"]) for c in found] == [("bbc/report.txt", "false")]
    assert service.orphan_reviews(db) == []
    # the same folder given directly names its file at the root; its reviews follow again
    extract(str(root / "bbc"), "--db", str(db_path), "--json")
    found = [c for c in service.list_claims(db) if c["text"] == claim["text"]]
    assert ("report.txt", "false") in [(c["article"], c["verdict"]) for c in found]


def test_search_percent_and_underscore_are_literal(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Die Quote stieg auf 50% im Jahr 2020, sagte der Minister.\n\n"
                                  "Der Wert stieg auf 50 Punkte im Jahr 2021, sagte die Ministerin.\n", encoding="utf-8")
    db_path = tmp_path / "claims.db"
    assert extract(str(corpus), "--db", str(db_path)).exit_code == 0
    db = service.open_db(db_path)
    texts = [c["text"] for c in service.list_claims(db)]
    assert len(texts) >= 2
    percent = [c["text"] for c in service.list_claims(db, service.Filters(search="50%"))]
    assert percent and all("50%" in t for t in percent)
    assert [c for c in service.list_claims(db, service.Filters(search="%"))] == \
        [c for c in service.list_claims(db) if "%" in c["text"]]
    assert list(service.list_claims(db, service.Filters(search="_"))) == []


def test_every_stage_of_a_run_reports_its_end(tmp_path, corpus_copy):
    seen: dict[str, tuple[int, int]] = {}
    db = service.open_db(tmp_path / "claims.db")
    service.extract(db, [corpus_copy], model="hashing", progress=lambda stage, done, total: seen.update(
        {stage: (done, total)}))
    assert set(seen) == {"extract", "facts", "embed", "group", "conflicts"}
    assert all(done == total for done, total in seen.values()), seen  # no bar left at "0 of 1"
