"""Verbal judgments (the judgments stage, events/judgment_stage.py): a quotation or reported
clause that judges an actor with no verb of criticism or praise is an event at the verb of
saying — criticism 111, accusation 112, praise 051 — with the speaker as source and the
judged actor as target; neutral content, negated criticism, self-praise, questions and
judgments the speaker only reports are none."""

import pytest

from eventdesk.pipeline import code_text

STORY = "Senator Bernie Sanders spoke to voters in Iowa on Monday. "


def _events(text):
    record = code_text(STORY + text, published="2016-03-01")
    return [(e.cameo, e.source.text if e.source else None, e.target.text if e.target else None,
             e.trigger.text, e.modality, e.statement) for e in record.events]


def _judgments(text):
    return [e for e in _events(text) if e[0][:2] in ("11", "05")]


@pytest.mark.parametrize("text, code, source, target", [
    # wrongdoing verbs: the subject is accused
    ("Ted Cruz said Hillary Clinton lied to the families.", "112", "Ted Cruz", "Hillary Clinton"),
    ("Marco Rubio said Donald Trump cheated his students.", "112", "Marco Rubio", "Donald Trump"),
    ("Jeb Bush said the Democrats had betrayed the voters.", "112", "Jeb Bush", "Democrats"),
    ("Rand Paul wrote that Hillary Clinton covered up the facts.", "112", "Rand Paul", "Hillary Clinton"),
    # a conduct noun: its owner is judged
    ("Mitt Romney said Barack Obama's failed policies had hurt the middle class.", "111", "Mitt Romney", "Barack Obama"),
    ('"Donald Trump ran a disgraceful campaign," Elizabeth Warren told reporters.', "111", "Elizabeth Warren", "Donald Trump"),
    ('"Joe Biden did a terrific job for this country," Nancy Pelosi said.', "051", "Nancy Pelosi", "Joe Biden"),
    # a predicate after a contracted copula the tagger misreads
    ("“Jeb Bush’s a weak candidate,” Donald Trump said.", "111", "Donald Trump", "Jeb Bush"),
])
def test_a_judgment_in_a_statement_is_an_event_at_the_verb_of_saying(text, code, source, target):
    found = _judgments(text)
    assert any(c == code and s and source in s and t and target in t for c, s, t, *_ in found), found


def test_the_judgment_is_triggered_by_the_cue_and_linked_to_its_statement():
    found = _judgments("Ted Cruz said Hillary Clinton lied to the families.")
    event = next(e for e in found if e[0] == "112")
    assert event[3] == "said" and event[5] is not None


def test_a_pronoun_judged_in_a_quotation_is_the_actor_named_before():
    text = 'Ted Cruz met Donald Trump in Texas. "He is a fraud," Marco Rubio said of Trump.'
    assert any(c == "111" and t and "Trump" in t for c, s, t, *_ in _judgments(text))


@pytest.mark.parametrize("text", [
    "Ted Cruz said Hillary Clinton spoke to the families.",           # neutral content
    "Nancy Pelosi said Paul Ryan is not a liar.",                     # negated criticism
    "Ted Cruz said Hillary Clinton never lied about the emails.",     # negated wrongdoing
    '"I am a terrific candidate," Donald Trump said.',               # self-praise
    '"Our country is a mess," Donald Trump said.',                   # the speaker's own country
    '"It was offensive," Ari Fleischer said.',                        # a thing judged
    '"Is Hillary Clinton a liar?" Donald Trump asked the crowd.',     # a question
    "Stan Greenberg said the plan is convincing voters that Donald Trump is a liar.",  # reported, not made
    "Ted Cruz denied that Hillary Clinton lied to the families.",      # a denial
    "Ted Cruz said the claim that Hillary Clinton lied was never proven.",  # a noun's clause
    "Marco Rubio said voters who cheat on their taxes should pay.",    # a kind of people
    '"The Patriot plan will help coal miners," Ted Cruz said.',       # a name, no praise
])
def test_no_judgment_without_an_asserted_evaluation_of_another_actor(text):
    found = _judgments(text)
    assert not [e for e in found if e[3] in ("said", "asked", "denied")], found


def test_a_negated_praise_word_criticizes():
    assert any(c == "111" and t and "Paul Ryan" in t
               for c, s, t, *_ in _judgments("Nancy Pelosi said Paul Ryan is not qualified."))


