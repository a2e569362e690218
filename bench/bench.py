#!/usr/bin/env python3
"""refnet's benchmark table (called by bench/run, which builds the Release binaries).

For each corpus size: parse-only and into-the-library imports per format, the
three files together (DOI merge), dedup, export (BibTeX, RIS, CSL-JSON),
keyword map and citation network.  Each task runs RUNS times; the table gives
the median wall time and the largest peak RSS.  WoS tagged and Scopus CSV
(the same works, with cited references) are parsed and imported alone.
With --peers, the peers of ../shared/bench/peers/run.sh are measured on the
same 100k files in the same run and the ratios are printed against issue 7's targets.  Nothing here
asserts a time: the figures are for people.
"""
import argparse
import csv
import io
import os
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def timed(cmd, runs, before=None):
    """Median wall seconds and max peak RSS (MB) of `cmd` over `runs` runs."""
    walls, rss = [], 0
    for _ in range(runs):
        if before:
            before()
        with tempfile.NamedTemporaryFile('r') as tf:
            r = subprocess.run(['/usr/bin/time', '-f', '%e %M', '-o', tf.name] + cmd,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            if r.returncode not in (0, 3):  # 3: some entries rejected (the generated corpus has a few)
                sys.stderr.write(f"bench: {' '.join(cmd)} exited {r.returncode}\n"
                                 f"{r.stderr.decode('utf-8', 'replace')[-2000:]}\n")
            line = open(tf.name).read().strip().splitlines()[-1]
            s, kb = line.split()
            walls.append(float(s))
            rss = max(rss, int(kb) // 1024)
    return statistics.median(walls), rss


def remove_library(path):
    for suffix in ('', '-journal', '-wal', '-shm'):
        try:
            os.remove(path + suffix)
        except FileNotFoundError:
            pass


class Table:
    def __init__(self):
        self.rows = []
        print(f"{'size':>8}  {'task':<34} {'MB':>7} {'records':>9} {'seconds':>8} {'MB/s':>8} "
              f"{'records/s':>10} {'peakMB':>7}", flush=True)

    def add(self, size, task, mb, records, s, rss):
        mbs = mb / s if mb and s > 0 else None
        rps = records / s if records and s > 0 else None
        self.rows.append(dict(size=size, task=task, mb=mb, records=records, s=s, mbs=mbs, rps=rps, rss=rss))
        f = lambda v, fmt: (fmt % v) if v is not None else '-'
        print(f"{size:>8}  {task:<34} {f(mb, '%.1f'):>7} {f(records, '%d'):>9} {s:>8.3f} {f(mbs, '%.1f'):>8} "
              f"{f(rps, '%.0f'):>10} {rss:>7}", flush=True)

    def get(self, size, task):
        for r in self.rows:
            if r['size'] == size and r['task'] == task:
                return r
        return None


def count_records(path, fmt):
    data = open(path, 'rb').read()
    if fmt == 'bibtex':
        return data.count(b'\n@') + (1 if data.startswith(b'@') else 0)
    if fmt == 'ris':
        return data.count(b'\nER  -') + (1 if data.startswith(b'ER  -') else 0)
    return None


def bench_size(n, args, table):
    d = os.path.join(args.data, f'gc{n}')
    if not os.path.exists(os.path.join(d, 'truth.json')):
        subprocess.run([sys.executable, os.path.join(args.shared, 'bench', 'gen_corpus.py'),
                        '--works', str(n), '--out', d, '--seed', '1'], check=True, stdout=subprocess.DEVNULL)
    refnet = os.path.join(args.build, 'refnet')
    files = {'bibtex': 'corpus.bib', 'ris': 'corpus.ris', 'crossref': 'corpus.crossref.json'}
    sizes = {fmt: os.path.getsize(os.path.join(d, f)) / 1e6 for fmt, f in files.items()}
    # The same works as a WoS tagged and a Scopus CSV export (bench/gen_wos_scopus.py).
    if not os.path.exists(os.path.join(d, 'corpus.scopus.csv')):
        subprocess.run([sys.executable, os.path.join(HERE, 'gen_wos_scopus.py'), d], check=True)
    # The WoS file as WoS's tab-delimited export (UTF-8, the "Mac" variant).
    if not os.path.exists(os.path.join(d, 'corpus.wos-tab.txt')):
        subprocess.run([sys.executable, os.path.join(HERE, '..', 'fixtures', 'wos', 'tagged_to_tab.py'),
                        os.path.join(d, 'corpus.wos.txt'), os.path.join(d, 'corpus.wos-tab.txt'), '--utf8'], check=True)
    more = {'wos': 'corpus.wos.txt', 'wos-tab': 'corpus.wos-tab.txt', 'scopus-csv': 'corpus.scopus.csv'}
    each_size = dict(sizes, **{fmt: os.path.getsize(os.path.join(d, f)) / 1e6 for fmt, f in more.items()})
    for fmt, f in list(files.items()) + list(more.items()):
        path = os.path.join(d, f)
        outs = []
        for _ in range(args.runs):
            out = subprocess.run([os.path.join(args.build, 'import_bench'), path, fmt],
                                 check=True, capture_output=True, text=True).stdout.split('\t')
            outs.append(out)
        outs.sort(key=lambda o: float(o[4]))
        mid = outs[len(outs) // 2]
        records = int(mid[3])
        table.add(n, f'parse {fmt}', float(mid[2]), records, float(mid[4]), max(int(float(o[7])) for o in outs))
        lib = os.path.join(args.data, f'lib-{n}-{fmt}.sqlite')
        s, rss = timed([refnet, 'import', '--quiet', '--library', lib, path], args.runs,
                       before=lambda: remove_library(lib))
        table.add(n, f'import {fmt} -> library', each_size[fmt], records, s, rss)
    # EndNote XML: the RIS corpus as EndNote 20 writes it (one line, <style> runs).
    xml = os.path.join(d, 'corpus.endnote.xml')
    outs = [subprocess.run([os.path.join(args.build, 'bench_endnote_xml_parse'), os.path.join(d, 'corpus.ris'), xml, '1'],
                           check=True, capture_output=True, text=True).stdout.split('\t') for _ in range(args.runs)]
    outs.sort(key=lambda o: float(o[4]))
    mid = outs[len(outs) // 2]
    table.add(n, 'parse endnote-xml', float(mid[2]), int(mid[3]), float(mid[4]), max(int(float(o[7])) for o in outs))
    # PubMed's formats, written from the Crossref corpus by the parse benches.
    for fmt, f, conv in (('medline', 'corpus.medline.txt', 'bench_medline_parse'),
                         ('pubmed-xml', 'corpus.pubmed.xml', 'bench_pubmed_xml_parse')):
        path = os.path.join(d, f)
        if not os.path.exists(path):
            subprocess.run([os.path.join(args.build, conv), os.path.join(d, files['crossref']), '1', '--write', path],
                           check=True, stdout=subprocess.DEVNULL)
        outs = sorted((subprocess.run([os.path.join(args.build, 'import_bench'), path, fmt], check=True,
                                      capture_output=True, text=True).stdout.split('\t') for _ in range(args.runs)),
                      key=lambda o: float(o[4]))
        mid = outs[len(outs) // 2]
        table.add(n, f'parse {fmt}', float(mid[2]), int(mid[3]), float(mid[4]), max(int(float(o[7])) for o in outs))
        lib = os.path.join(args.data, f'lib-{n}-{fmt}.sqlite')
        s, rss = timed([refnet, 'import', '--quiet', '--library', lib, path], args.runs,
                       before=lambda: remove_library(lib))
        table.add(n, f'import {fmt} -> library', os.path.getsize(path) / 1e6, int(mid[3]), s, rss)
    lib = os.path.join(args.data, f'lib-{n}-all.sqlite')
    paths = [os.path.join(d, f) for f in files.values()]
    s, rss = timed([refnet, 'import', '--quiet', '--library', lib] + paths, args.runs,
                   before=lambda: remove_library(lib))
    stats = subprocess.run([refnet, 'stats', '--json', '--library', lib], check=True, capture_output=True, text=True)
    import json
    st = json.loads(stats.stdout)
    table.add(n, 'import all three (DOI merge)', sum(sizes.values()), st['sources'], s, rss)
    works = st['works']
    s, rss = timed([refnet, 'dedup', '--json', '--library', lib], args.runs)
    table.add(n, 'dedup (find groups)', None, works, s, rss)
    for fmt, ext in (('bibtex', 'bib'), ('ris', 'ris'), ('csljson', 'json')):
        out = os.path.join(args.data, f'export-{n}.{ext}')
        s, rss = timed([refnet, 'export', '--library', lib, '--format', fmt, '-o', out], args.runs)
        table.add(n, f'export {fmt}', os.path.getsize(out) / 1e6, works, s, rss)
    out = os.path.join(args.data, f'kwmap-{n}.txt')
    s, rss = timed([refnet, 'network', 'keywords', '--library', lib, '--seed', '1', '-o', out], args.runs)
    table.add(n, 'keyword map (assoc., Leiden)', None, works, s, rss)
    out = os.path.join(args.data, f'citation-{n}.net')
    # One run: a 1M network takes a minute.
    s, rss = timed([refnet, 'network', 'citation', '--library', lib, '--seed', '1', '-o', out],
                   1 if n >= 1000000 else args.runs)
    table.add(n, 'citation network + clusters', None, works, s, rss)
    print_parse_ratios(n, table)


def print_parse_ratios(n, table):
    """Issue 14: MEDLINE and WoS tagged parse at least as fast as RIS (MB/s of the parse-only
    medians of this run; noisy on a shared machine: the instructions a byte, counted with
    callgrind as bench/parse_bench.hpp says, are the steadier figure)."""
    r = table.get(n, 'parse ris')
    if not r or not r['mbs']:
        return
    for fmt, name in (('medline', 'MEDLINE'), ('wos', 'WoS tagged')):
        m = table.get(n, f'parse {fmt}')
        if m and m['mbs']:
            ratio = m['mbs'] / r['mbs']
            print(f"# {n}: parse {name} / parse RIS = {m['mbs']:.1f} / {r['mbs']:.1f} MB/s = {ratio:.2f} "
                  f"(target >= 1.00) {'met' if ratio >= 1 else 'NOT met'}", flush=True)


def bench_real_vocabulary(args, table):
    """Keyword map at a real export's vocabulary (issue 17: 11k keywords), all
    nodes kept, against python-igraph (Debian's python3-igraph, kwgraph.py:
    the same graph from the same RIS file + Louvain) in the same run."""
    n = args.vocab_works
    d = os.path.join(args.data, f'gc{n}-vocab50000')
    if not os.path.exists(os.path.join(d, 'corpus.ris')):
        subprocess.run([sys.executable, os.path.join(args.shared, 'bench', 'gen_corpus.py'), '--works', str(n),
                        '--tail-vocab', '50000', '--out', d], check=True, stdout=subprocess.DEVNULL)
    refnet = os.path.join(args.build, 'refnet')
    ris = os.path.join(d, 'corpus.ris')
    lib = os.path.join(args.data, f'lib-{n}-vocab.sqlite')
    remove_library(lib)
    subprocess.run([refnet, 'import', '--quiet', '--library', lib, ris], stderr=subprocess.DEVNULL)
    out = os.path.join(args.data, f'kwmap-{n}-vocab.graphml')
    base = [refnet, 'network', 'keywords', '--library', lib, '--seed', '1', '--min-occurrences', '1', '-o', out]
    s, rss = timed(base + ['--layout', 'none', '--cluster', 'none'], args.runs)
    table.add(n, 'kw map 50k vocab, no layout/cluster', None, None, s, rss)
    plain = s
    s, rss = timed(base, args.runs)
    table.add(n, 'kw map 50k vocab, Leiden + layout', None, None, s, rss)
    kwgraph = os.path.join(args.shared, 'bench', 'peers', 'kwgraph.py')
    p, prss = timed(['/usr/bin/python3', kwgraph, ris, 'igraph'], args.runs)
    table.add(n, 'python-igraph 50k vocab, Louvain', None, None, p, prss)
    print(f"# keyword map at real vocabulary: python-igraph / refnet (no layout) = {p / plain:.2f}", flush=True)
    laid = table.get(n, 'kw map 50k vocab, Leiden + layout')['s']
    q, qrss = timed(['/usr/bin/python3', os.path.join(os.path.dirname(os.path.abspath(__file__)), 'igraph_drl.py'), ris],
                    args.runs)
    table.add(n, 'py-igraph 50k vocab, Louvain+DrL', None, None, q, qrss)
    print(f"# keyword map with layout: python-igraph + DrL / refnet (Leiden + layout) = {q / laid:.2f}", flush=True)
    # Layout of the 2,000 strongest terms (issue 17): VOS mapping vs Fruchterman-Reingold, time and the share
    # of the canvas the central 90 % of the nodes span (>= 0.35 wanted).
    r = subprocess.run([os.path.join(args.build, 'bench_map_layout'), lib, '2000'], capture_output=True, text=True)
    print('# layout\tnodes\tlinks\tseconds\tcpu_s\tcentral_90%_span\tdescription')
    print(r.stdout, end='', flush=True)


def peers_and_ratios(args, table):
    d = os.path.join(args.data, 'gc100000')
    print(f"\n# peers: {args.shared}/bench/peers/run.sh {d} {args.runs} (about 35 minutes)", flush=True)
    r = subprocess.run(['sh', os.path.join(args.shared, 'bench', 'peers', 'run.sh'), d, str(args.runs)],
                       capture_output=True, text=True)
    sys.stderr.write(r.stderr[-3000:])
    tsv = r.stdout
    open(os.path.join(args.data, 'peers.tsv'), 'w').write(tsv)
    print(tsv, flush=True)
    peers = {}
    for row in csv.DictReader(io.StringIO('\n'.join(l for l in tsv.splitlines() if not l.startswith('#'))),
                              delimiter='\t'):
        peers[(row['tool'], row['task'])] = row

    def peer_mbs(tool, task):
        row = peers.get((tool, task))
        return float(row['MB/s']) if row and row['MB/s'] not in ('', '-') else None

    def peer_s(tool, task):
        row = peers.get((tool, task))
        return float(row['median_s']) if row and row['median_s'] not in ('', '-') else None

    n = 100000
    mine = lambda task, key='mbs': (table.get(n, task) or {}).get(key)
    print("# ratios, measured in this run on the same files (higher is better for refnet)")
    print(f"{'refnet task':<30} {'refnet':>9} {'peer':<45} {'peer':>9} {'ratio':>7}  target")
    checks = [
        ('parse bibtex', 'MB/s', ('scan.cpp -O2', 'bib count @'), 0.25, '>= 0.25 x one-pass scan'),
        ('parse ris', 'MB/s', ('scan.cpp -O2', 'ris count ER'), 0.25, '>= 0.25 x one-pass scan'),
        ('import bibtex -> library', 'MB/s', ('citation-js 0.8', 'bib->CSL'), 10, '>= 10 x citation.js'),
        ('import bibtex -> library', 'MB/s', ('pybtex 0.24', 'bib->parse'), None, ''),
        ('import bibtex -> library', 'MB/s', ('bibtool 2.68', 'bib->bib'), None, ''),
        ('import bibtex -> library', 'MB/s', ('@retorquere/bibtex-parser 9', 'bib->verbatim'), None, ''),
        ('import bibtex -> library', 'MB/s', ('bibutils 7.2', 'bib->MODS'), None, ''),
        ('import ris -> library', 'MB/s', ('bibutils 7.2', 'ris->MODS'), 10, '>= 10 x bibutils'),
        ('import ris -> library', 'MB/s', ('citation-js 0.8', 'ris->CSL'), None, ''),
        ('import crossref -> library', 'MB/s', ('python json (C)', 'json->dict'), 1, '>= python json.load'),
        ('import crossref -> library', 'MB/s', ('citation-js 0.8', 'json->CSL'), 30, '>= 30 x citation.js'),
    ]
    for task, unit, peer, target, label in checks:
        m, p = mine(task), peer_mbs(*peer)
        ratio = m / p if m and p else None
        met = '' if target is None or ratio is None else ('met' if ratio >= target else 'NOT met')
        print(f"{task:<30} {m or 0:>9.1f} {peer[0] + ' ' + peer[1]:<45} {p or 0:>9.1f} "
              f"{(ratio or 0):>7.2f}  {label} {met}")
    kw = mine('keyword map (assoc., Leiden)', 's')
    for peer in (('python-igraph 0.10', 'ris KW graph+Louvain'), ('networkx 2.8', 'ris KW graph+Louvain')):
        p = peer_s(*peer)
        if kw and p:
            print(f"{'keyword map (s, 115k works)':<30} {kw:>9.3f} {peer[0] + ' ' + peer[1] + ' (s)':<45} {p:>9.3f} "
                  f"{p / kw:>7.2f}  faster than the peer and < 0.8 s "
                  f"{'met' if kw < p and kw < 0.8 else 'NOT met'}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--sizes', default='10000,100000')
    ap.add_argument('--runs', type=int, default=3)
    ap.add_argument('--peers', action='store_true')
    ap.add_argument('--vocab-works', type=int, default=25000, help='keyword map at real vocabulary size (0: skip)')
    ap.add_argument('--build', required=True)
    ap.add_argument('--data', required=True)
    ap.add_argument('--shared', required=True)
    args = ap.parse_args()
    os.makedirs(args.data, exist_ok=True)
    print(f"# refnet bench: {os.cpu_count()} cpus, load {os.getloadavg()[0]:.2f}, medians of {args.runs} runs, "
          f"peak RSS = max over runs", flush=True)
    table = Table()
    for n in [int(x) for x in args.sizes.split(',') if x]:
        bench_size(n, args, table)
    if args.vocab_works:
        bench_real_vocabulary(args, table)
    if args.peers:
        if '100000' not in args.sizes.split(','):
            bench_size(100000, args, table)
        peers_and_ratios(args, table)
    n = 100000
    if table.get(n, 'import all three (DOI merge)'):
        print("\n# absolute targets (100k corpus)")
        a = table.get(n, 'import all three (DOI merge)')
        print(f"all three into a fresh library: {a['s']:.2f} s (target < 5 s) {'met' if a['s'] < 5 else 'NOT met'}")
        e = table.get(n, 'export bibtex')
        print(f"export to BibTeX: {e['mbs']:.1f} MB/s (target >= 100) {'met' if e['mbs'] >= 100 else 'NOT met'}")
        k = table.get(n, 'keyword map (assoc., Leiden)')
        print(f"keyword map: {k['s']:.2f} s (target < 0.8 s) {'met' if k['s'] < 0.8 else 'NOT met'}")
        m, r, x = table.get(n, 'parse medline'), table.get(n, 'parse ris'), table.get(n, 'parse pubmed-xml')
        print(f"parse MEDLINE: {m['mbs']:.1f} MB/s (target >= parse RIS, {r['mbs']:.1f}) {'met' if m['mbs'] >= r['mbs'] else 'NOT met'}")
        w = table.get(n, 'parse wos')
        print(f"parse WoS tagged: {w['mbs']:.1f} MB/s (target >= parse RIS, {r['mbs']:.1f}) {'met' if w['mbs'] >= r['mbs'] else 'NOT met'}")
        print(f"parse PubMed XML: {x['mbs']:.1f} MB/s (target >= 100) {'met' if x['mbs'] >= 100 else 'NOT met'}")
        peak = max(table.get(n, f'import {f} -> library')['rss'] for f in ('bibtex', 'ris', 'crossref'))
        print(f"peak RSS importing any one file: {peak} MB (target < 300) {'met' if peak < 300 else 'NOT met'}")


if __name__ == '__main__':
    main()
