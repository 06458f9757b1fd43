#!/usr/bin/env python3
"""Authoring script for releval part B (tag EVB).

Fictional Salesforce export of "Brightcounter", a payments / POS / booking-software
provider for small businesses. All hand-written content lives in this file; routine
records are drawn from a hand-written pool (ROUTINE_POOL) with fictional dates in
sequence. Standard library only. Run: python3 author.py  (writes CSVs next to it).
"""
import csv, os, random, datetime as dt

OUT = os.path.dirname(os.path.abspath(__file__))
TAG = "EVB"

# ---------------------------------------------------------------- users (OwnerId)
USERS = {
    "dana": 1, "marcus": 2, "priya": 3,          # account executives
    "kelly": 4, "tomas": 5,                      # customer success
    "jenna": 6, "ray": 7, "linh": 13, "ana": 14, # support
    "omar": 8, "lisa": 9,                        # risk / underwriting / compliance
    "wei": 10,                                   # solutions engineer
    "hector": 11,                                # field tech
    "anne": 12,                                  # billing / collections
}
def uid(name):
    return "005%s%012d" % (TAG, USERS[name])

# ---------------------------------------------------------------- record helpers
def N(d, title, body, own, ev=0, priv=False):
    return dict(t="note", d=d, title=title, body=body, own=own, ev=ev, priv=priv)

def T(d, subj, desc, own, ev=0, typ="Call", who=0, status="Completed", prio="Normal"):
    return dict(t="task", d=d, subj=subj, desc=desc, own=own, ev=ev, typ=typ, who=who,
                status=status, prio=prio)

def E(d, subj, desc, loc, own, ev=0, who=0, dur=60, typ="Meeting", start="10:00"):
    return dict(t="event", d=d, subj=subj, desc=desc, loc=loc, own=own, ev=ev, who=who,
                dur=dur, typ=typ, start=start)

def C(d, subj, desc, comments, own, ev=0, who=0, status="Closed", prio="Medium",
      origin="Phone", typ="Question", days=3):
    return dict(t="case", d=d, subj=subj, desc=desc, comments=comments, own=own, ev=ev,
                who=who, status=status, prio=prio, origin=origin, typ=typ, days=days)

def O(d, name, typ, stage, amt, desc, own, ev=0):
    return dict(t="opp", d=d, name=name, typ=typ, stage=stage, amt=amt, desc=desc,
                own=own, ev=ev)

ACCOUNTS = []
def acct(label, kind, name, industry, atype, site, phone, street, city, state, zipc,
         rev, emp, desc, own, created, contacts, items, rationale, total):
    ACCOUNTS.append(dict(label=label, kind=kind, name=name, industry=industry,
                         atype=atype, site=site, phone=phone, street=street, city=city,
                         state=state, zipc=zipc, rev=rev, emp=emp, desc=desc, own=own,
                         created=created, contacts=contacts, items=items,
                         rationale=rationale, total=total))

# ---------------------------------------------------------------- routine pool
# Hand-written routine phrasings. Placeholders: {c} contact first name, {n} 1-3,
# {amt} amount, {yr} year, {mo} month, {tkt} ticket/serial no., {nps} score,
# {npsq} quote, {trend} volume trend.
ONBOARD_POOL = [
    ("task", "Kickoff call", "Kickoff w/ {c}. Walked thru BC Book setup (services, staff, hrs) + T3 basics. Sent welcome pack & training link."),
    ("note", "Onboarding", "Boarded. MID issued, {n} T3 terminal(s) shipped UPS ground. Training booked next wk w/ {c}."),
    ("event", "Onboarding training", "Remote training for {c} + staff: sales, refunds, tip adjust, end of day batch. ~45 min, went fine.", "GoToMeeting"),
    ("case", "Activation link expired", "Merchant says activation email expired before {c} could log in.", "Resent activation, confirmed login. Closed."),
    ("task", "Underwriting docs", "Need voided check + copy of DL for signer. Emailed {c}, f/u thurs."),
    ("note", "UW approved", "Approved std tier, no reserve, next-day funding. Welcome email out."),
    ("task", "Go-live check", "Day-3 go-live call. First batch settled ok, {c} comfortable w/ refunds. Nothing open."),
]

ROUTINE_POOL = [
    # cases
    ("case", "Password reset", "{c} locked out after 5 tries. Reset pw, reminded abt 2FA.", "Resolved on call."),
    ("case", "Can't log in - 2FA", "Owner changed phone #, not getting 2FA codes.", "Verified identity (last 4 EIN + last deposit amt), updated mobile. closed"),
    ("case", "Terminal offline", "T3 showing 'no host connection' since this am. ISP rebooted their router overnight.", "Walked thru wifi re-pair. Working."),
    ("case", "printer printing blank", "Receipt printer spitting out blank receipts - paper loaded upside down lol", "Flipped roll. Resolved."),
    ("case", "Batch not settled", "Yesterdays batch ${amt} didn't settle, merchant worried.", "Batch auto-closed at 3am, funds next day. Explained cutoff."),
    ("case", "Deposit missing", "Merchant says deposit for {mo} 4 missing. It was a bank holiday.", "Landed next biz day. Closed."),
    ("case", "Refund to wrong card", "Cashier refunded ${amt} to the wrong customer's card.", "Explained we can't pull back a refund; merchant to contact cardholder. Closed."),
    ("case", "1099-K question", "{c} asks why 1099-K doesn't match their books (gross vs net of refunds).", "Sent 1099-K FAQ. Closed."),
    ("case", "PCI SAQ overdue", "Auto-reminder: annual PCI SAQ overdue, non-compliance fee starts next cycle.", "Merchant completed SAQ online w/ Jenna's help. Fee waived."),
    ("case", "Chargeback - not received", "Cardholder says purchase never received (${amt}). Merchant has signed receipt.", "Rebuttal sent w/ receipt. Won."),
    ("case", "Chargeback - duplicate", "Customer charged twice ${amt}; terminal timed out and cashier re-ran it.", "Merchant refunded 2nd charge, CB reversed by issuer."),
    ("case", "CB - unrecognized descriptor", "Cardholder didn't recognize descriptor. {c} asks if we can add city to it.", "Descriptor updated w/ city. Issuer withdrew CB."),
    ("case", "No-show fee dispute", "Client disputes ${amt} no-show fee charged per booking policy.", "Sent policy-acceptance screenshot from booking flow. Won."),
    ("case", "Statement fees", "{c} asking about 'non-qualified' line on {mo} statement.", "Explained keyed vs chip rates, told them to dip not key. Closed."),
    ("case", "Add user", "Need a login for new front desk person.", "Created user, cashier role. Closed."),
    ("case", "Remove user ASAP", "Ex-employee still has login, pls remove asap.", "Deactivated + forced logout on all devices. Closed."),
    ("case", "SMS reminders not sending", "Appt reminders not going out since {mo}.", "Carrier filtering our short code; re-registered. Working."),
    ("case", "Google cal sync", "BC Book not syncing w/ Google Calendar for 2 staff.", "Re-authorized Google connection, fixed."),
    ("case", "QuickBooks export", "Wants daily sales summary pushed to QuickBooks Online.", "Enabled QBO integration, mapped tax & tips accts. Closed."),
    ("case", "Change bank acct", "Merchant switching banks, voided check attached.", "Call-back to number on file to verify. Updated, micro-deposits confirmed."),
    ("case", "Address change", "Moved suite # in same bldg. Update billing + shipping.", "Updated. closed"),
    ("case", "Chip read error", "'Chip read error' on 1 of {n} terminals, swipe ok.", "Sent replacement, RMA #{tkt}."),
    ("case", "Tip presets", "Wants tip options 15/18/20 instead of default 10/15/20.", "Updated presets. Closed."),
    ("case", "Gift card balance", "Customer says gift card balance is wrong.", "Found partial redemption on {mo} 3, explained to {c}. Closed."),
    ("case", "Sales tax change", "Local tax up 0.25% on the 1st, need update.", "Tax rate updated. closed"),
    ("case", "Bookings 1 hr off", "After DST change one staff calendar shows all bookings 1 hr off.", "Timezone on that staff profile was wrong. Fixed."),
    ("case", "FR: staff sales export", "Wants sales-by-employee exportable to CSV.", "Logged FR-{tkt}; actually exists under Reports > Staff, showed them."),
    ("case", "App slow on old iPad", "Booking app very slow on front desk iPad.", "iOS too old for current version. Recommended update. Closed."),
    ("case", "Billed twice?", "Thinks they were billed twice for SaaS fee in {mo}.", "Proration from plan change. Explained, no credit due. Closed."),
    ("case", "Tap not working", "Contactless failing for Apple Pay customers.", "Pushed firmware, works now."),
    ("case", "Online booking deposit", "Wants to require 25% deposit for bookings over $100.", "Configured deposit rule. Closed."),
    # tasks
    ("task", "Renewal reminder", "Called {c} re renewal in 60 days. Happy, no changes expected."),
    ("task", "Check-in call", "Qtrly check-in. Vol steady, no issues. Asked abt loyalty module - maybe later in yr."),
    ("task", "Invoice copies", "{c} needs last 3 invoices for their accountant. Sent."),
    ("task", "Past due invoice", "Invoice #{tkt} 15 days past due. Emailed reminder, cc {c}."),
    ("task", "VM re T4 upgrade", "Left VM for {c} re T4 upgrade promo."),
    ("task", "New pricing sheet", "Emailed updated pricing sheet after network rate change."),
    ("task", "Confirm ship addr", "Confirm shipping addr for replacement terminal w/ {c}."),
    ("task", "NPS follow-up", "NPS {nps}. Thanked {c}, asked for a review on the app store."),
    ("task", "Referral", "{c} referred a business down the street. Passed to sales."),
    ("task", "Refresher training", "2 new staff - set up 30 min refresher on refunds & voids."),
    ("task", "Autopay failed", "SaaS autopay card declined. Asked {c} to update card in billing portal."),
    # events
    ("event", "QBR", "Qtrly review w/ {c}. Volume {trend}. Went over fees + reporting.", "Onsite"),
    ("event", "Terminal install", "Installed {n} T4 terminal(s), old T3s boxed for return.", "Onsite"),
    ("event", "Loyalty demo", "Demo'd Gift & Loyalty to {c}. Interested, sending quote.", "GoToMeeting"),
    ("event", "Lunch w/ owner", "Relationship lunch. Talked about possibly expanding next yr.", "Local restaurant"),
    ("event", "Annual review", "Annual acct review: contract, pricing, roadmap preview.", "Phone"),
    # notes
    ("note", "Invoice", "Monthly SaaS invoice ${amt} generated, paid by autopay."),
    ("note", "Rate change notice", "Sent 30-day notice of network pass-through increase."),
    ("note", "NPS", "NPS {nps}: \"{npsq}\""),
    ("note", "Acct health", "Health score green. Daily logins, vol stable."),
    ("note", "Terminal swap", "Swapped T3 serial ...{tkt} (cracked screen). Return label emailed."),
    ("note", "Renewal signed", "Renewal e-signed by {c}. No changes to pricing."),
    ("note", "Annual increase", "3% annual SaaS increase applied per contract. No pushback."),
    # opportunities (name, type, stage, desc)
    ("opp", "Renewal {yr}", "Renewal", "Closed Won", "Std 12 mo renewal."),
    ("opp", "Add {n} terminals", "Upsell", "Closed Won", "Extra counter + mobile unit."),
    ("opp", "Gift & Loyalty", "Upsell", "Closed Lost", "Not now, budget. Revisit Q3."),
    ("opp", "Booking Pro upgrade", "Upsell", "Closed Won", "Pro tier for deposits + waitlist."),
    ("opp", "Payroll add-on", "Upsell", "Closed Lost", "Staying w/ their accountant for payroll."),
    ("opp", "Renewal {yr} - 2 yr", "Renewal", "Closed Won", "2 yr term, rate locked."),
    ("opp", "Next-day funding upgrade", "Upsell", "Closed Won", "Moved to same-day/next-day funding tier."),
]
NPSQ = ["easy to use", "support was quick", "fees are a bit high", "love the booking reminders",
        "terminal froze once but fixed fast", "good", "wish reports were better"]
