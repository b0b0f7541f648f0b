"""Escaping article text for Markdown tables and HTML reports."""

from __future__ import annotations

import html

_MD_SPECIAL = str.maketrans(
    {
        "|": "\\|",
        "\n": " ",
        "\r": " ",
        "`": "\\`",
        "<": "&lt;",
        ">": "&gt;",
        "*": "\\*",
        "_": "\\_",
        "[": "\\[",
        "]": "\\]",
    }
)


def md_cell(value: object, limit: int = 80) -> str:
    """A value safe inside a Markdown table cell: no pipes, no newlines, no markup, shortened."""
    if value is None:
        return ""
    text = str(value)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text.translate(_MD_SPECIAL)


def html_text(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)
