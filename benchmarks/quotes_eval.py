"""Quote span precision/recall/F1 (IoU >= 0.5 and any overlap), per type, and speaker accuracy on annotated sets.

Reads ../shared/eval/ relative to the repo root (skips cleanly when missing):
spkatt2023/train.jsonl and redewiedergabe/dev.jsonl (German), gendergaptracker_quotes/dev.jsonl and polnear/dev.jsonl
(English). Every set also gets "speaker named": the share of found quotes (IoU >= 0.5) with a resolved speaker at all.
Published reference points: GenderGapTracker quote F1 83.7, speaker accuracy 86.5%;
redewiedergabe tagger token F1 0.85 direct / 0.76 indirect.
Speaker accuracy compares resolved names (any shared name word, so a surname match counts, or the acronym of
the gold name: "PBO" for "Parliamentary Budget Officer"); the second
figure also accepts an unresolved non-pronoun mention on the annotated speaker span ("the company said").
Where a set also annotates "reported" speech acts (redewiedergabe), a line gives F1 on direct and indirect speech
alone, leaving predictions that match only a reported item out of precision.
The marked subset is the comparable part of the German sets: redewiedergabe direct speech that opens with a
quotation mark (the rest is unmarked 19th-century speech), SpkAtt messages that hold a quotation mark.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
_WORD = re.compile(r"\w+")
_QUOTE_START = tuple("\"“”„«»'‘")
_FUNCTION_WORDS = frozenset("the a an of and for der die das des von und".split())
_PRONOUNS = frozenset("he she it they i we you er sie es ich wir".split())


@dataclass
class Gold:
    """One annotated quote: span, type (direct/indirect/other), speaker name or span."""

    start: int
    end: int
    type: str
    speaker: str | None = None
    speaker_spans: tuple[tuple[int, int], ...] = ()


@dataclass
class Case:
    """One text with its gold quotes."""

    text: str
    gold: list[Gold]
    language: str


def load_ggt(limit: int | None) -> list[Case]:
    """GenderGapTracker: re-anchored quote spans; direct when the span starts with a quotation mark."""
    cases = []
    for line in (EVAL / "gendergaptracker_quotes" / "dev.jsonl").open(encoding="utf-8"):
        doc = json.loads(line)
        gold = []
        for q in doc["quotes"]:
            span = q.get("quote_span_resolved") or q.get("quote_span")
            if not span:
                continue
            s, e = span
            kind = "direct" if doc["text"][s:e].lstrip()[:1] in _QUOTE_START else "indirect"
            sp = q.get("speaker_span_resolved")
            gold.append(Gold(s, e, kind, q.get("speaker_reference") or q.get("speaker"), (tuple(sp),) if sp else ()))
        cases.append(Case(doc["text"], gold, "en"))
    return cases[:limit]


def load_polnear(limit: int | None) -> list[Case]:
    """PolNeAR: attribution relations (source, cue, content) in US election news; the content span is the quote."""
    cases = []
    for line in (EVAL / "polnear" / "dev.jsonl").open(encoding="utf-8"):
        doc = json.loads(line)
        gold = []
        for a in doc["attributions"]:
            spans = (a.get("content") or {}).get("spans") or []
            if not spans:
                continue
            s, e = min(x[0] for x in spans), max(x[1] for x in spans)
            kind = "direct" if doc["text"][s:e].lstrip()[:1] in _QUOTE_START else "indirect"
            src = a.get("source") or {}
            gold.append(Gold(s, e, kind, src.get("text") or None, tuple(tuple(x) for x in src.get("spans") or [])))
        cases.append(Case(doc["text"], gold, "en"))
    return cases[:limit]


def load_rw(limit: int | None) -> list[Case]:
    """Redewiedergabe: direct and indirect speech/thought/writing spans with speaker spans."""
    cases = []
    for line in (EVAL / "redewiedergabe" / "dev.jsonl").open(encoding="utf-8"):
        doc = json.loads(line)
        gold = []
        for a in doc["annotations"]:
            if not a["spans"]:
                continue
            types = a["type"].split()
            kind = "direct" if "direct" in types else "indirect" if "indirect" in types else "other"
            s = min(x[0] for x in a["spans"])
            e = max(x[1] for x in a["spans"])
            gold.append(Gold(s, e, kind, None, tuple(tuple(x) for x in a.get("speaker_spans", []))))
        cases.append(Case(doc["text"], gold, "de"))
    return cases[:limit]


def _detokenize(sentences: dict[str, list[str]]) -> tuple[str, dict[str, tuple[int, int]]]:
    """Join SpkAtt tokens into text; return the text and char offsets per "sentence:token" id."""
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    pos = 0
    for sid in sorted(sentences, key=int):
        open_quote = False
        no_space = True
        for ti, tok in enumerate(sentences[sid]):
            attach = tok in (",", ".", ";", ":", "!", "?", ")", "%", "“", "”", "«") or (tok == '"' and open_quote)
            if not no_space and not attach:
                parts.append(" ")
                pos += 1
            offsets[f"{sid}:{ti}"] = (pos, pos + len(tok))
            parts.append(tok)
            pos += len(tok)
            no_space = tok in ("(", "„", "»") or (tok == '"' and not open_quote)
            if tok == '"':
                open_quote = not open_quote
        parts.append("\n")
        pos += 1
    return "".join(parts), offsets


def load_spkatt(limit: int | None) -> list[Case]:
    """SpkAtt-2023: Bundestag speeches as speech events (Message = content, Source = speaker)."""
    docs: dict[str, dict] = {}
    for line in (EVAL / "spkatt2023" / "train.jsonl").open(encoding="utf-8"):
        ev = json.loads(line)
        d = docs.setdefault(ev["doc"], {"tokens": {}, "events": []})
        d["tokens"].update(ev["tokens"])
        d["events"].append(ev["roles"])
    cases = []
    for d in list(docs.values())[:limit]:
        text, offsets = _detokenize(d["tokens"])
        gold = []
        for roles in d["events"]:
            msg = roles.get("Message")
            if not msg:
                continue
            spans = [offsets[i] for i in msg["ids"] if i in offsets]
            if not spans:
                continue
            src = roles.get("Source")
            src_spans = tuple(offsets[i] for i in src["ids"] if i in offsets) if src else ()
            gold.append(Gold(min(s for s, _ in spans), max(e for _, e in spans), "any", None, src_spans))
        cases.append(Case(text, gold, "de"))
    return cases


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Intersection over union of two character spans."""
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def _pred_type(t: str) -> str:
    return "direct" if t in ("direct", "partial") else "indirect"


