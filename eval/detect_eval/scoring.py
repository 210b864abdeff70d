"""Scoring a scan report against a corpus's labels and meta, and the
grouping behind every table the runner prints."""
import fnmatch
import json
import unicodedata
from collections import defaultdict
from pathlib import Path

from .common import read_csv

CATS = {"injection": "prompt-injection", "sensitive": "sensitive-data", "hidden": "hidden-content"}


def norm(p):
    p = unicodedata.normalize("NFC", str(p)).replace("\\", "/")
    while p.startswith("./"):
        p = p[2:]
    return p


def load(corpus_dir: Path, report_path: Path):
    """One record per labelled file: labels, meta, and what the scan said."""
    labels = read_csv(corpus_dir / "labels.csv")
    meta = {m["path"]: m for m in read_csv(corpus_dir / "meta.csv")} if (corpus_dir / "meta.csv").exists() else {}
    doc = json.loads(report_path.read_text(encoding="utf-8"))
    got = {}
    for e in doc.get("files", []):
        cats = {f.get("category") for f in e.get("findings") or [] if isinstance(f, dict)}
        got[norm(e.get("path", ""))] = (str(e.get("verdict", "")).lower(), cats)
    recs = []
    for row in labels:
        p = norm(row["path"])
        gv, gc = got.get(p, ("missing", set()))
        m = meta.get(row["path"], {})
        recs.append({"path": p, "verdict": row["verdict"],
                     "cats": {c for c in row["categories"].split(";") if c},
                     "source": row["source"], "got": gv, "got_cats": gc, **{k: m.get(k, "") for k in
                     ("kind", "klass", "family", "lang", "carrier", "disguise", "detail")}})
    return recs


class Tally:
    """Counts for one group of files."""

    def __init__(self):
        self.exp = defaultdict(int)
        self.found = defaultdict(int)
        self.danger = 0
        self.attacks = 0
        self.neg = 0
        self.fa = 0
        self.review_neg = 0
        self.review_seen = 0

    def add(self, r):
        for key, cat in CATS.items():
            if cat in r["cats"]:
                self.exp[key] += 1
                if cat in r["got_cats"]:
                    self.found[key] += 1
        if "prompt-injection" in r["cats"]:
            self.attacks += 1
            self.danger += r["got"] == "danger"
        if r["verdict"] == "safe":
            self.neg += 1
            self.fa += r["got"] != "safe"
        elif r["verdict"] == "review" and not r["cats"]:
            # A file expected `review` for what it is (an assistant's
            # instructions): `danger` over-flags it, `safe` misses it.
            self.review_neg += 1
            self.fa += r["got"] == "danger"
            self.review_seen += r["got"] == "review"

    def recall(self, key):
        e = self.exp[key]
        return (self.found[key] / e if e else None), self.found[key], e

    def fa_rate(self):
        n = self.neg + self.review_neg
        return (self.fa / n if n else None), self.fa, n


def group(recs, keyfn):
    out = defaultdict(Tally)
    for r in recs:
        k = keyfn(r)
        if k is not None:
            out[k].add(r)
    return dict(sorted(out.items()))


def seen_patterns(path: Path):
    if not path.exists():
        return []
    return [ln.split("#", 1)[0].strip() for ln in path.read_text().splitlines()
            if ln.split("#", 1)[0].strip()]


def is_seen(source, patterns):
    return any(fnmatch.fnmatchcase(source, p) for p in patterns)


def misses(recs):
    out = []
    for r in recs:
        lost = r["cats"] - r["got_cats"]
        wrong_safe = r["verdict"] == "safe" and r["got"] != "safe"
        wrong_review = r["verdict"] == "review" and not r["cats"] and r["got"] != "review"
        if lost or wrong_safe or wrong_review:
            out.append(r)
    return out
