#!/usr/bin/env python3
"""Builds partF of the relationship evaluation set (tag EVF) from the hand-written
account data in acc_*.py and the routine-record pool in pool.py."""
import csv, os, random, datetime as dt
import acc_pos1, acc_pos2, acc_neg1, acc_neg2, acc_ord, pool, extra_contacts, extra_recs

TAG = "EVF"
OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20261202)

USERS = {r: "005%s%012d" % (TAG, i + 1) for i, r in enumerate(
    ["am1", "am2", "am3", "uw1", "uw2", "sup1", "sup2", "sup3", "se1", "cs1", "comp1"])}
counters = {}
def nid(prefix):
    counters[prefix] = counters.get(prefix, 0) + 1
    return "%s%s%012d" % (prefix, TAG, counters[prefix])

def D(s):
    return dt.date.fromisoformat(s)
def ts(day, seed):
    h = 8 + seed % 10; m = (seed * 7) % 60; s = (seed * 13) % 60
    return "%sT%02d:%02d:%02d.000+0000" % (day.isoformat(), h, m, s)

STAGE = {"Prospecting": (10, False, False), "Qualification": (20, False, False),
         "Proposal/Price Quote": (60, False, False), "Negotiation/Review": (80, False, False),
         "Closed Won": (100, True, True), "Closed Lost": (0, True, False)}

rows = {k: [] for k in ["Account", "Contact", "Opportunity", "Case", "Task", "Event", "Note"]}
labels = []
case_no = [1000]
sup_cycle = ["sup1", "sup2", "sup3"]

ACCOUNTS = acc_pos1.ACCOUNTS + acc_pos2.ACCOUNTS + acc_neg1.ACCOUNTS + acc_neg2.ACCOUNTS + acc_ord.ACCOUNTS
order = list(range(len(ACCOUNTS)))
rng.shuffle(order)
pool_items = list(pool.POOL)
use_count = {i: 0 for i in range(len(pool_items))}

