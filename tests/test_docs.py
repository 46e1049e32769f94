"""Every command and option of the CLI is documented in docs/cli.md."""

from pathlib import Path

import click
import typer.main

from eventdesk.cli import app

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _commands(group: click.Group, prefix: str = ""):
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            yield from _commands(command, f"{prefix}{name} ")
        else:
            yield f"{prefix}{name}", command


def test_docs_every_command_and_option_is_in_cli_md():
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    root = typer.main.get_command(app)
    missing = []
    for name, command in _commands(root):
        if f"eventdesk {name}" not in text:
            missing.append(f"command {name}")
        for param in command.params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("-") and opt not in text:
                    missing.append(f"{name} {opt}")
    assert not missing, f"undocumented in docs/cli.md: {missing}"


def test_docs_record_fields_are_documented():
    from dataclasses import fields

    from eventdesk.model import CodedArticle, Event, Statement

    text = (DOCS / "record.md").read_text(encoding="utf-8")
    for record in (CodedArticle, Event, Statement):
        for field in fields(record):
            assert f"`{field.name}`" in text, f"{record.__name__}.{field.name} is not in docs/record.md"
