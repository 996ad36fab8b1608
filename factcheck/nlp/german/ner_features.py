"""Token features for the German CRF entity tagger: word shape, affixes, STTS tags, gazetteer and rule hints."""

from __future__ import annotations

import functools
import re
from typing import Any

from spacy.tokens import Doc, Span

from factcheck.nlp import places
from factcheck.nlp.german.cue_data import (
    ORG_HEADS,
    ORG_LEGAL_FORMS,
    ORG_PREFIXES,
    PERSON_CUE_ENDINGS,
    PERSON_CUES,
    PLACE_PREPOSITIONS,
)
from factcheck.nlp.german.faker_names import name_lists
from factcheck.nlp.german.first_names import FIRST_NAMES, SURNAMES
from factcheck.nlp.german.ner_cue_data import MISC_ENDINGS, ORG_ABBREV_NEIGHBOURS, ORG_ENDINGS, QUOTE_OPEN
from factcheck.nlp.german.tagger import hanta_tagger

_SHAPE_SUBS = ((re.compile(r"[A-ZÄÖÜ]"), "X"), (re.compile(r"[a-zäöüß]"), "x"), (re.compile(r"\d"), "d"))
_SQUEEZE = re.compile(r"(.)\1{2,}")


def word_shape(text: str) -> str:
    """Return a squeezed shape ("Wladiwostok" -> "Xxx", "UN-Sicherheitsrat" -> "XX-Xxx")."""
    shape = text
    for pattern, repl in _SHAPE_SUBS:
        shape = pattern.sub(repl, shape)
    return _SQUEEZE.sub(r"\1\1", shape)[:8]


def lexicon_class(lower: str) -> str:
    """Return how HanTa's lexicon knows a word: its most likely tag, or "unknown"."""
    analyses = hanta_tagger().cache.get(lower)
    if not analyses:
        return "unknown"
    best = max(analyses, key=lambda pair: pair[1])[0]
    return str(hanta_tagger().int2tag[best])


def _rule_tags(spans: list[Span], start: int, end: int) -> list[str]:
    """Return the rule layer's BIO tags for tokens start..end (what gazetteers and context rules proposed)."""
    tags = ["O"] * (end - start)
    for span in spans:
        if span.start < start or span.end > end:
            continue
        tags[span.start - start] = "B-" + span.label_
        for k in range(span.start + 1, span.end):
            tags[k - start] = "I-" + span.label_
    return tags


