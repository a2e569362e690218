#!/usr/bin/env python3
"""The reference parser on references rendered in many citation styles: writes
the table `build/refparse_eval --tsv` reads, one row per (style, item).

    python3 bench/refparse_styles.py [--refnet build/refnet] [--out DIR] [--items N]
                                     [--sample-styles N] [--open-only] [--styles a,b,...]
    build/refparse_eval --tsv DIR/styles.tsv            # per field and micro; per tag below

Deterministic, no network: the same fixtures, styles and pandoc give the same bytes.
1. Items: `refnet import` of real structured records in fixtures/corpora (Crossref JSON,
   MEDLINE, Web of Science, Scopus, RIS from PsycINFO/ERIC/EBSCO/ProQuest, EndNote XML,
   BibTeX of books, chapters, proceedings, reports and theses), then
   `refnet export --format csl-json`.  Kept: items with a title, a year and authors or
   editors, of the types a reference list holds, whose names, title, container, publisher
   and place a style can print as they are (no all-capital journal names as Web of Science
   writes them, no HTML, no initials glued to a family name); one item per folded title;
   then a fixed sample per type (random.Random(SEED)), taken round robin over the sources,
   so that books, chapters, reports and theses weigh as in a social-science reference list.
2. Styles: STYLES (the most used ones) and a seeded sample of --sample-styles more from
   the independent styles of Debian's citation-style-language-styles (CC BY-SA 3.0).
3. Each style renders the items twice with pandoc's citeproc (nocite @*): once as they are
   (the reference strings), once with the values of the compared fields wrapped in
   private-use marker characters (authors' and editors' family names or literal names,
   title, container title and its short form, publisher, place; series, event and
   other names marked too, so that they are not mistaken for numbers).  A Lua filter
   prefixes every entry with its item's id.  The expected row is read from the marked
   render, so it holds what the style prints: the authors a style prints (the first
   one + "et al.", none under a "———" substitute), the title as printed, the journal's
   abbreviation where the style prints it, the publisher and place only when printed.
   Volume, issue, first page and year are expected when their value stands as a token
   in the marked render outside every marked span, URL and DOI.  A (style, item) pair
   whose marked render without its markers differs from the plain render (a style that
   cases or sorts by a marked value) is dropped and counted, never guessed.
Rows carry a tag column: "style:NAME format:author-date|numeric|note|label type:TYPE
source:FILE listed|sampled" (listed: STYLES; sampled: the seeded sample).  Writes DIR/styles.tsv, DIR/items.json (the sample) and prints the counts.
"""
import argparse
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPORA = os.path.join(ROOT, "fixtures", "corpora")
STYLE_DIR = "/usr/share/citation-style-language/styles"
SEED = 24

# The most used styles (Zotero's and journals' defaults; social science, biomedicine,
# engineering, German, French, Spanish, Czech and Portuguese ones).
STYLES = [
    "apa", "apa-6th-edition", "chicago-author-date", "chicago-note-bibliography", "harvard-cite-them-right",
    "modern-language-association", "vancouver", "ieee", "american-medical-association", "nature",
    "elsevier-harvard", "elsevier-with-titles", "springer-basic-author-date", "springer-basic-brackets",
    "springer-lecture-notes-in-computer-science", "taylor-and-francis-chicago-author-date",
    "taylor-and-francis-national-library-of-medicine", "taylor-and-francis-harvard-x", "sage-harvard",
    "sage-vancouver", "american-political-science-association", "american-sociological-association",
    "american-journal-of-political-science", "academy-of-management-review", "cambridge-university-press-author-date",
    "oxford-university-press-humsoc", "the-lancet", "bmj", "plos", "cell", "science", "pnas",
    "american-chemical-society", "acm-sig-proceedings", "association-for-computing-machinery",
    "din-1505-2", "din-1505-2-numeric", "deutsche-gesellschaft-fur-psychologie", "iso690-author-date-en",
    "iso690-author-date-de", "iso690-author-date-fr", "iso690-author-date-es", "iso690-numeric-en",
    "iso690-author-date-cs", "apa-fr-provost", "associacao-brasileira-de-normas-tecnicas",
]

