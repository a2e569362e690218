#!/usr/bin/env python3
"""Which value a merged work shows when its sources disagree (issue #11).
The files are imported together (merge on import) and `dedup --apply`ed;
then, for every work of two or more sources and every field its sources
write differently, the value the work shows is judged against the sources':

  content   the values differ in what they say (fold_words differs: years
            1975 / 2010, pages 1-21 / 1516-1536, "Ecol Econ" / "Ecological
            Economics"; a journal's catalogue qualifier, MEDLINE's "AIDS
            (London, England)", is form): the shown value is the one most sources say
            ("majority"), one of the values said most often ("tie"; a year
            "(issue year)" when it is the year of a source giving more of
            volume, issue and pages than a source of the other year, "(not
            the issue year)" when not), or a
            value fewer sources say than another ("minority"); a value no
            source says is "composed" (authors: each person completed);
  form      the values say one thing in other forms: the shown one is
            "worse" when in capitals beside a mixed-case form, an abbreviated
            page range ("1516-36") beside the whole one, or authors with fewer
            full given names (or fewer persons) than a source gives.
  abstract  where the sources' abstracts differ: whether the shown one ends
            in a copyright notice ("© 2020 Elsevier Ltd", "Copyright © 2022
            ...", "(C) 2016 Elsevier Ltd. All rights reserved.") that another
            source's abstract is without ("notice, another without"), and
            whether another source's says more (its words before a notice).
  dropped   a source's differing value that `refnet show` does not list
            among the field's values (provenance): must be 0.

Printed, nothing asserted.  Examples of "minority" and "worse" choices follow
each set's table (--examples N, default 5 per field and verdict).

  bench/dedup_fields.py --refnet build/refnet FILE [FILE...] [--examples N]
  FIELDS=1 SETS=doi bench/dedup_sets.sh DATA     # every cross-database set
"""
import argparse, collections, json, os, re, sqlite3, subprocess, tempfile, unicodedata

FIELDS = ['title', 'container_title', 'volume', 'issue', 'pages', 'year', 'authors', 'publisher', 'type']


def run(refnet, lib, args):
    return subprocess.run([refnet] + args[:1] + ['--library', lib] + args[1:], capture_output=True, text=True,
                          errors='replace')


def fold(s):
    s = unicodedata.normalize('NFKD', s or '')
    s = ''.join(c for c in s if not unicodedata.combining(c)).lower()
    return ' '.join(re.findall(r'[^\W_]+', s))


def in_capitals(s):
    letters = [c for c in s if c.isalpha()]
    return len(letters) > 3 and all(c.isupper() for c in letters)


def page_range(s):
    """(first, last) with an abbreviated last page written whole ("1516-36" -> 1516, 1536)."""
    m = re.fullmatch(r'\s*([A-Za-z]*\d+)\s*[-\u2010-\u2015]+\s*([A-Za-z]*\d+)\s*', s or '')
    if not m:
        return (s or '').strip(), ''
    a, b = m.group(1), m.group(2)
    if a.isdigit() and b.isdigit() and len(b) < len(a) and int(a[:len(a) - len(b)] + b) >= int(a):
        b = a[:len(a) - len(b)] + b
    return a, b


def persons(r):
    out = []
    for c in r.get('authors') or []:
        out.append((c.get('literal') or (c.get('family', '') + ', ' + c.get('given', ''))).strip(', '))
    return out


def full_given(r):
    n = 0
    for c in r.get('authors') or []:
        n += sum(1 for w in re.split(r'[\s-]+', c.get('given', '')) if len(w) > 1 and '.' not in w and not w.isupper())
    return n


def value(r, f):
    if f == 'year':
        return str((r.get('issued') or {}).get('year') or '')
    if f == 'authors':
        return '; '.join(persons(r))
    return r.get(f) or ''


