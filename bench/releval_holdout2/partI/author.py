#!/usr/bin/env python3
"""Deterministic generator for evaluation part I (tag EVI).

Fictional CRM export of "Tallyworks", a payroll / HR / workforce-management SaaS
provider whose customers are employers. Everything here is invented.
"""
import csv
import os
import random
import datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
TAG = "EVI"
rng = random.Random(20260912)

_counter = [0]


def nid(prefix):
    _counter[0] += 1
    return f"{prefix}{TAG}{_counter[0]:012d}"


# provider staff (OwnerId). role -> id
USERS = {}
for role in ["AE1", "AE2", "CSM1", "CSM2", "SUP1", "SUP2", "SUP3", "SE", "RISK", "LEGAL", "BILL"]:
    USERS[role] = nid("005")

ROLE_FOR = {"case": ["SUP1", "SUP2", "SUP3"], "task": ["CSM1", "CSM2", "AE1", "AE2"],
            "event": ["AE1", "AE2", "SE", "CSM1"], "note": ["CSM1", "CSM2", "SUP1"],
            "opp": ["AE1", "AE2"]}

ACCOUNTS, CONTACTS, OPPS, CASES, TASKS, EVENTS, NOTES, LABELS = [], [], [], [], [], [], [], []
CASENO = [10412]


def D(s):
    return dt.date.fromisoformat(s)


def ts(d, hour=None):
    if isinstance(d, str):
        d = D(d)
    h = hour if hour is not None else rng.randint(13, 23)
    return f"{d.isoformat()}T{h:02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.000+0000"


# ----------------------------------------------------------------- story helpers
def case(key, d, subj, desc, closed=None, comments="", prio="Medium", origin="Email",
         typ="Question", c=0, status=None, owner=None):
    return dict(kind="case", key=key, d=d, subj=subj, desc=desc, closed=closed, comments=comments,
                prio=prio, origin=origin, typ=typ, c=c, status=status, owner=owner)


def task(key, d, subj, desc, c=0, typ="Call", status="Completed", prio="Normal", owner=None):
    return dict(kind="task", key=key, d=d, subj=subj, desc=desc, c=c, typ=typ, status=status,
                prio=prio, owner=owner)


def event(key, d, subj, desc, loc="", dur=60, c=0, typ="Meeting", owner=None):
    return dict(kind="event", key=key, d=d, subj=subj, desc=desc, loc=loc, dur=dur, c=c, typ=typ,
                owner=owner)


def note(key, d, title, body, private=False, owner=None):
    return dict(kind="note", key=key, d=d, title=title, body=body, private=private, owner=owner)


def opp(key, d, close, name, typ, stage, amount, desc="", owner=None):
    return dict(kind="opp", key=key, d=d, close=close, name=name, typ=typ, stage=stage,
                amount=amount, desc=desc, owner=owner)


# ----------------------------------------------------------------- filler templates
FILL_CASES = [
    ("Password reset - payroll admin", "Admin locked out after 5 attempts, MFA device changed. Verified via callback to number on file.", "Reset pw + re-enrolled MFA. Confirmed login OK."),
    ("Direct deposit file rejected", "ACH file for {pd} run rejected by bank - bad routing # on 1 employee record.", "Fixed routing # (transposed digits), resubmitted file same day. Funds settle on time."),
    ("W-2 reprint", "Former employee asking for W-2 reprint, admin wants to know how to do it from their side.", "Sent KB article 'Reissue W-2'. Admin did it herself."),
    ("Timeclock kiosk offline", "Kiosk at main location shows offline since this am, punches not syncing.", "Kiosk lost wifi after router swap. Walked them through re-pairing. Punches backfilled."),
    ("State tax acct # missing", "SUI acct # missing for {st}, system holding the tax filing.", "Cust provided SUI #. Entered, filing released."),
    ("GL export mapping", "GL export to accounting not mapping employer taxes to right accts.", "Remapped 3 GL codes. Cust confirmed export balances."),
    ("Garnishment order setup", "Rec'd child support withholding order for 1 EE, need help setting up deduction.", "Set up garnishment w/ agency remit. Reminded cust to keep copy of order."),
    ("PTO accrual wrong", "PTO accruing on OT hrs, should only accrue on reg hrs.", "Policy had 'all hours' ticked. Changed to regular only, recalculated balances."),
    ("Add new pay rate", "Need a 2nd pay rate for EEs who cover weekend shifts.", "Showed how to add secondary rate. Done."),
    ("Pay stub shows wrong address", "Company address on stubs still old office.", "Updated company profile address. Next stubs will show new addr."),
    ("Off-cycle bonus run", "Need off-cycle run for holiday bonuses, supplemental tax rate q.", "Explained flat supplemental rate. Run processed."),
    ("New hire reporting", "Cust asked if we do state new hire reporting automatically.", "Yes - confirmed their state is enabled. Sent report sample."),
    ("1099 year-end q", "Question on 1099-NEC vs 1099-MISC for contractors.", "Explained, pointed to yr-end guide. Not tax advice, told them to ask their CPA."),
    ("ACA reporting", "1095-C forms - do we file or do they?", "We file on their behalf under Full Service. Confirmed consent form on file."),
    ("Report builder timeout", "Custom labor cost report timing out for full year.", "Known issue w/ large date ranges, advised monthly chunks. Eng ticket linked."),
    ("Onboarding packet e-sign not sending", "New hire not receiving e-sign invite.", "Invite went to spam. Resent, EE completed I-9 section 1 + W-4."),
    ("Benefit deduction codes", "Need pre-tax dental + vision deduction codes added.", "Added codes, set as Sec 125. Cust tested on next run."),
    ("Invoice question", "Billing contact asking why invoice went up this month.", "Added 4 EEs mid-month, per-EE pricing. Sent breakdown."),
    ("SSO setup", "IT wants SAML SSO for admins.", "Configured SSO w/ their IdP, tested 2 users. Closed."),
    ("Holiday pay schedule", "Admin asks if payday moves when it falls on bank holiday.", "Yes, auto-moves to prior business day. Showed calendar."),
    ("Mobile app login loop", "Several EEs stuck in login loop on Android app after update.", "Known bug in v4.2, fixed in 4.2.1. Told EEs to update app."),
    ("Void check", "Need to void a live check issued in error to termed EE.", "Voided + reversed taxes. Reminded admin to collect paper check."),
    ("Workers comp class codes", "WC premium report shows wrong class code for office staff.", "Reassigned 3 EEs to clerical class code."),
    ("Manager can't approve timesheets", "New mgr has no approve button.", "Role was 'viewer'. Changed to 'approver' for their dept."),
    ("Duplicate EE record", "Rehired EE created as new record, now 2 W-2s would be issued.", "Merged records, kept original EE ID."),
    ("Tax notice from state", "Cust got notice for late SUI payment Q{q}.", "Our side paid on time; sent proof of payment + penalty abatement letter. Notice resolved."),
    ("Pay stub PDF blank", "Some stubs open blank in Chrome.", "Browser PDF plugin issue. Workaround: download + open. Eng aware."),
    ("Accrual carryover at yr end", "PTO carryover cap 40 hrs, want it applied 1/1.", "Set carryover rule. Will apply on first run of yr."),
    ("Terminate EE + final pay", "Need final check same day for termed EE ({st} rules).", "Ran off-cycle final pay. Confirmed PTO payout per policy."),
    ("API key for HRIS sync", "IT needs API key for their HRIS to pull EE census nightly.", "Issued read-only API key. Sent docs link."),
    ("Change pay frequency", "Want to move from biweekly to semi-monthly next qtr.", "Explained transition run + salaried proration. Scheduled w/ implementation."),
    ("Missing local tax", "City tax not withheld for new hire.", "Work location missing on record. Fixed + adjusted next run."),
    ("Report: labor cost by dept", "Controller wants labor cost by dept w/ employer taxes.", "Built saved report, shared w/ controller."),
    ("EE can't see W-2 in portal", "EE says W-2 not in ESS.", "EE had consented to paper only. Switched to e-delivery."),
    ("Overtime calc question", "Mgr thinks OT calc is wrong for EE w/ 2 rates.", "Calc is weighted avg rate per FLSA, which is correct. Explained w/ example."),
]
FILL_TASKS = [
    ("QBR", "Quarterly check-in. Usage fine, no open issues. Mentioned scheduling add-on, not now."),
    ("Renewal reminder sent", "Sent renewal quote, 60 days out."),
    ("Follow up on invoice", "Invoice {inv} 30 days past due. Emailed AP."),
    ("Check-in call", "Quick call, admin happy. Asked about mobile app for EEs - sent link."),
    ("Send W-4 guide", "Admin asked for new W-4 explainer for EEs. Sent."),
    ("Implementation call #2", "Imported EE census, parallel payroll next wk."),
    ("Seat change", "Admin wants to add 2 mgr seats w/ approval-only rights. Updated."),
    ("Training - timesheet approvals", "30 min training w/ 3 mgrs on approving timesheets."),
    ("Intro to new CSM", "Introduced myself as new CSM, sent calendar link."),
    ("Yr-end checklist", "Sent year-end checklist, reminded to verify EE addresses before W-2s."),
    ("Cust survey", "NPS survey came back 9. Left thanks note."),
    ("Sent yr-end invoice", "Annual invoice {inv} sent to billing contact."),
    ("Left VM", "Left VM re upcoming renewal, will try again next wk."),
    ("Webinar invite", "Invited admin to 'What's new in Tallyworks' webinar."),
    ("Follow up - open case", "Checked in on open ticket, admin says all good now."),
    ("Benefits open enrollment prep", "OE window set up, sent EE comms template."),
    ("Price increase notice", "Sent 3% price increase notice per contract."),
    ("Reference call?", "Asked if they'd be a reference for prospects. Said yes, occasionally."),
    ("Tax rate update", "Reminded admin to enter new SUI rate for the yr."),
    ("Upsell - HR docs", "Pitched document storage add-on. Said maybe next yr."),
]
FILL_EVENTS = [
    ("Kickoff call", "Implementation kickoff. Timeline 4-6 wks, go-live first pay period of next month.", "Zoom"),
    ("Demo - time & attendance", "Demo of T&A module to ops mgr + owner.", "Web"),
    ("Renewal review", "Went over usage + renewal pricing.", "Phone"),
    ("Go-live check", "First live payroll ran, no errors. Handoff to CSM.", "Zoom"),
    ("Benefits integration call", "Call w/ their broker re: carrier feed setup.", "Zoom"),
    ("Quarterly business review", "QBR: headcount, usage, roadmap. No concerns raised.", "Zoom"),
    ("Training session", "Trained 2 new admins on payroll run + approvals.", "Web"),
    ("Exec sponsor call", "Intro call w/ our VP CS. Relationship healthy.", "Phone"),
    ("Onsite visit", "Stopped by office, met admin, quick walkthrough of mgr dashboard.", "Customer site"),
]
FILL_NOTES = [
    ("Acct summary", "Pays biweekly, direct deposit for almost all EEs, a few paper checks. Admin is responsive."),
    ("Billing", "Moved to annual billing, 5% discount applied."),
    ("Contact change", "Old payroll admin left, new admin added as primary. Old login deactivated."),
    ("Integration", "Using our GL export + their accounting pkg. Works."),
    ("FYI", "Cust asked about multi-state when they expand, TBD."),
    ("Payment method", "Switched from check to ACH debit for our invoices."),
    ("Usage", "Headcount up ~10% yoy. Using T&A + payroll, not HR docs yet."),
    ("Admin preference", "Admin prefers email over phone, responds fast."),
    ("Support summary", "Few tickets this qtr, all minor how-to qs."),
    ("Renewal notes", "Renewed at list, no issues. Happy w/ support."),
]


def pick(lst):
    return lst[rng.randrange(len(lst))]


USED = set()


def pick_new(lst):
    for _ in range(12):
        x = pick(lst)
        if x[0] not in USED:
            break
    USED.add(x[0])
    return x


def rand_date(a, b):
    a, b = D(a), D(b)
    return a + dt.timedelta(days=rng.randint(0, max(0, (b - a).days)))


def typo(s):
    # occasional small typos, deterministic
    if rng.random() < 0.12 and len(s) > 20:
        swaps = [("the ", "teh "), ("receive", "recieve"), ("with", "wiht"), ("payroll", "payrol"),
                 ("their", "thier"), ("tomorrow", "tommorow")]
        a, b = pick(swaps)
        return s.replace(a, b, 1)
    return s


