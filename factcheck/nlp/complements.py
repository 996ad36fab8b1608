"""German reported content in a complement clause of a word of speech, thought or writing ("wir wissen, daß …",
"die Hoffnung, daß …", "bat ihn, dem Kaiser … zu melden", "mit der Begründung, es könnte …")."""

from __future__ import annotations

from factcheck.nlp.indirect import is_subjunctive, main_clause_follows, trim
from factcheck.nlp.quote_marks import QUOTE_MARKS
from factcheck.nlp.quotes import QuoteContext, RawQuote

_FINITE = frozenset({"VVFIN", "VAFIN", "VMFIN"})
_STOPS = frozenset({".", ";", ":", "?", "!"})
_DASHES = frozenset({"—", "–", "--"})
_VERB_WINDOW = 10
_NOUN_WINDOW = 6


def spelling_key(word: str) -> str:
    """A lookup key that reads 19th-century spelling as today's ("Vermuthung", "daß", "Erkenntniß", "ertheilt")."""
    low = word.lower().replace("ß", "ss")
    return low.replace("th", "t") if "th" in low else low


def _keys(words: frozenset[str]) -> frozenset[str]:
    return frozenset(spelling_key(w) for w in words)


class _Keys:
    """The cue lists of cues_de keyed by spelling_key, built once per cue module."""

    def __init__(self, cues) -> None:
        self.verbs = _keys(cues.COMPLEMENT_VERBS)
        self.zu_verbs = _keys(cues.COMPLEMENT_ZU_VERBS)
        self.nouns = _keys(cues.COMPLEMENT_NOUNS)
        self.zu_nouns = _keys(cues.COMPLEMENT_ZU_NOUNS)
        self.adjectives = _keys(cues.COMPLEMENT_ADJECTIVES)
        self.wh = cues.WH_COMPLEMENTIZERS


_KEYS: dict[int, _Keys] = {}


def _keys_for(cues) -> _Keys:
    keys = _KEYS.get(id(cues))
    if keys is None:
        keys = _KEYS[id(cues)] = _Keys(cues)
    return keys


def _cue_kind(ctx: QuoteContext, keys: _Keys, c: int, hi: int) -> tuple[str, bool] | None:
    """Say whether token c is a complement-taking word ("verb", "noun", "adj") and whether it takes a zu-clause."""
    tok = ctx.doc[c]
    if tok.pos_ == "NOUN":
        key = spelling_key(tok.lemma_ or tok.text)
        if key in keys.nouns or spelling_key(tok.text) in keys.nouns:
            return "noun", key in keys.zu_nouns
        return None
    if tok.pos_ == "ADJ" and spelling_key(tok.text) in keys.adjectives:
        return "adj", False
    if tok.pos_ not in ("VERB", "AUX") or tok.tag_.startswith("VA"):
        return None
    lemma = spelling_key(tok.lemma_ or tok.text)
    if tok.tag_ in _FINITE:  # a separable particle later in the clause: "nahm … an", "weist darauf hin"
        for k in range(c + 1, min(hi, c + _VERB_WINDOW + 2)):
            t = ctx.doc[k]
            if t.text == "," or t.text in _STOPS:
                break
            if t.tag_ == "PTKVZ":
                lemma = spelling_key(t.text) + lemma
                break
    if lemma in keys.verbs:
        return "verb", lemma in keys.zu_verbs
    return None


def _comma_after(ctx: QuoteContext, c: int, hi: int, window: int, kind: str) -> int | None:
    """The comma that opens the cue's complement: within a few tokens, past its object or subject, before any
    other verb, clause break or subordinate clause."""
    doc = ctx.doc
    for k in range(c + 1, min(hi, c + window + 1)):
        t = doc[k]
        if t.text == ",":
            return k if k not in ctx.quote_tokens else None
        if t.text in _STOPS or t.text in _DASHES or t.tag_ in ("KOUS", "PRELS", "KON"):
            return None
        if t.text in QUOTE_MARKS and k not in ctx.quote_tokens:
            return None
        if kind == "noun" and t.pos_ in ("VERB", "AUX") or t.tag_ in _FINITE:
            return None
    return None


def _complement_end(ctx: QuoteContext, start: int, hi: int) -> int:
    """Where the complement ends: a semicolon, colon or dash, a new cue ("…, sagte er"), or the narrator's main
    clause after a comma ("…, und bemerkt dazu", "…, dürfte hier …"); else the sentence end."""
    doc = ctx.doc
    for j in range(start, hi):
        if j in ctx.quote_tokens:
            continue
        t = doc[j]
        if t.text in (";", ":") or t.text in _DASHES:
            return j
        if t.text == "," and j + 1 < hi and (ctx.cue_at(j + 1, hi) or main_clause_follows(ctx, j + 1, hi)
                                             or doc[j + 1].lower_ in ctx.cues.COMMENT_OPENERS):
            return j
        if t.lower_ in ("und", "aber") and j + 1 < hi and doc[j - 1].tag_ in _FINITE \
                and main_clause_follows(ctx, j + 1, hi):
            return j  # "daß X eine Erfindung sei und erzählen …": the cue's subject goes on
    return hi


