"""Home, information pages, topics, search and site-wide settings such as crisis help."""
