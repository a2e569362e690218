#!/usr/bin/env python3
"""bib-dedupe's hard pairs of the labelled sets whose records files snapshots
lack (cardiac, depression, diabetes, neuroimaging, srsr: 4 MiB and more):
its data/<set>/matches_FN_list*.csv (pairs labelled duplicate that
bib-dedupe missed) and matches_FP_list*.csv (pairs labelled distinct that
it joined), every version the snapshot holds, as bib-dedupe's
tests/test_cases.json ("dedupe_test_cases/v1"), for dedup_quality.py's
cases mode.  A pair is counted once (its two record numbers), as it was
first listed.  The fields are bib-dedupe's prepared values (lower case,
stop words cut from titles, journals abbreviated, DOIs without their
punctuation, author_full's names often run together): a harder and less
faithful test than a database's records.

    bench/bibdedupe_lists.py GIT_DIR OUT.json
"""
import csv, io, json, re, subprocess, sys

git = ['git', '--git-dir=' + sys.argv[1]]
cases, seen = [], set()
for s in ['cardiac', 'depression', 'diabetes', 'neuroimaging', 'srsr']:
    for f, dup in [('matches_FN_list', True), ('matches_FN_list_ignored', True), ('matches_FP_list', False),
                   ('matches_FP_list_ignored', False), ('matches_FP_list_remaining', False)]:
        path = f'data/{s}/{f}.csv'
        log = subprocess.run(git + ['log', '--all', '--format=%H', '--', path], capture_output=True, text=True)
        for c in log.stdout.split():
            r = subprocess.run(git + ['show', f'{c}:{path}'], capture_output=True, text=True)
            if r.returncode:
                continue  # the commit that deleted it
            by = {}
            for row in csv.DictReader(io.StringIO(r.stdout)):
                by.setdefault(row['case'], []).append(row)
            for case, rs in by.items():
                key = (s, tuple(sorted(int(re.findall(r'\d+', x)[-1]) for x in case.split(';'))))
                if len(rs) != 2 or key in seen:
                    continue
                seen.add(key)

                def rec(x, i):
                    out = {'ENTRYTYPE': x.get('ENTRYTYPE') or 'article', 'ID': str(i),
                           'author': x.get('author_full') or x.get('author') or ''}
                    for k in ('title', 'year', 'volume', 'number', 'pages', 'doi', 'isbn'):
                        if x.get(k):
                            out[k] = x[k]
                    if x.get('container_title'):
                        out['journal'] = x['container_title']
                    return out
                cases.append({'id': f'{s}/{case}', 'note': f'{s} {f} @{c[:7]}', 'record_a': rec(rs[0], 1),
                              'record_b': rec(rs[1], 2), 'expected_duplicate': dup})
json.dump({'schema': 'dedupe_test_cases/v1', 'cases': cases}, open(sys.argv[2], 'w'), indent=1)
