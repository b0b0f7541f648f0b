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
L2 = (0.3, 1.0, 3.0, 10.0)
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
                    "features": claim_features(claim, lang, att.claims),
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


class Data:
    """One task's candidates and gold, with every gold x candidate match of score.py worked out once."""

    def __init__(self, task: str) -> None:
        self.task, self.score = task, _scorer()
        self.rows, self.articles = load(task)
        self.group = np.array([r["group"] for r in self.rows])
        match = self.score.sentence_match if task == "claims" else self.score.name_match
        by_file: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i, r in enumerate(self.rows):
            by_file[(r["group"], r["file"])].append(i)
        for a in self.articles:
            a["index"] = by_file[(a["group"], a["file"])]
            a["match"] = [[match(g, self.rows[i]["text"]) for i in a["index"]] for g in a[task]]

    def take(self, groups: list[str]) -> list[dict]:
        return [r for r, g in zip(self.rows, self.group, strict=True) if g in groups]

    def where(self, groups: list[str]) -> np.ndarray:
        return np.isin(self.group, groups)

    def score_group(self, group: str, keep: np.ndarray) -> dict:
        """P/R/F1 (and claim attribution accuracy) of a group's articles, keeping the candidates where `keep`
        (one flag per candidate of the task): score.py's greedy pairing over the kept candidates, in order."""
        tp = n_pred = n_gold = attr_ok = 0
        for a in self.articles:
            if a["group"] != group:
                continue
            kept = [j for j, i in enumerate(a["index"]) if keep[i]]
            used: set[int] = set()
            for gi, row in enumerate(a["match"]):
                for j in kept:
                    if j not in used and row[j]:
                        used.add(j)
                        tp += 1
                        if self.task == "claims":
                            attr_ok += a["attributed"][gi] == self.rows[a["index"][j]]["attributed"]
                        break
            n_pred += len(kept)
            n_gold += len(a[self.task])
        out = self.score.prf(tp, n_pred, n_gold)
        out["attribution"] = round(attr_ok / tp, 4) if tp else 0.0
        return out


def choose(data: Data, groups: list[str], off: bool = True) -> tuple[float, float, float]:
    """(l2, threshold, mean F1) maximising the mean leave-one-group-out F1 over `groups`; threshold 0 (keep every
    candidate) is one of the choices unless `off` is False."""
    best = (L2[0], 0.0, -1.0)
    for l2 in L2:
        probs = np.ones(len(data.rows))
        for g in groups:
            model = train(data.take([h for h in groups if h != g]), l2)
            probs[data.where([g])] = predict(data.take([g]), *model)
        for t in (0.0, *THRESHOLDS) if off else THRESHOLDS:
            f1 = float(np.mean([data.score_group(g, probs >= t)["f1"] for g in groups]))
            if f1 > best[2] + 1e-9:
                best = (l2, t, f1)
    return best


def evaluate(task: str) -> None:
    """Nested leave-one-round-out: for each held-out group, the l2 and threshold come from the other groups."""
    data = Data(task)
    table = []
    for held in GROUPS:
        others = [g for g in GROUPS if g != held]
        l2, t, _ = choose(data, others)
        probs = np.ones(len(data.rows))
        probs[data.where([held])] = predict(data.take([held]), *train(data.take(others), l2))
        off = data.score_group(held, np.ones(len(data.rows), bool))
        on = data.score_group(held, probs >= t)
        table.append((held, off, on, l2, t))
        print(
            f"{held:8s} off P {off['precision']:.3f} R {off['recall']:.3f} F1 {off['f1']:.3f}"
            f" attr {off['attribution']:.3f}"
            f" | on P {on['precision']:.3f} R {on['recall']:.3f} F1 {on['f1']:.3f} attr {on['attribution']:.3f}"
            f" | dF1 {on['f1'] - off['f1']:+.3f} (l2 {l2:g}, threshold {t:g}, dropped"
            f" {off['predicted'] - on['predicted']} of {off['predicted']})",
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
    """Train on every group; l2 and the best threshold above 0 by leave-one-group-out over all of them; write the
    model file, active only if the nested evaluation (`evaluate`) found the filter raising held-out F1 on average
    and on most groups."""
    data = Data(task)
    rows = data.rows
    l2, t, f1 = choose(data, list(GROUPS), off=False)
    f1_off = float(np.mean([data.score_group(g, np.ones(len(rows), bool))["f1"] for g in GROUPS]))
    vocab, w, b = train(rows, l2)
    held = OUT / f"evaluate-{task}.json"
    active, held_out = False, {}
    if held.exists():
        results = json.loads(held.read_text())
        gains = [r["on"]["f1"] - r["off"]["f1"] for r in results]
        active = float(np.mean(gains)) > 0 and sum(g > 0 for g in gains) > len(gains) / 2
        held_out = {r["held_out"]: [r["off"]["f1"], r["on"]["f1"]] for r in results}
    model = {
        "name": task,
        "kind": f"logistic regression (L2) over etl.core.screen.{task[:-1]}_features",
        "trained_on": list(GROUPS),
        "date": dt.date.today().isoformat(),
        "candidates": len(rows),
        "positives": int(sum(r["label"] for r in rows)),
        "l2": l2,
        "threshold": t,
        "cv_mean_f1": {"off": round(f1_off, 4), "on": round(f1, 4)},
        "held_out_f1": held_out,  # nested leave-one-round-out: [off, on] per held-out group
        "active": active,
        "bias": round(b, 4),
        "weights": {f: round(float(x), 4) for f, x in sorted(zip(vocab, w, strict=True)) if abs(x) >= 1e-4},
    }
    path = REPO / "etl" / "rules" / "models" / f"{task}.json"
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n")
    print(
        f"wrote {path.relative_to(REPO)}: {len(model['weights'])} weights, l2 {l2:g}, threshold {t:g}, "
        f"leave-one-round-out mean F1 {f1_off:.4f} off, {f1:.4f} on, active {active}"
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
