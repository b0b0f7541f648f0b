"""GX Data Docs that read well offline: the CDN stylesheets, scripts and remote images they reference are
replaced by one local stylesheet (expectations/data_docs_offline.css), inlined into every page.

Chosen over vendoring Bootstrap, jQuery and Vega: none of them is on PyPI as a plain asset package, and the pages'
content (suites, expectations, results, observed values) is HTML; only the interactive table filters and the
few Vega charts need the scripts, and those are left out.
"""

from __future__ import annotations

import re
from pathlib import Path

STYLESHEET = Path(__file__).with_name("data_docs_offline.css")
_REMOTE_LINK = re.compile(r"<link\b[^>]*\bhref=\"https?://[^\"]*\"[^>]*>\s*", re.IGNORECASE)
_REMOTE_SCRIPT = re.compile(r"<script\b[^>]*\bsrc=\"https?://[^\"]*\"[^>]*>\s*</script>\s*", re.IGNORECASE)
_REMOTE_IMAGE = re.compile(r"<img\b[^>]*\bsrc=\"https?://[^\"]*\"[^>]*>", re.IGNORECASE)
_HEAD = re.compile(r"<head>", re.IGNORECASE)
MARKER = "<!-- kabar: offline Data Docs -->"


def make_offline(folder: Path) -> int:
    """Rewrite every page under `folder` to load nothing from the network; returns the number of pages changed."""
    style = f"{MARKER}<style>{STYLESHEET.read_text(encoding='utf-8')}</style>"
    changed = 0
    for page in folder.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        if MARKER in text:
            continue
        text = _REMOTE_LINK.sub("", text)
        text = _REMOTE_SCRIPT.sub("", text)
        text = _REMOTE_IMAGE.sub("<span>Great Expectations Data Docs (Kabar)</span>", text)
        text, found = _HEAD.subn(lambda m: m.group(0) + style, text, count=1)
        if not found:
            text = style + text
        page.write_text(text, encoding="utf-8")
        changed += 1
    return changed
