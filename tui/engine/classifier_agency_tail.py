"""A trade body named after the headline as its source, read as the body that tells it.

A wire may name the authority behind a measure after a spaced dash or a colon, the way an
outlet signs its story: "New levy on Brazilian pig iron takes effect - ITAC", "Safeguard duty
on Vietnamese steel extended: DGTR". Such a tail is no outlet (so it is not dropped with
one): it says who tells the news, as ", ITAC says" does, and a trade body is the government
it acts for (the importer of a duty, the exporter of an export control). The tail is written
", <body> says" before the rules read the title, so both styles read alike. Only the trade
bodies named here are read so; any other tail is left to the outlet rule.

An attribution whose verb comes first ("..., says Brussels", "..., said Beijing") is written
with its speaker first (", Brussels says"), so it reads as the usual order does; only a
speaker of one to three capitalised words ending the title ("says minister" is left as it is).
"""

from __future__ import annotations

from tui.core.lazy_re import lazy

#: Trade remedy, customs and export-control bodies by their acronyms, each the government's
#: own (the gazetteer places them: ITAC South Africa, DGTR India, CBSA and CITT Canada ...);
#: a bare acronym no place names is written as the body's full name.
TRADE_BODIES: dict[str, str] = {
    **dict.fromkeys(
        (
            "ITAC",
            "DGTR",
            "DGFT",
            "MOFCOM",
            "Mofcom",
            "METI",
            "MOTIE",
            "KTC",
            "CITT",
            "CBSA",
            "CBP",
            "SECEX",
            "Secex",
            "GECEX",
            "Gecex",
            "BIS",
            "OFAC",
            "USITC",
            "HMRC",
            "GACC",
            "ESDM",
            "CBIC",
        ),
        "",
    ),
    "ADC": "Anti-Dumping Commission",  # Australia's ("ADC" alone names no place)
}

# the body after a spaced dash or bar, or after a colon, ending the title
_TAIL_RE = lazy(r"(?:\s+[-–—|]|:)\s+([A-Za-z]{2,7})\.?$")


def body_told(title: str) -> str:
    """``title`` with a trade body after a dash or colon at its end written ", <body> says"
    ("... takes effect - ITAC" -> "... takes effect, ITAC says"); any other title as it is."""
    if (
        ":" not in title
        and "-" not in title
        and "–" not in title
        and "—" not in title
        and ("|" not in title)
    ):
        return title
    m = _TAIL_RE.search(title)
    if m is None or m.group(1) not in TRADE_BODIES:
        return title
    head = title[: m.start()].rstrip()
    if len(head.split()) < 3:
        return title
    body = TRADE_BODIES[m.group(1)] or m.group(1)
    return f"{head}, {body} says"


# an attribution with its verb first, ending the title ("..., says Brussels")
_SAYS_FIRST_RE = lazy(r",\s+(says|said)\s+((?:[A-Z][\w.&'-]*)(?:\s+[A-Z][\w.&'-]*){0,2})\.?$")


def speaker_first(title: str) -> str:
    """``title`` with a trailing "..., says <Speaker>" written "..., <Speaker> says"; any other
    title as it is."""
    if "says " not in title and "said " not in title:
        return title
    m = _SAYS_FIRST_RE.search(title)
    if m is None:
        return title
    return f"{title[: m.start()]}, {m.group(2)} {m.group(1)}"
