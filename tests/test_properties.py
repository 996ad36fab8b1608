"""Property-based tests: whatever bytes or text arrive, ingest and value parsing answer or refuse, never crash."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.ingest import IngestError, decode_bytes, load_file_with_problems
from factcheck.ingest.dates import parse_date
from factcheck.models import Value
from factcheck.values import agree, describe, find_values

FAST = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large])

QUOTES = st.sampled_from(list("\"'„“”‚‘’«»‹›「」"))
WORDS = st.sampled_from(["Putin", "sagte", "der", "Gipfel", "dauerte", "Stunden", "am", "Montag", "laut",
                         "Interfax", "zufolge", "rund", "knapp", "Mrd.", "Euro", "Prozent", "%", "1.5.2024", ".",
                         ",", ":", "\n", "\n\n", "said", "hours", "the", "summit", "million", "-", "–", "bis"])
NUMBERS = st.one_of(
    st.integers(min_value=-10**40, max_value=10**40).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.from_regex(r"\d{1,30}([.,]\d{1,30})*", fullmatch=True),
    st.from_regex(r"\d{1,9}\.\d{1,9}\.\d{1,12}", fullmatch=True),   # dates with huge years
    st.from_regex(r"(19|20|99|0)\d{2,12}-\d{1,3}-\d{1,3}", fullmatch=True),
)
SENTENCE = st.lists(st.one_of(WORDS, QUOTES, NUMBERS, st.text(max_size=6)), max_size=40).map(" ".join)
ENCODINGS = st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1252", "latin-1", "utf-32", "koi8-r", "gb18030"])


def _encoded(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="replace")


@st.composite
def mixed_bytes(draw) -> bytes:
    """Parts of text in different encodings glued together, sometimes with random bytes between them."""
    parts = draw(st.lists(st.tuples(SENTENCE, ENCODINGS), min_size=1, max_size=4))
    out = b""
    for text, encoding in parts:
        out += _encoded(text, encoding)
        if draw(st.booleans()):
            out += draw(st.binary(max_size=16))
    return out


def _answers_or_refuses(path: Path) -> None:
    try:
        articles, problems = load_file_with_problems(path)
    except IngestError as error:
        assert str(error).startswith(str(path)) and "\n" not in error.message
        return
    assert articles
    for article in articles:
        assert article.text.strip()
        assert 0 <= len(article.text)
    for problem in problems:
        assert isinstance(problem, IngestError)


@FAST
@given(data=st.binary(max_size=2048))
def test_decoding_random_bytes_gives_text_or_a_clear_refusal(data):
    try:
        text, encoding = decode_bytes(data, Path("x.txt"))
    except IngestError:
        return
    assert isinstance(text, str) and text.strip() and encoding
    assert "\r" not in text


@FAST
@given(data=st.one_of(st.binary(max_size=3000), mixed_bytes()),
       suffix=st.sampled_from([".txt", ".html", ".md", ".json", ".jsonl"]))
def test_any_file_content_is_read_or_refused(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("ingest") / f"article{suffix}"
    path.write_bytes(data)
    _answers_or_refuses(path)


@FAST
@given(text=st.text(max_size=1500), suffix=st.sampled_from([".txt", ".html", ".md"]))
def test_any_unicode_text_is_read_or_refused(tmp_path_factory, text, suffix):
    path = tmp_path_factory.mktemp("ingest") / f"article{suffix}"
    path.write_bytes(text.encode("utf-8", errors="replace"))  # lone surrogates become "?"
    _answers_or_refuses(path)


JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(min_value=-10**30, max_value=10**30), st.floats(allow_nan=False),
              st.text(max_size=40), SENTENCE),
    lambda children: st.one_of(st.lists(children, max_size=4),
                               st.dictionaries(st.sampled_from(["text", "title", "date", "url", "source", "body",
                                                                "articles", "x"]), children, max_size=5)),
    max_leaves=20,
)


@FAST
@given(records=st.lists(JSON_VALUES, min_size=1, max_size=5), broken=st.booleans())
def test_json_lines_with_any_records_are_read_line_by_line(tmp_path_factory, records, broken):
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    if broken:
        lines.insert(1, '{"text": "unterbrochen')
    path = tmp_path_factory.mktemp("ingest") / "feed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    _answers_or_refuses(path)


@FAST
@given(sentence=SENTENCE, language=st.sampled_from(["de", "en"]),
       published=st.one_of(st.none(), st.dates().map(str), st.sampled_from(["9999-12-31", "0001-01-01"])))
def test_values_in_any_sentence_are_found_without_crashing(sentence, language, published):
    found = find_values(sentence, language=language, published=published)
    for value in found:
        assert 0 <= value.start <= value.end <= len(sentence)
        assert sentence[value.start:value.end] == value.text
        assert isinstance(describe(value), str)
    for a in found:
        for b in found:
            assert agree(a, b) in (True, False, None)


@FAST
@given(number=NUMBERS, unit=st.sampled_from(["", " Euro", " Mrd. Euro", " Prozent", " Stunden", " Jahre",
                                             " hours", " million", "%", " Tage"]))
def test_huge_numbers_and_dates_are_values_or_nothing(number, unit):
    text = f"Der Wert lag laut Bericht bei {number}{unit} am {number}."
    for language in ("de", "en"):
        for value in find_values(text, language=language, published="2024-05-01"):
            assert isinstance(value, Value)
            json.dumps(dict(value.value), allow_nan=True)
            assert isinstance(describe(value), str)


@FAST
@given(text=st.one_of(NUMBERS, st.text(max_size=30)))
def test_parsing_any_date_text_gives_iso_or_none(text):
    found = parse_date(text)
    # a day, or a month or year alone when that is all the text says ("2019" -> "2019", as the docstring has it)
    assert found is None or re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", found), found


@pytest.mark.slow
@settings(max_examples=25, deadline=None)
@given(sentence=SENTENCE, language=st.sampled_from(["de", "en"]))
def test_extraction_of_any_text_with_unbalanced_quotes_does_not_crash(sentence, language):
    from factcheck.nlp.extract import extract_text

    text = f"„{sentence} »{sentence}« ‚{sentence}“ \"{sentence}"
    extraction = extract_text(text, language=language, published="2024-05-01")
    for item in (*extraction.quotes, *extraction.claims):
        assert 0 <= item.start <= item.end <= len(text)
