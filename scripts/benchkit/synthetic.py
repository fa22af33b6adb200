"""The synthetic site: pages of filler text that define and mention made-up glossary terms."""

from __future__ import annotations

import random
import shutil
import statistics
from dataclasses import dataclass
from typing import TYPE_CHECKING

from benchkit.project import synthetic_configs

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@dataclass(frozen=True)
class SyntheticSite:
    root: Path
    pages: int
    terms: int
    words: int


# The synthetic site ------------------------------------------------------------------------------


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Term names are a modifier and a head; filler words never appear in a term, so every term mention
# in the text is one we put there.
_MODIFIERS = _words(
    "adaptive asynchronous bayesian blended bounded calibrated canonical cascaded causal centralized "
    "composite conditional contrastive curated decoupled dense derived deterministic differential "
    "distilled dynamic elastic embedded ensemble ephemeral federated frozen gated granular greedy hashed "
    "hierarchical hybrid immutable incremental isolated lagged latent layered lazy leaky masked modular "
    "monotonic nested offline online orthogonal partitioned pooled quantized ranked recurrent regularized "
    "residual robust rolling sampled sharded shadow sparse stateful stochastic stratified streaming "
    "synthetic tiered versioned warm weighted windowed"
)
_HEADS = _words(
    "accumulator adapter aggregator allocator anchor artifact baseline beacon benchmark buffer cache "
    "catalog checkpoint classifier collector controller cursor dashboard detector encoder estimator "
    "evaluator extractor fingerprint gateway heuristic imputer indexer kernel ledger manifest monitor "
    "normalizer optimizer partition profiler projector queue ranker registry replica sampler scheduler "
    "scorer selector sketch snapshot splitter tokenizer tracker validator vectorizer watermark"
)
_FILLER = _words(
    "the a an of to in for on with by from and or but so because when while after before each every "
    "team service request value system production training data job run owner change result number "
    "table row column metric alert label input output step stage release version review cost time "
    "latency error budget signal trend window user customer engineer analyst question answer reason "
    "keeps moves reads writes checks compares records explains reduces raises lowers hides shows "
    "quickly rarely often usually carefully early late small large stable noisy fresh stale useful"
)


@dataclass(frozen=True)
class _Term:
    name: str
    plural: str
    acronym: str | None


