"""Papers with Code names: lookup, types and links."""

from kg.extract import knowledge


def test_lookup_folds_case_hyphens_and_spaces():
    assert [e.identifier for e in knowledge.lookup("Question-Answering")] == ["task/question-answering"]


def test_links_have_paperswithcode_pages():
    bert = knowledge.link("BERT", "Model")
    assert bert is not None and bert.iri == "https://paperswithcode.com/method/bert"
    assert knowledge.link("ImageNet", "Dataset").identifier == "dataset/imagenet"
    assert knowledge.link("ImageNet", "Task") is None


def test_metrics_are_known_but_have_no_page():
    assert "Metric" in knowledge.known_types("accuracy")
    assert knowledge.link("accuracy", "Metric") is None


def test_a_column_a_leaderboard_names_after_a_ranked_model_is_no_metric():
    assert "Metric" not in knowledge.known_types("CNN") and "Metric" in knowledge.known_types("Accuracy")


def test_unknown_names_are_unknown():
    assert knowledge.lookup("certainly not a known name 42") == ()


def test_a_coined_word_written_without_the_listed_spaces_or_hyphens_is_found():
    assert [e.identifier for e in knowledge.lookup("MSRVTT")] == ["dataset/msr-vtt"]
    assert [e.identifier for e in knowledge.lookup("CIFAR10")] == ["dataset/cifar-10"]
    assert knowledge.lookup("msrvtt") == ()  # a plain lower-case word is no coined name
