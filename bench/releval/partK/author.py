#!/usr/bin/env python3
"""Part K generator: fictional Salesforce export of a lodging-software vendor
("Lodgewise": PMS, BookDirect booking engine, GuestNet Wi-Fi, FrontPay terminals,
ProServ build-outs). Deterministic. Writes CSVs + labels.csv into this folder."""
import csv, os, random, datetime as dt

OUT = os.path.dirname(os.path.abspath(__file__))
TAG = "EVK"
R = random.Random(20260412)

counters = {}
def nid(prefix):
    counters[prefix] = counters.get(prefix, 0) + 1
    return f"{prefix}{TAG}{counters[prefix]:012d}"

USERS = {k: nid("005") for k in ["ae", "ae2", "csm", "csm2", "sup", "sup2", "se", "risk", "legal", "fin"]}

def D(s):
    return dt.date.fromisoformat(s)

def dts(d, hour=None):
    if hour is None:
        hour = R.randint(13, 23)
    return f"{d.isoformat()}T{hour:02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d}.000+0000"

ACC, CON, OPP, CAS, TSK, EVT, NOT, LAB = [], [], [], [], [], [], [], []
case_no = [10400]

# ---------------------------------------------------------------- record builders
def mk_case(acc, cons, key, date, subj, desc, comments="", close_days=2, closed=None,
            status="Closed", prio="Medium", origin="Phone", ctype="Question", who=0, owner="sup"):
    d = D(date)
    cid = nid("500")
    case_no[0] += R.randint(1, 37)
    if status == "Closed":
        cd = D(closed) if closed else d + dt.timedelta(days=close_days)
        closed_s = dts(cd, 23 if cd == d else None)
    else:
        cd, closed_s = None, ""
    CAS.append(dict(Id=cid, CaseNumber=f"{case_no[0]:08d}", AccountId=acc["Id"],
                    ContactId=cons[who]["Id"] if cons else "", Subject=subj, Description=desc,
                    Status=status, Priority=prio, Origin=origin, Type=ctype,
                    IsClosed="true" if status == "Closed" else "false", OwnerId=USERS[owner],
                    CreatedDate=dts(d, R.randint(12, 20)), ClosedDate=closed_s, Comments=comments))
    return cid, {"created": d, "closed": cd}

def mk_task(acc, cons, key, date, subj, desc, status="Completed", ttype="Call", who=0, owner="csm", prio="Normal"):
    d = D(date)
    tid = nid("00T")
    TSK.append(dict(Id=tid, WhatId=acc["Id"], WhoId=cons[who]["Id"] if cons else "", AccountId=acc["Id"],
                    Subject=subj, Description=desc, ActivityDate=d.isoformat(), Status=status,
                    Priority=prio, Type=ttype, OwnerId=USERS[owner], CreatedDate=dts(d)))
    return tid, {"activity": d, "created": d}

def mk_event(acc, cons, key, date, subj, desc, loc="Zoom", dur=60, etype="Meeting", who=0, owner="ae"):
    d = D(date)
    eid = nid("00U")
    h = R.choice([14, 15, 16, 17, 18, 19, 20])
    st = dt.datetime(d.year, d.month, d.day, h, R.choice([0, 30]))
    en = st + dt.timedelta(minutes=dur)
    f = "%Y-%m-%dT%H:%M:%S.000+0000"
    EVT.append(dict(Id=eid, WhatId=acc["Id"], WhoId=cons[who]["Id"] if cons else "", AccountId=acc["Id"],
                    Subject=subj, Description=desc, Location=loc, ActivityDate=d.isoformat(),
                    StartDateTime=st.strftime(f), EndDateTime=en.strftime(f), DurationInMinutes=str(dur),
                    Type=etype, OwnerId=USERS[owner], CreatedDate=dts(d - dt.timedelta(days=R.randint(2, 9)))))
    return eid, {"activity": d}

def mk_note(acc, cons, key, date, title, body, private=False, owner="csm"):
    d = D(date)
    nid_ = nid("002")
    NOT.append(dict(Id=nid_, ParentId=acc["Id"], Title=title, Body=body,
                    IsPrivate="true" if private else "false", OwnerId=USERS[owner], CreatedDate=dts(d)))
    return nid_, {"created": d}

def mk_opp(acc, cons, key, created, close, name, otype, stage, amount, desc="", owner="ae"):
    c, cl = D(created), D(close)
    oid = nid("006")
    won = stage == "Closed Won"
    isclosed = stage in ("Closed Won", "Closed Lost")
    prob = {"Closed Won": 100, "Closed Lost": 0, "Negotiation": 75, "Proposal": 50, "Qualification": 20}[stage]
    OPP.append(dict(Id=oid, AccountId=acc["Id"], Name=name, Type=otype, StageName=stage,
                    Amount=f"{amount:.2f}", Probability=str(prob), CloseDate=cl.isoformat(),
                    IsClosed="true" if isclosed else "false", IsWon="true" if won else "false",
                    Description=desc, OwnerId=USERS[owner], CreatedDate=dts(c)))
    return oid, {"created": c, "close": cl}

# ---------------------------------------------------------------- filler (routine records)
PRODUCTS = ["PMS", "BookDirect", "GuestNet", "FrontPay", "channel mgr", "housekeeping app", "rate mgr", "night audit"]

CASE_FILLER = [
    ("Password reset - {fn}", "{fn} locked out after 5 tries. Reset sent.", "Reset link sent, confirmed login.", "Web", "Question"),
    ("Night audit didn't finish", "Night audit hung at 'posting room charges'. Front desk couldnt roll date.", "Cleared stuck batch, audit completed 03:12. Advised not to close browser mid-audit.", "Phone", "Problem"),
    ("OTA rates not syncing", "Rates on Expedia-side channel 2 days behind PMS. Mapping issue?", "Room type mapping for KNG-S was missing after their rename. Remapped, pushed full ARI.", "Email", "Problem"),
    ("FrontPay terminal offline", "Terminal 2 at desk says 'host unreachable'.", "Swapped ethernet port, reboot. Back online.", "Phone", "Problem"),
    ("Invoice question", "{fn} asks why invoice has 2 lines for GuestNet. One is prorated AP add.", "Explained proration. No credit needed, cust ok.", "Email", "Question"),
    ("GuestNet slow in bldg B", "Guests complaining wifi slow 2nd floor bldg B.", "AP-7 on old firmware, pushed update remotely. Speeds back to ~40mbps.", "Phone", "Problem"),
    ("add user for new FD agent", "Need new login for front desk hire starting Mon.", "Created user, role Front Desk. Sent welcome email.", "Web", "Question"),
    ("Remove user", "Ex-employee still has login, pls disable asap.", "Disabled user same day. Recommended quarterly user review.", "Email", "Question"),
    ("Group block wont release", "Wedding block cutoff passed but rooms still held.", "Cutoff date was typed as 2099 lol. Fixed, inventory released.", "Phone", "Problem"),
    ("Report export to excel", "Mgr wants occupancy + ADR by month in excel.", "Showed Reports > Export CSV. Done.", "Chat", "Question"),
    ("Folio printing blank", "Folios print blank pages on HP in back office.", "Driver issue on their PC. Walked through reinstall.", "Phone", "Problem"),
    ("Tax rate change", "County occupancy tax going 12% -> 12.5% on 1st.", "Updated tax table, effective date set. Cust verified test folio.", "Email", "Question"),
    ("Booking engine photos", "Want to swap hero photos on BookDirect for summer.", "Uploaded 6 new imgs, cache cleared.", "Web", "Question"),
    ("Duplicate reservation", "Guest booked twice via BookDirect, charged twice.", "Dup caused by double-click on pay btn. Voided 2nd auth. Ticket to eng re: button debounce.", "Email", "Problem"),
    ("Key encoder integration", "Door lock encoder not cutting keys after PMS update.", "Re-registered encoder service. Keys cutting again.", "Phone", "Problem"),
    ("Rate plan for AAA", "Need new AAA/AARP rate 10% off BAR.", "Created derived rate plan, linked to channels.", "Web", "Question"),
    ("Housekeeping app login loop", "Housekeepers' tablets loop back to login.", "Tablet clock was wrong -> token invalid. Set auto time.", "Phone", "Problem"),
    ("Chargeback help", "Guest disputed no-show charge, need folio + policy.", "Sent folio, signed reg card, cancellation policy screenshot for rebuttal.", "Email", "Question"),
    ("Refund posted twice?", "Acct mgr sees refund twice on stmt.", "One was reversal of pending auth, not a 2nd refund. Explained.", "Email", "Question"),
    ("Captive portal logo", "Update wifi splash page logo + terms.", "New logo up. Terms text updated per their doc.", "Web", "Question"),
]
TASK_FILLER = [
    ("Onboarding call #{n}", "Walked through rate plans + room types. Homework: upload guest history csv.", "Call"),
    ("QBR prep", "Pull occupancy + support ticket trend for QBR deck.", "Other"),
    ("Renewal reminder", "Sent renewal quote, 60 days out.", "Email"),
    ("Follow up on training", "{fn} wants 2nd session for night auditors.", "Call"),
    ("Check in - CSM", "Quick check-in. Happy overall, wants better housekeeping reports.", "Call"),
    ("Send W-9 + COI", "Finance asked for our W-9 and cert of insurance for vendor file.", "Email"),
    ("Upsell GuestNet", "Pitched GuestNet bundle. Interested, wants quote after budget in Q{q}.", "Call"),
    ("Collect past due", "Invoice 45 days past due. Left vm for AP.", "Call"),
    ("NPS follow up", "Scored us 8. Comment: 'support good, reports clunky'.", "Email"),
    ("Send release notes", "Emailed v{v} release notes re: new group billing.", "Email"),
]
EVENT_FILLER = [
    ("Kickoff", "Implementation kickoff. Go-live target ~6 wks.", "Zoom", 60),
    ("PMS training - front desk", "Trained 4 FD agents. Check-in/out, folios, walk-ins.", "Onsite", 120),
    ("QBR", "Reviewed uptime, tickets, roadmap. No issues raised.", "Zoom", 45),
    ("GuestNet site survey", "Walked property for AP placement. 9 APs recommended.", "Onsite", 90),
    ("Demo - rate mgr", "Demo of rate mgr rules. They liked comp-set view.", "Zoom", 30),
    ("Renewal call", "Went over renewal terms, no changes to seat count.", "Phone", 30),
]
NOTE_FILLER = [
    ("Acct summary", "Decision maker is {fn} ({title}). Pays on time. Uses PMS + BookDirect."),
    ("Go-live", "Live on PMS as of today. Data conversion from old system ~98% clean, few guest profiles dupes."),
    ("Billing", "Switched to annual invoicing per their request."),
    ("CSM handoff", "Handing acct to new CSM. No open escalations. Relationship good."),
    ("Integration", "Connected to their accounting (GL export nightly). Working."),
    ("fyi", "{fn} mentioned they may add a 2nd property next yr."),
]

