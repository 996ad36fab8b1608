"""Direct and partial quotations: quotation-mark spans, cue words and speaker mentions around them."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Iterator

from spacy.attrs import IDX
from spacy.tokens import Doc

from factcheck.models import Quote
from factcheck.nlp.mentions import (
    after_dateline,
    TokenClasses,
    cues_for,
    extend_to_person,
    is_person_like,
    is_punct,
    is_spokesperson,
    main_subject,
    noun_phrase_after,
    noun_phrase_before,
    opening_np,
    sentence_subject,
    subject_before_cue,
)
from factcheck.nlp.quote_marks import QUOTE_MARKS, QuotedSpan, find_quoted_spans
from factcheck.nlp.speakers import SpeakerIndex

_WORD = re.compile(r"\w+")
_ACRONYM_AFTER = re.compile(r" ?\([A-ZÄÖÜ][A-ZÄÖÜ0-9&.-]{1,9}\)")
_CLAUSE_BREAKS = frozenset({",", ":", ";", "(", "–", "—"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "VVFIN", "VAFIN", "VMFIN"})
Span = tuple[int, int]


@dataclass
class RawQuote:
    """A quote candidate before speaker resolution, all offsets in characters or token indices."""

    start: int
    end: int
    type: str
    cue: tuple[int, int] | None = None
    mention: tuple[int, int] | None = None
    inherit: bool = False
    attribution: str | None = None
    continuation: bool = False
    complement: bool = False
    """Content of a word of thought, wish or agreement ("wir wissen, daß …"): reported, but the next sentence in
    the Konjunktiv II does not carry it on."""


class QuoteContext:
    """Per-Doc lookups shared by the quote extractors: tokens by offset, sentences, cues and speakers."""

    def __init__(self, doc: Doc, language: str, index: SpeakerIndex | None = None) -> None:
        self.doc = doc
        self.language = language
        self.cues = cues_for(language)
        self.cls = TokenClasses(doc, self.cues)
        self.index = index or SpeakerIndex(doc, language)
        self.starts = doc.to_array(IDX).tolist() if len(doc) else []  # each token's idx, without a Token each
        self.sents: list[tuple[int, int]] = []
        for s in doc.sents:
            lo, hi = s.start, s.end
            while hi > lo and doc[hi - 1].is_space:
                hi -= 1
            while lo < hi and doc[lo].is_space:
                lo += 1
            if hi > lo:
                self.sents.append((after_dateline(doc, self.index.text, lo, hi), hi))
        self.sent_starts = [lo for lo, _ in self.sents]
        self.sent_rank: dict[int, int] = {}
        rank = 0
        for lo, hi in self.sents:
            if any(t.is_alpha for t in doc[lo:hi]):
                rank += 1
            self.sent_rank[lo] = rank
        self.forms: dict[str, str] = {}
        for lemma, forms in self.cues.SPEECH_VERBS.items():
            for form in forms.split():
                self.forms[form] = lemma
        self.text = self.index.text
        self.spans = find_quoted_spans(self.text)
        self.quote_tokens: set[int] = set()

    def tok_at(self, char: int) -> int:
        """Return the index of the token that contains or starts after character offset `char`."""
        i = bisect.bisect_right(self.starts, char) - 1
        if i >= 0 and self.doc[i].idx + len(self.doc[i].text) <= char:
            i += 1
        return max(i, 0)

    def sent_of(self, tok: int) -> tuple[int, int]:
        """Return the (lo, hi) token range of the sentence that holds token `tok`."""
        k = max(bisect.bisect_right(self.sent_starts, tok) - 1, 0)
        return self.sents[k] if self.sents else (0, len(self.doc))

    def char_span(self, lo: int, hi: int) -> tuple[int, int]:
        """Return character offsets of the token range [lo, hi)."""
        last = self.doc[hi - 1]
        return self.doc[lo].idx, last.idx + len(last.text)

    def cue_at(self, i: int, hi: int) -> tuple[int, int] | None:
        """Return the token span of a speech cue at token i (with a separable particle, if any), or None."""
        tok = self.doc[i]
        low = tok.lower_
        if i in self.quote_tokens:
            return None
        if tok.pos_ in ("NOUN", "PROPN") or (self.language == "en" and tok.pos_ == "ADJ"):
            return None
        if self.language == "en" and i > 0 and self.doc[i - 1].lower_ in self.cues.DETERMINERS:
            return None
        if not self.cls.tagged and self.cls.german and tok.text[:1].isupper() and i > 0:
            prev = self.doc[i - 1]
            if not prev.is_sent_end and prev.text not in QUOTE_MARKS:
                return None
        if low in self.forms:
            return (i, i + 1)
        if low in self.cues.IMPERSONAL_CUES and i + 1 < hi and self.doc[i + 1].lower_ in ("es", "it"):
            return (i, i + 2)
        if low in self.cues.IMPERSONAL_CUES and i > 1 and self.doc[i - 1].lower_ == "es" \
                and self.doc[i - 2].lower_ in self.cues.AS_FRAMES:  # "…, wie es heißt, …"
            return (i, i + 1)
        seps = ((self.cues.SEPARABLE_VERBS[low],) if low in self.cues.SEPARABLE_VERBS else ()) \
            + self.cues.SEPARABLE_ALTERNATIVES.get(low, ())
        particles = {sep[1] for sep in seps}
        if particles:
            for k in range(i + 1, min(hi, i + 25)):
                t = self.doc[k]
                nxt = self.doc[k + 1] if k + 1 < hi else None
                if t.lower_ in particles and (nxt is None and t.lower_ not in self.cues.CLAUSE_PARTICLES
                                              or nxt is not None and nxt.lower_ in self.cues.COMPLEMENTIZERS
                                              or nxt is not None and is_punct(nxt) and (
                                                  t.lower_ not in self.cues.CLAUSE_PARTICLES or nxt.text in ",:")):
                    return (i, i + 1)  # "stellte … klar.", "machte deutlich, dass", "made clear that"
                if t.text in (".", ";", "?", "!"):
                    break
        return None

    def clause_start(self, i: int, lo: int) -> int:
        """Return the first token of the clause holding token i (after a comma, colon or quotation mark); a
        bracketed insertion before i belongs to the clause ("Die Organisatoren (…, der DGB …) sprachen")."""
        k = i
        while k > lo and not (self.doc[k - 1].text in _CLAUSE_BREAKS or self.doc[k - 1].text in QUOTE_MARKS):
            if self.doc[k - 1].text == ")":
                m = k - 2
                while m >= lo and self.doc[m].text != "(":
                    m -= 1
                if m >= lo:
                    k = m
                    continue
            k -= 1
        return k

    def speaker_for_cue(self, c: int, lo: int, hi: int) -> tuple[int, int] | None:
        """Find the speaker noun phrase of the cue at token c within sentence tokens [lo, hi); where it is a
        description in apposition to a person's name, the name (see _apposition_name)."""
        mention = self._speaker_mention(c, lo, hi)
        return self._apposition_name(mention, c, lo) if mention else None

    def _apposition_name(self, mention: Span, c: int, lo: int) -> Span:
        """The person's name a speaker mention stands in apposition to: "The minister of the economy, Mr. Guajardo
        Villarreal, argues" (a role, then the name between commas) and "Donna Sampson Rawlings, 59, of Ashton, Md.,
        who watched …, said" (age and place after the name opening the sentence); else the mention itself."""
        doc, cls = self.doc, self.cls
        a, b = mention
        if _names_person(doc[a:b]) or cls.is_pronoun(doc[a]) or doc[a].pos_ == "PRON":  # "Herr Brunner, Sie sagen"
            return mention
        if b + 2 < c and doc[b].text == ",":
            name = noun_phrase_after(doc, b + 1, cls, c)
            if name and name[1] < c and doc[name[1]].text == "," and _names_person(doc[name[0]:name[1]]) \
                    and all(t.pos_ == "PROPN" or is_punct(t) or cls.is_det(t) for t in doc[name[0]:name[1]]):
                return name
        opening = opening_np(doc, cls, a, lo)
        if not opening or opening[1] >= a or doc[opening[1]].text != "," or not _names_person(doc[opening[0]:opening[1]]):
            return mention
        if any(t.text in QUOTE_MARKS or t.text in (".", ";", ":", "(", ")") or t.tag_ in _FINITE_TAGS
               for t in doc[opening[1]:a]):
            return mention
        return opening

    def _speaker_mention(self, c: int, lo: int, hi: int) -> tuple[int, int] | None:
        """The speaker noun phrase of the cue at token c as the sentence gives it (see speaker_for_cue)."""
        doc, cls = self.doc, self.cls
        if doc[c].lower_ in self.cues.IMPERSONAL_CUES and c > lo and doc[c - 1].lower_ == "es":
            return None  # "wie es heißt": no source named
        if doc[c].lower_ in self.cues.IMPERSONAL_CUES:  # "heißt es im Statement des BVB": the source after it
            k = c + 2
            while k < hi and k < c + 6 and doc[k].pos_ not in ("ADP",) and not is_punct(doc[k]):
                k += 1
            return noun_phrase_after(doc, k + 1, cls, hi) if k < hi and doc[k].pos_ == "ADP" else None
        start = self.clause_start(c, lo)
        if start - 1 > lo and start < c and doc[start - 1].text == "," and self._relative_pronoun(start, c):
            antecedent = noun_phrase_before(doc, start - 1, cls, lo)  # "Barcelona's website, which said"
            if antecedent:
                return antecedent
        openers = self.cues.SUBORDINATORS | self.cues.CLAUSE_OPENERS
        while start < c and (doc[start].lower_ in openers or doc[start].text == "-"):
            start += 1
        p = c - 1
        while self.language == "en" and p > lo and (doc[p].tag_ == "RB" or doc[p].lower_ in ("has", "have", "had")) \
                and c - p < 4:
            p -= 1  # "… and also vowed", "but also contended", "but has said"
        if (doc[c].lower_ in self.cues.PARTICIPLE_CUES or self.language == "en") and c > lo and (
                doc[c - 1].text == "," and doc[c].lower_ in self.cues.PARTICIPLE_CUES
                or doc[p].lower_ in self.cues.COORDINATORS):  # "Cruz exhorted Republicans … and said"
            subject = main_subject(doc, cls, c, lo)
            if subject:
                return subject
        before = noun_phrase_before(doc, c, cls, start)
        if before and doc[before[0]].lower_ in self.cues.OBLIQUE_WORDS:  # "Den USA warf Kim vor, …": an object
            return self.noun_phrase_after_cue(c, hi)
        if before and before[1] == c and doc[c].lower_ in self.cues.PARTICIPLE_CUES \
                and is_person_like(list(doc[before[0]:before[1]]), cls):  # "with Minister X warning of …"
            return before
        if before and before[0] - 2 >= start and doc[before[0] - 1].lower_ in self.cues.ATTACHMENT_WORDS \
                and (is_spokesperson(doc[before[0] - 2].lower_, self.cues)
                     or doc[before[0] - 2].lower_ in self.cues.DOCUMENT_SPEAKERS):  # "a statement from Barca"
            head = noun_phrase_before(doc, before[0] - 1, cls, start)
            if head:
                return (head[0], before[1])
        if before and before[0] == start:
            if self.language == "en" or is_person_like(list(doc[before[0]:before[1]]), cls):
                return before
        if before and self.language == "en" and (doc[before[0] - 1].pos_ not in ("ADP", "VERB", "AUX")
                                                 or doc[before[0] - 1].lower_ in openers):
            return before
        if self.language == "en" and c > lo and doc[c - 1].lower_ in self.cues.WEAK_PRONOUNS:
            return (c - 1, c)
        after = self.noun_phrase_after_cue(c, hi)
        if after and doc[after[0]].lower_ in self.cues.TIME_WORDS:
            after = None
            if c > lo and doc[c - 1].text == ",":
                subject = main_subject(doc, cls, c, lo)
                if subject:
                    return subject
        if after and self.language == "en":
            after = extend_to_person(doc, after, hi)
            if start == c and c > lo and doc[c - 1].text == ",":
                subject = sentence_subject(doc, cls, c, lo)
                if subject and is_person_like(list(doc[subject[0]:subject[1]]), cls):
                    return subject
        if after and is_person_like(list(doc[after[0]:after[1]]), cls):
            if self.language != "en" or (start == c and not cls.is_pronoun(doc[after[0]])):
                return after
        if start < c:
            head = noun_phrase_after(doc, start, cls, c)
            if head and is_person_like(list(doc[head[0]:head[1]]), cls):
                return head
            finite = next((k for k in range(start, c) if doc[k].tag_ in ("VAFIN", "VMFIN", "VVFIN")), None)
            if finite is not None:
                subj = noun_phrase_after(doc, finite + 1, cls, c)
                if subj and is_person_like(list(doc[subj[0]:subj[1]]), cls):
                    return subj
            pronouns = self.cues.PRONOUNS | self.cues.OTHER_PRONOUNS
            for k in (start, finite + 1 if finite is not None else -1):
                if start <= k < c and doc[k].lower_ in pronouns:
                    return (k, k + 1)
            if self.language == "de":
                first = next((k for k in range(start, c) if cls.is_noun(doc[k]) or doc[k].lower_ in pronouns
                              or doc[k].tag_ in self.cues.PRONOUN_TAGS), None)
                if first is not None and (doc[first].lower_ in pronouns or doc[first].tag_ in self.cues.PRONOUN_TAGS):
                    return (first, first + 1)
        if before and before[0] == start:
            return before
        for k in (c - 1, c + 1):
            if lo <= k < hi and doc[k].lower_ in self.cues.OTHER_PRONOUNS:
                return (k, k + 1)
        if doc[c - 1].text == "," if c > lo else False:
            appo = self._apposition_subject(c, lo)
            if appo:
                return appo
        k = c - 1
        while k > max(lo, c - 25):
            if doc[k].lower_ in self.cues.SUBORDINATORS and doc[k - 1].text == ",":
                head = noun_phrase_after(doc, k + 1, cls, c)
                if head and is_person_like(list(doc[head[0]:head[1]]), cls):
                    return head
                break
            k -= 1
        if self.language == "en":
            return sentence_subject(doc, cls, c, lo) or subject_before_cue(doc, cls, c, lo)
        return None

    def noun_phrase_after_cue(self, c: int, hi: int) -> tuple[int, int] | None:
        """The noun phrase after the cue at token c, past an addressee pronoun ("sagte mir ein etwa 30-jähriger")."""
        k = c + 1
        if k + 1 < hi and self.doc[k].lower_ in self.cues.DATIVE_PRONOUNS:
            k += 1
        return noun_phrase_after(self.doc, k, self.cls, hi)

    def _relative_pronoun(self, k: int, c: int) -> bool:
        """Tell whether token k opens a relative clause whose subject it is ("…, which said", "…, die mitteilte")."""
        tok = self.doc[k]
        if tok.tag_ in ("WDT", "WP", "PRELS"):
            return True
        nxt = self.doc[k + 1] if k + 1 < c else None
        return self.cls.german and tok.lower_ in ("der", "die", "das", "welche", "welcher") and nxt is not None \
            and not (self.cls.is_noun(nxt) or self.cls.is_adj(nxt))

    def _apposition_subject(self, c: int, lo: int) -> tuple[int, int] | None:
        """Find "Name, apposition, said": a person-like noun phrase opening the clause, then a comma."""
        doc = self.doc
        k = c - 2
        while k > lo and k > c - 30:
            if doc[k].text == "," or doc[k].text in QUOTE_MARKS:
                if doc[k].text == ",":
                    prev_start = self.clause_start(k, lo)
                    np_ = noun_phrase_after(doc, prev_start, self.cls, k)
                    if np_ and np_[1] == k and np_[0] == prev_start:
                        if is_person_like(list(doc[np_[0]:np_[1]]), self.cls):
                            return np_
            k -= 1
        return None

    def to_quote(self, raw: RawQuote, speaker: str | None) -> Quote:
        """Build the Quote dataclass for a resolved candidate."""
        text = self.text
        lo, _ = self.sent_of(self.tok_at(raw.start))
        _, hi = self.sent_of(self.tok_at(max(raw.end - 1, raw.start)))
        s_start, s_end = self.char_span(lo, hi)
        s_start, s_end = min(s_start, raw.start), max(s_end, raw.end)
        cue = mention = None
        c_start = c_end = m_start = m_end = None
        if raw.cue:
            c_start, c_end = self.char_span(*raw.cue)
            cue = text[c_start:c_end]
        if raw.mention:
            m_start, m_end = self.char_span(*raw.mention)
            acronym = _ACRONYM_AFTER.match(text, m_end)
            if acronym and acronym.end() <= raw.start or acronym and m_end >= raw.end:
                m_end = acronym.end()  # "The German Weather Service (DWD) said": the acronym belongs to the name
            mention = text[m_start:m_end]
        elif raw.attribution:
            mention = raw.attribution
        return Quote(
            text=text[raw.start:raw.end], start=raw.start, end=raw.end, type=raw.type,
            sentence=text[s_start:s_end], sentence_start=s_start, sentence_end=s_end,
            speaker=speaker, speaker_mention=mention, speaker_start=m_start, speaker_end=m_end,
            cue=cue, cue_start=c_start, cue_end=c_end,
        )


