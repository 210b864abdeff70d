"""Ordinary (negative) corpora from the registries, labelled safe, split by
the classes of issue 14 §3. Files whose structure says they hold
something (macros, embedded objects, external links) are left out rather
than labelled safe."""
import gzip
import io
import re
import zipfile
from pathlib import Path

from . import carriers, registry
from .carriers import Doc
from .common import say

DEBIAN_DOCS = [  # (package, version, class)
    ("sudo", "1.9.13p3-1+deb12u4", "security-doc"),
    ("openssh-client", "1:9.2p1-2+deb12u10", "security-doc"),
    ("libpam-doc", "1.5.2-6+deb12u3", "security-doc"),
    ("gnupg", "2.2.40-1.1+deb12u2", "security-doc"),
    ("git-doc", "1:2.39.5-0+deb12u3", "manual"),
    ("bash-doc", "5.2.15-2", "manual"),
    ("debian-reference-en", "2.100", "manual"),
]
DEBIAN_PDFS = [("r-doc-pdf", "4.2.2.20221110-2"), ("gnuplot-doc", "5.4.4+dfsg1-2"),
               ("bash-doc", "5.2.15-2"), ("developers-reference", "12.18")]
TEXT_EXT = (".txt", ".md", ".html", ".htm", ".conf")
SCRIPTED = re.compile(rb"<script|\son[a-z]+\s*=", re.I)
TEXT_NAMES = re.compile(r"^(README|NEWS|FAQ|TODO|CHANGES|HISTORY|OPTIONS|LICENSE|INSTALL|UPGRADE)", re.I)
PER_PACKAGE = 60


def _spread(items, n):
    items = sorted(items)
    if len(items) <= n:
        return items
    step = len(items) / n
    return [items[int(i * step)] for i in range(n)]


def debian_docs(w):
    n = 0
    for pkg, ver, klass in DEBIAN_DOCS:
        try:
            root = registry.debian(pkg, ver) / "root" / "usr" / "share"
        except registry.FetchError as e:
            say(f"  skipped {pkg}: {e}")
            continue
        cands = []
        for p in root.rglob("*"):
            if not p.is_file() or p.is_symlink() or p.name == "copyright":
                continue
            name = p.name[:-3] if p.name.endswith(".gz") else p.name
            if name.endswith(TEXT_EXT) or TEXT_NAMES.match(name) or "changelog" in name:
                cands.append(p)
        for p in _spread(cands, PER_PACKAGE):
            data = p.read_bytes()
            name = p.name
            if name.endswith(".gz"):
                try:
                    data = gzip.decompress(data)
                except OSError:
                    continue
                name = name[:-3]
            if "." not in name:
                name += ".txt"
            if name.endswith((".html", ".htm")) and SCRIPTED.search(data):
                continue  # pages with scripts are `review` by the labelling rules, not ordinary
            rel = f"{pkg}/{p.relative_to(root).parent.as_posix().replace('/', '_')}_{name}"
            w.add_bytes(rel, data, source=f"debian:{pkg}", klass=klass, family=pkg,
                        carrier=name.rsplit(".", 1)[-1], lang="en")
            n += 1
    return n


def debian_pdfs(w):
    n = 0
    seen = set()
    for pkg, ver in DEBIAN_PDFS:
        try:
            root = registry.debian(pkg, ver) / "root"
        except registry.FetchError as e:
            say(f"  skipped {pkg}: {e}")
            continue
        for p in sorted(root.rglob("*.pdf")):
            if p.is_symlink() or p.name in seen or p.stat().st_size > 12_000_000:
                continue
            seen.add(p.name)
            w.add_file(f"{pkg}/{p.name}", p, source=f"debian:{pkg}", klass="publisher-pdf",
                       family=pkg, carrier="pdf", lang="en")
            n += 1
    return n


def email_suites(w):
    n = 0
    try:
        root = registry.debian("libpython3.11-testsuite", "3.11.2-6+deb12u9") / "root"
        for p in sorted(root.rglob("test_email/data/msg_*.txt")):
            w.add_file(f"cpython-email/{p.name}", p, source="debian:libpython3.11-testsuite",
                       klass="email", family="cpython-email", carrier="eml", lang="en")
            n += 1
    except registry.FetchError as e:
        say(f"  skipped CPython e-mail tests: {e}")
    try:
        tgz = registry.npm("eml-format", "0.6.1")
        for name, data in registry.archive_members(tgz):
            if name.lower().endswith(".eml"):
                w.add_bytes(f"eml-format/{Path(name).name}", data, source="npm:eml-format",
                            klass="email", family="eml-format", carrier="eml", lang="en")
                n += 1
    except registry.FetchError as e:
        say(f"  skipped eml-format: {e}")
    return n


