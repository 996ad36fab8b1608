"""Export speed and size: every report format over a synthetic claims.db with a share of statements reviewed.

Usage: python benchmarks/report_export.py [--claims N] [--reviewed FRACTION]
Builds the database with benchmarks/make_big_db.py, reviews a fraction of quotes, claims and conflicts in
one batch per kind, then prints seconds and output size per format, reviewed-only and with --all.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from make_big_db import build  # noqa: E402

from factcheck import service  # noqa: E402
from factcheck.models import VERDICTS  # noqa: E402
from factcheck.report import FORMATS, build_report, write_report  # noqa: E402
from factcheck.store import reviews  # noqa: E402


def review_share(db, fraction: float) -> int:
    """Give every n-th quote, claim and conflict a verdict (store-level batch, as the review UI's group action)."""
    step = max(1, round(1 / fraction)) if fraction > 0 else 0
    if not step:
        return 0
    changes = []
    for index, record in enumerate([*service.list_quotes(db), *service.list_claims(db)]):
        if index % step == 0:
            kind = "quote" if record["id"].startswith("q") else "claim"
            changes.append(reviews.ReviewChange(record["id"], kind, {
                "verdict": VERDICTS[index % len(VERDICTS)], "note": f"Geprüft <{index}>",
                "evidence": f"https://example.org/check/{index}"}, {"text": record["text"]}))
    for index, conflict in enumerate(service.list_conflicts(db)):
        if index % step == 0:
            changes.append(reviews.ReviewChange(conflict["id"], "conflict",
                                                {"verdict": service.CONFLICT_RESOLUTIONS[index % 4]}, {}))
    reviews.apply_changes(db, changes, reviewer="bench")
    return len(changes)


def main() -> None:
    """Build, review, export; print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, default=20_000)
    parser.add_argument("--reviewed", type=float, default=0.1, help="share of statements with a verdict")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "claims.db"
        started = time.perf_counter()
        summary = build(path, args.claims)
        db = service.open_db(path)
        reviewed = review_share(db, args.reviewed)
        print(f"database: {summary}, {reviewed} reviews, built in {time.perf_counter() - started:.1f} s")
        for include_all in (False, True):
            started, cpu = time.perf_counter(), time.process_time()
            report = build_report(db, include_all=include_all)
            model, model_cpu = time.perf_counter() - started, time.process_time() - cpu
            label = "all" if include_all else "reviewed"
            print(f"[{label}] report model: {len(report.statements)} statements, {len(report.conflicts)} conflicts "
                  f"in {model:.2f} s wall, {model_cpu:.2f} s cpu")
            for fmt in FORMATS:
                out = Path(folder) / f"report.{fmt}"
                started, cpu = time.perf_counter(), time.process_time()
                write_report(db, fmt, out, include_all=include_all)
                elapsed, used = time.perf_counter() - started, time.process_time() - cpu
                size = out.stat().st_size
                print(f"[{label}] {fmt:12s} {elapsed:6.2f} s wall {used:6.2f} s cpu (model included)  "
                      f"{size / 1e6:8.2f} MB")
        db.close()


if __name__ == "__main__":
    main()
