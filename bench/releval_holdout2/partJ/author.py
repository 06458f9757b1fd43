#!/usr/bin/env python3
"""Deterministic generator for evaluation part J (fictional CRM export of a
payments processor + SMS/messaging API provider). Writes CSVs next to this file."""
import csv, os, random, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
TAG = "EVJ"
R = random.Random(20261202)

_ctr = {}
def nid(prefix):
    _ctr[prefix] = _ctr.get(prefix, 0) + 1
    return f"{prefix}{TAG}{_ctr[prefix]:012d}"

USERS = {}
for role in ["ae", "ae2", "csm", "csm2", "sup", "sup2", "se", "risk", "risk2", "legal"]:
    USERS[role] = nid("005")

def D(s):
    return dt.date.fromisoformat(s)

def dtm(d, hh=None, mm=None):
    if hh is None:
        hh = R.randint(13, 23)
    if mm is None:
        mm = R.randint(0, 59)
    return f"{d.isoformat()}T{hh:02d}:{mm:02d}:{R.randint(0,59):02d}.000+0000"

# ---------------------------------------------------------------- record builders
def N(d, title, body, ev=False, owner="csm", private=False):
    return dict(obj="Note", d=D(d), Title=title, Body=body, ev=ev, owner=owner, private=private)

def T(d, subj, desc, ev=False, owner="ae", status="Completed", type_="Call", prio="Normal"):
    return dict(obj="Task", d=D(d), Subject=subj, Description=desc, ev=ev, owner=owner,
                Status=status, Type=type_, Priority=prio)

def E(d, subj, desc, ev=False, owner="ae", loc="Zoom", dur=30, type_="Meeting"):
    return dict(obj="Event", d=D(d), Subject=subj, Description=desc, ev=ev, owner=owner,
                Location=loc, Dur=dur, Type=type_)

def C(d, subj, desc, closed=None, comments="", ev=False, owner="sup", prio="Medium",
      origin="Email", type_="Question", status=None):
    # ev: False | True/'created' (evidence dated CreatedDate) | 'closed' (dated ClosedDate)
    return dict(obj="Case", d=D(d), Subject=subj, Description=desc, closed=D(closed) if closed else None,
                Comments=comments, ev=ev, owner=owner, Priority=prio, Origin=origin, Type=type_,
                Status=status)

def O(d, name, type_, stage, amount, close, desc="", owner="ae"):
    return dict(obj="Opportunity", d=D(d), Name=name, Type=type_, StageName=stage, Amount=amount,
                close=D(close), Description=desc, owner=owner, ev=False)