# ----------------------------------------------------------------- customers
CUSTOMERS = []


def customer(**kw):
    CUSTOMERS.append(kw)


def domain_of(name):
    core = "".join(ch for ch in name.lower() if ch.isalnum() or ch == " ").split()
    return "-".join(core[:2]) + ".example"


# ================================================================= POSITIVES
customer(
    name="Cordillera Staffing Solutions LLC", type="Customer", industry="Staffing & Recruiting",
    street="4410 Harbin Rd Ste 12", city="Laredo", state="TX", zip="78041", emp=160, rev=5400000,
    desc="Light-industrial staffing; meat packing + warehouse placements. Payroll + ESS + deductions.",
    created="2014-02-11", end="2019-06-30", n=24,
    contacts=[("Rolando", "Ybarra", "Owner"), ("Marisol", "Teague", "Office Mgr / Payroll Admin"),
              ("Kevin", "Ashdown", "Bookkeeper (outside)")],
    story=[
        opp("o1", "2014-01-20", "2014-02-10", "Cordillera - New Logo - Payroll + ESS", "New Business", "Closed Won", 14800.00,
            "160 EEs weekly pay, multi-client placements. Wants custom deduction codes."),
        event("e1", "2014-02-18", "Implementation kickoff", "Kickoff w/ Marisol. Weekly payroll, 3 client sites. Custom deduction codes requested: RECRUIT ADV, HOUSING, TRANSPORT. Set up as post-tax, no cap.", "Zoom", c=1),
        case("c1", "2014-09-23", "Deductions > net pay - run blocked",
             "Payroll run blocked: deductions exceed gross for 14 EEs (RECRUIT ADV + HOUSING). Marisol asks if we can let balance go negative and carry fwd to next check 'so the advance gets paid back over time'.",
             closed="2014-09-24", comments="Enabled arrears carry-forward for RECRUIT ADV per admin request. Advised cust to check state wage deduction rules. Run released.", c=1, typ="Problem"),
        task("t1", "2015-02-09", "QBR - Cordillera",
             "QBR w/ Rolando. Growth good, +40 EEs. Said most new guys come up through 'our recruiter partner in Guatemala/Honduras', they 'owe for the trip' so that's the RECRUIT ADV line. Wants bilingual stubs. Logged feature req.", c=0),
        case("c2", "2015-06-18", "EE can't log in to ESS",
             "Inbound call to support line from a worker at Cordillera, says he can't get into the employee portal. Spanish speaker, transferred to Luis (SUP3).",
             closed="2015-06-22",
             comments="Spoke w/ caller (worker, not an admin). He can't log in b/c 'el reclutador' keeps his phone and his passport until the $4,000 travel debt is paid from his checks - he says he has paid for 9 months and the balance never goes down, and they lock the dorm at night. Matches RECRUIT ADV arrears on his record. Told him we can only discuss pay w/ the employer admin. Closing per policy.",
             origin="Phone", c=1, owner="SUP3"),
        opp("o2", "2016-01-12", "2016-02-10", "Cordillera - Renewal 2016 + Housing module", "Renewal", "Closed Won", 19200.00,
            "Renewal + add housing ledger module (beds per site, rent deduction automation)."),
        case("c3", "2017-03-07", "Disable ESS for all hourly EEs",
             "Marisol: please turn off portal access for all hourly workers. 'They don't need to see stubs, they get confused and complain.' Paper stubs will be handed out by site leads.",
             closed="2017-03-08", comments="Disabled ESS for 212 hourly EEs per admin. Note: stubs still generated in system.", c=1),
        case("c4", "2018-05-14", "Records request - US DOL WHD",
             "Letter from US DOL Wage & Hour asking for 2 yrs payroll registers + deduction detail for Cordillera. Sent to Legal.",
             closed="2018-05-30", comments="Legal advised cust is the record holder; we gave cust export tools. No direct production by us.", c=0, prio="High", typ="Legal", owner="LEGAL"),
    ],
    label=("positive", "labour_recruitment", "2015-06-22", ["c2", "c1", "t1"],
           "The 2015 support call's closing comment records a worker whose passport and phone are held against a recruitment debt that never shrinks and who is locked in at night, which matches the carried-forward recruitment deductions and the owner's 'owe for the trip' remark."),
)

customer(
    name="Valle Verde Farm Labor Contractors", type="Customer", industry="Agriculture",
    street="Rt 2 Box 118", city="Arvin", state="CA", zip="93203", emp=240, rev=6100000,
    desc="Farm labor contractor, grape + citrus crews, H-2A and domestic workers. Payroll, T&A field clocks.",
    created="2013-04-02", end="2019-11-30", n=23,
    contacts=[("Efrain", "Mondragon", "Owner / FLC licensee"), ("Dolores", "Aceves", "Payroll Clerk"),
              ("Tomas", "Reyna", "Crew Leader")],
    story=[
        opp("o1", "2013-03-10", "2013-04-01", "Valle Verde - New - Payroll + Field T&A", "New Business", "Closed Won", 21500.00,
            "Piece-rate + hourly, 6 crews. Needs piece-rate to min wage true-up."),
        note("n1", "2014-05-06", "Bank acct observation",
             "While validating DD prenotes: 31 EEs (crews 4+5) all have same acct ending 4471. Dolores says crew leader Tomas 'manages the bank for the guys who don't have accounts yet'. Left as is, common w/ new arrivals? Revisit."),
        case("c1", "2014-11-12", "Housing deduction for H-2A crew",
             "Cust added $95/wk HOUSING deduction to H-2A workers. SE flagged that H-2A housing is supposed to be at no cost to the worker.",
             closed="2014-11-14", comments="Dolores says it's 'for food, not the housing', renamed code to MEALS. Amount unchanged.", c=1),
        event("e1", "2015-08-03", "Field clock install - labor camp",
              "Onsite to install 2 field clocks at crew housing on Comanche Rd. ~40 men in 2 trailers, gate padlocked from outside, Tomas holds key. Tomas collected the men's phones before the clock demo. One worker asked me quietly: 'nos pueden pagar directo a nosotros? el jefe se queda con todo y no nos deja salir del campo'. The shared acct 4471 is Tomas's personal acct per Dolores. Flagging to CSM + Risk.",
              loc="Customer site - Arvin", dur=180, c=2, owner="SE"),
        task("t1", "2015-08-10", "Risk follow-up Valle Verde",
             "Risk reviewed SE visit notes. Decided no action for now, 'customer relationship owned by AE'. Reminder set 90 days.", c=0, status="Completed", owner="RISK"),
        opp("o2", "2016-02-15", "2016-03-31", "Valle Verde - Renewal 2016 + 4 more field clocks", "Renewal", "Closed Won", 26800.00, "Expansion, 2 new crews."),
        case("c2", "2017-06-20", "State AG letter - preservation",
             "CA AG's office sent preservation letter re: Valle Verde payroll records 2014-2017.",
             closed="2017-06-28", comments="Legal placed hold on acct data. Cust notified.", prio="High", typ="Legal", c=0, owner="LEGAL"),
    ],
    label=("positive", "agriculture", "2015-08-03", ["e1", "n1"],
           "The 2015 site visit shows workers padlocked in camp housing, phones taken and a worker asking to be paid directly because the boss keeps everything, which read with the 2014 note of 31 workers' pay going into the crew leader's account makes forced labour apparent."),
)

customer(
    name="Ironbridge Framing & Drywall Inc", type="Customer", industry="Construction",
    street="77 Depot St", city="Brockton", state="MA", zip="02301", emp=85, rev=7900000,
    desc="Framing + drywall subcontractor for multifamily GCs. Payroll, certified payroll reports.",
    created="2015-05-19", end="2020-06-30", n=22,
    contacts=[("Gary", "Pelletier", "President"), ("Jean-Robert", "Bastien", "Crew Lead"),
              ("Sharon", "Moody", "Office Admin")],
    story=[
        opp("o1", "2015-05-01", "2015-05-18", "Ironbridge - New - Payroll + Certified Payroll", "New Business", "Closed Won", 9600.00, "Prevailing wage jobs, needs WH-347 output."),
        case("c1", "2016-02-03", "Pay 22 workers through crew lead",
             "Sharon asks if the 22 guys on Bastien's crew can be paid as 1099 to one payee (Bastien) and he 'splits it up'. On certified payroll they need to show individual workers.",
             closed="2016-02-05", comments="Explained certified payroll requires per-worker wages. Cust decided to keep them as W-2 but all DD to one acct (Bastien's).", c=2),
        case("c2", "2016-07-18", "Many EEs same phone # in ESS",
             "ESS activation: 19 workers registered w/ same mobile #, same email 'ironcrew@ironbridge-framing.example'.",
             closed="2016-07-19", comments="Cust says crew shares a phone. Allowed.", c=2, typ="Question"),
        case("c3", "2016-10-12", "Question sur la paie",
             "Message via ESS help form (French), from a worker login on Bastien's crew:\n\"Bonjour, on travaille 70 heures par semaine mais la fiche de paie dit 40. Le patron dit qu'on doit encore 2 500 $ chacun pour le voyage d'Haïti et le logement. Il garde nos passeports dans son camion. On dort dans l'entrepôt de Depot Street. Qui peut nous aider ?\"",
             closed="2016-10-13", comments="Not from an admin. Forwarded to acct admin per ESS policy (went to Gary).", origin="Web", c=1),
        case("c4", "2016-11-02", "Turn off ESS for field crew",
             "Gary wants ESS off for all field workers, 'too many questions going around'.",
             closed="2016-11-02", comments="Done per admin request.", c=0),
        opp("o2", "2017-04-10", "2017-05-18", "Ironbridge - Renewal 2017", "Renewal", "Closed Won", 10400.00),
        note("n1", "2018-09-20", "Cert payroll discrepancy",
             "GC's compliance officer called asking us to confirm hours on Ironbridge WH-347s vs gate logs. Told them to ask the customer. (Gate logs show ~68 hrs/wk)"),
    ],
    label=("positive", "construction", "2016-10-12", ["c3", "c1", "c2"],
           "The French message of October 2016 says the crew works 70 hours for 40 paid, owes a travel and housing debt, has its passports held and sleeps in the warehouse, which together with the pay of 22 workers routed to the crew lead and a shared phone shows forced labour."),
)

customer(
    name="Lar Doce Lar Home Care Placement", type="Customer", industry="Home Health / Domestic Services",
    street="212 Lakeview Ave", city="Framingham", state="MA", zip="01702", emp=55, rev=2300000,
    desc="Places live-in caregivers + housekeepers w/ private families. Payroll as employer of record.",
    created="2016-04-04", end="2020-09-30", n=22,
    contacts=[("Sueli", "Carvalho", "Owner / Director"), ("Andreia", "Lopes", "Scheduler"),
              ("Mark", "Fenwick", "Accountant (outside)")],
    story=[
        opp("o1", "2016-03-15", "2016-04-01", "Lar Doce Lar - New - Payroll EoR", "New Business", "Closed Won", 6200.00, "Live-in caregivers, weekly pay, room & board credits."),
        note("n1", "2016-05-02", "Setup - room & board",
             "Room & board credit set up for live-ins per MA domestic worker rules (max per meal / lodging). Standard for live-in care."),
        note("n2", "2017-03-13", "DD routing request",
             "Sueli asked to route 100% of caregiver net pay to agency acct 'Lar Doce Lar Poupança' - says it's a savings program b/c the girls 'don't have US banks and send money home'. Set up per request for 17 EEs."),
        task("t1", "2017-09-05", "Call w/ Sueli re placement fee deduction",
             "She wants new deduction PLACEMENT FEE $250/wk. Caregivers sign 2 yr contract, if they leave early they owe $6k placement fee. Told her we can add the code, legality is on her.", c=0),
        case("c1", "2018-01-22", "Translation pls",
             "Got this in the ESS feedback box, no English. Can someone translate?\n\"Eu trabalho sete dias por semana na casa da família, dia e noite, e não recebo nada. A agência fica com o meu salário e com o meu passaporte. A dona Sueli diz que se eu sair vou dever seis mil dólares e ela chama a imigração. Não posso sair. Por favor me ajudem.\"",
             closed="2018-01-26",
             comments="Translated by Renata (Billing, PT speaker): caregiver works 7 days day+night, gets nothing, agency keeps her salary and passport, owner threatens $6k debt + immigration if she leaves. Escalated to Risk 1/24.",
             origin="Web", c=1),
        note("n3", "2018-02-09", "Risk - Lar Doce Lar",
             "Reviewed. Cust is within contract, no formal complaint from LE. Keep acct, monitor.", private=True, owner="RISK"),
        opp("o2", "2018-03-01", "2018-04-01", "Lar Doce Lar - Renewal 2018", "Renewal", "Closed Won", 6800.00),
    ],
    label=("positive", "domestic_work", "2018-01-22", ["c1", "n2", "t1"],
           "The Portuguese message of January 2018 reports a caregiver working seven days unpaid with salary and passport held and threats of a debt and immigration, consistent with the 2017 routing of all net pay to the agency and the early-leave placement fee."),
)

