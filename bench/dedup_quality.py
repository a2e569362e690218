#!/usr/bin/env python3
"""Dedup precision and recall of refnet against labelled data.  Figures are
printed; nothing is asserted.  bench/dedup_sets.sh DATA runs every mode below
on every labelled set the project measures (the whole table, one command).

  bench/dedup_quality.py --refnet build/refnet gen [--works 10000] [--seed 1]
      gen_corpus.py's ground truth (../shared/bench/gen_corpus.py): the three
      files imported together (merge on import), then `dedup --apply`.
  bench/dedup_quality.py --refnet build/refnet labels FILE [FILE...] --truth TRUTH.tsv [--pairs]
      any files, with a TSV of `file<TAB>record index (0-based, in file order)<TAB>cluster`
      (records of one cluster are one work; records not listed are their own).
  bench/dedup_quality.py --refnet build/refnet bibdedupe DIR [DIR...] [--pairs]
      bib-dedupe's labelled sets (CoLRev-Environment/bib-dedupe data/<set>/:
      records_pre_merged.csv + merged_record_ids.csv), written as <set>.ris in
      record order, then scored as in the labels mode.
  bench/dedup_quality.py --refnet build/refnet doi FILE [FILE...]
      records with one DOI are one work; the files are imported again with
      their DOIs removed, so only the rest of the record can match (Scopus
      vs Web of Science exports of one search).
  bench/dedup_quality.py --refnet build/refnet dedupeio FILE.json [FILE...]
      dedupe.io training files (fixtures/dedup/colandr/): each "match" or
      "distinct" pair is imported and deduplicated in a library of its own.
  bench/dedup_quality.py --refnet build/refnet cases test_cases.json [--pairs]
      bib-dedupe's hand-made test cases (CoLRev-Environment/bib-dedupe
      tests/test_cases.json): pairs of BibTeX records from its users' data,
      each "expected_duplicate" or not; each pair is written as BibTeX (fields
      "None" left out, the keys made distinct) into a library of its own.
  bench/dedup_quality.py --refnet build/refnet flagged labelled_test_set.csv [--pairs]
      ASySD's labelled test set (camaradesuk/ASySD tests/testthat/): one
      "unique" record per work, the rest "duplicate", no work id: works
      holding two "unique" records are false merges, works holding none are
      missed duplicates; run with DOIs and with DOIs hidden (--relabel: a
      row's corrected "unique"/"duplicate", key = 0-based row index).
  Every mode takes --relabel fixtures/dedup/relabel.tsv: label corrections with
  their reasons; the figures are then printed as labelled and relabelled (doi:
  set = a file's base name, key = record index in it, "doi:..." or
  "title:<normalised title>", the records of that DOI or title, in every file
  when set is "*"; value = its own cluster).
  bench/dedup_quality.py --refnet build/refnet caption FILE.xml
      an EndNote XML library whose later copies of a work carry the caption
      "Duplicate" (the labelled sets of IEBH/dedupe-sweep, test/data): it is
      converted to RIS on the fly.  Every copy of a duplicated work carries the
      caption: a record is found when dedup puts it in a group (right when
      labelled, wrong when not), missed when labelled and left alone.

Pairwise measures: a pair of records is a true pair when the truth puts them
in one work; precision = right pairs / predicted pairs, recall = right pairs /
true pairs.  The `caption` mode measures records (labelled duplicates found).
"""
import argparse, collections, csv, html, itertools, json, os, re, sqlite3, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def run(refnet, lib, args, check=True):
    return subprocess.run([refnet] + args[:1] + ['--library', lib] + args[1:], capture_output=True, text=True,
                          errors='replace', check=check)


def live(db, work):
    while True:
        row = db.execute('SELECT merged_into FROM works WHERE id = ?', (work,)).fetchone()
        if not row or row[0] is None:
            return work
        work = row[0]


def record_starts(path):
    """Line numbers (1-based) where the file's records start: RIS `TY  -`,
    BibTeX `@type{` (not @string/@comment/@preamble), at the line's start or
    after the last entry's `}`; other formats: None."""
    starts = []
    try:
        lines = open(path, encoding='utf-8-sig', errors='replace').read().split('\n')
    except OSError:
        return None
    for n, line in enumerate(lines, 1):
        l = line.lstrip('\ufeff \t')
        # An entry may start after the last one's closing brace on its line
        # (Scopus BibTeX 2022: "}@ARTICLE{Kumar2022,"), as refnet reads it.
        m = re.match(r'(?:\}\s*)?@\s*([A-Za-z]+)\s*[{(]', l)
        if l.startswith('TY  -') or (m and m.group(1).lower() not in ('string', 'comment', 'preamble')):
            starts.append(n)
    return starts or None


def predicted_works(lib):
    """(file, index in file) -> live work.  Records are numbered by where they
    start in their file (a rejected record keeps its number), or, for other
    formats, in line order among the stored sources."""
    import bisect
    db = sqlite3.connect(lib)
    out, index, starts = {}, collections.Counter(), {}
    for file, line, work in db.execute('SELECT file, line, work_id FROM sources ORDER BY file, line, id'):
        if file not in starts:
            starts[file] = record_starts(file)
        st = starts[file]
        i = bisect.bisect_right(st, line) - 1 if st else index[file]
        out[(file, i)] = live(db, work)
        index[file] += 1
    return out


def import_and_dedup(refnet, lib, files):
    imp = run(refnet, lib, ['import', '--quiet'] + files, check=False)
    kept = imp.stderr.count('warning: kept apart')
    dd = json.loads(run(refnet, lib, ['dedup', '--json', '--apply']).stdout)
    return kept, dd


def pair_scores(pred, truth):
    pairs = lambda n: n * (n - 1) // 2
    cells, p, t = collections.Counter(), collections.Counter(), collections.Counter()
    for key, work in pred.items():
        tw = truth.get(key, ('self',) + key)
        cells[(work, tw)] += 1
        p[work] += 1
        t[tw] += 1
    tp = sum(pairs(n) for n in cells.values())
    pp = sum(pairs(n) for n in p.values())
    ap = sum(pairs(n) for n in t.values())
    # False merges: predicted works that hold records of more than one true work.
    split = collections.defaultdict(set)
    for (w, tw) in cells:
        split[w].add(tw)
    false_merges = sum(len(s) - 1 for s in split.values() if len(s) > 1)
    return tp, pp, ap, false_merges


