"""Reusable widgets: fields bound to a brief field path, editors for lists and Markdown."""
