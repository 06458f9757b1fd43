from dsl import O, C, T, E, N

ACCOUNTS = []

# ---------------------------------------------------------------- Sierra Crest H-2A staffing (ordinary, lawful)
ACCOUNTS.append(dict(
 name="Sierra Crest Labor Solutions", industry="Staffing", web="sierracrestlabor.example", phone="(541) 555-0118",
 street="77 N Riverside Ave", city="Medford", state="OR", zip="97501", country="United States",
 rev=9600000, emp=30, owner="am3", created="2014-02-17", end="2020-10-15",
 desc="H-2A agricultural staffing (pears, hops). Grower invoicing, worker payouts to individual bank/card accounts.",
 contacts=[("Dolores","Wexler","President","dwexler@sierracrestlabor.example","(541) 555-0119","Medford","United States",""),
           ("Hector","Ayala","Compliance Manager","hayala@sierracrestlabor.example","(541) 555-0120","Medford","United States",""),
           ("Ian","Frost","Payroll","payroll@sierracrestlabor.example","(541) 555-0121","Ashland","United States","")],
 recs=[
  O("2014-02-17","Sierra Crest - invoicing + payouts","Closed Won",22000,"Invoice growers; payouts per worker."),
  N("2014-03-03","uw","H-2A: workers recruited in MX via licensed recruiter, employer pays visa + travel (required). Employer-provided housing inspected by state. Each worker has own payout card in own name. No recruitment fees charged to workers - Hector showed policy.",who="uw2",k="ev"),
  C("2015-06-16",1,"Housing deduction line","Hector: H-2A rules don't allow housing deductions; wants to make sure payroll template has NO housing line, only meals at DOL-allowed rate.","Template adjusted to their spec.",typ="Question",close_in=2,k="ev"),
  C("2016-09-07",None,"Worker call - lost card","Worker (Spanish line): \"perdí mi tarjeta, el patrón me dijo que les llame\".","Card replaced, mailed to worker housing. Worker confirmed he keeps his own passport.",origin="Phone",typ="Question",close_in=3,k="ev"),
  N("2017-08-22","DOL audit","DOL WHD audit closed no findings; Hector sent letter for our file.",who="uw2",k="ev"),
  O("2018-01-15","Sierra Crest - renewal","Closed Won",26000,"Renewal.",typ="Renewal"),
  C("2019-05-30",2,"payout timing","Payday falls on holiday.","Advance batch.",close_in=1),
  O("2020-01-13","Sierra Crest - renewal 2020","Closed Won",27500,"Renewal.",typ="Renewal"),
 ],
 label="negative", kind="hard:staffing_ordinary",
 why="A lawful H-2A staffing firm with employer-paid travel, inspected housing, no fees or withheld documents and a clean DOL audit."))

