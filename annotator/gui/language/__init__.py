"""The interface's language: translations, and the core's codes in words."""