customer(
    name="Jade Lotus Wellness Spa Group", type="Customer", industry="Personal Services",
    street="9 Commerce Pkwy", city="Norcross", state="GA", zip="30071", emp=38, rev=1900000,
    desc="4 massage / foot spa locations. Payroll + scheduling.",
    created="2015-06-08", end="2019-12-31", n=20,
    contacts=[("Wen", "Qiao", "Owner"), ("Donna", "Reyes", "Bookkeeper")],
    story=[
        opp("o1", "2015-05-20", "2015-06-05", "Jade Lotus - New - Payroll + Scheduling", "New Business", "Closed Won", 4100.00, "4 locations, semi-monthly."),
        note("n1", "2017-04-10", "FYI - news re Jade Lotus",
             "Saw local news link via Google alert: Gwinnett PD + HSI raided 3 Jade Lotus locations, owner Wen Qiao charged w/ human trafficking and promoting prostitution; 9 women found living in the back rooms, passports in the office safe. Acct still active, payroll due Friday. Flagging to Risk."),
        case("c1", "2017-05-02", "New FEIN - company name change",
             "Donna: move payroll to new entity 'JLR Relaxation LLC', same locations, same staff, new FEIN. Owner of record now 'K. Qiao'.",
             closed="2017-05-09", comments="New company created, EEs transferred. Old FEIN closed.", c=1),
        opp("o2", "2017-05-15", "2017-06-05", "JLR Relaxation - Renewal 2017", "Renewal", "Closed Won", 4100.00, "Renewed under new entity."),
    ],
    label=("positive", "illicit_massage", "2017-04-10", ["n1"],
           "The April 2017 note reports the owner charged with human trafficking after raids that found women living in the back rooms with passports held, the first red flag and sufficient on its own."),
)

customer(
    name="Polished Nail Bar Holdings", type="Customer", industry="Personal Services",
    street="1620 Old Orchard Rd", city="Plano", state="TX", zip="75023", emp=47, rev=1400000,
    desc="Nail salons, 5 FEINs under 1 login. Payroll + tips.",
    created="2016-03-01", end="2019-12-31", n=22,
    contacts=[("Danny", "Trinh", "General Manager"), ("Linh", "Vo", "Owner - Location 1"),
              ("Amy", "Phan", "Owner - Location 4")],
    story=[
        opp("o1", "2016-02-10", "2016-02-28", "Polished Nail Bar - New - Payroll + Tips", "New Business", "Closed Won", 2900.00, "1 salon, tip pooling."),
        case("c1", "2016-08-15", "Add 2nd company",
             "Danny wants to add Polished Nail Bar #2 LLC under his login. Different owner listed (Kim Luu). Same bank for fees.",
             closed="2016-08-17", comments="Added as linked company, Danny admin on both.", c=0),
        note("n1", "2017-02-21", "KYC - 3 new FEINs",
             "Payments ops KYC for 3 more salon FEINs (#3-#5). Listed owners: Amy Phan 21 y/o, Thao Bui 20 y/o, Ngoc Ha 22 y/o. All 3 are ALSO hourly EEs at location 1 at $9/hr. All admin actions done by Danny. Fee acct = Trinh Holdings for all 5. Passed automated KYC."),
        case("c2", "2017-06-06", "EE addresses",
             "Address validation: 23 of 41 EEs across all 5 salons list same home address 88 Fernwood Ct. Tips column is $0 for all but 4 EEs even though salons are tip-heavy.",
             closed="2017-06-07", comments="Cust says EEs 'share a house, it's cheaper'. Tips paid 'in cash'. Nothing to fix on our end.", c=0),
        task("t1", "2017-09-14", "Risk call - owner of Location 4",
             "Called listed owner Amy Phan to verify beneficial ownership. She did not know what company she owned, said 'ask Danny'. A man then took the phone, said he was her uncle, answered all questions for her and said she cannot take calls. Same man's voice as Danny Trinh. Combined w/ Feb KYC (owners are $9/hr EEs) + shared house + $0 tips: looks like straw owners fronting for one controller, workers housed together. Escalating.",
             c=2, owner="RISK"),
        opp("o2", "2018-02-01", "2018-03-01", "Polished Nail Bar - Renewal 2018 (5 locations)", "Renewal", "Closed Won", 8700.00, "Renewed all 5 locations."),
    ],
    label=("positive", "straw_owner", "2017-09-14", ["t1", "n1", "c2"],
           "The September 2017 risk call shows a listed owner who does not know her business and a man answering for her, which read with the KYC note that the 'owners' are $9/hr employees and the shared house with no tips shows straw owners controlling housed workers."),
)

customer(
    name="Starlite Motor Inn", type="Customer", industry="Hospitality",
    street="3300 E Airline Hwy", city="Baton Rouge", state="LA", zip="70805", emp=16, rev=900000,
    desc="Single-property 60-room motel. Payroll + HR case mgmt / anonymous hotline add-on.",
    created="2014-03-10", end="2018-12-31", n=19,
    contacts=[("Harish", "Dholakia", "Owner"), ("Ray", "Cottrell", "Night Manager")],
    story=[
        opp("o1", "2014-02-20", "2014-03-07", "Starlite - New - Payroll + HR Hotline", "New Business", "Closed Won", 2200.00, "Hotline bundled free for yr 1."),
        case("c1", "2015-03-11", "Add room attendants - tips only",
             "Owner asks to add 4 'room attendants' paid $0 base, 'tips only'. Explained min wage requirement.",
             closed="2015-03-12", comments="Cust did not add them after all.", c=0),
        case("c2", "2015-10-05", "Hotline report #HL-2291",
             "Anonymous report via our HR hotline (intake by Tallyworks hotline team): \"Night mgr Ray rents rooms 112-118 by the hour to a man who brings girls in, some of them look 15 or 16. Owner knows and takes the cash. Men go in and out all night. I'm scared to say my name.\"",
             closed="2015-10-06",
             comments="Per product policy, hotline reports are routed to customer's designated HR contact (= owner, Harish). Routed. Closed.",
             origin="Hotline", prio="High", typ="Hotline Report", c=1),
        case("c3", "2016-03-21", "Sheriff subpoena - night staff payroll",
             "EBR Parish Sheriff subpoena for payroll/timecards of night staff incl. R. Cottrell, 2015-2016.",
             closed="2016-04-04", comments="Legal responded, records produced.", prio="High", typ="Legal", c=0, owner="LEGAL"),
        opp("o2", "2016-03-01", "2016-03-10", "Starlite - Renewal 2016", "Renewal", "Closed Won", 2400.00),
    ],
    label=("positive", "motel", "2015-10-05", ["c2"],
           "The October 2015 hotline report says the night manager rents rooms by the hour to a man bringing in apparent 15-16 year olds with the owner's knowledge, the first red flag and enough on its own."),
)

customer(
    name="Casa Brava Restaurant Group", type="Customer", industry="Restaurants",
    street="540 W Colonial Dr", city="Orlando", state="FL", zip="32804", emp=70, rev=4200000,
    desc="3 full-service restaurants. Payroll, T&A, tip credit.",
    created="2013-08-12", end="2019-08-31", n=23,
    contacts=[("Arturo", "Benavides", "Owner"), ("Gina", "Sutter", "GM / Payroll Admin"),
              ("Paco", "Lemus", "Kitchen Manager")],
    story=[
        opp("o1", "2013-07-22", "2013-08-09", "Casa Brava - New - Payroll + T&A + Tip Credit", "New Business", "Closed Won", 7300.00),
        case("c1", "2014-06-03", "Lock kitchen hours at 40",
             "T&A shows 9 kitchen EEs punching 85-95 hrs/wk. Gina asks for a setting so payroll imports max 40 hrs for BOH and ignores the rest. 'They get paid extra in other ways.'",
             closed="2014-06-05", comments="Told cust we can't auto-truncate hrs worked; they can manually edit before run (audit trail kept). Cust now edits BOH to 40 each wk.", c=1, typ="Feature Request"),
        note("n1", "2015-01-14", "Address cleanup",
             "Address cleanup for W-2s: all 9 BOH EEs list '540 W Colonial Dr Apt 2' = the floor above restaurant #1. Each has HOUSING deduction $150/wk. Gina: 'the guys live upstairs, it's easier'."),
        task("t1", "2015-04-20", "cb call back",
             "Call back from a woman who reached main support line, not an acct user. Says in Spanish: 'Mi hermano trabaja en la cocina de Casa Brava. El dueño le quitó los papeles y le dice que si se va lo entrega a inmigración. No lo dejan salir del edificio, trabaja todos los días desde las 7 hasta medianoche y casi no le pagan.' Gave her the nat'l trafficking hotline #. Did not tell cust. Logged here.",
             c=0, owner="SUP3"),
        opp("o2", "2016-01-11", "2016-02-01", "Casa Brava - Add-on Scheduling", "Upsell", "Closed Won", 2100.00, "Scheduling module for 3 stores."),
        case("c2", "2017-07-25", "DOL investigator - timecard export",
             "DOL WHD investigator onsite at store 1, cust needs raw punch export for BOH 2014-2017.",
             closed="2017-07-26", comments="Showed Gina raw punch report incl. edits audit.", c=1, prio="High"),
        note("n2", "2018-03-02", "Renewal", "Renewed 1 yr. Arturo asked to drop T&A for BOH 'going back to paper'."),
    ],
    label=("positive", "restaurant_forced_labour", "2015-04-20", ["t1", "c1", "n1"],
           "The April 2015 call in Spanish says the owner took a kitchen worker's papers, threatens immigration and keeps him in the building working 7am to midnight, which matches the 85-95 hour punches cut to 40 and the housing deductions for workers living upstairs."),
)

customer(
    name="BrightPath Commercial Cleaning", type="Customer", industry="Facilities Services",
    street="2800 Industrial Blvd", city="Kenner", state="LA", zip="70062", emp=130, rev=3600000,
    desc="Janitorial contracts (offices, casinos). Payroll + pay cards.",
    created="2016-01-18", end="2019-03-31", n=21,
    contacts=[("Victor", "Strand", "Owner"), ("Leah", "Morrow", "HR / Payroll")],
    story=[
        opp("o1", "2015-12-20", "2016-01-15", "BrightPath - New - Payroll + Pay Cards", "New Business", "Closed Won", 8900.00, "Most EEs unbanked, want pay cards."),
        case("c1", "2017-01-09", "New deduction - VISA PROC",
             "Leah: add deduction 'VISA PROC' $300/check for 48 EEs on H-2B.",
             closed="2017-01-10", comments="Added. Mentioned H-2B rules on recruitment/visa costs, cust said they checked w/ their attorney.", c=1),
        case("c2", "2017-08-16", "Pay card activations",
             "Paycard vendor alert: 61 cards activated from same IP within 20 min, all mailed to the owner's office not EE homes. ATM withdrawals on payday at 1 ATM near the office.",
             closed="2017-08-18", comments="Cust: 'we help them activate, they don't have phones'. Vendor cleared alert.", c=1),
        case("c3", "2018-02-06", "HSI administrative subpoena",
             "Rec'd DHS/HSI administrative subpoena for payroll registers, I-9s and pay card transaction records for BrightPath Commercial Cleaning and owner Victor Strand, 2016-present, 're: investigation of forced labor and visa fraud'. Legal handling.",
             closed="2018-02-27", comments="Produced. Acct left active; cust was not told per subpoena instructions.", prio="High", typ="Legal", c=0, owner="LEGAL"),
        opp("o2", "2018-01-05", "2018-01-31", "BrightPath - Renewal 2018", "Renewal", "Closed Won", 9400.00),
        note("n1", "2018-11-19", "FYI", "Owner indicted per local paper. Cust asked to pause pay cards."),
    ],
    label=("positive", "cleaning_labour", "2018-02-06", ["c3", "c1", "c2"],
           "The February 2018 HSI subpoena names the customer and owner in a forced labour and visa fraud investigation, on top of the visa-cost deductions and pay cards controlled from the owner's office."),
)