def report(name, tp, pp, ap, false_merges, extra=''):
    prec = tp / pp if pp else 1.0
    rec = tp / ap if ap else 1.0
    print(f'{name}: true pairs {ap}, predicted {pp}, right {tp}; precision {prec:.4f}, recall {rec:.4f}; '
          f'works wrongly joined {false_merges}{extra}')


def mode_gen(a):
    with tempfile.TemporaryDirectory() as d:
        gen = os.path.join(a.shared, 'bench', 'gen_corpus.py')
        subprocess.run([sys.executable, gen, '--works', str(a.works), '--seed', str(a.seed), '--out', d], check=True,
                       stdout=subprocess.DEVNULL)
        files = {'bib': 'corpus.bib', 'ris': 'corpus.ris', 'crossref': 'corpus.crossref.json'}
        paths = {k: os.path.join(d, f) for k, f in files.items()}
        lib = os.path.join(d, 'lib.sqlite')
        kept, dd = import_and_dedup(a.refnet, lib, list(paths.values()))
        truth = {}
        by_path = {v: k for k, v in paths.items()}
        for fmt, idx, work in json.load(open(os.path.join(d, 'truth.json')))['records']:
            truth[(paths[fmt], idx)] = work
        pred = predicted_works(lib)
        report(f'gen_corpus --works {a.works} --seed {a.seed}', *pair_scores(pred, truth),
               f'; {len(dd["groups"])} dedup groups, {len(dd.get("kept_apart", []))} pairs kept apart, '
               f'{kept} kept-apart warnings on import')
        if a.verbose:
            list_errors(a.refnet, lib, pred, truth)


def list_errors(refnet, lib, pred, truth):
    """Prints the works that join records of several true works, and the
    true works split over several works."""
    by_work, by_truth = collections.defaultdict(set), collections.defaultdict(set)
    for key, w in pred.items():
        t = truth.get(key, ('self',) + key)
        by_work[w].add(t)
        by_truth[t].add(w)
    show = lambda w: run(refnet, lib, ['list', str(w)]).stdout.strip()[:150]
    for w, ts in by_work.items():
        if len(ts) > 1:
            print(f'  wrongly joined in work {w}: {show(w)}')
    for t, ws in by_truth.items():
        if len(ws) > 1:
            print('  missed: ' + ' | '.join(show(w) for w in sorted(ws)))


def source_blocks(path):
    """The source text of each record of a RIS or BibTeX file, by index (the
    numbering of record_starts), or None for other formats."""
    starts = record_starts(path)
    if not starts:
        return None
    lines = open(path, encoding='utf-8-sig', errors='replace').read().split('\n')
    ends = starts[1:] + [len(lines) + 1]
    return [[l for l in lines[b - 1:e - 1] if l.strip()] for b, e in zip(starts, ends)]


def stored_records(lib):
    """(file, index in file) -> the record's main fields as RIS-like lines,
    from the sources a library stored (for formats source_blocks cannot cut:
    CSV, WoS plain text, tab-delimited)."""
    out = {}
    fields = (('TY', '$.type'), ('AU', '$.authors'), ('TI', '$.title'), ('PY', '$.issued.year'),
              ('T2', '$.container_title'), ('VL', '$.volume'), ('IS', '$.issue'), ('SP', '$.pages'),
              ('PB', '$.publisher'))
    for tag, expr in fields:
        for key, v in source_values(lib, expr).items():
            if v in (None, '', '[]'):
                continue
            if tag == 'AU':
                try:
                    names = [' '.join(x for x in (c.get('family') or c.get('literal') or '', c.get('given') or '') if x)
                             for c in json.loads(v)]
                except (ValueError, AttributeError):
                    names = [str(v)]
                v = '; '.join(names[:4]) + (f' (+{len(names) - 4})' if len(names) > 4 else '')
            out.setdefault(key, []).append(f'{tag}  - {v}')
    return out


def print_pairs(pred, truth, only=None, lib=None, among=None, why=None):
    """Every false pair (one predicted work, two true works) and every missed
    pair (one true work, two predicted works), the two records side by side
    (authors on one line); with `only`, those pairs, labelled JOINED; with
    `among`, the pairs with a record in it; `why(x, y)` is said of each pair.
    With `lib`, records of formats source_blocks cannot cut are shown as
    stored."""
    blocks = {}
    stored = stored_records(lib) if lib else {}
    def rec(key):
        f, i = key
        if f not in blocks:
            blocks[f] = source_blocks(f)
        b = blocks[f]
        if b is None or i >= len(b):
            return [f'{os.path.basename(f)} record {i}'] + stored.get(key, [])
        au = [l[6:] for l in b[i] if re.match(r'(AU|A1)  -', l)]
        out = [l for l in b[i] if not re.match(r'(AU|A1|N1|AB|ER)  -', l)]
        out.insert(1, 'AU  - ' + '; '.join(au[:4]) + (f' (+{len(au) - 4})' if len(au) > 4 else ''))
        return out
    by_work, by_truth = collections.defaultdict(list), collections.defaultdict(list)
    for key, w in pred.items():
        by_work[w].append(key)
        by_truth[truth.get(key, ('self',) + key)].append(key)
    tw = lambda k: truth.get(k, ('self',) + k)
    false = [(x, y) for ks in by_work.values() for x, y in itertools.combinations(sorted(ks), 2) if tw(x) != tw(y)]
    missed = [(x, y) for ks in by_truth.values() for x, y in itertools.combinations(sorted(ks), 2)
              if pred[x] != pred[y]]
    if among is not None:
        false = [(x, y) for x, y in false if x in among or y in among]
        missed = [(x, y) for x, y in missed if x in among or y in among]
    kinds = (('JOINED', only),) if only is not None else (('FALSE', false), ('MISSED', missed))
    if only is None:
        print(f'  {len(false)} false pairs, {len(missed)} missed pairs')
    for kind, pairs in kinds:
        for x, y in pairs:
            print(f'  === {kind} {x[1]} {y[1]}' + (f' ({os.path.basename(x[0])}, {os.path.basename(y[0])})'
                                                    if x[0] != y[0] else f' ({os.path.basename(x[0])})')
                  + f' truth {truth.get(x, "-")} | {truth.get(y, "-")}' + (f'; {why(x, y)}' if why else ''))
            for l, r in itertools.zip_longest(rec(x), rec(y), fillvalue=''):
                print(f'    {l[:90]:<90} | {r[:90]}')


