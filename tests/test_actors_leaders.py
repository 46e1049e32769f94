"""Political leaders by name (data/leaders.tsv): titles, surnames, dates and namesakes, on
sentences written for these tests."""

from __future__ import annotations

from collections import defaultdict

import pytest

from eventdesk.actors import ActorResolver
from eventdesk.actors.lexicon import builtin_lexicon, read_tsv


def actor_of(nlp, resolver, text, phrase, published=None):
    actors = resolver.mentions(nlp(text), published=published)
    hits = [a for a in actors if phrase in a.text]
    assert hits, f"no actor mention containing {phrase!r} in {[a.text for a in actors]}"
    return hits[0]


# --- the data file ------------------------------------------------------------------------

def test_actors_leaders_cover_the_whole_world():
    counts = builtin_lexicon().counts
    assert counts["leader_entries"] >= 1000
    assert counts["leader_countries"] >= 150
    countries = {fields[3] for _, fields in read_tsv("leaders.tsv")}
    # A few countries of every region, not only the famous ones.
    for region in (
        {"USA", "MEX", "GTM", "HTI", "JAM", "BRA", "PER", "PRY"},
        {"GBR", "FRA", "POL", "EST", "MKD", "MDA", "ISL", "MLT"},
        {"RUS", "KAZ", "KGZ", "GEO", "AZE", "MNG"},
        {"TUR", "IRN", "IRQ", "LBN", "JOR", "OMN", "YEM", "PSE"},
        {"IND", "PAK", "BGD", "NPL", "LKA", "MDV", "BTN", "AFG"},
        {"CHN", "JPN", "KOR", "PRK", "VNM", "KHM", "LAO", "TLS", "BRN"},
        {"NGA", "SEN", "MLI", "NER", "TCD", "CAF", "COD", "BDI", "MWI", "NAM", "MDG", "SYC"},
        {"AUS", "NZL", "FJI", "PNG", "WSM"},
    ):
        assert region <= countries, region - countries


def test_actors_leaders_one_head_of_government_at_a_time():
    """Within a country, head-of-government and foreign-minister terms with full dates do
    not overlap (a typo in a date shows up here). Cambodia had two prime ministers at once
    from 1993 to 1997."""
    terms = defaultdict(list)
    for _, (name, _, _, country, _, role, start, end) in read_tsv("leaders.tsv"):
        if role in ("hog", "fm") and len(start) == 10 and (len(end) == 10 or end == "-") and country != "KHM":
            terms[country, role].append((start, "9999-12-31" if end == "-" else end, name))
    assert len(terms) > 50  # the dated terms of many countries are checked, not none
    for key, spans in terms.items():
        spans.sort()
        for i, (_, end, name) in enumerate(spans):
            for start, _, other in spans[i + 1:]:
                assert start >= end or name == other, (key, name, end, other, start)


# --- resolution ---------------------------------------------------------------------------

@pytest.mark.slow
def test_actors_leader_surname_alone_names_the_leader(nlp, resolver):
    actor = actor_of(nlp, resolver, "Putin spoke by phone with the Armenian side.", "Putin")
    assert (actor.code, actor.country, actor.kind, actor.name) == ("RUSGOV", "RUS", "person", "Vladimir Putin")


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence, phrase, code, name",
    [
        ("President Bush spoke to reporters at the ranch.", "Bush", "USAGOV", None),
        ("Mr Mugabe denied the charge.", "Mugabe", "ZWEGOV", "Robert Mugabe"),
        ("Chancellor Merkel arrived in Paris.", "Merkel", "DEUGOV", "Angela Merkel"),
        ("Prime Minister Major met the envoy.", "Major", "GBRGOV", "John Major"),
        ("President Abdelaziz Bouteflika opened the new parliament.", "Bouteflika", "DZAGOV", "Abdelaziz Bouteflika"),
        ("Sheikh Hamad bin Khalifa al-Thani received the visiting envoy.", "Hamad", "QATGOV", "Hamad bin Khalifa Al Thani"),
        ("Wang Yi met Sergei Lavrov on Friday.", "Lavrov", "RUSGOV", "Sergei Lavrov"),
    ],
)
def test_actors_title_or_full_name_names_the_leader(nlp, resolver, sentence, phrase, code, name):
    actor = actor_of(nlp, resolver, sentence, phrase)
    assert actor.code == code
    if name:
        assert actor.name == name


@pytest.mark.slow
@pytest.mark.parametrize("published, name", [("1991-05-01", "George H. W. Bush"), ("2003-05-01", "George W. Bush")])
def test_actors_published_date_tells_namesakes_apart(nlp, resolver, published, name):
    actor = actor_of(nlp, resolver, "President Bush criticised the plan.", "Bush", published)
    assert (actor.code, actor.name) == ("USAGOV", name)


@pytest.mark.slow
def test_actors_former_leader_is_an_elite_of_his_country(nlp, resolver):
    actor = actor_of(nlp, resolver, "Bush criticised the plan.", "Bush", "2015-06-01")
    assert (actor.country, actor.sectors) == ("USA", ["ELI"])


