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


def test_seed_duration_conflict_knapp_zweistuendig_vs_vier_stunden() -> None:
    # Built by hand: the values are what factcheck.values gives for these phrases (models.py shapes).
    a = claim("000:c1", A, S000, [dur(S000, "knapp zweistündigen", 7200, 5400, 7200, "just_under")])
    b = claim("002:c1", B, S002, [dur(S002, "vier Stunden", 14400, 14400, 14400, "exact")])
    found = conflicts_of(a, b)
    assert len(found) == 1
    c = found[0]
    assert c.type == "duration" and c.group_id == "gtest"
    assert [s.id for s in c.claims] == ["000:c1", "002:c1"]
    assert c.claims[0].value["text"] == "knapp zweistündigen" and c.claims[1].value["seconds"] == 14400
    assert c.explanation.startswith("000 says ") and "002 says " in c.explanation
    assert "knapp zweistündigen" in c.explanation and "per Interfax" in c.explanation


def test_hedged_durations_that_overlap_agree() -> None:
    s1, s2 = "Die Gespräche dauerten rund elf Stunden.", "The talks lasted around 11 hours."
    a = claim("x:1", "x.txt", s1, [dur(s1, "rund elf Stunden", 39600, 37620, 41580, "approx")])
    b = claim("y:1", "y.txt", s2, [dur(s2, "around 11 hours", 39600, 37620, 41580, "approx")])
    assert conflicts_of(a, b) == []


def test_month_and_end_of_month_agree_but_other_day_conflicts() -> None:
    s1, s2, s3 = "Das Treffen war Ende Februar.", "Das Treffen war im Februar.", "Das Treffen war am 2. April."
    end_feb = val("date", s1, "Ende Februar", start="2019-02-20", end="2019-02-28", granularity="part_of_month",
                  relative=False)
    feb = val("date", s2, "im Februar", start="2019-02-01", end="2019-02-28", granularity="month", relative=False)
    april = val("date", s3, "am 2. April", start="2019-04-02", end="2019-04-02", granularity="day", relative=False)
    assert conflicts_of(claim("x:1", "x.txt", s1, [end_feb]), claim("y:1", "y.txt", s2, [feb])) == []
    found = conflicts_of(claim("x:1", "x.txt", s1, [end_feb]), claim("y:1", "y.txt", s3, [april]))
    assert [c.type for c in found] == ["date"]


def test_relative_dates_resolved_against_different_publication_dates_are_not_compared() -> None:
    s1, s2 = "Sie trafen sich am Donnerstag.", "Sie trafen sich am Mittwoch."
    thu = val("date", s1, "am Donnerstag", start="2019-04-25", end="2019-04-25", granularity="day", relative=True)
    wed = val("date", s2, "am Mittwoch", start="2019-04-24", end="2019-04-24", granularity="day", relative=True)
    same_day = {"x.txt": art("x.txt", "2019-04-26"), "y.txt": art("y.txt", "2019-04-26")}
    other_day = {"x.txt": art("x.txt", "2019-04-26"), "y.txt": art("y.txt", "2019-04-25")}
    group, by_id = group_of(claim("x:1", "x.txt", s1, [thu]), claim("y:1", "y.txt", s2, [wed]))
    assert [c.type for c in find_conflicts(group, by_id, articles=same_day)] == ["date"]
    assert find_conflicts(group, by_id, articles=other_day) == []


