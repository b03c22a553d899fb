"""Open Referral HSDS 3.0: turning the social map into HSDS objects and back (export, API, import)."""
