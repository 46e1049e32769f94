"""Contested claims: found when two speakers oppose each other on one subject, and only then."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def contests():
    from eventdesk.actors import ActorResolver
    from eventdesk.nlp import load_nlp
    from eventdesk.settings import Settings
    from eventdesk.statements import StatementExtractor

    nlp = load_nlp(Settings())
    extractor = StatementExtractor(ActorResolver.load())

    def _contests(text: str):
        doc = nlp(text)
        doc._.content_sents = list(doc.sents)
        statements, found = extractor(doc)
        by_id = {s.id: s for s in statements}
        return [(c, [by_id[i] for i in c.statements]) for c in found]

    return _contests


def test_contests_same_place_described_with_different_nouns(contests):
    found = contests(
        "Activists say thousands are held in secret prisons in the desert. "
        "The interior ministry says the prisons are rehabilitation centres for drug users."
    )
    assert len(found) == 1
    contest, (first, second) = found[0]
    assert "prisons" in contest.subject.text
    assert first.speaker.text == "Activists" and second.speaker.text == "The interior ministry"
    assert contest.speakers == [first.speaker.name or first.speaker.text, second.speaker.name or second.speaker.text]


def test_contests_denial_of_deaths_against_a_death_toll(contests):
    found = contests("Villagers said the raid killed 12 farmers. The police denied any deaths.")
    assert len(found) == 1
    assert [s.cue.lemma for s in found[0][1]] == ["say", "deny"]


def test_contests_rejecting_the_allegation_contests_the_statement_before(contests):
    found = contests(
        "The union alleges that the factory dumped waste in the river. "
        "The company rejected the allegation."
    )
    assert len(found) == 1
    assert "allegation" in found[0][0].subject.text


def test_contests_rejecting_the_allegation_contests_only_the_nearest_statement(contests):
    found = contests(
        "A farmers' union alleges that the factory dumped waste in the river. "
        "The mayor said inspectors would visit the site. "
        "The company rejected the allegation."
    )
    assert [[s.cue.lemma for s in pair] for _, pair in found] == [["say", "reject"]]


def test_contests_same_predicate_asserted_and_negated(contests):
    found = contests(
        "The ministry said the vaccine was safe. Independent doctors said it was not safe for children."
    )
    assert len(found) == 1
    assert "vaccine" in found[0][0].subject.text


def test_contests_doubt_about_a_group_a_government_names(contests):
    found = contests(
        "The government says a group called the Red Hand planned the bombings. "
        "Researchers have cast doubt on the existence of the group."
    )
    assert len(found) == 1
    assert found[0][0].subject.text == "group"


@pytest.mark.parametrize(
    "text",
    [
        # different subjects
        "The mayor said the bridge would reopen in May. The council said taxes would rise in June.",
        # the same subject, no opposition
        "The ministry said the hospital would get new beds. Nurses at the hospital said the beds were welcome.",
        # one speaker contradicting nobody but itself stays out: same side
        "The army said the road was open. The army later denied that the road was closed.",
        # a denial about something else
        "The rebels said they had taken the airport. The government denied reports of a coup in the capital.",
        # two speakers agreeing
        "Rights groups said the election was unfair. Foreign observers also said the election was unfair.",
    ],
)
def test_contests_not_found_without_opposition_on_one_subject(contests, text):
    assert contests(text) == []


def test_contests_a_statement_without_speaker_is_no_side(contests):
    """An impression with no speaker ("it appears that ...") before a claim and its denial:
    the denial contests the claim, and the speakerless statement is no side (it once broke
    the search for the denied claim)."""
    found = contests("It appears that the talks have stalled. "
                     "The opposition said the army shelled the market on Friday. "
                     "The army's spokesman rejected the allegation on Saturday.")
    assert len(found) == 1, found
    assert [s.speaker.text for s in found[0][1]] == ["The opposition", "The army's spokesman"]


@pytest.mark.parametrize(
    "text",
    [
        # "he" in both statements may be two people
        "The mayor said he had never met the builder. A neighbour said he had met the inspector last week.",
        # a verb as light as "have" is no claim two speakers contest
        "The minister said the farmers have no water. The union said the farmers have new tractors.",
        # a question asserts nothing
        "The governor said the budget was balanced. Reporters asked why the budget was not balanced.",
        # a compound is part of a name ("tax plan"), not the other side's description of it
        "The senator called the tax plan a giveaway. Economists said the tax plan would take effect in May.",
        # rival figures are not contested names
        "The website said the real jobless rate is 40 percent. The agency said the official jobless rate is 5 percent.",
        # one person named in full and by surname is one side
        "Senator Ana Ruiz said the treaty was fair. Ruiz later said the treaty was not fair to farmers.",
        # "want" is too light a verb, and a party spoken of is no thing contested
        "The mayor said Republicans want a photo op. Rep. John Mica said they do not want to answer.",
        # people spoken of are not the thing contested
        "Aid workers said President Lopez visited the camp. Officials said President Lopez did not attend the summit.",
    ],
)
def test_contests_not_found_between_speakers_who_do_not_disagree(contests, text):
    assert contests(text) == []

