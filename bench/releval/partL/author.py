#!/usr/bin/env python3
"""Generator for evaluation part L (tag EVL). Deterministic; writes CSVs next to itself.
All companies, people, numbers and addresses are fictional."""
import csv, os, random, datetime as dt

OUT = os.path.dirname(os.path.abspath(__file__))
TAG = "EVL"
_ctr = {}
def nid(prefix):
    _ctr[prefix] = _ctr.get(prefix, 0) + 1
    return f"{prefix}{TAG}{_ctr[prefix]:012d}"

USERS = {k: f"005{TAG}{i:012d}" for i, k in enumerate(
    ["ae1", "ae2", "csm1", "csm2", "sup1", "sup2", "se", "ts", "risk", "legal"], start=1)}

def D(s):
    return dt.date.fromisoformat(s)

def dtm(day, rng, lo=8, hi=18):
    if isinstance(day, str):
        day = D(day)
    return f"{day.isoformat()}T{rng.randint(lo, hi):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.000+0000"

# ---------------- story item constructors ----------------
def N(date, title, body, tag=None, owner="csm1", private="false"):
    return dict(k="note", date=date, title=title, body=body, tag=tag, owner=owner, private=private)
def CS(created, closed, subject, desc, comments="", status=None, prio="Medium", origin="Email",
       typ="Question", tag=None, owner="sup1", who=None):
    return dict(k="case", who=who, date=created, closed=closed, subject=subject, desc=desc, comments=comments,
                status=status or ("Closed" if closed else "New"), prio=prio, origin=origin, typ=typ,
                tag=tag, owner=owner)
def T(date, subject, desc, typ="Call", status="Completed", prio="Normal", tag=None, owner="ae1"):
    return dict(k="task", date=date, subject=subject, desc=desc, typ=typ, status=status, prio=prio,
                tag=tag, owner=owner)
def E(date, subject, desc, loc="Zoom", typ="Meeting", mins=30, tag=None, owner="ae1"):
    return dict(k="event", date=date, subject=subject, desc=desc, loc=loc, typ=typ, mins=mins,
                tag=tag, owner=owner)
def O(created, close, name, typ, stage, amount, desc, tag=None, owner="ae1"):
    return dict(k="opp", date=created, close=close, name=name, typ=typ, stage=stage, amount=amount,
                desc=desc, tag=tag, owner=owner)

# ---------------- routine filler ----------------
F_CASE = [
    ("Password reset", "{f} locked out after 3 tries, 2FA phone changed", "Reset pw + re-enrolled 2FA on new #.", "Question", "Phone"),
    ("SSL not showing on custom domain", "Site shows 'not secure' on www. only, domain at outside registrar", "CNAME pointed at old host. Fixed, cert issued in 20 min.", "Problem", "Web"),
    ("Payout delayed", "Payout sheduled Fri not recieved in bank Mon. Cust a bit upset", "Bank holiday + new acct verification hold. Landed Tues. Apologized.", "Problem", "Email"),
    ("Shipping rates wrong AK/HI", "Checkout quoting ground rates for AK and HI", "Zone table missing; added flat rate per cust.", "Problem", "Web"),
    ("Need invoice copy", "Bookkeeper needs PDF invoices for last yr", "Sent 12 PDFs from billing.", "Question", "Email"),
    ("Add staff seats", "Wants 2 more staff logins (front desk)", "Added 2 seats, prorated on next invoice.", "Question", "Email"),
    ("Template font broken on mobile", "Header font falls back to Times on iPhone", "Webfont not loading over http; forced https. ok now", "Problem", "Web"),
    ("CB question", "How do I respond to chargeback 'item not received'?", "Walked thru evidence upload + tracking #. Cust will submit.", "Question", "Phone"),
    ("QuickBooks sync failing", "Orders not syncing to QBO since Tues", "Token expired; re-authed integration. Backfilled.", "Problem", "Email"),
    ("Sales tax setup", "New nexus in 2nd state, how to add?", "Added state rate + explained filing is on them.", "Question", "Web"),
    ("Refund stuck pending", "Refund issued 6 days ago still pending for shopper", "Issuer side; gave ARN to cust.", "Problem", "Email"),
    ("Domain auto-renew failed", "Card on file expired, domain in grace period", "Cust updated card, renewed.", "Billing", "Email"),
    ("Receipts going to spam", "Shoppers say order emails land in spam", "SPF/DKIM not set on custom domain. Sent records, fixed.", "Problem", "Web"),
    ("CSV import error", "Product import fails row 212", "Bad UTF-8 char in desc. Cleaned file and re-ran.", "Problem", "Email"),
    ("GA not tracking", "Analytics shows 0 sessions since redesign", "Tracking snippet droped from new template. Re-added.", "Problem", "Web"),
    ("Coupon not applying", "SPRING20 code rejected at checkout", "Code expired on 3/31 per cust's own setting. Extended.", "Question", "Phone"),
    ("Change bank acct for payouts", "Moving business banking to new credit union", "Verified via micro-deposits + call to owner of record. Done.", "Question", "Email"),
    ("Billing: double charged", "Two subscription charges this month", "Upgrade proration + renewal same day. Explained, no error.", "Billing", "Email"),
    ("Site slow", "Homepage load 9s, cust says shoppers complaning", "Hero images 8MB each. Compressed, now ~2s.", "Problem", "Web"),
    ("Update business address", "Moved office", "Updated billing + tax address.", "Question", "Email"),
]
F_TASK = [
    ("Kickoff call", "Intro, goals, go-live target. Sent onboarding checklist.", "Call"),
    ("Send MSA + W-9", "Sent via e-sign. Waiting on countersign", "Email"),
    ("KYC docs follow up", "Still need EIN letter + voided check for payouts", "Email"),
    ("QBR prep", "pull GMV, traffic, conv rate, top SKUs", "Other"),
    ("30-day check-in", "Live, no issues. Asked about abandoned cart emails", "Call"),
    ("Renewal reminder", "90 days out, flag to AE", "Email"),
    ("Send quarterly invoice", "Inv sent, net 30", "Email"),
    ("Training: payouts dashboard", "Showed reports, payout schedule, export", "Meeting"),
    ("Follow up on template feedback", "2 rounds of edits left on home page", "Email"),
    ("LVM re: renewal", "lvm, will try again thurs", "Call"),
    ("Check in on integration", "Mailchimp sync ok", "Call"),
    ("Update acct plan", "acct plan updated w/ new contacts", "Other"),
]
F_EVENT = [
    ("Onboarding webinar", "Group onboarding - store setup, payments, payouts", "Zoom", 60),
    ("QBR", "Review of yr, growth, roadmap asks", "Zoom", 45),
    ("Template design review", "Services team walk thru mockups", "Google Meet", 60),
    ("Renewal call", "Pricing + term discussion", "Phone", 30),
    ("Paid ads strategy session", "Budget, keywords, geo targeting", "Zoom", 45),
]
F_OPP = [
    ("New Business - Commerce Plus", "New Business", "Closed Won", (1200, 6000), "Hosted site + cart + card processing"),
    ("Renewal", "Renewal", "Closed Won", (1200, 9000), "Annual renewal, same tier"),
    ("Paid Ads add-on", "Upsell", "Closed Won", (600, 4800), "Paid ads mgmt add-on"),
    ("Custom template build", "Upsell", "Closed Won", (1500, 8000), "Services team custom template"),
    ("Upgrade to Pro tier", "Upsell", "Closed Lost", (2400, 7200), "Cust said not this yr, budget"),
]
F_NOTE = [
    ("Acct summary", "Small team, owner is main contact. Pays on time. Mostly self-serve."),
    ("Billing note", "Switched to annual billing, net 30. PO not needed."),
    ("Seat change", "Removed 1 seat (staff left), added new mgr."),
    ("Integration note", "Using our cart + their own email tool. No custom code."),
    ("Handoff AE -> CSM", "Handoff done, cust prefers email over calls."),
]

def rdate(rng, a, b):
    a, b = D(a) if isinstance(a, str) else a, D(b) if isinstance(b, str) else b
    if b <= a:
        return a
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))

CUSTOMERS = []
def C(**kw):
    CUSTOMERS.append(kw)

# =====================================================================
# POSITIVES
# =====================================================================
C(name="LocalListo Classifieds LLC", industry="Media", website="www.locallisto.example", phone="(602) 555-0141",
  street="2211 E Camelback Rd Ste 4", city="Phoenix", state="AZ", zip="85016", country="USA", revenue=1800000, emp=14,
  desc="Regional classifieds site (cars, rentals, jobs, personals). Paid bumps via our checkout.", created="2013-02-11",
  contacts=[("Darnell", "Pruitt", "Owner"), ("Kayla", "Voss", "Ops Manager")],
  story=[
    N("2013-03-04", "Services scope - LocalListo template", "Cust wants custom template w/ 9 categories incl 'Personals' + 'Companions'. Monetize thru paid bumps $5/$10/$25. Quoted 60 hrs, Kayla approving.", owner="se"),
    T("2013-11-18", "T&S sample review - LocalListo", "Pulled 40 random paid listings (new merchant review). Mostly furniture, cars, rooms for rent. Companions section ~12 ads w/ 'new in town' and 30min/1hr rates. Adult-ish but personals allowed under AUP if nothing explicit. Not actioning, recheck 6 mo.", typ="Other", owner="ts"),
    O("2014-04-20", "2014-05-15", "LocalListo - Paid Ads add-on", "Upsell", "Closed Won", 4800, "Upsell. Darnell wants ad spend pointed at Companions + Personals landing pages specifically, those convert best for bumps."),
    CS("2015-07-09", "2015-07-14", "Acquirer notice - adult services categories", "Acquiring bank letter to merchants w/ 'adult services' type categories: card brands no longer accepting those txns. Checked LocalListo: Companions bumps = ~71% of paid volume last qtr.", "Cust (Kayla) confirmed they will rename Companions to 'Dating' this wk. Closed.", typ="Risk Review", origin="Internal", owner="risk", tag="EV"),
    T("2015-08-20", "Call w/ Darnell re: filter build", "Darnell wants services team to build a filter for the new Dating section: strip words like young, teen, fresh, lolita, amber, 'no LE' out of the ad text and then publish it anyway instead of rejecting. His words 'we don't want to lose the post, just the words'. Will pay rush rate. Told him I'd check w/ SE lead.", tag="KF"),
    N("2015-08-24", "re: word filter", "Scoped strip filter, ~12 hrs. SOW out. AE says fine, it's 'just moderation'.", owner="se"),
    CS("2016-03-01", "2016-04-02", "Records request - State AG", "Subpoena from State AG for LocalListo merchant records (payouts, owner KYC). Cover letter mentions investigation of ads for minors.", "Legal produced docs 4/2. Acct remains active.", typ="Legal", origin="Email", owner="legal"),
    O("2016-05-01", "2016-06-10", "LocalListo - Renewal 2016", "Renewal", "Closed Won", 7800, "Renewed 1 yr incl Dating template maintenance."),
  ],
  label="positive", kind="escort_platform", target=20,
  rationale="Once companion ads were known to be ~71% of paid volume and had to be renamed after the card brands' cutoff, the owner's request to strip 'young/teen/lolita/no LE' from ads and still publish them made the sexual exploitation of minors on the site plain.")

