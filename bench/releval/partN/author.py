#!/usr/bin/env python3
"""Deterministic generator for evaluation part N (tag EVN).

Fictional Salesforce export of "CrewLoop", a field-service / scheduling /
workforce-app vendor. Everything here is invented: companies, people,
addresses, 555 phone numbers, .example e-mail domains.
"""
import csv
import re
import os
import random
import datetime as dt

OUT = os.path.dirname(os.path.abspath(__file__))
TAG = "EVN"
SEED = 20261202

USERS = {
    "AE1": "005EVN000000000001", "AE2": "005EVN000000000002",
    "CSM1": "005EVN000000000003", "CSM2": "005EVN000000000004",
    "SUP1": "005EVN000000000005", "SUP2": "005EVN000000000006",
    "SUP3": "005EVN000000000007", "SE1": "005EVN000000000008",
    "RISK": "005EVN000000000009", "LEGAL": "005EVN000000000010",
}

counters = {}


def new_id(prefix):
    counters[prefix] = counters.get(prefix, 0) + 1
    return f"{prefix}{TAG}{counters[prefix]:012d}"


def D(s):
    return dt.date.fromisoformat(s)


def dtime(date, rng, lo=13, hi=23):
    h = rng.randint(lo, hi)
    m = rng.randint(0, 59)
    s = rng.randint(0, 59)
    return f"{date.isoformat()}T{h:02d}:{m:02d}:{s:02d}.000+0000"


# ---------------------------------------------------------------- story items
def N(date, title, body, key=None, owner="CSM1", private=False):
    return dict(obj="note", date=D(date), title=title, body=body, key=key, owner=owner, private=private)


def T(date, subject, desc, key=None, owner="CSM1", status="Completed", ttype="Call", prio="Normal", who=0):
    return dict(obj="task", date=D(date), subject=subject, desc=desc, key=key, owner=owner,
                status=status, ttype=ttype, prio=prio, who=who)


def E(date, subject, desc, key=None, owner="CSM1", loc="Zoom", mins=30, etype="Meeting", who=0):
    return dict(obj="event", date=D(date), subject=subject, desc=desc, key=key, owner=owner,
                loc=loc, mins=mins, etype=etype, who=who)


def CS(date, subject, desc, closed=None, comments="", key=None, owner="SUP1", status=None,
       prio="Medium", origin="Email", ctype="Question", who=0):
    return dict(obj="case", date=D(date), subject=subject, desc=desc, closed=D(closed) if closed else None,
                comments=comments, key=key, owner=owner, status=status, prio=prio, origin=origin,
                ctype=ctype, who=who)


def O(created, close, name, otype, stage, amount, desc="", key=None, owner="AE1"):
    return dict(obj="opp", date=D(created), close=D(close), name=name, otype=otype, stage=stage,
                amount=amount, desc=desc, key=key, owner=owner)


# ---------------------------------------------------------- routine templates
R_CASES = [
    ("Password reset - dispatcher", "{c} locked out after 5 bad attempts on web admin. Pls reset.",
     "Reset link sent, user confirmed login ok.", "Problem", "Low", "Phone"),
    ("GPS check-in pin off by a block", "Worker app check-ins showing ~300m from job address on some Android phones.",
     "Battery saver was throttling location. Walked {c} thru settings for affected devices. Closed.", "Problem", "Medium", "Email"),
    ("QBO timesheet export failing", "Export to QuickBooks Online errors 'invalid employee ref' on 3 workers.",
     "Re-mapped employee IDs, reran export, all good.", "Problem", "Medium", "Web"),
    ("Booking page logo blurry", "Logo on customer booking page looks pixelated on mobile.",
     "Asked for 2x png, uploaded. Looks fine now.", "Question", "Low", "Chat"),
    ("SMS reminders stopped", "Customers not getting appt reminder texts since tues.",
     "Carrier filtering on shared short code. Moved acct to dedicated toll-free sender, verified delivery.", "Problem", "High", "Phone"),
    ("Add seats", "Need {n} more worker seats for new hires starting monday.",
     "Added {n} seats, prorated on next invoice.", "Question", "Low", "Email"),
    ("Invoice question", "AP asking why INV-{inv} has a prorated line.",
     "Explained mid-term seat add proration. AP ok.", "Question", "Low", "Email"),
    ("Recurring jobs duplicated after DST", "Weekly recurring jobs show twice on the dispatch board since the time change.",
     "Known bug ENG-{eng}, hotfix deployed overnite, dupes removed.", "Problem", "High", "Web"),
    ("Dispatch board slow", "Board takes 20+ sec to load w/ 400 jobs open.",
     "Advised archiving completed jobs >90d + filter by region. Load ~3s now.", "Problem", "Medium", "Chat"),
    ("Clock-in rounding", "Wants clock-in/out rounded to nearest 15 min on timesheets.",
     "Configured neutral 15-min rounding. Reminded admin to check their state's rules.", "Question", "Low", "Email"),
    ("Offline sync conflict", "Tech completed job offline, notes overwritten when phone reconnected.",
     "Repro'd. Fixed in app 4.{ver} release, asked users to update.", "Problem", "Medium", "Web"),
    ("Signature blank on PDF", "Customer signature capture shows blank on job completion PDF.",
     "Image compression issue on older iPads, patched server side.", "Problem", "Medium", "Email"),
    ("Change billing contact", "Pls change billing contact to {c}.",
     "Updated billing contact + invoice email.", "Question", "Low", "Email"),
    ("API 429 errors", "Their integration getting rate limited pulling jobs every 10 sec.",
     "Recommended webhooks instead of polling; raised limit temp while they switch.", "Problem", "Medium", "Web"),
    ("Google Cal sync dupes", "Dispatcher calendars showing each job twice after enabling GCal sync.",
     "Two sync connections on same user. Removed one.", "Problem", "Low", "Chat"),
    ("Worker app crash on iOS update", "App crashes on launch after iOS update for a few workers.",
     "Fixed in app release, users updated, crash gone.", "Problem", "High", "Phone"),
    ("Route optimizer ignores time windows", "Optimized routes put 8am window jobs at 11am.",
     "Time windows were set as 'preferred' not 'hard'. Changed setting.", "Question", "Medium", "Email"),
    ("Photo uploads failing", "Before/after photos not uploading on job completion, spinner forever.",
     "CDN issue on our side, resolved same day. Photos backfilled from device queue.", "Problem", "High", "Web"),
    ("W-9 request", "Their AP needs our W-9 for vendor setup.", "Sent W-9.", "Question", "Low", "Email"),
    ("2FA for admins", "How do we force 2FA for all admin users?",
     "Sent KB article, enabled enforce-2FA toggle w/ {c} on call.", "Question", "Low", "Chat"),
    ("Job type colors reset", "Custom job type colors reverted to default on dispatch board.",
     "Browser cache. Hard refresh fixed it, closing.", "Problem", "Low", "Chat"),
    ("Customer portal link expired", "Homeowner says booking confirmation link expired before appt.",
     "Extended link TTL to 14 days in acct settings.", "Question", "Low", "Email"),
    ("Timesheet approval reminder", "Can supervisors get an email if timesheets not approved by Mon 10am?",
     "Turned on approval reminder digest.", "Feature Request", "Low", "Web"),
    ("CSV import of client list", "Import of 2,100 client addresses failing at row 1544.",
     "Stray quote char in row 1544, cleaned and reimported.", "Problem", "Low", "Email"),
]

R_TASKS = [
    ("Renewal check-in", "Called {c}. Happy overall, wants next yr pricing before budget mtg.", "Call"),
    ("Send invoice copy", "AP needs copy of INV-{inv}. sent.", "Email"),
    ("Follow up on training", "Left vm for {c} re trainig session #2, will retry thurs.", "Call"),
    ("QBR prep", "Pull usage: {n} active workers, ~{jobs} jobs/mo, tickets low.", "Other"),
    ("Intro to services team", "Connect {c} w/ SE re Xero integration scoping.", "Email"),
    ("NPS follow up", "NPS {nps}. Comment: 'dispatch board is great, mobile app slow sometimes'.", "Call"),
    ("Send updated order form", "Sent revised order form w/ {n} seats, awaiting signture.", "Email"),
    ("Usage dip", "Active users down ~20% MoM. Seasonal? ask {c} next call.", "Other"),
    ("Webinar invite", "Invited {c} + dispatchers to 'Recurring jobs 101' webinar.", "Email"),
    ("Collections - 30 days", "INV-{inv} 30 days past due. Emailed AP, they said pmt going out fri.", "Email"),
    ("Update billing addr", "Billing address changed, updated acct + invoices.", "Other"),
    ("Check in after go-live", "Called {c}, go-live went ok, few workers still not logged in. sent reminder email template.", "Call"),
    ("Case review", "Reviewed open tickets w/ {c}, nothign urgent.", "Call"),
    ("Send roadmap deck", "Sent H2 roadmap deck, {c} intrested in route optimization beta.", "Email"),
]

R_EVENTS = [
    ("Onboarding kickoff", "Kickoff w/ {c}. Import client list CSV, set up job types, invite workers. Go-live target ~3 wks.", 60),
    ("Admin training", "Trained {k} dispatchers on board, recurring jobs, reports, timesheet approvals.", 90),
    ("QBR", "Reviewed usage & roadmap. Asks: better reporting, bulk SMS, more job fields.", 45),
    ("Renewal call", "Walked thru renewal quote, {c} to get sign-off from owner.", 30),
    ("Integration scoping", "Scoped QBO + Zapier flows. No custom API work needed.", 60),
    ("Check-in call", "General check in, no issues raised. Asked about new payments feature.", 30),
]

R_NOTES = [
    ("Acct summary", "{n} field workers, {k} dispatchers. Uses scheduling, timesheets, booking page. Champion: {c}."),
    ("Pricing", "Agreed {disc}% discount on 2 yr term, net 30."),
    ("AE -> CSM handoff", "Closed won, handing to CSM. Main pains: paper schedules, missed appts, payroll errors."),
    ("Health", "Green. Daily logins, low ticket volume."),
    ("Integration notes", "Uses Zapier -> QuickBooks. No custom API work."),
    ("Expansion idea", "Might add 2nd region next yr, keep an eye out."),
]


class Cust:
    def __init__(self, key, name, industry, city, state, zipc, street, website, desc, created, end,
                 label, kind=None, knowable=None, evidence=(), rationale="", contacts=(),
                 story=(), target=19, employees=40, revenue=2500000, atype="Customer", area="555"):
        self.__dict__.update(locals())
        del self.__dict__["self"]


def mk_phone(rng, area):
    return f"({area}) 555-{rng.randint(100, 199):04d}"


