"""Reported speech (clauses around a cue, attributions, Konjunktiv I continuations) and speaker resolution."""

from __future__ import annotations

import bisect
import re
from typing import Iterator

from spacy.tokens import Token

from factcheck.models import Quote
from factcheck.nlp.mentions import is_age_noun, is_person_like, is_punct, noun_phrase_after, noun_phrase_before
from factcheck.nlp.quote_marks import QUOTE_MARKS
from factcheck.nlp.quotes import QuoteContext, RawQuote
from factcheck.nlp.speakers import collective_head, nominative

STRONG_CUES: frozenset[str] = frozenset({"sagen", "erklären", "betonen", "berichten", "mitteilen", "say", "tell"})
"""Cue lemmas whose following clause is reported speech even in the indicative."""

_WORD = re.compile(r"\w+")
_NP_POS = frozenset({"DET", "ADJ", "NUM", "PROPN", "NOUN"})
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
Span = tuple[int, int]


def is_subjunctive(token: Token, ctx: QuoteContext) -> bool:
    """Tell whether a finite verb is a Konjunktiv I form (from the tagger, else from the word list)."""
    low = token.lower_
    distinct = low.endswith(("e", "est")) or low in ("seien", "seiet")
    if Token.has_extension("konjunktiv1") and token._.konjunktiv1 and distinct:
        return True
    if "Sub" in token.morph.get("Mood") and distinct:
        return True
    if ctx.cls.tagged and ctx.cues.KONJUNKTIV1_FORMS:
        return token.lower_ in ("sei", "seien") and token.i > 0
    return token.lower_ in ctx.cues.KONJUNKTIV1_FORMS and (token.i == 0 or ctx.doc[token.i - 1].lower_ != "ich")


def _is_reported_clause(ctx: QuoteContext, lo: int, hi: int, lemma: str) -> bool:
    """Tell whether tokens [lo, hi) read as reported speech (subjunctive, "dass"/"that" or a strong cue)."""
    doc = ctx.doc
    if hi - lo < 3:
        return False
    if doc[lo].lower_ in ctx.cues.COMPLEMENTIZERS or (lo > 0 and doc[lo - 1].lower_ in ("that", "dass", "daß")):
        return True
    if ctx.language == "en":
        return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc[lo:hi])
    for t in doc[lo:min(hi, lo + 25)]:
        if is_subjunctive(t, ctx) or t.lower_ in ctx.cues.KONJUNKTIV2_FORMS:
            return True
    return lemma in STRONG_CUES


def main_clause_follows(ctx: QuoteContext, j: int, hi: int) -> bool:
    """Tell whether a new main clause of the narrator starts at token j ("…, und fügte hinzu", "…, so wurde er")."""
    doc = ctx.doc
    if j >= hi:
        return False
    if doc[j].lower_ in ("und", "aber", "doch", "sondern", "so", "and", "but") and j + 1 < hi:
        j += 1
        if doc[j].tag_ in ("PPER", "PIS") and j + 1 < hi and doc[j].lower_ not in ("es",):
            j += 1  # "…, und man bat ihn", "…, aber er fügte hinzu": a new subject and its verb
    return doc[j].tag_ in ("VVFIN", "VAFIN", "VMFIN") and not is_subjunctive(doc[j], ctx) \
        and doc[j].lower_ not in ctx.cues.KONJUNKTIV2_FORMS


def trim(ctx: QuoteContext, lo: int, hi: int) -> tuple[int, int]:
    """Drop punctuation at both ends of a token range (quotation marks are kept if balanced inside)."""
    doc = ctx.doc
    while hi > lo and is_punct(doc[hi - 1]) and doc[hi - 1].text not in QUOTE_MARKS:
        hi -= 1
    while lo < hi and is_punct(doc[lo]) and doc[lo].text not in QUOTE_MARKS:
        lo += 1
    return lo, hi


def _english_clause_start(ctx: QuoteContext, k: int, hi: int, lemma: str) -> int | None:
    """Skip an object ("told reporters") and adverbials ("on Monday", "in a statement") to the reported clause."""
    doc = ctx.doc
    that = next((j for j in range(k, min(hi, k + 10)) if doc[j].lower_ == "that"), None)
    if that is not None and not any(doc[j].text in QUOTE_MARKS or doc[j].text in ".;" for j in range(k, that)):
        return that + 1
    start = k
    if lemma == "tell" or doc[k - 1].lower_ in ("asked",):
        obj = noun_phrase_after(doc, k, ctx.cls, hi)
        start = obj[1] if obj else k
    for _ in range(3):
        if start < hi and doc[start].pos_ == "ADP" and doc[start].lower_ not in ("that",):
            j = start + 1
            while j < hi and j - start < 8 and (doc[j].pos_ in _NP_POS or doc[j].tag_ in ("PRP$", "POS")):
                j += 1
            if j == start + 1:
                return None
            start = j
            if start < hi and doc[start].text == ",":
                start += 1
        elif start < hi and doc[start].lower_ in _WEEKDAYS:
            start += 1
        else:
            break
    if start >= hi or is_punct(doc[start]):
        return None
    return start


def _narrator_as_clause(ctx: QuoteContext, j: int, hi: int) -> bool:
    """Tell whether an English "as"-clause of the narrator starts at token j and runs to the sentence end ("said it
    had received 50 calls as storm Xavier made its progress", "said the situation continues, as it called on
    volunteers"): "as", a subject noun phrase and a past-tense verb, with no quotation mark after it."""
    doc = ctx.doc
    k = j + 1 if doc[j].text == "," else j
    if k >= hi or doc[k].lower_ != "as" or doc[k].tag_ != "IN":
        return False
    subject = (k + 1, k + 2) if k + 1 < hi and doc[k + 1].tag_ == "PRP" else noun_phrase_after(doc, k + 1, ctx.cls, hi)
    if not subject or subject[1] >= hi or doc[subject[1]].tag_ != "VBD":
        return False
    return not any(t.text in QUOTE_MARKS for t in doc[k:hi])


_BACKSHIFTED = frozenset({"would", "could", "might", "had"})
_UNSHIFTED = frozenset({"will", "is", "are", "has", "have", "can"})


def _writer_relative_clause(ctx: QuoteContext, start: int, j: int, hi: int) -> bool:
    """Tell whether ", which …" at token j is the writer's addition to a backshifted report: the reported words
    say "would"/"had" (tense moved back after a past cue) and the relative clause says "will"/"is", in the
    writer's own present ("said Dembele would arrive on Sunday …, which will contain a release clause")."""
    doc = ctx.doc
    if j + 2 >= hi or doc[j + 1].lower_ not in ("which", "who"):
        return False
    if not any(t.lower_ in _BACKSHIFTED for t in doc[start:j]):
        return False
    verb = next((t for t in doc[j + 2:min(hi, j + 6)] if t.tag_ in ("MD", "VBZ", "VBP", "VBD")), None)
    return verb is not None and verb.lower_ in _UNSHIFTED