PYPI_READMES = [  # (name, version, class)
    ("requests", "2.32.3", "readme"), ("rich", "13.9.4", "readme"), ("click", "8.1.7", "readme"),
    ("pandas", "2.2.3", "readme"), ("flask", "3.1.0", "readme"), ("httpx", "0.28.1", "readme"),
    ("pydantic", "2.10.3", "readme"), ("black", "24.10.0", "readme"), ("numpy", "2.2.0", "readme"),
    ("sqlalchemy", "2.0.36", "readme"), ("fastapi", "0.115.6", "readme"), ("tqdm", "4.67.1", "readme"),
    ("cryptography", "44.0.0", "security-doc"), ("paramiko", "3.5.0", "security-doc"),
    ("keyring", "25.5.0", "security-doc"), ("python-dotenv", "1.0.1", "security-doc"),
    ("pyjwt", "2.10.1", "security-doc"), ("bcrypt", "4.2.1", "security-doc"),
    ("bandit", "1.8.0", "security-doc"), ("pip-audit", "2.7.3", "security-doc"),
    ("detect-secrets", "1.5.0", "security-doc"), ("llm-guard", "0.3.16", "security-doc"),
    ("rebuff", "0.1.1", "security-doc"), ("oletools", "0.60.2", "security-doc"),
    ("passlib", "1.7.4", "security-doc"), ("pyotp", "2.9.0", "security-doc"),
]
NPM_READMES = [
    ("express", "4.21.2", "readme"), ("lodash", "4.17.21", "readme"), ("axios", "1.7.9", "readme"),
    ("react", "18.3.1", "readme"), ("commander", "12.1.0", "readme"), ("chalk", "5.3.0", "readme"),
    ("dotenv", "16.4.7", "security-doc"), ("jsonwebtoken", "9.0.2", "security-doc"),
    ("helmet", "8.0.0", "security-doc"), ("bcryptjs", "2.4.3", "security-doc"),
    ("dompurify", "3.2.3", "security-doc"), ("passport", "0.7.0", "security-doc"),
    ("secretlint", "9.0.0", "security-doc"), ("csurf", "1.11.0", "security-doc"),
]


def _long_description(meta: str) -> str:
    head, _, body = meta.partition("\n\n")
    return body.strip() or head


def readmes(w):
    n = 0
    for name, ver, klass in PYPI_READMES:
        try:
            whl = registry.pypi(name, ver)
            meta = next(d for m, d in registry.archive_members(whl) if m.endswith(".dist-info/METADATA"))
        except (registry.FetchError, StopIteration) as e:
            say(f"  skipped PyPI {name}: {e}")
            continue
        text = _long_description(meta.decode("utf-8", "replace"))
        w.add_text(f"pypi/{name}-README.md", text + "\n", source="pypi-readmes", klass=klass,
                   family=name, carrier="md", lang="en")
        n += 1
    for name, ver, klass in NPM_READMES:
        try:
            tgz = registry.npm(name, ver)
            data = next(d for m, d in registry.archive_members(tgz)
                        if re.fullmatch(r"package/readme(\.md|\.markdown)?", m, re.I))
        except (registry.FetchError, StopIteration) as e:
            say(f"  skipped npm {name}: {e}")
            continue
        w.add_bytes(f"npm/{name}-README.md", data, source="npm-readmes", klass=klass, family=name,
                    carrier="md", lang="en")
        n += 1
    return n


ACTIVE = re.compile(rb"vbaProject|/embeddings/|oleObject|activeX|externalLink|TargetMode=\"External\"")


def _ordinary_office(data: bytes) -> bool:
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        names = "\n".join(z.namelist()).encode()
        if ACTIVE.search(names):
            return False
        return not any(ACTIVE.search(z.read(n)) for n in z.namelist() if n.endswith(".rels"))
    except (zipfile.BadZipFile, OSError, KeyError):
        return False


