#!/usr/bin/env python3
"""Part A (tag EVA) of the relationship evaluation set.

Fictional Salesforce Data Export of "Kestrel Cloud", a CRM / marketing-automation SaaS
vendor (Kestrel CRM seats, Kestrel Campaigns, Kestrel Engage SMS, Kestrel Service Desk,
ProServ custom build-outs and Success Architect consulting) selling to businesses.

Standard library only. Every record that bears on a label is written out by hand below;
routine records (renewals, seat changes, resets, invoices, onboarding, integrations) are
drawn from a pool of hand-written phrasings with dates in sequence.  Run:
    python3 author.py
to (re)write Account.csv, Contact.csv, Opportunity.csv, Case.csv, Task.csv, Event.csv,
Note.csv and labels.csv next to this script.
"""
import csv
import datetime as dt
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
TAG = "EVA"

# Provider staff (OwnerId).  Roles only matter for who writes what.
USERS = {
    "ae1": "005EVA000000000001",   # account exec, West
    "ae2": "005EVA000000000002",   # account exec, East
    "ae3": "005EVA000000000003",   # account exec, International / LatAm
    "csm1": "005EVA000000000004",  # customer success
    "csm2": "005EVA000000000005",
    "csm3": "005EVA000000000006",
    "sup1": "005EVA000000000007",  # support
    "sup2": "005EVA000000000008",
    "se1": "005EVA000000000009",   # solutions engineer
    "ps1": "005EVA000000000010",   # professional services / consulting
    "risk1": "005EVA000000000011", # risk & compliance
    "fin1": "005EVA000000000012",  # billing / AR
}

ACCOUNTS = []


def A(**kw):
    ACCOUNTS.append(kw)


# ---- record constructors (hand-written records) -------------------------------------
def O(key, date, name, typ, stage, amount, desc, owner=None):
    return dict(t="opp", key=key, date=date, name=name, typ=typ, stage=stage,
                amount=amount, desc=desc, owner=owner)


def C(key, date, closed, subject, desc, comments="", status=None, prio="Medium",
      origin="Email", typ="Question", who=0, owner=None):
    return dict(t="case", key=key, date=date, closed=closed, subject=subject, desc=desc,
                comments=comments, status=status, prio=prio, origin=origin, typ=typ,
                who=who, owner=owner)


def T(key, date, subject, desc, who=0, status="Completed", prio="Normal", typ="Call",
      what=None, owner=None):
    return dict(t="task", key=key, date=date, subject=subject, desc=desc, who=who,
                status=status, prio=prio, typ=typ, what=what, owner=owner)


def E(key, date, subject, desc, loc="Zoom", mins=60, who=0, typ="Meeting", what=None,
      owner=None, hour=15):
    return dict(t="event", key=key, date=date, subject=subject, desc=desc, loc=loc,
                mins=mins, who=who, typ=typ, what=what, owner=owner, hour=hour)


def N(key, date, title, body, private=False, owner=None):
    return dict(t="note", key=key, date=date, title=title, body=body, private=private,
                owner=owner)


# ---- routine pool: hand-written phrasings for everyday records ------------------------
# (type, subject/name, description/body, extra)  placeholders: {fn} {acct} {seats} {seats2}
# {n} {yr} {inv} {tool} {pct}
ROUTINE = [
    # tasks: (subject, description, task type)
    ("task", "Renewal quote sent", "Sent renewal quote for {yr} to {fn}. {seats} seats, same tier. Waiting on PO.", "Email"),
    ("task", "Call w/ {fn} - seat count", "{fn} wants to drop {n} seats after their team reorg. Updated quote, effective next cycle.", "Call"),
    ("task", "Follow up on invoice {inv}", "Invoice {inv} is 30 days past due. Emailed AP, they said check run is friday.", "Email"),
    ("task", "Intro call - new admin", "New admin {fn} taking over. Walked thru user mgmt + profiles, sent admin guide link.", "Call"),
    ("task", "Send W-9 + COI", "Their procurement asked for our W-9 and cert of insurance for vendor file. Sent both.", "Email"),
    ("task", "check in re {tool} sync", "{fn} says {tool} sync has been fine since the patch. nothing to do.", "Call"),
    ("task", "QBR prep", "Pull usage for QBR: logins/wk, campaigns sent, open rate. Deck in shared drive.", "To Do"),
    ("task", "NPS follow up", "Gave us a 7 on NPS. {fn}: reporting is 'clunky'. Sent link to the new dashboards webinar.", "Email"),
    ("task", "Price increase notice", "Sent std list price increase notice ({pct}% at renewal). {fn} acked, no pushback.", "Email"),
    ("task", "LVM for {fn}", "left vm re renewal timing, will try again thurs", "Call"),
    ("task", "Update billing contact", "AP contact changed, updated billing email on acct + in billing sys.", "Other"),
    ("task", "Send training recording", "Sent recording of Campaigns 101 to {fn} for 3 new hires.", "Email"),
    ("task", "Send DPA", "Their legal asked for our DPA + subprocessor list for a GDPR review. Sent v3.", "Email"),
    ("task", "Confirm go-live date", "{fn} confirmed go-live for the 1st. Sent checklist + support hours.", "Call"),
    # cases: (subject, description, closing comment)
    ("case", "Password reset not arriving", "User not getting the reset email.", "Found it in their spam quarantine. Whitelisted our sending domain w/ their IT. Resolved."),
    ("case", "Locked out after MFA phone change", "{fn} got a new phone, can't get MFA codes.", "Verified identity via callback to number on file, reset MFA. closed"),
    ("case", "CSV import - date format errors", "Import failing on ~200 rows, dates are DD/MM/YYYY.", "Walked admin thru the date setting in import wizard. Import ok."),
    ("case", "Email bounce rate spike", "Bounce rate jumped to 6% on last send.", "Old purchased-list segment. Advised list hygiene, suppressed hard bounces."),
    ("case", "Report not showing last month", "Dashboard filter stuck on fiscal qtr.", "Changed filter to relative date 'last month'. Cust confirmed."),
    ("case", "{tool} connector auth expired", "Connector stopped syncing, token expired.", "Re-authed connector, backfilled 3 days."),
    ("case", "Invoice shows wrong seat count", "Billed for {seats} seats but only {seats2} active.", "Billing corrected, credit memo on next invoice."),
    ("case", "Cant add user - license limit", "Can't add a new user, all licenses assigned.", "Explained freeze inactive user or buy seat. Cust froze 2 users."),
    ("case", "Unsubscribe link missing in template", "Custom template has no unsubscribe merge field, send blocked.", "Added merge field, test send ok."),
    ("case", "Field missing on page layout", "Sales reps can't see the 'Region' field.", "FLS for rep profile was off. Fixed."),
    ("case", "List views very slow", "List views take 20s+ to load.", "Huge unfiltered 'All' view. Suggested filtered views; perf fine after."),
    ("case", "Sandbox refresh request", "Admin wants a full sandbox refresh before testing a new flow.", "Refresh queued, completed 2 days later."),
    ("case", "DKIM for custom domain", "Help setting up DKIM on their sending domain.", "Sent DNS records, verified after propagation."),
    ("case", "Dupes from web form", "Web form creates duplicate contacts when email casing differs.", "Enabled case-insensitive matching rule."),
    ("case", "How to schedule data export", "Admin asks how to run a weekly export for backups.", "Pointed to Data Export scheduler. done"),
    ("case", "Welcome email workflow not firing", "Welcome email stopped going out to new signups.", "Another admin deactivated it by accident. Re-activated."),
    ("case", "SAML SSO setup", "Setting up SSO w/ their IdP.", "Metadata exchanged, tested w/ 2 users, rolled out."),
    ("case", "iOS app crash on login", "Mobile app crashes after update.", "Known issue, fixed in app v{n}.2. Asked user to update."),
    ("case", "Scheduled report arrives empty", "Weekly scheduled report arrives blank.", "Running user lost folder access; reassigned running user."),
    ("case", "Tax exempt cert", "Need tax-exempt cert applied to invoices.", "Finance applied cert, reissued invoice {inv}."),
    # opportunities: (name, description, (type, stage))
    ("opp", "{acct} - Renewal {yr}", "Annual renewal, no changes.", ("Existing Business - Renewal", "Closed Won")),
    ("opp", "{acct} - +{n} seats", "Seat add for new hires.", ("Existing Business - Upgrade", "Closed Won")),
    ("opp", "{acct} - Campaigns add-on", "Pitched Campaigns add-on, budget went elsewhere.", ("Existing Business - Upgrade", "Closed Lost")),
    ("opp", "{acct} - Renewal {yr} (2yr)", "Renewed 2 yrs w/ 5% multi-yr discount.", ("Existing Business - Renewal", "Closed Won")),
    ("opp", "{acct} - Premier Support", "Upgraded to Premier support (24/7 + named TAM).", ("Existing Business - Upgrade", "Closed Won")),
    ("opp", "{acct} - Admin training pkg", "2-day remote admin training.", ("Professional Services", "Closed Won")),
    ("opp", "{acct} - Renewal {yr} (downsell)", "Renewed w/ {n} fewer seats, budget cut on their side.", ("Existing Business - Renewal", "Closed Won")),
    # events: (subject, description, (location, minutes))
    ("event", "Onboarding kickoff", "Kickoff w/ {fn} + team. Timeline: data import wk1, templates wk2, go-live wk4.", ("Zoom", 60)),
    ("event", "QBR", "Quarterly review. Usage steady, good adoption in sales, low in support. Action: training for support team.", ("Customer office", 90)),
    ("event", "Admin office hours", "Drop-in admin session, qs on validation rules + report types.", ("Zoom", 45)),
    ("event", "Roadmap preview", "Showed upcoming features (journey builder v2, AI subject lines). {fn} interested in A/B testing.", ("Webex", 60)),
    ("event", "Exec sponsor check-in", "Annual exec check-in. Happy overall, want a better mobile app.", ("Phone", 30)),
    ("event", "Go-live support call", "Go-live day, watched first campaign send, no issues.", ("Zoom", 30)),
    ("event", "Integration workshop", "Mapped fields for {tool} sync: 14 fields, 2 picklists need value mapping.", ("Zoom", 90)),
    # notes: (title, body, None)
    ("note", "Account plan", "Goal this FY: expand into their support team, {n} more seats. Risk: budget freeze.", None),
    ("note", "Contacts", "{fn} = day-to-day admin. Finance signs POs, needs 30 days lead time.", None),
    ("note", "Renewal notes", "Renewal owner is {fn}. Prefers email, hates calls before 10am.", None),
    ("note", "Billing", "Net 45 approved by finance. PO # required on every invoice.", None),
    ("note", "Usage", "Logins down 20% QoQ. Suggested refresher training.", None),
    ("note", "Tech stack", "They run {tool} + Google Workspace. Interested in our {tool} connector.", None),
    ("note", "Handoff", "Handoff from onboarding to CSM complete. No open issues.", None),
]

TOOLS = ["QuickBooks", "Shopify", "Slack", "Google Analytics", "Zendesk", "Outlook",
         "Xero", "Gmail", "Mailgun", "Zapier", "NetSuite", "Stripe"]


# =====================================================================================
# POSITIVES
# =====================================================================================

A(k="P01", label="positive", kind="escort_platform",
  name="Nightline Classifieds Inc.", short="Nightline", type="Customer - Direct",
  industry="Media", web="www.nightline-ads.example", phone="(214) 555-0143",
  street="2200 Commerce St Ste 410", city="Dallas", state="TX", zip="75201", country="USA",
  rev=41000000, emp=160, owner="ae1", csm="csm1", created="2012-05-14", deal=58000,
  desc="Online classifieds, 400+ city sites (jobs, rentals, personals, services). High volume posting, moderation team in-house.",
  contacts=[("Grant", "Oakes", "CEO"), ("Lorna", "Vetter", "VP Operations"), ("Sunil", "Brar", "Director, Marketing")],
  recs=[
    O("p01o1", "2012-06-20", "Nightline - Kestrel CRM 40 seats + Campaigns", "New Business", "Closed Won", 58000,
      "Initial deal. Campaigns for advertiser re-engagement. Per Sunil biggest vertical by rev is 'adult services' (~70%), rest jobs/rentals/autos."),
    E("p01e1", "2013-11-07", "Nightline onsite - posting flow workshop",
      "Onsite w/ Lorna + 3 of her mods. They want Campaigns journeys for 'power posters' in the escorts section (20+ ads/wk across lots of cities). Asked if we can score posters by # of cities and # of distinct phone #s per poster so the biggest ones get bulk-discount offers + a dedicated rep. Scoping as ProServ, Lorna wants it before Q1.",
      loc="Nightline HQ, Dallas", mins=180, who=1, owner="se1"),
    C("p01c1", "2014-02-18", "2014-02-25", "Moderation queue - keyword macro",
      "Lorna wants a Service Desk macro: when ad text hits a banned term, strip the term and auto-approve instead of rejecting. Term list she sent: teen, young, fresh, lolita, amber alert, school girl, 'new to the game'. Quote from her email: 'we dont want to lose the ad, just clean it up so it posts'.",
      "Built macro per spec, strips terms + sets status Approved. Delivered 2/25. Cust happy. Closing.",
      prio="High", typ="Feature Request", who=1, owner="ps1"),
    O("p01o2", "2014-03-31", "Nightline - ProServ poster scoring + macros", "Professional Services", "Closed Won", 24000,
      "Poster scoring model (cities/phones per poster) + moderation macros. 120h."),
    N("p01n1", "2015-07-02", "card brands",
      "FYI Visa & MC stopped processing for Nightline as of 7/1 per Grant. They are moving advertisers to bitcoin + prepaid 'credits'. He asked us to add a Credits object and a pay link to the renewal/nurture emails. Our own billing not affected (they pay us by wire).",
      owner="ae1"),
    O("p01o3", "2015-09-30", "Nightline - FY16 renewal + Engage SMS", "Existing Business - Upgrade", "Closed Won", 142000,
      "Renewal + Engage SMS for poster repost reminders. Pushed through before qtr end, Grant signed same day."),
    T("p01t1", "2016-04-11", "subpoena heads up",
      "Lorna called. Senate subcmte subpoenaed their moderation docs. Wants to know if we keep macro history + case comments and whether we can purge comments older than 90d. Told her I'd check w/ legal. Sent to risk.",
      who=1, owner="ae1"),
    C("p01c2", "2016-04-15", "2016-04-15", "Retention setting - case comments / email msgs",
      "Admin request: set org retention on Case Comments + Email Messages to 30 days.",
      "Configured per admin request. AE says no escalation needed.", typ="Question", who=1, owner="sup2"),
    N("p01n2", "2017-01-12", "news - Senate report",
      "Senate PSI report out this wk names Nightline for editing ads to conceal child sex trafficking (they describe the stripping filter). Opened review REV-0117. AE says renewal due 3/31 and cust says they're 'fine'. Need decision before renewal.",
      private=True, owner="risk1"),
    O("p01o4", "2017-03-29", "Nightline - FY18 renewal", "Existing Business - Renewal", "Closed Won", 151000,
      "Renewed 1 yr. They asked for multi-yr, declined 8% disc. REV-0117 still open."),
    N("p01n3", "2018-04-09", "domains seized",
      "DOJ seized Nightline domains 4/6, Grant pleaded guilty. Suspend org, preserve data for legal hold. Open AR ~38k.",
      owner="risk1"),
  ],
  total=18, ev=["p01e1", "p01c1", "p01n1", "p01o3", "p01t1", "p01c2", "p01n2", "p01o4"], kf="p01c1",
  why="Escort-heavy classifieds asked us to build a macro that strips 'teen', 'lolita', 'amber alert' from ads and auto-publishes them, after asking for poster scoring by cities/phones; then card cutoff, Senate subpoena, retention purge and renewals.")

A(k="P02", label="positive", kind="classifieds",
  name="Postboard Local LLC", short="Postboard", type="Customer - Direct",
  industry="Media", web="www.postboardlocal.example", phone="(602) 555-0117",
  street="45 W Jefferson St Fl 3", city="Phoenix", state="AZ", zip="85003", country="USA",
  rev=6200000, emp=38, owner="ae1", csm="csm2", created="2014-03-03", deal=22000,
  desc="Local classifieds in 30 SW metros: for sale, housing, jobs, personals.",
  contacts=[("Sayeed", "Amari", "COO"), ("Becca", "Lindqvist", "Marketing Ops Mgr"), ("Tomas", "Freire", "Head of Moderation")],
  recs=[
    O("p02o1", "2014-04-22", "Postboard - Campaigns + 10 seats", "New Business", "Closed Won", 22000,
      "Campaigns for poster nurture + 10 CRM seats. Categories: for sale, housing, jobs, adult personals."),
    C("p02c1", "2016-08-09", "2016-08-12", "Rename category in templates + pref center",
      "Need 'Adult Personals' renamed to 'Dating / Companionship' in every email template + the preference center. Keep the same subscriber list + segment IDs, don't want to rebuild journeys.",
      "Done. List ADULT_ADV_ALL now displays as 'Dating'. Segment IDs unchanged.", typ="Feature Request", who=1, owner="sup1"),
    N("p02n1", "2017-01-20", "QBR notes",
      "Rev dipped after they closed the adult section in Jan (AG's office was leaning on them). Sayeed: 'same advertisers, same ads, they're just under dating now, we need the nurture flows to follow them'. 92% of paid posts now in Dating. Wants ProServ help w/ moderation.",
      owner="csm2"),
    T("p02t1", "2017-02-06", "moderation macro scoping",
      "Tomas sent the list for the auto-reply when an ad gets held: it tells the poster which words tripped it (GFE, incall, roses, new in town, young, 'no rush') and gives 'safe' alternatives so they can repost right away. Quoted ProServ 20h.",
      who=2, owner="ps1"),
    O("p02o2", "2017-02-15", "Postboard - ProServ moderation auto-replies", "Professional Services", "Closed Won", 6000,
      "20h build, auto-reply macros + word list. See task."),
    O("p02o3", "2017-04-30", "Postboard - Renewal FY18", "Existing Business - Renewal", "Closed Won", 23500,
      "Renewed, +2 seats for moderation."),
    C("p02c2", "2018-05-02", "2018-05-10", "Contract assignment to new entity",
      "Cust closing US site after FOSTA. Wants our contract assigned to 'Postboard Global Ltd' (Belize) which will run the same sites from offshore. Same admins.",
      "Finance approved assignment. New billing entity set up.", typ="Billing", who=0, owner="fin1"),
  ],
  total=15, ev=["p02c1", "p02n1", "p02t1", "p02o2", "p02c2"], kf="p02n1",
  why="After closing its adult section under AG pressure it moved the same ads and advertisers into 'Dating' (92% of paid posts) using our rename, then had us build auto-replies coaching posters around trigger words, and later shifted offshore.")

A(k="P03", label="positive", kind="escort_platform",
  name="RedLamp Directory LLC", short="RedLamp", type="Customer - Direct",
  industry="Media", web="www.redlampdir.example", phone="(312) 555-0188",
  street="1100 W Lake St Unit 6", city="Chicago", state="IL", zip="60607", country="USA",
  rev=3400000, emp=22, owner="ae2", csm="csm1", created="2013-01-16", deal=31000,
  desc="Online directory, ~60 cities. Advertisers pay weekly for featured listings.",
  contacts=[("Nico", "Baptiste", "Owner / CEO"), ("Kara", "Mills", "Office Mgr")],
  recs=[
    O("p03o1", "2013-02-28", "RedLamp - Campaigns Pro", "New Business", "Closed Won", 31000,
      "Escort + 'body rub' directory, ~60 cities. Drip emails to lapsed advertisers. Paid upfront."),
    T("p03t1", "2015-07-09", "call w/ Nico - payments",
      "cards declining for his advertisers since the sheriff sent letters to visa/mc. Nico asked if Campaigns can send a link to pay w/ gift cards thru a 3rd party. told him we dont do payments, he'll find someone.",
      owner="ae2"),
    C("p03c1", "2015-10-02", "2015-10-09", "Records request - Marlow County Sheriff",
      "Legal fwd: subpoena from Marlow Cty Sheriff's Office for RedLamp advertiser contact records in our org, re an investigation into a juvenile sex trafficking ring advertising on redlampdir. Need export of Advertiser obj for 14 phone #s.",
      "Legal produced records 10/9. AE informed. Acct stays active.", prio="High", origin="Phone", typ="Compliance Review", owner="risk1"),
    N("p03n1", "2015-10-20", "expansion",
      "Nico not worried about the sheriff thing - 'they do this every year, it's theater'. Wants to open 15 more cities. Sending proposal for +25 seats + 2nd Campaigns BU.",
      owner="ae2"),
    O("p03o2", "2015-11-30", "RedLamp - expansion +25 seats", "Existing Business - Upgrade", "Closed Won", 27500,
      "15 new city sites. Closed on time."),
    O("p03o3", "2017-02-28", "RedLamp - Renewal FY17", "Existing Business - Renewal", "Closed Won", 58000, "Renewal, flat."),
  ],
  total=14, ev=["p03o1", "p03t1", "p03c1", "p03n1", "p03o2"], kf="p03c1",
  why="Escort directory whose card payments were cut after sheriff pressure; a sheriff's subpoena about a juvenile trafficking ring advertising on it was answered and we then sold a 25-seat expansion.")

