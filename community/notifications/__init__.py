"""Notifications: one service every feature calls; in-app bell plus email, immediately or as a digest."""
