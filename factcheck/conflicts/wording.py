"""Word-level comparison of two renderings of one quote."""

from __future__ import annotations

import difflib
import re

_TOKEN = re.compile(r"\w+(?:[-']\w+)*|[^\w\s]", re.UNICODE)


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'"})
# An editor's insertion inside a quotation ("he is (a) hugely talented player", "[the club]"): up to three words.
_INSERTION = re.compile(r"[(\[][^()\[\]]{1,30}[)\]]")


def normalise(text: str) -> str:
    """A quotation as compared: one apostrophe, no editorial insertions in brackets (quotation marks and other
    punctuation are dropped by ``words``)."""
    text = text.translate(_APOSTROPHES)
    return _INSERTION.sub(lambda m: " " if len(m.group(0).split()) <= 3 else m.group(0), text)


def words(text: str) -> list[str]:
    """Lower-cased words without punctuation: what decides whether two quotes are worded differently."""
    return [t.lower() for t in _TOKEN.findall(normalise(text)) if t[0].isalnum() or t[0] == "_"]


def same_wording(a: str, b: str) -> bool:
    """True when the quotes have the same words, or one is a contiguous excerpt of the other (a partial quote)."""
    wa, wb = words(a), words(b)
    if wa == wb:
        return True
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if not short:
        return True
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


def word_diff(a: str, b: str) -> tuple[tuple[str, str], ...]:
    """Diff of two texts over words, as runs of ("=", text), ("-", text only in a), ("+", text only in b)."""
    ta = [t for t in _TOKEN.findall(normalise(a)) if t[0].isalnum() or t[0] == "_"]
    tb = [t for t in _TOKEN.findall(normalise(b)) if t[0].isalnum() or t[0] == "_"]
    matcher = difflib.SequenceMatcher(None, [t.lower() for t in ta], [t.lower() for t in tb], autojunk=False)
    out: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append(("=", " ".join(ta[i1:i2])))
            continue
        if i2 > i1:
            out.append(("-", " ".join(ta[i1:i2])))
        if j2 > j1:
            out.append(("+", " ".join(tb[j1:j2])))
    return tuple(out)


def changed_words(diff: tuple[tuple[str, str], ...]) -> int:
    """How many words a diff removes or adds."""
    return sum(len(text.split()) for op, text in diff if op != "=")


def similarity(a: str, b: str) -> float:
    """Word-level difflib ratio of two texts (case and punctuation ignored)."""
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    return difflib.SequenceMatcher(None, wa, wb, autojunk=False).ratio()
