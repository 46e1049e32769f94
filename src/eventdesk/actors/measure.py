"""Numbers about the actor lexicon and resolver, for the docs and the report:
`python -m eventdesk.actors.measure` prints lexicon coverage and resolver speed (mentions per
second, spaCy parsing excluded) on sentences built here from a few hundred combinations.
"""

from __future__ import annotations

import argparse
import itertools
import json
import time

from eventdesk.actors import ActorResolver
from eventdesk.actors.layer import register_extensions
from eventdesk.actors.lexicon import builtin_lexicon

SUBJECTS = (
    "Turkish troops", "The Chinese foreign ministry", "Russian President Vladimir Putin",
    "Indian police", "Rights groups", "The UN Security Council", "Syrian rebels",
    "The Kremlin", "Kenyan lawmakers", "A spokesman for the Iraqi army", "Hamas fighters",
    "The European Union", "Egyptian judges", "Afghan refugees", "French President Emmanuel Macron",
    "Officials in Sichuan province", "The foreign minister of Japan, Taro Sato,", "Kurdish rebels",
    "Human Rights Watch", "Senior Greek and Bulgarian officials",
)
VERBS = ("accused", "met", "urged", "criticised", "praised", "attacked", "warned", "thanked",
         "visited", "condemned")
OBJECTS = (
    "the United States and Jordan", "Beijing's envoy", "Pakistani separatists", "the White House",
    "Uighur Muslims", "NATO", "the Taliban", "protesters in Lahore", "Nigerian journalists",
    "the Turkish side", "Amnesty International", "Mexican government troops", "Ivory Coast",
    "a group called the Free Valley Liberation Front", "Iraqi Kurds",
)
TAILS = ("on Monday.", "over the border dispute, officials said.", "after the vote in parliament.",
         "in a statement, and both sides later met again.")


def sentences(count: int = 400) -> list[str]:
    combos = itertools.product(SUBJECTS, VERBS, OBJECTS, TAILS)
    # A stride through the product mixes every part without randomness.
    every = max(1, (len(SUBJECTS) * len(VERBS) * len(OBJECTS) * len(TAILS)) // count)
    return [f"{s} {v} {o} {t}" for n, (s, v, o, t) in enumerate(combos) if n % every == 0][:count]


def measure(count: int = 400, repeat: int = 3) -> dict:
    from eventdesk.nlp import load_nlp
    from eventdesk.settings import Settings

    start = time.perf_counter()
    builtin_lexicon.cache_clear()
    resolver = ActorResolver.load()
    load_seconds = time.perf_counter() - start
    nlp = load_nlp(Settings())
    texts = sentences(count)
    docs = list(nlp.pipe(texts))
    register_extensions()
    found = 0
    best = float("inf")
    for _ in range(repeat):
        for doc in docs:
            doc._.actor_layer = None  # no matches kept from the last round
        start = time.perf_counter()
        found = sum(len(resolver.mentions(doc)) for doc in docs)
        best = min(best, time.perf_counter() - start)
    return {
        "lexicon": builtin_lexicon().counts,
        "lexicon_load_seconds": round(load_seconds, 2),
        "sentences": len(docs),
        "mentions": found,
        "seconds": round(best, 3),
        "mentions_per_second": round(found / best),
        "sentences_per_second": round(len(docs) / best),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sentences", type=int, default=400)
    args = parser.parse_args()
    print(json.dumps(measure(args.sentences), indent=2))


if __name__ == "__main__":
    main()
