"""``python -P -m footfall.viewer [--lang nl] [--demo brussels] [files…]`` starts the viewer."""

import sys

from .app import main

sys.exit(main())
