"""Fetching pinned packages through the registries' own clients.

pip for PyPI, npm for the npm registry, apt-get for Debian. Each download
is kept in the cache's downloads/ folder, so a second build needs no
network. A package that cannot be had raises FetchError with a sentence
saying which one and why; the caller skips that corpus.
"""
import re
import shutil
import sys
import tarfile
import zipfile
from pathlib import Path

from .common import downloads_dir, run, say


class FetchError(Exception):
    pass


def _why(r) -> str:
    """The client's own one-line reason, without its log-file chatter."""
    lines = [ln.strip() for ln in (r.stderr or r.stdout or "").splitlines() if ln.strip()]
    useful = [ln for ln in lines if re.search(r"(?i)error|E:|not found|no matching", ln)
              and "complete log" not in ln and "A complete" not in ln]
    return (useful[0] if useful else lines[-1] if lines else "no answer")[:300]


def _one(folder: Path, patterns):
    for pat in patterns:
        hits = sorted(folder.glob(pat))
        if hits:
            return hits[0]
    return None


def pypi(name: str, version: str, sdist: bool = False) -> Path:
    """The wheel (or source archive) of name==version."""
    folder = downloads_dir() / "pypi" / f"{name}-{version}{'-sdist' if sdist else ''}"
    found = _one(folder, ["*.whl", "*.tar.gz", "*.zip"]) if folder.exists() else None
    if found:
        return found
    folder.mkdir(parents=True, exist_ok=True)
    # pip prepares an sdist's metadata in an isolated build environment
    # (it fetches the build backend from PyPI too); only the archive is kept.
    cmd = [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--disable-pip-version-check",
           "-d", str(folder), f"{name}=={version}"]
    cmd += ["--no-binary", ":all:"] if sdist else ["--only-binary", ":all:"]
    r = run(cmd, timeout=600)
    found = _one(folder, ["*.whl", "*.tar.gz", "*.zip"])
    if not found:
        shutil.rmtree(folder, ignore_errors=True)
        raise FetchError(f"PyPI package {name}=={version} could not be downloaded: {_why(r)}")
    return found


def npm(name: str, version: str) -> Path:
    folder = downloads_dir() / "npm" / f"{name.replace('/', '__')}-{version}"
    found = _one(folder, ["*.tgz"]) if folder.exists() else None
    if found:
        return found
    folder.mkdir(parents=True, exist_ok=True)
    if not shutil.which("npm"):
        raise FetchError("npm is not installed, so npm packages cannot be fetched")
    r = run(["npm", "pack", "-q", f"{name}@{version}"], cwd=folder, timeout=600)
    found = _one(folder, ["*.tgz"])
    if not found:
        shutil.rmtree(folder, ignore_errors=True)
        raise FetchError(f"npm package {name}@{version} could not be downloaded: {_why(r)}")
    return found


def debian(name: str, version: str) -> Path:
    """The package's files, unpacked (never installed) into the cache.

    The pinned version is asked for first; Debian replaces security
    updates in place, so when it is gone the current one is taken and the
    version actually used is written beside the files (VERSION).
    """
    folder = downloads_dir() / "debian" / name
    done = folder / "VERSION"
    if done.exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    if not shutil.which("apt-get") or not shutil.which("dpkg-deb"):
        raise FetchError(f"Debian package {name}: apt-get/dpkg-deb are not available here")
    debs = folder / "debs"
    debs.mkdir(exist_ok=True)
    used = version
    r = run(["apt-get", "download", "-q", f"{name}={version}"], cwd=debs, timeout=600)
    if not list(debs.glob("*.deb")):
        r = run(["apt-get", "download", "-q", name], cwd=debs, timeout=600)
        used = "current (pinned " + version + " not available)"
    deb = _one(debs, ["*.deb"])
    if not deb:
        shutil.rmtree(folder, ignore_errors=True)
        raise FetchError(f"Debian package {name} could not be downloaded "
                         f"(run 'apt-get update' first?): {_why(r)}")
    r = run(["dpkg-deb", "-x", str(deb), str(folder / "root")], timeout=600)
    if r.returncode != 0:
        raise FetchError(f"Debian package {name} could not be unpacked: {_why(r)}")
    if used != version:
        used += " " + deb.name
        say(f"  note: Debian no longer serves {name} {version}; using {deb.name}")
    done.write_text(used + "\n")
    return folder


def archive_members(path: Path):
    """(name, bytes) for each regular file of a wheel, zip or tar archive."""
    p = str(path)
    if p.endswith((".whl", ".zip")):
        with zipfile.ZipFile(p) as z:
            for info in z.infolist():
                if not info.is_dir():
                    yield info.filename, z.read(info)
    else:
        with tarfile.open(p) as t:
            for m in t.getmembers():
                if m.isfile():
                    f = t.extractfile(m)
                    if f is not None:
                        yield m.name, f.read()


def member(path: Path, wanted: str) -> bytes:
    for name, data in archive_members(path):
        if name == wanted or name.endswith("/" + wanted):
            return data
    raise FetchError(f"{path.name} has no {wanted}")