def filler(acc, cons, start, end, n, rng):
    """n routine records spread between start and end (date objects)."""
    span = max(1, (end - start).days)
    pool = ([("case", t) for t in CASE_FILLER] + [("task", t) for t in TASK_FILLER] +
            [("event", t) for t in EVENT_FILLER] + [("note", t) for t in NOTE_FILLER])
    pool = rng.sample(pool, min(n, len(pool)))
    n = len(pool)
    for i in range(n):
        d = start + dt.timedelta(days=rng.randint(3, span))
        ds = d.isoformat()
        who = rng.randrange(len(cons))
        fn = cons[who]["FirstName"]
        title = cons[who]["Title"]
        kind, tpl = pool[i]
        early = start + dt.timedelta(days=rng.randint(3, 120))
        fmt = dict(fn=fn, title=title, n=rng.randint(1, 3), q=rng.randint(1, 4), v=f"{rng.randint(4,7)}.{rng.randint(0,9)}")
        if kind == "case":
            s, de, co, ori, ty = tpl
            mk_case(acc, cons, None, ds, s.format(**fmt), de.format(**fmt), co.format(**fmt),
                    close_days=rng.randint(1, 6), origin=ori, ctype=ty, who=who,
                    owner=rng.choice(["sup", "sup2"]), prio=rng.choice(["Low", "Medium", "Medium", "High"]))
        elif kind == "task":
            s, de, ty = tpl
            if s.startswith("Onboarding"):
                ds = early.isoformat()
            mk_task(acc, cons, None, ds, s.format(**fmt), de.format(**fmt), ttype=ty, who=who,
                    owner=rng.choice(["csm", "csm2", "ae", "fin"]))
        elif kind == "event":
            s, de, loc, du = tpl
            if s in ("Kickoff", "PMS training - front desk", "GuestNet site survey"):
                ds = early.isoformat()
            mk_event(acc, cons, None, ds, s, de, loc=loc, dur=du, who=who, owner=rng.choice(["ae", "csm", "se"]))
        else:
            t, b = tpl
            if t == "Go-live":
                ds = early.isoformat()
            mk_note(acc, cons, None, ds, t, b.format(**fmt), owner=rng.choice(["csm", "csm2", "ae"]))

# ---------------------------------------------------------------- customer builder
CUSTOMERS = []

def customer(**kw):
    CUSTOMERS.append(kw)

def build(c):
    rng = random.Random(c["name"])
    aid = nid("001")
    start = D(c["start"])
    acc = dict(Id=aid, Name=c["name"], Type="Customer", Industry=c.get("industry", "Hospitality"),
               Website=c.get("web", ""), Phone=c["phone"], BillingStreet=c["street"], BillingCity=c["city"],
               BillingState=c["state"], BillingPostalCode=c["zip"], BillingCountry="United States",
               AnnualRevenue=f"{c['rev']:.2f}", NumberOfEmployees=str(c["emp"]), Description=c["desc"],
               OwnerId=USERS["ae"], CreatedDate=dts(start - dt.timedelta(days=60)))
    ACC.append(acc)
    cons = []
    for (fn, ln, title) in c["contacts"]:
        cid = nid("003")
        dom = c.get("dom", "example")
        con = dict(Id=cid, AccountId=aid, FirstName=fn, LastName=ln, Title=title,
                   Email=f"{fn.lower()}.{ln.lower().replace(' ', '')}@{dom}.example".replace("é", "e"),
                   Phone=f"({rng.randint(201, 989)}) 555-{rng.randint(100, 199):04d}",
                   MailingCity=c["city"], MailingCountry="United States", Birthdate="",
                   OwnerId=USERS["ae"], CreatedDate=dts(start - dt.timedelta(days=55)))
        CON.append(con)
        cons.append(con)
    keys = {}
    nrec = len(cons)
    # opportunities: new business + renewals
    end = D(c.get("end", "2020-06-30"))
    oname = c["name"].split()[0] + " " + (c["name"].split()[1] if len(c["name"].split()) > 1 else "")
    mk_opp(acc, cons, None, (start - dt.timedelta(days=40)).isoformat() if start.year > 2012 or start.month > 2 else start.isoformat(),
           start.isoformat(), f"{oname.strip()} - New Business", "New Business", "Closed Won", c["amt"],
           "PMS + BookDirect, " + c.get("newbiz", "standard onboarding."))
    nrec += 1
    renew_skip = set(c.get("renew_skip", []))
    y = start.year + 1
    while True:
        rd = dt.date(y, start.month, min(start.day, 28))
        if rd > end or rd.year > 2020:
            break
        if y not in renew_skip:
            stage = "Closed Won"
            mk_opp(acc, cons, None, (rd - dt.timedelta(days=60)).isoformat(), rd.isoformat(),
                   f"{oname.strip()} - Renewal {y}", "Renewal", stage, round(c["amt"] * (1 + 0.04 * (y - start.year)), -1),
                   "Annual renewal.", owner="csm")
            nrec += 1
        y += 1
    for spec in c["recs"]:
        t, key = spec[0], spec[1]
        args = spec[2:]
        kw = spec[-1] if isinstance(spec[-1], dict) else {}
        if kw:
            args = args[:-1]
        f = {"case": mk_case, "task": mk_task, "event": mk_event, "note": mk_note, "opp": mk_opp}[t]
        rid, dates = f(acc, cons, key, *args, **kw)
        if key:
            keys[key] = (rid, dates)
        nrec += 1
    target = c.get("target", 20)
    nf = max(0, target - nrec)
    filler(acc, cons, start, min(end, D("2020-11-30")), nf, rng)
    nrec += nf
    lab = c["label"]
    if lab[0] == "positive":
        _, kind, kf, evk, rat = lab
        ev = [keys[k][0] for k in evk]
        LAB.append(dict(AccountId=aid, label="positive", kind=kind, knowable_from=kf,
                        evidence_ids=";".join(ev), rationale=rat, _evdates=[keys[k][1] for k in evk]))
    else:
        _, kind, evk, rat = lab
        ev = [keys[k][0] for k in evk]
        LAB.append(dict(AccountId=aid, label="negative", kind=kind, knowable_from="",
                        evidence_ids=";".join(ev), rationale=rat, _evdates=[]))

# ================================================================ CUSTOMERS
# ================================================================ POSITIVES
customer(name="Palomino Motor Inn", industry="Hospitality", web="palominomotorinn.example", phone="(661) 555-0142",
    street="2210 Old Highway 58", city="Ridgecrest", state="CA", zip="93555", rev=410000, emp=7, amt=3900,
    desc="Independent 28-room motel. PMS + GuestNet + FrontPay (1 terminal).", start="2014-03-12", end="2017-08-31",
    contacts=[("Ray", "Dukes", "Owner/Operator"), ("Lorna", "Pike", "Front Desk Mgr")], target=21,
    recs=[
        ("case", None, "2014-06-10", "rate plan - short stay?", "Ray asks if PMS can do a 3 hr 'short stay' rate. Says truckers + shift guys from the plant want to nap b/4 driving. Showed him day-use rate code DU3.", "Set up DU3 at $39. Closed.", {"owner": "sup"}),
        ("note", None, "2015-02-18", "GuestNet AP swap - onsite", "Tech onsite for AP swap. Lot busy for a Tues 11am, lots of in and out at 20-24 end of bldg. Desk clerk looked really young, Ray said she's his niece helping out on school break. FYI only, job done.", {"owner": "se"}),
        ("case", None, "2015-09-02", "cash drawer report", "Lorna asks for report that shows cash vs card by room. Most of the short stays are cash. Built saved report 'Cash by room'.", "Saved report shared w/ Ray + Lorna.", {"owner": "sup2"}),
        ("case", "lerq", "2016-04-05", "Records request - Ridgecrest PD", "Det. Sgt. Amos Keel (Ridgecrest PD) faxed subpoena for guest reg cards + folios rooms 21-23, 3/1-4/2. Cover letter says 'juvenile recovered at property, ongoing human trafficking investigation'. Routed to Legal. Customer notified per contract.", "Legal produced 4/12 per subpoena. Ray called Sup desk upset asking why we 'handed it over'. Explained we must comply w/ valid legal process.", {"owner": "legal", "closed": "2016-04-12", "prio": "High", "origin": "Email", "ctype": "Legal"}),
        ("case", "purge", "2016-04-19", "turn off ID scan + purge", "Ray wants ID scanner disabled at check-in and guest names auto-purged 24h after checkout 'so cops cant fish thru my guests'. Also wants rooms 20-24 pulled off BookDirect + OTAs: 'walk-in only, cash, I handle those rooms myself'. Told him purge is against our retention settings for CA, escalating to CSM/Legal.", "CSM disabled BookDirect for 20-24 (cust config choice). ID scan made optional per cust. Purge request declined. No further review logged.", {"owner": "sup", "close_days": 6, "prio": "High"}),
        ("opp", None, "2016-03-20", "2016-05-15", "Palomino - GuestNet upgrade", "Upsell", "Closed Won", 1850, "Upgrade to 6 APs + guest portal. Signed after renewal call."),
        ("note", None, "2017-08-09", "news", "Local paper: Ray Dukes charged w/ pimping + human trafficking of a minor, motel 'used as base'. Acct on hold pending Legal.", {"owner": "risk"}),
    ],
    renew_skip=[2018],
    label=("positive", "motel", "2016-04-19", ["lerq", "purge"],
           "After police said a juvenile was recovered at the motel in a trafficking probe, the owner asked to purge guest identities and keep a block of rooms cash-only under his personal control, which together made the venture knowable."))

