#!/usr/bin/env python3
"""Part G generator: fictional Salesforce export of a marketing-automation / CRM SaaS
vendor (seats, professional-services build-outs, support) selling to SMBs.
Deterministic: run it and it rewrites the CSVs in this folder."""
import csv, os, random, datetime as dt

OUT = os.path.dirname(os.path.abspath(__file__))
TAG = "EVG"
_counter = [100]
def nid(prefix):
    _counter[0] += 1
    return f"{prefix}{TAG}{_counter[0]:012d}"

# Users (OwnerId) -- 005 prefix, fixed counters 1..12
U = {k: f"005{TAG}{i:012d}" for i, k in enumerate(
    ["ae1", "ae2", "ae3", "csm1", "csm2", "csm3", "sup1", "sup2", "sup3", "ps1", "risk1", "fin1"], start=1)}
AE = ["ae1", "ae2", "ae3"]; CSM = ["csm1", "csm2", "csm3"]; SUP = ["sup1", "sup2", "sup3"]

def D(s):
    return dt.date.fromisoformat(s)
def dts(d, h=None, m=None, rng=None):
    rng = rng or random
    h = rng.randint(13, 23) if h is None else h
    m = rng.randint(0, 59) if m is None else m
    return f"{d.isoformat()}T{h:02d}:{m:02d}:{rng.randint(0,59):02d}.000+0000"

ROWS = {k: [] for k in ["Account", "Contact", "Opportunity", "Case", "Task", "Event", "Note"]}
COLS = {
 "Account": "Id,Name,Type,Industry,Website,Phone,BillingStreet,BillingCity,BillingState,BillingPostalCode,BillingCountry,AnnualRevenue,NumberOfEmployees,Description,OwnerId,CreatedDate".split(","),
 "Contact": "Id,AccountId,FirstName,LastName,Title,Email,Phone,MailingCity,MailingCountry,Birthdate,OwnerId,CreatedDate".split(","),
 "Opportunity": "Id,AccountId,Name,Type,StageName,Amount,Probability,CloseDate,IsClosed,IsWon,Description,OwnerId,CreatedDate".split(","),
 "Case": "Id,CaseNumber,AccountId,ContactId,Subject,Description,Status,Priority,Origin,Type,IsClosed,OwnerId,CreatedDate,ClosedDate,Comments".split(","),
 "Task": "Id,WhatId,WhoId,AccountId,Subject,Description,ActivityDate,Status,Priority,Type,OwnerId,CreatedDate".split(","),
 "Event": "Id,WhatId,WhoId,AccountId,Subject,Description,Location,ActivityDate,StartDateTime,EndDateTime,DurationInMinutes,Type,OwnerId,CreatedDate".split(","),
 "Note": "Id,ParentId,Title,Body,IsPrivate,OwnerId,CreatedDate".split(","),
}
LABELS = []
CASENO = [1000]

# ---- key-record constructors (used in customer definitions) ----
def note(d, title, body, k=None, who="csm", private=False):
    return dict(t="note", d=D(d), title=title, body=body, k=k, who=who, private=private)
def task(d, subject, desc, k=None, who="csm", ttype="Call", status="Completed", prio="Normal"):
    return dict(t="task", d=D(d), subject=subject, desc=desc, k=k, who=who, ttype=ttype, status=status, prio=prio)
def event(d, subject, desc, k=None, who="csm", loc="Zoom", etype="Meeting", mins=60):
    return dict(t="event", d=D(d), subject=subject, desc=desc, k=k, who=who, loc=loc, etype=etype, mins=mins)
def case(d, closed, subject, desc, comments, k=None, who="sup", prio="Medium", origin="Email", ctype="Question", status=None):
    return dict(t="case", d=D(d), closed=D(closed) if closed else None, subject=subject, desc=desc,
                comments=comments, k=k, who=who, prio=prio, origin=origin, ctype=ctype, status=status)
def opp(d, name, otype, stage, amount, desc, k=None, who="ae"):
    return dict(t="opp", d=D(d), name=name, otype=otype, stage=stage, amount=amount, desc=desc, k=k, who=who)

# ---- routine filler pools ----
F_CASES = [
 ("Password reset", "{fn} locked out after too many attempts, wants reset link resent.", "Reset sent, {fn} confirmed login ok.", "Low"),
 ("pw reset - new mgr", "New mgr can't log in, old user still has the admin role.", "Transferred admin role, deactivated old user.", "Low"),
 ("Invoice question", "Cust asks why inv shows {n} seats when they only use {m}.", "Explained annual true-up; no credit due. Cust ok.", "Low"),
 ("Can't find teh sent folder", "{fn} can't find sent campaigns after UI update.", "Showed new Campaigns > Sent tab. ok.", "Low"),
 ("Double charged?", "Card statement shows two charges this month.", "One was a pre-auth, dropped off in 3 days. Sent screenshot.", "Medium"),
 ("SMS opt-outs not syncing", "STOP replies not flipping the contact to unsubscribed.", "Known bug in sync job, hotfix deployed, verified w/ test number.", "High"),
 ("Bounce rate high on last send", "Bounce ~{p}% on last campaign, list is a few yrs old.", "Ran list validation, removed invalids, advised double opt-in.", "Medium"),
 ("Booking widget not pushing to calendar", "Appts booked thru widget not showing on staff calendars.", "Re-authorized calendar token, tested w/ 2 bookings. Fixed.", "Medium"),
 ("CSV import failing", "Import errors on birthday column, DD/MM vs MM/DD.", "Walked thru field mapping on screen share, import ok.", "Low"),
 ("Add user", "Pls add a user for the front desk, same perms as {fn}.", "Added, seat count +1, will show on next invoice.", "Low"),
 ("Email header cut off on mobile", "Header image cropped on phones.", "Fixed image width in template builder. Cust happy.", "Low"),
 ("Can we hide unsubscribe link?", "Cust wants to remove unsub link from newsletters.", "No - required by law and our AUP. Explained, closed.", "Low"),
 ("API 429 errors", "Nightly sync from their POS getting rate limited.", "Raised limit to 10 req/s per contract tier.", "Medium"),
 ("Monthly report export", "Need campaign stats as xlsx every month for owner.", "Showed scheduled export, set it up w/ them.", "Low"),
 ("Emails going to spam", "Open rates dropped, mails landing in spam; no DKIM set.", "Sent DNS records, verified DKIM/SPF after 24h.", "High"),
 ("Duplicate contacts", "~{n} dupes after last import.", "Ran merge tool on matching email, cust reviewed.", "Low"),
 ("Landing page form not submitting", "Form spins forever on Safari.", "Captcha script conflict, updated embed code.", "Medium"),
 ("Change billing contact", "Billing emails should go to {fn} now.", "Updated billing contact + sent test invoice email.", "Low"),
 ("Time zone wrong on scheduled sends", "Sends going out 3 hrs early.", "Acct TZ was set to Pacific, corrected.", "Medium"),
 ("Review request automation", "Want auto text asking for review 2 days after visit.", "Built simple journey w/ them on call.", "Low"),
 ("Cancel add-on?", "Asking about dropping the SMS add-on mid-term.", "Explained can drop at renewal only. Cust will decide at renewal.", "Low"),
]
F_TASKS = [
 ("Follow up on renewal quote", "Sent renewal quote, chase {fn} next wk."),
 ("Send W-9", "Cust AP asked for our W-9, sent."),
 ("QBR prep", "Pull usage + campaign stats for QBR deck."),
 ("Check-in call", "Quick check-in w/ {fn}. Happy overall, asked about new templates, definately wants the holiday pack."),
 ("Send onboarding checklist", "Sent checklist + training links."),
 ("Confirm PO #", "AP needs PO number on invoice, got it from {fn}."),
 ("Chase overdue inv", "Inv {n} days overdue, emailed {fn}."),
 ("Share webinar recording", "Sent recording of segmentation webinar."),
 ("Usage check", "Logins down last 30d, ping CSM."),
 ("NPS follow-up", "NPS {s}/10, comment: 'easy to use, reports clunky'."),
 ("Intro new CSM", "Acct reassigned, intro email sent to {fn}."),
 ("Send case study", "{fn} asked for a case study from a similar biz. Sent 2."),
 ("LVM re: training", "Left voicemail re: scheduling training for new staff."),
 ("Update contract in folder", "Countersigned order form recieved + filed."),
]
F_EVENTS = [
 ("Onboarding kickoff", "Kickoff w/ {fn}. Goals: clean list import, 2 templates, automated reminders."),
 ("QBR", "Reviewed open/click rates, list growth, next qtr goals."),
 ("Training - campaigns 101", "Trained {n} staff on building + scheduling campaigns."),
 ("Renewal call", "Walked thru renewal pricing, {fn} to get owner sign-off."),
 ("Demo - SMS add-on", "Demoed 2-way SMS + short code options."),
 ("Training - segments", "Showed segments + tags, they want a VIP segment."),
]
F_NOTES = [
 ("Acct summary", "Small team, {fn} is champion. Uses email campaigns + reminders mostly. Low support load."),
 ("Billing note", "Pays by card, auto-renew on. Card expiring soon, reminded {fn}."),
 ("Usage", "{m} active users of {n} seats. Opportunity to right-size or upsell training."),
 ("Champion change", "{fn} now main contact after previous mgr left."),
 ("Renewal risk - low", "Happy, using journeys weekly. No risk flags."),
]
IND = {
 "Hospitality": [
  ("case", "Guest wifi capture form", "Wants splash-page form to collect guest emails for loyalty.", "Built form, mapped to 'Guest' list.", "Low"),
  ("case", "Booking engine sync", "Reservations from booking engine not creating contacts.", "Webhook secret rotated on their side; re-saved. OK.", "Medium"),
  ("task", "Post-stay survey", "{fn} wants a post-stay survey 1 day after checkout. Set up journey.", "", ""),
  ("event", "Demo - loyalty tiers", "Showed loyalty tier automation + birthday offers.", "", ""),
  ("note", "Seasonality", "Slow Jan-Feb, wants win-back campaign to past guests then.", "", ""),
 ],
 "Personal Services": [
  ("case", "Appt reminder timing", "Reminders going 48h before, want 24h + 2h.", "Adjusted journey steps.", "Low"),
  ("case", "Gift card promo", "Holiday gift card email link broken.", "Fixed URL in button, resent to unopened.", "Medium"),
  ("task", "Referral program setup", "{fn} wants 'refer a friend $10 off' tracking.", "", ""),
  ("note", "Reviews", "Asked about auto review-request texts after appts. Pointed to template.", "", ""),
 ],
 "Staffing": [
  ("case", "Applicant dedupe", "Same applicant in 3x from different job boards.", "Set matching rule on phone + email.", "Low"),
  ("task", "Job alert template", "Weekly job-alert email to applicant pool, {fn} approving copy.", "", ""),
  ("event", "Demo - shift SMS", "Showed shift broadcast + 'reply Y to accept'.", "", ""),
  ("case", "E-sign on offer letters", "Can offer letters be e-signed in our portal?", "Via integration only; sent docs.", "Low"),
 ],
 "Agriculture": [
  ("case", "Spanish templates", "Need SMS templates in Spanish for crew start times.", "Cloned + translated 4 templates w/ {fn}.", "Low"),
  ("task", "Farm store newsletter", "Seasonal newsletter template (u-pick dates).", "", ""),
  ("note", "Season", "Usage spikes Jun-Oct; asked about seasonal seat pricing.", "", ""),
 ],
 "Internet": [
  ("case", "Bulk send throughput", "Large sends (>200k) taking 6h.", "Moved them to dedicated IP pool.", "Medium"),
  ("task", "Event webhook", "{fn} wants open/click events streamed to their warehouse.", "", ""),
  ("case", "Transactional vs marketing", "Need password-reset emails to bypass marketing unsubscribes.", "Set up transactional stream.", "Medium"),
 ],
}
PRODUCTS = ["Campaigns", "Campaigns + SMS", "CRM Starter", "CRM Pro", "Journeys", "Booking + Reminders"]