# ---------------------------------------------------------------- routine filler
FILL_TASK = [
    ("pay", "Send W-9 + MSA copy", "{c} asked for our W-9 for their AP system. sent w/ countersigned MSA."),
    ("gen", "Follow up: inv {inv}", "Inv {inv} 30+ days past due. emailed {c}, says ACH going out Fri."),
    ("gen", "Follow up: inv {inv}", "left vm for {c} re open invoice {inv}. 2nd attempt"),
    ("gen", "API key rotation reminder", "Reminded {c} re annual key rotation. their dev will do it next sprint"),
    ("pay", "Call re settlement timing", "{c} asked why Fri batch funded Tues. bank holiday, explained. fine"),
    ("gen", "CSM check-in", "quick check-in w/ {c}. no issues, likes new dashboard. nothing to action"),
    ("sms", "Send msg pricing tiers", "sent updated per-msg pricing (tiers at 250k / 1M / 5M) to {c}"),
    ("pay", "PCI SAQ reminder", "SAQ A due end of month, emailed link to {c}"),
    ("gen", "Webhook retry config", "walked {c}'s dev thru retry/backoff settngs + signature check"),
    ("gen", "Renewal prep", "pull usage for renewal deck. vol roughly flat last 2 qtrs"),
    ("pay", "1099-K question", "{c} asked re 1099-K totals not matching their books. sent monthly breakdown, it's refunds"),
    ("gen", "Update billing contact", "billing contact changed to {c2} per email from {c}"),
    ("sms", "Sender ID question", "{c} asked if they can use alphanumeric sender in CA. no, explained long code / toll free"),
    ("pay", "Send reserve release schedule", "sent reserve release sched per contract, nothing unusual"),
    ("gen", "Intro new CSM", "intro email, {csm} taking over acct from prior CSM"),
    ("sms", "Toll-free verification", "helped {c} fill toll-free verification form, use case = account notifications"),
    ("pay", "Apple Pay enablement", "{c} wants Apple Pay on web checkout. sent domain verification steps"),
    ("gen", "Survey follow-up", "NPS 8 from {c}. comment: 'docs could be better'. thanked"),
]
FILL_EVENT = [
    ("gen", "QBR", "QBR w/ {c}. vol up ~{p}% YoY, asked about intl cards + FX. no concerns", "Zoom", 60),
    ("gen", "Onboarding check-in", "30 day check-in. integration live, {c} happy. open item: sandbox keys for 2nd dev", "Zoom", 30),
    ("gen", "Integration review", "SE reviewed their checkout + API usage. recommended tokenization + idempotency keys", "Zoom", 45),
    ("gen", "Lunch w/ {c}", "relationship lunch. talked roadmap, hiring. nothing to log really", "Customer office", 90),
    ("gen", "Dashboard training", "trained {c} + 2 staff on reporting dashboard + exports", "Zoom", 45),
    ("sms", "Messaging roadmap call", "walked {c} thru MMS + delivery reporting roadmap", "Zoom", 30),
    ("pay", "Fraud tools demo", "demo'd velocity rules + 3DS to {c}. interested, TBD budget", "Zoom", 45),
]
FILL_CASE = [
    ("gen", "Password reset", "User locked out of portal after 5 failed attempts.", "Reset link sent, user confirmed login."),
    ("gen", "Portal login issue", "2FA codes not arriving for {c}.", "Phone # on profile was old. updated, works now."),
    ("gen", "Webhook 500s", "Webhooks failing with 500 from cust endpoint since ~2am.", "Cust-side deploy issue. fixed on their end, we replayed events."),
    ("pay", "Batch not funded", "Yesterday's batch not showing in their bank acct.", "ACH delayed by bank holiday, funded next biz day."),
    ("gen", "Add user seats", "Requesting 3 more portal seats for accounting.", "Seats added, invoice adjusted."),
    ("sms", "DLRs missing", "Delivery receipts not coming back for one carrier.", "Carrier side delay, cleared w/o action."),
    ("pay", "Dispute upload help", "Cust needs help uploading docs for dispute #{n}.", "Walked thru upload, docs submitted before deadline."),
    ("sms", "Port numbers", "Port {k} numbers from previous provider.", "Port completed, LOA on file."),
    ("pay", "Descriptor typo", "Statement descriptor shows misspelled business name.", "Corrected descriptor, effective next batch."),
    ("sms", "429s on messages endpoint", "Getting 429 Too Many Requests during evening send.", "Explained MPS limits. offered higher throughput tier, cust will think."),
    ("pay", "Duplicate charge", "End customer charged twice after double click.", "Refunded dup. advised idempotency keys."),
    ("cp", "Terminal won't pair", "Card reader at front desk not pairing w/ tablet.", "Replaced terminal, shipped overnight."),
    ("pay", "Statement question", "Fees on monthly statement higher than expected.", "Explained cross-border + Amex rates. cust ok."),
    ("sms", "STOP handling question", "How do STOP/HELP replies work w/ our API?", "Sent docs. STOP is auto-handled at platform level."),
    ("gen", "Invoice copy", "Need PDF copies of last 6 invoices for audit.", "Sent."),
    ("pay", "Refund stuck pending", "Refund initiated 5 days ago still pending.", "Issuer delay, refund settled day 7."),
    ("sms", "MMS image not rendering", "Images in MMS show as link on some Android phones.", "Known handset behaviour, sent guidance on file size."),
    ("gen", "API docs question", "Dev asking about pagination on /transactions.", "Answered, linked docs."),
]
FILL_OPP = [
    ("gen", "Renewal {y}", "Renewal", "Closed Won", "Annual renewal, no change to pricing."),
    ("gen", "Renewal {y}", "Renewal", "Closed Won", "renewed, 2 yr term w/ small rate reduction"),
    ("sms", "Add-on: dedicated short code", "Upsell", "Closed Lost", "cust decided long codes are enough for now"),
    ("pay", "Upsell: fraud tools", "Upsell", "Closed Won", "Added velocity rules package."),
    ("sms", "Expansion: msg volume tier", "Upsell", "Closed Won", "moved to 1M msg/mo tier"),
    ("pay", "Add-on: recurring billing", "Upsell", "Closed Lost", "went w/ in-house subscriptions"),
]
FILL_NOTE = [
    ("gen", "Pricing", "Agreed pricing: {rate}% + $0.10 blended; SMS $0.0075/seg. Net 30. {ae} approved."),
    ("gen", "Acct plan", "Primary: {c}. Exec sponsor: {c2}. Goals: fewer declines, cleaner reporting. Risk: low."),
    ("gen", "Handoff AE -> CSM", "Signed. Handing to CSM. Main contact {c}, responsive over email. Integration via REST API."),
    ("gen", "QBR notes", "Vol steady. They want better CSV exports. Logged FR-{n}."),
    ("gen", "Renewal notes", "No competitor in play. Pricing ok. Renewal auto per contract."),
]