def _names_person(tokens) -> bool:
    """Tell whether tokens hold a person's name (the entity tagger's PER/PERSON)."""
    return any(t.ent_type_ in ("PER", "PERSON") for t in tokens)


def _is_term(ctx: QuoteContext, span: QuotedSpan, has_cue: bool) -> bool:
    """Tell whether quotation marks enclose a name, title or term rather than speech."""
    text = ctx.text
    inner = text[span.inner_start:span.inner_end].strip()
    words = _WORD.findall(inner)
    if not words:
        return True
    after = text[span.end:span.end + 2]
    if after[:1] in "-‐‑" and after[1:2].isalpha():
        return True
    before_words = text[max(0, span.start - 40):span.start].split()
    prev = before_words[-1].lower().strip(",:") if before_words else ""
    if prev.endswith(ctx.cues.TITLE_NOUNS) and len(words) <= 8:
        return True
    ends_clause = inner[-1:] in ".!?…,"
    if not ends_clause and inner[:1].isupper() and len(words) <= 8 and prev in ctx.cues.NAME_ARTICLES:
        q_lo, q_hi = ctx.tok_at(span.inner_start), ctx.tok_at(max(span.inner_end - 1, span.inner_start)) + 1
        if not any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in ctx.doc[q_lo:q_hi]):
            return True
    if len(words) <= 3 and all(w[:1].isupper() for w in words) and not ends_clause:
        return True
    long_words = [w for w in words if len(w) >= 4]
    if ctx.language == "en" and len(words) <= 10 and len(long_words) >= 2 and all(w[:1].isupper() for w in long_words):
        return True
    if len(words) == 1 and prev not in ("als", "as", "called", "nannte", "nennt") and not _cue_before(ctx, span):
        return True
    if len(words) <= 2 and not has_cue:
        return True
    if len(words) <= 4 and not has_cue and not ends_clause:
        return True
    if span.inner_start > 0 and text[span.start] in "'‘" and len(words) < 3:
        return True
    return False


