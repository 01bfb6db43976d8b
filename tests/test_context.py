"""The context pass on hand-made pages: what stays around the body and what goes."""
from __future__ import annotations

import cleantext
from dataclasses import replace

BODY_ONLY = replace(cleantext.Config(), keep_headline=False, keep_captions=False)

BODY = [
    "The band announced on Monday that it will tour North America next summer for the first time in a decade.",
    "Tickets go on sale on Friday, and the band said a share of the proceeds will go to music schools in each city.",
    "The dates announced so far are:",
]


def test_a_list_of_dates_after_the_body_stays():
    dates = ["June 10 – Tampa, FL @ Riverside Amphitheatre", "June 12 – Atlanta, GA @ Lakewood Arena",
             "June 15 – Raleigh, NC @ Coastal Credit Union Pavilion"]
    page = "\n".join(["Home", "News", "Music", *BODY, *dates, "Share", "© 2024 Example Media. All rights reserved."])
    assert cleantext.clean(page) == "\n\n".join([*BODY, *dates])


def test_a_list_of_headlines_after_the_body_goes():
    headlines = ["Festival Organisers Announce Bigger Site", "Singer Cancels Shows After Injury",
                 "Record Shop Celebrates Fifty Years"]
    page = "\n".join([*BODY[:2], *headlines, "© 2024 Example Media. All rights reserved."])
    assert cleantext.clean(page) == "\n\n".join(BODY[:2])


def test_a_headline_above_a_byline_block_stays():
    page = "\n".join(["Menu", "Band announces first tour in a decade", "By Jane Doe", "March 2, 2024", "Share", *BODY[:2]])
    assert cleantext.clean(page) == "\n\n".join(["Band announces first tour in a decade", *BODY[:2]])


def test_a_list_of_dates_under_its_own_heading_stays():
    dates = ["June 10 – Tampa, FL @ Riverside Amphitheatre", "June 12 – Atlanta, GA @ Lakewood Arena",
             "June 15 – Raleigh, NC @ Coastal Credit Union Pavilion"]
    page = "\n".join([*BODY[:2], "North American Tour Dates", *dates, "© 2024 Example Media. All rights reserved."])
    assert cleantext.clean(page) == "\n\n".join([*BODY[:2], "North American Tour Dates", *dates])


# An article long enough for a bio to end it (classify.TAIL_BEFORE_WORDS).
STORY = [
    "The city council voted on Tuesday to close the old bridge to cars from next spring, after engineers warned that its supports were failing.",
    "Cyclists and pedestrians will still be able to cross, but buses will be diverted through the industrial estate, adding ten minutes to most journeys.",
    "Jane Doe is a reporter who spent a decade covering the council, and she said the vote was the closest she had seen in years, with the mayor casting the deciding vote.",
    "The mayor said the decision had been the hardest of her term, and promised that a replacement would be designed within two years.",
    "Residents who live near the bridge have been told to expect noise from the repair work, which is due to begin in the first week of March.",
    "Local businesses on both sides of the river said they were worried about losing customers while the bridge was closed to traffic.",
]


def test_an_author_bio_at_the_end_goes_with_what_follows():
    bio = "John Roe is a staff writer at Example News covering transport and city hall."
    page = "\n".join([*STORY, bio, "Follow him on Example."])
    result = cleantext.explain(page)
    assert result.text == "\n\n".join(STORY)
    assert [(r.category, r.rule) for r in result.removals] == [("byline", "author-bio"), ("byline", "after-author-bio")]


def test_a_bio_like_sentence_inside_the_article_stays():
    page = "\n".join(STORY)  # "Jane Doe is a reporter who..." is the third paragraph
    assert cleantext.clean(page) == "\n\n".join(STORY)


def test_an_about_the_author_heading_ends_the_article():
    tail = ["About the author", "John Roe has covered transport for Example News since 2015 and lives by the river."]
    page = "\n".join([*STORY, *tail])
    assert cleantext.clean(page) == "\n\n".join(STORY)
    # At the top of a short text the same heading is left alone.
    assert cleantext.clean("\n".join([*tail, *STORY[:1]])) == "\n\n".join([*tail, *STORY[:1]])


def test_a_copyright_notice_after_the_article_closes_it():
    teasers = ["Some people thought the striped cattle in a pasture were a joke, but the science could save farmers money.",
               "Officials say the cause of the crash is being investigated and that the crew of the helicopter survived."]
    page = "\n".join([*STORY, "© 2024 Example Media Inc. All Rights Reserved.", *teasers])
    result = cleantext.explain(page)
    assert result.text == "\n\n".join(STORY)
    assert {(r.category, r.rule) for r in result.removals} == {("copyright", "copyright"), ("copyright", "after-copyright")}


def test_a_copyright_notice_before_much_body_closes_nothing():
    page = "\n".join(["© 2024 Example Media Inc. All Rights Reserved.", *STORY])
    assert cleantext.clean(page) == "\n\n".join(STORY)


def test_a_sentence_closed_by_an_emoji_continues_the_body():
    page = "\n".join([*BODY[:2], "We hope to see you there! 🙂", "Share", "© 2024 Example Media. All rights reserved."])
    assert cleantext.clean(page) == "\n\n".join([*BODY[:2], "We hope to see you there! 🙂"])


def test_a_list_of_dates_flattened_into_one_line_stays():
    dates = ("June 10 – Tampa, FL @ Riverside Amphitheatre June 12 – Atlanta, GA @ Lakewood Arena "
             "June 15 – Raleigh, NC @ Coastal Credit Union Pavilion June 18 – Charlotte, NC @ PNC Music Pavilion "
             "June 20 – Nashville, TN @ Bridgestone Arena June 22 – Chicago, IL @ Northerly Island")
    page = "\n".join([*BODY[:2], "North American Tour Dates", dates, "© 2024 Example Media. All rights reserved."])
    assert cleantext.clean(page) == "\n\n".join([*BODY[:2], "North American Tour Dates", dates])


def test_the_buttons_of_an_embedded_post_do_not_open_a_comment_section():
    rest = ["The company said on Tuesday that it had never tried to block the performance, and that the dispute was about licences.",
            "A spokesperson for the singer declined to comment on the statement, which was posted on the label's website."]
    page = "\n".join([*STORY, "Image copyright @example @example", "Report", *rest])
    assert cleantext.clean(page) == "\n\n".join([*STORY, *rest])


