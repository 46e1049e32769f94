"""User dictionaries in the field's text formats (CAMEO/TABARI/PETRARCH): actor dictionaries
through --actors, verb-pattern dictionaries through --verbs. The dictionary files under
tests/data/dictionaries/ are the project's own, written for these tests."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from eventdesk.actors import ActorResolver
from eventdesk.errors import LexiconError
from eventdesk.events.user_verbs import read_verb_dictionary

pytestmark = pytest.mark.slow

DICTIONARIES = Path(__file__).parent / "data" / "dictionaries"


def codes(actors):
    return [(a.text, a.code) for a in actors]


@pytest.fixture(scope="module")
def cameo_resolver():
    return ActorResolver.load(extra_files=[DICTIONARIES / "newsroom_actors.txt"])


def test_cameo_actor_dictionary_names_and_aliases(cameo_resolver, nlp):
    doc = nlp("The Northwind Line denied that the Harbour Authority of Kessel had fined it.")
    assert codes(cameo_resolver.mentions(doc)) == [
        ("The Northwind Line", "NORBUS"), ("the Harbour Authority of Kessel", "JPNGOV")]


def test_cameo_actor_dictionary_legacy_country_codes_become_iso(cameo_resolver, nlp):
    actor = cameo_resolver.mentions(nlp("The River Delta Command moved north."))[0]
    assert (actor.code, actor.country, actor.sectors) == ("VNMMIL", "VNM", ["MIL"])


def test_cameo_actor_dictionary_dated_codes(cameo_resolver, nlp):
    doc = nlp("President Ostrova spoke.")
    assert codes(cameo_resolver.mentions(doc, published="2012-06-01")) == [("President Ostrova", "HUNGOV")]
    assert codes(cameo_resolver.mentions(doc, published="2019-06-01")) == [("President Ostrova", "HUNOPP")]
    # Without a publication date: the latest role.
    assert codes(cameo_resolver.mentions(doc)) == [("President Ostrova", "HUNOPP")]


def test_cameo_actor_dictionary_short_acronyms_keep_their_capitals(nlp, tmp_path):
    path = tmp_path / "acronyms.dict"
    path.write_text("WHO_ARE_WE_MOVEMENT  [NGO]\nUN_OF_DESERT_TOWNS [IGO]\n", encoding="utf-8")
    resolver = ActorResolver.load(extra_files=[path])
    assert codes(resolver.mentions(nlp("The UN of Desert Towns met."))) == [("The UN of Desert Towns", "IGO")]
    assert all(a.code != "IGO" for a in resolver.mentions(nlp("The Un of desert towns met.")))


@pytest.mark.parametrize("content, line, reason", [
    ("NORTHWIND  [NORBUS]\nMARTA_OSTROVA   [HUNGOV >2015AB01]\n", 2, "malformed code"),
    ("NORTHWIND  [NORBUS]\nKESSEL_PORT\n", 2, "has no [CODE]"),
    ("+NORTHWIND_LINE\nNORTHWIND  [NORBUS]\n", 1, "alias line"),
    ("NORTHWIND  [NORBUS]\nSTORM_BAY  [HUNGOV 20151301-20161231]\n", 2, "not a date"),
])
def test_cameo_actor_dictionary_malformed_line_is_named(tmp_path, content, line, reason):
    path = tmp_path / "actors.txt"
    path.write_text("# test dictionary\n" + content, encoding="utf-8")
    with pytest.raises(LexiconError) as error:
        ActorResolver.load(extra_files=[path])
    assert f"{path}:{line + 1}:" in str(error.value) and reason in str(error.value)


def test_cameo_verb_dictionary_patterns_become_entries():
    entries = read_verb_dictionary(DICTIONARIES / "newsroom_verbs.txt")
    by_code = {(e.code, tuple(sorted(k for k, _ in e.conditions)), e.targets) for e in entries}
    assert ("171", ("obj",), ("@from",)) in by_code  # - $ * &LIVESTOCK FROM + [171]
    assert ("125", ("obj",), ("@from",)) in by_code  # - * INVITATION FROM + [125]
    assert ("051", ("obj",), ("@on",)) in by_code  # - * PRAISE ON + [051]
    rustle = next(e for e in entries if e.code == "171")
    assert rustle.condition("obj") == {"cattle", "goats", "sheep"}  # the &LIVESTOCK set
    # "[---]": the verb alone codes nothing, only its patterns do.
    assert not any(e.code is None for e in entries)


@pytest.mark.parametrize("content, line, reason", [
    ("--- SNUB [125] ---\n- + INVITATION [125]\n", 2, "one *"),
    ("--- SNUB [125] ---\n- * + \n", 2, "ends with its code"),
    ("--- SNUB [1x5] ---\n", 1, "2 to 4 digits"),
    ("--- SNUB [999] ---\n", 1, "not a CAMEO code"),
    ("--- SNUB [125] ---\n- * &BIRDS [125]\n", 2, "not defined"),
    ("- * + [125]\n", 1, "before any"),
])
def test_cameo_verb_dictionary_malformed_line_is_named(tmp_path, content, line, reason):
    from eventdesk.ontology import load_ontology

    path = tmp_path / "verbs.txt"
    path.write_text("# test dictionary\n" + content, encoding="utf-8")
    known = {entry.code for entry in load_ontology().codes()}
    with pytest.raises(LexiconError) as error:
        read_verb_dictionary(path, known)
    assert f"{path}:{line + 1}:" in str(error.value) and reason in str(error.value)


def test_cameo_verb_pattern_eventdesk_cannot_read_is_skipped_with_a_warning(tmp_path, caplog):
    path = tmp_path / "verbs.txt"
    path.write_text("--- SNUB [125] ---\n- NOT * + [125]\n- * + [125]\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        entries = read_verb_dictionary(path)
    assert len(entries) == 2  # the verb's own entry and "- * + [125]"
    assert f"{path}:2: pattern skipped" in caplog.text


def test_verb_dictionary_in_eventdesk_columns(tmp_path):
    path = tmp_path / "verbs.tsv"
    path.write_text("# my verbs\ncode\ttrigger\twhen\ttarget\tflags\n125\tv:snub\t-\tobj\t-\n", encoding="utf-8")
    (entry,) = read_verb_dictionary(path)
    assert (entry.code, entry.lemmas, entry.targets, entry.origin) == ("125", {"snub"}, ("obj",), str(path))


def test_verb_dictionary_of_no_known_format_is_refused(tmp_path):
    path = tmp_path / "verbs.txt"
    path.write_text("snub,125\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="not a verb dictionary"):
        read_verb_dictionary(path)


SENTENCES = {
    "Kenyan raiders rustled goats from Ugandan herders.": ("171", "KEN", "UGAAGR"),
    "Brazil snubbed Argentina.": ("125", "BRA", "ARG"),
    "The Chilean president lavished praise on Peru.": ("051", "CHLGOV", "PER"),
    "Japan berated China over the fishing dispute.": ("111", "JPN", "CHN"),
}


@pytest.fixture(scope="module")
def user_pipeline():
    from eventdesk.pipeline import get_pipeline
    from eventdesk.settings import Settings

    return get_pipeline(Settings(verb_files=(DICTIONARIES / "newsroom_verbs.txt",
                                             DICTIONARIES / "tabari_verbs.txt")))


@pytest.mark.parametrize("text", SENTENCES)
def test_user_verb_dictionary_codes_sentences(user_pipeline, text):
    from eventdesk.ingest import clean
    from eventdesk.model import Article

    record = user_pipeline.code(clean(Article(text=text, id="t")))
    assert [(e.cameo, e.source.code, e.target.code) for e in record.events] == [SENTENCES[text]]


def test_cli_verbs_option_reports_a_malformed_line(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Brazil snubbed Argentina.\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "eventdesk.cli", "code", str(story), "-q",
         "--verbs", str(DICTIONARIES / "bad_verbs.txt")], capture_output=True, text=True)
    assert result.returncode == 1
    assert "bad_verbs.txt:4:" in result.stderr
