"""Throughput of the German and English pipelines (tokens per second, one process, one core).

Usage: .venv/bin/python benchmarks/pipeline_speed.py [--language de|en|both]

Both wall-clock and process CPU time are reported; on a shared machine the CPU figure is the one-core
throughput. Texts: the seed corpus (first with empty word caches, at the end warm) and, when available, the GermEval
dev part-1 sentences joined into paragraphs (encyclopaedic text full of words the caches have not seen). Also prints load time.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
GERMEVAL = ROOT.parent / "shared" / "de-train" / "germeval2014-dev-part1.tsv"


def germeval_paragraphs(limit: int = 1100) -> list[str]:
    """Return GermEval sentences as plain text paragraphs (fresh vocabulary for a cold-cache figure)."""
    if not GERMEVAL.exists():
        return []
    texts, words = [], []
    for line in GERMEVAL.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if words:
                texts.append(" ".join(words))
            words = []
            continue
        words.append(line.split("\t")[1])
    return texts[:limit]


def run(nlp, texts: list[str], label: str) -> None:
    """Process texts and print tokens per second of wall time and of CPU time (robust on a busy machine)."""
    began, cpu = time.perf_counter(), time.process_time()
    tokens = sum(len(doc) for doc in nlp.pipe(texts))
    seconds, cpu_seconds = time.perf_counter() - began, time.process_time() - cpu
    print(
        f"  {label:34} {tokens:7d} tokens  wall {seconds:6.2f} s {tokens / seconds:8,.0f} tok/s"
        f"  cpu {cpu_seconds:6.2f} s {tokens / cpu_seconds:8,.0f} tok/s"
    )


def main() -> None:
    """Load each pipeline, time it on the seed corpus and on unseen GermEval text."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="both", choices=["de", "en", "both"])
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    corpus = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    from factcheck.nlp.pipeline import load_pipeline

    for language in ("de", "en") if args.language == "both" else (args.language,):
        began, cpu = time.perf_counter(), time.process_time()
        nlp = load_pipeline(language)
        nlp("Start.")
        print(f"{language}: load wall {time.perf_counter() - began:.2f} s, cpu {time.process_time() - cpu:.2f} s,"
              f" pipes {nlp.pipe_names}")
        run(nlp, corpus, "seed corpus (cold caches)")
        if language == "de":
            run(nlp, germeval_paragraphs(), "GermEval dev-1 text (unseen words)")
        run(nlp, corpus * 3, "seed corpus x3 (warm caches)")


if __name__ == "__main__":
    main()
