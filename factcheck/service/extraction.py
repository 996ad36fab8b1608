"""Extraction and grouping: corpus files into claims.db, statements into groups and conflicts."""

from __future__ import annotations

import contextlib
import json
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Mapping, Sequence, Union

from sqlite_utils import Database

from factcheck.models import Article, Claim, Entity, Extraction, Quote, Value
from factcheck.service.common import Progress, no_progress, require_writable
from factcheck.service.fingerprint import groups_digest, pipeline_fingerprint
from factcheck.store import get_meta, queries, set_meta
from factcheck.store.ids import assign_ids, text_hash
from factcheck.store.writes import (delete_article_rows, now, replace_facts, replace_groups, save_article,
                                    save_file)

if TYPE_CHECKING:
    import numpy as np

    from factcheck.service.workers import FileResult

PIPELINE_VERSION = pipeline_fingerprint()
"""Stored with each file; a different fingerprint (code, cue lists, models changed) re-extracts it on the next run."""


@dataclass
class ExtractSummary:
    """What an extract run did."""

    files: int = 0
    unchanged: int = 0
    extracted: int = 0
    articles: int = 0
    quotes: int = 0
    claims: int = 0
    removed: int = 0
    problems: list[str] = field(default_factory=list)
    groups: int | None = None
    conflicts: int | None = None
    notes: list[str] = field(default_factory=list)
    """Why things were redone (pipeline changed, groups stale), one line each."""


def extract(
    db: Database,
    paths: Sequence[str | Path],
    *,
    published: str | None = None,
    force: bool = False,
    group: bool = True,
    model: str | None = None,
    progress: Progress = no_progress,
    workers: int = 1,
    dask: str | None = None,
) -> ExtractSummary:
    """Read files and folders into the database, re-extracting only what changed, then group.

    Changed files are extracted in this process (``workers=1``), in worker processes (``workers>1``: a pool,
    or one helper process for changes too small to pay for one, see ``workers.run_helper``) or on a Dask
    cluster (``dask`` = scheduler address); this process stays the only writer and stores the files in their
    discovery order, one transaction per article, so the database is the same whichever is used.
    """
    from factcheck.ingest import IngestError, article_name, discover, file_hash
    from factcheck.service import workers as pool

    require_writable(db)
    summary = ExtractSummary()
    found = list(discover([Path(p) for p in paths]))
    roots = [Path(p) for p in paths if Path(p).is_dir()]
    total = len(found)
    seen_paths: set[str] = set()
    pipeline_changed: list[str] = []
    todo: list[tuple[Path, str, str, tuple | None, str]] = []
    for path, problem in found:
        if problem:
            summary.problems.append(f"{path}: {problem}")
            continue
        summary.files += 1
        key = str(path)
        seen_paths.add(key)
        try:
            digest = file_hash(path)
        except IngestError as error:
            summary.problems.append(str(error))
            _forget_file(db, key, db.execute("select hash, pipeline, articles from files where path = ?",
                                             [key]).fetchone())
            continue
        except OSError as error:
            summary.problems.append(f"{path}: cannot read ({error.strerror or error})")
            continue
        previous = db.execute("select hash, pipeline, articles from files where path = ?", [key]).fetchone()
        name = article_name(path, next((r for r in roots if path.is_relative_to(r)), None))
        if previous and previous[0] == digest and previous[1] == PIPELINE_VERSION and not force and not published \
                and _named(previous[2], name):
            summary.unchanged += 1
            continue
        if previous and previous[0] == digest and previous[1] != PIPELINE_VERSION:
            pipeline_changed.append(previous[1])
        todo.append((path, key, digest, previous, name))
    done = total - len(todo)
    progress("extract", done, total)
    jobs = [(str(path), published, name) for path, _, _, _, name in todo]
    in_processes = pool.useful_workers(workers, [_size(item[0]) for item in todo])
    elsewhere = bool(dask) or (workers > 1 and bool(jobs))  # extracted by other processes than this one
    if dask:
        results = pool.run_dask(jobs, dask)
    elif in_processes > 1:
        results = pool.run_local(jobs, in_processes)
    elif elsewhere:  # too little for a pool: one helper, started before this process starts threads below
        results = pool.run_helper(jobs)
    else:
        results = pool.run_local(jobs, 1)
    if group and todo:  # new text will need the encoder: its weights load meanwhile, beside the extraction
        from factcheck import embed

        embed.preload(model or _sticky_model(db))
    ahead = None
    if group and elsewhere:  # this process waits for results: embed meanwhile
        from factcheck.service.ahead import EmbedAhead

        ahead = EmbedAhead(db, model or _sticky_model(db))
    try:
        for (path, key, digest, previous, _), result in zip(todo, results):
            _store_file(db, summary, path, key, digest, previous, result)
            if ahead is not None:
                for item in result.articles:
                    if item.extraction is not None:
                        ahead.add(item.article, item.extraction)
            done += 1
            progress("extract", done, total)
    except BaseException:
        if ahead is not None:
            ahead.cancel()
        raise
    progress("extract", total, total)
    if pipeline_changed:
        summary.notes.append(
            f"re-extracted {len(pipeline_changed)} unchanged file(s): the extraction pipeline changed (code, cue lists "
            f"or models; {sorted(set(pipeline_changed))[0]} -> {PIPELINE_VERSION})")
    summary.removed += _drop_vanished_files(db, paths)
    if group:
        try:  # the encoding threads finish while grouping reads the statements
            _group_if_stale(db, summary, model=model, force=force, progress=progress,
                            ahead=ahead.finish if ahead is not None else None)
        finally:
            if ahead is not None:
                ahead.cancel()  # nothing left to do after finish; stops the threads when no regrouping was due
    return summary


