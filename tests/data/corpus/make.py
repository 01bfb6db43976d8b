"""Writes the test corpus: eight invented articles from one invented site.

Run ``python tests/data/corpus/make.py`` to regenerate the ``*.txt`` files next to it.

The site (The Harbour Gazette) wraps every article in furniture no generic rule
knows: a logo line, a slogan under it, an edition line whose number changes, and
at the bottom a sponsor note (a full sentence), a tip line and a member line.
Some pages vary the case and spacing of the furniture (near-duplicates).

The trap: four stories quote the same statement of the fisheries minister (QUOTE),
and four repeat the same background paragraph without quotation marks
(BACKGROUND), in the middle of their bodies (once as the last paragraph). Both are
body and must stay; the furniture must go.
"""
from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent

LOGO = "The Harbour Gazette"
SLOGAN = "Tide, town and everything in between"
EDITION = "Edition {n} · Saltmarsh Press"
TIP = "Seen something on the water? Tell the newsroom: tips@harbourgazette.example"
SPONSOR = ("This reporting is supported by the Saltmarsh Foundation, which has no say over "
           "what we cover or how.")
MEMBERS = "Gazette Gulls: member-supported since 1998"

QUOTE = ("“We will not raise the harbour levy this year, and the fishing fleet has my word on that,” "
         "Fisheries Minister Ana Ribeiro told reporters on the quay.")
BACKGROUND = ("The levy was introduced in 2019 to pay for dredging the harbour mouth and has been "
              "contested by the fishing cooperative ever since.")

ARTICLES = [
    ("Fleet owners cautiously welcome levy freeze", [
        "Boat owners in Saltmarsh said on Monday that they were relieved but not yet convinced after the "
        "government signalled a pause in harbour charges for the coming season.",
        QUOTE,
        "Maria Costa, who runs two trawlers from the north pier, said the freeze would let her keep both "
        "crews on through the winter instead of laying off four deckhands.",
        BACKGROUND,
        "The cooperative will put the question of a formal response to its members at the annual meeting "
        "next month, its secretary said.",
    ]),
    ("Dredging contract goes back out to tender", [
        "The port authority has cancelled the award of its dredging contract after a rival bidder complained "
        "that the scoring of the offers had not followed the published rules.",
        "A spokesperson for the authority said the new tender would be published within three weeks and that "
        "work on the channel would not be delayed beyond the spring.",
        BACKGROUND,
        "The losing bidder, a family firm from the next bay, said it was pleased that the process would be "
        "run again and that it would bid once more.",
    ]),
    ("Minister visits quay as protest fizzles out", [
        "A protest planned for the minister's visit to Saltmarsh on Thursday drew fewer than twenty people, "
        "most of whom left before her car arrived at the harbour gates.",
        "Ribeiro spent an hour at the fish market and spoke to traders about ice prices, cold storage and the "
        "state of the slipway that the council closed last year.",
        QUOTE,
        "Local councillors from both main parties said afterwards that the visit had been useful, though one "
        "complained that the market had been cleared for the cameras.",
    ]),
    ("Lifeboat crew honoured for storm rescue", [
        "Seven volunteers from the Saltmarsh lifeboat station received bravery awards on Saturday for a rescue "
        "during the February storm that saved the crew of a stricken yacht.",
        "The coxswain, Peter Lund, said the crew had trained for such a night for years and that the award "
        "belonged to everyone who had kept the station running.",
        "The station is raising money for a new launching tractor, and its open day next month will include "
        "boat tours and a display by the coastguard helicopter.",
    ]),
    ("Fish market prices climb for third week", [
        "Prices at the Saltmarsh fish market rose again this week as poor weather kept much of the fleet in "
        "port and buyers from inland restaurants competed for the catch.",
        BACKGROUND,
        "Traders said cod and hake had reached their highest prices since the autumn, while mackerel remained "
        "plentiful and cheap for those boats that did go out.",
        QUOTE,
        "Buyers expect prices to ease once the forecast improves, though several said the spring season "
        "usually brings its own shortages.",
    ]),
    ("School sailing club wins regional cup", [
        "Pupils from Saltmarsh High School won the regional schools sailing cup on Sunday, beating eleven "
        "other clubs in light and shifting winds off the point.",
        "Their coach said the team had practised in the harbour every Wednesday since September, often in "
        "conditions that sent other clubs home early.",
        "The club hopes to send two boats to the national championships in the summer if it can raise the "
        "money for transport and entry fees.",
    ]),
    ("Cooperative splits over levy strategy", [
        "A meeting of the Saltmarsh fishing cooperative ended without agreement on Tuesday night after members "
        "argued for three hours about how to respond to the government's offer.",
        "Some members want to accept the freeze and negotiate the next budget later; others want to press for "
        "the levy to be scrapped before the general election.",
        BACKGROUND,
        QUOTE,
    ]),
    ("New ferry timetable draws complaints", [
        "Islanders have complained that the ferry operator's new winter timetable leaves them with no crossing "
        "early enough to reach the mainland hospital for morning appointments.",
        "The operator said the change followed a fall in passenger numbers and that it would review the "
        "timetable with the island council before the summer.",
        "The council's chair said she would ask for the first crossing to be moved back to seven o'clock, as "
        "it had been for the past decade.",
    ]),
]


def page(number: int, title: str, paragraphs: list[str]) -> str:
    top = [LOGO, SLOGAN, EDITION.format(n=400 + number)]
    bottom = [SPONSOR, TIP, MEMBERS]
    if number % 3 == 0:  # near-duplicates: other case and spacing
        top = [LOGO.upper(), "Tide,  town and everything in  between", top[2]]
        bottom = [SPONSOR, TIP.lower(), MEMBERS]
    body = "\n\n".join(paragraphs)
    return "\n".join(top) + f"\n\n{title}\n\n{body}\n\n{bottom[0]}\n\n" + "\n".join(bottom[1:]) + "\n"


def pages() -> dict[str, str]:
    return {f"article-{k:02d}.txt": page(k, title, paras) for k, (title, paras) in enumerate(ARTICLES, 1)}


if __name__ == "__main__":
    for name, text in pages().items():
        (HERE / name).write_text(text, encoding="utf-8")
