"""Synthetic ordinary classified ads (the "other" ad type), written for knowable.

The labelled real ads (dig) hold only escort, massage-parlor and job ads, so a classifier
trained on them alone would force every furniture sale into one of those. These templates
give the model an "other" class: goods for sale, vehicles, housing, services, pets,
events, lost and found. Deterministic for a seed. All text is our own.
"""

from __future__ import annotations

import random

_ITEMS = [
    ("oak dining table", "furniture"), ("leather sofa", "furniture"),
    ("queen bed frame", "furniture"),
    ("bookshelf", "furniture"), ("office chair", "furniture"), ("mountain bike", "sports"),
    ("road bike", "sports"), ("kayak with paddle", "sports"), ("treadmill", "sports"),
    ("set of golf clubs", "sports"), ("laptop", "electronics"), ("gaming console", "electronics"),
    ("flat screen tv", "electronics"), ("phone charger bundle", "electronics"),
    ("digital camera", "electronics"), ("washing machine", "appliances"),
    ("refrigerator", "appliances"), ("microwave", "appliances"), ("lawn mower", "garden"),
    ("garden hose and reel", "garden"), ("baby stroller", "kids"), ("crib", "kids"),
    ("box of children's books", "kids"), ("acoustic guitar", "music"), ("digital piano", "music"),
    ("winter jacket", "clothing"), ("wedding dress", "clothing"),
    ("pair of hiking boots", "clothing"),
    ("power drill", "tools"), ("tool chest", "tools"), ("camping tent", "outdoors"),
]  # fmt: skip
_CONDITIONS = ["like new", "gently used", "good condition", "some scratches", "barely used",
               "works perfectly", "needs minor repair", "excellent shape"]  # fmt: skip
_VEHICLES = ["2009 sedan", "2012 pickup truck", "2015 hatchback", "2006 minivan",
             "2018 compact suv", "vintage motorcycle", "2011 station wagon"]  # fmt: skip
_HOUSING = ["one bedroom apartment", "studio", "room in shared house", "two bedroom townhouse",
            "basement suite", "three bedroom house"]  # fmt: skip
_SERVICES = [
    "lawn care and snow removal", "piano lessons for all ages", "math and science tutoring",
    "house cleaning, weekly or monthly", "computer repair and virus removal",
    "moving help with a truck", "dog walking and pet sitting",
    "handyman: drywall, painting, fences",
    "wedding photography packages", "tax return preparation", "alterations and tailoring",
]  # fmt: skip
_RULES = ["No smoking.", "Pets negotiable.", "Close to bus line.", "Laundry on site."]
_EXTRAS = ["Senior discounts.", "Weekend appointments.", "Reasonable rates."]
_ROLES = ["Hostess", "Dancer", "Model", "Companion"]
_PETS = ["kittens", "puppies", "a rabbit with cage", "an aquarium with fish", "a parrot"]
_EVENTS = ["community garage sale", "farmers market", "charity 5k run", "book club meeting",
           "church bake sale", "school craft fair", "free concert in the park"]  # fmt: skip
_TOWNS = ["Springfield", "Riverton", "Lakeside", "Fairview", "Oak Hill", "Greenville",
          "Millbrook", "Harbor City", "Cedar Falls", "Westfield"]  # fmt: skip
_CLOSINGS = ["Cash only, no holds.", "Serious buyers please.", "Pick up only.",
             "Can deliver locally for a small fee.", "Message for more photos.",
             "First come first served.", "Price is firm.",
             "Open to reasonable offers."]  # fmt: skip


def _sale(rng: random.Random) -> str:
    item, _ = rng.choice(_ITEMS)
    price = rng.choice([15, 25, 40, 60, 80, 120, 150, 200, 350, 500])
    return (
        f"{item.capitalize()} for sale - ${price}. {rng.choice(_CONDITIONS).capitalize()}. "
        f"Moving and need it gone. Located in {rng.choice(_TOWNS)}. {rng.choice(_CLOSINGS)}"
    )


def _vehicle(rng: random.Random) -> str:
    miles = rng.randrange(40, 220) * 1000
    return (
        f"{rng.choice(_VEHICLES).capitalize()}, {miles:,} miles, clean title, new tires, "
        f"recent oil change. Asking ${rng.randrange(25, 160) * 100}. Test drives in "
        f"{rng.choice(_TOWNS)} on weekends. {rng.choice(_CLOSINGS)}"
    )


