"""Boilerplate cleaning: what a user loses (nothing of the story) and what they are spared."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventdesk.ingest import clean
from eventdesk.ingest.lines import boilerplate_lexicon, match_line
from eventdesk.model import Article

DATA = Path(__file__).parent / "data" / "ingest"
SHARED = Path(__file__).resolve().parents[2] / "shared"

STORY = (
    "Moldova and Ukraine open a new bridge over the Dniester river on Monday, officials said.\n"
    "The bridge replaces a crossing destroyed during the fighting in 1992.\n"
)


def reasons_by_line(article: Article) -> dict[str, str]:
    return {article.text[start:end]: reason for start, end, reason in article.boilerplate}


def content_lines(article: Article) -> list[str]:
    marked = {article.text[start:end] for start, end, _ in article.boilerplate}
    return [line.strip() for line in article.text.splitlines() if line.strip() and line.strip() not in marked]


@pytest.fixture(scope="module")
def scrape() -> Article:
    text = (DATA / "scrape_every_boilerplate.txt").read_text(encoding="utf-8")
    return clean(Article(text=text, id="scrape"))


def test_clean_marks_every_kind_of_boilerplate_in_a_scrape(scrape):
    reasons = reasons_by_line(scrape)
    headline = "Kazakhstan and Uzbekistan sign deal to share Syr Darya water"
    assert [r for s, e, r in scrape.boilerplate if scrape.text[s:e] == headline] == ["title", "repeated headline"]
    assert reasons["3 min read"] == "reading time"
    assert reasons["Published: 2024-03-12"] == "date line"
    assert reasons["By Aigerim Sadykova"] == "byline"
    assert reasons["Farmers inspect an irrigation canal near Shymkent in southern Kazakhstan [Getty]"] == "photo caption"
    assert reasons["A dam on the Syr Darya near Kyzylorda (Reuters/Daniyar Mukhametov)"] == "photo caption"
    assert reasons["Photo: A pumping station on the river bank outside Tashkent"] == "photo caption"
    assert reasons["Getty Images"] == "photo credit"
    assert reasons["Read more: Central Asia's shrinking glaciers threaten summer water supply"] == "related links"
    assert reasons["Related: Tajikistan restarts work on Rogun dam"] == "related links"
    assert reasons["Sign up for our newsletter"] == "newsletter footer"
    assert reasons["Share this article"] == "share bar"
    assert reasons["Follow us on Twitter: @SteppeDispatch"] == "social footer"
    assert reasons["© 2024 Steppe Dispatch. All rights reserved."] == "copyright"
    standfirst = next(line for line, reason in reasons.items() if reason == "standfirst")
    assert standfirst.startswith("Kazakhstan and Uzbekistan have agreed")


def test_clean_leaves_every_story_line_of_a_scrape(scrape):
    story = content_lines(scrape)
    assert len(story) == 6
    assert story[0].startswith("Kazakhstan and Uzbekistan agreed on Tuesday")
    # A story sentence that mentions Twitter and a date, and one that starts "By the end".
    assert any(line.startswith("The ministry posted the text of the deal on Twitter on 12 March, 2024") for line in story)
    assert any(line.startswith("By the end of the decade") for line in story)


def test_clean_fills_title_and_published_from_the_scrape(scrape):
    assert scrape.title == "Kazakhstan and Uzbekistan sign deal to share Syr Darya water"
    assert scrape.published == "2024-03-12"


def test_clean_never_rewrites_the_text_and_ranges_index_it():
    text = (DATA / "scrape_every_boilerplate.txt").read_text(encoding="utf-8")
    article = clean(Article(text=text))
    assert article.text == text
    for start, end, reason in article.boilerplate:
        assert 0 <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip() and "\n" not in piece, reason


def test_clean_ranges_index_crlf_text_unchanged():
    text = "Georgia recalls envoy\r\n\r\n2 min read\r\nGeorgia recalled its envoy to Minsk on Friday.\r\n"
    article = clean(Article(text=text))
    assert article.text == text
    assert [(text[s:e], r) for s, e, r in article.boilerplate] == [
        ("Georgia recalls envoy", "title"),
        ("2 min read", "reading time"),
    ]


def test_clean_twice_changes_nothing():
    text = (DATA / "scrape_every_boilerplate.txt").read_text(encoding="utf-8")
    once = clean(Article(text=text))
    ranges, title, published = list(once.boilerplate), once.title, once.published
    twice = clean(once)
    assert twice.boilerplate == ranges and twice.title == title and twice.published == published


@pytest.mark.parametrize(
    "sentence",
    [
        "The foreign ministry said on Twitter that the talks would resume on 12 March 2024.",
        "By the end of the week, more than 2,000 people had crossed the border.",
        "By Tuesday, Turkey had recalled its ambassador.",
        "Follow-up talks are planned in Geneva, the spokesman said.",
        "Join the protest, the opposition leader told supporters on Facebook.",
        "Photos shared on social media showed smoke rising over the port.",
        "Reuters could not independently verify the reports.",
        "The newsletter, published by an exiled opposition group, was banned in 2021.",
        "Copyright lawyers for the broadcaster said the footage had been used without permission.",
        "Share prices in Istanbul fell 3 percent after the announcement.",
        "Related talks between the two sides collapsed in March.",
        "Published figures show exports to China rose by a third in 2023.",
        "Updated casualty figures from the health ministry put the death toll at 41.",
        "ISTANBUL (Reuters) - Turkey said on Tuesday it would not extend the grain deal.",
        "Two members of the group were arrested in Ankara (AFP).",
        "Getty Images photographers were among those detained, the agency said.",
        "Home to 5 million people, the region has been under curfew since March.",
        "The talks, which began on Monday 12 March 2024, ended two days later.",
        "All rights groups reserved judgement on the plan.",
    ],
)
def test_clean_story_sentence_is_never_marked(sentence):
    assert match_line(sentence, boilerplate_lexicon()) is None
    article = clean(Article(text=f"Bridge opens on the Dniester\n\n{STORY}{sentence}\nOfficials gave no more details.\n"))
    assert sentence in content_lines(article)


@pytest.mark.parametrize(
    "line, reason",
    [
        ("2 min read", "reading time"),
        ("Reading time: 4 minutes", "reading time"),
        ("4-minute read", "reading time"),
        ("17 May, 2019", "date line"),
        ("Published: 2024-03-12", "date line"),
        ("Updated 12 March 2024 14:05 GMT", "date line"),
        ("March 12, 2024", "date line"),
        ("Last modified on Tue 12 Mar 2024 14.05 GMT", "date line"),
        ("Updated 3 hours ago", "date line"),
        ("Rights activists gather outside the consulate [Getty]", "photo caption"),
        ("Police outside the court in Tbilisi (AFP)", "photo caption"),
        ("A convoy near Kherson (Reuters/John Smith)", "photo caption"),
        ("Protesters in Ankara on Tuesday. Photo: Jane Doe/AFP", "photo caption"),
        ("Image credit: Jane Doe", "photo credit"),
        ("The border post at Lachin AFP via Getty Images", "photo caption"),
        ("Getty Images", "photo credit"),
        ("Follow us on Twitter: @x", "social footer"),
        ("Follow us on Facebook, Instagram and X", "social footer"),
        ("Sign up for our newsletter", "newsletter footer"),
        ("Share this article", "share bar"),
        ("Share Tweet Email Print", "share bar"),
        ("Read more: Turkey recalls envoy", "related links"),
        ("Related:", "related links"),
        ("You may also like", "related links"),
        ("By Jane Doe", "byline"),
        ("By Jane Doe and John Roe in Istanbul", "byline"),
        ("By Jane Doe, Middle East correspondent", "byline"),
        ("Reporting by Jane Doe; Editing by John Roe", "byline"),
        ("© 2024 The Steppe Dispatch", "copyright"),
        ("Copyright 2019 Steppe Dispatch. All rights reserved.", "copyright"),
        ("Advertisement", "advertisement"),
        ("Home › World › Middle East", "navigation"),
        ("Tags: Turkey, China, Xinjiang", "tags"),
        ("By Jane Doe | 12 March 2024 | 3 min read", "byline, date line, reading time"),
    ],
)
def test_clean_recognises_boilerplate_line(line, reason):
    assert match_line(line, boilerplate_lexicon()) == reason
    article = clean(Article(text=f"Bridge opens on the Dniester\n\n{STORY}{line}\n"))
    assert reasons_by_line(article)[line] == reason


@pytest.mark.parametrize(
    "date_line, published",
    [
        ("17 May, 2019", "2019-05-17"),
        ("Published: 2024-03-12", "2024-03-12"),
        ("Updated 12 March 2024 14:05 GMT", "2024-03-12"),
        ("March 12, 2024", "2024-03-12"),
        ("Published 12 March 2024, 14:05 | Updated 13 March 2024", "2024-03-12"),
        ("By Jane Doe | 9 June 2023 | 2 min read", "2023-06-09"),
        ("25/12/2023", "2023-12-25"),
    ],
)
def test_clean_date_line_sets_published(date_line, published):
    article = clean(Article(text=f"Bridge opens on the Dniester\n{date_line}\n{STORY}"))
    assert article.published == published


def test_clean_prefers_the_published_date_to_the_updated_one():
    text = f"Bridge opens on the Dniester\nUpdated 14 March 2024\nPublished 12 March 2024\n{STORY}"
    assert clean(Article(text=text)).published == "2024-03-12"


def test_clean_does_not_guess_day_and_month_order():
    article = clean(Article(text=f"Bridge opens on the Dniester\n03/04/2024\n{STORY}"))
    assert article.published is None
    assert reasons_by_line(article)["03/04/2024"] == "date line"


def test_clean_keeps_a_given_published_date():
    article = clean(Article(text=f"Bridge opens\n17 May, 2019\n{STORY}", published="2019-05-18"))
    assert article.published == "2019-05-18"


def test_clean_keeps_a_given_title_and_marks_the_headline_that_repeats_it():
    text = f"Bridge opens on the Dniester | Moldova Today\n{STORY}Bridge opens on the Dniester\n"
    article = clean(Article(text=text, title="Bridge opens on the Dniester"))
    assert article.title == "Bridge opens on the Dniester"
    reasons = reasons_by_line(article)
    assert reasons["Bridge opens on the Dniester | Moldova Today"] == "title"
    assert reasons["Bridge opens on the Dniester"] == "repeated headline"


def test_clean_does_not_take_a_story_line_for_the_title_when_one_is_given():
    article = clean(Article(text=STORY + "Officials gave no more details.\n", title="Bridge opens"))
    assert article.boilerplate == []


def test_clean_marks_a_line_repeated_further_down():
    line = "The bridge replaces a crossing destroyed during the fighting in 1992."
    article = clean(Article(text=f"Bridge opens\n{STORY}Officials gave no more details.\n{line}\n"))
    repeats = [(s, r) for s, e, r in article.boilerplate if article.text[s:e] == line]
    assert repeats == [(article.text.rindex(line), "repeated line")]


def test_clean_standfirst_is_marked_only_when_the_body_repeats_it():
    headline = "Moldova opens Dniester bridge\n\n"
    standfirst = "Moldova and Ukraine opened a rebuilt bridge over the Dniester, restoring a crossing cut in 1992.\n"
    body = (
        "Moldova and Ukraine opened the rebuilt bridge over the Dniester river on Monday, restoring a crossing "
        "that was cut during the fighting in 1992, officials in Chisinau said.\n"
        "Lorries carrying grain were the first to cross.\n"
    )
    repeated = clean(Article(text=headline + standfirst + body))
    assert reasons_by_line(repeated)[standfirst.strip()] == "standfirst"

    different = "Ukraine says the reopening will let it ship more grain through Moldovan ports this year.\n"
    kept = clean(Article(text=headline + different + body))
    assert different.strip() in content_lines(kept)


def test_clean_hard_wrapped_paragraph_is_not_taken_for_a_title():
    text = (
        "Moldova and Ukraine opened the rebuilt bridge over the Dniester river on\n"
        "Monday, restoring a crossing that was cut during the fighting in 1992.\n"
    )
    article = clean(Article(text=text))
    assert article.boilerplate == [] and article.title is None


def test_clean_one_line_text_is_all_story():
    article = clean(Article(text="Moldova and Ukraine open a new bridge"))
    assert article.boilerplate == [] and article.title is None


def test_clean_empty_text_is_left_alone():
    assert clean(Article(text="")).boilerplate == []


@pytest.mark.skipif(not (SHARED / "seed" / "article.txt").exists(), reason="../shared/seed/article.txt is not here")
def test_clean_reference_article_keeps_the_story_and_drops_the_furniture():
    text = (SHARED / "seed" / "article.txt").read_text(encoding="utf-8")
    article = clean(Article(text=text))
    reasons = sorted({reason for _, _, reason in article.boilerplate})
    for expected in ("title", "repeated headline", "reading time", "date line", "photo caption", "social footer"):
        assert expected in reasons
    assert article.published == "2019-05-17"
    story = content_lines(article)
    assert any("Wang Yi" in line for line in story)
    assert story and story[-1].startswith("Turkey")  # the last story line, before the footer
    assert not any("Follow us" in line or line == "2 min read" for line in story)


def test_clean_dateline_is_marked_and_its_line_stays_content():
    from eventdesk.ingest import clean
    from eventdesk.model import Article

    text = "Headline of the story\n\nNAIROBI (Reuters) - Kenya recalled its envoy on Monday.\n\nUS officials said nothing.\n"
    article = clean(Article(text=text))
    datelines = [(s, e) for s, e, reason in article.boilerplate if reason == "dateline"]
    assert [text[s:e] for s, e in datelines] == ["NAIROBI (Reuters)"]
    story = text.index("Kenya recalled")
    assert not any(s <= story < e for s, e, _ in article.boilerplate)


def test_clean_dateline_in_ordinary_case_needs_its_agency():
    from eventdesk.ingest import clean
    from eventdesk.model import Article

    text = ("Headline of the story\n\nDes Moines, Iowa (AP) — The governor vetoed the bill.\n\n"
            "Senator Smith (R) — a critic — objected.\n\nNew rules - he said - are coming.\n")
    article = clean(Article(text=text))
    datelines = [text[s:e] for s, e, reason in article.boilerplate if reason == "dateline"]
    assert datelines == ["Des Moines, Iowa (AP)"]