def key(f, v, r):
    """What a value says, its form aside."""
    if f == 'pages':
        return '-'.join(fold(x) for x in page_range(v) if x)
    if f == 'authors':
        return ' '.join(fold((c.get('literal') or c.get('family', ''))) for c in r.get('authors') or [])
    if f == 'container_title' and re.search(r'[(:=]', v[1:]):
        v = v[:1] + re.split(r'[(:=]', v[1:])[0]  # a catalogue's qualifier ("AIDS (London, England)"): form
    words = fold(v).split()
    # as merge.cpp compares text: "&" is "and", a leading "The" nothing
    return ' '.join(w for i, w in enumerate(words) if w != 'and' and (w != 'the' or i > 0))


def worse_form(f, shown, shown_rec, others):
    """Whether the shown value is a poorer form of what another source says."""
    for v, r in others:
        if f in ('title', 'container_title', 'publisher') and in_capitals(shown) and not in_capitals(v):
            return True
        if f == 'pages':
            a, b = page_range(shown)
            if b and re.fullmatch(r'\s*\S+\s*[-\u2010-\u2015]+\s*\S+\s*', shown) and \
                    shown.split('-')[-1].strip() != b and v.split('-')[-1].strip() == b:
                return True
        if f == 'authors' and (full_given(r) > full_given(shown_rec) or len(r.get('authors') or []) >
                               len(shown_rec.get('authors') or [])):
            return True
    return False


NOTICE = re.compile(r'(?:^|(?<=[.!?)\]])\s*)(\u00a9|\([cC]\) ?\d|Copyright:? ?(?:\u00a9|\([cC]\)|\d))')


def abstract_body(a):
    """The abstract before a copyright notice that opens a sentence in its last 400 characters."""
    for m in NOTICE.finditer(a):
        if len(a) - m.start(1) <= 400:
            return a[:m.start(1)].rstrip()
    return a


def abstract_verdict(shown, values):
    """The shown abstract against the sources' (which differ)."""
    said = lambda a: len(fold(abstract_body(a)))
    verdict = 'notice, another without' if abstract_body(shown) != shown and \
        any(abstract_body(v) == v for v in values) else 'no notice or none without'
    return verdict + ('; another says more' if any(said(v) > said(shown) for v in values) else '')


def shown_alternatives(refnet, lib, work):
    """Field -> every value `refnet show` lists (the one used and the others)."""
    out = run(refnet, lib, ['show', str(work)]).stdout
    listed, field = collections.defaultdict(list), None
    body = out.split('fields from', 1)[-1].split('\n')[1:]
    for line in body:
        if not line.startswith('    ') or line.startswith('    ') and line.strip().startswith(('merges',)):
            if not line.startswith('    '):
                break
        m = re.match(r'    (\S+)\s+\[\d+\] (.*)', line)
        if m and not line.startswith('                 '):
            field = m.group(1)
            listed[field].append(m.group(2))
            continue
        m = re.match(r'\s{17}\[\d+\] (.*)', line)
        if m and field:
            listed[field].append(m.group(1))
    return listed