def _housing(rng: random.Random) -> str:
    return (
        f"{rng.choice(_HOUSING).capitalize()} for rent in {rng.choice(_TOWNS)}, "
        f"${rng.randrange(6, 25) * 100}/month, utilities "
        f"{rng.choice(['included', 'not included', 'partly included'])}. "
        f"{rng.choice(_RULES)} "
        f"Available {rng.choice(['now', 'next month', 'from the 1st'])}. "
        "References and deposit required."
    )


def _service(rng: random.Random) -> str:
    return (
        f"{rng.choice(_SERVICES).capitalize()}. Licensed and insured, "
        f"{rng.randrange(2, 25)} years of experience, serving {rng.choice(_TOWNS)} and nearby. "
        f"Free estimates, call or email to book. {rng.choice(_EXTRAS)}"
    )


def _pet(rng: random.Random) -> str:
    return (
        f"Rehoming {rng.choice(_PETS)}. Vet checked, friendly with children. Small adoption "
        f"fee covers vaccinations. Please tell us about your home. {rng.choice(_TOWNS)}."
    )


def _event(rng: random.Random) -> str:
    day = rng.choice(["Saturday", "Sunday", "Friday evening"])
    return (
        f"{rng.choice(_EVENTS).capitalize()} this {day} at the {rng.choice(_TOWNS)} community "
        f"center. Everyone welcome, bring friends and family. Volunteers needed for setup."
    )


def _lost(rng: random.Random) -> str:
    thing = rng.choice(["grey cat", "set of keys", "brown wallet", "small dog", "blue backpack"])
    return (
        f"{rng.choice(['Lost', 'Found'])}: {thing} near the park in {rng.choice(_TOWNS)}. "
        f"Please call if you have any information. Reward offered."
    )


_KINDS = [_sale, _sale, _sale, _vehicle, _housing, _service, _service, _pet, _event, _lost]


_CONTACT = ["Call {p}.", "Text {p} after 5pm.", "Phone {p}, ask for Pat.", "Email or call {p}.",
            "Reply here or call ({a}) {b}-{c}."]  # fmt: skip


def _contact(rng: random.Random) -> str:
    """A contact line in half of the ads: ordinary ads carry phone numbers too."""
    if rng.random() < 0.5:
        return ""
    a, b, c = rng.randrange(201, 989), rng.randrange(200, 999), rng.randrange(0, 9999)
    return " " + rng.choice(_CONTACT).format(p=f"{a}-{b}-{c:04d}", a=a, b=b, c=f"{c:04d}")


def other_ads(n: int, seed: int) -> list[str]:
    """``n`` ordinary classified ads, the same for the same seed."""
    rng = random.Random(seed)
    return [rng.choice(_KINDS)(rng) + _contact(rng) for _ in range(n)]


_JOBS = ["warehouse associates", "line cooks", "delivery drivers", "cashiers", "caregivers",
         "office assistant", "landscaping crew", "hotel housekeepers", "security guards",
         "retail sales staff", "dental receptionist", "forklift operators"]  # fmt: skip
_PERKS = ["weekly pay", "health benefits", "paid training", "flexible shifts",
          "overtime available", "401k match", "employee discount"]  # fmt: skip
_LURES = ["fast money", "easy money", "no experience needed", "travel paid",
          "housing provided", "cash daily", "earn $1000 a night", "must be 18",
          "hiring girls", "models wanted", "ladies wanted"]  # fmt: skip


def job_ads(n: int, seed: int) -> list[str]:
    """``n`` short recruitment ads: half ordinary jobs, half the exploitative pattern
    ("hiring girls, fast money, travel paid") that the real data does not contain."""
    rng = random.Random(seed)
    out: list[str] = []
    for i in range(n):
        town = rng.choice(_TOWNS)
        if i % 2 == 0:
            out.append(
                f"Now hiring {rng.choice(_JOBS)} in {town}. {rng.choice(_PERKS).capitalize()}, "
                f"{rng.choice(_PERKS)}. Apply in person or send your resume. Start "
                f"{rng.choice(['immediately', 'next week', 'Monday'])}."
            )
        else:
            lures = rng.sample(_LURES, 3)
            out.append(
                f"{lures[0].capitalize()}! {rng.choice(_ROLES)}"
                f" work in {town}, {lures[1]}, {lures[2]}. Text for details, start tonight."
            )
        out[-1] += _contact(rng)
    return out


