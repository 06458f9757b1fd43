"""The fictional provider's own staff, who own accounts and write the notes.

Stratus CRM Cloud is the provider whose book of business the demo holds. Its users
appear only as ``OwnerId`` values (Salesforce user Ids start with ``005``).
"""

from __future__ import annotations

#: key -> (user Id, name, role)
STAFF: dict[str, tuple[str, str, str]] = {
    "dana": ("005DEMO0000DANAW", "Dana Whitcombe", "Account Executive, US West"),
    "sam": ("005DEMO0000SAMOK", "Sam Okafor", "Account Executive, US East"),
    "elena": ("005DEMO0000ELENK", "Elena Kovac", "Account Executive, EMEA"),
    "priya": ("005DEMO0000PRIYN", "Priya Natarajan", "Solutions Architect"),
    "marcus": ("005DEMO0000MARCO", "Marcus Oyelaran", "Support Engineer"),
    "julia": ("005DEMO0000JULIF", "Julia Ferreira", "Support Engineer"),
    "ken": ("005DEMO0000KENHA", "Ken Hallett", "Support Manager"),
    "tom": ("005DEMO0000TOMBR", "Tom Brask", "Customer Success Manager"),
    "hannah": ("005DEMO0000HANNL", "Hannah Lindqvist", "Deal Desk and Legal"),
}


def staff_id(key: str) -> str:
    """The user Id of a staff member; raises KeyError for an unknown key."""
    return STAFF[key][0]