A(k="P04", label="positive", kind="cam_platform",
  name="Glowcast Live Inc.", short="Glowcast", type="Customer - Direct",
  industry="Entertainment", web="www.glowcast.example", phone="(305) 555-0162",
  street="801 Brickell Ave Ste 900", city="Miami", state="FL", zip="33131", country="USA",
  rev=12500000, emp=55, owner="ae2", csm="csm3", created="2016-02-08", deal=38000,
  desc="Live streaming / cam site. Performer support + member promotions.",
  contacts=[("Andre", "Kowal", "COO"), ("Mia", "Santangelo", "Support Lead"), ("Jorge", "Pell", "CFO")],
  recs=[
    O("p04o1", "2016-03-18", "Glowcast - Service Desk 15 + Engage", "New Business", "Closed Won", 38000,
      "Performers onboard via web form; Service Desk for performer support, Engage SMS for member promos. IDcheck integration in signup flow (doc upload + selfie)."),
    C("p04c1", "2017-05-11", "2017-05-12", "Turn off ID verification step in performer signup",
      "Andre asked to disable the IDcheck step (doc upload + selfie) in the performer signup flow, says it 'kills conversion by 40%'. Wants email-only signup going forward, no backfill checks on existing.",
      "Disabled step per admin. Integration still installed, just bypassed in flow.", typ="Feature Request", who=0, owner="sup2"),
    C("p04c2", "2017-09-02", "2017-09-04", "Member complaint sent to our support addr",
      "Member emailed our support addr by mistake about room 'lilbunny': 'she says shes in 9th grade and the guy running the cam keeps telling her what to do off screen'. Forwarded to cust admin.",
      "Cust replied 'handled'. closed.", prio="High", origin="Email", typ="Problem", who=1, owner="sup1"),
    T("p04t1", "2017-09-05", "Glowcast - follow up on complaint?",
      "Risk asked me to confirm what cust did about the 9th grade report. Asked Mia, she said room was 'paused'. Performer signup still email only. Not pushing further - AE says not our business.",
      who=1, owner="csm3"),
    O("p04o2", "2018-01-15", "Glowcast - renewal + 10 seats", "Existing Business - Upgrade", "Closed Won", 46000,
      "Renewal w/ 10 more agent seats for performer support growth."),
    N("p04n1", "2018-06-21", "processor",
      "Jorge: their acquirer terminated them ('content compliance'). Moving to a high-risk processor in Cyprus. Asked to push our billing date 60d. Approved 30d.",
      owner="fin1"),
  ],
  total=14, ev=["p04c1", "p04c2", "p04t1", "p04o2", "p04n1"], kf="p04c2",
  why="Cam site had us switch off performer ID/age verification, then a member report of a 9th-grader directed off-camera reached our support and was closed on 'handled'; we renewed and upsold and the acquirer later dropped them.")

A(k="P05", label="positive", kind="ugc_platform",
  name="Vidstack Media Ltd", short="Vidstack", type="Customer - Direct",
  industry="Media", web="www.vidstack.example", phone="(302) 555-0131",
  street="1201 N Orange St Ste 700", city="Wilmington", state="DE", zip="19801", country="USA",
  rev=30000000, emp=120, owner="ae2", csm="csm2", created="2015-04-13", deal=41000,
  desc="User-uploaded video site (general + adult). Ops team in Limassol.",
  contacts=[("Stelios", "Markou", "VP Operations"), ("Hanna", "Brink", "Content Ops Mgr")],
  recs=[
    O("p05o1", "2015-05-29", "Vidstack - Service Desk 25 seats", "New Business", "Closed Won", 41000,
      "UGC video. Service Desk for DMCA + content removal queue."),
    C("p05c1", "2016-11-03", "2016-11-04", "SLA timers on removal queue",
      "Cust wants SLA on 'Content removal - victim request' queue changed from 72h to 30 days. Asked why: 'volume'. ~3k open in that queue.",
      "Changed SLA to 30d per admin.", typ="Feature Request", who=1, owner="sup1"),
    E("p05e1", "2017-06-14", "Success architect review - queues",
      "Queue review w/ Hanna. Largest: 'Non-consensual / underage report' ~11k tickets, median age 41 days. No human review before publish, uploads go live instantly. Cust asked us to exclude that queue from our usage analytics + success dashboards 'for privacy' and to have our CSM stop pulling case-level reports, aggregate counts only.",
      loc="Zoom", mins=120, who=1, owner="se1"),
    N("p05n1", "2017-06-14", "vidstack - concern",
      "Honestly concerning. Ticket subjects in the sample Hanna screen-shared: 'this is me at 15 please remove', 'my daughters video', 'I never agreed to this'. Uploads unreviewed. Flagging to risk.",
      private=True, owner="se1"),
    T("p05t1", "2017-07-03", "review SE note re Vidstack",
      "Read SE note. Closing - customer content is customer's responsibility per AUP s.4. No further action.",
      typ="Other", owner="risk1"),
    O("p05o2", "2018-02-27", "Vidstack - FY18 renewal + 15 seats + triage add-on", "Existing Business - Upgrade", "Closed Won", 77000,
      "Renewal, 15 more seats, AI triage add-on (they want it to auto-close dupes)."),
    N("p05n2", "2020-12-08", "press",
      "Big newspaper piece this wk on minors + non-consensual videos on Vidstack. Card networks 'reviewing'. AE asking if we need to do anything before Feb renewal.",
      owner="risk1"),
  ],
  total=15, ev=["p05c1", "p05e1", "p05n1", "p05t1", "p05o2", "p05n2"], kf="p05e1",
  why="Our own review found an 11k-ticket underage/non-consent queue aging 41 days with no pre-publication review, the customer asked us to stop looking at case-level data, risk closed it without investigating and we upsold.")

A(k="P06", label="positive", kind="review_board",
  name="HB Media Group (TheHobbyBoard)", short="HB Media", type="Customer - Direct",
  industry="Media", web="www.thehobbyboard.example", phone="(713) 555-0154",
  street="9800 Richmond Ave Ste 220", city="Houston", state="TX", zip="77042", country="USA",
  rev=900000, emp=6, owner="ae1", csm="csm3", created="2014-09-22", deal=9800,
  desc="Membership forum for 'hobbyists'. Paid VIP tier.",
  contacts=[("Wade", "Tolliver", "Admin / Owner"), ("Cheryl", "Dunn", "Bookkeeper")],
  recs=[
    O("p06o1", "2014-10-30", "HB Media - Campaigns 5 seats", "New Business", "Closed Won", 9800,
      "Forum w/ reviews of 'providers' & spas. Campaigns for VIP renewals + weekly digest."),
    C("p06c1", "2015-03-10", "2015-03-13", "Segments for digest",
      "Wade wants segments built off 'provider' listing fields: city, type (agency / indy / AMP), age range tag. Digest dynamic content shows newest reviewed providers per member's city.",
      "Helped build segments. AMP = 'asian massage parlor' per Wade.", typ="Question", owner="sup2"),
    N("p06n1", "2015-08-04", "digest deliverability",
      "Reviewed their digest template for deliverability. Subject line was 'NEW: 3 fresh ones at the Bellaire spa - barely legal, no English, live upstairs'. Told them spam filters hate 'barely legal', they changed it to 'New arrivals at Bellaire'. Opens up 12%.",
      owner="csm3"),
    O("p06o2", "2016-03-01", "HB Media - ProServ VIP journeys", "Professional Services", "Closed Won", 12000,
      "VIP upsell journeys, review-count badges."),
    C("p06c2", "2017-04-18", "2017-04-19", "Call from HPD",
      "Houston PD vice detective called support line asking who owns the thehobbyboard acct + admin emails. Routed to legal.",
      "Legal: need subpoena. No further contact from HPD so far.", origin="Phone", typ="Compliance Review", owner="sup1"),
    O("p06o3", "2017-10-31", "HB Media - Renewal", "Existing Business - Renewal", "Closed Won", 10400, "Renewed."),
  ],
  total=13, ev=["p06c1", "p06n1", "p06o2", "p06c2", "p06o3"], kf="p06n1",
  why="Sex-buyer review board whose digest, which our CSM helped reword for deliverability, advertised 'barely legal', non-English women living upstairs at a spa; we kept selling build-outs and renewals.")

A(k="P07", label="positive", kind="dating_platform",
  name="SugarLink Apps Inc.", short="SugarLink", type="Customer - Direct",
  industry="Technology", web="www.sugarlink.example", phone="(310) 555-0126",
  street="12100 Wilshire Blvd Ste 800", city="Los Angeles", state="CA", zip="90025", country="USA",
  rev=8800000, emp=40, owner="ae1", csm="csm2", created="2016-01-19", deal=26000,
  desc="'Arrangement' dating app. Paying 'generous' members, free 'babies'.",
  contacts=[("Zoe", "Carrick", "Head of Growth"), ("Phil", "Onuoha", "Trust & Safety Mgr")],
  recs=[
    O("p07o1", "2016-02-26", "SugarLink - Service Desk + Engage", "New Business", "Closed Won", 26000,
      "T&S queue in Service Desk, Engage for growth campaigns."),
    C("p07c1", "2017-03-06", "2017-03-07", "Remove report reason from picklist",
      "Admin wants 'Member may be under 18' removed from the report-reason picklist and existing reports w/ that reason remapped to 'Other' and hidden from agent views. Reason given: it 'scares agents'.",
      "Done. 1,214 reports remapped to Other.", typ="Feature Request", who=1, owner="sup2"),
    N("p07n1", "2017-05-15", "campaign copy - flag",
      "Their 'campus ambassador' campaign targets HS seniors: 'Graduating? Let a sponsor pay for prom & your car'. Sends to a list they uploaded called highschool_leads.csv. Flagged to CSM.",
      owner="sup1"),
    T("p07t1", "2017-05-17", "talked to Zoe re HS campaign",
      "Zoe says they only target 18+. The list has a DOB column - ~40% are 2000/2001 births (16-17 y/o). Her answer: 'those are for the future'. Campaign left running, not my call.",
      who=0, owner="csm2"),
    O("p07o2", "2017-11-30", "SugarLink - renewal + Engage volume tier 2", "Existing Business - Upgrade", "Closed Won", 39000,
      "Doubled SMS volume for campus campaigns."),
  ],
  total=13, ev=["p07c1", "p07n1", "p07t1", "p07o2"], kf="p07n1",
  why="Sugar-dating app hid under-18 reports from agents and ran a sponsor campaign on a high-school list where ~40% were 16-17; our CSM confirmed the ages and we doubled its SMS volume.")

A(k="P08", label="positive", kind="marketplace",
  name="Bazaarly Inc.", short="Bazaarly", type="Customer - Direct",
  industry="Technology", web="www.bazaarly.example", phone="(404) 555-0172",
  street="675 Ponce de Leon Ave NE Ste 500", city="Atlanta", state="GA", zip="30308", country="USA",
  rev=5100000, emp=30, owner="ae2", csm="csm1", created="2013-08-05", deal=24000,
  desc="Local services marketplace (tutors, cleaners, companions, massage).",
  contacts=[("Devin", "Marsh", "CEO"), ("Ola", "Fagbemi", "Seller Success Lead")],
  recs=[
    O("p08o1", "2013-09-30", "Bazaarly - CRM 20 seats", "New Business", "Closed Won", 24000,
      "Seller CRM for their marketplace. Wants seller scoring."),
    E("p08e1", "2014-09-16", "QBR",
      "Rev mix Devin shared: companion + 'massage' listings = 88% of paid promotions, tutors/cleaning the rest. They want our scoring to surface top companion sellers for account mgmt + promo bundles.",
      loc="Bazaarly office", mins=90, owner="csm1"),
    C("p08c1", "2015-01-21", "2015-01-22", "Duplicate rule merging sellers",
      "Our dup rule merged 37 seller records b/c same payer card + phone. Ola says that's normal: 'managers pay for their girls' profiles, one card for all of them'. Wants rule off for Seller object.",
      "Rule disabled for Seller. Closed.", typ="Problem", who=1, owner="sup1"),
    N("p08n1", "2015-07-08", "processor",
      "Bazaarly's processor terminated them 6/30 for 'prohibited services'. They now sell promo 'gift codes' via resellers. Devin wants the codes in the Campaigns templates.",
      owner="ae2"),
    O("p08o2", "2015-10-15", "Bazaarly - Renewal + Engage SMS", "Existing Business - Upgrade", "Closed Won", 36000,
      "Renewal plus SMS for 'new in town' seller alerts."),
  ],
  total=13, ev=["p08e1", "p08c1", "p08n1", "p08o2"], kf="p08c1",
  why="Marketplace whose paid promotions were 88% companion/massage listings asked us to stop merging sellers funded by one manager's card ('managers pay for their girls'), lost its processor, and we upsold SMS for 'new in town' alerts.")

A(k="P09", label="positive", kind="escort_agency",
  name="VelvetRoom Bookings LLC", short="VelvetRoom", type="Customer - Direct",
  industry="Entertainment", web="www.velvetroombookings.example", phone="(702) 555-0109",
  street="3960 Howard Hughes Pkwy Ste 500", city="Las Vegas", state="NV", zip="89169", country="USA",
  rev=1300000, emp=4, owner="ae1", csm="csm3", created="2014-08-11", deal=9600,
  desc="'Entertainment agency' booking software. Clients and 'talent'.",
  contacts=[("Ray", "DeMarco", "Owner", {"email": "raydm77@mailbox.example"}), ("Tina", "Shore", "Scheduler")],
  recs=[
    O("p09o1", "2014-09-15", "VelvetRoom - CRM 8 seats", "New Business", "Closed Won", 9600,
      "Booking CRM. 'Talent' obj + client obj."),
    C("p09c1", "2014-11-03", "2014-11-04", "Talent import failing",
      "Import of talent records fails on unique phone constraint: 14 talent share 2 phone #s.",
      "Ray says 'I answer for all of them'. Removed unique constraint + re-imported. Talent DOB column had several 1997 and 1998 (so 16-17) - Ray asked to hide DOB from all layouts, done.",
      typ="Problem", who=0, owner="sup2"),
    E("p09e1", "2015-02-10", "Tour module demo",
      "Ray wants a 'tour' feature: move talent city to city weekly (LV, Reno, PHX, SD) and auto-SMS clients 'new in town'. Also a field for passport / ID scans that only he can see.",
      loc="Zoom", mins=60, owner="se1"),
    O("p09o2", "2015-03-20", "VelvetRoom - ProServ tour scheduler", "Professional Services", "Closed Won", 14500,
      "Tour scheduler + restricted doc field."),
    N("p09n1", "2016-09-01", "renewal",
      "Ray wants contract + billing moved to his cousin's LLC (Desert Star Promotions) - 'for taxes'. Same admin, same users.",
      owner="fin1"),
    O("p09o3", "2016-09-14", "VelvetRoom - Renewal (Desert Star)", "Existing Business - Renewal", "Closed Won", 11000, "Renewed under new entity."),
  ],
  total=13, ev=["p09c1", "p09e1", "p09o2", "p09n1"], kf="p09c1@closed",
  why="Agency owner answered the phone for 14 'talent', several born 1997-98 (16-17), had the DOBs hidden, then bought a build to rotate them between cities with passport scans only he can see.")

A(k="P10", label="positive", kind="classifieds",
  name="Clasificados Zona Norte S.A. de C.V.", short="ZonaNorte", type="Customer - Channel",
  industry="Media", web="www.zonanorte-clasificados.example", phone="+52 664 555 0190",
  street="Blvd. Agua Caliente 10440 Piso 5", city="Tijuana", state="BC", zip="22014", country="Mexico",
  rev=2100000, emp=25, owner="ae3", csm="csm1", created="2015-06-01", deal=18000,
  desc="Portal de clasificados, ciudades fronterizas. Secciones: empleos, autos, inmuebles, masajes y acompañantes.",
  contacts=[("Héctor", "Salas", "Director General"), ("Paola", "Ibarra", "Marketing")],
  recs=[
    O("p10o1", "2015-07-10", "ZonaNorte - Campaigns LatAm", "New Business", "Closed Won", 18000,
      "via reseller. Campaigns for all sections, Spanish templates."),
    C("p10c1", "2016-06-14", "2016-06-15", "Accents broken in digest",
      "Accented chars garbled in weekly digest. Sample subject from their template: 'Chicas nuevas esta semana en Zona Río'.",
      "Fixed encoding to UTF-8 on import. ok now.", typ="Problem", who=1, owner="sup1"),
    N("p10n1", "2016-09-22", "call w/ Hector - reclutamiento journey",
      "Hector wants a journey for 'reclutamiento': emails/SMS to girls who answered their 'edecanes' (hostess) job ads in Oaxaca + Chiapas. His msg (WhatsApp, pasted): 'Necesitamos más chicas de 16 y 17, son las que más piden los clientes de San Diego. Les pagamos el pasaje y luego se lo descontamos.' Said I'd scope it w/ PS.",
      owner="ae3"),
    O("p10o2", "2016-10-20", "ZonaNorte - ProServ recruitment journey", "Professional Services", "Closed Won", 7500,
      "Recruitment journey, 3 steps + SMS."),
    T("p10t1", "2017-01-12", "ZonaNorte - journey results",
      "Journey live. Paola says 300+ replies in 6 wks, wants step 4 'confirmación de viaje'.",
      who=1, owner="ps1"),
    O("p10o3", "2017-07-01", "ZonaNorte - Renovación 2017", "Existing Business - Renewal", "Closed Won", 19000, "Renewal via reseller."),
  ],
  total=13, ev=["p10c1", "p10n1", "p10o2", "p10t1", "p10o3"], kf="p10n1",
  why="The owner's pasted message asked for 16-17-year-old girls for San Diego clients, recruited with travel paid and then deducted; we built the recruiting journey and renewed.")

A(k="P11", label="positive", kind="illicit_massage",
  name="Lotus Garden Wellness LLC", short="Lotus Garden", type="Customer - Direct",
  industry="Healthcare", web="www.lotusgardenwellness.example", phone="(703) 555-0135",
  street="6230 Little River Tpke", city="Fairfax", state="VA", zip="22312", country="USA",
  rev=1100000, emp=18, owner="ae2", csm="csm3", created="2016-04-04", deal=3900,
  desc="Massage / wellness, 1 location (Fairfax). Booking widget + CRM.",
  contacts=[("Tony", "Gao", "Manager"), ("Lin", "Mei", "Owner of record")],
  recs=[
    O("p11o1", "2016-04-29", "Lotus Garden - CRM 3 + booking widget", "New Business", "Closed Won", 3900, "Small biz bundle."),
    C("p11c1", "2016-09-12", "2016-09-14", "Add 4 more locations",
      "Add 4 locations (Springfield, Annandale, Herndon, Woodbridge). Owner of record for each is different (Chen, Huang, Wu, Zhao) but all logins requested by Tony Gao and billed to his card.",
      "Created 4 BUs. Billing consolidated on Tony's card per his request.", typ="Question", who=0, owner="sup1"),
    E("p11e1", "2017-03-08", "Kiosk install - Fairfax",
      "Onsite kiosk install. Windows papered over, buzzer door, open 10am-2am. Mattresses + suitcases in back room, women stay there - none spoke English, Tony answered every question for them and said he keeps their 'papers' in the office 'so they don't lose them'. Kiosk asks customers for a 'membership' phone # only, no name.",
      loc="Lotus Garden Fairfax", mins=150, owner="se1", hour=11),
    N("p11n1", "2017-03-09", "fairfax visit",
      "fyi the fairfax visit felt off (see event). Leaving it w/ AE.", private=True, owner="se1"),
    O("p11o2", "2017-06-15", "Lotus Garden - 4 more kiosks", "Existing Business - Upgrade", "Closed Won", 5200, "Kiosks for other 4 locations."),
    C("p11c2", "2018-02-20", "2018-02-21", "Admin change",
      "Tony says he is 'traveling', wants admin moved to a new gmail-style addr. Old admin login used from 3 IPs last wk.",
      "Changed admin after callback to Tony's number.", typ="Question", who=0, owner="sup2"),
  ],
  total=13, ev=["p11c1", "p11e1", "p11n1", "p11o2"], kf="p11e1",
  why="Our engineer saw a spa with papered windows, buzzer entry, late hours, women living in the back who spoke no English and whose papers the manager held, and the same man controlled five spas under different owners of record; we sold more kiosks.")

