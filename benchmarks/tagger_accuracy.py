"""German tagger accuracy on UD German-GSD dev: STTS tag, universal POS and lemma, with gold tokenisation.

Usage: python benchmarks/tagger_accuracy.py [--limit N]

Reads ../shared/de-train/de_gsd-ud-dev.conllu (skips cleanly when missing). Each sentence is one Doc with the
gold tokens (multiword tokens such as "im" = "in" + "dem" are not scored). Lemma accuracy is printed for all
tokens and for the verbs (VV*, VA*, VM*), the only lemmas the extractors read (cue verbs, Konjunktiv I, event
verbs); comparison is case-insensitive as HanTa lowercases. Also prints tokens/s of the tagger alone.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
UD_DEV = ROOT.parent / "shared" / "de-train" / "de_gsd-ud-dev.conllu"


def read_conllu(path: Path) -> list[list[tuple[str, str, str, str, bool]]]:
    """Sentences as (form, upos, xpos, lemma, scored) tuples; tokens of multiword ranges are not scored."""
    sentences, current, covered = [], [], set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if current:
                sentences.append(current)
            current, covered = [], set()
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if "-" in cols[0]:
            a, b = cols[0].split("-")
            covered.update(range(int(a), int(b) + 1))
            current.append((cols[1], "", "", "", False))
            continue
        if "." in cols[0]:
            continue
        if int(cols[0]) in covered:
            continue
        current.append((cols[1], cols[3], cols[4], cols[2], True))
    if current:
        sentences.append(current)
    return sentences


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N sentences")
    args = parser.parse_args()
    if not UD_DEV.exists():
        print(f"skipped: {UD_DEV} not found")
        return
    from spacy.tokens import Doc

    from factcheck.nlp.german.tagger import german_tagger, hanta_tagger
    from factcheck.nlp.pipeline import load_pipeline

    sentences = read_conllu(UD_DEV)
    if args.limit:
        sentences = sentences[: args.limit]
    nlp = load_pipeline("de")
    t0 = time.perf_counter()
    hanta_tagger()
    load = time.perf_counter() - t0
    n = tag = pos = lemma = verbs = verb_lemma = 0
    began = time.perf_counter()
    for sentence in sentences:
        words = [w[0] for w in sentence]
        doc = Doc(nlp.vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
        german_tagger(doc)
        for token, (_, upos, xpos, gold_lemma, scored) in zip(doc, sentence):
            if not scored:
                continue
            n += 1
            tag += token.tag_ == xpos
            pos += token.pos_ == upos
            same = token.lemma_.lower() == gold_lemma.lower()
            lemma += same
            if xpos[:2] in ("VV", "VA", "VM"):
                verbs += 1
                verb_lemma += same
    seconds = time.perf_counter() - began
    print(f"UD German-GSD dev: {len(sentences)} sentences, {n} scored tokens (tagger load {load:.1f} s)")
    print(f"  STTS tag {tag / n:.4f}  UPOS {pos / n:.4f}  lemma {lemma / n:.4f}  "
          f"verb lemma {verb_lemma / max(verbs, 1):.4f} ({verbs} verbs)")
    print(f"  tagger alone: {n / seconds:,.0f} tokens/s ({seconds:.1f} s, first pass)")


if __name__ == "__main__":
    main()