def add_customer(c):
    rng = random.Random(c["name"])
    acc = nid("001")
    start, end = D(c["start"]), D(c["end"])
    owner_ae = U[rng.choice(AE)]; owner_csm = U[rng.choice(CSM)]
    ROWS["Account"].append(dict(Id=acc, Name=c["name"], Type=c.get("type", "Customer"), Industry=c["industry"],
        Website=c["web"], Phone=c["phone"], BillingStreet=c["street"], BillingCity=c["city"], BillingState=c["state"],
        BillingPostalCode=c["zip"], BillingCountry=c.get("country", "United States"), AnnualRevenue=f'{c["rev"]:.2f}',
        NumberOfEmployees=str(c["emp"]), Description=c["desc"], OwnerId=owner_ae, CreatedDate=dts(start, rng=rng)))
    dom = c["web"].replace("https://", "").replace("http://", "").replace("www.", "").strip("/")
    cons = []
    for i, (fn, ln, title) in enumerate(c["contacts"]):
        cid = nid("003")
        cd = start + dt.timedelta(days=rng.randint(0, 5) if i < 2 else rng.randint(30, 500))
        if cd > end: cd = start
        ROWS["Contact"].append(dict(Id=cid, AccountId=acc, FirstName=fn, LastName=ln, Title=title,
            Email=f"{fn.lower()[0]}{ln.lower().replace(' ','').replace('í','i').replace('é','e')}@{dom}",
            Phone=f'{c["phone"][:3]}-555-01{rng.randint(0,99):02d}',
            MailingCity=c["city"], MailingCountry=c.get("country", "United States"), Birthdate="",
            OwnerId=owner_ae, CreatedDate=dts(cd, rng=rng)))
        cons.append((cid, fn))
    keys = {}
    recs = list(c["recs"])
    n_key = len(recs)
    have_nb = any(r["t"] == "opp" and r["otype"] == "New Business" for r in recs)
    # auto opportunities: new business + yearly renewals
    auto = []
    if not have_nb:
        prod = rng.choice(PRODUCTS)
        auto.append(opp(start.isoformat(), f'{c["name"]} - New Business - {prod}', "New Business", "Closed Won",
                        rng.choice([1800, 2400, 3600, 4800, 6000, 9600]),
                        f"{prod}, {rng.randint(3, 15)} seats, annual, card billing."))
    renew_years = [y for y in range(start.year + 1, 2021) if dt.date(y, start.month, min(start.day, 28)) <= end]
    if not any(r["t"] == "opp" and r["otype"] == "Renewal" for r in recs):
        for y in renew_years[:c.get("renewals", 3)]:
            rd = dt.date(y, start.month, min(start.day, 28))
            auto.append(opp(rd.isoformat(), f'{c["name"]} - Renewal {y}', "Renewal", "Closed Won",
                            rng.choice([1800, 2400, 3600, 4800, 6000, 9600]), "Auto-renew, no change in seats."))
    recs += auto
    target = c.get("target", rng.randint(19, 23))
    n_fill = max(0, target - len(cons) - len(recs))
    span = (end - start).days
    pools = [("case", F_CASES)] * 5 + [("task", F_TASKS)] * 4 + [("event", F_EVENTS)] * 2 + [("note", F_NOTES)]
    used = set()
    ind_pool = list(IND.get(c["industry"], []))
    if c["industry"] in ("Media", "Entertainment"): ind_pool = list(IND["Internet"])
    rng.shuffle(ind_pool)
    for _ in range(n_fill):
        if ind_pool and rng.random() < 0.35:
            it = ind_pool.pop()
            kind, tpl = it[0], it[1:]
        else:
            kind, pool = rng.choice(pools)
            for _t in range(20):
                tpl = rng.choice(pool)
                if (kind, tpl[0]) not in used: break
        used.add((kind, tpl[0]))
        last = min(span, (dt.date(2020, 12, 20) - start).days)
        if "nboarding" in tpl[0] or "kickoff" in tpl[0].lower():
            d = start + dt.timedelta(days=rng.randint(2, 25))
        else:
            d = start + dt.timedelta(days=rng.randint(20, max(21, last - 10)))
        while d.weekday() >= 5 or (d.month, d.day) in ((12, 25), (1, 1), (7, 4)):
            d -= dt.timedelta(days=1)
        fn = rng.choice(cons)[1]
        fmt = dict(fn=fn, n=rng.randint(4, 40), m=rng.randint(2, 12), p=rng.randint(6, 19), s=rng.randint(6, 10))
        if kind == "case":
            cl = d + dt.timedelta(days=rng.randint(1, 9))
            recs.append(case(d.isoformat(), cl.isoformat(), tpl[0], tpl[1].format(**fmt), tpl[2].format(**fmt), prio=tpl[3],
                             origin=rng.choice(["Email", "Web", "Phone", "Chat"]), ctype=rng.choice(["Question", "Problem", "Billing"])))
        elif kind == "task":
            recs.append(task(d.isoformat(), tpl[0], tpl[1].format(**fmt), ttype=rng.choice(["Call", "Email", "Other"])))
        elif kind == "event":
            recs.append(event(d.isoformat(), tpl[0], tpl[1].format(**fmt), etype="Meeting"))
        else:
            recs.append(note(d.isoformat(), tpl[0], tpl[1].format(**fmt)))
    def own(who):
        if who == "ae": return owner_ae
        if who == "csm": return owner_csm
        if who == "sup": return U[rng.choice(SUP)]
        return U[who]
    for r in recs:
        d = r["d"]
        who_contact = rng.choice(cons)[0]
        if r["t"] == "note":
            rid = nid("002")
            ROWS["Note"].append(dict(Id=rid, ParentId=acc, Title=r["title"], Body=r["body"],
                IsPrivate="true" if r["private"] else "false", OwnerId=own(r["who"]), CreatedDate=dts(d, rng=rng)))
            dates = {"CreatedDate": d}
        elif r["t"] == "task":
            rid = nid("00T")
            ROWS["Task"].append(dict(Id=rid, WhatId=acc, WhoId=who_contact, AccountId=acc, Subject=r["subject"],
                Description=r["desc"], ActivityDate=d.isoformat(), Status=r["status"], Priority=r["prio"], Type=r["ttype"],
                OwnerId=own(r["who"]), CreatedDate=dts(d, rng=rng)))
            dates = {"ActivityDate": d, "CreatedDate": d}
        elif r["t"] == "event":
            rid = nid("00U")
            h = rng.randint(14, 21)
            sdt = dt.datetime(d.year, d.month, d.day, h, rng.choice([0, 30]))
            edt = sdt + dt.timedelta(minutes=r["mins"])
            cd = d if r["k"] else max(start, d - dt.timedelta(days=rng.randint(1, 6)))
            ROWS["Event"].append(dict(Id=rid, WhatId=acc, WhoId=who_contact, AccountId=acc, Subject=r["subject"],
                Description=r["desc"], Location=r["loc"], ActivityDate=d.isoformat(),
                StartDateTime=sdt.strftime("%Y-%m-%dT%H:%M:%S.000+0000"), EndDateTime=edt.strftime("%Y-%m-%dT%H:%M:%S.000+0000"),
                DurationInMinutes=str(r["mins"]), Type=r["etype"], OwnerId=own(r["who"]), CreatedDate=dts(cd, h=8, rng=rng)))
            dates = {"ActivityDate": d, "CreatedDate": cd}
        elif r["t"] == "case":
            rid = nid("500")
            CASENO[0] += rng.randint(3, 60)
            closed = r["closed"]
            status = r["status"] or ("Closed" if closed else "Open")
            ROWS["Case"].append(dict(Id=rid, CaseNumber=f"{CASENO[0]:08d}", AccountId=acc, ContactId=who_contact,
                Subject=r["subject"], Description=r["desc"], Status=status, Priority=r["prio"], Origin=r["origin"],
                Type=r["ctype"], IsClosed="true" if closed else "false", OwnerId=own(r["who"]),
                CreatedDate=dts(d, h=rng.randint(13, 16), rng=rng), ClosedDate=dts(closed, h=rng.randint(18, 22), rng=rng) if closed else "",
                Comments=r["comments"]))
            dates = {"CreatedDate": d, "ClosedDate": closed}
        else:
            rid = nid("006")
            won = r["stage"] == "Closed Won"; closed_ = r["stage"].startswith("Closed")
            cd = r["d"] - dt.timedelta(days=rng.randint(10, 40)) if not r["k"] else r["d"]
            cd = max(cd, start)
            prob = 100 if won else (0 if closed_ else rng.choice([20, 40, 60]))
            ROWS["Opportunity"].append(dict(Id=rid, AccountId=acc, Name=r["name"], Type=r["otype"], StageName=r["stage"],
                Amount=f'{r["amount"]:.2f}', Probability=str(prob), CloseDate=d.isoformat(),
                IsClosed="true" if closed_ else "false", IsWon="true" if won else "false", Description=r["desc"],
                OwnerId=own(r["who"]), CreatedDate=dts(cd, rng=rng)))
            dates = {"CloseDate": d, "CreatedDate": cd}
        if r.get("k"): keys[r["k"]] = (rid, dates)
    lab = c["label"]
    if lab[0] == "positive":
        _, kind, (kk, field), ev, why = lab
        kf = keys[kk][1][field].isoformat()
        LABELS.append(dict(AccountId=acc, label="positive", kind=kind, knowable_from=kf,
                           evidence_ids=";".join(keys[e][0] for e in ev), rationale=why))
    else:
        _, kind, ev, why = lab
        LABELS.append(dict(AccountId=acc, label="negative", kind=kind, knowable_from="",
                           evidence_ids=";".join(keys[e][0] for e in ev), rationale=why))

CUSTOMERS = []
def C(**kw): CUSTOMERS.append(kw)