customer(name="Gateway Lodge Inn & Suites", industry="Hospitality", web="gatewaylodge.example", phone="(806) 555-0117",
    street="5401 Interstate 40 E", city="Amarillo", state="TX", zip="79118", rev=1250000, emp=18, amt=6400,
    desc="Franchisee, 2 properties (I-40 and Airport). PMS + housekeeping app + BookDirect.", start="2013-09-03", end="2017-12-31",
    contacts=[("Curtis", "Vayle", "GM"), ("Marisol", "Ochoa", "Housekeeping Supv"), ("Deb", "Rankin", "Franchise Acctg")], target=22,
    recs=[
        ("case", None, "2014-11-06", "new rate code HR2", "Curtis wants a rate code 'HR2' (2 hrs) on I-40 property only, hidden from all channels, FD can sell it manually. Reason given: 'late flights, people need a shower'.", "Created HR2, channel-excluded. Closed.", {"owner": "sup"}),
        ("task", None, "2015-03-14", "franchise brand audit prep", "Deb asked for ADR/occupancy reports for brand QA visit. Sent.", {"who": 2, "ttype": "Email"}),
        ("case", "spanish", "2015-07-22", "HK tablets not syncing - I-40", "Marisol called, housekeeping tablets not showing rooms 112/114 status. Call in Spanish, my notes: she said 'el gerente nos dice que no limpiemos el 112 ni el 114, que ahí viven unas muchachas que nunca salen, y los hombres pagan por hora en la recepción. Una me dijo que tiene 16 años y que no la dejan irse.' She asked if we could 'tell someone'. Tablet issue = 112/114 set to 'DND-long term' by GM so they drop off HK board.", "Sync fixed (it was the DND flag, not a bug). Gave Marisol the 1-888 hotline # and told her she can call 911. Sent summary to my lead.", {"owner": "sup2", "who": 1, "close_days": 1, "origin": "Phone", "ctype": "Problem"}),
        ("case", None, "2015-08-03", "delete HK history", "Curtis asks us to wipe housekeeping notes + DND history for 112 and 114 going back a year. 'Staff wrote some stuff that isnt accurate.'", "Cannot delete audit history. Told cust. Cust unhappy.", {"owner": "sup"}),
        ("note", None, "2015-08-04", "esc", "Lead reviewed July HK call + Aug deletion request. Sent to Risk. Risk said 'monitor'. Keeping acct.", {"owner": "csm", "private": True}),
    ],
    label=("positive", "motel", "2015-07-22", ["spanish"],
           "A housekeeping supervisor's quoted Spanish account of girls kept in two rooms, one saying she was 16 and not allowed to leave, while men paid by the hour at the desk, made it knowable on the day of that call."))

customer(name="Harborline Stays LLC", industry="Real Estate / Vacation Rental", web="harborlinestays.example", phone="(253) 555-0190",
    street="1101 Dock St Ste 300", city="Tacoma", state="WA", zip="98402", rev=2900000, emp=22, amt=14800,
    desc="STR manager, ~40 units Tacoma/Spokane/Boise. PMS (STR edition) + smart lock integration + BookDirect + FrontPay CNP.", start="2016-01-18", end="2019-12-31",
    contacts=[("Mitch", "Strand", "Managing Partner"), ("Kelsey", "Fuhr", "Ops Coordinator")], target=23,
    recs=[
        ("note", None, "2016-05-11", "booking mix", "Lots of 1-nighters thru their direct link rather than OTAs. Fine, they're pushing direct to save commission.", {"owner": "csm"}),
        ("case", None, "2017-02-08", "guest ID waiver for agent bookings", "Kelsey asks to skip guest ID upload when booking made by their 'agent' link. One payer books for diff guest names, 'corporate style'. Configured per-channel ID requirement off for agent channel.", "Done as requested.", {"owner": "sup", "who": 1}),
        ("case", "codes", "2017-09-05", "lock code window 2 hrs", "Mitch wants smart lock codes valid for 2 hr windows and re-generated every 2 hrs on 9 units, 'turnover every couple hrs on busy nights'. Asked what the use case is, he said 'short stays, dont worry about it'. Needs ProServ, quoted 12 hrs.", "ProServ built rolling 2h code rule. Billed $1,800.", {"owner": "se", "close_days": 14, "ctype": "Feature Request"}),
        ("note", "risk", "2017-09-21", "FrontPay review - payer pattern", "Risk review (CNP volume up 3x). Payer 'M. Strand' card x4471 paid 38 bookings last 30d across Tacoma/Spokane/Boise, guest names all diff young women, 1 night each, in the 2h-code units. Customer forwarded a neighbor complaint to us last wk re: 'line of men in the stairwell' asking us to 'turn down the lock alerts'. Pattern consistent w/ sex trafficking circuit. Escalating to Compliance + AE.", {"owner": "risk", "private": True}),
        ("note", None, "2017-10-03", "esc closed", "AE: big acct, renewal in Jan, 'they are a legit mgmt co'. Escalation closed, no further review.", {"owner": "ae", "private": True}),
        ("opp", None, "2017-11-01", "2018-01-15", "Harborline - 15 add'l units + GuestNet", "Upsell", "Closed Won", 9200, "Expansion to Boise 2nd bldg."),
        ("case", None, "2018-05-30", "subpoena - Spokane PD", "Spokane PD subpoena for booking + payment records 3 units. Legal handling.", "Produced 6/14.", {"owner": "legal", "closed": "2018-06-14", "ctype": "Legal"}),
    ],
    label=("positive", "short_term_rental", "2017-09-21", ["codes", "risk"],
           "The provider's own risk review tied one payer to dozens of one-night bookings for different young women across three cities in the 2-hour-code units it had built, the point at which the trafficking pattern was knowable."))

customer(name="Big Mesa Travel Center", industry="Truck Stop / Fuel", web="bigmesatravel.example", phone="(505) 555-0163",
    street="I-40 Exit 89", city="Grants", state="NM", zip="87020", rev=5400000, emp=44, amt=5200,
    desc="Truck stop w/ 16-room motel, diner, showers. PMS (motel), GuestNet for lot + rooms.", start="2013-04-22", end="2016-09-30",
    contacts=[("Dale", "Pruett", "Owner"), ("Shawna", "Bly", "Office Mgr")], target=18,
    recs=[
        ("case", None, "2014-08-19", "wifi in truck lot", "Drivers in back row of lot cant get signal. Quote for outdoor AP.", "Quote sent, approved. Install 9/2.", {"owner": "sup"}),
        ("case", "trooper", "2015-10-02", "Room 9 folio request - State Police", "NMSP Sgt. Ortiz called + emailed request: 15 y/o girl recovered from room 9 during op last night. Night mgr Dale Pruett Jr (owner's son, admin user in our PMS) arrested for promoting prostitution of a minor. Per trooper, rm 9 was booked as 'comp - house' in PMS 60+ nights this yr under DJ's login. They need folio + audit log. Sent to Legal.", "Legal produced audit log + folios 10/9. Dale Sr. asked us NOT to remove DJ's admin login 'he's still family, still works here'. Left as is per cust.", {"owner": "legal", "closed": "2015-10-09", "prio": "High", "origin": "Email", "ctype": "Legal"}),
        ("opp", None, "2016-02-20", "2016-04-22", "Big Mesa - Renewal + camera integration", "Renewal", "Closed Won", 6100, "Renewed. Cust declined camera/PMS integration quote."),
    ],
    renew_skip=[2016],
    label=("positive", "truck_stop", "2015-10-02", ["trooper"],
           "The state police told the provider that a 15-year-old was recovered from a room the owner's son, a PMS admin, had comped to himself for 60+ nights; the first red flag was decisive."))

customer(name="Saltwater Backpackers Hostel", industry="Hospitality", web="saltwaterbackpackers.example", phone="(305) 555-0128",
    street="812 Collins Ct", city="Miami Beach", state="FL", zip="33139", rev=780000, emp=6, amt=2900,
    desc="Hostel, 74 beds. PMS (bed-level), BookDirect, GuestNet. Staff mostly work-exchange volunteers.", start="2015-02-09", end="2018-08-31",
    contacts=[("Brent", "Haskell", "Owner"), ("Tamsin", "Orr", "Desk Lead")], target=20,
    recs=[
        ("note", None, "2015-06-03", "onboarding notes", "Staff are 'volunteers' on work exchange, live in dorm 4. Pretty common for hostels. Need 'staff' bed type that doesnt count in occupancy.", {"owner": "csm"}),
        ("case", "ledger", "2016-03-15", "ProServ: staff ledger", "Brent wants a 'staff ledger' on volunteer profiles: charge bed $25/night + 'agency placement fee' against them, deduct from tips, show balance owed. Wants balance to block checkout of the profile. Scoped by SE, 8 hrs.", "Built as custom folio type 'STAFF'. Checkout block = soft warning only (our limit).", {"owner": "se", "close_days": 20, "ctype": "Feature Request"}),
        ("case", "pt", "2016-08-11", "wifi voucher not working dorm 4", "Volunteer 'Luana' called from desk phone re: wifi voucher. Spoke Portuguese, I used my Portuguese: 'o dono ficou com os nossos passaportes desde que chegamos, diz que só devolve quando pagarmos a dívida da agência, 1.200 dólares cada. Trabalhamos 12 horas por dia sem salário, só a cama.' Asked if we could help her get it back.", "Reset voucher. Told her we're a software co, gave her 1-888 hotline + 911. Logged for Risk.", {"owner": "sup2", "who": 1, "close_days": 1, "ctype": "Problem"}),
        ("note", None, "2016-08-15", "risk", "Risk saw case re: passports. No action, 'employment dispute, not our lane'.", {"owner": "risk", "private": True}),
    ],
    label=("positive", "labour_recruitment", "2016-08-11", ["ledger", "pt"],
           "The volunteer's Portuguese message that the owner held their passports until an agency debt was paid and they worked 12-hour days unpaid, read with the debt ledger the provider had built, made forced labour knowable."))

customer(name="Serenity Touch Spa", industry="Personal Services / Spa", web="serenitytouchspa.example", phone="(702) 555-0184",
    street="4470 Spring Mtn Rd Unit 6", city="Las Vegas", state="NV", zip="89102", rev=390000, emp=6, amt=1400,
    desc="Massage spa, books 30/60 min sessions via BookDirect (spa module) + FrontPay.", start="2014-08-04", end="2017-10-31",
    contacts=[("Victor", "Spence", "Manager"), ("Gina", "Lowe", "Owner of record")], target=19,
    recs=[
        ("case", None, "2014-09-02", "booking hours to 2am", "Victor wants online booking open 10am-2am, 30 min slots. Done.", "Config changed.", {"owner": "sup"}),
        ("note", "visit", "2015-05-12", "terminal install - onsite", "Installed FrontPay terminal. Front windows papered over, buzzer door, had to wait to be let in. 2 women asleep on massage tables at 10am w/ blankets, rice cooker + suitcases in back. Victor said they 'live here for now'. When I asked one for wifi pw to test he answered for her and took her phone. Felt off.", {"owner": "se"}),
        ("case", "forum", "2015-06-23", "hide booking page + promo code", "Victor asks to hide BookDirect page from Google (noindex) and only accept bookings w/ promo code NR10. Quote from his email: 'most of our guys find us on nitereviews, give them 10% w/ NR10, nobody else needs to find us'. Also wants therapist license # field removed from staff profiles + receipts.", "noindex set + promo code required (cust config). License field hidden. Closed.", {"owner": "sup2", "close_days": 3}),
        ("task", None, "2015-07-01", "look up nitereviews", "Looked it up: it's a sex-buyer review board, Serenity has 40+ 'reviews' there describing 'extras'. Flagging to AE.", {"owner": "csm", "ttype": "Other"}),
        ("opp", None, "2015-06-05", "2015-08-04", "Serenity - Renewal 2015 + 2nd terminal", "Renewal", "Closed Won", 1700, "Renewed + 2nd terminal."),
    ],
    renew_skip=[2015],
    label=("positive", "illicit_massage", "2015-06-23", ["visit", "forum"],
           "The installer's account of women living on site behind papered windows with a manager controlling their phones, followed by the request to hide the spa from search and take bookings only from a sex-buyer review board, made it knowable."))

