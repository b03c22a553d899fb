"""Partner organisations: who publishes on Wijkplein, and who edits and verifies for them."""