def _word_features(text: str, tag: str, sent_start: bool) -> dict[str, float | str]:
    """Return the features of a word form with its tag and sentence position."""
    lower = text.lower()
    feats: dict[str, float | str] = {
        "w": lower,
        "suf3": lower[-3:],
        "suf4": lower[-4:],
        "pre3": lower[:3],
        "shape": word_shape(text),
        "tag": tag,
        "title": float(text[:1].isupper()),
        "upper": float(text.isupper() and len(text) > 1),
        "hyphen": float("-" in text),
        "digit": float(any(c.isdigit() for c in text)),
        "len": str(min(len(text), 12) // 3),
        "suf2": lower[-2:],
        "pre4": lower[:4],
        "lex": lexicon_class(lower),
        "suf5": lower[-5:],
    }
    feats["lex_shape"] = f"{feats['lex']}|{feats['shape']}|{int(sent_start)}"
    if text[:1].isupper() and not sent_start:
        feats["cap_mid"] = 1.0
    if text in FIRST_NAMES:
        feats["first_name"] = 1.0
    if text in SURNAMES:
        feats["surname"] = 1.0
    many_first, many_last = name_lists()
    if text in many_first or ("-" in text and all(part in many_first for part in text.split("-"))):
        feats["any_first"] = 1.0
    if text in many_last:
        feats["any_last"] = 1.0
    if text in PERSON_CUES or lower.endswith(PERSON_CUE_ENDINGS):
        feats["person_cue"] = 1.0
    if lower in PLACE_PREPOSITIONS:
        feats["loc_prep"] = 1.0
    if text in ORG_LEGAL_FORMS or text in ORG_HEADS or text in ORG_PREFIXES:
        feats["org_word"] = 1.0
    if text in ORG_PREFIXES:
        feats["org_prefix"] = 1.0
    if text[:1].isupper() and lower.endswith(ORG_ENDINGS):
        feats["org_end"] = 1.0
    if text[:1].isupper() and lower.endswith(MISC_ENDINGS):
        feats["misc_end"] = 1.0
    if text in ORG_ABBREV_NEIGHBOURS:
        feats["org_abbr"] = 1.0
    if text[:1].isupper() and len(text) > 2:
        place = places.lookup(text)
        if place is not None:
            feats["place"] = 1.0
            feats["place_kind"] = place.feature
    if "-" in text:
        head = text.rsplit("-", 1)[-1]
        feats["hyph_head"] = head.lower()[-6:]
        feats["hyph_first_place"] = float(places.is_place_name(text.split("-", 1)[0]))
        feats["hyph_first"] = text.split("-", 1)[0].lower()[:8]
    return feats


NEIGHBOUR_FLAGS = ("person_cue", "loc_prep", "org_word", "first_name", "place", "org_end", "misc_end", "org_abbr",
                   "any_first", "any_last")


@functools.lru_cache(maxsize=200_000)
def _word_attributes(text: str, tag: str, sent_start: bool) -> tuple[tuple[str, ...], dict[Any, Any]]:
    """Return a word's own crfsuite attributes and the values its neighbours look at (memoised per form)."""
    feats = _word_features(text, tag, sent_start)
    own = tuple(f"{k}={v}" if isinstance(v, str) else k for k, v in feats.items() if isinstance(v, str) or v)
    info: dict[Any, Any] = {
        "w": str(feats["w"]), "tag": tag, "title": feats["title"] == 1.0, "lex": str(feats["lex"]),
        "suf3": str(feats["suf3"]), "shape": str(feats["shape"]),
    }
    flags = [key for key in NEIGHBOUR_FLAGS if feats.get(key)]
    for offset in (-2, -1, 1, 2):
        ctx = [f"{offset}:w={info['w']}", f"{offset}:tag={tag}", f"{offset}:lex={info['lex']}"]
        if info["title"]:
            ctx.append(f"{offset}:title")
        if abs(offset) == 1:
            ctx += [f"{offset}:suf3={info['suf3']}", f"{offset}:shape={info['shape']}"]
            ctx += [f"{offset}:{key}" for key in flags]
        info[offset] = tuple(ctx)
    return own, info


def _inside_quotes(texts: list[str]) -> list[bool]:
    """Mark the tokens that stand between an opening and a closing quotation mark."""
    marks = [i for i, text in enumerate(texts) if text in QUOTE_OPEN]
    inside = [False] * len(texts)
    for a, b in zip(marks[::2], marks[1::2]):
        for k in range(a + 1, b):
            inside[k] = True
    return inside


def sentence_attributes(doc: Doc, rule_spans: list[Span], start: int = 0, end: int | None = None) -> list[list[str]]:
    """Return crfsuite attributes for the tokens doc[start:end] (one sentence), with neighbour context."""
    end = len(doc) if end is None else end
    rules = _rule_tags(rule_spans, start, end)
    tokens = [(t.text, t.tag_, bool(t.is_sent_start)) for t in doc[start:end]]
    words = [_word_attributes(*token) for token in tokens]
    n = end - start
    quoted = _inside_quotes([token[0] for token in tokens])
    out: list[list[str]] = []
    for i in range(n):
        own, info = words[i]
        item = [*own, f"rule={rules[i]}", "bias"]
        if quoted[i]:
            item.append("quoted")
        if tokens[i][2]:
            item.append("sent_start")
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if not 0 <= j < n:
                item.append(f"{offset}:pad")
                continue
            item += words[j][1][offset]
            if abs(offset) == 1:
                item.append(f"{offset}:rule={rules[j]}")
        if i > 0:
            prev = words[i - 1][1]
            item += [f"bigram={prev['w']}|{info['w']}", f"shape2={prev['shape']}|{info['shape']}"]
            item.append(f"tag2={prev['tag']}|{info['tag']}")
        if i + 1 < n:
            nxt = words[i + 1][1]
            item += [f"tag2+={info['tag']}|{nxt['tag']}", f"wnext={info['w']}|{nxt['w']}"]
        out.append(item)
    return out
