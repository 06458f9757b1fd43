#!/usr/bin/env python3
"""Part M generator: fictional CRM export of 'Tallybook' (cloud accounting / invoicing /
expense management for small businesses). Deterministic. Writes CSVs next to this file."""
import csv, os, random, datetime as dt

OUT = os.path.dirname(os.path.abspath(__file__))
TAG = "EVM"
rng = random.Random(20200415)
_counters = {}

def nid(prefix):
    _counters[prefix] = _counters.get(prefix, 0) + 1
    return f"{prefix}{TAG}{_counters[prefix]:012d}"

USERS = {k: f"005{TAG}{i:012d}" for i, k in enumerate(
    ["ae1", "ae2", "csm1", "csm2", "sup1", "sup2", "se", "risk", "bk"], start=1)}

def D(s):
    return dt.date.fromisoformat(s)

def dts(d, h=None, m=None):
    if h is None:
        h = rng.randint(13, 23); m = rng.randint(0, 59)
    return f"{d.isoformat()}T{h:02d}:{m:02d}:{rng.randint(0,59):02d}.000+0000"

# ---- story record constructors -------------------------------------------
def N(date, title, body, key=None, owner="csm1", private="false", who=None):
    return dict(obj="Note", date=date, title=title, body=body, key=key, owner=owner, private=private)

def T(date, subject, desc, key=None, owner="csm1", who=0, status="Completed", typ="Call", prio="Normal"):
    return dict(obj="Task", date=date, subject=subject, desc=desc, key=key, owner=owner, who=who,
                status=status, typ=typ, prio=prio)

def E(date, subject, desc, key=None, owner="ae1", who=0, loc="Zoom", typ="Meeting", dur=60):
    return dict(obj="Event", date=date, subject=subject, desc=desc, key=key, owner=owner, who=who,
                loc=loc, typ=typ, dur=dur)

def C(date, closed, subject, desc, comments="", key=None, owner="sup1", who=0, status=None,
      prio="Medium", origin="Email", typ="Question"):
    return dict(obj="Case", date=date, closed=closed, subject=subject, desc=desc, comments=comments,
                key=key, owner=owner, who=who, status=status, prio=prio, origin=origin, typ=typ)

def O(date, name, desc, amount, typ="Renewal", stage="Closed Won", key=None, owner="ae1"):
    return dict(obj="Opportunity", date=date, name=name, desc=desc, amount=amount, typ=typ,
                stage=stage, key=key, owner=owner)

CUSTOMERS = []
def cust(**kw):
    CUSTOMERS.append(kw)
# ======================= POSITIVES =======================
cust(name="Casa Brasa Grill Group LLC", industry="Food & Beverage", web="www.casabrasagrill.example",
     street="4410 Navigation Blvd", city="Houston", state="TX", zip="77011", rev=3900000, emp=58,
     desc="3-location grill group. Invoicing, bill pay, payroll add-on, bookkeeping svc from 2015.",
     created="2014-05-12", total=22,
     contacts=[("Ramiro", "Ledesma", "Owner"), ("Yesenia", "Paz", "Office Manager")],
     story=[
      T("2014-06-03", "Payroll add-on setup", "Set up payroll for 3 locations. Ramiro wanted a custom pre-tax deduction called 'Vivienda' (housing). Told him housing deduction is post-tax and can't take pay below min wage, sent KB 1187. He said fine, set it up post-tax.", owner="csm1"),
      N("2015-02-18", "BK svc - Jan close notes", "Jan close done. FYI 14 kitchen staff all list the same home addr (2210 Harrisburg unit B) - prob a company apt. Cash wages line is big vs payroll, asked Ramiro, he says cooks prefer cash. Reminded him cash wages still need W-2s.", owner="bk"),
      C("2016-01-11", "2016-01-14", "W-2 corrections", "Need to reissue 6 W-2s, SSNs wrong per SSA mismatch letters.", "Reissued 6 W-2c. Client supplied new SSNs for the 6 employees.", owner="sup2", who=1, typ="Problem"),
      C("2017-03-07", "2017-03-20", "Fwd: employee msg re pay stub", "Yesenia fwd'd an email that came in thru the payroll portal 'contact us' form, from a line cook (Ezequiel). He asks why his stub says $512 net but he got $60 cash. Quoted: 'Señores, el patrón tiene nuestros pasaportes desde que llegamos y dice que le debemos 4 mil dólares cada uno por el viaje. Nos quita casi todo el sueldo y no nos deja salir del apartamento sin el encargado. Por favor ayúdenos.' Escalating to risk, not sure what we do w/ this.", "Risk looked 3/20. Guidance to CSM: stay out of employer/employee disputes. No report made. Case closed, acct stays active.", key="tip", owner="sup1", who=1, prio="High"),
      O("2017-09-28", "Casa Brasa - 2yr renewal + 4th location payroll", "Renewed 2 yrs, added payroll for new Pasadena location. 8% disc.", 14600.00, typ="Renewal", owner="ae1"),
      N("2018-11-02", "Data retention request", "Client asked us to purge payroll portal messages older than 90 days and switch off the employee 'contact us' form. Done per CSM mgr OK.", owner="csm1"),
     ],
     label=dict(label="positive", kind="restaurant_labour", kf=("tip", "created"), ev=["tip"],
                rationale="A cook's Spanish message forwarded in March 2017 says the owner holds the workers' passports, takes nearly all pay against a travel debt and restricts their movement; the earlier shared-address and cash-wage notes were only hints."))

cust(name="Lotus Pearl Nails LLC", industry="Consumer Services", web="www.lotuspearlnails.example",
     street="9120 Providence Rd Ste 4", city="Charlotte", state="NC", zip="28277", rev=1450000, emp=31,
     desc="Nail salon chain (4 stores). Invoicing, expense, bill pay, payroll for mgrs.",
     created="2013-08-20", total=21,
     contacts=[("Kim-Anh", "Trieu", "Owner"), ("Loan", "Vo", "Store Manager - Ballantyne")],
     story=[
      N("2013-09-15", "Setup notes", "Kim-Anh runs 4 salons. Payroll only for the 3 store mgrs; techs are 'paid from tips + commission, they are family apprentices'. Told her W-2 vs 1099 is her CPA's call.", owner="csm2"),
      C("2014-06-02", "2014-06-03", "Bill pay - intl vendor", "Wants to pay 'Saigon Star Manpower Co.' by intl wire, $9,600, memo 'placement fee - 4 techs'.", "Intl wire payee added, standard vendor verification passed.", owner="sup2"),
      T("2015-04-21", "BK svc - staff advances", "Kim-Anh asked us to set up a 'staff advance' receivable per tech ($2,400 ea) and deduct $200/wk from commission till paid off. Asked what the advance was for: 'their agency fee + plane ticket'. Set up as asked for 6 techs.", key="ev1", owner="bk"),
      E("2015-08-12", "Onsite training - Ballantyne store", "Trained Loan on expense app. Back room has mattresses + rice cooker, looks like ~5 techs live there. Posted schedule is 9a-9p 7 days for all techs. One tech (v young, little English) typed into the mgr's phone translator asking if I 'can help her go home'; Loan took the phone and laughed it off, said 'she owes, she is fine'.", key="tip", owner="csm2", who=1, loc="Ballantyne store"),
      N("2015-08-13", "re: yesterday visit", "Told my mgr about the back room + the tech. Mgr said not our business, good acct, don't log it as a case. Writing it here so it's somewhere.", owner="csm2", private="true"),
      O("2016-08-30", "Lotus Pearl - renewal + 5th store", "Annual renewal, added 5th store and 2 expense seats.", 6200.00, owner="ae2"),
      C("2019-02-19", "2019-02-25", "Records request - state bureau of investigation", "Subpoena rec'd from state bureau of investigation for payroll and bill pay records of Lotus Pearl Nails 2013-present, re: labor trafficking investigation.", "Legal produced records 2/25. Acct on hold per legal.", owner="risk", prio="High", typ="Legal"),
     ],
     label=dict(label="positive", kind="nail_salon_labour", kf=("tip", "activity"), ev=["ev1", "tip"],
                rationale="The August 2015 site visit (techs living in the back room, 84-hour weeks, a tech asking for help to go home and being told she 'owes') read with the April 2015 debt ledger for agency fees and tickets makes debt-bonded labour knowable."))

cust(name="Golden Willow Wellness Spa", industry="Consumer Services", web="www.goldenwillowspa.example",
     street="2875 E Speedway Blvd", city="Tucson", state="AZ", zip="85716", rev=410000, emp=7,
     desc="Day spa. Invoicing + expense. Single location.",
     created="2015-03-10", total=16,
     contacts=[("Hollis", "Gan", "Owner")],
     story=[
      C("2017-10-04", "2017-10-19", "Legal: subpoena duces tecum", "Pima Co. Sheriff vice unit subpoena for all invoices, deposits, payroll and user logins for Golden Willow Wellness Spa and owner Hollis Gan, re: investigation of prostitution and human trafficking at the spa. Cover letter asks we not notify the customer.", "Produced 10/19. Per legal acct left open, no further review requested.", key="tip", owner="risk", prio="High", typ="Legal", origin="Email"),
      N("2018-01-22", "Call w/ owner", "Hollis asked to change business name on invoices to 'GW Holistic LLC' and drop the street address. Also asked 'do you guys talk to police'. Told him we comply w/ legal process.", owner="csm1"),
      T("2018-04-03", "News alert - customer", "Alert: Golden Willow raided, 6 women found living on site, owner arrested, trafficking charges. Suspending billing, FYI AE.", owner="risk"),
     ],
     label=dict(label="positive", kind="illicit_massage", kf=("tip", "created"), ev=["tip"],
                rationale="The first red flag is plain: an October 2017 sheriff's vice subpoena naming the spa and its owner in a prostitution and trafficking investigation."))

