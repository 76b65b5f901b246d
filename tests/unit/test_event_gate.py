"""The learned event gate (``tui/engine/event_gate.py``): its features on made-up phrasings of
the kinds it is for, how it combines with the rules, its lazy loading, and that the shipped
weights are exactly what ``benchmarks/train_event_gate.py`` trains from the labelled sets."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tui.core.gazetteer import Gazetteer
from tui.engine import event_gate
from tui.engine.classifier import classify, explain, rules_reading
from tui.engine.classifier_spans import sentences
from tui.engine.classifier_text import Text
from tui.engine.event_gate import GateModel, features, normalised_words
from tui.engine.event_gate_reading import reading_features
from tui.engine.tagging import matcher_for

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

from test_classifier import METALS  # noqa: E402

GAZ = Gazetteer.default()
MATCHER = matcher_for(METALS)


def feats(title: str, summary: str = "") -> list[str]:
    _event, trace = rules_reading(title, summary, METALS, gazetteer=GAZ)
    lede = next(iter(sentences(summary)), "")
    return features(Text(title, MATCHER, GAZ), Text(lede, MATCHER, GAZ) if lede else None, trace)


def reading(title: str) -> list[str]:
    _event, trace = rules_reading(title, "", METALS, gazetteer=GAZ)
    return reading_features(Text(title, MATCHER, GAZ), None, trace)


def test_metals_places_and_numbers_are_placeholders() -> None:
    words = normalised_words(
        "Tin soars 5.5% as Myanmar's Wa region halts 2,000 t of ore", MATCHER, GAZ
    )
    assert words[:4] == ["<metal>", "soars", "<pct>", "as"]
    assert "<place>" in words and "<num>" in words
    assert not {"tin", "myanmar", "5", "2", "000"} & set(words)
    assert normalised_words("Copper tariff of 50 per cent", MATCHER, GAZ)[-1] == "<pct>"


# made-up phrasings of the kinds the gate reads: none of its features may name the metal, the
# place or the number of one case
KINDS = [
    ("market framing around a measure", "Tin soars as Myanmar region halts ore shipments", ""),
    ("market move on fears", "Copper slides on tariff fears as Chile output dips", ""),
    ("plan dropped", "Indonesia scraps plan to ban bauxite exports", ""),
    ("question", "Has Jakarta really lifted its nickel ore export ban?", ""),
    ("company halts", "Glencore halts cobalt shipments from its Congo mine", ""),
    (
        "vague title, lede decides",
        "EU agrees new sanctions on Moscow",
        "The package bans imports of Russian aluminium.",
    ),
]


@pytest.mark.parametrize(("kind", "title", "summary"), KINDS, ids=[k[0] for k in KINDS])
def test_features_of_a_kind_name_no_case(kind: str, title: str, summary: str) -> None:
    got = feats(title, summary)
    assert "w:<metal>" in got or "s:<metal>" in got, kind
    names = {"tin", "myanmar", "copper", "chile", "indonesia", "bauxite", "jakarta", "nickel"}
    names |= {"cobalt", "congo", "moscow", "russian", "aluminium", "eu"}
    words = {part for f in got for part in f.split(":", 1)[1].split("_")}
    assert not names & words, f"{kind}: {sorted(names & words)}"
    assert any(f.startswith("b:") for f in got) and len(got) == len(set(got))


def test_features_carry_the_rules_findings_but_not_their_verdict() -> None:
    market = feats("Copper slides on tariff fears as Chile output dips")
    assert "rule:noun" in market and "status:tariff" in market
    assert not any("veto" in f for f in market)  # the rules veto it; the gate never sees that
    lede = feats(
        "EU agrees new sanctions on Moscow", "The package bans imports of Russian aluminium."
    )
    assert "eng:lede" in lede and "eng:summary-metals" in lede
    assert "s:bans" in lede and "s:<place>" in lede and "eng:title-metal" not in lede


def test_function_words_are_features_only_in_word_pairs() -> None:
    got = feats("Copper tariffs of the US hit the market", "The duty is in force for a year.")
    assert not {"w:the", "w:of", "s:the", "s:is", "s:for", "s:in"} & set(got)
    assert {"b:the_<place>", "w:tariffs", "s:duty", "s:force"} <= set(got)


# made-up phrasings: each reading feature for the kind it names, from the rules' own word tables
READINGS = [
    ("Tin soars as Myanmar region halts ore shipments", {"x:market", "rs:stop_suspended"}),
    ("Glencore halts cobalt shipments from its Congo mine", {"x:company", "x:operation"}),
    ("Copper tariffs could hit demand, analysts say", {"x:analyst", "x:say", "mod:could"}),
    ("Copper Tariffs and Their Potential Impact", {"x:piece", "mod:plan", "trig:n1"}),
    ("US slaps 25% tariff on steel", {"x:rate", "vb:any", "trig:n2", "rs:noun_tariff"}),
    ("Indonesia considers nickel ore export ban", {"vb:after", "mod:plan", "x:proposed"}),
    ("Smelters set to face copper export curbs", {"mod:to-verb"}),
]


@pytest.mark.parametrize(("title", "want"), READINGS, ids=[r[0][:40] for r in READINGS])
def test_reading_features_name_the_kind(title: str, want: set[str]) -> None:
    got = reading(title)
    assert want <= set(got), sorted(got)
    assert set(got) <= set(feats(title))  # part of the gate's features


def test_reading_features_count_the_rules_that_fired_and_stay_quiet_without_one() -> None:
    assert "rules:1" in reading("US slaps 25% tariff on steel")
    assert not [f for f in reading("Copper prices slip on weak demand") if f.startswith("rs:")]
    assert "x:market" not in reading("China bans exports of gallium and germanium to the US")
    summary = "Prices rose after the government imposed the ban."
    _event, trace = rules_reading("China bans gallium exports", summary, METALS, gazetteer=GAZ)
    lede = reading_features(
        Text("China bans gallium exports", MATCHER, GAZ), Text(summary, MATCHER, GAZ), trace
    )
    assert {"x:s-market", "x:s-verb", "x:s-government"} <= set(lede)


def test_the_shipped_gate_ranks_a_market_story_under_a_measure() -> None:
    gate = event_gate.model()
    assert gate is not None and 0.0 < gate.threshold < 0.5
    measure = gate.probability(feats("China bans exports of gallium and germanium to the US"))
    market = gate.probability(feats("Copper prices rally as miners urge tariff relief"))
    assert measure > 0.8 > market


def test_a_confident_gate_vetoes_a_rules_event_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    title = "China bans exports of gallium and germanium to the US"
    assert classify(title, "", METALS) is not None
    monkeypatch.setattr(event_gate, "_MODEL", [GateModel({}, -5.0, 0.5)])  # never a measure
    assert classify(title, "", METALS) is None
    assert any(s.startswith("learned gate: a measure at 1%") for s in explain(title, "", METALS))
    assert rules_reading(title, "", METALS)[0] is not None  # the rules' own answer is kept
    monkeypatch.setattr(event_gate, "_MODEL", [GateModel({"w:bans": 10.0}, -5.0, 0.5)])
    assert classify(title, "", METALS) is not None  # a word the gate trusts lets it through
    monkeypatch.setattr(event_gate, "_MODEL", [None])  # no weights file: the rules alone
    assert classify(title, "", METALS) is not None


def test_a_missing_or_broken_weights_file_is_no_gate(tmp_path: Path) -> None:
    assert event_gate.load(tmp_path / "absent.json") is None
    for text in (
        "{",
        "[]",
        '{"bias": 1}',
        '{"weights": [], "bias": 0, "threshold": 0.1}',
        '{"weights": {"w:x": "a"}, "bias": 0, "threshold": 0.1}',
    ):
        (tmp_path / "bad.json").write_text(text, encoding="utf-8")
        assert event_gate.load(tmp_path / "bad.json") is None, text


def test_weights_are_read_on_first_use_not_at_import() -> None:
    code = (
        "import tui.engine.classifier as c, tui.engine.event_gate as g\n"
        "assert g._MODEL == []\n"
        "c.classify('Copper prices slip', '', ())\n"
        "assert g._MODEL == []\n"
        "from tui.core.models import Metal\n"
        "c.classify('China bans copper exports', '', (Metal('copper', 'Copper', ('copper',)),))\n"
        "assert g._MODEL and g._MODEL[0] is not None\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


@pytest.fixture(scope="module")
def training_rows() -> list:
    """The gate's training rows as ``benchmarks/train_event_gate.py`` reads them (every
    labelled set's row read by the rules, then the kinds cases): read once for the module."""
    from event_gate_training import load_rows

    return load_rows()