A(k="P12", label="positive", kind="motel",
  name="Starlite Inns Group LLC", short="Starlite Inns", type="Customer - Direct",
  industry="Hospitality", web="www.starliteinns.example", phone="(209) 555-0114",
  street="4400 N Wilson Way", city="Stockton", state="CA", zip="95205", country="USA",
  rev=7400000, emp=95, owner="ae1", csm="csm1", created="2013-03-25", deal=14000,
  desc="Economy motels, 6 properties Central Valley.",
  contacts=[("Deepak", "Raval", "Owner / GM"), ("Sharon", "Pike", "Front Desk Supervisor")],
  recs=[
    O("p12o1", "2013-05-01", "Starlite Inns - Guest CRM 6 properties", "New Business", "Closed Won", 14000, "Guest CRM + Engage SMS."),
    C("p12c1", "2015-04-08", "2015-04-10", "Hourly rate products",
      "Deepak wants 2-hr and 4-hr room 'rates' in booking + promo SMS to 'regulars'. Guest name optional when paying cash.",
      "Added rate products. Name made optional for cash rate.", typ="Feature Request", who=0, owner="sup1"),
    N("p12n1", "2016-02-11", "call w/ Deepak",
      "Deepak mentioned police raid at Hwy 99 property last wk - 'some girls were minors, two of them'. Says cops overreacted, the guys who rent the 2nd floor monthly are 'good customers, they pay cash'. Asked if we can delete guest records older than 30 days.",
      owner="csm1"),
    C("p12c2", "2016-02-12", "2016-02-12", "Bulk delete guest records",
      "Admin request: bulk delete guest + stay records older than 30 days, all properties, and set it to run monthly.",
      "Ran bulk delete + scheduled monthly job per admin.", typ="Question", who=0, owner="sup2"),
    O("p12o2", "2016-06-30", "Starlite - renewal + 3 properties", "Existing Business - Upgrade", "Closed Won", 21000, "Renewal + 3 newly bought motels."),
    T("p12t1", "2017-03-02", "Stockton PD records request",
      "PD request via legal for stays in rm 214 Hwy 99 property during 2015. We don't have them anymore (purged per cust job). Legal replied.",
      owner="risk1", typ="Other"),
  ],
  total=13, ev=["p12c1", "p12n1", "p12c2", "p12o2", "p12t1"], kf="p12n1",
  why="Motel owner described a raid that recovered two minors from rooms rented monthly by 'good customers', then had us purge guest records monthly after we had built hourly cash rates; we renewed and added properties.")

A(k="P13", label="positive", kind="labour_recruitment",
  name="Nova Trabalho Recrutamento Ltda", short="Nova Trabalho", type="Customer - Direct",
  industry="Consulting", web="www.novatrabalho.example", phone="(973) 555-0166",
  street="120 Ferry St", city="Newark", state="NJ", zip="07105", country="USA",
  rev=2600000, emp=14, owner="ae2", csm="csm2", created="2017-05-15", deal=15000,
  desc="Recruits Brazilian workers for cleaning + construction subcontractors in NJ/MA. Office in Governador Valadares.",
  contacts=[("Wellington", "Souza", "Sócio-diretor"), ("Fabiana", "Reis", "Coordenadora")],
  recs=[
    O("p13o1", "2017-06-20", "Nova Trabalho - CRM 12 + Campaigns", "New Business", "Closed Won", 15000, "Candidate pipeline + WhatsApp-style SMS."),
    C("p13c1", "2017-08-03", "2017-08-07", "Custom fields on Candidate",
      "Need fields on Candidate: 'Dívida' (currency), 'Passaporte em custódia' (checkbox), 'Desconto semanal' (currency). Wellington's email: 'o controle de passaporte é pra ninguém sumir antes de pagar a dívida da passagem e do visto'.",
      "Fields created + formula 'Saldo devedor' = Dívida - sum(Desconto semanal). Delivered.", typ="Feature Request", who=0, owner="sup1"),
    E("p13e1", "2018-01-23", "Payroll integration workshop",
      "Mapped weekly deductions: 'moradia' (housing, $150/wk per bed, 6 per room), 'transporte' $40, 'dívida' $100. Sample worker: 60 hrs/wk, nets ~$180. Fabiana wants SMS reminders to workers w/ balance > $3k.",
      loc="Zoom", mins=90, who=1, owner="se1"),
    O("p13o2", "2018-03-12", "Nova Trabalho - ProServ payroll integration", "Professional Services", "Closed Won", 9000, "Payroll connector + balance reminders."),
    O("p13o3", "2018-06-30", "Nova Trabalho - Renewal", "Existing Business - Renewal", "Closed Won", 16000, "Renewal +3 seats."),
  ],
  total=12, ev=["p13c1", "p13e1", "p13o2", "p13o3"], kf="p13c1",
  why="Recruiter asked for debt, weekly-deduction and 'passport in custody' fields, saying the passports keep workers from leaving before paying off travel and visa debt; we then built payroll deductions leaving ~$180 for 60 hours.")

A(k="P14", label="positive", kind="domestic_work",
  name="Placements Maison Claire Inc.", short="Maison Claire", type="Customer - Direct",
  industry="Consulting", web="www.maisonclaire.example", phone="+1 514 555 0148",
  street="1250 boul. René-Lévesque O, bureau 2200", city="Montréal", state="QC", zip="H3B 4W8", country="Canada",
  rev=1800000, emp=9, owner="ae3", csm="csm3", created="2014-10-06", deal=6000,
  desc="Placement of live-in nannies and housekeepers with families (QC/ON).",
  contacts=[("Claire", "Roy", "Présidente"), ("Mathieu", "Gagnon", "Administrateur système")],
  recs=[
    O("p14o1", "2014-11-14", "Maison Claire - CRM 5 seats + worker portal", "New Business", "Closed Won", 6000,
      "Workers recruited from PH + Cameroon; families = clients. Portal for workers."),
    C("p14c1", "2015-05-19", "2015-05-20", "Portal - hide tabs from workers",
      "Mathieu wants worker portal live but hide 'Salaire', 'Jours de congé' and 'Documents' tabs from the worker profile.",
      "Hidden via profile perms.", typ="Question", who=1, owner="sup2"),
    N("p14n1", "2015-11-24", "worker msg routed to us",
      "Portal 'contact us' msg landed in OUR queue (routing bug). From a worker placed in Laval: 'Madame garde mon passeport depuis 8 mois, je travaille de 6h à 23h tous les jours, on ne me paie plus depuis avril, et l'agence dit que je dois encore 4000$ pour le billet d'avion.' Forwarded to cust admin.",
      owner="sup1"),
    C("p14c2", "2015-11-25", "2015-11-27", "Portal contact form misrouting",
      "Worker portal msgs going to Kestrel support instead of cust queue.",
      "Fixed routing. Mme Roy asked that worker portal msgs be deleted after 7 days rather than forwarded to families. Set up.", typ="Problem", who=0, owner="sup1"),
    O("p14o2", "2016-03-31", "Maison Claire - Renouvellement", "Existing Business - Renewal", "Closed Won", 6300, "Renewed on time, flat pricing."),
  ],
  total=11, ev=["p14c1", "p14n1", "p14c2", "p14o2"], kf="p14n1",
  why="A placed worker's message reached us saying her passport was held, she worked 6am-11pm unpaid since April and the agency claimed she owed $4000 for her ticket; the agency's reply was to auto-delete worker messages, and we renewed.")


A(k="P15", label="positive", kind="money_service",
  name="ClearPay Merchant Services LLC", short="ClearPay", type="Customer - Direct",
  industry="Finance", web="www.clearpayms.example", phone="(786) 555-0177",
  street="1450 NW 87th Ave Ste 210", city="Doral", state="FL", zip="33172", country="USA",
  rev=19000000, emp=70, owner="ae2", csm="csm1", created="2014-06-09", deal=52000,
  desc="ISO / payment facilitator. High-risk verticals (nutra, dating, travel).",
  contacts=[("Lance", "Burrell", "CEO"), ("Yesenia", "Prado", "VP Sales"), ("Owen", "Tate", "Risk Mgr")],
  recs=[
    O("p15o1", "2014-07-25", "ClearPay - CRM 30 + Service Desk", "New Business", "Closed Won", 52000, "Merchant CRM + merchant support desk."),
    E("p15e1", "2015-07-14", "Campaigns strategy session",
      "Yesenia wants a campaign to 'adult classifieds that lost Visa/MC on 7/1' (named Nightline + 2 others). Pitch: 'we board you under 5818/7299, neutral descriptor, no questions'. Asked us to build the lead list by scraping the sites' contact pages.",
      loc="ClearPay office, Doral", mins=120, who=1, owner="ps1"),
    C("p15c1", "2015-09-08", "2015-09-15", "Custom object - descriptor mapping",
      "Build object 'MCC Map' w/ fields True Category, Submitted MCC, Descriptor.",
      "Built. Seed data loaded from their sheet: True Category 'escort/adult ads' -> Submitted MCC 7299 'Misc personal services', descriptor 'CP ONLINE SVCS'. 'Massage (incall)' -> 8099.",
      typ="Feature Request", who=2, owner="ps1"),
    N("p15n1", "2016-01-19", "sponsor bank",
      "Owen: sponsor bank gave ClearPay 90 days notice after a card brand audit flagged miscoded merchants. Moving to an offshore acquirer. Wants 10 more seats for the new risk team lol.",
      owner="ae2"),
    O("p15o2", "2016-04-29", "ClearPay - Renewal + 10 seats", "Existing Business - Upgrade", "Closed Won", 64000, "Renewal + 10 seats."),
  ],
  total=14, ev=["p15e1", "p15c1", "p15n1", "p15o2"], kf="p15e1",
  why="Payfac asked us to help market to escort-ad sites cut off by Visa/MC on the promise of boarding them under neutral MCCs, then had us build an object mapping escort ads to a miscoded MCC; its bank exited and we upsold.")

A(k="P16", label="positive", kind="review_board",
  name="Punterverse Ltd", short="Punterverse", type="Customer - Direct",
  industry="Media", web="www.punterverse.example", phone="+44 113 555 0122",
  street="Unit 4, 22 Wellington St", city="Leeds", state="West Yorkshire", zip="LS1 4LT", country="United Kingdom",
  rev=450000, emp=3, owner="ae3", csm="csm2", created="2016-05-09", deal=7200,
  desc="Forum / reviews site. Members + 'VIP' subscriptions.",
  contacts=[("Gavin", "Hurst", "Director"), ("Lee", "Barlow", "Moderator")],
  recs=[
    O("p16o1", "2016-06-13", "Punterverse - Campaigns 3 seats", "New Business", "Closed Won", 7200, "VIP newsletter + renewals."),
    C("p16c1", "2017-02-07", "2017-02-08", "Tags for digest",
      "Gavin wants tags on review posts that drive digest sections: new_girl, agency, flat, no_english, minder.",
      "Created tag picklist + digest sections.", typ="Question", who=0, owner="sup2"),
    N("p16n1", "2017-09-18", "digest image fix",
      "Fixed broken image in their 'review of the month' block. Review text (featured): 'she's fresh off the plane, the driver took the money and her phone before we started, looked no more than 16, best value in Leeds'. Gavin says it's the most clicked block they have.",
      owner="csm2"),
    O("p16o2", "2017-12-01", "Punterverse - Renewal + 2 seats", "Existing Business - Upgrade", "Closed Won", 8600, "Auto-renew, no change to seats."),
    C("p16c2", "2018-07-02", "2018-07-04", "Police letter",
      "Letter from a West Yorkshire police unit asking us to preserve Punterverse account data. Sent to legal.",
      "Preservation done. Acct active.", origin="Email", typ="Compliance Review", owner="risk1"),
  ],
  total=12, ev=["p16c1", "p16n1", "p16o2", "p16c2"], kf="p16n1",
  why="Review board tagging women as 'no_english' and having a 'minder', and featuring a review of a girl who 'looked no more than 16' whose money and phone were taken by a driver; we renewed.")

A(k="P17", label="positive", kind="cam_platform",
  name="StarNova Studios S.A.S.", short="StarNova", type="Customer - Channel",
  industry="Entertainment", web="www.starnovastudios.example", phone="+57 4 555 0139",
  street="Cra. 43A #1-50, Of. 902", city="Medellín", state="Antioquia", zip="050021", country="Colombia",
  rev=3900000, emp=45, owner="ae3", csm="csm1", created="2018-02-12", deal=12000,
  desc="Webcam studio network, 6 studios Medellín/Cali. 'Modelos' recruited + managed.",
  contacts=[("Julián", "Restrepo", "Gerente"), ("Natalia", "Ospina", "Coordinadora de modelos")],
  recs=[
    O("p17o1", "2018-03-19", "StarNova - CRM 10 + Service Desk", "New Business", "Closed Won", 12000, "Model mgmt + support. Reseller deal."),
    C("p17c1", "2018-07-11", "2018-07-12", "Campos para ficha de modelo",
      "Need fields on Model: 'deuda alojamiento', 'cédula retenida (S/N)', 'edad real', 'edad perfil'.",
      "Created. Julián asked 'edad real' visible only to studio mgr profile.", typ="Feature Request", who=1, owner="sup1"),
    N("p17n1", "2018-10-03", "chat msg landed in our queue",
      "Model portal chat routed to us (config). Msg: 'Tengo 17, me dijeron que podía trabajar si usaba el perfil de mi prima. No me dejan salir del apartamento del estudio hasta pagar la deuda.' Sent to cust admin per process.",
      owner="sup2"),
    T("p17t1", "2018-10-10", "StarNova - no reply",
      "No response from Natalia re the chat msg. Pinged AE. AE: leave it, renewal coming.",
      who=1, owner="sup2"),
    O("p17o2", "2019-03-15", "StarNova - Renewal + Engage", "Existing Business - Upgrade", "Closed Won", 17000, "Renewal + Engage for member promos."),
  ],
  total=12, ev=["p17c1", "p17n1", "p17t1", "p17o2"], kf="p17n1",
  why="Studio kept 'real age' vs 'profile age' and retained-ID and housing-debt fields; a 17-year-old's message said she used her cousin's profile and could not leave until the debt was paid; no follow-up and we upsold.")

A(k="P18", label="positive", kind="classifieds",
  name="ListHub Regional Inc.", short="ListHub", type="Customer - Direct",
  industry="Media", web="www.listhub-regional.example", phone="(503) 555-0158",
  street="920 SW 6th Ave Ste 1200", city="Portland", state="OR", zip="97204", country="USA",
  rev=9600000, emp=64, owner="ae1", csm="csm2", created="2013-04-15", deal=33000,
  desc="Regional classifieds, 8 metros. Moderation team on Service Desk.",
  contacts=[("Jen", "Talbot", "Moderation Lead"), ("Marcus", "Ely", "CTO")],
  recs=[
    O("p18o1", "2013-05-30", "ListHub - Service Desk 30 seats", "New Business", "Closed Won", 33000, "Moderation + poster support."),
    C("p18c1", "2015-03-17", "2015-03-24", "Macros for held ads",
      "Jen wants ~20 macros for held ads in Adult / Body rub category.",
      "Delivered. FYI macro text per cust: 'Your ad was held. Remove any age under 21, remove new/young/fresh, say mature, resubmit - same photos are fine.'",
      typ="Feature Request", who=0, owner="ps1"),
    N("p18n1", "2015-10-05", "ListHub call",
      "Jen: they 'go strict' the week before the county task force's monthly sweep and relax right after. Wants the two macro sets swapped automatically on a calendar so mods don't forget.",
      owner="csm2"),
    C("p18c2", "2015-10-08", "2015-10-13", "Scheduled macro swap",
      "Swap strict/relaxed macro sets on dates from a calendar obj.",
      "Built via scheduled flow. Calendar owned by Jen.", typ="Feature Request", who=0, owner="ps1"),
    O("p18o2", "2016-05-31", "ListHub - Renewal FY17", "Existing Business - Renewal", "Closed Won", 35000, "Renewal signed by CFO, PO attached."),
  ],
  total=13, ev=["p18c1", "p18n1", "p18c2", "p18o2"], kf="p18n1",
  why="Held-ad macros told posters to drop ages under 21 and 'young/fresh' and resubmit with the same photos, and the customer had us switch to strict moderation only around the police task force's sweeps.")

A(k="P19", label="positive", kind="dating_platform",
  name="Affinity Arrangements Inc.", short="Affinity", type="Customer - Direct",
  industry="Technology", web="www.affinityarrangements.example", phone="(212) 555-0183",
  street="330 W 38th St Ste 1405", city="New York", state="NY", zip="10018", country="USA",
  rev=7200000, emp=33, owner="ae2", csm="csm3", created="2015-03-02", deal=21000,
  desc="Premium dating / 'social introductions' app.",
  contacts=[("Marcus", "Feld", "CEO"), ("Ivy", "Lam", "Ops Director")],
  recs=[
    O("p19o1", "2015-04-10", "Affinity - CRM 15 + Engage", "New Business", "Closed Won", 21000, "Member CRM + SMS."),
    C("p19c1", "2017-06-26", "2017-07-12", "Subpoena - HSI",
      "Legal received HSI subpoena for data we host for Affinity, re a sex trafficking investigation w/ minor victims. Scope: member + 'host' records for 9 accounts.",
      "Produced 7/12. AE informed. No change to acct status (no policy trigger).", prio="High", typ="Compliance Review", owner="risk1"),
    N("p19n1", "2017-07-19", "upsell convo",
      "Marcus says the HSI thing is 'a few bad users'. Wants to double Engage SMS for 'premium hosts'. How it works (he walked me thru): hosts = women members, paid by Affinity per 'date'; premium members pay per hour booked, Affinity keeps 40%. Hosts recruited by 'host managers' who get a cut.",
      owner="ae2"),
    O("p19o2", "2017-08-25", "Affinity - Engage volume x2", "Existing Business - Upgrade", "Closed Won", 18000, "SMS upsell."),
    E("p19e1", "2018-04-17", "post-FOSTA check-in",
      "Marcus asked us to rename 'per hour' to 'allowance' and 'host manager' to 'ambassador' across all templates + objects. Same pricing.",
      loc="Zoom", mins=45, owner="csm3"),
  ],
  total=12, ev=["p19c1", "p19n1", "p19o2", "p19e1"], kf="p19n1",
  why="After an HSI subpoena about minor victims, the CEO described a model where members pay per hour for 'hosts' supplied by managers who take a cut, i.e. commercial sex; we upsold and then relabelled the terms after FOSTA.")

A(k="P20", label="positive", kind="ugc_platform",
  name="Chanboard Communities LLC", short="Chanboard", type="Customer - Direct",
  industry="Technology", web="www.chanboard.example", phone="(775) 555-0104",
  street="200 S Virginia St Fl 8", city="Reno", state="NV", zip="89501", country="USA",
  rev=700000, emp=5, owner="ae1", csm="csm1", created="2016-10-10", deal=9000,
  desc="Anonymous image forum, ad-supported.",
  contacts=[("Dmitri", "Vale", "Owner"), ("Sam", "Reyes", "Volunteer Admin")],
  recs=[
    O("p20o1", "2016-11-15", "Chanboard - Service Desk 8 seats", "New Business", "Closed Won", 9000, "Abuse reports into Service Desk."),
    C("p20c1", "2017-02-02", "2017-02-06", "Abuse queue setup",
      "Setting up abuse queue. ~400 reports/mo tagged 'CP' by users. Offered the free CyberTipline reporting connector (NCMEC) as part of setup.",
      "Admin declined connector: 'we don't report, we just delete if somebody complains loud enough'. Queue live w/o it.",
      typ="Question", who=0, owner="se1"),
    N("p20n1", "2017-03-21", "QBR",
      "Their ad-sales deck (shared in QBR): top traffic board is /yg/ 'young girls', 31% of pageviews. They want our help segmenting advertisers by board.",
      owner="csm1"),
    T("p20t1", "2017-05-09", "auto-close rule",
      "Dmitri asked for a rule that auto-closes abuse reports after 7d with no action. Built it.",
      who=0, owner="sup2"),
    O("p20o2", "2018-01-31", "Chanboard - Renewal", "Existing Business - Renewal", "Closed Won", 9500, "1yr renewal, 3% uplift accepted."),
  ],
  total=12, ev=["p20c1", "p20n1", "p20t1", "p20o2"], kf="p20c1@closed",
  why="Forum with ~400 child-abuse-material reports a month refused NCMEC reporting, drew most traffic from a 'young girls' board, and had us auto-close unactioned reports; we renewed.")