def test_a_bio_like_sentence_near_the_end_stays_when_body_follows():
    near_end = ["John Roe is a reporter who covered the council for a decade and watched the vote from the gallery.",
                "The council will meet again next month to discuss the budget for the replacement bridge."]
    bio = "Jane Doe is a staff writer at Example News."
    page = "\n".join([*STORY, *near_end, bio, "Follow her on Example."])
    assert cleantext.clean(page) == "\n\n".join([*STORY, *near_end])
    assert cleantext.clean(cleantext.clean(page)) == cleantext.clean(page)


def test_one_name_said_line_introduces_a_quote_not_a_comment_thread():
    quote = "“We will not raise taxes this year, and we will not cut pensions either, whatever the opposition says.”"
    rest = "The opposition said it would table a motion of no confidence before the end of the month."
    page = "\n".join([*STORY, "Jane Doe said:", quote, rest])
    # The name line itself reads like a comment header and goes; what it introduces stays.
    assert cleantext.clean(page) == "\n\n".join([*STORY, quote, rest])


def test_one_salutation_in_a_quoted_email_does_not_open_a_comment_section():
    email = ["Hi Tom,", "Thanks for sending the plans over. We will need the final drawings before the council meets in March."]
    rest = "The council has not yet said when the drawings will be published, or whether residents will be consulted."
    page = "\n".join([*STORY, *email, rest])
    out = cleantext.clean(page).split("\n\n")
    assert email[1] in out and rest in out


def test_a_donation_box_after_the_article_goes_with_what_follows_it():
    pitch = ["We do this work every day at no cost to you, but it is far from free to produce, and we cannot slow down now.",
             "Most of our assignments begin when readers ask us a question, and your support keeps our reporters on the job."]
    teasers = ["Viral posts claimed the family had been barred from running charities in the state of New York.",
               "The council voted to close the old bridge to cars from next spring, and buses will be rerouted."]
    page = "\n".join([*STORY, "Support Example and make a difference for readers everywhere.", *pitch,
                      "Support Example so we continue to pursue the facts for you.", *teasers])
    assert cleantext.clean(page) == "\n\n".join(STORY)


def test_a_paragraph_between_a_share_bar_and_a_read_also_heading_stays():
    page = "\n".join(["Share", STORY[0], "Read also", "Council closes the old bridge", *STORY[1:]])
    assert cleantext.clean(page) == "\n\n".join(STORY)


def test_an_article_that_repeats_several_of_its_lines_keeps_every_copy():
    day = ["Eat within an hour of waking", "Oatmeal with berries and a spoon of nut butter",
           "Eat every two to three hours", "An apple and a handful of almonds"]
    page = "\n".join([STORY[0], "On Monday, the plan is:", *day, STORY[1], "On Tuesday, the plan is:", *day, STORY[3]])
    assert cleantext.clean(page) == "\n\n".join([STORY[0], "On Monday, the plan is:", *day, STORY[1],
                                                 "On Tuesday, the plan is:", *day, STORY[3]])


def test_one_caption_repeated_between_paragraphs_is_kept_once():
    caption = "The old bridge seen from the north bank on Tuesday morning"
    page = "\n".join([STORY[0], caption, STORY[1], caption, STORY[3], caption, STORY[4]])
    assert cleantext.clean(page) == "\n\n".join([STORY[0], caption, STORY[1], STORY[3], STORY[4]])


def test_the_company_paragraph_that_ends_a_press_release_goes():
    blurb = ("Example Systems is a global solutions provider focused on healthcare software and mobile workflow tools. "
             "Example Systems is headquartered in Baar, Switzerland, and employs around 1,300 people worldwide.")
    page = "\n".join([*STORY, "About Example Systems", blurb])
    result = cleantext.explain(page)
    assert result.text == "\n\n".join(STORY)
    assert {(r.category, r.rule) for r in result.removals} == {("byline", "about-author"), ("byline", "after-about-author")}


def test_a_company_sentence_inside_a_press_release_stays():
    blurb = ("Example Systems is a global solutions provider focused on healthcare software, and it is headquartered in Baar, "
             "Switzerland, the company said in a statement.")
    page = "\n".join([STORY[0], blurb, *STORY[1:]])
    assert cleantext.clean(page) == "\n\n".join([STORY[0], blurb, *STORY[1:]])


def test_a_run_of_bylines_after_the_article_heads_a_list_of_other_stories():
    teasers = ["Apple recently launched new earbuds for $250, but it is already possible to grab a pair at a considerable discount today.",
               "Amazon is not waiting until Black Friday to offer deep tablet discounts at its web store, and the savings are large.",
               "Dell has released its list of holiday deals to help get the shopping season started, starting with its thinnest laptop."]
    page = "\n".join([*STORY, "by Jane Roe on November 19, 2019", "by Anmol", "by Rahul", *teasers])
    result = cleantext.explain(page)
    assert result.text == "\n\n".join(STORY)
    assert {r.rule for r in result.removals if r.text in teasers} == {"byline-list"}


def test_bylines_between_the_entries_of_a_live_blog_do_not_end_it():
    entries = [("Posted by Jane Roe at 10:02", STORY[:2]), ("Posted by John Roe at 10:15", STORY[2:4]), ("Posted by Jane Roe at 10:31", STORY[4:])]
    page = "\n".join(line for byline, body in entries for line in (byline, *body))
    assert cleantext.clean(page) == "\n\n".join(STORY)


def test_short_lines_left_between_the_body_and_a_bio_clean_the_same_twice():
    bio = "John Roe is a staff writer at Example News covering transport and city hall, and he lives in the city with his family."
    page = "\n".join([*STORY, "[2] Example Safety Goals: Alarm Management", bio])
    once = cleantext.clean(page)
    assert once == "\n\n".join(STORY)
    assert cleantext.clean(once) == once


def test_a_byline_and_its_dates_below_a_page_of_teasers_head_the_article():
    teasers = ["The mayor of a nearby town said on Monday that the new stadium would open next year after delays caused by rain.",
               "Police are asking for witnesses after a car was found abandoned on the motorway near the airport early on Sunday.",
               "A local bakery has won a national award for its sourdough, beating more than three hundred entries from the country.",
               "Schools will close early on Friday so that teachers can attend a training day on the new curriculum, the council said.",
               "The river is expected to reach its highest level in a decade this weekend, and residents near it have been warned.",
               "A new exhibition of photographs of the city in the nineteen sixties opens at the museum on Saturday and runs to June.",
               "Fans queued overnight for tickets to the band's only concert in the region this year, which sold out within the hour.",
               "The airport said passenger numbers had returned to their level before the pandemic for the first time in four years."]
    page = "\n".join([*teasers, "By Jane Doe", "Published March 2, 2024", "Updated March 3, 2024", *STORY])
    out = cleantext.clean(page)
    assert all(paragraph in out.split("\n\n") for paragraph in STORY)


