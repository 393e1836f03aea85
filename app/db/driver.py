"""psycopg on first use: peewee imports it (0.2 s) when peewee itself is imported, though an
office on SQLite never needs it.

`defer_psycopg()`, called before peewee is first imported, hides psycopg from that import
(and from playhouse's migrator, whose PostgreSQL extras, hstore, the program does not use);
`load_psycopg()`, called before a PostgreSQL database is made, imports it and hands peewee the
names its own import would have set. Were psycopg already imported (a test, a tool), peewee
has it and both do nothing.
"""

from __future__ import annotations

import sys


def defer_psycopg() -> None:
    if "peewee" in sys.modules or "psycopg" in sys.modules:
        return
    sys.modules["psycopg"] = None  # type: ignore[assignment]  # `import psycopg` fails
    try:
        import peewee  # noqa: F401
        import playhouse.migrate  # noqa: F401
    finally:
        del sys.modules["psycopg"]


def load_psycopg() -> None:
    import peewee

    if peewee.psycopg is not None:
        return
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    peewee.psycopg = psycopg
    peewee.TransactionStatus = TransactionStatus
    peewee.Json_pg3, peewee.Jsonb_pg3 = Json, Jsonb
    adapter = peewee.Psycopg3Adapter
    adapter.txn_idle = TransactionStatus.IDLE
    adapter.txn_inerror = TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN
