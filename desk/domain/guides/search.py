"""Search-as-you-type over the guide library.

The index is built once per library and answers a keystroke in well under a
millisecond for a few hundred guides. Per term and field it keeps a bitset
(a Python int, bit *i* = guide *i*), so matching is a handful of integer ORs
and ANDs instead of loops over guides. Guides are numbered in title order, so
walking a bitset from the low bit gives ties "by title" for free.

Matching, per query word:

* accent- and case-insensitive (Unicode NFKD, accents dropped, casefold);
* a word matches the same word in another form (cheap Dutch suffix stripping:
  ``pincodes`` ~ ``pincode``, ``aanvragen`` ~ ``aanvraag``, ``attesten`` ~ ``attest``;
  and separable verbs: ``vraag`` finds ``aanvragen``);
* the word still being typed (the last one, unless the query ends with a
  space) also matches as a prefix;
* all words must match (very common words like "de", "hoe" are ignored).

Ranking: title > tags and synonyms > summary > step texts; within a field a
full word beats a prefix; a word found in more fields gets a small bonus that
never outweighs the field; the score of a guide is the sum over query words;
ties go by title. When no guide has every word, the guides with some of the
words are shown, ranked the same way.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from typing import Final, NamedTuple

from desk.domain.guides.model import Guide

TITLE, KEYWORDS, SUMMARY, BODY = 0, 1, 2, 3
FIELDS: Final = 4
#: Score of a full-word match and of a prefix match, per field.
FULL_SCORE: Final[tuple[int, ...]] = (128, 64, 32, 16)
PREFIX_SCORE: Final[tuple[int, ...]] = (96, 48, 24, 12)
#: Added per query word found in two or more fields; too small to jump a field or match kind.
FIELD_BONUS: Final = 1

_COMBINING = re.compile("[\u0300-\u036f]")
_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
_FORM_MARK: Final = "~"  # forms sort after all raw words, so prefix scans never see them
# Longest first: the first suffix that fits is also tried without a trailing -e.
_SUFFIXES: Final[tuple[str, ...]] = (
    "tjes",
    "heden",
    "ingen",
    "eren",
    "jes",
    "tje",
    "heid",
    "ing",
    "je",
    "en",
    "es",
    "s",
    "e",
)
# Separable-verb prefixes: "vraag ... aan" should find "aanvragen".
_VERB_PREFIXES: Final[tuple[str, ...]] = ("aan", "af", "in", "mee", "op", "terug", "uit", "door")
_VOWEL_PAIRS: Final = re.compile(r"(aa|ee|oo|uu)")
_DOUBLE_END: Final = re.compile(r"([bcdfghjklmnpqrstvwxz])\1$")
STOPWORDS: Final[frozenset[str]] = frozenset(
    {
        *("de", "het", "een", "en", "of", "ik", "je", "u", "uw", "mijn", "me", "mij", "wij"),
        *("we", "hoe", "wat", "waar", "wanneer", "is", "zijn", "ben", "van", "voor", "op"),
        *("in", "met", "aan", "te", "er", "om", "dat", "die", "dit", "naar", "bij", "als"),
        *("kan", "kun", "wil", "moet"),
    }
)


def normalize(text: str) -> str:
    """Lowercase without accents: ``"Ééntje Ça"`` -> ``"eentje ca"``."""
    if text.isascii():
        return text.lower()
    stripped = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    if stripped.isascii():  # Latin letters with accents: the common case
        return stripped.lower()
    return "".join(c for c in stripped if not unicodedata.combining(c)).casefold()


def words(text: str, *, parts: bool = True) -> list[str]:
    """Words of a text; hyphenated words count joined (``e-mail`` -> ``email``).

    With ``parts`` (for indexing) the pieces of a hyphenated word count too.
    """
    found: list[str] = []
    for word in _WORD.findall(normalize(text)):
        if "-" in word or "'" in word:
            found.append(word.replace("-", "").replace("'", ""))
            if parts:
                found.extend(part for part in re.split(r"[-']", word) if part)
        else:
            found.append(word)
    return found


def word_set(text: str) -> set[str]:
    """The distinct words of a text as :func:`words` with ``parts`` finds them, faster."""
    found = set(_WORD.findall(normalize(text)))
    for word in [w for w in found if "-" in w or "'" in w]:
        found.add(word.replace("-", "").replace("'", ""))
        found.update(part for part in re.split(r"[-']", word) if part)
    return found


def _canonical(stem: str) -> str:
    stem = _DOUBLE_END.sub(r"\1", stem).replace("ph", "f")
    return _VOWEL_PAIRS.sub(lambda m: m.group(0)[0], stem)


@lru_cache(maxsize=65536)
def forms(word: str) -> tuple[str, ...]:
    """The forms under which a word is indexed and looked up.

    Two words match when their forms overlap. This is deliberately cheap, not a
    real stemmer: plural and diminutive endings, -heid, -ing, and long/short
    vowels (``aanvraag``/``aanvragen``) are covered.
    """
    found = {_canonical(word)}
    if not word.isdigit():
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                base = word[: -len(suffix)]
                found.add(_canonical(base))
                if base.endswith("e") and len(base) > 3:
                    found.add(_canonical(base[:-1]))
    return tuple(sorted(found))


@lru_cache(maxsize=65536)
def index_forms(word: str) -> tuple[str, ...]:
    """:func:`forms`, plus the forms without a separable-verb prefix (index side only)."""
    found = set(forms(word))
    for prefix in _VERB_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 4:
            found.update(forms(word[len(prefix) :]))
    return tuple(sorted(found))


class SearchHit(NamedTuple):
    """One search result. A named tuple: a keystroke may create 2,000 of them."""

    guide: Guide
    score: int


def _mask(indices: Sequence[int]) -> int:
    if len(indices) < 16:
        mask = 0
        for index in indices:
            mask |= 1 << index
        return mask
    # Long lists: set bits in a byte buffer instead of growing a big int each time.
    buffer = bytearray(indices[-1] // 8 + 1)
    for index in indices:
        buffer[index >> 3] |= 1 << (index & 7)
    return int.from_bytes(buffer, "little")


def _bits(mask: int) -> list[int]:
    """Set bit positions, lowest first."""
    text = bin(mask)[:1:-1]
    out: list[int] = []
    position = text.find("1")
    while position >= 0:
        out.append(position)
        position = text.find("1", position + 1)
    return out


def guide_fields(guide: Guide) -> tuple[str, str, str, str]:
    """The searchable text of a guide per field."""
    body_parts: list[str] = list(guide.prechecks)
    for step in guide.steps:
        body_parts += (step.title, step.staff_text, step.citizen_text)
        if step.question is not None:
            body_parts.append(step.question.text)
            body_parts += (answer.label for answer in step.question.answers)
    return (
        guide.title,
        " ".join((*guide.tags, *guide.synonyms)),
        guide.summary,
        "\n".join(body_parts),
    )


class SearchIndex:
    """Inverted index of bitsets over a fixed list of guides (see module docs)."""

    def __init__(self, guides: Sequence[Guide]) -> None:
        self.guides: list[Guide] = sorted(guides, key=lambda g: (normalize(g.title), g.id))
        # Postings of the words as written; the forms are derived per word below,
        # which is far cheaper than posting every form of every word occurrence.
        postings: dict[str, list[list[int]]] = defaultdict(lambda: [[], [], [], []])
        categories: dict[str, list[int]] = defaultdict(list)
        for number, guide in enumerate(self.guides):
            categories[guide.category].append(number)
            for field_no, text in enumerate(guide_fields(guide)):
                for word in word_set(text):
                    postings[word][field_no].append(number)
        self.all: int = (1 << len(self.guides)) - 1
        self.terms: dict[str, tuple[int, int, int, int]] = {}
        form_masks: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        for word, (t, k, s, b) in postings.items():
            masks = (_mask(t), _mask(k), _mask(s), _mask(b))
            self.terms[word] = masks
            for form in index_forms(word):
                entry = form_masks[_FORM_MARK + form]
                for field_no in range(FIELDS):
                    entry[field_no] |= masks[field_no]
        for term, (t2, k2, s2, b2) in form_masks.items():
            self.terms[term] = (t2, k2, s2, b2)
        self.vocabulary: list[str] = sorted(postings)
        self.categories: dict[str, int] = {c: _mask(n) for c, n in categories.items()}
        # Short prefixes match much of the vocabulary; precompute them.
        short: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        for term in self.vocabulary:
            masks = self.terms[term]
            for length in (1, 2):
                if len(term) > length:
                    entry = short[term[:length]]
                    for field_no in range(FIELDS):
                        entry[field_no] |= masks[field_no]
        self.short_prefixes: dict[str, tuple[int, ...]] = {p: tuple(m) for p, m in short.items()}

    def __len__(self) -> int:
        return len(self.guides)

    def _full(self, word: str) -> list[int]:
        masks = [0, 0, 0, 0]
        for form in forms(word):
            found = self.terms.get(_FORM_MARK + form)
            if found:
                for field_no in range(FIELDS):
                    masks[field_no] |= found[field_no]
        return masks

    def _prefix(self, prefix: str) -> list[int]:
        """Masks of words that start with ``prefix`` and are longer than it."""
        if len(prefix) <= 2:
            return list(self.short_prefixes.get(prefix, (0, 0, 0, 0)))
        masks = [0, 0, 0, 0]
        position = bisect_left(self.vocabulary, prefix)
        vocabulary = self.vocabulary
        while position < len(vocabulary) and vocabulary[position].startswith(prefix):
            found = self.terms[vocabulary[position]]
            for field_no in range(FIELDS):
                masks[field_no] |= found[field_no]
            position += 1
        return masks

    def _tiers(self, word: str, typing: bool) -> tuple[list[tuple[int, int]], int]:
        """Scores of one query word.

        Returns:
            Disjoint ``(score, guides)`` groups by best field, best first; and
            the guides where the word is in at least two fields (for the bonus).
        """
        full = self._full(word)
        prefix = self._prefix(word) if typing else [0, 0, 0, 0]
        tiers: list[tuple[int, int]] = []
        assigned = 0
        for field_no in range(FIELDS):
            for score, mask in (
                (FULL_SCORE[field_no], full[field_no]),
                (PREFIX_SCORE[field_no], prefix[field_no]),
            ):
                fresh = mask & ~assigned
                if fresh:
                    tiers.append((score, fresh))
                    assigned |= fresh
        a, b, c, d = (full[i] | prefix[i] for i in range(FIELDS))
        return tiers, (a & b) | (a & c) | (a & d) | (b & c) | (b & d) | (c & d)

    @staticmethod
    def _combine(
        candidates: int,
        scored: list[tuple[list[tuple[int, int]], int]],
        *,
        require_all: bool,
    ) -> dict[int, int]:
        """Sum the per-word scores into ``{total score: guides}`` with bit operations."""
        groups: dict[int, int] = {0: candidates}
        for tiers, _ in scored:
            merged: dict[int, int] = defaultdict(int)
            for total, mask in groups.items():
                rest = mask
                for score, tier in tiers:
                    both = mask & tier
                    if both:
                        merged[total + score] |= both
                        rest &= ~tier
                if rest and not require_all:
                    merged[total] |= rest
            groups = merged
            if not groups:
                return {}
        # The bonus last: applied inside the loop it would multiply the groups.
        for _, bonus in scored:
            if not bonus:
                continue
            split: dict[int, int] = defaultdict(int)
            for total, mask in groups.items():
                if mask & bonus:
                    split[total + FIELD_BONUS] |= mask & bonus
                if mask & ~bonus:
                    split[total] |= mask & ~bonus
            groups = split
        return groups

    def search(
        self, query: str, category: str | None = None, limit: int | None = None
    ) -> list[SearchHit]:
        """Guides matching ``query``, best first.

        Args:
            query: What staff typed so far; the last word is matched as a prefix
                too unless the query ends with a space.
            category: Only guides of this category.
            limit: At most this many hits.
        """
        candidates = self.all if category is None else self.categories.get(category, 0)
        typed = words(query, parts=False)
        typing = bool(query) and not query[-1].isspace()
        meaningful = [w for w in typed if w not in STOPWORDS]
        if typing and typed and typed[-1] in STOPWORDS and meaningful:
            typing = False  # the prefix word was a stop word that we dropped
        query_words = meaningful or typed
        scored = [
            self._tiers(word, typing and position == len(query_words) - 1)
            for position, word in enumerate(query_words)
        ]
        groups = self._combine(candidates, scored, require_all=True)
        if not groups and len(query_words) > 1:
            # Nothing has every word ("paswoord kwijt"): show what has most of them.
            groups = self._combine(candidates, scored, require_all=False)
            groups.pop(0, None)
        hits: list[SearchHit] = []
        guides = self.guides
        for total in sorted(groups, reverse=True):
            hits += [SearchHit(guides[number], total) for number in _bits(groups[total])]
            if limit is not None and len(hits) >= limit:
                return hits[:limit]
        return hits
