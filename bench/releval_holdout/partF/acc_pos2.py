from dsl import O, C, T, E, N

ACCOUNTS = []

# ---------------------------------------------------------------- CasaBella domestic work (Portuguese)
ACCOUNTS.append(dict(
 name="CasaBella Home Staffing LLC", industry="Consumer Services", web="casabellahome.example", phone="(617) 555-0125",
 street="44 Harvard St", city="Brookline", state="MA", zip="02445", country="United States",
 rev=1400000, emp=6, owner="am1", created="2013-10-01", end="2017-12-31",
 desc="Places live-in nannies, housekeepers, elder companions with families. Invoicing families + payouts to workers.",
 contacts=[("Lorena","Saldanha","Owner","lorena@casabellahome.example","(617) 555-0126","Brookline","United States","1970-02-14"),
           ("Carla","Mendes","Placement coordinator","carla@casabellahome.example","(617) 555-0127","Framingham","United States",""),
           ("Jefferson","Alves","Husband / 'finance'","jalves@casabellahome.example","(617) 555-0128","Brookline","United States",""),
           ("Rosimeire","Santos","Worker (payee)","rosi.santos@mailbox.example","(617) 555-0129","Newton","United States","")],
 recs=[
  O("2013-10-01","CasaBella - invoicing + payouts","Closed Won",6000,"Monthly invoices to families, weekly payouts to caregivers."),
  C("2013-11-15",1,"families want ACH","Some families want ACH instead of card.","Enabled ACH debit.",typ="Feature Request",close_in=3),
  N("2014-05-06","payout setup weirdness","Lorena wants all caregiver payouts to go to ONE acct (Jefferson's) 'because the girls don't have bank accounts yet, we pay them cash'. 23 caregivers. Allowed w/ her attestation.",who="cs1",k="ev"),
  C("2014-12-03",3,"'onde está meu pagamento'","Payee email replied to payout notification, in Portuguese: \"Por favor, eu trabalho 6 dias, 14 horas, e nunca vejo esse dinheiro. A dona Lorena guarda meu passaporte e diz que devo a passagem e o quarto. Não tenho folga há 5 meses.\" (translation via tool: works 6 days 14 hrs, never sees the money, owner keeps her passport, says she owes airfare + room, no day off in 5 months.)","Payout is to the account holder on file, nothing we can change. Told her to contact the agency. - sup1",origin="Email",typ="Question",close_in=1,k="key"),
  T("2014-12-05",0,"mention Rosi email to Lorena","Lorena: 'she's homesick, we help these girls, they owe us the ticket, it's normal'. Left it.",who="am1",k="ev"),
  O("2015-03-09","CasaBella - add elder care line","Closed Won",3200,"Second invoice template + 10 more caregivers.",typ="Existing Business",k="ev"),
  C("2015-08-27",1,"Invoice shows 'deducao moradia'","Carla asks to add line item 'housing & debt deduction' to caregiver statements.","Added custom line items.",typ="Feature Request",close_in=2,k="ev"),
  N("2016-06-14","renewal","Renewed. 31 caregivers now, all paid out to Jefferson's acct still.",who="am1"),
  C("2017-02-02",2,"account frozen?","Jefferson says bank froze his acct, asks to change payout acct to his brother's.","Risk hold pending new KYC. Released 2/20 after docs.",typ="Problem",close_in=18,who="uw1"),
  N("2017-11-30","news","Local paper: CasaBella owner charged w/ forced labor of domestic workers. Closing acct.",who="am1",k="ev"),
 ],
 label="positive", kind="domestic_work",
 why="In Dec 2014 a caregiver wrote to our support in Portuguese that the owner held her passport, kept her pay for airfare and room debt and gave no days off; we dismissed it and kept adding deduction features while all pay went to the owner's husband."))