customer(
    name="Velvet Room Talent Agency", type="Customer", industry="Entertainment",
    street="1100 S Las Vegas Blvd Ste 410", city="Las Vegas", state="NV", zip="89104", emp=60, rev=2700000,
    desc="'Event hostess + promo model' agency. Contractor payments + onboarding docs.",
    created="2016-06-14", end="2018-04-30", n=20,
    contacts=[("Dominic", "Farrell", "Owner"), ("Tasha", "Greer", "Booking Coordinator")],
    story=[
        opp("o1", "2016-05-30", "2016-06-13", "Velvet Room - New - Contractor Pay + Onboarding", "New Business", "Closed Won", 3800.00, "1099 talent, weekly pay, onboarding packet w/ ID upload."),
        task("t1", "2016-11-07", "SE call - booking integration",
             "They want contractor pay lines imported per booking from velvetroom-bookings.example. Booking types: 'dinner date', 'overnight', 'outcall 1hr'. Rates $300-$1200, most bookings at hotels 10pm-4am. Client names not imported, only 'client #'. Built CSV mapping.",
             c=1, typ="Call", owner="SE"),
        case("c1", "2017-03-20", "Onboarding rejects DOB",
             "Onboarding workflow blocked 3 new contractors b/c DOB makes them 16, 16 and 17. Tasha wants the age validation turned off for her company: 'they're hostesses, the parents signed, we need them on the schedule this weekend'.",
             closed="2017-03-21", comments="Age validation is a global setting, can't disable. Cust re-entered DOBs as 1998/1997 and uploaded new IDs. Passed.", c=1, prio="High"),
        case("c2", "2017-05-11", "Rename pay types",
             "Dominic asks to rename 'outcall' and 'overnight' pay types to 'event support' on stubs + 1099 detail.",
             closed="2017-05-11", comments="Renamed.", c=0),
        note("n1", "2018-04-12", "Cust churn", "Cust cancelled, says 'moving everything offshore'."),
    ],
    label=("positive", "escort_agency", "2017-03-20", ["c1", "t1"],
           "The March 2017 case shows three workers aged 16-17 whom the customer wanted scheduled by disabling age checks, and the November 2016 integration call shows the 'bookings' are overnight hotel outcalls and 'GFE' priced per hour."),
)

customer(
    name="PixelMuse Studios", type="Customer", industry="Media Production",
    street="600 NW 20th St", city="Miami", state="FL", zip="33127", emp=35, rev=3100000,
    desc="'Live streaming content studio'. Pays performers as contractors, doc storage for releases.",
    created="2017-05-22", end="2020-10-31", n=21,
    contacts=[("Ilan", "Marchetti", "Owner"), ("Bree", "Calloway", "Studio Manager")],
    story=[
        opp("o1", "2017-05-01", "2017-05-19", "PixelMuse - New - Contractor Pay + Doc Storage", "New Business", "Closed Won", 3300.00, "Performers paid weekly from streaming revenue share."),
        note("n1", "2017-10-03", "Doc storage setup",
             "Bree wants a 'Model Release' doc type w/ ID scan upload but asked for ID verification step to be optional 'b/c some girls don't have ID yet'. Set as optional."),
        case("c1", "2018-03-15", "Purge IDs + audit log",
             "Ilan asks to auto-delete ID scans older than 30 days and turn off the doc audit log for his company.",
             closed="2018-03-16", comments="Set retention to 30 days for ID type (allowed). Audit log can't be disabled.", c=0),
        case("c2", "2018-07-09", "1099 TIN mismatch",
             "IRS TIN match failed for performer 'Lexi R.'. Record DOB 2002-02-11.",
             closed="2018-07-12",
             comments="Called Bree. She said 'Lexi is 16 but she looks 19, just put 1999' and sent a different SSN. Performer has streamed 5 nights/wk since Jan per revenue lines. Updated DOB + TIN per admin. Closed.",
             c=1),
        case("c3", "2019-04-02", "Card processor dropped us",
             "Ilan: their processor terminated them for 'content violations', asks if we can pay performers in crypto.",
             closed="2019-04-03", comments="We don't support crypto payouts.", c=0),
        opp("o2", "2019-05-01", "2019-05-20", "PixelMuse - Renewal 2019", "Renewal", "Closed Won", 3600.00),
    ],
    label=("positive", "cam_platform", "2018-07-12", ["c2"],
           "The closing comment of the July 2018 TIN case records the studio manager saying a performer streaming five nights a week is 16 and asking for a false birth year, which makes child sexual exploitation plain."),
)

customer(
    name="Northstar Workforce Partners", type="Customer", industry="Staffing & Recruiting",
    street="1450 Distribution Way", city="Joliet", state="IL", zip="60431", emp=210, rev=5800000,
    desc="Warehouse staffing for 3PLs. Payroll + pay cards.",
    created="2016-04-25", end="2019-06-30", n=22,
    contacts=[("Oleg", "Varga", "Owner"), ("Sandra", "Kimmel", "Operations Manager"), ("Piotr", "Nowicki", "Site Lead")],
    story=[
        opp("o1", "2016-04-01", "2016-04-22", "Northstar - New - Payroll + Pay Cards", "New Business", "Closed Won", 12500.00),
        note("n1", "2017-04-18", "Paycard program report",
             "Monthly paycard report: 118 Northstar cards, 95% of balances withdrawn within 1 hr of load, at 2 ATMs, by cards used in sequence. Could be a site lead doing an ATM run for guys w/o transport? Sent to Risk FYI."),
        case("c1", "2017-09-11", "ODFI termination - Northstar",
             "Our ODFI bank notified they are ending ACH origination for Northstar eff 10/1 citing 'unusual funnel activity on payroll cards'. Sandra asks if we can move everyone to prepaid cards from a different issuer asap.",
             closed="2017-09-20", comments="Moved to alternate paycard issuer per AE. Crypto not supported.", c=1, prio="High", owner="RISK"),
        event("e1", "2017-10-04", "Risk call - Northstar",
              "Risk + AE call w/ Sandra. Asked about ATM pattern. She said workers come via their partner agency abroad, 'they owe for flights, visas and the house, so Piotr keeps the cards until that's cleared, then they get them back'. Asked how long: 'usually a year, some longer'. Workers live in 3 houses Northstar rents.",
              loc="Phone", dur=45, c=1, owner="RISK"),
        opp("o2", "2018-04-01", "2018-04-25", "Northstar - Renewal 2018", "Renewal", "Closed Won", 13900.00),
    ],
    label=("positive", "funnel_accounts", "2017-10-04", ["e1", "c1", "n1"],
           "On the October 2017 call the customer admits a site lead keeps workers' pay cards for a year or more against flight, visa and housing debts, explaining the ATM funnel pattern and the bank's termination."),
)

customer(
    name="Pacific Tide Seafood Processing", type="Customer", industry="Food Processing",
    street="18 Cannery Row Rd", city="Kodiak", state="AK", zip="99615", emp=190, rev=14000000,
    desc="Seasonal seafood processing plant. Payroll, seasonal onboarding, doc storage.",
    created="2013-03-04", end="2020-10-31", n=21,
    contacts=[("Bjorn", "Hallstrom", "Plant Manager"), ("Cheryl", "Oakes", "HR Coordinator"),
              ("Nestor", "Alcala", "Foreman")],
    story=[
        opp("o1", "2013-02-11", "2013-03-01", "Pacific Tide - New - Payroll + Seasonal Onboarding", "New Business", "Closed Won", 18000.00),
        note("n1", "2014-06-10", "Season start",
             "Season onboarding ~150 seasonal. Deductions for bunkhouse + airfare from Anchorage, standard for the industry."),
        case("c1", "2015-07-08", "Docs folder",
             "Cheryl created a custom doc folder named 'HELD' and uploaded scans of ~80 passports into it. Asking how to restrict that folder so EEs can't see it in ESS.",
             closed="2015-07-15",
             comments="Restricted folder to admins. Asked why 'HELD' - Nestor (foreman) says the company keeps the workers' passports in the plant safe 'so they don't lose them or run off mid-season', gives them back at season end only if the contract is finished. Not a product issue. Closed.",
             c=2),
        opp("o2", "2016-01-20", "2016-02-28", "Pacific Tide - Renewal 2016", "Renewal", "Closed Won", 19500.00),
        note("n2", "2019-08-05", "FYI", "Cheryl asked again about 'HELD' folder permissions for new season."),
    ],
    label=("positive", "seafood_forced_labour", "2015-07-15", ["c1"],
           "The closing comment of the July 2015 case records that the plant keeps about 80 workers' passports and returns them only if the season's contract is completed, which is document servitude."),
)

customer(
    name="Bluewater Travel Plaza", type="Customer", industry="Retail - Fuel / Truck Stop",
    street="I-10 Exit 121", city="Sealy", state="TX", zip="77474", emp=44, rev=8800000,
    desc="Truck stop: fuel, diner, lounge, shower facilities. Payroll + scheduling.",
    created="2014-05-05", end="2018-12-31", n=21,
    contacts=[("Curtis", "Lamb", "Owner"), ("Rhonda", "Spiller", "Plaza Manager")],
    story=[
        opp("o1", "2014-04-14", "2014-05-02", "Bluewater - New - Payroll + Scheduling", "New Business", "Closed Won", 4600.00),
        note("n1", "2015-05-19", "New hires - lounge",
             "5 new hires job title 'lounge hostess', shift 10pm-6am, 3 of them DOB shows 17 y/o. Reminded Rhonda re TX child labor hours for minors. She said they're 'helping out'."),
        case("c1", "2015-11-03", "New pay type 'room visit'",
             "Rhonda wants a pay type 'room visit' for hostesses, paid per count, w/ cash reconciliation line. 'Drivers tip them in the lot.'",
             closed="2015-11-04", comments="Added custom earning code per admin.", c=1),
        note("n2", "2016-02-16", "Sheriff operation at Bluewater",
             "Austin County Sheriff press release: sting at Bluewater Travel Plaza, 3 juveniles recovered from the lot + lounge, plaza mgr Rhonda Spiller charged w/ trafficking of minors. The 'lounge hostesses' w/ 'room visit' pay on this acct are the same girls (names match)."),
        case("c2", "2016-02-22", "Remove terminated EEs",
             "Curtis asks to delete records for the 5 hostesses + Rhonda 'so they don't show up on reports'.",
             closed="2016-02-23", comments="Can't delete payroll history (retention). Terminated them.", c=0),
        opp("o2", "2016-04-10", "2016-05-01", "Bluewater - Renewal 2016", "Renewal", "Closed Won", 4800.00),
    ],
    label=("positive", "truck_stop", "2015-11-03", ["c1", "n1"],
           "The November 2015 request for a per-count 'room visit' pay type for overnight 'lounge hostesses' tipped by drivers in the lot, read with the May 2015 note that three of them are 17, shows minors sold for sex at the plaza before the sheriff's sting confirmed it."),
)


