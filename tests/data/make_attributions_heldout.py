"""Writes tests/data/attributions_heldout.jsonl: a blind held-out set for the statement extractor.

80 invented news passages (wire, broadsheet feature, regional paper, rights-group report, business,
court, disaster, sports-politics), annotated by someone who had not read the extractor, its tests
or its gold file. Offsets are found here from the annotated phrases, never counted by hand.

Run: .venv/bin/python tests/data/make_attributions_heldout.py

Annotation conventions are those of docs/statements.md:
- source: the speaker's noun phrase as written, without appositives and relative clauses (reduced
  ones included: "analysts polled by Reuters" -> "analysts"); the name when an appositive gives it;
  for a pronoun, relative pronoun or role noun that refers back ("she added", "who said",
  "the ministry said" after "Kenya's health ministry"), the nearest earlier words that name the
  speaker. Those statements also carry `mention`: the words as written at the cue (the record
  format does not score it; it is there for the reader).
- cue: the reporting verb alone; "according to", "called on"; the colon or dash of a bare
  attribution.
- content: indirect, the reported clause without "that" (object noun phrase for deny/confirm/
  announce, addressee + infinitive for urge/call on, object + phrase for accuse/describe/call);
  direct, the words inside the marks. A quotation split by its attribution, or continued by
  quoted sentences or paragraphs with no attribution of their own, is one attribution with one
  span per part. A speaker going on in the same sentence without a new subject ("said A, adding
  that B", "confirmed A but said B") is one attribution with two spans; cue is the first verb.
- type: direct, indirect, or mixed (writer's words with quoted parts).
Phrases may carry [brackets] to pick a part out of a longer, unique context (gold_span).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from eventdesk.evaluate.statements import check_record, gold_parts, gold_span

OUT = Path(__file__).resolve().parent / "attributions_heldout.jsonl"


def paragraphs(*parts: str) -> str:
    return "\n\n".join(parts)


def attr(source, cue, content, kind, mention=None):
    return {"source": source, "cue": cue, "content": content, "type": kind, "mention": mention}


P = paragraphs
A = attr

# (id, style, text, attributions)
PASSAGES = [
    # -- wire copy ---------------------------------------------------------------------------
    (
        "hb-01",
        "wire",
        P(
            """Ghanaian police fired tear gas on Saturday to disperse hundreds of protesters who had gathered outside parliament in Accra to demand lower fuel prices, witnesses said.""",
            """"We came peacefully and they attacked us," said Kwabena Ofori, a 34-year-old taxi driver who said he had been hit by a rubber bullet. "We will come back on Monday.\"""",
            """A police spokeswoman, Efua Mensah, said officers had acted after some demonstrators threw stones. She added that 12 people had been arrested.""",
        ),
        [
            A("witnesses", "witnesses [said]", "Ghanaian police fired tear gas on Saturday to disperse hundreds of protesters who had gathered outside parliament in Accra to demand lower fuel prices", "indirect"),
            A("Kwabena Ofori", "[said] Kwabena", ["We came peacefully and they attacked us", "We will come back on Monday"], "direct"),
            A("Kwabena Ofori", "who [said] he", "he had been hit by a rubber bullet", "indirect", mention="[who] said he"),
            A("Efua Mensah", "Mensah, [said]", "officers had acted after some demonstrators threw stones", "indirect"),
            A("Efua Mensah", "added", "12 people had been arrested", "indirect", mention="She"),
        ],
    ),
    (
        "hb-02",
        "wire",
        P(
            """MANILA, Philippines (AP) — A ferry carrying 211 passengers and crew caught fire off the central Philippine island of Masbate early Tuesday, killing at least seven people, according to the coast guard.""",
            """"The fire started in the engine room and spread very fast," coast guard spokesman Armand Bituin said. "Many of the passengers were asleep.\"""",
            """Bituin said rescuers had pulled 188 people from the water. Twenty-three were still missing, he said.""",
        ),
        [
            A("the coast guard", "according to", "A ferry carrying 211 passengers and crew caught fire off the central Philippine island of Masbate early Tuesday, killing at least seven people", "indirect"),
            A("coast guard spokesman Armand Bituin", "Armand Bituin [said]", ["The fire started in the engine room and spread very fast", "Many of the passengers were asleep"], "direct"),
            A("[Bituin] said rescuers", "Bituin [said] rescuers", "rescuers had pulled 188 people from the water", "indirect"),
            A("[Bituin] said rescuers", "he [said]", "Twenty-three were still missing", "indirect", mention="[he] said"),
        ],
    ),
    (
        "hb-03",
        "wire",
        P(
            """Farmers in southern Mali say the rains came six weeks late this year. Many have already sold their livestock to buy grain.""",
            """«We have never seen a season like this,» Oumar Traoré, 58, told AFP in the village of Kassorola. «My father did not see one either.»""",
            """The government has promised emergency seed distributions, but aid groups warn that stocks will not reach remote areas before the end of August.""",
        ),
        [
            A("Farmers in southern Mali", "say", "the rains came six weeks late this year", "indirect"),
            A("Oumar Traoré", "told", ["We have never seen a season like this", "My father did not see one either"], "direct"),
            A("The government", "promised", "emergency seed distributions", "indirect"),
            A("aid groups", "warn", "stocks will not reach remote areas before the end of August", "indirect"),
        ],
    ),
    (
        "hb-04",
        "wire",
        P(
            """Russia's foreign ministry on Thursday dismissed a report that it had moved short-range missiles to its border with Finland as "fake news designed to frighten Europeans".""",
            """Finland's defence ministry said it was monitoring the situation closely and saw no immediate threat. Helsinki has said it will not be drawn into a "war of words" with Moscow.""",
        ),
        [
            A("Russia's foreign ministry", "dismissed", 'a report that it had moved short-range missiles to its border with Finland as "fake news designed to frighten Europeans"', "mixed"),
            A("Finland's defence ministry", "ministry [said] it was", "it was monitoring the situation closely and saw no immediate threat", "indirect"),
            A("Helsinki", "has [said]", 'it will not be drawn into a "war of words" with Moscow', "mixed"),
        ],
    ),
    (
        "hb-05",
        "wire",
        P(
            """BOGOTÁ, Colombia (AP) — Colombia's government and the country's second-largest rebel group will resume peace talks next month in Havana, officials from both sides said Wednesday.""",
            """Government negotiator Lucía Barrera told The Associated Press the new round would focus on a ceasefire in three provinces along the Venezuelan border. A rebel commander who spoke on condition of anonymity because he was not authorized to speak to the press insisted the group would not disarm "until the paramilitaries are gone.\"""",
        ),
        [
            A("officials from both sides", "said", "Colombia's government and the country's second-largest rebel group will resume peace talks next month in Havana", "indirect"),
            A("Government negotiator Lucía Barrera", "told", "the new round would focus on a ceasefire in three provinces along the Venezuelan border", "indirect"),
            A("A rebel commander", "insisted", 'the group would not disarm "until the paramilitaries are gone', "mixed"),
        ],
    ),
    (
        "hb-06",
        "wire",
        P(
            """Flights resumed at Kathmandu's Tribhuvan International Airport on Friday after a three-day closure caused by heavy fog and a damaged runway light system.""",
            """More than 40,000 passengers had been stranded during the so-called "fog week", which has become an annual headache for the Himalayan nation's tourism industry. Airlines added extra flights to clear the backlog.""",
        ),
        [],
    ),
    (
        "hb-07",
        "wire",
        P(
            """Moscow says its forces have captured the village of Zorianivka in eastern Ukraine, a claim Kyiv denied on Sunday.""",
            """"The village remains under our control, and the fighting there continues," Ukrainian army spokesman Dmytro Lysenko said on national television.""",
            """Neither claim could be independently verified.""",
        ),
        [
            A("Moscow", "says", "its forces have captured the village of Zorianivka in eastern Ukraine", "indirect"),
            A("Kyiv", "denied", "a claim", "indirect"),
            A("Ukrainian army spokesman Dmytro Lysenko", "said", "The village remains under our control, and the fighting there continues", "direct"),
        ],
    ),
    (
        "hb-08",
        "wire",
        P(
            """Kenya's central bank left its benchmark lending rate unchanged at 10.5% on Tuesday, saying inflation was easing but the shilling remained vulnerable to shocks.""",
            """The bank "will continue to monitor developments in the global and domestic economy and take further action as necessary," its monetary policy committee said in a statement.""",
            """Seven of nine analysts polled by Reuters had expected a hold.""",
        ),
        [
            A("Kenya's central bank", "saying", "inflation was easing but the shilling remained vulnerable to shocks", "indirect"),
            A("its monetary policy committee", "said", 'The bank "will continue to monitor developments in the global and domestic economy and take further action as necessary', "mixed"),
            A("Seven of nine analysts", "expected", "a hold", "indirect"),
        ],
    ),
    (
        "hb-09",
        "wire",
        P(
            """The president of Guatemala's electoral tribunal resigned Monday, days after opposition parties accused the body of tampering with results in two departments.""",
            """"I leave with my conscience clear," Irma Coyoy wrote in a letter posted on the tribunal's website. She did not say who would replace her.""",
            """Opposition leader Mateo Quiej tweeted that the resignation was "a first step, not the last.\"""",
        ),
        [
            A("opposition parties", "accused", "the body of tampering with results in two departments", "indirect"),
            A("Irma Coyoy", "wrote", "I leave with my conscience clear", "direct"),
            A("Opposition leader Mateo Quiej", "tweeted", 'the resignation was "a first step, not the last', "mixed"),
        ],
    ),
    (
        "hb-10",
        "wire",
        P(
            """Indonesia will ban exports of raw bauxite from June, Energy Minister Hendra Wijaya told reporters in Jakarta on Wednesday.""",
            """The minister said the ban was meant to force miners to build smelters at home. Asked whether the deadline could slip, he said: "There will be no extension. None.\"""",
            """Industry groups have lobbied for a two-year delay.""",
        ),
        [
            A("Energy Minister Hendra Wijaya", "told", "Indonesia will ban exports of raw bauxite from June", "indirect"),
            A("Energy Minister Hendra Wijaya", "minister [said]", "the ban was meant to force miners to build smelters at home", "indirect", mention="The minister"),
            A("Energy Minister Hendra Wijaya", "he [said]", "There will be no extension. None", "direct", mention="[he] said:"),
        ],
    ),
    (
        "hb-11",
        "wire",
        P(
            """The United Nations refugee agency on Friday urged European governments to open more legal routes for asylum seekers, after at least 60 people drowned when their boat capsized off the Greek island of Kythnos.""",
            """UNHCR spokesperson Beatriz Salgado warned that smugglers were using "ever more dangerous" routes. The agency also called on Greek authorities to investigate reports that the coast guard had delayed the rescue.""",
        ),
        [
            A("The United Nations refugee agency", "urged", "European governments to open more legal routes for asylum seekers", "indirect"),
            A("UNHCR spokesperson Beatriz Salgado", "warned", 'smugglers were using "ever more dangerous" routes', "mixed"),
            A("The United Nations refugee agency", "called on", "Greek authorities to investigate reports that the coast guard had delayed the rescue", "indirect", mention="The agency"),
        ],
    ),
    (
        "hb-12",
        "wire",
        P(
            """Oil prices rose more than 2% on Monday as traders weighed supply disruptions in the Red Sea against signs of weaker demand in China.""",
            """Brent crude futures climbed $1.74 to $83.10 a barrel by 0930 GMT, while U.S. West Texas Intermediate gained $1.52 to $78.44. Both benchmarks had fallen for three straight sessions.""",
        ),
        [],
    ),
    (
        "hb-13",
        "wire",
        P(
            """NAIROBI, Kenya (AP) — Ethiopia's government on Sunday announced a 30-day state of emergency in the Amhara region, where fighting between the army and a regional militia has intensified.""",
            """A government spokesman, Abebe Tesfaye, confirmed that internet access had been cut in several towns but said the measure was temporary. He acknowledged that civilians had been killed in airstrikes last week, without giving a number.""",
        ),
        [
            A("Ethiopia's government", "announced", "a 30-day state of emergency in the Amhara region", "indirect"),
            A("Abebe Tesfaye", "confirmed", ["internet access had been cut in several towns", "the measure was temporary"], "indirect"),
            A("Abebe Tesfaye", "acknowledged", "civilians had been killed in airstrikes last week", "indirect", mention="He"),
        ],
    ),
    (
        "hb-14",
        "wire",
        P(
            """A previously unknown group, the Southern Liberation Front, said on Tuesday it had bombed a gas pipeline in Pakistan's Balochistan province.""",
            """In a message sent to journalists, the group said the attack was a warning to "foreign companies stealing our resources". Provincial officials said gas supplies to Quetta would be restored within 48 hours.""",
        ),
        [
            A("the Southern Liberation Front", "Front, [said]", "it had bombed a gas pipeline in Pakistan's Balochistan province", "indirect"),
            A("the Southern Liberation Front", "group [said] the", 'the attack was a warning to "foreign companies stealing our resources', "mixed", mention="the group"),
            A("Provincial officials", "officials [said]", "gas supplies to Quetta would be restored within 48 hours", "indirect"),
        ],
    ),
    # -- broadsheet feature ------------------------------------------------------------------
    (
        "hb-15",
        "feature",
        P(
            """On a wet Tuesday in Bradford, the queue outside the Thornbury food bank starts forming before eight.""",
            """'People think it's the unemployed who come here,' says Maureen Kettle, who has run the bank since 2016. 'It isn't. Half of them have jobs, some have two.'""",
            """Her volunteers' biggest worry, she says, is the winter: 'We've never had so little on the shelves.'""",
        ),
        [
            A("Maureen Kettle", "[says] Maureen", ["People think it's the unemployed who come here", "It isn't. Half of them have jobs, some have two"], "direct"),
            A("Maureen Kettle", "she [says]", ["Her volunteers' biggest worry", "is the winter: 'We've never had so little on the shelves"], "mixed", mention="[she] says"),
        ],
    ),
    (
        "hb-16",
        "feature",
        P(
            """Ahmad Rezaei was 19 when he crossed the mountains into Turkey on foot. He is 31 now, a qualified nurse in Leipzig, and he talks about the journey only when asked.""",
            """"We walked at night for eleven days," he said. "There were children with us, and an old man who could not keep up. We left him with a shepherd. I still think about him.""",
            """"When people here ask me why I came, I don't know where to start.\"""",
            """His application for citizenship has been pending since 2021.""",
        ),
        [
            A(
                "Ahmad Rezaei",
                "he [said]",
                [
                    "We walked at night for eleven days",
                    "There were children with us, and an old man who could not keep up. We left him with a shepherd. I still think about him",
                    "When people here ask me why I came, I don't know where to start",
                ],
                "direct",
                mention="[he] said",
            ),
        ],
    ),
    (
        "hb-17",
        "feature",
        P(
            """Her first novel, "The Orchard Years", sold fewer than 3,000 copies. Her second, "A Lesser Winter", was shortlisted for the Booker and has since been translated into 27 languages.""",
            """Linnea Halvorsen still writes in a converted boathouse on the edge of a fjord north of Bergen, with no internet connection and a temperamental wood stove. Booksellers shelve her under "Nordic noir", a label that has followed her since the first translation.""",
        ),
        [],
    ),
    (
        "hb-18",
        "feature",
        P(
            """In the hills above Oaxaca, mezcal producers are counting the cost of a boom.""",
            """“Ten years ago nobody outside this valley wanted our mezcal,” said Abelardo Ruiz, whose family has distilled in the same palenque for five generations. “Now they want too much of it.”""",
            """The agave takes eight years to mature. Ruiz’s neighbours, he said, had started harvesting plants at five. He called it “a kind of theft from our children”.""",
        ),
        [
            A("Abelardo Ruiz", "[said] Abelardo", ["Ten years ago nobody outside this valley wanted our mezcal", "Now they want too much of it"], "direct"),
            A("[Ruiz]’s neighbours", "he [said]", ["Ruiz’s neighbours", "had started harvesting plants at five"], "indirect", mention="[he] said"),
            A("[Ruiz]’s neighbours", "called", "it “a kind of theft from our children", "mixed", mention="He"),
        ],
    ),
    (
        "hb-19",
        "feature",
        P(
            """The new mayor of Lyon's 7th arrondissement has an unusual plan for the district's empty shops: give them away.""",
            """«A closed shutter costs the city more than a free lease,» argues Hélène Dumarché, an economist who advised the campaign. Her calculations, she explains, include lost footfall and higher insurance for neighbouring businesses.""",
            """Critics on the council call the scheme a gift to hipsters.""",
        ),
        [
            A("Hélène Dumarché", "argues", "A closed shutter costs the city more than a free lease", "direct"),
            A("Hélène Dumarché", "explains", ["Her calculations", "include lost footfall and higher insurance for neighbouring businesses"], "indirect", mention="she"),
            A("Critics on the council", "call", "the scheme a gift to hipsters", "indirect"),
        ],
    ),
    (
        "hb-20",
        "feature",
        P(
            """Grace Nakato remembers the morning the river took her house.""",
            """"I heard it before I saw it," she said, sitting on a plastic chair outside the tent that has been her home for four months. "A sound like a lorry that would not stop.""",
            """"By the time I got the children out, the water was at my knees.\"""",
            """District officials say 1,400 families in Kasese lost their homes in the May floods. Nakato says nobody from the government has visited her camp.""",
        ),
        [
            A(
                "Grace Nakato",
                "she [said]",
                ["I heard it before I saw it", "A sound like a lorry that would not stop", "By the time I got the children out, the water was at my knees"],
                "direct",
                mention="[she] said",
            ),
            A("District officials", "officials [say]", "1,400 families in Kasese lost their homes in the May floods", "indirect"),
            A("[Nakato] says", "Nakato [says]", "nobody from the government has visited her camp", "indirect"),
        ],
    ),
    (
        "hb-21",
        "feature",
        P(
            """Inside the Treasury, officials privately concede that the fiscal rules have become a straitjacket. The chancellor, Harriet Colquhoun, insists they have not.""",
            """'The rules are the rules,' she told this newspaper. 'If we start bending them for good causes, we'll bend them for bad ones too.'""",
            """One former permanent secretary, who asked not to be named, admits the government's hands are tied but says the real problem is 'a decade of pretending growth would come back on its own'.""",
        ),
        [
            A("officials", "concede", "the fiscal rules have become a straitjacket", "indirect"),
            A("Harriet Colquhoun", "insists", "they have not", "indirect"),
            A("Harriet Colquhoun", "told", ["The rules are the rules", "If we start bending them for good causes, we'll bend them for bad ones too"], "direct", mention="she"),
            A("One former permanent secretary", "admits", ["the government's hands are tied", "the real problem is 'a decade of pretending growth would come back on its own"], "mixed"),
        ],
    ),
    (
        "hb-22",
        "feature",
        P(
            """The village of Bramcote Magna has 212 residents, one pub and, since March, a "community fridge" in the old telephone box outside the post office.""",
            """Every evening a rota of volunteers stocks it with bread and vegetables left over from the Saturday market. By morning it is usually empty.""",
        ),
        [],
    ),
    (
        "hb-23",
        "feature",
        P(
            """Three residents of the Hollins estate on what the regeneration means to them:""",
            """Doreen Pike, 74, retired cook: "They've knocked down the launderette and the chemist. What's left for us?\"""",
            """Samir Haddad, 29, delivery rider: "Honestly, the new flats look great. I just can't afford one.\"""",
        ),
        [
            A("Doreen Pike", "cook[:]", "They've knocked down the launderette and the chemist. What's left for us?", "direct"),
            A("Samir Haddad", "rider[:]", "Honestly, the new flats look great. I just can't afford one", "direct"),
        ],
    ),
    (
        "hb-24",
        "feature",
        P(
            """“Every border is a story someone decided to tell.” — Tomas Lindqvist, cartographer""",
            """The exhibition at the Nordic Museum of Maps opens with that line, painted in white across a black wall. Its curator, Ilse Varga, says it sums up a show about the peoples Europe's maps left out.""",
        ),
        [
            A("Tomas Lindqvist", "—", "Every border is a story someone decided to tell", "direct"),
            A("Ilse Varga", "says", "it sums up a show about the peoples Europe's maps left out", "indirect"),
        ],
    ),
    # -- regional paper ----------------------------------------------------------------------
    (
        "hb-25",
        "regional",
        P(
            """Marlow County commissioners voted 4-1 on Tuesday to raise the property tax rate by 2 cents per $100 of assessed value, the first increase in nine years.""",
            """"Nobody up here wanted to do this," said Commissioner Darlene Pruitt, who voted for the increase. "But the jail roof isn't going to fix itself.\"""",
            """Commissioner Ray Tolliver, the lone no vote, said residents on fixed incomes could not absorb another bill. The new rate takes effect July 1.""",
        ),
        [
            A("Commissioner Darlene Pruitt", "[said] Commissioner", ["Nobody up here wanted to do this", "But the jail roof isn't going to fix itself"], "direct"),
            A("Commissioner Ray Tolliver", "vote, [said]", "residents on fixed incomes could not absorb another bill", "indirect"),
        ],
    ),
    (
        "hb-26",
        "regional",
        P(
            """RCMP are asking for the public's help after a 16-year-old girl went missing from her home in Antigonish on Friday evening.""",
            """Cpl. Jenna MacIsaac said the teen was last seen wearing a grey hoodie and black jeans. Police do not believe she is in danger but want to confirm she is safe, MacIsaac told the Herald.""",
        ),
        [
            A("Cpl. Jenna MacIsaac", "said", "the teen was last seen wearing a grey hoodie and black jeans", "indirect"),
            A("[MacIsaac] told", "told", "Police do not believe she is in danger but want to confirm she is safe", "indirect"),
        ],
    ),
    (
        "hb-27",
        "regional",
        P(
            """A shark sighting closed beaches along a 10-kilometre stretch of the Sunshine Coast on Sunday morning, according to Surf Life Saving Queensland.""",
            """Lifeguard supervisor Jarrod Whitby said a drone operator spotted the animal, believed to be a bull shark about 2.5 metres long, just beyond the break at Alexandra Headland.""",
            """"It was cruising pretty close to where kids had been on boards half an hour earlier," Mr Whitby said. Beaches reopened at 1pm.""",
        ),
        [
            A("Surf Life Saving Queensland", "according to", "A shark sighting closed beaches along a 10-kilometre stretch of the Sunshine Coast on Sunday morning", "indirect"),
            A("Lifeguard supervisor Jarrod Whitby", "Whitby [said] a", "a drone operator spotted the animal, believed to be a bull shark about 2.5 metres long, just beyond the break at Alexandra Headland", "indirect"),
            A("Mr Whitby", "Mr Whitby [said]", "It was cruising pretty close to where kids had been on boards half an hour earlier", "direct"),
        ],
    ),
    (
        "hb-28",
        "regional",
        P(
            """The Pune Municipal Corporation will begin a water-cut schedule from Monday as storage in the four dams supplying the city has dropped to 31 per cent, officials said.""",
            """Municipal commissioner Sunil Deshmukh stated that the cut would apply on alternate days in the eastern wards. He informed that tankers would be deployed to housing societies on request.""",
            """Residents of Kharadi complained of irregular supply even before the announcement.""",
        ),
        [
            A("officials", "said", "The Pune Municipal Corporation will begin a water-cut schedule from Monday as storage in the four dams supplying the city has dropped to 31 per cent", "indirect"),
            A("Municipal commissioner Sunil Deshmukh", "stated", "the cut would apply on alternate days in the eastern wards", "indirect"),
            A("Municipal commissioner Sunil Deshmukh", "informed", "tankers would be deployed to housing societies on request", "indirect", mention="He"),
            A("Residents of Kharadi", "complained", "irregular supply", "indirect"),
        ],
    ),
    (
        "hb-29",
        "regional",
        P(
            """Parents have launched a petition to save Glenmoor Primary School, which Hexley Borough Council plans to close next summer because of falling pupil numbers.""",
            """A spokesperson for the council said no final decision had been made and that a public consultation would run until 14 November.""",
            """Parent governor Aisha Mahmood warned that closing the school would force children as young as four to travel nearly five miles each way.""",
        ),
        [
            A("A spokesperson for the council", "said", "no final decision had been made and that a public consultation would run until 14 November", "indirect"),
            A("Parent governor Aisha Mahmood", "warned", "closing the school would force children as young as four to travel nearly five miles each way", "indirect"),
        ],
    ),
    (
        "hb-30",
        "regional",
        P(
            """The Cedar Falls Farmers Market will open for the season on Saturday, May 4, in its new location on the riverside lot behind City Hall.""",
            """About 60 vendors are expected, including several new growers from Grundy County. The market runs from 7 a.m. to noon every Saturday through October, and free parking is available in the Main Street ramp.""",
        ),
        [],
    ),
    (
        "hb-31",
        "regional",
        P(
            """A 42-year-old Millbrook man was charged Thursday with arson in connection with a fire that destroyed a vacant warehouse on Front Street last month, police said.""",
            """According to a criminal complaint, a witness saw a man pouring liquid from a red container near the building shortly before midnight. The man, Darren Voss, has denied setting the fire. His attorney, Nora Lindgren, said her client would plead not guilty at an arraignment next week.""",
        ),
        [
            A("police", "police [said]", "A 42-year-old Millbrook man was charged Thursday with arson in connection with a fire that destroyed a vacant warehouse on Front Street last month", "indirect"),
            A("a criminal complaint", "According to", "a witness saw a man pouring liquid from a red container near the building shortly before midnight", "indirect"),
            A("Darren Voss", "denied", "setting the fire", "indirect"),
            A("Nora Lindgren", "Lindgren, [said]", "her client would plead not guilty at an arraignment next week", "indirect"),
        ],
    ),
    (
        "hb-32",
        "regional",
        P(
            """Margaret "Peggy" Dunleavy, who taught English at Harlow High School for 38 years and wrote a history of the town, "Harlow Between the Wars", died Saturday at her home. She was 91.""",
            """Dunleavy was born in Cork, Ireland, and moved to Harlow in 1958. She is survived by two sons, five grandchildren and a great-granddaughter.""",
        ),
        [],
    ),
    (
        "hb-33",
        "regional",
        P(
            """Staff at Westbrook General Hospital say emergency patients are waiting up to 14 hours for a bed, as the hospital struggles with a shortage of nurses.""",
            """The nurses' union claims 80 posts are vacant. Hospital management disputes that figure, saying the true number is closer to 45 and that recruitment is under way.""",
        ),
        [
            A("Staff at Westbrook General Hospital", "Hospital [say]", "emergency patients are waiting up to 14 hours for a bed", "indirect"),
            A("The nurses' union", "claims", "80 posts are vacant", "indirect"),
            A("Hospital management", "disputes", ["that figure", "the true number is closer to 45 and that recruitment is under way"], "indirect"),
        ],
    ),
    # -- rights-group report summary ---------------------------------------------------------
    (
        "hb-34",
        "rights",
        P(
            """(Geneva) – Security forces in Cameroon's Far North region have detained at least 340 people without charge since January, many of them in unofficial sites, the Coalition for Rights Monitoring said in a report released today.""",
            """The 62-page report, "Nowhere to Turn," is based on interviews with 87 former detainees, relatives and lawyers. Former detainees described being held in shipping containers for weeks and denied access to lawyers.""",
            """"They took my phone and my shoes and told me to walk into the container." — a 34-year-old former detainee from Maroua""",
            """"The authorities should immediately disclose the location of everyone in custody," said Farida Osei, senior researcher at the coalition.""",
        ),
        [
            A("the Coalition for Rights Monitoring", "Monitoring [said]", "Security forces in Cameroon's Far North region have detained at least 340 people without charge since January, many of them in unofficial sites", "indirect"),
            A("Former detainees", "described", "being held in shipping containers for weeks and denied access to lawyers", "indirect"),
            A("a 34-year-old former detainee from Maroua", "—", "They took my phone and my shoes and told me to walk into the container", "direct"),
            A("Farida Osei", "[said] Farida", "The authorities should immediately disclose the location of everyone in custody", "direct"),
        ],
    ),
    (
        "hb-35",
        "rights",
        P(
            """Amnesty International on Thursday called on the authorities in Tajikistan to release 14 lawyers jailed after representing opposition activists, saying their convictions were "a blatant attempt to intimidate the legal profession".""",
            """The organization said the lawyers had been sentenced to between seven and 16 years in prison on charges of extremism after closed trials. Tajikistan's Prosecutor General's Office did not respond to a request for comment.""",
        ),
        [
            A("Amnesty International", "called on", ["the authorities in Tajikistan to release 14 lawyers jailed after representing opposition activists", 'their convictions were "a blatant attempt to intimidate the legal profession'], "mixed"),
            A("Amnesty International", "organization [said]", "the lawyers had been sentenced to between seven and 16 years in prison on charges of extremism after closed trials", "indirect", mention="The organization"),
        ],
    ),
    (
        "hb-36",
        "rights",
        P(
            """The Bangkok-based Asian Forum for Migrant Workers alleges in a report published on Monday that recruitment agencies in Nepal charged workers bound for Malaysia fees of up to $4,500, in breach of a 2015 agreement that makes employers responsible for recruitment costs.""",
            """Many workers took loans at interest rates of 36% or more to pay the fees, according to the report. The Nepali Department of Foreign Employment said it had suspended the licences of nine agencies and was investigating others.""",
        ),
        [
            A("The Bangkok-based Asian Forum for Migrant Workers", "alleges", "recruitment agencies in Nepal charged workers bound for Malaysia fees of up to $4,500, in breach of a 2015 agreement that makes employers responsible for recruitment costs", "indirect"),
            A("the report", "according to", "Many workers took loans at interest rates of 36% or more to pay the fees", "indirect"),
            A("The Nepali Department of Foreign Employment", "Employment [said]", "it had suspended the licences of nine agencies and was investigating others", "indirect"),
        ],
    ),
    (
        "hb-37",
        "rights",
        P(
            """Women interviewed by researchers in three refugee camps near Cox's Bazar said they had stopped sending their daughters to learning centres after a series of abductions on the way to class.""",
            """"My girl is twelve. I cannot take the risk," one mother, identified only as Hasina, told the researchers.""",
            """Bangladesh's refugee relief commissioner rejected the findings, calling them "exaggerated and unverified".""",
        ),
        [
            A("Women", "Bazar [said]", "they had stopped sending their daughters to learning centres after a series of abductions on the way to class", "indirect"),
            A("Hasina", "told", "My girl is twelve. I cannot take the risk", "direct"),
            A("Bangladesh's refugee relief commissioner", "rejected", ["the findings", 'them "exaggerated and unverified'], "mixed"),
        ],
    ),
    (
        "hb-38",
        "rights",
        P(
            """The report covers the period from January 2022 to March 2024 and draws on court records, satellite imagery and more than 200 interviews conducted in Kurdish, Arabic and Turkish.""",
            """Its title, "The Quiet Border," refers to the stretch of the Syria-Turkey frontier east of Qamishli, where most of the documented pushbacks took place. Annexes list the names of 61 people who died in custody.""",
        ),
        [],
    ),
    (
        "hb-39",
        "rights",
        P(
            """Mexico's National Human Rights Commission said on Wednesday it had received 1,120 complaints of abuse by migration agents in the first half of the year, while the National Migration Institute insisted its staff followed "strict protocols".""",
            """Commission president Elena Ruiz Cordero noted that most complaints came from the southern states of Chiapas and Tabasco. She acknowledged the figures were probably an undercount.""",
        ),
        [
            A("Mexico's National Human Rights Commission", "said", "it had received 1,120 complaints of abuse by migration agents in the first half of the year", "indirect"),
            A("the National Migration Institute", "insisted", 'its staff followed "strict protocols', "mixed"),
            A("Commission president Elena Ruiz Cordero", "noted", "most complaints came from the southern states of Chiapas and Tabasco", "indirect"),
            A("Commission president Elena Ruiz Cordero", "acknowledged", "the figures were probably an undercount", "indirect", mention="She"),
        ],
    ),
    (
        "hb-40",
        "rights",
        P(
            """In an open letter to the European Commission, 38 civil society groups wrote that new rules on screening migrants at the EU's external borders risked "normalising detention of children".""",
            """The letter's signatories, who include Save the Children and the Jesuit Refugee Service, urged the Commission to exempt families from the screening procedure. A Commission spokesperson said it would reply to the letter "in due course.\"""",
        ),
        [
            A("38 civil society groups", "wrote", 'new rules on screening migrants at the EU\'s external borders risked "normalising detention of children', "mixed"),
            A("The letter's signatories", "urged", "the Commission to exempt families from the screening procedure", "indirect"),
            A("A Commission spokesperson", "said", 'it would reply to the letter "in due course', "mixed"),
        ],
    ),
    (
        "hb-41",
        "rights",
        P(
            """Médecins Sans Frontières said its teams in Port-au-Prince treated 1,300 people for gunshot wounds between March and June, more than double the number in the same period last year.""",
            """"Our emergency room has become a war surgery unit," said Dr. Jean-Baptiste Lafleur, the group's medical coordinator in Haiti. He said patients often arrived hours after being shot because ambulances could not cross gang checkpoints.""",
        ),
        [
            A("Médecins Sans Frontières", "Frontières [said]", "its teams in Port-au-Prince treated 1,300 people for gunshot wounds between March and June, more than double the number in the same period last year", "indirect"),
            A("Dr. Jean-Baptiste Lafleur", "[said] Dr.", "Our emergency room has become a war surgery unit", "direct"),
            A("Dr. Jean-Baptiste Lafleur", "He [said]", "patients often arrived hours after being shot because ambulances could not cross gang checkpoints", "indirect", mention="He"),
        ],
    ),
    (
        "hb-42",
        "rights",
        P(
            """Georgia's public defender opened an inquiry on Monday into the treatment of people detained after last month's demonstrations in Batumi. It has been alleged that at least 20 protesters were beaten in custody.""",
            """The Interior Ministry has denied any mistreatment. It said in a statement that officers had "acted strictly within the law" and that all detainees had been seen by a doctor.""",
        ),
        [
            A(None, "alleged", "at least 20 protesters were beaten in custody", "indirect"),
            A("The Interior Ministry", "denied", "any mistreatment", "indirect"),
            A("The Interior Ministry", "It [said]", 'officers had "acted strictly within the law" and that all detainees had been seen by a doctor', "mixed", mention="[It] said"),
        ],
    ),
    # -- business / economy ------------------------------------------------------------------
    (
        "hb-43",
        "business",
        P(
            """Swedish truckmaker Nordvik AB reported a 12% drop in third-quarter operating profit on Thursday and warned that demand in Europe would weaken further next year.""",
            """"We are seeing customers postpone orders," Chief Executive Karin Holmqvist told analysts on a conference call, "as freight volumes soften." She said the company would cut production at its plant in Umeå by about 15% from January.""",
            """Nordvik shares fell 4.1% in Stockholm.""",
        ),
        [
            A("Swedish truckmaker Nordvik AB", "reported", ["a 12% drop in third-quarter operating profit", "demand in Europe would weaken further next year"], "indirect"),
            A("Chief Executive Karin Holmqvist", "told", ["We are seeing customers postpone orders", "as freight volumes soften"], "direct"),
            A("Chief Executive Karin Holmqvist", "She [said]", "the company would cut production at its plant in Umeå by about 15% from January", "indirect", mention="She"),
        ],
    ),
    (
        "hb-44",
        "business",
        P(
            """Inflation in the euro area is likely to fall back to the European Central Bank's 2% target by the middle of next year, board member Matthias Kranz said in a speech in Frankfurt on Tuesday.""",
            """Kranz argued that wage growth, not energy prices, was now the main risk, adding that the bank should not rush to cut rates. Some economists disagree. Lena Fischbach, chief economist at Hanse Bank, predicted that services inflation would stay above 3% well into next year.""",
        ),
        [
            A("board member Matthias Kranz", "said", "Inflation in the euro area is likely to fall back to the European Central Bank's 2% target by the middle of next year", "indirect"),
            A("[Kranz] argued", "argued", ["wage growth, not energy prices, was now the main risk", "the bank should not rush to cut rates"], "indirect"),
            A("Lena Fischbach", "predicted", "services inflation would stay above 3% well into next year", "indirect"),
        ],
    ),
    (
        "hb-45",
        "business",
        P(
            """Brazilian meatpacker Frigosul is in talks to buy a majority stake in Uruguay's Carnes del Plata for about $600 million, two people familiar with the matter said.""",
            """Frigosul declined to comment. Carnes del Plata said in a statement it "does not comment on market rumours" but confirmed it had received approaches from several potential investors.""",
        ),
        [
            A("two people familiar with the matter", "matter [said]", "Brazilian meatpacker Frigosul is in talks to buy a majority stake in Uruguay's Carnes del Plata for about $600 million", "indirect"),
            A("[Carnes del Plata] said", "Plata [said]", ['it "does not comment on market rumours', "it had received approaches from several potential investors"], "mixed"),
        ],
    ),
    (
        "hb-46",
        "business",
        P(
            """The International Monetary Fund cut its growth forecast for Egypt to 3.6% for the fiscal year on Wednesday, saying weaker Suez Canal revenues and tight financing conditions were weighing on activity.""",
            """In a statement at the end of a staff visit to Cairo, mission chief Ivanna Petrova said the authorities had made "commendable progress" on reducing inflation. The Fund urged Egypt to speed up the sale of state-owned assets.""",
        ),
        [
            A("The International Monetary Fund", "saying", "weaker Suez Canal revenues and tight financing conditions were weighing on activity", "indirect"),
            A("mission chief Ivanna Petrova", "Petrova [said]", 'the authorities had made "commendable progress" on reducing inflation', "mixed"),
            A("The International Monetary Fund", "urged", "Egypt to speed up the sale of state-owned assets", "indirect", mention="The Fund"),
        ],
    ),
    (
        "hb-47",
        "business",
        P(
            """Shares in Hanwell Foods jumped 18% in early trading in London after the company agreed to sell its frozen-desserts arm to a U.S. private equity firm for £410 million.""",
            """The deal, expected to close in the first quarter, would leave Hanwell focused on its bakery and snacks brands, which account for roughly two-thirds of its revenue.""",
        ),
        [],
    ),
    (
        "hb-48",
        "business",
        P(
            """Dockworkers at Chile's port of San Antonio walked off the job on Monday, halting exports of copper and fruit, in a dispute over automation.""",
            """"Every crane they automate," union leader Hernán Vidal told a rally outside the port gates, "is thirty families without bread.\"""",
            """The port operator, Puerto Central Andino, countered that no jobs would be lost and that workers would be retrained.""",
        ),
        [
            A("union leader Hernán Vidal", "told", ["Every crane they automate", "is thirty families without bread"], "direct"),
            A("Puerto Central Andino", "countered", "no jobs would be lost and that workers would be retrained", "indirect"),
        ],
    ),
    (
        "hb-49",
        "business",
        P(
            """Beijing will impose export controls on two rare metals used in chip-making from Aug. 1, China's commerce ministry said on Monday.""",
            """The move drew a swift response from Tokyo, where trade minister Kenji Arakawa said Japan would "carefully examine" its impact on domestic manufacturers. Washington has not commented.""",
        ),
        [
            A("China's commerce ministry", "ministry [said]", "Beijing will impose export controls on two rare metals used in chip-making from Aug. 1", "indirect"),
            A("trade minister Kenji Arakawa", "Arakawa [said]", 'Japan would "carefully examine" its impact on domestic manufacturers', "mixed"),
        ],
    ),
    (
        "hb-50",
        "business",
        P(
            """Unemployment in Spain fell to 11.2% in the second quarter, its lowest level since 2008, according to the National Statistics Institute.""",
            """Labour Minister Carmen Aldana welcomed the data, saying it showed the labour reform was working. Youth unemployment, however, remained above 25%.""",
        ),
        [
            A("the National Statistics Institute", "according to", "Unemployment in Spain fell to 11.2% in the second quarter, its lowest level since 2008", "indirect"),
            A("Labour Minister Carmen Aldana", "saying", "it showed the labour reform was working", "indirect"),
        ],
    ),
    (
        "hb-51",
        "business",
        P(
            """Lagos-based payments startup Kora Pay has raised $25 million in a funding round led by a Dutch venture fund, the company said on Wednesday.""",
            """Founder Adaeze Okonkwo said the money would be used to expand into Ghana and Côte d'Ivoire. "Cross-border payments in West Africa are still slow and expensive," she added. "We think we can make them as simple as sending a text message.\"""",
        ),
        [
            A("Lagos-based payments startup Kora Pay", "company [said]", "Lagos-based payments startup Kora Pay has raised $25 million in a funding round led by a Dutch venture fund", "indirect", mention="the company"),
            A("Founder Adaeze Okonkwo", "Okonkwo [said]", "the money would be used to expand into Ghana and Côte d'Ivoire", "indirect"),
            A("Founder Adaeze Okonkwo", "added", ["Cross-border payments in West Africa are still slow and expensive", "We think we can make them as simple as sending a text message"], "direct", mention="she"),
        ],
    ),
    (
        "hb-52",
        "business",
        P(
            """Australia's trade minister on Tuesday accused Beijing of using tariffs on barley and wine as "economic coercion", while a Chinese embassy spokesman described the measures as a normal response to dumping.""",
            """The spokesman called on Canberra to "stop politicising trade issues".""",
        ),
        [
            A("Australia's trade minister", "accused", 'Beijing of using tariffs on barley and wine as "economic coercion', "mixed"),
            A("a Chinese embassy spokesman", "described", "the measures as a normal response to dumping", "indirect"),
            A("a Chinese embassy spokesman", "called on", 'Canberra to "stop politicising trade issues', "mixed", mention="The spokesman"),
        ],
    ),
    # -- court -------------------------------------------------------------------------------
    (
        "hb-53",
        "court",
        P(
            """A former bank manager who stole £1.2 million from elderly customers over seven years was jailed for six years at Leeds Crown Court on Friday.""",
            """Prosecutors said Gareth Pemberton, 51, used the money to pay for holidays, a boat and gambling debts. Sentencing him, Judge Alison Crewe told Pemberton he had "preyed on the trust of people who had banked with you for decades".""",
            """Pemberton, who pleaded guilty to fraud by abuse of position, showed no emotion as the sentence was read.""",
        ),
        [
            A("Prosecutors", "said", "Gareth Pemberton, 51, used the money to pay for holidays, a boat and gambling debts", "indirect"),
            A("Judge Alison Crewe", "told", 'he had "preyed on the trust of people who had banked with you for decades', "mixed"),
        ],
    ),
    (
        "hb-54",
        "court",
        P(
            """A federal judge in Texas on Monday temporarily blocked a state law that would require social media companies to verify the ages of all users, finding it likely violates the First Amendment.""",
            """In a 34-page ruling, U.S. District Judge Marcus Oyelowo wrote that the law "sweeps far more broadly than necessary" to protect children. Attorneys for the state argued that the requirement was no more burdensome than age checks for buying alcohol. The Texas attorney general's office said it would appeal.""",
        ),
        [
            A("A federal judge in Texas", "finding", "it likely violates the First Amendment", "indirect"),
            A("U.S. District Judge Marcus Oyelowo", "wrote", 'the law "sweeps far more broadly than necessary" to protect children', "mixed"),
            A("Attorneys for the state", "argued", "the requirement was no more burdensome than age checks for buying alcohol", "indirect"),
            A("The Texas attorney general's office", "office [said]", "it would appeal", "indirect"),
        ],
    ),
    (
        "hb-55",
        "court",
        P(
            """The High Court in Nairobi on Thursday declared unconstitutional a government directive that barred civil servants from joining trade unions.""",
            """Justice Wanjiru Kamau held that the directive violated the right to freedom of association. Counsel for the Public Service Commission had submitted that the ban was necessary to keep essential services running during strikes.""",
        ),
        [
            A("Justice Wanjiru Kamau", "held", "the directive violated the right to freedom of association", "indirect"),
            A("Counsel for the Public Service Commission", "submitted", "the ban was necessary to keep essential services running during strikes", "indirect"),
        ],
    ),
    (
        "hb-56",
        "court",
        P(
            """A French court on Wednesday sentenced former mayor Philippe Garnier to three years in prison, two of them suspended, for awarding public contracts to companies run by his relatives.""",
            """Garnier, 67, has always denied wrongdoing. “I never took a single euro for myself,” he told the court in Marseille last month, “and I will prove it on appeal.”""",
            """His lawyer, Sophie Marchetti, said the verdict would be appealed.""",
        ),
        [
            A("[Garnier], 67", "denied", "wrongdoing", "indirect"),
            A("[Garnier], 67", "told", ["I never took a single euro for myself", "and I will prove it on appeal"], "direct", mention="[he] told"),
            A("Sophie Marchetti", "said", "the verdict would be appealed", "indirect"),
        ],
    ),
    (
        "hb-57",
        "court",
        P(
            """The trial of six men accused of smuggling migrants across the English Channel opened at Canterbury Crown Court on Monday and is expected to last eight weeks.""",
            """The men, who are aged between 24 and 53, face charges of conspiracy to facilitate illegal immigration. A jury of seven women and five men was sworn in before the case was adjourned until Tuesday.""",
        ),
        [],
    ),
    (
        "hb-58",
        "court",
        P(
            """Three former employees of ride-hailing firm Zipcab have sued the company in San Francisco federal court, claiming it misclassified thousands of drivers as independent contractors to avoid paying overtime.""",
            """The lawsuit, filed on Tuesday, seeks class-action status. Zipcab "will vigorously defend itself against these meritless claims," a company spokeswoman said in an email.""",
        ),
        [
            A("Three former employees of ride-hailing firm Zipcab", "claiming", "it misclassified thousands of drivers as independent contractors to avoid paying overtime", "indirect"),
            A("a company spokeswoman", "said", 'Zipcab "will vigorously defend itself against these meritless claims', "mixed"),
        ],
    ),
    (
        "hb-59",
        "court",
        P(
            """Prosecutors at the International Criminal Court told judges on Tuesday that a former militia commander from the Central African Republic personally ordered attacks on Muslim civilians in 2014.""",
            """"He was not a bystander to these crimes. He was their architect," prosecutor Nadia Haddad said in her opening statement.""",
            """Defence lawyers say their client, Édouard Mbaïkoua, was a low-ranking fighter with no authority over the units involved.""",
        ),
        [
            A("Prosecutors at the International Criminal Court", "told", "a former militia commander from the Central African Republic personally ordered attacks on Muslim civilians in 2014", "indirect"),
            A("prosecutor Nadia Haddad", "said", "He was not a bystander to these crimes. He was their architect", "direct"),
            A("Defence lawyers", "say", "their client, Édouard Mbaïkoua, was a low-ranking fighter with no authority over the units involved", "indirect"),
        ],
    ),
    (
        "hb-60",
        "court",
        P(
            """An appeals court in Warsaw on Friday upheld a fine against a public broadcaster, saying its coverage of the 2023 election campaign had been "biased and one-sided.""",
            """The broadcaster said it would take the case to the Supreme Court. Its director, Paweł Zieliński, told reporters the ruling was "an attack on editorial independence.\"""",
        ),
        [
            A("An appeals court in Warsaw", "saying", 'its coverage of the 2023 election campaign had been "biased and one-sided', "mixed"),
            A("a public broadcaster", "broadcaster [said]", "it would take the case to the Supreme Court", "indirect", mention="The broadcaster"),
            A("Paweł Zieliński", "told", 'the ruling was "an attack on editorial independence', "mixed"),
        ],
    ),
    (
        "hb-61",
        "court",
        P(
            """A former procurement officer at Zambia's health ministry pleaded not guilty on Monday to charges that he took bribes to steer a $17 million contract for hospital beds to a shell company.""",
            """The indictment alleges that Mwila Banda received at least $800,000 through relatives' bank accounts. According to court documents, investigators found cash in a chest freezer at his farm outside Lusaka.""",
        ),
        [
            A("The indictment", "alleges", "Mwila Banda received at least $800,000 through relatives' bank accounts", "indirect"),
            A("court documents", "According to", "investigators found cash in a chest freezer at his farm outside Lusaka", "indirect"),
        ],
    ),
    # -- disaster ----------------------------------------------------------------------------
    (
        "hb-62",
        "disaster",
        P(
            """ISTANBUL (AP) — A magnitude 6.4 earthquake struck eastern Turkey before dawn on Sunday, killing at least 23 people and collapsing dozens of buildings in the province of Malatya, officials said.""",
            """Rescue teams were searching through the rubble of a five-story apartment block in the town of Doğanşehir, where residents said they could hear voices.""",
            """"We dug with our hands until the machines arrived," said Yusuf Kaplan, 45, whose brother's family lived on the third floor. "We could hear the little one crying. Then we couldn't.\"""",
            """Health Minister Selin Aydemir said 212 people had been taken to hospitals.""",
        ),
        [
            A("officials", "officials [said]", "A magnitude 6.4 earthquake struck eastern Turkey before dawn on Sunday, killing at least 23 people and collapsing dozens of buildings in the province of Malatya", "indirect"),
            A("residents", "residents [said]", "they could hear voices", "indirect"),
            A("Yusuf Kaplan", "[said] Yusuf", ["We dug with our hands until the machines arrived", "We could hear the little one crying. Then we couldn't"], "direct"),
            A("Health Minister Selin Aydemir", "Aydemir [said]", "212 people had been taken to hospitals", "indirect"),
        ],
    ),
    (
        "hb-63",
        "disaster",
        P(
            """At least 41 people have died in floods in southern China's Guangxi region, state broadcaster CCTV reported on Thursday, as rescuers searched for dozens more swept away by swollen rivers.""",
            """«The water rose two metres in less than an hour,» a shopkeeper in the city of Wuzhou told AFP by telephone, asking not to be named. «We climbed onto the roof and waited.»""",
            """More than 120,000 people have been evacuated, according to local authorities.""",
        ),
        [
            A("state broadcaster CCTV", "reported", "At least 41 people have died in floods in southern China's Guangxi region", "indirect"),
            A("a shopkeeper in the city of Wuzhou", "told", ["The water rose two metres in less than an hour", "We climbed onto the roof and waited"], "direct"),
            A("local authorities", "according to", "More than 120,000 people have been evacuated", "indirect"),
        ],
    ),
    (
        "hb-64",
        "disaster",
        P(
            """Evacuation orders were expanded Tuesday to include the town of Pine Hollow as the Sawtooth Fire grew to more than 48,000 acres, fire officials said.""",
            """The fire was 5% contained. "Conditions are going to get worse before they get better — we're expecting gusts up to 50 mph this afternoon," said incident commander Luis Ortega.""",
            """Ortega urged residents who had not yet left to go now. "Don't wait for a knock on the door," he said.""",
        ),
        [
            A("fire officials", "officials [said]", "Evacuation orders were expanded Tuesday to include the town of Pine Hollow as the Sawtooth Fire grew to more than 48,000 acres", "indirect"),
            A("incident commander Luis Ortega", "[said] incident", "Conditions are going to get worse before they get better — we're expecting gusts up to 50 mph this afternoon", "direct"),
            A("[Ortega] urged", "urged", "residents who had not yet left to go now", "indirect"),
            A("[Ortega] urged", "he [said]", "Don't wait for a knock on the door", "direct", mention="[he] said"),
        ],
    ),
    (
        "hb-65",
        "disaster",
        P(
            """Cyclone Nisha made landfall near the port of Chittagong on Wednesday night with winds of up to 150 km per hour, Bangladesh's meteorological department said.""",
            """The department warned of storm surges of up to three metres in low-lying coastal districts. About 800,000 people had been moved to cyclone shelters, disaster management secretary Kamrul Hasan told Reuters. He said there were no immediate reports of casualties.""",
        ),
        [
            A("Bangladesh's meteorological department", "department [said]", "Cyclone Nisha made landfall near the port of Chittagong on Wednesday night with winds of up to 150 km per hour", "indirect"),
            A("Bangladesh's meteorological department", "warned", "storm surges of up to three metres in low-lying coastal districts", "indirect", mention="The department"),
            A("disaster management secretary Kamrul Hasan", "told", "About 800,000 people had been moved to cyclone shelters", "indirect"),
            A("disaster management secretary Kamrul Hasan", "He [said]", "there were no immediate reports of casualties", "indirect", mention="He"),
        ],
    ),
    (
        "hb-66",
        "disaster",
        P(
            """A landslide buried part of a highway in Nepal's Dhading district on Saturday, trapping two buses and several cars under mud and rock.""",
            """Soldiers and police used excavators to clear the debris through the night. The highway, which links Kathmandu with the tourist city of Pokhara, remained closed on Sunday morning.""",
        ),
        [],
    ),
    (
        "hb-67",
        "disaster",
        P(
            """Rescue workers reached 11 miners trapped underground for three days at the Klipdrift gold mine west of Johannesburg, and all were alive, the mine's owner said on Saturday.""",
            """In a statement, Karoo Deep Mining said: "Our focus now is on bringing them to surface safely and getting them medical care." The National Union of Mineworkers blamed the accident on "years of cutting corners on maintenance" and called for a full inquiry.""",
        ),
        [
            A("the mine's owner", "owner [said]", "Rescue workers reached 11 miners trapped underground for three days at the Klipdrift gold mine west of Johannesburg, and all were alive", "indirect"),
            A("Karoo Deep Mining", "Mining [said]", "Our focus now is on bringing them to surface safely and getting them medical care", "direct"),
            A("The National Union of Mineworkers", "blamed", ['the accident on "years of cutting corners on maintenance', "a full inquiry"], "mixed"),
        ],
    ),
    (
        "hb-68",
        "disaster",
        P(
            """Temperatures crossed 47 degrees Celsius in parts of Rajasthan and Uttar Pradesh on Monday, and the India Meteorological Department said the heatwave would last at least four more days.""",
            """Doctors at a government hospital in Banda said they had treated more than 60 patients for heatstroke since Friday. "Most of them are labourers who had no choice but to keep working," one doctor told PTI.""",
        ),
        [
            A("the India Meteorological Department", "Department [said]", "the heatwave would last at least four more days", "indirect"),
            A("Doctors at a government hospital in Banda", "Banda [said]", "they had treated more than 60 patients for heatstroke since Friday", "indirect"),
            A("one doctor", "told", "Most of them are labourers who had no choice but to keep working", "direct"),
        ],
    ),
    (
        "hb-69",
        "disaster",
        P(
            """Mount Kalora in North Sulawesi erupted on Tuesday, sending an ash column 5 kilometres into the sky and forcing the closure of Manado's airport.""",
            """The volcanology agency raised the alert to its highest level. Its head, Budi Santoso, told reporters: "There is a risk of pyroclastic flows reaching the villages on the eastern slope.""",
            """"We are asking everyone within seven kilometres to leave immediately.\"""",
        ),
        [
            A("Budi Santoso", "told", ["There is a risk of pyroclastic flows reaching the villages on the eastern slope", "We are asking everyone within seven kilometres to leave immediately"], "direct"),
        ],
    ),
    (
        "hb-70",
        "disaster",
        P(
            """At least nine people were killed when two passenger trains collided head-on near the Greek city of Lamia late on Friday, the fire service said.""",
            """Transport Minister Giorgos Lekkas said it was too early to say what caused the crash, while the train drivers' union blamed a faulty signalling system.""",
        ),
        [
            A("the fire service", "service [said]", "At least nine people were killed when two passenger trains collided head-on near the Greek city of Lamia late on Friday", "indirect"),
            A("Transport Minister Giorgos Lekkas", "Lekkas [said]", "it was too early to say what caused the crash", "indirect"),
            A("the train drivers' union", "blamed", "a faulty signalling system", "indirect"),
        ],
    ),
    (
        "hb-71",
        "disaster",
        P(
            """The International Federation of Red Cross and Red Crescent Societies launched an emergency appeal on Monday for 12 million Swiss francs to help 200,000 people affected by floods in Malawi.""",
            """"Families have lost their homes, their crops and their seed for next season," said Chikondi Banda, who heads the Malawi Red Cross. She said cholera was "our biggest fear" in the crowded camps.""",
        ),
        [
            A("Chikondi Banda", "[said] Chikondi", "Families have lost their homes, their crops and their seed for next season", "direct"),
            A("Chikondi Banda", "She [said]", 'cholera was "our biggest fear" in the crowded camps', "mixed", mention="She"),
        ],
    ),
    # -- sports-politics ---------------------------------------------------------------------
    (
        "hb-72",
        "sports",
        P(
            """Norway's football federation said on Thursday it would not boycott next year's World Cup. Its members had voted in March for a stronger stance on migrant workers' rights in the host country.""",
            """"We believe we can achieve more by going and speaking out than by staying at home," federation president Kari Lund said. Sports Minister Anders Bakke said the decision was "a matter for the federation alone.\"""",
        ),
        [
            A("Norway's football federation", "federation [said]", "it would not boycott next year's World Cup", "indirect"),
            A("federation president Kari Lund", "Lund [said]", "We believe we can achieve more by going and speaking out than by staying at home", "direct"),
            A("Sports Minister Anders Bakke", "Bakke [said]", 'the decision was "a matter for the federation alone', "mixed"),
        ],
    ),
    (
        "hb-73",
        "sports",
        P(
            """Thousands of fans lined the streets of Buenos Aires on Tuesday to welcome home the national rugby team after its best World Cup finish in 16 years.""",
            """Banners reading "Gracias, Pumas" hung from balconies along the Avenida de Mayo. The squad's open-top bus took nearly three hours to cover two kilometres, and the team's warning to fans to stay off the road went largely unheeded.""",
        ),
        [],
    ),
    (
        "hb-74",
        "sports",
        P(
            """Voters in Halden County will decide in November whether to spend $380 million in public money on a new stadium for the Halden Hawks.""",
            """Team owner Richard Vance insisted the club would stay in the city whatever the result. Opponents are not convinced. "He has threatened to move the team three times in ten years," said Marisol Ortega, who leads the No Stadium Subsidy campaign.""",
        ),
        [
            A("Team owner Richard Vance", "insisted", "the club would stay in the city whatever the result", "indirect"),
            A("Marisol Ortega", "said", "He has threatened to move the team three times in ten years", "direct"),
        ],
    ),
    (
        "hb-75",
        "sports",
        P(
            """Cricket West Indies called off a women's T20 tour of Zimbabwe hours before the first match in Harare on Friday, saying its security advisers had warned of a credible threat.""",
            """Zimbabwe Cricket chairman Tendai Moyo said he was “shocked and disappointed”. Former captain Brian Chikwava tweeted: “Cricket lost today. Shame on everyone who made this decision.”""",
        ),
        [
            A("Cricket West Indies", "saying", "its security advisers had warned of a credible threat", "indirect"),
            A("Zimbabwe Cricket chairman Tendai Moyo", "said", "he was “shocked and disappointed", "mixed"),
            A("Former captain Brian Chikwava", "tweeted", "Cricket lost today. Shame on everyone who made this decision", "direct"),
        ],
    ),
    (
        "hb-76",
        "sports",
        P(
            """Amnesty researcher Lena Hartmann has spent three years documenting the deaths of construction workers on Saudi Arabia's World Cup stadiums.""",
            """"What we found is not a few bad employers," she said. "It is a system that treats workers as disposable, and FIFA has chosen to look away.\"""",
            """FIFA said in a statement that it takes workers' welfare "extremely seriously" and that it had set up a grievance mechanism with the organisers.""",
        ),
        [
            A("Amnesty researcher Lena Hartmann", "she [said]", ["What we found is not a few bad employers", "It is a system that treats workers as disposable, and FIFA has chosen to look away"], "direct", mention="[she] said"),
            A("[FIFA] said in", "FIFA [said]", 'it takes workers\' welfare "extremely seriously" and that it had set up a grievance mechanism with the organisers', "mixed"),
        ],
    ),
    (
        "hb-77",
        "sports",
        P(
            """Iran's national volleyball coach, Reza Farahani, resigned on Sunday, two days after players refused to sing the national anthem before a match in Tehran.""",
            """Farahani told a press conference that he had been under "unbearable pressure" from officials. The 58-year-old added that he did not blame his players. The sports ministry said in a statement that it accepted the resignation and thanked him for his service.""",
        ),
        [
            A("[Farahani] told", "told", 'he had been under "unbearable pressure" from officials', "mixed"),
            A("[Farahani] told", "added", "he did not blame his players", "indirect", mention="The 58-year-old"),
            A("The sports ministry", "ministry [said]", "it accepted the resignation and thanked him for his service", "indirect"),
        ],
    ),
    (
        "hb-78",
        "sports",
        P(
            """Red Star Belgrade beat Partizan 2-1 in a derby played behind closed doors on Saturday, the third in a row without fans after crowd trouble last season.""",
            """The so-called "eternal derby" was decided by a header from defender Nikola Savić in the 88th minute. Partizan finished the match with ten men after midfielder Marko Ilić was sent off for a second yellow card.""",
        ),
        [],
    ),
    (
        "hb-79",
        "sports",
        P(
            """The World Anti-Doping Agency said on Wednesday it would appeal against a decision by Kenya's anti-doping body to clear marathon runner Peter Kiprotich of a doping violation.""",
            """Kiprotich, who tested positive for a banned blood booster in March, has denied knowingly taking the substance. He claims it was in an injection he received at a private clinic for a knee injury. According to his manager, Wilson Rotich, the clinic has since closed.""",
        ),
        [
            A("The World Anti-Doping Agency", "said", "it would appeal against a decision by Kenya's anti-doping body to clear marathon runner Peter Kiprotich of a doping violation", "indirect"),
            A("[Kiprotich], who", "denied", "knowingly taking the substance", "indirect"),
            A("[Kiprotich], who", "claims", "it was in an injection he received at a private clinic for a knee injury", "indirect", mention="He"),
            A("Wilson Rotich", "According to", "the clinic has since closed", "indirect"),
        ],
    ),
    (
        "hb-80",
        "sports",
        P(
            """Ukraine's sports minister said on Monday his country's athletes would boycott any event where Russians competed under a neutral flag, calling the IOC's decision "a betrayal.""",
            """The IOC said it was "deeply committed" to the Olympic truce. Russia's sports ministry, in a statement on Telegram, said the boycott threat showed Ukraine's "politicisation of sport".""",
        ),
        [
            A("Ukraine's sports minister", "minister [said]", ["his country's athletes would boycott any event where Russians competed under a neutral flag", 'the IOC\'s decision "a betrayal'], "mixed"),
            A("The IOC", "IOC [said]", 'it was "deeply committed" to the Olympic truce', "mixed"),
            A("Russia's sports ministry", "Telegram, [said]", 'the boycott threat showed Ukraine\'s "politicisation of sport', "mixed"),
        ],
    ),
]


