#!/usr/bin/env python3
"""Self-check of part J output."""
import csv, os, re, collections
HERE = os.path.dirname(os.path.abspath(__file__))
PREF = {"Account": "001", "Contact": "003", "Opportunity": "006", "Case": "500", "Task": "00T", "Event": "00U", "Note": "002"}
data = {}
for k in PREF:
    with open(os.path.join(HERE, f"{k}.csv"), newline="", encoding="utf-8") as fh:
        raw = fh.read()
    lines = raw.splitlines()
    assert all(l.startswith('"') for l in lines[:1]), k
    data[k] = list(csv.DictReader(raw.splitlines(True)))
with open(os.path.join(HERE, "labels.csv"), newline="", encoding="utf-8") as fh:
    labels = list(csv.DictReader(fh))
errs = []
ids = set()
rec_date = {}
for k, rows in data.items():
    for r in rows:
        i = r["Id"]
        if len(i) != 18 or i[:3] != PREF[k] or i[3:6] != "EVJ" or not i[6:].isdigit():
            errs.append(("badid", k, i))
        if i in ids:
            errs.append(("dup", i))
        ids.add(i)
        for col in ("OwnerId",):
            if not re.fullmatch(r"005EVJ\d{12}", r[col]):
                errs.append(("owner", i))
accts = {r["Id"] for r in data["Account"]}
contacts = {r["Id"]: r["AccountId"] for r in data["Contact"]}
per = collections.Counter()
DT = re.compile(r"(\d{4})-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000\+0000$")
DA = re.compile(r"(\d{4})-\d{2}-\d{2}$")
def chk_dt(v, what, i, allow_empty=False):
    if allow_empty and v == "":
        return
    m = DT.match(v) or DA.match(v)
    if not m or not (2012 <= int(m.group(1)) <= 2020):
        errs.append(("date", what, i, v))
for k, rows in data.items():
    for r in rows:
        i = r["Id"]
        chk_dt(r["CreatedDate"], "CreatedDate", i)
        if k == "Account":
            continue
        a = r.get("AccountId") or r.get("ParentId")
        if a not in accts:
            errs.append(("acct ref", i))
        if k in ("Task", "Event") and r["WhatId"] not in accts:
            errs.append(("whatid", i))
        who = r.get("WhoId") or r.get("ContactId")
        if who and contacts.get(who) != a:
            errs.append(("who", i))
        per[a] += 1
        rec_date[i] = r["CreatedDate"][:10]
        if k in ("Task", "Event"):
            chk_dt(r["ActivityDate"], "ActivityDate", i)
            rec_date[i] = r["ActivityDate"]
        if k == "Case":
            chk_dt(r["ClosedDate"], "ClosedDate", i, allow_empty=True)
            if r["ClosedDate"] and not r["ClosedDate"] > r["CreatedDate"]:
                errs.append(("closed<=created", i))
            if (r["IsClosed"] == "true") != bool(r["ClosedDate"]):
                errs.append(("isclosed", i))
        if k == "Opportunity":
            chk_dt(r["CloseDate"], "CloseDate", i)
            if r["CloseDate"] < r["CreatedDate"][:10]:
                errs.append(("opp close<created", i))
        if k == "Event":
            chk_dt(r["StartDateTime"], "Start", i); chk_dt(r["EndDateTime"], "End", i)
for a in accts:
    n = per[a]
    if not (6 <= n <= 24):
        errs.append(("records/customer", a, n))
acct_created = {r["Id"]: r["CreatedDate"][:10] for r in data["Account"]}
for k, rows in data.items():
    if k == "Account":
        continue
    for r in rows:
        a = r.get("AccountId") or r.get("ParentId")
        if r["CreatedDate"][:10] < acct_created[a]:
            errs.append(("before acct", r["Id"]))
case_closed = {r["Id"]: r["ClosedDate"][:10] for r in data["Case"]}
assert {l["AccountId"] for l in labels} == accts and len(labels) == len(accts)
for l in labels:
    ev = [e for e in l["evidence_ids"].split(";") if e]
    for e in ev:
        if e not in ids:
            errs.append(("ev missing", e))
    if l["label"] == "positive":
        dates = {rec_date[e] for e in ev} | {case_closed[e] for e in ev if e in case_closed}
        if l["knowable_from"] not in dates:
            errs.append(("kf", l["AccountId"], l["knowable_from"], sorted(dates)))
        if not ev:
            errs.append(("no ev", l["AccountId"]))
    else:
        if l["knowable_from"]:
            errs.append(("neg kf", l["AccountId"]))
kinds = collections.Counter((l["label"], l["kind"]) for l in labels)
print("errors:", len(errs))
for e in errs[:40]:
    print(" ", e)
print("accounts", len(accts), {k: len(v) for k, v in data.items()}, "non-account records", sum(per.values()))
print("per-customer min/max", min(per.values()), max(per.values()))
for k, v in sorted(kinds.items()):
    print(" ", k, v)
