"""Service Blueprint Designer: draw a customer journey and check it against the service concept."""

__version__ = "0.1.0"