cust(name="Sunrise Stitch Apparel Inc.", industry="Apparel", web="www.sunrisestitch.example",
     street="1418 S Los Angeles St", city="Los Angeles", state="CA", zip="90015", rev=5200000, emp=44,
     desc="Cut & sew contractor for fashion brands. Payroll, timesheets, bookkeeping svc, custom reports.",
     created="2012-09-04", total=23,
     contacts=[("Dale", "Imhoff", "Owner"), ("Jacinto", "Ortega", "Floor Supervisor"), ("Mirna", "Salcido", "Bookkeeper")],
     story=[
      C("2013-11-20", "2013-11-21", "Timesheet import rejects >80 hrs", "Payroll import rejecting timesheets over 80 hrs/wk for 31 sewers. Mirna says peak season, wants the cap removed.", "Explained it's a validation warning, can be overridden per batch. Reminded re CA OT rules. Done.", owner="sup1", who=2, typ="Problem"),
      N("2014-07-09", "BK svc monthly review", "Net pay for all 31 sewing staff goes by DD to ONE acct at Pacific Union (x4471) in the name of J. Ortega (floor sup). Client says workers have no bank accts and Jacinto cashes it for them. Asked them to document. Odd but have seen it before.", key="ev1", owner="bk"),
      E("2015-02-17", "Custom report scoping - pay stubs", "Services scoping w/ Dale + Jacinto. They want a custom pay stub that hides the 'dormitorio' and 'prestamo visa' deduction lines on the printed stubs the workers get, but keeps them in the GL. Dale: 'the girls still owe us for the visas and the room, if they see it they just complain'. Jacinto said some of them started at 16 and 'don't read anyway'. Said I'd check feasibility.", key="tip", owner="se", who=0, loc="Client office"),
      O("2015-03-10", "Custom Reports SOW - payroll stub", "Custom stub template w/ suppressed deduction lines. 24 hrs services.", 4800.00, typ="Services", owner="ae1"),
      T("2015-03-30", "Delivered custom stub", "Delivered stub template, hidden deduction lines verified in test run. Client happy.", owner="se", who=2),
      C("2016-06-14", "2016-06-15", "Export for DOL", "Mirna says US DOL Wage & Hour investigator asked for payroll registers. Wants to know how to export 'gross only, no deductions'.", "Showed standard payroll register export. Did NOT build a custom one.", owner="sup2", who=2),
     ],
     label=dict(label="positive", kind="factory_labour", kf=("tip", "activity"), ev=["ev1", "tip"],
                rationale="At the February 2015 scoping the owner asked to hide visa-loan and dormitory deductions from workers who 'still owe' for visas, some of them started at 16, which with the single-account payroll deposits makes forced labour knowable."))

cust(name="Pell Harbor Seafood Co.", industry="Food Processing", web="www.pellharborseafood.example",
     street="12 Cannery Wharf Rd", city="Pell Harbor", state="MD", zip="21838", rev=2700000, emp=52,
     desc="Crab picking house. Payroll add-on (seasonal), invoicing to wholesalers.",
     created="2014-01-14", total=20,
     contacts=[("Vaughn", "Pettry", "Operations Manager"), ("Carla", "Dise", "Owner")],
     story=[
      N("2014-02-01", "Acct overview", "Crab picking house, ~40 seasonal pickers Apr-Nov on H-2B + 8 yr-round. Piece rate by the pound. Employer housing (common in this industry). Payroll add-on weekly.", owner="ae2"),
      C("2016-05-09", "2016-05-27", "Payroll run error - negative net pay", "Payroll for wk ending 5/6 won't finalize: 22 employees show negative net pay. Vaughn needs it run by Fri.", "Per Vaughn the negatives are 'right': pickers owe a 'recruiter loan' ($3,500 each, to their agent in Mexico), housing $125/wk, and a $40/wk 'document custody' fee for keeping their passports in the office safe; early season piece-rate doesn't cover it. He wants the balance to roll fwd week to week until paid. SE built a carry-forward deduction so payroll finalizes at $0 net. Closing.", key="tip", owner="sup1", who=0, typ="Problem", prio="High"),
      O("2016-10-14", "Pell Harbor - renewal + custom deductions", "Renewal, plus services for carry-fwd deduction config.", 5400.00, owner="ae2"),
      T("2019-07-22", "FYI local news", "Local paper: worker advocacy group protest outside the plant. Carla says 'one disgruntled worker'. No action.", owner="ae2", who=1),
     ],
     label=dict(label="positive", kind="factory_labour", kf=("tip", "closed"), ev=["tip"],
                rationale="The closing comment of the May 2016 payroll case records recruiter-loan debts, a fee for holding workers' passports and debts rolled forward past zero net pay, which is debt bondage."))

cust(name="Ridgeline Freight Partners LLC", industry="Transportation", web="www.ridgelinefreight.example",
     street="300 Doremus Ave", city="Newark", state="NJ", zip="07105", rev=6100000, emp=34,
     desc="Small carrier, ~25 trucks. Expense app for drivers, bill pay for weekly settlements.",
     created="2015-06-01", total=21,
     contacts=[("Ivo", "Brandt", "Owner"), ("Teodora", "Lusk", "Dispatcher"), ("Wellington", "Saraiva", "Driver")],
     story=[
      N("2015-06-20", "Onboarding", "Small carrier, drivers on lease-purchase. Drivers use expense app for fuel/reciepts. Weekly driver settlements via bill pay.", owner="csm2"),
      C("2016-02-03", "2016-02-04", "Settlement deductions config", "Wants 14 deduction types on driver settlements: truck lease, insurance, ELD, 'housing', 'immigration/legal', 'advance'. Some drivers netting <$100/wk.", "Configured. Told client deductions are their responsibility.", owner="sup1", who=1),
      T("2016-09-12", "Driver app support call", "Inbound call, driver Wellington (expense app user), Portuguese, used interpreter line. He said: 'Não consigo sair da empresa. Eles ficaram com meu passaporte e minha CNH e dizem que eu devo 22 mil pelo caminhão. Trabalho sete dias e não recebo nada. Se eu sair eles ligam para a imigração.' Asked if we can send his pay direct to him. Told him we're only the software vendor. FYI CSM.", key="tip", owner="sup2", who=2, typ="Call"),
      N("2016-09-13", "re: driver call", "Saw the support note. Teodora says the driver is 'confused', he owes on the lease like everyone. Leaving it.", owner="csm2"),
      O("2017-06-01", "Ridgeline - renewal + 15 expense seats", "Renewed, added 15 driver seats (new drivers from Brazil per Ivo).", 7900.00, owner="ae1"),
      C("2018-10-16", "2018-10-30", "HSI subpoena", "HSI subpoena for driver settlement and expense records, Ridgeline Freight, 2015-2018.", "Produced 10/30.", owner="risk", typ="Legal", prio="High"),
     ],
     label=dict(label="positive", kind="trucking_labour", kf=("tip", "activity"), ev=["tip"],
                rationale="A driver's Portuguese call in September 2016 reports his passport and licence held, an unpayable truck debt, no pay and threats of immigration, which turns the earlier heavy-deduction note into forced labour."))

cust(name="Valle Verde Harvest Labor LLC", industry="Agriculture", web="www.valleverdelabor.example",
     street="88 County Rd 846", city="Lake Corra", state="FL", zip="34142", rev=3300000, emp=124,
     desc="Farm labor contractor (tomatoes, peppers). Payroll add-on, bookkeeping svc.",
     created="2013-02-05", total=20,
     contacts=[("Ubaldo", "Cerna", "Owner"), ("Rosalba", "Cerna", "Office")],
     story=[
      N("2013-03-01", "Acct notes", "FLC w/ ~120 seasonal workers. Payroll add-on. Deducts 'company store' and transport, says it's per DOL rules.", owner="ae2"),
      C("2014-01-15", "2014-01-16", "DD warning - many employees same acct", "Payroll flags: 118 employees' direct deposit goes to 3 accounts. Ubaldo says crew leaders cash checks for workers who don't have bank accts.", "Overrode dup-account warning at client request.", key="ev1", owner="sup1", who=0),
      T("2014-11-04", "BK svc request - worker ledgers", "Ubaldo wants a ledger per worker called 'deuda transporte' starting at $1,500 ea (ride from the border, 'el coyote'), 20% interest per MONTH, auto-deduct from wages, and wants us to backdate I-9s to dates he'll give. Refused I-9 backdating. Built the debt ledger. Asked mgr if this goes to risk - mgr said not needed.", key="tip", owner="bk", who=0),
      O("2015-02-10", "Valle Verde - renewal", "Annual renewal, payroll 130 employees.", 9100.00, owner="ae2"),
      C("2017-03-08", "2017-03-17", "Records request - DOL / FBI", "Joint DOL-OIG and FBI request for payroll + ledger data, Valle Verde Harvest Labor.", "Produced 3/17, recieved confirmation from agent.", owner="risk", typ="Legal", prio="High"),
     ],
     label=dict(label="positive", kind="agriculture", kf=("tip", "activity"), ev=["ev1", "tip"],
                rationale="In November 2014 the owner had smuggling-fee debts at 20% a month deducted from wages and asked for backdated I-9s, on top of 118 workers' pay going to crew leaders' accounts, which is debt bondage."))

cust(name="Brightway Office Cleaning Services", industry="Business Services", web="www.brightwayclean.example",
     street="77 Geneva Ave", city="Boston", state="MA", zip="02121", rev=980000, emp=22,
     desc="Commercial night cleaning. Time-tracking app, payroll add-on, bookkeeping svc.",
     created="2015-09-14", total=19,
     contacts=[("Odile", "Bassong", "Owner"), ("Aminata", "Keita", "Cleaner")],
     story=[
      N("2015-10-01", "Onboarding", "Commercial cleaning, ~20 cleaners on night shifts. Time-tracking app + payroll. Owner Odile does everything herself.", owner="csm1"),
      N("2016-04-10", "BK svc note", "Rent $3,200/mo to 'Maison Dorchester Rooms' coded 'staff housing'. Several cleaners list that addr. Payroll only shows 6 of ~20 cleaners.", owner="bk"),
      C("2016-11-21", "2016-11-23", "cant log in - user msg", "Cleaner user 'aminata.k' says can't log in to time app; left this in the in-app feedback box: 'Bonjour, je ne veux pas me connecter, je veux de l'aide. Madame garde nos passeports, on travaille 7 jours sur 7 et on ne reçoit pas de salaire, elle dit qu'on doit d'abord rembourser le billet d'avion et le visa. Nous sommes 9 dans une chambre.' Login itself works fine on our end.", "Pwd reset sent. Msg fwd to CSM for awareness. Closing as login resolved.", key="tip", owner="sup2", who=1, origin="Web", typ="Problem"),
      T("2016-11-28", "Call w/ Odile re feedback msg", "Called Odile about the in-app msg. She says the girl is 'homesick' and 'we take care of them like family'. Ok, noted.", owner="csm1", who=0),
      N("2017-02-06", "Feature change", "Odile asked us to turn off in-app feedback for cleaner users. Done.", owner="csm1"),
     ],
     label=dict(label="positive", kind="cleaning_labour", kf=("tip", "created"), ev=["tip"],
                rationale="The French message in the November 2016 login case says the owner holds the cleaners' passports, pays nothing while they repay travel and visa costs and houses nine to a room; the earlier housing note was only a hint."))

