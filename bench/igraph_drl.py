"""Peer timing for issue 17: python-igraph builds the keyword co-occurrence
graph from the RIS KW lines (as ../shared/bench/peers/kwgraph.py does),
clusters it (Louvain) and lays it out with DrL, igraph's layout for large
graphs.  usage: python3 igraph_drl.py corpus.ris
Prints the phase timings on stderr."""
import collections
import itertools
import sys
import time

import igraph as ig

t0 = time.perf_counter()
pairs = collections.Counter()
kw_ids = {}
cur = set()
with open(sys.argv[1], encoding='utf-8-sig', errors='replace') as f:
    for line in f:
        if line.startswith('KW  -'):
            k = line[6:].strip().casefold()
            if k:
                cur.add(kw_ids.setdefault(k, len(kw_ids)))
        elif line.startswith('ER  -'):
            if len(cur) > 1:
                for a, b in itertools.combinations(sorted(cur), 2):
                    pairs[(a, b)] += 1
            cur = set()
t1 = time.perf_counter()
g = ig.Graph(n=len(kw_ids), edges=list(pairs.keys()), directed=False)
g.es['weight'] = list(pairs.values())
comm = g.community_multilevel(weights='weight')
t2 = time.perf_counter()
layout = g.layout_drl(weights='weight')
t3 = time.perf_counter()
print(f'nodes={g.vcount()} edges={g.ecount()} communities={len(comm)} read_pairs_s={t1-t0:.2f} '
      f'build_louvain_s={t2-t1:.2f} drl_s={t3-t2:.2f} coords={len(layout)}', file=sys.stderr)
