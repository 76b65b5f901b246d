"""The classifier's shortcuts of session 21 against the plain computations they stand for.

Each shortcut skips a pattern on a text that cannot hold what the pattern needs, or keeps what
is found once per text; here every text of ``test_engine_fast_paths`` (real and labelled
headlines, and awkward ones: non-ASCII letters that match ASCII ones case-insensitively, curly
quotes, dashes) and the made-up ones below is read both ways and the answers must be the same.
"""

from __future__ import annotations

from test_engine_fast_paths import TEXTS, WATCH

from tui.core.gazetteer import Gazetteer
from tui.core.outlet_tails import outlet_named, section_named
from tui.engine import classifier_bodies as B
from tui.engine import classifier_rules as R
from tui.engine import classifier_surface as S
from tui.engine.classifier_context import background_mask
from tui.engine.classifier_outlet_tail import drop_tag
from tui.engine.classifier_read import read_text
from tui.engine.classifier_spans import SENTENCE_RE, metal_spans, sentences
from tui.engine.classifier_text import Text
from tui.engine.classifier_words import has_trigger
from tui.engine.tagging import matcher_for

#: Texts for each skipped pattern, in the cases and forms that must still reach it.
MADE_UP = [
    "EU ADD on Chinese steel extended",
    "India extends ADDs of 12% on aluminium foil",
    "Duty of 25 Per Cent on copper; 10 PCT on tin; 5 percent on zinc; 7 per-cent",
    "Tin duty raised to 12 Pct",
    "ANTI DUMPING probe into steel; Anti Subsidy duty on tin; anti circumvention ruling",
    "Anti dumping duty of 25 per cent on nickel — Bloomberg",
    "ANTİ DUMPING duty of 30 PER CENT on steel",  # a dotted capital I outside ASCII
    "Commission imposes duties on steel | Mining.com",
    "The Commerce Dept. sets duties on aluminium - Reuters",
    "Duties set by the Commerce Department on steel pipe",
    "Tariff proposed by Commission on tin – Financial Times",
    "e-commerce firms face levy on steel imports",
    "Steel Minister says exports of steel will rise",
    "Ministry of Steel and Mines bans iron ore exports",
    "India's STEEL MINISTRY weighs curbs on copper imports",
    "Mİnister of steel curbs tin exports",  # a dotted capital I outside ASCII
    "After EU quotas on steel, Turkey imposes tariff on aluminium imports",
    "In retaliation against EU steel quotas, India raises tariffs on copper to curb imports",
    "Like Canada's steel quota system, Mexico imposes duties on tin, which already faces EU quotas",
    "SEOUL, July 22 (Yonhap) -- South Korea will curb steel imports. Talks go on.",
    "  NEW DELHI (Reuters) - India raised duties. It said so. BEIJING (AP) - China, too.",
    "JAKARTA — Indonesia bans ore exports! Miners protest?  Yes.",
]


def _plain_words(text: str) -> str:
    if not text:
        return text
    text = S._RATE_WORDS_RE.sub("%", text)
    return S._ANTI_RE.sub(lambda m: f"{m.group(1)}-{m.group(2)}", text)


def _plain_named_bodies(title: str) -> str:
    for pattern, full in (
        (B._COMMISSION_RE, "European Commission"),
        (B._COMMERCE_RE, "Commerce Department"),
    ):
        m = pattern.match(title)
        if m is not None and B._verb_follows(title, m.end()):
            return full + title[m.end() :]
    return B._BY_RE.sub(
        lambda m: "by " + ("European Commission" if m.group(1) else "Commerce Department"), title
    )


def _plain_drop_outlet(title: str, names_news: object) -> str:
    head = _plain_drop_one(title, names_news)
    return _plain_drop_one(head, names_news) if head != title else title


def _plain_drop_one(title: str, names_news: object) -> str:
    m = S._TAIL_RE.search(title)
    if m is not None and m.group(1).strip().lower() in S._COLUMNS:
        return title[: m.start()].rstrip()
    if m is not None and (
        (outlet_named(m.group(1)) and not has_trigger(m.group(1)))
        or section_named(m.group(1), title[m.start() : m.start(1)].strip())
    ):
        head = title[: m.start()].rstrip()  # an outlet named with the rules' words, a section
        return head if len(head.split()) >= 3 else title
    if m is None or not S._outlet_name(m.group(1)) or names_news(m.group(1)):  # type: ignore[operator]
        return title
    head = title[: m.start()].rstrip()
    return head if len(head.split()) >= 3 else title


def test_the_surface_is_written_as_the_patterns_alone_write_it() -> None:
    changed = 0
    for text in [*TEXTS, *MADE_UP]:
        assert S.plain_words(text) == _plain_words(text), text
        assert B.named_bodies(text) == _plain_named_bodies(text), text
        assert S.drop_outlet(text, lambda _x: False) == _plain_drop_outlet(text, lambda _x: False)
        joined = " ".join(text.split())
        dashed = S._SPACED_HYPHEN_RE.sub(" – ", joined)  # a spaced hyphen read as the dash
        assert S.plain_surface(text, text, lambda _x: False)[0] == B.named_bodies(
            S.drop_outlet(
                drop_tag(S.plain_words(R.ADD_RE.sub(R.ADD_WORDS, dashed))), lambda _x: False
            )
        ), text
        changed += S.plain_surface(text, "", lambda _x: False)[0] != joined
    assert changed >= 10  # the made-up texts do reach the patterns


def test_metal_spans_leave_out_a_ministers_portfolio_in_any_case() -> None:
    matcher = matcher_for(WATCH)
    for text in MADE_UP[12:16]:
        steel = [s for s in metal_spans(text, matcher) if s[0] == "steel"]
        assert steel == [] or "exports of steel" in text, text
    assert [s[0] for s in metal_spans("Steel Minister says exports of steel", matcher)] == ["steel"]


def test_a_texts_background_is_found_once_and_handed_out_as_a_copy() -> None:
    matcher, gaz = matcher_for(WATCH), Gazetteer.default()
    background = 0
    for text in [*TEXTS, *MADE_UP]:
        t = Text(text, matcher, gaz)
        read_text(t, trace=[])  # a reading may change the mask it was handed
        first = background_mask(t)
        first[:] = [not b for b in first]  # so may any reader of its copy
        again = background_mask(t)
        assert again == background_mask(Text(text, matcher, gaz)), text
        assert again is not background_mask(t)
        background += any(again)
    assert background >= 3


def test_a_summarys_sentences_are_those_of_the_plain_split() -> None:
    datelines = 0
    for text in [*TEXTS, *MADE_UP]:
        summary = R.DATELINE_RE.sub("", text, count=1)
        want = [x.strip() for x in SENTENCE_RE.split(summary) if x.strip()]
        assert sentences(text) == want, text
        datelines += summary != text
    assert datelines >= 3
