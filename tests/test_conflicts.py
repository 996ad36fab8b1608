"""Tests of conflict detection inside groups, with hand-built statements and values."""

from __future__ import annotations

import pytest

from factcheck.conflicts import article_label, find_conflicts
from factcheck.conflicts.wording import same_wording, word_diff
from factcheck.models import Article, Claim, Group, Member, Quote, Value


def art(name: str, published: str | None = "2019-04-25") -> Article:
    return Article(name=name, path=name, text="", title=None, outlet=None, url=None, published=published,
                   published_source="text")


ARTICLES = {n: art(n) for n in ("000_3448688e953642bf.txt", "002_a61c929ac57c7721.txt", "x.txt", "y.txt")}
A, B = "000_3448688e953642bf.txt", "002_a61c929ac57c7721.txt"


def val(vtype: str, sentence: str, surface: str, offset: int = 0, **value) -> Value:
    start = sentence.index(surface) + offset
    return Value(vtype, surface, start, start + len(surface), value)


def claim(cid: str, article: str, sentence: str, values=(), offset: int = 0) -> Claim:
    return Claim(text=sentence, start=offset, end=offset + len(sentence), sentence=sentence, sentence_start=offset,
                 sentence_end=offset + len(sentence), values=tuple(values), id=cid, article=article)


def quote(qid: str, article: str, text: str, speaker: str | None, qtype: str = "direct", mention=None) -> Quote:
    sentence = f"„{text}“, sagte {mention or speaker}."
    return Quote(text=text, start=1, end=1 + len(text), type=qtype, sentence=sentence, sentence_start=0,
                 sentence_end=len(sentence), speaker=speaker, speaker_mention=mention, id=qid, article=article)


def group_of(*items) -> tuple[Group, dict]:
    kind = "quote" if isinstance(items[0], Quote) else "claim"
    members = tuple(Member(it.id, kind, it.article, it.text, it.sentence, it.start, it.end) for it in items)
    return Group(id="gtest", kind=kind, members=members), {it.id: it for it in items}


def dur(sentence: str, surface: str, seconds: float, lo: float, hi: float, hedge: str) -> Value:
    return val("duration", sentence, surface, seconds=seconds, min=lo, max=hi, hedge=hedge)


def conflicts_of(*items):
    group, by_id = group_of(*items)
    return find_conflicts(group, by_id, articles=ARTICLES)


S000 = "Die knapp zweistündigen Gespräche bezeichnete Kim bislang als sehr substanziell."
S002 = "Insgesamt sollen die Gespräche laut Nachrichtenagentur Interfax vier Stunden dauern."


def test_quote_wording_conflict_with_word_diff() -> None:
    a = quote("000:q1", A, "Wir hatten gerade einen sehr substanziellen Meinungsaustausch", "Kim Jong Un")
    b = quote("002:q1", B, "Wir hatten gerade einen sehr guten Austausch", "Kim Jong Un")
    found = conflicts_of(a, b)
    assert [c.type for c in found] == ["quote_wording"]
    diff = found[0].diff
    assert ("=", "Wir hatten gerade einen sehr") in diff
    assert ("-", "substanziellen Meinungsaustausch") in diff and ("+", "guten Austausch") in diff
    assert "Kim Jong Un" in found[0].explanation
    assert found[0].claims[0].value["speaker"] == "Kim Jong Un"


def test_punctuation_case_and_partial_quotes_are_not_wording_conflicts() -> None:
    a = quote("x:q", "x.txt", "Ich freue mich, Sie hier zu sehen!", "Wladimir Putin")
    b = quote("y:q", "y.txt", "ich freue mich sie hier zu sehen", "Wladimir Putin")
    c = quote("y:q2", "y.txt", "Sie hier zu sehen", "Wladimir Putin", qtype="partial")
    assert conflicts_of(a, b) == []
    assert conflicts_of(a, c) == []
    assert same_wording("Ich freue mich", "Ich freue mich sehr") and not same_wording("a b c", "a x c")
    assert word_diff("a b c", "a x c") == (("=", "a"), ("-", "b"), ("+", "x"), ("=", "c"))


