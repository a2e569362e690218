#!/usr/bin/env python3
"""Draws the held-out references that fixtures/refparse/heldout_relabelled.tsv relabels by hand.

    build/refparse_eval ../shared/refparse --gold-tsv > /tmp/gold.tsv
    python3 bench/refparse_relabel_draw.py /tmp/gold.tsv [N] [SEED] > draft.tsv

The dump holds every held-out reference (refparse::is_held_out) with its gold values from the corrected labels; this
takes N of them (default 300) at random (Python's random.seed(SEED), default 50), in the dump's order, and writes them
as bench/refparse_eval's --tsv table: the reference, authors, year, title, container, volume, issue, first page,
publisher, place, tags, then the source file and the labelled spans (for the reader; --tsv ignores them).  The draft's
values are the labels' own: each row is then read and corrected by hand by the convention written in the table.
"""
import random
import sys


def main():
    path = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 50
    with open(path, encoding="utf-8") as f:
        rows = [line.rstrip("\n") for line in f if line.strip()]
    random.seed(seed)
    picked = sorted(random.sample(range(len(rows)), n))
    out = sys.stdout
    out.write("reference\tauthors\tyear\ttitle\tcontainer\tvolume\tissue\tfirst page\tpublisher\tplace\ttags\tsource\tspans\n")
    for i in picked:
        out.write(rows[i] + "\n")


if __name__ == "__main__":
    main()
