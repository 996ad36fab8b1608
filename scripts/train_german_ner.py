"""Train the German CRF entity tagger shipped as factcheck/nlp/assets/de_ner.crfsuite.

Run: .venv/bin/python scripts/train_german_ner.py [--train germeval2014-test.tsv] [--holdout 0]

Data: ../shared/de-train/germeval2014-test.tsv (GermEval 2014 NER test set, CC BY 4.0); the benchmark
evaluates on germeval2014-dev-part1.tsv, which training never reads. Each sentence goes through the real
German tagger and the rule/gazetteer layer, whose proposals are features of a linear-chain CRF
(python-crfsuite, L-BFGS with L1+L2 regularisation); sentences with an entity are seen twice (--repeat 1),
which trades a little precision for recall. With --holdout N the last N sentences are kept out
and scored, for choosing c1/c2; the shipped model is trained on all sentences with --holdout 0.
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "de-train"
MODEL = ROOT / "factcheck" / "nlp" / "assets" / "de_ner.crfsuite"


def featurise(path: Path) -> tuple[list[list[list[str]]], list[list[str]]]:
    """Tag each GermEval sentence and return (crfsuite features, BIO labels) per sentence."""
    from spacy.tokens import Doc

    from factcheck.nlp.german.entities import find_entities
    from factcheck.nlp.german.germeval import bio_labels, read_germeval
    from factcheck.nlp.german.ner_features import sentence_attributes
    from factcheck.nlp.german.tagger import german_tagger
    from factcheck.nlp.pipeline import load_pipeline

    nlp = load_pipeline("de")
    xs, ys = [], []
    for words, gold in read_germeval(path):
        doc = Doc(nlp.vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
        german_tagger(doc)
        xs.append(sentence_attributes(doc, find_entities(doc)))
        ys.append(bio_labels(len(words), gold))
    return xs, ys


def score(tagger: object, xs: list, ys: list) -> float:
    """Return entity-level micro F1 of a trained tagger on held-out sentences."""
    from factcheck.nlp.german.germeval import spans_from_bio

    tp = fp = fn = 0
    for x, y in zip(xs, ys):
        pred = spans_from_bio(list(tagger.tag(x)))  # type: ignore[attr-defined]
        gold = spans_from_bio(y)
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn += len(gold - pred)
    p = tp / max(1, tp + fp)
    r = tp / max(1, tp + fn)
    return 2 * p * r / max(1e-9, p + r)


def main() -> None:
    """Featurise, train and write the model (or score a held-out tail)."""
    import pycrfsuite

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", default="germeval2014-test.tsv")
    parser.add_argument("--holdout", type=int, default=0)
    parser.add_argument("--c1", type=float, default=0.02)
    parser.add_argument("--c2", type=float, default=0.02)
    parser.add_argument("--iterations", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=1,
                        help="extra copies of each sentence that holds an entity (raises recall)")
    parser.add_argument("--out", type=Path, default=MODEL)
    parser.add_argument("--cache", type=Path, help="pickle of featurised sentences to reuse between runs")
    args = parser.parse_args()
    path = DATA / args.train
    if not path.exists():
        print(f"skipped: {path} not found")
        return
    began = time.perf_counter()
    if args.cache and args.cache.exists():
        xs, ys = pickle.loads(args.cache.read_bytes())
    else:
        xs, ys = featurise(path)
        if args.cache:
            args.cache.write_bytes(pickle.dumps((xs, ys)))
    print(f"featurised {len(xs)} sentences in {time.perf_counter() - began:.0f} s", flush=True)
    cut = len(xs) - args.holdout
    trainer = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(xs[:cut], ys[:cut]):
        for _ in range(1 + (args.repeat if any(label != "O" for label in y) else 0)):
            trainer.append(x, y)
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
                        "feature.possible_transitions": True})
    out = args.out if args.holdout == 0 else Path(f"/tmp/de_ner_holdout_{os.getpid()}.crfsuite")
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    print(f"trained in {time.perf_counter() - began:.0f} s -> {out} ({out.stat().st_size / 1e6:.1f} MB)")
    if args.holdout:
        tagger = pycrfsuite.Tagger()
        tagger.open(str(out))
        print(f"holdout F1 c1={args.c1} c2={args.c2}: {score(tagger, xs[cut:], ys[cut:]):.3f}")


if __name__ == "__main__":
    main()
