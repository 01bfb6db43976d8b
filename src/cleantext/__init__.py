"""cleantext: scraped article text (or HTML) in, the article body out.

Public names only; see README.md for the guide.
"""
from __future__ import annotations

from .config import Config
from .corpus import Profile, learn_profile
from .html import clean_html, explain_html
from .pipeline import clean, explain
from .result import Removal, Result
from .rules import Rule

__all__ = ["Config", "Profile", "Removal", "Result", "Rule", "clean", "clean_html", "explain", "explain_html",
           "learn_profile"]
__version__ = "0.1.0"
