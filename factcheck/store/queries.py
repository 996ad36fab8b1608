"""Read queries over claims.db returning plain records (dicts) ready for JSON, tables and widgets."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Iterator

from sqlite_utils import Database

from factcheck.models import written_speaker

REVIEW_COLUMNS = "r.verdict as verdict, r.note as note, r.evidence as evidence, r.reviewer as reviewer, r.updated as reviewed_at"
# The group an item is shown with: a claim may belong to several (see match/grouping.py: the second layer, the
# frames); the largest (then the smallest id) is its group, the same one in every listing, the desk and the report.
GROUP_ORDER = "(select count(*) from group_members n where n.group_id = gm.group_id) desc, gm.group_id"
GROUP_SUBQUERY = f"""(select gm.group_id from group_members gm where gm.item_id = {{alias}}.id order by
  {GROUP_ORDER} limit 1)"""
VALUES_SUBQUERY = """(select json_group_array(json_object('type', v.type, 'text', v.text, 'start', v.start,
  'end', v.end, 'value', json(v.value))) from (select * from [values] v2 where v2.item_id = {alias}.id order by v2.idx) v)"""


@dataclass(frozen=True)
class Filters:
    """What a listing is narrowed to; every field is optional."""

    article: str | None = None
    speaker: str | None = None
    verdict: str | None = None
    """A verdict name, "unreviewed" (no verdict) or "reviewed" (any verdict)."""
    search: str | None = None
    conflicts_only: bool = False
    limit: int | None = None
    offset: int = 0
    item_id: str | None = None
    """Only the statement with this id."""


SQL_VARIABLES = 900
"""Values asked for in one "in (...)" query (SQLite allows 999 variables in a statement by default)."""


def like_escape(text: str) -> str:
    """`text` for a LIKE pattern matched literally (``%`` and ``_`` are not wildcards; use with ESCAPE '\\')."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def resolve_article(db: Database, name: str) -> list[str]:
    """Article names matching a user's NAME: the exact name or path; else names starting with it ("000"), or
    whose file name inside a corpus folder starts with it ("000" finds "sub/000_x.txt").

    "_" and "%" in NAME are ordinary characters, not wildcards.
    """
    rows = db.execute("select name from articles where name = ? or path = ? order by name", [name, name]).fetchall()
    if not rows:
        prefix = like_escape(name) + "%"
        rows = db.execute("select name from articles where name like ? escape '\\' or name like ? escape '\\' "
                          "order by name", [prefix, "%/" + prefix]).fetchall()
    return [r[0] for r in rows]


def _where(filters: Filters, alias: str, db: Database, *, text_columns: tuple[str, ...],
           speaker: bool) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if filters.item_id:
        clauses.append(f"{alias}.id = ?")
        params.append(filters.item_id)
    if filters.article:
        names = resolve_article(db, filters.article)
        clauses.append(f"{alias}.article in ({','.join('?' * len(names))})" if names else "0")
        params.extend(names)
    if filters.speaker:
        if speaker:
            clauses.append(f"({alias}.speaker like ? escape '\\' or {alias}.speaker_mention like ? escape '\\')")
            params.extend([f"%{like_escape(filters.speaker)}%"] * 2)
        else:
            clauses.append("0")
    if filters.verdict == "unreviewed":
        clauses.append("r.verdict is null")
    elif filters.verdict == "reviewed":
        clauses.append("r.verdict is not null")
    elif filters.verdict:
        clauses.append("r.verdict = ?")
        params.append(filters.verdict)
    if filters.search:
        clauses.append("(" + " or ".join(f"{alias}.{c} like ? escape '\\'" for c in text_columns) + ")")
        params.extend([f"%{like_escape(filters.search)}%"] * len(text_columns))
    if filters.conflicts_only:
        clauses.append(f"exists (select 1 from conflicts cf where cf.item_a = {alias}.id or cf.item_b = {alias}.id)")
    return (" where " + " and ".join(clauses)) if clauses else "", params


def _page(filters: Filters) -> str:
    if filters.limit is None:
        return ""
    return f" limit {int(filters.limit)} offset {int(filters.offset)}"


def _records(db: Database, sql: str, params: list[Any]) -> Iterator[dict]:
    cursor = db.execute(sql, params)
    cols = [d[0] for d in cursor.description]
    for row in cursor:
        record = dict(zip(cols, row))
        if "values" in record:
            record["values"] = json.loads(record["values"] or "[]")
        yield record