cust(name="El Farolito Cantina & Grill", industry="Food & Beverage", web="www.elfarolitocantina.example",
     street="5109 Lawther Dr", city="Dallas", state="TX", zip="75218", rev=870000, emp=15,
     desc="Cantina / bar w/ kitchen. Invoicing, bookkeeping svc, later online booking add-on.",
     created="2014-04-02", total=19,
     contacts=[("Nestor", "Aguayo", "Owner"), ("Brenda", "Olvera", "Bookkeeper")],
     story=[
      C("2014-07-17", "2014-07-18", "New income categories", "Client wants income categories 'Fichas' and 'Cuartos'. Brenda: ficha = drink tokens the hostesses earn, cuartos = room rental upstairs.", "Created both categories + mapped POS items.", owner="sup1", who=1),
      N("2015-01-29", "BK svc review Q4", "'Cuartos' income $38k in Q4, more than food. Hostess 'commissions' paid in cash, not thru payroll. Told Nestor hostesses should be on payroll.", owner="bk"),
      E("2015-06-09", "Site visit - annual review", "Met Nestor at the cantina ~4pm. 6 hostesses; 2 looked 15-16 to me. Nestor, unprompted: the girls 'came up from Honduras, they pay off the trip working the rooms upstairs, 20 min at a time', and he keeps their IDs 'so they don't run before they pay'. Wants online booking for 'rooms' added to invoicing. Said I'd get back to him.", key="tip", owner="ae1", loc="Client site"),
      O("2015-07-15", "Online booking add-on", "Booking add-on for room rentals, hourly slots.", 1800.00, typ="Add-on", owner="ae1"),
      C("2016-05-11", "2016-05-20", "Dallas PD records request", "Dallas PD vice records request for booking and invoicing data, El Farolito.", "Produced per legal.", owner="risk", typ="Legal", prio="High"),
     ],
     label=dict(label="positive", kind="bar_cantina", kf=("tip", "activity"), ev=["tip"],
                rationale="At the June 2015 visit the owner said hostesses, some looking 15-16, repay their trip by 'working the rooms upstairs' while he keeps their IDs, which makes the earlier 'cuartos' revenue readable as sex trafficking."))

cust(name="Blue Orchid Day Spa LLC", industry="Consumer Services", web="www.blueorchiddayspa.example",
     street="6620 Bellaire Blvd Ste 112", city="Houston", state="TX", zip="77074", rev=520000, emp=9,
     desc="Day spa. Invoicing + card processor integration. Related accts: Lily, Red Lantern, Serenity spas.",
     created="2016-02-11", total=19,
     contacts=[("Mei", "Arden", "Owner (listed)"), ("Royce", "Tam", "Consultant")],
     story=[
      N("2016-02-20", "Setup", "Listed owner is Mei Arden but all onboarding done by 'Royce', who says he 'helps out' with 3 other spas (Lily, Red Lantern, Serenity) that also use us under different owner names. Card on file for all 4 = Royce's Amex. Mei didn't speak on the call.", key="ev1", owner="csm2", who=1),
      T("2017-01-10", "Call re business hrs on invoices", "Royce wants invoice footer hrs changed to 10am-2am, 7 days.", owner="csm2", who=1),
      C("2017-08-22", "2017-08-24", "Processor terminated - need help", "Royce: card processor closed the merchant accts for all 4 spas same day, 'bank says adult services'. Wants help moving invoicing to a new processor under 'RT Consulting LLC', recode all massage revenue to 'consulting fees' so the new processor doesn't ask, and take 'massage' out of item names.", "Support won't advise on recoding; sent to AE. AE set up new processor integration under RT Consulting.", key="tip", owner="sup1", who=1, prio="High"),
      N("2017-09-01", "AE note", "Keep happy, 4 accts ~$9k/yr together. Royce will send referrals.", owner="ae2"),
      T("2018-05-14", "Risk review", "Risk analyst: all 4 spas listed on an adult review board w/ 'extras' reviews. Escalated to mgr.", owner="risk"),
     ],
     label=dict(label="positive", kind="straw_owner", kf=("tip", "created"), ev=["ev1", "tip"],
                rationale="In August 2017 a processor dropped all four spas one man controls through named straw owners for adult services, and he asked for help disguising massage revenue as consulting, which with the 2016 setup note makes an illicit massage network knowable."))

cust(name="Pacific Crest Trading Co.", industry="Wholesale", web="www.pacificcresttrading.example",
     street="210 Newark Ave Fl 3", city="Jersey City", state="NJ", zip="07302", rev=1900000, emp=5,
     desc="Importer (housewares, ceramics). Bank feeds, bookkeeping svc.",
     created="2014-10-08", total=19,
     contacts=[("Anson", "Kwei", "Owner")],
     story=[
      N("2014-10-20", "Onboarding", "Importer of housewares/ceramics, small team. 4 bank feeds + 6 cards. Wants bookkeeping svc monthly.", owner="csm1"),
      C("2015-08-04", "2015-08-05", "Bank rules request", "Wants auto-rules: all charges from 3 classified ad sites (CityNite, LocalPal, BackRoom Ads) + hotels coded to 'Marketing - product listings' and 'Travel - buyer visits'.", "Rules created.", owner="sup2"),
      N("2016-03-15", "BK svc monthly review", "~240 small charges/mo ($5-25) to the same 3 ad sites from 6 prepaid cards; 1-2 night hotel stays in 9 cities, overlapping weeks. Cash deposits $9,000-9,800 several times/wk at different branches. Almost no product sales invoices vs those deposits. Anson says 'ad campaigns for distributors'. Flagging to risk.", key="ev1", owner="bk"),
      T("2016-04-02", "Risk review - ad site charges", "Checked the 3 ad sites from the bank rules: all are adult 'personals'/escort listings. Asked Anson on call, he said 'my girls need the ads, just code it marketing like before'. Recommend exit; mgr says finish the contract yr.", key="tip", owner="risk", who=0),
      O("2016-10-08", "Pacific Crest - renewal", "Renewed, bookkeeping svc incl.", 4300.00, owner="ae1"),
      C("2017-05-30", "2017-06-12", "Bank closed accounts", "Anson: his bank closed all 4 accts, wants to connect feeds to a new bank + a money transmitter.", "New feeds connected.", owner="sup1"),
     ],
     label=dict(label="positive", kind="front_company", kf=("tip", "activity"), ev=["ev1", "tip"],
                rationale="The March 2016 review (hundreds of small escort-ad charges on prepaid cards, short hotel stays across cities, structured cash) was confirmed in April 2016 when the sites proved to be escort listings and the owner said his 'girls' need the ads."))

cust(name="Starlite Inn & Suites", industry="Hospitality", web="www.starliteinnbakersfield.example",
     street="3300 Pierce Rd", city="Bakersfield", state="CA", zip="93308", rev=1150000, emp=14,
     desc="Independent motel, 62 rooms. Invoicing (corporate accts), bill pay, payroll.",
     created="2013-05-06", total=17,
     contacts=[("Kiran", "Pell", "Owner"), ("Dottie", "Reyes", "GM")],
     story=[
      C("2016-03-14", "2016-03-30", "Civil Investigative Demand - state AG", "Rec'd CID from state AG for Starlite's invoices, room revenue and payroll. Cover letter: nuisance action alleging motel mgmt rented rooms by the hour for prostitution incl. minors and took a cut; 2 managers charged w/ sex trafficking of a minor.", "Produced 3/30. Acct left active.", key="tip", owner="risk", typ="Legal", prio="High"),
      T("2016-04-11", "Owner call", "Kiran asked to delete the 'short stay' hourly item + its history from invoicing. Told him we can't delete posted history.", owner="csm1", who=0),
      O("2016-06-01", "Starlite - renewal", "Annual renewal, no changes.", 2400.00, owner="ae2"),
     ],
     label=dict(label="positive", kind="motel", kf=("tip", "created"), ev=["tip"],
                rationale="The first red flag is plain: a March 2016 attorney-general demand describing hourly rentals for prostitution including minors and managers charged with sex trafficking of a minor."))

cust(name="NiteLine Classifieds Inc.", industry="Internet", web="www.nitelineclassifieds.example",
     street="1 Harbor Point Ste 800", city="Phoenix", state="AZ", zip="85004", rev=7400000, emp=26,
     desc="Online classifieds site. Recurring invoicing for premium ad packages, expense, custom reports.",
     created="2014-02-18", total=21,
     contacts=[("Preston", "Valk", "CFO"), ("Janae", "Hollister", "Controller")],
     story=[
      N("2014-03-01", "Acct overview", "Online classifieds (autos, rentals, jobs, personals). Recurring invoices for premium ad packages, ~9k advertisers.", owner="ae1"),
      C("2015-07-08", "2015-07-10", "Card processor change", "Their card processor stopped processing for them. Want to accept crypto + prepaid vouchers and record as 'Other receipts'.", "Pointed to manual payment types + custom receipt method.", owner="sup1", who=1),
      E("2016-01-26", "Custom revenue report - scoping", "CFO Preston wants premium revenue by category. Their data: 'Personals > Adult/Escort' is 96% of paid revenue. Also wants a rule on invoice line descriptions that swaps 'escort', 'teen', 'young', 'GFE' for 'companion service' before invoices go out, 'b/c the banks read the invoices'. And a new 'Dating' category to take over if adult has to close.", key="tip", owner="se", who=0),
      O("2016-03-01", "Custom Reports SOW - category revenue + text rules", "Category revenue report + invoice description substitution rules.", 11500.00, typ="Services", owner="ae1"),
      T("2017-01-19", "News", "State AG sued NiteLine over child sex ads per news. Preston says 'politics'. Renewal still on track.", owner="ae1", who=0),
      O("2017-02-28", "NiteLine - renewal", "Renewed 1 yr.", 18200.00, owner="ae1"),
     ],
     label=dict(label="positive", kind="escort_platform", kf=("tip", "activity"), ev=["tip"],
                rationale="The January 2016 scoping showed escort ads were 96% of paid revenue and the customer wanted words like 'teen' stripped from invoices and a fallback 'Dating' category; the 2015 processor loss was only a hint."))

