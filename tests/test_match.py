"""Tests of grouping statements across articles (hashing embedder, hand-built statements)."""

from __future__ import annotations

import numpy as np

from factcheck.embed import HashingEmbedder, encode
from factcheck.match import THRESHOLDS, group_statements, threshold_for, wording_ratio
from factcheck.match import events
from factcheck.match.neighbours import candidate_pairs
from factcheck.models import Article, Claim, Entity, Quote, Value

THR = THRESHOLDS["hashing"]


def art(name: str, published: str | None) -> Article:
    return Article(name=name, path=name, text="", title=None, outlet=None, url=None, published=published,
                   published_source="text" if published else "none")


def claim(cid: str, article: str, text: str, *, values=(), entities=()) -> Claim:
    return Claim(text=text, start=0, end=len(text), sentence=text, sentence_start=0, sentence_end=len(text),
                 values=tuple(values), entities=tuple(entities), id=cid, article=article)


def quote(qid: str, article: str, text: str, speaker: str | None, *, qtype: str = "direct", start: int = 0) -> Quote:
    sentence = f"„{text}“, sagte er."
    return Quote(text=text, start=start + 1, end=start + 1 + len(text), type=qtype, sentence=sentence,
                 sentence_start=start, sentence_end=start + len(sentence), speaker=speaker, id=qid, article=article)


def place(name: str, pid: str, lat: float | None = None, lon: float | None = None) -> Value:
    return Value("place", name, 0, len(name), {"name": name, "id": pid, "lat": lat, "lon": lon})


def day(text: str, iso: str) -> Value:
    return Value("date", text, 0, len(text), {"start": iso, "end": iso, "granularity": "day", "relative": False})


ARTICLES = {
    "a19": art("a19", "2019-04-25"),
    "b19": art("b19", "2019-04-26"),
    "c23": art("c23", "2023-09-13"),
    "d23": art("d23", "2023-09-14"),
    "nodate": art("nodate", None),
}


def run(items, threshold=THR):
    vecs = encode(HashingEmbedder(), [it.text for it in items])
    return group_statements(items, vecs, articles=ARTICLES, threshold=threshold)


def test_same_claim_in_two_outlets_groups_and_singletons_do_not() -> None:
    items = [
        claim("a19:1", "a19", "Die Gespräche zwischen Putin und Kim dauerten vier Stunden."),
        claim("b19:1", "b19", "Die Gespräche zwischen Putin und Kim dauerten rund vier Stunden."),
        claim("b19:2", "b19", "Der Zoo in Berlin bekommt zwei neue Pandabären aus China."),
    ]
    groups = run(items)
    assert len(groups) == 1
    g = groups[0]
    assert g.kind == "claim" and {m.id for m in g.members} == {"a19:1", "b19:1"}
    assert g.score >= THR and g.id.startswith("g")


def test_statements_from_one_article_alone_are_no_group() -> None:
    items = [
        claim("a19:1", "a19", "Die Gespräche dauerten vier Stunden."),
        claim("a19:2", "a19", "Die Gespräche dauerten vier Stunden."),
    ]
    assert run(items) == []


def test_quotes_group_with_quotes_only_and_tolerate_small_wording_changes() -> None:
    items = [
        quote("a19:q1", "a19", "Wir hatten gerade einen sehr substanziellen Meinungsaustausch", "Kim Jong Un"),
        quote("b19:q1", "b19", "Wir hatten gerade einen sehr substanziellen Austausch", "Kim Jong Un"),
        claim("b19:c1", "b19", "Wir hatten gerade einen sehr substanziellen Meinungsaustausch"),
    ]
    groups = run(items)
    assert [g.kind for g in groups] == ["quote"]
    assert {m.id for m in groups[0].members} == {"a19:q1", "b19:q1"}


def test_statements_of_different_stories_never_group() -> None:
    # "Das hat mich sehr überrascht" in a report on a football club and "Das hat mich sehr verwundert" in one on
    # a court case are no two wordings of one quote, nor are two reports' damage figures one claim
    items = [quote("a19:q1", "a19", "Das hat mich sehr überrascht", None),
             quote("b19:q1", "b19", "Das hat mich sehr verwundert", None),
             claim("a19:c1", "a19", "Es entstand ein Sachschaden von rund 10 000 Euro."),
             claim("b19:c1", "b19", "Es entstand ein Sachschaden von rund 10 000 Euro.")]
    vecs = encode(HashingEmbedder(), [it.text for it in items])
    together = group_statements(items, vecs, articles=ARTICLES, threshold=THR, story_of={"a19": "s", "b19": "s"})
    assert sorted(g.kind for g in together) == ["claim", "quote"]
    apart = group_statements(items, vecs, articles=ARTICLES, threshold=THR, story_of={"a19": "s1", "b19": "s2"})
    assert apart == []


def test_statements_of_different_facts_of_one_kind_never_group() -> None:
    # The facts layer keeps the storm's toll and Brandenburg's apart (scope), and so does grouping
    items = [claim("a19:1", "a19", "Mindestens sieben Menschen kamen durch den Sturm ums Leben."),
             claim("b19:1", "b19", "Mindestens vier Menschen kamen durch den Sturm allein in Brandenburg ums Leben.")]
    vecs = encode(HashingEmbedder(), [it.text for it in items])
    assert len(group_statements(items, vecs, articles=ARTICLES, threshold=0.5)) == 1
    apart = {"a19:1": {"number:count": frozenset({"|"})}, "b19:1": {"number:count": frozenset({"|brandenburg"})}}
    assert group_statements(items, vecs, articles=ARTICLES, threshold=0.5, facts_of=apart) == []
    same = {"a19:1": {"number:count": frozenset({"|"})}, "b19:1": {"number:count": frozenset({"|"})}}
    assert len(group_statements(items, vecs, articles=ARTICLES, threshold=0.5, facts_of=same)) == 1


def test_facts_of_keys_a_statements_figures_by_source_and_place() -> None:
    from factcheck.facts import facts_of
    from factcheck.models import Fact, FactMention

    def mention(item: str, scope: tuple[str, ...] = ()) -> FactMention:
        return FactMention(id=item + "m", article=item[:3], item_id=item, type="number", text="4", start=0, end=1,
                           scope=scope)

    toll = Fact("f1", "s", "number:count", "dead", None, "reported", (mention("a19:1"), mention("c23:1")), True)
    local = Fact("f2", "s", "number:count", "dead", "police", "reported",
                 (mention("b19:1", ("brandenburg",)), mention("d23:1", ("brandenburg",))), True)
    assert facts_of([toll, local]) == {"a19:1": {"number:count": frozenset({"|"})},
                                       "c23:1": {"number:count": frozenset({"|"})},
                                       "b19:1": {"number:count": frozenset({"police|brandenburg"})},
                                       "d23:1": {"number:count": frozenset({"police|brandenburg"})}}