def read_relabel(path):
    """A TSV of label corrections: set (a file's base name), key, new value,
    reason.  Key and value by mode: labels: record index, new cluster (a
    cluster of its own for a related record: "related:..."); dedupeio:
    "match:N" / "distinct:N", new label ("match:domain": a match only
    knowledge beyond the records shows); caption: record index,
    "duplicate" or "unique"; flagged: row index, "unique" or "duplicate"."""
    out = collections.defaultdict(dict)
    if not path:
        return out
    for line in open(path, encoding='utf-8'):
        if not line.strip() or line.startswith('#'):
            continue
        cells = line.rstrip('\n').split('\t')
        out[cells[0]][cells[1]] = cells[2]
    return out


def mode_labels(a):
    truth = {}
    for line in open(a.truth):
        if not line.strip() or line.startswith('#'):
            continue
        f, idx, cluster = line.rstrip('\n').split('\t')[:3]
        truth[(os.path.abspath(f), int(idx))] = cluster
    with tempfile.TemporaryDirectory() as d:
        lib = os.path.join(d, 'lib.sqlite')
        files = [os.path.abspath(f) for f in a.files]
        kept, dd = import_and_dedup(a.refnet, lib, files)
        pred = predicted_works(lib)
        name = ' + '.join(os.path.basename(f) for f in files)
        report(name, *pair_scores(pred, truth), f'; {len(dd.get("kept_apart", []))} pairs kept apart')
        fixes = read_relabel(a.relabel)
        if any(os.path.basename(f) in fixes for f in files):
            truth = dict(truth)
            for f in files:
                for idx, cluster in fixes.get(os.path.basename(f), {}).items():
                    truth[(f, int(idx))] = cluster
            report(name + ' (relabelled)', *pair_scores(pred, truth))
        if a.verbose:
            list_errors(a.refnet, lib, pred, truth)
        if a.pairs:
            print_pairs(pred, truth)



# --- bib-dedupe's labelled sets --------------------------------------------------

BIBDEDUPE_TY = {'article': 'JOUR', 'inproceedings': 'CONF', 'proceedings': 'CONF', 'incollection': 'CHAP',
                'book': 'BOOK'}


def mode_bibdedupe(a):
    """bib-dedupe's data/<set>/ (records_pre_merged.csv, merged_record_ids.csv:
    "id_1;id_2" per work): the records written as <set>.ris in record order
    (key = 0-based record index, as relabel.tsv counts), then the labels mode."""
    for d in a.dirs:
        name = os.path.basename(os.path.normpath(d))
        rows = list(csv.DictReader(open(os.path.join(d, 'records_pre_merged.csv'), encoding='utf-8')))
        with tempfile.TemporaryDirectory() as t:
            ris, truth = os.path.join(t, name + '.ris'), os.path.join(t, name + '.truth.tsv')
            index, out = {}, []
            for i, r in enumerate(rows):
                index[r['ID']] = i
                lines = [f"TY  - {BIBDEDUPE_TY.get(r.get('ENTRYTYPE'), 'GEN')}"]
                lines += [f'AU  - {x.strip()}' for x in (r.get('author') or '').split(' and ') if x.strip()]
                for tag, k in (('TI', 'title'), ('PY', 'year'), ('T2', 'journal'), ('T2', 'booktitle'),
                               ('VL', 'volume'), ('IS', 'number'), ('SP', 'pages'), ('DO', 'doi')):
                    if (r.get(k) or '').strip():
                        lines.append(f'{tag}  - {r[k].strip()}')
                out.append('\n'.join(lines + [f'N1  - record {i}', 'ER  - ']) + '\n')
            open(ris, 'w', encoding='utf-8').write('\n'.join(out))
            with open(truth, 'w') as f:
                for g, row in enumerate(csv.DictReader(open(os.path.join(d, 'merged_record_ids.csv'))), 1):
                    for id_ in row['merged_ids'].split(';'):
                        f.write(f'{ris}\t{index[id_]}\tg{g}\n')
            mode_labels(argparse.Namespace(files=[ris], truth=truth, relabel=a.relabel, refnet=a.refnet,
                                           verbose=False, pairs=a.pairs))


# --- DOI as the truth, DOIs hidden from dedup ----------------------------------

