"""Reported speech: who says what, in which words — on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "article.txt"


@pytest.fixture(scope="module")
def extractor():
    from eventdesk.actors import ActorResolver
    from eventdesk.statements import StatementExtractor

    return StatementExtractor(ActorResolver.load())


@pytest.fixture(scope="module")
def read(nlp, extractor):
    """Statements and contests of a text, every sentence taken as content."""

    def _read(text: str, skip_first_sentence: bool = False):
        doc = nlp(text)
        sents = list(doc.sents)
        doc._.content_sents = sents[1:] if skip_first_sentence else sents
        return extractor(doc)

    return _read


@pytest.fixture(scope="module")
def statements(read):
    return lambda text: read(text)[0]


def only(statements):
    assert len(statements) == 1, [s.to_dict() for s in statements]
    return statements[0]


# -- direct, indirect, mixed ---------------------------------------------------------------


def test_statements_indirect_speech_gives_reported_clause_with_its_that(statements):
    s = only(statements("The port authority said that ships would be diverted to Mombasa."))
    assert s.type == "indirect"
    assert s.content.text == "that ships would be diverted to Mombasa"
    assert (s.cue.text, s.cue.lemma) == ("said", "say")
    assert s.speaker.text == "The port authority"


def test_statements_trailing_attribution_reports_the_clause_before_it(statements):
    s = only(statements("The convoy reached the besieged town at dawn, the aid agency said."))
    assert s.content.text == "The convoy reached the besieged town at dawn"
    assert s.speaker.text == "the aid agency"


def test_statements_direct_quote_with_speaker_after_the_cue(statements):
    s = only(statements('"We will hold the line," said the commander of the northern brigade.'))
    assert s.type == "direct"
    assert s.content.text.rstrip(",") == "We will hold the line"
    assert s.speaker.text == "the commander of the northern brigade"


def test_statements_quote_split_by_its_attribution_is_one_statement(statements):
    text = '"The dam is safe," the engineer said, "and it will stay safe for a century."'
    s = only(statements(text))
    assert s.type == "direct"
    assert s.content.start == text.index("The dam")
    assert s.content.end == text.index(" for a century.") + len(" for a century.")


def test_statements_quote_after_colon_attribution_opening_next_paragraph(statements):
    text = 'The governor told the assembly:\n"The budget is empty and the banks are closed."'
    s = only(statements(text))
    assert s.type == "direct"
    assert s.content.text.startswith("The budget is empty")
    assert s.speaker.text == "The governor"


def test_statements_news_style_quote_over_two_paragraphs_is_one_statement(statements):
    text = (
        '"The shelling began before sunrise," said Mariam Osei, a nurse. "We carried the children down to the cellar.\n\n'
        '"By noon there was no water left."'
    )
    s = only(statements(text))
    assert s.content.text.startswith("The shelling began")
    assert s.content.text.endswith("no water left.")
    assert s.speaker.name == "Mariam Osei"


def test_statements_indirect_speech_with_quoted_fragment_is_mixed(statements):
    text = 'Ankara said the exercises were "a provocation" and summoned the ambassador.'
    s = only(statements(text))
    assert s.type == "mixed"
    assert '"a provocation"' in s.content.text


def test_statements_called_x_quoted_name_is_mixed(statements):
    s = only(statements('The watchdog called the merger "a disaster for consumers".'))
    assert (s.cue.lemma, s.type) == ("call", "mixed")
    assert s.content.text.startswith("the merger")


# -- quote marks ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "“The border stays closed,” the interior minister said.",
        "‘The border stays closed,’ the interior minister said.",
        "«The border stays closed», the interior minister said.",
        "„The border stays closed“, the interior minister said.",
        "‹The border stays closed›, the interior minister said.",
        "'The border stays closed,' the interior minister said.",
    ],
)
def test_statements_every_kind_of_quote_mark_makes_direct_speech(statements, text):
    s = only(statements(text))
    assert s.type == "direct"
    assert s.content.text.startswith("The border stays closed")


def test_statements_apostrophes_do_not_make_quotations(statements):
    s = only(statements("The nurses' union said it wasn't consulted about the ministers' plan."))
    assert s.type == "indirect"
    assert s.content.text == "it wasn't consulted about the ministers' plan"


def test_statements_stray_quote_mark_does_not_lose_the_rest_of_the_article(statements):
    text = 'The striker, 6\'1", signed on Monday. He called the deal "historic.\nThe league said the transfer was legal.'
    found = statements(text)
    assert any(s.content.text == "the transfer was legal" for s in found)


def test_statements_scare_quotes_and_titles_are_not_statements(statements):
    text = 'The so-called "green corridor" opened in March. Her film "Salt" won a prize in Busan.'
    assert statements(text) == []


def test_statements_plain_narration_has_no_statements(statements):
    assert statements("Floods cut the only road to the valley, and the bridge at Kalam collapsed.") == []


# -- speakers ----------------------------------------------------------------------------------


def test_statements_appositive_is_not_part_of_the_speaker(statements):
    s = only(statements("Lena Fischer, a lawyer for the families, said the company had ignored the warnings."))
    assert s.speaker.text == "Lena Fischer"
    assert s.speaker.kind == "person"


def test_statements_named_appositive_names_a_described_speaker(statements):
    s = only(statements("The army's spokesman, Colonel Ibrahim Musa, said the road had been cleared."))
    assert "Ibrahim Musa" in s.speaker.name
    # The source as news annotators draw it (PolNeAR): the description and the name.
    assert s.speaker_mention.text == "The army's spokesman, Colonel Ibrahim Musa"


@pytest.mark.parametrize("text, speaker, mention", [
    # The source as news annotators draw it (PolNeAR): a possessor with its ending, a
    # participle or a relative clause run on without a comma, no focus word before it.
    ("Lee's claim that the vote was rigged fell flat.", "Lee", "Lee's"),
    ("A poll released Monday shows that the mayor leads.", "A poll", "A poll released Monday"),
    ("Nineteen percent of the students polled said they would vote.", "Nineteen percent of the students",
     "Nineteen percent of the students polled"),
    ("People who lost their jobs say the plan failed.", "People", "People who lost their jobs"),
    ("Even economists say the plan will fail.", "economists", None),
])
def test_the_source_is_the_speaker_phrase_as_annotators_draw_it(statements, text, speaker, mention):
    s = only(statements(text))
    assert s.speaker.text == speaker
    assert (s.speaker_mention.text if s.speaker_mention else None) == mention


def test_statements_according_to_names_the_source(statements):
    s = only(statements("About 3,000 families lost their homes, according to the Red Crescent."))
    assert s.cue.lemma == "according to"
    assert s.speaker.text == "the Red Crescent"
    assert s.content.text == "About 3,000 families lost their homes"
    assert [h.text for h in s.hedges] == ["About"]


def test_statements_colon_attribution_without_a_verb(statements):
    s = only(statements('The embassy: "All citizens should leave the country now."'))
    assert (s.cue.text, s.type) == (":", "direct")
    assert s.speaker.text == "The embassy"


def test_statements_dash_attribution_after_the_quote(statements):
    s = only(statements('"We were never paid for the overtime." — a former driver for the company'))
    assert s.cue.text == "—"
    assert s.speaker.text == "a former driver for the company"


def test_statements_passive_with_agent_names_the_speaker(statements):
    s = only(statements("It was announced by the palace that the king would address the nation."))
    assert s.speaker.text == "the palace"
    assert s.content.text == "that the king would address the nation"


def test_statements_agentless_passive_has_no_speaker(statements):
    s = only(statements("It is alleged that the officers took bribes at the border post."))
    assert s.speaker is None
    assert s.content.text == "that the officers took bribes at the border post"


def test_statements_passive_with_a_listener_as_subject_is_not_speech(statements):
    assert statements("The farmers had been warned about the locusts.") == []


def test_statements_states_and_organisations_speak(statements):
    found = statements(
        "Tehran claims the tanker violated its waters. The shipping company said in a statement that the ship was in international waters."
    )
    assert [s.speaker.text for s in found] == ["Tehran", "The shipping company"]
    assert found[1].content.text == "that the ship was in international waters"


def test_statements_uncoded_speaker_is_still_an_actor(statements):
    s = only(statements("A fisherman in the harbour said the catch had halved since spring."))
    assert s.speaker is not None
    assert s.speaker.text == "A fisherman in the harbour"
    assert s.speaker.name is None  # a description, not a name: the record's name is for names


def test_statements_a_relative_pronoun_speaker_is_the_mention_of_its_antecedent(statements):
    found = statements("The plan was backed by Senator Ann Hale, who said it would save money.")
    # "was backed by" is her support, a statement of its own (see the passives below).
    s = only([x for x in found if x.cue.lemma == "say"])
    assert "Ann Hale" in s.speaker.text
    assert s.speaker_mention.text == "who"


def test_statements_he_resolves_to_the_named_person(statements):
    text = 'Defence Minister Paulo Rocha visited the base on Friday. "The troops are ready," he said.'
    s = only(statements(text))
    assert s.speaker.name == "Paulo Rocha"
    assert s.speaker_mention.text == "he"


def test_statements_she_does_not_resolve_to_a_man_called_he_before(statements):
    text = (
        "Judge Amara Nwosu and prosecutor Felix Braun left the court together. "
        "He said the trial would resume in May. She said the verdict would come later."
    )
    he, she = statements(text)
    assert he.speaker.name != she.speaker.name
    assert {he.speaker.name, she.speaker.name} == {"Amara Nwosu", "Felix Braun"}
    assert she.speaker.name == ("Amara Nwosu" if he.speaker.name == "Felix Braun" else "Felix Braun")


def test_statements_she_resolves_to_a_woman_named_with_a_title(statements):
    text = "Mr Haddad and Mrs Karimi met the governor. She said the school would reopen."
    s = only(statements(text))
    assert "Karimi" in s.speaker.name


def test_statements_it_resolves_to_the_organisation(statements):
    text = "The World Food Programme cut rations in the camps. It said funding had fallen by half."
    s = only(statements(text))
    assert "World Food Programme" in s.speaker.text
    assert s.speaker_mention.text == "It"


def test_statements_role_noun_resolves_to_the_named_holder(statements):
    text = (
        "Health Minister Ruth Banda opened the clinic on Monday. "
        "The minister told reporters that vaccines would arrive within a week."
    )
    s = only(statements(text))
    assert s.speaker.name == "Ruth Banda"
    assert s.speaker_mention.text == "The minister"


def test_statements_adding_is_a_second_statement_of_the_same_speaker(statements):
    text = 'The president said the border would reopen, adding that trade had "suffered badly".'
    said, adding = statements(text)
    assert (said.cue.lemma, adding.cue.lemma) == ("say", "add")
    assert said.content.text == "the border would reopen"
    assert adding.content.text == 'that trade had "suffered badly"'
    assert adding.type == "mixed"
    assert adding.speaker.text == said.speaker.text == "The president"


def test_statements_and_alleged_is_a_second_statement_with_its_hedges(statements):
    said, alleged = statements("The union said wages had fallen and alleged that managers took bonuses.")
    assert said.content.text == "wages had fallen"
    assert alleged.content.text.endswith("managers took bonuses")
    assert [h.text for h in alleged.hedges] == ["alleged"]


def test_statements_a_new_subject_makes_a_new_statement(statements):
    found = statements("The mayor said the dam was safe, but engineers warned that it could fail.")
    assert [s.cue.lemma for s in found] == ["say", "warn"]


# -- cues ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, lemma, content",
    [
        ("The union alleges that managers falsified the safety logs.", "allege", "that managers falsified the safety logs"),
        ("The navy denied any role in the sinking.", "deny", "any role in the sinking"),
        ("Several economists have cast doubt on the official figures.", "cast doubt", "the official figures"),
        ("The minister dismissed the report as propaganda.", "dismiss", "the report as propaganda"),
        ("The cabinet described the strike as illegal.", "describe", "the strike as illegal"),
        ("The envoy urged both parties to free their prisoners.", "urge", "both parties to free their prisoners"),
        ("Seoul accused Pyongyang of jamming GPS signals.", "accuse", "Pyongyang of jamming GPS signals"),
        ("The mayor tweeted that the metro would run all night.", "tweet", "that the metro would run all night"),
        ("Doctors believe the outbreak began in the market.", "believe", "the outbreak began in the market"),
        ("The rebels vowed to retake the city.", "vow", "to retake the city"),
        ("The senator predicted that the bill would fail.", "predict", "that the bill would fail"),
        ("The airline confirmed that the flight had been diverted.", "confirm", "that the flight had been diverted"),
    ],
)
def test_statements_cues_beyond_say(statements, text, lemma, content):
    s = only(statements(text))
    assert s.cue.lemma == lemma
    assert s.content.text == content


def test_statements_a_refusal_is_the_statement_not_what_is_refused(statements):
    # PolNeAR draws the refusal ("declined", "refused") as the attribution, with what is
    # refused as its content; the cue under it ("say") reports nothing.
    s = only(statements("The ministry declined to say how many soldiers had died."))
    assert (s.cue.text, s.content.text) == ("declined", "to say how many soldiers had died")
    s = only(statements("The agency declined to comment."))
    assert (s.cue.text, s.content.text) == ("declined", "to comment")
    assert statements("Exports declined to a four-year low.") == []


def test_statements_negated_cue_is_a_statement_with_its_negation_in_the_cue(statements):
    # News annotators (PolNeAR) draw "did not say whether ...", "never mentioned ..." as
    # attributions: the cue keeps its negation, so a reader sees nothing was asserted.
    s = only(statements("The police did not say whether anyone was arrested."))
    assert s.cue.text == "did not say"
    assert s.content.text == "whether anyone was arrested"
    s = only(statements("The mayor never mentioned the flooded tunnel in her speech."))
    assert s.cue.text == "never mentioned"
    assert s.content.text.startswith("the flooded tunnel")


def test_statements_nested_speech_inside_a_quote_is_part_of_its_content(statements):
    text = '"They told us the water was safe," said a mother in the village.'
    s = only(statements(text))
    assert s.content.text.startswith("They told us")


# -- hedges -------------------------------------------------------------------------------------


def test_statements_distancing_cue_is_a_hedge(statements):
    s = only(statements("The militia claims it shot down two drones."))
    assert [h.text for h in s.hedges] == ["claims"]


def test_statements_hedges_in_content_tell_reported_figures(statements):
    s = only(statements("Medics said as many as 300 people were allegedly poisoned by the so-called cure."))
    assert [h.text for h in s.hedges] == ["as many as", "allegedly", "so-called"]


def test_statements_approximators_hedge_only_before_numbers(statements):
    s = only(statements("The minister said they talked about the harvest for some time."))
    assert s.hedges == []
    s = only(statements("The minister said about 40 villages were cut off."))
    assert [h.text for h in s.hedges] == ["about"]


# -- record shape -------------------------------------------------------------------------------


def test_statements_ids_follow_text_order_and_sentences_index_content(read):
    text = (
        "Breaking news headline here\n"
        "The council said the market would close. "
        '"It is a sad day," a trader said. '
        "Police said the square was calm."
    )
    found, _ = read(text, skip_first_sentence=True)
    assert [s.id for s in found] == ["s1", "s2", "s3"]
    assert [s.sentence for s in found] == [0, 1, 2]
    assert found[0].content.start < found[1].content.start < found[2].content.start


def test_statements_offsets_index_the_text(statements):
    text = '  "We stay," said the strikers.\n\nThe company said talks would resume.'
    found = statements(text)
    assert len(found) == 2  # the loop below checks nothing if nothing is found
    for s in found:
        for span in (s.content, s.cue, s.speaker):
            assert text[span.start : span.end] == span.text


# -- the reference article ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed(read):
    if not SEED.is_file():
        pytest.skip(f"{SEED} is absent: the reference article lives in ../shared")
    text = SEED.read_text(encoding="utf-8")
    statements, contests = read(text)
    return text, statements, contests


def _find(statements, cue_text):
    # The cue may carry auxiliaries and adverbs before its verb ("have cast doubt") and the
    # preposition that introduces what is said after it ("cast doubt on").
    return [s for s in statements if f" {cue_text} " in f" {s.cue.text} "]


# The checks below name no words of the article but its cue words: the article stays in ../shared.


def test_statements_reference_article_diplomat_said_with_quoted_part_and_he_added(seed):
    _, statements, _ = seed
    said = [s for s in _find(statements, "said") if s.speaker and s.speaker.kind == "person"]
    # indirect speech going on with a quoted part ("..., adding that ... \"...\""): two statements
    assert said and said[0].type == "indirect"
    person = said[0].speaker.name
    adding = _find(statements, "adding")
    assert adding and adding[0].type == "mixed" and adding[0].speaker.name == person
    added = _find(statements, "added")
    assert added and added[0].type == "direct"
    assert added[0].speaker.name == person and added[0].speaker_mention.text == "he"


def test_statements_reference_article_claims_doubt_and_hedged_figures(seed):
    _, statements, _ = seed
    says = _find(statements, "says")
    assert says and says[0].speaker.kind == "state" and says[0].type == "indirect"
    doubt = _find(statements, "cast doubt")
    assert doubt and doubt[0].speaker is not None
    hedged = [s for s in _find(statements, "say") if "around" in [h.text for h in s.hedges]]
    assert hedged
    claims = _find(statements, "claims")
    assert claims and claims[0].type == "mixed" and claims[0].speaker.kind == "state"
    assert "claims" in [h.text for h in claims[0].hedges]


def test_statements_reference_article_rights_claim_and_state_claim_are_contested(seed):
    text, statements, contests = seed
    by_id = {s.id: s for s in statements}
    claims = _find(statements, "claims")[0]
    hedged = [s for s in _find(statements, "say") if "around" in [h.text for h in s.hedges]]
    pairs = [c for c in contests if claims.id in c.statements and set(c.statements) & {s.id for s in hedged}]
    assert pairs
    subject = pairs[0].subject
    assert text[subject.start : subject.end] == subject.text
    # The contested subject is a noun both statements speak of.
    head = subject.text.split()[-1].lower()
    assert all(head in by_id[i].content.text.lower() for i in pairs[0].statements)


# -- quote marks, frames, speakers, precision and boundaries on wire-style text -------------------


def test_statements_guillemet_tagged_as_a_noun_is_never_the_speaker(statements):
    s = only(statements("«The dam will hold» said the engineer."))
    assert s.type == "direct"
    assert s.speaker.text == "the engineer"
    assert s.content.text == "The dam will hold"


def test_statements_colon_attribution_with_an_age_and_a_participle_description(statements):
    s = only(statements("Teresa Molina, 74, retired cook: “They’ve closed the clinic twice this year.”"))
    assert (s.cue.text, s.type) == (":", "direct")
    assert s.speaker.text == "Teresa Molina"
    assert s.content.text.startswith("They’ve closed the clinic")


def test_statements_deny_with_an_ing_clause_reports_it(statements):
    s = only(statements("The former mayor denied taking bribes from developers."))
    assert (s.cue.lemma, s.content.text) == ("deny", "taking bribes from developers")


@pytest.mark.parametrize(
    "text, lemma, content",
    [
        ("The tribunal ruled that the dismissal had been unfair.", "rule", "that the dismissal had been unfair"),
        ("The appeals court held that the contract was void.", "hold", "that the contract was void"),
        (
            "Lawyers for the state submitted that the evidence had been obtained lawfully.",
            "submit",
            "that the evidence had been obtained lawfully",
        ),
        ("The union countered that wages had fallen for three years.", "counter", "that wages had fallen for three years"),
        ("The ministry responded that no permit had been issued.", "respond", "that no permit had been issued"),
        ("The opposition charged that the count had been rigged.", "charge", "that the count had been rigged"),
    ],
)
def test_statements_verbs_that_report_only_with_that(statements, text, lemma, content):
    s = only(statements(text))
    assert (s.cue.lemma, s.content.text) == (lemma, content)


@pytest.mark.parametrize(
    "text",
    [
        "The court held a hearing on Monday.",
        "The party ruled the province for thirty years.",
        "The company submitted a bid for the contract.",
        "The rebels countered the offensive with drone strikes.",
        "The police charged three men with murder.",
        "The agency charged workers fees of up to $3,000 for visas.",
    ],
)
def test_statements_the_same_verbs_without_that_are_not_speech(statements, text):
    assert statements(text) == []


def test_statements_urged_addressee_with_a_relative_clause(statements):
    s = only(statements("The envoy urged residents who live near the river to leave their homes."))
    assert s.content.text == "residents who live near the river to leave their homes"


def test_statements_blamed_x_on_y_and_blamed_x(statements):
    found = statements("Officials blamed the blackout on a cyberattack. Farmers blamed the drought.")
    assert [(s.cue.lemma, s.content.text) for s in found] == [
        ("blame", "the blackout on a cyberattack"),
        ("blame", "the drought"),
    ]


def test_statements_told_a_press_conference_that(statements):
    s = only(statements("The health minister told a press conference that cases were falling."))
    assert s.content.text == "that cases were falling"
    assert s.speaker.text == "The health minister"


def test_statements_call_on_a_day_is_not_call_on_someone(statements):
    s = only(statements('Amnesty International on Thursday called the arrests "arbitrary and unlawful".'))
    assert (s.cue.lemma, s.type) == ("call", "mixed")
    assert s.content.text.startswith("the arrests")


def test_statements_object_that_is_the_subject_of_the_reported_clause(statements):
    s = only(statements("The mayor promised the city would rebuild every house."))
    assert s.content.text == "the city would rebuild every house"


@pytest.mark.parametrize(
    "text, name, mention",
    [
        (
            "Kofi Boateng, 58, has worked at the mine for thirty years. The 58-year-old added that his pension had been cut.",
            "Kofi Boateng",
            "The 58-year-old",
        ),
        # Any age, with or without hyphens, named with the age before or after the name.
        (
            "Maria Lopez, 41, runs a bakery in the square. This 41 year old said the rent had doubled.",
            "Maria Lopez",
            "This 41 year old",
        ),
        (
            "Pedro Alves, a 63-year-old miner, lost his job. The 63-year-old said the mine owed him wages.",
            "Pedro Alves",
            "The 63-year-old",
        ),
    ],
)
def test_statements_age_noun_speaker_resolves_to_the_person_of_that_age(statements, text, name, mention):
    s = only(statements(text))
    assert s.speaker.text == name
    assert s.speaker_mention.text == mention


def test_statements_participle_speaker_is_the_subject_of_the_main_clause(statements):
    text = (
        "A federal judge on Friday blocked a state law that bans drag shows in public parks, "
        "finding it likely violates free speech protections."
    )
    s = only(statements(text))
    assert s.cue.text == "finding"
    assert s.speaker.text == "A federal judge"


def test_statements_description_with_its_own_cue_is_named_by_the_name(statements):
    text = '"We have waited four months," said Kwame Mensah, a 41-year-old baker who said he had not been paid.'
    found = statements(text)
    assert [s.speaker.text for s in found] == ["Kwame Mensah", "Kwame Mensah"]
    # written as its relative pronoun, as PolNeAR draws the source (statements.relatives)
    assert found[1].speaker_mention.text == "who"


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The International Labour Organization published its survey on Monday. "
            "The Organization said unemployment had risen in 40 countries.",
            "The International Labour Organization",
        ),
        (
            "The findings were first reported by a public broadcaster in Norway. "
            "The broadcaster said the documents had been leaked.",
            "a public broadcaster in Norway",
        ),
        (
            "Nordwind Logistics cut 400 jobs in Hamburg last year. Sales fell for a third quarter, the company said.",
            "Nordwind Logistics",
        ),
    ],
)
def test_statements_a_noun_for_a_body_refers_back_to_its_name(statements, text, speaker):
    s = only(statements(text))
    assert s.speaker.text == speaker


@pytest.mark.parametrize("noun", ["army", "police", "ministry"])
def test_statements_a_role_noun_is_not_a_body_of_another_sector(statements, noun):
    """"The army" right after the United Nations spoke is the army the sentence names, not the
    UN: a body named before is what a role noun refers to only when its sector can be that."""
    found = statements(
        "The United Nations said aid convoys had been stopped at the border. "
        f"The Nigerian {noun} rejected the report on Monday."
    )
    assert [s.speaker.text for s in found] == ["The United Nations", f"The Nigerian {noun}"]


def test_statements_pronoun_after_a_role_noun_points_at_the_name(statements):
    text = (
        "Interior Minister Laila Haddad visited the flooded district on Sunday. The minister said the army "
        'would build shelters. She said: "No family will sleep outside tonight."'
    )
    found = statements(text)
    assert [s.speaker.text for s in found] == ["Interior Minister Laila Haddad"] * 2
    assert [s.speaker_mention.text for s in found] == ["The minister", "She"]


def test_statements_trailing_attribution_the_parser_missed(statements):
    s = only(statements("Lebanese authorities should release a detained journalist, Human Rights Watch said today."))
    assert s.speaker.text == "Human Rights Watch"
    assert s.content.text == "Lebanese authorities should release a detained journalist"


def test_statements_reporting_inside_reported_content_is_part_of_it(statements):
    s = only(statements("The ministry issued a statement saying its inspectors had warned of a gas leak in March."))
    assert s.content.text == "its inspectors had warned of a gas leak in March"
    s = only(statements("Police said the driver told officers he had been drinking."))
    assert s.speaker.text == "Police"


def test_statements_nested_reporting_by_a_named_speaker_is_part_of_the_outer_content(statements):
    # News attribution corpora draw the outer report whole, the inner speaker and cue inside it.
    found = statements("Port officials said Mayor Ines Karlsson told them she would reopen the docks.")
    assert [s.speaker.text for s in found] == ["Port officials"]
    assert found[0].content.text.startswith("Mayor Ines Karlsson told them")


@pytest.mark.parametrize(
    "text",
    [
        "Relatives are trying to confirm that the boat reached the island.",
        "The council will reply to the petition 'in due course'.",
        "Prison officials denied the men access to their families.",
        "The border guards denied entry to the journalists.",
        "The fire claimed 12 lives.",
        "The Senate confirmed the nominee by a vote of 52 to 48.",
        "The hospital admitted 30 patients overnight.",
        "The club dismissed its coach after the defeat.",
        "Rescuers found the missing hikers alive on Sunday.",
    ],
)
def test_statements_cue_words_in_senses_other_than_speech_report_nothing(statements, text):
    assert statements(text) == []


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "LIMA, Peru (AP) — Rescue teams pulled three miners alive from a collapsed shaft, officials said.",
            "Rescue teams pulled three miners alive from a collapsed shaft",
        ),
        ("ISTANBUL (AP) — A court ordered the release of two journalists, their lawyer said.",
         "A court ordered the release of two journalists"),
        (
            "(Beirut) – Lebanese authorities should release a detained journalist, Human Rights Watch said.",
            "Lebanese authorities should release a detained journalist",
        ),
    ],
)
def test_statements_a_dateline_is_not_part_of_the_content(statements, text, content):
    s = only(statements(text))
    assert s.content.text == content


def test_statements_dateline_place_is_not_the_speaker(statements):
    s = only(statements("(Beirut) – Human Rights Watch said today that the authorities should free the journalist."))
    assert s.speaker.text == "Human Rights Watch"
    assert s.content.text == "that the authorities should free the journalist"


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "The central bank said it had raised rates, but that it expected inflation to fall later in the year.",
            "it had raised rates, but that it expected inflation to fall later in the year",
        ),
        (
            "The governor said the state would cut taxes, but only if the legislature approved spending limits.",
            "the state would cut taxes, but only if the legislature approved spending limits",
        ),
        (
            "The army said its troops had retaken the town, adding to pressure on the rebels.",
            "its troops had retaken the town, adding to pressure on the rebels",
        ),
        ("Police dispute that version of events.", "that version of events"),
    ],
)
def test_statements_content_runs_to_the_end_of_what_was_said(statements, text, content):
    s = only(statements(text))
    assert s.content.text == content


def test_statements_a_second_speaker_after_and_is_not_in_the_first_content(statements):
    found = statements("Police said three people died and the mayor said ten were missing.")
    assert [s.content.text for s in found] == ["three people died", "ten were missing"]


def test_statements_writer_words_running_into_a_quotation_make_it_mixed(statements):
    s = only(statements('Zipcab "will refund every rider who was overcharged," a spokeswoman said.'))
    assert s.type == "mixed"
    assert s.content.text.startswith('Zipcab "will refund')
    assert s.speaker.text == "a spokeswoman"


def test_statements_quotation_running_on_after_a_mixed_statement_joins_it(statements):
    s = only(statements('The mayor promised the city would "rebuild every house." "Nobody will be left behind."'))
    assert s.type == "mixed"
    assert s.content.text.startswith("the city would")
    assert s.content.text.endswith("Nobody will be left behind.")


def test_statements_quotation_and_a_participle_after_its_cue_are_two_statements(statements):
    text = '"The recovery is real, but it is fragile," the finance minister told lawmakers, warning that drought could cut output.'
    told, warning = statements(text)
    assert told.type == "direct" and told.content.text == "The recovery is real, but it is fragile"
    assert warning.cue.text == "warning" and warning.content.text == "that drought could cut output"


def test_statements_quoted_as_saying_names_the_subject_of_the_passive(statements):
    s = only(statements("The defence minister was quoted as saying that the drills would continue."))
    assert s.speaker.text == "The defence minister"
    assert s.content.text == "that the drills would continue"


def test_statements_a_rival_source_after_while_is_not_in_the_content(statements):
    s = only(statements("The health ministry said 23 people had died, while aid workers put the number at 60."))
    assert s.content.text == "23 people had died"


def test_statements_they_in_a_relative_aside_is_the_plural_subject_before(statements):
    s = only(statements("Scientists have studied the targets, which they say cannot be met without cutting coal use."))
    assert s.speaker.text == "Scientists"
    assert s.speaker_mention.text == "they"


def test_statements_reporting_by_the_same_speaker_in_a_relative_aside_is_part_of_the_content(statements):
    s = only(statements("Experts have cast doubt on the figures, which they say are impossible to verify."))
    assert s.cue.lemma == "cast doubt"


def test_statements_trailing_attribution_the_parser_hung_as_an_apposition():
    # The small parser reads "the journalist, Human Rights Watch" as a noun and its apposition,
    # the subject of "said"; the words say the group is speaking.
    import eventdesk

    for text in (
        "The government should free the journalist, Human Rights Watch said today.",
        "The government should free the journalist, Human Rights Watch said on Tuesday.",
    ):
        (statement,) = eventdesk.code_text(text).statements
        assert statement.speaker.text == "Human Rights Watch"
        assert statement.content.text == "The government should free the journalist"


def test_statements_dateline_after_a_headline_is_no_speaker(statements):
    # Text coded without cleaning: the dateline opens the story's second line.
    text = "Port to reopen next month\n\nLIMA -- President Ana Soto, visiting the docks on Friday, said the port would reopen."
    s = only(statements(text))
    assert s.speaker.text == "President Ana Soto"
    assert s.content.text == "the port would reopen"


@pytest.mark.parametrize(
    "text, lemma, content, speaker",
    [
        # reported beliefs, intentions and knowledge (issue #9)
        ("The governor hopes the new bridge will open by spring.", "hope", "the new bridge will open by spring", "The governor"),
        ("The mayor hoped to finish the stadium before the vote.", "hope", "to finish the stadium before the vote", "The mayor"),
        ("Farmers want lower fuel taxes.", "want", "lower fuel taxes", "Farmers"),
        ("The coalition wants the courts to review the contract.", "want", "the courts to review the contract", "The coalition"),
        ("The party plans to open ten new offices this year.", "plan", "to open ten new offices this year", "The party"),
        ("The treasurer knows that the fund is short of cash.", "know", "that the fund is short of cash", "The treasurer"),
        ("Teachers worry that class sizes will grow.", "worry", "that class sizes will grow", "Teachers"),
        # documents and polls as sources
        ("The survey showed that most commuters favour the tram.", "show", "that most commuters favour the tram", "The survey"),
    ],
)
def test_statements_beliefs_intentions_and_documents(statements, text, lemma, content, speaker):
    s = only(statements(text))
    assert s.cue.lemma == lemma
    assert s.content.text == content
    assert s.speaker.text == speaker


def test_statements_knowledge_under_an_aim_is_part_of_the_aim(statements):
    # "wants to know": what the committee would know is not reported; its aim is.
    s = only(statements("The committee wants to know whether the funds were spent."))
    assert s.cue.lemma == "want"
    assert s.content.text == "to know whether the funds were spent"


@pytest.mark.parametrize(
    "text, lemma, content, speaker",
    [
        # noun cues (issue #9): the possessor holds the noun's "that" clause
        ("The mayor repeated his claim that the tunnel was safe.", "claim", "that the tunnel was safe", "The mayor"),
        ("Critics mocked the union's belief that the strike would end soon.", "belief", "that the strike would end soon", "the union"),
        # "in X's view", "in the words of X": the clause the phrase stands in
        ("In the view of several engineers, the dam needs repairs.", "view", "the dam needs repairs", "several engineers"),
        ("In the words of the coach, the season was a disaster.", "word", "the season was a disaster", "the coach"),
    ],
)
def test_statements_noun_cues(statements, text, lemma, content, speaker):
    s = only(statements(text))
    assert s.cue.lemma == lemma
    assert s.content.text == content
    assert s.speaker.text == speaker


def test_statements_noun_cue_needs_a_holder_and_a_content_clause(statements):
    assert statements("The mayor repeated the claim that the tunnel was safe.") == []  # nobody holds it
    assert statements("Her claim that she made in March was false.") == []  # a relative clause
    # said in her statement that ...: one statement, the verb's
    assert [s.cue.lemma for s in statements("The mayor said in her statement that the tunnel is safe.")] == ["say"]


def test_statements_headline_colon_attribution(statements):
    # "Name: words" at the start of a line attributes the unquoted words to the name.
    s = only(statements("Mayor Lee: the stadium deal is a bad bargain\n\nThe council meets on Monday."))
    assert s.cue.text == ":"
    assert s.content.text == "the stadium deal is a bad bargain"
    assert s.speaker.text == "Mayor Lee"
    assert s.type == "indirect"
    # A label is no speaker.
    assert statements("Update: the bridge is closed to traffic\n\nThe council meets on Monday.") == []
    assert statements("Watch: Governor Falls Off The Stage\n\nThe council meets on Monday.") == []


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        # A surname the tagger does not know as a name in a headline, and a poll speaking for itself.
        ("Okafor: No Deal On The Harbor Before Spring\n\nTalks resume on Monday.", "Okafor", "No Deal On The Harbor Before Spring"),
        ("Poll: Mayor Trails Rival By Ten Points\n\nThe vote is in May.", "Poll", "Mayor Trails Rival By Ten Points"),
    ],
)
def test_statements_headline_colon_names_and_polls(statements, text, speaker, content):
    s = only(statements(text))
    assert (s.speaker.text, s.cue.text, s.content.text) == (speaker, ":", content)


def test_statements_transcript_turns_are_their_speakers_whole(statements):
    # A transcript: each turn, however many sentences, is its speaker's; what it reports is part of it.
    text = (
        "Host Dana Reyes spoke with Governor Ana Soto on Sunday.\n"
        "REYES: Your party is divided. How will you unite it?\n"
        "SOTO: Well, I think the party will come together. We have done it before.\n"
        "UPDATE: The interview was edited for length."
    )
    assert [(s.speaker.text, s.cue.text, s.content.text) for s in statements(text)] == [
        ("REYES", ":", "Your party is divided. How will you unite it?"),
        ("SOTO", ":", "Well, I think the party will come together. We have done it before."),
    ]


def test_statements_headline_colon_with_a_figure_only_is_none(statements):
    assert statements("Ana Soto: 1,204.\nLuis Vega: 998.\n\nThe count goes on.") == []


@pytest.mark.parametrize(
    "text, lemma, content",
    [
        # judging aloud (issue #9): the object and its "for"/"as" phrase
        ("The senator criticized the governor for his handling of the flood.", "criticize", "the governor for his handling of the flood"),
        ("The coach praised the goalkeeper.", "praise", "the goalkeeper"),
        ("The mayor defended the budget as fair.", "defend", "the budget as fair"),
        ("The auditor questioned how the grant was spent.", "question", "how the grant was spent"),
    ],
)
def test_statements_judging_verbs(statements, text, lemma, content):
    s = only(statements(text))
    assert s.cue.lemma == lemma
    assert s.content.text == content


def test_statements_the_writers_impression_has_no_speaker(statements):
    # "X seems to ...", "it seems that ...": an attribution whose source is left unsaid.
    s = only(statements("The court seemed to signal a shift on the law."))
    assert s.speaker is None
    assert s.cue.text == "seemed"
    assert s.content.text == "The court seemed to signal a shift on the law"
    s = only(statements("It seems that the governor will run again."))
    assert s.speaker is None and s.content.text == "that the governor will run again"
    assert statements("The senator does not seem to care.") == []
    # Inside someone's reported clause it is that speaker's words.
    assert [s.cue.lemma for s in statements("The minister said the plan appears to be stalled.")] == ["say"]


@pytest.mark.parametrize("text, speaker, cue, content", [
    ("Ted Cruz refused to disavow the endorsement.", "Ted Cruz", "refused", "to disavow the endorsement"),
    ("The ministry sought to reassure investors after the vote.", "The ministry", "sought", "to reassure investors after the vote"),
    ("Senator Graham endorsed Cruz on Wednesday.", "Senator Graham", "endorsed", "Cruz"),
    ("Most farmers oppose the trade deal.", "Most farmers", "oppose", "the trade deal"),
    ("Eric Holder announced his resignation on Thursday.", "Eric Holder", "announced", "his resignation"),
])
def test_refusals_attempts_and_stances_are_attributed(code, text, speaker, cue, content):
    """What a source will not do, tries to do, or stands for is attributed to it, as news
    annotators draw attributions (PolNeAR): the cue's complement or object is the content."""
    record = code(text)
    assert [(s.speaker.text if s.speaker else None, s.cue.text, s.content.text) for s in record.statements] == [(speaker, cue, content)]


