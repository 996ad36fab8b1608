"""How often typed value conflicts fire on German XNLI pairs, by gold label, to keep false alarms low.

Reads ``../shared/eval/xnli_de/dev.jsonl`` relative to the repository root (skips cleanly when missing).
For each pair the values of premise and hypothesis are extracted with ``factcheck.values.find_values``
(both resolved against the same reference date, ``--published``) and compared with ``agree``:

- ``any-pair``: a conflict fires when some premise/hypothesis pair of values of the same type (and unit or
  currency) has ``agree() is False`` (the rule the brief asks for).
- ``unmatched``: a conflict fires when some hypothesis value has comparable premise values and agrees
  with none of them (closer to how grouped claims are compared: "no counterpart says the same").

Prints firing rates on entailment / neutral / contradiction pairs, overall and on the
``numeric_or_temporal`` subset, per value type, plus ``--show N`` entailment false alarms.
Run: ``.venv/bin/python benchmarks/value_conflicts_xnli.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "eval" / "xnli_de" / "dev.jsonl"
sys.path.insert(0, str(ROOT))

from factcheck.models import Value  # noqa: E402
from factcheck.values import agree, describe, find_values  # noqa: E402

LABELS = ("entailment", "neutral", "contradiction")


def any_pair(premise: list[Value], hypothesis: list[Value]) -> set[str]:
    """Types for which some premise/hypothesis pair of values disagrees."""
    return {p.type for p in premise for h in hypothesis if agree(p, h) is False}


def unmatched(premise: list[Value], hypothesis: list[Value]) -> set[str]:
    """Types for which a hypothesis value has comparable premise values but agrees with none."""
    fired = set()
    for h in hypothesis:
        verdicts = [agree(p, h) for p in premise]
        if verdicts and any(v is False for v in verdicts) and not any(v is True for v in verdicts):
            fired.add(h.type)
    return fired


def main() -> None:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--published", default="", help="reference date for relative dates ('' = none)")
    parser.add_argument("--show", type=int, default=0, help="print this many entailment false alarms")
    args = parser.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} not found")
        return
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    published = args.published or None
    totals: dict[tuple[str, bool], int] = Counter()
    fired: dict[str, Counter] = {"any-pair": Counter(), "unmatched": Counter()}
    by_type: dict[str, Counter] = defaultdict(Counter)
    with_values: Counter = Counter()
    shown = 0
    for row in rows:
        label, numeric = row["label"], bool(row.get("numeric_or_temporal"))
        prem = find_values(row["premise"], language="de", published=published)
        hyp = find_values(row["hypothesis"], language="de", published=published)
        totals[(label, False)] += 1
        totals[(label, True)] += numeric
        with_values[label] += bool(prem and hyp)
        for rule, fn in (("any-pair", any_pair), ("unmatched", unmatched)):
            types = fn(prem, hyp)
            if types:
                fired[rule][(label, False)] += 1
                fired[rule][(label, True)] += numeric
                if rule == "any-pair":
                    for t in types:
                        by_type[t][label] += 1
        if label == "entailment" and any_pair(prem, hyp) and shown < args.show:
            shown += 1
            print(f"- P: {row['premise']}\n  H: {row['hypothesis']}")
            print("  P values:", [(v.text, describe(v)) for v in prem])
            print("  H values:", [(v.text, describe(v)) for v in hyp])
    print(f"xnli_de dev: {len(rows)} pairs; reference date for relative dates: {published}")
    print("pairs with values on both sides: " + ", ".join(f"{lab} {with_values[lab]}" for lab in LABELS))
    for rule in ("any-pair", "unmatched"):
        print(f"\nrule {rule}: firing rate (fired / pairs)")
        print(f"{'subset':<22}" + "".join(f"{lab:>22}" for lab in LABELS))
        for numeric, name in ((False, "all"), (True, "numeric_or_temporal")):
            cells = []
            for lab in LABELS:
                n, k = totals[(lab, numeric)], fired[rule][(lab, numeric)]
                cells.append(f"{k:>5}/{n:<5} {100 * k / max(n, 1):5.1f}%  ")
            print(f"{name:<22}" + "".join(f"{c:>22}" for c in cells))
    print(
        "\nany-pair firings by value type: "
        + "; ".join(f"{t}: " + ", ".join(f"{lab[:3]} {c[lab]}" for lab in LABELS) for t, c in sorted(by_type.items()))
    )


if __name__ == "__main__":
    main()