# ================================================================= HARD NEGATIVES
customer(
    name="Clearline Payments Inc", type="Customer", industry="Financial Services",
    street="200 Market St Fl 9", city="San Francisco", state="CA", zip="94105", emp=140, rev=31000000,
    desc="Payment processor / ISO for SMB merchants. Payroll, HRIS, onboarding.",
    created="2015-02-09", end="2020-11-30", n=21,
    contacts=[("Priya", "Venkataraman", "VP People"), ("Marcus", "Oyelaran", "Head of Risk & Compliance"), ("Jen", "Halloran", "Payroll Specialist")],
    story=[
        opp("o1", "2015-01-12", "2015-02-06", "Clearline - New - Payroll + HRIS", "New Business", "Closed Won", 22000.00),
        task("t1", "2016-08-22", "Headcount growth - risk team",
             "Priya says they're adding 8 seats for merchant risk analysts. Context: Clearline terminated ~40 merchants last qtr that were running escort ads thru 'massage' storefronts, card networks pushed them to staff up monitoring. Quoted 8 seats.", c=0),
        note("n1", "2017-03-30", "FYI from Marcus",
             "Marcus mentioned on a call that they MATCH-listed a spa merchant after a sheriff's inquiry re trafficking at the storefront - that's why they want a separate cost center for 'Financial Crimes Unit' in payroll. Cost center created."),
        case("c1", "2017-04-04", "New cost center + job codes",
             "Need cost center FCU-01 and job codes 'AML Investigator', 'Merchant Underwriter II'.",
             closed="2017-04-04", comments="Created.", c=2),
        opp("o2", "2018-01-08", "2018-02-01", "Clearline - Renewal 2018 + LMS", "Renewal", "Closed Won", 31500.00, "Adding LMS for AML / anti-human-trafficking training for their risk staff."),
        case("c2", "2018-02-19", "LMS course upload",
             "Jen uploading 'Recognizing Human Trafficking in Merchant Portfolios' SCORM course, fails at 80%.",
             closed="2018-02-20", comments="File > 200MB limit. Raised limit for acct. Uploaded OK.", c=2),
    ],
    label=("negative", "hard:payments_offboards_merchants", "", [], "The customer is a processor that terminated and MATCH-listed its own merchants for escort ads and trafficking and staffs up compliance; it is not the wrongdoer."),
)

customer(
    name="Brookhaven Merchant Services", type="Customer", industry="Financial Services",
    street="45 Main St Ste 300", city="Stamford", state="CT", zip="06901", emp=62, rev=12000000,
    desc="Merchant acquiring + payroll cards for small biz. Uses us for own payroll.",
    created="2014-07-21", end="2020-08-31", n=20,
    contacts=[("Alan", "Whitcombe", "CFO"), ("Nadia", "Ferreira", "BSA Officer"), ("Tom", "Grady", "HR Generalist")],
    story=[
        opp("o1", "2014-06-30", "2014-07-18", "Brookhaven - New - Payroll", "New Business", "Closed Won", 8800.00),
        event("e1", "2016-05-17", "Renewal + expansion mtg",
              "Met Alan + Nadia. Nadia's team 'cut off' 12 nail salon / spa merchants this yr after pay card data showed wages of dozens of workers funneled into one owner account; they filed a SAR on each. Want to add 3 BSA analysts + on-call pay code for SAR deadlines.",
              loc="Customer site - Stamford", dur=60, c=1),
        case("c1", "2016-06-01", "On-call pay code",
             "Add 'On-call - BSA' flat $150/day earning code, taxable.", closed="2016-06-02", comments="Added.", c=2),
        note("n1", "2017-10-12", "Subpoena at Brookhaven (their side)",
             "Tom mentioned they got grand jury subpoenas about a former merchant (massage parlor chain they offboarded in 2016). Asked if our payroll data of THEIR staff could be requested - explained we'd only respond to process addressed to us. Nothing needed."),
        opp("o2", "2018-06-05", "2018-07-15", "Brookhaven - Renewal 2018", "Renewal", "Closed Won", 9600.00),
    ],
    label=("negative", "hard:payments_offboards_merchants", "", [], "Brookhaven cut off and filed SARs on merchants whose workers' wages were funnelled, and subpoenas concern a former merchant it offboarded."),
)

customer(
    name="TaskNest Home Services", type="Customer", industry="Internet / Marketplace",
    street="1201 Pine St", city="Seattle", state="WA", zip="98101", emp=95, rev=18000000,
    desc="Online marketplace for house cleaners + handymen (providers are independent). Payroll for corporate staff only.",
    created="2016-09-12", end="2020-11-30", n=20,
    contacts=[("Kara", "Lindgren", "People Ops Lead"), ("Omar", "Shaheen", "Trust & Safety Manager")],
    story=[
        opp("o1", "2016-08-20", "2016-09-09", "TaskNest - New - Payroll + Benefits", "New Business", "Closed Won", 14000.00),
        task("t1", "2017-11-06", "T&S team expansion",
             "Kara: hiring 5 T&S agents, night shift differential. Omar's team kicked off a ring of 'cleaning' provider accounts last month - same 2 people were managing 30 cleaner profiles, collecting their payouts, workers didn't speak English and didn't know their own logins. Reported to police + nat'l hotline. Set up shift diff.", c=0),
        case("c1", "2017-11-08", "Shift differential setup",
             "Night diff +$2.50/hr for T&S dept after 8pm.", closed="2017-11-09", comments="Configured, tested on 1 EE.", c=0),
        note("n1", "2019-02-14", "FYI",
             "Omar presenting at a T&S conference on how they delisted providers linked to labor trafficking. They use our LMS to train agents. Nothing for us to do."),
        opp("o2", "2019-08-01", "2019-09-09", "TaskNest - Renewal 2019", "Renewal", "Closed Won", 16500.00),
    ],
    label=("negative", "hard:marketplace_offboards_sellers", "", [], "The marketplace detected and kicked off provider accounts controlled by third parties and reported them; its own payroll is for corporate staff."),
)

customer(
    name="Freedom Bridge Alliance", type="Customer", industry="Non-Profit",
    street="310 N Lamar Blvd", city="Austin", state="TX", zip="78703", emp=28, rev=2100000,
    desc="Anti-trafficking nonprofit: case mgmt, hotline, emergency housing. Payroll + doc storage.",
    created="2015-01-26", end="2020-10-31", n=20,
    contacts=[("Renee", "Galloway", "Executive Director"), ("Luz", "Espinoza", "Director of Client Services"), ("Carl", "Bishop", "Finance Mgr")],
    story=[
        opp("o1", "2015-01-05", "2015-01-23", "Freedom Bridge - New - Payroll (nonprofit pricing)", "New Business", "Closed Won", 2400.00),
        case("c1", "2016-03-08", "Doc storage for intake forms?",
             "Luz asks if doc storage can hold client intake forms. Their intake asks 'Does anyone hold your passport or ID?', 'Do you owe money to your employer/recruiter?', 'Were you under 18 when this started?'. Concerned about privacy.",
             closed="2016-03-10", comments="Advised doc storage is for EMPLOYEE docs, not client records; suggested a case mgmt system. Cust agreed, will keep using only for staff.", c=1),
        case("c2", "2016-09-19", "Hotline OT",
             "Hotline advocates working overnight shifts, need OT + on-call pay rules for 24/7 coverage.",
             closed="2016-09-21", comments="Set up on-call + OT rules.", c=2),
        note("n1", "2018-05-03", "Grant-funded allocations",
             "Carl: DOJ OVC grant for trafficking victim services funds 6 case mgrs; needs payroll allocation by grant code. Set up labor allocation."),
        opp("o2", "2019-01-07", "2019-01-25", "Freedom Bridge - Renewal 2019", "Renewal", "Closed Won", 2600.00),
    ],
    label=("negative", "hard:ngo", "", [], "An anti-trafficking nonprofit whose intake questions and grant codes mention traffickers, passports and minors because it serves survivors."),
)

customer(
    name="Safe Harbor House", type="Customer", industry="Non-Profit",
    street="PO Box 4471", city="Dayton", state="OH", zip="45401", emp=19, rev=1100000,
    desc="Residential shelter for trafficked + exploited youth (ages 12-17). Payroll w/ live-in staff.",
    created="2016-07-11", end="2020-09-30", n=19,
    contacts=[("Beth", "Arkwright", "Executive Director"), ("Jamal", "Pruitt", "Operations / HR")],
    story=[
        opp("o1", "2016-06-20", "2016-07-08", "Safe Harbor - New - Payroll", "New Business", "Closed Won", 1900.00),
        case("c1", "2016-08-02", "Housing deduction for live-in staff",
             "Jamal needs a lodging deduction for 2 resident house managers who live on site (required for 24/7 coverage). Wants it to show as taxable lodging value per their CPA.",
             closed="2016-08-04", comments="Set up lodging as imputed income per CPA guidance. Not a cash deduction.", c=1),
        note("n1", "2017-04-25", "Background checks",
             "Beth asked about adding background checks + child abuse registry checks for all new staff since residents are minors. Referred to our screening partner."),
        task("t1", "2018-10-15", "Address confidentiality",
             "Shelter address is confidential (kids were trafficked, traffickers may look for them). Asked us to mask work location on W-2s/stubs - used PO box. Done.", c=1),
        opp("o2", "2019-06-10", "2019-07-08", "Safe Harbor - Renewal 2019", "Renewal", "Closed Won", 2000.00),
    ],
    label=("negative", "hard:shelter", "", [], "A shelter for trafficked youth; the lodging value for live-in staff, minors and traffickers appear because it protects victims."),
)

customer(
    name="Okafor Lindqvist Immigration Law PLLC", type="Customer", industry="Legal Services",
    street="88 Pine St Fl 14", city="New York", state="NY", zip="10005", emp=24, rev=3900000,
    desc="Immigration + survivor advocacy law firm (T visas, U visas, civil TVPRA suits). Payroll.",
    created="2017-02-06", end="2020-11-30", n=18,
    contacts=[("Adaeze", "Okafor", "Managing Partner"), ("Nils", "Lindqvist", "Partner"), ("Maria", "Castellano", "Office Manager")],
    story=[
        opp("o1", "2017-01-16", "2017-02-03", "Okafor Lindqvist - New - Payroll", "New Business", "Closed Won", 3100.00),
        note("n1", "2017-02-20", "Onboarding note",
             "Firm represents survivors of labor + sex trafficking (T visa petitions, suits under the TVPRA vs traffickers). They'll hire 2 Spanish/Portuguese interpreters as part-time EEs."),
        case("c1", "2018-06-04", "Interpreter pay per session",
             "Maria wants per-session pay for interpreters at client interviews. 'Some interviews run 4+ hrs w/ trafficking survivors, need min 2 hr guarantee.'",
             closed="2018-06-05", comments="Built piece-rate 'session' code + min guarantee logic.", c=2),
        case("c2", "2019-03-11", "Bonus run - settlement",
             "Off-cycle bonus run after firm won settlement for farmworker clients vs a labor contractor.",
             closed="2019-03-12", comments="Run processed.", c=2),
    ],
    label=("negative", "hard:law_firm", "", [], "A law firm representing trafficking survivors; the trafficking vocabulary describes its clients' cases."),
)

customer(
    name="Meridian Coast Hotels", type="Customer", industry="Hospitality",
    street="2500 Ocean Dr", city="Virginia Beach", state="VA", zip="23451", emp=410, rev=46000000,
    desc="Hotel mgmt co, 7 properties. Payroll, T&A, LMS.",
    created="2014-10-06", end="2020-11-30", n=22,
    contacts=[("Grace", "Holloway", "VP Human Resources"), ("Dwayne", "Stokes", "Director of Security"), ("Kim", "Arceneaux", "Payroll Mgr")],
    story=[
        opp("o1", "2014-09-15", "2014-10-03", "Meridian Coast - New - Payroll + T&A", "New Business", "Closed Won", 52000.00),
        opp("o2", "2016-11-01", "2017-01-15", "Meridian Coast - LMS add-on", "Upsell", "Closed Won", 11000.00, "LMS for human trafficking awareness training (front desk, housekeeping) - state law requires it."),
        case("c1", "2017-02-14", "Training completion report",
             "Grace needs report of which EEs completed 'Spotting Trafficking in Hotels' module by property, for state compliance filing.",
             closed="2017-02-15", comments="Built custom completion report.", c=0),
        task("t1", "2017-09-26", "Feature req - 'report concern' button",
             "Dwayne wants a 'Report a concern' button in the EE mobile app that goes to security: for housekeepers who see signs of trafficking or minors in rooms (cash-only, many men visiting, DND for days). Logged FR-2231, said we can do a custom form for now.", c=1),
        note("n1", "2018-04-09", "LE request process",
             "Dwayne set up a process where police requests for guest info go thru security + legal only. Asked us for an LMS course on handling LE requests. Built it."),
        opp("o3", "2019-10-01", "2020-01-10", "Meridian Coast - Renewal 2020", "Renewal", "Closed Won", 63000.00),
    ],
    label=("negative", "hard:hotel_reporting", "", [], "A hotel group training staff to spot trafficking and building reporting and police-request processes."),
)

