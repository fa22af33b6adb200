"""The one exception type of the glossary: an author mistake, located at ``path:line``."""

from __future__ import annotations


class GlossaryError(Exception):
    """Bad input in a page; the message says where, what is wrong and how to fix it."""

    def __init__(self, path: str, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path = path
        self.line = line
