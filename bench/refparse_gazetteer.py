#!/usr/bin/env python3
"""Writes data/refparse_gazetteer.tsv, the external gazetteer of the reference
parser (refparse::gazetteer_lexicon; REFPARSE_GAZETTEER for refparse_train):
lines "kind<TAB>name", kind journal, publisher or place, sorted, no duplicates.

    python3 bench/refparse_gazetteer.py [OUT] [--jabref GIT_DIR]

Deterministic: the same inputs give the same bytes.  Sources (none of them the
parser's training or evaluation data, ../shared/refparse):
- the real exports of fixtures/corpora whose licence (MANIFEST.tsv) is MIT,
  Apache-2.0, CC0-1.0 or BSD: journal names (RIS JO/JF/JA/J2 and T2 of
  journal articles, Web of Science SO/J9/JI and the journal of CR lines cited twice,
  MEDLINE JT/TA, BibTeX journal, Scopus/Lens/WoS tables' source columns,
  CSL-JSON container-title of journal articles), publishers (PB, PU, BibTeX
  publisher, Publisher columns, CSL-JSON publisher) and places (CY, PI,
  BibTeX address, CSL-JSON publisher-place);
- iridia-references__journals.bib's @string journal names (CC0-1.0);
- the cities of the time zone database (Debian's tzdata,
  /usr/share/zoneinfo/zone1970.tab, public domain);
- with --jabref, JabRef's journal abbreviation lists (JabRef/abbrv.jabref.org,
  CC0-1.0; GIT_DIR a clone holding commit JABREF_COMMIT, read with `git show`):
  each row's full title, its abbreviation and its shortest form ("full
  title","abbreviation"[,"shortest"…]) as journal names, except the IEEE
  string macros (#IEEE_J_…#) and abbreviations that are sigla (one word, no
  dot, not the title: "AA", "BWaltersArtGal").  A dotless abbreviation ("J Am
  Chem Soc") is the dotted one's key already (gazetteer_lexicon drops
  punctuation); a name whose words are an earlier name's is not written twice.
Journal names, publishers and places are facts; only names seen in those
files are kept, filtered (2 to 120 characters, at most 8 words, not numbers).
The output is a function of fixtures/corpora: rerun it when an openly
licensed export is added there (the file of cb494dd was this script's output
on the fixtures of that commit, and only lagged behind those added since).
"""
import csv
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPORA = os.path.join(ROOT, "fixtures", "corpora")
ZONES = "/usr/share/zoneinfo/zone1970.tab"
OPEN = ("MIT", "Apache-2.0", "CC0-1.0", "BSD")
from journal_abbrev_jabref import JABREF_COMMIT  # noqa: F401 (the lists' commit, named in the docstring)

csv.field_size_limit(1 << 30)
entries = set()
cited = {}  # a CR line's journal (20 letters at most) and how often: kept when cited twice


def clean(v):
    v = re.sub(r"[{}\\]", "", v)
    v = re.sub(r"\s+", " ", v).strip().strip(",;:")
    return v.strip()


def add(kind, v):
    v = clean(v)
    words = re.findall(r"\w+", v)
    if not (2 <= len(v) <= 120) or not words or len(words) > 8:
        return False
    if all(w.isdigit() for w in words) or not re.search(r"[^\W\d_]{2}", v):
        return False
    entries.add((kind, v))
    return True


def jabref(git_dir):
    """Journal names of JabRef's lists at JABREF_COMMIT; returns how many rows were read."""
    from journal_abbrev_jabref import csv_rows  # the same reading of the lists
    keys = {(kind, " ".join(re.findall(r"[^\W_]+", v.lower()))) for kind, v in entries}
    rows = 0
    for _, row in csv_rows(git_dir):
        row = [c.strip() for c in row if c.strip()]
        if not row:
            continue
        rows += 1
        for i, v in enumerate(row[:3]):
            if "$" in v or "#" in v:
                continue
            if i > 0 and " " not in v and "." not in v and v != row[0]:
                continue  # a siglum
            key = ("journal", " ".join(re.findall(r"[^\W_]+", clean(v).lower())))
            if key not in keys and add("journal", v):
                keys.add(key)
    return rows


RIS = {"JO": "journal", "JF": "journal", "JA": "journal", "J2": "journal", "JT": "journal", "TA": "journal",
       "PB": "publisher", "CY": "place"}
WOS = {"SO": "journal", "J9": "journal", "JI": "journal", "PU": "publisher", "PI": "place"}
COLUMNS = {"source title": "journal", "abbreviated source title": "journal", "journal": "journal",
           "journal title": "journal", "publication title": "journal", "so": "journal", "j9": "journal",
           "ji": "journal", "publisher": "publisher", "pu": "publisher", "pi": "place",
           "publisher city": "place"}


