"""`eventdesk code`: where records and rejects go, and which engine codes them.

cli.py declares the command's options; this module runs it: records to a JSONL file,
standard output, readable tables or the store; rejects to the rejects file and to standard
error; the coding in this process, on worker processes (run/workers.py) or on Ray
(run/ray_engine.py); the progress bar when there is a terminal to draw it on.
"""

from __future__ import annotations

import json
import sys
from contextlib import ExitStack
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path
from typing import Optional

from rich.console import Console
from rich.text import Text

from eventdesk.ingest.decode import is_decoding_note
from eventdesk.settings import Settings


@dataclass
class CodeOptions:
    inputs: list[str]
    output: Optional[Path]
    table: bool
    rejects: Optional[Path]
    quiet: bool
    store: Optional[Path]
    recode: bool
    store_batch: int
    text_column: str
    published: Optional[str]
    workers: int
    engine: str = "local"
    ray_address: Optional[str] = None


class Sinks:
    """Where one run's records and rejects go."""

    def __init__(self, stack: ExitStack, options: CodeOptions, writer, err: Console):
        from eventdesk.show import print_tables, safe

        self.stack, self.options, self.writer, self.err = stack, options, writer, err
        self._print_tables, self._safe = print_tables, safe
        out = stack.enter_context(options.output.open("w", encoding="utf-8")) if options.output else sys.stdout
        if writer is not None and options.output is None and not options.table:
            out = None  # with --store and no -o, the records go to the store only
        self.out = out
        self.table_console = Console(file=out, highlight=False, soft_wrap=False) if options.table else None
        self.rejects_file = None

    def on_record(self, record) -> None:
        if self.writer is not None:
            self.writer.add(record)
        if self.table_console is not None:
            self._print_tables([record], self.table_console)
        elif self.out is not None:
            self.out.write(record.to_json() + "\n")
        for warning in record.errors:
            if is_decoding_note(warning):
                continue  # logged once per file by the reader; kept in the record
            self.err.print(Text(self._safe(f"warning: {record.id}: {warning}")), style="yellow")

    def on_reject(self, item) -> None:
        if self.rejects_file is None:
            self.rejects_file = self.stack.enter_context(self.options.rejects.open("w", encoding="utf-8"))
        self.rejects_file.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
        self.rejects_file.flush()
        self.err.print(Text(self._safe(f"rejected: {item.origin}: {item.reason}")), style="red")

    @property
    def records_on_terminal(self) -> bool:
        """Records printed on the terminal show the progress themselves; a bar drawn there
        would share their lines."""
        return self.out is sys.stdout and sys.stdout.isatty()


def run_code(options: CodeOptions, settings: Settings, err: Console) -> bool:
    """Run `eventdesk code`; True when every input was coded."""
    from eventdesk.cli_store import check_store_options, store_note
    from eventdesk.ingest import read_inputs
    from eventdesk.ingest.count import count_items
    from eventdesk.pipeline import get_pipeline
    from eventdesk.store import StoreWriter

    check_store_options(options.store, options.recode)
    if options.rejects.exists() and options.rejects.is_file():
        options.rejects.unlink()  # a rejects file from an earlier run would misreport this one
    with ExitStack() as stack:
        # The store's lock first: a second writer is refused before the model loads.
        writer = (stack.enter_context(StoreWriter(options.store, recode=options.recode, batch_articles=options.store_batch))
                  if options.store is not None else None)
        pipeline = get_pipeline(settings)  # loaded here too, so that a bad model or dictionary fails at once
        sinks = Sinks(stack, options, writer, err)
        items = read_inputs(options.inputs, published=options.published, stdin=sys.stdin, text_column=options.text_column)
        if writer is not None:
            items = writer.skip_stored(items)
        show_progress = not options.quiet and err.is_terminal and not sinks.records_on_terminal
        total = count_items(options.inputs) if show_progress else None
        summary = _run(items, pipeline, options, sinks, err if show_progress else None, total)

    if not options.quiet:
        note = f"coded {summary.coded} article(s): {summary.events} event(s), {summary.statements} statement(s)"
        if summary.rejected:
            note += f"; rejected {summary.rejected} (listed in {options.rejects})"
        err.print(Text(note + (store_note(writer) if writer is not None else "")))
    return summary.all_coded


def _run(items, pipeline, options: CodeOptions, sinks: Sinks, progress_console: Optional[Console], total: Optional[int]):
    """Code `items` here, on worker processes or on Ray, with a progress bar on
    `progress_console` when one is given. Locally, an input of less than a batch per worker
    is coded in this process: starting processes would cost more than it saves."""
    from eventdesk.run.local import run_batch
    from eventdesk.run.workers import run_parallel

    workers, settings = options.workers, pipeline.settings
    iterator = iter(items)
    if options.engine == "ray":
        from eventdesk.run.ray_engine import run_ray

        def run(on_progress=None):
            return run_ray(iterator, settings, workers, sinks.on_record, sinks.on_reject, on_progress, options.ray_address)
    else:
        head = list(islice(iterator, workers * settings.batch_size))
        if workers > 1 and len(head) == workers * settings.batch_size:
            def run(on_progress=None):
                return run_parallel(chain(head, iterator), settings, workers, sinks.on_record, sinks.on_reject, on_progress)
        else:
            def run(on_progress=None):
                return run_batch(chain(head, iterator), pipeline, sinks.on_record, sinks.on_reject, on_progress)

    if progress_console is None:
        return run()
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn,
                               TimeRemainingColumn)

    columns = [SpinnerColumn(), TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
    if total is not None:
        columns += [TextColumn("left"), TimeRemainingColumn()]
    with Progress(*columns, console=progress_console, transient=True, redirect_stdout=False) as progress:
        task = progress.add_task("coding", total=total)
        return run(lambda n: progress.advance(task, n))
