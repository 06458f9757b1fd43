#!/usr/bin/env python3
"""Part H generator: fictional CRM export of a web-hosting / CDN / online-ads provider.
Deterministic: run `python3 author.py` inside partH/ to (re)write all CSVs."""
import csv, os, random, datetime as dt

OUT = os.path.dirname(os.path.abspath(__file__))
TAG = "EVH"
_counter = [0]

def nid(prefix):
    _counter[0] += 1
    return f"{prefix}{TAG}{_counter[0]:012d}"

D = dt.date.fromisoformat

USERS = {k: nid("005") for k in ["ae", "ae2", "csm", "csm2", "sup", "sup2", "se", "ts", "legal", "ar"]}

def ts(d, rng, hour=None):
    h = rng.randint(13, 23) if hour is None else hour
    return f"{d.isoformat()}T{h:02d}:{rng.randint(0,59):02d}:{rng.randint(0,59):02d}.000+0000"

# ---------------------------------------------------------------- story record helpers
def N(date, title, body, own="csm", ev=False, private="false"):
    return dict(obj="Note", date=D(date), title=title, body=body, own=own, ev=ev, private=private)

def T(date, subject, desc, own="ae", ev=False, status="Completed", prio="Normal", typ="Call"):
    return dict(obj="Task", date=D(date), subject=subject, desc=desc, own=own, ev=ev, status=status, prio=prio, typ=typ)

def E(date, subject, desc, loc="Zoom", own="csm", ev=False, typ="Meeting", dur=60):
    return dict(obj="Event", date=D(date), subject=subject, desc=desc, loc=loc, own=own, ev=ev, typ=typ, dur=dur)

def C(date, closed, subject, desc, comments="", own="sup", ev=False, typ="Question", origin="Email", prio="Medium"):
    # ev: False | True (created date) | "close" (closing comment date)
    return dict(obj="Case", date=D(date), closed=D(closed) if closed else None, subject=subject, desc=desc,
                comments=comments, own=own, ev=ev, typ=typ, origin=origin, prio=prio)

def O(date, close, name, amount, desc="", stage="Closed Won", typ="Existing Business", own="ae", ev=False):
    return dict(obj="Opportunity", date=D(date), close=D(close), name=name, amount=amount, desc=desc,
                stage=stage, typ=typ, own=own, ev=ev)

# ---------------------------------------------------------------- routine filler
F_CASES = [
    ("Password reset - control panel", "User {c} locked out of cpanel after 5 tries, pls reset asap, cant update prices.", "Reset link sent, user confirmed login ok."),
    ("SSL cert renewal failed", "Auto-renew of SSL for {w} failed, browser shows warning.", "DNS validation record was missing. Re-added, cert issued."),
    ("502 errors on checkout page", "Intermittent 502s since this am. Cust says lost orders.", "PHP-FPM workers maxed out. Bumped pool size, monitoring. Stable 24h, closing."),
    ("Invoice question", "AP asks why invoice is higher than last month.", "Overage on CDN bandwidth (1.3TB over plan). Explained, cust ok."),
    ("DNS not propagating", "Moved nameservers to us yesterday, site still resolves to old host.", "TTL was 48h on old NS. Resolved itself, closing."),
    ("Email going to spam", "Outbound mail from {w} landing in spam at big webmail providers.", "Added SPF + DKIM, DMARC p=none for now. Cust to monitor."),
    ("Ad acct - billing threshold", "Ads paused, payment threshold hit and card declined.", "Cust updated card, ads resumd."),
    ("Add user to control panel", "Pls add new staff member as admin on acct.", "Added w/ 2FA. Done."),
    ("Remove ex-employee access", "Remove former web person from all logins asap.", "Removed user + rotated FTP pw. Advised SSH key rotation too."),
    ("Backup restore request", "Someone deleted a plugin folder, need restore from 2 days ago.", "Restored from nightly snapshot. Cust confirmed."),
    ("Site slow - CDN cache", "Images not caching, TTFB ~3s.", "Cache-control headers were no-store from app. Fixed rule at edge."),
    ("Wordpress plugin broke site", "After plugin auto-update site is white screen.", "Disabled plugin via SFTP, site up. Told cust to pin versions."),
    ("Migration help", "Need to move 2 sites from old shared plan to new VPS.", "Migrated over weekend, no downtime reported."),
    ("Ad disapproved - trademark", "Ad rejected for use of competitor trademark in headline.", "Explained policy, cust edited, approved."),
    ("Tax exempt cert", "Cust sent tax form, wants it applied to future invoices.", "Forwarded to AR, applied."),
    ("Recieved bounce msgs", "Cust getting bounces from their contact form autoresponder.", "Autoresponder pointed at old mailbox. Fixed, cust confirmd."),
    ("Seat change - ads acct", "Add 2 users to ads acct, remove 1 (left co).", "Done. Reminded cust about 2FA on ads acct."),
    ("Staging site indexed", "Staging copy of site showing up in search results.", "Added noindex + basic auth on staging. Requested removal."),
    ("Refund request - duplicate charge", "Card charged twice for monthly plan.", "Confirmed dup, refunded by AR."),
    ("API key for ads reporting", "Need API creds for their BI tool to pull ad spend.", "Issued read-only key."),
    ("DDoS alert", "Traffic spike ~40x normal on homepage.", "Edge rate limiting absorbed it, was a bot scraper. No action needed."),
    ("Domain transfer", "Want to transfer {w} from other registrar to us.", "Auth code received, transfer complete in 5 days."),
    ("Storage quota exceeded", "Disk full warning on hosting plan.", "Old log files 18GB, cleared w/ cust ok. Suggested upgrade to next tier, cust will think abt it."),
    ("Cookie banner question", "Do we provide a consent banner for EU visitors?", "Pointed to marketplace add-on, cust installing themselves."),
    ("Conversion tracking not firing", "Ad conversions show 0 since site redesign.", "Tag was removed in new theme. Cust re-added, verified."),
]
F_TASKS = [
    ("Follow up on onboarding", "Check cust got welcome pack + login. Left vm, will try agian thurs."),
    ("Send renewal quote", "Renewal due next qtr, send quote w/ 5% multi-yr disc."),
    ("Call re invoice", "AP had q re PO number on invoice. Sorted."),
    ("QBR prep", "Pull usage + ad perf numbers for QBR deck."),
    ("Send W-9", "Cust AP needs our W-9 to set up vendor. Sent."),
    ("Check-in call", "Quick check in, no issues. Happy w/ uptime."),
    ("Send SLA doc", "Cust procurement wants our SLA + DPA. Sent both, DPA countersigned."),
    ("Password policy q", "Cust asked if we can force pw rotation for their users. Sent KB link."),
    ("Update billing contact", "New AP contact, update in billing sys."),
    ("Intro to ads specialist", "Cust wants help w/ ad campaign structure, intro'd to ads team."),
    ("Chase overdue invoice", "Invoice 45 days overdue. Emailed + called. Promised paymnet fri."),
    ("Send CDN pricing", "Cust asked abt CDN add on, sent pricing sheet."),
    ("Log feature request", "Cust wants staging env one-click. Logged FR-{n}."),
    ("Schedule maint window notice", "Notify cust of DC maint window Sat 2-4am."),
    ("Confirm payment rec'd", "AR confirms wire rec'd. Closed loop w/ cust."),
    ("Send case study request", "Ask if cust ok being a case study. Said maybe later."),
]
F_EVENTS = [
    ("Onboarding call", "Walked thru control panel, DNS, backups, support channels."),
    ("QBR", "Reviewed uptime (99.97%), bandwidth trends, ad spend vs CPA. No major asks."),
    ("Renewal discussion", "Discussed renewal terms. Cust wants to stay on same plan."),
    ("Migration window", "Scheduled cutover to new server. SE on standby."),
    ("Ads strategy session", "Went over keyword lists, negatives, budgets for next qtr."),
    ("Security review call", "Cust IT asked abt our SOC2, WAF options, 2FA. Sent docs after."),
]
F_NOTES = [
    ("Acct handoff", "Acct moved from {a} to new CSM territory. Nothing outstanding."),
    ("Billing", "Switched to annual billing, paid by card on file."),
    ("Contacts", "Main contact is {c}. Prefers email, slow to reply to calls."),
    ("Usage", "Bandwidth up ~20% YoY, still well inside plan. No upsell rn."),
    ("FYI", "Cust asked abt reseller program. Not a fit rn, revisit."),
    ("Renewal notes", "Renewed w/o fuss. Price increase accepted."),
    ("Tech stack", "Runs WordPress + WooCommerce on our managed plan. Uses our CDN for images."),
    ("Ads", "Ad spend small, mostly branded search. CSM suggested remarketing."),
]
F_OPPS = [
    ("Hosting plan renewal", "Existing Business", (900, 6000)),
    ("CDN add-on", "Existing Business", (1200, 9000)),
    ("Ad credits - {q}", "Existing Business", (500, 15000)),
    ("Upgrade to VPS", "Existing Business", (1800, 7200)),
    ("Managed backup add-on", "Existing Business", (300, 1500)),
    ("Multi-year renewal", "Existing Business", (3000, 20000)),
]