def test_indirect_quotes_do_not_raise_wording_conflicts() -> None:
    a = quote("x:q", "x.txt", "Russland könne helfen, den Streit zu lösen", "Wladimir Putin", qtype="indirect")
    b = quote("y:q", "y.txt", "Russland könnte beim Lösen des Streits helfen", "Wladimir Putin", qtype="indirect")
    assert conflicts_of(a, b) == []


def test_two_speakers_with_different_figures_are_no_speaker_conflict() -> None:
    import dataclasses

    from factcheck.values import find_values

    def said(qid: str, article: str, text: str, speaker: str) -> Quote:
        q = quote(qid, article, text, speaker, qtype="indirect")
        return dataclasses.replace(q, values=tuple(
            dataclasses.replace(v, start=v.start + q.start, end=v.end + q.start) for v in find_values(text)))

    police = said("x:q1", "x.txt", "von 150.000 Teilnehmern", "Polizei")
    organisers = said("y:q1", "y.txt", "von 250 000 Teilnehmern", "Veranstalter")
    assert conflicts_of(police, organisers) == []  # the police's count and the organisers' figure
    same = said("y:q1", "y.txt", "von 150 000 Teilnehmern", "Veranstalter")
    assert [c.type for c in conflicts_of(police, same)] == ["speaker"]  # one figure credited to two sources


def test_speaker_conflict_for_same_words_credited_to_different_people() -> None:
    a = quote("x:q", "x.txt", "Wir werden über alle Themen sprechen, ohne Eile", "Wladimir Putin", mention="Putin")
    b = quote("y:q", "y.txt", "Wir werden über alle Themen sprechen, ohne Eile", "Dmitri Peskow", mention="Peskow")
    found = conflicts_of(a, b)
    assert [c.type for c in found] == ["speaker"]
    assert "Wladimir Putin" in found[0].explanation and "Dmitri Peskow" in found[0].explanation
    unresolved = quote("y:q", "y.txt", "Wir werden über alle Themen sprechen, ohne Eile", None)
    assert conflicts_of(a, unresolved) == []


def test_a_surname_and_the_full_name_are_one_speaker() -> None:
    words = "We are not going to take any chances with people's health"
    full = quote("x:q", "x.txt", words, "Mike DeWine", mention="Ohio Governor Mike DeWine")
    surname = quote("y:q", "y.txt", words, "DeWine")
    assert conflicts_of(full, surname) == []
    other = quote("y:q", "y.txt", words.replace("any ", ""), "DeWine")
    (wording,) = conflicts_of(full, other)
    assert wording.explanation.endswith("quote Mike DeWine with different words (1 word differs)")


def test_words_credited_to_two_people_in_many_outlets_are_one_conflict() -> None:
    words = "Wir hatten großes Glück, dass niemand ums Leben gekommen ist"
    brenner = [quote(f"{n}:q", f"{n}.txt", words, "Ulrich Brenner", mention="Feuerwehrsprecher Ulrich Brenner")
               for n in ("ksta", "wdr", "rp")]
    police = quote("express:q", "express.txt", words, "Polizei", mention="Ein Polizeisprecher")
    found = conflicts_of(*brenner, police)
    assert [c.type for c in found] == ["speaker"]  # not one per pair of outlets
    sides = found[0].claims
    assert [s.article for s in sides] == ["ksta.txt", "rp.txt", "wdr.txt", "express.txt"]
    assert [s.value["cluster"] for s in sides] == [0, 0, 0, 1]
    assert found[0].explanation == ("ksta, rp and wdr credit these words to Ulrich Brenner (Feuerwehrsprecher "
                                    "Ulrich Brenner); express to Polizei (Ein Polizeisprecher)")
    # two sides keep the id the pair always had, so a review of it stays attached
    pair = conflicts_of(brenner[0], police)[0]
    assert pair.id == "c" + __import__("hashlib").sha1(
        "speaker|express:q|Polizei|ksta:q|Ulrich Brenner".encode()).hexdigest()[:12]


