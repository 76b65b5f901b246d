"""Official and trade-press phrasings of licensing regimes written in the rules' own terms.

Governments keep a flow to the holders of a certificate, a category or a channel in words the
rules did not read, while a near phrasing of the same act read right. Before the rules read a
title (:func:`~tui.engine.classifier_surface.plain_surface`) each is written as its near form:

- a quality-control order spelled out ("extends quality control order to aluminium products")
  is its abbreviation, "QCO", a licensing measure on imports (``FLOW_OF_MEASURE``), as "notifies
  QCO for stainless steel imports" reads;
- goods put "under" or "in" a restricted or prohibited category or list ("puts silver imports
  under restricted category", "in 'prohibited' list") are moved "to" it, as "moves gold imports
  to restricted category" and DGFT's "amends import policy ... to 'restricted'" read, and the
  flow named as "import of" its goods there ("puts import of platinum alloy under 'restricted'
  category") is the goods' "imports";
- a state body made "sole buyer and exporter" (or "sole buyer, exporter") is the "sole
  exporter" the rules join (``sole-exporter``), and "exclusive (gold) export rights" or an
  "exclusive right to export (gold)" are "exclusive exporter rights" (``exclusive-exporter``);
- a flow that "must go through", "must pass through" or "must be sold through / via" a body
  is "restricted to" it, as "restricts lithium exports to state minerals marketer" reads (a
  channel the state approves or owns is ``licensing``, :mod:`~tui.engine.classifier_channels`).

- a state body's monopoly on a flow ("monopoly on lithium exports", "tin export monopoly") and a
  "sole" right to export are "exclusive exporter rights"; a flow ordered "to go through" a body
  ("orders all gold exports to go through central bank") is "restricted to" it, and one
  channelled "through" a body is restricted to it; end-user or end-use certificates,
  declarations or statements are licences; a dual-use (export, control) list is an "export
  control list", as "adds gallium to export control list" reads.

- goods a government orders, mandates or obliges to be processed, refined or smelted at home
  before export ("orders copper concentrate to be smelted locally before export", "mandates
  local refining of lithium before export") are "required" so, as "requires gold to be refined
  locally before export" reads (``licensing``: exports allowed once the goods are processed),
  and so are goods whose miners or firms are ordered to process them before exporting ("orders
  bauxite miners to refine locally before exporting").

Each pattern runs only on a title holding its trigger word ("quality", "restricted" or
"prohibited", "sole" or "exclusive", "must", "before export", "monopoly", "through" or "via",
"end-us", "dual").
"""

from __future__ import annotations

import re

from tui.core.lazy_re import lazy

