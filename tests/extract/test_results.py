"""Results: the metric, dataset, split, system and baseline each value of a sentence is stated for."""

from __future__ import annotations

from kg.extract.claims import sentence_claims, sentence_quantities
from kg.extract.results import abstract_context
from kg.records import Mention, Sentence


def mention(text: str, name: str, kind: str, proposed: bool = False, long_form: str | None = None) -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), name, kind, "abstract", 0.9, "test", long_form, proposed)


def read(text: str, *mentions: Mention, context=None):
    pairs = list(enumerate(mentions))
    return sentence_quantities(text, 0, pairs, context or abstract_context(text, pairs))


def test_each_value_takes_the_dataset_right_after_it():
    text = "VATT reaches a top-1 accuracy of 82.1% on Kinetics-400, 83.6% on Kinetics-600, and 41.1% on Moments in Time."
    found = read(text, mention(text, "VATT", "Model"), mention(text, "Kinetics-400", "Dataset"),
                 mention(text, "Kinetics-600", "Dataset"))
    assert [(q.value, q.dataset, q.leaderboard_metric) for q in found] == [
        (82.1, "Kinetics-400", "Top 1 Accuracy"), (83.6, "Kinetics-600", "Top 1 Accuracy"),
        (41.1, "Moments in Time", "Top 1 Accuracy")]
    assert {q.system for q in found} == {"VATT"}
    assert {q.better for q in found} == {"higher"}


def test_a_signed_value_in_brackets_is_on_the_dataset_before_it():
    text = "Our approach delivers gains on VideoMME (+1.5%), Video-MMMU (+3.2%), and MathVerse (+3.6%)."
    found = read(text, *(mention(text, name, "Dataset") for name in ("VideoMME", "Video-MMMU", "MathVerse")))
    assert [(q.value, q.dataset) for q in found] == [(1.5, "VideoMME"), (3.2, "Video-MMMU"), (3.6, "MathVerse")]


def test_a_value_takes_the_dataset_after_its_confidence_interval():
    text = "It achieved AUC of 0.864 (95% CI: 0.852, 0.875) on the CMMD dataset and 0.889 (95% CI: 0.875, 0.903) on the " \
           "INbreast dataset."
    found = read(text, *(mention(text, name, "Dataset") for name in ("CMMD", "INbreast")))
    assert [(q.value, q.dataset, q.metric) for q in found] == [(0.864, "CMMD", "AUC"), (0.889, "INbreast", "AUC")]


def test_respectively_pairs_values_and_datasets_in_order():
    text = "We obtain 85.10% and 98.69% top-1 accuracy on HMDB51 and UCF101, respectively."
    found = read(text)
    assert [(q.value, q.dataset) for q in found] == [(85.1, "HMDB51"), (98.69, "UCF101")]


def test_a_data_set_named_as_a_pretraining_source_takes_no_score():
    text = "Our best models achieve 80.4%, 80.5%, and 83.6% Top-1 accuracies on the Kinetics-400 benchmark respectively " \
           "for training-from-scratch, ImageNet pre-training and IG-65M pre-training."
    found = read(text, *(mention(text, name, "Dataset") for name in ("Kinetics-400", "ImageNet", "IG-65M")))
    assert [(q.value, q.dataset) for q in found] == [(80.4, "Kinetics-400"), (80.5, "Kinetics-400"),
                                                      (83.6, "Kinetics-400")]


def test_a_list_of_values_and_a_list_of_as_many_datasets_pair_in_order_without_respectively():
    text = ("We demonstrate the model on PASCAL VOC 2012 and Cityscapes datasets, achieving the test set performance "
            "of 89.0% and 82.1% without any post-processing.")
    found = read(text, *(mention(text, name, "Dataset") for name in ("PASCAL VOC 2012", "Cityscapes")))
    assert [(q.value, q.dataset) for q in found] == [(89.0, "PASCAL VOC 2012"), (82.1, "Cityscapes")]
    # values that are no one list keep the dataset nearest each
    text = "It reaches 89.0% on PASCAL VOC 2012 and, with more data, 82.1% on Cityscapes."
    found = read(text, *(mention(text, name, "Dataset") for name in ("PASCAL VOC 2012", "Cityscapes")))
    assert [(q.value, q.dataset) for q in found] == [(89.0, "PASCAL VOC 2012"), (82.1, "Cityscapes")]


def test_split_direction_and_lower_is_better():
    text = "Our detector achieves 45.1 box AP on COCO test-dev."
    (q,) = read(text)
    assert (q.dataset, q.split, q.better, q.metric) == ("COCO", "test-dev", "higher", "box AP")
    text = "Our model achieves a word error rate of 2.0% on the test set of Switchboard."
    (q,) = read(text)
    assert (q.dataset, q.split, q.better, q.leaderboard_metric) == ("Switchboard", "test", "lower", "Word Error Rate (WER)")


