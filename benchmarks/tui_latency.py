"""Open time and keypress latency of the review desk on a generated 100,000-claim database.

Usage: python benchmarks/tui_latency.py [--db PATH] [--presses N]
(builds the database with benchmarks/make_big_db.py when PATH does not exist yet)
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import statistics
import sys
import time
from pathlib import Path

from textual import events

sys.path.insert(0, str(Path(__file__).parent))

import make_big_db  # noqa: E402

from factcheck import service  # noqa: E402
from factcheck.tui.app import ReviewApp  # noqa: E402
from factcheck.tui.messages import Saved  # noqa: E402
from factcheck.tui.widgets.detail import Detail  # noqa: E402
from factcheck.tui.widgets.queue_list import QueueList  # noqa: E402
from factcheck.tui.widgets.status import StatusBar  # noqa: E402


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def summary(name: str, samples: list[float]) -> None:
    """Print median, p95 and max of a list of durations."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    print(f"{name:<46} median {ms(statistics.median(ordered)):>9}  p95 {ms(p95):>9}  max {ms(ordered[-1]):>9}"
          f"  (n={len(ordered)})")


async def until(condition, timeout: float = 60.0) -> float:
    """Yield to the event loop until `condition()` holds; returns the seconds it took."""
    started = time.perf_counter()
    while not condition():
        if time.perf_counter() - started > timeout:
            raise TimeoutError("condition not reached")
        await asyncio.sleep(0.0005)  # poll without hogging the GIL the workers need
    return time.perf_counter() - started


async def measure(db_path: Path, presses: int) -> None:
    """Open the app on `db_path` headless and time opening, moving and verdict keys."""
    saves: list[float] = []
    started = time.perf_counter()
    app = ReviewApp(db_path, reviewer="bench")
    saved: list[Saved] = []

    def hook(message) -> None:
        if isinstance(message, Saved):
            saved.append(message)
            saves.append(message.seconds)

    async with app.run_test(size=(120, 40), message_hook=hook) as pilot:
        await until(lambda: app.review_screen is not None and app.review_screen.is_mounted)
        screen = app.review_screen
        queue = screen.query_one(QueueList)
        status = screen.query_one(StatusBar)
        detail = screen.query_one(Detail)
        await until(lambda: bool(queue.records))
        first_rows = time.perf_counter() - started
        await until(lambda: detail.record is not None)
        first_detail = time.perf_counter() - started
        await until(lambda: not status.busy)
        full = time.perf_counter() - started
        print(f"queue rows loaded: {len(queue.records):,}")
        print(f"{'open: first rows visible':<46} {ms(first_rows)}")
        print(f"{'open: first item detail shown':<46} {ms(first_detail)}")
        print(f"{'open: whole queue loaded':<46} {ms(full)}")

        def press(key: str) -> None:
            app.post_message(events.Key(key, key))

        moves: list[float] = []
        for _ in range(presses):
            before = queue.cursor
            t0 = time.perf_counter()
            press("j")
            moves.append(t0 - t0 + await until(lambda: queue.cursor == before + 1))
            await asyncio.sleep(0.03)  # a fast typist holding j: detail loads overlap
        summary("key j -> cursor moved (detail loading behind)", moves)

        await until(lambda: detail.record is not None and detail.record["id"] == queue.current["id"])
        loads: list[float] = []
        for _ in range(10):
            before = queue.cursor
            press("j")
            await until(lambda: queue.cursor == before + 1)
            loads.append(await until(lambda: detail.record is not None and detail.record["id"] == queue.current["id"]))
        summary("cursor moved -> detail shown (delay + worker)", loads)

        queue.cursor = len(queue.records) - 1
        await until(lambda: detail.record is not None and detail.record["id"] == queue.current["id"])
        queue.cursor = len(queue.records) // 2
        verdicts: list[float] = []
        committed: list[float] = []
        for index in range(presses):
            before = queue.cursor
            count = len(saved)
            t0 = time.perf_counter()
            press("vfmx"[index % 4] if queue.current["kind"] != "conflict" else "1")
            verdicts.append(await until(lambda: queue.cursor == before + 1))
            await until(lambda: len(saved) > count)
            committed.append(time.perf_counter() - t0)
            await asyncio.sleep(0.03)
        summary("verdict key -> shown and advanced (optimistic)", verdicts)
        summary("verdict key -> committed to claims.db", committed)
        undos: list[float] = []
        for _ in range(5):
            count = len(saved)
            t0 = time.perf_counter()
            press("u")
            undos.append(await until(lambda: len(saved) > count))
            await asyncio.sleep(0.05)
        summary("undo key -> committed and shown", undos)
        await pilot.pause(0.2)
        if saves:
            summary("write transaction in the writer worker", saves)
        press("end")
        t0 = time.perf_counter()
        await until(lambda: queue.cursor == len(queue.records) - 1)
        print(f"{'key end -> last of all rows':<46} {ms(time.perf_counter() - t0)}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'peak memory of the process':<46} {peak:.0f} MiB")


def main() -> None:
    """Command line entry."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=Path("/tmp/factcheck_big.db"))
    parser.add_argument("--presses", type=int, default=60)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--switch", type=float, default=None, help="sys.setswitchinterval to use (seconds)")
    args = parser.parse_args()
    if args.switch:
        sys.setswitchinterval(args.switch)
    print(f"GIL switch interval: {sys.getswitchinterval() * 1000:.2f} ms")
    if not args.db.exists():
        print(f"building {args.db} ({args.claims:,} claims)…")
        print(make_big_db.build(args.db, args.claims))
    db = service.open_db(args.db)
    print(f"database: {args.db} {service.counts(db)}")
    db.execute("delete from review_history where reviewer = 'bench'")
    db.execute("delete from reviews where reviewer = 'bench'")
    db.conn.commit()
    db.close()
    asyncio.run(measure(args.db, args.presses))


if __name__ == "__main__":
    main()
