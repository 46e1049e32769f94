"""The event lexicon as data: it loads, names only real CAMEO codes, reaches every root and
base code, and a malformed row is reported with its file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventdesk.errors import LexiconError
from eventdesk.events.lexicon import load_lexicon, read_lexicon
from eventdesk.ontology import load_ontology

DATA = Path(__file__).resolve().parents[1] / "src" / "eventdesk" / "events" / "data"


def _reachable_codes():
    lexicon = load_lexicon()
    codes = {entry.code for entries in lexicon.entries.values() for entry in entries}
    codes |= {code for row in lexicon.families.values() for code in row.values() if code not in "-="}
    codes |= {"020", "030", "100", "120", "130"}  # each family's own unspecified code
    # Topic words add the last digit to investigations, accusations and protests.
    for code in list(codes):
        for digit in {digit for (_, _), digit in lexicon.topics.items()}:
            base = code[:2] if len(code) == 3 and code.endswith("0") else code
            codes.add(base + digit)
    return codes


def test_events_lexicon_codes_are_cameo_codes():
    ontology = load_ontology()
    lexicon = load_lexicon()
    assert lexicon.entries
    for entries in lexicon.entries.values():
        for entry in entries:
            assert entry.code in ontology, (entry.code, entry.line)


def test_events_lexicon_reaches_every_cameo_root_and_base_code():
    reachable = _reachable_codes()
    ontology = load_ontology()
    assert len(ontology.codes(level=2)) == 20 and ontology.codes(level=3)
    for root in ontology.codes(level=2):
        assert any(code.startswith(root.code) for code in reachable), root.code
    for base in ontology.codes(level=3):
        assert any(code.startswith(base.code) for code in reachable), (base.code, base.name)


def test_events_lexicon_has_verbs_and_nouns_for_the_main_distinctions():
    lexicon = load_lexicon()

    def codes(pos, lemma):
        return {entry.code for entry in lexicon.lookup(pos, lemma)}

    assert "111" in codes("v", "condemn") and "112" in codes("v", "accuse")
    assert "020" in codes("v", "urge") and "100" in codes("v", "demand") and "130" in codes("v", "threaten")
    assert "041" in codes("v", "phone") and "042" in codes("v", "visit") and "043" in codes("v", "host")
    assert "173" in codes("v", "arrest") and "174" in codes("v", "deport")
    assert "190" in codes("n", "attack") and "163" in codes("n", "sanction")
    assert "say" in lexicon.speech and "hold" in lexicon.light


def test_events_families_build_the_parallel_codes():
    lexicon = load_lexicon()
    # urged X to withdraw / to release / to meet
    assert lexicon.family_code("appeal", "0874") == "0256"
    assert lexicon.family_code("appeal", "0841") == "0253"
    assert lexicon.family_code("appeal", "040") == "026"
    # demanded, refused, offered, threatened
    assert lexicon.family_code("demand", "0831") == "1041"
    assert lexicon.family_code("reject", "043") == "125"
    assert lexicon.family_code("intend", "073") == "0333"
    assert lexicon.family_code("threaten", "163") == "1312"
    # nothing parallel: the family's own code
    assert lexicon.family_code("appeal", "190") == "020"


def test_events_lexicon_bad_row_names_file_and_line(tmp_path):
    verbs = tmp_path / "verbs.tsv"
    verbs.write_text(
        "# test\ncode\ttrigger\twhen\ttarget\tflags\n"
        "043\tv:host\t-\tobj\t-\n"
        "043\tv:host\tcolour=red\tobj\t-\n",
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match=r"verbs.tsv:4"):
        read_lexicon(verbs, DATA / "families.tsv", DATA / "topics.tsv")


def test_events_lexicon_unknown_code_is_refused(tmp_path):
    verbs = tmp_path / "verbs.tsv"
    verbs.write_text("code\ttrigger\twhen\ttarget\tflags\n999\tv:host\t-\tobj\t-\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"999 is not a CAMEO code"):
        read_lexicon(verbs, DATA / "families.tsv", DATA / "topics.tsv", known_codes={"043"})


def test_events_speech_verbs_come_from_the_one_cue_table():
    from eventdesk.statements.lexicon import load_lexicon as load_cues, speech_verbs

    speech = load_lexicon().speech
    assert speech == speech_verbs()
    # verbs of saying that are statement cues too; "urge" is a cue but an event of its own
    cues = load_cues().cues
    assert {"say", "claim", "deny"} <= speech & set(cues)
    assert "urge" in cues and "urge" not in speech
    # read by the event coder only, never a statement cue
    assert "decide" in speech and "decide" not in cues


def test_events_lexicon_refuses_a_speech_row(tmp_path):
    verbs = tmp_path / "verbs.tsv"
    verbs.write_text("code\ttrigger\twhen\ttarget\tflags\n-\tv:say\t-\t-\tspeech\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"verbs.tsv:2"):
        read_lexicon(verbs, DATA / "families.tsv", DATA / "topics.tsv", speech=frozenset())


def test_events_constructions_and_family_codes_are_data():
    lexicon = load_lexicon()
    blame = lexicon.constructions["blame"]
    assert blame.code == "112" and "responsible" in blame.lemmas and blame.topic == "charge"
    assert lexicon.constructions["obligation"].family == "demand"
    # a family's own code comes from the "*" row of families.tsv
    assert lexicon.family_code("threaten", "99") == "130"


def test_events_constructions_file_names_unknown_rows(tmp_path):
    constructions = tmp_path / "constructions.tsv"
    constructions.write_text(
        "construction\tcode\ttrigger\twhen\ttarget\tflags\nshrug\t120\ta:question\t-\t-\t-\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"constructions.tsv:2: unknown or repeated construction 'shrug'"):
        read_lexicon(DATA / "verbs.tsv", DATA / "families.tsv", DATA / "topics.tsv",
                     speech=frozenset(), constructions=constructions)


def test_events_lexicon_stats_cover_every_root():
    from eventdesk.events.stats import coverage, format_roots
    from eventdesk.ontology import load_ontology

    roots = coverage(load_lexicon(), load_ontology())
    assert [r.root for r in roots] == [f"{n:02d}" for n in range(1, 21)]
    assert all(r.patterns > 0 and r.reached > 0 for r in roots), [(r.root, r.patterns) for r in roots]
    by_root = {r.root: r for r in roots}
    assert "190" in {c.code for c in by_root["19"].codes if c.reached}
    table = format_roots(roots)
    assert "PROTEST" in table and table.splitlines()[-1].startswith("all")


def test_events_lexicon_gaps_list_codes_without_a_pattern():
    """`lexicon stats --gaps`: the codes no row codes directly; a code reached only through
    a family (a threat to expel, 136) is listed as such, a code with rows is not."""
    from eventdesk.events.stats import coverage, format_gaps, gaps
    from eventdesk.ontology import load_ontology

    roots = coverage(load_lexicon(), load_ontology())
    missing = {c.code: c for c in gaps(roots)}
    assert "166" not in missing and "1834" not in missing and "190" not in missing
    assert "136" in missing and missing["136"].reached
    assert all(len(code) > 2 for code in missing)
    table = format_gaps(roots)
    assert table.splitlines()[-1].startswith(f"{len(missing)} code(s) without a pattern")


def test_events_broken_word_list_stops_the_pipeline_at_load(tmp_path, monkeypatch):
    # A word list naming an unknown set must fail when the pipeline is built, with its file
    # and line, not turn every article into a reject later.
    from eventdesk.events import words
    from eventdesk.events.stage import EventStage

    broken = tmp_path / "words.tsv"
    broken.write_text("word\tset\tvalue\nsummit\tno_such_list\t-\n", encoding="utf-8")
    monkeypatch.setattr(words, "_table", lambda: words.read_words(broken))
    with pytest.raises(LexiconError, match=r"words.tsv:2: unknown set 'no_such_list'"):
        EventStage()
