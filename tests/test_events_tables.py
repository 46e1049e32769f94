"""The event coder's data tables: the per-code behaviour (data/code_behaviour.tsv), the word
lists (data/words.tsv), and the one object the coder asks about actors."""

from __future__ import annotations

import pytest
import spacy

from eventdesk.errors import LexiconError
from eventdesk.events.actor_layer import CodedActors
from eventdesk.events.behaviour import behaviour, rally_codes, read_behaviour
from eventdesk.events.words import SETS, read_words, word_values, words
from eventdesk.model import Actor

BEHAVIOUR_HEADER = (
    "code\tkind\tpair\tdomestic\thome_target\ttarget_fallbacks\tsource_fallbacks\t"
    "promise\tconcession\tthreat\tintended\trally\tprepared\tjoint\n"
)


def test_events_behaviour_of_a_domestic_code_adds_up_its_rows():
    # 1723 (impose curfew) takes the rows 17 and 172.
    curfew = behaviour("1723")
    assert curfew.domestic and curfew.home_target
    assert curfew.source_fallbacks == {"place_state", "agentless"}
    assert curfew.intended == "threat" and curfew.kind is None


def test_events_behaviour_of_force_and_cooperation():
    shelling = behaviour("194")
    assert shelling.kind == "force" and shelling.prepared == "150"
    assert "place" in shelling.target_fallbacks
    assert {"noun_author", "unattributed"} <= shelling.source_fallbacks
    retreat = behaviour("0874")
    assert retreat.kind == "cooperative" and retreat.promise == "intend" and retreat.concession
    assert behaviour("051").rally == "053" and behaviour("111").rally == "113"
    assert rally_codes() == {"053", "113"}


def test_events_behaviour_of_a_code_no_row_covers_takes_the_defaults():
    none = behaviour("-")
    assert (none.kind, none.promise, none.threat, none.intended) == (None, "threat", "family", "same")
    assert not none.domestic and not none.target_fallbacks


def test_events_behaviour_file_errors_name_file_and_line(tmp_path):
    path = tmp_path / "code_behaviour.tsv"
    path.write_text("# a comment\n" + BEHAVIOUR_HEADER + "14\t-\t-\tyes\tyes\tpurpose\tcrowd\tthreat\t-\tfamily\tthreat\t-\t-\n"
                    "15\t-\t-\t-\t-\tsomewhere\t-\tthreat\t-\tfamily\tthreat\t-\t-\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"code_behaviour\.tsv:4: column target_fallbacks"):
        read_behaviour(path)
    path.write_text(BEHAVIOUR_HEADER + "1x\t-\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"code_behaviour\.tsv:2: a code is 2-4 digits"):
        read_behaviour(path)


def test_events_word_lists_load():
    assert "condemn" in words("evaluative_verb")
    assert "border" in words("frontier_noun")
    assert {"launch", "fire"} <= word_values("event_noun")["launch"]
    assert word_values("dismissal_noun")["table"] == {"off", "not_on"}
    assert all(words(name) for name in SETS)
    with pytest.raises(KeyError):
        words("no_such_list")


@pytest.mark.parametrize("row,message", [
    ("troops\tno_such_set\t-", "unknown set 'no_such_set'"),
    ("condemn\tevaluative_verb\tsomething", "set evaluative_verb takes no value"),
    ("launch\tevent_noun\t-", "set event_noun needs a value"),
    ("Troops\tagentless_subject\t-", "lower-case lemma"),
    ("bomb\tagentless_subject", "expected 3 tab-separated fields"),
])
def test_events_word_file_errors_name_file_and_line(tmp_path, row, message):
    path = tmp_path / "words.tsv"
    path.write_text("# words\nword\tset\tvalue\nblast\tagentless_subject\t-\n" + row + "\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"words\.tsv:4: .*" + message):
        read_words(path)


def test_events_word_file_repeated_word_is_an_error(tmp_path):
    path = tmp_path / "words.tsv"
    path.write_text("word\tset\tvalue\nblast\tagentless_subject\t-\nblast\tagentless_subject\t-\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"words\.tsv:3: 'blast' is already in agentless_subject"):
        read_words(path)


class _Layer:
    """A stand-in for a document's actor layer: one coded and one codeless actor per word."""

    def __init__(self, fail: bool = False):
        self.fail = fail
        self.calls = 0

    def resolve(self, token):
        self.calls += 1
        if self.fail:
            raise ValueError("broken lexicon row")
        return [Actor(text=token.text, start=token.idx, end=token.idx + len(token), code="FRA"),
                Actor(text=token.text, start=token.idx, end=token.idx + len(token), code="")]

    def mentions(self, span):
        return self.resolve(span[0])


def test_events_actor_view_caches_and_drops_codeless_actors():
    doc = spacy.blank("en")("France protested.")
    layer = _Layer()
    actors = CodedActors(layer)
    assert [a.code for a in actors.resolve(doc[0])] == ["FRA"]
    assert [a.code for a in actors.resolve(doc[0])] == ["FRA"]
    assert layer.calls == 1
    assert [a.code for a in actors.mentions(doc[0:2])] == ["FRA"]


def test_events_actor_layer_error_raises():
    doc = spacy.blank("en")("France protested.")
    with pytest.raises(ValueError, match="broken lexicon row"):
        CodedActors(_Layer(fail=True)).resolve(doc[0])


def test_events_without_an_actors_stage_say_so():
    from eventdesk.errors import EventdeskError
    from eventdesk.events import EventCoder
    from eventdesk.nlp import register_extensions

    register_extensions()
    doc = spacy.blank("en")("France protested.")
    with pytest.raises(EventdeskError, match="eventdesk_actors"):
        EventCoder.load()(doc)