# ---------------------------------------------------------------- Willow & Stone spa + massage school
ACCOUNTS.append(dict(
 name="Willow & Stone Day Spa and Massage Institute", industry="Health & Beauty", web="willowandstone.example", phone="(720) 555-0148",
 street="3000 E 3rd Ave", city="Denver", state="CO", zip="80206", country="United States",
 rev=2100000, emp=48, owner="am1", created="2013-05-06", end="2020-11-20",
 desc="Day spa + state-licensed massage therapy school. Card, online booking, tuition invoicing.",
 contacts=[("Claire","Donnelly","Owner","claire@willowandstone.example","(720) 555-0149","Denver","United States",""),
           ("Marcus","Webb","School Director","mwebb@willowandstone.example","(720) 555-0150","Denver","United States",""),
           ("Jen","Alvarado","Spa Manager","spa@willowandstone.example","(720) 555-0151","Aurora","United States","")],
 recs=[
  O("2013-05-06","Willow & Stone - spa + tuition","Closed Won",9000,"Spa POS, booking, tuition payment plans."),
  C("2013-09-12",2,"booking no-show fees","Want card on file for no-show fee.","Enabled.",typ="Feature Request",close_in=2),
  C("2014-04-01",2,"Ban a client","Jen: male client asked therapist for 'extra service', therapist ended session. Wants to block his card from future bookings.","Added card to their blocklist. Jen also filed report w/ Denver PD per their policy.",typ="Question",close_in=1,k="ev"),
  N("2015-02-10","visit","Bright storefront, big windows, open 9-8, licenses posted for each therapist. Students do supervised clinic at discount.",who="am1",k="ev"),
  O("2016-05-02","Willow & Stone - renewal","Closed Won",9500,"Renewal.",typ="Renewal"),
  C("2017-07-18",1,"Tuition plan for intl student","Student on F-1 visa.","Set up plan, normal.",close_in=1),
  C("2018-10-03",0,"Review site","Claire furious: spa listed on a sex-buyer review site by some troll; wants our advice. She sent takedown + reported to police.","Not a payments issue; noted. Sympathized.",typ="Question",close_in=2,k="ev"),
  O("2019-05-06","Willow & Stone - renewal","Closed Won",9800,"Renewal.",typ="Renewal"),
 ],
 label="negative", kind="hard:spa_ordinary",
 why="A licensed spa and massage school that bans clients seeking sexual services and reports them; a troll's review-site listing is not its conduct."))

# ---------------------------------------------------------------- Redline Auto victim of fraud
ACCOUNTS.append(dict(
 name="Redline Auto Parts Supply", industry="Retail", web="redlineautoparts.example", phone="(614) 555-0133",
 street="2455 Morse Rd", city="Columbus", state="OH", zip="43229", country="United States",
 rev=3300000, emp=21, owner="am2", created="2015-10-05", end="2020-06-30",
 desc="Auto parts store + e-commerce.",
 contacts=[("Vince","Tolliver","Owner","vince@redlineautoparts.example","(614) 555-0134","Columbus","United States",""),
           ("Amber","Nash","E-com manager","amber@redlineautoparts.example","(614) 555-0135","Westerville","United States","")],
 recs=[
  O("2015-10-05","Redline - e-com + POS","Closed Won",6500,"Online store + 2 POS."),
  C("2017-03-08",1,"Card testing attack","Thousands of $1 auths overnight on checkout.","Enabled CAPTCHA + velocity rules; auths blocked. Merchant is victim, fees waived.",prio="High",typ="Problem",close_in=1,k="ev"),
  C("2018-07-23",0,"Account takeover - payouts redirected","Someone phished Vince's login, changed payout bank to a mule account, $18k diverted. Vince filed police report + FBI IC3.","Recovered $11k via bank recall; 2FA enforced. Provided records to Columbus PD detective at merchant's request.",prio="High",typ="Problem",close_in=12,who="uw1",k="ev"),
  T("2018-07-25",0,"Follow up w/ Vince","Shaken, wants training for staff on phishing. Sent resources.",who="am2",k="ev"),
  O("2019-10-07","Redline - renewal","Closed Won",6900,"Renewal.",typ="Renewal"),
 ],
 label="negative", kind="hard:victim_of_crime",
 why="The customer was the victim of card testing and an account-takeover fraud; police and FBI mentions concern crimes against it."))