def test_proposal_is_the_system_of_we_and_our_model():
    text = "We propose FooNet. Our model reaches 91.5% accuracy on SQuAD."
    foo = mention(text, "FooNet", "Model", proposed=True)
    pairs = [(0, foo)]
    context = abstract_context(text, pairs)
    (q,) = sentence_quantities(text[19:], 19, [], context)
    assert (q.system, q.system_entity, q.inferred) == ("FooNet", 0, ("system",))


def test_the_system_a_part_is_joined_to_reaches_the_value():
    text = "Our BLiM equipped with CPN outperforms previous models by 6.4 R@1 on average, and FooNet with BarNorm by 2.1."
    found = read(text, mention(text, "BLiM", "Method"), mention(text, "CPN", "Method"),
                 mention(text, "FooNet", "Method"), mention(text, "BarNorm", "Method"))
    assert [(q.value, q.system) for q in found] == [(6.4, "BLiM"), (2.1, "FooNet")]
    text = "Fine-tuning LRMs with STAR-1 leads to a 40% improvement in safety."  # a class joined to a name
    found = read(text, mention(text, "LRMs", "Model"), mention(text, "STAR-1", "Method"))
    assert [q.system for q in found] == ["STAR-1"]


def test_comparison_with_baseline_value_and_delta():
    text = "FooNet improves accuracy from 80.1% to 85.3% over BigGAN on CIFAR-10."
    (q,) = read(text, mention(text, "FooNet", "Model"), mention(text, "BigGAN", "Model"))
    assert (q.system, q.compared_to, q.compared_value, q.delta) == ("FooNet", "BigGAN", 80.1, 5.2)
    assert q.dataset == "CIFAR-10"


def test_dataset_of_an_earlier_sentence_is_marked_inferred():
    abstract = "We evaluate on ImageNet and COCO. On COCO the detector is strong. It reaches 45.1% AP."
    sentences = [Sentence(0, 33), Sentence(34, 65), Sentence(66, len(abstract))]
    claims = sentence_claims(abstract, sentences, [], [])
    (q,) = [q for c in claims for q in c.values]
    assert (q.value, q.dataset, q.inferred) == (45.1, "COCO", ("dataset",))


def test_acronym_dataset_takes_its_long_forms_leaderboard_name():
    text = "On the LFW dataset, it achieves 99.63% accuracy."
    (q,) = read(text, mention(text, "LFW", "Dataset", long_form="Labeled Faces in the Wild"))
    assert (q.dataset, q.leaderboard_dataset) == ("LFW", "Labeled Faces in the Wild")


def test_an_acronym_takes_the_leaderboard_name_of_its_long_form_whose_table_reports_the_metric():
    text = "An ensemble achieves 99.53% LFW face verification accuracy and a 0.9% equal error rate on LFW."
    accuracy, error = read(text, mention(text, "LFW", "Dataset"))
    assert (accuracy.dataset, accuracy.leaderboard_dataset) == ("LFW", "Labeled Faces in the Wild")
    assert (error.dataset, error.leaderboard_dataset) == ("LFW", "LFW")  # the LFW table reports equal error rates


def test_no_edition_or_split_is_read_into_a_dataset_for_its_metric():
    from kg.extract.benchmarks import names

    assert names().dataset_reporting("Kinetics-400", "Top 1 Accuracy") == "Kinetics-400"
    assert names().dataset_reporting("COCO", "AP") == "COCO"  # not "COCO 2017"
    assert names().dataset_reporting("DFW", "GAR @0.01% FAR Overall") == "DFW"  # not "... in the Wild 2019"


def test_model_sizes_measure_parameters():
    text = "Our reference vision transformer (86M parameters) reaches 81.8% top-1 accuracy on ImageNet."
    found = read(text)
    assert [(q.value, q.unit, q.kind, q.metric) for q in found][0] == (86.0, "M", "amount", "parameters")


def test_a_size_stated_with_scores_on_one_dataset_is_on_that_dataset():
    text = "It reaches 86% top-1 accuracy on ImageNet with only 81M parameters."
    score, size = read(text)
    assert (size.kind, size.metric, size.dataset, size.inferred) == ("amount", "parameters", "ImageNet", ("dataset",))
    assert score.dataset == "ImageNet" and "dataset" not in score.inferred
    text = "It reaches 86% on ImageNet and 91% on CIFAR-100 with 81M parameters."
    assert read(text)[-1].dataset is None  # two datasets: the size is not one's more than the other's


