"""Semansara."""

from app.db.driver import defer_psycopg

defer_psycopg()
