"""Word lists and code sets the event coder asks about (moved here from coder.py as they were;
the content words go to data files next)."""

from __future__ import annotations

# Codes of actions a state takes at home (curfews, bans, arrests, protests, reforms).
DOMESTIC_CODES = (
    "081", "082", "083", "132", "137", "14", "17", "1041", "1042", "1043", "1044", "024",
    "034", "0351", "0352", "123",
)
# Codes of actions a state's actors take at home, whose target, when the text names none,
# is the country where they happen (curfews, bans, arrests, repression, reforms, protests,
# resignations, refusals to reform); a narrower list than DOMESTIC_CODES (no destruction
# or seizure of property, which is done to someone).
INTERNAL_CODES = (
    "024", "034", "0351", "0352", "081", "082", "083", "1041", "1042", "1043", "1044", "123",
    "132", "137", "14", "172", "173", "175",
)
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
COOPERATIVE_ROOTS = {"03", "04", "05", "06", "07", "08"}
VIOLENT_ROOTS = {"18", "19", "20"}
PERSONAL_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
THING_PRONOUNS = {"it", "its", "itself"}
PLURAL_PRONOUNS = {"they", "them", "their", "themselves", "theirs"}
FIRST_PERSON = {"we", "us", "our", "i", "me", "my"}
PRONOUNS = PERSONAL_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS | FIRST_PERSON
HYPOTHETICAL_AUX = {"may", "might", "could", "would", "can"}
INTENDED_AUX = {"will", "shall", "'ll", "wo"}
OBLIGATION_AUX = {"must", "should", "ought"}
ADDRESSEE_FAMILIES = {"appeal", "demand"}
# Prepositions whose noun only sets the scene of the sentence's event ("during the summit").
CIRCUMSTANTIAL_PREPS = {
    "during", "after", "before", "since", "following", "amid", "amidst", "despite", "ahead",
    "until", "throughout", "at", "in", "under", "with", "without", "upon", "on", "like",
}
# Prepositions and conjunctions whose clause has not happened ("before allowing ...").
PENDING_PREPS = {"before", "until", "without", "instead", "till", "unless", "if"}