FIRSTS = ["Marisol", "Derek", "Anika", "Tobias", "Renata", "Calvin", "Imogen", "Rashid", "Colette", "Brennan",
          "Yesenia", "Oskar", "Delphine", "Tariq", "Wren", "Lucan", "Paloma", "Garrick", "Soraya", "Emmett",
          "Ingrid", "Benedikt", "Nadia", "Thaddeus", "Leonie", "Kofi", "Maren", "Ezra", "Odalys", "Fintan"]
LASTS = ["Quillfeather", "Branscombe", "Vandermolen", "Ashgrove", "Pellicano", "Torvik", "Mbeki-Lowe", "Halloran",
         "Castellanos-Reed", "Duskwood", "Okonkwo-Bell", "Marchetti-Shaw", "Lindqvist", "Fairweather", "Ravensdale",
         "Oyelaran", "Kettleborough", "Szymanski-Hart", "Abernathy-Cole", "Winterbourne", "Delacroix-Moss",
         "Pennington-Ruiz", "Thornbury", "Achterberg", "Nakashima-Ford"]
TITLES = ["Owner", "Office Mgr", "IT Lead", "Marketing Mgr", "CFO", "Ops Director", "Web Developer", "AP Clerk"]

# ---------------------------------------------------------------- customers
CUSTOMERS = []
def cust(**kw):
    CUSTOMERS.append(kw)

# ======================= POSITIVES =======================
cust(name="NightList Classifieds LLC", industry="Internet / Online Classifieds", web="nightlist-classifieds.example", city="Phoenix", state="AZ",
     created="2013-02-11", label="positive", kind="escort_platform", rev=9800000, emp=35,
     desc="Regional classifieds site, ~40 metro areas. Managed hosting + CDN + small ad acct.",
     why="Keyword-stripping edge rule request (publish ads after removing 'teen', 'lolita', 'amber alert') read with the earlier suspected-minor report and the processor cutoff makes the adult section's trafficking use plain.",
     story=[
    N("2013-02-20", "Onboarding notes", "Classifieds, ~40 cities. Cats: jobs, housing, for sale, personals, 'adult svcs'. Image heavy, wants CDN. AUP sent + signed. Traffic mostly nights/wknds.", own="ae"),
    C("2014-05-06", "2014-05-09", "Abuse rpt - Tucson listing", "Abuse desk rcvd web form: listing in Tucson adult svcs section, reporter says 'the girl in these pics is maybe 15, please take it down'. URL attached.",
      "Fwd to cust per std abuse process. Cust says listing removed + poster banned. Closing.", own="ts", ev=True, typ="Abuse Report", origin="Web", prio="High"),
    T("2015-07-14", "Call w/ CFO - payments", "CFO says card processor 'pulled the plug' on anything in adult svcs, posters now buy credits w/ crypto + gift cards. Wants to keep buying ads from us to drive posters, asked if our ad policy cares. Told him TBD, ad policy review.", own="ae", ev=True),
    C("2015-09-22", "2015-10-05", "Edge rule - posting form text filter", "SE ticket. Cust wants an edge worker on the posting form submit. Their spec: replace/strip a word list from ad body before it is saved ('teen', 'young', 'fresh', 'lolita', 'amber alert', 'new to the game', 'daddy') and then publish normally. NOT reject the ad, just clean it. Reason given: 'so ads stop getting flagged by crawlers + the AG's people'.",
      "Built to spec by PS (12h billable). Deployed 10/2. Cust happy, asked for version 2 w/ more words.", own="se", ev=True, typ="Feature Request"),
    O("2016-01-10", "2016-02-01", "CDN Enterprise upgrade", 48000, "Upsell on back of edge worker project, 12 more cities."),
    C("2016-08-03", "2016-08-30", "Legal request - GJ subpoena", "Grand jury subpoena from US Attorney's office for subscriber, billing & login records for NightList acct. Legal reviewing scope.",
      "Produced 8/29. Acct remains active pending mgmt decision.", own="legal", typ="Legal Request", prio="High"),
    N("2017-01-12", "FYI news", "Senate cmte report this wk names NightList among adult classifieds sites. CSM asking whether we keep renewing. No answer from mgmt yet."),
])

cust(name="Golden Lotus Wellness Group", industry="Health & Wellness", web="goldenlotus-wellness.example", city="Sugar Land", state="TX",
     created="2014-03-04", label="positive", kind="illicit_massage",
     desc="3 massage/spa storefronts. Basic sites on shared hosting + local ad acct.",
     why="A worker's Spanish message landing in our abuse inbox (passports held by the owner, an 8,000-dollar debt, sleeping in the back room, not allowed out) confirms what the late hours, buzzer entry and rotating 'new girls' ads only hinted at.",
     story=[
    N("2014-03-10", "Onboarding", "3 locations (Bellaire, Sugar Land, Stafford). Template sites + local search ads. Owner pays by card. Simple acct.", own="ae"),
    C("2014-06-18", "2014-06-19", "Ad disapproved - Bellaire", "Ad 'New girls every week! Open til 2am, walk-ins welcome' auto-disapproved (adult-suggestive). Cust asks why.",
      "Explained policy. Cust changed to 'New therapists weekly'. Approved.", typ="Ad Review", origin="Web"),
    T("2015-02-02", "Site update - hours", "Cust wants hours 10am-2am on all 3 sites, storefront photos removed, add 'ring bell for entry'. Done.", own="csm"),
    N("2015-11-20", "Billing", "Paid from 3 diff cards this yr, none in owner's name. Registrant on 2 of the domains changed to 2 new names this month; still one login for all 3."),
    C("2016-04-07", "2016-04-12", "Contact form msgs routing to abuse@", "Contact form on the Bellaire site is misconfigured, msgs forwarding to our abuse@ inbox instead of cust. One from today reads: 'Por favor ayuda. Nos trajeron de Veracruz, la dueña tiene nuestros pasaportes y dice que le debemos 8 mil dólares. Dormimos en el cuarto de atrás y no nos deja salir solas.' No name/phone.",
      "Fixed the forward, msgs now go to cust's own inbox. Nothing else done.", own="sup2", ev=True, typ="Problem", origin="Email"),
    O("2016-06-01", "2016-06-15", "Renewal 2016-17", 2400, "Std renewal, 3 sites."),
    C("2017-09-14", "2017-09-20", "LE preservation request", "Preservation letter from HSI + local PD vice for Golden Lotus sites, logs and ad acct.", "Preserved 90 days. Legal handling.", own="legal", typ="Legal Request", prio="High"),
])

cust(name="Route 9 Budget Inn", industry="Hospitality", web="route9budgetinn.example", city="Elyria", state="OH",
     created="2013-08-19", label="positive", kind="motel",
     desc="Independent 48-room motel off the interstate. Booking site on shared hosting + small search ad acct.",
     why="After a sheriff's request about a 15-year-old recovered from a room, the GM told us on the renewal call that the same men rent rooms weekly for cash with 'girls coming and going' and asked to auto-delete booking logs.",
     story=[
    N("2013-08-25", "Onboarding", "Booking site + ads for 'cheap motel I-80/I-90'. GM does everything himself.", own="ae"),
    C("2014-10-02", "2014-10-03", "Keywords rejected", "Cust tried to bid on 'hourly motel', 'no id motel', 'rooms by the hour cash'. 2 of 3 rejected by policy, cust upset.",
      "GM said 'truckers like it'. Left 'cheap motel near I-80' live. Closed.", typ="Ad Review", origin="Phone"),
    T("2015-05-11", "Booking form change", "GM wants ID field removed from online booking + 'pay cash at desk' option added. Done by sup.", own="sup"),
    C("2016-02-17", "2016-03-01", "LE request - County Sheriff", "Det. from county sheriff emailed legal@ for booking site logs, rooms 112/114, Jan 9-12. Says a 15 y/o reported missing was recovered from rm 112 and 2 adult males arrested. Also asks for any bookings tied to 3 phone numbers.",
      "Legal produced after subpoena rcvd 2/29. Det asked us not to notify cust.", own="legal", ev=True, typ="Legal Request", prio="High"),
    E("2016-03-08", "Renewal call w/ GM", "GM wants to renew + double ad budget. Asked abt the sheriff thing w/o details; he said 'those guys been coming for years, they rent 3-4 rooms by the week in cash, girls come and go, not my business as long as they pay'. Also asked if we can auto-delete booking logs after 7 days.", loc="Phone", own="ae", ev=True),
    O("2016-03-20", "2016-03-31", "Renewal + ad budget increase", 3600, "GM doubled monthly ad cap."),
    N("2017-06-02", "News", "Local paper: motel named in state AG nuisance suit over prostitution + trafficking. FYI for renewal."),
])