def test_hedged_content_is_not_asserted():
    found = [e for e in _judgments("Donald Trump said Ted Cruz might have lied to voters.") if e[0] == "112"]
    assert found and all(e[4] == "hypothetical" for e in found)


def test_a_judgment_the_events_stage_coded_is_not_counted_twice():
    found = _judgments("Bernie Sanders said Hillary Clinton was unfit to serve.")
    assert len([e for e in found if e[0] == "111" and e[2] and "Clinton" in e[2]]) == 1


def test_a_criticism_verb_with_its_saying_clause_is_one_event():
    found = _judgments('Ted Cruz criticized Hillary Clinton on Monday, saying she is "a liar."')
    assert len([e for e in found if e[0][:2] == "11" and e[2] and "Clinton" in e[2]]) == 1, found


@pytest.mark.parametrize("text", [
    "Indian Prime Minister Narendra Modi said India's ties with Japan are excellent.",
    "Russian President Vladimir Putin said Russia's economy was impressive.",
    "A UN spokesman said the humanitarian situation in Yemen was catastrophic.",
])
def test_a_thing_of_an_actors_that_is_no_conduct_judges_nobody(text):
    found = [e for e in code_text(text).events if e.cameo[:2] in ("11", "05")]
    assert not found, found


def test_an_actors_conduct_judges_the_actor():
    found = code_text("Turkey's foreign minister said Greece's actions were unacceptable.").events
    assert any(e.cameo == "111" and e.target and e.target.code == "GRC" for e in found), found


def test_a_pronoun_in_a_quotation_is_not_its_speaker():
    # the speaker of a quotation says "I": "she" is the woman named before, not Ann Loft
    text = ("“Nobody works harder than Mary Hayes,” said Ann Loft, the party chairwoman. "
            "“She has been a champion of working families.”")
    found = _judgments(text)
    assert any(c == "051" and s and "Ann Loft" in s and t and "Mary Hayes" in t for c, s, t, *_ in found), found


def test_the_speakers_own_belief_in_reported_speech_is_a_judgment():
    # "she thought" in reported speech is the speaker's own view, not someone else's
    found = _judgments("Senator Ann Loft told reporters she thought Governor Mark Hayes had lied about the budget.")
    assert any(c == "112" and s and "Ann Loft" in s and t and "Mark Hayes" in t for c, s, t, *_ in found), found
    # others' beliefs stay reported, not made
    assert not [e for e in _judgments("Ann Loft said the voters thought Mark Hayes had lied.") if e[3] == "said"]


def test_a_pronoun_in_reported_speech_may_be_its_speaker():
    # "Ann Loft said she is a champion": self-praise, no event
    assert not _judgments("Ann Loft said she is a champion of working families.")


@pytest.mark.parametrize("text, code, source, target", [
    # an adjective the tagger reads as a passive participle, and a later conjunct
    ('"Donald Trump is unhinged," Elizabeth Warren said.', "111", "Elizabeth Warren", "Donald Trump"),
    ('"Hillary Clinton is thoughtful and articulate," Joe Biden said.', "051", "Joe Biden", "Hillary Clinton"),
    # a clause with no verb under a verb of judging
    ("Ted Cruz considers Donald Trump a phony.", "111", "Ted Cruz", "Donald Trump"),
    # "make" with a role for object
    ('"Hillary Clinton would make a terrible president," Donald Trump said.', "111", "Donald Trump", "Hillary Clinton"),
    ('"Joe Biden would make a great running mate," Nancy Pelosi said.', "051", "Nancy Pelosi", "Joe Biden"),
    # a virtue lacked, a threat posed, credit or blame deserved, an apology owed
    ("Mitt Romney wrote that Donald Trump lacks the temperament to lead.", "111", "Mitt Romney", "Donald Trump"),
    ('"Donald Trump poses a threat to our democracy," Hillary Clinton said.', "111", "Hillary Clinton", "Donald Trump"),
    ('"Nancy Pelosi deserves credit for the deal," Joe Biden said.', "051", "Joe Biden", "Nancy Pelosi"),
    ('"Hillary Clinton owes the families an apology," Marco Rubio said.', "111", "Marco Rubio", "Hillary Clinton"),
    # insults and their superlatives
    ('"Ted Cruz is a con man," Donald Trump said.', "111", "Donald Trump", "Ted Cruz"),
    ('"Jeb Bush is the worst candidate in the field," Donald Trump said.', "111", "Donald Trump", "Jeb Bush"),
    # verbs of saying the event coder does not read as speech
    ('"Hillary Clinton is a total fraud," Donald Trump tweeted.', "111", "Donald Trump", "Hillary Clinton"),
    ('"Donald Trump will be a disaster for this party," Jeb Bush predicted.', "111", "Jeb Bush", "Donald Trump"),
])
def test_judgments_by_predicate_construction_and_word_class(text, code, source, target):
    found = _judgments(text)
    assert any(c == code and s and source in s and t and target in t for c, s, t, *_ in found), found