# (file under fixtures/corpora, import options): licensed real exports with rich metadata.
SOURCES = [
    ("iridia", []),  # iridia-references: abbrev/journals/authors/crossref @strings + biblio.bib (CC0)
    ("citation-file-formatting__pubmed.txt", []),
    ("citation-file-formatting__psycinfo-ovid.ris", []),
    ("citation-file-formatting__eric-ovid.ris", []),
    ("citation-file-formatting__webofscience.ris", []),
    ("citation-file-formatting__scopus.ris", []),
    ("citation-file-formatting__cinahl.ris", []),
    ("citation-file-formatting__embase.ris", []),
    ("umbrella-review__savedrecs.txt", []),
    ("umbrella-review__scopus.csv", ["--source", "Scopus"]),
    ("habanero-cassettes__test-journals__test_journals_works__01.json", []),
    ("habanero-cassettes__test-works__test_works_with_one_id__00.json", []),
    ("citation-js__doi.json", []),
    ("zotero-better-bibtex__web_page_and_other_mendeley_idiocy.bib", []),
    ("dedupe-sweep__tafenoquine.xml", []),
    ("citesource__crimjust_41.ris", []),
    ("citesource__proquest_econlit.ris", []),
    ("citesource__final_24.ris", []),
    ("pybibx__mcda_pubmed.txt", []),
    ("biber__examples.bib", []),
    ("metaknowledge__ProQuest_TestFile.txt", []),
]
OPEN_LICENCES = ("MIT", "Apache-2.0", "CC0-1.0", "BSD")

# Items per type in the sample (fewer when the corpora hold fewer).
TYPE_QUOTA = {
    "article-journal": 120, "book": 40, "chapter": 40, "paper-conference": 30, "report": 30, "thesis": 20,
}

# Marker characters: U+E000 opens every marked value, U+E100+k closes one of field k (one opening character for
# all, so that styles sorting by names or titles sort the marked items as the plain ones).
MARK = {"author": 1, "title": 2, "container": 3, "publisher": 4, "place": 5, "editor": 6, "other": 7, "particle": 8,
        "series": 9, "genre": 10, "event": 11, "contributor": 12}
MARK_RE = re.compile("[\ue000-\ue1ff]")
NAME_VARS = ("author", "editor", "container-author", "collection-editor", "translator", "director",
             "interviewer", "recipient", "reviewed-author", "composer", "editorial-director", "illustrator",
             "original-author")
OTHER_TEXT = ("collection-title", "event", "event-title", "original-title", "reviewed-title", "genre",
              "medium", "archive", "archive_location", "event-place", "original-publisher",
              "original-publisher-place", "authority", "section", "title-short", "note", "references",
              "annote", "abstract", "keyword", "source", "status", "version", "dimensions", "call-number",
              "jurisdiction")

# The kinds of the other marked variables, for the training labels (training_sequence).
OTHER_KIND = {"collection-title": "series", "genre": "genre", "medium": "genre", "event": "event",
              "event-title": "event"}


def mark(kind, v):
    # The closing marker goes before the value's final punctuation, which citeproc merges with the style's
    # ("Title?" + "." -> "Title?"): the same string as the plain render, the punctuation outside the span.
    m = re.match(r"(.*?)([.?!]*)$", v, re.S)
    return "\ue000" + m.group(1) + chr(0xE100 + MARK[kind]) + m.group(2)


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw)


def manifest_licences():
    lic = {}
    with open(os.path.join(CORPORA, "MANIFEST.tsv"), encoding="utf-8") as f:
        for line in f.read().splitlines()[1:]:
            cols = line.split("\t")
            if len(cols) > 5:
                lic[cols[0]] = cols[5]
    return lic


def is_open(licence):
    return any(licence.startswith(o) for o in OPEN_LICENCES)