cust(name="Hearthside Household Staffing LLC", industry="Business Services", web="www.hearthsidestaffing.example",
     street="1600 Anderson Rd Ste 210", city="McLean", state="VA", zip="22102", rev=1350000, emp=6,
     desc="Places live-in nannies/housekeepers. Bills families via invoicing + client portal.",
     created="2015-01-20", total=19,
     contacts=[("Gloria", "Mendel", "Owner"), ("Trent", "Ashby", "Family client (portal user)")],
     story=[
      N("2015-02-03", "Onboarding", "Domestic staffing agency, places live-in nannies/housekeepers w/ families, many workers from Philippines and Peru. Bills families monthly via invoicing + portal.", owner="csm2"),
      N("2016-06-21", "BK svc note", "Family invoices: 'placement & supervision' $2,900/mo, 'worker stipend' $300/mo. Asked Gloria, she says agency pays workers the rest 'at contract end'.", owner="bk"),
      C("2017-02-13", "2017-02-24", "Client portal - invoice dispute", "Family portal user (T. Ashby) disputing Feb invoice, wants a call.", "Spoke w/ Mr Ashby 2/24. He says agency told them to keep the nanny's passport in their safe 'per contract' and not let her have her phone on workdays; nanny (Rosario) has gotten only $300/mo for 14 months, told them she owes the agency $6k for visa + flight and can't quit. He stopped paying pending answers. Told him we're billing software only, referred back to agency. FYI AE.", key="tip", owner="sup2", who=1, origin="Web"),
      T("2017-03-02", "Call w/ Gloria", "Gloria says Ashby is lying to get out of the contract. Wants portal comments disabled for families. Done.", owner="ae2", who=0),
      O("2017-12-15", "Hearthside - renewal", "Renewed, +2 seats.", 3100.00, owner="ae2"),
     ],
     label=dict(label="positive", kind="domestic_work", kf=("tip", "closed"), ev=["tip"],
                rationale="The closing comment of the February 2017 portal case records the agency having families hold a nanny's passport and phone, paying her $300 a month against a visa debt she cannot leave, which explains the earlier low-stipend note."))
# ======================= HARD NEGATIVES =======================
def neg(kind, why):
    return dict(label="negative", kind=kind, rationale=why)

cust(name="SwiftTill Payments LLC", industry="Financial Services", web="www.swifttill.example",
     street="500 N Akard St Ste 1900", city="Dallas", state="TX", zip="75201", rev=8800000, emp=41,
     desc="Payment facilitator for restaurants/retail. GL, bill pay, custom reports.",
     created="2014-08-11", total=21,
     contacts=[("Dana", "Whitlock", "Chief Compliance Officer"), ("Marcus", "Obi", "Controller")],
     story=[
      T("2016-05-10", "Call w/ compliance lead", "Dana: their risk team terminated 9 sub-merchants last qtr - escort ads posing as 'massage' and 'modeling' merchants. Want a GL class to track reserve holds + chargeback losses on terminated merchants.", owner="ae1", who=0),
      C("2017-02-07", "2017-02-09", "Custom report - terminated merchant reserves", "Need report of funds held from merchants they shut down (prostitution/trafficking indicators under card brand rules), aged by termination date.", "Built saved report w/ class filter 'TERM-RISK'. Marcus confirmed.", owner="sup1", who=1),
      N("2018-08-20", "QBR", "'We filed SARs on two of them and MATCH-listed all nine,' per Dana. Wants a 2-step approval in bill pay for reserve releases. Good expansion candidate.", owner="ae1"),
      O("2018-09-30", "SwiftTill - renewal + approvals", "Renewal + approval workflows add-on.", 16800.00, owner="ae1"),
     ],
     label=neg("hard:payments_offboards_merchants", "The payfac terminates, SAR-files and MATCH-lists its own merchants for escort ads; it is the one detecting abuse."))

cust(name="Knot & Loom Market Inc.", industry="Internet", web="www.knotandloom.example",
     street="225 Fourth Ave", city="Pittsburgh", state="PA", zip="15222", rev=4100000, emp=23,
     desc="Online marketplace for handmade goods. Seller payouts via bill pay, expense mgmt.",
     created="2015-03-02", total=20,
     contacts=[("Priya", "Ostrander", "Head of Trust & Safety"), ("Colm", "Reddy", "Finance Lead")],
     story=[
      N("2015-11-03", "Call summary", "Priya (T&S): delisted ~30 sellers this yr whose 'custom portrait' listings were really ads for sexual services. Need to claw back pending payouts - asked if bill pay can void scheduled payouts in bulk.", owner="csm2"),
      C("2016-03-22", "2016-03-23", "Bulk void payouts", "Void 14 scheduled seller payouts, sellers kicked off for policy violation (adult services). Pls confirm no ACH went out.", "Confirmed voided before ACH cutoff.", owner="sup2", who=1),
      E("2017-06-13", "Annual review", "They shut down a seller ring using shop pages to advertise escorts, reported it to NCMEC + local PD. Want expense category for outside T&S contractors + moderation vendor.", owner="ae2", who=0),
     ],
     label=neg("hard:marketplace_offboards_sellers", "The marketplace delists and reports sellers that misuse it for sexual services; the wrongdoers are the removed sellers."))

cust(name="Keystone Merchant Services Group", industry="Financial Services", web="www.keystonemerchant.example",
     street="1100 Market St Ste 300", city="Harrisburg", state="PA", zip="17101", rev=2600000, emp=12,
     desc="ISO / merchant services reseller. Invoicing, commissions, payroll.",
     created="2013-10-15", total=18,
     contacts=[("Gwen", "Albrecht", "President"), ("Samir", "Dowd", "Underwriting Mgr")],
     story=[
      C("2016-10-04", "2016-10-06", "Residuals clawback - 3 merchants", "Three massage merchants were terminated by Keystone after underwriting found them on a sex-buyer review site; all three put on MATCH. Need to reverse agent residuals already paid.", "Credit memos issued to agent, residual report re-run.", owner="sup1", who=1),
      N("2016-10-07", "FYI", "Samir: 'we cut off any spa that shows up on those boards, no second chances.' They asked for an 'offboarded merchant' tag in invoicing.", owner="csm1"),
      O("2017-10-15", "Keystone - renewal", "Standard renewal.", 3600.00, owner="ae2"),
     ],
     label=neg("hard:payments_offboards_merchants", "The ISO cuts off and MATCH-lists massage merchants found on review boards; the spas, not the customer, are the suspects."))

cust(name="Open Door Freedom Network", type_="Customer - Nonprofit", industry="Non-Profit", web="www.opendoorfreedom.example",
     street="45 W Jackson Blvd Ste 600", city="Chicago", state="IL", zip="60604", rev=1700000, emp=19,
     desc="Anti-trafficking nonprofit: case mgmt, emergency aid, training. Fund accounting, grants.",
     created="2014-01-27", total=21,
     contacts=[("Renata", "Villalobos", "Executive Director"), ("Hugh", "Amsel", "Finance Director")],
     story=[
      C("2014-03-10", "2014-03-12", "Custom fields - client assistance", "Need custom expense fields for direct client assistance: emergency housing, ID/passport replacement (clients whose traffickers kept their documents), transport, debt counselling.", "Fields added, mapped to restricted fund.", owner="sup2", who=1),
      N("2015-06-04", "Privacy req", "Renata asked that survivor names never appear in bill pay memos or invoices - use their client #s only. Some clients are minors. Turned off memo autofill.", owner="csm1"),
      T("2016-09-19", "Grant report help", "Helped Hugh pull federal victim-services grant expenditures by category for the quarterly report. Intake form Qs (who holds your ID, do you owe money to your employer, are you under 18) are in their case mgmt sys, not ours.", owner="csm1", who=1),
      O("2017-01-27", "Open Door - nonprofit renewal", "Renewal at nonprofit discount.", 2100.00, owner="ae2"),
      T("2018-05-02", "Bill pay - bilingual advocates", "Hotline calls in Spanish ('me quitaron los papeles y dicen que les debo dinero') go to 3 bilingual contract advocates; set them up as 1099 vendors in bill pay, paid per shift.", owner="csm1", who=1),
     ],
     label=neg("hard:ngo", "An anti-trafficking nonprofit serving survivors; the trafficking vocabulary describes the people it helps."))

cust(name="Harbor Light Youth Shelter", industry="Non-Profit", web="www.harborlightyouth.example",
     street="19 Pier Rd", city="Portland", state="ME", zip="04101", rev=890000, emp=17,
     desc="Emergency shelter for runaway/homeless youth 12-21. Payroll, fund accounting.",
     created="2015-05-18", total=18,
     contacts=[("Alden", "Marsh", "Director"), ("Bea", "Okonkwo", "Bookkeeper")],
     story=[
      N("2015-06-01", "Onboarding", "Youth shelter, 24 beds, residents 12-21, some referred by police/DCF after being exploited. Payroll 17 staff, donations, state contract billing.", owner="csm2"),
      C("2016-11-08", "2016-11-09", "Hide resident names on state invoices", "State contract invoices list resident initials; Alden wants those replaced with case numbers b/c some are minors in trafficking cases w/ the DA.", "Changed invoice template to case # field.", owner="sup1", who=0),
      T("2018-03-14", "Background checks expense", "Set up expense category for staff background checks + mandated reporter training.", owner="csm2", who=1),
     ],
     label=neg("hard:shelter", "A shelter protecting exploited youth; minors, police and trafficking cases refer to its residents, not to wrongdoing by it."))