# ---------------------------------------------------------------- Valle Verde agriculture (Spanish)
ACCOUNTS.append(dict(
 name="Valle Verde Harvest Contractors", industry="Agriculture", web="valleverdeharvest.example", phone="(559) 555-0172",
 street="1302 S Mooney Blvd", city="Visalia", state="CA", zip="93277", country="United States",
 rev=5200000, emp=14, owner="am3", created="2015-01-12", end="2019-11-30",
 desc="Farm labour contractor (citrus, grapes). Invoicing growers; worker payouts to prepaid cards.",
 contacts=[("Rogelio","Barraza","Owner / crew boss","rbarraza@valleverdeharvest.example","(559) 555-0173","Visalia","United States","1972-06-21"),
           ("Sandra","Quiroz","Office mgr","oficina@valleverdeharvest.example","(559) 555-0174","Visalia","United States",""),
           ("Tom","Hatfield","Grower (client) contact","tom@hatfieldcitrus.example","(559) 555-0175","Exeter","United States",""),
           ("Elmer","Tzul","Crew leader","etzul@valleverdeharvest.example","(559) 555-0176","Dinuba","United States","")],
 recs=[
  O("2015-01-12","Valle Verde - invoicing + card payouts","Closed Won",14000,"Invoice growers; weekly payouts to workers' prepaid cards."),
  C("2015-02-20",1,"payout file format","Sandra's CSV has accents, fails.","UTF-8 fix.",typ="Problem",close_in=1),
  N("2015-07-08","q","Payout file: 210 workers but only 9 distinct card numbers. Sandra: crew leaders 'hold cards for the new guys until they get their own'. Flagged soft.",who="cs1",k="ev"),
  N("2016-03-22","risk review","Avg net payout per worker $118/wk for 60hr weeks after deductions 'vivienda', 'transporte', 'adelanto', 'comida'. Deductions = 58% of gross. CA min wage makes that hard to square. Asked AM to get explanation.",who="uw2",k="ev"),
  T("2016-04-04",0,"Rogelio re deductions","Rogelio says housing is a 'favor', they owe him for the coyote 'adelanto'. Didn't elaborate. Sent to risk.",who="am3",k="ev"),
  C("2016-09-19",None,"Call from someone on payout card","Support call (Spanish line). Caller said: \"Somos 30 en una bodega en Dinuba, el señor Elmer tiene nuestras tarjetas y los papeles, no podemos salir, dice que debemos 4 mil cada uno.\" Hung up before we got a name.","Transcribed by agent. Card # belongs to Valle Verde payout program (Elmer Tzul holds it). Passed to AM. No further action recorded.",origin="Phone",typ="Question",close_in=0,k="key"),
  O("2017-01-10","Valle Verde - 2017 renewal + H-2A module","Closed Won",19000,"Renewal + more payout cards.",typ="Renewal",k="ev"),
  E("2017-05-03",1,"site visit - payroll walkthrough","Sandra showed payroll. Deductions same. Workers at the bodega were loading a bus at 4:30am; Elmer collects cards back after pay day.","Valle Verde office, Visalia",90,who="am3",k="ev"),
  C("2018-02-14",2,"Grower can't open invoice","Tom's PDF blank.","Re-sent.",close_in=0),
  N("2019-11-04","news / LE","Tulare Co DA + DOL raid at Dinuba bunkhouse, Barraza arrested (labor trafficking). Freezing payouts per legal.",who="comp1",k="ev"),
 ],
 label="positive", kind="agriculture",
 why="Payout concentration and deductions over half of gross were followed in Sept 2016 by a caller on a program card saying 30 workers were held in a warehouse by the crew leader with their cards and papers under a debt; we renewed and expanded."))

# ---------------------------------------------------------------- Keystone construction
ACCOUNTS.append(dict(
 name="Keystone Drywall & Framing Subcontracting", industry="Construction", web="keystonedf.example", phone="(504) 555-0158",
 street="3300 Chef Menteur Hwy", city="New Orleans", state="LA", zip="70126", country="United States",
 rev=7800000, emp=11, owner="am2", created="2012-05-21", end="2016-09-30",
 desc="Drywall/framing subcontractor on commercial jobs. Invoicing GCs, payouts to crews.",
 contacts=[("Dale","Fontenot","Owner","dale@keystonedf.example","(504) 555-0159","Metairie","United States","1963-11-03"),
           ("Iris","Cobb","Office","office@keystonedf.example","(504) 555-0160","New Orleans","United States",""),
           ("Arturo","Lemus","Labor broker","alemus.labor@mailbox.example","(504) 555-0161","Kenner","United States","")],
 recs=[
  O("2012-05-21","Keystone - invoicing + payouts","Closed Won",9800,"Progress billing to GCs; payouts to crews."),
  C("2012-07-10",1,"retainage on invoices","Need 10% retainage field.","Added.",typ="Feature Request",close_in=4),
  N("2013-02-19","payout pattern","All crew pay ($60-90k/wk) goes to one payee, Arturo Lemus, listed as 'labor broker'. Dale: 'Arturo handles his guys, I don't deal with them'.",who="cs1",k="ev"),
  C("2013-08-05",1,"1099 for broker","Need 1099 for Arturo only.","Explained 1099-K vs MISC.",close_in=2),
  N("2014-03-11","visit w/ Dale","Went to the Elysian Fields job w/ Dale for QBR. ~40 workers living in 2 FEMA-type trailers on the lot, Arturo collects their phones at 7am. Dale joked 'they can't go anywhere anyway, Arturo's got their passports till they pay off the trip'. Laughed it off. Renewal in June.",who="am2",k="key"),
  O("2014-06-02","Keystone - renewal + faster payouts","Closed Won",12500,"Renewal, same-day payouts to broker.",typ="Renewal",k="ev"),
  C("2015-01-27",0,"Subpoena - DOL / HSI","Records subpoena for payouts to Arturo Lemus 2012-2014.","Legal complied 2/20.",prio="High",typ="Legal",close_in=24,who="comp1",k="ev"),
  N("2015-03-02","after subpoena","Dale wants payouts moved to 'Lemus Labor LLC' new EIN. Approved by cs.",who="cs1",k="ev"),
  C("2016-09-01",0,"close acct","Dale closing, 'retiring'.","Closed.",close_in=10),
 ],
 label="positive", kind="construction",
 why="Beyond all crew wages flowing to one labour broker, our AM saw workers living on the jobsite with phones collected and heard the owner say the broker held their passports until they paid off the trip, then renewed with faster payouts."))