def _same_person(gold: Gold, pred, text: str) -> bool:
    """Tell whether a predicted speaker names the gold speaker (by name words or by span overlap)."""
    if gold.speaker:
        names = {w.lower() for w in _WORD.findall(gold.speaker) if len(w) > 1}
        got = {w.lower() for w in _WORD.findall(pred.speaker or pred.speaker_mention or "") if len(w) > 1}
        initials = "".join(w[0] for w in _WORD.findall(gold.speaker)
                           if w[:1].isupper() and w.lower() not in _FUNCTION_WORDS).lower()
        return bool(names & got) or (len(initials) >= 2 and initials in got)
    if pred.speaker_start is None:
        return False
    ps = (pred.speaker_start, pred.speaker_end)
    if any(_iou(ps, sp) > 0 for sp in gold.speaker_spans):
        return True
    gold_words = {w.lower() for s, e in gold.speaker_spans for w in _WORD.findall(text[s:e])}
    return bool(gold_words & {w.lower() for w in _WORD.findall(pred.speaker or "")})


def _same_mention(gold: Gold, pred, text: str) -> bool:
    """Tell whether the predicted speaker names the gold person, or is an unresolved non-pronoun mention on the gold span."""
    if _same_person(gold, pred, text):
        return True
    if pred.speaker is not None or pred.speaker_start is None or (pred.speaker_mention or "").lower() in _PRONOUNS:
        return False
    return any(_iou((pred.speaker_start, pred.speaker_end), sp) > 0 for sp in gold.speaker_spans)


