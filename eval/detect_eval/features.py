"""The learned detector's features, written twice: here for training and in
src/scan/learned/features.rs for scanning. Both must give the same bucket
numbers for the same text; assets/model/feature-vectors.txt, written by
`eval/train_model.py`, is checked by the Rust tests.

A passage is lower-cased and cut into words at spaces and punctuation;
Chinese and Japanese characters are words of one character each. Its
features are the words, each pair of neighbouring words, and the first
five letters of every longer word (a cheap stem: "instructions" and
"instruction" share "instr"). Each is hashed (FNV-1a, 64 bits) into one
of 2^BITS buckets; a passage is the set of its buckets, each worth
1/sqrt(count).
"""

BITS = 20
MASK = (1 << BITS) - 1
PREFIX = 5
FNV_OFFSET = 0xCBF29CE484222325
FNV_PRIME = 0x100000001B3
U64 = (1 << 64) - 1

_DELIM_RANGES = (
    (0x80, 0xBF), (0xD7, 0xD7), (0xF7, 0xF7), (0x055A, 0x055F), (0x0589, 0x058A),
    (0x060C, 0x060C), (0x061B, 0x061B), (0x061F, 0x061F), (0x066A, 0x066D), (0x06D4, 0x06D4),
    (0x0964, 0x0965), (0x2000, 0x2BFF), (0x3000, 0x303F), (0xFE30, 0xFE4F), (0xFF00, 0xFF0F),
    (0xFF1A, 0xFF20), (0xFF3B, 0xFF40), (0xFF5B, 0xFF65),
)
_UNSPACED_RANGES = ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF),
                    (0x0E00, 0x0E7F))


def _in(cp, ranges):
    return any(a <= cp <= b for a, b in ranges)


def is_delim(c: str) -> bool:
    cp = ord(c)
    if cp < 0x80:
        return not ("a" <= c <= "z" or "0" <= c <= "9")
    return _in(cp, _DELIM_RANGES)


def is_unspaced(c: str) -> bool:
    return _in(ord(c), _UNSPACED_RANGES)


def tokens(text: str):
    out = []
    word = []

    def flush():
        if word:
            out.append("".join(word))
            word.clear()

    for c in text.lower():
        if is_delim(c):
            flush()
        elif is_unspaced(c):
            flush()
            out.append(c)
        else:
            word.append(c)
    flush()
    return out


def fnv(data: bytes) -> int:
    h = FNV_OFFSET
    for b in data:
        h ^= b
        h = (h * FNV_PRIME) & U64
    return h


def bucket(kind: str, *parts: str) -> int:
    h = fnv(kind.encode() + "\x1f".join(parts).encode("utf-8"))
    return (h ^ (h >> 32)) & MASK


def features(text: str):
    """The sorted distinct buckets of a passage."""
    toks = tokens(text)
    found = set()
    for i, t in enumerate(toks):
        found.add(bucket("u", t))
        if len(t) > PREFIX:
            found.add(bucket("p", t[:PREFIX]))
        if i + 1 < len(toks):
            found.add(bucket("b", t, toks[i + 1]))
    return sorted(found)


def explain_tokens(text: str):
    return tokens(text)
