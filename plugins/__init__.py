"""The plugin registry and shipped plugins (see the plugins issue); not installed yet."""
