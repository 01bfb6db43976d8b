"""cleantext: scraped article text (or HTML) in, the article body out.

Public names only; see README.md for the guide.
"""
from __future__ import annotations

from .config import Config
from .pipeline import clean, explain
from .result import Removal, Result
from .rules import Rule

__all__ = ["Config", "Removal", "Result", "Rule", "clean", "explain"]
__version__ = "0.1.0"
