"""From papers to extraction records: entities, sentences, claims and relations.

Runs the spaCy part of :data:`kg.extract.pipeline.STEPS`, then its post-processing steps in the
table's order: titles, mentions (cue words and the graph-entity decision), roles, relations, claims.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Set
from pathlib import Path

import numpy
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.tokens import Doc, Span

from kg.extract import knowledge
from kg.extract.claims import sentence_claims
from kg.extract.comparisons import result_relations
from kg.extract.entities import (BROAD_ACRONYMS, METHODS_LIKE, TIME_TO_AN_EVENT, acts_as_system, appositive_type,
                                 beaten_as_system, coined_kind, coined_non_metric, counts_millions_of_data, cue_type,
                                 ends_in_a_listed_task, heads_task, is_architecture_name, is_coded,
                                 is_named, is_other_kind, is_plural, keep, known_data_read_as_system,
                                 known_method_read_as_data, listed_among_methods, listed_as_data, listed_as_system,
                                 listed_as_task, metric_in_other_sense, name_key, named_metric, names_a_benchmark,
                                 names_a_field, opens_a_clause, release_of_a_listed_model, set_off_as_data,
                                 stops_before_its_noun, title_subject, topic_names, web_addresses)
from kg.extract.generic import SPANS_KEY
from kg.extract.pipeline import DEFAULT_RULES, MissingModelError, build_nlp
from kg.extract.rules.doc_text import doc_text
from kg.extract.rules.lexicon import (DATASET_NOUN, DATASET_NOUNS, HEAD_TYPES, MEDIA_MAPPING, head_type,
                                      headed_by_a_model_class, is_a_tools_noun, listed_activity)
from kg.extract.wordlists import (BASE_VERBS, DIMENSION, EVALUATIVE_MODIFIERS, METRIC_HEADS, VISION_RELEASE, is_coined,
                                  is_release, of_model_family)
from kg.extract.relations import sentence_relations
from kg.extract.rules.patterns import CALLING_VERBS, PHENOMENON_NOUNS
from kg.extract.rules.spans import SpanInfo, add_entities, span_info
from kg.extract.rules.acronyms import match_long_form
from kg.extract.rules.titles import ACRONYM_LEAD, spelt_long_form, title_name
from kg.records import Extraction, Mention, Paper, Sentence
from kg.schema import DATASET, ENTITY_TYPES, METHOD, METRIC, MODEL, TASK

TITLE_SCORE = 0.85
GENERIC_SCORE = 0.6
"""Confidence given to the generic-phrase recogniser's spans."""
CUE_SCORE = 0.95
"""Confidence of a type given by cue words ("the X dataset", "X-7B")."""
LAYERS = ("named", "generic", "mentions", "graph")


class Extractor:
    """Runs the spaCy pipeline over papers and returns plain :class:`Extraction` records."""

    def __init__(
        self,
        ner_model: str | Path | None = "packaged",
        rules: tuple[str, ...] | None = None,
        roles: bool = True,
        batch_size: int = 64,
        generic_model: str | Path | None = "auto",
    ):
        self.rules = DEFAULT_RULES if rules is None else tuple(rules)
        self.nlp = build_nlp(ner_model, self.rules, generic_model)
        self.use_title_names = "titles" in self.rules
        self.batch_size = batch_size
        self.roles = _load_roles() if roles else None

    def predict_entities(self, texts: list[str], layer: str = "named") -> list[list[tuple[int, int, str, float]]]:
        """Typed spans ``(start, end, type, score)`` for each text (used by ``kg eval``).

        ``layer``: ``named`` (the named-things recogniser, the rules, and the generic-phrase
        recogniser's spans that Papers with Code knows by name or that name a task by its head
        noun), ``generic`` (the
        generic-phrase recogniser), ``mentions`` (every mention ``kg extract`` lists) or
        ``graph`` (the mentions kept as graph entities).
        """
        if layer not in LAYERS:
            raise ValueError(f"unknown layer {layer!r}; known: {', '.join(LAYERS)}")
        out = []
        for doc in self.nlp.pipe(texts, batch_size=self.batch_size):
            if layer == "generic":
                out.append([(s.start_char, s.end_char, s.label_, GENERIC_SCORE) for s in doc.spans.get(SPANS_KEY, [])
                            if s.label_ in ENTITY_TYPES])
                continue
            mentions = doc_mentions(doc, "abstract", sentence_bounds(doc))
            if layer == "named":
                mentions = [m for m in mentions if m.extractor != "ner_generic"]
            elif layer == "graph":
                mentions = [m for m in mentions if m.graph]
            out.append([(m.start, m.end, m.type, m.score) for m in mentions])
        return out

    def extract(self, papers: Iterable[Paper]) -> Iterator[Extraction]:
        """One :class:`Extraction` per paper, in input order."""
        def texts() -> Iterator[tuple[str, Paper]]:
            for paper in papers:
                yield paper.title, paper
                yield paper.abstract, paper

        docs = self.nlp.pipe(texts(), as_tuples=True, batch_size=self.batch_size)
        for (title_doc, paper), (abstract_doc, _) in zip(docs, docs):
            yield self._extraction(paper, title_doc, abstract_doc)

    def _extraction(self, paper: Paper, title_doc: Doc, abstract_doc: Doc) -> Extraction:
        proposed = title_name(title_doc, paper.abstract) if self.use_title_names else None
        if proposed is not None:
            span, kind = proposed
            long = spelt_long_form(title_doc, span)  # "CATNet: Collaborative Alignment and Transformation Network"
            spans = [Span(title_doc, span.start, span.end, label=kind)]
            notes = [SpanInfo("title", TITLE_SCORE, long_form=long.text if long is not None else None, proposed=True)]
            if long is not None:
                spans.append(Span(title_doc, long.start, long.end, label=kind))
                notes.append(SpanInfo("title", TITLE_SCORE))
            add_entities(title_doc, spans, notes, overwrite=True)
            _add_occurrences(abstract_doc, span.text, kind)
        bounds = sentence_bounds(abstract_doc)
        sentences = [Sentence(start, end) for start, end in bounds if paper.abstract[start:end].strip()]
        if self.roles is not None and sentences:
            predicted = self.roles.predict([[paper.abstract[s.start : s.end] for s in sentences]])[0]
            for sentence, (role, _score) in zip(sentences, predicted):
                sentence.role = role
        entities = doc_mentions(title_doc, "title", [(0, len(paper.title))]) + doc_mentions(
            abstract_doc, "abstract", bounds)
        _keep_topics(entities, title_subject(paper.title))
        _type_means_for_a_task(paper.title, entities)
        _type_title_names_as_abstract(entities)
        _type_sized_variants(entities)
        plain_terms = (title_doc._.kg_plain_terms or set()) | (abstract_doc._.kg_plain_terms or set())
        # what a team or a project goes by, a structured abstract's headings and a citation's authors name no thing of
        # the graph
        no_things = {m.text for m in entities if m.field == "abstract" and (
            _a_group_name(paper.abstract, m.start, m.end) or _a_heading(paper.abstract, m.start, m.end)
            or _a_citation(paper.abstract, m.start, m.end))}
        _drop_untyped_acronyms(entities, plain_terms | no_things)
        # Relations and claims are read between graph entities only.
        sentence_of = [_sentence_index(sentences, m) if m.field == "abstract" and m.graph else None
                       for m in entities]
        relations = []
        for index, sentence in enumerate(sentences):
            members = [(i, m) for i, m in enumerate(entities) if sentence_of[i] == index]
            relations += sentence_relations(paper.abstract, members, index)
        title_members = [(i, m) for i, m in enumerate(entities) if m.field == "title" and m.graph]
        relations += sentence_relations(paper.title, title_members, None)
        claims = sentence_claims(paper.abstract, sentences, entities, sentence_of)
        relations += result_relations(claims, entities, {s.start: i for i, s in enumerate(sentences)}, relations)
        return Extraction(paper, sentences, entities, claims, relations)


