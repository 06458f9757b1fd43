"""Write the demo's fictional listings to src/knowable/demo/data/content/.

Two platforms, both invented:

- ListLoop Inc. (subject 001DEMO0000LISTLP), a classifieds site sampled one month a year,
  2011-2018, whose adult share grows from about a tenth to most of its listings; coded ads
  (leetspeak, spaced letters, emoji, spelled-out phone numbers); after 2017 the adult ads
  move to a "dating" category; a network of linked ads (one phone, several names, reused
  text) moving across cities in March 2014; and a small April 2018 page saved as HTML
  (too few listings for an estimate).
- Maple Market Co. (subject 001DEMO0000MAPLE), an ordinary marketplace.

Every word is written for knowable; phone numbers use the fictional 555-01xx range.
Deterministic: the same files on every run. Usage: python scripts/make_demo_content.py
"""

from __future__ import annotations

import csv
import html
import json
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "knowable" / "demo" / "data" / "content"
LISTLOOP = "001DEMO0000LISTLP"
MAPLE = "001DEMO0000MAPLE"
CITIES = [
    "Springfield",
    "Riverton",
    "Lakeside",
    "Fairview",
    "Harbor City",
    "Cedar Falls",
    "Westfield",
    "Millbrook",
]
NAMES = ["Amber", "Crystal", "Daisy", "Jade", "Kiki", "Luna", "Mia", "Nova", "Ruby", "Skye"]
ADULT_SHARE = {
    2011: 0.1,
    2012: 0.2,
    2013: 0.35,
    2014: 0.5,
    2015: 0.55,
    2016: 0.65,
    2017: 0.7,
    2018: 0.8,
}
PER_MONTH = 40

ESCORT = [
    "Sweet {age} yr old {name}, 100% real pics, incall and outcall, no rush, discreet fun. "
    "Text {phone}. $150 hh $250 hr.",
    "{Name} here, new in town for a few days. Upscale companion, pretty and playful, "
    "generous gentlemen only. Call {phone}.",
    "Y o u n g and fresh {name} {emoji} ask about my specials, real photos, available late. "
    "{phone_words}",
    "Hi gentlemen, my name is {name}. Sexy petite girl, {age} yrs, outcall to hotels, "
    "qv $80, 15 min specials. {phone}",
    "{Name} {emoji} {emoji} upscale fun, no games, 100% me. Donations: 30 min $100, "
    "1 hr $200. Call or text {phone}",
]
MASSAGE = [
    "Grand opening! Relaxing body rub by new young Asian staff, table shower, private rooms. "
    "Open 10am to 11pm, walk-ins welcome. {phone}",
    "Best massage in {city}: deep tissue, hot stone, body to body, beautiful girls. "
    "60 min $60. Call {phone}",
]
RECRUIT = [
    "Hiring girls 18+ for hostess work, fast money, no experience needed, travel paid, "
    "housing provided. Text {phone}",
    "Models wanted! Easy money, cash daily, must be 18. Work in {city} and on tour. {phone}",
]
OTHER = [
    "{item} for sale, {cond}. ${price}, pick up in {city}. Call {phone} after 5pm.",
    "Now hiring {job} in {city}, weekly pay and health benefits. Apply with resume.",
    "{room} for rent in {city}, ${rent}/month, no smoking, close to bus line.",
    "{service}, licensed and insured, free estimates in {city}. Call {phone}.",
    "Lost {pet} near the park in {city}. Reward, please call {phone}.",
]
ITEMS = [
    "Oak dining table",
    "Mountain bike",
    "Leather sofa",
    "Washing machine",
    "Laptop",
    "Baby stroller",
    "Acoustic guitar",
    "Camping tent",
    "Lawn mower",
    "Bookshelf",
]
CONDS = ["like new", "good condition", "gently used", "works great"]
JOBS = ["line cooks", "delivery drivers", "cashiers", "warehouse associates", "caregivers"]
ROOMS = ["One bedroom apartment", "Studio", "Room in shared house", "Two bedroom townhouse"]
SERVICES = ["Lawn care", "House cleaning", "Piano lessons", "Computer repair", "Moving help"]
PETS = ["grey cat", "small brown dog", "set of keys", "blue backpack"]
EMOJI = ["\U0001f352", "\U0001f451", "\U0001f339", "\u2708\ufe0f", "\U0001f497"]
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


_POOL = [
    f"{a}-555-01{n:02d}"
    for a in ("216", "234", "330", "419", "440", "513", "567", "614")
    for n in range(100)
    if f"{a}-555-01{n:02d}" != "330-555-0142"
]
random.Random(7).shuffle(_POOL)
_NUMBERS = iter(_POOL)
CRM = OUT.parent / "crm"