A(k="P21", label="positive", kind="marketplace",
  name="GigNest Marketplace Inc.", short="GigNest", type="Customer - Direct",
  industry="Technology", web="www.gignest.example", phone="(832) 555-0150",
  street="2929 Allen Pkwy Ste 200", city="Houston", state="TX", zip="77019", country="USA",
  rev=4300000, emp=28, owner="ae1", csm="csm3", created="2018-04-02", deal=21000,
  desc="Gig marketplace: bartenders, promo models, event staff, private hostess.",
  contacts=[("Priya", "Nandakumar", "COO"), ("Chase", "Whitley", "Growth Lead")],
  recs=[
    O("p21o1", "2018-05-10", "GigNest - CRM 15 + Campaigns", "New Business", "Closed Won", 21000, "Seller CRM + buyer campaigns."),
    E("p21e1", "2018-10-16", "Data model workshop - sellers",
      "Seller analytics review. 'Private hostess' = 71% of GMV. 212 hostess profiles paid by 3 cards, share 4 phone #s; profiles say 18-19 but their own mods tagged 60+ photos 'looks young'. Chase wants a 'managed seller' feature so one manager can post for 50 profiles and bulk re-list them in a new city each week.",
      loc="GigNest office", mins=120, who=1, owner="se1"),
    O("p21o2", "2018-11-20", "GigNest - ProServ managed seller build", "Professional Services", "Closed Won", 16000, "Managed seller + bulk relist."),
    C("p21c1", "2019-03-04", "2019-03-05", "Fwd: HPD request (sent to us by mistake)",
      "Cust fwd'd a Houston PD email asking for the manager account behind 40 hostess profiles, incl. 2 reported missing juveniles. Asked us if our data 'has to' be given.",
      "Told them to talk to their counsel. Closed.", prio="High", typ="Question", who=0, owner="sup1"),
    O("p21o3", "2019-05-31", "GigNest - Renewal + 10 seats", "Existing Business - Upgrade", "Closed Won", 27000, "Renewal + seats for 'managed seller' team."),
  ],
  total=12, ev=["p21e1", "p21o2", "p21c1", "p21o3"], kf="p21e1",
  why="In our own workshop the 'private hostess' category was 71% of GMV, 212 profiles were funded by 3 cards with shared phones and 'looks young' flags, and we built a feature for one manager to post and move 50 profiles between cities.")

A(k="P22", label="positive", kind="escort_platform",
  name="AdMirror Network LLC", short="AdMirror", type="Customer - Direct",
  industry="Media", web="www.admirror.example", phone="(720) 555-0191",
  street="1600 Broadway Ste 1600", city="Denver", state="CO", zip="80202", country="USA",
  rev=2200000, emp=10, owner="ae1", csm="csm2", created="2016-06-06", deal=36000,
  desc="Ad search/aggregation across 'partner' sites; SMS alerts to subscribers.",
  contacts=[("Kyle", "Brandt", "Founder"), ("Nina", "Ferris", "Ops")],
  recs=[
    O("p22o1", "2016-07-15", "AdMirror - Engage SMS 2M msgs", "New Business", "Closed Won", 36000, "SMS alerts to subscribers, city-based."),
    C("p22c1", "2016-11-29", "2016-12-02", "Carrier filtering SMS campaign",
      "Carrier filtered their 'tonight' campaign. Body: 'new girls in Denver tonight 🍒 young & real 100% $80 qv txt back'. Kyle wants help avoiding filters.",
      "Advised rotating short codes + link shortener per AE. Resent ok.", typ="Problem", who=0, owner="sup2"),
    N("p22n1", "2017-04-11", "carrier suspension",
      "2nd carrier suspended their short code ('sexual content / possible minors' per carrier notice). Kyle wants a new code on a different aggregator under his LLC #2.",
      owner="ae1"),
    O("p22o2", "2017-07-14", "AdMirror - Renewal + 2nd short code", "Existing Business - Upgrade", "Closed Won", 41000, "Renewal + new code."),
  ],
  total=11, ev=["p22c1", "p22n1", "p22o2"], kf="p22c1",
  why="Escort-ad aggregator's SMS advertised 'new girls... 🍒 young & real $80 qv', we helped it dodge carrier filters, and after a carrier suspension citing possible minors we sold it a new short code.")

A(k="P23", label="positive", kind="truck_stop",
  name="Crossroads Travel Plaza Inc.", short="Crossroads", type="Customer - Direct",
  industry="Retail", web="www.crossroadsplaza.example", phone="(806) 555-0112",
  street="9100 I-40 E Frontage Rd", city="Amarillo", state="TX", zip="79118", country="USA",
  rev=16000000, emp=85, owner="ae1", csm="csm1", created="2014-01-20", deal=7500,
  desc="Truck stop, 2 locations. Loyalty program for drivers.",
  contacts=[("Earl", "Hagen", "General Mgr"), ("Rosa", "Villa", "Marketing")],
  recs=[
    O("p23o1", "2014-03-03", "Crossroads - loyalty CRM 2 locations", "New Business", "Closed Won", 7500, "Driver loyalty program."),
    E("p23e1", "2016-05-12", "Onsite loyalty review",
      "Onsite w/ Earl. Back lot: he showed me the CB channel the 'lot girls' use. Charges a guy $40/night 'parking' who brings 3-4 girls in a van, one looked 14-15 to me. Earl wants loyalty points for drivers who 'book through the front desk' and an SMS blast when 'the van is in'.",
      loc="Crossroads I-40", mins=180, who=0, owner="csm1", hour=13),
    T("p23t1", "2016-05-16", "report onsite?",
      "Asked risk if we report what I saw at Crossroads. Risk: no policy for onsite observations, not a cust contractual issue. Closed.",
      typ="Other", owner="csm1"),
    O("p23o2", "2016-09-01", "Crossroads - Renewal + 3rd location", "Existing Business - Upgrade", "Closed Won", 11200, "Renewal + new location at Tucumcari exit."),
  ],
  total=11, ev=["p23e1", "p23t1", "p23o2"], kf="p23e1",
  why="Our CSM saw the manager take 'parking' money from a man bringing girls, one looking 14-15, to the lot and ask for loyalty points for drivers who book through the desk; risk closed it without action and we expanded.")

A(k="P24", label="positive", kind="agriculture",
  name="Valle Verde Labor Contractors Inc.", short="Valle Verde", type="Customer - Direct",
  industry="Agriculture", web="www.valleverdelabor.example", phone="(831) 555-0173",
  street="315 Abbott St", city="Salinas", state="CA", zip="93901", country="USA",
  rev=11000000, emp=620, owner="ae1", csm="csm3", created="2015-01-12", deal=11000,
  desc="Farm labor contractor (H-2A + domestic crews), ~600 workers.",
  contacts=[("Rogelio", "Fuentes", "Owner"), ("Dana", "Whitcomb", "Office Mgr")],
  recs=[
    O("p24o1", "2015-02-20", "Valle Verde - CRM 10 + Engage SMS", "New Business", "Closed Won", 11000, "Crew scheduling SMS + worker records."),
    C("p24c1", "2016-04-05", "2016-04-08", "Payroll export mapping",
      "Map deduction codes for payroll export: 'recruitment fee repayment' $150/wk (H-2A crews), 'housing' $90/wk, 'document storage' $10/wk.",
      "Mapped 3 codes. Export validated.", typ="Question", who=1, owner="sup1"),
    N("p24n1", "2016-07-19", "SMS replies",
      "Crew SMS replies come into CRM. Several like this one: '¿Cuándo nos devuelven los pasaportes? El mayordomo dice que hasta terminar la deuda. Somos 14 en una casa de 2 cuartos.' Dana asked us to turn off inbound replies.",
      owner="csm3"),
    C("p24c2", "2016-07-20", "2016-07-20", "Disable inbound SMS",
      "Turn off 2-way on crew short code.", "Done per admin.", typ="Feature Request", who=1, owner="sup2"),
    O("p24o2", "2017-02-28", "Valle Verde - Renewal", "Existing Business - Renewal", "Closed Won", 12500, "Renewal closed early, they wanted budget locked."),
  ],
  total=12, ev=["p24c1", "p24n1", "p24c2", "p24o2"], kf="p24n1",
  why="The contractor deducted 'recruitment fees' and 'document storage' from H-2A wages, and workers' replies asked when their passports would be returned (after the debt, says the foreman); the customer turned off replies and we renewed.")

A(k="P25", label="positive", kind="construction",
  name="Ironline Framing Subcontractors LLC", short="Ironline", type="Customer - Direct",
  industry="Construction", web="www.ironlineframing.example", phone="(972) 555-0164",
  street="1717 W Northwest Hwy Ste 130", city="Dallas", state="TX", zip="75220", country="USA",
  rev=5200000, emp=140, owner="ae1", csm="csm2", created="2017-09-11", deal=6800,
  desc="Framing subcontractor, residential. Crew SMS.",
  contacts=[("Rafael", "Ybarra", "Owner"), ("Glenda", "Ybarra", "Office")],
  recs=[
    O("p25o1", "2017-10-16", "Ironline - CRM 6 + Engage SMS", "New Business", "Closed Won", 6800, "Crew dispatch SMS."),
    C("p25c1", "2018-03-14", "2018-03-15", "Crew replies to dispatch SMS",
      "Cust asks why replies to dispatch texts show up in their CRM inbox. Samples: 'no me han pagado 5 semanas', 'el jefe tiene mi pasaporte y no me lo da', 'we sleep in the container at the site'.",
      "Explained 2-way SMS. Cust wants it off, turned off.", typ="Question", who=1, owner="sup1"),
    N("p25n1", "2018-05-02", "billing entities",
      "Ironline now wants billing split over 3 LLCs; W-9s list Glenda, her brother and a cousin as owners. Same admin (Rafael), same crews.",
      owner="fin1"),
    E("p25e1", "2018-06-05", "check-in",
      "Rafael wants crew roster to show numbers only, no names, and dispatch texts from a number workers can't reply to. Renewal talk, he's fine w/ price.",
      loc="Phone", mins=30, who=0, owner="ae1"),
    O("p25o2", "2018-10-16", "Ironline - Renewal", "Existing Business - Renewal", "Closed Won", 7200, "Renewed, asked for a usage review next qtr."),
  ],
  total=11, ev=["p25c1", "p25n1", "p25e1", "p25o2"], kf="p25c1",
  why="Workers' replies said they had not been paid for five weeks, the boss held passports and they slept in a container on site; the owner cut off replies, split billing over relatives' LLCs and we renewed.")

A(k="P26", label="positive", kind="straw_owner",
  name="Sunrise Wellness Group LLC", short="Sunrise Wellness", type="Customer - Direct",
  industry="Healthcare", web="www.sunrisewellnessgrp.example", phone="(425) 555-0128",
  street="15600 NE 8th St Ste B1", city="Bellevue", state="WA", zip="98008", country="USA",
  rev=1500000, emp=20, owner="ae1", csm="csm3", created="2016-01-25", deal=5500,
  desc="Massage / wellness, 5 locations. Booking.",
  contacts=[("Amy", "Lau", "Owner"), ("Kevin", "Lau", "Operations")],
  recs=[
    T("p26t1", "2016-02-03", "welcome call",
      "Admin is Kevin Lau - same guy who ran the Jade Blossom Spa acct we closed last yr when its owner was charged w/ promoting prostitution + labor trafficking. New owner of record 'Amy Lau', 23, lives in Vancouver BC; Kevin calls her 'the investor'. Same 5 addresses as Jade Blossom.",
      who=1, owner="ae1"),
    O("p26o1", "2016-02-19", "Sunrise Wellness - booking 5 locations", "New Business", "Closed Won", 5500, "Booking + CRM 4 seats."),
    C("p26c1", "2016-05-10", "2016-05-11", "Disable reviews on booking page",
      "Kevin wants public reviews hidden on booking pages + 'after 10pm' slots available by phone # only.",
      "Reviews hidden. Late slots configured.", typ="Feature Request", who=1, owner="sup2"),
    O("p26o2", "2017-01-31", "Sunrise Wellness - Renewal", "Existing Business - Renewal", "Closed Won", 5800, "Renewal, moved invoicing to annual upfront."),
  ],
  total=10, ev=["p26t1", "p26c1", "p26o1", "p26o2"], kf="p26t1",
  why="The same operator of a spa chain closed after its owner's trafficking charge reopened at the same five addresses under a 23-year-old owner of record living abroad, and we signed and renewed them.")

A(k="P27", label="positive", kind="classifieds",
  name="MetroPost Ads Inc.", short="MetroPost", type="Customer - Direct",
  industry="Media", web="www.metropostads.example", phone="(206) 555-0139",
  street="1501 4th Ave Ste 2000", city="Seattle", state="WA", zip="98101", country="USA",
  rev=14000000, emp=80, owner="ae1", csm="csm1", created="2012-09-10", deal=28000,
  desc="Classifieds, 120 cities. Personals + services.",
  contacts=[("Ben", "Arkwright", "CFO"), ("Lucy", "Tan", "Marketing Mgr")],
  recs=[
    O("p27o1", "2012-10-26", "MetroPost - Campaigns + 15 seats", "New Business", "Closed Won", 28000, "Advertiser email."),
    N("p27n1", "2016-10-07", "news alert",
      "State AG charged MetroPost's CEO + 2 owners w/ pimping, pimping a minor and conspiracy. Press release quotes ads for girls 15-17 posted in their 'escorts' section. AE to advise on acct.",
      owner="risk1"),
    T("p27t1", "2016-10-12", "call w/ Ben",
      "Ben: 'political stunt', business as usual, lawyers say it'll be tossed. Renewal due Jan, he wants the same pricing.",
      who=0, owner="ae1"),
    O("p27o2", "2017-01-27", "MetroPost - Renewal FY17", "Existing Business - Renewal", "Closed Won", 30000, "Renewed, same pricing."),
    C("p27c1", "2017-02-21", "2017-03-01", "Reassign contract",
      "Cust wants contract moved to new holding co in NL (MetroPost Holdings B.V.).",
      "Finance approved. Same admins.", typ="Billing", who=0, owner="fin1"),
  ],
  total=12, ev=["p27n1", "p27t1", "p27o2", "p27c1"], kf="p27n1",
  why="The state AG charged the classifieds site's CEO and owners with pimping, including of minors advertised in its escorts section; we renewed three months later and moved the contract offshore.")

A(k="P28", label="positive", kind="cam_platform",
  name="PixieCam Ltd", short="PixieCam", type="Customer - Direct",
  industry="Entertainment", web="www.pixiecam.example", phone="+356 2555 0147",
  street="Level 3, Tower Business Centre, Tower St", city="Swatar", state="", zip="BKR 4013", country="Malta",
  rev=6700000, emp=35, owner="ae3", csm="csm2", created="2017-11-06", deal=19000,
  desc="Live cam platform, EU + US traffic.",
  contacts=[("Elena", "Vassallo", "Head of Product"), ("Kurt", "Borg", "Finance")],
  recs=[
    O("p28o1", "2017-12-15", "PixieCam - Service Desk 12 + Campaigns", "New Business", "Closed Won", 19000, "Room moderation queue + member campaigns."),
    C("p28c1", "2018-09-04", "2018-09-11", "Title filter flow",
      "Elena wants a flow: if room title contains schoolgirl, petite teen, barely 18, ddlg, 'jailbait', or a number 13-17, remove the word and publish the room; do NOT send to review queue. 'review queue is too slow and these are our top earners'.",
      "ProServ built (8h). Cust happy.", typ="Feature Request", who=0, owner="ps1"),
    N("p28n1", "2019-04-02", "processor",
      "Kurt: acquirer dropped them after a card-brand audit. Moving to a crypto gateway + a 'partner' merchant in Curaçao. Pays us by SEPA, fine.",
      owner="fin1"),
    O("p28o2", "2019-06-28", "PixieCam - Renewal + 8 seats", "Existing Business - Upgrade", "Closed Won", 24000, "Renewal + seats."),
  ],
  total=11, ev=["p28c1", "p28n1", "p28o2"], kf="p28c1",
  why="Cam platform had us build a flow that strips 'schoolgirl', 'jailbait' and ages 13-17 from room titles and publishes them without review; its acquirer dropped it and we upsold.")


# =====================================================================================
# HARD NEGATIVES
# =====================================================================================

A(k="N01", label="negative", kind="hard:dating_low_spam",
  name="Kindred Dating Co.", short="Kindred", type="Customer - Direct",
  industry="Technology", web="www.kindreddating.example", phone="(512) 555-0120",
  street="301 Congress Ave Ste 1100", city="Austin", state="TX", zip="78701", country="USA",
  rev=22000000, emp=140, owner="ae1", csm="csm1", created="2014-02-17", deal=48000,
  desc="Dating app, US + CA. Member support and T&S on Service Desk.",
  contacts=[("Rachel", "Okoye", "Dir. Trust & Safety"), ("Ben", "Sorensen", "Member Support Mgr"), ("Leah", "Park", "CMO")],
  recs=[
    O("n01o1", "2014-03-28", "Kindred - Service Desk 40 + Campaigns", "New Business", "Closed Won", 48000, "Member support + T&S queues."),
    C("n01c1", "2015-06-02", "2015-06-09", "New report reasons + routing",
      "Rachel wants two new report reasons in app → Service Desk: 'Selling sex / escort' and 'Possibly under 18'. Under-18 reports go to a priority queue w/ 2h SLA and auto-suspend the reported profile pending review.",
      "Built. Priority queue + auto-suspend tested w/ T&S.", typ="Feature Request", who=0, owner="ps1"),
    E("n01e1", "2016-04-20", "QBR - T&S metrics",
      "Rachel's numbers: escort/spam profiles ~0.4% of new signups, 90% removed by automated filters before any user sees them, rest within 2h of a report. Under-18: 31 confirmed last qtr, all banned, NCMEC CyberTipline reports filed where there was any sexual content. Wants a report for their transparency page.",
      loc="Kindred Austin", mins=90, who=0, owner="csm1"),
    T("n01t1", "2016-09-13", "LE request template",
      "Helped Ben set up a 'Law enforcement request' record type w/ fields for agency, case #, legal process type, due date. Their counsel reviews each one.",
      who=1, owner="sup1"),
    O("n01o2", "2017-03-31", "Kindred - Renewal + T&S seats", "Existing Business - Upgrade", "Closed Won", 56000, "Renewal, +10 T&S agents."),
  ],
  total=13, ev=["n01c1", "n01e1", "n01t1"],
  why="Dating app built under-18 and escort report reasons that suspend profiles, reports ~0.4% escort spam removed fast and files NCMEC reports: it fights the abuse.")

A(k="N02", label="negative", kind="hard:classifieds_low_spam",
  name="Swapmeet Online Inc.", short="Swapmeet", type="Customer - Direct",
  industry="Retail", web="www.swapmeetonline.example", phone="(614) 555-0145",
  street="250 S High St Ste 600", city="Columbus", state="OH", zip="43215", country="USA",
  rev=8100000, emp=48, owner="ae2", csm="csm2", created="2013-06-03", deal=26000,
  desc="General classifieds (for sale, autos, pets, jobs). No personals section.",
  contacts=[("Howard", "Pruitt", "VP Ops"), ("Alicia", "Mendez", "Policy & Safety Lead")],
  recs=[
    O("n02o1", "2013-07-19", "Swapmeet - Service Desk 20 seats", "New Business", "Closed Won", 26000, "Listing review + user support."),
    C("n02c1", "2014-05-06", "2014-05-09", "Auto-reject rule for escort spam",
      "Alicia seeing escort ads posted under 'services' and 'pets' (!) to dodge filters. Wants rule: phrases like 'incall/outcall', 'GFE', rose emoji pricing → auto-reject + ban poster + add phone to blocklist. Not edit and publish - reject.",
      "Rule live. ~0.3% of new listings hit it first wk, dropping.", typ="Feature Request", who=1, owner="ps1"),
    C("n02c2", "2016-08-22", "2016-08-30", "Subpoena from county sheriff",
      "Swapmeet got a sheriff's subpoena for poster info on 3 listings (suspected trafficking of a 16 y/o, ads were already removed by their team). Alicia asks how to export poster history incl. IP log from our desk.",
      "Walked her thru report + export. She says their team found the listings first and called the sheriff's tip line.",
      prio="High", typ="Question", who=1, owner="sup1"),
    N("n02n1", "2016-09-01", "policy note",
      "Alicia: escort/trafficking ads under 0.2% of listings this yr; all removed, posters banned, phone #s shared w/ the regional task force. They want a quarterly export for the task force. Fine under their ToS.",
      owner="csm2"),
    O("n02o2", "2017-07-31", "Swapmeet - Renewal", "Existing Business - Renewal", "Closed Won", 27500, "Renewed after a short procurement review."),
  ],
  total=12, ev=["n02c1", "n02c2", "n02n1"],
  why="Classifieds site auto-rejects escort ads (under 0.3% of listings), bans posters, finds and reports a suspected minor to the sheriff and feeds the task force.")

