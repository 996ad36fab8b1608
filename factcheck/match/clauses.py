"""Clauses of a statement: the unit one fact is stated in.

A sentence often carries several facts ("In Großstädten wie Hamburg oder Berlin musste der Flugverkehr
eingestellt werden, in zahlreichen Städten saßen Reisende fest"); its embedding is their mix, so the same fact
told alone elsewhere scores low against it. Grouping therefore also compares clauses: the parts between
punctuation and the conjunctions that open a new clause.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.language.stopwords import ENGLISH, GERMAN
from factcheck.match.anchors import STEM

CLAUSE_OPENERS: tuple[str, ...] = (
    # German coordinating and subordinating conjunctions that open a clause (Duden, Die Grammatik, conjunctions)
    "und", "aber", "sondern", "denn", "doch", "während", "weil", "nachdem", "als", "wobei", "obwohl", "sodass",
    "bevor", "seitdem", "wodurch", "womit",
    # English (Quirk et al., coordinators and common subordinators)
    "and", "but", "while", "because", "after", "when", "where", "although", "though", "before", "since", "whereas",
)
"""Words that open a new clause; a split happens before them."""

SUBORDINATORS: tuple[str, ...] = (
    # the subordinating conjunctions of CLAUSE_OPENERS: a clause they open is about something else than the
    # figure before them ("Hundreds of people were stranded as their trains were canceled")
    "während", "weil", "nachdem", "obwohl", "sodass", "bevor", "seitdem", "because", "although", "though",
    "whereas", "as",
)

BACKGROUND_OPENERS: tuple[str, ...] = (
    # the openers of CLAUSE_OPENERS that make a clause the circumstance of another (time, cause, concession):
    # "In Berlin starb eine Frau, als ein Baum auf ihr Auto stürzte" / "A man died in his lorry after a tree
    # struck his vehicle" share only their circumstance (Duden, Die Grammatik: subordinating conjunctions;
    # Quirk et al.: adverbial clauses)
    "während", "weil", "nachdem", "als", "obwohl", "bevor", "seitdem", "because", "after", "when", "although",
    "though", "before", "since", "whereas", "while",
)

MIN_WORDS = 5
"""A clause shorter than this says too little to stand for a fact (or is a speech frame: "sagte ein
nordkoreanischer Sprecher", "berichtete die staatliche Nachrichtenagentur")."""

MAX_CLAUSES = 6
"""At most this many clauses per statement (the longest ones), which keeps embedding linear."""

# No split after a truncated compound: "keine S- und U-Bahnen" is one phrase (the hyphen stands for "-Bahnen").
# Nor inside a number: a comma between digits groups thousands ("150,000") or marks decimals ("1,5 Millionen"),
# a colon between digits is a time or a score ("at about 9:30 p.m.", "3:1").
COMMA_OUTSIDE_NUMBER = r"(?<!\d),|,(?!\d)"
COLON_OUTSIDE_NUMBER = r"(?<!\d):|:(?!\d)"
"""Regex alternations of a comma and a colon that end a clause: not between digits (shared with the facts'
clauses, ``facts.mentions``)."""
_BREAK = re.compile(r"\s*(?:[;()\[\]–—•]|" + COLON_OUTSIDE_NUMBER + r"|(?:" + COMMA_OUTSIDE_NUMBER
                    + r")\s*|\s-\s)\s*|(?<!-)\s+(?=(?:" + "|".join(CLAUSE_OPENERS) + r")\b)", re.I)
_WORD = re.compile(r"\w+", re.UNICODE)
_OPENER = re.compile(r"^(?:" + "|".join(CLAUSE_OPENERS) + r")\s+", re.I)


def clauses(text: str) -> list[str]:
    """The clauses of a statement with at least MIN_WORDS words each, in order; [] when it has only one (the
    statement itself stands for it)."""
    return [clause for clause, _ in clause_parts(text)]


@lru_cache(maxsize=1 << 15)
def clause_parts(text: str) -> tuple[tuple[str, bool], ...]:
    """The clauses of ``clauses`` with whether each is background (opened by one of BACKGROUND_OPENERS). Cached:
    the writer reads a claim's clauses while it encodes ahead (service.ahead) and twice more while grouping."""
    parts = []
    for raw in _BREAK.split(text):
        part = (raw or "").strip(" .!?\"'“”„«»")
        stripped = _OPENER.sub("", part)
        if len(_WORD.findall(stripped)) >= MIN_WORDS:
            first = part.split(None, 1)[0].lower() if part else ""
            parts.append((stripped, stripped != part and first in BACKGROUND_OPENERS))
    if len(parts) < 2:
        return ()
    if len(parts) > MAX_CLAUSES:
        keep = sorted(sorted(range(len(parts)), key=lambda k: -len(parts[k][0]))[:MAX_CLAUSES])
        parts = [parts[k] for k in keep]
    return tuple(parts)


_CONTENT = re.compile(r"[^\W\d_][\w-]{4,}", re.UNICODE)
_FUNCTION_WORDS = GERMAN | ENGLISH


_TRUNCATED = re.compile(r"\b([^\W\d_]+)-\s+(und|oder|sowie|bzw\.)\s+([^\W\d_]+)-([^\W\d_]+)")


def content_words(text: str) -> frozenset[str]:
    """Stems of the words of five letters or more that are not function words (the first ``anchors.STEM``
    letters, so inflections meet: "Feuerwehr"/"Feuerwehren"). A truncated compound is written out first:
    "S- und U-Bahnen" counts as "S-Bahnen und U-Bahnen" (the German Ergänzungsstrich)."""
    text = _TRUNCATED.sub(r"\1-\4 \2 \3-\4", text)
    return frozenset(w.lower()[:STEM] for w in _CONTENT.findall(text) if w.lower() not in _FUNCTION_WORDS)
