"""The bodies of the store's commands (`code --store`, `query`, `export`), kept out of cli.py
so the command line stays a list of commands and options."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

# A cell shown in a terminal table is cut here; csv, json and parquet give whole values.
TABLE_CELL_CHARS = 120


def check_store_options(store: Optional[Path], recode: bool) -> None:
    if recode and store is None:
        raise typer.BadParameter("--recode recodes what a store holds; give --store DIR too", param_hint="--recode")
    if store is not None and store.exists() and not store.is_dir():
        raise typer.BadParameter(f"{store} is a file, not a store folder", param_hint="--store")


def store_note(writer) -> str:
    note = f"; stored {writer.stored} in {writer.root}"
    if writer.skipped:
        note += f", skipped {writer.skipped} stored already"
    return note


def _cell(value) -> Text:
    from eventdesk.show import safe

    if value is None:
        return Text("NULL", style="dim")
    text = value if isinstance(value, str) else json.dumps(value, default=str, ensure_ascii=False) if isinstance(value, (list, dict)) else str(value)
    text = safe(text.replace("\n", " "))
    if len(text) > TABLE_CELL_CHARS:
        text = text[: TABLE_CELL_CHARS - 1] + "…"
    return Text(text)  # a Text is never read as rich markup


def print_table(result, console: Console) -> None:
    table = Table(show_lines=False)
    for name in result.column_names:
        table.add_column(Text(name))
    for row in result.to_pylist():
        table.add_row(*[_cell(value) for value in row.values()])
    console.print(table)
    console.print(Text(f"{result.num_rows} row(s)"), style="dim")


def write_result(result, fmt: str, output: Optional[Path]) -> None:
    """Write a query's result (a pyarrow Table) as a table, csv, json lines or parquet."""
    if fmt == "parquet":
        import pyarrow.parquet as pq

        if output is None:
            raise typer.BadParameter("parquet is binary; give -o FILE", param_hint="--format")
        pq.write_table(result, output)
        return
    handle = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        if fmt == "table":
            print_table(result, Console(file=handle, highlight=False, soft_wrap=False))
        elif fmt == "csv":
            writer = csv.writer(handle)
            writer.writerow(result.column_names)
            for row in result.to_pylist():
                writer.writerow(["" if v is None else json.dumps(v, default=str) if isinstance(v, (list, dict)) else v for v in row.values()])
        else:
            for row in result.to_pylist():
                handle.write(json.dumps(row, default=str, ensure_ascii=False) + "\n")
    finally:
        if output:
            handle.close()