def strip_dois(path, out):
    """Writes `path` without its DOIs (RIS DO, WoS DI/DL, BibTeX doi, a CSV's
    DOI column, doi.org links, publisher links with /doi/ in their path and
    Scopus links' doi= anywhere)."""
    raw = open(path, 'rb').read()
    try:
        text = raw.decode('utf-8-sig')
    except UnicodeDecodeError:  # a Windows export (CKita/Bees's Scopus table)
        text = raw.decode('cp1252', errors='replace')
    if path.lower().endswith('.csv'):
        import csv, io
        # A spreadsheet's table may be separated by ';' (CKita/Bees's
        # "author;title;year;doi"): the header says which.
        head = text.split('\n', 1)[0]
        sep = max(',;\t', key=head.count)
        rows = list(csv.reader(io.StringIO(text), delimiter=sep))
        # "DOI", SpringerLink's "Item DOI"
        cols = [i for i, h in enumerate(rows[0]) if h.strip().lower() in ('doi', 'item doi')]
        for r in rows[1:]:
            for i in cols:
                if i < len(r):
                    r[i] = ''
        buf = io.StringIO()
        csv.writer(buf, delimiter=sep, lineterminator='\n').writerows(rows)
        text = buf.getvalue()
    elif text.split('\n', 1)[0].startswith('PT\t'):
        # Web of Science's tab-delimited export: its DI (and a book's D2) column.
        rows = [l.split('\t') for l in text.split('\n')]
        cols = [i for i, h in enumerate(rows[0]) if h.strip() in ('DI', 'D2')]
        for r in rows[1:]:
            for i in cols:
                if i < len(r):
                    r[i] = ''
        text = '\n'.join('\t'.join(r) for r in rows)
    else:
        text = re.sub(r'(?m)^(DO  -|DI |DL ).*\n', '', text)
        # MEDLINE's "LID - 10.1186/... [doi]" / "AID - ... [doi]"; a RIS
        # line whose whole value is a DOI (EBSCO's L3, N1 "doi:10....").
        text = re.sub(r'(?m)^[LA]ID - .*\[doi\]\s*\n', '', text)
        text = re.sub(r'(?mi)^[A-Z][A-Z0-9]  - (doi:\s*)?10\.\d{4,9}/\S+\s*\n', '', text)
        # PubMed XML: <ELocationID EIdType="doi"> and <ArticleId IdType="doi">.
        text = re.sub(r'<(ELocationID|ArticleId)\b[^>]*Type="doi"[^>]*>[^<]*</\1>', '', text)
        text = re.sub(r'(?mi)^\s*doi\s*=\s*[{"].*\n', '', text)
    text = re.sub(r'https?://(dx\.)?doi\.org/[^\s,;}"]*', '', text, flags=re.I)
    # Publisher links with the DOI in their path (Dimensions' L2:
    # https://journals.sagepub.com/doi/pdf/10.1177/...), which the readers take
    # a DOI from when the record has none.
    text = re.sub(r'https?://[^\s,;}"]*/doi/(?:[a-z]+/)?10\.[^\s,;}"]*', '', text, flags=re.I)
    text = re.sub(r'([?&])doi=[^&\s,;}"]*', r'\1', text, flags=re.I)  # Scopus record links
    text = re.sub(r'info:doi/[^&\s]*', '', text)  # OpenURL links (Ovid)
    # Ovid's resolver links: "id=doi:10...." and CENTRAL's DOI in the PMID's
    # slot, "id=pmid:10.1136%2F...", which the RIS reader takes a DOI from
    # (session 56) when the record has no DO.
    text = re.sub(r'([?&])id=(?:doi|pmid):10\.[^&\s]*', r'\1', text, flags=re.I)
    open(out, 'w', encoding='utf-8').write(text)


def source_values(lib, expr):
    """(file, index in file) -> the JSON value `expr` of each record's source
    (numbered as predicted_works numbers them)."""
    import bisect
    db = sqlite3.connect(lib)
    out, index, starts = {}, collections.Counter(), {}
    for file, line, v in db.execute(f"SELECT file, line, json_extract(data, '{expr}') FROM sources "
                                    "ORDER BY file, line, id"):
        if file not in starts:
            starts[file] = record_starts(file)
        st = starts[file]
        i = bisect.bisect_right(st, line) - 1 if st else index[file]
        out[(file, i)] = v
        index[file] += 1
    return out


def norm_text(s):
    """Lower case words of a field (accents, markup and punctuation dropped)."""
    import unicodedata
    s = unicodedata.normalize('NFKD', re.sub(r'<[^>]+>', ' ', str(s or '')))
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    return ' '.join(re.findall(r'[^\W_]+', s))  # "Long‐tailed" (U+2010) is two words


def record_evidence(lib):
    """(file, index in file) -> what the evidence check compares: normalised
    title, first author's family name, year, volume, issue, first page."""
    out = collections.defaultdict(dict)
    for name, expr in (('title', '$.title'), ('authors', '$.authors'), ('year', '$.issued.year'),
                       ('volume', '$.volume'), ('issue', '$.issue'), ('pages', '$.pages')):
        for key, v in source_values(lib, expr).items():
            if name == 'authors':
                try:
                    first = (json.loads(v) or [{}])[0] if v else {}
                    v = norm_text(first.get('family') or first.get('literal') or '')
                except (ValueError, AttributeError):
                    v = ''
            elif name in ('volume', 'issue', 'pages'):
                # "3, SI" is issue 3; "613-63821" starts on page 613
                m = re.search(r'([A-Za-z]*)0*(\d+)', str(v or ''))  # "04" is issue 4
                v = (m.group(1) + m.group(2)).lower() if m else ''
            else:
                v = norm_text(v)
            out[key][name] = v
    return out


def evidence_differs(x, y):
    """Why two records are not one work on the evidence of the records
    alone, strictly ('' when they are): they are when they have one
    normalised title, one year (or years one apart, as a proceedings volume
    and its conference, with one first page on both sides), one first
    author's family name (or, when they differ or one is missing, one volume
    and first page on both sides), and no volume, issue or first page that
    differ where both records give one."""
    if not x.get('title') or x.get('title') != y.get('title'):
        return 'title'
    diff = [f for f in ('volume', 'issue', 'pages') if x.get(f) and y.get(f) and x[f] != y[f]]
    if diff:
        return ' '.join(diff)
    pages = bool(x.get('pages') and y.get('pages'))
    if not x.get('year') or not y.get('year') or x['year'] != y['year'] and not (
            pages and x['year'].isdigit() and y['year'].isdigit() and abs(int(x['year']) - int(y['year'])) == 1):
        return 'year'
    if not (x.get('authors') and x['authors'] == y.get('authors')) and not (pages and x.get('volume')
                                                                            and y.get('volume')):
        return 'first author'
    return ''


