"""A quota whose lede tells its over-quota rate is on imports (kinds 139).

"South Africa cuts copper quota for non-partners" whose lede says "South Africa will halve the
copper that countries without a trade deal can ship before a 15% surtax applies": a rate that
applies once the volume is crossed (:func:`~tui.engine.classifier_quota_threshold.
threshold_rate_told`) makes the quota a tariff-rate quota, and a tariff-rate quota is on imports
(README.md), so the government setting it is the importer, though the metal is one its country
exports. :func:`~tui.engine.classifier_import_side.on_imports` asks :func:`over_quota_rate` of a
quota whose title names no flow. A lede naming exports ("will cap cobalt exports at 96,600
tonnes, above which a 10% levy applies") keeps the producer's cap on its exports, and a quota
with no such rate is read as before (a producer's quota on a mined metal its exports).
"""

from __future__ import annotations

from tui.engine import classifier_rules as R
from tui.engine.classifier_quota_threshold import threshold_rate_told
from tui.engine.classifier_text import Text, flow_of


def over_quota_rate(lede: Text | None) -> bool:
    """``lede`` tells a rate that applies beyond a volume and names no export."""
    if lede is None or not threshold_rate_told(lede.text):
        return False
    return all(flow_of(w) != R.EXPORT for w in lede.lows)
