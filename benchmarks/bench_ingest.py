"""Ingest speed: seed corpus per file, and 50 MB txt / jsonl / html / one-line files generated in a temp folder."""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.ingest import discover, file_hash, load_file_with_problems  # noqa: E402

PARAGRAPH = ("Putin und Kim sprachen in Wladiwostok knapp zwei Stunden über Sanktionen und Zusammenarbeit. "
             "„Wir hatten einen sehr substanziellen Austausch“, sagte Kim am Donnerstag.\n\nTeilen\n\n"
             "Kim winkt in die Kameras. © Max Muster/AP (dpa)\n\n")
TARGET = 50 * 1024 * 1024


def timed(label: str, path: Path) -> None:
    """Load one file and print size, wall and CPU seconds (CPU is what counts on a busy machine), articles out."""
    size = path.stat().st_size
    started, cpu = time.perf_counter(), time.process_time()
    articles, problems = load_file_with_problems(path)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    hstart = time.perf_counter()
    file_hash(path)
    hashed = time.perf_counter() - hstart
    print(f"{label:28s} {size / 1e6:5.1f} MB  load {elapsed:6.2f} s wall, {cpu:6.2f} s cpu "
          f"({size / 1e6 / cpu:5.1f} MB/s)  "
          f"hash {hashed:5.2f} s  articles {len(articles):6d}  problems {len(problems)}")


def main() -> None:
    """Print the figures."""
    corpus = [p for p, problem in discover([ROOT / "corpus"]) if problem is None]
    started = time.perf_counter()
    for path in corpus:
        load_file_with_problems(path)
    print(f"seed corpus: {len(corpus)} files in {(time.perf_counter() - started) * 1000:.0f} ms")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        big = folder / "big.txt"
        big.write_text(PARAGRAPH * (TARGET // len(PARAGRAPH.encode())), encoding="utf-8")
        timed("txt, 50 MB, one article", big)
        line = folder / "oneline.txt"
        line.write_text("Putin traf Kim in Wladiwostok. " * (TARGET // 31), encoding="utf-8")
        timed("txt, 50 MB, one line", line)
        cp = folder / "cp1252.txt"
        plain = PARAGRAPH.replace("„", '"').replace("“", '"')
        cp.write_bytes((plain * (TARGET // len(plain))).encode("cp1252"))
        timed("txt, 50 MB, cp1252", cp)
        record = {"title": "Kim trifft Putin", "text": PARAGRAPH * 8, "published": "2019-04-25"}
        line_json = json.dumps(record, ensure_ascii=False)
        jl = folder / "big.jsonl"
        jl.write_text("\n".join([line_json] * (TARGET // len(line_json.encode()))), encoding="utf-8")
        timed("jsonl, 50 MB", jl)
        page = "<html><head><title>Kim</title></head><body><article>" + "".join(
            f"<p>{PARAGRAPH.strip()} Absatz {i}.</p>" for i in range(TARGET // 300)) + "</article></body></html>"
        html = folder / "big.html"
        html.write_text(page, encoding="utf-8")
        timed("html, 50 MB (plain fallback)", html)
        small = folder / "mid.html"
        small.write_text(page[: 5 * 1024 * 1024] + "</p></article></body></html>", encoding="utf-8")
        timed("html, 5 MB (trafilatura)", small)
        many = folder / "many"
        many.mkdir()
        for i in range(5000):
            (many / f"{i:05d}.txt").write_text("x", encoding="utf-8")
        started = time.perf_counter()
        first = next(iter(discover([many])))
        to_first = time.perf_counter() - started
        count = 1 + sum(1 for _ in discover([many])) - 1
        print(f"discover: 5000 files, first after {to_first * 1000:.1f} ms, all {count} in "
              f"{(time.perf_counter() - started) * 1000:.0f} ms ({first[0].name})")


if __name__ == "__main__":
    main()