def _content_after(ctx: QuoteContext, c: int, mention: Span | None, hi: int, lemma: str) -> Span | None:
    """Return the reported clause after a cue ("sagte, er sei froh"; "said that ..."), or None."""
    doc, english = ctx.doc, ctx.language == "en"
    k = c + 1
    if mention and mention[0] > c:
        k = mention[1]
    start = None
    for j in range(k, min(hi, k + (1 if english else 8))):
        t = doc[j]
        if t.text == ",":
            start = j + 1
            break
        if t.text in QUOTE_MARKS or t.text in (".", ";", ":", "?", "!") or ctx.cue_at(j, hi):
            return None
        if english and t.lower_ in ("that", "whether"):
            start = j + 1
            break
    if start is None and english:
        start = _english_clause_start(ctx, k, hi, lemma)
        if start is None:
            return None
    if start is None or start >= hi or doc[start].text in QUOTE_MARKS:
        return None
    if doc[start].lower_ in ctx.cues.SUBORDINATORS or doc[start].tag_ in ("PRELS", "PWAV", "WDT", "WP"):
        return None
    if doc[start].tag_ in ("VVFIN", "VAFIN", "VMFIN") and not is_subjunctive(doc[start], ctx) \
            and doc[ctx.clause_start(c, ctx.sent_of(c)[0])].lower_ in ctx.cues.FREE_RELATIVES:
        return None  # "Was BILD.de berichtete, ist jetzt offiziell": what was reported is the subject, not a report
    end = hi
    for j in range(start + 1, hi - 1):
        if doc[j].text == ";" and j not in ctx.quote_tokens:
            end = j
            break
        if doc[j].text == ":" or doc[j].text in QUOTE_MARKS and j in ctx.quote_tokens and doc[j - 1].text == ":":
            end = j
            break
        if doc[j].text == "," and (ctx.cue_at(j + 1, hi) or doc[j + 1].lower_ in ctx.cues.COORDINATORS
                                     and j + 2 < hi and ctx.cue_at(j + 2, hi)  # ", and warning that …"
                                     or doc[j + 1].lower_ in ctx.cues.SUBORDINATORS and
                                     any(ctx.cue_at(m, hi) or doc[m].lower_ in ctx.cues.COUNT_FORMS
                                         for m in range(j + 2, min(hi, j + 12)))):  # "…, while organisers put …"
            end = j
            break
        if doc[j].text == "," and english:  # "…, KCNA reported." closes the reported clause
            np_ = noun_phrase_after(doc, j + 1, ctx.cls, hi)
            if np_ and np_[1] < hi and ctx.cue_at(np_[1], hi) and all(is_punct(t) for t in doc[np_[1] + 1:hi]):
                end = j
                break
        if doc[j].text in (",", ";") and j not in ctx.quote_tokens and main_clause_follows(ctx, j + 1, hi):
            end = j
            break
        if english and doc[j].lower_ in ctx.cues.COORDINATORS and doc[j - 1].text != "," and ctx.cue_at(j + 1, hi) \
                and j not in ctx.quote_tokens:  # "declared a state of emergency and said …": a second cue
            end = j
            break
        if english and j > start + 3 and _narrator_as_clause(ctx, j, hi):
            end = j
            break
        if english and doc[j].text == "," and _writer_relative_clause(ctx, start, j, hi):
            end = j
            break
    lo2, hi2 = trim(ctx, start, end)
    if _as_frame(ctx, c) and hi2 - lo2 >= 3:
        return lo2, hi2  # "Wie das „Petit Journal“ meldet, soll …": the frame credits the main clause after it
    if not _is_reported_clause(ctx, lo2, hi2, lemma):
        return None
    return lo2, hi2


def _as_frame(ctx: QuoteContext, c: int) -> bool:
    """Tell whether the cue at token c sits in an "as X said" frame opening its sentence ("Wie X meldet, …", "As
    the agency reported, …")."""
    lo = ctx.sent_of(c)[0]
    while lo < c and (is_punct(ctx.doc[lo]) or ctx.doc[lo].is_space):
        lo += 1
    return ctx.doc[lo].lower_ in ctx.cues.AS_FRAMES and not any(t.text in (",", ";", ":") for t in ctx.doc[lo:c])


def _instruction_received(ctx: QuoteContext, c: int, lo: int, hi: int) -> bool:
    """A cue in the passive before an infinitive ("residents have been told to leave"): an instruction the subject
    received, no words of its own and no cue of the sentence."""
    doc = ctx.doc
    return lo < c and c + 1 < hi and doc[c - 1].lower_ in ctx.cues.PASSIVE_AUXILIARIES \
        and doc[c + 1].lower_ in ctx.cues.INFINITIVE_MARKERS


def _content_before(ctx: QuoteContext, c: int, mention: Span | None, lo: int, lemma: str) -> Span | None:
    """Return the reported clause before a cue ("Er werde warten, erklärte Kim"; "..., Smith said"), or None."""
    doc = ctx.doc
    start = ctx.clause_start(c, lo)
    if mention and mention[1] <= c and mention[0] < start:
        return None
    if ctx.language == "de" and doc[start].lower_ != "wie" and (c != start or mention is None or mention[0] < c):
        return None  # after its content a German cue opens its clause, the speaker after it ("…, erklärte Kim")
    comma = start - 1
    if comma <= lo or doc[comma].text != ",":
        return None
    lo2, hi2 = trim(ctx, lo, comma)
    if hi2 - lo2 < 3 or doc[lo2].text in QUOTE_MARKS:
        return None
    if any(ctx.cue_at(j, comma) and not _instruction_received(ctx, j, lo2, comma) for j in range(lo2, hi2)):
        return None
    if ctx.language == "de" and doc[start].lower_ == "wie":
        hi = ctx.sent_of(c)[1]
        after = next((j for j in range(c + 1, hi) if doc[j].text == "," and j not in ctx.quote_tokens), None)
        if after is not None and hi - after > 3:  # "Als Endresultat wird man, wie es heißt, ein Deficit eingestehen"
            return trim(ctx, lo2, hi)
    return lo2, hi2


def quoted_name_before(ctx: QuoteContext, j: int, lo: int) -> Span | None:
    """Return the tokens of a short quoted name right before token j ('Informationen der „Sportbild“ zufolge')."""
    doc = ctx.doc
    if j - 1 <= lo or doc[j - 1].text not in QUOTE_MARKS:
        return None
    for k in range(j - 2, max(lo, j - 8) - 1, -1):
        if doc[k].text in QUOTE_MARKS:
            inner = (k + 1, j - 1)
            if inner[1] > inner[0] and all(t.text[:1].isupper() or t.text in "-." for t in doc[inner[0]:inner[1]]):
                return inner
            return None
    return None


def quoted_name_after(ctx: QuoteContext, k: int, hi: int) -> Span | None:
    """Return the tokens of a short quoted name opening at the quotation mark at token k ('nach Informationen des
    „Kicker“'), without the marks."""
    doc = ctx.doc
    if k >= hi or doc[k].text not in QUOTE_MARKS:
        return None
    for m in range(k + 1, min(hi, k + 8)):
        if doc[m].text in QUOTE_MARKS:
            inner = (k + 1, m)
            if inner[1] > inner[0] and all(t.text[:1].isupper() or t.text in "-." for t in doc[inner[0]:inner[1]]):
                return inner
            return None
    return None