def test_a_paragraph_between_two_pitches_inside_the_article_stays():
    box = ["Support Example and make a difference for readers everywhere.", STORY[2],
           "Support Example so we continue to pursue the facts for you."]
    page = "\n".join([STORY[0], STORY[1], *box, *STORY[3:]])
    assert cleantext.clean(page) == "\n\n".join(STORY)


# --- a barrier closes the article only once the article has been found above it ---

WIRE_STORY = [
    "Rescue teams searched through the night for survivors after the ferry capsized near the harbour entrance on Monday.",
    "The coast guard said 41 people had been pulled from the water and taken to hospitals in the port city, most of them with hypothermia.",
    "Witnesses described a sudden squall that tipped the overloaded vessel onto its side within minutes of leaving the quay.",
    "The ferry operator said it was cooperating with investigators and that the crew had followed every safety procedure required of them.",
    "Relatives gathered at the terminal through the morning, waiting for lists of names that the port authority posted on a board every hour.",
    "The transport ministry ordered an inspection of every passenger vessel of the same class before they are allowed to sail again this week.",
]


def test_a_photo_credit_above_the_story_does_not_close_it():
    # An agency credit stands in the caption above the story: it is no footer.
    page = "\n".join(["Ferry capsizes near harbour", "Copyright 2026 The AP. All rights reserved.", *WIRE_STORY,
                      "© 2026 Example Media. All rights reserved.", "About us", "Contact"])
    assert cleantext.clean(page, config=BODY_ONLY).startswith("\n\n".join(WIRE_STORY))


def test_a_comment_marker_above_the_story_does_not_close_it():
    page = "\n".join(["Ferry capsizes near harbour", "Newsletter", "Comments", *WIRE_STORY])
    assert cleantext.clean(page, config=BODY_ONLY).startswith("\n\n".join(WIRE_STORY))


def test_two_salutations_at_the_top_are_no_thread():
    # The smallest page that crashed the article finder (issue 13): every block after a
    # "thread" that opened before any body.
    page = ("Hey Rosie!\nHey Rosie!\n7. Check on ‘Sleeping Accounts’ – Did you sign up on a social media platform but "
            "then just use it for a week? Sleeping accounts can look worse than not having an account at all . Either use "
            "the account regularly or delete it. Do an audit of all your social media properties and evaluate what is "
            "essential and what isn’t\nGoogle +\nLAST NEWS\nBusiness Buzz\nWe don’t experience the four seasons here in "
            "St. Vincent and the Grenadines but it doesn’t mean...")
    assert cleantext.clean(page) == "\n\n".join([
        "7. Check on ‘Sleeping Accounts’ – Did you sign up on a social media platform but then just use it for a week? "
        "Sleeping accounts can look worse than not having an account at all . Either use the account regularly or delete "
        "it. Do an audit of all your social media properties and evaluate what is essential and what isn’t",
        "We don’t experience the four seasons here in St. Vincent and the Grenadines but it doesn’t mean..."])


def test_a_sign_up_box_above_the_story_keeps_its_first_sentence():
    page = "\n".join(["Newsletter", WIRE_STORY[0], "Hey Rosie!", *WIRE_STORY[1:3]])
    assert cleantext.clean(page).split("\n\n")[0] == WIRE_STORY[0]


# --- the safety net ---

def test_a_guide_in_many_sections_is_not_cut_after_its_biggest_one():
    # A buying guide: an introduction, a one-line note, then sections of several paragraphs,
    # each under a product name and its shop links (a menu). Growing the article from its
    # biggest block stops at the small note (each section is under half the introduction,
    # too small to grow through the note to); the sections after it outweigh what is kept,
    # so the decision is distrusted and the whole stretch stays.
    intro = [*WIRE_STORY[:4], STORY[2]]
    note = "Jane Doe and John Roe contributed reporting to this guide."
    sections = [WIRE_STORY[4:6], STORY[0:2], STORY[3:5]]
    def links(n):
        return [f"${n}85 at Shop A", f"${n}85 at Shop B", f"${n}85 at Shop C"]
    page = [*intro, *links(9), note]
    for n, section in enumerate(sections):
        page += [f"Best for Families: Model {n}", *links(n), *section]
    result = cleantext.explain("\n".join(page), config=BODY_ONLY)
    kept = [*intro, note, *(p for section in sections for p in section)]
    assert [p for p in result.text.split("\n\n") if not p.startswith("Best for")] == kept
    assert [note[:len("fallback/prose-cut")] for note in result.notes] == ["fallback/prose-cut"]


# --- paragraphs hard-wrapped in the page's source ---

def test_an_indented_continuation_line_joins_its_paragraph():
    # <p> text keeps the line breaks of the HTML source: get_text() hands over a paragraph
    # in pieces, each piece after the first indented. The pieces are one paragraph.
    page = ("Standing at a table in a chemistry lab in Barcelona, Cristina Gil Lladanosa\n"
            "                tears open a silver, smell-proof protective envelope. She slides out a\n"
            "                transparent bag full of crystals.\n"
            "Around her, machines whir and hum, and other researchers mill around in long, white coats.")
    result = cleantext.explain(page)
    assert result.text == (
        "Standing at a table in a chemistry lab in Barcelona, Cristina Gil Lladanosa tears open a silver, "
        "smell-proof protective envelope. She slides out a transparent bag full of crystals.\n\n"
        "Around her, machines whir and hum, and other researchers mill around in long, white coats.")


def test_an_indented_line_after_a_full_stop_is_a_paragraph_of_its_own():
    page = ("The council met on Tuesday to discuss the new bus routes for the northern suburbs.\n"
            "    The vote is expected next month, after a public consultation on the plans.")
    assert cleantext.clean(page) == page.replace("\n    ", "\n\n")


def test_removals_of_a_joined_line_point_into_the_source():
    page = ("Home\nNews\nSport\nThe council met on Tuesday to discuss the new bus routes, and\n"
            "   the vote is expected next month &amp; after a consultation.\n© 2024 Example Media. All rights reserved.")
    result = cleantext.explain(page)
    assert result.text == ("The council met on Tuesday to discuss the new bus routes, and the vote is expected next "
                           "month & after a consultation.")
    for r in result.removals:
        assert page[r.start:r.end] == r.text