def _cue_before(ctx: QuoteContext, span: QuotedSpan) -> bool:
    """Tell whether a quotation is the object of a speech cue earlier in its clause ("warning of „…“", "warned, in
    a letter, against “…”"): a one-word quotation there is the speaker's word, not a term."""
    k = ctx.tok_at(span.start) - 1
    if k < 0 or ctx.doc[k].pos_ not in ("ADP", "VERB"):
        return False
    lo, _ = ctx.sent_of(k)
    for j in range(k, max(lo, k - 20) - 1, -1):
        if ctx.doc[j].text in QUOTE_MARKS:
            return False
        if ctx.cue_at(j, len(ctx.doc)):
            return True
    return False


def _is_inscription(ctx: QuoteContext, span: QuotedSpan, lo: int, hi: int, q_lo: int, q_hi: int,
                    has_cue: bool) -> bool:
    """Tell whether a quotation without a speech cue is a slogan, placard or chant: a word for one in its sentence,
    or, for a short verbless quotation, in the sentence before."""
    doc, stems = ctx.doc, ctx.cues.INSCRIPTION_STEMS

    def mentions_inscription(a: int, b: int) -> bool:
        return any(doc[k].lower_.startswith(stems) for k in range(a, b) if not q_lo <= k < q_hi
                   and k not in ctx.quote_tokens)

    def mentions_speaker(a: int, b: int) -> bool:
        return any(doc[k].ent_type_ in ("PER", "PERSON") for k in range(a, b) if k not in ctx.quote_tokens)

    words = _WORD.findall(ctx.text[span.inner_start:span.inner_end])
    verbless = not any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in doc[q_lo:q_hi])
    if has_cue:  # "… Losungen … . Andere verlangten „Menschenrecht vor Handelsrecht“": a demand on a placard
        inner = ctx.text[span.inner_start:span.inner_end].strip()
        if not verbless or len(words) > 6 or inner[-1:] in ".!?…" or lo == 0:
            return False
        if _in_reported_speech(ctx, lo, hi, q_lo, q_hi) or any(
                t.lower_ in ctx.cues.KONJUNKTIV2_FORMS for t in doc[lo:hi] if not q_lo <= t.i < q_hi):
            return False  # 'vorzuwerfen, sie hätten „keine Ahnung“': words put in someone's mouth
        p_lo, p_hi = ctx.sent_of(lo - 1)
        return mentions_inscription(p_lo, p_hi) and not mentions_speaker(lo, hi)
    if mentions_inscription(lo, hi):
        return True
    first = next((t for t in doc[lo:hi] if t.is_alpha), None)
    if (verbless and len(words) <= 6 or (first is not None and first.text[:1].islower())) and lo > 0:
        p_lo, p_hi = ctx.sent_of(lo - 1)
        return mentions_inscription(p_lo, p_hi)
    return False


