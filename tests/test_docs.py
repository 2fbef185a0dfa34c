"""The docs say what the code does: every command and option the README and DESIGN name exists."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import pytest
import typer.main

from detente.cli import app
from detente.config import REPO_DIR

CLI: Any = typer.main.get_command(app)


def documented_calls(path: Path) -> list[list[str]]:
    """Each `detente …` invocation in the file's code blocks and inline code."""
    text = path.read_text(encoding="utf-8")
    snippets = re.findall(r"```bash\n(.*?)```", text, flags=re.S) + re.findall(r"`([^`\n]+)`", text)
    calls = []
    for snippet in snippets:
        for line in snippet.replace("\\\n", " ").splitlines():
            line = line.split("#", 1)[0]
            for part in re.split(r"[;|]", line):
                try:
                    words = shlex.split(part.replace("...", ""))
                except ValueError:  # an unbalanced quote inside a pipe: not a call of ours
                    continue
                if words[:1] == ["detente"] and len(words) > 1:
                    calls.append(words[1:])
    return calls


def options_of(command: Any) -> set[str]:
    return {opt for p in command.params for opt in (*p.opts, *p.secondary_opts)}


@pytest.mark.parametrize("doc", ["README.md", "docs/DESIGN.md"])
def test_documented_commands_and_options_exist(doc: str) -> None:
    calls = documented_calls(REPO_DIR / doc)
    assert len(calls) >= 8, f"{doc}: expected the command line to be documented"
    for words in calls:
        name = words[0]
        assert name in CLI.commands, f"{doc} names `detente {name}`, which does not exist"
        known = options_of(CLI.commands[name])
        for word in words[1:]:
            option = word.strip("[]").split("=", 1)[0]
            if option.startswith("-") and option not in ("-", "--"):
                assert option in known, f"{doc}: `detente {name}` has no option {option}"


def test_every_command_is_documented_in_the_readme() -> None:
    documented = {words[0] for words in documented_calls(REPO_DIR / "README.md")}
    hidden = {name for name, cmd in CLI.commands.items() if cmd.hidden}
    assert set(CLI.commands) - hidden - {"demo"} <= documented
