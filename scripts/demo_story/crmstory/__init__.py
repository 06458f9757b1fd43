"""Hand-written content of the demo CRM: accounts, people, notes, meetings and cases.

Everything here is fictional. ``spec`` defines the shapes; the other modules hold the
content; ``build_crm`` turns it into Salesforce export CSV files.
"""
