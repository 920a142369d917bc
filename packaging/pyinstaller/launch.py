"""The bundled app's entry point: the same as `optout-wizard`."""

import sys

from wizard.cli import main

if __name__ == "__main__":
    sys.exit(main())