def unfinished(db: Database, corpus: str | Path) -> bool:
    """Whether the extraction of ``corpus`` into this database is yet to be done or was left half done: the
    database holds no article, or it holds only files of this corpus and lacks some of them, or its groups are
    stale (a run stopped before grouping: Esc, q or a kill in the desk's first extraction). A database that
    holds files from elsewhere is never taken for an unfinished extraction of ``corpus``."""
    from factcheck.ingest import discover

    stored = {row[0] for row in db.execute("select path from files")}
    if not stored:  # new, or filled some other way than by extracting files (the Python API, a test's demo)
        return db.execute("select count(*) from articles").fetchone()[0] == 0
    found = {str(path) for path, problem in discover([Path(corpus)]) if not problem}
    if not stored <= found:
        return False
    return bool(found - stored) or _groups_stale(db, _sticky_model(db))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _store_file(db: Database, summary: ExtractSummary, path: Path, key: str, digest: str, previous: tuple | None,
                result: "FileResult") -> None:
    """Write one extracted file: each article in its own transaction (with the reviews of the articles it
    replaces), then the file's record."""
    if result.error:
        summary.problems.append(result.error)
        _forget_file(db, key, previous)
        return
    summary.problems.extend(result.problems)
    names = []
    old_names = json.loads(previous[2]) if previous and previous[2] else []
    for item in result.articles:
        if item.extraction is None:
            summary.problems.append(item.error or f"{path}: {item.article.name}: extraction failed")
            continue
        predecessors = _predecessors(db, item.article, old_names)
        with db.atomic():
            save_article(db, item.article, item.extraction)
            for old_name in predecessors:
                _carry_reviews(db, item.extraction, old_name, item.extraction, item.article.name)
        names.append(item.article.name)
        summary.articles += 1
        summary.quotes += len(item.extraction.quotes)
        summary.claims += len(item.extraction.claims)
    with db.atomic():
        stale_names = set(old_names) - set(names)
        for stale in stale_names:
            delete_article_rows(db, stale)
            summary.removed += 1
        save_file(db, {"path": key, "hash": digest, "size": path.stat().st_size, "mtime": path.stat().st_mtime,
                       "articles": json.dumps(names), "pipeline": PIPELINE_VERSION, "extracted_at": now(),
                       "problem": None if names else "no article"})
    summary.extracted += 1


def _group_if_stale(db: Database, summary: ExtractSummary, *, model: str | None, force: bool,
                    progress: Progress, ahead: "Ahead" = None) -> None:
    """Regroup when the groups were not computed from what the database holds now (whatever happened before)."""
    model = model or _sticky_model(db)
    if force or _groups_stale(db, model):
        if not (summary.extracted or summary.removed or force):
            summary.notes.append("regrouped: the groups were stale (an interrupted or --no-group run, or a new "
                                 "model or grouping code)")
        summary.groups, summary.conflicts = group_statements(db, model=model, progress=progress, ahead=ahead)
    else:
        counts = queries.counts(db)
        summary.groups, summary.conflicts = counts["groups"], counts["conflicts"]


