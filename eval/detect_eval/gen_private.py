"""Generated private data (issue 14): each credential format and each
identifier type in a text file, a .docx paragraph and an .xlsx cell, with
near misses (placeholders, public certificates, wrong check digits)."""
from . import carriers, ids
from .carriers import Doc
from .secrets_gen import placeholders, secrets

PEOPLE = ("Marie Dupont", "James Whitfield", "Lucía Fernández", "Giulia Ricci", "Erik Lindqvist",
          "Sanne de Vries", "Priya Raman", "Tomás Oliveira")

ID_KINDS = {
    # kind: (maker, label, language)
    "us-ssn": (ids.ssn, "SSN", "en"),
    "fr-nir": (ids.nir, "Numéro de sécurité sociale", "fr"),
    "uk-ni": (ids.uk_ni, "National Insurance number", "en"),
    "es-dni": (ids.dni, "DNI", "es"),
    "it-codice-fiscale": (ids.codice_fiscale, "Codice fiscale", "it"),
    "se-personnummer": (ids.personnummer, "Personnummer", "sv"),
    "nl-bsn": (ids.bsn, "BSN", "nl"),
    "iban": (ids.iban, "IBAN", "en"),
    "card": (ids.card, "Card number", "en"),
    "passport": (ids.passport, "Passport No.", "en"),
    "driving-licence": (ids.driving_licence, "Driving licence number", "en"),
}


def _three(w, rng, stem, text, verdict, cats, source, klass, family, lang, note_title):
    """The same content as .txt, as a .docx paragraph and as an .xlsx cell."""
    for carrier in ("txt", "docx", "xlsx"):
        if carrier == "txt":
            rel = w.add_text(f"{stem}.txt", text, verdict=verdict, categories=cats, source=source,
                             kind="private" if verdict != "safe" else "negative", klass=klass,
                             family=family, lang=lang, carrier="txt")
            continue
        doc = Doc(note_title, ["Prepared for the finance team."], text.strip(), [], lang)
        rel = w.unique(f"{stem}.{carrier}")
        dest = w.files / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        carriers.write(carrier, doc, dest)
        w.label(rel, verdict=verdict, categories=cats, source=source,
                kind="private" if verdict != "safe" else "negative", klass=klass, family=family,
                lang=lang, carrier=carrier)


def private(w, rng):
    n = 0
    for kind, text in secrets(rng):
        _three(w, rng, f"private/credentials/{kind}", text, "review", ["sensitive-data"],
               f"gen-private:{kind}", "credential", kind, "en", "Deployment settings")
        n += 3
    for kind, text in placeholders(rng):
        _three(w, rng, f"near-miss/credentials/{kind}", text, "safe", [],
               "gen-neg:placeholder", "placeholder", kind, "en", "Deployment settings")
        n += 3
    for kind, (maker, label, lang) in ID_KINDS.items():
        person = rng.choice(PEOPLE)
        good = f"Employee: {person}\n{label}: {maker(rng)}\nDepartment: Accounts\n"
        _three(w, rng, f"private/ids/{kind}", good, "review", ["sensitive-data"],
               f"gen-private:{kind}", "personal-id", kind, lang, "Staff record")
        n += 3
        if kind in ("passport", "driving-licence"):
            bad = f"Order reference: {maker(rng)}\nStatus: shipped\n"  # same shape, no label
        else:
            bad = f"Employee: {person}\n{label}: {maker(rng, bad=True)}\nDepartment: Accounts\n"
        _three(w, rng, f"near-miss/ids/{kind}", bad, "safe", [], "gen-neg:near-miss-id",
               "near-miss-id", kind, lang, "Staff record")
        n += 3
    extra = [
        ("dob-beside-name", f"Name: {rng.choice(PEOPLE)}\nDate of birth: {rng.randrange(1, 29):02d}/{rng.randrange(1, 13):02d}/19{rng.randrange(50, 99)}\nStart date: 02/09/2019\n", True),
        ("medical-beside-person", f"Patient: {rng.choice(PEOPLE)}, born 1971.\nDiagnosis: type 2 diabetes and depression; prescribed metformin 500 mg and sertraline.\n", True),
        ("dob-no-person", "Company founded: 14/03/1987\nNext review: 02/09/2025\n", False),
        ("medical-no-person", "Leaflet: type 2 diabetes is common after 45. Metformin is a frequent first treatment; ask your doctor.\n", False),
    ]
    for kind, text, live in extra:
        if live:
            _three(w, rng, f"private/ids/{kind}", text, "review", ["sensitive-data"],
                   f"gen-private:{kind}", "personal-id", kind, "en", "Record")
        else:
            _three(w, rng, f"near-miss/ids/{kind}", text, "safe", [], "gen-neg:near-miss-id",
                   "near-miss-id", kind, "en", "Notes")
        n += 3
    return n
