"""Build factcheck/nlp/assets/de_wordforms.tsv.gz: HanTa's analyses and lemmas of frequent German word forms.

Run: .venv/bin/python scripts/build_wordforms.py [--min-count 1]

The table only stores what HanTa itself computes (so tags and lemmas are the same with or without it); it
saves a first run the few milliseconds HanTa spends on each word form it has not seen yet. Word forms come from
the project's German training text in ../shared/de-train/ — the GermEval 2014 file the NER model is trained on
(germeval2014-test.tsv) and UD German-PUD (de_pud-ud-test.conllu) — never from the sets the benchmarks score
(UD German-GSD dev, GermEval dev-part1) nor from ../shared/eval.
"""

from __future__ import annotations

import argparse
import gzip
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "de-train"
SOURCES = ("germeval2014-test.tsv", "de_pud-ud-test.conllu")


def sentences() -> list[list[str]]:
    """Token lists of the training sentences (GermEval TSV and CoNLL-U, surface tokens)."""
    out: list[list[str]] = []
    for name in SOURCES:
        path = DATA / name
        if not path.exists():
            raise SystemExit(f"{path} not found")
        words: list[str] = []
        covered: set[int] = set()
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                if words:
                    out.append(words)
                words = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if name.endswith(".conllu"):
                if "." in cols[0]:
                    continue
                if "-" in cols[0]:  # a multiword token ("im"): keep it, skip its parts ("in", "dem")
                    first, last = map(int, cols[0].split("-"))
                    covered = set(range(first, last + 1))
                elif int(cols[0]) in covered:
                    continue
            words.append(cols[1])
        if words:
            out.append(words)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-count", type=int, default=1, help="keep forms seen at least this often")
    args = parser.parse_args()
    from factcheck.nlp.german import tagger as module

    module._wordforms.cache_clear()
    module._wordforms = lambda: ({}, {})  # build from HanTa alone, never from an older table
    module.hanta_tagger.cache_clear()
    hanta = module.hanta_tagger()
    from factcheck.nlp.german.stts import to_stts
    from factcheck.nlp.german.viterbi import tag_ids

    data = sentences()
    form_counts: Counter[str] = Counter()
    lemma_counts: Counter[tuple[str, int]] = Counter()
    for number, words in enumerate(data):
        if number % 500 == 0:
            print(f"  {number}/{len(data)} sentences", file=sys.stderr)
        for word, tag_id in zip(words, tag_ids(hanta, words)):
            lower = hanta.normalize(word)
            head = lower[-module.LONG_WORD:] if len(lower) > module.LONG_WORD else lower
            if lower not in hanta.cache:
                form_counts[head] += 1
            stts = to_stts(hanta.int2tag[tag_id])
            if stts not in module.SELF_LEMMA_TAGS:
                key = word.lower()[-module.LEMMA_HEAD:] if len(word) > module.LEMMA_HEAD else word.lower()
                lemma_counts[(key, tag_id)] += 1
    forms = {w: hanta.analyze_forward(w) for w, c in sorted(form_counts.items()) if c >= args.min_count}
    lemmas = {f"{w}\t{t}": module.hanta_lemma(w, t) for (w, t), c in sorted(lemma_counts.items())
              if c >= args.min_count}
    target = module.WORDFORMS
    lines = [f"# HanTa analyses of word forms seen >= {args.min_count} times in ../shared/de-train/"
             f"{' and '.join(SOURCES)} (scripts/build_wordforms.py)"]
    lines += [f"F\t{w}\t{','.join(f'{tag}:{lp!r}' for tag, lp in analyses)}" for w, analyses in forms.items()]
    lines += [f"L\t{key}\t{lemma}" for key, lemma in lemmas.items()]
    assert not any("\n" in line or line.count("\t") > 3 for line in lines)
    with gzip.open(target, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write("\n".join(lines) + "\n")
    print(f"{len(forms)} forms, {len(lemmas)} lemmas -> {target} ({target.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