def judge_without_doi(keys, truth, hand, evidence):
    """The truth of the records without a DOI, from the records' evidence:
    `hand` (relabel.tsv rows) first; then a record that is the same by
    evidence (evidence_differs) as records of one DOI's work joins that
    work, records without DOI the same as each other form a work of their
    own.  Returns (key -> cluster, keys left unjudged: the same as records
    of two works, which only a judgement by hand settles)."""
    by_title = collections.defaultdict(list)
    for k in keys:
        t = evidence.get(k, {}).get('title')
        if t:
            by_title[t].append(k)
    labelled = dict(truth)
    labelled.update(hand)
    parent = {}
    def find(k):
        while parent.get(k, k) != k:
            k = parent[k]
        return k
    matches = collections.defaultdict(set)
    for ks in by_title.values():
        for x, y in itertools.combinations(ks, 2):
            if (x in labelled and y in labelled) or evidence_differs(evidence[x], evidence[y]):
                continue
            for u, v in ((x, y), (y, x)):
                if u not in labelled:
                    matches[u].add(labelled[v] if v in labelled else None)
            if x not in labelled and y not in labelled:
                parent[find(x)] = find(y)
    # A component of records without DOI takes the one work its members match.
    comp = collections.defaultdict(set)
    for k in matches:
        comp[find(k)] |= {c for c in matches[k] if c is not None}
    out, unjudged = {}, set()
    for k in matches:
        works = comp[find(k)]
        if len(works) > 1:
            unjudged.add(k)
        else:
            out[k] = next(iter(works)) if works else 'nodoi:%s:%d' % (os.path.basename(find(k)[0]), find(k)[1])
    out.update(hand)
    return out, unjudged


def mode_doi(a):
    """Truth: records with one DOI (lower case) are one work.  The files are
    then imported again without their DOIs, so only the rest of the record can
    match them: a cross-database test of fuzzy dedup (Scopus vs Web of Science
    exports of one search).  A record without a DOI has no truth from it: it
    gets one from relabel.tsv (a row for its index: "doi:..." joins that DOI's
    work, any other value is a work of that name) or from the records'
    evidence (judge_without_doi), and the third line scores every record so
    judged; a pair refnet joins that neither settles is counted as unjudged
    and printed with --pairs for a judgement by hand."""
    with tempfile.TemporaryDirectory() as d:
        files = [os.path.abspath(f) for f in a.files]
        lib0 = os.path.join(d, 'with_doi.sqlite')
        run(a.refnet, lib0, ['import', '--quiet'] + files, check=False)
        dois = source_values(lib0, '$.doi')
        stripped = {}
        for f in files:
            out = os.path.join(d, os.path.basename(f))
            strip_dois(f, out)
            stripped[f] = out
        truth = {(stripped[f], i): 'doi:' + v.lower() for (f, i), v in dois.items() if v}
        # Label corrections: a DOI that is not one work (a journal supplement's
        # DOI on many conference abstracts); key = record index in the file.
        # Rows for records without DOI are their truth by hand.
        # A row's key is a record index, or (stable when a snapshot changes)
        # "doi:..." or "title:<normalised title>": the file's records of that
        # DOI or title; set "*" for such a row: those of every file.
        fixes = read_relabel(a.relabel)
        titles = source_values(lib0, '$.title')
        relabelled, hand = dict(truth), {}
        for f in files:
            rows = {k: v for k, v in fixes.get('*', {}).items() if not k.isdigit()}
            rows.update(fixes.get(os.path.basename(f), {}))
            for k, cluster in rows.items():
                if k.isdigit():
                    keys = [(f, int(k))]
                elif k.startswith('doi:'):
                    keys = [x for x, v in dois.items() if x[0] == f and v and 'doi:' + v.lower() == k.lower()]
                elif k.startswith('title:'):
                    keys = [x for x, v in titles.items() if x[0] == f and v and norm_text(v) == k[6:]]
                else:
                    continue
                for g, i in keys:
                    key = (stripped[g], i)
                    (relabelled if key in relabelled else hand)[key] = cluster
        lib = os.path.join(d, 'lib.sqlite')
        kept, dd = import_and_dedup(a.refnet, lib, list(stripped.values()))
        left = sum(1 for v in source_values(lib, '$.doi').values() if v)
        pred = predicted_works(lib)
        # Scored on the records with a DOI; a record without one has no truth.
        scored = {k: w for k, w in pred.items() if k in truth}
        members = collections.defaultdict(list)
        for k, w in pred.items():
            members[w].append(k)
        unknown = [(x, y) for ks in members.values() for x, y in itertools.combinations(sorted(ks), 2)
                   if x not in truth or y not in truth]
        name = ' + '.join(os.path.basename(f) for f in files)
        report(name + ' (DOIs hidden)', *pair_scores(scored, truth),
               f'; {len(dois)} records, {sum(1 for v in dois.values() if v)} with a DOI, {left} DOIs left after '
               f'stripping; {len(unknown)} pairs joining a record without DOI (not scored); '
               f'{len(dd.get("kept_apart", []))} pairs kept apart')
        if relabelled != truth:
            report(name + ' (DOIs hidden, relabelled)', *pair_scores(scored, relabelled))
        # Every record: those without DOI judged by hand or by their evidence.
        evidence = record_evidence(lib)
        judged, unjudged = judge_without_doi(list(pred), relabelled, hand, evidence)
        full = dict(relabelled)
        full.update(judged)
        # A record without truth that refnet joins to another cannot be scored;
        # alone, it is a work of its own on both sides.
        open_keys = {k for ks in members.values() if len(ks) > 1 for k in ks if k not in full}
        open_pairs = [(x, y) for x, y in unknown if x in open_keys or y in open_keys]
        report(name + ' (DOIs hidden, relabelled, records without DOI judged)',
               *pair_scores({k: w for k, w in pred.items() if k not in open_keys}, full),
               f'; {sum(1 for k in pred if k not in truth)} records without DOI: {len(judged) - len(hand)} judged '
               f'by evidence, {len(hand)} by relabel.tsv; {len(open_pairs)} pairs joining a record left '
               f'unjudged (not scored)')
        if a.pairs:
            print_pairs(scored, relabelled, lib=lib)
            print('  pairs with a record without DOI, judged:')
            print_pairs({k: w for k, w in pred.items() if k not in open_keys}, full, lib=lib,
                        among={k for k in pred if k not in truth})
            print(f'  {len(open_pairs)} pairs joining a record without DOI left unjudged, to judge by hand')
            print_pairs(pred, full, only=open_pairs, lib=lib, why=lambda x, y: 'differ: ' + (
                evidence_differs(evidence.get(x, {}), evidence.get(y, {})) or 'no (the same as records of two works)'))


