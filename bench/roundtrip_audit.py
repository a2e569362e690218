#!/usr/bin/env python3
"""Round trip of refnet's exports on real files: what a value becomes on its way
out through BibTeX, BibLaTeX, RIS and CSL-JSON and back in.  Figures are
printed; nothing is asserted.

  bench/roundtrip_audit.py --refnet build/refnet [--out DIR] [--show N]
                           [--formats bibtex,biblatex,ris,csljson] [--profile paper|full]
                           [--no-tools] FILE...

Every FILE is imported alone into a fresh library A (`import`), listed
(`list --format json`), exported in each format (`export --no-pin`, the
profile given, default paper: what a user writes for a paper) and the export
imported into a fresh library B, listed too.  The works of A and B are paired
by citation key (every format writes the key and reads it back), else by
title and year.  Printed per format: records in A, records in B, works not
paired, and per field the works whose value differs (type, title, container,
authors and editors as family/given/particle/suffix/literal, date
year/month/day/text/range, volume, issue, pages, number, publisher, place,
ISSN, ISBN, DOI, PMID, PMCID, URL, abstract, language, keywords, extra values
that appear nowhere in B's work); a value that differs only in runs of white
space (which BibTeX reads as one space) or only in Unicode normalisation (NFD
letters come back composed) is counted apart, as "(spaces only)" or "(NFC
only)".  The type changes are counted by pair.  With --show N the first N differences of
each field are printed.

Unless --no-tools: the BibTeX export goes through `bibtex` (a .aux citing
`*`, plain.bst), the BibLaTeX export through `biber --tool
--validate-datamodel`, the CSL-JSON export through `pandoc --citeproc` (a
document with `nocite: '@*'`); their warnings and errors are counted (bibtex
`Warning--` and error messages, biber `WARN`/`ERROR` lines, pandoc
`[WARNING]` lines) and the kinds printed with counts.
"""
import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata

FORMATS = {"bibtex": ".bib", "biblatex": ".bib", "ris": ".ris", "csljson": ".json"}
NAME_PARTS = ("family", "given", "particle", "suffix", "literal")
SCALARS = ("type", "title", "container_title", "volume", "issue", "pages", "number",
           "publisher", "publisher_place", "doi", "pmid", "pmcid", "url", "abstract", "language")


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, errors="replace", **kw)


def listing(refnet, lib):
    p = run([refnet, "list", "--library", lib, "--format", "json"])
    if p.returncode != 0:  # nothing imported: no library
        return []
    return json.loads(p.stdout or "[]")


def names(creators):
    return [tuple(c.get(k, "") for k in NAME_PARTS) for c in creators or []]


def date(d):
    d = d or {}
    return tuple(d.get(k, 0) or 0 for k in ("year", "month", "day")) + (d.get("text", ""),) + \
        tuple(d.get(k, 0) or 0 for k in ("end_year", "end_month", "end_day"))


def fold(s):
    s = unicodedata.normalize("NFKD", s or "").lower()
    return "".join(ch for ch in s if ch.isalnum())


def strings(v):
    """The text values of a JSON value (a value's line breaks stay what they are: json.dumps
    would spell them "\\n", whose letter n then stood between the folded lines)."""
    if isinstance(v, str):
        return [v]
    if isinstance(v, dict):
        return [s for x in v.values() for s in strings(x)]
    if isinstance(v, (list, tuple)):
        return [s for x in v for s in strings(x)]
    return [str(v)]


def extra_lost(a, b):
    """Extra values of a found nowhere in b's work (as any value, any field)."""
    blob = fold(" ".join(strings({k: v for k, v in b.items() if k not in ("sources", "provenance", "id")})))
    lost = []
    for name, value, *_ in a.get("extra", []):
        f = fold(value)
        if f and f not in blob:
            lost.append(f"{name}={value[:80]}")
    return lost


def spaces(v):
    """v with runs of white space as one space (BibTeX reads them so)."""
    if isinstance(v, str):
        return " ".join(v.split())
    if isinstance(v, (list, tuple)):
        return [spaces(x) for x in v]
    return v


