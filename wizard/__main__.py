"""`python -m wizard`: the same as `optout-wizard`."""

import sys

from wizard.cli import main

sys.exit(main())
