#!/usr/bin/env python3
"""Author part E of the relationship evaluation set (fictional hosting provider CRM)."""
import csv, os, random, datetime as dt

TAG = "EVE"
OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(4417)

USERS = {  # OwnerId keys
    "ae": "005EVE000000000001",   # sales rep
    "ae2": "005EVE000000000002",  # sales rep
    "csm": "005EVE000000000003",  # customer success
    "sup": "005EVE000000000004",  # support engineer
    "sup2": "005EVE000000000005", # support engineer
    "sup3": "005EVE000000000006", # support engineer
    "tns": "005EVE000000000007",  # abuse/trust desk lead
    "tns2": "005EVE000000000008", # abuse/trust analyst
    "se": "005EVE000000000009",   # solutions engineer / prof services
    "bill": "005EVE000000000010", # billing / AR
}

counters = {}
def nid(prefix):
    counters[prefix] = counters.get(prefix, 0) + 1
    return f"{prefix}{TAG}{counters[prefix]:012d}"

def D(s):
    return dt.date.fromisoformat(s)

def dtime(d, h=None, m=None):
    if h is None:
        h = rng.randint(13, 23)
    if m is None:
        m = rng.randint(0, 59)
    return f"{d.isoformat()}T{h:02d}:{m:02d}:{rng.randint(0,59):02d}.000+0000"

# ---- record constructors (story data) ----
def N(date, title, body, by="csm", priv=False, ev=False, k=False):
    return dict(t="N", date=date, title=title, body=body, by=by, priv=priv, ev=ev, k=k)

def T(date, subj, desc, by="ae", typ="Call", status="Completed", who=None, pri="Normal", ev=False, k=False):
    return dict(t="T", date=date, subj=subj, desc=desc, by=by, typ=typ, status=status, who=who, pri=pri, ev=ev, k=k)

def E(date, subj, desc, loc="", dur=30, by="ae", typ="Meeting", who=None, ev=False, k=False):
    return dict(t="E", date=date, subj=subj, desc=desc, loc=loc, dur=dur, by=by, typ=typ, who=who, ev=ev, k=k)

def O(date, name, typ, stage, amt, desc="", by="ae", ev=False, k=False):
    return dict(t="O", date=date, name=name, typ=typ, stage=stage, amt=amt, desc=desc, by=by, ev=ev, k=k)

def C(date, subj, desc, com="", after=2, status=None, pri="Medium", origin="Email", typ="Technical",
      who=0, by="sup", ev=False, k=False):
    return dict(t="C", date=date, subj=subj, desc=desc, com=com, after=after, status=status, pri=pri,
                origin=origin, typ=typ, who=who, by=by, ev=ev, k=k)

ACCOUNTS = []
def ACCT(**kw):
    ACCOUNTS.append(kw)

# =====================================================================
# A01 ordinary - bakery
ACCT(name="Crumb & Kettle Bakery", type="Customer", industry="Food & Beverage", web="crumbkettle.example",
     phone="(503) 555-0142", street="2210 SE Alder St", city="Portland", state="OR", zip="97214", country="USA",
     rev=850000, emp=14, desc="Neighborhood bakery, 2 locations. Site builder Pro + domain + online ordering add-on.",
     owner="ae", created="2013-02-11", until="2020-11-30",
     contacts=[("Hollis","Brandt","Owner","hollis","(503) 555-0143"),("Jenna","Okafor","Front of house mgr","jenna","(503) 555-0177")],
     label="ordinary", kind="ordinary", rationale="Bakery with routine site builder and ordering-plugin records only.",
     recs=[
      O("2013-02-20","Crumb & Kettle - Site Builder Pro","New Business","Closed Won",288,"annual, paid upfront"),
      T("2013-02-12","intro call","wants online preorder for holiday pies. pointed to ordering add-on trial"),
      C("2013-11-25","orders page slow","Thanksgiving preorders - page taking 8-10s. cust panicking.","Bumped to larger instance for 2 wks, cache on. Back to normal size 12/9.",after=1,pri="High",origin="Phone"),
      N("2015-06-03","2nd location","opening 2nd shop on Division. wants location picker on site. sent help article"),
      O("2017-03-01","Crumb & Kettle - ordering add-on upgrade","Upsell","Closed Won",540,"Square integration + pickup slots"),
      C("2018-12-19","gift card widget","Gift card widget not showing on mobile (iOS Safari).","Known bug in theme v3, patched. Cust confirmed.",after=3),
      T("2020-04-02","covid - pause billing?","Hollis asked if we can defer renewal 60d. Approved by Ruth, note on acct.",by="csm"),
     ])

# A02 POSITIVE escort_platform - classifieds site, keyword stripping build
ACCT(name="CityNights Media Group", type="Former Customer", industry="Internet Publishing", web="citynights-list.example",
     phone="(702) 555-0118", street="3900 Paradise Rd Ste 210", city="Las Vegas", state="NV", zip="89169", country="USA",
     rev=14000000, emp=38, desc="Local classifieds network (jobs, housing, for sale, personals) in ~60 US metros. 6 dedicated servers, managed MySQL, CDN.",
     owner="ae2", created="2013-03-04", until="2018-04-10",
     contacts=[("Darren","Voss","CTO","dvoss","(702) 555-0119"),("Kelly","Marchetti","Finance Dir","kmarchetti","(702) 555-0121"),
               ("Sam","Ruiz","Lead Moderator","sruiz","(702) 555-0124"),("Trent","Ashby","CEO","tashby","(702) 555-0120")],
     label="positive", kind="escort_platform",
     rationale="Classifieds customer whose revenue is personals ads, lost card processing, then paid our professional services to build a filter that strips youth terms from ads and still publishes them.",
     recs=[
      O("2013-03-15","CityNights - dedicated x6 + managed DB","New Business","Closed Won",86400,"3yr term. migrating off colo in Henderson"),
      E("2013-03-06","Kickoff w/ CityNights eng","migration plan, cutover window sun 2am PT","Zoom",60,by="se",who=0),
      N("2013-09-18","traffic mix","FYI from Darren on capacity call: ~70% of pageviews + almost all paid posts are in personals. rest of the site is basically free listings. sizing accordingly",by="ae2"),
      C("2014-05-07","Abuse report fwd - personals ad","Abuse desk rec'd web form report re ad on citynights-list.example personals (Phoenix). Reporter says girl in photos 'is 16, she is my niece'. Forwarded to customer per abuse policy, 48h to respond.",
        "Customer (S. Ruiz) replied ad removed. No further action. Closed.",after=2,origin="Abuse Desk",typ="Abuse",by="tns2",who=2,ev=True),
      O("2014-11-20","CityNights - CDN + 2 DB replicas","Upsell","Closed Won",31200,"growth in personals, new metros (Dallas, Atlanta, Miami)"),
      T("2015-07-08","billing - card declined","Kelly says their processor dropped them 'bc of the adult categories' effective 7/1, all card networks. Asks if we take BTC or wire from a new entity (Belize?). told her wire ok from same legal entity only, BTC no.",by="bill",who=1,ev=True),
      C("2015-10-14","PS request - posting pipeline filter","Darren wants Prof Services to write a pre-publish filter for their ad posting pipeline. Spec from their email: 'list of terms (teen, young, fresh, lolita, amber alert, school girl, etc) - strip them out of title+body and PUBLISH the ad anyway, do NOT reject, do NOT notify poster. we lose too many posts when mods reject.' Wants it live before Friday.",
        "Scoped by Felipe ~24h PS. SOW sent. Cust signed same day.",after=0,pri="High",typ="Feature Request",by="se",ev=True,k=True),
      O("2015-10-30","CityNights - PS posting filter SOW","Professional Services","Closed Won",9600,"24h @ 400/h. term list maintained by customer",by="se",ev=True),
      T("2015-11-06","filter go-live","deployed to prod. cust added ~300 more terms to list. they're happy, asked for 'fuzzy' matching next (t33n, y0ung).",by="se",typ="Other",ev=True),
      N("2016-06-22","Subpoena rec'd","Legal received a federal grand jury subpoena for subscriber + billing records of citynights-list.example. Per policy no notice to customer. Account flagged for Legal review before any changes.",by="tns",priv=True,ev=True),
      T("2017-01-12","cust call re press","Trent called re news about 'classified sites' Senate report, said 'not us, we're not the big one'. wants to lock in 2yr renewal at current price.",by="ae2",who=3),
      O("2017-03-01","CityNights - renewal 2yr","Renewal","Closed Won",118000,"renewed at flat rate, mgr approved discount",ev=True),
      C("2018-04-09","URGENT wipe + cancel","Darren requests immediate deletion of all backups, snapshots, logs and DB replicas, then cancel everything. 'today please'.",
        "NOT actioned - account under legal hold (see 2016 note). Legal + T&S notified. Services suspended on 4/10 at cust request, data preserved.",after=1,pri="High",origin="Phone",typ="Account",by="sup2",ev=True),
     ])

# A03 hard: payments provider offboarding its own merchants
ACCT(name="Ledgerline Payments Inc.", type="Customer", industry="Financial Services", web="ledgerline.example",
     phone="(415) 555-0166", street="140 Spear St Fl 9", city="San Francisco", state="CA", zip="94105", country="USA",
     rev=42000000, emp=160, desc="Payment facilitator for SMB merchants. Managed Postgres cluster (risk engine), object storage for KYC docs, VPC.",
     owner="ae", created="2016-05-02", until="2020-12-15",
     contacts=[("Anita","Sorensen","VP Risk & Compliance","asorensen","(415) 555-0167"),("Raj","Pillai","Head of Infra","rpillai","(415) 555-0170"),
               ("Greta","Lund","BSA Officer","glund","(415) 555-0173")],
     label="negative", kind="hard:payments_offboards_merchants",
     rationale="Payments customer that detects and terminates its own escort and trafficking-linked merchants and files reports; it is the detector, not the wrongdoer.",
     recs=[
      O("2016-05-20","Ledgerline - managed PG HA + storage","New Business","Closed Won",64000,"PCI scope review done"),
      E("2016-05-04","Ledgerline arch review","VPC layout, KYC doc bucket encryption, PG replicas for risk scoring","Ledgerline HQ",90,by="se",who=1),
      T("2017-02-14","retention question","Anita asked re 7yr retention for KYC + merchant termination files. their card network rules + BSA. quoted cold storage tier.",who=0),
      C("2017-08-03","Bulk export for LE request","Cust received a subpoena about one of THEIR merchants (an 'escort' ad site they terminated in June) and needs a bulk export of that merchant's txn history from their PG. Asked for help with a slow query.",
        "Helped w/ index on merchant_id. Export done by cust. Nothing required from us.",after=1,who=1,ev=True),
      N("2017-11-09","QBR notes","Risk team offboarded 212 merchants this yr for escort/adult ads + suspected trafficking indicators (card network rules). Want more GPU for their new image classifier. Very mature team.",by="csm",ev=True),
      O("2018-01-15","Ledgerline - GPU nodes for risk ML","Upsell","Closed Won",38500,"2x GPU nodes, 12mo"),
      C("2018-06-27","Alert: spike in KYC uploads","Monitoring flagged 40x KYC uploads. Cust confirms: re-verifying all merchants in 'dating' + 'massage' MCCs after they found miscoded merchants. Expected.",
        "No action. Raised bucket rate limit temporarily.",after=0,who=0,origin="Monitoring",ev=True),
      T("2019-03-05","Greta - SAR tooling","Greta wants a separate locked-down DB for SAR case files, only BSA team access. SE to propose.",by="se",who=2),
      C("2019-09-12","Audit log access","Need read-only audit logs for external auditor (FinCEN exam prep).","Granted auditor role. Closed.",after=2,who=2),
      O("2020-05-01","Ledgerline - renewal 2020","Renewal","Closed Won",91000,""),
     ])

# A04 ordinary dental
ACCT(name="Brightside Family Dental", type="Customer", industry="Healthcare", web="brightsidesmiles.example",
     phone="(614) 555-0133", street="88 N High St", city="Columbus", state="OH", zip="43215", country="USA",
     rev=2100000, emp=22, desc="3-dentist practice. Shared hosting + domain + email, booking widget.",
     owner="ae2", created="2014-08-19", until="2020-12-01",
     contacts=[("Maureen","Tate","Office Manager","maureen","(614) 555-0134"),("Dr. Peter","Albright","Owner DDS","palbright","(614) 555-0135")],
     label="ordinary", kind="ordinary", rationale="Dental practice with routine hosting, email and booking-widget records.",
     recs=[
      O("2014-08-25","Brightside - hosting+email","New Business","Closed Won",420,"6 mailboxes"),
      C("2015-01-08","email on iPhones","3 staff can't get mail on iPhone. IMAP settings.","Sent settings, walked Maureen thru. ok.",after=0,origin="Phone",who=0),
      C("2016-09-14","HIPAA?","Cust asks whether booking widget is HIPAA compliant. Wants BAA.","Explained widget stores only name/phone/time. No BAA on shared plan; offered managed tier. Cust declined.",after=4,who=1),
      T("2018-02-20","new hygienist mailbox","add mailbox for new hire, +1 seat",by="csm"),
     ])