customer(name="Golden Hands Bodywork Group", industry="Personal Services / Spa", web="goldenhandsbodywork.example", phone="(713) 555-0139",
    street="9810 Bellaire Blvd", city="Houston", state="TX", zip="77036", rev=1100000, emp=20, amt=5600,
    desc="4 massage locations (Bellaire, Oak St, Westheimer, Katy), each signed as separate location owner. Spa booking + FrontPay.", start="2016-02-15", end="2018-12-31",
    contacts=[("Garrick", "Toll", "Consultant"), ("Ruth", "Ambler", "Owner - Oak St loc"), ("Noreen", "Platt", "Owner - Katy loc")], target=22,
    recs=[
        ("note", "onb", "2016-02-15", "onboarding", "4 loc contracts each signed by a diff 'owner'. Every call though is Garrick Toll ('consultant'), owners don't talk on calls, Garrick answers when I ask them stuff. Owners' emails all set up by him.", {"owner": "csm"}),
        ("note", "fin", "2016-09-20", "billing", "Fin: same Amex (G Toll) pays all 4 locs. Deposits from all 4 MIDs go to 1 acct. Not unusual for a mgmt co but contracts say independent owners.", {"owner": "fin"}),
        ("case", None, "2016-11-04", "after hours booking Oak St", "Wants Oak St open to midnight 7 days. Done.", "", {"owner": "sup", "who": 0}),
        ("case", "sheriff", "2017-03-08", "Records request - Harris Co. Sheriff", "HCSO Vice emailed request for appointment logs + payment records Oak St loc, 1/1-3/1. Letter says 'human trafficking and prostitution investigation', 3 women found living on premises during search warrant 3/6. Legal handling.", "Produced 3/20. Garrick called same day asking who else asked for records.", {"owner": "legal", "closed": "2017-03-20", "prio": "High", "origin": "Email", "ctype": "Legal"}),
        ("case", None, "2017-04-11", "new owner for Oak St", "Garrick wants Oak St moved to new entity 'Lucky Oak Wellness LLC' with new owner 'Mei Carver', same card + same bank. Asked to keep old booking history hidden from new owner login.", "New MID setup approved by Onboarding. History hidden.", {"owner": "sup2"}),
    ],
    label=("positive", "straw_owner", "2017-03-08", ["onb", "fin", "sheriff"],
           "Once a sheriff's trafficking warrant found women living at one location, the earlier pattern of silent nominal owners and one man paying for and speaking for all four spas made the group as a whole knowable."))

customer(name="Velvet Room Events", industry="Event Venue", web="velvetroomevents.example", phone="(404) 555-0171",
    street="660 Marietta St NW Fl 3", city="Atlanta", state="GA", zip="30313", rev=870000, emp=9, amt=4200,
    desc="Loft event venue, ticketing via BookDirect events module + FrontPay.", start="2017-01-09", end="2019-06-30",
    contacts=[("Devon", "Sharpe", "Owner"), ("Tasha", "Ng", "Hospitality Partner")], target=18,
    recs=[
        ("case", "sku", "2017-05-16", "add-on SKU question", "Tasha (their 'hospitality partner') wants add-ons on the Fri 'private mixer' tickets: 'Hostess - 30 min' $150, 'Hostess - 1 hr' $250, 'Private suite w/ hostess' $500. Wants a photo + 'age 18, new this week' shown per hostess SKU, sold per hour, paid to venue MID. Asked if we can make the card statement say 'VRE TICKET' only. Told her descriptor is fixed, SKUs are cust-configured.", "Cust built SKUs themselves. Closed.", {"owner": "sup", "who": 1, "ctype": "Question"}),
        ("case", None, "2017-08-02", "ProServ: hostess scheduler", "Devon wants ProServ to build a 'hostess roster' so each hostess SKU books against a person's calendar, 15 min buffers, and a page that rotates 'new girls' to top. Scoped 30 hrs.", "SOW signed, delivered 9/15.", {"owner": "se", "close_days": 44, "ctype": "Feature Request"}),
        ("opp", None, "2017-07-20", "2017-08-10", "Velvet Room - ProServ hostess roster", "Professional Services", "Closed Won", 5400, "30 hrs custom build."),
    ],
    label=("positive", "event_venue", "2017-05-16", ["sku"],
           "The vaguely titled case's body shows the venue selling hostesses by the half hour with 'age 18, new this week' tags and asking to disguise the card descriptor, a plain red flag on the first record."))

customer(name="Prairie Crest Crew Quarters", industry="Worker Housing", web="prairiecrest.example", phone="(620) 555-0153",
    street="3300 E Kansas Ave", city="Garden City", state="KS", zip="67846", rev=1600000, emp=5, amt=4800,
    desc="Crew housing (3 dorm bldgs, 260 beds) for a labor contractor supplying meat processing plants. PMS (bed mgmt) + GuestNet.", start="2015-03-02", end="2018-03-31",
    contacts=[("Arlen", "Wickett", "Operator"), ("Joy", "Marsh", "Office")], target=19,
    recs=[
        ("note", None, "2015-04-06", "setup", "12 beds/room, contractor pays bulk monthly. Guests = crew members, no OTA.", {"owner": "csm"}),
        ("case", "fields", "2016-01-19", "custom fields request", "Arlen wants custom guest fields: 'Passport held in office (Y/N)', 'Recruiter balance owed', 'Weekly bed deduction'. And checkout blocked + GuestNet cut off while balance > 0. Quote from his email: 'they dont leave til the recruiter gets paid back, thats the deal they signed'.", "Fields added (custom fields are cust-configured). Checkout block built by ProServ 2/2. GuestNet cutoff rule added.", {"owner": "se", "close_days": 14, "ctype": "Feature Request"}),
        ("case", None, "2016-06-13", "wifi cut off - bldg C", "Resident called, wifi cut off. In French: 'ils gardent nos passeports dans le bureau et retiennent 150 dollars par semaine pour le lit et la dette. On ne peut pas partir.' Cutoff was the balance rule working as configured.", "Explained rule to caller, no change. ", {"owner": "sup2", "close_days": 1, "ctype": "Problem"}),
    ],
    label=("positive", "worker_housing", "2016-01-19", ["fields"],
           "The operator's own request to track passports held in the office and a recruiter debt, and to block checkout until it was repaid, showed debt bondage plainly on the first record."))

customer(name="Regent Crossing Hotel", industry="Hospitality", web="regentcrossing.example", phone="(602) 555-0108",
    street="1919 E Camelback Rd", city="Phoenix", state="AZ", zip="85016", rev=6800000, emp=61, amt=11800,
    desc="Independent 120-room hotel. PMS, BookDirect, FrontPay (card-present + CNP virtual terminal).", start="2013-05-20", end="2016-12-31",
    contacts=[("Lyndon", "Pace", "GM"), ("Carla", "Beaumont", "Controller")], target=21,
    recs=[
        ("note", None, "2014-02-11", "FrontPay monitoring", "CNP virtual terminal vol up 4x since Dec, mostly keyed 1-4am, round amts $200/$300/$400, no room # on many. Asked Carla, she said 'concierge partner bookings'. Watching.", {"owner": "risk", "private": True}),
        ("case", "cb", "2014-06-17", "acquirer retrieval requests x14", "Acquirer sent 14 retrieval/chargebacks in 30d. Cardholder statements (several): 'never stayed there, this was for a date with Kandi on CityNiteDates', 'escort site said bill would show as hotel'. All keyed on VT by user 'lpace'. Merchant appears to be processing for a 3rd party escort site (factoring). Asked GM, he said partner is a 'concierge co', wont name them.", "Risk recommended terminate VT. Overridden by Sales VP pending renewal. VT left on w/ higher reserve.", {"owner": "risk", "close_days": 9, "prio": "High", "origin": "Email", "ctype": "Risk Review"}),
        ("opp", "renew", "2014-06-25", "2014-08-05", "Regent Crossing - Renewal + 2nd MID", "Renewal", "Closed Won", 14200, "Renewed + added 2nd MID 'RC Concierge' per GM request."),
        ("note", None, "2015-07-08", "processor", "Processor terminated both MIDs (excessive CB, 'transaction laundering'). Cust asked if we can board them w/ another acquirer. TBD.", {"owner": "risk"}),
    ],
    renew_skip=[2014],
    label=("positive", "money_service", "2014-06-17", ["cb"],
           "Cardholder statements in the acquirer's chargebacks showed the hotel's terminal being used to bill escort dates as room charges, which together with the earlier unexplained night-time keyed volume made it knowable on that case."))

customer(name="Loftline Apartments", industry="Real Estate / Vacation Rental", web="loftlineapts.example", phone="(786) 555-0176",
    street="77 NE 36th St", city="Miami", state="FL", zip="33137", rev=520000, emp=3, amt=2600,
    desc="STR host, 6 units in one bldg. PMS STR edition + GuestNet.", start="2016-04-04", end="2018-10-31",
    contacts=[("Pete", "Varga", "Owner/Host"), ("Irina", "Kosta", "Asst")], target=18,
    recs=[
        ("case", None, "2016-07-14", "long stay group booking", "Pete rents all 6 units long-stay to 'Studio Nova Media' for their 'models'. Wants guest ID step skipped, studio pays monthly by wire.", "Set channel 'direct-longstay', ID optional. ", {"owner": "sup"}),
        ("case", None, "2017-01-10", "bandwidth upgrade", "Needs 24/7 high upload in all 6 units for 'streaming'. Upgraded GuestNet plan to 500 up.", "Done, billed.", {"owner": "sup2"}),
        ("case", "fr", "2017-03-22", "guest cant connect 4B", "Guest in 4B cant connect to wifi. Walked thru forget network / reconnect.", "Resolved. Note from call: caller (Amelie) switched to French mid-call, said 'le manager du studio garde mon passeport, on ne peut pas sortir sans lui, il prend tout l'argent des shows, je dois encore 4000 euros'. Gave her 911 + hotline #. Called host Pete next day, he said 'not my business, they pay on time'. Ticket closed.", {"owner": "sup", "closed": "2017-03-24", "ctype": "Problem"}),
        ("opp", None, "2017-04-01", "2017-05-01", "Loftline - 2nd bldg", "Upsell", "Closed Won", 2100, "Host adding 4 units next door, same studio tenant."),
    ],
    label=("positive", "short_term_rental", "2017-03-24", ["fr"],
           "Only the closing comment of an ordinary wifi ticket records a resident saying in French that the studio held her passport, confined her and took her earnings, and that the host shrugged it off; it is knowable from that closure."))

