"""Persian text helpers, under the workflow's name; they live in `app.persian`, beside the
layers, so that the database's migrations may use them too."""

from app.persian import *  # noqa: F403
from app.persian import __all__  # noqa: F401
