#!/usr/bin/env python3
"""Corpora runs: refnet reading its corpora twice and its own exports back (data65, session 65).

  corpora_runs.py reread    BIN [--corpora DIR]... [--work DIR]
  corpora_runs.py roundtrip BIN [--corpora DIR]... [--work DIR] [--detail FILE]
                            [--formats ris,bibtex,...] [--csv-columns COLS]

Files: every regular file under each DIR, recursively, except README.md and
MANIFEST.tsv (default DIRs: ../shared/corpora and fixtures/corpora beside the
checkout when this script is its bench/, else /work/shared/corpora and
/work/main/fixtures/corpora: the two copies session 64 measured).  A file whose
first import reads no record (iridia's @string-only files) is listed as "not
importable" and left out of the totals.  Totals are printed twice: every file,
and the files at the top of each DIR only (no zotero-cases/), session 64's set.

reread:    each file into a fresh library (`import --json`), then the SAME file
           again into that library: per file and in total the second import's
           read / present and every other outcome (new, merged, updated, older,
           read_back, rejected, reread, failed).
roundtrip: each file into a fresh library; per format a copy of that library
           exported (`export --format F -o ...`, defaults otherwise) and the
           export imported back into the copy, so each format is judged alone:
           ris, bibtex, biblatex, csljson, csv, tsv; csv-all / tsv-all (every
           column `export --help` lists); csv-pinned (a RIS export first, which
           pins the keys, then the CSV).  Per format totals of read / new /
           merged / present / rejected / updated / older / read_back / reread
           and the "edited in refnet's own export" warnings; per file the lines
           whose read-back is not all present / read back as own export.
           --detail FILE: csv's and csv-all's new works, joined works and
           rejected rows, with the diagnostics of those rows (errors always).
"""
import argparse, collections, json, os, shutil, subprocess, sys, tempfile

FORMATS = [("ris", ".ris"), ("bibtex", ".bib"), ("biblatex", ".bib"), ("csljson", ".json"),
           ("csv", ".csv"), ("tsv", ".tsv"), ("csv-all", ".csv"), ("tsv-all", ".tsv"), ("csv-pinned", ".csv")]
# csv-all / tsv-all: CSV/TSV with every column refnet writes (export --columns ALL_COLUMNS, read from
# `export --help`).  csv-pinned: a RIS export first (its keys pinned), then the CSV export (default
# columns) read back: the CSV read-back depends on the keys being pinned (session 65: 269 new -> 0).
ALL_COLUMNS = None


def all_columns(binary):
    import re
    h = run([binary, "export", "--help"]).stdout + run([binary, "export", "--help"]).stderr
    m = re.search(r"CSV/TSV columns \(--columns, comma-separated\): ([^;]+(?:;)?)", h.replace("\n", " "))
    if not m:
        sys.exit("could not read the CSV columns from `export --help`")
    return ",".join(c.strip() for c in m.group(1).rstrip(";").split(","))


def nested(name, multi):
    parts = name.split("/")
    return len(parts) > (2 if multi else 1)
KEYS = ["read", "new", "merged", "present", "rejected", "updated", "older", "read_back", "reread"]


def corpora_files(roots):
    """(path, label): label is the path below its root, prefixed with the root's name when
    several roots are given (shared/..., fixtures/... for the default pair)."""
    out = []
    for root in roots:
        tag = os.path.basename(os.path.dirname(os.path.abspath(root))) if len(roots) > 1 else ""
        for d, dirs, files in os.walk(root):
            dirs.sort()
            for f in sorted(files):
                if f in ("README.md", "MANIFEST.tsv"):
                    continue
                path = os.path.join(d, f)
                r = os.path.relpath(path, root)
                out.append((path, f"{tag}/{r}" if tag else r))
    return out


def run(cmd, env=None):
    return subprocess.run(cmd, capture_output=True, text=True, errors="replace", env=env)


