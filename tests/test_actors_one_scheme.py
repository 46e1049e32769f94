"""One code per actor in one scheme (ISO alpha-3 + CAMEO sectors): legacy CAMEO country codes,
ethnic adjectives that stand for a state, state institutions named without their state,
titles that pick a leader's role, datelines and news agencies."""

from __future__ import annotations

import pytest

from eventdesk.actors import ActorResolver
from eventdesk.actors.codes import iso_actor_code
from eventdesk.ingest import clean
from eventdesk.model import Article

pytestmark = pytest.mark.slow


def find(actors, text):
    hits = [a for a in actors if a.text == text]
    assert len(hits) == 1, [(a.text, a.code) for a in actors]
    return hits[0]


@pytest.mark.parametrize("code, expected", [
    ("JAPGOV", "JPNGOV"), ("VTNMIL", "VNMMIL"), ("ITL", "ITA"), ("GZSREB", "PSEREB"),
    ("ROMLEG", "ROULEG"), ("USAGOV", "USAGOV"), ("IGOUNO", "IGOUNO"), ("NGOHRIAMN", "NGOHRIAMN"),
])
def test_codes_legacy_cameo_country_written_the_iso_way(code, expected):
    assert iso_actor_code(code) == expected


def test_actors_user_dictionary_legacy_cameo_code_becomes_iso(nlp, tmp_path):
    path = tmp_path / "legacy.csv"
    path.write_text("phrase,code,kind\nHarbour Office,JAPGOV,organization\n"
                    "Delta Command,VTNMIL,organization\n", encoding="utf-8")
    resolver = ActorResolver.load(extra_files=[path])
    actors = resolver.mentions(nlp("The Harbour Office thanked Delta Command for the rescue."))
    assert [(a.code, a.country) for a in actors] == [("JPNGOV", "JPN"), ("VNMMIL", "VNM")]


def test_actors_user_dictionary_without_a_date_takes_the_latest_role(nlp, tmp_path):
    path = tmp_path / "roles.yaml"
    path.write_text(
        "actors:\n"
        "  - phrases: [Ilse Brandt, Brandt]\n"
        "    kind: person\n"
        "    country: AUT\n"
        "    roles:\n"
        "      - {sectors: [GOV], from: 2008-01-01, to: 2016-12-31}\n"
        "      - {sectors: [OPP], from: 2017-01-01}\n", encoding="utf-8")
    resolver = ActorResolver.load(extra_files=[path])
    doc = nlp("Ilse Brandt criticised the budget.")
    assert find(resolver.mentions(doc), "Ilse Brandt").code == "AUTOPP"
    assert find(resolver.mentions(doc, published="2012-03-01"), "Ilse Brandt").code == "AUTGOV"


@pytest.mark.parametrize("text, phrase, code", [
    # The story names the state the people's adjective stands for.
    ("North Korea launched a satellite. The Korean leader watched from a hill.",
     "The Korean leader", "PRKGOV"),
    ("South Korea held an election. The Korean government promised new housing.",
     "The Korean government", "KORGOV"),
    # An ethnic group that is no state's institution stays the group.
    ("Ethnic Korean traders in Osaka closed their shops.", "Ethnic Korean traders in Osaka", "JPNBUSkor"),
])
def test_actors_ethnic_adjective_of_a_state_is_the_state(resolver, nlp, text, phrase, code):
    assert find(resolver.mentions(nlp(text)), phrase).code == code


def test_actors_ethnic_adjective_of_two_states_stays_unsure_without_context(resolver, nlp):
    actor = find(resolver.mentions(nlp("The Korean leader praised the harvest.")), "The Korean leader")
    assert actor.country is None


@pytest.mark.parametrize("text, phrase, code", [
    ("Prime Minister Antonio Guterres opened a bridge in Lisbon.", "Prime Minister Antonio Guterres", "PRTGOV"),
    ("Portuguese Prime Minister Antonio Guterres met farmers.", "Portuguese Prime Minister Antonio Guterres",
     "PRTGOV"),
    ("UN Secretary-General Antonio Guterres called for calm.", "UN Secretary-General Antonio Guterres", "IGOUNO"),
    # No title and no date: the latest role.
    ("Antonio Guterres called for calm.", "Antonio Guterres", "IGOUNO"),
])
def test_actors_title_in_the_text_picks_the_leaders_role(resolver, nlp, text, phrase, code):
    assert find(resolver.mentions(nlp(text)), phrase).code == code