def generate_site(
    root: Path, project: Path, pages: int, terms: int, words: int, seed: int = 7
) -> SyntheticSite:
    """Write a synthetic site: ``pages`` pages defining ``terms`` terms, and its three configs."""
    rng = random.Random(seed)
    vocabulary = _make_terms(terms, rng)
    docs = root / "docs"
    shutil.copytree(project / "docs", docs, ignore=shutil.ignore_patterns("*.md"))
    for part in ("overrides", "hooks"):
        shutil.copytree(project / part, root / part, ignore=shutil.ignore_patterns("__pycache__"))
    (docs / "index.md").write_text("# Glossary benchmark\n\nA generated site.\n", encoding="utf-8")
    sections = max(1, min(10, pages // 20))
    for number in range(pages):
        defined = vocabulary[number::pages]  # spread the definitions evenly over the pages
        path = docs / f"section-{number % sections:02d}" / f"page-{number:04d}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_page(number, defined, vocabulary, words, rng), encoding="utf-8")
    includes = root / "includes"
    includes.mkdir()
    abbreviations = _abbreviations(vocabulary)
    (includes / "abbreviations.md").write_text(abbreviations, encoding="utf-8")
    spaced = abbreviations.replace("\n", "\n\n")
    (includes / "abbreviations-spaced.md").write_text(spaced, encoding="utf-8")
    for name, text in synthetic_configs(root, project).items():
        (root / f"mkdocs-{name}.yml").write_text(text, encoding="utf-8")
    return SyntheticSite(root, pages, terms, words)


def sample_site(site: SyntheticSite, pages: int) -> Path:
    """The first ``pages`` pages of a synthetic site (same configs, same abbreviations file)."""
    sample = site.root / f"sample-{pages}"
    if sample.exists():
        return sample
    shutil.copytree(site.root / "docs", sample / "docs", ignore=shutil.ignore_patterns("page-*.md"))
    for page in sorted((site.root / "docs").rglob("page-*.md"))[:pages]:
        target = sample / page.relative_to(site.root)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(page, target)
    for part in ("overrides", "hooks"):
        shutil.copytree(site.root / part, sample / part)
    for config in site.root.glob("mkdocs-*.yml"):
        shutil.copy2(config, sample / config.name)
    return sample


def _make_terms(count: int, rng: random.Random) -> list[_Term]:
    pairs = [(m, h) for m in _MODIFIERS for h in _HEADS]
    if count > len(pairs):
        raise SystemExit(f"at most {len(pairs)} synthetic terms")
    rng.shuffle(pairs)
    acronyms: set[str] = set()
    terms = []
    for index, (modifier, head) in enumerate(pairs[:count]):
        acronym = None
        if index % 10 == 0:  # one term in ten also has an acronym, as "What is X (XY)?" gives
            base = (modifier[0] + head[0]).upper()
            acronym = next(base + letter for letter in _letters() if base + letter not in acronyms)
            acronyms.add(acronym)
        plural = head + ("es" if head.endswith(("s", "x", "ch", "sh")) else "s")
        terms.append(_Term(f"{modifier} {head}", f"{modifier} {plural}", acronym))
    return terms


def _letters() -> Iterator[str]:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    yield from alphabet
    yield from (a + b for a in alphabet for b in alphabet)


def _page(number: int, defined: list[_Term], vocabulary: list[_Term], words: int, rng: random.Random) -> str:
    """About ``words`` words: sections of running text that mention terms, Q&A blocks, key terms."""
    out = [f"# Topic {number}: {defined[0].name if defined else 'notes'}\n", _paragraph(rng, vocabulary, 60)]
    count = len(out[1].split())
    questions = list(defined)
    section = 0
    while count < words or questions:
        section += 1
        out.append(f"## Part {section}\n")
        for _ in range(3):
            paragraph = _paragraph(rng, vocabulary, rng.randint(60, 110))
            out.append(paragraph)
            count += len(paragraph.split())
        if section % 3 == 0:
            out.append(_extras(rng, vocabulary))
            count += 40
        if questions:
            term = questions.pop(0)
            title = f"{term.name} ({term.acronym})" if term.acronym else term.name
            definition = _sentence(rng, vocabulary, 14, start=f"{term.name.capitalize()} is a")
            body = _paragraph(rng, vocabulary, 50)
            out.append(f'??? question fundamental concept "What is {title}?"\n    {definition}\n\n    {body}')
            count += len(definition.split()) + len(body.split()) + 3
    out.append("## Key terms\n\n<!-- glossary-key-terms -->\n")
    return "\n\n".join(out)


def _paragraph(rng: random.Random, vocabulary: list[_Term], words: int) -> str:
    sentences, count = [], 0
    while count < words:
        sentence = _sentence(rng, vocabulary, rng.randint(9, 16))
        sentences.append(sentence)
        count += len(sentence.split())
    return " ".join(sentences)


def _sentence(rng: random.Random, vocabulary: list[_Term], words: int, start: str = "") -> str:
    """Filler words with a term mention in about every other sentence (plural or acronym at times)."""
    tokens = rng.choices(_FILLER, k=words)
    if rng.random() < 0.55 or start:
        term = rng.choice(vocabulary)
        roll = rng.random()
        mention = term.acronym if term.acronym and roll < 0.3 else term.plural if roll < 0.5 else term.name
        tokens.insert(rng.randrange(len(tokens) + 1), mention)
    text = " ".join(([start] if start else []) + tokens)
    return text[:1].upper() + text[1:] + "."


def _extras(rng: random.Random, vocabulary: list[_Term]) -> str:
    """A list, a table and a code block, so the linker meets the usual HTML, not only paragraphs."""
    a, b, c = rng.sample(vocabulary, 3)
    return (
        f"- the {a.name} keeps {b.plural} fresh\n- each {c.name} records the cost\n\n"
        f"| Part | Role |\n| --- | --- |\n| {a.name} | reads rows |\n| `{b.name}` | writes rows |\n\n"
        f"```python\n{c.name.replace(' ', '_')} = load('{a.name}')\n```\n"
    )


def _abbreviations(vocabulary: list[_Term]) -> str:
    """Material's tooltip glossary: ``*[term]: definition`` for each name, plural and acronym."""
    lines = []
    for term in vocabulary:
        tooltip = f"{term.name.capitalize()} is a term defined in this benchmark."
        for form in (term.name, term.plural, term.acronym):
            if form:
                lines.append(f"*[{form}]: {tooltip}")
    return "\n".join(lines) + "\n"


def median_words(site: SyntheticSite) -> int:
    counts = [len(p.read_text(encoding="utf-8").split()) for p in (site.root / "docs").rglob("page-*.md")]
    return int(statistics.median(counts)) if counts else 0
