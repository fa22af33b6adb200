"""A fix for lunr 2.3.9, the search engine inside Material's search worker, which lost words.

lunr keeps every indexed word in a trie (``TokenSet``) and merges equal subtrees while building it,
keying each node by ``TokenSet.prototype.toString``: its final flag, then each edge's one-character
label followed by the child's numeric id, with nothing in between. Where labels are digits, two
different nodes can write the same key (label "4" to node 12 reads as label "4" to node 1 followed
by label "2"...), the trie merges them, and a query meets a word the trie holds but the index does
not: lunr throws ("Cannot read properties of undefined (reading '_index')"), and Material shows "No
matching documents" for every query that starts such a word ("400", "area under the...").
lunr has had no release since 2020 (https://github.com/olivernn/lunr.js/issues/503 is open). Ending
each id with a comma makes the key unambiguous. tests/browser/test_search.py types such queries.
"""

from __future__ import annotations

import re

WORKER_GLOB = "assets/javascripts/workers/search.*.min.js"
"""Material's search worker in the built site, lunr bundled in it."""
_KEY = re.compile(r"(\w)=\1\+(\w)\+(\w)\.id\}return \1\}")
_FIXED = re.compile(r'(\w)=\1\+(\w)\+(\w)\.id\+","\}return \1\}')


def fix_token_set_keys(worker: str) -> str:
    """Material's minified search ``worker`` with lunr's ``TokenSet`` keys made unambiguous.

    A worker fixed already (``mkdocs build --dirty`` keeps the copy) is returned as it is. Raises
    ``ValueError`` when the worker does not hold lunr's key function exactly once (another
    Material release): check whether its lunr still has the bug before adapting the pattern.
    """
    if len(_FIXED.findall(worker)) == 1 and not _KEY.search(worker):
        return worker
    fixed, count = _KEY.subn(r'\1=\1+\2+\3.id+","}return \1}', worker)
    if count != 1:
        raise ValueError(
            f"expected lunr's TokenSet key function once in Material's search worker, found it {count} "
            "times: update hooks/glossary/lunr_fix.py for this Material release"
        )
    return fixed
