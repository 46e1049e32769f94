"""Readable tables of coded articles for a terminal (the demo and `--format table`).

Article text is untrusted: every cell is a rich Text object, never markup, so a
"[Getty]" or "[bold]" in the text is shown as written.
"""

from __future__ import annotations

from collections.abc import Iterable

import re

from rich.console import Console
from rich.table import Table
from rich.text import Text

from eventdesk.model import Actor, CodedArticle


# Control characters (C0 and C1, but line breaks and tabs) would reach the terminal as
# escape sequences: colours, cleared screens, hyperlinks. They are shown as U+FFFD.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def safe(text: str) -> str:
    """Untrusted text made fit for a terminal: no control characters."""
    return _CONTROL.sub("\ufffd", text)


def _actor(actor: Actor | None) -> Text:
    if actor is None:
        return Text("—", style="dim")
    label = _one_line(actor.name or actor.text, 28)
    code = safe(actor.code or actor.kind)
    return Text.assemble((label, ""), (f" {code}", "cyan"))


def _one_line(text: str, limit: int = 70) -> str:
    text = " ".join(safe(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def events_table(record: CodedArticle) -> Table:
    table = Table(title=Text(f"{safe(record.id)}: events"), title_justify="left", expand=False)
    for column in ("#", "source", "event", "target", "date", "according to"):
        table.add_column(column, overflow="fold")
    speakers = {s.id: s for s in record.statements}
    for event in record.events:
        label = f"{event.cameo} {event.plover or ''}".strip()
        flags = []
        if event.negated:
            flags.append("not")
        if event.modality != "asserted":
            flags.append(event.modality)
        trigger = Text(f'"{_one_line(event.trigger.text, 30)}"', style="dim")
        said = speakers.get(event.statement) if event.statement else None
        table.add_row(
            Text(str(event.sentence)),
            _actor(event.source),
            Text.assemble((label, "bold"), (f" ({', '.join(flags)})" if flags else "", "yellow"), " ", trigger),
            _actor(event.target),
            Text(event.date or "—"),
            _actor(said.speaker) if said else Text("the article", style="dim"),
        )
    return table


def statements_table(record: CodedArticle) -> Table:
    table = Table(title=Text(f"{safe(record.id)}: statements"), title_justify="left", expand=False)
    for column in ("#", "speaker", "cue", "type", "content", "hedges"):
        table.add_column(column, overflow="fold")
    for statement in record.statements:
        table.add_row(
            Text(str(statement.sentence)),
            _actor(statement.speaker),
            Text(safe(statement.cue.text)),
            Text(statement.type),
            Text(_one_line(statement.content.text)),
            Text(safe(", ".join(h.text for h in statement.hedges))),
        )
    return table


# Tables wider than a default 80-column pipe, so a demo's output stays readable in a log.
MIN_WIDTH = 150


def print_tables(records: Iterable[CodedArticle], console: Console) -> None:
    if not console.is_terminal and console.width < MIN_WIDTH:
        console.width = MIN_WIDTH
    for record in records:
        header = Text.assemble((safe(record.title or record.id), "bold"), f"  ({safe(record.published or 'no date')})")
        console.print(header)
        if record.events:
            console.print(events_table(record))
        if record.statements:
            console.print(statements_table(record))
        if not record.events and not record.statements:
            console.print(Text("  no events or statements found", style="dim"))
        for error in record.errors:
            console.print(Text(f"  warning: {safe(error)}", style="yellow"))
        console.print()
