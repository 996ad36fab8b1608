"""Finding corpus files and turning each into cleaned :class:`~factcheck.models.Article` records."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import stat as stat_module
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path

from factcheck.ingest.boilerplate import clean_text
from factcheck.ingest.dates import parse_date
from factcheck.ingest.encoding import decode_bytes
from factcheck.ingest.errors import IngestError, IngestWarning
from factcheck.ingest.html_reader import looks_like_html, read_html
from factcheck.language import detect_language
from factcheck.ingest.markdown_reader import read_markdown
from factcheck.ingest.metadata import (
    RANK_USER,
    Hints,
    RankedDate,
    choose_outlet,
    choose_published,
    clean_title,
    path_date_candidates,
    text_date_candidates,
)
from factcheck.ingest.records import RecordProblem, json_records, jsonl_records, record_fields, record_hints
from factcheck.models import Article, DateCandidate

SUPPORTED_SUFFIXES = frozenset({".txt", ".html", ".htm", ".md", ".json", ".jsonl"})
SIDECAR_SUFFIX = ".meta.json"
MAX_FILE_BYTES = 100 * 1024 * 1024
"""Files above this size are refused at once (from their size on disk), before anything is read."""
MAX_REMOVED = 100
_CHUNK = 1 << 20


def is_sidecar(path: Path) -> bool:
    """True for a ``<file>.meta.json`` metadata sidecar."""
    return path.name.lower().endswith(SIDECAR_SUFFIX)


def sidecar_for(path: Path) -> Path | None:
    """The sidecar next to an article file (``a.txt.meta.json`` or ``a.meta.json``), None when absent."""
    if path.suffix.lower() in (".json", ".jsonl") or is_sidecar(path):
        return None
    for candidate in (path.with_name(path.name + SIDECAR_SUFFIX), path.with_name(path.stem + SIDECAR_SUFFIX)):
        try:
            if candidate.is_file():
                return candidate
        except OSError:
            continue
    return None


def _problem(path: Path) -> str | None:
    if is_sidecar(path):
        return "metadata sidecar: it is read together with its article file"
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        shown = suffix or "(no suffix)"
        return f"unsupported file type {shown} (supported: {', '.join(sorted(SUPPORTED_SUFFIXES))})"
    return None


def _not_a_file(path: Path) -> str | None:
    """Why `path` (after following links) is not a regular file to read, or None when it is one."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return "broken link (its target does not exist)" if os.path.islink(path) else "no such file"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop (the link points back at itself)"
        return f"cannot access ({exc.strerror or exc})"
    if stat_module.S_ISREG(mode):
        return None
    if stat_module.S_ISDIR(mode):
        return "link to a folder, not followed (give the folder itself)"
    if stat_module.S_ISFIFO(mode):
        return "a named pipe (FIFO), not a file"
    if stat_module.S_ISSOCK(mode):
        return "a socket, not a file"
    return "a device, not a file"


def _walk(folder: Path) -> Iterator[tuple[Path, str | None]]:
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield folder, f"cannot read folder ({exc.strerror or exc})"
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(path)
                continue
        except OSError as exc:
            yield path, f"cannot access ({exc.strerror or exc})"
            continue
        if is_sidecar(path):
            continue
        yield path, _not_a_file(path) or _problem(path)


def discover(paths: Sequence[Path | str]) -> Iterator[tuple[Path, str | None]]:
    """Walk files and folders lazily (sorted, recursive, hidden files and sidecars skipped).

    Yields ``(path, problem)``: problem is None for a supported file, else a one-line reason it is skipped.
    """
    for given in paths:
        path = Path(given)
        try:
            is_dir, exists = path.is_dir(), path.exists()
        except (OSError, ValueError) as exc:
            yield path, f"cannot access ({getattr(exc, 'strerror', None) or exc})"
            continue
        if is_dir:
            yield from _walk(path)
        elif exists:
            yield path, _not_a_file(path) or _problem(path)
        elif os.path.islink(path):
            yield path, _not_a_file(path)
        else:
            yield path, "no such file or folder"


def article_name(path: Path, root: Path | None) -> str:
    """An article's identity: its path relative to the corpus folder it was found in (``sub/a.txt``), or the file
    name for a file given on its own; the last part is always the file name."""
    if root is not None:
        try:
            return path.relative_to(root).as_posix()
        except ValueError:
            pass
    return path.name


def file_hash(path: Path) -> str:
    """SHA-256 of the file's bytes, plus its sidecar's bytes when there is one (changes when either does)."""
    digest = hashlib.sha256()
    for part in (path, sidecar_for(path)):
        if part is None:
            continue
        try:
            with open(part, "rb") as fh:
                while chunk := fh.read(_CHUNK):
                    digest.update(chunk)
        except OSError as exc:
            raise IngestError(path, f"cannot read file ({exc.strerror or exc})") from None
    return digest.hexdigest()


