"""Two customers whose own records carry red flags: a staffing agency and a spa chain.

Harbor Staffing shows forced-labour signs (a recruiter speaking for workers, passports
held, recruitment debt, company housing, scripted answers); Lotus Garden shows
illicit-massage signs (late-night cash-only bookings, buzzer entry, one pair of owners
behind storefronts under different names, workers living on site). Neither has public
reporting in the demo: a reader should land them in review on these records alone.
"""

from __future__ import annotations

from crmstory.spec import (
    AccountSpec,
    CaseSpec,
    ContactSpec,
    EventSpec,
    NoteSpec,
    OppSpec,
    TaskSpec,
)

HARBOR = AccountSpec(
    id="001DEMO0000HARBOR",
    name="Harbor Staffing Solutions LLC",
    website="www.harborstaffing.example",
    industry="Consulting",
    city="Houston",
    state="TX",
    postal="77012",
    country="United States",
    street="7700 Harrisburg Blvd",
    phone="(713) 555-0162",
    description="Staffing agency placing workers in food processing, hotel housekeeping "
    "and construction clean-up in Texas and Louisiana.",
    created="2014-05-12",
    revenue=21000000,
    employees=85,
    owner="sam",
    contacts=(
        ContactSpec(
            "cole",
            "Wade",
            "Cole",
            "Owner and President",
            "wcole@harborstaffing.example",
            "(713) 555-0163",
        ),
        ContactSpec(
            "pruitt",
            "Janelle",
            "Pruitt",
            "Operations Manager",
            "jpruitt@harborstaffing.example",
            "(713) 555-0164",
        ),
        ContactSpec(
            "danny",
            "Danny",
            "Reyes",
            "Senior Recruiter",
            "dreyes@harborstaffing.example",
            "(713) 555-0165",
        ),
    ),
    records=(
        OppSpec(
            "2014-05-12",
            "2014-06-26",
            "New Business",
            "Closed Won",
            22000,
            "Harbor Staffing - Sales Cloud and onboarding app",
            "Client accounts for recruiters plus a worker onboarding flow.",
        ),
        EventSpec(
            "2014-07-15",
            "Kickoff: worker onboarding flow",
            "They place 300-500 workers at a time with poultry plants and hotels. "
            "Onboarding today is on paper. We will build intake forms and a call "
            "script for their onboarding calls.",
            minutes=90,
            who="pruitt",
            owner="priya",
        ),
        EventSpec(
            "2015-03-10",
            "Observed onboarding calls during configuration",
            "Sat in on three onboarding calls to test the intake form. Each time "
            "the recruiter, Danny, answered for the workers, even their own names "
            "and dates of birth. The workers did not speak. Danny said they are "
            "shy and their English is poor.",
            minutes=90,
            who="danny",
            owner="priya",
        ),
        NoteSpec(
            "2015-05-19",
            "Passport fields requested",
            "Janelle asked for two fields on the worker record: 'Passport held "
            "(Y/N)' and 'Passport location'. She explained the agency keeps the "
            "workers' passports in the office safe for safekeeping until their "
            "contracts end.",
            owner="priya",
        ),
        OppSpec(
            "2015-04-20",
            "2015-06-25",
            "Renewal",
            "Closed Won",
            26000,
            "Harbor Staffing - Renewal 2015",
            "Renewal with 5 more seats.",
        ),
        CaseSpec(
            "2015-08-11",
            "2015-08-13",
            "Payroll deduction field rejects large amounts",
            "Validation rule stops amounts above $2,000. They track a recruitment "
            "fee balance per worker, taken out of wages each week; some balances "
            "are over $4,500. Raised the limit.",
            who="pruitt",
            owner="julia",
            kind="Problem",
        ),
        NoteSpec(
            "2016-02-09",
            "Housing module",
            "They want to assign workers to beds in the company dormitories in "
            "Pasadena and Baytown and take rent and transport out of wages. Workers "
            "are driven from the dormitories to the plants in company vans.",
            owner="sam",
        ),
        OppSpec(
            "2016-02-15",
            "2016-04-21",
            "Professional Services",
            "Closed Won",
            34000,
            "Harbor Staffing - Housing and deductions module",
            "Dormitory bed assignment, rent and fee deductions linked to payroll.",
        ),
        OppSpec(
            "2016-04-18",
            "2016-06-23",
            "Renewal",
            "Closed Won",
            30000,
            "Harbor Staffing - Renewal 2016",
            "Renewal.",
        ),
        EventSpec(
            "2016-09-13",
            "Onboarding call review",
            "Reviewed recorded onboarding calls for the new script. Workers gave the "
            "same answers word for word: 'I am happy here, I came by my own choice, "
            "I have my documents.' A supervisor was reading the answers to them "
            "from a sheet.",
            minutes=60,
            who="pruitt",
            owner="tom",
        ),
        TaskSpec(
            "2017-04-06",
            "Welfare-check survey call",
            "Survey call to test the new welfare-check form. The supervisor again "
            "answered for the workers; we could not reach any worker directly.",
            who="danny",
            owner="tom",
        ),
        OppSpec(
            "2017-04-17",
            "2017-06-22",
            "Renewal",
            "Closed Won",
            33000,
            "Harbor Staffing - Renewal 2017",
            "Renewal.",
        ),
        NoteSpec(
            "2017-07-11",
            "Concerns raised with the account executive",
            "Raised the passport, fee and dormitory items with Sam. He will speak to "
            "Wade Cole. No decision yet.",
            owner="tom",
        ),
        OppSpec(
            "2018-04-16",
            "2018-06-28",
            "Renewal",
            "Negotiation/Review",
            35000,
            "Harbor Staffing - Renewal 2018",
            "Renewal in negotiation.",
        ),
    ),
    filler=False,
    routine_cases=3,
)