def test_backing_away_is_no_stance(code):
    assert code("The team backed away from the plan on Monday.").statements == []


@pytest.mark.parametrize("text, content", [
    ("His voice seemed weaker than in past years.", "His voice seemed weaker than in past years"),
    ("However, the river port appears calm before the storm.", "the river port appears calm"),
    ("This seems like a turning point for the party.", "This seems like a turning point for the party"),
    ("It seemed like the council had decided to wait.", "like the council had decided to wait"),
    ("It seems as if the mayor has moved on.", "as if the mayor has moved on"),
])
def test_the_writers_impression_of_what_something_is(statements, text, content):
    # "X seems ADJ", "X seems like Y", "it seemed like Z": the writer's impression, no speaker.
    s = only(statements(text))
    assert (s.speaker, s.content.text) == (None, content)


def test_no_impression_with_a_relative_pronoun_for_subject(statements):
    assert statements("What seems most striking is the cost of the road.") == []
    assert statements("The town kept rules that now seem mild.") == []


def test_asked_with_an_addressee_and_a_task(statements):
    s = only(statements("The union leader asked the workers to return to the plant."))
    assert (s.speaker.text, s.content.text) == ("The union leader", "the workers to return to the plant")
    s = only(statements("The mayor asked about the budget on Monday."))
    assert (s.speaker.text, s.content.text) == ("The mayor", "the budget")
    # A request with nobody asked is for the speaker's own sake.
    assert [s.cue.lemma for s in statements("A witness who asked not to be named said the trucks came.")] == ["say"]


