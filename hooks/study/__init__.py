"""The study tools: flashcards, cards.json, the Anki deck and the cheat sheets.

They read the glossary's harvest (``glossary.build.GlossaryBuild``) and the answers as the stage
pages rendered them; the glossary package knows nothing of them. Like ``glossary``, nothing here
imports MkDocs: ``hooks/glossary_hook.py`` calls ``study.build.StudyBuild`` from its events.
"""