# =====================================================================
# POSITIVES
# =====================================================================
C(name="NightList Classifieds", industry="Media", web="www.nightlist.example", phone="702-555-0143",
  street="3300 Paradise Rd Ste 410", city="Las Vegas", state="NV", zip="89109", rev=4200000, emp=28,
  desc="Regional online classifieds (jobs, housing, for sale, personals). Campaigns for poster lifecycle emails.",
  start="2013-02-11", end="2018-04-20",
  contacts=[("Trent", "Vasko", "COO"), ("Mira", "Olsen", "Head of Product"), ("Jules", "Parnell", "Billing Mgr")],
  recs=[
    opp("2013-02-28", "NightList Classifieds - New Business - Campaigns", "New Business", "Closed Won", 14400,
        "Campaigns Pro, 150k contacts, 6 seats. Poster lifecycle emails (bump reminders, expiring ads)."),
    note("2013-03-04", "Onboarding notes", "Classifieds site, ~40 metro sites. Sections: jobs, housing, for sale, personals + 'companions'. Rev is mostly paid bumps/featured placement. Want drip to posters whose ads expire in 24h. Trent = exec sponsor, Mira runs product."),
    case("2013-11-19", "2013-11-22", "Bulk send auto-paused", "Our abuse desk paused their Tues send: ~30% of recipients on throwaway/burner domains. Mira says personals posters always use throwaway emails, it's normal for them.",
         "Reviewed bounce + complaint rates (fine). Whitelisted acct, FYI to CSM.", ctype="Problem", prio="High"),
    event("2014-06-10", "PS scoping - companion section growth", "Mira + Jules. They want custom lead scoring on 'companion' advertisers: repeat posters, # of cities posted in same wk, auto-upsell a 'multi-city bundle' to anyone posting in 3+ cities in 7 days. Companions now biggest paid category (Jules: 'a bit over half of paid rev'). Est 60 PS hrs.",
          k="scope", who="ps1"),
    opp("2014-07-15", "NightList - PS build-out - lead scoring + multi-city upsell", "Add-On", "Closed Won", 11400,
        "60 hrs PS. Scoring model + upsell journey for companion advertisers."),
    note("2015-07-14", "FYI processor", "Trent called. Their card processor dropped them last wk, citing 'adult services ads' in the companions section - 'same thing the big sites just got hit with'. Moving companion bumps to prepaid vouchers + a crypto option. Asked if our invoices can go to new entity NightList Media Ltd (Cyprus) going fwd. Told him I'd ask finance.",
         k="proc", who="ae1"),
    task("2015-07-20", "Finance - entity change", "Updated bill-to to NightList Media Ltd, Limassol. W-8BEN-E rec'd.", who="fin1", ttype="Other"),
    case("2015-09-22", "2015-10-05", "Filter rules - PS follow up", "Jules wants the moderation webhook we built to auto-replace words before an ad goes live instead of rejecting: 'teen' -> 'young adult', 'new girl' -> 'new', 'amber' -> '' etc. Quote: 'we don't reject, we clean.' Routing to PS.",
         "Built per SOW-2, replacement list loaded (47 terms). Deployed to prod 10/5.", k="filter", ctype="Feature Request"),
    opp("2016-02-11", "NightList - Renewal 2016 + multi-city module", "Renewal", "Closed Won", 21600, "Renewal w/ uplift, added multi-city module + 4 seats."),
    opp("2017-02-11", "NightList - Renewal 2017", "Renewal", "Closed Won", 21600, "Flat renewal. Cust asked to move companions segment to 'dating' tag names after they closed the adult section."),
    note("2018-04-20", "Site down", "Site returns a gov seizure banner. Trent not answering. Suspending sends, finance to hold AR.", who="ae1"),
  ],
  label=("positive", "escort_platform", ("proc", "CreatedDate"), ["scope", "proc"],
         "Read with the 2014 scoping (companion ads over half of paid revenue, multi-city upsell), the July 2015 call that the processor cut them off for adult-services ads and they were moving to vouchers/crypto and an offshore entity makes the escort-ad business plain; the later word-cleaning build only confirms it."))

C(name="Jade Lotus Wellness", industry="Personal Services", web="www.jadelotuswellness.example", phone="404-555-0178",
  street="5120 Buford Hwy Unit 7", city="Doraville", state="GA", zip="30340", rev=900000, emp=22,
  desc="Day spa / massage, 4 locations. Booking widget + SMS reminders.", start="2015-04-02", end="2017-06-30",
  contacts=[("Victor", "Hale", "Operations Manager"), ("Grace", "Lin", "Owner"), ("Annie", "Ko", "Front Desk")],
  recs=[
    note("2015-04-10", "Onboarding", "4 locations (2 in strip malls). Booking widget + SMS reminders. Hours 10a-2a 7 days. Victor handles everything; owner Grace 'doesn't use email', all approvals thru Victor."),
    case("2015-11-03", "2015-11-04", "SMS template rejected", "Carrier filtered campaign text 'VIP special $60/30min, ask for our new staff'. Victor asks why.",
         "Generic carrier filtering. Suggested rewording, resent ok.", ctype="Problem"),
    task("2016-02-18", "Drop off swag - Oak Ave", "Drove by Oak Ave location to drop welcome kit. Windows papered over, buzzer door, nobody came to front. Odd for a spa but prob just closed mid-day.", who="ae2", ttype="Other"),
    case("2016-06-14", "2016-06-21", "Import reviews into newsletter", "Victor wants us to pull 5-star reviews from an outside review site into their monthly newsletter automatically. Sent link to the source.",
         "Did NOT build. Source is a members-only board where reviewers rate 'providers' at each Jade Lotus location on looks + age and list what 'extras' cost; one Doraville post says 'new girl, maybe 17?, no english, lives there'. Told Victor we can't import that. Flagged to CSM + AE.",
         k="rev", ctype="Feature Request"),
    opp("2016-04-02", "Jade Lotus Wellness - Renewal 2016 + 2 locations", "Renewal", "Closed Won", 7200, "Renewed 12 mo, added 2 locations. Same card, same admin (Victor)."),
    note("2016-09-01", "Acct review", "Now 6 locations. Each location has a different 'owner' name on paperwork but Victor signs everything.", who="ae2"),
    case("2017-03-08", "2017-03-20", "Records request - county sheriff", "Email from a county sheriff's detective asking for SMS logs + contact lists for Jade Lotus accounts. Sent to Legal.",
         "Legal responded w/ records under subpoena. Acct left active per AE.", who="risk1", prio="High", ctype="Legal"),
    note("2017-06-30", "Churned", "Card declined x3, Victor unreachable. Acct suspended.", who="fin1"),
  ],
  label=("positive", "illicit_massage", ("rev", "ClosedDate"), ["rev"],
         "The closing comment of the June 2016 review-import case reports a sex-buyer board rating each location's workers, listing 'extras' and a possibly 17-year-old worker living on site; earlier late hours and papered windows were only hints."))

C(name="Route 9 Inn & Suites", industry="Hospitality", web="www.route9inn.example", phone="609-555-0112",
  street="2290 Route 9 South", city="Egg Harbor", state="NJ", zip="08215", rev=1300000, emp=14,
  desc="Independent 60-room motel. Guest messaging, loyalty email, rate promos.", start="2014-05-05", end="2019-05-30",
  contacts=[("Ron", "Kessler", "Owner"), ("Tina", "Moss", "Front Desk Manager")],
  recs=[
    note("2014-05-12", "Kickoff notes", "60 rooms off Rt 9. Wants loyalty emails for contractors/weekly guests + a 'day rate' promo (4hr block). Small budget."),
    case("2015-08-11", "2015-08-13", "Guest export mostly blank emails", "Ron says export shows lots of guests w/ no email, 'cash - no email'. Wants to know if that hurts deliverability.",
         "Explained blanks are just skipped. Fine.", ctype="Question"),
    event("2017-03-09", "Onsite training - front desk", "Trained Tina + 2 clerks on guest msg module. While there 2 men at desk paid cash for 5 rooms for the wk; clerk said 'they're regulars, they bring different girls every night', couple of the girls looked HS age to me. Ron then asked us to remove the ID-capture field from the check-in form 'b/c it scares off those guests' + stop logging plate #s. Said I'd check w/ PS.",
          k="visit", loc="Route 9 Inn, Egg Harbor NJ", etype="Onsite", mins=180),
    case("2017-03-20", "2017-03-22", "Remove ID + plate fields from check-in form", "Per Ron: delete ID capture + license plate fields from digital check-in.",
         "Done per cust request.", ctype="Feature Request"),
    note("2018-01-17", "Subpoena", "County prosecutor's office subpoena for guest + msg records 2016-2017 for Route 9 Inn. Forwarded to Legal.", who="risk1"),
    opp("2018-05-05", "Route 9 Inn & Suites - Renewal 2018", "Renewal", "Closed Won", 2400, "Renewed, no changes."),
  ],
  label=("positive", "motel", ("visit", "ActivityDate"), ["visit"],
         "At the March 2017 onsite visit staff saw cash block bookings by men bringing 'different girls every night', some apparently minors, and the owner asked to drop ID and plate capture to suit 'those guests'."))

C(name="Horizonte Staffing Solutions", industry="Staffing", web="www.horizontestaffing.example", phone="210-555-0167",
  street="8800 Broadway St Ste 220", city="San Antonio", state="TX", zip="78217", rev=6500000, emp=35,
  desc="Recruits seasonal hospitality + landscaping workers (H-2B) for US clients. Spanish landing pages, applicant CRM.",
  start="2016-01-19", end="2019-09-30",
  contacts=[("Marco", "Aldana", "Director"), ("Sofia", "Ruiz", "Recruiting Coordinator"), ("Ken", "Dorsey", "Finance")],
  recs=[
    opp("2016-01-29", "Horizonte Staffing - New Business - CRM Pro + Landing Pages", "New Business", "Closed Won", 16800,
        "CRM Pro 8 seats + landing pages for MX/GT/HN recruiting."),
    note("2016-02-03", "Onboarding", "Recruit for hotels + landscapers on H-2B. Spanish landing pages. Sofia wants a 'processing fee' payment step in applicant form ($1,200-1,800 per worker, pay before visa appt). Asked if we integrate w/ a remittance co for collecting it.", k="fee"),
    task("2016-07-12", "PS - housing field", "Add 'housing assignment' + 'transport' picklists to placed-worker object. Quick config, done.", who="ps1", ttype="Other"),
    case("2017-04-11", "2017-04-12", "Applicant form replies landing in our support queue", "Cust's applicant form has our support@ as reply-to, so worker replies come to us. Most are 'when is my appt'. One in Spanish pasted below, not sure what it says:\n\"Señores, al llegar a la casa de la empresa nos quitaron los pasaportes. Nos cobran 350 dólares por semana por la cama y dicen que todavía debemos 3,000 del viaje y de la visa. No nos dejan salir los domingos. ¿A quién le puedo pedir ayuda?\"",
         "Fixed reply-to to Sofia's inbox. Forwarded the 14 msgs to Sofia. Closed.", k="msg", origin="Email", ctype="Problem"),
    note("2017-10-02", "Data retention ask", "Marco asked us to purge all applicant replies older than 90 days + turn off message archiving on their org. PS says doable.", who="csm2"),
    opp("2018-01-19", "Horizonte Staffing - Renewal 2018", "Renewal", "Closed Won", 16800, "Flat renewal."),
    note("2019-03-14", "DOL call", "DOL Wage & Hour investigator called asking what records we hold for Horizonte applicant payments. Sent to Legal.", who="risk1"),
  ],
  label=("positive", "labour_recruitment", ("msg", "CreatedDate"), ["fee", "msg"],
         "The Spanish worker message in the April 2017 case (passports taken on arrival, bed charges, travel/visa debt, not allowed out), on top of the up-front recruitment fee the customer collected, shows debt-bonded recruited labour."))