def test_a_credit_in_a_caption_inside_the_story_does_not_close_it():
    # After an article's worth of text, a caption ends in an agency's copyright line; the
    # story goes on after it, paragraph after paragraph. The page's own footer still goes.
    caption = "Rescuers carry a survivor at the harbour on Monday. Copyright 2026 The AP. All rights reserved."
    rest = [
        "Investigators said on Tuesday that they had recovered the ferry's voyage recorder from the seabed near the wreck.",
        "The recorder should show how fast the vessel was travelling and which course it took in the minutes before the squall.",
        "Divers will return to the wreck on Wednesday to search the lower deck, where the crew believe several passengers were trapped.",
        "The harbour master said the port would stay closed to passenger traffic until the wreck had been towed out of the channel.",
        "Families of the missing have been offered accommodation in two hotels near the terminal, the regional government said.",
        *STORY[3:6],
    ]
    story = [*WIRE_STORY, *BODY[:2]]  # 150 words and more: an article found above the credit
    page = "\n".join([*story, caption, *rest, "© 2026 Example Media. All rights reserved.", "About us", "Contact"])
    kept = cleantext.clean(page, config=BODY_ONLY).split("\n\n")
    assert all(p in kept for p in [*story, *rest])
    assert "About us" not in kept


def test_a_list_of_teasers_bigger_than_the_story_does_not_replace_it():
    # Under the story, the site lists other stories: a headline, its summary, again and
    # again. Together they outweigh the story, and a small block stands between them; the
    # story is still the article. (The teasers stay too: a headline over each paragraph is
    # also the shape of a list article, and a list article is not cut for its shape alone.)
    teasers = []
    for n, (headline, summary) in enumerate([
            ("Port reopens after storm damage", "Ships returned to the northern quay on Friday after engineers checked the harbour wall for cracks and found none."),
            ("Ferry operator fined over safety", "The company was fined for failing to train its crews, a court ruled on Thursday after a two-week hearing in the capital."),
            ("New lifeboat station opens", "Volunteers will staff the station day and night from next month, the charity said at a ceremony attended by the mayor."),
            ("Coast guard recruits more divers", "The service plans to double the number of its divers by next year to cope with a rise in emergency calls along the coast."),
            ("Harbour fees to rise in spring", "Owners of small boats will pay a fifth more for a mooring from April, the port authority announced on Wednesday morning."),
            ("Storm warning for the weekend", "Forecasters expect winds of up to ninety kilometres an hour on Saturday night and advise sailors to stay in port until Monday."),
            ("Fishing fleet returns early", "Most boats came back two days ahead of schedule because of the forecast, leaving their catch well below the usual level.")]):
        teasers += [headline, summary]
    note = "The harbour museum is open every day of the week except Monday."  # a small block between
    page = "\n".join([*WIRE_STORY, "News", "Sport", "Weather", note, "Jobs", "Events", "Travel", *teasers])
    assert cleantext.clean(page, config=BODY_ONLY).startswith("\n\n".join(WIRE_STORY))


def test_a_list_announced_by_a_colon_below_the_body_stays():
    items = ["Hundreds of new tasks that make every evening different",
             "Dozens of tricky questions to get to know each other better",
             "Weekly challenges that go on after the game is over"]
    page = "\n".join([*WIRE_STORY, "The new version of the game brings:", *items, "Share", "Tweet"])
    assert cleantext.clean(page, config=BODY_ONLY) == "\n\n".join([*WIRE_STORY, "The new version of the game brings:", *items])


def test_short_lines_below_the_body_without_an_announcement_still_go():
    items = ["Hundreds of new tasks that make every evening different",
             "Dozens of tricky questions to get to know each other better",
             "Weekly challenges that go on after the game is over"]
    page = "\n".join([*WIRE_STORY, "Share", *items])
    assert cleantext.clean(page, config=BODY_ONLY) == "\n\n".join(WIRE_STORY)


def test_a_bulleted_list_that_starts_at_the_body_stays_item_after_item():
    items = [f"+ Added {thing}" for thing in ("granite and diorite blocks", "an iron trapdoor", "slime blocks",
                                               "rabbits with item drops", "a spectator game mode", "a hidden debug world")]
    page = "\n".join([*WIRE_STORY, *items, "Share", "Tweet", "Newer Older"])
    assert cleantext.clean(page, config=BODY_ONLY) == "\n\n".join([*WIRE_STORY, *items])


def test_the_safety_net_does_not_bring_back_a_login_dialog():
    # A sign-in dialog below the article: its messages read as sentences, but rules found a
    # button line next to each of them. Cut for size, it must not count as prose the
    # article finder cut, or the safety net keeps it all (it did, on a real page).
    article = [
        "The city council voted on Tuesday to close the old bridge to cars from next spring, after engineers found cracks in two of its piers.",
        "The bridge, which opened in 1931, carries about 12,000 vehicles a day, and the detour through the industrial district will add ten minutes to many commutes.",
        "Council members said the decision was painful but unavoidable, and promised that buses and bicycles would still be allowed to cross while repairs are planned.",
    ]
    messages = [
        "Please sign in to leave a comment on this article and join the discussion with other readers of the paper.",
        "Enter the e-mail address of your account and we will send you a link to create a new password right away.",
        "We have sent you an e-mail with a link to renew your password, so please check your inbox and your spam folder.",
        "We have sent a code to your mobile number, so please enter the code in the field below to confirm your account.",
        "Too many attempts have been made with this number, so please request a new code or contact our customer service.",
        "Your account has been deactivated and can no longer be used, but the comments you wrote will not be deleted at all.",
    ]
    dialog = []
    for k, message in enumerate(messages):
        dialog += ["Sign in", message] + (["Register", "Most read"] if k == 2 else [])
    page = "\n\n".join(["Council closes the old bridge to cars", *article, "Most read",
                        "Click here to open the share menu of this page.", "Related stories", *dialog, "Register"])
    result = cleantext.explain(page, config=BODY_ONLY)
    assert result.text == "\n\n".join(article)
    assert result.notes == ()