def doc_mentions(doc: Doc, field: str, bounds: list[tuple[int, int]]) -> list[Mention]:
    """Every entity span of ``doc`` as a :class:`Mention`, typed by cue words where they speak, with
    the graph-entity decision of :func:`kg.extract.entities.keep`.

    The named-things recogniser's and the rules' spans (``doc.ents``) come first; a generic-phrase
    span becomes a mention where it overlaps none of them, a named one when Papers with Code knows
    it. ``bounds`` are the sentences' character bounds (the metric test reads the sentence).
    """
    text = doc_text(doc)
    # An acronym the text defines has its long form wherever it occurs, whichever recogniser found it
    # ("Exponential Moving Average (EMA)": "EMA" of the generic-phrase recogniser).
    long_forms = {short: long for short, long in doc._.kg_acronyms or []}
    spans = [(e, span_info(e)) for e in doc.ents if e.label_ in ENTITY_TYPES]
    taken = {i for e, _ in spans for i in range(e.start, e.end)}
    for span in doc.spans.get(SPANS_KEY, []) if SPANS_KEY in doc.spans else []:
        span = _as_its_long_form(doc, span, long_forms)
        if span.label_ in ENTITY_TYPES and not taken.intersection(range(span.start, span.end)):
            spans.append(_known_or_generic(doc, span))
    spans.sort(key=lambda pair: pair[0].start)
    typed = []
    for span, note in spans:
        start, end = span.start_char, span.end_char
        # the span's text (a long form's words where its bracketed acronym closes it), not built again from its tokens
        name = _without_its_acronym(text[start:end])
        if not any(c.isalnum() for c in name):  # a span of symbols ("⟩" from LaTeX math) has no match key
            continue
        if len(name) == 1:  # a variable ("the generated samples G 2 (z)", "X and Y"), not a name
            continue
        if start > 0 and text[start - 1].isalnum() or end < len(text) and text[end].isalnum():
            continue  # a span that starts or ends inside a word the tokenizer split: "G Networks" of "6G Networks"
        if note.extractor != "title" and not note.proposed and stops_before_its_noun(name, text[end : end + 40]):
            continue  # "Taiwanese Historical" of "... Historical Archives": a piece of a longer name, no mention (not
            # the paper's own name: "HealthBench Professional examples")
        kind, score = span.label_, note.score
        before, after = text[max(0, start - 40) : start], text[end : end + 80]
        cue = cue_type(before, name, after)
        if cue == DATASET and _a_release_tried_on(name, after):
            cue = MODEL  # "Tested on Qwen-Image, FLUX, and SD3.5", "Using Mistral-7B and two datasets": a model
            # family's release the work is tried on, not data
        if cue is not None and cue != kind and note.extractor != "title":
            kind, score = cue, CUE_SCORE
        elif cue is not None and cue == kind:
            score = max(score, CUE_SCORE)  # "the PiSAR benchmark", read as a data set by a recogniser too
        elif cue is None and names_a_benchmark(name):
            if kind != DATASET:  # "CEO-Bench", "AdvBench" read as methods: the name says what it is, whatever
                kind, score = DATASET, CUE_SCORE  # the verbs after it ("CEO-Bench reveals")
        elif cue is None and kind != MODEL and not note.proposed and note.extractor != "title" \
                and _LANGUAGE_MODELS.fullmatch(name):
            kind, score = MODEL, CUE_SCORE  # "assessment of ADVLMs", "Diffusion Large Language Models (DLLMs)" read
            # as methods or data: the plural of a language model's acronym names a class of models
        elif cue is None and kind in (DATASET, TASK, METRIC) and is_named(name) \
                and text[max(0, start - 100) : start].rstrip().endswith(",") \
                and (noun := _A_SYSTEMS_NOUN_SET_BEFORE.search(text, max(0, start - 100), start)) \
                and not knowledge.known_types(name) - {METHOD, MODEL}:
            kind, score = MODEL if noun.group(1) in _MODEL_NOUNS else METHOD, CUE_SCORE  # "an efficient semantic
            # segmentation network, OffSeg", "a unified framework, Textual Guidance ... (TGMM)": the system the noun
            # set off before the name calls it
        elif cue is None and kind in (DATASET, TASK, METRIC) and (
                acts_as_system(before, name, after)
                or beaten_as_system(text[max(0, start - 150) : start], name, after)):
            kind, score = MODEL if _a_family_release(name) else METHOD, CUE_SCORE  # "PACO achieves ...",
            # "outperforming X": a system, Method or Model by its other votes; a model family's release a Model
            # ("GPT-5-Nano achieves ...")
        elif cue is None and kind == TASK and note.extractor in _READ_BY_A_RECOGNISER and "-" in name \
                and " " not in name and any(is_coded(piece) for piece in name.split("-")) \
                and not (note.long_form or _defined_long_form(name, long_forms)) \
                and knowledge.known_types(name) == {DATASET}:
            kind, score = DATASET, CUE_SCORE  # "mIoU ... on Kvasir-SEG" read as a task: a coined name of pieces Papers
            # with Code lists as a data set only (not an acronym the text defines as a task: "table question answering
            # (TQA)")
        elif cue is None and kind == DATASET and note.extractor in ("ner", "coined") \
                and known_method_read_as_data(before, name, after):
            kind, score = METHOD, CUE_SCORE  # "an improvement over SFT", "we used SHAP to ..." read as data sets: a
            # method Papers with Code lists, where nothing speaks of data
        elif cue is None and kind in (METHOD, MODEL) and note.extractor not in _LISTED_BY_NAME \
                and not note.proposed and known_data_read_as_system(before, name, after) \
                and DATASET in knowledge.known_types(note.long_form or _defined_long_form(name, long_forms) or name):
            kind, score = DATASET, CUE_SCORE  # "on SPIDER, outperforming ...", "On Kodak, Tecnick and CLIC" read as
            # systems: a data set Papers with Code lists, where results are had (not an acronym the paper defines as
            # something else: "the information loss from GAP", Global Average Pooling)
        elif cue is None and kind in (DATASET, TASK) and _APPLIED_BEFORE.search(before) and _TO_AFTER.match(after) \
                and is_named(name) and head_type(name.split()) != TASK:
            kind, score = MODEL if of_model_family(name) else METHOD, CUE_SCORE  # "We apply FPA to DPO, RPO and
            # SimPER", "apply post-hoc Platt scaling to the scores" read as data or a task: what is applied to a thing
            # is a means (not a task's phrase, "apply object detection to drone images", nor a phrase in lower case,
            # which the graph keeps as a task and not as a method: "applies hierarchical clustering to organize them")
        elif cue is None and kind in (DATASET, TASK) and listed_among_methods(text[max(0, start - 200) : start], name):
            kind, score = MODEL if of_model_family(name) else METHOD, CUE_SCORE  # "algorithms: SIFT, ASIFT, AKAZE"
            # read as data: a list of methods (a model the recogniser read stays one: "methods such as GFPGAN")
        elif cue is None and (other := _AND_OTHER.match(after)) and is_named(name) \
                and (to := _OTHER_KINDS_OF[other.group(1).lower()]) != kind and not (to == METHOD and kind == MODEL) \
                and knowledge.known_types(name) <= {to}:
            kind, score = to, CUE_SCORE  # "FISH Mask with other PEFT methods", "PaPSP and other selective prediction
            # baselines", "joint VFI with other LLV tasks": the kind the others are of
        elif cue is None and kind in (METHOD, MODEL, TASK) and _COUNT_IN_THOUSANDS.search(name) \
                and not re.search(r"\d(?:\.\d+)?[BM]\b", name) and not of_model_family(name):
            kind, score = DATASET, CUE_SCORE  # "CausalFact-60K", "LLaVA-665K", "Video-R4-RL-30k" read as systems or
            # a task: a count of thousands closes a data set's name (not a resolution, "Diffusion-4K", nor a model's
            # context, "Phi-3-mini-4k")
        elif cue is None and kind in (METHOD, MODEL) and _names_a_phenomenon(name) \
                and not _A_MEASURE_SET_OFF.match(after):
            kind, score = TASK, CUE_SCORE  # "Composition Collapse", "Stochastic Tax", "Mimetic Bias" read as systems:
            # what a paper observes and studies, which the graph types as a task (not where the phrase set off after
            # says what it is: "the Hypocrisy Gap, a mechanistic metric")
        elif cue is None and kind in (METHOD, MODEL) and _SUFFERED_FROM.search(before) and not note.proposed \
                and not re.match(r"\s*[a-z]", after):
            kind, score = TASK, CUE_SCORE  # "LLMs often suffer from hallucination", "CUAs consistently exhibit Blind
            # Goal-Directedness (BGD)" read as systems: what systems show or are prone to, a phenomenon studied (not a
            # word modifying a noun after it: "exhibit a chain-of-thought reasoning collapse")
        elif cue is None and kind != TASK and _A_PROBLEM_NAMED.search(text, max(0, start - 100), start):
            kind, score = TASK, CUE_SCORE  # "a problem we define as Personalized Preference Alignment with Limited
            # Data (PPALLI)": the problem the paper names
        elif cue is None and kind != METRIC and _AT_CUTOFF.fullmatch(name):
            kind, score = METRIC, CUE_SCORE  # "mAP@0.5", "Pass@k", "ASR@10" read as methods: a measure at a cut-off
        elif cue is None and kind != METRIC and named_metric(name) \
                and not metric_in_other_sense(name, text[max(0, start - 150) : end + 150]):
            kind, score = METRIC, CUE_SCORE  # "BLEU", "F1 score" read as a data set
        elif cue is None and (kind in (DATASET, TASK, METRIC) or kind == METHOD and is_release(name)) \
                and _a_family_release(name) and not (note.extractor == "title" and kind == DATASET) \
                or cue is None and kind != MODEL and _a_sized_network(name) \
                or cue is None and kind != MODEL \
                and (VISION_RELEASE.fullmatch(name) or release_of_a_listed_model(name)):
            kind, score = MODEL, CUE_SCORE  # "Gemini-TTS achieves ...", "GPT-5-mini", "Qwen3-8B-Base", "DeiT-III-Small",
            # "YOLO11n", "VGG16", "ResNet-20", "Stable Diffusion v2.1" read otherwise (not a title's name its subtitle
            # calls data: "GPT4o-Receipt: A Dataset and Human Study for ...")
        elif cue is None and kind == METHOD and note.extractor == "ner" and " " in name and name.islower() \
                and head_type(name.split()) == TASK and knowledge.known_types(name) == {TASK}:
            kind, score = TASK, CUE_SCORE  # "image captioning", "monocular depth estimation" read as methods: a task
            # Papers with Code lists, whatever a paper does with it (not a phrase it does not list, which is often
            # how one paper's method works: "affinity-based feature retrieval")
        elif cue is None and kind == METHOD and " " in name and name.islower() and names_a_field(name, after):
            kind, score = TASK, CUE_SCORE  # "computer vision", "autonomous driving" read as methods: a field of study
        elif cue is None and kind in (TASK, DATASET) and _A_BASELINE.search(before) and is_coded(name):
            kind, score = MODEL if of_model_family(name) or is_architecture_name(name) else METHOD, CUE_SCORE  # "the
            # recent best BVSR baseline FMA-Net" read as data: a system
        elif cue is None and kind in (TASK, DATASET) and (_PART_AFTER.match(after) or _A_PART_GLUED.fullmatch(name)) \
                and is_named(name) and not name.islower():
            kind, score = METHOD, CUE_SCORE  # "Edge-Conv layers", "a K-Nearest Neighbors (KNN) layer", "the
            # ShortModule" read as a task or data: a network's part, built by a method
        elif cue is None and kind == METHOD and _MODEL_CLASS.fullmatch(name.rsplit(None, 1)[-1]) \
                and not re.search(r"\s(?:for|of)\s", name) \
                and _spells_a_model_class(note.long_form or _defined_long_form(name, long_forms) or "model"):
            kind, score = MODEL, CUE_SCORE  # "LLMs", "Baby LMs", "autoregressive LM" read as methods: language models
            # (not "Token Pruning for Efficient MLLMs", a method, nor "label merging (LM)")
        elif cue is None and kind == METHOD and (measuring := _MEASURED_WITH.search(before)) \
                and (HEAD_TYPES.get(name.rsplit(None, 1)[-1].lower()) == METRIC
                     or measuring.group(1).lower() == "measured" and not any(c.isdigit() for c in name)
                     and not of_model_family(name) and not knowledge.known_types(name) - {METRIC}):
            kind, score = METRIC, CUE_SCORE  # "as measured by Wasserstein Distance", "quantified with Jensen-Shannon
            # divergence" read as methods: a measure's head after the verb of measuring (not "evaluated with linear
            # regression", nor "quantified using Digital Volume Correlation", a technique); any name after "measured"
            # ("as measured by SPL", "measured by Information Gain (InfoGain)", "measured by PPV"; not a model the
            # measure is taken with, "perplexity measured by GPT2-large", nor a name Papers with Code lists otherwise)
        elif cue is None and kind in (DATASET, METHOD, MODEL) and _WHAT_DATA_SERVE.search(before) and heads_task(name) \
                and not knowledge.known_types(name) - {TASK} \
                and (head := TASK if head_type(name.split()) != METHOD else METHOD) != kind:
            kind, score = head, CUE_SCORE  # "a Dataset for HDR Fusion" read as data, "a benchmark for structure-aware
            # 3D bonsai generation" as a method: what data are gathered for is a task, or a method ("Speech Instruction
            # Fine-Tuning")
        elif cue is None and kind == DATASET and (_task_phrase(name) or ends_in_a_listed_task(name)
                                                  or _IN_THE_FIELD_OF.search(before)) \
                and not (note.extractor == "acronym" and _DATA_NOUN_AFTER.match(_BRACKETED_FORM.sub("", after, 1))):
            kind, score = TASK, CUE_SCORE  # "HDR image reconstruction", "MRSI matching", "Bengali sentiment analysis"
            # read as data sets; "in the field of Space Situational Awareness (SSA)": a field of study, no data (not a
            # definition a data set's noun follows: "the Layout Synthesis (LaySyn) dataset")
        elif cue is None and field == "title" and kind in (METHOD, MODEL) and note.extractor != "title" \
                and (_for_a_purpose(before, name) or _IN_BEFORE.search(before) and not text[end:].strip(" ?!.")) \
                and " " in name and head_type(name.split()) == TASK:
            kind, score = TASK, CUE_SCORE  # "... Framework for Visual Storytelling": what a title's system is for;
            # "... Quick and Slow Thinking in Long-Context Question Answering": where its work is done, closing it
            span = _without_praise(span)  # "... for Efficient Image Super-Resolution": the task, not how well
        elif cue is None and field == "title" and kind in (METHOD, MODEL) and note.extractor in ("ner", "ner_generic") \
                and not note.proposed and " " in name and head_type(name.split()) == TASK \
                and not _opens_with_a_gerund(name) \
                and _studied_in_a_title(text[:start], text[end:]) and not knowledge.known_types(name) - {TASK}:
            kind, score = TASK, CUE_SCORE  # "All-in-One Image Restoration via ...", "Towards Controllable and ID
            # Consistent Image Generation", "A Survey on Context-Aware Machine Translation" read as methods: what the
            # title's work is done for or studies (not "Retrieval-Augmented Generation via ...", a method by its head,
            # nor a phrase a verb opens: "Scaling Instruction-Based Video Editing with ..."; a compound's participle
            # opens a task: "... in Privacy-Preserving Face Recognition with ...")
            span = _without_praise(span)  # "Efficient Point Cloud Processing with ...": the task, not how well
        elif cue is None and field == "title" and kind == DATASET and note.extractor in ("ner", "ner_generic") \
                and _FOR_A_PURPOSE.search(before) and " " in name and _AN_ACTION.search(name) \
                and DATASET not in knowledge.known_types(name):
            kind, score = TASK, CUE_SCORE  # "LLM Tutors for Math Mistake Remediation", "... Sensing for ISAC-Enabled
            # Low-Altitude Environment Mapping" read as data: what the title's work is for, an action's noun its head
        elif cue is None and field == "title" and kind == DATASET and note.extractor in ("ner", "ner_generic") \
                and start == 0 and " " not in name and _FOR_WHAT_FOLLOWS.match(text, end) \
                and not knowledge.known_types(name) and not names_a_benchmark(name):
            kind, score = METHOD, CUE_SCORE  # "MambaVideo for Discrete Video Tokenization", "MultiDelete for Multimodal
            # Machine Unlearning" read as data: a coined name opening the title, before what it is for, is the paper's
            # system
        elif cue is None and field == "title" and kind == TASK and note.extractor in ("ner", "ner_generic") \
                and " " in name and _FOR_WHAT_FOLLOWS.match(text, end) and not knowledge.known_types(name) - {METHOD} \
                and (start == 0 and _DONE_BY.search(name) and head_type(name.split()) in (None, TASK, METHOD)
                     or (start == 0 or _SUBTITLE_START.search(text[:start])) and head_type(name.split()) == METHOD):
            kind, score = METHOD, CUE_SCORE  # what opens a title, before what it is for, is the paper's method where it
            # says how it works ("Uncertainty-Guided Edge Learning for Deep Image Regression", "Query-Conditioned
            # Knowledge Alignment for ..."; not "... Segmentation via Sub-Region-Aware Prompts", a task done by one)
            # or a system's head noun heads it, opening the title or its subtitle ("CUBIC: Concept Embeddings for
            # Unsupervised Bias Identification")
        elif cue is None and field == "title" and _BY_MEANS_OF.search(text[:start]) \
                and (kind == TASK and TASK not in knowledge.known_types(name)
                     or kind == MODEL and head_type(name.split()) == METHOD):
            kind, score = METHOD, CUE_SCORE  # "... via Anomaly-Focused CLIP Adaptation", "... via Complexity Boosting
            # Reinforcement Learning": how the title's task is done (not a task Papers with Code names, "... via Visual
            # Reasoning", nor a model, "... via Large Language Models")
        elif cue is None and kind == METRIC and " " in name and head_type(name.split()) == TASK \
                and METRIC not in knowledge.known_types(name):
            kind, score = TASK, CUE_SCORE  # "Recall-Sensitive QA", "View-to-View Denoised 3D Reconstruction" read as
            # measures: a task's head
        elif cue is None and kind == TASK and not knowledge.known_types(name) - {METRIC} \
                and (_measure_phrase(name) or " " not in name
                     and _measure_phrase(note.long_form or _defined_long_form(name, long_forms) or "")):
            kind, score = METRIC, CUE_SCORE  # "token-level F1 score", "anomaly Detection Rate", "Cross-Domain Transfer
            # Ratio" read as tasks: a measure's head; "TTFT", defined as "time-to-first-token": its long form's
        elif cue is None and kind != TASK and " " in name and name.rsplit(None, 1)[-1].lower() in ("task", "tasks") \
                and not (kind == DATASET and _A_YEAR.search(name)):
            kind, score = TASK, CUE_SCORE  # "the Geo-DLC task", "the Emotion Statement Judgment task" read as data or a
            # method: the word "task" ends it (not a year's shared task, the data of a leaderboard: "WMT 2014
            # English-to-German task")
        elif cue is None and kind in (TASK, METHOD) \
                and (named := _kind_of_its_name(name, kind, title=field == "title")):
            kind, score = named, CUE_SCORE  # "token-level SFT", "cross-word BPE" read as tasks, "post-shift BER" as a
            # method: lower-case words before a name Papers with Code knows as one thing
        elif cue is None and (kind in (DATASET, TASK)
                              or kind in (MODEL, METRIC) and note.extractor in ("ner", "ner_generic")
                              and name not in long_forms.values() or kind == METHOD and _PROBLEM.search(name)
                              or kind == METHOD and name.rsplit(None, 1)[-1].lower() in DATASET_NOUNS) \
                and (own_head := _kind_by_own_head(name, kind, title=field == "title")):
            kind, score = own_head, CUE_SCORE  # "ARAP Regularization", "WebShop success rate" read as data sets,
            # "Generative Refinement Networks", "Hierarchical Preference Optimization" read as tasks, "Gated Fusion
            # Module" read as a model by a recogniser (not a long form, whose type its acronym takes: "Contrastive
            # Language-Image Pre-training (CLIP)")
        elif cue is None and kind == METHOD and " " not in name and _A_MODEL_CLASS_PIECE.search(name) \
                and not knowledge.known_types(name):
            kind, score = MODEL, CUE_SCORE  # "AV-LLMs", "Med-VLM" read as methods: a class of models by its last piece
        elif cue is None and kind == METRIC and knowledge.known_types(name) == {METHOD} and not named_metric(name):
            kind, score = METHOD, CUE_SCORE  # "gains over the SFT checkpoint", "InfoNCE" read as measures: a method
            # Papers with Code lists and no metric list knows
        elif cue is None and kind == METRIC and coined_non_metric(name) \
                and not (note.proposed and note.extractor == "pattern"):  # "we propose CycleSync, a ... metric"
            kind, score = coined_kind(text[max(0, start - 100) : start], after), CUE_SCORE  # "on MathOlympiad (22.8%)"
        if kind != MODEL and _MODEL_CLASS.fullmatch(name) and _spells_a_model_class(
                note.long_form or _defined_long_form(name, long_forms) or "model"):
            kind, score = MODEL, CUE_SCORE  # "Experiments across four VLMs", "outperform zero-shot LLMs on ...": a class
            # of models, whatever the words around it say of data or tasks (not "language modeling (LM)", "label
            # merging (LM)")
        elif kind in (DATASET, METHOD, MODEL) \
                and _task_acronym(name, note.long_form or _defined_long_form(name, long_forms), listed=kind == DATASET) \
                and (_data_for_a_task(name, before, after) if kind == DATASET
                     else not note.proposed and _systems_for_a_task(name, before, after)):
            kind, score = TASK, CUE_SCORE
        elif kind == DATASET and _method_acronym(name, note.long_form or _defined_long_form(name, long_forms)) \
                and _data_for_a_task(name, before, after):
            kind, score = METHOD, CUE_SCORE  # "high-quality SFT datasets", "open-source DPO corpora" after "supervised
            # fine-tuning (SFT)": the method the data are for, not a data set's name
        if kind == DATASET and note.extractor != "title" \
                and _data_described_after_a_name(text[max(0, start - 100) : start], name, after) == TASK:
            kind, score = TASK, CUE_SCORE  # "HiCoPrompt, a new text-to-image benchmark": the task the named data serve
        typed.append([span, note, kind, score])
    _type_listed_names(text, typed)
    _type_repeats_by_cues(typed)
    _type_short_forms_of_tasks(typed)
    _type_undefined_acronyms(typed, long_forms)
    _type_named_parts(text, typed, bounds)
    _type_acronyms_as_long_forms(typed, long_forms)
    _type_proposals_as_systems(text, typed, long_forms)
    read_as_methods = _type_plain_task_phrases(text, typed) if field == "abstract" else set()
    urls = web_addresses(text)
    mentions = []
    written = Counter(name_key(text[span.start_char : span.end_char]) for span, *_ in typed)
    for span, note, kind, score in typed:
        start, end = span.start_char, span.end_char
        name = text[start:end]
        sentence = next((text[s:e] for s, e in bounds if s <= start < e), text)
        long_form = note.long_form or _defined_long_form(name, long_forms)
        # a measure's name is judged without its bracketed acronym ("Holistic-grounding Rate (HR)" by "Rate"); the
        # task a title's data set is for is the paper's subject ("A Dataset for Egocentric Hand-Tool Segmentation")
        served = field == "title" and kind == TASK and bool(_WHAT_DATA_SERVE.search(text[max(0, start - 40) : start])) \
            and heads_task(name)
        graph = all(keep(_without_its_acronym(name) if read == METRIC else name, read, note.extractor, sentence,
                         note.proposed, long_form,
                         capitals=field != "title", sentence_start=span[0].is_sent_start, topic=served,
                         repeated=written[name_key(name)] >= 2)
                    for read in ((kind, METHOD) if start in read_as_methods and kind == TASK
                                 and not (_A_PHRASE_ENDS.match(text, end) and not _a_verbs_object(text, start, name))
                                 else (kind,))) \
            and not any(s < end and start < e for s, e in urls) \
            and not (_CREATIVE_COMMONS.fullmatch(name) and _LICENCE_TERMS_AFTER.match(text, end)) \
            and not (field == "title" and not note.proposed and _cut_before_a_noun(name, text[end : end + 40])) \
            and not (field == "title" and _names_a_team(text[:start], text[end : end + 20])) \
            and not (field == "title" and kind == DATASET and not note.proposed
                     and _DESCRIBED_DATA_BEFORE.search(text[:start]) and _in_plain_words(name)) \
            and not (field == "title" and kind == METHOD and not note.proposed
                     and _DESCRIBED_IN_A_SUBTITLE.search(text[:start]) and _a_described_system(name)) \
            and not _a_group_name(text, start, end) and not _a_set_member(text, start, end) \
            and not (kind == DATASET
                     and _a_counted_kind(text[max(0, start - 60) : start], name, text[end : end + 20])) \
            and not (kind == DATASET and note.extractor != "title"
                     and _data_described_after_a_name(text[max(0, start - 100) : start], name,
                                                      text[end : end + 80]) == "")
        mentions.append(Mention(start, end, name, kind, field, score, note.extractor, long_form,
                                note.proposed, graph))
    return mentions


