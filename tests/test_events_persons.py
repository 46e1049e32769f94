"""People in events: two persons of one government are two actors, and a person the
dictionaries do not know is read as a national of the country a domestic story is about."""

from eventdesk.pipeline import code_text


def _events(text, published="2012-05-05"):
    return [(e.cameo, e.source.text if e.source else None, e.source.code if e.source else None,
             e.target.text if e.target else None, e.target.code if e.target else None)
            for e in code_text(text, published=published).events]


def test_two_officials_of_one_government_are_two_actors():
    events = _events("President Barack Obama met Vice President Joe Biden on Monday.")
    assert ("040", "President Barack Obama", "USAGOV", "Vice President Joe Biden", "USAGOV") in events


def test_one_actor_is_still_no_target_of_itself():
    events = _events("Germany and France agreed to cooperate on border controls.")
    assert events and all(source != target for _, _, source, _, target in events)


def test_unknown_people_of_a_domestic_story_take_its_country():
    text = ("Senator Bernie Sanders spoke in Iowa on Monday. "
            "Ted Cruz met Marco Rubio in Washington on Tuesday. "
            "Rubio later accused Mr. Cruz of lying about his record.")
    events = _events(text, published="2016-03-01")
    consult = [e for e in events if e[0].startswith("04")]
    assert consult and consult[0][1] == "Ted Cruz" and consult[0][2] == "USA"
    assert consult[0][3] == "Marco Rubio" and consult[0][4].startswith("USA")
    assert any(e[0].startswith("112") and e[2].startswith("USA") and e[4] == "USA" for e in events)


def test_the_sentence_alone_gives_an_unknown_person_no_country():
    # One sentence says nothing of whose national the critic's target is.
    assert _events("The Chinese government criticized Bernie Sanders.", published="2016-03-01") == []


def test_a_person_is_not_given_the_story_country_when_the_sentence_names_another():
    text = ("Senator Bernie Sanders spoke in Iowa on Monday. "
            "Ahmed Hassan met Egyptian officials in Cairo on Tuesday.")
    assert not [e for e in _events(text, published="2016-03-01") if e[1] == "Ahmed Hassan" and e[2] == "USA"]


def test_a_person_named_in_full_is_known_again_by_surname():
    # "Vesper" alone, which the tagger may read as an organisation, is the person named in
    # full before ("candidate": OPP); of the story's country, he criticizes.
    text = ("Republican vice presidential candidate Dale Vesper spoke to reporters in Ohio on Monday. "
            "Vesper criticized Hillary Clinton over her emails.")
    events = _events(text, published="2016-03-01")
    assert any(e[0] == "111" and e[1] == "Vesper" and e[2] == "USAOPP" and e[4].startswith("USA") for e in events), events


def test_a_surname_alone_is_a_titled_person_before_one_named_in_full():
    # the registry prefers the person named with a title: "Ellison" is the senator
    text = ("Senator Mary Ellison spoke in Iowa on Monday. Tom Ellison, her brother, watched. "
            "Ellison later praised Donald Trump.")
    events = _events(text, published="2016-03-01")
    praise = [e for e in events if e[0] == "051"]
    assert praise and praise[0][2] == "USALEG", events


def test_a_person_the_tagger_reads_as_an_organisation_is_a_person():
    # "Brent Calloway" has a person's shape (two capitalised words, no organisation's last
    # word): a national of the story's country, also when named again by surname
    story = "Senator Bernie Sanders spoke in Iowa on Monday. "
    events = _events(story + "Talk radio host Brent Calloway blasted Hillary Clinton.", published="2016-03-01")
    assert any(e[0] == "111" and e[1] == "Brent Calloway" and e[2] == "USA" for e in events), events
    events = _events(story + "Talk radio host Brent Calloway spoke on Tuesday. Calloway later blasted Hillary Clinton.",
                     published="2016-03-01")
    assert any(e[0] == "111" and e[1] == "Calloway" and e[2] == "USA" for e in events), events


