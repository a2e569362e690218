#!/usr/bin/env python3
"""Whether merge-on-import and `dedup` agree (issue #11): one set of files is
imported twice, with the identifier merge (`import`) and without it (`import
--no-merge`), and each library is deduplicated.  Printed, nothing asserted:

  identifier pairs: pairs of records sharing a DOI, PMID, PMCID, WoS UT or
      Scopus EID; "import only" joined on import but not by dedup of the
      unmerged records, "dedup only" the other way round;
  after --apply: pairs of records in one work after `import` + `dedup
      --apply` but not after `import --no-merge` + `dedup --apply`, and the
      other way round (what merging on import changes of the end result).

  bench/dedup_agree.py --refnet build/refnet FILE [FILE...] [--pairs]
"""
import argparse, collections, itertools, json, os, sqlite3, subprocess, sys, tempfile


def run(refnet, lib, args):
    return subprocess.run([refnet] + args[:1] + ['--library', lib] + args[1:], capture_output=True, text=True,
                          errors='replace')


def partition(lib):
    """(file, line, source hash) -> live work, and each key's identifiers."""
    db = sqlite3.connect(lib)
    into = dict(db.execute('SELECT id, merged_into FROM works'))
    def live(w):
        while into.get(w) is not None:
            w = into[w]
        return w
    work, ids = {}, {}
    for file, line, h, w, doi, pmid, pmcid, ut, eid, title in db.execute(
            "SELECT file, line, hash, work_id, json_extract(data, '$.doi'), json_extract(data, '$.pmid'), "
            "json_extract(data, '$.pmcid'), json_extract(data, '$.wos_ut'), json_extract(data, '$.scopus_eid'), "
            "json_extract(data, '$.title') FROM sources WHERE format != 'user'"):
        key = (file, line, h)
        work[key] = live(w)
        ids[key] = ({f'{n} {str(v).lower()}' for n, v in (('DOI', doi), ('PMID', pmid), ('PMCID', pmcid),
                                                          ('UT', ut), ('EID', eid)) if v}, title or '')
    return work, ids


def groups_of(refnet, lib):
    """work -> its dedup group's first work (a work alone: itself)."""
    out = json.loads(run(refnet, lib, ['dedup', '--json']).stdout or '{"groups": []}')
    g = {}
    for grp in out['groups']:
        for w in grp['works']:
            g[w] = grp['works'][0]
    return g


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--refnet', required=True)
    ap.add_argument('--pairs', action='store_true', help='print every pair the two ways judge differently')
    ap.add_argument('files', nargs='+')
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        files = [os.path.abspath(f) for f in a.files]
        m, n = os.path.join(d, 'merge.sqlite'), os.path.join(d, 'nomerge.sqlite')
        run(a.refnet, m, ['import', '--quiet'] + files)
        run(a.refnet, n, ['import', '--quiet', '--no-merge'] + files)
        mw, ids = partition(m)
        nw, _ = partition(n)
        ng = groups_of(a.refnet, n)
        dedup_n = {k: ng.get(w, w) for k, w in nw.items()}
        keys = sorted(k for k in mw if k in nw)
        by_id = collections.defaultdict(list)
        for k in keys:
            for i in ids[k][0]:
                by_id[i].append(k)
        pairs = {tuple(sorted(p)) for ks in by_id.values() for p in itertools.combinations(ks, 2)}
        import_only = [p for p in pairs if mw[p[0]] == mw[p[1]] and dedup_n[p[0]] != dedup_n[p[1]]]
        dedup_only = [p for p in pairs if mw[p[0]] != mw[p[1]] and dedup_n[p[0]] == dedup_n[p[1]]]
        # The end results: both libraries deduplicated and applied.
        run(a.refnet, m, ['dedup', '--apply'])
        run(a.refnet, n, ['dedup', '--apply'])
        ma, _ = partition(m)
        na, _ = partition(n)
        def together(part):
            by = collections.defaultdict(list)
            for k in keys:
                by[part[k]].append(k)
            return {tuple(sorted(p)) for ks in by.values() for p in itertools.combinations(ks, 2)}
        tm, tn = together(ma), together(na)
        name = ' + '.join(os.path.basename(f) for f in files)
        print(f'{name}: {len(keys)} records, {len(pairs)} identifier pairs: import only {len(import_only)}, '
              f'dedup only {len(dedup_only)}; after --apply: {len(tm)} pairs joined with the import merge, '
              f'{len(tn)} without; {len(tm - tn)} only with it, {len(tn - tm)} only without')
        if a.pairs:
            show = lambda k: f'{os.path.basename(k[0])}:{k[1]} "{ids[k][1][:70]}"'
            for what, ps in (('import only', import_only), ('dedup only', dedup_only),
                             ('after --apply, only with the import merge', sorted(tm - tn)),
                             ('after --apply, only without it', sorted(tn - tm))):
                for x, y in sorted(ps):
                    shared = ', '.join(sorted(ids[x][0] & ids[y][0]))
                    print(f'  {what}: {show(x)} / {show(y)} [{shared}]')


if __name__ == '__main__':
    main()
