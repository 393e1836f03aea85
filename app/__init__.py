"""Semansara."""

from app.db.driver import defer_psycopg
from app.lazy import defer_import

defer_psycopg()
defer_import("asyncio")