def test_a_version_named_after_another_is_that_datasets():
    text = "Our single model obtains 94.6% and 88.7% F1 on SQuAD 1.1 and 2.0 respectively."
    found = read(text, mention(text, "SQuAD 1.1", "Dataset"))
    assert [(q.value, q.dataset) for q in found] == [(94.6, "SQuAD 1.1"), (88.7, "SQuAD 2.0")]
    text = "It reaches 91.2% on CIFAR-10 and 100 images per class suffice."
    found = read(text, mention(text, "CIFAR-10", "Dataset"))
    assert [(q.value, q.kind, q.dataset) for q in found] == [(91.2, "score", "CIFAR-10"), (100.0, "amount", None)]
    # a number shaped unlike the name's version is a value: "ISIC-2017 and 9.27"
    text = "It needs 3.74 NoC@90 on ISIC-2017 and 9.27 NoC@90 on OAI-ZIB."
    found = read(text, mention(text, "ISIC-2017", "Dataset"), mention(text, "OAI-ZIB", "Dataset"))
    assert [(q.value, q.dataset) for q in found] == [(3.74, "ISIC-2017"), (9.27, "OAI-ZIB")]


def test_a_company_a_leaderboard_names_is_not_carried_over_as_the_abstracts_dataset():
    abstract = "We deploy the detector on Google Coral boards. It reaches 96.3% accuracy."
    pairs = [(0, mention(abstract, "Google", "Dataset"))]
    context = abstract_context(abstract, pairs)
    assert context.datasets == []
    second = abstract.index("It reaches")
    (q,) = sentence_quantities(abstract[second:], second, [], context)
    assert q.dataset is None


def test_a_method_papers_with_code_knows_is_no_dataset_where_the_sentence_names_it_as_one():
    text = "ConvLSTM, combined with Adam or RMSprop, achieves an accuracy of up to 99.00%."
    (q,) = read(text, mention(text, "ConvLSTM", "Model"), mention(text, "Adam", "Method"),
                mention(text, "RMSprop", "Method"))
    assert (q.value, q.metric, q.dataset) == (99.0, "accuracy", None)


def test_a_dataset_name_inside_a_systems_name_is_no_dataset():
    text = "SenseNova-MARS-8B scores 41.6 on HR-MMSearch."
    (q,) = read(text, mention(text, "SenseNova-MARS-8B", "Model"), mention(text, "HR-MMSearch", "Dataset"))
    assert (q.dataset, q.system) == ("HR-MMSearch", "SenseNova-MARS-8B")
    text = "It reaches 3.43 bits/dim on ImageNet-64."  # a dataset read as a model keeps its name's dataset
    (q,) = read(text, mention(text, "ImageNet-64", "Model"))
    assert q.dataset is not None and q.dataset.startswith("ImageNet")


def test_only_a_real_dataset_is_the_abstracts_dataset():
    abstract = "We compare Gemini Flash Experimental with others. ChatGPT-o1 leads in accuracy (82.5%)."
    gemini = mention(abstract, "Gemini Flash Experimental", "Dataset")
    sentences = [Sentence(0, 50), Sentence(51, len(abstract))]
    claims = sentence_claims(abstract, sentences, [gemini], [0])
    (q,) = [q for c in claims for q in c.values]
    assert (q.value, q.dataset) == (82.5, None)


def test_versus_pair_gives_the_first_value_to_the_proposal_not_the_named_baseline():
    text = ("We propose BarVAE. The proposed method improves upon standard DDIM models "
            "(for instance, FID of 16.47 vs 34.36 using a standard DDIM on CelebA-HQ).")
    bar = mention(text, "BarVAE", "Model", proposed=True)
    ddim = [Mention(i, i + 4, "DDIM", "Model", "abstract", 0.9, "test") for i in
            (text.index("DDIM"), text.rindex("DDIM"))]
    pairs = list(enumerate([bar, *ddim]))
    context = abstract_context(text, pairs)
    start = text.index("The proposed")
    local = [(i, m) for i, m in pairs[1:]]
    found = sentence_quantities(text[start:], start, local, context)
    first, second = sorted((q for q in found if q.value in (16.47, 34.36)), key=lambda q: q.start)
    assert (first.system, second.system) == ("BarVAE", "DDIM")
    assert (first.compared_to, first.compared_value, first.delta) == ("DDIM", 34.36, -17.89)


def test_versus_pair_without_a_proposal_credits_no_one_with_the_first_value():
    text = "Standard DDIM models give FID of 16.47 vs 34.36 using a standard sampler."
    found = read(text, mention(text, "DDIM", "Model"))
    first, second = sorted(found, key=lambda q: q.start)
    assert (first.system, second.system, first.compared_value) == (None, "DDIM", 34.36)