@pytest.mark.parametrize("text", [
    '"Hillary Clinton was a special envoy," Donald Trump said.',           # a title, no praise
    '"Hillary Clinton was shot at in Bosnia," Donald Trump said.',         # no judgment in "shot"
    '"Hillary Clinton made a joke about it," Donald Trump said.',          # no role made
    '"Hillary Clinton is able to win Ohio," Joe Biden said.',              # ability, no praise
    "Joe Biden said Hillary Clinton ran a presidential campaign in 2008.",  # a classifier, no praise
    "Joe Biden said the bill is a good example of the problem.",            # an illustration, no praise
    '"Hillary Clinton tweeted her support for the bill," Joe Biden said.',  # neutral content
])
def test_no_judgment_from_titles_classifiers_or_literal_words(text):
    found = _judgments(text)
    assert not [e for e in found if e[3] in ("said", "tweeted")], found


def test_a_verbs_passive_is_no_adjective_predicate():
    # "bullied" is the passive of a verb, not the noun "bully" said of the subject
    found = _judgments('"The voters are bullied by the party," Donald Trump said.')
    assert not [e for e in found if e[3] == "said"], found


def test_a_judgment_put_as_a_condition_is_none():
    found = _judgments('"If Barack Obama is not intelligent, then nobody is," Joe Biden said.')
    assert not [e for e in found if e[3] == "said"], found


def test_a_judgment_under_a_condition_is_hypothetical():
    found = [e for e in _judgments('"If Donald Trump wins, he will be a disaster," Joe Biden said.') if e[0] == "111"]
    assert found and all(e[4] == "hypothetical" for e in found), found


@pytest.mark.parametrize("text, code, source, target", [
    # a passive verb of wrongdoing: its agent is accused
    ('"The port was sold out by John Kerry," Donald Trump said.', "112", "Donald Trump", "John Kerry"),
    ("Ted Cruz said the voters had been betrayed by Hillary Clinton.", "112", "Ted Cruz", "Hillary Clinton"),
    # a quality: its possessor, or the subject of "have" / "show", is judged
    ("Hillary Clinton said Donald Trump's bigotry had no place in America.", "111", "Hillary Clinton", "Donald Trump"),
    ('"Donald Trump has the courage to fight for workers," Chris Christie said.', "051", "Chris Christie", "Donald Trump"),
    ("Jeb Bush said Barack Obama had shown incompetence in Syria.", "111", "Jeb Bush", "Barack Obama"),
    ('"Donald Trump has no decency," Hillary Clinton said.', "111", "Hillary Clinton", "Donald Trump"),
    ('"Hillary Clinton\'s lies have hurt the families," Donald Trump told reporters.', "112", "Donald Trump", "Hillary Clinton"),
    # what someone did or said, judged; the things someone says
    ('"What Hillary Clinton did was a disgrace," Donald Trump said.', "111", "Donald Trump", "Hillary Clinton"),
    ("Governor Ann Lowe said Senator Dan Ortiz says a lot of foolish stuff.", "111", "Governor Ann Lowe", "Senator Dan Ortiz"),
    ('"Marco Rubio has said many dumb things," Ted Cruz said.', "111", "Ted Cruz", "Marco Rubio"),
    # an insulting nickname
    ('Donald Trump said, "It is a month since crooked Hillary Clinton answered a question from us."',
     "111", "Donald Trump", "Hillary Clinton"),
])
def test_judgments_through_an_agent_a_quality_a_deed_or_a_nickname(text, code, source, target):
    found = _judgments(text)
    assert any(c == code and s and source in s and t and target in t for c, s, t, *_ in found), found


