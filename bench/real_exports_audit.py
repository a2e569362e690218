#!/usr/bin/env python3
"""Audit refnet on a directory of real database exports (Web of Science
plain/tab/CSV, Scopus CSV/RIS, PubMed MEDLINE/XML/CSV, EndNote XML/tagged;
since audit22 also Ovid tagged and Ovid CSV, Lens CSV, IEEE Xplore CSV,
SpringerLink CSV, Publish or Perish CSV, ACM DL CSV, and BibTeX: ACM,
IEEE, ScienceDirect, EBSCO; since bibl24 Dimensions CSV and RefWorks
tagged: CNKI; since audit24 Embase's, Zotero's and Covidence's CSV and
ERIC's MEDLINE text without PMID; since audit27 CSL-JSON, the Cochrane
Library's plain text and Scopus's Text export, whose records are counted at
their "SOURCE:" lines and compared on title, year and DOI only; since
audit65 Ovid's display text, "<1>" and each field's name on its line, its
DOI from "DOI Number" or else Ovid's links).
Figures are printed; nothing is asserted.

  bench/real_exports_audit.py --refnet build/refnet DIR_OR_FILE... [--out DIR] [--tsv FILE] [--show N]

For every file the records are counted and their fields read here, by small
readers of this script's own (python's csv module for tables, ElementTree for
XML, the tag rules of each tagged format), independently of refnet.  The file
is then imported alone into a fresh library (`import --json --diagnostics`)
and the library listed (`list --format json`).  Printed per file:

  recs     records in the file (ER lines, PMID- lines, <PubmedArticle>,
           <record>, CSV rows of a real CSV parser, TY/%0 lines)
  read rej merged  refnet's counts; 'LOSS' when read != recs or when
           new + merged + present + rejected != read
  warn     warnings + errors refnet wrote
  wrong    fields that differ between the file and refnet's work, matched by
           the line its source starts on: title, first author's family name,
           author count, year, volume, issue, first page, DOI, abstract
           (start), keyword count, cited-reference count (WoS CR / Scopus
           References).  Works merged from two records are not compared.

bench/real_exports_audit_sample.tsv lists the 57 files of the first audit
(task db21: repository, commit, path, licence file; 36 repositories, most
without a licence, so not in fixtures/) and the files of audit22 (note
"audit22": EBSCOhost RIS and BibTeX, Ovid RIS/tagged/CSV, ProQuest RIS,
Cochrane RIS, LILACS RIS, Lens, IEEE, SpringerLink, ACM, ScienceDirect,
Publish or Perish) and of bibl24 (note "bibl24": Dimensions CSV,
CNKI's RefWorks export, SciELO-in-WoS tab-delimited with translated titles,
WoS RIS and BibTeX, Scopus RIS/BibTeX/CSV of Portuguese, Spanish,
Indonesian, Turkish and Chinese projects) and of audit24 (note "audit24":
biomedical and review-tool exports: Embase CSV/RIS, Ovid PsycINFO RIS, EBSCO
CAB/GreenFile/EconLit RIS, Covidence/Rayyan/EPPI/Citavi/RefWorks RIS, MEDLINE,
ERIC nbib, Mendeley and EndNote XML, Zotero CSV) and of audit25 (note
"audit25": hand-maintained BibTeX libraries of JabRef, BibDesk, Zotero,
Mendeley and dblp, ACM/IEEE/Scopus BibTeX of CS reviews) and of audit26 (note
"audit26": WoS plain text of 2016-2024 and WoS's Excel export saved as text,
Scopus CSV/RIS/BibTeX, PubMed XML/MEDLINE/legacy CSV, Embase and Google
Scholar RIS, JSTOR BibTeX, EndNote tagged, Dimensions) and of audit27 (note
"audit27": Zotero CSL-JSON (Better CSL JSON, Zotero's own), the Cochrane
Library's plain text, Scopus Text, an EndNote RIS of WoS records, IEEE
Xplore's older CSV, Zotero RDF, WoS BibTeX of 2008-2024): bring them into a directory
(the `fetch` tool, then `git show COMMIT:PATH`) and run this script on it.
Known differences that are no fault: WoS AF full names where the file's AU
has initials, a DOI refnet reads from EBSCO's L3 or an Ovid L1 resolver
link, an Embase SO's volume and issue (refnet reads SO), Lens "Fields of
Study" and MeSH counted as keywords, LaTeX in BibTeX names (this script
does not decode it), ProQuest/Cochrane AU lists refnet splits, a WoS AF spelling ("Ueberschaer" for AU "Ueberschar"), group
authors (CA, CN) counted as authors, "[Anonymous]" dropped, Scopus
"[No abstract available]" kept in extra, rich text (<i>) in PubMed titles,
Scopus References this script cuts at every "; " where refnet joins JMIR's
"[FREE Full _text] [doi] [Medline: ...]" tails to their reference and
keeps a reference listed twice alike ("(2023)", a web page) twice,
converters' WoS files with one-space continuations (Scopus4HistCite);
since audit24: a DOI refnet reads from a resolver or publisher URL in UR or
from M3 where DO is empty, several names in one RIS AU line ("Agrawal A,
Gupta K.") that refnet splits, an article number or e-locator (MEDLINE LID,
BibTeX art_number) as the first page, Rayyan's DOI cell with RIS text glued
after it, a "DOI 1"-like placeholder refnet refuses as a DOI (said).  The
script reads lone CRs as line ends (refnet's lines), "NA" as R's missing
value, a record without ER as ending at the next TY, and counts keywords
once per ASCII case without PubMed's '*' marks, as refnet keeps them.
Since audit26 RIS tags with one space ("TY - JOUR"), RIS without TY lines
(old Scopus: records end at ER), WoS's Excel column names ("Article Title",
"UT (Unique WOS ID)", read as their tags), a WoS year from EA/EY when PY is
empty, "%28"-escaped DOIs, "; "-separated names in one RIS AU line, Scopus's
"[No author id available]" and "[No abstract available]" as nothing.
Since audit27 a BibTeX value wholly in a second pair of braces (WoS's
"Year = {{2008}}") is read without them, and a DOI through a library's proxy
("dx.doi.org.ezproxy.elon.edu/10..."), with WoS's article number before it
("ARTN 107353 10.1016/...", EndNote) or in an HTML link is the DOI, as refnet
reads them.
Since audit29 a PubMed CSV author list is cut at ';' too (the collective
name after "; "), as refnet reads it, and an EndNote tagged record is a
block of tag lines, %0 or not; bench/real_exports_audit_sample.tsv
holds the files of audit29 (note "audit29": CoLRev's export samples of
ABI/INFORM (ProQuest) RIS and BibTeX, EBSCO, Europe PMC, PsycINFO, JSTOR,
TRID, AIS eLibrary EndNote tagged, IEEE, Springer, Wiley, Taylor & Francis;
EndNote XML of three dedupe test sets; PubMed CSV of 10,000 rows; WoS
plain text, RIS and BibTeX; JabRef's EndNote XML, PubMed XML, ISI and
Ovid samples, the Ovid ones in Ovid's labelled display format, which
refnet does not read (it says so)).
Since audit30 Embase's "CSV - Fields by Row" (a record a block of lines,
"TITLE","..." / "AUTHOR NAMES","Wang Y.",...) is read ("embase-by-row");
the sample holds audit30's files (note "audit30": CiteSource's AGRIS,
EconLit, EBSCO Criminal Justice, Lens, Ovid MEDLINE, WoS, PubMed RIS and
benchmark searches; Embase CSV by row with the same search's RIS, PubMed
CSV and MEDLINE; ASySD's Zotero RIS; EBSCO RIS; Lens CSV, Publish or Perish
and Zotero CSV; Zotero BibTeX; WoS tab-delimited with CPCI proceedings;
nbib; RIS made from PubMed without TY; two Zotero RDF files, refused).
The sample holds audit32's files (note "audit32": the Cochrane Library's,
BASE's, ScienceDirect's and Zotero's BibTeX of one systematic review's
searches; CNKI RefWorks; Web of Science "All databases" plain text and
tab-delimited with KCI and Derwent records, WoS citation report CSV;
Google Scholar RIS/EndNote; Ovid Embase CSV; MEDLINE of 2014; PubMed's
Abstract text, refused).  A BibTeX author list the Cochrane Library writes
("Rautiainen, R, Lehtola, MM, and Verbeek, JH") is counted here by " and ",
as BibTeX reads it: 2 where refnet reads 7.
The sample holds audit34's files (note "audit34": ProQuest RIS, WoS RIS and
BibTeX, Scopus RIS/BibTeX, Dimensions CSV of 2026, Lens patent CSV, Google
Scholar RIS/EndNote, Zotero RIS/BibTeX/BibLaTeX of theses, EndNote BibTeX,
revtools' merged table, RIS a tool wrote from WoS records).  Here RIS SP
is a page of every type; refnet reads SP alone of a whole book, thesis or
manuscript as its number of pages (Zotero's numPages): 'page' differs there.
The sample holds audit39's files (note "audit39": an EBSCOhost RIS of the
Philosopher's Index with the same search's WoS and Scopus RIS, WoS RIS with
Early Access and Derwent records, SpringerLink CSV, PubMed and WoS BibTeX,
a bibliometrix 1.x data frame, ProQuest's plain text of newspaper searches,
which this script does not read (counted by hand), and an Ovid RIS of APA
PsycArticles and Embase read through the index only).
The sample holds audit40's files (note "audit40": WoS plain text, BibTeX
and EndNote RIS of 2023-2024, RefWorks BibTeX of WoS records, Scopus
CSV/RIS/BibTeX of 2024-2025, IEEE Xplore CSV of 2025, ACM DL BibTeX,
Publish or Perish CSV).  Since audit40 IEEE's Authors are read with their
HTML character references decoded ("B&#x00E9;atrix-May"), and a Scopus
reference "undefined" (what Scopus writes since 2024 for one it could not
render) is not counted, as refnet reads them.
The sample holds audit41's files (note "audit41": ScienceDirect's plain
text, RIS and BibTeX of one search, Scopus BibTeX of 2019-2023, WoS BibTeX
and Web of Knowledge plain text, IEEE Xplore RIS, RIS an ASReview project
wrote); since audit41 ScienceDirect's plain text ("Export citation to
text") is read here ("sciencedirect-txt"), its family name the last word of
the first name (refnet reads particles: "De Nicola" where this script has
"Nicola").
The sample holds audit42's files (note "audit42": Zotero RDF of Zotero 4
to 7 and one Zotero CSV of a library whose RDF is there too).  This script
does not read Zotero RDF: its records were counted by hand (the z:itemType
of every item node, attachments and notes left out) and compared with
refnet's by title, creators and date.
The sample holds audit45's files (note "audit45": CSL-JSON of Zotero,
Manubot and pandoc projects, Dimensions BibTeX, JSTOR RIS, Google Scholar
EndNote, Crossref-made RIS, one Bibliontology RDF refused and one project's
own JSON that is no export).
The sample holds audit52's files (note "audit52": asreview's
citation-file-formatting exports of one 2024 search from EBSCOhost (RIS,
CSV), embase.com (RIS, CSV, the CSV re-saved by Excel), OpenAlex (CSV),
the Cochrane Library (CSV, RIS), Google Scholar (CSV, RIS), MDPI, Ovid ERIC
and PsycInfo, PubMed (MEDLINE, CSV), WoS, Scopus, EndNote, EPPI-Reviewer,
RefWorks (TSV), Lens (TSV), abstrackr, Rayyan, Covidence and Zotero; CC0,
in fixtures/corpora as citation-file-formatting__* since the table reader,
not listed here before).  This script does not read the CSV and TSV
layouts among them ("not a known export"): they were compared by hand.
The sample holds audit53's files (note "audit53"): the same family read
format against format, each database's RIS against its own CSV or TSV of
the search, and RefWorks', Citavi's and Rayyan's files against Lens's RIS
of the same works (fixtures/corpora: citation-file-formatting__lens.ris,
__citavi.ris, __rayyan.ris; tests/audit53_test.cpp compares them field by
field), a WoS plain text and a WoS tab-delimited export of 2025, a Scopus
BibTeX of 2025 with 147 chapters in book series filed @ARTICLE, and a WoS
export with Excel's column names.
The sample holds audit66's files (note "audit66": the Indigenous Studies
Portal's RIS, ERIC through ProQuest, EBSCOhost's LISTA, Scopus, IEEE
Xplore, PubMed and WoS RIS of one search, the Cochrane Library's CENTRAL,
MEDLINE, PubMed's Abstract text and PMID list (refused, said), Europe PMC's
CSV (not read here: compared by hand), Scopus, WoS and ACM BibTeX of 2020).
The sample holds sheet68's files (note "sheet68": Lens.org's JSON export of
2019-2021 and two Scholarly API records of 2020, Lens CSV, Publish or Perish
CSV of Google Scholar and Crossref, the Cochrane Library's plain text of CDSR,
CNKI RefWorks of 2024, Google Scholar EndNote, INSPIRE-HEP and NASA ADS BibTeX,
NASA ADS's tagged export, HAL BibTeX, a script's CSV of CORE API results).
Since sheet68b this script reads Lens.org's JSON export (an author listed
once per affiliation, the same "seq", counted once) and NASA ADS's tagged
export (its %-letters as ADS means them, wrapped names joined), and counts
a lone CR as a line end in line numbers too (a record's line in a file of
lone CRs was the file's first line: every record compared with none).
Since audit25 a BibTeX "number" outside @article (a report's or a series'
number, which refnet keeps as the number) is compared neither as the issue
nor as a page, and an author list is cut at " and " outside braces only.

--show N prints the first N differences of each field per file (what the
file says, what refnet kept), --tsv writes the table, --out keeps the
libraries, JSON answers and diagnostics.
"""

