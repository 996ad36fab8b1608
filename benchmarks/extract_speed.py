"""End-to-end extraction speed on real, distinct articles, next to spaCy's blank German tokenizer.

Usage: python benchmarks/extract_speed.py [--articles 400] [--workers 2] [--model use-multilingual]
                                          [--stages 60] [--skip-e2e] [--skip-small]
                                          [--code CHECKOUT ...] [--repeat N]

Text: real articles from ../shared/eval (German SemEval-2022, story pages, redewiedergabe; English SemEval,
GenderGapTracker, PolNeAR), each once (benchmarks/real_text.py); skips cleanly when the folder is missing.
Prints, all in the same run on the same text:

- ``spacy.blank("de")`` tokenizer time over the corpus (the yardstick);
- ``factcheck extract --workers N`` as a fresh process (start-up, extraction, embedding, grouping included):
  wall time, words/s, the ratio to the tokenizer, and the peak resident memory of each process
  (the writer and every worker, read from /proc while it runs; Linux only);
- a first run on 10 articles (fresh database) and the re-run after one article changed;
- per stage, in this process on the first --stages articles: pipeline (tokens, sentences, tags, entities),
  extraction (quotes, claims, values), embedding; words/s each.

On a shared machine compare figures taken in the same run; the ratio to the tokenizer is the stable figure.
To compare code, give ``--code`` once per checkout and ``--repeat N``: the checkouts run alternately, N times
each, on the same corpus, and the medians are printed at the end (one pair of runs says little: the workers'
CPU alone varies by 5-10 % from run to run on this machine).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from real_text import articles, write_corpus  # noqa: E402


def _descendants(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    todo.extend(int(c) for c in handle.read().split())
        except OSError:
            continue
    return out


def _stat(pid: int) -> tuple[int, float] | None:
    """(parent pid, CPU seconds of the process itself) from /proc/PID/stat."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _peak_kib(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


LAST_CPU = [0.0]
"""CPU seconds of the last CLI run, all its processes together (the fair figure on a busy machine): each
process's own CPU time as last read from /proc while it ran (read every 0.1 s), since workers forked by a fork
server are not children of the writer and never reach its resource usage."""
PARENTS: dict[int, int] = {}
"""Parent of each process of the last CLI run (the writer's fork server is the parent of the workers)."""
TOKENIZER_CPU = [0.0]
CODE = [ROOT]
"""The checkout whose factcheck the CLI runs (--code: compare with an older checkout in the same run)."""


