"""Putting a passage of text into a file of a given format.

Each writer takes the ordinary context (a title and paragraphs, in the
passage's language) and the passage, and returns the file's bytes or
writes it with the format's library. `hidden=True` asks for the passage
to be invisible to a reader where the format allows it (HTML hidden span,
PDF white or microscopic line); `pieces` is the passage already split for
the "split across lines or cells" disguise.
"""
import base64
import io
import re
import json
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from datetime import datetime, timezone
from html import escape
from pathlib import Path

CARRIERS = ("txt", "md", "html", "eml", "docx", "xlsx", "pptx", "pdf", "csv", "json", "ics",
            "py", "js", "sh")
HIDEABLE = ("html", "pdf")
# Fixed so that two runs with one seed give the same bytes.
FIXED_TIME = datetime(2025, 3, 14, 9, 30, tzinfo=timezone.utc)


class Doc:
    def __init__(self, title, before, passage, after, lang="en", pieces=None,
                 sender="Claire Martin <claire.martin@northwind-trading.com>",
                 to="Team <team@northwind-trading.com>"):
        self.title, self.before, self.passage, self.after = title, before, passage, after
        self.lang, self.pieces = lang, pieces or [passage]
        self.sender, self.to = sender, to

    def paragraphs(self):
        return [*self.before, *self.pieces, *self.after] if len(self.pieces) > 1 else \
            [*self.before, self.passage, *self.after]


def write(carrier: str, doc: Doc, dest: Path, hidden=False, variant=0) -> None:
    fn = globals()["_" + carrier]
    out = fn(doc, hidden, variant) if carrier not in ("docx", "xlsx", "pptx", "pdf") else None
    if out is None:
        fn(doc, hidden, variant, dest)
    else:
        dest.write_bytes(out if isinstance(out, bytes) else out.encode("utf-8"))


def _txt(doc, hidden, variant):
    return doc.title + "\n\n" + "\n\n".join(doc.paragraphs()) + "\n"


def _md(doc, hidden, variant):
    body = "\n\n".join(doc.paragraphs())
    return f"# {doc.title}\n\n{body}\n"


def _html(doc, hidden, variant):
    paras = []
    for p in doc.before:
        paras.append(f"<p>{escape(p)}</p>")
    if hidden:
        styles = ["display:none", "font-size:0", "color:#ffffff;background:#ffffff",
                  "position:absolute;left:-9999px"]
        style = styles[variant % len(styles)]
        inner = "<br>".join(escape(x) for x in doc.pieces)
        paras.append(f'<span style="{style}">{inner}</span>')
    else:
        paras.append("<p>" + "<br>\n".join(escape(x) for x in doc.pieces) + "</p>")
    for p in doc.after:
        paras.append(f"<p>{escape(p)}</p>")
    return (f'<!DOCTYPE html>\n<html lang="{doc.lang}"><head><meta charset="utf-8">'
            f"<title>{escape(doc.title)}</title></head>\n<body>\n<h1>{escape(doc.title)}</h1>\n"
            + "\n".join(paras) + "\n</body></html>\n")


def _eml(doc, hidden, variant):
    m = EmailMessage(policy=SMTP)
    m["From"] = doc.sender
    m["To"] = doc.to
    m["Subject"] = doc.title
    m["Date"] = format_datetime(FIXED_TIME)
    m["Message-ID"] = f"<{abs(hash_text(doc.passage))}@mail.northwind-trading.com>"
    if hidden:
        m.set_content(_txt(doc, False, 0).split("\n\n", 1)[1])
        m.add_alternative(_html(doc, True, variant), subtype="html")
        m.set_boundary(f"==nw{hash_text(doc.passage)}")
    else:
        m.set_content("\n\n".join(doc.paragraphs()) + "\n", cte="8bit")
    return m.as_bytes()


def hash_text(s):
    import hashlib
    return int.from_bytes(hashlib.sha256(s.encode("utf-8")).digest()[:6], "big")


def _csv(doc, hidden, variant):
    import csv
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "date", "customer", "comment"])
    rows = [*doc.before, *doc.pieces, *doc.after]
    for i, p in enumerate(rows):
        w.writerow([1001 + i, f"2025-03-{10 + i % 18:02d}", ["Acme", "Globex", "Initech"][i % 3], p])
    return buf.getvalue()


