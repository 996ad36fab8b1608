"""The real pipeline on the five seed articles: known quotes, speakers and claims are found."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from factcheck.models import Extraction
from factcheck.nlp.extract import extract_text

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
PUTIN = ("Vladimir Putin", "Wladimir Putin")
KIM = ("Kim Jong Un", "Kim Jong-un")

pytestmark = pytest.mark.slow


@lru_cache(maxsize=None)
def extraction(prefix: str) -> tuple[str, Extraction]:
    """Load a seed file (through ingest when available) and extract it once per test run."""
    path = next(CORPUS.glob(f"{prefix}_*.txt"))
    from factcheck.ingest import load_file

    article = load_file(path)[0]
    text, published = article.text, article.published
    return text, extract_text(text, language="de", published=published)


def quote(prefix: str, fragment: str):
    text, ex = extraction(prefix)
    found = [q for q in ex.quotes if fragment in q.text]
    assert found, f"{fragment!r} not among {[q.text[:40] for q in ex.quotes]}"
    q = found[0]
    assert text[q.start:q.end] == q.text
    return q


def test_000_direct_quotes_and_speakers():
    assert quote("000", "Ich freue mich, sie hier zu sehen").speaker in PUTIN
    q = quote("000", "Wir begrüßen Ihre Anstrengungen")
    assert q.speaker in PUTIN and q.speaker_mention == "der Kreml-Chef"
    q = quote("000", "Wir hatten gerade einen sehr substanziellen")
    assert q.speaker in KIM and q.cue == "so"


def test_000_partial_and_indirect():
    q = [q for q in extraction("000")[1].quotes if q.text == "sehr substanziell"][0]
    assert q.type == "partial" and q.speaker in KIM
    q = quote("000", "Er wolle mit Kim darüber reden")
    assert q.type == "indirect" and q.speaker in PUTIN


def test_000_headline_quote_gets_speaker_from_body():
    text, ex = extraction("000")
    heads = [q for q in ex.quotes if q.text == "Hatten gerade einen sehr substanziellen Austausch"]
    assert heads, "the headline quote is gone (ingest removed the headline or extraction missed it)"
    assert heads[0].speaker in KIM


def test_002_kremlchef_and_unresolved_spokesman():
    assert quote("002", "Ich freue mich, sie hier zu sehen").speaker in PUTIN
    q = quote("002", "entsprechende Gegenmaßnahmen von unserer Armee")
    assert q.speaker not in KIM
    assert q.speaker is None and "Sprecher" in (q.speaker_mention or "")


def test_004_putin_quotes():
    q = quote("004", "Wir werden über alle Themen sprechen, ohne Eile")
    assert q.speaker in PUTIN and q.type == "direct"
    assert quote("004", "sehr froh, Kim zu sehen").speaker in PUTIN


def test_claims_with_durations():
    for prefix, words in (("000", "knapp zweistündigen"), ("002", "vier Stunden")):
        _, ex = extraction(prefix)
        hits = [c for c in ex.claims if words in c.text]
        assert hits, f"no claim with {words!r}"
        assert any(v.type == "duration" and words.split()[-1] in v.text for v in hits[0].values)


def test_terms_are_not_quotes():
    _, ex = extraction("002")
    assert not any(q.text == "Seidenstraßen" for q in ex.quotes)
