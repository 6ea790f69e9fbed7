"""``python -m briefwriter`` runs the command line (and, with no command, the app)."""

import sys

from briefwriter.cli import main

if __name__ == "__main__":
    sys.exit(main())
