"""The script PyInstaller freezes (build.spec): the `semansara` command, as `app.cli:main`.

It lives outside `app/` on purpose: PyInstaller puts the entry script's folder on its search
path, and `app/` holds modules (config, cli, db, …) that must only be found as `app.…`.
"""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