# A05 POSITIVE illicit_massage
ACCT(name="Lotus Garden Wellness LLC", type="Customer", industry="Personal Services", web="lotusgardenwellness.example",
     phone="(713) 555-0191", street="9130 Bellaire Blvd Unit C", city="Houston", state="TX", zip="77036", country="USA",
     rev=600000, emp=9, desc="Massage/spa, 4 storefronts. 4x Site Builder Basic, domains, booking widget.",
     owner="ae", created="2016-02-09", until="2018-09-30",
     contacts=[("Gary","Fenwick","Owner","gary","(713) 555-0192"),("Rosa","Medina","Manager","rosa.m","(713) 555-0193")],
     label="positive", kind="illicit_massage",
     rationale="Massage storefronts with late hours and back-door entry, a manager saying the women have no papers, buyer-board reviews, and then a quoted call that police took the owner and the women living upstairs had nowhere to go.",
     recs=[
      O("2016-02-15","Lotus Garden - 4 sites","New Business","Closed Won",1150,"4 locations, monthly billing"),
      C("2016-04-11","booking hrs","Cust wants booking widget to allow slots until 2am, and text on every page 'Walk-ins: use rear door, ring buzzer'.","Configured 10am-2am. Text added by cust.",after=1,who=0,ev=True),
      C("2016-08-02","remove staff page","Chat w/ Rosa, she wants the 'Our Therapists' page deleted on all 4 sites. Her words: 'no pongan fotos de las chicas, el dueño no quiere, ellas no tienen papeles'. Removed pages.","done",after=0,origin="Chat",who=1,by="sup3",ev=True),
      C("2017-03-20","Backlink / review board","Abuse desk: third-party complaint that lotusgardenwellness.example links to a forum thread with graphic 'reviews' of the Bellaire location (mentions 'extras', prices 60/HH). Link is in the site footer.",
        "Cust (Gary) removed the footer link after 2nd notice. Closed w/ warning.",after=9,origin="Abuse Desk",typ="Abuse",by="tns2",who=0,ev=True),
      C("2017-11-21","change address on site","Rosa called, very upset, mostly in Spanish. Wants address for Bellaire location removed from site + maps. Quote (Aisha transl.): 'la policía vino el martes, se llevaron al señor Fenwick, y las muchachas que viven arriba no saben a dónde ir, no tienen pasaporte'.",
        "Removed address/map block. Told her we can't give legal advice.",after=0,origin="Phone",who=1,by="sup3",ev=True,k=True),
      N("2017-12-04","Records request - Harris Co.","Harris County Sheriff's Office records request for subscriber info on lotusgardenwellness.example in a prostitution / human trafficking investigation. Legal responded 12/8.",by="tns",priv=True,ev=True),
      O("2018-02-15","Lotus Garden - renewal","Renewal","Closed Won",1150,"auto-renew, card on file (G. Fenwick)",ev=True),
      T("2018-09-28","card expired","auto-pay failed, no reply from Gary or Rosa. 30 day grace then suspend.",by="bill"),
     ])

# A06 hard NGO
ACCT(name="Open Door Freedom Network", type="Customer", industry="Non-Profit", web="opendoorfreedom.example",
     phone="(312) 555-0150", street="711 W Madison St Ste 400", city="Chicago", state="IL", zip="60661", country="USA",
     rev=3400000, emp=31, desc="Anti-trafficking non-profit: survivor services, case management, outreach. Managed WordPress + managed DB for case mgmt app. Non-profit discount 30%.",
     owner="ae2", created="2015-01-20", until="2020-12-31",
     contacts=[("Lucia","Fernández","Exec Director","lfernandez","(312) 555-0151"),("Ben","Carver","IT Volunteer Lead","bcarver","(312) 555-0155"),
               ("Amara","Nwosu","Case Mgmt Director","anwosu","(312) 555-0158")],
     label="negative", kind="hard:ngo",
     rationale="Anti-trafficking charity whose intake forms and requests discuss passports, debts and minors in order to help survivors.",
     recs=[
      O("2015-02-01","ODFN - managed WP (nonprofit)","New Business","Closed Won",1680,"30% NP discount approved"),
      C("2015-06-10","intake form fields","Need help w/ conditional logic on intake form. Fields: 'Does someone else hold your passport or ID?', 'Do you owe money to an employer or recruiter?', 'Are you under 18?' -> if yes route to youth advocate. Spanish version: '¿Alguien tiene su pasaporte?'",
        "Fixed conditional logic (form plugin bug). Both languages ok.",after=3,who=1,ev=True),
      N("2016-03-02","security ask","Lucia worried traffickers could find survivors via the site. Wants case mgmt DB off the public web server, IP allowlist, 2FA. SE to scope.",by="ae2",ev=True),
      O("2016-04-15","ODFN - isolated DB + VPN","Upsell","Closed Won",4200,"case mgmt app for survivors; IP allowlist",by="se"),
      C("2017-07-19","DDoS on donate page","Donate page down. Looks like a small DDoS after their press release on a labor trafficking case they helped bring to LE.",
        "Mitigation on, WAF rule. Up in 40 min. Amara says they'll file a police report.",after=0,pri="High",origin="Phone",who=2,ev=True),
      T("2018-10-01","grant report data","Amara needs anonymized stats export (survivors served by typology) for a DOJ OVC grant report.",by="csm",who=2),
      C("2019-05-23","hotline chat widget","Want a Spanish/Portuguese chat widget for their tip line. Example msg they get: 'Meu patrão ficou com meu passaporte, o que eu faço?'",
        "Installed widget, routed to their on-call advocate. Closed.",after=2,who=1),
      O("2020-02-01","ODFN - renewal","Renewal","Closed Won",5900,"NP discount continued"),
     ])

# A07 POSITIVE labour_recruitment
ACCT(name="Horizon Global Manpower Inc.", type="Customer", industry="Staffing & Recruiting", web="horizonglobalmanpower.example",
     phone="(201) 555-0107", street="500 Frank W Burr Blvd", city="Teaneck", state="NJ", zip="07666", country="USA",
     rev=5200000, emp=24, desc="International recruitment agency placing workers (Philippines, Brazil) in US hospitality and meat processing. Business hosting, job portal app on managed DB.",
     owner="ae", created="2014-03-10", until="2018-02-28",
     contacts=[("Conrad","Mayhew","President","cmayhew","(201) 555-0108"),("Liza","Santos","Recruitment Coord","lsantos","(201) 555-0111"),
               ("Mark","Delaney","IT contractor","mdelaney","(201) 555-0114")],
     label="positive", kind="labour_recruitment",
     rationale="Recruiter charging workers fees tracked as loan balances against wages, and a worker's message to our support said the agency kept her passport, claimed she owed $6,000 and would not let her leave the housing; the ticket was closed without escalation.",
     recs=[
      O("2014-03-20","Horizon - business hosting + job portal","New Business","Closed Won",7800,"portal built by their contractor (Mark)"),
      C("2014-05-02","payment form","Candidates pay 'processing + placement fee' via portal. Need PCI-friendly form. Pointed to hosted payments integration.","done",after=3,who=2,ev=True),
      C("2014-09-16","portal - new dashboard field","Mark asks for help adding 'loan balance' + 'weekly deduction' fields to worker dashboard, pulled from payroll CSV.","DB migration ran ok.",after=1,who=2,ev=True),
      C("2015-06-17","msg to support from a 'worker'","Inbound email to support@ (not from acct contact): 'Por favor me ajudem, a agência Horizon ficou com meu passaporte e diz que eu devo 6.000 dólares. Não posso sair do alojamento. Não sei a quem pedir ajuda.' Sender gmail, no acct.",
        "Not our customer/not a hosting issue. Forwarded to acct contact at Horizon (Liza). Closed.",after=0,origin="Email",typ="Other",who=None,by="sup2",ev=True,k=True),
      C("2016-01-12","remove contact link","Cust wants the 'Contact support'/'Report a problem' link removed from worker portal, and outbound email from portal limited to @horizonglobalmanpower.example addresses only.",
        "Done per cust request.",after=1,who=0,ev=True),
      O("2016-03-01","Horizon - DB upgrade + 2nd portal (Brazil)","Upsell","Closed Won",6400,"portal.pt version for Brazil recruits",ev=True),
      N("2017-05-30","records request","US DOL Wage & Hour + HSI joint request for account holder info and portal logs for horizonglobalmanpower.example. Legal handling, preservation in place.",by="tns",priv=True,ev=True),
      T("2018-02-20","cancel","Conrad cancelling all services end of month, 'restructuring'.",by="csm",who=0),
     ])

# A08 hard hotel reporting
ACCT(name="Harborview Hotels Group", type="Customer", industry="Hospitality", web="harborviewhotels.example",
     phone="(617) 555-0180", street="1 Seaport Ln", city="Boston", state="MA", zip="02210", country="USA",
     rev=96000000, emp=1400, desc="11 hotels in New England. Managed hosting for booking site, staff intranet + LMS on managed k8s.",
     owner="ae2", created="2015-09-01", until="2020-12-31",
     contacts=[("Diane","Whitfield","Dir. Loss Prevention","dwhitfield","(617) 555-0181"),("Omar","Haddad","IT Manager","ohaddad","(617) 555-0184"),
               ("Claire","Beaumont","Training Manager","cbeaumont","(617) 555-0187")],
     label="negative", kind="hard:hotel_reporting",
     rationale="Hotel group building staff training, a report-suspected-trafficking button and a police-request workflow; it is fighting exploitation, not enabling it.",
     recs=[
      O("2015-09-20","Harborview - managed hosting booking","New Business","Closed Won",48000,""),
      E("2016-02-10","Intranet/LMS scoping","Diane wants a mandatory human trafficking awareness module for front desk + housekeeping, plus a 'report a concern' button that pages the LP on-call. SE to scope.","Harborview Seaport",60,by="se",who=0,ev=True),
      O("2016-04-01","Harborview - intranet + LMS k8s","Upsell","Closed Won",36000,"LMS + incident reporting app",by="se"),
      C("2016-09-28","report button - SMS","Report button should SMS LP on-call + log room #, time, staff ID. Twilio-style webhook failing.",
        "Fixed webhook auth. Tested from 3 properties.",after=2,who=1,ev=True),
      C("2017-04-05","police request process","Diane wants a form for LE requests for guest records (subpoena upload, badge #, case #) routed to legal. Needs retention 7y.",
        "Built form w/ their dev; storage bucket w/ retention lock.",after=6,who=0,ev=True),
      T("2018-01-18","LMS translation","Claire: module in Spanish + Portuguese + Haitian Creole for housekeeping. French too for Quebec staff ('Signes de traite des personnes').",by="csm",who=2),
      N("2019-06-12","QBR","LP says 9 reports via button in 2018, 2 referred to police, one involving a minor recovered by LE at a property. They credit the training. Want analytics dashboard.",by="csm",ev=True),
      O("2020-01-10","Harborview - renewal + analytics","Renewal","Closed Won",91000,""),
     ])

