"""Turning a brief into HTML and PDF: context, sandboxed templates, WeasyPrint, the worker."""