def build(custs):
    rows = {k: [] for k in ["Account", "Contact", "Opportunity", "Case", "Task", "Event", "Note"]}
    labels = []
    case_no = [10230]
    for ci, c in enumerate(custs):
        rng = random.Random(SEED + ci * 7919)
        created = D(c.created)
        end = D(c.end)
        acc_id = new_id("001")
        dom = c.website.replace("www.", "")
        rows["Account"].append(dict(
            Id=acc_id, Name=c.name, Type=c.atype, Industry=c.industry, Website=c.website,
            Phone=mk_phone(rng, c.area), BillingStreet=c.street, BillingCity=c.city, BillingState=c.state,
            BillingPostalCode=c.zipc, BillingCountry="United States", AnnualRevenue=f"{c.revenue:.2f}",
            NumberOfEmployees=str(c.employees), Description=c.desc, OwnerId=USERS[rng.choice(["AE1", "AE2"])],
            CreatedDate=dtime(created, rng)))
        # contacts
        cids = []
        cnames = []
        for (fn, ln, title) in c.contacts:
            cid = new_id("003")
            cids.append(cid)
            cnames.append(fn)
            rows["Contact"].append(dict(
                Id=cid, AccountId=acc_id, FirstName=fn, LastName=ln, Title=title,
                Email=f"{re.sub('[^a-z]', '', fn.lower().split('. ')[-1])}.{re.sub('[^a-z]', '', ln.lower())}@{dom}", Phone=mk_phone(rng, c.area), MailingCity=c.city,
                MailingCountry="United States", Birthdate="", OwnerId=USERS["AE1"],
                CreatedDate=dtime(created + dt.timedelta(days=rng.randint(0, 5)), rng)))
        keymap = {}
        items = list(c.story)
        # routine fill
        n_story = len(items) + len(cids)
        # New Business opp always (unless story has one)
        if not any(i["obj"] == "opp" and i["name"].endswith("- New Business") for i in items):
            amt = rng.choice([4800, 6000, 7200, 9600, 12000, 14400, 18000])
            items.append(O(c.created, str(created + dt.timedelta(days=rng.randint(10, 40))),
                           f"{c.name} - New Business", "New Business", "Closed Won", amt,
                           "Initial subscription: scheduling + worker app + timesheets.", owner=rng.choice(["AE1", "AE2"])))
        # renewal opps on anniversaries before end, not duplicating story renewals
        story_renewal_years = set()
        for i in items:
            if i["obj"] == "opp" and i["otype"] == "Renewal":
                story_renewal_years |= {i["close"].year, i["close"].year + 1}
        yr = created.year + 1
        while True:
            try:
                ann = created.replace(year=yr)
            except ValueError:
                ann = created.replace(year=yr, day=28)
            if ann >= end or len(items) + len(cids) >= c.target:
                break
            if yr not in story_renewal_years and rng.random() < 0.8:
                amt = rng.choice([4800, 6000, 7200, 9600, 12000, 14400])
                items.append(O(str(ann - dt.timedelta(days=45)), str(ann), f"{c.name} - Renewal {yr}", "Renewal",
                               "Closed Won", amt, rng.choice(["Auto-renew, no changes.", "Renewed 1 yr, flat pricing.",
                                                              "Renewal w/ 3% uplift, signed by owner.", ""]),
                               owner="CSM1"))
            yr += 1
        span = (end - created).days
        rt_cases = rng.sample(R_CASES, len(R_CASES))
        rt_tasks = rng.sample(R_TASKS, len(R_TASKS))
        rt_events = rng.sample(R_EVENTS, len(R_EVENTS))
        rt_notes = rng.sample(R_NOTES, len(R_NOTES))
        kinds = ["case", "task", "case", "task", "note", "event", "case", "task"]
        ki = 0
        while len(items) + len(cids) < c.target:
            k = kinds[ki % len(kinds)]
            ki += 1
            day = created + dt.timedelta(days=rng.randint(3, max(4, span - 10)))
            fill = dict(c=rng.choice(cnames) if cnames else "admin", n=rng.randint(3, 15), inv=rng.randint(20000, 48000),
                        eng=rng.randint(1200, 4999), ver=rng.randint(2, 19), jobs=rng.randint(300, 2500), nps=rng.randint(7, 10),
                        k=rng.randint(2, 5), disc=rng.choice([5, 8, 10, 12]))
            if k == "case" and rt_cases:
                s, d_, cm, ct, pr, org = rt_cases.pop()
                items.append(CS(str(day), s, d_.format(**fill), str(day + dt.timedelta(days=rng.randint(0, 6))),
                                cm.format(**fill), owner=rng.choice(["SUP1", "SUP2", "SUP3"]), prio=pr, origin=org,
                                ctype=ct, who=rng.randrange(len(cids)) if cids else 0))
            elif k == "task" and rt_tasks:
                s, d_, tt = rt_tasks.pop()
                items.append(T(str(day), s, d_.format(**fill), owner=rng.choice(["CSM1", "CSM2", "AE1"]), ttype=tt,
                               who=rng.randrange(len(cids)) if cids else 0))
            elif k == "event" and rt_events:
                s, d_, mins = rt_events.pop()
                if s == "Onboarding kickoff":
                    day = created + dt.timedelta(days=rng.randint(2, 12))
                items.append(E(str(day), s, d_.format(**fill), owner=rng.choice(["CSM1", "CSM2", "SE1"]), mins=mins,
                               who=rng.randrange(len(cids)) if cids else 0))
            elif k == "note" and rt_notes:
                s, b = rt_notes.pop()
                items.append(N(str(day), s, b.format(**fill), owner=rng.choice(["CSM1", "CSM2", "AE2"])))
        items.sort(key=lambda i: i["date"])
        for it in items:
            o = it["obj"]
            who = cids[it.get("who", 0) % len(cids)] if cids else ""
            if o == "note":
                rid = new_id("002")
                rows["Note"].append(dict(Id=rid, ParentId=acc_id, Title=it["title"], Body=it["body"],
                                         IsPrivate="true" if it["private"] else "false",
                                         OwnerId=USERS[it["owner"]], CreatedDate=dtime(it["date"], rng)))
                rdate = it["date"]
            elif o == "task":
                rid = new_id("00T")
                rows["Task"].append(dict(Id=rid, WhatId=acc_id, WhoId=who, AccountId=acc_id, Subject=it["subject"],
                                         Description=it["desc"], ActivityDate=it["date"].isoformat(),
                                         Status=it["status"], Priority=it["prio"], Type=it["ttype"],
                                         OwnerId=USERS[it["owner"]], CreatedDate=dtime(it["date"], rng)))
                rdate = it["date"]
            elif o == "event":
                rid = new_id("00U")
                h = rng.randint(14, 21)
                start = dt.datetime.combine(it["date"], dt.time(h, rng.choice([0, 30])))
                endt = start + dt.timedelta(minutes=it["mins"])
                f = "%Y-%m-%dT%H:%M:%S.000+0000"
                rows["Event"].append(dict(Id=rid, WhatId=acc_id, WhoId=who, AccountId=acc_id, Subject=it["subject"],
                                          Description=it["desc"], Location=it["loc"],
                                          ActivityDate=it["date"].isoformat(), StartDateTime=start.strftime(f),
                                          EndDateTime=endt.strftime(f), DurationInMinutes=str(it["mins"]),
                                          Type=it["etype"], OwnerId=USERS[it["owner"]],
                                          CreatedDate=f"{it['date'].isoformat()}T{max(h - 2, 12):02d}:05:00.000+0000"))
                rdate = it["date"]
            elif o == "case":
                rid = new_id("500")
                case_no[0] += rng.randint(3, 40)
                closed = it["closed"]
                status = it["status"] or ("Closed" if closed else "New")
                cd = dtime(it["date"], rng, 13, 17)
                if closed:
                    cl = dtime(closed, rng, 18, 23)
                    if cl <= cd:
                        cl = cd[:11] + "23:59:00.000+0000"
                else:
                    cl = ""
                rows["Case"].append(dict(Id=rid, CaseNumber=f"{case_no[0]:08d}", AccountId=acc_id, ContactId=who,
                                         Subject=it["subject"], Description=it["desc"], Status=status,
                                         Priority=it["prio"], Origin=it["origin"], Type=it["ctype"],
                                         IsClosed="true" if closed else "false", OwnerId=USERS[it["owner"]],
                                         CreatedDate=cd, ClosedDate=cl, Comments=it["comments"]))
                rdate = closed if (closed and it["key"] and it["key"].endswith("@closed")) else it["date"]
            elif o == "opp":
                rid = new_id("006")
                won = it["stage"] == "Closed Won"
                isclosed = it["stage"].startswith("Closed")
                prob = 100 if won else (0 if isclosed else 60)
                rows["Opportunity"].append(dict(Id=rid, AccountId=acc_id, Name=it["name"], Type=it["otype"],
                                                StageName=it["stage"], Amount=f"{it['amount']:.2f}",
                                                Probability=str(prob), CloseDate=it["close"].isoformat(),
                                                IsClosed="true" if isclosed else "false",
                                                IsWon="true" if won else "false", Description=it["desc"],
                                                OwnerId=USERS[it["owner"]], CreatedDate=dtime(it["date"], rng)))
                rdate = it["date"]
            if it["key"]:
                keymap[it["key"].split("@")[0]] = (rid, rdate)
        if c.label == "positive":
            ev = [keymap[k][0] for k in c.evidence]
            kf = c.knowable
            labels.append(dict(AccountId=acc_id, label="positive", kind=c.kind, knowable_from=kf,
                               evidence_ids=";".join(ev), rationale=c.rationale))
        else:
            ev = [keymap[k][0] for k in c.evidence] if c.evidence else []
            labels.append(dict(AccountId=acc_id, label="negative", kind=c.kind, knowable_from="",
                               evidence_ids=";".join(ev), rationale=c.rationale))
    return rows, labels


COLS = {
    "Account": "Id, Name, Type, Industry, Website, Phone, BillingStreet, BillingCity, BillingState, BillingPostalCode, BillingCountry, AnnualRevenue, NumberOfEmployees, Description, OwnerId, CreatedDate",
    "Contact": "Id, AccountId, FirstName, LastName, Title, Email, Phone, MailingCity, MailingCountry, Birthdate, OwnerId, CreatedDate",
    "Opportunity": "Id, AccountId, Name, Type, StageName, Amount, Probability, CloseDate, IsClosed, IsWon, Description, OwnerId, CreatedDate",
    "Case": "Id, CaseNumber, AccountId, ContactId, Subject, Description, Status, Priority, Origin, Type, IsClosed, OwnerId, CreatedDate, ClosedDate, Comments",
    "Task": "Id, WhatId, WhoId, AccountId, Subject, Description, ActivityDate, Status, Priority, Type, OwnerId, CreatedDate",
    "Event": "Id, WhatId, WhoId, AccountId, Subject, Description, Location, ActivityDate, StartDateTime, EndDateTime, DurationInMinutes, Type, OwnerId, CreatedDate",
    "Note": "Id, ParentId, Title, Body, IsPrivate, OwnerId, CreatedDate",
    "labels": "AccountId, label, kind, knowable_from, evidence_ids, rationale",
}


