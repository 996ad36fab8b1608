"""Speaker resolution: people and organisations an article names, role nouns, short names and pronouns."""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict

from spacy.tokens import Doc, Token

from factcheck.nlp.mentions import (
    TokenClasses,
    is_capitalised,
    country_of,
    is_age_noun,
    cues_for,
    first_name_gender,
    is_punct,
    is_spokesperson,
    name_key,
    role_key,
)
from factcheck.nlp.quote_marks import QUOTE_MARKS, find_quoted_spans
from factcheck.models import same_stem


class SpeakerIndex:
    """People and organisations an article names, with the role nouns and short names that refer to them."""

    def __init__(self, doc: Doc, language: str) -> None:
        self.doc = doc
        self.cues = cues_for(language)
        self.classes = TokenClasses(doc, self.cues)
        self.surfaces: dict[str, Counter[str]] = defaultdict(Counter)
        self.short: dict[str, list[tuple[int, str]]] = defaultdict(list)
        self.roles: dict[tuple[str, str, str], list[tuple[int, str]]] = defaultdict(list)
        self._person_mentions: list[tuple[int, str]] | None = None
        self._genders: dict[str, str] | None = None
        self._quoted: list[tuple[int, int]] | None = None
        self._quoted_starts: list[int] = []
        self._orgs: list[tuple[int, str, frozenset[str]]] | None = None
        self.kb: dict[str, str] = {}
        self.ent_of: dict[int, tuple[str, str]] = {}
        self._text: str | None = None
        self.ents = list(doc.ents)
        """The Doc's entities, read once (``doc.ents`` builds new spans on every access)."""
        for ent in self.ents:
            label = "ORG" if ent.label_ in ("PER", "PERSON") and self._described_as_org(ent.start) else ent.label_
            for t in ent:
                self.ent_of[t.i] = (label, ent.kb_id_ or ent.text)
        self._learn()

    def _described_as_org(self, i: int) -> bool:
        """Tell whether the name at token i follows a noun that describes an organisation ("The railroad, Norfolk
        Southern, said", "the rail operator Deutsche Bahn"): the entity tagger's person is an organisation."""
        doc = self.doc
        k = i - 1
        if k >= 0 and doc[k].text == ",":
            k -= 1
        if k < 0 or doc[k].lower_ not in self.cues.ORG_DESCRIPTIONS:
            return False
        j = k - 1  # the noun heads its phrase: "The railroad", "the rail operator", not "the captain of the team"
        while j >= 0 and k - j <= 3 and doc[j].is_alpha and doc[j].lower_ not in self.cues.DETERMINERS:
            j -= 1
        return j >= 0 and doc[j].lower_ in self.cues.DETERMINERS and (j == 0 or doc[j - 1].lower_ not in ("of", "von"))

    def _add_name(self, tokens: list[Token]) -> str:
        """Record a full personal name and its short forms; return its key."""
        surface = " ".join(t.text for t in tokens)
        key = name_key(surface)
        self.surfaces[key][surface] += 1
        ent = self.ent_of.get(tokens[-1].i)
        if ent and ent[0] == "PER" and " " in ent[1]:
            self.kb[key] = ent[1]
        pos = tokens[0].idx
        words = surface.split()
        self.short[name_key(words[-1])].append((pos, key))
        if words[0] in self.cues.EAST_ASIAN_SURNAMES:
            self.short[name_key(words[0])].append((pos, key))
        return key

    def _learn(self) -> None:
        """Collect names from entities and appositions, and role nouns from "Role Name" patterns."""
        doc, cls = self.doc, self.classes
        n = len(doc)
        deferred: list[tuple[Token, list[str]]] = []
        i = 0
        while i < n:
            tok = doc[i]
            if cls.is_name(tok) and (i == 0 or not cls.is_name(doc[i - 1])):
                j = i
                while j < n and j - i < 8 and cls.is_name(doc[j]) and (j == i or doc[j - 1].whitespace_):
                    j += 1
                name_toks = self._trim_long_run(list(doc[i:j]))
                role_words = self._role_words_before(i)
                is_person = any(t.ent_type_ in ("PER", "PERSON") for t in name_toks)
                is_org = any(t.ent_type_ == "ORG" or self.ent_of.get(t.i, ("",))[0] == "ORG" for t in name_toks) \
                    or name_toks[0].text in self.cues.ORG_SPEAKERS
                if not is_org and len(name_toks) >= 2:
                    if is_person or role_words or self._looks_like_person(name_toks):
                        key = self._add_name(name_toks)
                        if role_words:
                            rk = role_key(role_words, self.cues)
                            if rk:
                                self.roles[rk].append((tok.idx, key))
                elif not is_org and role_words:
                    deferred.append((tok, role_words))
                i = max(j, i + 1)
                continue
            i += 1
        for tok, role_words in deferred:
            rk = role_key(role_words, self.cues)
            ent = self.ent_of.get(tok.i)
            key = None
            if ent and ent[0] == "PER" and " " in ent[1]:
                key = name_key(ent[1])
                self.kb.setdefault(key, ent[1])
            elif name_key(tok.text) in self.short:
                key = self._nearest(self.short[name_key(tok.text)], tok.idx)
            if rk and key:
                self.roles[rk].append((tok.idx, key))
        for entries in self.roles.values():
            entries.sort()

    def _trim_long_run(self, tokens: list[Token]) -> list[Token]:
        """Cut a run of more than four capitalised words to its personal name ("County Attorney Tim Lohmar")."""
        if len(tokens) <= 4:
            return tokens
        person = [t for t in tokens if t.ent_type_ in ("PER", "PERSON")]
        if len(person) >= 2 and person[-1] is tokens[-1]:
            return tokens[tokens.index(person[0]):]
        return tokens[-2:]

    def _looks_like_person(self, tokens: list[Token]) -> bool:
        """Tell whether a run of two to four name tokens looks like a personal name."""
        if any(t.text.isupper() and len(t.text) > 1 for t in tokens):
            return False
        if any(t.text.endswith("s") and t.i < tokens[-1].i for t in tokens[:-1]):
            return False
        if any(country_of(t.text, self.cues) for t in tokens):
            return False
        return self.classes.tagged and all(t.pos_ == "PROPN" for t in tokens)

    def _role_words_before(self, i: int) -> list[str]:
        """Return the role phrase right before token i ("Russlands Präsident"), or []."""
        doc, cls = self.doc, self.classes
        j = i - 1
        if j < 0 or not cls.is_role(doc[j]):
            return []
        words = [doc[j].text]
        k = j - 1
        while k >= 0 and k >= j - 3:
            t = doc[k]
            if cls.is_det(t) or is_punct(t):
                break
            if country_of(t.text, self.cues) or cls.is_adj(t) or t.text.islower():
                if t.lower_ in self.cues.NP_STOP_WORDS:
                    break
                words.insert(0, t.text)
                k -= 1
                continue
            break
        return words

    @property
    def person_mentions(self) -> list[tuple[int, str]]:
        """Every mention of a known person by position (built on first use, for pronoun resolution)."""
        if self._person_mentions is None:
            self._collect_mentions()
        return self._person_mentions

    def _collect_mentions(self) -> None:
        """List every mention of a known person outside long quotations by position, for pronoun resolution."""
        doc, cls = self.doc, self.classes
        known = self._person_names()
        mentions: list[tuple[int, str]] = []
        for tok in doc:
            if cls.is_name(tok) or cls.is_role(tok):
                if self.in_quotation(tok.idx):
                    continue
                if tok.i > 0 and (cls.is_name(doc[tok.i - 1]) and not cls.is_role(doc[tok.i - 1])):
                    continue
                name = self.resolve_tokens(list(doc[tok.i : min(len(doc), tok.i + 4)]), tok.idx)
                if name and name in known:
                    mentions.append((tok.idx, name))
        self._person_mentions = mentions

    def in_quotation(self, pos: int) -> bool:
        """Tell whether a character offset lies inside a closed quotation longer than 30 characters."""
        if self._quoted is None:
            self._quoted = [(q.inner_start, q.inner_end) for q in find_quoted_spans(self.text)
                            if q.closed and q.inner_end - q.inner_start > 30]
            self._quoted_starts = [lo for lo, _ in self._quoted]
        k = bisect.bisect_right(self._quoted_starts, pos) - 1
        return any(lo <= pos < hi for lo, hi in self._quoted[max(0, k - 3):k + 1])

    def recent_org(self, pos: int, window: int = 2500) -> str | None:
        """Return the organisation named most recently before pos outside quotations (within window characters)."""
        for ent in reversed(self.ents):
            if ent.start_char >= pos or ent.label_ != "ORG" or self.in_quotation(ent.start_char):
                continue
            return (ent.kb_id_ or ent.text) if pos - ent.start_char <= window else None
        return None

    def org_named(self, noun: str, pos: int, window: int = 2500) -> str | None:
        """Return the last organisation before pos whose name holds the noun ("the ministry" -> "Health Ministry")."""
        for ent in reversed(self.ents):
            if ent.start_char >= pos or ent.label_ != "ORG":
                continue
            if pos - ent.start_char > window:
                return None
            if any(t.lower_ == noun for t in ent):
                return ent.kb_id_ or ent.text
        return None

    def _person_names(self) -> set[str]:
        """Return the canonical names of every known person."""
        names = {self.canonical(k) for k in self.surfaces}
        names.update(kb for label, kb in self.ent_of.values() if label == "PER")
        return names

    def canonical(self, key: str) -> str:
        """Return the display form of a name key: its most frequent spelling, the first seen on ties."""
        if key in self.kb:
            return self.kb[key]
        counter = self.surfaces.get(key)
        if not counter:
            return key
        return counter.most_common(1)[0][0]

    def _nearest(self, entries: list[tuple[int, str]], pos: int) -> str | None:
        """Pick among (position, key) entries the most recent before pos, else the most frequent."""
        before = [k for p, k in entries if p <= pos]
        if before:
            counts = Counter(k for _, k in entries)
            last = before[-1]
            best = max(counts.values())
            return last if counts[last] * 2 >= best else counts.most_common(1)[0][0]
        return Counter(k for _, k in entries).most_common(1)[0][0] if entries else None

    def resolve_name(self, words: list[str], pos: int) -> str | None:
        """Resolve a name written in full or in part to the canonical name of a known person."""
        if not words:
            return None
        key = name_key(" ".join(words))
        if key in self.surfaces:
            return self.canonical(key)
        for start in range(1, len(words)):
            sub = name_key(" ".join(words[start:]))
            if sub in self.surfaces:
                return self.canonical(sub)
        last = name_key(words[-1])
        if last in self.short:
            found = self._nearest(self.short[last], pos)
            return self.canonical(found) if found else None
        first = name_key(words[0])
        if first in self.short and len(words) == 1:
            found = self._nearest(self.short[first], pos)
            return self.canonical(found) if found else None
        return None

    def resolve_role(self, words: list[str], pos: int) -> str | None:
        """Resolve a role phrase ("der nordkoreanische Machthaber") to a person named with that role."""
        rk = role_key(words, self.cues)
        if rk is None:
            return None
        entries = self.roles.get(rk)
        if not entries and rk[1] and rk[2] in self.cues.HEAD_OF_STATE_ROLES:
            keys = {k for (mod, country, role), es in self.roles.items() for _, k in es
                    if mod == rk[0] and country == rk[1] and role in self.cues.HEAD_OF_STATE_ROLES}
            if len(keys) == 1:
                return self.canonical(keys.pop())
        if not entries:
            return None
        found = self._nearest(entries, pos)
        return self.canonical(found) if found else None

    def resolve_tokens(self, tokens: list[Token], pos: int) -> str | None:
        """Resolve a speaker noun phrase to a canonical person or organisation name, or None if unsure."""
        cls = self.classes
        toks = [t for t in tokens if not is_punct(t) or t.text in "-"]
        if not toks:
            return None
        if toks[0].lower_ in self.cues.INDEFINITE_DETERMINERS:
            names = [t.text for t in toks if cls.is_name(t)]
            return self.resolve_name(names, pos) if names else None
        toks = [t for t in toks if not cls.is_det(t)]
        if not toks:
            return None
        runs: list[list[Token]] = [[]]
        for t in toks:
            if cls.is_name(t) and not (t.text.endswith("s") and t is not toks[-1] and t.i + 1 <= toks[-1].i
                                       and self.classes.german):
                runs[-1].append(t)
            elif runs[-1]:
                runs.append([])
        runs = [r for r in runs if r]
        person_runs = [r for r in runs if any(self.ent_of.get(t.i, ("",))[0] == "PER" for t in r)]
        chosen = (person_runs or runs or [[]])[-1]
        name_run = [t.text for t in chosen]
        for t in toks:
            if t.text in self.cues.ORG_SPEAKERS and t.text[:1].isupper() and (t.text.isupper() or t.lower_ in
                                                                                ("kreml", "kremlin", "pentagon")):
                return t.text.rstrip("s") if t.lower_ == "kremls" else t.text
        for t in toks:
            ent = self.ent_of.get(t.i)
            if ent and ent[0] == "PER" and " " in ent[1]:
                return ent[1]
        orgs = [(self.ent_of[t.i][1], t) for t in toks if self.ent_of.get(t.i, ("",))[0] == "ORG"]
        if orgs and not any(self.ent_of.get(t.i, ("",))[0] == "PER" for t in toks):
            org, last = orgs[-1]
            run = next((r for r in runs if last in r), [])
            if len(run) > len(org.split()) and self.ent_of.get(run[-1].i, ("",))[0] not in ("LOC", "GPE"):
                return " ".join(t.text for t in run)  # "Norfolk Southern" where the tagger took "Southern" alone
            return org
        if name_run:
            person = self.resolve_name(name_run, pos)
            if person:
                return person
            single = [self.ent_of[t.i][1] for t in chosen if self.ent_of.get(t.i, ("",))[0] == "PER"]
            if single:
                return single[-1]
            place = all(t.ent_type_ in ("LOC", "GPE") or country_of(t.text, self.cues) for t in chosen)
            if not place and (any(t.ent_type_ == "ORG" for t in toks)
                              or any(t.lower_ in self.cues.ORG_NOUNS for t in toks)):
                return " ".join(name_run)
            if len(name_run) >= 2 and not place and not any(country_of(w, self.cues) for w in name_run):
                return " ".join(name_run)
            last = chosen[-1].text
            if not place and len(toks) <= 2 and chosen[-1].pos_ == "PROPN" and not cls.is_role(chosen[-1]) \
                    and not country_of(last, self.cues) and (last[1:].islower() or last.isupper() and len(last) > 2):
                if last.isupper():  # a transcript's "PENCE:" is the Pence named in the text, if one is
                    return self.resolve_name([last.title()], pos) or last
                return " ".join(name_run)  # a surname alone, as the text gives it ("Stumpf said", "Mr. King said")
        role_words = [t.text for t in toks if not cls.is_name(t) or country_of(t.text, self.cues)]
        person = self.resolve_role(role_words, pos)
        if person:
            return person
        if toks[0].lower_ in ("kreml", "kremlin", "pentagon"):
            return toks[0].text
        return None

    def recent_person(self, pos: int, window: int = 600) -> str | None:
        """Return the person mentioned most recently before pos (within window characters)."""
        for p, name in reversed(self.person_mentions):
            if p < pos:
                return name if pos - p <= window else None
        return None

    def is_person(self, name: str | None) -> bool:
        """Tell whether a resolved speaker name is a known person (not an organisation)."""
        if not name:
            return False
        if name in self._person_names():
            return True
        if name.isupper() and " " not in name:
            return False
        return name_key(name.split()[-1]) in self.short

    def gender_of(self, name: str | None) -> str | None:
        """Return "m" or "f" for a known person when honorifics or the pronouns after their mentions agree."""
        if self._genders is None:
            self._genders = self._learn_genders()
        return self._genders.get(name or "")

    def _learn_genders(self) -> dict[str, str]:
        """Vote a gender per person: honorifics, a one-gender first name, the first gendered pronoun after a mention."""
        doc, cues = self.doc, self.cues
        male, female = cues.MALE_PRONOUNS, cues.FEMALE_PRONOUNS
        by_char = dict(self.person_mentions)
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        current: str | None = None
        current_sent = -1
        sent_no = 0
        for tok in doc:
            if tok.is_sent_start:
                sent_no += 1
            name = by_char.get(tok.idx)
            if name:
                lows = {tok.lower_, doc[tok.i - 1].lower_ if tok.i else ""}
                if lows & cues.MALE_HONORIFICS:
                    votes[name]["m"] += 3
                elif lows & cues.FEMALE_HONORIFICS:
                    votes[name]["f"] += 3
                current, current_sent = name, sent_no
                continue
            after_quote = tok.i > 1 and (doc[tok.i - 1].text in QUOTE_MARKS or doc[tok.i - 2].text in QUOTE_MARKS)
            if current and sent_no - current_sent <= 1 and (tok.lower_ in male or tok.lower_ in female) \
                    and not after_quote:
                votes[current]["m" if tok.lower_ in male else "f"] += 1
                current = None
        for name in set(by_char.values()):
            g = None if name.split()[0] in self.cues.EAST_ASIAN_SURNAMES else first_name_gender(name)
            if g:
                votes[name][g] += 2
        out = {}
        for name, vote in votes.items():
            (g, n), *rest = vote.most_common(2) + [("", 0)]
            if n > rest[0][1] * 2:
                out[name] = g
        return out

    def recent_person_of(self, pos: int, gender: str | None, window: int = 1200) -> str | None:
        """Return the person mentioned most recently before pos whose known gender does not contradict `gender`."""
        unknown = None
        for p, name in reversed(self.person_mentions):
            if p >= pos:
                continue
            if pos - p > window:
                break
            g = self.gender_of(name)
            if gender is None or g == gender:
                return name
            if g is None and unknown is None:
                unknown = name
        return unknown

    def person_mention_between(self, lo: int, hi: int, gender: str | None) -> str | None:
        """Return the last person named between character offsets lo and hi whose gender fits, or None."""
        for p, name in reversed(self.person_mentions):
            if p >= hi:
                continue
            if p < lo:
                return None
            span = self.doc.char_span(p, p + 1, alignment_mode="expand")
            if span is None or not self._opens_sentence(span[0]):
                continue
            g = self.gender_of(name)
            if gender is None or g is None or g == gender:
                return name
        return None

    def _opens_sentence(self, token: Token) -> bool:
        """Tell whether a token starts its sentence, after nothing but names, roles and punctuation."""
        for t in self.doc[token.sent.start:token.i]:
            if not (is_punct(t) or t.is_space or self.classes.is_name(t) or self.classes.is_role(t)):
                return False
        return True

    @property
    def text(self) -> str:
        """The Doc's text, built once (``doc.text`` joins all tokens on every access)."""
        if self._text is None:
            self._text = self.doc.text
        return self._text

    @property
    def org_mentions(self) -> list[tuple[int, str, frozenset[str]]]:
        """Organisations and groups the article names outside quotations: (offset, name, lower-case words).

        Named organisations come from the entity tagger; groups from a collective head noun with the modifiers
        that name it ("Hamburger Feuerwehr", "Hamburg's fire brigade", "the rail operator Deutsche Bahn").
        """
        if self._orgs is None:
            self._orgs = self._collect_orgs()
        return self._orgs

    def _collect_orgs(self) -> list[tuple[int, str, frozenset[str]]]:
        """Build the organisation mention list (see org_mentions)."""
        doc, cls = self.doc, self.classes
        heads = self.cues.COLLECTIVE_SPEAKERS
        out: list[tuple[int, str, frozenset[str]]] = []
        for ent in self.ents:
            if ent.label_ == "ORG" and not self.in_quotation(ent.start_char):
                name = ent.kb_id_ or ent.text
                out.append((ent.start_char, name, frozenset(name_key(name).split())))
        n = len(doc)
        for tok in doc:
            if tok.lower_ not in heads or self.in_quotation(tok.idx) or tok.ent_type_ == "ORG":
                continue
            lo = tok.i
            while lo - 1 >= 0 and tok.i - lo < 4:
                prev = doc[lo - 1]
                if prev.lower_ in ("'s", "’s") or (is_capitalised(prev) and (cls.is_adj(prev) or cls.is_name(prev))
                                                   and not cls.is_det(prev) and not prev.is_sent_start) \
                        or (not cls.german and prev.pos_ in ("NOUN", "PROPN") and prev.lower_ not in heads):
                    lo -= 1
                else:
                    break
            hi = tok.i + 1
            while hi < n and hi - tok.i <= 3 and cls.is_name(doc[hi]) and doc[hi - 1].whitespace_:
                hi += 1
            if hi > tok.i + 1:
                lo = tok.i + 1 if not cls.german else lo
            start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
            name = self.text[start:end]
            out.append((tok.idx, name, frozenset(name_key(name).replace("'s", "").replace("’s", "").split())))
        out.sort()
        return out

    def org_for_words(self, words: list[str], pos: int, window: int = 4000) -> str | None:
        """Return the organisation named before pos holding all these words: the most specific name among those
        near the last one ("Hamburger Feuerwehr" before a later "die Feuerwehr")."""
        keys = [name_key(w) for w in words if w.strip("-")]
        keys = [k for k in keys if k not in ("der", "die", "das", "des", "the")]
        if not keys:
            return None

        def fits(words_: frozenset[str]) -> bool:
            return all(k in words_ or any(same_stem(w, k) for w in words_) for k in keys)

        before = [(p, name, ws) for p, name, ws in self.org_mentions if p < pos and pos - p <= window and fits(ws)]
        if before:
            best_p = before[-1][0]
            near = [b for b in before if best_p - b[0] <= 1500 or b is before[-1]]
            return max(near, key=lambda b: (len(b[2]), b[0]))[1]
        return None

    def describe(self, tokens: list[Token], pos: int) -> tuple[str | None, str]:
        """Resolve a speaker described without a known name; return (speaker, kind).

        kind is "spokesperson" (someone speaking for an organisation: the organisation is the speaker, None when
        the text does not say which), "org" (an organisation or group speaking as a whole), "document" (a
        statement speaking for its author), "written" (an unnamed group or a publication speaking as written:
        "human rights groups", "the ad") or "person" (an unnamed person described in the text, kept as written),
        else "".
        """
        cls, cues = self.classes, self.cues
        toks = [t for t in tokens if not is_punct(t) or t.text in "-‑"]
        if not toks:
            return None, ""
        def age_head(k: int) -> bool:  # "ein etwa 30-jähriger" (an age written small, used as a noun)
            return is_age_noun(toks[k].lower_) and (k + 1 == len(toks) or not cls.is_noun(toks[k + 1]))

        i = 0
        while i < len(toks) and (cls.is_det(toks[i]) or cls.is_adj(toks[i]) or toks[i].like_num
                                 or toks[i].text in "-‑" or toks[i].pos_ == "ADV") and not age_head(i):
            i += 1
        j = i
        while j < len(toks) and (cls.is_noun(toks[j]) or cls.is_role(toks[j]) or toks[j].text in "-‑" or age_head(j)
                                 or toks[j].lower_ in ("'s", "’s")
                                 or (j > i and (toks[j].like_num or cls.is_adj(toks[j])) and j + 1 < len(toks))):
            if j > i and toks[j].lower_ in cues.ATTACHMENT_WORDS:
                break
            j += 1
        while j > i and toks[j - 1].text in "-‑":
            j -= 1
        if j <= i:
            return None, ""
        head = toks[j - 1]
        low = head.lower_
        modifiers = [t.text for t in toks[i:j - 1] if t.text not in "-‑" and t.lower_ not in ("'s", "’s")
                     and not t.like_num]
        rest = toks[j:]
        attached: list[str] = []
        if rest and rest[0].lower_ in cues.ATTACHMENT_WORDS:
            attached = [t.text for t in rest[1:] if not cls.is_det(t) and t.text not in "-‑"
                        and t.lower_ not in ("'s", "’s")]
        text = self.text
        as_written = text[toks[0].idx:toks[-1].idx + len(toks[-1].text)]
        # the mention as written without its article ("officials", "state officials", "human rights groups")
        unarticled = as_written[toks[1].idx - toks[0].idx:] if cls.is_det(toks[0]) and len(toks) > 1 else as_written
        if is_spokesperson(low, cues) and not cls.german and low.endswith("s") and len(toks) - i == 1 \
                and not attached and not rest:  # "officials said": nobody's spokespeople in particular
            return unarticled, "written"
        if is_spokesperson(low, cues):
            spoke = next(x for x in cues.SPOKESPERSON_NOUNS if low.endswith(x))
            prefix = head.text[: len(head.text) - len(spoke)].strip("-‑")
            if not attached and len(prefix) <= 2 and any(country_of(t.text, cues) for t in toks):
                return None, ""
            for words in (attached, [prefix] if len(prefix) > 2 else [], modifiers):
                if words and not all(country_of(w, cues) for w in words):
                    org = self.org_for_words(words if words is attached else words[-1:], pos)
                    if org:
                        return org, "spokesperson"
                    if words is attached:
                        att_toks = [t for t in rest[1:] if not cls.is_det(t)]
                        named = any(t.ent_type_ == "ORG" or t.pos_ == "PROPN" or t.lower_ in cues.COLLECTIVE_SPEAKERS
                                    for t in att_toks)
                        if not named:
                            return None, ""
                        written = text[att_toks[0].idx:toks[-1].idx + len(toks[-1].text)]
                        article = next((t.lower_ for t in rest[:2] if t.lower_ in ("der", "des", "dem", "den")), None)
                        if cls.german and article:
                            written = nominative(written, article)
                        return written, "spokesperson"
                    if words is not modifiers or all(w[:1].isupper() for w in words):
                        return " ".join(words)[:1].upper() + " ".join(words)[1:], "spokesperson"
            if modifiers and not cls.german and not all(country_of(w, cues) for w in modifiers) \
                    and not any(w.lower() in cues.ORG_DESCRIPTIONS for w in modifiers):  # "a company spokesman"
                # "state officials said", "a police spokesman said" with no such body named: as written, not the
                # organisation named last (the railroad whose train derailed)
                return unarticled, "written"
            return None, "spokesperson"
        if low in cues.WRITTEN_SPEAKERS and not attached:  # "human rights groups said", "the ad says"
            return unarticled, "written"
        if low.endswith(cues.DOCUMENT_SPEAKERS):
            doc_word = next(x for x in cues.DOCUMENT_SPEAKERS if low.endswith(x))
            if not attached and len(rest) > 1 and rest[0].lower_ == "in":  # "a report in the newspaper Bild"
                attached = [t.text for t in rest[1:] if not cls.is_det(t) and t.text not in "-‑"]
            prefix = head.text[: len(head.text) - len(doc_word)].strip("-‑")
            for words in (attached, [prefix] if len(prefix) > 2 and prefix[:1].isupper() else [], modifiers):
                if words and (words[-1][:1].isupper() or words[-1].lower() in cues.COLLECTIVE_SPEAKERS):
                    written = " ".join(words)
                    article = next((t.lower_ for t in rest[:1] if t.lower_ in ("der", "des")), None)
                    if cls.german and article and words is attached:  # "ein Bericht der Süddeutschen Zeitung"
                        written = nominative(written, article)
                    return self.org_for_words(words[-1:], pos) or written, "document"
            return self.recent_org(pos), "document"
        if low in cues.COLLECTIVE_SPEAKERS:
            org = self.org_for_words([*modifiers[-1:], low], pos) if modifiers else None
            org = org or (self.org_for_words([low], pos) if not rest else None)
            if org and (not modifiers or all(name_key(m) in name_key(org) for m in modifiers)):
                return org, "org"
            if not modifiers and not attached and cls.is_det(toks[0]) and low in cues.ORG_DESCRIPTIONS:
                return None, "org"
            start = toks[i].idx if not cls.is_det(toks[0]) else toks[1].idx if len(toks) > 1 else toks[0].idx
            return text[start:toks[-1].idx + len(toks[-1].text)], "org"
        indefinite = toks[0].lower_ in cues.INDEFINITE_DETERMINERS or toks[0].lower_ in ("one", "eine", "ein")
        if (indefinite or (not cls.is_det(toks[0]) and low.endswith("s") and not cls.german)) \
                and not cls.is_name(head) and low.endswith(cues.PERSON_HEAD_SUFFIXES) \
                and low not in cues.NON_PERSON_NOUNS:
            return as_written, "person"
        return None, ""