def test_different_quotes_of_different_speakers_stay_apart() -> None:
    items = [
        quote("a19:q1", "a19", "Wir werden über alle Themen sprechen", "Wladimir Putin"),
        quote("b19:q1", "b19", "Über Themen werden wir nicht sprechen, sagte sie", "Maria Sacharowa"),
    ]
    assert run(items, threshold=0.3) == []


def test_two_meetings_years_apart_are_not_grouped() -> None:
    text = "Putin schüttelte Kim zur Begrüßung die Hand."
    items = [claim("a19:1", "a19", text), claim("c23:1", "c23", text), claim("d23:1", "d23", text)]
    groups = run(items)
    assert len(groups) == 1
    assert {m.article for m in groups[0].members} == {"c23", "d23"}


def test_article_without_date_uses_its_dominant_claim_month() -> None:
    text = "Putin schüttelte Kim zur Begrüßung die Hand."
    items = [
        claim("nodate:1", "nodate", text),
        claim("nodate:2", "nodate", "Das Treffen fand am 13. September 2023 statt.",
              values=[day("am 13. September 2023", "2023-09-13")]),
        claim("a19:1", "a19", text),
        claim("c23:1", "c23", text),
    ]
    groups = run(items)
    assert len(groups) == 1
    assert {m.id for m in groups[0].members} == {"nodate:1", "c23:1"}


def test_different_places_separate_events_but_near_places_do_not() -> None:
    vlad = place("Wladiwostok", "geonames:2013348", 43.115, 131.885)
    russki = place("Insel Russki", "gazetteer:russki", 43.03, 131.89)
    wost = place("Wostotschny", "gazetteer:vostochny", 51.88, 128.33)
    base = "Putin empfing Kim am Bahnhof mit militärischen Ehren in {}"
    items = [
        claim("a19:1", "a19", base.format("Wladiwostok"), values=[vlad]),
        claim("b19:1", "b19", base.format("Wostotschny"), values=[wost]),
    ]
    nodate = {"a19": art("a19", None), "b19": art("b19", None)}
    vecs = encode(HashingEmbedder(), [it.text for it in items])
    assert group_statements(items, vecs, articles=nodate, threshold=0.5) == []
    items[1] = claim("b19:1", "b19", base.format("Insel Russki"), values=[russki])
    vecs = encode(HashingEmbedder(), [it.text for it in items])
    assert len(group_statements(items, vecs, articles=nodate, threshold=0.5)) == 1


def test_near_identical_statement_with_other_place_groups_when_dates_agree() -> None:
    vlad = place("Wladiwostok", "geonames:2013348", 43.115, 131.885)
    wost = place("Wostotschny", "gazetteer:vostochny", 51.88, 128.33)
    items = [
        claim("a19:1", "a19", "Putin und Kim trafen sich am Donnerstag zu ihrem ersten Gipfel in Wladiwostok.",
              values=[vlad]),
        claim("b19:1", "b19", "Putin und Kim trafen sich am Donnerstag zu ihrem ersten Gipfel in Wostotschny.",
              values=[wost]),
    ]
    assert len(run(items)) == 1


def test_claim_dates_far_apart_block_grouping() -> None:
    items = [
        claim("a19:1", "a19", "Kim traf Trump in Hanoi zu einem Gipfel.", values=[day("im Februar", "2019-02-27")]),
        claim("b19:1", "b19", "Kim traf Trump in Hanoi zu einem Gipfel.", values=[day("im Juni", "2018-06-12")]),
    ]
    assert run(items) == []


def test_chains_cannot_join_two_events() -> None:
    text = "Putin schüttelte Kim zur Begrüßung die Hand."
    items = [claim("a19:1", "a19", text), claim("nodate:1", "nodate", text), claim("c23:1", "c23", text)]
    groups = run(items)
    assert len(groups) == 1
    arts = {m.article for m in groups[0].members}
    assert "nodate" in arts and arts != {"a19", "nodate", "c23"}


def test_shared_entities_lift_a_borderline_pair() -> None:
    putin = Entity("Putin", "PER", 0, 5, "Wladimir Putin")
    kim = Entity("Kim", "PER", 0, 3, "Kim Jong Un")
    items = [
        claim("a19:1", "a19", "Putin lobte Kim für den offenen Austausch.", entities=[putin, kim]),
        claim("b19:1", "b19", "Putin lobte Kim für seinen offenen Austausch heute.", entities=[putin, kim]),
    ]
    vecs = encode(HashingEmbedder(), [it.text for it in items])
    cos = float(vecs[0] @ vecs[1])
    assert group_statements(items, vecs, articles=ARTICLES, threshold=cos + 0.04)
    bare = [claim(c.id, c.article, c.text) for c in items]
    assert not group_statements(bare, vecs, articles=ARTICLES, threshold=cos + 0.04)


def test_group_ids_are_stable_and_order_independent() -> None:
    items = [
        claim("a19:1", "a19", "Die Gespräche dauerten vier Stunden."),
        claim("b19:1", "b19", "Die Gespräche dauerten vier Stunden."),
        claim("b19:2", "b19", "Kim reiste mit dem gepanzerten Zug an."),
        claim("a19:2", "a19", "Kim reiste mit seinem gepanzerten Zug an."),
    ]
    first = run(items)
    second = run(list(reversed(items)))
    assert sorted(g.id for g in first) == sorted(g.id for g in second)
    assert len({g.id for g in first}) == 2


def test_vectors_must_match_items() -> None:
    items = [claim("a19:1", "a19", "x")]
    try:
        group_statements(items, np.zeros((2, 4), dtype=np.float32), articles=ARTICLES)
    except ValueError as err:
        assert "vectors" in str(err)
    else:
        raise AssertionError("expected ValueError")


def test_candidate_pairs_exact_finds_planted_duplicates() -> None:
    rng = np.random.default_rng(1)
    base = rng.normal(size=(50, 32)).astype(np.float32)
    vecs = np.vstack([base, base[:5] + 0.01 * rng.normal(size=(5, 32)).astype(np.float32)])
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    i, j, s = candidate_pairs(vecs, k=3, min_sim=0.9)
    assert {(int(a), int(b)) for a, b in zip(i, j)} == {(x, 50 + x) for x in range(5)}
    assert (s > 0.9).all()


def test_event_helpers() -> None:
    assert events.parse_interval("2019-04") == (events.date(2019, 4, 1), events.date(2019, 4, 30))
    assert events.parse_interval("2019")[1] == events.date(2019, 12, 31)
    assert events.parse_interval("kaputt") is None
    assert events.gap_days(events.parse_interval("2019-04-25"), events.parse_interval("2019-04")) == 0
    assert wording_ratio("Ich freue mich, Sie zu sehen", "ich freue mich sie zu sehen") == 1.0
    assert threshold_for("use-multilingual@0.2.1") == THRESHOLDS["use-multilingual"]


