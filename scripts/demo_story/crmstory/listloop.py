"""ListLoop Inc.: the fictional classifieds platform whose story follows the Backpage pattern.

A customer from 2011. Read in date order, its records show the provider learning what the
platform's business was, building tools that helped it grow, watching the card networks
and the Senate turn on it, and renewing anyway. All people and events are invented.
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

_C = (
    ContactSpec(
        "pell",
        "Gordon",
        "Pell",
        "Chief Executive Officer",
        "gpell@listloop.com",
        "(602) 555-0141",
        "1968-02-11",
    ),
    ContactSpec(
        "strand",
        "Naomi",
        "Strand",
        "Chief Technology Officer",
        "nstrand@listloop.com",
        "(602) 555-0142",
    ),
    ContactSpec("marsh", "Lena", "Marsh", "VP Operations", "lmarsh@listloop.com", "(602) 555-0143"),
    ContactSpec(
        "alvarado",
        "Rick",
        "Alvarado",
        "Director of Content Review",
        "ralvarado@listloop.com",
        "(602) 555-0144",
    ),
    ContactSpec(
        "brandt", "Tyler", "Brandt", "Billing Manager", "tbrandt@listloop.com", "(602) 555-0145"
    ),
)

_R = (
    # 2011: an ordinary start.
    OppSpec(
        "2011-02-21",
        "2011-04-28",
        "New Business",
        "Closed Won",
        18000,
        "ListLoop - Sales Cloud 25 seats",
        "Sales Cloud for the ad-sales team that sells featured placements to local "
        "businesses. Annual term, renews in April.",
        key="nb",
    ),
    EventSpec(
        "2011-05-10",
        "Kickoff with ListLoop operations",
        "Kickoff in Phoenix. ListLoop runs city-by-city free classifieds: jobs, "
        "housing, for sale, services, personals. Paid products are featured "
        "placements and bumps. They want reps to track premium advertisers and "
        "renewals of paid ads.",
        minutes=120,
        location="ListLoop HQ, Phoenix",
        who="marsh",
        owner="dana",
    ),
    CaseSpec(
        "2011-09-06",
        "2011-09-08",
        "Import of advertiser list fails on date column",
        "Data import wizard rejects 1,200 rows; their CSV uses day/month/year. "
        "Walked them through the locale setting.",
        who="strand",
        owner="julia",
    ),
    NoteSpec(
        "2011-11-15",
        "Account health",
        "Healthy first year. 25 seats in use, adoption good. Billing on time.",
        owner="dana",
    ),
    # 2012
    OppSpec(
        "2012-02-15",
        "2012-04-26",
        "Renewal",
        "Closed Won",
        24000,
        "ListLoop - Renewal 2012",
        "Renewal with 8 extra seats.",
    ),
    OppSpec(
        "2012-08-01",
        "2012-10-18",
        "Upsell",
        "Closed Won",
        9000,
        "ListLoop - Service Desk pilot 10 seats",
        "Service Desk pilot for the team that answers poster complaints.",
    ),
    CaseSpec(
        "2012-06-19",
        "2012-06-20",
        "SSO login loop for two users",
        "Two users bounced between the login page and their identity provider. "
        "Certificate had expired on their side; renewed.",
        who="strand",
        owner="julia",
    ),
    NoteSpec(
        "2012-12-04",
        "Growth",
        "ListLoop now live in 300+ US cities and some Canadian ones. Traffic doubling "
        "yearly. Most listings are free; they say almost all paid revenue comes from "
        "one section and they will explain more at next year's review.",
        owner="dana",
    ),
    # 2013: the consultations begin.
    OppSpec(
        "2013-02-12",
        "2013-04-25",
        "Renewal",
        "Closed Won",
        36000,
        "ListLoop - Renewal 2013",
        "Renewal, 40 seats, Service Desk pilot converted.",
    ),
    NoteSpec(
        "2013-06-11",
        "Where ListLoop's money comes from",
        "Call with Gordon Pell. He was frank: the adult services section (escorts, "
        "'body rubs') is where nearly all the paid ads are; jobs and for-sale barely "
        "pay. He wants our platform to carry the volume as that section grows.",
        owner="dana",
    ),
    EventSpec(
        "2013-11-12",
        "Consultation: growing the adult services section",
        "On-site workshop with Lena Marsh and her team. They showed us the posting "
        "funnel. Adult services is their biggest and fastest-growing category. The "
        "people posting there are escorts, or people posting for them, and the users "
        "browsing are their customers, as Lena put it. They want reps to phone "
        "high-volume posters in that section and sell them featured placement, and "
        "want a record of each poster across cities. We proposed custom objects.",
        minutes=240,
        location="ListLoop HQ, Phoenix",
        who="marsh",
        owner="priya",
    ),
    OppSpec(
        "2013-11-20",
        "2013-12-19",
        "Professional Services",
        "Closed Won",
        45000,
        "ListLoop - Poster tracking custom objects",
        "Build-out: custom objects Poster__c and Ad_Placement__c to track adult "
        "services ad posters, their phone numbers, the cities they post in and their "
        "spend; link the same poster across cities.",
        key="ps_poster",
    ),
    # 2014
    EventSpec(
        "2014-02-20",
        "Consultation: poster loyalty programme",
        "Workshop on keeping adult-section posters posting. Segment posters by "
        "spend, send automated reminders before an escort ad lapses, offer bulk "
        "packages to posters who advertise in many cities at once. Lena says repeat "
        "posters are 70% of revenue.",
        minutes=180,
        who="marsh",
        owner="priya",
    ),
    OppSpec(
        "2014-02-10",
        "2014-04-24",
        "Renewal",
        "Closed Won",
        60000,
        "ListLoop - Renewal 2014",
        "Renewal at 60 seats plus poster tracking licences.",
    ),
    NoteSpec(
        "2014-05-06",
        "Support model for ListLoop",
        "ListLoop now has a named support engineer (Marcus Oyelaran) and its own "
        "queue with a 2-hour response target, above their tier. Most requests are "
        "about the adult services objects and the reports on posters.",
        owner="ken",
    ),
    OppSpec(
        "2014-05-20",
        "2014-07-31",
        "Upsell",
        "Closed Won",
        40000,
        "ListLoop - Service Desk 40 seats for content review",
        "Service Desk seats for Rick Alvarado's content review team.",
    ),
    EventSpec(
        "2014-09-16",
        "Consultation: bespoke moderation queue",
        "Design session with Rick Alvarado. Ads flagged by users should route to his "
        "reviewers in Service Desk. He asked that the queue be ordered by how much "
        "the poster pays rather than by what the flag says, and that paying adult "
        "posters be reviewed last. We agreed to scope it.",
        minutes=120,
        who="alvarado",
        owner="priya",
    ),
    OppSpec(
        "2014-09-22",
        "2014-10-30",
        "Professional Services",
        "Closed Won",
        75000,
        "ListLoop - Bespoke moderation queue",
        "Custom moderation queue in Service Desk, routing and ordering rules written "
        "for ListLoop, weekend coverage.",
        key="ps_queue",
    ),
    CaseSpec(
        "2014-11-18",
        "2014-11-21",
        "Moderation queue SLA timer not pausing on weekends",
        "SLA clock keeps running through the weekend pause window. Fixed the business "
        "hours record.",
        who="alvarado",
        owner="marcus",
        kind="Problem",
    ),
    NoteSpec(
        "2014-12-09",
        "Invoices to a new entity",
        "Tyler Brandt asked that invoices go to ListLoop Holdings B.V. in Amsterdam "
        "from January. He says ownership moved to a Dutch holding company; the "
        "management team and our contacts stay the same.",
        owner="hannah",
    ),
    # 2015: card networks leave.
    EventSpec(
        "2015-03-04",
        "Quarterly business review",
        "Gordon Pell: the adult section is now above 90% of revenue. Asked for "
        "dashboards by city of escort ad volume and repeat-poster rates, refreshed "
        "daily. We agreed to build them within the current services budget.",
        minutes=90,
        who="pell",
        owner="dana",
    ),
    OppSpec(
        "2015-02-09",
        "2015-04-30",
        "Renewal",
        "Closed Won",
        90000,
        "ListLoop - Renewal 2015",
        "Renewal at 110 seats; dashboards included.",
    ),
    NoteSpec(
        "2015-07-08",
        "Card networks stopped processing for ListLoop",
        "Tyler Brandt called: Visa and Mastercard stopped processing payments for "
        "ListLoop on July 1 because of the adult section. Posters now pay in bitcoin "
        "or through two third-party payment processors. Our Q3 invoice will be paid "
        "by ListLoop Holdings B.V. by wire.",
        owner="dana",
    ),
    CaseSpec(
        "2015-07-10",
        "2015-07-14",
        "Update billing entity and remittance details",
        "Change bill-to entity and remittance contact on the contract.",
        who="brandt",
        owner="hannah",
        origin="Phone",
    ),
    TaskSpec(
        "2015-08-12",
        "Call Tyler about payment-method fields",
        "Wants a field on Poster__c for how each poster pays (bitcoin, gift card, "
        "third-party processor) now that cards are gone.",
        who="brandt",
        owner="marcus",
    ),
    EventSpec(
        "2015-10-06",
        "Consultation: win back posters after the card cutoff",
        "Session with Lena Marsh and Tyler Brandt. Since July many adult-section "
        "posters have stopped posting. They want reports of posters who moved to "
        "crypto and a campaign so reps can call the ones who stopped and walk them "
        "through paying in bitcoin.",
        minutes=120,
        who="marsh",
        owner="priya",
    ),
    OppSpec(
        "2015-10-08",
        "2015-11-19",
        "Professional Services",
        "Closed Won",
        38000,
        "ListLoop - Payment method tracking and poster win-back",
        "Fields and reports for payment method; win-back call campaign for lapsed posters.",
    ),
    # 2016: keyword stripping, the escalation, the subpoena, the renewal.
    EventSpec(
        "2016-01-19",
        "Consultation: keyword rules for the moderation queue",
        "Rick Alvarado wants rules in the queue that remove words such as 'teen', "
        "'young', 'fresh' and 'schoolgirl' from adult ads and then publish the ad. "
        "Deleting those ads would cost them too much revenue, he said. He will send "
        "a list of about 40 terms.",
        minutes=90,
        who="alvarado",
        owner="priya",
    ),
    OppSpec(
        "2016-01-25",
        "2016-02-25",
        "Professional Services",
        "Closed Won",
        28000,
        "ListLoop - Moderation keyword filters",
        "Keyword strip rules in the moderation queue per the customer's term list; "
        "the ad is published after the terms are removed.",
        key="ps_filters",
    ),
    TaskSpec(
        "2016-02-16",
        "Build strip list in moderation queue",
        "Loaded Rick's 41 terms into the strip rules; tested that the ad still "
        "publishes after the words are removed.",
        who="alvarado",
        what="ps_filters",
        owner="marcus",
        kind="Other",
    ),
    CaseSpec(
        "2016-03-02",
        "2016-03-04",
        "Escalation: possible minors in adult ads",
        "Internal escalation. Testing the keyword filter with the customer's sample "
        "ads, I saw adult-section ads where the words being removed said the person "
        "was 15 or 16 or in high school. I do not think we should keep building this "
        "without someone looking at it.\n\n- Marcus",
        status="Closed",
        priority="High",
        origin="Internal",
        kind="Escalation",
        owner="ken",
    ),
    NoteSpec(
        "2016-03-22",
        "Senate subpoena in the news",
        "News today that a Senate subcommittee has subpoenaed ListLoop for its "
        "records on how it screens adult ads for trafficking. Gordon told Dana it is "
        "political and they will fight it. No change to the renewal.",
        owner="dana",
    ),
    NoteSpec(
        "2016-04-05",
        "Customer asks to limit our access",
        "Naomi Strand asked that Stratus staff stop viewing record-level data in "
        "their org. Our support profile now sees aggregate usage numbers only; ad "
        "text and poster records are hidden from us.",
        owner="ken",
    ),
    OppSpec(
        "2016-02-08",
        "2016-04-28",
        "Renewal",
        "Closed Won",
        140000,
        "ListLoop - Renewal 2016",
        "One-year renewal at 150 seats plus the moderation queue and filters.",
    ),
    OppSpec(
        "2016-09-12",
        "2016-11-17",
        "Upsell",
        "Closed Won",
        55000,
        "ListLoop - Analytics add-on",
        "Analytics licences for the poster and city dashboards.",
    ),
    # 2017: the Senate report; the section moves to "dating"; more business.
    NoteSpec(
        "2017-01-11",
        "Senate report and the adult section",
        "The Senate subcommittee report came out this week. It says ListLoop edited "
        "adult ads to hide that children were being sold. ListLoop closed its adult "
        "section in the US and moved those posters into 'dating'. Lena asked us to "
        "remap the poster objects to the dating category.",
        owner="dana",
    ),
    OppSpec(
        "2017-01-16",
        "2017-02-23",
        "Professional Services",
        "Closed Won",
        22000,
        "ListLoop - Category migration",
        "Remap Poster__c and reports from the adult category to dating.",
    ),
    CaseSpec(
        "2017-03-07",
        "2017-03-09",
        "Dating dashboard counts doubled after migration",
        "Counts double because old and new category values both match the filter. "
        "Fixed the report filter.",
        who="marsh",
        owner="marcus",
        kind="Problem",
    ),
    EventSpec(
        "2017-04-18",
        "Operations review",
        "Same posters and same customers as before, now in the dating section, "
        "Lena says. They want overnight support for the content review team. We "
        "offered premier support at a discount.",
        minutes=60,
        who="marsh",
        owner="tom",
    ),
    OppSpec(
        "2017-02-06",
        "2017-04-27",
        "Renewal",
        "Closed Won",
        210000,
        "ListLoop - Renewal 2017",
        "Renewal with premier support, 24x7.",
    ),
    OppSpec(
        "2017-04-24",
        "2017-06-29",
        "Upsell",
        "Closed Won",
        90000,
        "ListLoop - Service Desk +60 seats",
        "More reviewers for the dating section.",
    ),
    # Routine account management, as for any customer.
    TaskSpec(
        "2013-04-02",
        "Renewal call",
        "Confirmed renewal terms and 40 seats.",
        who="brandt",
        owner="dana",
    ),
    TaskSpec(
        "2014-04-01",
        "Renewal call",
        "Renewal terms agreed; quote sent.",
        who="brandt",
        owner="dana",
    ),
    TaskSpec(
        "2016-04-12",
        "Renewal call",
        "Confirmed the one-year renewal; PO to follow.",
        who="brandt",
        owner="dana",
    ),
    EventSpec(
        "2016-12-06",
        "Quarterly business review",
        "Adoption high across sales and content review. Asked about next year's "
        "pricing and overnight coverage.",
        minutes=60,
        who="pell",
        owner="dana",
    ),
    # 2018: the end.
    OppSpec(
        "2018-02-12",
        "2018-04-20",
        "Renewal",
        "Closed Lost",
        240000,
        "ListLoop - Renewal 2018",
        "Lost: the site was seized by federal authorities in April.",
    ),
    NoteSpec(
        "2018-04-09",
        "listloop.com seized",
        "Federal authorities seized listloop.com on April 6 and Gordon Pell pleaded "
        "guilty this week. Account on hold; legal hold on all ListLoop records.",
        owner="hannah",
    ),
    CaseSpec(
        "2018-04-10",
        "",
        "Legal hold on ListLoop org data",
        "Preserve all data in the ListLoop org and our support records.",
        status="Working",
        priority="High",
        origin="Internal",
        kind="Legal",
        owner="hannah",
    ),
)

LISTLOOP = AccountSpec(
    id="001DEMO0000LISTLP",
    name="ListLoop Inc.",
    website="www.listloop.com",
    industry="Media",
    city="Phoenix",
    state="AZ",
    postal="85004",
    country="United States",
    street="1400 N Central Ave, Suite 900",
    phone="(602) 555-0140",
    description="Online classifieds platform with city sites across the US and Canada.",
    created="2011-02-21",
    revenue=48000000,
    employees=260,
    owner="dana",
    contacts=_C,
    records=_R,
    filler=False,
    routine_cases=3,
)