C(name="Valle Verde Farm Labor Contractors", industry="Agriculture", web="www.valleverdeflc.example", phone="559-555-0131",
  street="1450 Industrial Ave", city="Visalia", state="CA", zip="93291", rev=8800000, emp=18,
  desc="Farm labor contractor, ~300 H-2A workers/season for berry + citrus growers. SMS to crews, crew roster build-out.",
  start="2014-02-24", end="2017-11-15",
  contacts=[("Russell", "Deane", "Owner"), ("Paula", "Ortega", "Office Manager")],
  recs=[
    note("2014-03-05", "Onboarding", "FLC, crews to berry + citrus growers. Texts crews shift start + pickup points. Wants Spanish templates. Paula is daily user."),
    event("2015-01-20", "PS scoping - crew roster", "Fields: crew, bunkhouse/bed #, van, 'advance balance', 'docs on file Y/N' (Paula: copies for I-9). Also weekly wage-stmt template sent by SMS. ~40 hrs.", who="ps1"),
    opp("2015-02-02", "Valle Verde - PS build-out - crew roster + wage stmt", "Add-On", "Closed Won", 7600, "40 hrs PS."),
    case("2015-06-09", "2015-06-10", "Advance balance field max", "Paula: 'advance balance' field caps at $5,000, some workers' balances are higher than that. Pls raise.",
         "Raised to 99,999.", k="adv", ctype="Feature Request"),
    note("2015-08-12", "PS delivery notes", "Delivered wage-stmt template. Test run on real data: 212 of 300 workers net under $40/wk after 'housing', 'transport', 'recruitment advance', 'docs storage fee'. Paula asked us to hide the deductions section from the worker SMS and show only 'balance owed'. Did it, felt off tbh.", k="wage", who="ps1"),
    opp("2016-02-24", "Valle Verde - Renewal 2016", "Renewal", "Closed Won", 4800, "Renewed."),
    case("2016-05-23", "2016-05-24", "Inbound SMS replies", "Crew replies to shift texts showing up in cust inbox + our logs. Paula asks to turn off replies. Sample reply: 'no queremos trabajar mas aqui pero el jefe tiene los pasaportes'",
         "Disabled 2-way on their short code per cust.", ctype="Question"),
  ],
  label=("positive", "agriculture", ("wage", "CreatedDate"), ["adv", "wage"],
         "Together with balances exceeding a season's pay, the August 2015 delivery note shows most workers netting almost nothing after housing, transport, recruitment and 'docs storage' deductions and the customer hiding the deductions from workers, i.e. debt bondage."))

C(name="Casa Feliz Household Staffing", industry="Personal Services", web="www.casafelizstaff.example", phone="617-555-0190",
  street="77 Union St", city="Framingham", state="MA", zip="01702", rev=1100000, emp=6,
  desc="Places live-in nannies + housekeepers with families. Family campaigns + worker recruiting in PT.",
  start="2017-06-06", end="2020-06-30",
  contacts=[("Beatriz", "Monteiro", "Owner"), ("Alan", "Figg", "Office Admin")],
  recs=[
    note("2017-06-15", "Onboarding", "Live-in nanny/housekeeper placements, ~60 active. Many workers recruited from Brazil. Campaigns to families (EN) + recruiting (PT)."),
    case("2017-09-05", "2017-09-06", "Accents broken in SMS", "PT characters (ç, ã) showing as ? in SMS.", "Switched to unicode encoding on their sender.", ctype="Problem"),
    task("2018-02-07", "Call w/ Beatriz re: worker app", "She wants the worker-side mobile app turned off ('our girls don't need phones') and the family portal to show each worker's 'balance' of placement fee. She switched to PT mid-call: 'Elas só recebem o passaporte de volta quando pagarem a passagem e a taxa. Até lá ficam na casa da família, sem folga.' Follow up w/ PS on the balance widget.", k="call"),
    case("2018-02-26", "2018-03-02", "Family portal - balance widget", "Add 'saldo' widget to family portal per Beatriz.", "Built, 6 hrs PS billed.", ctype="Feature Request"),
  ],
  label=("positive", "domestic_work", ("call", "ActivityDate"), ["call"],
         "In the February 2018 call the owner said (in Portuguese) that live-in workers get their passports back only after repaying airfare and fee and get no days off until then, alongside cutting off their phones."))

C(name="VelvetCam Live", industry="Entertainment", web="www.velvetcamlive.example", phone="305-555-0158",
  street="1200 Brickell Ave Fl 9", city="Miami", state="FL", zip="33131", rev=12000000, emp=60,
  desc="Adult live-cam platform (18+). Performer recruiting funnels + fan email.", start="2015-09-01", end="2018-10-31",
  contacts=[("Noah", "Brandt", "CEO"), ("Kiki", "Arden", "Trust & Safety Lead"), ("Sam", "Oyelaran", "Head of Growth")],
  recs=[
    note("2015-09-10", "Onboarding + AUP", "Adult cam site, lawful adult content per cust. Legal approved under AUP adult clause w/ attestation that all performers are 18+ and ID-verified. Using us for performer signup funnel + fan newsletters.", who="ae3"),
    opp("2016-01-15", "VelvetCam - PS build-out - performer signup funnel", "Add-On", "Closed Won", 18000, "Multi-step signup: profile, ID upload + selfie, payout info."),
    case("2016-08-03", "2016-08-20", "Funnel conversion - ID step", "Sam wants the ID upload + selfie step made optional in the performer funnel, says 40% drop off there. PS says needs product approval.",
         "Made optional per cust (skip button). Legal not looped in - FYI AE.", k="idstep", ctype="Feature Request"),
    case("2016-11-15", "2016-11-17", "Viewer report widget - remove category", "Kiki (T&S) asks us to remove the 'performer may be a minor' reason from the viewer-report widget and stop emailing those reports to her team inbox: 'too many, we can't action them all and it looks bad if anyone audits'. Our logs: 23 such reports last wk, 9 on streams from accts created after ID step went optional.",
         "Removed the category + the email rule.", k="hide", ctype="Feature Request"),
    note("2017-05-08", "News", "Blog post says a 16 y/o was streamed on VelvetCam. AE asks whether to proceed w/ renewal.", who="ae3"),
    opp("2017-09-01", "VelvetCam Live - Renewal 2017", "Renewal", "Closed Won", 24000, "Renewed w/ 10% uplift."),
  ],
  label=("positive", "cam_platform", ("hide", "CreatedDate"), ["idstep", "hide"],
         "After the platform had dropped the performer ID/selfie check, its T&S lead asked in November 2016 to hide and stop receiving 'possible minor' viewer reports while they were arriving weekly."))

C(name="LuxeDates Club", industry="Internet", web="www.luxedates.example", phone="514-555-0126",
  street="1450 rue Peel, bureau 300", city="Montreal", state="QC", zip="H3A 1S9", country="Canada", rev=3100000, emp=19,
  desc="Premium dating / 'arrangements' site, CA + US members. Member email + SMS.", start="2014-10-01", end="2018-12-31",
  contacts=[("Etienne", "Roy", "Founder"), ("Chloe", "Gagnon", "Operations")],
  recs=[
    note("2014-10-09", "Onboarding", "Premium arrangement-dating site, paid memberships, 'generous' + 'companion' profile types. FR + EN templates."),
    case("2015-04-14", "2015-04-15", "Carrier filtering", "US carrier flagged member SMS as adult content.", "Reworded, resent.", ctype="Problem"),
    note("2015-08-03", "Billing", "Their US bank closed their acct, no reason given per Etienne. Pay us by wire from CA now.", who="fin1"),
    event("2017-01-24", "PS call - category migration", "Chloe walked us thru the re-org after they closed the 'Escorts VIP' section this month. Email segments + landing pages need remapping. Her note in the shared doc (FR): « On ferme la section escortes, mais toutes les annonces passent dans « Rencontres » sans changer le texte ni les tarifs; les filles gardent le même numéro. Les campagnes doivent suivre. » Est 40 PS hrs.",
          k="mig", who="ps1"),
    opp("2017-02-06", "LuxeDates - PS build-out - segment remap", "Add-On", "Closed Won", 7600, "40 hrs remap segments + landing pages."),
    note("2018-04-16", "US law", "Etienne asked if the 'new US law' affects us; they are moving US members to a .ca domain.", who="ae2"),
  ],
  label=("positive", "escort_platform", ("mig", "ActivityDate"), ["mig"],
         "The French note in the January 2017 call says the escort ads move unchanged, with the same prices and phone numbers, into the dating section and asks the provider to rebuild campaigns for them."))

C(name="Big Rig Plaza Travel Center", industry="Hospitality", web="www.bigrigplaza.example", phone="417-555-0104",
  street="18 Interstate Dr", city="Joplin", state="MO", zip="64804", rev=7400000, emp=48,
  desc="Truck stop: fuel, diner, 40-room motel. Fuel rewards emails + SMS.", start="2013-08-12", end="2019-08-30",
  contacts=[("Gary", "Pruitt", "General Manager"), ("Lorna", "Fay", "Marketing")],
  recs=[
    note("2013-08-20", "Onboarding", "Fuel rewards program, ~9k drivers. Diner specials weekly via SMS."),
    note("2018-03-06", "FYI - news", "Local paper + state AG press release: Big Rig Plaza owner Dwayne Colter and GM Gary Pruitt indicted for running a sex trafficking operation out of the motel rooms behind the fuel island; 2 minors recovered in the raid. Lorna still emailing about renewal.", k="news", who="ae1"),
    opp("2018-08-12", "Big Rig Plaza - Renewal 2018", "Renewal", "Closed Won", 6000, "Renewed per Lorna, no review."),
  ],
  label=("positive", "truck_stop", ("news", "CreatedDate"), ["news"],
         "The March 2018 note records the AG's indictment of the owner and GM for trafficking out of the motel rooms, with minors recovered."))

