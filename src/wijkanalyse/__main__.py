"""``python -m wijkanalyse`` runs the command line."""

import sys

from wijkanalyse.cli import main

sys.exit(main())
