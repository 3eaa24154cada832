"""`kravmotor mognad`: an organisation's maturity in procurement, from its self-assessment (Dalamodellen and
ambitionsgrafen) and, with a revision run, held against its procurements."""