def test_a_short_paragraph_between_two_long_stretches_of_the_article_keeps_both():
    # A review: its paragraphs, a spec table (short lines), one short paragraph, the table
    # again, more paragraphs. The short paragraph alone is too small to grow the article
    # through, but the stretch beyond it is half the size of the article's biggest block:
    # it is the article's too (a paragraphs view of a real review lost its first half).
    first = [
        "The new console is the most powerful machine the company has ever built, and it shows in every game that was updated for it.",
        "It is also the smallest console the company has made so far, although it feels far heavier than its size suggests when you pick it up.",
        "The price is the problem: at five hundred dollars it costs a hundred more than its closest rival, which launched a year earlier.",
        "For players who already own the older model, the upgrade is harder to recommend, since most games run on both machines.",
        "Still, anyone buying a console for a new television will notice the difference in the first minutes of play.",
    ]
    specs = ["CPU", "8 cores at 2.3 GHz", "Memory", "12 GB GDDR5", "Storage", "1 TB hard drive", "Drive", "4K Blu-ray", "Weight", "8.4 pounds"]
    middle = ["In short, it is the fastest console you can buy today, at a price to match."]
    last = [
        "Games that were patched for the new machine look sharper and load faster, and several of them offer a choice between resolution and frame rate.",
        "In performance mode, one racing game runs at a steady sixty frames per second, which makes a real difference in the tightest corners of its tracks.",
        "Older games benefit too: the console applies its extra power to titles that were never updated, and many of them run more smoothly than before.",
        "The controller has not changed since the last model, which means it still runs on AA batteries unless you buy the charging kit separately.",
        "The interface is fast, and moving games and settings from an older console takes a few minutes with an external drive.",
        "Voice commands work with the company's assistant, although they are slower than simply picking up the controller and pressing a button.",
        "There is still no virtual reality headset for the console, which is disappointing at a time when its rival sells one of its own.",
        "The fan is quiet even under load, and the console stayed cool through several hours of play on the most demanding games we tried.",
    ]
    page = "\n".join([*first, *specs, *middle, *specs, *last])
    kept = cleantext.clean(page, config=BODY_ONLY).split("\n\n")
    paragraphs = [*first, *middle, *last]
    assert [p for p in kept if p in paragraphs] == paragraphs


# --- a comment marker is a barrier only with a thread behind it ---

_SCHEDULER_INTRO = [
    "Our task scheduler runs millions of jobs a day for hundreds of teams, and this post explains how it was built and what we learned along the way.",
    "Before it existed, every team ran its own queue with its own retry logic, and failures were hard to see and harder to fix across the company.",
    "The new system gives every job the same guarantees: it runs at least once, never twice at the same time, and its status is always visible to its owner.",
    "It is made of four services, each of which can be scaled on its own, and a store that keeps the state of every job in one place.",
    "The rest of this post walks through the services one by one and then through the life of a single job.",
    "We start with the frontend, which accepts new jobs from clients, checks them, and writes them to the store with their first trigger time.",
]
_SCHEDULER_REST = [
    "The store consumer polls for jobs whose next trigger time has passed, and pushes them to the queue that serves their priority class.",
    "A controller on each worker host pulls jobs from its queue, claims them, and hands them to executor processes that run the job's callback.",
    "While a job runs, its executor sends a heartbeat every few seconds, and a job whose heartbeat stops is re-enqueued after a timeout.",
    "When a job finishes, its status is written back to the store, and the next trigger time is set according to the job's retry policy.",
    "Jobs that keep failing are retried with an exponential backoff, and their owners are alerted once the number of attempts passes a limit.",
    "Together these rules give every team the same behaviour without writing a line of queueing code, which was the point of the project.",
]


def test_a_comment_column_in_a_table_does_not_close_the_article():
    # "Comment" heads a column of a table inside the article; an article's worth of prose
    # follows it with nothing of a comment thread (no author, no date, no reply button).
    table = ["State", "Comment", "new", "Pick up new jobs that are ready.", "claimed", "Re-enqueue if a job is claimed but never started."]
    page = "\n\n".join(["How we built our task scheduler", *_SCHEDULER_INTRO, *table, *_SCHEDULER_REST])
    kept = cleantext.clean(page, config=BODY_ONLY).split("\n\n")
    paragraphs = [*_SCHEDULER_INTRO, *_SCHEDULER_REST]
    assert [p for p in kept if p in paragraphs] == paragraphs


def test_a_comment_marker_with_dated_comments_after_it_still_closes_the_article():
    comments = [
        "Comments", "2 hours ago",
        "Great write-up, we built something very similar at my last company and ran into exactly the same problems with retries and heartbeats.",
        "3 hours ago",
        "How do you handle jobs that must run exactly once, for example payments? At-least-once seems dangerous for those kinds of jobs in practice.",
        "5 hours ago",
        "We moved off a home-grown scheduler last year and I wish we had read this first, especially the part about backoff and alerting owners.",
    ]
    page = "\n\n".join(["How we built our task scheduler", *_SCHEDULER_INTRO, *comments])
    assert cleantext.clean(page, config=BODY_ONLY) == "\n\n".join(_SCHEDULER_INTRO)


# A long report (over 1,600 words in one block), the table under it, and a section of three
# paragraphs and over 200 words after it.
_TOPICS = ["harbour", "railway", "school", "hospital", "library", "bridge", "market", "stadium", "tramway", "museum",
           "airport", "canal", "park", "theatre", "prison", "reservoir", "tunnel", "depot", "archive", "clinic",
           "ferry", "pool", "cemetery", "zoo", "arena", "quay", "observatory", "gallery", "garage", "hostel"]
_REPORT = [f"The council's review of the {topic} found that its budget had grown every year since the last election, "
           f"while the number of people who use the {topic} fell in three of those years, and the auditors asked the "
           f"council to explain the difference before the next vote on the {topic}'s future in the spring."
           for topic in _TOPICS]
_TABLE = ["Item", "Budget", "Users", "Harbour", "12.4", "3,100", "Railway", "40.2", "18,400", "School", "8.1"]
_SECTION = [
    "The auditors also looked at how the council decides which projects to fund, and they found that most decisions "
    "were taken in committees whose minutes are not published, so residents cannot see why one project was chosen over "
    "another or who argued for it. They recommend that every committee publish its minutes within a month, that votes "
    "be recorded by name, and that the council's website list every project with its budget and its progress.",
    "The council's leader said on Monday that she welcomed the review and that most of its recommendations would be "
    "adopted before the end of the year, although publishing the minutes of committees that discuss contracts would "
    "need legal advice first. The opposition said the review showed what it had been saying for years, and it asked "
    "for an extraordinary meeting to debate the findings before any new project is approved by the council this winter.",
    "Residents who spoke at the last public meeting said they had not known that several of the projects existed, "
    "and some asked why the council had not consulted them before spending money on buildings they rarely use. "
    "Others said the review had come too late, because the largest contracts had already been signed last year.",
]


def test_a_long_section_beside_a_very_long_article_is_kept():
    # A long report (over 1,600 words in one block), then a table (short lines), then a
    # section of three paragraphs and over 200 words: under 15% of the main block, but an
    # article's worth of prose on its own.
    page = "\n".join([*_REPORT, *_TABLE, *_SECTION])
    kept = cleantext.clean(page, config=BODY_ONLY).split("\n\n")
    assert [p for p in kept if p in _REPORT + _SECTION] == _REPORT + _SECTION