# The plural acronym of a class of language models: "ADVLMs", "VideoLLMs", "DLLMs" (a capital before "LMs").
_LANGUAGE_MODELS = re.compile(r"[A-Za-z][\w\-]*[A-Z]LMs")


# An article opening a title or its subtitle: what follows describes the title's name, or names nothing ("CaddieSet: A
# Golf Swing Dataset with ...", "A Multi-Dataset Benchmark for ...").
_DESCRIBED_IN_A_SUBTITLE = re.compile(r"(?:^|:\s*)(?:A|An)\s+$")
# The nouns a title's article opens a description of the paper's system with: "An Explainable Hybrid AI Framework".
_DESCRIBED_SYSTEM_HEADS = frozenset({"framework", "system", "approach", "method", "pipeline", "paradigm"})


def _a_described_system(name: str) -> bool:
    """Whether a title's phrase after "A" or "An" describes a system in plain words, a broad class's acronym and
    dimensions among them ("Multimodal LLM Approach", "Multi-Agent AI System", "... 3D Imaging System"), no coined word
    ("An ICTM-RMSAV Framework") and a system's noun last."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in _DESCRIBED_SYSTEM_HEADS and _in_plain_words(name)


# An article opening a title or its subtitle, and up to two plain adjectives: the data set the noun after the name
# calls it is described, not named ("A Golf Swing Dataset", "A Versatile 4D Spatial Intelligence Benchmark").
_DESCRIBED_DATA_BEFORE = re.compile(r"(?:^|:\s*)(?:A|An)\s+(?:[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*\s+){0,2}$")


def _in_plain_words(name: str) -> bool:
    """Every word of ``name`` plain, a broad class's acronym or a dimension ("3D Vision", "Multi-Agent AI"; not
    "ICTM-RMSAV", "Reddit-X")."""
    return all(_plain_word(word) or word.lower() in BROAD_ACRONYMS or DIMENSION.fullmatch(word) for word in name.split())


# A word of a plain phrase: lower-case pieces, acronyms of letters only and dimensions, joined by hyphens or slashes
# ("AI-generated", "3D/2D", "multi-object"; not "BM25", "ByteTrack").
_PLAIN_WORD = re.compile(r"(?:[a-z]+|[A-Z]{2,}s?|\dD)(?:[-/](?:[a-z]+|[A-Z]{2,}s?|\dD))*")
# A paper presenting what follows: "We present homographic navigation, a geometry-centric framework".
_PRESENTED_RIGHT_BEFORE = re.compile(r"\b(?:present|propose|introduce|develop)s?\s+$", re.I)
# ... unless the words set off after it call it a task: "introduces panoptic captioning, a novel task".
_CALLED_A_TASK_AFTER = re.compile(r"\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:task|problem)\b")
# Words that single out the usual ways of doing a task: "current multimodal detection methods".
_USUAL_WAYS = frozenset({"current", "traditional", "existing", "conventional", "standard", "classical", "classic",
                         "prior", "previous", "recent", "modern", "typical", "common", "popular", "end-to-end",
                         "state-of-the-art", "general", "generic"})
# A modifier saying what a way of doing a task is built on or how it works ("affinity-based feature retrieval",
# "LLM-assisted generation", "GRPO-style advantage estimation", "sparse feature retrieval"), or words of methods
# ("pseudo labeling").
_HOW_IT_IS_DONE = re.compile(r"[\w/]+-(?:based|augmented|driven|powered|enhanced|guided|aware|informed|centric|grounded"
                             r"|conditioned|assisted|style|inspired|stage|step|free|time)|pseudo|iterative|masked|latent"
                             r"|self-\w+|sparse|dense|hierarchical|progressive|adaptive|joint|implicit|explicit|hybrid"
                             r"|incremental|greedy|approximate|differentiable|learned|learnable|neural|probabilistic"
                             r"|stochastic|variational|contrastive|generative|discriminative|autoregressive|parallel"
                             r"|distributed|federated|recursive|recurrent|sequential|structured|coarse-to-fine"
                             r"|(?:semi-|un|weakly[- ])?supervised", re.I)


def _a_plain_task_phrase(name: str) -> bool:
    """Whether ``name`` is a phrase of two words or more in plain words (lower case but a sentence's first letter,
    acronyms of things, "3D"), a task's head ending it, no word saying how the task is done
    (:data:`_HOW_IT_IS_DONE`), no coined word naming a system ("BM25 retrieval", "ByteTrack multi-object tracking")
    and no method Papers with Code lists: what a field does, which the recognisers read as a method (in records
    9,001-10,000, 31,001-32,000, 47,001-48,000 and 73,001-74,000 about four such phrases of five read as methods
    were tasks: "Physics reasoning", "BMI estimation", "long video captioning").

    >>> _a_plain_task_phrase("Physics reasoning"), _a_plain_task_phrase("BM25 retrieval")
    (True, False)
    """
    words = name.split()
    if len(words) < 2 or head_type(words) != TASK or any(_HOW_IT_IS_DONE.fullmatch(word) for word in words):
        return False
    first = words[0]
    if first.lower() in EVALUATIVE_MODIFIERS or first.lower() in _USUAL_WAYS:
        return False  # "robust estimation", "traditional OOD detection" (methods): how well, or which ones, it is done
    if not (_PLAIN_WORD.fullmatch(first) or _PLAIN_WORD.fullmatch(first[0].lower() + first[1:])
            or is_other_kind(first)) \
            or not all(_PLAIN_WORD.fullmatch(word) for word in words[1:]):
        return False  # "BGE-M3 dense retrieval", "ByteTrack multi-object tracking": a system's name before a task
    return not knowledge.known_types(name) & {METHOD, MODEL}


def _as_its_long_form(doc: Doc, span: Span, long_forms: dict[str, str]) -> Span:
    """A span that ends a long form the bracketed short form after it defines, grown back over the first words it
    left out: "Yorker Cartoon Caption Contest" of "the New Yorker Cartoon Caption Contest (NYCC)"."""
    text = doc_text(doc)
    bracket = re.match(r"\s*\(\s*([^()\s]{1,15})\s*\)", text[span.end_char : span.end_char + 24])
    long = long_forms.get(bracket.group(1)) if bracket is not None else None
    start = span.end_char - len(long) if long is not None else -1
    if long is None or start < 0 or start >= span.start_char or text[start : span.end_char] != long:
        return span
    grown = doc.char_span(start, span.end_char, label=span.label_)
    return grown if grown is not None else span


_A_GROUP_AFTER = re.compile(r"\s+(?i:team|project|initiative|consortium)\b")
_THE_BEFORE = re.compile(r"\b(?:the|our)\s+$")
_A_PROJECT_BEFORE = re.compile(r"\b(?:the|our)\s+(?:[A-Z][\w\-]*\s+)?(?:project|initiative)\s+$")


def _a_group_name(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is what a team or a project goes by: "the HealthNLP_Retrievers team",
    "the PNRR-NODES project", "the European project SETO" (no system of the paper's, wherever else it writes the name;
    not "the Qwen team", a model family's makers)."""
    return (bool(_A_GROUP_AFTER.match(text, end)) and bool(_THE_BEFORE.search(text, max(0, start - 6), start))
            or bool(_A_PROJECT_BEFORE.search(text, max(0, start - 40), start))) \
        and not of_model_family(text[start:end]) and not knowledge.known_types(text[start:end]) & {METHOD, MODEL}


# Braces around one-word items a comma parts: a set's values written out ("operations {ADD, UPDATE, DELETE, NOOP}",
# "labels {positive, negative, neutral}").
_A_SET_OF_VALUES = re.compile(r"\{\s*[^\s{},]+(?:\s*,\s*[^\s{},]+)+\s*\}")


