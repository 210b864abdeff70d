"""The generator gives the same bytes for the same seed, and labels every
file it writes. Needs the virtualenv's packages (scripts/detect-eval makes
it); skipped without them."""
import csv
import hashlib
import importlib.util
import sys
import tempfile
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

HAVE = all(importlib.util.find_spec(m) for m in ("docx", "openpyxl", "pptx", "reportlab", "cryptography"))


def digest(root: Path):
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.is_file():
            h.update(p.relative_to(root).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()


@unittest.skipUnless(HAVE, "python-docx, openpyxl, python-pptx, reportlab or cryptography missing: "
                           "run scripts/detect-eval once and use its virtualenv")
class Determinism(unittest.TestCase):
    def test_same_seed_same_bytes_and_every_file_labelled(self):
        from detect_eval.generate_core import generate
        with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
            generate(5, Path(a) / "g", per_lang=1)
            generate(5, Path(b) / "g", per_lang=1)
            self.assertEqual(digest(Path(a) / "g"), digest(Path(b) / "g"))
            files = {p.relative_to(Path(a) / "g" / "files").as_posix()
                     for p in (Path(a) / "g" / "files").rglob("*") if p.is_file()}
            with open(Path(a) / "g" / "labels.csv", newline="", encoding="utf-8") as f:
                labelled = {r["path"] for r in csv.DictReader(f)}
            self.assertEqual(files, labelled)


if __name__ == "__main__":
    unittest.main()
