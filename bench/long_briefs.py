"""Long briefs for the benchmarks: the example position paper grown to about N pages.

The example's priorities (with their evidence and GCM links), recommendations and own
sections are repeated, each copy numbered, so the paper keeps its real mix of headings,
lists, quotations and footnotes while it grows.  ``grown_brief(pages)`` gives a brief whose
position paper runs to roughly ``pages`` pages (the example is 8 pages; each copy adds ~3.3).
"""

from __future__ import annotations

import copy
from pathlib import Path

from briefwriter.core.model import Brief
from briefwriter.core.storage import load_brief
from briefwriter.paths import examples_dir

EXAMPLE = "imrf-2026-migrant-network.brief.yaml"
BASE_PAGES = 8
PAGES_PER_COPY = 3.3


def example() -> tuple[Brief, Path]:
    path = examples_dir() / EXAMPLE
    return load_brief(path).brief, path


def grown_brief(pages: int) -> tuple[Brief, Path]:
    """The example with its priorities and recommendations repeated to about ``pages``."""
    brief, path = example()
    copies = max(0, round((pages - BASE_PAGES) / PAGES_PER_COPY))
    priorities, recommendations = list(brief.priorities), list(brief.recommendations)
    for n in range(copies):
        for priority in priorities:
            more = copy.deepcopy(priority)
            more.title = f"{priority.title} ({n + 2})"
            brief.priorities.append(more)
        brief.recommendations += copy.deepcopy(recommendations)
    return brief, path