# A09 POSITIVE escort_platform 2 - companion directory
ACCT(name="Velvet Connect Ltd", type="Former Customer", industry="Internet Services", web="velvetconnect.example",
     phone="(305) 555-0129", street="1200 Brickell Ave Ste 1950", city="Miami", state="FL", zip="33131", country="USA",
     rev=9000000, emp=17, desc="Companion / adult dating directory. Cloud VMs x8, CDN, managed Redis.",
     owner="ae2", created="2012-08-14", until="2018-05-15",
     contacts=[("Nico","Barrett","Founder","nico","(305) 555-0130"),("Ilse","Gruber","Ops","ilse","(305) 555-0132"),("Jordan","Pike","Billing","billing","(305) 555-0136")],
     label="positive", kind="escort_platform",
     rationale="Escort directory whose card processing was cut off, which renamed its escort categories to 'dating' with the same listings, and which a state AG wrote to us about over missing juveniles advertised on it, after which we still upsold it.",
     recs=[
      O("2012-08-30","Velvet Connect - VMs + CDN","New Business","Closed Won",22000,"'companionship directory, 18+ verified' per cust"),
      N("2013-05-07","rev mix","Nico on call: paid listings are 'companions' ~95%, the rest is banner ads. Traffic heavy on Fri/Sat nights, 30 cities.",by="ae2",ev=True),
      T("2015-07-06","autopay failed","Jordan: 'Visa and MC cut us off last week, our merchant acct is closed'. Will pay by wire from new LLC (Velvet Media Holdings). Ok'd by AR after W-9.",by="bill",who=2,ev=True),
      C("2016-02-17","URL rename + 301s","Ilse wants all /escorts/<city>/ paths renamed to /dating/<city>/ with 301 redirects, keep SEO, sitemap regen. Same listings.",
        "Done, 30 cities, redirects verified. Ilse: 'same girls, new shelf lol'.",after=2,who=1,ev=True),
      N("2016-09-12","AG letter","Letter from the Office of the State Attorney General (FL) to us as host: two juveniles reported missing were advertised on velvetconnect.example 'dating' pages in July/Aug; requests preservation of subscriber and log data. Preservation done. Customer not notified per Legal.",by="tns",priv=True,ev=True,k=True),
      O("2016-11-01","Velvet Connect - CDN expansion","Upsell","Closed Won",14500,"cust wants EU edge nodes, 'moving some traffic offshore'",ev=True),
      C("2017-06-08","Redis latency","Redis p99 latency spikes at 11pm ET.","Scaled to 2 shards.",after=1,who=1),
      C("2018-04-11","migration ask","Nico asks for export of all VMs as images + help moving to a provider 'outside US jurisdiction'.",
        "Provided images. Nico mentioned 'the feds just took down the big one last week, we're not waiting around'. Account closing 5/15.",after=3,who=0,origin="Phone",ev=True),
     ])

# A10 hard dating low spam
ACCT(name="Kindred Match Inc.", type="Customer", industry="Internet Services", web="kindredmatch.example",
     phone="(512) 555-0160", street="600 Congress Ave Fl 14", city="Austin", state="TX", zip="78701", country="USA",
     rev=18000000, emp=85, desc="Dating app (iOS/Android). Managed k8s, PG, object storage for photos, GPU for moderation ML.",
     owner="ae", created="2017-01-09", until="2020-12-31",
     contacts=[("Hannah","Liu","Head of Trust & Safety","hliu","(512) 555-0161"),("Derek","Sol","VP Eng","dsol","(512) 555-0163")],
     label="negative", kind="hard:dating_low_spam",
     rationale="Dating app whose trust and safety team measures escort/spam profiles below 1%, removes them and reports to NCMEC and police.",
     recs=[
      O("2017-01-25","Kindred - k8s + PG","New Business","Closed Won",72000,""),
      N("2017-08-15","T&S call","Hannah: escort/commercial spam profiles ~0.4% of signups, auto-removed by classifier + manual review within 4h. Suspected minors go to NCMEC CyberTipline. Wants GPU for image model.",by="ae",ev=True),
      O("2017-10-01","Kindred - GPU moderation nodes","Upsell","Closed Won",26000,"moderation ML",by="se"),
      C("2018-04-19","LE request portal","Hannah wants a restricted bucket for law enforcement responses (subpoena PDFs, exports). Access only T&S leads.","IAM policy set. Closed.",after=2,who=0,ev=True),
      C("2019-02-07","photo bucket costs","Derek: photo storage cost spike.","Lifecycle rule for deleted profiles (30d). Saved ~18%.",after=5,who=1),
      T("2019-11-12","transparency report","Hannah sent their 2019 transparency report: 0.3% profiles removed for solicitation, 112 reports to NCMEC, 41 LE requests answered.",by="csm",who=0,ev=True),
      O("2020-01-25","Kindred - renewal","Renewal","Closed Won",118000,""),
     ])

# A11 POSITIVE motel
ACCT(name="Starlite Inn & Suites", type="Customer", industry="Hospitality", web="starliteinn.example",
     phone="(404) 555-0195", street="4420 Fulton Industrial Blvd SW", city="Atlanta", state="GA", zip="30336", country="USA",
     rev=1300000, emp=12, desc="2 budget motels (Fulton Industrial, Jonesboro Rd). Booking engine on shared hosting + managed guest Wi-Fi captive portal.",
     owner="ae", created="2014-04-22", until="2020-10-31",
     contacts=[("Vikram","Desai","Owner","vdesai","(404) 555-0196"),("Lonnie","Parks","Night Manager","lparks","(404) 555-0199")],
     label="positive", kind="motel",
     rationale="Motel that asked for hourly rates, to stop capturing guest ID and to purge Wi-Fi logs because police kept asking, whose manager shrugged off a juvenile recovered from a room, and which we renewed after.",
     recs=[
      O("2014-05-01","Starlite - booking + Wi-Fi portal","New Business","Closed Won",3900,"2 properties"),
      C("2015-03-30","hourly rates","Cust wants 'hourly' and '4hr' rate types in booking engine, cash-only flag.","Config'd. Engine supports min 1hr.",after=2,who=0,ev=True),
      C("2016-07-12","ID capture + wifi logs","Vikram: turn OFF ID photo capture at online check-in, and purge guest Wi-Fi session logs daily instead of 90d. Reason given: 'cops keep asking for them, it's a hassle'.",
        "Changed retention to 24h. ID capture disabled.",after=1,who=0,ev=True),
      N("2017-02-09","LE records request","Clayton Co. PD request for Wi-Fi logs Jan 25-29 re 'juvenile female recovered from room 112 at Starlite Jonesboro Rd, sex trafficking investigation'. Logs purged per cust config, only Jan 28-29 avail. Legal produced what we had.",by="tns",priv=True,ev=True),
      T("2017-02-10","called cust re LE request","Per Legal, called Lonnie re retention (not details). He said 'happens, girls come and go, not our business who guests bring in'. Wants to keep 24h purge.",by="tns2",who=1,ev=True,k=True),
      O("2017-05-01","Starlite - renewal","Renewal","Closed Won",4100,"",ev=True),
      C("2019-08-21","portal login page","cust wants 'no questions asked' text removed from portal splash.","done",after=0,who=1,ev=True),
     ])

# A12 hard police
ACCT(name="Marlow County Sheriff's Office", type="Customer", industry="Government", web="marlowsheriff.example",
     phone="(859) 555-0110", street="25 Courthouse Sq", city="Marlow", state="KY", zip="40999", country="USA",
     rev=0, emp=210, desc="County sheriff. Public site, anonymous tip portal, managed DB (CJIS-aligned enclave).",
     owner="ae2", created="2016-10-03", until="2020-12-31",
     contacts=[("Lt. Carla","Boone","Public Info Officer","cboone","(859) 555-0111"),("Sgt. Ray","Hutchins","IT / Records","rhutchins","(859) 555-0112")],
     label="negative", kind="hard:police",
     rationale="Sheriff's office whose tip portal and press releases about stings and minors recovered are law enforcement work.",
     recs=[
      O("2016-10-20","Marlow SO - gov hosting + tip portal","New Business","Closed Won",14000,"PO via county procurement"),
      C("2017-03-14","tip portal anon","Tip portal must not log IPs of tipsters. Human trafficking tip category with Spanish option.",
        "Disabled IP logging on that vhost, documented.",after=3,who=1,ev=True),
      N("2017-09-06","press traffic","PIO warned us: press release on a sting today ('4 arrested, 2 minors recovered from a motel on US-25'). Expect traffic.",by="csm",ev=True),
      C("2018-05-22","CJIS audit","Need our CJIS security addendum + audit logs for state audit.","Sent addendum, logs exported.",after=6,who=1),
      O("2019-07-01","Marlow SO - renewal FY20","Renewal","Closed Won",15500,""),
     ])

# A13 POSITIVE cam_platform
ACCT(name="LiveLoft Media Inc.", type="Former Customer", industry="Entertainment", web="liveloft.example",
     phone="(818) 555-0125", street="15300 Ventura Blvd Ste 500", city="Sherman Oaks", state="CA", zip="91403", country="USA",
     rev=7400000, emp=29, desc="Creator live-streaming + clip uploads (adult, 18+ verified per onboarding). Managed k8s, object storage, CDN.",
     owner="ae", created="2017-04-03", until="2019-06-30",
     contacts=[("Blake","Morrow","CEO","blake","(818) 555-0126"),("Tasha","Greer","Head of Product","tasha","(818) 555-0127"),("Quinn","Albers","DevOps","quinn","(818) 555-0128")],
     label="positive", kind="cam_platform",
     rationale="Adult cam platform that removed third-party age verification, brushed off reports of a minor performer, lost its processor, then drew a federal preservation letter about a 15-year-old and asked us to stop our abuse scanning of its storage.",
     recs=[
      O("2017-04-20","LiveLoft - k8s + storage + CDN","New Business","Closed Won",96000,"AUP adult addendum signed: 18+ age/ID verification via 3rd party (VerifyPoint)"),
      C("2018-06-04","egress to VerifyPoint","Quinn asks us to remove egress allow rule to VerifyPoint API. 'Product decided: signups dropped 60% w/ ID check, switching to self-attest checkbox'.",
        "Removed rule per cust. FYI'd T&S since adult addendum requires verification.",after=1,who=2,ev=True),
      C("2018-10-16","user reports - performer age","Abuse desk: 3 separate reports via our abuse form that performer 'lilbunny' on liveloft.example looks 14-15, one says 'she told chat she's in 9th grade'. Forwarded to cust.",
        "Blake replied 'she's 19, we checked'. No docs provided. Closed.",after=3,origin="Abuse Desk",typ="Abuse",by="tns2",who=0,ev=True),
      N("2019-02-11","processor","Tasha says Corvid Pay terminated them for 'content violations'. Asking us to host a crypto payment node + a 'lite' mirror domain.",by="ae",ev=True),
      N("2019-03-18","HSI preservation + cust ask","HSI preservation letter for liveloft.example storage and logs re CSAM complaint involving a 15 y/o performer. Same day Blake asked csm to 'turn off your abuse scanning on our buckets, we handle our own moderation' and to limit our access to aggregate metrics only. Declined; escalated to T&S/Legal.",by="tns",priv=True,ev=True,k=True),
      C("2019-04-02","bucket policy","Quinn tried to set bucket policy denying provider scanning role.","Reverted; policy violates AUP. Notice sent.",after=0,who=2,ev=True),
      T("2019-06-25","termination","AUP termination effective 6/30 per Legal; data preserved.",by="tns"),
     ])

# A14 hard research lab
ACCT(name="Calder University - Computational Social Science Lab", type="Customer", industry="Education", web="css-lab.calder.example",
     phone="(608) 555-0140", street="1220 Linden Dr", city="Madison", state="WI", zip="53706", country="USA",
     rev=0, emp=12, desc="University research lab. VMs + storage for a scraped ad corpus (IRB-approved trafficking research).",
     owner="ae2", created="2016-01-18", until="2020-08-31",
     contacts=[("Prof. Elena","Marquez","PI","emarquez","(608) 555-0141"),("Tom","Yates","PhD student","tyates","(608) 555-0144")],
     label="negative", kind="hard:research_lab",
     rationale="University lab scraping escort ads under IRB approval to study trafficking indicators for researchers and law enforcement.",
     recs=[
      O("2016-02-01","Calder CSS - research VMs","New Business","Closed Won",9800,"grant-funded, edu discount"),
      C("2016-11-03","abuse flag - scraper","Abuse desk: outbound crawler from our IPs hitting escort ad sites 200k req/day, storage has 3TB of escort ad text+images. Possible adult content hosting?",
        "PI provided IRB approval + NIJ grant letter: corpus used to train trafficking-indicator classifiers. Images hashed, no public access. Whitelisted w/ rate limit.",after=6,origin="Abuse Desk",typ="Abuse",by="tns2",who=0,ev=True),
      T("2017-04-20","storage encryption","Tom asks for KMS keys + bucket not public. done.",by="se",who=1),
      N("2018-05-09","FOSTA effect","Elena: after the April seizures the ad sites they scrape mostly went dark, moving crawler to archived data. Will downsize VMs.",by="csm",ev=True),
      O("2019-01-15","Calder CSS - renewal (downsized)","Renewal","Closed Won",4200,""),
     ])