def test_the_words_that_attribute_a_quotation_are_no_part_of_it():
    # a quotation of two sentences around its "said": the judgment in the first is the speaker's own
    text = 'Donald Trump spoke in Ohio. "He is a racist," said Eli Cohen, a lawmaker. "He divides the country."'
    found = _judgments(text)
    assert any(c == "111" and s and "Eli Cohen" in s and t and "Trump" in t for c, s, t, *_ in found), found


@pytest.mark.parametrize("text", [
    '"What happened in Benghazi was a disgrace," Donald Trump said.',   # what happened: no doer
    'Darrell Issa said, "This is where her honesty is in question."',   # a virtue doubted, no praise
    '"Marco Rubio has a plan for the economy," Jeb Bush said.',         # having no quality
    "Donald Trump said the strength of the economy was important.",     # a quality of no actor
])
def test_no_judgment_from_a_deed_without_doer_or_a_quality_of_no_one(text):
    found = _judgments(text)
    assert not [e for e in found if e[3] == "said"], found


@pytest.mark.parametrize("text, code, source, target", [
    # a verb of mistreating people, of failing them, of making things up or hiding them
    ("Senator Tom Udall said Donald Trump insulted Muslim Americans again.", "111", "Tom Udall", "Donald Trump"),
    ("Senator Tom Udall said President Obama had failed the American people.", "111", "Tom Udall", "Obama"),
    ("Rep. Ann Lee said Governor Chris Christie made up the story.", "112", "Ann Lee", "Chris Christie"),
    ("Senator Tom Udall said Hillary Clinton hid the emails from investigators.", "112", "Tom Udall", "Hillary Clinton"),
    ("“Donald Trump melted down on the stage,” Senator Mitt Romney said.", "111", "Mitt Romney", "Donald Trump"),
    # the speaker's feeling about another
    ("“I am deeply disappointed in Donald Trump,” Senator Mitt Romney said.", "111", "Mitt Romney", "Donald Trump"),
    ("Senator Tom Udall said he was ashamed that Governor Chris Christie would endorse him.", "111", "Tom Udall", "Chris Christie"),
    ("“We are very proud of Hillary Clinton,” Senator Tim Kaine said.", "051", "Tim Kaine", "Hillary Clinton"),
    ("“I am not impressed with Senator Ted Cruz,” Governor John Kasich said.", "111", "John Kasich", "Ted Cruz"),
])
def test_a_deed_against_people_or_a_feeling_about_another_judges(text, code, source, target):
    found = _judgments(text)
    assert any(c == code and s and source in s and t and target in t for c, s, t, *_ in found), found


@pytest.mark.parametrize("text", [
    "Senator Tom Udall said Hillary Clinton hid in her office during the storm.",
    "Senator Tom Udall said President Obama had not failed the American people.",
    "“I am pleased to announce my candidacy,” Senator Ted Cruz said.",
    "“I am disappointed in the result,” Senator Tom Udall said.",
    "“I am not disappointed in Donald Trump,” Senator Mitt Romney said.",
    "Senator Tom Udall said voters were disappointed in Donald Trump.",
])
def test_no_judgment_from_a_literal_deed_a_denial_or_a_feeling_of_others(text):
    assert not [e for e in _judgments(text) if e[3].endswith("said")], _judgments(text)


@pytest.mark.parametrize("text, code, target", [
    ("Senator Tom Udall said Donald Trump acted irresponsibly.", "111", "Donald Trump"),
    ("“Hillary Clinton treated the families disrespectfully,” Senator Tom Udall said.", "111", "Hillary Clinton"),
    ("Senator Tom Udall said Governor Chris Christie handled the crisis wisely.", "051", "Chris Christie"),
])
def test_an_adverb_of_manner_judges_the_doer(text, code, target):
    found = _judgments(text)
    assert any(c == code and t and target in t for c, s, t, *_ in found), found


def test_a_denied_fault_or_a_deed_of_no_one_is_no_judgment():
    for text in ("Senator Tom Udall said Governor Chris Christie did not act recklessly.",
                 "Senator Tom Udall said the money was spent unwisely."):
        assert not [e for e in _judgments(text) if e[3].endswith("said")], text