_TRANSCRIPT_LABEL = re.compile(r"([A-ZÄÖÜ][A-ZÄÖÜ'’-]{2,20}): ")


def _transcript_label(ctx: QuoteContext, span: QuotedSpan) -> Span | None:
    """The speaker label opening a quoted transcript turn ("„PENCE: And that's why …"): its token span."""
    m = _TRANSCRIPT_LABEL.match(ctx.text, span.inner_start)
    if not m:
        return None
    lo, hi = ctx.tok_at(m.start(1)), ctx.tok_at(m.end(1) - 1) + 1
    return (lo, hi) if ctx.doc[hi - 1].idx + len(ctx.doc[hi - 1].text) == m.end(1) else None


def _pictured_speaker(ctx: QuoteContext, mention: Span | None, lo: int, hi: int) -> bool:
    """Tell whether a quotation on a line of its own is credited to people shown rather than named ("„TTIP - a Trojan
    horse?“ asked these marchers" as a photo caption): the words of a placard in the picture, not a statement."""
    if mention is None or ctx.doc[mention[0]].lower_ not in ctx.cues.PICTURE_DEMONSTRATIVES:
        return False
    if any(t.ent_type_ in ("PER", "PERSON", "ORG") for t in ctx.doc[mention[0]:mention[1]]):
        return False
    start, end = ctx.char_span(lo, hi)
    text = ctx.text
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:start].strip() and not text[end:line_end].strip(" .")


