"""The warehouse: DDL (`schema/NNN_*.sql`, applied once each, in order) and analyst views (`views/*.sql`)."""
