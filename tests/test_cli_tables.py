"""Listings that fit the terminal, `show` for a person, and the one-line run summary."""

from __future__ import annotations

import json
import re
from types import SimpleNamespace

import demo_db
import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.cli.tables import short_ids
from factcheck.cli.views import extract_line


def run(*args: str, terminal: bool = False, columns: int = 80):
    env = {"TTY_COMPATIBLE": "1" if terminal else "0", "COLUMNS": str(columns)}
    result = CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_at_80_columns_every_quote_shows_its_first_three_words_on_one_line(demo):
    _, _, path = demo
    quotes = [json.loads(line) for line in run("quotes", "--json", "--db", str(path)).splitlines()]
    assert len(quotes) == 4
    for terminal in (True, False):
        lines = re.sub(r"\x1b\[[0-9;]*m", "", run("quotes", "--db", str(path), terminal=terminal)).splitlines()
        if terminal:
            assert max(len(line) for line in lines) <= 80
        for quote in quotes:
            start = " ".join(quote["text"].split()[:3])
            assert any(start in line for line in lines), (terminal, start)
        assert any("Welt" in line for line in lines) and not any("000_welt.txt" in line for line in lines)


def test_piped_listing_is_aligned_plain_text_with_the_text_last(demo):
    _, ids, path = demo
    lines = run("quotes", "--db", str(path)).splitlines()
    assert lines[0].split() == ["id", "outlet", "speaker", "verdict", "quote"]
    assert len(lines) == 5 and not any(ch in "".join(lines) for ch in "┏━│")
    starts = {line.index(line.split()[1]) for line in lines[1:]}
    assert len(starts) == 1  # the outlet column starts at the same place on every line
    wide = run("quotes", "--wide", "--db", str(path)).splitlines()
    assert "file" in wide[0].split() and any(ids["quote_2"] in line for line in wide)


def test_short_ids_are_unique_prefixes_and_commands_accept_them(demo):
    _, ids, path = demo
    short = short_ids(["q1234567890ab", "q1234567899cd", "c0000000000ff"])
    assert short("q1234567890ab") == "q1234567890" and short("c0000000000ff") == "c0000000000"
    assert short_ids(["qaaaaaaaaaaaa"], minimum=8)("qaaaaaaaaaaaa") == "qaaaaaaa"
    prefix = ids["claim_long"][:6] if len(ids["claim_long"]) > 6 else ids["claim_long"]
    shown = run("show", prefix, "--db", str(path))
    assert "vier Stunden" in shown


def test_show_renders_for_a_person_and_json_on_request(demo):
    _, ids, path = demo
    text = run("show", ids["claim_long"], "--db", str(path), columns=100)
    assert "CLAIM" in text and "Insgesamt sollen die Gespräche" in text and "dpa" in text
    assert "Same statement in 2 sources" in text and "Conflict · duration" in text
    assert "{" not in text.splitlines()[0]
    record = json.loads(run("show", ids["claim_long"], "--json", "--db", str(path)))
    assert record["id"] == ids["claim_long"] and record["history"] == []


def test_show_lists_every_group_a_statement_is_in(demo):
    db, ids, path = demo
    demo_db.add_group(db, "gframe", "claim", [ids["claim_long"], ids["quote_4"]])
    text = run("show", ids["claim_long"], "--db", str(path), columns=80)
    assert "Same statement in 2 sources" in text
    assert "Also grouped with 1 source  (group gframe)" in text and "ORF" in text
    assert "Wir werden über alle Themen sprechen" in text
    record = json.loads(run("show", ids["claim_long"], "--json", "--db", str(path)))
    assert record["group_detail"]["id"] == "gclaims" and [g["id"] for g in record["other_groups"]] == ["gframe"]
    assert "Also grouped" not in run("show", ids["claim_short"], "--db", str(path), columns=80)


@pytest.mark.parametrize(("counts", "expected"), [
    ((5, 0, 0, 0), "5 files extracted; 1 article, 1 quote, 2 claims; 1 group, 1 conflict"),
    ((0, 3, 0, 0), "3 files unchanged; 1 article, 1 quote, 2 claims; 1 group, 1 conflict"),
    ((1, 3, 1, 2), "3 files unchanged, 1 extracted, 1 removed, 2 skipped; 1 article, 1 quote, 2 claims; "
                   "1 group, 1 conflict"),
])
def test_extract_line_says_each_count_once_in_the_right_number(counts, expected):
    extracted, unchanged, removed, skipped = counts
    summary = SimpleNamespace(extracted=extracted, unchanged=unchanged, removed=removed,
                              problems=["x"] * skipped, groups=1)
    totals = {"articles": 1, "quotes": 1, "claims": 2, "groups": 1, "conflicts": 1}
    assert extract_line(summary, totals) == expected
