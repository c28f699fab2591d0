"""Statistics over tokenized text."""

from .frequency import ReadabilityReport, WordCount, WordCounter, readability

__all__ = ["TOP_N", "ReadabilityReport", "WordCount", "WordCounter", "readability"]

TOP_N = 5
