"""Rules as data: boilerplate spans, credits, datelines, outlets, and (per language) reporting and hedge cues.

Each rule has a name (it lands in `boilerplate.rule_name`), the contract kind it removes, and examples that
must be removed and must be kept; `tests/test_rules.py` runs every example through the cleaner.
"""