def test_metric_spellings_take_their_leaderboard_name():
    from kg.extract.benchmarks import names

    lookup = names()
    assert lookup.metric_name("bits-per-character") == lookup.metric_name("bits per character")
    assert lookup.metric_name("mean Intersection-over-Union score") == lookup.metric_name("mIoU") == "Mean IoU"
    assert lookup.metric_name("Mean Per Joint Position Errors") == "MPJPE"
    assert lookup.metric_name("mean IU") == "Mean IoU"
    assert lookup.metric_name("intersection-over-union score") == "IoU"  # written out: the abbreviation's entry
    assert lookup.metric_name("peak signal-to-noise ratio") == "PSNR"
    assert lookup.metric_name("a made-up measure") == "a made-up measure"  # unknown names stay as written


def test_values_before_a_shared_metric_take_it():
    text = ("It beats sparse attention on Wikitext-103 (15.8 vs 18.3 perplexity) and on ImageNet-64 "
            "(3.43 vs 3.44 bits/dim).")
    found = read(text)
    assert [(q.value, q.metric) for q in found] == [
        (15.8, "perplexity"), (18.3, "perplexity"), (3.43, "bits/dim"), (3.44, "bits/dim")]
    text = "It reaches 27.01 dB PSNR, beating a baseline by 2.03 dB and 0.04 SSIM, respectively."
    # a value with another unit does not share the metric after the next one
    assert [(q.value, q.metric) for q in read(text)] == [(27.01, "PSNR"), (2.03, "PSNR"), (0.04, "SSIM")]


def test_a_metric_right_before_a_value_and_metrics_the_leaderboards_lack():
    text = "For AMR parsing, our model achieves competitive results of 62.1 SMATCH, with higher quality (MOS 4.28)."
    assert [(q.value, q.metric) for q in read(text)] == [(62.1, "SMATCH"), (4.28, "MOS")]
    text = "It achieves DSC = 0.5349±0.2763 and precision = 0.6331±0.295)."  # a bracket closed, no enumeration
    assert [(q.value, q.error) for q in read(text)] == [(0.5349, 0.2763), (0.6331, 0.295)]


def test_a_signed_value_is_a_gain_and_a_time_measures_no_accuracy():
    text = "It achieves a significant performance boost of up to +2.0 AP over the baseline."
    (q,) = read(text)
    assert (q.value, q.kind, q.direction, q.metric) == (2.0, "change", "improve", "AP")
    text = "On Event-QA, the best configuration improves accuracy while increasing latency (~8s to ~317s per example)."
    assert [(q.value, q.unit, q.metric) for q in read(text)] == [(8.0, "s", None), (317.0, "s", None)]


def test_a_plural_kind_word_is_no_part_of_a_leaderboard_name():
    from kg.extract.benchmarks import base_dataset_name

    assert base_dataset_name("CSL-Daily benchmarks") == "CSL-Daily"
    assert base_dataset_name("the GLUE datasets") == "GLUE"


def test_an_editions_year_in_two_digits_is_the_leaderboards_year():
    from kg.extract.benchmarks import names

    assert names().dataset_name("DAVIS 16") == "DAVIS 2016" and names().known_dataset("DAVIS 17")
    assert names().dataset_name("Foo 16") == "Foo 16"  # no leaderboard of that name in any year


def test_a_leaderboard_dataset_of_several_words_neither_opens_nor_ends_with_a_small_lower_case_word():
    from kg.extract.benchmarks import names

    for text in ("The proposed method achieved a 3D reconstruction accuracy of 0.80 mm.",
                 "Part of the model is frozen.", "PP-DocLayout-S is fast."):
        assert names().find(text, "dataset") == [], text
    assert [f.name for f in names().find("We report results on COCO test-dev and ImageNet.", "dataset")][-1] == "ImageNet"


def test_an_ordinary_word_inside_a_longer_name_is_no_leaderboard_dataset():
    from kg.extract.benchmarks import names

    for text in ("This paper introduces Cross-Context Review (CCR).", "Industrial-YOLO runs at 120 FPS.",
                 "We present SKYLENAGE-MATH, a contest-style suite."):
        assert names().find(text, "dataset") == [], text
    assert [f.name for f in names().find("It reaches 81% on MATH and GSM8K.", "dataset")][0] == "MATH"


def test_values_in_brackets_after_a_change_stated_for_a_dataset_are_on_that_dataset():
    text = ("It achieves improvements on MNLI by +0.9% (90.2% vs. 91.1%), on SQuAD v2.0 by +2.3% (88.4% vs. 90.7%) "
            "and RACE by +3.6% (83.2% vs. 86.8%).")
    found = read(text, *(mention(text, name, "Dataset") for name in ("MNLI", "SQuAD v2.0", "RACE")))
    assert [(q.value, q.dataset) for q in found] == [
        (0.9, "MNLI"), (90.2, "MNLI"), (91.1, "MNLI"), (2.3, "SQuAD v2.0"), (88.4, "SQuAD v2.0"),
        (90.7, "SQuAD v2.0"), (3.6, "RACE"), (83.2, "RACE"), (86.8, "RACE")]