def write(name, rows):
    cols = [c.strip() for c in COLS[name].split(",")]
    with open(os.path.join(OUT, f"{name}.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, quoting=csv.QUOTE_ALL, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow(r)



# =============================================================== POSITIVES
POS = [
    Cust("brightnest", "BrightNest Home Services LLC", "Consumer Services", "Elizabeth", "NJ", "07201",
         "88 Harlan Ave Ste 2", "www.brightnest-home.example",
         "Residential cleaning crews + live-in housekeeper placements.", "2014-05-05", "2017-09-30",
         "positive", "domestic_work", "2016-04-18", ("gps", "deduct", "ptmsg"),
         "A cleaner's Portuguese message that the owner kept her passport, claims a $6k travel/housing debt and will not let workers leave the house, read with the standing housing and 'passagem' (airfare) deductions and the overnight 'company house' check-ins, made forced domestic labour plain on 2016-04-18.",
         contacts=[("Renata", "Quell", "Owner"), ("Dulce", "Farrow", "Office Supervisor"), ("Ivo", "Lambrecht", "Bookkeeper")],
         area="908", employees=55, revenue=1900000, target=21, story=[
             N("2014-05-12", "Onboarding notes",
               "Residential cleaning + live-in housekeeper placements. ~45 cleaners, most speak PT only, crews of 3 go out in the office van. Renata wants worker app in Portuguese. Scheduling + GPS check-in + timesheets. Go-live 6/1.", owner="CSM1"),
             CS("2015-02-10", "GPS check-ins after hours",
                "Anomaly report: 11 worker devices checking in between 10pm-6am at 14 Alder Ct (not a client address). Dulce says that's the 'company house', new girls stay there the first months. Asks us to stop geofence alerts for that address.",
                "2015-02-12", "Added 14 Alder Ct to ignore list per customer request. Not a bug.", key="gps", owner="SUP2"),
             T("2015-09-03", "Worker app permissions",
               "Renata asked to switch off timesheet + pay stub view in the worker app for ALL cleaners - 'they compare and then complain'. Done via role perms. bit odd but customer's call.", owner="SUP1"),
             CS("2016-01-20", "Payroll deductions setup",
                "Need 2 recurring deductions on every cleaner: 'moradia' $120/wk and 'passagem' $75/wk 'until repaid' (airfare advance). Want them itemized on payroll export.",
                "2016-01-22", "Configured both deductions, tested on 2 workers. Done.", key="deduct", owner="SUP3", ctype="Question"),
             CS("2016-04-18", "Msg from worker via in-app feedback (PT)",
                "Cleaner (worker user 'Luana M.') used the in-app feedback form, which comes to US not to the employer. Msg: 'Por favor me ajudem. A dona ficou com o meu passaporte quando cheguei e diz que eu devo 6 mil dólares da passagem e da casa. Não deixam a gente sair da casa sem a Dulce. Não tenho a quem pedir.' Not sure what to do w/ this.",
                "2016-04-19", "Not a product issue. Replied to user in EN to contact her employer's office. Closing.", key="ptmsg", owner="SUP2", origin="Web", ctype="Other"),
             O("2016-06-01", "2016-07-15", "BrightNest - Renewal + 20 seats", "Renewal", "Closed Won", 14400,
               "Renew 2 yrs + 20 worker seats for 'new arrivals in August'.", owner="CSM1"),
             T("2016-08-09", "call w/ Renata re alerts",
               "Wants an alert to Dulce whenever any worker phone leaves the company house after 9pm, even off shift. Sent to SE to scope geofence-exit alerts on off-shift devices.", owner="CSM1"),
             CS("2017-10-30", "Records request - HSI",
                "Legal fwd: HSI subpoena for BrightNest worker GPS history + timesheets 2014-2017. Preserve all.",
                None, "", owner="LEGAL", status="Working", prio="High", ctype="Legal"),
         ]),
    Cust("kindred", "Kindred Hearth Care Partners", "Healthcare", "Sacramento", "CA", "95815",
         "2410 Arden Way Ste 140", "www.kindredhearth.example",
         "In-home care agency, live-in and hourly caregivers.", "2013-08-12", "2017-03-31",
         "positive", "labour_recruitment", "2015-06-17", ("qbr", "ledger", "cap"),
         "At the June 2015 QBR the CEO said caregivers cannot leave until placement fees are repaid and the agency keeps their passports, which on top of the fee-repayment ledger and the 40-hour cap on 24h live-in shifts shows debt bondage.",
         contacts=[("Adela", "Brisk", "CEO"), ("Mateo", "Quintrell", "Director of Operations"), ("Joy", "Renno", "Scheduler")],
         area="916", employees=85, revenue=4200000, target=20, story=[
             N("2013-08-20", "Onboarding", "Home care agency, ~70 caregivers, live-in + hourly. EVV-lite, scheduling, timesheets. Lot of caregivers come thru their overseas partner recruiter.", owner="CSM2"),
             T("2014-03-11", "SOW draft - fee ledger",
               "Services build: custom object 'Placement Fee' per caregiver w/ weekly repayment pulled from timesheet pay. Mateo says fee is 8-12k per caregiver (airfare, visa, 'training'). Scoped ~30 hrs.", key="ledger", owner="SE1", ttype="Other"),
             CS("2014-10-06", "Timesheet rule - cap paid hrs",
                "Live-ins scheduled 6 days x 24h. Customer wants paid hrs capped at 40/wk no matter what the GPS clock in/out says. Mateo: 'they sleep there anyway'.",
                "2014-10-08", "Built custom cap rule. Mentioned state live-in rules are their responsibility.", key="cap", owner="SUP1", ctype="Feature Request"),
             E("2015-06-17", "QBR - Kindred",
               "Adela + Mateo. Usage good, 92 caregivers. Asked for a 'retention' feature - flag if a caregiver's phone goes near the airport or bus station. Adela: 'the girls can't leave until the placement fee is paid off, contracts are 3 yrs, we keep their passports in the office safe so nobody runs.' Also wants fee balance visible to admins only.",
               key="qbr", owner="CSM2", loc="Kindred office, Sacramento", mins=60),
             T("2015-07-08", "Geofence alert spec",
               "Built alert: caregiver device within 500m of Greyhound / Amtrak / SMF airport -> email Mateo. Delivered.", owner="SE1", ttype="Other"),
             O("2015-07-20", "2015-08-28", "Kindred - Services: recruitment portal", "Existing Business", "Closed Won", 22000,
               "Portal for overseas partner recruiter to upload caregiver profiles + docs straight into Kindred admin. Incl doc vault w/ 'passport held (Y/N)' field.", owner="AE2"),
             CS("2016-05-23", "Subpoena - state Labor Commissioner",
                "Legal: CA Labor Commissioner subpoena for Kindred timesheets + fee ledger data.", None, "", owner="LEGAL",
                status="Working", prio="High", ctype="Legal"),
         ]),
    Cust("greenline", "Greenline Grounds & Hardscape", "Construction", "Charlotte", "NC", "28208",
         "5100 Wilkinson Blvd", "www.greenlinegrounds.example",
         "Commercial landscaping and hardscape, seasonal crews.", "2015-02-23", "2017-11-30",
         "positive", "labour_recruitment", "2015-08-02", ("pins", "twoexports"),
         "The crew lead's answer, overheard on a support call, that workers get their passports back only at season end once they pay what they owe, on top of the request for a 40-hour payroll export hiding the real GPS hours, shows held documents and debt on 2015-08-02.",
         contacts=[("Bryce", "Tolland", "Owner"), ("Pam", "Guidry", "Office Manager"), ("Ramiro", "Estel", "Crew Lead")],
         area="704", employees=45, revenue=3100000, target=19, story=[
             N("2015-03-04", "Acct notes", "Landscape + hardscape. 34 seasonal H-2B guys Mar-Nov, crews of 5, housed in company trailers. Want dispatch + timesheets + GPS. Pam is admin.", owner="AE1"),
             CS("2015-07-14", "Timesheet export - 2 versions?",
                "Pam asked if we can produce a payroll export capped at 40h/wk @ $11.25 while keeping the 'real' GPS check-ins (6a-9p most days) in a separate internal report. Said DOL 'only looks at payroll'. SE told her we can't build an export that doesn't match the data.",
                "2015-07-20", "Customer said nvm, they'll do it in spreadsheets. Also asked to cut GPS retention to 7 days - changed the retention setting per admin.", key="twoexports", owner="SUP3"),
             T("2015-08-02", "Callback - Ramiro (crew lead) PINs",
               "Reset 6 worker app PINs w/ Ramiro on speaker. Worker in background asked him '¿y cuándo nos devuelven los pasaportes? ya son cuatro meses' - Ramiro: 'cuando acabe la temporada y paguen lo que deben'. Then he asked me to make worker app show jobs only, no hours. Did the PIN resets.",
               key="pins", owner="SUP1"),
             O("2015-12-15", "2016-02-10", "Greenline - 2016 season renewal", "Renewal", "Closed Won", 9800, "Season renewal, same 34 seats.", owner="CSM1"),
             N("2016-10-11", "fyi", "Local TV story: DOL + HSI agents at Greenline's trailers, workers interviewed. No contact from customer.", owner="CSM1"),
         ]),
    Cust("ridgeback", "Ridgeback Framing Subcontractors", "Construction", "Houston", "TX", "77029",
         "9020 Clinton Dr", "www.ridgebackframing.example",
         "Residential framing subcontractor.", "2014-09-15", "2017-05-31",
         "positive", "construction", "2017-02-06", ("subp",),
         "The HSI letter and grand-jury subpoena of 2017-02-06 say the owner and two crew bosses were indicted for forced labour and harbouring of the very framing crews dispatched through the app.",
         contacts=[("Lonnie", "Barrask", "Owner"), ("Celia", "Dunmore", "Office Admin")],
         area="713", employees=60, revenue=5200000, target=17, story=[
             CS("2017-02-06", "LE request - HSI Houston",
                "Legal: HSI special agent letter + grand jury subpoena for Ridgeback crew GPS + timesheets 1/2015-present. Letter says owner Lonnie B. and 2 crew bosses were indicted 2/2 for forced labor and harboring of framing workers. Preserve everything.",
                "2017-02-14", "Produced records to HSI via Legal.", key="subp", owner="LEGAL", prio="High", ctype="Legal"),
             CS("2017-02-20", "Bulk delete GPS history",
                "Celia wants all GPS check-in history deleted + 40 worker accts deactivated 'ASAP'.",
                "2017-02-21", "Declined, legal hold. Escalated to Legal + Risk.", owner="SUP2", prio="High"),
             N("2017-03-01", "Risk review", "Risk decision: no renewal, terminate at term end 5/31.", owner="RISK"),
         ]),
    Cust("vallesereno", "Valle Sereno Farm Labor Contracting", "Agriculture", "Kerman", "CA", "93630",
         "14 S Madera Ave", "www.vallesereno-flc.example",
         "Farm labor contractor supplying harvest crews.", "2013-03-04", "2016-12-31",
         "positive", "agriculture", "2014-09-22", ("esmsg", "onephone"),
         "The Spanish message to support on 2014-09-22 (contractor takes $400/wk for room and board, took their papers, threatens immigration, 30 in one house, no phone use), together with the finding that one crew boss holds every worker's phone, made forced farm labour knowable.",
         contacts=[("Gus", "Pardee", "Owner"), ("Nilda", "Orzano", "Office Manager")],
         area="559", employees=120, revenue=2800000, target=18, story=[
             N("2013-03-10", "Onboarding", "FLC, sends 80-150 pickers to 6 growers. Wants worker app in Spanish w/ GPS check-in at field gates.", owner="CSM1"),
             CS("2014-06-09", "Worker sign-ups all same phone #",
                "42 worker accts registered w/ the same mobile # and same email. App can't send individual OTPs.",
                "2014-06-11", "Customer says the mayordomo keeps the phone and checks everyone in. Enabled shared-device kiosk mode.", key="onephone", owner="SUP1", ctype="Problem"),
             CS("2014-09-22", "Mensaje de trabajador",
                "Inbound to support@ from a Valle Sereno kiosk device, Spanish: 'Señores de la aplicación: el contratista nos cobra 400 dólares por semana por el cuarto y la comida, nos quitó los papeles y dice que si nos vamos le llama a la migra. Somos 30 en una casa con un baño. No nos deja usar el teléfono. Ayúdenos por favor.' Signed first name only.",
                "2014-09-24", "Fwd to customer admin (Nilda) since it's their employee. No further action on our side.", key="esmsg", owner="SUP2", origin="Email", ctype="Other"),
             O("2014-12-01", "2015-01-30", "Valle Sereno - Renewal 2015", "Renewal", "Closed Won", 11000, "Renewed, +20 seats for spring.", owner="CSM1"),
             T("2015-05-12", "Upsell - payroll module",
               "Gus wants 'renta y comida' auto-deducted from every worker's pay in the payroll add-on. Sent quote.", owner="AE2"),
         ]),
    Cust("tworivers", "Two Rivers Moving & Storage", "Transportation", "Pittsburgh", "PA", "15201",
         "3300 Railroad St", "www.tworiversmoving.example",
         "Local and long-distance residential moving, storage.", "2016-01-11", "2019-01-31",
         "positive", "labour_recruitment", "2016-05-19", ("logins",),
         "Only the closing comment of the shared-login case records that the foreman holds the movers' phones and IDs until they 'work off the visa money' and that they live in the warehouse loft, which is knowable on its ClosedDate 2016-05-19.",
         contacts=[("Corinne", "Abbet", "Owner"), ("Vic", "Saldane", "Dispatcher")],
         area="412", employees=48, revenue=3600000, target=19, story=[
             T("2016-03-08", "call - long jobs", "Vic says crews sleep at the warehouse on multi-day jobs, wants warehouse as 'home base' for routing. Set it.", owner="CSM2", who=1),
             CS("2016-05-10", "Crew logins - one per truck",
                "Wants ONE shared login per truck instead of per mover. 38 movers were invited but never activated.",
                "2016-05-19", "Talked to Vic. Movers don't have their own phones - foreman keeps phones and IDs 'so they don't run off before they work off the visa money', guys live in the warehouse loft. Set up shared truck logins as asked, deactivated the 38 invites.",
                key="logins@closed", owner="SUP3", who=1),
             O("2016-11-20", "2017-01-11", "Two Rivers - Renewal 2017", "Renewal", "Closed Won", 7200, "Renewed 2 yrs.", owner="CSM2"),
             N("2018-04-02", "Upsell", "Corinne adding 2 trucks for summer, +2 shared logins.", owner="AE1"),
         ]),
    Cust("velvethour", "Velvet Hour Mobile Spa", "Consumer Services", "Las Vegas", "NV", "89102",
         "3650 S Decatur Blvd #14", "www.velvethour-spa.example",
         "Mobile massage, outcall to hotels and residences.", "2015-01-19", "2016-10-31",
         "positive", "illicit_massage", "2015-10-05", ("proc", "addons", "license"),
         "When the processor cut the customer off as 'adult services' and it asked to relabel bookings as 'Wellness consultation' for a new offshore processor, the earlier unlicensed 'girls', late-night hotel outcalls and 'VIP finish' add-ons read as commercial sex, knowable 2015-10-05.",
         contacts=[("Tasha", "Vireo", "Owner"), ("Kenny", "Marsh", "Manager")],
         area="702", employees=14, revenue=650000, target=18, story=[
             N("2015-01-26", "Onboarding", "Mobile massage, outcall to hotels + homes. Booking page hours 8pm-4am. 12 therapists. Payments via PayHarbor integration.", owner="CSM1"),
             CS("2015-03-09", "Remove license field from therapist profile",
                "Wants state license # removed from public therapist cards. Tasha: 'our girls are still in school, not licensed yet'.",
                "2015-03-10", "Field is optional, hid it on booking page.", key="license", owner="SUP1"),
             T("2015-06-15", "Booking add-ons",
               "Helped Kenny add 3 add-ons: 'VIP finish' $200, 'Extended deluxe' $300, 'Two therapists' $350. Asked what VIP finish is - 'premium, clients know'. Also moved to 30-min booking units.",
               key="addons", owner="CSM1", who=1),
             CS("2015-10-05", "Payment processor changed",
                "PayHarbor terminated Velvet Hour's merchant acct: 'prohibited business type - adult services'. Customer wants us to connect a new offshore processor + relabel all booking items as 'Wellness consultation' on receipts 'so the new bank doesn't get confused'.",
                "2015-10-16", "SE wired new processor via generic payment webhook. Receipt labels changed per customer.", key="proc", owner="SUP2", prio="High"),
             CS("2016-02-08", "Restrict support access",
                "Asks that our support staff can no longer view booking notes ('client privacy').",
                "2016-02-09", "Enabled restricted-support mode on acct.", owner="SUP3"),
             N("2016-08-22", "Risk - news", "Local news: Metro vice arrested Velvet Hour's manager, two 'therapists' were 17. Risk reviewing termination.", owner="RISK"),
         ]),
    Cust("gilded", "Gilded Events Hostess Staffing", "Hospitality", "Miami", "FL", "33137",
         "3900 Biscayne Blvd Ste 610", "www.gildedevents.example",
         "Hostess and promo staffing for events.", "2016-02-01", "2018-01-31",
         "positive", "escort_agency", "2017-01-09", ("dob", "reviews"),
         "The request to hide birthdates because some 'new girls' are 16-17 and clients ask, read with the client review spec rating hostesses on 'extras' for late-night 1-2 hour hotel-room bookings, shows minors sold for sex, knowable 2017-01-09.",
         contacts=[("Paolo", "Greer", "Owner"), ("Sandra", "Quillon", "Bookings Manager")],
         area="305", employees=8, revenue=900000, target=18, story=[
             N("2016-02-09", "Onboarding", "Event hostess / promo staffing - conventions, yacht parties. ~60 hostesses. Client-facing booking page.", owner="CSM2"),
             CS("2016-06-20", "Booking length + location field",
                "Wants 1-2h slots w/ location = hotel name + room #. Most bookings after 10pm.",
                "2016-06-21", "Added custom location field 'Room #'.", owner="SUP1"),
             T("2016-11-15", "Review feature spec recvd",
               "Sandra sent spec for client reviews of hostesses. Categories: punctuality, looks, friendliness, 'extras (y/n)', 'would rebook'. Reviews visible to other clients only, not public.",
               key="reviews", owner="SE1", ttype="Email", who=1),
             CS("2017-01-09", "Hide DOB on hostess profiles",
                "Wants birthdate hidden on the client side b/c 'a few of the new girls are 16-17 and clients ask questions'. Also wants profile photos w/o faces.",
                "2017-01-10", "Hid DOB field on client side.", key="dob", owner="SUP2", who=1),
             O("2017-02-01", "2017-03-15", "Gilded - Reviews module build", "Existing Business", "Closed Won", 18000, "Custom client review module per Sandra's spec.", owner="AE2"),
         ]),
    Cust("horizon", "Horizon Youth Sales Crews", "Retail", "Broken Arrow", "OK", "74012",
         "1201 N Elm Pl", "www.horizonyouthsales.example",
         "Door-to-door subscription and home-services sales crews.", "2014-04-07", "2016-10-31",
         "positive", "labour_recruitment", "2015-03-16", ("mom", "usage"),
         "A mother's call that her 17-year-old son was stripped of ID and phone and abandoned in a motel over a $900 'room and van' debt, read with the 7-day 7am-11pm check-ins and deductions leaving reps in negative pay, shows a minor in debt-bonded labour on 2015-03-16.",
         contacts=[("Trent", "Halvey", "Owner"), ("Brynn", "Castel", "Crew Manager")],
         area="918", employees=70, revenue=1500000, target=19, story=[
             N("2014-04-14", "Onboarding", "D2D sales crews. ~60 reps age 18-24 (per AE), travel in vans city to city, stay in motels. Using GPS check-in + daily territory assignment.", owner="AE1"),
             CS("2014-08-18", "Lock phone when rep quits",
                "Brynn: when a rep quits mid-route they want to lock the phone right away. Company phones.",
                "2014-08-19", "Enabled MDM lock on company devices.", owner="SUP1", who=1),
             T("2014-12-02", "Usage review",
               "Check-ins 7am-11pm, 7 days/wk, no days off in 6 wks for most reps. Timesheets carry deductions 'motel', 'van', 'food' ~$300/wk; several reps net negative. Brynn: 'it's commission, they make it back on good weeks'.",
               key="usage", owner="CSM1", ttype="Other", who=1),
             CS("2015-03-16", "Call from a rep's mother",
                "Inbound to support line from a mother in Dayton OH. Her son (17) on a Horizon crew called her from a motel in Amarillo: crew mgr took his ID and phone and left him behind b/c he 'owes $900 for room & van'. No money to get home. She found our # on the app's help screen, asked us to 'do something'.",
                "2015-03-17", "Told her to contact Horizon directly and local police. End-user matter, not our customer. Closed.", key="mom", owner="SUP3", origin="Phone", ctype="Other"),
             O("2015-03-25", "2015-05-01", "Horizon - Renewal 2015", "Renewal", "Closed Won", 8400, "Renewal + 15 seats for summer crews.", owner="CSM1"),
             N("2016-06-14", "fyi", "State AG filed suit vs Horizon (wage theft, minors). Customer hasn't said anything.", owner="CSM1"),
         ]),
    Cust("lotusgarden", "Lotus Garden Wellness Group", "Consumer Services", "Flushing", "NY", "11354",
         "41-20 Kissena Blvd", "www.lotusgardenwellness.example",
         "Massage and wellness, three locations.", "2017-01-09", "2019-06-30",
         "positive", "straw_owner", "2017-11-02", ("raid", "overnight", "straw"),
         "The 2017-11-02 note on the raid (women living in back rooms, manager arrested for promoting prostitution and labour trafficking) and the same admin's immediate request to move the accounts to a new LLC, read with the three different 'owners' on one card and 24h overnight check-ins, made it knowable.",
         contacts=[("Frank", "Yorrel", "Admin / IT"), ("Wendy", "Corliss", "Owner (loc 1)"), ("Helen", "Parrow", "Owner (loc 2)")],
         area="718", employees=22, revenue=800000, target=18, story=[
             N("2017-01-16", "Onboarding - 3 locations", "3 massage locations, each a separate LLC w/ a different listed owner, but one admin (Frank) and one card on file for all 3. Frank: owners are 'family, I just do the IT'.", key="straw", owner="AE2"),
             CS("2017-04-03", "Overnight GPS check-ins",
                "Therapist devices check in at the shops continuously 24h for weeks. Frank: 'staff rest in the back between shifts'.",
                "2017-04-04", "Not a bug, closing.", key="overnight", owner="SUP2"),
             T("2017-07-12", "Booking page change", "Add Sat hours, remove 'licensed' badge for now - Frank says 2 new therapists' licenses pending.", owner="SUP1"),
             N("2017-11-02", "RISK - news re Lotus Garden",
               "Google alert: county police + state AG raided 2 of the 3 locations 10/31. 7 women found living in back rooms; 'manager' arrested for promoting prostitution + labor trafficking. Frank emailed today asking to move all 3 accts to a new LLC 'Jade Path Spa', same admin, same card.",
               key="raid", owner="RISK"),
             O("2017-11-06", "2017-11-20", "Jade Path Spa - transfer", "New Business", "Closed Won", 5400, "Acct transfer to new LLC per Frank.", owner="AE2"),
         ]),
    Cust("pristine", "Pristine Maids Collective", "Consumer Services", "Rockville", "MD", "20852",
         "12 Executive Blvd", "www.pristinemaids.example",
         "House cleaning and housekeeper placements.", "2015-04-13", "2018-12-31",
         "positive", "domestic_work", "2018-06-11", ("news",),
         "The 2018-06-11 note reports the owner charged with forced labour and visa fraud after the FBI recovered nine housekeepers from her house, the first red flag, and the account was renewed anyway.",
         contacts=[("Odette", "Kranz", "Owner"), ("Miles", "Vantor", "Bookkeeper")],
         area="301", employees=30, revenue=1200000, target=18, story=[
             N("2018-06-11", "FYI - customer in the news",
               "Local paper: Pristine Maids owner Odette K. charged w/ forced labor + visa fraud, FBI recovered 9 housekeepers from a house she owns, pay withheld ~2 yrs. Acct still active, Miles says 'business as usual'.",
               key="news", owner="CSM2"),
             O("2018-06-20", "2018-07-30", "Pristine Maids - Renewal 2018", "Renewal", "Closed Won", 6000, "Renewed, Miles signed.", owner="CSM2"),
             T("2018-08-14", "Miles - delete worker accts", "Wants 9 worker accts + their GPS history deleted. Told him deletion is permanent, he confirmed. Pending.", owner="SUP1", status="Not Started"),
         ]),
    Cust("crescent", "Crescent Banquet & Event Staffing", "Hospitality", "Orlando", "FL", "32819",
         "7380 Sand Lake Rd Ste 500", "www.crescentbanquet.example",
         "Banquet servers and hotel housekeeping subcontractor.", "2018-02-05", "2020-06-30",
         "positive", "labour_recruitment", "2018-09-04", ("fr", "zero"),
         "The French in-app message of 2018-09-04 (passports taken at the airport, 14-hour days unpaid, a visa and housing debt, eight to a room, 'don't tell the boss') with the $0.00 'stagiaire' pay class shows forced labour.",
         contacts=[("Lionel", "Braddock", "Owner"), ("Ines", "Carrow", "HR Manager")],
         area="407", employees=95, revenue=4800000, target=20, story=[
             N("2018-02-12", "Onboarding", "Banquet servers + hotel housekeeping subcontracting, ~90 workers, many on J-1 / H-2B. Worker app in EN/FR/ES.", owner="CSM1"),
             CS("2018-05-21", "Pay rate $0 for stagiaires",
                "Ines wants a worker class 'stagiaire' w/ pay rate $0.00. Says interns are paid in housing/food per their program.",
                "2018-05-22", "Created class.", key="zero", owner="SUP2", who=1),
             CS("2018-09-04", "Traduction svp",
                "Msg came into in-app chat in French, need translation before routing. Original: 'Monsieur, ils ont pris nos passeports à l'aéroport. On travaille 14 heures par jour, on ne reçoit rien, ils disent que nous devons payer le visa et le logement. On dort à huit dans une chambre. Ne dites rien au patron s'il vous plaît.'",
                "2018-09-05", "Translated (passports taken at airport, 14h/day unpaid, owe visa + housing, 8 per room). Routed to customer admin per std process.", key="fr", owner="SUP3", origin="Chat", ctype="Other"),
             O("2018-12-01", "2019-01-31", "Crescent - Renewal + 40 seats", "Renewal", "Closed Won", 21600, "Renew + 40 seats for new cohort.", owner="CSM1"),
         ]),
    Cust("sunbelt", "Sunbelt Orchard Crews Inc", "Agriculture", "Yakima", "WA", "98901",
         "610 N 1st St", "www.sunbeltorchard.example",
         "Orchard harvest and pruning crews (H-2A).", "2016-03-14", "2020-03-31",
         "positive", "agriculture", "2019-04-09", ("fyi",),
         "The 'FYI - heads up' task of 2019-04-09 records a DOJ indictment of the owner and two supervisors for forced labour of H-2A workers, after which seats were added.",
         contacts=[("Hal", "Brenner", "General Manager"), ("Rosa", "Tindle", "Payroll")],
         area="509", employees=140, revenue=6500000, target=19, story=[
             N("2016-03-21", "Onboarding", "H-2A orchard crews, company housing per contract. Worker app in ES, GPS check-in per block.", owner="CSM2"),
             T("2019-04-09", "FYI - heads up",
               "Hal called about the press. DOJ release today: Sunbelt's owner + 2 supervisors indicted for forced labor of H-2A workers (passports held, threats of deportation, wages withheld). Hal: 'lawyers handling it, business as usual', wants to keep the app and add 60 seats for summer.",
               key="fyi", owner="CSM2"),
             O("2019-04-10", "2019-05-15", "Sunbelt - 60 seat add-on", "Existing Business", "Closed Won", 8640, "60 seasonal seats.", owner="AE1"),
         ]),
    Cust("midnight", "Midnight Relax Outcall", "Consumer Services", "Atlanta", "GA", "30324",
         "1950 Piedmont Cir", "www.midnightrelax.example",
         "Online marketplace for independent in-call/outcall relaxation providers.", "2019-01-14", "2020-09-30",
         "positive", "escort_platform", "2019-08-19", ("filter", "reviews", "badge"),
         "The request to strip 'teen', 'young', 'FS', 'GFE' and 'roses' from listings and reviews while still publishing them 'to keep us off the radar', read with the reviews already on the site and one phone behind profiles in three cities, made the escort marketplace knowable on 2019-08-19.",
         contacts=[("Derek", "Pollan", "Founder"), ("Amber", "Seaton", "Operations")],
         area="404", employees=6, revenue=700000, target=18, story=[
             N("2019-01-22", "Onboarding", "Marketplace: independent 'in-call/outcall relaxation providers' list on booking pages under Midnight Relax brand. ~200 providers, 6 cities.", owner="CSM1"),
             CS("2019-03-18", "Review moderation queue",
                "Wants provider reviews auto-published, no queue. Sample reviews they sent: 'new in town, so sweet', 'looks just like her pics', 'worth every penny'.",
                "2019-03-19", "Set auto-publish.", key="reviews", owner="SUP1"),
             T("2019-05-06", "Verified badge request",
               "Derek wants 'Real pics verified' badge on provider cards. Noticed 4 providers share 1 phone # across ATL, Charlotte, Nashville profiles - Derek says it's their 'booking manager'.",
               key="badge", owner="CSM1"),
             CS("2019-08-19", "Custom filter - listings & reviews",
                "Services req: auto-replace words in provider listings + reviews before publish: 'teen' -> '', 'young' -> 'youthful', 'FS', 'bbbj', 'GFE', 'roses' -> ''. Derek: 'keeps us off the radar, the ads still go up'. Quote ~24h SE.",
                "2019-09-13", "Built + deployed word filter v1.", key="filter", owner="SE1", ctype="Feature Request"),
             O("2019-08-20", "2019-09-05", "Midnight Relax - custom filter SOW", "Existing Business", "Closed Won", 4800, "24h services, word filter.", owner="AE2"),
             CS("2020-03-02", "Processor terminated", "Derek says their processor dropped them, wants to switch booking payments to crypto checkout.",
                None, "", owner="SUP2", status="Working"),
         ]),
]

# ========================================================== HARD NEGATIVES
NEG = [
    Cust("tidytask", "TidyTask Marketplace Inc", "Technology", "Denver", "CO", "80202",
         "1600 Wynkoop St Ste 300", "www.tidytask.example",
         "Online marketplace for home cleaning and handyman pros; uses our scheduling API white-label.", "2016-03-01", "2020-06-30",
         "negative", "hard:marketplace_offboards_sellers",
         rationale="The marketplace's own T&S team kicked off and delisted providers whose listings were escort ads, reported one to NCMEC and asked us to preserve logs; it is the detector, not the venture.",
         contacts=[("Priya", "Landsman", "Head of Trust & Safety"), ("Colin", "Dray", "VP Engineering")],
         area="303", employees=120, revenue=14000000, target=21, story=[
             N("2016-03-09", "acct overview", "Marketplace of ~2k independent cleaners + handymen. Our scheduling API powers each pro's calendar + booking widget, white-labeled.", owner="AE1"),
             CS("2016-09-12", "Bulk deactivate provider calendars via API",
                "T&S lead Priya: they kicked off 14 'providers' whose listings were really escort ads posted under 'in-home relaxation / deep tissue'. Need the calendars + booking links dead immediately.",
                "2016-09-12", "Walked Colin thru bulk DELETE /calendars. Confirmed all 14 booking pages 404.", owner="SUP2", prio="High", ctype="Question"),
             T("2017-02-07", "call w/ T&S",
               "Their T&S reported one delisted listing to NCMEC (ad looked like it featured a minor). Asked if our booking logs can be preserved for LE - told them to send a preservation letter to legal@.", owner="CSM1"),
             CS("2017-02-10", "Preservation request",
                "Customer counsel letter: preserve booking + message logs for 3 delisted provider accts, police investigating the providers.",
                "2017-02-15", "Legal confirmed 90-day preservation, customer notified. They're cooperating w/ PD.", owner="LEGAL", ctype="Legal"),
             N("2018-05-14", "T&S metrics", "Priya: <0.3% of listings get removed for prohibited services. Want a webhook when a pro edits service titles so their mod team re-reviews.", owner="CSM1"),
             O("2018-05-20", "2018-07-02", "TidyTask - moderation webhook SOW", "Existing Business", "Closed Won", 12500, "Webhook on service-title edits for their moderation queue.", owner="AE1"),
         ]),
    Cust("keystone", "Keystone Merchant Payments LLC", "Financial Services", "Columbus", "OH", "43215",
         "250 W Nationwide Blvd", "www.keystonemp.example",
         "Payment facilitator for small service businesses; resells our app bundled with card processing.", "2014-06-02", "2020-08-31",
         "negative", "hard:payments_offboards_merchants",
         rationale="A payfac partner that MATCH-listed and filed a SAR on its own sub-merchants over escort ads and a suspicious payroll pattern, then asked us to disable them; it polices its merchants.",
         contacts=[("Warren", "Ashby", "Partnerships Director"), ("Leigh", "Okonjo-Pratt", "BSA/AML Officer")],
         area="614", employees=210, revenue=38000000, target=20, atype="Partner", story=[
             N("2014-06-10", "partner overview", "Payfac, ~900 sub-merchants (plumbers, salons, cleaners, movers) get our app bundled w/ Keystone card processing. Rev share.", owner="AE2"),
             CS("2015-11-03", "Sub-merchant terminated - disable bundle",
                "Keystone risk terminated sub-merchant 'Orchid Palms Mobile Spa' after a chargeback spike + its booking link showing up in ads on an adult site. Merchant has been MATCH-listed. Pls disable their CrewLoop bundle seat.",
                "2015-11-03", "Disabled. Keystone to handle merchant comms.", owner="SUP1", prio="High"),
             T("2016-04-19", "Risk call w/ Keystone BSA",
               "Leigh: they filed a SAR on a sub-merchant cleaning agency (40 workers' wages all landing in one acct). Asked if we have worker roster data; told her we need formal LE process for that, she said they already referred it. No action for us.", owner="RISK", who=1),
             CS("2016-04-25", "API: merchant status webhook",
                "Want us to auto-suspend a bundle seat when Keystone flips merchant status to 'terminated'.",
                "2016-06-01", "Shipped status webhook.", owner="SE1", ctype="Feature Request"),
             E("2017-03-08", "Partner QBR", "Keystone offboarded 11 merchants this yr for prohibited biz (adult, escort, MLM). Want our resale terms to mirror their AUP. Legal to redline.", owner="AE2", mins=60),
         ]),
    Cust("shiftbridge", "ShiftBridge Labor Marketplace", "Staffing & Recruiting", "Phoenix", "AZ", "85004",
         "2 N Central Ave Ste 1800", "www.shiftbridge.example",
         "Marketplace matching staffing agencies to warehouse and event shifts.", "2017-05-15", "2020-10-31",
         "negative", "hard:marketplace_offboards_sellers",
         rationale="ShiftBridge cut off an agency after its workers said the agency took their passports and charged visa fees, reported it to DOL and the hotline, and asked us to freeze data for investigators.",
         contacts=[("Marisol", "Kettering", "Director of Ops"), ("Aaron", "Vell", "General Counsel")],
         area="602", employees=75, revenue=9000000, target=20, story=[
             N("2017-05-22", "acct summary", "Marketplace; ~40 staffing agencies post shifts, workers check in thru our worker app. Integration built by our services team.", owner="AE1"),
             CS("2018-08-13", "Remove agency from shift feed - urgent",
                "'We cut off Prime Crew Staffing this morning,' per Marisol. Workers told ShiftBridge ops (in Spanish) 'la agencia nos cobra la visa y tiene nuestros pasaportes'. ShiftBridge reported to DOL + the national hotline. Need the agency's 60 worker profiles frozen, not deleted, for investigators.",
                "2018-08-14", "Frozen per request, audit log exported to ShiftBridge counsel (Aaron).", owner="SUP3", prio="High"),
             CS("2018-10-02", "Attestation field in agency onboarding",
                "They now require agencies to attest 'no recruitment fees charged to workers, workers hold own documents'. Need a required checkbox + upload in the agency onboarding flow.",
                "2018-10-30", "SE built required attestation step.", owner="SE1", ctype="Feature Request"),
             T("2019-01-15", "LE request routed", "DOL investigator contacted us re Prime Crew worker check-ins. Routed to Legal; ShiftBridge had already consented.", owner="LEGAL"),
         ]),
    Cust("homefixpay", "HomeFix Pay", "Financial Services", "Tampa", "FL", "33602",
         "401 E Jackson St Ste 2340", "www.homefixpay.example",
         "Invoicing and card payments app for contractors and cleaners; embeds our booking widget.", "2016-09-06", "2020-12-31",
         "negative", "hard:payments_offboards_merchants",
         rationale="HomeFix Pay terminated a 'house cleaning' merchant it found operating as a residential brothel and filed a report; the wrongdoer was its merchant, which it removed.",
         contacts=[("Gavin", "Rourke", "COO"), ("Teresa", "Blanchet", "Risk Analyst")],
         area="813", employees=50, revenue=6000000, target=19, story=[
             CS("2017-06-27", "Merchant off platform - remove widget",
                "Teresa (risk): merchant 'Sunshine Sparkle Cleaning' was terminated on their side - appointments were 45-min bookings at an apartment, all 'cleaners' listed at one address, reviews on a buyer board. They filed a SAR and told local PD. Pls pull the embedded booking widget today.",
                "2017-06-27", "Widget key revoked. Merchant's booking page now shows 'unavailable'.", owner="SUP2", prio="High", who=1),
             N("2017-07-10", "Risk sync", "HomeFix asked if we see the same merchant on other partners - we don't share across partners w/o LE request, explained.", owner="RISK"),
             O("2018-08-01", "2018-09-30", "HomeFix Pay - renewal + widget v2", "Renewal", "Closed Won", 24000, "Renewal incl. widget v2.", owner="AE2"),
         ]),
    Cust("opendoor", "Open Door Outreach Coalition", "Non-Profit", "Oakland", "CA", "94612",
         "1440 Broadway Ste 700", "www.opendooroutreach.example",
         "Anti-trafficking nonprofit: street outreach, case management, survivor services.", "2015-08-03", "2020-11-30",
         "negative", "hard:ngo",
         rationale="An anti-trafficking nonprofit whose outreach intake asks about held IDs, debts and minors; every alarming word describes the people it helps.",
         contacts=[("Yolanda", "Petrakis", "Executive Director"), ("Sam", "Whitcombe", "Outreach Coordinator")],
         area="510", employees=28, revenue=1700000, target=20, story=[
             N("2015-08-10", "Nonprofit pricing", "Approved 50% nonprofit discount. Outreach teams use worker app + GPS check-in for staff safety on night outreach near motels + truck stops.", owner="AE1"),
             CS("2015-09-14", "Custom intake form fields",
                "Intake form for outreach workers: 'Does someone else hold your ID/passport?', 'Do you owe money to an employer or recruiter?', 'Are you under 18?', 'Can you leave your job/housing if you want to?'. Need conditional logic + answers NEVER shown in SMS previews.",
                "2015-09-30", "Built conditional form; SMS previews suppressed for 'intake' job type.", owner="SE1", ctype="Feature Request"),
             T("2015-10-05", "Spanish copy for intake", "Sam sent translations, e.g. '¿Alguien le quitó sus documentos?' / '¿Le deben dinero o usted debe dinero a su patrón?'. Loaded ES + Tagalog.", owner="SE1"),
             CS("2016-03-21", "Hide client addresses from GPS history",
                "Clients are survivors, some still in contact w/ their trafficker. Staff check-ins at client homes must not be visible to all users.",
                "2016-03-24", "Location masking on 'client visit' job type, admins only.", owner="SUP1"),
             E("2017-05-09", "QBR", "1,200 outreach check-ins last qtr, 0 staff safety incidents. Want panic button in worker app.", owner="CSM2", mins=45),
             T("2018-02-12", "Grant support letter", "Yolanda asked for a letter of support for an OVC grant. Sent.", owner="AE1", ttype="Email"),
         ]),
    Cust("harborlight", "Harbor Light Shelter Services", "Non-Profit", "Baltimore", "MD", "21230",
         "Confidential - PO Box 5518", "www.harborlightshelter.example",
         "Confidential-location shelter for women and girls leaving trafficking and domestic violence.", "2016-01-18", "2020-09-30",
         "negative", "hard:shelter",
         rationale="A survivors' shelter that hides its own address and minor clients' data for safety and asks how to answer police records requests; it is a victim-services charity.",
         contacts=[("Gretchen", "Mallory", "Program Director"), ("Noor", "Haddaway", "Case Manager")],
         area="410", employees=22, revenue=1100000, target=19, story=[
             N("2016-01-25", "donated seats", "15 seats donated per community program. Caseworkers schedule home visits + court accompaniment.", owner="AE2"),
             CS("2016-02-08", "Shelter address must not appear anywhere",
                "Gretchen: shelter location is confidential - traffickers have come looking for residents before. No address on worker app, no GPS pin on home base.",
                "2016-02-10", "Set home base w/o coordinates, hid location on all job types.", owner="SUP1", prio="High"),
             CS("2016-11-14", "Minor clients - guardian fields",
                "Some residents are 16-17 (referred by county). Need guardian / caseworker contact fields + restrict who sees minors' records.",
                "2016-11-20", "Added restricted record type 'minor client'.", owner="SUP3"),
             CS("2018-03-05", "Police asked us for records?",
                "Detective asked the shelter whether 'the scheduling company' keeps visit logs on a resident (victim-witness in a trafficking case). Shelter asks what we hold.",
                "2018-03-06", "Explained: customer controls data; any LE request to us goes to Legal and we notify customer unless barred.", owner="LEGAL", ctype="Legal"),
         ]),
    Cust("castellan", "Castellan & Reyes Survivor Law PLLC", "Legal", "Houston", "TX", "77002",
         "712 Main St Ste 2200", "www.castellanreyes.example",
         "Law firm representing trafficking survivors (T-visas, civil suits).", "2017-02-06", "2020-12-31",
         "negative", "hard:law_firm",
         rationale="A plaintiffs' law firm for trafficking survivors scheduling investigators and client meetings; references to traffickers, forced labour and subpoenas are about its cases.",
         contacts=[("Elena", "Castellan", "Managing Partner"), ("Dwight", "Oyelaran", "Investigator")],
         area="713", employees=18, revenue=3400000, target=18, story=[
             N("2017-02-13", "acct notes", "Survivor law firm. Investigators do field interviews (clients, witnesses) - using dispatch + GPS check-in for investigator safety.", owner="AE1"),
             CS("2017-08-21", "Litigation hold on investigator logs",
                "Firm filed civil suit vs. a labor contractor accused of forced labor of its clients; opposing counsel may subpoena investigator visit logs. Want retention extended to 7 yrs.",
                "2017-08-23", "Retention set to 7 yrs on their acct.", owner="SUP2", ctype="Legal"),
             T("2018-04-03", "T-visa client reminders", "Elena wants SMS reminders in ES/PT for client appts (T-visa interviews). Set up templates.", owner="CSM1"),
             E("2019-06-11", "QBR", "~40 active survivor clients. Asked for client-facing booking page w/ no names in confirmations.", owner="CSM1"),
         ]),
    Cust("meridian", "Meridian Hospitality Group", "Hospitality", "Nashville", "TN", "37203",
         "300 12th Ave S", "www.meridianhospitality.example",
         "Owner-operator of 14 select-service hotels; housekeeping and maintenance dispatch.", "2015-04-20", "2020-12-31",
         "negative", "hard:hotel_reporting",
         rationale="A hotel group adding a 'report suspected trafficking' button, staff training and a law-enforcement request process to its housekeeping app; it builds reporting, not exploitation.",
         contacts=[("Barbara", "Linwood", "VP Operations"), ("Jerome", "Castaneda", "Director of Safety & Security")],
         area="615", employees=900, revenue=88000000, target=21, story=[
             N("2015-04-27", "acct summary", "14 hotels, ~400 housekeepers + maintenance. Room-attendant dispatch + timesheets.", owner="AE2"),
             CS("2016-06-06", "Report concern button in housekeeper app",
                "Jerome: want a 'Report a concern' button - if a room attendant sees signs of trafficking (minors w/ older adult, DND 3+ days, lots of visitors) it pages the MOD + security. Must be silent on the device.",
                "2016-08-15", "Built silent report job type routed to MOD + security.", owner="SE1", ctype="Feature Request"),
             T("2016-09-12", "Training module assign", "Assign 'Recognizing trafficking' video to all housekeepers in app, track completion by property.", owner="CSM2"),
             CS("2017-03-27", "LE request process",
                "GM at Memphis property got a police subpoena for room-attendant entry logs. Want a 'legal export' role so only security can pull it.",
                "2017-03-29", "Created legal export role, Jerome only.", owner="SUP2", ctype="Question"),
             E("2018-01-17", "QBR", "Report button used 23 times last yr; 3 led to police calls. Want monthly stats per hotel.", owner="CSM2", mins=60),
         ]),
    Cust("portalden", "Port Alden Police Department", "Government", "Port Alden", "WA", "98368",
         "800 Harbor St", "www.portaldenpd.example",
         "Municipal police department; off-duty detail and special-unit scheduling.", "2016-10-03", "2020-12-31",
         "negative", "hard:police",
         rationale="A police department scheduling off-duty details and a vice/human-trafficking unit; mentions of stings, minors and records requests are its law-enforcement work.",
         contacts=[("Lt. Karen", "Osgood", "Administrative Lieutenant"), ("Sgt. Dale", "Fenwick", "Vice / HT Unit Supervisor")],
         area="360", employees=85, revenue=0, target=18, atype="Customer - Government", story=[
             N("2016-10-10", "Gov contract", "Via state cooperative contract. Off-duty detail scheduling + special unit shift templates.", owner="AE1"),
             CS("2017-01-23", "Hide covert job type",
                "Sgt Fenwick: HT/vice unit ops (motel stings, minor recovery ops w/ FBI task force) must not show on the general roster. Need a restricted job type.",
                "2017-01-25", "Created restricted 'unit ops' type, visible to unit + command only.", owner="SUP1", prio="High"),
             CS("2017-06-12", "Public records request",
                "PRA request from a reporter for off-duty detail schedules (unrelated theft case at a car dealership). Lt Osgood asks how to export.",
                "2017-06-13", "Sent export steps; redaction is on them.", owner="SUP2"),
             T("2018-02-05", "CJIS question", "Asked whether we're CJIS compliant - we're not storing CJI, told them not to put CJI in job notes.", owner="SE1"),
         ]),
    Cust("wpu", "Western Plains University - Labor Exploitation Research Lab", "Education", "Lincoln", "NE", "68508",
         "1400 R St, Hall B 210", "www.wpu.example",
         "University research lab; field survey teams studying recruitment fees and labour exploitation.", "2017-08-21", "2020-06-30",
         "negative", "hard:researcher",
         rationale="A university lab whose survey teams interview farmworkers about debt bondage and held documents; it studies exploitation.",
         contacts=[("Dr. Miriam", "Stoltz", "Principal Investigator"), ("Kofi", "Branagan", "Research Coordinator")],
         area="402", employees=12, revenue=0, target=17, atype="Customer - Education", story=[
             N("2017-08-28", "PO + grant", "Paid via PO, grant-funded. Field teams (2-3 enumerators) visit labor camps + worker housing in 3 states for a survey on recruitment fees + debt.", owner="AE2"),
             CS("2017-09-18", "IRB: no GPS at respondent homes",
                "IRB requires we don't store GPS coords at respondents' homes (respondents may be victims of debt bondage / passport confiscation, identifiable). Need check-in w/o location for 'interview' jobs.",
                "2017-09-25", "Disabled location capture for 'interview' job type.", owner="SE1", ctype="Feature Request"),
             T("2018-05-14", "Invoice to grants office", "Resent INV to sponsored programs office w/ PO #.", owner="CSM1", ttype="Email"),
         ]),
    Cust("bluewater", "Bluewater Growers Cooperative", "Agriculture", "Hood River", "OR", "97031",
         "3200 Tucker Rd", "www.bluewatergrowers.example",
         "Fruit growers cooperative with H-2A and local crews.", "2014-02-10", "2020-11-30",
         "negative", "hard:agriculture_ordinary",
         rationale="A growers co-op using H-2A crews with inspected housing, a clean DOL audit and workers who keep their own phones; Spanish messages are ordinary shift questions.",
         contacts=[("Janet", "Overbeck", "HR & Compliance"), ("Luis", "Aranda", "Field Supervisor")],
         area="541", employees=210, revenue=21000000, target=20, story=[
             N("2014-02-17", "Onboarding", "Co-op, ~180 seasonal workers incl H-2A. Housing inspected per program rules. Workers use their own phones, app in ES.", owner="CSM2"),
             T("2015-05-20", "Housing inspection scheduling", "Janet wants recurring job type for state housing inspections at 4 camps. Set up.", owner="CSM2"),
             CS("2016-07-11", "Worker msg translation bug",
                "Worker msgs in ES showing garbled accents, e.g. '¿Puedo cambiar mi turno del sábado?' shows as '?Puedo...'.",
                "2016-07-12", "Encoding fix shipped.", owner="SUP1", ctype="Problem"),
             CS("2017-09-05", "DOL audit export",
                "DOL WHD doing routine H-2A audit. Need timesheets + piece-rate records for 2016-17 season.",
                "2017-09-06", "Exported. Janet later: 'audit closed, no findings'.", owner="SUP2"),
             T("2018-03-02", "Piece-rate tracking", "Luis wants bins-per-worker tracked in app to reconcile piece rate vs hourly min. Sent to SE.", owner="CSM2", who=1),
         ]),
    Cust("evergreen", "Evergreen Companion Care", "Healthcare", "Madison", "WI", "53704",
         "2901 E Washington Ave", "www.evergreencompanion.example",
         "Non-medical in-home care agency.", "2015-10-05", "2020-12-31",
         "negative", "hard:employee_victim",
         rationale="An in-home care agency whose caregiver was assaulted and robbed at a client's home; the customer's employee is the victim and the agency asked for a panic button and GPS logs for the detective.",
         contacts=[("Patrice", "Honeywell", "Administrator"), ("Gabe", "Liska", "Scheduling Coordinator")],
         area="608", employees=130, revenue=5600000, target=20, story=[
             N("2015-10-12", "Onboarding", "130 caregivers, EVV for Medicaid waiver clients. Background check integration requested.", owner="CSM1"),
             CS("2016-01-18", "Background check integration",
                "Want caregiver background checks (state registry + caregiver misconduct list) to gate scheduling.",
                "2016-02-20", "Integration live.", owner="SE1", ctype="Feature Request"),
             CS("2017-11-27", "Caregiver assaulted - need GPS log",
                "Patrice: one of their caregivers was assaulted + robbed by a client's adult son during a visit Sat. She filed a police report; detective wants her check-in/out times + location. How do they export?",
                "2017-11-27", "Walked Patrice thru single-worker GPS export. Sent.", owner="SUP3", prio="High"),
             T("2017-12-04", "Panic button request", "'Our aides go into homes alone' - Gabe wants panic button in worker app. Logged as FR, beta in Q1.", owner="CSM1", who=1),
         ]),
    Cust("serenity", "Serenity Touch Massage School & Clinic", "Education", "Boulder", "CO", "80301",
         "4800 Baseline Rd Ste E", "www.serenitytouch.example",
         "Licensed massage therapy school with student clinic and mobile chair-massage service.", "2016-04-04", "2020-10-31",
         "negative", "hard:spa_ordinary",
         rationale="A licensed massage school that requires license numbers and draping consent, and banned and reported a client who solicited a student; the customer acted against the misconduct.",
         contacts=[("Colette", "Hargrove", "Director"), ("Rafe", "Dunning", "Clinic Coordinator")],
         area="303", employees=35, revenue=2100000, target=19, story=[
             CS("2016-04-18", "Make license # required",
                "Want license / student permit # a required field on every therapist profile + shown on booking page.",
                "2016-04-19", "Field set to required + public.", owner="SUP1"),
             CS("2017-10-09", "Block a client",
                "Client used booking notes to ask a student therapist for 'extras'. School banned him, reported to police + state board. Need block by phone # + email so he can't rebook.",
                "2017-10-09", "Added block list feature flag, both identifiers blocked.", owner="SUP2", prio="High", who=1),
             T("2018-01-22", "Draping consent form", "Colette wants a draping/consent acknowledgement on booking page for clinic. Done.", owner="CSM2"),
         ]),
    Cust("sparkle", "Sparkle Squad Cleaning Co", "Consumer Services", "Raleigh", "NC", "27603",
         "620 Hillsborough St", "www.sparklesquad.example",
         "Residential and office cleaning.", "2016-06-13", "2020-12-31",
         "negative", "hard:victim_of_crime",
         rationale="A cleaning company that was the victim of payroll-diversion phishing, an email breach and theft of a company tablet; police reports here are about crimes against it.",
         contacts=[("Dana", "Whitlock", "Owner"), ("Marcus", "Tebbe", "Office Manager")],
         area="919", employees=40, revenue=1600000, target=19, story=[
             CS("2018-02-12", "Direct deposit changed - fraud?",
                "Dana: 8 cleaners didn't get paid Fri. Direct deposit changed on all 8 last wk from an admin login. Marcus's email was phished.",
                "2018-02-14", "Audit log shows login from unfamiliar IP using Marcus's creds. Reverted, forced reset, enforced 2FA. Customer filed police report + bank fraud claim.", owner="SUP3", prio="High", ctype="Problem"),
             T("2018-02-20", "Police report # for audit log", "Detective needs our audit log excerpt; customer sent report #, Legal released to customer.", owner="LEGAL"),
             CS("2019-05-06", "Tablet stolen from car",
                "Company tablet w/ admin app stolen from Marcus's car. Remote wipe pls.",
                "2019-05-06", "Wiped + session revoked.", owner="SUP1", prio="High"),
         ]),
    Cust("northside", "Northside Youth Soccer League", "Non-Profit", "Minneapolis", "MN", "55418",
         "PO Box 18102", "www.northsideyouthsoccer.example",
         "Youth soccer league (U6-U18), volunteer coaches and field crews.", "2017-02-27", "2020-08-31",
         "negative", "hard:safeguarding",
         rationale="A youth sports league whose records about minors, background checks, safeguarding training and a police report concern ordinary child-safety compliance and a theft of equipment.",
         contacts=[("Heidi", "Sorensen", "League Administrator"), ("Tom", "Rasku", "Fields Coordinator")],
         area="612", employees=6, revenue=400000, target=18, story=[
             CS("2017-03-13", "Background checks for coaches",
                "Every coach + ref working w/ minors needs a cleared background check + safeguarding course before they can be scheduled.",
                "2017-03-30", "Built gating rule: no cert, no assignment.", owner="SE1", ctype="Feature Request"),
             T("2017-04-10", "Parent contacts", "Minor players' parent/guardian contact fields added to team rosters; only coaches of that team see them.", owner="CSM2"),
             CS("2018-06-04", "Police report - shed break in",
                "Someone broke into the equipment shed at Field 3. Police want the field crew schedule for that weekend.",
                "2018-06-04", "Showed Tom how to export schedule for date range.", owner="SUP2"),
         ]),
    Cust("granitepeak", "Granite Peak Builders", "Construction", "Boise", "ID", "83702",
         "1010 W Jefferson St", "www.granitepeakbuilders.example",
         "Residential and light commercial general contractor.", "2014-03-17", "2020-12-31",
         "negative", "hard:ex_employee_arrested",
         rationale="A former foreman who left in 2016 was arrested for trafficking on his own crew elsewhere; Granite Peak was not involved and cooperated with HSI's request for his old timesheets.",
         contacts=[("Neil", "Ambrose", "President"), ("Kathy", "Strand", "Controller")],
         area="208", employees=110, revenue=24000000, target=20, story=[
             N("2014-03-24", "acct summary", "GC, ~100 field staff incl. subs' crews checking in on site. Uses timesheets + job costing export.", owner="AE1"),
             CS("2018-10-15", "HSI request re former employee",
                "Kathy: HSI agent asked them for 2015-16 timesheets of a former foreman (left Granite Peak in 2016) who was arrested last month for labor trafficking running his own drywall crew in Nevada. Granite Peak not a subject, cooperating. Wants to export his old records.",
                "2018-10-16", "Exported archived timesheets for that user; customer sent to HSI.", owner="SUP1", ctype="Question", who=1),
             N("2018-10-16", "fyi", "Per Neil: guy left on bad terms in 2016, they never used his crew. Nothing needed from us.", owner="CSM1"),
         ]),
    Cust("atlas", "Atlas Long Haul Movers", "Transportation", "Indianapolis", "IN", "46241",
         "5600 W Raymond St", "www.atlaslonghaul.example",
         "Interstate household goods mover.", "2013-05-06", "2020-06-30",
         "negative", "hard:routine_after_ambiguous",
         rationale="One note that crews 'sleep in the truck' turns out to be team drivers logging sleeper-berth time under DOT hours-of-service; everything else is routine renewals.",
         contacts=[("Brenda", "Kowalczyk", "Operations Manager"), ("Jim", "Pfeffer", "Owner")],
         area="317", employees=65, revenue=7800000, target=21, story=[
             N("2015-08-19", "call notes", "Brenda mentioned crews 'sleep in the truck' on cross-country runs, asked if app can log that time. Context: team drivers, DOT hours-of-service sleeper berth. Pointed her to ELD integration, nothing odd.", owner="CSM2"),
         ]),
    Cust("crossroads", "Crossroads Travel Plaza", "Retail", "Joplin", "MO", "64804",
         "I-44 Exit 4, 2100 Range Line Rd", "www.crossroadstravelplaza.example",
         "Truck stop: fuel, diner, showers, truck service; janitorial and maintenance crews.", "2015-01-12", "2020-12-31",
         "negative", "hard:truck_stop",
         rationale="A truck stop whose night manager called the sheriff when a young girl was seen going truck to truck; the man arrested was a guest, staff are trained and report, and the customer only supplied logs to the deputy.",
         contacts=[("Roy", "Dellinger", "General Manager"), ("Tina", "Marsh-Ocampo", "Night Manager")],
         area="417", employees=75, revenue=19000000, target=19, story=[
             N("2015-01-19", "Onboarding", "Janitorial, shower attendants, truck service bays. 24/7 shifts, 3 crews.", owner="CSM1"),
             T("2016-03-07", "Training tracking", "Roy wants completion tracked for the 'Road Watch' anti-trafficking training + hotline posters check in restrooms as a recurring janitorial task.", owner="CSM1"),
             CS("2017-07-24", "Need night crew check-ins for sheriff",
                "Tina: Sat night she saw a young girl going truck to truck in the back lot, called the sheriff. Deputies arrested a man (a guest, not staff). Deputy asked for the janitorial crew's check-in times that night as witnesses.",
                "2017-07-24", "Exported 7/22 night crew check-ins for Tina.", owner="SUP2", prio="High", who=1),
             T("2017-08-01", "Security patrol job type", "Added hourly lot patrol job type w/ photo check-in, per Roy after the incident.", owner="SUP1"),
         ]),
    Cust("littleharbor", "Little Harbor Au Pair Exchange", "Non-Profit", "Stamford", "CT", "06901",
         "1 Landmark Sq Ste 900", "www.littleharboraupair.example",
         "Designated au pair exchange sponsor; local coordinators visit host families.", "2016-08-08", "2020-12-31",
         "negative", "hard:au_pair_ordinary",
         rationale="An au pair sponsor whose coordinator found a host family holding an au pair's passport, rematched her within 48 hours and removed the family; the agency protected the worker.",
         contacts=[("Ingrid", "Vasko", "Program Director"), ("Carla", "Montrose", "Local Coordinator")],
         area="203", employees=40, revenue=6200000, target=20, story=[
             N("2016-08-15", "acct notes", "~300 au pairs. Local coordinators do monthly host-family visits via the app; check-in photo + visit form.", owner="AE2"),
             CS("2018-02-26", "Urgent visit form change",
                "Carla's visit found host family holding au pair's passport 'for safekeeping' + 55h weeks. Agency moved the au pair out same day, rematched within 48h, removed the family from the program, reported to State Dept sponsor office. Want visit form to ask 'Do you have your passport?' + 'hours last week' going fwd.",
                "2018-03-02", "Added 2 required questions to visit form.", owner="SE1", prio="High", who=1),
             T("2018-03-12", "Follow up", "Carla fwd msg from the au pair: 'Obrigada pela ajuda, estou bem com a nova família.' All good.", owner="CSM1", who=1),
         ]),
    Cust("aurora", "Aurora Model & Talent", "Entertainment", "Los Angeles", "CA", "90038",
         "6565 Santa Monica Blvd Ste 4", "www.auroratalent.example",
         "Modeling and commercial talent agency incl. minors with entertainment work permits.", "2017-03-06", "2020-09-30",
         "negative", "hard:modelling_ordinary",
         rationale="A talent agency that enforces guardian check-in and work permits for minor models and refused a photographer who wanted a minor alone in a hotel; the records are compliance, not exploitation.",
         contacts=[("Simone", "Ardley", "Agency Director"), ("Jake", "Fortier", "Bookings")],
         area="323", employees=14, revenue=2700000, target=18, story=[
             CS("2017-04-17", "Guardian check-in for minors",
                "Models 14-17 need a parent/guardian checked in on set + valid entertainment work permit # before booking confirms.",
                "2017-05-01", "Built guardian check-in + permit field gating.", owner="SE1", ctype="Feature Request"),
             T("2018-09-10", "Client banned", "Jake: photographer asked to book a 15 y/o 'alone, at my hotel, no mom'. Agency refused + banned him. Wants a client blocklist in booking. Logged FR.", owner="CSM2", who=1),
         ]),
]

# ================================================================ ORDINARY
ORD = [
    Cust("sunnyside", "Sunnyside Bakery & Catering", "Food & Beverage", "Portland", "ME", "04101",
         "211 Commercial St", "www.sunnysidebakery.example", "Bakery with catering delivery drivers.", "2015-06-01", "2020-06-30",
         "negative", "ordinary", rationale="Bakery scheduling catering deliveries; routine records only.",
         contacts=[("Abby", "Tremblay", "Owner"), ("Jon", "Pike", "Catering Manager")], area="207", employees=25, revenue=1400000, target=17),
    Cust("coolbreeze", "Coolbreeze HVAC Services", "Construction", "San Antonio", "TX", "78216",
         "9900 Broadway", "www.coolbreezehvac.example", "Residential HVAC install and repair.", "2013-04-15", "2020-12-31",
         "negative", "ordinary", rationale="HVAC contractor with routine dispatch and billing records.",
         contacts=[("Ray", "Quintana", "Owner"), ("Lori", "Beck", "Dispatcher")], area="210", employees=32, revenue=4100000, target=21),
    Cust("dripstop", "Drip Stop Plumbing", "Construction", "Columbus", "OH", "43220",
         "1750 W Lane Ave", "www.dripstopplumbing.example", "Plumbing service and drain cleaning.", "2014-09-08", "2020-10-31",
         "negative", "ordinary", rationale="Plumbing contractor; routine onboarding, renewals and support.",
         contacts=[("Mike", "Ostrander", "Owner"), ("Kelly", "Ruiz", "Office Manager")], area="614", employees=18, revenue=2200000, target=19),
    Cust("kindling", "Kindling Social Inc", "Technology", "Austin", "TX", "78701",
         "500 W 5th St Ste 1100", "www.kindlingsocial.example",
         "Dating app that also runs in-person singles events; event staff and venue crews scheduled in our app.", "2017-06-05", "2020-12-31",
         "negative", "hard:dating_low_spam",
         rationale="A dating app whose T&S team removes escort/spam profiles (about 0.4% of sign-ups), reports suspected minors to NCMEC and checks ages at events; it removes the abuse.",
         contacts=[("Nadia", "Brightwater", "Head of Trust & Safety"), ("Owen", "Falkner", "Events Manager")],
         area="512", employees=90, revenue=12000000, target=19, story=[
             N("2017-06-12", "acct summary", "Dating app + ~30 singles events/mo. Our app schedules event hosts, door staff, venue crews + public event booking pages.", owner="AE1"),
             E("2018-04-24", "QBR w/ T&S + Events", "Nadia: escort/spam profiles ~0.4% of sign-ups, auto-removed by their classifier + human review; suspected minors reported to NCMEC. Asks if our event booking page can block emails they've banned in-app. Scoped.", owner="CSM2", mins=45),
             CS("2018-05-14", "Sync banned users to event booking",
                "Want a nightly import of banned emails/phones (escort spam, scammers) so those people can't book singles events.",
                "2018-06-08", "Blocklist import shipped via API.", owner="SE1", ctype="Feature Request"),
             T("2019-02-11", "Door staff ID check step", "Owen: 21+ bar events, door staff must tick 'ID checked' per attendee in worker app. Added checklist.", owner="CSM2", who=1),
         ]),
    Cust("summit", "Summit Temp Staffing", "Staffing & Recruiting", "Louisville", "KY", "40213",
         "4300 Poplar Level Rd", "www.summittemps.example",
         "Light-industrial temp staffing for warehouses and plants.", "2015-09-14", "2020-12-31",
         "negative", "hard:staffing_ordinary",
         rationale="An ordinary temp agency: E-Verify, workers' comp, a company shuttle to job sites and agency-paid hotel rooms for a travelling shutdown crew, with workers keeping their own documents and pay.",
         contacts=[("Renee", "Gallagher", "Branch Manager"), ("Hank", "Osei-Lund", "Payroll Lead")],
         area="502", employees=25, revenue=11000000, target=19, story=[
             N("2015-09-21", "Onboarding", "~350 temps/wk across 12 client sites. Worker app for shift offers + GPS clock-in. Shuttle van picks up at 2 branch lots 5am.", owner="CSM1"),
             CS("2016-02-15", "I-9 / E-Verify status field",
                "Need E-Verify case status on worker profile so unverified workers can't be offered shifts.",
                "2016-02-25", "Custom field + shift-offer rule added.", owner="SE1", ctype="Feature Request"),
             T("2017-10-03", "Shutdown project - travel crew", "40 temps going to a plant shutdown in IN for 3 wks. Agency pays hotel + per diem, wants per diem as separate pay code not a deduction. Set up.", owner="CSM1"),
             CS("2018-01-29", "Workers comp report",
                "Need hours by job class for workers' comp audit.",
                "2018-01-30", "Sent custom report.", owner="SUP2", who=1),
         ]),
    Cust("liftwell", "Liftwell Elevator Service", "Machinery", "Chicago", "IL", "60607",
         "1200 W Van Buren St", "www.liftwell.example", "Elevator inspection and maintenance.", "2012-09-10", "2020-12-31",
         "negative", "ordinary", rationale="Elevator maintenance contractor; routine records.",
         contacts=[("Greg", "Nowicki", "Service Director"), ("Alma", "Reyes-Dunn", "Scheduler")], area="312", employees=60, revenue=9000000, target=20),
]

CUSTOMERS = []
_order = ["brightnest", "tidytask", "sunnyside", "kindred", "opendoor", "keystone", "greenline", "meridian",
          "coolbreeze", "ridgeback", "harborlight", "shiftbridge", "vallesereno", "castellan", "bluewater",
          "tworivers", "portalden", "dripstop", "velvethour", "evergreen", "homefixpay", "gilded", "wpu",
          "serenity", "horizon", "kindling", "sparkle", "lotusgarden", "granitepeak", "northside", "pristine",
          "atlas", "summit", "crescent", "crossroads", "littleharbor", "sunbelt", "aurora", "midnight", "liftwell"]
_all = {c.key: c for c in POS + NEG + ORD}
assert len(_all) == 40 and set(_order) == set(_all), (len(_all), set(_all) ^ set(_order))
CUSTOMERS = [_all[k] for k in _order]



if __name__ == "__main__":
    rows, labels = build(CUSTOMERS)
    for k, v in rows.items():
        write(k, v)
    write("labels", labels)
    print({k: len(v) for k, v in rows.items()}, len(labels))