def _sticky_model(db: Database) -> str | None:
    """The model the current groups were built with (None: the default), kept until another is asked for."""
    grouped_with = get_meta(db, "grouped_with")
    return None if grouped_with in (None, "default") else grouped_with


def _groups_stale(db: Database, model: str | None) -> bool:
    """Whether the stored groups were not computed from what the database holds now with ``model``."""
    return get_meta(db, "groups_state") != current_groups_digest(db, model)


def current_groups_digest(db: Database, model: str | None) -> str:
    """The digest groups built now would record (see fingerprint.groups_digest)."""
    ids = [r[0] for r in db.execute("select id from quotes union all select id from claims")]
    articles = db.execute("select name, content_hash from articles").fetchall()
    return groups_digest(ids, articles, model or "default")


def _named(stored: str | None, name: str) -> bool:
    """True when a file's stored articles carry the name the file gets now (a record file: ``name#n``)."""
    names = json.loads(stored or "[]")
    return all(n == name or n.startswith(name + "#") for n in names)


def _forget_file(db: Database, key: str, previous: tuple | None) -> None:
    """A file that can no longer be read loses its derived rows (reviews stay)."""
    with db.atomic():
        for stale in json.loads(previous[2]) if previous and previous[2] else []:
            delete_article_rows(db, stale)
        db.execute("delete from files where path = ?", [key])


def _drop_vanished_files(db: Database, paths: Sequence[str | Path]) -> int:
    """Articles of files that were inside a given folder but no longer exist are removed (reviews stay)."""
    folders = [Path(p).resolve() for p in paths if Path(p).is_dir()]
    removed = 0
    if not folders:
        return 0
    for key, names in db.execute("select path, articles from files").fetchall():
        file = Path(key)
        if file.exists() or not any(folder in file.resolve().parents for folder in folders):
            continue
        with db.atomic():
            for name in json.loads(names or "[]"):
                delete_article_rows(db, name)
                removed += 1
            db.execute("delete from files where path = ?", [key])
    return removed


# --- article identity: renamed files and older names keep their reviews ------------------------------


def _predecessors(db: Database, article: Article, old_names: Sequence[str]) -> list[str]:
    """Articles this one replaces: the same file's article (or record) under another name (a bare file name
    before articles were named by their path in the corpus, or the file reached from another folder), or an
    article with the same text whose file is gone (the file was renamed or moved)."""
    record = article.name.rpartition("#")[2] if "#" in article.name else None
    found = [name for name in old_names
             if name != article.name and (name.rpartition("#")[2] if "#" in name else None) == record]
    if db.execute("select 1 from articles where name = ?", [article.name]).fetchone():
        return found
    for (name,) in db.execute("select name from articles where content_hash = ? and name != ? order by name",
                              [article.content_hash, article.name]).fetchall():
        if name not in found and not _file_present(db, name):
            found.append(name)
    return found


def _file_present(db: Database, article: str) -> bool:
    """True when a file that produced `article` still exists on disk."""
    rows = db.execute("select path, articles from files where instr(articles, ?) > 0",
                      [json.dumps(article, ensure_ascii=False)]).fetchall()
    return any(article in json.loads(names or "[]") and Path(path).exists() for path, names in rows)


def _carry_reviews(db: Database, raw: Extraction, old_name: str, extraction: Extraction, name: str) -> None:
    """Move reviews of `old_name`'s statements to the same statements (kind, text, occurrence) of the new article."""
    from factcheck.store.reviews import move_reviews

    old = assign_ids(raw, old_name)
    pairs = [(o.id, n.id) for o, n in zip((*old.quotes, *old.claims), (*extraction.quotes, *extraction.claims))]
    move_reviews(db, pairs, article=name)


def extract_text(text: str, *, language: str | None = None, published: str | None = None):
    """Quotes and claims of one text, as dataclasses with offsets into that text; no database involved."""
    from factcheck.nlp.extract import extract_text as _extract

    return _extract(text, language=language, published=published)


# --- grouping ---------------------------------------------------------------------------------------


