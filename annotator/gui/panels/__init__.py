"""Dockable panels around the article view."""