def nfc(v):
    """v with its text in Unicode's composed form (a BibTeX reader composes 'e' + U+0301)."""
    if isinstance(v, str):
        return unicodedata.normalize("NFC", v)
    if isinstance(v, (list, tuple)):
        return [nfc(x) for x in v]
    return v


def fields(w):
    out = {k: w.get(k, "") for k in SCALARS}
    out["authors"] = names(w.get("authors"))
    out["editors"] = names(w.get("editors"))
    out["orcid"] = [c.get("orcid", "") for c in w.get("authors") or []]
    out["issued"] = date(w.get("issued"))
    out["issn"] = w.get("issn", [])
    out["isbn"] = w.get("isbn", [])
    out["keywords"] = w.get("keywords", [])
    return out


def pair(a_works, b_works):
    by_key = {w.get("citekey", "").lower(): w for w in b_works if w.get("citekey")}
    by_title = collections.defaultdict(list)
    for w in b_works:
        by_title[(fold(w.get("title")), (w.get("issued") or {}).get("year", 0))].append(w)
    used, pairs, unpaired = set(), [], []
    for a in a_works:
        b = by_key.get(a.get("citekey", "").lower())
        if b is None or id(b) in used:
            cands = [w for w in by_title[(fold(a.get("title")), (a.get("issued") or {}).get("year", 0))]
                     if id(w) not in used]
            b = cands[0] if cands else None
        if b is None:
            unpaired.append(a)
            continue
        used.add(id(b))
        pairs.append((a, b))
    return pairs, unpaired