LOTUS = AccountSpec(
    id="001DEMO0000LOTUS",
    name="Lotus Garden Spa Group",
    website="www.lotusgardenspa.example",
    industry="Recreation",
    city="Atlanta",
    state="GA",
    postal="30340",
    country="United States",
    street="5460 Buford Hwy, Unit 12",
    phone="(404) 555-0171",
    description="Chain of massage spas in metro Atlanta.",
    created="2015-01-20",
    revenue=2600000,
    employees=40,
    owner="sam",
    contacts=(
        ContactSpec(
            "teller",
            "Raymond",
            "Teller",
            "Owner",
            "rteller@lotusgardenspa.example",
            "(404) 555-0172",
        ),
        ContactSpec(
            "voss", "Sandra", "Voss", "Owner", "svoss@lotusgardenspa.example", "(404) 555-0173"
        ),
        ContactSpec(
            "mgr", "Kim", "Albright", "Manager", "manager@lotusgardenspa.example", "(404) 555-0174"
        ),
    ),
    records=(
        OppSpec(
            "2015-01-20",
            "2015-02-26",
            "New Business",
            "Closed Won",
            9000,
            "Lotus Garden - Booking app, 4 storefronts",
            "Online booking for four massage storefronts.",
        ),
        EventSpec(
            "2015-03-03",
            "Booking configuration call",
            "They want bookable slots from 9 pm to 4 am only, no daytime hours. "
            "Payment is cash only; they do not want card payments connected.",
            minutes=45,
            kind="Call",
            who="teller",
            owner="priya",
            start_hour=16,
        ),
        NoteSpec(
            "2015-06-16",
            "Storefront entities",
            "Set up the four storefronts as separate accounts in their booking org. "
            "Each trades under a different company name (Serenity Touch LLC, Blue "
            "Orchid Relaxation Inc., Golden Hour Bodywork LLC and Lotus Garden Spa) "
            "but Raymond Teller and Sandra Voss own and run all of them.",
            owner="priya",
        ),
        CaseSpec(
            "2015-10-20",
            "2015-10-22",
            "Add buzzer code to booking confirmation",
            "Front doors are kept locked and clients buzz in; they want the buzzer "
            "code sent in the confirmation text.",
            who="mgr",
            owner="julia",
            kind="Feature Request",
        ),
        OppSpec(
            "2016-01-11",
            "2016-02-25",
            "Renewal",
            "Closed Won",
            11000,
            "Lotus Garden - Renewal 2016",
            "Renewal; two more storefronts.",
        ),
        NoteSpec(
            "2016-04-12",
            "Staff residence field",
            "Asked for a 'staff residence' field. The workers live on site in rooms "
            "behind the treatment rooms, so every worker's address is the storefront "
            "address.",
            owner="julia",
        ),
        TaskSpec(
            "2016-08-23",
            "Referral source report",
            "Kim asked us to hide one referral source from the report: most bookings "
            "come from a review board the owners did not want named on screen.",
            who="mgr",
            owner="julia",
            kind="Email",
        ),
        EventSpec(
            "2017-03-14",
            "On-site training, Chamblee storefront",
            "Trained the manager on the new calendar. Windows papered over, buzzer "
            "at the door, no sign outside. The workers would not talk to our "
            "trainer; the manager answered for them.",
            minutes=120,
            location="Chamblee, GA",
            who="mgr",
            owner="tom",
        ),
        OppSpec(
            "2017-01-09",
            "2017-02-23",
            "Renewal",
            "Closed Won",
            13000,
            "Lotus Garden - Renewal 2017",
            "Renewal.",
        ),
        OppSpec(
            "2018-01-08",
            "2018-02-22",
            "Renewal",
            "Closed Won",
            14000,
            "Lotus Garden - Renewal 2018",
            "Renewal.",
        ),
    ),
    filler=False,
    routine_cases=2,
)