def export_items(refnet, tmp, open_only):
    """Imports each source into its own library, exports CSL-JSON; (source, item) pairs."""
    lic = manifest_licences()
    out = []
    for name, opts in SOURCES:
        if name == "iridia":
            path = os.path.join(tmp, "iridia.bib")
            with open(path, "w", encoding="utf-8") as w:
                for part in ("abbrev", "journals", "authors", "crossref", "biblio"):
                    with open(os.path.join(CORPORA, "iridia-references__%s.bib" % part), encoding="utf-8") as r:
                        w.write(r.read() + "\n")
            licence = "CC0-1.0"
        else:
            path = os.path.join(CORPORA, name)
            licence = lic.get(name, "")
        if open_only and not is_open(licence):
            continue
        env = dict(os.environ, REFNET_LIBRARY=os.path.join(tmp, "lib-%d.sqlite" % len(out)))
        if os.path.exists(env["REFNET_LIBRARY"]):
            os.remove(env["REFNET_LIBRARY"])
        subprocess.run([refnet, "import", *opts, path], check=True, capture_output=True, env=env)
        js = os.path.join(tmp, "export.json")
        run([refnet, "export", "--format", "csl-json", "-o", js], env=env)
        with open(js, encoding="utf-8") as f:
            items = json.load(f)
        os.remove(env["REFNET_LIBRARY"])
        out.append((name, licence, items))
    return out


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(re.findall(r"\w+", s.lower()))


def year_of(item):
    try:
        return int(item["issued"]["date-parts"][0][0])
    except (KeyError, IndexError, TypeError, ValueError):
        return 0


def clean_name(n):
    """A person whose name a style can print as it is: family without digits or initials glued on."""
    if "literal" in n:
        return bool(n["literal"].strip()) and not re.search(r"\d", n["literal"])
    fam = n.get("family", "")
    if re.search(r"\b(eds?|editors?|Hrsg)\b\.?", fam + " " + n.get("given", ""), re.I):  # "Mili, Samir eds"
        return False
    if not fam or re.search(r"\d|[,;]", fam) or re.search(r"\b[A-Z]{1,2}$", fam) and " " in fam:
        return False
    if fam.isupper() and len(fam) > 3:  # "SMITH": a source that shouts; styles would not case it back
        return False
    return bool(n.get("given", "").strip())


def clean_text(s):
    if not s or MARK_RE.search(s) or "<" in s or "{" in s or "\\" in s:
        return False
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 3 and not (len(letters) > 12 and all(c.isupper() for c in letters))


# A country or region ending a publisher's value ("IRIDIA, Université Libre de Bruxelles, Belgium"): the place.
COUNTRIES = {
    "Australia", "Austria", "Belgium", "Brazil", "Canada", "China", "Czech Republic", "Denmark", "England", "Finland",
    "France", "Germany", "Greece", "Hong Kong", "India", "Ireland", "Israel", "Italy", "Japan", "Mexico",
    "Netherlands", "The Netherlands", "New Zealand", "Norway", "Poland", "Portugal", "Scotland", "Singapore", "Spain",
    "Sweden", "Switzerland", "UK", "U.K.", "United Kingdom", "US", "USA", "U.S.A.", "United States", "Wales",
}


def clean_publisher(item):
    """A publisher's value holding its place, as sources write it ("London: Palgrave Macmillan",
    "IRIDIA, Université Libre de Bruxelles, Belgium"), split into publisher and place when the item
    has no place; False when the value is not one publisher (two of them, a series glued on)."""
    pub = item.get("publisher")
    if not pub:
        return True
    if ";" in pub or pub.count(":") > 1 or re.search(r"\.\s+[A-Z]", pub):
        return False
    if ":" in pub:
        place, pub = (x.strip() for x in pub.split(":"))
        if not place or not pub or item.get("publisher-place"):
            return False
        item["publisher"], item["publisher-place"] = pub, place
        return True
    head, _, tail = pub.rpartition(",")
    city, _, state = head.rpartition(",")
    if city and re.fullmatch(r"\s*[A-Z]{2}\s*", tail):  # "AAAI Press, Menlo Park, CA"
        if item.get("publisher-place"):
            return False
        item["publisher"], item["publisher-place"] = city.strip(), state.strip() + "," + tail
        return True
    if head and tail.strip() in COUNTRIES:
        if item.get("publisher-place"):
            return False
        item["publisher"], item["publisher-place"] = head.strip(), tail.strip()
    return True


def usable(item):
    t = item.get("type")
    if t not in TYPE_QUOTA or not clean_text(item.get("title", "")) or not year_of(item):
        return False
    names = item.get("author") or item.get("editor") or []
    if not names or not all(clean_name(n) for n in names):
        return False
    for k in ("container-title", "publisher", "publisher-place"):
        if k in item and not clean_text(item[k]):
            return False
    if t in ("article-journal",) and not item.get("container-title"):
        return False
    if t == "chapter" and not item.get("container-title"):
        return False
    return True