customer(
    name="Tri-County Sheriff's Office", type="Customer", industry="Government",
    street="1 Justice Plaza", city="Marlowe", state="MO", zip="65601", emp=230, rev=0,
    desc="County sheriff (fictional). Payroll + scheduling for deputies + jail staff.",
    created="2013-11-18", end="2020-06-30", n=21,
    contacts=[("Wade", "Brennan", "Chief Deputy"), ("Patricia", "Oduya", "HR Director"), ("Lt. Sam", "Keller", "Vice / HT Unit Lead")],
    story=[
        opp("o1", "2013-10-21", "2013-11-15", "Tri-County SO - New - Payroll + Scheduling", "New Business", "Closed Won", 28000.00),
        case("c1", "2015-04-06", "Grant-funded OT code",
             "Need OT earning code funded by state human trafficking task force grant, for vice deputies on undercover stings (motels, truck stops). Must report separately.",
             closed="2015-04-08", comments="Created OT-HTTF code + report.", c=1),
        task("t1", "2016-06-13", "Lt Keller - schedule q",
             "Lt Keller asked if scheduling can hide undercover deputies' shift locations from other users. Set location visibility to admins only for Vice unit.", c=2),
        note("n1", "2017-01-30", "FYI",
             "Their HT unit recovered 4 minors in an op at a local motel per news. Patricia needed emergency OT approval workflow. Not related to us otherwise."),
        case("c2", "2018-08-20", "Records request (to them)",
             "Patricia asks how to export deputy timecards for a defense subpoena in a trafficking prosecution.",
             closed="2018-08-21", comments="Showed timecard export w/ audit.", c=1),
        opp("o2", "2018-09-10", "2018-11-15", "Tri-County SO - Renewal FY19", "Renewal", "Closed Won", 30500.00),
    ],
    label=("negative", "hard:police", "", [], "A sheriff's office whose vice unit investigates trafficking; stings, minors and subpoenas are its own law-enforcement work."),
)

customer(
    name="Western Plains University - Labor Migration Lab", type="Customer", industry="Higher Education",
    street="900 College Ave", city="Lincoln", state="NE", zip="68508", emp=22, rev=0,
    desc="Grant-funded research center; pays field interviewers + student RAs thru us (separate from univ payroll).",
    created="2017-08-21", end="2020-08-31", n=18,
    contacts=[("Dr. Helena", "Voss", "Principal Investigator"), ("Marco", "Tiller", "Lab Manager")],
    story=[
        opp("o1", "2017-08-01", "2017-08-18", "WPU Labor Migration Lab - New - Payroll", "New Business", "Closed Won", 1800.00),
        note("n1", "2017-09-05", "About the lab",
             "Studying recruitment debt + document confiscation among H-2A/H-2B workers. Field interviewers paid per completed survey. Participants are NOT employees (paid by gift card, not us)."),
        case("c1", "2018-05-14", "Per-survey pay + mileage",
             "Marco: interviewers visiting labor camps need per-survey rate + mileage reimbursement.",
             closed="2018-05-15", comments="Piece rate + non-taxable mileage set up.", c=1),
        task("t1", "2019-10-02", "Report request",
             "Dr. Voss asked if we have anonymized stats on housing deductions across our customer base for their paper. Said no, we don't share customer data.", c=0),
    ],
    label=("negative", "hard:research", "", [], "A university lab researching recruitment debt and document confiscation; the subject matter is its research, not its conduct."),
)

customer(
    name="Summit Seasonal Staffing", type="Customer", industry="Staffing & Recruiting",
    street="15 Ski Hill Rd", city="Frisco", state="CO", zip="80443", emp=180, rev=4700000,
    desc="H-2B seasonal staffing for resorts (housekeeping, lift ops, kitchens). Payroll + housing ledger.",
    created="2014-09-08", end="2020-11-30", n=23,
    contacts=[("Heidi", "Brandt", "Owner"), ("Luis", "Carrasco", "Compliance Mgr"), ("Jo", "Ellery", "Payroll")],
    story=[
        opp("o1", "2014-08-18", "2014-09-05", "Summit Seasonal - New - Payroll + Housing", "New Business", "Closed Won", 15500.00),
        case("c1", "2014-11-17", "Housing deduction cap",
             "Luis wants employee housing deduction capped so net never drops below FLSA min wage, and wants the lease + rate disclosure doc attached to each EE.",
             closed="2014-11-19", comments="Set cap logic + doc link. Nice setup.", c=1),
        note("n1", "2015-03-02", "Passports?",
             "Jo uploads copies of passports + visas into doc storage for I-9. Confirmed: copies only, originals returned to workers same day. Fine."),
        case("c2", "2016-02-22", "Reimburse inbound travel",
             "Need 'H-2B travel reimb' earning code - they reimburse visa + airfare in first wk per DOL rule.",
             closed="2016-02-23", comments="Created non-taxable reimb code.", c=2),
        note("n2", "2017-07-18", "DOL audit", "DOL WHD audit of Summit closed w/ no findings. Luis sent the letter, happy w/ our reports."),
        opp("o2", "2018-08-01", "2018-09-05", "Summit Seasonal - Renewal 2018", "Renewal", "Closed Won", 17000.00),
    ],
    label=("negative", "hard:staffing_ordinary", "", [], "A seasonal visa staffing firm that caps housing deductions, keeps only passport copies, reimburses travel and passed a DOL audit."),
)

customer(
    name="Harlan Family Orchards", type="Customer", industry="Agriculture",
    street="4100 Orchard Ln", city="Wenatchee", state="WA", zip="98801", emp=120, rev=6500000,
    desc="Apple + pear orchards, H-2A + local pickers. Payroll, piece rate, field T&A.",
    created="2013-06-17", end="2020-10-31", n=22,
    contacts=[("Dale", "Harlan", "Owner"), ("Rosa", "Harlan", "Office Mgr"), ("Miguel", "Santos", "Field Supervisor")],
    story=[
        opp("o1", "2013-05-28", "2013-06-14", "Harlan Orchards - New - Payroll + Piece Rate", "New Business", "Closed Won", 11800.00),
        case("c1", "2014-08-25", "Piece rate true-up",
             "Rosa: need piece rate ('bins') + min wage true-up + rest break pay (WA).",
             closed="2014-08-27", comments="Configured; tested w/ sample crew.", c=1),
        note("n1", "2015-09-14", "Housing",
             "H-2A workers live in on-farm housing, no charge, per contract. No housing deduction set up (correct)."),
        task("t1", "2016-07-11", "Inspection",
             "Miguel mentioned state L&I + DOL housing inspection this wk, passed. Asked for a report of hrs by worker for the inspector. Sent how-to.", c=2),
        case("c2", "2019-05-06", "Spanish pay stubs",
             "Rosa asks for stubs in Spanish: 'los trabajadores quieren entender sus talones de pago'.",
             closed="2019-05-08", comments="Enabled Spanish stub template.", c=1),
        opp("o2", "2019-01-10", "2019-02-01", "Harlan Orchards - Renewal 2019", "Renewal", "Closed Won", 13200.00),
    ],
    label=("negative", "hard:farm_ordinary", "", [], "An orchard with visa workers housed free, passing inspections and asking for Spanish pay stubs."),
)

customer(
    name="Lucky Star Nail Lounge", type="Customer", industry="Personal Services",
    street="27 Brookside Plaza", city="Marietta", state="GA", zip="30062", emp=11, rev=600000,
    desc="Single nail salon. Payroll + tips.",
    created="2016-10-03", end="2020-10-31", n=18,
    contacts=[("Hanh", "Lam", "Owner"), ("Tina", "Lam", "Manager (owner's daughter)")],
    story=[
        opp("o1", "2016-09-19", "2016-09-30", "Lucky Star - New - Payroll + Tips", "New Business", "Closed Won", 1100.00),
        note("n1", "2017-05-22", "Same address",
             "4 EEs have same home address as owner. Tina explained: they're her mom's sisters + cousin, family house. Tips reported on each stub normally, DD to each EE's own acct. Nothing further."),
        case("c1", "2017-05-24", "Translate pay stubs",
             "Tina asks if stubs can be in Vietnamese for her aunts. Not supported yet.",
             closed="2017-05-25", comments="Logged FR. Tina will explain stubs to them.", c=1),
        opp("o2", "2018-09-10", "2018-09-28", "Lucky Star - Renewal 2018", "Renewal", "Closed Won", 1150.00),
        opp("o3", "2019-09-09", "2019-09-30", "Lucky Star - Renewal 2019", "Renewal", "Closed Won", 1200.00),
    ],
    label=("negative", "hard:nail_salon_ordinary", "", [], "An ordinary family nail salon; one note about a shared address is explained by family and routine renewals follow."),
)

customer(
    name="Cascade School of Massage Therapy", type="Customer", industry="Education",
    street="700 NE Sandy Blvd", city="Portland", state="OR", zip="97232", emp=34, rev=2600000,
    desc="Licensed massage school w/ student clinic. Payroll for instructors + clinic staff.",
    created="2015-08-24", end="2020-11-30", n=20,
    contacts=[("Ingrid", "Solberg", "Director"), ("Devon", "Marsh", "Clinic Supervisor")],
    story=[
        opp("o1", "2015-08-03", "2015-08-21", "Cascade Massage School - New - Payroll", "New Business", "Closed Won", 3400.00),
        case("c1", "2016-01-12", "License expiry tracking",
             "Ingrid wants to track LMT license # + expiry for each instructor, alert 60 days before.",
             closed="2016-01-14", comments="Custom field + alert set.", c=0),
        note("n1", "2017-06-06", "Late clinic hrs",
             "Student clinic open till 9pm; Devon asked about shift diff for staff closing. Also mentioned they train students to spot + refuse 'illicit massage' requests and report them, per state board guidance."),
        task("t1", "2018-03-20", "Police call (their side)",
             "Devon said a man called the clinic asking for 'extras' and police advised them to log such calls. Asked if our HR case tool can log incidents. Showed incident log.", c=1),
        opp("o2", "2019-08-01", "2019-08-23", "Cascade - Renewal 2019", "Renewal", "Closed Won", 3700.00),
    ],
    label=("negative", "hard:massage_school", "", [], "A licensed massage school that trains students to refuse and report illicit requests."),
)

customer(
    name="Redline Concrete Contractors", type="Customer", industry="Construction",
    street="5200 Foundry Rd", city="Tulsa", state="OK", zip="74107", emp=75, rev=9100000,
    desc="Commercial concrete sub. Payroll, certified payroll.",
    created="2015-03-16", end="2020-06-30", n=20,
    contacts=[("Bud", "Kessler", "President"), ("Amber", "Nye", "Payroll Admin")],
    story=[
        opp("o1", "2015-02-23", "2015-03-13", "Redline Concrete - New - Payroll", "New Business", "Closed Won", 8200.00),
        case("c1", "2018-01-29", "URGENT - DD changed, EEs not paid",
             "Amber: 6 EEs say pay didn't arrive. Records show DD accts were changed thru ESS last wk to prepaid cards at an online bank. EEs never made the changes. Phishing email impersonating HR went around.",
             closed="2018-02-09",
             comments="Confirmed account takeover of 6 ESS logins via phishing. Reversed what we could, cust paid EEs via manual checks. Cust filed FBI IC3 + local PD report. Enforced MFA for ESS.",
             c=1, prio="High", typ="Problem"),
        task("t1", "2018-02-12", "Post-incident call",
             "Bud upset but fine, appreciates MFA change. Asked us for a letter for their insurer.", c=0),
        note("n1", "2018-03-05", "Police follow-up", "Tulsa PD detective called for login IP logs re the fraud. Legal sent them per subpoena."),
        opp("o2", "2019-02-18", "2019-03-13", "Redline - Renewal 2019", "Renewal", "Closed Won", 8900.00),
    ],
    label=("negative", "hard:victim_of_crime", "", [], "The customer and its employees were victims of payroll diversion phishing; the police contact concerns that fraud."),
)