customer(name="Starlite Inns Group", industry="Hospitality", web="starliteinns.example", phone="(614) 555-0121",
    street="400 S Front St", city="Columbus", state="OH", zip="43215", rev=9300000, emp=95, amt=24000,
    desc="Regional economy motel chain, 9 properties (OH/IN/KY). PMS enterprise + FrontPay.", start="2012-10-15", end="2018-12-31",
    contacts=[("Lyle", "Barrow", "Corporate Ops Mgr"), ("Sheri", "Klein", "IT Coord"), ("Owen", "Tate", "CFO")], target=25,
    recs=[
        ("case", None, "2013-06-05", "walk-in w/o ID", "Lyle wants FD able to override ID requirement for walk-ins at 3 properties (Dayton, Springfield, Covington).", "Override role created.", {"owner": "sup"}),
        ("case", None, "2014-02-19", "Records request - Dayton", "Dayton PD request, guest folio rm 118, prostitution arrest of a guest 2/14.", "Produced 3/1.", {"owner": "legal", "closed": "2014-03-01", "ctype": "Legal"}),
        ("case", "hsi", "2015-05-26", "HSI subpoena - Covington", "HSI subpoena: booking + payment records 3 rooms at Covington for 6 mo. Letter refs trafficking of 2 minors advertised online, rooms rented by same guest profile 'J. Reese' nightly.", "Produced 6/10. Lyle asked whether 'regular' guest profiles can be merged into a generic 'HOUSE' profile going forward.", {"owner": "legal", "closed": "2015-06-10", "prio": "High", "ctype": "Legal"}),
        ("note", "migr", "2015-11-17", "v5 migration - data review", "While migrating Starlite to v5: 7 of 9 props have rooms on 'comp/house' 300+ nights/yr tied to same 4 guest profiles (incl. J. Reese), cash, 20-40 visitor log entries/night on those rooms. Lyle: 'those are our regulars, leave it, and turn off visitor log'. SE flagged to CSM + Risk.", {"owner": "se", "private": True}),
        ("note", None, "2015-12-02", "risk", "Risk: closed SE flag, 'customer business decision'. No follow up documented.", {"owner": "risk", "private": True}),
        ("opp", None, "2015-12-10", "2016-01-20", "Starlite - Enterprise upsell (rate mgr + BookDirect)", "Upsell", "Closed Won", 18500, "Added rate mgr + BookDirect to all 9."),
        ("note", None, "2017-06-14", "news", "State AG civil suit vs Starlite Inns: 'knowingly profited from sex trafficking at 7 properties'. Cust wants audit log retention cut to 30d.", {"owner": "csm"}),
    ],
    label=("positive", "motel", "2015-11-17", ["hsi", "migr"],
           "The SE's migration review found the same guest profile named in the HSI minor-trafficking subpoena among four profiles holding comped rooms across seven motels with heavy visitor traffic, and corporate asked to hide it: knowable from that review."))

customer(name="Aurum Concierge Stays", industry="Hospitality", web="aurumconcierge.example", phone="(305) 555-0199",
    street="1450 Brickell Ave Fl 18", city="Miami", state="FL", zip="33131", rev=2400000, emp=14, amt=9800,
    desc="Boutique 'luxury stays' brand; white-label BookDirect across several cities.", start="2017-02-06", end="2019-12-31",
    contacts=[("Sloane", "Devereux", "Founder"), ("Marco", "Lindqvist", "CTO")], target=21,
    recs=[
        ("case", None, "2017-03-21", "white-label BookDirect multi-city", "Want BookDirect white-label for 'concierge companionship' add-ons sold alongside suites in Miami, Vegas, NYC, Houston.", "Enabled multi-property white label.", {"owner": "sup"}),
        ("event", "scope", "2017-08-09", "ProServ scoping - listings", "Scoping call. They want 'companion' listings per city with profiles (photo, age, 'stats'), bookable by the hour, not tied to a room night. Marco: 'the suite is optional, most clients bring them to their own hotel'. SE said we'd scope.", {"loc": "Zoom", "dur": 60, "owner": "se", "who": 1}),
        ("case", "filter", "2017-10-12", "filter rules for listing text", "Marco asks for a pre-publish filter that auto-strips 'young', 'teen', 'new girl', 'barely', 'petite schoolgirl' from companion listing descriptions and then publishes anyway (no reject). Also wants payment descriptor to read 'AURUM HOSPITALITY'.", "ProServ built strip-and-publish filter 11/2. Descriptor set.", {"owner": "se", "close_days": 21, "ctype": "Feature Request"}),
        ("opp", None, "2017-09-01", "2017-10-30", "Aurum - ProServ listings + filter", "Professional Services", "Closed Won", 22000, "Companion listings module + text filter."),
        ("note", None, "2018-04-16", "category rename", "Post-FOSTA cust asked to rename 'Companionship' category to 'Dating & Social'. Done.", {"owner": "csm"}),
    ],
    label=("positive", "escort_platform", "2017-10-12", ["scope", "filter"],
           "After scoping hourly 'companion' listings detached from any room, the customer asked for a filter that strips youth terms and publishes the ad anyway, which made the escort business knowable on that request."))

customer(name="Lakeshore Extended Stay", industry="Hospitality", web="lakeshorextstay.example", phone="(414) 555-0147",
    street="2700 S Kinnickinnic Ave", city="Milwaukee", state="WI", zip="53207", rev=1900000, emp=12, amt=5100,
    desc="Extended-stay hotel, 90 rooms. Owner also runs Lakeshore Staffing (housekeepers for other hotels). PMS + payroll integration.", start="2014-01-13", end="2017-12-31",
    contacts=[("Gordon", "Pell", "Owner"), ("Bev", "Sandoval", "Office Mgr")], target=20,
    recs=[
        ("note", None, "2014-05-07", "acct notes", "Owner also places housekeepers at other hotels via Lakeshore Staffing; houses them here, 4 per room on long-stay 'STAFF' rate.", {"owner": "csm"}),
        ("case", "payroll", "2015-03-10", "payroll integration - deductions", "Bev wants PMS folio charges for staff rooms to push to payroll as deductions: rent $175/wk + 'travel debt' $120/wk + 'supervisor transport' $40/wk. Folio balance should roll forward if pay < deductions.", "Integration built, deduction file nightly.", {"owner": "se", "close_days": 10, "ctype": "Feature Request"}),
        ("case", "es", "2015-09-18", "no puedo", "Web form from a staff-rate guest, subject 'no puedo', body in Spanish: 'Me quitaron el pasaporte al llegar. Dicen que debo 3.000 dólares del viaje y cada semana la deuda sube. No nos dejan salir del hotel sin el supervisor. Por favor ayuda.' Not a software issue.", "Translated + forwarded to AE/Risk. Sent her hotline # by reply email. Risk: 'cust's HR matter'.", {"owner": "sup2", "close_days": 3, "origin": "Web"}),
    ],
    label=("positive", "labour_recruitment", "2015-09-18", ["payroll", "es"],
           "A worker's Spanish message that her passport was taken and a travel debt kept growing, read with the rolling rent-and-debt payroll deductions the provider had integrated, made the labour exploitation knowable."))

# ================================================================ HARD NEGATIVES
customer(name="StayLoop Vacation Rentals", industry="Online Marketplace", web="stayloop.example", phone="(415) 555-0112",
    street="500 Howard St Fl 4", city="San Francisco", state="CA", zip="94105", rev=18000000, emp=140, amt=36000,
    desc="Vacation rental marketplace; uses our channel mgr API to sync ~3k host listings.", start="2015-06-01", end="2020-06-30",
    contacts=[("Priya", "Hallam", "Dir. Trust & Safety"), ("Ben", "Okafor", "Partner Eng Lead")], target=20,
    recs=[
        ("case", "dl", "2017-04-04", "API: bulk deactivate listings", "Priya's T&S team delisted 14 host listings after finding escort ads using the listing photos + addresses. Need our channel API to push 'inactive' to all downstream channels same day, not next sync.", "Added priority deactivate endpoint. Their T&S now uses it for policy removals.", {"owner": "se", "close_days": 8, "ctype": "Feature Request"}),
        ("event", None, "2017-09-12", "T&S sync w/ StayLoop", "They walked us thru how they detect hourly-turnover listings (lock logs + reviews) and boot hosts. Want a webhook when a property in our PMS gets 6+ check-ins/day.", {"owner": "se"}),
        ("note", "q", "2018-03-02", "quote from Priya", "\"We kicked off another 9 hosts last qtr, 2 of them referred to police. Anything that makes that faster we'll pay for.\" Quoting webhook add-on.", {"owner": "ae"}),
    ],
    label=("negative", "hard:payments_offboards_merchants", ["dl", "q"], "The marketplace is removing its own hosts for escort use and referring them to police; it is the enforcer, not the venture."))

customer(name="InnPay Partners", industry="Payments / ISO", web="innpaypartners.example", phone="(972) 555-0131",
    street="5950 Berkshire Ln Ste 900", city="Dallas", state="TX", zip="75225", rev=7400000, emp=38, amt=28000,
    desc="Payments ISO reselling FrontPay to ~400 small hospitality + wellness merchants.", start="2014-09-08", end="2020-06-30",
    contacts=[("Harold", "Nix", "CRO"), ("Anita", "Sowell", "Risk Analyst")], target=21,
    recs=[
        ("case", "match", "2016-02-17", "merchant termination codes", "Anita asks how to flag a sub-merchant as terminated in our portal. They terminated a massage merchant (Houston) after transaction review showed $40 round amts after midnight + reviews on a sex-buyer site. MATCH-listed them, reason code 'illegal transactions'.", "Showed 'terminate + reason' flow. Portal now shows TERMINATED badge.", {"owner": "sup", "who": 1}),
        ("task", "sar", "2016-08-05", "call w/ InnPay risk", "Harold: they filed a SAR on a motel sub-merchant whose CNP volume looked like escort bookings billed as rooms, and cut them off. Wants our monthly 'CNP at night' report by MID.", {"owner": "risk", "ttype": "Call"}),
        ("case", None, "2018-10-23", "report: sub-merchants by MCC 7297/7011", "Monthly export by MCC for their underwriting review.", "Scheduled report built.", {"owner": "sup2", "who": 1}),
    ],
    label=("negative", "hard:payments_offboards_merchants", ["match", "sar"], "The ISO detected, MATCH-listed and reported its own sub-merchants; the alarming words describe its controls, not its business."))