A(k="N03", label="negative", kind="hard:dating_low_spam",
  name="Rencontres Étoile SAS", short="Étoile", type="Customer - Direct",
  industry="Technology", web="www.rencontres-etoile.example", phone="+33 1 55 55 01 32",
  street="18 rue de la Chaussée d'Antin", city="Paris", state="", zip="75009", country="France",
  rev=9500000, emp=60, owner="ae3", csm="csm2", created="2015-09-07", deal=31000,
  desc="Application de rencontres (FR/BE/CH). Modération + service client.",
  contacts=[("Camille", "Durand", "Responsable Modération"), ("Julien", "Moreau", "DSI")],
  recs=[
    O("n03o1", "2015-10-30", "Étoile - Service Desk 20 + Campaigns", "New Business", "Closed Won", 31000, "Modération + CRM membres."),
    E("n03e1", "2016-05-24", "Revue modération",
      "Camille on escort profiles: 'Nous supprimons les faux profils d'escortes dès signalement, environ 0,2 % des inscriptions, et les comptes liés au même numéro sont bannis.' Wants dashboard: signalements 'prostitution', 'mineur', time-to-removal.",
      loc="Paris", mins=90, who=0, owner="csm2"),
    C("n03c1", "2017-02-14", "2017-02-20", "Export pour la police",
      "Request from Camille: how to export full history of 1 member for a réquisition judiciaire (police, suspected 'proxénétisme' targeting a 15 y/o member who was banned).",
      "Sent steps; export reviewed by their DPO before sending to police.", typ="Question", who=0, owner="sup2"),
    O("n03o2", "2017-10-31", "Étoile - Renouvellement", "Existing Business - Renewal", "Closed Won", 32000, "Renewal - same tier, SSO added at no charge."),
  ],
  total=11, ev=["n03e1", "n03c1"],
  why="French dating app removes escort profiles (~0.2%), bans linked accounts and answers a police requisition about a pimp targeting a 15-year-old member it had banned.")

A(k="N04", label="negative", kind="hard:marketplace_offboards_sellers",
  name="Craftly Market Inc.", short="Craftly", type="Customer - Direct",
  industry="Retail", web="www.craftly.example", phone="(718) 555-0156",
  street="55 Washington St Ste 300", city="Brooklyn", state="NY", zip="11201", country="USA",
  rev=31000000, emp=210, owner="ae2", csm="csm1", created="2014-11-03", deal=62000,
  desc="Marketplace for handmade goods + local services (lessons, wellness).",
  contacts=[("Imani", "Grant", "Head of Marketplace Integrity"), ("Rob", "Castellano", "VP Engineering")],
  recs=[
    O("n04o1", "2014-12-19", "Craftly - CRM 50 + Service Desk", "New Business", "Closed Won", 62000, "Seller success + integrity queues."),
    C("n04c1", "2016-03-08", "2016-03-15", "Integrity queue - 'massage' sellers",
      "Imani: cluster of 'wellness/massage' sellers whose listings are escort ads (same 3 phone #s, 'new in town', hourly rates). Wants a bulk action: suspend seller, hold payouts, add to integrity review, notify LE liaison.",
      "Bulk action built. 47 sellers offboarded first run. Imani's team reported the cluster to NCMEC/local PD as one listing photo looked like a minor.",
      prio="High", typ="Feature Request", who=0, owner="ps1"),
    N("n04n1", "2016-06-14", "integrity stats",
      "Escort-type listings = 0.05% of active listings after the March cleanup. Seller verification (ID + bank) added for wellness category. They'd like our help on a Campaigns msg to warn sellers about the policy.",
      owner="csm1"),
    O("n04o2", "2016-12-16", "Craftly - Renewal + 20 seats", "Existing Business - Upgrade", "Closed Won", 78000, "Renewal + integrity seats."),
  ],
  total=11, ev=["n04c1", "n04n1"],
  why="Marketplace found escort ads disguised as massage sellers, suspended them, held payouts, reported a possible minor and added ID checks: it offboards its own bad sellers.")

A(k="N05", label="negative", kind="hard:payments_offboards_merchants",
  name="Brightwire Payments Inc.", short="Brightwire", type="Customer - Direct",
  industry="Finance", web="www.brightwirepay.example", phone="(415) 555-0193",
  street="101 Mission St Ste 1500", city="San Francisco", state="CA", zip="94105", country="USA",
  rev=88000000, emp=400, owner="ae1", csm="csm1", created="2013-10-14", deal=120000,
  desc="Payment processor / payfac for SMB e-commerce.",
  contacts=[("Grace", "Liu", "Head of Merchant Risk"), ("Tom", "Adeyemi", "Dir. Compliance (BSA/AML)"), ("Nate", "Fisher", "Sales Ops")],
  recs=[
    O("n05o1", "2013-11-29", "Brightwire - CRM 120 + Service Desk", "New Business", "Closed Won", 120000, "Merchant lifecycle + risk case mgmt."),
    C("n05c1", "2015-07-06", "2015-07-14", "Risk case type: prohibited content",
      "Grace wants new risk case type 'Prohibited - adult/escort' w/ checklist (site crawl, MCC check 7273/5967, descriptor check). After Visa/MC action vs a big ad site on 7/1 they expect those advertisers to try to open accounts w/ Brightwire under other MCCs.",
      "Built. Case auto-opens on MCC mismatch from crawl.", typ="Feature Request", who=0, owner="ps1"),
    N("n05n1", "2015-09-30", "risk qbr",
      "Grace: 212 merchant apps declined in Q3 for escort/adult-ad links, 19 live merchants terminated after crawl found escort ads behind 'misc services' descriptors. 4 referred to FinCEN via SAR (Tom's team). They want auto-MATCH listing in the flow.",
      owner="csm1"),
    T("n05t1", "2017-02-08", "HSI training request",
      "Tom asked if we could help host a webinar for their risk team with an HSI agent on trafficking red flags in merchant data. Booked our webinar platform for them, no charge.",
      who=1, owner="csm1"),
    O("n05o2", "2016-11-30", "Brightwire - Renewal + risk seats", "Existing Business - Upgrade", "Closed Won", 139000, "Renewal; agreed price hold for next yr."),
  ],
  total=12, ev=["n05c1", "n05n1", "n05t1"],
  why="Processor built screening that declines and terminates escort-ad merchants hiding behind other MCCs, files SARs and trains with HSI: it offboards such merchants.")

A(k="N06", label="negative", kind="hard:payments_offboards_merchants",
  name="Keystone Money Transfer LLC", short="Keystone MT", type="Customer - Direct",
  industry="Finance", web="www.keystonemt.example", phone="(201) 555-0108",
  street="30 Montgomery St Ste 900", city="Jersey City", state="NJ", zip="07302", country="USA",
  rev=15000000, emp=90, owner="ae2", csm="csm3", created="2016-01-11", deal=34000,
  desc="Licensed money transmitter, agent network (US→LatAm/Asia).",
  contacts=[("Farah", "Qureshi", "BSA Officer"), ("Miguel", "Arce", "Agent Network Dir.")],
  recs=[
    O("n06o1", "2016-02-26", "Keystone MT - CRM 25 + Service Desk", "New Business", "Closed Won", 34000, "Agent mgmt + compliance cases."),
    C("n06c1", "2017-04-04", "2017-04-12", "Alert type - funnel pattern",
      "Farah wants an alert object fed by their TM system: many senders in diff states → one receiver, small amounts, 'rent'/'deuda' memos, senders sharing one phone. Pattern from FinCEN advisory on trafficking. Alerts to analysts, SAR decision required w/ reason before close.",
      "Built w/ mandatory close reason + reviewer field. No silent closes.", typ="Feature Request", who=0, owner="ps1"),
    N("n06n1", "2017-09-20", "agent offboarding",
      "Miguel: 2 agents in Queens terminated after their alerts (agent processing for a suspected massage-parlor network; cash, same receivers). SARs filed, HSI contacted them after. Agent records kept 5 yrs per BSA.",
      owner="csm3"),
    O("n06o2", "2018-02-28", "Keystone MT - Renewal", "Existing Business - Renewal", "Closed Won", 35000, "Renewed, switched to nonprofit annual billing."),
  ],
  total=11, ev=["n06c1", "n06n1"],
  why="Money transmitter built trafficking funnel-account alerts with mandatory close reasons, terminated agents tied to a suspected massage network and filed SARs.")

A(k="N07", label="negative", kind="hard:trust_safety",
  name="Peerloop Social Inc.", short="Peerloop", type="Customer - Direct",
  industry="Technology", web="www.peerloop.example", phone="(650) 555-0161",
  street="2600 El Camino Real Ste 400", city="Palo Alto", state="CA", zip="94306", country="USA",
  rev=54000000, emp=320, owner="ae1", csm="csm2", created="2015-02-09", deal=95000,
  desc="Social / messaging app. T&S team uses Service Desk.",
  contacts=[("Aisha", "Rahman", "Head of Trust & Safety"), ("Colin", "Meyer", "T&S Ops Mgr")],
  recs=[
    O("n07o1", "2015-03-31", "Peerloop - Service Desk 80 seats", "New Business", "Closed Won", 95000, "T&S + support."),
    C("n07c1", "2015-08-11", "2015-08-25", "CyberTipline connector",
      "Install NCMEC CyberTipline connector; every CSAM-tagged case must create a report + preserve content 90 days per 2258A. Aisha wants an audit field: who reviewed, when reported.",
      "Installed + tested w/ NCMEC test endpoint. Audit fields on case.", prio="High", typ="Feature Request", who=0, owner="se1"),
    E("n07e1", "2016-10-04", "T&S ops review",
      "Colin: 1,900 CyberTipline reports filed last yr; median report time 14h. Sextortion of teens (13-16) is the growth area, they built a 'minor safety' queue. Want wellness breaks enforced for reviewers (our scheduler).",
      loc="Peerloop HQ", mins=90, who=1, owner="csm2"),
    T("n07t1", "2018-05-15", "FBI liaison process",
      "Aisha asked for a separate 'Emergency disclosure' case type for FBI / local PD exigent requests (child in danger), 1h SLA, counsel approval.",
      who=0, owner="sup1"),
    O("n07o2", "2018-03-30", "Peerloop - Renewal + 20 seats", "Existing Business - Upgrade", "Closed Won", 112000, "Renewed; they dropped 1 unused seat."),
  ],
  total=12, ev=["n07c1", "n07e1", "n07t1"],
  why="Social app's T&S team reports CSAM to NCMEC, runs a minor-safety queue and handles FBI emergency requests: the platform fights exploitation.")

A(k="N08", label="negative", kind="hard:ngo",
  name="Freedom Bridge Coalition", short="Freedom Bridge", type="Customer - Direct",
  industry="Not For Profit", web="www.freedombridge.example", phone="(202) 555-0175",
  street="1400 K St NW Ste 300", city="Washington", state="DC", zip="20005", country="USA",
  rev=3200000, emp=26, owner="ae2", csm="csm3", created="2013-09-16", deal=8000,
  desc="Anti-trafficking nonprofit; national tip hotline + case referrals.",
  contacts=[("Monica", "Bell", "Executive Director"), ("Sarah", "Kim", "Hotline Director"), ("Ade", "Lawal", "Data Mgr")],
  recs=[
    O("n08o1", "2013-10-31", "Freedom Bridge - Nonprofit CRM 20 seats", "New Business", "Closed Won", 8000, "Nonprofit pricing (80% disc)."),
    C("n08c1", "2014-01-21", "2014-02-04", "Hotline intake form",
      "Sarah's intake form for calls/web tips: Is someone holding your ID/passport? Do you owe a debt to employer/recruiter? Are you under 18? Can you leave? Where do you sleep? Any contact w/ police? Needs to create a Case + Contact (victim) + Contact (suspected trafficker) w/ restricted sharing.",
      "Form + restricted sharing model delivered. Victim records visible to hotline staff only.", typ="Feature Request", who=1, owner="ps1"),
    N("n08n1", "2015-03-09", "data sensitivity",
      "Ade: some case records include minors recovered in motel stings + names of suspected traffickers. Enabled field encryption + shield audit at our cost (nonprofit program).",
      owner="csm3"),
    E("n08e1", "2016-06-08", "Referral workflow w/ LE",
      "Mapped referral flow: hotline case → consent check → referral to FBI/HSI task force or local PD, w/ survivor's consent logged. Minors referred per mandatory reporting rules.",
      loc="Freedom Bridge office", mins=120, who=1, owner="se1"),
    O("n08o2", "2016-10-31", "Freedom Bridge - Renewal (NP)", "Existing Business - Renewal", "Closed Won", 8400, "Renewal, closed via e-sign in 2 days."),
  ],
  total=13, ev=["n08c1", "n08n1", "n08e1"],
  why="Anti-trafficking hotline uses the CRM to take tips about held passports, debts and minors and refer them to police with consent; it is on the victims' side.")

A(k="N09", label="negative", kind="hard:shelter",
  name="Casa Esperanza Shelter Inc.", short="Casa Esperanza", type="Customer - Direct",
  industry="Not For Profit", web="www.casaesperanza-shelter.example", phone="(915) 555-0142",
  street="1800 E Yandell Dr", city="El Paso", state="TX", zip="79903", country="USA",
  rev=1400000, emp=19, owner="ae1", csm="csm1", created="2015-05-18", deal=3500,
  desc="Shelter + case management for trafficking and DV survivors.",
  contacts=[("Lucía", "Ortega", "Program Director"), ("Jim", "Harlan", "IT Volunteer")],
  recs=[
    O("n09o1", "2015-06-19", "Casa Esperanza - NP CRM 10", "New Business", "Closed Won", 3500, "Nonprofit program."),
    C("n09c1", "2015-09-02", "2015-09-09", "Spanish intake + case notes",
      "Lucía needs intake in Spanish. Example answers staff enter verbatim: 'El patrón tenía mi pasaporte y me cobraba por dormir en la bodega', 'me trajeron a los 16 años'. Needs those restricted to case mgrs.",
      "Translated form; case notes field restricted to Case Manager profile.", typ="Feature Request", who=0, owner="sup2"),
    T("n09t1", "2016-11-30", "T-visa tracking fields",
      "Added fields for T-visa / U-visa status, LE certification (I-914B) requested/received, attorney assigned.",
      who=0, owner="csm1"),
    O("n09o2", "2017-06-30", "Casa Esperanza - Renewal (NP)", "Existing Business - Renewal", "Closed Won", 3600, "Renewed, their legal redlined the DPA only."),
  ],
  total=10, ev=["n09c1", "n09t1"],
  why="Survivor shelter records clients' accounts of held passports and being trafficked at 16 to support them and their T-visa applications.")

A(k="N10", label="negative", kind="hard:hotline",
  name="Rede Liberdade - Linha de Apoio", short="Rede Liberdade", type="Customer - Channel",
  industry="Not For Profit", web="www.redeliberdade.example", phone="+55 11 5555 0119",
  street="Rua Augusta 1508, cj 41", city="São Paulo", state="SP", zip="01304-001", country="Brazil",
  rev=600000, emp=12, owner="ae3", csm="csm2", created="2017-03-13", deal=2400,
  desc="Hotline against forced labour and sexual exploitation (Brazil).",
  contacts=[("Renata", "Alves", "Coordenadora"), ("Paulo", "Nunes", "TI")],
  recs=[
    O("n10o1", "2017-04-28", "Rede Liberdade - NP CRM 8", "New Business", "Closed Won", 2400, "Nonprofit via reseller."),
    C("n10c1", "2017-06-06", "2017-06-13", "Categorias de denúncia",
      "Renata wants categories for tips: 'trabalho escravo', 'exploração sexual de crianças e adolescentes', 'retenção de documentos', 'servidão por dívida'. Tips forwarded to Ministério Público do Trabalho / Polícia Federal. Sample tip text: 'o dono da oficina tranca as costureiras e fica com os documentos delas'.",
      "Categories + forwarding template done.", typ="Feature Request", who=0, owner="sup1"),
    N("n10n1", "2018-02-19", "volume",
      "~140 tips/mo, 30% forced labour in garment workshops, 18% sexual exploitation of minors near highways. Renata asked about SMS for callback to victims - advised on safety (no msgs to shared phones).",
      owner="csm2"),
    O("n10o2", "2018-04-30", "Rede Liberdade - Renovação", "Existing Business - Renewal", "Closed Won", 2500, "Renewal signed, payment by ACH."),
  ],
  total=10, ev=["n10c1", "n10n1"],
  why="Brazilian hotline records tips about slave labour, retained documents and child sexual exploitation and forwards them to prosecutors and federal police.")

A(k="N11", label="negative", kind="hard:law_firm",
  name="Harmon & Ruiz LLP", short="Harmon & Ruiz", type="Customer - Direct",
  industry="Consulting", web="www.harmonruiz.example", phone="(713) 555-0187",
  street="700 Louisiana St Ste 3900", city="Houston", state="TX", zip="77002", country="USA",
  rev=18000000, emp=45, owner="ae1", csm="csm3", created="2016-08-15", deal=19000,
  desc="Plaintiffs' firm: trafficking survivors (TVPRA 1595 suits), premises liability.",
  contacts=[("Dolores", "Ruiz", "Partner"), ("Ethan", "Harmon", "Partner"), ("Kim", "Nguyen", "Intake Paralegal")],
  recs=[
    O("n11o1", "2016-09-30", "Harmon & Ruiz - CRM 15 + intake", "New Business", "Closed Won", 19000, "Matter intake + client comms."),
    C("n11c1", "2016-11-08", "2016-11-16", "Intake questionnaire",
      "Kim's intake: where were you trafficked (hotel/motel name, website ads posted on), age when it started, who held your ID, any police reports. Minors intake routed to Dolores only. Need conflict check vs defendants list (hotel chains, ad sites).",
      "Built. Conflict check against Defendant obj.", typ="Feature Request", who=2, owner="ps1"),
    N("n11n1", "2018-04-12", "matters",
      "Dolores: filed 6 suits v. motels + one classifieds site under 1595 for clients trafficked as minors. Wants a litigation hold process on their own records.",
      owner="csm3"),
    O("n11o2", "2018-09-28", "Harmon & Ruiz - Renewal + 5 seats", "Existing Business - Upgrade", "Closed Won", 23000, "Renewal ok, sandbox added."),
  ],
  total=11, ev=["n11c1", "n11n1"],
  why="Law firm representing trafficking survivors collects details of hotels, ad sites and minors in order to sue the venues.")

A(k="N12", label="negative", kind="hard:law_firm",
  name="Okafor Immigration Law PLLC", short="Okafor Law", type="Customer - Direct",
  industry="Consulting", web="www.okaforimmigration.example", phone="(404) 555-0133",
  street="229 Peachtree St NE Ste 1000", city="Atlanta", state="GA", zip="30303", country="USA",
  rev=2100000, emp=11, owner="ae2", csm="csm1", created="2014-04-21", deal=4800,
  desc="Immigration law; T-visas, U-visas, asylum.",
  contacts=[("Chinwe", "Okafor", "Managing Attorney"), ("Lena", "Fischer", "Paralegal")],
  recs=[
    O("n12o1", "2014-05-30", "Okafor Law - CRM 6", "New Business", "Closed Won", 4800, "Client intake."),
    N("n12n1", "2015-01-14", "client mix",
      "Chinwe: ~40% of clients are labor trafficking survivors (domestic workers whose employers held passports, farmworkers w/ recruitment debt). Asked for a secure doc upload (passports, I-914). Set up portal w/ MFA.",
      owner="csm1"),
    C("n12c1", "2016-02-23", "2016-02-24", "Client message in French",
      "Client msg via portal shows garbled accents: 'Mon ancien employeur a gardé mon passeport, l'avocate m'aide pour le visa T.' Fix encoding.",
      "Encoding fixed in portal.", typ="Problem", who=1, owner="sup2"),
    O("n12o2", "2017-05-31", "Okafor Law - Renewal", "Existing Business - Renewal", "Closed Won", 5000, "Renewed at list, no discount asked."),
  ],
  total=10, ev=["n12n1", "n12c1"],
  why="Immigration firm helps trafficking survivors whose employers held their passports get T-visas.")

