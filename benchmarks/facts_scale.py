"""How building stories, facts and their conflicts scales with the number of articles.

Generates a corpus of short articles in stories of 20 outlets each (every article states the talks' length,
the turnout by police and organisers, and a dead toll, with some outlets disagreeing), embeds with the
hashing embedder, and times ``factcheck.facts.build`` for 100, 1,000 and 5,000 articles. Also the 60-outlet
meeting of issue 10 (2, 3, 4 or 5 hours): how many conflicts and how many sides the largest lists.

    .venv/bin/python benchmarks/facts_scale.py [--sizes 100 1000 5000]
"""

from __future__ import annotations

import argparse
import random
import resource
import time

from factcheck import facts
from factcheck.embed import HashingEmbedder, encode
from factcheck.models import Article, Claim
from factcheck.values import find_values

PLACES = ["Wladiwostok", "Hamburg", "Berlin", "Kiew", "Paris", "Madrid", "Rom", "Wien", "Prag", "Oslo"]
WORDS = ["Gipfel", "Streik", "Sturm", "Wahl", "Demo", "Prozess", "Brand", "Unfall", "Konzert", "Messe"]


def claim(article: str, n: int, sentence: str) -> Claim:
    return Claim(sentence, 0, len(sentence), sentence, 0, len(sentence), tuple(find_values(sentence, language="de")),
                 id=f"{article}:c{n}", article=article)


def corpus(n_articles: int, per_story: int = 20, seed: int = 7) -> tuple[list[Claim], dict[str, Article]]:
    rng = random.Random(seed)
    items, articles = [], {}
    for a in range(n_articles):
        story = a // per_story
        topic = f"{WORDS[story % len(WORDS)]} in {PLACES[story % len(PLACES)]} Nummer {story}"
        day = 1 + story % 27
        name = f"s{story:04d}_a{a:05d}.txt"
        articles[name] = Article(name, name, topic, topic, f"Outlet {a % per_story}", None,
                                 f"20{10 + story % 15}-{1 + story % 12:02d}-{day:02d}", "text")
        hours = rng.choice(["zwei", "zwei", "zwei", "drei"])
        police = rng.choice(["150.000", "150.000", "100.000"])
        sentences = [f"Die Gespräche zum {topic} dauerten {hours} Stunden.",
                     f"Die Polizei sprach von {police} Teilnehmern, die Veranstalter von 250.000.",
                     f"Mindestens {rng.choice(['sechs', 'sieben', 'sieben'])} Menschen kamen ums Leben."]
        items += [claim(name, k, s) for k, s in enumerate(sentences)]
    return items, articles


def run(n: int) -> None:
    items, articles = corpus(n)
    model = HashingEmbedder()
    start = time.perf_counter()
    result = facts.build(items, articles, lambda texts: encode(model, texts), model_key="hashing")
    took = time.perf_counter() - start
    print(f"{n:>6} articles: {len(result.stories):>4} stories, {len(result.mentions):>6} mentions, "
          f"{len(result.facts):>5} facts, {len(result.conflicts):>5} conflicts in {took:6.2f} s "
          f"(peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")


def meeting() -> None:
    hours = ["zwei", "drei", "vier", "fünf"]
    articles = {f"{n:02d}.txt": Article(f"{n:02d}.txt", "p", "Treffen in Wladiwostok", "Treffen in Wladiwostok",
                                        f"Outlet {n}", None, "2019-04-25", "text") for n in range(60)}
    items = [claim(f"{n:02d}.txt", 0, f"Die Gespräche dauerten {hours[n % 4]} Stunden.") for n in range(60)]
    model = HashingEmbedder()
    result = facts.build(items, articles, lambda texts: encode(model, texts), model_key="hashing")
    largest = max((len(c.claims) for c in result.conflicts), default=0)
    print(f"60-outlet meeting: {len(result.conflicts)} conflict(s), the largest lists {largest} sides")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", nargs="*", type=int, default=[100, 1000, 5000])
    args = parser.parse_args()
    meeting()
    for n in args.sizes:
        run(n)


if __name__ == "__main__":
    main()