# --- a bare author name in the header ---

_RATES = [
    "The Federal Reserve left interest rates unchanged on Wednesday, saying inflation had eased but remained above its target.",
    "Officials noted that the labour market remained strong, with unemployment near historic lows, while spending slowed.",
]


def test_a_bare_author_name_under_the_headline_beside_the_dates_goes():
    page = "\n".join(["Fed Holds Rates Steady as Inflation Cools", "Jane Doe", "Updated: March 3, 2024", *_RATES])
    result = cleantext.explain(page)
    assert result.text == "\n\n".join(["Fed Holds Rates Steady as Inflation Cools", *_RATES])
    assert [(r.category, r.rule) for r in result.removals if r.text == "Jane Doe"] == [("byline", "bare-author-name")]


def test_a_headline_that_is_a_name_stays():
    # A profile's headline can be just a name: it is the first title above the body, not a
    # name under a headline.
    page = "\n".join(["Jane Doe", "Updated: March 3, 2024", *_RATES])
    assert cleantext.clean(page).split("\n\n")[0] == "Jane Doe"


def test_a_name_without_a_byline_beside_it_stays():
    # A standfirst-like name line under the headline with no byline or date around it.
    page = "\n".join(["Fed Holds Rates Steady as Inflation Cools", "Jerome Powell", *_RATES])
    assert "Jerome Powell" in cleantext.clean(page).split("\n\n")


def test_teasers_under_kickers_after_the_article_go():
    # Below the story: a "Recommended" box, each teaser a section name (the kicker), a
    # headline and a summary.
    teasers = []
    for kicker, headline, summary in [
            ("Politics", "Mayor defends the new harbour budget", "The mayor said the extra spending would pay for itself within five years of the reopening."),
            ("Economy", "Port traffic rose again in March", "Container traffic grew for the third month in a row, the port authority said on Tuesday."),
            ("Region", "Ferry timetable changes from May", "Crossings to the islands will run every two hours instead of three during the summer."),
            ("Politics", "Opposition calls for an inquiry", "The opposition wants an independent inquiry into how the storm repairs were tendered.")]:
        teasers += [kicker, headline, summary]
    page = "\n".join([*WIRE_STORY, "Recommended", *teasers])
    assert cleantext.clean(page, config=BODY_ONLY) == "\n\n".join(WIRE_STORY)


def test_a_list_of_teasers_must_outweigh_the_whole_article_not_its_biggest_part():
    # The story comes in three parts between two "Read more" links; below it, a list of
    # teasers bigger than any one part but smaller than the story.
    parts = [WIRE_STORY[:3], WIRE_STORY[3:], STORY[3:5]]
    teasers = []
    for kicker, headline, summary in [
            ("Politics", "Mayor defends the new harbour budget", "The mayor said the extra spending would pay for itself within five years of the reopening of the old quay."),
            ("Economy", "Port traffic rose again in March", "Container traffic grew for the third month in a row, the port authority said on Tuesday in its monthly report."),
            ("Region", "Ferry timetable changes from May", "Crossings to the islands will run every two hours instead of three during the summer, the operator said."),
            ("Politics", "Opposition calls for an inquiry", "The opposition wants an independent inquiry into how the storm repairs were tendered and who won the contracts."),
            ("Sport", "Sailing regatta moves to June", "The regatta will be held a month later than usual because of the repairs to the harbour wall, organisers said."),
            ("Culture", "Harbour museum reopens its doors", "The museum has reopened after a year of work with a new wing devoted to the history of the fishing fleet.")]:
        teasers += [kicker, headline, summary]
    page = "\n".join([*parts[0], "Read more", "Storm closes the northern quay", *parts[1], "Read more",
                      "Divers inspect the harbour wall", *parts[2], "Recommended", *teasers])
    assert cleantext.clean(page, config=BODY_ONLY) == "\n\n".join(p for part in parts for p in part)


def test_tail_furniture_in_a_run_ends_the_article_together():
    # Two invitations to write in, one after the other, at the end: the second ends the
    # article, and the first goes with it, as it would when the output is cleaned again.
    tail = ["Got a story? Get in touch with our news team by emailing us at news@example.com.",
            "For more stories like this, check our news page."]
    page = "\n".join([*WIRE_STORY, *BODY[:2], *tail, "Follow us on social media for the latest news updates and more."])
    out = cleantext.clean(page, config=BODY_ONLY)
    assert out == "\n\n".join([*WIRE_STORY, *BODY[:2]])
    assert cleantext.clean(out, config=BODY_ONLY) == out


def test_a_code_sample_is_part_of_the_article_not_a_menu():
    # Short lines of code look like a menu run (short, no sentence), which would split the
    # article and cut its first paragraph for its size.
    intro = "First, let's see what the new compiler flag does with the smallest program we can write."
    code = ["// add.c", "#include <emscripten.h>", "EMSCRIPTEN_KEEPALIVE", "int add(int x, int y) {", "return x + y;", "}"]
    page = "\n".join(["Compiling to WebAssembly without JavaScript", intro, *code, *STORY[:2], *STORY[3:6], *WIRE_STORY[:5]])
    kept = cleantext.clean(page, config=BODY_ONLY).split("\n\n")
    assert kept[:len(code) + 1] == [intro, *code]


def test_a_short_paragraph_before_a_long_section_is_kept_with_it():
    # The long report, a table, one short paragraph, the table again, then a section of
    # over 200 words: the short paragraph alone stops growth, and the section past it is
    # far under half the report; as a stretch of its own size, growth goes on to it.
    short = ["The figures above come from the council's own accounts."]
    page = "\n".join([*_REPORT, *_TABLE, *short, *_TABLE, *_SECTION])
    kept = cleantext.clean(page, config=BODY_ONLY).split("\n\n")
    assert [p for p in kept if p in _REPORT + short + _SECTION] == _REPORT + short + _SECTION


def test_a_photo_credit_is_not_the_byline_of_another_story():
    # A feature: two paragraphs, a photo, two short paragraphs, a photo, the long report. The
    # credit under a photo ("Photo by …") is a credit, not a byline that heads another item
    # once an article's worth of text is above it: the paragraphs between the photos are
    # not a block of their own, too small to keep, that cuts the report off from its start.
    opening = [
        "Standing at a table in the council's archive, the auditor opens a box of invoices that nobody has read in years.",
        "She is looking for the harbour's accounts, which the council said were lost in a flood, and she finds them at once.",
    ]
    page = "\n".join([*_SECTION[:2], "Photo by Jane Doe", *opening, "Photo by Jane Doe", *_REPORT])
    kept = cleantext.clean(page, config=BODY_ONLY).split("\n\n")
    assert kept == [*_SECTION[:2], *opening, *_REPORT]


