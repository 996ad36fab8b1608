"""Article text never controls the terminal: markup and escape codes in an article print as text everywhere."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.display import json_line, plural, printable

HOSTILE = ("[/bold][link=https://evil.example]click[/link]\x1b]0;pwned\x07\x1b[2J[red]x[/red]\u202e\x9b31m"
           "\nnext line")
"""Rich markup (a closing tag that crashes a table, a link), an OSC title change, a screen clear, a bidi override,
a C1 CSI and a line break."""


def poison(db) -> None:
    """Put the hostile text where article text and metadata are shown: statements, speakers, outlets, titles."""
    db.execute("update quotes set speaker = ?, speaker_mention = ?, text = ? || ' ' || text",
               [HOSTILE, HOSTILE, HOSTILE])
    db.execute("update claims set text = ? || ' ' || text", [HOSTILE])
    db.execute("update articles set outlet = ?, title = ?", [HOSTILE, HOSTILE])
    db.execute("update conflicts set explanation = ?", [HOSTILE])
    db.conn.commit()


def assert_inert(output: str) -> None:
    """The markup is printed as text and no control sequence from the article reaches the terminal."""
    assert "[/bold]" in output
    assert "[link=" in output
    assert "\x07" not in output and "\x1b]" not in output and "\x1b[2J" not in output
    assert "\x9b" not in output and "\u202e" not in output
    assert "␛]0;pwned␇" in output or "␛" in output


COMMANDS = [["quotes"], ["claims"], ["conflicts"], ["articles"], ["groups"]]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
@pytest.mark.parametrize("terminal", ["0", "1"], ids=["piped", "terminal"])
@pytest.mark.parametrize("wide", [False, True], ids=["narrow", "wide"])
def test_listings_print_hostile_text_as_text(demo, command, terminal, wide):
    db, _, path = demo
    poison(db)
    args = command + ["--db", str(path)] + (["--wide"] if wide else [])
    result = CliRunner().invoke(main, args, env={"TTY_COMPATIBLE": terminal, "COLUMNS": "100"},
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert_inert(result.stdout)


def test_show_prints_hostile_text_as_text(demo):
    db, ids, path = demo
    poison(db)
    for item in (ids["quote_2"], ids["claim_long"]):
        result = CliRunner().invoke(main, ["show", item, "--db", str(path)], env={"COLUMNS": "100"},
                                    catch_exceptions=False)
        assert result.exit_code == 0, result.output
        assert_inert(result.stdout)


def test_json_lines_stay_json_with_the_original_text(demo):
    db, ids, path = demo
    poison(db)
    result = CliRunner().invoke(main, ["quotes", "--json", "--db", str(path)], catch_exceptions=False)
    lines = result.stdout.splitlines()
    assert len(lines) == 4
    records = [json.loads(line) for line in lines]
    assert {r["speaker"] for r in records} == {HOSTILE}
    assert "\x1b" not in result.stdout and "\x9b" not in result.stdout and "\u202e" not in result.stdout


def test_printable_keeps_length_and_shows_controls():
    shown = printable(HOSTILE)
    assert len(shown) == len(HOSTILE)
    assert "\n" not in shown and "␛" in shown and "␇" in shown
    assert printable("a\nb", one_line=False) == "a\nb"
    assert printable(None) == ""
    assert json.loads(json_line(json.dumps({"t": HOSTILE}, ensure_ascii=False))) == {"t": HOSTILE}


def test_plural_forms():
    assert [plural(n, "file") for n in (0, 1, 2)] == ["0 files", "1 file", "2 files"]
    assert plural(1, "conflict") == "1 conflict" and plural(1_000, "claim") == "1,000 claims"
    assert plural(2, "history entry", "history entries") == "2 history entries"


def test_file_names_with_control_characters_are_shown_safely(tmp_path):
    bad = tmp_path / "evil\x1b]0;x\x07\nname.txt"
    bad.write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(tmp_path), "--db", str(tmp_path / "c.db"), "--no-group"],
                                catch_exceptions=False)
    assert result.exit_code == 3
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "evil␛]0;x␇ name.txt" in result.output


def test_review_desk_shows_hostile_text_as_text(demo):
    from test_tui import Detail, listing, loaded, run

    db, _, path = demo
    poison(db)
    seen = {}

    async def scenario(pilot):
        await loaded(pilot, 8)
        queue = listing(pilot.app)
        rows = [queue.render_line(y).text for y in range(len(queue.records))]
        detail = pilot.app.review_screen.query_one(Detail)
        seen["queue"] = "\n".join(rows)
        seen["detail"] = "\n".join(str(w.render()) for w in detail.query("Static"))
        for _ in range(4):  # conflicts, then quotes with hostile speakers
            await pilot.press("j")
        await loaded(pilot, 8)
        seen["detail"] += "\n".join(str(w.render()) for w in detail.query("Static"))
        seen["detail"] += "\n".join(str(card.border_title) for card in detail.query("Card"))

    run(scenario, path)
    assert seen["queue"].count("[/bold]") >= 4
    for text in seen.values():
        assert "[/bold]" in text and "\x1b" not in text and "\x07" not in text and "\u202e" not in text


@pytest.mark.slow
def test_hostile_article_extracted_and_listed_through_the_cli(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "evil.txt").write_text(
        "Welt [/bold] Nachrichten \x1b]0;pwned\x07\n\n"
        "„Wir haben [/bold] und [link=https://evil.example]hier[/link] gesagt\x1b[2J“, sagte Wladimir Putin am "
        "Mittwoch in Wladiwostok. Die Gespräche dauerten [red]vier Stunden[/red].\n", encoding="utf-8")
    db = str(tmp_path / "c.db")
    runner = CliRunner()
    extracted = runner.invoke(main, ["extract", str(corpus), "--db", db, "--model", "hashing"], catch_exceptions=False)
    assert extracted.exit_code == 0, extracted.output
    quotes = [json.loads(line) for line in runner.invoke(main, ["quotes", "--json", "--db", db]).stdout.splitlines()]
    assert len(quotes) >= 1 and any("[/bold]" in q["text"] for q in quotes)
    for terminal in ("0", "1"):
        for command in (["quotes"], ["claims"], ["articles", "--wide"], ["show", quotes[0]["id"]]):
            result = runner.invoke(main, command + ["--db", db], env={"TTY_COMPATIBLE": terminal, "COLUMNS": "100"},
                                   catch_exceptions=False)
            assert result.exit_code == 0, result.output
            assert "\x07" not in result.stdout and "\x1b]" not in result.stdout and "\x1b[2J" not in result.stdout
            if command[0] in ("quotes", "show"):
                assert "[/bold]" in result.stdout and "[link=" in result.stdout
