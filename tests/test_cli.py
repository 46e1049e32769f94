"""The command line as a user runs it: inputs of every kind, rejects, exit status, tables."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventdesk.cli import app

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
STORY = (
    "Kenya condemns Somali border raid\n\n"
    "Kenya on Monday condemned an attack by al-Shabaab militants on a police post near the Somali border, "
    "and said it would send more troops to the area.\n"
)


@pytest.fixture(scope="module")
def runner(pipeline):  # the pipeline fixture loads spaCy once for the module
    return CliRunner()


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_cli_codes_text_file_to_jsonl(runner, tmp_path):
    story = tmp_path / "kenya.txt"
    story.write_text(STORY, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["code", str(story), "-o", str(out), "--published", "2024-05-06"])
    assert result.exit_code == 0, result.output
    (record,) = _records(out)
    assert record["id"] == "kenya"
    assert record["published"] == "2024-05-06"
    assert record["title"] == "Kenya condemns Somali border raid"
    assert any(e["source"] and e["source"]["country"] == "KEN" and e["root"] == "11" for e in record["events"])
    for key in ("id", "title", "published", "url", "outlet", "text", "sentences", "events", "statements", "errors"):
        assert key in record


def test_cli_rejects_bad_input_and_goes_on(runner, tmp_path):
    good = tmp_path / "in.jsonl"
    good.write_text(
        json.dumps({"id": "a1", "text": STORY, "published": "2024-05-06"}) + "\n"
        "{not json\n"
        + json.dumps({"id": "a3", "title": "no text here"}) + "\n",
        encoding="utf-8",
    )
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"%PDF-1.4\x00\x01\x02binary")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["code", str(good), str(empty), str(binary), "-o", str(out)])
    assert result.exit_code == 2
    assert [r["id"] for r in _records(out)] == ["a1"]
    rejects = _records(tmp_path / "out.jsonl.rejects.jsonl")
    origins = " ".join(r["origin"] for r in rejects)
    assert len(rejects) == 4
    assert "in.jsonl:2" in origins and "in.jsonl:3" in origins
    assert "empty.txt" in origins and "scan.txt" in origins
    assert all(r["reason"] for r in rejects)
    assert "in.jsonl:2" in result.stderr  # the message names file and line


def test_cli_reads_directories_html_and_stdin(runner, tmp_path):
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["code", str(REPO / "examples"), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    records = _records(out)
    ids = {r["id"] for r in records}
    assert "sudan_el_fasher_rsf_page" in ids  # the HTML page
    page = next(r for r in records if r["id"] == "sudan_el_fasher_rsf_page")
    assert page["url"] and page["outlet"] and page["published"]
    assert len(records) >= 10
    piped = runner.invoke(app, ["code", "-", "--published", "2024-05-06"], input=STORY)
    assert piped.exit_code == 0
    (record,) = [json.loads(line) for line in piped.stdout.splitlines() if line.startswith("{")]
    assert record["events"]


def test_cli_table_shows_article_text_as_written(runner, tmp_path):
    story = tmp_path / "markup.txt"
    story.write_text("Headline\n\nRebels [bold]attacked[/bold] a police post in Mali, the army said.\n", encoding="utf-8")
    result = runner.invoke(app, ["code", str(story), "--format", "table", "--published", "2024-05-06"])
    assert result.exit_code == 0, result.output
    assert "[bold]" in result.stdout or "[/bold]" in result.stdout


def test_cli_help_documents_exit_status():
    done = subprocess.run([sys.executable, "-m", "eventdesk.cli", "code", "--help"], capture_output=True, text=True)
    assert done.returncode == 0
    assert "Exit status" in done.stdout and "2" in done.stdout


def test_cli_usage_errors_exit_1_not_the_rejects_status(tmp_path):
    story = tmp_path / "s.txt"
    story.write_text(STORY, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "eventdesk.cli", "code", str(story), "--published", "17/05/2019"], capture_output=True, text=True)
    assert done.returncode == 1
    assert "YYYY-MM-DD" in done.stderr
    missing = subprocess.run([sys.executable, "-m", "eventdesk.cli", "code", str(story), "--actors", str(tmp_path / "none.yaml")], capture_output=True, text=True)
    assert missing.returncode == 1 and "none.yaml" in missing.stderr


def test_cli_user_actor_dictionary_codes_a_person_by_date(tmp_path):
    actors = tmp_path / "newsroom.yaml"
    actors.write_text(
        "actors:\n"
        "  - phrases: [Elena Varga, Varga]\n"
        "    kind: person\n"
        "    name: Elena Varga\n"
        "    country: HUN\n"
        "    roles:\n"
        "      - {sectors: [GOV], from: 2013-03-16, to: 2022-12-30}\n"
        "      - {sectors: [OPP], from: 2023-01-01}\n",
        encoding="utf-8",
    )
    story = tmp_path / "s.txt"
    story.write_text("Elena Varga accused Serbia of violating the border agreement.\n", encoding="utf-8")
    sources = {}
    for published in ("2019-06-01", "2024-06-01"):
        out = tmp_path / f"{published}.jsonl"
        done = subprocess.run(
            [sys.executable, "-m", "eventdesk.cli", "code", str(story), "-o", str(out), "--published", published, "--actors", str(actors), "-q"],
            capture_output=True, text=True,
        )
        assert done.returncode == 0, done.stderr
        (record,) = _records(out)
        accusation = next(e for e in record["events"] if e["root"] == "11")
        sources[published] = accusation["source"]["code"]
        assert accusation["target"]["country"] == "SRB"
    assert sources == {"2019-06-01": "HUNGOV", "2024-06-01": "HUNOPP"}


def test_cli_refuses_to_overwrite_an_input_or_write_into_nowhere(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "a1", "text": STORY}) + "\n", encoding="utf-8")
    before = feed.read_bytes()
    for args in (["-o", str(feed)], ["-o", str(tmp_path / "missing" / "out.jsonl")], ["-o", str(tmp_path)]):
        done = subprocess.run([sys.executable, "-m", "eventdesk.cli", "code", str(feed), *args], capture_output=True, text=True)
        assert done.returncode == 1, (args, done.stderr)
        assert "Traceback" not in done.stderr and "Error" in done.stderr
    assert feed.read_bytes() == before


def test_cli_terminal_never_gets_escape_sequences_from_the_text(runner, tmp_path):
    story = tmp_path / "esc.txt"
    story.write_text("Headline \x1b[2J\n\nRebels \x1b[31mattacked\x1b[0m a police post in Mali, the army said.\n", encoding="utf-8")
    result = runner.invoke(app, ["code", str(story), "--format", "table", "--published", "2024-05-06"])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout and "\ufffd" in result.stdout


def test_cli_an_article_too_long_to_parse_is_rejected_with_its_size(runner, tmp_path):
    story = tmp_path / "long.txt"
    story.write_text("Kenya condemned the raid. " * 40000, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["code", str(story), "-o", str(out), "-q"])
    assert result.exit_code == 2
    (reject,) = _records(tmp_path / "out.jsonl.rejects.jsonl")
    assert "characters" in reject["reason"] and "1,000,000" in reject["reason"]


def test_cli_timeout_rejects_a_slow_article_and_codes_the_rest(runner, tmp_path):
    lines = [
        {"id": "short", "text": STORY},
        {"id": "long", "text": "Kenya met Uganda in Nairobi and the two agreed to reopen the border. " * 5000},
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["code", str(source), "-o", str(out), "-q", "--timeout", "1.5"])
    assert result.exit_code == 2
    assert [r["id"] for r in _records(out)] == ["short"]
    (reject,) = _records(tmp_path / "out.jsonl.rejects.jsonl")
    assert reject["id"] == "long" and "longer than 1.5 s" in reject["reason"]


def test_cli_workers_code_a_corpus_as_one_process_does(runner, tmp_path):
    source = tmp_path / "in.jsonl"
    countries = ["Kenya", "Uganda", "France", "Japan", "Chile", "Peru"]
    source.write_text("".join(
        json.dumps({"id": f"a{i}", "text": f"{countries[i % 6]} condemned {countries[(i + 1) % 6]} over the raid."}) + "\n"
        for i in range(40)
    ), encoding="utf-8")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert runner.invoke(app, ["code", str(source), "-o", str(one), "-q", "--workers", "1"]).exit_code == 0
    assert runner.invoke(app, ["code", str(source), "-o", str(two), "-q", "--workers", "2"]).exit_code == 0
    assert _records(two) == _records(one) and len(_records(one)) == 40


@pytest.mark.parametrize("command", [["code"], ["show"], ["query"], ["export"], ["serve"], ["lexicon", "stats"],
                                     ["evaluate", "plover"], ["evaluate", "events"], ["evaluate", "statements"], ["evaluate", "places"]])
def test_cli_help_names_values_not_python_types(command):
    result = CliRunner().invoke(app, [*command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    placeholders = re.findall(r"<(?:bool|str|int|float|path|file|dir|int range|float range|list\[[^\]]*\])>", result.output)
    assert placeholders == [], f"{command}: {placeholders}"


def test_cli_show_reads_what_it_can_of_a_file_that_is_not_utf8(runner, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert runner.invoke(app, ["code", str(story), "-o", str(out), "-q", "--published", "2024-05-06"]).exit_code == 0
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_bytes(b'\xff\xfe not a record \x81\n' + out.read_bytes())
    result = runner.invoke(app, ["show", str(mixed)])
    assert result.exit_code == 2
    assert "mixed.jsonl:1: not a coded-article record" in " ".join(result.output.split())
    assert "Kenya" in result.output, "the good record after the bad line is shown"


def test_cli_a_warning_logged_while_the_progress_bar_is_drawn_goes_above_it_not_across_it():
    import io
    import logging

    from rich.console import Console
    from rich.progress import Progress

    from eventdesk.cli import StderrHandler

    logger = logging.getLogger("eventdesk.test_progress")
    handler = StderrHandler()  # made before the bar, as main() makes it
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.propagate = False
    terminal = io.StringIO()
    try:
        with Progress(console=Console(file=terminal, force_terminal=True, width=80), transient=True) as progress:
            task = progress.add_task("coding", total=3)
            progress.advance(task)
            logger.warning("feed.jsonl: not UTF-8; read as Windows-1252")
            progress.advance(task)
    finally:
        logger.removeHandler(handler)
    # The warning went through the bar's console (which prints it on a line of its own
    # above the bar), not straight to the terminal where the bar is drawn.
    assert "WARNING feed.jsonl: not UTF-8; read as Windows-1252\n" in terminal.getvalue()


def test_cli_a_jsonl_file_in_windows_1252_is_warned_about_once_not_once_a_line(runner, tmp_path, caplog):
    lines = [f'{{"id": "s{n}", "text": "Caf\xe9 \u201ctalks\u201d in Z\xfcrich: Kenya condemned the raid."}}\n' for n in range(3)]
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes("".join(lines).encode("cp1252"))
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["code", str(feed), "-o", str(out), "--workers", "1"])
    assert result.exit_code == 0, result.output
    records = _records(out)
    assert [r["text"][:12] for r in records] == ["Café “talks”"] * 3
    # Each record keeps its note; the terminal gets one warning for the file.
    assert all("Windows-1252" in r["errors"][0] for r in records)
    said = result.output.count("Windows-1252") + caplog.text.count("Windows-1252")
    assert said == 1, (result.output, caplog.text)


def test_cli_help_keeps_square_brackets_of_the_text():
    # rich reads "[ray]" as markup and drops it unless escaped: the install hint must survive.
    result = CliRunner().invoke(app, ["code", "--help"], env={"COLUMNS": "200"})
    assert "pip install 'eventdesk[ray]'" in result.output
