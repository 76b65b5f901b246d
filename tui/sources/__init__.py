"""Sources: one module per kind, each a pure ``parse(bytes)`` plus what its URL needs."""
