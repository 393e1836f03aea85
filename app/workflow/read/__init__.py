"""The read side: what the window shows, read without Qt and without handing out model rows.

One module per feature. Every function takes `who` (the signed-in user or a `Context`) where
what it reads depends on who asks: a semansara manager reads only their semansara's records,
and another's is None, as if it did not exist (`scope`). What comes back is frozen dataclasses
(`records`), read once: nothing shown runs SQL when a widget reads an attribute.

Rules are never repeated here: free places, the staff shortfall, the queue, "ending soon",
the extension deadline and the booking checks are the workflow's own functions.
"""
