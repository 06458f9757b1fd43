"""Named ordinary customers used by other parts of the demo.

Phenicia Shipping Offshore S.A.R.L. carries a name that the watchlist demo matches to a
sanctions-list entry; its CRM records are invented and ordinary, and say nothing about
any real company. Phoenix Shipping Lines Ltd is a near miss that must not match.
Northwind Freight and Cobalt Analytics are plain customers.
"""

from __future__ import annotations

from crmstory.spec import AccountSpec, CaseSpec, ContactSpec, NoteSpec, TaskSpec

PHENICIA = AccountSpec(
    id="001DEMO0000PHENIC",
    name="Phenicia Shipping Offshore S.A.R.L.",
    website="www.phenicia-shipping.example",
    industry="Shipping",
    city="Beirut",
    state="",
    postal="2064 5714",
    country="Lebanon",
    street="Port Road, Medawar",
    phone="+961 1 555 210",
    description="Shipping and trading company; container bookings and chartering.",
    created="2014-09-15",
    revenue=12000000,
    employees=60,
    owner="elena",
    contacts=(
        ContactSpec(
            "haddad",
            "Karim",
            "Haddad",
            "General Manager",
            "k.haddad@phenicia-shipping.example",
            "+961 1 555 211",
        ),
        ContactSpec(
            "khoury",
            "Rana",
            "Khoury",
            "Chartering Manager",
            "r.khoury@phenicia-shipping.example",
            "+961 1 555 212",
        ),
    ),
    records=(
        NoteSpec(
            "2014-10-02",
            "Setup",
            "Sales Cloud for the chartering desk; email templates in Arabic, French "
            "and English. Quotes in USD.",
            owner="elena",
        ),
        CaseSpec(
            "2015-06-09",
            "2015-06-10",
            "Second currency on quotes",
            "They want quotes in USD and EUR; enabled multi-currency.",
            who="khoury",
            owner="julia",
        ),
        TaskSpec(
            "2016-11-21",
            "Invoice currency",
            "Karim asked for future invoices in EUR; updated the billing profile.",
            who="haddad",
            owner="elena",
        ),
    ),
    seats=12,
)

PHOENIX = AccountSpec(
    id="001DEMO0000PHOENX",
    name="Phoenix Shipping Lines Ltd",
    website="www.phoenixshippinglines.example",
    industry="Shipping",
    city="Rotterdam",
    state="",
    postal="3011 AA",
    country="Netherlands",
    street="Boompjes 40",
    phone="+31 10 555 0140",
    description="Short-sea container line between Rotterdam, the UK and the Baltic.",
    created="2012-01-16",
    revenue=88000000,
    employees=340,
    owner="elena",
    contacts=(
        ContactSpec(
            "devries",
            "Pieter",
            "de Vries",
            "Commercial Director",
            "p.devries@phoenixshippinglines.example",
            "+31 10 555 0141",
        ),
        ContactSpec(
            "jansen",
            "Marloes",
            "Jansen",
            "Customer Service Manager",
            "m.jansen@phoenixshippinglines.example",
            "+31 10 555 0142",
        ),
        ContactSpec(
            "bakker",
            "Sven",
            "Bakker",
            "IT Manager",
            "s.bakker@phoenixshippinglines.example",
            "+31 10 555 0143",
        ),
    ),
    records=(
        NoteSpec(
            "2013-02-26",
            "Booking portal",
            "Customers book container slots through a portal on our platform. Peak "
            "before Christmas.",
            owner="elena",
        ),
    ),
    seats=45,
    products=("Sales Cloud", "Service Desk"),
)

NORTHWIND = AccountSpec(
    id="001DEMO0000NWFRT",
    name="Northwind Freight GmbH",
    website="www.northwind-freight.example",
    industry="Transportation",
    city="Hamburg",
    state="",
    postal="20457",
    country="Germany",
    street="Am Sandtorkai 12",
    phone="+49 40 555 0150",
    description="Freight forwarder: sea and road freight, customs brokerage.",
    created="2010-06-14",
    revenue=64000000,
    employees=410,
    owner="elena",
    contacts=(
        ContactSpec(
            "weber",
            "Katrin",
            "Weber",
            "Managing Director",
            "k.weber@northwind-freight.example",
            "+49 40 555 0151",
        ),
        ContactSpec(
            "schulz",
            "Jonas",
            "Schulz",
            "Head of Sales",
            "j.schulz@northwind-freight.example",
            "+49 40 555 0152",
        ),
        ContactSpec(
            "brandl",
            "Ute",
            "Brandl",
            "CRM Administrator",
            "u.brandl@northwind-freight.example",
            "+49 40 555 0153",
        ),
    ),
    seats=60,
    products=("Sales Cloud", "Service Desk"),
)

COBALT = AccountSpec(
    id="001DEMO0000COBALT",
    name="Cobalt Analytics Corp",
    website="www.cobaltanalytics.example",
    industry="Technology",
    city="Boston",
    state="MA",
    postal="02110",
    country="United States",
    street="75 State Street, Floor 11",
    phone="(617) 555-0155",
    description="Data analytics consultancy for retailers and insurers.",
    created="2013-08-05",
    revenue=17000000,
    employees=95,
    owner="sam",
    contacts=(
        ContactSpec(
            "park",
            "Grace",
            "Park",
            "Chief Executive Officer",
            "gpark@cobaltanalytics.example",
            "(617) 555-0156",
        ),
        ContactSpec(
            "mendes",
            "Luis",
            "Mendes",
            "VP Engineering",
            "lmendes@cobaltanalytics.example",
            "(617) 555-0157",
        ),
    ),
    records=(
        NoteSpec(
            "2015-04-14",
            "Data residency question",
            "Asked where their data is stored; confirmed US data centres.",
            owner="sam",
        ),
    ),
    seats=25,
    products=("Sales Cloud", "Analytics"),
)