customer(
    name="Mesa Grill & Cantina", type="Customer", industry="Restaurants",
    street="1818 Central Ave SE", city="Albuquerque", state="NM", zip="87106", emp=32, rev=1800000,
    desc="Single restaurant. Payroll + tip reporting.",
    created="2016-02-29", end="2020-11-30", n=19,
    contacts=[("Carmen", "Delgado", "Owner"), ("Evan", "Pike", "GM")],
    story=[
        opp("o1", "2016-02-08", "2016-02-26", "Mesa Grill - New - Payroll + Tips", "New Business", "Closed Won", 1700.00),
        case("c1", "2018-06-11", "Change DD + confidential address",
             "Carmen: one of our servers is getting away from a boyfriend who was pimping her out and took her paychecks. HSI agent is helping her. She needs her DD moved to a new acct only she controls and her address hidden from other mgrs. 'Ella está a salvo ahora, queremos protegerla.'",
             closed="2018-06-11", comments="Moved DD (verified w/ EE directly), restricted record to owner-only view. Good on them.", c=0, prio="High"),
        task("t1", "2018-07-02", "HSI witness letter",
             "Carmen asked how to pull employment verification for the server for HSI victim-witness coordinator. Showed VOE letter tool.", c=0),
        opp("o2", "2019-01-14", "2019-02-26", "Mesa Grill - Renewal 2019", "Renewal", "Closed Won", 1800.00),
    ],
    label=("negative", "hard:employee_victim", "", [], "The restaurant is protecting an employee who was exploited by her boyfriend and is cooperating with HSI as the victim's employer."),
)

customer(
    name="Eagle Ridge Youth Soccer League", type="Customer", industry="Sports / Recreation",
    street="44 Field House Rd", city="Cary", state="NC", zip="27513", emp=48, rev=900000,
    desc="Youth soccer league, paid coaches + refs (many seasonal). Payroll + onboarding w/ background checks.",
    created="2017-01-09", end="2020-10-31", n=18,
    contacts=[("Tracy", "Womack", "League Director"), ("Ben", "Adler", "Safeguarding Officer")],
    story=[
        opp("o1", "2016-12-12", "2017-01-06", "Eagle Ridge - New - Payroll + Onboarding", "New Business", "Closed Won", 1500.00),
        case("c1", "2017-02-13", "Background check step",
             "Ben wants onboarding blocked until background check + SafeSport training cert uploaded for anyone working w/ minors.",
             closed="2017-02-15", comments="Configured required doc step.", c=1),
        case("c2", "2018-04-23", "Minors as referees",
             "Teen refs aged 14-17 need work permits + hours limits. How to flag minors in payroll?",
             closed="2018-04-24", comments="Enabled minor flag + NC hour rules.", c=0),
        note("n1", "2019-03-18", "Police check",
             "Ben: a coach failed re-screening (old DUI), they let him go. Asked for termination letter template. Provided."),
    ],
    label=("negative", "hard:safeguarding", "", [], "A youth league whose records about minors, police checks and screening are safeguarding measures."),
)

customer(
    name="Crossroads Travel Center", type="Customer", industry="Retail - Fuel / Truck Stop",
    street="I-40 Exit 283", city="Amarillo", state="TX", zip="79118", emp=58, rev=12500000,
    desc="Truck stop: fuel, restaurant, showers, truck service. Payroll + scheduling.",
    created="2014-11-03", end="2020-11-30", n=21,
    contacts=[("Lonnie", "Briggs", "General Manager"), ("Sheila", "Crane", "HR/Payroll")],
    story=[
        opp("o1", "2014-10-13", "2014-10-31", "Crossroads - New - Payroll + Scheduling", "New Business", "Closed Won", 5200.00),
        note("n1", "2016-05-09", "Ex-employee arrested",
             "Sheila called: former night cashier (termed 3 mos ago) was arrested by Potter County deputies for promoting prostitution out of a motel down the road. Deputies asked Crossroads for his last address. Sheila wanted to confirm the address on file - it's their own record, told her how to export."),
        case("c1", "2016-06-20", "LMS - TAT training",
             "Lonnie wants to roll out Truckers Against Trafficking training to all staff + track completion.",
             closed="2016-06-22", comments="Uploaded their course, assigned to all EEs.", c=0),
        task("t1", "2017-08-15", "Lot incident",
             "Lonnie mentioned police removed 2 drivers from the lot last wk after staff called in a suspected juvenile being taken truck to truck - staff did it by the book per training. Nothing for us, just FYI.", c=0),
        opp("o2", "2018-10-01", "2018-10-31", "Crossroads - Renewal 2019", "Renewal", "Closed Won", 5600.00),
    ],
    label=("negative", "hard:ex_employee_arrested", "", [], "A truck stop whose former employee and some drivers were arrested; the customer trains staff and calls police."),
)

customer(
    name="Alpine Au Pair Exchange", type="Customer", industry="Consumer Services",
    street="400 Main St Ste 5", city="Park City", state="UT", zip="84060", emp=26, rev=3200000,
    desc="J-1 au pair sponsor agency; payroll for own staff + regional coordinators.",
    created="2015-11-16", end="2020-09-30", n=18,
    contacts=[("Claudia", "Rinaldi", "Director"), ("Pete", "Sorensen", "Compliance")],
    story=[
        opp("o1", "2015-10-26", "2015-11-13", "Alpine Au Pair - New - Payroll", "New Business", "Closed Won", 2500.00),
        note("n1", "2016-01-19", "What they do",
             "Au pairs live w/ host families, get weekly stipend + room & board per State Dept rules; host families pay stipend, NOT us. We pay Alpine's own staff + local coordinators. Coordinators visit families monthly + check on au pair welfare."),
        case("c1", "2017-09-05", "Coordinator bonus for welfare visits",
             "Pete wants bonus per documented welfare check. 'If an au pair says the host family took her passport or is working her 60 hrs, coordinator must report + we rematch her.'",
             closed="2017-09-06", comments="Per-visit bonus code set.", c=1),
        task("t1", "2019-04-08", "Renewal call", "Renewed, no changes. Claudia asked about multi-state tax for remote coordinators.", c=0),
    ],
    label=("negative", "hard:au_pair", "", [], "An au pair sponsor whose coordinators check welfare and remove au pairs from abusive host families."),
)

customer(
    name="Kindred Match Inc", type="Customer", industry="Internet / Dating",
    street="1 Alamo Sq", city="San Antonio", state="TX", zip="78205", emp=88, rev=15000000,
    desc="Dating app. Payroll, benefits, equity admin.",
    created="2016-05-02", end="2020-11-30", n=19,
    contacts=[("Ravi", "Chandran", "COO"), ("Holly", "Berg", "Head of Trust & Safety")],
    story=[
        opp("o1", "2016-04-11", "2016-04-29", "Kindred Match - New - Payroll + Benefits", "New Business", "Closed Won", 13000.00),
        task("t1", "2017-06-19", "T&S reorg - new dept",
             "Holly's T&S team moving to own dept. She said escort/spam profiles are ~0.4% of signups, removed within hours; they report suspected minors to NCMEC. Need new dept + cost center + wellness stipend for content reviewers.", c=1),
        case("c1", "2017-06-21", "Wellness stipend",
             "Monthly $100 wellness stipend for content moderators, taxable.", closed="2017-06-22", comments="Added.", c=1),
        opp("o2", "2019-04-01", "2019-04-29", "Kindred Match - Renewal 2019", "Renewal", "Closed Won", 15500.00),
    ],
    label=("negative", "hard:dating_low_spam", "", [], "A dating app whose escort and spam rate is under 1% and whose trust and safety team removes them and reports to NCMEC."),
)

customer(
    name="Northlight Model Management", type="Customer", industry="Entertainment",
    street="250 W 39th St Fl 6", city="New York", state="NY", zip="10018", emp=30, rev=5200000,
    desc="Fashion modelling agency; pays models (some minors) + bookers.",
    created="2015-04-13", end="2020-10-31", n=19,
    contacts=[("Simone", "Achterberg", "Agency Director"), ("Kelly", "Brandt", "Finance"), ("Joel", "Park", "Head Booker")],
    story=[
        opp("o1", "2015-03-23", "2015-04-10", "Northlight - New - Payroll", "New Business", "Closed Won", 4800.00),
        case("c1", "2015-06-01", "Minor models - trust acct",
             "Kelly: models under 18 need 15% of earnings to a trust acct (NY child performer law) + work permit on file + chaperone for shoots.",
             closed="2015-06-04", comments="Set up trust deduction routed to each minor's own UTMA acct; permit doc required.", c=1),
        note("n1", "2016-09-12", "Housing",
             "Agency rents 'model apartments' for visiting models, rent deducted. Kelly: rates are below market + signed leases + models free to live elsewhere. Docs on file."),
        task("t1", "2018-02-05", "Code of conduct",
             "Simone rolling out anti-harassment code, incl. no agency staff at castings alone w/ minors. Used our policy acknowledgment feature.", c=0),
        opp("o2", "2018-03-01", "2018-04-10", "Northlight - Renewal 2018", "Renewal", "Closed Won", 5300.00),
    ],
    label=("negative", "hard:modelling_agency", "", [], "A modelling agency following child-performer trust, permit and chaperone rules with voluntary disclosed housing."),
)

customer(
    name="Copperline Logistics", type="Customer", industry="Transportation / Logistics",
    street="3900 Rail Yard Dr", city="Memphis", state="TN", zip="38118", emp=140, rev=22000000,
    desc="Regional trucking + warehousing. Payroll, T&A.",
    created="2014-01-20", end="2020-11-30", n=20,
    contacts=[("Gordon", "Fitch", "Controller"), ("Yvette", "Baines", "HR Manager")],
    story=[
        opp("o1", "2013-12-30", "2014-01-17", "Copperline - New - Payroll + T&A", "New Business", "Closed Won", 16000.00),
        case("c1", "2017-10-30", "Police records request",
             "Yvette: Memphis PD asked for timecards of 2 warehouse EEs re a theft of pallets Copperline reported. Can she export punches + photos from the kiosk?",
             closed="2017-10-31", comments="Showed punch detail + kiosk photo export. Cust is the complainant.", c=1),
        note("n1", "2017-11-14", "Follow-up", "Both EEs termed, charged w/ theft. Cust asked to stop final pay DD to one of them? Told them final pay rules still apply."),
        opp("o2", "2019-01-02", "2019-01-17", "Copperline - Renewal 2019", "Renewal", "Closed Won", 18000.00),
    ],
    label=("negative", "hard:police_request_unrelated", "", [], "Police records requests concern a pallet theft the customer reported as victim."),
)

customer(
    name="Orbitpay Commerce", type="Customer", industry="Financial Services",
    street="77 Summer St Fl 3", city="Boston", state="MA", zip="02110", emp=70, rev=9800000,
    desc="Payment facilitator for online sellers. Our payroll + HR for their staff.",
    created="2017-03-06", end="2020-11-30", n=19,
    contacts=[("Wendy", "Tsao", "Head of People"), ("Grant", "Ellison", "Chief Risk Officer")],
    story=[
        opp("o1", "2017-02-13", "2017-03-03", "Orbitpay - New - Payroll + HRIS", "New Business", "Closed Won", 9100.00),
        note("n1", "2018-01-16", "Why they're hiring",
             "Per Grant: sub-merchants selling 'companionship' + 'massage' bookings were offboarded in Q4 after their monitoring flagged ads w/ minors-coded language; several were reported to NCMEC and LE. Board wants a bigger risk team -> 6 new hires in Q1, need onboarding flows."),
        case("c1", "2018-01-22", "Onboarding flow for risk hires",
             "Wendy needs separate onboarding packet for risk dept incl. confidentiality + 'exposure to disturbing content' acknowledgment.",
             closed="2018-01-24", comments="Built packet template.", c=0),
        task("t1", "2019-11-04", "Renewal", "Renewed 2 yrs. 'Delisted another batch of escort-ad merchants, all good on your end' - Grant, joking re headcount.", c=1),
    ],
    label=("negative", "hard:payments_offboards_merchants", "", [], "A payment facilitator that offboarded and reported its own sub-merchants for escort ads; it grows its risk team."),
)


