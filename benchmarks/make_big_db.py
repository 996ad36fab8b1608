"""Write a synthetic claims.db with 100,000 claims (plus quotes, groups and conflicts) for TUI benchmarks.

Usage: python benchmarks/make_big_db.py [PATH] [--claims N]
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from factcheck import service
from factcheck.models import Article, Claim, Conflict, ConflictSide, Extraction, Group, Member, Quote, Sentence, Value
from factcheck.store.writes import replace_groups, save_article

CLAIMS_PER_ARTICLE = 200
QUOTES_PER_ARTICLE = 20
PLACES = ("Wladiwostok", "Wostotschny", "Moskau", "Pjöngjang", "Chabarowsk")
SPEAKERS = ("Wladimir Putin", "Kim Jong Un", "Dmitri Peskow", "Sergej Lawrow", "Maria Sacharowa")


def _article(number: int, rng: random.Random) -> tuple[Article, Extraction]:
    """One synthetic German article with numbered claims, each carrying a duration value, and some quotes."""
    name = f"{number:05d}_synthetic.txt"
    parts: list[str] = [f"Gipfel Nummer {number}\n\n"]
    pos = len(parts[0])
    sentences: list[Sentence] = []
    claims: list[Claim] = []
    quotes: list[Quote] = []
    for index in range(CLAIMS_PER_ARTICLE):
        hours = rng.randint(1, 9)
        place = PLACES[(number + index) % len(PLACES)]
        sentence = f"Das Treffen {index} in {place} dauerte {hours} Stunden, berichtete die Agentur."
        surface = f"{hours} Stunden"
        start = pos + sentence.index(surface)
        value = Value("duration", surface, start, start + len(surface),
                      {"seconds": hours * 3600, "min": hours * 3600, "max": hours * 3600, "hedge": "exact"})
        claims.append(Claim(sentence, pos, pos + len(sentence), sentence, pos, pos + len(sentence), (value,), (),
                            f"c{number:05d}{index:04d}", name))
        sentences.append(Sentence(sentence, pos, pos + len(sentence)))
        parts.append(sentence + " ")
        pos += len(sentence) + 1
        if index < QUOTES_PER_ARTICLE:
            speaker = SPEAKERS[(number + index) % len(SPEAKERS)]
            said = f"Wir sprechen über Thema {index} ohne Eile"
            sentence = f"„{said}“, sagte {speaker}."
            q_start = pos + 1
            c_start = pos + sentence.index("sagte")
            s_start = pos + sentence.index(speaker)
            quotes.append(Quote(said, q_start, q_start + len(said), "direct", sentence, pos, pos + len(sentence),
                                speaker, speaker, s_start, s_start + len(speaker), "sagte", c_start, c_start + 5,
                                (), f"q{number:05d}{index:04d}", name))
            sentences.append(Sentence(sentence, pos, pos + len(sentence)))
            parts.append(sentence + " ")
            pos += len(sentence) + 1
    text = "".join(parts)
    article = Article(name, f"corpus/{name}", text, f"Gipfel {number}", "Synthetic", None, "2023-09-13", "text",
                      (), "de", name)
    return article, Extraction("de", tuple(sentences), tuple(quotes), tuple(claims), ())


def _member(item: Claim | Quote, kind: str) -> Member:
    return Member(item.id, kind, item.article, item.text, item.sentence, item.start, item.end)


def _side(item: Claim) -> ConflictSide:
    value = item.values[0]
    return ConflictSide(item.id, item.article, item.text, item.sentence, item.start, item.end,
                        {**value.value, "text": value.text})


def build(path: Path, claims: int = 100_000, seed: int = 7) -> dict[str, int]:
    """Create the database at `path` (replacing it) and return what it holds."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    rng = random.Random(seed)
    db = service.open_db(path)
    articles = max(1, claims // CLAIMS_PER_ARTICLE)
    stored: list[Extraction] = []
    with db.atomic():
        for number in range(articles):
            article, extraction = _article(number, rng)
            save_article(db, article, extraction)
            stored.append(extraction)
    groups: list[Group] = []
    conflicts: list[Conflict] = []
    for index in range(0, CLAIMS_PER_ARTICLE, 4):
        for number in range(0, articles - 1, 2):
            first, second = stored[number].claims[index], stored[number + 1].claims[index]
            group_id = f"g{number:05d}{index:04d}"
            groups.append(Group(group_id, "claim", (_member(first, "claim"), _member(second, "claim")), 0.9))
            if first.values[0].value["seconds"] != second.values[0].value["seconds"]:
                conflicts.append(Conflict(
                    f"x{number:05d}{index:04d}", "duration", group_id,
                    f"{first.article} says {first.values[0].text}; {second.article} says {second.values[0].text}",
                    (_side(first), _side(second)),
                ))
    with db.atomic():
        replace_groups(db, groups, conflicts)
    summary = service.counts(db)
    db.close()
    return summary


def main() -> None:
    """Command line entry: build the database and print what it holds and how long it took."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", nargs="?", default="/tmp/factcheck_big.db", type=Path)
    parser.add_argument("--claims", type=int, default=100_000)
    args = parser.parse_args()
    started = time.perf_counter()
    summary = build(args.path, args.claims)
    print(f"wrote {args.path} in {time.perf_counter() - started:.1f} s: {summary}")


if __name__ == "__main__":
    main()