A(k="N13", label="negative", kind="hard:hotel_reporting",
  name="Bayview Hotels & Resorts", short="Bayview Hotels", type="Customer - Direct",
  industry="Hospitality", web="www.bayviewhotels.example", phone="(619) 555-0125",
  street="500 W Harbor Dr", city="San Diego", state="CA", zip="92101", country="USA",
  rev=240000000, emp=3100, owner="ae1", csm="csm2", created="2013-12-02", deal=180000,
  desc="Hotel group, 22 properties West Coast.",
  contacts=[("Patricia", "Holm", "VP Guest Experience"), ("Marco", "Bianchi", "Dir. Security"), ("Jess", "Wong", "CRM Mgr")],
  recs=[
    O("n13o1", "2014-01-31", "Bayview - Guest CRM + Campaigns", "New Business", "Closed Won", 180000, "Loyalty + guest comms."),
    C("n13c1", "2017-01-17", "2017-02-06", "'Report a concern' button in staff app",
      "Marco wants a staff-facing 'report trafficking concern' button (housekeeping, front desk): indicators checklist (minor w/ older adult, many men to one room, 'do not disturb' for days, cash for multiple rooms), creates a Security case, on-call mgr paged, option to call 911 / the hotline.",
      "Built + piloted at 3 properties. 11 reports in pilot, 2 passed to SDPD.", prio="High", typ="Feature Request", who=1, owner="ps1"),
    E("n13e1", "2017-04-26", "Training module rollout",
      "Rolled out anti-trafficking training module to 2,400 staff via our LMS connector; completion tracked on Employee obj. Content from a national NGO.",
      loc="Zoom", mins=60, who=0, owner="csm2"),
    T("n13t1", "2018-08-07", "police request process",
      "Marco asked for a 'Law enforcement request' record type for guest records (subpoena/warrant, legal review, response date). Set up.",
      who=1, owner="sup1"),
    O("n13o2", "2018-01-31", "Bayview - Renewal FY18", "Existing Business - Renewal", "Closed Won", 190000, "Renewal, net 30 kept."),
  ],
  total=13, ev=["n13c1", "n13e1", "n13t1"],
  why="Hotel group built a staff button to report suspected trafficking, trained 2,400 staff and set up a police-request process; it reports, not hosts, trafficking.")

A(k="N14", label="negative", kind="hard:hotel_reporting",
  name="Roadway Inn Partners LP", short="Roadway Inn", type="Customer - Direct",
  industry="Hospitality", web="www.roadwayinn.example", phone="(501) 555-0169",
  street="11200 W Markham St", city="Little Rock", state="AR", zip="72211", country="USA",
  rev=21000000, emp=260, owner="ae2", csm="csm1", created="2014-07-07", deal=16000,
  desc="Economy motels, 14 properties along I-30/I-40.",
  contacts=[("Gary", "Mott", "Dir. of Operations"), ("Priti", "Shah", "Owner")],
  recs=[
    O("n14o1", "2014-08-29", "Roadway Inn - Guest CRM", "New Business", "Closed Won", 16000, "Guest CRM 14 properties."),
    C("n14c1", "2016-03-22", "2016-03-25", "Warrant for guest records",
      "State police warrant for guest records at the Benton property (suspected trafficking, a 15 y/o recovered by police after a front desk clerk called it in). Gary asks how to pull stay + payment + ID scan for rooms 112/114.",
      "Walked thru export. Gary says they also banned the two men who rented the rooms chain-wide.",
      prio="High", typ="Question", who=0, owner="sup1"),
    N("n14n1", "2016-05-10", "policy changes",
      "Priti: after Benton they require ID for every adult at check-in, no hourly rates, no cash for >1 room, and posted hotline signs in every room. Wants 'do not rent' list shared across properties (built as a list in CRM).",
      owner="csm1"),
    O("n14o2", "2016-08-31", "Roadway Inn - Renewal", "Existing Business - Renewal", "Closed Won", 16500, "Renewed, moved to quarterly invoicing."),
  ],
  total=11, ev=["n14c1", "n14n1"],
  why="Motel chain's clerk reported a trafficked 15-year-old, it cooperated with the police warrant, banned the men and tightened ID, cash and hourly-rate rules.")

A(k="N15", label="negative", kind="hard:police",
  name="Calder County District Attorney's Office", short="Calder DA", type="Customer - Direct",
  industry="Government", web="www.caldercountyda.example", phone="(541) 555-0151",
  street="100 Courthouse Sq", city="Calder", state="OR", zip="97999", country="USA",
  rev=0, emp=85, owner="ae1", csm="csm3", created="2017-01-09", deal=22000,
  desc="County prosecutor. Victim/witness services + HT unit.",
  contacts=[("Helen", "Ashby", "Chief Deputy DA"), ("Rick", "Soto", "Victim Advocate Supervisor")],
  recs=[
    O("n15o1", "2017-03-15", "Calder DA - Gov CRM 25 (victim services)", "New Business", "Closed Won", 22000, "GovCloud tier."),
    C("n15c1", "2017-05-02", "2017-05-16", "Victim/witness module config",
      "Rick's team tracks victims in HT prosecutions: minors (15-17) recovered in stings, court dates, restitution, shelter placements. Defendant records (pimps, buyers) separate obj, CJIS-level access only.",
      "Configured; access restricted to HT unit profile.", typ="Feature Request", who=1, owner="ps1"),
    N("n15n1", "2018-09-24", "records request",
      "Defense subpoenaed DA's victim comms logs in a trafficking trial; Helen asked how our retention works. Explained, nothing purged.",
      owner="csm3"),
    O("n15o2", "2019-03-15", "Calder DA - Renewal", "Existing Business - Renewal", "Closed Won", 23000, "Renewal w/ 2% loyalty discount."),
  ],
  total=10, ev=["n15c1", "n15n1"],
  why="Prosecutor's office uses the CRM to support minor victims and track trafficking defendants.")

A(k="N16", label="negative", kind="hard:research",
  name="Northgate University - Exploitation Research Lab", short="Northgate Lab", type="Customer - Direct",
  industry="Education", web="www.northgate-u.example", phone="(617) 555-0103",
  street="77 College Ave, Rm 410", city="Boston", state="MA", zip="02115", country="USA",
  rev=0, emp=12, owner="ae2", csm="csm2", created="2018-01-22", deal=6000,
  desc="University lab studying online commercial sex ads and trafficking indicators.",
  contacts=[("Anjali", "Rao", "Principal Investigator"), ("Ben", "Cho", "PhD Student")],
  recs=[
    O("n16o1", "2018-02-28", "Northgate Lab - Edu CRM 5", "New Business", "Closed Won", 6000, "Academic pricing."),
    C("n16c1", "2018-04-17", "2018-04-19", "Import of ad dataset",
      "Ben importing 2M scraped escort ads (2013-2017) as records: fields phone, city, post date, text flags (teen/young/fresh, 3rd person, 🍒). Asks about limits.",
      "Told them CRM isn't ideal for 2M rows; suggested keeping raw data in their DB + summary objects here. IRB approval on file per Anjali.",
      typ="Question", who=1, owner="se1"),
    N("n16n1", "2018-06-12", "lab partners",
      "They share aggregate findings w/ the state AG's HT unit + an NGO; no victim contact. Asked about a Campaigns newsletter to LE partners.",
      owner="csm2"),
  ],
  total=9, ev=["n16c1", "n16n1"],
  why="University lab analyses scraped escort ads for trafficking indicators under IRB and shares findings with the AG.")

A(k="N17", label="negative", kind="hard:staffing_ordinary",
  name="Summit Staffing Partners Inc.", short="Summit Staffing", type="Customer - Direct",
  industry="Consulting", web="www.summitstaffing.example", phone="(801) 555-0116",
  street="222 S Main St Ste 500", city="Salt Lake City", state="UT", zip="84101", country="USA",
  rev=34000000, emp=150, owner="ae1", csm="csm1", created="2013-05-06", deal=30000,
  desc="Staffing: hospitality + light industrial, H-2B seasonal programs.",
  contacts=[("Debra", "Quinn", "VP Operations"), ("Luis", "Padilla", "H-2B Program Mgr")],
  recs=[
    O("n17o1", "2013-06-28", "Summit Staffing - CRM 40", "New Business", "Closed Won", 30000, "Candidate + client CRM."),
    C("n17c1", "2015-02-10", "2015-02-13", "H-2B worker fields",
      "Luis wants fields: visa expiry, employer-paid travel (Y), housing address (optional, worker choice), 'passport - worker retains' checkbox for their DOL audit checklist.",
      "Added fields + audit report.", typ="Feature Request", who=1, owner="sup1"),
    N("n17n1", "2016-07-22", "DOL audit",
      "Debra: DOL audit of H-2B program closed w/ no findings; no recruitment fees charged, wages paid weekly by direct deposit. Asked for an export of audit fields - sent.",
      owner="csm1"),
    O("n17o2", "2016-06-30", "Summit Staffing - Renewal", "Existing Business - Renewal", "Closed Won", 31000, "Renewed; champion changed, new admin signed."),
  ],
  total=11, ev=["n17c1", "n17n1"],
  why="Staffing agency tracks visas and confirms workers keep their passports, with employer-paid travel and a clean DOL audit.")

A(k="N18", label="negative", kind="hard:agriculture_ordinary",
  name="Hollis Family Farms", short="Hollis Farms", type="Customer - Direct",
  industry="Agriculture", web="www.hollisfarms.example", phone="(509) 555-0181",
  street="4400 Orchard Rd", city="Wenatchee", state="WA", zip="98801", country="USA",
  rev=26000000, emp=300, owner="ae1", csm="csm3", created="2015-02-23", deal=9000,
  desc="Apple/cherry orchards, H-2A employer.",
  contacts=[("Margaret", "Hollis", "CFO"), ("Ernesto", "Lara", "HR / Housing Mgr")],
  recs=[
    O("n18o1", "2015-03-31", "Hollis Farms - CRM 8 + Engage SMS", "New Business", "Closed Won", 9000, "Worker SMS (Spanish)."),
    C("n18c1", "2016-05-03", "2016-05-05", "SMS replies - housing",
      "Worker replies to crew SMS land in CRM. Ernesto wants them routed to HR: e.g. 'la estufa de la casa 3 no sirve', '¿cuándo es el día de pago?'.",
      "Routed to HR queue; bilingual auto-ack.", typ="Question", who=1, owner="sup2"),
    N("n18n1", "2016-09-28", "housing inspection",
      "Ernesto: state housing inspection passed for all 12 units. Workers keep their own passports, pay weekly, no fees. Wants SMS reminders for the free clinic day.",
      owner="csm3"),
    O("n18o2", "2017-03-31", "Hollis Farms - Renewal", "Existing Business - Renewal", "Closed Won", 9400, "Straight renewal."),
  ],
  total=10, ev=["n18c1", "n18n1"],
  why="H-2A farm's worker messages are about stoves and paydays; housing passed inspection and workers keep their passports and pay no fees.")


A(k="N19", label="negative", kind="hard:massage_school",
  name="Pacific Institute of Massage Therapy", short="PIMT", type="Customer - Direct",
  industry="Education", web="www.pimt-school.example", phone="(808) 555-0138",
  street="1441 Kapiolani Blvd Ste 800", city="Honolulu", state="HI", zip="96814", country="USA",
  rev=4100000, emp=35, owner="ae1", csm="csm2", created="2014-06-16", deal=7000,
  desc="Licensed massage therapy school, 2 campuses.",
  contacts=[("Keala", "Kahale", "Director of Admissions"), ("Doug", "Wren", "Registrar")],
  recs=[
    O("n19o1", "2014-07-31", "PIMT - Edu CRM 10 + Campaigns", "New Business", "Closed Won", 7000, "Admissions CRM."),
    C("n19c1", "2016-01-12", "2016-01-14", "Campaign flagged by filter",
      "Enrollment email 'Massage therapy: hands-on clinic hours, evening classes' got caught by a spam filter ('massage' + 'evening'). Keala frustrated.",
      "Reworded subject, added school accreditation line + physical address. Delivered fine.", typ="Problem", who=0, owner="sup1"),
    N("n19n1", "2017-04-04", "state board",
      "Doug: new state rule requires schools to verify student ID + age (18+) and report graduates' license #s to the board; also a human-trafficking awareness module in the curriculum. Added fields.",
      owner="csm2"),
  ],
  total=9, ev=["n19c1", "n19n1"],
  why="Licensed massage school; 'massage' trips spam filters and it adds state-mandated age checks and trafficking-awareness training.")

A(k="N20", label="negative", kind="hard:spa_ordinary",
  name="Serenity Day Spa & Salon", short="Serenity Spa", type="Customer - Direct",
  industry="Retail", web="www.serenitydayspa.example", phone="(480) 555-0197",
  street="7014 E Camelback Rd Ste 120", city="Scottsdale", state="AZ", zip="85251", country="USA",
  rev=2300000, emp=32, owner="ae1", csm="csm1", created="2015-08-10", deal=4200,
  desc="Day spa: massage, facials, nails. 2 locations.",
  contacts=[("Nicole", "Barrett", "Owner"), ("Tran", "Vo", "Front Desk Mgr")],
  recs=[
    O("n20o1", "2015-09-15", "Serenity Spa - booking + Campaigns", "New Business", "Closed Won", 4200, "Booking widget + promos."),
    C("n20c1", "2016-10-18", "2016-10-19", "Bad review / weird calls",
      "Tran: men calling asking for 'extras' after an ad site copied their photos into a fake listing. Wants booking page to state 'licensed therapists, clinical massage only' + block repeat numbers.",
      "Added disclaimer + phone blocklist field. Nicole reported the fake listing to the site + Scottsdale PD.", typ="Question", who=1, owner="sup2"),
    N("n20n1", "2017-02-07", "inspection",
      "Nicole: routine state board inspection done, all therapists' licenses posted, no issues. Wants license expiry reminders in CRM.",
      owner="csm1"),
    O("n20o2", "2016-08-31", "Serenity Spa - Renewal", "Existing Business - Renewal", "Closed Won", 4400, "Renewal, they asked for a training credit (gave 4h)."),
  ],
  total=10, ev=["n20c1", "n20n1"],
  why="Legit day spa whose photos were stolen for a fake escort listing; it reported it to police and added licence reminders.")

A(k="N21", label="negative", kind="hard:modelling_ordinary",
  name="Bright Faces Model Management", short="Bright Faces", type="Customer - Direct",
  industry="Media", web="www.brightfacesmodels.example", phone="(646) 555-0130",
  street="245 W 29th St Ste 1201", city="New York", state="NY", zip="10001", country="USA",
  rev=5600000, emp=24, owner="ae2", csm="csm3", created="2016-03-21", deal=8500,
  desc="Model agency incl. kids/teen division (catalog, commercial).",
  contacts=[("Simone", "Achebe", "Agency Director"), ("Karl", "Dietz", "Kids Division Booker")],
  recs=[
    O("n21o1", "2016-04-29", "Bright Faces - CRM 10", "New Business", "Closed Won", 8500, "Talent + client CRM."),
    C("n21c1", "2016-06-14", "2016-06-17", "Fields for minor talent",
      "Karl needs for under-18 talent (ages 4-17): NY child performer permit #, trust account (Coogan) #, guardian on set (required), school hours. Guardian must be the contact for all comms, not the kid.",
      "Built w/ validation: booking can't save w/o guardian + permit.", typ="Feature Request", who=1, owner="sup1"),
    N("n21n1", "2017-10-02", "casting scam",
      "Simone: fake 'Bright Faces' recruiters on social DM'ing teens for 'test shoots' in hotel rooms. Agency issued a warning, reported accounts to the platform + NYPD. Wants a campaign to parents: 'we never ask to meet in hotels'.",
      owner="csm3"),
    O("n21o2", "2017-04-28", "Bright Faces - Renewal", "Existing Business - Renewal", "Closed Won", 8800, "Renewal 2 wks late, late fee waived."),
  ],
  total=10, ev=["n21c1", "n21n1"],
  why="Model agency enforces child performer permits and guardians and warns parents about impostors luring teens to hotels.")

A(k="N22", label="negative", kind="hard:au_pair",
  name="GlobalNest Au Pair Exchange", short="GlobalNest", type="Customer - Direct",
  industry="Education", web="www.globalnestaupair.example", phone="(203) 555-0152",
  street="1 Station Pl Ste 300", city="Stamford", state="CT", zip="06902", country="USA",
  rev=9000000, emp=40, owner="ae2", csm="csm2", created="2015-11-16", deal=12000,
  desc="State Dept-designated au pair sponsor (J-1).",
  contacts=[("Helena", "Costa", "Program Director"), ("Owen", "Price", "Local Coordinator Lead")],
  recs=[
    O("n22o1", "2015-12-18", "GlobalNest - CRM 20 + portal", "New Business", "Closed Won", 12000, "Au pair + host family CRM."),
    C("n22c1", "2016-08-09", "2016-08-11", "Passport field confusion",
      "Coordinators asking what 'Passport received' means. Helena: the agency only receives passports for the DS-2019 / visa appointment and returns them by courier; host families may NOT hold passports (program rule).",
      "Renamed to 'Passport w/ courier for visa appt' + 'Returned on' date, report on unreturned >10 days.", typ="Question", who=0, owner="sup2"),
    N("n22n1", "2017-05-30", "rematch",
      "Owen: au pair (BR) msg via portal: 'A família quer que eu trabalhe 60 horas e cuide da casa toda.' Coordinator moved her to a new family within a week, host family removed from program + reported to State Dept. Wants a 'hours complaint' case type.",
      owner="csm2"),
    O("n22o2", "2016-11-30", "GlobalNest - Renewal", "Existing Business - Renewal", "Closed Won", 12500, "Renewed, PO # changed."),
  ],
  total=11, ev=["n22c1", "n22n1"],
  why="Au pair sponsor only couriers passports for visa appointments, forbids host families holding them and removed a host family that overworked an au pair.")

A(k="N23", label="negative", kind="hard:victim_of_crime",
  name="Kittering Outdoor Supply Co.", short="Kittering", type="Customer - Direct",
  industry="Retail", web="www.kitteringoutdoor.example", phone="(406) 555-0110",
  street="318 N Higgins Ave", city="Missoula", state="MT", zip="59802", country="USA",
  rev=12000000, emp=70, owner="ae1", csm="csm1", created="2014-03-24", deal=14000,
  desc="Outdoor gear retailer, 3 stores + e-commerce.",
  contacts=[("Jana", "Kittering", "Owner"), ("Alex", "Boyd", "E-commerce Mgr")],
  recs=[
    O("n23o1", "2014-04-30", "Kittering - Campaigns + CRM 8", "New Business", "Closed Won", 14000, "E-comm campaigns."),
    C("n23c1", "2017-11-06", "2017-11-10", "Compromised admin + police report",
      "Alex's admin creds phished; attacker exported customer list + sent a fake 'order problem' email to 4k customers. They filed a police report + FBI IC3. Need login history + export logs for the detective.",
      "Provided audit logs, forced reset, enabled MFA org-wide. Customer notification template drafted w/ their counsel.", prio="High", typ="Problem", who=1, owner="sup1"),
    N("n23n1", "2018-01-15", "follow up",
      "Jana: FBI says the phishing crew hit 30+ retailers. Their seasonal employee (17 y/o) was also targeted w/ a sextortion DM from the same crew; parents + police handling, not our business but she wanted us aware re staff accounts.",
      owner="csm1"),
    O("n23o2", "2018-04-30", "Kittering - Renewal + MFA", "Existing Business - Renewal", "Closed Won", 14500, "Renewal closed, seat true-up +1."),
  ],
  total=11, ev=["n23c1", "n23n1"],
  why="Retailer was the victim of a phishing breach and a teenage employee was targeted by sextortion; police/FBI involvement is on its side.")

