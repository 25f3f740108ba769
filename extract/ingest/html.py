"""Whole HTML pages to text lines: block elements break lines, chrome is dropped."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

# Elements whose content is never article text.
SKIP = frozenset(
    {"script", "style", "noscript", "nav", "head", "iframe", "svg", "template", "select", "button", "form", "footer"}
)
# Elements that end a line of text.
BLOCK = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "tr",
        "td",
        "th",
        "table",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "header",
        "aside",
        "dd",
        "dt",
        "dl",
        "blockquote",
        "pre",
        "hr",
        "title",
        "center",
    }
)
VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "col", "area", "base", "wbr", "source"})
WHOLE_PAGE = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]", re.IGNORECASE)


def is_whole_page(text: str) -> bool:
    """A full HTML document (not a text page with a stray tag or two)."""
    return bool(WHOLE_PAGE.search(text[:4096]))


class _BlockText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip_depth = 0
        self.title: list[str] = []
        self.in_title = False

    def _flush(self) -> None:
        line = "".join(self.current).strip()
        if line:
            self.lines.append(line)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "title":
            self.in_title = True
        elif tag in SKIP and tag not in VOID:
            self.skip_depth += 1
        if tag in BLOCK:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag in SKIP and self.skip_depth:
            self.skip_depth -= 1
        if tag in BLOCK:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.skip_depth:
            self.current.append(re.sub(r"\s+", " ", data))


def page_to_lines(text: str) -> tuple[str, str | None]:
    """The visible block text of a page (one block per line) and its <title>."""
    parser = _BlockText()
    try:
        parser.feed(text)
        parser.close()
    except (AssertionError, ValueError):  # html.parser's way of giving up on broken markup
        pass
    parser._flush()
    title = html.unescape(" ".join(parser.title)).strip() or None
    return "\n".join(parser.lines), title