def quotes(db: Database, filters: Filters = Filters()) -> Iterator[dict]:
    """Quotes with their current review, in article order."""
    where, params = _where(filters, "q", db, text_columns=("text", "sentence", "speaker"), speaker=True)
    sql = f"""select q.id, q.article, q.text, q.sentence, q.start, q.end, q.type, q.speaker, q.speaker_mention,
      q.cue, q.sentence_start, q.sentence_end, {VALUES_SUBQUERY.format(alias='q')} as [values],
      {GROUP_SUBQUERY.format(alias='q')} as [group], {REVIEW_COLUMNS}
      from quotes q left join reviews r on r.item_id = q.id{where} order by q.article, q.start{_page(filters)}"""
    for record in _records(db, sql, params):
        yield _with_written_speaker(record)


def _with_written_speaker(record: dict) -> dict:
    """`speaker` as an editor reads it (the mention as written where it names the speaker), `speaker_name` the
    resolved name the grouping compares."""
    name = record.get("speaker")
    return {**record, "speaker": written_speaker(name, record.get("speaker_mention")), "speaker_name": name}


def claims(db: Database, filters: Filters = Filters()) -> Iterator[dict]:
    """Claims with their typed values and current review, in article order."""
    where, params = _where(filters, "c", db, text_columns=("text",), speaker=False)
    sql = f"""select c.id, c.article, c.text, c.sentence, c.start, c.end, c.sentence_start, c.sentence_end,
      {VALUES_SUBQUERY.format(alias='c')} as [values],
      {GROUP_SUBQUERY.format(alias='c')} as [group], {REVIEW_COLUMNS}
      from claims c left join reviews r on r.item_id = c.id{where} order by c.article, c.start{_page(filters)}"""
    return _records(db, sql, params)


def article(db: Database, name: str) -> dict | None:
    """One article's record (as `articles` lists it) by its exact name or path, or None."""
    return next(_articles(db, " where a.name = ? or a.path = ?", [name, name], ""), None)


def articles(db: Database, filters: Filters = Filters()) -> Iterator[dict]:
    """Articles with metadata and statement counts (no full text)."""
    params: list[Any] = []
    where = ""
    if filters.article:
        names = resolve_article(db, filters.article)
        where = f" where a.name in ({','.join('?' * len(names))})" if names else " where 0"
        params = names
    return _articles(db, where, params, _page(filters))


def _articles(db: Database, where: str, params: list[Any], page: str) -> Iterator[dict]:
    sql = f"""select a.name, a.path, a.title, a.outlet, a.outlet_source, a.url, a.published, a.published_source,
      a.published_candidates, a.language, length(a.text) as chars,
      (select count(*) from quotes q where q.article = a.name) as quotes,
      (select count(*) from claims c where c.article = a.name) as claims
      from articles a{where} order by a.name{page}"""
    for record in _records(db, sql, params):
        record["published_candidates"] = json.loads(record["published_candidates"] or "[]")
        yield record


def article_text(db: Database, name: str) -> str | None:
    """The stored (cleaned) text of one article."""
    row = db.execute("select text from articles where name = ?", [name]).fetchone()
    return row[0] if row else None


def groups(db: Database, *, kind: str | None = None, group_id: str | None = None) -> Iterator[dict]:
    """Groups with their members (id, kind, article, text, sentence, offsets)."""
    clauses, params = [], []
    if kind:
        clauses.append("g.kind = ?")
        params.append(kind)
    if group_id:
        clauses.append("g.id = ?")
        params.append(group_id)
    where = (" where " + " and ".join(clauses)) if clauses else ""
    rows = db.execute(f"select g.id, g.kind, g.score from groups g{where} order by g.id", params).fetchall()
    for group_id, group_kind, score in rows:
        members = list(
            _records(
                db,
                """select m.item_id as id, m.kind, m.article,
                  coalesce(q.text, c.text) as text, coalesce(q.sentence, c.sentence) as sentence,
                  coalesce(q.start, c.start) as start, coalesce(q.end, c.end) as [end], q.speaker as speaker
                  from group_members m left join quotes q on q.id = m.item_id left join claims c on c.id = m.item_id
                  where m.group_id = ? order by m.article, start""",
                [group_id],
            )
        )
        for member in members:
            member["claim"] = member["id"]
            if member["speaker"] is None:
                del member["speaker"]
        yield {"id": group_id, "kind": group_kind, "score": score, "members": members}