A(k="N24", label="negative", kind="hard:safeguarding",
  name="Maplewood Unified School District", short="Maplewood USD", type="Customer - Direct",
  industry="Education", web="www.maplewoodusd.example", phone="(916) 555-0147",
  street="2100 Maple Ave", city="Sacramento", state="CA", zip="95815", country="USA",
  rev=0, emp=1800, owner="ae1", csm="csm2", created="2016-07-11", deal=28000,
  desc="K-12 district, 24 schools. Family comms + student services.",
  contacts=[("Diane", "Forsythe", "Asst. Superintendent, Student Services"), ("Greg", "Tamura", "IT Director")],
  recs=[
    O("n24o1", "2016-08-31", "Maplewood USD - Edu CRM + Campaigns", "New Business", "Closed Won", 28000, "Family comms + counselor case mgmt."),
    C("n24c1", "2017-01-24", "2017-02-03", "Safeguarding case type",
      "Diane wants counselor case type for safeguarding concerns (suspected abuse, exploitation, runaway, trafficking warning signs like older 'boyfriend', new phone/clothes, absences). Mandated reporter checklist: CPS/police report made Y/N, date, by whom. Minors' records locked to counselors.",
      "Built w/ field audit + restricted sharing.", typ="Feature Request", who=0, owner="ps1"),
    T("n24t1", "2017-09-12", "staff training campaign",
      "Sent district-wide campaign for the annual mandated-reporter + human trafficking awareness training; 92% completion.",
      who=0, owner="csm2"),
    O("n24o2", "2018-06-29", "Maplewood USD - Renewal", "Existing Business - Renewal", "Closed Won", 29000, "Renewal, grant funded this yr."),
  ],
  total=11, ev=["n24c1", "n24t1"],
  why="School district's safeguarding module lets counselors record and report abuse and trafficking warning signs for minors.")

A(k="N25", label="negative", kind="hard:safeguarding",
  name="Tri-County Youth Soccer League", short="Tri-County Soccer", type="Customer - Direct",
  industry="Recreation", web="www.tricountysoccer.example", phone="(317) 555-0179",
  street="8800 Allisonville Rd", city="Indianapolis", state="IN", zip="46250", country="USA",
  rev=900000, emp=6, owner="ae2", csm="csm3", created="2017-02-06", deal=2800,
  desc="Youth soccer league, 3,000 players ages 5-18, volunteer coaches.",
  contacts=[("Brenda", "Kowalczyk", "League Administrator"), ("Tom", "Reilly", "Risk Mgmt Volunteer")],
  recs=[
    O("n25o1", "2017-03-10", "Tri-County Soccer - NP CRM + Campaigns", "New Business", "Closed Won", 2800, "Registrations + parent emails."),
    C("n25c1", "2017-04-11", "2017-04-13", "Background check integration",
      "Tom: every coach/volunteer needs a background check + SafeSport training before contact w/ minors. Want status fields + block roster assignment if expired.",
      "Integration + validation rule built.", typ="Feature Request", who=1, owner="sup1"),
    N("n25n1", "2018-03-19", "coach removed",
      "Brenda: a volunteer coach's check came back w/ a prior; removed before season, police not involved (old DUI). Process worked. No action for us.",
      owner="csm3"),
  ],
  total=9, ev=["n25c1", "n25n1"],
  why="Youth league runs background checks and abuse-prevention training before volunteers get access to minors.")

A(k="N26", label="negative", kind="hard:police_request_unrelated",
  name="Dunmore Hardware & Lumber", short="Dunmore Hardware", type="Customer - Direct",
  industry="Retail", web="www.dunmorehardware.example", phone="(570) 555-0127",
  street="1420 Main St", city="Scranton", state="PA", zip="18509", country="USA",
  rev=7800000, emp=45, owner="ae2", csm="csm1", created="2013-11-11", deal=5000,
  desc="Hardware + lumber, contractor accounts.",
  contacts=[("Frank", "Dunmore", "Owner"), ("Pam", "Rizzo", "Office Mgr")],
  recs=[
    O("n26o1", "2013-12-20", "Dunmore - CRM 5", "New Business", "Closed Won", 5000, "Contractor accounts."),
    C("n26c1", "2015-08-18", "2015-08-19", "Police records request",
      "Frank reported a contractor-account fraud to Scranton PD (someone charged $9k of lumber on a stolen acct). Detective wants the acct's contact history. How to export?",
      "Sent report export steps. Frank sent it to PD himself.", typ="Question", who=1, owner="sup2"),
    O("n26o2", "2016-12-30", "Dunmore - Renewal", "Existing Business - Renewal", "Closed Won", 5200, "Renewed 12 months, co-termed w/ add-on."),
  ],
  total=9, ev=["n26c1"],
  why="Hardware store handing police records about a theft it reported; ordinary business as victim.")

A(k="N27", label="negative", kind="hard:marketplace_offboards_sellers",
  name="Staywell Homes Inc.", short="Staywell", type="Customer - Direct",
  industry="Hospitality", web="www.staywellhomes.example", phone="(312) 555-0160",
  street="444 N Michigan Ave Ste 2800", city="Chicago", state="IL", zip="60611", country="USA",
  rev=47000000, emp=260, owner="ae2", csm="csm2", created="2016-05-23", deal=70000,
  desc="Short-term rental marketplace.",
  contacts=[("Olivia", "Brandt", "Head of Trust"), ("Deshawn", "Lee", "Community Support Dir.")],
  recs=[
    O("n27o1", "2016-06-30", "Staywell - Service Desk 60", "New Business", "Closed Won", 70000, "Guest/host support + trust."),
    C("n27c1", "2017-08-15", "2017-08-29", "Trust signals for host offboarding",
      "Olivia: hosts renting the same unit in 1-2 night blocks to rotating guests w/ many visitors, neighbors reporting young girls + men in/out. Wants a trust case that pulls booking pattern, neighbor complaints, and lets agents suspend the host + notify police.",
      "Built. First month: 9 listings removed, 2 referred to police (one involved a 16 y/o, per the police follow-up).", prio="High", typ="Feature Request", who=0, owner="ps1"),
    E("n27e1", "2018-03-06", "Trust QBR",
      "Olivia: suspected trafficking listings well under 0.01% of bookings; partnered w/ an NGO for host/guest education + a hotline link in app.",
      loc="Staywell Chicago", mins=60, who=0, owner="csm2"),
    O("n27o2", "2018-06-29", "Staywell - Renewal", "Existing Business - Renewal", "Closed Won", 74000, "Renewal, reseller margin unchanged."),
  ],
  total=11, ev=["n27c1", "n27e1"],
  why="Rental marketplace detects hosts using units for suspected trafficking, suspends them and refers them to police.")

A(k="N28", label="negative", kind="hard:dating_low_spam",
  name="Matchpoint Dating Inc.", short="Matchpoint", type="Customer - Direct",
  industry="Technology", web="www.matchpointdating.example", phone="(303) 555-0184",
  street="1900 16th St Ste 600", city="Denver", state="CO", zip="80202", country="USA",
  rev=13000000, emp=75, owner="ae1", csm="csm3", created="2018-03-05", deal=29000,
  desc="Dating app, 18+ only, age verification at signup.",
  contacts=[("Noor", "Haddad", "VP Safety"), ("Eli", "Brooks", "Support Lead")],
  recs=[
    O("n28o1", "2018-04-20", "Matchpoint - Service Desk 25 + Engage", "New Business", "Closed Won", 29000, "Safety + support."),
    C("n28c1", "2018-11-27", "2018-11-28", "Underage user removed - documentation",
      "Noor: user reported as 'looks about 14'; ID check showed 15 y/o who used her sister's ID. Banned, parent contacted, chats w/ 3 adult users reviewed, one adult had sent explicit msgs → CyberTipline report + account banned. Wants a case template for this.",
      "Template built: minor-removal checklist, NCMEC report #, LE contact.", prio="High", typ="Feature Request", who=0, owner="sup1"),
    N("n28n1", "2019-05-14", "safety stats",
      "Escort/solicitation profiles 0.6% of signups, auto-flagged by photo+text model, reviewed within 1h. Noor wants monthly stats for an app-store review.",
      owner="csm3"),
    O("n28o2", "2019-04-19", "Matchpoint - Renewal", "Existing Business - Renewal", "Closed Won", 30000, "Renewal done, no escalations this yr."),
  ],
  total=11, ev=["n28c1", "n28n1"],
  why="Dating app removed a 15-year-old who used her sister's ID, reported the adult who messaged her to NCMEC, and keeps escort profiles to 0.6% of signups.")

A(k="N29", label="negative", kind="hard:trust_safety",
  name="ClearView Moderation Services Inc.", short="ClearView", type="Customer - Direct",
  industry="Consulting", web="www.clearviewmod.example", phone="(512) 555-0102",
  street="9600 Great Hills Trl Ste 150W", city="Austin", state="TX", zip="78759", country="USA",
  rev=28000000, emp=900, owner="ae1", csm="csm1", created="2017-06-12", deal=52000,
  desc="Content moderation BPO for social and marketplace platforms.",
  contacts=[("Tara", "Whitman", "COO"), ("Jon", "Ibarra", "Wellness Program Mgr")],
  recs=[
    O("n29o1", "2017-07-31", "ClearView - Service Desk 300 (BPO)", "New Business", "Closed Won", 52000, "Multi-client queues."),
    C("n29c1", "2017-10-03", "2017-10-10", "Escalation path for CSAM / trafficking content",
      "Tara: moderators seeing suspected CSAM or ads for minors must escalate to client's T&S in 15 min + the client files NCMEC. Need per-client escalation matrix + auto-blur of escalated images.",
      "Matrix + blur built.", prio="High", typ="Feature Request", who=0, owner="ps1"),
    N("n29n1", "2018-02-26", "wellness",
      "Jon: mandatory breaks + counseling for staff on exploitation queues, max 4h/day. Using our scheduler. Renewal fine.",
      owner="csm1"),
    O("n29o2", "2018-07-31", "ClearView - Renewal + 100 seats", "Existing Business - Upgrade", "Closed Won", 68000, "Renewal, asked for invoice in local currency."),
  ],
  total=10, ev=["n29c1", "n29n1"],
  why="Moderation contractor escalates suspected child abuse and trafficking content to clients for NCMEC reporting and protects its reviewers.")

A(k="N30", label="negative", kind="hard:travel_ordinary",
  name="Wanderway Group Tours LLC", short="Wanderway", type="Customer - Direct",
  industry="Transportation", web="www.wanderwaytours.example", phone="(407) 555-0144",
  street="6900 Turkey Lake Rd Ste 210", city="Orlando", state="FL", zip="32819", country="USA",
  rev=6400000, emp=28, owner="ae2", csm="csm2", created="2014-09-08", deal=6500,
  desc="Group tours, student + senior travel.",
  contacts=[("Gloria", "Fenn", "Owner"), ("Marco", "Santos", "Operations")],
  recs=[
    O("n30o1", "2014-10-17", "Wanderway - CRM 8 + Campaigns", "New Business", "Closed Won", 6500, "Trip mgmt + traveler comms."),
    C("n30c1", "2015-05-26", "2015-05-28", "Passport fields - student trips",
      "Marco: for student trips (ages 14-17, w/ chaperones) they collect passport copies + parental consent for visas; originals go back to families. Wants fields + expiry alerts.",
      "Fields + alert built.", typ="Feature Request", who=1, owner="sup1"),
    O("n30o2", "2016-10-31", "Wanderway - Renewal", "Existing Business - Renewal", "Closed Won", 6700, "Renewed, new billing address."),
  ],
  total=9, ev=["n30c1"],
  why="Tour operator collects passport copies and parental consent for chaperoned student trips; ordinary travel business.")

A(k="N31", label="negative", kind="hard:truck_stop_reporting",
  name="Lone Star Travel Centers LLC", short="Lone Star TC", type="Customer - Direct",
  industry="Retail", web="www.lonestartravelcenters.example", phone="(254) 555-0198",
  street="4800 I-35 S", city="Waco", state="TX", zip="76706", country="USA",
  rev=58000000, emp=420, owner="ae1", csm="csm1", created="2015-10-19", deal=18000,
  desc="Truck stops, 9 locations I-35/I-20. Driver loyalty.",
  contacts=[("Curtis", "Rhodes", "VP Operations"), ("Amber", "Lyle", "Loyalty Mgr")],
  recs=[
    O("n31o1", "2015-11-30", "Lone Star TC - loyalty CRM", "New Business", "Closed Won", 18000, "Loyalty + SMS."),
    N("n31n1", "2016-08-16", "training",
      "Curtis: all 9 locations did trucker anti-trafficking training (NGO program), posters w/ hotline # in restrooms. Wants loyalty app to show the hotline under 'Safety'.",
      owner="csm1"),
    C("n31c1", "2017-03-07", "2017-03-08", "Incident log object",
      "After a night mgr in Temple called police about a girl (maybe 15) going truck to truck - police recovered her, arrested the man in the van - Curtis wants an incident log: date, location, what seen, who called 911, police report #.",
      "Incident obj built, restricted to managers.", prio="High", typ="Feature Request", who=0, owner="sup2"),
    O("n31o2", "2017-11-30", "Lone Star TC - Renewal + 2 locations", "Existing Business - Upgrade", "Closed Won", 22000, "Renewal - budget approved at their board mtg."),
  ],
  total=11, ev=["n31n1", "n31c1"],
  why="Truck stop chain trained staff, posted hotline numbers, and its manager called police, who recovered a girl of about 15; it logs incidents to report.")

A(k="N32", label="negative", kind="hard:salon_ordinary",
  name="Lotus Nail Bar LLC", short="Lotus Nail Bar", type="Customer - Direct",
  industry="Retail", web="www.lotusnailbar.example", phone="(615) 555-0111",
  street="2000 Broadway Ste 110", city="Nashville", state="TN", zip="37203", country="USA",
  rev=1600000, emp=22, owner="ae2", csm="csm3", created="2016-09-26", deal=3000,
  desc="Nail salon, 3 locations.",
  contacts=[("Linh", "Pham", "Owner"), ("Jade", "Ngo", "Manager")],
  recs=[
    O("n32o1", "2016-10-28", "Lotus Nail Bar - booking + CRM 3", "New Business", "Closed Won", 3000, "Booking for 3 salons + 3 CRM seats, paid annually."),
    N("n32n1", "2017-08-22", "DOL visit",
      "Linh: DOL wage & hour audit (industry sweep) closed, no findings; techs are W-2, paid hourly + tips via payroll. Wants staff schedule export for her accountant.",
      owner="csm3"),
    O("n32o2", "2017-10-27", "Lotus Nail Bar - Renewal", "Existing Business - Renewal", "Closed Won", 3100, "Renewal signed at QBR."),
  ],
  total=8, ev=["n32n1"],
  why="Nail salon passed a DOL wage sweep with W-2 staff; nothing beyond industry vocabulary.")

A(k="N33", label="negative", kind="hard:jobboard_removes",
  name="JobRoute Inc.", short="JobRoute", type="Customer - Direct",
  industry="Technology", web="www.jobroute.example", phone="(919) 555-0136",
  street="421 Fayetteville St Ste 1100", city="Raleigh", state="NC", zip="27601", country="USA",
  rev=11000000, emp=65, owner="ae2", csm="csm1", created="2015-04-27", deal=25000,
  desc="Online job board, hourly + entry-level jobs.",
  contacts=[("Vanessa", "Cole", "Dir. Trust & Quality"), ("Raj", "Menon", "CTO")],
  recs=[
    O("n33o1", "2015-05-29", "JobRoute - Service Desk 20 + Campaigns", "New Business", "Closed Won", 25000, "Employer + seeker support."),
    C("n33c1", "2016-02-16", "2016-02-23", "Fake job ads - rules",
      "Vanessa: 'hostess/model, $2000/wk, no experience, travel + housing provided, send photos' ads aimed at 18-20 y/o women. Wants rule: such ads held, employer must verify (EIN, address), seekers who applied get a warning email.",
      "Rule + warning campaign built. ~0.1% of postings hit it. Vanessa sends patterns to an anti-trafficking NGO + FBI tip line.", typ="Feature Request", who=0, owner="ps1"),
    O("n33o2", "2017-05-31", "JobRoute - Renewal", "Existing Business - Renewal", "Closed Won", 26000, "Renewal; price increase capped at 3%."),
  ],
  total=10, ev=["n33c1"],
  why="Job board holds fake 'hostess' recruitment ads aimed at young women, warns applicants and passes patterns to the FBI and an NGO.")

A(k="N34", label="negative", kind="hard:ngo",
  name="Second Chance Workforce Alliance", short="Second Chance", type="Customer - Direct",
  industry="Not For Profit", web="www.secondchancework.example", phone="(216) 555-0163",
  street="1900 Euclid Ave Ste 400", city="Cleveland", state="OH", zip="44115", country="USA",
  rev=2000000, emp=18, owner="ae2", csm="csm2", created="2018-06-18", deal=3000,
  desc="Job training + placement for survivors of trafficking and exploitation.",
  contacts=[("Yolanda", "Price", "Executive Director"), ("Mark", "Hines", "Employer Partnerships")],
  recs=[
    O("n34o1", "2018-07-27", "Second Chance - NP CRM 10", "New Business", "Closed Won", 3000, "Nonprofit program pricing, 10 seats donated 50%."),
    C("n34c1", "2018-09-11", "2018-09-14", "Client privacy",
      "Yolanda: clients include survivors who were trafficked as minors; some have open cases where their trafficker was charged. Need names hidden from employer partners, only first name + skills shown.",
      "Built partner view w/ limited fields.", typ="Feature Request", who=0, owner="sup1"),
    N("n34n1", "2019-06-05", "outcomes",
      "68 clients placed in jobs; grant funder wants outcomes report. Built dashboard.", owner="csm2"),
  ],
  total=9, ev=["n34c1"],
  why="Survivor job-training nonprofit protecting clients trafficked as minors from exposure.")

A(k="N35", label="negative", kind="hard:ambiguous_note",
  name="Tallis Analytics Inc.", short="Tallis", type="Customer - Direct",
  industry="Technology", web="www.tallisanalytics.example", phone="(617) 555-0170",
  street="125 Summer St Fl 12", city="Boston", state="MA", zip="02110", country="USA",
  rev=19000000, emp=110, owner="ae2", csm="csm1", created="2013-02-25", deal=36000,
  desc="B2B analytics SaaS.",
  contacts=[("Nora", "Quinlan", "VP Revenue Ops"), ("Sean", "Doyle", "Salesforce Admin")],
  recs=[
    O("n35o1", "2013-04-12", "Tallis - CRM 50", "New Business", "Closed Won", 36000, "Sales CRM."),
    N("n35n1", "2017-06-21", "news alert hit",
      "Our news alert matched 'Tallis' + 'trafficking' - it's Tallis Freight, a trucking co in another state, owner charged w/ drug trafficking. Different company, no relation (checked Sec of State filings). Closing alert.",
      owner="risk1"),
    O("n35o2", "2017-09-29", "Tallis - Renewal + 10 seats", "Existing Business - Upgrade", "Closed Won", 44000, "Renewed w/o changes, happy cust."),
  ],
  total=10, ev=["n35n1"],
  why="A news hit on 'trafficking' concerned an unrelated company of similar name; checked and closed with a reason.")

A(k="N36", label="negative", kind="hard:trust_safety",
  name="Linkup Chat Ltd", short="Linkup", type="Customer - Direct",
  industry="Technology", web="www.linkupchat.example", phone="(206) 555-0114",
  street="1000 2nd Ave Ste 3300", city="Seattle", state="WA", zip="98104", country="USA",
  rev=17000000, emp=90, owner="ae1", csm="csm2", created="2016-12-05", deal=33000,
  desc="Group chat app for gamers, 13+ with teen protections.",
  contacts=[("Hiro", "Tanaka", "Head of Safety"), ("Megan", "Olsen", "Support Mgr")],
  recs=[
    O("n36o1", "2017-01-31", "Linkup - Service Desk 30", "New Business", "Closed Won", 33000, "Safety queue + player support, 30 agents."),
    C("n36c1", "2018-02-20", "2018-02-27", "FBI subpoena - user grooming minor",
      "FBI subpoena re adult user who groomed a 13 y/o and moved her to another app; Linkup's safety team had already banned him + filed CyberTipline report in Jan. Hiro needs export of the case history held in our desk.",
      "Export provided to Linkup counsel. FBI agent thanked them for the early report.", prio="High", typ="Compliance Review", who=0, owner="sup1"),
    N("n36n1", "2018-05-08", "teen protections",
      "Hiro: default DMs off for under-16s, adults can't DM teens they don't share a server with; grooming keyword classifier escalates to human review. Wants a safety digest to parents.",
      owner="csm2"),
    O("n36o2", "2018-01-31", "Linkup - Renewal", "Existing Business - Renewal", "Closed Won", 34000, "Renewal, switched payment to credit card."),
  ],
  total=11, ev=["n36c1", "n36n1"],
  why="Chat app banned and reported a groomer of a 13-year-old before the FBI asked, and runs teen protections.")

