"""Stage 4: a ``Timeline`` rendered for people and tools."""