def _a_set_member(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is a value of a set the text writes out in braces: "structured memory
    operations {ADD, UPDATE, DELETE, NOOP}" lists an agent's actions, no data set or method; not a phrase a TeX source
    set in braces ("the {General Sticker Encoder (GSE)}")."""
    opening = text.rfind("{", max(0, start - 80), start)
    closing = text.find("}", end, end + 80)
    return opening != -1 and closing != -1 and bool(_A_SET_OF_VALUES.fullmatch(text, opening, closing + 1))


# A citation's author and year in brackets: "(KPMG, 2026)", "(Yang, 2012)", "(Smith et al., 2020; ...)".
_CITED_BEFORE = re.compile(r"[(;]\s*$")
_CITED_AFTER = re.compile(r"(?:\s+et\s+al\.?)?,?\s+(?:19|20)\d\d[a-z]?\s*[);,]")


def _a_citation(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is a citation's author: "as organizations confront scaling complexity
    (KPMG, 2026)" names no thing of the graph (not a system or data set Papers with Code lists: "(BERT, 2019)")."""
    return bool(_CITED_BEFORE.search(text, max(0, start - 3), start)) and bool(_CITED_AFTER.match(text, end)) \
        and not knowledge.known_types(text[start:end]) and not of_model_family(text[start:end])


# The headings of a structured abstract, written in capitals before a colon: "BACKGROUND:", "METHODS AND MATERIALS:".
_HEADINGS = frozenset({"BACKGROUND", "OBJECTIVE", "OBJECTIVES", "PURPOSE", "AIM", "AIMS", "INTRODUCTION", "METHOD",
                       "METHODS", "MATERIALS", "DESIGN", "SETTING", "RESULTS", "FINDINGS", "CONCLUSION", "CONCLUSIONS",
                       "SIGNIFICANCE", "DISCUSSION", "MOTIVATION", "CONTEXT", "APPROACH", "IMPORTANCE"})


def _a_heading(text: str, start: int, end: int) -> bool:
    """Whether the mention at ``text[start:end]`` is a structured abstract's heading: "METHODS AND MATERIALS: We used
    two text datasets ..." (no method named "MATERIALS")."""
    return text[start:end] in _HEADINGS and text[end : end + 2].lstrip().startswith(":")


# A Creative Commons licence's name, read as an acronym: "released under CC BY 4.0", "a CC BY-NC-SA 4.0 license".
_CREATIVE_COMMONS = re.compile(r"CC0?|CC[- ]BY[\w-]*")
_LICENCE_TERMS_AFTER = re.compile(r"(?:[- ]BY\b|[- ]?0\b|\s*[\d.]+\s+licen[cs]e|\s+licen[cs]e)", re.IGNORECASE)
# A bracketed short form closing a span: "Visual Intervention Decoding (VID)", as TDMSci marks a long form.
_BRACKETED_SHORT_FORM_AT_END = re.compile(r"\s+\(\s*([A-Za-z][\w-]{1,11})\s*\)$")


def _without_its_acronym(name: str) -> str:
    """A span's words without the bracketed acronym that closes it when they spell it out ("Multi-View Stereo (MVS)"
    typed as "Multi-View Stereo", by its own head; not "Llama 2 (7B)"): the type is the long form's."""
    bracket = _BRACKETED_SHORT_FORM_AT_END.search(name)
    if bracket is None or match_long_form(bracket.group(1), name[: bracket.start()].split()) is None:
        return name
    return name[: bracket.start()]


def _task_acronym(name: str, long_form: str | None, listed: bool = False) -> bool:
    """Whether ``name`` is an acronym the text defines by a task's name ("VG" for "visual grounding"): a task's head
    ends it, an activity Papers with Code lists as a task only ("UQ" for "uncertainty quantification"), or
    (``listed``) one it lists as a task ("SFDA" for "Source-Free Domain Adaptation", "CL" for "Continual learning";
    which it does for methods too: "knowledge distillation", "reinforcement learning"); or one the text leaves
    undefined that the gazetteer lists as a task ("ASR")."""
    if not long_form:
        return " " not in name and listed_as_task(name)  # "ASR", an acronym of a task the gazetteer lists
    return " " not in name \
        and (head_type(long_form.split()) == TASK or listed_activity(long_form)
             or bool(MEDIA_MAPPING.fullmatch(long_form))  # a mapping between media: "I2V" for "image-to-video"
             or listed and TASK in knowledge.known_types(long_form))


def _method_acronym(name: str, long_form: str | None) -> bool:
    """Whether ``name`` is an acronym the text defines by a method's name ("SFT" for "supervised fine-tuning", "DPO"
    for "direct preference optimization"), which Papers with Code does not list as data."""
    return bool(long_form) and " " not in name and head_type(long_form.split()) == METHOD \
        and DATASET not in knowledge.known_types(long_form) | knowledge.known_types(name)


# A count of data sets, and lower-case words describing them, before a name: "on five public ", "across 12 diverse ".
_COUNTED_BEFORE = re.compile(r"(?<![\w\-.])(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
                             r"multiple|various|many|numerous|\d{1,2})\s+"
                             r"(?:(?!(?:and|or|of|on|in|the|a|an)\s)[a-z][a-z\-]*\s+){0,3}$")
_COINED_CASE = re.compile(r".[a-z]+[A-Z]|.*\d")  # "WildStruct", "MedMNIST", "Sim2Real"


def _a_counted_kind(before: str, name: str, after: str) -> bool:
    """Whether a name between a count and a plural data noun says what kind of data the data sets counted are, not
    their name: "five public RGB-D SOD datasets", "12 diverse NLP datasets", "two existing surgical VideoQA
    benchmarks"; not a coined name ("four challenging WildStruct benchmarks") nor one Papers with Code lists as data
    ("five MedMNIST datasets")."""
    return bool(_DATA_PLURAL_AFTER.match(after)) and bool(_COUNTED_BEFORE.search(before)) \
        and not any(_COINED_CASE.match(word) for word in name.split()) \
        and DATASET not in knowledge.known_types(name)


def _data_for_a_task(name: str, before: str, after: str) -> bool:
    """Whether a task's acronym (:func:`_task_acronym`), read as data before a data set's noun, names what the data
    are for: "three VG benchmarks" and "a multi-source VG dataset" after "visual grounding (VG)", "existing ASR
    datasets", "public MSD benchmarks" (whatever else Papers with Code knows as MSD); not "the LRDD dataset" (Long
    Range Drone Detection), a data set's name, nor one data set Papers with Code lists so ("an MSD dataset")."""
    return bool(_DATA_PLURAL_AFTER.match(after)) \
        or bool(_DATA_SINGULAR_AFTER.match(after)) and not _THE_RIGHT_BEFORE.search(before) \
        and DATASET not in knowledge.known_types(name)


def _systems_for_a_task(name: str, before: str, after: str) -> bool:
    """Whether a task's acronym (:func:`_task_acronym`), read as a system before a system's noun, names what the
    systems do: "existing VSR models", "a novel VAD framework", "state-of-the-art NR-IQA models" (a task); not the
    paper's own system named after its task ("our DLED method", "the proposed FAVS framework")."""
    return bool(_SYSTEM_NOUN_AFTER.match(after)) and not _OWN_SYSTEM_BEFORE.search(before) \
        and not knowledge.known_types(name) - {TASK}


# The plural nouns of data sets, as a pattern: "datasets", "data sets", "benchmarks", "corpora".
_DATA_PLURALS_NOUN = r"(?:datasets|data\s+sets|benchmarks|corpora)"
_SYSTEM_NOUN_AFTER = re.compile(r"\s+(?:frameworks?|methods?|models?|approach(?:es)?|pipelines?|networks?|systems?"
                                r"|algorithms?|architectures?|techniques?)\b", re.IGNORECASE)
_OWN_SYSTEM_BEFORE = re.compile(r"\b(?:our|the|this|proposed)\s+(?:[\w\-]+\s+)?$", re.IGNORECASE)
_DATA_PLURAL_AFTER = re.compile(rf"\s+{_DATA_PLURALS_NOUN}\b", re.IGNORECASE)
_DATA_SINGULAR_AFTER = re.compile(r"\s+(?:benchmark|dataset|data\s+set|corpus)\b", re.IGNORECASE)
_THE_RIGHT_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


# A coined name set off by a comma and described as data with an indefinite article: "MMSI-Bench, a VQA benchmark",
# "CDER-SME, a cross-device Event-RGB dataset" (the words between say what the data are of, naming no data set: no
# "the", "from", "of" among them).
_NAME_SET_OFF_AS_DATA = re.compile(r"(?:[A-Z][\w\-]*[A-Z0-9][\w\-]*|[A-Z][a-z]+[A-Z][\w\-]*)\s*(?:\([^()]*\))?\s*,\s+"
                                   r"(?:which\s+is\s+)?an?\s+(?:(?!(?:the|from|of|on|in)\s)[\w\-]+\s+){0,6}$")


def _data_described_after_a_name(before: str, name: str, after: str) -> str | None:
    """Where a data set's reading is a word describing data a coined name before it names ("MMSI-Bench, a VQA
    benchmark", "EgoCS-400K, a ... egocentric Counter-Strike dataset"): TASK where it names a task, the empty string
    (no graph entity) otherwise; None where it is no such word, or the long form of the name ("SEED, a large-scale
    Sequentially Edited facE Dataset")."""
    described = _NAME_SET_OFF_AS_DATA.search(before)
    if described is None or not (_DATA_SINGULAR_AFTER.match(after) or _DATA_PLURAL_AFTER.match(after)):
        return None
    coined = re.match(r"[\w\-]+", described.group()).group()
    if any(match_long_form(short, name.split()) is not None for short in (coined, coined.split("-")[0])):
        return None
    return TASK if head_type(re.split(r"[\s-]+", name)) == TASK or TASK in knowledge.known_types(name) else ""


# A count of thousands closing a name: "CausalFact-60K", "LLaVA-665K" (not 2K, 4K or 8K, which name resolutions).
_COUNT_IN_THOUSANDS = re.compile(r"[-_ ](?![248][Kk]$)\d+(?:\.\d+)?[Kk]$")
# A problem a paper names: "a problem we define as", "the problem, which we term", "a new task, called", "we newly
# define a fine-grained Audio-Visual Learning task, termed" (not "proposed for infrared and visible image fusion task,
# termed FusionRegister", nor "a method tailored for the Text-to-SQL task, called SPFT-SQL": a method named after the
# task it is for).
_A_PROBLEM_NAMED = re.compile(r"\b(?:problem|task)\s*,?\s+(?:(?:which|that)\s+)?we\s+(?:define|call|term|name|dub)"
                              r"\s+(?:it\s+)?(?:as\s+)?$"
                              r"|\b(?:new|novel|define|defines|introduce|introduces)\s+"
                              r"(?:(?!(?:for|of|in|on|to)\b)[\w\-]+\s+){0,5}?(?:problem|task)\s*,?\s+"
                              r"(?:called|termed|named|dubbed)\s+(?:as\s+)?$")
# What systems are said to show or be prone to: "suffer from", "exhibit the", "are prone to".
_SUFFERED_FROM = re.compile(r"\b(?:suffers?\s+from|suffering\s+from|exhibit(?:s|ing)?|(?:prone|susceptible)\s+to)"
                            r"\s+(?:the\s+|a\s+|an\s+)?$")
# A measure's noun in the phrase set off after a name: "the Hypocrisy Gap, a mechanistic metric".
_A_MEASURE_SET_OFF = re.compile(r"\s*,\s*an?\s+(?:[\w\-]+\s+){0,3}?(?:metric|measure|score|index)\b")
# Last words of a phenomenon's name: "Composition Collapse", "Compliance Gap", "Self-Verification Dilemma".
_PHENOMENON_HEADS = frozenset({"collapse", "gap", "gaps", "dilemma", "tax", "bias", "biases", "leakage", "paradox",
                               "illusion", "curse", "trap", "hallucination", "hallucinations", "drift"})
# A phenomenon one word names on its own: "LLMs' propensity for hallucination", "Mitigation of Hallucination in ...".
_PHENOMENA = frozenset({"hallucination", "hallucinations", "sycophancy", "overfitting", "underfitting",
                        "overthinking", "oversmoothing", "over-smoothing", "miscalibration"})


def _names_a_phenomenon(name: str) -> bool:
    """A name of several words, Papers with Code knows none of them as a system, that a phenomenon's noun ends
    (:data:`_PHENOMENON_HEADS`): what a paper observes ("Neural Collapse", "Mimetic Bias"), not what it builds (an
    "inductive bias" is built into a model), nor a clause ("Mitigate Diagnosis Bias"); or one word of
    :data:`_PHENOMENA` ("hallucination")."""
    words = name.split()
    if len(words) == 1:
        return name.lower() in _PHENOMENA
    return words[-1].lower() in _PHENOMENON_HEADS and words[-2].lower() != "inductive" \
        and words[0].lower() not in BASE_VERBS and not knowledge.known_types(name) & {METHOD, MODEL}


# A verb of applying before a name and "to" after it: "We apply FPA to DPO", "we apply RLVR to a popular benchmark".
_APPLIED_BEFORE = re.compile(r"\b(?:apply|applies|applied|applying)\s+(?:the\s+|our\s+|a\s+)?$", re.IGNORECASE)
_TO_AFTER = re.compile(r"\s+to\s+")

# A name and the others of its kind after it: "X with other PEFT methods", "X and other baselines", "X and other
# benchmarks".
_AND_OTHER = re.compile(r"\s+(?:and|or|with|to|than)\s+(?:the\s+)?other\s+(?:[\w\-]+\s+){0,2}?(methods|techniques|"
                        r"approaches|algorithms|baselines|tasks|datasets|benchmarks)\b", re.IGNORECASE)
_OTHER_KINDS_OF = {"methods": METHOD, "techniques": METHOD, "approaches": METHOD, "algorithms": METHOD,
                   "baselines": METHOD, "tasks": TASK, "datasets": DATASET, "benchmarks": DATASET}


def _names_a_team(before: str, after: str) -> bool:
    """A title opened by a team's name at a shared task or a workshop, which a coined word names: "KUET at StanceNakba
    Shared Task: ...", "Team ACK at SemEval-2025 Task 2: ..."; the team is no method, model or data set ("Cartridges
    at Scale: ..." names a method)."""
    venue = re.match(r"\s+at\s+([^\s:]+)", after)
    return before.strip() in ("", "Team") and venue is not None and is_coined(venue.group(1))


def _type_repeats_by_cues(typed: list[list]) -> None:
    """A name that cue words type a system or a metric in one place has that type wherever else the text writes it:
    "We propose Intrinsic Quality (IQ), a validation-free metric" makes every later "IQ" a Metric, "MAPO
    substantially improves" every "MAPO" a Method, whatever the recogniser read there. Not where the cues disagree
    ("the RxnScribe benchmark", "the RxnScribe baseline"), nor for a name read as a task elsewhere, nor in a title's
    words, nor against the gazetteer's or Papers with Code's type ("P-tuning and LoRA models" are tuned with a
    method). A data set's cue stays where it is: a task's acronym before a data set's noun ("ASR benchmarks", "CT
    datasets") names what the data are for."""
    cued: dict[str, set[str]] = {}
    for span, note, kind, score in typed:
        if score == CUE_SCORE:
            cued.setdefault(span.text, set()).add(kind)
    for item in typed:
        kinds = cued.get(item[0].text)
        if kinds is not None and len(kinds) == 1 and kinds <= _SPREAD_KINDS and item[3] != CUE_SCORE \
                and item[2] != TASK and item[1].extractor not in _LISTED_BY_NAME \
                and not knowledge.known_types(item[0].text) - kinds:
            item[2] = next(iter(kinds))


def _type_short_forms_of_tasks(typed: list[list]) -> None:
    """An acronym read as data whose long form is typed a task everywhere in the text is a task too: "Automated
    Fact-Checking (AFC) relies on ...", the long form read as data and retyped by its task's words, the acronym
    with it."""
    kinds: dict[str, set[str]] = {}
    for span, note, kind, score in typed:
        kinds.setdefault(span.text, set()).add(kind)
    for item in typed:
        long_form = item[1].long_form
        if long_form and item[2] == DATASET and item[3] != CUE_SCORE and kinds.get(long_form) == {TASK}:
            item[2] = TASK


# Extractors that read a type from a span's words and context, which a rule may overrule.
_READ_BY_A_RECOGNISER = frozenset({"ner", "ner_generic", "repeat"})
# An acronym of capitals alone, two to six letters, an "s" for its plural allowed: "KGQA", "VLMs".
_CAPITALS = re.compile(r"[A-Z]{2,6}s?")


def _type_undefined_acronyms(typed: list[list], long_forms: dict[str, str]) -> None:
    """An acronym the text uses without defining it has the type of a name of several words the text writes whose
    initials spell it, written out before it: "Knowledge Graph Question Answering aims to ... LLMs have advanced KGQA"
    (KGQA a task, whatever the recogniser read), where a recogniser, not a rule or cue words, typed it."""
    spelt: dict[str, list[tuple[int, str]]] = {}
    for span, note, kind, score in typed:
        words = span.text.split()
        if len(words) >= 2 and all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words):
            initials = "".join(w[0] for w in words if w.lower() not in _SMALL_WORDS)
            spelt.setdefault(initials, []).append((span.start_char, kind))
    for item in typed:
        name = item[0].text
        if not _CAPITALS.fullmatch(name) or item[3] == CUE_SCORE or item[1].extractor not in _READ_BY_A_RECOGNISER \
                or item[1].long_form or _defined_long_form(name, long_forms):
            continue
        written = spelt.get(name.removesuffix("s") if name.endswith("s") and len(name) > 2 else name, [])
        kinds = {kind for start, kind in written if start < item[0].start_char}  # the name written out first
        if len(kinds) == 1 and not knowledge.known_types(name) - kinds:
            item[2] = next(iter(kinds))


def _defined_long_form(name: str, long_forms: dict[str, str]) -> str | None:
    """The long form the text defines ``name`` by, the acronym defined in the singular or the plural and used in the
    other: "RCTs" of "... trials (RCTs)", "RCT"."""
    return long_forms.get(name) or long_forms.get(name.removesuffix("s")) or long_forms.get(name + "s")


# A sentence listing a system's parts after a colon: "MICU, comprising two key components: ...", "three novel modules:
# ..." (not "stages:", whose steps are often tasks: "two stages: (1) semantic region segmentation ...").
_PARTS_NOUN_COLON = r"\b(?:components|modules|sub-?modules)\b[^.;:]{0,12}:"
_PARTS_LISTED = re.compile(_PARTS_NOUN_COLON + r"[^.;]*$", re.I)
_PARTS_OPENED = re.compile(_PARTS_NOUN_COLON, re.I)
_SMALL_WORDS = frozenset({"of", "and", "for", "the", "with", "in", "to", "on", "via", "by", "a", "an"})


def _in_title_case(name: str) -> bool:
    """Two words or more, each capitalised but small words: "Token Importance Measurement", "Cross modal Unified
    Jigsaw Puzzles" (a hyphen's pieces and one word in lower case after the first allowed)."""
    words = name.split()
    lower = [w for w in words[1:] if w.islower() and w not in _SMALL_WORDS]
    return len(words) >= 2 and words[0][:1].isupper() and len(lower) <= 1 and len(lower) < len(words) - 1


def _type_named_parts(text: str, typed: list[list], bounds: list[tuple[int, int]]) -> None:
    """Type as methods the named parts a sentence lists after "components:" or "modules:" that the recognisers read as
    tasks or data: "comprises two key components: Token Importance Measurement (TIME) and Token Adaptive Pruning
    (TAP)", "Cross modal Unified Jigsaw Puzzles (CUJP)" and their acronyms. Not a name cue words typed, nor a task or
    data set Papers with Code lists ("three components: Named Entity Recognition (NER) for identifying ..."). The
    name is a method wherever the text writes it."""
    def candidate(row: list) -> bool:
        span, note, kind, score = row
        name = _without_its_acronym(span.text)
        named = _in_title_case(name) or bool(note.long_form) and _in_title_case(note.long_form)
        return kind in (TASK, DATASET) and score != CUE_SCORE and note.extractor not in _LISTED_BY_NAME and named \
            and kind not in knowledge.known_types(note.long_form or name) and not names_a_benchmark(name)

    if not _PARTS_OPENED.search(text):
        return
    candidates = [row for row in typed if candidate(row)]
    parts = set()
    for span, note, *_ in candidates:
        if _PARTS_LISTED.search(text, next((s for s, e in bounds if s <= span.start_char < e), 0), span.start_char):
            parts |= {span.text, note.long_form or span.text}
    for row in candidates:
        if row[0].text in parts or row[1].long_form in parts:
            row[2], row[3] = METHOD, CUE_SCORE


