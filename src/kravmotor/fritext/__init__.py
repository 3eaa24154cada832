"""Reading Swedish (and English) procurement prose: numbers, amounts, dates, periods, sentences, requirement levels.

Shared by every source of free text: eForms criteria (`sources/eforms.py`) and
Word/PDF documents (`lasning/`).
"""
