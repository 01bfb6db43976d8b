"""The stages in order: text -> lines -> decisions -> Result. (skeleton)"""
from __future__ import annotations

import regex

from .config import Config
from .result import Result

_WS = regex.compile(r"[\s\u00a0]+")
_DEFAULT = Config()


def explain(text: str, *, config: Config | None = None) -> Result:
    config = config or _DEFAULT
    paras = [_WS.sub(" ", line).strip() for line in text.splitlines()]
    return Result(text="\n\n".join(p for p in paras if p))


def clean(text: str, *, config: Config | None = None) -> str:
    return explain(text, config=config).text