def tagged(path, text):
    ris_type = ""
    wos_tag = ""
    for line in text.splitlines():
        m = re.match(r"^([A-Z][A-Z0-9]{1,3})\s*- ?(.*)$", line)
        if m:
            tag, v = m.group(1), m.group(2)
            if tag == "TY":
                ris_type = v.strip()
            if tag in RIS:
                add(RIS[tag], v)
            elif tag == "T2" and ris_type == "JOUR":
                add("journal", v)
            wos_tag = ""
            continue
        m = re.match(r"^([A-Z][A-Z0-9]) (.*)$", line)
        if m:
            wos_tag = m.group(1)
            v = m.group(2)
        elif line.startswith("   ") and wos_tag:
            v = line.strip()
        else:
            wos_tag = ""
            continue
        if wos_tag in WOS:
            add(WOS[wos_tag], v)
        elif wos_tag == "CR":
            parts = [p.strip() for p in v.split(",")]
            if len(parts) >= 3 and re.fullmatch(r"\d{4}", parts[1]) and re.fullmatch(r"[A-Z][A-Z0-9 &\-]+", parts[2]):
                cited[parts[2]] = cited.get(parts[2], 0) + 1


def bibtex(path, text):
    for m in re.finditer(r"\b(journal|journaltitle|publisher|address|location)\s*=\s*[{\"]((?:[^{}\"]|\{[^{}]*\})*)[}\"]",
                         text, re.I):
        field = m.group(1).lower()
        kind = {"journal": "journal", "journaltitle": "journal", "publisher": "publisher"}.get(field, "place")
        v = m.group(2)
        if kind == "place":
            v = v.split(",")[0]
        add(kind, v)
    if os.path.basename(path) == "iridia-references__journals.bib":
        for m in re.finditer(r"@string\s*\{\s*[\w-]+\s*=\s*\"([^\"]*)\"", text, re.I):
            add("journal", m.group(1))


def table(path, text):
    sample = text[:4096]
    delim = "\t" if sample.count("\t") > sample.count(",") else ","
    rows = csv.reader(text.splitlines(), delimiter=delim)
    header = next(rows, None)
    if not header:
        return
    cols = [(i, COLUMNS[h.strip().lstrip("\ufeff").lower()]) for i, h in enumerate(header)
            if h.strip().lstrip("\ufeff").lower() in COLUMNS]
    for row in rows:
        for i, kind in cols:
            if i < len(row):
                add(kind, row[i])


def csl(path, text):
    try:
        data = json.loads(text)
    except ValueError:
        return
    items = data if isinstance(data, list) else data.get("items", []) if isinstance(data, dict) else []
    for it in items:
        if not isinstance(it, dict):
            continue
        if it.get("type") == "article-journal" and isinstance(it.get("container-title"), str):
            add("journal", it["container-title"])
        for key, kind in (("publisher", "publisher"), ("publisher-place", "place")):
            if isinstance(it.get(key), str):
                add(kind, it[key])


def main():
    args = sys.argv[1:]
    jabref_dir = None
    if "--jabref" in args:
        i = args.index("--jabref")
        jabref_dir = args[i + 1]
        del args[i:i + 2]
    out = args[0] if args else os.path.join(ROOT, "data", "refparse_gazetteer.tsv")
    with open(os.path.join(CORPORA, "MANIFEST.tsv"), encoding="utf-8") as f:
        manifest = list(csv.reader(f, delimiter="\t"))
    col = manifest[0].index("license")
    for row in manifest[1:]:
        name, licence = row[0], row[col]
        path = os.path.join(CORPORA, name)
        if not licence.startswith(OPEN) or not os.path.isfile(path):
            continue
        with open(path, "rb") as f:
            raw = f.read()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            continue
        ext = name.rsplit(".", 1)[-1].lower()
        if ext == "bib":
            bibtex(path, text)
        elif ext in ("csv", "tsv"):
            table(path, text)
        elif ext == "json":
            csl(path, text)
        else:
            tagged(path, text)
    for v, n in cited.items():
        if n >= 2:
            add("journal", v)
    with open(ZONES, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 3:
                add("place", parts[2].rsplit("/", 1)[-1].replace("_", " "))
    if jabref_dir:
        rows = jabref(jabref_dir)
        sys.stderr.write("refparse_gazetteer: %d rows of JabRef's lists at %s\n" % (rows, JABREF_COMMIT[:7]))
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for kind, v in sorted(entries):
            f.write(kind + "\t" + v + "\n")
    counts = {}
    for kind, _ in entries:
        counts[kind] = counts.get(kind, 0) + 1
    sys.stderr.write("refparse_gazetteer: %s -> %s\n" % (", ".join("%d %s" % (counts[k], k) for k in sorted(counts)), out))


main()