cust(name="Castellan & Rhee Survivor Law PLLC", industry="Legal", web="www.castellanrhee.example",
     street="233 Broadway Ste 1210", city="New York", state="NY", zip="10279", rev=2200000, emp=11,
     desc="Law firm for trafficking survivors: T-visas, civil suits. Trust accounting, time billing.",
     created="2016-04-05", total=19,
     contacts=[("Ines", "Castellan", "Partner"), ("Daniel", "Rhee", "Partner"), ("Lorna", "Fitch", "Office Manager")],
     story=[
      T("2016-04-20", "Onboarding - trust acct", "Set up IOLTA trust acct + matter-level ledgers. Most matters: T-visa apps, civil 1595 suits against motels and labor contractors.", owner="csm1", who=2),
      C("2018-07-12", "2018-07-13", "Settlement disbursement", "Large settlement from a motel operator in a client's trafficking case landed in trust. Need to split: client share, fees, costs. Client is a minor - funds to a court-ordered account.", "Walked Lorna thru disbursement w/ split lines.", owner="sup2", who=2),
      N("2019-01-30", "Call summary", "Ines: 'Half our clients' traffickers kept their passports, the other half had debts they could never pay off.' Wants a report of costs advanced per matter. Built one.", owner="csm1"),
     ],
     label=neg("hard:law_firm", "A law firm suing traffickers for survivors; its records describe its clients' abusers."))

cust(name="Meridian Crossing Hotels LLC", industry="Hospitality", web="www.meridiancrossing.example",
     street="800 Peachtree St NE", city="Atlanta", state="GA", zip="30308", rev=14500000, emp=210,
     desc="Owner-operator of 6 select-service hotels. Payroll, AP, expense, custom reports.",
     created="2013-07-22", total=22,
     contacts=[("Corinne", "Batiste", "VP Operations"), ("Ellis", "Ward", "Controller")],
     story=[
      E("2016-02-04", "Custom report scoping - training compliance", "Corinne wants a report of anti-trafficking training completion by hotel and a cost center for the new 'report trafficking' button + hotline vendor. All front desk staff trained on signs (cash for rooms by the hr, many male visitors, minors w/ older adults).", owner="se", who=0),
      C("2017-09-05", "2017-09-06", "Expense category - LE liaison", "Need expense category for the police-request process (records retrieval, staff OT for subpoena responses).", "Created.", owner="sup1", who=1),
      N("2018-04-17", "QBR", "FYI: front desk at the Decatur property called police about a teen w/ an older man in room 214; the guest was arrested. Corporate gave the clerk an award. No impact to acct, definately not a churn risk.", owner="ae2"),
      O("2018-07-22", "Meridian - renewal", "3-yr renewal.", 38000.00, owner="ae2"),
     ],
     label=neg("hard:hotel_reporting", "The hotel group trains staff, funds a reporting button and called police on a guest; the arrested person was a guest, not the customer."))

cust(name="Kindred Spark Dating Inc.", industry="Internet", web="www.kindredspark.example",
     street="140 New Montgomery St", city="San Francisco", state="CA", zip="94105", rev=3200000, emp=28,
     desc="Dating app. Subscription invoicing reconciliation, expense, payroll.",
     created="2016-06-13", total=19,
     contacts=[("Tobias", "Wren", "COO"), ("Anjali", "Maurer", "Trust & Safety Lead")],
     story=[
      N("2017-03-08", "Call summary", "Anjali: spam/escort accts run ~0.3% of signups, auto-removed w/in 24h, suspected minors reported to NCMEC. Wants to code moderation vendor + NCMEC reporting tool spend to a T&S dept.", owner="csm2"),
      C("2018-02-20", "2018-02-21", "Police request - cost tracking", "T&S gets ~10 LE requests/mo (subpoenas for user data). Want to track outside counsel cost per request.", "Set up class 'LE-REQ' + report.", owner="sup2", who=1),
      O("2019-06-13", "Kindred Spark - renewal", "Renewal + 5 seats.", 7400.00, owner="ae1"),
      N("2019-11-04", "T&S metrics", "Per Anjali: banned 212 accts in Oct for escort solicitation (0.4% of new signups), 3 NCMEC reports, all w/in 24h. Asked for cost per moderation hr report, TBD.", owner="csm2"),
     ],
     label=neg("hard:dating_low_spam", "The dating app keeps escort spam under 1%, removes it within a day and reports minors to NCMEC."))

cust(name="Northgate Investigations & Training LLC", industry="Professional Services", web="www.northgateinvestigations.example",
     street="9 Commerce Park Dr", city="Columbus", state="OH", zip="43215", rev=640000, emp=6,
     desc="PI + training firm run by retired federal agent. Invoicing, expense.",
     created="2015-10-26", total=17,
     contacts=[("Russ", "Kaminski", "Owner (ret. HSI SA)")],
     story=[
      N("2015-11-10", "Acct overview", "Russ is ret. HSI special agent. Trains hotel + trucking staff on trafficking indicators, does due diligence for brands. Invoices to county DA's office + corporate clients.", owner="ae1"),
      C("2017-04-03", "2017-04-04", "Expense receipts - undercover", "Receipts for motel rooms + 'ads' on an adult site, coded to DA contract. Russ says it's for an undercover op the DA hired them on. Wants receipts marked confidential.", "Showed how to restrict receipt visibility to admin.", owner="sup1"),
      T("2018-09-11", "Upsell", "Russ adding 2 contractors. Added expense seats.", owner="ae1"),
     ],
     label=neg("hard:police", "An investigator working for prosecutors; the motel and ad receipts are undercover work for the DA."))

cust(name="Center for Labor Migration Studies", industry="Education", web="www.clms-research.example",
     street="310 University Ave", city="Madison", state="WI", zip="53706", rev=1100000, emp=9,
     desc="University-affiliated research center. Grant accounting, participant payments.",
     created="2016-08-29", total=18,
     contacts=[("Helena", "Strand", "Principal Investigator"), ("Kofi", "Mensah", "Grants Administrator")],
     story=[
      N("2016-09-12", "Onboarding", "Research on recruitment fees + debt among seafood and farm workers. Grant accounting by award. Pays survey participants w/ gift cards - IRB requires no names in accounting.", owner="csm1"),
      C("2017-05-15", "2017-05-16", "Bulk gift card payments", "Need to record 300 participant payments ($25 gift cards) w/o names - participant IDs only. Some interviewees report passports held by employers, per Helena, so privacy is strict.", "Set up batch expense import w/ ID field.", owner="sup2", who=1),
      T("2019-03-04", "Custom report", "Built report of spend by award + field site for NSF report.", owner="se", who=1),
     ],
     label=neg("hard:researcher", "A research center studying forced labour; the passports and debts are its interviewees' experiences."))

cust(name="Sierra Row Farm Staffing Inc.", industry="Agriculture", web="www.sierrarowstaffing.example",
     street="2100 W Main St", city="Salinas", state="CA", zip="93901", rev=6800000, emp=260,
     desc="H-2A farm labor contractor. Payroll add-on, bookkeeping svc.",
     created="2014-03-03", total=21,
     contacts=[("Lupe", "Arrieta", "Owner"), ("Gordon", "Yee", "Compliance Mgr")],
     story=[
      N("2014-03-20", "Setup", "H-2A contractor, ~250 workers in season. Employer housing is required by H-2A and county-inspected. Meals deduction at DOL allowed rate. Visa + travel costs reimbursed in first workweek per H-2A.", owner="ae2"),
      C("2015-07-06", "2015-07-07", "Reimbursement earning code", "Need earning code 'Visa/Travel Reimb' non-taxable per DOL guidance.", "Created; Gordon tested.", owner="sup1", who=1),
      T("2017-08-22", "DOL audit support", "Gordon: DOL WHD audit closed, no findings. Workers keep their own passports (they check each arrival). Asked for payroll register export for the file.", owner="csm2", who=1),
      O("2018-03-03", "Sierra Row - renewal", "Renewal, 280 employees.", 15400.00, owner="ae2"),
      C("2016-03-28", "2016-03-29", "Passport field?", "Gordon asked if we have a custom field to record workers' passport numbers and 'where passports are kept'.", "For I-9/H-2A file only: they copy the passport at arrival and hand it straight back to the worker, copy goes in the HR file. Added a text field on employee record. Told them not to store images in notes.", owner="sup2", who=1),
     ],
     label=neg("hard:staffing_ordinary", "A compliant H-2A contractor: legally required inspected housing, reimbursed visa costs, workers keep passports, clean DOL audit."))

cust(name="Polished by Trinh Nail Bar", industry="Consumer Services", web="www.polishedbytrinh.example",
     street="4521 W Broad St", city="Richmond", state="VA", zip="23230", rev=380000, emp=8,
     desc="Single nail salon. Payroll (all techs W-2), invoicing for gift cards.",
     created="2016-01-11", total=17,
     contacts=[("Thu", "Trinh", "Owner")],
     story=[
      C("2016-02-02", "2016-02-03", "Tip reporting on payroll", "Owner wants card tips paid thru payroll each wk w/ proper withholding.", "Set up tips earning code.", owner="sup2"),
      T("2017-05-09", "Call", "Thu asked for employment verification letter for a tech's DACA renewal. Explained report that shows hire date + wages.", owner="csm1"),
      N("2018-01-25", "Renewal", "Renewed, added 2 techs to payroll. Happy customer.", owner="ae2"),
     ],
     label=neg("hard:nail_salon_ordinary", "An ordinary nail salon paying techs on payroll with tips; immigration paperwork is a routine HR letter."))

