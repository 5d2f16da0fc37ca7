"""``python -m blueprint`` does what the ``blueprint`` command does."""

import sys

from blueprint.cli import main

sys.exit(main())