def imp(binary, lib, path):
    p = run([binary, "import", "--json", "--library", lib, path])
    try:
        j = json.loads(p.stdout.strip().splitlines()[-1]) if p.stdout.strip() else None
    except (json.JSONDecodeError, IndexError):
        j = None
    return p, j


def counts(j):
    c = {k: 0 for k in KEYS}
    if not j:
        return c
    for k in KEYS:
        if k == "reread":
            c[k] = j.get("reread", 0)
        else:
            c[k] = j.get(k, 0)
    return c


def rel(path, root):
    return os.path.relpath(path, root)


def fmt(c, keys=KEYS):
    return " ".join(f"{k}={c[k]}" for k in keys)


def do_reread(a):
    root = a.corpora
    tot = collections.Counter()
    top = collections.Counter()
    skipped = []
    others = []
    print(f"# reread: {a.binary} over {' + '.join(root)}; per file: second import of the same file into the library of the first")
    print("# file\tfirst_read\tread\tpresent\tother outcomes")
    for f, name in corpora_files(root):
        with tempfile.TemporaryDirectory(dir=a.work) as td:
            lib = os.path.join(td, "lib.sqlite")
            p1, j1 = imp(a.binary, lib, f)
            c1 = counts(j1)
            if not j1 or c1["read"] == 0:
                skipped.append((name, p1.returncode, (p1.stderr.strip().splitlines() or [""])[-1][:160]))
                continue
            p2, j2 = imp(a.binary, lib, f)
            c2 = counts(j2)
            failed = (not j2) or any(fl.get("failed") for fl in j2.get("files", []))
            other = {k: c2[k] for k in KEYS if k not in ("read", "present") and c2[k]}
            if failed:
                other["failed"] = 1
            tot.update(c2)
            tot["first_read"] += c1["read"]
            tot["files"] += 1
            if not nested(name, len(a.corpora) > 1):
                top.update(c2)
                top["first_read"] += c1["read"]
                top["files"] += 1
            line = f"{name}\t{c1['read']}\t{c2['read']}\t{c2['present']}\t" + \
                   (" ".join(f"{k}={v}" for k, v in other.items()) or "-")
            print(line)
            if other or c2["read"] != c2["present"]:
                others.append(line)
    print()
    print(f"TOTAL files={tot['files']} first_read={tot['first_read']} second: " + fmt(tot))
    print(f"TOTAL top-level files only (no zotero-cases/: session 64's set) files={top['files']} "
          f"first_read={top['first_read']} second: " + fmt(top))
    print(f"files whose second import is not all 'already present': {len(others)}")
    for l in others:
        print("  " + l)
    print(f"not importable (first import read nothing): {len(skipped)}")
    for s in skipped:
        print(f"  {s[0]}\texit {s[1]}\t{s[2]}")


def listing(binary, lib):
    p = run([binary, "list", "--library", lib, "--format", "json"])
    if p.returncode != 0 or not p.stdout.strip():
        return []
    return json.loads(p.stdout)


