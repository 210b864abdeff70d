"""Attack corpora from the package registries that no rule was written on.

Each payload is put into an ordinary carrier (text, Markdown, web page,
e-mail, JSON, CSV, Word) between two ordinary paragraphs of the payload's
language, as shared/eval does with BIPIA e-mail bodies. The carrier is
chosen from a hash of the item's id, so rebuilding gives the same files.
Benign rows and control scenarios become safe files: they are the
corpus's own false-alarm traps.
"""
import ast
import json

from . import carriers, registry
from .carriers import Doc
from .common import pick
from .langs import LANGS

WRAP = ("txt", "md", "html", "eml", "json", "csv", "docx")
CANARY = "BX-7731"


def _place(w, rng_key, folder, ident, text, lang, verdict, source, klass, family, carrier=None):
    L = LANGS.get(lang, LANGS["en"])
    carrier = carrier or pick(WRAP, rng_key, ident)
    paras = L["paras"]
    k = pick(range(len(paras)), "p", ident)
    doc = Doc(pick(L["titles"], "t", ident), [paras[k]], text, [paras[(k + 1) % len(paras)]],
              lang if lang in LANGS else "en")
    safe_id = "".join(c if c.isalnum() or c in "-_" else "_" for c in str(ident))[:60]
    rel = w.unique(f"{folder}/{safe_id}.{carrier}")
    dest = w.files / rel
    dest.parent.mkdir(parents=True, exist_ok=True)
    carriers.write(carrier, doc, dest, variant=pick(range(8), "v", ident))
    cats = ["prompt-injection"] if verdict == "danger" else []
    w.label(rel, verdict=verdict, categories=cats, source=source,
            kind="attack" if verdict == "danger" else "negative", klass=klass, family=family,
            lang=lang, carrier=carrier)


def bastioncorpus(w):
    """bastioncorpus 0.6.0 (MIT): attack strings and benign traps, five languages."""
    whl = registry.pypi("bastioncorpus", "0.6.0")
    rows = [json.loads(l) for l in registry.member(whl, "bastioncorpus/corpus/injections.jsonl")
            .decode("utf-8").splitlines() if l.strip()]
    for r in rows:
        text = r["text"].replace("{canary}", CANARY)
        bad = r.get("label") == "malicious"
        cat = r.get("category", "")
        klass = "jailbreak" if cat == "jailbreak_persona" else ("injection" if bad else "benign-trap")
        _place(w, "bastion", cat or "other", r["id"], text, r.get("lang") or "en",
               "danger" if bad else "safe", "bastioncorpus", klass, cat)
    return len(rows)


def agent_injection_bench(w):
    """agent-injection-bench 0.1.0 (MIT): 21 attack scenarios and 3 controls;
    the injected content is placed in a carrier that matches its channel."""
    whl = registry.pypi("agent-injection-bench", "0.1.0")
    rows = [json.loads(l) for l in registry.member(whl, "aib/data/attacks.jsonl")
            .decode("utf-8").splitlines() if l.strip()]
    by_channel = {"tool_result": "json", "document": None, "web_page": "html", "metadata": "json",
                  "filename": "txt", "multi_turn": "txt", "user_message": "txt"}
    for r in rows:
        control = r.get("family") == "control"
        _place(w, "aib", r.get("family", "other"), r["id"], str(r.get("injected", "")), "en",
               "safe" if control else "danger", "agent-injection-bench",
               "benign-trap" if control else "injection", r.get("family", ""),
               carrier=by_channel.get(r.get("channel")))
    return len(rows)


def _literal(node, env):
    """Like ast.literal_eval, plus names of earlier constants and '+' of
    strings: what the payload module uses to splice in its canary."""
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, (ast.List, ast.Tuple)):
        return [_literal(x, env) for x in node.elts]
    if isinstance(node, ast.Dict):
        return {_literal(k, env): _literal(v, env) for k, v in zip(node.keys, node.values)}
    if isinstance(node, ast.Name) and node.id in env:
        return env[node.id]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _literal(node.left, env) + _literal(node.right, env)
    raise ValueError(type(node).__name__)


def garak_multilingual(w):
    """garak-multilingual 0.1.0 (Apache-2.0): Turkish and multilingual
    injection, casefold-evasion and jailbreak payloads. Read as literals
    from payloads.py (never imported or run)."""
    whl = registry.pypi("garak-multilingual", "0.1.0")
    tree = ast.parse(registry.member(whl, "garak_multilingual/payloads.py").decode("utf-8"))
    env, sets = {}, {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            try:
                env[node.targets[0].id] = _literal(node.value, env)
            except ValueError:
                continue
    sets = {k: v for k, v in env.items() if isinstance(v, list)}
    n = 0
    for name, items in sorted(sets.items()):
        if not name.isupper() or not items or not isinstance(items[0], dict):
            continue
        for i, it in enumerate(items):
            text = it.get("prompt") or it.get("text") or ""
            if not text:
                continue
            lang = it.get("lang") or "tr"
            klass = "jailbreak" if "JAILBREAK" in name else "injection"
            _place(w, "gml", name.lower(), f"{name.lower()}-{i:02d}", text.replace("{canary}", CANARY),
                   lang, "danger", "garak-multilingual", klass, name.lower())
            n += 1
    return n


def nullsec_promptinject(w):
    """nullsec-promptinject 0.1.0 (MIT): 45 payloads (prompt extraction,
    override, indirect, function abuse, jailbreak), read as the literal
    arguments of the `Payload(text, category, language, …)` calls."""
    whl = registry.pypi("nullsec-promptinject", "0.1.0")
    tree = ast.parse(registry.member(whl, "nullsec_promptinject/payloads.py").decode("utf-8"))
    n = 0
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Payload"):
            continue
        try:
            args = [_literal(a, {}) for a in node.args]
            kw = {k.arg: _literal(k.value, {}) for k in node.keywords}
        except ValueError:
            continue
        text = kw.get("text", args[0] if args else "")
        cat = kw.get("category", args[1] if len(args) > 1 else "")
        lang = kw.get("language", args[2] if len(args) > 2 else "en")
        if not text:
            continue
        _place(w, "nullsec", cat or "other", f"{cat}-{n:02d}", text, lang, "danger",
               "nullsec-promptinject", "jailbreak" if cat == "jailbreak" else "injection", cat)
        n += 1
    return n


ATTACK_CORPORA = {
    "bastioncorpus": bastioncorpus,
    "agent-injection-bench": agent_injection_bench,
    "garak-multilingual": garak_multilingual,
    "nullsec-promptinject": nullsec_promptinject,
}
