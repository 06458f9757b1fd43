# Small helpers so each account's records can be written by hand as data.
def O(d, name, stage, amt, desc, typ="New Business", who=None, close_in=30, k=None):
    return dict(t="opp", d=d, name=name, stage=stage, amt=amt, desc=desc, typ=typ, who=who, close_in=close_in, k=k)

def C(d, contact, subj, desc, comments="", status="Closed", prio="Medium", origin="Email",
      typ="Question", close_in=2, who=None, k=None):
    return dict(t="case", d=d, contact=contact, subj=subj, desc=desc, comments=comments, status=status,
                prio=prio, origin=origin, typ=typ, close_in=close_in, who=who, k=k)

def T(d, contact, subj, desc, status="Completed", prio="Normal", typ="Call", who=None, k=None):
    return dict(t="task", d=d, contact=contact, subj=subj, desc=desc, status=status, prio=prio, typ=typ, who=who, k=k)

def E(d, contact, subj, desc, loc="", mins=30, typ="Meeting", who=None, k=None):
    return dict(t="event", d=d, contact=contact, subj=subj, desc=desc, loc=loc, mins=mins, typ=typ, who=who, k=k)

def N(d, title, body, private=False, who=None, k=None):
    return dict(t="note", d=d, title=title, body=body, private=private, who=who, k=k)
