#!/usr/bin/env python3
"""Author script for the relationship evaluation set, part C (tag EVC).

Provider: an HR, payroll and workforce-scheduling SaaS company.
All companies, people, phone numbers, addresses and e-mail domains are fictional.
Standard library only. Run: python3 author.py  (writes the CSVs next to this file).
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
TAG = "EVC"

# Provider staff (OwnerId). 1,2,12 = AEs/sales mgr; 3,4 = CSMs; 5,6,7,11 = support;
# 8 = solutions engineer; 9 = risk & compliance; 10 = implementation.
USERS = {
    1: "Dana Whitcomb (AE)", 2: "Marcus Lee (AE)", 3: "Priya Raman (CSM)",
    4: "Tom Okafor (CSM)", 5: "Jess Alvarez (Support, ES)", 6: "Kevin Brandt (Support)",
    7: "Lena Sousa (Support, PT)", 8: "Raj Patel (SE)", 9: "Carla Mendes (Risk)",
    10: "Ben Fischer (Implementation)", 11: "Amelie Roy (Support, FR)", 12: "Greg Tanaka (Sales Mgr)",
}


def uid(n):
    return "005%s%012d" % (TAG, n)


# ---------------------------------------------------------------- record constructors
def C(k, date, subj, desc, comm="", status="Closed", days=2, origin="Phone",
      ctype="Question", prio="Medium", who=0, own=None):
    return dict(rt="case", k=k, date=date, subj=subj, desc=desc, comm=comm, status=status,
                days=days, origin=origin, ctype=ctype, prio=prio, who=who, own=own)


def N(k, date, title, body, own=None, priv=False):
    return dict(rt="note", k=k, date=date, title=title, body=body, own=own, priv=priv)


def T(k, date, subj, desc, own=None, status="Completed", prio="Normal", ttype="Call", who=0):
    return dict(rt="task", k=k, date=date, subj=subj, desc=desc, own=own, status=status,
                prio=prio, ttype=ttype, who=who)


def E(k, date, subj, desc, own=None, loc="Zoom", mins=60, etype="Meeting", who=0):
    return dict(rt="event", k=k, date=date, subj=subj, desc=desc, own=own, loc=loc,
                mins=mins, etype=etype, who=who)


def O(k, date, name, otype, stage, amount, desc, own=None):
    return dict(rt="opp", k=k, date=date, name=name, otype=otype, stage=stage,
                amount=amount, desc=desc, own=own)


def L(label, kind, kf=None, ev=(), why=""):
    return dict(label=label, kind=kind, kf=kf, ev=list(ev), why=why)


ACCOUNTS = []


def A(**kw):
    ACCOUNTS.append(kw)


# ---------------------------------------------------------------- routine pools
# Hand-written routine phrasings; used only for records that do not bear on the label.
RCASE = [
    ("Password reset - admin locked out", "{fn} locked out after too many attempts, MFA device replaced.", "Reset MFA, {fn} back in. Reminded about self-service reset link.", "Question", "Phone"),
    ("Payroll run stuck in approval", "Biweekly run stuck at 'pending approval' since 9am, approver out sick.", "Added {fn} as backup approver, run released 2:40pm, DD on time.", "Problem", "Email"),
    ("W-2 reprints", "Need W-2 reprints for {n} former EEs, new addresses.", "Reprints generated + mailed via print vendor. Tracking sent.", "Question", "Email"),
    ("DD return R03", "One EE's direct deposit bounced R03 - acct # typo on setup.", "EE fixed acct in ESS; live check issued for this period.", "Problem", "Phone"),
    ("Time clock offline", "Kiosk at main site showing offline since Monday, asked if punches lost.", "Pushed firmware 2.6.1, queued punches synced, nothing lost.", "Problem", "Phone"),
    ("SSO w/ Azure AD", "IT wants SAML SSO. Sent our SP metadata + attribute map.", "SSO live, tested w/ 3 users incl. {fn}.", "Feature Request", "Email"),
    ("OT on shift diff?", "Asked why OT rate includes the night diff. Walked through regular rate of pay.", "Customer ok, no config change.", "Question", "Chat"),
    ("New state withholding acct", "Run blocked - no {st} withholding ID for a remote EE.", "They registered w/ {st}, ID entered, run processed next day.", "Problem", "Email"),
    ("Copy week fails", "Copy-week errors on templates w/ >50 shifts.", "Known bug, fixed in 4.12. Workaround: copy by dept.", "Problem", "Web"),
    ("PTO balances off", "Accruals didnt recalc after they changed the accrual rate mid-year.", "Ran recalc job, balances corrected, audit report sent to {fn}.", "Problem", "Email"),
    ("Child support IWO", "Got an income withholding order for one EE, need deduction + remittance.", "Set up w/ EFT to state SDU. {fn} confirmed amounts.", "Question", "Email"),
    ("1095-C for part-timers?", "Asked if PT EEs need 1095-C. Reviewed ALE + measurement period.", "Sent KB article, closed.", "Question", "Chat"),
    ("ESS invite not received", "New hire never got the ESS invite.", "Invite was in spam; resent to personal email, EE logged in.", "Question", "Phone"),
    ("Export truncates", "Labor cost report export cut off around 65k rows.", "Use CSV export instead. Enhancement logged.", "Problem", "Web"),
    ("Android login loop", "Several EEs stuck in login loop after app update.", "Fixed in 3.8.2, told {fn} to have EEs update.", "Problem", "Phone"),
    ("941 doesnt tie", "Q{q} 941 off by ${n}2 vs payroll register.", "Manual check never entered. Added it, 941 regenerated.", "Problem", "Email"),
    ("Add weekly pay group", "Want a weekly pay group for the new location.", "Created + calendars loaded thru yr end.", "Feature Request", "Email"),
    ("E-Verify TNC", "TNC on a new hire, what now?", "Walked {fn} through referral. EE contested, came back employment authorized.", "Question", "Phone"),
    ("GL mapping - 401k match", "GL export not mapping ER 401k match.", "Mapped to 6120, re-exported period.", "Problem", "Email"),
    ("Seat count on invoice", "Billed {n}0 seats, they think fewer are active.", "Termed EEs still active in billing - cleaned up, credit memo issued.", "Billing", "Email"),
    ("Holiday pay missing", "Holiday earnings code not on the schedule for the holiday week.", "Holiday calendar added, adjusted next run.", "Problem", "Phone"),
    ("Swap notifications", "Mgrs not getting shift-swap requests.", "Notifications were off at location level, turned on.", "Problem", "Chat"),
    ("W-2 preview", "Wants a preview before we file W-2s.", "Preview reports sent, {fn} approved.", "Question", "Email"),
    ("Geo-fence rejects", "Field EEs mobile punches rejected outside geofence.", "Radius widened to 400m per request.", "Feature Request", "Phone"),
    ("Funding acct change", "Changing the payroll funding account to a new bank.", "Prenote sent + verified, switched for next run.", "Question", "Email"),
    ("Termed EE still on schedule", "Termed EE still showing on next wk schedule.", "Term date was future-dated. Fixed.", "Problem", "Chat"),
    ("Duplicate EE record", "Rehire created a second EE record.", "Merged records, YTD consolidated.", "Problem", "Email"),
    ("SUI rate notice", "State SUI rate notice for {yr}, need rate updated.", "Updated SUI rate eff 1/1.", "Question", "Email"),
]
RTASK = [
    ("QBR prep", "Pull usage + open cases for QBR w/ {fn}.", "Other"),
    ("Send renewal quote", "Renewal quote for {yr}, 3% uplift, same terms.", "Email"),
    ("Past-due invoice", "Invoice INV-{inv} is 45 days out, emailed AP.", "Email"),
    ("Kickoff scheduling", "Set kickoff w/ {fn}, confirm go-live + import template.", "Call"),
    ("30-day check-in", "Post go-live check-in. Adoption ok, 2 mgrs not using schedule builder yet.", "Call"),
    ("W-9 / COI", "AP asked for our W-9 + COI. Sent.", "Email"),
    ("Send training recording", "Send recording + slides from mgr training to {fn}.", "Email"),
    ("Update billing contact", "AP contact changed, updated in billing sys.", "Other"),
    ("NPS follow-up", "Gave us an 8. Ask what's missing in reporting.", "Call"),
    ("DocuSign chase", "Order form still unsigned, nudged {fn}.", "Email"),
    ("401k feed scoping", "Wants deferral file to their recordkeeper. Scoping w/ SE.", "Call"),
    ("Pitch T&A", "{fn} mentioned paper timesheets at one site - pitch T&A.", "Call"),
    ("Reference ask", "Ask {fn} if ok to be a reference.", "Email"),
    ("Forward tax notice", "Customer forwarded a {st} tax notice, sent to tax team.", "Other"),
]
REVENT = [
    ("Kickoff", "Implementation kickoff. Timeline, data import, pay calendars.", "Zoom", 60),
    ("QBR", "Quarterly review. Usage up, few open cases, renewal Q{q}.", "Zoom", 45),
    ("Mgr training - scheduling", "Trained {n} site mgrs on schedule builder + swaps.", "Customer site", 90),
    ("Parallel run review", "Parallel vs legacy: diffs in 2 EEs local tax, fixed.", "Zoom", 60),
    ("Renewal call", "Renewal terms; they asked about a multi-yr discount.", "Phone", 30),
    ("Year-end webinar", "{fn} attended year-end close webinar.", "Webinar", 60),
    ("Mobile app demo", "Demo'd ESS mobile for hourly EEs.", "Zoom", 30),
]
RNOTE = [
    ("Acct plan", "Stable. Main users payroll admin + HR generalist. Expansion: T&A, ACA."),
    ("Go-live", "Live on first run, clean. Handed to CSM."),
    ("New main contact", "{fn} is now primary, prior admin left."),
    ("Pricing", "Per-EE pricing, 50 EE minimum."),
    ("Billing", "Moved to annual invoicing per their AP."),
    ("Feature feedback", "Wants bulk schedule edit. Added to idea portal."),
    ("Health", "Green. Low case vol, pays on time."),
    ("Renewal risk", "Shopping competitors on price. Offered 5% loyalty."),
    ("Data migration", "YTD import done; 2 EEs missing SSN fixed by hand."),
    ("Multi-state", "Remote EE in {st}, registered SUI + withholding."),
]
ROPP = [
    ("{co} - Renewal {yr}", "Renewal", "Closed Won", "Renewed, same terms.", 1.0),
    ("{co} - Renewal {yr}", "Renewal", "Closed Won", "2-yr renewal, 3% uplift.", 1.03),
    ("{co} - Seat expansion", "Upsell", "Closed Won", "Added {n}0 seats for new location.", 0.2),
    ("{co} - Time & Attendance", "Upsell", "Closed Won", "T&A + 2 kiosks.", 0.3),
    ("{co} - Scheduling module", "Upsell", "Closed Lost", "Went w/ a point solution, price.", 0.25),
    ("{co} - ACA reporting", "Upsell", "Closed Won", "ACA add-on ahead of filing season.", 0.1),
    ("{co} - Onboarding + E-Verify", "Upsell", "Closed Won", "Paperless onboarding.", 0.15),
    ("{co} - Renewal {yr}", "Renewal", "Closed Won", "Renewed after price discussion, flat.", 1.0),
]
NEWBIZ = [
    "Signed 2-yr, payroll + T&A for ~{emp} EEs.",
    "Payroll + scheduling, {emp} EEs, came from a local bureau.",
    "Replacing spreadsheets + outsourced payroll. 1-yr term.",
    "Inbound from webinar. Payroll, ESS, onboarding. ~{emp} EEs.",
    "Competitive displacement, price + mobile app won it.",
    "Referral from their CPA. Payroll only to start.",
]
ROUTINE_KINDS = ["case", "task", "note", "case", "event", "opp", "case", "task", "note", "case", "event"]
STATES = ["TX", "FL", "AZ", "NC", "GA", "CO", "OH", "PA", "WA", "NY", "IL", "VA"]


# ================================================================ POSITIVES
A(key="P01", name="Cosecha Valley Labor Contractors LLC", short="Cosecha Valley", ind="Agriculture",
  city="Soledad", st="CA", area="831", rev=6200000, emp=240, own=1, created="2014-03-18", routine=5,
  web="cosechavalleylc.example",
  desc="Farm labor contractor, harvest crews (lettuce, strawberries) for growers in Monterey + San Benito. Headcount 80-240 by season.",
  contacts=[("Ramiro", "Estrada", "Owner"), ("Lupe", "Carranza", "Office Manager"), ("Hector", "Ybarra", "Crew Supervisor")],
  recs=[
    C("c1", "2014-04-22", "deduction codes before 1st run",
      "Lupe needs custom post-tax deductions before go-live: HOUSING $450/wk, RIDE $60/wk, ADV (advance repay) variable, amount set by Hector per EE each week. Avg crew gross is ~$600/wk on piece rate. Asked if deductions can take net below min wage - told her system warns, admin can override.",
      "Codes built. Net-below-min-wage warning left on but Lupe has override as admin. -BF", own=10, origin="Email", ctype="Feature Request", who=1),
    C("c2", "2014-08-11", "EE says check wrong",
      "Msg thru ESS help widget, Spanish. Jess translating: 'Senorita, trabaje 70 horas esta semana y el talon dice $38. Don Hector dice que todavia debo el viaje de Oaxaca y el cuarto, y que si me voy me quedo sin pasaporte.' = worked 70 hrs, stub says $38, Hector says he still owes for the trip from Oaxaca + the room, and if he leaves he doesnt get his passport back.",
      "Told EE we cant change pay, has to talk to employer. Routed to ER admin (Lupe) per policy. Closed.", own=5, origin="ESS Portal", who=None),
    N("n1", "2015-01-29", "site visit - pay card rollout",
      "Drove down for pay card rollout. Crew housing = 4 single-wides behind the equipment yard, Hector says ~15 guys per trailer. Asked where to ship cards -> all to the office, Hector 'hands them out Fridays'. bit odd but ok.", own=4),
    O("o2", "2015-03-02", "Cosecha Valley - Renewal 2015 + Pay Cards", "Renewal", "Closed Won", 24600,
      "Renewed 2 yrs, added pay cards for 180 EEs. Cards ship to office PO box per Lupe.", own=1),
    C("c3", "2016-06-14", "how to pull all stubs 2014-16",
      "Lupe asking how to export every pay stub + deduction history 2014-2016 for 'a DOL investigator'. Also asked if she can delete the ADV deduction history first since 'it confuses people'.",
      "Explained audit trail is immutable, cant delete posted deductions. Sent export steps. No escalation.", own=6, origin="Phone", who=1),
  ],
  label=L("positive", "agriculture", "c2", ["c1", "c2", "n1", "o2", "c3"],
          "Housing, ride and advance deductions eat most of a $600 wage and a worker reports $38 for 70 hours, a travel debt and a withheld passport, yet the provider renewed and shipped all pay cards to the contractor's office."))

A(key="P02", name="Meridian Global Talent Partners Inc.", short="Meridian GTP", ind="Staffing and Recruiting",
  city="Houston", st="TX", area="713", rev=14500000, emp=340, own=2, created="2015-02-09", routine=4,
  web="meridiangtp.example",
  desc="International recruitment + placement, brings workers from the Philippines and Thailand for hotel and food-processing clients; employer of record for placed workers.",
  contacts=[("Vincent", "Dela Pena", "CEO"), ("Cheryl", "Mabanag", "HR Director"), ("Nate", "Gorski", "Payroll Specialist")],
  recs=[
    O("o1", "2015-02-12", "Meridian GTP - New Business", "New Business", "Closed Won", 31000,
      "Multi-client ER of record. 340 EEs across 6 client sites, needs multi-entity + onboarding doc vault.", own=2),
    C("c1", "2015-06-03", "capped recurring deduction + one-time charge",
      "Want a recurring deduction PLACEMENT that stops when it hits a per-EE balance (balances $3,800-$6,200). Plus a code BREACH for a one-time $15,000 charge 'if EE leaves before 36 months'. Asked if BREACH can post as a negative net / balance owed.",
      "Set PLACEMENT up as goal-based deduction. Told them negative net not supported so BREACH would have to be billed outside payroll. Nate then asked where to keep scanned passports - pointed him to doc vault in Onboarding. He said they keep the actual passports in the office safe until the placement fee is cleared, they just want copies in the system. Closed as how-to.",
      own=10, origin="Email", ctype="Feature Request", who=2),
    E("e1", "2015-09-17", "QBR Houston",
      "Headcount up to 410. Cheryl wants a housing assignment field on the EE record - they lease apts, 6 EEs per 2BR, deduct $95/wk each. Quoted custom field.", own=3, loc="Customer office", mins=60, who=1),
    C("c2", "2016-04-08", "cant see my paystub",
      "EE at a Galveston hotel site writes in via public support form: no ESS access, 'supervisor keeps my phone and my ID at night, I want to see how much I still owe'. Acct admin had disabled ESS for that client site.",
      "Per Nate ESS is off at that site at client request 'to reduce questions'. Closed, no action.", own=6, origin="Web", who=None),
    O("o2", "2016-12-05", "Meridian GTP - Renewal + 2 sites", "Renewal", "Closed Won", 38500,
      "Renewed 2 yrs + Onboarding for 2 new client sites (poultry plant in AR).", own=2),
  ],
  label=L("positive", "labour_recruitment", "c1", ["c1", "e1", "c2", "o2"],
          "The closing comment records that the agency holds workers' passports until placement fees are repaid and charges a $15,000 breach fee; later a worker reports her phone and ID are taken, and the provider renewed and expanded."))

A(key="P03", name="Bluewater Harvest Seafood Co.", short="Bluewater Harvest", ind="Fishing",
  city="Honolulu", st="HI", area="808", rev=21000000, emp=140, own=1, created="2013-05-14", routine=4,
  web="bluewaterharvest.example",
  desc="Longline fleet (9 vessels) + dockside processing plant. Plant payroll on us, plus crew settlement sheets for foreign crew.",
  contacts=[("Dale", "Fenwick", "Operations Manager"), ("Mei Ling", "Cho", "Controller"), ("Ron", "Ashby", "Fleet Captain")],
  recs=[
    O("o1", "2013-05-20", "Bluewater Harvest - New Business", "New Business", "Closed Won", 22000,
      "Processing plant 60 EEs + crew module for foreign crew paid on settlement.", own=1),
    C("c1", "2013-07-09", "crew pay setup",
      "Mei Ling wants foreign crew at $400/month flat, paid 'at contract end' (2 yrs) into the manning agent's acct in Jakarta, not to crew. Deductions AGENT FEE, FOOD, GEAR. No time tracking for crew, they work 'as needed'.",
      "Configured as deferred comp w/ monthly accrual, payee = Sumber Jaya Manning (agent). Done.", own=10, origin="Email", who=1),
    N("n1", "2014-02-11", "call w/ Dale - crew ESS?",
      "Asked about giving crew ESS. Dale: no point, crew cant come ashore anyway (no visa, they stay on the boat the whole contract). Captain holds passports 'per port rules'. FYI only.", own=4),
    C("c2", "2015-10-19", "caller from pier",
      "Call into support from a borrowed phone at the pier, broken English. Gave his name + vessel 'Kai Ola 3'. Says not paid in 19 months, wants to go home, captain says he owes for food + the agent. Couldnt verfiy identity.",
      "Not an authorized contact. Advised him to speak to employer. Closed.", own=6, origin="Phone", who=None),
    T("t1", "2016-03-02", "crew settlement export - USCG/NOAA",
      "Mei Ling asked for crew settlement export 2013-2016, says Coast Guard + NOAA inspectors asking after a crew complaint. Sent instructions.", own=3, ttype="Email", who=1),
    O("o2", "2016-05-01", "Bluewater Harvest - Renewal 2016", "Renewal", "Closed Won", 26000,
      "Renewed, added 2 vessels to crew module.", own=1),
  ],
  label=L("positive", "fishery", "n1", ["c1", "n1", "c2", "t1", "o2"],
          "Foreign crew are paid $400 a month deferred two years to a manning agent, cannot leave the vessel and have passports held by the captain; a crewman later reports 19 months unpaid and a food debt, and the provider kept renewing."))

A(key="P04", name="Golden Needle Apparel Mfg", short="Golden Needle", ind="Apparel & Fashion",
  city="Los Angeles", st="CA", area="213", rev=4100000, emp=95, own=2, created="2016-01-12", routine=4,
  web="goldenneedlemfg.example",
  desc="Cut & sew contractor downtown LA, 95 EEs on piece rate. Owner mentioned second floor is used as staff dorm.",
  contacts=[("Gary", "Lum", "Owner"), ("Sonia", "Paz", "Bookkeeper")],
  recs=[
    C("c1", "2016-03-21", "cant publish 13 day schedule",
      "Scheduler wont publish 13-day stretches 7a-9p. Sonia asks to switch off the consecutive-days rule and the 60-hr alert.",
      "Turned alerts off at admin request. Explained CA 7th-day OT still calcs. She said 'we pay piece rate so OT doesnt apply', sent KB.", own=6, origin="Phone", ctype="Feature Request", who=1),
    C("c2", "2016-08-30", "pago",
      "ESS help msg in Spanish, Jess translating: 'No nos dejan salir del edificio los domingos. Me descuentan $300 por la cama y $200 por la deuda que dicen que tengo con el coyote. Cobro casi nada.' = not allowed to leave the building on Sundays; $300 deducted for the bed + $200 for the debt they say she owes the smuggler; gets almost nothing.",
      "Forwarded to acct admin (Sonia) as EE pay question. Closed.", own=5, origin="ESS Portal", who=None),
    N("n1", "2016-09-02", "FYI Golden Needle msg",
      "Flagging the Golden Needle ESS msg from 8/30 to Priya, doesnt read like a normal pay question. Priya said she'd raise at QBR.", own=5, priv=True),
    E("e1", "2016-10-12", "QBR",
      "QBR w/ Gary. Didnt get to the EE message, ran out of time. He wants 2nd location (Vernon) next qtr.", own=3, loc="Customer office", mins=45),
    O("o2", "2016-11-30", "Golden Needle - Vernon expansion", "Upsell", "Closed Won", 4200,
      "Add Vernon site, +40 EEs, same deduction setup copied over.", own=2),
  ],
  label=L("positive", "factory", "c2", ["c1", "c2", "n1", "e1", "o2"],
          "Workers live in the factory, cannot leave on Sundays and have bed and smuggling-debt deductions taken from piece-rate pay; staff flagged it, nobody followed up, and the customer was expanded."))

A(key="P05", name="Ironclad Drywall Services LLC", short="Ironclad Drywall", ind="Construction",
  city="Marlborough", st="MA", area="508", rev=7800000, emp=110, own=1, created="2015-04-06", routine=4,
  web="ironcladdrywall.example",
  desc="Drywall/taping sub to GCs on multifamily jobs in MetroWest. 60-110 EEs depending on jobs.",
  contacts=[("Edson", "Marques", "Owner"), ("Kelly", "Doane", "Office Admin")],
  recs=[
    C("c1", "2015-05-18", "same bank acct for 41 EEs",
      "Kelly wants net pay of 41 EEs routed to one checking acct (crew leader Rogerio Marques, Edson's brother). Says guys 'dont have bank accts, Rogerio pays them cash'. System flagged duplicate acct # on multiple EEs.",
      "Admin acknowledged dup-acct warning + saved. Closed as how-to.", own=7, origin="Phone", who=1),
    N("n1", "2015-11-04", "portal msg - Portuguese",
      "Got this via ESS from an Ironclad EE: 'O Rogerio fica com o nosso pagamento e diz que ainda devemos 12 mil pela viagem e pelo visto. Moramos 9 no porao da casa dele.' = Rogerio keeps our pay, says we still owe 12k for the trip + visa. 9 of us live in his basement. Not sure what to do w/ this, sent to Kelly as EE inquiry.", own=7),
    C("c2", "2016-02-22", "DD report for insurance audit",
      "Kelly needs stubs + DD report for 2015, GC's insurance auditor asking who actually gets paid. Asks if report can show EE name but hide acct #.",
      "Showed how to mask acct numbers on the DD report. Done.", own=6, origin="Email", who=1),
    O("o2", "2017-04-01", "Ironclad Drywall - Renewal 2017", "Renewal", "Closed Won", 13100, "Renewed 2 yrs.", own=1),
  ],
  label=L("positive", "construction", "n1", ["c1", "n1", "c2", "o2"],
          "Pay for 41 workers goes to the crew leader's account, a worker says he keeps their pay against a $12k travel and visa debt while nine live in his basement, and the customer then asked to mask accounts from an auditor."))

A(key="P06", name="Summit Ridge Framing Co.", short="Summit Ridge", ind="Construction",
  city="La Vergne", st="TN", area="615", rev=3900000, emp=75, own=2, created="2016-07-11", routine=4,
  web="summitridgeframing.example",
  desc="Framing labor sub on apartment projects (works under other subs). Crews come via a labor broker in Texas.",
  contacts=[("Dwayne", "Kittredge", "Owner"), ("Maribel", "Ochoa", "Payroll Admin")],
  recs=[
    C("c1", "2017-03-14", "Subpoena - HSI",
      "Federal grand jury subpoena served via HSI Nashville for all payroll, I-9 and DD records for Summit Ridge Framing 2016-2017 incl. the bank accts receiving pay. Legal reviewing.",
      "Legal produced 3/28. Subpoena came w/ non-disclosure request, do not notify customer. Acct stays active.", own=9, origin="Email", ctype="Legal", prio="High", who=None),
    N("n1", "2017-04-06", "Risk note - Summit Ridge",
      "Local TV news: Summit Ridge owner + the Texas broker indicted, forced labor + harboring. 30+ Honduran workers kept at a motel, passports taken, told they owed $4k each. HSI case. Recommend relationship review. Sent to Greg.", own=9, priv=True),
    T("t1", "2017-04-20", "relationship review - Summit Ridge",
      "Discussed w/ Carla. Customer still paying, contract thru 7/2018. Decision: no action for now, revisit at renewal.", own=12, ttype="Other"),
    O("o2", "2018-06-15", "Summit Ridge - Renewal 2018", "Renewal", "Closed Won", 9400,
      "Renewed 1 yr. Maribel is the admin now, owner 'stepped back'.", own=2),
    C("c2", "2018-09-04", "change FEIN",
      "Maribel wants to move all EEs to new entity 'SRF Contracting LLC', same addresses, same bank accts.",
      "Done, new company code created + EEs moved.", own=6, origin="Email", who=1),
  ],
  label=L("positive", "construction", "n1", ["c1", "n1", "t1", "o2", "c2"],
          "Risk recorded the owner's forced-labour indictment after an HSI subpoena, leadership chose no action, and the provider renewed and helped move the workforce to a new entity."))

A(key="P07", name="Hearth & Home Domestic Placements", short="Hearth & Home", ind="Consumer Services",
  city="Bethesda", st="MD", area="301", rev=1900000, emp=72, own=1, created="2014-09-02", routine=4,
  web="hearthhomeplacements.example",
  desc="Places live-in nannies/housekeepers w/ families in the DC area, agency is ER of record for ~70 workers. Several on G-5 / B-1 domestic visas.",
  contacts=[("Lorraine", "Whitby", "Director"), ("Anish", "Perera", "Office Coordinator")],
  recs=[
    C("c1", "2014-11-17", "live-in pay setup",
      "Wants live-in workers at flat $1,200/mo for 'on call 24/6', no time tracking. Plus PROGRAM FEE deduction $300/mo to pay back agency for airfare + visa.",
      "Said we cant advise on wage law, suggested they check MD domestic worker rules. Set up salaried non-exempt, no T&A, per request.", own=10, origin="Email", who=0),
    C("c2", "2015-06-09", "turn off ESS + stub emails",
      "Lorraine asks us to disable ESS invites + all pay-stub emails for live-in workers: 'families prefer the workers not have phones or email, we hand them a summary'.",
      "Disabled at company level. Closed.", own=6, origin="Email", who=0),
    N("n1", "2015-12-01", "custom field ask",
      "Lorraine asked if we can store 'custodian of passport' per worker (host family name + address). Families hold the passports during the contract 'for safekeeping'. Told her custom field is doable, PS hours.", own=4),
    O("o2", "2016-01-20", "Hearth & Home - custom fields + renewal", "Renewal", "Closed Won", 11500,
      "2 yr renewal + custom fields pkg (passport custodian, host family, visa type).", own=1),
    C("c3", "2017-02-07", "caller asking about pay",
      "Woman called our main line, had our number off an old W-2. Works for a family in McLean through H&H, says not paid in 5 months, the family has her passport, she cant leave the house alone.",
      "Not an admin user, cant discuss acct. Gave her agency phone #. Closed.", own=6, origin="Phone", who=None),
  ],
  label=L("positive", "domestic_work", "n1", ["c1", "c2", "n1", "o2", "c3"],
          "Live-in workers on $1,200 a month with a fee-repayment deduction, cut off from pay information, with passports held by families, which the provider built a custom field to track before renewing."))

A(key="P08", name="Petite Etoile Au Pair Exchange", short="Petite Etoile", ind="Consumer Services",
  city="Coral Gables", st="FL", area="305", rev=2300000, emp=130, own=2, created="2016-03-03", routine=4,
  web="petiteetoile-aupair.example",
  desc="Au pair placement, francophone au pairs (FR, BE, CI, SN). Scheduling + stipend payroll for ~120 au pairs.",
  contacts=[("Sylvie", "Garnier", "Founder"), ("Marc-Andre", "Dube", "Operations")],
  recs=[
    C("c1", "2016-05-11", "weekly template + cap rule",
      "Want template of 10 hrs/day x 6 days for au pairs. Scheduler flags over 45 hrs/wk (the program cap we pre-loaded from their intake form). Asked to remove the cap rule.",
      "Removed cap rule at admin request.", own=6, origin="Email", ctype="Feature Request", who=1),
    C("c2", "2017-01-23", "Message du portail",
      "ESS msg in French, Amelie translating: 'Je travaille plus de 60 heures par semaine. La famille garde mon passeport et l agence dit que je dois encore 2 800 euros de frais avant de pouvoir changer de famille. Je n ai pas le droit de sortir le soir.' = 60+ hrs/wk, family keeps her passport, agency says she still owes EUR 2,800 in fees before she can change families, not allowed out in the evening.",
      "Sent to admin Marc-Andre. He replied 'we'll handle it, she is homesick'. Closed.", own=11, origin="ESS Portal", who=None),
    O("o2", "2017-03-01", "Petite Etoile - Renewal 2017", "Renewal", "Closed Won", 6500, "Renewed 1 yr.", own=2),
    N("n1", "2017-09-14", "FRAIS code",
      "Marc-Andre asked for deduction code FRAIS on au pair stipend, $120/wk until balance hits 0. Built it.", own=10),
  ],
  label=L("positive", "domestic_work", "c2", ["c1", "c2", "o2", "n1"],
          "After the agency removed the 45-hour cap, an au pair's French message reports 60-hour weeks, a passport held by the family and a fee debt to the agency; the provider renewed and then built a fee-recovery deduction."))

A(key="P09", name="Lotus Garden Spa Group", short="Lotus Garden", ind="Health, Wellness and Fitness",
  city="Duluth", st="GA", area="770", rev=900000, emp=26, own=1, created="2015-08-19", routine=4,
  web="lotusgardenspa.example",
  desc="4 massage spas in Gwinnett/Cobb. Owner of record Linda Wu; outside bookkeeper Frank runs payroll. ~26 EEs.",
  contacts=[("Linda", "Wu", "Owner"), ("Frank", "Hale", "Bookkeeper (outside CPA)")],
  recs=[
    C("c1", "2015-09-30", "hours 10a-2a all week",
      "Frank set schedules 10a-2a every day for 'therapists' at all 4 sites; same 6 names rotate between sites every 2 wks. Asked how to record a room & board deduction, $250/wk, b/c staff sleep at the spa.",
      "Showed deduction setup. Closed.", own=6, origin="Phone", who=1),
    N("n1", "2016-04-12", "who runs this acct",
      "Linda signs, but every real conversation is with a Mr. Sun who Frank says 'actually runs it'. 3 of the 4 locations have different LLC owners on their W-9s - all w/ the same mailing address, Sun's house in Suwanee.", own=1),
    C("c2", "2016-11-08", "police records request",
      "Gwinnett PD detective emailed for EE list + schedules for the Pleasant Hill Rd location, prostitution/trafficking investigation. Legal says need subpoena.",
      "Subpoena came 11/15, Legal produced. Acct left active.", own=9, origin="Email", ctype="Legal", prio="High", who=None),
    O("o2", "2017-08-20", "Lotus Garden - Renewal 2017", "Renewal", "Closed Won", 3500, "Auto-renewed.", own=1),
  ],
  label=L("positive", "illicit_massage", "n1", ["c1", "n1", "c2", "o2"],
          "Workers scheduled 16 hours a day every day, sleeping on site and rotated between spas, behind straw LLC owners controlled by one man; a police trafficking inquiry followed and the account auto-renewed."))

A(key="P10", name="Sahel Braids & Beauty", short="Sahel Braids", ind="Consumer Services",
  city="Newark", st="NJ", area="973", rev=650000, emp=14, own=2, created="2017-02-14", routine=4,
  web="sahelbraids.example",
  desc="African hair braiding salon, 2 locations Newark/Irvington, 14 braiders.",
  contacts=[("Aissatou", "Camara", "Owner"), ("Ibrahim", "Camara", "Manager")],
  recs=[
    C("c1", "2017-04-03", "onboarding - missing SSNs",
      "Ibrahim added 6 braiders w/o SSN; DOBs entered for two of them are 2001 and 2002. Asked if they can be paid as 'trainees' with no wage.",
      "Told him EEs need SSN/ITIN for W-2 and trainees who work are EEs. Left the 6 as incomplete.", own=6, origin="Phone", who=1),
    C("c2", "2017-10-16", "appel - francais",
      "Call from a young girl, French, Amelie took it: 'Madame m a fait venir de Conakry, elle dit que je dois rembourser le billet en travaillant. Je tresse de 9h a 23h, je dors au salon, je n ai pas d argent. J ai 15 ans.' = owner brought her from Conakry, says she must pay off the ticket by working, braids 9am-11pm, sleeps in the salon, has no money. Says she is 15.",
      "She hung up before we got a name. Logged. No follow up.", own=11, origin="Phone", who=None),
    O("o2", "2018-02-15", "Sahel Braids - Renewal 2018", "Renewal", "Closed Won", 2000, "Renewed.", own=2),
  ],
  label=L("positive", "salon_labour", "c2", ["c1", "c2", "o2"],
          "Unpaid 'trainees' with 2001-2002 birthdates, then a 15-year-old's French call describing a ticket debt, 14-hour days and sleeping in the salon; no follow-up and the account renewed."))

A(key="P11", name="Harbor Light Hospitality Staffing", short="Harbor Light", ind="Staffing and Recruiting",
  city="Myrtle Beach", st="SC", area="843", rev=5600000, emp=300, own=1, created="2013-03-04", routine=5,
  web="harborlightstaffing.example",
  desc="Seasonal housekeepers for beach hotels, J-1 students + H-2B. Peak ~300 EEs May-Sep.",
  contacts=[("Trent", "Gallo", "President"), ("Yelena", "Marchuk", "Housing Coordinator"), ("Dawn", "Pickett", "Payroll")],
  recs=[
    C("c1", "2013-05-20", "housing before first check",
      "Dawn set HOUSING at $125/wk per EE; Yelena's roster shows 8 EEs per 2BR condo. Dawn asks if housing can be taken before first pay so EE 'starts in the negative'.",
      "Negative net not supported, suggested splitting across first 2 checks. Done.", own=10, origin="Email", who=2),
    N("n1", "2013-08-27", "Harbor Light EE msgs",
      "3 ESS msgs in one week from Harbor Light workers (Spanish + one Russian I ran thru google translate). Same story: recruiter back home charged $2,500-$4,000, hours cut to ~15/wk, still charged the $125 housing. One says 'nos dijeron que si nos quejamos nos mandan de regreso y el sponsor cancela la visa' (told if they complain they get sent back + sponsor cancels the visa). Routed to admin.", own=5),
    C("c2", "2014-07-08", "3rd party remittance",
      "Trent wants deduction RECRUIT $200/wk remitted to 'Everbright Placement Services' for H-2B EEs until each EE's balance is paid.",
      "Set up as 3rd-party remittance. Closed.", own=10, origin="Email", who=0),
    O("o2", "2015-01-09", "Harbor Light - Renewal + Scheduling", "Renewal", "Closed Won", 21000,
      "Renewed 2 yrs, added scheduling for hotel placements.", own=1),
  ],
  label=L("positive", "labour_recruitment", "n1", ["c1", "n1", "c2", "o2"],
          "Workers report recruitment fees, deported-if-you-complain threats and housing charges on 15-hour weeks, after which the provider built a recruiter remittance deduction and renewed."))

A(key="P12", name="Jade Dragon Restaurant Group", short="Jade Dragon", ind="Restaurants",
  city="Dayton", st="OH", area="937", rev=8300000, emp=150, own=2, created="2014-06-16", routine=4,
  web="jadedragonbuffet.example",
  desc="7 buffet restaurants OH/IN/KY. Kitchen staff housed by the company. ~150 EEs.",
  contacts=[("Peter", "Lin", "Owner"), ("Amy", "Chen", "Office Manager")],
  recs=[
    C("c1", "2014-09-02", "bulk transfer between stores",
      "Amy moves ~40 kitchen EEs between stores every 2-3 wks, wants 1-click bulk transfer. All kitchen EEs list the same 2 home addresses (houses Peter owns).",
      "Demo'd bulk transfer tool. Closed.", own=6, origin="Phone", who=1),
    C("c2", "2015-02-10", "hide hours on stub",
      "Kitchen staff salaried $1,800/mo, schedules 11 hrs x 6.5 days, T&A shows ~72 hrs/wk. Amy wants hours removed from the stub template.",
      "Hid hours on stub template per admin. Sent.", own=6, origin="Email", ctype="Feature Request", who=1),
    N("n1", "2015-02-11", "uncomfortable w/ Jade Dragon change",
      "Ben: not comfy w/ yesterdays change. Salaried non-exempt cooks at 72 hrs = regular rate ~$5.80/hr before OT. Hiding hours looks like they know. Mentioned to Priya.", own=10, priv=True),
    N("n2", "2016-05-19", "renewal call notes",
      "Peter said new kitchen guys come 'through my cousin in NY, they pay him back out of wages, $200 a month until done. Like $40k, thats the going rate.' Asked if we can automate it as a loan deduction. Said I'd check w/ Ben.", own=3),
    O("o2", "2016-06-30", "Jade Dragon - Renewal 2016", "Renewal", "Closed Won", 12500,
      "Renewed + PS hours for loan deduction config.", own=2),
  ],
  label=L("positive", "restaurant_labour", "n2", ["c1", "c2", "n1", "n2", "o2"],
          "Kitchen workers housed by the owner and rotated between stores work 72 hours for a flat wage with hours hidden, and the owner says they repay a $40k smuggling debt through wage deductions the provider then configured."))

A(key="P13", name="Stateline Motor Inn", short="Stateline Motor Inn", ind="Hospitality",
  city="West Memphis", st="AR", area="870", rev=1100000, emp=14, own=1, created="2015-10-05", routine=4,
  web="statelinemotorinn.example",
  desc="62-room motel off I-40. 14 EEs. Scheduling + payroll.",
  contacts=[("Ray", "Dolan", "General Manager"), ("Cindy", "Moss", "Owner")],
  recs=[
    C("c1", "2016-03-22", "purge night shift notes",
      "Ray wants the shift-notes history on the night desk purged. Desk clerks write stuff like 'rm 112 - 4 girls, Dre paying cash wkly, 2 look young, men in + out all night'. Owner wants it gone 'for liability'.",
      "Explained admin can delete going fwd, history retained 7 yrs per policy. Ray said fine, he'll tell staff to stop writing notes.", own=6, origin="Phone", who=0),
    T("t1", "2016-09-15", "West Memphis PD call",
      "Detective called for front desk schedules 6/1-8/31, says a juvenile was recovered from rm 112 in Aug. Sent to Legal.", own=9, ttype="Call", who=None),
    O("o2", "2016-10-05", "Stateline Motor Inn - Renewal", "Renewal", "Closed Won", 1450, "Renewed.", own=1),
  ],
  label=L("positive", "motel", "c1", ["c1", "t1", "o2"],
          "The motel asked the provider to purge desk notes recording young girls in a room run by a man paying cash, then police recovered a juvenile from that room, and the account renewed."))

A(key="P14", name="Velvet Rope Entertainment Staffing", short="Velvet Rope", ind="Entertainment",
  city="Las Vegas", st="NV", area="702", rev=2600000, emp=90, own=2, created="2014-01-20", routine=4,
  web="velvetropestaffing.example",
  desc="'Entertainment + promo models' staffing, ~90 'talent', W-2/1099 mix, paid on pay cards.",
  contacts=[("Troy", "Maddox", "Owner"), ("Kayla", "Brin", "Booking Manager")],
  recs=[
    C("c1", "2014-03-05", "careers page posting rejected",
      "Using our careers page module. Kayla asked which words our posting filter blocks, wants 'party girls', 'GFE', 'generous gentlemen', 'new + young' to go through. Filter rejected the post.",
      "Told her filter list is fixed. She rewrote it as 'upscale companionship hostesses, 18+, cash nightly'. Posted. Closed.", own=6, origin="Chat", who=1),
    C("c2", "2014-11-11", "minor rule blocking talent",
      "Onboarding flagged 2 talent w/ DOB 1997 (17 y/o) scheduled as 'hostess' past 10pm (minor hours rule). Kayla wants the minor rule off.",
      "Said minor rules cant be disabled for under-18s. She then changed both DOBs to 1995 and the schedule published. Closed.", own=6, origin="Phone", who=1),
    O("o2", "2015-01-20", "Velvet Rope - Renewal 2015", "Renewal", "Closed Won", 5600, "Renewed 1 yr.", own=2),
  ],
  label=L("positive", "escort_agency", "c2", ["c1", "c2", "o2"],
          "The customer tried to post escort terms ('GFE', 'generous gentlemen') and, per the closing comment, altered two 17-year-olds' birthdates so they could work late 'hostess' shifts, and the account renewed."))

A(key="P15", name="Evergreen Pine Reforestation LLC", short="Evergreen Pine", ind="Forestry",
  city="Crossett", st="AR", area="870", rev=3300000, emp=120, own=1, created="2012-11-12", routine=4,
  web="evergreenpinereforest.example",
  desc="Tree planting + brush clearing crews, H-2B, Southeast + Pacific NW seasons. ~120 in season.",
  contacts=[("Wade", "Pruitt", "Owner"), ("Rosa", "Tello", "Office Manager")],
  recs=[
    C("c1", "2013-01-28", "camp deduction on rain days",
      "Planting paid per 1,000 trees, piece rate set up. Rosa asks if CAMP deduction of $20/day can run 7 days a wk incl rain days when nobody plants (no earnings those days).",
      "Deduction is flat per-day, hits regardless of earnings. Admin confirmed thats what they want.", own=10, origin="Email", who=1),
    N("n1", "2013-04-02", "kiosk install cancelled",
      "Wanted to install T&A kiosk for the crews. Wade says crews 'camp in the woods', tents, no power, foreman keeps hours on paper and enters totals. Kiosk not possible.", own=4),
    C("c2", "2014-02-18", "pay EEs under other FEIN",
      "Rosa asks to pay 35 EEs under 'Pine Ridge Forestry' FEIN (that's whose H-2B petition they came on) but they work Evergreen jobs. Wants both entities in one login.",
      "Multi-entity set up. Closed.", own=6, origin="Phone", who=1),
    N("n2", "2014-06-30", "ESS msg - Evergreen planter",
      "Spanish ESS msg from an Evergreen planter: 'El contratista en Mexico nos cobro $2,000 por la visa. Aqui nos quitan el dia de campamento aunque llueva y no trabajamos. Dicen que si nos vamos nos reportan a la migra.' Recruiter in MX charged $2k for the visa, camp day gets deducted even on rain days, told if they leave they'll be reported to immigration. Forwarded to admin.", own=5),
    O("o2", "2015-01-08", "Evergreen Pine - Renewal 2015", "Renewal", "Closed Won", 9800, "Renewed.", own=1),
  ],
  label=L("positive", "agriculture", "n2", ["c1", "n1", "c2", "n2", "o2"],
          "H-2B planters housed in tents pay daily camp charges on unpaid days, are paid under another company's visa petition, and report a $2,000 visa fee and threats of deportation if they leave."))

A(key="P16", name="TerraVerde Landscaping Group", short="TerraVerde", ind="Landscaping",
  city="Frederick", st="MD", area="301", rev=5200000, emp=110, own=2, created="2016-01-08", routine=5,
  web="terraverdelandscaping.example",
  desc="Commercial landscaping, H-2B program ~80 seasonal + 30 year-round.",
  contacts=[("Brent", "Haller", "CEO"), ("Gisela", "Moreno", "HR / H-2B Coordinator")],
  recs=[
    N("n1", "2016-04-25", "report by 'client employer'",
      "Raj: Gisela wanted a report of H-2B EEs grouped by 'client employer' - turns out ~50 of the 80 petitioned H-2B guys are leased out to other cos (a crab house, 2 hotels). TerraVerde bills them $18/hr, pays EEs $11.50 less fees. She wants the leasing hidden on the DOL-format payroll report.", own=8),
    C("c1", "2016-05-12", "VISA-REC deduction on W-2?",
      "Gisela set up VISA-REC deduction $150/wk x 20 wks ($3,000) on the H-2B group. Asked whether it shows on the W-2.",
      "Post-tax deduction, doesnt show on W-2. Closed.", own=6, origin="Chat", who=1),
    O("o2", "2017-01-10", "TerraVerde - Renewal 2017", "Renewal", "Closed Won", 7600, "Renewed.", own=2),
    O("o3", "2017-03-22", "TerraVerde - Multi-client billing", "Upsell", "Closed Won", 2400,
      "Custom labor-cost by client report so they can bill the host cos.", own=2),
  ],
  label=L("positive", "labour_recruitment", "c1", ["n1", "c1", "o2", "o3"],
          "H-2B workers petitioned for landscaping are leased to other businesses with that hidden from DOL-format reports, and a $3,000 visa recruitment fee is deducted from their pay; the provider then sold a report to bill the host companies."))

A(key="P17", name="Brightside Home Cleaning", short="Brightside", ind="Consumer Services",
  city="Danbury", st="CT", area="203", rev=1400000, emp=40, own=1, created="2017-05-22", routine=4,
  web="brightsidecleaning.example",
  desc="Residential cleaning, ~40 cleaners. Same login also runs 'Sparkle Pro Cleaning' + 'JA Maids'.",
  contacts=[("Juliana", "Costa", "Owner"), ("Sergio", "Almeida", "Operations Manager")],
  recs=[
    C("c1", "2017-06-12", "3 companies one admin",
      "Three FEINs: Brightside (Juliana Costa), Sparkle Pro (Fabiana Costa), JA Maids (Ana Almeida). Sergio is admin on all 3. Every EE lists one of 2 addresses (Sergio's house or a duplex). EEs get moved between the entities each qtr.",
      "Set up 3 cos under one parent. Asked why EEs move, he said 'taxes'. Closed.", own=10, origin="Phone", who=1),
    N("n1", "2017-12-04", "voicemail - Portuguese",
      "Portuguese voicemail to support from a Brightside cleaner, my transcription: 'Oi, o Sergio pegou meu passaporte quando eu cheguei e diz que eu devo 9 mil dolares da passagem e do aluguel. Trabalho todo dia, nao vejo o dinheiro, o cartao de pagamento fica com ele.' = Sergio took her passport when she arrived, says she owes $9k for the ticket + rent, works every day, never sees the money, he keeps her pay card. Routed to admin per process.", own=7),
    C("c2", "2018-03-15", "replacement pay cards",
      "Sergio ordered replacement pay cards for 22 EEs across the 3 cos, all shipped to his home address, says the EEs 'lost them'.",
      "Shipped.", own=6, origin="Email", who=1),
    O("o2", "2018-05-24", "Brightside - Renewal 2018", "Renewal", "Closed Won", 3300, "Renewed.", own=1),
  ],
  label=L("positive", "straw_owner", "n1", ["c1", "n1", "c2", "o2"],
          "One manager controls three cleaning companies through relatives as owners of record, and a cleaner reports he took her passport, keeps her pay card and claims a $9k debt; the 'process' routed her complaint to him."))

A(key="P18", name="Prairie Gold Dairy", short="Prairie Gold", ind="Dairy",
  city="Jerome", st="ID", area="208", rev=9800000, emp=28, own=2, created="2013-09-09", routine=4,
  web="prairiegolddairy.example",
  desc="1,800-head dairy, 24/7 milking. 28 EEs, most live in farm trailers.",
  contacts=[("Carl", "Vandermeer", "Owner"), ("Josefina", "Ruelas", "Office / Payroll")],
  recs=[
    C("c1", "2014-01-14", "round punches down + deductions",
      "Milkers on 12 hr shifts, 7 days. Want T&A to round every punch down to 10 hrs 'for breaks'. Also TRAILER $400/mo + LOAN deduction.",
      "Rounding cant exceed actual breaks - set to nearest 15 min. Deductions built.", own=10, origin="Email", who=1),
    C("c2", "2015-03-03", "mensaje ESS",
      "Jess: ESS msg: 'Don Carl tiene mi tarjeta de la migra y mi acta de nacimiento. Dice que si pido mi pago completo llama a ICE. Mi hermano de 16 anos tambien ordena de noche y no le pagan nada.' = owner holds her immigration card + birth cert, says if she asks for full pay he calls ICE; her 16 y/o brother milks nights and gets nothing.",
      "Routed to admin Josefina. Closed.", own=5, origin="ESS Portal", who=None),
    O("o2", "2015-09-10", "Prairie Gold - Renewal 2015", "Renewal", "Closed Won", 3800, "Renewed.", own=2),
    N("n1", "2016-02-02", "unpaid 'family helper'",
      "Josefina tried to add an EE w/ DOB 2000 as 'family helper', no pay rate, on night milking schedule. Told her we cant have unpaid EEs in payroll. She took him off the schedule in our system.", own=3),
  ],
  label=L("positive", "agriculture", "c2", ["c1", "c2", "o2", "n1"],
          "A dairy worker reports the owner holds her documents and threatens ICE if she asks for full pay while a 16-year-old works nights unpaid, confirmed later by an attempt to schedule an unpaid minor."))

A(key="P19", name="Coastal Restoration Contractors Inc.", short="Coastal Restoration", ind="Construction",
  city="Beaumont", st="TX", area="409", rev=6700000, emp=140, own=1, created="2017-09-18", routine=4,
  web="coastalrestoration.example",
  desc="Disaster restoration/demo after Harvey. Went 15 -> 140 EEs in 6 wks.",
  contacts=[("Rick", "Sowers", "Owner"), ("Dina", "Cuellar", "Payroll")],
  recs=[
    C("c1", "2017-11-06", "DOL complaint - can we backdate runs",
      "Dina says US DOL WHD opened a complaint: workers recruited in Monterrey paid $3,000 each to a recruiter, housed in the warehouse on Calder Ave, not paid for 6 wks, IDs 'collected' by the foreman. DOL wants payroll records. Dina asks if we can backdate pay runs for Oct.",
      "Told her processed periods cant be backdated, off-cycle runs show actual date. Sent export steps. Escalated to Carla.", own=6, origin="Phone", prio="High", who=1),
    N("n1", "2017-11-08", "Coastal Restoration review",
      "Backdating request + DOL allegations (recruiter fees, IDs held, 6 wks unpaid, warehouse housing). Recommend no services beyond std support; Greg to decide on term.", own=9, priv=True),
    O("o2", "2018-01-10", "Coastal Restoration - Louisiana entity", "Upsell", "Closed Won", 3400,
      "Adding LA entity for new jobs in Lake Charles. Rush setup.", own=1),
  ],
  label=L("positive", "construction", "c1", ["c1", "n1", "o2"],
          "DOL alleged recruitment fees, confiscated IDs, warehouse housing and six weeks of unpaid work, the customer asked to backdate payroll, and sales then added a new entity."))

A(key="P20", name="Sunrise Residential Care Homes", short="Sunrise Care", ind="Hospital & Health Care",
  city="Sacramento", st="CA", area="916", rev=2900000, emp=34, own=2, created="2014-02-24", routine=4,
  web="sunriseresidentialcare.example",
  desc="6 licensed residential care homes for elderly, 6 residents each. Caregivers live in.",
  contacts=[("Arlene", "Bautista", "Administrator"), ("Ferdie", "Santos", "Owner")],
  recs=[
    C("c1", "2014-04-15", "24 hr live-in shifts",
      "Caregivers setup as 24-hr shifts, 6 days, flat $1,500/mo. Asked about CA sleep time exclusion.",
      "We calc what's entered, they should confirm CA rules w/ counsel. Set up as requested.", own=10, origin="Email", who=0),
    N("n1", "2015-07-20", "'training bond' field",
      "Ferdie asked for a 'training bond' field: caregivers sign a $10k promissory note on arrival from Manila, forgiven after 3 yrs, owed in full if they quit. Wants 'balance remaining' on the EE profile. Custom field added.", own=4),
    C("c2", "2016-01-12", "caller wants her W-2s",
      "Caregiver called asking for her W-2s, says Ferdie keeps her W-2s and her passport 'in his office' and she cant get them.",
      "Not an authorized user, asked her to request from ER. Arlene says 'she's confused, we give everyone everything'. Closed.", own=6, origin="Phone", who=None),
    O("o2", "2016-02-24", "Sunrise Care - Renewal 2016", "Renewal", "Closed Won", 3000, "Renewed 2 yrs.", own=2),
  ],
  label=L("positive", "care_home", "c2", ["c1", "n1", "c2", "o2"],
          "Live-in caregivers on $1,500 a month for 24-hour shifts are bound by a $10k quit penalty the provider tracks, and one reports the owner keeps her passport and tax forms."))

A(key="P21", name="Midnight Sun Studios LLC", short="Midnight Sun", ind="Online Media",
  city="Tampa", st="FL", area="813", rev=1700000, emp=35, own=1, created="2018-02-05", routine=3,
  web="midnightsunstudios.example",
  desc="'Digital content studio', 35 performers, studio rooms booked by shift. Scheduling + 1099 payments.",
  contacts=[("Derek", "Voss", "Owner"), ("Ashlee", "Kerr", "Studio Manager")],
  recs=[
    C("c1", "2018-03-19", "make DOB + ID optional",
      "Ashlee asks to make DOB + photo ID optional for 'models' b/c 'some of the girls dont have ID yet'. Onboarding requires DOB for the W-9 workflow.",
      "Made ID upload optional (admin toggle). DOB still required, she said she'll put 01/01/2000 as placeholder. Closed.", own=6, origin="Chat", who=1),
    N("n1", "2018-06-07", "Midnight Sun - payments + schedule",
      "Payments ops flag: their card processor dropped them for 'content policy'; they're now paying performers on our pay cards and asked to fund payroll from studio revenue. Schedule has 2 performers on 11p-5a shifts whose ESS emails are school adresses (@pascok12.example).", own=9, priv=True),
    O("o2", "2018-07-10", "Midnight Sun - Pay card program", "Upsell", "Closed Won", 1900,
      "Pay cards for all performers, ships to studio.", own=1),
    C("c2", "2018-10-22", "records request - FDLE",
      "FDLE agent requested records for 2 performers; DOB per their documents is 2001, i.e. 17 at the time. Legal produced.",
      "Produced 10/30. Acct still active, renewal is auto.", own=9, origin="Email", ctype="Legal", prio="High", who=None),
  ],
  label=L("positive", "cam_platform", "n1", ["c1", "n1", "o2", "c2"],
          "The studio dropped ID checks for performers, lost its card processor, and schedules school-email performers on overnight shifts, yet the provider sold it pay cards as a workaround."))

A(key="P22", name="ProClean Sanitation Services", short="ProClean", ind="Facilities Services",
  city="Grand Island", st="NE", area="308", rev=31000000, emp=600, own=2, created="2017-04-10", routine=4,
  web="procleansanitation.example",
  desc="Overnight sanitation crews at 9 meat + poultry plants, ~600 EEs, 11p-5a shifts.",
  contacts=[("Lyle", "Brandvold", "VP Operations"), ("Teresa", "Quiroz", "HR Manager")],
  recs=[
    C("c1", "2017-08-14", "minor rule blocking night schedules",
      "Scheduler blocking 14 EEs from night shifts b/c DOB makes them minors; ages by DOB 13-17, incl a 16 y/o on the night shift on the Plant 4 kill floor chemical foam crew. Teresa says DOBs 'must be typos', wants the minor-hours rule off company-wide.",
      "Rule cant be disabled. Teresa then bulk-edited the 14 DOBs to 1990s dates; audit log shows her user. Schedules published. Closed.", own=6, origin="Phone", prio="High", who=1),
    N("n1", "2017-08-15", "FYI ProClean DOB edit",
      "Kevin: the ProClean bulk DOB edit right after the minor block. Kids on kill floor sanitation overnight? Sent to Carla.", own=6, priv=True),
    T("t1", "2017-08-30", "review ProClean",
      "Carla reviewed. Customer says DOBs were data entry errors. Accepted, no further action.", own=9, ttype="Other", who=1),
    O("o2", "2018-04-12", "ProClean - Renewal 2018", "Renewal", "Closed Won", 45500, "Renewed, +2 plants.", own=2),
  ],
  label=L("positive", "child_labour", "c1", ["c1", "n1", "t1", "o2"],
          "Children as young as 13 were scheduled on hazardous overnight sanitation and the customer rewrote their birthdates to defeat the minor rule; risk accepted 'typos' and the account renewed."))

A(key="P23", name="Thunder Valley Amusements", short="Thunder Valley", ind="Entertainment",
  city="Gibsonton", st="FL", area="813", rev=2800000, emp=90, own=1, created="2014-12-01", routine=4,
  web="thundervalleyamusements.example",
  desc="Traveling carnival, Mar-Nov route FL to OH. ~70 H-2B ride operators + 20 domestic.",
  contacts=[("Buck", "Lattimore", "Owner"), ("Sherry", "Lattimore", "Office")],
  recs=[
    C("c1", "2015-03-16", "hold 40% till end of season",
      "Sherry wants an 'end of season bonus' = 40% of weekly pay held back, paid in Nov only if EE finishes the route. Plus bunk trailer $50/wk, meals $60/wk.",
      "Configured holdback as deferred earnings. Told her to check H-2B wage rules w/ counsel. Closed.", own=10, origin="Email", who=1),
    N("n1", "2015-07-22", "TV Amusements ESS msgs",
      "2 ESS msgs from ride guys: 'Trabajamos 16 horas cuando hay feria y nos pagan $250. El patron guarda los pasaportes en la caja fuerte del trailer. Si alguien se va, pierde lo que nos guardan.' (16 hr days on fair days for $250, boss keeps passports in the trailer safe, anyone who leaves loses what's held back.) Routed to Sherry.", own=5),
    O("o2", "2015-12-01", "Thunder Valley - Renewal 2016", "Renewal", "Closed Won", 4100, "Renewed.", own=1),
    C("c2", "2016-10-05", "zero out holdback - 11 EEs",
      "Sherry asks how to zero out holdback balances for 11 EEs who 'abandoned' in Sept.",
      "Showed how to reverse deferred earnings. Done.", own=6, origin="Phone", who=1),
  ],
  label=L("positive", "labour_recruitment", "n1", ["c1", "n1", "o2", "c2"],
          "The carnival withholds 40% of pay until season end and keeps passports in a safe, so workers who leave forfeit wages, which the provider configured and later helped reverse."))

A(key="P24", name="Keystone Payroll Partners", short="Keystone Payroll", ind="Financial Services",
  city="Queens", st="NY", area="718", rev=2200000, emp=12, own=2, created="2015-06-15", routine=4,
  web="keystonepayrollpartners.example",
  desc="Service bureau reselling our payroll white-label to ~45 small ERs (restaurants, spas, nail salons).",
  contacts=[("Victor", "Ma", "Principal"), ("Grace", "Yee", "Payroll Processor")],
  recs=[
    O("o1", "2015-06-16", "Keystone Payroll - Reseller agreement", "New Business", "Closed Won", 14800,
      "White-label reseller, 45 client cos at signing.", own=2),
    C("c1", "2015-09-09", "limit what vendor staff can see",
      "Victor wants our support + risk teams to see only aggregate totals for his client cos, not EE names or addresses, 'client confidentiality'. Wants it in contract.",
      "Legal said non-standard; agreed as contract exception #14, support role restricted on his sub-clients.", own=12, origin="Email", ctype="Feature Request", who=0),
    N("n1", "2016-02-17", "Keystone funding review",
      "Monthly funding review: 11 of Keystone's sub-clients are massage spas where payroll is all min-wage 'reception', 4-6 per location, same names rotating across 3 states. Net pay for ~60 EEs lands in 3 bank accts. Payroll funded by cash deposits in round $9,000 amounts.", own=9, priv=True),
    C("c2", "2016-08-22", "funding ACH returned",
      "Funding ACH came back R16 (acct frozen). Grace says their bank closed the trust acct 'after a compliance review', wants to fund by wire from a new bank + money orders.",
      "Accepted wire funding from new bank. Closed.", own=6, origin="Phone", prio="High", who=1),
    O("o2", "2017-06-15", "Keystone Payroll - Renewal 2017", "Renewal", "Closed Won", 15900, "Renewed.", own=2),
  ],
  label=L("positive", "money_service", "n1", ["c1", "n1", "c2", "o2"],
          "A reseller that blinded the provider's view of its sub-clients runs spa payrolls with rotating workers whose pay lands in three accounts funded by structured cash, lost its bank, and was renewed."))

A(key="P25", name="La Fiesta Cantina y Bar", short="La Fiesta", ind="Restaurants",
  city="Pasadena", st="TX", area="713", rev=1300000, emp=40, own=1, created="2016-06-06", routine=4,
  web="lafiestacantina.example",
  desc="Bar/cantina w/ live music, 3 locations. ~40 EEs: bartenders, meseras, security.",
  contacts=[("Arturo", "Benavides", "Owner"), ("Nelly", "Ortega", "Manager")],
  recs=[
    C("c1", "2016-07-19", "pay meseras by ficha",
      "Nelly wants waitresses paid per 'ficha' (drink token) at $4 each, no hourly. Plus RENTA $150/wk and DEUDA (variable).",
      "FLSA needs hourly; set tipped hourly $2.13 + commission on fichas. RENTA + DEUDA codes built.", own=5, origin="Phone", who=1),
    C("c2", "2017-03-28", "ESS - mensaje",
      "Jess translating ESS msg: 'Me trajeron de Honduras diciendo que iba a trabajar en un restaurante. Ahora tengo que tomar con los clientes y a veces irme con ellos. Don Arturo dice que debo $8,000 y que mi familia paga si me escapo. Vivimos arriba del bar.'",
      "Routed to admin. Closed.", own=5, origin="ESS Portal", who=None),
    O("o2", "2017-06-07", "La Fiesta - Renewal 2017", "Renewal", "Closed Won", 1900, "Renewed.", own=1),
  ],
  label=L("positive", "cantina_bar", "c2", ["c1", "c2", "o2"],
          "The untranslated Spanish message says a worker brought from Honduras is made to drink with and leave with customers under an $8,000 debt and threats to her family while living above the bar, matching the rent and debt deductions."))

A(key="P26", name="Delmarva Catch Crews LLC", short="Delmarva Catch", ind="Agriculture",
  city="Salisbury", st="MD", area="410", rev=1200000, emp=8, own=2, created="2013-02-11", routine=4,
  web="delmarvacatch.example",
  desc="Chicken-catching crews under contract to growers for 2 integrators; owner subcontracts to 4 crew bosses.",
  contacts=[("Lonnie", "Briggs", "Owner"), ("Tamika", "Briggs", "Office")],
  recs=[
    C("c1", "2013-04-08", "only crew bosses on payroll",
      "Only the 4 crew bosses are EEs in our system. Each crew boss 'pays his guys' out of his check. Lonnie wants crew boss pay grossed up per load; crews of 8-10 not entered.",
      "Explained workers should be on payroll if they're EEs; Tamika said they're 'the crew boss's people'. Closed.", own=6, origin="Phone", who=1),
    O("o2", "2014-02-12", "Delmarva Catch - Renewal 2014", "Renewal", "Closed Won", 2700, "Renewed.", own=2),
    N("n1", "2014-10-01", "T&A pilot visit",
      "On site for T&A pilot. Crews sleep in the bunkhouse at Lonnie's yard, ride in the crew boss's van, a couple look 15-16. Crew boss Mateo said the guys 'owe for the ride up from Guatemala, they pay it down'. Pilot cancelled, Lonnie says no need to track crew hours.", own=4),
    O("o3", "2015-02-12", "Delmarva Catch - Renewal 2015", "Renewal", "Closed Won", 2800, "Renewed, no changes.", own=2),
  ],
  label=L("positive", "agriculture", "n1", ["c1", "n1", "o3"],
          "Catching crews are kept off payroll under crew bosses, sleep in the owner's bunkhouse, include apparent minors and are paying down a smuggling debt, and the provider renewed."))

A(key="P27", name="Liberty Youth Sales Crew", short="Liberty Sales", ind="Marketing and Advertising",
  city="Joplin", st="MO", area="417", rev=800000, emp=60, own=1, created="2015-03-09", routine=5,
  web="libertysalescrew.example",
  desc="Traveling door-to-door sales crews (magazines, cleaning products), ~60 'agents' age 17-22, motel-based, commission only.",
  contacts=[("Chad", "Renner", "Crew Owner"), ("Brianna", "Lyle", "Office")],
  recs=[
    C("c1", "2015-05-04", "agent balance statements",
      "Brianna: agents get $10/day 'draw' for food, charged against commission; motel $45/night charged to the agent's balance. Most agents are negative. Wants statements showing balance owed per agent.",
      "Built custom balance statement report (PS, 4 hrs). Closed.", own=10, origin="Email", ctype="Feature Request", who=1),
    N("n1", "2015-08-19", "call from an agent's mom",
      "Odd one. Mom of a 17 y/o Liberty agent called support, found our name on a statement. Daughter was left at a truck stop in Amarillo w/ no money after missing quota, crew leader took her phone + ID, 'they keep the kids IDs so nobody runs'. Told her we're just the payroll vendor, gave her Liberty's number.", own=6),
    O("o2", "2016-03-10", "Liberty Sales - Renewal 2016", "Renewal", "Closed Won", 1700, "Renewed.", own=1),
  ],
  label=L("positive", "sales_crew", "n1", ["c1", "n1", "o2"],
          "Teen sales agents are kept in debt for motels and food and, per a parent's call, have IDs and phones held and are abandoned for missing quota; the provider built the debt statements and renewed."))

A(key="P28", name="Gulfside Marine Fabrication", short="Gulfside Marine", ind="Shipbuilding",
  city="Pascagoula", st="MS", area="228", rev=88000000, emp=500, own=12, created="2012-06-04", routine=4,
  web="gulfsidemarine.example",
  desc="Offshore rig fabrication yard. ~500 EEs incl ~200 H-2B welders/pipefitters housed in on-site camp.",
  contacts=[("Randall", "Keel", "VP Human Resources"), ("Arun", "Mehta", "Recruitment Liaison"), ("Brenda", "Sowell", "Payroll Manager")],
  recs=[
    C("c1", "2012-08-13", "camp + processing deductions",
      "Randall: H-2B welders get CAMP $35/day x 7 (~$1,050/mo) for bunkhouses inside the yard fence, 24 men per unit. Plus PROCESSING $400/mo remitted to recruiter 'Navsagar Overseas'.",
      "Built both. Closed.", own=10, origin="Email", who=0),
    N("n1", "2012-11-27", "on-site - badge integration",
      "Raj on site for badge integration. Badge rules: camp residents can only exit the yard gate Sun 10-4 with escort. Arun told me the men paid $18-20k back home for the 'green card process'. Said it like it was normal. Mentioned to Dana.", own=8),
    C("c2", "2013-03-04", "term 5 H-2B same day",
      "Randall terminating 5 welders today 'for cause', wants final pay held until 'they return camp keys and sign release'. Security walked them to a trailer.",
      "Told him final pay timing is state law; admin processed terms w/ final pay date +30. Closed.", own=6, origin="Phone", prio="High", who=0),
    O("o2", "2013-06-06", "Gulfside Marine - Renewal 2013", "Renewal", "Closed Won", 40000, "Renewed 2 yrs.", own=12),
    O("o3", "2013-09-16", "Gulfside Marine - Badge/T&A integration", "Upsell", "Closed Won", 6000,
      "Gate badge feed into T&A + camp roster.", own=12),
  ],
  label=L("positive", "construction", "n1", ["c1", "n1", "c2", "o2", "o3"],
          "Guest welders paying $18-20k recruitment fees live in a fenced camp they may leave only on escorted Sunday hours, with heavy camp and recruiter deductions, and the provider renewed and built the gate integration."))


# ================================================================ HARD NEGATIVES
A(key="H01", name="Reliant Workforce Solutions", short="Reliant Workforce", ind="Staffing and Recruiting",
  city="Allentown", st="PA", area="610", rev=38000000, emp=1200, own=2, created="2013-08-12", routine=5,
  web="reliantworkforce.example",
  desc="Light industrial / warehouse temp staffing, 1,200 temps across 9 client DCs.",
  contacts=[("Denise", "Kowalski", "VP Compliance"), ("Luis", "Paredes", "Payroll Manager"), ("Gwen", "Holt", "Branch Manager")],
  recs=[
    C("c1", "2015-04-20", "all non-statutory deductions report",
      "Denise needs every non-statutory deduction across all temps for 2014, a retail client's ethical-labor audit is checking for recruitment fees, housing charges or debts taken from pay.",
      "Report run: only 401k, voluntary dental/vision, one garnishment type. No housing, fee or loan codes exist. Sent to Denise.", own=6, origin="Email", who=0),
    N("n1", "2015-05-11", "audit result",
      "Denise: passed the client's forced-labor audit, auditor interviewed 40 temps, nobody paid a fee. They want the deduction report scheduled quarterly. Set it up.", own=3),
    C("c2", "2017-02-13", "block new deduction codes at branch level",
      "Wants branch mgrs unable to create deduction codes at all - only corporate payroll. Their policy says temps never pay for jobs, transport or housing.",
      "Removed deduction-create permission from branch role. Done.", own=10, origin="Email", ctype="Feature Request", who=1),
  ],
  label=L("negative", "hard:staffing_ordinary", None, ["c1", "n1", "c2"],
          "A staffing agency that audits its own deductions for recruitment fees and housing charges and locks branches out of creating them."))

A(key="H02", name="Sunny Slope Orchards", short="Sunny Slope", ind="Agriculture",
  city="Wenatchee", st="WA", area="509", rev=14000000, emp=210, own=1, created="2014-01-13", routine=5,
  web="sunnysloperchards.example",
  desc="Apple + pear orchards, ~60 year-round + ~150 H-2A workers in season. Company-provided housing.",
  contacts=[("Karen", "Lindqvist", "HR Director"), ("Omar", "Villasenor", "Orchard Manager")],
  recs=[
    C("c1", "2014-03-04", "block housing deductions for H-2A",
      "Karen wants it impossible to take any housing deduction from the H-2A pay group - housing is free under the H-2A rules and she doesnt want a supervisor 'getting creative'. Also needs an earnings code to reimburse inbound travel + visa fees at 50% of the contract.",
      "Deduction restriction built on H-2A group. REIMB-TRAVEL earnings code added. Done.", own=10, origin="Email", ctype="Feature Request", who=0),
    N("n1", "2014-09-18", "site visit",
      "Tom: visited for kiosk install. Housing inspected by state, cert posted in each unit, 4 per unit. Workers keep their own passports - farm gives each a locker + key. HR has a bilingual coordinator. Nice operaton.", own=4),
    C("c2", "2014-10-06", "pregunta ESS",
      "ESS msg (Spanish): 'Gracias, ya recibi el reembolso del viaje y de la visa. Cuando es el segundo cheque?' - EE thanking for travel + visa reimbursement, asks date of next check.",
      "Answered in Spanish w/ pay calendar. Closed.", own=5, origin="ESS Portal", who=None),
  ],
  label=L("negative", "hard:agriculture_h2a_compliant", None, ["c1", "n1", "c2"],
          "An H-2A grower that blocks housing deductions, reimburses visa and travel costs and leaves passports with workers."))

A(key="H03", name="Three Rivers Family Farms", short="Three Rivers", ind="Agriculture",
  city="Immokalee", st="FL", area="239", rev=22000000, emp=400, own=2, created="2015-09-21", routine=4,
  web="threeriversfarms.example",
  desc="Tomato + pepper grower in a worker-driven social responsibility program. 400 in season, incl. H-2A.",
  contacts=[("Beth", "Ardmore", "Compliance Manager"), ("Jorge", "Saldana", "Payroll Lead")],
  recs=[
    C("c1", "2015-11-02", "premium pay line on stubs",
      "Program pays a per-pound premium that must show as its own line on each stub. Need earnings code + report for program auditors.",
      "PREMIUM earnings code + auditor report built.", own=10, origin="Email", ctype="Feature Request", who=1),
    N("n1", "2016-03-15", "program audit",
      "Beth: program auditors interviewed ~40 workers in the fields + housing, asked about debts to recruiters, held documents, threats. Farm passed, auditors asked for the payroll extract w/ premium line, we helped pull it.", own=3),
    T("t1", "2016-04-04", "complaint line banner",
      "Add ESS home banner w/ the program's 24hr complaint line in Spanish + Haitian Creole per Beth.", own=10, ttype="Other", who=0),
  ],
  label=L("negative", "hard:agriculture_h2a_compliant", None, ["c1", "n1", "t1"],
          "A grower audited by a worker-driven programme on debts and held documents, which publicises the complaint line to its workers."))

A(key="H04", name="Service & Hospitality Workers Local 418", short="Local 418", ind="Labor Union",
  city="Oakland", st="CA", area="510", rev=6000000, emp=38, own=1, created="2014-05-05", routine=5,
  web="local418.example",
  desc="Union local, hotel + food service members. Uses us for the 38 staff (organizers, reps, admin).",
  contacts=[("Teresa", "Mwangi", "Secretary-Treasurer"), ("Danny", "Ruiz", "Office Manager")],
  recs=[
    N("n1", "2016-08-09", "organizing context",
      "Danny: organizers found a non-union staffing vendor at 2 airport hotels making housekeepers 'pay back' visa costs, 20 to a house. Local filed complaints w/ the state labor commissioner + US DOL. Only relevance to us: they want organizer schedules split by campaign for grant reporting.", own=3),
    E("e1", "2016-10-20", "ESS announcement - know your rights",
      "Helped Teresa post a staff training announcement: recognizing trafficking + debt bondage in hotel subcontracting.", own=3, loc="Zoom", mins=30),
    C("c1", "2017-01-30", "staff union dues deduction",
      "Local's own staff are in a staff union (OPEIU-style), need dues deduction + remittance.",
      "Deduction + monthly remittance set up.", own=6, origin="Email", who=1),
  ],
  label=L("negative", "hard:union", None, ["n1", "e1"],
          "A union local that reported a staffing vendor's visa-debt scheme to regulators; it uses payroll only for its own staff."))

A(key="H05", name="Centro Obrero del Valle", short="Centro Obrero", ind="Non-Profit Organization Management",
  city="Hillsboro", st="OR", area="503", rev=900000, emp=9, own=2, created="2016-02-22", routine=4,
  web="centroobrero.example",
  desc="Worker center: wage theft clinic, day laborer hiring hall, ESL. 9 staff + volunteers.",
  contacts=[("Alma", "Quintero", "Executive Director"), ("Ben", "Kasprzak", "Operations")],
  recs=[
    N("n1", "2016-03-10", "intake question",
      "Alma asked if our Onboarding forms could host their worker intake. Their intake (Spanish) asks: 'Su empleador guarda su pasaporte o documentos? Debe dinero a un reclutador o contratista? Vive en vivienda del patron?' Told her Onboarding is HR-only for their staff; they'll keep their case mgmt tool.", own=2),
    C("c1", "2016-06-14", "volunteer scheduling",
      "Want volunteers on the schedule for intake shifts at the hiring hall, unpaid, no payroll.",
      "Set up a volunteer position w/ no pay group. Works.", own=6, origin="Phone", who=1),
    T("t1", "2017-02-01", "nonprofit renewal discount",
      "Apply 20% nonprofit discount to renewal.", own=2, ttype="Other", who=0),
  ],
  label=L("negative", "hard:worker_centre", None, ["n1", "c1"],
          "A worker centre whose intake asks victims about held documents and recruiter debts; it uses the product for its own small staff."))

A(key="H06", name="Freedom Path Alliance", short="Freedom Path", ind="Non-Profit Organization Management",
  city="Denver", st="CO", area="303", rev=3100000, emp=44, own=1, created="2014-10-14", routine=5,
  web="freedompathalliance.example",
  desc="Anti-trafficking NGO: case mgmt for survivors of sex + labor trafficking, 24/7 crisis line, trainings.",
  contacts=[("Naomi", "Fairchild", "Program Director"), ("Curtis", "Bell", "Finance Manager")],
  recs=[
    C("c1", "2014-12-03", "client intake in onboarding?",
      "Naomi asked if Onboarding forms can hold client intake (trafficker holding ID/passport, debt owed, minors present). Explained product is HR for their staff only, not client case mgmt; client data shouldnt live here.",
      "Agreed. They use a separate case mgmt system. Closed.", own=6, origin="Email", who=0),
    E("e1", "2015-02-11", "crisis line scheduling",
      "Built 24/7 rotation for advocates, 3 shifts, on-call escalation to a case mgr when police bring in a minor.", own=10, loc="Customer office", mins=90),
    N("n1", "2016-05-03", "FYI - news",
      "Their ED testified at the state legislature on a labor trafficking bill (recruitment fees, passport confiscation). Naomi asked for headcount report for a grant.", own=3),
  ],
  label=L("negative", "hard:ngo", None, ["c1", "e1", "n1"],
          "An anti-trafficking NGO: the trafficking vocabulary describes its survivor clients and advocacy, not its own conduct."))

A(key="H07", name="Eastside Immigrant Legal Clinic", short="Eastside Legal", ind="Legal Services",
  city="Chicago", st="IL", area="312", rev=2400000, emp=22, own=2, created="2015-01-26", routine=4,
  web="eastsidelegalclinic.example",
  desc="Nonprofit legal aid: T/U visas, wage claims, asylum. 22 staff.",
  contacts=[("Rachel", "Osei", "Managing Attorney"), ("Min", "Park", "Office Manager")],
  recs=[
    N("n1", "2015-03-02", "kickoff notes",
      "Rachel: most T-visa clients had recruiter debts + passports held by employers, they often subpoena employers' payroll records. Wanted to know what our stubs + deduction histories look like so staff can read exports from other payroll systems. Sent a sample export.", own=3),
    C("c1", "2016-07-19", "request for a former EE's records",
      "Clinic attorney asked us directly for pay records of a client from his former employer (one of our customers, name given). Explained we can only release w/ employer authorization or subpoena; routed to Legal.",
      "Legal replied to clinic w/ our subpoena process. Clinic served subpoena 8/2, Legal handled. Nothing on Eastside's own acct.", own=9, origin="Email", ctype="Legal", who=0),
    T("t1", "2017-01-09", "renew w/ nonprofit pricing",
      "Renewal quote, nonprofit tier.", own=2, ttype="Email", who=1),
  ],
  label=L("negative", "hard:law_firm", None, ["n1", "c1"],
          "A legal-aid clinic for trafficking survivors that seeks employers' payroll records by subpoena; it is the advocate, not the exploiter."))

A(key="H08", name="State Labor Standards Division - Field Enforcement", short="Labor Standards Division", ind="Government Administration",
  city="Tallahassee", st="FL", area="850", rev=0, emp=85, own=12, created="2016-09-06", routine=4,
  web="laborstandards-fl.example", type="Customer - Government",
  desc="State agency field inspectors (wage/hour, migrant housing). Uses our scheduling + T&A for 85 inspectors.",
  contacts=[("Harold", "Greer", "Deputy Director"), ("Yvonne", "Batiste", "Admin Services")],
  recs=[
    C("c1", "2016-11-14", "shift notes retention",
      "Inspectors' schedule notes include things like 'camp 14 - complaint re passports held + housing deductions, follow up w/ USDOL'. Harold asks our retention + who at vendor can see notes.",
      "Sent data retention + access policy; recommended they keep case details in their case system, not schedule notes.", own=9, origin="Email", who=0),
    N("n1", "2017-03-20", "ride-along scheduling",
      "Want joint inspection days w/ sheriff's office on the schedule (migrant camp housing sweeps). Custom shift type 'Joint Insp'.", own=4),
    C("c2", "2018-01-08", "mobile punches offline in the field",
      "Inspectors in rural counties punching w/ no signal.",
      "Offline mode enabled, punches sync later.", own=6, origin="Phone", who=1),
  ],
  label=L("negative", "hard:labour_inspector", None, ["c1", "n1"],
          "A state labour inspectorate whose schedule notes mention held passports and housing deductions because it investigates them."))

A(key="H09", name="Halvorsen University - Supply Chain Labor Lab", short="Halvorsen Lab", ind="Higher Education",
  city="Madison", st="WI", area="608", rev=1500000, emp=40, own=2, created="2017-08-28", routine=4,
  web="halvorsen-labor-lab.example",
  desc="University research lab on forced labor in supply chains. Pays RAs + survey enumerators via us (separate from univ payroll, grant-funded).",
  contacts=[("Ingrid", "Solberg", "Principal Investigator"), ("Marcus", "Tate", "Lab Manager")],
  recs=[
    N("n1", "2017-09-12", "project context",
      "Ingrid: IRB-approved survey of migrant workers in seafood + palm oil asking about recruitment debt, passport retention, wage deductions. 30 US-based RAs on payroll. Enumerators abroad paid by a partner org.", own=8),
    C("c1", "2017-10-03", "pay foreign enumerators?",
      "Marcus asked if we can pay enumerators in Thailand thru payroll.",
      "No - non-US contractors not supported. Suggested univ AP or partner org. Closed.", own=6, origin="Email", who=1),
    O("o2", "2018-08-30", "Halvorsen Lab - Renewal 2018", "Renewal", "Closed Won", 3100, "Renewed, grant extended 2 yrs.", own=2),
  ],
  label=L("negative", "hard:university", None, ["n1", "c1"],
          "A university lab researching passport retention and recruitment debt abroad; it pays its own research assistants."))

A(key="H10", name="Granite State Builders", short="Granite State", ind="Construction",
  city="Manchester", st="NH", area="603", rev=64000000, emp=260, own=1, created="2014-04-07", routine=5,
  web="granitestatebuilders.example",
  desc="General contractor, commercial + multifamily, NH/MA. 260 direct EEs + subs.",
  contacts=[("Phil", "Dunmore", "Safety Director"), ("Andrea", "Sokol", "Payroll Manager"), ("Kevin", "Roark", "CFO")],
  recs=[
    C("c1", "2016-08-03", "temp pay group for a sub's workers",
      "Phil found a drywall sub's workers sleeping in a job trailer; they said they paid $5k each to come up from TX + the sub holds their passports. GSB reported the sub to NH DOL + US DOL on 8/1 and terminated the sub on 8/2. Want the 14 workers on GSB payroll directly for 30 days so they actually get paid while DOL sorts it out.",
      "Created temp pay group 'Transition'. DD to each worker's own acct or pay card in own name, shipped to the workers at the hotel GSB put them up in. Done 8/4.", own=10, origin="Phone", prio="High", who=0),
    N("n1", "2016-08-22", "GSB sub compliance",
      "Kevin: new policy, every sub must certify no recruitment fees, no held documents, no housing deductions; GSB spot-checks subs' certified payroll. Asked if we can ingest subs' certified payroll files.", own=3),
    O("o2", "2016-10-12", "Granite State - Certified payroll module", "Upsell", "Closed Won", 14000,
      "Certified payroll + sub compliance reporting.", own=1),
  ],
  label=L("negative", "hard:reported_contractor", None, ["c1", "n1", "o2"],
          "A general contractor that reported a subcontractor holding passports to labour regulators, terminated it, and paid the workers directly."))

A(key="H11", name="Harvest Table Restaurants", short="Harvest Table", ind="Restaurants",
  city="Portland", st="ME", area="207", rev=9000000, emp=180, own=2, created="2015-05-18", routine=5,
  web="harvesttable.example",
  desc="5 farm-to-table restaurants, ~180 EEs.",
  contacts=[("Colleen", "Abbott", "HR Manager"), ("Sam", "Nguyen", "Controller")],
  recs=[
    C("c1", "2017-05-09", "employment verification for T-visa",
      "Colleen needs an employment verification letter for a line cook's T-visa application. He was trafficked by a previous employer in another state (a landscaping outfit that held his passport); he's been w/ Harvest Table 2 yrs. Also someone claiming he 'still owes' that old employer keeps calling the restaurant.",
      "Showed how to generate EVL from ESS. Suggested they refer collector calls to the EE's attorney and not confirm schedule info.", own=6, origin="Phone", who=0),
    N("n1", "2017-05-10", "privacy flag",
      "Colleen asked to hide the EE's address + schedule from other mgrs for safety. Set privacy flag on his record, only HR sees it.", own=3),
  ],
  label=L("negative", "hard:employer_of_victim", None, ["c1", "n1"],
          "A restaurant supporting an employee who was trafficked by a former employer, including his T-visa letter and safety measures."))

A(key="H12", name="BridgeWorld Au Pair", short="BridgeWorld", ind="Consumer Services",
  city="Stamford", st="CT", area="203", rev=5400000, emp=300, own=1, created="2014-11-03", routine=5,
  web="bridgeworldaupair.example",
  desc="Designated au pair sponsor, ~300 au pairs placed w/ host families; scheduling + stipend reporting.",
  contacts=[("Heather", "Quinlan", "Director of Compliance"), ("Pascal", "Lemaire", "Regional Coordinator")],
  recs=[
    C("c1", "2015-01-12", "hard block over 45 hrs",
      "Heather wants the scheduler to hard-block >10 hrs/day and >45 hrs/wk for au pairs per program rules, plus a weekly exception report by host family.",
      "Hard rule + weekly exception report built.", own=10, origin="Email", ctype="Feature Request", who=0),
    N("n1", "2016-02-25", "rematch",
      "Pascal: an au pair messaged him 'Ma famille d accueil est gentille mais je travaille parfois 50 heures et ils gardent mon passeport dans leur coffre.' Agency told the host family passports stay w/ the au pair, rematched her in 10 days, host family put on probation. Asked us for hours-by-host-family report for the last yr.", own=3),
    C("c2", "2016-03-01", "hours by host family report",
      "Report of scheduled vs logged hours by host family, 12 months.",
      "Built saved report, sent to Heather + Pascal.", own=6, origin="Email", who=0),
  ],
  label=L("negative", "hard:au_pair_compliant", None, ["c1", "n1", "c2"],
          "An au pair sponsor that caps hours and acted on a host family holding a passport by rematching the au pair and sanctioning the family."))

A(key="H13", name="Casa Limpia Cleaning Cooperative", short="Casa Limpia", ind="Consumer Services",
  city="Brooklyn", st="NY", area="718", rev=1100000, emp=31, own=2, created="2016-04-11", routine=4,
  web="casalimpia-coop.example",
  desc="Worker-owned house cleaning co-op, 31 member-owners.",
  contacts=[("Yolanda", "Pineda", "Coordinator"), ("Rosangela", "Freitas", "Treasurer")],
  recs=[
    N("n1", "2016-05-02", "coop model",
      "Members set own rates $25-30/hr, keep 95%, 5% to coop. Yolanda: many members came from agencies that held their passports + took 'fees', that's why they started the coop. Want patronage dividend payouts at yr end.", own=3),
    C("c1", "2016-06-20", "ESS in Portuguese",
      "Rosangela asked for ESS in Portuguese for the Brazilian members.",
      "PT language pack enabled.", own=7, origin="Phone", who=1),
    C("c2", "2017-12-11", "patronage dividend run",
      "Need an off-cycle run for patronage dividends, non-wage.",
      "Set up as separate pay type, 1099-PATR handled outside. Done.", own=6, origin="Email", who=1),
  ],
  label=L("negative", "hard:domestic_coop", None, ["n1", "c1"],
          "A worker-owned cleaning cooperative formed by members who had escaped abusive agencies; members set their own pay."))

A(key="H14", name="Bayview Hotels & Suites Group", short="Bayview Hotels", ind="Hospitality",
  city="San Diego", st="CA", area="619", rev=72000000, emp=900, own=12, created="2013-06-17", routine=5,
  web="bayviewhotels.example",
  desc="8 hotels SoCal, ~900 EEs.",
  contacts=[("Monica", "Feld", "VP People"), ("Terrence", "Yu", "Director of Security")],
  recs=[
    C("c1", "2016-01-19", "assign trafficking awareness module",
      "Monica wants mandatory annual human trafficking awareness training assigned to all front desk, housekeeping, security; track completion by property.",
      "Assigned via learning module, completion report by property built.", own=10, origin="Email", who=0),
    N("n1", "2016-02-03", "report concern button",
      "Terrence asked for a 'report a concern' button in ESS that routes to hotel security + shows the national hotline #. Built as a custom link. Their police request process: subpoena or exigent request through Terrence only.", own=3),
    T("t1", "2017-07-12", "SDPD request - schedules",
      "SDPD asked Bayview for desk schedules from a night when Bayview security called police about a possible minor in a guest room (girl recovered, adult arrested). Terrence pulled schedules himself, no action needed from us.", own=3, ttype="Call", who=1),
  ],
  label=L("negative", "hard:hotel_reporting", None, ["c1", "n1", "t1"],
          "A hotel group that trains staff on trafficking, built a report-concern button and called police about a suspected minor."))

A(key="H15", name="North Sound Seafoods", short="North Sound", ind="Food Production",
  city="Kodiak", st="AK", area="907", rev=45000000, emp=420, own=1, created="2014-03-10", routine=5,
  web="northsoundseafoods.example",
  desc="Shore-based salmon + pollock processor. ~420 in season, company bunkhouse.",
  contacts=[("Erik", "Halvorsen", "Plant Manager"), ("Joy", "Santiago", "HR / Payroll")],
  recs=[
    C("c1", "2014-04-21", "bunkhouse deduction",
      "Seasonal processors can live in company bunkhouse, $12/day room + board, in the offer letter, voluntary, stops if EE moves to town. Need code w/ signed authorization attached.",
      "BUNK code built w/ authorization doc required before activation.", own=10, origin="Email", who=1),
    N("n1", "2015-11-02", "buyer social audit",
      "Joy: a grocery buyer's social audit asked about passports, recruitment fees, debt. North Sound pays travel both ways, no fees, workers keep their own documents. They sent payroll proof from our reports.", own=4),
    C("c2", "2016-07-14", "stop bunk deduction",
      "ESS request from EE moving to town, wants bunkhouse deduction stopped.",
      "Joy stopped it same day. Closed.", own=6, origin="ESS Portal", who=None),
  ],
  label=L("negative", "hard:seafood_compliant", None, ["c1", "n1", "c2"],
          "A seafood processor with a voluntary, authorised bunkhouse deduction that stops on request and no recruitment fees or held documents."))

A(key="H16", name="Threadline Apparel Co.", short="Threadline", ind="Apparel & Fashion",
  city="Portland", st="OR", area="503", rev=120000000, emp=350, own=12, created="2015-07-06", routine=4,
  web="threadlineapparel.example",
  desc="Apparel brand, US HQ + DCs, ~350 US EEs; overseas suppliers.",
  contacts=[("Maya", "Brennan", "Director, Social Responsibility"), ("Greg", "Hollis", "HRIS Manager")],
  recs=[
    N("n1", "2016-10-11", "CSR context",
      "Maya: their audits found migrant workers at a supplier's factory in Malaysia had paid recruitment fees of $1,200-2,000 + had passports held by the dorm mgr. Threadline made the supplier repay fees + return passports, monitoring quarterly. Asked if our HR suite can track supplier audits - no, out of scope.", own=8),
    C("c1", "2016-11-07", "policy acknowledgement in onboarding",
      "Greg wants US hires to acknowledge the 'Employer Pays' recruitment policy during onboarding.",
      "Added as required acknowledgement doc.", own=10, origin="Email", who=1),
  ],
  label=L("negative", "hard:supply_chain_remediation", None, ["n1", "c1"],
          "A brand that found recruitment fees and held passports at an overseas supplier and forced remediation."))

A(key="H17", name="Haven House Youth Shelter", short="Haven House", ind="Individual & Family Services",
  city="Minneapolis", st="MN", area="612", rev=2700000, emp=48, own=2, created="2015-02-02", routine=5,
  web="havenhouseyouth.example",
  desc="Emergency shelter + drop-in for youth 12-21, incl. trafficking survivors. 48 staff.",
  contacts=[("Lorna", "Pettis", "Executive Director"), ("Jamal", "Okonkwo", "Program Manager")],
  recs=[
    C("c1", "2015-03-16", "two awake staff overnight",
      "State licensing needs 2 awake staff every overnight; minors in care incl. sex trafficking survivors placed by county. Want scheduler to block publishing if any night has <2.",
      "Min-staffing rule set per shift. Done.", own=10, origin="Email", ctype="Feature Request", who=1),
    N("n1", "2015-09-29", "on-call",
      "Lorna: police bring in minors recovered in trafficking stings, often 1-3am. Need on-call case manager rotation + call-in pay.", own=3),
  ],
  label=L("negative", "hard:shelter", None, ["c1", "n1"],
          "A youth shelter for trafficking survivors scheduling overnight staff and on-call case managers."))

A(key="H18", name="Lighthouse Helpline", short="Lighthouse Helpline", ind="Non-Profit Organization Management",
  city="Atlanta", st="GA", area="404", rev=1800000, emp=30, own=1, created="2016-06-27", routine=4,
  web="lighthousehelpline.example",
  desc="24/7 hotline for trafficking + exploitation tips, 30 staff advocates.",
  contacts=[("Deborah", "Kline", "Director"), ("Andre", "Simmons", "Operations")],
  recs=[
    C("c1", "2016-08-08", "overnight shift differential",
      "Advocates on 11p-7a get $2/hr diff, need it auto-applied.",
      "Shift diff rule added.", own=6, origin="Email", who=1),
    N("n1", "2016-09-14", "hotline volume",
      "Deborah: labor trafficking calls up - callers reporting employers holding passports, debts to recruiters, locked dorms. Need 2 more Spanish + 1 Portuguese speaking advocates per shift, asked about bilingual pay premium.", own=3),
  ],
  label=L("negative", "hard:hotline", None, ["n1"],
          "A trafficking hotline whose notes describe callers' reports, staffing advocates to answer them."))

A(key="H19", name="Brookmere Police Department", short="Brookmere PD", ind="Law Enforcement",
  city="Brookmere", st="IN", area="317", rev=0, emp=140, own=12, created="2014-08-18", routine=5,
  web="brookmerepd.example", type="Customer - Government",
  desc="City PD, 140 sworn + civilian. Scheduling + T&A (payroll stays w/ city).",
  contacts=[("Lt. Dana", "Rourke", "Administrative Lieutenant"), ("Carol", "Finch", "Payroll Liaison")],
  recs=[
    C("c1", "2015-06-01", "grant code on OT",
      "Vice/human trafficking unit OT is charged to a federal task force grant; need grant code on timecards + monthly report.",
      "Grant cost code + report built.", own=10, origin="Email", who=1),
    N("n1", "2015-07-14", "CJIS",
      "Lt. Rourke asked if detectives can put victim names in schedule notes for stings. Told her no - not CJIS, keep case data in RMS. Agreed.", own=9, priv=True),
    T("t1", "2016-10-03", "records request - theft at our customer?",
      "Different thing: a detective called asking if we hold schedules for an unrelated business (a burglary at a store). Told him to go to the business; we're a processor.", own=9, ttype="Call", who=0),
  ],
  label=L("negative", "hard:police", None, ["c1", "n1"],
          "A police department whose trafficking-unit overtime and sting scheduling appear in its records."))

A(key="H20", name="Marlow County District Attorney's Office", short="Marlow County DA", ind="Government Administration",
  city="Marlow", st="OK", area="580", rev=0, emp=60, own=2, created="2017-01-16", routine=4,
  web="marlowcountyda.example", type="Customer - Government",
  desc="County DA, 60 staff incl. human trafficking prosecution unit + victim-witness coordinators.",
  contacts=[("Frances", "Odom", "Office Administrator"), ("Wes", "Calloway", "ADA, HT Unit Chief")],
  recs=[
    N("n1", "2017-02-06", "on-call victim-witness",
      "Victim-witness coordinators on call 24/7 for minors recovered in HT cases, need on-call + callback pay.", own=4),
    C("c1", "2017-04-24", "witness travel via payroll?",
      "Asked if witness travel stipends for trafficking victims testifying can run through payroll.",
      "No - they arent EEs; use county AP. Closed.", own=6, origin="Phone", who=0),
  ],
  label=L("negative", "hard:prosecutor", None, ["n1", "c1"],
          "A prosecutor's office with a trafficking unit; its records mention minors and victims it protects."))

A(key="H21", name="PayBridge Earned Wage Cards", short="PayBridge", ind="Financial Services",
  city="Charlotte", st="NC", area="704", rev=26000000, emp=120, own=12, created="2016-05-09", routine=4,
  web="paybridgecards.example",
  desc="Payroll card + earned wage access fintech. Our customer for their 120 staff + an API integration partner.",
  contacts=[("Simone", "Achebe", "Chief Risk Officer"), ("Pete", "Gallagher", "Integrations Lead")],
  recs=[
    N("n1", "2017-06-21", "risk team practice",
      "Simone: PayBridge terminated 3 employer clients this yr where all cardholders' cards were mailed to one address or activated from one phone - signs of wage control / labor trafficking - and filed SARs. Asked us for a webhook when an employer changes many EEs' card mailing address to the same address.", own=8),
    C("c1", "2017-07-10", "bulk address change webhook",
      "Webhook: fire when >5 EEs in one ER get the same card mailing address within 30 days.",
      "Built + documented in API changelog.", own=8, origin="Email", ctype="Feature Request", who=1),
    O("o2", "2017-08-01", "PayBridge - API partner tier", "Upsell", "Closed Won", 22000, "Partner API tier.", own=12),
  ],
  label=L("negative", "hard:payments_offboards_merchants", None, ["n1", "c1"],
          "A pay-card company that offboards and reports employers showing wage-control patterns."))

A(key="H22", name="HarvestJobs Board", short="HarvestJobs", ind="Internet",
  city="Fresno", st="CA", area="559", rev=7500000, emp=48, own=1, created="2016-11-14", routine=4,
  web="harvestjobs.example",
  desc="Job board for ag + food processing jobs, 48 staff.",
  contacts=[("Priscilla", "Ontiveros", "Head of Trust & Safety"), ("Dev", "Shah", "Finance")],
  recs=[
    N("n1", "2017-01-23", "T&S context",
      "Priscilla: they remove ~300 postings/yr (<0.5%) that charge recruitment fees or sell 'visas', and report them to FTC + DOL. Uses our payroll for staff only. Asked about SSO for T&S contractors.", own=3),
    C("c1", "2017-02-06", "SSO for contract moderators",
      "SSO for 12 contract moderators w/ limited role.",
      "Done, limited role.", own=6, origin="Email", who=0),
  ],
  label=L("negative", "hard:marketplace_removes", None, ["n1"],
          "A job board that removes and reports fee-charging and visa-selling postings."))

A(key="H23", name="Fairway Labor Compliance Partners", short="Fairway Compliance", ind="Management Consulting",
  city="Washington", st="DC", area="202", rev=4800000, emp=25, own=2, created="2015-10-05", routine=4,
  web="fairwaycompliance.example",
  desc="Ethical recruitment + social audit consultancy.",
  contacts=[("Helen", "Marsh", "Managing Partner"), ("Tobias", "Reyes", "Operations")],
  recs=[
    N("n1", "2015-10-20", "what they do",
      "Auditors interview workers at clients' recruitment agencies + factories about fees, passports, debts. Their auditors travel 60% - need per diem codes + travel time pay.", own=3),
    C("c1", "2016-02-16", "per diem + travel time",
      "Per diem non-taxable code + travel time earnings.",
      "Built both.", own=10, origin="Email", who=1),
  ],
  label=L("negative", "hard:consultancy", None, ["n1"],
          "An ethical-recruitment auditor whose work is interviewing workers about fees and passports."))

A(key="H24", name="Crestline Staffing Group", short="Crestline Staffing", ind="Staffing and Recruiting",
  city="Phoenix", st="AZ", area="602", rev=19000000, emp=650, own=1, created="2014-02-03", routine=5,
  web="crestlinestaffing.example",
  desc="Hospitality + light industrial staffing, AZ/NV. ~650 on payroll.",
  contacts=[("Rhonda", "Vega", "General Counsel"), ("Mike", "Sturgis", "Payroll Director")],
  recs=[
    C("c1", "2017-09-25", "fraudulent job offers using our name",
      "Rhonda: scammers posing as Crestline on WhatsApp recruiting in Guatemala + the Philippines, charging $2,500 'visa fees' for jobs that dont exist. Crestline reported to FBI IC3 + State Dept, posted warnings. Wants an ESS + careers page banner: 'Crestline never charges fees'.",
      "Banner added on careers page + ESS login.", own=10, origin="Phone", prio="High", who=0),
    N("n1", "2017-10-02", "FBI follow-up",
      "FBI agent spoke w/ Crestline. Rhonda asked if our logs show any unauthorized logins or exports that could've leaked EE data to the scammers. Checked - none.", own=9, priv=True),
  ],
  label=L("negative", "hard:victim_of_crime", None, ["c1", "n1"],
          "A staffing firm impersonated by recruitment-fee scammers, which reported them to the FBI and warned applicants."))

A(key="H25", name="Pacific Coast Massage Institute", short="PC Massage Institute", ind="Education Management",
  city="Eugene", st="OR", area="541", rev=3000000, emp=35, own=2, created="2015-08-24", routine=4,
  web="pcmassageinstitute.example",
  desc="Licensed massage therapy school, 35 staff/instructors, ~200 students.",
  contacts=[("Gail", "Sorensen", "Director"), ("Hugo", "Lam", "Business Office")],
  recs=[
    N("n1", "2016-01-11", "student clinic",
      "Students (18+) work supervised clinic hrs for credit, unpaid, not on payroll. Only instructors + staff on payroll. Gail: state board requires a unit on recognizing trafficking in the massage industry, they scheduled a guest lecture from a local NGO.", own=4),
    C("c1", "2016-03-07", "instructor split pay",
      "Instructors paid per class + clinic supervision hourly.",
      "Two rates configured.", own=6, origin="Email", who=1),
  ],
  label=L("negative", "hard:massage_school", None, ["n1"],
          "A licensed massage school that teaches students to recognise trafficking in the industry."))

A(key="H26", name="Polished Nail Lounge", short="Polished Nail", ind="Consumer Services",
  city="Plano", st="TX", area="972", rev=2100000, emp=45, own=1, created="2016-02-08", routine=4,
  web="polishednaillounge.example",
  desc="4 nail salons DFW, 45 techs, W-2.",
  contacts=[("Linh", "Dao", "Owner"), ("Tara", "Webb", "Office Manager")],
  recs=[
    C("c1", "2016-03-14", "deduct for nail kit?",
      "Linh wanted to deduct $240 nail kit from new techs. Explained FLSA: deduction cant bring wage below min wage/OT.",
      "Linh decided to provide kits free. No code built.", own=6, origin="Phone", who=0),
    N("n1", "2017-06-05", "relocation",
      "Tech relocating from CA - salon paid first month rent as a relocation bonus (taxable earnings), not a deduction or loan. Asked how to code it.", own=3),
  ],
  label=L("negative", "hard:salon_ordinary", None, ["c1", "n1"],
          "A nail salon chain that dropped a kit deduction on learning the rules and pays relocation rent as a bonus."))

A(key="H27", name="Metro Youth Soccer Alliance", short="Metro Youth Soccer", ind="Sports",
  city="Columbus", st="OH", area="614", rev=3500000, emp=60, own=2, created="2015-12-07", routine=4,
  web="metroyouthsoccer.example",
  desc="Youth soccer league, 60 paid staff + coaches, 4,000 players age 5-18.",
  contacts=[("Ryan", "Kessler", "Executive Director"), ("Angela", "Moss", "HR")],
  recs=[
    C("c1", "2016-01-25", "background checks before hire",
      "Every coach working w/ minors needs background check + safeguarding training before first shift. Want hire blocked until both done.",
      "Onboarding gate + integration w/ their screening vendor.", own=10, origin="Email", who=1),
    N("n1", "2016-06-13", "police check",
      "Ryan: one applicant came back w/ a police record, league declined him. Asked us to confirm record is not stored in our system - only pass/fail flag. Confirmed.", own=3),
  ],
  label=L("negative", "hard:safeguarding", None, ["c1", "n1"],
          "A youth league whose minors and police-check references come from its safeguarding process."))

A(key="H28", name="Pine Hollow Unified School District", short="Pine Hollow USD", ind="Primary/Secondary Education",
  city="Pine Hollow", st="CA", area="530", rev=0, emp=700, own=12, created="2013-07-22", routine=5,
  web="pinehollowusd.example", type="Customer - Government",
  desc="K-12 district, 700 staff. Scheduling for classified staff + substitutes.",
  contacts=[("Marjorie", "Ellis", "Assistant Superintendent HR"), ("Todd", "Beckett", "Classified HR")],
  recs=[
    C("c1", "2014-08-11", "mandated reporter training",
      "Assign annual mandated reporter module (child abuse + trafficking indicators) to all staff, completion by site.",
      "Assigned + report built.", own=10, origin="Email", who=0),
    N("n1", "2015-01-20", "SRO schedules",
      "School resource officers are city police, not district EEs; district wants them visible on site schedules but not paid. Added as external resource.", own=4),
  ],
  label=L("negative", "hard:safeguarding", None, ["c1", "n1"],
          "A school district training staff on child abuse and trafficking indicators."))

A(key="H29", name="Crossroads Travel Plazas", short="Crossroads Plazas", ind="Retail",
  city="Effingham", st="IL", area="217", rev=95000000, emp=520, own=1, created="2014-06-09", routine=5,
  web="crossroadsplazas.example",
  desc="6 truck stops / travel plazas on I-57 + I-70. ~520 EEs.",
  contacts=[("Wendell", "Price", "VP Operations"), ("Shauna", "Kirby", "HR Manager")],
  recs=[
    C("c1", "2015-02-23", "training completion report",
      "All cashiers + fuel desk complete a trucking-industry anti-trafficking awareness video at hire. Need completion report by plaza.",
      "Built.", own=10, origin="Email", who=1),
    N("n1", "2016-11-15", "Wendell call",
      "Wendell proud of night cashier at the Effingham plaza: saw a young girl going truck to truck in the lot around 2am, called 911, state police recovered a 15 y/o + arrested the man w/ her. They gave the cashier a bonus. Asked how to run a one-off bonus.", own=4),
    T("t1", "2016-11-16", "one-off bonus",
      "Walked Shauna through off-cycle bonus run.", own=6, ttype="Call", who=1),
  ],
  label=L("negative", "hard:truck_stop_reporting", None, ["c1", "n1"],
          "A truck stop chain whose trained staff reported a trafficked minor to police."))

A(key="H30", name="Cape Ledge Fishermen's Cooperative", short="Cape Ledge", ind="Fishing",
  city="New Bedford", st="MA", area="508", rev=18000000, emp=85, own=2, created="2013-10-14", routine=5,
  web="capeledgecoop.example",
  desc="Scallop + groundfish co-op, 14 boats, crew share system. Crew are members, US citizens/LPRs.",
  contacts=[("Manny", "Furtado", "General Manager"), ("Diane", "Costa", "Settlement Clerk")],
  recs=[
    C("c1", "2013-11-04", "crew shares at trip settlement",
      "Crew paid shares after each trip settles (gross less fuel, ice, food), advances against shares during long trips. Need settlement as earnings + advance recovery.",
      "Share earnings + ADVANCE recovery code, capped at advance amount. Crew see settlement sheets in ESS.", own=10, origin="Email", who=1),
    N("n1", "2014-05-12", "settlement transparency",
      "Diane: every crewman gets the settlement sheet same day, can dispute at the co-op meeting. Manny wanted ESS in Portuguese for the older guys.", own=3),
  ],
  label=L("negative", "hard:fishing_coop", None, ["c1", "n1"],
          "A member-owned fishing co-op using the standard lay-share settlement with transparent advances."))

A(key="H31", name="Silver Pines Mountain Resort", short="Silver Pines", ind="Leisure, Travel & Tourism",
  city="Big Sky", st="MT", area="406", rev=41000000, emp=650, own=12, created="2014-09-15", routine=5,
  web="silverpinesresort.example",
  desc="Ski resort, ~650 in winter incl ~120 J-1 seasonal. Staff housing.",
  contacts=[("Karl", "Brauer", "HR Director"), ("Jenna", "Wolfe", "Housing Manager")],
  recs=[
    C("c1", "2014-10-20", "staff housing deduction",
      "$85/wk staff housing for J-1 + domestic seasonals who opt in (market rent in town ~$250/wk). Voluntary, signed authorization, opt out w/ 2 wks notice.",
      "HOUSING code w/ authorization required; opt-out workflow in ESS.", own=10, origin="Email", who=0),
    N("n1", "2015-02-09", "J-1 sponsor visit",
      "J-1 sponsor monitoring visit. Sponsor asked if passports were held - Karl confirmed only copies for I-9, originals stay w/ workers. 1 EE moved to town, deduction stopped next run.", own=4),
  ],
  label=L("negative", "hard:employer_housing_compliant", None, ["c1", "n1"],
          "A resort with voluntary, below-market staff housing deductions and workers keeping their passports."))

A(key="H32", name="Heartland Premium Meats", short="Heartland Meats", ind="Food Production",
  city="Worthington", st="MN", area="507", rev=310000000, emp=1400, own=12, created="2015-03-23", routine=5,
  web="heartlandpremiummeats.example",
  desc="Pork processing, 1,400 EEs. Sanitation used to be contracted out.",
  contacts=[("Laura", "Stensrud", "Plant HR Director"), ("Victor", "Alonzo", "Safety Manager")],
  recs=[
    C("c1", "2017-11-13", "contractor badge audit",
      "Laura ran badge logs vs the sanitation contractor's roster: several night-crew workers looked 14-16, one had a middle-school ID in his wallet. Heartland called DOL WHD, barred the contractor from the plant, moving sanitation in-house. Wants to hire the adult crew directly w/ age verification at badge issue.",
      "Age gate in onboarding + badge integration scoped.", own=10, origin="Phone", prio="High", who=0),
    O("o2", "2017-12-04", "Heartland Meats - Onboarding + age verification", "Upsell", "Closed Won", 18000,
      "E-Verify + DOB/age gate + badge integration for in-house sanitation.", own=12),
  ],
  label=L("negative", "hard:reported_contractor", None, ["c1", "o2"],
          "A meat plant that discovered children on its sanitation contractor's night crew, reported it to DOL and barred the contractor."))

A(key="H33", name="Willowbrook Home Care", short="Willowbrook", ind="Hospital & Health Care",
  city="Scranton", st="PA", area="570", rev=8800000, emp=260, own=1, created="2014-07-28", routine=5,
  web="willowbrookhomecare.example",
  desc="Home care agency, 260 caregivers incl. live-ins.",
  contacts=[("Nancy", "Przybylski", "Administrator"), ("Darnell", "Hayes", "Payroll")],
  recs=[
    C("c1", "2014-09-08", "24 hr live-in shifts",
      "Live-in 24-hr shifts: may exclude up to 8 hrs sleep only if private room + 5 hrs uninterrupted; interrupted sleep paid. Want mobile app to let caregivers log interruptions.",
      "Interruption punch type added, pays automatically.", own=10, origin="Email", ctype="Feature Request", who=1),
    N("n1", "2015-03-30", "caregiver hotline",
      "Nancy: caregivers can call the agency 24/7 if a client's family mistreats them; agency pulls caregivers out of bad placements. Asked for a report of live-in hours by client.", own=3),
  ],
  label=L("negative", "hard:home_care_compliant", None, ["c1", "n1"],
          "A home care agency that pays interrupted live-in sleep time and removes caregivers from abusive placements."))

A(key="H34", name="New Horizons Resettlement Services", short="New Horizons", ind="Individual & Family Services",
  city="Boise", st="ID", area="208", rev=3900000, emp=35, own=2, created="2016-01-25", routine=4,
  web="newhorizonsresettle.example",
  desc="Refugee resettlement + employment services. 35 staff.",
  contacts=[("Fatima", "Rahimi", "Director"), ("Josh", "Bergen", "Finance")],
  recs=[
    N("n1", "2016-02-15", "travel loans",
      "Fatima: refugee clients owe interest-free travel loans they must pay back to the loan program. A client's employer asked her whether it could deduct the loan from wages; she said no, repayment is between the client + the program. New Horizons is ER only for its 35 staff.", own=3),
    C("c1", "2016-03-21", "interpreter pay codes",
      "Staff interpreters (Dari, Swahili, Arabic) get a language premium.",
      "Premium earnings code added.", own=6, origin="Email", who=1),
  ],
  label=L("negative", "hard:ngo", None, ["n1", "c1"],
          "A refugee resettlement agency whose clients' travel-loan debts are repaid to a programme, which it keeps out of employers' payroll."))

A(key="H35", name="Alvarez & Kim Immigration Law", short="Alvarez & Kim", ind="Law Practice",
  city="Miami", st="FL", area="305", rev=3200000, emp=18, own=1, created="2017-03-06", routine=4,
  web="alvarezkimlaw.example",
  desc="Immigration law firm, 18 staff.",
  contacts=[("Lucia", "Alvarez", "Partner"), ("Daniel", "Kim", "Partner")],
  recs=[
    N("n1", "2017-03-20", "doc vault",
      "Firm holds clients' passports temporarily for consular filings, always w/ signed receipts, returns them after. Asked if our doc vault can track that - explained vault is for EE docs only. They'll use their case system.", own=3),
    C("c1", "2017-06-12", "paralegal OT",
      "Paralegals non-exempt, OT during H-2B season filing crunch.",
      "OT rules confirmed.", own=6, origin="Phone", who=1),
  ],
  label=L("negative", "hard:law_firm", None, ["n1"],
          "An immigration firm that holds client passports only for filings with receipts, outside the HR product."))

A(key="H36", name="Valley Farmworker Health Center", short="Valley Farmworker Health", ind="Hospital & Health Care",
  city="Yakima", st="WA", area="509", rev=12000000, emp=140, own=2, created="2015-04-13", routine=5,
  web="valleyfarmworkerhealth.example",
  desc="Community health center for farmworkers, 3 clinics + mobile unit.",
  contacts=[("Graciela", "Fuentes", "CEO"), ("Mark", "Ostrowski", "HR Director")],
  recs=[
    N("n1", "2015-05-04", "outreach",
      "Outreach workers screen patients at labor camps for trafficking signs (held documents, debts, can't leave) + refer to legal aid. Need mobile unit schedules by camp + mileage.", own=4),
    C("c1", "2015-06-15", "mileage reimbursement",
      "Mileage for outreach staff at IRS rate.",
      "Reimbursement code added.", own=6, origin="Email", who=1),
  ],
  label=L("negative", "hard:clinic", None, ["n1"],
          "A farmworker health centre that screens patients for trafficking and refers them to legal aid."))

A(key="H37", name="Greenfield Grocers", short="Greenfield Grocers", ind="Retail",
  city="Lancaster", st="PA", area="717", rev=54000000, emp=380, own=2, created="2014-11-17", routine=5,
  web="greenfieldgrocers.example",
  desc="5 grocery stores, ~380 EEs, many 16-17 y/o baggers + cashiers.",
  contacts=[("Bob", "Hartzell", "HR Manager"), ("Jen", "Amos", "Store Ops")],
  recs=[
    C("c1", "2015-05-18", "minor hours rules",
      "Lots of 16-17 y/o EEs; need PA minor hour limits enforced in scheduling (school nights, max hrs).",
      "Minor rules on, work permit field required.", own=10, origin="Email", who=0),
    C("c2", "2016-09-12", "police asking for schedule",
      "Lancaster police asked Greenfield for a cashier's shift times re a shoplifting + assault incident the store reported. Bob asked how to export one EE's punches.",
      "Showed single-EE punch export. Closed.", own=6, origin="Phone", who=0),
  ],
  label=L("negative", "hard:police_request_unrelated", None, ["c1", "c2"],
          "A grocer enforcing minor-hour rules and answering a police request about a theft it reported."))

A(key="H38", name="Kindling Dating App", short="Kindling", ind="Internet",
  city="Austin", st="TX", area="512", rev=16000000, emp=95, own=1, created="2017-05-01", routine=4,
  web="kindlingapp.example",
  desc="Dating app, 95 staff incl. trust & safety team.",
  contacts=[("Nora", "Castellanos", "Head of Trust & Safety"), ("Eli", "Brandt", "People Ops")],
  recs=[
    N("n1", "2017-06-14", "T&S staffing",
      "Nora: escort/spam profiles under 1% of signups, auto-removed; they report suspected minors + trafficking to NCMEC + police. T&S moderators on 24/7 shifts, want wellness breaks scheduled.", own=3),
    C("c1", "2017-07-05", "moderator wellness breaks",
      "Auto-insert 15 min wellness break every 2 hrs for T&S shifts.",
      "Break rule added.", own=10, origin="Email", who=0),
  ],
  label=L("negative", "hard:dating_low_spam", None, ["n1"],
          "A dating app removing under 1% escort profiles and reporting minors to NCMEC."))


# ================================================================ ORDINARY
def ordinary(key, name, short, ind, city, st, area, rev, emp, own, created, routine, desc, contacts, recs=()):
    A(key=key, name=name, short=short, ind=ind, city=city, st=st, area=area, rev=rev, emp=emp, own=own,
      created=created, routine=routine, web=short.lower().replace(" ", "").replace("&", "and") + ".example",
      desc=desc, contacts=contacts, recs=list(recs), label=L("negative", "ordinary"))


ordinary("O01", "Crumb & Co. Bakery", "Crumb and Co", "Food & Beverages", "Asheville", "NC", "828", 2400000, 38, 1,
         "2014-02-10", 6, "3 bakery cafes, 38 EEs, early shifts.",
         [("Hannah", "Pruett", "Owner"), ("Leo", "Marsh", "Bookkeeper")],
         [N("n1", "2015-04-06", "tip pooling", "Hannah asked if baristas + bakers can share the tip pool. Pointed her to DOL guidance, set up pool for FOH only.", own=3)])
ordinary("O02", "Brightsmile Dental Group", "Brightsmile Dental", "Medical Practice", "Naperville", "IL", "630", 7600000, 64, 2,
         "2013-04-15", 7, "5 dental offices, hygienists + front desk.",
         [("Dr. Alan", "Weiss", "Managing Dentist"), ("Patty", "Nolan", "Practice Manager")])
ordinary("O03", "Quillstack Software", "Quillstack", "Computer Software", "Boulder", "CO", "303", 12000000, 70, 1,
         "2016-06-06", 6, "B2B SaaS, 70 EEs, 4 states remote.",
         [("Jordan", "Ellery", "Head of People"), ("Sam", "Ito", "Controller")],
         [C("c1", "2017-03-13", "equity comp on W-2", "RSU vest needs supplemental withholding + W-2 box 12 codes? Walked through.", "Set up RSU earnings code.", own=6, origin="Email", who=1)])
ordinary("O04", "Redline Freight Logistics", "Redline Freight", "Logistics and Supply Chain", "Memphis", "TN", "901", 46000000, 310, 2,
         "2013-09-23", 7, "LTL carrier + 2 cross-docks, drivers + dock workers.",
         [("Gary", "Pickens", "HR Manager"), ("Tonya", "Reese", "Payroll"), ("Cole", "Jansen", "Dispatch Mgr")])
ordinary("O05", "Harborview Veterinary Clinic", "Harborview Vet", "Veterinary", "Tacoma", "WA", "253", 3100000, 29, 1,
         "2015-01-19", 6, "Small animal vet, 29 EEs, 24hr ER on weekends.",
         [("Dr. Kim", "Lowry", "Owner"), ("Stacy", "Bream", "Office Manager")])
ordinary("O06", "Summit Accounting Group", "Summit Accounting", "Accounting", "Richmond", "VA", "804", 5200000, 41, 12,
         "2012-10-01", 7, "CPA firm, 41 EEs, busy season OT for staff.",
         [("Ruth", "Calder", "Managing Partner"), ("Ivan", "Petrov", "Office Manager")],
         [N("n1", "2013-02-18", "busy season", "Ruth asked for 6-day schedules Feb-Apr for staff accountants, exempt so no OT; told her exempt status is her call.", own=4)])
ordinary("O07", "Blue Heron Brewing Co.", "Blue Heron Brewing", "Food & Beverages", "Bend", "OR", "541", 6800000, 55, 1,
         "2016-03-14", 6, "Brewery + 2 taprooms.",
         [("Matt", "Dorsey", "Co-founder"), ("Kelsey", "Farr", "GM")])
ordinary("O08", "Tallgrass Property Management", "Tallgrass PM", "Real Estate", "Wichita", "KS", "316", 9500000, 88, 2,
         "2014-05-27", 7, "Residential PM, 40 properties, on-site maintenance + leasing.",
         [("Dale", "Ostrander", "COO"), ("Mia", "Sorensen", "HR Generalist")])
ordinary("O09", "Ridgeway Auto Body", "Ridgeway Auto Body", "Automotive", "Mesa", "AZ", "480", 4200000, 33, 1,
         "2017-02-06", 6, "2 collision shops, flat-rate techs.",
         [("Tony", "Marchetti", "Owner"), ("Deb", "Kline", "Office")],
         [C("c1", "2017-05-22", "flat rate hours", "Techs paid flagged hrs, need clock hrs too for OT check.", "Both tracked, OT on clock hrs.", own=6, origin="Phone", who=1)])
ordinary("O10", "Lakeshore Montessori School", "Lakeshore Montessori", "Education Management", "Milwaukee", "WI", "414", 2900000, 42, 2,
         "2015-07-13", 6, "Private Montessori school age 3-12, 42 staff.",
         [("Eleanor", "Vance", "Head of School"), ("Raj", "Menon", "Business Manager")])
ordinary("O11", "Northwind HVAC Services", "Northwind HVAC", "Construction", "Fargo", "ND", "701", 11000000, 74, 12,
         "2013-01-14", 7, "Residential + commercial HVAC, 74 techs.",
         [("Brad", "Olson", "President"), ("Lisa", "Haug", "Payroll")])
ordinary("O12", "Pinecrest Printing", "Pinecrest Printing", "Printing", "Spokane", "WA", "509", 3600000, 27, 1,
         "2016-09-19", 6, "Commercial printer, 2 shifts.",
         [("Walt", "Fenner", "Owner"), ("Gina", "Ruiz", "Office Manager")])
ordinary("O13", "Marigold Florists", "Marigold Florists", "Retail", "Savannah", "GA", "912", 1200000, 16, 2,
         "2018-01-08", 6, "Florist, 3 shops, holiday seasonal hires.",
         [("Beatrice", "Holm", "Owner"), ("Nate", "Carver", "Manager")],
         [N("n1", "2018-02-19", "V-day rush", "Hired 9 seasonals for Valentine's week, wants them termed in bulk after. Showed bulk term.", own=3)])
ordinary("O14", "Oakridge Physical Therapy", "Oakridge PT", "Hospital & Health Care", "Knoxville", "TN", "865", 5800000, 52, 1,
         "2014-10-06", 7, "4 outpatient PT clinics.",
         [("Dr. Lynn", "Carrow", "Owner"), ("Kurt", "Moody", "Practice Admin")])


# ================================================================ build + write
STREETS = ["Main St", "Industrial Pkwy", "Commerce Dr", "Oak Ave", "Harbor Rd", "Mill St", "Ridge Rd",
           "Market St", "Depot St", "Riverside Dr", "Airport Blvd", "Elm St", "Union Ave", "Frontage Rd",
           "Canal St", "Park Pl", "Lakeview Dr", "Station Rd", "Center St", "Grant Ave"]

PREFIX = {"acct": "001", "contact": "003", "opp": "006", "case": "500", "task": "00T", "event": "00U", "note": "002"}
COUNTERS = {k: 0 for k in PREFIX}


def new_id(kind):
    COUNTERS[kind] += 1
    return "%s%s%012d" % (PREFIX[kind], TAG, COUNTERS[kind])


def ts(d, rng, hour=None):
    h = hour if hour is not None else rng.randint(13, 23)
    return "%sT%02d:%02d:%02d.000+0000" % (d.isoformat(), h, rng.randint(0, 59), rng.randint(0, 59))


def D(s):
    return dt.date.fromisoformat(s)


def fill(text, ctx):
    return text.format(**ctx)


def build():
    rng = random.Random(20240517)
    order = list(range(len(ACCOUNTS)))
    rng.shuffle(order)  # so that Ids do not reveal the label group
    out = {k: [] for k in ["Account", "Contact", "Opportunity", "Case", "Task", "Event", "Note"]}
    labels = []
    per_account = {}
    ptr = {"case": 0, "task": 0, "event": 0, "note": 0, "opp": 0}
    pools = {"case": RCASE, "task": RTASK, "event": REVENT, "note": RNOTE, "opp": ROPP}
    steps = {"case": 11, "task": 5, "event": 3, "note": 7, "opp": 3}
    case_no = 52000
    for pos, ai in enumerate(order):
        a = ACCOUNTS[ai]
        arng = random.Random("EVC-" + a["key"])
        created = D(a["created"])
        end = D(a.get("end", "2020-11-30"))
        end = min(end, created + dt.timedelta(days=int(365 * 5.5)))
        aid = new_id("acct")
        own = uid(a["own"])
        out["Account"].append({
            "Id": aid, "Name": a["name"], "Type": a.get("type", "Customer"), "Industry": a["ind"],
            "Website": "www." + a["web"], "Phone": "(%s) 555-01%02d" % (a["area"], arng.randint(0, 99)),
            "BillingStreet": "%d %s" % (arng.randint(10, 9899), arng.choice(STREETS)),
            "BillingCity": a["city"], "BillingState": a["st"], "BillingPostalCode": "%05d" % arng.randint(10000, 99950),
            "BillingCountry": "USA", "AnnualRevenue": "%.2f" % a["rev"], "NumberOfEmployees": str(a["emp"]),
            "Description": a["desc"], "OwnerId": own, "CreatedDate": ts(created, arng, 15)})
        keymap = {"acct": (aid, created)}
        nrec = 0
        # contacts
        cids = []
        for ci, ct in enumerate(a["contacts"]):
            fn, ln, title = ct[:3]
            bd = ct[3] if len(ct) > 3 else ""
            cid = new_id("contact")
            cids.append((cid, fn))
            efn = fn.split()[-1].lower().replace("-", "")
            out["Contact"].append({
                "Id": cid, "AccountId": aid, "FirstName": fn, "LastName": ln, "Title": title,
                "Email": "%s.%s@%s" % (efn, ln.lower().replace(" ", ""), a["web"]),
                "Phone": "(%s) 555-01%02d" % (a["area"], arng.randint(0, 99)),
                "MailingCity": a["city"], "MailingCountry": "USA", "Birthdate": bd, "OwnerId": own,
                "CreatedDate": ts(created + dt.timedelta(days=ci), arng)})
            nrec += 1
        recs = [dict(r) for r in a["recs"]]
        has_nb = any(r["rt"] == "opp" and r["otype"] == "New Business" for r in recs)
        acv = None
        for r in recs:
            if r["rt"] == "opp" and r["otype"] == "New Business":
                acv = r["amount"]
        if acv is None:
            acv = max(1200, int(round(a["emp"] * 55, -2)))
        if not has_nb:
            recs.append(O("nb", (created + dt.timedelta(days=3)).isoformat(), "%s - New Business" % a["short"],
                          "New Business", "Closed Won", acv,
                          NEWBIZ[(pos * 5) % len(NEWBIZ)].format(emp=a["emp"]), own=a["own"]))
        # routine records
        start = created + dt.timedelta(days=25)
        span = max(30, (end - start).days)
        rdates = sorted(start + dt.timedelta(days=arng.randint(0, span)) for _ in range(a["routine"]))
        used = set()
        for i, d in enumerate(rdates):
            kind = ROUTINE_KINDS[(pos + i) % len(ROUTINE_KINDS)]
            pool = pools[kind]
            j = ptr[kind]
            while (kind, j % len(pool)) in used:
                j += 1
            used.add((kind, j % len(pool)))
            ptr[kind] = j + steps[kind]
            tpl = pool[j % len(pool)]
            ctx = {"fn": arng.choice(cids)[1], "co": a["short"], "n": arng.randint(2, 9), "yr": d.year + 1,
                   "st": arng.choice(STATES), "q": arng.randint(1, 4), "inv": arng.randint(10400, 48900),
                   "emp": a["emp"]}
            who = arng.randrange(len(cids))
            k = "r%d" % i
            if kind == "case":
                recs.append(C(k, d.isoformat(), fill(tpl[0], ctx), fill(tpl[1], ctx), fill(tpl[2], ctx),
                              ctype=tpl[3], origin=tpl[4], prio=arng.choice(["Low", "Medium", "Medium"]),
                              days=arng.randint(0, 4), who=who, own=arng.choice([5, 6, 6, 7, 11])))
            elif kind == "task":
                recs.append(T(k, d.isoformat(), fill(tpl[0], ctx), fill(tpl[1], ctx), ttype=tpl[2], who=who,
                              own=arng.choice([a["own"], 3, 4])))
            elif kind == "event":
                recs.append(E(k, d.isoformat(), fill(tpl[0], ctx), fill(tpl[1], ctx), loc=tpl[2], mins=tpl[3],
                              who=who, own=arng.choice([3, 4, 10])))
            elif kind == "note":
                recs.append(N(k, d.isoformat(), fill(tpl[0], ctx), fill(tpl[1], ctx), own=arng.choice([a["own"], 3, 4])))
            else:
                amt = round(acv * tpl[4] * (1 + arng.randint(0, 6) / 100.0), -1)
                recs.append(O(k, d.isoformat(), fill(tpl[0], ctx), tpl[1], tpl[2], amt, fill(tpl[3], ctx), own=a["own"]))
        # negatives renew routinely too, including after their alarming-sounding records
        if a["label"]["label"] == "negative" and not any(
                r["rt"] == "opp" and r["otype"] != "New Business" and r["stage"] == "Closed Won" for r in recs):
            last = max(D(r["date"]) for r in recs)
            d = min(last + dt.timedelta(days=arng.randint(45, 220)), D("2020-12-15"))
            tpl = ROPP[[0, 1, 7][pos % 3]]
            amt = round(acv * tpl[4] * (1 + arng.randint(0, 6) / 100.0), -1)
            recs.append(O("rn", d.isoformat(), fill(tpl[0], {"co": a["short"], "yr": d.year + 1}), tpl[1], tpl[2],
                          amt, tpl[3], own=a["own"]))
        recs.sort(key=lambda r: r["date"])
        for r in recs:
            d = D(r["date"])
            assert created <= d <= D("2020-12-31"), (a["key"], r["k"], r["date"])
            ow = uid(r["own"] if r.get("own") else a["own"])
            who = r.get("who")
            wid = cids[who][0] if who is not None and who < len(cids) else ""
            if r["rt"] == "case":
                rid = new_id("case")
                case_no += 1
                closed = r["status"] == "Closed"
                out["Case"].append({
                    "Id": rid, "CaseNumber": "%08d" % case_no, "AccountId": aid, "ContactId": wid,
                    "Subject": r["subj"], "Description": r["desc"], "Status": r["status"], "Priority": r["prio"],
                    "Origin": r["origin"], "Type": r["ctype"], "IsClosed": "true" if closed else "false",
                    "OwnerId": ow, "CreatedDate": ts(d, arng),
                    "ClosedDate": ts(d + dt.timedelta(days=r["days"]), arng, 23) if closed else "",
                    "Comments": r["comm"]})
            elif r["rt"] == "note":
                rid = new_id("note")
                out["Note"].append({"Id": rid, "ParentId": aid, "Title": r["title"], "Body": r["body"],
                                    "IsPrivate": "true" if r["priv"] else "false", "OwnerId": ow,
                                    "CreatedDate": ts(d, arng)})
            elif r["rt"] == "task":
                rid = new_id("task")
                out["Task"].append({"Id": rid, "WhatId": aid, "WhoId": wid, "AccountId": aid, "Subject": r["subj"],
                                    "Description": r["desc"], "ActivityDate": d.isoformat(), "Status": r["status"],
                                    "Priority": r["prio"], "Type": r["ttype"], "OwnerId": ow,
                                    "CreatedDate": ts(d, arng, 14)})
            elif r["rt"] == "event":
                rid = new_id("event")
                st = dt.datetime(d.year, d.month, d.day, arng.choice([14, 15, 16, 17, 18, 19, 20]), arng.choice([0, 30]))
                en = st + dt.timedelta(minutes=r["mins"])
                out["Event"].append({"Id": rid, "WhatId": aid, "WhoId": wid, "AccountId": aid, "Subject": r["subj"],
                                     "Description": r["desc"], "Location": r["loc"], "ActivityDate": d.isoformat(),
                                     "StartDateTime": st.strftime("%Y-%m-%dT%H:%M:%S.000+0000"),
                                     "EndDateTime": en.strftime("%Y-%m-%dT%H:%M:%S.000+0000"),
                                     "DurationInMinutes": str(r["mins"]), "Type": r["etype"], "OwnerId": ow,
                                     "CreatedDate": ts(d, arng, 13)})
            else:
                rid = new_id("opp")
                won = r["stage"] == "Closed Won"
                closed = r["stage"].startswith("Closed")
                cdate = max(created, d - dt.timedelta(days=arng.randint(7, 35)))
                out["Opportunity"].append({
                    "Id": rid, "AccountId": aid, "Name": r["name"], "Type": r["otype"], "StageName": r["stage"],
                    "Amount": "%.2f" % r["amount"], "Probability": "100" if won else ("0" if closed else "50"),
                    "CloseDate": d.isoformat(), "IsClosed": "true" if closed else "false",
                    "IsWon": "true" if won else "false", "Description": r["desc"], "OwnerId": ow,
                    "CreatedDate": ts(cdate, arng)})
            keymap[r["k"]] = (rid, d)
            nrec += 1
        per_account[aid] = (a["key"], nrec)
        lab = a["label"]
        for k in lab["ev"] + ([lab["kf"]] if lab["kf"] else []):
            assert k in keymap, (a["key"], k)
        if lab["kf"]:
            assert lab["kf"] in lab["ev"], a["key"]
        labels.append({"AccountId": aid, "label": lab["label"], "kind": lab["kind"],
                       "knowable_from": keymap[lab["kf"]][1].isoformat() if lab["kf"] else "",
                       "evidence_ids": ";".join(keymap[k][0] for k in lab["ev"]),
                       "rationale": lab["why"] or "Ordinary customer with routine payroll, scheduling and billing records only."})
    return out, labels, per_account


COLUMNS = {
    "Account": ["Id", "Name", "Type", "Industry", "Website", "Phone", "BillingStreet", "BillingCity", "BillingState",
                "BillingPostalCode", "BillingCountry", "AnnualRevenue", "NumberOfEmployees", "Description", "OwnerId",
                "CreatedDate"],
    "Contact": ["Id", "AccountId", "FirstName", "LastName", "Title", "Email", "Phone", "MailingCity", "MailingCountry",
                "Birthdate", "OwnerId", "CreatedDate"],
    "Opportunity": ["Id", "AccountId", "Name", "Type", "StageName", "Amount", "Probability", "CloseDate", "IsClosed",
                    "IsWon", "Description", "OwnerId", "CreatedDate"],
    "Case": ["Id", "CaseNumber", "AccountId", "ContactId", "Subject", "Description", "Status", "Priority", "Origin",
             "Type", "IsClosed", "OwnerId", "CreatedDate", "ClosedDate", "Comments"],
    "Task": ["Id", "WhatId", "WhoId", "AccountId", "Subject", "Description", "ActivityDate", "Status", "Priority",
             "Type", "OwnerId", "CreatedDate"],
    "Event": ["Id", "WhatId", "WhoId", "AccountId", "Subject", "Description", "Location", "ActivityDate",
              "StartDateTime", "EndDateTime", "DurationInMinutes", "Type", "OwnerId", "CreatedDate"],
    "Note": ["Id", "ParentId", "Title", "Body", "IsPrivate", "OwnerId", "CreatedDate"],
}
LABEL_COLS = ["AccountId", "label", "kind", "knowable_from", "evidence_ids", "rationale"]


def write_csv(path, cols, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, quoting=csv.QUOTE_ALL, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow(r)


def main():
    out, labels, per_account = build()
    for name, cols in COLUMNS.items():
        write_csv(os.path.join(HERE, name + ".csv"), cols, out[name])
    write_csv(os.path.join(HERE, "labels.csv"), LABEL_COLS, labels)
    total = sum(len(v) for v in out.values())
    print("records:", {k: len(v) for k, v in out.items()}, "total", total)
    counts = sorted(n for _, n in per_account.values())
    print("per-account records (excl. account row): min %d max %d" % (counts[0], counts[-1]))
    kinds = {}
    for l in labels:
        g = l["label"] if l["label"] == "positive" else ("hard" if l["kind"].startswith("hard:") else "ordinary")
        kinds[g] = kinds.get(g, 0) + 1
    print("labels:", kinds)


if __name__ == "__main__":
    main()