def _json(doc, hidden, variant):
    items = [{"id": 1 + i, "text": p} for i, p in enumerate(doc.before)]
    key = ["note", "description", "comment", "review"][variant % 4]
    items.append({"id": len(items) + 1, key: doc.passage if len(doc.pieces) == 1 else doc.pieces})
    items += [{"id": len(items) + 1 + i, "text": p} for i, p in enumerate(doc.after)]
    return json.dumps({"title": doc.title, "items": items}, ensure_ascii=False, indent=2) + "\n"


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    out, cur = [], line
    while len(cur.encode("utf-8")) > 73:
        cut = 73
        while len(cur[:cut].encode("utf-8")) > 73:
            cut -= 1
        out.append(cur[:cut])
        cur = " " + cur[cut:]
    out.append(cur)
    return "\r\n".join(out)


def _ics(doc, hidden, variant):
    desc = "\n".join([*doc.before, *doc.pieces, *doc.after])
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Northwind//Calendar 1.0//EN",
             "BEGIN:VEVENT", f"UID:{hash_text(doc.passage)}@northwind-trading.com",
             "DTSTAMP:20250314T093000Z", "DTSTART:20250318T140000Z", "DTEND:20250318T150000Z",
             _fold("SUMMARY:" + _ics_escape(doc.title)),
             _fold("DESCRIPTION:" + _ics_escape(desc)),
             "LOCATION:Room 2", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def _comment_code(doc, mark, header, body):
    lines = [header, f"{mark} {doc.title}", f"{mark}"]
    for p in doc.before:
        lines.append(f"{mark} {p}")
    lines.append(f"{mark}")
    for p in doc.pieces:
        for ln in p.split("\n"):
            lines.append(f"{mark} {ln}")
    for p in doc.after:
        lines.append(f"{mark} {p}")
    return "\n".join(lines) + "\n\n" + body


def _py(doc, hidden, variant):
    return _comment_code(doc, "#", "#!/usr/bin/env python3", (
        "import csv\nimport sys\n\n\ndef totals(path):\n    with open(path, newline='') as f:\n"
        "        return sum(float(r['amount']) for r in csv.DictReader(f))\n\n\n"
        "if __name__ == '__main__':\n    print(totals(sys.argv[1]))\n"))


def _js(doc, hidden, variant):
    return _comment_code(doc, "//", "'use strict';", (
        "function total(rows) {\n  return rows.reduce((s, r) => s + r.amount, 0);\n}\n\n"
        "module.exports = { total };\n"))


def _sh(doc, hidden, variant):
    return _comment_code(doc, "#", "#!/bin/sh", (
        "set -eu\nfor f in *.csv; do\n  wc -l \"$f\"\ndone\n"))


def _docx(doc, hidden, variant, dest):
    import docx
    d = docx.Document()
    d.core_properties.created = FIXED_TIME.replace(tzinfo=None)
    d.core_properties.modified = FIXED_TIME.replace(tzinfo=None)
    d.core_properties.author = "Claire Martin"
    d.add_heading(doc.title, level=1)
    for p in doc.paragraphs():
        d.add_paragraph(p)
    d.save(str(dest))
    _zip_fix_times(dest)


def _xlsx(doc, hidden, variant, dest):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED_TIME.replace(tzinfo=None)
    wb.properties.modified = FIXED_TIME.replace(tzinfo=None)
    ws = wb.active
    ws.title = "Data"
    ws.append(["Item", "Owner", "Amount", "Notes"])
    rows = [*doc.before, *doc.after]
    for i, p in enumerate(rows):
        ws.append([f"Line {i + 1}", ["Ana", "Ben", "Chen"][i % 3], 120 + 35 * i, p])
    r = ws.max_row + 1
    if len(doc.pieces) > 1:
        for j, piece in enumerate(doc.pieces):
            ws.cell(row=r + j, column=4, value=piece)
            ws.cell(row=r + j, column=1, value=f"Line {r + j - 1}")
    else:
        ws.cell(row=r, column=1, value=f"Line {r - 1}")
        ws.cell(row=r, column=4, value=doc.passage)
    wb.save(str(dest))
    _zip_fix_times(dest)


def _pptx(doc, hidden, variant, dest):
    from pptx import Presentation
    prs = Presentation()
    prs.core_properties.created = FIXED_TIME.replace(tzinfo=None)
    prs.core_properties.modified = FIXED_TIME.replace(tzinfo=None)
    s = prs.slides.add_slide(prs.slide_layouts[1])
    s.shapes.title.text = doc.title
    body = s.placeholders[1].text_frame
    body.text = doc.before[0] if doc.before else ""
    for p in doc.before[1:] + doc.after:
        body.add_paragraph().text = p
    if variant % 2 == 1:
        s.notes_slide.notes_text_frame.text = "\n".join(doc.pieces)
    else:
        s2 = prs.slides.add_slide(prs.slide_layouts[1])
        s2.shapes.title.text = doc.title
        tf = s2.placeholders[1].text_frame
        tf.text = doc.pieces[0]
        for piece in doc.pieces[1:]:
            tf.add_paragraph().text = piece
    prs.save(str(dest))
    _zip_fix_times(dest)


