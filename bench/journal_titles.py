#!/usr/bin/env python3
"""Writes data/journal_titles.tsv: the full titles of JabRef's journal
abbreviation lists (JabRef/abbrv.jabref.org, CC0-1.0, at the commit
bench/journal_abbrev_jabref.py reads), for telling where a Scopus reference's
title ends and its journal begins when Scopus left out the year between them
("... in the United States Journal of Consulting and Clinical Psychology, 71,
pp. 53-61": src/reference_strings.cpp).  Titles of two words or more, as the
lists write them (case kept), without LaTeX ($) or a title of one word; once
each, in byte order (the reader searches them by halving); after the '#' lines.

    python3 bench/journal_titles.py GIT_DIR > data/journal_titles.tsv
"""
import sys

from journal_abbrev_jabref import JABREF_COMMIT, csv_rows


def main():
    git_dir = sys.argv[1]
    titles = set()
    for _, row in csv_rows(git_dir):
        if not row:
            continue
        t = " ".join(row[0].split())
        if not t or "$" in t or len(t.split()) < 2 or t.startswith("#"):
            continue
        titles.add(t)
    out = sys.stdout.buffer
    out.write(("# Full journal titles of JabRef's abbreviation lists (JabRef/abbrv.jabref.org @ %s, journals/*.csv\n"
               "# but journal_abbreviations_ieee_strings.csv; CC0-1.0), two words or more, once each, in byte order.\n"
               "# Written by bench/journal_titles.py; read by src/reference_strings.cpp (Scopus titles run into their\n"
               "# journal).\n" % JABREF_COMMIT).encode())
    for t in sorted(t.encode("utf-8") for t in titles):
        out.write(t + b"\n")


if __name__ == "__main__":
    main()