def _prf(tp_p: int, n_p: int, tp_g: int, n_g: int) -> tuple[float, float, float]:
    p = tp_p / n_p if n_p else 0.0
    r = tp_g / n_g if n_g else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(name: str, cases: list[Case]) -> None:
    """Run extraction on each case and print span P/R/F1 per type plus speaker accuracy and word F1."""
    from factcheck.nlp.extract import extract_text

    t0 = time.perf_counter()
    preds = [extract_text(c.text, language=c.language).quotes for c in cases]
    elapsed = time.perf_counter() - t0
    words = sum(len(c.text.split()) for c in cases)
    print(f"\n== {name}: {len(cases)} texts, {words} words, {sum(len(c.gold) for c in cases)} gold quotes, "
          f"{sum(len(p) for p in preds)} predicted ({words / elapsed:,.0f} words/s)")
    types = ["all", "direct", "indirect"] if any(g.type == "direct" for c in cases for g in c.gold) else ["all"]
    for kind in types:
        for label, thr in (("IoU>=0.5", 0.5), ("overlap", 1e-9)):
            tp_p = n_p = tp_g = n_g = 0
            for case, quotes in zip(cases, preds):
                golds = [g for g in case.gold if kind == "all" or g.type == kind]
                ps = [q for q in quotes if kind == "all" or _pred_type(q.type) == kind]
                n_p += len(ps)
                n_g += len(golds)
                tp_p += sum(any(_iou((q.start, q.end), (g.start, g.end)) >= thr for g in golds) for q in ps)
                tp_g += sum(any(_iou((q.start, q.end), (g.start, g.end)) >= thr for q in ps) for g in golds)
            p, r, f = _prf(tp_p, n_p, tp_g, n_g)
            print(f"  {kind:8s} {label:8s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}   (pred {n_p}, gold {n_g})")
    if any(g.type == "other" for c in cases for g in c.gold):
        _speech_subset(cases, preds)
    right = total = span_right = named = mentioned = 0
    for case, quotes in zip(cases, preds):
        for g in case.gold:
            if not (g.speaker or g.speaker_spans):
                continue
            best = max(quotes, key=lambda q: _iou((q.start, q.end), (g.start, g.end)), default=None)
            if best is None or _iou((best.start, best.end), (g.start, g.end)) < 0.5:
                continue
            total += 1
            named += bool(best.speaker)
            mentioned += bool(best.speaker or best.speaker_mention)
            right += _same_person(g, best, case.text)
            span_right += _same_mention(g, best, case.text)
    print(f"  speaker accuracy on matched quotes: {right / total if total else 0:.3f} ({right}/{total})")
    print(f"  speaker named (resolved speaker given) on matched quotes: {named / total if total else 0:.3f} "
          f"({named}/{total}); a speaker or at least a mention: {mentioned / total if total else 0:.3f}")
    if any(g.speaker for c in cases for g in c.gold):
        print(f"  speaker accuracy, resolved name or the annotated mention: "
              f"{span_right / total if total else 0:.3f} ({span_right}/{total})")
    _quoted_subset(cases, preds)
    for kind in types[1:]:
        tp = n_pw = n_gw = 0
        for case, quotes in zip(cases, preds):
            gw = {m.start() for g in case.gold if g.type == kind for m in _WORD.finditer(case.text, g.start, g.end)}
            pw = {m.start() for q in quotes if _pred_type(q.type) == kind
                  for m in _WORD.finditer(case.text, q.start, q.end)}
            tp += len(gw & pw)
            n_pw += len(pw)
            n_gw += len(gw)
        p, r, f = _prf(tp, n_pw, tp, n_gw)
        print(f"  word-level {kind:8s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")


