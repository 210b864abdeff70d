"""Shared helpers: the cache folder, label files, and deterministic picks.

Every corpus is a folder of files plus `labels.csv` in the format of
`shared/eval/labels.csv` (path,verdict,categories,source) and `meta.csv`
with the extra columns the report groups by (class, family, language,
carrier, disguise). Paths are relative to the corpus folder's `files/`.
"""
import csv
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
META_FIELDS = ("path", "kind", "klass", "family", "lang", "carrier", "disguise", "detail")


def cache_dir() -> Path:
    base = os.environ.get("AIRLOCK_EVAL_CACHE") or os.path.join(
        os.environ.get("TMPDIR") or "/tmp", "airlock-eval")
    p = Path(base)
    p.mkdir(parents=True, exist_ok=True)
    return p


def downloads_dir() -> Path:
    p = cache_dir() / "downloads"
    p.mkdir(parents=True, exist_ok=True)
    return p


def say(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def stable_hash(*parts) -> int:
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).digest()
    return int.from_bytes(h[:8], "big")


def pick(seq, *key):
    """A choice that depends only on the key, not on the order of calls."""
    return seq[stable_hash(*key) % len(seq)]


class CorpusWriter:
    """Collects files and their labels for one corpus folder."""

    def __init__(self, root: Path, source: str):
        self.root = Path(root)
        self.files = self.root / "files"
        if self.root.exists():
            shutil.rmtree(self.root)
        self.files.mkdir(parents=True)
        self.source = source
        self.rows = []
        self.meta = []
        self._names = set()

    def unique(self, rel: str) -> str:
        rel = rel.replace("\\", "/")
        base, dot, ext = rel.rpartition(".")
        if not dot or "/" in ext:
            base, ext = rel, ""
        n, cand = 1, rel
        while cand.lower() in self._names:
            n += 1
            cand = f"{base}-{n}.{ext}" if ext else f"{base}-{n}"
        self._names.add(cand.lower())
        return cand

    def add_bytes(self, rel, data: bytes, **label) -> str:
        rel = self.unique(rel)
        dest = self.files / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(data)
        self.label(rel, **label)
        return rel

    def add_text(self, rel, text: str, **label) -> str:
        return self.add_bytes(rel, text.encode("utf-8"), **label)

    def add_file(self, rel, src: Path, **label) -> str:
        return self.add_bytes(rel, Path(src).read_bytes(), **label)

    def reserve(self, rel) -> Path:
        """A path to write into directly (for formats written by a library)."""
        rel = self.unique(rel)
        dest = self.files / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        return dest

    def label(self, rel, verdict="safe", categories=(), source=None, kind="negative",
              klass="", family="", lang="", carrier="", disguise="", detail=""):
        self.rows.append({"path": rel, "verdict": verdict,
                          "categories": ";".join(sorted(set(categories))),
                          "source": source or self.source})
        self.meta.append({"path": rel, "kind": kind, "klass": klass, "family": family,
                          "lang": lang, "carrier": carrier, "disguise": disguise,
                          "detail": detail})

    def close(self) -> int:
        with open(self.root / "labels.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=["path", "verdict", "categories", "source"])
            w.writeheader()
            w.writerows(self.rows)
        with open(self.root / "meta.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=list(META_FIELDS))
            w.writeheader()
            w.writerows(self.meta)
        (self.root / "COMPLETE").write_text(str(len(self.rows)))
        return len(self.rows)


def read_csv(path: Path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def run(cmd, **kw):
    return subprocess.run(cmd, check=False, capture_output=True, text=True, **kw)
