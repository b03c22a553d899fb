"""Development settings: the embedded default with DEBUG on."""

import os

os.environ.setdefault("DEBUG", "true")

from community.settings.base import *  # noqa: E402,F401,F403
