"""``python -m portalis_ray`` runs the CLI."""

import sys

from portalis_ray.cli import main

sys.exit(main())
