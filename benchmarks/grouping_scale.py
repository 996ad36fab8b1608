"""Time and peak memory of group_statements on synthetic claims at 1k, 10k and 100k statements.

Synthetic data: 512-dim unit vectors (the size of use-multilingual). A quarter of the statements sit in planted
clusters of three near-duplicates (cosine ~0.9 to their centre) spread over three articles published within a
few days; the rest are random. Articles hold 20 statements and are published across 2019-2024. Each size runs
in a fresh subprocess so ``ru_maxrss`` is that run's peak. Also prints how many planted clusters came back
exactly. Run: ``.venv/bin/python benchmarks/grouping_scale.py [--sizes 1000,10000,100000]``.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DIM = 512
PER_ARTICLE = 20


def make_data(n: int, seed: int = 0):
    """Claims, vectors, articles and the planted clusters (lists of claim ids)."""
    from factcheck.models import Article, Claim

    rng = np.random.default_rng(seed)
    vecs = rng.normal(size=(n, DIM)).astype(np.float32)
    n_articles = max(3, n // PER_ARTICLE)
    article_of = rng.integers(0, n_articles, size=n)
    planted = []
    n_clusters = n // 12
    for c in range(n_clusters):
        rows = [3 * c, 3 * c + 1, 3 * c + 2]
        centre = rng.normal(size=DIM).astype(np.float32)
        centre /= np.linalg.norm(centre)
        first = int(rng.integers(0, n_articles - 2))
        for k, row in enumerate(rows):
            noise = rng.normal(size=DIM).astype(np.float32)
            noise /= np.linalg.norm(noise)
            vecs[row] = centre + 0.45 * noise
            article_of[row] = first + k
        planted.append([f"s{r}" for r in rows])
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    start = date(2019, 1, 1)
    articles = {}
    for a in range(n_articles):
        published = start + timedelta(days=int(a * 2000 / n_articles))
        articles[f"a{a}"] = Article(name=f"a{a}", path="", text="", title=None, outlet=None, url=None,
                                    published=published.isoformat(), published_source="text")
    claims = [Claim(text=f"statement {i}", start=0, end=1, sentence="", sentence_start=0, sentence_end=1,
                    id=f"s{i}", article=f"a{article_of[i]}") for i in range(n)]
    return claims, vecs, articles, planted


def run_one(n: int) -> dict:
    """Group one synthetic set and measure it."""
    from factcheck.match import group_statements

    claims, vecs, articles, planted = make_data(n)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    groups = group_statements(claims, vecs, articles=articles, threshold=0.75)
    secs = time.perf_counter() - t0
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    found = {frozenset(m.id for m in g.members) for g in groups}
    exact = sum(frozenset(p) in found for p in planted)
    return {"n": n, "seconds": round(secs, 2), "peak_rss_mb": round(rss_after / 1024, 1),
            "rss_growth_mb": round((rss_after - rss_before) / 1024, 1), "groups": len(groups),
            "planted": len(planted), "recovered_exactly": exact}


def main() -> None:
    """Run every size in its own process and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--one", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one)))
        return
    print(f"{'n':>8} {'seconds':>8} {'peak MB':>8} {'growth MB':>9} {'groups':>7} {'planted':>8} {'recovered':>9}")
    for n in (int(s) for s in args.sizes.split(",")):
        out = subprocess.run([sys.executable, __file__, "--one", str(n)], capture_output=True, text=True, check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"{r['n']:>8} {r['seconds']:>8} {r['peak_rss_mb']:>8} {r['rss_growth_mb']:>9} {r['groups']:>7} "
              f"{r['planted']:>8} {r['recovered_exactly']:>9}", flush=True)


if __name__ == "__main__":
    main()
