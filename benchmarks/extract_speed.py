"""Words per second of extract_text on one core: the seed corpus repeated to about 200k words (no embeddings)."""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    """Run the benchmark and print words/s for the whole extract_text and for the extraction step alone."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=200_000, help="total words to process")
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    from factcheck.nlp.extract import extract_doc, extract_text
    from factcheck.nlp.pipeline import load_pipeline

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    nlp = load_pipeline("de")
    extract_text(texts[0], language="de")
    batch, words = [], 0
    while words < args.words:
        for text in texts:
            batch.append(text)
            words += len(text.split())
    t0 = time.perf_counter()
    n_quotes = n_claims = 0
    for text in batch:
        ex = extract_text(text, language="de", published="2019-04-25")
        n_quotes += len(ex.quotes)
        n_claims += len(ex.claims)
    total = time.perf_counter() - t0
    docs = [nlp(text) for text in batch[: len(texts) * 4]]
    sub_words = sum(len(t.split()) for t in batch[: len(docs)])
    t1 = time.perf_counter()
    for doc in docs:
        extract_doc(doc, published="2019-04-25")
    only = time.perf_counter() - t1
    print(f"documents: {len(batch)}, words: {words}, quotes: {n_quotes}, claims: {n_claims}")
    print(f"extract_text (pipeline + extraction): {words / total:,.0f} words/s ({total:.1f} s)")
    print(f"extract_doc only (extraction on a parsed Doc): {sub_words / only:,.0f} words/s")
    print("target: >= 5,000 words/s for German")


if __name__ == "__main__":
    main()
