"""Term names: which questions define a term, the key two names share, slugs and plain text."""

from __future__ import annotations

import functools
import re
import unicodedata

_DEFINING = re.compile(r"^\s*(?:what|who)\s+(?:is|are)\s+(?P<rest>.+?)\s*\?*\s*$", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.IGNORECASE)
_CONTEXT_SUFFIX = re.compile(
    r"\s+in\s+(?:mlops|machine\s+learning|ml|the\s+ml\s+lifecycle)\s*$", re.IGNORECASE
)
_ACRONYM = re.compile(r"^(?P<before>.*?\S)\s+\((?P<acronym>[A-Za-z][\w/&.-]{0,15})\)\s*(?P<after>.*)$")
# "What is the difference between A and B?" asks for a comparison, not a term.
_NOT_A_TERM = re.compile(r"^(?:differences?|role|purpose|benefits?|advantages?)\b", re.IGNORECASE)
# Words whose trailing "s" is not a plural.
_NOT_PLURAL = frozenset(
    {
        "bias",
        "mlops",
        "devops",
        "llmops",
        "dataops",
        "aiops",
        "kubernetes",
        "series",
        "species",
        "analysis",
        "news",
        "status",
        "lens",
        "alias",
        "basis",
        "corpus",
        "canvas",
        "chaos",
        "axis",
    }
)


def term_from_question(question: str) -> tuple[str, tuple[str, ...]] | None:
    """The term a "What is/are X?" question defines, with the acronym it gives in parentheses.

    >>> term_from_question("What is continuous integration (CI) in MLOps?")
    ('continuous integration', ('CI',))
    """
    match = _DEFINING.match(question)
    if not match:
        return None
    term = _ARTICLE.sub("", match["rest"])
    aliases: tuple[str, ...] = ()
    acronym = _ACRONYM.match(term)
    if acronym:
        term = f"{acronym['before']} {acronym['after']}".strip()
        aliases = (acronym["acronym"].strip(),)
    term = _CONTEXT_SUFFIX.sub("", term).strip()
    if not term or _NOT_A_TERM.match(term):
        return None
    return term, aliases


def singular(word: str) -> str:
    """A plural English word made singular; anything else unchanged."""
    if word.lower() in _NOT_PLURAL or len(word) < 4:
        return word
    if word.endswith("ies") and not word.endswith("eies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def plural(word: str) -> str:
    """The regular English plural of a singular word."""
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


@functools.lru_cache(maxsize=4096)  # a build asks for each name's key several times
def term_key(name: str) -> str:
    """The key under which two spellings of one term meet.

    Case-folded, leading article and trailing "in MLOps" dropped, hyphens and runs of spaces made
    one space, the last word made singular.
    """
    text = unicodedata.normalize("NFKC", name).casefold().strip()
    text = _ARTICLE.sub("", text)
    text = _CONTEXT_SUFFIX.sub("", text)
    words = re.sub(r"[\s\-‐‑–—]+", " ", text).strip().split(" ")
    words[-1] = singular(words[-1])
    return " ".join(words)


def number_forms(name: str) -> tuple[str, ...]:
    """A name as written, and with its last word in the other number ("feature store", "feature
    stores"); a last word that is not lower case after its first letter (``ZeRO``, ``CI``) keeps one."""
    head, _, last = name.rpartition(" ")
    if not last[1:].islower():
        return (name,)
    other = plural(last) if singular(last) == last else singular(last)
    return (name, f"{head} {other}" if head else other)


def matches_as_written(form: str) -> bool:
    """Whether a name is matched only as written: one with a capital letter anywhere (``ZeRO``,
    ``MLflow``, ``KV cache``, ``Evidently``) is a name of its own, while one written in lower case
    (``data drift``) is an ordinary word, found in any case ("Data drift starts...")."""
    return any(c.isupper() for c in form)


def contains_words(text: str, words: str) -> bool:
    """Whether ``words`` occur in ``text`` as whole words, in any case."""
    pattern = rf"(?<!\w){re.escape(words.casefold())}(?!\w)"
    return re.search(pattern, text.casefold()) is not None


def display_name(name: str) -> str:
    """A term's name as a heading: first letter capitalised unless the word is already cased."""
    first = name.split(" ", 1)[0]
    if first.islower():
        return name[:1].upper() + name[1:]
    return name


def slugify(text: str) -> str:
    """A readable, stable anchor: ``"A/B testing"`` becomes ``a-b-testing``."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", bare.lower()).strip("-") or "term"


# Every branch of these starts with one literal character, so that Python's regex engine skips ahead
# to the next place one of them occurs instead of trying each position (3-8x faster: a character
# class such as [*~], "`+" or an optional "!" first turns that off).
_MARKDOWN_LINK = re.compile(r"(?:!\[|\[)([^\]]*)\]\([^)]*\)")
_MARKUP = re.compile(r"\*|~|_(?<!\w_)|_(?!\w)|<[^>]+>|\{[^}]*\}")
_CODE_SPAN = re.compile(r"(?P<ticks>`(?:`*))(?P<code>.+?)(?P=ticks)")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")


def plain_text(markdown: str) -> str:
    """Markdown reduced to the words a reader sees, on one line; code spans keep their text."""
    pieces, cursor = [], 0
    for code in _CODE_SPAN.finditer(markdown):
        pieces.append(_MARKUP.sub("", _MARKDOWN_LINK.sub(r"\1", markdown[cursor : code.start()])))
        pieces.append(code["code"].strip())
        cursor = code.end()
    pieces.append(_MARKUP.sub("", _MARKDOWN_LINK.sub(r"\1", markdown[cursor:])))
    return " ".join("".join(pieces).split())


def lead_paragraph(markdown: str) -> str:
    """An answer's first paragraph: by the authoring rule, the definition that the rest explains."""
    return markdown.strip().split("\n\n", 1)[0]


def first_sentence(markdown: str, limit: int = 240) -> str:
    """The first sentence of an answer's first paragraph, as plain text: the tooltip."""
    paragraph = plain_text(lead_paragraph(markdown))
    sentence = _SENTENCE_END.split(paragraph, maxsplit=1)[0]
    if len(sentence) > limit:
        sentence = sentence[: limit - 1].rsplit(" ", 1)[0] + "…"
    return sentence


def answer_fingerprint(markdown: str) -> str:
    """What stays of an answer after whitespace, case and punctuation: equal means the same answer."""
    words = re.findall(r"\w+", unicodedata.normalize("NFKC", markdown).casefold())
    return " ".join(words)