KEEP = ("id", "type", "author", "editor", "issued", "title", "container-title", "container-title-short",
        "collection-title", "volume", "issue", "page", "publisher", "publisher-place", "DOI", "URL", "edition",
        "genre", "number", "event", "event-title", "event-place", "collection-editor", "container-author")


def sample_items(sources, keep=None):
    by_type = {t: [] for t in TYPE_QUOTA}
    seen = set()
    for name, licence, items in sources:
        for it in items:
            if not usable(it) or keep and not keep(dict(it, _source=name)):
                continue
            key = fold(it["title"])
            if key in seen:
                continue
            seen.add(key)
            it = {k: v for k, v in it.items() if k in KEEP}
            if not clean_publisher(it):
                continue
            # biblatex's localisation keys as refnet exports them ("phdthesis"): the words a style would print.
            it["genre"] = {"phdthesis": "PhD thesis", "mathesis": "Master's thesis"}.get(it.get("genre"), it.get("genre"))
            if it["genre"] is None:
                del it["genre"]
            for var in NAME_VARS:  # BibTeX's "and others" (citeproc prints "Raidlothers"): et al. is the style's
                if var in it:
                    it[var] = [n for n in it[var] if (n.get("family") or n.get("literal")) != "others"]
                    if not it[var]:
                        del it[var]
            if not it.get("author") and not it.get("editor"):
                continue
            it["_source"] = name
            it["_licence"] = licence
            by_type[it["type"]].append(it)
    rng = random.Random(SEED)
    out = []
    for t, quota in TYPE_QUOTA.items():
        # Round robin over the sources (each shuffled), so that one large export does not fill the type.
        pools = {}
        for it in sorted(by_type[t], key=lambda i: (i["_source"], fold(i["title"]))):
            pools.setdefault(it["_source"], []).append(it)
        for pool in pools.values():
            rng.shuffle(pool)
        taken, k = [], 0
        while len(taken) < quota and any(k < len(p) for p in pools.values()):
            taken.extend(p[k] for p in pools.values() if k < len(p))
            k += 1
        out.extend(taken[:quota])
    for k, it in enumerate(out):
        it["id"] = "i%03d" % k
    return out


def marked_item(it):
    m = dict(it)
    for var in NAME_VARS:
        if var not in it:
            continue
        kind = {"author": "author", "editor": "editor"}.get(var, "contributor")
        names = []
        for n in it[var]:
            n = dict(n)
            if "literal" in n:
                n["literal"] = mark(kind, n["literal"])
            else:
                n["family"] = mark(kind, n["family"])
                if n.get("non-dropping-particle"):  # "de Zúñiga": one surname with the family (expected())
                    n["non-dropping-particle"] = mark("particle" if kind == "author" else kind,
                                                      n["non-dropping-particle"])
            names.append(n)
        m[var] = names
    for var, kind in (("title", "title"), ("container-title", "container"), ("container-title-short", "container"),
                      ("publisher", "publisher"), ("publisher-place", "place")):
        if var in it:
            m[var] = mark(kind, it[var])
    for var in OTHER_TEXT:
        if var in it and isinstance(it[var], str) and it[var]:
            m[var] = mark(OTHER_KIND.get(var, "other"), it[var])
    return m


LUA = """function Div(el)
  if el.identifier:match('^ref%-') then
    return {pandoc.Para{pandoc.Str('@@' .. el.identifier:sub(5))}, el}
  end
end
"""


def render(style, items_path, lua):
    """{id: rendered string} of a style over the items (one pandoc run)."""
    p = subprocess.run(["pandoc", "--citeproc", "--lua-filter", lua, "--csl", style, "--bibliography", items_path,
                        "-t", "plain", "--wrap=none"], input='---\nnocite: "@*"\n---\n', capture_output=True,
                       text=True, timeout=300)
    if p.returncode != 0:
        return None
    out, key = {}, None
    for para in p.stdout.split("\n\n"):
        para = para.strip()
        if para.startswith("@@"):
            key = para[2:]
        elif key is not None and para:
            out[key] = (out[key] + " " + para) if key in out else para
    return {k: re.sub(r"\s+", " ", v).strip() for k, v in out.items()}


EDITOR_WORD = re.compile(r"(?<!\w)(eds?|editors?|edited|hrsg|hg|éds?|dir|dirs|red|coord|redaktor|a cura)(?!\w)", re.I)