C(name="Pinnacle Drywall Subcontractors", industry="Construction", web="www.pinnacledrywall.example", phone="615-555-0185",
  street="410 Commerce Way", city="Murfreesboro", state="TN", zip="37129", rev=3900000, emp=42,
  desc="Drywall sub for GCs on hotel/apartment builds. Bid tracking + crew SMS + payroll export.", start="2018-02-05", end="2020-06-30",
  contacts=[("Dale", "Ruskin", "Owner"), ("Ana Belen", "Cruz", "Payroll / Admin")],
  recs=[
    note("2018-02-14", "Onboarding", "Drywall sub, ~40 crew. CRM for GC bids, SMS to crews for site + start time. Ana does payroll export to bank."),
    case("2018-09-10", "2018-09-11", "Spanish SMS + short code", "Crew texts in Spanish cut off at 70 chars.", "Unicode segments, explained. Fine.", ctype="Question"),
    note("2019-01-22", "QBR", "Dale: winning more hotel jobs, crew stays in 'company trailers' on site to save on motels. Wants bid pipeline dashboards.", who="csm3"),
    case("2019-04-02", "2019-04-05", "Payroll export - duplicate destination warning", "Ana asks why our ACH export flags 'duplicate destination' on 38 rows. All crew pay goes to one acct ending 4471.",
         "Explained dedupe check. Ana says the acct is Dale's - he 'holds the pay for the guys b/c they still owe for the trip up from Honduras, and he keeps their IDs so they don't run off to other crews.' Suppressed the warning per cust. Closing as how-to.",
         k="ach", ctype="Question"),
    opp("2020-02-05", "Pinnacle Drywall - Renewal 2020", "Renewal", "Closed Won", 4800, "Renewed."),
    note("2020-02-19", "VM from HSI", "HSI special agent left VM asking for a contact at our co re: records for Pinnacle Drywall. Passed to Legal.", who="risk1"),
  ],
  label=("positive", "construction", ("ach", "ClosedDate"), ["ach"],
         "The closing comment of the April 2019 payroll case says the owner takes all 38 workers' pay into his account against a travel debt and holds their IDs so they cannot leave."))

C(name="QuickSend Remesas", industry="Financial Services", web="www.quicksendremesas.example", phone="773-555-0149",
  street="3612 W 26th St", city="Chicago", state="IL", zip="60623", rev=2600000, emp=24,
  desc="Money transfer storefronts (6). Customer campaigns, SMS promos.", start="2015-03-10", end="2018-03-31",
  contacts=[("Hector", "Villalba", "Owner"), ("Dina", "Kerr", "Compliance Officer")],
  recs=[
    note("2015-03-18", "Onboarding", "6 storefronts, remittances to MX/Central Am. Promo SMS + loyalty."),
    note("2016-05-03", "bank thing", "Dina says their sponsor bank is exiting them, cited 'funnel activity' (cash deposits in several states landing in a few accts). Dina thinks bank is overreacting, they're shopping for a new one. No impact on us.", k="bank", who="csm1"),
    task("2016-06-20", "List review - new campaign", "Hector uploaded list 'spa owners - cash pickup', ~120 massage businesses in 4 states. Draft SMS copy: 'Send cash home for your girls - no ID needed, we pick up at your spa, fees paid by house.' Asked for a multi-state short code.", k="list", who="csm1"),
    case("2016-07-06", "2016-07-08", "Short code provisioning", "Multi-state short code for new campaign.", "Provisioned.", ctype="Feature Request"),
    note("2017-09-12", "Subpoena", "Grand jury subpoena for our records on QuickSend Remesas + contacts. Legal handling.", who="risk1"),
  ],
  label=("positive", "money_service", ("list", "ActivityDate"), ["bank", "list"],
         "After the bank exited them over funnel activity, the June 2016 campaign targeted massage businesses offering no-ID cash pickup for 'your girls' with fees paid by the house, a money-movement service for illicit massage operators."))

C(name="CityAfterDark Reviews", industry="Internet", web="www.cityafterdark.example", phone="503-555-0172",
  street="PO Box 5531", city="Portland", state="OR", zip="97228", rev=850000, emp=5,
  desc="'Nightlife review community', VIP memberships. Email drips free->VIP.", start="2014-03-03", end="2017-04-30",
  contacts=[("Boone", "Halvorsen", "Admin"), ("Jess", "Tarrant", "Marketing")],
  recs=[
    note("2014-03-11", "Onboarding", "Nightlife review community, VIP $30/mo. Members use handles, not real names. Drip to convert free to VIP."),
    case("2014-09-02", "2014-09-03", "Contacts w/ no names", "Import rejects rows w/o first name; members only have handles.", "Made first name optional on their org.", ctype="Problem"),
    event("2015-05-12", "PS scoping - member data model", "Boone wants custom objects: 'Provider' (name, phone, city, venue, rate per half hr) + 'Review' (looks score, 'menu', 'extras Y/N', 'age she says vs looks'). Email alerts to VIPs when a 'new provider' shows up in their city. Venues mostly massage parlors + hotel incalls. Est 80 hrs.", k="model", who="ps1"),
    opp("2015-06-01", "CityAfterDark - PS build-out - provider/review objects", "Add-On", "Closed Won", 15200, "80 hrs PS."),
    note("2016-03-29", "Press", "County sheriff press release names CityAfterDark as a board used by sex buyers. Boone wants to move hosting + their domain offshore.", who="ae2"),
    opp("2016-03-03", "CityAfterDark - Renewal 2016", "Renewal", "Closed Won", 3600, "Renewed."),
  ],
  label=("positive", "review_board", ("model", "ActivityDate"), ["model"],
         "The May 2015 scoping call shows the site is a sex-buyer review board rating 'providers' by price, 'extras' and apparent age, and asks for alerts on new providers."))

C(name="Golden Hands Nail & Spa Group", industry="Personal Services", web="www.goldenhandsnails.example", phone="214-555-0133",
  street="2800 W Northwest Hwy", city="Dallas", state="TX", zip="75220", rev=2100000, emp=45,
  desc="5 nail / spa locations, each a sub-acct. Booking + SMS promos.", start="2017-03-13", end="2020-03-31",
  contacts=[("Calvin", "Troy", "Regional Manager"), ("Lucy", "Tran", "Owner - Preston Rd"), ("Rosa", "Lima", "Owner - Elm St"), ("Nina", "Petrova", "Owner - Garland")],
  recs=[
    note("2017-03-20", "Onboarding - structure", "5 locations, each its own sub-acct + W-9 in a different owner's name, but all billed on one card (Calvin's) and Calvin is admin on all 5. He says owners 'don't do computers'.", k="struct"),
    case("2018-03-19", "2018-03-21", "Contract signature", "Signature on the Garland order form doesn't match owner name on W-9.", "Calvin re-signed as 'authorized agent'. OK per Fin.", ctype="Billing"),
    note("2019-05-21", "call w/ Rosa Lima (owner of record, Elm St)", "Called re failed payment. Rosa didn't know she 'owned' a salon. Said (limited English) she works 7 days, lives in the back room w/ 5 other women, Calvin keeps their pay 'for rent and the debt', hasn't been paid since Jan. Then Calvin took the phone, said she's confused, paid the invoice on his card.", k="rosa", who="fin1"),
    opp("2019-06-13", "Golden Hands - Renewal 2019 (5 locations)", "Renewal", "Closed Won", 6000, "Renewed all 5 w/ Calvin."),
  ],
  label=("positive", "straw_owner", ("rosa", "CreatedDate"), ["struct", "rosa"],
         "The May 2019 call with a nominal owner revealed she did not know she owned the salon, lives on site and is unpaid against a debt to the manager who controls all five straw-owned locations."))

C(name="Lakeside Extended Stay", industry="Hospitality", web="www.lakesideextstay.example", phone="813-555-0119",
  street="9020 N Dale Mabry Hwy", city="Tampa", state="FL", zip="33614", rev=1700000, emp=16,
  desc="Extended-stay hotel, 90 rooms. Weekly-rate promos via SMS + email.", start="2016-04-04", end="2019-12-31",
  contacts=[("Brent", "Sowell", "General Manager"), ("Kayla", "Dunn", "Sales")],
  recs=[
    note("2016-04-12", "Onboarding", "Weekly/monthly rates, traveling nurses + construction crews. SMS promos."),
    case("2018-10-16", "2018-10-18", "Short code blocked by carrier", "Carrier blocked 3 sends from cust's short code. Flagged msg text from logs: 'new girls in 112 + 114 tonite, 40 for 15min, ask Brent' and 'young n fresh arriving fri, txt back 4 pics'. Sent from Brent's user to ~300 numbers tagged 'VIP guests'.",
         "Unblocked after cust deleted the VIP segment. Closed.", k="sms", prio="High", ctype="Problem"),
    opp("2019-04-04", "Lakeside Extended Stay - Renewal 2019", "Renewal", "Closed Won", 3600, "Renewed."),
  ],
  label=("positive", "motel", ("sms", "CreatedDate"), ["sms"],
         "The October 2018 carrier-block case quotes the GM's own SMS blasts advertising 'new girls' by room number and 15-minute prices, with youth wording."))

# =====================================================================
# HARD NEGATIVES
# =====================================================================
C(name="PayLoop Merchant Services", industry="Financial Services", web="www.payloopms.example", phone="480-555-0161",
  street="7001 N Scottsdale Rd Ste 1500", city="Scottsdale", state="AZ", zip="85253", rev=9500000, emp=70,
  desc="Payments ISO for small merchants. Uses CRM for merchant onboarding, underwriting queue, risk cases.", start="2014-06-02", end="2020-09-30",
  contacts=[("Priya", "Natarajan", "Chief Risk Officer"), ("Owen", "Graves", "Sales Ops"), ("Tess", "Hollis", "Underwriting Lead")],
  recs=[
    note("2014-06-10", "Onboarding", "ISO, ~3,000 merchants. Use CRM for onboarding pipeline + a custom 'risk case' object for their underwriting team."),
    event("2015-09-16", "PS scoping - merchant offboarding workflow", "Priya wants reason codes on merchant termination: 'trafficking indicators', 'escort ads under dating MCC 7273', 'processor request', 'LE subpoena', 'MATCH listing'. Plus SAR-filed checkbox (restricted field, risk team only).", k="wf", who="ps1"),
    note("2016-07-08", "QBR notes", "Priya: 'We terminated 14 merchants last quarter, mostly dating/escort sites + two spas our web crawler matched to adult ads. SARs filed on 3.' Loves the offboarding workflow.", k="qbr", who="csm1"),
    case("2017-02-13", "2017-02-15", "Export comm history for one merchant", "HSI served PayLoop a subpoena about one of their (now terminated) merchants. Tess asks how to export all emails/tasks for that merchant record.",
         "Showed record-level export + audit trail. Cust produced to HSI.", k="sub", ctype="Question"),
    case("2019-01-08", "2019-01-10", "Restricted field visibility", "Underwriters can see SAR checkbox, should be risk team only.", "Fixed FLS on profile.", prio="High", ctype="Problem"),
  ],
  label=("negative", "hard:payments_offboards_merchants", ["qbr", "sub"], "The ISO detects, terminates and files SARs on its own merchants; the subpoena concerns a merchant it already dropped."))