def _is_zu_infinitive(ctx: QuoteContext, k: int, hi: int) -> bool:
    """Tell whether token k is a zu-infinitive ("zu gehen", "mitzuteilen", old "mitzutheilen")."""
    t = ctx.doc[k]
    if t.tag_ == "VVIZU":
        return True
    if t.tag_ == "PTKZU":
        return k + 1 < hi and ctx.doc[k + 1].tag_.endswith("INF")
    if not t.tag_.endswith("INF"):
        return False
    low = t.lower_
    return any(low.startswith(p + "zu") and len(low) > len(p) + 4 for p in ctx.cues.SEPARABLE_PREFIXES)


def _has_zu_infinitive(ctx: QuoteContext, lo: int, hi: int) -> bool:
    return any(_is_zu_infinitive(ctx, k, hi) for k in range(lo, hi))


def _opens_complement(ctx: QuoteContext, keys: _Keys, s: int, end: int, bare: bool, zu: bool) -> bool:
    """Tell whether the clause [s, end) is a complement: "daß"/"ob"/a question word, "als ob", a zu-infinitive
    (for words of asking, promising or claiming), or a main clause whose verb is in the Konjunktiv; "wie", "was"
    and "wo" only when no noun stands between the cue and the comma (`bare`)."""
    doc = ctx.doc
    low = doc[s].lower_
    if spelling_key(low) in ("dass",) or low in keys.wh:
        return True
    if low in ("wie", "was", "wo") and bare:
        return True
    if low == "als" and s + 1 < end and doc[s + 1].lower_ in ("ob", "wenn"):
        return True
    if zu and _has_zu_infinitive(ctx, s, end):
        return doc[s].tag_ not in ("KOUS", "PRELS", "PRELAT", "PWAV", "PWS", "KON")
    if doc[s].tag_ in ("KOUS", "PRELS", "PRELAT", "PWAV", "PWS", "KON") or low in ctx.cues.SUBORDINATORS:
        return False
    finite = next((k for k in range(s, min(end, s + 6)) if doc[k].tag_ in _FINITE), None)
    return finite is not None and (is_subjunctive(doc[finite], ctx) or doc[finite].lower_ in ctx.cues.KONJUNKTIV2_FORMS)


def complement_candidates(ctx: QuoteContext, lo: int, hi: int, cues_used: list[tuple[int, int]]) -> list[RawQuote]:
    """Reported content in the complement clauses of one German sentence [lo, hi), skipping the cue tokens that
    already reported a clause (`cues_used`). A nested complement ("sagte, er glaube, daß …") is its own item, as
    reported speech inside reported speech is."""
    doc = ctx.doc
    out: list[RawQuote] = []
    if ctx.language != "de" or not any(t.text == "," for t in doc[lo:hi]):
        return out
    keys = _keys_for(ctx.cues)
    for c in range(lo, hi):
        if c in ctx.quote_tokens or any(a <= c < b for a, b in cues_used):
            continue
        found = _cue_kind(ctx, keys, c, hi)
        if not found:
            continue
        kind, zu = found
        start = ctx.clause_start(c, lo)
        if kind == "verb" and doc[start].lower_ in ctx.cues.SUBORDINATORS - {"da", "weil"}:
            continue  # "wie er behauptet, …": the narrator's clause follows, not the content
        comma = _comma_after(ctx, c, hi, _NOUN_WINDOW if kind == "noun" else _VERB_WINDOW, kind)
        if comma is None or comma + 3 >= hi:
            continue
        s = comma + 1
        end = _complement_end(ctx, s + 1, hi)
        bare = not any(t.pos_ in ("NOUN", "PROPN") for t in doc[c + 1:comma])  # "wies darauf hin, wie …"
        if not _opens_complement(ctx, keys, s, end, bare, zu):
            continue
        c_lo, c_hi = trim(ctx, s, end)
        if c_hi - c_lo < 3:
            continue
        a, b = ctx.char_span(c_lo, c_hi)
        mention = ctx.speaker_for_cue(c, lo, hi) if kind == "verb" else None
        out.append(RawQuote(a, b, "indirect", (c, c + 1), mention, complement=not ctx.cue_at(c, hi)))
    return out