def _is_name_subject(ctx: QuoteContext, span: QuotedSpan, lo: int, q_lo: int, q_hi: int, hi: int) -> bool:
    """Tell whether a short capitalised verbless quotation opens its clause as a subject ("„Brot für die Welt“ und
    andere verlangten …"): it names an organisation or work, it is not speech."""
    doc = ctx.doc
    inner = ctx.text[span.inner_start:span.inner_end].strip()
    words = _WORD.findall(inner)
    if not words or len(words) > 5 or not inner[:1].isupper() or inner[-1:] in ".!?…,":
        return False
    if q_lo > lo and doc[q_lo - 1].text not in (",", ";", "(") and not doc[q_lo - 1].is_space:
        return False
    if any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in doc[q_lo:q_hi]):
        return False
    if q_hi >= hi:
        return False
    nxt = doc[q_hi]
    if nxt.lower_ in ("und", "oder", "and", "or") and q_hi + 1 < hi:
        return True
    return nxt.pos_ in ("VERB", "AUX") and "Fin" in nxt.morph.get("VerbForm") and not ctx.cue_at(q_hi, hi)


def _in_reported_speech(ctx: QuoteContext, lo: int, hi: int, q_lo: int, q_hi: int) -> bool:
    """Tell whether the sentence around a quotation is reported speech in Konjunktiv I (German): a short quoted
    phrase there is a partial quote of the reported speaker, not a term."""
    if ctx.language != "de":
        return False
    from factcheck.nlp.indirect import is_subjunctive

    return any(is_subjunctive(t, ctx) for t in ctx.doc[lo:hi] if not q_lo <= t.i < q_hi and t.pos_ in ("VERB", "AUX"))