def test_a_last_sentence_signed_with_the_authors_tag_stays():
    # German news signs the last paragraph with the author's initials or the agency in
    # lower case, after the full stop: the line still ends a sentence, it is not a short
    # line below the body. Teasers ending in a "more" link follow it and go.
    story = [
        "Der Hersteller hat am Mittwoch ein Update für seinen Passwortmanager veröffentlicht, das erstmals auch QR-Codes lesen kann.",
        "Damit lassen sich Zugangsdaten für die Zwei-Faktor-Anmeldung direkt aus einem Bild auf dem Bildschirm übernehmen, ohne das Telefon zu benutzen.",
        "Bisher mussten Nutzer die Codes abtippen oder mit einer zweiten App abfotografieren, was viele als umständlich empfanden.",
        "Die App kostet aktuell knapp 50 Euro und setzt mindestens die vorletzte Version des Betriebssystems voraus. ( bsc )",
    ]
    teasers = [
        "Der Konzern hat mit den Updates vom Mittwoch ein Bündel an Sicherheitskorrekturen mitgeliefert. Mehr…",
        "Im Online-Laden sind kurzzeitig Liefertermine für die Computeruhr aufgetaucht. Manche Modelle brauchen sechs Wochen. Mehr…",
    ]
    page = "\n".join(["Kommentare lesen", *story, "Mehr zum Thema", *teasers, "Version zum Drucken"])
    assert cleantext.clean(page, config=BODY_ONLY) == "\n\n".join(story)


def test_a_line_announced_by_furniture_is_not_a_list_item():
    # "This topic on air:" announces the broadcast's slot, and the rules take it: the slot
    # under it is not a list the body announced. Cleaned again, the output would no longer
    # have the announcing line, so the slot must go the first time too.
    slot = "Radio Eins | Regional Nord | 17.06.2025 | 15:00 Uhr"
    page = "\n".join([*STORY[:2], "Dieses Thema im Programm:", slot, "Schlagwörter zu diesem Artikel", "Hochschule", "Landwirtschaft"])
    once = cleantext.clean(page)
    assert once == "\n\n".join(STORY[:2])
    assert cleantext.clean(once) == once


def test_the_bios_under_each_authors_name_go_together():
    # Two authors, each a name line and a bio under it, end the article: the last bio
    # ends it, and the run above it (a name, a bio, a name) goes with it, as it would
    # when the output is cleaned again.
    credits = ["Jane Doe reported from Seoul, and John Roe from Hong Kong."]
    bios = ["Jane Doe", "Jane Doe is a freelance producer for Example News based in Seoul.",
            "John Roe", "John Roe is the Asia digital editor for Example News, based in Hong Kong."]
    page = "\n".join([*STORY[:2], *WIRE_STORY[:4], *credits, *bios, "About", "Contact", "Careers"])
    once = cleantext.clean(page)
    assert once == "\n\n".join([*STORY[:2], *WIRE_STORY[:4], *credits])
    assert cleantext.clean(once) == once


def test_long_teasers_under_a_related_heading_go():
    # Under "You might also like", each story's headline, date and a summary as long as a
    # paragraph of the story: the summaries are over 15% of a short story, but they are
    # single paragraphs in a row under a related heading, a list of teasers.
    def summary(topic):
        return (f"{topic.upper()}: The regional council said on Monday that its long-delayed plan for the {topic} would "
                f"go ahead next year after all, following months of talks with residents, unions and the companies "
                f"that had bid for the work, although the final cost of the {topic} is still not known and the "
                f"opposition said it would ask the auditors to look at the figures before any contract is signed.")
    teasers = []
    for topic, date in (("harbour", "2024-10-14"), ("tramway", "2024-10-12"), ("museum", "2024-10-10")):
        teasers += [f"Council backs new {topic} plan", date, summary(topic), "By Jane Doe and John Roe"]
    page = "\n".join([*WIRE_STORY[:5], "You might also like", *teasers, "Front Page", "Business", "Sport"])
    assert cleantext.clean(page, config=BODY_ONLY) == "\n\n".join(WIRE_STORY[:5])


def test_the_last_paragraph_under_a_read_also_box_stays():
    # "Read also:" and one link inside the story, then its last paragraph; far below, under
    # the site's lists, one teaser. The last paragraph is not the first of a list of teasers.
    last = ("His team-mate said he did not understand the new rule either, and that the players had asked the "
            "referees to explain it before the tournament, without getting an answer from anyone.")
    below = ["Newsletter: Sport inside", "Latest sports stories", "19:00", "Cyclist wins the stage in the heat", "18:52",
             "Midfielder moves to Denmark", "14:00", "Rally driver beats the dust", "Editor's picks"]
    teaser = "The president is using the tournament for his own agenda, and the federation lets him, our editor writes."
    page = "\n".join([*WIRE_STORY[:5], "Read also:", "Coach criticises young star", last, *below, teaser, "10.06.2026"])
    kept = cleantext.clean(page, config=BODY_ONLY).split("\n\n")
    assert kept[:6] == [*WIRE_STORY[:5], last]


def test_comment_form_help_closes_the_article_before_unsigned_comments():
    # A paragraphs view keeps the comments' text but not their authors or dates. A bare
    # "Comment" label may be a table's column, but the help under a comment form is not:
    # the unsigned comments after it go.
    comments = [
        "One valuable reform would be to require anyone who searches your information to notify you, including private "
        "companies, so that people can see who is looking at them and why, and challenge it when it is wrong.",
        "For example, if you lost a job offer because of a post, the employer should be required to tell you so, and "
        "the same should hold for a landlord or a bank that turns you down because of what it found about you online.",
        "Couldn't I just block the site in my own filter at home, and be done with the whole question without waiting "
        "for the lawmakers, who have been promising to act on this for more than ten years without doing anything?",
        "The real danger is that punishment for what we say can be hidden from us: if someone is watching, we should "
        "at least know it, and the courts should be able to hear our side before anything is done about it.",
    ]
    page = "\n".join([*_REPORT[:6], "More information about text formats", *comments])
    assert cleantext.clean(page, config=BODY_ONLY) == "\n\n".join(_REPORT[:6])


def test_a_last_sentence_with_its_references_stays():
    # An encyclopedia prints its references after the full stop: the line still ends a sentence.
    last = "The film was remade twice in the decade that followed. [12][13]"
    page = "\n".join([*STORY[:2], last, "Categories", "Privacy policy", "About"])
    assert cleantext.clean(page, config=BODY_ONLY) == "\n\n".join([*STORY[:2], last])