C(name="VelvetCam Live Inc", industry="Entertainment", website="www.velvetcamlive.example", phone="(305) 555-0172",
  street="8800 NW 36th St Ste 210", city="Doral", state="FL", zip="33178", country="USA", revenue=5200000, emp=22,
  desc="Live streaming 'interactive entertainment' site, tips + private shows. Mass payouts to performers & studios.", created="2014-06-02",
  contacts=[("Igor", "Kasyan", "COO"), ("Brenda", "Lyle", "Finance Manager"), ("Tomas", "Reyes", "Trust & Safety Lead")],
  story=[
    O("2014-06-02", "2014-06-30", "VelvetCam - New Business - Commerce Pro + Mass Payouts", "New Business", "Closed Won", 24000, "Checkout for tokens + mass payouts to performers. High risk tier, 10% rolling reserve.", owner="ae2"),
    N("2014-09-15", "CB ratio", "CB ratio 1.6% in Aug, high for digital goods. Brenda says friendly fraud from tips (spouses). Watching.", owner="risk"),
    CS("2015-02-10", "2015-02-20", "Req: turn off ID step for performer payouts", "Igor asks to disable our hosted ID + selfie step for performers paid <$600/mo. 'Too much friction, the studios sign up girls in batches'.", "Declined for payouts. Offered lighter flow. Igor said then they'll pay studios as one payee and studios pay the girls.", typ="Feature Request", owner="se", tag="EV"),
    CS("2015-10-05", "2015-10-19", "Abuse form report - room lilbunny_x", "Report came in via our hosted checkout abuse link (viewer): performer in room 'lilbunny_x' 'looks 14 or 15, school uniform, a man off camera telling her what to do'. Forwarded to Tomas at cust.", "Cust reply (Igor): they don't hold ID for studio models, the studio mgr vouches for them, room is back up. Asked us to stop forwarding individual reports and send monthly totals only. Closing per cust.", prio="High", origin="Web", typ="Problem", owner="ts", who="", tag="KF_closed"),
    O("2015-12-01", "2016-01-15", "VelvetCam - Renewal + custom performer landing pages", "Renewal", "Closed Won", 31000, "Renewal + services team building per-studio landing templates.", owner="ae2"),
    N("2017-03-22", "FYI press", "Local news: a VelvetCam partner studio in Doral raided, 2 minors recovered. Sent to risk.", owner="ae2"),
  ],
  label="positive", kind="cam_platform", target=19,
  rationale="After already asking to drop ID checks because studios sign girls up in batches, the customer answered a report of an apparent 14-15 y/o performer by saying it holds no IDs, restoring the room and asking not to be sent reports, recorded in the case closing comment.")

C(name="Serene Touch Spa Studio", industry="Health & Wellness", website="www.serenetouchspa.example", phone="(713) 555-0118",
  street="9120 Bellaire Blvd Unit C", city="Houston", state="TX", zip="77036", country="USA", revenue=410000, emp=6,
  desc="Massage studio. Booking site + card processing.", created="2016-01-12",
  contacts=[("Grace", "Paulsen", "Owner"), ("Rick", "Dolan", "Manager")],
  story=[
    N("2016-02-03", "Onboarding notes", "Hrs 10am-2am 7 days. Asked for no staff photos, no street address on site ('text for location'). Went live, standard spa template.", owner="csm2"),
    CS("2016-06-14", "2016-06-15", "Payout acct change", "Payout acct changed from Grace Paulsen's to acct in name of R. Dolan.", "Verified by call w/ owner of record. She seemed to be reading answers, man in background answering some q's for her. Approved.", origin="Phone", owner="sup2"),
    T("2016-11-08", "Velocity review - Serene Touch", "78% of card vol between 10pm and 2am, avg ticket $190 + big tips. Within limits.", typ="Other", owner="risk"),
    N("2017-03-14", "T&S linkage - Serene Touch / Jade Garden Spa / Orchid Relax", "Same R. Dolan payout acct now receives for 3 merchant accts w/ 3 different 'owners' on KYC. All 3 sites built off our template by the same requester email. Searched biz name: Serene Touch has 40+ posts on a sex-buyer review board describing 'extras' and 'girls live in the back, never leave'. Recommend offboarding all three.", owner="ts", tag="KF"),
    CS("2017-03-16", "2017-04-02", "Risk review - linked spa merchants", "Opened from T&S linkage note. Need decision.", "Sales asked to keep open pending 'clarification' from Rick. Kept on enhanced monitoring, no offboard.", typ="Risk Review", origin="Internal", owner="risk"),
    O("2017-12-01", "2018-01-10", "Serene Touch - Renewal 2018", "Renewal", "Closed Won", 2100, "Renewed hosting + processing.", owner="ae2"),
  ],
  label="positive", kind="illicit_massage", target=18,
  rationale="The T&S note tying three straw-owned spa accounts to one manager's payout account and to review-board posts about 'extras' and women living on site turned earlier ambiguous hints (late hours, hidden address, scripted owner) into should-have-known.")

C(name="Starlight Model Management", industry="Media", website="www.starlightmodels.example", phone="(973) 555-0190",
  street="45 Ferry St 3rd Fl", city="Newark", state="NJ", zip="07105", country="USA", revenue=650000, emp=9,
  desc="Model & talent agency, casting portal built by our services team.", created="2014-04-07",
  contacts=[("Marcus", "Vell", "Owner / Director"), ("Priscila", "Amaral", "Booker")],
  story=[
    N("2014-05-02", "Template scope - casting portal", "Casting portal w/ applicant form: age, height, measurements, photos. Lots of applicants 14-17, parental consent field required. Normal for the industry.", owner="se"),
    CS("2015-01-20", "2015-02-06", "Feature req: private client gallery", "Marcus wants password-protected 'VIP client' gallery, selected models only, booking button priced per hour, not indexed.", "Built by services team, billed 20 hrs.", typ="Feature Request", owner="se", tag="EV"),
    CS("2015-09-08", "2015-09-30", "Fwd: reclamação", "Came to support@ from someone who found 'powered by' in the footer. In Portuguese, pasting as is: 'Minha filha tem 16 anos. A agência disse que era um trabalho de fotos, mas levaram ela para o hotel de um cliente do site VIP e ficaram com o passaporte dela. Agora dizem que ela deve a viagem e tem que trabalhar para pagar. Quem é o responsável por este site?' Not a payments q, fwd to acct owner.", "Forwarded to Marcus. He said the mother is 'confused', VIP gallery is for dinner dates w/ sponsors. Closed.", origin="Email", typ="Question", owner="sup1", who="", tag="KF"),
    O("2015-11-01", "2016-01-12", "Starlight - Renewal + Paid Ads", "Renewal", "Closed Won", 6400, "Renewal, adding paid ads for VIP + casting pages.", owner="ae2"),
  ],
  label="positive", kind="modelling_agency", target=17,
  rationale="The Portuguese complaint that a 16-year-old was taken to a VIP client's hotel, had her passport kept and was told to work off a travel debt, read with the per-hour VIP gallery the customer had us build, is the point of knowledge; the owner's dismissal changed nothing.")

C(name="BrightNest Au Pair Placements", industry="Staffing", website="www.brightnestaupair.example", phone="(214) 555-0133",
  street="5000 Belt Line Rd Ste 700", city="Dallas", state="TX", zip="75254", country="USA", revenue=980000, emp=11,
  desc="Au pair / nanny placement. Families pay membership, au pairs pay program fee via our checkout.", created="2016-05-03",
  contacts=[("Sheila", "Marr", "Founder"), ("Devon", "Hale", "Placement Coordinator")],
  story=[
    N("2016-05-20", "Onboarding", "Two checkouts: families $2,400/yr membership, au pairs $1,900 'program fee'. Sheila says fee covers flights + training.", owner="csm1"),
    CS("2017-02-06", "2017-02-21", "Feature req: stipend split", "Sheila wants families' weekly stipend pymt to run thru our checkout and a chunk routed to BrightNest before the au pair gets the rest, labelled 'program balance'. Per-au-pair balances $3-4k.", "Set up split payouts per their config. Cust happy.", typ="Feature Request", owner="se", tag="EV"),
    CS("2017-08-14", "2017-08-15", "Mensaje de una usuaria", "Via checkout support chat, from an au pair (not cust staff): 'Hola, trabajo para una familia por BrightNest. La agencia tiene mi pasaporte y dice que les debo 3.800 dólares. Trabajo más de 70 horas por semana y casi no recibo nada del pago. No puedo salir de la casa sin permiso. ¿Me pueden ayudar?'", "Closed - not our customer, she's an end user. Gave her the agency's contact email.", origin="Chat", owner="sup2", who="", tag="KF"),
    O("2018-04-01", "2018-05-15", "BrightNest - Renewal 2018", "Renewal", "Closed Won", 5600, "Renewal, same tier + 2 seats.", owner="ae1"),
  ],
  label="positive", kind="domestic_work", target=18,
  rationale="An au pair's Spanish message that the agency holds her passport, claims a $3,800 debt and takes most of her pay, read with the stipend split we built to route 'program balance' to the agency, shows forced domestic labour; the case was closed without action.")