def test_numbers_compare_only_with_the_same_unit_or_counted_noun() -> None:
    s1 = "Wostotschny liegt 1.500 Kilometer nördlich, 130 Kilometer von der Grenze."
    s2 = "Wostotschny liegt 800 Kilometer nördlich, 130 Kilometer von der Grenze."
    km1500 = val("number", s1, "1.500 Kilometer", value=1500, min=1500, max=1500, unit="km", hedge="exact")
    km130a = val("number", s1, "130 Kilometer", value=130, min=130, max=130, unit="km", hedge="exact")
    km800 = val("number", s2, "800 Kilometer", value=800, min=800, max=800, unit="km", hedge="exact")
    km130b = val("number", s2, "130 Kilometer", value=130, min=130, max=130, unit="km", hedge="exact")
    found = conflicts_of(claim("x:1", "x.txt", s1, [km1500, km130a]), claim("y:1", "y.txt", s2, [km800, km130b]))
    assert len(found) == 1 and found[0].type == "number"
    assert {found[0].claims[0].value["text"], found[0].claims[1].value["text"]} == {"1.500 Kilometer", "800 Kilometer"}
    s3, s4 = "Es kamen 40 Journalisten.", "Es kamen 12 Soldaten."
    j = val("number", s3, "40", value=40, min=40, max=40, unit=None, hedge="exact")
    s = val("number", s4, "12", value=12, min=12, max=12, unit=None, hedge="exact")
    assert conflicts_of(claim("x:1", "x.txt", s3, [j]), claim("y:1", "y.txt", s4, [s])) == []
    s5 = "Es kamen 25 Journalisten."
    j2 = val("number", s5, "25", value=25, min=25, max=25, unit=None, hedge="exact")
    assert [c.type for c in conflicts_of(claim("x:1", "x.txt", s3, [j]), claim("y:1", "y.txt", s5, [j2]))] == ["number"]


def test_elliptic_count_keeps_the_noun_of_the_previous_count() -> None:
    s1 = "Die Explosion tötete sechs Menschen und verletzte etwa 1.000 weitere."
    s2 = "Ungefähr eintausend Menschen wurden verletzt."
    six = val("number", s1, "sechs", value=6, min=6, max=6, unit=None, hedge="exact")
    thousand = val("number", s1, "etwa 1.000", value=1000, min=900, max=1100, unit=None, hedge="approx")
    other = val("number", s2, "Ungefähr eintausend", value=1000, min=900, max=1100, unit=None, hedge="approx")
    assert conflicts_of(claim("x:1", "x.txt", s1, [six, thousand]), claim("y:1", "y.txt", s2, [other])) == []


def test_ambiguous_value_pairs_are_not_guessed() -> None:
    s1 = "Die Reise dauerte zwei Stunden, das Treffen drei Stunden."
    s2 = "Die Reise dauerte fünf Stunden, das Treffen sechs Stunden."
    a = claim("x:1", "x.txt", s1, [dur(s1, "zwei Stunden", 7200, 7200, 7200, "exact"),
                                    dur(s1, "drei Stunden", 10800, 10800, 10800, "exact")])
    b = claim("y:1", "y.txt", s2, [dur(s2, "fünf Stunden", 18000, 18000, 18000, "exact"),
                                    dur(s2, "sechs Stunden", 21600, 21600, 21600, "exact")])
    assert conflicts_of(a, b) == []


def test_money_and_percent_conflicts_are_numbers() -> None:
    s1, s2 = "Die Hilfe beträgt 5 Millionen Euro.", "Die Hilfe beträgt 9 Millionen Euro."
    m1 = val("money", s1, "5 Millionen Euro", value=5e6, min=5e6, max=5e6, currency="EUR", hedge="exact")
    m2 = val("money", s2, "9 Millionen Euro", value=9e6, min=9e6, max=9e6, currency="EUR", hedge="exact")
    usd = val("money", s2, "9 Millionen Euro", value=9e6, min=9e6, max=9e6, currency="USD", hedge="exact")
    assert [c.type for c in conflicts_of(claim("x:1", "x.txt", s1, [m1]), claim("y:1", "y.txt", s2, [m2]))] == ["number"]
    assert conflicts_of(claim("x:1", "x.txt", s1, [m1]), claim("y:1", "y.txt", s2, [usd])) == []
    s3, s4 = "Die Zustimmung liegt bei 40 Prozent.", "Die Zustimmung liegt bei rund 41 Prozent."
    p1 = val("percent", s3, "40 Prozent", value=40, min=40, max=40, hedge="exact")
    p2 = val("percent", s4, "rund 41 Prozent", value=41, min=39, max=43, hedge="approx")
    assert conflicts_of(claim("x:1", "x.txt", s3, [p1]), claim("y:1", "y.txt", s4, [p2])) == []