def test_asked_in_a_passive_with_a_subject_still_names_nobody(statements):
    # "she was asked ..." names the one asked: no statement of hers.
    assert [s.speaker for s in statements("The mayor was asked about the budget.")] in ([], [None])


@pytest.mark.parametrize("text, content", [
    ("Ruiz calls the governor unqualified.", "the governor unqualified"),
    ("The farmer called what he saw 'a disaster.'", "what he saw 'a disaster.'"),
    ("She has angered critics, calling the minister an “old fool” and mocking his aides.", "the minister an “old fool”"),
])
def test_calling_someone_something_whatever_the_parse(statements, text, content):
    s = next(s for s in statements(text) if s.cue.lemma == "call")
    # "... and mocking his aides" is the speaker going on with a cue of its own: by the
    # continuation convention it may join the statement, after the name given.
    assert s.content.text.startswith(content)


def test_calling_is_no_statement_without_a_name_given(statements):
    assert statements("The mayor called the police after the fire.") == []


@pytest.mark.parametrize("text, cue, content", [
    ("The widow described their long struggle with the insurer.", "described", "their long struggle with the insurer"),
    ("She described how the talks broke down.", "described", "how the talks broke down"),
    # a noun cue with its infinitive joins the verb's cue, as PolNeAR draws it
    ("The mayor outlined a plan to rebuild the bridge.", "outlined a plan", "to rebuild the bridge"),
    ("The pilot recounted how the engine failed.", "recounted", "how the engine failed"),
])
def test_telling_about_something_reports_what_is_told(statements, text, cue, content):
    s = only(statements(text))
    assert (s.cue.text, s.content.text) == (cue, content)