TREND = ["up ~8%", "flat", "down a bit (seasonal)", "up", "steady"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# ================================================================ POSITIVES
acct("positive", "illicit_massage", "Lotusmere Spa", "Personal Services", "Customer - Direct",
     "www.lotusmerespa.example", "(770) 555-0114", "2871 Wrenfield Pkwy Ste 4", "Duluth", "GA", "30096",
     180000, 4,
     "Massage / reflexology, 3 rooms. BC Pay + BC Book + 1 T3. Signer Mei Lin Zhao; mgr Tony handles day to day. Open late.",
     "dana", "2014-03-10",
     [("Mei Lin", "Zhao", "Owner", "meilin", "1971-08-02"), ("Tony", "Wu", "Manager", "tony", "")],
     [
      C("2014-04-02", "Booking hours + intake q",
        "Merchant wants online booking open until 2:00am 7 days/wk. Also asked for a 'male clients only' checkbox on the intake form. Told Tony we can't do gender-restricted booking from the template, can add a custom question.",
        "Set hrs 10a-2a. Custom q 'Gentleman?' added per Tony. closing.", "jenna", ev=1, who=1),
      E("2014-09-18", "Install terminal #2",
        "Installed 2nd T3. Front windows covered w/ paper + blinds, door locked, had to be buzzed in. Back room had 2 mattresses on floor, rice cooker, suitcases - 3 women looked like they live there. Only Tony spoke, women didnt talk to me at all, one asked him something & he said 'mei wenti' and she went in back. Cash drawer stuffed. Left ~4pm.",
        "Onsite", "hector", ev=2, who=1, typ="Site Visit", start="14:30", dur=90),
      N("2015-02-11", "Tip ratio flag",
        "Monthly vol review: card vol $3-4k/mo, avg ticket $60 but tips avg $85. Tip > service price on ~70% of txns, most between 9pm and 1:30am. Flag for review.",
        "omar", ev=1),
      T("2015-02-20", "Call Tony re tips",
        "Asked Tony about tip ratio. Says 'customers very generous, very good massage'. OK for now, no further action.",
        "omar", ev=1, who=1),
      O("2015-06-15", "Lotusmere - gift cards", "Upsell", "Closed Won", 450,
        "Gift card stock + module. Tony wants 'VIP' card design.", "dana"),
      C("2016-05-09", "LE subpoena - Harlan County PD",
        "Subpoena from Harlan County PD vice unit for all transaction records Jan 2015 - Apr 2016, ref 'prostitution / human trafficking investigation at 2871 Wrenfield Pkwy'. Also asks for signer ID + bank on file.",
        "Legal responded 5/20. Acct stays active per Omar pending outcome.", "lisa", ev=1,
        origin="Fax", typ="Legal Request", prio="High", days=11),
      N("2016-08-01", "Owner change",
        "Merchant called to change owner of record to 'Li Na Chen'. Same bank acct, same Tony on the phone. Store was closed ~2 wks in June for 'renovation'. Updated signer after new PG rcvd.",
        "kelly", ev=1),
     ],
     "Field tech saw a buzzer-entry, covered-window massage shop with women living in the back and a manager speaking for them, after a late-night men-only booking setup; later tip-ratio and a police trafficking subpoena confirmed it.",
     15)

acct("positive", "illicit_massage", "Jadeleaf Wellness", "Personal Services", "Customer - Direct",
     "www.jadeleafwellness.example", "(713) 555-0127", "9550 Corrigan Plaza Dr #112", "Houston", "TX", "77036",
     140000, 5,
     "Massage studio, walk-ins + online booking. BC Pay, BC Book Basic, 1 T3.",
     "marcus", "2015-07-01",
     [("Helen", "Gao", "Owner", "helen", ""), ("Jimmy", "Gao", "Bookkeeper", "books", "")],
     [
      C("2015-08-14", "Custom service items",
        "Owner wants services on booking menu: '60 min body massage $60', 'VIP room $100', and an 'Extra' item w/ open amount. Asked if the open amount can be hidden on receipt and on customer's card statement. Explained descriptor is fixed JADELEAF WELLNES.",
        "Created open-amount item 'Extra', receipt shows 'Service'. closed", "ray", ev=1),
      C("2016-01-22", "2 chargebacks - not as described",
        "Two disputes same cardholder, $260 and $300, both on the 60-min ticket + Extra. Cardholder's letter in the dispute pkg: 'I paid for a massage. The girl said the $200 extra was for the happy ending and the lady at the front ran my card again. I found this place on a review site where guys post about the girls there, it said full service for 200. I didn't get what was described and want my money back.'",
        "Won 1 of 2 w/ signed receipt, lost the other. Std dispute, closed.", "ray", ev=2, typ="Chargeback"),
      N("2016-02-03", "Auto risk item - cleared",
        "Risk queue auto item (extras/open-amount ratio 58%). Massage business, extras = upgrades/gratuity. Cleared, no call made.",
        "omar", ev=1),
      O("2016-09-30", "Jadeleaf - Renewal 2016", "Renewal", "Closed Won", 1380, "Renewed, added 2nd terminal.", "marcus", ev=1),
     ],
     "Reading the open-amount 'Extra' item together with a cardholder's chargeback letter describing paid sex acts found via a buyer review site shows commercial sex through the customer's own billing setup; risk cleared it without a call.",
     12)

acct("positive", "illicit_massage", "Heavenbrook Massage", "Personal Services", "Customer - Direct",
     "", "(609) 555-0133", "440 Tollgate Rd", "Brookfield", "NJ", "08512",
     95000, 3,
     "Asian massage, 3 rooms, open 7 days. Card + cash. Signer Xiu 'Susan' Lin.",
     "priya", "2013-05-06",
     [("Xiu", "Lin", "Owner", "susan.lin", "1980-02-14"), ("Rick", "Moreau", "(not on acct) - 'husband'", "rick.m", "")],
     [
      N("2013-05-06", "Signed",
        "Signed at the store. Susan speaks v little English; Rick (not on the app) negotiated everything and asked for daily deposits to a different bank acct than the LLC's, in his name. Told him has to be the LLC acct. He wasn't happy.",
        "priya", ev=1),
      C("2014-11-03", "Records request - Brookfield Co Sheriff",
        "Fax from Brookfield County Sheriff's Office, Det. R. Haines: 'investigation into prostitution and human trafficking at 440 Tollgate Rd (Heavenbrook)'. Wants merchant statements, signer ID and bank acct on file.",
        "Fwd legal 11/3, produced 11/19. Risk to review acct.", "lisa", ev=2, origin="Fax",
        typ="Legal Request", prio="High", days=16),
      N("2014-12-10", "Sheriff req review",
        "Reviewed per sheriff request. No CBs, volume ok for 3 rooms. Keep open; no further action unless charges filed.",
        "omar", ev=1),
      C("2015-02-17", "Reactivate terminal + 2nd location",
        "Merchant says store was closed by the county for 30 days, reopened now. Wants T3 re-activated. Rick also asks to open 'Heavenbrook 2' in Millville 'under my cousin's name', same bank.",
        "Reactivated. 2nd location lead sent to Priya.", "jenna", ev=1, who=1),
      O("2015-03-20", "Heavenbrook 2 - Millville", "New Business", "Closed Won", 1200,
        "New MID, 2 terminals. Signer: Jin Lin (cousin). Rick main contact.", "priya", ev=1),
     ],
     "A sheriff's trafficking and prostitution inquiry, plus a county closure and a non-owner steering money and opening a second store under a relative's name, put the provider on notice; it reactivated the store and sold it a second location.",
     14)

acct("positive", "illicit_massage", "Orchidvale Relax Spa", "Personal Services", "Customer - Direct",
     "www.orchidvalerelax.example", "(407) 555-0148", "7712 Kestrel Bend Rd", "Orlando", "FL", "32809",
     120000, 4,
     "Spa/massage, BC Book + BC Pay. Online booking heavy.",
     "dana", "2016-02-08",
     [("Linda", "Sun", "Owner", "linda", "")],
     [
      T("2016-02-25", "Add services to menu",
        "Owner asked to add 'Table shower' and 'Nuru' as bookable services, 60 min $120. Asked what nuru is, she said 'special, men like'. Added.",
        "jenna", ev=1),
      N("2016-06-14", "Googled merchant for case study - NOT a fit",
        "Was going to pitch them for a customer story. Googled the name: top results are a buyer review board - posts like 'new girl, 19, FS for 160, no rush, mamasan cool'. Their listing links straight to our BC Book page + store phone. Sending to Lisa.",
        "kelly", ev=2),
      C("2016-06-20", "Risk review - Orchidvale Relax",
        "Per Kelly. Confirmed listing on review board with our booking URL and store phone. 11 reviews in last 90 days describe sexual services and prices; two mention the girls 'sleep there'.",
        "Recommend termination. -- Mgr override: merchant denies, says reviews are fake/competitors. Keep, monitor 90d. (no follow-up scheduled)", "lisa", ev=1,
        origin="Internal", typ="Risk Review", prio="High", days=5),
      O("2017-02-15", "Orchidvale Relax - Renewal 2017", "Renewal", "Closed Won", 1500, "Renewal + SMS pack.", "dana", ev=1),
      N("2018-09-04", "Booking page title",
        "Owner asked to change booking page title from Orchidvale Relax Spa to 'O.V. Wellness' - 'too many bad people search our name'. Done.",
        "jenna", ev=1),
     ],
     "Staff found the customer's own booking page linked from a sex-buyer review board describing paid sex with young workers who sleep on site; termination was recommended but overridden and the account renewed.",
     15)

acct("positive", "straw_owner", "Sunrisa Foot & Body (Marlow Ave)", "Personal Services", "Customer - Direct",
     "", "(718) 555-0151", "1930 Marlow Ave", "Brooklyn", "NY", "11230",
     210000, 6,
     "Foot reflexology / body. BC Pay + 2 T3. Owner of record Ling Xu; David Park (consultant) main contact.",
     "marcus", "2015-10-05",
     [("Ling", "Xu", "Owner", "sunrise.ocean", "1989-11-30"), ("David", "Park", "Consultant", "dpark.consult", "")],
     [
      N("2015-10-05", "New merchant",
        "Owner of record Ling Xu. David (says he's a 'consultant') did all the talking, filled the app on his laptop, says he has 4 other foot spa clients he 'helps'. Ling signed where he pointed.",
        "marcus", ev=1),
      N("2016-03-18", "Dup check hit - bank 4471",
        "Underwriting dup check: settlement acct ending 4471 also on 3 other merchants - Happifeet Reflexology (owner Y. Sun), Relaxtation Spa (H. Jin), Dragonwell Foot Spa (Q. Li). All 4 apps list David's mobile (555-0142) and the same gmail-style domain. Diff LLCs, same registered agent.",
        "omar", ev=1),
      T("2016-03-22", "Verify ownership call",
        "Called store to verify Ling Xu is owner. Woman who answered said 'laoban bu zai' (boss not here) and hung up. David called back in <5 min from unknown # - said Ling can't talk on phone, 'all questions to me'. Asked how many employees: 'they stay with us, like family, we give food and room'.",
        "omar", ev=2, who=1),
      C("2017-07-11", "ACH return R02",
        "Deposits to 4471 returned R02 acct closed. Merchant sent new acct at diff bank. The bank's letter (David forwarded by mistake) says relationship ended due to 'activity inconsistent with stated business'.",
        "Updated banking. Also: David sent a local news link saying Dragonwell Foot Spa was raided by state police 6/30 and asked us to 'move that MID volume' onto Marlow Ave. Declined moving volume. Closed.", "ray", ev=1, who=1, typ="Problem"),
      O("2017-11-01", "Sunrisa Marlow - Renewal", "Renewal", "Closed Won", 1100, "Renewed. David signed as 'authorized agent'.", "marcus", ev=1),
     ],
     "One consultant controls four massage storefronts through straw owners sharing a bank account, speaks for the nominal owner and says workers live with them; bank exit and a raid at a sister store followed.",
     14)

acct("positive", "straw_owner", "Bluskye Therapy Group LLC", "Personal Services", "Customer - Direct",
     "www.bluskyetherapy.example", "(972) 555-0162", "1505 W Tallowmere Rd", "Richardson", "TX", "75080",
     330000, 9,
     "3 massage locations: Bluskye Therapy, Cloudnyne Bodywork, Skyvea Spa. 3 MIDs, 5 T3. Signer Amy Tran.",
     "priya", "2017-01-09",
     [("Amy", "Tran", "Owner", "amy", "1994-06-21"), ("Kevin", "Doan", "Guarantor", "kdoan", "")],
     [
      N("2017-01-09", "UW - 3 LLCs",
        "Signer Amy Tran, DOB 1994, 100% owner of 3 LLCs. Thin credit file, lists occupation 'student' on the PG. Guarantor line signed by Kevin Doan, who also called in to push approval. Approved w/ 5% reserve.",
        "omar", ev=1),
      C("2017-05-30", "Caller re: ownership",
        "Caller ID'd as Amy Tran: said she 'just signed papers for Kevin' and doesn't know the businesses, wants to know how to get her name off. Sounded scared, said 'please don't tell him I called'. Call dropped.",
        "Couldn't reach again, left vm x2. Closed - no response.", "ray", ev=1, who=0, prio="Low"),
      N("2017-08-15", "News - Cloudnyne Bodywork",
        "Local news: Cloudnyne Bodywork was 1 of 6 parlors searched in multi-agency op; 9 women taken to victim services, Kevin Doan arrested for promoting prostitution, article says he had a similar charge in 2011. All 3 of our MIDs still open.",
        "lisa", ev=2),
      O("2017-10-10", "Skyvea Spa - terminal refresh", "Upsell", "Closed Won", 600, "2 T4s for Skyvea Spa. Kevin's assistant ordered.", "priya", ev=1),
     ],
     "A young straw owner fronting three massage LLCs said she only signed for the guarantor; news then reported the guarantor's arrest for promoting prostitution and women taken to victim services, yet the provider kept the accounts and upsold.",
     13)

acct("positive", "motel", "Starlow Motor Inn", "Hospitality", "Customer - Direct",
     "www.starlowmotorinn.example", "(602) 555-0173", "4030 E Quillon St", "Phoenix", "AZ", "85008",
     410000, 8,
     "42-room motel. BC Book (PMS lite) + BC Pay + 2 T3. 3-yr contract.",
     "marcus", "2013-08-12",
     [("Raymond", "Kell", "GM", "gm", ""), ("Carla", "Diaz", "Front Desk", "frontdesk", "")],
     [
      C("2013-09-10", "Rate plans - short stay",
        "GM wants 2 hr and 4 hr rate plans on the booking page and a 'short stay' button at front desk. Also wants guest ID field optional.",
        "Set up per request. closed", "jenna", ev=1, typ="Feature Request"),
      N("2014-04-22", "Terminal swap - front desk",
        "Swapped desk terminal. Clerk said 'cops here every weekend'. Rooms 112, 114, 116 always rented to a guy called Dre, pays cash weekly for all 3, lots of men in and out. Housekeeper told me (Spanish): 'Hay muchachas muy jóvenes en el 114, no salen nunca, él tiene las llaves y el gerente lo sabe.'",
        "hector", ev=2),
      T("2014-04-23", "Hector's note - send to risk?",
        "Talked w/ Marcus. Good acct, 3 yr contract. Not our business what guests do. No action.",
        "kelly", ev=1, typ="Other"),
      C("2015-11-02", "Grand jury subpoena - FBI",
        "FBI (SA J. Moreno) grand jury subpoena for reservation and payment records, rooms 112-116, Jan 2014 - Oct 2015.",
        "Produced via legal 11/20.", "lisa", ev=1, origin="Email", typ="Legal Request", prio="High", days=18),
      O("2016-01-20", "Starlow - 3 yr renewal", "Renewal", "Closed Won", 8600, "Renewed 3 yrs + 2 extra T3.", "marcus", ev=1),
     ],
     "The customer set up hourly rates with optional ID, and a housekeeper told our tech that very young girls were kept in a room with the manager's knowledge; staff chose no action and renewed after an FBI subpoena.",
     16)

acct("positive", "truck_stop", "Brackwater Travel Plaza", "Retail - Fuel", "Customer - Direct",
     "", "(423) 555-0184", "8800 Brackwater Rd", "LaFayette", "GA", "30728",
     2600000, 22,
     "Truck stop: fuel, diner, 24-room motel. POS at 3 lanes + diner, BC Book for motel only.",
     "dana", "2014-06-16",
     [("Gary", "Pruitt", "Owner", "gary", "1962-03-11"), ("Lynn", "Pruitt", "Office Mgr", "office", "")],
     [
      N("2014-06-20", "Signed",
        "Owner Gary wants booking app for the motel only, 'no online reviews widget please'. Motel side mostly cash.",
        "dana"),
      C("2015-03-03", "Disable ID scan",
        "Gary asks to turn off DL scan at motel check-in ('truckers complain') and to allow check-in with no name, room # only.",
        "ID scan is optional - disabled. Name can't be blank, told him to enter 'GUEST'.", "jenna", ev=1),
      C("2016-07-19", "Sheriff records request",
        "Walker Co Sheriff's Office requests check-in logs rooms 20-24, 6/1-7/15. Deputy said on the phone a 16 y/o girl was recovered from rm 22 during a sting, 2 men arrested, and it's 'the third time this year out there'.",
        "Logs produced 7/26. Gary called angry asking why we gave 'his' data.", "lisa", ev=2,
        typ="Legal Request", prio="High", days=7),
      T("2016-08-02", "Retention setting",
        "Gary wants check-in logs kept 48 hrs only. Approved custom retention as an exception (needs eng ticket ENG-3312).",
        "tomas", ev=1, who=0),
      O("2017-06-05", "Brackwater - fuel island upgrade", "Upsell", "Closed Won", 4800, "EMV at 6 pumps + diner T4.", "dana", ev=1),
     ],
     "After the owner disabled ID capture, a sheriff recovered a 16-year-old from a motel room in the third sting that year; the provider then granted the owner a 48-hour log retention exception and upsold.",
     15)

acct("positive", "hotel", "Lakemoor Inn & Suites", "Hospitality", "Customer - Direct",
     "www.lakemoorinnsuites.example", "(216) 555-0195", "1200 Moorline Ave", "Euclid", "OH", "44119",
     1900000, 31,
     "96 rooms, independent. BC Pay + BC Book PMS + channel mgr.",
     "priya", "2012-11-05",
     [("Paul", "Dressler", "GM", "pdressler", ""), ("Nina", "Hoyt", "Front Office Mgr", "nhoyt", "")],
     [
      N("2013-07-08", "QBR",
        "Occupancy up 12%. Paul asked if we can flag guests who rent by the week 'with lots of visitors'. No product for that. Said he'd track by hand.",
        "tomas"),
      C("2015-05-12", "Terminal decline loop - front desk",
        "Terminal stuck in decline loop. While on the line the desk clerk said (recorded): 'the manager rents the back rooms to the same guy for the girls, he gives her fifty a room on top, some of them are kids honestly, don't tell anyone I said that.'",
        "Terminal fixed (re-keyed). The room comment isn't a support matter - closed.", "ray", ev=2, typ="Problem"),
      C("2016-10-04", "AG civil investigative demand",
        "State AG office CID re Lakemoor Inn: 'civil action for knowingly benefiting from the sex trafficking of minors at the property 2013-2016'. Requests payment records rooms 140-148.",
        "Legal produced 10/28. Acct kept; sales says GM calls it 'a shakedown'.", "lisa", ev=1,
        origin="Email", typ="Legal Request", prio="High", days=24),
      N("2017-01-20", "FYI news",
        "Local news: Lakemoor's front office mgr charged; girls aged 15 and 17 recovered from the hotel last Aug. Hotel still open under a new mgmt co.",
        "lisa", ev=1),
      O("2017-03-15", "Lakemoor - 2017 renewal + channel mgr", "Renewal", "Closed Won", 9600, "Renewal. New mgmt co signs.", "priya", ev=1),
     ],
     "A desk clerk told support on a recorded line that the manager rented rooms to a man selling girls, some children; an AG trafficking investigation and charges followed and the provider renewed.",
     16)

acct("positive", "hotel", "Pacrest Harbor Hotel", "Hospitality", "Customer - Direct",
     "www.pacrestharborhotel.example", "(253) 555-0106", "3300 Harborcrest Hwy E", "Fife", "WA", "98424",
     1100000, 18,
     "64 rooms near I-5. BC Pay + BC Book PMS.",
     "marcus", "2014-02-17",
     [("Victor", "Lum", "Owner", "victor", ""), ("Grace", "Yi", "Night Auditor", "audit", "")],
     [
      C("2016-04-11", "Data retention request",
        "Owner asks us to purge guest registration after 7 days and stop storing cardholder names on folios. Reason: 'privacy, we have many guests who don't want to be found'. Also asked if we keep logs showing who pays for multiple rooms.",
        "Std retention for card data is 7 yrs per agreement. Escalated to product for exception - product said no.", "jenna", ev=1,
        origin="Email", typ="Feature Request", days=6),
      N("2016-04-13", "F/u w/ Victor re retention",
        "He asked again whether police can get our data 'without going through me'. Told him yes, w/ legal process. Says he'll think about moving providers. Keep an eye on renewal.",
        "kelly", ev=1),
      C("2017-09-28", "HSI administrative subpoena",
        "Admin subpoena from HSI (SA L. Ng) for folio + payment records Jan 2015 - Sep 2017, incl. any card paying for 3+ rooms a night. Caption on the subpoena: 'US v. [redacted], 18 USC 1591'.",
        "Produced 10/12.", "lisa", ev=2, origin="Email", typ="Legal Request", prio="High", days=14),
      O("2018-01-31", "Pacrest Harbor - Renewal 2018", "Renewal", "Closed Won", 5200, "Renewed. Owner asked again abt retention; no change.", "marcus", ev=1),
     ],
     "The owner's push to purge guest and multi-room payer data so guests 'can't be found' and to keep police away, read with an HSI sex-trafficking (18 USC 1591) subpoena for multi-room payers, shows the hotel as the venue.",
     13)

acct("positive", "motel", "Fortymile Motel", "Hospitality", "Customer - Direct",
     "", "(610) 555-0117", "2280 Fortymile Rd", "Easton", "PA", "18042",
     260000, 5,
     "30 rooms. Mostly cash. BC Pay 1 T3, BC Book basic.",
     "dana", "2012-06-04",
     [("Raj", "Mehra", "Owner", "raj40", "")],
     [
      N("2013-02-12", "Visit",
        "Owner Raj: 'they pay cash, we don't ask names, that's why they come here.' Wants card only for the occasional traveler. Low vol but steady.",
        "dana", ev=1),
      C("2014-08-05", "Bank change",
        "Changing settlement bank; says old bank 'closed us for no reason'. New acct at a credit union.",
        "Updated after call-back verify.", "ray", ev=1),
      N("2015-04-16", "City nuisance action",
        "City of Easton filed nuisance abatement vs Fortymile Motel: 61 police calls in 12 mo incl. prostitution arrests and a missing 16 y/o found in rm 9. Court ordered hourly rentals stopped. (From court notice Raj emailed asking if we can 'help with records'.)",
        "lisa", ev=2),
      T("2015-05-02", "Rename rate",
        "Raj asked to rename '3 HR STAY' rate to 'Early Checkout Discount' on the booking app, same price. Done.",
        "jenna", ev=1),
      O("2016-02-10", "Fortymile - Renewal 2016", "Renewal", "Closed Won", 780, "Renewed 1 yr, Raj paid by check.", "dana", ev=1),
     ],
     "A cash-no-names motel whose bank dropped it faced a city nuisance action citing prostitution arrests and a missing 16-year-old found in a room, then had us disguise its hourly rate; the provider renewed.",
     13)

acct("positive", "motel", "Restwick Motel", "Hospitality", "Customer - Direct",
     "", "(317) 555-0128", "5120 W Ferncliff St", "Indianapolis", "IN", "46241",
     230000, 4,
     "28 rooms. BC Pay + BC Book basic.",
     "priya", "2014-09-22",
     [("Jim", "Pardee", "Manager", "jim", ""), ("Deb", "Oakes", "Owner", "deb", "")],
     [
      T("2015-06-03", "Day rate",
        "Jim asked about pricing for a 'day rate' (check-in 10am, out by 6pm). Explained how to build it. Fine.",
        "jenna", who=0),
      C("2017-02-08", "Chargeback - room 27",
        "Cardholder disputes $89 x 6 nights, says card used w/o permission. Merchant has signed reg card.",
        "Lost - merchant missed response deadline. Also: Det. Alvarez (Marion Co PD) called about this same card. Card belonged to a man charged w/ trafficking a 15 y/o out of rm 27; det. says Jim (our contact) took cash 'extras' to look the other way and is charged too. Closing CB case.",
        "ray", ev=2, typ="Chargeback", days=30),
      N("2017-06-30", "Contact change",
        "Jim no longer w/ property. Deb (owner) now main contact. Still billing.",
        "anne", ev=1),
      O("2018-01-25", "Restwick - Renewal 2018", "Renewal", "Closed Won", 720, "Renewed w/ Deb.", "priya", ev=1),
     ],
     "The decisive fact sits in a chargeback's closing comment: a detective said the customer's manager was charged for taking cash to ignore a 15-year-old being trafficked from a room.",
     11)

acct("positive", "nail_salon", "Prettique Nails & Spa", "Personal Services", "Customer - Direct",
     "www.prettiquenails.example", "(404) 555-0139", "3400 Dovecote Hwy Ste 9", "Atlanta", "GA", "30329",
     380000, 9,
     "Nail salon, 8 techs. 2 T3, BC Book, payroll add-on from 2016.",
     "dana", "2015-03-16",
     [("Hanh", "Nguyen", "Owner", "hanh", "1968-05-05"), ("Bao", "Nguyen", "Mgr", "bao", "")],
     [
      E("2015-03-20", "Install 2 terminals",
        "Installed 2 T3. Salon has apartment upstairs, owner says 'my workers live upstairs, free for them'. 8 techs, all young women, came from VN 'through my cousin'. They go up/down by back stairs, didn't leave during the 3 hrs I was there.",
        "Onsite", "hector", ev=1, typ="Site Visit", start="11:00", dur=180),
      C("2016-05-11", "Payroll add-on - deductions",
        "Mrs. Hanh asks if payroll can take out $600/mo per tech for 'room and travel loan' and pay the rest in cash. Also wants card tips to go to owner acct, not techs.",
        "Explained deductions must follow state law and tip-out feature pays tips to the worker. She said she'll do it manually. Closed.", "jenna", ev=1, typ="Question"),
      T("2016-09-07", "Call from tech re tips",
        "Tech called support from salon phone asking how to get her tips. Linh translated (VN): 'Chị chủ giữ hộ chiếu của em, em chưa trả hết nợ, em không được ra ngoài một mình.' = Owner keeps my passport, I haven't paid off my debt, I'm not allowed to go out alone. Line went quiet and she hung up.",
        "linh", ev=2),
      N("2016-09-08", "Re Linh's call",
        "Not really a support issue? Asked risk - Omar said 'labor matter, not payments'. Closed out.",
        "jenna", ev=1),
      O("2017-03-01", "Prettique Nails - 2nd location", "New Business", "Closed Won", 1650, "2nd store in Doraville, 2 T3 + payroll.", "dana", ev=1),
     ],
     "Workers housed above the salon, an owner asking to deduct room-and-travel debt and keep tips, and a worker's own words that the owner holds her passport and she cannot go out alone add up to forced labour; staff closed it as not a payments matter.",
     14)

acct("positive", "nail_salon", "Diamondine Nails Studio", "Personal Services", "Customer - Direct",
     "", "(714) 555-0140", "15520 Larkmoor St", "Westminster", "CA", "92683",
     310000, 8,
     "Nail salon, 7 techs. BC Pay + payroll add-on.",
     "marcus", "2016-06-13",
     [("Tony", "Vo", "Owner", "tonyvo", "")],
     [
      C("2016-08-03", "Payroll - custom deduction",
        "Owner wants a custom deduction 'VISA FEE REPAY' $250/wk for 5 of 7 techs. Says they agreed. Asked whether techs get their own payroll login: 'no, I handle everything for them'.",
        "Custom deduction created.", "ray", ev=1, typ="Question"),
      T("2016-08-15", "W-2 portal emails",
        "All 7 tech records have owner's mobile + email. Asked for techs' own emails for the W-2 portal; owner: 'they don't have phone, they don't need'.",
        "anne", ev=1),
      C("2018-02-20", "Records request - US DOL WHD",
        "DOL Wage & Hour investigator requests payroll, deduction and tip records for Diamondine Nails 2016-2018. Letter mentions 'complaint from worker alleging debt bondage / forced labor'.",
        "Produced via legal. Acct open.", "lisa", ev=2, origin="Email", typ="Legal Request", prio="High", days=12),
      O("2018-05-01", "Diamondine Nails - Renewal", "Renewal", "Closed Won", 940, "Auto-renew, payroll add-on kept.", "marcus", ev=1),
     ],
     "A weekly 'visa fee repay' deduction we configured, workers with no phones or logins of their own, and a DOL records request over a forced-labour complaint together show debt bondage in the salon.",
     11)

acct("positive", "review_board", "NiteTallyBoard", "Internet / Online Community", "Customer - Direct",
     "www.nitetallyboard.example", "(702) 555-0152", "3960 Silverlode Pkwy Ste 500", "Las Vegas", "NV", "89169",
     760000, 6,
     "'Nightlife review community'. Recurring VIP memberships via BC Pay API. ~4k paying members.",
     "marcus", "2013-10-14",
     [("Brent", "Salazar", "Founder", "brent", ""), ("Ops", "Team", "Admin", "ops", "")],
     [
      N("2013-10-14", "UW notes - approved",
        "Site reviewed: members post 'reviews' of 'providers' per city board, each w/ price, acts done, 'AMP' or 'independent' tag, age guess and photo links. VIP $20/mo unlocks full reviews. Approved MCC 7299 per Marcus (says 'forum, we don't host ads').",
        "omar", ev=2),
      C("2014-06-02", "Descriptor change",
        "Merchant wants descriptor changed from NITETALLYBOARD to 'NTB DIGITAL SVCS' because 'members' wives see statements'.",
        "Changed.", "jenna", ev=1),
      C("2015-07-08", "Acquirer inquiry - adult adjacent",
        "Acquiring bank risk: after card brand action vs adult classifieds this month, reviewing merchants in adult-adjacent categories; NiteTallyBoard flagged. Asks for content review.",
        "Sent bank Marcus's summary: 'community forum, no adult content hosted'. Bank accepted.", "omar", ev=1,
        origin="Email", typ="Risk Review", prio="High", days=9),
      T("2016-11-09", "SE scoping - badges + city search",
        "Custom build: 'trusted reviewer' badge (5+ reviews) gets free VIP month, and faster city/provider search. Wei scoping 40 hrs.",
        "wei", ev=1, typ="Meeting"),
      N("2018-04-10", "Post-FOSTA ask",
        "Brent asks if we'll keep processing after the new federal law; they're moving servers offshore + re-incorporating. Wants new MID under 'NTB Holdings Ltd' and same descriptor.",
        "marcus", ev=1),
     ],
     "Underwriting itself documented a paid board of reviews of commercial sex 'providers' with prices, acts and AMP tags, then masked the descriptor, misdescribed the site to the bank and built features to grow it.",
     15)

acct("positive", "review_board", "The Hobbyvane Ledger", "Media / Publishing", "Customer - Direct",
     "www.hobbyvaneledger.example", "(832) 555-0163", "PO Box 88213", "Houston", "TX", "77288",
     290000, 3,
     "Online subscription community / 'entertainment reviews'. Recurring billing.",
     "priya", "2016-01-11",
     [("Admin", "Ledger", "Site Admin", "admin", "")],
     [
      C("2016-03-17", "Member can't see VIP content",
        "Merchant fwd a member email: 'paid VIP but still can't see the AMP reviews for Houston, and the board with the new asian girls at the spa on Westheimer is locked. whats the point of paying'",
        "Cache issue on their paywall plugin. Fixed.", "ray", ev=2, origin="Email", typ="Problem"),
      C("2017-01-30", "Descriptor + refund wording",
        "Admin asks descriptor 'HV MEDIA' and refund receipts to read 'digital subscription' only, nothing else.",
        "Done.", "jenna", ev=1, origin="Email"),
      N("2017-05-02", "SE scoping call",
        "They want payment page embedded inside the 'hobbyist' subforum; tiers 'Reviewer' (free if 3+ reviews/mo) vs 'Lurker' $30. Admin said reviews = 'visits to massage places and escorts, with details'. They want us to keep reviews flowing, basically.",
        "wei", ev=1),
      O("2017-06-20", "Hobbyvane Ledger - tiered membership build", "Upsell", "Closed Won", 7500, "Custom tier logic + embedded checkout.", "priya", ev=1),
     ],
     "A support ticket shows members paying to read reviews of massage-parlour and escort services; staff then learned reviews are 'visits' with details and built a tier that rewards posting more of them.",
     12)

acct("positive", "money_service", "Quiksendo Money Center", "Financial Services", "Customer - Direct",
     "www.quiksendomc.example", "(602) 555-0174", "5101 W Saguaro Bend Rd", "Phoenix", "AZ", "85031",
     1400000, 6,
     "Check cashing + card-funded transfers. BC Pay + 3 T3. Registered MSB per app.",
     "dana", "2014-11-03",
     [("Ernesto", "Vallejo", "Owner", "evallejo", ""), ("Mara", "Vallejo", "Compliance", "compliance", "")],
     [
      N("2015-06-09", "Monthly review - transfers",
        "41 card-funded transfers just under $3k ($2,900-$2,990) from 9 different cards to the same receiver acct over 18 days. Merchant says 'family remittances'.",
        "omar", ev=1),
      C("2015-09-21", "Funnel pattern - receiver M. Ortiz",
        "Risk analytics: receiver 'M. Ortiz' gets card-funded sends through agent locations in 6 states (TX, LA, GA, NV, AZ, FL); senders are women 18-24 per ID scans, same 6-8 women rotating; cash pulled only in Phoenix at Quiksendo counter. BIN data shows many of the same cards paying online classified ad sites the same days, plus motels.",
        "Asked merchant. Owner: 'not my business who sends money'. Internal SAR referral opened - pending.", "omar", ev=2,
        origin="Internal", typ="Risk Review", prio="High", days=24),
      T("2015-10-15", "SAR referral closed",
        "Closed referral: merchant is an MSB w/ its own AML obligations, not ours. No SAR.",
        "omar", ev=1, typ="Other"),
      C("2016-06-01", "Sponsor bank exit",
        "Sponsor bank instructs termination of Quiksendo for 'BSA risk'. Merchant asks to continue via our other sponsor bank.",
        "Moved to Bank B per sales request (exception signed by VP Sales).", "lisa", ev=1,
        origin="Email", typ="Risk Review", prio="High", days=10),
      O("2016-07-15", "Quiksendo - add 2 locations", "Upsell", "Closed Won", 3600, "Mesa + Glendale counters.", "dana", ev=1),
     ],
     "Structured just-under-$3k transfers from rotating young women in six states funnelled to one Phoenix receiver, with the same cards paying classified ad sites and motels, matches the trafficking funnel pattern; the referral was closed and a bank exit worked around.",
     15)

acct("positive", "money_service", "Primavex Pay Express", "Financial Services", "Partner - Payfac",
     "www.primavexpay.example", "(305) 555-0185", "1110 Coralgate Ave Fl 7", "Miami", "FL", "33131",
     5400000, 14,
     "ISO/payfac, 300+ sub-merchants. Wholesale processing through BC Pay partner program.",
     "priya", "2015-08-03",
     [("Sergio", "Maldonado", "CEO", "sergio", ""), ("Kira", "Voss", "Risk", "risk", "")],
     [
      N("2015-08-03", "Intro",
        "Primavex Pay = payfac, 300+ subs, mostly 'dating and personals'. Lost their processor last month (right after Visa/MC stopped adult classifieds on July 1). Urgent, want live in 2 wks. Big volume.",
        "priya", ev=1),
      C("2015-08-12", "UW - sub-merchant sample",
        "Sampled 25 sub-merchants: 18 are escort/'companion' ad sites or agencies listing hourly rates. Applicant proposes MCC 7299 for all instead of 7273/5967.",
        "UW declined 7299. AE appealed. Approved as MCC 5968 'subscription' as compromise by Sales VP.", "omar", ev=2,
        origin="Internal", typ="Risk Review", prio="High", days=9),
      T("2015-09-10", "Onboarding feed fields",
        "Primavex Pay asks us NOT to receive sub-merchant URLs in the onboarding feed, only IDs + volume - 'competitive reasons'. Agreed.",
        "wei", ev=1),
      O("2016-03-01", "Primavex Pay - volume tier 2", "Upsell", "Closed Won", 60000, "Tier 2 pricing, higher daily cap.", "priya", ev=1),
      C("2016-12-05", "MC BRAM inquiry",
        "Mastercard BRAM inquiry on 3 Primavex Pay sub-merchants: test buys landed on escort ad posting sites. $25k assessments.",
        "Passed fines to Primavex Pay. Subs 'closed' - same owners re-boarded under new names Jan 2017 per Kira.", "lisa", ev=1,
        origin="Email", typ="Risk Review", prio="High", days=20),
     ],
     "A payfac dropped right after the card brands cut off adult classifieds was onboarded knowing most sampled sub-merchants were escort sites, miscoded to MCC 5968 and allowed to hide sub-merchant URLs.",
     14)

acct("positive", "escort_platform", "Velvetine Companions", "Internet / Booking", "Customer - Direct",
     "www.velvetinecompanions.example", "(646) 555-0196", "350 W Halden St Ste 12", "New York", "NY", "10036",
     1200000, 7,
     "'Social companion booking' for models in 3 cities. BC Book w/ deposits + BC Pay.",
     "marcus", "2014-03-12",
     [("Nadia", "Orlov", "Director", "nadia", ""), ("Chris", "Fenn", "Tech lead", "chris", "")],
     [
      N("2014-03-12", "Signed",
        "~40 'models' NYC/Miami/Vegas. Hourly bookings $250-$600, incall/outcall, deposit via BC Book, balance 'to the model in person'.",
        "marcus", ev=1),
      C("2014-07-22", "Profile text filter",
        "Client wants model profile descriptions to auto-strip words like 'young', 'teen', 'barely', 'new girl', 'petite 17' before publishing, WITHOUT rejecting the profile. Wei built a replace regex on the profile field.",
        "Regex deployed per request.", "wei", ev=2, typ="Feature Request", who=1),
      C("2015-07-06", "Acquirer termination notice",
        "Acquirer: following card brand changes 7/1, escort/companion booking merchants must be terminated within 30 days.",
        "Sales asked to reclassify. Pending.", "lisa", ev=1, origin="Email", typ="Risk Review", prio="High", days=14),
      N("2015-07-20", "Reclassified",
        "Reclassified as 'event staffing' MCC 7361 per sales. Acct kept.",
        "omar", ev=1),
      O("2016-01-15", "Velvetine - Renewal 2016", "Renewal", "Closed Won", 14400, "Renewal + 4th city.", "marcus", ev=1),
     ],
     "An hourly incall/outcall companion service asked us to silently strip words like 'teen' and '17' from profiles, then avoided the card-brand cutoff by being recoded as event staffing.",
     14)

acct("positive", "escort_platform", "Nitelynx Dating", "Internet / Classifieds", "Customer - Direct",
     "www.nitelynxdating.example", "(514) 555-0107", "1010 Rue des Ormeaux O", "Montreal", "QC", "H3B 1G1",
     3100000, 20,
     "Classifieds 'personals & dating', US + CA. Paid ad bumps $5-$20. BC Pay API.",
     "priya", "2016-09-14",
     [("Julien", "Marchand", "CTO", "julien", ""), ("Tess", "Coleman", "Finance", "finance", "")],
     [
      N("2016-09-14", "Signed",
        "Prior processor terminated them 8/2016 ('no reason given'). ~1.2M ads/yr. Need live fast.",
        "priya", ev=1),
      C("2017-01-17", "Category migration",
        "Julien email: 'On veut garder les annonces escorte mais sous « rencontres », les clients ne verront pas la différence. Vos règles anti-fraude lisent-elles le texte? Les mots comme « roses » ou « donation » posent problème?' = they want to keep escort ads but under 'dating', and ask if our fraud rules read ad text for words like 'roses' / 'donation'.",
        "Told them fraud rules don't scan ad text. SE call set.", "jenna", ev=2, origin="Email", who=0),
      E("2017-01-24", "SE call - migration",
        "Scoping the move. Confirmed 'adult' cat = 87% of paid bumps. They want a bulk repost tool so old ad IDs carry over into 'dating'.",
        "GoToMeeting", "wei", ev=1, who=0),
      C("2018-04-12", "Post-FOSTA plan",
        "Client removing US 'dating' section after 4/11; moving US users to a mirror hosted abroad, wants to keep billing through us under a Cyprus entity.",
        "Sent to risk.", "jenna", ev=1, origin="Email"),
      N("2018-04-30", "Risk decision",
        "Approved continuing w/ 10% reserve. No content review done.",
        "omar", ev=1),
     ],
     "The customer wrote (in French) that it would keep escort ads under a 'dating' label and asked whether our rules read coded price words; escort was 87% of paid revenue and billing continued offshore after FOSTA.",
     13)

acct("positive", "labour_recruitment", "Elitrex Staffing Solutions", "Staffing", "Customer - Direct",
     "www.elitrexstaffing.example", "(504) 555-0118", "2400 Cypressmere Blvd Ste 300", "Metairie", "LA", "70002",
     2300000, 70,
     "Hotel housekeeping staffing, 14 hotels. BC Payouts to prepaid cards.",
     "dana", "2013-04-15",
     [("Gordon", "Blaise", "President", "gblaise", ""), ("Rosa", "Ibarra", "Ops", "ops", "")],
     [
      N("2013-04-18", "Signed",
        "Places housekeepers in 14 hotels. Workers from PH & MX on H-2B. Wants payouts to prepaid cards.",
        "dana"),
      C("2014-02-11", "Payout cards - one address",
        "All 62 payout cards mailed to same address (Elitrex office). Loads mostly cash-withdrawn at one ATM by 2 people within the hour. Risk flag.",
        "Elitrex says it 'distributes cards to workers'. Closed OK.", "omar", ev=1, origin="Internal", typ="Risk Review"),
      T("2014-09-03", "Worker call",
        "Worker called (Spanish): 'Me dijeron que debo $4,500 por el viaje y la casa. Tienen mi pasaporte. No me dan la tarjeta, solo efectivo poquito.' Gave her Elitrex's number.",
        "ray", ev=2),
      C("2015-04-01", "Payout file deductions",
        "Elitrex wants deductions applied before card load: housing $175/wk, transport $40/wk, 'recruitment' $300/wk.",
        "Configured.", "wei", ev=1, typ="Feature Request"),
      O("2016-04-20", "Elitrex - Renewal 2016", "Renewal", "Closed Won", 6200, "12 mo renewal, payouts volume up 30%.", "dana", ev=1),
     ],
     "Cards mailed to and drained by the employer, a worker saying she owes $4,500 and her passport is held, and recruitment/housing deductions we configured show debt bondage of the customer's workers.",
     14)

acct("positive", "agriculture", "Greenvale Harvest Labor", "Agriculture", "Customer - Direct",
     "", "(559) 555-0129", "1800 Cottonrow Rd", "Madera", "CA", "93637",
     3800000, 130,
     "Farm labor contractor, ~120 H-2A workers, 3 growers. BC Payouts + camp store POS.",
     "marcus", "2016-02-08",
     [("Dale", "Ruckert", "Owner", "dale", ""), ("Efrain", "Soto", "Crew boss", "efrain", "")],
     [
      N("2016-02-10", "Signed",
        "Payouts for workers + 1 T3 for the 'camp store'. Store sells on tab, deducted from pay.",
        "marcus", ev=1),
      E("2016-06-15", "Camp store install",
        "Installed T3 at camp store. Prices ~2x town. Camp is behind a locked gate w/ a guard, crew boss collects phones at night 'so they sleep'. Workers can't leave w/o van.",
        "Onsite", "hector", ev=1, typ="Site Visit", start="09:00", dur=120),
      C("2016-10-05", "In-app message from worker",
        "Message via payout app (Spanish): 'Nos quitaron los pasaportes y dicen que debemos $2,000 cada uno por la visa. No podemos salir del campo. Por favor ayuda.'",
        "Replied in English: 'please contact your employer for payroll questions'. Closed.", "ray", ev=2, origin="Web"),
      C("2017-08-22", "New entity request",
        "Client asks to move payouts to new entity 'GV Ag Services'. Attached news link says DOL debarred Greenvale Harvest Labor for 3 yrs (held passports, visa fees charged to workers).",
        "Onboarded new entity per sales.", "jenna", ev=1, origin="Email"),
     ],
     "A locked camp, confiscated phones, tab deductions and a worker's message that passports were taken and $2,000 visa debts imposed show forced labour; after debarment the provider onboarded the successor entity.",
     12)

acct("positive", "domestic_work", "Casamora Helpers Agency", "Staffing", "Customer - Direct",
     "www.casamorahelpers.example", "(617) 555-0130", "200 Bellwick St Ste 2", "Somerville", "MA", "02145",
     600000, 5,
     "Live-in nanny / housekeeper placements. BC Book + BC Pay, placement fees.",
     "priya", "2017-03-06",
     [("Marta", "Queiroz", "Owner", "marta", ""), ("Paulo", "Queiroz", "Ops", "paulo", "")],
     [
      N("2017-03-06", "Signed",
        "Places live-in nannies/housekeepers, mostly from Brazil. BC Book for family interviews, card processing for $3,500 family placement fees.",
        "priya"),
      C("2017-09-14", "Recurring charge on worker cards",
        "Agency wants a recurring charge on the WORKER's card: 'placement debt' $300/mo x 24. Cards tokenized at worker intake.",
        "Set up subscription product.", "jenna", ev=1, typ="Feature Request"),
      N("2018-01-22", "Call - worker wants to cancel",
        "Worker called, Ana translated (PT): 'A agência ficou com meu passaporte, trabalho 16 horas por dia sem folga, e ainda devo dinheiro para eles. Como cancelo essa cobrança?' Asked how to cancel the recurring charge.",
        "ana", ev=2),
      T("2018-01-25", "Cancel request",
        "Told agency worker wants to cancel; Marta said 'she signed contract'. Left subscription active.",
        "jenna", ev=1, who=0),
      O("2018-06-01", "Casamora Helpers - Booking Pro", "Upsell", "Closed Won", 900, "Pro tier.", "priya", ev=1),
     ],
     "We billed live-in domestic workers a 24-month 'placement debt', and one worker said the agency holds her passport while she works 16-hour days without rest; the charge was left running.",
     12)

acct("positive", "cam_platform", "Showmyra Live", "Internet / Entertainment", "Customer - Direct",
     "www.showmyralive.example", "(305) 555-0141", "78 SW Mangrove Ct Ste 500", "Miami", "FL", "33130",
     4200000, 25,
     "Live cam platform. High-risk program, MCC 5967. BC Pay + performer payouts w/ ID check.",
     "marcus", "2016-05-16",
     [("Derek", "Hume", "COO", "derek", ""), ("Support", "Desk", "T&S", "trust", "")],
     [
      N("2016-05-20", "UW",
        "Performers ID+selfie verified via our payout KYC before first show. Approved w/ 10% reserve.",
        "omar"),
      C("2017-03-02", "Disable performer verification",
        "Client asks to drop our ID+selfie step for new performers ('friction, signup conv -40%'). Wants verify only at first payout.",
        "Done per CSM request.", "tomas", ev=1, typ="Feature Request"),
      C("2017-11-13", "Viewer reports forwarded",
        "Client's support fwd 3 viewer reports to our CB team: performer 'lily_xo' 'looks 14', another 'crying, man off camera telling her what to do', 3rd says same room/bed in 5 different performer accounts.",
        "Client says they 'reviewed, fine'. No action by us.", "ray", ev=2, origin="Email"),
      C("2018-06-19", "FBI request",
        "FBI request for payout records for 4 performer accounts + payout destinations.",
        "Produced.", "lisa", ev=1, origin="Email", typ="Legal Request", prio="High", days=15),
      O("2018-09-01", "Showmyra - Renewal", "Renewal", "Closed Won", 22000, "Renewal, reserve cut to 5%.", "marcus", ev=1),
     ],
     "After dropping age/ID checks at signup, the cam platform forwarded reports of a performer who looked 14 and one coerced off-camera, and dismissed them; FBI requests and a renewal followed.",
     13)

acct("positive", "motel", "Palmcrest Motor Lodge", "Hospitality", "Customer - Direct",
     "", "(904) 555-0152", "6200 Saltmarsh Hwy", "Jacksonville", "FL", "32216",
     340000, 6,
     "36 rooms, franchise flag. BC Book PMS + BC Pay.",
     "dana", "2016-11-07",
     [("Sunil", "Bhatt", "Owner", "sunil", "")],
     [
      C("2018-03-05", "Rooms missing from audit",
        "Owner fwd franchise audit: rooms 201-206 show occupied by housekeeping but no folios. Asks if we can exclude rooms from the night audit report.",
        "Explained can't exclude rooms. Closed.", "jenna", ev=1),
      N("2018-03-07", "Text from owner",
        "Sunil texted me re the audit thing, pasting: 'Those rooms are for Big Mike people, the girls pay me direct cash, dont put them in system ok. The young ones bring too many cops so I tell him keep them inside.'",
        "kelly", ev=2),
      T("2018-03-08", "Escalate?",
        "Asked mgr whether to escalate Sunil's text. Mgr: leave it, owner venting. No action.",
        "kelly", ev=1, typ="Other"),
      O("2018-11-15", "Palmcrest - Renewal 2019", "Renewal", "Closed Won", 2100, "Renewed, Sunil asked for 2 more tablets.", "dana", ev=1),
     ],
     "The owner's own text says six rooms are kept off the system for a pimp's 'girls', including 'young ones' kept inside, paid to him in cash; staff left it and renewed.",
     11)

acct("positive", "illicit_massage", "Silkwren Spa", "Personal Services", "Customer - Direct",
     "", "(703) 555-0163", "6315 Hollin Pike Unit B", "Falls Church", "VA", "22044",
     160000, 4,
     "Massage, open late. BC Pay 1 T3.",
     "marcus", "2018-02-05",
     [("Min-ji", "Park", "Owner", "minji", "")],
     [
      C("2018-04-17", "Risk rule - tip adjust",
        "Post-auth tip adjusts of $100-$200 on $50 tickets, mostly 1am-4am timestamps. Velocity rule fired.",
        "Merchant: 'late night clients tip big'. Cleared.", "omar", ev=1, origin="Internal", typ="Risk Review"),
      N("2018-06-02", "AE note",
        "Merchant came to us after previous processor 'shut us down, said massage high risk', and their bank closed the acct too. Dropped off new T3 - mgr yelled something in Korean ('ppalli deureoga' = go in quick) and the 3 women in the lobby went to the back. Windows tinted, buzzer door.",
        "marcus", ev=1),
      C("2019-01-10", "Records request - DA HT unit",
        "Commonwealth's Attorney, Human Trafficking Unit requests records for Silkwren Spa, ref 'Operation Night Table'; letter says 4 women were found living in the back rooms.",
        "Produced 1/24.", "lisa", ev=2, origin="Fax", typ="Legal Request", prio="High", days=14),
      O("2019-03-01", "Silkwren - Renewal", "Renewal", "Closed Won", 690, "Auto-renewed.", "marcus", ev=1),
     ],
     "Late-night oversized tips, a prior processor and bank dropping it, a buzzer-door storefront where workers were ordered out of sight, then a trafficking unit finding women living in the back rooms.",
     12)

acct("positive", "truck_stop", "Lonecreek Fuel Stop & Motel", "Retail - Fuel", "Customer - Direct",
     "", "(903) 555-0174", "14220 Lonecreek Frontage Rd", "Mineola", "TX", "75773",
     1700000, 15,
     "Fuel stop + 18 room motel off I-20. POS + BC Book for motel.",
     "dana", "2013-01-21",
     [("Earl", "Whitcomb", "Owner", "earl", ""), ("Travis", "Whitcomb", "Motel Mgr", "travis", "")],
     [
      N("2013-01-25", "Signed",
        "Owner's son Travis runs the motel side. Fuel side is the big volume.",
        "dana"),
      C("2014-10-14", "Motel rates + POS item",
        "Travis wants a '1 HR' rate and to let drivers pay for a room 'for a friend' by CB handle only. Also added a POS item 'LOT SERVICE' $60 - asked what it is, 'parking lot cleaning'.",
        "Set up. closed", "jenna", ev=1, who=1),
      N("2015-12-02", "Terminal swap - after hours",
        "Swapped terminal at 11pm (only time they'd let me). Girls going truck to truck in the lot, one looked maybe 15-16, and Travis at the counter ringing up 'LOT SERVICE' and handing out room keys by the hour. Didn't feel right. Left asap.",
        "hector", ev=2),
      C("2016-09-19", "Merchant complaint - bad press",
        "Earl upset, asks if we can remove their name from our 'find a merchant' map after local news. Story: sheriff sting at the property, 11 arrests for solicitation, 2 juveniles recovered, Travis charged w/ promoting prostitution.",
        "Removed from merchant map. Closed.", "ray", ev=1, who=0),
      O("2017-01-30", "Lonecreek - Renewal 2017", "Renewal", "Closed Won", 3900, "Renewed, EMV pumps.", "dana", ev=1),
     ],
     "The motel sold hourly rooms by CB handle and a $60 'lot service' POS item; our tech saw girls, one apparently 15-16, worked truck to truck while the manager sold hourly keys; a sting with juveniles recovered followed.",
     14)

acct("positive", "construction", "Atlaxa Build Crew Services", "Construction", "Customer - Direct",
     "www.atlaxabuildcrew.example", "(404) 555-0185", "5600 Dovecote Hwy Bldg C", "Doraville", "GA", "30340",
     2900000, 85,
     "Drywall / framing labor subcontractor. BC Payouts (weekly worker cards) + BC Book crew scheduling.",
     "priya", "2017-05-08",
     [("Wade", "Collier", "Owner", "wade", ""), ("Nestor", "Ruiz", "Crew boss", "crewboss", "")],
     [
      N("2017-05-10", "Signed",
        "80 workers on drywall crews, paid weekly to payout cards. Crew scheduling in BC Book.",
        "priya"),
      C("2018-02-06", "Card PINs to crew boss",
        "Client requests all worker payout card PINs be sent to the crew boss email, not to workers. 'Workers lose them.'",
        "Done - PINs to crewboss@.", "jenna", ev=1, who=1),
      T("2018-07-19", "Worker call",
        "Worker called (Spanish): 'El jefe se queda con la tarjeta, nos da cien dólares a la semana, dice que debemos la renta de la casa donde dormimos doce. Si nos quejamos llama a inmigración.'",
        "ray", ev=2),
      N("2018-07-20", "Risk review",
        "74 of 80 cards withdrawn at the same 2 ATMs within 1 hr of load. Consistent w/ crew boss control. Recommend exit. -> Sales objected (big acct), decision deferred.",
        "lisa", ev=1),
      O("2018-10-01", "Atlaxa - 2nd crew payouts", "Upsell", "Closed Won", 5200, "Add framing crew (40 cards).", "priya", ev=1),
     ],
     "PINs sent to the crew boss, a worker saying the boss keeps the cards, pays $100 a week against rent for a house sleeping twelve and threatens immigration, and ATM patterns confirming control; exit deferred and upsold.",
     13)

# ================================================================ HARD NEGATIVES
acct("negative", "hard:hotel_reporting", "Harborview Hotels Group", "Hospitality", "Customer - Enterprise",
     "www.harborviewhotels.example", "(410) 555-0110", "600 E Pratt St Ste 900", "Baltimore", "MD", "21202",
     38000000, 640,
     "6 full-service hotels. BC Pay + BC Book PMS enterprise. Security dir is our champion.",
     "priya", "2015-01-12",
     [("Angela", "Brooks", "Dir. of Security", "abrooks", ""), ("Tom", "Reyes", "VP Ops", "treyes", "")],
     [
      C("2017-04-10", "FR: 'Report concern' button",
        "Angela wants a 'Report concern' button in the front desk + housekeeping app: sends room #, time, staff note to their security team, w/ option to dial the national trafficking hotline. Triggers they train on: guest w/ a minor who can't say where she's staying, rooms paid cash by the hour, many men visiting one room, DND for days.",
        "Wei scoped; shipped in 2017.3 as custom action for Harborview.", "wei", ev=1, typ="Feature Request", who=0, days=60),
      E("2017-06-05", "Their staff training - we demo'd button",
        "Joined Harborview's trafficking-awareness session for front desk + housekeeping, run by the county HT task force. ~120 staff. We showed the report button + where reports go.",
        "Harborview Inner Harbor ballroom", "kelly", ev=1, who=0, dur=120, start="14:00"),
      T("2017-06-20", "Police request workflow",
        "Set up their LE request process in BC Book: PD requests route to Harborview legal; subpoena required except exigent (child in danger), logged either way.",
        "wei", ev=1, who=1, typ="Other"),
      N("2018-02-14", "Button results",
        "Angela: 2 reports via button went to PD in Q4; one led to arrest of a guest and a 16 y/o placed w/ CPS. They want a usage dashboard per property.",
        "kelly", ev=1),
      O("2018-03-20", "Harborview - report module all properties", "Upsell", "Closed Won", 18000, "Dashboard + rollout to all 6.", "priya", ev=1),
     ],
     "Hotel group building a trafficking-report button, staff training and a police-request process; the arrest it produced was of a guest, with the hotel as reporter.",
     14)

acct("negative", "hard:hotel_reporting", "Coastline Inns", "Hospitality", "Customer - Direct",
     "www.coastlineinns.example", "(843) 555-0121", "1 Harbor Walk", "Charleston", "SC", "29401",
     12000000, 210,
     "9 limited-service inns in SC/GA. Corporate GM Linda Pratt.",
     "dana", "2014-05-05",
     [("Linda", "Pratt", "Corporate GM", "lpratt", "")],
     [
      C("2016-02-01", "Remove hourly rates + ID mandatory",
        "Corporate asks to remove all hourly / short-stay rate plans at all 9 props and make ID scan mandatory for every adult at check-in. 'Our HT policy: no cash-only rooms, no hourly, ID for every adult.'",
        "Done across 9 props. Added rule: cash guests need card on file for incidentals.", "jenna", ev=1, origin="Email"),
      N("2016-02-03", "Call w/ Linda",
        "Linda says one franchisee in Brunswick was renting rooms by the hour on the side; corporate terminated that franchise agreement and reported what they found to police. Wants us to lock rate plans so only corporate can edit.",
        "dana", ev=1),
      T("2016-05-09", "Monthly security report",
        "Built monthly report for Coastline security: rooms w/ 3+ consecutive cash nights, and any folio w/ 4+ rooms on one card. Emailed to Linda.",
        "wei", ev=1),
      O("2017-05-01", "Coastline - Renewal 2017", "Renewal", "Closed Won", 21000, "Renewed 9 props.", "dana", ev=1),
     ],
     "Inn chain banning hourly and cash-only rooms, requiring ID and cutting off a franchisee that rented by the hour; the vocabulary is trafficking prevention by the customer.",
     12)

acct("negative", "hard:motel_cooperated", "Maple Motor Lodge", "Hospitality", "Customer - Direct",
     "", "(802) 555-0132", "88 Route 7 N", "Rutland", "VT", "05701",
     410000, 7,
     "24 rooms, family-run. BC Book + BC Pay.",
     "dana", "2013-09-09",
     [("Sue", "Lambert", "Manager", "sue", "")],
     [
      C("2015-10-19", "Help pulling a guest record for police",
        "Sue called: Sat night a man checked in w/ a girl who looked 13-14, girl wouldn't look up or answer; Sue called 911 from the back office. PD came, man arrested, girl turned out to be a runaway reported missing in NH. Detective needs the reg card + payment record; Sue asks how to pull it and whether she's allowed to give it.",
        "Walked her thru folio export. Advised card data go via written request to us; rcvd & produced 10/22. Sue said detective thanked her night staff.", "ray", ev=1, who=0, prio="High"),
      N("2015-10-23", "Follow-up",
        "Sent Maple a thank-you + our HT awareness one-pager. Sue wants an 'ID for every guest over 18' prompt at check-in. Set up.",
        "kelly", ev=1),
      O("2016-09-10", "Maple - Renewal 2016", "Renewal", "Closed Won", 980, "Renewed, Sue happy w/ ID prompt.", "dana", ev=1),
     ],
     "Motel manager called police on a man with a young girl, cooperated with the records request and tightened ID checks; the motel is the reporter.",
     11)

acct("negative", "hard:truck_stop_ordinary", "I-80 Truck Plaza", "Retail - Fuel", "Customer - Direct",
     "www.i80truckplaza.example", "(308) 555-0143", "4500 E Hwy 30", "Kearney", "NE", "68847",
     6800000, 48,
     "Fuel, diner, showers, truck parking. POS 8 lanes, BC Book for shower reservations.",
     "marcus", "2012-08-20",
     [("Doug", "Renner", "GM", "doug", ""), ("Pam", "Ostrander", "Office", "office", "")],
     [
      N("2013-05-14", "Shower module",
        "Doug wants drivers to reserve showers by the half hour via app, pay w/ fleet card or cash at counter. Set up 12 shower slots.",
        "wei", ev=1),
      C("2016-03-29", "Camera footage?",
        "Doug says PD asked for camera footage re a trailer stolen from the lot overnight; asks if our POS has camera integration to match receipts to video.",
        "No camera integration. Gave him txn timestamps to line up w/ his DVR. Closed.", "ray", ev=1, who=0),
      T("2017-08-11", "Restroom posters",
        "Doug mentioned they put state-required anti-trafficking hotline posters in all restrooms + cashiers did the trucking industry awareness video. FYI for the case study.",
        "tomas", ev=1, who=0),
     ],
     "Ordinary truck stop: hourly shower slots, cash, a police request about a stolen trailer and mandated anti-trafficking posters.",
     12)

acct("negative", "hard:motel_ordinary", "Desert Sands Motel", "Hospitality", "Customer - Direct",
     "", "(432) 555-0154", "1210 W Wall St", "Midland", "TX", "79701",
     520000, 6,
     "32 rooms. Weekly rates for oilfield/pipeline crews.",
     "dana", "2014-02-03",
     [("Maria", "Ochoa", "Owner", "maria", "")],
     [
      N("2014-02-05", "Signed",
        "Weekly rates for pipeline crews, lots pay cash on Fridays. Wants cash drawer report by shift.",
        "dana", ev=1),
      C("2015-07-07", "Make ID field required",
        "Maria wants guest ID required on every check-in - 'had a guy skip out on 2 wks, police couldn't do anything w/o a name'.",
        "Made ID mandatory. Closed.", "jenna", ev=1, who=0),
      C("2017-10-02", "Incident log",
        "Maria asks if folio notes can log police calls; had a fight in the parking lot between two crew members Sat night. Wants an incident log per room for insurance.",
        "Showed her folio notes + private flag. Closed.", "ray", ev=1, who=0),
     ],
     "Cash-paying weekly crews and a parking-lot fight the owner logged for insurance; the motel requires ID and nothing suggests exploitation.",
     10)

acct("negative", "hard:spa", "Serenity Day Spa", "Personal Services", "Customer - Direct",
     "www.serenitydayspa.example", "(512) 555-0165", "2100 S Lamar Blvd", "Austin", "TX", "78704",
     640000, 11,
     "Day spa: massage, facials, bridal pkgs. 6 LMTs (licenses posted at desk). Open 9-7, Sat til 5.",
     "priya", "2015-04-13",
     [("Claire", "Dunmore", "Owner", "claire", ""), ("Jess", "Kim", "Front desk", "desk", "")],
     [
      C("2015-05-02", "Tips to therapists",
        "Claire wants clients to tip on card at checkout and each LMT to get their tips on their own paycheck, not pooled.",
        "Enabled tip attribution per staff, payroll export. Closed.", "jenna", ev=1, who=0),
      C("2016-08-19", "Chargeback - massage not as described",
        "Client disputes $120 couples massage, says therapist was 20 min late so session was short.",
        "Merchant refunded $40 partial; CB withdrawn.", "ray", ev=1, typ="Chargeback"),
      T("2017-04-04", "Late booking for bridal party",
        "Claire asks if booking can open past 7pm once for a bridal party (8 ppl, Fri 7-10pm). Set one-off extended hours.",
        "jenna", ev=1, who=0),
     ],
     "Licensed day spa with tips paid to each therapist, an ordinary 'not as described' dispute and one after-hours bridal booking.",
     12)

acct("negative", "hard:nail_salon", "Blossom Nail Bar", "Personal Services", "Customer - Direct",
     "www.blossomnailbar.example", "(503) 555-0176", "3505 SE Hawthorne Blvd", "Portland", "OR", "97214",
     420000, 9,
     "Nail salon, 8 techs. BC Book, BC Pay, payroll add-on. Owner family lives above shop.",
     "marcus", "2016-03-07",
     [("Thu", "Pham", "Owner", "thu", ""), ("Kevin", "Pham", "Co-owner", "kevin", "")],
     [
      C("2016-03-21", "Commission payroll",
        "Thu wants 60/40 commission + card tips paid to each tech's own bank acct every Fri; each tech gets their own login to see their tickets.",
        "Configured commission plan + 8 tech logins. Closed.", "jenna", ev=1, who=0),
      N("2016-04-02", "Thank-you msg",
        "Thu texted after terminal fix: 'Cảm ơn em nhiều, máy chạy tốt rồi, các thợ vui lắm' (thanks a lot, machine works, the techs are happy). Her and Kevin live upstairs w/ their kids, techs all commute.",
        "linh", ev=1),
      C("2018-11-06", "Receipts for state board",
        "State board inspection next wk; Thu wants reports showing each tech's services + license # on file.",
        "Added license # field to staff profiles, printed report. Closed.", "ray", ev=1, who=0),
     ],
     "Vietnamese-owned nail salon where techs have their own logins, paid commission and tips direct, licences on file; the family, not the workers, lives upstairs.",
     11)

acct("negative", "hard:massage_school", "Pacific School of Massage Therapy", "Education", "Customer - Direct",
     "www.pacificmassageschool.example", "(619) 555-0187", "3900 5th Ave Ste 200", "San Diego", "CA", "92103",
     2100000, 24,
     "Accredited massage school, 600-hr program. Student clinic $35/hr. BC Book + BC Pay.",
     "dana", "2014-08-04",
     [("Roberta", "Singh", "Clinic Director", "clinic", ""), ("Alan", "Fry", "Registrar", "registrar", "")],
     [
      N("2014-08-06", "Signed",
        "Student clinic: supervised students, clients book 1-hr slots. Draping + conduct policy goes in every confirmation email.",
        "dana", ev=1),
      C("2015-01-15", "Clients under 18",
        "Roberta asks for rule: clients under 18 must book w/ guardian, guardian present + signed consent; booking form to ask DOB.",
        "DOB field + under-18 guardian flow added. Closed.", "jenna", ev=1, who=0, typ="Feature Request"),
      T("2016-06-22", "Background checks q",
        "Alan asked if we integrate w/ background-check vendors for incoming students (state requires before clinic). We don't. Pointed to Zapier.",
        "tomas", ev=1, who=1),
      C("2017-09-12", "Misconduct report form",
        "School wants a 'report a concern' link in post-visit email so clients can report inappropriate behavior by students; goes to director.",
        "Added link. Closed.", "ray", ev=1, who=0),
     ],
     "Massage school with guardian rules for minors, required background checks and a misconduct-reporting link.",
     12)

acct("negative", "hard:victim_of_crime", "Riverside Bistro", "Restaurant", "Customer - Direct",
     "www.riversidebistro.example", "(414) 555-0198", "1100 N Water St", "Milwaukee", "WI", "53202",
     1300000, 28,
     "Restaurant, 4 T3 + online ordering via BC Pay API.",
     "priya", "2013-06-10",
     [("Greg", "Tollefson", "Owner", "greg", "")],
     [
      C("2017-11-02", "Card testing attack",
        "Online ordering hit w/ ~340 $1 auths in 2 hrs overnight - classic card testing. Greg filed a police report (MPD #17-22410) and asks us to refund the auth fees.",
        "Blocked BINs, enabled CAPTCHA + velocity limits, waived auth fees.", "ray", ev=1, who=0, prio="High", typ="Problem"),
      C("2017-11-20", "Chargebacks from testing",
        "12 chargebacks from cards used in the test run. Greg attached the police report to each.",
        "Fraud-coded; we absorbed them as platform incident. Closed.", "ray", ev=1, who=0, typ="Chargeback", days=20),
      O("2018-06-01", "Riverside - Renewal 2018", "Renewal", "Closed Won", 2400, "Renewed after fraud fixes, no churn risk.", "priya", ev=1),
     ],
     "Restaurant was the victim of a card-testing attack and filed a police report; the chargebacks are fraud against it.",
     11)

acct("negative", "hard:chargeback_police_report", "Hilltop Florist", "Retail", "Customer - Direct",
     "www.hilltopflorist.example", "(615) 555-0109", "2210 Belmont Blvd", "Nashville", "TN", "37212",
     380000, 6,
     "Florist, phone + web orders. BC Pay + 1 T3.",
     "marcus", "2014-01-13",
     [("June", "Carrow", "Owner", "june", "")],
     [
      C("2015-02-16", "Chargeback - stolen card",
        "Cardholder disputes $420 Valentine's arrangement, says card stolen; attached police report. Delivery went to an address not matching billing.",
        "Accepted liability; June agreed. Suggested AVS on phone orders.", "ray", ev=1, typ="Chargeback"),
      C("2016-05-09", "CB - merchant has police report",
        "June's own police report: caller w/ stolen card ordered 3 funeral sprays, picked up in person. Asks if report helps fight CB.",
        "Card-not-present w/o AVS match - report doesn't shift liability. Lost. Explained.", "ray", ev=1, typ="Chargeback", who=0),
     ],
     "Florist whose chargebacks cite police reports for stolen-card orders; it is the fraud victim.",
     9)

acct("negative", "hard:motel_cooperated", "Anchor Motel", "Hospitality", "Customer - Direct",
     "", "(757) 555-0120", "3100 Shore Dr", "Virginia Beach", "VA", "23451",
     470000, 7,
     "40 rooms, seasonal. BC Book + BC Pay.",
     "dana", "2016-04-04",
     [("Hemant", "Desai", "Owner", "hemant", "")],
     [
      N("2018-07-09", "Call from Hemant",
        "His night clerk noticed a man paying cash for 2 rooms for 4 young women, no luggage, one asked to borrow the desk phone and whispered she wanted to go home. Clerk called the hotline + 911. Hemant wants to know how to preserve the folio data so nothing auto-purges before police ask.",
        "kelly", ev=1),
      C("2018-07-16", "PD records request - rms 8-9",
        "Police request for records of rooms 8-9, July 2-9. Customer authorized release.",
        "Produced 7/18. Det. Simms said the motel's report led to federal charges vs the man; night clerk will testify.", "lisa", ev=1,
        origin="Email", typ="Legal Request", days=2),
      O("2019-03-01", "Anchor - Renewal 2019", "Renewal", "Closed Won", 1150, "Season renewal, same rate.", "dana", ev=1),
     ],
     "Motel's clerk spotted a trafficking situation and called police; the owner preserved records and cooperated, leading to charges against the trafficker.",
     11)

acct("negative", "hard:ngo", "SafeHarbor Coalition", "Non-Profit", "Customer - Nonprofit",
     "www.safeharborcoalition.example", "(206) 555-0131", "1420 5th Ave Ste 300", "Seattle", "WA", "98101",
     900000, 14,
     "Anti-trafficking nonprofit: hotline, case mgmt. BC Pay donations + BC Book for counseling appts.",
     "priya", "2015-09-08",
     [("Rachel", "Okafor", "Exec Director", "rokafor", ""), ("Luis", "Mendez", "Case Mgr", "lmendez", "")],
     [
      C("2015-10-01", "Intake form custom fields",
        "Need custom private fields on intake appt: 'Does someone hold your passport/ID?', 'Do you owe money to an employer or recruiter?', 'Are you under 18?', 'Safe to call this #?'. Visible to case mgrs only.",
        "Created private field set + role. Closed.", "jenna", ev=1, who=1, typ="Feature Request"),
      N("2016-02-10", "Spanish intake text",
        "Luis asked for the SMS confirmation in Spanish: 'Su cita es confidencial. Si no es seguro hablar, responda ALTO.' Added template.",
        "jenna", ev=1),
      O("2016-11-01", "SafeHarbor - nonprofit renewal", "Renewal", "Closed Won", 0, "Nonprofit plan, fees waived.", "priya", ev=1),
     ],
     "Anti-trafficking NGO whose intake asks about held passports, debts and minors to help victims.",
     12)

acct("negative", "hard:shelter", "Hopewick House Shelter", "Non-Profit", "Customer - Nonprofit",
     "www.hopewickhouse.example", "(213) 555-0142", "PO Box 11840", "Los Angeles", "CA", "90011",
     1200000, 30,
     "Residential program for girls 12-17 leaving sex trafficking. Thrift store funds it. BC Pay 2 T3.",
     "marcus", "2013-03-11",
     [("Denise", "Holloway", "Director", "denise", ""), ("Carmen", "Ruiz", "Store Mgr", "store", "")],
     [
      N("2013-03-11", "Signed",
        "Thrift store on Central Ave; revenue supports shelter for girls 12-17 recovered from sex trafficking. Shelter address is confidential - use PO box everywhere, NEVER on receipts.",
        "marcus", ev=1),
      C("2014-06-04", "Receipts showing address",
        "Carmen: new receipt template printed the shelter's street address (wrong location on file). Urgent, safety issue.",
        "Fixed location record to store address, reprinted. Closed same day.", "ray", ev=1, who=1, prio="High", days=0),
      T("2016-12-05", "Holiday donation drive",
        "Set up round-up donations at checkout for Dec. Denise thrilled.",
        "tomas", ev=1, who=0),
     ],
     "Shelter for trafficked girls hiding its address for residents' safety; minors and trafficking are its mission.",
     10)

acct("negative", "hard:law_firm", "Lakeside Legal Aid", "Legal Services", "Customer - Nonprofit",
     "www.lakesidelegalaid.example", "(312) 555-0153", "111 W Jackson Blvd Ste 1700", "Chicago", "IL", "60604",
     1500000, 19,
     "Nonprofit law office, survivors of trafficking: T-visas, U-visas, vacatur. BC Book consults + BC Pay for filing fees.",
     "priya", "2016-01-18",
     [("Hannah", "Weiss", "Managing Attorney", "hweiss", "")],
     [
      C("2016-02-09", "Hide client names",
        "Booking notifications show client names to all staff; firm wants initials only + no names in SMS (clients' traffickers sometimes have their phones).",
        "Enabled initials-only + generic SMS text. Closed.", "jenna", ev=1, who=0),
      C("2017-08-28", "Subpoena re client records",
        "Defense counsel in a criminal trafficking case subpoenaed us for Lakeside's booking records of a client (the victim).",
        "Notified Lakeside; their motion to quash granted. Nothing produced.", "lisa", ev=1, typ="Legal Request", days=40),
     ],
     "Law office for trafficking survivors that hides client names from traffickers; a defence subpoena for its client's records was quashed.",
     11)

acct("negative", "hard:police", "Millbrook Police Department", "Government", "Customer - Public Sector",
     "www.millbrookpd.example", "(630) 555-0164", "50 Municipal Plaza", "Millbrook", "IL", "60536",
     0, 85,
     "Records unit: card payments for reports + fingerprinting appts via BC Book.",
     "dana", "2014-07-14",
     [("Sgt. Ellen", "Marsh", "Records Supervisor", "emarsh", "")],
     [
      N("2014-07-14", "Signed",
        "PD records unit. Card for accident report copies + fingerprint appointments. Gov pricing.",
        "dana", ev=1),
      C("2016-09-20", "Booking for HT training",
        "Sgt Marsh wants a booking page for free 'human trafficking indicators' trainings the vice unit runs for local hotel and motel staff. Capacity 30/session.",
        "Created service w/ $0 price. Closed.", "jenna", ev=1, who=0),
      T("2018-03-02", "Minors on fingerprint form",
        "They asked to add a guardian-name field when applicant is a minor (youth sports volunteers). Added.",
        "jenna", ev=1, who=0),
     ],
     "Police department that books anti-trafficking trainings for hotel staff and fingerprints minors with guardians.",
     10)

acct("negative", "hard:payments_offboards_merchants", "MarketSquare Payments", "Financial Services", "Partner - Payfac",
     "www.marketsquarepay.example", "(415) 555-0175", "500 Howard St Fl 4", "San Francisco", "CA", "94105",
     9000000, 60,
     "Payfac for ~2,000 small merchants (salons, food trucks, markets). Wholesale via BC Pay.",
     "priya", "2015-05-11",
     [("Owen", "Park", "Head of Risk", "owen", ""), ("Lena", "Shore", "CEO", "lena", "")],
     [
      N("2016-03-07", "Their onboarding",
        "Strong onboarding: web/social scan of every sub, ID + selfie, MCC checks, phone numbers run against ad-site scrapes.",
        "omar", ev=1),
      C("2017-08-15", "Qtrly terminations report",
        "MarketSquare risk sent Q2 terminations: 14 subs off-boarded - 6 where merchant phone # showed up in escort ads, 2 massage places found on buyer review boards, 1 reported to NCMEC/LE b/c ad looked like a minor. MATCH-listed all.",
        "Reviewed, good controls. Filed. Closed.", "omar", ev=1, origin="Email", typ="Risk Review", who=0),
      E("2017-10-03", "QBR",
        "Owen asked for API access to our MATCH checks + our internal bad-phone list. Agreed to share via partner API.",
        "MarketSquare HQ", "priya", ev=1, who=0),
      O("2018-01-15", "MarketSquare - risk API", "Upsell", "Closed Won", 24000, "Partner risk API.", "priya", ev=1),
     ],
     "Payfac that detects and off-boards its own sub-merchants linked to escort ads and review boards and reports suspected minors.",
     12)

acct("negative", "hard:classifieds_low_spam", "Trusty Classifieds", "Internet / Classifieds", "Customer - Direct",
     "www.trustyclassifieds.example", "(801) 555-0186", "175 S Main St Ste 1100", "Salt Lake City", "UT", "84111",
     2800000, 22,
     "Local classifieds: furniture, cars, rentals, jobs. Paid 'featured' listings via BC Pay API.",
     "marcus", "2014-10-06",
     [("Brooke", "Lindqvist", "Head of T&S", "brooke", "")],
     [
      N("2014-10-08", "UW",
        "No personals/adult section ever. Escort-type spam ~0.3% of posts caught by filter + manual review and deleted; CyberTipline report to NCMEC when a minor may be involved.",
        "omar", ev=1),
      C("2015-07-14", "Acquirer inquiry - adult content",
        "Acquirer asks all classifieds merchants re adult content after card brands' action this month.",
        "Brooke sent policy + stats (0.2% removed last qtr, no adult category since launch). Bank satisfied.", "omar", ev=1,
        origin="Email", typ="Risk Review"),
      T("2017-04-18", "Job ad scams",
        "Brooke says they now also pull job ads offering 'free housing + travel paid, no English needed' - look like recruitment scams - and send them to a labor-trafficking NGO. Wants nothing from us, FYI.",
        "kelly", ev=1, who=0),
     ],
     "Classifieds site with no adult section that removes escort spam and recruitment-scam ads and reports to NCMEC.",
     11)

acct("negative", "hard:safeguarding", "Northfield Youth Soccer League", "Non-Profit", "Customer - Nonprofit",
     "www.northfieldysl.example", "(952) 555-0197", "PO Box 220", "Northfield", "MN", "55057",
     210000, 3,
     "Rec soccer, ~900 kids. Registration + field bookings through BC Book.",
     "dana", "2015-02-02",
     [("Mike", "Halvorsen", "Registrar", "registrar", "")],
     [
      C("2015-02-20", "Coach background checks",
        "League wants a field for coach background-check date + SafeSport cert; coaches w/o both can't be assigned to a team.",
        "Custom staff fields + rule. Closed.", "jenna", ev=1, who=0),
      C("2016-08-08", "Minors' data",
        "Parent asked that kids' DOB + photos not show on public team pages.",
        "Turned off public roster. Closed.", "ray", ev=1),
     ],
     "Youth league checking coaches' backgrounds and hiding minors' data.",
     9)

acct("negative", "hard:safeguarding", "Little Acorns Daycare", "Childcare", "Customer - Direct",
     "www.littleacornsdaycare.example", "(614) 555-0108", "780 Kenny Rd", "Columbus", "OH", "43210",
     950000, 18,
     "Daycare, 70 kids. BC Pay tuition autopay + check-in tablet.",
     "marcus", "2013-09-16",
     [("Patrice", "Woods", "Director", "patrice", "")],
     [
      C("2014-01-14", "Authorized pickup",
        "Wants check-in tablet to show authorized pickup adults w/ photo; flag kids w/ custody orders so staff ask for ID.",
        "Configured guardian list + custody flag. Closed.", "jenna", ev=1, who=0, typ="Feature Request"),
      C("2016-04-25", "Log for police report",
        "Patrice called PD when a non-custodial parent tried to take a child at pickup; officer wants the check-in/out log for that day.",
        "Exported log, Patrice gave to officer. Closed.", "ray", ev=1, who=0, prio="High"),
     ],
     "Daycare using pickup authorization and cooperating with police over a custody incident.",
     10)

acct("negative", "hard:day_use_rooms", "SkyNap Airport Rest Pods", "Hospitality", "Customer - Direct",
     "www.skynap.example", "(470) 555-0119", "Concourse B, 6000 Skyport Blvd", "Atlanta", "GA", "30320",
     1600000, 16,
     "Sleep pods airside, rented by the hour. BC Book + BC Pay, card only.",
     "priya", "2017-02-13",
     [("Renee", "Catto", "Ops Mgr", "renee", "")],
     [
      N("2017-02-15", "Setup",
        "Pods by the hour (1-8 hrs). Boarding pass + govt ID scanned at check-in, card only, no cash.",
        "wei", ev=1),
      C("2017-05-30", "Unaccompanied minors",
        "Renee wants booking to block anyone under 18 unless a guardian books + is present; airline UM kids never allowed.",
        "DOB check + guardian rule live. Closed.", "jenna", ev=1, who=0, typ="Feature Request"),
      C("2018-12-21", "Holiday hourly surge pricing",
        "Wants hourly rate +20% Dec 20-Jan 2 for storm delays.",
        "Seasonal rate added. Closed.", "ray", ev=1, who=0),
     ],
     "Airport pods rented by the hour with ID, boarding pass and minor protections.",
     11)

acct("negative", "hard:staffing_ordinary", "Premier Seasonal Staffing", "Staffing", "Customer - Direct",
     "www.premierseasonal.example", "(207) 555-0130", "45 Main St", "Bar Harbor", "ME", "04609",
     3200000, 260,
     "Seasonal hotel/restaurant staff incl J-1 students. BC Payouts to workers' own accts.",
     "dana", "2015-06-01",
     [("Kate", "Morrow", "Owner", "kate", ""), ("Diego", "Alvim", "Coordinator", "diego", "")],
     [
      N("2015-06-03", "Signed",
        "J-1 summer work travel + locals. Housing offered at $90/wk, optional - workers free to rent elsewhere. No recruitment fees (sponsor audits them). Workers keep own passports, Kate was firm on that.",
        "dana", ev=1),
      C("2015-06-22", "Payout to own accounts + PT language",
        "Each worker paid to their own bank acct or their own card, own login. Diego asks for Portuguese + Spanish UI for payout app.",
        "Enabled PT/ES locales. Closed.", "jenna", ev=1, who=1),
      T("2017-09-14", "DOL audit export",
        "Kate needed payroll export for a routine DOL audit. Sent. She emailed later: 'no findings'.",
        "anne", ev=1, who=0),
      O("2018-04-01", "Premier - Renewal 2018", "Renewal", "Closed Won", 5400, "Renewal + ES/PT payout app kept.", "dana", ev=1),
     ],
     "Seasonal staffing with optional housing, no fees, workers keeping passports and paid to their own accounts; DOL audit clean.",
     13)

acct("negative", "hard:agriculture_ordinary", "Sunfield Orchards", "Agriculture", "Customer - Direct",
     "www.sunfieldorchards.example", "(509) 555-0141", "2200 Orchard Rd", "Wenatchee", "WA", "98801",
     4100000, 55,
     "Orchard, farm stand + u-pick. BC Pay 3 T3. ~40 H-2A workers in season.",
     "marcus", "2014-03-03",
     [("Ben", "Larkin", "Owner", "ben", ""), ("Lupe", "Garza", "Office", "lupe", "")],
     [
      N("2014-03-05", "Signed",
        "Farm stand + u-pick POS. H-2A crew housed in state-inspected housing on farm; farm pays visa + travel per program rules. Payroll thru their bank, not us.",
        "marcus", ev=1),
      T("2016-08-29", "Worker q at stand",
        "Worker helping at stand asked Lupe (she relayed, Spanish): '¿Cómo cambio mi cuenta de depósito para el cheque?' - it's payroll via their bank, not us. Lupe handled.",
        "tomas", ev=1, who=1),
     ],
     "H-2A farm where the employer pays visa and travel and housing is inspected; the only worker question is routine.",
     10)

acct("negative", "hard:au_pair", "Global Au Pair Connect", "Staffing", "Customer - Direct",
     "www.globalaupairconnect.example", "(201) 555-0152", "25 Main St Ste 400", "Hackensack", "NJ", "07601",
     1100000, 12,
     "Designated au pair sponsor. Host family fees via BC Pay; coordinator check-ins in BC Book.",
     "priya", "2016-08-08",
     [("Ingrid", "Solberg", "Director", "ingrid", "")],
     [
      C("2016-09-12", "Private check-ins",
        "Agency wants au pairs (18-26) to book check-ins w/ local coordinator privately - host family must NOT see these, in case of overwork or abuse at host home.",
        "Separate private calendar + au pair logins. Closed.", "jenna", ev=1, who=0, typ="Feature Request"),
      N("2017-03-15", "Note",
        "Ingrid: rematched 2 au pairs this yr after host families held their passports 'for safekeeping' - agency requires passports stay w/ au pair, removed those families from program.",
        "kelly", ev=1),
     ],
     "Au pair sponsor protecting au pairs from host-family abuse and removing families that held passports.",
     10)

acct("negative", "hard:travel_agency", "Wanderlust Travel Co", "Travel", "Customer - Direct",
     "www.wanderlusttravel.example", "(585) 555-0163", "200 East Ave", "Rochester", "NY", "14604",
     1900000, 9,
     "Travel agency, group + school trips. BC Pay.",
     "marcus", "2013-11-04",
     [("Elise", "Baptiste", "Owner", "elise", "")],
     [
      C("2015-02-10", "Storing passport scans?",
        "Elise asks if she can put clients' passport scans in booking notes for a group tour.",
        "Advised no - use their secure doc vendor, not free-text notes. Closed.", "jenna", ev=1, who=0),
      N("2016-04-18", "School trip",
        "School trip: 32 minors to Quebec, chaperones 1:8, notarized parental consent letters. A parent emailed in French: 'Merci, tout est en ordre pour le voyage de ma fille.' Deposits via BC Pay.",
        "marcus", ev=1),
     ],
     "Travel agency handling passports and a supervised school trip for minors in the ordinary way.",
     9)

acct("negative", "hard:msb_compliant", "Main Street Money Transfer", "Financial Services", "Customer - Direct",
     "www.mainstreetmt.example", "(956) 555-0174", "1200 S Main St", "McAllen", "TX", "78501",
     880000, 7,
     "Licensed MSB, FinCEN registered, BSA officer on staff. BC Pay for card-funded sends.",
     "dana", "2014-04-07",
     [("Rosa", "Treviño", "BSA Officer", "bsa", ""), ("Luis", "Treviño", "Owner", "luis", "")],
     [
      T("2015-03-18", "BSA officer call",
        "Rosa called: customer tried to split $9,000 into three sends same day to avoid ID; they refused and filed a SAR. Asks if our POS can flag same-card multiple sends in 24h. Built velocity report for her.",
        "wei", ev=1, who=0),
      C("2016-10-03", "Sponsor bank de-risking",
        "Sponsor bank exiting ALL MSBs in the region (sector-wide letter, not about this customer). Rosa sent their last independent AML audit - clean.",
        "Moved to new sponsor after our own review of their AML program. Closed.", "lisa", ev=1, typ="Risk Review", days=21),
      O("2017-01-10", "Main Street - Renewal 2017", "Renewal", "Closed Won", 1800, "Renewed on new sponsor bank.", "dana", ev=1),
     ],
     "MSB that refuses structured sends and files SARs; the bank exit was sector-wide de-risking, and its audit was clean.",
     11)

acct("negative", "hard:msb_compliant", "Eastside Check Cashing", "Financial Services", "Customer - Direct",
     "www.eastsidecheck.example", "(313) 555-0185", "9100 Gratiot Ave", "Detroit", "MI", "48213",
     720000, 5,
     "Check cashing + money orders. BC Pay 2 T3.",
     "priya", "2016-01-18",
     [("Walt", "Simmons", "Compliance Officer", "walt", "")],
     [
      C("2017-06-06", "Report request - multi-state senders",
        "Walt asks for a report of receivers getting card-funded sends from several states in short windows. They spotted one receiver getting money from young women in 4 states and suspect a funnel acct tied to sex trafficking; filed SAR w/ the HT key term from the FinCEN advisory.",
        "Built saved report. Closed.", "wei", ev=1, who=0, typ="Feature Request"),
      N("2017-06-09", "F/u",
        "Walt blocked that receiver and shared the SAR # w/ us for our own review. We flagged the receiver on our side too.",
        "lisa", ev=1),
     ],
     "Check casher that detected a trafficking funnel pattern among its own users, filed a SAR and blocked the receiver.",
     10)

acct("negative", "hard:truck_stop_reporting", "Crossroads Travel Center", "Retail - Fuel", "Customer - Direct",
     "www.crossroadstc.example", "(417) 555-0196", "3400 E Kearney St", "Springfield", "MO", "65803",
     7300000, 52,
     "Travel center off I-44: fuel, store, showers, 20-room motel. POS + BC Book.",
     "marcus", "2015-07-06",
     [("Jolene", "Pike", "GM", "jolene", "")],
     [
      N("2015-07-08", "Signed",
        "Staff trained via trucking anti-trafficking program; hotline stickers at every register. Motel: ID required, no hourly rooms.",
        "marcus", ev=1),
      C("2017-02-27", "PD request - cashier reported",
        "Jolene: cashier saw a young girl in a truck cab, driver bought 2 prepaid cards and wouldn't let her come in; cashier called 911. PD wants the txn record for the prepaid card purchase.",
        "Produced after PD's written request. Jolene later said PD recovered a 15 y/o runaway and the driver was charged.", "lisa", ev=1, who=0, prio="High", typ="Legal Request"),
      O("2017-07-01", "Crossroads - Renewal 2017", "Renewal", "Closed Won", 6100, "Renewed + 2 lanes.", "marcus", ev=1),
     ],
     "Travel centre whose trained cashier reported a girl in a truck cab and helped police recover her; no hourly rooms.",
     12)

acct("negative", "hard:spa", "Zen Path Massage Studio", "Personal Services", "Customer - Direct",
     "www.zenpathmassage.example", "(720) 555-0107", "1550 Platte St", "Denver", "CO", "80202",
     260000, 5,
     "LMT-owned studio, 4 therapists, 10-7. BC Book + BC Pay.",
     "dana", "2016-11-14",
     [("Maya", "Ellison", "Owner, LMT", "maya", "")],
     [
      C("2017-06-12", "Fake ads using our number",
        "Maya upset: someone posted escort-style ads on a classifieds site using Zen Path's phone and photos of the studio; she's getting calls asking for 'extras'. Filed police report. Asks if booking can block men who ask for extras.",
        "Added mandatory policy acknowledgment (therapeutic only; inappropriate requests = session ended + ban) and a client block list.", "jenna", ev=1, who=0, prio="High"),
      T("2017-06-26", "Follow-up",
        "Maya: ads came down after the detective contacted the site. Calls stopped.",
        "jenna", ev=1, who=0),
     ],
     "Legitimate massage studio impersonated in escort ads; it reported to police and enforced a therapeutic-only policy.",
     10)

acct("negative", "hard:victim_of_crime", "Glamour Nails & Lash", "Personal Services", "Customer - Direct",
     "", "(702) 555-0118", "4155 S Buffalo Dr Ste 101", "Las Vegas", "NV", "89147",
     300000, 7,
     "Nail + lash salon. BC Pay 2 T3.",
     "marcus", "2015-08-10",
     [("Lan", "Tran", "Owner", "lan", "")],
     [
      C("2018-03-05", "Terminal stolen in robbery",
        "Salon robbed at gunpoint 3/4 around closing; one T3 + cash drawer taken, a 19 y/o tech was hurt (pushed, ok now). Police report LVMPD #180304-2219.",
        "Disabled stolen terminal, shipped replacement overnight, waived fee.", "ray", ev=1, who=0, prio="High", typ="Problem"),
      N("2018-03-06", "Check-in",
        "Called Lan. Staff shaken, closed 2 days. Offered to pause SaaS fee for March - accepted.",
        "kelly", ev=1),
     ],
     "Salon that was robbed, with a young employee hurt; police mention concerns a crime against it.",
     10)

acct("negative", "hard:research", "Center for Labor & Migration Research", "Education", "Customer - Nonprofit",
     "www.clmr-univ.example", "(608) 555-0129", "1225 Observatory Dr", "Madison", "WI", "53706",
     0, 9,
     "University research center. Studies labor trafficking in ag + construction. BC Book for interviews; BC Pay gift card incentives.",
     "priya", "2017-09-11",
     [("Dr. Ana", "Ferreira", "PI", "aferreira", "")],
     [
      C("2017-09-25", "IRB - no names",
        "IRB requires participants (farmworkers, some survivors of labor trafficking) be booked under study codes only, no names/phones stored.",
        "Configured code-only booking + SMS off. Closed.", "jenna", ev=1, who=0),
      T("2018-05-14", "Gift card incentives",
        "$40 gift card per interview; 120 cards this wave. Set up batch.",
        "anne", ev=1, who=0),
     ],
     "University lab studying labour trafficking that protects participants' identities.",
     9)

acct("negative", "hard:franchisor_reports", "Kneadwell Massage", "Personal Services", "Customer - Enterprise",
     "www.kneadwellmassage.example", "(480) 555-0130", "7150 E Camelback Rd Ste 444", "Scottsdale", "AZ", "85251",
     14000000, 300,
     "Massage franchise, 22 locations. BC Book enterprise + BC Pay.",
     "priya", "2014-06-09",
     [("Greg", "Anand", "VP Franchise Ops", "ganand", "")],
     [
      N("2014-06-11", "Brand standards",
        "Franchisor standards: licensed LMTs only, glass storefronts, no appts after 9pm, no cash-only services. They audit each location 2x/yr.",
        "priya", ev=1),
      C("2018-05-21", "Disable location #14 NOW",
        "Greg: audit found franchisee at #14 listed on a buyer review board and staff sleeping in a back room. Franchisor terminated the franchise, reported to PD + the hotline, wants #14's booking page off today.",
        "Disabled #14 within the hour. Confirmed w/ Greg.", "jenna", ev=1, who=0, prio="High", days=0),
      O("2018-09-01", "Kneadwell Massage - Renewal", "Renewal", "Closed Won", 52000, "Renewed 21 locations.", "priya", ev=1),
     ],
     "Franchisor whose audit caught one franchisee's illicit operation; it terminated and reported it, and the location was cut off.",
     11)

acct("negative", "hard:hotel_reporting", "Grandview Hotel", "Hospitality", "Customer - Direct",
     "www.grandviewhotel.example", "(414) 555-0141", "509 W Kilbourn Crest", "Milwaukee", "WI", "53203",
     5200000, 90,
     "150 rooms downtown. BC Book PMS + housekeeping app.",
     "dana", "2013-02-11",
     [("Marisol", "Vega", "GM", "mvega", "")],
     [
      C("2016-11-08", "DND alert",
        "GM wants housekeeping alert when a room is Do Not Disturb >48 hrs -> welfare check. Part of their anti-trafficking training.",
        "Built rule + alert to duty mgr. Closed.", "wei", ev=1, who=0, typ="Feature Request"),
      N("2017-04-03", "GM story",
        "Marisol shared: DND alert triggered on a 3-day room; welfare check found a woman who said a man was holding her there and had her ID. Police came, she was taken to an advocate. PD commended staff.",
        "kelly", ev=1),
     ],
     "Hotel whose welfare-check alert led staff to rescue a woman held by a guest.",
     11)

acct("negative", "hard:safeguarding", "Tiny Tots Swim School", "Education", "Customer - Direct",
     "www.tinytotsswim.example", "(916) 555-0152", "2701 Fair Oaks Blvd", "Sacramento", "CA", "95864",
     480000, 14,
     "Swim lessons ages 6mo-12. BC Book + BC Pay autopay.",
     "marcus", "2016-04-11",
     [("Jenny", "Albright", "Owner", "jenny", "")],
     [
      C("2016-04-28", "Child profiles",
        "Jenny wants: child DOB, allergy notes, authorized adults; no photos of kids in profiles; instructor profiles show background-check + CPR expiry.",
        "Configured. Closed.", "jenna", ev=1, who=0),
     ],
     "Swim school handling minors' data and instructor background checks.",
     9)

acct("negative", "hard:chargeback_police_report", "Northside Auto Repair", "Automotive", "Customer - Direct",
     "", "(816) 555-0163", "4100 N Oak Trfy", "Kansas City", "MO", "64116",
     900000, 8,
     "Auto repair, 6 bays. BC Pay 2 T3.",
     "dana", "2015-01-19",
     [("Frank", "DeLuca", "Owner", "frank", "")],
     [
      C("2016-07-11", "CB - unauthorized, we have police report",
        "Cardholder says $2,300 repair unauthorized. Frank has police report: a man picked up the car w/ a stolen card + fake ID, PD arrested him later.",
        "Submitted police report + signed estimate. Issuer ruled for merchant (card present, chip). Won.", "ray", ev=1, who=0, typ="Chargeback", days=35),
      C("2019-02-04", "CB - ordinary",
        "Customer disputes $180 diag fee, says they declined repair.",
        "Signed work order shows diag authorized. Won.", "ray", ev=1, typ="Chargeback", days=30),
     ],
     "Repair shop that won a chargeback using a police report about a fraudster.",
     9)

acct("negative", "hard:modelling", "Luma Models & Talent", "Entertainment", "Customer - Direct",
     "www.lumamodels.example", "(323) 555-0174", "6060 Sunset Blvd Ste 210", "Los Angeles", "CA", "90028",
     2500000, 15,
     "Licensed talent agency (CA). Commercial print + TV. BC Payouts for talent.",
     "priya", "2017-04-10",
     [("Sasha", "Greer", "Agency Owner", "sasha", "")],
     [
      N("2017-04-12", "Signed",
        "Licensed w/ state Labor Commissioner. ~30% of roster are minors: work permits on file, parent/guardian on every set, 15% of minors' pay to blocked trust accts per CA law.",
        "priya", ev=1),
      C("2017-05-03", "Payouts for minor talent",
        "Minors' payouts must split: 15% to the trust acct, rest to parent/guardian acct; minors never get direct payouts.",
        "Split payout rule set. Closed.", "wei", ev=1, who=0, typ="Feature Request"),
     ],
     "Licensed talent agency following work-permit, guardian and trust-account rules for minors.",
     10)

acct("negative", "hard:motel_ordinary", "Bella Vista Motel", "Hospitality", "Customer - Direct",
     "", "(505) 555-0185", "8200 Central Ave SE", "Albuquerque", "NM", "87108",
     360000, 5,
     "Family-run, 26 rooms. ~60% cash. Weekly rates for traveling nurses.",
     "marcus", "2013-06-17",
     [("Rosa", "Chavez", "Owner", "rosachavez", "")],
     [
      N("2013-06-19", "Signed",
        "Lots of cash guests; weekly rate for traveling nurses at the VA. Wants card for deposits.",
        "marcus", ev=1),
      C("2015-12-28", "Police called - noise",
        "Rosa: called police on a loud party in rm 12 on Xmas night; guests left. Asks how to mark a guest 'do not rent'.",
        "Showed DNR flag on guest profile. Closed.", "ray", ev=1, who=0),
     ],
     "Family motel with cash guests and a noise complaint to police; ordinary.",
     10)

acct("negative", "hard:dating_low_spam", "Kindred Match", "Internet / Dating", "Customer - Direct",
     "www.kindredmatch.example", "(917) 555-0196", "45 W 25th St Fl 6", "New York", "NY", "10010",
     6500000, 40,
     "Dating app subscriptions via BC Pay API.",
     "marcus", "2016-02-15",
     [("Ravi", "Bose", "Head of T&S", "ravi", "")],
     [
      N("2016-02-17", "UW",
        "Escort/spam profiles ~0.4% of signups, removed by photo verification + ML + human review. Reports to NCMEC where a minor suspected. No paid ads by users.",
        "omar", ev=1),
      C("2017-03-21", "Acquirer review",
        "Bank asks about escort activity on dating apps. Ravi sent T&S report: removals, NCMEC reports (7 in 2016), police referrals.",
        "Bank satisfied. Closed.", "omar", ev=1, origin="Email", typ="Risk Review"),
     ],
     "Dating app that removes escort profiles (<1%) and reports suspected minors.",
     10)

acct("negative", "hard:employee_victim", "Oakridge Hotel & Conference", "Hospitality", "Customer - Direct",
     "www.oakridgehotel.example", "(615) 555-0107", "2800 Riverbend Conference Dr", "Nashville", "TN", "37214",
     7800000, 140,
     "220 rooms + conference. BC Book PMS + BC Pay + BC Payroll (from 2018).",
     "dana", "2014-10-13",
     [("Beth", "Conroy", "HR Director", "bconroy", ""), ("Sam", "Whitley", "GM", "swhitley", "")],
     [
      N("2017-11-20", "Why they want payroll",
        "Beth: housekeeping used to come through a 3rd-party staffing firm. Two housekeepers told the hotel the firm held their passports and charged 'debt' for housing. Hotel ended that contract, reported the firm to DOL + police, and hired all 28 housekeepers directly. Wants BC Payroll so pay goes to each worker's own acct.",
        "dana", ev=1),
      O("2018-01-15", "Oakridge - BC Payroll", "Upsell", "Closed Won", 9800, "Payroll for 140, direct deposit to each employee.", "dana", ev=1),
      C("2018-02-05", "Payroll languages",
        "Needs paystubs in Spanish + Haitian Creole; each housekeeper gets own login.",
        "Enabled ES; HT not supported, FR as fallback. Closed.", "jenna", ev=1, who=0),
     ],
     "Hotel whose housekeepers were exploited by a staffing vendor; the hotel reported the vendor and hired the workers directly.",
     12)

acct("negative", "hard:single_ambiguous_note", "Mountain Flow Yoga", "Fitness", "Customer - Direct",
     "www.mountainflowyoga.example", "(828) 555-0118", "60 Biltmore Ave", "Asheville", "NC", "28801",
     310000, 10,
     "Yoga studio, class passes via BC Book. 1 T3 for retail.",
     "marcus", "2015-03-09",
     [("Skye", "Harmon", "Owner", "skye", "")],
     [
      N("2016-06-07", "Odd call",
        "Owner asked whether we report 'cash-heavy' merchants to anyone and whether the IRS sees our data. Seemed nervous. Turned out she's being audited over 2014 cash class fees, her accountant told her to check. Nothing else odd.",
        "kelly", ev=1),
      O("2016-09-01", "Mountain Flow - Renewal 2016", "Renewal", "Closed Won", 720, "Renewed, class-pack pricing unchanged.", "marcus", ev=1),
     ],
     "One ambiguous note about cash and reporting, explained by a tax audit, followed by a routine renewal.",
     10)

# ================================================================ ORDINARY
def ordinary(name, industry, site, phone, street, city, state, zipc, rev, emp, desc, own, created, contacts, total, items=()):
    acct("negative", "ordinary", name, industry, "Customer - Direct", site, phone, street, city, state,
         zipc, rev, emp, desc, own, created, contacts, list(items), "", total)

ordinary("Sweet Crumb Bakery", "Food & Beverage", "www.sweetcrumbbakery.example", "(503) 555-0129",
         "812 NW 23rd Ave", "Portland", "OR", "97210", 540000, 9, "Bakery/cafe, 2 T3 + online pre-orders.",
         "dana", "2013-04-08", [("Molly", "Brennan", "Owner", "molly", "")], 9,
         [T("2016-11-14", "Thanksgiving pre-orders", "Molly wants pie pre-orders capped at 120 for Wed pickup. Set inventory limit.", "jenna")])
ordinary("Bright Smile Dental", "Healthcare", "www.brightsmiledental.example", "(480) 555-0130",
         "1500 N Scottsdale Rd", "Tempe", "AZ", "85281", 1800000, 14, "Dental practice, BC Book for hygiene appts + BC Pay.",
         "priya", "2014-05-19", [("Dr. Alan", "Cho", "DDS, Owner", "drcho", ""), ("Terri", "Vance", "Office Mgr", "office", "")], 10)
ordinary("Cloudline Software", "Software", "www.cloudlinesw.example", "(512) 555-0141",
         "301 Congress Ave Ste 1400", "Austin", "TX", "78701", 4200000, 35, "B2B SaaS, BC Pay API for subscriptions.",
         "marcus", "2016-07-11", [("Nate", "Orr", "CFO", "nate", "")], 9)
ordinary("FastLane Logistics", "Transportation", "www.fastlanelogistics.example", "(901) 555-0152",
         "3800 Tchulahoma Rd", "Memphis", "TN", "38118", 9800000, 120, "Last-mile delivery. BC Pay mobile terminals for COD.",
         "dana", "2013-10-21", [("Carl", "Beasley", "Controller", "carl", "")], 10)
ordinary("Corner Brew Coffee", "Food & Beverage", "www.cornerbrew.example", "(617) 555-0163",
         "410 Centre St", "Boston", "MA", "02130", 620000, 12, "Coffee shop, 2 T3, loyalty.",
         "priya", "2015-01-26", [("Ivy", "Sato", "Owner", "ivy", "")], 9)
ordinary("Sharp Edge Barbers", "Personal Services", "www.sharpedgebarbers.example", "(773) 555-0174",
         "1642 N Milwaukee Ave", "Chicago", "IL", "60647", 380000, 7, "Barbershop, BC Book walk-in queue + BC Pay.",
         "marcus", "2017-03-13", [("Andre", "Mitchell", "Owner", "andre", "")], 9)
ordinary("Paws & Suds Pet Grooming", "Personal Services", "www.pawsandsuds.example", "(919) 555-0185",
         "2100 Hillsborough St", "Raleigh", "NC", "27607", 290000, 6, "Dog grooming, BC Book + BC Pay.",
         "dana", "2016-05-02", [("Becky", "Lunde", "Owner", "becky", "")], 8)
ordinary("Main Street Hardware", "Retail", "www.mainsthardware.example", "(319) 555-0196",
         "115 Main St", "Cedar Falls", "IA", "50613", 1500000, 11, "Hardware store, 3 T3, QuickBooks.",
         "marcus", "2012-09-10", [("Hal", "Jorgensen", "Owner", "hal", "")], 10)
ordinary("Green Leaf Landscaping", "Services", "www.greenleafland.example", "(770) 555-0107",
         "900 Holcomb Bridge Rd", "Roswell", "GA", "30076", 1100000, 20, "Landscaping crews, BC Book estimates, invoices via BC Pay.",
         "priya", "2014-03-31", [("Tyler", "Brandt", "Owner", "tyler", "")], 9)
ordinary("Bella Napoli Pizza", "Restaurant", "www.bellanapolipizza.example", "(201) 555-0118",
         "77 Washington St", "Hoboken", "NJ", "07030", 950000, 16, "Pizzeria, 2 T3 + online ordering.",
         "dana", "2013-12-02", [("Sal", "Romano", "Owner", "sal", "")], 10)
ordinary("Summit Physical Therapy", "Healthcare", "www.summitpt.example", "(303) 555-0129",
         "2500 Arapahoe Ave", "Boulder", "CO", "80302", 1300000, 12, "PT clinic, BC Book + copays via BC Pay.",
         "marcus", "2015-08-17", [("Dana", "Kowalski", "Practice Mgr", "dkowalski", "")], 9)
ordinary("Tidy Home Cleaning Co", "Services", "www.tidyhomecleaning.example", "(210) 555-0140",
         "1800 Broadway Ste 5", "San Antonio", "TX", "78215", 700000, 25, "Residential cleaning, BC Book + card on file.",
         "priya", "2016-10-03", [("Lorena", "Castillo", "Owner", "lorena", "")], 9,
         [N("2017-01-09", "Recurring bookings", "Lorena moving all biweekly clients to recurring bookings w/ card on file. 140 clients. Bulk import done.", "wei")])
ordinary("Evergreen Books", "Retail", "www.evergreenbooks.example", "(206) 555-0151",
         "4300 University Way NE", "Seattle", "WA", "98105", 480000, 8, "Indie bookstore, 2 T3, author event tickets via BC Book.",
         "dana", "2012-11-12", [("Ruth", "Abernathy", "Owner", "ruth", "")], 9)

# ================================================================ build
END_CAP = dt.date(2020, 12, 15)

def d_(s):
    return dt.date.fromisoformat(s)

def ts(day, rng, hh=None, mm=None):
    h = rng.randint(8, 18) if hh is None else hh
    m = rng.randint(0, 59) if mm is None else mm
    return "%sT%02d:%02d:%02d.000+0000" % (day.isoformat(), h, m, rng.randint(0, 59))

class Ids:
    def __init__(self):
        self.n = {}
    def next(self, prefix):
        self.n[prefix] = self.n.get(prefix, 0) + 1
        return "%s%s%012d" % (prefix, TAG, self.n[prefix])

def money(x):
    return "%.2f" % x

def short(name):
    for cut in (" (", " LLC", " & Suites"):
        if cut in name:
            name = name.split(cut)[0]
    if name.endswith(" Co"):
        name = name[:-3]
    return name

def domain_of(a):
    if a["site"]:
        return a["site"].replace("www.", "")
    slug = "".join(ch for ch in a["name"].lower() if ch.isalnum())[:18]
    return slug + "-mail.example"

def fill(text, rng, a, day, contact_first):
    return text.format(c=contact_first, n=rng.randint(1, 3), amt=money(rng.uniform(18, 950)),
                       yr=day.year, mo=MONTHS[(day.month - 2) % 12], tkt=rng.randint(10000, 99999),
                       nps=rng.randint(6, 10), npsq=rng.choice(NPSQ), trend=rng.choice(TREND))

def build():
    ids = Ids()
    rows = {k: [] for k in ("Account", "Contact", "Opportunity", "Case", "Task", "Event", "Note")}
    labels = []
    case_no = [41000]
    for idx, a in enumerate(ACCOUNTS):
        rng = random.Random(7919 * (idx + 1))
        created = d_(a["created"])
        aid = ids.next("001")
        a["Id"] = aid
        country = "Canada" if a["state"] == "QC" else "United States"
        rows["Account"].append(dict(
            Id=aid, Name=a["name"], Type=a["atype"], Industry=a["industry"], Website=a["site"],
            Phone=a["phone"], BillingStreet=a["street"], BillingCity=a["city"], BillingState=a["state"],
            BillingPostalCode=a["zipc"], BillingCountry=country,
            AnnualRevenue=money(a["rev"]) if a["rev"] else "", NumberOfEmployees=str(a["emp"]),
            Description=a["desc"], OwnerId=uid(a["own"]), CreatedDate=ts(created, rng)))
        area = a["phone"][1:4]
        dom = domain_of(a)
        cids = []
        for j, (fn, ln, title, local, bd) in enumerate(a["contacts"]):
            cid = ids.next("003")
            cids.append(cid)
            rows["Contact"].append(dict(
                Id=cid, AccountId=aid, FirstName=fn, LastName=ln, Title=title,
                Email="%s@%s" % (local, dom), Phone="(%s) 555-%04d" % (area, rng.randint(100, 199)),
                MailingCity=a["city"], MailingCountry=country, Birthdate=bd, OwnerId=uid(a["own"]),
                CreatedDate=ts(created + dt.timedelta(days=rng.randint(0, 3)), rng)))
        first = a["contacts"][0][0].split()[-1] if a["contacts"][0][0].startswith(("Dr.", "Sgt.")) else a["contacts"][0][0]

        # ---- routine records
        hand = list(a["items"])
        n_routine = a["total"] - 1 - len(a["contacts"]) - len(hand)
        assert n_routine >= 1, (a["name"], n_routine)
        last_hand = max([d_(i["d"]) for i in hand] + [created])
        span_end = max(last_hand + dt.timedelta(days=rng.randint(90, 420)),
                       created + dt.timedelta(days=rng.randint(700, 1900)))
        span_end = min(span_end, END_CAP)
        span = (span_end - created).days
        offs = sorted(rng.sample(range(12, span), n_routine - 1)) if n_routine > 1 else []
        routine_days = [created + dt.timedelta(days=rng.randint(1, 9))] + [created + dt.timedelta(days=o) for o in offs]
        picks = [rng.choice(ONBOARD_POOL)] + rng.sample(ROUTINE_POOL, n_routine - 1)
        # renewal-type items only once the account is ~a year old: swap early ones later
        def renewalish(p):
            return p[0] == "opp" and p[2] == "Renewal" or p[1] in ("Renewal signed", "Annual increase", "Renewal reminder", "Annual review")
        for i in range(1, len(picks)):
            if renewalish(picks[i]) and (routine_days[i] - created).days < 330:
                for j in range(len(picks) - 1, i, -1):
                    if not renewalish(picks[j]) and (routine_days[j] - created).days >= 330:
                        picks[i], picks[j] = picks[j], picks[i]
                        break
        items = []
        for day, p in zip(routine_days, picks):
            kind = p[0]
            if kind == "case":
                items.append(dict(t="case", day=day, subj=fill(p[1], rng, a, day, first),
                                  desc=fill(p[2], rng, a, day, first), comments=fill(p[3], rng, a, day, first),
                                  own=rng.choice(["jenna", "ray", "jenna", "ray", "linh", "ana"]), ev=0,
                                  who=0, status="Closed", prio=rng.choice(["Low", "Medium", "Medium"]),
                                  origin=rng.choice(["Phone", "Email", "Web", "Phone"]),
                                  typ=("Chargeback" if "hargeback" in p[1] or p[1].startswith("CB") or "dispute" in p[1] else rng.choice(["Question", "Problem"])),
                                  days=rng.randint(0, 6)))
            elif kind == "task":
                items.append(dict(t="task", day=day, subj=p[1], desc=fill(p[2], rng, a, day, first),
                                  own=rng.choice([a["own"], "kelly", "tomas", "anne"]), ev=0,
                                  typ=rng.choice(["Call", "Email", "Call"]), who=0, status="Completed", prio="Normal"))
            elif kind == "event":
                items.append(dict(t="event", day=day, subj=p[1], desc=fill(p[2], rng, a, day, first), loc=p[3],
                                  own=("hector" if p[1] == "Terminal install" else rng.choice([a["own"], "kelly", "tomas"])),
                                  ev=0, who=0, dur=rng.choice([30, 45, 60, 90]), typ="Meeting",
                                  start="%02d:%s" % (rng.randint(9, 16), rng.choice(["00", "30"]))))
            elif kind == "note":
                items.append(dict(t="note", day=day, title=p[1], body=fill(p[2], rng, a, day, first),
                                  own=rng.choice(["kelly", "tomas", "anne", a["own"]]), ev=0, priv=False))
            else:
                stage = p[3]
                base = a["rev"] or 300000
                if p[2] == "Renewal":
                    amt = max(300, min(60000, round(base * rng.uniform(0.002, 0.005), -1)))
                else:
                    amt = max(150, min(9000, round(base * rng.uniform(0.0005, 0.002), -1)))
                items.append(dict(t="opp", day=day, name="%s - %s" % (short(a["name"]), fill(p[1], rng, a, day, first)),
                                  typ=p[2], stage=stage, amt=amt, desc=p[4], own=a["own"], ev=0))
        for h in hand:
            h = dict(h)
            h["day"] = d_(h["d"])
            assert created <= h["day"] <= dt.date(2020, 12, 31), (a["name"], h)
            items.append(h)
        items.sort(key=lambda i: i["day"])

        # ---- emit
        ev_ids, kf = [], []
        for it in items:
            day = it["day"]
            cid = cids[min(it.get("who", 0), len(cids) - 1)]
            own = uid(it["own"])
            t = it["t"]
            if t == "case":
                rid = ids.next("500")
                case_no[0] += rng.randint(1, 37)
                closed = it["status"] == "Closed"
                rows["Case"].append(dict(
                    Id=rid, CaseNumber="%08d" % case_no[0], AccountId=aid, ContactId=cid,
                    Subject=it["subj"], Description=it["desc"], Status=it["status"], Priority=it["prio"],
                    Origin=it["origin"], Type=it["typ"], IsClosed="true" if closed else "false", OwnerId=own,
                    CreatedDate=ts(day, rng),
                    ClosedDate=ts(day + dt.timedelta(days=it["days"]), rng, hh=19) if closed else "",
                    Comments=it["comments"]))
            elif t == "task":
                rid = ids.next("00T")
                rows["Task"].append(dict(
                    Id=rid, WhatId=aid, WhoId=cid, AccountId=aid, Subject=it["subj"], Description=it["desc"],
                    ActivityDate=day.isoformat(), Status=it["status"], Priority=it["prio"], Type=it["typ"],
                    OwnerId=own, CreatedDate=ts(day, rng)))
            elif t == "event":
                rid = ids.next("00U")
                hh, mm = map(int, it["start"].split(":"))
                start = dt.datetime(day.year, day.month, day.day, hh, mm)
                end = start + dt.timedelta(minutes=it["dur"])
                rows["Event"].append(dict(
                    Id=rid, WhatId=aid, WhoId=cid, AccountId=aid, Subject=it["subj"], Description=it["desc"],
                    Location=it["loc"], ActivityDate=day.isoformat(),
                    StartDateTime=start.strftime("%Y-%m-%dT%H:%M:00.000+0000"),
                    EndDateTime=end.strftime("%Y-%m-%dT%H:%M:00.000+0000"),
                    DurationInMinutes=str(it["dur"]), Type=it["typ"], OwnerId=own,
                    CreatedDate=ts(max(created, day - dt.timedelta(days=rng.randint(0, 6))), rng)))
            elif t == "note":
                rid = ids.next("002")
                rows["Note"].append(dict(
                    Id=rid, ParentId=aid, Title=it["title"], Body=it["body"],
                    IsPrivate="true" if it["priv"] else "false", OwnerId=own, CreatedDate=ts(day, rng)))
            else:
                rid = ids.next("006")
                won = it["stage"] == "Closed Won"
                closed = it["stage"].startswith("Closed")
                rows["Opportunity"].append(dict(
                    Id=rid, AccountId=aid, Name=it["name"] if " - " in it["name"] else "%s - %s" % (short(a["name"]), it["name"]),
                    Type=it["typ"], StageName=it["stage"], Amount=money(it["amt"]),
                    Probability="100" if won else ("0" if closed else "60"), CloseDate=day.isoformat(),
                    IsClosed="true" if closed else "false", IsWon="true" if won else "false",
                    Description=it["desc"], OwnerId=own,
                    CreatedDate=ts(max(created, day - dt.timedelta(days=rng.randint(14, 45))), rng)))
            if it.get("ev"):
                ev_ids.append(rid)
            if it.get("ev") == 2:
                kf.append(day.isoformat())
        if a["label"] == "positive":
            assert len(kf) == 1, a["name"]
            kfd = kf[0]
        else:
            assert not kf, a["name"]
            kfd = ""
        rat = a["rationale"] or "Ordinary %s customer; routine onboarding, support and billing records only." % a["industry"].lower()
        labels.append(dict(AccountId=aid, label=a["label"], kind=a["kind"], knowable_from=kfd,
                           evidence_ids=";".join(ev_ids), rationale=rat))
    return rows, labels

COLS = {
    "Account": "Id,Name,Type,Industry,Website,Phone,BillingStreet,BillingCity,BillingState,BillingPostalCode,BillingCountry,AnnualRevenue,NumberOfEmployees,Description,OwnerId,CreatedDate",
    "Contact": "Id,AccountId,FirstName,LastName,Title,Email,Phone,MailingCity,MailingCountry,Birthdate,OwnerId,CreatedDate",
    "Opportunity": "Id,AccountId,Name,Type,StageName,Amount,Probability,CloseDate,IsClosed,IsWon,Description,OwnerId,CreatedDate",
    "Case": "Id,CaseNumber,AccountId,ContactId,Subject,Description,Status,Priority,Origin,Type,IsClosed,OwnerId,CreatedDate,ClosedDate,Comments",
    "Task": "Id,WhatId,WhoId,AccountId,Subject,Description,ActivityDate,Status,Priority,Type,OwnerId,CreatedDate",
    "Event": "Id,WhatId,WhoId,AccountId,Subject,Description,Location,ActivityDate,StartDateTime,EndDateTime,DurationInMinutes,Type,OwnerId,CreatedDate",
    "Note": "Id,ParentId,Title,Body,IsPrivate,OwnerId,CreatedDate",
}
LABEL_COLS = "AccountId,label,kind,knowable_from,evidence_ids,rationale"

def write(name, cols, rows):
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols.split(","), quoting=csv.QUOTE_ALL, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow(r)

if __name__ == "__main__":
    rows, labels = build()
    for k, cols in COLS.items():
        write(k + ".csv", cols, rows[k])
    write("labels.csv", LABEL_COLS, labels)
    print({k: len(v) for k, v in rows.items()}, "total", sum(len(v) for v in rows.values()))
