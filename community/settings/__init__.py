"""Settings: base.py plus environment variables is production; dev.py and test.py adjust it."""