def dur_value(sentence: str, surface: str, seconds: float, lo: float, hi: float, offset: int = 0) -> Value:
    start = offset + sentence.index(surface)
    return Value("duration", surface, start, start + len(surface),
                 {"seconds": seconds, "min": lo, "max": hi, "hedge": "exact"})


def test_value_anchor_groups_claims_that_measure_the_same_noun() -> None:
    s1 = "Die knapp zweistündigen Gespräche bezeichnete Kim bislang als sehr substanziell."
    s2 = "Insgesamt sollen die Gespräche laut Nachrichtenagentur Interfax vier Stunden dauern."
    items = [
        claim("a19:1", "a19", s1, values=[dur_value(s1, "knapp zweistündigen", 7200, 5400, 7200)]),
        claim("b19:1", "b19", s2, values=[dur_value(s2, "vier Stunden", 14400, 14400, 14400)]),
    ]
    vecs = encode(HashingEmbedder(), [it.text for it in items])
    assert float(vecs[0] @ vecs[1]) < THR
    groups = run(items)
    assert len(groups) == 1 and {m.id for m in groups[0].members} == {"a19:1", "b19:1"}
    far = [items[0], claim("c23:1", "c23", s2, values=items[1].values)]
    assert run(far) == []
    # Articles that an archive's story chains together, not alike by themselves: a shared anchor is no fact.
    apart = group_statements(items, vecs, articles=ARTICLES, threshold=THR, article_links=frozenset())
    assert apart == []


def test_value_anchor_meets_across_languages_through_the_measured_noun() -> None:
    from factcheck.match.anchors import anchors

    de = "Insgesamt sollen die Gespräche laut Nachrichtenagentur Interfax vier Stunden dauern."
    en = "The talks lasted about two hours, according to the Kremlin."
    other = "The flight lasted about two hours."
    c_de = claim("a19:1", "a19", de, values=[dur_value(de, "vier Stunden", 14400, 14400, 14400)])
    c_en = claim("b19:1", "b19", en, values=[dur_value(en, "about two hours", 7200, 6120, 8280)])
    c_other = claim("b19:2", "b19", other, values=[dur_value(other, "about two hours", 7200, 6120, 8280)])
    assert ("duration", "=talks") in anchors(c_de).keys() & anchors(c_en).keys()
    assert not anchors(c_de).keys() & anchors(c_other).keys()
    # Cross-language sentences embed apart with the hashing model; hand-made vectors at cosine 0.3 stand in
    # for a multilingual model, below the threshold but above the anchor floor.
    a = np.array([1.0, 0.0], dtype=np.float32)
    b = np.array([0.3, np.sqrt(1 - 0.09)], dtype=np.float32)
    groups = group_statements([c_de, c_en], np.vstack([a, b]), articles=ARTICLES, threshold=0.75)
    assert len(groups) == 1 and {m.id for m in groups[0].members} == {"a19:1", "b19:1"}


def test_value_anchor_ignores_reference_points_and_names() -> None:
    from factcheck.match.anchors import anchors

    s1 = "Zwei Monate nach dem Gipfel mit Trump sucht Kim die Nähe zu Russland."
    s2 = "Wenige Stunden vor dem Gipfel kritisierte Nordkorea die Manöver."
    c1 = claim("a19:1", "a19", s1, values=[dur_value(s1, "Zwei Monate", 5e6, 5e6, 5e6)])
    c2 = claim("b19:1", "b19", s2, values=[dur_value(s2, "Wenige Stunden", 7200, 7200, 21600)])
    assert anchors(c1) == {} and anchors(c2) == {}
    s3 = "Die Gespräche mit Putin dauerten drei Stunden."
    c3 = claim("a19:2", "a19", s3, values=[dur_value(s3, "drei Stunden", 10800, 10800, 10800)],
               entities=[Entity("Putin", "PER", 0, 5, "Wladimir Putin")])
    assert set(anchors(c3)) == {("duration", "gesprä"), ("duration", "=talks")}


def test_same_words_from_different_speakers_group_so_the_speaker_conflict_can_be_seen() -> None:
    items = [
        quote("a19:q1", "a19", "Wir werden über alle Themen sprechen, ohne Eile", "Wladimir Putin"),
        quote("b19:q1", "b19", "Wir werden über alle Themen sprechen, ohne Eile", "Dmitri Peskow"),
    ]
    groups = run(items)
    assert len(groups) == 1 and groups[0].kind == "quote"


def test_quotes_from_articles_about_far_apart_places_stay_apart() -> None:
    vlad = place("Wladiwostok", "geonames:2013348", 43.115, 131.885)
    wost = place("Wostotschny", "gazetteer:vostochny", 51.88, 128.33)
    q1 = quote("a19:q1", "a19", "Wir sind sehr froh, Sie hier zu sehen", "Wladimir Putin")
    q2 = quote("b19:q1", "b19", "Wir sind so froh, Sie hier zu sehen", "Wladimir Putin")
    c1 = claim("a19:c1", "a19", q1.sentence + " in Wladiwostok", values=[vlad])
    c2 = claim("b19:c1", "b19", q2.sentence + " in Wostotschny", values=[wost])
    nodate = {"a19": art("a19", None), "b19": art("b19", None)}
    items = [q1, q2, c1, c2]
    vecs = encode(HashingEmbedder(), [it.text for it in items])
    kinds = [g.kind for g in group_statements(items, vecs, articles=nodate, threshold=THR)]
    assert "quote" not in kinds
    kinds = [g.kind for g in group_statements(items[:2], vecs[:2], articles=nodate, threshold=THR)]
    assert kinds == ["quote"]


def test_candidate_pairs_with_a_floor_are_those_of_the_full_selection() -> None:
    """Rows with at most k cosines over the floor skip the selection; pairs, cosines and order stay the same,
    ties between duplicated vectors included."""
    from factcheck.match import neighbours

    rng = np.random.default_rng(7)
    base = rng.normal(size=(300, 32)).astype(np.float32)
    vecs = np.vstack([base, base[:40], base[:40] + 0.05 * rng.normal(size=(40, 32)).astype(np.float32),
                      np.repeat(base[40:42], 12, axis=0)])  # exact ties, near copies, rows with > k close ones
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    checked = 0
    for k in (1, 3, 10):
        for floor in (-1.0, 0.2, 0.5, 0.9):
            full = neighbours._to_pairs(*neighbours._exact_topk(vecs, k), floor)
            fast = neighbours._to_pairs(*neighbours._exact_topk(vecs, k, floor), floor)
            assert all(np.array_equal(a, b) for a, b in zip(full, fast))
            checked += len(full[0])
    assert checked > 1000