def _type_acronyms_as_long_forms(typed: list[list], long_forms: dict[str, str]) -> None:
    """An acronym and the long form the text defines it by are one thing, of one type wherever the text writes either:
    "Large Language Models (LLMs)" a Model where the recogniser read "LLMs" as a method, "multimodal emotion
    recognition (MER)" a Task where it read "MER" as data. The type is the one the long form's head noun gives,
    when it is one of the two or Papers with Code gives it ("reinforcement learning (RL)": a Method where the
    long form was read as a task; "retrieval-augmented generation (RAG)" a Method where the two were read as a
    task and a model), else the one of the two Papers with Code gives the long form ("Natural Language Inference
    (NLI)", a Task, not a method by its head); with neither each keeps its reading. Not where either is typed one
    way in one place and another in the next, nor where a title's own name or the gazetteer's list typed it."""
    items: dict[str, list[list]] = {}
    for item in typed:
        items.setdefault(item[0].text, []).append(item)
    for short, short_items in items.items():
        long = next((item[1].long_form for item in short_items if item[1].long_form), None) \
            or _defined_long_form(short, long_forms)
        long_items = items.get(long or "", [])
        known = knowledge.known_types(long) if long else set()
        listed_task = known == {TASK} and not is_plural(long.split()[-1].lower())
        if not long_items and listed_task and head_type(long.split()) is None \
                and not any(item[1].extractor in _LISTED_BY_NAME or item[2] == MODEL for item in short_items):
            for item in short_items:
                item[2] = TASK  # "Virtual Try-On (VTON)", the long form found by no recogniser: a task to Papers with Code
            continue
        group = short_items + long_items
        short_kinds, long_kinds = {item[2] for item in short_items}, {item[2] for item in long_items}
        if len(short_kinds) > 1 and len(long_kinds) == 1 and (system := next(iter(long_kinds))) in (METHOD, MODEL) \
                and head_type(long.split()) == system \
                and not any(item[1].extractor in _LISTED_BY_NAME for item in group):
            for item in short_items:
                if item[3] != CUE_SCORE:
                    item[2] = system  # "the Adaptive Pseudo-label Module (APM)", then "the APM module" read as data: a
                    # system the long form's head names, where no cue word typed a use otherwise
            continue
        if not long_items or len(short_kinds) > 1 or len(long_kinds) > 1 or short_kinds == long_kinds \
                or any(item[1].extractor in _LISTED_BY_NAME for item in group):
            continue
        short_kind, long_kind = next(iter(short_kinds)), next(iter(long_kinds))
        read = {short_kind, long_kind}
        head = head_type(long.split())
        if short_kind == MODEL and _MODEL_CLASS.fullmatch(short):
            to = MODEL  # a class of models and its long form: "Vision-Language-Action (VLA) policies", "VLAs"
        elif head == TASK and long_kind in (METHOD, MODEL) and all(item[3] == CUE_SCORE for item in long_items) \
                and not any(item[3] == CUE_SCORE for item in short_items):
            to = long_kind  # "a framework, Knowledge-Enhanced ... Medical Report Generation (KERM)": the system's noun
            # before the long form says what it is, not the task its last words name
        elif head is not None and (head in read or head in known | knowledge.known_types(short)):
            to = head
        elif len(known & read) == 1:  # the long form's entries: an acronym is often another's
            to = next(iter(known & read))  # ("ACC" is accuracy there)
        elif (all(item[3] == CUE_SCORE for item in long_items)
              or short_kind == DATASET and long_kind in (METHOD, MODEL)
              and all(item[1].proposed for item in long_items)) \
                and not any(item[3] == CUE_SCORE for item in short_items):
            to = long_kind  # the words around the long form say what it is: "the task of Memorability Feedback
            # (MemFeed)", "MemFeed" read as a method; "a framework, named Multi-modal Reinforcement Sequence
            # Parallelism (MR-SP)", "MR-SP" read as data
        elif all(item[1].extractor == "list" for item in long_items) \
                and not any(item[3] == CUE_SCORE for item in short_items):
            to = long_kind  # the noun of a list says what its member is: "five metrics-..., Cold-Start Tax (Ctax), and
            # ...", "Ctax" read as a method
        elif long_kind == TASK and names_a_field(long) and short.isupper() or listed_task and MODEL not in read:
            to = TASK  # "computer vision (CV)": a field of study, "CV" read as a method; "Virtual Try-On (VTON)", a
            # task Papers with Code lists, read as a method (not a plural it lists as a topic: "Knowledge Graphs")
        else:
            continue  # nothing but the two readings to go by ("Reciprocal Rank Fusion (RRF)" read as data, "RRF" as
            # a method; a cue word's reading, "a Learning to Rank (LTR) model", as little): each keeps its own, and
            # the resolver weighs them with the other papers' votes
        for item in group:
            item[2] = to


def _type_plain_task_phrases(text: str, typed: list[list]) -> set[int]:
    """Type as tasks the plain task phrases the recognisers read as methods, where no cue words speak and the paper
    neither proposes nor presents them (:func:`_a_plain_task_phrase`): "Physics reasoning presents unique challenges",
    "a new state of the art for LiDAR localization", "BMI estimation". The starts of those retyped, each a graph entity
    only where the method would have been one ("end-to-end generation quality" is neither), or where the phrase ends
    before a stop or a function word (:data:`_A_PHRASE_ENDS`: "Spatio-temporal traffic forecasting is challenging",
    "improve ... treatment planning."; not "our data synthesis pipeline", a modifier of the noun after it, nor a verb's
    phrase, "do prioritize lane path detection")."""
    retyped = set()
    for row in typed:
        span, note, kind, _ = row
        start, end = span.start_char, span.end_char
        name = text[start:end]
        if kind != METHOD or not note.extractor.startswith("ner") or note.proposed or note.long_form \
                or not _a_plain_task_phrase(name):
            continue
        before, after = text[max(0, start - 40) : start], text[end : end + 80]
        if cue_type(before, name, after) is None \
                and not (_PRESENTED_RIGHT_BEFORE.search(before) and not _CALLED_A_TASK_AFTER.match(after)):
            row[2], row[3] = TASK, CUE_SCORE
            retyped.add(start)
    return retyped


# What ends a noun phrase right after it: a stop, a bracket, the text's end, a verb of being or having, a conjunction,
# a preposition or a relative pronoun ("forecasting is challenging", "planning.", "grounding and", "registration
# in").
_A_PHRASE_ENDS = re.compile(r"\s*(?:[.,;:()]|$|(?:is|are|was|were|has|have|had|can|remains?|and|or|in|with|for|of|on|"
                            r"to|by|from|through|via|under|across|using|before|after|that|which|while|at|as|without|"
                            r"into)\b)")


# An auxiliary, after which a phrase opens with a verb: "do prioritize lane path detection", "can offload ..." (not
# "to" or "that", as often a preposition or a clause's opening before a task: "contribute to hemodynamic parameter
# estimation", "reveals that long-range temporal reasoning is ...").
_A_VERB_FOLLOWS = re.compile(r"\b(?:do|does|did|can|could|will|would|may|might|must|should)\s+$", re.IGNORECASE)


def _a_verbs_object(text: str, start: int, name: str) -> bool:
    """Whether the phrase at ``start`` opens with a verb: after an auxiliary ("can offload computation-intensive object
    detection"), or a gerund of its own, before two words or more ("learning accurate depth estimation")."""
    return bool(_A_VERB_FOLLOWS.search(text, max(0, start - 12), start)) \
        or _opens_with_a_gerund(name) and len(name.split()) > 2


def _opens_with_a_gerund(name: str) -> bool:
    """Whether a gerund written alone opens ``name`` ("Scaling Instruction-Based Video Editing", "learning accurate
    depth estimation"; not a compound's participle, "Privacy-Preserving Face Recognition")."""
    first = name.split()[0]
    return first.endswith("ing") and "-" not in first


# What comes between a title's means and the task it serves: "for", and a modifier or two ("for Improved ...").
_FOR_A_TASK_BETWEEN = re.compile(r"\s+for\s+(?:[\w\-]+\s+){0,2}")
# A first word saying how a means works, not which task it is: "Selective", "Iterative", "Hypothesis-Guided",
# "Uncertainty-Weighted", "Gaussian-based", "Structural" (not "Zero-Shot", "3D", "GUI", "Natural", a task's own words).
_HOW_A_MEANS_WORKS = re.compile(r"(?:[A-Za-z]+-)?(?:[A-Za-z]{3,}(?:ive|(?<!e)ed)|(?i:based|guided|driven|aware|"
                                r"weighted|enhanced|efficient|hierarchical|progressive|dynamic|direct|conditional|"
                                r"contextual|structural|implicit|explicit|unified|hybrid|joint|sparse))")


def _type_means_for_a_task(title: str, mentions: list[Mention]) -> None:
    """In a title, a task's phrase the recognisers read before "for" and another task's phrase is the means to that
    task, the paper's method, where its first word says how it works: "Selective Demonstration Retrieval for Improved
    Implicit Hate Speech Detection", "Hypothesis-Guided Evaluation for Natural Language Generation" (not "GUI Grounding
    for ...", "3D Brain MRI Classification for ..."); not a task Papers with Code lists, which a paper studies for
    another ("Domain Adaptation for Object Detection"), nor one the abstract writes, whose reading there is the name's
    (:func:`_type_title_names_as_abstract`: "uncertainty estimation is ...", "we propose Sparse Imagination"), nor one
    word ("Segmentation for ..."). Its twin in :func:`doc_mentions` types a title's opening phrase with a hyphenated
    "-Guided" or "-based" before "for" whatever follows, with no abstract to read."""
    in_title = sorted((m for m in mentions if m.field == "title"), key=lambda m: m.start)
    written = {name_key(m.text) for m in mentions if m.field == "abstract"}
    for mention, following in zip(in_title, in_title[1:]):
        if mention.type == TASK and following.type == TASK and mention.extractor.startswith("ner") \
                and not mention.proposed and " " in mention.text \
                and _HOW_A_MEANS_WORKS.fullmatch(mention.text.split()[0]) \
                and _FOR_A_TASK_BETWEEN.fullmatch(title, mention.end, following.start) \
                and TASK not in knowledge.known_types(mention.text) and name_key(mention.text) not in written:
            mention.type = METHOD
            mention.graph = mention.graph and keep(mention.text, METHOD, mention.extractor, title, capitals=False)


def _type_proposals_as_systems(text: str, typed: list[list], long_forms: dict[str, str]) -> None:
    """A name the paper proposes, read as a task, is a method (a model where the words after call it one, a data set
    where the phrase set off after it does) unless a task's noun heads it or stands by it, or it names a phenomenon
    the paper observed: "we propose DEnoised Task Adaptation (DETA++) for reliable FSL", "We propose Spatial-Temporal
    Pre-Training (STPT)" name methods; "we introduce the Active Visual Reasoning (AVR) task", "a strategic dialogue
    task called Collaborative Battleship", "Dual Incremental Object Detection (DuIOD), a more practical setting" name
    tasks, and "a new Arabic lemmatization test set" data for one. Its acronym or long form takes the same type. Not
    where Papers with Code lists either as a task ("a new SFDA framework")."""
    retyped: dict[str, str] = {}
    for span, note, kind, _score in typed:
        name = span.text
        if kind != TASK or not note.proposed:
            continue
        other = note.long_form or _defined_long_form(name, long_forms) \
            or next((short for short, long in long_forms.items() if long == name), None)
        forms = [form for form in (name, other) if form]
        before = text[max(0, span.start_char - 60) : span.start_char]
        after = _BRACKETED_FORM.sub("", text[span.end_char : span.end_char + 160], count=1)
        set_off = after.removeprefix(")")  # "MITS (Multimodal Intelligent Traffic Surveillance), the first
        described = DATASET if set_off_as_data(set_off) else appositive_type(set_off)  # ... benchmark dataset"
        if any(head_type(form.split()) == TASK or TASK in knowledge.known_types(form) for form in forms) \
                and not (described in (METHOD, MODEL) and set_off.lstrip()[:1] == ",") \
                and not _SYSTEM_NOUN_NAMING.search(text[max(0, span.start_char - 100) : span.start_char]) \
                and not any(re.search(rf"\b{re.escape(form)}\s+is\s+{_IS_A_SYSTEMS_NOUN}", text) for form in forms):
            continue  # a task's head, unless the phrase set off after calls it a system ("We present Adaptive-k
            # retrieval, a simple and effective single-pass method ..."), the system's noun before it names it ("a
            # novel object detection framework in aerial images, named LANGuage-guided Object detection (LANGO)"), or
            # a sentence says what it is ("PRISM (Precision Restoration with ...). PRISM is a prompted conditional
            # diffusion framework")
        if _TASK_NOUN_BEFORE.search(before) or _TASK_NOUN_AFTER.match(after) or _DATA_NOUN_AFTER.match(after) \
                or _NAMED_PHENOMENON.search(before) or _names_a_phenomenon(name):
            continue  # a task's noun by it, what is proposed is data for the task ("a new Arabic lemmatization test
            # set"), or a phenomenon the paper names, a task it studies (:mod:`kg.extract.rules.patterns`)
        if described == TASK:
            continue
        retyped[name] = described or (MODEL if _MODEL_NOUN_AFTER.match(after) else METHOD)
        if other:
            retyped.setdefault(other, retyped[name])
    for item in typed:
        if item[0].text in retyped and item[2] == TASK:
            item[2] = retyped[item[0].text]


# A task's noun just before a proposed name or after it (its bracketed acronym skipped): "a new task, X", "a ... task
# called X", "X (ACR) task", "X, a more practical setting", "X, a task in which ...", "a key issue, named X".
_TASK_NOUN_BEFORE = re.compile(r"\b(?:tasks?|problems?|settings?|challenges?|issues?|dilemmas?)\s*[,:]?\s*"
                               r"(?:(?:(?:which|that)\s+)?(?:we\s+)?"
                               r"(?:call(?:ed)?|term(?:ed)?|named?|dub(?:bed)?|coin(?:ed)?)\s+|namely\s+)?"
                               r"(?:the\s+)?$", re.IGNORECASE)
_TASK_NOUN_AFTER = re.compile(r"\W*(?:(?:a|an|the)\s+)?(?:[\w\-]+\s+){0,3}?"
                              r"(?:tasks?|problems?|settings?|challenges?)\b", re.IGNORECASE)
# "a phenomenon we term Self-Jailbreak", "a failure mode we call Tunnel Vision", "an effect we call the ...": the
# naming the patterns rule types a task (:data:`kg.extract.rules.patterns.PHENOMENON_NOUNS`), read on the text.
_NAMED_PHENOMENON = re.compile(rf"\b(?:{'|'.join(sorted(PHENOMENON_NOUNS))})\W+(?:(?:that|which)\s+)?we\s+"
                               rf"(?:{'|'.join(sorted(CALLING_VERBS))})\s+(?:it\s+|this\s+)?(?:the\s+|as\s+)?"
                               r"[\"'“‘]?$", re.IGNORECASE)
# A system's noun and a verb of naming before a name: "a ... framework in aerial images, named X", "a method called X".
_SYSTEM_NOUN_NAMING = re.compile(r"\b(?:framework|method|approach|model|network|architecture|pipeline|system|"
                                 r"algorithm|paradigm|strategy|module)\b[^.;:()]{0,60}?\s(?:named|called|termed|"
                                 r"dubbed|coined)\s+(?:as\s+)?(?:the\s+)?$")
