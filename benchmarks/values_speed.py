"""Words per second of ``factcheck.values.find_values`` on German news text (seed corpus), one core.

Runs ``find_values`` on the seed corpus split into sentences (a simple regex) and on whole articles, with
a publication date, repeats until at least two seconds have passed, and prints words/s and values found.
Also runs the German XNLI premises when ``../shared/eval/xnli_de/dev.jsonl`` exists.
Run: ``.venv/bin/python benchmarks/values_speed.py``.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
XNLI = ROOT.parent / "shared" / "eval" / "xnli_de" / "dev.jsonl"
sys.path.insert(0, str(ROOT))

from factcheck.values import find_values  # noqa: E402

_SENT = re.compile(r"(?<=[.!?])\s+")


def measure(name: str, sentences: list[str], published: str | None) -> None:
    """Time find_values over ``sentences`` and print words/s."""
    words = sum(len(s.split()) for s in sentences)
    find_values(sentences[0], published=published)
    runs, found, t0 = 0, 0, time.perf_counter()
    while True:
        for s in sentences:
            found += len(find_values(s, language="de", published=published))
        runs += 1
        elapsed = time.perf_counter() - t0
        if elapsed >= 2.0:
            break
    print(
        f"{name}: {len(sentences)} sentences, {words} words x {runs} runs in {elapsed:.2f}s -> "
        f"{words * runs / elapsed:,.0f} words/s, {found // runs} values per run"
    )


def main() -> None:
    """Run the speed measurement."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt")))
    sentences = [s for s in _SENT.split(text) if s.strip()]
    measure("seed corpus, per sentence", sentences, "2019-04-26")
    articles = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    measure("seed corpus, whole articles", articles, "2019-04-26")
    if XNLI.exists():
        premises = [
            json.loads(line)["premise"] for line in XNLI.read_text(encoding="utf-8").splitlines() if line.strip()
        ]
        measure("xnli_de premises", premises, None)


if __name__ == "__main__":
    main()