FILL_TASK += [
    ("gen", "fw: question from acctg", "{c} fwd'd a q from their accountant re: how fees show on statement. replied w/ fee guide"),
    ("gen", "Contract countersign", "sent amendment for e-sign, {c2} signed same day"),
    ("gen", "cc change", "cust updated card on file for platform fees. nothing else"),
    ("gen", "Sandbox keys", "issued 2nd set of sandbox keys for their new contractor dev"),
    ("gen", "Outage comms", "sent incident summary for last Tues API latency to {c}. no impact on them per {c}"),
    ("gen", "TBD - exec intro", "AE wants intro to {c2}. {c} says maybe next qtr, TBD"),
    ("gen", "annual review", "annual acct review done, KYC docs current, no changes"),
    ("pay", "Reserve question", "{c} asked when rolling reserve ends. per contract, releases monthly. sent schedule"),
    ("pay", "ACH return", "1 ACH return (R01) on fee debit. {c} moved funds, re-debited ok"),
    ("sms", "10DLC brand reg", "helped {c} register brand + campaign for 10DLC. campaign type: customer care"),
    ("sms", "Msg template review", "reviewed their reminder templates for opt-out language, added 'Reply STOP to opt out'"),
    ("sms", "Number release", "{c} released {k} unused numbers to cut costs"),
    ("cp", "Terminal order", "ordered {k} new countertop terminals, shipping to store"),
    ("cp", "EMV firmware", "pushed firmware update to their terminals, reminded {c} to reboot overnight"),
    ("payroll", "Load file rejected", "weekly payroll load file rejected - header date wrong. {c} resent, loaded"),
    ("payroll", "Cardholder fee schedule", "sent cardholder fee schedule (1 free ATM/wk) to {c} for new-hire packets"),
    ("payroll", "New hires", "{c} asked to order {k} more payroll cards for new hires"),
    ("np", "Donation receipts", "{c} asked re tax receipt wording on donation emails. sent template"),
    ("np", "Recurring donors", "set up monthly recurring donation option on their form"),
    ("gov", "PO renewal", "county procurement needs new PO for FY. sent quote to {c}"),
    ("gov", "W-9 + insurance cert", "{c} needs W-9 + COI for vendor file. sent both"),
]
FILL_CASE += [
    ("gen", "Export timing out", "CSV export of 12 months times out.", "Advised smaller date range; bug logged for large exports."),
    ("gen", "SSO setup", "Want SAML SSO for portal users.", "Configured w/ their IdP. tested ok."),
    ("gen", "wrong timezone on reports", "Daily report cuts off at 7pm local, they want midnight.", "Changed report tz to account local time."),
    ("gen", "Remove ex-employee user", "Remove portal access for employee who left.", "User deactivated."),
    ("pay", "Settlement bank change", "Cust changing operating bank, new acct for settlement.", "Verified new acct w/ voided check + microdeposits. updated."),
    ("pay", "Declines spike", "Higher than usual declines this AM.", "Issuer-side outage at one bank, resolved by noon."),
    ("pay", "Amex opt-blue question", "Do we support Amex on same statement?", "Yes, explained OptBlue pricing."),
    ("sms", "Msgs delayed", "Reminder texts arriving 20+ min late.", "Queue backlog on one carrier route. rerouted."),
    ("sms", "Emoji shows as ??", "Emoji in texts show as question marks on some phones.", "Encoding set to GSM-7; switched to UCS-2 for those templates."),
    ("sms", "Long SMS split", "Messages splitting into 3 segments, cost higher than expected.", "Explained segmenting, helped shorten template."),
    ("cp", "Receipt printer", "Terminal receipts printing blank.", "Paper roll loaded upside down. resolved on call."),
    ("cp", "Tip adjust", "Can't adjust tips after batch closes.", "Explained tip adjust window; changed auto-close to 2am."),
    ("payroll", "Card not activated", "Worker card won't activate at ATM.", "Card needed PIN set via IVR first. walked thru."),
    ("payroll", "Lost card", "Cardholder reports lost card.", "Card blocked + replacement mailed to cardholder's address on file."),
    ("np", "Donor refund", "Donor gave $500 instead of $50 by mistake.", "Refunded $450."),
    ("gov", "Payment portal accessibility", "County asks if payment page meets WCAG 2.0 AA.", "Sent VPAT."),
]
FILL_NOTE += [
    ("gen", "FYI", "{c} out on leave until next month, {c2} covering. cc both on invoices"),
    ("gen", "Call notes", "Short call w/ {c}. happy overall, wants better mobile portal. no action"),
    ("gen", "Risk annual review", "Annual review complete. No CB issues, KYC current. risk rating unchanged (low)."),
    ("pay", "CB summary", "CB ratio {r}% last 90d, well under thresholds."),
    ("sms", "Usage", "~{m}k msgs/mo, mostly reminders. delivery rate 97%+."),
]
FILL_EVENT += [
    ("gen", "Renewal call", "renewal convo w/ {c} + {c2}. no pricing pushback. sending paperwork", "Phone", 30),
    ("gen", "Onsite visit", "stopped by on way to another cust. said hi to {c}, all good", "Customer office", 30),
    ("payroll", "Payroll card training", "trained {c} on load files + card ordering portal", "Zoom", 45),
    ("np", "Year-end giving planning", "planned year-end donation campaign w/ {c}, SMS + email", "Zoom", 45),
]

