"""User actor dictionaries: YAML and CSV files that add to or override the built-in lexicon."""

from __future__ import annotations

import textwrap

import pytest

from eventdesk.actors import ActorResolver
from eventdesk.errors import LexiconError

pytestmark = pytest.mark.slow

DICTIONARY_YAML = """\
# Actors this newsroom follows.
actors:
  - phrases: [Elena Varga, Varga]
    kind: person
    name: Elena Varga
    country: HUN
    roles:
      - {sectors: [GOV], from: 2013-03-16, to: 2022-12-30}
  - phrase: Northwind Shipping
    code: NORBUS
    kind: organization
  - phrase: Turkey
    code: TURGOV
"""


@pytest.fixture()
def yaml_file(tmp_path):
    path = tmp_path / "actors.yaml"
    path.write_text(DICTIONARY_YAML, encoding="utf-8")
    return path


def only(actors, text):
    hits = [a for a in actors if text in a.text]
    assert len(hits) == 1, [a.text for a in actors]
    return hits[0]


def test_actors_user_dictionary_adds_a_person_with_a_dated_role(nlp, yaml_file):
    resolver = ActorResolver.load(extra_files=[yaml_file])
    doc = nlp("Elena Varga criticised the plan.")
    inside = only(resolver.mentions(doc, published="2019-05-17"), "Varga")
    assert (inside.code, inside.country, inside.kind, inside.name) == ("HUNGOV", "HUN", "person", "Elena Varga")
    after = only(resolver.mentions(doc, published="2023-06-01"), "Varga")
    assert (after.code, after.country, after.sectors) == ("HUN", "HUN", [])


def test_actors_user_dictionary_role_applies_when_the_article_has_no_date(nlp, yaml_file):
    resolver = ActorResolver.load(extra_files=[yaml_file])
    assert only(resolver.mentions(nlp("Varga said no.")), "Varga").code == "HUNGOV"


def test_actors_user_dictionary_adds_an_organisation(nlp, yaml_file):
    resolver = ActorResolver.load(extra_files=[yaml_file])
    actor = only(resolver.mentions(nlp("Northwind Shipping denied the report.")), "Northwind")
    assert (actor.code, actor.country, actor.sectors, actor.kind) == ("NORBUS", "NOR", ["BUS"], "organization")


def test_actors_user_dictionary_overrides_a_builtin_phrase(nlp, yaml_file):
    resolver = ActorResolver.load(extra_files=[yaml_file])
    assert only(resolver.mentions(nlp("Turkey rejected the offer.")), "Turkey").code == "TURGOV"
    builtin = ActorResolver.load()
    assert only(builtin.mentions(nlp("Turkey rejected the offer.")), "Turkey").code == "TUR"


def test_actors_csv_dictionary_later_file_wins(nlp, tmp_path, yaml_file):
    csv_file = tmp_path / "actors.csv"
    csv_file.write_text(textwrap.dedent("""\
        # phrase may list several spellings separated by |
        phrase,code,country,sectors,kind,name,from,to
        Elena Varga|Varga,,HUN,OPP,person,Elena Varga,2023-01-01,
        Riverside Union,,KEN,LAB,organization,Riverside Union,,
        """), encoding="utf-8")
    resolver = ActorResolver.load(extra_files=[yaml_file, csv_file])
    doc = nlp("Elena Varga met the Riverside Union.")
    actors = resolver.mentions(doc, published="2024-02-02")
    assert only(actors, "Varga").code == "HUNOPP"
    assert only(actors, "Riverside").code == "KENLAB"


@pytest.mark.parametrize(
    "name, text, line, words",
    [
        ("bad.yaml", "actors:\n  - phrase: X\n    country: ZZZ\n", 2, "ISO 3166"),
        ("bad.yaml", "actors:\n  - phrase: X\n  - phrase: Y\n    sectors: [GOV, XYZ]\n", 3, "XYZ"),
        ("bad.yaml", "actors:\n  - phrase: X\n    from: 2020-13-01\n", 2, "date"),
        ("bad.yaml", "actors:\n  - name: nobody\n", 2, "phrase"),
        ("bad.yaml", "actors:\n  - phrase: X\n    colour: red\n", 2, "colour"),
        ("bad.yaml", "actors:\n  - phrase: [unclosed\n", 3, "YAML"),
        ("bad.csv", "phrase,code\nAcme,USABUS\nBeta,USABUS,extra\n", 3, "cells"),
        ("bad.csv", "name,code\nAcme,USABUS\n", 1, "header"),
        ("bad.txt", "anything", None, ".yaml"),
    ],
)
def test_actors_malformed_dictionary_names_file_and_line(tmp_path, name, text, line, words):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        ActorResolver.load(extra_files=[path])
    message = str(caught.value)
    assert str(path) in message
    if line is not None:
        assert f"{path}:{line}:" in message
    assert words in message
