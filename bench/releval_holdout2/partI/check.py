import csv, collections, re, sys
F = ["Account", "Contact", "Opportunity", "Case", "Task", "Event", "Note", "labels"]
T = {}
for f in F:
    raw = open(f + ".csv", encoding="utf-8").read()
    # every field quoted: each line starts with a quote
    T[f] = list(csv.DictReader(open(f + ".csv", encoding="utf-8", newline="")))
errs = []
ids = collections.Counter()
pref = {"Account": "001", "Contact": "003", "Opportunity": "006", "Case": "500", "Task": "00T", "Event": "00U", "Note": "002"}
for f, p in pref.items():
    for r in T[f]:
        ids[r["Id"]] += 1
        if len(r["Id"]) != 18 or not r["Id"].startswith(p + "EVI"):
            errs.append(("badid", f, r["Id"]))
        if not re.fullmatch(r"\d{12}", r["Id"][6:]):
            errs.append(("badctr", r["Id"]))
        if "OwnerId" in r and not (len(r["OwnerId"]) == 18 and r["OwnerId"].startswith("005EVI")):
            errs.append(("owner", r["Id"]))
dups = [k for k, v in ids.items() if v > 1]
if dups: errs.append(("dup", dups))
acc = {r["Id"]: r for r in T["Account"]}
con = {r["Id"]: r for r in T["Contact"]}
per = collections.Counter()
dates = collections.defaultdict(set)
def chk_date(s, rid):
    y = int(s[:4])
    if not (2012 <= y <= 2020): errs.append(("year", rid, s))
for f in ["Contact", "Opportunity", "Case", "Task", "Event", "Note"]:
    for r in T[f]:
        a = r.get("AccountId") or r.get("ParentId")
        if a not in acc: errs.append(("acct", f, r["Id"]))
        if f in ("Task", "Event") and r["WhatId"] not in acc: errs.append(("what", r["Id"]))
        if f in ("Task", "Event") and r["WhoId"] not in con: errs.append(("who", r["Id"]))
        if f == "Case" and r["ContactId"] not in con: errs.append(("cc", r["Id"]))
        for k in ("WhoId", "ContactId"):
            if r.get(k) and con[r[k]]["AccountId"] != a: errs.append(("conacct", r["Id"]))
        per[a] += 1
        for k in ("CreatedDate", "ClosedDate", "ActivityDate", "CloseDate", "StartDateTime", "EndDateTime", "Birthdate"):
            if r.get(k):
                if k != "Birthdate": chk_date(r[k], r["Id"])
                if not re.fullmatch(r"\d{4}-\d\d-\d\d(T\d\d:\d\d:\d\d\.000\+0000)?", r[k]): errs.append(("fmt", r["Id"], k, r[k]))
        if r["CreatedDate"] < acc[a]["CreatedDate"]: errs.append(("before_acct", r["Id"]))
        if f == "Case":
            if r["IsClosed"] == "true" and not (r["ClosedDate"] > r["CreatedDate"]): errs.append(("closed", r["Id"]))
            if r["IsClosed"] == "false" and r["ClosedDate"]: errs.append(("openclosed", r["Id"]))
        if f == "Opportunity" and r["CloseDate"] < r["CreatedDate"][:10]: errs.append(("oppclose", r["Id"]))
        if f == "Event" and r["EndDateTime"] <= r["StartDateTime"]: errs.append(("evt", r["Id"]))
        d = {r["CreatedDate"][:10]}
        for k in ("ClosedDate", "ActivityDate", "CloseDate"):
            if r.get(k): d.add(r[k][:10])
        dates[r["Id"]] = d
for r in T["Account"]: chk_date(r["CreatedDate"], r["Id"])
for a in acc:
    if not (6 <= per[a] <= 25): errs.append(("count", acc[a]["Name"], per[a]))
labs = T["labels"]
if set(l["AccountId"] for l in labs) != set(acc) or len(labs) != len(acc): errs.append(("labels cover",))
kinds = collections.Counter()
for l in labs:
    kinds[(l["label"], l["kind"])] += 1
    if l["label"] == "positive":
        ev = l["evidence_ids"].split(";")
        if not ev or any(e not in dates for e in ev): errs.append(("ev", l["AccountId"]))
        if not any(l["knowable_from"] in dates[e] for e in ev): errs.append(("kf", l["AccountId"]))
        for e in ev:
            # evidence must belong to the account
            pass
    else:
        if l["knowable_from"] or l["evidence_ids"]: errs.append(("negfields", l["AccountId"]))
# every file fully quoted
for f in F:
    for i, line in enumerate(open(f + ".csv", encoding="utf-8")):
        pass
txt = "".join(open(f + ".csv", encoding="utf-8").read() for f in F)
for m in re.findall(r"\(\d{3}\) (\d{3})-", txt):
    if m != "555": errs.append(("phone", m))
for m in re.findall(r"@([A-Za-z0-9.-]+)", txt):
    if not m.endswith(".example"): errs.append(("email", m))
print("errors:", errs[:30], len(errs))
print("per-account min/max", min(per.values()), max(per.values()), "total", sum(per.values()))
for f in F: print(f, len(T[f]))
for k, v in sorted(kinds.items()): print(k, v)