def test_a_thing_mentioned_names_no_speaker(statements):
    assert statements("Three names mentioned are Lee, Ruiz and Park.") == []


@pytest.mark.parametrize("text, cue", [
    ("The minister has said the bridge would reopen.", "has said"),
    ("Ruiz has repeatedly denied the charges.", "has repeatedly denied"),
    ("The mayor is once again questioning the count.", "is once again questioning"),
    ("Police later said the driver had fled.", "later said"),
    ("Officials said on Tuesday the road was closed.", "said"),
    ("The mayor is eager to rebuild the bridge.", "is eager"),
    ("Farmers have been very worried about the drought.", "have been very worried about"),
    # News annotators' cue (PolNeAR): a floating "both", the verb of going on or seeming
    # whose infinitive the cue is, a noun cue's adjectives, and the preposition that
    # introduces what is said.
    ("The two senators have both argued that the levy is unfair.", "have both argued"),
    ("The governor has since said that the levy was a mistake.", "has since said"),
    ("She continued to defend the levy in the debate.", "continued to defend"),
    ("He went on to say that the count was rigged.", "went on to say"),
    ("The figures seem to show that the town is shrinking.", "seem to show"),
    ("The union warned of a long strike.", "warned of"),
    ("Lee's harsh attacks on the press drew cheers.", "harsh attacks on"),
])
def test_the_cue_is_the_verb_group_before_its_verb(statements, text, cue):
    # Auxiliaries and adverbs right before the verb are in the cue; the lemma is the verb's.
    s = only([s for s in statements(text) if s.cue.text == cue] or statements(text))
    assert s.cue.text == cue
    assert text[s.cue.start : s.cue.end] == cue


