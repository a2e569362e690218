#!/usr/bin/env python3
"""Writes JabRef's journal abbreviation lists (JabRef/abbrv.jabref.org, CC0-1.0)
as lines "Full title<TAB>abbreviation|shortest", the form of the journal
abbreviation table (src/journal_abbrev_table.cpp), for measuring what they
would join (bench/cited_journal_splits --list FILE).

    python3 bench/journal_abbrev_jabref.py GIT_DIR [OUT]

GIT_DIR: a clone of JabRef/abbrv.jabref.org holding commit JABREF_COMMIT (read
with `git show`, so the same commit gives the same bytes).  Every list but the
IEEE string macros (#IEEE_J_...#); rows with LaTeX ($) left out; a title and
its abbreviations once, in file then row order.
"""
import csv
import subprocess
import sys

JABREF_COMMIT = "a6879a86014356ced6b1b705f5ee24eb1d173950"


def csv_rows(git_dir):
    """Every row of the lists at JABREF_COMMIT but the IEEE string macros, as
    its CSV cells (the lists use ';' or ','): (list file, cells), in file then
    row order.  bench/refparse_gazetteer.py reads them too."""
    names = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "--name-only", JABREF_COMMIT, "journals/"],
                           check=True, capture_output=True, text=True).stdout.split()
    for name in sorted(names):
        if not name.endswith(".csv") or name.endswith("_ieee_strings.csv"):
            continue
        text = subprocess.run(["git", "--git-dir", git_dir, "show", JABREF_COMMIT + ":" + name],
                              check=True, capture_output=True).stdout.decode("utf-8-sig")
        delim = ";" if text[:4096].count(";") > text[:4096].count(",") else ","
        for row in csv.reader(text.splitlines(), delimiter=delim):
            yield name, row


def rows(git_dir):
    for name, row in csv_rows(git_dir):
        row = [" ".join(c.split()) for c in row[:3]]
        row = [c for c in row if c]
        if len(row) >= 2 and not any("$" in c or "\t" in c or "|" in c for c in row):
            yield name, row


def main():
    git_dir = sys.argv[1]
    out = open(sys.argv[2], "w", encoding="utf-8", newline="\n") if len(sys.argv) > 2 else sys.stdout
    seen = set()
    for _, row in rows(git_dir):
        variants = []
        for v in row[1:]:
            if v != row[0] and v not in variants:
                variants.append(v)
        line = row[0] + "\t" + "|".join(variants)
        if variants and line not in seen:
            seen.add(line)
            out.write(line + "\n")


if __name__ == "__main__":
    main()