cust(name="VelvetCam Live", industry="Internet / Adult Entertainment", web="velvetcam-live.example", city="Las Vegas", state="NV",
     created="2013-11-05", label="positive", kind="cam_platform", rev=21000000, emp=60,
     desc="Live cam platform (adult, 18+). Dedicated servers + streaming CDN. Uses third-party age/ID verification on signup.",
     why="The closing comment on the request to switch off age verification records the customer's CTO admitting studios upload performers with no ID check and that one studio runs 34 profiles and takes every payout, after an earlier report of a performer saying she was in 10th grade.",
     story=[
    N("2013-11-12", "Onboarding", "Adult cam site, legal adult content. Has 2257 records process + ID verification vendor hooked in via our edge (callback on signup). Streaming tier.", own="se"),
    O("2014-01-08", "2014-01-30", "Streaming CDN tier", 36000, "", typ="New Business"),
    C("2015-03-03", "2015-03-10", "Abuse rpt - performer age", "Viewer report to abuse@: performer 'lil_cherry' looks underage, says she told chat she is 'in 10th grade lol'.",
      "Fwd to cust. Cust says performer is 19, ID on file. Closed.", own="ts", ev=True, typ="Abuse Report", prio="High"),
    C("2016-05-19", "2016-06-02", "Remove ID-verif callback - studio path", "Cust asks us to remove the age-verification callback from edge config on the 'studio' signup path. Says conversion dropped 30% since vendor added selfie step.",
      "T&S review before change (per policy). On call, cust CTO confirmed studio accts now add performers w/ no ID check by them or vendor: 'studio handles that'. One overseas studio runs 34 performer profiles from 1 login and all payouts go to the studio owner's wallet, performers never paid directly. AE approved config change anyway, applied 6/2.",
      own="ts", ev="close", typ="Change Request"),
    C("2017-02-21", "2017-03-03", "NCMEC referral", "3 separate viewer reports re same studio profile, possible minor. T&S filed CyberTipline report.", "Filed, ref in T&S folder. Cust notified.", own="ts", typ="Abuse Report", prio="High"),
    O("2017-04-10", "2017-05-01", "Annual renewal + 2 servers", 52000, ""),
])

cust(name="Bright Horizons Overseas Placement", industry="Staffing & Recruiting", web="brighthorizons-placement.example", city="Miami", state="FL",
     created="2014-09-01", label="positive", kind="labour_recruitment",
     desc="Recruitment agency, places workers from W. Africa + Caribbean into hotel cleaning & hospitality jobs. Site + ad acct.",
     why="A placed worker's French e-mail to our abuse desk describes passports taken at the airport, a 4,000-dollar debt, half of wages withheld and threats of immigration, turning earlier fee-deduction ads into forced labour.",
     story=[
    N("2014-09-05", "Onboarding", "Site in EN/FR, job listings, applicant form w/ passport upload. Ads in several countries.", own="ae"),
    C("2015-01-22", "2015-01-23", "Ad disapproved - employment", "Ad 'Work in USA! Visa + housing provided. Placement fee $3,500 deducted from salary' flagged by ad review (employment, fees).",
      "Cust removed fee line, approved.", typ="Ad Review", origin="Web"),
    T("2015-08-10", "Site change req", "Add 'Frais de dossier' page in French, pay by wire to an acct in their name. Done.", own="sup"),
    C("2016-03-15", "2016-03-29", "Complaint via abuse@ re brighthorizons site", "Email to abuse@ from a woman placed by cust in a hotel cleaning job: 'Ils ont pris nos passeports à l'aéroport. On nous dit qu'on doit encore 4 000 dollars, on loge à 12 dans un appartement et ils gardent la moitié du salaire. Si on part ils appellent l'immigration.' Asks us to shut the site down.",
      "Not a hosting abuse issue per agent; told sender to contact local authorities. Closed.", own="sup2", ev=True, typ="Abuse Report"),
    C("2016-04-02", "2016-04-03", "Disable comments", "Cust wants comments off site, says 'former candidates posting lies'.", "Disabled.", typ="Question"),
    O("2016-09-12", "2016-09-30", "Renewal + intl ad spend", 14000, "Ad spend up, 3 new countries."),
    N("2018-05-08", "Preservation req", "HSI preservation letter rcvd for site + applicant DB. Legal has it."),
])

cust(name="Valle Verde Farm Labor Contractors", industry="Agriculture", web="valleverde-flc.example", city="Salinas", state="CA",
     created="2014-04-14", label="positive", kind="agriculture",
     desc="Farm labor contractor. Bilingual job site + crew scheduling portal on VPS.",
     why="Plain case: the first red flag is an HSI subpoena whose cover letter names the contractor and its owner in a forced-labour investigation (locked trailers, passports held, 'transport debt' deductions).",
     story=[
    N("2014-04-20", "Onboarding", "FLC, harvest crews. Site in ES/EN w/ job postings + crew portal. Seasonal traffic spikes.", own="ae"),
    C("2017-07-10", "2017-07-25", "Legal - HSI admin subpoena", "Administrative subpoena from HSI for subscriber, billing + login IP records for Valle Verde acct & domain. Cover letter: investigation of the FLC and its owner for forced labor and visa fraud; H-2A workers kept in locked trailers, passports held by crew bosses, wages cut for 'transport debt'.",
      "Produced 7/24. Acct left active, no internal review opened.", own="legal", ev=True, typ="Legal Request", prio="High"),
    O("2017-09-05", "2017-09-20", "Renewal 2017-18", 4800, ""),
    N("2018-02-14", "FYI", "News: owner indicted. Acct still paying."),
])

cust(name="CityNights Reviews", industry="Internet / Online Community", web="citynights-reviews.example", city="Reno", state="NV",
     created="2012-10-08", label="positive", kind="review_board",
     desc="'Nightlife review' forum on VPS. Owner-run, paid premium memberships.",
     why="Our own T&S sample review found the forum is a sex-buyer review board where posts describe very young, non-English-speaking women whose 'mamasan keeps the money', left up by the mods; read with the earlier complaint and the move to an offshore billing entity.",
     story=[
    N("2012-10-15", "Onboarding", "Forum software on VPS, premium membership via paywall. Owner technical, few tickets.", own="ae"),
    C("2014-02-11", "2014-02-13", "Abuse rpt - forum content", "Reporter: 'this is a hobbyist board where men review women they paid for'. No specific URLs.",
      "No AUP violation identified w/o URLs. Closed.", own="ts", ev=True, typ="Abuse Report"),
    T("2014-09-03", "Billing entity change", "Owner wants invoices to 'CN Media Ltd' (Belize), WHOIS privacy on, his name off the acct. Done by AR.", own="ar"),
    N("2015-04-20", "T&S review - CityNights", "After 2nd complaint reviewed 50 threads. It's a sex-buyer review board for massage places + escorts, w/ prices and 'menus'. Several posts: 'very young, new, no English', 'mamasan keeps the money, tip her direct', one asks 'where to find HS age'. Mods leave these up. Rec escalate to Legal.", own="ts", ev=True, private="true"),
    C("2015-05-05", "2015-06-10", "Legal review - CityNights", "Escalation from T&S review.", "Legal: hosting continues, monitor. No further action logged.", own="legal", typ="Internal"),
    O("2016-10-01", "2016-10-15", "VPS renewal 2yr", 5200, ""),
])

cust(name="Meridian Prepaid Solutions", industry="Financial Services", web="meridianprepaid.example", city="Fort Lauderdale", state="FL",
     created="2014-02-03", label="positive", kind="money_service",
     desc="Prepaid code & payment gateway for 'online classifieds and dating merchants'. Hosting + ad acct.",
     why="At the QBR the CEO said the business is the payment workaround for escort-ad sites after the card networks cut them off, with one buyer funding dozens of ad profiles; this fits the earlier bank termination and request to disguise invoices.",
     story=[
    N("2014-02-10", "Onboarding", "Gateway + kiosk prepaid codes. Merchants = 'classifieds & dating'. PCI scope explained, they use their own vault.", own="se"),
    T("2015-07-21", "Call - CFO", "CFO: acquiring bank terminated them this month, 'chargebacks'. Wants to pay us in BTC going fwd.", own="ar", ev=True),
    C("2015-08-05", "2015-08-12", "Invoice name change", "Cust wants invoices issued to 'MPS Software Consulting' w/ line items as 'software services' not hosting/ads.",
      "Done per AR mgr approval.", own="ar", ev=True, typ="Billing"),
    E("2016-01-14", "QBR - Meridian", "CEO walked thru growth: 'since Visa/MC dropped the big classifieds sites we ARE the workaround'. Merchants are escort ad posting sites; posters buy codes at kiosks, often 1 person buying codes for 30-40 ad profiles. Wants dedicated servers + landing page & ads on 'how to pay for escort ads'.", own="csm", ev=True),
    O("2016-02-02", "2016-02-25", "Dedicated servers x2", 28000, "From QBR.", typ="Existing Business"),
    C("2017-03-09", "2017-03-22", "Legal - FBI request", "FBI grand jury subpoena for acct + payment records.", "Produced.", own="legal", typ="Legal Request", prio="High"),
])