customer(name="Bunkhop", industry="Online Marketplace", web="bunkhop.example", phone="(512) 555-0165",
    street="1101 E 6th St", city="Austin", state="TX", zip="78702", rev=3100000, emp=27, amt=15500,
    desc="Hostel booking marketplace; integrates our PMS for ~250 hostels.", start="2016-03-14", end="2020-06-30",
    contacts=[("Jonah", "Brill", "COO"), ("Sofia", "Mendes", "Community Safety")], target=19,
    recs=[
        ("case", "cutoff", "2017-11-08", "disconnect hostel from API", "Sofia: 'we cut off a hostel in Florida, volunteers told us the owner held their passports'. Need its PMS connection killed + bookings migrated to nearby partners.", "Disconnected per request, bookings exported. Bunkhop reported owner to DOL + hotline per Sofia.", {"owner": "sup", "who": 1, "prio": "High"}),
        ("note", None, "2018-05-21", "volunteer policy", "Bunkhop now requires hostels to attest volunteers keep own docs, get paid min wage or no work req. Asked for a PMS field 'attestation date'. Feature req logged.", {"owner": "csm"}),
    ],
    label=("negative", "hard:payments_offboards_merchants", ["cutoff"], "Bunkhop cut off and reported a hostel that held volunteers' passports; the exploitation was by a removed partner."))

customer(name="Harbor Light Shelter", industry="Non-Profit", web="harborlightshelter.example", phone="(504) 555-0186",
    street="Confidential address", city="New Orleans", state="LA", zip="70112", rev=1300000, emp=24, amt=1200,
    desc="Residential shelter for trafficking survivors (women + youth 16-21). PMS used for bed mgmt, nonprofit pricing.", start="2015-10-05", end="2020-06-30",
    contacts=[("Renee", "Abbott", "Exec Director"), ("Yolanda", "Pryce", "Intake Coordinator")], target=19,
    recs=[
        ("case", "intake", "2016-01-12", "custom intake fields", "Yolanda needs intake fields: 'Trafficker holds ID? Y/N', 'Debt claimed by trafficker', 'Minor at time of exploitation', 'LE/HSI case #', 'T-visa status'. Must be restricted to case mgrs only.", "Fields built w/ role restriction. Tested w/ Yolanda.", {"owner": "se", "close_days": 9, "who": 1}),
        ("case", None, "2017-06-08", "hide location from guest wifi portal", "GuestNet splash page shows org name + city, need it generic for safety. Residents' traffickers sometimes search for them.", "Splash set to 'Guest Network', no branding.", {"owner": "sup"}),
        ("note", "hsi", "2018-02-20", "call w/ Renee", "HSI victim specialist now places residents directly, asked if HSI agents can have read-only intake access. Told her no shared logins; recommended export on request.", {"owner": "csm"}),
    ],
    label=("negative", "hard:ngo", ["intake", "hsi"], "A survivors' shelter whose intake fields ask about traffickers, debts and minors because it serves victims."))

customer(name="Open Door Anti-Trafficking Coalition", industry="Non-Profit", web="opendoorcoalition.example", phone="(317) 555-0144",
    street="320 N Meridian St Ste 210", city="Indianapolis", state="IN", zip="46204", rev=640000, emp=8, amt=0,
    desc="Coalition running a 24h hotline + hotel outreach program; sponsors GuestNet splash PSA at partner motels.", start="2016-05-16", end="2020-06-30",
    contacts=[("Marcus", "Ellery", "Program Dir"), ("Dana", "Whitlow", "Hotline Supv")], target=17, newbiz="donated GuestNet PSA placement.",
    recs=[
        ("event", "psa", "2016-06-01", "PSA splash page launch", "Hotline # + 'Are you being forced to work or have sex? Text us' banner on GuestNet splash at 31 partner motels. Marcus happy.", {"owner": "csm", "loc": "Zoom"}),
        ("case", None, "2017-03-09", "hotline number wrong on 4 sites", "Dana: old hotline # on 4 motel splash pages.", "Updated all 31.", {"owner": "sup", "who": 1}),
        ("note", None, "2018-09-27", "impact #s", "Per Dana: 212 hotline contacts from splash QR last yr, 19 referred to LE. Asked if we'll expand PSA to all IN customers. Good PR, sent to mktg.", {"owner": "ae"}),
    ],
    label=("negative", "hard:ngo", ["psa"], "An anti-trafficking hotline using the vendor's guest Wi-Fi pages to reach victims."))

customer(name="Meridian Crest Hotels", industry="Hospitality", web="meridiancrest.example", phone="(704) 555-0102",
    street="200 S Tryon St Ste 1500", city="Charlotte", state="NC", zip="28202", rev=48000000, emp=620, amt=52000,
    desc="Hotel mgmt co, 14 select-service hotels. PMS enterprise + BookDirect + FrontPay.", start="2014-02-03", end="2020-06-30",
    contacts=[("Janelle", "Fortier", "VP Ops"), ("Corey", "Huang", "Dir. Loss Prevention"), ("Anna", "Bright", "IT Mgr")], target=22,
    recs=[
        ("case", "button", "2016-09-14", "ProServ: 'report a concern' button", "Corey wants a button on FD check-in screen: 'Report possible trafficking' -> form (indicators seen: minors w/ adult not guardian, many visitors, cash + no ID, 'DND' for days) -> emails LP + on-duty mgr, logs on room. No guest notification.", "Built + rolled to 14 hotels 11/1. Training video added.", {"owner": "se", "close_days": 45, "ctype": "Feature Request", "who": 1}),
        ("task", None, "2017-02-08", "LE request SOP", "Corey asked for a template for handling police requests (subpoena vs exigent) + audit export. Sent our LE guide.", {"owner": "csm", "who": 1, "ttype": "Email"}),
        ("note", "stat", "2018-01-30", "QBR", "LP reports 23 concern-button reports in 2017, 4 led to police calls, 1 minor recovered at a Charlotte property (guest was arrested, not staff). They want a dashboard by property.", {"owner": "ae"}),
    ],
    label=("negative", "hard:hotel_reporting", ["button", "stat"], "A hotel group built a trafficking-report tool and police process; the arrests it mentions are of guests its staff reported."))

customer(name="Pinecone Motel Owners Association", industry="Trade Association", web="pineconemoa.example", phone="(207) 555-0159",
    street="14 Exchange St", city="Portland", state="ME", zip="04101", rev=310000, emp=3, amt=7400,
    desc="Association of ~60 independent motels; group licence for PMS 'lite' + training module.", start="2015-04-20", end="2020-06-30",
    contacts=[("Walt", "Greeley", "Exec Dir"), ("Maureen", "Tibbs", "Training Coord")], target=18,
    recs=[
        ("case", "checklist", "2016-05-03", "night clerk indicator checklist", "A checklist of trafficking indicators was requested by the assoc for night clerks: rooms paid cash daily, youth w/ older 'boyfriend', many men visiting one room, guest not holding own ID. To be shown in PMS at check-in as tooltip. Maureen supplied text reviewed by state AG's office.", "Added as optional tooltip for assoc members.", {"owner": "se", "close_days": 12, "who": 1}),
        ("note", None, "2017-10-11", "training stats", "Maureen: 48 of 60 motels completed module. 'Our folks called it in twice this summer, both times the guy was gone b4 the cops came.' Wants faster 'call 911' shortcut.", {"owner": "csm"}),
    ],
    label=("negative", "hard:hotel_reporting", ["checklist"], "A motel association training clerks to spot and report trafficking; its members are the reporters."))

customer(name="Tri-County Law Enforcement Training Center", industry="Government", web="tricolete.example", phone="(614) 555-0188",
    street="740 E 17th Ave", city="Columbus", state="OH", zip="43211", rev=0, emp=40, amt=8800,
    desc="Dorm lodging at a regional police training center. PMS for 180 beds.", start="2016-07-11", end="2020-06-30",
    contacts=[("Paula", "Dreher", "Facilities Lieutenant"), ("Gary", "Simms", "Lodging Clerk")], target=17, dom="tricolete",
    recs=[
        ("case", "vice", "2017-04-18", "group block - HT task force week", "Block of 60 beds for 'Human Trafficking Task Force Training' 5/8-5/12: vice, HSI, FBI, county DAs attending. Need badge # in place of credit card.", "Custom guarantee type 'AGENCY' created.", {"owner": "sup", "who": 1}),
        ("case", None, "2018-01-09", "undercover names on folios", "Some attendees are UC officers, need alias names on folios + no names on door signage.", "Alias field enabled, signage export excludes names.", {"owner": "sup2"}),
    ],
    label=("negative", "hard:police", ["vice"], "Police lodging hosting trafficking-investigation training; law enforcement words describe the customer's mission."))

customer(name="Calder University Hospitality Analytics Lab", industry="Education / Research", web="calder-hal.example", phone="(607) 555-0124",
    street="410 Tower Rd Bldg C", city="Ithaca", state="NY", zip="14853", rev=0, emp=12, amt=0,
    desc="University research lab; academic licence for de-identified PMS sandbox + data-sharing agreement.", start="2018-01-22", end="2020-06-30",
    contacts=[("Helena", "Marsh", "Principal Investigator (PhD)"), ("Tomas", "Reyes", "PhD student")], target=15, newbiz="academic licence, $0.",
    recs=[
        ("event", "dua", "2018-02-14", "DUA + IRB review", "Study: which booking patterns (cash, 1-night, 3rd-party payer, visitor counts) predict later LE trafficking cases at hotels. IRB approved. Only de-identified, aggregated data from opted-in customers.", {"owner": "legal", "loc": "Zoom"}),
        ("case", None, "2018-11-05", "sandbox data refresh", "Tomas needs Q3 refresh of de-identified sandbox.", "Refreshed, hashes rotated.", {"owner": "sup", "who": 1}),
        ("note", "paper", "2019-09-30", "paper accepted", "Helena's paper on hotel trafficking indicators accepted. Acknowledges us. Wants to present to our product team.", {"owner": "ae"}),
    ],
    label=("negative", "hard:research", ["dua", "paper"], "A university lab studying trafficking indicators on de-identified data."))