# ---------------------------------------------------------------- Hobbyist review board
ACCOUNTS.append(dict(
 name="TLR Media Group (The Ledger Reviews)", industry="Internet", web="theledgerreviews.example", phone="(214) 555-0114",
 street="2100 Ross Ave Ste 1900", city="Dallas", state="TX", zip="75201", country="United States",
 rev=1100000, emp=4, owner="am3", created="2014-04-14", end="2018-05-31",
 desc="Membership-based online community / 'nightlife and hospitality reviews'. Recurring billing for VIP memberships.",
 contacts=[("Wade","Kimbrough","Owner","admin@theledgerreviews.example","(214) 555-0115","Dallas","United States","1968-08-08"),
           ("Pat","Lyle","Moderator / billing","billing@theledgerreviews.example","(214) 555-0116","Plano","United States","")],
 recs=[
  O("2014-04-14","TLR - recurring billing","Closed Won",8400,"VIP memberships $29/mo, $299/yr."),
  C("2014-05-02",0,"Descriptor","Wants statement descriptor 'TLR MEDIA' not site name.","Changed to TLR MEDIA.",typ="Question",close_in=1,k="ev"),
  C("2014-10-20",1,"refund spike","Refunds up; members say 'wife saw the charge'.","Explained refunds; suggested clearer descriptor, they declined.",close_in=2),
  N("2015-06-09","risk spot check","Public pages show city boards for 'AMP' and 'BBFS' providers w/ 'reviews' incl. price per half hour, ages '19ish', 'new to the USA', 'doesn't speak english'. VIP unlocks full reviews + phone numbers. This is a sex-buyer review board. Descriptor hides it. Rec: offboard, MCC wrong.",who="uw1",k="key"),
  T("2015-06-12",0,"AM call w/ Wade","Wade: 'it's a hobby community, free speech'. Asked what he'd need to stay. AM requested exception.",who="am3",k="ev"),
  N("2015-07-01","exception","Exception granted 12 mo by sales VP, conditions: none specified.",who="am3",k="ev"),
  C("2016-03-08",0,"Help with member-only phone lookup","Wade asks if our API can gate provider phone-number pages behind VIP billing status (custom webhook).","SE built webhook gating, 6 hrs.",typ="Feature Request",close_in=5,who="se1",k="ev"),
  O("2016-07-05","TLR - renewal","Closed Won",9600,"Renewal.",typ="Renewal",k="ev"),
  N("2018-04-10","post-FOSTA","Wade shutting US boards, wants payouts moved offshore entity. Declined; closing.",who="uw1"),
 ],
 label="positive", kind="review_board",
 why="A June 2015 risk spot check found the membership site is a sex-buyer review board listing foreign and very young providers, yet an unconditioned exception, a custom gating build and a renewal followed."))