def load_file(path: Path | str, *, published: str | None = None, name: str | None = None) -> list[Article]:
    """Read one corpus file into articles; problems with single records are issued as IngestWarning."""
    articles, problems = load_file_with_problems(path, published=published, name=name)
    for problem in problems:
        warnings.warn(str(problem), IngestWarning, stacklevel=2)
    return articles


def _read_bytes(path: Path, max_bytes: int) -> tuple[bytes, float]:
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise IngestError(path, "no such file") from None
    except OSError as exc:
        raise IngestError(path, f"cannot read file ({exc.strerror or exc})") from None
    if stat_module.S_ISDIR(stat.st_mode):
        raise IngestError(path, "is a folder; pass its files (discover() walks folders)")
    if not stat_module.S_ISREG(stat.st_mode):
        raise IngestError(path, _not_a_file(path) or "not a regular file")
    if stat.st_size > max_bytes:
        raise IngestError(path, f"file too large ({stat.st_size / 1e6:.0f} MB, limit {max_bytes / 1e6:.0f} MB); "
                                "split it into smaller files or a .jsonl with one article a line")
    try:
        return path.read_bytes(), stat.st_mtime
    except OSError as exc:
        raise IngestError(path, f"cannot read file ({exc.strerror or exc})") from None


def _sidecar_hints(path: Path, problems: list[IngestError]) -> Hints | None:
    sidecar = sidecar_for(path)
    if sidecar is None:
        return None
    try:
        text, _ = decode_bytes(sidecar.read_bytes(), sidecar)
        data = json.loads(text)
        if not isinstance(data, dict):
            raise RecordProblem("expected a JSON object")
        hints = record_hints(data, origin=f"sidecar {sidecar.name}")
    except (OSError, ValueError, IngestError, RecordProblem) as exc:
        problems.append(IngestError(sidecar, f"sidecar ignored: {getattr(exc, 'message', exc)}"))
        return None
    problems.extend(IngestError(sidecar, p) for p in hints.problems)
    return hints


def load_file_with_problems(
    path: Path | str, *, published: str | None = None, max_bytes: int = MAX_FILE_BYTES, name: str | None = None
) -> tuple[list[Article], list[IngestError]]:
    """Read one corpus file: (articles, problems with single records or the sidecar that were skipped).

    `name` is the article's identity (default: the file name; `extract` passes the path relative to the corpus
    folder, see :func:`article_name`). Raises :class:`IngestError` when the file as a whole cannot be read
    (missing, unsupported, too large, empty, binary, undecodable, invalid JSON, or no usable record at all);
    nothing else escapes.
    """
    path = Path(path)
    try:
        return _load(path, published, max_bytes, name or path.name)
    except IngestError:
        raise
    except Exception as exc:  # noqa: BLE001 - the contract: bad input surfaces as IngestError only
        raise IngestError(path, f"unexpected {type(exc).__name__} while reading: {exc}") from exc


def _load(path: Path, published: str | None, max_bytes: int, name: str) -> tuple[list[Article], list[IngestError]]:
    problem = _problem(path)
    if problem:
        raise IngestError(path, problem)
    user_date = None
    if published is not None:
        user_date = parse_date(published)
        if user_date is None:
            raise IngestError(path, f"cannot read the given published date {published!r}; use YYYY-MM-DD")
    data, mtime = _read_bytes(path, max_bytes)
    text, _encoding = decode_bytes(data, path)
    problems: list[IngestError] = []
    sidecar = _sidecar_hints(path, problems)
    user = RankedDate(RANK_USER, DateCandidate(user_date, "user", f"given by the user: {published}")) \
        if user_date else None
    suffix = path.suffix.lower()
    if suffix in (".json", ".jsonl"):
        articles = _load_records(path, name, text, suffix, user, problems)
        if not articles:
            first = problems[0].message if problems else "no records"
            raise IngestError(path, f"no usable article in the file ({first})")
        return articles, problems
    removed: list[str] = []
    if suffix == ".md":
        text, hints, removed = read_markdown(text)
    elif suffix in (".html", ".htm"):
        text, hints, extractor = read_html(text)
        if extractor == "plain":
            removed.append("html: trafilatura found no article; used plain block text")
    elif looks_like_html(text):
        text, hints, _ = read_html(text)
        removed.append("html: a .txt file holding an HTML page was read as HTML")
    else:
        hints = Hints()
    if sidecar is not None:
        hints = _merge(sidecar, hints)
    article = build_article(name, path, text, hints, user=user, mtime=mtime, removed=removed)
    return [article], problems