def tool_warnings(fmt, path, work):
    """Kinds of warnings/errors the standard tool prints on the export."""
    kinds = collections.Counter()
    if fmt == "bibtex" and shutil.which("bibtex"):
        with open(os.path.join(work, "t.aux"), "w") as f:
            f.write("\\relax\n\\citation{*}\n\\bibstyle{plain}\n\\bibdata{%s}\n" % os.path.splitext(os.path.basename(path))[0])
        run(["bibtex", "-terse", "t"], cwd=work)
        blg = open(os.path.join(work, "t.blg"), errors="replace").read()
        for line in blg.splitlines():
            if line.startswith("Warning--"):
                kinds["bibtex " + re.sub(r" in \S+$| for entry \S+$|\"[^\"]*\"", "", line[9:]).strip()] += 1
        for m in re.finditer(r"^(.*)---line \d+ of file", blg, re.M):
            kinds["bibtex error: " + m.group(1).strip()[:60]] += 1
    elif fmt == "biblatex" and shutil.which("biber"):
        p = run(["biber", "--tool", "--validate-datamodel", "--output-directory", work,
                 "--output-file", "biber_out.bib", os.path.basename(path)], cwd=work)
        for line in (p.stdout + p.stderr).splitlines():
            m = re.match(r"^(?:\S+ - )?(WARN|ERROR) - (.*)$", line.strip())
            if m:
                msg = re.sub(r"entry '[^']*'|'[^']*'|\"[^\"]*\"", "X", m.group(2))
                kinds[f"biber {m.group(1)} {msg[:90]}"] += 1
    elif fmt == "csljson" and shutil.which("pandoc"):
        md = os.path.join(work, "t.md")
        with open(md, "w") as f:
            f.write("---\nnocite: '@*'\n---\n\ntext\n")
        p = run(["pandoc", "--citeproc", "--bibliography", path, md, "-t", "plain"], cwd=work)
        for line in p.stderr.splitlines():
            if line.startswith("[WARNING]") or "rror" in line:
                kinds["pandoc " + re.sub(r"\S*\d\S*", "N", line)[:90]] += 1
    return kinds


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--refnet", required=True)
    ap.add_argument("--out", default="/tmp/roundtrip_audit")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--formats", default="bibtex,biblatex,ris,csljson")
    ap.add_argument("--profile", default="paper")
    ap.add_argument("--no-tools", action="store_true")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    refnet = os.path.abspath(args.refnet)
    formats = args.formats.split(",")
    total = {f: collections.Counter() for f in formats}
    tools = {f: collections.Counter() for f in formats}
    examples = collections.defaultdict(list)
    types = {f: collections.Counter() for f in formats}  # type changes, "A -> B"
    for path in args.files:
        name = re.sub(r"\W", "_", os.path.basename(path))
        work = os.path.join(args.out, name)
        shutil.rmtree(work, ignore_errors=True)
        os.makedirs(work)
        lib_a = os.path.join(work, "a.sqlite")
        run([refnet, "import", "--library", lib_a, path])
        a_works = listing(refnet, lib_a)
        row = [f"{os.path.basename(path)[:40]:40} {len(a_works):5}"]
        for fmt in formats:
            out = os.path.join(work, "x_" + fmt + FORMATS[fmt])
            p = run([refnet, "export", "--library", lib_a, "--format", fmt, "--no-pin",
                     "--profile", args.profile, "-o", out]) if fmt in ("bibtex", "biblatex") else \
                run([refnet, "export", "--library", lib_a, "--format", fmt, "--no-pin", "-o", out])
            c = total[fmt]
            c["export warnings"] += sum(1 for l in p.stderr.splitlines() if ": warning:" in l)
            lib_b = os.path.join(work, "b_" + fmt + ".sqlite")
            q = run([refnet, "import", "--library", lib_b, out])
            c["reimport errors"] += sum(1 for l in q.stderr.splitlines() if ": error:" in l)
            c["reimport warnings"] += sum(1 for l in q.stderr.splitlines() if ": warning:" in l)
            b_works = listing(refnet, lib_b)
            pairs, unpaired = pair(a_works, b_works)
            c["records"] += len(a_works)
            c["records back"] += len(b_works)
            c["unpaired"] += len(unpaired)
            diffs = 0
            for a, b in pairs:
                fa, fb = fields(a), fields(b)
                for k in fa:
                    if fa[k] != fb[k]:
                        if spaces(fa[k]) == spaces(fb[k]):
                            k += " (spaces only)"
                        elif nfc(fa[k]) == nfc(fb[k]):
                            k += " (NFC only)"
                        c[k] += 1
                        diffs += 1
                        if k == "type":
                            types[fmt][f"{fa[k]} -> {fb[k]}"] += 1
                        if len(examples[(fmt, k)]) < args.show:
                            examples[(fmt, k)].append((name, a.get("citekey"), fa[k.split(" (")[0]], fb[k.split(" (")[0]]))
                lost = extra_lost(a, b)
                if lost:
                    c["extra"] += 1
                    diffs += 1
                    if len(examples[(fmt, "extra")]) < args.show:
                        examples[(fmt, "extra")].append((name, a.get("citekey"), lost, ""))
            if not args.no_tools:
                kinds = tool_warnings(fmt, out, work)
                tools[fmt].update(kinds)
                diffs_tools = sum(kinds.values())
            else:
                diffs_tools = 0
            row.append(f"{fmt}:{diffs}/{diffs_tools}")
        print(" ".join(row), flush=True)
    print("\nper format: records, fields differing (works with a difference, per field)")
    for fmt in formats:
        c = total[fmt]
        head = ("records", "records back", "unpaired", "export warnings", "reimport errors", "reimport warnings")
        print(f"\n== {fmt}: " + ", ".join(f"{k} {c[k]}" for k in head))
        rest = sorted((k for k in c if k not in head), key=lambda k: -c[k])
        print("   differing: " + (", ".join(f"{k} {c[k]}" for k in rest) or "none") +
              f"  (total {sum(c[k] for k in rest)})")
        if types[fmt]:
            print("   type changes: " + ", ".join(f"{k} {n}" for k, n in types[fmt].most_common()))
        if tools[fmt]:
            print(f"   tool messages: {sum(tools[fmt].values())}")
            for k, n in tools[fmt].most_common():
                print(f"     {n:5}  {k}")
        for k in rest:
            for ex in examples.get((fmt, k), []):
                print(f"   [{k}] {ex[0]} {ex[1]}:\n      A: {ascii(ex[2])[:400]}\n      B: {ascii(ex[3])[:400]}")


if __name__ == "__main__":
    main()