import argparse
import codecs
import csv
import html
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import urllib.parse
import xml.etree.ElementTree as ET

csv.field_size_limit(1 << 30)

FIELDS = ["title", "family", "nauthors", "year", "volume", "issue", "page",
          "doi", "abstract", "nkeywords", "nrefs"]


# ---------------------------------------------------------------- decoding
def decode(raw):
    if raw.startswith(codecs.BOM_UTF16_LE):
        return raw[2:].decode("utf-16-le", "replace"), "UTF-16LE"
    if raw.startswith(codecs.BOM_UTF16_BE):
        return raw[2:].decode("utf-16-be", "replace"), "UTF-16BE"
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[3:]
    try:
        return raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        return raw.decode("cp1252", "replace"), "windows-1252"


def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", "", s.casefold())  # letters of any script: CJK titles compare too


def first_page(p):
    m = re.match(r"\s*([A-Za-z]*\d+[A-Za-z]*)", p or "")
    return m.group(1).lstrip("0") if m else ""


def doi_norm(d):
    d = (d or "").strip()
    d = re.sub(r"<[^>]*>", "", d)  # a link around the DOI (Zotero), HTML after it
    d = re.sub(r"^ARTN\s+\S+\s+(?=10\.)", "", d)  # WoS's article number before it (EndNote)
    # a resolver, also through a library's proxy ("dx.doi.org.ezproxy.elon.edu")
    d = re.sub(r"^(https?://(dx\.)?doi\.org(\.[A-Za-z0-9.-]+)?/|doi:\s*)", "", d, flags=re.I)
    d = re.sub(r"%([0-9A-Fa-f]{2})", lambda m: chr(int(m.group(1), 16)), d)  # Embase's "%28" in a resolver URL
    # WoS's SICI DOIs with a space inside ("...(2007)27 [ 32:TLBCFP]..."),
    # which refnet repairs.
    return re.sub(r"\s+", "", d).casefold()


def distinct(items):
    """Items counted once whatever their ASCII case (refnet keeps one of
    each); "non-suicidal" and "Nonsuicidal", "biodiversité" and
    "biodiversity", keywords in Chinese are distinct."""
    def key(i):  # PubMed's major-topic marks ("*Gambling", "Acne/*therapy") are no part of the term
        i = re.sub(r"(^|/)\*", r"\1", i.strip())
        return "".join(c.lower() if c < "\x80" else c for c in i)
    return len({key(i) for i in items if i.strip()})


def line_of(text, offset):
    # CRLF, a lone CR (Cochrane, WoS RIS) and LF each end a line, as refnet counts them.
    return len(re.findall(r"\r\n|\r|\n", text[:offset])) + 1


