"""Train eventdesk's event confidence: an L2-regularised logistic regression that gives each
coded event the probability that it is right, written to
src/eventdesk/events/data/confidence_model.tsv (docs/record.md, "Confidence").

What it does, in order:
1. codes every text of the development gold sets (each file one set) with every event kept
   (min_confidence 0), as `eventdesk evaluate events` codes them;
2. labels each coded event 1 when it matches a gold event with the right PLOVER type
   (eventdesk.evaluate.events.event_outcomes, the matching of `evaluate events`), else 0;
3. reads each event's features (eventdesk.events.confidence.features: what is known when
   the event is coded) and keeps those seen on at least MIN_COUNT events;
4. leave-one-set-out cross-validation: for each L2 strength of L2_GRID, every set is
   predicted by a model fitted on the others; the strength with the lowest out-of-fold log
   loss is used, and its out-of-fold probabilities give the calibration table and, per
   threshold, found / typed precision / fully right / spurious over all sets (an event under
   the threshold dropped, the texts scored again as `evaluate events` scores them);
5. the default threshold is the one of THRESHOLDS with the highest fully-right share whose
   found share is at most MAX_FOUND_DROP under that of keeping every event;
6. fits the model on all sets and writes it, its header saying how and on what.

    python scripts/train_event_confidence.py --texts ../shared              # the dev sets
    python scripts/train_event_confidence.py --texts ../shared --dry-run    # report only
    python scripts/train_event_confidence.py --cache /tmp/coded.pkl ...     # code once, reuse

Set DEFAULT_MIN_CONFIDENCE in src/eventdesk/settings.py to the chosen threshold by hand
(the script prints it). Numpy only (it comes with spaCy).
"""

from __future__ import annotations

import argparse
import datetime as dt
import pickle
import sys
import textwrap
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from eventdesk.evaluate.events import Tally, event_outcomes, load_gold, score_record, type_gold  # noqa: E402
from eventdesk.events.confidence import ConfidenceModel, events_per_sentence, features  # noqa: E402

DEFAULT_SETS = tuple(f"tests/data/events_dev{n}_articles.jsonl" for n in ("", 2, 3, 4, 5, 6, 7)) + (
    "tests/data/events_devs_sentences.jsonl",)
MODEL_PATH = ROOT / "src" / "eventdesk" / "events" / "data" / "confidence_model.tsv"
L2_GRID = (0.3, 1.0, 3.0, 10.0, 30.0)
MIN_COUNT = 8
# A trigger lemma is a feature only when this many events have it: a word common in news
# ("say", "support"), not one that would memorise a development sentence.
LEMMA_MIN_COUNT = 30
THRESHOLDS = (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6)
MAX_FOUND_DROP = 0.02
BINS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0001)
RIGHT = ("typed", "fully")


@dataclass
class Text:
    """One gold text, its coding with every event kept, and each coded event's features and
    outcome (eventdesk.evaluate.events.event_outcomes)."""

    record: dict
    coded: object
    features: list[dict[str, float]] = field(default_factory=list)
    outcomes: list[str] = field(default_factory=list)


def code_sets(paths: list[Path], texts: Path | None, cache: Path | None) -> dict[str, list[Text]]:
    """Every set's texts coded (read from `cache` when it holds them, and written there)."""
    if cache is not None and cache.exists():
        with cache.open("rb") as handle:
            coded = pickle.load(handle)
        if sorted(coded) == sorted(p.name for p in paths):
            return _label(coded)
    from eventdesk.model import Article
    from eventdesk.ontology import load_ontology
    from eventdesk.pipeline import get_pipeline
    from eventdesk.settings import Settings

    pipeline = get_pipeline(Settings.from_env(min_confidence=0.0))
    ontology = load_ontology()
    coded = {}
    for path in paths:
        records = load_gold(path, texts)
        for record in records:
            type_gold(record, ontology)
        coded[path.name] = [(r, pipeline.code(Article(text=r["text"], id="gold"))) for r in records]
        print(f"coded {path.name}: {len(records)} texts", file=sys.stderr)
    if cache is not None:
        with cache.open("wb") as handle:
            pickle.dump(coded, handle)
    return _label(coded)


