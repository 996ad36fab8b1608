"""How much real article text the boilerplate cleaner keeps: run it over the eval sets' news texts.

Reads ../shared/eval (skips cleanly when missing). Prints, per set: texts, share of characters kept, texts
that lost a whole body line, and for gendergaptracker the share of annotated quotes still found verbatim
in the cleaned text. Then the most common kinds of removed lines and a sample of them, to read.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.ingest import clean_text  # noqa: E402
from factcheck.ingest.encoding import normalise_text  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval"


def texts(name: str) -> list[tuple[str, list[str]]]:
    """(article text, annotated quotes) pairs of one eval set."""
    out: list[tuple[str, list[str]]] = []
    with open(EVAL / name / "dev.jsonl", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if "text1" in record:
                out += [(record["text1"], []), (record["text2"], [])]
            else:
                quotes = [q.get("quote", "") for q in record.get("quotes", []) if q.get("quote")]
                out.append((record["text"], quotes))
    return out


def main() -> None:
    """Print the figures."""
    if not EVAL.is_dir():
        print(f"skipped: {EVAL} not found")
        return
    kinds: Counter[str] = Counter()
    samples: dict[str, list[str]] = {}
    for name in ("semeval2022_task8_de", "gendergaptracker_quotes", "polnear"):
        items = texts(name)
        kept = total = lost = quotes = found = 0
        for raw, annotated in items:
            text = normalise_text(raw)
            cleaned = clean_text(text)
            total += len(text)
            kept += len(cleaned.text)
            for entry in cleaned.removed:
                kind = entry.split(":", 1)[0].split(" from ")[0]
                kinds[kind] += 1
                samples.setdefault(kind, []).append(entry)
            if any(r.startswith(("caption:", "tail from", "furniture:")) and len(r) > 60 for r in cleaned.removed):
                lost += 1
            flat = " ".join(cleaned.text.split())
            raw_flat = " ".join(text.split())
            for quote in annotated:
                wanted = " ".join(normalise_text(quote).split())
                if wanted in raw_flat:
                    quotes += 1
                    found += wanted in flat
        line = f"{name:26s} texts {len(items):5d}  chars kept {kept / total:6.1%}  texts with a long removal {lost:4d}"
        if quotes:
            line += f"  annotated quotes (found in the raw text) kept {found}/{quotes} ({found / quotes:.1%})"
        print(line)
    print("removed lines by kind:", dict(kinds.most_common()))
    for kind, entries in samples.items():
        print(f"--- {kind} (first 8)")
        for entry in entries[:8]:
            print("   ", entry)


if __name__ == "__main__":
    main()