SHOW_NAME = {'container_title': 'container', 'year': 'issued'}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--refnet', required=True)
    ap.add_argument('--examples', type=int, default=5)
    ap.add_argument('--field', help='print the examples of this field only, ties too')
    ap.add_argument('--check-shown', action='store_true', help='also check `refnet show` lists every value (slow)')
    ap.add_argument('files', nargs='+')
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        lib = os.path.join(d, 'lib.sqlite')
        files = [os.path.abspath(f) for f in a.files]
        run(a.refnet, lib, ['import', '--quiet'] + files)
        run(a.refnet, lib, ['dedup', '--apply'])
        db = sqlite3.connect(lib)
        works = collections.defaultdict(list)
        for w, fmt, file, line, data in db.execute(
                "SELECT s.work_id, s.format, s.file, s.line, s.data FROM sources s JOIN works w ON w.id = s.work_id "
                "WHERE w.merged_into IS NULL AND s.format != 'user' ORDER BY s.id"):
            works[w].append((fmt, os.path.basename(file or ''), line, json.loads(data)))
        views = {w: json.loads(d) for w, d in db.execute("SELECT id, data FROM works WHERE merged_into IS NULL "
                                                          "AND data != ''")}
        tally = {f: collections.Counter() for f in FIELDS}
        abstracts = collections.Counter()
        winners = {f: collections.Counter() for f in FIELDS}
        examples = collections.defaultdict(list)
        dropped = collections.Counter()
        merged = 0
        for w, srcs in works.items():
            if len(srcs) < 2 or w not in views:
                continue
            merged += 1
            view = views[w]
            listed = shown_alternatives(a.refnet, lib, w) if a.check_shown else None
            given = [r.get('abstract') for *_, r in srcs if r.get('abstract')]
            if len(set(given)) > 1:
                abstracts[abstract_verdict(view.get('abstract') or '', given)] += 1
            for f in FIELDS:
                vals = [(value(r, f), r, fmt, file, line) for fmt, file, line, r in srcs]
                vals = [v for v in vals if v[0]]
                if len({v[0] for v in vals}) < 2:
                    continue
                shown = value(view, f)
                won = [v[2] for v in vals if v[0] == shown]
                winners[f][won[0] if won else 'composed'] += 1
                counts = collections.Counter(key(f, v, r) for v, r, *_ in vals)
                mine = key(f, shown, view)
                if len(counts) > 1:
                    top = max(counts.values())
                    n = counts.get(mine, 0)
                    verdict = ('composed' if n == 0 else 'majority' if n == top and list(counts.values()).count(top) == 1
                               else 'tie' if n == top else 'minority')
                    verdict = 'content ' + verdict
                    if f == 'year' and verdict == 'content tie':
                        # Years given as often: is the shown one that of the source that says where
                        # the work is printed (the most of volume, issue and pages), the issue's
                        # year beside an online-first record's?
                        located = collections.defaultdict(int)
                        for v, r, *_ in vals:
                            located[v] = max(located[v], sum(1 for x in ('volume', 'issue', 'pages') if r.get(x)))
                        if len(set(located.values())) > 1:
                            verdict += ' (issue year)' if located[shown] == max(located.values()) else \
                                ' (not the issue year)'
                else:
                    verdict = 'form worse' if worse_form(f, shown, view, [(v, r) for v, r, *_ in vals]) \
                        else 'form ok'
                tally[f][verdict] += 1
                if verdict in ('content minority', 'content composed', 'form worse') or \
                        verdict.startswith('content tie'):
                    examples[(f, verdict)].append(
                        f'    shown "{shown[:70]}" | ' + ' | '.join(f'{fmt} {file}:{line} "{v[:50]}"'
                                                                   for v, r, fmt, file, line in vals))
                if listed is not None and f not in ('authors', 'type'):
                    said = listed.get(SHOW_NAME.get(f, f), [])
                    for v, *_ in vals:
                        if f == 'year':
                            ok = any(s.startswith(v) for s in said)
                        else:
                            ok = any(s == v or (s.endswith('...') and v.startswith(s[:-3])) for s in said)
                        if not ok:
                            dropped[f] += 1
        name = ' + '.join(os.path.basename(f) for f in files)
        print(f'{name}: {merged} works of two or more sources')
        for f in FIELDS:
            if tally[f]:
                t = ', '.join(f'{k} {n}' for k, n in sorted(tally[f].items()))
                won = ', '.join(f'{k} {n}' for k, n in winners[f].most_common())
                print(f'  {f:16} {sum(tally[f].values()):4} differ: {t}; shown from {won}'
                      + (f'; not listed by show {dropped[f]}' if a.check_shown else ''))
        if abstracts:
            print(f'  {"abstract":16} {sum(abstracts.values()):4} differ: ' +
                  ', '.join(f'{k} {n}' for k, n in sorted(abstracts.items())))
        for (f, verdict), ex in sorted(examples.items()):
            if a.field and f != a.field or verdict.startswith('content tie') and a.examples < 10 and not a.field \
                    and verdict != 'content tie (not the issue year)':
                continue
            print(f'  {f} {verdict}:')
            for e in ex[:a.examples]:
                print(e)


if __name__ == '__main__':
    main()