def office(w):
    n = 0
    for name, ver in (("python-docx", "1.2.0"), ("python-pptx", "1.0.2")):
        try:
            sd = registry.pypi(name, ver, sdist=True)
        except registry.FetchError as e:
            say(f"  skipped {name} test files: {e}")
            continue
        for m, data in registry.archive_members(sd):
            if m.lower().endswith((".docx", ".pptx", ".xlsx")) and _ordinary_office(data):
                w.add_bytes(f"{name}/{Path(m).name}", data, source=f"pypi:{name}-sdist",
                            klass="office", family=name, carrier=m.rsplit(".", 1)[-1], lang="en")
                n += 1
    # Ordinary manuals turned into Word, Excel, PowerPoint and PDF files.
    texts = []
    try:
        root = registry.debian("git-doc", "1:2.39.5-0+deb12u3") / "root" / "usr" / "share" / "doc"
        texts = _spread([p for p in root.rglob("*.txt") if p.is_file()], 32)
    except registry.FetchError as e:
        say(f"  skipped converted documents: {e}")
    for i, p in enumerate(texts):
        body = p.read_text("utf-8", "replace")
        paras = [re.sub(r"\s+", " ", x).strip() for x in body.split("\n\n") if x.strip()][:25]
        if not paras:
            continue
        carrier = ("docx", "xlsx", "pptx", "pdf")[i % 4]
        doc = Doc(p.stem, paras[1:], paras[0], [], "en")
        rel = w.unique(f"converted/{p.stem}.{carrier}")
        dest = w.files / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        carriers.write(carrier, doc, dest, variant=0)
        w.label(rel, source="converted:git-doc", klass="office", family="converted", carrier=carrier,
                lang="en")
        n += 1
    return n


CODE_WHEELS = [("more-itertools", "10.5.0"), ("attrs", "24.3.0"), ("packaging", "24.2"),
               ("idna", "3.10")]
CODE_CRATES = ("smallvec", "memchr", "unicode-width", "bitflags", "hashbrown")


def code(w):
    n = 0
    for name, ver in CODE_WHEELS:
        try:
            whl = registry.pypi(name, ver)
        except registry.FetchError as e:
            say(f"  skipped {name}: {e}")
            continue
        for m, data in registry.archive_members(whl):
            if m.endswith(".py") and "/tests/" not in m and len(data) > 200:
                w.add_bytes(f"py/{name}/{m.replace('/', '_')}", data, source="pypi-code", klass="code",
                            family=name, carrier="py", lang="en")
                n += 1
    home = Path.home() / ".cargo" / "registry" / "src"
    lock = Path(__file__).resolve().parents[2] / "Cargo.lock"
    versions = dict(re.findall(r'name = "([^"]+)"\nversion = "([^"]+)"', lock.read_text())) if lock.exists() else {}
    for crate in CODE_CRATES:
        ver = versions.get(crate)
        dirs = sorted(home.glob(f"*/{crate}-{ver}")) if ver and home.exists() else []
        if not dirs:
            say(f"  skipped crate {crate}: its source is not in ~/.cargo/registry (run cargo fetch)")
            continue
        for p in sorted((dirs[0] / "src").rglob("*.rs"))[:15]:
            w.add_file(f"rs/{crate}-{ver}/{p.relative_to(dirs[0]).as_posix().replace('/', '_')}", p,
                       source="crates-code", klass="code", family=crate, carrier="rs", lang="en")
            n += 1
    for pkg, ver in (("bash-doc", "5.2.15-2"), ("git-doc", "1:2.39.5-0+deb12u3")):
        try:
            root = registry.debian(pkg, ver) / "root"
        except registry.FetchError:
            continue
        for p in sorted(root.rglob("*.sh")) + sorted(root.rglob("*.bash")):
            if p.is_file() and not p.is_symlink():
                w.add_file(f"sh/{pkg}/{p.name}", p, source=f"debian:{pkg}", klass="code",
                           family=pkg, carrier=p.suffix[1:], lang="en")
                n += 1
    return n


NEGATIVE_CORPORA = {
    "debian-docs": debian_docs,
    "debian-pdfs": debian_pdfs,
    "email-suites": email_suites,
    "readmes": readmes,
    "office": office,
    "code": code,
}