C(name="Horizonte Travel & Visa Services", industry="Travel", website="www.horizontetravelvisa.example", phone="(786) 555-0164",
  street="1200 W Flagler St Ste 12", city="Miami", state="FL", zip="33135", country="USA", revenue=1300000, emp=8,
  desc="Travel agency + visa consultancy. Sells 'work abroad' packages online.", created="2015-03-09",
  contacts=[("Rafael", "Quintero", "Owner"), ("Lorena", "Batista", "Office Mgr")],
  story=[
    N("2015-04-01", "Products", "Packages on site: 'Farm job Canada + visa' $4,500, 'Hotel job Gulf' $3,200, tours. Rafael says licensed consultancy.", owner="ae2"),
    CS("2016-01-18", "2016-02-12", "Dispute spike", "Disputes up to 2.1%. Mostly 'services not provided'.", "Cust uploaded 'job offer letters' as evidence, won ~60%. Monitoring.", typ="Problem", owner="risk"),
    CS("2016-05-23", "2016-06-10", "Dispute batch #44", "17 CBs, reason 13.x. Cardholder letters attached, one in French pasted for the rep: « Nous avons payé 4 500 $ pour un emploi. À l'arrivée, le patron a pris nos passeports. Nous dormons à 12 dans une chambre et il garde notre salaire pour la 'dette' du voyage et du logement. Nous ne pouvons pas partir. »", "Rafael asked us to fight all 17 and tag as friendly fraud. Rebuttals submitted.", typ="Problem", owner="risk", tag="KF"),
    T("2016-06-02", "Call w/ Rafael", "Wants custom 'employer housing deduction' page + bilingual 'balance statement' for workers. Services to quote.", owner="ae2"),
    O("2016-06-15", "2016-07-20", "Horizonte - Custom template (worker portal)", "Upsell", "Closed Won", 5200, "Worker balance portal build.", owner="ae2"),
  ],
  label="positive", kind="labour_recruitment", target=18,
  rationale="The dispute batch quotes a worker in French saying the employer took passports, keeps wages for travel and housing debt and they cannot leave; the customer wanted those disputes labelled friendly fraud, which makes the recruitment-for-forced-labour scheme knowable that day.")

C(name="Pacific Crew Staffing Inc", industry="Agriculture", website="www.pacificcrew.example", phone="(559) 555-0127",
  street="3300 W Shaw Ave", city="Fresno", state="CA", zip="93711", country="USA", revenue=2600000, emp=17,
  desc="Farm labour contractor / recruiter. Worker 'processing fees' paid thru our checkout.", created="2013-08-19",
  contacts=[("Dale", "Rusk", "Owner"), ("Maricel", "Ocampo", "Recruitment Coordinator")],
  story=[
    N("2013-09-02", "Onboarding", "Recruits crews for growers. Workers pay 'processing fee' via our checkout, payouts to 1 biz acct.", owner="csm2"),
    T("2014-03-11", "QBR", "Vol up 3x. 300+ workers paying $1,200-$2,500. Asked whether worker fees ok for H-2A; Dale says they're 'travel advances' not fees.", typ="Meeting"),
    CS("2014-09-08", "2014-09-29", "Custom form request - worker portal", "Needs 'document custody receipt' form + 'advance repayment' ledger on the worker portal.", "SE call w/ Dale 9/29: 'we keep the passports at the camp office so nobody runs off before they pay the advance back, the form is so they can't say we stole them.' Built form per AE.", typ="Feature Request", owner="se", tag="KF_closed"),
    O("2015-02-01", "2015-03-05", "Pacific Crew - Renewal + Paid Ads (Spanish/Tagalog)", "Renewal", "Closed Won", 9100, "Renewal + ads targeting recruits.", owner="ae1"),
  ],
  label="positive", kind="agriculture", target=17,
  rationale="The closing comment of the custom-form case records the owner saying workers' passports are held at the camp until they repay recruitment 'advances', which is forced labour by debt bondage.")

C(name="Polished Nail Bar Group", industry="Retail", website="www.polishednailbar.example", phone="(614) 555-0158",
  street="6600 Sawmill Rd", city="Columbus", state="OH", zip="43235", country="USA", revenue=1100000, emp=28,
  desc="4 nail salons, booking + POS card readers + payroll add-on.", created="2017-01-16",
  contacts=[("Victor", "Lanh", "Owner"), ("Amy", "Crowe", "Bookkeeper")],
  story=[
    O("2017-01-16", "2017-02-10", "Polished - New Business 4 locations", "New Business", "Closed Won", 7400, "Booking site + 6 readers + payroll add-on.", owner="ae2"),
    CS("2018-04-11", "2018-04-12", "Call from tech at Dublin location", "Caller is a nail tech (not acct holder), found our # on the card reader. Says boss holds her + 2 others' IDs, they sleep in the room above the salon, not paid since Jan, 'owe him for the trip'. Asked if we can send her money from the card payments. Gave general info, logged.", "Escalated to acct mgr. AM: 'prob disgruntled, owner is great'. No further action.", prio="High", origin="Phone", typ="Question", owner="sup1", who="", tag="KF"),
    O("2018-11-01", "2019-01-08", "Polished - Renewal 2019", "Renewal", "Closed Won", 8100, "Renewed, added 5th location.", owner="ae2"),
  ],
  label="positive", kind="nail_salon", target=16,
  rationale="A technician's call reporting confiscated IDs, on-site housing, months of withheld wages and a travel debt is the first and sufficient red flag of labour trafficking at the customer's salons.")

C(name="Club Obsidian LLC", industry="Hospitality", website="www.clubobsidian.example", phone="(404) 555-0186",
  street="420 Peachtree Ind Blvd", city="Atlanta", state="GA", zip="30309", country="USA", revenue=3100000, emp=40,
  desc="Nightclub. VIP tables / bottle service bookings via our checkout.", created="2015-05-04",
  contacts=[("Terrell", "Vance", "Owner"), ("Nikki", "Soto", "Events Mgr")],
  story=[
    CS("2016-02-09", "2016-02-25", "Template change: hostess page", "Wants new 'Hostesses' page w/ photos and 'private room' booking $300/hr, tips via checkout.", "Services added page. Billed 8 hrs.", typ="Feature Request", owner="se"),
    N("2016-10-03", "FYI news - Obsidian", "Local TV: county vice raided Obsidian Sat night. 3 girls 15-16 y/o found working the private rooms, owner T. Vance + mgr charged w/ trafficking of minors. The private room booking runs thru our checkout.", owner="ae1", tag="KF"),
    O("2016-10-20", "2016-11-30", "Obsidian - Renewal + Paid Ads", "Renewal", "Closed Won", 9900, "Renewed + paid ads for 'VIP private rooms'. Nikki says biz as usual."),
  ],
  label="positive", kind="nightclub", target=16,
  rationale="The AE's note about the raid, minors found in the private rooms sold through our checkout and the owner's trafficking charge is the point of knowledge; the renewal and ad upsell came after.")

C(name="MidnightMatch Directory", industry="Internet", website="www.midnightmatch.example", phone="(702) 555-0103",
  street="3960 Howard Hughes Pkwy Ste 500", city="Las Vegas", state="NV", zip="89169", country="USA", revenue=2200000, emp=7,
  desc="'Dating directory' with paid featured listings.", created="2018-02-12",
  contacts=[("Colby", "Marsh", "CEO"), ("Yana", "Petrik", "Billing")],
  story=[
    CS("2018-03-05", "2018-03-20", "New merchant T&S review - MidnightMatch", "Reviewed site: 94% of paid listings are 'companions' w/ hourly rates, incall/outcall, several 'new girl just 18' ads w/ the same phone # across 6 cities. On intake call Colby asked if we could code them as 'software subscription' b/c 'card brands don't like dating'.", "Approved by regional sales dir as exception. 10% reserve.", prio="High", origin="Internal", typ="Risk Review", owner="ts", tag="KF"),
    O("2018-03-06", "2018-03-28", "MidnightMatch - New Business", "New Business", "Closed Won", 14000, "Featured listing payments. High risk pricing.", owner="ae2"),
    O("2019-02-01", "2019-03-10", "MidnightMatch - Renewal + Paid Ads", "Renewal", "Closed Won", 21000, "Renewal + paid ads in 6 metros.", owner="ae2"),
  ],
  label="positive", kind="escort_platform", target=15,
  rationale="The first T&S review already found an escort directory with 'just 18' ads sharing one phone across cities and a request to miscode the merchant category, and the account was approved as an exception.")

C(name="Route 9 Motor Lodge", industry="Hospitality", website="www.route9motorlodge.example", phone="(559) 555-0149",
  street="1550 S Route 9 Frontage Rd", city="Tulare", state="CA", zip="93274", country="USA", revenue=520000, emp=8,
  desc="28-room motel. Booking site + card processing.", created="2014-07-21",
  contacts=[("Rick", "Haldane", "Owner"), ("Jo", "Pinto", "Front Desk Mgr")],
  story=[
    N("2015-01-27", "Booking pattern", "Lots of 1-night bookings paid by the same 3 cards across diff rooms. Jo says contractors' company cards.", owner="risk"),
    CS("2015-08-10", "2015-08-20", "Records request - Sheriff", "Sheriff's detective requests booking records for rooms 12 + 14 for June re: a juvenile trafficking investigation. Appears guest-related.", "Legal produced.", typ="Legal", origin="Email", owner="legal", tag="EV"),
    T("2015-09-03", "Call w/ Rick", "Rick asked to (1) add an 'hourly' room rate at checkout, (2) auto-delete booking records after 7 days 'so cops don't bother us again', (3) hide guest name field. Said 'the girls' regulars pay cash anyway'. Told him we can't delete payment records.", tag="KF"),
    O("2016-06-01", "2016-07-12", "Route 9 - Renewal", "Renewal", "Closed Won", 1900, "Renewed.", owner="ae1"),
  ],
  label="positive", kind="motel", target=16,
  rationale="Three weeks after a sheriff's juvenile-trafficking records request, the owner asked for hourly rates, purging of booking records to avoid police and hidden guest names while referring to 'the girls' regulars'; that call makes the motel's role knowable.")

