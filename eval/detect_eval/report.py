"""The tables scripts/detect-eval prints."""
from .corpora_attacks import ATTACK_CORPORA
from .scoring import group, is_seen


def fmt(t):
    v, f, n = t
    return "-" if v is None else f"{v:.3f} ({f}/{n})"


def _table(title, rows, cols):
    print(f"\n## {title}\n")
    widths = [max(len(str(c)), *(len(str(r[i])) for r in rows)) if rows else len(str(c))
              for i, c in enumerate(cols)]
    print("  ".join(str(c).ljust(w) for c, w in zip(cols, widths)))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print("  ".join(str(x).ljust(w) for x, w in zip(r, widths)))


def _recall_rows(groups, key="injection"):
    return [(k, fmt(t.recall(key)), f"{t.danger}/{t.attacks}" if key == "injection" else "")
            for k, t in groups.items() if t.exp[key]]


def print_all(results, patterns, timing, args, total_secs):
    print(f"# Detection figures — airlock: {args.airlock}  seed: {args.seed}")
    rows = []
    for name, recs in results.items():
        t = group(recs, lambda r: "all")["all"]
        rows.append((name, len(recs), fmt(t.recall("injection")), f"{t.danger}/{t.attacks}",
                     fmt(t.recall("sensitive")), fmt(t.recall("hidden")), fmt(t.fa_rate()),
                     f"{timing.get(name, 0):.1f}"))
    _table("Per corpus (recall = category reported; false alarms = ordinary files not called safe, "
           "or assistant-instruction files called danger)", rows,
           ("corpus", "files", "injection recall", "danger", "sensitive recall", "hidden recall",
            "false alarms", "scan s"))

    attacks = {n: r for n, r in results.items() if n in ATTACK_CORPORA}
    if attacks:
        rows = []
        for n, recs in attacks.items():
            for k, t in group(recs, lambda r: r["klass"]).items():
                rows.append((n, k, t.attacks + t.neg, fmt(t.recall("injection")), fmt(t.fa_rate())))
        _table("Registry attack corpora by kind (counts only: nobody read their misses)", rows,
               ("corpus", "kind", "files", "injection recall", "false alarms"))

    for name, recs in results.items():
        if not name.startswith("generator"):
            continue
        att = [r for r in recs if r["kind"] == "attack"]
        for dim in ("family", "lang", "carrier", "disguise"):
            _table(f"{name}: injection recall by {dim}", _recall_rows(group(att, lambda r: r[dim])),
                   (dim, "injection recall", "danger"))
        _table(f"{name}: injection recall by addressee and shape",
               _recall_rows(group(att, lambda r: r["detail"])), ("addressee|shape", "injection recall", "danger"))
        priv = [r for r in recs if r["kind"] == "private"]
        g = group(priv, lambda r: r["family"])
        rows = [(k, fmt(t.recall("sensitive"))) for k, t in g.items()]
        _table(f"{name}: sensitive-data recall by format (txt, docx, xlsx each)", rows,
               ("format", "sensitive recall"))
        g = group(priv, lambda r: r["carrier"])
        _table(f"{name}: sensitive-data recall by carrier", [(k, fmt(t.recall("sensitive"))) for k, t in g.items()],
               ("carrier", "sensitive recall"))

    neg = [dict(r, corpus=n) for n, recs in results.items() for r in recs
           if r["kind"] == "negative" and n != "shared-eval"]
    g = group(neg, lambda r: r["klass"])
    _table("False alarms on ordinary files by class (all corpora but shared-eval; 'review' = files "
           "expected review, such as AGENTS.md, that got it)",
           [(k, fmt(t.fa_rate()), f"{t.review_seen}/{t.review_neg}" if t.review_neg else "")
            for k, t in g.items()], ("class", "false alarms", "review"))
    g = group(neg, lambda r: f"{r['klass']} · {r['corpus']}")
    _table("False alarms by class and corpus", [(k, fmt(t.fa_rate())) for k, t in g.items()],
           ("class · corpus", "false alarms"))

    allrecs = [r for recs in results.values() for r in recs]
    g = group(allrecs, lambda r: r["source"])
    rows = []
    for src, t in g.items():
        if not (t.attacks or t.exp["sensitive"] or t.neg or t.review_neg):
            continue
        seen = "SEEN" if is_seen(src, patterns) else "UNSEEN"
        flag = ""
        if seen == "UNSEEN" and t.attacks >= 20:
            v = t.recall("injection")[0]
            flag = "meets 0.90" if v is not None and v >= 0.90 else "below 0.90"
        rows.append((src, seen, fmt(t.recall("injection")), fmt(t.recall("sensitive")),
                     fmt(t.fa_rate()), flag))
    _table("Leave-one-source-out (SEEN = shaped the rules: eval/seen.txt; generator families are "
           "sources; goal for UNSEEN sources with >= 20 attacks: recall >= 0.90, false alarms <= 0.03)",
           rows, ("source", "seen", "injection recall", "sensitive recall", "false alarms", "goal"))
    print(f"\nscan time {sum(timing.values()):.0f} s; whole run {total_secs:.0f} s")


def as_json(results, patterns, timing):
    out = {}
    for name, recs in results.items():
        t = group(recs, lambda r: "all")["all"]
        out[name] = {"files": len(recs), "injection": t.recall("injection"),
                     "sensitive": t.recall("sensitive"), "hidden": t.recall("hidden"),
                     "false_alarms": t.fa_rate(), "danger": [t.danger, t.attacks],
                     "scan_seconds": timing.get(name)}
    allrecs = [r for recs in results.values() for r in recs]
    out["sources"] = {s: {"seen": is_seen(s, patterns), "injection": t.recall("injection"),
                          "sensitive": t.recall("sensitive"), "false_alarms": t.fa_rate()}
                      for s, t in group(allrecs, lambda r: r["source"]).items()}
    return out


def print_misses(name, ms):
    print(f"\n## Misses of {name} ({len(ms)} files): path | expected | got\n")
    for r in ms:
        exp = r["verdict"] + ("[" + ",".join(sorted(r["cats"])) + "]" if r["cats"] else "")
        got = r["got"] + ("[" + ",".join(sorted(r["got_cats"])) + "]" if r["got_cats"] else "")
        extra = " | ".join(x for x in (r["family"], r["lang"], r["carrier"], r["disguise"]) if x)
        print(f"  {r['path']} | {exp} | {got}" + (f" | {extra}" if extra else ""))