def _crm_phones() -> set[str]:
    """The last ten digits of every phone in the demo CRM export (accounts, contacts)."""
    found: set[str] = set()
    for name in ("Account.csv", "Contact.csv"):
        with (CRM / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                digits = "".join(c for c in row.get("Phone") or "" if c.isdigit())
                if len(digits) >= 10:
                    found.add(digits[-10:])
    return found


_TAKEN = _crm_phones()
# Stand-ins for pool numbers that happen to be a CRM customer's phone: an ad must not carry
# an ordinary customer's number by accident (NET-07 would rightly flag it). Substituting
# keeps every other number where it was.
_SPARE = iter(f"937-555-01{n:02d}" for n in range(100))


def phone(rng: random.Random) -> str:
    """A fresh fictional number: only the network below shares one; never a CRM phone."""
    number = next(_NUMBERS)
    while number.replace("-", "") in _TAKEN:
        number = next(_SPARE)
    return number


def phone_words(number: str) -> str:
    return " ".join(
        WORDS[int(d)] if i % 2 == 0 else d for i, d in enumerate(number.replace("-", ""))
    )


def fill(template: str, rng: random.Random, number: str, name: str, city: str) -> str:
    return template.format(
        name=name,
        Name=name,
        age=rng.choice([19, 21, 23, 25, 27]),
        phone=number,
        phone_words=phone_words(number),
        emoji=rng.choice(EMOJI),
        city=city,
        item=rng.choice(ITEMS),
        cond=rng.choice(CONDS),
        price=rng.choice([40, 75, 120, 300]),
        job=rng.choice(JOBS),
        room=rng.choice(ROOMS),
        rent=rng.choice([650, 800, 1100]),
        service=rng.choice(SERVICES),
        pet=rng.choice(PETS),
    )


def listloop(rng: random.Random) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for year, share in ADULT_SHARE.items():
        start = datetime(year, 3, 1, 9, tzinfo=UTC)
        for i in range(PER_MONTH):
            when = start + timedelta(hours=rng.randrange(0, 30 * 24))
            city, name, number = rng.choice(CITIES), rng.choice(NAMES), phone(rng)
            roll = rng.random()
            if i < round(share * PER_MONTH):
                kind = rng.choices(["escort", "massage", "recruit"], [0.75, 0.15, 0.1])[0]
                template = rng.choice(
                    {"escort": ESCORT, "massage": MASSAGE, "recruit": RECRUIT}[kind]
                )
                category = (
                    "dating"
                    if year >= 2017
                    else {"escort": "adult", "massage": "adult", "recruit": "jobs"}[kind]
                )
            else:
                template, category = (
                    rng.choice(OTHER),
                    rng.choice(["for sale", "housing", "services", "jobs"]),
                )
            text = fill(template, rng, number, name, city)
            title = text.split(".")[0][:60]
            rows.append(
                {
                    "id": f"LL-{year}-{i:03d}",
                    "posted_at": when.isoformat(),
                    "title": title,
                    "body": text,
                    "category": category,
                    "location": city,
                    "phone": number if roll < 0.5 else "",
                }
            )
    # The network: one number behind four names, reused text, four cities in ten days.
    number = "330-555-0142"
    body = (
        "Classy, discreet and sweet, visiting for a short time only. Upscale gentlemen, "
        "incall near the airport, clean and private suite, parking in the back. 100% real "
        "pics, what you see is what you get. Ask about my two hour special and the travel "
        "schedule for next week, always on time and easy going. Call {p}"
    )
    for k, (name, city) in enumerate(
        zip(
            ["Amber", "Crystal", "Daisy", "Jade"],
            ["Springfield", "Riverton", "Lakeside", "Fairview"],
            strict=True,
        )
    ):
        when = datetime(2014, 3, 3 + 3 * k, 20, tzinfo=UTC)
        text = f"Hi, my name is {name}. " + body.format(p=phone_words(number) if k % 2 else number)
        rows.append(
            {
                "id": f"LL-NET-{k}",
                "posted_at": when.isoformat(),
                "title": f"{name} in {city}",
                "body": text,
                "category": "adult",
                "location": city,
                "phone": number,
            }
        )
    return sorted(rows, key=lambda r: r["posted_at"])


def maple(rng: random.Random) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for year in (2014, 2016, 2018):
        start = datetime(year, 6, 1, 9, tzinfo=UTC)
        for i in range(35):
            when = start + timedelta(hours=rng.randrange(0, 29 * 24))
            city = rng.choice(CITIES)
            text = fill(rng.choice(OTHER), rng, phone(rng), "", city)
            rows.append(
                {
                    "id": f"MM-{year}-{i:03d}",
                    "posted_at": when.isoformat(),
                    "title": text.split(",")[0][:60],
                    "body": text,
                    "category": "marketplace",
                    "location": city,
                }
            )
    return sorted(rows, key=lambda r: r["posted_at"])


def saved_page(rng: random.Random) -> str:
    items = []
    for i in range(8):
        when = datetime(2018, 4, 2 + i, 21, tzinfo=UTC)
        city, name, number = rng.choice(CITIES), rng.choice(NAMES), phone(rng)
        text = fill(ESCORT[i % len(ESCORT)] if i % 4 else OTHER[0], rng, number, name, city)
        items.append(
            f'  <article data-listing-id="LL-2018-04-{i:02d}">\n'
            f'    <h2 data-field="title">{html.escape(text.split(".")[0][:60])}</h2>\n'
            f'    <time data-field="posted_at" datetime="{when.isoformat()}">'
            f"{when:%d %b %Y}</time>\n"
            f'    <span data-field="category">dating</span> '
            f'<span data-field="location">{city}</span>\n'
            f'    <div data-field="body">{html.escape(text)}</div>\n  </article>'
        )
    return (
        "<!doctype html>\n<html><head><title>ListLoop - dating (saved page)</title></head>\n"
        "<body>\n" + "\n".join(items) + "\n</body></html>\n"
    )


def write(out: Path) -> None:
    """Write the demo listings into ``out`` (the same bytes on every run)."""
    rng = random.Random(20110301)
    out.mkdir(parents=True, exist_ok=True)
    with (out / f"listloop_{LISTLOOP}.jsonl").open("w", encoding="utf-8") as handle:
        for row in listloop(rng):
            handle.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    rows = maple(rng)
    with (out / f"maple_{MAPLE}.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    (out / f"listloop_{LISTLOOP}_2018-04.html").write_text(saved_page(rng), encoding="utf-8")


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    write(out)
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