def load_statements(db: Database) -> tuple[list[Quote | Claim], dict[str, Article]]:
    """All quotes and claims of the database as dataclasses, with the articles they come from."""
    articles = {a.name: a for a in _load_articles(db)}
    values: dict[str, list[Value]] = {}
    for item_id, vtype, text, start, end, value in db.execute(
        "select item_id, type, text, start, [end], value from [values] order by item_id, idx"
    ):
        values.setdefault(item_id, []).append(Value(vtype, text, start, end, json.loads(value)))
    entities: dict[str, list[Entity]] = {}
    for article, text, label, start, end, norm in db.execute(
        "select article, text, label, start, [end], norm from entities order by article, start"
    ):
        entities.setdefault(article, []).append(Entity(text, label, start, end, norm))
    items: list[Quote | Claim] = []
    for row in db.execute(
        """select id, article, text, start, [end], type, sentence, sentence_start, sentence_end, speaker,
        speaker_mention, speaker_start, speaker_end, cue, cue_start, cue_end from quotes order by article, start"""
    ):
        (qid, article, text, start, end, qtype, sentence, s_start, s_end, speaker, mention, sp_start, sp_end,
         cue, cue_start, cue_end) = row
        items.append(Quote(text, start, end, qtype, sentence, s_start, s_end, speaker, mention, sp_start, sp_end,
                           cue, cue_start, cue_end, tuple(values.get(qid, ())), qid, article))
    for cid, article, text, start, end, sentence, s_start, s_end in db.execute(
        "select id, article, text, start, [end], sentence, sentence_start, sentence_end from claims order by article, start"
    ):
        ents = tuple(e for e in entities.get(article, ()) if e.start >= start and e.end <= end)
        items.append(Claim(text, start, end, sentence, s_start, s_end, tuple(values.get(cid, ())), ents, cid, article))
    return items, articles


def _load_articles(db: Database) -> Iterator[Article]:
    from factcheck.models import DateCandidate

    for row in db.execute(
        """select name, path, text, title, outlet, url, published, published_source, published_candidates,
        language, content_hash, removed, outlet_source from articles"""
    ):
        (name, path, text, title, outlet, url, published, source, candidates, language, digest, removed,
         outlet_source) = row
        yield Article(name, path, text, title, outlet, url, published, source,
                      tuple(DateCandidate(**c) for c in json.loads(candidates or "[]")), language, digest,
                      tuple(json.loads(removed or "[]")), outlet_source or "none")


EMBED_BATCH = 256
"""Texts encoded (and their vectors cached) per step of embed_texts."""


def _cache_lookup(db: Database, texts: Sequence[str],
                  model_key: str) -> tuple[list[str], dict[str, "np.ndarray"], list[tuple[str, str]]]:
    """The text hash of each text, the vectors the database caches for them (by hash) and the (hash, text) of
    those it does not, once each, in order."""
    import numpy as np

    hashes = [text_hash(t) for t in texts]
    cached = {digest: np.frombuffer(vector, dtype=np.float32)
              for digest, vector in _embedding_rows(db, "text_hash, vector", hashes, model_key)}
    missing = [(h, t) for h, t in dict(zip(hashes, texts)).items() if h not in cached]
    return hashes, cached, missing


def cached_hashes(db: Database, hashes: Iterable[str], model_key: str) -> set[str]:
    """The text hashes among ``hashes`` the database holds a vector for (their vectors are not read)."""
    return {row[0] for row in _embedding_rows(db, "text_hash", hashes, model_key)}


def _embedding_rows(db: Database, columns: str, hashes: Iterable[str], model_key: str) -> Iterator[tuple]:
    """The ``columns`` of the cached embeddings of ``hashes`` (each asked once) for one model."""
    unique = list(dict.fromkeys(hashes))
    for start in range(0, len(unique), queries.SQL_VARIABLES):
        chunk = unique[start:start + queries.SQL_VARIABLES]
        yield from db.execute(f"select {columns} from embeddings where model = ? and text_hash in "
                              f"({','.join('?' * len(chunk))})", [model_key, *chunk])


def _encode_fresh(loaded, part: Sequence[str], ahead: Mapping[str, "np.ndarray"]) -> dict[str, "np.ndarray"]:
    """Vectors of the texts of one step of embed_texts that ``ahead`` has none for, by text."""
    from factcheck import embed

    fresh = [t for t in part if t not in ahead]
    return dict(zip(fresh, embed.encode(loaded, fresh, threads=embed.ENCODE_THREADS))) if fresh else {}