# A15 ordinary logistics
ACCT(name="Northpeak Logistics", type="Customer", industry="Transportation", web="northpeaklogistics.example",
     phone="(801) 555-0171", street="3300 W 2100 S", city="Salt Lake City", state="UT", zip="84119", country="USA",
     rev=23000000, emp=140, desc="Regional LTL carrier. VMs for TMS, managed SQL, VPN to depots.",
     owner="ae", created="2013-06-05", until="2020-12-31",
     contacts=[("Brent","Kowalski","IT Director","bkowalski","(801) 555-0172"),("Sheila","Moss","Controller","smoss","(801) 555-0174")],
     label="ordinary", kind="ordinary", rationale="Freight carrier with routine infrastructure, VPN and billing records.",
     recs=[
      O("2013-06-20","Northpeak - TMS VMs + SQL","New Business","Closed Won",31000,""),
      C("2014-02-03","VPN to Ogden depot","site-to-site tunnel flapping","MTU issue, fixed.",after=1,who=0),
      E("2016-08-09","DR review","DR test for TMS, RPO 15m","Northpeak SLC",90,by="se",who=0),
      O("2017-01-10","Northpeak - DR region","Upsell","Closed Won",18000,""),
      C("2019-12-02","invoice PO #","Sheila needs PO number on invoices.","Added to billing profile.",after=1,typ="Billing",who=1,by="bill"),
     ])

# A16 POSITIVE domestic_work
ACCT(name="Hearth & Home Placements", type="Customer", industry="Staffing & Recruiting", web="hearthhomeplacements.example",
     phone="(571) 555-0102", street="8300 Greensboro Dr Ste 800", city="McLean", state="VA", zip="22102", country="USA",
     rev=1900000, emp=7, desc="Places live-in nannies and housekeepers (many from abroad) with private families. Site Builder Business + domain + email.",
     owner="ae2", created="2013-04-15", until="2019-03-31",
     contacts=[("Patricia","Lowell","Owner","plowell","(571) 555-0103"),("Amélie","Durand","Placement Coordinator","adurand","(571) 555-0104")],
     label="positive", kind="domestic_work",
     rationale="Live-in domestic worker agency advising employers to keep workers' passports, paying us to build a feature that alerts employers when a worker leaves the house, and asking us to delete a worker's quoted complaint of a held passport, months of unpaid wages and 18-hour days.",
     recs=[
      O("2013-04-20","Hearth & Home - Site Builder Business","New Business","Closed Won",480,""),
      C("2013-10-08","FAQ formatting","FAQ page accordion broken. FYI text in FAQ: 'Q: Should I keep my helper's passport? A: Yes, we recommend families keep travel documents in a safe place for the duration of the contract.'",
        "Fixed accordion (theme CSS). Content is cust's.",after=1,who=0,ev=True),
      O("2014-09-10","Hearth & Home - PS 'helper check-in' app","Professional Services","Closed Won",7200,"custom page + SMS: employer gets alert if helper's phone leaves home geofence. Pat: 'families worry they run off'",by="se",ev=True),
      C("2015-05-27","remove testimonial + block IP","Amélie asks us to delete a comment posted on the Testimonials page and block the poster's IP. Comment (French): 'Madame garde mon passeport et je ne suis pas payée depuis quatre mois. Je travaille de 6h à minuit, je ne peux pas sortir. Aidez-moi.' Amélie: 'just a disgruntled girl, please remove fast'.",
        "Comment removed; we don't block IPs on Site Builder - showed cust how to turn on comment moderation.",after=0,origin="Email",who=1,ev=True,k=True),
      O("2016-04-20","Hearth & Home - renewal + extra domain","Renewal","Closed Won",610,"added hearthhome-families.example",ev=True),
      C("2018-11-13","email forwarding","Set forwarding of info@ to Pat's personal.","done",after=0,who=0),
      T("2019-03-15","non-renewal","Pat closing business. no reason given.",by="csm",who=0),
     ])

# A17 hard law firm
ACCT(name="Reyes & Whitcombe LLP", type="Customer", industry="Legal", web="reyeswhitcombe.example",
     phone="(213) 555-0147", street="350 S Grand Ave Ste 2600", city="Los Angeles", state="CA", zip="90071", country="USA",
     rev=11000000, emp=34, desc="Plaintiff-side firm representing trafficking survivors (civil 1595 suits). Managed hosting, client portal, encrypted doc storage.",
     owner="ae", created="2017-06-12", until="2020-12-31",
     contacts=[("Maria","Reyes","Partner","mreyes","(213) 555-0148"),("Jon","Whitcombe","Partner","jwhitcombe","(213) 555-0149"),("Nadia","Farouk","IT/Office Mgr","nfarouk","(213) 555-0152")],
     label="negative", kind="hard:law_firm",
     rationale="Law firm suing motels and websites on behalf of trafficking survivors; its subpoenas and intake are advocacy.",
     recs=[
      O("2017-06-30","R&W - managed hosting + portal","New Business","Closed Won",16800,""),
      C("2017-09-18","portal intake","Intake questionnaire: 'Were you advertised online? Which site?', 'Were you under 18 at the time?' Need encrypted at rest + auto logout.",
        "Enabled encryption, 15m session timeout.",after=2,who=2,ev=True),
      N("2018-07-02","doc volume","Jon: they're serving subpoenas on a motel chain + 2 ad websites in a survivor suit; expect big productions. Need 5TB more.",by="ae",ev=True),
      O("2018-07-15","R&W - storage expansion","Upsell","Closed Won",6000,""),
      C("2019-10-30","client portal ES","Spanish portal for clients: 'Su información es confidencial'.","done",after=3,who=2),
      O("2020-06-30","R&W - renewal","Renewal","Closed Won",24000,""),
     ])

# A18 POSITIVE money_service
ACCT(name="QuickWire Remit LLC", type="Former Customer", industry="Financial Services", web="quickwireremit.example",
     phone="(646) 555-0163", street="45 Broad St Fl 6", city="New York", state="NY", zip="10004", country="USA",
     rev=6500000, emp=19, desc="Money transmitter / payment gateway for small merchants. VMs (PCI), managed PG, HSM.",
     owner="ae", created="2014-09-08", until="2017-06-30",
     contacts=[("Leon","Karas","CEO","lkaras","(646) 555-0164"),("Ivy","Chen","CTO","ichen","(646) 555-0165"),("Dmitri","Volkov","Compliance (part-time)","dvolkov","(646) 555-0168")],
     label="positive", kind="money_service",
     rationale="Payment gateway serving escort-ad and massage merchants that had us help miscode their merchant category, split payouts under reporting thresholds, lost its bank, and became subject of a federal subpoena while asking for 24h log retention.",
     recs=[
      O("2014-09-25","QuickWire - PCI VMs + PG","New Business","Closed Won",44000,""),
      N("2015-04-14","merchant mix","Leon: biggest merchants are 'online ad sites' + 'massage/spa chains', high ticket volume small amounts. Growing fast.",by="ae",ev=True),
      C("2016-03-09","descriptor mapping","Ivy asks SE to help build a table in their gateway remapping MCC 7273 (dating/escort) to 5999 for 'certain merchants' before submitting to acquirer.",
        "SE helped w/ schema + migration. Table live.",after=2,who=1,by="se",ev=True),
      C("2016-06-21","payout splitter","Feature help: auto-split merchant payouts > $10k into multiple transfers under $3k across 3 settlement accts.",
        "Helped tune cron job. Cust happy.",after=1,who=1,ev=True),
      N("2016-08-30","bank","Leon says sponsor bank terminated them over 'adult merchants'; now going through a nested relationship w/ a bank in another jurisdiction.",by="ae",ev=True),
      N("2017-01-19","grand jury subpoena","Federal grand jury subpoena (SDNY) for QuickWire server logs + account records re payments for an online escort ad site charged with facilitating prostitution and sex trafficking. Same week Ivy asked to cut log retention to 24h. Retention change blocked by Legal hold.",by="tns",priv=True,ev=True,k=True),
      T("2017-06-20","contract end","not renewing; cust moving infra.",by="csm"),
     ])

# A19 hard victim of crime - hacked site with escort spam
ACCT(name="Maple Street Hardware", type="Customer", industry="Retail", web="maplestreethardware.example",
     phone="(802) 555-0137", street="14 Maple St", city="Burlington", state="VT", zip="05401", country="USA",
     rev=1800000, emp=16, desc="Family hardware store. Shared hosting (WordPress) + domain + email.",
     owner="ae2", created="2012-05-21", until="2020-12-31",
     contacts=[("Gordon","Pell","Owner","gordon","(802) 555-0138"),("Ashley","Pell","Marketing","ashley","(802) 555-0139")],
     label="negative", kind="hard:victim_of_crime",
     rationale="Hardware store whose hacked WordPress site was injected with escort spam pages; it was the victim and cleaned up.",
     recs=[
      O("2012-05-30","Maple St - shared hosting","New Business","Closed Won",240,""),
      C("2018-03-12","abuse - escort spam pages","Abuse desk: Google safe browsing + 2 reports - maplestreethardware.example serving 4,000+ pages like '/young-escorts-burlington-new-girls'. Looks like compromised WP plugin.",
        "Site was hacked (outdated slider plugin). Cleaned, restored from 3/1 backup, passwords reset, plugin removed. Gordon filed report w/ local police + IC3. Not customer content.",after=2,pri="High",origin="Abuse Desk",typ="Abuse",by="tns2",who=0,ev=True),
      C("2018-03-20","search results still show spam","Ashley: Google still shows spam URLs.","Sent removal tool steps, sitemap resubmit.",after=3,who=1,ev=True),
      O("2018-04-01","Maple St - security add-on","Upsell","Closed Won",120,"WAF + malware scan"),
     ])

# A20 hard staffing ordinary (H-2A contractor, legit)
ACCT(name="Valley Harvest Staffing", type="Customer", industry="Agriculture", web="valleyharveststaffing.example",
     phone="(559) 555-0154", street="1800 E Olive Ave", city="Fresno", state="CA", zip="93701", country="USA",
     rev=12000000, emp=45, desc="Licensed farm labor contractor, H-2A. Site + worker pay-stub portal on managed hosting.",
     owner="ae", created="2015-11-02", until="2020-12-31",
     contacts=[("Rogelio","Campos","Owner","rcampos","(559) 555-0155"),("Beth","Sanford","Compliance Mgr","bsanford","(559) 555-0156")],
     label="negative", kind="hard:staffing_ordinary",
     rationale="Legitimate farm labour contractor whose housing, deduction and passport mentions are compliance paperwork, with workers keeping their own documents.",
     recs=[
      O("2015-11-15","Valley Harvest - hosting + pay portal","New Business","Closed Won",5200,""),
      C("2016-04-05","portal - deductions","Beth: pay stub page must itemize deductions (only those allowed under H-2A, e.g. none for housing, meals at DOL rate) and show hours. Spanish too.",
        "Template updated.",after=4,who=1,ev=True),
      C("2017-02-21","doc upload","Upload page for workers' visa copies. Beth: 'workers keep their own passports, we only keep scans for I-9'. Wants encryption.",
        "SSE on bucket, links expire.",after=2,who=1,ev=True),
      N("2018-08-14","DOL audit","Rogelio: DOL WHD audit of their housing + payroll closed with no findings. Wants to publish housing inspection certs on site.",by="csm",ev=True),
      T("2019-05-07","SMS worker msgs","worker reminder SMS in Spanish: 'Recuerden: el cheque llega el viernes, preguntas a la oficina'. ok'd sender ID.",by="sup",who=0),
      O("2020-11-01","Valley Harvest - renewal","Renewal","Closed Won",6100,""),
     ])

# A21 POSITIVE agriculture
ACCT(name="Ridgeback Farm Labor LLC", type="Customer", industry="Agriculture", web="ridgebackfarmlabor.example",
     phone="(229) 555-0117", street="Rt 3 Box 118", city="Tifton", state="GA", zip="31794", country="USA",
     rev=3000000, emp=6, desc="Farm labor contractor (vegetables, south GA). Site Builder + managed email + bulk SMS add-on.",
     owner="ae2", created="2016-03-28", until="2019-11-30",
     contacts=[("Wade","Ridgeway","Owner","wade","(229) 555-0119"),("Paco","Treviño","Crew boss","paco","(229) 555-0120")],
     label="positive", kind="agriculture",
     rationale="Farm labour contractor showing workers travel and housing debts and broadcasting through our SMS add-on that nobody leaves the ranch until the trip is paid and passports stay at the office.",
     recs=[
      O("2016-04-05","Ridgeback - Site Builder + email + SMS","New Business","Closed Won",960,""),
      C("2016-06-14","worker page","Wade wants a password page per worker showing 'balance owed: transport, housing, recruitment'.","Showed how to do members pages.",after=2,who=0,ev=True),
      C("2017-05-09","SMS bounces","Bulk SMS to 60 numbers failing (carrier filter). Msg body: 'Recuerden: nadie sale del rancho hasta pagar el viaje. Los pasaportes se quedan en la oficina. El que se vaya, lo buscamos.'",
        "Carrier flagged content. Re-registered sender. Sent ok.",after=1,who=1,ev=True,k=True),
      N("2018-03-02","preservation","HSI preservation request for ridgebackfarmlabor.example email + SMS logs. Legal handled.",by="tns",priv=True,ev=True),
      O("2018-04-05","Ridgeback - renewal","Renewal","Closed Won",980,"",ev=True),
      T("2019-11-20","suspended","non-payment, suspended.",by="bill"),
     ])