@pytest.mark.slow
def test_actors_leader_before_taking_office_keeps_only_the_country(nlp, resolver):
    actor = actor_of(nlp, resolver, "Zelensky spoke on television.", "Zelensky", "2010-06-01")
    assert (actor.code, actor.country, actor.sectors) == ("UKR", "UKR", [])


@pytest.mark.slow
def test_actors_common_surname_names_a_leader_only_after_a_title(nlp, resolver):
    bare = resolver.mentions(nlp("Brown spoke to reporters on Tuesday."))
    assert all(a.country != "GBR" for a in bare)
    titled = actor_of(nlp, resolver, "Prime Minister Brown spoke to reporters on Tuesday.", "Brown", "2009-01-01")
    assert (titled.code, titled.name) == ("GBRGOV", "Gordon Brown")


@pytest.mark.slow
@pytest.mark.parametrize("sentence, phrase", [
    ("Laura Bush visited the school.", "Laura Bush"),
    ("South Korean Foreign Minister Lee Seo-yeon told reporters the talks went well.", "Lee Seo-yeon"),
])
def test_actors_someone_else_with_a_leaders_surname_is_not_the_leader(nlp, resolver, sentence, phrase):
    actor = actor_of(nlp, resolver, sentence, phrase)
    assert phrase in (actor.name or "")
    assert actor.country != "USA"


@pytest.mark.slow
def test_actors_surname_shared_across_countries_follows_the_date(nlp, resolver):
    undated = actor_of(nlp, resolver, "President Castro spoke on the radio.", "Castro")
    assert undated.country == "CUB"  # the holders for whom the bare surname is usual
    dated = actor_of(nlp, resolver, "President Castro spoke on the radio.", "Castro", "2023-03-01")
    assert (dated.country, dated.name) == ("HND", "Xiomara Castro")


@pytest.mark.slow
@pytest.mark.parametrize("published, code, country", [("2001-06-01", "IGOUNO", None), ("2010-06-01", "GHAELI", "GHA")])
def test_actors_head_of_an_igo_is_the_igo_while_in_office(nlp, resolver, published, code, country):
    actor = actor_of(nlp, resolver, "Kofi Annan urged restraint.", "Annan", published)
    assert (actor.code, actor.country) == (code, country)


@pytest.mark.slow
@pytest.mark.parametrize("sentence, phrase, code, kind", [
    ("The Bush administration rejected the offer.", "Bush administration", "USAGOV", "state"),
    ("Putin's spokesman denied the report.", "spokesman", "RUSGOV", "person"),
])
def test_actors_leader_as_modifier_gives_the_country_not_the_name(nlp, resolver, sentence, phrase, code, kind):
    actor = actor_of(nlp, resolver, sentence, phrase, "2005-01-01")
    assert (actor.code, actor.kind) == (code, kind)
    assert actor.name not in ("George W. Bush", "Vladimir Putin")


@pytest.mark.slow
def test_actors_leader_surname_inside_a_place_name_is_no_leader(nlp, resolver):
    actors = resolver.mentions(nlp("Traffic was stopped on the Mandela Bridge for an hour."))
    assert all(a.country != "ZAF" or a.kind != "person" for a in actors)


@pytest.mark.slow
def test_actors_user_dictionary_overrides_a_leader(nlp, tmp_path):
    path = tmp_path / "people.yaml"
    path.write_text("actors:\n  - {phrase: Putin, kind: person, name: Anna Putin, country: FIN}\n", encoding="utf-8")
    custom = ActorResolver.load(extra_files=[path])
    actor = actor_of(nlp, custom, "Putin opened the gallery.", "Putin")
    assert (actor.country, actor.name) == ("FIN", "Anna Putin")


def test_leaders_undated_person_with_several_posts_reads_as_the_latest(code):
    """No publication date: a person who held posts of different bodies is read in the
    latest one (the UN Secretary-General, not Portugal's former prime minister); with a
    date, the post held then."""
    undated = code("Antonio Guterres condemned the attack on Monday.").events
    assert undated and undated[0].source.code == "IGOUNO"
    dated = code("Antonio Guterres condemned the attack on Monday.", published="1999-05-02").events
    assert dated and dated[0].source.code == "PRTGOV"


@pytest.mark.parametrize("text, pair", [
    ("Merkel met Hollande in Paris.", ("DEUGOV", "FRAGOV")),
    ("Modi criticized Pakistan.", ("INDGOV", "PAK")),
])
def test_a_surname_ner_misses_still_names_the_leader_when_it_acts(text, pair):
    from eventdesk.pipeline import code_text

    found = {(e.source.code if e.source else None, e.target.code if e.target else None)
             for e in code_text(text, published="2016-03-01").events}
    assert pair in found, found


def test_a_common_surname_alone_still_needs_a_title():
    from eventdesk.pipeline import code_text

    article = code_text("Modi met Sharif in Lahore.", published="2016-03-01")
    assert not any(a.code.startswith("PAKGOV") for a in article.actors)
