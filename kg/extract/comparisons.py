"""Comparisons between systems: which way a comparison runs, and edges read from results.

>>> direction(" outperforms ")
'forward'
>>> direction(" is outperformed by "), direction(" falls short of "), direction(" is comparable to ")
('reverse', 'reverse', 'neutral')
>>> is_acronym_of("LLM", "large language model"), is_acronym_of("BERT", "GPT-4")
(True, False)
"""

from __future__ import annotations

import re

from kg.records import Claim, Mention, Relation
from kg.schema import DATASET, SYSTEMS

_ADJECTIVES = (r"effective|accurate|efficient|robust|stable|reliable|expressive|faithful|capable|powerful|"
               r"scalable|consistent|precise|competitive|successful|sample-efficient")
# The first system wins: "A outperforms B", "A is better than B", "A is more accurate than B".
_FORWARD = re.compile(
    rf"\b(outperform\w*|surpass\w*|beat\w*|exceed\w*|better than|superior to|improves? (?:up)?on|"
    rf"more (?:{_ADJECTIVES}) than|(?:faster|stronger|higher|cheaper) than|dominat\w*|"
    rf"achiev\w* (?:higher|better) \w+ than|(?:better|superior|stronger) (?:[\w-]+ ){{1,4}}than)\b", re.I)
# The second system wins: "A is outperformed by B", "A falls short of B", "A lags behind B".
_REVERSE = re.compile(
    rf"\b((?:is|are|was|were|being|be|been|get|gets) (?:\w+ )?(?:outperformed|surpassed|beaten|exceeded|bested) by|"
    rf"falls? short of|fell short of|lags? behind|lagg\w* behind|underperform\w*|trails?|trailing|"
    rf"inferior to|worse than|less (?:{_ADJECTIVES}) than|weaker than|slower than|"
    rf"(?:worse|weaker) (?:[\w-]+ ){{1,4}}than)\b", re.I)
# Words one of the two patterns above needs, lower-cased: a text without any is searched no further (each pattern
# opens with a word boundary and an alternation, which ``re`` tries at every position of the text).
_WINNER_WORDS = ("than", "outperform", "surpass", "beat", "exceed", "bested", "superior", "improve", "dominat",
                 "short of", "behind", "underperform", "trail", "inferior")
# Neither wins: "A is compared with B", "A is on par with B".
_NEUTRAL = re.compile(r"\b(compar\w*|on par with|versus|vs\.?|against|competitive with|similar to|matches|"
                      r"matching|as well as|rivals?)\b", re.I)
_NEGATION = re.compile(r"\b(not|no|never|fails? to|cannot|can't|doesn't|don't|didn't)\b", re.I)


def direction(between: str) -> str | None:
    """How the words between two systems compare them: ``forward`` (the first is better),
    ``reverse`` (the second is), ``neutral``, or None when they do not compare them."""
    reverse, forward = _REVERSE.search(between), _FORWARD.search(between)
    if reverse and (not forward or reverse.start() <= forward.start()):
        found = "reverse"
    elif forward:
        found = "forward"
    elif _NEUTRAL.search(between):
        return "neutral"
    else:
        return None
    if _NEGATION.search(between):
        return "neutral"  # "A does not outperform B": a comparison without a winner
    return found


def cues(text: str) -> list[tuple[int, int, str]]:
    """Every comparison that names a winner in ``text``: ``(start, end, "forward" | "reverse")``.

    A negated one ("does not outperform") is left out.
    """
    if not _may_name_a_winner(text):
        return []
    found = [(m.start(), m.end(), "reverse") for m in _REVERSE.finditer(text)]
    found += [(m.start(), m.end(), "forward") for m in _FORWARD.finditer(text)
              if not any(s <= m.start() < e for s, e, _ in found)]
    return sorted(c for c in found if not _NEGATION.search(text[max(0, c[0] - 25) : c[0]]))


def states_a_winner(text: str) -> bool:
    """Whether ``text`` says that something is better or worse than something else."""
    return _may_name_a_winner(text) and bool(_FORWARD.search(text) or _REVERSE.search(text))