cust(name="Star Models Network", industry="Modeling / Talent", web="starmodels-network.example", city="Dallas", state="TX",
     created="2015-05-18", label="positive", kind="straw_owner",
     desc="8 city 'modelling agency' sites under one reseller acct. Ads for bookings.",
     why="A mother's report that her missing 16-year-old is advertised for outcalls on one of the sites, read with the request months earlier to split the eight sites into accounts under different holders' names on one card, shows a single operator selling minors behind straw owners.",
     story=[
    N("2015-05-20", "Onboarding", "8 sites (Dallas, Austin, OKC, Tulsa, ...), template 'agency' sites w/ model profiles + 'book now'. One card.", own="ae"),
    C("2015-09-09", "2015-09-10", "Ad disapproved", "'Stunning new models in town this week only, call now' flagged adult-suggestive.", "Cust reworded. OK.", typ="Ad Review", origin="Web"),
    T("2016-02-22", "Split accts req", "Admin asks to move each of the 8 sites into separate top-level accts under 8 diff holder names (list sent), keep same card 'for now'. Says it's 'for liability'. Pending AR.", own="csm", ev=True),
    C("2016-06-30", "2016-07-06", "Abuse - photos of minor", "Email to abuse@ from a mother: her 16 y/o daughter's photos are on the OKC site as 'Kayla, 19, available tonight, outcalls'. Daughter missing 2 wks. Asks who runs the site.",
      "Cust removed profile at our req. T&S: same admin login + card as all 8 'separate' accts; same photo also on Dallas site under another name. NCMEC report filed, sender given LE contact. Acct not suspended (AE objection).", own="ts", ev=True, typ="Abuse Report", prio="High"),
    O("2016-08-01", "2016-08-20", "Ad credits Q3", 6000, ""),
    N("2017-01-18", "Subpoena", "Police subpoena rcvd for all 8 sites. Legal."),
])

cust(name="Apex Drywall & Framing", industry="Construction", web="apexdrywall-framing.example", city="Charlotte", state="NC",
     created="2014-11-10", label="positive", kind="construction",
     desc="Drywall/framing subcontractor. Small site + job ads.",
     why="The state AG's preservation letter describing a labour-trafficking probe of the customer (housing debt, IDs taken, deportation threats) confirms the worker reviews the customer had us take down.",
     story=[
    N("2014-11-15", "Onboarding", "Small site, job ads in ES/EN. Owner + office mgr.", own="ae"),
    C("2016-05-03", "2016-05-04", "Remove reviews widget", "Owner wants reviews widget off the site. Several 1-star reviews: 'no pagan', 'nos cobran la renta del tráiler y la comida, nunca sobra nada'.",
      "Widget removed per cust.", ev=True, typ="Question"),
    T("2016-10-12", "Job ad copy", "Ad copy from cust: 'Trabajo inmediato, vivienda y transporte incluidos, no se necesitan papeles'. Approved after edit of last bit.", own="ae"),
    C("2017-04-18", "2017-05-02", "Legal - AG preservation letter", "State AG preservation letter for Apex site, ad acct & mailboxes. Letter says investigation into labor trafficking: workers recruited w/ housing debt, IDs kept by foreman, threatened w/ deportation.",
      "Preserved. Legal: no action on acct.", own="legal", ev=True, typ="Legal Request", prio="High"),
    O("2017-06-05", "2017-06-20", "Renewal", 1800, ""),
])

cust(name="HomeCare Nannies International", industry="Domestic Services", web="homecare-nannies-intl.example", city="Newark", state="NJ",
     created="2015-01-12", label="positive", kind="domestic_work",
     desc="Agency placing live-in nannies/housekeepers from PH + BR with families in US & UAE. Site + custom family portal.",
     why="A worker's Portuguese plea in the chat log the customer sent for a bug ticket (not allowed out, 19-hour days, agency keeps salary and passport) read with the portal we built to hold passports and escrow wages shows domestic servitude.",
     story=[
    N("2015-01-15", "Onboarding", "Site + applicant intake. Families pay agency fee.", own="ae"),
    C("2015-06-10", "2015-06-11", "Ad disapproved", "Ad 'Live-in helper, no days off needed, salary paid through agency' flagged.", "Cust edited to 'flexible schedule'. Approved.", typ="Ad Review", origin="Web"),
    C("2016-01-20", "2016-02-15", "PS - family portal build", "Portal spec: employer families upload worker passport scan + contract; 'worker gets no login'; agency holds salary in escrow until 2-yr contract ends.",
      "Built, 40h billable.", own="se", ev=True, typ="Feature Request"),
    C("2016-08-09", "2016-08-16", "chat widget dropping msgs", "Cust says live chat loses msgs. Attached sample log for debug: [14:02] visitor: 'Por favor me ajuda. A família não me deixa sair de casa, trabalho das 5h à meia-noite, a agência fica com meu salário e meu passaporte. Não tenho telefone.' [14:05] agent(cust): 'Você assinou contrato. Fale com sua patroa.' [14:05] visitor disconnected.",
      "Websocket timeout fixed. Closed.", own="sup", ev=True, typ="Problem"),
    O("2017-01-10", "2017-01-30", "Renewal + portal support", 9600, ""),
])

cust(name="LuxDate Connect", industry="Internet / Dating", web="luxdate-connect.example", city="Miami Beach", state="FL",
     created="2016-02-01", label="positive", kind="escort_platform",
     desc="Dating site, premium memberships. VPS + CDN + ad acct.",
     why="By the May 2017 QBR ~90% of paid revenue came from 'Companionship' profiles with hourly rates and incall/outcall options that we helped build, and the customer asked us to hide them from crawlers and our ad reviewers and to buy 'escorts near me' keywords.",
     story=[
    N("2016-02-08", "Onboarding", "Dating site, ~20k members. Premium tier via card. Standard.", own="ae"),
    T("2017-01-16", "Capacity req", "Cust expects big traffic jump 'now that another big site closed its adult section'. Wants 3x capacity by Feb.", own="se", ev=True),
    C("2017-02-02", "2017-02-06", "New profile type", "Cust wants a paid 'Companionship' profile type w/ hourly rate field + 'incall/outcall' toggle + 'available now' badge.",
      "SE helped w/ schema + CDN rules. Live 2/6.", own="se", ev=True, typ="Feature Request"),
    E("2017-05-11", "QBR - LuxDate", "~90% of paid rev now from Companionship profiles. Cust asked us to (1) block search crawlers + our ad-review bot from those pages, (2) run ads on 'escorts near me', 'bp alternative'. CSM: they love our tailored support.", own="csm", ev=True),
    O("2017-06-01", "2017-06-20", "CDN upsell + ad credits", 22000, "Post-QBR."),
    C("2018-04-12", "2018-04-13", "Q re new law", "Cust asks if new federal law changes our hosting terms for them.", "Referred to Legal.", typ="Question"),
])

cust(name="ClipVault Media", industry="Internet / Video", web="clipvault-media.example", city="Wilmington", state="DE",
     created="2014-07-07", label="positive", kind="ugc_platform", rev=6500000,
     desc="User-upload video site, adult + amateur. CDN heavy.",
     why="The closing comment of a takedown request about a video of a 16-year-old, reported five times and still up, records the customer's ops manager confirming there is no age or consent check for uploaders or people shown, after an earlier non-consent takedown.",
     story=[
    N("2014-07-10", "Onboarding", "UGC video, big egress. Origin on dedicated, CDN in front.", own="se"),
    C("2015-04-14", "2015-04-20", "DMCA notice", "Studio DMCA notice for 12 clips.", "Fwd to cust, removed.", own="ts", typ="Legal Request"),
    C("2016-03-21", "2016-03-28", "Takedown req", "Woman says her ex uploaded video of her w/o consent. Asks removal.", "Fwd to cust; removed after 6 days.", own="ts", ev=True, typ="Abuse Report"),
    C("2016-11-02", "2016-11-30", "Takedown req #2", "Person says a video of her at 16 is on ClipVault, she reported it to the site 5 times in 3 months, still up. 4 URLs listed.",
      "Fwd to cust. Cust reply: uploader is 'verified' (email only), they 'don't adjudicate age claims'. Cust ops mgr confirmed no ID or age check for uploaders or people shown. Still up at closing; cust asked us to stop forwarding these.", own="ts", ev="close", typ="Abuse Report", prio="High"),
    N("2017-01-09", "NCMEC", "T&S filed report re the 4 URLs. Legal looped in."),
    O("2017-03-01", "2017-03-15", "CDN renewal", 31000, ""),
])