C(name="Stallhop Classifieds", industry="Internet", web="www.stallhop.example", phone="720-555-0137",
  street="1600 Wynkoop St", city="Denver", state="CO", zip="80202", rev=5200000, emp=41,
  desc="Local classifieds (furniture, cars, jobs, services). Seller email + T&S notices.", start="2013-05-20", end="2020-08-31",
  contacts=[("Maya", "Lindqvist", "VP Trust & Safety"), ("Derek", "Foy", "Marketing Director")],
  recs=[
    note("2013-05-28", "Onboarding", "General classifieds, 12 metros. Seller lifecycle emails + buyer alerts."),
    task("2015-03-30", "T&S template request", "Maya wants a templated 'your listing was removed' email w/ reason codes. Kicked off ~200 sellers last month posting 'massage' ads w/ cherry emoji + hourly rates in services.", k="kick", ttype="Email"),
    note("2016-01-12", "Personals delisted", "FYI: Stallhop delisted its whole personals category this wk ('not worth the risk'). Segments w/ personals tags to be archived.", who="csm2"),
    event("2017-05-04", "QBR", "Maya: 'anything that might involve a minor goes to NCMEC within 24h, we've got a direct line to the local vice unit.' Escort-type posts under 0.2% of new listings, auto-held for review. Asked for report on ban-email deliverability.", k="qbr"),
    case("2018-06-11", "2018-06-12", "Ban notice emails bouncing", "Ban notices to removed sellers bouncing ~30%.", "Throwaway addrs; expected. Advised suppress after 1 bounce.", ctype="Question"),
  ],
  label=("negative", "hard:marketplace_offboards_sellers", ["kick", "qbr"], "The classifieds site removes escort-type sellers, dropped its personals section and reports possible minors; it is the enforcer, not the venue."))

C(name="Brightpay Booking", industry="Software", web="www.brightpaybooking.example", phone="919-555-0128",
  street="150 Fayetteville St Ste 900", city="Raleigh", state="NC", zip="27601", rev=4400000, emp=33,
  desc="Booking + card payments app for salons and spas. Uses our CRM for merchant success + risk.", start="2016-02-15", end="2020-10-31",
  contacts=[("Lena", "Ashworth", "Head of Merchant Risk"), ("Cole", "Brenner", "CS Director")],
  recs=[
    note("2016-02-22", "Onboarding", "~1,800 salon/spa merchants. CRM for merchant success; risk team logs merchant reviews in Cases."),
    case("2017-08-28", "2017-09-01", "Bulk close merchant records", "Lena needs to bulk-close 3 merchant accts + note 'MATCH-listed' after an HSI inquiry about late-night spas. Wants it done w/o emailing the merchants.",
         "Showed bulk update w/ notifications suppressed. Done.", k="match", ctype="Question"),
    note("2018-11-02", "Call w/ Lena", "\"We cut off a nail chain last month - one owner was paying every tech into the same personal account, classic funnel. Filed a SAR on them.\" Wants a dashboard flag when many payouts go to 1 acct.", k="cut", who="csm3"),
    opp("2019-01-15", "Brightpay - PS build-out - payout concentration dashboard", "Add-On", "Closed Won", 9000, "45 hrs. Flag merchants where >5 staff payouts go to one bank acct."),
  ],
  label=("negative", "hard:payments_offboards_merchants", ["match", "cut"], "Brightpay MATCH-lists and cuts off its own spa and salon merchants and files SARs; the trafficking indicators belong to those merchants, not to it."))

C(name="Safe Harbor Coalition", type="Customer - Nonprofit", industry="Non-Profit", web="www.safeharborcoalition.example", phone="206-555-0151",
  street="1100 2nd Ave Ste 400", city="Seattle", state="WA", zip="98101", rev=2300000, emp=27,
  desc="Anti-trafficking nonprofit: hotline, case mgmt, donor campaigns. Nonprofit discount.", start="2013-09-09", end="2020-11-30",
  contacts=[("Joanne", "Whitfield", "Executive Director"), ("Lupe", "Santos", "Hotline Manager"), ("Aaron", "Kemp", "Development Director")],
  recs=[
    note("2013-09-16", "Onboarding", "NGO serving trafficking survivors. Donor email + a hotline intake form. Nonprofit pricing 50%."),
    event("2014-02-11", "PS - hotline intake form", "Intake Qs: 'Does someone else hold your passport or ID?', 'Do you owe money to an employer or recruiter?', 'Are you under 18?', 'Are you forced to have sex for money?'. Spanish + Tagalog versions. Responses restricted to hotline team.", k="intake", who="ps1"),
    case("2016-04-05", "2016-04-06", "Hotline SMS in Spanish", "Lupe: inbound texts like 'mi patrón tiene mi pasaporte, ayuda' not triggering the urgent tag.", "Added Spanish keywords to urgent routing rule.", k="sms", prio="High", ctype="Problem"),
    note("2018-10-01", "Grant", "Got a federal victim-services grant; need reporting on # of survivors served by county. Built report.", who="csm2"),
  ],
  label=("negative", "hard:ngo", ["intake", "sms"], "An anti-trafficking charity whose intake forms and hotline texts describe victims' situations; the customer serves victims."))

C(name="Open Door Youth Shelter", type="Customer - Nonprofit", industry="Non-Profit", web="www.opendooryouth.example", phone="216-555-0182",
  street="2400 Euclid Ave", city="Cleveland", state="OH", zip="44115", rev=1200000, emp=19,
  desc="Shelter + drop-in center for runaway / homeless youth incl. survivors of sexual exploitation.", start="2015-01-12", end="2020-07-31",
  contacts=[("Monique", "Archer", "Program Director"), ("Tom", "Bishop", "IT Volunteer")],
  recs=[
    note("2015-01-20", "Onboarding", "Youth shelter, ages 12-21. Donor newsletter + volunteer scheduling. No resident data in our system except first name + intake date (their policy)."),
    case("2016-03-22", "2016-03-23", "Remove names from list - urgent", "Monique: a resident's name was in a volunteer thank-you email; trafficker of a 15 y/o resident is looking for her. Need all resident names purged + masking on.",
         "Purged 38 records, turned on field masking, confirmed w/ Monique.", k="purge", prio="High", ctype="Problem"),
    task("2017-06-08", "Police liaison form", "Built simple form for detectives to request a callback from shelter staff (no resident data captured).", k="form", who="ps1", ttype="Other"),
  ],
  label=("negative", "hard:shelter", ["purge", "form"], "A youth shelter protecting exploited minors from their traffickers; requests to hide data are for victim safety."))

C(name="Marlow & Reyes LLP", industry="Legal", web="www.marlowreyes.example", phone="312-555-0109",
  street="55 W Monroe St Ste 2100", city="Chicago", state="IL", zip="60603", rev=5800000, emp=23,
  desc="Plaintiffs' firm representing trafficking survivors (TVPRA civil claims). Intake + client comms.", start="2017-04-03", end="2020-12-15",
  contacts=[("Celia", "Reyes", "Partner"), ("Ben", "Marlow", "Partner"), ("Ivy", "Tsai", "Intake Paralegal")],
  recs=[
    note("2017-04-10", "Onboarding", "Firm sues motels, ad sites and labor contractors on behalf of survivors under 18 USC 1595. Intake landing page + secure client messaging."),
    case("2018-02-20", "2018-02-21", "Intake form - minors", "Ivy: intake asks DOB; many clients were minors when trafficked. Need a 'was under 18 at time' flag + restrict those records.",
         "Added flag + sharing rule (partners + intake only).", k="intake", ctype="Feature Request"),
    task("2019-05-14", "Court deadline reminders", "Celia wants auto reminders for discovery deadlines in the motel cases. Set up.", k="motel", ttype="Email"),
  ],
  label=("negative", "hard:law_firm", ["intake", "motel"], "A survivors' law firm suing traffickers' facilitators; the trafficking vocabulary describes its clients' claims."))

C(name="Harborview Hotel Group", industry="Hospitality", web="www.harborviewhotels.example", phone="619-555-0176",
  street="1010 Harbor Dr", city="San Diego", state="CA", zip="92101", rev=38000000, emp=410,
  desc="7 select-service hotels. Guest app, loyalty, staff training portal.", start="2016-09-12", end="2020-12-31",
  contacts=[("Renee", "Calloway", "VP Operations"), ("Jorge", "Medina", "Director of Security"), ("Pat", "Quinlan", "Marketing Mgr")],
  recs=[
    event("2017-11-07", "PS scoping - 'report a concern' button", "Jorge wants a button in the guest app + staff app: 'I think someone may be trafficked'. Routes to security on duty + logs a case. Also a module tracking completion of staff trafficking-awareness training across 7 hotels.", k="btn", who="ps1"),
    case("2018-06-03", "2018-06-05", "Police request process", "Jorge: need a queue for law enforcement records requests (subpoena / exigent) so front desks stop handling them ad hoc.",
         "Built 'LE request' case type + approval by Jorge. Legal reviewed.", k="le", ctype="Feature Request"),
    note("2019-03-12", "QBR", "Renee: front desk at the Mission Valley hotel used the button last month - guest paying cash for 3 rooms, young girl w/ older man - security called police per protocol, man arrested. 'Exactly why we built it.'", who="csm2"),
  ],
  label=("negative", "hard:hotel_reporting", ["btn", "le"], "The hotel group builds trafficking reporting, training and police-request processes, and used them to get police to intervene."))

C(name="Kindred Match", industry="Internet", web="www.kindredmatch.example", phone="512-555-0148",
  street="501 Congress Ave Ste 600", city="Austin", state="TX", zip="78701", rev=7700000, emp=52,
  desc="Dating app. Member lifecycle email + push, T&S notifications.", start="2015-06-22", end="2020-10-31",
  contacts=[("Harper", "Quist", "Head of Trust & Safety"), ("Ray", "Okafor", "Growth Lead")],
  recs=[
    note("2016-02-09", "T&S stats", "Harper: escort/spam profiles ~0.4% of signups, auto-banned by their classifier. Want a ban-notice email that doesn't reveal which signal fired.", k="stats"),
    case("2017-10-30", "2017-11-01", "Suppress banned users from marketing", "Banned accts (escort spam, suspected minors) still getting promo emails.",
         "Synced ban flag to suppression list nightly.", ctype="Problem"),
    event("2018-09-18", "QBR", "Harper: they file CyberTipline reports to NCMEC for any suspected minor, ~12/qtr, and have a LE portal for police requests. Spam rate now 0.3%.", k="qbr"),
  ],
  label=("negative", "hard:dating_low_spam", ["stats", "qbr"], "The dating app keeps escort/spam profiles well under 1%, bans them and reports suspected minors to NCMEC."))

