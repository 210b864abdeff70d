"""scripts/detect-eval: build the corpora, scan them, print the figures.

usage: scripts/detect-eval [--airlock PATH] [--seed N] [--corpus NAME ...]
                           [--misses NAME] [--rebuild] [--json FILE]
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from . import registry
from .common import REPO, CorpusWriter, cache_dir, say
from .corpora_attacks import ATTACK_CORPORA
from .corpora_negatives import NEGATIVE_CORPORA
from .generate_core import generate
from .scoring import is_seen, load, misses, seen_patterns
from . import report

BUILD_VERSION = "3"  # bump when a builder changes what it writes
UNSEEN_ATTACKS = tuple(ATTACK_CORPORA)


def shared_eval_dir():
    for cand in (os.environ.get("AIRLOCK_SHARED_EVAL"), REPO.parent / "shared" / "eval"):
        if cand and (Path(cand) / "labels.csv").exists():
            return Path(cand)
    return None


def corpus_names(seed):
    return ["shared-eval", *ATTACK_CORPORA, f"generator-seed{seed}", *NEGATIVE_CORPORA]


def build(name, seed, rebuild):
    """The corpus folder (files/, labels.csv, meta.csv), built if needed; None if skipped."""
    if name == "shared-eval":
        d = shared_eval_dir()
        if d is None:
            say("skipped shared-eval: ../shared/eval not found (set AIRLOCK_SHARED_EVAL)")
        return d
    root = cache_dir() / "corpora" / name
    stamp = root / "COMPLETE"
    if stamp.exists() and (root / "BUILD").exists() and (root / "BUILD").read_text() == BUILD_VERSION \
            and not rebuild:
        return root
    t0 = time.time()
    say(f"building {name} …")
    try:
        if name.startswith("generator-seed"):
            generate(seed, root)
        else:
            fn = ATTACK_CORPORA.get(name) or NEGATIVE_CORPORA[name]
            w = CorpusWriter(root, name)
            n = fn(w)
            w.close()
            if n == 0:
                say(f"skipped {name}: nothing could be fetched for it")
                return None
    except registry.FetchError as e:
        say(f"skipped {name}: {e}")
        shutil.rmtree(root, ignore_errors=True)
        return None
    (root / "BUILD").write_text(BUILD_VERSION)
    say(f"  built {name} in {time.time() - t0:.0f} s")
    return root


def scan(airlock: Path, name, corpus: Path):
    files = corpus / "corpus" if name == "shared-eval" else corpus / "files"
    out = cache_dir() / "reports" / f"{name}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="airlock-eval-home-") as home:
        t0 = time.time()
        with open(out, "w", encoding="utf-8") as f:
            r = subprocess.run([str(airlock), "scan", "--home", home, "--json", str(files)],
                               stdout=f, stderr=subprocess.PIPE, text=True, check=False)
        secs = time.time() - t0
    if r.returncode not in (0, 1, 2):
        raise SystemExit(f"airlock scan failed on {name} (exit {r.returncode}): {r.stderr.strip()[-400:]}")
    return out, secs


def main(argv=None):
    ap = argparse.ArgumentParser(prog="scripts/detect-eval", description=__doc__.split("\n\n")[0])
    ap.add_argument("--airlock", type=Path, default=REPO / "target" / "release" / "airlock")
    ap.add_argument("--seed", type=int, default=2, help="generator seed (1 tunes, 2 reports; default 2)")
    ap.add_argument("--corpus", nargs="+", metavar="NAME", help="only these corpora")
    ap.add_argument("--misses", metavar="NAME", help="print the misses of one corpus, after the figures")
    ap.add_argument("--rebuild", action="store_true", help="rebuild corpora even if cached")
    ap.add_argument("--json", type=Path, help="also write every figure as JSON to this file")
    ap.add_argument("--list", action="store_true", help="list corpus names and exit")
    a = ap.parse_args(argv)
    names = corpus_names(a.seed)
    if a.list:
        print("\n".join(names))
        return 0
    wanted = [f"generator-seed{a.seed}" if n == "generator" else n for n in (a.corpus or names)]
    bad = [n for n in wanted if n not in names]
    if bad:
        raise SystemExit(f"unknown corpus {', '.join(bad)}; known: {', '.join(names)}")
    if not a.airlock.exists():
        raise SystemExit(f"{a.airlock} does not exist: build it with 'cargo build --release' or pass --airlock")
    patterns = seen_patterns(REPO / "eval" / "seen.txt")
    t_start = time.time()
    results, timing = {}, {}
    for name in wanted:
        d = build(name, a.seed, a.rebuild)
        if d is None:
            continue
        rep, secs = scan(a.airlock, name, d)
        timing[name] = secs
        results[name] = load(d, rep)
        for r in results[name]:
            if name == "shared-eval":
                r["source"] = "shared-eval:" + r["path"].split("/", 1)[0]
                r["kind"] = "attack" if "prompt-injection" in r["cats"] else (
                    "negative" if r["verdict"] == "safe" else "other")
                r["klass"] = r["kind"]
    report.print_all(results, patterns, timing, a, time.time() - t_start)
    if a.json:
        a.json.write_text(json.dumps(report.as_json(results, patterns, timing), indent=1))
    if a.misses:
        if a.misses not in results:
            raise SystemExit(f"--misses {a.misses}: that corpus was not run")
        if a.misses in UNSEEN_ATTACKS and not any(is_seen(a.misses, [p]) for p in patterns):
            say(f"note: reading the misses of {a.misses} makes it SEEN; record its first figure, "
                f"then add '{a.misses}' to eval/seen.txt")
        report.print_misses(a.misses, misses(results[a.misses]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
