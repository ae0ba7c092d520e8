"""Use cases: one module per use case; each owns its transaction and its audit record."""
