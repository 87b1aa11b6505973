"""The bundle's entry point: the same ``main`` as the ``planner`` command of an installed wheel."""

import sys

from planner.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