cust(name="Pacific Crew Manning Services", industry="Maritime / Staffing", web="pacificcrew-manning.example", city="Honolulu", state="HI",
     created="2016-05-09", label="positive", kind="labour_recruitment",
     desc="Crew manning agency for fishing vessels; recruits deckhands from SE Asia. Hosting + small ad acct.",
     why="Plain case: the first red flag is the customer's own build request for a crew portal that keeps recruitment-debt ledgers, releases crew only at zero debt and logs passports as held at the office.",
     story=[
    N("2016-05-12", "Onboarding", "Crew agency site, applicant forms, vessel list. Owner + ops mgr.", own="ae"),
    C("2018-03-06", "2018-03-20", "PS request - crew portal", "Cust wants crew portal: each crewman's 'recruitment debt' ledger w/ deductions for food, gear, airfare; field 'release only when debt = 0'; passports logged as 'held at office for safekeeping'; crew can't view own contract. 3-yr contracts, no shore-leave field.",
      "Scoped, quote sent $18k.", own="se", ev=True, typ="Feature Request"),
    O("2018-04-02", "2018-04-25", "Crew portal PS", 18000, "", typ="New Business"),
])
# ======================= HARD NEGATIVES =======================
cust(name="ClearCart Payments Inc", industry="Financial Services / Payments", web="clearcart-payments.example", city="Austin", state="TX",
     created="2013-04-22", label="negative", kind="hard:payments_offboards_merchants", rev=18000000, emp=120,
     desc="Payment facilitator for small online merchants. Hosts merchant storefront builder + API on our dedicated + CDN.",
     why="ClearCart is the one detecting and terminating its own sub-merchants for escort ads and filing SARs; it asks us only for logs to support that work.",
     story=[
    C("2015-10-07", "2015-10-14", "Log export for risk team", "ClearCart risk team: 'we terminated 14 sub-merchants last month for escort ads dressed up as massage booking pages'. Need CDN access logs for those storefront subdomains for their SAR filing.",
      "Exported 60 days of logs for the 14 subdomains via secure link. Cust confirmed rcpt.", own="se", typ="Question"),
    N("2015-10-20", "FYI from cust compliance", "ClearCart filed a SAR on a merchant network (shared owner across 9 storefronts). Said LE may reach out to us for logs; pointed them to legal@.", own="csm"),
    E("2016-06-09", "Compliance review w/ ClearCart", "They walked us thru merchant screening: keyword scans on storefront text, MCC 7273/5967 auto-declined, manual review of any 'massage' or 'companion' merchant. Asked if our CDN can tag subdomains for faster takedown.", own="csm"),
    C("2017-02-13", "2017-02-15", "Bulk subdomain takedown API", "Cust wants API to disable a merchant subdomain at edge in <5 min when their risk team offboards.", "Delivered via existing purge + block rule API. Docs sent.", own="se", typ="Feature Request"),
])

cust(name="Bazaarly Marketplace", industry="E-commerce / Marketplace", web="bazaarly.example", city="Portland", state="OR",
     created="2013-09-02", label="negative", kind="hard:marketplace_offboards_sellers", rev=26000000, emp=210,
     desc="Online marketplace for handmade goods + local services. CDN, image hosting, ad acct.",
     why="Bazaarly's trust & safety team delists and bans its own sellers who post sexual services and asks us for image-matching help; the customer is policing abuse, not committing it.",
     story=[
    E("2015-03-18", "T&S sync", "Their T&S lead: 'we kicked off ~200 sellers last qtr listing massage w/ hourly rates + outcall'. Wants to know if our CDN can hash images so re-uploads of banned photos get blocked.", own="csm"),
    C("2015-04-02", "2015-04-30", "Image hash blocklist at edge", "FR: block list of image hashes at upload endpoint, list maintained by cust T&S.", "Built as edge worker, cust maintains list. Live 4/28.", own="se", typ="Feature Request"),
    N("2016-08-11", "Delisting stats", "Cust says escort-type listings were delisted within 2h median, 0.2% of new listings. Suspected-minor cases go to NCMEC + local PD. Passing along b/c they may cite us in their transparency report."),
    C("2018-01-22", "2018-01-29", "LE contact for T&S", "Cust asks who at our co. handles LE requests, their T&S gets police asks about banned sellers.", "Gave legal@ and our LE guide URL.", own="legal", typ="Question"),
])

cust(name="Tandem Merchant Services", industry="Financial Services / Payments", web="tandem-merchant.example", city="Columbus", state="OH",
     created="2014-01-15", label="negative", kind="hard:payments_offboards_merchants",
     desc="ISO / merchant acquirer. Hosts merchant portal + underwriting tools.",
     why="Merchants were MATCH-listed and cut off by Tandem itself after LE inquiries; the records show an acquirer enforcing its rules, not joining a venture.",
     story=[
    N("2016-03-04", "Underwriting tools", "Cust building an underwriting queue on our VPS. Their CRO: 'we cut off a spa chain last month after the owner was indicted - never again w/o site review'.", own="se"),
    C("2016-11-15", "2016-11-18", "Storage for MATCH docs", "Per AE: Tandem MATCH-listed 3 merchants after an FBI inquiry about them; cust needs encrypted storage for the file evidence, 7 yr retention.",
      "Provisioned encrypted object storage bucket, retention lock 7y.", own="se", typ="Question"),
    T("2017-05-30", "Call - CRO", "CRO: they now screen for escort / 'companionship' merchants at boarding; two were declined this month. Wants our web-scan add-on for merchant sites.", own="ae"),
    O("2017-06-15", "2017-07-10", "Web-scan add-on", 8400, "From CRO call.", typ="Existing Business"),
])

cust(name="Open Door Freedom Coalition", industry="Non-Profit", web="opendoor-freedom.example", city="Minneapolis", state="MN",
     created="2014-06-30", label="negative", kind="hard:ngo", atype="Customer - Nonprofit",
     desc="Anti-trafficking nonprofit: hotline site, survivor intake, trainings. Nonprofit hosting discount.",
     why="An anti-trafficking charity whose intake asks about held passports, debts and minors, and which was itself attacked; it helps survivors.",
     story=[
    C("2014-09-10", "2014-09-16", "Intake form fields", "Need help w/ survivor intake form: 'Does someone else hold your passport/ID?', 'Do you owe money to the person you work for?', 'Are you under 18?'. Must be TLS + not logged.",
      "Set up form w/ no server-side logging of body, encrypted at rest. Cust happy.", own="se", typ="Feature Request"),
    T("2015-02-12", "Spanish intake form", "Cust sent ES copy for intake: '¿Alguien más guarda su pasaporte o identificación?', '¿Debe dinero a la persona para quien trabaja?', '¿Tiene menos de 18 años?'. Deployed same settings as EN form.", own="se"),
    C("2016-02-23", "2016-02-24", "DDoS on hotline page", "Hotline page down. Cust thinks it's b/c they published a report naming local traffickers' websites.", "L7 attack, mitigated w/ WAF rules + rate limit. Up in 40 min.", own="sup2", typ="Problem", prio="High"),
    N("2016-03-01", "Nonprofit renewal", "Renewed at nonprofit rate. Asked to stay anonymous in our case studies b/c of safety.", own="csm"),
    T("2018-10-04", "Quick exit button", "Cust wants 'quick exit' button that clears history on hotline site for victims browsing from trafficker's phone. Sent JS snippet.", own="se"),
])

cust(name="Safe Harbor Youth Shelter", industry="Non-Profit / Social Services", web="safeharbor-youth.example", city="Sacramento", state="CA",
     created="2015-03-09", label="negative", kind="hard:shelter", atype="Customer - Nonprofit",
     desc="Residential shelter for youth incl. minors recovered from trafficking. Donor site + staff portal.",
     why="A shelter caring for trafficked minors; the mentions of minors, police placements and hidden addresses describe its protective work.",
     story=[
    N("2015-03-12", "Onboarding - sensitive", "Shelter address must never appear on site, WHOIS, or invoices. Residents are minors, many placed by police/CPS after being recovered from trafficking.", own="ae", private="true"),
    C("2016-07-19", "2016-07-20", "Staff portal access", "Case mgr locked out; needs access to resident files before a court hearing.", "Reset + 2FA re-enrolled.", typ="Question"),
    C("2017-11-06", "2017-11-08", "Suspicious login attempts", "Alerts on staff portal, many failed logins from one IP. Cust worried a trafficker is looking for a resident.", "Blocked IP range, forced pw reset for all staff, advised cust to file police report (they did).", own="ts", typ="Problem", prio="High"),
    E("2018-05-15", "Grant-funded upgrade", "Reviewed budget for new portal w/ audit trail for safeguarding reviews.", own="csm"),
])

cust(name="Reyes & Okafor LLP", industry="Legal Services", web="reyes-okafor-law.example", city="Atlanta", state="GA",
     created="2015-08-17", label="negative", kind="hard:law_firm",
     desc="Plaintiffs' firm representing trafficking survivors in civil suits (incl. vs hotels). Client portal + doc hosting.",
     why="A law firm suing traffickers and hotels on behalf of survivors; its records about subpoenas, minors and hotels concern its clients' cases.",
     story=[
    C("2016-04-11", "2016-04-15", "Large upload failing", "Discovery production (40GB) from a hotel chain defendant won't upload to portal.", "Raised upload limit, used chunked upload. Done.", own="sup", typ="Problem"),
    N("2016-09-02", "FYI", "Firm represents survivors of sex trafficking incl. several who were minors at the time; portal holds sensitive exhibits. Asked for access logging on every file view.", own="csm"),
    C("2017-06-28", "2017-07-06", "Subpoena question", "Firm got a subpoena from a defendant motel for portal metadata; asks whether we hold copies.", "Legal explained we only hold encrypted blobs + access logs; firm's counsel handling. FYI firm also coordinates w/ the DA's victim-witness unit on the criminal side.", own="legal", typ="Legal Request"),
    O("2018-02-01", "2018-02-20", "Portal expansion", 7200, ""),
])