def spans(text):
    """(kind, printed text, start, end) of the marked spans, in order, and the text outside them."""
    found, outside, pos = [], [], 0
    for m in re.finditer("\ue000(.*?)([\ue100-\ue1ff])", text, re.S):
        k = ord(m.group(2)) - 0xE100
        between = text[pos:m.start()]
        if k == MARK["author"] and found and found[-1][0] == MARK["particle"] and not between.strip():
            found[-1] = (k, found[-1][1] + between + MARK_RE.sub("", m.group(1)), found[-1][2], m.end())  # "de Zúñiga"
        else:
            outside.append(between)
            found.append((k, MARK_RE.sub("", m.group(1)), m.start(), m.end()))
        pos = m.end()
        outside.append(" ")
    outside.append(text[pos:])
    return found, "".join(outside)


def editors_as_authors(found, marked):
    """How many editors' spans stand first with no editors' word around them and no authors' span anywhere
    ("CAGNONI, S., 2003. Applications of ..."): the string says they are the authors."""
    if any(f[0] == MARK["author"] for f in found):
        return 0
    lead = 0
    while lead < len(found) and found[lead][0] == MARK["editor"]:
        lead += 1
    if lead:
        around = marked[:found[0][2]] + " " + marked[found[lead - 1][3]:found[lead][2] if lead < len(found) else None]
        if EDITOR_WORD.search(MARK_RE.sub("", around)):
            return 0
    return lead


def token_in(value, text):
    if not value:
        return False
    return re.search(r"(?<![0-9A-Za-z])" + re.escape(value) + r"(?![0-9A-Za-z])", text, re.I) is not None


LEADING_NUMBER = re.compile(r"^\s*(\[\d+\]|\(\d+\)|\d+[.)]?)\s+")


def expected(item, marked):
    found, outside = spans(marked)
    outside = LEADING_NUMBER.sub(" ", outside)  # the citation number: no volume, issue or page
    outside = re.sub(r"(https?://|www\.|doi:\s*|\b10\.\d{4,9}/)\S+", " ", outside, flags=re.I)
    by = {}
    for k, v, _, _ in found:
        by.setdefault(k, []).append(v.strip())
    authors = [v for v in by.get(MARK["author"], [])]
    lead = editors_as_authors(found, marked)
    if lead:
        authors = [f[1].strip() for f in found[:lead]]
    title = by.get(MARK["title"], [""])[0]
    container = by.get(MARK["container"], [""])[0]
    publisher = by.get(MARK["publisher"], [""])[0]
    place = by.get(MARK["place"], [""])[0]
    y = year_of(item)
    year = str(y) if re.search(r"(?<![0-9])%d(?![0-9])" % y, outside) else ""
    vol = str(item.get("volume", "")).strip()
    vol = vol if token_in(vol, outside) else ""
    issue = str(item.get("issue", "")).strip()
    issue = issue if token_in(issue, outside) else ""
    page = re.split(r"\s*[-–—]\s*", str(item.get("page", "")).strip())[0]
    page = page if token_in(page, outside) else ""
    return ["; ".join(authors), year, title, container, vol, issue, page, publisher, place]


# Training labels (--train-xml): refparse's labels as AnyStyle's XML names them (read_anystyle).
LABEL_OF = {MARK["author"]: "author", MARK["particle"]: "author", MARK["editor"]: "editor", MARK["title"]: "title",
            MARK["publisher"]: "publisher", MARK["place"]: "location", MARK["series"]: "collection-title",
            MARK["genre"]: "genre", MARK["event"]: "note", MARK["other"]: "note", MARK["contributor"]: "contributor"}
LINK = re.compile(r"(https?://|www\.|doi:\s*10\.|\b10\.\d{4,9}/)\S+", re.I)
TOKEN = re.compile(r"(?:https?://|www\.|doi:10\.|\b10\.\d{4,9}/)\S*[^\s.,;)\]>]|\w+|[^\w\s]", re.I)
ET_AL = re.compile(r"^(et|al|others|u|a|kol|col|inni|mfl|ua|и|др)$", re.I)
OPENING = set("([\"'\u201c\u00ab\u2018")


