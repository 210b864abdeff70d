"""Ways of writing a passage so that a word list does not see it."""
import base64
import codecs
from urllib.parse import quote

LATIN_ONLY = ("leet", "rot13", "homoglyph", "fullwidth", "dotted")
ALL = ("none", "leet", "spaced", "dotted", "rot13", "base64", "hex", "url", "fullwidth",
       "homoglyph", "split")

_LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7",
                       "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"})
_GLYPH = str.maketrans({"a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у",
                        "i": "і", "A": "А", "C": "С", "E": "Е", "O": "О", "P": "Р", "H": "Н"})


def choices(latin: bool):
    return ALL if latin else tuple(d for d in ALL if d not in LATIN_ONLY)


def apply(kind: str, text: str, cjk=False):
    """(text, pieces): pieces is the passage cut for lines or cells."""
    if kind == "none":
        out = text
    elif kind == "leet":
        out = text.translate(_LEET)
    elif kind == "spaced":
        out = "   ".join(" ".join(w) for w in text.split(" "))
    elif kind == "dotted":
        out = " ".join(".".join(w) for w in text.split(" "))
    elif kind == "rot13":
        out = codecs.encode(text, "rot13")
    elif kind == "base64":
        out = base64.b64encode(text.encode("utf-8")).decode("ascii")
    elif kind == "hex":
        out = text.encode("utf-8").hex()
    elif kind == "url":
        out = quote(text, safe="")
    elif kind == "fullwidth":
        out = "".join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else
                      ("\u3000" if c == " " else c) for c in text)
    elif kind == "homoglyph":
        out = text.translate(_GLYPH)
    elif kind == "split":
        return text, _split(text, cjk)
    else:
        raise ValueError(kind)
    return out, [out]


def _split(text, cjk):
    if cjk or " " not in text:
        step = 6
        return [text[i:i + step] for i in range(0, len(text), step)]
    words = text.split(" ")
    out, i, n = [], 0, 3
    while i < len(words):
        out.append(" ".join(words[i:i + n]))
        i += n
        n = 3 + (i % 3)
    return out