SURNAMES = ["Okafor", "Brandt", "Lindqvist", "Morales", "Park", "Haddad", "Kowalski", "Dubois",
            "Nakamura", "Fitzgerald", "Oyelaran", "Santos", "Whitcombe", "Ibarra", "Halvorsen"]
CSMS = ["Priya", "Marcus", "Jenna", "Tomasz", "Alicia"]


EARLY = {"Handoff AE -> CSM", "Onboarding check-in", "Pricing", "Acct plan", "Port numbers"}

def filler(cust, d):
    for _ in range(30):
        r = _filler(cust, d)
        key = (r["obj"], r.get("Subject") or r.get("Title") or r.get("Name"))
        if key[1] in EARLY and (d - D(cust["created"])).days > 150:
            continue
        if key not in cust.setdefault("_seen", set()):
            cust["_seen"].add(key)
            return r
    return r

def _filler(cust, d):
    prods = set(cust["products"].split(",")) | {"gen"}
    c = cust["contacts"][0][0]
    c2 = cust["contacts"][-1][0] + " " + cust["contacts"][-1][1]
    fmt = dict(c=c, c2=c2, inv=f"INV-{R.randint(10000, 99999)}", p=R.randint(3, 35),
               n=R.randint(100000, 999999), k=R.randint(2, 12), y=d.year,
               rate=R.choice(["2.5", "2.6", "2.75", "2.9"]), ae="AE", csm=R.choice(CSMS),
               r=R.choice(["0.12", "0.2", "0.31", "0.08", "0.4"]), m=R.randint(5, 60))
    kind = R.choices(["Task", "Event", "Case", "Opportunity", "Note"], [34, 14, 30, 10, 12])[0]
    def pick(pool):
        opts = [p for p in pool if p[0] in prods]
        return R.choice(opts)
    if kind == "Task":
        _, s, de = pick(FILL_TASK)
        return T(d.isoformat(), s.format(**fmt), de.format(**fmt), owner=R.choice(["ae", "csm", "csm2"]),
                 type_=R.choice(["Call", "Email", "Email", "Other"]))
    if kind == "Event":
        _, s, de, loc, dur = pick(FILL_EVENT)
        return E(d.isoformat(), s.format(**fmt), de.format(**fmt), owner=R.choice(["ae", "csm", "se"]), loc=loc, dur=dur)
    if kind == "Case":
        _, s, de, cm = pick(FILL_CASE)
        cl = d + dt.timedelta(days=R.randint(0, 6))
        return C(d.isoformat(), s.format(**fmt), de.format(**fmt), closed=cl.isoformat(), comments=cm.format(**fmt),
                 owner=R.choice(["sup", "sup2"]), prio=R.choice(["Low", "Medium", "Medium"]),
                 origin=R.choice(["Email", "Web", "Phone"]), type_=R.choice(["Question", "Problem", "Question"]))
    if kind == "Opportunity":
        _, s, ty, st, de = pick(FILL_OPP)
        cl = min(d + dt.timedelta(days=R.randint(20, 75)), D("2020-12-18"))
        amt = R.choice([4800, 7200, 9600, 12000, 18000, 24000, 36000])
        return O(d.isoformat(), f"{cust['name']} - " + s.format(**fmt), ty, st, amt, cl.isoformat(), de)
    _, t, b = pick(FILL_NOTE)
    return N(d.isoformat(), t, b.format(**fmt), owner=R.choice(["ae", "csm"]))