def _zip_fix_times(path):
    """Rewrite an Office zip with fixed entry times, so seeds give equal bytes."""
    import zipfile
    data = Path(path).read_bytes()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            ni = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 14, 9, 30, 0))
            ni.compress_type = zipfile.ZIP_DEFLATED
            body = src.read(info)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*",
                              rb"\g<1>2025-03-14T09:30:00Z", body)
            z.writestr(ni, body)
    Path(path).write_bytes(out.getvalue())


FONTS = {}
# Set by the generator to fonts unpacked from Debian packages (see fonts()).
FONT_FILES = {"latin": None, "deva": None}
CID = {"zh": "STSong-Light", "ja": "HeiseiMin-W3", "ko": "HYSMyeongJo-Medium"}


def _font_for(lang):
    """A font that has the script's letters: Adobe's CJK fonts that every
    reader has (not embedded), or a TrueType font from a Debian package."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    if lang in CID:
        name = CID[lang]
        if name not in FONTS:
            pdfmetrics.registerFont(UnicodeCIDFont(name))
            FONTS[name] = name
        return name
    path = FONT_FILES["deva"] if lang == "hi" else FONT_FILES["latin"]
    if not path:
        return None if lang in ("hi", "ar", "ru") else "Helvetica"
    name = "F" + Path(path).stem.replace("-", "")
    if name not in FONTS:
        pdfmetrics.registerFont(TTFont(name, path))
        FONTS[name] = path
    return name


def pdf_covers(lang, text):
    """Whether the PDF writer has a glyph for every letter of the text, so
    the passage really is in the file (a missing glyph would drop it)."""
    if not pdf_possible(lang):
        return False
    if any(0xFF01 <= ord(ch) <= 0xFF5E for ch in text) or lang in CID:
        return True
    from reportlab.pdfbase import pdfmetrics
    name = _font_for(lang)
    if name == "Helvetica":
        return all(ord(ch) < 256 for ch in text)
    cmap = pdfmetrics.getFont(name).face.charToGlyph
    return all(ch in " \n" or ord(ch) in cmap for ch in text)


def pdf_possible(lang):
    """Arabic is left out: ReportLab neither shapes nor reorders it, so its
    PDFs would hold the letters in an order no real Arabic PDF has."""
    if lang == "ar":
        return False
    return lang in CID or (FONT_FILES["deva"] if lang == "hi" else FONT_FILES["latin"]) \
        or lang not in ("hi", "ru")


def _wrap(text, width):
    out = []
    for para in text.split("\n"):
        words, cur = para.split(" "), ""
        if len(words) == 1 and len(para) > width:  # scripts without spaces
            out += [para[i:i + width] for i in range(0, len(para), width)]
            continue
        for w in words:
            if len(cur) + len(w) + 1 > width and cur:
                out.append(cur)
                cur = w
            else:
                cur = (cur + " " + w).strip()
        out.append(cur)
    return out


def _pdf(doc, hidden, variant, dest):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    c = canvas.Canvas(str(dest), pagesize=A4, invariant=1)
    font = _font_for(doc.lang)
    width = 40 if doc.lang in ("zh", "ja", "ko") else 90
    y = 800
    c.setFont(font, 16)
    c.drawString(50, y, doc.title)
    y -= 30
    c.setFont(font, 10)
    for p in doc.before:
        for ln in _wrap(p, width):
            c.drawString(50, y, ln)
            y -= 14
        y -= 6
    if any(0xFF01 <= ord(ch) <= 0xFF5E for ch in doc.passage):
        font = _font_for("ja")  # full-width letters: only the CJK fonts have them
        width = 45
        c.setFont(font, 10)
    lines = [ln for piece in doc.pieces for ln in _wrap(piece, width)]
    if hidden:
        if variant % 2 == 0:
            c.setFillColorRGB(1, 1, 1)
            size = 10
        else:
            size = 1
        c.setFont(font, size)
        for ln in lines:
            c.drawString(50, y, ln)
            y -= size + 2
        c.setFillColorRGB(0, 0, 0)
        c.setFont(font, 10)
        y -= 6
    else:
        for ln in lines:
            c.drawString(50, y, ln)
            y -= 14
        y -= 6
    for p in doc.after:
        for ln in _wrap(p, width):
            c.drawString(50, y, ln)
            y -= 14
        y -= 6
    c.showPage()
    c.save()


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")