_MODEL_NOUN_AFTER = re.compile(r"\W*(?:models?|networks?|architectures?)\b", re.IGNORECASE)
# What a sentence says a name is, "X is a prompted conditional diffusion framework": an article, a few modifiers and a
# system's noun (not `entities._A_SYSTEMS_NOUN`, the noun before a name).
_IS_A_SYSTEMS_NOUN = (r"(?:a|an)\s+(?:[\w\-]+\s+){0,5}?(?:framework|method|model|approach|network|architecture|pipeline|"
                   r"system|algorithm|technique)\b")
_DATA_NOUN_AFTER = re.compile(rf"\s*(?:test\s+sets?|{DATASET_NOUN})\b", re.IGNORECASE)
_BRACKETED_FORM = re.compile(r"^\s*\([^()]{1,80}\)")

_SPREAD_KINDS = frozenset({METHOD, MODEL, METRIC})
# Acronyms of classes of models, the last word of a name: "LLMs", "VLM", "MLLMs", "VLAs", "LRMs", a diffusion one
# "dLLM", "dVLM" (not "MLM", masked language modelling).
_MODEL_CLASS = re.compile(r"d?(?:LLM|LM|VLM|LVLM|MLLM|LMM|SLM|VLA|LRM|VLLM)s?")


def _spells_a_model_class(long_form: str) -> bool:
    """Whether a class acronym's long form names models: "large language models", "Vision-Language-Action" (not a
    task's or method's head, nor an act's noun in "-ing": "language modeling", "label merging")."""
    words = long_form.split()
    return head_type(words) in (MODEL, None) and not words[-1].lower().endswith("ing")


# A system's role right before its name: "the ... baseline FMA-Net", "the strongest AF baselines MAD-LOGIC and ...".
_A_BASELINE = re.compile(r"\bbaselines?\s*$")
# An article, up to five modifiers and a system's noun, set off by a comma before a name, the phrase opening a clause
# or a verb's object: "we propose a novel hybrid method, X", "Subsequently, a unified framework, X" (not a preposition's
# object: "Built on an autoregressive model, YOFO accepts ...", "Constructed through a ... pipeline, FashionStylist").
_A_SYSTEMS_NOUN_SET_BEFORE = re.compile(r"(?:^|[.;:,]\s*|\b(?:propose|introduce|present|construct|design|develop|build|"
                                        r"adopt|devise)[sd]?\s+)"
                                        r"(?:[Aa]n?|[Oo]ne such|[Oo]ur)\s+(?:[\w\-]+\s+){0,5}?"
                                        r"(framework|method|approach|model|network|architecture|pipeline|algorithm|"
                                        r"technique|module)\s*,\s*$")