C(name="Riverbend County District Attorney's Office", type="Customer - Government", industry="Government", web="www.riverbendcountyda.example", phone="608-555-0114",
  street="215 Courthouse Sq", city="Riverbend", state="WI", zip="53590", rev=0, emp=85,
  desc="County prosecutor. Victim notification + community outreach campaigns.", start="2016-10-03", end="2020-09-30",
  contacts=[("Glenn", "Harrow", "Chief Deputy DA"), ("Sandra", "Voss", "Victim/Witness Coordinator")],
  recs=[
    note("2016-10-12", "Onboarding", "Gov pricing. Victim notification emails/SMS (hearing dates) + outreach newsletter. CJIS - no case files in our system, only contact + hearing date."),
    task("2017-04-19", "HT task force newsletter", "Sandra wants monthly newsletter for the county human trafficking task force (sheriff, DA, NGOs). Template built.", k="tf", ttype="Email"),
    case("2018-08-07", "2018-08-09", "Notification to minor victims", "Need notifications for minor victims to go to guardian contact only, never the minor.",
         "Added guardian routing rule + tested.", k="minor", prio="High", ctype="Feature Request"),
  ],
  label=("negative", "hard:police", ["tf", "minor"], "A prosecutor's office notifying trafficking victims and running a task-force newsletter."))

C(name="Lakemont State University - Center for Migrant Labor Research", type="Customer - Education", industry="Education",
  web="www.lakemont-migrantlabor.example", phone="541-555-0166", street="1 University Way, Hall 4", city="Lakemont", state="OR", zip="97333", rev=0, emp=12,
  desc="University research center; surveys of farmworkers on recruitment, wages, housing.", start="2018-01-15", end="2020-11-30",
  contacts=[("Dr. Elena", "Marsh", "Director"), ("Tobias", "Renn", "Research Coordinator")],
  recs=[
    note("2018-01-22", "Onboarding", "Edu pricing. SMS + web surveys of H-2A workers (ES/PT/EN). IRB-approved; respondent IDs only, no names."),
    case("2018-05-02", "2018-05-04", "Survey branching", "Q12 'Did a recruiter or employer keep your passport?' -> if yes, branch to Qs on debt + fees. Branch not firing in PT version.",
         "Fixed logic on PT translation ('O recrutador ficou com seu passaporte?').", k="survey", ctype="Problem"),
    task("2019-06-20", "Data deletion per IRB", "Tobias asked to delete raw SMS logs after export, per IRB protocol. Done + confirmed in writing.", k="irb", ttype="Other"),
  ],
  label=("negative", "hard:researcher", ["survey", "irb"], "A university lab studying forced labour; its surveys ask about passport confiscation and debt, and deletion requests follow its ethics protocol."))

C(name="TempForce Hospitality Staffing", industry="Staffing", web="www.tempforcestaffing.example", phone="843-555-0193",
  street="4970 Centre Pointe Dr", city="North Charleston", state="SC", zip="29418", rev=11000000, emp=38,
  desc="Staffing for hotels + resorts (housekeeping, banquets), incl. seasonal H-2B.", start="2014-03-17", end="2020-08-31",
  contacts=[("Doreen", "Hatch", "President"), ("Luis", "Carrasco", "Recruiting Manager"), ("Faye", "Gant", "Payroll")],
  recs=[
    note("2014-03-25", "Onboarding", "Hotel/resort staffing. Applicant drips + shift SMS. ~15% of workers H-2B in summer; housing stipend, they sign own leases."),
    case("2016-07-19", "2016-07-22", "Worker complaint routed to us", "A worker texted the shift line (which forwards to our logs) 'no me pagaron las horas extras'. Faye says payroll error on 1 client, fixing.",
         "Faye confirmed back-pay issued to 11 workers. Closed.", k="ot", ctype="Question"),
    note("2018-05-30", "Call w/ Doreen", "One of their housekeepers was assaulted by a client hotel's manager; TempForce pulled all workers from that hotel + reported to police, helping her w/ victim services. Wants SMS to remind workers of their 24h hotline.", k="assault", who="csm1"),
    task("2019-02-11", "DOL audit", "Doreen mentioned DOL audit of H-2B program closed w/ no findings. Wants H-2B fee-reimbursement letters templated.", ttype="Call"),
  ],
  label=("negative", "hard:staffing_ordinary", ["ot", "assault"], "An ordinary staffing agency that fixed a pay error, reimburses visa fees and protected a worker who was the victim of a client's manager."))

C(name="Sunridge Orchards", industry="Agriculture", web="www.sunridgeorchards.example", phone="509-555-0139",
  street="12400 Orchard View Rd", city="Wenatchee", state="WA", zip="98801", rev=14000000, emp=65,
  desc="Apple + pear orchard; ~180 H-2A workers in season. Farm store email + crew SMS.", start="2013-04-08", end="2020-10-31",
  contacts=[("Walt", "Brennan", "Owner"), ("Gloria", "Nunez", "HR / Housing Coordinator")],
  recs=[
    note("2013-04-16", "Onboarding", "Farm store newsletter + crew texts in Spanish. Gloria runs worker housing (on-farm, state-inspected)."),
    case("2015-06-15", "2015-06-16", "Housing roster field", "Gloria wants 'cabin #' and 'inspection date' on worker records.", "Added 2 fields.", k="house", ctype="Feature Request"),
    task("2017-03-07", "Template - fee reimbursement", "Gloria: 'We reimburse every worker's visa + travel in the first paycheck, need a bilingual letter.' Built template.", k="fee", ttype="Other"),
    note("2019-09-23", "QBR", "Passed DOL H-2A audit again. Worker retention 80% returning. Wants crew SMS in Mixteco if possible.", who="csm3"),
  ],
  label=("negative", "hard:agriculture_ordinary", ["house", "fee"], "An H-2A orchard with inspected housing that reimburses visa and travel costs; ordinary agricultural employment."))

C(name="Serenity Massage Institute", type="Customer", industry="Education", web="www.serenitymassageinst.example", phone="602-555-0155",
  street="3030 N Central Ave", city="Phoenix", state="AZ", zip="85012", rev=1900000, emp=21,
  desc="Licensed massage therapy school + student clinic. Enrollment drips + clinic booking.", start="2015-08-10", end="2020-08-31",
  contacts=[("Karen", "Odell", "Director"), ("Mike", "Santangelo", "Admissions")],
  recs=[
    note("2015-08-18", "Onboarding", "State-board-approved 750-hr program. Evening cohort runs till 10pm. Student clinic open to public, bookings thru our widget."),
    case("2016-11-09", "2016-11-10", "Block a client from booking", "Clinic client made inappropriate requests of a student; Karen banned him and filed police report. Need booking block by phone/email.",
         "Added blocklist to booking widget.", k="block", ctype="Feature Request"),
    task("2018-01-25", "Background check integration", "Mike wants applicant background-check status (required for state licensure) synced to CRM.", k="bg", who="ps1", ttype="Other"),
  ],
  label=("negative", "hard:massage_school", ["block", "bg"], "A licensed massage school that protects its students from an abusive client and runs required background checks."))

C(name="Blue Door Nail Bar", industry="Personal Services", web="www.bluedoornailbar.example", phone="615-555-0121",
  street="2209 12th Ave S", city="Nashville", state="TN", zip="37204", rev=650000, emp=11,
  desc="Nail salon, 1 location. Booking + SMS promos.", start="2016-05-02", end="2020-06-30",
  contacts=[("Jenna", "Ruiz", "Owner"), ("Carly", "Boone", "Salon Manager")],
  recs=[
    case("2018-08-20", "2018-08-24", "URGENT - texts we didn't send", "Cust reports ~1,100 clients got SMS 'hot singles near you, click here' from their number overnight. Jenna did NOT send it. Looks like compromised login.",
         "Confirmed credential stuffing from foreign IP. Reset all pw, enforced MFA, sent apology template. Jenna filed police report + we gave the detective our access logs.", k="hack", prio="High", ctype="Problem"),
    note("2018-09-05", "Follow up", "One of Jenna's techs also had her identity stolen from the same phish. Jenna asked for a letter confirming the breach for the tech's police report. Sent.", k="tech", who="csm2"),
    opp("2019-05-02", "Blue Door Nail Bar - Renewal 2019", "Renewal", "Closed Won", 1800, "Renewed, added MFA for all users. Goodwill credit applied."),
  ],
  label=("negative", "hard:victim_of_crime", ["hack", "tech"], "The salon was the victim of an account takeover used for spam; the sex-spam content came from the attacker, not the customer."))

C(name="Tri-County Youth Soccer League", type="Customer - Nonprofit", industry="Recreation", web="www.tricountyyouthsoccer.example", phone="317-555-0184",
  street="PO Box 812", city="Carmel", state="IN", zip="46032", rev=480000, emp=4,
  desc="Youth soccer league, ages 5-17. Registration emails, coach comms.", start="2014-07-21", end="2020-09-30",
  contacts=[("Heather", "Lowry", "League Administrator"), ("Dan", "Pike", "Safety Director")],
  recs=[
    event("2015-02-10", "PS - coach compliance tracking", "Dan wants background check + abuse-prevention training status on every coach/volunteer; no coach can be emailed a roster of minors until both are green.", k="bg", who="ps1"),
    case("2017-05-16", "2017-05-18", "Police records request", "Detective asked league for contact info of people at fields the night the equipment trailer was stolen. Heather asks what to export.",
         "Advised cust to route through their counsel; showed event attendee export. Unrelated theft the league reported.", k="pd", ctype="Question"),
    note("2019-08-01", "Safeguarding", "Dan: removed a volunteer who failed the background check before season start, per policy. Wants auto-alert when checks expire.", who="csm1"),
  ],
  label=("negative", "hard:safeguarding", ["bg", "pd"], "A youth league whose minors, police and background-check records are routine safeguarding and a theft it reported."))

C(name="Sandpiper Motor Lodge", industry="Hospitality", web="www.sandpipermotorlodge.example", phone="843-555-0115",
  street="1801 Ocean Blvd", city="Myrtle Beach", state="SC", zip="29577", rev=900000, emp=12,
  desc="Family-run 40-room motel. Booking reminders, seasonal promos.", start="2014-01-13", end="2020-10-31",
  contacts=[("Earl", "Whitaker", "Owner"), ("June", "Whitaker", "Manager")],
  recs=[
    note("2017-07-24", "News mention", "Local TV: man arrested at Sandpiper Motor Lodge on trafficking charges involving a 16 y/o; per article the night clerk noticed + called police. June says they cooperated fully, gave PD the registration card.", k="news", who="ae3"),
    task("2017-08-10", "Staff training content", "June wants a short staff email series on spotting trafficking (recognizing signs, who to call). Shared our template library + a state hotline flyer.", k="train", ttype="Email"),
    opp("2018-01-13", "Sandpiper Motor Lodge - Renewal 2018", "Renewal", "Closed Won", 1200, "Renewed."),
  ],
  label=("negative", "hard:guest_arrested", ["news", "train"], "A guest, not the motel, was arrested after the motel's clerk called police; the motel then trained staff."))

