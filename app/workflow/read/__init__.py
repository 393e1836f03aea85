"""The read side: what the window shows, as frozen dataclasses, one module per feature.

Nothing here writes, and no rule is repeated: each read uses the workflow's own definition."""
