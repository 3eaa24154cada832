"""kravmotor: regelmotor för svensk offentlig upphandling."""

__version__ = "0.1.0"