# ---------------------------------------------------------------- format sniffing
def sniff(text):
    head = text[:4000]
    first = re.split(r"\r\n|\r|\n", head, 1)[0].strip("\ufeff")  # lone CRs end lines (Cochrane)
    if re.search(r"<PubmedArticleSet|<PubmedArticle>|<PubmedBookArticle>", head):
        return "pubmed-xml"
    if re.search(r"<xml>\s*<records>|<records>\s*<record>", head, re.I):
        return "endnote-xml"
    if re.match(r"(FN |PT |VR )", first) or re.search(r"^PT [A-Z]\s*$", head, re.M):
        return "wos"
    cells = first.split("\t")
    if len(cells) > 10 and cells[0] in ("PT", "FN") and "TI" in cells:
        return "wos-tab"
    cells = first.split("\t")
    if len(cells) > 10 and "Article Title" in cells and "UT (Unique WOS ID)" in cells:
        return "wos-names-tab"  # WoS's Excel export saved as tab-delimited text: column names, not tags
    cells = next(csv.reader([first]), [])
    if len(cells) > 10 and "Article Title" in cells and "UT (Unique WOS ID)" in cells:
        return "wos-names-csv"
    if len(cells) > 10 and cells[0] == "PT" and "TI" in cells:
        return "wos-csv"
    if "Lens ID" in cells and "Title" in cells:  # before PubMed's CSV: Lens has PMID and Title too
        return "lens-csv"
    if first.startswith('"About the data:') or ("Publication ID" in cells and "Dimensions URL" in cells):
        return "dimensions-csv"  # before PubMed's CSV: Dimensions has PMID and Title too
    if cells[:3] == ["ORN", "VN", "DB"] or ("VN" in cells and "DB" in cells and "TI" in cells):
        return "ovid-csv"
    if "EID" in cells or ("Source title" in cells and "Title" in cells):
        return "scopus-csv"
    if "PMID" in cells and "Title" in cells:
        return "pubmed-csv"
    if cells[:3] == ["Title", "URL", "Description"] and "EntrezUID" in cells:
        return "pubmed-csv-legacy"
    if "Document Title" in cells and "Authors" in cells:
        return "ieee-csv"
    if "Item Title" in cells and "Content Type" in cells:
        return "springer-csv"
    if cells[:3] == ["Cites", "Authors", "Title"]:  # Publish or Perish (GSRank... or cut short)
        return "pop-csv"
    if cells[:3] == ["type", "id", "author"] and "booktitle" in cells:
        return "acm-csv"
    if "Author Names" in cells and "Title" in cells and "Source" in cells and any(c.startswith("Emtree") for c in cells):
        return "embase-csv"
    if len(cells) == 2 and cells[0].lstrip("\ufeff") == "TITLE" and re.search(r'^"AUTHOR NAMES",', head, re.M):
        return "embase-by-row"  # Embase's "CSV - Fields by Row": a record a block of lines
    if [c.lstrip("\ufeff") for c in cells[:4]] == ["Key", "Item Type", "Publication Year", "Author"]:
        return "zotero-csv"
    if "Covidence #" in cells and "Title" in cells and "Authors" in cells:
        return "covidence-csv"
    if re.match(r"<\d+\. >", first) or re.search(r"^VN  - Ovid Technologies", head, re.M):
        return "ovid"
    if re.match(r"<\d+>$", first) and re.search(r"^(Title|Author|Source)\r?$", head, re.M):
        return "ovid-display"  # Ovid's display text: a field's name on its line, its value indented
    if re.search(r"^PMID- ", head, re.M) or re.search(r"^OWN - ", head, re.M):  # ERIC's nbib: no PMID
        return "medline"
    # RIS: "TY - JOUR" with one space too (refnet reads a known tag so), and
    # old Scopus RIS whose records have no TY, each ending at ER.
    if re.search(r"^TY {1,2}- ", head, re.M) or (re.search(r"^ER  -", text, re.M) and re.match(r"[A-Z][A-Z0-9]  - ", first)):
        return "ris"
    # NASA ADS's tagged export: "%R <bibcode>" opens each record (its %-letters
    # are not EndNote's: %Y DOI, %B abstract, %L last page).
    if re.match(r"%R \S", first) and re.search(r"^%T ", head, re.M) and not re.search(r"^%0 ", head, re.M):
        return "ads-tagged"
    if re.search(r"^%0 ", head, re.M):
        return "enw"
    if re.search(r"^RT [A-Z]", head, re.M) and re.search(r"^(A1|T1) ", head, re.M):
        return "refworks"
    if re.search(r"^\s*@[A-Za-z]+\s*[{(]", head, re.M):
        return "bibtex"
    if re.match(r"\s*Record #\d+ of \d+", head.lstrip("\ufeff")):
        return "cochrane"
    if re.match(r"#? ?Scopus\s*$", first) and re.search(r"^#? ?EXPORT DATE:", head, re.M):
        return "scopus-txt"
    if re.search(r"^\d{4},\r?$", head, re.M) and re.search(r"^\(https://www\.sciencedirect\.com/", head, re.M):
        return "sciencedirect-txt"
    if head.lstrip("\ufeff \t\r\n")[:1] in "[{" and re.search(r'"(record_lens_id|lens_id)"', head):
        return "lens-json"
    if head.lstrip("\ufeff \t\r\n")[:1] in "[{" and re.search(r'"(issued|container-title|citation-key)"', head) \
            and not re.search(r'"(authorships|reference-count|itemType|message-type)"', head):
        return "csl-json"
    return None


# ---------------------------------------------------------------- tagged formats
def tagged_records(text, start_re, end_re, tag_re, cont_re, restart=True, blank_ends=True):
    """Records of a tagged format: list of (line, {tag: [values]}).
    restart=False: start_re opens a record only after the one before ended.
    blank_ends=False (RefWorks): no end line, and a blank line ends nothing:
    the next start line does (CNKI writes blank lines inside records)."""
    recs, cur, tag, line_no = [], None, None, 0
    # A lone CR ends a line as refnet reads it (WoS RIS: "AD  - ...\rAD  - ...").
    for line_no, line in enumerate(re.split(r"\r\n|\r|\n", text), 1):
        line = line.lstrip("\ufeff")
        if cur is not None and (end_re or not blank_ends) and restart and start_re.match(line):
            recs.append(cur)  # a record without its end line: the next one begins
            cur = None
        if cur is None:
            if start_re.match(line):
                cur, tag = (line_no, {}), None
            else:
                continue
        if end_re and end_re.match(line):
            recs.append(cur)
            cur = None
            continue
        m = tag_re.match(line)
        if m:
            tag = m.group(1)
            cur[1].setdefault(tag, []).append(m.group(2))
        elif tag and cont_re.match(line) and line.strip():
            vals = cur[1][tag]
            vals.append(line.strip()) if tag in MULTI else vals.__setitem__(-1, vals[-1] + " " + line.strip())
        elif not line.strip() and end_re is None and blank_ends:
            recs.append(cur)
            cur = None
    if cur is not None:
        recs.append(cur)
    return recs


MULTI = {"AU", "AF", "CR", "C1", "CA", "FAU", "OT", "MH", "KW", "A1", "%A", "%K", "K1"}


def wos_recs(text):
    # Continuations are indented three spaces; converters (Scopus4HistCite) indent one.
    recs = tagged_records(text, re.compile(r"PT "), re.compile(r"ER\s*$"),
                          re.compile(r"([A-Z][A-Z0-9]) ?(.*)$"), re.compile(r" "))
    out = []
    for line, t in recs:
        g = lambda k: (t.get(k) or [""])[0].strip()
        # WoS writes HTML character references ("review &amp; editing"): their ";" is no separator.
        kw = re.split(r";\s*", html.unescape(" ".join(t.get("DE", []))))
        groups = [c for v in t.get("CA", []) for c in v.split("; ") if c.strip()]
        # Early access records without PY: the year of EA ("NOV 2021") or EY.
        ea = re.search(r"\b(1[89]|20)\d\d\b", g("EA"))
        out.append(dict(line=line, title=g("TI"), family=g("AU").split(",")[0],
                        nauthors=len(t.get("AU", [])) + len(groups),
                        year=g("PY") or g("EY") or (ea.group(0) if ea else ""), volume=g("VL"),
                        issue=g("IS"), page=g("BP") or g("AR") or g("PS"), doi=g("DI"),  # Zoological Record: PS
                        abstract=g("AB"), nkeywords=distinct(kw),
                        nrefs=len(t["CR"]) if t.get("CR") else None))
    return out


def medline_recs(text):
    recs = tagged_records(text, re.compile(r"PMID- |OWN - "), None,
                          re.compile(r"([A-Z0-9]{2,4}) *- (.*)$"), re.compile(r"      "))
    out = []
    for line, t in recs:
        g = lambda k: (t.get(k) or [""])[0].strip()
        dois = [v.split(" ")[0] for v in t.get("AID", []) + t.get("LID", []) if v.endswith("[doi]")]
        au = t.get("FAU") or t.get("AU") or []
        fam = au[0].split(",")[0] if au and "," in au[0] else (au[0].rsplit(" ", 1)[0] if au else "")
        groups = len(t.get("CN", []))  # group authors: refnet's literal authors
        out.append(dict(line=line, title=g("TI") or g("BTI"), family=fam, nauthors=len(au) + groups,
                        year=g("DP")[:4], volume=g("VI"), issue=g("IP"),
                        page=first_page(g("PG")), doi=dois[0] if dois else "",
                        abstract=g("AB"), nkeywords=None, nrefs=None))
    return out


def ris_recs(text):
    # Without any TY line every tag line after an ER opens a record.
    has_ty = re.search(r"^\ufeff?TY {1,2}- ", text, re.M) is not None
    recs = tagged_records(text, re.compile(r"TY {1,2}- " if has_ty else r"[A-Z][A-Z0-9]  - "),
                          re.compile(r"ER {1,2}-"), re.compile(r"([A-Z][A-Z0-9]) {1,2}- ?(.*)$"),
                          re.compile(r"\S"), restart=has_ty)
    out = []
    for line, t in recs:
        # "NA" alone is R's missing value (synthesisr, CiteSource); "<br />"
        # at the end an HTML line break some exporters leave: refnet drops both.
        t = {k: [re.sub(r"\s*<br\s*/?>$", "", v.strip()) for v in vs if v.strip() != "NA"] for k, vs in t.items()}
        # An empty tag ("SP  - ") is no value: the next key is asked (C7, the article number).
        g = lambda *ks: next(((t.get(k) or [""])[0].strip() for k in ks if (t.get(k) or [""])[0].strip()), "")
        # Several names in one AU line, "; "-separated (R's and some tools'
        # RIS): refnet splits them.
        au = [a for v in (t.get("AU") or t.get("A1") or []) for a in v.split("; ") if a.strip()]
        out.append(dict(line=line, title=g("TI", "T1"), family=au[0].split(",")[0] if au else "",
                        nauthors=len(au), year=g("PY", "Y1", "DA")[:4], volume=g("VL"),
                        issue=g("IS"), page=first_page(g("SP", "C7")), doi=g("DO"),
                        abstract=g("AB", "N2"), nkeywords=distinct(t.get("KW", [])), nrefs=None))
    return out


