"""Dialogs: help, taxonomy and gazetteer."""