_MODEL_NOUNS = frozenset({"model", "network", "architecture"})
# A network's part after a name, or after its acronym: "Edge-Conv layers", "K-Nearest Neighbors (KNN) layer".
_PART_AFTER = re.compile(r"\)?\s*(?:\(\s*[^()\s]{1,15}\s*\)\s*)?(?:layers?|operators?)\b")
# A part's noun glued to the end of a coined name: "ShortModule", "FusionBlock".
_A_PART_GLUED = re.compile(r"[A-Z][A-Za-z]*[a-z](?:Module|Block|Layer)s?")
# A measure taken at a cut-off or a number of samples: "mAP@0.5", "R@1", "Pass@k", "NDCG@10", "Avg@64"; or at a rank:
# "Rank-1" (accuracy), "Top-5".
_AT_CUTOFF = re.compile(r"[A-Za-z][\w\-]*@(?:\d+(?:\.\d+)?|[kKnN])|(?:Rank|Top|rank|top)-\d{1,3}")
# A verb of measuring and its preposition: "as measured by", "quantified with", "assessed using".
_MEASURED_WITH = re.compile(r"\b(measured|quantified|evaluated|assessed|scored)\s+"
                            r"(?:by|with|using|via|in\s+terms\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
# A data set's noun and "for": what comes next is what the data serve ("a new benchmark for", "Datasets for").
_WHAT_DATA_SERVE = re.compile(r"\b(?:datasets?|data\s+sets?|benchmarks?|corpus|corpora|test\s+suites?)\s+for\s+$",
                              re.IGNORECASE)
_IN_THE_FIELD_OF = re.compile(r"\b(?:field|domain|area)s?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# Steps that type a span by the gazetteer's list of names or a title's own words: a cue elsewhere does not overrule
# them (a data set Papers with Code knows by a name a paper gives its method, "MIND", does not hold against the cue).
_LISTED_BY_NAME = frozenset({"title", "gazetteer"})


def _task_phrase(text: str) -> bool:
    """A phrase of plain words, lower-case or Title Case, headed by a task's noun, acronyms and dimensions among the
    words before it: "HDR image reconstruction", "MRSI matching", "protein folding", "Multi-Hop Question Answering",
    "Synthetic Cardiac MRI Generation", "Robust 3D Mask Presentation Attack Detection"; not a name ("Multi-Text CIR",
    "ImageNet classification" has a coined word, "APTOS 2019 Blindness Detection" a year)."""
    words = text.split()
    first = 1 if words and words[0].isupper() and len(words[0]) > 1 else 0
    return len(words) >= 2 and len(words) > first and _plain_word(words[-1]) and head_type(words) == TASK \
        and all(_plain_word(w) or _ACRONYM_OR_DIMENSION.fullmatch(w) for w in words[first:-1])


def _measure_phrase(text: str) -> bool:
    """A phrase of two words or more ended by a measure's noun, not opened by how good or how fine it is ("near-perfect
    scores", "coarse-grained scores"), nor a learning rate (a training setting) nor a phrase with "of"; or the time
    to an event ("time-to-first-token", "time to collision")."""
    if TIME_TO_AN_EVENT.match(text):
        return head_type(text.split()) != TASK  # not "Time-To-Collision Forecasting", a task
    words = text.split()
    if len(words) < 2:
        return False
    first = words[0].lower()
    return words[-1].lower() in _MEASURE_NOUNS and "of" not in words \
        and first not in EVALUATIVE_MODIFIERS and not first.startswith(("near-", "coarse", "fine-", "high", "low")) \
        and words[-2].lower() != "learning"


_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_ACRONYM_OR_DIMENSION = re.compile(r"[A-Z]{2,6}s?|\d[Dd]")  # "MRI", "MLLMs", "3D" (not "ImageNet", "2019")
# The last words of a measure's name: "token-level F1 score", "anomaly Detection Rate", "Cross-Domain Transfer Ratio".
_MEASURE_NOUNS = frozenset({"score", "scores", "rate", "rates", "ratio", "ratios", "accuracy", "precision", "recall",
                            "coefficient", "distance", "divergence"})


_NEXT_TITLE_WORD = re.compile(r" ([A-Z][a-z]+(?:-[A-Za-z]+)*)\b(?![\w.-])")


def _cut_before_a_noun(text: str, after: str) -> bool:
    """Whether a title's phrase of plain words stops before a capitalised noun that goes on with it ("Copy Detection"
    of "... Copy Detection Patterns", "Long-Horizon Agent" of "... for Long-Horizon Agent Safety"): a piece of a
    longer name. Not before a verb ("Unsupervised Semantic Segmentation Facilitates ..."), a stop word, a
    participle ("... Enhancement Based on ...") or a kind's noun ("... Tasks", "... Framework"), which the entity's
    label leaves out."""
    following = _NEXT_TITLE_WORD.match(after)
    words = text.split()
    if following is None or len(words) < 2 or not all(_plain_word(word) for word in words) or knowledge.lookup(text):
        return False
    word = following.group(1).lower()
    return not opens_a_clause(word) \
        and not word.endswith("ed") and word not in HEAD_TYPES and word.removesuffix("s") not in HEAD_TYPES


def _a_family_release(text: str) -> bool:
    """A name opened by a model family's name ("Gemini-TTS", "GPT-5-mini", "Wan2.2-T2V-A14B"), no word of it in lower
    case alone ("... guided search") nor all of it capitals without a digit ("PHI"), no class named after the family
    ("LLaVA-style MLLMs"), no measure ("Flux Error"), no data set by its own words
    ("Nemotron-Content-Safety-Dataset-V2", nor a count of thousands closing it: "LLaVA-665k") and no data set Papers
    with Code lists."""
    return of_model_family(text) and not any(word.islower() for word in text.split()) \
        and not _COUNT_IN_THOUSANDS.search(text) \
        and not re.search(r"-(?:style|based|like)\b", text) and text.split()[-1].lower() not in METRIC_HEADS \
        and not _DATA_WORD_INSIDE.search(text) \
        and not (text.isupper() and not any(c.isdigit() for c in text)) \
        and DATASET not in knowledge.known_types(text)


# A coined name and the size of the network it names: "DeiT-III-Small", "ConvNeXt-tiny", "LLaDA-8B-Base",
# "BERTimbau-large" (not "Objaverse-XL", "nuScenes-mini": data sets are cut down and scaled up as "XL" and "mini").
_SIZED_NETWORK = re.compile(r"(.*[^\s-])[-\s](?:(?i:small|base|large|huge|giant|tiny)|(?:Ti|S|B|L|XL|H|G)/\d{1,2})")
# A release by its parameters and tuning, "Sailor2-8B-Chat", "Meta-Llama-3-8B-Instruct", or by its version and tier,
# "MiMo-V2.5-Pro", "MiMo-v2-Flash" (not "Spider2-Lite", "nuScenes-mini": data cut down, no version apart).
_TUNED_RELEASE = re.compile(r"-\d+(?:\.\d+)?B-(?:Instruct|Chat|IT)\b")
_TUNED_OR_TIERED_RELEASE = re.compile(rf"(.*[^\s-])(?:{_TUNED_RELEASE.pattern}.*|[-\s](?:[vV]\d+(?:\.\d+)*|\d+\.\d+)"
                                      r"[-\s](?:Pro|Flash|Lite|Turbo|Max|Nano|Ultra|Plus))")


def _a_release_tried_on(name: str, after: str) -> bool:
    """Whether a name a cue word reads as data ("on X", "using X") is a model family's release
    (:func:`_a_family_release`), no count of data in millions closing it, no data set's noun right after it and no
    phrase set off after it calling it data ("Nemotron-Math, a ... dataset", "GPT-IMAGE-EDIT-1.5M, a publicly
    available, large-scale image-editing corpus")."""
    return _a_family_release(name) and not counts_millions_of_data(name) \
        and not names_a_benchmark(name) and not _DATA_NOUN_AFTER.match(after) and not set_off_as_data(after) \
        and appositive_type(after) != DATASET


def _a_sized_network(text: str) -> bool:
    """A coined name closed by the size of its network ("DeiT-III-Small", "JoyAI-LLM-48B-A3B Base"; with its patch
    size, "SiT-XL/2", "ViT-B/16"), or by its tuning or tier (:data:`_TUNED_OR_TIERED_RELEASE`), no data set's word
    inside ("MeetBench-Large") and no data set Papers with Code lists."""
    sized = _SIZED_NETWORK.fullmatch(text) or _TUNED_OR_TIERED_RELEASE.fullmatch(text)
    return sized is not None \
        and (is_coined(re.split(r"[-\s]", sized.group(1))[0]) or _TUNED_RELEASE.search(text) is not None) \
        and not _DATA_WORD_INSIDE.search(text) and not names_a_benchmark(sized.group(1)) \
        and DATASET not in knowledge.known_types(text)


_DATA_WORD_INSIDE = re.compile(rf"(?i)(?:\b|(?<=-))(?:{DATASET_NOUN}|bench)\b")


def _kind_of_its_name(text: str, read: str, title: bool = False) -> str | None:
    """The type of the name lower-case words lead to ("token-level SFT", "rare-class Dice", "byte-level WikiText-2",
    a title's "Bit-level BPE"), where Papers with Code knows that name as one thing and the phrase as nothing, and a
    recogniser read a task (a method, a measure or data) or a method (a measure); its architectures, which the list
    calls methods, are models ("Cross-modal Transformer" read as a task)."""
    words = text.split()
    if len(words) < 2 or not all(_LOWER_MODIFIER.fullmatch(word) or title and _TITLE_CASE_MODIFIER.fullmatch(word)
                                 for word in words[:-1]) \
            or not any(c.isupper() for c in words[-1]) or knowledge.known_types(text):
        return None
    known = knowledge.known_types(words[-1])
    if len(known) != 1:
        return None
    (kind,) = known
    if kind == METRIC and _NETWORK_ACRONYM.search(words[-1]):
        return None  # "residual CNN": Papers with Code's "CNN" metric is a leaderboard column
    if kind == METHOD and is_architecture_name(words[-1]):
        return MODEL if read == TASK else None
    return kind if read == TASK and kind in (METHOD, METRIC, DATASET) or read == METHOD and kind == METRIC else None


_LOWER_MODIFIER = re.compile(r"[a-z][a-z\-]*")
_TITLE_CASE_MODIFIER = re.compile(r"[A-Z][a-z]*-[a-z][a-z\-]*")  # a title's "Bit-level"
_NETWORK_ACRONYM = re.compile(r"(?:CNN|RNN|GAN|LSTM|GRU|GCN|GNN|MLP|VAE|Net)s?$")


def _without_praise(span: Span) -> Span:
    """A title's task phrase without a first word that only praises ("Efficient Image Super-Resolution" → "Image
    Super-Resolution"), where two words or more are left and Papers with Code does not know the whole."""
    first = span.start
    while first < span.end - 1 and not span.doc[first].whitespace_:
        first += 1  # "Cost-Effective", "High-Quality": one word of several tokens
    rest = span.doc[first + 1 : span.end]
    if span.doc[span.start : first + 1].text.lower() in EVALUATIVE_MODIFIERS and len(rest.text.split()) >= 2 \
            and not knowledge.lookup(span.text):
        return rest
    return span


# What a title's system or study is for, right before a name: "... Framework for", "... Modeling for", "... for
# Robust" (a praising word the name left out); or a subtitle's first words, "Temporal Chain of Thought: Long-Video
# Understanding by Thinking in Frames".
_FOR_A_PURPOSE = re.compile(r"\bfor\s+(?:(?P<praise>[\w\-]+)\s+)?$")
# A modifier saying how a thing works or what it is built on: "Uncertainty-Guided", "Query-Conditioned", "Training-Free".
# (Not "-Augmented": "Agentic Retrieval-Augmented Generation for ..." names a method other papers write too, which the
# title's mention joins whatever it is read as; as a method in plain title words it would leave the graph.)
_DONE_BY = re.compile(r"\w-(?:[Bb]ased|[Dd]riven|[Gg]uided|[Aa]ware|[Gg]rounded|[Cc]onditioned|[Cc]entric|[Ii]nformed|"
                      r"[Ee]nhanced|[Ff]ree|[Ii]nspired|[Aa]ssisted)\b")
_FOR_WHAT_FOLLOWS = re.compile(r"\s+for\s")
_IN_BEFORE = re.compile(r"\sin\s+$")
_SUBTITLE_START = re.compile(r"\S:\s+$")
# How a title's task is done: "... via X", "Enhancing SAM2 with X" (a verb of improving, then its object, then "with").
_BY_MEANS_OF = re.compile(r"\svia\s+$|^(?:[^:]*:\s*)?(?:Enhancing|Improving|Boosting|Augmenting|Empowering|"
                          r"Strengthening|Accelerating)\s[^:]*\swith\s+$")


# What a title studies, right before a name ("Towards", "A Survey on", "Accelerating"), or the means it is done by,
# right after ("... via", "... using").
_STUDY_BEFORE = re.compile(r"(?:^|[:\s])(?:Towards?|Surveys?\s+(?:on|of)|Reviews?\s+(?:on|of)|Evaluations?\s+of|"
                           r"Evaluating|Benchmarking|Accelerating)\s+$", re.IGNORECASE)
_MEANS_AFTER = re.compile(r"\s+(?:via|using|with|through|by)\s", re.IGNORECASE)


def _studied_in_a_title(before: str, after: str) -> bool:
    """Whether a title's phrase, between ``before`` and ``after``, is what the title studies or does by some means."""
    return bool(_STUDY_BEFORE.search(before) or _MEANS_AFTER.match(after))


def _for_a_purpose(before: str, name: str) -> bool:
    """Whether a title's name, written after ``before``, says what the title's system is for: after "for" (and a
    praising word), or opening the subtitle in four words or fewer, none of them coined."""
    found = _FOR_A_PURPOSE.search(before)
    if found:
        return found["praise"] is None or found["praise"].lower() in EVALUATIVE_MODIFIERS
    words = name.split()  # a subtitle's long phrase says what one system does ("Graph-guided Inductive Image-free
    # Multimodal Machine Translation"), no task; nor does the long form of the title's acronym ("SwS: Self-aware
    # Weakness-driven Problem Synthesis in ...")
    lead = before.rstrip().removesuffix(":").strip()
    return bool(_SUBTITLE_START.search(before)) and len(words) <= 4 and "and" not in words \
        and not any(_CODED_PART.search(part) for word in words for part in word.split("-")) \
        and not (ACRONYM_LEAD.fullmatch(lead) and match_long_form(lead, words) is not None)


# A noun of an action closing a phrase: "Remediation", "Mapping", "Maintenance", "Detection", "Analysis" (not a data
# set's noun: "Recordings", "Readings" are plural).
_AN_ACTION = re.compile(r"(?:tion|sion|ing|ance|ence|ment|ysis)$", re.I)


# A part of a word that is coined: capitals or digits after its first letter ("RGB", "R1"), not a dimension ("3D").
_CODED_PART = re.compile(r"^(?!\d+(?:\.\d+)?D$)(?:.+[A-Z0-9]|\d)")


# A large language or vision-language model class as the last piece of a hyphenated word: "AV-LLMs", "Med-VLM".
_A_MODEL_CLASS_PIECE = re.compile(r"\w-(?:M?LLM|L?VLM|LMM|SLM)s?$")
# The last piece of a hyphenated coined name that makes it a system or a system's part (not "-LM", "-Search": data sets
# are named so, "DataComp-LM", "MAT-Search").
_SYSTEM_PARTS = frozenset({"adapter", "adapters", "module", "modules", "network", "networks", "net", "encoder",
                           "decoder", "block", "layer", "router", "planner", "transformer", "agent", "agents"})


def _kind_by_own_head(text: str, read: str, title: bool = False) -> str | None:
    """The type a name of several words takes from its own last words where a recogniser read it as data, a task or a
    model, unless Papers with Code lists it as what was read. Read as data: a method's, a model's or a measure's head
    ("ARAP Regularization", "LLaVA-OneVision-7B model", "DTS ratio"). Read as a task: models, data written as a name or a
    policy optimisation method ("Vision-Language Models", "multi-robot perception network", "Cinematic Narrative
    Benchmark", "Hierarchical Preference Optimization", a module: "Gaussian-Map Update Module"); a task's word heads
    no such name, a method's head that names no task does outside a ``title`` ("Scale-invariant Attention"), a system's
    noun in one too ("QoS-aware State-Augmented Learnable Algorithm"). Read as a model: a task's or a method's head
    after plain words ("autoregressive visual generation").
    Read as a measure: a model's head ("a confidence-aware MLLM"). Read as a method or a model: a data set's noun in
    the singular after a coined word ("CASAS Aruba smart-home dataset", "MRE clinical dataset"; not "An
    Identity-Consistent Synthetic Human Dataset", a subtitle's description).
    A loss written as a name is a method whatever was read ("Object-Caption Alignment Loss")."""
    words = text.split()
    last_piece = text.rsplit("-", 1)[-1].lower()
    if read == DATASET and len(words) == 1 and "-" in text and last_piece in _SYSTEM_PARTS \
            and not knowledge.known_types(text):
        return HEAD_TYPES[last_piece]  # "SERA-Adapter", "CCE-Module", "CHR-Network", "CAIM-Net": a system's part or
        # the system by its coined name's last piece (the data sets named so are ones Papers with Code lists: "FG-NET")
    if len(words) < 2 or read in knowledge.known_types(text):
        return None
    named = all(word[:1].isupper() or word[:1].isdigit() for word in words)
    if _PROBLEM.search(text) and head_type(words) == TASK:  # "the All-Reduce problem", "Block Rearrangement
        # Problem": a problem named is a task (not "NP-hard search problem", a description)
        return TASK if read != TASK else None
    if named and words[-1] == "Loss":  # "Object-Caption Alignment Loss": a loss function the paper names, a method
        return METHOD
    if read == DATASET:
        found = head_type(words) if words[-1] != "scores" else None  # "X scores 0.44": a verb
        if _A_GERUND.fullmatch(words[-1]) and words[-1] not in _PARTICIPLES and not listed_as_data(words[0]):
            return found if found in (METHOD, MODEL) else TASK  # "ICD coding", "OpenClaw agent routing": an activity
            # a data set's name is no part of (not "MMLU reasoning", done on data a list knows)
        return found if found in (METHOD, MODEL, METRIC) else None
    if read == METRIC:
        return MODEL if head_type(words) == MODEL or headed_by_a_model_class(words) else None
    if words[-1].lower() in DATASET_NOUNS:  # a name, not a kind of data ("text-to-motion benchmarks"); a name's
        # data read as a system ("the CASAS Aruba smart-home dataset", "a challenging MRE clinical dataset")
        if read in (METHOD, MODEL):  # (a name in capitals too outside a title: "MIST (the Multimodal Interactive
            # Speech-based Tool-calling Dataset)"; a title's "A ... Dataset" describes)
            return DATASET if (is_coded(words[0]) or named and not title) and not is_plural(words[-1]) else None
        return DATASET if named else None
    if read == MODEL:  # plain words a task's or a method's head ends: "autoregressive visual generation", "Gated
        # Fusion Module", "Machine Learning" read as models (not "Mistral OCR", "Phi 4 Reasoning": a system's release)
        found = METHOD if words[-1].lower() in _PART_NOUNS else head_type(words)
        return found if found in (TASK, METHOD) and all(_plain_word(word) or DIMENSION.fullmatch(word)
                                                        for word in words) else None  # "feed-forward 4D reconstruction"
    if words[-1].lower() in _PART_NOUNS:  # "Structural Change Detection Module", "Spatial-Frequency Fusion Block": a
        return METHOD  # network's part, whatever task its words name
    if named and (_POLICY_OPTIMISATION.search(text) or words[-1].lower() in _SYSTEM_NOUN_HEADS
                  or is_a_tools_noun(words[-1]) or not title and words[-1] in _AN_AGENTS_NOUN) \
            or words[-1].lower() in _METHOD_ONLY_HEADS and not title and words[-2].lower() not in ("data", "dataset") \
            or named and not title and _AUGMENTED_GENERATION.search(text):
        return METHOD  # not "preference optimization", the activity; "Scale-invariant Attention", "Influence
        # Distillation", "cross-frame attention", "Zero-shot prompting", "token merging" name a method in an abstract
        # (not "Bilingual Web Search", "brain decoding", nor "dataset distillation", done to data; a title capitalises
        # every phrase: "... with Cross-View Attention" keeps its reading); so does a named way of generating, "Graph
        # Retrieval Augmented Generation" (a lower-case "retrieval-augmented generation" stays as read: a term whose
        # type the entity's votes decide)
    return MODEL if head_type(words) == MODEL else None


_PROBLEM = re.compile(r"\s[Pp]roblems?$")
# A lower-case word of an activity, and participles that run a span on past a name ("COMPASS-20K spanning ...").
_A_GERUND = re.compile(r"[a-z][a-z\-]{2,}ing")
_PARTICIPLES = frozenset({"spanning", "leading", "including", "covering", "containing", "comprising", "featuring",
                          "using", "showing", "following", "achieving", "reaching", "yielding"})
_AUGMENTED_GENERATION = re.compile(r"[Aa]ugmented\s+[Gg]eneration$")
_POLICY_OPTIMISATION = re.compile(r"(?:Policy|Preference) Optimi[sz]ation$")
# A method's heads that name no task: a phrase of them read as a task in an abstract is a method's (Papers with Code's
# tasks apart: "data augmentation", "network pruning").
_METHOD_ONLY_HEADS = frozenset({"attention", "distillation", "augmentation", "fine-tuning", "finetuning", "sampling",
                                "pruning", "quantization", "quantisation", "regularization", "regularisation",
                                "splatting", "prompting", "merging"})
# A system's nouns: a name they end read as a task is a method's, in a title too ("QoS-aware State-Augmented Learnable
# Algorithm for ...").
_SYSTEM_NOUN_HEADS = frozenset({"tokenizer", "estimator", "mechanism", "strategy", "algorithm", "framework",
                                "pipeline", "engine"})
_PART_NOUNS = frozenset({"module", "modules", "block", "blocks", "adapter", "adapters"})
# One agent of a system, named in an abstract: "an Object Grounding Agent establishes ...", "a learned Matting Quality
# Evaluator (MQE)" (a title's "Multi-Task Agent for ..." describes the paper's system; agents in the plural are a
# class). `entities._AGENT_NOUNS` leaves the ones still read as a task or data out of the graph.
_AN_AGENTS_NOUN = frozenset({"Agent", "Evaluator", "Assistant"})


def _plain_word(word: str) -> bool:
    """A word in lower case or Title Case, its hyphenated parts too ("Multi-Hop", "text-to-image"): no coined word."""
    return all(part.isalpha() and (part.islower() or part.istitle()) for part in word.split("-") if part)


# What joins the names of a list: "ALFWorld, WebShop, and HotpotQA", "GAIA or BFCL"; a list ends at the name
# after its "and" or "or" ("On VisualWebArena and WebArena, WALT achieves ...": WALT is no third member).
# What joins the names of a list, the last one perhaps the paper's own: "LERF, 3D-OVS, and our newly introduced REALM3D".
_OWN_LAST = r"(?:our\s+(?:(?:newly\s+)?(?:introduced|proposed|constructed)\s+|new\s+|own\s+)?)?"
_LIST_JOIN = re.compile(rf",\s*(?:(?:and|or)\s+{_OWN_LAST})?|\s+(?:and|or)\s+{_OWN_LAST}")
_LAST_JOIN = re.compile(r".*\b(?:and|or)\s+")
_BRACKET_OPENS = re.compile(r"\s*\(\s*")
_SCORE_OPENS = re.compile(r"\s*\(\s*[+\-−]?\d+(?:\.\d+)?\s*%?\s*")  # "(+6.97% " before the measure's name
_FUNCTION_WORDS = r"this|these|that|the|a|an|our|their|its|on|in|of|for|with|to|from"
# A data set's noun up to three words after a list is said of all its names ("using Sentinel-1, RCM, and AMSR2
# Data", "PCAM, CRC, and BACH histology image datasets"; not "... and Llama-3 on this dataset").
_DATA_AFTER = re.compile(rf"(?:\s+(?!(?:{_FUNCTION_WORDS})\b)[\w\-]+){{0,3}}?\s*(?i:{DATASET_NOUN}|data)\b")
# What opens a list of examples after a noun: "such as", "i.e.,", "namely", a colon, a bracket or a comma.
_EXAMPLES_OPEN = r"\s+(?:including|like|such\s+as)|\s*,?\s*(?:i\.e\.|e\.g\.|namely)\s*,?|\s*[:(,]"
# Where data is named before a list, which is then read on, not run: a preposition and up to two words ("on SDXL,
# SDXL-DPO, and FLUX", "experiments on challenging PCAM, CRC, and BACH"), or a data set's noun or a setting's
# plural before its examples ("benchmarks of SyntheticSR, ...", "four benchmarks, i.e., CVUSA, and CVACT", "tasks,
# FrozenLake, Maze, and MiniBehavior").
_DATA_BEFORE = re.compile(
    rf"(?:\b(?:on|from|across|over)(?:\s+[a-z][\w\-]*){{0,2}}"
    rf"|\b(?:{DATASET_NOUN}|tasks|environments|scenarios|games)"
    rf"(?:\s+of|{_EXAMPLES_OPEN}))"
    r"\s*(?:the\s+)?$", re.IGNORECASE)
# A data set's plural noun right before a list's examples: "datasets (e.g., AIME24 and AMC23)", "benchmarks such as".
_DATA_NOUN_BEFORE = re.compile(
    rf"\b{_DATA_PLURALS_NOUN}"
    rf"(?:{_EXAMPLES_OPEN})(?:\s*(?:i\.e\.|e\.g\.),?)?"
    r"\s*(?:the\s+)?$", re.IGNORECASE)
# The same noun with its names right after it: "three datasets LOCOMO, LONGMEMEVAL, and ...".
_DATA_NOUN_RIGHT_BEFORE = re.compile(rf"\b{_DATA_PLURALS_NOUN}\s+$", re.IGNORECASE)
# Data drawn from the names after it: "a dataset derived from DocLayNet and M6Doc", "a corpus built from ...".
_DATA_DRAWN_FROM = re.compile(rf"\b(?:{DATASET_NOUN}|data)\s+(?:[\w\-]+\s+)?(?:derived|built|constructed|collected"
                              r"|sourced|curated|extracted|drawn|compiled|assembled|sampled)\s+from\s+(?:the\s+)?$",
                              re.IGNORECASE)


def _list_runs(text: str, typed: list[list]) -> list[list[list]]:
    """The mentions of ``typed`` grouped into the lists they form in ``text``, each list ending at the name after
    its "and" or "or"; a name in brackets right after another goes with it ("Tree-of-Thoughts (ToT), and ..."), a
    measure after a score in brackets with none ("CoSApien (94.6% F1) and DynaBench (75.8% F1)"); any other mention
    outside a list is a run of its own."""
    runs: list[list[list]] = []
    closed = True  # the last run ended at the name after its "and"
    last_end = 0  # where the text between the last name and the next starts
    for item in typed:
        join = text[last_end : item[0].start_char] if runs else ""
        if runs and _SCORE_OPENS.fullmatch(join) and text.startswith(")", item[0].end_char):
            last_end = item[0].end_char  # "ViNLI (+6.97% F1), ViWikiFC ...": a score's measure in brackets after a
            continue  # name is no member of the list, which goes on after it
        last_end = item[0].end_char
        if runs and _BRACKET_OPENS.fullmatch(join) and text.startswith(")", item[0].end_char):
            runs[-1].append(item)  # "Tree-of-Thoughts (ToT), and ...": the name in brackets goes with the one before
            continue
        join = join.removeprefix(")")
        if not closed and _LIST_JOIN.fullmatch(join):
            runs[-1].append(item)
            closed = bool(_LAST_JOIN.match(join))
        else:
            runs.append([item])
            closed = False
    return runs


def _data_named_near(text: str, run: list[list], before: re.Pattern = _DATA_BEFORE) -> bool:
    """Whether the text just before a list (``before``: :data:`_DATA_BEFORE`, or :data:`_DATA_NOUN_BEFORE` where a
    preposition alone does not count) or just after it (:data:`_DATA_AFTER`) names data."""
    first, last = run[0][0].start_char, run[-1][0].end_char
    return bool(before.search(text[max(0, first - 40) : first]) or _DATA_AFTER.match(text, last))


# A systems' noun right before a list of names: "two such baselines, LL-AVG and LL-SUM", "the methods: X, Y and Z",
# "foundation models CLIP and GroundingDINO".
_SYSTEMS_NOUN_RIGHT_BEFORE = re.compile(r"\b(?:baselines|methods|approaches|algorithms|models|LLMs|backbones)"
                                        r"\s*[,:]?\s*"
                                        r"(?:(?:namely|i\.e\.,?)\s+)?$", re.IGNORECASE)
_DATA_PLURALS = frozenset({"datasets", "benchmarks", "corpora", "data"})
# A methods' plural noun and a colon right before a list: "three hallucination-reduction techniques: ...".
_METHODS_NOUN_COLON = re.compile(r"\b(?:baselines|methods|approaches|algorithms|techniques|strategies)\s*:\s*$")
# A measure's plural noun right after a list: "CLIP-T, CLIP-I, and DINO scores", "BLEU and ROUGE metrics".
_MEASURES_AFTER = re.compile(r"\s*(?:scores|metrics)\b")
# A measures' noun that opens a list: "five document-based metrics: References Completeness (RC), ...", "measures,
# namely ...", "metrics including BLEU and ROUGE".
_MEASURES_BEFORE = re.compile(r"\b(?:metrics|measures)\s*(?::|,?\s*(?:namely|i\.e\.,?|including))\s*$",
                              re.IGNORECASE)


def _type_listed_names(text: str, typed: list[list]) -> None:
    """Names listed beside others take the list's kind, where Papers with Code knows nothing else of them, they are
    written as names and no cue word typed them: a data set beside a name that Papers with Code and the
    recogniser both call one ("ALFWorld, WebShop and HotpotQA": WebShop, a benchmark the recogniser read as a
    method), or beside names most of the list are data sets of, data named near it ("Across SummEval, Topical-Chat,
    and QAGS": QAGS, read as a method; "OTS, Rain100H, and Snow100K": Rain100H, a data set to Papers with Code, read
    as a model); a system where the recogniser read most of the list as systems ("wav2vec 2.0, HuBERT, WavLM, and
    DinoSR": WavLM, read as a data set), unless data is named near the list (:func:`_data_named_near`)."""
    for run in _list_runs(text, typed):
        if len(run) < 2 or len(run) == 2 and not _LAST_JOIN.match(text[run[0][0].end_char : run[1][0].start_char]):
            continue  # "On Middlebury 2014, DepthTCM reaches ...": two names a comma parts are no list
        kinds = [item[2] for item in run]
        systems = [kind for kind in kinds if kind in (METHOD, MODEL)]
        first = run[0][0].start_char
        if _DATA_NOUN_RIGHT_BEFORE.search(text[max(0, first - 40) : first]) \
                or _DATA_DRAWN_FROM.search(text[max(0, first - 60) : first]) \
                or DATASET in kinds and _data_named_near(text, run, _DATA_NOUN_BEFORE):
            to, retyped = DATASET, (METHOD, MODEL, METRIC)  # "three datasets LOCOMO, LONGMEMEVAL, and ...", "the
            # real-world datasets InterCap, EgoBody, and BEHAVE" (the noun right before its names), "a dataset derived
            # from DocLayNet and M6Doc": names read as systems or metrics too
        elif any(item[2] == DATASET and knowledge.known_types(item[0].text) == {DATASET} for item in run) \
                or 2 * kinds.count(DATASET) > len(kinds) and (
                    _data_named_near(text, run) or 2 * sum(listed_as_data(item[0].text) for item in run) > len(run)):
            to, retyped = DATASET, (METHOD, MODEL)  # (most of the list data sets the gazetteer lists or benchmarks by
            # their names: "LooGLE, LongBench, LongBench-E, InfiniteBench, and MMLU-Pro")
        elif 2 * kinds.count(DATASET) == len(kinds) and _data_named_near(text, run) \
                and any(item[2] == DATASET and listed_as_data(item[0].text) for item in run):
            to, retyped = DATASET, (METHOD, MODEL)  # half the list data, a benchmark by its name or the gazetteer's
            # among them ("Results on ST-WebAgentBench and AgentHarm": AgentHarm read as a model), but no system the
            # gazetteer lists ("across MMMU and LLaVA")
            run = [item for item in run if not listed_as_system(item[0].text)]
        elif _data_named_near(text, run) \
                and any(item[2] == DATASET and listed_as_data(item[0].text) for item in run) \
                and all(item[2] == DATASET or item[1].extractor == "ner_generic" for item in run) \
                and not any(listed_as_system(item[0].text) for item in run):
            to, retyped = DATASET, (METHOD, MODEL)  # "Across APPS, CodeContests, and LiveCodeBench-v6, CPPO improves":
            # names only the generic-phrase recogniser typed, beside a listed data set where results are had
        elif _MEASURES_AFTER.match(text, run[-1][0].end_char) \
                or _MEASURES_BEFORE.search(text[max(0, first - 40) : first]):
            to, retyped = METRIC, (DATASET, METHOD, MODEL)  # "higher CLIP-T, CLIP-I, and DINO scores"
        elif len(systems) >= 2 and len(systems) > kinds.count(DATASET) and not _data_named_near(text, run):
            to, retyped = max((MODEL, METHOD), key=systems.count), (DATASET,)
            if METHODS_LIKE.search(text[max(0, first - 80) : first].lower()) \
                    or _METHODS_NOUN_COLON.search(text[max(0, first - 40) : first]):
                retyped = (DATASET, TASK)  # "approaches such as SFT, RL, Tree-of-Thoughts (ToT), and MCTS", "three
                # techniques: Chain of Verification (CoVe), ...": a task's reading among methods a methods' noun lists
                # (not a task's phrase, below)
        elif systems and (METHODS_LIKE.search(text[max(0, first - 80) : first].lower())
                          or _SYSTEMS_NOUN_RIGHT_BEFORE.search(text[max(0, first - 40) : first])) \
                and not _data_named_near(text, run):
            to, retyped = max((MODEL, METHOD), key=systems.count), (DATASET, METRIC)  # "two such baselines, LL-AVG
            # and LL-SUM": a measure's reading among the systems a methods' noun lists
        elif 2 * kinds.count(METRIC) >= len(kinds) and any(named_metric(item[0].text) for item in run):
            to, retyped = METRIC, (DATASET, METHOD, MODEL)  # "filtering with DreamSim and CLIPScore"
        else:
            continue
        for item in run:
            name = item[0].text
            if item[2] in retyped and item[3] != CUE_SCORE and knowledge.known_types(name) <= {to} and is_named(name) \
                    and name.split()[-1] not in _DATA_PLURALS \
                    and not (to == DATASET and listed_as_system(name) and DATASET not in knowledge.known_types(name)) \
                    and not (to == METRIC and head_type(name.split()) not in (None, METRIC)) \
                    and not (item[2] == TASK and (head_type(name.split(" of ", 1)[0].split()) == TASK
                                                  or TASK in knowledge.known_types(item[1].long_form or name))):
                # (not "the standard 4D Gaussian segmentation benchmarks", nor "Wikipedia dataset and BLEU metric", nor
                # a model the gazetteer lists that Papers with Code knows as no data: "CIFAR-10, FFHQ, Stable Diffusion
                # and FLUX.1-dev"; a task's head after "of" heads no task: "Chain of Verification (CoVe)" among
                # techniques)
                item[2], item[3] = to, CUE_SCORE


# The heads of data set names that name no system's part ("Memory Bank", "Evidence Collection" do).
_DATA_STORE_HEADS = frozenset({"dataset", "datasets", "benchmark", "benchmarks", "corpus", "corpora", "database",
                               "databases"})


def _known_or_generic(doc: Doc, span: Span) -> tuple[Span, SpanInfo]:
    """A generic-phrase span, or a named one: a name Papers with Code knows ("knowledge distillation",
    "object detection"; extractor ``ner_generic_known``) or a task named by a task's head noun ("age
    prediction", "frame identification"; ``ner_generic_task``). The model's type stays: the resolver weighs it
    against Papers with Code's ("3DGS" is a task there, a method in the abstracts); but a known name the
    recogniser, which learnt from a corpus without models, read as a method is a model where a model's noun heads
    it ("autoencoder", "neural network": Papers with Code lists architectures among its methods), and one of several
    words it lists only as a task, read as a method or data, a task; a name in capitals a data set's noun heads, read
    as a task, is data ("World Values Survey")."""
    known = knowledge.known_types(span.text)
    words = span.text.split()
    head = head_type(words)
    if known:
        if span.label_ == METHOD and head == MODEL:
            span = Span(doc, span.start, span.end, label=MODEL)
        elif span.label_ in (METHOD, DATASET) and known == {TASK} and len(span) >= 2 \
                and head in (None, TASK) and not is_plural(span[-1].lower_):
            span = Span(doc, span.start, span.end, label=TASK)  # "Low-Light Image Enhancement": a task of several
            # words to Papers with Code, none of them a system's head (not "Knowledge Graphs"; a measure's reading,
            # "semantic similarity", stays)
        return span, SpanInfo("ner_generic_known", GENERIC_SCORE)
    if span.label_ == TASK and head == TASK:
        return span, SpanInfo("ner_generic_task", GENERIC_SCORE)
    if len(words) > 2 and all(w[:1].isupper() for w in words[:-1]) and words[-1] != "Data" and head == DATASET \
            and (span.label_ == TASK or span.label_ == METHOD and words[-1].lower() in _DATA_STORE_HEADS):
        span = Span(doc, span.start, span.end, label=DATASET)  # "the World Values Survey", "Open Images Benchmark";
        # read as a method, "Bloom's Erdős Problems database", "A Real-world Large-scale Multi-modal Dataset" (not a
        # system's part: "Dynamic Memory Bank", "Evidence Collection")
    return span, SpanInfo("ner_generic", GENERIC_SCORE)


def _keep_topics(mentions: list[Mention], subject: str | None = None) -> None:
    """One decision per name in a paper, and the paper's subject kept.

    :func:`keep` judges each occurrence alone; a name kept once is kept wherever the paper writes
    it, and a name the title and the abstract share ("Shortcut Learning" / "the literature on
    shortcut learning") is the paper's subject (``keep(..., topic=True)``), as is the model a title opens
    with (``subject``, :func:`kg.extract.entities.title_subject`).
    """
    kept = {name_key(m.text) for m in mentions if m.graph}
    topics = topic_names([m.text for m in mentions if m.field == "title"],
                         [m.text for m in mentions if m.field == "abstract"]) | ({subject} if subject else set())
    for mention in mentions:
        if mention.graph:
            continue
        key = name_key(mention.text)
        if key in kept:
            mention.graph = keep(mention.text, mention.type, mention.extractor, long_form=mention.long_form,
                                 capitals=False, kept_elsewhere=True)
        elif key in topics:
            mention.graph = keep(mention.text, mention.type, mention.extractor, capitals=False, topic=True)


def _type_title_names_as_abstract(mentions: list[Mention]) -> None:
    """A name the title writes takes the type the abstract gives it everywhere: the recogniser reads Title Case less
    well ("Weighted Iterative Society-of-Experts" a task in the title, a method the abstract proposes), and the
    abstract's sentences say more. Not a name the title's own rule, a cue word or a list typed, nor one Papers with
    Code knows (its type is the resolver's to weigh)."""
    abstract_types: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.field == "abstract" and mention.graph:
            abstract_types.setdefault(mention.text, set()).add(mention.type)
    for mention in mentions:
        types = abstract_types.get(mention.text)
        if mention.field == "title" and types is not None and len(types) == 1 and mention.type not in types \
                and mention.extractor not in _LISTED_BY_NAME and mention.score != CUE_SCORE \
                and not knowledge.known_types(mention.text):
            mention.type = next(iter(types))


# A size's letter or word after a name: "ViTFS-T", "OMGSR-S", "SFD-XL", "X-Large".
_SIZE_SUFFIX = re.compile(r"(.+)-(?:[TSBLH]|XL|XXL|Tiny|Small|Base|Large|Huge|Lite|Mini|Nano)")


def _type_sized_variants(mentions: list[Mention]) -> None:
    """A size's variant of a system the paper names is that system's kind: "ViTFS-T can match the performance of a ViT
    B-16" read as data where the paper proposes "ViTFS", a model; "two variants: OMGSR-S (SD-Turbo) and OMGSR-F". Not a
    variant of a data set ("SSv2-Full and SSv2-Small"), nor a measure's ("perception-aligned metrics: RC-S, ...")."""
    systems: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.graph and mention.type in (METHOD, MODEL):
            systems.setdefault(mention.text, set()).add(mention.type)
    for mention in mentions:
        sized = _SIZE_SUFFIX.fullmatch(mention.text)
        kinds = systems.get(sized.group(1), set()) if sized else set()
        if mention.type in (DATASET, TASK) and len(kinds) == 1 and mention.extractor not in _LISTED_BY_NAME:
            mention.type = next(iter(kinds))


def _drop_untyped_acronyms(mentions: list[Mention], plain_terms: Set[str] = frozenset()) -> None:
    """An acronym the paper defines as a kind the graph does not type ("NSCLC" for non-small cell lung
    cancer, "HSI" for hyperspectral image), or as a plain term no recogniser read ("LLD" for late-life depression,
    ``plain_terms``), is no graph entity wherever the paper writes it, nor is that term; nor is another name of
    ``plain_terms`` (a team's: "the HealthNLP_Retrievers team")."""
    untyped = {m.text for m in mentions if m.long_form and (is_other_kind(m.long_form) or m.long_form in plain_terms)}
    untyped |= plain_terms
    for mention in mentions:
        if mention.graph and mention.text in untyped:
            mention.graph = False


def _add_occurrences(doc: Doc, name: str, kind: str) -> None:
    """Mark every use of a title-introduced name in the abstract as that entity."""
    spans, notes = [], []
    text = doc_text(doc)
    start = text.find(name)
    while start != -1:
        span = doc.char_span(start, start + len(name))
        if span is not None:
            spans.append(Span(doc, span.start, span.end, label=kind))
            notes.append(SpanInfo("title", TITLE_SCORE, proposed=True))
        start = text.find(name, start + len(name))
    add_entities(doc, spans, notes, overwrite=True)


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Character bounds of the sentences of ``doc``, as ``doc.sents`` gives them.

    Read from the token arrays: ``doc.sents`` first checks the annotation with a Python loop
    over every token, which costs more than the sentencizer itself.
    """
    if len(doc) == 0:
        return []
    table = doc.to_array([IDX, LENGTH, SENT_START]).astype(numpy.int64)
    starts = numpy.flatnonzero(table[:, 2] == 1)
    if not starts.size or starts[0] != 0:
        starts = numpy.concatenate(([0], starts))
    lasts = numpy.append(starts[1:] - 1, len(doc) - 1)
    return [(int(table[s, 0]), int(table[e, 0] + table[e, 1])) for s, e in zip(starts, lasts)]


def _sentence_index(sentences: list[Sentence], mention: Mention) -> int | None:
    for index, sentence in enumerate(sentences):
        if sentence.start <= mention.start < sentence.end:
            return index
    return None


def _load_roles():
    """The packaged sentence-role classifier; :class:`MissingModelError` names what is missing."""
    from kg.extract.roles import SentenceRoleClassifier

    try:
        return SentenceRoleClassifier.load()
    except FileNotFoundError as error:
        raise MissingModelError(f"packaged model kg/models/roles: {error}") from error