def do_roundtrip(a):
    root = a.corpora
    tot = {f: collections.Counter() for f, _ in FORMATS}
    top = {f: collections.Counter() for f, _ in FORMATS}
    a.all_columns = all_columns(a.binary)
    if a.detail:
        shutil.rmtree(a.detail + ".exports", True)
    edited = {f: 0 for f, _ in FORMATS}
    edited_lines = {f: [] for f, _ in FORMATS}
    notall = {f: [] for f, _ in FORMATS}
    export_fail = []
    skipped = []
    detail = []
    print(f"# roundtrip: {a.binary} over {' + '.join(root)}; each file into a fresh library; per format a copy of "
          f"that library exported in the format and the export imported back into the copy")
    nfiles = 0
    for f, name in corpora_files(root):
        with tempfile.TemporaryDirectory(dir=a.work) as td:
            lib = os.path.join(td, "lib.sqlite")
            p1, j1 = imp(a.binary, lib, f)
            if not j1 or counts(j1)["read"] == 0 or not os.path.exists(lib):
                skipped.append(name)
                continue
            nfiles += 1
            for fmt_, ext in FORMATS:
                # each format alone: a copy of the library as the import left it, exported, read back
                lib2 = os.path.join(td, f"lib.{fmt_}.sqlite")
                for suffix in ("", "-wal", "-shm"):
                    if os.path.exists(lib + suffix):
                        shutil.copyfile(lib + suffix, lib2 + suffix)
                out = os.path.join(td, f"export.{fmt_}{ext}")
                base = fmt_.split("-")[0]
                extra = ["--columns", a.csv_columns] if (a.csv_columns and base in ("csv", "tsv")) else []
                if fmt_.endswith("-all"):
                    extra = ["--columns", a.all_columns]
                if fmt_.endswith("-pinned"):
                    # a RIS export first (it pins the keys, as every BibTeX/RIS/CSL-JSON export does)
                    run([a.binary, "export", "--library", lib2, "--format", "ris", "-o", out + ".ris"])
                p = run([a.binary, "export", "--library", lib2, "--format", base, "-o", out] + extra)
                if p.returncode != 0:
                    export_fail.append(f"{name}\t{fmt_}\texit {p.returncode}\t{p.stderr.strip()[:200]}")
                    continue
                before = {w.get("id"): w for w in listing(a.binary, lib2)} if (fmt_ in ("csv", "csv-all") and a.detail) else None
                p, j = imp(a.binary, lib2, out)
                c = counts(j)
                tot[fmt_].update(c)
                tot[fmt_]["files"] += 1
                if not nested(name, len(a.corpora) > 1):
                    top[fmt_].update(c)
                    top[fmt_]["files"] += 1
                diags = [d for fl in (j or {}).get("files", []) for d in fl.get("diagnostics", [])]
                ed = [d for d in diags if "edited in refnet's own export" in d.get("message", "")]
                edited[fmt_] += len(ed)
                for d in ed:
                    edited_lines[fmt_].append(f"{name}: {d.get('line')}: {d.get('message')}")
                if not j or c["read"] != c["present"] + c["read_back"] or c["new"] or c["merged"] or c["rejected"] or c["updated"]:
                    notall[fmt_].append(f"{name}\t" + fmt(c))
                if before is not None and (c["new"] or c["merged"] or c["rejected"]):
                    after = listing(a.binary, lib2)
                    detail.append((fmt_ + " " + name, out, c, diags, before, after))
                    # keep the export for the detail file
                    keep = os.path.join(a.detail + ".exports", (fmt_ + " " + name).replace("/", "__").replace(" ", "__") + ".csv")
                    os.makedirs(os.path.dirname(keep), exist_ok=True)
                    shutil.copyfile(out, keep)
    print(f"files: {nfiles} (not importable, left out: {len(skipped)})")
    print("format\t" + "\t".join(KEYS) + "\tedited_notes\tfiles")
    for fmt_, _ in FORMATS:
        t = tot[fmt_]
        print(fmt_ + "\t" + "\t".join(str(t[k]) for k in KEYS) + f"\t{edited[fmt_]}\t{t['files']}")
    print("# the files at the top of each corpora directory only (no zotero-cases/: session 64's set)")
    for fmt_, _ in FORMATS:
        t = top[fmt_]
        print(fmt_ + "\t" + "\t".join(str(t[k]) for k in KEYS) + f"\t-\t{t['files']}")
    print("# csv-all/tsv-all: --columns " + a.all_columns)
    for fmt_, _ in FORMATS:
        print(f"\n## {fmt_}: files whose read-back is not all present/read back as own export: {len(notall[fmt_])}")
        for l in notall[fmt_]:
            print("  " + l)
        if edited_lines[fmt_]:
            print(f"## {fmt_}: 'edited in refnet's own export' notes")
            for l in edited_lines[fmt_]:
                print("  " + l)
    if export_fail:
        print("\n## exports that failed")
        for l in export_fail:
            print("  " + l)
    if skipped:
        print("\n## not importable (left out)")
        for s in skipped:
            print("  " + s)
    if a.detail:
        write_detail(a, detail)