def embed_texts(db: Database, texts: Sequence[str], *, model: str | None = None,
                progress: Progress = no_progress, ahead: Mapping[str, "np.ndarray"] | None = None):
    """Vectors for texts, encoding only those not yet cached in the database for this model (or taking them
    from ``ahead``, vectors of exact texts encoded while extraction ran; see service.ahead)."""
    import numpy as np

    from factcheck import embed

    model_key = embed.model_key(model)  # the model itself loads only when something is not cached
    hashes, cached, missing = _cache_lookup(db, texts, model_key)
    ahead = ahead or {}
    loaded = embed.load_model(model) if any(t not in ahead for _, t in missing) else None
    for start in range(0, len(missing), EMBED_BATCH):
        progress("embed", start, len(missing))
        part = missing[start:start + EMBED_BATCH]
        encoded = _encode_fresh(loaded, [t for _, t in part], ahead)
        vectors = [ahead[t] if t in ahead else encoded[t] for _, t in part]
        with db.atomic():
            db["embeddings"].insert_all(
                ({"model": model_key, "text_hash": h, "dims": int(v.shape[0]), "vector": v.astype(np.float32).tobytes()}
                 for (h, _), v in zip(part, vectors)),
                pk=("model", "text_hash"),
                replace=True,
            )
        for (h, _), v in zip(part, vectors):
            cached[h] = v.astype(np.float32)
    progress("embed", len(missing), len(missing))
    if not texts:
        return np.zeros((0, 1), dtype=np.float32), model_key
    return np.vstack([cached[h] for h in hashes]), model_key


Ahead = Union[Mapping[str, "np.ndarray"], Callable[[], Mapping[str, "np.ndarray"]], None]
"""Vectors encoded while extraction ran, by exact text, or what gives them once grouping needs them."""


def group_statements(db: Database, *, model: str | None = None, progress: Progress = no_progress,
                     ahead: Ahead = None) -> tuple[int, int]:
    """Group matching quotes and claims across articles and find the conflicts in each group (``ahead``:
    vectors encoded while extraction ran, by exact text, or a callable that waits for them: it is called
    after the statements are read, so reading them overlaps the last encoding)."""
    require_writable(db)
    items, articles = load_statements(db)
    with _kept_from_the_collector():
        return _group_loaded(db, items, articles, model=model, progress=progress, ahead=ahead)


@contextlib.contextmanager
def _kept_from_the_collector() -> Iterator[None]:
    """What exists now (the statements and articles just read) kept out of the cyclic garbage collector's walks
    while grouping runs (``gc.freeze``), and handed back afterwards (``gc.unfreeze``). They live until grouping
    ends anyway, and every full collection meanwhile walked them all: 10 % of regrouping 862 articles."""
    import gc

    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _group_loaded(db: Database, items: list, articles: dict, *, model: str | None, progress: Progress,
                  ahead: Ahead) -> tuple[int, int]:
    from factcheck.conflicts import find_conflicts
    from factcheck.embed import model_key as model_key_of
    from factcheck.match import group_statements as _group
    from factcheck.match import threshold_for

    from factcheck import facts as fact_layer

    state = groups_digest([i.id for i in items], [(a.name, a.content_hash) for a in articles.values()],
                          model or "default")
    known = dict((ahead() if callable(ahead) else ahead) or {})
    model_key = model_key_of(model)

    def embed(texts):
        return embed_texts(db, texts, model=model, ahead=known)[0]

    with contextlib.ExitStack() as early:
        progress("facts", 0, 1)
        encoding: list[Future] = []
        facts = fact_layer.build(
            items, articles, embed, model_key=model_key,
            on_stories=lambda story_of, links: encoding.extend(_encode_early(db, early, items, story_of, links, model,
                                                                             model_key, known)))
        for job in encoding:
            with contextlib.suppress(Exception):  # grouping encodes what is missing and says what is wrong
                known.update(job.result())
        progress("facts", 1, 1)
        vectors = _statement_vectors(db, items, facts.story_of, facts.links, model, progress, known)
        progress("group", 0, 1)
        groups = _group(items, vectors, articles=articles, threshold=threshold_for(model_key),
                        story_of=facts.story_of, embed=embed, article_links=facts.links,
                        facts_of=fact_layer.facts_of(facts.facts)) if items else []
        progress("group", 1, 1)
    by_id = {i.id: i for i in items}
    found = []
    for number, grp in enumerate(groups):
        progress("conflicts", number, len(groups))
        found.extend(find_conflicts(grp, by_id, articles=articles))
    found.extend(facts.conflicts)
    found = _capped(found)
    with db.atomic():
        replace_groups(db, groups, found)
        replace_facts(db, facts)
        set_meta(db, "grouped_with", model or "default")
        set_meta(db, "groups_state", state)
        set_meta(db, "embedding_model", model_key)
    progress("conflicts", len(groups), len(groups))
    return len(groups), len(found)