def test_place_conflict_and_nearby_places_agree() -> None:
    s1, s2, s3 = "Das Treffen fand in Wladiwostok statt.", "Das Treffen fand in Wostotschny statt.", \
        "Das Treffen fand auf der Insel Russki statt."
    vlad = val("place", s1, "Wladiwostok", name="Vladivostok", id="geonames:2013348", lat=43.115, lon=131.885,
               feature="city")
    wost = val("place", s2, "Wostotschny", name="Vostochny", id="gazetteer:vostochny", lat=51.88, lon=128.33,
               feature="site")
    russ = val("place", s3, "Insel Russki", name="Russky Island", id="gazetteer:russky", lat=43.03, lon=131.89,
               feature="island")
    found = conflicts_of(claim("x:1", "x.txt", s1, [vlad]), claim("y:1", "y.txt", s2, [wost]))
    assert [c.type for c in found] == ["place"]
    assert "Wladiwostok" in found[0].explanation and "Wostotschny" in found[0].explanation
    assert conflicts_of(claim("x:1", "x.txt", s1, [vlad]), claim("y:1", "y.txt", s3, [russ])) == []


def test_a_country_never_conflicts_with_a_place_inside_or_outside_it() -> None:
    s1, s2 = "Das Treffen fand in Wladiwostok statt.", "Das Treffen fand in Russland statt."
    vlad = val("place", s1, "Wladiwostok", name="Vladivostok", id="geonames:2013348", lat=43.1, lon=131.9,
               feature="city")
    russia = val("place", s2, "Russland", name="Russia", id="geonames:2017370", lat=55.75, lon=37.6,
                 feature="country")
    bare = val("place", s2, "Russland", name="Russia", id="geonames:2017370", lat=55.75, lon=37.6)
    assert conflicts_of(claim("x:1", "x.txt", s1, [vlad]), claim("y:1", "y.txt", s2, [russia])) == []
    assert conflicts_of(claim("x:1", "x.txt", s1, [vlad]), claim("y:1", "y.txt", s2, [bare])) == []


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


def test_speaker_conflict_for_same_words_credited_to_different_people() -> None:
    a = quote("x:q", "x.txt", "Wir werden über alle Themen sprechen, ohne Eile", "Wladimir Putin", mention="Putin")
    b = quote("y:q", "y.txt", "Wir werden über alle Themen sprechen, ohne Eile", "Dmitri Peskow", mention="Peskow")
    found = conflicts_of(a, b)
    assert [c.type for c in found] == ["speaker"]
    assert "Wladimir Putin" in found[0].explanation and "Dmitri Peskow" in found[0].explanation
    unresolved = quote("y:q", "y.txt", "Wir werden über alle Themen sprechen, ohne Eile", None)
    assert conflicts_of(a, unresolved) == []


def test_conflict_ids_are_stable_and_statements_of_one_article_are_not_compared() -> None:
    a = claim("000:c1", A, S000, [dur(S000, "knapp zweistündigen", 7200, 5400, 7200, "just_under")])
    b = claim("002:c1", B, S002, [dur(S002, "vier Stunden", 14400, 14400, 14400, "exact")])
    first = conflicts_of(a, b)[0].id
    assert conflicts_of(b, a)[0].id == first and first.startswith("c")
    same_article = claim("000:c2", A, S002, [dur(S002, "vier Stunden", 14400, 14400, 14400, "exact")])
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
    by_id = {it.id: it for it in items}
    found = [c for g in groups for c in find_conflicts(g, by_id, articles=articles)]
    durations = [c for c in found if c.type == "duration"]
    assert any("knapp zweistündig" in c.explanation and "vier Stunden" in c.explanation for c in durations)
    summit_2023 = {name for name in articles if name.startswith("004")}
    summit_2019 = {name for name in articles if name[:3] in ("000", "002", "003")}
    assert len(groups) >= 5
    for g in groups:
        arts = {m.article for m in g.members}
        assert not (arts & summit_2023 and arts & summit_2019)