@pytest.mark.parametrize("text, cue, content", [
    ("The survey showed the mayor losing support in the suburbs.", "showed", "the mayor losing support in the suburbs"),
    ("The general stressed the need for restraint.", "stressed", "the need for restraint"),
    ("The two engineers agreed the bridge was unsafe.", "agreed", "the bridge was unsafe"),
    ("The party reported raising $2 million in March.", "reported", "raising $2 million in March"),
])
def test_documents_show_and_speakers_stress_agree_and_report_more_than_clauses(statements, text, cue, content):
    s = only(statements(text))
    assert (s.cue.text, s.content.text) == (cue, content)


def test_agreeing_to_a_deal_is_no_statement(statements):
    assert [s.cue.lemma for s in statements("The two sides agreed to a ceasefire on Monday.")] == []


@pytest.mark.parametrize(
    "text, cue, content",
    [
        ("The minister is expected to announce that the border will reopen.", "is expected",
         "The minister is expected to announce that the border will reopen"),
        ("The old bridge, which is believed to be unsafe, stays closed.", "is believed", "which is believed to be unsafe"),
        ("The governor is not expected to attend the ceremony.", "is not expected",
         "The governor is not expected to attend the ceremony"),
    ],
)
def test_statements_passive_belief_held_by_nobody_named(statements, text, cue, content):
    # "X is expected to Y": what unnamed people expect, an attribution with no source; the
    # cue under it ("announce") is only expected, no statement of its own.
    s = only(statements(text))
    assert s.speaker is None
    assert (s.cue.text, s.content.text) == (cue, content)