def test_actors_state_institution_takes_the_articles_country(code):
    record = code("Thai police detained ten students in Chiang Mai on Friday. "
                  "The government later said the military would stay in its barracks.")
    codes = {a.text: a.code for a in record.actors}
    assert codes["The government"] == "THAGOV"
    assert codes["the military"] == "THAMIL"


def test_actors_state_institution_keeps_no_country_when_the_story_names_several(code):
    record = code("Peru and Chile signed a fishing accord. The ministry said talks went on.")
    assert {a.text: a.code for a in record.actors}["The ministry"] == "GOV"


def test_actors_news_agency_gives_no_country_to_the_people_it_reports_on(resolver, nlp):
    doc = nlp("An Associated Press reporter said the ministry had closed the border.")
    ministry = next(t for t in doc if t.text == "ministry")
    assert resolver.context_country(ministry) is None


def test_actors_dateline_with_a_day_and_agency_is_no_actor(code):
    text = "OSLO, Nov 14 (NTB) -- Norway's foreign minister met the Kenyan ambassador."
    article = clean(Article(text=text, id="t"))
    datelines = [text[s:e] for s, e, reason in article.boilerplate if reason == "dateline"]
    assert datelines == ["OSLO, Nov 14 (NTB)"]
    record = code(text)
    assert all(not a.text.startswith("OSLO") for a in record.actors)
    assert {a.code for a in record.actors} == {"NORGOV", "KENGOV"}


def test_actors_dateline_of_an_uncleaned_text_is_no_actor(pipeline):
    # Straight to the pipeline, without the cleaning step: the dateline is still no actor.
    record = pipeline.code(Article(text="LIMA, March 3 (EFE) -- Bolivian police detained two Peruvian truckers.",
                                   id="t"))
    assert [a.text for a in record.actors if a.start < 22] == []
    assert [(e.source.code, e.target.code) for e in record.events] == [("BOLCOP", "PER")]


@pytest.mark.parametrize("text, expected", [
    # Leaders named by name give their countries.
    ("Prime Minister Fumio Kishida met President Nguyen Xuan Phuc in Hanoi. Both leaders condemned the raid.",
     {"JPNGOV", "VNMGOV"}),
    # What the sentence names after the phrase is acted on, not a side.
    ("Japan and Vietnam agreed to boost defence ties. Both leaders criticised China.", {"JPNGOV", "VNMGOV"}),
    # A dateline names no side.
    ("TOKYO (Kyodo) - Peru's president met Chile's president. Both leaders praised the accord.",
     {"PERGOV", "CHLGOV"}),
])
def test_actors_both_leaders_are_the_two_sides_named_before(code, text, expected):
    record = code(text)
    assert {a.code for a in record.actors if a.text == "Both leaders"} == expected


@pytest.mark.parametrize("text, datelines", [
    ("PARLIAMENT HAS SUMMONED HIM — Kenya's parliament summoned the envoy.", []),
    ("LIMA, March 3 (EFE) -- Peru recalled its envoy.", ["LIMA, March 3 (EFE)"]),
    ("BRUSSELS - Belgium recalled its envoy.", ["BRUSSELS"]),
])
def test_content_stage_marks_datelines_of_uncleaned_texts_only(pipeline, text, datelines):
    doc = pipeline.nlp(pipeline.make_doc(Article(text=text, id="t")))
    assert [text[s:e] for s, e, reason in doc._.boilerplate if reason == "dateline"] == datelines


@pytest.mark.parametrize("dateline, country", [
    ("TRIPOLI, Lebanon (Reuters) -", "LBN"),   # Lebanon's Tripoli, not Libya's capital
    ("TRIPOLI (Reuters) -", "LBY"),
    ("SIDON, Lebanon (Reuters) -", "LBN"),
    ("BEIRUT (Reuters) -", "LBN"),
])
def test_a_dateline_naming_its_country_gives_that_country_and_stays_no_actor(code, dateline, country):
    """The country a dateline names outright wins over its city's, and neither the city nor
    the agency is taken for the other side of the event (which would leave the soldiers
    without a country)."""
    record = code(f"{dateline} Gunmen attacked an army post on Sunday, killing two soldiers.", published="2024-05-06")
    assert record.events
    assert {(e.source.code, e.target.code) for e in record.events} == {(f"{country}UAF", f"{country}MIL")}