def _span(text: str, phrase):
    """A phrase (with optional [brackets]) or a list of phrases (a split span) as a gold span."""
    if phrase is None:
        return None
    if isinstance(phrase, list):
        return gold_parts(text, phrase)
    return gold_span(text, phrase)


def build() -> list[dict]:
    records = []
    problems = []  # all of them at once, so that one run shows every phrase to fix
    for rid, style, text, attributions in PASSAGES:
        record = {"id": rid, "style": style, "text": text, "attributions": []}
        for k, a in enumerate(attributions):
            try:
                gold = {
                    "source": _span(text, a["source"]),
                    "cue": _span(text, a["cue"]),
                    "content": _span(text, a["content"]),
                    "type": a["type"],
                }
                if a["mention"] is not None:
                    gold["mention"] = _span(text, a["mention"])
            except ValueError as exc:
                problems.append(f"{rid} attribution {k}: {exc}")
                continue
            record["attributions"].append(gold)
        check_record(record, rid)
        records.append(record)
    if problems:
        raise ValueError("\n".join(problems))
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        raise ValueError("duplicate ids")
    return records


def main() -> int:
    records = build()
    with OUT.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    attributions = [a for r in records for a in r["attributions"]]
    kinds = {k: sum(1 for a in attributions if a["type"] == k) for k in ("direct", "indirect", "mixed")}
    empty = sum(1 for r in records if not r["attributions"])
    print(f"wrote {OUT}: {len(records)} passages, {len(attributions)} attributions {kinds}, {empty} without attribution")
    return 0


if __name__ == "__main__":
    sys.exit(main())
