"""The template workshop: edit a template pack's files with a live preview of the current
brief and the pack's problems (``open_workshop``); made on first use."""

from briefwriter.gui.workshop.window import WorkshopWindow, open_workshop

__all__ = ["WorkshopWindow", "open_workshop"]
