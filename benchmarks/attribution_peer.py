"""eventdesk's attribution against a peer: textacy's direct-quotation extractor.

Both run over the texts of a gold file (default tests/data/attributions_gold.jsonl) on the
same spaCy parse, and are scored by the same scorer (eventdesk.evaluate.statements). textacy
only finds direct quotations, so its recall is bounded by their share of the gold set. The
script then lists every quotation textacy finds that eventdesk does not.

textacy is a development-only dependency, not installed with eventdesk; `make peer`
installs it into .venv (pinned in requirements-peer.txt) and runs this script:

    make peer
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = REPO / "tests" / "data" / "attributions_gold.jsonl"
# A textacy quotation counts as found when an eventdesk statement covers this share of its words.
COVERED = 0.5


def _mark(char: str) -> bool:
    return char.isspace() or char in "\"'“”„‟‘’‚‛«»‹›,.;:"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD, help="gold attributions (JSONL)")
    args = parser.parse_args()

    try:
        from textacy.extract.triples import direct_quotations
    except ImportError:
        print(
            "textacy is not installed. It is a development-only peer for this benchmark, kept out of\n"
            "eventdesk's dependencies. Install it in a separate environment, e.g.\n"
            "  python -m venv /tmp/peer && /tmp/peer/bin/pip install -r requirements.lock textacy==0.13.0\n"
            "  PYTHONPATH=src /tmp/peer/bin/python benchmarks/attribution_peer.py",
            file=sys.stderr,
        )
        return 2

    from eventdesk.actors import ActorResolver
    from eventdesk.evaluate.statements import evaluate_statements, load_gold
    from eventdesk.model import Actor, Cue, Span, Statement
    from eventdesk.nlp import load_nlp
    from eventdesk.settings import Settings
    from eventdesk.statements import StatementExtractor

    nlp = load_nlp(Settings())
    extractor = StatementExtractor(ActorResolver.load())
    records = load_gold(args.gold)
    docs = {}

    def parsed(text: str):
        if text not in docs:
            doc = nlp(text)
            doc._.content_sents = list(doc.sents)
            docs[text] = doc
        return docs[text]

    def eventdesk_statements(text: str) -> list[Statement]:
        return extractor(parsed(text))[0]

    refused: set[str] = set()

    def textacy_statements(text: str) -> list[Statement]:
        try:
            triples = list(direct_quotations(parsed(text)))
        except ValueError:
            # textacy gives up on a text with an odd number of quotation marks.
            refused.add(text)
            return []
        found = []
        for number, triple in enumerate(triples, start=1):
            speaker = list(triple.speaker)
            cue = list(triple.cue)
            content = triple.content
            # textacy's content keeps the quote marks; the scorer trims them for exact matches.
            actor = None
            if speaker:
                s, e = speaker[0].idx, speaker[-1].idx + len(speaker[-1])
                actor = Actor(text=text[s:e], start=s, end=e, code="", name=text[s:e], kind="person")
            c_start, c_end = cue[0].idx, cue[-1].idx + len(cue[-1])
            found.append(
                Statement(
                    id=f"t{number}",
                    sentence=0,
                    speaker=actor,
                    cue=Cue(text=text[c_start:c_end], start=c_start, end=c_end, lemma=cue[0].lemma_),
                    content=Span(text=content.text, start=content.start_char, end=content.end_char),
                    type="direct",
                )
            )
        return found

    reports = {
        "eventdesk": evaluate_statements(records, eventdesk_statements),
        "textacy": evaluate_statements(records, textacy_statements),
    }
    direct = sum(1 for r in records for a in r["attributions"] if a["type"] == "direct")
    total = sum(len(r["attributions"]) for r in records)
    print(f"gold: {args.gold} ({total} attributions, {direct} of them direct quotations)\n")
    if refused:
        print(f"textacy refused {len(refused)} text(s) with unbalanced quotation marks (scored as finding nothing)\n")
    for name, report in reports.items():
        print(f"== {name}")
        print(report.format_table())
        print()

    # Every quotation textacy finds should be inside one of eventdesk's statements: one part
    # of a split quotation, or the quoted words of a mixed statement, count as found.
    unmatched = []
    for record in records:
        text = record["text"]
        ours = eventdesk_statements(text)
        for theirs in textacy_statements(text):
            chars = {i for i in range(theirs.content.start, theirs.content.end) if not _mark(text[i])}
            if not any(
                len(chars & set(range(s.content.start, s.content.end))) >= COVERED * len(chars) for s in ours
            ):
                unmatched.append((record["id"], theirs.content.text))
    if unmatched:
        print(f"quotations textacy finds and eventdesk does not: {len(unmatched)}")
        for rid, content in unmatched:
            print(f"  {rid}: {content}")
    else:
        print("eventdesk finds every quotation textacy finds.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
