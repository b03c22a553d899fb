"""Accounts: the pseudonymous member, roles and partner-attested verification."""
