"""metalwatch: a terminal dashboard for metals markets and the trade policy that moves them."""

__version__ = "0.1.0"