# --- dedupe.io training pairs ---------------------------------------------------

def dedupeio_record(r):
    """One record of a dedupe.io training file (lower-cased, fields named by
    the trainer) as RIS lines."""
    g = lambda *ks: next((r[k] for k in ks if r.get(k) not in (None, '')), None)
    lines = ['TY  - JOUR']
    authors = g('authors')
    for au in (authors['__value__'] if isinstance(authors, dict) else authors or []):
        # "hollister l e", "hollister leo e", "cahn b rael": the family name
        # comes first (compound ones such as "agin liebes g" are split wrong,
        # the same way on both sides of a pair).
        parts = au.split()
        if len(parts) > 1 and ',' not in au:
            au = parts[0] + ', ' + ' '.join(parts[1:])
        lines.append(f'AU  - {au}')
    for tag, keys in (('TI', ('title',)), ('PY', ('pub_year', 'publication_year')), ('T2', ('journal_name',)),
                      ('VL', ('journal_volume',)), ('IS', ('journal_issue_number',)), ('SN', ('issn',)),
                      ('DO', ('doi',)), ('AB', ('abstract',))):
        v = g(*keys)
        if v is not None:
            lines.append(f'{tag}  - {v}')
    return lines


def relabel_reasons(path):
    """(set, key) -> the reason a relabel.tsv row gives."""
    out = {}
    for line in open(path, encoding='utf-8') if path else ():
        cells = line.rstrip('\n').split('\t')
        if line.strip() and not line.startswith('#') and len(cells) > 3:
            out[(cells[0], cells[1])] = cells[3]
    return out


def print_pair_counts(name, counts, fixed, noun):
    """Labelled pairs' figures (counts[(label, ended as one work)]), as
    labelled and, when they differ, relabelled."""
    for c, how in ((counts, ''), (fixed, ' (relabelled)')):
        if how and c == counts:
            continue
        tp, fn = c[('match', True)], c[('match', False)]
        fp, tn = c[('distinct', True)], c[('distinct', False)]
        print(f'{name}{how}: {tp + fn} {noun} pairs, {fp + tn} distinct pairs; found {tp}, '
              f'missed {fn}, distinct joined {fp}; recall {tp / (tp + fn) if tp + fn else 1:.4f}, '
              f'distinct kept apart {tn / (fp + tn) if fp + tn else 1:.4f}')


def mode_dedupeio(a):
    """A dedupe.io training file ({"match": [[a, b]…], "distinct": […]}):
    each pair is imported into a library of its own and deduplicated; a
    "match" pair is right when it ends as one work, a "distinct" pair when
    it ends as two.  A relabel.tsv value "match:domain" is a match that only
    knowledge beyond the two records shows (a baboon is a cercopithecine):
    recall is printed with and without those pairs, and they are listed with
    their reasons."""
    fixes = read_relabel(a.relabel)
    reasons = relabel_reasons(a.relabel)
    for path in a.files:
        data = json.load(open(path))
        counts, fixed, beyond = collections.Counter(), collections.Counter(), []
        for given in ('match', 'distinct'):
            for n, pair in enumerate(data.get(given, [])):
                value = fixes.get(os.path.basename(path), {}).get(f'{given}:{n}', given)
                label = value.split(':')[0]
                recs = pair['__value__'] if isinstance(pair, dict) else pair
                with tempfile.TemporaryDirectory() as d:
                    rp = os.path.join(d, 'pair.ris')
                    text = '\n\n'.join('\n'.join(dedupeio_record(r) + [f'N1  - pair {n} record {i}', 'ER  - '])
                                       for i, r in enumerate(recs)) + '\n'
                    open(rp, 'w').write(text)
                    lib = os.path.join(d, 'lib.sqlite')
                    import_and_dedup(a.refnet, lib, [rp])
                    pred = predicted_works(lib)
                    same = len({pred.get((rp, i), ('missing', i)) for i in range(len(recs))}) == 1
                    counts[(given, same)] += 1
                    fixed[(label, same)] += 1
                    if value == 'match:domain':
                        beyond.append((f'{given}:{n}', same))
                    if a.pairs and same != (label == 'match'):
                        print(f'  === {"MISSED" if label == "match" else "FALSE"} {given} pair {n}'
                              + (f' (relabelled {label})' if label != given else ''))
                        for l, r in itertools.zip_longest(*(dedupeio_record(x) for x in recs), fillvalue=''):
                            print(f'    {l[:90]:<90} | {r[:90]}')
        print_pair_counts(os.path.basename(path), counts, fixed, 'match')
        if beyond:
            tp, fn = fixed[('match', True)], fixed[('match', False)]
            btp = sum(1 for _, same in beyond if same)
            tp, fn = tp - btp, fn - (len(beyond) - btp)
            print(f'{os.path.basename(path)} (relabelled, within the records\' evidence): {tp + fn} match pairs '
                  f'({len(beyond)} that need domain knowledge left out, {btp} of them found); found {tp}, missed {fn}; '
                  f'recall {tp / (tp + fn) if tp + fn else 1:.4f}')
            for key, same in beyond:
                print(f'  needs domain knowledge: {key} ({"found" if same else "missed"}): '
                      f'{reasons.get((os.path.basename(path), key), "")[:300]}')


def case_bibtex(r, key):
    """One record of bib-dedupe's test_cases.json as a BibTeX entry: its
    fields as given, but pandas' "None" for an empty cell, colrev's own
    bookkeeping and the key (two records of a case may share "1")."""
    fields = [f'  {k} = {{{v}}}' for k, v in r.items()
              if k not in ('ENTRYTYPE', 'ID', 'colrev_status', 'file_name', 'cited_by') and str(v) != 'None']
    return f'@{r.get("ENTRYTYPE", "misc")}{{{key},\n' + ',\n'.join(fields) + '\n}\n'