# ---------------------------------------------------------------- BrightNest cleaning, employee was a victim
ACCOUNTS.append(dict(
 name="BrightNest Cleaning Co.", industry="Consumer Services", web="brightnestclean.example", phone="(919) 555-0184",
 street="5400 Glenwood Ave Ste 110", city="Raleigh", state="NC", zip="27612", country="United States",
 rev=1300000, emp=35, owner="am3", created="2016-06-13", end="2020-10-31",
 desc="Residential + office cleaning. Invoicing + card, payouts to employee cards for tips.",
 contacts=[("Tamika","Barnes","Owner","tamika@brightnestclean.example","(919) 555-0185","Raleigh","United States",""),
           ("Gloria","Reyes","Team Lead","greyes@brightnestclean.example","(919) 555-0186","Cary","United States",""),
           ("Kevin","Shaw","Office Manager","office@brightnestclean.example","(919) 555-0187","Raleigh","United States","")],
 recs=[
  O("2016-06-13","BrightNest - invoicing + tips payouts","Closed Won",4200,"Recurring client invoices, tip payouts."),
  C("2016-08-01",2,"Recurring invoice date","Want invoices on 1st.","Done.",close_in=0),
  N("2017-10-19","sensitive - employee","Tamika called: a new cleaner disclosed that her PREVIOUS employer (a different agency in another state) took her passport, made her live in his basement and kept her wages 'for the debt'. Tamika connected her with the national hotline + a local NGO, gave her a pay advance. HSI agent may contact us to confirm her BrightNest wages (she's a witness). Tamika asks to move her tip payouts to a new account in her own name. Done.",who="am3",k="ev"),
  C("2017-11-02",0,"HSI contact","HSI agent asked BrightNest for employment + pay records of the employee (victim-witness).","BrightNest provided; we confirmed payouts go to employee's own acct. Nothing adverse re BrightNest.",typ="Legal",close_in=5,who="comp1",k="ev"),
  O("2018-06-11","BrightNest - renewal + 2nd city","Closed Won",5200,"Renewal + Durham team.",typ="Renewal"),
  C("2019-09-16",2,"late payments by client","Office client 60 days late.","Set up dunning.",close_in=2),
 ],
 label="negative", kind="hard:victim_of_crime",
 why="An ordinary cleaning company that helped an employee who had been trafficked by a previous, unrelated employer; HSI contact was as a witness."))

# ---------------------------------------------------------------- Fairhaven Academy safeguarding
ACCOUNTS.append(dict(
 name="Fairhaven Academy", type="Customer - Education", industry="Education", web="fairhavenacademy.example", phone="(860) 555-0120",
 street="18 School House Ln", city="Glastonbury", state="CT", zip="06033", country="United States",
 rev=14000000, emp=160, owner="am1", created="2015-08-10", end="2020-09-15",
 desc="Independent K-12 day/boarding school. Tuition invoicing, camp registration, parent portal payments.",
 contacts=[("Margaret","Sloane","Head of School","msloane@fairhavenacademy.example","(860) 555-0121","Glastonbury","United States",""),
           ("Rob","Kessler","Business Office","bursar@fairhavenacademy.example","(860) 555-0122","Glastonbury","United States",""),
           ("Dana","Whitfield","Director of Safeguarding","safeguarding@fairhavenacademy.example","(860) 555-0123","Hartford","United States","")],
 recs=[
  O("2015-08-10","Fairhaven - tuition + camps","Closed Won",18000,"Tuition plans, summer camp registration."),
  C("2016-04-12",2,"Safeguarding module for camp","Dana wants camp registration to collect authorized pickup adults + custody orders for minors, and block staff volunteers until background check cleared.","Built custom registration fields + volunteer gating via webhook from their background-check vendor.",typ="Feature Request",close_in=6,k="ev"),
  C("2017-01-30",1,"Police records request","Glastonbury PD asked for transaction log: a student's stolen laptop was sold, buyer paid at school store with card.","Provided per subpoena via school. Routine theft.",typ="Legal",close_in=7,who="comp1",k="ev"),
  N("2018-03-21","safeguarding training fee","Dana invoicing 400 parents for an online-safety evening: grooming, sextortion, trafficking awareness for teens. Fine.",who="am1",k="ev"),
  O("2018-06-04","Fairhaven - renewal","Closed Won",19500,"Renewal.",typ="Renewal"),
  C("2019-08-27",1,"Tuition plan failures","ACH returns spike.","Bank file issue.",close_in=2),
 ],
 label="negative", kind="hard:safeguarding",
 why="A school whose records mention minors, police and trafficking because of child-safeguarding features, an awareness evening and an ordinary theft."))