# ---------------------------------------------------------------- Straw owners - nail/massage network (slow)
ACCOUNTS.append(dict(
 name="Golden Orchid Nails & Spa", industry="Health & Beauty", web="", phone="(615) 555-0138",
 street="712 Gallatin Pike S", city="Madison", state="TN", zip="37115", country="United States",
 rev=380000, emp=5, owner="am1", created="2016-02-08", end="2019-08-31",
 desc="Nail salon + massage. Card terminal. (related merchants: see notes)",
 contacts=[("Lan","Pham","Owner of record","goldenorchid.tn@mailbox.example","(615) 555-0138","Madison","United States","1994-04-04"),
           ("Tony","Vuong","'Manager' / calls on owner's behalf","tv.mgmt@mailbox.example","(615) 555-0139","Nashville","United States",""),
           ("Sherry","Dunn","Bookkeeper","sherry@dunnbooks.example","(615) 555-0140","Hendersonville","United States","")],
 recs=[
  O("2016-02-08","Golden Orchid - terminal","Closed Won",1600,"1 terminal."),
  T("2016-02-10",0,"KYC call","Owner Lan on call but Tony answered all questions, Lan only said 'yes' when asked to confirm. Tony says her english is limited.",who="uw2",k="ev"),
  C("2016-09-14",1,"change payout bank","Tony asks to change payout acct. Requested owner auth.","Owner auth came from same email as Tony's. Approved.",typ="Question",close_in=2),
  N("2017-05-02","underwriting - linked merchants","Ran linking on Tony's phone/email: 5 merchants onboarded 2015-2017 (Golden Orchid, Jade Touch Spa, Lucky Star Massage, Lily Foot Spa, Blue Lotus Nails) in 3 states, each with a different 'owner' age 21-26, all owners had Tony on the KYC call, all payouts in 2017 moved to the same acct held by 'TV Consulting'. 3 of 5 advertise massage open till midnight. Owners never log into dashboard, all logins from Tony's IP. Straw ownership pattern. Rec: EDD on all 5.",who="uw2",k="ev"),
  C("2017-05-20",0,"EDD call w/ owner","Tried to reach Lan directly per EDD. Tony picked up again. Lan eventually on speaker, answers read back to her ('I am owner, I get the money'). Asked when she last got paid, Tony cut in. Msg she sent later by text: 'pls no call me. Tony angry. I not owner, only work. he keep my ID'.","EDD reviewer marked 'owner identity unverified, third party controls account + holds ID'. Forwarded to AM for decision. AM kept all 5 active pending 'more info'. -- uw2",prio="High",origin="Phone",typ="Compliance",close_in=0,who="uw2",k="key"),
  O("2017-08-01","TV Consulting - 6th location (Jade Touch 2)","Closed Won",1600,"Tony onboarding another massage location, owner 'Ngoc'.",typ="New Business",k="ev"),
  C("2018-01-09",2,"1099-K","Sherry needs 1099-K.","Sent.",close_in=1),
  N("2019-08-15","LE","Metro Nashville vice raid at Lucky Star + Golden Orchid, news reports women recovered. Closing all 6.",who="comp1",k="ev"),
 ],
 label="positive", kind="straw_owner",
 why="A linking review tied six salons/spas to one man who held the owners' logins and payouts, and in May 2017 the 'owner' texted us she was only a worker and he kept her ID; the accounts stayed and grew."))

# ---------------------------------------------------------------- La Palmera cantina
ACCOUNTS.append(dict(
 name="La Palmera Bar & Grill", industry="Food & Beverage", web="lapalmerabar.example", phone="(713) 555-0196",
 street="6120 Airline Dr", city="Houston", state="TX", zip="77076", country="United States",
 rev=720000, emp=12, owner="am3", created="2017-03-13", end="2020-08-31",
 desc="Bar / cantina, live music weekends. 2 terminals, tips, invoicing for events.",
 contacts=[("Esteban","Garza","Owner","egarza@lapalmerabar.example","(713) 555-0197","Houston","United States","1975-12-12"),
           ("Yesenia","Luna","Bar manager","ylunabar@mailbox.example","(713) 555-0198","Houston","United States",""),
           ("Rafa","Garza","Security / 'hostess mgr'","rgarza@lapalmerabar.example","(713) 555-0199","Houston","United States","")],
 recs=[
  O("2017-03-13","La Palmera - 2 terminals + tips","Closed Won",2400,"2 terminals, tip adjust."),
  C("2017-04-01",1,"tip adjust after close","Bartenders can't adjust after batch.","Explained, changed batch time to 4am.",typ="Question",close_in=0),
  N("2017-08-17","odd line items","Esteban wants a menu item 'Fichera 10 min' $40 and 'Privado 30' $120. Says 'drink with hostess'. Lots of cantinas do ficheras. Added.",who="am3",k="ev"),
  C("2018-02-06",2,"Tip payouts to one person","Rafa asks that all 'hostess' tips/commissions pay to his card, not the hostesses. Says they're 'new, no papers'.","Configured tip pool to Rafa's card.",typ="Feature Request",close_in=1,k="ev"),
  E("2018-06-22",0,"Terminal upgrade - on site","Install at 11pm per owner. Upstairs 'privado' rooms w/ beds. Girls at tables looked very young, one in school hoodie. Yesenia told install guy in Spanish, not knowing he speaks it: \"las nuevas llegaron el martes, Rafa les quitó los papeles, todavía deben el viaje, tienen 15 y 16 pero no digas nada\".","La Palmera, Airline Dr",60,typ="Field Visit",who="sup3",k="key"),
  T("2018-06-25",None,"tech note escalation","Field tech reported overheard comment re 15/16 y/o. Sent to AM; AM said 'hearsay'. No report filed.",who="am3",k="ev"),
  O("2019-01-07","La Palmera - 2019 renewal + 3rd terminal","Closed Won",2900,"Renewal + upstairs terminal.",typ="Renewal",k="ev"),
  C("2020-08-10",0,"Seizure / TABC","TABC + HPD shut down bar, owner arrested (compelling prostitution of minors). Freeze payouts.","Payouts frozen per legal.",prio="High",typ="Legal",close_in=5,who="comp1",k="ev"),
 ],
 label="positive", kind="bar_cantina",
 why="Fichera/private-room line items and hostess pay routed to a manager were followed in June 2018 by our tech overhearing that new girls aged 15-16 had their papers taken and owed their travel; we renewed and added an upstairs terminal."))