def _sentence_has_cue(ctx: QuoteContext, lo: int, hi: int, q_lo: int, q_hi: int) -> bool:
    """Tell whether the sentence around a quoted span holds a speech cue outside the span."""
    for i in range(lo, hi):
        if q_lo <= i < q_hi:
            continue
        if ctx.cue_at(i, hi) or ctx.doc[i].lower_ in ctx.cues.ATTRIBUTION_AFTER + ctx.cues.ATTRIBUTION_BEFORE:
            return True
        if ctx.cues.SO_CUE and ctx.doc[i].lower_ == ctx.cues.SO_CUE and i > lo and ctx.doc[i - 1].text == ",":
            return True
    return False


def _quote_type(ctx: QuoteContext, span: QuotedSpan, lo: int, q_lo: int, q_hi: int, hi: int) -> str:
    """Decide whether a quoted span is a full direct quote or a partial quote embedded in the sentence."""
    doc, text = ctx.doc, ctx.text
    inner = text[span.inner_start:span.inner_end].strip()
    n_words = len(_WORD.findall(inner))
    starts_upper = inner[:1].isupper() or inner[:1].isdigit()
    at_start = q_lo <= lo or doc[q_lo - 1].text in (":",) or doc[q_lo - 1].is_space
    if at_start and (n_words >= 3 or inner[-1:] in ".!?"):
        return "direct"
    if not starts_upper:
        return "partial"
    if inner[-1:] in ".!?…,":
        return "direct"
    if q_hi < hi and doc[q_hi].text == "," and n_words >= 3:
        return "direct"
    return "partial"