def _label(coded: dict) -> dict[str, list[Text]]:
    sets = {}
    for name, pairs in coded.items():
        sets[name] = []
        for record, article in pairs:
            counts = events_per_sentence(article.events)
            named = [features(e, e.evidence, counts[e.sentence], len(article.sentences)) for e in article.events]
            sets[name].append(Text(record, article, named, event_outcomes(record, article)))
    return sets


def vocabulary(texts: list[Text], min_count: int) -> list[str]:
    counts: dict[str, int] = {}
    for text in texts:
        for named in text.features:
            for name in named:
                counts[name] = counts.get(name, 0) + 1
    return sorted(name for name, n in counts.items()
                  if n >= (LEMMA_MIN_COUNT if name.startswith("lemma=") else min_count))


def matrix(texts: list[Text], vocab: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Rows: the events of the texts in order; column 0 the bias."""
    column = {name: j + 1 for j, name in enumerate(vocab)}
    rows = [named for text in texts for named in text.features]
    x = np.zeros((len(rows), len(vocab) + 1))
    x[:, 0] = 1.0
    for i, named in enumerate(rows):
        for name, value in named.items():
            if name in column:
                x[i, column[name]] = value
    y = np.array([outcome in RIGHT for text in texts for outcome in text.outcomes], dtype=float)
    return x, y


def fit(x: np.ndarray, y: np.ndarray, l2: float, iterations: int = 50) -> np.ndarray:
    """Weights minimising the log loss plus l2/2 times the squared weights (the bias not
    penalised), by Newton's method."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 1e-6
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return w


def to_model(w: np.ndarray, vocab: list[str]) -> ConfidenceModel:
    return ConfidenceModel({name: float(w[j + 1]) for j, name in enumerate(vocab) if abs(w[j + 1]) >= 5e-5},
                           float(w[0]))


def train(texts: list[Text], l2: float) -> ConfidenceModel:
    vocab = vocabulary(texts, MIN_COUNT)
    x, y = matrix(texts, vocab)
    return to_model(fit(x, y, l2), vocab)


def out_of_fold(sets: dict[str, list[Text]], l2: float) -> dict[str, list[list[float]]]:
    """set -> per text, each event's probability from the model fitted on the other sets."""
    predicted = {}
    for name, held_out in sets.items():
        model = train([t for other, texts in sets.items() if other != name for t in texts], l2)
        predicted[name] = [[model.probability(named) for named in text.features] for text in held_out]
    return predicted


def flat(sets: dict[str, list[Text]], predicted: dict) -> tuple[np.ndarray, np.ndarray]:
    p = [q for name in sets for per_text in predicted[name] for q in per_text]
    y = [o in RIGHT for name in sets for text in sets[name] for o in text.outcomes]
    return np.array(p), np.array(y, dtype=float)


def log_loss(p: np.ndarray, y: np.ndarray) -> float:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def calibration(p: np.ndarray, y: np.ndarray) -> list[tuple[float, float, int, float, float]]:
    """(low, high, events, mean predicted, share right) per bin of predicted probability."""
    rows = []
    for low, high in zip(BINS, BINS[1:]):
        inside = (p >= low) & (p < high)
        if inside.any():
            rows.append((low, min(high, 1.0), int(inside.sum()), float(p[inside].mean()), float(y[inside].mean())))
    return rows


def at_threshold(sets: dict[str, list[Text]], predicted: dict, threshold: float) -> dict[str, float]:
    """The figures of `evaluate events` over all sets when the events under `threshold` are
    dropped."""
    total = Tally()
    for name, texts in sets.items():
        for text, probabilities in zip(texts, predicted[name]):
            kept = [e for e, q in zip(text.coded.events, probabilities) if q >= threshold]
            total.add(score_record(text.record, replace(text.coded, events=kept)))
    return {"coded": total.coded, **total.figures()}


def choose_threshold(rows: dict[float, dict]) -> float:
    """The threshold with the highest fully-right share whose found share falls at most
    MAX_FOUND_DROP below keeping every event."""
    floor = rows[0.0]["found"] - MAX_FOUND_DROP
    allowed = [t for t, row in rows.items() if row["found"] >= floor - 1e-9]
    return max(allowed, key=lambda t: (rows[t]["fully_right"], -t))


def choose_l2(sets: dict[str, list[Text]]) -> tuple[float, dict, dict[float, float]]:
    losses, predictions = {}, {}
    for l2 in L2_GRID:
        predictions[l2] = out_of_fold(sets, l2)
        losses[l2] = log_loss(*flat(sets, predictions[l2]))
    best = min(losses, key=losses.get)
    return best, predictions[best], losses


def report(sets, l2, losses, predicted, rows, chosen) -> list[str]:
    """The cross-validation report: printed, and the header of the model file."""
    p, y = flat(sets, predicted)
    lines = [f"L2 strength {l2:g}, chosen by out-of-fold log loss: "
             + ", ".join(f"{k:g}: {v:.4f}" for k, v in losses.items()),
             f"out-of-fold log loss {log_loss(p, y):.4f} (a constant {y.mean():.3f}: "
             f"{log_loss(np.full_like(y, y.mean()), y):.4f}); Brier {np.mean((p - y) ** 2):.4f}",
             "", "calibration (out of fold): predicted bin, events, mean predicted, share right"]
    lines += [f"  {low:.1f}-{high:.1f}  {n:5d}  {mean:.3f}  {right:.3f}" for low, high, n, mean, right in calibration(p, y)]
    lines += ["", "per threshold (out of fold, all sets): threshold, coded, found, typed precision, fully right, spurious"]
    for threshold, row in rows.items():
        mark = "  <- default" if threshold == chosen else ""
        lines.append(f"  {threshold:.2f}  {row['coded']:5d}  {row['found']:.3f}  {row['typed_precision']:.3f}"
                     f"  {row['fully_right']:.3f}  {row['spurious']:.3f}{mark}")
    return lines


def header(paths: list[Path], sets: dict[str, list[Text]], l2: float, cv: list[str], chosen: float) -> list[str]:
    events = sum(len(t.outcomes) for texts in sets.values() for t in texts)
    right = sum(o in RIGHT for texts in sets.values() for t in texts for o in t.outcomes)
    return [
        "eventdesk's event confidence: an L2-regularised logistic regression over the features of",
        "eventdesk.events.confidence.features; P(right) = 1 / (1 + exp(-(bias + sum of the weights of",
        "an event's features))). A feature not listed weighs nothing.",
        f"Written by scripts/train_event_confidence.py on {dt.date.today().isoformat()}, from the gold sets",
        *textwrap.wrap(", ".join(p.name for p in paths) + f": {sum(len(t) for t in sets.values())} texts, "
                       f"{events} coded events, {right} right (matched to a gold event of the same PLOVER type). "
                       f"Features seen on at least {MIN_COUNT} events (a trigger lemma on {LEMMA_MIN_COUNT}); "
                       f"L2 {l2:g}.", 92),
        f"Leave-one-set-out cross-validation (default threshold {chosen:g}):", *cv,
    ]


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", type=Path, help="event gold files, one set each (default: the dev sets)")
    parser.add_argument("--texts", type=Path, help="folder with gold/<dataset>_<split>.jsonl for records without text")
    parser.add_argument("--out", type=Path, default=MODEL_PATH, help="model file to write")
    parser.add_argument("--cache", type=Path, help="pickle of the coded sets, written once and read after")
    parser.add_argument("--dry-run", action="store_true", help="report only; write no model")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> float:
    """Train, cross-validate, write; returns the chosen threshold."""
    args = parse(argv)
    paths = args.sets or [ROOT / p for p in DEFAULT_SETS]
    sets = code_sets(paths, args.texts, args.cache)
    if len(sets) < 2:
        raise SystemExit("cross-validation needs at least two sets")
    l2, predicted, losses = choose_l2(sets)
    rows = {t: at_threshold(sets, predicted, t) for t in THRESHOLDS}
    chosen = choose_threshold(rows)
    cv = report(sets, l2, losses, predicted, rows, chosen)
    print("\n".join(cv))
    model = train([t for texts in sets.values() for t in texts], l2)
    weights = sorted(model.weights.items(), key=lambda item: -abs(item[1]))
    print("\nheaviest weights: " + ", ".join(f"{n} {w:+.2f}" for n, w in weights[:15]))
    if not args.dry_run:
        model.write(args.out, header(paths, sets, l2, cv, chosen))
        print(f"wrote {args.out}; default threshold {chosen:g}")
    return chosen


if __name__ == "__main__":
    main()
