"""One type per entity, decided with knowledge; Papers with Code links."""

from kg.records import Extraction, Mention, Paper
from kg.resolve import Resolver
from kg.resolve.typing import decide_type, link


def test_knowledge_outweighs_a_minority_of_wrong_votes():
    assert decide_type("ImageNet", [], {"Model": 1.6, "Dataset": 0.8}) == "Dataset"
    assert decide_type("machine translation", [], {"Method": 1.5, "Task": 0.8}) == "Task"


def test_votes_decide_between_method_and_model_for_a_known_method():
    assert decide_type("BERT", [], {"Model": 2.4, "Method": 0.8}) == "Model"
    assert decide_type("dropout", [], {"Method": 1.6, "Model": 0.8}) == "Method"


def test_an_estimation_is_a_task():
    # 107 of Papers with Code's task names end in "estimation", 3 of its method names
    votes = {"Method": 15.15, "Model": 11.4, "Task": 6.75}
    assert decide_type("monocular depth estimation", ["Monocular Depth Estimation"], votes) == "Task"
    assert decide_type("uncertainty estimation", [], {"Method": 1.6, "Task": 0.8}) == "Task"


def test_turning_one_medium_into_another_is_a_task_whatever_its_models_vote():
    # "T2V models", "I2V models": the acronym's uses vote Model for the task's name they modify
    assert decide_type("text-to-video", ["T2V"], {"Model": 9.6, "Task": 4.0}) == "Task"
    assert decide_type("image-to-video", [], {"Model": 2.4}) == "Task"
    assert decide_type("sequence-to-sequence", [], {"Model": 2.4}) == "Model"
    assert decide_type("text-to-video model", [], {"Model": 2.4}) == "Model"


def test_a_task_page_named_by_joined_words_without_a_tasks_head_yields_to_overwhelming_votes():
    # "Vision-Language-Action (VLA) models": a task page of that name, a class of models in the abstracts
    assert decide_type("Vision-Language-Action", ["VLA"], {"Model": 25.2, "Method": 6.15, "Task": 0.6}) == "Model"
    assert decide_type("Vision-Language-Action", ["VLA"], {"Model": 1.6, "Task": 0.8}) == "Task"
    assert decide_type("denoising", [], {"Method": 45.6, "Task": 2.4}) == "Task"  # a single word: the page decides


def test_a_version_or_size_makes_a_model():
    assert decide_type("Llama-3.1", [], {"Method": 0.8, "Model": 0.7}) == "Model"


def test_a_two_standing_for_to_in_an_acronym_is_no_version():
    votes = {"Task": 7.05, "Method": 3.25}
    assert decide_type("End-to-end autonomous driving", ["E2E-AD"], votes, papers=6) == "Task"
    assert decide_type("Qwen2-7B", [], {"Method": 1.0}) == "Model"


def test_a_glued_head_names_a_benchmark_or_a_metric():
    assert decide_type("VBench", [], {"Method": 2.4, "Dataset": 0.8}) == "Dataset"
    assert decide_type("MT-Bench", [], {"Task": 1.6}) == "Dataset"
    assert decide_type("BERTScore", [], {"Model": 8.0, "Method": 4.0, "Metric": 1.6}) == "Metric"
    assert decide_type("Benchmarker", [], {"Method": 0.8}) == "Method"
    assert decide_type("ArchEHR-QA", [], {"Method": 0.8}) == "Dataset" and decide_type("Med-VQA", [], {"Task": 0.8}) == "Task"


def test_a_coined_name_known_only_as_a_metric_is_a_metric():
    assert decide_type("ROC-AUC", [], {"Task": 13.6, "Method": 2.4, "Metric": 1.8}) == "Metric"
    assert decide_type("GFLOPs", [], {"Method": 5.0}) == "Metric"
    assert decide_type("EM", [], {"Method": 5.0}) == "Method"  # a bare acronym: expectation-maximization too
    assert decide_type("HotpotQA", [], {"Method": 2.0}) == "Dataset" and decide_type("VQA", [], {"Task": 2.0}) == "Task"


def test_a_diffusion_language_model_family_read_as_data_is_a_model():
    assert decide_type("LLaDA", [], {"Dataset": 3.0}) == "Model"  # "On LLaDA with MaskKV, ..."


