"""The seeded generator: attacks, hard negatives and private data in one
labelled folder. Seed 1 is for tuning, seed 2 for reporting."""
import random
from pathlib import Path

from . import carriers, registry
from .common import CorpusWriter, say
from .gen_attacks import attacks, issue_floor
from .gen_negatives import (assistant_files, code, hard_negatives, newsletters, publisher_pdfs,
                            zero_width)
from .gen_private import private

FONT_PACKAGES = {"latin": ("fonts-dejavu-core", "2.37-6", "usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
                 "deva": ("fonts-freefont-ttf", "20120503-10", "usr/share/fonts/truetype/freefont/FreeSans.ttf")}


def fonts():
    """Fonts for PDFs in Cyrillic, Arabic and Devanagari, unpacked from Debian."""
    for key, (pkg, ver, rel) in FONT_PACKAGES.items():
        try:
            path = registry.debian(pkg, ver) / "root" / rel
            if path.exists():
                carriers.FONT_FILES[key] = str(path)
        except registry.FetchError as e:
            say(f"note: {e}; PDFs in scripts that need it are written as .docx instead")


def generate(seed: int, out: Path, per_lang=64) -> int:
    fonts()
    w = CorpusWriter(out, f"generator-seed{seed}")
    # One stream per section, so that changing one section's size leaves
    # the others' files as they were.
    counts = {
        "attacks": attacks(w, random.Random(f"{seed}:attacks"), per_lang=per_lang, seed=seed),
        "issue13-floor": issue_floor(w),
        "hard-negatives": hard_negatives(w, random.Random(f"{seed}:neg")),
        "assistant-instructions": assistant_files(w, random.Random(f"{seed}:agents")),
        "newsletters": newsletters(w, random.Random(f"{seed}:news")),
        "publisher-pdfs": publisher_pdfs(w, random.Random(f"{seed}:pdf")),
        "zero-width": zero_width(w, random.Random(f"{seed}:zw")),
        "code": code(w, random.Random(f"{seed}:code")),
        "private": private(w, random.Random(f"{seed}:private")),
    }
    total = w.close()
    say("generated " + ", ".join(f"{k} {v}" for k, v in counts.items()) + f" = {total} files in {out}")
    return total