def _speech_subset(cases: list[Case], preds: list) -> None:
    """Print F1 on direct and indirect speech only (what issue 11 measures on redewiedergabe): the gold is the
    direct and (free) indirect items; a prediction that matches only a "reported" item (a speech act named, as in
    "Der König ernennt die Minister") is left out of precision rather than counted wrong."""
    tp_p = n_p = tp_g = n_g = 0
    for case, quotes in zip(cases, preds):
        speech = [g for g in case.gold if g.type != "other"]
        reported = [g for g in case.gold if g.type == "other"]
        n_g += len(speech)
        tp_g += sum(any(_iou((q.start, q.end), (g.start, g.end)) >= 0.5 for q in quotes) for g in speech)
        for q in quotes:
            hit = any(_iou((q.start, q.end), (g.start, g.end)) >= 0.5 for g in speech)
            if not hit and any(_iou((q.start, q.end), (g.start, g.end)) >= 0.5 for g in reported):
                continue
            n_p += 1
            tp_p += hit
    p, r, f = _prf(tp_p, n_p, tp_g, n_g)
    print(f"  direct+indirect speech IoU>=0.5 P {p:.3f}  R {r:.3f}  F1 {f:.3f}   (pred {n_p}, gold {n_g}; "
          f"predictions on reported-only items left out)")


def _is_quoted(text: str, gold: Gold) -> bool:
    """Tell whether a gold quote is marked: a direct one opens with a quotation mark, an untyped one holds one."""
    if gold.type == "any":
        return any(ch in _QUOTE_START for ch in text[max(0, gold.start - 1):gold.end + 1])
    head = text[max(0, gold.start - 1):gold.start + 2].lstrip()
    return gold.type == "direct" and any(ch in _QUOTE_START for ch in head[:2])


def _quoted_subset(cases: list[Case], preds: list) -> None:
    """Print the comparable sub-measure: quotes in quotation marks (recall, precision of our marked quotes)."""
    n_g = hit = any_hit = n_p = tp_p = sp_total = sp_right = 0
    for case, quotes in zip(cases, preds):
        golds = [g for g in case.gold if _is_quoted(case.text, g)]
        marked = [q for q in quotes if q.type in ("direct", "partial")]
        for g in golds:
            best = max(quotes, key=lambda q: _iou((q.start, q.end), (g.start, g.end)), default=None)
            if (g.speaker or g.speaker_spans) and best and _iou((best.start, best.end), (g.start, g.end)) >= 0.5:
                sp_total += 1
                sp_right += _same_person(g, best, case.text)
        n_g += len(golds)
        hit += sum(any(_iou((q.start, q.end), (g.start, g.end)) >= 0.5 for q in marked) for g in golds)
        any_hit += sum(any(_iou((q.start, q.end), (g.start, g.end)) > 0 for q in marked) for g in golds)
        n_p += len(marked)
        tp_p += sum(any(_iou((q.start, q.end), (g.start, g.end)) >= 0.5 for g in case.gold) for q in marked)
    if n_g:
        print(f"  marked subset (direct gold opening with a quotation mark / message holding one: {n_g}): recall IoU>=0.5 {hit / n_g:.3f}, "
              f"overlap {any_hit / n_g:.3f}; precision of our quoted quotes {tp_p / n_p if n_p else 0:.3f}; "
              f"speaker accuracy {sp_right / sp_total if sp_total else 0:.3f} ({sp_right}/{sp_total})")


def main() -> None:
    """Evaluate on whichever of the three sets are present."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None, help="texts per set (default: all)")
    parser.add_argument("--only", choices=["ggt", "rw", "spkatt", "polnear"], default=None)
    args = parser.parse_args()
    if not EVAL.exists():
        print(f"skipped: {EVAL} not found")
        return
    sets = {"ggt": ("GenderGapTracker (en)", load_ggt), "rw": ("redewiedergabe (de)", load_rw),
            "spkatt": ("SpkAtt-2023 (de)", load_spkatt), "polnear": ("PolNeAR (en)", load_polnear)}
    for key, (name, loader) in sets.items():
        if args.only and key != args.only:
            continue
        try:
            cases = loader(args.limit)
        except FileNotFoundError as exc:
            print(f"skipped {name}: {exc}", file=sys.stderr)
            continue
        evaluate(name, cases)


if __name__ == "__main__":
    main()
