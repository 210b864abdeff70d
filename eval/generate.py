#!/usr/bin/env python3
"""Seeded generator of attacks, hard negatives and private data.

usage: eval/generate.py --seed N --out DIR [--per-lang K]

Writes DIR/files/..., DIR/labels.csv (path,verdict,categories,source, as
shared/eval/labels.csv) and DIR/meta.csv (family, language, carrier,
disguise of each file). Seed 1 is for tuning, seed 2 for reporting.
Needs python-docx, openpyxl, python-pptx, reportlab and cryptography
(scripts/detect-eval installs them into its own virtualenv).
"""
import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from detect_eval.generate_core import generate  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--per-lang", type=int, default=64, help="attacks per language (default 64)")
    a = ap.parse_args()
    generate(a.seed, a.out, per_lang=a.per_lang)


if __name__ == "__main__":
    main()
