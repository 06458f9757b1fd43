"""Prose out of the forms Salesforce stores it in: HTML bodies, quoted e-mail replies and
base64 file content (a Lightning note's ``Content``).

Each function takes a field's value and returns plain text, line by line, for the
detectors to read; a value that is not in the form a function undoes is returned as it is.
"""

from __future__ import annotations

import base64
import binascii
import html
import re

#: Elements after which the text of a page breaks a line.
_BLOCKS = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "tr",
        "table",
        "blockquote",
        "pre",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "section",
        "article",
        "header",
        "footer",
    }
)
_DROP = ("script", "style", "head", "title")
_TAG = re.compile(r"<\s*/?\s*[A-Za-z][^>]*>")
#: An HTML tag of the kinds rich-text fields hold (``<name@example.com>`` is not one).
_HTML_TAG = re.compile(
    r"<\s*/?\s*(?:p|div|br|span|b|i|u|s|a|em|strong|font|ul|ol|li|table|thead|tbody|tr|td|th"
    r"|blockquote|pre|code|h[1-6]|hr|img|html|head|body|style|script|title|section|article"
    r"|header|footer|o:p)\b[^>]*>",
    re.IGNORECASE,
)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BASE64 = re.compile(r"^[A-Za-z0-9+/]+={0,2}$")
#: Lines that open the quoted history of an e-mail reply ("On ... wrote:", Outlook's
#: "-----Original Message-----" and "From: ... Sent: ..." headers).
_REPLY_HEADER = re.compile(
    r"^(?:-{2,}\s*(?:original message|forwarded message)\s*-{2,}"
    r"|on .{4,200} wrote:"
    r"|(?:from|sent|to|cc|subject|date):\s.*)$",
    re.IGNORECASE,
)
_MARKERS = re.compile(r"^-{2,}\s*(?:original message|forwarded message)\s*-{2,}$", re.IGNORECASE)


def looks_like_html(value: str) -> bool:
    """The value holds HTML tags (``<p>``, ``<br/>``, ``</div>``), not just a ``<`` sign
    or an address in angle brackets."""
    return _HTML_TAG.search(value) is not None


def _lines(text: str) -> str:
    """Each line's runs of spaces made one, blank lines dropped."""
    out = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in out if line)


def html_text(value: str) -> str:
    """The text of an HTML body or fragment: one line per paragraph, line break, list item
    or table row; scripts and styles dropped, entities decoded. Plain text is returned
    with only its spaces tidied."""
    if not looks_like_html(value):
        return _lines(html.unescape(value) if "&" in value else value)
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(value, create_parent="div")
    except (etree.ParserError, ValueError):
        return _lines(html.unescape(_TAG.sub("\n", value)))
    for element in list(root.iter(*_DROP)):
        element.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
            if element.tag.lower() != "br":
                element.text = "\n" + (element.text or "")
        elif isinstance(element.tag, str) and element.tag.lower() in ("td", "th"):
            element.tail = " " + (element.tail or "")
    return _lines(str(root.text_content()))


def reply_text(value: str) -> str:
    """An e-mail body with its quoted history read once: its lines in the order written,
    quote markers (``>``) and "Original Message" rules taken off, each line only the
    first time it appears (a reply chain quotes the same paragraphs at every level)."""
    seen: set[str] = set()
    out: list[str] = []
    for raw in value.split("\n"):
        line = raw.strip()
        while line.startswith(">"):
            line = line[1:].lstrip()
        line = _SPACES.sub(" ", line)
        if not line or _MARKERS.match(line):
            continue
        folded = line.casefold()
        if folded in seen and not _REPLY_HEADER.match(line):
            continue
        seen.add(folded)
        out.append(line)
    return "\n".join(out)


def decoded_blob(value: str) -> str:
    """A base64 value (a file's content, as the API and sfdx exports give a Lightning
    note's ``Content``) decoded to its UTF-8 text; any other value as it is."""
    compact = "".join(value.split())
    if len(compact) < 8 or len(compact) % 4 or " " in value.strip() or not _BASE64.match(compact):
        return value
    try:
        text = base64.b64decode(compact, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return value
    printable = sum(1 for c in text if c.isprintable() or c in "\n\r\t")
    return text if text and printable >= 0.95 * len(text) else value