# ---------------------------------------------------------------- customers
CUSTOMERS = []
def cust(**kw):
    CUSTOMERS.append(kw)

exec(open(os.path.join(HERE, "customers.py"), encoding="utf-8").read())

# ---------------------------------------------------------------- build
rows = {k: [] for k in ["Account", "Contact", "Opportunity", "Case", "Task", "Event", "Note"]}
labels = []
case_no = 10000

for cu in CUSTOMERS:
    aid = nid("001")
    cu["aid"] = aid
    created = D(cu["created"])
    end = D(cu.get("end", "2020-10-30"))
    rows["Account"].append(dict(Id=aid, Name=cu["name"], Type=cu.get("type", "Customer"), Industry=cu["industry"],
        Website=cu["web"], Phone=cu["phone"], BillingStreet=cu["street"], BillingCity=cu["city"],
        BillingState=cu["state"], BillingPostalCode=cu["zip"], BillingCountry="United States",
        AnnualRevenue=f"{cu['rev']:.2f}", NumberOfEmployees=str(cu["emp"]), Description=cu["desc"],
        OwnerId=USERS[cu.get("owner", "ae")], CreatedDate=dtm(created, 15)))
    cids = []
    dom = cu["web"].replace("https://www.", "")
    for i, (fn, ln, title) in enumerate(cu["contacts"]):
        cid = nid("003")
        cids.append(cid)
        cd = created + dt.timedelta(days=i * R.randint(0, 40))
        rows["Contact"].append(dict(Id=cid, AccountId=aid, FirstName=fn, LastName=ln, Title=title,
            Email=f"{fn.lower()}.{ln.lower().replace(' ', '')}@{dom}", Phone=f"{cu['phone'][:8]}{R.randint(100,199):04d}"[:12],
            MailingCity=cu["city"], MailingCountry="United States",
            Birthdate=f"{R.randint(1955, 1992)}-{R.randint(1,12):02d}-{R.randint(1,28):02d}",
            OwnerId=USERS[cu.get("owner", "ae")], CreatedDate=dtm(cd, 16)))
    recs = list(cu["recs"])
    cu["_seen"] = {(r["obj"], r.get("Subject") or r.get("Title") or r.get("Name")) for r in recs}
    target = cu["n"] - len(cids)
    if not any((r["d"] - created).days < 60 for r in recs):
        c0 = cu["contacts"][0][0]
        d1 = created + dt.timedelta(days=R.randint(2, 12))
        d2 = d1 + dt.timedelta(days=R.randint(14, 40))
        recs.append(E(d1.isoformat(), "Kickoff", R.choice([
            f"Kickoff w/ {c0} + their dev. API keys issued, go-live target in 3 wks. open items: W-9, bank letter.",
            f"kickoff call. {c0} is main contact. integration via hosted checkout + REST. target go-live end of month",
            f"Onboarding kickoff w/ {c0}. walked thru portal, sandbox, go-live checklist. no blockers"]), owner="csm", dur=60))
        recs.append(N(d2.isoformat(), R.choice(["Handoff AE -> CSM", "Go-live", "Onboarding done"]), R.choice([
            f"Live as of this wk. first batch settled fine. {c0} responsive, prefers email.",
            f"Go-live complete. pricing per signed order form. next touch = 90 day check-in.",
            f"onboarding closed out, all checklist items done. handing to CSM."]), owner="csm"))
    span = (end - created).days
    while len(recs) < target:
        d = created + dt.timedelta(days=R.randint(5, span))
        recs.append(filler(cu, d))
    recs.sort(key=lambda r: r["d"])
    ev_ids, ev_dates = [], []
    for r in recs:
        own = USERS[r["owner"]]
        who = R.choice(cids)
        ob = r["obj"]
        if ob == "Note":
            rid = nid("002")
            rows["Note"].append(dict(Id=rid, ParentId=aid, Title=r["Title"], Body=r["Body"],
                IsPrivate="true" if r["private"] else "false", OwnerId=own, CreatedDate=dtm(r["d"])))
            evd = r["d"]
        elif ob == "Task":
            rid = nid("00T")
            rows["Task"].append(dict(Id=rid, WhatId=aid, WhoId=who, AccountId=aid, Subject=r["Subject"],
                Description=r["Description"], ActivityDate=r["d"].isoformat(), Status=r["Status"],
                Priority=r["Priority"], Type=r["Type"], OwnerId=own, CreatedDate=dtm(r["d"])))
            evd = r["d"]
        elif ob == "Event":
            rid = nid("00U")
            h = R.randint(14, 20)
            st = dt.datetime(r["d"].year, r["d"].month, r["d"].day, h, R.choice([0, 30]))
            en = st + dt.timedelta(minutes=r["Dur"])
            f = "%Y-%m-%dT%H:%M:%S.000+0000"
            rows["Event"].append(dict(Id=rid, WhatId=aid, WhoId=who, AccountId=aid, Subject=r["Subject"],
                Description=r["Description"], Location=r["Location"], ActivityDate=r["d"].isoformat(),
                StartDateTime=st.strftime(f), EndDateTime=en.strftime(f), DurationInMinutes=str(r["Dur"]),
                Type=r["Type"], OwnerId=own, CreatedDate=dtm(r["d"], 8, R.randint(0, 59))))
            evd = r["d"]
        elif ob == "Case":
            rid = nid("500")
            case_no += R.randint(1, 37)
            closed = r["closed"]
            status = r["Status"] or ("Closed" if closed else "Open")
            cdt = dtm(r["d"], R.randint(9, 14))
            if closed:
                cl = dtm(closed, R.randint(15, 23)) if closed > r["d"] else dtm(closed, 23, 30)
            rows["Case"].append(dict(Id=rid, CaseNumber=f"{case_no:08d}", AccountId=aid, ContactId=who,
                Subject=r["Subject"], Description=r["Description"], Status=status, Priority=r["Priority"],
                Origin=r["Origin"], Type=r["Type"], IsClosed="true" if closed else "false", OwnerId=own,
                CreatedDate=cdt, ClosedDate=cl if closed else "", Comments=r["Comments"]))
            evd = closed if r["ev"] == "closed" else r["d"]
        else:
            rid = nid("006")
            closed = r["StageName"].startswith("Closed")
            prob = {"Closed Won": 100, "Closed Lost": 0, "Negotiation/Review": 75, "Proposal/Price Quote": 50,
                    "Qualification": 20, "Prospecting": 10}.get(r["StageName"], 50)
            rows["Opportunity"].append(dict(Id=rid, AccountId=aid, Name=r["Name"], Type=r["Type"],
                StageName=r["StageName"], Amount=f"{r['Amount']:.2f}", Probability=str(prob),
                CloseDate=r["close"].isoformat(), IsClosed="true" if closed else "false",
                IsWon="true" if r["StageName"] == "Closed Won" else "false", Description=r["Description"],
                OwnerId=own, CreatedDate=dtm(r["d"])))
            evd = r["d"]
        if r["ev"]:
            ev_ids.append(rid)
            ev_dates.append(evd.isoformat())
    if cu["label"] == "positive":
        assert cu["kf"] in ev_dates, (cu["name"], cu["kf"], ev_dates)
    labels.append(dict(AccountId=aid, label=cu["label"], kind=cu["kind"],
                       knowable_from=cu.get("kf", "") if cu["label"] == "positive" else "",
                       evidence_ids=";".join(ev_ids), rationale=cu["why"]))

