"""HTML fragments (feed items, HTML in dump fields) to plain text, with lxml."""

from __future__ import annotations

import re

import lxml.html
from lxml.etree import ParserError

_TAG = re.compile(r"<(p|div|br|span|a|li|ul|ol|b|i|em|strong|h[1-6]|img|table|blockquote)\b",
                  re.IGNORECASE)
_BLOCKS = {
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "blockquote", "pre", "section", "article", "header", "footer", "dd", "dt", "figure",
    "figcaption", "aside", "main",
}


def looks_like_html(text: str) -> bool:
    return "<" in text and _TAG.search(text) is not None


def html_to_text(fragment: str) -> str:
    """The text of an HTML fragment: one line per block, scripts and styles dropped."""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, ValueError):
        return fragment.strip()
    for junk in root.xpath(".//script|.//style|.//noscript"):
        junk.drop_tree()
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag in _BLOCKS:
            element.text = "\n" + (element.text or "")
            element.tail = "\n" + (element.tail or "")
        elif element.tag == "br":
            element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)
