"""Where to cut the lead similarity that links two articles into one story (factcheck.facts.stories).

Reads the SemEval-2022 Task 8 German pairs (../shared/eval/semeval2022_task8_de/dev.jsonl, `same_story`),
reads each text as `factcheck extract` reads a .txt file (ingest: boilerplate removed, title found), embeds
its lead as `stories.lead` has it (title plus the first `LEAD_CHARS` characters), and prints ROC-AUC, the
threshold with the best F1, and F1, precision and recall at the threshold in use, for each model. Skips
cleanly when the data is missing.

    .venv/bin/python benchmarks/story_threshold.py [--models use-multilingual hashing]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np

from factcheck.embed import encode, load_model
from factcheck.facts.stories import lead, story_threshold
from factcheck.ingest import load_file_with_problems

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "semeval2022_task8_de" / "dev.jsonl"


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


def articles(texts: list[str]) -> list:
    """Each text read as `factcheck extract` reads a .txt file (None where nothing is left of it)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = []
        for number, text in enumerate(texts):
            path = Path(tmp) / f"{number:04d}.txt"
            path.write_text(text, encoding="utf-8")
            try:
                found = load_file_with_problems(path, name=path.name)[0]
            except Exception:  # nothing left after boilerplate removal
                found = []
            out.append(found[0] if found else None)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--models", nargs="*", default=["use-multilingual", "hashing"])
    args = parser.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} not found")
        sys.exit(0)
    pairs = [json.loads(line) for line in DATA.open(encoding="utf-8")]
    read = articles([p[k] for p in pairs for k in ("text1", "text2")])
    keep = [i for i in range(len(pairs)) if read[2 * i] is not None and read[2 * i + 1] is not None]
    labels = np.array([bool(pairs[i]["same_story"]) for i in keep])
    print(f"{len(keep)} pairs, {labels.sum()} same story")
    for name in args.models:
        model = load_model(name)
        a, b = (encode(model, [lead(read[2 * i + k]) for i in keep]) for k in (0, 1))
        scores = (a * b).sum(axis=1)
        f1, threshold = best_f1(scores, labels)
        used = story_threshold(name)
        pred = scores >= used
        tp = float((pred & labels).sum())
        print(f"{name:<18} AUC {auc(scores, labels):.3f}  best F1 {f1:.3f} at cosine >= {threshold:.3f};  at "
              f"{used} (in use): F1 {2 * tp / (pred.sum() + labels.sum()):.3f}, precision "
              f"{tp / max(1, pred.sum()):.2f}, recall {tp / labels.sum():.2f}")


if __name__ == "__main__":
    main()