# A22 hard safeguarding - school district
ACCT(name="Westbrook Unified School District", type="Customer", industry="Education", web="westbrookusd.example",
     phone="(916) 555-0175", street="900 School Way", city="Westbrook", state="CA", zip="95699", country="USA",
     rev=0, emp=2300, desc="K-12 district. Managed hosting for district site, parent portal, safeguarding/incident module.",
     owner="ae2", created="2014-07-01", until="2020-12-31",
     contacts=[("Denise","Ortega","CIO","dortega","(916) 555-0176"),("Paul","Grady","Student Services Dir","pgrady","(916) 555-0178")],
     label="negative", kind="hard:safeguarding",
     rationale="School district whose safeguarding module, minors' data and police liaison mentions are ordinary child-protection work.",
     recs=[
      O("2014-07-15","Westbrook USD - managed hosting","New Business","Closed Won",28000,""),
      C("2015-09-02","safeguarding module roles","Student Services wants only counselors + SRO (school resource officer) to see incident reports involving minors (abuse, exploitation, runaway).",
        "Role config done.",after=3,who=1,ev=True),
      N("2016-01-25","training","Paul: all staff must complete mandated reporter + human trafficking awareness training (state req). Hosting the course videos.",by="csm",ev=True),
      C("2018-10-11","police records request","PD asked district for incident logs on a student runaway case. District wants export from module.",
        "Showed Denise export; district handles legal review.",after=1,who=0,ev=True),
      O("2019-07-01","Westbrook USD - renewal","Renewal","Closed Won",33000,""),
     ])

# A23 POSITIVE construction
ACCT(name="Apex Frame Subcontracting Inc.", type="Former Customer", industry="Construction", web="apexframe.example",
     phone="(469) 555-0106", street="2900 Wildwood Pkwy", city="Garland", state="TX", zip="75040", country="USA",
     rev=8800000, emp=75, desc="Framing / drywall subcontractor. VM for payroll portal + hosting.",
     owner="ae", created="2015-02-17", until="2018-10-31",
     contacts=[("Roy","Dunmore","Owner","rdunmore","(469) 555-0107"),("Kim","Tran","Office Admin","ktran","(469) 555-0109"),("Hector","Villa","Foreman","hvilla","(469) 555-0110")],
     label="positive", kind="construction",
     rationale="Subcontractor whose payroll portal deducts visa-fee and housing debts, which denied workers access to their own pay, listed workers' passports as held in the office safe, and whose owner was indicted for forced labour.",
     recs=[
      O("2015-03-01","Apex - payroll portal VM","New Business","Closed Won",4300,""),
      C("2015-08-24","payroll report","Kim: weekly report timing out. Cols include 'visa fee repayment', 'housing', 'transport', 'advance' deductions.","Indexed, ok.",after=1,who=1,ev=True),
      C("2016-05-03","worker logins","Roy wants worker logins disabled - only foremen see stubs. 'they don't need to see it'.","Done, role removed.",after=0,who=0,ev=True),
      C("2017-03-15","export for accountant","CSV export fails on 'passport_location' column (enum 'office safe'/'worker'). 38 of 40 = office safe.",
        "Fixed enum export.",after=1,who=1,ev=True),
      N("2018-08-07","indictment","News + DOJ release: Roy Dunmore (Apex Frame) indicted for forced labor and visa fraud; HSI preservation order rec'd for apexframe.example. Legal hold.",by="tns",priv=True,ev=True,k=True),
      C("2018-09-10","new account same card","Kim opened 'Summit Framing Group' account w/ same card + same portal image. Flagged by billing.",
        "T&S: hold, refer to Legal.",after=3,typ="Billing",by="bill",who=1,ev=True),
     ])

# A24 hard classifieds moderation
ACCT(name="SwapCorner Classifieds Inc.", type="Customer", industry="Internet Publishing", web="swapcorner.example",
     phone="(503) 555-0185", street="1120 NW Couch St", city="Portland", state="OR", zip="97209", country="USA",
     rev=21000000, emp=95, desc="General classifieds (cars, furniture, rentals, jobs). Managed k8s, PG, CDN.",
     owner="ae2", created="2014-10-06", until="2020-12-31",
     contacts=[("Rachel","Kim","Head of Trust & Safety","rkim","(503) 555-0186"),("Owen","Brooks","CTO","obrooks","(503) 555-0188")],
     label="negative", kind="hard:classifieds_moderation",
     rationale="Classifieds site whose keyword filter for youth and escort terms rejects and reports ads rather than cleaning and publishing them.",
     recs=[
      O("2014-10-20","SwapCorner - k8s + PG + CDN","New Business","Closed Won",68000,""),
      C("2015-08-11","PS - moderation pipeline","Rachel wants help making their pre-publish filter faster. Term list (teen, lolita, amber alert, 'new in town', roses/hr etc) -> BLOCK the ad, queue for human review, auto-report suspected minors to NCMEC. ~0.2% of posts hit.",
        "SE tuned queue workers. p95 down to 300ms.",after=5,who=0,by="se",ev=True),
      N("2016-11-04","T&S QBR","Rachel: no personals section ever; escort attempts banned + reported. 14 LE referrals this yr. Want log retention 2y for LE requests.",by="csm",ev=True),
      C("2018-04-12","FOSTA","Rachel: after FOSTA they see spillover escort posts into 'services'. Adding image hash matching. Need GPU.",
        "Quoted GPU nodes.",after=4,who=0,ev=True),
      O("2018-05-01","SwapCorner - GPU moderation","Upsell","Closed Won",22000,""),
      O("2020-10-01","SwapCorner - renewal","Renewal","Closed Won",135000,""),
     ])

# A25 POSITIVE review_board
ACCT(name="Hobbyist Lounge Forums", type="Former Customer", industry="Internet Publishing", web="hobbyistlounge.example",
     phone="(480) 555-0113", street="PO Box 7741", city="Scottsdale", state="AZ", zip="85261", country="USA",
     rev=400000, emp=3, desc="'Members forum for hobbyists'. 2 VMs (forum software + DB), paid membership.",
     owner="ae", created="2014-01-27", until="2017-09-30",
     contacts=[("Rick","Tolliver","Admin","admin","(480) 555-0114"),("'Mongo'","(handle)","Co-admin","mongo","(480) 555-0115")],
     label="positive", kind="review_board",
     rationale="Paid forum of city-by-city reviews of massage and escort providers that refused to remove a post about a very young non-English-speaking 'new girl' and asked us to block law-enforcement IP ranges.",
     recs=[
      O("2014-02-01","Hobbyist Lounge - 2 VMs","New Business","Closed Won",3600,""),
      C("2014-06-05","board permissions","Rick: set up 40 new sub-boards by city, each w/ 'AMP reviews' and 'Independent reviews' + 'VIP' paid section.",
        "Helped w/ forum perms config.",after=1,who=0,ev=True),
      C("2015-09-29","abuse complaint","Abuse desk: complaint from a woman saying a thread on hobbyistlounge.example posts her photo, phone and price; and a post in the Tucson board reads 'new girl at the Grant Rd spa, VERY young, no English, papa-san keeps her there 24/7, 100 HH'. Asked cust to remove.",
        "Rick removed the photo thread; refused the other ('reviews are free speech'). Escalated to T&S lead.",after=5,origin="Abuse Desk",typ="Abuse",by="tns2",who=0,ev=True),
      C("2016-04-18","firewall request","Rick asks us to block a list of IP ranges he says belong to 'vice squads and AG offices' + hide origin behind our proxy + WHOIS privacy. 'Members need to feel safe'.",
        "Declined IP list (not ours to verify); enabled WHOIS privacy. FYI T&S.",after=2,who=0,ev=True,k=True),
      N("2017-02-14","AG letter","State AG CID to us as host re hobbyistlounge.example in a prostitution/trafficking investigation. Legal.",by="tns",priv=True,ev=True),
      O("2017-02-01","Hobbyist Lounge - renewal","Renewal","Closed Won",3600,"",ev=True),
      T("2017-09-15","AUP termination","T&S terminated per AUP after Legal review.",by="tns"),
     ])

# A26 hard shelter
ACCT(name="Safe Harbor House", type="Customer", industry="Non-Profit", web="safeharborhouse.example",
     phone="(206) 555-0190", street="PO Box 3021", city="Seattle", state="WA", zip="98114", country="USA",
     rev=1200000, emp=18, desc="Shelter + transitional housing for women and girls leaving sexual exploitation. Site Builder + email + donation form.",
     owner="ae2", created="2016-06-06", until="2020-12-31",
     contacts=[("Joanne","Mercer","Director","jmercer","(206) 555-0191"),("Trina","Wallace","Ops Coordinator","twallace","(206) 555-0193")],
     label="negative", kind="hard:shelter",
     rationale="Shelter for survivors of sexual exploitation that hides its address and limits data to protect residents from traffickers.",
     recs=[
      O("2016-06-20","Safe Harbor - Site Builder NP","New Business","Closed Won",300,"NP discount"),
      C("2016-07-01","hide address","Joanne: address must NEVER appear anywhere (site, WHOIS, maps). Residents are escaping traffickers/pimps who look for them.",
        "WHOIS privacy, removed map block, PO box only.",after=0,who=0,ev=True),
      C("2017-11-28","suspicious emails","Trina got emails from someone claiming to be a resident's 'boyfriend' asking which house she's in. Wants logs of contact form.",
        "Gave form log export. Advised police report; they filed one.",after=1,who=1,ev=True),
      N("2018-05-15","donation spike","local news piece on minors they helped; donations spiked. Form fine.",by="csm",ev=True),
      O("2019-06-20","Safe Harbor - renewal","Renewal","Closed Won",300,""),
     ])

# A27 POSITIVE straw_owner
ACCT(name="Pinecrest Holdings LLC", type="Customer", industry="Personal Services", web="pinecrestholdings.example",
     phone="(702) 555-0198", street="6170 W Desert Inn Rd", city="Las Vegas", state="NV", zip="89146", country="USA",
     rev=2500000, emp=4, desc="Holding company. 6 Site Builder sites + domains for spa/massage businesses (registrants differ per site).",
     owner="ae", created="2017-01-23", until="2020-12-31",
     contacts=[("Victor","Haldane","Managing Member","victor","(702) 555-0199"),("Mei","Lin","Registrant - orchidtouch","mei.orchid","(702) 555-0101"),
               ("Susan","Park","Registrant - jadespa","susan.jade","(702) 555-0105")],
     label="positive", kind="straw_owner",
     rationale="One man paying for six massage-parlour sites registered to different people who say they only work there, moving them to new names after inspections, then subject of an AG investigation of affiliated parlours for trafficking.",
     recs=[
      O("2017-02-01","Pinecrest - 6 sites","New Business","Closed Won",2100,"jadespa, orchidtouch, bluelagoonmassage, silkroadspa, lotusbloomspa, palmrelax (.example)"),
      N("2017-02-03","billing","6 sites, 6 different registrant names, all paid by Victor's AmEx, all logins from same IP. Victor: 'I'm the landlord, I help them'.",by="bill",ev=True),
      C("2018-01-09","registrant call","Mei Lin (registrant orchidtouch) called about a renewal notice. Said she didn't know she 'owned' a website: 'Victor handles everything, I only work there'. Phone passed to a man who said he'd handle it.",
        "Told them renewal is auto. Closed.",after=0,origin="Phone",who=1,ev=True),
      C("2018-06-26","bulk registrant change","Victor wants all 6 domains moved to new registrant names ASAP 'after the city inspection'. Provided new names, no IDs.",
        "Processed 6 registrant changes.",after=1,who=0,ev=True),
      N("2019-02-20","AG CID","Nevada AG civil investigative demand to us re domains controlled by Pinecrest Holdings / V. Haldane - 'massage establishments, prostitution and human trafficking'. Victor asked csm the same day to move all domains to another LLC + pay by prepaid card.",by="tns",priv=True,ev=True,k=True),
      O("2019-02-01","Pinecrest - renewal","Renewal","Closed Won",2100,""),
      O("2020-02-01","Pinecrest - renewal","Renewal","Closed Won",2300,"",ev=True),
     ])