def test_a_name_with_an_organisations_last_word_is_no_person():
    from eventdesk.pipeline import get_pipeline
    from eventdesk.settings import Settings
    from eventdesk.model import Article

    pipeline = get_pipeline(Settings.from_env())
    for text, name in (("Calloway Media blasted Hillary Clinton.", "Calloway Media"),
                       ("Brent Calloway Institute blasted Hillary Clinton.", "Brent Calloway Institute")):
        doc = pipeline.nlp(pipeline.make_doc(Article(text=text, id="t")))
        actors = [a for a in doc._.actors if a.text == name]
        assert actors and all(a.kind != "person" for a in actors), actors
    # a town the gazetteer knows is no person either
    doc = pipeline.nlp(pipeline.make_doc(Article(text="Fighters shelled El Fasher on Monday.", id="t")))
    assert all(a.kind != "person" for a in doc._.actors if "Fasher" in a.text), doc._.actors
    doc = pipeline.nlp(pipeline.make_doc(Article(text="Talk radio host Brent Calloway blasted Hillary Clinton.", id="t")))
    assert any(a.kind == "person" and "Brent Calloway" in a.text for a in doc._.actors), doc._.actors


def test_an_object_pronoun_is_not_its_own_clauses_subject():
    # "She applauded him": him is the man named before, not she (who would be "herself")
    text = ("Senator Bernie Sanders spoke in Iowa on Monday. "
            "Carla Finch came out for Sen. Ted Cruz at a diner on Wednesday. "
            "She applauded him for standing up to the party bosses.")
    events = _events(text, published="2016-03-01")
    praise = [e for e in events if e[0] == "051" and e[1] == "Carla Finch"]
    assert len(praise) == 2 and all(e[3] == "Sen. Ted Cruz" for e in praise), events


def test_a_surname_that_is_a_country_word_names_the_person_named_before():
    # "Cuban" after "Mark Cuban" is the businessman, not Cuba; "Cuban officials" stay Cuban.
    text = ("Businessman Mark Cuban spoke in Ohio on Monday. "
            "Cuban criticized Senator Ted Cruz of Texas on Tuesday.")
    events = _events(text, published="2016-03-01")
    critic = [e for e in events if e[0].startswith("11")]
    assert critic and critic[0][1] == "Cuban" and critic[0][2].startswith("USA")
    officials = _events("Cuban officials criticized Senator Ted Cruz of Texas.", published="2016-03-01")
    assert officials and officials[0][2] == "CUBGOV"


def test_an_agency_dateline_in_ordinary_case_is_no_part_of_the_actor():
    text = "Des Moines (AFP) – Vice President Joe Biden on Monday criticized Donald Trump."
    events = _events(text, published="2016-08-15")
    assert events and events[0][1] == "Vice President Joe Biden" and events[0][2] == "USAGOV"


def test_a_party_adjective_gives_a_role_its_party_s_country():
    # No country is named: the party says whose lawmakers these are.
    events = _events("Key Democratic lawmakers criticized the budget plan on Tuesday.", published="2016-05-01")
    assert events and events[0][1] == "Key Democratic lawmakers" and events[0][2] == "USALEG"
    events = _events("Tory MPs criticized the budget plan on Tuesday.", published="2016-05-01")
    assert events and events[0][2] == "GBRLEG"
    # another party's name, and a named unit, are not the party
    events = _events("Christian Democratic lawmakers criticized the budget plan.", published="2016-05-01")
    assert all(not (e[2] or "").startswith("USA") for e in events)
    events = _events("The Republican Guard attacked the town on Friday.", published="2016-05-01")
    assert all(not (e[2] or "").startswith("USA") for e in events)


def test_believers_named_by_their_faith_alone_take_no_country_from_the_story():
    text = ("Governor Jane Doe spoke in Ohio on Monday. "
            "The senator called for a ban on Christians entering the United States. "
            "The senator said he would require American Christians to register with the police.")
    events = _events(text, published="2016-03-01")
    targets = {e[3]: e[4] for e in events if e[3]}
    assert targets.get("Christians") == "CHR"
    assert targets.get("American Christians", "").startswith("USA")


def test_an_unknown_person_in_the_first_line_takes_the_country_the_rest_of_the_story_is_about():
    # nothing before the first sentence names a country; the story after it is American
    text = ("Ben Carson criticized Hillary Clinton on Tuesday. Carson spoke to voters in Iowa. "
            "Donald Trump later praised Carson.")
    events = _events(text, published="2016-03-01")
    assert any(e[0] == "111" and e[1] == "Ben Carson" and e[2] == "USA" for e in events), events