C(name="NextWave Talent & Promotions", industry="Entertainment", website="www.nextwavetalent.example", phone="(323) 555-0111",
  street="6464 Sunset Blvd Ste 900", city="Los Angeles", state="CA", zip="90028", country="USA", revenue=760000, emp=5,
  desc="Talent agency, dancer & promo contracts overseas. Applicant fees via our checkout.", created="2016-09-06",
  contacts=[("Jenna", "Pratt", "Owner"), ("Ola", "Benson", "Recruiter")],
  story=[
    N("2016-09-20", "Onboarding", "Sells 'Asia dance residency' + 'promo hostess' contracts, applicants pay $2,000 placement + training fee. Employment agency MCC, so annual EDD.", owner="csm1"),
    CS("2017-05-02", "2017-05-30", "Annual EDD - NextWave", "Periodic review, high-risk MCC (employment agencies). Confirm nature of contracts + where fees go.", "Read sample contracts on site + call w/ Jenna. Dancers sign a $9k 'travel & training' debt repaid from earnings; club 'holds passports for visa purposes' until paid; contract says 'entertain guests in private rooms as requested'. Jenna said a few girls are 17 'with parent consent'. Recommended exit; sales appealed, left open w/ monitoring.", typ="Risk Review", origin="Internal", owner="risk", tag="KF_closed"),
    O("2017-08-01", "2017-09-14", "NextWave - Renewal", "Renewal", "Closed Won", 3600, "Renewed.", owner="ae1"),
  ],
  label="positive", kind="talent_agency", target=16,
  rationale="Only the EDD case's closing comment records debt contracts, passports held until repayment, private-room 'entertaining' and 17-year-olds, which makes the trafficking knowable on the closing date.")

C(name="AdCoin Pay Inc", industry="Financial Services", website="www.adcoinpay.example", phone="(302) 555-0170",
  street="1000 N West St Ste 1200", city="Wilmington", state="DE", zip="19801", country="USA", revenue=4400000, emp=19,
  desc="Payment facilitator. Sub-merchants are online ad / classifieds sites.", created="2014-11-10",
  contacts=[("Gideon", "Fairley", "CEO"), ("Renata", "Obi", "Risk Manager")],
  story=[
    O("2014-11-10", "2014-12-19", "AdCoin - Payfac program", "New Business", "Closed Won", 36000, "Payfac sub-merchant program on our rails.", owner="ae2"),
    N("2015-02-18", "Sub-merchant list", "Top 5 submerchants are classifieds/ad sites, avg ticket $12, lots of repeat small pymts. Fine for the vertical.", owner="risk"),
    N("2015-07-06", "FYI", "Card brands stopped processing for a big national classifieds site over adult ads last wk. Checking AdCoin's exposure; none of their 5 top subs is that site.", owner="risk"),
    T("2015-07-21", "Call w/ Gideon", "Gideon wants to onboard 'PostHub', a classifieds site the card brands just cut off for escort ads, as a submerchant under MCC 5734 (software), and split ad purchases into <$20 pieces 'to stay under monitoring'. Also asked if we support crypto top-ups for their posters.", owner="ae2", tag="KF"),
    O("2015-11-01", "2015-12-15", "AdCoin - Renewal + volume tier", "Renewal", "Closed Won", 48000, "Vol up 4x since Q3.", owner="ae2"),
  ],
  label="positive", kind="money_service", target=17,
  rationale="On the call the payfac's CEO asked to take on an escort-ad site the card brands had just dropped, miscode it as software and split payments to avoid monitoring, a cutoff workaround that makes knowing facilitation plain.")

C(name="NightOwl Reviews Forum", industry="Internet", website="www.nightowlreviews.example", phone="(312) 555-0125",
  street="180 N LaSalle St Ste 3700", city="Chicago", state="IL", zip="60601", country="USA", revenue=690000, emp=4,
  desc="Membership forum, VIP subscriptions via our checkout.", created="2013-05-13",
  contacts=[("Curt", "Langley", "Admin / Owner"), ("Sam", "Ruiz", "Moderator")],
  story=[
    N("2013-06-04", "Onboarding", "Forum for 'hobbyists' reviewing 'providers' in 14 metros, VIP section $19.99/mo. Curt says adult entertainment reviews, all legal.", owner="csm2"),
    CS("2014-02-11", "2014-02-12", "Descriptor change", "Wants billing descriptor 'NW SVCS' instead of site name, 'members' wives see statements'.", "Changed.", typ="Question", owner="sup2"),
    CS("2014-10-07", "2014-10-20", "re: screenshots", "From T&S while working a CB: VIP threads rate massage places + 'providers'. Quoted posts: 'new girls barely 16 by the look, no English, live in the back', 'mamasan keeps their passports, ask for the young one'. Mods pinned these as 'top reviews'.", "Curt says they can't moderate 50k posts. Left open.", origin="Internal", typ="Risk Review", owner="ts", tag="KF"),
    O("2015-04-01", "2015-05-02", "NightOwl - Renewal", "Renewal", "Closed Won", 2400, "Renewed.", owner="ae1"),
  ],
  label="positive", kind="review_board", target=16,
  rationale="The case with the bare subject 're: screenshots' quotes pinned posts about apparently 16-year-old women held with passports confiscated, showing the paid forum is a sex-buyer board that promotes trafficked minors.")

# =====================================================================
# HARD NEGATIVES
# =====================================================================
C(name="CraftHaus Marketplace Inc", industry="Retail", website="www.crafthaus.example", phone="(503) 555-0132",
  street="1120 NW Couch St Ste 300", city="Portland", state="OR", zip="97209", country="USA", revenue=8800000, emp=64,
  desc="Handmade goods marketplace. Uses our payments + split payouts to sellers.", created="2014-03-17",
  contacts=[("Hannah", "Greer", "Head of Trust & Safety"), ("Owen", "Park", "Payments Eng Lead")],
  story=[
    CS("2015-06-22", "2015-06-24", "Hold payouts for delisted seller", "CraftHaus T&S delisted seller 'SilkRoseBoutique' - seller was using candle listings to advertise escort services ('200 roses/hr'). Hannah: 'we pulled all 14 listings and reported the phone # to local PD, need to know how to freeze what we owe her.'", "Showed reserve/hold on seller payouts. Cust held $340 pending PD contact.", typ="Question", owner="sup1"),
    N("2017-02-09", "QBR notes", "Their T&S terminated 31 sellers last yr for prohibited services (escort, 'massage' svcs, counterfeit) out of ~48k. Ask: webhook so a T&S flag auto-freezes payouts.", owner="csm1"),
    T("2017-06-15", "Payout-freeze webhook live", "Owen confirmed webhook in prod. Tested w/ sandbox seller.", typ="Email", owner="se"),
  ],
  label="negative", kind="hard:payments_offboards_merchants", target=18,
  rationale="The escort ads were posted by a seller the marketplace itself delisted and reported; the customer is the one enforcing.")

C(name="TillPoint Payments LLC", industry="Financial Services", website="www.tillpoint.example", phone="(615) 555-0147",
  street="210 Broadway Ste 400", city="Nashville", state="TN", zip="37201", country="USA", revenue=6100000, emp=38,
  desc="Payfac for salons, spas, small retail. Sub-merchants on our rails.", created="2016-02-01",
  contacts=[("Monique", "Barrett", "Chief Risk Officer"), ("Jeff", "Tanaka", "Underwriting Mgr")],
  story=[
    CS("2017-04-11", "2017-04-13", "FYI - submerchant termination", "TillPoint terminated submerchant 'Lotus Hands Spa' after their underwriting saw the spa's # in escort ads, 2am hours, payouts going to an unrelated person. Monique: 'we MATCH-listed them and filed a SAR on the owner; do you need a copy?'", "Not needed - sub was theirs, no direct exposure to us. Noted their controls worked.", typ="Risk Review", origin="Email", owner="risk"),
    N("2018-01-30", "Annual partner review", "TillPoint risk declined ~140 apps in 2017 incl adult/escort + 2 suspected trafficking fronts (referred to LE per their policy). Strong program, no change to our terms.", owner="risk"),
    E("2019-05-08", "Risk workshop w/ TillPoint", "Joint session on massage-business red flags for underwriters.", loc="Nashville office", mins=120, owner="risk"),
  ],
  label="negative", kind="hard:payments_offboards_merchants", target=18,
  rationale="The customer detected, MATCH-listed and reported its own suspicious spa sub-merchant; nothing suggests the payfac itself facilitated anything.")

C(name="SwapBoard Classifieds", industry="Internet", website="www.swapboard.example", phone="(208) 555-0159",
  street="800 W Main St Ste 1460", city="Boise", state="ID", zip="83702", country="USA", revenue=1500000, emp=16,
  desc="Local classifieds, paid bumps for sellers.", created="2013-09-30",
  contacts=[("Trent", "Okafor", "GM"), ("Lia", "Sandoval", "Trust & Safety")],
  story=[
    N("2014-04-15", "T&S metrics call", "Lia: escort/'personal svc' ads ~0.3% of posts, caught by auto-filter + human queue. 'We kicked off 212 posters last month and sent 9 reports to NCMEC.' No adult category at all.", owner="ts"),
    CS("2016-08-03", "2016-08-11", "LE request - poster data", "SwapBoard legal got an FBI subpoena for a poster's data (suspected trafficker posting 'housekeeper' jobs). Asks if we hold card data for that poster's bumps.", "We hold last4/zip/name for bumps. Our legal responded directly to FBI w/ SwapBoard's ok.", typ="Legal", owner="legal"),
    T("2018-03-12", "Feature: blocked-words list on post form", "Cust wants our form builder to reject posts w/ their blocked terms (not strip them). Done via config.", typ="Email", owner="se"),
  ],
  label="negative", kind="hard:dating_low_spam", target=18,
  rationale="A classifieds site with a tiny escort-ad rate that removes such posts, rejects rather than strips blocked terms and reports to NCMEC and the FBI is doing trust and safety, not facilitation.")