cust(name="Lakeshore Hospitality Group", industry="Hospitality", web="lakeshore-hospitality.example", city="Milwaukee", state="WI",
     created="2013-05-06", label="negative", kind="hard:hotel_reporting", rev=64000000, emp=900,
     desc="Owns/operates 22 hotels. Booking platform on our managed hosting + CDN, ad acct.",
     why="A hotel group building a staff 'report trafficking' workflow, training and a police-request process; the one incident shows staff calling police on a guest.",
     story=[
    C("2016-01-25", "2016-02-12", "Report trafficking button", "Cust building a 'report suspected trafficking' button in staff intranet, goes to their security team + hotline number. Needs SSO + audit log.",
      "SE helped w/ SSO + logging. Live 2/12.", own="se", typ="Feature Request"),
    T("2016-03-14", "Host training videos", "Cust wants to host staff training videos on recognizing trafficking (signs at front desk / housekeeping). Set up private video bucket.", own="se"),
    N("2017-04-03", "FYI from cust", "Night auditor at their Kenosha property called police on a guest; 1 arrest. Cust says process worked. They want our log retention clarified for future police requests.", own="csm"),
    C("2017-04-05", "2017-04-10", "LE request process", "Cust legal asks how to route police requests for booking data.", "Sent our LE guide; advised them to require legal process.", own="legal", typ="Question"),
])

cust(name="Kindred Dating App", industry="Internet / Dating", web="kindred-dating.example", city="San Francisco", state="CA",
     created="2015-11-02", label="negative", kind="hard:dating_low_spam", rev=15000000, emp=75,
     desc="Dating app backend + CDN for photos. Ad acct for installs.",
     why="A dating app reporting escort/spam profiles at about 0.4% and removing them, with NCMEC reporting; the customer fights the abuse.",
     story=[
    E("2016-09-21", "T&S roadmap call", "Their T&S: escort + scam profiles ~0.4% of signups, removed median 3h. Want photo-hash check at our CDN upload. Any suspected minor is banned + reported to NCMEC.", own="csm"),
    C("2016-10-10", "2016-10-28", "Upload hook", "Need pre-upload hook to call their classifier before image is cached.", "Edge worker deployed.", own="se", typ="Feature Request"),
    N("2018-01-15", "Transparency report", "Cust's report: 0.3% accounts removed for sex-solicitation, 0.01% escalated to LE. They credit edge hook."),
    O("2018-03-01", "2018-03-30", "Install ads Q2", 40000, "", typ="Existing Business"),
])

cust(name="SwapBoard Community Classifieds", industry="Internet / Online Classifieds", web="swapboard-classifieds.example", city="Boise", state="ID",
     created="2014-02-17", label="negative", kind="hard:classifieds_low_spam",
     desc="Local classifieds (buy/sell, jobs, rentals). No adult section. Shared hosting + CDN.",
     why="A small classifieds site with no adult section whose escort spam is under half a percent and auto-removed; the police request concerns a stolen bike.",
     story=[
    N("2014-02-20", "Onboarding", "Local classifieds, no personals/adult. Owner strict on that.", own="ae"),
    C("2015-06-08", "2015-06-10", "Spam filter help", "Owner: some escort spam getting thru in 'services', <0.5% of posts, wants keyword + phone blocklist at submit.",
      "Set up WAF rule w/ their blocklist, rejects post + logs. Spam basically gone.", own="se", typ="Feature Request"),
    C("2017-08-14", "2017-08-21", "Police request - stolen bike", "Boise PD asks for poster IP for a listing selling a stolen bike (cust reported it to them).", "Told PD to send legal process; produced after subpoena.", own="legal", typ="Legal Request"),
])

cust(name="Millbrook County Sheriff's Office", industry="Government / Law Enforcement", web="millbrook-sheriff.example", city="Millbrook", state="PA",
     created="2014-08-11", label="negative", kind="hard:police", atype="Customer - Government",
     desc="County sheriff. Public site, press releases, tip line page. Gov pricing.",
     why="A sheriff's office whose records mention trafficking stings, tip lines and minors because it investigates these crimes.",
     story=[
    C("2016-01-12", "2016-01-13", "Tip line page", "Need new page for human trafficking tip line, form must go to HT unit inbox only, no analytics.", "Done, analytics excluded.", own="sup", typ="Feature Request"),
    N("2016-10-20", "Traffic spike", "Press release on 'Operation Night Watch' (joint w/ DA + AG task force; 12 arrests, 2 minors recovered) got 50x traffic. CDN handled it.", own="csm"),
    T("2017-05-02", "Procurement", "County procurement needs sole-source letter for renewal. Sent.", own="ae"),
    C("2018-09-17", "2018-09-18", "Records request to us?", "Sheriff's records clerk asked if we could provide IP logs for a ticket on their own tip form (spam).", "Clarified it's their data, exported from their own panel.", typ="Question"),
])

cust(name="Northgate University Exploitation Research Lab", industry="Education / Research", web="northgate-exploitlab.example", city="Evanston", state="IL",
     created="2016-01-18", label="negative", kind="hard:research", atype="Customer - Education",
     desc="University lab studying online sex-trafficking markets. VPS for crawler + storage.",
     why="A research lab scraping escort ads to study trafficking under IRB rules; it studies the problem, it does not run it.",
     story=[
    N("2016-01-22", "Onboarding", "Lab crawls public escort ad sites for research on trafficking indicators. IRB approved, PI wants encrypted storage + no public access.", own="ae"),
    C("2016-05-10", "2016-05-12", "Abuse complaint vs lab crawler", "Site owner complained our IP is scraping their ads.", "Lab confirmed crawler, respects robots? no; PI adjusted rate + contact header. Complaint closed.", own="ts", typ="Abuse Report"),
    E("2017-03-07", "Data retention call", "PI: dataset has phone numbers from ads; must purge raw text after 2 yrs per IRB. Set lifecycle rule.", own="se"),
    O("2018-08-20", "2018-09-10", "Grant renewal - storage", 6000, "", typ="Existing Business"),
])

cust(name="Summit Seasonal Staffing", industry="Staffing & Recruiting", web="summit-seasonal.example", city="Park City", state="UT",
     created="2013-10-21", label="negative", kind="hard:staffing_ordinary",
     desc="H-2B seasonal staffing for ski resorts. Site + job ads.",
     why="An ordinary visa staffing agency: no worker fees, housing at posted cost, a clean DOL audit; the flagged ad was an automatic false positive.",
     story=[
    C("2015-09-14", "2015-09-15", "Ad flagged - 'housing provided'", "Auto review flagged 'Visa sponsored, housing provided' ad (employment + housing keywords).", "Manual review: ad states no fees to workers, rent $250/mo posted, employer pays visa costs. Approved.", own="ts", typ="Ad Review"),
    N("2016-12-05", "Cust FYI", "Cust passed a DOL audit, wants 'No recruitment fees - ever' banner across site. Done."),
    T("2017-10-02", "Applicant portal", "Workers can download own contract + pay stubs in portal; cust asked for Spanish + Tagalog translations.", own="se"),
])

cust(name="Serenity Day Spa & Nail Bar", industry="Health & Wellness", web="serenity-dayspa.example", city="Scottsdale", state="AZ",
     created="2014-05-27", label="negative", kind="hard:spa_ordinary",
     desc="Day spa + nail salon, 1 location. Booking site + local ads.",
     why="An ordinary licensed spa; the massage ad flag was a keyword false positive and the late hours were a holiday promotion.",
     story=[
    C("2015-02-10", "2015-02-11", "Ad disapproved - massage", "'Couples massage special' ad auto-disapproved by adult-keyword filter.", "Reviewed: licensed LMTs listed on site, state lic # on page. Approved.", own="ts", typ="Ad Review"),
    T("2015-12-01", "Holiday hours", "Extend hours to 10pm in Dec for holiday gift cards. Update site banner.", own="csm"),
    C("2017-03-22", "2017-03-23", "Booking widget broken", "Online booking shows wrong therapist availability.", "Timezone setting wrong after DST. Fixed.", typ="Problem"),
])