def write_detail(a, detail):
    with open(a.detail, "w") as out:
        out.write(f"# CSV round trip: the rows behind new / merged / rejected ({a.binary})\n")
        out.write("# exports kept in " + os.path.join(a.detail + ".exports") + "\n")
        for src, exp, c, diags, before, after in detail:
            keep = os.path.join(a.detail + ".exports", src.replace("/", "__").replace(" ", "__") + ".csv")
            out.write(f"\n== {src}: {fmt(c)}\n   export: {keep}\n")
            new_ids = [w for i, w in ((w.get("id"), w) for w in after) if i not in before]
            changed = [w for w in after if w.get("id") in before and
                       len(w.get("sources") or []) != len(before[w.get("id")].get("sources") or []) and
                       not all(s.get("own_export") for s in (w.get("sources") or [])
                               if s not in (before[w.get("id")].get("sources") or []))]
            lines = {s.get("line") for w in new_ids + changed for s in (w.get("sources") or [])
                     if s not in (before.get(w.get("id"), {}).get("sources") or [])}
            for d in diags:
                sev = d.get("severity", "")
                if sev != "error" and d.get("line") not in lines and d.get("line") != 1:
                    continue
                out.write(f"   diag {sev} line {d.get('line')}:{d.get('column', '')}: {d.get('message')}\n")
            for w in new_ids:
                out.write("   new work: " + json.dumps(summary(w), ensure_ascii=False) + "\n")
            for w in changed:
                out.write("   work that gained a record: " + json.dumps(summary(w), ensure_ascii=False) + "\n")


def summary(w):
    keep = {}
    for k in ("id", "key", "type", "title", "year", "doi", "sources", "records", "provenance"):
        if k in w:
            keep[k] = w[k]
    if "date" in w:
        keep["date"] = w["date"]
    if "authors" in w:
        keep["authors"] = (w["authors"] or [])[:2]
    return keep


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["reread", "roundtrip"])
    ap.add_argument("binary")
    ap.add_argument("--corpora", action="append", default=None,
                    help="a corpora directory (repeat for several; default ../shared/corpora and fixtures/corpora "
                         "beside the checkout, the two copies session 64 measured)")
    ap.add_argument("--work", default=None)
    ap.add_argument("--detail", default=None)
    ap.add_argument("--csv-columns", default=None, help="roundtrip: export --columns for CSV/TSV (default: refnet's)")
    ap.add_argument("--formats", default=None, help="roundtrip: comma-separated subset of " + ",".join(f for f, _ in FORMATS))
    a = ap.parse_args()
    a.binary = os.path.abspath(a.binary)
    if not a.corpora:
        # beside a checkout (bench/corpora_runs.py): ../shared/corpora and the checkout's fixtures/corpora
        here = os.path.dirname(os.path.abspath(__file__))
        root = os.path.dirname(here)
        a.corpora = [d for d in (os.path.join(os.path.dirname(root), "shared", "corpora"),
                                 os.path.join(root, "fixtures", "corpora")) if os.path.isdir(d)] \
            if os.path.basename(here) == "bench" else ["/work/shared/corpora", "/work/main/fixtures/corpora"]
    if a.formats:
        FORMATS[:] = [(f, e) for f, e in FORMATS if f in a.formats.split(",")]
    if a.work is None:  # a scratch directory of its own, removed at the end
        import atexit
        a.work = tempfile.mkdtemp(prefix=f"corpora-{a.mode}-")
        atexit.register(shutil.rmtree, a.work, True)
    os.makedirs(a.work, exist_ok=True)
    {"reread": do_reread, "roundtrip": do_roundtrip}[a.mode](a)
