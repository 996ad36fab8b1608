"""Where to cut the lead similarity that links two articles into one story (factcheck.facts.stories).

Reads the SemEval-2022 Task 8 German pairs (../shared/eval/semeval2022_task8_de/dev.jsonl, `same_story`),
embeds each text as `stories.lead` does (title plus the first 600 characters), and prints ROC-AUC and the
threshold with the best F1 for each model. Skips cleanly when the data is missing.

    .venv/bin/python benchmarks/story_threshold.py [--models use-multilingual hashing]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from factcheck.embed import encode, load_model
from factcheck.facts.stories import LEAD_CHARS

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "semeval2022_task8_de" / "dev.jsonl"


def lead(text: str) -> str:
    return " ".join(text.split())[:LEAD_CHARS]


def auc(scores: np.ndarray, labels: np.ndarray) -> float:
    order = np.argsort(scores)
    ranks = np.empty(len(scores))
    ranks[order] = np.arange(1, len(scores) + 1)
    pos = labels.sum()
    return float((ranks[labels].sum() - pos * (pos + 1) / 2) / (pos * (len(labels) - pos)))


def best_f1(scores: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    best = (0.0, 0.0)
    for t in np.unique(scores):
        pred = scores >= t
        tp = float((pred & labels).sum())
        if tp == 0:
            continue
        f1 = 2 * tp / (pred.sum() + labels.sum())
        best = max(best, (f1, float(t)))
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--models", nargs="*", default=["use-multilingual", "hashing"])
    args = parser.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} not found")
        sys.exit(0)
    pairs = [json.loads(line) for line in DATA.open(encoding="utf-8")]
    labels = np.array([bool(p["same_story"]) for p in pairs])
    print(f"{len(pairs)} pairs, {labels.sum()} same story")
    for name in args.models:
        model = load_model(name)
        a = encode(model, [lead(p["text1"]) for p in pairs])
        b = encode(model, [lead(p["text2"]) for p in pairs])
        scores = (a * b).sum(axis=1)
        f1, threshold = best_f1(scores, labels)
        print(f"{name:<18} AUC {auc(scores, labels):.3f}  best F1 {f1:.3f} at cosine >= {threshold:.3f}")


if __name__ == "__main__":
    main()