# -- recruitment into commercial sex, and escort ads that merely mention hiring -----------
# The real job ads (dig "job-ad") are ordinary jobs; the real escort ads almost never mention
# hiring. Without these two families the model learns "hiring" = job ad, and escort ads that
# add "now hiring girls" to a service offer are misfiled as recruitment.

# cities, not the small towns of the ordinary ads above: a town name must not tell the classes
# apart
_CITIES = ["Houston", "Phoenix", "Atlanta", "Denver", "Las Vegas", "Miami", "Chicago",
           "Dallas", "Seattle", "Orlando", "Newark", "Sacramento"]  # fmt: skip
_RECRUIT_OPEN = ["Now hiring", "Hiring", "Seeking", "Looking for", "Recruiting", "We need",
                 "Wanted:", "Accepting applications from"]  # fmt: skip
_RECRUIT_WHO = ["ladies 18+", "girls 18 and over", "attractive women", "new girls",
                "hostesses", "entertainers", "models", "companions", "dancers",
                "open minded women", "female staff", "young ladies"]  # fmt: skip
_RECRUIT_WHERE = ["our upscale agency", "a busy spa", "our private club", "a VIP lounge",
                  "our elite companion service", "a discreet gentlemen's club",
                  "our touring team", "a new studio"]  # fmt: skip
_RECRUIT_PAY = ["Make $1000-$3000 a week", "Earn $500 a night", "Top pay, cash daily",
                "Keep 70% of what you make", "Make money fast", "Weekly pay up to $5000",
                "Paid daily, no waiting", "Easy money for the right girl"]  # fmt: skip
_RECRUIT_PERKS = ["travel paid", "housing provided", "no experience needed",
                  "we provide everything", "flexible hours", "transportation provided",
                  "safe and discreet", "we handle the bookings", "photos done for you",
                  "free room and board"]  # fmt: skip
_RECRUIT_APPLY = ["Send 3 pics and your age", "Text a photo and your city",
                  "Apply by text with pictures", "Serious inquiries only, send pics",
                  "Message us with a recent photo", "Interview today, start tonight"]  # fmt: skip


def sexwork_recruitment_ads(n: int, seed: int) -> list[str]:
    """``n`` ads recruiting workers into commercial sex (label: recruitment; AD-14 wording).

    They address the worker (pay, perks, how to apply), never a client; no rates per hour."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        perks = rng.sample(_RECRUIT_PERKS, rng.randrange(1, 4))
        out.append(
            f"{rng.choice(_RECRUIT_OPEN)} {rng.choice(_RECRUIT_WHO)} for "
            f"{rng.choice(_RECRUIT_WHERE)} in {rng.choice(_CITIES)}. {rng.choice(_RECRUIT_PAY)}. "
            f"{', '.join(perks).capitalize()}. {rng.choice(_RECRUIT_APPLY)}." + _contact(rng)
        )
    return out


_SERVICE_OPEN = ["Hey gentlemen", "Hi guys", "Sweet and sexy", "Available now", "New in town",
                 "Your dream girl", "Upscale companion", "Sexy playmate"]  # fmt: skip
_SERVICE_BODY = ["incall and outcall", "incall only", "outcall to hotels", "no rush",
                 "discreet and clean", "come relax with me", "let me treat you right",
                 "satisfaction guaranteed", "real pics", "upscale gentlemen only"]  # fmt: skip
_SERVICE_RATES = ["$150 hh $250 hr", "$120 qv $180 hh", "donations $200 hr",
                  "specials $100 hh", "$300 hr outcall", "hh $160"]  # fmt: skip
_HIRING_ASIDE = ["Also hiring girls, text for info", "We are hiring, ladies ask me",
                 "Now hiring new girls too", "Hiring! Ask about joining our team",
                 "*** now hiring ***", "Agency also hiring, good pay"]  # fmt: skip


def escort_hiring_ads(n: int, seed: int) -> list[str]:
    """``n`` escort service ads that also mention hiring (label: commercial_sex): the ad
    sells a service to a client; the hiring line is an aside."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        body = rng.sample(_SERVICE_BODY, 3)
        parts = [
            f"{rng.choice(_SERVICE_OPEN)}! {body[0].capitalize()}, {body[1]}, {body[2]}.",
            f"{rng.choice(_SERVICE_RATES)}.",
            f"{rng.choice(_HIRING_ASIDE)}.",
        ]
        if rng.random() < 0.5:
            parts[1], parts[2] = parts[2], parts[1]
        out.append(" ".join(parts) + f" {rng.choice(_CITIES)}." + _contact(rng))
    return out
