"""The context pass on hand-made pages: what stays around the body and what goes."""
from __future__ import annotations

import cleantext

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
