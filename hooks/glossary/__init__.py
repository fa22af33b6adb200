"""The glossary: harvest Q&A from Markdown, merge them into entries, render the page, link the site.

Nothing in this package imports MkDocs, so it can move with the content if the platform does;
``hooks/glossary_hook.py`` is the thin layer of MkDocs event functions around it.
"""
