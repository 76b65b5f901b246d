"""metalwatch: a terminal dashboard for metals markets and the trade policy that moves them."""

import logging

__version__ = "0.1.0"

# The user hears about trouble from the command or the app, in one line; log records (with
# their tracebacks) reach the terminal only when a program configures logging itself.
logging.getLogger(__name__).addHandler(logging.NullHandler())
