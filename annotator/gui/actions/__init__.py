"""The window's actions by what they act on: annotations, the corpus, projects, the team."""