def test_shipped_weights_are_what_training_gives(training_rows: list) -> None:
    """The shipped file records the digest of the rows it was trained from, the trainer's code
    and its own model (``event_gate_training.fingerprint``): the rows read now (every labelled
    set through the rules of this tree) and the code now must give it byte for byte, so the
    weights never go stale when a set or the rules change. The fit is deterministic (the next
    test: the plain loops it stands for, to the last bit), so the same digest is the same
    weights; this replaced fitting thirty models here (about 66 s of a busy CI's 10 minutes):
    ``benchmarks/train_event_gate.py --check`` still fits and compares."""
    from train_event_gate import digest_current

    assert digest_current(training_rows), "run: python benchmarks/train_event_gate.py"


def test_the_digest_changes_with_a_row_the_code_or_a_weight(training_rows: list) -> None:
    """The digest is no constant: a row read otherwise, a label, a feature or a weight each give
    another (the shipped file would then read as stale)."""
    import dataclasses

    from event_gate_training import fingerprint

    model = event_gate.WEIGHTS_PATH.read_text(encoding="utf-8")
    base = fingerprint(training_rows, model)
    row = training_rows[0]
    changed = [
        [dataclasses.replace(row, measure=not row.measure), *training_rows[1:]],
        [dataclasses.replace(row, feats=(*row.feats, "w:extra")), *training_rows[1:]],
        [dataclasses.replace(row, set_name=row.set_name + "x"), *training_rows[1:]],
        training_rows[1:],
    ]
    digests = {fingerprint(rows, model) for rows in changed}
    digests.add(fingerprint(training_rows, model.replace('"bias": ', '"bias": 1')))
    assert base not in digests and len(digests) == len(changed) + 1