cust(name="Northstar Model Management", industry="Modeling / Talent", web="northstar-models.example", city="Chicago", state="IL",
     created="2014-03-31", label="negative", kind="hard:modelling_agency",
     desc="Licensed modelling agency incl. kids/teen division. Portfolio site + ad acct.",
     why="A licensed modelling agency whose under-18 talent is handled with guardians, work permits and chaperones; the 'new faces' ad was fine.",
     story=[
    C("2015-08-03", "2015-08-05", "Ad flagged - ages", "Ad 'Open call: New Faces 13-17' flagged for minors.", "Reviewed: parent/guardian must attend, state child-performer permit required, no photos of minors shown in ad. Approved.", own="ts", typ="Ad Review"),
    N("2016-02-14", "Portfolio privacy", "Cust wants teen division profiles hidden from search engines + no contact info for under-18s; all contact via agency + guardian. Done.", own="se"),
    T("2017-09-11", "Renewal", "Renewed 2 yrs.", own="ae"),
])

cust(name="Cultural Bridge Au Pair", industry="Education / Exchange Programs", web="culturalbridge-aupair.example", city="Stamford", state="CT",
     created="2013-07-08", label="negative", kind="hard:au_pair",
     desc="Designated J-1 au pair sponsor. Host-family + au pair portals.",
     why="A regulated au-pair sponsor: au pairs keep their own passports, stipends are paid directly and there is a 24h hotline; nothing shows exploitation by the customer.",
     story=[
    N("2014-04-10", "Portal", "Au pair portal: stipend tracker (paid direct by host family), hours log (max 45/wk), 24h hotline link. Host family guide says au pair keeps own passport.", own="se"),
    C("2016-06-06", "2016-06-07", "Au pair can't log in", "Au pair in Denver locked out, wants to report issue w/ host family.", "Reset. Cust's local coordinator followed up, au pair rematched w/ new family.", typ="Question"),
    N("2016-06-09", "Portal msg fwd by cust", "Cust fwd'd msg from an au pair via portal for our ref on the new 'rematch' button: 'Je voudrais changer de famille, les enfants sont gentils mais on me demande de faire le ménage de toute la maison.' Their coordinator handled the rematch in 4 days; wants the button more visible.", own="csm"),
    T("2018-01-22", "Renewal", "Multi-yr renewal signed.", own="ae"),
])

cust(name="Harborline Freight", industry="Logistics", web="harborline-freight.example", city="Tacoma", state="WA",
     created="2013-03-12", label="negative", kind="hard:victim_of_crime",
     desc="Regional freight forwarder. Site, tracking portal, email.",
     why="The customer was the victim: a business-email-compromise fraud, a site breach, and an employee targeted by a sextortion scam.",
     story=[
    C("2016-05-17", "2016-05-20", "Phishing / wire fraud", "Cust AP wired $86k to fake vendor after spoofed email. FBI IC3 report filed by cust. Need mail logs.", "Exported logs, set DMARC p=reject. Cust's insurer involved.", own="sup2", typ="Problem", prio="High"),
    C("2017-09-02", "2017-09-05", "Site defaced", "Tracking portal defaced, possible data breach.", "Outdated plugin exploited. Restored, forensics report sent; cust notified customers per state law.", own="ts", typ="Problem", prio="High"),
    N("2018-02-27", "Sensitive - employee", "Cust HR: an employee is being extorted w/ intimate images by someone he met online ('sextortion'); police report filed. Asked us to block the extortionist's emails to company domain. Done.", own="sup", private="true"),
])

cust(name="Big Sky Travel Center", industry="Retail / Truck Stop", web="bigsky-travelcenter.example", city="Billings", state="MT",
     created="2014-10-06", label="negative", kind="hard:truck_stop",
     desc="3 truck stops w/ diners + showers. Loyalty site + ads.",
     why="A truck stop chain that trains staff to spot trafficking and called police; the arrested man was a visitor, not the customer.",
     story=[
    T("2016-04-19", "Host training page", "Cust wants page for staff: signs of trafficking in parking lot, who to call. Uses a driver-group's materials.", own="csm"),
    N("2017-08-08", "FYI", "Cust says a man was arrested in their lot after cashier called 911 about a girl, maybe 15 y/o, going truck to truck w/ an older man. Man was not an employee or tenant, just parked overnight. Police thanked staff. Local news ran it; traffic spike ok."),
    C("2017-08-09", "2017-08-10", "Press page", "Add press release + 'we cooperate w/ LE' statement to site.", "Done.", typ="Question"),
])

cust(name="Riverside Youth Soccer League", industry="Sports / Non-Profit", web="riverside-youthsoccer.example", city="Riverside", state="CA",
     created="2015-01-26", label="negative", kind="hard:safeguarding", atype="Customer - Nonprofit",
     desc="Youth soccer league, ages 5-18. Registration site + volunteer portal.",
     why="Mentions of minors, background checks and police are a youth league's safeguarding process and a reported equipment theft.",
     story=[
    C("2015-07-14", "2015-07-22", "Background check integration", "League wants volunteer coaches' background check status (from their screening vendor) shown in portal; no coach gets roster access w/o 'clear'.", "Integrated via API.", own="se", typ="Feature Request"),
    N("2016-09-30", "FYI", "League says one volunteer came back flagged, removed before season; they asked how to delete his portal acct + keep audit log. Done."),
    C("2017-03-03", "2017-03-10", "Police records request", "PD asks for login logs re stolen equipment from storage shed (league reported theft).", "Produced on subpoena.", own="legal", typ="Legal Request"),
])

cust(name="Pixelforge Web Agency", industry="Marketing / Web Design", web="pixelforge-agency.example", city="Denver", state="CO",
     created="2013-06-17", label="negative", kind="hard:ex_employee_arrested",
     desc="Web agency, reseller acct hosting ~60 client sites.",
     why="An FBI preservation request concerned a former employee's personal sites; the agency had already fired him, cooperated, and nothing ties the agency or its client sites to the crime.",
     story=[
    C("2017-10-16", "2017-10-30", "FBI preservation request", "FBI preservation letter for 2 personal sites hosted under Pixelforge reseller acct, owned by a former Pixelforge developer arrested for child exploitation images.",
      "Preserved. Agency owner said dev was fired in July for unrelated reasons, gave FBI full access + revoked his logins. No client sites involved per FBI.", own="legal", typ="Legal Request", prio="High"),
    N("2017-11-02", "Follow up", "Agency removed the 2 sites after FBI ok. Audit of other client sites found nothing. Owner shaken, wants 2FA forced for all.", own="csm"),
])

cust(name="Sunrise Travel & Tours", industry="Travel", web="sunrise-travel-tours.example", city="Houston", state="TX",
     created="2014-02-24", label="negative", kind="hard:routine_renewal_ambiguous",
     desc="Small travel agency, group tours. Site + ads.",
     why="A single ambiguous note about visas for a group of 20 young women was explained (a church choir tour) and the account renewed routinely.",
     story=[
    N("2016-05-16", "Odd q?", "Agent asked our ads team abt targeting 'visa assistance for 20 young women, Colombia to US'. Felt odd, flagged to CSM.", own="csm"),
    T("2016-05-18", "Follow up w/ cust", "Owner: it's a church youth choir tour (ages 19-24) w/ chaperones, singing in 6 parishes; sent itinerary + parish letter. Fine.", own="csm"),
    O("2016-07-01", "2016-07-15", "Renewal 2016-17", 1500, ""),
])
# ======================= ORDINARY =======================
for (nm, ind, web, city, st, cr, d) in [
    ("Crumb & Co Bakery", "Food & Beverage", "crumbandco-bakery.example", "Burlington", "VT", "2013-01-14", "Bakery w/ online cake orders. Shared hosting + local ads."),
    ("Brightsmile Family Dental", "Healthcare", "brightsmile-dental.example", "Boulder", "CO", "2014-08-04", "Dental practice, 2 offices. Site + booking."),
    ("Ledgerly Software", "Software / SaaS", "ledgerly-software.example", "Raleigh", "NC", "2015-04-13", "Small-business bookkeeping SaaS. VPS cluster + CDN + ad acct."),
    ("Coastline Logistics", "Logistics", "coastline-logistics.example", "Savannah", "GA", "2012-11-05", "Trucking + warehousing. Site, tracking portal."),
    ("Maple Street Books", "Retail", "maplestreet-books.example", "Ann Arbor", "MI", "2016-03-21", "Independent bookstore + webshop."),
    ("Tidewater Plumbing & Heating", "Home Services", "tidewater-plumbing.example", "Norfolk", "VA", "2013-09-30", "Plumbing contractor. Site + search ads."),
]:
    cust(name=nm, industry=ind, web=web, city=city, state=st, created=cr, label="negative", kind="ordinary", desc=d,
         why="Routine hosting and ads customer with nothing but ordinary support, billing and renewal records.", story=[])

# ---------------------------------------------------------------- build
rows = {k: [] for k in ["Account", "Contact", "Opportunity", "Case", "Task", "Event", "Note"]}
labels = []
case_no = [10040]
USED_NAMES = set()

def rand_date(rng, a, b):
    if b <= a:
        return a
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))

