"""HanTa's word analysis (``HanoverTagger.analyze_forward``) without its per-morpheme method call.

HanTa scores every segment of an unseen word against every tag that may follow the current state, calling
``lp_m_t`` each time (about 1,500 calls per word, most of the German pipeline's time on new text). This is
the same Viterbi pass with the same arithmetic in the same order, so it returns exactly HanTa's list
(tests/test_pipeline.py compares them): the morpheme tables are turned around once (morpheme -> tags), so a
segment that is no known morpheme is scored only against the 11 tags that estimate unseen morphemes, which
HanTa's other tags score as impossible. About 1.6x HanTa's speed.
"""

from __future__ import annotations

import math
from operator import itemgetter
from typing import Any, Callable

LOWER_BOUND = -1e6
"""HanTa's floor for a path's log probability."""


def fast_analyze_forward(tagger: Any) -> Callable[[str], list[tuple[int, float]]]:
    """``tagger.analyze_forward`` as a closure over the tagger's tables (they must not change afterwards)."""
    from HanTa import HanoverTagger as hanta

    empty, start, unknown = hanta.EMPTY, hanta.START, hanta.UNKNOWN
    logaddexp = hanta.logaddexp
    morphemes, hapax, suffixes, lengths = tagger.LP_m_t, tagger.LP_hapax_t, tagger.LP_s_t, tagger.LP_len_t
    intercept = tagger.Int_t
    guessing = not tagger.strict
    guessable = {tag for tag in morphemes if guessing and tag in hapax and tag in suffixes}
    nonfinal = {state: [(tag, lpt, tag in guessable) for tag, lpt in followers]
                for state, followers in tagger.LP_trans_nonfinal.items()}
    nonfinal_guessable = {state: [(tag, lpt, True) for tag, lpt in followers if tag in guessable]
                          for state, followers in tagger.LP_trans_nonfinal.items()}
    known_tags: dict[str, dict[int, float]] = {}  # morpheme -> {tag: log probability}, the tables turned around
    for tag, table in morphemes.items():
        for morpheme, lp in table.items():
            known_tags.setdefault(morpheme, {})[tag] = lp
    final = tagger.LP_trans_final

    def guess(m: str, t: int, wlen: int) -> float:
        """HanTa's estimate for morpheme ``m`` unseen with tag ``t`` (the second half of ``lp_m_t``)."""
        mlen = len(m)
        if not (wlen < 4 or mlen > 2):
            return -math.inf
        table = suffixes[t]
        if mlen > 4 and m[-4:] in table:
            lp_suf = table[m[-4:]]
        elif mlen > 3 and m[-3:] in table:
            lp_suf = table[m[-3:]]
        elif mlen > 2 and m[-2:] in table:
            lp_suf = table[m[-2:]]
        elif mlen > 1 and m[-1:] in table:
            lp_suf = table[m[-1:]]
        else:
            lp_suf = table[""]
        lp = intercept + hapax[t] + lengths[t][min(mlen, 24)] + lp_suf
        if wlen == mlen:
            lp -= 4.6
        return lp

    def analyze_forward(word: str) -> list[tuple[int, float]]:
        """(tag id, log probability) of each part of speech the word may have, most likely first."""
        wlen = len(word)
        table: list[dict[tuple[int, int], float]] = [{(empty, start): 0}] + [{} for _ in range(wlen + 1)]
        for i in range(wlen + 1):
            row = table[i]
            rowbound = sorted(row.values(), reverse=True)[3] - 1 if len(row) > 3 else LOWER_BOUND
            for state, lp in row.items():
                if lp < rowbound:
                    continue
                followup = nonfinal.get(state, ())
                followup_guessable = nonfinal_guessable.get(state, ())
                last = state[1]
                for j in range(i + 1, wlen + 1):
                    segment = word[i:j]
                    target = table[j]
                    known = known_tags.get(segment)
                    # a segment that is no known morpheme: only the tags that guess unseen ones score (HanTa
                    # gives the others -inf); either way the tags are visited in HanTa's order
                    for tag1, lpt, can_guess in followup if known is not None else followup_guessable:
                        lpm = known.get(tag1) if known is not None else None
                        if lpm is None:
                            if not can_guess:
                                continue  # HanTa: -inf, never above the floor
                            lpm = guess(segment, tag1, wlen)
                        lp1 = lp + lpt + lpm
                        if lp1 > LOWER_BOUND:
                            newstate = (last, tag1)
                            old = target.get(newstate)
                            if old is None or lp1 > old:
                                target[newstate] = lp1
        ends, last_row = table[-1], table[-2]
        for state, lp in last_row.items():
            for tag1, lpt in final.get(state, ()):
                lp1 = lp + lpt
                if lp1 > LOWER_BOUND:
                    newstate = (state[1], tag1)
                    if newstate not in ends or lp1 > ends[newstate]:
                        ends[newstate] = lp1
        results: dict[int, Any] = {}
        for state, lp in ends.items():
            if lp == -math.inf:
                continue
            pos = -state[1]
            results[pos] = logaddexp(results[pos], lp) if pos in results else lp
        found = list(results.items())
        found.sort(key=itemgetter(1), reverse=True)
        return found or [(unknown, 0)]

    return analyze_forward
