"""textkit: tokenizing, transforming and analysing plain English text."""

__version__ = "1.2.0"