# ---------------------------------------------------------------- Velvet Rope escort agency
ACCOUNTS.append(dict(
 name="Velvet Rope Events & Hospitality", industry="Hospitality", web="velvetrope-events.example", phone="(312) 555-0103",
 street="401 N Wabash Ave Ste 33", city="Chicago", state="IL", zip="60611", country="United States",
 rev=1900000, emp=8, owner="am2", created="2018-01-22", end="2020-11-30",
 desc="Event staffing: hostesses, brand ambassadors, VIP hospitality for conventions. Invoicing + card.",
 contacts=[("Serena","Voss","Owner","serena@velvetrope-events.example","(312) 555-0104","Chicago","United States","1985-05-05"),
           ("Dmitri","Orlov","Booking","bookings@velvetrope-events.example","(312) 555-0105","Chicago","United States",""),
           ("Ana","Ferreira","Talent coordinator","talent@velvetrope-events.example","(312) 555-0106","Chicago","United States","")],
 recs=[
  O("2018-01-22","Velvet Rope - invoicing + card","Closed Won",7200,"Invoices to corporate + individual clients."),
  N("2018-02-15","first month","Lots of individual clients not corporate, invoices late-night, hotel names in memo, 1-3 hr 'hostess service' $400-$1200. AM says it's VIP hospitality. Meh.",who="uw1",k="ev"),
  C("2018-05-30",1,"Custom invoice fields","Dmitri wants custom fields 'venue', 'duration', 'hostess', and to hide them from client receipts.","Added internal-only custom fields.",typ="Feature Request",close_in=2,k="ev"),
  C("2018-09-11",1,"CB - 'not as described'","Client disputes $900: 'hostess left after 20 minutes, not what was agreed'.","Provided invoice; lost.",typ="Dispute",close_in=30,k="ev"),
  N("2019-03-04","chargeback review","Q1: 31 disputes / 1,140 txns = 2.7%. Dispute reason texts mention 'GFE', 'full service', 'she was not the girl in the pics'. Hidden field 'hostess' has 40+ first names, several tagged 'new from Brazil', 'barely legal'. This is an escort agency. Rec: terminate.",who="uw1",k="key"),
  T("2019-03-07",0,"Serena retention call","Serena offered to raise reserve 10% to stay. AM accepted; risk overruled by regional sales.",who="am2",k="ev"),
  C("2019-06-20",2,"worker msg","Ana forwarded a worker's WhatsApp by mistake: \"Ana, o Dmitri pegou meu passaporte e diz que só devolve quando eu pagar a dívida da passagem.\"","Not our issue, told Ana she sent to wrong address. Closed.",typ="Question",close_in=0,k="ev"),
  O("2019-12-09","Velvet Rope - renewal 2020","Closed Won",8800,"Renewal w/ higher reserve.",typ="Renewal",k="ev"),
 ],
 label="positive", kind="escort_agency",
 why="A March 2019 chargeback review showed the 'event hostess' business billed escort services with worker names tagged new-from-abroad and 'barely legal'; we kept it for a higher reserve, ignored a passport-debt message and renewed."))