def compared_statements(items: Sequence[Quote | Claim], story_of: Mapping[str, str],
                        links: frozenset[tuple[str, str]]) -> list[int]:
    """Indexes of the statements grouping compares: those of articles alike by themselves to another of their
    story (``links``; match.events.compared)."""
    from factcheck.match.events import compared

    is_compared = compared(story_of, links)
    return [k for k, it in enumerate(items) if is_compared(it.article)]


def _statement_vectors(db: Database, items: Sequence[Quote | Claim], story_of: Mapping[str, str],
                       links: frozenset[tuple[str, str]], model: str | None, progress: Progress,
                       known: Mapping[str, "np.ndarray"]) -> "np.ndarray":
    """Vectors of the statements, row by row: embedded (and cached) for those grouping compares, zero for the
    others (of articles alike to no other), which grouping never reads."""
    import numpy as np

    wanted = compared_statements(items, story_of, links)
    found, _ = embed_texts(db, [items[k].text for k in wanted], model=model, progress=progress, ahead=known)
    vectors = np.zeros((len(items), found.shape[1] if wanted else 1), dtype=np.float32)
    if wanted:
        vectors[wanted] = found
    return vectors


def _encode_early(db: Database, stack: contextlib.ExitStack, items: Sequence[Quote | Claim],
                  story_of: Mapping[str, str], links: frozenset[tuple[str, str]], model: str | None, model_key: str,
                  known: Mapping[str, "np.ndarray"]) -> list[Future]:
    """Start encoding, in a thread of its own, what grouping will embed once the stories are known (the
    statements it compares and the clauses of claims), so that it runs beside the facts' work in this thread
    instead of after it, in steps of EMBED_BATCH texts; grouping takes the vectors by text (``known``) and
    caches them as before. ``stack`` holds the thread and the BLAS limit of the encoder until grouping is done."""
    from concurrent.futures import ThreadPoolExecutor

    from factcheck import embed
    from factcheck.match import clause_texts

    texts = list(dict.fromkeys([items[k].text for k in compared_statements(items, story_of, links)]
                               + clause_texts(items, story_of, links)))
    hashes = [text_hash(t) for t in texts]
    cached = cached_hashes(db, hashes, model_key)
    missing = [t for t, h in zip(texts, hashes) if h not in cached]
    if not any(t not in known for t in missing):
        return []
    try:
        loaded = embed.load_model(model)
    except Exception:  # grouping loads it again and says what is wrong
        return []
    stack.enter_context(embed.parallel_encoding(loaded))  # one limit for every encoding thread meanwhile
    pool = stack.enter_context(ThreadPoolExecutor(max_workers=1, thread_name_prefix="factcheck-embed-early"))
    snapshot = dict(known)

    def run() -> dict[str, "np.ndarray"]:
        found: dict[str, np.ndarray] = {}
        for start in range(0, len(missing), EMBED_BATCH):
            found.update(_encode_fresh(loaded, missing[start:start + EMBED_BATCH], snapshot))
        return found

    return [pool.submit(run)]


MAX_CONFLICTS = 50_000
"""Most conflicts one grouping run stores. Fact conflicts list every side, so a real corpus stays far below;
a corpus that breaks this (one text repeated thousands of times with changes) gets a warning, not a full disk."""


def _capped(conflicts: list) -> list:
    """The conflicts to store: all of them, or the MAX_CONFLICTS with most sides, with a warning on stderr."""
    if len(conflicts) <= MAX_CONFLICTS:
        return conflicts
    import sys

    sys.stderr.write(f"warning: {len(conflicts):,} conflicts found; keeping the {MAX_CONFLICTS:,} with most sides "
                     "(is the corpus one text repeated with changes?)\n")
    return sorted(conflicts, key=lambda c: (-len(c.claims), c.id))[:MAX_CONFLICTS]