customer(name="Cedar Flats Truck Plaza", industry="Truck Stop / Fuel", web="cedarflats.example", phone="(307) 555-0137",
    street="I-80 Exit 173", city="Rawlins", state="WY", zip="82301", rev=7200000, emp=51, amt=4700,
    desc="Truck stop, 22-room motel, showers. PMS + GuestNet.", start="2014-05-05", end="2020-06-30",
    contacts=[("Hank", "Loomis", "GM"), ("Trish", "Varney", "Motel Mgr")], target=19,
    recs=[
        ("note", "lot", "2016-08-22", "call w/ Hank", "Hank mentioned they had a driver complaint about a woman knocking on cab doors at 2am, they called sheriff, she was gone. Staff all did the truckers' anti-trafficking training, stickers in showers. Wanted to know if GuestNet splash can show the hotline #.", {"owner": "csm"}),
        ("case", None, "2016-09-01", "hotline # on splash", "Add hotline # + 'see something say something' to splash.", "Done.", {"owner": "sup"}),
        ("case", None, "2018-12-04", "shower booking module", "Want shower stalls bookable by 30 min in PMS for drivers.", "Set up as 'SHWR' units, 30 min slots.", {"owner": "sup2", "who": 1}),
    ],
    label=("negative", "hard:truck_stop_ordinary", ["lot"], "A truck stop that reported a suspicious lot incident and trained staff; 30-minute bookings are for showers."))

customer(name="Willow & Stone Day Spa", industry="Personal Services / Spa", web="willowandstone.example", phone="(503) 555-0119",
    street="1800 NW 23rd Ave", city="Portland", state="OR", zip="97210", rev=880000, emp=15, amt=1900,
    desc="Day spa, licensed LMTs + estheticians. Spa booking, FrontPay.", start="2015-01-12", end="2020-06-30",
    contacts=[("Claire", "Ostrander", "Owner"), ("Jamal", "Price", "Front Desk Lead")], target=18,
    recs=[
        ("case", "rev", "2017-05-09", "bad review on booking page", "Someone left a review calling them 'a massage parlor, if you know what I mean'. Claire furious, wants it removed. All therapists licensed, LMT # on each profile.", "Review removed under our abuse policy (no booking matched reviewer). Claire reported it to the platform too.", {"owner": "sup"}),
        ("case", None, "2018-03-20", "hourly couples room", "Wants couples suite bookable by the hour for 60/90 min couples massages.", "Added as resource w/ 60/90 durations.", {"owner": "sup2", "who": 1}),
    ],
    label=("negative", "hard:spa_ordinary", ["rev"], "A licensed day spa that was the target of a smear review; hourly bookings are normal massage sessions."))

customer(name="Coastal Institute of Massage Therapy", industry="Education", web="coastalmassage.example", phone="(843) 555-0150",
    street="95 Meeting St", city="Charleston", state="SC", zip="29401", rev=2100000, emp=26, amt=3300,
    desc="Massage school; student clinic books 50-min sessions via BookDirect; small student dorm (24 beds) on PMS.", start="2015-08-17", end="2020-06-30",
    contacts=[("Irene", "Lachance", "Director"), ("Kyle", "Boone", "Clinic Mgr")], target=17,
    recs=[
        ("case", "dorm", "2016-09-06", "dorm rent + student ledger", "Kyle wants dorm rent posted to student ledger monthly, intl students (F-1) included. Asked if school can keep copies of passports on file for SEVIS. Copies only, originals stay w/ student.", "Document upload field added (copies).", {"owner": "se", "who": 1}),
        ("note", None, "2018-04-02", "clinic policy", "Clinic added 'draping + conduct policy' acknowledgement to online booking after a client asked for 'extras' and was banned. Kyle: 'we report those guys to the board'.", {"owner": "csm"}),
    ],
    label=("negative", "hard:massage_school", ["dorm"], "A massage school with a student dorm and clinic; document copies are for student visas and improper requests are refused."))

customer(name="BrightShift Hospitality Staffing", industry="Staffing", web="brightshiftstaff.example", phone="(843) 555-0193",
    street="4000 Faber Place Dr", city="North Charleston", state="SC", zip="29405", rev=12500000, emp=700, amt=6900,
    desc="Staffing agency placing housekeepers/cooks at resorts (incl. H-2B, J-1). Uses PMS to run 2 staff housing bldgs.", start="2014-11-03", end="2020-06-30",
    contacts=[("Lena", "Forsberg", "COO"), ("Ricardo", "Alves", "Housing Coord")], target=20,
    recs=[
        ("case", "hous", "2016-03-28", "housing rent - payroll", "Ricardo: H-2B workers' rent $65/wk to payroll w/ signed voluntary deduction form, capped per DOL rules. Need folio -> payroll export. Workers keep own passports, lockers provided.", "Export built.", {"owner": "se", "who": 1, "close_days": 7}),
        ("note", "dol", "2017-08-15", "DOL audit", "Lena: DOL WHD audit of their housing + wage deductions closed w/ no findings. Asked us for 2 yrs of rent folios for the audit, sent.", {"owner": "csm"}),
        ("task", None, "2019-02-12", "Portuguese FD screens", "Ricardo asked if kiosk can show Portuguese + Spanish for new arrivals. Logged feature req.", {"owner": "csm", "who": 1}),
    ],
    label=("negative", "hard:staffing_ordinary", ["hous", "dol"], "A staffing agency housing visa workers with voluntary capped deductions, own passports and a clean labour audit."))

customer(name="Summit Ridge Resort", industry="Hospitality", web="summitridgeresort.example", phone="(970) 555-0172",
    street="1 Summit Ridge Rd", city="Breckenridge", state="CO", zip="80424", rev=31000000, emp=480, amt=21000,
    desc="Ski resort, 210-room lodge + 2 employee housing bldgs. PMS enterprise.", start="2013-10-07", end="2020-06-30",
    contacts=[("Nadia", "Keane", "Dir. Rooms"), ("Bo", "Larkin", "Employee Housing Mgr")], target=21,
    recs=[
        ("case", "eh", "2015-11-02", "employee housing setup", "J-1 seasonal staff (~140) in housing. Bo: rent via payroll deduction, staff sign lease, can move out anytime. I-9 docs copied + returned same day.", "Housing configured as separate property.", {"owner": "se", "who": 1}),
        ("case", None, "2018-01-15", "employee complains about roommate", "J-1 staffer emailed us by mistake (thought we were housing office) about roommate noise. Forwarded to Bo.", "Forwarded.", {"owner": "sup2", "origin": "Email"}),
    ],
    label=("negative", "hard:worker_housing_ordinary", ["eh"], "Resort employee housing with leases, free move-out and returned documents."))

customer(name="Bayview Suites", industry="Hospitality", web="bayviewsuites.example", phone="(619) 555-0109",
    street="2500 Shelter Island Dr", city="San Diego", state="CA", zip="92106", rev=8100000, emp=75, amt=9600,
    desc="All-suite hotel, 96 suites. PMS + FrontPay.", start="2013-07-15", end="2020-06-30",
    contacts=[("Teresa", "Quill", "GM"), ("Sam", "Whitford", "IT")], target=20,
    recs=[
        ("case", "skim", "2016-10-11", "skimmer found on desk terminal", "Sam found overlay skimmer on FD terminal 1. Secret Service + SDPD notified by hotel. ~300 guest cards possibly exposed. Cust is victim, needs terminal forensic report + replacement.", "Replaced terminal, sent forensic report, helped w/ guest notification letter.", {"owner": "risk", "prio": "High", "close_days": 12}),
        ("note", "fbi", "2017-02-06", "follow up", "FBI contacted Teresa: skimmer crew arrested, hit 11 hotels in SD. Cust asked for P2PE upgrade.", {"owner": "csm"}),
        ("opp", None, "2017-02-10", "2017-03-15", "Bayview - P2PE terminals", "Upsell", "Closed Won", 3400, "P2PE upgrade after skimming."),
    ],
    label=("negative", "hard:victim_of_crime", ["skim", "fbi"], "The hotel was the victim of a card-skimming crew; police and FBI mentions concern crimes against it."))

customer(name="Redwood Court Motel", industry="Hospitality", web="redwoodcourt.example", phone="(707) 555-0166",
    street="1550 Broadway", city="Eureka", state="CA", zip="95501", rev=690000, emp=9, amt=2700,
    desc="Independent 34-room motel. PMS + GuestNet.", start="2014-06-09", end="2020-06-30",
    contacts=[("Alma", "Reyes", "Owner"), ("Jess", "Corliss", "Night Auditor")], target=18,
    recs=[
        ("case", "emp", "2017-07-26", "remove user - urgent", "Alma: night auditor Jess answered an online 'modeling job' that turned out to be a trafficker; he took her phone + ID in Sacramento. She got away, police involved, she's safe. Alma wants Jess's login paused (not deleted) while she's on leave, and password reset b/c the guy had her phone.", "Paused user, forced reset, MFA enabled for all users.", {"owner": "sup", "prio": "High"}),
        ("note", None, "2017-11-02", "Jess back", "Jess back at work. Alma asked for MFA on all accts permanently. Done.", {"owner": "csm"}),
    ],
    label=("negative", "hard:victim_of_crime", ["emp"], "The motel's own employee was targeted by a trafficker; the customer supported her and secured her account."))

customer(name="Canal Street Inn", industry="Hospitality", web="canalstreetinn.example", phone="(716) 555-0148",
    street="88 Canal St", city="Buffalo", state="NY", zip="14202", rev=2300000, emp=28, amt=4400,
    desc="Independent 60-room inn. PMS + BookDirect.", start="2013-03-18", end="2020-06-30",
    contacts=[("Philip", "Armand", "GM"), ("Kate", "Muir", "Asst GM")], target=19,
    recs=[
        ("case", "sting", "2015-10-20", "records request - BPD", "Buffalo PD requested folio rm 304: guest arrested in an online solicitation sting 10/17, set up by police in that room. Hotel cooperated, GM gave key to detectives.", "Produced under subpoena 10/29. No other requests on file.", {"owner": "legal", "closed": "2015-10-29", "ctype": "Legal"}),
        ("note", "exemp", "2018-04-09", "ex-employee", "Philip: a former bellman (left 2016) was arrested for promoting prostitution elsewhere in the city, news mentioned he 'once worked at a downtown inn'. Philip wants to confirm his old login is gone. It was deactivated 2016.", {"owner": "csm"}),
    ],
    label=("negative", "hard:guest_arrested", ["sting", "exemp"], "A guest arrested in a police sting and an ex-employee arrested years after leaving; the inn itself cooperated and shows no pattern."))