def training_sequence(item, marked):
    """The plain reference as (label, text, glued) segments, read from its marked render: the marked spans
    give names, titles, container, publisher, place, series and genre; the item's year, volume, issue and
    pages where they stand as a token outside the spans, links as DOI or URL.  Tokens between them take
    AnyStyle's convention (read_anystyle): "et al." and an editors' word after names are the names'; other
    words and opening brackets the next field's ("In", "pp.", "Vol."), other punctuation the previous one's;
    tokens before the first field the citation number."""
    found, _ = spans(marked)
    lead = editors_as_authors(found, marked)
    text, labels, start, n = [], [], 0, 0
    container = "journal" if item.get("type") == "article-journal" else "container-title"
    persons = {MARK["author"]: list(item.get("author", [])), MARK["editor"]: list(item.get("editor", []))}
    names = []  # (start, end, label, given name) of the names' spans: their given names are not marked
    for ch in marked:
        if ch == "\ue000":
            start = len(text)
        elif "\ue100" <= ch <= "\ue1ff":
            k = ord(ch) - 0xE100
            label = container if k == MARK["container"] else LABEL_OF[k]
            if k == MARK["editor"] and n < lead:
                label = "author"
            n += 1
            for i in range(start, len(text)):
                labels[i] = label
            if k in persons and persons[k]:
                names.append((start, len(text), label, persons[k].pop(0).get("given", "")))
        else:
            text.append(ch)
            labels.append(None)
    t = "".join(text)
    for m in LINK.finditer(t):
        end = m.end()
        while end > m.start() and t[end - 1] in ".,;)]>":
            end -= 1
        for i in range(m.start(), end):
            if labels[i] is None:
                labels[i] = "doi" if "10." in m.group(0) else "url"

    def claim(pattern, label):
        for m in re.finditer(pattern, t):
            if all(labels[i] is None for i in range(m.start(), m.end())):
                for i in range(m.start(), m.end()):
                    labels[i] = label
                return

    claim(r"\[(Internet|Online|online|en línea|Electronic[^\]]*)\]", "note")
    page = re.split(r"\s*[-–—]\s*", str(item.get("page", "")).strip())[0]
    if page:
        claim(r"(?<![0-9A-Za-z])" + re.escape(page) + r"(?:\s*[-–—]\s*[0-9A-Za-z]+)?(?![0-9A-Za-z])", "pages")
    if year_of(item):
        month = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Spring|Summer|Fall|Autumn|Winter)[a-z]*\.?"
        claim(r"(?<![0-9A-Za-z])(?:%s (?:\d{1,2}, )?|\d{1,2} %s )?%d[a-z]?(?: %s(?: \d{1,2}(?![0-9]))?)?(?![0-9A-Za-z])"
              % (month, month, year_of(item), month), "date")
    for var in ("volume", "issue"):
        v = str(item.get(var, "")).strip()
        if v:
            claim(r"(?<![0-9A-Za-z])" + re.escape(v) + r"(?![0-9A-Za-z])", var)
    number = str(item.get("number", "")).strip()
    if number:  # a report's or an article's number
        claim(r"(?<![0-9A-Za-z])" + re.escape(number) + r"(?![0-9A-Za-z])", "note")
    toks = [(m.start(), m.end()) for m in TOKEN.finditer(t)]
    tl = [next((labels[i] for i in range(b, e) if labels[i]), None) for b, e in toks]
    if not any(tl):
        return None
    # A name's given name or initials, before or after its family name ("Zanno LE", "C. Livingstone"): the name's.
    for b, e, label, given in names:
        words = {w.lower() for w in re.findall(r"\w+", given)}
        initials = {w[0] for w in words}
        at = next((i for i, (tb, te) in enumerate(toks) if tb <= b < te or tb >= b), len(toks))
        after = next((i for i, (tb, te) in enumerate(toks) if tb >= e), len(toks))
        for rng in (range(after, len(toks)), range(at - 1, -1, -1)):
            held = []
            for i in rng:
                w = t[toks[i][0]:toks[i][1]]
                if tl[i]:
                    break
                if w in ".-\u2010,":
                    held.append(i)
                    continue
                if not (w.lower() in words or w.isalpha() and len(w) <= 3 and set(w.lower()) <= initials):
                    break
                for h in held + [i]:
                    tl[h] = label
                held = []
    number = LEADING_NUMBER.match(t)
    first = next(i for i, l in enumerate(tl) if l)
    for i in range(first):
        if number and toks[i][1] <= number.end():
            tl[i] = "citation-number"
    for i in range(len(toks)):
        if tl[i]:
            continue
        w = t[toks[i][0]:toks[i][1]]
        prev = tl[i - 1] if i else None
        # "et al." after the names, "(Eds.)" after the editors: the names'.
        sticky = None
        for k in range(i, len(toks)):
            if tl[k]:
                break
            wk = t[toks[k][0]:toks[k][1]]
            if wk[0].isalnum():
                sticky = (prev == "author" and ET_AL.match(wk)) or (prev == "editor" and EDITOR_WORD.fullmatch(wk))
                break
        nxt = next((l for l in tl[i + 1:] if l), None)
        if sticky:
            tl[i] = prev
        elif (w[0].isalnum() or w in OPENING) and nxt:
            tl[i] = nxt
        else:
            tl[i] = prev or nxt
    out = []
    for i, (b, e) in enumerate(toks):
        glued = i > 0 and toks[i - 1][1] == b
        if out and out[-1][0] == tl[i]:
            out[-1][1] += t[toks[i - 1][1]:e]
        else:
            out.append([tl[i], t[b:e], glued])
    return out