C(name="Kindred Hearts Dating Co", industry="Internet", website="www.kindredhearts.example", phone="(720) 555-0181",
  street="1600 Wynkoop St Ste 200", city="Denver", state="CO", zip="80202", country="USA", revenue=3900000, emp=31,
  desc="Subscription dating app.", created="2015-01-26",
  contacts=[("Rachel", "Mundt", "VP Ops"), ("Ben", "Achebe", "T&S Manager")],
  story=[
    N("2015-03-02", "Onboarding - T&S posture", "Ben: <0.5% of profiles flagged as escort/'sugar'/spam, removed w/in 24h. 'We cut off anyone asking for money, full stop.' ID check on paid tier.", owner="csm2"),
    CS("2017-05-19", "2017-05-26", "Police request", "Metro PD detective asks Kindred for sub payment records of a romance scammer who conned a member out of $40k. Kindred asks what we have.", "Pointed them to our LE request process. Produced txn records on subpoena.", typ="Legal", owner="legal"),
    E("2018-10-16", "T&S summit", "Ben presented their escort-ad detection model at our customer summit.", loc="Denver", mins=90, owner="csm2"),
  ],
  label="negative", kind="hard:dating_low_spam", target=18,
  rationale="A dating app with very low escort/spam rates that removes them, plus a police request about a scammer who victimised one of its members.")

C(name="Harbor Light Freedom Network", industry="Non-Profit", website="www.harborlightfreedom.example", phone="(206) 555-0162",
  street="410 Occidental Ave S", city="Seattle", state="WA", zip="98104", country="USA", revenue=900000, emp=12,
  desc="Anti-trafficking nonprofit, outreach + case mgmt. Donations via our checkout.", created="2014-08-04",
  contacts=[("Maya", "Ferris", "Executive Director"), ("Luis", "Carrera", "Program Mgr")],
  story=[
    CS("2015-03-09", "2015-04-14", "Custom intake form", "Wants secure intake form on site: 'Does someone hold your passport or ID?', 'Do you owe money to an employer or recruiter?', 'Are you under 18?', 'Have you been made to have sex for money?'. Needs encryption, no analytics, no IP logging.", "Built by services team, analytics + IP logging off, donated hrs (nonprofit). Maya thrilled.", typ="Feature Request", owner="se"),
    N("2016-09-12", "Gala", "Donation page upgrade for annual gala, peer-to-peer fundraising. Raised $212k.", owner="csm1"),
    T("2017-01-20", "Grant report export", "Helped Luis export donor totals by quarter for a DOJ OVC grant report.", typ="Email", owner="csm1"),
  ],
  label="negative", kind="hard:ngo", target=18,
  rationale="The passport, debt and under-18 questions are on an anti-trafficking charity's victim intake form.")

C(name="Casa Aurora Shelter", industry="Non-Profit", website="www.casaaurora.example", phone="(915) 555-0143",
  street="PO Box 5512", city="El Paso", state="TX", zip="79901", country="USA", revenue=420000, emp=9,
  desc="Shelter for survivors of trafficking + DV. Donations, volunteer signups.", created="2016-04-11",
  contacts=[("Elena", "Ruiz-Castro", "Director"), ("Paula", "Medina", "Volunteer Coordinator")],
  story=[
    CS("2016-04-25", "2016-04-27", "Hide address", "Elena: physical address must NOT appear anywhere on site, maps, receipts - 'traffickers have come looking for residents before'. Use PO box.", "Removed from template, receipts use PO box. Checked schema markup too.", prio="High", typ="Problem", owner="sup1"),
    N("2017-02-14", "Homepage testimonial", "Cust wants testimonial on homepage, name withheld: «Me quitaron el pasaporte y me obligaron a trabajar sin pago. Casa Aurora me dio un lugar seguro.» Added w/ translation toggle.", owner="se"),
    CS("2018-11-27", "2018-11-27", "Donation form down Giving Tues", "Form erroring on Giving Tuesday AM!", "Recaptcha key expired. Fixed in 25 min.", prio="High", typ="Problem", origin="Phone", owner="sup2"),
  ],
  label="negative", kind="hard:ngo", target=17,
  rationale="A survivors' shelter quoting a resident's testimonial and hiding its address from traffickers.")

C(name="SafeLine Tip Hotline", industry="Non-Profit", website="www.safelinehotline.example", phone="(202) 555-0104",
  street="1325 G St NW Ste 500", city="Washington", state="DC", zip="20005", country="USA", revenue=2100000, emp=25,
  desc="24/7 hotline for labor + sex trafficking tips. Site, donation checkout.", created="2015-10-05",
  contacts=[("Darius", "Whitlock", "Operations Director"), ("Kim", "Albers", "Digital Mgr")],
  story=[
    T("2016-02-02", "Callback scheduling widget", "Kim wants a web widget for callers to schedule safe callback times. Scoped.", typ="Call", owner="se"),
    N("2017-07-18", "Volume stats (for case study)", "FY16: ~3,100 tips, forced labor ~45%, tips about minors ~40%; ~600 referred to HSI/FBI. OK to use in our nonprofit case study w/ their approval.", owner="csm2"),
    CS("2018-01-11", "2018-01-11", "Site outage during awareness month", "Site 503 during Jan awareness campaign, traffic 20x.", "Autoscale limit on their plan. Bumped temporarily, no charge.", prio="High", typ="Problem", owner="sup1"),
  ],
  label="negative", kind="hard:hotline", target=17,
  rationale="A trafficking tip hotline whose records naturally discuss forced labour, minors and referrals to HSI/FBI.")

C(name="Morrow & Dace LLP", industry="Legal", website="www.morrowdace.example", phone="(617) 555-0192",
  street="99 High St 18th Fl", city="Boston", state="MA", zip="02110", country="USA", revenue=5400000, emp=26,
  desc="Plaintiffs' firm for trafficking survivors (civil 1595 suits).", created="2017-03-20",
  contacts=[("Alison", "Dace", "Partner"), ("Marcus", "Ortiz", "Office Administrator")],
  story=[
    N("2017-03-28", "Onboarding", "Firm represents survivors suing hotels + websites under 1595. Wants confidential intake page + client portal for cost payments. No case details to go thru our forms.", owner="ae1"),
    CS("2018-06-05", "2018-06-07", "Intake page - minors", "Marcus: intake must allow a parent/guardian to submit for a minor and skip DOB field for adult survivors who don't want to give it.", "Conditional fields added.", typ="Feature Request", owner="se"),
    O("2019-02-01", "2019-03-01", "Morrow & Dace - Renewal", "Renewal", "Closed Won", 4200, "Renewed."),
  ],
  label="negative", kind="hard:law_firm", target=17,
  rationale="A survivors' law firm whose records mention trafficking suits and minors because it represents victims.")

C(name="Bayview Inns Group", industry="Hospitality", website="www.bayviewinns.example", phone="(619) 555-0166",
  street="2400 Shelter Island Dr", city="San Diego", state="CA", zip="92106", country="USA", revenue=22000000, emp=410,
  desc="7 midscale hotels. Booking engine + guest portal built on our platform.", created="2016-06-13",
  contacts=[("Gordon", "Tate", "VP Operations"), ("Lena", "Moreau", "Director of Security")],
  story=[
    N("2016-11-02", "Context from Lena", "Per Lena: last yr at the Marina property a guest was arrested for trafficking a 16 y/o; front desk saw red flags + called SDPD. Since then they want training + a reporting path for staff and guests.", owner="csm1"),
    CS("2017-01-09", "2017-03-01", "Custom build: 'report suspected trafficking' button", "Guest portal button -> form to Security; staff training module (video + quiz) on red flags; log of police requests w/ who approved release.", "Shipped all 3. Training completion 96% in 60 days per Gordon.", typ="Feature Request", owner="se"),
    O("2017-01-05", "2017-01-31", "Bayview - Custom security modules", "Upsell", "Closed Won", 18500, "Report button + training + LE request log.", owner="ae1"),
  ],
  label="negative", kind="hard:hotel_reporting", target=19,
  rationale="The hotel group called police on a guest and then paid us to build trafficking reporting and staff training.")

C(name="Kessler County District Attorney's Office", industry="Government", website="www.kesslerda.example", phone="(417) 555-0137",
  street="1 Courthouse Sq", city="Kessler", state="MO", zip="65801", country="USA", revenue=0, emp=85,
  desc="County prosecutor. Public site, victim restitution payments portal.", created="2016-01-19",
  contacts=[("Patricia", "Holm", "Chief Deputy DA"), ("Andre", "Wills", "IT Manager")],
  story=[
    CS("2016-03-14", "2016-04-20", "HT Unit page + anonymous tip form", "DA's Human Trafficking Unit wants a page + anon tip form (no IP logging) for reports of forced labor/commercial sex involving minors.", "Built. Tips route to HT unit inbox only.", typ="Feature Request", owner="se"),
    N("2017-05-08", "Restitution portal", "Convicted defendants (incl. 2 trafficking cases) pay court-ordered restitution via our checkout; payouts to victims via the DA's victim advocate. Legal reviewed.", owner="legal"),
    T("2018-02-21", "Security questionnaire", "Andre sent CJIS-adjacent security questionnaire. SE completing.", typ="Email", owner="se"),
  ],
  label="negative", kind="hard:police", target=17,
  rationale="A prosecutor's office taking trafficking tips and collecting restitution from convicted traffickers for victims.")