def mode_cases(a):
    """bib-dedupe's test cases: a pair "expected_duplicate" is right when it
    ends as one work, one that is not when it ends as two."""
    fixes = read_relabel(a.relabel)
    for path in a.files:
        cases = json.load(open(path))['cases']
        counts, fixed = collections.Counter(), collections.Counter()
        for c in cases:
            given = 'match' if c['expected_duplicate'] else 'distinct'
            label = fixes.get(os.path.basename(path), {}).get(c['id'], given)
            with tempfile.TemporaryDirectory() as d:
                bp = os.path.join(d, 'pair.bib')
                open(bp, 'w').write('\n'.join(case_bibtex(c[k], f'{k}_{c["id"]}') for k in ('record_a', 'record_b')))
                lib = os.path.join(d, 'lib.sqlite')
                import_and_dedup(a.refnet, lib, [bp])
                pred = predicted_works(lib)
                same = len({pred.get((bp, i), ('missing', i)) for i in range(2)}) == 1
            counts[(given, same)] += 1
            fixed[(label, same)] += 1
            if a.pairs and same != (label == 'match'):
                print(f'  === {"MISSED" if label == "match" else "FALSE"} {c["id"]}'
                      + (f' (relabelled {label})' if label != given else '') + f': {c.get("note", "")[:150]}')
        print_pair_counts(os.path.basename(path), counts, fixed, 'duplicate')


# --- EndNote XML with "Duplicate" captions -> RIS ------------------------------

RIS_TYPE = {'Journal Article': 'JOUR', 'Book': 'BOOK', 'Book Section': 'CHAP', 'Conference Proceedings': 'CONF',
            'Conference Paper': 'CPAPER', 'Thesis': 'THES', 'Report': 'RPRT', 'Electronic Article': 'EJOUR'}


def xml_text(s):
    return html.unescape(re.sub(r'<[^>]+>', '', s or '')).strip()


def endnote_to_ris(xml):
    """Returns (ris text, [is labelled duplicate] per record)."""
    out, labels = [], []
    for rec in re.findall(r'<record>(.*?)</record>', xml, re.S):
        def one(tag):
            m = re.search(rf'<{tag}\b[^>]*>(.*?)</{tag}>', rec, re.S)
            return xml_text(m.group(1)) if m else ''
        def many(tag):
            return [xml_text(x) for x in re.findall(rf'<{tag}\b[^>]*>(.*?)</{tag}>', rec, re.S)]
        m = re.search(r'<ref-type name="([^"]*)"', rec)
        lines = [f'TY  - {RIS_TYPE.get(m.group(1) if m else "", "GEN")}']
        authors = re.search(r'<authors>(.*?)</authors>', rec, re.S)
        for au in many('author') if authors else []:
            lines.append(f'AU  - {au}')
        for tag, ris in (('title', 'TI'), ('secondary-title', 'T2'), ('year', 'PY'), ('volume', 'VL'),
                         ('number', 'IS'), ('pages', 'SP'), ('isbn', 'SN'), ('abstract', 'AB'),
                         ('electronic-resource-num', 'DO')):
            v = one(tag)
            if not v:
                continue
            if ris == 'DO':
                dm = re.search(r'10\.\d{4,9}/\S+', v)
                if not dm:
                    continue
                v = dm.group(0)
            lines.append(f'{ris}  - ' + v.replace('\n', ' '))
        # A tag of its own: two identical records would otherwise be one
        # source ("already present"), and the numbering of sources would shift.
        lines.append(f'N1  - dedup_quality record {len(out)}')
        lines.append('ER  - ')
        out.append('\n'.join(lines))
        labels.append(one('caption').lower() == 'duplicate')
    return '\n\n'.join(out) + '\n', labels


def mode_caption(a):
    for path in a.files:
        ris, labels = endnote_to_ris(open(path, encoding='utf-8', errors='replace').read())
        with tempfile.TemporaryDirectory() as d:
            rp = os.path.join(d, os.path.basename(path) + '.ris')
            open(rp, 'w').write(ris)
            lib = os.path.join(d, 'lib.sqlite')
            kept, dd = import_and_dedup(a.refnet, lib, [rp])
            pred = predicted_works(lib)
            # Every record of a duplicate set says "Duplicate" (all copies):
            # right when dedup puts it in a group, wrong when it groups an
            # unlabelled record.
            groups = collections.defaultdict(list)
            for i in range(len(labels)):
                groups[pred.get((rp, i), ('missing', i))].append(i)
            fixes = read_relabel(a.relabel).get(os.path.basename(path), {})
            fixed = list(labels)
            for idx, value in fixes.items():
                fixed[int(idx)] = value == 'duplicate'
            for labs, how in ((labels, ''), (fixed, ' (relabelled)')):
                if how and not fixes:
                    continue
                tp = fp = 0
                for members in groups.values():
                    if len(members) < 2:
                        continue
                    tp += sum(labs[i] for i in members)
                    fp += sum(not labs[i] for i in members)
                    if a.verbose and not how and not all(labs[i] for i in members):
                        print('  wrongly joined: ' + ' | '.join(
                            (re.search(r'TI  - (.*)', ris.split('\n\n')[i]) or [None, '?'])[1][:70] for i in members))
                fn = sum(labs) - tp
                prec = tp / (tp + fp) if tp + fp else 1.0
                rec = tp / (tp + fn) if tp + fn else 1.0
                print(f'{os.path.basename(path)}{how}: {len(labs)} records, {sum(labs)} labelled as duplicated; '
                      f'grouped {tp + fp}, right {tp}, wrong {fp}, missed {fn}; precision {prec:.4f}, recall {rec:.4f}; '
                      f'{kept} kept-apart warnings, {len(dd.get("kept_apart", []))} pairs kept apart')
            if a.verbose:
                for members in groups.values():
                    if len(members) == 1 and labels[members[0]]:
                        i = members[0]
                        print('  missed: ' + (re.search(r'TI  - (.*)', ris.split('\n\n')[i]) or [None, '?'])[1][:100])