C(name="Glamour Lane Model & Talent", industry="Entertainment", web="www.glamourlanetalent.example", phone="404-555-0187",
  street="1075 Peachtree St NE", city="Atlanta", state="GA", zip="30309", rev=2400000, emp=17,
  desc="Modeling + talent agency, adult and kids' divisions. Casting call emails, talent CRM.", start="2015-02-02", end="2020-07-31",
  contacts=[("Simone", "Archer", "Agency Director"), ("Kyle", "Benton", "Kids Division Booker")],
  recs=[
    note("2016-09-19", "User deactivated", "Simone had us deactivate ex-booker Trey Dalby's login immediately; fired for 'boundary issues' w/ talent.", who="csm3"),
    note("2017-03-06", "Ex-employee arrested", "Simone called: Trey Dalby (ex-booker, gone since Sept) arrested for luring minors w/ fake casting calls from his personal social media acct. Police asked agency for his old emails; agency cooperated. Simone asks for audit log of his last 90 days of access.", k="arrest", who="ae2"),
    case("2017-03-08", "2017-03-10", "Audit log export", "Audit log of former user Trey Dalby for police.", "Exported + sent to Simone for her counsel.", ctype="Question"),
    task("2017-04-12", "Kids division - parent consent", "Kyle: all casting emails to under-18 talent must cc parent/guardian; built rule.", k="consent", who="ps1", ttype="Other"),
  ],
  label=("negative", "hard:ex_employee_arrested", ["arrest", "consent"], "A former employee acting on his own after being fired was arrested; the agency cut him off, cooperated with police and tightened protections for minors."))

C(name="Eastgate Travel Plaza", industry="Hospitality", web="www.eastgatetravelplaza.example", phone="605-555-0142",
  street="4200 I-90 Service Rd", city="Sioux Falls", state="SD", zip="57107", rev=6200000, emp=55,
  desc="Truck stop: fuel, restaurant, showers, truck wash. Driver loyalty program.", start="2013-10-07", end="2020-10-31",
  contacts=[("Brenda", "Kowalski", "General Manager"), ("Stu", "Lindahl", "Marketing")],
  recs=[
    task("2015-11-03", "Site visit", "Dropped by ~11pm after a dinner. Lot full, saw a couple of women walking between rigs; may be nothing (drivers' wives ride along a lot). Asked Brenda next day - they have a no-solicitation policy, security patrols lot, staff trained to call sheriff.", k="amb", who="ae1", ttype="Other"),
    opp("2016-10-07", "Eastgate Travel Plaza - Renewal 2016", "Renewal", "Closed Won", 4800, "Renewed, added SMS for shower queue."),
    opp("2017-10-07", "Eastgate Travel Plaza - Renewal 2017", "Renewal", "Closed Won", 4800, "Renewed."),
    opp("2019-10-07", "Eastgate Travel Plaza - Renewal 2019", "Renewal", "Closed Won", 5400, "Renewed + loyalty tier module."),
  ],
  label=("negative", "hard:routine_after_ambiguous", ["amb"], "One ambiguous late-night observation answered by the customer's no-solicitation and security practices; nothing else follows."))

# =====================================================================
# ORDINARY
# =====================================================================
C(name="Crumb & Co Bakery", industry="Food & Beverage", web="www.crumbandco.example", phone="503-555-0110",
  street="812 SE Hawthorne Blvd", city="Portland", state="OR", zip="97214", rev=780000, emp=14,
  desc="Bakery + cafe, 2 locations. Newsletter + pre-order reminders.", start="2015-10-05", end="2020-10-31",
  contacts=[("Hannah", "Pruitt", "Owner"), ("Leo", "Marchetti", "Cafe Manager")],
  recs=[note("2016-11-14", "Holiday pre-orders", "Pie pre-order journey worked great last yr; wants same w/ pickup slot reminders."),
        case("2017-12-20", "2017-12-21", "Pre-order form closed early", "Form stopped taking orders at 200, they meant 300.", "Raised cap.", ctype="Problem")],
  label=("negative", "ordinary", [], "Ordinary bakery with routine records."))

C(name="Maple Street Dental", industry="Healthcare", web="www.maplestreetdental.example", phone="614-555-0196",
  street="44 Maple St", city="Westerville", state="OH", zip="43081", rev=2100000, emp=18,
  desc="Dental practice. Recall reminders + newsletter.", start="2014-01-20", end="2020-12-15",
  contacts=[("Dr. Alan", "Reese", "Owner / DDS"), ("Kim", "Sorensen", "Office Manager")],
  recs=[task("2015-06-02", "BAA", "Sent signed BAA for HIPAA, filed.", ttype="Email"),
        case("2018-02-08", "2018-02-09", "Recall reminders sent twice", "Patients got 6-mo recall twice.", "Two overlapping journeys; disabled the old one.", ctype="Problem")],
  label=("negative", "ordinary", [], "Ordinary dental practice."))

C(name="Hilltop Bed & Breakfast", industry="Hospitality", web="www.hilltopbnb.example", phone="802-555-0153",
  street="9 Ridge Rd", city="Stowe", state="VT", zip="05672", rev=420000, emp=5,
  desc="8-room B&B. Booking confirmations, seasonal offers.", start="2016-03-14", end="2020-10-31",
  contacts=[("Margaret", "Fenn", "Innkeeper"), ("Paul", "Fenn", "Co-owner")],
  recs=[note("2017-09-05", "Foliage season", "Wants foliage-season campaign to past guests, 2-night min."),
        case("2019-01-14", "2019-01-15", "Confirmation email shows wrong checkin time", "Says 11am, should be 3pm.", "Updated template variable.", ctype="Problem")],
  label=("negative", "ordinary", [], "Ordinary small inn."))

C(name="Fade Factory Barbershop", industry="Personal Services", web="www.fadefactorybarbers.example", phone="901-555-0124",
  street="2150 Union Ave", city="Memphis", state="TN", zip="38104", rev=380000, emp=7,
  desc="Barbershop, 6 chairs. Booking widget + SMS reminders.", start="2017-02-06", end="2020-09-30",
  contacts=[("Marcus", "Bell", "Owner"), ("Dre", "Collins", "Barber / Scheduler")],
  recs=[case("2018-04-23", "2018-04-24", "No-show fee", "Can widget take a card for no-show fee?", "Yes w/ payments add-on; sent pricing.", ctype="Question"),
        opp("2018-05-10", "Fade Factory - Add-on payments", "Add-On", "Closed Won", 600, "Payments add-on for no-show fees.")],
  label=("negative", "ordinary", [], "Ordinary barbershop."))

C(name="Cedar Creek Vineyard", industry="Agriculture", web="www.cedarcreekvineyard.example", phone="541-555-0117",
  street="27800 Cedar Creek Rd", city="Dundee", state="OR", zip="97115", rev=3300000, emp=24,
  desc="Winery + tasting room. Wine club emails, event invites.", start="2013-06-17", end="2020-11-30",
  contacts=[("Ingrid", "Solberg", "Owner / Winemaker"), ("Tyler", "Grant", "Wine Club Manager")],
  recs=[note("2014-09-08", "Harvest party", "Club members harvest event invites; seasonal crew SMS not needed (vineyard mgmt co handles crews)."),
        case("2016-03-01", "2016-03-03", "Age gate on signup", "Need 21+ confirmation checkbox on wine club form.", "Added required checkbox.", ctype="Feature Request")],
  label=("negative", "ordinary", [], "Ordinary winery."))

C(name="Northgate HVAC", industry="Construction", web="www.northgatehvac.example", phone="763-555-0188",
  street="7700 Jefferson Hwy", city="Maple Grove", state="MN", zip="55369", rev=5100000, emp=36,
  desc="Residential HVAC service. Maintenance plan reminders.", start="2015-04-13", end="2020-10-31",
  contacts=[("Greg", "Lundgren", "Owner"), ("Shelly", "Krause", "Dispatch Manager")],
  recs=[task("2016-09-15", "Furnace tune-up campaign", "Shelly wants fall tune-up blast + online booking."),
        case("2019-11-04", "2019-11-05", "Booking slots overlap", "Two techs double-booked via widget.", "Resource calendar mapping fixed.", ctype="Problem")],
  label=("negative", "ordinary", [], "Ordinary HVAC contractor."))

C(name="Ledger Lane Bookkeeping", industry="Professional Services", web="www.ledgerlanebooks.example", phone="303-555-0102",
  street="1550 Larimer St Ste 300", city="Denver", state="CO", zip="80202", rev=950000, emp=9,
  desc="Bookkeeping for small businesses. Client newsletter, tax-season reminders.", start="2016-01-11", end="2020-12-10",
  contacts=[("Nora", "Fairbanks", "Principal"), ("Eli", "Stroud", "Client Services")],
  recs=[note("2017-01-09", "Tax season", "Doc-request reminders Jan-Apr, wants 3-step journey."),
        case("2018-03-12", "2018-03-13", "Attachment size", "Clients can't upload >10MB PDFs to form.", "Raised to 25MB on their plan.", ctype="Problem")],
  label=("negative", "ordinary", [], "Ordinary bookkeeping firm."))

C(name="Summit Yoga Studio", industry="Personal Services", web="www.summityogastudio.example", phone="828-555-0171",
  street="60 Biltmore Ave", city="Asheville", state="NC", zip="28801", rev=520000, emp=12,
  desc="Yoga studio. Class booking, intro offers, teacher training newsletter.", start="2017-08-07", end="2020-09-30",
  contacts=[("Willow", "Harte", "Owner"), ("Jonah", "Pierce", "Studio Manager")],
  recs=[event("2018-01-03", "New Year intro offer", "Planned 'new student 30 days' campaign + referral tracking."),
        case("2020-03-17", "2020-03-18", "Move classes online", "Need booking to send video links instead of room #.", "Added virtual location field + template.", ctype="Question", prio="High")],
  label=("negative", "ordinary", [], "Ordinary yoga studio."))

# =====================================================================
def main():
    for c in CUSTOMERS:
        add_customer(c)
    for obj, rows in ROWS.items():
        with open(os.path.join(OUT, f"{obj}.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=COLS[obj], quoting=csv.QUOTE_ALL)
            w.writeheader(); w.writerows(rows)
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["AccountId", "label", "kind", "knowable_from", "evidence_ids", "rationale"], quoting=csv.QUOTE_ALL)
        w.writeheader(); w.writerows(LABELS)
    print({k: len(v) for k, v in ROWS.items()}, "labels", len(LABELS))

if __name__ == "__main__":
    main()
