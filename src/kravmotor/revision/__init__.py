"""`kravmotor revision`: audit many procurements, store each run in SQLite, compare runs."""