def test_a_bare_tags_label_takes_the_tags_under_it():
    page = "\n".join([*STORY[:2], "Tags:", "bridge traffic council", "Share"])
    result = cleantext.explain(page, config=BODY_ONLY)
    assert result.text == "\n\n".join(STORY[:2])
    assert [(r.text, r.rule) for r in result.removals] == [
        ("Tags:", "tags-label"), ("bridge traffic council", "tags-label-list"), ("Share", "share-bar")]


def test_a_label_in_turkish_capitals_is_read_by_its_rule():
    # "İ".lower() is "i" + U+0307: the line's words must still reach the rules filed under "ilgili".
    page = "\n".join([*STORY[:2], "İlgili Konular:", "köprü belediye trafik", "Haberi Paylaş"])
    result = cleantext.explain(page, config=BODY_ONLY)
    assert result.text == "\n\n".join(STORY[:2])
    assert [r.rule for r in result.removals] == ["tags-label", "tags-label-list", "share-bar"]


def test_a_numbered_comment_thread_under_a_chinese_blog_post_goes():
    post = ["上週末我們一家人開車到新竹尖石鄉的美樹營地露營，沿途山路蜿蜒，雲霧繚繞，楓香林正好轉紅，景色非常迷人。",
            "營地主人很熱情，晚上還請我們喝熱茶，聊起部落的歷史和這片楓香林的故事，讓我們對這裡有了更深的認識。",
            "第二天早上下起小雨，落葉鋪滿了整個營地，像一條紅色的地毯，我們趴在地上拍了好久才捨得收帳篷回家。"]
    thread = ["留言列表 (3)", "發表留言",
              "#1 小鳳 於 2013/12/28 10:28", "露營兼賞楓，好棒的生活", "謝謝小鳳的來訪！", "藍天 於 2014/01/01 20:31 回覆",
              "#2 茜媽咪 於 2013/12/28 10:42", "嚮往大自然，再濕冷的天依舊衝衝衝", "您過獎了，我們只是喜歡拍照而已。", "藍天 於 2014/01/01 20:39 回覆",
              "#3 青草 於 2013/12/28 22:50", "好深山那內的地方", "明年算準時間再訪就一定很棒的！", "藍天 於 2014/01/01 20:59 回覆"]
    once = cleantext.clean("\n".join([*post, *thread]), config=BODY_ONLY)
    assert once == "\n\n".join(post)
    assert cleantext.clean(once, config=BODY_ONLY) == once


def _growth(paragraphs: list[str], blocks: list[list[int]]):
    """The article finder's growth over ``paragraphs`` (one line each), split into ``blocks``."""
    from cleantext import classify, context, segment

    lines = segment.lines("\n\n".join(paragraphs))
    decisions = classify.classify(lines, cleantext.Config())
    scores = [sum(decisions[i].words for i in b) for b in blocks]
    return context._Growth(blocks, scores, [False] * len(blocks), [None] * len(blocks), context.PRESETS["balanced"],
                           lines, decisions)


_TASK_PARAGRAPH = ("The controller hands out the most urgent task first, so that a backlog of reports never delays the "
            "message that confirms a purchase, and it keeps doing so while machines come and go.")


def test_sections_with_a_subheading_over_most_paragraphs_are_not_a_list_of_items():
    # Four of seven paragraphs under a title of their own: sections of a text (two run on
    # under one title). A list of titled items has a title over (nearly) every blurb.
    titles = ["At-least-once execution", "No concurrent execution", "Isolation between teams", "Clear ownership"]
    paragraphs = [titles[0], _TASK_PARAGRAPH, titles[1], _TASK_PARAGRAPH, _TASK_PARAGRAPH, titles[2], _TASK_PARAGRAPH, _TASK_PARAGRAPH,
                  titles[3], _TASK_PARAGRAPH, _TASK_PARAGRAPH]
    grow = _growth(paragraphs, [[1, 3, 4, 6, 7, 9, 10]])
    assert not grow._headed(grow.blocks[0])
    items = [titles[0], _TASK_PARAGRAPH, titles[1], _TASK_PARAGRAPH, titles[2], _TASK_PARAGRAPH, titles[3], _TASK_PARAGRAPH]
    grow = _growth(items, [[1, 3, 5, 7]])
    assert grow._headed(grow.blocks[0])


def test_a_bridge_passes_the_rows_of_a_table_between_two_stretches_of_the_article():
    # Main block, a small block that stops plain growth, five one-paragraph blocks (a table's
    # cells), then another big stretch of the article: the stretch is reached.
    paragraphs = [_TASK_PARAGRAPH] * 6 + ["A short note."] * 1 + [_TASK_PARAGRAPH] * 5 + [_TASK_PARAGRAPH] * 4
    blocks = [[0, 1, 2, 3, 4, 5], [6], [7], [8], [9], [10], [11], [12, 13, 14, 15]]
    grow = _growth(paragraphs, blocks)
    assert grow._bridge(1, 1, grow.scores[0]) == 7
    blocks = [[0, 1, 2, 3, 4, 5], [6], [7, 8], [9, 10], [11, 12], [13], [14, 15]]
    grow = _growth(paragraphs, blocks)
    assert grow._bridge(1, 1, grow.scores[0]) is None  # four blocks of several paragraphs away: too far


def test_ad_markers_between_paragraphs_do_not_make_a_section_loose():
    # "Tight" keeps a comment thread (a name and a date between each pair of comments) from
    # passing for a section; an ad marker between each pair of paragraphs is the article's flow.
    paragraphs = []
    for _ in range(4):
        paragraphs += [_TASK_PARAGRAPH, "Advertisement"]
    grow = _growth(paragraphs, [[0, 2, 4, 6]])
    assert grow._stretch(0, 100, tight=True)
    thread = []
    for k in range(4):
        thread += [_TASK_PARAGRAPH, f"Reply · {k + 2} hours ago"]
    grow = _growth(thread, [[0, 2, 4, 6]])
    assert not grow._stretch(0, 100, tight=True)


def test_datelines_with_a_time_do_not_open_a_comment_thread():
    # A numbered comment head is "#5 Jane on 2019-03-02 14:11"; a dateline alone is not one,
    # and two of them after a comment label must not cut the article as a thread.
    page = "\n".join([*STORY[:2], "Comments", "Published on 2019-03-02 14:11", "Updated on 2019-03-02 15:00", STORY[2]])
    assert cleantext.clean(page, config=BODY_ONLY) == "\n\n".join([*STORY[:3]])