C(name="Westbrook University Labor Migration Lab", industry="Education", website="www.lml.westbrook.example", phone="(608) 555-0128",
  street="500 Lincoln Dr Rm 410", city="Madison", state="WI", zip="53706", country="USA", revenue=0, emp=11,
  desc="University research lab. Survey site + participant payouts.", created="2015-08-31",
  contacts=[("Ingrid", "Solberg", "Principal Investigator"), ("Kwame", "Asante", "Research Coordinator")],
  story=[
    N("2015-09-10", "Use case", "Lab studies recruitment fees + escort ad markets. Runs surveys of migrant workers, pays $20 per completed survey via our payouts. IRB approved, no names stored.", owner="ae2"),
    CS("2016-10-04", "2016-10-21", "Payouts to participants in 6 countries", "Kwame asks if we can pay participants in MX, GT, PH, NP, BD, ID. Compliance q re: sanctions screening.", "Compliance ok'd 5 countries via partner, 1 not supported. Lab fine w/ gift cards there.", typ="Question", owner="risk"),
    T("2017-04-03", "Data export for paper", "Helped export payout counts by country (no PII) for their methods section.", typ="Email", owner="csm2"),
  ],
  label="negative", kind="hard:research", target=17,
  rationale="An IRB-approved research lab studying recruitment fees and escort ads and paying survey participants.")

C(name="Summit Harvest Staffing", industry="Agriculture", website="www.summitharvest.example", phone="(509) 555-0175",
  street="12 N 3rd Ave", city="Yakima", state="WA", zip="98902", country="USA", revenue=3300000, emp=21,
  desc="H-2A agent / farm staffing. Grower invoices via our checkout.", created="2014-02-24",
  contacts=[("Carla", "Ibsen", "Owner"), ("Jorge", "Salinas", "Compliance Mgr")],
  story=[
    N("2014-03-10", "Onboarding", "Growers pay Summit invoices via our checkout; no worker-side payments at all. Jorge: 'by law workers pay nothing - visa, travel, housing all on the grower.' Housing inspected by state each season.", owner="csm1"),
    CS("2015-01-13", "2015-01-16", "Encrypt passport # field", "Jorge needs passport # on the petition form for DOL/USCIS filings and wants it encrypted + masked. 'We never keep the passports themselves.'", "Field-level encryption on. Masked in exports.", typ="Feature Request", owner="se"),
    O("2016-01-04", "2016-02-15", "Summit - Renewal", "Renewal", "Closed Won", 6200, "Renewed 2 yrs."),
  ],
  label="negative", kind="hard:staffing_ordinary", target=18,
  rationale="A lawful H-2A agency where employers bear all costs, housing is state-inspected and passport numbers are collected only for filings.")

C(name="Calder Institute of Massage Therapy", industry="Education", website="www.calderinstitute.example", phone="(828) 555-0151",
  street="77 Haywood St", city="Asheville", state="NC", zip="28801", country="USA", revenue=1200000, emp=18,
  desc="Licensed massage school. Tuition + student clinic bookings.", created="2013-07-08",
  contacts=[("Beth", "Calder", "Director"), ("Simon", "Rowe", "Registrar")],
  story=[
    N("2013-07-22", "Setup", "Tuition payment plans + public student clinic ($35/hr student massage, supervised). State board requires background checks for students.", owner="csm2"),
    CS("2015-09-21", "2015-09-30", "Client conduct checkbox", "Beth: a clinic client made an inappropriate request to a student last wk; school banned him + filed a police report. Wants a 'client conduct policy' checkbox on booking.", "Added required checkbox + policy link.", typ="Feature Request", owner="sup1"),
    T("2016-04-12", "Background check vendor integration", "Simon wants applicant fee to trigger background check order. Zapier route set up.", typ="Call", owner="se"),
  ],
  label="negative", kind="hard:massage_school", target=17,
  rationale="A licensed massage school that banned a client who harassed a student and requires background checks.")

C(name="Luxe Tips Nail Studio", industry="Retail", website="www.luxetips.example", phone="(480) 555-0138",
  street="1845 E Baseline Rd Ste 104", city="Tempe", state="AZ", zip="85283", country="USA", revenue=380000, emp=7,
  desc="Single nail salon. Booking + card reader + payroll.", created="2016-08-22",
  contacts=[("Trina", "Holloway", "Owner")],
  story=[
    N("2017-04-05", "Reader install visit", "Dropped off 2nd reader. Front windows papered over, door on buzzer, hmm. Trina mentioned a break-in in March. Techs paid individually thru payroll add-on, 6 direct deposits.", owner="csm2"),
    O("2017-07-01", "2017-08-15", "Luxe Tips - Renewal 2017", "Renewal", "Closed Won", 1500, "Renewed."),
    O("2018-07-01", "2018-08-10", "Luxe Tips - Renewal 2018", "Renewal", "Closed Won", 1500, "Renewed, no changes."),
  ],
  label="negative", kind="hard:renewal_after_ambiguous", target=16,
  rationale="One ambiguous site-visit remark with an ordinary explanation, individually paid staff, then routine renewals.")

C(name="Mirabel Models", industry="Media", website="www.mirabelmodels.example", phone="(312) 555-0176",
  street="230 W Superior St 4th Fl", city="Chicago", state="IL", zip="60654", country="USA", revenue=1900000, emp=15,
  desc="Modelling agency incl. kids & teen division.", created="2014-10-13",
  contacts=[("Celeste", "Arden", "Agency Director"), ("Noah", "Feld", "Kids Division Booker")],
  story=[
    N("2014-11-03", "Casting portal reqs", "Under-18 applicants only via a parent/guardian account; chaperone required on all shoots; IL child entertainment permits tracked; minor earnings paid into blocked trust accts, not to the agency.", owner="se"),
    CS("2016-06-07", "2016-06-08", "Photo takedown - parent request", "Parent asked to remove her 13 y/o's comp card photos after leaving agency.", "Removed from site + CDN cache in <24h.", typ="Question", owner="sup2"),
    O("2017-10-01", "2017-11-10", "Mirabel - Renewal", "Renewal", "Closed Won", 5600, "Renewed.", owner="ae2"),
  ],
  label="negative", kind="hard:modelling_ordinary", target=17,
  rationale="A modelling agency with minors handled through guardians, chaperones, permits and trust accounts.")

C(name="Peachtree Travel Co", industry="Travel", website="www.peachtreetravel.example", phone="(470) 555-0108",
  street="3340 Peachtree Rd NE Ste 1800", city="Atlanta", state="GA", zip="30326", country="USA", revenue=2700000, emp=19,
  desc="Travel agency, tour packages + visa assistance.", created="2017-02-06",
  contacts=[("Diane", "Okoro", "Owner"), ("Will", "Hanley", "Office Manager")],
  story=[
    CS("2018-02-19", "2018-02-20", "Card testing attack", "~3,000 $1 auths in 2 hrs on their checkout. Cust is the victim.", "Enabled velocity rules + captcha. Refunded fees.", prio="High", typ="Problem", origin="Internal", owner="risk"),
    CS("2018-09-10", "2018-10-05", "Skimmer script in template", "Malicious JS injected via compromised 3rd-party widget in their custom template; shopper cards exposed. FBI field office contacted Diane; cust filed IC3 report.", "Removed widget, forensic report shared, notified affected shoppers per state law.", prio="High", typ="Problem", origin="Phone", owner="sup1"),
    N("2019-03-12", "Payout fraud attempt", "Will's email was phished, fraudster tried to change payout bank. Blocked by our callback check. Cust thanked us.", owner="risk"),
  ],
  label="negative", kind="hard:victim_of_crime", target=18,
  rationale="A travel agency that was the victim of card testing, a skimming breach and a phishing attempt.")

C(name="North Valley Youth Soccer League", industry="Non-Profit", website="www.nvysl.example", phone="(916) 555-0122",
  street="PO Box 2231", city="Roseville", state="CA", zip="95678", country="USA", revenue=310000, emp=3,
  desc="Youth soccer league, registration + fees.", created="2015-06-08",
  contacts=[("Greg", "Hollis", "League President"), ("Dana", "Wu", "Registrar")],
  story=[
    CS("2016-07-11", "2016-07-19", "Coach background checks", "All coaches/volunteers need background check + abuse-prevention training before working w/ minors. Wants registration to gate on it.", "Added required upload + vendor link.", typ="Feature Request", owner="se"),
    N("2017-08-21", "Police records request - stolen trailer", "League reported equipment trailer stolen; Roseville PD asked for the txn record showing purchase of the trailer. Dana pulled it herself.", owner="sup2"),
    T("2018-06-04", "Safeguarding module", "Greg wants a 'report a concern' link for parents, routes to league safeguarding officer.", typ="Call", owner="csm1"),
  ],
  label="negative", kind="hard:safeguarding", target=16,
  rationale="Background checks, abuse-prevention training and a police request about a theft the league reported are ordinary safeguarding matters.")

C(name="Redline Truck Plaza", industry="Retail", website="www.redlinetruckplaza.example", phone="(806) 555-0179",
  street="9001 I-40 Frontage Rd", city="Amarillo", state="TX", zip="79118", country="USA", revenue=7400000, emp=55,
  desc="Truck stop: fuel, diner, shop. Online shop + loyalty program.", created="2014-05-12",
  contacts=[("Hank", "Burrows", "General Manager"), ("Rosa", "Delgado", "Office Mgr")],
  story=[
    N("2016-03-08", "FYI - news", "Local news: a former night cashier at Redline (let go in 2015) was arrested for pimping out of a motel across the hwy. Hank says no connection to plaza ops, they gave police what was asked.", owner="ae1"),
    N("2017-01-17", "Anti-trafficking program", "Plaza joined 'Drivers Against Exploitation' program; hotline posters in restrooms, staff trained. Wants hotline # in site footer - done.", owner="csm1"),
    CS("2018-05-02", "2018-05-02", "Export txn for state police", "A driver was arrested in the lot for soliciting; state police asked Hank for his fuel receipts. How to export?", "Showed export by card last4 + date.", typ="Question", owner="sup1"),
  ],
  label="negative", kind="hard:ex_employee_or_guest_arrested", target=17,
  rationale="The arrests were of an ex-employee and a driver, not the truck stop, which trains staff and cooperates with police.")