def test_a_benchmark_listed_as_a_task_is_data_where_its_mentions_say_so():
    assert decide_type("MMLU", [], {"Dataset": 13.0, "Task": 2.0},
                       head_name="Massive Multitask Language Understanding") == "Dataset"
    assert decide_type("MMLU", [], {"Dataset": 2.0, "Task": 1.0}) == "Task"  # too few mentions to outweigh the list


def test_unknown_names_follow_their_votes():
    assert decide_type("FooBarQux", [], {"Method": 0.8, "Dataset": 1.6}) == "Dataset"


def test_link_tries_the_label_then_the_aliases():
    assert link("Bidirectional Encoder", ["BERT"], "Model") == "method/bert"
    assert link("FooBarNet", [], "Model") is None


def _mention(text, kind, graph=True):
    return Mention(0, len(text), text, kind, "abstract", 0.8, "ner", graph=graph)


def test_resolver_types_links_and_skips_mentions_that_are_no_entities():
    resolver = Resolver()
    resolver.add(Extraction(Paper("p1", "t", "a"), entities=[_mention("ImageNet", "Model"),
                                                              _mention("this approach", "Method", graph=False)]))
    resolver.add(Extraction(Paper("p2", "t", "a"), entities=[_mention("ImageNet", "Model"),
                                                              _mention("ImageNet", "Dataset")]))
    table = resolver.finish()
    entities = list(table.entities.values())
    assert [(e.label, e.type, e.link) for e in entities] == [("ImageNet", "Dataset", "dataset/imagenet")]
    assert table.entity_ids([_mention("this approach", "Method", graph=False)]) == [None]


def test_a_metric_head_in_another_sense_gives_no_metric_support():
    assert decide_type("multi-query associative recall", [], {"Task": 0.8, "Metric": 0.6}) == "Task"


def test_a_field_named_by_its_head_noun_is_a_task():
    assert decide_type("natural language processing", ["NLP"], {"Method": 3.2, "Task": 1.0}) == "Task"
    assert decide_type("natural language understanding", [], {"Method": 0.8}) == "Task"
    assert decide_type("multi-hop QA", [], {"Dataset": 2.0, "Task": 0.5}) == "Task"


def test_a_lower_case_task_word_alone_is_a_task_whatever_most_votes_say():
    assert decide_type("re-identification", [], {"Method": 181.75, "Task": 31.5, "Dataset": 17.5}) == "Task"
    assert decide_type("deraining", [], {"Method": 5.0, "Task": 1.0}) == "Task"
    assert decide_type("Tracking", [], {"Method": 3.0, "Task": 0.5}) == "Method"  # a name, capitalised
    assert decide_type("sampling", [], {"Method": 2.0, "Task": 1.0}) == "Method"  # a method's head alone: votes


def test_an_augmented_task_word_names_a_method():
    assert decide_type("Retrieval-Augmented Generation", ["RAG"], {"Task": 5.0, "Model": 3.0}) == "Method"


def test_modules_pipelines_and_agents_are_methods_and_a_leaderboard_a_dataset():
    assert decide_type("cross-site attention module", [], {"Task": 1.6}) == "Method"
    assert decide_type("TempGeo module", [], {"Dataset": 0.8}) == "Method"
    assert decide_type("RAG pipeline", [], {"Task": 1.6}) == "Method"
    assert decide_type("Open Arabic LLM Leaderboard", [], {"Model": 0.8}) == "Dataset"


def test_a_tie_goes_to_the_head_but_a_task_head_does_not_take_a_method():
    assert decide_type("MLE-Bench", [], {"Model": 2.4}) == "Dataset"
    assert decide_type("Spatial World Models", [], {"Method": 1.6}) == "Model"
    assert decide_type("area under the curve", [], {"Method": 1.6}) == "Metric"
    assert decide_type("Selective Latent Reasoning", [], {"Method": 1.6}) == "Method"


def test_a_name_glued_to_net_is_a_network_unless_it_is_a_known_dataset():
    assert decide_type("BrushNet", [], {"Dataset": 1.6}) == decide_type("DGE-Net", [], {"Dataset": 0.8}) == "Model"
    assert decide_type("ImageNet", [], {"Dataset": 1.6, "Model": 0.8}) == "Dataset"
    assert decide_type("TinyImageNet", [], {"Dataset": 1.6}) == decide_type("Occ-ScanNet", [], {"Dataset": 1.6}) == "Dataset"


