"""``python -m blueprint`` does what the ``blueprint`` command does."""

import sys

from blueprint.launch import main

sys.exit(main())