def _merge(strong: Hints, weak: Hints) -> Hints:
    """Hints from ``strong`` (a sidecar) win field by field; all date candidates are kept."""
    return Hints(
        title=strong.title or weak.title,
        url=strong.url or weak.url,
        outlet=strong.outlet or weak.outlet,
        dates=strong.dates + weak.dates,
        outlet_source=strong.outlet_source if strong.outlet else weak.outlet_source,
    )


def _load_records(
    path: Path, base: str, text: str, suffix: str, user: RankedDate | None, problems: list[IngestError]
) -> list[Article]:
    numbered: list[tuple[int, int | None, object]]
    if suffix == ".json":
        try:
            records, many = json_records(text)
            numbered = [(i + 1, None, record) for i, record in enumerate(records)]
        except json.JSONDecodeError as exc:
            if exc.msg != "Extra data" or exc.lineno < 2:
                raise IngestError(path, f"invalid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") \
                    from None
            numbered, many = list(jsonl_records(text)), True  # JSON Lines saved as .json
        except RecursionError:
            raise IngestError(path, "invalid JSON (nested too deeply)") from None
    else:
        numbered, many = list(jsonl_records(text)), True
    articles: list[Article] = []
    for number, line, record in numbered:
        name = f"{base}#{number}" if many else base
        try:
            if isinstance(record, RecordProblem):
                raise record
            body, hints = record_fields(record, origin="json")
            problems.extend(IngestError(path, p, record=number, line=line) for p in hints.problems)
            articles.append(build_article(name, path, body, hints, user=user, mtime=None, removed=[]))
        except RecordProblem as exc:
            problems.append(IngestError(path, str(exc), record=number, line=line))
        except IngestError as exc:
            problems.append(IngestError(path, exc.message, record=number, line=line))
    return articles


def build_article(
    name: str,
    path: Path,
    text: str,
    hints: Hints,
    *,
    user: RankedDate | None,
    mtime: float | None,
    removed: list[str],
) -> Article:
    """Clean the text and settle title, outlet, url, publication date and language into an Article."""
    given_title = clean_title(hints.title)
    cleaned = clean_text(text, title=given_title)
    body = cleaned.text
    if not body.strip():
        raise IngestError(path, "no article text left after removing boilerplate")
    title = clean_title(cleaned.title) if given_title is None else given_title
    if title and cleaned.title and body.startswith(cleaned.title):
        body = title + body[len(cleaned.title):]
    elif title and not body.startswith(title):
        body = f"{title}\n\n{body}"
    url = hints.url or (cleaned.urls[0] if cleaned.urls else None)
    credit = cleaned.credit_outlet()
    outlet, outlet_source = choose_outlet(hints, folder=_folder_hints(path), url=url,
                                          outlet_lines=cleaned.outlet_lines, agency_tags=[credit] if credit else [],
                                          text=body, name=name)
    ranked = list(hints.dates) + text_date_candidates(cleaned, body)
    file_name = name.rsplit("/", 1)[-1]
    ranked += path_date_candidates(file_name if "#" not in file_name else "", url, mtime)
    if user is not None:
        ranked.append(user)
    published, source, candidates = choose_published(ranked)
    return Article(
        name=name,
        path=str(path),
        text=body,
        title=title,
        outlet=outlet,
        url=url,
        published=published,
        published_source=source,
        published_candidates=candidates,
        language=detect_language(body),
        content_hash=hashlib.sha256(body.encode("utf-8")).hexdigest(),
        removed=tuple((removed + cleaned.removed)[:MAX_REMOVED]),
        outlet_source=outlet_source,
    )


FOLDER_META = "folder.meta.json"
"""Folder metadata file: {"outlet": ...} for every file of the folder, or {"files": {"a.txt": {"outlet": ...}}}."""


def _folder_hints(path: Path) -> Hints | None:
    """Outlet (and other fields) the folder metadata file gives for this file, None when there is none."""
    meta = path.parent / FOLDER_META
    try:
        if not meta.is_file():
            return None
        data = json.loads(decode_bytes(meta.read_bytes(), meta)[0])
    except (OSError, ValueError, IngestError):
        return None
    if not isinstance(data, dict):
        return None
    files = data.get("files")
    entry = files.get(path.name) or files.get(path.stem) if isinstance(files, dict) else None
    record = entry if isinstance(entry, dict) else data
    try:
        return record_hints(record, origin=f"folder metadata {FOLDER_META}")
    except (RecordProblem, ValueError):
        return None