def test_a_name_glued_to_net_that_many_mentions_call_a_data_set_is_one():
    assert decide_type("WordNet", [], {"Dataset": 21.6}) == decide_type("DocLayNet", [], {"Dataset": 4.0, "Method": 0.6}) \
        == "Dataset"
    assert decide_type("SnowflakeNet", [], {"Dataset": 3.2}) == "Model"  # a mention or two
    assert decide_type("ACT-Net", [], {"Dataset": 8.0}) == "Model"  # hyphenated: a network's name
    assert decide_type("MFNet", [], {"Dataset": 5.3, "Model": 2.4}) == "Model"  # not three to one
    assert decide_type("ShuffleNet", [], {"Dataset": 5.5, "Model": 1.0}) == "Model"  # Papers with Code's method


def test_a_size_in_parameters_speaks_for_model_as_much_as_a_head_noun():
    assert decide_type("Llama-3.2-11B-Vision-Instruct", [], {"Task": 1.0}) == "Model"
    assert decide_type("MobileNetV3-Small", [], {"Task": 0.8}) == "Model"
    assert decide_type("Knowledge Base", [], {"Method": 0.8}) == "Method"
    assert decide_type("LAION-400M", [], {"Dataset": 1.6}) == "Dataset"


def test_digits_in_a_known_dataset_name_are_no_version_and_a_sized_tie_goes_to_model():
    assert decide_type("S3DIS", [], {"Method": 1.2, "Dataset": 0.7}) == "Dataset"
    assert decide_type("Qwen3-4B-Thinking", [], {"Method": 1.6}) == "Model"


def test_a_known_data_sets_resolution_after_it_is_no_version():
    assert decide_type("ImageNet-256", [], {"Dataset": 0.95, "Method": 0.6}) == "Dataset"
    # no data set Papers with Code lists before the digits
    assert decide_type("FooNet-256", [], {"Dataset": 0.95, "Method": 0.6}) == "Model"
    # nor its count of classes or version, though the name ends in "Net"
    assert decide_type("ScanNet200", [], {"Dataset": 3.0}) == "Dataset"
    assert decide_type("ScanNetV2", ["ScanNetv2"], {"Dataset": 2.85, "Method": 1.2}) == "Dataset"


def test_a_coined_word_is_no_task_but_acronyms_and_phrases_are():
    assert decide_type("HunyuanVideo", [], {"Task": 1.6}) == "Method"
    assert decide_type("CounterMoral", [], {"Task": 1.6, "Dataset": 0.8}) == "Dataset"
    assert decide_type("VQA", [], {"Task": 1.6}) == decide_type("Text-to-SQL", [], {"Task": 1.6}) == "Task"


def test_a_coined_name_papers_with_code_knows_as_a_dataset_only_is_a_dataset():
    assert decide_type("CheXpert", [], {"Method": 1.0}) == "Dataset"
    assert decide_type("HowTo100M", [], {"Model": 2.0}) == "Dataset"
    assert decide_type("ALFRED", [], {"Method": 1.0}) == "Method"  # capitals only: an acronym may mean other things
    assert decide_type("aTLAS", [], {"Method": 1.0}) == "Method"  # a lower-case start: a method's name
    assert decide_type("BERT", [], {"Model": 1.0}) == "Model"


def test_a_name_glued_to_a_known_dataset_leans_to_dataset_but_not_a_capitalised_word():
    assert decide_type("DermaMNIST", [], {"Model": 2.4, "Dataset": 0.8}) == "Dataset"
    assert decide_type("OneDrive", [], {"Method": 1.0}) == "Method"  # DRIVE is a data set, "Drive" a word
    assert decide_type("TunnelMIND", [], {"Method": 1.0}) == "Method"  # MIND: too short to say