for ai in order:
    a = ACCOUNTS[ai]
    aid = nid("001")
    created = D(a["created"])
    owner = USERS[a.get("owner", "am1")]
    rows["Account"].append(dict(Id=aid, Name=a["name"], Type=a.get("type", "Customer"), Industry=a["industry"],
        Website=a["web"], Phone=a["phone"], BillingStreet=a["street"], BillingCity=a["city"],
        BillingState=a["state"], BillingPostalCode=a["zip"], BillingCountry=a["country"],
        AnnualRevenue="%.2f" % a["rev"], NumberOfEmployees=str(a["emp"]), Description=a["desc"],
        OwnerId=owner, CreatedDate=ts(created, ai)))
    cids = []
    for j, c in enumerate(a["contacts"] + extra_contacts.EXTRA.get(a["name"], [])):
        first, last, title, email, phone, city, country, bd = c[:8]
        cdate = D(c[8]) if len(c) > 8 else created + dt.timedelta(days=j)
        cid = nid("003"); cids.append(cid)
        rows["Contact"].append(dict(Id=cid, AccountId=aid, FirstName=first, LastName=last, Title=title,
            Email=email, Phone=phone, MailingCity=city, MailingCountry=country, Birthdate=bd,
            OwnerId=owner, CreatedDate=ts(cdate, ai + j)))
    recs = list(a["recs"]) + extra_recs.EXTRA.get(a["name"], [])
    # routine filler from the shared pool, spread over the account's life
    nfill = max(0, rng.randint(22, 25) - len(recs))
    end = D(a["end"])
    span = (end - created).days
    cands = [i for i in range(len(pool_items)) if use_count[i] < 3]
    rng.shuffle(cands)
    cands.sort(key=lambda i: use_count[i])
    for i in cands[:nfill]:
        use_count[i] += 1
        day = created + dt.timedelta(days=rng.randint(15, max(16, span)))
        r = dict(pool_items[i]); r["d"] = day.isoformat()
        if r.get("contact") == "any":
            r["contact"] = rng.randrange(len(cids)) if cids else None
        recs.append(r)
    recs.sort(key=lambda r: r["d"])
    ev, key = [], []
    for n, r in enumerate(recs):
        day = D(r["d"])
        assert D("2012-01-01") <= day <= D("2020-12-31"), (a["name"], r)
        assert day >= created, (a["name"], r["d"])
        seed = ai * 31 + n
        who = USERS[r["who"]] if r.get("who") else None
        cont = r.get("contact")
        cid = cids[cont] if cont is not None else ""
        t = r["t"]
        if t == "opp":
            rid = nid("006")
            prob, closed, won = STAGE[r["stage"]]
            rows["Opportunity"].append(dict(Id=rid, AccountId=aid, Name=r["name"], Type=r["typ"],
                StageName=r["stage"], Amount="%.2f" % r["amt"], Probability=str(prob),
                CloseDate=min(day + dt.timedelta(days=r["close_in"]), max(day, D("2020-12-31"))).isoformat(),
                IsClosed=str(closed).lower(), IsWon=str(won).lower(), Description=r["desc"],
                OwnerId=who or owner, CreatedDate=ts(day, seed)))
        elif t == "case":
            rid = nid("500")
            case_no[0] += 1
            closed = r["status"] == "Closed"
            cday = min(day + dt.timedelta(days=r["close_in"]), D("2020-12-31"))
            cd = ts(cday, seed + 3) if closed else ""
            if closed and cd <= ts(day, seed):
                cd = "%sT%s" % (cday.isoformat(), "23:%02d:00.000+0000" % (seed % 60))
            rows["Case"].append(dict(Id=rid, CaseNumber="%08d" % case_no[0], AccountId=aid, ContactId=cid,
                Subject=r["subj"], Description=r["desc"], Status=r["status"], Priority=r["prio"],
                Origin=r["origin"], Type=r["typ"], IsClosed=str(closed).lower(),
                OwnerId=who or USERS[sup_cycle[seed % 3]], CreatedDate=ts(day, seed), ClosedDate=cd,
                Comments=r["comments"]))
        elif t == "task":
            rid = nid("00T")
            rows["Task"].append(dict(Id=rid, WhatId=aid, WhoId=cid, AccountId=aid, Subject=r["subj"],
                Description=r["desc"], ActivityDate=day.isoformat(), Status=r["status"], Priority=r["prio"],
                Type=r["typ"], OwnerId=who or owner, CreatedDate=ts(day, seed)))
        elif t == "event":
            rid = nid("00U")
            start = dt.datetime(day.year, day.month, day.day, 9 + seed % 8, 0 if seed % 2 else 30)
            endt = start + dt.timedelta(minutes=r["mins"])
            f = "%Y-%m-%dT%H:%M:%S.000+0000"
            rows["Event"].append(dict(Id=rid, WhatId=aid, WhoId=cid, AccountId=aid, Subject=r["subj"],
                Description=r["desc"], Location=r["loc"], ActivityDate=day.isoformat(),
                StartDateTime=start.strftime(f), EndDateTime=endt.strftime(f),
                DurationInMinutes=str(r["mins"]), Type=r["typ"], OwnerId=who or owner,
                CreatedDate=ts(day, seed)))
        elif t == "note":
            rid = nid("002")
            rows["Note"].append(dict(Id=rid, ParentId=aid, Title=r["title"], Body=r["body"],
                IsPrivate=str(r["private"]).lower(), OwnerId=who or owner, CreatedDate=ts(day, seed)))
        else:
            raise ValueError(t)
        if r.get("k") in ("ev", "key"):
            ev.append(rid)
        if r.get("k") == "key":
            key.append(r["d"])
    if a["label"] == "positive":
        assert len(key) == 1, a["name"]
        kf = key[0]
    else:
        assert not key, a["name"]
        kf = ""
    labels.append(dict(AccountId=aid, label=a["label"], kind=a["kind"], knowable_from=kf,
                       evidence_ids=";".join(ev), rationale=a["why"]))

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
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, quoting=csv.QUOTE_ALL, lineterminator="\n")
        w.writeheader()
        for r in data:
            w.writerow(r)
for k, c in COLS.items():
    write(k + ".csv", [x.strip() for x in c.split(",")], rows[k])
write("labels.csv", ["AccountId", "label", "kind", "knowable_from", "evidence_ids", "rationale"], labels)
assert set(extra_recs.EXTRA) <= {a["name"] for a in ACCOUNTS}
assert set(extra_contacts.EXTRA) <= {a["name"] for a in ACCOUNTS}
print("pool uses", sorted(use_count.values())[:5], sorted(use_count.values())[-5:])
print({k: len(v) for k, v in rows.items()}, "total", sum(len(v) for v in rows.values()))
