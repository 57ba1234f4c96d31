"""Match keys and slugs of entity resolution."""

import re

import pytest

from kg.resolve import label_form, match_key, slug


@pytest.mark.parametrize("a, b", [
    ("Llama 2", "LLaMA-2"), ("Llama2", "LLaMA2"), ("CIFAR-10", "CIFAR10"), ("VAE", "VAEs"),
    ("variational autoencoder", "Variational Autoencoders"), ("the Transformer", "Transformers"),
    ("BERT's", "BERT"), ("our proposed DGNO", "DGNO"), ("Gaussian processes", "Gaussian process"),
])
def test_variants_share_a_key(a, b):
    assert match_key(a) == match_key(b)


@pytest.mark.parametrize("a, b", [
    ("GPT-3", "GPT-4"), ("Mamba", "Mamba-2"), ("CIFAR-10", "CIFAR-100"), ("Llama-3-8B", "Llama-3-70B"),
])
def test_versions_and_sizes_stay_apart(a, b):
    assert match_key(a) != match_key(b)


def test_label_form_drops_determiners_and_possessive():
    assert label_form("the  proposed DGNO") == "DGNO"
    assert label_form("BERT's") == "BERT"


@pytest.mark.parametrize("text", ["llama-2", "Ünïcode name", "a/b<c>\"d\"", "", "中文"])
def test_slugs_are_safe_and_distinct(text):
    assert re.fullmatch(r"[a-z0-9.\-]+", slug(text))
    assert slug(text) != slug(text + "x")