def _reported_person(ctx: QuoteContext, mention: Span | None, content: Span) -> Span | None:
    """When an agency reports a person's words ("Kim habe die Gespräche gelobt, berichtete KCNA"), return the
    person's mention: the subject opening the content, if it is a person's name and the content holds a speech
    verb. The agency only relays; the speaker is the person."""
    doc = ctx.doc
    if mention is None:
        return None
    if not any(t.text in ctx.cues.ORG_SPEAKERS or t.ent_type_ == "ORG" for t in doc[mention[0]:mention[1]]):
        return None
    lo, hi = content
    subject = noun_phrase_after(doc, lo, ctx.cls, hi)
    if not subject or not any(t.ent_type_ in ("PER", "PERSON") for t in doc[subject[0]:subject[1]]):
        return None
    speech = any(t.lower_ in ctx.forms or t.lemma_.lower() in ctx.cues.SPEECH_VERBS for t in doc[subject[1]:hi])
    return subject if speech else None


def _frame_clause(ctx: QuoteContext, j: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause an attribution frame at token j speaks for: a subordinate clause after a comma holding it ("…
    einen Vertrag, in dem laut Angaben der Blaugrana eine Klausel verankert ist"), else the whole sentence."""
    doc = ctx.doc
    c_lo = ctx.clause_start(j, lo)
    if c_lo <= lo or doc[c_lo - 1].text != "," or c_lo in ctx.quote_tokens:
        return lo, hi
    opener = doc[c_lo + 1] if doc[c_lo].pos_ == "ADP" and c_lo + 1 < j else doc[c_lo]
    if not (opener.lower_ in ctx.cues.SUBORDINATORS or opener.tag_ in ("PRELS", "PWAV", "KOUS", "WDT", "WP")):
        return lo, hi
    c_hi = next((k for k in range(j + 1, hi) if doc[k].text in (",", ";", ":") and k not in ctx.quote_tokens), hi)
    return c_lo, c_hi


def _frame_source(ctx: QuoteContext, toks: list[Token]) -> str:
    """The source a figure's frame names, as written, in the nominative after a German genitive article ("nach
    Angaben des Flughafens" -> "Flughafen")."""
    if len(toks) > 2 and toks[0].lower_ in ctx.cues.SOURCE_PAREN_NOUNS and toks[1].lower_ in ("des", "der", "of"):
        toks = toks[2:]  # "Laut Angaben der Feuerwehr": the fire brigade
    written = ctx.text[toks[0].idx:toks[-1].idx + len(toks[-1].text)]
    before = ctx.doc[toks[0].i - 1].lower_ if toks[0].i > 0 else ""
    return nominative(written, before) if ctx.cls.german and before in ("des", "der") else written


def _full_names(quotes: list[Quote]) -> list[Quote]:
    """A speaker given by surname alone ("DeWine told reporters") under the full name another quote of the
    article gives ("Ohio Gov. Mike DeWine said"), when one full name ends in it."""
    full: dict[str, set[str]] = {}
    for q in quotes:
        words = (q.speaker or "").split()
        if len(words) >= 2 and words[-1][:1].isupper():
            full.setdefault(words[-1].lower(), set()).add(q.speaker or "")
    out = []
    for q in quotes:
        names = full.get((q.speaker or "").lower(), set()) if q.speaker and " " not in q.speaker else set()
        out.append(Quote(**{**q.__dict__, "speaker": next(iter(names))}) if len(names) == 1 else q)
    return out


def _source_compound(ctx: QuoteContext, token: Token) -> str | None:
    """The source a compound of a source noun names ("Polizeiangaben" -> "Polizei", "Veranstalterangaben" ->
    "Veranstalter"), or None."""
    low = token.lower_
    for noun in ctx.cues.SOURCE_ADJECTIVE_PHRASE_NOUNS:
        if low.endswith(noun) and len(low) - len(noun) >= 3 and token.text[:1].isupper():
            return token.text[:len(low) - len(noun)].rstrip("-")
    return None


def _after_aside(ctx: QuoteContext, c_lo: int, j: int) -> int:
    """Where a bracketed aside of the writer with a verb of its own stands before an attribution frame in its
    clause ("Ein Großteil der 105 Millionen Euro (die Dembélé … zum zweitteuersten Spieler … machen) soll dem Blatt
    zufolge direkt überwiesen werden"), the report the frame credits starts after the bracket; else at c_lo."""
    doc = ctx.doc
    close = next((k for k in range(j - 1, c_lo, -1) if doc[k].text == ")"), None)
    if close is None or close + 3 > j:
        return c_lo
    open_ = next((k for k in range(close - 1, c_lo - 1, -1) if doc[k].text == "("), None)
    if open_ is None or not any(t.pos_ in ("VERB", "AUX") for t in doc[open_ + 1:close]):
        return c_lo
    return close + 1


def _attribution(ctx: QuoteContext, lo: int, hi: int) -> RawQuote | None:
    """Find "laut X", "X zufolge", "nach Angaben von X", "according to X" in a sentence."""
    doc, cues = ctx.doc, ctx.cues
    lowers = [t.lower_ for t in doc[lo:hi]]
    firsts = {p.split()[0] for p in cues.ATTRIBUTION_PHRASES} | {"nach", "based"}
    singles = set(cues.ATTRIBUTION_BEFORE) | set(cues.ATTRIBUTION_AFTER)
    for j in range(lo, hi):
        low = lowers[j - lo]
        if low not in firsts and low not in singles:
            continue
        src = None
        phrase_end = j + 1
        if low in cues.ATTRIBUTION_BEFORE:
            src = noun_phrase_after(doc, j + 1, ctx.cls, hi)
        elif low in cues.ATTRIBUTION_AFTER:
            src = noun_phrase_before(doc, j, ctx.cls, lo) or quoted_name_before(ctx, j, lo)
        else:
            for phrase in cues.ATTRIBUTION_PHRASES:
                words = phrase.split()
                if lowers[j - lo:j - lo + len(words)] == words:
                    phrase_end = j + len(words)
                    src = noun_phrase_after(doc, phrase_end, ctx.cls, hi)
                    break
            else:
                if low == "nach" and j + 2 < hi and _source_compound(ctx, doc[j + 1]):
                    src, phrase_end = (j + 1, j + 2), j + 2  # "Nach Polizeiangaben wurden …"
                elif low in ("nach", "based") and j + 2 < hi:
                    k = j + 1
                    while k < hi and ctx.cls.is_adj(doc[k]):
                        k += 1
                    if k < hi and k > j + 1 and doc[k].lower_ in cues.SOURCE_ADJECTIVE_PHRASE_NOUNS:
                        s_lo, s_hi = trim(ctx, lo, hi)
                        a, b = ctx.char_span(j + 1, k + 1)
                        start, end = ctx.char_span(s_lo, s_hi)
                        return RawQuote(start, end, "indirect", None, None, attribution=ctx.text[a:b])
                    continue
                else:
                    continue
        if not src and phrase_end < hi and doc[phrase_end].text in QUOTE_MARKS:
            src = quoted_name_after(ctx, phrase_end, hi)  # 'nach Informationen des „Kicker“'
        if not src:
            continue
        src_end = src[1] + 1 if src[1] < hi and doc[src[1]].text in QUOTE_MARKS else src[1]
        attach = src_end + 1 if src_end + 1 < hi and doc[src_end].lower_ == "in" and ctx.cls.is_det(doc[src_end + 1]) \
            else src_end
        if attach + 1 < hi and (doc[src_end].lower_ in cues.ATTACHMENT_WORDS or attach > src_end) \
                and doc[attach + 1].text in QUOTE_MARKS:
            named = quoted_name_after(ctx, attach + 1, hi)  # 'laut einem Bericht der „Bild“': the paper's report
            if named:
                src, src_end = (src[0], named[1] + 1), named[1] + 1
        opening = min(j, src[0])  # "Dem Sprecher zufolge …": the source before a postposition opens the frame
        if all(is_punct(t) or not t.is_alpha for t in doc[lo:opening]):  # the frame opens the sentence
            c_lo = max(src_end, phrase_end)
            while c_lo < hi and doc[c_lo].text == ",":
                c_lo += 1
            c_lo, c_hi = trim(ctx, c_lo, hi)
        elif j > lo and doc[j - 1].text == "," and all(is_punct(t) for t in doc[max(src_end, phrase_end):hi]):
            c_lo, c_hi = trim(ctx, lo, j - 1)  # "Kim praised the talks, according to KCNA.": the frame closes it
        else:
            c_lo, c_hi = trim(ctx, *_frame_clause(ctx, j, lo, hi))
            c_lo = _after_aside(ctx, c_lo, j)
        if c_hi - c_lo < 3:
            continue
        start, end = ctx.char_span(c_lo, c_hi)
        return RawQuote(start, end, "indirect", (j, phrase_end), src)
    return None


_FIGURE_STOPS = frozenset({",", ".", ";", ":", ")", "(", "!", "?", "–", "—"})


def _has_figure(ctx: QuoteContext, lo: int, hi: int) -> bool:
    """Tell whether tokens [lo, hi) hold a number ("150.000", "250,000", "einer Viertelmillion")."""
    return any(t.like_num or any(ch.isdigit() for ch in t.text) or t.lower_.startswith(ctx.cues.NUMBER_WORDS)
               or t.lower_.endswith(ctx.cues.NUMBER_WORDS) for t in ctx.doc[lo:hi])


def _phrase_end(ctx: QuoteContext, k: int, hi: int) -> int:
    """Return the end of the phrase starting at token k: the next comma, stop or bracket within the sentence."""
    doc = ctx.doc
    end = k
    while end < hi and doc[end].text not in _FIGURE_STOPS and not (doc[end].is_space and "\n" in doc[end].text):
        end += 1
    return end


def _figure_raw(ctx: QuoteContext, lo: int, hi: int, cue: int, mention: Span | None) -> RawQuote:
    """Build an indirect quote over tokens [lo, hi) reported by the cue at token `cue`."""
    start, end = ctx.char_span(lo, hi)
    return RawQuote(start, end, "indirect", (cue, cue + 1), mention)


def figure_candidates(ctx: QuoteContext, lo: int, hi: int) -> tuple[list[RawQuote], set[int]]:
    """Find reported figures in a sentence and return them with the cue tokens they used.

    Frames (cues_de / cues_en): "X sprach von 150.000 Teilnehmern, Y gar von 250.000", "Von 250 000 Teilnehmern
    sprechen die Veranstalter", "Die Polizei zählte nur 150 000", "police put the figure at around 100,000".
    """
    doc, cues = ctx.doc, ctx.cues
    out: list[RawQuote] = []
    used: set[int] = set()
    a, b = ctx.char_span(lo, hi)
    sentence = ctx.text[a:b].lower()
    if "(" not in sentence and not any(w in sentence for w in cues.FIGURE_SPEECH_FORMS | cues.COUNT_FORMS):
        return out, used
    for c in range(lo, hi):
        low = doc[c].lower_
        if c in ctx.quote_tokens:
            continue
        if doc[c].text == "(" and c > lo:
            paren = _paren_source(ctx, c, lo, hi)
            if paren:
                out.append(paren)
            continue
        if low in cues.FIGURE_SPEECH_FORMS:
            k = next((j for j in range(c + 1, min(hi, c + 8)) if doc[j].lower_ in cues.FIGURE_PREPOSITIONS
                      or doc[j].text in _FIGURE_STOPS), None)
            if k is not None and doc[k].lower_ in cues.FIGURE_PREPOSITIONS:
                end = _phrase_end(ctx, k, hi)
                if _has_figure(ctx, k, end):
                    out.append(_figure_raw(ctx, k, end, c, ctx.speaker_for_cue(c, lo, hi)))
                    used.add(c)
                    if end + 2 < hi and doc[end].text == ",":
                        np_ = noun_phrase_after(doc, end + 1, ctx.cls, hi)
                        m = np_[1] if np_ else end + 1
                        while m < hi and doc[m].pos_ == "ADV" and m - end < 5:
                            m += 1
                        if np_ and m < hi and doc[m].lower_ in cues.FIGURE_PREPOSITIONS:
                            end2 = _phrase_end(ctx, m, hi)
                            if _has_figure(ctx, m, end2):
                                out.append(_figure_raw(ctx, np_[1], end2, c, np_))
                continue
            start = ctx.clause_start(c, lo)
            if start < c and doc[start].lower_ in cues.FIGURE_PREPOSITIONS and _has_figure(ctx, start, c):
                out.append(_figure_raw(ctx, start, c, c, noun_phrase_after(doc, c + 1, ctx.cls, hi)))
                used.add(c)
            continue
        if low in cues.COUNT_FORMS and c + 1 < hi and doc[c + 1].text not in _FIGURE_STOPS \
                and (not ctx.cls.tagged or doc[c].pos_ in ("VERB", "AUX")):
            end = _phrase_end(ctx, c + 1, hi)
            if ctx.language == "en":
                at = next((j for j in range(c + 1, min(end, c + 9)) if doc[j].lower_ == "at"), None)
                if at is None or not _has_figure(ctx, at + 1, min(end, at + 4)):
                    continue
                mention = noun_phrase_before(doc, c, ctx.cls, lo) or ctx.speaker_for_cue(c, lo, hi)
                out.append(_figure_raw(ctx, c, end, c, mention))
            else:
                if not _has_figure(ctx, c + 1, end) or doc[end - 1].pos_ in ("VERB", "AUX"):
                    continue
                start = ctx.clause_start(c, lo)
                out.append(_figure_raw(ctx, start, end, c, ctx.speaker_for_cue(c, lo, hi)))
            used.add(c)
    return out, used


def _paren_source(ctx: QuoteContext, c: int, lo: int, hi: int) -> RawQuote | None:
    """A figure with its source in brackets right after it ("250.000 Menschen (offizielle Zahl der
    Veranstalter)"): the figure and the bracket are the report, the source named there its speaker."""
    doc, cues = ctx.doc, ctx.cues
    close = next((k for k in range(c + 1, min(hi, c + 10)) if doc[k].text == ")"), None)
    if close is None or not any(t.lower_ in cues.SOURCE_PAREN_NOUNS for t in doc[c + 1:close]):
        return None
    start = c
    while start > lo and c - start < 3 and (doc[start - 1].like_num or doc[start - 1].pos_ in ("NOUN", "NUM")):
        start -= 1
    if start == c or not _has_figure(ctx, start, c):
        return None
    key = next(k for k in range(c + 1, close) if doc[k].lower_ in cues.SOURCE_PAREN_NOUNS)
    k = key + 1
    if k < close and doc[k].lower_ in ("to",):
        k += 1
    mention = noun_phrase_after(doc, k, ctx.cls, close) if k < close else None
    if mention is None and doc[key].lower_.endswith("angaben") and len(doc[key].lower_) > 7:
        mention = (key, key + 1)
    if mention is None:
        return None
    s_char, e_char = ctx.char_span(start, close + 1)
    return RawQuote(s_char, e_char, "indirect", (key, key + 1), mention)


def indirect_candidates(ctx: QuoteContext, direct: list[RawQuote]) -> list[RawQuote]:
    """Find reported-speech clauses sentence by sentence."""
    from factcheck.nlp.complements import complement_candidates  # complements builds on this module

    out: list[RawQuote] = []
    direct_cues = {r.cue for r in direct if r.type == "direct" and r.cue}
    direct_starts = [r.start for r in direct if r.cue or r.mention]
    prev_reported = False
    for lo, hi in ctx.sents:
        s_start, s_end = ctx.char_span(lo, hi)
        reported_here = any(s_start <= d < s_end for d in direct_starts)
        before = len(out)
        _sentence_candidates(ctx, direct, direct_cues, lo, hi, prev_reported, out, complement_candidates)
        prev_reported = reported_here or any(not r.complement for r in out[before:])
    return out + _introduced_konjunktiv2(ctx, out)


def _sentence_before_anaphor(ctx: QuoteContext, c: int, mention: Span, lo: int, out: list[RawQuote]) -> Span | None:
    """The sentence before one that opens "Das hatte X behauptet" / "Dies bestätigte X" / "That is what X said":
    X's words, when that sentence is not already quoted or attributed."""
    doc = ctx.doc
    if lo == 0 or doc[lo].lower_ not in ctx.cues.ANAPHORIC_OBJECTS or lo + 1 > c or mention[0] <= lo:
        return None
    if doc[lo + 1].pos_ not in ("AUX", "VERB") and not ctx.cue_at(lo + 1, c + 1):
        return None
    p_lo, p_hi = ctx.sent_of(lo - 1)
    if any(k in ctx.quote_tokens or ctx.cue_at(k, p_hi) for k in range(p_lo, p_hi)):
        return None
    start, end = ctx.char_span(p_lo, p_hi)
    if any(r.start < end and start < r.end for r in out):
        return None
    content = trim(ctx, p_lo, p_hi)
    return content if content[1] - content[0] >= 4 else None


def _sentence_candidates(ctx: QuoteContext, direct: list[RawQuote], direct_cues: set, lo: int, hi: int,
                         prev_reported: bool, out: list[RawQuote], complement_candidates) -> None:
    """Append the reported-speech candidates of one sentence to `out` (prev_reported: the sentence before held
    reported or direct speech, so a Konjunktiv II sentence or one saying "demnach" continues it; complement
    clauses of words of speech and thought come from complement_candidates)."""
    doc = ctx.doc
    figures, used = figure_candidates(ctx, lo, hi)
    out.extend(figures)
    found = bool(figures)
    has_quote = any(i in ctx.quote_tokens for i in range(lo, hi))
    cues_used: list[Span] = []
    for c in range(lo, hi):
        cue = ctx.cue_at(c, hi)
        if not cue or cue in direct_cues or c in used:
            continue
        lemma = ctx.forms.get(doc[c].lower_) or ctx.cues.SEPARABLE_VERBS.get(doc[c].lower_, ("", ""))[0]
        if c > lo and doc[c - 1].lower_ in ctx.cues.INFINITIVE_MARKERS:
            continue
        if _instruction_received(ctx, c, lo, hi):
            continue
        mention = ctx.speaker_for_cue(c, lo, hi) or quoted_name_before(ctx, c, lo)  # 'wie der „Figaro“ meldet'
        inherit = mention is None and c > lo and (
            doc[c - 1].lower_ in ctx.cues.COORDINATORS
            or (doc[c].lower_ in ctx.cues.PARTICIPLE_CUES and doc[c - 1].text == ","))
        content = _content_after(ctx, c, mention, hi, lemma) or _content_before(ctx, c, mention, lo, lemma)
        if content is None and mention is not None:
            content = _sentence_before_anaphor(ctx, c, mention, lo, out)
        if content is None:
            continue
        start, end = ctx.char_span(*content)
        if any(r.start <= start and end <= r.end + 1 for r in direct):
            continue
        mention = _reported_person(ctx, mention, content) or mention
        out.append(RawQuote(start, end, "indirect", cue, mention, inherit))
        cues_used.append(cue)
        found = True
    complements = complement_candidates(ctx, lo, hi, cues_used)
    out.extend(complements)
    if found or complements:
        return
    s_start, s_end = ctx.char_span(lo, hi)
    if any(r.type == "indirect" and s_start <= r.start < s_end for r in direct):
        return
    attr = _attribution(ctx, lo, hi)
    if attr:
        out.append(attr)
        return
    if ctx.language == "en":
        return
    if has_quote:  # reported speech around a partial quote: the words outside the quotation marks
        if any(r.type == "direct" and s_start <= r.start < s_end for r in direct):
            return
        segments, seg_lo = [], lo
        for i in range(lo, hi + 1):
            if i == hi or i in ctx.quote_tokens:
                if i - seg_lo >= 3:
                    segments.append((seg_lo, i))
                seg_lo = i + 1
        segments = [seg for seg in segments if any(is_subjunctive(t, ctx) for t in doc[seg[0]:seg[1]])]
        if not segments or any(i in ctx.quote_tokens and doc[i].text not in QUOTE_MARKS
                               for i in range(lo, min(hi, lo + 2))):
            return
        lo, hi = max(segments, key=lambda seg: seg[1] - seg[0])
        continues = True
    else:
        continues = any(is_subjunctive(t, ctx) for t in doc[lo:hi]) or prev_reported and any(
            t.lower_ in ctx.cues.KONJUNKTIV2_FORMS and t.lower_ not in ctx.cues.PAST_LIKE_KONJUNKTIV2
            or t.lower_ in ctx.cues.REPORT_ADVERBS for t in doc[lo:hi])
    if continues and not has_quote:
        framed = _so_frame(ctx, lo, hi) or _own_subject_frame(ctx, lo, hi)
        if framed:
            out.append(framed)
            return
    if continues:
        raw = _continuation(ctx, lo, hi)
        if raw:
            out.append(raw)


def _continuation(ctx: QuoteContext, lo: int, hi: int) -> RawQuote | None:
    """The words of a sentence that carries reported speech on without a cue of its own, or None when short."""
    doc = ctx.doc
    c_lo, c_hi = trim(ctx, lo, hi)
    while c_lo < c_hi and doc[c_lo].text in QUOTE_MARKS:
        c_lo += 1
    while c_hi > c_lo and doc[c_hi - 1].text in QUOTE_MARKS:
        c_hi -= 1
    c_lo, c_hi = trim(ctx, c_lo, c_hi)
    if c_hi - c_lo < 4:
        return None
    start, end = ctx.char_span(c_lo, c_hi)
    mention = (c_lo, c_lo + 1) if ctx.cls.is_pronoun(doc[c_lo]) else None
    return RawQuote(start, end, "indirect", None, mention, continuation=True)


def _sentence_index(ctx: QuoteContext, char: int) -> int:
    """The index in ``ctx.sents`` of the sentence that holds character offset ``char``."""
    return bisect.bisect_right(ctx.sent_starts, ctx.tok_at(char)) - 1


def _introducer(ctx: QuoteContext, k: int) -> str | None:
    """The person a sentence without quoted or reported words opens with ("Verdi-Chef Frank Werneke verteidigte
    den Streik."): the speaker of the reported speech that follows it without a cue of its own."""
    if k < 0 or k >= len(ctx.sents):
        return None
    lo, hi = ctx.sents[k]
    if any(i in ctx.quote_tokens for i in range(lo, hi)):
        return None
    start, end = ctx.char_span(lo, hi)
    return ctx.index.person_mention_between(start, end, None)


def _introduced_konjunktiv2(ctx: QuoteContext, out: list[RawQuote]) -> list[RawQuote]:
    """Konjunktiv II sentences that open reported speech: one right after a sentence that opens with a person and
    right before a Konjunktiv I continuation ("Werneke verteidigte den Streik. Die Arbeitgeber hätten kein Angebot
    vorgelegt. Das sei eine Provokation."). Alone, a Konjunktiv II sentence may be the narrator's own."""
    doc, cues = ctx.doc, ctx.cues
    taken = {_sentence_index(ctx, r.start) for r in out}
    added: list[RawQuote] = []
    for r in out:
        k = _sentence_index(ctx, r.start)
        if not r.continuation or r.mention or k < 2 or k - 1 in taken or k - 2 in taken:
            continue
        lo, hi = ctx.sents[k - 1]
        if any(i in ctx.quote_tokens for i in range(lo, hi)) or not any(
                t.lower_ in cues.KONJUNKTIV2_FORMS and t.lower_ not in cues.PAST_LIKE_KONJUNKTIV2 for t in doc[lo:hi]):
            continue
        raw = _continuation(ctx, lo, hi) if _introducer(ctx, k - 2) else None
        if raw:
            added.append(raw)
            taken.add(k - 1)
    return added


def _so_frame(ctx: QuoteContext, lo: int, hi: int) -> RawQuote | None:
    """Reported speech credited by "so X" after a comma ("Die Lage sei ernst, so ein Sprecher.", "Das sei, so
    Müller, ein Skandal."): X speaks; a frame closing the sentence stays out of the reported words."""
    doc, so = ctx.doc, ctx.cues.SO_CUE
    if not so:
        return None
    for k in range(lo + 3, hi - 1):
        if doc[k].lower_ != so or doc[k - 1].text != "," or k in ctx.quote_tokens:
            continue
        np_ = noun_phrase_after(doc, k + 1, ctx.cls, hi)
        if not np_ or not is_person_like(list(doc[np_[0]:np_[1]]), ctx.cls):
            continue
        end = np_[1]
        while end < hi and doc[end].pos_ == "ADV" and end - np_[1] < 2:  # ", so der Sprecher weiter."
            end += 1
        if end < hi and doc[end].text != "," and not all(is_punct(t) for t in doc[end:hi]):
            continue
        closes = all(is_punct(t) for t in doc[end:hi])
        c_lo, c_hi = trim(ctx, lo, k - 1) if closes else trim(ctx, lo, hi)
        if c_hi - c_lo < 3:
            return None
        start, end_char = ctx.char_span(c_lo, c_hi)
        return RawQuote(start, end_char, "indirect", (k, k + 1), np_)
    return None


def _own_subject_frame(ctx: QuoteContext, lo: int, hi: int) -> RawQuote | None:
    """A sentence in the indicative whose "dass" clause is in Konjunktiv I, with a person or organisation as its
    subject ("Kanzlerin Angela Merkel zeigte sich zuversichtlich, dass eine Lösung gefunden werde"): the subject
    says the clause, whatever the verb; it does not continue the report before."""
    doc = ctx.doc
    d = next((k for k in range(lo + 2, hi - 2) if doc[k].lower_ in ctx.cues.COMPLEMENTIZERS
              and doc[k - 1].text == "," and k not in ctx.quote_tokens), None)
    if d is None or not any(is_subjunctive(t, ctx) for t in doc[d:hi]):
        return None
    finite = [k for k in range(lo, d - 1) if doc[k].tag_ in ("VVFIN", "VAFIN", "VMFIN")]
    if not finite or any(is_subjunctive(doc[k], ctx) or doc[k].lower_ in ctx.cues.KONJUNKTIV2_FORMS for k in finite):
        return None
    mention = ctx.speaker_for_cue(finite[0], lo, d)
    if mention is None or not is_person_like(list(doc[mention[0]:mention[1]]), ctx.cls):
        return None
    c_lo, c_hi = trim(ctx, d, hi)
    start, end = ctx.char_span(c_lo, c_hi)
    return RawQuote(start, end, "indirect", (finite[0], finite[0] + 1), mention)


def _overlap_share(a: str, b: str) -> float:
    """Return the share of words of a that also occur in b (lower case)."""
    wa = {w.lower() for w in _WORD.findall(a)}
    wb = {w.lower() for w in _WORD.findall(b)}
    return len(wa & wb) / len(wa) if wa else 0.0


def _resolve_pronoun(ctx: QuoteContext, token: Token, sent: int, last_sent: int, last_speaker: str | None,
                     last_mention: tuple[int, int] | None, spoken: list[tuple[int, str]], last_end: int) -> str | None:
    """Resolve "er"/"sie"/"he"/"she": the previous person speaker of the same gender, else the last such person named."""
    index, cues = ctx.index, ctx.cues
    low = token.lower_
    gender = "m" if low in cues.MALE_PRONOUNS else "f" if low in cues.FEMALE_PRONOUNS else None

    def fits(name: str | None) -> bool:
        if not name or not index.is_person(name):
            return False
        known = index.gender_of(name)
        return gender is None or known is None or known == gender

    newer = index.person_mention_between(last_end, token.idx, gender)
    if newer and newer != last_speaker:
        return newer
    if sent - last_sent <= 2:
        if fits(last_speaker):
            return last_speaker
        if last_speaker is None and last_mention and not ctx.cls.is_pronoun(ctx.doc[last_mention[0]]) \
                and _unnamed_person(ctx, last_mention):
            return None  # "a source said … He added": the pronoun is that unnamed person, not someone named earlier
    for s_idx, name in reversed(spoken):
        if sent - s_idx > 8:
            break
        if fits(name):
            return name
    return index.recent_person_of(token.idx, gender)


def _unnamed_person(ctx: QuoteContext, mention: Span) -> bool:
    """Tell whether an unresolved speaker mention can be the one person a later "he" or "she" refers to: not a
    plural or a quantity ("some say", "many", "human rights groups")."""
    head = ctx.doc[mention[1] - 1]
    return not (head.lower_ in ctx.cues.QUANTIFIER_PRONOUNS or head.tag_ in ("NNS", "NNPS"))


def _is_definite(ctx: QuoteContext, toks: list[Token]) -> bool:
    """Tell whether a mention is a short definite description ("the company", "the ministry", "die Behörde")."""
    return (2 <= len(toks) <= 3 and ctx.cls.is_det(toks[0]) and toks[0].lower_ not in ctx.cues.INDEFINITE_DETERMINERS
            and toks[-1].text.isalpha())


def _is_person_description(ctx: QuoteContext, toks: list[Token]) -> bool:
    """Tell whether an English mention is a definite description of a person ("the Cambridge resident")."""
    head = toks[-1].lower_
    if len(toks) < 2 or toks[0].lower_ != "the" or not toks[-1].is_alpha or toks[-1].text[:1].isupper():
        return False
    if head in ctx.cues.NON_PERSON_NOUNS or head in ctx.cues.KIN_NOUNS:
        return False
    if head.endswith(("ment", "ers", "ors", "ists", "ians", "ents", "ants")):
        return False
    suffixes = ctx.cues.PERSON_NOUN_SUFFIXES
    return ctx.cls.is_role(toks[-1]) or (bool(suffixes) and head.endswith(suffixes))


def _german_person_description(ctx: QuoteContext, toks: list[Token]) -> bool:
    """Tell whether a German mention is a definite description of a person named before ("der 20-Jährige
    Franzose", "die 67-Jährige", "der Gewerkschaftschef": a role noun, as "the union chief" in English)."""
    if not ctx.cls.german or len(toks) < 2 or toks[0].lower_ not in ("der", "die", "dem", "den", "des"):
        return False
    if any(is_age_noun(t.lower_) or t.lower_ in ctx.cues.PERSON_DESCRIPTION_NOUNS for t in toks[1:]):
        return True
    head, article = toks[-1], toks[0].lower_
    # one person: "der"/"dem"/"des" + role, "die" + a feminine role in -in ("die Ministerin"); "die Polizisten"
    # and "den Beamten" may be many
    singular = article in ("der", "dem", "des") or (article == "die" and head.lower_.endswith("in"))
    return singular and head.is_alpha and ctx.cls.is_role(head) and not ctx.cls.is_name(head)


def _org_antecedent(ctx: QuoteContext, token: Token, spoken: list[tuple[int, str]], sent: int,
                    head: str = "") -> str | None:
    """Resolve "it" or "the company": the last organisation speaker nearby, else the last organisation named. A
    description of a named organisation ("der Verein", "the club": `head` in ORG_DESCRIPTIONS) passes over
    speakers that are a group named by a common noun ("Veranstalter", "Polizei", "Hamburger Feuerwehr")."""
    cues = ctx.cues
    for s_idx, name in reversed(spoken):
        if sent - s_idx > 4:
            break
        if ctx.index.is_person(name):
            continue
        last = name.split()[-1].lower()
        if head in cues.ORG_DESCRIPTIONS and last in cues.COLLECTIVE_SPEAKERS and last not in cues.ORG_DESCRIPTIONS:
            continue
        return name
    return ctx.index.recent_org(token.idx)


def _quoted_name(ctx: QuoteContext, mention: Span) -> bool:
    """Tell whether a speaker mention is a name in quotation marks ('der „Sportbild“ zufolge'): a publication or
    organisation named as written."""
    doc = ctx.doc
    lo, hi = mention
    return lo > 0 and hi < len(doc) and doc[lo - 1].text in QUOTE_MARKS and doc[hi].text in QUOTE_MARKS \
        and hi - lo <= 4 and all(t.text[:1].isupper() or is_punct(t) for t in doc[lo:hi])


def _is_frame(ctx: QuoteContext, raw: RawQuote) -> bool:
    """Tell whether a candidate's cue is an attribution frame ("laut", "zufolge", "nach Angaben", "according to"):
    its source, named or not, is the speaker as written when nothing resolves it."""
    if not raw.cue:
        return False
    cues, low = ctx.cues, ctx.doc[raw.cue[0]].lower_
    return low in cues.ATTRIBUTION_BEFORE or low in cues.ATTRIBUTION_AFTER \
        or any(phrase.split()[0] == low for phrase in cues.ATTRIBUTION_PHRASES)


def _is_group_noun(ctx: QuoteContext, t: Token) -> bool:
    """Tell whether a token is a plural noun for people or a speaking group ("insiders", "Proponents", "groups")."""
    low = t.lower_
    return t.tag_ in ("NNS", "NNPS") and (low in ctx.cues.COLLECTIVE_SPEAKERS or low in ctx.cues.WRITTEN_SPEAKERS or (
        low.endswith(ctx.cues.PERSON_HEAD_SUFFIXES) and low not in ctx.cues.NON_PERSON_NOUNS))


def _group_written(ctx: QuoteContext, k: int, floor: int) -> str:
    """The noun phrase ending at the group noun at token k, as written, without its article."""
    doc = ctx.doc
    np_ = noun_phrase_before(doc, k + 1, ctx.cls, floor)
    a = np_[0] if np_ else k
    if ctx.cls.is_det(doc[a]) and a < k:
        a += 1
    return ctx.text[doc[a].idx:doc[k].idx + len(doc[k].text)]


def _group_antecedent(ctx: QuoteContext, token: Token) -> str | None:
    """Resolve "they" with no speaker just before: a group of people named earlier in its sentence ("Proponents
    … have urged Congress …, although they say"), else the group that is the subject of one of the two sentences
    before ("Environmental groups sued the agency. They argue …"), as written; objects are passed over."""
    doc = ctx.doc
    lo, _ = ctx.sent_of(token.i)
    for k in range(lo, token.i):  # the first group of the sentence: its subject rather than an object
        if k not in ctx.quote_tokens and _is_group_noun(ctx, doc[k]):
            return _group_written(ctx, k, lo)
    for _ in range(2):
        if lo == 0:
            return None
        lo, hi = ctx.sent_of(lo - 1)
        k = lo
        if doc[k].pos_ == "ADP":  # "In August, several environmental groups granted …"
            k = next((m + 1 for m in range(lo, min(hi, lo + 8)) if doc[m].text == ","), lo)
        for m in range(k, min(hi, k + 6)):  # the subject: a group noun before the sentence's first verb
            if doc[m].tag_.startswith("VB") or doc[m].pos_ == "ADP":
                break
            if _is_group_noun(ctx, doc[m]) and not (m + 1 < hi and _is_group_noun(ctx, doc[m + 1])):
                return _group_written(ctx, m, lo)
    return None


def _proper_name_as_written(ctx: QuoteContext, toks: list[Token]) -> bool:
    """Tell whether an English mention the index does not know is still a name that can speak as written
    ("PolitiFact says", "Bloomberg reports", "Russia insisted"): proper nouns, not a dateline in capitals
    ("WASHINGTON") or an abbreviated place ("Md."), not a person's name (the index resolves those)."""
    if ctx.language != "en" or not toks or len(toks) > 4:
        return False
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in toks):
        return False
    if any(t.text.isupper() and len(t.text) > 4 or t.text.endswith(".") for t in toks):
        return False
    return not any(t.ent_type_ in ("PER", "PERSON") for t in toks)


def _org_in_content(ctx: QuoteContext, raw: RawQuote) -> str | None:
    """The organisation the reported words name ("werde der BVB … kassieren, gab der an der Börse notierte
    Bundesligist bekannt"): a company or club described, not named, speaks about itself."""
    lo, hi = ctx.tok_at(raw.start), ctx.tok_at(max(raw.start, raw.end - 1)) + 1
    verb = next((k for k in range(lo, hi) if ctx.doc[k].tag_ in ("VVFIN", "VAFIN", "VMFIN", "VBD", "VBZ", "VBP")), lo)
    for t in ctx.doc[lo:min(hi, verb + 4)]:  # the subject: before the finite verb, or just after it (German V2)
        if t.text[:1].isupper() and t.is_alpha and not ctx.cls.is_det(t) and (t.pos_ in ("PROPN", "NOUN")):
            org = ctx.index.org_for_words([t.text], t.idx + 1)
            if org:
                return org
            if t.pos_ == "PROPN" and t.ent_type_ in ("ORG", "LOC", "GPE") and t.i < verb:
                return t.text  # "Barcelona have completed …, the Spanish club said"
    return None


def _last_of_kind(spoken_kinds: list[tuple[int, str, str]], kind: str, sent: int, reach: int = 8) -> str | None:
    """The speaker of the last mention of this kind ("spokesperson", "document") within a few sentences."""
    for s_idx, name, k in reversed(spoken_kinds):
        if sent - s_idx > reach:
            break
        if k == kind:
            return name
    return None


def _spokesperson_org(ctx: QuoteContext, pos: int, spoken_kinds: list[tuple[int, str, str]], sent: int) -> str | None:
    """Resolve "ein Sprecher" / "der Sprecher" / "a spokesman": the organisation the last spokesperson spoke for,
    else the organisation named last before it (within a few paragraphs)."""
    earlier = _last_of_kind(spoken_kinds, "spokesperson", sent)
    if earlier:
        return earlier
    before = [(p, name) for p, name, words in ctx.index.org_mentions if p < pos and pos - p <= 1500
              and not words & ctx.cues.PEOPLE_GROUPS]
    if not before:
        return None
    name = before[-1][1]
    return ctx.index.org_for_words(name.split()[-1:], pos) or name


def resolve_all(ctx: QuoteContext, raws: list[RawQuote]) -> Iterator[Quote]:
    """Resolve speakers in text order (pronouns, coordination, continuations) and yield Quote objects."""
    doc, index = ctx.doc, ctx.index
    seen: set[tuple[int, int]] = set()
    ordered = []
    for raw in sorted(raws, key=lambda r: (r.start, -r.end)):
        if (raw.start, raw.end) in seen:
            continue
        seen.add((raw.start, raw.end))
        ordered.append(raw)
    last_speaker: str | None = None
    last_mention: tuple[int, int] | None = None
    last_sent = last_end_sent = -10
    spoken: list[tuple[int, str]] = []
    last_end = 0
    quotes: list[Quote] = []
    spoken_kinds: list[tuple[int, str, str]] = []
    last_kind = ""
    for raw in ordered:
        sent = ctx.sent_rank.get(ctx.sent_of(ctx.tok_at(raw.start))[0], 0)
        speaker = None
        kind = ""
        if raw.mention and not raw.continuation:
            toks = list(doc[raw.mention[0]:raw.mention[1]]) or [doc[raw.mention[0]]]
            if len(toks) == 1 and toks[0].lower_ in ctx.cues.WEAK_PRONOUNS:
                speaker = last_speaker if sent - last_sent <= 2 else None
                if toks[0].lower_ in ctx.cues.NEUTER_PRONOUNS:
                    speaker = None if index.is_person(speaker) else speaker
                    speaker = speaker or _org_antecedent(ctx, toks[0], spoken, sent)
                if speaker is None and toks[0].lower_ in ctx.cues.PLURAL_PRONOUNS:
                    speaker = _group_antecedent(ctx, toks[0])
            elif len(toks) == 1 and ctx.cls.is_pronoun(toks[0]) and last_kind == "spokesperson" \
                    and sent - last_sent <= 2 and last_speaker:
                speaker, kind = last_speaker, "spokesperson"
            elif len(toks) == 1 and ctx.cls.is_pronoun(toks[0]):
                speaker = _resolve_pronoun(ctx, toks[0], sent, last_sent, last_speaker, last_mention, spoken,
                                           last_end)
            elif _quoted_name(ctx, raw.mention):
                speaker = ctx.text[toks[0].idx:toks[-1].idx + len(toks[-1].text)]
                kind = "org"
            else:
                speaker = None if collective_head(toks, ctx.cues) else index.resolve_tokens(toks, toks[0].idx)
                if speaker is None:
                    speaker, kind = index.describe(toks, toks[0].idx)
                    if kind == "document" and _is_definite(ctx, toks):  # "continued the statement"
                        speaker = _last_of_kind(spoken_kinds, "document", sent) or speaker
                    if speaker is None and kind == "spokesperson":
                        speaker = _spokesperson_org(ctx, toks[0].idx, spoken_kinds, sent)
                    if speaker is None and kind in ("org", "document"):
                        if toks[-1].lower_.endswith(ctx.cues.ORG_DESCRIPTION_SUFFIXES):
                            speaker = _org_in_content(ctx, raw)
                        speaker = speaker or _org_antecedent(ctx, toks[0], spoken, sent, toks[-1].lower_)
                if speaker is None and not kind and _is_definite(ctx, toks):
                    speaker = index.org_named(toks[-1].lower_, toks[0].idx)
                    if speaker is None and toks[-1].lower_ in ctx.cues.ORG_DESCRIPTIONS:
                        speaker = _org_antecedent(ctx, toks[0], spoken, sent, toks[-1].lower_)
                if speaker is None and not kind and toks[-1].lower_.endswith(ctx.cues.ORG_DESCRIPTION_SUFFIXES):
                    speaker = _org_in_content(ctx, raw) or _org_antecedent(ctx, toks[0], spoken, sent)
                if speaker is None and not kind and (_is_person_description(ctx, toks)
                                                     or _german_person_description(ctx, toks)):
                    speaker = index.recent_person(toks[0].idx)
            if speaker is None and not kind and _proper_name_as_written(ctx, toks):
                speaker = ctx.text[toks[0].idx:toks[-1].idx + len(toks[-1].text)]  # "PolitiFact says", "Russia"
            if speaker is None and not kind and _is_frame(ctx, raw) and not ctx.cls.is_pronoun(toks[0]):
                speaker = (_source_compound(ctx, toks[0]) if len(toks) == 1 else None) \
                    or _frame_source(ctx, toks)  # "Gemäss Medienberichten", "nach Angaben des Flughafens"
        elif raw.inherit or raw.continuation:
            opener = None
            if raw.continuation and not raw.mention and (last_speaker is None or sent - last_end_sent > 1):
                opener = _introducer(ctx, _sentence_index(ctx, raw.start) - 1)
            if opener:
                speaker = opener
            elif (sent - last_sent <= 0) if raw.inherit else (sent - last_end_sent <= 2):
                speaker = last_speaker
                if raw.mention is None:
                    raw.mention = last_mention
            elif raw.continuation and raw.mention:
                speaker = index.recent_person(doc[raw.mention[0]].idx)
        if raw.mention or raw.cue or raw.attribution:
            if raw.mention and not raw.continuation and not raw.inherit:
                last_kind = kind
            last_speaker, last_mention, last_sent = speaker, raw.mention, sent
            last_end_sent = ctx.sent_rank.get(ctx.sent_of(ctx.tok_at(max(raw.start, raw.end - 1)))[0], sent)
        elif raw.continuation and speaker:
            last_speaker = speaker
            last_end_sent = ctx.sent_rank.get(ctx.sent_of(ctx.tok_at(max(raw.start, raw.end - 1)))[0], sent)
        last_end = max(last_end, raw.end)
        if speaker:
            spoken.append((sent, speaker))
            spoken_kinds.append((sent, speaker, kind))
        quotes.append(ctx.to_quote(raw, speaker))
    quotes = _full_names(quotes)
    resolved = [q for q in quotes if q.speaker and q.type != "indirect"]
    for i, q in enumerate(quotes):
        if q.speaker is None and q.cue is None and q.type == "direct" and q.speaker_mention is None:
            for other in resolved:
                if other.start != q.start and _overlap_share(q.text, other.text) >= 0.6:
                    quotes[i] = Quote(**{**q.__dict__, "speaker": other.speaker})
                    break
    yield from quotes
