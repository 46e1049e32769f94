"""How much of a real article a selective parse could leave unparsed.

Codes real articles with the full parse, then counts, per sentence:

  * what the coding found in it: an event trigger, a statement cue, an actor mention, a
    place name (a sentence with none of these is what any selection could skip at best);
  * what a cheap pass over words would see in it (issue 11's rule): a statement cue or
    noun cue, an event trigger lemma of the events lexicon, a quotation mark, an actor
    lexicon word, a capitalised word (besides a stop word that opens the sentence), a
    number. A sentence with none of these is one the cheap pass could leave unparsed.

The cheap pass here reads the model's own lemmas (the best a cheap lemma lookup could
do), so its share is an upper bound. Shares are of sentences and of tokens (spaCy's cost
goes with tokens).

    .venv/bin/python benchmarks/selection.py [--articles 94] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from throughput import real_texts  # noqa: E402

QUOTES = frozenset('"“”«»')


def cheap_words():
    """The words issue 11's cheap pass looks for, from eventdesk's own lexicons."""
    from eventdesk.actors.lexicon import builtin_lexicon
    from eventdesk.events.lexicon import load_lexicon as event_lexicon
    from eventdesk.statements.lexicon import load_lexicon as statement_lexicon
    from eventdesk.statements.lexicon import noun_cues

    triggers = {lemma for _, lemma in event_lexicon().entries}
    cues = set(statement_lexicon().cues) | set(noun_cues())
    return frozenset(triggers | cues), frozenset(builtin_lexicon().first)


def count(texts: list[str]) -> dict:
    from eventdesk.ingest import clean
    from eventdesk.model import Article
    from eventdesk.pipeline import Pipeline, to_record
    from eventdesk.settings import Settings

    pipeline = Pipeline(Settings(timeout=None))
    speech_or_event, actor_words = cheap_words()
    totals = {key: [0, 0] for key in ("all", "event", "statement", "event_or_statement", "actor", "place",
                                      "nothing_found", "no_cue_or_trigger", "cheap_skip", "cheap_skip_but_found")}
    articles = [clean(Article(id=str(i), text=t)) for i, t in enumerate(texts)]
    for doc, article in pipeline.nlp.pipe(((pipeline.make_doc(a), a) for a in articles), as_tuples=True):
        record = to_record(doc, article)
        for sent in doc.sents:
            def inside(offset: int) -> bool:
                return sent.start_char <= offset < sent.end_char  # noqa: B023
            found = {
                "event": any(inside(e.trigger.start) for e in record.events),
                "statement": any(inside(s.cue.start) for s in record.statements),
                "actor": any(inside(a.start) for a in record.actors),
                "place": any(inside(p.start) for p in record.places),
            }
            words = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
            cue_or_trigger = bool(words & speech_or_event) or any(t.text in QUOTES for t in sent)
            named = (bool(words & actor_words) or any(t.like_num for t in sent)
                     or any(t.text[:1].isupper() and not (t.i == sent.start and t.is_stop) for t in sent))
            flags = {"all": True, **found, "event_or_statement": found["event"] or found["statement"],
                     "nothing_found": not any(found.values()), "no_cue_or_trigger": not cue_or_trigger,
                     "cheap_skip": not cue_or_trigger and not named,
                     "cheap_skip_but_found": not cue_or_trigger and not named and any(found.values())}
            for key, flag in flags.items():
                if flag:
                    totals[key][0] += 1
                    totals[key][1] += len(sent)
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=94)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    texts, source = real_texts(args.articles)
    totals = count(texts)
    sentences, tokens = totals["all"]
    if args.json:
        print(json.dumps({"articles": len(texts), "source": source, "counts": totals}, indent=2))
        return
    print(f"{len(texts)} articles of {source}: {sentences:,} sentences, {tokens:,} tokens")
    labels = {
        "event": "holds an event", "statement": "holds a statement", "event_or_statement": "holds an event or a statement",
        "actor": "holds an actor mention", "place": "holds a place name",
        "nothing_found": "holds none of these (best case of any selection)",
        "no_cue_or_trigger": "cheap pass: no cue, trigger or quotation mark",
        "cheap_skip": "cheap pass: also no actor word, capital or number (skippable)",
        "cheap_skip_but_found": "  of which the full coding found something in",
    }
    for key, label in labels.items():
        n, t = totals[key]
        print(f"  {label:62s} {n:6,} sentences ({n / sentences:6.1%})  {t:7,} tokens ({t / tokens:6.1%})")


if __name__ == "__main__":
    main()