# ---------------------------------------------------------------- Tri-County youth soccer
ACCOUNTS.append(dict(
 name="Tri-County Youth Soccer League", type="Customer - Nonprofit", industry="Recreation", web="tricountyyouthsoccer.example", phone="(317) 555-0160",
 street="PO Box 881", city="Carmel", state="IN", zip="46082", country="United States",
 rev=600000, emp=3, owner="am2", created="2016-01-11", end="2020-08-31",
 desc="Youth soccer league (ages 5-18). Registration fees, tournament invoicing.",
 contacts=[("Mike","Brennan","League President","president@tricountyyouthsoccer.example","(317) 555-0161","Carmel","United States",""),
           ("Lisa","Huang","Registrar","registrar@tricountyyouthsoccer.example","(317) 555-0162","Fishers","United States","")],
 recs=[
  O("2016-01-11","Tri-County - registration","Closed Won",1500,"Registration + tournament fees."),
  C("2016-02-25",1,"Coach background checks","Coaches must pass background check + SafeSport before their team roster opens. Need a gate.","Custom field + webhook from their screening vendor.",typ="Feature Request",close_in=4,k="ev"),
  N("2017-05-09","fyi","Mike: one volunteer coach failed check (prior offense involving a minor), removed, refunded his kid's fee at his request. Police weren't involved w/ the league.",who="am2",k="ev"),
  C("2018-03-01",1,"Refund policy","Parents want refunds after rainouts.","Bulk partial refunds.",close_in=1),
  O("2019-01-14","Tri-County - renewal","Closed Won",1600,"Renewal.",typ="Renewal"),
 ],
 label="negative", kind="hard:safeguarding",
 why="A youth league that screens coaches and removed one who failed a background check; minors appear only as players."))

# ---------------------------------------------------------------- Northstar models
ACCOUNTS.append(dict(
 name="Northstar Model Management", industry="Entertainment", web="northstarmodels.example", phone="(212) 555-0144",
 street="250 W 39th St Fl 11", city="New York", state="NY", zip="10018", country="United States",
 rev=8300000, emp=41, owner="am2", created="2014-06-02", end="2020-11-01",
 desc="Fashion/commercial modelling agency incl. kids & teen division. Invoicing clients, payouts to talent.",
 contacts=[("Odile","Marchetti","Agency Director","odile@northstarmodels.example","(212) 555-0145","New York","United States",""),
           ("Ben","Carver","Head of Kids & Teens","kids@northstarmodels.example","(212) 555-0146","New York","United States",""),
           ("Yara","Haddad","Accounts","accounts@northstarmodels.example","(212) 555-0147","Jersey City","United States","")],
 recs=[
  O("2014-06-02","Northstar - invoicing + talent payouts","Closed Won",30000,"Client invoicing, talent payouts."),
  C("2014-07-15",1,"Minors' earnings to trust","NY law: 15% of minors' earnings to trust acct (child performer). Need split payouts to parent + trust.","Split payouts configured per minor; requires parent/guardian consent docs.",typ="Feature Request",close_in=5,k="ev"),
  N("2015-03-30","visit","Teen board: 14-17 y/o, always w/ parent or agency chaperone on set, work permits checked. Intl models (Brazil, France) on O-1/P visas, agency advances rent, deducts from earnings w/ statements; models keep passports.",who="am2",k="ev"),
  C("2016-09-22",2,"Model disputes deduction","Model (French) emailed: \"Je ne comprends pas la déduction de 900 $ pour l'appartement\".","Agency sent itemized statement; model satisfied. Normal apartment advance, signed agreement.",typ="Question",close_in=3,k="ev"),
  O("2017-06-05","Northstar - renewal","Closed Won",32000,"Renewal.",typ="Renewal"),
  C("2019-02-12",2,"1099s for 300 talent","Bulk 1099s.","Done.",close_in=3),
 ],
 label="negative", kind="hard:modelling_ordinary",
 why="A mainstream modelling agency handling minors lawfully (trusts, chaperones, permits) and transparent rent advances for foreign models who keep their passports."))