C(name="Maple & Co Au Pair Exchange", industry="Staffing", website="www.mapleaupair.example", phone="(203) 555-0163",
  street="1 Landmark Sq Ste 800", city="Stamford", state="CT", zip="06901", country="USA", revenue=2300000, emp=24,
  desc="Au pair sponsor. Host family fees via our checkout.", created="2015-04-20",
  contacts=[("Fiona", "Maple", "CEO"), ("Rosa", "Lindqvist", "Local Coordinator Lead")],
  story=[
    N("2015-05-04", "Model", "Designated sponsor. Host families pay program fees; stipends go family -> au pair directly. Au pairs pay no placement fee. 24/7 coordinator line.", owner="ae2"),
    CS("2017-03-06", "2017-03-08", "Coordinator escalation widget", "Fiona forwarded an example of why they want an escalation button for au pairs: au pair wrote 'La familia no me pagó esta semana y me piden trabajar el domingo.' Coordinator called family, stipend paid same day, rematch offered.", "Built 'Contact my coordinator' button in au pair portal.", typ="Feature Request", owner="se"),
    O("2018-04-01", "2018-04-30", "Maple - Renewal", "Renewal", "Closed Won", 7200, "Renewed."),
  ],
  label="negative", kind="hard:au_pair_ordinary", target=17,
  rationale="A legitimate au-pair sponsor that charges au pairs nothing and intervened when a host family paid late.")

C(name="GigLoop Services Marketplace", industry="Internet", website="www.gigloop.example", phone="(512) 555-0195",
  street="600 Congress Ave Ste 1400", city="Austin", state="TX", zip="78701", country="USA", revenue=9600000, emp=70,
  desc="Home services marketplace (cleaning, moving). Split payouts to vendors.", created="2017-05-15",
  contacts=[("Priya", "Nair", "Head of Marketplace Integrity"), ("Cole", "Brandt", "Payments PM")],
  story=[
    CS("2019-01-14", "2019-01-30", "Vendor terminated - reissue pay to workers", "GigLoop terminated cleaning vendor 'SparkleTeam' after a worker told GigLoop support (in Portuguese: 'o dono ficou com nossos passaportes') that the vendor kept their passports. GigLoop reported to HSI tip line + froze vendor payouts. Asks how to pay the 6 workers their earnings directly.", "Set up direct payouts to 6 workers w/ KYC. Priya: 'HSI has the rest.'", prio="High", typ="Question", owner="risk"),
    N("2019-06-10", "QBR", "Integrity team now screens vendors for shared payout accts + worker complaints. Asked for API to flag linked payees.", owner="csm1"),
  ],
  label="negative", kind="hard:payments_offboards_merchants", target=17,
  rationale="The marketplace cut off its own vendor over a forced-labour complaint, reported it to HSI and paid the workers directly.")

# =====================================================================
# ORDINARY
# =====================================================================
C(name="Crumb & Co Bakery", industry="Food & Beverage", website="www.crumbandco.example", phone="(207) 555-0119",
  street="14 Exchange St", city="Portland", state="ME", zip="04101", country="USA", revenue=600000, emp=12,
  desc="Bakery w/ online preorders + local delivery.", created="2015-09-14",
  contacts=[("Joanna", "Pike", "Owner"), ("Eli", "Marsh", "Shop Manager")], story=[
    N("2016-11-01", "Holiday preorders", "Pie preorder limit per timeslot set up for Thanksgiving.", owner="csm1")],
  label="negative", kind="ordinary", target=16, rationale="Ordinary bakery, routine records.")
C(name="Brightsmile Family Dental", industry="Healthcare", website="www.brightsmiledental.example", phone="(317) 555-0146",
  street="8720 Castle Creek Pkwy", city="Indianapolis", state="IN", zip="46250", country="USA", revenue=2400000, emp=20,
  desc="Dental practice. Site + patient payments.", created="2013-03-25",
  contacts=[("Aaron", "Kell", "Practice Manager"), ("Tasha", "Grimes", "Billing")], story=[
    CS("2014-06-02", "2014-06-03", "Payment plan setup", "Wants 6-mo payment plans for ortho.", "Installments enabled.", typ="Question", owner="sup2")],
  label="negative", kind="ordinary", target=17, rationale="Ordinary dental practice, routine records.")
C(name="Ledgerly Software Inc", industry="Technology", website="www.ledgerly.example", phone="(415) 555-0153",
  street="500 Howard St Ste 300", city="San Francisco", state="CA", zip="94105", country="USA", revenue=7800000, emp=48,
  desc="SaaS invoicing tool; sells subscriptions via our checkout.", created="2016-07-11",
  contacts=[("Mira", "Chen", "Head of Growth"), ("Paul", "Ng", "Eng Manager")], story=[
    T("2017-03-15", "API rate limits", "Paul asked for higher webhook rate limit. Approved.", typ="Email", owner="se")],
  label="negative", kind="ordinary", target=18, rationale="Ordinary SaaS firm, routine records.")
C(name="Northgate Freight Logistics", industry="Transportation", website="www.northgatefreight.example", phone="(651) 555-0168",
  street="2100 Broadway St NE", city="Minneapolis", state="MN", zip="55413", country="USA", revenue=12000000, emp=90,
  desc="LTL freight broker, customer payments portal.", created="2014-01-20",
  contacts=[("Stan", "Voigt", "Controller"), ("Erin", "Lund", "AR Specialist")], story=[
    N("2015-02-10", "ACH", "Moved most shippers to ACH. Card only for small accts.", owner="csm2")],
  label="negative", kind="ordinary", target=17, rationale="Ordinary logistics firm, routine records.")
C(name="Spoke & Chain Bicycles", industry="Retail", website="www.spokeandchain.example", phone="(541) 555-0114",
  street="355 W 8th Ave", city="Eugene", state="OR", zip="97401", country="USA", revenue=900000, emp=9,
  desc="Bike shop, online store + repair bookings.", created="2018-03-05",
  contacts=[("Nate", "Ambler", "Owner")], story=[
    E("2018-04-17", "Template design review", "Repair booking calendar + rentals page mockups.", loc="Google Meet", mins=60, owner="se")],
  label="negative", kind="ordinary", target=15, rationale="Ordinary bike shop, routine records.")
C(name="Petal Lane Florist", industry="Retail", website="www.petallane.example", phone="(804) 555-0187",
  street="2 E Cary St", city="Richmond", state="VA", zip="23219", country="USA", revenue=450000, emp=6,
  desc="Florist, same-day delivery orders online.", created="2012-10-01",
  contacts=[("Irene", "Castell", "Owner"), ("Jay", "Bloom", "Delivery Lead")], story=[
    CS("2014-02-10", "2014-02-13", "Valentine's traffic", "Site slow on 2/10, wants it ready for 2/14 rush.", "Moved to bigger plan for Feb; cache tuned.", prio="High", typ="Problem", owner="sup1")],
  label="negative", kind="ordinary", target=16, rationale="Ordinary florist, routine records.")

# =====================================================================
# ENGINE
# =====================================================================
COLS = {
 "Account": ["Id","Name","Type","Industry","Website","Phone","BillingStreet","BillingCity","BillingState","BillingPostalCode","BillingCountry","AnnualRevenue","NumberOfEmployees","Description","OwnerId","CreatedDate"],
 "Contact": ["Id","AccountId","FirstName","LastName","Title","Email","Phone","MailingCity","MailingCountry","Birthdate","OwnerId","CreatedDate"],
 "Opportunity": ["Id","AccountId","Name","Type","StageName","Amount","Probability","CloseDate","IsClosed","IsWon","Description","OwnerId","CreatedDate"],
 "Case": ["Id","CaseNumber","AccountId","ContactId","Subject","Description","Status","Priority","Origin","Type","IsClosed","OwnerId","CreatedDate","ClosedDate","Comments"],
 "Task": ["Id","WhatId","WhoId","AccountId","Subject","Description","ActivityDate","Status","Priority","Type","OwnerId","CreatedDate"],
 "Event": ["Id","WhatId","WhoId","AccountId","Subject","Description","Location","ActivityDate","StartDateTime","EndDateTime","DurationInMinutes","Type","OwnerId","CreatedDate"],
 "Note": ["Id","ParentId","Title","Body","IsPrivate","OwnerId","CreatedDate"],
}
PREFIX = {"Account":"001","Contact":"003","Opportunity":"006","Case":"500","Task":"00T","Event":"00U","Note":"002"}
ROWS = {k: [] for k in COLS}
LABELS = []
CASENO = [31000]
LAST = dt.date(2020, 11, 30)

def stage_prob(stage):
    return {"Closed Won": ("100", "true", "true"), "Closed Lost": ("0", "true", "false")}.get(stage, ("60", "false", "false"))