_QCO_RE = lazy(r"\bquality[- ]control\s+order(s?)\b(?:\s+\(QCOs?\))?", re.IGNORECASE)
_CATEGORY_RE = lazy(
    r"\b(?:under|in|into|on)\s+(?:the\s+)?(['‘\"]?)(restricted|prohibited)(['’\"]?)\s+"
    r"(category|list|regime|bracket|items?)\b",
    re.IGNORECASE,
)
#: The flow named as "import of" its goods before the category it is put in ("puts import of
#: platinum alloy to 'restricted' category", once ``_CATEGORY_RE`` wrote "under" as "to").
_FLOW_OF_RE = lazy(
    r"\b(import|export)s?\s+of\s+((?:[\w-]+\s+){0,3}?[\w-]+)\s+"
    r"(?=(?:from\s+['‘\"]?free['’\"]?\s+)?to\s+['‘\"]?(?:restricted|prohibited)\b)",
    re.IGNORECASE,
)
_SOLE_RE = lazy(
    r"\b(sole|exclusive|only)\s+(?:buyer|purchaser|seller|trader|marketer|offtaker)"
    r"(?:\s+and|,)\s+(exporters?)\b",
    re.IGNORECASE,
)
_RIGHTS_RE = lazy(
    r"\bexclusive\s+(?:(?P<goods>[\w-]+(?:\s+[\w-]+)?)\s+)??export(?:ing)?\s+(?P<rights>rights?)\b"
    r"|\bexclusive\s+(?P<rights2>rights?)\s+to\s+export\s+(?P<goods2>[\w-]+(?:\s+[\w-]+)?)",
    re.IGNORECASE,
)
_MUST_RE = lazy(
    r"\bmust\s+(?:go|pass|flow|be\s+(?:sold|routed|channell?ed|made|shipped|traded))\s+"
    r"(?:through|via)\b",
    re.IGNORECASE,
)
#: A flow ordered "to go through" a body ("orders all gold exports to go through central bank").
#: A body a flow is kept to ("central bank", "state refinery", "state trading firm"), not a
#: place or a route ("through Dubai", "through Lobito corridor", "via Tanzanian port").
_BODY = (
    r"(?=\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?:bank|agency|body|board|compan(?:y|ies)"
    r"|firms?|marketers?|traders?|refiner(?:y|ies)|corporation|enterprises?|entity|buyers?"
    r"|authority|regulator|mint)\b)"
)
_GO_THROUGH_RE = lazy(
    r"\b(exports|imports|shipments|sales)\s+to\s+(?:go|pass|flow|be\s+sold)\s+(?:through|via)"
    + _BODY,
    re.IGNORECASE,
)
#: A flow channelled through a body ("channels all gold exports through central bank").
_CHANNELS_RE = lazy(
    r"\bchannel(?:s|l?ed|l?ing)?\s+((?:[\w'’-]+\s+){0,4}?(?:exports|imports|shipments|sales))"
    r"\s+(?:through|via)" + _BODY,
    re.IGNORECASE,
)
#: Words before a monopoly that make it a state's grant ("grants state firm monopoly on ...",
#: "state monopoly"), not a market's dominance ("China's near monopoly on gallium exports").
_GRANTED_RE = lazy(
    r"\b(?:grant|give|hand|award|assign|create|establish|enforce|restore|confer)\w*\s+"
    r"(?:[\w'’-]+\s+){0,4}$|\bstate(?:-owned|-run)?\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
#: A state body's monopoly on a flow ("monopoly on lithium exports", "tin export monopoly").
_MONOPOLY_RE = lazy(
    r"\bmonopoly\s+(?:on|over|of)\s+(?:the\s+|all\s+)?(?P<goods>(?:(?!(?:amid|as|after|while"
    r"|despite|and|but|with)\b)[\w-]+\s+){0,3}?)exports?\b"
    r"|\b(?P<goods2>(?:[\w-]+\s+){0,2}?)export\s+monopoly(?:\s+(?:on|over|for|of)\s+"
    r"(?P<goods3>[\w-]+(?:\s+[\w-]+)?))?",
    re.IGNORECASE,
)
#: A "sole" right to export is an exclusive one ("sole right to export gold").
_SOLE_RIGHT_RE = lazy(
    r"\bsole(?=\s+(?:rights?\s+to\s+export|(?:[\w-]+\s+){0,2}?export(?:ing)?\s+rights?)\b)",
    re.IGNORECASE,
)
#: Papers an exporter must file on the buyer's use, each a licence to export.
_END_USE_RE = lazy(
    r"\bend[- ]us(?:er|e)\s+(?:certificates?|certification|declarations?|statements?"
    r"|undertakings?|checks?|verification)\b",
    re.IGNORECASE,
)
#: A dual-use goods list is an export control list ("adds gallium to dual-use export list").
_DUAL_USE_RE = lazy(
    r"\bdual[- ]use\s+(?:goods\s+|items\s+)?(?:exports?\s+)?(?:control\s+)?(lists?)\b",
    re.IGNORECASE,
)


_ORDERED_RE = lazy(
    r"\b(?:orders|ordered|mandates|mandated|obliges|obliged|forces|compels|directs|tells)"
    r"(?=\s+(?:[\w'’-]+\s+){1,5}?to\s+be\s+(?:processed|refined|smelted|beneficiated)\s+"
    r"(?:locally|domestically|at\s+home|in[- ]country|onshore)\s+before\s+exports?\b)",
    re.IGNORECASE,
)
_LOCAL_NOUN_RE = lazy(
    r"\b(?:mandates|mandated|orders|ordered)\s+(?:local|domestic|in-country)\s+"
    r"(processing|refining|smelting|beneficiation)\s+of\s+((?:[\w-]+\s+){0,2}?[\w-]+)\s+"
    r"(?=before\s+exports?\b)",
    re.IGNORECASE,
)
#: The same told of the firms that must process ("orders bauxite miners to refine locally
#: before exporting", "requires miners to smelt copper ore before exporting it").
_FIRMS_ORDERED_RE = lazy(
    r"\b(?:orders|ordered|requires|required|mandates|mandated|obliges|obliged|forces|compels"
    r"|directs|tells)\s+(?P<pre>(?:[\w-]+\s+){0,3}?)(?:miners|mining\s+firms|companies|firms"
    r"|producers|exporters|mines)\s+to\s+(?P<verb>process|refine|smelt|beneficiate)\s+"
    r"(?P<obj>(?:[\w-]+\s+){0,3}?)(?:(?:locally|domestically|at\s+home|in[- ]country"
    r"|onshore)\s+)?before\s+export(?:ing|s)?(?:\s+(?:it|them))?\b",
    re.IGNORECASE,
)
_PAST = {"processing": "processed", "refining": "refined", "smelting": "smelted",
         "beneficiation": "beneficiated"}  # fmt: skip


def _firms_ordered(m: re.Match[str]) -> str:
    goods = f"{m.group('pre')}{m.group('obj')}".strip()
    if not goods:
        return m.group(0)
    past = _PAST[
        {"process": "processing", "refine": "refining", "smelt": "smelting"}.get(
            m.group("verb").lower(), "beneficiation"
        )
    ]
    return f"requires {goods} to be {past} locally before export"


def _rights(m: re.Match[str]) -> str:
    if m.group("rights") is not None:
        goods = m.group("goods")
        tail = f" for {goods}" if goods and goods.lower() not in ("the", "an", "a") else ""
        return f"exclusive exporter {m.group('rights')}{tail}"
    return f"exclusive exporter {m.group('rights2')} for {m.group('goods2')}"


def _monopoly(m: re.Match[str]) -> str:
    if _GRANTED_RE.search(m.string, max(0, m.start() - 60), m.start()) is None:
        return m.group(0)  # a market's dominance, no state's grant
    goods = (m.group("goods") or m.group("goods2") or "").strip()
    if m.group("goods3"):
        goods = m.group("goods3")
    return f"exclusive exporter rights for {goods}" if goods else "exclusive exporter rights"


def _channels(title: str, low: str) -> str:
    """A flow kept to one channel, a state's monopoly or papers on its end use."""
    if "monopoly" in low:
        title = _MONOPOLY_RE.sub(_monopoly, title)
    if "sole" in low:
        title = _SOLE_RIGHT_RE.sub("exclusive", title)
    if "through" in low or "via" in low:
        title = _GO_THROUGH_RE.sub(lambda m: f"{m.group(1)} restricted to", title)
        title = _CHANNELS_RE.sub(lambda m: f"restricts {m.group(1)} to", title)
    if "end-us" in low or "end us" in low:
        title = _END_USE_RE.sub("licences", title)
    if "dual" in low:
        title = _DUAL_USE_RE.sub(lambda m: f"export control {m.group(1)}", title)
    return title


def trade_terms(title: str) -> str:
    """``title`` with the phrasings of the module docstring written in the rules' terms."""
    title = _channels(title, title.lower())
    low = title.lower()
    if "quality" in low:
        title = _QCO_RE.sub(lambda m: "QCO" + m.group(1), title)
    if "restricted" in low or "prohibited" in low:
        title = _CATEGORY_RE.sub(
            lambda m: f"to {m.group(1)}{m.group(2)}{m.group(3)} {m.group(4)}", title
        )
        title = _FLOW_OF_RE.sub(lambda m: f"{m.group(2)} {m.group(1).lower()}s ", title)
    if "sole" in low or "exclusive" in low or "only" in low:
        title = _SOLE_RE.sub(lambda m: f"{m.group(1)} {m.group(2)}", title)
        if "exclusive" in low:
            title = _RIGHTS_RE.sub(_rights, title)
    if "before export" in low:
        title = _FIRMS_ORDERED_RE.sub(_firms_ordered, title)
        title = _ORDERED_RE.sub("requires", title)
        title = _LOCAL_NOUN_RE.sub(
            lambda m: f"requires {m.group(2)} to be {_PAST[m.group(1).lower()]} locally ", title
        )
    if "must" in low:
        title = _MUST_RE.sub("restricted to", title)
    return title
