"""Entity precision/recall/F1 per type of the German pipeline on a GermEval 2014 file.

Usage: .venv/bin/python benchmarks/ner_germeval.py [germeval2014-dev-part1.tsv] [--errors N]

Scoring: exact span + type, outer level (column 3) only; -deriv and -part labels count as O; OTH -> MISC.
Each GermEval sentence is one Doc with the gold tokenisation and one sentence. Reads ../shared/de-train/
relative to the repository root and skips cleanly when it is missing.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "de-train"
LABELS = ("PER", "LOC", "ORG", "MISC")


def evaluate(path: Path, show_errors: int = 0, rules_only: bool = False) -> None:
    """Run the German pipeline over a GermEval file and print P/R/F1 per type and overall."""
    from spacy.tokens import Doc

    from factcheck.nlp.german.entities import find_entities
    from factcheck.nlp.german.germeval import read_germeval
    from factcheck.nlp.pipeline import load_pipeline

    nlp = load_pipeline("de")
    components = [pipe for name, pipe in nlp.pipeline if name != "factcheck_de_sentences"]
    data = read_germeval(path)
    tp, fp, fn = Counter(), Counter(), Counter()
    errors = []
    tokens = 0
    began = time.perf_counter()
    for words, gold in data:
        doc = Doc(nlp.vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
        for pipe in components[:-1] if rules_only else components:
            doc = pipe(doc)
        if rules_only:
            doc.ents = find_entities(doc)
        tokens += len(words)
        pred = {(e.start, e.end, e.label_) for e in doc.ents}
        for span in pred & gold:
            tp[span[2]] += 1
        for span in pred - gold:
            fp[span[2]] += 1
        for span in gold - pred:
            fn[span[2]] += 1
        if show_errors and pred != gold:
            errors.append((words, gold - pred, pred - gold))
    seconds = time.perf_counter() - began
    mode = "rules and gazetteers only" if rules_only else "full entity layer"
    print(f"{path.name} ({mode}): {len(data)} sentences, {tokens} tokens, {tokens / seconds:,.0f} tokens/s")
    print(f"{'type':6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}")
    for label in (*LABELS, "ALL"):
        t = sum(tp.values()) if label == "ALL" else tp[label]
        p_ = t + (sum(fp.values()) if label == "ALL" else fp[label])
        g = t + (sum(fn.values()) if label == "ALL" else fn[label])
        precision = t / p_ if p_ else 0.0
        recall = t / g if g else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{label:6} {precision:6.3f} {recall:6.3f} {f1:6.3f} {g:6d}")
    for words, missed, wrong in errors[:show_errors]:
        print("\n" + " ".join(words))
        print("  missed:", sorted((" ".join(words[s:e]), l) for s, e, l in missed))
        print("  wrong: ", sorted((" ".join(words[s:e]), l) for s, e, l in wrong))


def main() -> None:
    """Parse arguments and evaluate; skip when the data folder is missing."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", default="germeval2014-dev-part1.tsv")
    parser.add_argument("--errors", type=int, default=0, help="print this many sentences with errors")
    parser.add_argument("--rules-only", action="store_true", help="score the rule/gazetteer layer without the CRF")
    args = parser.parse_args()
    path = DATA / args.file
    if not path.exists():
        print(f"skipped: {path} not found")
        return
    evaluate(path, args.errors, args.rules_only)


if __name__ == "__main__":
    main()
