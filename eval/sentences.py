#!/usr/bin/env python3
"""The generator's attack sentences written plainly, one per `.txt` file
named `<lang>-<addressee>-<family>-<n>.txt`, for work on the instruction
detector's word lists without carriers or disguises:

    eval/sentences.py --phrasing 0 --out /tmp/sentences   # seed-1 wording: tune on it
    eval/sentences.py --phrasing 1 --out /tmp/sentences   # seed-2 wording: report only
    cargo build --release --examples
    target/release/examples/intent_debug --score /tmp/sentences/p0 es it   # misses of es, it

`--negatives` also writes the ordinary sentences of every language (to a
person, a colleague's e-mail, a manual about injection, plain
paragraphs): none of them may add up to danger. Needs nothing but
Python 3 (no virtualenv).
"""
import argparse
import random
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from detect_eval import gen_attacks as g  # noqa: E402
from detect_eval import ids  # noqa: E402
from detect_eval.langs import ADDRESSEES, ADDRESSEES2, FAMILIES, LANGS  # noqa: E402


def write_attacks(out: Path, phrasing: int) -> int:
    rng = random.Random(7)
    n = 0
    for lang, words in LANGS.items():
        for addr in ADDRESSEES:
            template = (words["addressees"] if phrasing == 0 else ADDRESSEES2[lang])[addr]
            concealments = g._wording(words["conceal"], phrasing)
            for family in FAMILIES:
                for request in g._wording(words["requests"][family], phrasing):
                    # "none" speaks to nobody: only request + hiding it is an attack.
                    for conceal in (concealments if addr == "none" else [None, *concealments]):
                        slots = {"path": rng.choice(g.PATHS), "folder": rng.choice(g.FOLDERS),
                                 "url": rng.choice(g.URLS), "email": rng.choice(g.EMAILS),
                                 "vendor": rng.choice(g.VENDORS), "cmd": rng.choice(g.CMDS),
                                 "iban": ids.iban(rng)}
                        req = request.format(**slots)
                        text = (template.replace("{Req}", g._cap(req)).replace("{req}", req)
                                .replace("{name}", rng.choice(g.NAMES)))
                        if conceal:
                            text += ("" if lang in ("zh", "ja") else " ") + conceal
                        (out / f"{lang}-{addr}-{family}-{n}.txt").write_text(text + "\n", encoding="utf-8")
                        n += 1
    return n


def write_negatives(out: Path) -> int:
    n = 0
    for lang, words in LANGS.items():
        for key in ("to_person", "colleague_email", "manual", "paras"):
            for text in words.get(key, []):
                (out / f"{lang}-{key}-{n}.txt").write_text(text + "\n", encoding="utf-8")
                n += 1
    return n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--phrasing", type=int, choices=(0, 1), default=0)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--negatives", action="store_true")
    args = ap.parse_args()
    attacks = args.out / f"p{args.phrasing}"
    shutil.rmtree(attacks, ignore_errors=True)
    attacks.mkdir(parents=True)
    print(f"{write_attacks(attacks, args.phrasing)} sentences in {attacks}")
    if args.negatives:
        neg = args.out / "neg"
        shutil.rmtree(neg, ignore_errors=True)
        neg.mkdir(parents=True)
        print(f"{write_negatives(neg)} ordinary sentences in {neg}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