def _direct_speaker(ctx: QuoteContext, q_lo: int, q_hi: int, lo: int, hi: int) -> tuple[Span | None, Span | None, bool]:
    """Find the cue and speaker of a quote from the frame after it, then before it, then anywhere in the sentence."""
    doc, cls, cues = ctx.doc, ctx.cls, ctx.cues
    n = len(doc)
    signed = _dash_signature(ctx, q_hi)
    if signed:
        return None, signed, False
    hi_after = hi
    if q_hi >= hi and q_hi < n:
        _, hi_after = ctx.sent_of(q_hi)
    a = q_hi
    closed_sentence = doc[q_hi - 2].text in (".", "…") and a < hi_after and doc[a].text[:1].islower()
    if a < hi_after and (doc[a].text == "," or doc[q_hi - 2].text in (",", "!", "?") or closed_sentence):
        b = a + 1 if doc[a].text == "," else a
        if b < hi_after:
            cue = ctx.cue_at(b, hi_after)
            if cue and cue[1] - cue[0] == 2:
                return cue, ctx.speaker_for_cue(b, b, hi_after), False
            if cue:
                np_ = ctx.noun_phrase_after_cue(b, hi_after)
                if np_ and doc[np_[0]].lower_ in cues.TIME_WORDS:
                    np_ = None
                elif np_ and ctx.language == "en":
                    np_ = extend_to_person(doc, np_, hi_after)
                return cue, np_ or ctx.speaker_for_cue(b, b, hi_after), False
            if cues.SO_CUE and doc[b].lower_ == cues.SO_CUE:
                return (b, b + 1), noun_phrase_after(doc, b + 1, cls, hi_after), False
            np_ = noun_phrase_after(doc, b, cls, hi_after)
            if np_ and np_[1] < hi_after and ctx.cue_at(np_[1], hi_after):
                return (np_[1], np_[1] + 1), np_, False
            if np_ and np_[1] < hi_after and doc[np_[1]].text == "," and is_person_like(list(doc[np_[0]:np_[1]]), cls):
                for c in range(np_[1] + 2, min(hi_after, np_[1] + 25)):
                    if doc[c - 1].text == "," and ctx.cue_at(c, hi_after):
                        return (c, c + 1), np_, False
    best = None
    for c in range(q_lo - 1, lo - 1, -1):
        if ctx.cue_at(c, hi):
            best = c
            break
    if best is None:
        for c in range(q_hi, hi):
            if ctx.cue_at(c, hi):
                best = c
                break
    if best is None and lo > 0:
        p_lo, p_hi = ctx.sent_of(lo - 1)
        if p_hi - 1 >= p_lo and doc[p_hi - 1].text == ":":
            best = next((c for c in range(p_hi - 2, p_lo - 1, -1) if ctx.cue_at(c, p_hi)), None)
            if best is not None:
                return (best, best + 1), ctx.speaker_for_cue(best, p_lo, p_hi), False
    if best is None:
        naming = _naming_verb(ctx, q_lo, lo)
        if naming is not None:
            return (naming, naming + 1), ctx.speaker_for_cue(naming, lo, hi), False
        return None, _colon_frame_person(ctx, q_lo, lo), False
    mention = ctx.speaker_for_cue(best, lo, hi)
    inherit = mention is None and best > lo and doc[best - 1].lower_ in ("und", "and")
    return (best, best + 1), mention, inherit


_DASHES = frozenset({"―", "—", "–", "-", "--"})


def _dash_signature(ctx: QuoteContext, q_hi: int) -> Span | None:
    """Find a name signed after a quotation with a dash, ending its line ("“…” ― Sonya Herridge")."""
    doc, n = ctx.doc, len(ctx.doc)
    k = q_hi
    glued = q_hi > 0 and len(doc[q_hi - 1].text) > 1 and doc[q_hi - 1].text[-1] in "―—–"  # "”―" is one token
    if not glued:
        while k < n and doc[k].is_space and "\n" not in doc[k].text:
            k += 1
        if k >= n or doc[k].text not in _DASHES:
            return None
        k += 1
    while k < n and doc[k].is_space and "\n" not in doc[k].text:
        k += 1
    end = k
    while end < n and end - k < 6 and ctx.cls.is_name(doc[end]) and not doc[end].is_space:
        end += 1
    if end == k:
        return None
    after = doc[end] if end < n else None
    if after is None or "\n" in after.text or (after.is_space and "\n" in after.text) \
            or (is_punct(after) and (end + 1 >= n or "\n" in doc[end + 1].text or doc[end + 1].is_space)):
        return (k, end)
    return None


def _naming_verb(ctx: QuoteContext, q_lo: int, lo: int) -> int | None:
    """The finite verb of calling before a quotation in its sentence ("Obama called the holiday “…”"), whose
    subject said the quoted words, or None (cues NAMING_VERBS)."""
    doc = ctx.doc
    for k in range(q_lo - 1, max(lo, q_lo - 12) - 1, -1):
        if doc[k].text in QUOTE_MARKS or doc[k].text in (".", ";", ":"):
            return None
        if doc[k].lower_ in ctx.cues.NAMING_VERBS and doc[k].tag_ != "VBN":
            return k
    return None


def _colon_frame_person(ctx: QuoteContext, q_lo: int, lo: int) -> Span | None:
    """Find the person named in a frame ending in a colon right before a quote ("Schleiden wehrt sich so: „…“")."""
    doc = ctx.doc
    if q_lo - 1 < lo or doc[q_lo - 1].text != ":":
        return None
    people = [e for e in ctx.index.ents if e.label_ in ("PER", "PERSON") and lo <= e.start and e.end <= q_lo - 1]
    if people:
        return (people[-1].start, people[-1].end)
    if q_lo - 1 == lo + 1 and ctx.cls.is_name(doc[lo]):  # "Dembele: „Es lebe Barca“"
        return (lo, lo + 1)
    return None


