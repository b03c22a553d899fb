"""The social map, matching and private mailbox (see the social map issue); not installed yet."""