customer(name="Tall Pines Youth Sports Lodge", industry="Hospitality / Youth Sports", web="tallpineslodge.example", phone="(616) 555-0127",
    street="9000 Lakeshore Dr", city="Holland", state="MI", zip="49424", rev=3400000, emp=60, amt=5300,
    desc="Lodging for youth sports tournaments (teams 10-18 y/o). PMS + BookDirect groups.", start="2015-02-23", end="2020-06-30",
    contacts=[("Rob", "Farrow", "Exec Dir"), ("Cindy", "Oakes", "Safeguarding Officer")], target=18,
    recs=[
        ("case", "bg", "2016-04-12", "chaperone background check field", "Cindy: every adult chaperone in a team block must have background check date + SafeSport cert on their profile; no adult may be assigned a room w/ minors who aren't their own kids. Want PMS to block room assignment otherwise.", "ProServ built assignment rule + BG check fields.", {"owner": "se", "who": 1, "close_days": 30}),
        ("note", None, "2018-07-19", "incident", "Cindy: coach from visiting team caught trying to room alone w/ a 14 y/o, staff stopped it b/c of the rule, police + league notified, coach banned. She thanked us for the rule.", {"owner": "csm"}),
    ],
    label=("negative", "hard:safeguarding", ["bg"], "A youth lodge enforcing safeguarding rules that stopped a visiting coach; minors and police appear because it protects children."))

customer(name="Desert Rose Motel", industry="Hospitality", web="desertrosemotel.example", phone="(520) 555-0181",
    street="3020 E Benson Hwy", city="Tucson", state="AZ", zip="85706", rev=520000, emp=6, amt=2400,
    desc="Family-run 24-room motel near medical center. PMS + FrontPay.", start="2013-11-11", end="2020-06-30",
    contacts=[("Gloria", "Whitten", "Owner"), ("Eddie", "Whitten", "Mgr")], target=19,
    recs=[
        ("case", "day", "2014-03-04", "day rate", "Gloria asks for a 4-6 hr day rate. Says night-shift nurses from the hospital + families waiting on surgeries want to nap/shower. Hmm, asked twice about cash-only option too.", "Created DAY rate. Cash is just normal tender, no special config.", {"owner": "sup"}),
        ("note", None, "2014-03-20", "fyi", "Checked: day rate mostly booked by hospital corporate acct (invoiced), not cash.", {"owner": "csm"}),
    ],
    label=("negative", "hard:routine_renewal", ["day"], "One ambiguous day-rate request explained by a hospital account, then years of routine renewals."))

customer(name="Roamly", industry="Consumer App / Travel Social", web="roamly.example", phone="(646) 555-0115",
    street="155 Water St Fl 6", city="Brooklyn", state="NY", zip="11201", rev=5600000, emp=48, amt=19000,
    desc="Travel-social app (meet other travelers, book hostels/meetup events). Uses BookDirect API for in-app hostel bookings.", start="2017-05-01", end="2020-06-30",
    contacts=[("Ada", "Kinsley", "Head of T&S"), ("Nico", "Pratt", "Eng Mgr")], target=18,
    recs=[
        ("event", "ts", "2018-02-07", "T&S review w/ Roamly", "Ada: escort/spam profiles are ~0.2% of new signups, auto-removed within hrs; they report CSAM/minor cases to NCMEC and work w/ police on requests. Want us to pass booking-abuse signals (same card, many bookings) back via API.", {"owner": "se"}),
        ("case", None, "2018-06-12", "API rate limit", "Nico: hitting 429s during peak.", "Raised limit to 50 rps.", {"owner": "sup2", "who": 1}),
        ("note", None, "2019-03-05", "QBR", "Escort spam down to 0.1% after phone verification. Renewal looks good.", {"owner": "ae"}),
    ],
    label=("negative", "hard:dating_low_spam", ["ts"], "A social travel app with sub-1% escort spam that it removes and reports to NCMEC and police."))

customer(name="Whitcomb & Arce LLP", industry="Legal Services", web="whitcombarce.example", phone="(312) 555-0174",
    street="77 W Wacker Dr Ste 2100", city="Chicago", state="IL", zip="60601", rev=4200000, emp=19, amt=1800,
    desc="Law firm representing trafficking survivors (civil 1595 suits, T-visas). Runs 3 transitional apartments for clients on our STR PMS.", start="2017-09-11", end="2020-06-30",
    contacts=[("Naomi", "Whitcomb", "Partner"), ("Luis", "Arce", "Partner"), ("Beth", "Kimura", "Paralegal")], target=18,
    recs=[
        ("case", "apt", "2018-01-08", "STR PMS for client apartments", "Beth: 3 apartments for survivor clients in transition, no public listing, no guest reviews, names masked on cleaner schedule.", "Configured private property, masking on.", {"owner": "sup", "who": 2}),
        ("case", "sub", "2019-05-14", "subpoena FROM customer", "Firm served us a subpoena in a civil trafficking suit vs a (non-customer) motel operator; wants to know if the defendant ever used our software. Legal reviewing.", "Legal: defendant not a customer, responded no records.", {"owner": "legal", "close_days": 14, "ctype": "Legal"}),
    ],
    label=("negative", "hard:law_firm", ["apt", "sub"], "A survivors' law firm housing its clients and suing a motel operator that was never a customer."))

customer(name="Blue Compass Au Pair & Travel", industry="Travel Agency", web="bluecompassaupair.example", phone="(203) 555-0189",
    street="1 Landmark Sq Ste 400", city="Stamford", state="CT", zip="06901", rev=6100000, emp=33, amt=3800,
    desc="Au pair agency + student travel; runs 5-day orientation at a leased hotel floor. PMS for orientation rooms.", start="2016-01-25", end="2020-06-30",
    contacts=[("Ingrid", "Sorensen", "Program Dir"), ("Paulo", "Mattos", "Orientation Mgr")], target=18,
    recs=[
        ("case", "ori", "2016-06-07", "orientation rooming", "Paulo: au pairs (18-26) arrive on J-1, 4 per room for orientation, then go to host families. Need passport # captured for hotel registry, agency doesn't keep passports. Want Portuguese/Spanish/French/German check-in screens.", "Multi-language check-in enabled, passport # field on reg card.", {"owner": "se", "who": 1}),
        ("note", "bc", "2017-11-13", "call w/ Ingrid", "Agency ended a host family after au pair reported 60 hr weeks + family holding her passport; agency moved her same day and reported to State Dept sponsor office. Ingrid asked if we can flag host addresses to never re-use. Not our product, suggested their CRM.", {"owner": "csm"}),
    ],
    label=("negative", "hard:au_pair_ordinary", ["ori", "bc"], "An au pair agency whose only exploitation note is a host family it removed and reported to the sponsor office."))

# ================================================================ ORDINARY
customer(name="Maple Hollow Bed & Breakfast", industry="Hospitality", web="maplehollowbnb.example", phone="(802) 555-0133",
    street="41 Church St", city="Woodstock", state="VT", zip="05091", rev=260000, emp=4, amt=900,
    desc="6-room B&B. PMS lite + BookDirect.", start="2014-04-14", end="2020-06-30",
    contacts=[("June", "Abernathy", "Innkeeper"), ("Carl", "Abernathy", "Co-owner")], target=15, recs=[],
    label=("negative", "ordinary", [], "Small B&B with only routine records."))

customer(name="Northgate Conference Hotel", industry="Hospitality", web="northgateconf.example", phone="(612) 555-0141",
    street="1200 Northgate Pkwy", city="Minneapolis", state="MN", zip="55430", rev=22000000, emp=210, amt=31000,
    desc="300-room conference hotel. PMS enterprise, BookDirect, FrontPay, sales & catering integration.", start="2012-11-05", end="2020-06-30",
    contacts=[("Grant", "Solberg", "Dir. Revenue"), ("Heidi", "Voss", "IT Dir"), ("Mel", "Ostby", "Controller")], target=22, recs=[],
    label=("negative", "ordinary", [], "Conference hotel with routine records."))

customer(name="Riverbend Campground & Cabins", industry="Hospitality / Outdoor", web="riverbendcamp.example", phone="(828) 555-0156",
    street="2150 River Rd", city="Bryson City", state="NC", zip="28713", rev=740000, emp=11, amt=1600,
    desc="Campground, 80 sites + 12 cabins. PMS (sites) + GuestNet.", start="2015-03-09", end="2020-06-30",
    contacts=[("Wade", "Tillman", "Owner"), ("Rhonda", "Tillman", "Office")], target=16, recs=[],
    label=("negative", "ordinary", [], "Campground with routine records."))

customer(name="Alpine Peak Ski Lodge", industry="Hospitality", web="alpinepeaklodge.example", phone="(435) 555-0197",
    street="3400 Lodge Ln", city="Park City", state="UT", zip="84060", rev=4800000, emp=55, amt=7200,
    desc="48-room ski lodge. PMS, BookDirect, rate mgr.", start="2013-08-26", end="2020-06-30",
    contacts=[("Erik", "Lund", "GM"), ("Sasha", "Penn", "Revenue Mgr")], target=19, recs=[],
    label=("negative", "ordinary", [], "Ski lodge with routine records."))


for c in CUSTOMERS:
    build(c)

def write(name, rows, cols):
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_ALL)
        w.writerow(cols)
        for r in rows:
            w.writerow([r.get(k, "") for k in cols])

write("Account.csv", ACC, "Id, Name, Type, Industry, Website, Phone, BillingStreet, BillingCity, BillingState, BillingPostalCode, BillingCountry, AnnualRevenue, NumberOfEmployees, Description, OwnerId, CreatedDate".split(", "))
write("Contact.csv", CON, "Id, AccountId, FirstName, LastName, Title, Email, Phone, MailingCity, MailingCountry, Birthdate, OwnerId, CreatedDate".split(", "))
write("Opportunity.csv", OPP, "Id, AccountId, Name, Type, StageName, Amount, Probability, CloseDate, IsClosed, IsWon, Description, OwnerId, CreatedDate".split(", "))
write("Case.csv", CAS, "Id, CaseNumber, AccountId, ContactId, Subject, Description, Status, Priority, Origin, Type, IsClosed, OwnerId, CreatedDate, ClosedDate, Comments".split(", "))
write("Task.csv", TSK, "Id, WhatId, WhoId, AccountId, Subject, Description, ActivityDate, Status, Priority, Type, OwnerId, CreatedDate".split(", "))
write("Event.csv", EVT, "Id, WhatId, WhoId, AccountId, Subject, Description, Location, ActivityDate, StartDateTime, EndDateTime, DurationInMinutes, Type, OwnerId, CreatedDate".split(", "))
write("Note.csv", NOT, "Id, ParentId, Title, Body, IsPrivate, OwnerId, CreatedDate".split(", "))
write("labels.csv", LAB, "AccountId, label, kind, knowable_from, evidence_ids, rationale".split(", "))
print("accounts", len(ACC), "contacts", len(CON), "opps", len(OPP), "cases", len(CAS), "tasks", len(TSK),
      "events", len(EVT), "notes", len(NOT))