def test_the_fit_is_the_plain_loops_it_stands_for(
    training_rows: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``fit`` does in NumPy the arithmetic of plain loops in their order, so its weights are
    the same to the last bit on any machine and NumPy: here on three sets' rows and 40 rounds,
    unrounded, against those loops written out."""
    import math

    import event_gate_training as T

    monkeypatch.setattr(T, "ITERATIONS", 40)
    monkeypatch.setattr(T, "DECIMALS", 400)  # round(x, 400) is x: every bit compared
    rows = [r for r in training_rows if r.set_name in {"gate", "gate2", T.KINDS}]
    data = [r for r in rows if r.candidate]
    assert len(data) > 300 and len({r.set_name for r in data}) == 3
    vocab = T.vocabulary(data)
    index = {f: i for i, f in enumerate(vocab)}
    xs = [[index[f] for f in r.feats if f in index] for r in data]
    ys = [1.0 if r.measure else 0.0 for r in data]
    n = len(data)
    negatives = n - sum(r.measure for r in data)
    scale = n / (n - negatives + T.NEGATIVE_WEIGHT * negatives)
    weight = [scale if y > 0 else T.NEGATIVE_WEIGHT * scale for y in ys]
    w, b = [0.0] * len(vocab), 0.0
    for _ in range(T.ITERATIONS):
        errs = []
        for x, y, k in zip(xs, ys, weight, strict=True):
            s = 0.0
            for i in x:
                s += w[i]
            z = b + s
            e = math.exp(-abs(z))
            errs.append(((1.0 / (1.0 + e) if z >= 0 else e / (1.0 + e)) - y) * k)
        gb, grad = 0.0, [0.0] * len(vocab)
        for x, err in zip(xs, errs, strict=True):
            gb += err
            for i in x:
                grad[i] += err
        b -= T.LEARNING_RATE * gb / n
        w = [v - T.LEARNING_RATE * (g / n + T.L2 * v) for v, g in zip(w, grad, strict=True)]
    got = T.fit(rows)
    assert got.bias == b and got.weights == {f: v for f, v in zip(vocab, w, strict=True) if v}


def test_the_kinds_cases_are_one_more_training_set(training_rows: list) -> None:
    """Every kinds case not marked xfail is a row of the set ``kinds``, labelled by its test
    (``kinds_rows``, the last rows of the training rows)."""
    import importlib

    from event_gate_training import KINDS, KINDS_MODULES

    cases = [
        getattr(c, "values", c)
        for name in KINDS_MODULES
        for c in importlib.import_module(name).CASES
        if not getattr(c, "marks", ())
    ]
    rows = training_rows[-len(cases) :]
    assert len(rows) == len(cases) > 600 and {r.set_name for r in rows} == {KINDS}
    assert sum(r.set_name == KINDS for r in training_rows) == len(cases)
    assert [r.measure for r in rows] == [want is not None for _t, _s, want in cases]
    # the rules read every case as its test wants (the label is their full reading), but a
    # false event of the rules that the gate vetoes, labelled no event (since session 13: one)
    vetoed = [r for r in rows if r.want != r.rules]
    assert all(r.want is None and r.rules is not None for r in vetoed) and len(vetoed) <= 2
    assert sum(r.measure for r in rows) > 400 and sum(r.candidate for r in rows) > 500
    # each row carries its case's place and title, for the listing of rows read wrong
    assert len({r.ident for r in rows}) == len(rows) and all(":" in r.ident for r in rows)
    assert [r.title for r in rows] == [" ".join(t.split()) for t, _s, _w in cases]


def test_the_loso_listing_and_sweep(capsys: pytest.CaptureFixture[str]) -> None:
    """``loso_event_gate.py --wrong SET`` lists a held-out set's rows read wrong (a false event,
    a measure the gate vetoed, a wrong reading) and never a right one; the sweep counts false and
    missed events at each threshold; an unknown set is refused."""
    import loso_event_gate as L
    from event_gate_training import HeldOut, Row

    tariff = ("tariff", "CN", "US", frozenset({"copper"}), False, None)
    quota = ("quota", "CN", "US", frozenset({"copper"}), False, None)

    def held(ident: str, want: object, rules: object, p: float, name: str = "s") -> HeldOut:
        row = Row(name, (), want is not None, True, want, rules, ident, f"title {ident}")  # type: ignore[arg-type]
        return HeldOut(row, p)

    rows = [
        held("a-1", None, tariff, 0.5),  # false event the gate lets through
        held("a-2", None, tariff, 0.01),  # false event vetoed: right
        held("a-3", tariff, tariff, 0.02),  # measure vetoed: missed
        held("a-4", tariff, quota, 0.9),  # a wrong reading
        held("a-5", tariff, tariff, 0.9),  # right
        held("b-1", None, tariff, 0.5, "other"),  # another set
    ]
    L._wrong(rows, ["s"], None, 0.05)
    out = capsys.readouterr().out
    assert "a-1" in out and "a-3" in out and "a-4" in out
    assert "a-2" not in out and "a-5" not in out and "b-1" not in out
    assert "missed a-3" in " ".join(out.split()) and "vetoed" in out
    L._wrong(rows, ["s"], "false", 0.05)
    out = capsys.readouterr().out
    assert "a-1" in out and "a-3" not in out and "a-4" not in out
    with pytest.raises(SystemExit):
        L._wrong(rows, ["nosuchset"], None, 0.05)
    L._sweep(rows, [], 0.05)
    lines = {line.split()[0]: line.split() for line in capsys.readouterr().out.splitlines()[2:]}
    # at 0: 2 false (a-1, a-2... and b-1), none missed; at 0.05: a-2 vetoed, a-3 missed
    assert lines["0.000"][2:4] == ["3", "0"] and lines["0.050"][2:4] == ["2", "1"]


def test_the_market_pre_check_changes_no_answer() -> None:
    """``market`` answers as ``R.MARKET_RE`` does on every title and summary of the labelled
    sets and the kinds cases (its stems are only a cheaper first look)."""
    from event_gate_training import TRAINING_SETS
    from real_headlines_set import load_items

    from tui.engine import classifier_rules as R
    from tui.engine.event_gate_reading import market

    texts = [it[k] for p in TRAINING_SETS for it in load_items(p) for k in ("title", "summary")]
    texts += ["Gold hits one-week high", "Copper edges up", "Nickel clears $20,000", "FIRM PRICES"]
    hits = [R.MARKET_RE.search(t) is not None for t in texts]
    assert [market(t) for t in texts] == hits and sum(hits) > 500