def sequence_xml(seq):
    body = ""
    for label, value, glued in seq:
        body += ("<%s glued=\"1\">" % label if glued else "\n    <%s>" % label) + xml_escape(value) + "</%s>" % label
    return "  <sequence>" + body + "\n  </sequence>\n"


def xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def stable_hash(s):
    return int(hashlib.sha1(s.encode("utf-8")).hexdigest()[:12], 16)


def is_test_style(style):
    """A third of the styles, by name: never trained on (--train-xml), scored apart (split: tags)."""
    return stable_hash("style-split/" + style) % 3 == 0


def item_group(it):
    """What items are split by: their source file; iridia's biblio.bib, which holds most of the books,
    chapters, proceedings, reports and theses, by its first author's or editor's family name."""
    if it["_source"] != "iridia":
        return it["_source"]
    n = (it.get("author") or it.get("editor") or [{}])[0]
    return "iridia/" + fold(n.get("family") or n.get("literal") or "")


def is_test_item(it):
    return stable_hash("item-split/" + item_group(it)) % 3 == 0


def style_format(path):
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError:
        return ""
    for c in root.iter("{http://purl.org/net/xbiblio/csl}category"):
        if c.get("citation-format"):
            return c.get("citation-format")
    return ""


def style_list(extra):
    styles = [s for s in STYLES if os.path.exists(os.path.join(STYLE_DIR, s + ".csl"))]
    rest = sorted(f[:-4] for f in os.listdir(STYLE_DIR) if f.endswith(".csl") and f[:-4] not in styles)
    rng = random.Random(SEED)
    return styles, rng.sample(rest, extra) if extra else []


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--refnet", default=os.path.join(ROOT, "build", "refnet"))
    ap.add_argument("--out", default="/tmp/refparse_styles")
    ap.add_argument("--sample-styles", type=int, default=30)
    ap.add_argument("--styles", default="", help="comma-separated style names instead of the fixed list and sample")
    ap.add_argument("--open-only", action="store_true", help="only sources under MIT, Apache-2.0, CC0 or BSD")
    ap.add_argument("--items", type=float, default=1.0, help="scale of the per-type quotas")
    ap.add_argument("--train-xml", default="", help="write training references (AnyStyle's XML) instead: items "
                    "and styles of the training split only")
    ap.add_argument("--train-size", type=int, default=0, help="with --train-xml: at most this many (seeded sample)")
    ap.add_argument("--part", choices=("train", "test"), default="train",
                    help="with --train-xml: test writes the test items in the test styles instead (for tests)")
    a = ap.parse_args()
    for t in TYPE_QUOTA:
        TYPE_QUOTA[t] = max(1, int(TYPE_QUOTA[t] * a.items))
    os.makedirs(a.out, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        sources = export_items(a.refnet, tmp, a.open_only)
        keep = None
        if a.train_xml:
            # Training items: none of a test item's group, and no title a test item has (the same work in two
            # exports).
            test_titles = {fold(it.get("title", "")) for name, _, items in sources for it in items
                           if is_test_item(dict(it, _source=name))}
            keep = lambda it: not is_test_item(it) and fold(it["title"]) not in test_titles
            if a.part == "test":
                keep = is_test_item
        items = sample_items(sources, keep)
        plain_path = os.path.join(tmp, "plain.json")
        marked_path = os.path.join(tmp, "marked.json")
        lua = os.path.join(tmp, "ids.lua")
        strip = [{k: v for k, v in it.items() if not k.startswith("_")} for it in items]
        with open(plain_path, "w", encoding="utf-8") as f:
            json.dump(strip, f, ensure_ascii=False)
        with open(marked_path, "w", encoding="utf-8") as f:
            json.dump([marked_item(it) for it in strip], f, ensure_ascii=False)
        with open(lua, "w") as f:
            f.write(LUA)
        with open(os.path.join(a.out, "items.json"), "w", encoding="utf-8") as f:
            json.dump(items, f, ensure_ascii=False, indent=1)
        by_id = {it["id"]: it for it in items}
        if a.styles:
            fixed, sampled = a.styles.split(","), []
        else:
            fixed, sampled = style_list(a.sample_styles)
        if a.train_xml:
            fixed = [x for x in fixed if is_test_style(x) == (a.part == "test")]
            sampled = [x for x in sampled if is_test_style(x) == (a.part == "test")]
        rows, report, sequences, unlabelled = [], [], [], 0
        for style in fixed + sampled:
            path = os.path.join(STYLE_DIR, style + ".csl")
            plain = render(path, plain_path, lua)
            marked = render(path, marked_path, lua) if plain else None
            if not plain or not marked:
                report.append((style, "pandoc failed", 0, 0))
                continue
            fmt = style_format(path)
            kept = dropped = 0
            for iid, text in sorted(plain.items()):
                m = marked.get(iid)
                # A numbered style sorting by names may number the marked items otherwise: the same
                # reference when only the leading number differs.
                if m is None or iid not in by_id or LEADING_NUMBER.sub("", MARK_RE.sub("", m)) != LEADING_NUMBER.sub("", text):
                    dropped += 1
                    continue
                it = by_id[iid]
                if "\t" in text:
                    dropped += 1
                    continue
                kept += 1
                if a.train_xml:
                    seq = training_sequence(it, m)
                    if seq is None or "".join(("" if g else " ") + v for _, v, g in seq).split() != \
                            MARK_RE.sub("", m).split():
                        unlabelled += 1
                    else:
                        sequences.append(seq)
                    continue
                split = "%s-items/%s-styles" % ("test" if is_test_item(it) else "train",
                                                "test" if is_test_style(style) else "train")
                tag = "style:%s format:%s type:%s source:%s%s split:%s" % (
                    style, fmt or "unknown", it["type"], it["_source"], " sampled" if style in sampled else " listed",
                    split)
                rows.append([text] + expected(it, m) + [tag])
            report.append((style, fmt, kept, dropped))
    if a.train_xml:
        if a.train_size and len(sequences) > a.train_size:
            sequences = random.Random(SEED).sample(sequences, a.train_size)
        with open(a.train_xml, "w", encoding="utf-8") as f:
            f.write('<?xml version="1.0" encoding="UTF-8"?>\n<dataset>\n')
            for seq in sequences:
                f.write(sequence_xml(seq))
            f.write("</dataset>\n")
        print("%d items, %d styles; %d references -> %s (%d not labelled)" % (
            len(items), len(report), len(sequences), a.train_xml, unlabelled))
        return 0
    with open(os.path.join(a.out, "styles.tsv"), "w", encoding="utf-8") as f:
        f.write("reference\tauthors\tyear\ttitle\tcontainer\tvolume\tissue\tfirst-page\tpublisher\tplace\ttags\n")
        for r in rows:
            f.write("\t".join(c.replace("\t", " ").replace("\n", " ") for c in r) + "\n")
    types = {}
    for it in items:
        types[it["type"]] = types.get(it["type"], 0) + 1
    print("%d items: %s" % (len(items), ", ".join("%s %d" % kv for kv in sorted(types.items()))))
    for style, fmt, kept, dropped in report:
        print("%-60s %-12s %4d rows %4d dropped" % (style, fmt, kept, dropped))
    print("%d rows -> %s" % (len(rows), os.path.join(a.out, "styles.tsv")))


if __name__ == "__main__":
    sys.exit(main())