def test_a_coined_variant_of_a_known_method_is_a_system_not_a_dataset():
    assert decide_type("Mip-NeRF", [], {"Dataset": 1.0}) == "Model"
    assert decide_type("RF-DETR", [], {"Dataset": 2.0}) == "Model"
    assert decide_type("no-dropout", [], {"Dataset": 1.0}) == "Method"
    assert decide_type("video-transformer", [], {"Model": 1.0}) == "Model"
    assert decide_type("GraphAttention", [], {"Dataset": 1.0}) == "Dataset"  # "Attention": a capitalised word


def test_a_name_papers_with_code_has_a_page_for_as_one_type_outweighs_more_wrong_votes():
    assert decide_type("hallucination", [], {"Method": 29.6, "Task": 5.6}) == "Task"
    assert decide_type("DROP", [], {"Method": 0.8}) == "Dataset"
    # a leaderboard's column name has no page: Papers with Code's word counts less
    assert decide_type("Validation", [], {"Task": 1.4, "Metric": 0.2}) == "Task"
    # a capitalised English word or a measure's word has other senses than Papers with Code's page
    assert decide_type("Codex", [], {"Model": 8.8}) == "Model"
    assert decide_type("specificity", [], {"Metric": 8.8}) == "Metric"


def test_a_task_papers_with_code_names_by_a_coined_word_leaves_the_type_to_the_votes():
    # "GSM8K" and "TruthfulQA" are task pages there, benchmarks in the abstracts
    assert decide_type("GSM8K", ["GSM8k"], {"Dataset": 6.4, "Method": 0.6}) == "Dataset"
    assert decide_type("3DGS", [], {"Method": 3.0}) == "Method"
    assert decide_type("Text-To-SQL", [], {"Method": 1.0, "Task": 0.8}) == "Task"  # a hyphenated phrase keeps its page


def test_an_acronym_of_a_class_of_language_models_is_a_model():
    assert decide_type("MLLM", ["MLLMs"], {"Method": 17.4, "Model": 6.7}) == "Model"
    assert decide_type("LVLM", [], {"Method": 2.0}) == "Model"


def test_an_augmentation_is_a_method_though_papers_with_code_lists_it_as_a_task():
    from kg.resolve.typing import decide_type

    assert decide_type("data augmentation", [], {"Method": 144.7, "Task": 0.8}) == "Method"


def test_a_phrase_headed_by_a_task_or_method_noun_follows_its_votes_between_the_two():
    assert decide_type("image analysis", [], {"Task": 124.8}) == "Task"
    assert decide_type("semantic alignment", [], {"Task": 40.0, "Method": 0.5}) == "Task"
    assert decide_type("mean-field inference", [], {"Task": 2.0}) == "Method"
    assert decide_type("statistical analysis", [], {"Method": 3.0, "Task": 1.0}) == "Method"
    assert decide_type("Centered Kernel Alignment", [], {"Task": 2.0, "Method": 1.4}) == "Method"  # a name
    assert decide_type("failure mode and effects analysis", [], {"Dataset": 1.0}) == "Method"  # no Task votes


def test_a_systems_mentions_agreeing_on_model_or_method_outweigh_its_long_forms_head():
    long_form = "Contrastive Language-Image Pre-Training"
    assert decide_type("CLIP", [long_form], {"Model": 72.05, "Method": 8.35}, head_name=long_form) == "Model"
    # a name headed as a method or a model keeps its head's word
    assert decide_type("Progress Reward Model", [], {"Method": 6.0, "Model": 0.5}) == "Model"
    assert decide_type("Retrieval-Augmented Generation", [], {"Model": 60.0, "Method": 10.0}) == "Method"
    assert decide_type("STARNet", [], {"Method": 6.0, "Model": 0.5}) == "Model"  # a network's coined name


def test_a_metric_taken_at_a_threshold_is_no_versioned_model():
    assert decide_type("mAP50", [], {"Metric": 5.7, "Method": 3.0}) == "Metric"
    assert decide_type("VS2", ["Visual Sparse Steering"], {"Method": 2.0, "Model": 0.6}) == "Method"
    assert decide_type("ModelNet40", [], {"Dataset": 2.0, "Method": 0.6}) == "Dataset"  # known as a data set


def test_a_shared_tasks_number_is_no_models_version():
    assert decide_type("SemEval 2026 Task 11", [], {"Dataset": 0.8, "Task": 0.8}) == "Dataset"
    assert decide_type("Llama-3.1", [], {"Method": 0.8, "Model": 0.7}) == "Model"