cust(name="Cascade Institute of Massage Therapy", industry="Education", web="www.cascademassageschool.example",
     street="1520 NE 8th St", city="Bellevue", state="WA", zip="98007", rev=1600000, emp=21,
     desc="Licensed massage school + student clinic. Tuition invoicing, payroll.",
     created="2014-06-16", total=19,
     contacts=[("Marguerite", "Olsen", "Director"), ("Dev", "Kapoor", "Registrar")],
     story=[
      C("2015-08-24", "2015-08-25", "Invoices for minors", "A few dual-enrollment students are 17 y/o; tuition invoices need to go to parent/guardian.", "Added bill-to contact override.", owner="sup1", who=1),
      N("2016-03-09", "Call summary", "Student clinic revenue (public massages by students under supervision, $35). State board audit coming - Marguerite wants clinic revenue seperate from tuition.", owner="csm2"),
      T("2017-11-13", "Renewal call", "Renewed. Asked about expense for state licensing exam fees.", owner="ae1", who=0),
     ],
     label=neg("hard:massage_school", "A licensed massage school whose minors are dual-enrolment students billed to their parents."))

cust(name="Big Sky Fuel & Travel Plaza", industry="Retail", web="www.bigskytravelplaza.example",
     street="I-90 Exit 277", city="Billings", state="MT", zip="59101", rev=9300000, emp=48,
     desc="Truck stop: fuel, diner, showers, parking. AP, payroll, invoicing fleet accts.",
     created="2013-04-08", total=20,
     contacts=[("Walt", "Hendry", "GM"), ("Sonja", "Pruitt", "Office Mgr")],
     story=[
      N("2015-09-14", "Call summary", "Walt put up anti-trafficking posters in showers/restrooms + trained cashiers (truck stop coalition program). Wants expense category for training.", owner="csm1"),
      C("2017-01-30", "2017-01-31", "Police records request (theirs)", "State patrol asked Big Sky for fleet fuel receipts + camera times for one night. Sonja asked how to pull fuel invoices for a specific carrier.", "Showed filter by customer + date.", owner="sup2", who=1),
      N("2017-02-02", "FYI", "Per Walt, cashier called 911 about a girl going truck to truck in the lot; a driver (not an employee, just a customer) was arrested by state patrol. They're cooperating.", owner="csm1"),
     ],
     label=neg("hard:truck_stop", "The truck stop trained staff and called police; the arrested person was a driver using its lot."))

cust(name="Tres Hermanas Taqueria", industry="Food & Beverage", web="www.treshermanastaqueria.example",
     street="2740 Mission St", city="San Francisco", state="CA", zip="94110", rev=1050000, emp=19,
     desc="Family taqueria, 2 locations. Bill pay, payroll.",
     created="2014-09-22", total=18,
     contacts=[("Marisela", "Ochoa", "Owner"), ("Beto", "Ochoa", "Manager")],
     story=[
      C("2017-06-12", "2017-06-20", "URGENT fraudulent vendor bank change", "Marisela: paid produce vendor $18,400 to new bank details from an email that turned out to be spoofed. Police report filed (SFPD #). Asks if we can recall.", "ACH recall requested, bank recovered $6,200. Enabled callback verification for vendor bank changes. Sent BEC KB.", owner="sup1", who=0, prio="High", typ="Problem"),
      T("2017-06-21", "Follow up - fraud", "Called Marisela, she's ok. Also a cook's identity was stolen in the same phishing, helped her get the W-2 copy for the police report.", owner="csm2", who=0),
      O("2017-09-22", "Tres Hermanas - renewal", "Renewed.", 1900.00, owner="ae2"),
     ],
     label=neg("hard:victim_of_crime", "The taqueria was the victim of a spoofed-vendor fraud and its cook of identity theft."))

cust(name="Clearwater Janitorial Co.", industry="Business Services", web="www.clearwaterjanitorial.example",
     street="3901 Hillsborough Ave", city="Tampa", state="FL", zip="33610", rev=2300000, emp=64,
     desc="Janitorial contractor. Payroll, time tracking, invoicing.",
     created="2015-02-09", total=19,
     contacts=[("Shauna", "Lindqvist", "HR Director"), ("Arturo", "Benn", "Owner")],
     story=[
      C("2017-10-02", "2017-10-04", "Employment letter for T-visa", "Shauna needs employment + wage verification letter for an employee applying for a T-visa. Employee was trafficked by a previous employer in another state; HSI victim specialist asked for proof of current lawful employment.", "Provided wage verification report template.", owner="sup2", who=0),
      N("2017-10-05", "FYI", "Shauna: 'We hired her through a refugee resettlement program, she's one of our best supervisors.' Wants payroll to split a garnishment? No - she meant direct deposit split to savings. Done.", owner="csm1"),
      T("2018-02-09", "Renewal", "Renewal processed, +10 employees.", owner="ae1", who=1),
     ],
     label=neg("hard:employee_victim", "The employee was trafficked by a former employer elsewhere; the customer is helping her with her T-visa."))

cust(name="Riverbend Youth Soccer League", industry="Non-Profit", web="www.riverbendyouthsoccer.example",
     street="PO Box 4412", city="Boise", state="ID", zip="83704", rev=420000, emp=4,
     desc="Youth rec soccer, 1,200 players age 5-18. Registration invoicing, expense.",
     created="2016-07-05", total=17,
     contacts=[("Pam", "Keough", "Treasurer"), ("Lyle", "Benson", "Registrar")],
     story=[
      C("2016-08-15", "2016-08-16", "Background check fees", "Need expense category for coach background checks + SafeSport training; must be done before coaches work w/ minors.", "Created, tied to class 'Safeguarding'.", owner="sup1", who=0),
      C("2018-05-21", "2018-05-24", "Police report - stolen trailer", "Equipment trailer stolen from fields. Boise PD asked for purchase invoice for the trailer + nets. Pam can't find it.", "Found 2016 bill in AP history, exported PDF.", owner="sup2", who=0),
      N("2019-01-08", "Renewal", "Renewed for season. Registrar asked to hide player birthdates on family invoices (minors' data). Done.", owner="csm2"),
     ],
     label=neg("hard:safeguarding", "A youth league doing coach background checks and reporting a stolen trailer; police and minors appear for ordinary reasons."))

cust(name="Bluebird Cultural Au Pair Exchange", industry="Business Services", web="www.bluebirdaupair.example",
     street="75 State St Ste 1000", city="Boston", state="MA", zip="02109", rev=2900000, emp=16,
     desc="J-1 au pair sponsor. Invoices host families, bill pay, payroll for staff.",
     created="2014-11-17", total=20,
     contacts=[("Claire", "Dumont", "Director"), ("Hector", "Sales", "Local Coordinator")],
     story=[
      N("2014-12-02", "Onboarding", "J-1 au pair program. Host families pay program fees to Bluebird; families pay au pair weekly stipend ($195.75/wk federal minimum) directly. Au pairs come from Brazil, Colombia, France, etc.", owner="csm1"),
      C("2016-07-18", "2016-07-20", "Refund - rematch", "Host family rematch: au pair wrote to her coordinator: 'A família ficou com meu passaporte para guardar e eu trabalho mais de 60 horas por semana, não aguento mais.' (family took her passport 'for safekeeping', 60 hr wks). Bluebird moved her to a new family in 2 days and dropped the family. Need partial refund of program fee to... no, fee forfeited per contract - need credit memo reversal.", "Processed reversal. Claire: 'that family is banned from our program.'", owner="sup1", who=0),
      T("2018-01-10", "Renewal", "Renewed + 3 coordinator seats.", owner="ae2", who=0),
     ],
     label=neg("hard:au_pair_ordinary", "The au pair sponsor rescued an au pair from an abusive host family and banned the family; the customer acted against the abuse."))

cust(name="Harborview Seafood Kitchen", industry="Food & Beverage", web="www.harborviewkitchen.example",
     street="1300 Alaskan Way", city="Seattle", state="WA", zip="98101", rev=2400000, emp=37,
     desc="Seafood restaurant. Payroll, bill pay, invoicing (catering).",
     created="2013-03-25", total=19,
     contacts=[("Nadia", "Brewster", "Owner"), ("Felix", "Aung", "GM")],
     story=[
      N("2017-08-09", "Staff change", "Former kitchen mgr (fired in May for no-shows) was arrested for trafficking women thru a side business, per Nadia. Restaurant not involved, police told her so. Remove his user login.", owner="csm1"),
      C("2017-08-14", "2017-08-16", "Records request re ex-employee", "Seattle PD asked Harborview for payroll + timecards of the ex-employee (dates he was on shift). Nadia asked us how to export one employee.", "Showed single-employee payroll history export.", owner="sup2", who=0),
      O("2018-03-25", "Harborview - renewal", "Renewal.", 3200.00, owner="ae1"),
      T("2017-08-10", "Call w/ Nadia", "Nadia worried the arrest news 'looks bad for us'. Detective told her the restaurant isn't part of it. Only ask from us: disable his login + keep his records. Done.", owner="csm1", who=0),
     ],
     label=neg("hard:ex_employee_arrested", "A fired former manager was arrested for his own side business; the restaurant is a witness supplying records."))

cust(name="Serenity Falls Day Spa", industry="Consumer Services", web="www.serenityfallsspa.example",
     street="88 Main St", city="Stowe", state="VT", zip="05672", rev=760000, emp=12,
     desc="Day spa at resort area. Invoicing, gift cards, payroll.",
     created="2015-04-20", total=17,
     contacts=[("Joy", "Maddox", "Owner")],
     story=[
      N("2016-12-29", "BK svc note", "Lot of cash deposits in Dec + website says open till 11pm Fri/Sat? Asked Joy.", owner="bk"),
      N("2017-01-06", "re: cash", "Joy: Dec cash is holiday gift card sales at the resort kiosk, hrs are for the couples package after ski. All 9 LMTs licensed w/ state, payroll W-2. Makes sense, closing my q.", owner="bk"),
      O("2017-04-20", "Serenity Falls - renewal", "Renewed, no changes.", 1700.00, owner="ae2"),
     ],
     label=neg("hard:ambiguous_note_renewal", "One note about cash and late hours was explained by gift card sales and licensed staff, followed by a routine renewal."))