def run_cli(args: list[str]) -> tuple[float, dict, dict[int, int]]:
    """Run `factcheck ARGS --json` as a new process: (seconds, summary, peak KiB per process id)."""
    env = {**os.environ, "PYTHONPATH": str(CODE[0])}
    began = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "factcheck.cli", *args, "--json"], env=env,  # not the cwd's code
                            cwd=tempfile.gettempdir(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peaks: dict[int, int] = {}
    cpu: dict[int, float] = {}
    PARENTS.clear()
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            for pid in _descendants(proc.pid):
                peak, stat = _peak_kib(pid), _stat(pid)
                if peak:
                    peaks[pid] = max(peaks.get(pid, 0), peak)
                if stat:
                    PARENTS[pid] = stat[0]
                    cpu[pid] = max(cpu.get(pid, 0.0), stat[1])
            done.wait(0.1)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - began
    done.set()
    watcher.join()
    LAST_CPU[0] = sum(cpu.values())
    if proc.returncode not in (0, 3):
        raise SystemExit(f"factcheck failed ({proc.returncode}): {err[-2000:]}")
    return seconds, json.loads(out.strip().splitlines()[-1]), peaks


def _workers(count: int) -> list[str]:
    return ["--workers", str(count)] if count else []


def tokenizer_seconds(texts: list[str]) -> float:
    import spacy

    nlp = spacy.blank("de")
    nlp.max_length = max(len(t) for t in texts) + 1
    began, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        nlp.make_doc(text)
    TOKENIZER_CPU[0] = time.process_time() - cpu
    return time.perf_counter() - began


def _memory(peaks: dict[int, int]) -> str:
    """The writer's peak, the fork server's and each worker's (helper processes under 50 MiB, such as the
    resource tracker, left out)."""
    mib = {pid: round(kib / 1024) for pid, kib in peaks.items()}
    if not mib:
        return "n/a"
    writer = next(iter(mib))
    servers = {parent for pid, parent in PARENTS.items() if pid != writer and parent != writer and parent in mib}
    workers = sorted(v for pid, v in mib.items() if pid != writer and pid not in servers and v >= 50)
    text = f"writer {mib[writer]} MiB"
    if servers:
        text += f", fork server {', '.join(str(mib[pid]) for pid in servers)} MiB"
    return text + (f", workers {', '.join(map(str, workers))} MiB" if workers else "")


def stages(items: list[tuple[str, str, str]], model: str) -> None:
    """Words/s of each stage in this process (warm pipelines: load time printed apart)."""
    from factcheck import embed
    from factcheck.nlp.extract import extract_doc
    from factcheck.nlp.pipeline import load_pipeline

    words = sum(len(t.split()) for _, _, t in items)
    began = time.perf_counter()
    for lang in ("de", "en"):
        load_pipeline(lang)
    load = time.perf_counter() - began
    pipe_s = ext_s = 0.0
    statements: list[str] = []
    for _, lang, text in items:
        nlp = load_pipeline(lang)
        t0 = time.perf_counter()
        doc = nlp(text)
        t1 = time.perf_counter()
        ex = extract_doc(doc)
        t2 = time.perf_counter()
        pipe_s += t1 - t0
        ext_s += t2 - t1
        statements += [q.text for q in ex.quotes] + [c.text for c in ex.claims]
    t0 = time.perf_counter()
    encoder = embed.load_model(model)
    embed.encode(encoder, ["Warm-up."])  # built-in encoders load their weights on first use
    t1 = time.perf_counter()
    embed.encode(encoder, statements)
    emb_s = time.perf_counter() - t1
    tok_s = tokenizer_seconds([t for _, _, t in items])
    print(f"per stage on {len(items)} articles, {words:,} words (pipelines loaded in {load:.1f} s, "
          f"encoder in {t1 - t0:.1f} s):")
    for name, seconds in (("tokenizer spacy.blank('de')", tok_s), ("pipeline (tags, sentences, entities)", pipe_s),
                          ("extraction (quotes, claims, values)", ext_s),
                          (f"embedding {len(statements)} statements", emb_s)):
        print(f"  {name:40} {seconds:7.2f} s {words / seconds:10,.0f} words/s  {seconds / tok_s:6.1f}x tokenizer")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--model", default="use-multilingual")
    parser.add_argument("--stages", type=int, default=60, help="articles for the per-stage figures (0: skip)")
    parser.add_argument("--skip-e2e", action="store_true")
    parser.add_argument("--skip-small", action="store_true")
    parser.add_argument("--code", type=Path, action="append",
                        help="checkout to run the CLI from (e.g. an older one; --workers 0 for code without it); "
                             "give it more than once to compare checkouts, run alternately")
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs of each checkout, alternating (the machine's noise is larger than most changes)")
    args = parser.parse_args()
    codes = [c.resolve() for c in args.code or [ROOT]]
    items = articles()
    if not items:
        print("skipped: ../shared/eval not found (real articles are needed; repeated text would flatter the caches)")
        return
    compare = len(codes) > 1 or args.repeat > 1
    runs: dict[Path, list[dict[str, float]]] = {code: [] for code in codes}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = [] if args.skip_e2e else write_corpus(folder / "corpus", args.articles)
        for round_ in range(args.repeat):
            for code in codes:
                CODE[0] = code
                label = f"[{code} run {round_ + 1}] " if compare else ""
                runs[code].append(_one_run(folder, paths, args, label))
        if compare:
            for code, figures in runs.items():
                print(f"median of {len(figures)} [{code}]: " + ", ".join(
                    f"{name} {statistics.median(f[name] for f in figures):.1f}" for name in figures[0]))
        if args.stages:
            stages(items[: args.stages] if args.stages < len(items) else items, args.model)


def _one_run(folder: Path, paths: list[Path], args: argparse.Namespace, label: str) -> dict[str, float]:
    """One end-to-end run on ``paths`` and the small runs, with the checkout in CODE: prints them and returns the
    figures by name (those it measured: --skip-e2e and --skip-small leave theirs out)."""
    figures: dict[str, float] = {}
    for old in ("big.db", "small.db"):
        (folder / old).unlink(missing_ok=True)
    if paths:
        texts = [p.read_text(encoding="utf-8") for p in paths]
        words = sum(len(t.split()) for t in texts)
        tok = tokenizer_seconds(texts)
        tok_cpu = TOKENIZER_CPU[0]
        seconds, summary, peaks = run_cli(["extract", str(folder / "corpus"), "--db", str(folder / "big.db"),
                                           "--model", args.model, *_workers(args.workers)])
        cpu = LAST_CPU[0]
        tok_after = tokenizer_seconds(texts)
        tok, tok_cpu = min(tok, tok_after), min(tok_cpu, TOKENIZER_CPU[0])
        print(f"{label}{len(paths)} real articles, {words:,} words, --workers {args.workers}: {seconds:.1f} s, "
              f"{words / seconds:,.0f} words/s end to end; tokenizer {tok:.2f} s "
              f"({words / tok:,.0f} words/s): {seconds / tok:.0f}x the tokenizer")
        print(f"  CPU time, all processes: {cpu:.1f} s, {words / cpu:,.0f} words per CPU second; tokenizer "
              f"{tok_cpu:.2f} CPU s: {cpu / tok_cpu:.0f}x (does not depend on how busy the machine is)")
        print(f"  {summary['articles']} articles, {summary['quotes']} quotes, {summary['claims']} claims, "
              f"{summary['groups']} groups; peak memory: {_memory(peaks)}")
        figures.update({"wall s": seconds, "x tokenizer": seconds / tok, "CPU s": cpu})
    if not args.skip_small:
        small = folder / "small"
        shutil.rmtree(small, ignore_errors=True)
        write_corpus(small, 10)
        first, summary, peaks = run_cli(["extract", str(small), "--db", str(folder / "small.db"),
                                         "--model", args.model, *_workers(args.workers)])
        first_cpu = LAST_CPU[0]
        changed = sorted(small.glob("*.txt"))[3]
        changed.write_text(changed.read_text(encoding="utf-8") + "\nEin neuer Satz am Ende.\n", encoding="utf-8")
        again, summary2, peaks2 = run_cli(["extract", str(small), "--db", str(folder / "small.db"),
                                           "--model", args.model, *_workers(args.workers)])
        print(f"{label}first run of 10 articles: {first:.1f} s, CPU {first_cpu:.1f} s ({summary['articles']} "
              f"articles; peak {_memory(peaks)})")
        print(f"{label}one changed article: {again:.1f} s, CPU {LAST_CPU[0]:.1f} s ({summary2['extracted']} "
              f"extracted, {summary2['unchanged']} unchanged; peak {_memory(peaks2)})")
        figures.update({"first run of 10 s": first, "one changed s": again})
    return figures

if __name__ == "__main__":
    main()
