"""Train and evaluate the learned claim filter (etl/core/screen.py) on the gold articles: dev and rounds 1-6.

    .venv/bin/python benchmarks/gold/train.py collect          # run Kabar (filters off) on every gold article
    .venv/bin/python benchmarks/gold/train.py evaluate --task claims|sources   # leave-one-round-out, off and on
    .venv/bin/python benchmarks/gold/train.py fit --task claims|sources        # write etl/rules/models/TASK.json

Every candidate claim Kabar produces is described by etl.core.screen.claim_features and labelled by whether it
matches a gold claim of its article (sentence_match of ../shared/eval/score.py). An L2-regularised logistic
regression (numpy, Newton steps) learns the weights; the regularisation and the threshold are chosen by
leave-one-round-out cross-validation on the training rounds only, so the held-out round of `evaluate` is never
seen by any choice made for it. The candidates (with their sentences) stay in .bench/learn (git-ignored); the
model file holds feature names and weights only. Round 7 is blind: never read here.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))
SHARED = REPO / ".." / "shared"
DEV = SHARED / "corpus" / "dev"
OUT = REPO / ".bench" / "learn"
ROUNDS = (1, 2, 3, 4, 5, 6)  # round 7 is the next blind test: never listed here
GROUPS = ("dev", *(f"round-{n}" for n in ROUNDS))
THRESHOLDS = tuple(round(t, 3) for t in np.arange(0.05, 0.701, 0.025))
L2 = (1.0, 3.0, 10.0)
MIN_COUNT = 3  # a feature seen in fewer training candidates gets no weight


def _scorer():
    spec = importlib.util.spec_from_file_location("kabar_gold_score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_articles():
    """(group, file name, raw bytes, gold) of every gold article: dev, then rounds 1-6."""
    for path in sorted((DEV / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        yield "dev", gold["file"], (DEV / "raw" / gold["file"]).read_bytes(), gold
    import rounds  # benchmarks/gold/rounds.py: the offsets -> gold spans

    for number in ROUNDS:
        for path in sorted(rounds.round_dir(number).glob("*.json")):
            packed = json.loads(path.read_text(encoding="utf-8"))
            gold = rounds.unpack_one(packed)
            yield f"round-{number}", gold["file"], (rounds.POOL / packed["file"]).read_bytes(), gold


def collect() -> None:
    """Run the extraction (filters off) on every gold article; write each candidate with its features and label."""
    os.environ["KABAR_LEARNED"] = "off"
    from etl.core.attribution import attribute
    from etl.core.pipeline import Rejected, build_articles, read_document, sha256_hex
    from etl.core.screen import claim_features, source_features
    from etl.rules.cues import language

    score = _scorer()
    OUT.mkdir(parents=True, exist_ok=True)
    rows: dict[str, list[dict]] = {"claims": [], "sources": []}
    articles = []
    for group, name, raw, gold in gold_articles():
        uri = f"{group}/{name}"
        try:
            record = build_articles(sha256_hex(raw), uri, read_document(uri, raw))[0]
        except Rejected:
            record = None
        spans = [c["span"] for c in gold.get("claims", [])]
        names = [x["name"] for x in gold.get("sources", [])]
        articles.append(
            {
                "group": group,
                "file": name,
                "claims": spans,
                "attributed": [bool(c.get("attributed")) for c in gold.get("claims", [])],
                "sources": names,
            }
        )
        if record is None:
            continue
        c = record.clean
        att = attribute(c.title, c.lede, c.body, c.outlet)
        lang = language(att.language)
        for claim in att.claims:
            rows["claims"].append(
                {
                    "group": group,
                    "file": name,
                    "text": claim.sentence,
                    "attributed": claim.attributed,
                    "label": any(score.sentence_match(g, claim.sentence) for g in spans),
                    "features": claim_features(claim, lang),
                }
            )
        for source in att.sources:
            rows["sources"].append(
                {
                    "group": group,
                    "file": name,
                    "text": source.name,
                    "label": any(score.name_match(g, source.name) for g in names),
                    "features": source_features(source, lang),
                }
            )
    for task, task_rows in rows.items():
        (OUT / f"{task}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in task_rows))
        print(f"{task}: {len(task_rows)} candidates, {sum(r['label'] for r in task_rows)} match the gold")
    (OUT / "articles.json").write_text(json.dumps(articles, ensure_ascii=False))
    print(f"{len(articles)} articles: {dict(Counter(a['group'] for a in articles))}")


def load(task: str) -> tuple[list[dict], list[dict]]:
    rows = [json.loads(line) for line in (OUT / f"{task}.jsonl").read_text().splitlines()]
    return rows, json.loads((OUT / "articles.json").read_text())


# --- the model ---------------------------------------------------------------------------------------------------


def vocabulary(rows: list[dict]) -> list[str]:
    counts = Counter(f for r in rows for f in r["features"])
    return sorted(f for f, n in counts.items() if n >= MIN_COUNT)


def matrix(rows: list[dict], vocab: list[str]) -> np.ndarray:
    index = {f: i for i, f in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab)))
    for i, r in enumerate(rows):
        for f in r["features"]:
            if f in index:
                x[i, index[f]] = 1.0
    return x


def fit(x: np.ndarray, y: np.ndarray, l2: float, steps: int = 25) -> tuple[np.ndarray, float]:
    """Weights and bias of an L2-regularised logistic regression (Newton steps; the bias is not penalised)."""
    n, d = x.shape
    xb = np.hstack([x, np.ones((n, 1))])
    w = np.zeros(d + 1)
    penalty = np.full(d + 1, l2)
    penalty[-1] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(xb @ w, -30, 30)))
        grad = xb.T @ (p - y) + penalty * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w[:-1], float(w[-1])


def train(rows: list[dict], l2: float) -> tuple[list[str], np.ndarray, float]:
    vocab = vocabulary(rows)
    w, b = fit(matrix(rows, vocab), np.array([r["label"] for r in rows], dtype=float), l2)
    return vocab, w, b


def predict(rows: list[dict], vocab: list[str], w: np.ndarray, b: float) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(matrix(rows, vocab) @ w + b, -30, 30)))


# --- scoring with the real scorer's matching ---------------------------------------------------------------------


def score_group(rows: list[dict], keep: np.ndarray, articles: list[dict], score, task: str) -> dict:
    """P/R/F1 of one group's articles (and claim attribution accuracy), keeping the candidates where `keep`."""
    pred: dict[str, list[dict]] = defaultdict(list)
    for r, k in zip(rows, keep, strict=True):
        if k:
            pred[r["file"]].append(r)
    match = score.sentence_match if task == "claims" else score.name_match
    tp = n_pred = n_gold = attr_ok = 0
    for a in articles:
        p = pred.get(a["file"], [])
        pairs = score.greedy_pairs(a[task], [r["text"] for r in p], match)
        tp += len(pairs)
        n_pred += len(p)
        n_gold += len(a[task])
        if task == "claims":
            attr_ok += sum(a["attributed"][gi] == p[pi]["attributed"] for gi, pi in pairs)
    out = score.prf(tp, n_pred, n_gold)
    out["attribution"] = round(attr_ok / tp, 4) if tp else 0.0
    return out


