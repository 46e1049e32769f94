"""Whose country an actor is when the story is about another: a title only one country's
offices bear, a name its sentence gives in full further on, a group at the place where
the action happens, and law enforcement as police (CAMEO COP)."""

from eventdesk.pipeline import code_text

LIBYAN_STORY = ("Libyan militias clashed in Tripoli on Monday. Libya's government said the fighting "
                "in Libya had killed ten people. ")


def _events(text, published="2016-05-05"):
    return [(e.cameo, e.source.text if e.source else None, e.source.code if e.source else None,
             e.target.text if e.target else None, e.target.code if e.target else None)
            for e in code_text(text, published=published).events]


def _source_code(events, source_text):
    return next(e[2] for e in events if e[1] == source_text)


def test_a_us_only_title_keeps_its_holder_american_in_a_foreign_story():
    events = _events(LIBYAN_STORY + "Congressman Trey Gowdy accused the Libyan government of lying. "
                     "Rep. Adam Schiff praised the Libyan prime minister.")
    assert _source_code(events, "Congressman Trey Gowdy") == "USALEG"
    assert _source_code(events, "Rep. Adam Schiff") == "USALEG"


def test_a_person_named_with_a_us_title_keeps_the_country_by_surname_later():
    events = _events(LIBYAN_STORY + "Congressman Trey Gowdy accused the Libyan government of lying. "
                     "Later, Gowdy criticized Libyan militias.")
    assert _source_code(events, "Gowdy") == "USALEG"


def test_a_country_named_with_the_title_still_wins():
    events = _events("Nigerian senators accused the army of abuses.")
    assert events and events[0][2] == "NGALEG"


def test_a_name_given_in_full_later_in_its_sentence_is_that_person():
    text = ("Israel criticized the deal on Monday. Israeli officials said the talks with Iran had failed "
            "in Israel's view. \"Israel was betrayed by Kerry,\" Netanyahu said on Tuesday, referring to "
            "Secretary of State John Kerry, the lead American negotiator.")
    targets = [e[4] for e in _events(text) if e[3] == "Kerry"]
    assert targets == ["USAGOV"]


def test_a_group_target_takes_the_country_of_the_place_of_the_action():
    events = _events("Russian jets bombed civilians in northern Syria, a Turkish official said.")
    assert events and events[0][4] == "SYRCVL"
    events = _events("The U.S. military said its forces detained civilians from Iraq.")
    assert events and events[0][4] == "IRQCVL"


def test_a_group_hit_by_an_event_noun_s_clause_is_of_the_noun_s_place():
    events = _events("The Pentagon opened an inquiry into an American air strike in eastern Afghanistan "
                     "that killed four villagers.")
    assert ("AFGCVL" in [e[4] for e in events if e[3] == "four villagers"])


def test_law_enforcement_is_police():
    assert _events("Law enforcement arrested three protesters in Lagos on Monday.")[0][2] == "NGACOP"
    assert _events("Kenyan law enforcement agencies arrested three journalists.")[0][2] == "KENCOP"
    assert _events("Law enforcement officials detained the opposition leader in Nairobi.")[0][2] == "KENCOP"
    assert _events("The Zimbabwean police force raided the offices of the opposition party.")[0][2] == "ZWECOP"


US_STORY = ("The House passed a farm bill in Washington on Monday. American lawmakers argued over "
            "dairy subsidies for hours. ")


def test_a_titled_person_takes_no_country_from_the_other_side_of_the_event():
    # source and target are two actors: the target's country is not the senator's
    assert _source_code(_events("Senator Marla Vinton denounced Peru on Friday."),
                        "Senator Marla Vinton") == "LEG"
    assert _source_code(_events("Senator Marla Vinton rebuked the Peruvian government."),
                        "Senator Marla Vinton") == "LEG"
    assert _source_code(_events("Senator Marla Vinton said Peru must pay for the damage."),
                        "Senator Marla Vinton") == "LEG"


def test_a_titled_person_in_a_domestic_story_takes_the_story_s_country_not_the_target_s():
    events = _events(US_STORY + "Senator Marla Vinton denounced Peru on Friday.")
    assert _source_code(events, "Senator Marla Vinton") == "USALEG"
    events = _events(US_STORY + "Senator Marla Vinton denounced the dairy plan.")
    assert _source_code(events, "Senator Marla Vinton") == "USALEG"


def test_a_country_the_text_gives_the_person_still_wins():
    assert _events("Peru's foreign minister denounced the United States.")[0][2] == "PERGOV"
    assert _events("Peruvian senator Marla Vinton denounced the United States.")[0][2] == "PERLEG"
    assert _events("The senator from Ohio denounced Peru on Friday.")[0][2] == "USALEG"
