#!/usr/bin/env python3
"""Names of merged works: does a work's view keep the best spelling its sources give?

For each set of files (one search in several databases), a fresh library is built with the
refnet binary given (import every file, in the order given, then `dedup --apply`), and every
work holding two or more source records is checked person by person against its sources:

  lost_diacritics  a view person whose family or given name is written without diacritics that
                   a source writes for the same person (same name after folding: `Munoz-Laboy`
                   where Scopus has `Muñoz-Laboy`)
  initials_only    a view person with initials where a source gives the same person's full given
                   name (`M.` where MEDLINE has `Miguel`)
  fewer_persons    a view with fewer creators than its longest source (told, not changed here)

A person of a source is "the same" when the folded family names are equal and the given names
agree word by word, a word agreeing with its initial (`Miguel` / `M.`; not `Yuming` / `Yue Leon`).  Prints one row per set and the
works concerned with --list.

  bench/merged_names.py BINARY NAME=FILE[,FILE...] ... [--list]
  bench/merged_names.py build/refnet \
      msm=/work/dd27-data/crossdb/msm__medline.ris,/work/dd27-data/crossdb/msm__psycinfo.ris,...
"""
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import unicodedata

SPECIAL = {"ß": "ss", "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ł": "l", "Ł": "l",
           "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "ı": "i", "þ": "th"}


def fold(s):
    s = "".join(SPECIAL.get(c, c) for c in s or "")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if c.isalpha() and not unicodedata.combining(c)).lower()
    for a, b in (("ae", "a"), ("oe", "o"), ("ue", "u")):
        s = s.replace(a, b)
    return s


def non_ascii(s):
    return sum(1 for c in s or "" if ord(c) > 127 and c.isalpha())


def given_words(given):
    """(folded word, is an initial) for each word: "E.C." -> e, c; "MJ" -> m, j; "Ethan Czuy" -> ethan, czuy."""
    out = []
    g = given or ""
    for ch in ".-\u2010\u2011\u2013":
        g = g.replace(ch, ch + " " if ch == "." else " ")
    for w in g.split():
        dotted = w.endswith(".")
        w = w.rstrip(".")
        if not w:
            continue
        if len(w) <= 3 and w.isascii() and w.isupper():
            out += [(c.lower(), True) for c in w]
            continue
        f = fold(w)
        if f:
            out.append((f, dotted or len(f) == 1))
    return out


def full_words(given):
    return sum(1 for _, initial in given_words(given) if not initial)


def same_person(a, b):
    """The rule of src/creator_lists.cpp: folded family names, given names word by word."""
    if "family" not in a or "family" not in b:
        return False
    fa, fb = fold(a.get("particle", "") + a["family"]), fold(b.get("particle", "") + b["family"])
    if not fa or fa != fb:
        return False
    for (x, xi), (y, yi) in zip(given_words(a.get("given")), given_words(b.get("given"))):
        if (not xi and not yi and x != y) or x[0] != y[0]:
            return False
    return True


def check(db_path):
    db = sqlite3.connect(db_path)
    works = {}
    for wid, data in db.execute("SELECT id, data FROM works WHERE merged_into IS NULL AND trashed_at IS NULL"):
        works[wid] = json.loads(data) if data else {}
    sources = {}
    for wid, fmt, data in db.execute("SELECT work_id, format, data FROM sources ORDER BY id"):
        if fmt == "user" or wid not in works:
            continue
        sources.setdefault(wid, []).append(json.loads(data))
    counts = {"merged_works": 0, "lost_diacritics": 0, "initials_only": 0, "fewer_persons": 0}
    listed = []
    for wid, srcs in sources.items():
        if len(srcs) < 2:
            continue
        counts["merged_works"] += 1
        view = works[wid]
        flags = set()
        for field in ("authors", "editors"):
            vl = view.get(field) or []
            if len(vl) < max(len(s.get(field) or []) for s in srcs):
                flags.add("fewer_persons")
            for p in vl:
                for s in srcs:
                    for q in s.get(field) or []:
                        if not same_person(p, q):
                            continue
                        for part in ("family", "given"):
                            if non_ascii(q.get(part)) > non_ascii(p.get(part)) and fold(q.get(part)) == fold(p.get(part)):
                                flags.add("lost_diacritics")
                                listed.append((wid, "lost_diacritics", p.get(part), q.get(part)))
                        if full_words(q.get("given")) > full_words(p.get("given")):
                            flags.add("initials_only")
                            listed.append((wid, "initials_only", p.get("family", "") + ", " + p.get("given", ""),
                                           q.get("family", "") + ", " + q.get("given", "")))
        for f in flags:
            counts[f] += 1
    return counts, listed


def main():
    args = [a for a in sys.argv[1:] if a != "--list"]
    show = "--list" in sys.argv
    binary, sets = args[0], args[1:]
    print("set\tmerged_works\tlost_diacritics\tinitials_only\tfewer_persons")
    total = {}
    for spec in sets:
        name, files = spec.split("=", 1)
        with tempfile.TemporaryDirectory() as tmp:
            lib = os.path.join(tmp, "lib.sqlite")
            for f in files.split(","):
                subprocess.run([binary, "--library", lib, "import", f], check=False, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
            subprocess.run([binary, "--library", lib, "dedup", "--apply"], check=True, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
            counts, listed = check(lib)
        print(name + "\t" + "\t".join(str(counts[k]) for k in
                                      ("merged_works", "lost_diacritics", "initials_only", "fewer_persons")))
        for k, v in counts.items():
            total[k] = total.get(k, 0) + v
        if show:
            for row in sorted(set(listed)):
                print("  work %d %s: %s <- %s" % row)
    print("total\t" + "\t".join(str(total.get(k, 0)) for k in
                                ("merged_works", "lost_diacritics", "initials_only", "fewer_persons")))


if __name__ == "__main__":
    main()
