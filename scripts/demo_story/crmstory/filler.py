"""Routine records for ordinary accounts: renewals, upsells, support cases, reviews.

Templated from the lists below with a random generator seeded per account, so the output
is the same on every run and editing one account does not reshuffle the others.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from crmstory.spec import (
    AccountSpec,
    Activity,
    CaseSpec,
    EventSpec,
    NoteSpec,
    OppSpec,
    TaskSpec,
)

#: The export is a snapshot taken on this day; nothing is created after it.
SNAPSHOT = date(2018, 6, 30)

_PRICE = {
    "Sales Cloud": 900,
    "Service Desk": 800,
    "Marketing Hub": 1200,
    "Analytics": 1500,
    "Platform": 600,
}

# (subject, description, type, priority)
_CASES: tuple[tuple[str, str, str, str], ...] = (
    (
        "Password reset email not received",
        "User did not get the reset email; it was in their spam folder.",
        "Question",
        "Low",
    ),
    (
        "Report export garbles accented names",
        "Export opened in a spreadsheet with the wrong encoding; showed the UTF-8 import option.",
        "Problem",
        "Low",
    ),
    (
        "Add five user licences",
        "Purchase request passed to the account executive.",
        "Question",
        "Low",
    ),
    (
        "Email-to-case stopped creating cases",
        "Their mail server's forwarding address changed; re-verified the routing address.",
        "Problem",
        "High",
    ),
    (
        "Dashboard not refreshing",
        "Scheduled refresh ran as a deactivated user; reassigned to an active admin.",
        "Problem",
        "Medium",
    ),
    (
        "Duplicate contacts after import",
        "Turned on duplicate rules and merged about 300 contacts with them.",
        "Problem",
        "Medium",
    ),
    (
        "Question about storage limits",
        "Explained data and file storage by edition; they are at 60% of data storage.",
        "Question",
        "Low",
    ),
    (
        "Validation rule blocks closing opportunities",
        "The rule needs a field that was missing from the page layout; added it.",
        "Problem",
        "Medium",
    ),
    (
        "Integration user locked out",
        "Middleware kept the old password after a change and locked the user; reset and "
        "updated the middleware.",
        "Problem",
        "High",
    ),
    (
        "Temporary API limit increase",
        "Raised the daily API limit for a data migration weekend.",
        "Question",
        "Medium",
    ),
    (
        "Mobile app crashes at login",
        "Known issue in the current mobile release; fixed in the next patch.",
        "Problem",
        "Medium",
    ),
    ("Training for new staff", "Booked a two-hour admin training session.", "Question", "Low"),
    (
        "Field history not showing",
        "History tracking was not enabled on that field; enabled it.",
        "Question",
        "Low",
    ),
    ("Web form spam", "Turned on a captcha for their web-to-lead form.", "Problem", "Medium"),
    (
        "Wrong time on activity reminders",
        "User's time zone was set to GMT; corrected in their settings.",
        "Problem",
        "Low",
    ),
    (
        "Sandbox refresh request",
        "Refreshed their full sandbox ahead of a release.",
        "Question",
        "Low",
    ),
)

_REVIEW_TOPICS = (
    "They want better forecasting reports.",
    "Discussed moving another team onto the platform next year.",
    "Happy with support response times.",
    "Asked about the mobile roadmap.",
    "Worried about the list price increase; agreed to hold price if they sign on time.",
    "Reviewed open cases; nothing urgent.",
    "New head of sales wants a pipeline dashboard; scheduled a session.",
    "Asked about single sign-on with their identity provider.",
)

_HEALTH = (
    ("good", "Users log in daily; admin is engaged."),
    ("steady", "No complaints; usage flat year on year."),
    ("slipping", "Two power users left; offered training for their replacements."),
    ("good", "They are now a reference customer for their industry."),
)

_SERVICES = (
    ("Data migration from spreadsheets", "Move customer lists and history into the org."),
    ("Accounting system integration", "Sync invoices and payment status nightly."),
    ("Custom reports and dashboards", "Management dashboards, standard objects only."),
    ("Admin training package", "Three days of training for two administrators."),
)


def _d(text: str) -> date:
    return date.fromisoformat(text)


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _seat_price(products: tuple[str, ...], year: int) -> int:
    base = sum(_PRICE[p] for p in products)
    return int(base * 1.03 ** (year - 2010))


def _round(amount: float) -> int:
    return round(amount / 100.0) * 100


def _iso(day: date) -> str:
    return day.isoformat()


def routine(account: AccountSpec, seed: int) -> list[Activity]:
    """The generated records of one ordinary account, in no particular order."""
    rng = random.Random(f"{seed}:{account.id}")
    people = [c.key for c in account.contacts]
    start = _d(account.created)
    nb_close = start + timedelta(days=rng.randint(20, 60))
    seats = account.seats
    out: list[Activity] = []
    amount = _round(seats * _seat_price(account.products, start.year))
    out.append(
        OppSpec(
            _iso(start),
            _iso(nb_close),
            "New Business",
            "Closed Won",
            amount,
            f"{account.name} - {' and '.join(account.products)}, {seats} seats",
            "First contract, annual term.",
            key="nb",
        )
    )
    out.append(
        EventSpec(
            _iso(nb_close + timedelta(days=rng.randint(5, 20))),
            "Kickoff meeting",
            "Kickoff. Agreed the project plan and the data migration; go-live in about six weeks.",
            minutes=90,
            who=rng.choice(people),
            owner="priya",
            start_hour=rng.randint(14, 20),
        )
    )
    last_year = account.churn_year or 2019
    year = 1
    while True:
        close = _add_years(nb_close, year)
        created = close - timedelta(days=rng.randint(50, 80))
        if created > SNAPSHOT or close.year >= last_year + 1:
            break
        key = f"ren{year}"
        seats = seats + rng.choice((0, 0, 2, 5, 10))
        amount = _round(seats * _seat_price(account.products, close.year))
        if close.year == account.churn_year:
            stage, text = "Closed Lost", "Lost: moved to a competitor on price."
        elif close > SNAPSHOT:
            stage, text = rng.choice(("Negotiation/Review", "Proposal/Price Quote")), ""
        else:
            stage, text = "Closed Won", f"Renewal at {seats} seats."
        out.append(
            OppSpec(
                _iso(created),
                _iso(close),
                "Renewal",
                stage,
                amount,
                f"{account.name} - Renewal {close.year}",
                text,
                key=key,
            )
        )
        call = close - timedelta(days=rng.randint(10, 30))
        if call <= SNAPSHOT:
            who = rng.choice(people)
            out.append(
                TaskSpec(
                    _iso(call),
                    "Renewal call",
                    "Went through renewal terms and seat count; quote to follow.",
                    who=who,
                    what=key,
                    owner=account.owner,
                )
            )
        review = close - timedelta(days=rng.randint(90, 150))
        if review <= SNAPSHOT:
            used = max(1, seats - rng.randint(0, 4))
            out.append(
                EventSpec(
                    _iso(review),
                    "Annual account review",
                    f"Adoption: {used} of {seats} seats active. {rng.choice(_REVIEW_TOPICS)}",
                    minutes=60,
                    who=rng.choice(people),
                    owner="tom",
                    start_hour=rng.randint(14, 21),
                )
            )
        if stage == "Closed Lost":
            break
        year += 1
    out.extend(_extras(account, rng, people, start))
    return out


def _extras(
    account: AccountSpec, rng: random.Random, people: list[str], start: date
) -> list[Activity]:
    out: list[Activity] = []
    end = date(account.churn_year, 6, 1) if account.churn_year else SNAPSHOT
    for yr in range(start.year + 1, end.year + 1):
        day = date(yr, rng.randint(1, 12), rng.randint(1, 28))
        if day <= start or day > end:
            continue
        roll = rng.random()
        if roll < 0.25:
            product = rng.choice([p for p in _PRICE if p not in account.products])
            stage = "Closed Won" if rng.random() < 0.7 else "Closed Lost"
            amount = _round(rng.randint(5, 15) * _seat_price((product,), yr))
            close = day + timedelta(days=rng.randint(30, 70))
            if close > SNAPSHOT:
                stage = "Qualification"
            out.append(
                OppSpec(
                    _iso(day),
                    _iso(close),
                    "Upsell",
                    stage,
                    amount,
                    f"{account.name} - {product}",
                    f"Add {product}.",
                )
            )
        elif roll < 0.35:
            title, text = rng.choice(_SERVICES)
            close = day + timedelta(days=rng.randint(20, 40))
            stage = "Closed Won" if close <= SNAPSHOT else "Proposal/Price Quote"
            out.append(
                OppSpec(
                    _iso(day),
                    _iso(close),
                    "Professional Services",
                    stage,
                    _round(rng.randint(8, 30) * 1000.0),
                    f"{account.name} - {title}",
                    text,
                )
            )
        if rng.random() < 0.5:
            mood, text = rng.choice(_HEALTH)
            note_day = date(yr, rng.randint(1, 12), rng.randint(1, 28))
            if start < note_day <= end:
                out.append(
                    NoteSpec(
                        _iso(note_day),
                        "Account health",
                        f"Adoption {mood}. {text}",
                        owner=account.owner,
                    )
                )
    out.extend(routine_cases(account, rng, people, rng.randint(2, 5), end))
    return out


def routine_cases(
    account: AccountSpec, rng: random.Random, people: list[str], count: int, end: date = SNAPSHOT
) -> list[CaseSpec]:
    """``count`` ordinary support cases spread over the account's active years."""
    start = _d(account.created)
    span = (end - start).days
    out: list[CaseSpec] = []
    for subject, text, kind, priority in rng.sample(_CASES, count):
        opened = start + timedelta(days=rng.randint(30, max(31, span - 1)))
        closed = opened + timedelta(days=rng.randint(0, 6))
        done = closed <= SNAPSHOT - timedelta(days=7)
        out.append(
            CaseSpec(
                _iso(opened),
                _iso(closed) if done else "",
                subject,
                text,
                status="Closed" if done else "Working",
                priority=priority,
                origin=rng.choice(("Email", "Phone", "Web")),
                kind=kind,
                who=rng.choice(people),
                owner=rng.choice(("julia", "marcus")),
            )
        )
    return out