def test_a_system_named_after_its_task_is_a_system_where_its_mentions_say_so():
    # "we propose Blind Adaptive Local Denoising (BALD)": a task's head noun, a method's name
    assert decide_type("Blind Adaptive Local Denoising", ["BALD"], {"Method": 4.15, "Task": 0.8}) == "Method"
    assert decide_type("Dual-level Evidential Face Forgery Detection", ["DLED"],
                       {"Method": 2.85, "Task": 0.75}) == "Method"
    # without an acronym, with votes that do not mostly say a system, or as a phrase, the head still decides
    assert decide_type("Blind Adaptive Local Denoising", [], {"Method": 4.15, "Task": 0.8}) == "Task"
    assert decide_type("Video Anomaly Detection", ["VAD"], {"Method": 1.6, "Task": 0.8}) == "Task"
    assert decide_type("blind adaptive local denoising", ["BALD"], {"Method": 4.15, "Task": 0.8}) == "Task"
    # a name several papers write is a field's
    assert decide_type("Single Image Super-Resolution", ["SISR"], {"Method": 3.0, "Task": 0.6}, papers=2) == "Task"
    # unless none of its mentions reads it as a task: "the Simple Online and Realtime Tracking (SORT) algorithm"
    assert decide_type("SORT", ["Simple Online and Realtime Tracking"], {"Method": 4.45, "Dataset": 0.8},
                       "Simple Online and Realtime Tracking", papers=4) == "Method"


def test_a_name_is_headed_before_its_for_by_a_system_s_or_a_data_set_s_noun():
    assert decide_type("Vision Transformer for Detection", [], {"Method": 0.8, "Task": 0.8}) == "Model"
    assert decide_type("Benchmark for Object Pose Estimation", [], {"Method": 0.8, "Task": 1.6}) == "Dataset"
    assert decide_type("Wavelet Diffusion Transformer framework for MA Detection", [],
                       {"Model": 2.55, "Method": 0.75}) == "Method"
    # a metric's word or a two-kind word before "for" leaves the name to its last word and its votes
    assert decide_type("Procedural Recall for Agents", [], {"Method": 2.4}) == "Method"
    assert decide_type("Reasoning for Video Generation", [], {"Task": 2.4}) == "Task"


def test_a_papers_with_code_topic_named_by_its_things_gives_no_task():
    # "Knowledge Graphs" is a task page there; the mentions read the graph as a system
    assert decide_type("Knowledge Graph", ["knowledge graphs"], {"Method": 10.7, "Task": 6.3}) == "Method"
    assert decide_type("Gaussian Processes", [], {"Method": 1.0, "Task": 0.8}) == "Method"
    # a page headed by its activity stays a task
    assert decide_type("Action Recognition In Videos", [], {"Method": 1.0, "Task": 0.8}) == "Task"


def test_two_capitals_take_a_listed_type_only_where_a_mention_reads_it():
    # "CS" of content selection, computer science: Papers with Code's data set of that name does not decide
    assert decide_type("CS", [], {"Metric": 4.8, "Method": 0.6}) == "Metric"
    assert decide_type("CUB", [], {"Method": 0.8}) == "Dataset"  # three capitals: the birds data set


def test_a_similarity_the_mentions_read_as_a_measure_is_a_metric_though_papers_with_code_lists_a_data_set_so_named():
    assert decide_type("perceptual similarity", [], {"Metric": 4.0}) == "Metric"
    assert decide_type("TF-IDF cosine similarity", [], {"Method": 0.8}) == "Metric"
    # a task Papers with Code lists stays a task: "downstream tasks such as semantic textual similarity (STS)"
    assert decide_type("semantic textual similarity", ["STS"], {"Metric": 1.55, "Task": 0.95}) == "Task"


def test_a_methods_page_counts_once_against_the_mentions_other_readings():
    # Papers with Code lists "Mish" among methods (its page also lists models): the mentions' data set outweighs it
    assert decide_type("Mish", [], {"Dataset": 1.9}) == "Dataset"
    assert decide_type("Mish", [], {"Dataset": 1.9, "Method": 0.9}) == "Method"