cust(name="Westgate Garment Works", industry="Apparel", web="www.westgategarment.example",
     street="2450 E 12th St", city="Los Angeles", state="CA", zip="90021", rev=4600000, emp=58,
     desc="Garment manufacturer. Payroll, timesheets, custom reports for brand audits.",
     created="2013-06-03", total=20,
     contacts=[("Raquel", "Tomas", "Owner"), ("Benji", "Liu", "HR/Payroll")],
     story=[
      E("2016-04-12", "Custom report scoping - audit pack", "Brand social compliance audit next month. Need report: hrs/wk per worker, OT paid, deductions by type. Raquel wants zero deductions other than taxes + health plan to show.", owner="se", who=0),
      C("2016-05-23", "2016-05-24", "Audit finding - OT", "Auditor found 4 workers w/ >60hrs in a week in March; Benji wants OT report to show corrective back pay.", "Showed back-pay earning code + report.", owner="sup1", who=1),
      N("2016-06-01", "Audit result", "Per Raquel: audit passed, 'no passport retention, no recruitment fees, no forced OT' per the brand's checklist. OT back pay done.", owner="csm2"),
     ],
     label=neg("hard:factory_audited", "A garment maker passing a social compliance audit and back-paying overtime; the labour terms come from an auditor's checklist."))
# ======================= ORDINARY =======================
ORD = dict(label="negative", kind="ordinary", rationale="Ordinary small business with routine records only.")
cust(name="Flour & Ember Bakery", industry="Food & Beverage", web="www.flourandember.example",
     street="612 Elm St", city="Cincinnati", state="OH", zip="45202", rev=690000, emp=11,
     desc="Bakery + wholesale to cafes. Invoicing, bill pay.", created="2014-02-03", total=16,
     contacts=[("Greta", "Hollis", "Owner")],
     story=[N("2015-03-02", "Wholesale invoicing", "Greta wants standing weekly invoices for 6 cafe accts. Set up recurring.", owner="csm1")],
     label=ORD)
cust(name="Brightsmile Family Dental", industry="Healthcare", web="www.brightsmiledental.example",
     street="2200 S Colorado Blvd", city="Denver", state="CO", zip="80222", rev=1800000, emp=14,
     desc="Dental practice. Payroll, AP, expense.", created="2013-11-04", total=17,
     contacts=[("Omar", "Farrah", "DDS, Owner"), ("Kelsey", "Ng", "Practice Manager")],
     story=[C("2016-01-18", "2016-01-19", "Practice mgmt integration", "Wants daily deposit import from their practice mgmt software.", "Set up CSV import mapping.", owner="sup1", who=1)],
     label=ORD)
cust(name="Quillstack Software Inc.", industry="Technology", web="www.quillstack.example",
     street="401 Congress Ave Ste 1540", city="Austin", state="TX", zip="78701", rev=5400000, emp=38,
     desc="B2B SaaS. Subscription invoicing, expense, payroll.", created="2015-07-27", total=19,
     contacts=[("Noor", "Haddad", "VP Finance"), ("Ben", "Sato", "Accountant")],
     story=[E("2017-02-15", "Rev rec scoping", "Discussed deferred revenue schedules for annual subs. Wants custom deferral report.", owner="se", who=0)],
     label=ORD)
cust(name="Tri-County Parcel Logistics", industry="Transportation", web="www.tricountyparcel.example",
     street="17 Industrial Pkwy", city="Harrisburg", state="PA", zip="17111", rev=3700000, emp=45,
     desc="Regional last-mile delivery. Payroll, fuel expenses, invoicing.", created="2014-05-19", total=18,
     contacts=[("Ray", "Donnelly", "Owner"), ("Sheila", "Marcus", "Office Mgr")],
     story=[T("2016-06-08", "Fuel card feed", "Connected fuel card feed to expense, drivers' receipts auto-matched.", owner="csm2", who=1)],
     label=ORD)
cust(name="Alder & Finch Architects", industry="Professional Services", web="www.alderfinch.example",
     street="901 SW Washington St", city="Portland", state="OR", zip="97205", rev=2100000, emp=13,
     desc="Architecture firm. Project invoicing, time billing.", created="2016-03-14", total=16,
     contacts=[("Wren", "Alder", "Principal"), ("Jonah", "Finch", "Principal")],
     story=[N("2017-05-10", "Project billing", "Moving to % complete billing per project phase. Set up progress invoices.", owner="csm1")],
     label=ORD)
# ======================= ROUTINE FILLER + WRITER =======================
BANKS = ["First Meridian Bank", "Chase", "Wells", "BofA", "Summit CU", "Harbor National", "US Bank", "Citizens", "PNC", "Amex"]
TASKS = [
 ("Onboarding follow-up", "Walked {c} thru chart of accts, bank feed connected ({bank}). Next: import open invoices."),
 ("Follow up - bank feed", "{bank} feed dropped again, re-authed w/ {c}. MFA token issue on bank side, not ours."),
 ("Send W-9", "AP at {acct} asked for our W-9, sent."),
 ("QBR prep", "Pulled usage: ~{n} invoices/mo, bill pay vol steady. No churn risk seen."),
 ("Payroll add-on demo", "Demo'd payroll add-on to {c}. Interested, wants pricing for {m} employees."),
 ("Call re sales tax", "Q about sales tax settings for online orders. Pointed to KB 2231, {c} ok."),
 ("Renewal reminder", "Emailed {c} re upcoming renewal. Auto-renew on, no changes expected."),
 ("Pwd reset", "{c} locked out after 5 atempts. Reset + reminded re 2FA app."),
 ("1099 season", "Reminded {c} to review vendor 1099 flags before Jan 31."),
 ("chk in", "Quick check in, all good. Asked abt receipt capture on mobile, sent link."),
 ("Invoice template", "Helped {c} add logo + Net 15 terms to invoice template."),
 ("Upsell - bookkeeping svc", "Pitched monthly bookkeeping add-on. {c} said maybe after tax season, f/u in {mon}."),
 ("Collections", "Card on file declined, emailed {c} for new card. Paid next day."),
 ("Seat change", "Added 1 user seat (new office staff). Prorated on next invoice."),
 ("Reconcile help", "Screen share w/ {c}: dup transactions from feed. Excluded dupes, reconciled to stmt."),
 ("Year end close", "Sent yr-end checklist, set lock date at client request."),
 ("Expense app rollout", "Turned on expense mgmt for {m} users, updated mileage rate to IRS rate."),
 ("New CSM intro", "Intro email sent: acct moving to new CSM, no action needed by client."),
 ("NPS follow up", "NPS {nps}. Likes bill pay. Wants better AR aging report, logged FR-{fr}."),
 ("Feature request logged", "{c} wants recurring invoices by class/location. Logged FR-{fr}."),
 ("LVM", "Left VM for {c} re training webinar invite. No callback yet."),
 ("CPA access", "Added client's CPA as accountant user (read-only + adj entries)."),
 ("Price increase notice", "Sent list price change notice, {c} acked. No pushback."),
 ("FYI - AE change", "FYI acct reassigned to new AE, CSM unchanged. TBD if they want a QBR this yr."),
 ("Onsite training TBD", "{c} wants onsite training, TBD after their budget mtg. AE looped in."),
 ("Payroll q", "{c} asked if payroll handles w/holding for multi-state employees - yes, sent KB."),
 ("Bank feed - new acct", "Added new {bank} checking to feeds b/c they opened a 2nd acct for payroll."),
 ("Integrations", "Connected POS/e-comm sync for {c}. Daily summary entries, tested 3 days ok."),
]
CASES = [
 ("Bank feed not syncing", "Transactions stopped importing from {bank}.", "Re-linked feed, token expired. Confirmed sync.", "Problem"),
 ("Checks printing off", "Check alignment off on new check stock.", "Adjusted print offset, test print ok.", "Problem"),
 ("Where is 941", "Client asking where to find quarterly 941.", "Sent path Payroll > Tax Forms. Closed.", "Question"),
 ("Duplicate invoice #s", "Two invoices got the same number after import.", "Renumbered, reset sequence.", "Problem"),
 ("session expired loop", "User keeps getting 'session expired' on login.", "Cleared cache/cookies, fixed. Browser ext was blocking.", "Problem"),
 ("Vendor bank change", "Vendor sent new remit details, needs updating in bill pay.", "Verified by callback to vendor # on file, updated.", "Question"),
 ("Excel export blank", "P&L export to Excel opens blank.", "Known bug w/ date filter, workaround sent. Fixed in release 7.2.", "Problem"),
 ("Double charged", "Client says subscription charged twice this month.", "Confirmed dup charge, refunded.", "Billing"),
 ("Receipt upload fails", "Mobile receipt upload spins forever.", "App update fixed it.", "Problem"),
 ("Add accountant user", "Want to add outside accountant.", "Invited as accountant user.", "Question"),
 ("Sales tax rate wrong", "Local tax rate outdated on invoices.", "Updated rate table, re-issued 2 invoices.", "Problem"),
 ("DD timing", "Employees asking why direct deposit landed a day late.", "Bank holiday. Explained cutoff times.", "Question"),
 ("Invoice emails -> spam", "Customers not getting invoice emails.", "Sent SPF/DKIM setup steps, client IT fixed.", "Problem"),
 ("Close books locked", "Can't post to last month, says period closed.", "Client had set lock date; showed how to unlock w/ admin pw.", "Question"),
 ("W-2 reprint", "Need reprint of last yr W-2 for 1 employee.", "Sent steps to reprint from archive.", "Question"),
 ("Cancel payroll run", "Ran payroll twice by mistake.", "Voided 2nd run before funding, no $ moved.", "Problem"),
]
NOTES = [
 ("Acct overview", "{ind} client, ~{m} staff. Uses invoicing + bill pay. Owner does books w/ CPA at yr end."),
 ("Renewal", "Renewed annual, no discount asked. Happy."),
 ("Pricing", "Grandfathered on old pricing, don't change w/o mgr OK."),
 ("Call summary", "Talked integrations - wants POS/bank sync improvements. Told them connector update coming Q{q}."),
 ("BK svc handoff", "Handed to bookkeeping team, monthly close by the 10th. Docs in shared folder."),
 ("Health", "Usage steady, no open cases. Green."),
 ("Billing contact change", "New billing contact, updated on invoices."),
]
EVENTS = [
 ("Kickoff", "Onboarding kickoff: setup plan, bank feeds, import of customers/vendors.", "Zoom"),
 ("Annual review", "Yr in review, usage + roadmap. No issues raised.", "Zoom"),
 ("Training - expense app", "Trained {m} staff on expense app + receipt capture.", "Client site"),
 ("Payroll go-live", "First payroll run together, all good.", "Phone"),
 ("Webinar - yr end", "Client attended our yr-end close webinar.", "Webinar"),
]

