"""A headline's surface form made plain before the classifier reads it.

Outlets write the same news in their own styles; the reading must not depend on the style
(``benchmarks/invariance.py`` measures it). Three forms are written one way here, before any
rule runs:

- an outlet's name after the headline (" - Reuters", " | Mining.com", " — Bloomberg"): a short
  tail of capitalised words after a spaced dash or bar, naming no metal and no trade-measure
  word, is the publisher, not the news, and is dropped from the title; so is a wire's column
  (" — Market Talk"), whose words are the rules' own;
- a rate in words ("25 per cent", "25 percent", "25 pct") is written "25%", and so is one with
  its number in words ("twenty-five percent") or written "25pc"
  (:mod:`tui.engine.classifier_spelled_rates`);
- "anti dumping" and "anti subsidy", spaced, are hyphenated as the rules know them;
- a spaced hyphen ("Proclamation - Steel") is written as the dash "–"; an all-capitals title's
  "ADD" after a verb of imposing ("IMPOSE ADD ON") is spelled out as in mixed case;
- a bare trade body heading the title ("Commission imposes", "Commerce lowers") is written in
  full (:mod:`tui.engine.classifier_bodies`);
- a trade body after a dash or colon ("... takes effect - ITAC") is written ", ITAC says"
  (:mod:`tui.engine.classifier_agency_tail`), not dropped as an outlet;
- a flow watched with its goods first ("to monitor copper imports") is written with them after
  it ("to monitor imports of copper", :mod:`tui.engine.classifier_watched_flow`);
- a licensing regime in official words ("quality control order", goods "under restricted
  category", "sole buyer and exporter", "must go through") is written as its near form the
  rules read (:mod:`tui.engine.classifier_trade_terms`);
- a border, import, export or customs "charge" on goods is a levy
  (:mod:`tui.engine.classifier_charge_levy`);
- an offer of zero tariffs or of tariff cuts is an offer to scrap or cut them
  (:mod:`tui.engine.classifier_offered_away`);
- goods let "enter" a country "freely" are imports allowed into it
  (:mod:`tui.engine.classifier_enter_freely`);
- exports phased out are banned, and a volume let in free of duty or tariffs eased under a quota
  deal are a quota (:mod:`tui.engine.classifier_phase_out`,
  :mod:`tui.engine.classifier_quota_volume`);
- goods let in free of duty, no volume named, are imports let in duty-free
  (:mod:`tui.engine.classifier_let_in`), and a country let keep exporting goods duty-free is
  the country spared from the duty (:mod:`tui.engine.classifier_let_keep`);
- goods "no longer subject to" a measure are "spared from" it
  (:mod:`tui.engine.classifier_no_longer`);
- a finance minister named alone ("Sitharaman trims ...") is written with their country
  (:mod:`tui.engine.classifier_minister_names`);
- goods "relieved of" or "freed from" a measure are "spared from" it
  (:mod:`tui.engine.classifier_spared_words`);
- the State Council's tariff commission is China's, a body "controlled by" its owner is "owned
  by" it, and a lede's firm named "... Limited" is "... Ltd" (:mod:`tui.engine.classifier_state_council`,
  :mod:`tui.engine.classifier_owned_by`);
- a US notice's bare "Revocation of Orders" whose lede names duty orders is written "Duty
  Orders" (:mod:`tui.engine.classifier_orders`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tui.core.lazy_re import lazy
from tui.engine import classifier_rules as R
from tui.engine.classifier_agency_tail import body_told, speaker_first
from tui.engine.classifier_bodies import named_bodies
from tui.engine.classifier_case import rule_words
from tui.engine.classifier_charge_levy import charged_levies
from tui.engine.classifier_enter_freely import entered_freely
from tui.engine.classifier_let_in import let_in_free
from tui.engine.classifier_let_keep import let_keep
from tui.engine.classifier_minister_names import ministers_named
from tui.engine.classifier_no_longer import no_longer_subject
from tui.engine.classifier_offered_away import offered_away
from tui.engine.classifier_orders import named_orders
from tui.engine.classifier_outlet_tail import OUTLET_TAIL_RE, cut_at, drop_tag, names_outlet
from tui.engine.classifier_own_rebates import own_rebates
from tui.engine.classifier_owned_by import limited_firms, owned_by
from tui.engine.classifier_phase_out import phased_out
from tui.engine.classifier_quota_volume import quota_volume
from tui.engine.classifier_spared_words import spared_words
from tui.engine.classifier_spelled_rates import spelled_rates
from tui.engine.classifier_state_council import state_council_named
from tui.engine.classifier_trade_terms import trade_terms
from tui.engine.classifier_unprocessed_ban import unprocessed_ban
from tui.engine.classifier_watched_flow import watched_flow

# " - Reuters", " | Mining.com", " — The Wall Street Journal": the last spaced dash or bar
# and what follows it
_TAIL_RE = OUTLET_TAIL_RE
# a wire's column named after the headline ("Steel Stocks Fall After ... — Market Talk"): its
# words are the rules' ("market", "talk"), so it is named here and always dropped
_COLUMNS = frozenset({"market talk", "market talks"})
# words an outlet's name may have in lower case ("Times of India", "S&P Global")
_NAME_JOINS = frozenset({"of", "the", "and", "&", "for", "on"})
_WORD_RE = lazy(r"[^\s]+")
_RATE_WORDS_RE = lazy(r"(?<=\d) ?(?:per\s?cent|percent|pct)\b", re.IGNORECASE)
_ANTI_RE = lazy(r"\b(anti) (dumping|subsidy|circumvention)\b", re.IGNORECASE)
# "ADD" in a title all in capitals ("SEEKS TO IMPOSE ADD ON ..."): after a verb of laying or
# keeping a duty it is the abbreviation, never the verb "add" (R.ADD_RE reads it in mixed case)
_CAPS_ADD_RE = lazy(
    r"\b((?:IMPOSES?|IMPOSED|IMPOSING|LEVY|LEVIES|LEVIED|EXTENDS?|EXTENDED|CONTINUES?|"
    r"CONTINUED|RECOMMENDS?|RECOMMENDED|REVOKES?|REVOKED|SLAPS?|SLAPPED|NOTIFIES|NOTIFIED)\s+)"
    r"ADDS?(?=\s+(?:ON|OF|IN)\b)"
)
# a dash written as a spaced hyphen ("Proclamation - Steel and Aluminum"), read as the dash
_SPACED_HYPHEN_RE = lazy(r"(?<=\S) - (?=\S)")


def _outlet_name(tail: str) -> bool:
    """Is ``tail`` written as a name: at most five words, each capitalised, a domain or a
    joining word, not all of them joining words, none a word of the rules nor a verb's form
    ("Comments Invited", "Seeking Alpha" may be news or a column: kept; a wire's column is
    dropped apart, :data:`_COLUMNS`)?"""
    words = _WORD_RE.findall(tail)
    if not 1 <= len(words) <= 5 or all(w.lower() in _NAME_JOINS for w in words):
        return False
    if any(w.lower().endswith(("ed", "ing")) or w.lower() in rule_words() for w in words):
        return False
    if R.COMMENTS_RE.search(tail) is not None:
        return False  # "... – Comment Due", "– COMMENTS DUE": a notice's call, not an outlet
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_JOINS for w in words)


def drop_outlet(title: str, names_news: Callable[[str], bool]) -> str:
    """``title`` without an outlet's name after it (``names_news(tail)``: does the tail name a
    metal or a measure, so that it is part of the news?), and without a site's section before
    that ("... | Base Metals | Reuters"): two tails at most."""
    head = _drop_one(title, names_news)
    return _drop_one(head, names_news) if head != title else title


def _drop_one(title: str, names_news: Callable[[str], bool]) -> str:
    if "-" not in title and "–" not in title and "—" not in title and "|" not in title:
        return title  # none of the marks _TAIL_RE needs
    m = _TAIL_RE.search(title)
    if m is not None and m.group(1).strip().lower() in _COLUMNS:
        return title[: m.start()].rstrip()  # "... — Market Talk": the wire's column, not news
    if m is not None and names_outlet(title, m):
        return cut_at(title, m.start())  # "- Steel Times International", "| Steel"
    if m is None or not _outlet_name(m.group(1)) or names_news(m.group(1)):
        return title
    return cut_at(title, m.start())


def plain_words(text: str) -> str:
    """Rates and remedies written one way: "25 per cent" -> "25%", "anti dumping" ->
    "anti-dumping"."""
    if not text:
        return text
    # each pattern runs only where it can match: on an ASCII text (whose case-insensitive
    # matches are those of its lower form) only when that holds letters every match holds
    # (a rate's word "cent" of "per cent" / "percent", or "pct"; "per" is in many words)
    low = text.lower() if text.isascii() else None
    text = spelled_rates(text, low)  # "fifteen percent" -> "15 percent", "10pc" -> "10%"
    if low is None or "cent" in low or "pct" in low:
        text = _RATE_WORDS_RE.sub("%", text)
        low = text.lower() if low is not None else None
    if low is None or "anti " in low:
        text = _ANTI_RE.sub(lambda m: f"{m.group(1)}-{m.group(2)}", text)
    return text


def plain_surface(
    title: str | None, summary: str | None, names_news: Callable[[str], bool]
) -> tuple[str, str]:
    """The title and summary as the rules read them: spaces collapsed, "ADD on" spelled out
    ("anti-dumping duty on"), rates and remedies written one way, the outlet's name dropped, a
    bare trade body at the title's head named in full."""
    title = " ".join((title or "").split())
    if " - " in title:  # a spaced hyphen is the dash the rules read as a clause break
        title = _SPACED_HYPHEN_RE.sub(" – ", title)
    if "ADD" in title:  # the pattern's word, as written (it is case-sensitive)
        title = R.ADD_RE.sub(R.ADD_WORDS, title)
        title = _CAPS_ADD_RE.sub(lambda m: m.group(1) + R.ADD_WORDS.upper(), title)
    summary = " ".join((summary or "").split())
    summary = limited_firms(owned_by(state_council_named(plain_words(summary))))  # China's; "Ltd"
    title = owned_by(state_council_named(title))  # "Tariff Commission of the State Council"
    title = spared_words(trade_terms(watched_flow(speaker_first(body_told(plain_words(title))))))
    title = charged_levies(title)  # "border charge on steel imports": a levy
    title = unprocessed_ban(title)  # "restricts export of unprocessed lithium": a ban
    title = offered_away(title)  # "offers zero tariffs on ...": offers to scrap them
    title = entered_freely(title)  # "scrap to enter China freely": imports allowed
    title = quota_volume(phased_out(title))  # "phasing out ... exports", "let 1 mln t in duty free"
    title = let_in_free(title)  # "lets Korean aluminium in duty free": imports let in duty-free
    title = let_keep(title)  # "lets Mexico keep exporting ... duty-free"
    title = no_longer_subject(title)  # "no longer subject to US tariffs": spared from them
    title = ministers_named(title)  # "Sitharaman trims ...": India's finance minister
    title = own_rebates(title)  # "scraps rebates on steel products": export tax rebates
    title = named_orders(drop_outlet(drop_tag(title), names_news), summary)
    return named_bodies(title), summary