# A28 hard hotline
ACCT(name="BridgeLine Helpline", type="Customer", industry="Non-Profit", web="bridgelinehelp.example",
     phone="(202) 555-0157", street="1400 K St NW Ste 300", city="Washington", state="DC", zip="20005", country="USA",
     rev=2700000, emp=26, desc="Multilingual text/chat helpline for exploitation and labor abuse. Managed hosting + chat platform on k8s.",
     owner="ae", created="2018-02-05", until="2020-12-31",
     contacts=[("Grace","Adeyemi","Executive Director","gadeyemi","(202) 555-0158"),("Felix","Moreau","Tech Lead","fmoreau","(202) 555-0159")],
     label="negative", kind="hard:hotline",
     rationale="Helpline for trafficking victims that asks for short retention and minimal logging to protect callers, not to hide wrongdoing.",
     recs=[
      O("2018-02-20","BridgeLine - k8s chat","New Business","Closed Won",19000,""),
      C("2018-03-15","retention","Felix: chat transcripts auto-delete after 30d unless a counselor flags for LE referral; no IP logs. Caller safety - traffickers check victims' phones.",
        "Lifecycle + log config set.",after=2,who=1,ev=True),
      T("2018-09-04","languages","Grace: add Portuguese + French queues. Sample msgs: 'Ils ont pris mon passeport', 'não me deixam sair'.",by="csm",who=0,ev=True),
      C("2019-07-22","abuse desk confusion","Our abuse desk got a notice listing bridgelinehelp.example in a 'trafficking keywords' feed.",
        "Reviewed - it's the hotline. Whitelisted. No action.",after=1,origin="Abuse Desk",typ="Abuse",by="tns2",who=1,ev=True),
      O("2020-02-20","BridgeLine - renewal","Renewal","Closed Won",24000,""),
     ])

# A29 POSITIVE labour_recruitment 2 - seafood (key fact in closing comment)
ACCT(name="Pacific Crest Seafood Staffing", type="Customer", industry="Staffing & Recruiting", web="pacificcreststaffing.example",
     phone="(907) 555-0131", street="1102 W Marine Way", city="Kodiak", state="AK", zip="99615", country="USA",
     rev=4100000, emp=11, desc="Recruits seasonal workers for fish processing plants. Hosting + dorm Wi-Fi captive portal (managed).",
     owner="ae2", created="2013-05-13", until="2018-06-30",
     contacts=[("Gail","Henning","Owner","ghenning","(907) 555-0132"),("Boris","Malik","Ops Manager","bmalik","(907) 555-0135")],
     label="positive", kind="labour_recruitment",
     rationale="Seafood recruiter charging large recruitment fees out of wages, having us block dorm residents' calls and labour-rights sites, and whose ops manager was taken by DHS with HSI asking about the account (only in a closing comment).",
     recs=[
      O("2013-05-25","Pacific Crest - hosting + dorm Wi-Fi","New Business","Closed Won",6200,""),
      C("2014-02-18","apply page","typo fixes on apply page. FYI page says 'Recruitment fee USD 3,500 - deducted from first season wages'.","fixed typos.",after=0,who=0,ev=True),
      C("2016-04-06","dorm portal DNS","DNS change for dorm captive portal.",
        "Done. Also per Boris: block VoIP/WhatsApp for dorm users after 9pm and block a list of sites (2 labor rights orgs, a consulate). Applied per cust request.",after=1,who=1,ev=True),
      C("2017-06-12","billing address update","Update billing address to Gail's home address.",
        "Done. FYI per Gail, DHS 'took Boris in' last wk - 'visa issue'. An HSI agent also called our main line asking who holds the acct and about the dorm portal logs; referred to Legal.",after=0,typ="Billing",by="bill",who=0,ev=True,k=True),
      O("2017-06-25","Pacific Crest - renewal","Renewal","Closed Won",6200,"",ev=True),
     ])

# A30 hard spa ordinary - massage school
ACCT(name="Serenity Massage Institute", type="Customer", industry="Education", web="serenitymassageinstitute.example",
     phone="(303) 555-0120", street="2450 S Broadway", city="Denver", state="CO", zip="80210", country="USA",
     rev=1600000, emp=20, desc="Licensed massage therapy school + student clinic. Site Builder Business + booking.",
     owner="ae", created="2015-08-10", until="2020-12-31",
     contacts=[("Karen","Albright","Director","kalbright","(303) 555-0121"),("Luis","Ortega","Clinic Coordinator","lortega","(303) 555-0122")],
     label="negative", kind="hard:spa_ordinary",
     rationale="Licensed massage school and student clinic whose late hours, buzzer entry and therapist pages are ordinary and regulated.",
     recs=[
      O("2015-08-20","Serenity MI - Site Builder Biz","New Business","Closed Won",540,""),
      C("2016-03-03","clinic booking hrs","Student clinic bookings Thu until 9pm; 'ring buzzer at side door after 6pm (security)'.","Set.",after=1,who=1,ev=True),
      C("2017-01-17","therapist bios","Add 'License #' field to each student/therapist bio; state board requirement.","added custom field.",after=2,who=0,ev=True),
      N("2018-09-20","inspection","Karen: state board inspection passed; wants badge on site.",by="csm",ev=True),
      O("2019-08-20","Serenity MI - renewal","Renewal","Closed Won",600,""),
     ])

# A31 POSITIVE motel 2 - truck stop motel
ACCT(name="Crossroads 40 Truck Plaza & Motel", type="Customer", industry="Hospitality", web="crossroads40plaza.example",
     phone="(501) 555-0146", street="7700 I-40 Service Rd", city="North Little Rock", state="AR", zip="72117", country="USA",
     rev=5100000, emp=35, desc="Truck stop, diner, 30-room motel. Website + driver message board + parking reservation app.",
     owner="ae2", created="2015-05-04", until="2020-12-31",
     contacts=[("Dale","Whitlock","GM","dale","(501) 555-0147"),("Brenda","Kay","Motel Manager","brenda","(501) 555-0149")],
     label="positive", kind="motel",
     rationale="Truck plaza motel whose message board carried priced posts about 'girls on row 5', whose manager described a man keeping girls in rooms 20-24 and asked us to give him moderator rights, and which we renewed.",
     recs=[
      O("2015-05-20","Crossroads 40 - site + board + parking app","New Business","Closed Won",2800,""),
      C("2016-02-08","board channels","Dale wants board channels like CB: 'Row 1-5', 'Diner', 'Motel', 'Lot talk'.","Configured.",after=1,who=0),
      C("2017-06-19","abuse - board posts","Abuse desk: report that the 'Lot talk' channel has posts like 'candy on row 5 tonite, 40 for 15, knock twice' and 'new one in 22, real young'.",
        "Sent notice to cust to moderate. Dale: 'drivers' business, we can't police the lot'. Some posts deleted.",after=4,origin="Abuse Desk",typ="Abuse",by="tns2",who=0,ev=True),
      C("2018-03-07","add moderator","Brenda asks to give moderator role on board to user 'Dre_22'.",
        "Done. Brenda said on the phone Dre 'keeps the girls in rooms 20-24 and pays the week in cash, he can keep the board clean for us'.",after=0,origin="Phone",who=1,ev=True,k=True),
      O("2018-05-20","Crossroads 40 - renewal + VIP posts","Renewal","Closed Won",3400,"adds paid 'VIP' post option on board",ev=True),
      C("2019-10-02","parking app crash","Android app crash on reservation.","Fixed SDK version.",after=3,who=0),
     ])

# A32 hard safeguarding - youth soccer
ACCT(name="Lakeside Youth Soccer League", type="Customer", industry="Non-Profit", web="lakesideysl.example",
     phone="(952) 555-0183", street="PO Box 442", city="Minnetonka", state="MN", zip="55345", country="USA",
     rev=350000, emp=2, desc="Youth soccer league (U6-U19). Site Builder + registration add-on.",
     owner="ae", created="2016-01-11", until="2020-12-31",
     contacts=[("Mike","Jansen","President (volunteer)","mjansen","(952) 555-0184"),("Laura","Finch","Registrar","lfinch","(952) 555-0189")],
     label="negative", kind="hard:safeguarding",
     rationale="Youth sports league whose mentions of minors, background checks and police are ordinary volunteer safeguarding.",
     recs=[
      O("2016-01-20","Lakeside YSL - site + registration","New Business","Closed Won",420,""),
      C("2016-02-15","coach background checks","Need upload field on coach form for background check + SafeSport cert. Only registrar can see.","Private field configured.",after=2,who=1,ev=True),
      C("2018-08-30","minor data","Parent asked to delete their 12 y/o's photos from gallery.","Removed; showed Laura gallery consent toggle.",after=0,who=1,ev=True),
      N("2019-09-10","police","Mike: a coach was removed after a police check came back; they want the coach directory to hide phone numbers of all coaches. done.",by="csm",ev=True),
     ])

# A33 hard victim of crime - au pair agency impersonated
ACCT(name="Globetrek Au Pair Exchange", type="Customer", industry="Education", web="globetrekaupair.example",
     phone="(860) 555-0116", street="75 Pearl St", city="Hartford", state="CT", zip="06103", country="USA",
     rev=6900000, emp=40, desc="State-Dept-designated au pair sponsor. Managed hosting, applicant portal.",
     owner="ae2", created="2014-11-03", until="2020-12-31",
     contacts=[("Ingrid","Solberg","CEO","isolberg","(860) 555-0117"),("Paulo","Reis","Applicant Services","preis","(860) 555-0118")],
     label="negative", kind="hard:victim_of_crime",
     rationale="Au pair sponsor whose brand was impersonated by scammers demanding fees and passports from applicants; it reported and took down the fakes.",
     recs=[
      O("2014-11-20","Globetrek - managed hosting + portal","New Business","Closed Won",15000,""),
      C("2017-04-24","lookalike domains","Scammers running globetrek-aupair-jobs.example + WhatsApp, telling applicants to pay 'visa fee' and send passports. Paulo got msgs: 'Paguei 900 dólares e mandei meu passaporte, cadê meu visto?' Want takedown help.",
        "Not our hosting. Gave abuse contacts of registrar/host, filed reports. Added warning banner to site.",after=3,pri="High",who=1,ev=True),
      N("2017-05-10","FBI IC3","Ingrid filed IC3 + notified State Dept; wants DMARC to stop spoofing.",by="csm",ev=True),
      C("2017-05-12","DMARC","Set up SPF/DKIM/DMARC p=reject.","done.",after=2,who=1),
      O("2019-11-20","Globetrek - renewal","Renewal","Closed Won",17000,""),
     ])

# A34 hard police request unrelated - bicycle shop
ACCT(name="Riverside Bicycle Co.", type="Customer", industry="Retail", web="riversidebicycle.example",
     phone="(916) 555-0161", street="1010 J St", city="Sacramento", state="CA", zip="95814", country="USA",
     rev=900000, emp=8, desc="Bike shop. Site Builder + e-commerce.",
     owner="ae", created="2015-04-06", until="2020-12-31",
     contacts=[("Sean","Doyle","Owner","sean","(916) 555-0162")],
     label="negative", kind="hard:police_request_unrelated",
     rationale="Bike shop whose only police contact is a records request about a burglary it reported.",
     recs=[
      O("2015-04-15","Riverside Bicycle - site + store","New Business","Closed Won",360,""),
      C("2018-07-23","police request - burglary","Sacramento PD detective asks (via cust) for order records of a stolen e-bike sold via their store after a break-in the cust reported.",
        "Cust exported orders himself; we provided login history on request of Legal (subpoena). Nothing else.",after=5,who=0,ev=True),
      T("2019-06-11","minor customer","Sean asks if he needs parental consent for under-18 online buyers. Pointed to ToS template, not legal advice.",by="sup",who=0,ev=True),
     ])