def test_conflict_ids_are_stable_and_statements_of_one_article_are_not_compared() -> None:
    a = quote("x:q", "x.txt", "Wir werden über alle Themen sprechen", "Wladimir Putin")
    b = quote("y:q", "y.txt", "Wir werden über alle Themen reden", "Wladimir Putin")
    first = conflicts_of(a, b)[0].id
    assert conflicts_of(b, a)[0].id == first and first.startswith("c")
    same_article = quote("x:q2", "x.txt", "Wir werden über alle Themen reden", "Wladimir Putin")
    assert conflicts_of(a, same_article) == []


def test_article_label() -> None:
    assert article_label(A, ARTICLES) == "000"
    outlet = {"spiegel.html": Article("spiegel.html", "p", "", None, "Der Spiegel", None, None, "none")}
    assert article_label("spiegel.html", outlet) == "Der Spiegel"
    assert article_label("notes.txt", {}) == "notes"


@pytest.mark.slow
def test_seed_corpus_end_to_end_finds_the_duration_conflict_and_keeps_summits_apart() -> None:
    import dataclasses
    from pathlib import Path

    from factcheck.embed import encode, load_model
    from factcheck.ingest.readers import load_file
    from factcheck.match import group_statements
    from factcheck.nlp.extract import extract_text
    from factcheck.store.ids import assign_ids

    corpus = Path(__file__).resolve().parents[1] / "corpus"
    articles, items = {}, []
    for path in sorted(corpus.glob("*.txt")):
        for article in load_file(path):
            articles[article.name] = article
            ex = assign_ids(extract_text(article.text, language=article.language, published=article.published),
                            article.name)
            items += [dataclasses.replace(it, article=article.name) for it in (*ex.quotes, *ex.claims)]
    vectors = encode(load_model(), [it.text for it in items])
    groups = group_statements(items, vectors, articles=articles)
    from factcheck import facts
    from factcheck.embed import encode as _encode

    model = load_model()
    result = facts.build(items, articles, lambda texts: _encode(model, texts), model_key="use-multilingual")
    durations = [c for c in result.conflicts if c.type == "duration"]
    assert len(durations) == 1
    assert any("knapp zweistündig" in c.explanation and "vier Stunden" in c.explanation for c in durations)
    summit_2023 = {name for name in articles if name.startswith("004")}
    summit_2019 = {name for name in articles if name[:3] in ("000", "002", "003")}
    assert len(groups) >= 5
    for g in groups:
        arts = {m.article for m in g.members}
        assert not (arts & summit_2023 and arts & summit_2019)


def test_a_headline_quote_joins_its_body_version_and_its_rewording_is_flagged() -> None:
    from factcheck.embed import HashingEmbedder, encode
    from factcheck.match import group_statements

    head_text = "Hatten gerade einen sehr substanziellen Austausch"
    body_text = "Wir hatten gerade einen sehr substanziellen Meinungsaustausch"
    text = f"„{head_text}“\n\nKim sagte: „{body_text}“."
    article = Article("k.txt", "k.txt", text, None, "Welt", None, "2019-04-25", "text")
    head = Quote(head_text, 1, 1 + len(head_text), "direct", f"„{head_text}“", 0, len(head_text) + 2,
                 speaker="Kim Jong Un", id="k:q1", article="k.txt")
    body_start = text.index(body_text)
    sentence = text.split("\n\n")[1]
    body = Quote(body_text, body_start, body_start + len(body_text), "direct", sentence, text.index("Kim"),
                 len(text), speaker="Kim Jong Un", id="k:q2", article="k.txt")
    items = [head, body]
    groups = group_statements(items, encode(HashingEmbedder(), [i.text for i in items]), articles={"k.txt": article})
    assert len(groups) == 1 and {m.id for m in groups[0].members} == {"k:q1", "k:q2"}
    found = find_conflicts(groups[0], {i.id: i for i in items}, articles={"k.txt": article})
    assert [c.type for c in found] == ["quote_wording"]
    assert "Welt's headline quotes Kim Jong Un with other words" in found[0].explanation
