"""Turning hostile text from the internet into plain, safe text.

Everything that comes from a feed, an API or a file passes through :func:`clean_text`
(and links through :func:`safe_url`) at the parser boundary, so the UI and the snapshot
only ever see plain text: no HTML, no control characters, no escape sequences, no bidi
overrides. Rich markup is *not* escaped here (the UI renders text as ``rich.text.Text``,
never as markup); brackets stay literal.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Iterable
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# ANSI CSI / OSC / other escape sequences (7-bit and 8-bit introducers).
_ANSI = re.compile(
    r"""
    (?:\x1b\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?)   # OSC ... BEL / ST
    |(?:\x9d[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?)    # 8-bit OSC
    |(?:\x1b[P^_X][^\x1b\x9c]*(?:\x1b\\|\x9c)?)       # DCS, PM, APC, SOS strings
    |(?:[\x90\x98\x9e\x9f][^\x1b\x9c]*(?:\x1b\\|\x9c)?)
    |(?:\x1b\[[0-?]*[ -/]*[@-~])                       # CSI
    |(?:\x9b[0-?]*[ -/]*[@-~])                         # 8-bit CSI
    |(?:\x1b[!-/]*[0-~])                               # two-byte / nF escapes
    """,
    re.VERBOSE,
)
# C0 and C1 controls, DEL, and bidi / invisible formatting characters; the soft hyphen
# (``&shy;``, which outlets set inside long words: "tar&shy;iffs" read as no tariff); the other
# invisible format characters (Mongolian vowel separator, Egyptian, shorthand and musical
# format controls) and the tag characters (U+E0000-U+E007F: a title can carry a whole hidden
# sentence in them, which no terminal shows and a program reading the JSON reads). The
# prepended concatenation marks (U+0600-U+0605 and kin) are drawn, and stay.
_CONTROLS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\xad"
    "\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\u206a-\u206f\ufeff\ufff9-\ufffb"
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e007f]"
)
# A comment, script or style left open runs to the end of the text, as a browser reads it: each
# one left open was searched to the end for its close, and 20,000 of them in a JSON Feed's
# summary took 16 s (the time grew with the square of the text's length).
_TAG = re.compile(r"<(?:/?[A-Za-z][^<>]*>|!--.*?-->|![^<>]*>|!--.*|\?[^<>]*>)", re.S)
_BLOCK_TAG = re.compile(r"<\s*(?:br|/p|/div|/li|/h[1-6]|p|li|tr)\b[^>]*>", re.I)
_SCRIPT = re.compile(r"<(script|style)\b[^>]*>(?:.*?</\1\s*>|.*)", re.I | re.S)
_WS = re.compile(r"\s+")
# A CDATA section written as text (``&lt;![CDATA[Copper quota]]&gt;`` in an RSS title, a
# template's wrapper escaped once too often): its text, never dropped whole as a declaration.
_CDATA = re.compile(r"<!\[CDATA\[(.*?)(?:\]\]>|$)", re.S)
# What decoded entities make of an HTML element's tag (``&amp;lt;b&amp;gt;``: markup escaped once
# too often), or of a comment or a declaration: dropped as markup. Any other ``<word>`` they make
# (``&amp;lt;ban&amp;gt;``: the text "<ban>" escaped as HTML) is the text the feed meant.
_HTML_ELEMENTS = (
    "a|abbr|address|area|article|aside|audio|b|base|bdi|bdo|big|blink|blockquote|body|br|button"
    "|canvas|caption|center|cite|code|col|colgroup|data|dd|del|details|dfn|dialog|div|dl|dt|em"
    "|embed|fieldset|figcaption|figure|font|footer|form|frame|frameset|h[1-6]|head|header|hgroup"
    "|hr|html|i|iframe|img|input|ins|kbd|label|legend|li|link|main|map|mark|marquee|menu|meta"
    "|meter|nav|nobr|noscript|object|ol|optgroup|option|output|p|param|picture|pre|progress|q"
    "|rp|rt|ruby|s|samp|script|section|select|small|source|span|strike|strong|style|sub|summary"
    "|sup|svg|table|tbody|td|template|textarea|tfoot|th|thead|time|title|tr|track|tt|u|ul|var"
    "|video|wbr|acronym|applet|basefont|dir|math|noembed|noframes|plaintext|slot|xmp"
)
# Markup too: a namespaced element (``<o:p>``, ``<st1:place>``), a custom element's closing tag
# (``</amp-img>``) and any tag with an attribute (``<foo class="x">``, ``<amp-img src=..>``); a
# bare ``<word>`` or ``<pre-ban>`` of other letters is text.
_DECODED_MARKUP = re.compile(
    rf"</?(?:{_HTML_ELEMENTS})(?:[\s/][^<>]*)?>"
    r"|</?[A-Za-z][\w.]*:[\w.:-]*(?:[\s/][^<>]*)?>|</[A-Za-z][\w.]*-[\w.-]*>"
    r"|<[A-Za-z][\w.-]*\s+[\w:-]+\s*=[^<>]*>"
    r"|<!--.*?(?:-->|$)|<[!?][^<>]*>",
    re.I | re.S,
)
# Exactly what ``str.isspace`` / not ``str.isalnum`` say of a character (re's Unicode classes
# use the same tables), searched in C rather than by a generator over every character.
_SPACE = re.compile(r"\s")
NOT_ALNUM = re.compile(r"[\W_]+")

TITLE_MAX = 300
SUMMARY_MAX = 2000

TRACKING_PARAMS = {
    "fbclid",
    "gclid",
    "dclid",
    "msclkid",
    "mc_cid",
    "mc_eid",
    "igshid",
    "yclid",
    "wt_mc",
    "wt_zmc",
    "ncid",
    "ocid",
    "cmpid",
    "smid",
    "sr_share",
    "mkt_tok",
    "_hsenc",
    "_hsmi",
    "mbid",
    "guccounter",
    "guce_referrer",
    "guce_referrer_sig",
    "at_medium",
    "at_campaign",
    "taid",
    "spm",
}


def strip_controls(text: str) -> str:
    """Remove escape sequences, C0/C1 controls and bidi overrides; keep ordinary whitespace."""
    if text.isprintable():  # every character both patterns remove is unprintable (Cc, Cf)
        return text
    text = _ANSI.sub("", text)
    # a lone ESC left after removing sequences, and other controls
    return _CONTROLS.sub("", text.replace("\x1b", ""))


_CSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")


def terminal_colours(text: str) -> str:
    """A table saved from a terminal less its colour (and other CSI) sequences, every other
    ESC made U+FFFD: a byte of a price turned ESC (``\x1b802.71`` for ``1802.71``) leaves its
    cell unreadable, where :func:`strip_controls` would read ``\x1b8`` as an escape and leave
    ``02.71``, a price; or an OSC's ``\x1b]`` would take the rows after it."""
    return _CSI.sub("", text).replace("\x1b", "\ufffd")


_SURROGATE = re.compile("[\ud800-\udfff]")


def whole_characters(text: str) -> str:
    """Halves of UTF-16 pairs (JSON's ``\\ud83d\\ude00`` read one by one) joined into their
    character, a lone half made U+FFFD: no text with one can be stored or written as UTF-8."""
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


MAX_MARKS = 3  # combining marks kept on one character: Thai or Vietnamese stack two or three


_ANY_SELECTOR = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")  # VS1-16, VS17-256


def _fewer_selectors(text: str) -> str:
    """``text`` less the variation selectors no character takes: one after another (or at
    the start), one of VS17-VS256 (ideographic variants) after anything but a CJK ideograph."""
    parts: list[str] = []
    start = 0
    for found in _ANY_SELECTOR.finditer(text):
        at = found.start()
        before = text[at - 1] if at else ""
        if (
            not before
            or _ANY_SELECTOR.match(before)
            or (
                found.group() >= "\U000e0100"
                and not (
                    "\u3400" <= before <= "\u9fff"
                    or "\uf900" <= before <= "\ufaff"
                    or "\U00020000" <= before <= "\U0003ffff"
                )
            )
        ):
            parts.append(text[start:at])
            start = at + 1
    return "".join(parts) + text[start:] if parts else text


# Where a combining or enclosing mark may be: none is below U+0300 (checked on every code
# point), so text of Latin-1 and Latin Extended letters skips the walk over its characters.
_MAYBE_MARK = re.compile("[^\x00-\u02ff]")


def tame_marks(text: str) -> str:
    """NFC, and at most ``MAX_MARKS`` combining marks on a character: "zalgo" text (dozens of
    stacked marks) would smear over the lines above and below it in a terminal. A variation
    selector no character takes is left out: a character takes one ("\u2764\ufe0f", an
    ideograph's variant), and a run of them is invisible text (a byte hidden per selector)."""
    import unicodedata  # only for text that is not plain ASCII

    text = unicodedata.normalize("NFC", text)
    if _ANY_SELECTOR.search(text):
        text = _fewer_selectors(text)
    if not _MAYBE_MARK.search(text):  # Latin-1 and Latin Extended (German, French...): no mark
        return text
    out: list[str] = []
    run = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) == "Me":
            run += 1
            if run > MAX_MARKS:
                continue
        else:
            run = 0
        out.append(ch)
    return "".join(out)


def clean_text(value: object, limit: int | None = None, *, html_input: bool = True) -> str:
    """Plain text from untrusted input: HTML stripped, entities decoded, controls removed,
    combining marks tamed, whitespace folded, length capped (with an ellipsis)."""
    if value is None:
        return ""
    text = str(value)
    text = strip_controls(text)
    if html_input and ("<" in text or "&" in text):
        text = _CDATA.sub(r"\1", text) if "<![CDATA[" in text else text
        text = _SCRIPT.sub(" ", text)
        text = _BLOCK_TAG.sub(" ", text)
        text = _TAG.sub("", text)
        # entities may be double-encoded (&amp;amp;), and may decode to tags or controls
        for _ in range(2):
            decoded = html.unescape(text)
            if decoded == text:
                break
            text = decoded
        text = _CDATA.sub(r"\1", text) if "<![CDATA[" in text else text
        if "<" in text and ">" in text:  # decoded: an element's tag is markup, "<ban>" text
            text = _DECODED_MARKUP.sub("", text)
        text = strip_controls(text)
    if not text.isascii():
        text = tame_marks(whole_characters(text))
    if "  " in text or not text.isprintable():  # printable: its only space is " "
        text = _WS.sub(" ", text)
    text = text.strip()
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def clean_title(value: object) -> str:
    return clean_text(value, TITLE_MAX)


# " - Reuters", " | Mining.com", " — reuters.com": a separator, then a short tail
OUTLET_SUFFIX = re.compile(r"^(?P<head>.+?)\s+[-–—|]\s+(?P<tail>[^-–—|]{2,60})$")
_DOMAIN = re.compile(r"^(?:www\.)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$", re.I)


def outlet_key(name: str) -> str:
    """A publisher name reduced for comparison: "Reuters", "reuters.com" and
    "www.reuters.com" all give "reuters"; "The Globe and Mail" gives "theglobeandmail"."""
    name = name.strip().casefold()
    if _DOMAIN.match(name):
        name = name.removeprefix("www.").rsplit(".", 1)[0]
        if name.endswith((".co", ".com", ".org", ".net", ".gov")):
            name = name.rsplit(".", 1)[0]  # "bbc.co.uk", "abc.net.au"
    return NOT_ALNUM.sub("", name)


#: :func:`outlet_key` of a name an entry is compared with (its feed's title, its link's host,
#: its source): the same few names for every entry of a feed, reduced once
name_key = functools.lru_cache(maxsize=256)(outlet_key)


def has_outlet_separator(title: str) -> bool:
    """Whether a title holds a separator an outlet suffix could follow (a cheap check)."""
    return " - " in title or " | " in title or " – " in title or " — " in title


def split_outlet_suffix(title: str, names: Iterable[str | None] = ()) -> tuple[str, str | None]:
    """(title, outlet) with an aggregator's trailing outlet split off the title.

    A tail after a separator (" - ", " | ", " — ") is an outlet when it is a domain
    ("reuters.com", "Mining.com") or when it names one of ``names`` (the entry's outlet,
    source, feed title or link host; compared by :func:`outlet_key`). Anything else stays
    in the title ("Copper - the metal of the moment").
    """
    if not has_outlet_separator(title):
        return title, None
    match = OUTLET_SUFFIX.match(title)
    if match is None:
        return title, None
    head, tail = match.group("head").strip(), match.group("tail").strip()
    if not head:
        return title, None
    if _DOMAIN.match(tail):
        return head, tail
    key = outlet_key(tail)
    if key and any(key == name_key(n) for n in names if n):
        return head, tail
    return title, None


def host_of(url: str | None) -> str | None:
    """The host of a link without "www.", or None."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None
    return host.removeprefix("www.") or None


def clean_summary(value: object) -> str:
    return clean_text(value, SUMMARY_MAX)


def safe_url(value: object) -> str | None:
    """An http(s) URL with no whitespace or controls, else None."""
    if not value:
        return None
    url = strip_controls(str(value)).strip()
    if not url or _SPACE.search(url):
        url = url.replace(" ", "%20")
        if _SPACE.search(url):
            return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if (
        "@" in parts.netloc
    ):  # credentials in a link are a phishing trick ("https://bank.com@evil.com")
        return None
    return url


def canonical_url(value: str | None) -> str | None:
    """The identity of a link: Google redirects unwrapped, tracking parameters and fragment
    dropped, scheme and host lower-cased."""
    url = unwrap_redirect(value)
    if url is None:
        return None
    parts = urlsplit(url)
    host = parts.netloc.lower()
    kept = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith("utm_") and k.lower() not in TRACKING_PARAMS
    ]
    if host.startswith("www."):
        host = host[4:]
    path = parts.path or "/"
    if len(path) > 1 and path.endswith("/"):
        path = path[:-1]
    return urlunsplit((parts.scheme.lower(), host, path, urlencode(kept), ""))


def unwrap_redirect(value: str | None) -> str | None:
    """The target of a google.com/url?q=... redirect, else the URL itself (if safe)."""
    url = safe_url(value)
    if url is None:
        return None
    parts = urlsplit(url)
    host = parts.netloc.lower()
    if (host.endswith("google.com") or host.startswith("google.")) and parts.path == "/url":
        query = dict(parse_qsl(parts.query))
        inner = safe_url(query.get("q") or query.get("url"))
        if inner:
            return inner
    return url
