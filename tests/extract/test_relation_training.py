"""SemEval-2018 task 7 as extra training data for the relation classifier (kg.evaluate.relations)."""

from __future__ import annotations

from kg.evaluate import relations


XML = """<?xml version="1.0" encoding="UTF-8" ?>
<doc>
<text id="X01-1"> <title>A <entity id="X01-1.1">parser</entity> for <entity id="X01-1.2">speech</entity></title>
<abstract> <entity id="X01-1.3">Statistical parsers</entity> use <entity id="X01-1.4">treebanks</entity> .
The <entity id="X01-1.5">accuracy</entity> of the <entity id="X01-1.6">tagger</entity> beats
<entity id="X01-1.7">rule-based taggers</entity> on <entity id="X01-1.8">news &amp; text</entity> . </abstract>
</text>
</doc>
"""
RELATIONS = """USAGE(X01-1.3,X01-1.4,REVERSE)
USAGE(X01-1.1,X01-1.2)
MODEL-FEATURE(X01-1.5,X01-1.6)
COMPARE(X01-1.6,X01-1.7)
RESULT(X01-1.6,X01-1.8)
"""




def write_fixture(tmp_path):
    (tmp_path / "1.1.text.xml").write_text(XML, encoding="utf-8")
    (tmp_path / "1.1.relations.txt").write_text(RELATIONS, encoding="utf-8")
    return tmp_path


def test_semeval_entities_are_char_spans_of_title_and_abstract(tmp_path):
    train = relations
    (text, entities), = train.semeval_abstracts(write_fixture(tmp_path) / "1.1.text.xml").values()
    assert [text[s:e] for s, e, _ in entities.values()] == [
        "parser", "speech", "Statistical parsers", "treebanks", "accuracy", "tagger", "rule-based taggers",
        "news & text"]


def test_semeval_pairs_map_labels_directions_and_drop_types(tmp_path):
    train = relations
    abstracts = train.semeval_abstracts(write_fixture(tmp_path) / "1.1.text.xml")
    data = train.semeval_examples(tmp_path, abstracts)
    text, entities = next(iter(abstracts.values()))

    def pair(feats_label_pair):
        _, label, (_, first, second) = feats_label_pair
        return label, text[first[0]:first[1]], text[second[0]:second[1]]

    # REVERSE: the second mention (treebanks) is used for the first; RESULT has no SciERC label
    assert [pair(x) for x in data] == [
        ("USED-FOR<", "Statistical parsers", "treebanks"), ("USED-FOR>", "parser", "speech"),
        ("FEATURE-OF>", "accuracy", "tagger"), ("COMPARE", "tagger", "rule-based taggers")]
    assert all(not f.startswith(("tp", "ta=", "tb=")) for feats, _, _ in data for f in feats)
    assert "bs=use" in data[0][0]


def test_semeval_none_pairs_are_unrelated_pairs_of_one_sentence(tmp_path):
    train = relations
    abstracts = train.semeval_abstracts(write_fixture(tmp_path) / "1.1.text.xml")
    data = train.semeval_examples(tmp_path, abstracts, none_share=1.0)
    text, _ = next(iter(abstracts.values()))
    related = {(first, second) for _, label, (_, first, second) in data if label != train.NONE}
    unrelated = [(first, second) for _, label, (_, first, second) in data if label == train.NONE]
    assert len(unrelated) == 4 and not related & set(unrelated)
    assert all(not relations.SENTENCE_END.search(text[first[1]:second[0]]) for first, second in unrelated)


def test_semeval_dev_examples_hold_every_nearby_pair_and_score_shared_labels(tmp_path):
    abstracts = relations.semeval_abstracts(write_fixture(tmp_path) / "1.1.text.xml")
    data = relations.semeval_examples(tmp_path, abstracts, none_share=None)
    gold = relations.labelled_relations(data)
    text, _ = next(iter(abstracts.values()))
    named = {(text[h[0]:h[1]], text[t[0]:t[1]], label) for _, h, t, label in gold}
    # USAGE REVERSE: treebanks are used for statistical parsers (head = the used thing, as in SciERC)
    assert ("treebanks", "Statistical parsers", "USED-FOR") in named and len(gold) == 4
    # 18 pairs at most three apart, 4 related, 6 across the full stop after "treebanks"
    assert sum(1 for _, label, _ in data if label == relations.NONE) == 8

    class Oracle:
        """Predicts the gold label of each pair, and CONJUNCTION (not a SemEval label) for the rest."""

        def predict(self, feature_lists, threshold=None):
            return [(label if label != relations.NONE else "CONJUNCTION", 1.0) for _, label, _ in data]

    table = relations.semeval_scores(Oracle(), data, 0.5)
    assert table["micro"][:3] == (1.0, 1.0, 1.0) and "CONJUNCTION" not in table


def test_semeval_split_holds_out_every_fifth_abstract(tmp_path):
    xml = "<doc>" + "".join(f'<text id="A{i}"><abstract>x</abstract></text>' for i in range(10)) + "</doc>"
    (tmp_path / "1.1.text.xml").write_text(xml, encoding="utf-8")
    train, dev = relations.semeval_split(tmp_path)
    assert list(dev) == ["A4", "A9"] and len(train) == 8 and not set(train) & set(dev)