def nominative(name: str, article: str) -> str:
    """Put a German name seen after a definite article back in the nominative ("Deutschen Bahn" -> "Deutsche Bahn",
    "Deutschen Wetterdienstes" -> "Deutsche Wetterdienst", "Flughafens Köln" -> "Flughafen Köln"): weak adjective
    endings -en become -e, and after "des" the genitive -es/-s of the last word that has one goes (a name after
    the noun, "Köln", has none)."""
    words = name.split()
    for k, w in enumerate(words[:-1]):
        if w[:1].isupper() and w.endswith("en") and len(w) > 4:
            words[k] = w[:-1]
    if article == "des":
        for k in range(len(words) - 1, -1, -1):
            word = words[k]
            if word.endswith("es") and len(word) > 5:
                words[k] = word[:-2]
                break
            if word.endswith("s") and len(word) > 4 and not word.endswith(("ss", "us")):
                words[k] = word[:-1]
                break
    return " ".join(words)


def collective_head(tokens: list[Token], cues) -> bool:
    """Tell whether a mention is headed by a group or organisation noun ("Opponents of TTIP", "die Polizei")."""
    k = 0
    while k < len(tokens) and (tokens[k].lower_ in cues.DETERMINERS or is_punct(tokens[k])
                               or tokens[k].pos_ in ("ADJ", "NUM") or tokens[k].lower_ in ("'s", "’s")):
        k += 1
    head = None
    while k < len(tokens) and tokens[k].pos_ in ("NOUN", "PROPN") and tokens[k].lower_ not in cues.ATTACHMENT_WORDS:
        head = tokens[k]
        k += 1
    return head is not None and head.lower_ in cues.COLLECTIVE_SPEAKERS \
        and head.ent_type_ not in ("ORG", "PER", "PERSON")
