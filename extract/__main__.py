"""Entry point of `python -m extract`."""

import sys

from extract.cli import main

sys.exit(main())
