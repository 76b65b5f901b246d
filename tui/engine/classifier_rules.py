"""The word table of the trade-policy classifier (data only: words, patterns, rule ranks).

The ``tui.engine.classifier*`` modules hold the logic; the table holds what they read, in
parts under 400 lines each, all re-exported here so the logic imports every table from this
module:

- ``classifier_rules_words``: which words name flows and measures, which verbs impose, stop,
  release or restart;
- ``classifier_rules_context``: the words around a verb or a measure noun, and the denials;
- ``classifier_rules_patterns``: market moves, the rate pattern, companies, governments and
  goods;
- ``classifier_rules_proposed``: the proposed-markers;
- ``classifier_rules_clauses``: clauses, voice and vetoes, and how the rules rank;
- ``classifier_rules_cases``: trade-remedy cases, their reviews and steps;
- ``classifier_rules_reactions``: ledes, reactions to a measure;
- ``classifier_rules_comments``: comments on a measure;
- ``classifier_rules_notices``: notices about a measure;
- ``classifier_rules_plans``: plans told in a lede, and the dates that decide them;
- ``classifier_rules_nouns``: nouns after which "to X" names whom news touches.

Extending the vocabulary means editing a table in its part, not the logic.
"""

from __future__ import annotations

from tui.engine.classifier_rules_cases import *  # noqa: F403
from tui.engine.classifier_rules_clauses import *  # noqa: F403
from tui.engine.classifier_rules_comments import *  # noqa: F403
from tui.engine.classifier_rules_context import *  # noqa: F403
from tui.engine.classifier_rules_notices import *  # noqa: F403
from tui.engine.classifier_rules_nouns import *  # noqa: F403
from tui.engine.classifier_rules_patterns import *  # noqa: F403
from tui.engine.classifier_rules_plans import *  # noqa: F403
from tui.engine.classifier_rules_proposed import *  # noqa: F403
from tui.engine.classifier_rules_reactions import *  # noqa: F403
from tui.engine.classifier_rules_words import *  # noqa: F403