# ---------------------------------------------------------------- Prairie Junction truck stop
ACCOUNTS.append(dict(
 name="Prairie Junction Travel Center", industry="Retail", web="prairiejunction.example", phone="(785) 555-0111",
 street="1950 I-70 Service Rd", city="Salina", state="KS", zip="67401", country="United States",
 rev=12000000, emp=64, owner="am3", created="2012-04-16", end="2019-12-31",
 desc="Truck stop: fuel, diner, showers, parking (220 spots). Card + fleet card acceptance.",
 contacts=[("Gene","Albrecht","Owner","gene@prairiejunction.example","(785) 555-0112","Salina","United States",""),
           ("Pam","Kowalski","Store Manager","pam@prairiejunction.example","(785) 555-0113","Salina","United States","")],
 recs=[
  O("2012-04-16","Prairie Junction - fuel + store","Closed Won",14000,"Pay-at-pump + store + fleet cards."),
  C("2013-01-08",1,"fleet card declines","Fleet BIN not routed.","Fixed routing.",typ="Problem",close_in=1),
  N("2015-10-27","training","Pam made all staff do the truckers-against-trafficking style training; posters w/ hotline in showers + restrooms. Night clerk called sheriff in Sept about a girl going truck to truck in lot; sheriff recovered a 17 y/o runaway, arrested the man w/ her. Gene proud of staff.",who="am3",k="ev"),
  C("2015-11-04",1,"Sheriff asked for camera + receipts","Saline Co deputies want the receipts from the night in Sept (man bought prepaid cards).","Provided via Gene's consent + subpoena. Store is reporting party.",typ="Legal",close_in=5,who="comp1",k="ev"),
  O("2016-04-11","Prairie Junction - renewal + EMV pumps","Closed Won",22000,"Renewal + EMV.",typ="Renewal"),
  C("2018-12-03",1,"shower credits","Loyalty shower credits not applying.","Fixed.",close_in=1),
 ],
 label="negative", kind="hard:truck_stop_ordinary",
 why="A truck stop whose staff were trained to spot trafficking and reported a minor to the sheriff; it is the reporting party."))

# ---------------------------------------------------------------- Copper Room lounge, single ambiguous note
ACCOUNTS.append(dict(
 name="The Copper Room Lounge", industry="Food & Beverage", web="copperroomlounge.example", phone="(615) 555-0174",
 street="410 Broadway", city="Nashville", state="TN", zip="37203", country="United States",
 rev=2600000, emp=40, owner="am1", created="2015-03-02", end="2020-03-15",
 desc="Cocktail lounge + live music, VIP bottle service.",
 contacts=[("Drew","Hamlin","Owner","drew@copperroomlounge.example","(615) 555-0175","Nashville","United States",""),
           ("Kat","Moreno","GM","kat@copperroomlounge.example","(615) 555-0176","Nashville","United States","")],
 recs=[
  O("2015-03-02","Copper Room - POS + tabs","Closed Won",5200,"4 terminals, tab pre-auth."),
  N("2016-11-12","weird?","Kat said on call 'the girls work VIP till 3, pay them out nightly'. Unclear who 'girls' are. Asking risk to look.",who="am1",k="ev"),
  N("2016-11-18","risk look - Copper Room","Checked: 'girls' = bottle-service servers, W-2 employees, tips paid to each server's own card, payroll by ADP. Tab sizes normal for Broadway. No issue.",who="uw2",k="ev"),
  O("2017-03-06","Copper Room - renewal","Closed Won",5400,"Renewal.",typ="Renewal"),
  C("2018-05-19",1,"Pre-auth holds","Guests complain $200 hold.","Lowered to $100.",close_in=1),
  C("2019-08-02",1,"Tip-out report","GM wants tip-out report by server.","Report template.",close_in=2),
 ],
 label="negative", kind="hard:single_ambiguous_note",
 why="One vague remark about 'girls' working VIP was checked and found to mean W-2 bottle-service servers paid individually; ordinary renewal."))
