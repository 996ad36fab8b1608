"""Every CLI command has help text and is documented in the README; the README's set-up commands exist."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck.cli import main

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(main.commands))
def test_command_has_help_and_is_in_readme(name):
    command = main.commands[name]
    assert command.help and len(command.help.strip()) > 20
    assert f"factcheck {name}" in README, f"`factcheck {name}` is not documented in README.md"


def test_readme_has_the_two_setup_commands_and_ci_uses_the_test_one():
    commands = re.findall(r"^\./install\.sh && (.+)$", README, flags=re.M)
    assert ".venv/bin/factcheck review" in commands
    assert ".venv/bin/pytest" in commands
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text()
    steps = [line.split("#")[0].strip() for line in ci.splitlines() if line.strip().startswith(("./", ".venv/"))]
    assert steps == ["./install.sh", ".venv/bin/ruff check .", ".venv/bin/lint-imports", ".venv/bin/pytest"]


@pytest.mark.parametrize("field", ["id", "article", "text", "sentence", "start", "end", "speaker",
                                   "speaker_mention", "cue", "type", "values", "verdict", "note", "evidence",
                                   "reviewer", "explanation", "members", "claims"])
def test_json_fields_are_documented(field):
    assert f"`{field}`" in README
