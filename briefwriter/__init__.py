"""BriefWriter: briefing papers on migrants' rights that cite the Global Compact for Migration."""

__version__ = "0.1.0"