def conflicts(db: Database, *, item_id: str | None = None, type: str | None = None,
              verdict: str | None = None, conflict_id: str | None = None) -> Iterator[dict]:
    """Conflicts with both sides and the reviewer's resolution, if any."""
    clauses, params = [], []
    if conflict_id:
        clauses.append("c.id = ?")
        params.append(conflict_id)
    if item_id:
        clauses.append("(c.item_a = ? or c.item_b = ? or exists (select 1 from json_each(c.sides) s"
                       " where json_extract(s.value, '$.id') = ?))")
        params += [item_id, item_id, item_id]
    if type:
        clauses.append("c.type = ?")
        params.append(type)
    if verdict == "unreviewed":
        clauses.append("r.verdict is null")
    elif verdict == "reviewed":
        clauses.append("r.verdict is not null")
    elif verdict:
        clauses.append("r.verdict = ?")
        params.append(verdict)
    where = (" where " + " and ".join(clauses)) if clauses else ""
    sql = f"""select c.id, c.type, c.group_id as [group], c.fact_id as fact, c.explanation, c.side_a, c.side_b,
      c.sides, c.diff, {REVIEW_COLUMNS}
      from conflicts c left join reviews r on r.item_id = c.id{where} order by c.type, c.id"""
    for record in _records(db, sql, params):
        sides = record.pop("sides")
        pair = [json.loads(record.pop("side_a")), json.loads(record.pop("side_b"))]
        record["claims"] = json.loads(sides) if sides else pair
        record["diff"] = json.loads(record["diff"] or "[]")
        yield record


def item_kind(db: Database, item_id: str) -> str | None:
    """Which table an id lives in: "quote", "claim", "conflict", "fact", or None."""
    for kind, table in (("quote", "quotes"), ("claim", "claims"), ("conflict", "conflicts"), ("fact", "facts")):
        if db.execute(f"select 1 from [{table}] where id = ?", [item_id]).fetchone():
            return kind
    return None


def item(db: Database, item_id: str) -> dict | None:
    """One quote, claim or conflict as a record, with "kind" set."""
    kind = item_kind(db, item_id)
    if kind is None:
        return None
    if kind == "conflict":
        found = list(conflicts(db, conflict_id=item_id))
    elif kind == "fact":
        found = list(facts(db, fact_id=item_id))
    else:
        listing = quotes if kind == "quote" else claims
        found = list(listing(db, Filters(item_id=item_id)))
    record = found[0]
    record["kind"] = kind
    return record


def group_of(db: Database, item_id: str) -> dict | None:
    """The group an item belongs to (its largest, as listings give it), with members."""
    row = db.execute(f"select {GROUP_SUBQUERY.format(alias='i')} from (select ? as id) i", [item_id]).fetchone()
    if not row or row[0] is None:
        return None
    return next(groups(db, group_id=row[0]), None)


def groups_of(db: Database, item_id: str) -> list[dict]:
    """Every group an item belongs to, with members: a claim may be in a group of each layer and in the groups
    of its frames (what it says was stopped, who died). The largest first, the one ``group_of`` gives."""
    ids = [row[0] for row in db.execute(
        f"select gm.group_id from group_members gm where gm.item_id = ? order by {GROUP_ORDER}", [item_id])]
    return [group for group_id in ids for group in groups(db, group_id=group_id)]


def reviews(db: Database, *, orphaned_only: bool = False) -> Iterator[dict]:
    """Every current review with what was reviewed; `orphaned` marks statements gone after re-extraction."""
    sql = """select r.item_id as id, r.kind, r.verdict, r.note, r.evidence, r.reviewer, r.updated as reviewed_at,
      r.snapshot, not (exists (select 1 from quotes q where q.id = r.item_id)
        or exists (select 1 from claims c where c.id = r.item_id)
        or exists (select 1 from conflicts c where c.id = r.item_id)
        or exists (select 1 from facts f where f.id = r.item_id)) as orphaned
      from reviews r order by r.updated, r.item_id"""
    for record in _records(db, sql, []):
        record["orphaned"] = bool(record["orphaned"])
        if orphaned_only and not record["orphaned"]:
            continue
        snapshot = json.loads(record.pop("snapshot") or "{}")
        record["article"] = snapshot.get("article")
        record["text"] = snapshot.get("text") or snapshot.get("explanation")
        yield record


