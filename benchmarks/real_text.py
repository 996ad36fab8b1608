"""Real, distinct news and speech texts from ../shared/eval for the speed benchmarks (never repeated text).

German: the SemEval-2022 task 8 German articles, the German story pages, the redewiedergabe documents
(19th-century newspapers); English: the SemEval English articles, GenderGapTracker and PolNeAR articles and
the English story pages. Every text appears once (exact duplicates dropped). Nothing is copied into the
repository: a benchmark calls :func:`articles` and writes files under a temporary folder when it needs a
corpus. When ../shared/eval is missing the lists are empty and the benchmarks say so and stop.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def _jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def articles(language: str | None = None) -> list[tuple[str, str, str]]:
    """(name, language, text) of every distinct real article, German first; empty when the data is missing."""
    found: list[tuple[str, str, str]] = []
    for row in _jsonl(EVAL / "semeval2022_task8_de" / "dev.jsonl"):
        for k in ("1", "2"):
            if row.get("lang" + k) in ("de", "en"):
                found.append((f"semeval_{row['pair_id']}_{k}", row["lang" + k], row["text" + k]))
    for page in sorted((EVAL / "stories").glob("*/articles/*.txt")) if EVAL.exists() else []:
        lang = "en" if "_en_" in page.name else "de"
        found.append((f"story_{page.parent.parent.name}_{page.stem}", lang, page.read_text(encoding="utf-8")))
    for row in _jsonl(EVAL / "redewiedergabe" / "dev.jsonl"):
        found.append((f"rw_{row['id']}", "de", row["text"]))
    for row in _jsonl(EVAL / "gendergaptracker_quotes" / "dev.jsonl"):
        found.append((f"ggt_{row['id']}", "en", row["text"]))
    for number, row in enumerate(_jsonl(EVAL / "polnear" / "dev.jsonl")):
        found.append((f"polnear_{number}", "en", row["text"]))
    seen: set[str] = set()
    out = []
    for name, lang, text in found:
        text = text.strip()
        if len(text) < 200 or text in seen or (language and lang != language):
            continue
        seen.add(text)
        out.append((name, lang, text))
    out.sort(key=lambda a: a[1] != "de")
    return out


def german_text(size: int) -> str:
    """About `size` characters of distinct German article text joined by blank lines ("" when missing)."""
    parts: list[str] = []
    total = 0
    for _, _, text in articles("de"):
        if total >= size:
            break
        parts.append(text)
        total += len(text) + 2
    return "\n\n".join(parts)[:size] if total >= size else ""


def write_corpus(folder: Path, count: int) -> list[Path]:
    """Write `count` real articles as .txt files into folder (interleaving German and English)."""
    items = articles()
    german = [a for a in items if a[1] == "de"]
    english = [a for a in items if a[1] == "en"]
    mixed: list[tuple[str, str, str]] = []
    while (german or english) and len(mixed) < count:
        for source in (german, german, english):
            if source and len(mixed) < count:
                mixed.append(source.pop(0))
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, (name, _, text) in enumerate(mixed):
        path = folder / f"{number:04d}_{name[:60]}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        paths.append(path)
    return paths