def test_candidate_pairs_index_path_for_large_sets_matches_planted_pairs() -> None:
    import pytest

    pytest.importorskip("faiss")
    from factcheck.match import neighbours

    rng = np.random.default_rng(2)
    n = neighbours.EXACT_LIMIT + 1000
    vecs = rng.normal(size=(n, 32)).astype(np.float32)
    vecs[n // 2 :] = vecs[: n - n // 2] + 0.2 * rng.normal(size=(n - n // 2, 32)).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    i, j, s = candidate_pairs(vecs, k=3, min_sim=0.9)
    found = set(zip(i.tolist(), j.tolist()))
    planted = {(x, n // 2 + x) for x in range(n - n // 2)}
    assert len(found & planted) / len(planted) > 0.98
    assert np.allclose(s, np.einsum("id,id->i", vecs[i], vecs[j]), atol=1e-5)


def test_candidate_pairs_leave_zero_rows_out_of_the_search(monkeypatch) -> None:
    """Statements no one compares have zero rows; the search runs on the others (here few enough for the exact
    search, which the index path would only approximate) and gives their pairs with the rows' own numbers."""
    from factcheck.match import neighbours

    def no_index(*args, **kwargs):
        raise AssertionError("the index path was used")

    monkeypatch.setattr(neighbours, "_faiss_topk", no_index)
    rng = np.random.default_rng(3)
    live = rng.normal(size=(neighbours.EXACT_LIMIT - 1000, 32)).astype(np.float32)
    live[1::2] = live[::2] + 0.3 * rng.normal(size=live[1::2].shape).astype(np.float32)
    live /= np.linalg.norm(live, axis=1, keepdims=True)
    vecs = np.zeros((len(live) + 3000, 32), dtype=np.float32)
    rows = np.sort(rng.choice(len(vecs), size=len(live), replace=False))
    vecs[rows] = live
    i, j, s = candidate_pairs(vecs, k=3, min_sim=0.5)
    ei, ej, es = candidate_pairs(live, k=3, min_sim=0.5)
    assert len(i) > 1000
    assert np.array_equal(i, rows[ei]) and np.array_equal(j, rows[ej]) and np.array_equal(s, es)


def test_a_chain_of_similar_pairs_does_not_glue_different_statements() -> None:
    # Hand-made unit vectors: a~b and b~c are above the threshold, a and c are far apart.
    a = np.array([1.0, 0.0, 0.0], dtype=np.float32)
    c = np.array([0.0, 1.0, 0.0], dtype=np.float32)
    b = (a + c) / np.linalg.norm(a + c)
    items = [claim("a19:1", "a19", "Kim lud Putin ein."), claim("b19:1", "b19", "Kim traf Putin."),
             claim("nodate:1", "nodate", "Kim überquerte die Grenze.")]
    groups = group_statements(items, np.vstack([a, b, c]), articles=ARTICLES, threshold=0.7)
    # b says what a says and what c says (a sentence with two facts): one group for each, never a with c.
    assert sorted(sorted(m.id for m in g.members) for g in groups) == [["a19:1", "b19:1"], ["b19:1", "nodate:1"]]


def test_a_group_holds_at_most_one_statement_per_article() -> None:
    items = [
        claim("a19:1", "a19", "Die Gespräche zwischen Putin und Kim dauerten vier Stunden."),
        claim("a19:2", "a19", "Die Gespräche zwischen Putin und Kim dauerten vier Stunden lang."),
        claim("b19:1", "b19", "Die Gespräche zwischen Putin und Kim dauerten rund vier Stunden."),
    ]
    groups = run(items)
    assert len(groups) == 1
    assert sorted(m.article for m in groups[0].members) == ["a19", "b19"]


def test_one_clause_of_a_long_sentence_groups_with_the_same_fact_told_alone() -> None:
    from factcheck.match.clauses import clauses

    alone = "Die Berliner Feuerwehr rief am Donnerstag den Ausnahmezustand aus."
    inside = ("Die Berliner Feuerwehr rief am Donnerstag den Ausnahmezustand aus, in zahlreichen Städten saßen "
              "Reisende die ganze Nacht über an den Bahnhöfen fest; Hotelzüge standen für gestrandete Fahrgäste "
              "bereit, Busse und Straßenbahnen fuhren nicht, Flüge nach Hamburg und Bremen fielen aus.")
    other = "Der Zoo in Berlin bekommt zwei neue Pandabären aus China und baut ein neues Gehege."
    assert clauses(inside)[0] == "Die Berliner Feuerwehr rief am Donnerstag den Ausnahmezustand aus"
    assert clauses(alone) == []
    items = [claim("a19:1", "a19", alone), claim("b19:1", "b19", inside), claim("b19:2", "b19", other)]
    vecs = encode(HashingEmbedder(), [it.text for it in items])
    without = group_statements(items, vecs, articles=ARTICLES, threshold=THR)
    assert without == []
    with_clauses = group_statements(items, vecs, articles=ARTICLES, threshold=THR,
                                    embed=lambda texts: encode(HashingEmbedder(), texts))
    assert [{m.id for m in g.members} for g in with_clauses] == [{"a19:1", "b19:1"}]
    other_story = group_statements(items, vecs, articles=ARTICLES, threshold=THR,
                                   story_of={"a19": "s1", "b19": "s2"},
                                   embed=lambda texts: encode(HashingEmbedder(), texts))
    assert other_story == []
    unlinked = group_statements(items, vecs, articles=ARTICLES, threshold=THR, article_links=frozenset(),
                                embed=lambda texts: encode(HashingEmbedder(), texts))
    assert unlinked == []  # articles alike only through others of an archive's story


def test_a_comma_inside_a_number_ends_no_clause() -> None:
    from factcheck.match.clauses import clauses

    found = clauses("Die Polizei zählte 1,5 Millionen Menschen auf den Straßen der Hauptstadt, die Veranstalter "
                    "sprachen von zwei Millionen.")
    assert found == ["Die Polizei zählte 1,5 Millionen Menschen auf den Straßen der Hauptstadt",
                     "die Veranstalter sprachen von zwei Millionen"]
    assert clauses("More than 150,000 protesters participated on Saturday in the biggest rally yet, police said.") == []


def test_a_colon_inside_a_time_ends_no_clause_nor_a_figures_context() -> None:
    from factcheck.facts.mentions import build_mentions
    from factcheck.match.clauses import clauses
    from factcheck.models import Article, Claim
    from factcheck.values import find_values

    sentence = "Firefighters needed around 40 minutes to put out the blaze, which started at about 9:30 p.m. on Monday."
    assert clauses(sentence) == ["Firefighters needed around 40 minutes to put out the blaze",
                                 "which started at about 9:30 p.m. on Monday"]
    item = Claim(text=sentence, start=0, end=len(sentence), sentence=sentence, sentence_start=0,
                 sentence_end=len(sentence), values=tuple(find_values(sentence, language="en")), id="a:c0",
                 article="a.txt")
    art = Article(name="a.txt", path="a.txt", text=sentence, title=None, outlet=None, url=None, published=None,
                  published_source="none", language="en")
    [mention] = [m for m in build_mentions([item], {"a.txt": art}) if m.type == "duration"]
    assert mention.context.endswith("at about 9:30 p.m. on Monday.")


def test_clause_texts_are_what_grouping_embeds_for_its_clauses() -> None:
    """service.group_statements encodes match.clause_texts early (beside the facts' work): they must be the
    texts grouping then asks for, in its order, for every story assignment."""
    from factcheck.match import clause_texts

    inside = ("Die Berliner Feuerwehr rief am Donnerstag den Ausnahmezustand aus, in zahlreichen Städten saßen "
              "Reisende die ganze Nacht über an den Bahnhöfen fest.")
    items = [claim("a19:1", "a19", "Die Berliner Feuerwehr rief am Donnerstag den Ausnahmezustand aus."),
             quote("a19:q", "a19", "Wir haben alle Hände voll zu tun, und die Nacht wird lang", "Feuerwehr"),
             claim("b19:1", "b19", inside), claim("c19:1", "c19", "Der Zoo bekommt zwei neue Pandabären aus China.")]
    vecs = encode(HashingEmbedder(), [it.text for it in items])
    checked = 0
    for story_of in ({"a19": "s1", "b19": "s1", "c19": "s2"}, {"a19": "s1", "b19": "s2", "c19": "s2"},
                     {"a19": "s1", "b19": "s2", "c19": "s3"}, None):
        for links in (None, frozenset({("a19", "b19")}), frozenset({("b19", "c19")})):
            asked: list[list[str]] = []

            def embed(texts):
                asked.append(list(texts))
                return encode(HashingEmbedder(), texts)

            group_statements(items, vecs, articles=ARTICLES, threshold=THR, story_of=story_of, embed=embed,
                             article_links=links)
            assert clause_texts(items, story_of, links) == (asked[0] if asked else [])
            checked += len(asked)
    assert checked == 9  # the story assignment with every story told once compares no clauses
    # An article linked to no other has no clause grouping could pair: none of its clauses is embedded.
    assert "Der Zoo bekommt zwei neue Pandabären aus China." in clause_texts(items, None)
    assert "Der Zoo bekommt zwei neue Pandabären aus China." not in clause_texts(items, None,
                                                                                frozenset({("a19", "b19")}))


def test_a_sentence_with_two_facts_joins_a_group_for_each() -> None:
    both = ("Die Berliner Feuerwehr rief am Donnerstag den Ausnahmezustand aus, in zahlreichen Städten saßen "
            "Reisende die ganze Nacht über an den Bahnhöfen fest.")
    fire = "Die Berliner Feuerwehr rief am Donnerstag den Ausnahmezustand aus."
    stuck = "In zahlreichen Städten saßen Reisende die ganze Nacht über an den Bahnhöfen fest."
    items = [claim("a19:1", "a19", both), claim("b19:1", "b19", fire), claim("b19:2", "b19", stuck)]
    vecs = encode(HashingEmbedder(), [it.text for it in items])
    groups = group_statements(items, vecs, articles=ARTICLES, threshold=THR,
                              embed=lambda texts: encode(HashingEmbedder(), texts))
    assert sorted(sorted(m.id for m in g.members) for g in groups) == [["a19:1", "b19:1"], ["a19:1", "b19:2"]]
    assert len({g.id for g in groups}) == 2
    # Articles that are alike only through others of their story (an archive's topic) are not compared at all.
    apart = group_statements(items, vecs, articles=ARTICLES, threshold=THR, article_links=frozenset(),
                             embed=lambda texts: encode(HashingEmbedder(), texts))
    assert apart == []
    linked = group_statements(items, vecs, articles=ARTICLES, threshold=THR, article_links=frozenset({("a19", "b19")}),
                              embed=lambda texts: encode(HashingEmbedder(), texts))
    assert len(linked) == 2
    # The same fact repeated in a second sentence of one article is not a second group.
    again = "Die Berliner Feuerwehr rief am Donnerstag in der Stadt den Ausnahmezustand aus."
    items[2] = claim("b19:2", "b19", again)
    vecs = encode(HashingEmbedder(), [it.text for it in items])
    groups = group_statements(items, vecs, articles=ARTICLES, threshold=THR,
                              embed=lambda texts: encode(HashingEmbedder(), texts))
    assert len(groups) == 1 and len(groups[0].members) == 2


def test_value_anchor_needs_values_of_comparable_size() -> None:
    from factcheck.match.anchors import anchor_pairs, anchors

    hours = claim("a19:1", "a19", "Der Zug der Demonstranten zog zweieinhalb Stunden vorüber.",
                  values=[Value("duration", "zweieinhalb Stunden", 30, 49, {"seconds": 9000})])
    years = claim("b19:1", "b19", "Es war die größte Demonstration seit zwölf Jahren.",
                  values=[Value("duration", "zwölf Jahren", 36, 48, {"seconds": 378432000})])
    minutes = claim("b19:2", "b19", "Der Zug der Demonstranten zog vierzig Minuten vorüber.",
                    values=[Value("duration", "vierzig Minuten", 30, 45, {"seconds": 2400})])
    assert ("duration", "demons") in anchors(hours).keys() & anchors(years).keys()
    assert anchor_pairs([hours, years]) == set()
    assert anchor_pairs([hours, minutes]) == {(0, 1)}


def test_a_quote_and_its_translation_by_the_same_speaker_group_across_languages() -> None:
    import dataclasses

    arts = {"de": dataclasses.replace(art("de", "2015-10-10"), language="de"),
            "en": dataclasses.replace(art("en", "2015-10-10"), language="en"),
            "en2": dataclasses.replace(art("en2", "2015-10-10"), language="en")}
    de = quote("de:1", "de", "Dies ist die größte Demonstration seit vielen Jahren", "Christoph Bautz")
    en = quote("en:1", "en", "This is the biggest protest for many years", "Christoph Bautz")
    other = quote("en2:1", "en2", "This is the biggest protest for many years", "Jane Roe")
    cos = 0.67  # what use-multilingual gives this pair
    vectors = np.array([[1.0, 0.0], [cos, (1 - cos**2) ** 0.5]], dtype=np.float32)
    groups = group_statements([de, en], vectors, articles=arts, threshold=0.75)
    assert [{m.id for m in g.members} for g in groups] == [{"de:1", "en:1"}]
    assert group_statements([de, other], vectors, articles=arts, threshold=0.75) == []
    same_language = {k: dataclasses.replace(a, language="de") for k, a in arts.items()}
    assert group_statements([de, en], vectors, articles=same_language, threshold=0.75) == []


def test_a_clause_and_its_retelling_in_another_language_group_when_each_is_the_others_best_match() -> None:
    import dataclasses

    arts = {name: dataclasses.replace(art(name, "2017-10-05"), language=name[:2]) for name in ("de1", "en1")}
    fire_de = claim("de1:1", "de1", "Die Berliner Feuerwehr rief den Ausnahmezustand aus.")
    zoo_de = claim("de1:2", "de1", "Der Zoo in Berlin bekommt zwei neue Pandabären.")
    fire_en = claim("en1:1", "en1", "Berlin's fire brigade declared a state of emergency.")
    trains_en = claim("en1:2", "en1", "Deutsche Bahn canceled all long-distance trains.")
    basis = np.eye(6, dtype=np.float32)

    def vector_of(cos_to_fire: float, own: int) -> np.ndarray:
        return cos_to_fire * basis[0] + (1 - cos_to_fire**2) ** 0.5 * basis[own]

    table = {fire_de.text: basis[0], zoo_de.text: basis[2], trains_en.text: basis[3],
             fire_en.text: vector_of(0.64, 1)}  # 0.64: what use-multilingual gives the real pair

    def groups_of(items, articles=arts):
        vectors = np.stack([table[it.text] for it in items])
        found = group_statements(items, vectors, articles=articles, threshold=0.75,
                                 embed=lambda texts: np.stack([table[t] for t in texts]))
        return [{m.id for m in g.members} for g in found]

    items = [fire_de, zoo_de, fire_en, trains_en]
    assert groups_of(items) == [{"de1:1", "en1:1"}]
    # In one language the same cosine is two different statements.
    assert groups_of(items, {k: dataclasses.replace(a, language="de") for k, a in arts.items()}) == []
    # Too low a cosine is no translation, even as the best match.
    table[fire_en.text] = vector_of(0.45, 1)
    assert groups_of(items) == []
    # Clauses about as close to the other clauses of the other language as to each other do not stand out
    # (the margin), though each is still the other's best match.
    table[fire_en.text] = vector_of(0.6, 1)
    table[zoo_de.text] = 0.6875 * basis[1] + (1 - 0.6875**2) ** 0.5 * basis[2]  # 0.55 to the English fire
    table[trains_en.text] = vector_of(0.55, 3)  # 0.55 to the German fire
    assert groups_of(items) == []
    table[zoo_de.text], table[trains_en.text] = basis[2], basis[3]
    assert groups_of(items) == [{"de1:1", "en1:1"}]


def test_two_facts_that_share_only_their_circumstance_do_not_group() -> None:
    from factcheck.match.clauses import clause_parts

    berlin = "Im Berliner Stadtteil Tegel wurde eine Rentnerin getötet, als ein Baum auf ihr Auto stürzte."
    schwerin = "Nahe Schwerin verunglückte ein Lastwagenfahrer tödlich, als ein Baum auf ihr Auto stürzte."
    seen = "Zeugen aus der Nachbarschaft sahen, wie ein Baum auf ihr Auto stürzte."
    assert clause_parts(berlin)[1] == ("ein Baum auf ihr Auto stürzte", True)
    assert clause_parts(seen)[1] == ("wie ein Baum auf ihr Auto stürzte", False)

    def groups_of(a: str, b: str) -> list[set[str]]:
        items = [claim("a19:1", "a19", a), claim("b19:1", "b19", b)]
        vecs = encode(HashingEmbedder(), [it.text for it in items])
        found = group_statements(items, vecs, articles=ARTICLES, threshold=THR,
                                 embed=lambda texts: encode(HashingEmbedder(), texts))
        return [{m.id for m in g.members} for g in found]

    assert groups_of(berlin, schwerin) == []
    assert groups_of(berlin, seen) == [{"a19:1", "b19:1"}]


def test_main_place_counts_near_places_together_and_prefers_the_lead() -> None:
    def at(cid: str, article: str, start: int, *places: Value) -> Claim:
        text = "x" * 40
        return Claim(text=text, start=start, end=start + 40, sentence=text, sentence_start=start,
                     sentence_end=start + 40, values=places, entities=(), id=cid, article=article)

    pjongjang = place("Pjöngjang", "geonames:1871859", 39.03, 125.75)
    wladiwostok = place("Wladiwostok", "geonames:2013348", 43.1056, 131.8735)
    russki = place("Insel Russki", "gazetteer:russky-island", 43.03, 131.89)
    wostotschny = place("Wostotschny", "gazetteer:vostochny-cosmodrome", 51.884, 128.333)
    items = [at("a:1", "a", 0, pjongjang), at("a:2", "a", 100, russki), at("a:3", "a", 200, wladiwostok),
             at("b:1", "b", 0, wostotschny), at("b:2", "b", 2000, wladiwostok, wostotschny),
             at("b:3", "b", 2100, wladiwostok), at("b:4", "b", 2200, wladiwostok),
             at("c:1", "c", 0, pjongjang), at("c:2", "c", 100, wladiwostok)]
    main = events.article_places(items)
    assert main["a"] == (43.03, 131.89) or main["a"] == (43.1056, 131.8735)
    assert main["b"] == (51.884, 128.333)  # the lead's place, named twice, beats later reference places
    assert main["c"] is None  # one mention each: no main place


def test_a_truncated_compound_is_one_phrase_and_counts_written_out() -> None:
    from factcheck.match.clauses import clauses, content_words

    text = ("Am Hauptbahnhof, dem Startpunkt der Demonstration, hielten zeitweilig keine S- und U-Bahnen mehr: "
            "es passte niemand mehr auf den Vorplatz.")
    assert "hielten zeitweilig keine S- und U-Bahnen mehr" in clauses(text)
    assert {"s-bahn", "u-bahn"} <= content_words("keine S- und U-Bahnen")
    assert content_words("keine S-Bahn hält hier mehr") & content_words("keine S- und U-Bahnen")


def test_two_speech_frames_alike_are_no_pair() -> None:
    """"…, hieß es in einer Mitteilung vom Mittwoch" and "…, it said in a press release on Wednesday" say who
    spoke, not what happened: two statements sharing only their frames are not one fact."""
    first = ("Der Bursche sei geflohen und die Polizisten hätten ihn gefasst, hieß es in einer Mitteilung der Polizei "
             "vom Mittwoch.")
    second = ("Die Bank verlängert den Vertrag über den Namen des Stadions nicht, hieß es in einer Mitteilung der Bank "
              "vom Mittwoch.")
    def reported(qid: str, article: str, sentence: str) -> Quote:
        said, cue = sentence.index(", hieß"), sentence.index("hieß")
        return Quote(text=sentence[:said], start=0, end=said, type="indirect", sentence=sentence, sentence_start=0,
                     sentence_end=len(sentence), speaker=None, cue="hieß", cue_start=cue, cue_end=cue + 4, id=qid,
                     article=article)

    items = [claim("a19:1", "a19", first), claim("b19:1", "b19", second),
             reported("a19:q", "a19", first), reported("b19:q", "b19", second)]
    vecs = encode(HashingEmbedder(), [it.text for it in items])
    assert float(vecs[0] @ vecs[1]) < THR
    embed = lambda texts: encode(HashingEmbedder(), texts)  # noqa: E731
    assert [g for g in group_statements(items, vecs, articles=ARTICLES, threshold=THR, embed=embed)
            if g.kind == "claim"] == []
    no_quotes = group_statements(items[:2], vecs[:2], articles=ARTICLES, threshold=THR, embed=embed)
    assert len(no_quotes) == 1  # without the quotes, the frames' clauses would pair them


def test_service_frames_read_what_was_stopped_in_either_language() -> None:
    from factcheck.match.frames import frames

    air = {("air", "disrupted")}
    assert frames("Flüge fielen aus.") == air
    assert frames("In Hamburg musste der Flugverkehr eingestellt werden.") == air
    assert frames("Bei mehreren Flughäfen war der Betrieb ebenfalls beeinträchtigt.") == air
    assert frames("Bremen and Hanover airports canceled some international flights.") == air
    # a short list item takes the predicate after it; a compound of a disruption noun names its first part's service
    assert frames("ICE-Züge, S-Bahnen, Busse und Straßenbahnen kamen zum Stillstand, Flüge fielen aus.") == {
        ("rail", "disrupted"), ("local_transport", "disrupted"), ("air", "disrupted")}
    assert frames("Es gab Zugausfälle und einen Stromausfall.") == {("rail", "disrupted"), ("power", "disrupted")}
    assert frames("In Berlin war der S-Bahn-Verkehr unterbrochen.") == {("rail", "disrupted")}
    assert frames("S-Bahnen und Busse fuhren nicht mehr.") == {("rail", "disrupted"), ("local_transport", "disrupted")}
    # no service, or a service that runs
    assert frames("Der Aufzug wurde gestoppt.") == frozenset()  # a particle noun is no train
    assert frames("Die Schulden wurden gestrichen.") == frozenset()
    assert frames("Die Landebahn war gesperrt.") == frozenset()
    assert frames("Die Flüge nach Mallorca sind ausgebucht.") == frozenset()
    assert frames("Also, rail and air services were disrupted.") == {("rail", "disrupted"), ("air", "disrupted")}
    assert frames("Air strikes were halted.") == frozenset()
    assert frames("Der Streik hat den Flugverkehr weitgehend zum Erliegen gebracht.") == air


def frame_groups(items: list[Claim], articles: dict[str, Article]) -> list[set[str]]:
    """The groups (member ids) of statements worded too far apart for the embedder: only a frame groups them."""
    vecs = encode(HashingEmbedder(), [it.text for it in items])
    assert max(float(vecs[i] @ vecs[j]) for i in range(len(items)) for j in range(len(items)) if i != j) < THR - 0.1
    return [{m.id for m in g.members} for g in group_statements(items, vecs, articles=articles, threshold=THR)]


def test_aspect_frames_read_how_a_gathering_went_in_either_language() -> None:
    from factcheck.match.frames import aspects

    arrival, conduct = {("arrival", "told")}, {("conduct", "told")}
    organisers, scale = {("organisers", "told")}, {("scale", "told")}
    assert aspects("Allein fünf Sonderzüge sowie mehr als 600 Busse brachten Teilnehmer nach Berlin.") == arrival
    assert aspects("Sie sind per Zug oder in Sonderbussen aus ganz Deutschland angereist.") == arrival
    assert aspects("Hundreds of buses shuttled protesters to Saturday's demonstration.") == arrival
    assert aspects("Trains and buses brought people from across Germany to the capital.") == arrival
    assert aspects("Bei strahlendem Herbstwetter wurde friedlich demonstriert.") == conduct
    assert aspects("No incidents of violence were reported.") == conduct
    assert aspects("Ein Bündnis zahlreicher Organisationen hatte zum Protest aufgerufen.") == organisers
    assert aspects("It was organised by environmental groups, charities and opposition parties.") == organisers
    assert aspects("Labor unions and environmentalists were behind the protest.") == organisers
    assert aspects("Es ist die bisher größte Demonstration gegen das Abkommen.") == scale
    assert aspects("It was Germany's biggest rally yet against the deal.") == scale
    # a service stopped is no arrival; a superlative of something else, a bus alone, no aspect
    assert aspects("Der Sturm brachte den Zugverkehr zum Stillstand.") == frozenset()
    assert aspects("Die größte Stadt des Landes ist Berlin.") == frozenset()
    assert aspects("Der Bus hielt am Bahnhof.") == frozenset()
    assert aspects("Der Flughafen rät Passagieren, sich vor der Anreise bei ihrer Airline zu informieren.") == set()
    assert aspects("Der Streik hat den Flugverkehr weitgehend zum Erliegen gebracht.") == frozenset()
    assert aspects("Die Bahn brachte neue Züge auf die Strecke.") == frozenset()  # no one was brought


def test_statements_of_one_aspect_group_across_languages_for_one_day_and_place() -> None:
    articles = {**ARTICLES, "e19": art("e19", "2019-04-25"), "f19": art("f19", "2019-04-25"),
                "g19": art("g19", "2019-04-25")}
    berlin, hamburg = place("Berlin", "b", 52.52, 13.40), place("Hamburg", "hh", 53.55, 10.0)
    items = [
        claim("a19:1", "a19", "Allein fünf Sonderzüge sowie mehr als 600 Busse brachten Teilnehmer nach Berlin.",
              values=[berlin, Value("number", "600", 40, 43, {"value": 600})]),
        claim("b19:1", "b19", "Sie sind per Zug oder in Sonderbussen aus ganz Deutschland angereist."),
        claim("e19:1", "e19", "Trains and buses brought people from across Germany to Berlin.", values=[berlin]),
        # the same aspect told of another city that day, and of Berlin a month later: not this fact
        claim("f19:1", "f19", "Sonderzüge brachten Fans nach Hamburg.", values=[hamburg]),
        claim("g19:1", "g19", "Am 25. Mai waren Busse nach Berlin angereist.",
              values=[day("25. Mai", "2019-05-25"), berlin]),
    ]
    assert frame_groups(items, articles) == [{"a19:1", "b19:1", "e19:1"}]


def test_casualty_frames_read_who_died_as_outlets_describe_the_victim() -> None:
    from factcheck.match.frames import casualties

    def said(text: str) -> set[str]:
        return {frame.split(":")[1] for frame, _ in casualties(text)}

    assert said("In der Nähe von Schwerin wurde ein Lastwagenfahrer von einem Baum erschlagen.") == {"driver", "lorry"}
    assert said("A man died in his lorry after a tree struck his vehicle, police said.") == {"man", "lorry"}
    assert said("Police confirmed the death of a truck driver who was killed by a falling tree.") == {"driver", "lorry"}
    assert said("Ein Lkw-Fahrer kam ums Leben.") == {"driver", "lorry"}
    assert said("In Hamburg wurde in einem Wagen eine Frau (54) getroffen und getötet.") == {"car", "woman"}
    assert said("In Hamburg starb eine 54 Jahre alte Beifahrerin durch einen Baum.") == {"woman"}
    # no victim described, no death, or a name that only ends like a victim word
    assert said("Die Zahl der Toten ist auf sieben gestiegen.") == set()
    assert said("Ein Mann wurde schwer verletzt.") == set()
    assert said("Hermann starb 1990.") == set()
    assert said("Der Autor starb.") == set()
    assert said("A German specimen died.") == set()
    # a woman and a man died apart, whatever car they share; a driver may be either
    from factcheck.match.frames import victims_apart

    assert victims_apart("Eine Rentnerin wurde getötet, als ein Baum auf ihr Auto stürzte.",
                         "Ein Lastwagenfahrer verunglückte tödlich, als ein Baum auf ein Auto stürzte.")
    assert not victims_apart("Ein Lastwagenfahrer wurde erschlagen.", "A man died in his lorry.")
    assert not victims_apart("Ein Lastwagenfahrer wurde erschlagen.", "The death of a truck driver was confirmed.")


def test_one_death_told_apart_groups_across_languages_though_one_outlet_names_no_place() -> None:
    articles = {**ARTICLES, "e19": art("e19", "2019-04-25"), "f19": art("f19", "2019-04-25")}
    schwerin, hamburg = place("Schwerin", "sn", 53.63, 11.41), place("Hamburg", "hh", 53.55, 10.0)
    items = [
        claim("a19:1", "a19", "Bei Schwerin wurde ein Lastwagenfahrer von einem Baum erschlagen.", values=[schwerin]),
        claim("b19:1", "b19", "Police confirmed the death of a truck driver who was killed by a falling tree."),
        # the other outlet's article is about Hamburg, where it names a woman who died, not the driver
        claim("b19:2", "b19", "In Hamburg, a woman was killed when a tree fell onto her car.", values=[hamburg]),
        claim("b19:3", "b19", "Hamburg closed its parks.", values=[hamburg]),
        claim("b19:4", "b19", "Hamburg's fish market was flooded.", values=[hamburg]),
        claim("e19:1", "e19", "In Hamburg starb eine Frau in ihrem Auto.", values=[hamburg]),
        # another woman, in another city
        claim("f19:1", "f19", "Bei Schwerin starb eine Frau.", values=[schwerin]),
    ]
    assert sorted(map(sorted, frame_groups(items, articles))) == [["a19:1", "b19:1"], ["b19:2", "e19:1"]]


def test_one_death_groups_once_across_undated_articles_about_other_cities() -> None:
    """Two undated articles whose main places lie apart tell different events by the rule of same_event, but where
    a storm's deaths are spread over a country the main place says nothing of where one happened; and a death in
    a lorry told as "a driver" and "a lorry" by one outlet is one group, not one per description."""
    articles = {**ARTICLES, "hh": art("hh", None), "be": art("be", None)}
    schwerin = place("Schwerin", "sn", 53.63, 11.41)
    hamburg, berlin = place("Hamburg", "hh", 53.55, 10.0), place("Berlin", "b", 52.52, 13.40)
    items = [
        claim("a19:1", "a19", "Bei Schwerin wurde ein Lastwagenfahrer von einem Baum erschlagen.", values=[schwerin]),
        claim("hh:1", "hh", "A man died in his lorry after a tree struck his vehicle."),
        claim("hh:2", "hh", "Hamburg closed its parks.", values=[hamburg]),
        claim("hh:3", "hh", "Hamburg's fish market was flooded.", values=[hamburg]),
        claim("be:1", "be", "Police confirmed the death of a truck driver who was killed by a falling tree."),
        claim("be:2", "be", "Berlin's fire brigade declared a state of emergency.", values=[berlin]),
        claim("be:3", "be", "Berlin's zoo stayed shut.", values=[berlin]),
    ]
    assert frame_groups(items, articles) == [{"a19:1", "be:1", "hh:1"}]


def test_statements_that_one_service_was_stopped_group_though_worded_apart() -> None:
    articles = {**ARTICLES, "e19": art("e19", "2019-04-25"), "f19": art("f19", "2019-04-25"),
                "g19": art("g19", "2019-04-25")}
    items = [
        claim("a19:1", "a19", "Flüge fielen aus."),
        claim("b19:1", "b19", "In Hamburg musste der Flugverkehr eingestellt werden.",
              values=[place("Hamburg", "hh", 53.55, 10.0)]),
        claim("e19:1", "e19", "Bei mehreren Flughäfen war der Betrieb ebenfalls beeinträchtigt."),
        # flights at another airport that day, a strike weeks before, a count: not this fact
        claim("f19:1", "f19", "In Köln wurde der Flugbetrieb eingestellt.", values=[place("Köln", "k", 50.94, 6.96)]),
        claim("g19:1", "g19", "Am 1. April war der Luftverkehr lahmgelegt.", values=[day("1. April", "2019-04-01")]),
        claim("g19:2", "g19", "In Hamburg wurden 330 Flugverbindungen gestrichen.",
              values=[place("Hamburg", "hh", 53.55, 10.0), Value("number", "330", 17, 20, {"value": 330})]),
    ]
    assert frame_groups(items, articles) == [{"a19:1", "b19:1", "e19:1"}]
    # a statement that names no place joins the group of the place most outlets name, and only that one
    items.append(claim("b19:2", "b19", "In Köln stand der Luftverkehr still.", values=[place("Köln", "k", 50.94, 6.96)]))
    vecs = encode(HashingEmbedder(), [it.text for it in items])
    found = [{m.id for m in g.members} for g in group_statements(items, vecs, articles=articles, threshold=THR)]
    assert found == [{"a19:1", "b19:2", "e19:1", "f19:1"}]
