"""Sources: parse and validate inputs into Subjects, Records and Quarantined rows."""