def _may_name_a_winner(text: str) -> bool:
    lowered = text.lower()
    return any(word in lowered for word in _WINNER_WORDS)


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w).lower()


def is_acronym_of(short: str, long: str) -> bool:
    """Whether ``short`` abbreviates ``long`` (its letters start the long form's words, in order)."""
    letters = re.sub(r"[^A-Za-z]", "", short).lower()
    words = re.findall(r"[A-Za-z]+", long)
    if len(letters) < 2 or len(words) < 2 or len(short) >= len(long):
        return False
    if _initials(words) == letters or _initials([w for w in words if w.lower() not in {"of", "the", "for", "and",
                                                                                      "a", "an", "in", "on"}]) == letters:
        return True
    # letters taken in order from the words' starts and insides ("GAN" of "generative adversarial network")
    it = iter(long.lower())
    return letters[0] == words[0][0].lower() and all(c in it for c in letters) and len(words) >= len(letters) - 1


def same_thing(a: Mention, b: Mention, text: str) -> bool:
    """Whether two mentions name one thing: an acronym and its long form, or one written inside the other."""
    if a.text.lower() == b.text.lower():
        return True
    if (a.long_form and a.long_form.lower() == b.text.lower()) or (b.long_form and b.long_form.lower() == a.text.lower()):
        return True
    first, second = (a, b) if a.start <= b.start else (b, a)
    between = text[first.end : second.start] if first.end <= second.start else ""
    if re.fullmatch(r"\s*[(\[]\s*", between) and (is_acronym_of(second.text, first.text)
                                                  or is_acronym_of(first.text, second.text)):
        return True  # "large language model (LLM)"
    return is_acronym_of(a.text, b.text) or is_acronym_of(b.text, a.text)


def result_relations(claims: list[Claim], entities: list[Mention], sentence_index: dict[int, int],
                     existing: list[Relation] = ()) -> list[Relation]:
    """``outperforms`` and ``evaluatedOn`` edges read from the results of claims.

    A result whose system is known and that beats a named system ("our model improves accuracy by
    3 points over BERT on SQuAD") gives ``system outperforms baseline`` with the dataset and metric
    it holds on; a result on a dataset stated in its sentence gives ``system evaluatedOn dataset``.
    ``sentence_index`` maps a claim's start offset to its sentence index; edges already in
    ``existing`` (same ends and type) are not repeated.
    """
    found: list[Relation] = []
    seen = {(r.head, r.tail, r.type) for r in existing}
    for claim in claims:
        sentence = sentence_index.get(claim.start)
        for q in claim.values:
            system = q.system_entity
            if system is None or entities[system].type not in SYSTEMS:
                continue
            dataset = q.dataset if q.dataset and "dataset" not in q.inferred else None
            metric = q.metric if q.metric and "metric" not in q.inferred else None
            compared = q.compared_entity
            if compared is not None and compared != system and entities[compared].type in SYSTEMS and \
                    not same_thing(entities[system], entities[compared], "") and _wins(q):
                found.append(Relation(system, compared, "outperforms", 0.7, "result", sentence, dataset, metric))
                seen.discard((compared, system, "outperforms"))
            if q.dataset_entity is not None and "dataset" not in q.inferred and \
                    entities[q.dataset_entity].type == DATASET and q.kind in ("score", "change", "comparison"):
                found.append(Relation(system, q.dataset_entity, "evaluatedOn", 0.7, "result", sentence))
    out: list[Relation] = []
    for relation in found:
        key = (relation.head, relation.tail, relation.type)
        if key not in seen:
            seen.add(key)
            out.append(relation)
    return out


def _wins(q) -> bool:
    """A result that says its system does better than the one it is compared with."""
    if q.kind == "comparison":
        return q.direction == "improve"
    if q.kind != "change":
        return False
    if q.direction == "improve":
        return True
    return q.better is not None and q.direction == ("increase" if q.better == "higher" else "decrease")