for i, c in enumerate(CUSTOMERS):
    rng = random.Random(1000 + i)
    acc_id = nid("001")
    created = D(c["created"])
    dom = c["web"]
    rows["Account"].append(dict(
        Id=acc_id, Name=c["name"], Type=c.get("atype", "Customer"), Industry=c["industry"], Website="www." + dom,
        Phone=f"({rng.randint(201,989)}) 555-{rng.randint(100,199):04d}", BillingStreet=f"{rng.randint(10,9800)} {c.get('street','Commerce St')}",
        BillingCity=c["city"], BillingState=c.get("state", ""), BillingPostalCode=c.get("zip", f"{rng.randint(10000,99999)}"),
        BillingCountry=c.get("country", "United States"), AnnualRevenue=f"{c.get('rev', rng.choice([250000, 800000, 1500000, 4200000, 12000000]))}.00",
        NumberOfEmployees=str(c.get("emp", rng.randint(4, 180))), Description=c["desc"], OwnerId=USERS[rng.choice(["ae", "ae2"])],
        CreatedDate=ts(created, rng)))
    # contacts
    contacts = []
    if "contacts" not in c:
        k = rng.randint(2, 3)
        c["contacts"] = []
        for t in rng.sample(TITLES, k):
            while True:
                fn, ln = rng.choice(FIRSTS), rng.choice(LASTS)
                if (fn, ln) not in USED_NAMES:
                    USED_NAMES.add((fn, ln)); break
            c["contacts"].append((fn, ln, t))
    for (fn, ln, title) in c["contacts"]:
        cid = nid("003")
        contacts.append(cid)
        rows["Contact"].append(dict(
            Id=cid, AccountId=acc_id, FirstName=fn, LastName=ln, Title=title,
            Email=f"{fn.lower()}.{ln.lower().replace(' ', '')}@{dom}", Phone=f"({rng.randint(201,989)}) 555-{rng.randint(100,199):04d}",
            MailingCity=c["city"], MailingCountry=c.get("country", "United States"),
            Birthdate=f"{rng.randint(1955,1994)}-{rng.randint(1,12):02d}-{rng.randint(1,28):02d}",
            OwnerId=USERS["csm"], CreatedDate=ts(created, rng)))
    cname = f"{c['contacts'][0][0]} {c['contacts'][0][1]}"
    end = D(c.get("end", "2020-06-30"))
    story = c["story"]
    n_target = c.get("n", rng.randint(19, 24))
    n_fill = max(0, n_target - len(contacts) - len(story))
    recs = list(story)
    objs = rng.choices(["Case", "Task", "Event", "Note", "Opportunity"], weights=[30, 28, 12, 14, 16], k=n_fill)
    for o in objs:
        d = rand_date(rng, created + dt.timedelta(days=20), end)
        if o == "Case":
            s, de, co = rng.choice(F_CASES)
            cl = d + dt.timedelta(days=rng.randint(0, 6))
            recs.append(dict(obj="Case", date=d, closed=cl, subject=s, desc=de.format(c=cname, w="www." + dom), comments=co,
                             own=rng.choice(["sup", "sup2"]), ev=False, typ=rng.choice(["Question", "Problem"]),
                             origin=rng.choice(["Email", "Web", "Phone"]), prio=rng.choice(["Low", "Medium"])))
        elif o == "Task":
            s, de = rng.choice(F_TASKS)
            if "onboarding" in s.lower():
                d = created + dt.timedelta(days=rng.randint(7, 40))
            recs.append(dict(obj="Task", date=d, subject=s, desc=de.format(n=rng.randint(200, 990)), own=rng.choice(["ae", "csm", "ar"]),
                             ev=False, status="Completed", prio="Normal", typ=rng.choice(["Call", "Email"])))
        elif o == "Event":
            s, de = rng.choice(F_EVENTS)
            if "onboarding" in s.lower():
                d = created + dt.timedelta(days=rng.randint(7, 40))
            recs.append(dict(obj="Event", date=d, subject=s, desc=de, loc=rng.choice(["Zoom", "Phone", "Customer office"]),
                             own=rng.choice(["csm", "se", "ae"]), ev=False, typ="Meeting", dur=rng.choice([30, 45, 60])))
        elif o == "Note":
            s, de = rng.choice(F_NOTES)
            recs.append(dict(obj="Note", date=d, title=s, body=de.format(c=cname, a="prev AE"), own="csm", ev=False, private="false"))
        else:
            s, ty, (lo, hi) = rng.choice(F_OPPS)
            q = f"Q{(d.month-1)//3+1} {d.year}"
            recs.append(dict(obj="Opportunity", date=d, close=d + dt.timedelta(days=rng.randint(7, 45)), name=s.format(q=q),
                             amount=rng.randint(lo // 50, hi // 50) * 50, desc="", stage=rng.choice(["Closed Won"] * 5 + ["Closed Lost"]),
                             typ=ty, own="ae", ev=False))
    recs.sort(key=lambda r: r["date"])
    ev_ids, ev_dates = [], []
    for r in recs:
        o = r["obj"]
        own = USERS[r["own"]]
        who = rng.choice(contacts)
        if o == "Note":
            rid = nid("002")
            rows["Note"].append(dict(Id=rid, ParentId=acc_id, Title=r["title"], Body=r["body"], IsPrivate=r["private"],
                                     OwnerId=own, CreatedDate=ts(r["date"], rng)))
            evd = r["date"]
        elif o == "Task":
            rid = nid("00T")
            rows["Task"].append(dict(Id=rid, WhatId=acc_id, WhoId=who, AccountId=acc_id, Subject=r["subject"], Description=r["desc"],
                                     ActivityDate=r["date"].isoformat(), Status=r["status"], Priority=r["prio"], Type=r["typ"],
                                     OwnerId=own, CreatedDate=ts(r["date"], rng)))
            evd = r["date"]
        elif o == "Event":
            rid = nid("00U")
            h = rng.randint(14, 20)
            st = dt.datetime.combine(r["date"], dt.time(h, rng.choice([0, 30])))
            en = st + dt.timedelta(minutes=r["dur"])
            rows["Event"].append(dict(Id=rid, WhatId=acc_id, WhoId=who, AccountId=acc_id, Subject=r["subject"], Description=r["desc"],
                                      Location=r["loc"], ActivityDate=r["date"].isoformat(),
                                      StartDateTime=st.strftime("%Y-%m-%dT%H:%M:%S.000+0000"), EndDateTime=en.strftime("%Y-%m-%dT%H:%M:%S.000+0000"),
                                      DurationInMinutes=str(r["dur"]), Type=r["typ"], OwnerId=own,
                                      CreatedDate=ts(r["date"], rng, hour=min(23, en.hour + 1))))
            evd = r["date"]
        elif o == "Case":
            rid = nid("500")
            case_no[0] += rng.randint(3, 60)
            cr_h = rng.randint(12, 17)
            cr = ts(r["date"], rng, hour=cr_h)
            if r["closed"] is not None:
                cl_h = cr_h + rng.randint(2, 5) if r["closed"] == r["date"] else rng.randint(12, 22)
                cl = ts(r["closed"], rng, hour=cl_h)
                status, isc = "Closed", "true"
            else:
                cl, status, isc = "", rng.choice(["New", "Working", "Escalated"]), "false"
            rows["Case"].append(dict(Id=rid, CaseNumber=f"{case_no[0]:08d}", AccountId=acc_id, ContactId=who, Subject=r["subject"],
                                     Description=r["desc"], Status=status, Priority=r["prio"], Origin=r["origin"], Type=r["typ"],
                                     IsClosed=isc, OwnerId=own, CreatedDate=cr, ClosedDate=cl, Comments=r["comments"]))
            evd = r["closed"] if r["ev"] == "close" else r["date"]
        else:
            rid = nid("006")
            won = r["stage"] == "Closed Won"
            closed = r["stage"].startswith("Closed")
            rows["Opportunity"].append(dict(Id=rid, AccountId=acc_id, Name=f"{c['name']} - {r['name']}", Type=r["typ"], StageName=r["stage"],
                                            Amount=f"{r['amount']:.2f}", Probability="100" if won else ("0" if closed else "60"),
                                            CloseDate=r["close"].isoformat(), IsClosed="true" if closed else "false",
                                            IsWon="true" if won else "false", Description=r["desc"], OwnerId=own, CreatedDate=ts(r["date"], rng)))
            evd = r["date"]
        if r["ev"]:
            ev_ids.append(rid)
            ev_dates.append(evd)
    if c["label"] == "positive":
        kf = max(ev_dates).isoformat()
        labels.append(dict(AccountId=acc_id, label="positive", kind=c["kind"], knowable_from=kf,
                           evidence_ids=";".join(ev_ids), rationale=c["why"]))
    else:
        labels.append(dict(AccountId=acc_id, label="negative", kind=c["kind"], knowable_from="", evidence_ids="",
                           rationale=c["why"]))

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
        w = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\n")
        w.writerow(cols)
        for r in data:
            w.writerow([r[k] for k in cols])

for k, cols in COLS.items():
    write(f"{k}.csv", [x.strip() for x in cols.split(",")], rows[k])
write("labels.csv", ["AccountId", "label", "kind", "knowable_from", "evidence_ids", "rationale"], labels)
print({k: len(v) for k, v in rows.items()}, "labels", len(labels))