def choose(rows: list[dict], articles: list[dict], groups: list[str], score, task: str) -> tuple[float, float, float]:
    """(l2, threshold, mean F1) maximising the mean leave-one-group-out F1 over `groups`."""
    best = (L2[0], 0.0, -1.0)
    for l2 in L2:
        probs = {}
        for g in groups:
            train_rows = [r for r in rows if r["group"] in groups and r["group"] != g]
            test = [r for r in rows if r["group"] == g]
            probs[g] = predict(test, *train(train_rows, l2))
        for t in (0.0, *THRESHOLDS):
            f1 = np.mean(
                [
                    score_group(
                        [r for r in rows if r["group"] == g],
                        probs[g] >= t,
                        [a for a in articles if a["group"] == g],
                        score,
                        task,
                    )["f1"]
                    for g in groups
                ]
            )
            if f1 > best[2] + 1e-9:
                best = (l2, t, float(f1))
    return best


def evaluate(task: str) -> None:
    """Nested leave-one-round-out: for each held-out group, the l2 and threshold come from the other groups."""
    score = _scorer()
    rows, articles = load(task)
    table = []
    for held in GROUPS:
        others = [g for g in GROUPS if g != held]
        l2, t, _ = choose(rows, articles, others, score, task)
        vocab, w, b = train([r for r in rows if r["group"] != held], l2)
        test = [r for r in rows if r["group"] == held]
        arts = [a for a in articles if a["group"] == held]
        p = predict(test, vocab, w, b)
        off = score_group(test, np.ones(len(test), bool), arts, score, task)
        on = score_group(test, p >= t, arts, score, task)
        table.append((held, off, on, l2, t))
        print(
            f"{held:8s} off P {off['precision']:.3f} R {off['recall']:.3f} F1 {off['f1']:.3f}"
            f" attr {off['attribution']:.3f}"
            f" | on P {on['precision']:.3f} R {on['recall']:.3f} F1 {on['f1']:.3f} attr {on['attribution']:.3f}"
            f" | dF1 {on['f1'] - off['f1']:+.3f} (l2 {l2:g}, threshold {t:g}, dropped {len(test) - on['predicted']}"
            f" of {len(test)})",
            flush=True,
        )
    gains = [on["f1"] - off["f1"] for _, off, on, _, _ in table]
    print(
        f"mean dF1 {np.mean(gains):+.4f}; rounds gaining {sum(g > 0 for g in gains)} of {len(gains)}, "
        f"losing {sum(g < 0 for g in gains)}"
    )
    (OUT / f"evaluate-{task}.json").write_text(
        json.dumps(
            [{"held_out": h, "off": off, "on": on, "l2": l2, "threshold": t} for h, off, on, l2, t in table], indent=1
        )
    )


