"""Function words the event coder's rules ask about: auxiliaries, prepositions and hyphen
prefixes of English (the pronouns are in eventdesk.lang, shared with the other stages). Content words are in data/words.tsv (see words.py); what
the coder does with each CAMEO code is in data/code_behaviour.tsv (see behaviour.py)."""

from __future__ import annotations

# Prepositions that lead inside what an action is done to ("the ban on X", "a meeting of X",
# "a mediation effort between X and Y"); scene-setting ones ("during", "in") do not.
OBJECT_PHRASE_PREPS = {
    "of", "to", "for", "on", "upon", "against", "between", "with", "into", "over", "about",
    "from", "toward", "towards",
}
# Prefixes the tokenizer splits off a hyphenated verb ("re-open", "co-sponsor").
HYPHEN_PREFIXES = {"re", "co", "de", "pre", "un", "counter"}
# Prepositions that say where an action happens.
PLACE_PREPS = {"in", "at", "into", "within", "across", "throughout", "near", "from", "to", "inside", "outside"}
HYPOTHETICAL_AUX = {"may", "might", "could", "would", "can"}
INTENDED_AUX = {"will", "shall", "'ll", "wo"}
OBLIGATION_AUX = {"must", "should", "ought"}
# Auxiliaries of what someone would, could or might do: a plan, or a guess.
PREDICTION_AUX = frozenset({"would", "could", "might", "'d"})
# Prepositions whose noun only sets the scene of the sentence's event ("during the summit").
CIRCUMSTANTIAL_PREPS = {
    "during", "after", "before", "since", "following", "amid", "amidst", "despite", "ahead",
    "until", "throughout", "at", "in", "under", "with", "without", "upon", "on", "like",
}
# The scene preposition of what happens alongside the clause's own act ("praised Chile
# during talks with X": the talks are the subject's too; not "after", whose earlier events
# the one-event-a-sentence PLOVER gold leaves out, nor "before": PENDING_PREPS).
SHARED_SCENE_PREPS = frozenset({"during"})
# Prepositions and conjunctions whose clause has not happened ("before allowing ...").
PENDING_PREPS = {"before", "until", "without", "instead", "till", "unless", "if"}
# Prepositions whose clause is what is talked, hesitated or dwelt on, or granted ("talked
# about her endorsing X", "balked at hacking", "held off on backing X", "given that X backs Y").
TOPIC_PREPS = frozenset({"about", "regarding", "concerning", "on", "at", "given"})
# Prepositions whose noun is what another noun is about ("questions about the strikes", "a
# story regarding the visit"); "over" and "on" also name a dispute's cause ("tensions over
# raids", "a ban on imports") and are not among them.
NOUN_TOPIC_PREPS = frozenset({"about", "regarding", "concerning"})
# Pronouns that name no one: an event done to or by one did not happen ("I apologize to
# nobody", "no one attacked").
NEGATIVE_PRONOUNS = {"nobody", "none", "nothing", "no-one", "noone"}
# Pronouns of a thing or a situation: judged ("it was offensive") they name no actor.
THING_PRONOUNS = {"it", "this", "that"}
# Adverbs of excess: a praise word under one ("too principled", "overly cautious") faults a
# virtue carried too far, no praise.
EXCESS_ADVERBS = frozenset({"too", "overly", "excessively", "unduly", "overmuch"})
# Adverbs of the lower degree: they turn a quality word around ("the least qualified",
# "less competent" fault; "the least corrupt" is no criticism).
LOWER_DEGREE_ADVERBS = frozenset({"least", "less"})