COLS = {
    "Account": "Id, Name, Type, Industry, Website, Phone, BillingStreet, BillingCity, BillingState, BillingPostalCode, BillingCountry, AnnualRevenue, NumberOfEmployees, Description, OwnerId, CreatedDate",
    "Contact": "Id, AccountId, FirstName, LastName, Title, Email, Phone, MailingCity, MailingCountry, Birthdate, OwnerId, CreatedDate",
    "Opportunity": "Id, AccountId, Name, Type, StageName, Amount, Probability, CloseDate, IsClosed, IsWon, Description, OwnerId, CreatedDate",
    "Case": "Id, CaseNumber, AccountId, ContactId, Subject, Description, Status, Priority, Origin, Type, IsClosed, OwnerId, CreatedDate, ClosedDate, Comments",
    "Task": "Id, WhatId, WhoId, AccountId, Subject, Description, ActivityDate, Status, Priority, Type, OwnerId, CreatedDate",
    "Event": "Id, WhatId, WhoId, AccountId, Subject, Description, Location, ActivityDate, StartDateTime, EndDateTime, DurationInMinutes, Type, OwnerId, CreatedDate",
    "Note": "Id, ParentId, Title, Body, IsPrivate, OwnerId, CreatedDate",
}
def write(name, cols, data):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_ALL, lineterminator="\n")
        w.writerow(cols)
        for row in data:
            w.writerow([row[c] for c in cols])

for k, cols in COLS.items():
    cols = [c.strip() for c in cols.split(",")]
    data = sorted(rows[k], key=lambda r: r["Id"])
    write(f"{k}.csv", cols, data)
write("labels.csv", ["AccountId", "label", "kind", "knowable_from", "evidence_ids", "rationale"], labels)
print({k: len(v) for k, v in rows.items()}, "labels", len(labels))