# A35 hard truck stop ordinary
ACCT(name="Big Sky Travel Center", type="Customer", industry="Retail", web="bigskytravelcenter.example",
     phone="(406) 555-0170", street="I-90 Exit 455", city="Billings", state="MT", zip="59101", country="USA",
     rev=14000000, emp=60, desc="Truck stop (fuel, diner, showers, 20-room motel). Website + loyalty app.",
     owner="ae2", created="2016-09-12", until="2020-12-31",
     contacts=[("Cheryl","Nolan","Owner","cnolan","(406) 555-0171"),("Andy","Beck","IT contractor","abeck","(406) 555-0172")],
     label="negative", kind="hard:truck_stop_ordinary",
     rationale="Truck stop that trains staff to spot trafficking and posts the hotline; the alarming words are prevention.",
     recs=[
      O("2016-09-20","Big Sky - site + loyalty app","New Business","Closed Won",4800,""),
      C("2017-03-28","TAT banner","Cheryl wants Truckers Against Trafficking banner + national hotline # on every page, and in loyalty app. Staff completed TAT training.","Added.",after=1,who=0,ev=True),
      N("2018-11-02","motel policy","Cheryl: motel now requires ID for every guest, no hourly rooms, called sheriff twice this year on suspicious activity in lot; wants policy page on site.",by="csm",ev=True),
      O("2019-09-20","Big Sky - renewal","Renewal","Closed Won",5200,""),
     ])

# A36 hard modelling ordinary (single ambiguous note)
ACCT(name="Coastline Models & Talent", type="Customer", industry="Entertainment", web="coastlinemodels.example",
     phone="(619) 555-0144", street="2220 Kettner Blvd", city="San Diego", state="CA", zip="92101", country="USA",
     rev=2200000, emp=9, desc="Modelling and talent agency (commercial, print). Site Builder Business + portfolio storage.",
     owner="ae", created="2015-03-02", until="2020-12-31",
     contacts=[("Dana","Whitaker","Owner/Agent","dana","(619) 555-0145"),("Erik","Lund","Booker","erik","(619) 555-0146")],
     label="negative", kind="hard:modelling_ordinary",
     rationale="Licensed modelling agency with one open-call note about 16-19 year olds that requires parents and chaperones, otherwise routine renewals.",
     recs=[
      O("2015-03-15","Coastline - Site Builder Biz","New Business","Closed Won",540,""),
      N("2016-05-19","open call page","Erik wants 'New faces 16-19, open call Sat' page. FYI asked: under 18 must attend w/ parent, work permits + chaperone per CA law, they said yes it's on the form.",by="sup",ev=True),
      C("2017-02-02","portfolio storage","portfolio images load slow","CDN on.",after=1,who=1),
      O("2018-03-15","Coastline - renewal","Renewal","Closed Won",560,""),
      O("2020-03-15","Coastline - renewal","Renewal","Closed Won",600,""),
     ])

# A37-A40 ordinary
ACCT(name="Tallyho Invoicing Software", type="Customer", industry="Software", web="tallyho.example",
     phone="(720) 555-0151", street="1600 Wynkoop St", city="Denver", state="CO", zip="80202", country="USA",
     rev=6200000, emp=48, desc="SaaS invoicing for freelancers. Managed k8s + PG.",
     owner="ae", created="2017-09-05", until="2020-12-31",
     contacts=[("Priya","Nair","CTO","pnair","(720) 555-0152"),("Alex","Ford","DevOps","aford","(720) 555-0153")],
     label="ordinary", kind="ordinary", rationale="SaaS customer with routine infrastructure records.",
     recs=[
      O("2017-09-20","Tallyho - k8s + PG","New Business","Closed Won",54000,""),
      C("2018-07-09","PG upgrade 9.6->10","schedule major upgrade","done sun 3am, 12 min downtime.",after=6,who=1),
      E("2019-04-16","cost review","reserved instances discussion","Zoom",45,by="csm",who=0),
      O("2020-09-20","Tallyho - renewal","Renewal","Closed Won",71000,""),
     ])
ACCT(name="Lindqvist Architects", type="Customer", industry="Architecture", web="lindqvistarch.example",
     phone="(612) 555-0165", street="400 N 1st Ave", city="Minneapolis", state="MN", zip="55401", country="USA",
     rev=4000000, emp=25, desc="Architecture firm. Hosting + email + file sharing (large CAD files).",
     owner="ae2", created="2012-10-15", until="2020-12-31",
     contacts=[("Sofia","Lindqvist","Principal","sofia","(612) 555-0166"),("Ned","Harper","Office Mgr","ned","(612) 555-0167")],
     label="ordinary", kind="ordinary", rationale="Architecture firm with routine email and storage records.",
     recs=[
      O("2012-10-25","Lindqvist - hosting + email","New Business","Closed Won",1900,""),
      C("2014-01-20","CAD upload limit","Upload limit 2GB too small for Revit files.","raised to 10GB on storage add-on.",after=1,who=1),
      O("2014-02-01","Lindqvist - storage add-on","Upsell","Closed Won",900,""),
      T("2018-06-05","portfolio site redesign","Sofia asked about designer referrals. sent partner list.",by="csm",who=0),
     ])
ACCT(name="Copperline Brewing Co.", type="Customer", industry="Food & Beverage", web="copperlinebrewing.example",
     phone="(828) 555-0179", street="51 Coxe Ave", city="Asheville", state="NC", zip="28801", country="USA",
     rev=3100000, emp=30, desc="Craft brewery + taproom. Site Builder + events calendar + age gate.",
     owner="ae", created="2014-06-02", until="2020-12-31",
     contacts=[("Jake","Holloway","Co-founder","jake","(828) 555-0180"),("Mia","Santos","Taproom Mgr","mia","(828) 555-0181")],
     label="ordinary", kind="ordinary", rationale="Brewery with routine site, age-gate and events records.",
     recs=[
      O("2014-06-10","Copperline - Site Builder","New Business","Closed Won",300,""),
      C("2015-04-08","age gate","21+ age gate popup on every visit, annoying.","Set cookie 30d.",after=1,who=0),
      C("2017-09-25","events calendar","Oktoberfest event not showing.","timezone bug, fixed.",after=0,who=1),
      O("2019-06-10","Copperline - renewal + store","Renewal","Closed Won",540,"merch store"),
     ])
ACCT(name="Fairhaven Bookkeeping", type="Customer", industry="Accounting", web="fairhavenbooks.example",
     phone="(508) 555-0192", street="12 Center St", city="Fairhaven", state="MA", zip="02719", country="USA",
     rev=450000, emp=5, desc="Small bookkeeping practice. Hosting + email + client file portal.",
     owner="ae2", created="2013-01-14", until="2020-12-31",
     contacts=[("Ruth","Avila","Owner CPA","ruth","(508) 555-0193"),("Colin","Shea","Staff Accountant","colin","(508) 555-0194")],
     label="ordinary", kind="ordinary", rationale="Bookkeeping firm with routine email and client portal records.",
     recs=[
      O("2013-01-20","Fairhaven - hosting + email","New Business","Closed Won",480,""),
      C("2016-03-28","tax season portal","client portal slow in April","upgraded plan for Mar-Apr.",after=2,who=0),
      C("2019-02-11","phishing email","Colin got a phishing email spoofing their domain.","Set up DMARC.",after=1,who=1),
     ])

# =====================================================================
# Routine filler pool (hosting-provider day-to-day). Each used sparingly across accounts.
# kinds: C=(subj, desc, comment, typ, origin)  T=(subj, desc, by)  N=(title, body, by)  E=(subj, desc, loc, dur, by)
FILL_C = [
 ("pw reset","Can't log in to control panel, reset link not arriving.","Reset link was in spam. Whitelisted our sender. ok","Account","Chat"),
 ("SSL expiring","Got email SSL cert for {d} expires in 7 days, will it auto renew?","Yes, AutoSSL. Confirmed renewed.","Technical","Email"),
 ("site down?","{d} returning 502 since ~9am.","PHP-FPM pool exhausted, raised max_children. up.","Technical","Phone"),
 ("invoice copy","Need PDF copies of last 3 invoices for accountant.","Sent from billing portal.","Billing","Email"),
 ("DNS - add MX","Adding Google Workspace MX recs for {d}.","Added, propagated.","Technical","Email"),
 ("slow admin","WP admin super slow.","Heartbeat API + 2 bad plugins. Disabled, ok now.","Technical","Chat"),
 ("double charge","Charged twice for renewal this month.","Duplicate auth, voided 2nd. Refund 3-5 days.","Billing","Phone"),
 ("add user","Add new user to control panel w/ billing-only access.","Done.","Account","Email"),
 ("backup restore","Accidentally deleted a page, need restore from yesterday.","Restored from nightly snapshot.","Technical","Chat"),
 ("email bouncing","Outbound mail from {d} bouncing at Outlook.","Our IP on a blocklist briefly, delisted. SPF fixed too.","Technical","Email"),
 ("2FA lockout","Lost phone, locked out of 2FA.","Verified identity via callback to # on file, reset 2FA.","Account","Phone"),
 ("cert mismatch www","www.{d} shows cert warning, non-www ok.","Reissued cert w/ SAN for www.","Technical","Email"),
 ("disk usage alert","Got alert 90% disk.","Old log files + cache, cleaned. Suggested logrotate.","Technical","Monitoring"),
 ("card update","How do I update card on file?","Sent link to billing portal.","Billing","Chat"),
 ("FTP access","need SFTP creds for web designer","Created scoped SFTP user, expires 30d.","Account","Email"),
 ("PHP version","Plugin says needs PHP 7.x.","Switched vhost to 7.2, tested.","Technical","Chat"),
 ("contact form not sending","Contact form submissions not arriving.","Form used php mail(); switched to SMTP auth. Tested.","Technical","Email"),
 ("cancel add-on","Remove the SEO add-on, never used it.","Removed, prorated credit.","Billing","Email"),
 ("cron job","Nightly cron not running.","Path wrong in crontab. Fixed.","Technical","Email"),
 ("DB connection errors","'Error establishing a database connection' intermittently.","Max connections hit. Raised limit + advised persistent conn off.","Technical","Phone"),
 ("domain transfer in","Want to transfer domain from another registrar.","Auth code accepted, transfer completes in 5 days.","Account","Email"),
 ("WHOIS email verify","Got ICANN verify email, is it legit?","Yes legit, clicked.","Account","Chat"),
 ("tax exempt","Need tax removed from invoices, sending cert.","Cert on file, future invoices exempt.","Billing","Email"),
 ("mobile menu broken","Mobile menu doesn't open on Android.","Theme JS conflict, patched.","Technical","Chat"),
 ("redirect loop","Too many redirects after enabling HTTPS.","Double redirect in .htaccess + plugin. Removed one.","Technical","Email"),
 ("password policy","Can we enforce strong passwords for all panel users?","Enabled org policy.","Account","Email"),
 ("backup download","want a full backup download for own records","Generated archive, link sent (48h).","Technical","Email"),
 ("spam in contact form","Getting 50 spam msgs a day via contact form.","Added captcha.","Technical","Chat"),
 ("late fee","Why late fee on invoice?","Card failed on due date. Waived once as courtesy.","Billing","Phone"),
 ("GDPR DPA","Customer asks for our DPA for EU visitors.","Sent DPA.","Legal","Email"),
 ("API rate limit","Hitting 429 on our API from their deploy script.","Raised limit for their token.","Technical","Email"),
 ("timezone wrong","Scheduled posts go out 5 hrs off.","Server TZ UTC, site TZ set to local.","Technical","Chat"),
 ("upgrade plan","Want to go to next plan tier, what changes?","Explained limits, upgraded on request.","Billing","Chat"),
 ("image uploads fail","Uploads >2MB fail.","upload_max_filesize raised to 64M.","Technical","Email"),
 ("email storage full","Mailbox full for 2 users.","Bumped quota, suggested archiving.","Technical","Phone"),
 ("node restart","Instance unresponsive.","Host maintenance, live-migrated. Back up.","Technical","Monitoring"),
 ("snapshot schedule","Change snapshots to every 6h.","Done.","Technical","Email"),
 ("status page","Is there an outage? site slow","Regional network issue 14:10-14:40 UTC, resolved. Credit per SLA requested.","Technical","Chat"),
 ("SLA credit","Requesting SLA credit for outage.","Approved 10% credit.","Billing","Email"),
 ("SPF too many lookups","SPF permerror.","Flattened SPF.","Technical","Email"),
 ("login from new country","Security alert: login from unfamiliar location.","Cust confirmed staff traveling. No action.","Account","Email"),
 ("add domain alias","Point {d} alt spelling to same site.","Alias added.","Technical","Chat"),
 ("font licensing","Can we upload custom fonts?","Yes, showed how.","Technical","Chat"),
 ("W-9 request","Need our W-9 for their vendor setup.","Sent.","Billing","Email"),
 ("slow checkout","Checkout page slow at peak.","Enabled object cache, reduced queries.","Technical","Email"),
]
FILL_T = [
 ("check-in call","routine check-in. no issues, happy w/ support response times.","csm"),
 ("renewal reminder sent","60 day renewal notice emailed.","bill"),
 ("follow up on ticket","confirmed fix holding. closing loop.","sup"),
 ("NPS follow-up","NPS 8. wants cheaper storage.","csm"),
 ("send price sheet","sent current price sheet + annual discount","ae"),
 ("new admin onboarding","cust added a new admin, sent getting-started links","csm"),
 ("invoice overdue","invoice 15 days overdue, emailed AP","bill"),
 ("payment received","overdue invoice paid","bill"),
 ("LinkedIn intro","connected w/ new IT contact","ae"),
 ("webinar invite","invited to 'securing your site' webinar","csm"),
 ("case study ask","asked if they'd do a case study. maybe later","ae"),
 ("billing contact change","AP contact changed, updated in billing system","bill"),
 ("quote - extra storage","quoted +500GB","ae"),
 ("training","walked new staffer through site editor, 30 min","csm"),
 ("survey","sent annual customer survey","csm"),
 ("legacy plan migration","notified plan being retired, migration options sent","csm"),
 ("check usage","usage well under plan limits, no upsell now","ae"),
 ("holiday freeze","confirmed no maint during their peak season","csm"),
 ("call back","left vm, no answer","ae"),
 ("price increase notice","sent annual price adjustment notice (+4%)","bill"),
 ("security bulletin","sent bulletin re plugin vuln, confirmed patched","sup"),
 ("pull usage report","monthly usage report sent","csm"),
]
FILL_N = [
 ("acct notes","prefers email over phone. responsive.","csm"),
 ("renewal","renewal handled, no changes.","ae"),
 ("contact","main contact on vacation until next week, use backup contact.","csm"),
 ("billing","switched to annual billing.","bill"),
 ("health","green. low ticket volume.","csm"),
 ("feedback","likes new dashboard, wants dark mode lol","csm"),
 ("migration","finished migration from old shared server, no issues","sup"),
 ("upsell idea","might need managed backups later","ae"),
 ("comp","competitor quoted them lower, matched partially","ae"),
 ("maint window","asked to avoid weekday maint","csm"),
]
FILL_E = [
 ("QBR","quarterly review: usage, tickets, roadmap","Zoom",45,"csm"),
 ("Panel walkthrough","walkthrough for cust's new staff","Zoom",60,"csm"),
 ("Renewal call","renewal terms","Phone",30,"ae"),
 ("Arch review","review of current setup, cost opt","Zoom",60,"se"),
 ("Lunch","relationship lunch","Local",60,"ae"),
 ("Security review","review of access + 2FA","Zoom",45,"se"),
]

