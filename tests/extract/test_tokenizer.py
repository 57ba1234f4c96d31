"""The tokenizer keeps coined names whole and ends sentences after them."""

import pytest

from kg.extract import build_nlp


@pytest.fixture(scope="module")
def nlp():
    return build_nlp(None, rules=())


@pytest.mark.parametrize("text, tokens", [
    ("We fine-tune Qwen2.5-7B.", ["We", "fine", "-", "tune", "Qwen2.5", "-", "7B", "."]),
    ("Results on HumanML3D.", ["Results", "on", "HumanML3D", "."]),
    ("We use GPT-4V.", ["We", "use", "GPT-4V", "."]),
    ("It beats MiniCPM-V.", ["It", "beats", "MiniCPM", "-", "V", "."]),
    ("CC3M, T2M and SeamlessM4T", ["CC3M", ",", "T2M", "and", "SeamlessM4T"]),
    # numbers keep their units apart, initials and abbreviations their full stops
    ("13M images, 1.3M steps, 5kg", ["13", "M", "images", ",", "1.3", "M", "steps", ",", "5", "kg"]),
    ("J. Smith in the U.S.", ["J.", "Smith", "in", "the", "U.S."]),
])
def test_coined_names_stay_whole_and_their_full_stop_is_a_token(nlp, text, tokens):
    assert [t.text for t in nlp.make_doc(text)] == tokens


def test_a_sentence_ends_after_a_name_that_ends_in_a_capital(nlp):
    doc = nlp("We compare Qwen3-8B and Llama-3-8B. Then we test GPT-4V. It wins.")
    assert [s.text for s in doc.sents] == ["We compare Qwen3-8B and Llama-3-8B.", "Then we test GPT-4V.", "It wins."]


def test_a_bracket_before_a_colon_closes_an_acronym_s_definition(nlp):
    doc = nlp.make_doc("we introduce Latent-Condition Decoupling (LCD): a separation")
    assert [t.text for t in doc][-5:] == ["LCD", ")", ":", "a", "separation"]
    from kg.extract.rules.acronyms import find_definitions

    assert [(s.text, l.text) for s, l in find_definitions(doc)] == [("LCD", "Latent-Condition Decoupling")]