def test_statements_passive_belief_with_its_holder_or_no_belief_is_no_hearsay(statements):
    assert only(statements("The mayor was expected by analysts to win the vote.")).speaker.text == "analysts"
    assert statements("The ferry was built to carry 300 cars.") == []


@pytest.mark.parametrize(
    "text, speaker, cue, content",
    [
        ("The harbor plan was announced in March.", None, "was announced", "The harbor plan"),
        ("The mayor is widely seen as a reformer.", None, "is widely seen", "The mayor is widely seen as a reformer"),
        ("Ortiz has been called a traitor by his rivals.", "his rivals", "has been called", "Ortiz has been called a traitor"),
        ("The tax was not mentioned in the speech.", None, "was not mentioned", "The tax"),
    ],
)
def test_statements_passive_cue_reports_its_subject(statements, text, speaker, cue, content):
    s = only(statements(text))
    assert (s.speaker.text if s.speaker else None, s.cue.text, s.content.text) == (speaker, cue, content)


@pytest.mark.parametrize(
    "text",
    [
        "The nominee was confirmed by the Senate.",  # an object of another sense
        "Three patients were admitted overnight.",
        "The bridge was built in 1990.",  # no cue
        "A miner named Pedro Alves was rescued.",
        "Two officers are seen running toward the car.",  # "see" speaks only with "as"
    ],
)
def test_statements_passive_of_no_speech_gives_nothing(statements, text):
    assert statements(text) == []