# =====================================================================================
# ORDINARY
# =====================================================================================

def ordinary(k, name, short, industry, web, phone, street, city, state, zip_, country, rev, emp,
             owner, csm, created, deal, desc, contacts, total, first_opp_desc):
    A(k=k, label="negative", kind="ordinary", name=name, short=short, type="Customer - Direct",
      industry=industry, web=web, phone=phone, street=street, city=city, state=state, zip=zip_,
      country=country, rev=rev, emp=emp, owner=owner, csm=csm, created=created, deal=deal,
      desc=desc, contacts=contacts,
      recs=[O(k.lower() + "o1", (dt.date.fromisoformat(created) + dt.timedelta(days=38)).isoformat(),
              short + " - New Business", "New Business", "Closed Won", deal, first_opp_desc)],
      total=total, ev=[], why="Ordinary customer with routine records only.")


ordinary("O01", "Sweet Crumb Bakery LLC", "Sweet Crumb", "Food & Beverage", "www.sweetcrumb.example", "(503) 555-0105",
         "3322 SE Division St", "Portland", "OR", "97202", "USA", 1200000, 18, "ae1", "csm1", "2015-03-09", 2400,
         "Bakery + cafe, 2 locations, catering orders.", [("Holly", "Baird", "Owner"), ("Dev", "Patel", "Catering Mgr")], 8,
         "Campaigns small biz + 2 seats. Catering follow-ups.")
ordinary("O02", "Parkside Dental Group PC", "Parkside Dental", "Healthcare", "www.parksidedental.example", "(614) 555-0189",
         "1000 Parkside Blvd", "Columbus", "OH", "43215", "USA", 4800000, 30, "ae2", "csm2", "2014-01-13", 6000,
         "Dental practice, 4 offices.", [("Alan", "Weiss", "Managing Dentist"), ("Carla", "Nunez", "Practice Mgr")], 8,
         "Patient recall campaigns + CRM 6.")
ordinary("O03", "Ledgerly Software Inc.", "Ledgerly", "Technology", "www.ledgerly.example", "(415) 555-0121",
         "600 California St Fl 9", "San Francisco", "CA", "94108", "USA", 22000000, 130, "ae1", "csm1", "2013-07-22", 48000,
         "Accounting SaaS for SMBs.", [("Priya", "Shah", "VP Sales Ops"), ("Tom", "Kerrigan", "CRM Admin"), ("Lisa", "Gold", "CMO")], 9,
         "CRM 60 seats + Campaigns.")
ordinary("O04", "Swift Freight Logistics Inc.", "Swift Freight", "Transportation", "www.swiftfreightlog.example", "(901) 555-0157",
         "4100 Lamar Ave", "Memphis", "TN", "38118", "USA", 36000000, 210, "ae2", "csm3", "2014-05-05", 21000,
         "3PL + freight brokerage.", [("Dwayne", "Carter", "VP Sales"), ("Kim", "Lo", "Sales Ops Analyst")], 8,
         "Broker CRM 25 seats.")
ordinary("O05", "Oakridge Realty Group", "Oakridge Realty", "Other", "www.oakridgerealty.example", "(404) 555-0140",
         "3350 Peachtree Rd NE Ste 150", "Atlanta", "GA", "30326", "USA", 9000000, 60, "ae2", "csm1", "2016-02-15", 12000,
         "Residential brokerage, 55 agents.", [("Sandra", "Mills", "Broker/Owner"), ("Jake", "Ortiz", "Marketing Coordinator")], 8,
         "Agent CRM + drip campaigns.")
ordinary("O06", "Comfort Air HVAC Services", "Comfort Air", "Construction", "www.comfortairhvac.example", "(602) 555-0186",
         "2450 W Broadway Rd", "Mesa", "AZ", "85202", "USA", 5500000, 40, "ae1", "csm2", "2017-04-17", 5500,
         "HVAC install + service.", [("Rick", "Delgado", "Owner"), ("Megan", "Holt", "Dispatcher")], 7,
         "Service reminders + CRM 5.")
ordinary("O07", "Stillwater Yoga Studio", "Stillwater Yoga", "Recreation", "www.stillwateryoga.example", "(612) 555-0124",
         "2900 Hennepin Ave", "Minneapolis", "MN", "55408", "USA", 450000, 9, "ae1", "csm3", "2018-01-08", 1200,
         "Yoga studio, memberships + workshops.", [("Anya", "Lindgren", "Owner")], 6,
         "Campaigns starter.")
ordinary("O08", "Copper Kettle Brewing Co.", "Copper Kettle", "Food & Beverage", "www.copperkettlebrew.example", "(303) 555-0113",
         "3100 Larimer St", "Denver", "CO", "80205", "USA", 3100000, 28, "ae1", "csm1", "2016-06-20", 3600,
         "Craft brewery + taproom, distributor accounts.", [("Matt", "Brewer", "Co-founder"), ("Jo", "Nakamura", "Sales Mgr")], 8,
         "Distributor CRM 4 seats + taproom email.")
ordinary("O09", "Bennett & Shah CPAs LLP", "Bennett & Shah", "Finance", "www.bennettshahcpa.example", "(973) 555-0132",
         "55 Madison Ave Ste 300", "Morristown", "NJ", "07960", "USA", 6200000, 38, "ae2", "csm2", "2015-10-05", 7800,
         "Accounting firm.", [("Ruth", "Bennett", "Managing Partner"), ("Sam", "Shah", "Partner")], 8,
         "Client CRM 12 seats.")
ordinary("O10", "Riverside Veterinary Hospital", "Riverside Vet", "Healthcare", "www.riversidevet.example", "(916) 555-0171",
         "1800 Riverside Blvd", "Sacramento", "CA", "95818", "USA", 3800000, 34, "ae1", "csm3", "2014-08-25", 4200,
         "Vet hospital, 24h ER.", [("Ken", "Morita", "Medical Director"), ("Becky", "Shaw", "Client Services Mgr")], 8,
         "Appointment reminders + CRM.")
ordinary("O11", "Petal & Stem Florist", "Petal & Stem", "Retail", "www.petalandstem.example", "(617) 555-0192",
         "412 Newbury St", "Boston", "MA", "02115", "USA", 800000, 11, "ae2", "csm1", "2019-01-14", 1500,
         "Florist, weddings + events.", [("Grace", "Whelan", "Owner")], 6,
         "Campaigns starter + booking.")
ordinary("O12", "Spoke & Chain Bicycles", "Spoke & Chain", "Retail", "www.spokeandchain.example", "(206) 555-0165",
         "5200 Ballard Ave NW", "Seattle", "WA", "98107", "USA", 1900000, 14, "ae1", "csm2", "2017-08-07", 2100,
         "Bike shop + repair.", [("Oscar", "Lund", "Owner"), ("Tess", "Ramirez", "Service Mgr")], 7,
         "Service reminders.")
ordinary("O13", "Linea Architecture Studio", "Linea", "Engineering", "www.lineaarch.example", "(312) 555-0174",
         "222 W Merchandise Mart Plz Ste 1212", "Chicago", "IL", "60654", "USA", 7500000, 42, "ae2", "csm3", "2012-11-05", 9000,
         "Architecture firm, commercial + civic.", [("Elena", "Marsh", "Principal"), ("Victor", "Huang", "BD Mgr")], 8,
         "BD CRM 10 seats.")
ordinary("O14", "Hearth Home Furnishings Inc.", "Hearth Home", "Retail", "www.hearthhome.example", "(704) 555-0159",
         "1200 S Tryon St", "Charlotte", "NC", "28203", "USA", 29000000, 150, "ae2", "csm1", "2013-03-18", 31000,
         "Furniture e-commerce + 4 showrooms.", [("Courtney", "Hale", "Dir. eCommerce"), ("Mike", "Abbott", "CRM Mgr")], 9,
         "Campaigns enterprise + CRM 20.")
ordinary("O15", "LinguaBridge Language School", "LinguaBridge", "Education", "www.linguabridge.example", "(305) 555-0115",
         "150 SE 2nd Ave Ste 500", "Miami", "FL", "33131", "USA", 2600000, 25, "ae3", "csm2", "2016-11-21", 4800,
         "Language school, adult learners (ES/EN/PT).", [("Marisol", "Vega", "Director"), ("Ian", "Hobbs", "Admissions")], 7,
         "Admissions CRM + campaigns.")
ordinary("O16", "Pinecrest Community Credit Union", "Pinecrest CU", "Banking", "www.pinecrestcu.example", "(207) 555-0148",
         "88 Forest Ave", "Portland", "ME", "04101", "USA", 0, 95, "ae2", "csm3", "2014-10-13", 16000,
         "Credit union, 6 branches.", [("Ellen", "Marchetti", "VP Member Experience"), ("Joe", "Caron", "IT Mgr")], 8,
         "Member CRM + campaigns.")


# =====================================================================================
# GENERATION
# =====================================================================================
EARLY = {"Onboarding kickoff", "Go-live support call", "Confirm go-live date", "Handoff",
         "Integration workshop", "SAML SSO setup", "CSV import - date format errors",
         "Intro call - new admin"}
LAST_DAY = dt.date(2020, 12, 20)


def D(s):
    return dt.date.fromisoformat(s)


def stamp(day, hour=10, minute=0):
    return "%sT%02d:%02d:00.000+0000" % (day.isoformat(), hour, minute)


def money(x):
    return "%.2f" % round(x, -1 if x >= 1000 else 0)


COUNTERS = {}


def new_id(prefix):
    COUNTERS[prefix] = COUNTERS.get(prefix, 0) + 1
    return "%s%s%012d" % (prefix, TAG, COUNTERS[prefix])


def ascii_fold(s):
    table = str.maketrans("áàâãäéèêëíìîïóòôõöúùûüçñÁÀÂÃÉÈÊÍÓÔÕÚÇÑ", "aaaaaeeeeiiiiooooouuuucnAAAAEEEIOOOUCN")
    return s.translate(table)


def contact_phone(acct_phone, rng):
    return acct_phone[:-2] + "%02d" % rng.randint(0, 99)


def fill(text, ctx):
    return text.format(**ctx)


def routine_records(a, rng, n, start, end):
    """Draw n distinct routine phrasings, dated in sequence between start and end."""
    if n <= 0:
        return []
    has_renewal = any(r["t"] == "opp" and "Renewal" in r["typ"] for r in a["recs"])
    pool = [r for r in ROUTINE if not (has_renewal and r[0] == "opp" and "Renewal" in r[1])]
    picks = rng.sample(pool, n)
    picks.sort(key=lambda r: 0 if fill(r[1], {"fn": "", "acct": "", "seats": 0, "seats2": 0, "n": 0, "yr": 0,
                                                 "inv": "", "tool": "", "pct": 0}) in EARLY else 1)
    span = max((end - start).days, n * 3)
    offs = sorted(rng.sample(range(0, span), n))
    firsts = [c[0] for c in a["contacts"]]
    seats = max(3, int(a["deal"] // 1100))
    out = []
    for tpl, off in zip(picks, offs):
        day = min(start + dt.timedelta(days=off), LAST_DAY)
        who = rng.randrange(len(firsts))
        ctx = dict(fn=firsts[who], acct=a["short"], seats=seats, seats2=max(1, seats - rng.randint(1, 3)),
                   n=rng.randint(2, 8), yr=day.year + 1, inv="INV-%05d" % rng.randint(10000, 99999),
                   tool=rng.choice(TOOLS), pct=rng.randint(3, 7))
        kind = tpl[0]
        r = dict(t=kind, key=None, date=day.isoformat(), routine=True, who=who)
        if kind == "task":
            r.update(subject=fill(tpl[1], ctx), desc=fill(tpl[2], ctx), typ=tpl[3], status="Completed",
                     prio="Normal", what=None, owner=rng.choice([a["owner"], a["csm"]]))
        elif kind == "case":
            closed = day + dt.timedelta(days=rng.randint(0, 4))
            typ = "Billing" if ("nvoice" in tpl[1] or "Tax" in tpl[1]) else rng.choice(["Problem", "Question"])
            r.update(subject=fill(tpl[1], ctx), desc=fill(tpl[2], ctx), comments=fill(tpl[3], ctx),
                     closed=closed.isoformat(), status="Closed", prio=rng.choice(["Low", "Medium", "Medium"]),
                     origin=rng.choice(["Email", "Web", "Phone", "Chat"]), typ=typ,
                     owner=rng.choice(["sup1", "sup2"]))
        elif kind == "opp":
            name = fill(tpl[1], ctx)
            factor = 1.04
            for sub, f in (("seats", 0.2), ("add-on", 0.3), ("(2yr)", 1.9), ("Premier", 0.15),
                           ("training", 0.07), ("downsell", 0.85)):
                if sub in name:
                    factor = f
            r.update(name=name, desc=fill(tpl[2], ctx), typ=tpl[3][0], stage=tpl[3][1],
                     amount=a["deal"] * factor * rng.uniform(0.95, 1.05), owner=a["owner"])
        elif kind == "event":
            r.update(subject=fill(tpl[1], ctx), desc=fill(tpl[2], ctx), loc=tpl[3][0], mins=tpl[3][1],
                     typ="Meeting", what=None, hour=rng.randint(14, 20), owner=rng.choice([a["owner"], a["csm"]]))
        else:
            r.update(title=fill(tpl[1], ctx), body=fill(tpl[2], ctx), private=False, owner=a["csm"])
        out.append(r)
    return out


def build():
    rows = {k: [] for k in ("Account", "Contact", "Opportunity", "Case", "Task", "Event", "Note")}
    labels = []
    handwritten_texts = []
    case_no = [1000]
    for a in ACCOUNTS:
        rng = random.Random("EVA-" + a["k"])
        created = D(a["created"])
        acct_id = new_id("001")
        domain = a["web"].replace("www.", "")
        rows["Account"].append([acct_id, a["name"], a["type"], a["industry"], a["web"], a["phone"], a["street"],
                                a["city"], a["state"], a["zip"], a["country"],
                                "%.2f" % a["rev"] if a["rev"] else "", str(a["emp"]), a["desc"],
                                USERS[a["owner"]], stamp(created, 16, 5)])
        contact_ids = []
        for i, c in enumerate(a["contacts"]):
            opts = c[3] if len(c) > 3 else {}
            cid = new_id("003")
            contact_ids.append(cid)
            email = opts.get("email") or "%s.%s@%s" % (ascii_fold(c[0]).lower().replace(" ", ""),
                                                       ascii_fold(c[1]).lower().replace(" ", "").replace("'", ""), domain)
            rows["Contact"].append([cid, acct_id, c[0], c[1], c[2], email, contact_phone(a["phone"], rng),
                                    a["city"], a["country"], opts.get("birth", ""), USERS[a["owner"]],
                                    stamp(created + dt.timedelta(days=i), 16, 20 + i)])
        hand = [dict(r) for r in a["recs"]]
        for r in hand:
            assert created <= D(r["date"]) <= dt.date(2020, 12, 31), (a["k"], r["key"], r["date"])
            if r["t"] == "case" and r.get("closed"):
                assert D(r["closed"]) >= D(r["date"]), r["key"]
        n_routine = a["total"] - 1 - len(a["contacts"]) - len(hand)
        assert n_routine >= 0, (a["k"], n_routine)
        assert 6 <= a["total"] <= 25, a["k"]
        opp_dates = [D(r["date"]) for r in hand if r["t"] == "opp"]
        start = min(opp_dates) + dt.timedelta(days=5) if opp_dates else created + dt.timedelta(days=10)
        last_hand = max([D(r["date"]) for r in hand] + [created])
        if a["kind"] == "ordinary":
            end = min(start + dt.timedelta(days=rng.randint(900, 1500)), LAST_DAY)
        elif a["label"] == "positive":
            end = last_hand  # nothing routine after the story's last event (seizure, press, ...)
        else:
            end = min(last_hand + dt.timedelta(days=rng.randint(90, 240)), LAST_DAY)
        recs = hand + routine_records(a, rng, n_routine, start, end)
        recs.sort(key=lambda r: r["date"])
        prefix = {"opp": "006", "case": "500", "task": "00T", "event": "00U", "note": "002"}
        keymap = {}
        for r in recs:
            r["id"] = new_id(prefix[r["t"]])
            if r.get("key"):
                assert r["key"] not in keymap, r["key"]
                keymap[r["key"]] = r
        for r in recs:
            day = D(r["date"])
            owner = USERS[r.get("owner") or {"opp": a["owner"], "case": "sup1", "task": a["owner"],
                                              "event": a["owner"], "note": a["csm"]}[r["t"]]]
            who = r.get("who", 0)
            who_id = contact_ids[who] if who is not None and who < len(contact_ids) else ""
            hh, mm = (r.get("hour") or rng.randint(14, 22)), rng.randint(0, 59)
            if not r.get("routine"):
                handwritten_texts.append(" ".join(str(r.get(f, "")) for f in ("desc", "comments", "body")))
            if r["t"] == "opp":
                won = r["stage"] == "Closed Won"
                closed = r["stage"].startswith("Closed")
                cdate = max(created, day - dt.timedelta(days=rng.randint(20, 45)))
                rows["Opportunity"].append([r["id"], acct_id, r["name"], r["typ"], r["stage"], money(r["amount"]),
                                            "100" if won else ("0" if closed else "50"), day.isoformat(),
                                            "true" if closed else "false", "true" if won else "false", r["desc"],
                                            owner, stamp(cdate, hh, mm)])
            elif r["t"] == "case":
                case_no[0] += 1
                closed = r.get("closed")
                status = r.get("status") or ("Closed" if closed else "New")
                rows["Case"].append([r["id"], "%08d" % case_no[0], acct_id, who_id, r["subject"], r["desc"], status,
                                     r["prio"], r["origin"], r["typ"], "true" if closed else "false", owner,
                                     stamp(day, hh, mm),
                                     stamp(D(closed), min(hh + 2, 23), mm) if closed else "", r.get("comments", "")])
            elif r["t"] == "task":
                what = keymap[r["what"]]["id"] if r.get("what") else acct_id
                rows["Task"].append([r["id"], what, who_id, acct_id, r["subject"], r["desc"], day.isoformat(),
                                     r["status"], r["prio"], r["typ"], owner, stamp(day, hh, mm)])
            elif r["t"] == "event":
                what = keymap[r["what"]]["id"] if r.get("what") else acct_id
                start_dt = dt.datetime.combine(day, dt.time(hh % 24, 0))
                end_dt = start_dt + dt.timedelta(minutes=r["mins"])
                rows["Event"].append([r["id"], what, who_id, acct_id, r["subject"], r["desc"], r["loc"],
                                      day.isoformat(), start_dt.strftime("%Y-%m-%dT%H:%M:00.000+0000"),
                                      end_dt.strftime("%Y-%m-%dT%H:%M:00.000+0000"), str(r["mins"]), r["typ"],
                                      owner, stamp(day - dt.timedelta(days=rng.randint(1, 6)) if r.get("routine") else day,
                                                   9, mm)])
            else:
                rows["Note"].append([r["id"], acct_id, r["title"], r["body"], "true" if r["private"] else "false",
                                     owner, stamp(day, hh, mm)])
        # label
        ev_ids = ";".join(keymap[k]["id"] for k in a.get("ev", []))
        kf = ""
        if a["label"] == "positive":
            key, _, which = a["kf"].partition("@")
            rec = keymap[key]
            kf = rec["closed"] if which == "closed" else rec["date"]
            assert key in a["ev"], a["k"]
        labels.append([acct_id, a["label"], a["kind"], kf, ev_ids, a["why"]])
    return rows, labels, handwritten_texts


HEADERS = {
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


def write(name, header, data):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\n")
        w.writerow(header)
        w.writerows(data)


def main():
    rows, labels, texts = build()
    for name, header in HEADERS.items():
        write(name + ".csv", header, rows[name])
    write("labels.csv", ["AccountId", "label", "kind", "knowable_from", "evidence_ids", "rationale"], labels)
    # hand-written records must not repeat each other word for word
    seen = [t for t in texts if t.strip()]
    assert len(seen) == len(set(seen)), "duplicate hand-written text"
    total = sum(len(v) for v in rows.values())
    print({k: len(v) for k, v in rows.items()}, "total", total)


if __name__ == "__main__":
    main()