def refworks_recs(text):
    """RefWorks' tagged format (CNKI, Wanfang, VIP "for RefWorks"): RT opens
    a record, the next RT ends it (since audit32: CNKI writes blank lines
    inside records, its English keywords on a second K1 line, its theses'
    abstract paragraphs indented with a tab); CNKI puts all authors on one A1
    line separated by ';' (a few by ',', whole names in Chinese: refnet reads
    them as people, as here) and its keywords on one K1 line."""
    recs = tagged_records(text, re.compile(r"RT "), None,
                          re.compile(r"([A-Za-z][A-Za-z0-9]) (.*)$"), re.compile(r"\s*(?![A-Za-z][A-Za-z0-9] )\S"),
                          blank_ends=False)
    out = []
    for line, t in recs:
        t = {k.upper(): v for k, v in t.items()}
        g = lambda *ks: next(((t.get(k) or [""])[0].strip() for k in ks if (t.get(k) or [""])[0].strip()), "")
        au = [a.strip() for v in t.get("A1", []) for a in re.split(r"[;；]", v) if a.strip()]
        if len(au) == 1 and re.fullmatch(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+(,[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+)+", au[0]):
            au = au[0].split(",")
        kw = [k for v in t.get("K1", []) for k in re.split(r"[;；]", v)]
        out.append(dict(line=line, title=g("T1"), family=au[0].split(",")[0] if au else "",
                        nauthors=len(au), year=g("YR", "FD")[:4], volume=g("VO"), issue=g("IS"),
                        page=first_page(g("SP", "OP")), doi=g("DO"), abstract=g("AB"),
                        nkeywords=distinct(kw) if "K1" in t else None, nrefs=None))
    return out


def enw_recs(text):
    # A record is a block of tag lines between blank lines; AIS eLibrary's
    # writes %T first and leaves %0 out of some records (audit29).
    recs = tagged_records(text, re.compile(r"%[A-Z0-9@!#$&()*+^>~] "), None,
                          re.compile(r"(%[A-Z0-9@!#$&()*+^>~]) (.*)$"), re.compile(r"(?!%)\S"))
    out = []
    for line, t in recs:
        g = lambda k: (t.get(k) or [""])[0].strip()
        au = t.get("%A", [])
        out.append(dict(line=line, title=g("%T"), family=au[0].split(",")[0] if au else "",
                        nauthors=len(au), year=g("%D")[:4], volume=g("%V"), issue=g("%N"),
                        page=first_page(g("%P")), doi=g("%R"), abstract=g("%X"),
                        nkeywords=None, nrefs=None))
    return out


# ---------------------------------------------------------------- tables
def table_rows(text, delimiter=","):
    """(physical line of the row's start, row dict) for each data row."""
    rdr = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter,
                     quoting=csv.QUOTE_NONE if delimiter == "\t" else csv.QUOTE_MINIMAL)
    header, rows, line = None, [], 1
    for r in rdr:
        start, line = line, rdr.line_num + 1
        if header is None:
            header = [h.strip().lstrip("\ufeff") for h in r]
            continue
        if not any(c.strip() for c in r):
            continue
        if [c.strip().lstrip("\ufeff") for c in r] == header:  # files joined by hand: the header again
            continue
        if r and r[0].strip().lstrip("\ufeff") == header[0] and len(r) > 3 and any(c.strip() in ("Title", "TI") for c in r):
            header = [h.strip().lstrip("\ufeff") for h in r]  # joined exports with other columns: a header of its own
            continue
        rows.append((start, r, dict(zip(header, r))))
    return header, rows


def scopus_recs(text):
    header, rows = table_rows(text)
    out = []
    for line, _, r in rows:
        g = lambda k: (r.get(k) or "").strip()
        # Scopus: "Family I., Family J." before 2023, "Family I.; Family J." after.
        au = [a for a in re.split(r";\s*" if ";" in g("Authors") else r",\s+", g("Authors"))
              if a.strip() and a.strip() != "[No author name available]"
              and a.strip().rstrip(".") not in ("Jr", "Sr", "II", "III")]  # "O'Boyle E.H., Jr.": a suffix
        fam = au[0].split(",")[0] if au and "," in au[0] else (au[0].rsplit(" ", 1)[0] if au else "")
        # Before about 2019 each name had its own comma ("Aka, J., Ugaglia,
        # A.A."): the pieces pair up, family then dotted initials.
        if ";" not in g("Authors") and len(au) >= 2 and all(re.fullmatch(r"(?:[^\W\d_][a-z]?\.-?)+", x.strip()) for x in au[1::2]):
            fam, au = au[0].strip(), au[::2]
        # Scopus's author IDs: one per author, whatever the names' layout.
        if g("Author(s) ID"):
            au = [x for x in g("Author(s) ID").split(";") if x.strip() and not x.strip().startswith("[")]
        if g("Author full names"):
            au = [a for a in g("Author full names").split("; ") if a.strip()]
            fam = au[0].split(",")[0]
        kw = g("Author Keywords").split(";")
        # "undefined": what Scopus writes since 2024 for a reference it could not render; refnet leaves it out.
        refs = [x for x in g("References").split("; ") if x.strip() != "undefined"] if "References" in header else None
        out.append(dict(line=line, title=g("Title"), family=fam, nauthors=len(au), year=g("Year"),
                        volume=g("Volume"), issue=g("Issue"),
                        page=g("Page start") or g("Art. No."), doi=g("DOI"),
                        abstract="" if g("Abstract") == "[No abstract available]" else g("Abstract"),
                        nkeywords=distinct(kw) if "Author Keywords" in header else None,
                        nrefs=distinct(refs) if refs is not None else None))
    return out


def wos_table_recs(text, delimiter):
    header, rows = table_rows(text, delimiter)
    out = []
    for line, _, r in rows:
        g = lambda k: (r.get(k) or "").strip().strip('"')
        au = [a for a in g("AU").split("; ") if a.strip()]
        kw = html.unescape(g("DE")).split(";")
        groups = [c for c in g("CA").split("; ") if c.strip()]
        ea = re.search(r"\b(1[89]|20)\d\d\b", g("EA"))
        out.append(dict(line=line, title=g("TI"), family=au[0].split(",")[0] if au else "",
                        nauthors=len(au) + len(groups), year=g("PY") or g("EY") or (ea.group(0) if ea else ""),
                        volume=g("VL"), issue=g("IS"),
                        page=g("BP") or g("AR") or first_page(g("PS")),  # BIOSIS, MEDLINE, Zoological Record: PS
                        doi=g("DI"), abstract=g("AB"), nkeywords=distinct(kw),
                        nrefs=len([c for c in g("CR").split("; ") if c.strip()]) if g("CR") else None))
    return out


WOS_NAMES = {"Article Title": "TI", "Authors": "AU", "Group Authors": "CA", "Publication Year": "PY",
             "Volume": "VL", "Issue": "IS", "Start Page": "BP", "Article Number": "AR", "DOI": "DI",
             "Abstract": "AB", "Author Keywords": "DE", "Cited References": "CR",
             "Early Access Date": "EA"}


def wos_names_recs(text, delimiter):
    """WoS's Excel export (saved as text): the tab-delimited columns under
    their names ("Article Title", "Cited References") instead of tags."""
    lines = text.split("\n", 1)
    header = lines[0].split(delimiter) if delimiter == "\t" else next(csv.reader([lines[0]]))
    header = [WOS_NAMES.get(h.strip().lstrip("\ufeff"), h) for h in header]
    joined = delimiter.join(header) if delimiter == "\t" else ",".join('"%s"' % h.replace('"', '""') for h in header)
    return wos_table_recs(joined + "\n" + (lines[1] if len(lines) > 1 else ""), delimiter)


def pubmed_csv_recs(text):
    header, rows = table_rows(text)
    out = []
    for line, _, r in rows:
        g = lambda k: (r.get(k) or "").strip()
        au = [a for a in re.split(r"[,;]\s*", g("Authors").rstrip(".")) if a.strip()]
        out.append(dict(line=line, title=g("Title"), family=au[0].rsplit(" ", 1)[0] if au else "",
                        nauthors=len(au), year=g("Publication Year"), volume=None, issue=None,
                        page=None, doi=g("DOI"), abstract=None, nkeywords=None, nrefs=None))
    return out


def pubmed_csv_legacy_recs(text):
    header, rows = table_rows(text)
    out = []
    for line, _, r in rows:
        g = lambda k: (r.get(k) or "").strip()
        au = [a for a in re.split(r"[,;]\s*", g("Description").rstrip(".")) if a.strip()]
        # The year after the journal ("Spine (Phila Pa 1976). 2019 Aug 15;...").
        m = re.search(r"\b(1[89]\d\d|20\d\d)\b", g("Details").split(". ", 1)[-1])
        d = re.search(r"doi: (10\.\S+?)\.?(\s|$)", g("Details"))
        out.append(dict(line=line, title=g("Title"), family=au[0].rsplit(" ", 1)[0] if au else "",
                        nauthors=len(au), year=m.group(1) if m else "", volume=None, issue=None,
                        page=None, doi=d.group(1) if d else "", abstract=None, nkeywords=None,
                        nrefs=None))
    return out


# ---------------------------------------------------------------- XML
def xml_text(e):
    return "".join(e.itertext()).strip() if e is not None else ""


def element_lines(text, tag):
    return [line_of(text, m.start()) for m in re.finditer(r"<%s[\s>]" % tag, text)]


def xml_count_only(text, tags):
    """Records of an XML file ElementTree cannot read (files joined by hand:
    two declarations, two roots): counted by their start tags, no fields."""
    lines = sorted(l for t in tags for l in element_lines(text, t))
    return [dict(line=l, **{f: None for f in FIELDS}) for l in lines]


def pubmed_xml_recs(text):
    try:
        root = ET.fromstring(text.encode("utf-8"))
    except ET.ParseError:
        return xml_count_only(text, ("PubmedArticle", "PubmedBookArticle"))
    arts = [e for e in root.iter() if e.tag in ("PubmedArticle", "PubmedBookArticle")]
    lines = sorted(element_lines(text, "PubmedArticle") + element_lines(text, "PubmedBookArticle"))
    out = []
    for line, a in zip(lines, arts):
        lists = [l for l in a.iter("AuthorList") if l.get("Type") != "editors"]
        au = [x for x in (lists[0] if lists else []) if x.find("LastName") is not None or x.find("CollectiveName") is not None]
        ids = {i.get("IdType"): xml_text(i) for i in a.iter("ArticleId")}
        eloc = [xml_text(e) for e in a.iter("ELocationID") if e.get("EIdType") == "doi"]
        title = xml_text(a.find(".//ArticleTitle")) or xml_text(a.find(".//BookTitle"))
        year = xml_text(a.find(".//PubDate/Year")) or xml_text(a.find(".//PubDate/MedlineDate"))[:4]
        fam = xml_text(au[0].find("LastName")) or xml_text(au[0].find("CollectiveName")) if au else ""
        out.append(dict(line=line, title=title, family=fam, nauthors=len(au), year=year,
                        volume=xml_text(a.find(".//JournalIssue/Volume")),
                        issue=xml_text(a.find(".//JournalIssue/Issue")),
                        page=first_page(xml_text(a.find(".//MedlinePgn"))),
                        doi=(eloc or [ids.get("doi", "")])[0],
                        abstract=" ".join(xml_text(x) for x in a.iter("AbstractText")),
                        nkeywords=None, nrefs=None))
    return out


def endnote_xml_recs(text):
    try:
        root = ET.fromstring(text.encode("utf-8"))
    except ET.ParseError:
        return xml_count_only(text, ("record", "RECORD"))
    if root.tag.isupper():  # EndNote's upper-case dialect (<XML><RECORDS><RECORD>)
        return xml_count_only(text, ("RECORD",))
    recs = list(root.iter("record"))
    lines = element_lines(text, "record")
    out = []
    for line, r in zip(lines, recs):
        au = [xml_text(a) for a in r.findall("./contributors/authors/author")]
        kw = [xml_text(k) for k in r.findall("./keywords/keyword")]
        doi = xml_text(r.find("./electronic-resource-num"))
        out.append(dict(line=line, title=xml_text(r.find("./titles/title")),
                        family=au[0].split(",")[0] if au else "", nauthors=len(au),
                        year=xml_text(r.find("./dates/year"))[:4], volume=xml_text(r.find("./volume")),
                        issue=xml_text(r.find("./number")) or xml_text(r.find("./issue")),  # Mendeley: <issue> page=first_page(xml_text(r.find("./pages"))),
                        doi=doi if doi.startswith("10.") else None,
                        abstract=xml_text(r.find("./abstract")), nkeywords=None, nrefs=None))
    return out


def ovid_recs(text):
    """Ovid tagged (Embase, MEDLINE, PsycINFO: 'Citavi', 'EndNote' or
    'Ovid' fields): a record starts at its '<N. >' line."""
    recs = tagged_records(text, re.compile(r"<\d+\. >"), None,
                          re.compile(r"([A-Z][A-Z0-9])  - (.*)$"), re.compile(r"      "))
    out = []
    for line, t in recs:
        g = lambda *ks: next(((t.get(k) or [""])[0].strip() for k in ks if t.get(k)), "")
        au = t.get("AU", [])
        vol, iss = ovid_source(g("SO"))
        out.append(dict(line=line, title=g("TI"), family=au[0] if au else "", nauthors=len(au),
                        year=g("YR")[:4], volume=g("VO", "VI") or vol, issue=g("IP") or iss, page=first_page(g("PG")),
                        doi=g("DO"), abstract=g("AB"), nkeywords=None, nrefs=None))
    return out


def ovid_display_recs(text):
    """Ovid's display text ("<1>", then each field's name on a line of its
    own, its value indented below).  The DOI from "DOI Number", else from
    Ovid's links: the full-text link's "&DO=", the resolver's "id=doi:"."""
    out, cur, name, line = [], None, None, 0
    def close():
        if cur is None:
            return
        g = lambda k: " ".join(cur.get(k, [])).strip()
        au = [a.strip() for a in g("Author").split(";") if a.strip()]
        so = g("Source")
        vol, iss = ovid_source(so)
        m = re.search(r",\s*((?:1[6-9]|20)\d\d)\.\s*(?:Article Number|Date of Publication)", so) \
            or re.search(r",\s*((?:1[6-9]|20)\d\d)\b", so)
        doi = g("DOI Number")
        if not doi:
            for link in (g("Link to the Ovid Full Text or citation"), g("Link to the External Link Resolver")):
                d = re.search(r"[&?](?:DO=|id=doi:)([^&#\s]+)", link)
                if d:
                    doi = d.group(1)
                    while urllib.parse.unquote(doi) != doi:  # "%2528": encoded twice
                        doi = urllib.parse.unquote(doi)
                    break
        title = re.sub(r"\.?\[(Article|Miscellaneous|References|Report|Review|Editorial|Letter|Comment)\]\.?$", "", g("Title"))
        out.append(dict(line=line, title=title, family=au[0] if au else "", nauthors=len(au),
                        year=m.group(1) if m else "", volume=vol, issue=iss, page=None, doi=doi,
                        abstract=g("Abstract"), nkeywords=None, nrefs=None))
    for n, l in enumerate(re.split(r"\r\n|\r|\n", text), 1):
        l = l.lstrip("\ufeff")
        if re.match(r"<\d+>\s*$", l):
            close()
            cur, name, line = {}, None, n
        elif cur is None or not l.strip():
            continue
        elif l[0] in " \t":
            if name:
                cur.setdefault(name, []).append(l.strip())
        else:
            name = l.strip()
    close()
    return out


def ovid_source(so):
    """Volume and issue of an Ovid SO citation ("BMC Proceedings. 12
    (Supplement 3) (no pagination), 2018. ..."): the number after the
    journal's period, the parenthesis after it."""
    m = re.search(r"\.\s+(\d+)(?!\d)(?:\s+Suppl\.? \d+)?\s*(?:\(((?!no pagination|pp )[^)]*)\))?\s*(?:\(no pagination\)|\(pp|pp|,|\s*\d)", so or "")
    return (m.group(1), m.group(2) or "") if m else ("", "")


def ovid_csv_recs(text):
    """Ovid's "Export to CSV": the tags as the header, a repeated field's
    values one a line in its cell."""
    header, rows = table_rows(text)
    out = []
    for line, _, r in rows:
        g = lambda k: " ".join((r.get(k) or "").split())
        au = [a.strip() for a in (r.get("AU") or "").splitlines() if a.strip()]
        vol, iss = ovid_source(g("SO"))
        out.append(dict(line=line, title=g("TI"), family=au[0] if au else "", nauthors=len(au),
                        year=g("YR")[:4] or None, volume=g("VO") or vol, issue=g("IP") or iss,
                        page=None, doi=g("DO") if "DO" in header else None, abstract=g("AB"),
                        nkeywords=None, nrefs=None))
    return out


def given_first(name):
    """The whole name: same() takes one end of a name without a comma as
    its family name."""
    return name.strip()


def lens_recs(text):
    header, rows = table_rows(text)
    out = []
    for line, _, r in rows:
        g = lambda k: (r.get(k) or "").strip()
        au = [a for a in g("Author/s").split("; ") if a.strip()]
        out.append(dict(line=line, title=g("Title"), family=given_first(au[0]) if au else "",
                        nauthors=len(au), year=g("Publication Year"), volume=g("Volume"),
                        issue=g("Issue Number"), page=g("Start Page"), doi=g("DOI"),
                        abstract=g("Abstract"), nkeywords=distinct(g("Keywords").split("; ")), nrefs=None))
    return out


def dimensions_recs(text):
    """Dimensions' publications CSV: an "About the data" line, then the
    header; authors "Family, Given; Family, Given"."""
    first, rest = text.split("\n", 1) if text.lstrip("\ufeff").startswith('"About the data:') else ("", text)
    header, rows = table_rows(rest)
    shift = 1 if first else 0
    out = []
    for line, _, r in rows:
        g = lambda *ks: next(((r.get(k) or "").strip() for k in ks if (r.get(k) or "").strip()), "")
        au = [a for a in g("Authors").split("; ") if a.strip()]
        out.append(dict(line=line + shift, title=g("Title"), family=au[0].split(",")[0] if au else "",
                        nauthors=len(au) if au else None, year=g("PubYear", "Publication Year")[:4],
                        volume=g("Volume"), issue=g("Issue"), page=first_page(g("Pagination")),
                        doi=g("DOI"), abstract=g("Abstract"), nkeywords=None, nrefs=None))
    return out


def ieee_recs(text):
    header, rows = table_rows(text)
    out = []
    for line, _, r in rows:
        g = lambda *ks: next(((r.get(k) or "").strip() for k in ks if (r.get(k) or "").strip()), "")
        # HTML character references ("B&#x00E9;atrix-May") decoded before the split, as refnet reads them.
        au = [a for a in html.unescape(g("Authors")).split("; ") if a.strip()]
        out.append(dict(line=line, title=g("Document Title"), family=given_first(au[0]) if au else "",
                        nauthors=len(au), year=g("Publication Year", "Publication_Year", "Year"),
                        volume=g("Volume"), issue=g("Issue"), page=g("Start Page"), doi=g("DOI"),
                        abstract=g("Abstract"), nkeywords=None, nrefs=None))
    return out


def springer_recs(text):
    header, rows = table_rows(text)
    out = []
    for line, _, r in rows:
        g = lambda *ks: next(((r.get(k) or "").strip() for k in ks if (r.get(k) or "").strip()), "")
        # Authors run together without a separator ("Zahrah A. AlmusaylimNoor Zaman"): not compared.
        out.append(dict(line=line, title=g("Item Title"), family=None, nauthors=None,
                        year=g("Publication Year", "Year"), volume=g("Journal Volume"), issue=g("Journal Issue"),
                        page=None, doi=g("Item DOI"), abstract=None, nkeywords=None, nrefs=None))
        # A second record after the content type in the same row, its line
        # break lost ('Article"Influence of ...', its other cells in the
        # header's unnamed columns): counted, not compared (same line).
        named = max(i for i, h in enumerate(header) if h) + 1
        raw = _
        if len(raw) > named and any(c.strip() for c in raw[named:]) and '"' in raw[named - 1]:
            out.append(dict(line=line, title=None, family=None, nauthors=None, year=None, volume=None, issue=None,
                            page=None, doi=None, abstract=None, nkeywords=None, nrefs=None))
    return out


def pop_recs(text):
    header, rows = table_rows(text)
    out = []
    for line, _, r in rows:
        g = lambda k: (r.get(k) or "").strip()
        au = [a for a in g("Authors").split(", ") if a.strip() and a.strip() not in ("...", "…")]
        out.append(dict(line=line, title=html.unescape(g("Title")), family=given_first(au[0]).rstrip("…") if au else "",
                        nauthors=None, year=g("Year"), volume=g("Volume"), issue=g("Issue"),
                        page=g("StartPage"), doi=g("DOI"), abstract=g("Abstract") or None,
                        nkeywords=None, nrefs=None))
    return out


def acm_csv_recs(text):
    header, rows = table_rows(text)
    out = []
    for line, _, r in rows:
        g = lambda k: (r.get(k) or "").strip()
        au = [html.unescape(a) for a in re.split(r"\s+and\s+", g("author")) if a.strip()]
        out.append(dict(line=line, title=html.unescape(g("title") or g("booktitle")), family=given_first(au[0]) if au else None,
                        nauthors=len(au) if au else None, year=g("year"), volume=g("volume"),
                        issue=g("issue_no"), page=first_page(g("pages")), doi=g("doi"),
                        abstract=None, nkeywords=distinct(g("keywords").split(", ")), nrefs=None))
    return out


def embase_csv_recs(text):
    """Embase's CSV (embase.com): "Family I., Family J." names; the year,
    volume, issue and pages only in the Source string when the file has no
    columns of their own ("Endoscopic Ultrasound (2014) 3:3 (152-160).")."""
    header, rows = table_rows(text)
    out = []
    for line, _, r in rows:
        g = lambda k: (r.get(k) or "").strip()
        au = [a for a in re.split(r",\s+", g("Author Names")) if a.strip()]
        m = re.search(r"\((\d{4})\)\s*([^:\s(]*)(?::([^\s(]*))?\s*(?:\(([^)]*)\))?", g("Source"))
        out.append(dict(line=line, title=g("Title"), family=au[0].rsplit(" ", 1)[0] if au else "",
                        nauthors=len(au), year=g("Publication Year") or (m.group(1) if m else ""),
                        volume=g("Volume") or (m.group(2) if m else ""),
                        issue=g("Issue") or (m.group(3) or "" if m else ""),
                        page=first_page(g("First Page") or (m.group(4) or "" if m else "")),
                        doi=g("DOI") if "DOI" in header else None, abstract=g("Abstract"),
                        nkeywords=None, nrefs=None))
    return out


def embase_by_row_recs(text):
    """Embase's "CSV - Fields by Row": a record is a block of lines, one a
    field ("NAME","value","value"...), a blank line after it."""
    out = []
    line, block = 1, {}
    for n, cells in enumerate(csv.reader(io.StringIO(text.lstrip("\ufeff"))), 1):
        if not any(c.strip() for c in cells):
            if block:
                out.append((line, block))
            block = {}
            continue
        if not block:
            line = n
        block.setdefault(cells[0].strip(), []).extend(c.strip() for c in cells[1:] if c.strip())
    if block:
        out.append((line, block))
    recs = []
    for line, b in out:
        g = lambda k: (b.get(k) or [""])[0]
        au = b.get("AUTHOR NAMES", [])
        recs.append(dict(line=line, title=g("TITLE"), family=au[0].rsplit(" ", 1)[0] if au else "",
                         nauthors=len(au), year=g("PUBLICATION YEAR"), volume=g("VOLUME"), issue=g("ISSUE"),
                         page=first_page(g("FIRST PAGE")), doi=g("DOI"), abstract=g("ABSTRACT"),
                         nkeywords=distinct(b.get("AUTHOR KEYWORDS", [])) if "AUTHOR KEYWORDS" in b else None,
                         nrefs=None))
    return recs


def zotero_csv_recs(text):
    header, rows = table_rows(text)
    out = []
    for line, _, r in rows:
        g = lambda k: (r.get(k) or "").strip()
        au = [a for a in g("Author").split("; ") if a.strip()]
        out.append(dict(line=line, title=g("Title"), family=au[0].split(",")[0] if au else "",
                        nauthors=len(au), year=g("Publication Year"), volume=g("Volume"),
                        issue=g("Issue"), page=first_page(g("Pages")), doi=g("DOI"),
                        abstract=g("Abstract Note"), nkeywords=None, nrefs=None))
    return out


def covidence_csv_recs(text):
    header, rows = table_rows(text)
    out = []
    for line, _, r in rows:
        g = lambda k: (r.get(k) or "").strip()
        au = [a for a in g("Authors").split("; ") if a.strip()]
        out.append(dict(line=line, title=g("Title"), family=au[0].split(",")[0] if au else "",
                        nauthors=len(au), year=g("Published Year"), volume=g("Volume"), issue=g("Issue"),
                        page=first_page(g("Pages")), doi=g("DOI"), abstract=g("Abstract"),
                        nkeywords=None, nrefs=None))
    return out


def bibtex_entries(text):
    """(line, type, {field: value}) for each entry; values keep their
    LaTeX, without the outer braces or quotes."""
    out = []
    # An entry opens a line, or follows the '}' closing the one before
    # (exports joined without a line end: "}@ARTICLE{").
    for m in re.finditer(r"(?:^[ \t\ufeff]*|(?<=\}))@([A-Za-z]+)[ \t]*([{(])", text, re.M):
        kind = m.group(1).lower()
        if kind in ("comment", "string", "preamble"):
            continue
        i, n, fields = m.end(), len(text), {}
        close = "}" if m.group(2) == "{" else ")"
        j = text.find(",", i)
        nl = text.find("\n", i)
        i = j + 1 if j >= 0 else n
        while i < n:
            # A name may start with '@' or '\\' (a field switched off by hand:
            # "@url=", "\\volume=") or '_' (BibDesk's "__markedentry").
            fm = re.compile(r"\s*([@\\]?[A-Za-z_][\w:.+-]*)\s*=\s*").match(text, i)
            if not fm:
                break
            name, i = fm.group(1).lower(), fm.end()
            val, depth = [], 0
            while i < n:
                c = text[i]
                if c == "{":
                    depth += 1
                    if depth > 1:
                        val.append(c)
                elif c == "}":
                    depth -= 1
                    if depth < 0:
                        break
                    if depth >= 1:
                        val.append(c)
                    if depth == 0:
                        i += 1
                        continue
                elif c == '"' and depth == 0:
                    k = i + 1
                    d2 = 0
                    while k < n and not (text[k] == '"' and d2 == 0):
                        d2 += {"{": 1, "}": -1}.get(text[k], 0)
                        k += 1
                    val.append(text[i + 1:k])
                    i = k + 1
                    continue
                elif c == "," and depth == 0:
                    break
                elif c == "\n" and depth == 0 and not "".join(val).strip() == "":
                    pass
                else:
                    val.append(c)
                i += 1
            fields.setdefault(name, re.sub(r"\s+", " ", "".join(val)).strip())
            if i < n and text[i] == ",":
                i += 1
            if depth < 0 or (i < n and re.match(r"\s*[})]", text[i:i + 40]) and not re.match(r"\s*[})]\s*[A-Za-z]", text[i:i + 40])):
                break
        out.append((line_of(text, m.start()), kind, fields))
    return out


def split_and(names):
    """A BibTeX name list cut at each ' and ' outside braces
    ("{Centers for Disease Control and Prevention}" is one name)."""
    out, depth, start = [], 0, 0
    for m in re.finditer(r"[{}]|\s+and\s+", names):
        if m.group() == "{":
            depth += 1
        elif m.group() == "}":
            depth -= 1
        elif depth == 0:
            out.append(names[start:m.start()])
            start = m.end()
    out.append(names[start:])
    return out


def unwrapped(v):
    """A value wholly in one more pair of braces (WoS's BibTeX until about
    2019: "Year = {{2008}}"): without them."""
    if len(v) >= 2 and v[0] == "{" and v[-1] == "}":
        depth = 0
        for k, c in enumerate(v):
            depth += (c == "{") - (c == "}")
            if depth == 0 and k < len(v) - 1:
                return v
        return v[1:-1]
    return v


def bibtex_recs(text):
    out = []
    for line, kind, f in bibtex_entries(text):
        f = {k: unwrapped(v) for k, v in f.items()}
        # EBSCO Research's placeholders for a value it lacks (since audit67
        # refnet reads them as no value): "null", an end page "-null",
        # "N.PAG" (its "no pagination").
        for k in ("volume", "number", "issue", "pages"):
            v = f.get(k, "").strip()
            if v.lower() == "null" or (k == "pages" and v.upper() in ("N.PAG", "N.PAG-N.PAG")):
                f[k] = ""
            elif k == "pages" and v.lower().endswith("-null"):
                f[k] = v[:-5].strip()
        au = [a.strip() for a in split_and(f.get("author", "")) if a.strip()]
        fam = (au[0].split(",")[0] if "," in au[0] else au[0]) if au else ""
        doi = re.sub(r"^https?://(dx\.)?doi\.org/", "", f.get("doi", "")).replace("\\_", "_")  # WoS: 10.1162/coli\_a
        kw = re.split(r"[;,]\s*", f.get("keywords", "")) if "keywords" in f else None
        # Outside @article, "number" is a report's or a series' number, which
        # refnet keeps as the work's number (not its issue, nor a page).
        article = kind == "article"
        page = first_page(f.get("pages", "") or f.get("articleno", "") or f.get("article-number", ""))  # ACM, WoS: the article number
        out.append(dict(line=line, title=f.get("title", ""), family=fam.strip("{} "), nauthors=len(au),
                        year=f.get("year", "")[:4], volume=f.get("volume", ""),
                        issue=(f.get("number", "") or f.get("issue", "")) if article else None,
                        page=page if article or page else None,
                        doi=doi, abstract=f.get("abstract", ""), nkeywords=None, nrefs=None))
    return out


# ---------------------------------------------------------------- since audit27
def cochrane_recs(text):
    """The Cochrane Library's plain text: "Record #1 of 250" opens a record
    (a BOM before each download's first one), "XX: value" lines; lone CRs
    end lines."""
    recs = tagged_records(text, re.compile(r"Record #\d+ of \d+"), None,
                          re.compile(r"([A-Z][A-Z0-9]{1,3}): ?(.*)$"), re.compile(r"(?![A-Z][A-Z0-9]{1,3}:)\S"),
                          restart=True)
    out = []
    for line, t in recs:
        g = lambda k: (t.get(k) or [""])[0].strip()
        au = t.get("AU", [])
        out.append(dict(line=line, title=g("TI"), family=given_first(au[0]) if au else "",
                        nauthors=len(au), year=g("YR")[:4], volume=g("VL"), issue=g("NO"),
                        # a review's CD ID is its article number (refnet reads it so)
                        page=first_page(g("PG")) or (g("ID") if g("ID").startswith("CD") else ""),
                        doi=g("DOI"), abstract=g("AB"),
                        nkeywords=None, nrefs=None))
    return out


def scopus_txt_recs(text):
    """Scopus's "Text" export: a record runs to its "SOURCE: Scopus" line;
    its first line the authors (absent when Scopus has none), then the
    title and the "(2024) Source, 29 (2), pp. 121 - 137" line."""
    out, start, body = [], None, []
    for n, line in enumerate(re.split(r"\r\n|\r|\n", text), 1):
        line = line.lstrip("\ufeff")
        if start is None:
            if not line.strip() or re.match(r"#? ?(Scopus|EXPORT DATE:)", line):
                continue
            start, body = n, []
        body.append(line)
        if line.startswith("SOURCE: "):
            lines = [l for l in body if l.strip()]
            cite = next((i for i, l in enumerate(lines) if re.match(r"\((\d{4})\) ", l)), None)
            title = lines[cite - 1] if cite else ""
            m = re.match(r"\((\d{4})\) .*?(?:, (\w+) \(([^)]*)\))?(?:, pp\. (\w+))?", lines[cite]) if cite is not None else None
            doi = next((l[5:].strip() for l in lines if l.startswith("DOI: ")), "")
            out.append(dict(line=start, title=title, family=None, nauthors=None,
                            year=m.group(1) if m else "", volume=None, issue=None, page=None,
                            doi=doi, abstract=None, nkeywords=None, nrefs=None))
            start = None
    return out


def sciencedirect_txt_recs(text):
    """ScienceDirect's plain text: blocks between blank lines, each with a
    "(https://www.sciencedirect.com/...)" line; before it comma-ended lines
    (authors, title, journal, "Volume N, Issue M", year, pages, ISSN, DOI),
    after it "Abstract:" (continued by the lines below) and "Keywords:"."""
    out, block, start = [], [], None
    for n, line in enumerate(re.split(r"\r\n|\r|\n", text) + [""], 1):
        line = line.lstrip("\ufeff")
        if line.strip():
            if not block:
                start = n
            block.append(line.strip())
            continue
        url = next((i for i, l in enumerate(block) if l.startswith("(https://www.sciencedirect.com/")), None)
        if url is not None:
            head = [l[:-1].strip() if l.endswith(",") else l for l in block[:url]]
            y = next((i for i, l in enumerate(block[:url]) if re.fullmatch(r"\d{4},", l)), url)
            named = [l for l in head[:y] if not l.startswith(("Volume ", "Editor(s): "))]
            vol = next((l for l in head[:y] if l.startswith("Volume ")), "")
            m = re.match(r"Volume (\S+?)(?:, Issues? (.+?))?(?:, (Part .+))?$", vol)
            authors = named[0].split(", ") if len(named) >= 3 else []
            page = next((l[6:] for l in head[y + 1:] if l.startswith("Pages ")), "")
            if not page and y + 1 < url and re.fullmatch(r"[A-Za-z]*\d+", head[y + 1]):
                page = head[y + 1]
            doi = next((l for l in head[y + 1:] if l.startswith("https://doi.org/")), "")
            ab = next((l[9:].strip() for l in block[url:] if l.startswith("Abstract:")), "")
            kw = next((l[9:] for l in block[url:] if l.startswith("Keywords:")), "")
            out.append(dict(line=start, title=named[1 if len(named) >= 3 else 0] if named else "",
                            family=authors[0].split()[-1] if authors else "", nauthors=len(authors),
                            year=head[y] if y < url else "", volume=m.group(1) if m else "",
                            issue=(m.group(2) or m.group(3) or "") if m else "", page=first_page(page),
                            doi=doi.rstrip("."), abstract=ab,
                            nkeywords=distinct(kw.split(";")), nrefs=None))
        block = []
    return out


def json_item_offsets(text):
    """Offsets of the objects of the top-level array (or of "items"/"results"),
    found by a scan that skips strings: the line refnet names is where its
    item starts."""
    offs, depth, i, n, in_str = [], 0, 0, len(text), False
    base = 1 if text.lstrip("\ufeff \t\r\n").startswith("[") else 2
    while i < n:
        c = text[i]
        if in_str:
            if c == "\\":
                i += 1
            elif c == '"':
                in_str = False
        elif c == '"':
            in_str = True
        elif c in "[{":
            depth += 1
            if c == "{" and depth == base + 1:
                offs.append(i)
        elif c in "]}":
            depth -= 1
        i += 1
    return offs


def csl_json_recs(text):
    data = json.loads(text.lstrip("\ufeff"))
    items = data if isinstance(data, list) else data.get("items", [])
    offs = json_item_offsets(text)
    out = []
    for k, it in enumerate(items):
        g = lambda key: str(it.get(key) or "").strip()
        au = it.get("author") or []
        fam = (au[0].get("family") or au[0].get("literal") or "") if au else ""
        for particle in ("non-dropping-particle", "dropping-particle"):  # refnet keeps both as the particle
            if au and au[0].get(particle):
                fam = au[0][particle] + " " + fam
        iss = it.get("issued") or {}
        dp = (iss.get("date-parts") or [[]])[0] if isinstance(iss, dict) else []
        year = str(dp[0]) if dp and dp[0] not in (None, "") else ""
        if not year and isinstance(iss, dict):
            m = re.search(r"\d{4}", str(iss.get("raw") or iss.get("literal") or ""))
            year = m.group(0) if m else ""
        out.append(dict(line=line_of(text, offs[k]) if k < len(offs) else 0, title=g("title"),
                        family=fam, nauthors=len(au), year=year, volume=g("volume"), issue=g("issue"),
                        page=first_page(g("page") or g("number")), doi=g("DOI"), abstract=g("abstract"),
                        nkeywords=None, nrefs=None))
    return out


def ads_tagged_recs(text):
    """NASA ADS's tagged export: a record from "%R" to a blank line; %A and %K
    lists wrapped over lines (a name cut at its hyphen, "Max-" / "Moerbeck",
    is one name, as refnet reads it), %D "12/2019", %P and %L the pages,
    %Y "DOI: ...", %B the abstract."""
    recs = tagged_records(text, re.compile(r"%R "), None, re.compile(r"(%[A-Z]) (.*)$"), re.compile(r"(?!%)\S"))
    def joined(parts):
        out = ""
        for x in parts:
            x = x.strip()
            out = out + x if out.endswith("-") else (out + " " + x if out else x)
        return out
    out = []
    for line, t in recs:
        g = lambda k: (t.get(k) or [""])[0].strip()
        au = [a.strip() for a in joined(t.get("%A", [])).split(";") if a.strip()]
        kw = [k.strip() for k in joined(t.get("%K", [])).split(",") if k.strip()]
        doi = next((y.split(":", 1)[1].strip() for y in t.get("%Y", []) if y.upper().startswith("DOI:")), "")
        m = re.search(r"\d{4}", g("%D"))
        out.append(dict(line=line, title=g("%T"), family=au[0].split(",")[0] if au else "",
                        nauthors=len(au), year=m.group(0) if m else "", volume=g("%V"), issue=g("%N"),
                        # ADS writes HTML in abstracts ("EC<SUB>127</SUB>", "&lt;14 K"), which refnet decodes
                        page=first_page(g("%P")), doi=doi, abstract=html.unescape(re.sub(r"</?(SUB|SUP|I|B)>", "", g("%B"), flags=re.I)),
                        nkeywords=distinct(kw) if kw else None, nrefs=None))
    return out


def lens_json_recs(text):
    """Lens.org's JSON export (2019-2021: "record_lens_id", "citation_ids",
    "journal", "pages_start"), an array or one object; an author Lens lists
    once per affiliation (the same "seq") is one person, as refnet reads it."""
    data = json.loads(text.lstrip("\ufeff"))
    items = data if isinstance(data, list) else [data]
    offs = json_item_offsets(text) if isinstance(data, list) else [0]
    out = []
    for k, it in enumerate(items):
        g = lambda key: str(it.get(key) or "").strip()
        people, seqs = [], set()
        for a in it.get("authors") or []:
            seq = a.get("seq")
            if seq is not None and seq in seqs:
                continue
            seqs.add(seq)
            people.append(a)
        fam = (people[0].get("last_name") or people[0].get("collective_name") or "") if people else ""
        ids = {}
        for i in it.get("citation_ids") or it.get("external_ids") or []:  # the first of a type (two DOIs: refnet keeps the first)
            ids.setdefault(i.get("type"), i.get("value"))
        year = g("year_published") or g("date_published")[:4]
        out.append(dict(line=line_of(text, offs[k]) if k < len(offs) else 0, title=g("title"), family=fam,
                        nauthors=len(people), year=year, volume=g("volume"), issue=g("issue"),
                        page=first_page(g("pages_start") or g("start_page")), doi=str(ids.get("doi") or g("doi")),
                        abstract=g("abstract"), nkeywords=None, nrefs=None))
    return out


READERS = {
    "ads-tagged": ads_tagged_recs, "lens-json": lens_json_recs,
    "wos": wos_recs, "medline": medline_recs, "ris": ris_recs, "enw": enw_recs,
    "wos-names-tab": lambda t: wos_names_recs(t, "\t"), "wos-names-csv": lambda t: wos_names_recs(t, ","),
    "scopus-csv": scopus_recs, "wos-tab": lambda t: wos_table_recs(t, "\t"),
    "wos-csv": lambda t: wos_table_recs(t, ","), "pubmed-csv": pubmed_csv_recs,
    "pubmed-csv-legacy": pubmed_csv_legacy_recs, "pubmed-xml": pubmed_xml_recs,
    "endnote-xml": endnote_xml_recs, "ovid": ovid_recs, "ovid-display": ovid_display_recs, "ovid-csv": ovid_csv_recs, "lens-csv": lens_recs, "dimensions-csv": dimensions_recs, "refworks": refworks_recs, "ieee-csv": ieee_recs,
    "springer-csv": springer_recs, "pop-csv": pop_recs, "acm-csv": acm_csv_recs, "bibtex": bibtex_recs,
    "embase-csv": embase_csv_recs, "embase-by-row": embase_by_row_recs, "zotero-csv": zotero_csv_recs, "covidence-csv": covidence_csv_recs,
    "cochrane": cochrane_recs, "scopus-txt": scopus_txt_recs, "csl-json": csl_json_recs,
    "sciencedirect-txt": sciencedirect_txt_recs,
}


# ---------------------------------------------------------------- refnet's side
def work_fields(w):
    au = w.get("authors") or []
    fam = " ".join(x for x in (au[0].get("particle"), au[0].get("family") or au[0].get("literal")) if x) if au else ""
    return dict(title=w.get("title", ""), family=fam, nauthors=len(au),
                year=str((w.get("issued") or {}).get("year", "")), volume=w.get("volume", ""),
                issue=w.get("issue", ""), page=first_page(w.get("pages", "") or w.get("number", "")),
                doi=w.get("doi", ""), abstract=w.get("abstract", ""),
                nkeywords=len(w.get("keywords") or []), nrefs=len(w.get("references") or []))


def same(field, mine, theirs):
    if mine is None:
        return True
    if field in ("nauthors", "nkeywords", "nrefs"):
        return mine == theirs
    if field == "doi":
        return doi_norm(mine) == doi_norm(theirs)
    if field == "abstract":
        a, b = fold(mine), fold(theirs)
        return a[:40] in b or b[:40] in a if a and b else a == b
    if field == "page":
        return first_page(mine) == first_page(theirs)
    if field == "year":
        return mine[:4] == theirs[:4]
    if field == "family" and "," not in (mine or "") and fold(theirs):
        # A name without a comma ("J.B. Babu", "Kregting R"): the family
        # name is one end of it.
        return fold(mine).endswith(fold(theirs)) or fold(mine).startswith(fold(theirs))
    if field in ("title", "abstract"):  # character references, escaped once or twice, are the characters
        return fold(html.unescape(html.unescape(mine))) == fold(html.unescape(html.unescape(theirs)))
    return fold(mine) == fold(theirs)


def audit(refnet, path, outdir, show):
    raw = open(path, "rb").read()
    text, enc = decode(raw)
    fmt = sniff(text)
    row = dict(file=os.path.basename(path), format=fmt or "?", encoding=enc, bytes=len(raw))
    if fmt is None:
        row["note"] = "not a known export"
        return row
    try:
        recs = READERS[fmt](text)
    except Exception as e:  # an XML file that does not parse: counted as unknown
        row["note"] = "own reader failed: %s" % e
        return row
    row["recs"] = len(recs)
    lib = os.path.join(outdir, row["file"] + ".sqlite")
    diag = os.path.join(outdir, row["file"] + ".diag")
    for p in (lib, lib + "-wal", lib + "-shm"):
        if os.path.exists(p):
            os.remove(p)
    env = dict(os.environ, REFNET_LIBRARY=lib)
    res = subprocess.run([refnet, "import", "--json", "--diagnostics", diag, path],
                         env=env, capture_output=True, text=True)
    try:
        j = json.loads(res.stdout)["files"][0]
    except (ValueError, KeyError, IndexError):
        row["note"] = "import failed: exit %d %s" % (res.returncode, res.stderr[:200])
        return row
    row.update(read=j["read"], rejected=j["rejected"], merged=j["merged"] + j["present"],
               new=j["new"], rformat=j.get("format", ""))
    ndiag = sum(1 for _ in open(diag, encoding="utf-8", errors="replace")) if os.path.exists(diag) else 0
    row["warn"] = ndiag
    row["loss"] = (j["read"] != len(recs)) or (j["new"] + j["merged"] + j["present"] + j["rejected"] != j["read"])
    works = json.loads(subprocess.run([refnet, "list", "--format", "json"], env=env,
                                      capture_output=True, text=True).stdout or "[]")
    # A source names the line its record starts on; records sharing a line
    # (XML written on one line) are told apart by their order.
    sources = sorted((s["id"], s["line"], w) for w in works for s in w.get("sources", []))
    by_line, seen = {}, {}
    for _, line, w in sources:
        k = (line, seen.get(line, 0))
        seen[line] = k[1] + 1
        by_line[k] = w if len(w["sources"]) == 1 else None
    seen = {}
    wrong = {f: 0 for f in FIELDS}
    examples = {f: [] for f in FIELDS}
    compared = 0
    for r in recs:
        k = (r["line"], seen.get(r["line"], 0))
        seen[r["line"]] = k[1] + 1
        w = by_line.get(k)
        if w is None:
            continue
        compared += 1
        t = work_fields(w)
        for f in FIELDS:
            if not same(f, r.get(f), t[f]):
                wrong[f] += 1
                if len(examples[f]) < show:
                    examples[f].append((r["line"], r.get(f), t[f]))
    row["compared"] = compared
    row["wrong"] = {f: n for f, n in wrong.items() if n}
    row["examples"] = {f: e for f, e in examples.items() if e}
    return row


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--refnet", default="build/refnet")
    ap.add_argument("--out")
    ap.add_argument("--tsv")
    ap.add_argument("--show", type=int, default=0)
    a = ap.parse_args()
    files = []
    for p in a.paths:
        if os.path.isdir(p):
            files += sorted(os.path.join(p, f) for f in os.listdir(p) if os.path.isfile(os.path.join(p, f)))
        else:
            files.append(p)
    outdir = a.out or tempfile.mkdtemp(prefix="refnet-audit-")
    os.makedirs(outdir, exist_ok=True)
    refnet = os.path.abspath(a.refnet)
    rows = []
    print("%-58s %-17s %6s %6s %5s %6s %5s  %s" % ("file", "format", "recs", "read", "rej", "merged", "warn", "wrong fields"))
    for f in files:
        r = audit(refnet, f, outdir, a.show)
        rows.append(r)
        if "recs" not in r or "read" not in r:
            print("%-58s %-17s %6s  %s" % (r["file"][:58], r["format"], r.get("recs", ""), r.get("note", "")))
            continue
        print("%-58s %-17s %6d %6d %5d %6d %5d  %s%s" % (
            r["file"][:58], r["format"], r["recs"], r["read"], r["rejected"], r["merged"], r["warn"],
            " ".join("%s=%d" % kv for kv in r["wrong"].items()) or "-",
            "  LOSS" if r["loss"] else ""))
        for f, ex in r["examples"].items():
            for line, mine, theirs in ex:
                print("      %s line %d: file %r | refnet %r" % (f, line, str(mine)[:90], str(theirs)[:90]))
    done = [r for r in rows if "read" in r]
    print("\n%d files, %d audited, %d records in them, %d read, %d rejected, %d files with a count mismatch"
          % (len(rows), len(done), sum(r["recs"] for r in done), sum(r["read"] for r in done),
             sum(r["rejected"] for r in done), sum(1 for r in done if r["loss"])))
    if a.tsv:
        with open(a.tsv, "w") as out:
            out.write("file\tformat\tencoding\tbytes\trecs\tread\trejected\tmerged\twarnings\tcompared\twrong\n")
            for r in rows:
                out.write("\t".join(str(x) for x in (
                    r["file"], r["format"], r["encoding"], r["bytes"], r.get("recs", ""), r.get("read", ""),
                    r.get("rejected", ""), r.get("merged", ""), r.get("warn", ""), r.get("compared", ""),
                    " ".join("%s=%d" % kv for kv in r.get("wrong", {}).items()) or r.get("note", "-"))) + "\n")


if __name__ == "__main__":
    main()