def test_statements_light_verb_with_a_noun_cue(statements):
    # "made the case that ...", "made no mention of ...": the light verb's subject holds the noun.
    s = only(statements("The mayor made the case that the port must stay open."))
    assert (s.speaker.text, s.cue.text, s.content.text) == ("The mayor", "made the case", "that the port must stay open")
    s = only(statements("The mayor made no mention of the flooded port."))
    assert (s.cue.text, s.content.text) == ("made no mention of", "the flooded port")
    s = only(statements("The governor gave a speech on water rights."))
    assert (s.speaker.text, s.content.text) == ("The governor", "water rights")
    assert statements("The firm made a case of wine for the party.") == []


def test_statements_continued_with_a_quotation(statements):
    s = only(statements('"We will rebuild the school," the principal continued.'))
    assert (s.cue.lemma, s.content.text, s.type) == ("continue", "We will rebuild the school", "direct")
    assert statements("The talks continued for three hours.") == []


@pytest.mark.parametrize("text, name", [
    ("Secretary of State Maria Lopez arrived in Cairo on Monday. The Secretary of State said the talks were useful.", "Maria Lopez"),
    ("Prime Minister Tomas Berg met the envoy. The Prime Minister said the visit had gone well.", "Tomas Berg"),
])
def test_statements_a_capitalised_title_refers_back_to_the_person_who_holds_it(statements, text, name):
    """'The Secretary of State said', written capitalised with no name, is the person named
    with that title before, as 'the minister said' is."""
    said = [s for s in statements(text) if s.cue.text == "said"]
    assert len(said) == 1 and said[0].speaker.name == name