def direct_candidates(ctx: QuoteContext) -> list[RawQuote]:
    """Find direct and partial quotes with their cue and speaker mention (unresolved)."""
    out: list[RawQuote] = []
    text = ctx.text
    ranges = []
    for span in ctx.spans:
        q_lo = ctx.tok_at(span.start)
        q_hi = max(ctx.tok_at(span.end - 1) + 1, q_lo + 1)
        ranges.append((q_lo, q_hi))
        ctx.quote_tokens.update(range(q_lo, q_hi))
    for span, (q_lo, q_hi) in zip(ctx.spans, ranges):
        lo, hi = ctx.sent_of(q_lo)
        hi = max(hi, ctx.sent_of(max(q_hi - 1, q_lo))[1])
        has_cue = _sentence_has_cue(ctx, lo, hi, q_lo, q_hi) or _in_reported_speech(ctx, lo, hi, q_lo, q_hi) \
            or _dash_signature(ctx, q_hi) is not None or _colon_frame_person(ctx, q_lo, lo) is not None
        if _is_term(ctx, span, has_cue) or _is_inscription(ctx, span, lo, hi, q_lo, q_hi, has_cue) \
                or _is_name_subject(ctx, span, lo, q_lo, q_hi, hi):
            ctx.quote_tokens.difference_update(range(q_lo, q_hi))
            continue
        kind = _quote_type(ctx, span, lo, q_lo, q_hi, hi)
        cue, mention, inherit = _direct_speaker(ctx, q_lo, q_hi, lo, hi)
        label = _transcript_label(ctx, span)
        if label:
            cue, mention, inherit = None, label, False
        if _pictured_speaker(ctx, mention, lo, hi):
            ctx.quote_tokens.difference_update(range(q_lo, q_hi))
            continue
        start, end = span.inner_start, span.inner_end
        while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        orphan = cue is None and mention is None and not inherit
        out.append(RawQuote(start, end, kind, cue, mention, inherit, continuation=orphan))
    return out


def colon_candidates(ctx: QuoteContext) -> list[RawQuote]:
    """Find unmarked direct speech after a cue and a colon ("sagte er: Wir kommen wieder.")."""
    doc = ctx.doc
    out: list[RawQuote] = []
    for lo, hi in ctx.sents:
        for k in range(lo + 1, hi - 3):
            if doc[k].text != ":" or k in ctx.quote_tokens:
                continue
            after = [t for t in doc[k + 1:hi] if not t.is_space]
            if not after or after[0].text in QUOTE_MARKS or any(t.i in ctx.quote_tokens for t in after):
                break
            cue = next((c for c in range(k - 1, max(lo, k - 12) - 1, -1) if ctx.cue_at(c, hi)), None)
            if cue is None:  # "Der Zeitung zufolge wie folgt: …"
                attr = next((c for c in range(k - 1, max(lo, k - 4) - 1, -1)
                             if doc[c].lower_ in ctx.cues.ATTRIBUTION_AFTER), None)
                if attr is None:
                    break
                from factcheck.nlp.indirect import quoted_name_before

                mention = noun_phrase_before(doc, attr, ctx.cls, lo) or quoted_name_before(ctx, attr, lo)
                c_lo, c_hi = k + 1, hi
                while c_lo < c_hi and doc[c_lo].is_space:
                    c_lo += 1
                if mention and c_hi - c_lo >= 3:
                    start, end = ctx.char_span(c_lo, c_hi)
                    while end > start and ctx.text[end - 1] in ".!? ":
                        end -= 1
                    out.append(RawQuote(start, end, "indirect", (attr, attr + 1), mention))
                break
            c_lo, c_hi = k + 1, hi
            while c_lo < c_hi and doc[c_lo].is_space:
                c_lo += 1
            if c_hi - c_lo < 3 or not (doc[c_lo].text[:1].isupper() or doc[c_lo].text[:1].isdigit()):
                break
            start, end = ctx.char_span(c_lo, c_hi)
            out.append(RawQuote(start, end, "direct", (cue, cue + 1), ctx.speaker_for_cue(cue, lo, hi)))
            break
    return out


def iter_quotes(doc: Doc, *, language: str, index: SpeakerIndex | None = None) -> Iterator[Quote]:
    """Yield direct, partial and indirect quotes of a Doc in text order, speakers resolved where the article allows."""
    from factcheck.nlp.indirect import indirect_candidates, resolve_all

    ctx = QuoteContext(doc, language, index)
    raws = direct_candidates(ctx)
    raws += colon_candidates(ctx)
    raws += indirect_candidates(ctx, raws)
    yield from resolve_all(ctx, raws)
