"""The event coder's content-word lists ("troops", "condemn", "border", ...), read from
data/words.tsv: one row per word and list, with a value for the lists that map a word to
something (the verbs "the launch" can name).
Function words (prepositions, pronouns, auxiliaries) stay in the code that reads them.

>>> "condemn" in words("evaluative_verb")
True
>>> sorted(word_values("event_noun")["launch"])[:2]
['fire', 'launch']
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from eventdesk.errors import LexiconError
from eventdesk.tables import tsv_rows

HEADER = ("word", "set", "value")
# The lists and whether their rows carry a value (see the header of data/words.tsv).
SETS = {
    "foreign": False, "crossborder_ngo": False, "arrival_noun": False, "based_verb": False, "agentless_subject": False,
    "denial_verb": False, "wish_verb": False, "desire_verb": False, "located_noun": False, "reprisal_verb": False,
    "frontier_noun": False, "call_on_verb": False, "event_noun": True, "evaluative_verb": False,
    "blame_word": False, "dismissal_noun": True, "object_control": False, "quantity_noun": False, "money_noun": False,
    "carrier_noun": False, "departure_noun": False, "travel_noun": False, "contest_word": False,
    "receiving_verb": False, "holding_verb": False, "favour_noun": False,
    "call_taking_verb": False, "call_noun": False, "under_verb": False, "exposed_adjective": False,
    "receiving_noun": False, "rebuttal_verb": False,
    "labelling_verb": False, "reason_verb": False,
    "action_noun": False, "decree_verb": False, "ill_noun": False, "war_noun": False, "struck_noun": False,
    "ordinary_person": False, "likelihood_word": False, "sequel_adverb": False, "compulsion_verb": False, "schedule_word": False,
    "readiness_word": False,
    "failure_verb": False, "people_noun": False, "verbal_attack_verb": True, "retort_verb": False, "kin_noun": False, "appearing_particle": False, "verbal_attack_noun": False, "verbal_word": False,
    "verbal_medium": False, "verbal_text": False, "fortune_noun": False,
    "campaign_event": False, "voice_noun": False, "publish_verb": False, "manner_adjective": False, "jibe_verb": False, "fair_word": False, "rule_noun": False, "suggestion_verb": False,
    "news_agency": False, "question_noun": False, "asking_verb": False, "offering_verb": False, "idea_noun": False, "tallied_noun": False,
    "victory_verb": False, "share_noun": False, "charge_word": False, "saying_verb": False,
    "occurrence_verb": False, "decision_noun": False,
    "ideal_noun": False, "involvement_verb": False, "stance_noun": False,
    "invitation_verb": False, "giving_verb": False,
    "spokesperson_noun": False, "race_noun": False, "requirement_verb": False,
    "leader_body_noun": False, "rueing_verb": False, "body_noun": False, "agreement_verb": False, "harm_verb": False,
    "having_verb": False, "pressure_noun": False, "wording_participle": False,
    "free_choice_det": False, "choice_noun": False, "rival_verb": False, "voter_noun": False,
    "speech_noun": False, "anyone_noun": False, "stance_verb": False,
    "press_word": False,
    "path_word": False,
    "resistance_noun": False,
    "clinch_verb": False,
    "civilian_noun": False, "affected_noun": False, "inquiry_word": False, "happening_noun": False,
    "specific_det": False, "public_noun": False, "likening_verb": False,
    "fiscal_noun": False,
    "preparation_noun": False, "undertaking_verb": False,
}


def read_words(path: Path | Traversable) -> dict[str, dict[str, frozenset[str]]]:
    """set name -> {word: values} from a words file; LexiconError naming the file and line
    for an unknown set, a repeated word or a value where the set takes none (or none
    where it needs one)."""
    table: dict[str, dict[str, frozenset[str]]] = {name: {} for name in SETS}
    for number, (word, name, value) in tsv_rows(path, HEADER):
        if name not in SETS:
            raise LexiconError(f"{path}:{number}: unknown set {name!r}; known: {', '.join(SETS)}")
        if not word or word != word.lower():
            raise LexiconError(f"{path}:{number}: a word is a lower-case lemma, got {word!r}")
        if word in table[name]:
            raise LexiconError(f"{path}:{number}: {word!r} is already in {name}")
        values = frozenset(value.split()) if value not in ("", "-") else frozenset()
        if SETS[name] != bool(values):
            need = "needs a value" if SETS[name] else "takes no value (write -)"
            raise LexiconError(f"{path}:{number}: set {name} {need}, got {value!r}")
        table[name][word] = values
    return table


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, frozenset[str]]]:
    return read_words(resources.files("eventdesk.events").joinpath("data", "words.tsv"))


def check_word_lists() -> None:
    """Read and check words.tsv now: a LexiconError names the file, line and fault."""
    _table()


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """The words of one list."""
    if name not in SETS:
        raise KeyError(f"no word list {name!r}; known: {', '.join(SETS)}")
    return frozenset(_table()[name])


def word_values(name: str) -> dict[str, frozenset[str]]:
    """word -> values, for a list whose rows carry values."""
    if not SETS.get(name):
        raise KeyError(f"no word list with values {name!r}")
    return _table()[name]
