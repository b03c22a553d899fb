"""The social map ("sociale kaart"): local help on a map, shaped like Open Referral HSDS 3.0."""