def asysd_record(r):
    """One row of ASySD's labelled_test_set.csv as RIS lines.  Its author
    column runs the names together ("Adeli K.Lewis G. F."): a name ends at an
    initial's full stop followed by a capital and a small letter."""
    g = lambda k: '' if r.get(k) in (None, 'NA') else r[k].replace('\n', ' ').strip()
    lines = ['TY  - JOUR']
    lines += ['AU  - ' + n.strip() for n in re.split(r'(?<=\.)(?=[A-Z][a-z])', g('author')) if n.strip()]
    for tag, k in (('TI', 'title'), ('PY', 'year'), ('T2', 'journal'), ('VL', 'volume'), ('IS', 'number'),
                   ('SP', 'pages'), ('DO', 'doi'), ('SN', 'isbn'), ('AB', 'abstract')):
        if g(k):
            lines.append(f'{tag}  - {g(k)}')
    return lines


def mode_flagged(a):
    """ASySD's labelled test set (a CSV, one row a record): "source" says
    "unique" for the one record each work keeps and "duplicate" for the
    others; there is no work id.  So a refnet work holding two "unique"
    records joins two labelled works (a false merge), and a work without one
    holds only duplicates that should have joined another (missed)."""
    for path in a.files:
        rows = list(csv.DictReader(open(path, encoding='latin-1')))
        for hide in (False, True):
            with tempfile.TemporaryDirectory() as d:
                rp = os.path.join(d, os.path.basename(path) + '.ris')
                # Each record names its row: rows byte for byte alike would
                # otherwise be one source (import stores a record once).
                open(rp, 'w').write('\n\n'.join('\n'.join(asysd_record(r) + [f'N1  - row {i}', 'ER  - '])
                                                for i, r in enumerate(rows)) + '\n')
                if hide:
                    strip_dois(rp, rp)
                lib = os.path.join(d, 'lib.sqlite')
                kept, dd = import_and_dedup(a.refnet, lib, [rp])
                works = collections.defaultdict(list)
                for (f, i), w in predicted_works(lib).items():
                    works[w].append(i)
                # Label corrections (relabel.tsv: key = row index, value
                # "unique" or "duplicate"): printed as labelled and relabelled.
                fixes = read_relabel(a.relabel).get(os.path.basename(path), {})
                for how, source in (('', lambda i: rows[i]['source']),
                                    (' (relabelled)', lambda i: fixes.get(str(i), rows[i]['source']))):
                    if how and not fixes:
                        continue
                    unique = lambda i: source(i) == 'unique'
                    joined = [m for m in works.values() if sum(map(unique, m)) > 1]
                    missed = [m for m in works.values() if not any(map(unique, m))]
                    print(f'{os.path.basename(path)}{" (DOIs hidden)" if hide else ""}{how}: {len(rows)} records, '
                          f'{sum(map(unique, range(len(rows))))} works labelled; refnet {len(works)} works; '
                          f'{len(joined)} holding two labelled works, {len(missed)} holding only duplicates (missed); '
                          f'{len(dd.get("kept_apart", []))} pairs kept apart')
                    if a.pairs:
                        for m in joined + missed:
                            print('  === ' + ('JOINED' if m in joined else 'MISSED') + ' ' + ' | '.join(
                                f'{i} {source(i)} {rows[i]["title"][:50]} {rows[i]["journal"][:25]} '
                                f'{rows[i]["volume"]} {rows[i]["pages"]}' for i in m))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--refnet', default=os.path.join(HERE, '..', 'build', 'refnet'))
    ap.add_argument('--shared', default=os.environ.get('REFNET_SHARED', os.path.join(HERE, '..', '..', 'shared')))
    sub = ap.add_subparsers(dest='mode', required=True)
    g = sub.add_parser('gen')
    g.add_argument('--works', type=int, default=10000)
    g.add_argument('--seed', type=int, default=1)
    g.add_argument('-v', '--verbose', action='store_true')
    l = sub.add_parser('labels')
    l.add_argument('files', nargs='+')
    l.add_argument('--truth', required=True)
    l.add_argument('-v', '--verbose', action='store_true')
    l.add_argument('--pairs', action='store_true',
                   help='print every false and missed pair, the two source records side by side')
    bd = sub.add_parser('bibdedupe', help="bib-dedupe's data/<set>/ directories: records_pre_merged.csv and "
                                          'merged_record_ids.csv')
    bd.add_argument('dirs', nargs='+')
    bd.add_argument('--pairs', action='store_true', help='print every false and missed pair')
    c = sub.add_parser('caption')
    c.add_argument('files', nargs='+')
    c.add_argument('-v', '--verbose', '--pairs', action='store_true',
                   help='print every wrongly joined group and missed record (records, not pairs, are scored here)')
    for name, helptext in (('doi', 'records with one DOI are one work; imported again without DOIs'),
                           ('dedupeio', 'dedupe.io training files: match / distinct pairs'),
                           ('cases', "bib-dedupe's tests/test_cases.json: duplicate / distinct pairs"),
                           ('flagged', "ASySD's labelled_test_set.csv: one 'unique' record per work")):
        x = sub.add_parser(name, help=helptext)
        x.add_argument('files', nargs='+')
        x.add_argument('--pairs', action='store_true', help='print every false and missed pair')
    for p in sub.choices.values():
        p.add_argument('--relabel', help='a TSV of label corrections (set, key, new value, reason): the figures '
                                         'are printed as labelled and relabelled')
    a = ap.parse_args()
    {'gen': mode_gen, 'labels': mode_labels, 'bibdedupe': mode_bibdedupe, 'caption': mode_caption, 'doi': mode_doi,
     'dedupeio': mode_dedupeio, 'cases': mode_cases, 'flagged': mode_flagged}[a.mode](a)


if __name__ == '__main__':
    main()
