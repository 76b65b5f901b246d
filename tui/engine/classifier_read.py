"""Reading one text: the findings of every word, the background clauses, the strongest
finding, and the vetoes (denials, market moves, questions, analysts, companies,
disruptions)."""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_findings import rule_at
from tui.engine.classifier_text import (
    SKIP,
    Finding,
    Reading,
    Text,
    base_word,
)


def background_mask(t: Text) -> list[bool]:
    """Per token: inside a background clause ("after ...", "in response to ...")."""
    toks = t.toks
    n = len(toks)
    mask = [False] * n
    for i, tok in enumerate(toks):
        lo = -1
        if tok.low in R.BACKGROUND_MARKERS:
            if i == 0:  # "After talks with Beijing, Jakarta ..." ends at the comma
                end = next((j for j in range(1, n) if toks[j].low == ","), 0)
                if end:
                    mask[: end + 1] = [True] * (end + 1)
                continue
            lo = i
        elif tok.low == "in" and t.word(i + 1) in R.RESPONSE_WORDS:
            lo = i
        if lo >= 0:
            end = next((j for j in range(lo, n) if toks[j].low in (";", "|")), n)
            mask[lo:end] = [True] * (end - lo)
    return mask


def find_veto(t: Text, best: Finding, in_main: list[bool]) -> tuple[str, str] | None:
    """(kind, why) when the headline is not a policy event after all."""
    toks = t.toks
    text = t.text
    market = R.MARKET_RE.search(text)
    if market is not None and market.end() <= toks[best.index].start:
        # "Gold jumps as Trump threatens tariffs on EU": the price move is the news
        between = [tk.low for tk in toks[: best.index] if tk.start >= market.end()]
        if any(w in R.MARKET_CLAUSE for w in between):
            return "market", f"market news ({market.group(0)!r}) before the policy clause"
    subject = toks[: best.index]
    if any(tk.low in R.REQUEST_VERBS for tk in subject) and any(
        base_word(tk.low) in R.COMPANY_WORDS or tk.low in R.PLURAL_SUBJECTS for tk in subject
    ):
        return "company", "an industry asks for a measure: lobbying, not a measure"
    if not best.verb:
        if market is not None and not _attached_before(t, best, market.start(), in_main):
            return "market", f"market news ({market.group(0)!r}) with no policy verb"
        if any(
            t.word(j) in R.SPECULATION_WORDS for j in range(max(0, best.index - 2), best.index + 3)
        ):
            return "speculation", "speculative mention ('fears', 'ahead of' ...)"
        if "?" in text or toks[0].low in R.QUESTION_WORDS:
            return "speculation", "a question, not a measure"
    analyst = next((j for j, tk in enumerate(toks) if base_word(tk.low) in R.ANALYST_WORDS), None)
    if analyst is not None and (analyst < best.index or not best.verb):
        return "speculation", "analysts' view, not a measure"
    if best.verb and best.rule in ("stop", "restart", "grant"):
        subject = [toks[j] for j in range(0, best.index) if t.place_at[j] is None]
        if any(base_word(s.low) in R.DISRUPTION_WORDS for s in subject):
            return "company", "a strike, protest or accident stops the flow, not a government"
        if any(base_word(s.low) in R.COMPANY_WORDS for s in subject) and not any(
            t.place_at[j] is not None and not t.gaz.is_demonym(t.places[t.place_at[j]][3])  # type: ignore[index]
            for j in range(0, best.index)
            if base_word(t.word(j + 1)) not in R.COMPANY_WORDS
        ):
            return "company", "a company, not a government, is the subject"
        if any(base_word(s.low) in R.COMPANY_WORDS for s in subject[-3:]):
            return "company", "a company, not a government, is the subject"
    return None


def _attached_before(t: Text, f: Finding, market_at: int, in_main: list[bool]) -> bool:
    """A measure stated before the market words and tied to a metal ("Trump tariffs on
    Canadian aluminum force price hikes"): the price move is its consequence."""
    if not in_main[f.index] or t.toks[f.index].end > market_at:
        return False
    toks = t.toks
    if f.index > 0 and t.is_metal[f.index - 1]:
        return True  # "copper tariffs"
    if t.word(f.index + 1) in ("on", "against", "for"):
        for j in range(f.index + 2, min(len(toks), f.index + 6)):
            if toks[j].end > market_at:
                break
            if t.is_metal[j]:
                return True
    return False


_RULE_ORDER = {rule: rank for rank, rules in enumerate(R.RULE_ORDER) for rule in rules}


def read_text(t: Text, *, trace: list[str]) -> Reading:
    toks = t.toks
    reading = Reading(trace=trace)
    if not toks:
        return reading
    denial = None
    if not R.DENIAL_WORDS.isdisjoint(tk.low for tk in toks):
        denial = R.DENIAL_RE.search(t.text)
    if denial is not None:
        reading.vetoed = "denial"
        trace.append(f"veto: denial or abandoned plan ({denial.group(0)!r})")
        return reading
    findings: list[Finding] = []
    for i, tok in enumerate(toks):
        if base_word(tok.low) not in R.TRIGGER_WORDS and "-" not in tok.low:
            continue  # most words: nothing to do
        found = rule_at(t, i)
        if found is not None and found is not SKIP:
            findings.append(found)
    if not findings:
        trace.append("no trade-measure words")
        return reading
    first_finding = min(findings, key=lambda f: f.index)
    if first_finding.rule == "operations":
        reading.vetoed = "operations"
        trace.append(f"veto: operations news ({' '.join(first_finding.words)})")
        return reading
    findings = [f for f in findings if f.rule != "operations"]
    bg = background_mask(t)
    for f in findings:  # "raises duty on gold to 12.5% to curb imports": a purpose clause
        if t.word(f.index - 1) == "to" and any(g.index < f.index - 1 for g in findings):
            bg[f.index] = True
    in_main = [not b for b in bg]
    main = [f for f in findings if in_main[f.index]] or findings
    main.sort(key=lambda f: (_RULE_ORDER[f.rule], f.index))
    best = main[0]
    if best.rule in ("release", "passive-release", "release-noun"):
        # "lifts cobalt export ban, imposes quotas": the new measure replaces the old one
        new = next(
            (
                f
                for f in main
                if f.index > best.index
                and f.rule == "noun"
                and f.verb
                and f.words[0].lower() in R.REIMPOSE_VERBS
            ),
            None,
        )
        if new is not None:
            new.rule = "replace"
            best = new
    if not in_main[best.index]:
        best.confidence *= 0.85
    trace.append(f"rule {best.rule}: {' + '.join(best.words)} -> {best.status}")
    veto = find_veto(t, best, in_main)
    if veto is not None:
        reading.vetoed = veto[0]
        trace.append(f"veto: {veto[1]}")
        return reading
    reading.finding = best
    reading.background = bg
    return reading