def test_the_rest_of_the_story_gives_no_country_against_the_sentences_own():
    # the first line names China; the story after it is American: no country for the critic
    text = "Lin Wei criticized the Chinese government on Tuesday. Donald Trump spoke to voters in Iowa."
    assert not [e for e in _events(text, published="2016-03-01") if e[1] == "Lin Wei"]


def test_a_description_of_a_named_person_stands_for_that_person():
    # "the host" gives no sector of its own: the person the earlier sentence is about
    text = ("Donald Trump spoke in Ohio on Monday. Sean Hannity interviewed Trump on Fox News. "
            "The host praised Ted Cruz.")
    events = _events(text, published="2016-03-01")
    assert any(e[0] == "051" and e[1] == "Sean Hannity" and e[2] == "USA" and e[3] == "Ted Cruz"
               for e in events), events


def test_a_description_of_a_foreign_person_in_an_american_story_takes_no_american_country():
    text = ("Chinese President Xi Jinping spoke in Beijing on Monday. The billionaire Jack Ma met him. "
            "Later the billionaire criticized Donald Trump.")
    events = _events(text, published="2016-03-01")
    assert not [e for e in events if e[0] == "111" and e[2] and e[2].startswith("USA")], events


def test_a_description_in_the_plural_stands_for_no_one_person():
    text = ("Sen. Bernie Sanders spoke in Iowa on Monday. "
            "The Republican hopefuls sparred about farm subsidies.")
    events = _events(text, published="2016-03-01")
    assert not [e for e in events if e[2] and "LEG" in e[2]], events


def test_a_surname_alone_is_the_namesake_the_story_named_in_full():
    # "Bush" after "Jeb Bush" is Jeb Bush, not the former president; a title still names him
    events = _events("Jeb Bush spoke in Iowa on Monday. Donald Trump criticized Bush on Tuesday.",
                     published="2016-03-01")
    assert any(e[0] == "111" and e[3] == "Bush" and e[4] == "USA" for e in events), events
    events = _events("Jeb Bush spoke in Iowa on Monday. Donald Trump criticized President Bush on Tuesday.",
                     published="2016-03-01")
    assert any(e[0] == "111" and e[4] == "USAELI" for e in events), events


def test_a_foreign_country_merely_named_does_not_take_the_person_from_the_story():
    # An American story: the Mexican government is the target, not the critic's country.
    text = ("WASHINGTON (AP) - The White House criticized Congress on Monday. "
            "Walter Brennig criticized the Mexican government.")
    events = _events(text, published="2016-03-01")
    assert any(e[0] == "111" and e[1] == "Walter Brennig" and e[2] == "USA" and e[4] == "MEXGOV"
               for e in events), events


def test_a_foreign_person_in_the_sentence_does_not_take_the_person_from_the_story():
    text = ("Senator Bernie Sanders spoke in Iowa on Monday. "
            "Nora Kettleby praised the Lebanese businessman Gilbert Chagoury.")
    events = _events(text, published="2016-03-01")
    assert any(e[1] == "Nora Kettleby" and e[2] == "USA" and e[4].startswith("LBN") for e in events), events


def test_a_person_the_sentence_ties_to_another_country_is_not_given_the_story_country():
    for sentence in ("Walter Brennig is a lawmaker from Mexico and accused the State Department of lying.",
                     "Walter Brennig met Mexican officials in Mexico City on Tuesday."):
        text = "WASHINGTON (AP) - The White House criticized Congress on Monday. " + sentence
        assert not [e for e in _events(text, published="2016-03-01")
                    if e[1] == "Walter Brennig" and e[2] == "USA"], sentence


def test_a_territory_named_with_its_state_makes_the_story_the_state_s():
    # Puerto Rico is named more often than the United States; the story is still American.
    text = ("Puerto Rico faces a debt crisis. The Puerto Rican governor spoke on Monday. "
            "Puerto Rico cannot pay its creditors. Senate Democrats met in the Capitol. "
            "Walter Brennig criticized the debt deal.")
    events = _events(text, published="2016-03-01")
    assert any(e[0] == "111" and e[1] == "Walter Brennig" and e[2] == "USA" for e in events), events


def test_politicians_are_a_role_of_the_story_country():
    text = ("WASHINGTON (AP) - The White House criticized Congress on Monday. "
            "Several Republican politicians praised Donald Trump.")
    events = _events(text, published="2016-03-01")
    assert any(e[0] == "051" and e[1] == "Several Republican politicians" and e[2].startswith("USA")
               for e in events), events