def orphan_reviews(db: Database) -> Iterator[dict]:
    """Reviews whose statement no longer exists in the current extraction (kept with their snapshot)."""
    sql = """select r.item_id as id, r.kind, r.verdict, r.note, r.evidence, r.reviewer, r.updated, r.snapshot
      from reviews r where not exists (select 1 from quotes q where q.id = r.item_id)
      and not exists (select 1 from claims c where c.id = r.item_id)
      and not exists (select 1 from conflicts c where c.id = r.item_id) order by r.updated"""
    for record in _records(db, sql, []):
        record["snapshot"] = json.loads(record["snapshot"] or "{}")
        yield record


def counts(db: Database) -> dict[str, int]:
    """How many of each thing the database holds, and how many are reviewed."""
    one = lambda sql: db.execute(sql).fetchone()[0]  # noqa: E731
    return {
        "articles": one("select count(*) from articles"),
        "quotes": one("select count(*) from quotes"),
        "claims": one("select count(*) from claims"),
        "groups": one("select count(*) from groups"),
        "conflicts": one("select count(*) from conflicts"),
        "reviewed": one("select count(*) from reviews where verdict is not null"),
    }


def ids_with_prefix(db: Database, prefix: str, *, limit: int = 6) -> list[str]:
    """Ids of quotes, claims and conflicts that start with `prefix` (as listings print them shortened)."""
    found: list[str] = []
    for table in ("quotes", "claims", "conflicts"):
        rows = db.execute(f"select id from [{table}] where substr(id, 1, ?) = ? order by id limit ?",
                          [len(prefix), prefix, limit]).fetchall()
        found += [r[0] for r in rows]
    return found[:limit]


def stories(db: Database, *, story_id: str | None = None) -> Iterator[dict]:
    """Stories (one per event) with their articles, largest first (only ``story_id`` when given)."""
    where, params = (" where id = ?", [story_id]) if story_id is not None else ("", [])
    for record in _records(db, "select id, label, articles, event_start, event_end, size from stories"
                               f"{where} order by size desc, id", params):
        record["articles"] = json.loads(record["articles"] or "[]")
        yield record


def dated_count(db: Database, names: list[str]) -> int:
    """How many of the named articles have a publication date."""
    found = 0
    for start in range(0, len(names), SQL_VARIABLES):
        chunk = names[start:start + SQL_VARIABLES]
        found += db.execute(f"select count(*) from articles where published is not null and published != '' "
                            f"and name in ({','.join('?' * len(chunk))})", chunk).fetchone()[0]
    return found


def facts(db: Database, *, story: str | None = None, fact_id: str | None = None,
          disagreeing: bool = False) -> Iterator[dict]:
    """Facts with their members (value as written, sentence, normalised value, outlet), per story."""
    clauses, params = [], []
    if story:
        clauses.append("f.story = ?")
        params.append(story)
    if fact_id:
        clauses.append("f.id = ?")
        params.append(fact_id)
    if disagreeing:
        clauses.append("f.agree = 0")
    where = (" where " + " and ".join(clauses)) if clauses else ""
    sql = f"""select f.id, f.story, s.label as story_label, s.event_start, s.event_end, f.type, f.measures,
      f.source, f.modality, f.agree, {REVIEW_COLUMNS}
      from facts f left join stories s on s.id = f.story left join reviews r on r.item_id = f.id{where}
      order by s.size desc, f.story, f.outlets desc, f.id"""
    records = list(_records(db, sql, params))
    if not records:
        return
    members: dict[str, list[dict]] = {}
    ids = [r["id"] for r in records]
    for start in range(0, len(ids), SQL_VARIABLES):
        chunk = ids[start:start + SQL_VARIABLES]
        for row in _records(db, f"""select m.fact_id, m.id, m.article, a.outlet, m.item_id, m.text, m.sentence,
              m.value, m.start, m.[end], m.cluster, m.noun, m.source, m.scope, m.subject from mentions m
              left join articles a on a.name = m.article
              where m.fact_id in ({",".join("?" * len(chunk))}) order by m.article, m.start""", chunk):
            row["value"] = json.loads(row["value"] or "{}")
            row["scope"] = json.loads(row["scope"] or "[]")
            members.setdefault(row.pop("fact_id"), []).append(row)
    for record in records:
        record["agree"] = bool(record["agree"])
        start, end = record.pop("event_start"), record.pop("event_end")
        record["event"] = None if not start else start if start == end else f"{start}..{end}"
        record["members"] = members.get(record["id"], [])
        yield record
