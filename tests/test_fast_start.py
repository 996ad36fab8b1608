"""Fast start: no encoder load when every vector is cached; the built-in encoder without sentence-transformers."""

from __future__ import annotations

import subprocess
import sys

import pytest

from factcheck import embed, service


@pytest.mark.slow  # extracts the seed corpus with the real pipeline
def test_cached_vectors_need_no_model(tmp_path, corpus_dir, monkeypatch):
    db = service.open_db(tmp_path / "claims.db")
    service.extract(db, [corpus_dir], model="hashing")
    cached = db.execute("select count(*) from embeddings").fetchone()[0]
    assert cached > 20

    def no_load(name=None):
        raise AssertionError("the encoder was loaded although every vector is cached")

    monkeypatch.setattr(embed, "load_model", no_load)
    groups, _ = service.group_statements(db, model="hashing")
    assert groups > 0
    assert db.execute("select count(*) from embeddings").fetchone()[0] == cached


@pytest.mark.slow  # loads the real sentence encoder
def test_model_key_matches_the_loaded_models_id(tmp_path):
    assert embed.model_key("hashing") == embed.model_id(embed.load_model("hashing"))
    assert embed.model_key(None) == embed.model_id(embed.load_model(None))  # built-in: nothing loads yet
    folder = tmp_path / "my-model"
    folder.mkdir()
    assert embed.model_key(str(folder)) == "my-model@local"


@pytest.mark.slow
def test_builtin_encoder_needs_neither_torch_nor_sentence_transformers():
    code = ("import sys; from factcheck import embed; m = embed.load_model(); v = embed.encode(m, ['Hallo Welt', 'x']);"
            "print(v.shape, any(k.split('.')[0] in ('torch', 'sentence_transformers') for k in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "(2, 512) False"


def test_extraction_does_not_load_torch():
    code = ("import sys; from factcheck.nlp.extract import extract_text;"
            "e = extract_text('„Wir werden sprechen“, sagte Putin am Mittwoch.', language='de');"
            "print(len(e.quotes), sys.modules.get('torch') is not None)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "1 False"


def test_loading_pauses_the_collector_and_freezes_what_it_loaded():
    import gc

    from factcheck.nlp import loading

    before = gc.get_freeze_count()
    with loading():
        assert not gc.isenabled()
        with loading():  # nested: still paused inside, not re-enabled by the inner one
            loaded = [[n] for n in range(1000)]
        assert not gc.isenabled()
    assert gc.isenabled()
    assert gc.get_freeze_count() >= before + len(loaded)
    gc.unfreeze()  # leave this test process as it was


def test_a_task_imports_and_loads_the_pipeline_out_of_the_collectors_way(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Kim trifft Putin\n\n„Wir werden sprechen“, sagte Putin am Mittwoch.", encoding="utf-8")
    code = ("import gc, sys; from factcheck.service.workers import extract_file;"
            f"r = extract_file({str(article)!r}); print(len(r.articles[0].extraction.quotes), gc.get_freeze_count(),"
            f"gc.get_stats()[2]['collections']); extract_file({str(article)!r}); print(gc.get_freeze_count())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    quotes, frozen, full_collections, frozen_after_another = map(int, out.stdout.split())
    assert quotes == 1
    assert frozen > 100_000  # spaCy, HanTa's model and the gazetteer
    assert full_collections == 0
    assert frozen_after_another == frozen  # once per process: what a task leaves alive is not kept for good


def test_spacy_loads_without_its_command_line_which_still_works_when_asked_for():
    code = ("import sys, factcheck.nlp, spacy; print('spacy.cli' in sys.modules, 'requests' in sys.modules);"
            "print(sorted(spacy.info())[:2]); import spacy.cli; print(spacy.cli.download.__name__, 'spacy.cli.info' in"
            " sys.modules, spacy.blank('de')('Hallo Welt')[1].text)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[:3] == ["False False", "['location', 'pipelines']", "download True Welt"]


def test_a_stand_in_for_spacys_command_line_steps_aside_when_asked_for_anything_else():
    code = ("import sys, factcheck.nlp as n, spacy; sys.modules['spacy.cli'] = n._stand_in('spacy.cli');"
            "sys.modules['spacy.cli.info'] = n._stand_in('spacy.cli.info');"
            "from spacy.cli.info import app;"  # what a later spaCy might take from it
            "print(type(app).__name__, getattr(sys.modules['spacy.cli'], '__file__', None) is not None,"
            "getattr(sys.modules['spacy.cli.info'], '__file__', None) is not None)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "Typer True True"