def test_an_adjective_written_next_to_american_gives_the_people_their_american_country():
    # "Cuban American" without a hyphen, as "Cuban-American": Americans of Cuban origin
    text = ("WASHINGTON (AP) - The White House criticized Congress on Monday. "
            "Cuban American lawmakers criticized Donald Trump.")
    events = [e for e in _events(text, published="2016-03-01") if e[1] == "Cuban American lawmakers"]
    assert events and all(e[2] == "USALEG" for e in events), events


def test_a_person_read_as_a_national_keeps_the_country_where_the_story_names_two():
    # The story names China and the United States alike by the last sentence; "Mr. Wen" is
    # the Wen Jiabo read as Chinese before (family name first).
    text = ("China announced new steel quotas on Monday. Wen Jiabo criticized the plan. "
            "The United States criticized China. American officials met Chinese officials in Washington. "
            "Mr. Wen criticized the American officials.")
    events = _events(text, published="2016-06-07")
    assert any(e[1] == "Mr. Wen" and e[2] == "CHN" and e[4] == "USAGOV" for e in events), events


def test_a_name_written_family_name_first_is_known_again_by_its_first_word():
    # Chinese and Korean names put the family name first: "Mr. Zhao" is Zhao Mingde.
    text = ("China's commerce minister Zhao Mingde met European trade officials in Beijing on Monday. "
            "Later on Monday, Mr. Zhao accused the European Union of protectionism.")
    assert any(e[0].startswith("112") and e[1] == "Mr. Zhao" and e[2] == "CHNGOV" for e in _events(text))
    text = ("South Korea's trade minister Park Sung-ho met Japanese officials in Seoul on Tuesday. "
            "On Wednesday, Park criticized Japan over its export curbs.")
    assert any(e[0].startswith("11") and e[1] == "Park" and e[2] == "KORGOV" for e in _events(text))
    # Not a Western given name: an American "Lou Hartley" is not the "Lou" a later sentence names.
    text = ("American actor Lou Hartley met Chinese officials in Beijing on Monday. "
            "Chinese state media said on Tuesday that Lou criticized the governor of Hebei.")
    sources = [e.source for e in code_text(text, published="2012-05-05").events if e.source]
    assert not any(a.text == "Lou" and a.name == "Lou Hartley" for a in sources)
    text = ("China's commerce minister Zhao Mingde met European trade officials in Beijing on Monday. "
            "On Tuesday, Lou criticized the governor of Hebei.")
    sources = [e.source for e in code_text(text, published="2012-05-05").events if e.source]
    assert not any(a.text == "Lou" and a.name == "Zhao Mingde" for a in sources)


def test_a_title_before_the_name_stays_with_the_person_named_again():
    # "the finance minister, Carlos Ibarra": the title in front still tells who Mr. Ibarra is.
    text = ("Peru's finance minister, Carlos Ibarra, said the budget would be cut on Monday. "
            "On Tuesday, Mr. Ibarra accused Chile of dumping copper.")
    assert any(e[0].startswith("112") and e[1] == "Mr. Ibarra" and e[2] == "PERGOV" and e[4] == "CHL"
               for e in _events(text))


def test_a_titled_person_keeps_the_country_where_the_story_names_two():
    # "The finance minister, Guo Hanlin" is read as Chinese in a Chinese stretch; by the
    # last sentence the story names China and the United States alike.
    text = ("China announced new steel quotas on Monday. The finance minister, Guo Hanlin, "
            "praised Chinese steel workers. The United States criticized China. "
            "American officials met Chinese officials in Washington. "
            "Mr. Guo criticized the American officials.")
    events = _events(text, published="2016-06-07")
    assert any(e[1] == "Mr. Guo" and e[2] == "CHNGOV" and e[4] == "USAGOV" for e in events), events


def test_a_party_donor_named_later_by_surname_keeps_the_partys_country_abroad():
    # a story datelined abroad: the donor named in the party's phrase is still American
    text = ("SINGAPORE (Reuters) - Leading Democratic Party donor Harold Brennan said on Monday he had "
            "met Hillary Clinton last week. Hours later, Clinton praised Brennan in a radio interview.")
    praise = [e for e in _events(text, published="2016-03-01") if e[0].startswith("05")]
    assert praise and praise[0][3] == "Brennan" and praise[0][4].startswith("USA"), praise