def write_model(task: str) -> None:
    """Train on every group; l2 and threshold by leave-one-group-out over all of them; write the model file."""
    score = _scorer()
    rows, articles = load(task)
    l2, t, f1 = choose(rows, articles, list(GROUPS), score, task)
    vocab, w, b = train(rows, l2)
    held = OUT / f"evaluate-{task}.json"
    active = False
    if held.exists():
        results = json.loads(held.read_text())
        gains = [r["on"]["f1"] - r["off"]["f1"] for r in results]
        active = float(np.mean(gains)) > 0 and sum(g > 0 for g in gains) > len(gains) / 2
    model = {
        "name": task,
        "kind": f"logistic regression (L2) over etl.core.screen.{task[:-1]}_features",
        "trained_on": list(GROUPS),
        "date": dt.date.today().isoformat(),
        "candidates": len(rows),
        "positives": int(sum(r["label"] for r in rows)),
        "l2": l2,
        "threshold": t,
        "cv_mean_f1": round(f1, 4),
        "active": active,
        "bias": round(b, 4),
        "weights": {f: round(float(x), 4) for f, x in sorted(zip(vocab, w, strict=True)) if abs(x) >= 1e-4},
    }
    path = REPO / "etl" / "rules" / "models" / f"{task}.json"
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n")
    print(
        f"wrote {path.relative_to(REPO)}: {len(model['weights'])} weights, l2 {l2:g}, threshold {t:g}, "
        f"leave-one-round-out mean F1 {f1:.4f}, active {active}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["collect", "evaluate", "fit"])
    parser.add_argument("--task", choices=["claims", "sources"], default="claims")
    args = parser.parse_args()
    if args.command == "collect":
        collect()
    else:
        {"evaluate": evaluate, "fit": write_model}[args.command](args.task)


if __name__ == "__main__":
    main()