# ================================================================= ORDINARY
customer(
    name="Sweetgrass Bakery & Cafe", type="Customer", industry="Food & Beverage",
    street="12 King St", city="Charleston", state="SC", zip="29401", emp=23, rev=1300000,
    desc="Bakery + cafe, 2 locations. Payroll + tips.", created="2014-04-14", end="2020-09-30", n=20,
    contacts=[("Lorna", "McBride", "Owner"), ("Theo", "Grant", "Bookkeeper")],
    story=[opp("o1", "2014-03-24", "2014-04-11", "Sweetgrass - New - Payroll", "New Business", "Closed Won", 1400.00)],
    label=("negative", "ordinary", "", [], "An ordinary bakery with routine payroll records."),
)
customer(
    name="Bayside Family Dental", type="Customer", industry="Healthcare",
    street="880 Bayshore Blvd", city="Tampa", state="FL", zip="33606", emp=18, rev=2400000,
    desc="Dental practice, 2 dentists. Payroll + benefits.", created="2013-09-09", end="2020-06-30", n=20,
    contacts=[("Dr. Neil", "Osterman", "Owner DDS"), ("Patty", "Lugo", "Office Manager")],
    story=[opp("o1", "2013-08-19", "2013-09-06", "Bayside Dental - New - Payroll + Benefits", "New Business", "Closed Won", 2100.00)],
    label=("negative", "ordinary", "", [], "An ordinary dental practice with routine payroll records."),
)
customer(
    name="Quillstack Software", type="Customer", industry="Software",
    street="500 W 2nd St", city="Austin", state="TX", zip="78701", emp=64, rev=11000000,
    desc="B2B SaaS. Payroll, benefits, equity.", created="2017-06-05", end="2020-11-30", n=20,
    contacts=[("Maya", "Okonkwo", "Head of People"), ("Derek", "Voss", "Controller")],
    story=[opp("o1", "2017-05-15", "2017-06-02", "Quillstack - New - Payroll + Benefits", "New Business", "Closed Won", 7800.00)],
    label=("negative", "ordinary", "", [], "An ordinary software company with routine payroll records."),
)
customer(
    name="Riverbend Veterinary Clinic", type="Customer", industry="Veterinary",
    street="310 River Rd", city="Eugene", state="OR", zip="97404", emp=21, rev=2000000,
    desc="Small animal vet clinic. Payroll + T&A.", created="2015-10-19", end="2020-10-31", n=20,
    contacts=[("Dr. Alicia", "Brenner", "Owner DVM"), ("Sam", "Whitley", "Practice Manager")],
    story=[opp("o1", "2015-09-28", "2015-10-16", "Riverbend Vet - New - Payroll + T&A", "New Business", "Closed Won", 1900.00)],
    label=("negative", "ordinary", "", [], "An ordinary veterinary clinic with routine payroll records."),
)


# ================================================================= build
AREA = {"TX": "956", "CA": "661", "MA": "508", "GA": "770", "LA": "225", "FL": "407", "NV": "702",
        "IL": "815", "AK": "907", "CT": "203", "WA": "206", "OH": "937", "NY": "212", "VA": "757",
        "MO": "417", "NE": "402", "CO": "970", "OR": "503", "OK": "918", "NM": "505", "NC": "919",
        "UT": "435", "TN": "901", "SC": "843"}


def phone(state):
    return f"({AREA.get(state, '555')}) 555-{rng.randint(100, 199):04d}"


def owner(role_or_none, kind):
    if role_or_none:
        return USERS[role_or_none]
    return USERS[pick(ROLE_FOR[kind])]


def short(name):
    return " ".join(name.split()[:2]).rstrip(",")


def add_case(acc, cons, d, subj, desc, closed, comments, prio, origin, typ, c, status, own):
    cid = nid("500")
    CASENO[0] += rng.randint(3, 40)
    is_closed = closed is not None
    created_ts = ts(d, hour=rng.randint(13, 17))
    closed_ts = ""
    if is_closed:
        closed_ts = ts(closed, hour=rng.randint(14, 23))
        if closed_ts <= created_ts:
            cdt = dt.datetime.strptime(created_ts[:19], "%Y-%m-%dT%H:%M:%S") + dt.timedelta(minutes=rng.randint(50, 300))
            closed_ts = cdt.strftime("%Y-%m-%dT%H:%M:%S.000+0000")
    CASES.append([cid, f"{CASENO[0]:08d}", acc["Id"], cons[c % len(cons)], subj, desc,
                  status or ("Closed" if is_closed else "Open"), prio, origin, typ,
                  "true" if is_closed else "false", own, created_ts, closed_ts, comments])
    return cid


def build():
    for ci, cu in enumerate(CUSTOMERS):
        aid = nid("001")
        dom = domain_of(cu["name"])
        acc = {"Id": aid}
        first = min([cu["created"]] + [r["d"] for r in cu["story"]])
        acreated = (D(first) - dt.timedelta(days=rng.randint(3, 12))).isoformat()
        rev = f"{cu['rev']:.2f}" if cu["rev"] else ""
        ACCOUNTS.append([aid, cu["name"], cu["type"], cu["industry"], "www." + dom, phone(cu["state"]),
                         cu["street"], cu["city"], cu["state"], cu["zip"], "United States", rev,
                         str(cu["emp"]), cu["desc"], USERS[pick(["AE1", "AE2"])], ts(acreated, hour=15)])
        cons = []
        for (fn, ln, title) in cu["contacts"]:
            cid = nid("003")
            cons.append(cid)
            fn_e = fn.split()[-1].lower().replace(".", "")
            email = f"{fn_e}.{ln.lower().replace(' ', '')}@{dom}"
            bd = ""
            if rng.random() < 0.4:
                bd = f"{rng.randint(1958, 1990)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            CONTACTS.append([cid, aid, fn, ln, title, email, phone(cu["state"]), cu["city"], "United States",
                             bd, USERS[pick(["AE1", "AE2", "CSM1", "CSM2"])], ts(acreated, hour=16)])
        keys = {}
        used_years = set()
        for r in cu["story"]:
            k = r["kind"]
            own = owner(r.get("owner"), k)
            if k == "case":
                keys[r["key"]] = add_case(acc, cons, r["d"], r["subj"], r["desc"], r["closed"], r["comments"],
                                          r["prio"], r["origin"], r["typ"], r["c"], r["status"], own)
                keys[r["key"] + "@dates"] = {r["d"], r["closed"]}
            elif k == "task":
                tid = nid("00T")
                TASKS.append([tid, aid, cons[r["c"] % len(cons)], aid, r["subj"], r["desc"], r["d"], r["status"],
                              r["prio"], r["typ"], own, ts(r["d"])])
                keys[r["key"]] = tid
                keys[r["key"] + "@dates"] = {r["d"]}
            elif k == "event":
                eid = nid("00U")
                start = dt.datetime.fromisoformat(r["d"] + "T15:00:00")
                end = start + dt.timedelta(minutes=r["dur"])
                EVENTS.append([eid, aid, cons[r["c"] % len(cons)], aid, r["subj"], r["desc"], r["loc"], r["d"],
                               start.strftime("%Y-%m-%dT%H:%M:%S.000+0000"),
                               end.strftime("%Y-%m-%dT%H:%M:%S.000+0000"), str(r["dur"]), r["typ"], own,
                               ts(r["d"], hour=23)])
                keys[r["key"]] = eid
                keys[r["key"] + "@dates"] = {r["d"]}
            elif k == "note":
                nid_ = nid("002")
                NOTES.append([nid_, aid, r["title"], r["body"], "true" if r["private"] else "false", own, ts(r["d"])])
                keys[r["key"]] = nid_
                keys[r["key"] + "@dates"] = {r["d"]}
            elif k == "opp":
                oid = nid("006")
                won = r["stage"] == "Closed Won"
                closed = r["stage"].startswith("Closed")
                OPPS.append([oid, aid, r["name"], r["typ"], r["stage"], f"{r['amount']:.2f}",
                             "100" if won else ("0" if closed else "50"), r["close"],
                             "true" if closed else "false", "true" if won else "false", r["desc"], own, ts(r["d"])])
                keys[r["key"]] = oid
                keys[r["key"] + "@dates"] = {r["d"], r["close"]}
                used_years.add(r["close"][:4])
        # ---- filler
        target = min(25, cu["n"] + 2)
        nfill = target - len(cons) - len(cu["story"])
        start = (D(cu["created"]) + dt.timedelta(days=10)).isoformat()
        USED.clear()
        for _ in range(max(0, nfill)):
            roll = rng.random()
            d = rand_date(start, cu["end"])
            ds = d.isoformat()
            c = rng.randrange(len(cons))
            fmt = dict(q=(d.month - 1) // 3 + 1, pd=(d - dt.timedelta(days=rng.randint(1, 5))).strftime("%m/%d"), st=cu["state"],
                       inv=f"INV-{rng.randint(20000, 89999)}")
            if roll < 0.36:
                subj, desc, com = pick_new(FILL_CASES)
                closed = (d + dt.timedelta(days=rng.randint(0, 4))).isoformat()
                if d > D(cu["end"]) - dt.timedelta(days=20) and rng.random() < 0.5:
                    closed = None
                    com = ""
                add_case(acc, cons, ds, subj, typo(desc.format(**fmt)), closed, com,
                         pick(["Low", "Medium", "Medium", "High"]), pick(["Email", "Phone", "Web", "Chat"]),
                         pick(["Question", "Problem", "Question", "How-to"]), c, None, owner(None, "case"))
            elif roll < 0.60:
                subj, desc = pick_new(FILL_TASKS)
                TASKS.append([nid("00T"), aid, cons[c], aid, subj, typo(desc.format(**fmt)), ds,
                              "Completed" if d < D("2020-10-01") else pick(["Completed", "Not Started"]),
                              "Normal", pick(["Call", "Email", "Other"]), owner(None, "task"), ts(ds)])
            elif roll < 0.75:
                subj, desc, loc = pick_new(FILL_EVENTS)
                st_ = dt.datetime.combine(d, dt.time(rng.choice([14, 15, 16, 17, 18, 19])))
                dur = pick([30, 45, 60])
                created = max(D(cu["created"]), d - dt.timedelta(days=rng.randint(1, 10)))
                EVENTS.append([nid("00U"), aid, cons[c], aid, subj, typo(desc), loc, ds,
                               st_.strftime("%Y-%m-%dT%H:%M:%S.000+0000"),
                               (st_ + dt.timedelta(minutes=dur)).strftime("%Y-%m-%dT%H:%M:%S.000+0000"),
                               str(dur), "Meeting", owner(None, "event"), ts(created)])
            elif roll < 0.90:
                title, body = pick_new(FILL_NOTES)
                NOTES.append([nid("002"), aid, title, typo(body), "false", owner(None, "note"), ts(ds)])
            else:
                yr = ds[:4]
                if yr in used_years or yr == cu["created"][:4]:
                    title, body = pick_new(FILL_NOTES)
                    NOTES.append([nid("002"), aid, title, typo(body), "false", owner(None, "note"), ts(ds)])
                    continue
                used_years.add(yr)
                close = min(d + dt.timedelta(days=rng.randint(14, 45)), D("2020-12-15")).isoformat()
                amt = round(cu["emp"] * rng.uniform(55, 95), -1)
                OPPS.append([nid("006"), aid, f"{short(cu['name'])} - Renewal {yr}", "Renewal", "Closed Won",
                             f"{amt:.2f}", "100", close, "true", "true", "Annual renewal, no changes.",
                             owner(None, "opp"), ts(ds)])
        # ---- label
        lab, kind, kf, ev, rat = cu["label"]
        ev_ids = [keys[k] for k in ev]
        if lab == "positive":
            alld = set()
            for k in ev:
                alld |= keys[k + "@dates"]
            assert kf in alld, (cu["name"], kf, alld)
        LABELS.append([aid, lab, kind, kf, ";".join(ev_ids), rat])


HEAD = {
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
    cols = [c.strip() for c in HEAD[name].split(",")]
    with open(os.path.join(HERE, name + ".csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            assert len(r) == len(cols), (name, r[:2])
            w.writerow(r)


if __name__ == "__main__":
    build()
    def by_created(idx):
        return lambda r: (r[idx], r[0])
    write("Account", ACCOUNTS)
    write("Contact", CONTACTS)
    write("Opportunity", sorted(OPPS, key=by_created(12)))
    write("Case", sorted(CASES, key=by_created(12)))
    write("Task", sorted(TASKS, key=by_created(11)))
    write("Event", sorted(EVENTS, key=by_created(13)))
    write("Note", sorted(NOTES, key=by_created(6)))
    write("labels", LABELS)
    print("accounts", len(ACCOUNTS), "contacts", len(CONTACTS), "opps", len(OPPS), "cases", len(CASES),
          "tasks", len(TASKS), "events", len(EVENTS), "notes", len(NOTES))