def test_where_an_object_was_said_is_no_part_of_it(statements):
    # "in statements", "in an interview": the occasion of the saying (PolNeAR leaves it out
    # of the content); a noun's own phrase stays ("any role in the sinking").
    s = only(statements("The senator condemned the new visa program in a statement."))
    assert s.content.text == "the new visa program"
    s = only(statements("Ruiz denied any role in the sinking."))
    assert s.content.text == "any role in the sinking"


@pytest.mark.parametrize("text, negated", [
    ("The police did not say whether anyone was arrested.", True),
    ("The company declined to comment on the report.", True),
    ("The senator made no mention of the tax plan.", True),
    ("The minister said the talks would resume.", False),
])
def test_statements_what_the_speaker_did_not_say_is_marked_negated(text, negated):
    """A negated cue or a refusal is an attribution as news annotators draw it, and the
    record says the speaker did not say it, so no one reads it as said."""
    from eventdesk.pipeline import code_text

    (statement,) = code_text(text).statements
    assert statement.negated is negated
    assert code_text(text).to_dict()["statements"][0]["negated"] is negated


def test_statements_a_negated_statement_reports_no_event():
    from eventdesk.pipeline import code_text

    coded = code_text("The ministry did not confirm that Syrian troops attacked the Turkish convoy.")
    assert [s.negated for s in coded.statements] == [True]
    attacks = [e for e in coded.events if e.cameo.startswith("19")]
    assert attacks and all(e.statement is None for e in attacks)
    said = code_text("The ministry said Syrian troops attacked the Turkish convoy.")
    assert [e.statement for e in said.events if e.cameo.startswith("19")] == ["s1"]
