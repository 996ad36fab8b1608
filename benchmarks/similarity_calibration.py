"""Calibrate cosine similarity of the built-in embedders on German pair sets and print a table.

Reads ``../shared/eval/`` relative to the repository root (skips cleanly when missing):

- ``pawsx_de/dev.jsonl``: ROC-AUC and best-F1 threshold for ``paraphrase``.
- ``stsb_de/dev.jsonl``: Spearman against ``score_0_5``; also AUC/best-F1 threshold for "same statement"
  (score >= 4), the notion grouping needs, and the lowest threshold with precision >= 0.8 (with its recall):
  a wrong group produces false conflicts, which cost a reviewer more than a missed group. ``sts3_*``: the
  threshold with precision >= 0.9 for score >= 3 ("roughly equivalent, some important information differs",
  the very pairs conflicts are made of).
- ``semeval2022_task8_de/dev.jsonl``: ROC-AUC and best-F1 threshold for ``same_story``; articles are
  embedded as title + lead: the first 3 sentences, at most 600 characters ("lead" mode).

Models: use-multilingual, e5-small (all pairs unless ``--e5-limit N`` subsamples each set to N pairs),
hashing, and a word-overlap Jaccard baseline. Run: ``.venv/bin/python benchmarks/similarity_calibration.py``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
sys.path.insert(0, str(ROOT))

from factcheck import embed  # noqa: E402

_SENT_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ\"„])")
_WORD = re.compile(r"\w+")


def lead(text: str, sentences: int = 3, limit: int = 600) -> str:
    """Title plus first sentences of an article, cut to a character limit."""
    parts = _SENT_END.split(text.strip())
    return " ".join(parts[:sentences])[:limit]


def read_pairs(name: str) -> list[dict]:
    """Read one pair set from the eval folder."""
    path = EVAL / name / "dev.jsonl"
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def jaccard_scores(a: Sequence[str], b: Sequence[str]) -> np.ndarray:
    """Word-overlap Jaccard of each pair (lower-cased word sets)."""
    out = []
    for x, y in zip(a, b):
        sx, sy = set(_WORD.findall(x.lower())), set(_WORD.findall(y.lower()))
        out.append(len(sx & sy) / max(1, len(sx | sy)))
    return np.asarray(out)


def cosine_scorer(model: object) -> Callable[[Sequence[str], Sequence[str]], np.ndarray]:
    """A pair scorer that embeds both sides and returns row-wise cosine similarity."""

    def score(a: Sequence[str], b: Sequence[str]) -> np.ndarray:
        va = embed.encode(model, a)
        vb = embed.encode(model, b)
        return np.einsum("ij,ij->i", va, vb)

    return score


def best_f1(scores: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    """Best F1 over thresholds and the threshold that reaches it."""
    from sklearn.metrics import precision_recall_curve

    prec, rec, thr = precision_recall_curve(labels, scores)
    f1 = 2 * prec * rec / np.maximum(prec + rec, 1e-12)
    i = int(np.argmax(f1[:-1]))
    return float(f1[i]), float(thr[i])


def threshold_at_precision(scores: np.ndarray, labels: np.ndarray, target: float) -> tuple[float, float]:
    """Lowest threshold whose precision reaches the target, and the recall there."""
    from sklearn.metrics import precision_recall_curve

    prec, rec, thr = precision_recall_curve(labels, scores)
    ok = np.nonzero(prec[:-1] >= target)[0]
    if len(ok) == 0:
        return float("nan"), 0.0
    return float(thr[ok[0]]), float(rec[ok[0]])


def evaluate(scorer: Callable, limit: int | None) -> dict[str, float]:
    """All figures for one scorer."""
    from scipy.stats import spearmanr
    from sklearn.metrics import roc_auc_score

    res: dict[str, float] = {}
    paws = read_pairs("pawsx_de")[:limit]
    s = scorer([p["sentence1"] for p in paws], [p["sentence2"] for p in paws])
    y = np.asarray([p["paraphrase"] for p in paws])
    res["paws_auc"] = roc_auc_score(y, s)
    res["paws_f1"], res["paws_thr"] = best_f1(s, y)

    sts = read_pairs("stsb_de")[:limit]
    s = scorer([p["sentence1"] for p in sts], [p["sentence2"] for p in sts])
    gold = np.asarray([p["score_0_5"] for p in sts])
    res["sts_spearman"] = spearmanr(s, gold).statistic
    y = (gold >= 4).astype(int)
    res["sts4_auc"] = roc_auc_score(y, s)
    res["sts4_f1"], res["sts4_thr"] = best_f1(s, y)
    res["sts4_thr_p80"], res["sts4_rec_p80"] = threshold_at_precision(s, y, 0.8)
    y3 = (gold >= 3).astype(int)
    res["sts3_thr_p90"], res["sts3_rec_p90"] = threshold_at_precision(s, y3, 0.9)

    sem = read_pairs("semeval2022_task8_de")[:limit]
    s = scorer([lead(p["text1"]) for p in sem], [lead(p["text2"]) for p in sem])
    y = np.asarray([int(p["same_story"]) for p in sem])
    res["sem_auc"] = roc_auc_score(y, s)
    res["sem_f1"], res["sem_thr"] = best_f1(s, y)
    return res


def main() -> None:
    """Run every scorer and print one table row each."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--e5-limit", type=int, default=None, help="pairs per set for e5-small (default: all)")
    parser.add_argument("--models", default="jaccard,hashing,use-multilingual,e5-small")
    args = parser.parse_args()
    if not EVAL.exists():
        print(f"skip: {EVAL} not found")
        return
    cols = ["paws_auc", "paws_f1", "paws_thr", "sts_spearman", "sts4_auc", "sts4_f1", "sts4_thr", "sts4_thr_p80",
            "sts4_rec_p80", "sts3_thr_p90", "sts3_rec_p90",
            "sem_auc", "sem_f1", "sem_thr"]
    print(f"{'model':17} " + " ".join(f"{c:>12}" for c in cols) + f" {'seconds':>8}")
    for name in args.models.split(","):
        start = time.perf_counter()
        if name == "jaccard":
            res = evaluate(jaccard_scores, None)
        else:
            limit = args.e5_limit if name == "e5-small" else None
            res = evaluate(cosine_scorer(embed.load_model(name)), limit)
        secs = time.perf_counter() - start
        print(f"{name:17} " + " ".join(f"{res[c]:12.3f}" for c in cols) + f" {secs:8.1f}", flush=True)


if __name__ == "__main__":
    main()
