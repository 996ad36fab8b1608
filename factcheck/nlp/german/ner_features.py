"""Token features for the German CRF entity tagger: word shape, affixes, STTS tags, gazetteer and rule hints."""

from __future__ import annotations

import functools
import re

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
from factcheck.nlp.german.first_names import FIRST_NAMES, SURNAMES
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


def _rule_tags(doc: Doc, spans: list[Span]) -> list[str]:
    """Return the rule layer's BIO tags per token (what gazetteers and context rules proposed)."""
    tags = ["O"] * len(doc)
    for span in spans:
        tags[span.start] = "B-" + span.label_
        for k in range(span.start + 1, span.end):
            tags[k] = "I-" + span.label_
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
    }
    if text[:1].isupper() and not sent_start:
        feats["cap_mid"] = 1.0
    if text in FIRST_NAMES:
        feats["first_name"] = 1.0
    if text in SURNAMES:
        feats["surname"] = 1.0
    if text in PERSON_CUES or lower.endswith(PERSON_CUE_ENDINGS):
        feats["person_cue"] = 1.0
    if lower in PLACE_PREPOSITIONS:
        feats["loc_prep"] = 1.0
    if text in ORG_LEGAL_FORMS or text in ORG_HEADS or text in ORG_PREFIXES:
        feats["org_word"] = 1.0
    if text in ORG_PREFIXES:
        feats["org_prefix"] = 1.0
    if text[:1].isupper() and len(text) > 2:
        place = places.lookup(text)
        if place is not None:
            feats["place"] = 1.0
            feats["place_kind"] = place.feature
    if "-" in text:
        head = text.rsplit("-", 1)[-1]
        feats["hyph_head"] = head.lower()[-6:]
        feats["hyph_first_place"] = float(places.is_place_name(text.split("-", 1)[0]))
    return feats


NEIGHBOUR_FLAGS = ("person_cue", "loc_prep", "org_word", "first_name", "place")


@functools.lru_cache(maxsize=200_000)
def _word_attributes(text: str, tag: str, sent_start: bool) -> tuple[tuple[str, ...], dict[str, str | bool]]:
    """Return a word's own crfsuite attributes and the values its neighbours look at (memoised per form)."""
    feats = _word_features(text, tag, sent_start)
    own = tuple(f"{k}={v}" if isinstance(v, str) else k for k, v in feats.items() if isinstance(v, str) or v)
    info: dict[str, str | bool] = {
        "w": str(feats["w"]), "tag": tag, "title": feats["title"] == 1.0, "lex": str(feats["lex"]),
        "suf3": str(feats["suf3"]), "shape": str(feats["shape"]),
    }
    for key in NEIGHBOUR_FLAGS:
        info[key] = bool(feats.get(key))
    return own, info


def sentence_attributes(doc: Doc, rule_spans: list[Span], start: int = 0, end: int | None = None) -> list[list[str]]:
    """Return crfsuite attributes for the tokens doc[start:end] (one sentence), with neighbour context."""
    end = len(doc) if end is None else end
    rules = _rule_tags(doc, rule_spans)[start:end]
    words = [_word_attributes(t.text, t.tag_, bool(t.is_sent_start)) for t in doc[start:end]]
    n = end - start
    out: list[list[str]] = []
    for i in range(n):
        own, info = words[i]
        item = [*own, f"rule={rules[i]}", "bias"]
        if doc[start + i].is_sent_start:
            item.append("sent_start")
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if not 0 <= j < n:
                item.append(f"{offset}:pad")
                continue
            other = words[j][1]
            item += [f"{offset}:w={other['w']}", f"{offset}:tag={other['tag']}", f"{offset}:lex={other['lex']}"]
            if other["title"]:
                item.append(f"{offset}:title")
            if abs(offset) == 1:
                item += [f"{offset}:rule={rules[j]}", f"{offset}:suf3={other['suf3']}"]
                item += [f"{offset}:{key}" for key in NEIGHBOUR_FLAGS if other[key]]
        if i > 0:
            prev = words[i - 1][1]
            item += [f"bigram={prev['w']}|{info['w']}", f"shape2={prev['shape']}|{info['shape']}"]
        out.append(item)
    return out