EXTRA_CONTACTS = [
 ("Accounts","Payable","AP Clerk","ap"),("Jordan","Hale","IT Admin","it"),("Casey","Moreno","Office Admin","office"),
 ("Robin","Sato","Bookkeeper","books"),("Terry","Lang","Web Designer (freelance)","web"),("Morgan","Quist","Marketing Coord","marketing"),
 ("Avery","Cole","Operations","ops"),("Drew","Patel","Developer","dev"),("Shannon","Reilly","Assistant","admin2"),
 ("Jamie","Becker","Finance","finance"),("Leslie","Grant","HR","hr"),("Kendall","Price","Support Lead","support"),
]

def build():
    rows = {k: [] for k in ["Account","Contact","Opportunity","Case","Task","Event","Note"]}
    labels = []
    case_no = [10000]
    used_c, used_t, used_n, used_e = {}, {}, {}, {}

    def pick(pool, used):
        # least-used first, random among ties
        m = min(used.get(i, 0) for i in range(len(pool)))
        cands = [i for i in range(len(pool)) if used.get(i, 0) == m]
        i = rng.choice(cands)
        used[i] = used.get(i, 0) + 1
        return pool[i]

    for a in ACCOUNTS:
        aid = nid("001")
        created = D(a["created"]); until = min(D(a["until"]), D("2020-12-31"))
        dom = a["web"]
        rows["Account"].append(dict(Id=aid, Name=a["name"], Type=a["type"], Industry=a["industry"], Website="www."+dom,
            Phone=a["phone"], BillingStreet=a["street"], BillingCity=a["city"], BillingState=a["state"],
            BillingPostalCode=a["zip"], BillingCountry=a["country"], AnnualRevenue=f"{a['rev']:.2f}",
            NumberOfEmployees=str(a["emp"]), Description=a["desc"], OwnerId=USERS[a["owner"]], CreatedDate=dtime(created)))
        # contacts
        cids = []
        cl = list(a["contacts"])
        n_extra = rng.randint(max(0, 3 - len(cl)), max(1, 6 - len(cl)))
        ex = rng.sample(EXTRA_CONTACTS, n_extra)
        for j, c in enumerate(cl + [(e[0], e[1], e[2], e[3], None) for e in ex]):
            first, last, title, loc, ph = c
            cid = nid("003"); cids.append(cid)
            if ph is None:
                ph = a["phone"][:-4] + f"{rng.randint(200,999):04d}"
            cd = created + dt.timedelta(days=(0 if j < len(cl) else rng.randint(60, 900)))
            if cd > until: cd = created
            rows["Contact"].append(dict(Id=cid, AccountId=aid, FirstName=first, LastName=last, Title=title,
                Email=f"{loc}@{dom}", Phone=ph, MailingCity=a["city"], MailingCountry=a["country"], Birthdate="",
                OwnerId=USERS[a["owner"]], CreatedDate=dtime(cd)))
        story = a["recs"]
        target = rng.randint(21, 25) if a["label"] != "ordinary" else rng.randint(17, 24)
        nfill = max(5, target - len(story))
        nfill = min(nfill, 25 - len(story))
        fill = []
        # renewals on anniversaries, skipping years with a story renewal
        story_ren_years = {D(r["date"]).year for r in story if r["t"] == "O" and r["typ"] == "Renewal"}
        for y in range(created.year + 1, until.year + 1):
            if len(fill) >= nfill // 2: break
            try: ann = created.replace(year=y)
            except ValueError: ann = created.replace(year=y, day=28)
            if y in story_ren_years or ann > until: continue
            fill.append(O(ann.isoformat(), f"{[r for r in story if r['t']=='O'][0]['name'].split(' - ')[0]} - renewal {y}", "Renewal", "Closed Won",
                          round(rng.uniform(0.9, 1.15) * [r['amt'] for r in story if r['t']=='O'][0], -1), "auto-renew", by="ae"))
        span = (until - created).days - 20
        while len(fill) < nfill:
            d = (created + dt.timedelta(days=20 + rng.randint(0, max(span, 1)))).isoformat()
            r = rng.random()
            if r < 0.45:
                s, desc, com, typ, orig = pick(FILL_C, used_c)
                fill.append(C(d, s, desc.format(d=dom), com.format(d=dom), after=rng.choice([0,0,1,1,2,3,5]),
                              typ=typ, origin=orig, who=rng.randrange(len(cids)), by=rng.choice(["sup","sup2","sup3"]),
                              pri=rng.choice(["Low","Medium","Medium","High"])))
            elif r < 0.72:
                s, desc, by = pick(FILL_T, used_t)
                fill.append(T(d, s, desc, by=by, typ=rng.choice(["Call","Email","Other"]), who=rng.choice([None, 0, rng.randrange(len(cids))])))
            elif r < 0.88:
                s, body, by = pick(FILL_N, used_n)
                fill.append(N(d, s, body, by=by))
            else:
                s, desc, loc, dur, by = pick(FILL_E, used_e)
                fill.append(E(d, s, desc, loc=loc, dur=dur, by=by, who=0))
        allrecs = sorted(story + fill, key=lambda r: r["date"])
        assert 6 <= len(allrecs) <= 25, (a["name"], len(allrecs))
        ev_ids, k_dates = [], []
        for r in allrecs:
            d = D(r["date"])
            assert D("2012-01-01") <= d <= D("2020-12-31"), (a["name"], r)
            owner = USERS[r["by"]]
            who = cids[r["who"]] if r.get("who") is not None else ""
            if r["t"] == "O":
                rid = nid("006")
                cd = max(created, d - dt.timedelta(days=rng.randint(10, 40)))
                won = r["stage"] == "Closed Won"; closed = r["stage"].startswith("Closed")
                rows["Opportunity"].append(dict(Id=rid, AccountId=aid, Name=r["name"], Type=r["typ"], StageName=r["stage"],
                    Amount=f"{r['amt']:.2f}", Probability=str(100 if won else (0 if closed else 50)), CloseDate=d.isoformat(),
                    IsClosed=str(closed).lower(), IsWon=str(won).lower(), Description=r["desc"], OwnerId=owner, CreatedDate=dtime(cd)))
                assert not r["k"], "decisive record must not be an opportunity"
            elif r["t"] == "C":
                rid = nid("500"); case_no[0] += 1
                st = r["status"] or ("Closed" if r["after"] is not None else "Working")
                closed = st == "Closed"
                cdt = dtime(d, h=rng.randint(13, 17))
                cl_d = d + dt.timedelta(days=r["after"] or 0)
                if cl_d > D("2020-12-31"): cl_d = D("2020-12-31")
                rows["Case"].append(dict(Id=rid, CaseNumber=f"{case_no[0]:08d}", AccountId=aid, ContactId=who, Subject=r["subj"],
                    Description=r["desc"], Status=st, Priority=r["pri"], Origin=r["origin"], Type=r["typ"], IsClosed=str(closed).lower(),
                    OwnerId=owner, CreatedDate=cdt, ClosedDate=(dtime(cl_d, h=rng.randint(18, 23)) if closed else ""), Comments=r["com"]))
                if r["k"]:
                    assert r["after"] == 0 or not r["com"] or True
            elif r["t"] == "T":
                rid = nid("00T")
                rows["Task"].append(dict(Id=rid, WhatId=aid, WhoId=who, AccountId=aid, Subject=r["subj"], Description=r["desc"],
                    ActivityDate=d.isoformat(), Status=r["status"], Priority=r["pri"], Type=r["typ"], OwnerId=owner, CreatedDate=dtime(d)))
            elif r["t"] == "E":
                rid = nid("00U")
                st = dt.datetime(d.year, d.month, d.day, rng.choice([14, 15, 16, 17, 18, 19]), rng.choice([0, 30]))
                en = st + dt.timedelta(minutes=r["dur"])
                cd = d if r["k"] else max(created, d - dt.timedelta(days=rng.randint(1, 7)))
                rows["Event"].append(dict(Id=rid, WhatId=aid, WhoId=who, AccountId=aid, Subject=r["subj"], Description=r["desc"],
                    Location=r["loc"], ActivityDate=d.isoformat(), StartDateTime=st.strftime("%Y-%m-%dT%H:%M:%S.000+0000"),
                    EndDateTime=en.strftime("%Y-%m-%dT%H:%M:%S.000+0000"), DurationInMinutes=str(r["dur"]), Type=r["typ"],
                    OwnerId=owner, CreatedDate=dtime(cd)))
            elif r["t"] == "N":
                rid = nid("002")
                rows["Note"].append(dict(Id=rid, ParentId=aid, Title=r["title"], Body=r["body"], IsPrivate=str(r["priv"]).lower(),
                    OwnerId=owner, CreatedDate=dtime(d)))
            if r["ev"]: ev_ids.append(rid)
            if r["k"]: k_dates.append((rid, r["date"]))
        if a["label"] == "positive":
            assert len(k_dates) == 1, a["name"]
            kid, kdate = k_dates[0]
            assert kid in ev_ids
            labels.append(dict(AccountId=aid, label="positive", kind=a["kind"], knowable_from=kdate,
                               evidence_ids=";".join(ev_ids), rationale=a["rationale"]))
        else:
            assert not k_dates
            labels.append(dict(AccountId=aid, label="negative", kind=a["kind"], knowable_from="",
                               evidence_ids=";".join(ev_ids), rationale=a["rationale"]))
    return rows, labels

COLS = {
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
    cols = [c.strip() for c in COLS[name].split(",")]
    with open(os.path.join(OUT, f"{name}.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, quoting=csv.QUOTE_ALL)
        w.writeheader()
        for r in rows:
            w.writerow(r)

if __name__ == "__main__":
    rows, labels = build()
    for k, v in rows.items():
        write(k, v)
    write("labels", labels)
    for k, v in rows.items():
        print(k, len(v))
    print("total", sum(len(v) for v in rows.values()))