def emit(item, acc, contacts, rng):
    """Write one story/filler item; returns (Id, {date fields})."""
    k = item["k"]; owner = USERS[item.get("owner", "csm1")]
    day = D(item["date"])
    if k == "note":
        i = nid("002")
        ROWS["Note"].append(dict(Id=i, ParentId=acc, Title=item["title"], Body=item["body"],
                                 IsPrivate=item.get("private", "false"), OwnerId=owner, CreatedDate=dtm(day, rng)))
        return i, {"created": day}
    if k == "case":
        i = nid("500"); CASENO[0] += 1
        who = item.get("who")
        if who is None:
            who = rng.choice(contacts)
        created = dtm(day, rng, 8, 12)
        closed = ""
        dates = {"created": day}
        if item["closed"]:
            cday = D(item["closed"])
            closed = dtm(cday, rng, 13, 19)
            dates["closed"] = cday
        ROWS["Case"].append(dict(Id=i, CaseNumber=f"{CASENO[0]:08d}", AccountId=acc, ContactId=who,
                                 Subject=item["subject"], Description=item["desc"], Status=item["status"],
                                 Priority=item["prio"], Origin=item["origin"], Type=item["typ"],
                                 IsClosed="true" if item["closed"] else "false", OwnerId=owner,
                                 CreatedDate=created, ClosedDate=closed, Comments=item["comments"]))
        return i, dates
    if k == "task":
        i = nid("00T")
        cday = D(item.get("created", item["date"]))
        ROWS["Task"].append(dict(Id=i, WhatId=acc, WhoId=rng.choice(contacts), AccountId=acc,
                                 Subject=item["subject"], Description=item["desc"], ActivityDate=day.isoformat(),
                                 Status=item["status"], Priority=item["prio"], Type=item["typ"], OwnerId=owner,
                                 CreatedDate=dtm(cday, rng)))
        return i, {"activity": day, "created": cday}
    if k == "event":
        i = nid("00U")
        cday = D(item.get("created", item["date"]))
        h = rng.randint(9, 15)
        start = dt.datetime(day.year, day.month, day.day, h, rng.choice([0, 30]))
        end = start + dt.timedelta(minutes=item["mins"])
        f = "%Y-%m-%dT%H:%M:%S.000+0000"
        ROWS["Event"].append(dict(Id=i, WhatId=acc, WhoId=rng.choice(contacts), AccountId=acc,
                                  Subject=item["subject"], Description=item["desc"], Location=item["loc"],
                                  ActivityDate=day.isoformat(), StartDateTime=start.strftime(f),
                                  EndDateTime=end.strftime(f), DurationInMinutes=str(item["mins"]),
                                  Type=item["typ"], OwnerId=owner, CreatedDate=dtm(cday, rng, 7, 8)))
        return i, {"activity": day, "created": cday}
    if k == "opp":
        i = nid("006")
        prob, isc, isw = stage_prob(item["stage"])
        ROWS["Opportunity"].append(dict(Id=i, AccountId=acc, Name=item["name"], Type=item["typ"],
                                        StageName=item["stage"], Amount=f"{item['amount']:.2f}", Probability=prob,
                                        CloseDate=item["close"], IsClosed=isc, IsWon=isw, Description=item["desc"],
                                        OwnerId=owner, CreatedDate=dtm(day, rng)))
        return i, {"created": day, "close": D(item["close"])}
    raise ValueError(k)

def fillers(c, rng, n, start, end, has_newbiz):
    out = []
    short = c["name"].split(" LLC")[0].split(" Inc")[0]
    if not has_newbiz:
        d0 = start + dt.timedelta(days=rng.randint(0, 10))
        c0 = min(d0 + dt.timedelta(days=rng.randint(14, 40)), end)
        amt = rng.randint(12, 60) * 100
        out.append(O(d0.isoformat(), c0.isoformat(), f"{short} - New Business - Commerce Plus", "New Business",
                     "Closed Won", amt, "Hosted site + cart + card processing", owner=rng.choice(["ae1", "ae2"])))
        out.append(T((d0 + dt.timedelta(days=rng.randint(15, 45))).isoformat(), "Kickoff call",
                     "Intro, goals, go-live target. Sent onboarding checklist.", owner=rng.choice(["csm1", "csm2"])))
    cases = rng.sample(F_CASE, len(F_CASE)); tasks = rng.sample(F_TASK[1:], len(F_TASK) - 1)
    events = rng.sample(F_EVENT, len(F_EVENT)); notes = rng.sample(F_NOTE, len(F_NOTE))
    kinds = ["case"] * 8 + ["task"] * 6 + ["event"] * 2 + ["note"] * 2 + ["opp"] * 2
    renew_years = {D(s["close"]).year for s in c["story"] if s["k"] == "opp"}
    while len(out) < n:
        kind = rng.choice(kinds)
        d = rdate(rng, start + dt.timedelta(days=20), end)
        f = c["contacts"][0][0]
        if kind == "case" and cases:
            s, de, co, ty, orig = cases.pop()
            closed = min(d + dt.timedelta(days=rng.choice([0, 0, 1, 2, 3, 6])), LAST)
            out.append(CS(d.isoformat(), closed.isoformat(), s, de.format(f=f), co, typ=ty, origin=orig,
                          prio=rng.choice(["Low", "Medium", "Medium"]), owner=rng.choice(["sup1", "sup2"])))
        elif kind == "task" and tasks:
            s, de, ty = tasks.pop()
            t = T(d.isoformat(), s, de, typ=ty, owner=rng.choice(["ae1", "ae2", "csm1", "csm2"]))
            t["created"] = max(d - dt.timedelta(days=rng.randint(0, 5)), start).isoformat()
            out.append(t)
        elif kind == "event" and events:
            s, de, loc, m = events.pop()
            if s == "Onboarding webinar":
                d = start + dt.timedelta(days=rng.randint(7, 40))
            e = E(d.isoformat(), s, de, loc=loc, mins=m, owner=rng.choice(["ae1", "csm1", "csm2", "se"]))
            e["created"] = max(d - dt.timedelta(days=rng.randint(1, 10)), start).isoformat()
            out.append(e)
        elif kind == "note" and notes:
            t, b = notes.pop()
            out.append(N(d.isoformat(), t, b, owner=rng.choice(["csm1", "csm2", "ae1"])))
        elif kind == "opp":
            if d < start + dt.timedelta(days=330):
                continue
            if d.year in renew_years:
                continue
            renew_years.add(d.year)
            cd = min(d + dt.timedelta(days=rng.randint(20, 50)), LAST)
            if rng.random() < 0.75:
                out.append(O(d.isoformat(), cd.isoformat(), f"{short} - Renewal {cd.year}", "Renewal", "Closed Won",
                             rng.randint(12, 90) * 100, "Annual renewal, same tier", owner=rng.choice(["ae1", "ae2"])))
            else:
                nm, ty, st, (lo, hi), de = rng.choice(F_OPP[2:])
                out.append(O(d.isoformat(), cd.isoformat(), f"{short} - {nm}", ty, st,
                             rng.randint(lo // 100, hi // 100) * 100, de, owner=rng.choice(["ae1", "ae2"])))
    return out

def build():
    for idx, c in enumerate(CUSTOMERS):
        rng = random.Random(7000 + idx)
        acc = nid("001")
        created = D(c["created"])
        ROWS["Account"].append(dict(Id=acc, Name=c["name"], Type="Customer", Industry=c["industry"],
            Website=c["website"], Phone=c["phone"], BillingStreet=c["street"], BillingCity=c["city"],
            BillingState=c["state"], BillingPostalCode=c["zip"], BillingCountry=c["country"],
            AnnualRevenue=f"{c['revenue']:.2f}", NumberOfEmployees=str(c["emp"]), Description=c["desc"],
            OwnerId=USERS[rng.choice(["ae1", "ae2"])], CreatedDate=dtm(created, rng)))
        dom = c["website"].replace("www.", "")
        cids = []
        for j, (fn, ln, title) in enumerate(c["contacts"]):
            ci = nid("003"); cids.append(ci)
            bd = "" if rng.random() < 0.7 else dt.date(rng.randint(1960, 1992), rng.randint(1, 12), rng.randint(1, 28)).isoformat()
            ROWS["Contact"].append(dict(Id=ci, AccountId=acc, FirstName=fn, LastName=ln, Title=title,
                Email=f"{fn.lower()}.{ln.lower().replace('-', '')}@{dom}", Phone=f"({c['phone'][1:4]}) 555-01{rng.randint(0, 99):02d}",
                MailingCity=c["city"], MailingCountry=c["country"], Birthdate=bd,
                OwnerId=USERS["csm1" if j % 2 else "ae1"], CreatedDate=dtm(created, rng)))
        story = c["story"]
        last_story = max([D(s.get("closed") or s.get("close") or s["date"]) for s in story] + [created])
        end = min(max(last_story + dt.timedelta(days=300), created + dt.timedelta(days=3 * 365)), LAST)
        target = min(c["target"] + 3, 24)
        n_fill = max(5, target - len(cids) - len(story))
        has_nb = any(s["k"] == "opp" and s["typ"] == "New Business" for s in story)
        items = [(s, True) for s in story] + [(f, False) for f in fillers(c, rng, n_fill, created, end, has_nb)]
        items.sort(key=lambda x: x[0]["date"])
        kf, ev = None, []
        for it, is_story in items:
            i, dates = emit(it, acc, cids, rng)
            tag = it.get("tag") if is_story else None
            if tag:
                ev.append(i)
                if tag == "KF":
                    kf = dates.get("activity") or dates.get("close") or dates["created"]
                    if it["k"] == "opp":
                        kf = dates["close"]
                elif tag == "KF_closed":
                    kf = dates["closed"]
        c["_acc"] = acc; c["_n"] = len(cids) + len(items)
        LABELS.append(dict(AccountId=acc, label=c["label"], kind=c["kind"],
                           knowable_from=kf.isoformat() if kf else "", evidence_ids=";".join(ev) if c["label"] == "positive" else "",
                           rationale=c["rationale"]))

def write():
    for obj, cols in COLS.items():
        with open(os.path.join(OUT, f"{obj}.csv"), "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=cols, quoting=csv.QUOTE_ALL)
            w.writeheader()
            for r in ROWS[obj]:
                w.writerow(r)
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["AccountId", "label", "kind", "knowable_from", "evidence_ids", "rationale"],
                           quoting=csv.QUOTE_ALL)
        w.writeheader()
        for r in LABELS:
            w.writerow(r)

if __name__ == "__main__":
    build()
    write()
    tot = sum(len(v) for v in ROWS.values())
    print({k: len(v) for k, v in ROWS.items()}, "total", tot)
    for c in CUSTOMERS:
        print(f"{c['_n']:3d} {c['label'][:3]} {c['kind']:40s} {c['name']}")