def rd(a, b):
    if b <= a: return a
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))

def fill(s, c, acct):
    return s.format(c=c, bank=rng.choice(BANKS), n=rng.randint(20, 400), m=rng.randint(3, 40), nps=rng.choice([7, 8, 9, 10]),
                    fr=rng.randint(1000, 9999), mon=rng.choice(["Apr", "May", "Jun"]), q=rng.randint(1, 4),
                    ind=acct["industry"], acct=acct["name"])

def make_filler(cu, k, start, end):
    out = []
    short = cu["name"].split(" ")[0].replace(",", "")
    # always first: new business opp + kickoff
    out.append(O((start + dt.timedelta(days=rng.randint(8, 25))).isoformat(), f"{short} - new business",
                 "Core plan + bank feeds.", float(rng.choice([1200, 1800, 2400, 3600, 4800])), typ="New Business", owner=rng.choice(["ae1", "ae2"])))
    ev = EVENTS[0]
    out.append(E((start + dt.timedelta(days=rng.randint(26, 40))).isoformat(), ev[0], ev[1], owner="csm1", loc=ev[2]))
    years_used = set()
    while len(out) < k:
        r = rng.random()
        d = rd(start + dt.timedelta(days=45), end)
        c = rng.choice(cu["contacts"])[0]
        if r < 0.36:
            s, b = rng.choice(TASKS)
            out.append(T(d.isoformat(), s, fill(b, c, cu), owner=rng.choice(["csm1", "csm2", "ae1", "ae2"]), who=rng.randrange(len(cu["contacts"])),
                         typ=rng.choice(["Call", "Email", "Call", "Other"])))
        elif r < 0.68:
            s, b, cm, ty = rng.choice(CASES)
            closed = d + dt.timedelta(days=rng.choice([0, 0, 1, 1, 2, 3, 6]))
            if closed > D("2020-12-30"): closed = d
            out.append(C(d.isoformat(), closed.isoformat(), s, fill(b, c, cu), cm, owner=rng.choice(["sup1", "sup2"]),
                         who=rng.randrange(len(cu["contacts"])), origin=rng.choice(["Email", "Phone", "Web"]), typ=ty,
                         prio=rng.choice(["Low", "Medium", "Medium"])))
        elif r < 0.82:
            t, b = rng.choice(NOTES)
            out.append(N(d.isoformat(), t, fill(b, c, cu), owner=rng.choice(["csm1", "csm2", "ae2"])))
        elif r < 0.91:
            s, b, loc = rng.choice(EVENTS[1:])
            out.append(E(d.isoformat(), s, fill(b, c, cu), owner=rng.choice(["csm1", "csm2", "ae1"]), loc=loc, who=rng.randrange(len(cu["contacts"]))))
        else:
            if d.year in years_used: continue
            years_used.add(d.year)
            out.append(O(d.isoformat(), f"{short} - renewal {d.year}", "Annual renewal.", float(rng.choice([1500, 2200, 3000, 4200, 6000])),
                         owner=rng.choice(["ae1", "ae2"])))
    return out

ROWS = {k: [] for k in ["Account", "Contact", "Opportunity", "Case", "Task", "Event", "Note"]}
LABELS = []
KEYDATE = {}
case_no = [41000]
AREA = {"TX": "713", "NC": "704", "AZ": "520", "CA": "213", "MD": "410", "NJ": "201", "FL": "239", "MA": "617", "PA": "412",
        "IL": "312", "ME": "207", "NY": "212", "GA": "404", "OH": "614", "WI": "608", "VA": "804", "WA": "206", "MT": "406",
        "ID": "208", "VT": "802", "CO": "303", "OR": "503"}

def phone(st):
    return f"({AREA.get(st, '555')}) 555-01{rng.randint(0, 99):02d}"

for cu in CUSTOMERS:
    aid = nid("001")
    created = D(cu["created"])
    dom = cu["web"].replace("www.", "")
    ROWS["Account"].append(dict(Id=aid, Name=cu["name"], Type=cu.get("type_", "Customer"), Industry=cu["industry"], Website=cu["web"],
        Phone=phone(cu["state"]), BillingStreet=cu["street"], BillingCity=cu["city"], BillingState=cu["state"],
        BillingPostalCode=cu["zip"], BillingCountry="United States", AnnualRevenue=f"{cu['rev']:.2f}",
        NumberOfEmployees=str(cu["emp"]), Description=cu["desc"], OwnerId=USERS[rng.choice(["ae1", "ae2"])], CreatedDate=dts(created)))
    cids = []
    for i, (fn, ln, title) in enumerate(cu["contacts"]):
        cid = nid("003"); cids.append(cid)
        email = f"{fn.lower().replace('-', '')}.{ln.lower()}@{dom}" if "Family" not in title else f"{ln.lower()}.family@mailbox.example"
        ROWS["Contact"].append(dict(Id=cid, AccountId=aid, FirstName=fn, LastName=ln, Title=title, Email=email,
            Phone=phone(cu["state"]), MailingCity=cu["city"], MailingCountry="United States", Birthdate="",
            OwnerId=USERS["csm1"], CreatedDate=dts(created + dt.timedelta(days=i * rng.randint(0, 12)))))
    story = cu["story"]
    lastd = max(D(r["date"]) for r in story)
    if cu["label"]["label"] == "positive":
        end = min(lastd + dt.timedelta(days=200), D("2020-11-30"))
    else:
        end = D("2020-11-30")
    nfill = cu["total"] - len(cu["contacts"]) - len(story)
    recs = story + make_filler(cu, nfill, created, end)
    for r in recs:
        d = D(r["date"]); o = r["obj"]; own = USERS[r["owner"]]
        who = cids[r["who"]] if r.get("who") is not None and r.get("who", 0) < len(cids) else ""
        if o == "Note":
            rid = nid("002")
            ROWS["Note"].append(dict(Id=rid, ParentId=aid, Title=r["title"], Body=r["body"], IsPrivate=r["private"], OwnerId=own, CreatedDate=dts(d)))
            dates = dict(created=d)
        elif o == "Task":
            rid = nid("00T")
            ROWS["Task"].append(dict(Id=rid, WhatId=aid, WhoId=who, AccountId=aid, Subject=r["subject"], Description=r["desc"],
                ActivityDate=d.isoformat(), Status=r["status"], Priority=r["prio"], Type=r["typ"], OwnerId=own, CreatedDate=dts(d)))
            dates = dict(created=d, activity=d)
        elif o == "Event":
            rid = nid("00U"); h = rng.randint(14, 21)
            st = dt.datetime(d.year, d.month, d.day, h, rng.choice([0, 30]))
            en = st + dt.timedelta(minutes=r["dur"])
            ROWS["Event"].append(dict(Id=rid, WhatId=aid, WhoId=who, AccountId=aid, Subject=r["subject"], Description=r["desc"],
                Location=r["loc"], ActivityDate=d.isoformat(), StartDateTime=st.strftime("%Y-%m-%dT%H:%M:%S.000+0000"),
                EndDateTime=en.strftime("%Y-%m-%dT%H:%M:%S.000+0000"), DurationInMinutes=str(r["dur"]), Type=r["typ"],
                OwnerId=own, CreatedDate=dts(d, 22, rng.randint(0, 59))))
            dates = dict(created=d, activity=d)
        elif o == "Case":
            rid = nid("500"); case_no[0] += 1
            cd = D(r["closed"]) if r["closed"] else None
            ch = rng.randint(13, 17)
            cdt = dts(d, ch, rng.randint(0, 59))
            if cd:
                if cd == d:
                    cldt = dts(cd, rng.randint(18, 23), rng.randint(0, 59))
                else:
                    cldt = dts(cd)
            ROWS["Case"].append(dict(Id=rid, CaseNumber=f"{case_no[0]:08d}", AccountId=aid, ContactId=who, Subject=r["subject"],
                Description=r["desc"], Status=r["status"] or ("Closed" if cd else "Working"), Priority=r["prio"], Origin=r["origin"],
                Type=r["typ"], IsClosed="true" if cd else "false", OwnerId=own, CreatedDate=cdt, ClosedDate=cldt if cd else "",
                Comments=r["comments"]))
            dates = dict(created=d, closed=cd)
        elif o == "Opportunity":
            rid = nid("006")
            cr = max(created, d - dt.timedelta(days=rng.randint(15, 45)))
            won = r["stage"] == "Closed Won"
            ROWS["Opportunity"].append(dict(Id=rid, AccountId=aid, Name=r["name"], Type=r["typ"], StageName=r["stage"],
                Amount=f"{r['amount']:.2f}", Probability="100" if won else "0", CloseDate=d.isoformat(), IsClosed="true",
                IsWon="true" if won else "false", Description=r["desc"], OwnerId=own, CreatedDate=dts(cr)))
            dates = dict(created=cr, close=d)
        if r.get("key"):
            KEYDATE[(aid, r["key"])] = (rid, dates)
    lab = cu["label"]
    if lab["label"] == "positive":
        kkey, which = lab["kf"]
        kf = KEYDATE[(aid, kkey)][1][which].isoformat()
        ev = ";".join(KEYDATE[(aid, k)][0] for k in lab["ev"])
        assert kkey in lab["ev"]
    else:
        kf, ev = "", ""
    LABELS.append(dict(AccountId=aid, label=lab["label"], kind=lab["kind"], knowable_from=kf, evidence_ids=ev, rationale=lab["rationale"]))

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
        for r in rows: w.writerow(r)

for k, v in ROWS.items():
    write(k, v)
write("labels", LABELS)
print({k: len(v) for k, v in ROWS.items()}, "total", sum(len(v) for v in ROWS.values()) - len(ROWS["Account"]))
