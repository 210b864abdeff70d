"""Personal identifiers with valid check digits, and near misses.

Each maker takes a random.Random and returns (value, label words). The
`bad` variants break the check digit or the range, so a careful detector
should not call them private data.
"""
import string

DIGITS = string.digits


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    return luhn_digit(num[:-1]) == num[-1]


def card(rng, bad=False):
    prefix, length = rng.choice([("4", 16), ("51", 16), ("53", 16), ("2221", 16), ("37", 15),
                                 ("6011", 16)])
    body = prefix + "".join(rng.choice(DIGITS) for _ in range(length - len(prefix) - 1))
    check = luhn_digit(body)
    if bad:
        check = str((int(check) + 1 + rng.randrange(8)) % 10)
    n = body + check
    if length == 16:
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))
    return f"{n[:4]} {n[4:10]} {n[10:]}"


def ssn(rng, bad=False):
    area = rng.choice([x for x in range(1, 900) if x != 666])
    if bad:
        area = rng.choice([0, 666, 900 + rng.randrange(99)])
    return f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"


def nir(rng, bad=False):
    sex = rng.choice("12")
    yy = rng.randrange(40, 100)
    mm = rng.randrange(1, 13)
    dept = rng.choice(["75", "69", "13", "33", "59", "31", "44", "67"])
    commune = rng.randrange(1, 990)
    order = rng.randrange(1, 999)
    body = f"{sex}{yy:02d}{mm:02d}{dept}{commune:03d}{order:03d}"
    key = 97 - int(body) % 97
    if bad:
        key = (key % 97) + 1
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


_NI_BAD_FIRST = set("DFIQUV")
_NI_BAD_SECOND = set("DFIQUVO")
_NI_BAD_PAIRS = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def uk_ni(rng, bad=False):
    letters = string.ascii_uppercase
    while True:
        a, b = rng.choice(letters), rng.choice(letters)
        ok = a not in _NI_BAD_FIRST and b not in _NI_BAD_SECOND and a + b not in _NI_BAD_PAIRS
        if ok != bad:
            break
    digits = "".join(rng.choice(DIGITS) for _ in range(6))
    return f"{a}{b} {digits[:2]} {digits[2:4]} {digits[4:]} {rng.choice('ABCD')}"


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(rng, bad=False):
    n = rng.randrange(10_000_000, 99_999_999)
    letter = DNI_LETTERS[n % 23]
    if bad:
        letter = DNI_LETTERS[(n + 1 + rng.randrange(20)) % 23]
    return f"{n:08d}{letter}"


_CF_ODD = {**{str(i): v for i, v in enumerate([1, 0, 5, 7, 9, 13, 15, 17, 19, 21])},
           **dict(zip(string.ascii_uppercase,
                      [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
                       16, 10, 22, 25, 24, 23]))}
_CF_EVEN = {**{str(i): i for i in range(10)}, **{c: i for i, c in enumerate(string.ascii_uppercase)}}


def cf_check(first15: str) -> str:
    s = sum(_CF_ODD[c] if i % 2 == 0 else _CF_EVEN[c] for i, c in enumerate(first15))
    return string.ascii_uppercase[s % 26]


def codice_fiscale(rng, bad=False):
    cons = "BCDFGHLMNPRSTVZ"
    surname = "".join(rng.choice(cons) for _ in range(3))
    name = "".join(rng.choice(cons) for _ in range(3))
    yy = rng.randrange(40, 100)
    month = "ABCDEHLMPRST"[rng.randrange(12)]
    day = rng.randrange(1, 29) + (40 if rng.random() < 0.5 else 0)
    town = rng.choice(["H501", "F205", "L219", "A944", "G273", "D612"])
    first = f"{surname}{name}{yy:02d}{month}{day:02d}{town}"
    check = cf_check(first)
    if bad:
        check = string.ascii_uppercase[(string.ascii_uppercase.index(check) + 1 + rng.randrange(24)) % 26]
    return first + check


def personnummer(rng, bad=False):
    yy, mm, dd = rng.randrange(40, 100), rng.randrange(1, 13), rng.randrange(1, 29)
    nnn = rng.randrange(0, 1000)
    body = f"{yy:02d}{mm:02d}{dd:02d}{nnn:03d}"
    check = luhn_digit(body)
    if bad:
        check = str((int(check) + 1 + rng.randrange(8)) % 10)
    return f"{body[:6]}-{body[6:]}{check}"


def bsn(rng, bad=False):
    while True:
        d = [rng.randrange(10) for _ in range(8)]
        s = sum(w * x for w, x in zip(range(9, 1, -1), d))
        last = s % 11
        if last <= 9 and d[0] != 0:
            break
    if bad:
        last = (last + 1 + rng.randrange(8)) % 10
    return "".join(map(str, d)) + str(last)


IBAN_SHAPES = {"FR": ("n", 23), "DE": ("n", 18), "ES": ("n", 20), "IT": ("I", 23), "NL": ("NL", 14),
               "GB": ("GB", 18), "BE": ("n", 12)}


def _iban_check(country, bban, ):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def iban(rng, bad=False, country=None):
    country = country or rng.choice(sorted(IBAN_SHAPES))
    kind, n = IBAN_SHAPES[country]
    if kind == "I":
        bban = rng.choice(string.ascii_uppercase) + "".join(rng.choice(DIGITS) for _ in range(n - 1))
    elif kind == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + "".join(rng.choice(DIGITS) for _ in range(10))
    elif kind == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD"]) + "".join(rng.choice(DIGITS) for _ in range(14))
    else:
        bban = "".join(rng.choice(DIGITS) for _ in range(n))
    check = _iban_check(country, bban)
    if bad:
        check = f"{(int(check) + 1 + rng.randrange(50)) % 97 + 2:02d}"
    raw = country + check + bban
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def passport(rng, bad=False):
    return rng.choice(string.ascii_uppercase) + rng.choice(string.ascii_uppercase) + \
        "".join(rng.choice(DIGITS) for _ in range(7))


def driving_licence(rng, bad=False):
    # UK style: 5 letters of surname, 6 digits (decade, month, day, year), 2 initials, 3 chars
    sur = "".join(rng.choice("BCDFGHJKLMNPRSTW") for _ in range(5))
    return f"{sur}{rng.randrange(5, 10)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}" \
           f"{rng.randrange(0, 10)}{rng.choice('ABCDJKMPS')}{rng.choice('ABCDJKMPS')}9" \
           f"{rng.choice(string.ascii_uppercase)}{rng.randrange(10)}"
